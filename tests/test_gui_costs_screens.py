"""The costs screens show what issue 18 built: the three returns, the split by kind of benefit,
who invests and who gains, additionality, disbenefits, health discounting, spent or estimated
costs and suspect unit costs, against a real vault and the real services.

Every figure on screen is compared with one the services (or the files the return dialog
wrote) give independently, in a session of the test's own; every screen is checked for
duplicate mnemonics, unnamed inputs, its size (no taller than 700 px) and text cut off.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QWidget,
)

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase import costs_data
from familycase.domain.costs.engine import format_ratio
from familycase.domain.costs.scenario import Parameters
from familycase.gui.common import words
from familycase.gui.costs import figures
from familycase.gui.costs.returns_dialog import ReturnsDialog
from familycase.gui.family_file.costs.baseline_dialog import BaselineDialog
from familycase.gui.family_file.costs.outcome_dialog import OutcomeDialog
from familycase.gui.family_file.costs.prevented_cost_dialog import PreventedCostDialog
from familycase.gui.family_file.costs.spend_dialog import SpendDialog
from familycase.gui.family_file.costs.tab import family_parameters
from familycase.services import costs as cost_service
from familycase.services import families
from familycase.services.costs import (
    InterventionCostEntry,
    InterventionCostKind,
    LocalUnitCost,
    PreventedCostRecord,
    PreventedCostStatus,
    ReturnParameters,
)
from familycase.services.errors import InvalidRequest
from test_gui_accessibility import labels_without_buddies, unnamed_inputs
from test_gui_support import activate, new_family, open_family_window, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures

MAX_HEIGHT = 700
MAX_WIDTH = 1280  # 1920 x 1080 at 150%; 1366 x 768 has room to spare
ASSESSED = date.today() - timedelta(days=3)

# A family with a line of every kind: cashable fiscal, fiscal, economic with displacement,
# social discounted at the health rate, and a disbenefit; spent and estimated costs.
LINES = [
    {
        "what_was_avoided": "Eviction for rent arrears",
        "unit_cost": {"gmca_code": "HO1.0"},
        "quantity": 1,
        "probability": "0.5",
        "evidence_strength": "moderate",
        "deadweight": "0.2",
        "attribution": "0.8",
        "agency": "Housing services",
        "cashable": True,
    },
    {
        "what_was_avoided": "Police attendance at domestic abuse incidents",
        "unit_cost": {"gmca_code": "CR2.0.3"},
        "quantity": 4,
        "probability": "0.6",
        "evidence_strength": "weak",
        "attribution": "0.5",
        "timing": {"years": 3, "drop_off": "0.3"},
    },
    {
        "what_was_avoided": "Lost earnings: parent back into work",
        "unit_cost": {
            "value": 9000,
            "unit": "per year",
            "price_year": "2024-25",
            "source": "Local estimate (fictional)",
        },
        "quantity": 1,
        "probability": "0.3",
        "evidence_strength": "weak",
        "deadweight": "0.25",
        "attribution": "0.6",
        "displacement": "0.2",
        "leakage": "0.1",
        "substitution": "0.05",
        "benefit_type": "economic",
        "timing": {"years": 2},
    },
    {
        "what_was_avoided": "Loneliness: two points on the scale (QALY)",
        "unit_cost": {
            "value": 325,
            "unit": "per scale point",
            "price_year": "2014-15",
            "source": "Loneliness scale valuation (fictional use)",
        },
        "quantity": 2,
        "probability": "0.8",
        "evidence_strength": "moderate",
        "attribution": "0.5",
        "benefit_type": "social",
        "discount_as": "health",
        "timing": {"years": 2},
    },
    {
        "what_was_avoided": "CAMHS sessions the referral added",
        "unit_cost": {"gmca_code": "HE12.6"},
        "quantity": 6,
        "probability": "0.8",
        "evidence_strength": "weak",
        "effect": "disbenefit",
    },
]


def settle(qtbot) -> None:
    from familycase.gui.common.tasks import wait_for_background_work

    for _ in range(3):
        wait_for_background_work()
        qtbot.wait(30)
    wait_for_background_work()


def varied_family(gui_team, surname: str) -> str:
    session = gui_team.unlock("lead")
    try:
        family_id = new_family(session, surname)
        for line in LINES:
            cost_service.record_prevented_cost(
                session,
                family_id,
                PreventedCostRecord(
                    line={**line, "assessed_on": ASSESSED, "rationale": "Fictional."},
                    status=PreventedCostStatus.AGREED,
                ),
            )
        cost_service.record_intervention_cost(
            session,
            family_id,
            InterventionCostEntry(
                kind=InterventionCostKind.KEY_WORKER_TIME,
                spent_on=ASSESSED,
                description="Key worker time",
                hours=Decimal(60),
                hourly_rate=Decimal("32.50"),
                agency="Early help service",
            ),
        )
        cost_service.record_intervention_cost(
            session,
            family_id,
            InterventionCostEntry(
                kind=InterventionCostKind.COMMISSIONED_SERVICE,
                spent_on=ASSESSED,
                description="Step-down support (planned)",
                amount=Decimal(600),
                basis="estimate",
                agency="Early help service",
            ),
        )
        return family_id
    finally:
        session.lock()


def evaluated(gui_team, family_id: str):
    session = gui_team.unlock("lead")
    try:
        return cost_service.evaluate_family(session, family_id, family_parameters())
    finally:
        session.lock()


def costs_tab(qtbot, window, family_id):
    family = open_family_window(qtbot, window, family_id)
    activate(qtbot, family)
    family.show_tab("costs")
    when(qtbot, lambda: family.costs.data is not None and not family.costs.is_loading)
    return family, family.costs


def table_rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def money(text: str) -> str:
    """A CSV amount ("1234.50") as the screens show it ("£1,234.50"). The CSV writer puts an
    apostrophe before a negative amount (a cell starting with "-" could be a formula)."""
    return words.money_text(Decimal(text.removeprefix("'")))


# --- what a screen must not do -------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter after a single & ("&&" is a literal ampersand), lower case."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def duplicate_mnemonics(root: QWidget) -> dict[str, list[str]]:
    """Mnemonics used more than once among the visible labels (with buddies), buttons and tabs
    of ``root``'s window: Qt would cycle between them, or reach the wrong one."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = mnemonic(text)
        if key:
            found.setdefault(key, []).append(text)

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(
            widget, QAbstractButton
        ):
            add(widget.text())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
    return {key: texts for key, texts in found.items() if len(texts) > 1}


