"""Normalise and validate the identifiers a key worker types into a case file.

Every public function takes what a person typed and either returns one canonical form or raises
``ValueError`` with a short, plain-English message that can be shown to a key worker as it is.

Messages never repeat the value that was typed: they end up in logs and error reports, and the
values (NHS numbers, pupil numbers, phone numbers, email addresses) are personal data.

Sources for the check-digit rules:

* NHS number: modulus 11 check digit as published by NHS Digital (formerly Connecting for
  Health, "NHS Number check digit"): weights 10..2 on the first nine digits, check digit is
  ``11 - (sum % 11)``, 11 means 0 and 10 means the number is not valid.
* Unique Pupil Number (UPN): UK Government Data Standards Catalogue, "Unique Pupil Number"
  v2.0 (owner DfE, agreed 18 November 2004), and the DfE school census validation rule 1510
  ("UPN invalid (wrong check letter at character 1)"), as reproduced in MIS vendors' help pages.
  Both agree with the algorithm in ``upn_check_letter`` (see the comment there).
"""

from __future__ import annotations

import re

__all__ = [
    "format_nhs_number",
    "normalise_email",
    "normalise_nhs_number",
    "normalise_postcode",
    "normalise_uk_phone",
    "normalise_upn",
    "upn_check_letter",
]

_DIGITS = frozenset("0123456789")

# Hyphen-like characters that turn up when numbers are pasted from word processors or emails.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212")


def _without_whitespace(text: str) -> str:
    return "".join(text.split())


def _without_separators(text: str, separators: frozenset[str]) -> str:
    return "".join(ch for ch in _without_whitespace(text) if ch not in separators)


def _is_ascii_digits(text: str) -> bool:
    return bool(text) and all(ch in _DIGITS for ch in text)


# --------------------------------------------------------------------------------------------
# NHS number
# --------------------------------------------------------------------------------------------

_NHS_LENGTH = 10
_NHS_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def _nhs_check_digit(first_nine: str) -> int | None:
    """Return the check digit for nine digits, or None if no check digit can make them valid."""
    total = sum(int(d) * w for d, w in zip(first_nine, _NHS_WEIGHTS, strict=True))
    check = 11 - (total % 11)
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def normalise_nhs_number(text: str) -> str:
    """Return the 10 digits of an NHS number typed with or without spaces or hyphens.

    Raises ValueError if the number has the wrong length, contains other characters, or fails
    the NHS modulus 11 check.
    """
    digits = _without_separators(text, _DASHES)
    if any(ch not in _DIGITS for ch in digits):
        raise ValueError("An NHS number can only contain digits, spaces and hyphens.")
    if len(digits) != _NHS_LENGTH:
        raise ValueError(f"An NHS number has {_NHS_LENGTH} digits; this has {len(digits)}.")
    expected = _nhs_check_digit(digits[:9])
    if expected is None:
        raise ValueError("This is not a valid NHS number; please check it was typed correctly.")
    if int(digits[9]) != expected:
        raise ValueError(
            "This NHS number's last digit does not match the others; "
            "please check it was typed correctly."
        )
    return digits


def format_nhs_number(digits: str) -> str:
    """Return an NHS number in the 3-3-4 display form, e.g. "943 476 5919".

    The input is normalised first, so any form accepted by ``normalise_nhs_number`` works, and
    an invalid number raises ValueError rather than being displayed as if it were valid.
    """
    clean = normalise_nhs_number(digits)
    return f"{clean[:3]} {clean[3:6]} {clean[6:]}"


# --------------------------------------------------------------------------------------------
# Unique Pupil Number (UPN)
# --------------------------------------------------------------------------------------------

# Check letters, and the letters allowed at the end of a temporary UPN: A-Z without I, O, S.
# A letter's value is its index here (A=0, ..., H=7, J=8, ..., N=12, P=13, Q=14, R=15, T=16,
# ..., Z=22), not its position in the alphabet.
_UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"
_UPN_LENGTH = 13
_UPN_BODY_LENGTH = 12
_UPN_FORMAT_MESSAGE = (
    "A Unique Pupil Number starts with a letter, then has 11 digits, "
    "and ends with a digit or a letter; the letters I, O and S are never used."
)


