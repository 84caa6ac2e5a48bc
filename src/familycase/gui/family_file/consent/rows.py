"""What the Consent tab's three tables say: one row of cell texts per record, in plain words."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication

from familycase.domain.consent import ConsentRecord, SharingOverride
from familycase.gui.common import words
from familycase.services.consent import ShareLogView

Wanted = Callable[[str], bool]  # is this person's row shown?


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentTab", text)


def consent_rows(
    consents: Sequence[ConsentRecord],
    names: dict[str, str],
    evidence: dict[str, str],
    wanted: Wanted,
    on: date,
) -> list[tuple[ConsentRecord, list[str]]]:
    """``evidence``: the evidence kept for each consent (by id), as file names."""
    rows = []
    for c in sorted(consents, key=lambda c: (names.get(c.member_id, ""), c.given_on)):
        if not wanted(c.member_id):
            continue
        state = c.state_on(on)
        given_by = c.given_by_name or words.given_by_text(c.given_by)
        given_by = f"{given_by}, {words.consent_method_text(c.method).lower()}"
        ends = c.withdrawal.on if c.withdrawal else c.review_on
        dates = "{given} – {ends}".format(  # noqa: RUF001 (typography)
            given=words.date_text(c.given_on),
            ends=words.date_text(ends) if ends else _tr("no end date"),
        )
        rows.append(
            (
                c,
                [
                    names.get(c.member_id, "?"),
                    words.consent_state_text(state),
                    ", ".join(words.agency_type_text(a) for a in c.agencies),
                    ", ".join(words.purpose_text(p) for p in c.purposes),
                    ", ".join(words.category_text(i) for i in c.categories),
                    given_by,
                    dates,
                    evidence.get(c.id) or _tr("None kept"),
                ],
            )
        )
    return rows


def override_rows(
    overrides: Sequence[SharingOverride], names: dict[str, str], wanted: Wanted
) -> list[tuple[SharingOverride, list[str]]]:
    return [
        (
            o,
            [
                names.get(o.member_id, "?"),
                o.agency_name or words.agency_type_text(o.agency),
                words.purpose_text(o.purpose),
                ", ".join(words.category_text(i) for i in o.categories),
                o.reason,
                # The basis with its legal gateway, and who decided with when: fewer columns,
                # so the list fits a laptop screen in Welsh too.
                "\n".join(filter(None, [words.lawful_basis_text(o.lawful_basis), o.legal_gateway])),
                f"{o.decided_by}\n{words.date_text(o.decided_on)}",
                words.date_text(o.applies_until),
            ],
        )
        for o in overrides
        if wanted(o.member_id)
    ]


def share_rows(shares: Sequence[ShareLogView]) -> list[tuple[ShareLogView, list[str]]]:
    return [
        (
            s,
            [
                s.at.strftime("%d/%m/%Y %H:%M"),
                s.entry.description,
                s.entry.recipient.name or words.agency_type_text(s.entry.recipient.agency_type),
                words.purpose_text(s.entry.purpose),
                words.share_outcome_text(s.outcome),
                s.entry.recorded_by_name,
            ],
        )
        for s in shares
    ]
