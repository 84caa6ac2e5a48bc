"""The cost-saving return from the reporting layer, against the way it was built before it was
made to stream (every summary read whole, kept, then counted; kept here as the reference, not in
src): every central figure the same to the last digit, on the demo vault; and a summary that
cannot be read is left out with its reason, never a crash."""

from __future__ import annotations

import json
import random
import shutil
from dataclasses import asdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase.crypto import aead, box
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.demo import DEMO_PASSWORD, build_demo
from familycase.demo_costs import add_demo_costs
from familycase.domain.costs.engine import evaluate
from familycase.domain.costs.money import ZERO
from familycase.domain.instruments import OutcomeArea
from familycase.services import costs, directory, reporting, summaries, verify
from familycase.services.errors import InvalidRequest
from familycase.services.vault import Vault
from familycase.store.schema import ReportingSummaryRow, ReportShareRow
from test_costs_engine import figures_of

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("paths") / "vault"
    build_demo(data, 24, INSECURE_FAST_FOR_TESTS, seed=11)
    vault = Vault.open(data)
    leader = vault.unlock("sam", DEMO_PASSWORD)
    assert add_demo_costs(leader, sorted(leader.accessible_family_ids()), random.Random(3)) >= 24
    leader.lock()
    vault.dispose()
    return data


def _old_return(us: Any, params: costs.ReturnParameters) -> dict[str, Any]:
    """The reporting-layer return as ``_return_from_summaries`` built it before (the figures)."""
    deflators = costs.current_deflators(us.vault)
    library = costs.combined_library(us.vault)
    found = reporting.load(us)
    decisions = reporting.gate(found.summaries)
    fls = []
    for summary in found.summaries:
        fl = costs._lines_from_summary(summary, params)
        # each line with its family's reference, as the return told them apart before
        numbered = [
            (line.model_copy(update={"id": f"{fl.reference}/{n}"}), area)
            for n, (line, area) in enumerate(fl.lines, start=1)
        ]
        fl = costs.FamilyLines(fl.family_id, fl.reference, numbered, fl.costs)
        if fl.lines or fl.costs:
            fls.append(fl)
    scenario = costs._scenario(f"Cost-saving return: {found.cohort}", params, deflators, fls)
    total = evaluate(scenario, library, deflators) if scenario is not None else None
    assert total is not None
    sums: dict[str, dict[str, Decimal]] = {}

    def add(reference: str, key: str, value: Decimal) -> None:
        bucket = sums.setdefault(reference, {})
        bucket[key] = bucket.get(key, ZERO) + value

    for line in total.lines:
        reference = (line.id or "").split("/")[0]
        pv = line.steps.present_value
        add(reference, "benefit", pv)
        add(reference, "undiscounted", line.steps.after_drop_off)
        add(reference, line.benefit_type, pv)
        if line.benefit_type == "fiscal" and line.cashable:
            add(reference, "cashable", pv)
    for cost in total.intervention_costs:
        add(cost.description.split(":")[0], "cost", cost.present_value)
    status = {s.family_id: s.status.value for s in found.summaries}
    families = []
    for fl in fls:
        got = sums.get(fl.reference, {})
        decision = decisions.decisions[fl.family_id]
        families.append(
            {
                "family_id": fl.family_id,
                "reference": fl.reference,
                "status": status.get(fl.family_id, ""),
                "lines": len(fl.lines),
                "costs": len(fl.costs),
                "withheld": None if decision.allowed else reporting.withheld_text(decision),
                "figures": [
                    got.get(k, ZERO)
                    for k in ("benefit", "undiscounted", "cost", "fiscal", "economic", "social")
                ]
                + [got.get("cashable", ZERO)],
            }
        )
    return {
        "total": total,
        "families": families,
        "by_outcome": _old_by_outcome(total, fls),
        "skipped": [(ref, "its summary failed its integrity check") for ref in found.damaged],
        "cohort": found.cohort,
        "not_summarised": tuple(found.not_summarised),
    }


def _old_by_outcome(total: Any, fls: list[Any]) -> list[costs.OutcomeTotal]:
    """The totals by outcome area as they were added up from the total's per-line results."""
    area_of = {line.id: area for f in fls for line, area in f.lines}
    totals: dict[Any, tuple[Decimal, Decimal]] = {}
    counts: dict[Any, int] = {}
    for line in total.lines:
        area = area_of.get(line.id)
        pv, und = totals.get(area, (ZERO, ZERO))
        totals[area] = (pv + line.steps.present_value, und + line.steps.after_drop_off)
        counts[area] = counts.get(area, 0) + 1
    order = [*OutcomeArea, None]
    return [
        costs.OutcomeTotal(area, counts[area], *totals[area])
        for area in sorted(totals, key=order.index)
    ]