def upn_check_letter(body: str) -> str:
    """Return the DfE check letter for the 12 characters that follow it in a UPN.

    ``body`` is 11 digits followed by a digit (permanent UPN) or a letter from the check-letter
    table (temporary UPN). Raises ValueError for anything else.
    """
    # Algorithm, as published in the UK Government Data Standards Catalogue entry "Unique Pupil
    # Number" v2.0 (DfE) and the DfE school census validation rule 1510: character positions
    # 2..13 are multiplied by weights 2..13 (a digit counts as its value; the final letter of a
    # temporary UPN counts as its value in the check-letter table, A=0 ... Z=22 skipping I, O
    # and S); the sum modulo 23 indexes the same table. The published worked example that
    # accompanies rule 1510 on vendors' help pages contains an arithmetic slip (it adds the
    # products of B207000016049 to 267 and answers Q; the products actually sum to 266, which
    # gives P). The algorithm text itself matches this implementation; see
    # tests/test_identifiers.py for the worked arithmetic.
    body = body.upper()
    if len(body) != _UPN_BODY_LENGTH:
        raise ValueError(
            f"The part of a Unique Pupil Number after its first letter has "
            f"{_UPN_BODY_LENGTH} characters; this has {len(body)}."
        )
    if not _is_ascii_digits(body[:11]) or not (body[11] in _DIGITS or body[11] in _UPN_LETTERS):
        raise ValueError(
            "After its first letter, a Unique Pupil Number has 11 digits "
            "and then a digit or a letter; the letters I, O and S are never used."
        )
    total = 0
    for weight, ch in enumerate(body, start=2):
        value = int(ch) if ch in _DIGITS else _UPN_LETTERS.index(ch)
        total += weight * value
    return _UPN_LETTERS[total % 23]


def normalise_upn(text: str) -> str:
    """Return a Unique Pupil Number in upper case without spaces, after checking it.

    Accepts permanent UPNs (letter + 12 digits) and temporary UPNs (letter + 11 digits +
    letter). Raises ValueError if the shape is wrong or the check letter does not match.
    """
    upn = _without_whitespace(text).upper()
    if len(upn) != _UPN_LENGTH:
        raise ValueError(
            f"A Unique Pupil Number has {_UPN_LENGTH} characters; this has {len(upn)}."
        )
    first, body = upn[0], upn[1:]
    if (
        first not in _UPN_LETTERS
        or not _is_ascii_digits(body[:11])
        or not (body[11] in _DIGITS or body[11] in _UPN_LETTERS)
    ):
        raise ValueError(_UPN_FORMAT_MESSAGE)
    if upn_check_letter(body) != first:
        raise ValueError(
            "This Unique Pupil Number's first letter does not match the rest; please check it."
        )
    return upn


# --------------------------------------------------------------------------------------------
# Postcode
# --------------------------------------------------------------------------------------------

# The standard UK postcode shape (as in the Government Data Standards Catalogue / BS 7666
# pattern): outward code A9, A99, AA9, AA99, A9A or AA9A, inward code 9AA.
#   1st letter: not Q, V, X.            2nd letter: not I, J, Z.
#   Letter in A9A: A-H, J, K, P, S-U, W.  Letter in AA9A: A, B, E, H, M, N, P, R, V-Y.
#   Inward letters: not C, I, K, M, O, V.
# Plus the special non-geographic postcode GIR 0AA.
_PC_1 = "[A-PR-UWYZ]"
_PC_2 = "[A-HK-Y]"
_PC_3 = "[A-HJKPS-UW]"
_PC_4 = "[ABEHMNPRV-Y]"
_PC_INWARD = "[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE_RE = re.compile(
    rf"(?:{_PC_1}[0-9]{{1,2}}|{_PC_1}{_PC_2}[0-9]{{1,2}}|{_PC_1}[0-9]{_PC_3}"
    rf"|{_PC_1}{_PC_2}[0-9]{_PC_4}){_PC_INWARD}|GIR0AA"
)
_INWARD_LENGTH = 3


