"""The library check: which unit costs look wrong, and why (pure: no file access).

The shipped GMCA extract is known to hold values that lost a decimal point (or gained digits)
in extraction, 10 to 1,000 times too large. This check finds values out of line with the rest
of the library so that they are marked ``suspect`` and never reach a total. It never guesses a
corrected value.

Peers are entries with the same unit, compared on a log scale (a lost decimal point is a
constant factor, so it is a fixed distance on a log scale). Five checks flag an entry:

1. **Part larger than its whole** (structural). Codes such as SS7.1.3 are parts of SS7.1. A
   part with the same unit worth ``ORDER`` (10) times its whole or more cannot be right: one of
   the two is wrong, and it is the part that is out of line.
2. **Whole larger than its parts** (structural). A whole with two or more parts in the same
   unit is at most their sum (if the parts add up) or the largest of them (if they are sub-type
   averages); a whole worth 10 times the sum of its parts or more cannot be right.
3. **Whole group out of line** (structural). Every entry with one unit and one ``detail``
   heading (for example "Per person per year" under QUALIFICATIONS/ SKILLS) is flagged when the
   group's median is ``GROUP_ORDER`` (1,000) times the median of that unit in the rest of the
   library or more: the whole block was extracted wrongly, so it agrees with itself.
4. **Out of line with the unit** (statistical). The entry's modified z-score (Iglewicz and
   Hoaglin, 1993: 0.6745 x (x - median) / median absolute deviation) among every other entry
   with the same unit, on a log10 scale, is above ``Z_LIMIT`` (3.5) *and* the value is at
   least 10 times that median.
5. **Out of line with its peers** (statistical). The same test among entries with the same
   unit and the same ``detail`` heading (at least ``MIN_GROUP`` others).

A statistical flag (4 or 5) is cleared, and the clearance reported, when another figure in the
extract corroborates the value: its same-unit parts add up to it (within 1%), it is a part of a
whole whose parts add up to that whole, or another entry with the same unit and heading, itself
not structurally flagged, is within 10% of it (two independent figures that agree). Structural
flags are never cleared. Entries whose price year cannot be read are listed too (they are not
suspect values, but a line using one must give the price year itself).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from familycase.domain.costs.library import UnitCost

ORDER = Decimal(10)  # one order of magnitude: the signature of a lost decimal point
GROUP_ORDER = Decimal(1000)  # three orders of magnitude, for a whole block of entries
Z_LIMIT = Decimal("3.5")  # Iglewicz and Hoaglin's cut-off for the modified z-score
Z_SCALE = Decimal("0.6745")
MIN_UNIT_PEERS = 5
MIN_GROUP = 4
SUM_TOLERANCE = Decimal("0.01")
TWIN_TOLERANCE = Decimal("0.10")

STRUCTURAL = ("part_larger_than_whole", "whole_larger_than_parts", "group_out_of_line")
STATISTICAL = ("out_of_line_with_unit", "out_of_line_with_peers")


@dataclass(frozen=True)
class Finding:
    code: str
    check: str  # one of STRUCTURAL or STATISTICAL
    message: str


@dataclass(frozen=True)
class Cleared:
    code: str
    findings: tuple[Finding, ...]
    because: str


@dataclass
class LibraryAudit:
    """What the check found: suspect entries (with every reason), cleared ones, undated ones."""

    checked: int
    suspect: dict[str, list[Finding]] = field(default_factory=dict)
    cleared: list[Cleared] = field(default_factory=list)
    without_price_year: list[str] = field(default_factory=list)

    def reason(self, code: str) -> str:
        """The words written into the shipped data's ``suspect`` field for this entry."""
        findings = self.suspect[code]
        return (
            " ".join(f.message for f in findings)
            + " Possibly a lost decimal point in the extract: check it against the published "
            "workbook before use; never guess a corrected value."
        )


def _unit(entry: UnitCost) -> str:
    return " ".join(entry.unit.casefold().split())


def _money(value: Decimal) -> str:
    text = f"{value:,.2f}"
    return "£" + (text[:-3] if text.endswith(".00") else text)


def _times(ratio: Decimal) -> str:
    return f"{ratio:,.0f}" if ratio >= 10 else f"{ratio:.1f}"


def modified_z(value: Decimal, peers: list[Decimal]) -> tuple[Decimal, Decimal] | None:
    """(modified z-score of log10(value) among log10(peers), the peers' median) or None.

    Zero values have no logarithm and are left out; fewer than two usable peers gives None.
    """
    logs = [p.log10() for p in peers if p > 0]
    if value <= 0 or len(logs) < 2:
        return None
    centre = statistics.median(logs)
    spread = statistics.median([abs(x - centre) for x in logs])
    median = statistics.median([p for p in peers if p > 0])
    if spread == 0:
        return (Decimal("Infinity") if value.log10() > centre else Decimal(0)), median
    return Z_SCALE * (value.log10() - centre) / spread, median