def _scrolls(widget: QWidget, root: QWidget) -> bool:
    """Inside a scroll area's content (or a view's own parts): it may lie outside, by design."""
    current = widget.parentWidget()
    while current is not None and current is not root:
        if isinstance(current, QAbstractScrollArea):
            return True
        current = current.parentWidget()
    return False


def cut_off(root: QWidget) -> list[str]:
    """Visible widgets squeezed below their minimum height, wrapped text shorter than it needs,
    or widgets that stick out of their parent (outside scroll areas)."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or _scrolls(widget, root):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', str)()!r}"
        parent = widget.parentWidget()
        if parent is not None and not parent.rect().adjusted(-1, -1, 1, 1).contains(
            widget.geometry()
        ):
            problems.append(f"{name} sticks out of its parent")
        squeezable = (QLineEdit, QCheckBox, QPushButton, QComboBox, QSpinBox)
        if (
            isinstance(widget, squeezable)
            and widget.height() < widget.minimumSizeHint().height() - 1
        ):
            problems.append(f"{name} squeezed to {widget.height()} px")
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed - 1:
                problems.append(f"{name} needs {needed} px, has {widget.height()}")
    return problems


def check_screen(qtbot, window: QWidget) -> None:
    """Keyboard, screen reader and size checks for one window as it is shown now."""
    qtbot.wait(20)
    assert duplicate_mnemonics(window) == {}, window.objectName()
    assert unnamed_inputs(window) == [], window.objectName()
    assert window.height() <= MAX_HEIGHT and window.width() <= MAX_WIDTH, window.size()
    assert window.minimumSizeHint().height() <= MAX_HEIGHT, window.objectName()
    assert cut_off(window) == [], window.objectName()


# --- the Costs tab -------------------------------------------------------------------------------


def test_costs_tab_shows_the_three_returns_and_the_split(qtbot, gui_team, start_app):
    family_id = varied_family(gui_team, "Threefold")
    result = evaluated(gui_team, family_id)
    assert result is not None and result.summary is not None and result.benefits is not None
    summary = result.summary
    assert summary.economic_benefit > 0 and summary.social_benefit > 0
    assert result.benefits.disbenefits.present_value < 0

    controller = start_app("lead")
    _family, tab = costs_tab(qtbot, controller.main_window, family_id)
    box = tab.result_box
    assert box.returns.isVisible() and not box.headline.isVisible()

    names = {
        "financial_cashable": "Cashable return",
        "financial": "Financial return (all public purse)",
        "public_value": "Public value return (incl. economic and social)",
    }
    layout = box.returns.layout()
    shown = [layout.itemAt(i).widget().measure for i in range(layout.count())]
    assert shown == ["financial_cashable", "financial", "public_value"]  # cashable first
    for measure in summary.measures:
        card = box.returns.cards[measure.measure]
        assert card.name.text() == names[measure.measure]
        assert card.ratio.text() == measure.ratio_text
        assert words.money_text(measure.ratio) in card.per_pound.text()
        figures_text = figures.plain(card.figures.text())
        assert words.money_text(measure.benefit) in figures_text
        assert words.money_text(measure.net_present_value) in figures_text
        assert format_ratio(measure.ratio_undiscounted) in figures_text
        assert card.accessibleName().startswith(names[measure.measure])
    # "costs avoided" is said of the financial return only
    assert "costs avoided" in box.returns.cards["financial"].per_pound.text()
    assert "costs avoided" not in box.returns.cards["public_value"].per_pound.text()
    # the public value ratio is the total benefit over the total cost, as the engine says
    per_pound = box.returns.cards["public_value"].per_pound.text()
    assert words.money_text(summary.total_benefit / summary.total_cost) in per_pound

    split = box.split.text()
    for amount in (
        summary.fiscal_benefit,
        summary.fiscal_cashable_benefit,
        summary.economic_benefit,
        summary.social_benefit,
        result.benefits.disbenefits.present_value,
    ):
        assert words.money_text(amount) in split
    assert words.money_text(summary.net_present_budget_impact) in box.budget.text()
    assert "cashable benefit only" in box.budget.text()

    rows = table_rows(tab.lines)
    by_what = {row[0]: row for row in rows}
    camhs = by_what["CAMHS sessions the referral added"]
    line = next(x for x in result.lines if x.effect == "disbenefit")
    assert camhs[1] == "Disbenefit" and camhs[2] == words.money_text(line.steps.present_value)
    assert camhs[2].startswith("-£")
    assert by_what["Eviction for rent arrears"][3] == "Public money, cashable"
    assert by_what["Loneliness: two points on the scale (QALY)"][3] == "Social (health rate)"
    assert table_rows(tab.spend)[-1][4] in ("Spent", "Estimated")
    assert {row[4] for row in table_rows(tab.spend)} == {"Spent", "Estimated"}

    gains = {row[0]: row for row in table_rows(tab.invest_gain)}
    assert len(gains) == len(result.who_invests_who_gains)
    for g in result.who_invests_who_gains:
        assert gains[g.agency][1] == words.money_text(g.invests)
        assert gains[g.agency][6] == words.money_text(g.gains_total)
        assert gains[g.agency][7] == words.money_text(g.net)

    tab._show_working()
    assert tab.working is not None
    text = tab.working.text.toPlainText()
    assert "(additionality)" in text and "displacement" in text and "substitution" in text
    economic = next(x for x in result.lines if x.benefit_type == "economic")
    assert words.money_text(economic.steps.after_additionality) in text
    assert "Not reduced for a disbenefit" in text
    assert "health rate" in text and "3.5% in years 0-30" in text
    assert "Estimated, so increased by 41%" in text and "Spent (actual)" in text
    assert "Who invests and who gains" in text
    for sv in result.sensitivity.switching_values:
        assert sv.explanation in text
    for warning in result.warnings:
        assert warning in text
    check_screen(qtbot, tab.working)
    tab.working.close()


def test_costs_tab_keyboard_and_size(qtbot, gui_team, start_app):
    family_id = varied_family(gui_team, "Keyboard")
    controller = start_app("lead")
    family, tab = costs_tab(qtbot, controller.main_window, family_id)
    for width in (1280, 1100):
        family.resize(width, MAX_HEIGHT)
        for page in range(tab.sections.count()):
            tab.sections.setCurrentIndex(page)
            qtbot.wait(20)
            assert duplicate_mnemonics(family) == {}, tab.sections.tabText(page)
            assert unnamed_inputs(family) == []
            assert cut_off(tab) == [], tab.sections.tabText(page)
    assert tab.minimumSizeHint().height() <= MAX_HEIGHT - 150  # the window's header and tabs

    for add, kind in (
        (tab._add_line, PreventedCostDialog),
        (tab._add_spend, SpendDialog),
        (tab._add_outcome, OutcomeDialog),
        (tab._add_baseline, BaselineDialog),
    ):
        add()
        dialog = family.open_editors()[-1]
        assert isinstance(dialog, kind)
        assert labels_without_buddies(dialog) == [], dialog.objectName()
        check_screen(qtbot, dialog)
        dialog.discard_changes()


# --- the prevented-cost and spend dialogs --------------------------------------------------------


def test_suspect_unit_cost_is_marked_and_refused(qtbot, gui_team, start_app):
    family_id = varied_family(gui_team, "Suspicious")
    entry = costs_data.unit_cost_library().get("SS11.2")
    assert entry is not None and entry.suspect  # the library check marks it
    session = gui_team.unlock("lead")
    try:
        with pytest.raises(InvalidRequest) as refused:
            cost_service.record_prevented_cost(
                session,
                family_id,
                PreventedCostRecord(
                    line={
                        "what_was_avoided": "Home care",
                        "unit_cost": {"gmca_code": "SS11.2"},
                        "quantity": 10,
                        "evidence_strength": "moderate",
                    }
                ),
            )
        before = len(cost_service.prevented_costs(session, family_id))
    finally:
        session.lock()
    message = str(refused.value)
    assert "SS11.2" in message

    controller = start_app("lead")
    family, tab = costs_tab(qtbot, controller.main_window, family_id)
    tab._add_line()
    dialog = family.open_editors()[-1]
    picker = dialog.unit_cost
    picker.search.setText("SS11")
    items = {
        picker.results.item(i).data(Qt.ItemDataRole.UserRole): picker.results.item(i)
        for i in range(picker.results.count())
    }
    assert "SUSPECT VALUE" in items["SS11.2"].text()
    assert entry.suspect in items["SS11.2"].toolTip()
    assert "SUSPECT" not in items["SS11.1"].text()  # its neighbour is an ordinary entry

    picker.choose("SS11.2")
    assert dialog.errors.field_message("Unit cost") == message  # refused when chosen
    assert "Cannot be used" in picker.chosen.text()
    dialog.what.setText("Home care")
    dialog.quantity.setText("10")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not dialog.is_busy and dialog.errors.general_message())
    assert dialog.errors.general_message() == message  # and refused by the service
    assert dialog.isVisible()
    dialog.discard_changes()
    settle(qtbot)
    session = gui_team.unlock("lead")
    try:
        assert len(cost_service.prevented_costs(session, family_id)) == before
    finally:
        session.lock()


def test_new_fields_round_trip_through_the_services(qtbot, gui_team, start_app):
    family_id = varied_family(gui_team, "Roundtrip")
    controller = start_app("lead")
    family, tab = costs_tab(qtbot, controller.main_window, family_id)
    tab._add_line()
    dialog = family.open_editors()[-1]
    dialog.what.setText("Extra appointments the plan added")
    dialog.unit_cost.choose("HE4.0")
    dialog.quantity.setText("2")
    dialog.displacement.setValue(20)
    dialog.leakage.setValue(10)
    dialog.substitution.setValue(5)
    dialog.effect.setCurrentIndex(dialog.effect.findData("disbenefit"))
    dialog.benefit_type.setCurrentIndex(dialog.benefit_type.findData("social"))
    dialog.health.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not family.open_editors())
    when(qtbot, lambda: tab.lines.rowCount() == len(LINES) + 1 and not tab.is_loading)
    settle(qtbot)

    def stored_line():
        session = gui_team.unlock("lead")
        try:
            stored = cost_service.prevented_costs(session, family_id)
        finally:
            session.lock()
        return next(s for s in stored if s.record.line.what_was_avoided.startswith("Extra"))

    saved = stored_line()
    line = saved.record.line
    assert line.displacement == Decimal("0.2")
    assert line.leakage == Decimal("0.1")
    assert line.substitution == Decimal("0.05")
    assert line.effect == "disbenefit" and line.discount_as == "health"
    assert line.benefit_type == "social"

    # Opened again, the dialog shows what was stored; a change goes back through the service.
    row = next(
        r
        for r in range(tab.lines.rowCount())
        if tab.lines.item(r, 0).text() == line.what_was_avoided
    )
    tab.lines.selectRow(row)
    tab._edit_line()
    editor = family.open_editors()[-1]
    assert (editor.displacement.value(), editor.leakage.value(), editor.substitution.value()) == (
        20,
        10,
        5,
    )
    assert editor.effect.currentData() == "disbenefit" and editor.health.isChecked()
    editor.leakage.setValue(15)
    editor.effect.setCurrentIndex(editor.effect.findData("benefit"))
    editor.health.setChecked(False)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not family.open_editors())
    settle(qtbot)
    line = stored_line().record.line
    assert line.leakage == Decimal("0.15") and line.displacement == Decimal("0.2")
    assert line.effect == "benefit" and line.discount_as == "standard"

    # Spent or estimated
    tab._add_spend()
    spend = family.open_editors()[-1]
    assert spend.basis.currentData() == "actual"  # money spent, unless said otherwise
    spend.what.setText("Family group conference (planned)")
    spend.amount.setText("450")
    spend.basis.setCurrentIndex(spend.basis.findData("estimate"))
    qtbot.mouseClick(spend.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: not family.open_editors())
    settle(qtbot)
    session = gui_team.unlock("lead")
    try:
        entries = cost_service.intervention_costs(session, family_id)
    finally:
        session.lock()
    planned = next(e for e in entries if e.record.description.startswith("Family group"))
    assert planned.record.basis == "estimate" and planned.record.amount == 450
    when(qtbot, lambda: tab.spend.rowCount() == len(entries) and not tab.is_loading)
    spend_rows = {row[2]: row for row in table_rows(tab.spend)}
    assert spend_rows["Family group conference (planned)"][4] == "Estimated"


# --- the cost-saving return dialog -------------------------------------------------------------


def returns_dialog(controller, family_id: str, folder) -> ReturnsDialog:
    session = controller.main_window.session
    reference = families.open_family(session, family_id).file.reference
    dialog = ReturnsDialog(session, [(family_id, reference)], controller.main_window)
    dialog.selected_choice.setChecked(True)
    dialog.location.setText(str(folder))
    dialog.period_from.set_value(date.today() - timedelta(days=30))
    dialog.period_to.set_value(date.today())
    dialog.pdf.setChecked(False)
    return dialog


def test_returns_dialog_shows_what_its_files_say(qtbot, gui_team, start_app, tmp_path):
    family_id = varied_family(gui_team, "Returning")
    controller = start_app("lead")
    dialog = returns_dialog(controller, family_id, tmp_path)
    dialog.show()
    check_screen(qtbot, dialog)
    # the method: health rate, a flat rate (no long-term schedule), 40 years, 30% on estimates
    dialog.health_discount.setText("1.5")
    dialog.long_term.setChecked(False)
    dialog.horizon.setValue(40)
    assert dialog.horizon.maximum() == 60
    dialog.cost_bias.setText("30")
    dialog.csv.setChecked(True)
    dialog.xlsx.setChecked(True)
    params = dialog.parameters()
    method = params.parameters
    assert method.discount_rate == Parameters().discount_rate
    assert method.health_discount_rate == Decimal("0.015")
    assert method.long_term_rates == [] and method.horizon_years == 40
    assert method.cost_optimism_bias.estimate == Decimal("0.3")
    dialog.run()
    when(qtbot, lambda: not dialog.is_busy)
    assert not dialog.problem.text(), dialog.problem.text()
    assert dialog.pages.currentWidget() is dialog.results
    settle(qtbot)
    if dialog.question is not None:
        dialog.question.close()

    # the same return, made independently
    session = gui_team.unlock("lead")
    try:
        ret = cost_service.cohort_return(
            session,
            ReturnParameters(
                date.today() - timedelta(days=30), date.today(), parameters=params.parameters
            ),
            family_ids=[family_id],
        )
    finally:
        session.lock()
    assert ret.total is not None and ret.total.summary is not None
    assert ret.total.parameters.horizon_years == 40
    assert len(ret.total.parameters.discount_schedule) == 1  # flat: no long-term bands
    assert ret.total.parameters.cost_optimism_bias["estimate"] == Decimal("0.3")

    results = dialog.results
    cards = results.returns.cards
    csv_path = next(p for p in dialog.written if p.suffix == ".csv")
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    measures = [r for r in rows if r["view"] == "measure"]
    assert [m["benefit_type"] for m in measures] == list(figures.MEASURES)
    for row, measure in zip(measures, ret.total.summary.measures, strict=True):
        card = cards[row["benefit_type"]]
        assert card.ratio.text() == measure.ratio_text
        if measure.ratio is not None:  # a number in the file, never "1:x" text
            assert card.ratio.text() == f"1:{Decimal(row['ratio']).normalize():f}"
        assert money(row["benefit_cost_ratio"]) in card.per_pound.text()
        text = figures.plain(card.figures.text())
        assert money(row["benefit_present_value"]) in text
        assert money(row["net_present_value"]) in text

    split_csv = [r for r in rows if r["view"] == "split"]
    split_screen = table_rows(results.split)
    assert len(split_screen) == len(split_csv) == 5
    for shown, row in zip(split_screen, split_csv, strict=True):
        assert shown[2] == money(row["benefit_present_value"])
        assert shown[3] == money(row["benefit_undiscounted"])
    assert split_screen[-1][0] == "Total (public value)"

    invest_csv = {r["name"]: r for r in rows if r["view"] == "invest_gain"}
    invest_screen = {row[0]: row for row in table_rows(results.invest_gain)}
    assert invest_screen.keys() == invest_csv.keys()
    for agency, row in invest_csv.items():
        assert invest_screen[agency][1] == money(row["cost_present_value"])
        assert invest_screen[agency][6] == money(row["benefit_present_value"])
        assert invest_screen[agency][7] == money(row["net_present_value"])

    xlsx_path = next(p for p in dialog.written if p.suffix == ".xlsx")
    wb = load_workbook(xlsx_path)
    returns_sheet = wb["Returns"]
    for r, measure in enumerate(ret.total.summary.measures, start=6):
        card = cards[measure.measure]
        text = figures.plain(card.figures.text())
        assert words.money_text(Decimal(str(returns_sheet[f"B{r}"].value))) in text
    split_sheet = wb["Benefit split"]
    for r, shown in enumerate(split_screen[:-1], start=6):
        assert words.money_text(Decimal(str(split_sheet[f"C{r}"].value))) == shown[2]
    invest_sheet = wb["Who invests and gains"]
    for r in range(6, 6 + len(invest_screen)):
        agency = invest_sheet[f"A{r}"].value
        assert invest_screen[agency][1] == words.money_text(
            Decimal(str(invest_sheet[f"B{r}"].value))
        )

    assert words.money_text(ret.total.summary.net_present_budget_impact) in results.budget.text()
    check_screen(qtbot, dialog)
    dialog.pages.setCurrentIndex(0)
    check_screen(qtbot, dialog)
    dialog.close()


def test_a_return_that_cannot_be_counted_is_explained_in_full(qtbot, gui_team, start_app, tmp_path):
    family_id = varied_family(gui_team, "Unsound")
    # A line recorded while a local cost replaced a suspect entry, which was then removed:
    # the line now points at the suspect value, and the services refuse to count it.
    boss = gui_team.unlock("boss")
    try:
        cost_service.add_local_unit_cost(
            boss,
            LocalUnitCost(
                code="SS11.2",
                description="Home care per hour (checked)",
                unit="per hour",
                value=Decimal("18.50"),
                agency="Adult social care",
                price_year="2013-14",
                source="Checked against the published workbook (fictional)",
            ),
        )
    finally:
        boss.lock()
    session = gui_team.unlock("lead")
    try:
        cost_service.record_prevented_cost(
            session,
            family_id,
            PreventedCostRecord(
                line={
                    "what_was_avoided": "Home care",
                    "unit_cost": {"gmca_code": "SS11.2"},
                    "quantity": 10,
                    "evidence_strength": "moderate",
                    "assessed_on": ASSESSED,
                }
            ),
        )
    finally:
        session.lock()
    boss = gui_team.unlock("boss")
    try:
        cost_service.remove_local_unit_cost(boss, "SS11.2")
    finally:
        boss.lock()
    session = gui_team.unlock("lead")
    try:
        with pytest.raises(InvalidRequest) as refused:
            cost_service.cohort_return(
                session,
                ReturnParameters(date.today() - timedelta(days=30), date.today()),
                family_ids=[family_id],
            )
        with pytest.raises(InvalidRequest) as family_refused:
            cost_service.evaluate_family(session, family_id, family_parameters())
    finally:
        session.lock()

    controller = start_app("lead")
    dialog = returns_dialog(controller, family_id, tmp_path)
    dialog.show()
    dialog.run()
    when(qtbot, lambda: not dialog.is_busy)
    assert dialog.problem.text() == str(refused.value)
    assert "SS11.2" in dialog.problem.text()
    assert not dialog.results.returns.isVisibleTo(dialog.results)  # no figures to mistake
    assert list(tmp_path.iterdir()) == []
    assert cut_off(dialog) == []
    dialog.close()

    _family, tab = costs_tab(qtbot, controller.main_window, family_id)
    assert tab.result_box.problem.text() == str(family_refused.value)
    assert not tab.result_box.returns.isVisible()
    assert tab.lines.rowCount() == len(LINES) + 1  # the records are still there to fix


def test_the_screen_checks_fail_when_they_should(qtbot):
    """The checks above catch what they are for: a mnemonic used twice, a squeezed tick box,
    a label with too little room for its wrapped text."""
    from PySide6.QtWidgets import QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(400, 300)
    inner = QWidget(window)  # not a window, so its layout cannot make it any bigger
    inner.setFixedSize(160, 60)  # far too small for what it holds
    column = QVBoxLayout(inner)
    field = QLineEdit()
    label = QLabel("&Status")
    label.setBuddy(field)
    boxes = [QCheckBox(f"Tick box {n}") for n in range(6)]
    note = QLabel("A long note that has to wrap over several lines in a narrow window. " * 4)
    note.setWordWrap(True)
    for widget in (label, field, QPushButton("&Save"), *boxes, note):
        column.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    assert duplicate_mnemonics(window) == {"s": ["&Status", "&Save"]}
    problems = cut_off(window)
    assert any("squeezed" in p for p in problems)
    assert any("needs" in p for p in problems)
    assert mnemonic("Fish && &Chips") == "c" and mnemonic("No mnemonic") is None