def _exact(value: Any) -> str:
    """A figure as written to the last digit (Decimal('0.40') and Decimal('0.4') differ)."""
    return repr(value)


def test_the_return_is_the_old_paths_to_the_last_digit(demo_vault):
    vault = Vault.open(demo_vault)
    try:
        manager = vault.unlock("rowan", DEMO_PASSWORD)
        for period in (365, 90):
            params = costs.ReturnParameters(TODAY - timedelta(days=period), TODAY)
            old = _old_return(manager, params)
            manager.reporting.clear()  # no whole summaries cached: the return reads its own
            ret = costs.cohort_return(manager, params)
            assert ret.source == "reporting layer" and len(ret.families) >= 10
            central = {
                "sensitivity": {"tests", "switching_values"},
                "lines": True,
                "intervention_costs": True,
            }
            assert _exact(ret.total.model_dump(exclude=central)) == _exact(
                old["total"].model_dump(exclude=central)
            )
            # no per-line or per-cost results in the total: the few figures the return reads
            assert ret.total.lines == [] and ret.total.intervention_costs == []
            assert _exact([tuple(line) for line in ret.lines]) == _exact(
                [figures_of(line) for line in old["total"].lines]
            )
            # the what-if figures by the grouped method (tests/test_sensitivity_precision.py):
            # shown the same
            assert ret.total.sensitivity.model_dump(mode="json") == old[
                "total"
            ].sensitivity.model_dump(mode="json")
            mine = [
                {
                    "family_id": f.family_id,
                    "reference": f.reference,
                    "status": f.status,
                    "lines": f.lines,
                    "costs": f.costs,
                    "withheld": f.withheld,
                    "figures": [
                        f.result.summary.total_benefit,
                        f.result.summary.total_benefit_undiscounted,
                        f.result.summary.total_cost,
                        f.result.summary.fiscal_benefit,
                        f.result.summary.economic_benefit,
                        f.result.summary.social_benefit,
                        f.result.benefits.cashable.present_value,
                    ],
                }
                for f in ret.families
            ]
            assert _exact(mine) == _exact(old["families"])
            assert _exact([asdict(o) for o in ret.by_outcome]) == _exact(
                [asdict(o) for o in old["by_outcome"]]
            )
            assert ret.skipped == old["skipped"] and ret.cohort == old["cohort"]
            assert ret.not_summarised == old["not_summarised"]
            assert any(f.withheld for f in ret.families)  # the gate is exercised too
    finally:
        vault.dispose()


def _replace_summary(
    vault: Vault, us: Any, family_id: str, plain: bytes, sealed_by: Any = "session"
) -> None:
    """The family's reporting copy replaced, sealed by ``us`` (a member of staff writing a bad
    summary), by another X25519 key, or (None) anonymously as before summaries were signed."""
    public = summaries.reporting_public(us)
    context = summaries.reporting_context(family_id)
    if sealed_by is None:
        blob = box.seal(public, plain, context)
    else:
        sender = us.ring.agreement if sealed_by == "session" else sealed_by
        blob = box.seal_from(sender, public, plain, context)
    with Session(vault.engine) as s, s.begin():
        row = s.scalar(
            select(ReportingSummaryRow).where(ReportingSummaryRow.family_id == family_id)
        )
        row.summary_ct = blob


def _a_return_on_a_copy(demo_vault: Path, tmp_path: Path) -> tuple[Vault, Any, Any, Any]:
    """A copy of the demo vault, its manager signed in, a year's return made before any
    change: (vault, manager, parameters, return)."""
    data = tmp_path / "vault"
    shutil.copytree(demo_vault, data)
    vault = Vault.open(data)
    manager = vault.unlock("rowan", DEMO_PASSWORD)
    params = costs.ReturnParameters(TODAY - timedelta(days=365), TODAY)
    return vault, manager, params, costs.cohort_return(manager, params)


