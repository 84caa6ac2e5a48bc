"""Record what the work prevented: a prevented-cost line, priced from the unit cost library.

The dialog only gathers what was typed: the services' models (``services/costs.py``) decide
what is valid, in plain English, and the services store it. The unit cost library (GMCA and
the organisation's local unit costs) is read on the service thread by the Costs tab and
handed in; searching it here is a look-up, not a rule (``unit_cost_picker.py``). The small
records around a prevented cost have dialogs of their own: ``spend_dialog.py``,
``outcome_dialog.py``, ``baseline_dialog.py``.

Mnemonics are unique in the window (tests/test_gui_costs_screens.py checks): V what, U unit
cost, M how many, G how long, L likelihood, E evidence, D deadweight, A attribution, P
displacement, K leakage, B substitution, I benefit or disbenefit, F benefit to, Y years, R
drop-off, O outcome area, T status, N assessed on, W why, S save. The two check boxes (cashable,
health rate) have none: Welsh has only 20 letters for the labels, and each label needs one.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.costs.library import UnitCostLibrary
from familycase.domain.costs.scenario import (
    BenefitType,
    DiscountAs,
    Effect,
    EvidenceStrength,
    PreventedCostLine,
)
from familycase.domain.errors import validated
from familycase.domain.instruments import OutcomeArea
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import (
    DateField,
    check_date_on_edit,
    enum_combo,
    error_label,
    hint_label,
)
from familycase.gui.common.widgets import fit_to_screen
from familycase.gui.family_file.costs.fields import (
    number_or_none,
    optional_combo,
    percent_spin,
    set_share,
    share,
)
from familycase.gui.family_file.costs.unit_cost_picker import UnitCostPicker, is_local
from familycase.services import costs as cost_service
from familycase.services.costs import PreventedCostRecord, PreventedCostStatus
from familycase.services.vault import UserSession


class PreventedCostDialog(EditorDialog):
    """Add or change one prevented-cost line: what was avoided, priced from the library, and
    how sure we are that it would have happened."""

    def __init__(
        self,
        session: UserSession,
        family_id: str,
        library: UnitCostLibrary,
        stored: cost_service.Stored[PreventedCostRecord] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Change a prevented cost") if stored else self.tr("Add a prevented cost")
        super().__init__(title, parent)
        self.setObjectName("preventedCostDialog")
        self._session = session
        self._family_id = family_id
        self._record_id = stored.id if stored else None
        record = stored.record if stored else None
        line = record.line if record else None
        self._kept_unit_cost = None
        current_code = None
        if record is not None and record.local_unit_cost_code:
            current_code = record.local_unit_cost_code
        elif line is not None and line.unit_cost.gmca_code:
            current_code = line.unit_cost.gmca_code
        elif line is not None:
            self._kept_unit_cost = line.unit_cost
        self.set_intro(
            self.tr(
                "Something the family would probably have needed without your work, priced "
                "with a published unit cost, or a cost the work caused (a disbenefit). Be "
                "realistic: the figures are reduced for how likely it was, what would have "
                "happened anyway and how good the evidence is."
            )
        )
        b = self.builder
        self.what = b.add(self.tr("What was a&voided"), QLineEdit(), "What was avoided")
        self.what.setPlaceholderText(self.tr("For example: the youngest child going into care"))
        self.unit_cost = b.add(
            self.tr("&Unit cost"),
            UnitCostPicker(library, current_code),
            "Unit cost",
            self.tr("Search the GMCA unit cost database and your organisation's local costs."),
        )
        self.unit_cost.picked.connect(self._unit_cost_picked)
        if self._kept_unit_cost is not None:
            self.unit_cost.chosen.setText(
                self.tr(
                    "Kept as recorded: {value} {unit} ({year} prices). Choose another to change it."
                ).format(
                    value=words.money_text(self._kept_unit_cost.value),
                    unit=self._kept_unit_cost.unit or "",
                    year=self._kept_unit_cost.price_year,
                )
            )
        self.quantity = b.add(
            self.tr("How &many"),
            QLineEdit("1"),
            "How many",
            self.tr("How many times, people or placements (for example 3 A&E visits)."),
        )
        self.duration, self.duration_unit = QLineEdit("1"), QLineEdit()
        b.add(
            self.tr("For how lon&g"),
            self._duration_row(),
            "For how long",
            self.tr(
                "How many of the unit cost's units each one lasts, and what they are: 52 weeks "
                "for a year at a weekly cost, 1 for a one-off cost."
            ),
        )
        self.duration.setAccessibleName(self.tr("For how long"))
        b.section(self.tr("How sure are we?"))
        self.probability = b.add(
            self.tr("&Likelihood"),
            percent_spin(1),
            "Probability it would have happened",
            words.probability_hint(),
        )
        self.evidence = b.add(
            self.tr("&Evidence strength"),
            enum_combo(EvidenceStrength, words.evidence_strength_text, EvidenceStrength.MODERATE),
            "Evidence strength",
            words.optimism_bias_hint(),
        )
        self.deadweight = b.add(
            self.tr("&Deadweight"), percent_spin(0), "Deadweight", words.deadweight_hint()
        )
        self.attribution = b.add(
            self.tr("&Attribution"), percent_spin(1), "Attribution", words.attribution_hint()
        )
        b.section(self.tr("What else changed because of it (additionality)"))
        self.form.addRow(
            hint_label(
                self.tr(
                    "Usually 0%. Take a share off when the gain is offset or goes elsewhere, "
                    "for example a job the parent takes that another jobseeker would have had."
                )
            )
        )
        self.displacement = b.add(
            self.tr("Dis&placement"),
            percent_spin(0),
            "Displacement",
            self.tr(
                "Displacement: the share offset by a loss elsewhere (the job another "
                "jobseeker would have had, offending moved to another area)."
            ),
        )
        self.leakage = b.add(
            self.tr("Lea&kage"),
            percent_spin(0),
            "Leakage",
            self.tr("Leakage: the share going to people or places outside the intended group."),
        )
        self.substitution = b.add(
            self.tr("Su&bstitution"),
            percent_spin(0),
            "Substitution",
            self.tr(
                "Substitution: the share where one activity was swapped for a similar one to "
                "take advantage of the support (an employer replacing an existing worker)."
            ),
        )
        b.section(self.tr("Who gains, and when"))
        self.effect = b.add(
            self.tr("Benefit or d&isbenefit"),
            enum_combo(Effect, effect_choice_text, Effect.BENEFIT),
            "Benefit or disbenefit",
            self.tr(
                "A disbenefit is a cost the work caused (for example more referrals to a "
                "service): worked out like a benefit, never reduced for weak evidence, and "
                "taken off the total."
            ),
        )
        self.benefit_type = b.add(
            self.tr("Bene&fit (or cost) to"),
            enum_combo(BenefitType, words.benefit_type_text, BenefitType.FISCAL),
            "Benefit type",
        )
        self.cashable = b.add_check(
            self.tr("Cashable: a budget is actually freed up (public money only)"),
            QCheckBox(),
            "Cashable",
        )
        self.health = b.add_check(
            self.tr("Health or quality-of-life value: discount at the health rate (1.5% a year)"),
            QCheckBox(),
            "Discount as",
        )
        self.health.setToolTip(
            self.tr(
                "For values of health and life (for example QALYs): HM Treasury's Green Book "
                "discounts them at 1.5% a year instead of 3.5%."
            )
        )
        self.years = QSpinBox()
        self.years.setRange(1, 30)
        self.years = b.add(
            self.tr("For how many &years"),
            self.years,
            "Number of years",
            self.tr("1 for a one-off saving; the cost is counted again in each year."),
        )
        self.drop_off = b.add(
            self.tr("D&rop-off"),
            percent_spin(0),
            "Drop-off per year",
            self.tr("Drop-off: how much of the effect wears off each year after the first."),
        )
        b.section(self.tr("Assessment"))
        self.outcome_area = b.add(
            self.tr("&Outcome area"),
            optional_combo(
                list(OutcomeArea),
                lambda a: a.label,
                self.tr("Not linked to an outcome area"),
                record.outcome_area if record else None,
            ),
            "Outcome area",
        )
        self.status = b.add(
            self.tr("Sta&tus"),
            enum_combo(PreventedCostStatus, words.cost_status_text, PreventedCostStatus.PROPOSED),
            "Status",
            self.tr("Only a team leader can agree a line (for example at a closure review)."),
        )
        self.assessed_on = b.add(self.tr("Assessed o&n"), DateField(date.today()), "Assessed on")
        self.assessed_on.setProperty("past_only", True)
        check_date_on_edit(self.assessed_on, self.errors, "Assessed on")
        self.rationale = b.add(
            self.tr("&Why we think so"),
            QPlainTextEdit(),
            "Rationale",
            self.tr("What made it likely: for example a strategy discussion, a notice served."),
        )
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(self.rationale.fontMetrics().height() * 4)
        if line is not None and record is not None:
            self._fill(record, line)
        self.save_button.setText(self.tr("&Save prevented cost"))
        fit_to_screen(self, 900, 680)
        self.what.setFocus()
        self.finish_building()

    def _duration_row(self) -> QWidget:
        """How long (a number) and its unit on one row; the unit has its own error line."""
        self.duration_unit.setAccessibleName(self.tr("Duration unit"))
        self.duration_unit.setPlaceholderText(self.tr("unit, for example weeks"))
        self.duration.setMaximumWidth(120)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.duration)
        row.addWidget(self.duration_unit, 1)
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        unit_error = error_label()
        column.addWidget(unit_error)
        self.errors.register("Duration unit", self.duration_unit, unit_error)
        cell.setFocusProxy(self.duration)
        return cell

    def _unit_cost_picked(self) -> None:
        refusal = self.unit_cost.refusal()
        if refusal:
            self.errors.set_field("Unit cost", refusal)
        else:
            self.errors.clear_field("Unit cost")

    def _fill(self, record: PreventedCostRecord, line: PreventedCostLine) -> None:
        self.what.setText(line.what_was_avoided)
        self.quantity.setText(f"{line.quantity.normalize():f}")
        self.duration.setText(f"{line.duration.normalize():f}")
        self.duration_unit.setText(line.duration_unit)
        set_share(self.probability, line.probability)
        self.evidence.setCurrentIndex(self.evidence.findData(line.evidence_strength))
        set_share(self.deadweight, line.deadweight)
        set_share(self.attribution, line.attribution)
        set_share(self.displacement, line.displacement)
        set_share(self.leakage, line.leakage)
        set_share(self.substitution, line.substitution)
        self.effect.setCurrentIndex(self.effect.findData(line.effect))
        self.benefit_type.setCurrentIndex(self.benefit_type.findData(line.benefit_type))
        self.cashable.setChecked(line.cashable)
        self.health.setChecked(line.discount_as is DiscountAs.HEALTH)
        self.years.setValue(line.timing.years)
        set_share(self.drop_off, line.timing.drop_off)
        self.status.setCurrentIndex(self.status.findData(record.status))
        self.assessed_on.set_value(line.assessed_on)
        self.rationale.setPlainText(line.rationale)
        self._line = line

    def description(self) -> str:
        what = self.what.text().strip() or self.tr("a prevented cost")
        return self.tr("Prevented cost: {what}").format(what=what)

    def record(self) -> PreventedCostRecord:
        chosen = self.unit_cost.current()
        local_code = None
        unit_cost: dict[str, Any] = {}
        if chosen is not None and is_local(chosen):
            local_code = chosen.code
            unit_cost = {
                "value": chosen.value,
                "price_year": chosen.price_year,
                "unit": chosen.unit,
                "source": chosen.source,
            }
        elif chosen is not None:
            unit_cost = {"gmca_code": chosen.code}
        elif self._kept_unit_cost is not None:
            unit_cost = self._kept_unit_cost.model_dump()
        earlier = getattr(self, "_line", None)
        timing: dict[str, Any] = {"years": self.years.value(), "drop_off": share(self.drop_off)}
        if earlier is not None and earlier.timing.profile is None:
            timing = {
                "first_year": earlier.timing.first_year,
                "amount_is": earlier.timing.amount_is,
                **timing,
            }
        line = {
            "what_was_avoided": self.what.text(),
            "unit_cost": unit_cost,
            "quantity": number_or_none(self.quantity),
            "duration": number_or_none(self.duration) or "1",
            "duration_unit": self.duration_unit.text(),
            "probability": share(self.probability),
            "evidence_strength": self.evidence.currentData(),
            "deadweight": share(self.deadweight),
            "attribution": share(self.attribution),
            "displacement": share(self.displacement),
            "leakage": share(self.leakage),
            "substitution": share(self.substitution),
            "effect": self.effect.currentData(),
            "discount_as": DiscountAs.HEALTH if self.health.isChecked() else DiscountAs.STANDARD,
            "benefit_type": self.benefit_type.currentData(),
            "cashable": self.cashable.isChecked(),
            "timing": timing,
            "assessed_by": earlier.assessed_by if earlier is not None else "",
            "assessed_on": self.assessed_on.value(),
            "rationale": self.rationale.toPlainText(),
        }
        if earlier is not None:
            line["agency"] = earlier.agency
            line["agency_split"] = (
                [s.model_dump() for s in earlier.agency_split] if earlier.agency_split else None
            )
        return validated(
            PreventedCostRecord,
            {
                "line": line,
                "status": self.status.currentData(),
                "outcome_area": self.outcome_area.currentData(),
                "local_unit_cost_code": local_code,
            },
        )

    def build_call(self) -> ServiceCall:
        record = self.record()
        session, family_id, record_id = self._session, self._family_id, self._record_id
        return lambda: cost_service.record_prevented_cost(session, family_id, record, record_id)


def effect_choice_text(effect: Effect) -> str:
    return {
        Effect.BENEFIT: QCoreApplication.translate(
            "PreventedCostDialog", "A benefit: a cost avoided or a value gained"
        ),
        Effect.DISBENEFIT: QCoreApplication.translate(
            "PreventedCostDialog", "A disbenefit: a cost the work caused (taken off the total)"
        ),
    }[effect]
