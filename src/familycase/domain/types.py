"""Reusable validated field types."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from familycase.domain import identifiers


def new_id() -> str:
    return uuid.uuid4().hex


def _blank_to_none(value: object) -> object:
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _not_in_future(value: date | None) -> date | None:
    if value is not None and value > date.today():
        raise ValueError("cannot be in the future.")
    return value


RecordId = Annotated[str, Field(default_factory=new_id, min_length=1, max_length=64)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=200)]
RequiredText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20000)
]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20000)]
PastDate = Annotated[date, AfterValidator(_not_in_future)]

NhsNumber = Annotated[
    str | None,
    BeforeValidator(_blank_to_none),
    AfterValidator(lambda v: identifiers.normalise_nhs_number(v) if v else None),
]
Upn = Annotated[
    str | None,
    BeforeValidator(_blank_to_none),
    AfterValidator(lambda v: identifiers.normalise_upn(v) if v else None),
]
Postcode = Annotated[str, AfterValidator(identifiers.normalise_postcode)]
Phone = Annotated[
    str | None,
    BeforeValidator(_blank_to_none),
    AfterValidator(lambda v: identifiers.normalise_uk_phone(v) if v else None),
]
Email = Annotated[
    str | None,
    BeforeValidator(_blank_to_none),
    AfterValidator(lambda v: identifiers.normalise_email(v) if v else None),
]
