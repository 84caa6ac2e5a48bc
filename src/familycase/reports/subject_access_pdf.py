"""A readable PDF of a subject access pack."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table

from familycase.domain.consent import GateOutcome, InfoCategory, Purpose
from familycase.domain.identifiers import format_nhs_number
from familycase.reports.pdf_common import MARGIN, build_pdf, grid_style
from familycase.reports.pdf_common import paragraph as _p
from familycase.services import outputs
from familycase.services.subject_access import SubjectAccessPack
from familycase.services.vault import UserSession


def _table(rows: list[list[object]], widths: list[float] | None = None) -> Table:
    table = Table(
        [[_p(cell, "small") for cell in row] for row in rows], colWidths=widths, repeatRows=1
    )
    table.setStyle(grid_style(header="#dddddd", grid="#888888"))
    return table


# What a sharing decision said, in the person's words (the JSON pack keeps the codes).
_OUTCOME_WORDS = {
    GateOutcome.ALLOW.value: "shared: you consented",
    GateOutcome.ALLOW_BY_OVERRIDE.value: "shared without your consent (a recorded decision)",
    GateOutcome.DENY.value: "not shared",
}
_CHANNEL_WORDS = {
    "print": "printed",
    "export": "saved as a file",
    "panel": "panel papers",
    "bundle": "summary sent to the team",
    "manual": "recorded by hand",
}


def _words(code: str) -> str:
    """A stored code ("referral_to_a_service") as words ("Referral to a service")."""
    return code.replace("_", " ").capitalize() if code else ""


def _category(code: str) -> str:
    try:
        return InfoCategory(code).label
    except ValueError:
        return _words(code)


def _purpose(code: str) -> str:
    try:
        return Purpose(code).label
    except ValueError:
        return _words(code)


def _decisions(decisions: list[dict[str, object]]) -> str:
    return "; ".join(
        f"{_category(str(d['category']))}: "
        f"{_OUTCOME_WORDS.get(str(d['outcome']), _words(str(d['outcome'])))}"
        for d in decisions
    )


def _date(value: object) -> str:
    return value.strftime("%d/%m/%Y") if hasattr(value, "strftime") else str(value or "")


def subject_access_pdf(pack: SubjectAccessPack) -> bytes:
    person = pack.person
    story: list[object] = [
        _p(f"Information held about {person.full_name}", "title"),
        _p(
            f"Family file {pack.family_reference}. Produced by {pack.produced_by} on "
            f"{pack.produced_at:%d/%m/%Y}."
        ),
        _p(pack.notice, "note"),
        _p("About you", "h2"),
        _table(
            [
                ["Detail", "What we hold"],
                [
                    "Name",
                    person.full_name
                    + (f" (known as {person.known_as})" if person.known_as else ""),
                ],
                ["Date of birth", _date(person.date_of_birth)],
                ["Gender", person.gender.value.replace("_", " ")],
                ["Role in household", person.household_role.value.replace("_", " ")],
                ["School or setting", person.school_or_setting],
                ["NHS number", format_nhs_number(person.nhs_number) if person.nhs_number else ""],
                ["Unique Pupil Number", person.upn or ""],
                ["Phone", person.contact.phone or ""],
                ["Email", person.contact.email or ""],
                [
                    "Address",
                    person.address.one_line() if person.address else (pack.household_address or ""),
                ],
                ["Notes", person.notes],
            ],
            [45 * mm, None],
        ),
    ]
    if pack.relationships:
        story += [
            _p("Relationships", "h2"),
            _table(
                [["Relationship", "With"]]
                + [[r.relationship, r.other_person] for r in pack.relationships]
            ),
        ]
    if pack.agencies:
        story += [
            _p("Agencies working with you", "h2"),
            _table(
                [["Agency", "Practitioner", "What they do"]]
                + [
                    [a.agency_name, a.practitioner.name if a.practitioner else "", a.involvement]
                    for a in pack.agencies
                ]
            ),
        ]
    if pack.episodes:
        story += [
            _p("Our work with your family", "h2"),
            _table(
                [["Opened", "Closed", "Referred by", "Reason", "Decision"]]
                + [
                    [
                        _date(e.opened_on),
                        _date(e.closed_on),
                        _words(e.referral_source),
                        e.referral_reason,
                        _words(e.referral_decision),
                    ]
                    for e in pack.episodes
                ]
            ),
        ]
    if pack.contacts:
        story += [
            _p("Contacts with you", "h2"),
            _table(
                [["Date", "Type", "Minutes", "What happened"]]
                + [
                    [_date(c.occurred_on), c.kind.label, c.duration_minutes, c.text]
                    for c in pack.contacts
                ]
            ),
        ]
    if pack.consents:
        story += [
            _p("Consent to share information", "h2"),
            _table(
                [["Given", "Review", "Agencies", "Purposes", "Information", "Withdrawn"]]
                + [
                    [
                        _date(c.given_on),
                        _date(c.review_on),
                        ", ".join(a.value.replace("_", " ") for a in c.agencies),
                        ", ".join(p.label for p in c.purposes),
                        ", ".join(k.label for k in c.categories),
                        _date(c.withdrawal.on) if c.withdrawal else "",
                    ]
                    for c in pack.consents
                ]
            ),
        ]
    if pack.sharing_without_consent:
        story += [
            _p("Information shared without your consent", "h2"),
            _table(
                [["Decided", "With", "Why", "Lawful basis"]]
                + [
                    [
                        _date(o.decided_on),
                        o.agency.value.replace("_", " "),
                        o.reason,
                        o.lawful_basis.value.replace("_", " "),
                    ]
                    for o in pack.sharing_without_consent
                ]
            ),
        ]
    if pack.sharing_decisions:
        story += [
            _p("Decisions to share or not to share", "h2"),
            _table(
                [["When", "How", "With", "Purpose", "Outcome"]]
                + [
                    [
                        _date(s.at),
                        _CHANNEL_WORDS.get(s.channel, _words(s.channel)),
                        s.recipient,
                        _purpose(s.purpose),
                        _decisions(s.decisions),
                    ]
                    for s in pack.sharing_decisions
                ]
            ),
        ]
    for entry in pack.assessments:
        story += [
            _p(f"{entry.title}, {_date(entry.assessed_on)} ({entry.status})", "h2"),
            _table(
                [["Question", "Answer"]] + [[q, a] for q, a in entry.answers]
                or [["Question", "Answer"], ["No answers about you.", ""]]
            ),
        ]
    if pack.plans:
        story += [
            _p("Family plan outcomes for you", "h2"),
            _table(
                [["Plan version", "Made", "Outcomes"]]
                + [[str(e.version), _date(e.made_on), "; ".join(e.outcomes)] for e in pack.plans]
            ),
        ]
    if pack.meetings_attended:
        story += [
            _p("Meetings you attended", "h2"),
            _p(", ".join(_date(d) for d in pack.meetings_attended)),
        ]
    if pack.alerts:
        story += [
            _p("Alerts recorded about you or your family", "h2"),
            _table(
                [["Alert", "About", "Since", "Ended", "Note"]]
                + [
                    [
                        a.title,
                        "You" if a.member_ids else "The whole family",
                        _date(a.started_on),
                        _date(a.ended_on) if a.ended_on else "",
                        a.note,
                    ]
                    for a in pack.alerts
                ]
            ),
        ]
    if pack.events:
        story += [
            _p("Events recorded about you", "h2"),
            _table(
                [["Date", "What happened", "Detail"]]
                + [[_date(e.on), e.title, e.detail] for e in pack.events]
            ),
        ]
    if pack.documents:
        story += [
            _p("Documents kept about you", "h2"),
            _table(
                [["File", "Type", "What it is"]]
                + [[d.filename, d.type_text, d.description] for d in pack.documents]
            ),
        ]
    if pack.also_recorded_in:
        story += [
            _p("Other family files that record you", "h2"),
            _p(", ".join(pack.also_recorded_in)),
        ]
    story.append(Spacer(1, 12))
    return build_pdf(
        story,
        title=f"Subject access: {person.full_name}",
        author="FamilyCase",
        marked_for=person.full_name,
        produced=pack.produced_at,
        top=MARGIN + 4,
        bottom=MARGIN + 6,
    )


def write_subject_access(
    us: UserSession, family_id: str, pack: SubjectAccessPack, folder: Path, stem: str
) -> list[Path]:
    """The registered output ``subject_access``: the pack as JSON and a readable PDF, each
    written whole and owner-only, and the export audited (no gate: it goes to the person it is
    about; see services/outputs.py)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    json_path = outputs.write_private(
        folder / f"{stem}.json", pack.model_dump_json(indent=2).encode("utf-8")
    )
    pdf_path = outputs.write_private(folder / f"{stem}.pdf", subject_access_pdf(pack))
    outputs.record_export(us, outputs.SUBJECT_ACCESS, family_id, {"files": 2})
    return [json_path, pdf_path]