def audit_library(entries: Iterable[UnitCost]) -> LibraryAudit:
    """Run every check over the entries (the values as given; nothing is changed)."""
    items = list(entries)
    by_code = {e.code.upper(): e for e in items}

    def parent(entry: UnitCost) -> UnitCost | None:
        code = entry.code.upper()
        if code.count(".") < 2:
            return None
        found = by_code.get(code.rsplit(".", 1)[0])
        return found if found is not None and _unit(found) == _unit(entry) else None

    parts: dict[str, list[UnitCost]] = defaultdict(list)
    for e in items:
        p = parent(e)
        if p is not None:
            parts[p.code.upper()].append(e)

    def sums_to_itself(entry: UnitCost) -> bool:
        own = parts.get(entry.code.upper(), [])
        if len(own) < 2 or entry.value <= 0:
            return False
        return abs(sum((x.value for x in own), Decimal(0)) - entry.value) <= (
            SUM_TOLERANCE * entry.value
        )

    findings: dict[str, list[Finding]] = defaultdict(list)

    # 1 and 2: parts and wholes.
    for e in items:
        p = parent(e)
        if p is not None and p.value > 0 and e.value >= ORDER * p.value:
            findings[e.code].append(
                Finding(
                    e.code,
                    "part_larger_than_whole",
                    f"{_money(e.value)} {e.unit.lower()} is {_times(e.value / p.value)} times "
                    f"{p.code} ({_money(p.value)}), the whole it is a part of.",
                )
            )
        own = parts.get(e.code.upper(), [])
        total = sum((x.value for x in own), Decimal(0))
        if len(own) >= 2 and total > 0 and e.value >= ORDER * total:
            findings[e.code].append(
                Finding(
                    e.code,
                    "whole_larger_than_parts",
                    f"{_money(e.value)} {e.unit.lower()} is {_times(e.value / total)} times the "
                    f"sum of its parts ({', '.join(x.code for x in own)}: {_money(total)}).",
                )
            )

    # 3: a whole block of entries out of line with the rest of the library.
    groups: dict[tuple[str, str], list[UnitCost]] = defaultdict(list)
    for e in items:
        groups[(_unit(e), e.detail)].append(e)
    for (unit, detail), members in groups.items():
        rest = [x.value for x in items if _unit(x) == unit and x.detail != detail]
        if len(members) < 3 or len(rest) < MIN_UNIT_PEERS:
            continue
        group_median = statistics.median([m.value for m in members])
        rest_median = statistics.median(rest)
        if rest_median > 0 and group_median >= GROUP_ORDER * rest_median:
            for m in members:
                findings[m.code].append(
                    Finding(
                        m.code,
                        "group_out_of_line",
                        f"All {len(members)} entries under '{detail}' priced "
                        f"{m.unit.lower()} have a median of {_money(group_median)}, "
                        f"{_times(group_median / rest_median)} times the median of the "
                        f"{len(rest)} other entries priced that way ({_money(rest_median)}).",
                    )
                )

    structural = {code for code, fs in findings.items() if fs}

    # 4 and 5: statistical outliers, with corroboration.
    statistical: dict[str, list[Finding]] = defaultdict(list)
    for e in items:
        unit = _unit(e)
        unit_peers = [x.value for x in items if x is not e and _unit(x) == unit]
        if len(unit_peers) >= MIN_UNIT_PEERS:
            z = modified_z(e.value, unit_peers)
            if z is not None and z[0] > Z_LIMIT and e.value >= ORDER * z[1]:
                statistical[e.code].append(
                    Finding(
                        e.code,
                        "out_of_line_with_unit",
                        f"{_money(e.value)} {e.unit.lower()} is {_times(e.value / z[1])} times "
                        f"the median of the {len(unit_peers)} other entries priced that way "
                        f"({_money(z[1])}), far outside their spread (modified z-score "
                        f"{z[0]:.1f} on a log scale).",
                    )
                )
        group_peers = [
            x.value for x in items if x is not e and _unit(x) == unit and x.detail == e.detail
        ]
        if len(group_peers) >= MIN_GROUP:
            z = modified_z(e.value, group_peers)
            if z is not None and z[0] > Z_LIMIT and e.value >= ORDER * z[1]:
                statistical[e.code].append(
                    Finding(
                        e.code,
                        "out_of_line_with_peers",
                        f"It is {_times(e.value / z[1])} times the median of the "
                        f"{len(group_peers)} other '{e.detail}' entries priced "
                        f"{e.unit.lower()} ({_money(z[1])}; modified z-score {z[0]:.1f}).",
                    )
                )

    audit = LibraryAudit(checked=len(items))
    for e in items:
        if e.price_year is None:
            audit.without_price_year.append(e.code)
        flagged = statistical.get(e.code, [])
        if flagged and e.code not in structural:
            because = _corroborated(e, items, parent, sums_to_itself, structural)
            if because is not None:
                audit.cleared.append(Cleared(e.code, tuple(flagged), because))
                continue
        all_findings = findings.get(e.code, []) + flagged
        if all_findings:
            audit.suspect[e.code] = all_findings
    return audit


def _corroborated(
    entry: UnitCost,
    items: list[UnitCost],
    parent: object,
    sums_to_itself: object,
    structural: set[str],
) -> str | None:
    """Why a statistically odd value is nevertheless backed by other figures, or None."""
    if sums_to_itself(entry):  # type: ignore[operator]
        return "its parts add up to it"
    whole = parent(entry)  # type: ignore[operator]
    if whole is not None and whole.code not in structural and sums_to_itself(whole):  # type: ignore[operator]
        return f"it is a part of {whole.code}, whose parts add up to it"
    for other in items:
        if (
            other is not entry
            and other.code not in structural
            and _unit(other) == _unit(entry)
            and other.detail == entry.detail
            and other.value > 0
            and abs(other.value - entry.value) <= TWIN_TOLERANCE * entry.value
        ):
            return (
                f"{other.code} ({_money(other.value)} {other.unit.lower()}), an independent "
                "entry under the same heading, agrees with it within 10%"
            )
    return None
