"""The method's parameters in the cost-saving return dialog: the Green Book discount rates
(standard and health, years 0-30), the long-term schedule after year 30, the years counted (up
to 60) and the optimism bias on estimated costs of the work. What was typed becomes the
engine's ``Parameters`` through ``validated``, so a value it cannot use is refused in its words.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from familycase.domain.costs.scenario import DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS, Parameters
from familycase.domain.errors import DomainValidationError, validated
from familycase.gui.common import words
from familycase.gui.common.editor import error_text

FormRow = tuple[str, QWidget | QHBoxLayout | QVBoxLayout, QWidget]


def labelled_form(rows: list[FormRow]) -> QFormLayout:
    """A form of (label with mnemonic, field or layout, the label's buddy) rows; a line edit
    or spin box buddy is named after its label for screen readers."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    # A label goes above its field when the two do not fit side by side (long Welsh labels).
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for text, field, buddy in rows:
        label = QLabel(text)
        label.setBuddy(buddy)
        if isinstance(buddy, (QLineEdit, QSpinBox)):
            buddy.setAccessibleName(text.replace("&", ""))
        form.addRow(label, field)
    return form


class MethodFields(QWidget):
    """Mnemonics: D discount rate, H health rate, G long-term rates, Y years, O optimism bias."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("returnMethod")
        defaults = Parameters()
        self.discount = self._percent(defaults.discount_rate, words.discount_hint())
        self.health_discount = self._percent(
            defaults.health_discount_rate,
            self.tr(
                "For values of health and life (for example QALYs) the Green Book uses 1.5% a "
                "year for years 0-30."
            ),
        )
        self.long_term = QCheckBox(self.tr("&Green Book's lower rates after year 30"))
        self.long_term.setChecked(True)
        self.long_term.setToolTip(
            self.tr(
                "After year 30 the Green Book's rates decline (3% from year 31, 2.5% from year "
                "76, and so on). Untick for the same rate every year."
            )
        )
        self.horizon = QSpinBox()
        self.horizon.setRange(1, MAX_HORIZON_YEARS)
        self.horizon.setSuffix(self.tr(" years"))
        self.horizon.setValue(DEFAULT_HORIZON_YEARS)
        self.horizon.setMaximumWidth(160)
        self.horizon.setToolTip(
            self.tr("How many years of savings to count (at most 60); anything later is left out.")
        )
        self.cost_bias = self._percent(
            defaults.cost_optimism_bias.estimate,
            self.tr(
                "Added to costs of the work recorded as estimated (never to money spent): 41% "
                "is the upper bound in HM Treasury's optimism bias guidance for service "
                "projects, to be reduced as the estimate's risks are managed."
            ),
        )
        heading = QLabel(self.tr("Method (HM Treasury Green Book)"))
        heading.setObjectName("sectionHeading")
        form = labelled_form(
            [
                (self.tr("&Discount rate"), self._unit(self.discount), self.discount),
                (
                    self.tr("&Health discount rate"),
                    self._unit(self.health_discount),
                    self.health_discount,
                ),
                ("", self.long_term, self.long_term),
                (self.tr("&Years counted"), self.horizon, self.horizon),
                (
                    self.tr("&Optimism bias"),
                    self._unit(self.cost_bias, self.tr("% added to estimated costs")),
                    self.cost_bias,
                ),
            ]
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(heading)
        column.addLayout(form)
        column.addStretch(1)

    @staticmethod
    def _percent(share: object, tooltip: str) -> QLineEdit:
        field = QLineEdit(f"{(Decimal(str(share)) * 100).normalize():f}")
        field.setMaxLength(6)
        field.setMaximumWidth(90)
        field.setToolTip(tooltip)
        return field

    def _unit(self, field: QLineEdit, unit: str = "") -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field)
        row.addWidget(QLabel(unit or self.tr("% a year, years 0-30")))
        row.addStretch(1)
        return row

    def parameters(self) -> Parameters:
        """The engine's parameters as typed, or a plain problem (ValueError) to show."""
        shares: dict[str, Decimal] = {}
        for key, field, name in (
            ("discount_rate", self.discount, self.tr("Discount rate")),
            ("health_discount_rate", self.health_discount, self.tr("Health discount rate")),
            ("estimate", self.cost_bias, self.tr("Optimism bias")),
        ):
            try:
                shares[key] = Decimal(field.text().strip().rstrip("%").strip()) / 100
            except ArithmeticError:
                raise ValueError(
                    self.tr("{name} must be a number of per cent, such as 3.5.").format(name=name)
                ) from None
        values: dict[str, Any] = {
            "discount_rate": shares["discount_rate"],
            "health_discount_rate": shares["health_discount_rate"],
            "horizon_years": self.horizon.value(),
            "cost_optimism_bias": {"estimate": shares["estimate"]},
        }
        if not self.long_term.isChecked():
            values["long_term_rates"] = []  # the year 0-30 rates for every year
        try:
            return validated(Parameters, values)
        except DomainValidationError as exc:
            raise ValueError(error_text(exc)) from None