def test_a_summary_that_cannot_be_read_is_left_out_with_its_reason(demo_vault, tmp_path):
    vault, manager, params, before = _a_return_on_a_copy(demo_vault, tmp_path)
    try:
        counted = [f for f in before.families if f.lines]
        broken, bad_line, bad_unread, moved = counted[:4]
        whole = {s.family_id: s for s in reporting.load(manager).summaries}

        def document(family_id: str) -> dict[str, Any]:
            return json.loads(whole[family_id].to_json())

        _replace_summary(vault, manager, broken.family_id, b'{"$schema": "familycase.summ')
        doc = document(bad_line.family_id)
        doc["prevented_costs"][0]["line"]["probability"] = "1.5"  # in the part a return reads
        _replace_summary(vault, manager, bad_line.family_id, json.dumps(doc).encode())
        doc = document(bad_unread.family_id)
        doc["tier"] = 9  # in a part a return does not read
        _replace_summary(vault, manager, bad_unread.family_id, json.dumps(doc).encode())
        doc = document(moved.family_id)  # another family's summary under this one's row
        doc["family_id"] = broken.family_id
        _replace_summary(vault, manager, moved.family_id, json.dumps(doc).encode())
        manager.reporting.clear()

        ret = costs.cohort_return(manager, params)
        left_out = {broken.reference, bad_line.reference, moved.reference}
        assert sorted(ret.skipped) == sorted(
            (ref, "its summary failed its integrity check") for ref in left_out
        )
        assert {f.reference for f in ret.families} == (
            {f.reference for f in before.families} - left_out
        )
        # A return reads only its part of a summary: a fault elsewhere does not stop it
        # counting the family; reports that read the whole summary leave it out.
        assert bad_unread.reference in {f.reference for f in ret.families}
        assert bad_unread.reference in reporting.load(manager).damaged
    finally:
        vault.dispose()


def test_a_summary_not_sealed_by_a_member_of_staff_is_never_counted(demo_vault, tmp_path):
    """Whoever can write the database can seal a summary to the reporting key's public half:
    only one sealed by a worker in the signed staff directory is read. An anonymous one (as
    every summary was before) is never read: a team leader's fill replaces it with the family's
    own summary, never with what it says; one sealed by any other key is damaged."""
    vault, manager, params, before = _a_return_on_a_copy(demo_vault, tmp_path)
    try:
        counted = [f for f in before.families if f.lines]
        forged, outsider = counted[:2]
        whole = {s.family_id: s for s in reporting.load(manager).summaries}
        # a forger's summary: the same family, its figures multiplied a thousandfold
        doc = json.loads(whole[forged.family_id].to_json())
        for cost in doc["prevented_costs"]:
            cost["line"]["quantity"] = str(Decimal(cost["line"]["quantity"]) * 1000)
        _replace_summary(vault, manager, forged.family_id, json.dumps(doc).encode(), None)
        stranger = X25519PrivateKey.generate()  # a key no one in the staff directory has
        plain = whole[outsider.family_id].to_json()
        _replace_summary(vault, manager, outsider.family_id, plain, stranger)
        manager.reporting.clear()

        ret = costs.cohort_return(manager, params)
        assert forged.reference in ret.not_summarised
        assert ret.skipped == [(outsider.reference, "its summary failed its integrity check")]
        references = {f.reference for f in ret.families}
        assert forged.reference not in references and outsider.reference not in references
        assert ret.total.summary.total_benefit < before.total.summary.total_benefit

        # verify names the stranger's, without any key, and counts the anonymous one
        leader = vault.unlock("sam", DEMO_PASSWORD)
        checked = verify.verify_vault(vault, leader)
        assert checked.summaries_unsigned == 1
        assert [p for p in checked.problems if "summary for reporting" in p] == [
            f"The summary for reporting of {outsider.reference} was sealed by a key no one in "
            "the signed staff list has: it was written outside FamilyCase."
        ]
        # a team leader's fill (run at each of their sign-ins in the app) puts the family's
        # own summary in place of the anonymous one; the stranger's stays out
        assert reporting.fill_missing(leader) == 1
        assert reporting.fill_missing(leader) == 0
        manager.reporting.clear()
        again = costs.cohort_return(manager, params)
        mine = {f.reference: f for f in again.families}
        was = {f.reference: f for f in before.families}
        assert mine[forged.reference].result == was[forged.reference].result  # not x1000
        assert again.not_summarised == ()
        assert again.skipped == [(outsider.reference, "its summary failed its integrity check")]
        # an anonymous one written later is never sealed from what it says either
        _replace_summary(vault, manager, forged.family_id, json.dumps(doc).encode(), None)
        leader = vault.unlock("sam", DEMO_PASSWORD)  # a new sign-in
        assert reporting.fill_missing(leader) == 1
        manager.reporting.clear()
        third = {f.reference: f for f in costs.cohort_return(manager, params).families}
        assert third[forged.reference].result == was[forged.reference].result
    finally:
        vault.dispose()


