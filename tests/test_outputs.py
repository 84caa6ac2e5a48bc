"""The output registry: every registered output is produced here and checked for each step
(gate decision or a stated reason, share log, audit entry, an owner-only file written whole)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from familycase.domain.consent import Purpose
from familycase.domain.enums import ReferralDecision
from familycase.reports.chronology_pdf import write_chronology
from familycase.reports.genogram_pdf import write_genogram
from familycase.reports.referral_letter_pdf import write_letter
from familycase.services import (
    audit_log,
    documents,
    genogram,
    outputs,
    referrals,
    timeline,
    work,
)
from familycase.services import consent as consent_service
from familycase.services.consent import Recipient


def _document_copy(lead, family_id, target: Path) -> None:
    document = documents.attach(lead, family_id, "letter.pdf", b"%PDF-1.4 test")
    documents.save_copy(lead, family_id, document, target)


def _referral_letter(lead, family_id, target: Path) -> None:
    work.record_referral_decision(lead, family_id, ReferralDecision.SIGNPOSTED, reason="Hub")
    write_letter(lead, referrals.prepare_letter(lead, family_id), target)


def _chronology(lead, family_id, target: Path) -> None:
    printed = timeline.prepare_print(lead, family_id, Recipient(agency_type="health"))
    write_chronology(lead, printed, target)


def _genogram(lead, family_id, target: Path) -> None:
    printed = genogram.prepare_print(lead, family_id, Recipient(agency_type="school"))
    write_genogram(lead, printed, target)


PRODUCE: dict[str, Callable[..., None]] = {
    "document_copy": _document_copy,
    "referral_letter": _referral_letter,
    "chronology_pdf": _chronology,
    "genogram_pdf": _genogram,
}


def test_every_registered_output_is_checked_here():
    assert set(PRODUCE) == set(outputs.OUTPUTS)
    for output in outputs.OUTPUTS.values():
        assert output.purpose is not None or len(output.no_gate_because) > 40
        assert output.purpose is None or output.share_logged
    with pytest.raises(ValueError, match="reason it needs none"):
        outputs.Output("x", "x", "x", purpose=None)
    with pytest.raises(ValueError, match="always share-logged"):
        outputs.Output("x", "x", "x", purpose=Purpose.PANEL)


@pytest.mark.parametrize("name", sorted(PRODUCE))
def test_each_output_takes_every_step(team, make_family, tmp_path, name):
    output = outputs.OUTPUTS[name]
    lead = team.unlock("lead")
    family_id = make_family(lead, "Outputby")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"{name}.pdf"
    target.write_bytes(b"an older file, readable by all")
    os.chmod(target, 0o644)
    before = {e.seq for e in audit_log.query_audit(lead)}
    PRODUCE[name](lead, family_id, target)
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == [target.name]  # no partial file left
    new = [e for e in audit_log.query_audit(lead) if e.seq not in before]
    assert any(
        e.action == output.audit_action
        and (e.object_id == family_id or e.detail.get("family") == family_id)
        for e in new
    ), [(e.action, e.object_type) for e in new]
    log = consent_service.share_log(lead, family_id)
    if output.share_logged:
        assert len(log) == 1 and log[0].entry.purpose is output.purpose
    else:
        assert log == []


def test_a_failed_write_leaves_nothing(tmp_path):
    missing = tmp_path / "no such folder" / "x.pdf"
    with pytest.raises(FileNotFoundError):
        outputs.write_private(missing, b"data")
    assert list(tmp_path.iterdir()) == []
