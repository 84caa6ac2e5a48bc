"""What the Costs tab's four tables say: one row of cell texts per record, in plain words."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from familycase.domain.costs.library import UnitCostLibrary
from familycase.domain.costs.result import CostBenefitResult
from familycase.domain.costs.scenario import PreventedCostLine
from familycase.gui.common import words
from familycase.services.costs import (
    BaselineServiceUse,
    InterventionCostEntry,
    PreventedCostRecord,
    PreventedCostStatus,
    RealisedOutcome,
    Stored,
)

Row = tuple[object, list[str]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CostsTab", text)


def line_rows(
    lines: Sequence[Stored[PreventedCostRecord]],
    result: CostBenefitResult | None,
    library: UnitCostLibrary,
) -> list[Row]:
    benefit_by_line: dict[str, Decimal] = {}
    counted = [s for s in lines if s.record.status is not PreventedCostStatus.WITHDRAWN]
    if result is not None:
        for stored, line in zip(counted, result.lines, strict=False):
            benefit_by_line[stored.id] = line.steps.present_value
    rows: list[Row] = []
    for stored in lines:
        record = stored.record
        line = record.line
        rows.append(
            (
                stored,
                [
                    line.what_was_avoided,
                    effect_text(line.effect),
                    words.money_text(benefit_by_line.get(stored.id))
                    if stored.id in benefit_by_line
                    else _tr("not counted"),
                    kind_text(line),
                    words.cost_status_text(record.status),
                    words.percent_text(line.probability),
                    words.evidence_strength_short(line.evidence_strength),
                    how_many(line),
                    unit_cost_cell(stored, library),
                    ", ".join(
                        p for p in (line.assessed_by, words.date_text(line.assessed_on)) if p
                    ),
                ],
            )
        )
    return rows


def spend_rows(spend: Sequence[Stored[InterventionCostEntry]]) -> list[Row]:
    return [
        (
            s,
            [
                words.date_text(s.record.spent_on),
                words.spend_kind_text(s.record.kind),
                s.record.description,
                spend_amount(s.record),
                basis_text(s.record.basis),
                s.record.agency,
            ],
        )
        for s in spend
    ]


def outcome_rows(outcomes: Sequence[Stored[RealisedOutcome]]) -> list[Row]:
    return [
        (
            o,
            [
                o.record.outcome_area.label,
                o.record.what_changed,
                words.yes_no(o.record.positive),
                words.date_text(o.record.achieved_on),
                words.date_text(o.record.last_confirmed_on) or _tr("not yet"),
            ],
        )
        for o in outcomes
    ]


def baseline_rows(baselines: Sequence[Stored[BaselineServiceUse]]) -> list[Row]:
    return [
        (
            b,
            [
                f"{words.date_text(b.record.period_start)} {words.EN_DASH} "
                f"{words.date_text(b.record.period_end)}",
                "; ".join(
                    f"{item.service}: {item.quantity.normalize():f} {item.unit}".strip()
                    for item in b.record.items
                ),
                b.record.source,
            ],
        )
        for b in baselines
    ]


def effect_text(effect: str) -> str:
    """A benefit, or a disbenefit (a cost the work caused, taken off the total)."""
    return {"benefit": _tr("Benefit"), "disbenefit": _tr("Disbenefit")}.get(str(effect), effect)


def kind_text(line: PreventedCostLine) -> str:
    """ "Public money, cashable", "Economic", "Social (health rate)"."""
    text = {
        "fiscal": _tr("Public money, cashable") if line.cashable else _tr("Public money"),
        "economic": _tr("Economic"),
        "social": _tr("Social"),
    }.get(str(line.benefit_type), str(line.benefit_type))
    if str(line.discount_as) == "health":
        text = _tr("{kind} (health rate)").format(kind=text)
    return text


def basis_text(basis: str) -> str:
    """Money spent (an outturn) or an estimate (increased for optimism bias in returns)."""
    return {"actual": _tr("Spent"), "estimate": _tr("Estimated")}.get(str(basis), str(basis))


def unit_cost_cell(stored: Stored[PreventedCostRecord], library: UnitCostLibrary) -> str:
    record = stored.record
    uc = record.line.unit_cost
    code = record.local_unit_cost_code or uc.gmca_code
    entry = library.get(code) if code else None
    if entry is not None and record.local_unit_cost_code is None:
        return _tr("{code}: {value} {unit} ({year} prices)").format(
            code=entry.code,
            value=words.money_text(entry.value),
            unit=entry.unit.lower(),
            year=entry.price_year or _tr("year not stated"),
        )
    return _tr("{code}: {value} {unit} ({year} prices)").format(
        code=code or _tr("local"),
        value=words.money_text(uc.value),
        unit=(uc.unit or "").lower(),
        year=uc.price_year,
    )


def how_many(line: object) -> str:
    quantity = f"{line.quantity.normalize():f}"  # type: ignore[attr-defined]
    duration = line.duration  # type: ignore[attr-defined]
    unit = line.duration_unit  # type: ignore[attr-defined]
    if duration == 1 and not unit:
        return quantity
    return f"{quantity} × {duration.normalize():f} {unit}".strip()  # noqa: RUF001


def spend_amount(entry: InterventionCostEntry) -> str:
    if entry.amount is not None:
        return words.money_text(entry.amount)
    return _tr("{hours} hours at {rate} = {total}").format(
        hours=f"{entry.hours.normalize():f}",
        rate=words.money_text(entry.hourly_rate),
        total=words.money_text(entry.total()),
    )