def test_a_workers_earlier_keys_still_name_them_as_a_summarys_writer(demo_vault):
    """Summaries name their writer by the key they were sealed with: a signed change of a
    worker's keys keeps the earlier one in the directory's history of keys, so the summaries
    they sealed stay readable."""
    vault = Vault.open(demo_vault)
    try:
        manager = vault.unlock("rowan", DEMO_PASSWORD)
        state = manager.staff
        sam = next(u for u in state.users.values() if u.username == "sam")
        assert state.key_owners[sam.agreement_public] == sam.id
        new_agreement = box.public_bytes(X25519PrivateKey.generate())
        changed = directory.apply(
            state,
            "user_changed",
            {
                "user_id": sam.id,
                "agreement_public": new_agreement.hex(),
                "signing_public": sam.signing_public.hex(),
            },
        )
        assert changed.users[sam.id].agreement_public == new_agreement
        assert changed.key_owners[new_agreement] == sam.id
        assert changed.key_owners[sam.agreement_public] == sam.id  # still known
        assert set(changed.key_owners) == set(state.key_owners) | {new_agreement}
    finally:
        vault.dispose()


def test_a_share_log_entry_not_signed_by_the_worker_it_names_is_shown_as_damaged(
    demo_vault, tmp_path
):
    """The reports' share log says who exported what: an entry not signed by the worker it
    names is not read, and verify names it without any key. That holds against another
    worker's keys and against a holder of the reporting key, who can make a box that seems to
    come from anyone (the recipient of a static-static box can) but cannot sign as them."""
    vault, manager, _params, _before = _a_return_on_a_copy(demo_vault, tmp_path)
    try:
        first = reporting.log_report_share(manager, "test_report", None, {"note": "genuine"})
        framed = [
            reporting.log_report_share(manager, "test_report", None, {"note": n})
            for n in ("other keys", "holder")
        ]
        leader = vault.unlock("sam", DEMO_PASSWORD)
        public = summaries.reporting_public(manager)
        payload = json.dumps({"output": "test_report", "by": "Rowan", "decisions": []}).encode()
        # sam's own keys, in an entry naming rowan
        context = reporting._share_context(framed[0])
        sealed = box.seal_from(leader.ring.agreement, public, payload, context)
        blobs = {framed[0]: bytes([3]) + leader.ring.sign(context + sealed) + sealed}
        # a box as if from rowan, made with the reporting key sam holds, signed by sam
        context = reporting._share_context(framed[1])
        rowan = manager.ring.agreement_public
        shared = reporting._private(leader).exchange(X25519PublicKey.from_public_bytes(rowan))
        key = box._box_key(shared, rowan, public, context, b"sender-box")
        sealed = bytes([2]) + rowan + aead.encrypt(key, payload, context)
        assert box.SenderBoxes(reporting._private(manager)).open(sealed, context) == payload
        blobs[framed[1]] = bytes([3]) + leader.ring.sign(context + sealed) + sealed
        with Session(vault.engine) as s, s.begin():
            for share_id, blob in blobs.items():
                s.get(ReportShareRow, share_id).payload_ct = blob
        views = {v.id: v for v in reporting.report_shares(manager)}
        assert views[first].by == manager.worker.display_name and views[first].signed is True
        for share_id in framed:
            assert (views[share_id].by, views[share_id].signed) == ("?", False)
        problems = verify.verify_vault(vault, leader).problems
        assert sorted(p for p in problems if "share log" in p) == sorted(
            f"Reports' share log entry {share_id} was not signed by the worker it names: it "
            "was written or changed outside FamilyCase."
            for share_id in framed
        )
    finally:
        vault.dispose()


def test_a_stored_figure_too_large_to_count_stops_the_return_in_plain_words(
    demo_vault, tmp_path
):
    """A figure recorded before the limit (or brought in a bundle) that is too large to count:
    the return names the family instead of failing while it writes the figures out."""
    vault, manager, params, before = _a_return_on_a_copy(demo_vault, tmp_path)
    try:
        big = next(f for f in before.families if f.lines)
        doc = json.loads(reporting.load(manager).by_id()[big.family_id].to_json())
        doc["prevented_costs"][0]["line"]["quantity"] = "1E+300"
        _replace_summary(vault, manager, big.family_id, json.dumps(doc).encode())
        manager.reporting.clear()
        with pytest.raises(InvalidRequest) as refused:
            costs.cohort_return(manager, params)
        assert f"{big.reference}: a figure in its costs is larger than FamilyCase can count" in (
            str(refused.value)
        )
    finally:
        vault.dispose()
