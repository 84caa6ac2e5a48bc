"""Turning validation failures into plain English that names the field and the reason."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, TypeVar, Union

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
    "decimal_parsing": "must be a number.",
    "decimal_type": "must be a number.",
    "finite_number": "must be an ordinary number.",
    "int_type": "must be a whole number.",
    "int_from_float": "must be a whole number.",
    "float_parsing": "must be a number.",
    "string_type": "must be text.",
    "bool_type": "must be true or false.",
    "list_type": "must be a list.",
    "dict_type": "must be a set of named values.",
    "model_type": "must be a set of named values.",
    "model_attributes_type": "must be a set of named values.",
    "extra_forbidden": "is not a field FamilyCase knows (check the spelling).",
    "too_short": "needs at least one entry.",
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


def _unwrap(annotation: Any) -> Any:
    """The model inside Optional[...] / list[...] / dict[..., ...], or the annotation itself."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(inner[0]) if len(inner) == 1 else None
    if origin in (list, tuple, set, frozenset):
        return _unwrap(typing.get_args(annotation)[0])
    if origin is dict:
        return _unwrap(typing.get_args(annotation)[1])
    return annotation


def _label(model: type[BaseModel], loc: tuple[int | str, ...]) -> str:
    labels: list[str] = []
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            labels.append(f"#{part + 1}")
            continue
        if part == "[key]":  # the problem is with a dictionary key already named
            continue
        fields = (
            current.model_fields
            if isinstance(current, type) and issubclass(current, BaseModel)
            else {}
        )
        field = fields.get(part)
        if field is None:
            # a dictionary key (e.g. an evidence strength) or an unknown field
            labels.append(part)
            current = None
            continue
        labels.append(field.title or part.replace("_", " ").capitalize())
        current = _unwrap(field.annotation)
    if labels:
        return " / ".join(labels)
    return tr("validation", model.model_config.get("title") or "This record")


def describe(model: type[BaseModel], error: ValidationError) -> DomainValidationError:
    """Plain-English problems; never echoes the rejected value."""
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
