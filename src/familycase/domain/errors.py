"""Turning validation failures into plain English that names the field and the reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from familycase.i18n import tr

M = TypeVar("M", bound=BaseModel)

# pydantic error types that users can meet, in words a key worker would use.
_PLAIN = {
    "missing": "is required.",
    "string_too_short": "cannot be left blank.",
    "string_too_long": "is too long.",
    "date_parsing": "is not a date we recognise (use a date such as 25/11/2026).",
    "date_from_datetime_parsing": "is not a date we recognise (use a date such as 25/11/2026).",
    "date_type": "is not a date we recognise (use a date such as 25/11/2026).",
    "int_parsing": "must be a whole number.",
    "greater_than_equal": "is too small.",
    "less_than_equal": "is too large.",
    "greater_than": "is too small.",
    "less_than": "is too large.",
    "enum": "is not one of the choices offered.",
    "literal_error": "is not one of the choices offered.",
    "bool_parsing": "must be yes or no.",
}


@dataclass(frozen=True)
class FieldProblem:
    field: str  # the label a user sees, e.g. "Date of birth"
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class DomainValidationError(ValueError):
    """One or more fields are wrong. ``problems`` lists each with a plain reason."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


def _label(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    labels: list[str] = []
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int):
            labels.append(f"#{part + 1}")
            continue
        field = current.model_fields.get(part) if current is not None else None
        if field is None:
            labels.append(part.replace("_", " ").capitalize())
            current = None
            continue
        labels.append(field.title or part.replace("_", " ").capitalize())
        annotation = field.annotation
        current = (
            annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel)
            else None
        )
    return " / ".join(labels) if labels else tr("validation", "This record")


def describe(model: type[BaseModel], error: ValidationError) -> DomainValidationError:
    """Plain-English problems; never echoes the rejected value (it may be personal data)."""
    problems = []
    for item in error.errors(include_input=False, include_url=False):
        if item["type"] == "value_error":
            message = str(item["ctx"]["error"]) if "ctx" in item else item["msg"]
        else:
            message = _PLAIN.get(item["type"], item["msg"].rstrip(".") + ".")
        problems.append(FieldProblem(_label(model, tuple(item["loc"])), tr("validation", message)))
    return DomainValidationError(problems)


def validated(model: type[M], data: object) -> M:
    """Validate ``data`` as ``model`` or raise DomainValidationError in plain English."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise describe(model, exc) from None
