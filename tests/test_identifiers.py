"""Tests for familycase.domain.identifiers.

Known-good values come from published examples (sources noted beside each), or are worked by hand
in comments. Check digits are never recomputed here by a second implementation: the hypothesis
properties instead test what any correct check-digit scheme must guarantee (at most one valid
check digit, single-digit errors and adjacent transpositions detected, and so on).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from familycase.domain.identifiers import (
    format_nhs_number,
    normalise_email,
    normalise_nhs_number,
    normalise_postcode,
    normalise_uk_phone,
    normalise_upn,
    upn_check_letter,
)

DIGITS = "0123456789"
UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ"  # A-Z without I, O, S (DfE check-letter table)


def _is_valid(func, text: str) -> bool:
    try:
        func(text)
    except ValueError:
        return False
    return True


def _valid_nhs_check_digits(first_nine: str) -> list[str]:
    return [d for d in DIGITS if _is_valid(normalise_nhs_number, first_nine + d)]


# ============================================================================================
# NHS number
# ============================================================================================

# 943 476 5919: the worked example on Wikipedia's "NHS number" page and in many NHS guides.
#   9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2
#   = 90 + 36 + 24 + 28 + 42 + 30 + 20 + 27 + 2 = 299; 299 % 11 = 2; 11 - 2 = 9.  Check: 9.
# 900 000 0009: NHS Digital's Personal Demographics Service (PDS FHIR) sandbox test patient.
#   9*10 = 90; 90 % 11 = 2; 11 - 2 = 9.  Check: 9.
# 973 738 3206: example patient "Ned Liverpool" in the NHS North West Genomics FHIR guide.
#   90 + 63 + 24 + 49 + 18 + 40 + 12 + 6 + 0 = 302; 302 % 11 = 5; 11 - 5 = 6.  Check: 6.
PUBLISHED_VALID_NHS = ["9434765919", "9000000009", "9737383206"]


@pytest.mark.parametrize("number", PUBLISHED_VALID_NHS)
def test_published_nhs_numbers_are_valid(number: str) -> None:
    assert normalise_nhs_number(number) == number


@pytest.mark.parametrize(
    "typed",
    ["943 476 5919", "943-476-5919", " 9434765919 ", "943 476-5919", "943\u2013476\u20135919"],
)
def test_nhs_number_separators_are_accepted(typed: str) -> None:
    assert normalise_nhs_number(typed) == "9434765919"


def test_nhs_format_example_from_wikipedia_is_not_a_valid_number() -> None:
    # "987 654 4321" is only a layout example: 90 + 72 + 56 + 42 + 30 + 20 + 16 + 9 + 4 = 339;
    # 339 % 11 = 9; 11 - 9 = 2, so the last digit should be 2, not 1.
    with pytest.raises(ValueError, match="last digit does not match"):
        normalise_nhs_number("987 654 4321")


@pytest.mark.parametrize("last", list(DIGITS))
def test_nhs_prefix_whose_check_would_be_ten_is_never_valid(last: str) -> None:
    # 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 8*3 + 9*2 = 210; 210 % 11 = 1; 11 - 1 = 10,
    # which means no last digit can make 123456789? a valid NHS number.
    with pytest.raises(ValueError):
        normalise_nhs_number("123456789" + last)


def test_nhs_wrong_last_digit_message() -> None:
    with pytest.raises(ValueError) as info:
        normalise_nhs_number("943 476 5918")
    assert str(info.value) == (
        "This NHS number's last digit does not match the others; "
        "please check it was typed correctly."
    )


@pytest.mark.parametrize(
    ("typed", "count"),
    [("943 476 591", 9), ("943 476 59190", 11), ("", 0), ("   ", 0)],
)
def test_nhs_wrong_length_message(typed: str, count: int) -> None:
    with pytest.raises(ValueError) as info:
        normalise_nhs_number(typed)
    assert str(info.value) == f"An NHS number has 10 digits; this has {count}."


@pytest.mark.parametrize(
    "typed", ["943 476 591O", "943.476.5919", "943/476/5919", "NHS 9434765919", "\u0669434765919"]
)
def test_nhs_other_characters_are_rejected(typed: str) -> None:
    with pytest.raises(ValueError, match="can only contain digits"):
        normalise_nhs_number(typed)


def test_format_nhs_number() -> None:
    assert format_nhs_number("9434765919") == "943 476 5919"
    assert format_nhs_number("943-476-5919") == "943 476 5919"
    assert format_nhs_number("9000000009") == "900 000 0009"


def test_format_nhs_number_rejects_invalid_numbers() -> None:
    with pytest.raises(ValueError):
        format_nhs_number("9434765918")
    with pytest.raises(ValueError):
        format_nhs_number("943476591")


def test_roughly_ten_in_eleven_nhs_prefixes_have_exactly_one_check_digit() -> None:
    # With modulus 11, a prefix has no valid check digit when its remainder is 1 (check 10),
    # which happens for about 1 prefix in 11; every other prefix has exactly one.
    counts = [len(_valid_nhs_check_digits(f"{p:09d}")) for p in range(400_000_000, 400_001_100)]
    assert set(counts) <= {0, 1}
    exactly_one = counts.count(1) / len(counts)
    assert 0.85 < exactly_one < 0.97


nine_digits = st.text(alphabet=DIGITS, min_size=9, max_size=9)


@st.composite
def valid_nhs_numbers(draw: st.DrawFn) -> str:
    prefix = draw(nine_digits)
    candidates = _valid_nhs_check_digits(prefix)
    assume(candidates)
    return prefix + candidates[0]


@given(nine_digits)
def test_nhs_at_most_one_check_digit_is_valid(prefix: str) -> None:
    assert len(_valid_nhs_check_digits(prefix)) <= 1


@given(valid_nhs_numbers(), st.integers(min_value=0, max_value=9), st.integers(1, 9))
def test_nhs_changing_any_single_digit_is_detected(number: str, pos: int, delta: int) -> None:
    changed = str((int(number[pos]) + delta) % 10)
    mutated = number[:pos] + changed + number[pos + 1 :]
    with pytest.raises(ValueError):
        normalise_nhs_number(mutated)


@given(valid_nhs_numbers(), st.integers(min_value=0, max_value=8))
def test_nhs_adjacent_transposition_is_detected(number: str, pos: int) -> None:
    assume(number[pos] != number[pos + 1])
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
    with pytest.raises(ValueError):
        normalise_nhs_number(swapped)


@given(valid_nhs_numbers())
def test_nhs_format_and_normalise_round_trip(number: str) -> None:
    formatted = format_nhs_number(number)
    assert re.fullmatch(r"\d{3} \d{3} \d{4}", formatted)
    assert normalise_nhs_number(formatted) == number
    assert normalise_nhs_number(formatted.replace(" ", "-")) == number


# ============================================================================================
# Unique Pupil Number
# ============================================================================================
#
# Check-letter table (value = index): A0 B1 C2 D3 E4 F5 G6 H7 J8 K9 L10 M11 N12 P13 Q14 R15
# T16 U17 V18 W19 X20 Y21 Z22.  Characters 2..13 are weighted 2..13.
#
# B801200005001 (example in the python-stdnum documentation for stdnum.gb.upn):
#   body 8 0 1 2 0 0 0 0 5 0 0 1 at positions 2..13
#   2*8 + 4*1 + 5*2 + 10*5 + 13*1 = 16 + 4 + 10 + 50 + 13 = 93; 93 = 4*23 + 1 -> B.
#
# X00180001701A (temporary-UPN example in ScholarPack's help page, citing DfE guidance):
#   body 0 0 1 8 0 0 0 1 7 0 1 A(=0)
#   4*1 + 5*8 + 9*1 + 10*7 + 12*1 + 13*0 = 4 + 40 + 9 + 70 + 12 + 0 = 135;
#   135 = 5*23 + 20 -> X.
#
# P207000016049 (the school census error 1510 example on Arbor's and Juniper's help pages):
#   body 2 0 7 0 0 0 0 1 6 0 4 9
#   2*2 + 4*7 + 9*1 + 10*6 + 12*4 + 13*9 = 4 + 28 + 9 + 60 + 48 + 117 = 266;
#   266 = 11*23 + 13 -> P.
#   Those pages print the total as 267 and the answer as Q ("Q207000016049"), but their own
#   products sum to 266 and their own table gives 13 -> P, so Q207000016049 is NOT valid.
#
# A20700001604J (made up by hand; temporary, final letter J = 8, alphabet position would be 9):
#   same first eleven digits as above: 4 + 28 + 9 + 60 + 48 = 149; 13*8 = 104;
#   149 + 104 = 253 = 11*23 + 0 -> A.   (Using J = 9 would give 266 -> P.)
#
# Y20700001604Z (made up by hand; temporary, final letter Z = 22):
#   149 + 13*22 = 149 + 286 = 435 = 18*23 + 21 -> Y.

HAND_CHECKED_UPNS = [
    "B801200005001",
    "X00180001701A",
    "P207000016049",
    "A20700001604J",
    "Y20700001604Z",
]


@pytest.mark.parametrize("upn", HAND_CHECKED_UPNS)
def test_upn_check_letter_matches_hand_calculation(upn: str) -> None:
    assert upn_check_letter(upn[1:]) == upn[0]
    assert normalise_upn(upn) == upn


def test_upn_accepts_lower_case_and_spaces() -> None:
    assert normalise_upn(" b801 2000 05001 ") == "B801200005001"
    assert normalise_upn("x001 8000 1701 a") == "X00180001701A"
    assert upn_check_letter("00180001701a") == "X"


@pytest.mark.parametrize(
    "upn",
    [
        "Q207000016049",  # the census help pages' miscalculated "correction" (see above)
        "B207000016049",  # the census help pages' "incorrect UPN"
        "A801200005001",  # python-stdnum's invalid-checksum example
        "B20700001604J",
    ],
)
def test_upn_wrong_check_letter(upn: str) -> None:
    with pytest.raises(ValueError) as info:
        normalise_upn(upn)
    assert str(info.value) == (
        "This Unique Pupil Number's first letter does not match the rest; please check it."
    )


@pytest.mark.parametrize(("typed", "count"), [("B80120000500", 12), ("B8012000050011", 14)])
def test_upn_wrong_length_message(typed: str, count: int) -> None:
    with pytest.raises(ValueError) as info:
        normalise_upn(typed)
    assert str(info.value) == f"A Unique Pupil Number has 13 characters; this has {count}."


@pytest.mark.parametrize(
    "typed",
    [
        "X80120000A001",  # letter in the middle
        "8801200005001",  # starts with a digit
        "I801200005001",  # I, O and S are never check letters
        "O801200005001",
        "S801200005001",
        "X0018000170SI",  # two letters at the end
        "X00180001701S",  # S is not allowed as the final letter either
        "X00180001701I",
        "B80120000500-",
    ],
)
def test_upn_bad_shape(typed: str) -> None:
    with pytest.raises(ValueError):
        normalise_upn(typed)


@pytest.mark.parametrize("body", ["80120000500", "8012000050011", "80120000A001", "0018000170S"])
def test_upn_check_letter_rejects_bad_bodies(body: str) -> None:
    with pytest.raises(ValueError):
        upn_check_letter(body)


upn_bodies = st.builds(
    lambda digits, last: digits + last,
    st.text(alphabet=DIGITS, min_size=11, max_size=11),
    st.sampled_from(DIGITS + UPN_LETTERS),
)


@given(upn_bodies)
def test_upn_exactly_one_check_letter_is_valid(body: str) -> None:
    letter = upn_check_letter(body)
    assert letter in UPN_LETTERS
    assert normalise_upn(letter + body) == letter + body
    others = [c for c in UPN_LETTERS if c != letter]
    assert not any(_is_valid(normalise_upn, c + body) for c in others)


@given(upn_bodies, st.integers(min_value=1, max_value=12), st.integers(1, 9))
def test_upn_changing_one_digit_changes_validity(body: str, pos: int, delta: int) -> None:
    upn = upn_check_letter(body) + body
    assume(upn[pos] in DIGITS)
    mutated = upn[:pos] + str((int(upn[pos]) + delta) % 10) + upn[pos + 1 :]
    with pytest.raises(ValueError):
        normalise_upn(mutated)


@given(upn_bodies, st.sampled_from(UPN_LETTERS))
def test_upn_changing_temporary_final_letter_changes_validity(body: str, new_last: str) -> None:
    assume(body[-1] in UPN_LETTERS and new_last != body[-1])
    upn = upn_check_letter(body) + body
    with pytest.raises(ValueError):
        normalise_upn(upn[:-1] + new_last)


# ============================================================================================
# Postcode
# ============================================================================================

VALID_POSTCODES = {
    "SW1A 1AA": "SW1A 1AA",
    "m1 1ae": "M1 1AE",
    "B33 8TH": "B33 8TH",
    "CR2 6XH": "CR2 6XH",
    "DN55 1PT": "DN55 1PT",
    "EC1A 1BB": "EC1A 1BB",
    "W1A 0AX": "W1A 0AX",
    "GIR 0AA": "GIR 0AA",
    "gir0aa": "GIR 0AA",
    "sw1a1aa": "SW1A 1AA",
    "  Sw1A   1aA ": "SW1A 1AA",
    "s w 1 a 1 a a": "SW1A 1AA",
    "N1C 4AG": "N1C 4AG",  # A9A with C (King's Cross)
    "E1W 1AA": "E1W 1AA",  # A9A with W
    "WC2H 7LT": "WC2H 7LT",
}


@pytest.mark.parametrize(("typed", "expected"), VALID_POSTCODES.items())
def test_valid_postcodes(typed: str, expected: str) -> None:
    assert normalise_postcode(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "SW1A1A",  # too short
        "SW1A 1AAA",  # too long
        "12345",
        "",
        "SW1A 1CA",  # C is not used in the inward code
        "SW1A 1AC",
        "M1 1IA",  # nor I, K, M, O or V
        "M1 1AK",
        "M1 1MA",
        "M1 1AO",
        "M1 1VA",
        "Q1 1AA",  # Q, V and X are not used as the first letter
        "V1 1AA",
        "X1 1AA",
        "AI1 1AA",  # I, J and Z are not used as the second letter
        "BJ1 1AA",
        "CZ1 1AA",
        "W1I 1AA",  # I is not used in A9A
        "EC1Z 1AA",  # Z is not used in AA9A
        "SW1A-1AA",
        "SW1A 1A1",
        "GIR 0AB",
        "1AA SW1A",
    ],
)
def test_invalid_postcodes(typed: str) -> None:
    with pytest.raises(ValueError) as info:
        normalise_postcode(typed)
    assert str(info.value) == "This does not look like a UK postcode (for example SW1A 1AA)."


@st.composite
def respaced_postcodes(draw: st.DrawFn) -> tuple[str, str]:
    expected = draw(st.sampled_from(sorted(set(VALID_POSTCODES.values()))))
    compact = expected.replace(" ", "")
    pieces = []
    for ch in compact:
        pieces.append(draw(st.sampled_from(" \t")) * draw(st.integers(0, 2)))
        pieces.append(ch.lower() if draw(st.booleans()) else ch)
    return "".join(pieces), expected


@given(respaced_postcodes())
def test_postcode_case_and_spacing_do_not_matter(case: tuple[str, str]) -> None:
    typed, expected = case
    assert normalise_postcode(typed) == expected
    assert normalise_postcode(expected) == expected


# ============================================================================================
# Phone number
# ============================================================================================


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("07700 900123", "07700900123"),
        ("07700-900-123", "07700900123"),
        ("(07700) 900123", "07700900123"),
        ("+44 7700 900123", "07700900123"),
        ("+447700900123", "07700900123"),
        ("+44 (0)7700 900123", "07700900123"),
        ("+44 (0) 20 7946 0000", "02079460000"),
        ("0044 20 7946 0000", "02079460000"),
        ("020 7946 0000", "02079460000"),
        ("(020) 7946-0000", "02079460000"),
        ("016977 3456", "0169773456"),  # 10-digit number
        ("0808 157 0000", "08081570000"),
    ],
)
def test_valid_phone_numbers(typed: str, expected: str) -> None:
    assert normalise_uk_phone(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "7700 900123",  # missing leading 0
        "0770 090",  # too short
        "077009001234",  # too long
        "+1 202 555 0100",  # not UK
        "001 202 555 0100",
        "07700 900123 ext 4",
        "07700.900.123",
        "07700 9OO123",  # letter O instead of zero
        "+44 +7700 900123",
        "0+447700900123",
        "+",
        "+44",
        "0000 000 0000",
    ],
)
def test_invalid_phone_numbers(typed: str) -> None:
    with pytest.raises(ValueError):
        normalise_uk_phone(typed)


def test_phone_wrong_length_message() -> None:
    with pytest.raises(ValueError) as info:
        normalise_uk_phone("0770 090")
    assert str(info.value) == "A UK phone number has 10 or 11 digits, starting with 0; this has 7."


@given(
    st.sampled_from("12356789"),
    st.text(alphabet=DIGITS, min_size=8, max_size=9),
    st.sampled_from(["0", "+44", "+44 ", "+44 (0)", "0044 ", "(0", "0-"]),
    st.sampled_from(["", " ", "-"]),
)
def test_phone_prefix_and_separators_do_not_matter(
    first: str, rest: str, prefix: str, separator: str
) -> None:
    national = "0" + first + rest
    spaced = separator.join([rest[:3], rest[3:]])
    typed = prefix + first + spaced
    if prefix == "(0":
        typed = "(0" + first + ")" + spaced
    assert normalise_uk_phone(typed) == national
    assert normalise_uk_phone(national) == national


# ============================================================================================
# Email
# ============================================================================================


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("jane.doe@example.org", "jane.doe@example.org"),
        ("Jane.Doe@Example.ORG", "Jane.Doe@example.org"),
        ("  jane@example.org  ", "jane@example.org"),
        ("first+tag@sub.Domain.co.uk", "first+tag@sub.domain.co.uk"),
        ("a@b.co", "a@b.co"),
    ],
)
def test_valid_emails(typed: str, expected: str) -> None:
    assert normalise_email(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "   ",
        "jane.doe",
        "jane.doe.example.org",
        "jane@@example.org",
        "jane@doe@example.org",
        "@example.org",
        "jane@localhost",
        "jane@",
        "jane doe@example.org",
        "jane@example .org",
        "jane@example..org",
        "jane@.example.org",
        "jane@example.org.",
        "jane\t@example.org",
    ],
)
def test_invalid_emails(typed: str) -> None:
    with pytest.raises(ValueError):
        normalise_email(typed)


@given(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-", min_size=1
    ),
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789-", min_size=1),
        min_size=2,
        max_size=4,
    ),
)
def test_email_domain_lower_cased_and_idempotent(local: str, labels: list[str]) -> None:
    address = local + "@" + ".".join(labels)
    result = normalise_email(address)
    assert result == local + "@" + ".".join(labels).lower()
    assert normalise_email(result) == result


# ============================================================================================
# Error messages must not repeat what was typed
# ============================================================================================

ALL_NORMALISERS = [
    normalise_nhs_number,
    format_nhs_number,
    normalise_upn,
    upn_check_letter,
    normalise_postcode,
    normalise_uk_phone,
    normalise_email,
]


def _message(func, text: str) -> str | None:
    try:
        func(text)
    except ValueError as exc:
        return str(exc)
    return None


def _assert_not_leaked(message: str, typed: str) -> None:
    stripped = typed.strip()
    variants = {stripped, "".join(stripped.split()), stripped.upper(), stripped.lower()}
    variants |= {"".join(stripped.split()).upper(), "".join(stripped.split()).lower()}
    for variant in variants:
        assert variant not in message, (variant, message)
    for run in re.findall(r"\d{5,}", typed):
        assert run not in message, (run, message)


@pytest.mark.parametrize(
    ("func", "typed"),
    [
        (normalise_nhs_number, "943 476 5918"),
        (normalise_nhs_number, "943 476 591"),
        (normalise_nhs_number, "1234567890"),
        (normalise_nhs_number, "943 476 591x"),
        (format_nhs_number, "9434765918"),
        (normalise_upn, "B207000016049"),
        (normalise_upn, "B20700001604"),
        (normalise_upn, "B2070000160S9"),
        (upn_check_letter, "2070000160S9"),
        (upn_check_letter, "20700001604"),
        (normalise_postcode, "SW1A 1CA"),
        (normalise_postcode, "QQ12 9ZZ"),
        (normalise_uk_phone, "07700 90012345"),
        (normalise_uk_phone, "+1 202 555 0100"),
        (normalise_uk_phone, "0770090012x"),
        (normalise_uk_phone, "7700900123"),
        (normalise_email, "jane.doe.example.org"),
        (normalise_email, "jane.doe@@example.org"),
        (normalise_email, "jane.doe@example"),
        (normalise_email, "jane doe@example.org"),
        (normalise_email, "@janedoe.org"),
    ],
)
def test_error_messages_do_not_contain_the_input(func, typed: str) -> None:
    message = _message(func, typed)
    assert message is not None, "expected this input to be rejected"
    _assert_not_leaked(message, typed)


@given(
    st.sampled_from(ALL_NORMALISERS),
    st.text(alphabet=DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=8, max_size=16),
)
def test_error_messages_never_echo_alphanumeric_input(func, typed: str) -> None:
    message = _message(func, typed)
    if message is not None:
        _assert_not_leaked(message, typed)


@given(
    st.sampled_from(ALL_NORMALISERS),
    st.lists(st.text(alphabet=DIGITS, min_size=1, max_size=5), min_size=2, max_size=5),
    st.sampled_from([" ", "-", "+", "(", ")"]),
)
def test_error_messages_never_echo_digit_runs(func, groups: list[str], separator: str) -> None:
    typed = separator.join(groups)
    assume(sum(len(g) for g in groups) >= 5)
    message = _message(func, typed)
    if message is not None:
        _assert_not_leaked(message, typed)
        assert "".join(groups) not in message


@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=8, max_size=20),
    st.sampled_from(["{}", "{}@", "{}@@x.org", "{}@nodot", "{} @x.org", "{}@x..org", "@{}"]),
)
def test_email_messages_never_echo_the_name(name: str, template: str) -> None:
    message = _message(normalise_email, template.format(name))
    assert message is not None
    assert name not in message
