"""Plain-English validation for scenarios: the shared rules in familycase.domain.errors."""

from familycase.domain.errors import DomainValidationError, describe, validated

__all__ = ["DomainValidationError", "describe", "validated"]
