"""Record what the work prevented: a prevented-cost line, priced from the unit cost library.

The dialog only gathers what was typed: the services' models (``services/costs.py``) decide
what is valid, in plain English, and the services store it. The unit cost library (GMCA and
the organisation's local unit costs) is read on the service thread by the Costs tab and
handed in; searching it here is a look-up, not a rule. The small records around a prevented
cost have dialogs of their own: ``spend_dialog.py``, ``outcome_dialog.py``,
``baseline_dialog.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.costs.library import UnitCost, UnitCostLibrary
from familycase.domain.costs.scenario import BenefitType, EvidenceStrength, PreventedCostLine
from familycase.domain.errors import validated
from familycase.domain.instruments import OutcomeArea
from familycase.gui.common import words
from familycase.gui.common.editor import EditorDialog, ServiceCall
from familycase.gui.common.forms import DateField, check_date_on_edit, enum_combo
from familycase.gui.common.widgets import fit_to_screen
from familycase.services import costs as cost_service
from familycase.services.costs import LOCAL_SOURCE_PREFIX, PreventedCostRecord, PreventedCostStatus
from familycase.services.vault import UserSession

SEARCH_LIMIT = 60
CODE_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("PreventedCostDialog", text)


def is_local(cost: UnitCost) -> bool:
    return cost.source.startswith(LOCAL_SOURCE_PREFIX)


def unit_cost_text(cost: UnitCost) -> str:
    """ "SS2.0 · Child into foster care… · £700.00 per week · 2013-14 prices"."""
    year = cost.price_year or _tr("price year not stated")
    where = _tr("local") if is_local(cost) else "GMCA"
    return (
        f"{cost.code} ({where}) · {cost.description} · {words.money_text(cost.value)} "
        f"{cost.unit.lower()} · {year}"
    )


def percent_spin(value: Decimal | float, tooltip: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setSuffix(" %")
    spin.setValue(round(Decimal(str(value)) * 100))
    spin.setMaximumWidth(130)
    if tooltip:
        spin.setToolTip(tooltip)
    return spin


def share(spin: QSpinBox) -> str:
    return str(Decimal(spin.value()) / 100)


def number_or_none(field: QLineEdit) -> str | None:
    text = field.text().strip().replace(",", "").replace("£", "")
    return text or None


def optional_combo(values: Sequence[Any], text: Any, none_text: str, current: Any) -> QComboBox:
    combo = QComboBox()
    combo.addItem(none_text, None)
    for value in values:
        combo.addItem(text(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class UnitCostPicker(QWidget):
    """A search box over the unit cost library and the matching costs, one to choose."""

    def __init__(self, library: UnitCostLibrary, current: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: foster, A&E, eviction, police, SS2.0…"))
        self.search.setAccessibleName(self.tr("Search the unit costs"))
        self.search.setClearButtonEnabled(True)
        self.search.setProperty("ignoreForChanges", True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching unit costs"))
        self.results.setMinimumHeight(self.results.fontMetrics().height() * 7)
        self.results.setWordWrap(True)  # long unit cost names wrap, never cut off
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen = QLabel()
        self.chosen.setObjectName("hint")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.search)
        column.addWidget(self.results)
        column.addWidget(self.chosen)
        self._code = current
        self.search.textChanged.connect(self._find)
        self.results.currentItemChanged.connect(self._picked)
        self.search.returnPressed.connect(self.results.setFocus)
        if current and library.get(current) is not None:
            self.search.setText(current)
        else:
            self._find("")
        self._describe()

    def _find(self, text: str) -> None:
        found = self.library.search(text, limit=SEARCH_LIMIT) if text.strip() else []
        if not text.strip():
            found = self.library.entries[:SEARCH_LIMIT]
        self.results.blockSignals(True)
        self.results.clear()
        for cost in found:
            item = QListWidgetItem(unit_cost_text(cost))
            item.setData(CODE_ROLE, cost.code)
            item.setToolTip(cost.citation())
            self.results.addItem(item)
            if cost.code == self._code:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        if item is not None:
            self._code = item.data(CODE_ROLE)
            self._describe()

    def _describe(self) -> None:
        cost = self.current()
        if cost is None:
            self.chosen.setText(self.tr("No unit cost chosen yet."))
            return
        self.chosen.setText(
            self.tr("Chosen: {text}. Source: {citation}").format(
                text=unit_cost_text(cost), citation=cost.citation()
            )
        )

    def choose(self, code: str) -> None:
        """Choose a unit cost by its code (as if searched for and picked)."""
        self.search.setText(code)
        for i in range(self.results.count()):
            if self.results.item(i).data(CODE_ROLE) == code:
                self.results.setCurrentRow(i)
                return
        raise KeyError(code)

    def current(self) -> UnitCost | None:
        return self.library.get(self._code) if self._code else None

    def code(self) -> str | None:
        return self._code


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
                "with a published unit cost. Be realistic: the figures are reduced for how "
                "likely it was, what would have happened anyway and how good the evidence is."
            )
        )
        b = self.builder
        self.what = b.add(self.tr("&What was avoided"), QLineEdit(), "What was avoided")
        self.what.setPlaceholderText(self.tr("For example: the youngest child going into care"))
        self.unit_cost = b.add(
            self.tr("&Unit cost"),
            UnitCostPicker(library, current_code),
            "Unit cost",
            self.tr("Search the GMCA unit cost database and your organisation's local costs."),
        )
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
        self.duration = b.add(
            self.tr("For how lon&g"),
            QLineEdit("1"),
            "For how long",
            self.tr(
                "How many of the unit cost's units each one lasts: 52 for a year at a weekly "
                "cost, 1 for a one-off cost."
            ),
        )
        self.duration_unit = b.add(
            self.tr("Duration un&it"), QLineEdit(), "Duration unit", self.tr("For example: weeks")
        )
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
            self.tr("&Deadweight"),
            percent_spin(0),
            "Deadweight",
            words.deadweight_hint(),
        )
        self.attribution = b.add(
            self.tr("&Attribution"),
            percent_spin(1),
            "Attribution",
            words.attribution_hint(),
        )
        b.section(self.tr("Who gains, and when"))
        self.benefit_type = b.add(
            self.tr("&Benefit to"),
            enum_combo(BenefitType, words.benefit_type_text, BenefitType.FISCAL),
            "Benefit type",
        )
        self.cashable = b.add_check(
            self.tr("Cas&hable: a budget is actually freed up (public money only)"),
            QCheckBox(),
            "Cashable",
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
            self.tr("S&tatus"),
            enum_combo(PreventedCostStatus, words.cost_status_text, PreventedCostStatus.PROPOSED),
            "Status",
            self.tr("Only a team leader can agree a line (for example at a closure review)."),
        )
        self.assessed_on = b.add(self.tr("Assessed o&n"), DateField(date.today()), "Assessed on")
        self.assessed_on.setProperty("past_only", True)
        check_date_on_edit(self.assessed_on, self.errors, "Assessed on")
        self.rationale = b.add(
            self.tr("Why we thin&k so"),
            QPlainTextEdit(),
            "Rationale",
            self.tr("What made it likely: for example a strategy discussion, a notice served."),
        )
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(self.rationale.fontMetrics().height() * 4)
        if line is not None and record is not None:
            self._fill(record, line)
        self.save_button.setText(self.tr("&Save prevented cost"))
        fit_to_screen(self, 980, 680)
        self.what.setFocus()
        self.finish_building()

    def _fill(self, record: PreventedCostRecord, line: PreventedCostLine) -> None:
        self.what.setText(line.what_was_avoided)
        self.quantity.setText(f"{line.quantity.normalize():f}")
        self.duration.setText(f"{line.duration.normalize():f}")
        self.duration_unit.setText(line.duration_unit)
        self.probability.setValue(round(line.probability * 100))
        self.evidence.setCurrentIndex(self.evidence.findData(line.evidence_strength))
        self.deadweight.setValue(round(line.deadweight * 100))
        self.attribution.setValue(round(line.attribution * 100))
        self.benefit_type.setCurrentIndex(self.benefit_type.findData(line.benefit_type))
        self.cashable.setChecked(line.cashable)
        self.years.setValue(line.timing.years)
        self.drop_off.setValue(round(line.timing.drop_off * 100))
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
