"""The registered outputs: every way information leaves the encrypted vault.

Each output says what it is, who receives it (in words, and its kind), what the consent gate
decides it by (or why it needs no gate decision), which share log records it (the family's, or
the reports' share log for outputs made from the reporting layer), and what the audit log
records. Its file is written with ``write_private`` (whole, owner-only 0600, never half a
file); the desktop app and the command line say that the file is outside the encrypted vault
(``LEAVES_THE_VAULT``); CSV and XLSX cells are neutralised against formula injection
(reports/cells.py). ``tests/test_outputs.py`` walks this registry, produces every output and
checks each step, and fails for any command or action that writes a file some other way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from familycase.domain.consent import Purpose
from familycase.services.audit import Action
from familycase.store.files import write_private  # noqa: F401 - the front ends write through it

LEAVES_THE_VAULT = (
    "This file is outside FamilyCase's encrypted vault: keep it on an encrypted drive, share "
    "it only as your organisation allows, and delete it when it is no longer needed."
)
FAMILY_SHARE_LOG = "family"  # the family's own share log (services/consent.log_share)
REPORT_SHARE_LOG = "reports"  # the reports' share log (services/reporting.log_report_share)


@dataclass(frozen=True)
class Output:
    name: str
    what: str
    recipient: str  # who receives it, in words
    purpose: Purpose | None  # what the consent gate decides by; None: see no_gate_because
    no_gate_because: str = ""
    share_logged: bool = False  # a share-log entry (every gate decision is)
    audit_action: str = Action.EXPORT
    recipient_kind: str = "organisation"  # person, agency, organisation, team, worker
    share_log: str = FAMILY_SHARE_LOG
    formats: tuple[str, ...] = ("pdf",)
    cli: str = ""  # the command that writes it
    gui: str = ""  # where in the desktop app
    audit_object: str = ""  # the audit entry's object type, where it is not the output's name

    def __post_init__(self) -> None:
        if self.purpose is None and not self.no_gate_because:
            raise ValueError(f"output {self.name}: a gate purpose or the reason it needs none")
        if self.purpose is not None and not self.share_logged:
            raise ValueError(f"output {self.name}: a gate decision is always share-logged")


OUTPUTS: dict[str, Output] = {}


def register(output: Output) -> Output:
    if output.name in OUTPUTS:
        raise ValueError(f"output {output.name} registered twice")
    OUTPUTS[output.name] = output
    return output


DOCUMENT_COPY = register(
    Output(
        name="document_copy",
        what="A copy of a document attached to a family file ('Save a copy')",
        recipient="the worker who saves it",
        purpose=None,
        recipient_kind="worker",
        formats=("any",),
        cli="document save",
        gui="Family file > Documents > Save a copy",
        no_gate_because=(
            "The worker takes back a copy of a document the family file holds, to read or "
            "print it; sending it on to anyone is a separate decision under their "
            "information-sharing rules. The copy is recorded as an export."
        ),
    )
)
REFERRAL_LETTER = register(
    Output(
        name="referral_letter",
        what="The letter telling a referrer what was decided about their referral",
        recipient="the referrer's agency",
        purpose=Purpose.REFERRAL_FEEDBACK,
        share_logged=True,
        audit_action=Action.SHARE,
        recipient_kind="agency",
        cli="referral letter",
        gui="Family file > Work > Feedback letter",
    )
)
CHRONOLOGY_PDF = register(
    Output(
        name="chronology_pdf",
        what="A family's chronology printed to PDF",
        recipient="the agency it is printed for",
        purpose=Purpose.ASSESSMENT_AND_PLANNING,
        share_logged=True,
        audit_action=Action.SHARE,
        recipient_kind="agency",
        cli="chronology --pdf",
        gui="Family file > Chronology > Print the chronology",
    )
)
GENOGRAM_PDF = register(
    Output(
        name="genogram_pdf",
        what="A family's family tree (genogram) printed to PDF",
        recipient="the agency it is printed for",
        purpose=Purpose.ASSESSMENT_AND_PLANNING,
        share_logged=True,
        audit_action=Action.SHARE,
        recipient_kind="agency",
        cli="genogram --pdf",
        gui="Family file > Family tree > Print the family tree",
    )
)


_MONITORING = Purpose.MONITORING_AND_REPORTING
_AGGREGATE = (
    "Figures per area, per month or per kind over many families: no family's own figures or "
    "reference appear, so there is nothing about one family for the gate to decide. Families "
    "are counted whatever their consent (aggregate statistics identify no one), and the export "
    "is audited."
)
PANEL_PACK = register(
    Output(
        name="panel_pack",
        what="Panel case summaries (PDF, optionally AES-256 password-protected)",
        recipient="the panel member's agency",
        recipient_kind="agency",
        purpose=Purpose.PANEL,
        share_logged=True,
        audit_action=Action.SHARE,
        cli="panel-pack",
        gui="File > Print panel summaries",
    )
)
SUMMARY_BUNDLE = register(
    Output(
        name="summary_bundle",
        what="A signed, encrypted bundle of a key worker's families' summaries",
        recipient="the worker's team leaders and managers",
        recipient_kind="team",
        purpose=_MONITORING,
        share_logged=True,
        formats=("fcbundle",),
        audit_object="bundle",
        cli="export summaries",
        gui="File > Export summaries for my team",
    )
)
SUBJECT_ACCESS = register(
    Output(
        name="subject_access",
        what="Everything held about one person (a subject access request), as JSON and PDF",
        recipient="the person themselves",
        recipient_kind="person",
        purpose=None,
        no_gate_because=(
            "A subject access request is the person's own right to their information (UK GDPR "
            "Article 15): it goes to the person it is about, not to an agency, so consent to "
            "share is not the question. It is recorded as a subject access and an export."
        ),
        formats=("json", "pdf"),
        cli="subject-access",
        gui="Family file > Consent > Subject access",
    )
)
AUDIT_CSV = register(
    Output(
        name="audit_csv",
        what="The audit log, or a filtered part of it, as CSV",
        recipient="the data protection officer or an investigation",
        recipient_kind="organisation",
        purpose=None,
        no_gate_because=(
            "The audit log records what workers did (who opened or changed which family file, "
            "by its id), for the organisation's own accountability; its details are what the "
            "audit key's holders may read. Not information about a family shared with anyone. "
            "The copy is itself audited."
        ),
        formats=("csv",),
        audit_object="audit_log",
        cli="audit --csv",
        gui="File > Audit log > Save as CSV",
    )
)
CASELOAD_LIST = register(
    Output(
        name="caseload_list",
        what="A caseload as CSV or JSON (printed for a script or a spreadsheet)",
        recipient="the worker who lists it",
        recipient_kind="worker",
        purpose=None,
        no_gate_because=(
            "The worker takes a copy of the caseload they may already see on screen (names "
            "only of families whose key they hold); passing it on is a separate decision. "
            "Recorded as an export, not just a listing, with the number of families and "
            "whether names were in it."
        ),
        formats=("csv", "json"),
        cli="caseload --format csv|json",
    )
)
CONSENT_EVIDENCE_COPY = register(
    Output(
        name="consent_evidence_copy",
        what="A copy of the evidence kept for a consent ('Save a copy')",
        recipient="the worker who saves it",
        recipient_kind="worker",
        purpose=None,
        no_gate_because=(
            "The worker takes back a copy of the signed form or note the family file holds, "
            "to read or print it; sending it on is a separate decision. Recorded as an export."
        ),
        formats=("any",),
        gui="Family file > Consent > Save a copy",
    )
)
for _fmt in ("csv", "xlsx", "pdf"):
    register(
        Output(
            name=f"cost_return_{_fmt}",
            what=f"The cost-saving return ({_fmt.upper()})",
            recipient="managers, commissioners and funders",
            recipient_kind="organisation",
            purpose=_MONITORING,
            share_logged=True,
            share_log=REPORT_SHARE_LOG,
            formats=(_fmt,),
            cli=f"costs return --{_fmt}",
            gui="File > Cost-saving return and claims",
        )
    )
CLAIMS_CSV = register(
    Output(
        name="claims_csv",
        what="The claim check (payment by results), one row per family, as CSV",
        recipient="the programme the claims go to",
        recipient_kind="organisation",
        purpose=_MONITORING,
        share_logged=True,
        share_log=REPORT_SHARE_LOG,
        formats=("csv",),
        cli="costs claims --csv",
        gui="File > Cost-saving return and claims",
    )
)
COHORT_CSV = register(
    Output(
        name="cohort_csv",
        what="The cohort outcome report (per area of an outcome measure) as CSV",
        recipient="managers and commissioners",
        recipient_kind="organisation",
        purpose=None,
        no_gate_because=_AGGREGATE,
        formats=("csv",),
        audit_object="cohort_report",
        cli="cohort --csv",
        gui="File > Service report",
    )
)
for _fmt in ("xlsx", "pdf"):
    register(
        Output(
            name=f"service_report_{_fmt}",
            what=f"The service report ({_fmt.upper()}): referrals, allocation, episodes, "
            "re-referrals, steps, caseload, outcomes, consent coverage",
            recipient="managers and commissioners",
            recipient_kind="organisation",
            purpose=None,
            no_gate_because=_AGGREGATE,
            formats=(_fmt,),
            cli=f"report service --{_fmt}",
            gui="File > Service report",
        )
    )


def record_export(
    us: object, output: Output, family_id: str | None, detail: dict[str, object]
) -> None:
    """The audit entry of an output that needs no gate decision (an export)."""
    from familycase.services.audit import AuditEvent

    session: Any = us
    with session.write() as s:
        session.audit(
            s,
            AuditEvent(
                output.audit_action,
                output.name,
                family_id,
                {**detail, "output": output.name, **({"family": family_id} if family_id else {})},
            ),
        )
