"""Prevented costs in the vault: local unit costs, deflators, per-family records, scenarios."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from familycase import costs_data
from familycase.domain.costs.engine import evaluate
from familycase.domain.costs.scenario import PreventedCostLine
from familycase.domain.errors import DomainValidationError, validated
from familycase.domain.instruments import OutcomeArea
from familycase.services import costs, retention
from familycase.services.errors import (
    InvalidRequest,
    NoAccessToFamily,
    PermissionDenied,
    UnknownRecord,
)
from familycase.store.schema import (
    ENCRYPTED_COLUMNS,
    AuditRow,
    Base,
    PreventedCostRow,
)

TODAY = date.today()


def _local(code: str = "LOC-FGC", value: str = "1200") -> costs.LocalUnitCost:
    return costs.LocalUnitCost(
        code=code,
        description="Family group conference",
        unit="per conference",
        value=Decimal(value),
        agency="Local authority",
        price_year="2023-24",
        source="Demoford finance team, 2023",
    )


def _line(**extra: object) -> PreventedCostLine:
    data: dict[str, object] = {
        "what_was_avoided": "Secret: youngest child entering care",
        "unit_cost": {"gmca_code": "SS2.0"},
        "quantity": 1,
        "duration": 52,
        "duration_unit": "weeks",
        "probability": "0.4",
        "evidence_strength": "moderate",
        "assessed_on": TODAY,
        "rationale": "Strategy discussion held",
    }
    data.update(extra)
    return PreventedCostLine.model_validate(data)


def test_local_unit_costs_are_added_edited_removed_by_managers_only(team):
    boss = team.unlock("boss")
    costs.add_local_unit_cost(boss, _local())
    assert [v.cost.code for v in costs.local_unit_costs(team.vault)] == ["LOC-FGC"]
    library = costs.combined_library(team.vault)
    entry = library.get("loc-fgc")
    assert entry is not None and entry.value == Decimal("1200")
    assert "Local unit cost (Test Council)" in entry.source
    assert library.get("SS2.0") is not None  # GMCA still there
    costs.edit_local_unit_cost(boss, "LOC-FGC", _local(value="1300"))
    assert costs.local_unit_costs(team.vault)[0].cost.value == Decimal("1300")
    with pytest.raises(InvalidRequest, match="already"):
        costs.add_local_unit_cost(boss, _local())
    with pytest.raises(InvalidRequest, match=r"GMCA code.*not suspect"):
        costs.add_local_unit_cost(boss, _local(code="SS2.0"))
    kw = team.unlock("kw1")
    with pytest.raises(PermissionDenied):
        costs.add_local_unit_cost(kw, _local(code="LOC-2"))
    costs.remove_local_unit_cost(boss, "loc-fgc")
    assert costs.local_unit_costs(team.vault) == []
    with pytest.raises(UnknownRecord):
        costs.remove_local_unit_cost(boss, "LOC-FGC")
    with Session(team.vault.engine) as s:
        actions = s.scalars(select(AuditRow.action).where(AuditRow.object_type == "unit_cost"))
        assert list(actions) == ["create", "edit", "delete"]


def test_deflator_table_defaults_to_shipped_and_can_be_edited(team):
    assert costs.current_deflators(team.vault) == costs_data.default_deflators()
    assert not costs.deflators_in_vault(team.vault)
    admin = team.unlock("admin")
    table = costs.set_deflator_index(admin, "2024-25", Decimal("110"))
    assert table.index["2024-25"] == Decimal("110") and not table.verified
    assert costs.current_deflators(team.vault).index["2024-25"] == Decimal("110")
    assert costs.deflators_in_vault(team.vault)
    replacement = costs_data.default_deflators().model_copy(
        update={"name": "HMT test release", "verified": True}
    )
    costs.set_deflators(admin, replacement)
    assert costs.current_deflators(team.vault).name == "HMT test release"
    with pytest.raises(PermissionDenied):
        costs.set_deflators(team.unlock("kw1"), replacement)
    with pytest.raises(DomainValidationError):
        costs.set_deflator_index(admin, "2024-25", Decimal("-1"))


def test_prevented_cost_lines_are_sealed_and_listed(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    record = costs.PreventedCostRecord(
        line=_line(), outcome_area=OutcomeArea.SAFE_FROM_ABUSE_AND_EXPLOITATION
    )
    line_id = costs.record_prevented_cost(lead, family_id, record)
    stored = costs.prevented_costs(lead, family_id)
    assert [s.id for s in stored] == [line_id]
    assert stored[0].record.line.what_was_avoided.startswith("Secret")
    assert stored[0].record.line.assessed_by == "Lee Leader"  # filled in
    with Session(team.vault.engine) as s:
        row = s.get(PreventedCostRow, line_id)
        assert row.status == "proposed" and row.assessed_on == TODAY
        assert row.outcome_area == "safe_from_abuse_and_exploitation"
        assert b"Secret" not in row.payload_ct and b"SS2.0" not in row.payload_ct
    # Edit, then remove.
    agreed = record.model_copy(update={"status": costs.PreventedCostStatus.AGREED})
    costs.record_prevented_cost(lead, family_id, agreed, line_id)
    assert costs.prevented_costs(lead, family_id)[0].record.status == "agreed"
    costs.remove_prevented_cost(lead, family_id, line_id)
    assert costs.prevented_costs(lead, family_id) == []


def test_key_workers_cannot_agree_lines_or_read_families_they_do_not_hold(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    kw2 = team.unlock("kw2")
    with pytest.raises(NoAccessToFamily):
        costs.prevented_costs(kw2, family_id)
    with pytest.raises(NoAccessToFamily):
        costs.record_prevented_cost(kw2, family_id, costs.PreventedCostRecord(line=_line()))
    with pytest.raises(PermissionDenied):
        costs.record_prevented_cost(
            kw2,
            family_id,
            costs.PreventedCostRecord(line=_line(), status=costs.PreventedCostStatus.AGREED),
        )


def test_unknown_gmca_code_and_local_code_are_refused(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    with pytest.raises(InvalidRequest, match="not in the GMCA"):
        costs.record_prevented_cost(
            lead, family_id, costs.PreventedCostRecord(line=_line(unit_cost={"gmca_code": "ZZ9"}))
        )
    with pytest.raises(UnknownRecord):
        costs.record_prevented_cost(
            lead, family_id, costs.PreventedCostRecord(line=_line(), local_unit_cost_code="NOPE")
        )


def test_local_unit_cost_is_copied_into_the_line(team, make_family):
    costs.add_local_unit_cost(team.unlock("boss"), _local())
    lead = team.unlock("lead")
    family_id = make_family(lead)
    costs.record_prevented_cost(
        lead, family_id, costs.PreventedCostRecord(line=_line(), local_unit_cost_code="LOC-FGC")
    )
    line = costs.prevented_costs(lead, family_id)[0].record.line
    assert line.unit_cost.value == Decimal("1200") and line.unit_cost.price_year == "2023-24"
    assert line.agency == "Local authority" and "LOC-FGC" in (line.unit_cost.source or "")


def test_baseline_outcomes_and_intervention_costs_round_trip(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    bid = costs.record_baseline(
        lead,
        family_id,
        costs.BaselineServiceUse(
            period_start=TODAY - timedelta(days=182),
            period_end=TODAY,
            items=[costs.BaselineItem(service="A&E visits", quantity=3, gmca_code="HE4.0")],
        ),
    )
    oid = costs.record_outcome(
        lead,
        family_id,
        costs.RealisedOutcome(
            outcome_area=OutcomeArea.SECURE_HOUSING,
            what_changed="Tenancy kept",
            achieved_on=TODAY,
        ),
    )
    cid = costs.record_intervention_cost(
        lead,
        family_id,
        costs.InterventionCostEntry(
            kind=costs.InterventionCostKind.KEY_WORKER_TIME,
            spent_on=TODAY,
            description="Key worker",
            hours=10,
            hourly_rate="25.5",
        ),
    )
    assert costs.baselines(lead, family_id)[0].record.items[0].quantity == 3
    assert costs.realised_outcomes(lead, family_id)[0].record.what_changed == "Tenancy kept"
    entry = costs.intervention_costs(lead, family_id)[0].record
    assert entry.total() == Decimal("255")
    with pytest.raises(DomainValidationError):
        validated(
            costs.InterventionCostEntry,
            {"kind": "other", "spent_on": TODAY, "description": "x", "amount": 1, "hours": 2},
        )
    for remove, rid in (
        (costs.remove_baseline, bid),
        (costs.remove_outcome, oid),
        (costs.remove_intervention_cost, cid),
    ):
        remove(lead, family_id, rid)
    assert not costs.baselines(lead, family_id) and not costs.intervention_costs(lead, family_id)


def test_family_scenario_counts_the_period_and_uses_the_engine(team, make_family):
    lead = team.unlock("lead")
    family_id = make_family(lead)
    costs.record_prevented_cost(lead, family_id, costs.PreventedCostRecord(line=_line()))
    costs.record_prevented_cost(
        lead,
        family_id,
        costs.PreventedCostRecord(line=_line(assessed_on=TODAY - timedelta(days=400))),
    )
    costs.record_prevented_cost(
        lead,
        family_id,
        costs.PreventedCostRecord(line=_line(), status=costs.PreventedCostStatus.WITHDRAWN),
    )
    costs.record_intervention_cost(
        lead,
        family_id,
        costs.InterventionCostEntry(
            kind="flexible_spend", spent_on=TODAY, description="Uniform", amount=100
        ),
    )
    params = costs.ReturnParameters(TODAY - timedelta(days=30), TODAY, price_year="2024-25")
    scenario = costs.family_scenario(lead, family_id, params)
    assert scenario is not None
    assert len(scenario.prevented_costs) == 1 and len(scenario.intervention_costs) == 1
    assert scenario.prevented_costs[0].id == "FC-000001/1"
    assert scenario.reporting_price_year == "2024-25"
    result = costs.evaluate_family(lead, family_id, params)
    direct = evaluate(scenario, costs_data.unit_cost_library(), costs_data.default_deflators())
    assert result == direct
    empty = costs.ReturnParameters(TODAY - timedelta(days=900), TODAY - timedelta(days=800))
    assert costs.family_scenario(lead, family_id, empty) is None


def test_every_per_family_table_is_encrypted_and_destroyed_with_the_family():
    family_tables = {
        t.name for t in Base.metadata.sorted_tables if "family_id" in t.c and "payload_ct" in t.c
    }
    new = {"prevented_costs", "baseline_service_use", "realised_outcomes", "intervention_costs"}
    assert new <= family_tables
    assert new <= set(ENCRYPTED_COLUMNS)
    assert new <= {t.__tablename__ for t in retention.FAMILY_TABLES}


def test_a_figure_too_large_to_count_is_refused_when_recorded(team, make_family):
    """Nothing in early help costs a million million: such a figure is a slip, and one near a
    float's limit could not be rounded to the penny when a result is written out."""
    lead = team.unlock("lead")
    family_id = make_family(lead)
    too_much = costs.InterventionCostEntry(
        kind=costs.InterventionCostKind.KEY_WORKER_TIME,
        spent_on=TODAY,
        description="Key worker",
        hours="1E+300",
        hourly_rate="25.5",
    )
    with pytest.raises(InvalidRequest, match=r"^Hours: larger than any figure FamilyCase can"):
        costs.record_intervention_cost(lead, family_id, too_much)
    line = _line().model_copy(update={"quantity": Decimal("2E+12")})
    with pytest.raises(InvalidRequest, match=r"^Quantity: larger than any figure"):
        costs.record_prevented_cost(lead, family_id, costs.PreventedCostRecord(line=line))
    assert not costs.intervention_costs(lead, family_id)
    assert not costs.prevented_costs(lead, family_id)
    # a million million itself is (just) a figure
    at_limit = too_much.model_copy(update={"hours": Decimal(10**12), "hourly_rate": Decimal(1)})
    costs.record_intervention_cost(lead, family_id, at_limit)
    assert costs.intervention_costs(lead, family_id)[0].record.total() == 10**12


def test_a_stored_figure_too_large_to_count_is_refused_plainly_in_the_family(team, make_family):
    """A figure recorded before the limit existed, too large to count: the family's costs are
    refused in plain words naming what to correct, instead of failing while rounding."""
    from familycase.services.records import seal_row

    lead = team.unlock("lead")
    family_id = make_family(lead)
    record_id = costs.record_prevented_cost(
        lead, family_id, costs.PreventedCostRecord(line=_line())
    )
    params = costs.ReturnParameters(TODAY - timedelta(days=30), TODAY, price_year="2024-25")
    assert costs.evaluate_family(lead, family_id, params) is not None
    old = costs.PreventedCostRecord.model_construct(  # as a version before the limit saved it
        line=_line().model_copy(update={"quantity": Decimal("1E+300")})
    )
    with lead.write() as s:
        row = s.get(PreventedCostRow, record_id)
        row.payload_ct = seal_row(lead, old, row)
    with pytest.raises(InvalidRequest) as refused:
        costs.evaluate_family(lead, family_id, params)
    assert str(refused.value) == f"FC-000001: {costs.TOO_LARGE}."