def normalise_postcode(text: str) -> str:
    """Return a UK postcode in the canonical "SW1A 1AA" form.

    Case and spaces in the input do not matter. Raises ValueError if the result does not have
    the shape of a UK postcode. (Only the shape is checked, not whether the postcode exists.)
    """
    compact = _without_whitespace(text).upper()
    if not _POSTCODE_RE.fullmatch(compact):
        raise ValueError("This does not look like a UK postcode (for example SW1A 1AA).")
    return f"{compact[:-_INWARD_LENGTH]} {compact[-_INWARD_LENGTH:]}"


# --------------------------------------------------------------------------------------------
# Phone number
# --------------------------------------------------------------------------------------------

_PHONE_SEPARATORS = _DASHES | frozenset("()")
_PHONE_LENGTHS = (10, 11)


def normalise_uk_phone(text: str) -> str:
    """Return a UK phone number in national form: digits only, starting with 0.

    Accepts spaces, hyphens and brackets, and a +44 (or 0044) prefix in place of the leading
    0, including the common "+44 (0)..." style. Raises ValueError unless the result has 10 or
    11 digits and starts with 0 followed by a non-zero digit.
    """
    compact = _without_separators(text, _PHONE_SEPARATORS)
    if compact.startswith("+"):
        international = compact[1:]
        if not _is_ascii_digits(international):
            raise ValueError(
                "A phone number can only contain digits, spaces, hyphens and brackets, "
                "with a + only at the start."
            )
        if not international.startswith("44"):
            raise ValueError(
                "This looks like a phone number from outside the UK; "
                "please enter a UK number starting with 0 or +44."
            )
        compact = "00" + international
    if compact and not _is_ascii_digits(compact):
        raise ValueError(
            "A phone number can only contain digits, spaces, hyphens and brackets, "
            "with a + only at the start."
        )
    if compact.startswith("0044"):
        rest = compact[4:]
        # "+44 (0)20 ..." keeps the trunk 0 in brackets; it is not part of the number.
        if rest.startswith("0"):
            rest = rest[1:]
        national = "0" + rest
    elif compact.startswith("00"):
        raise ValueError(
            "This looks like a phone number from outside the UK; "
            "please enter a UK number starting with 0 or +44."
        )
    else:
        national = compact
    if national and not national.startswith("0"):
        raise ValueError("A UK phone number starts with 0 or +44.")
    if len(national) not in _PHONE_LENGTHS:
        raise ValueError(
            f"A UK phone number has 10 or 11 digits, starting with 0; this has {len(national)}."
        )
    if national[1] == "0":
        raise ValueError("This does not look like a UK phone number; please check it.")
    return national


# --------------------------------------------------------------------------------------------
# Email address
# --------------------------------------------------------------------------------------------


def normalise_email(text: str) -> str:
    """Return an email address with surrounding spaces removed and its domain in lower case.

    The check is deliberately pragmatic: exactly one @, something before it, a domain after it
    made of non-empty parts separated by dots (at least one dot), and no spaces anywhere. The
    part before the @ keeps its case, since mail servers may treat it as case-sensitive.
    """
    address = text.strip()
    if not address:
        raise ValueError("Please enter an email address, for example name@example.org.")
    if any(ch.isspace() for ch in address):
        raise ValueError("An email address cannot contain spaces.")
    if address.count("@") != 1:
        raise ValueError("An email address needs exactly one @ sign.")
    local, domain = address.split("@")
    if not local:
        raise ValueError("An email address needs a name before the @ sign.")
    labels = domain.split(".")
    if len(labels) < 2 or not all(labels):
        raise ValueError(
            "The part of an email address after the @ sign should be a domain such as example.org."
        )
    return f"{local}@{domain.lower()}"
