"""Screenshots of the desktop app for docs/screenshots/, taken against fresh temporary vaults.

Run under a virtual display (no real screen needed):

    xvfb-run -a -s "-screen 0 1400x900x24" python scripts/screenshots.py

At 150% scaling, as on many council laptops (1920x1080 at 150% = 1280x720 usable):

    QT_SCALE_FACTOR=1.5 xvfb-run -a -s "-screen 0 1920x1080x24" \
        python scripts/screenshots.py --suffix -150 --out /tmp/shots

Screens: the first-run wizard (welcome, administrator, recovery key), unlock, caseload, search,
team overview, new family, and a family file (household, work, contacts, chronology,
assessments, an assessment form, outcomes, plan and reviews, costs with who pays and who gains,
the working and the prevented-cost dialog, risks and alerts, documents), the cost-saving return
(settings and results), consent, the panel pack and the audit log, and the practice records'
dialogs (scripts/practice_shots.py), and management oversight: the in-tray of a team leader
and of a key worker, approving, allocating with a suggestion, supervision, the organisation
settings, the Family tree and Oversight sections (scripts/oversight_shots.py). The family
shown is given two outcome readings, a family plan and an Early Help Assessment draft through
the services where the demo has none.
Vaults are built with the fast, insecure KDF in a temporary folder and deleted afterwards;
the recovery key shown is from a throwaway vault.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from oversight_shots import give_oversight, give_tree, key_worker_and_admin, oversight_screens
from practice_shots import give_practice, practice_screens
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from familycase import i18n
from familycase.crypto.kdf import INSECURE_FAST_FOR_TESTS
from familycase.demo import DEMO_PASSWORD, build_demo
from familycase.domain.assessment import Answer, StrengthsNeeds
from familycase.domain.enums import AgencyType
from familycase.domain.instruments import EARLY_HELP_ASSESSMENT, FAMILY_PROGRESS_MEASURE
from familycase.domain.plan import ActionStatus, FamilyPlan, PlanAction, PlanOutcome
from familycase.gui.admin.preferences import Preferences
from familycase.gui.app import AppController
from familycase.gui.common.style import apply_style
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.family_file.assessments.assessment_dialog import AssessmentDialog
from familycase.gui.family_file.window import FamilyFileWindow
from familycase.gui.main_window import MainWindow
from familycase.gui.session.first_run import FirstRunWizard
from familycase.services import assessments, plans
from familycase.services import consent as consent_service
from familycase.services.caseload import CaseloadRow, NameIndex
from familycase.services.vault import Vault

REPO = Path(__file__).resolve().parent.parent
WINDOW_SIZE = (1280, 720)
DIALOG_SIZE = (760, 640)


def wait_until(app: QApplication, done: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.02)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let layouts, style sheet polish and painting finish."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.01)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"saved {path}")


def search_term(window: MainWindow) -> str:
    """A first name a few (not all) families in the list share: a realistic search."""
    rows = window.visible_rows()
    index = NameIndex(rows)
    for row in rows:
        for name in row.member_names:
            given = name.split()[0]
            if 2 <= len(index.search(given)) <= 5:
                return given
    return rows[0].member_names[0].split()[0] if rows and rows[0].member_names else "a"


def busy_family(window: MainWindow) -> CaseloadRow:
    """An open, allocated family with several people: the fullest family file to show."""
    rows = [r for r in window.visible_rows() if r.lead_worker_id and r.family_name]
    rows.sort(key=lambda r: (r.last_contact_on is None, -r.member_count))
    return rows[0]


FIRST_SCORES = {
    "learning": 3,
    "health": 4,
    "getting_on": 2,
    "children_safe": 5,
    "home": 3,
    "money_work": 2,
    "out_of_trouble": 6,
}
LATEST_SCORES = {
    "learning": 6,
    "health": 5,
    "getting_on": 5,
    "children_safe": 7,
    "home": 3,
    "money_work": 4,
    "out_of_trouble": 6,
}


def give_progress(vault: Vault, family_id: str) -> None:
    """Two outcome readings, a family plan and an assessment draft for the family shown, where
    the demo has not made them (through the services, as a worker would)."""
    session = vault.unlock("sam", DEMO_PASSWORD)
    try:
        history = assessments.outcome_history(session, family_id)
        if len(history.readings) < 2:
            today = date.today()
            for on, scores in ((today - timedelta(weeks=12), FIRST_SCORES), (today, LATEST_SCORES)):
                view = assessments.start_assessment(
                    session, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=on
                )
                for area, score in scores.items():
                    view.assessment.set_answer(Answer(question_id=area, value=score))
                assessments.complete_assessment(session, family_id, view.id, view.assessment)
        if plans.current_plan(session, family_id) is None:
            plans.save_plan(
                session,
                family_id,
                FamilyPlan(
                    outcomes=[PlanOutcome(text="Calmer mornings; the children at school on time.")],
                    actions=[
                        PlanAction(
                            what="Agree a morning routine chart with the children",
                            who="Key worker",
                            agency_type=AgencyType.EARLY_HELP,
                            by_when=date.today() + timedelta(days=21),
                            status=ActionStatus.IN_PROGRESS,
                        ),
                        PlanAction(
                            what="Weekly check-in with the school's pastoral lead",
                            who="Ms Demo Teacher",
                            agency_type=AgencyType.SCHOOL,
                            by_when=date.today() + timedelta(days=42),
                        ),
                    ],
                ),
            )
        versions = plans.plan_versions(session, family_id)
        if len(versions) == 1:  # a second version, so the version picker has something to show
            plan = versions[0].plan
            actions = [
                a.model_copy(update={"status": ActionStatus.IN_PROGRESS}) if n == 0 else a
                for n, a in enumerate(plan.actions)
            ]
            plans.save_plan(
                session,
                family_id,
                plan.model_copy(
                    update={"actions": actions, "change_note": "First action under way"}
                ),
            )
        listed = assessments.list_assessments(session, family_id)
        if not any(item.instrument_key.startswith(EARLY_HELP_ASSESSMENT) for item in listed):
            view = assessments.start_assessment(session, family_id, EARLY_HELP_ASSESSMENT)
            answers = {
                "reason": "DEMO DATA. School worried about attendance and mornings at home.",
                "family_hopes": "DEMO DATA. Mornings without shouting; the children in school.",
            }
            for question_id, text in answers.items():
                view.assessment.set_answer(Answer(question_id=question_id, value=text))
            child = next(
                (s.member_id for s in view.assessment.subjects if s.group == "child"), None
            )
            if child is not None:
                view.assessment.set_answer(
                    Answer(
                        question_id="health",
                        member_id=child,
                        value=StrengthsNeeds(
                            strengths="DEMO DATA. Healthy; registered with the GP.",
                            needs="DEMO DATA. Sleep: often up late on a tablet.",
                        ),
                    )
                )
            assessments.save_draft(session, family_id, view.assessment, view.revision)
    finally:
        session.lock()


def give_consent(vault: Vault, family_id: str) -> None:
    """Consent for everyone in the family shown (one expiring soon, one withdrawn), a decision
    to share without consent and a share log entry, through the services."""
    from familycase.domain.consent import (
        ConsentMethod,
        ConsentRecord,
        GivenBy,
        InfoCategory,
        LawfulBasis,
        Purpose,
        SharingOverride,
    )
    from familycase.services import families
    from familycase.services.consent import Recipient

    session = vault.unlock("sam", DEMO_PASSWORD)
    try:
        if consent_service.consents(session, family_id):
            return
        today = date.today()
        members = families.open_family(session, family_id).file.members
        adults = [m for m in members if (m.age_on(today) or 0) >= 18]
        parent = adults[0] if adults else members[0]
        for n, member in enumerate(members):
            is_parent = member.id == parent.id
            given = today - timedelta(days=340 if n % 2 else 60)
            record = ConsentRecord(
                member_id=member.id,
                given_by=GivenBy.THE_PERSON if is_parent else GivenBy.PARENTAL_RESPONSIBILITY,
                given_by_name="" if is_parent else parent.full_name,
                method=ConsentMethod.WRITTEN,
                agencies=[AgencyType.SCHOOL, AgencyType.HEALTH, AgencyType.EARLY_HELP],
                purposes=[Purpose.ASSESSMENT_AND_PLANNING, Purpose.TEAM_AROUND_THE_FAMILY],
                categories=[
                    InfoCategory.BASIC_DETAILS,
                    InfoCategory.EDUCATION,
                    InfoCategory.ASSESSMENT_AND_PLAN,
                ],
                given_on=given,
                review_on=given + timedelta(days=365),
                notes="DEMO DATA.",
            )
            consent_service.record_consent(session, family_id, record)
            if n == len(members) - 1 and n > 1:
                consent_service.withdraw_consent(
                    session, family_id, record.id, "DEMO DATA. Changed their mind.", today
                )
        child = next((m for m in members if m.id != parent.id), parent)
        consent_service.record_override(
            session,
            family_id,
            SharingOverride(
                member_id=child.id,
                agency=AgencyType.SOCIAL_CARE,
                agency_name="Demo Children's Social Care",
                purpose=Purpose.REFERRAL_TO_A_SERVICE,
                categories=[InfoCategory.BASIC_DETAILS, InfoCategory.ASSESSMENT_AND_PLAN],
                reason="DEMO DATA. Disclosure at school; strategy discussion needed today.",
                lawful_basis=LawfulBasis.PUBLIC_TASK,
                legal_gateway="Children Act 1989, section 47",
                decided_by="Sam Okafor, team leader",
                decided_on=today,
                applies_until=today + timedelta(days=30),
            ),
        )
        consent_service.consent_gate(
            session,
            family_id,
            Recipient(agency_type=AgencyType.SCHOOL, name="Demo Primary School"),
            Purpose.TEAM_AROUND_THE_FAMILY,
            [(m.id, InfoCategory.EDUCATION) for m in members],
            "manual",
            "Attendance plan for the TAF meeting",
        )
    finally:
        session.lock()


def give_costs(vault: Vault, family_id: str) -> None:
    """Demo prevented costs, key worker time, a baseline and an outcome (fictional), and for the
    family shown one line of each kind the screens explain: cashable, economic (with
    displacement), social (a health value), a disbenefit, and a planned (estimated) cost."""
    import random

    from familycase.demo_costs import add_demo_costs
    from familycase.domain.costs.scenario import PreventedCostLine
    from familycase.services import costs as cost_service
    from familycase.services.costs import financial_year_of

    session = vault.unlock("sam", DEMO_PASSWORD)
    try:
        add_demo_costs(session, [family_id], random.Random(7))
        on = date.today() - timedelta(days=20)
        this_year = financial_year_of(on)
        lines = [
            {
                "what_was_avoided": "Eviction for rent arrears (demo)",
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
                "what_was_avoided": "Lost earnings: parent back into part-time work (demo)",
                "unit_cost": {
                    "value": 9000,
                    "unit": "per year",
                    "price_year": this_year,
                    "source": "Demo: a fictional local estimate",
                },
                "quantity": 1,
                "probability": "0.3",
                "evidence_strength": "weak",
                "deadweight": "0.25",
                "attribution": "0.6",
                "displacement": "0.2",
                "benefit_type": "economic",
                "timing": {"years": 3, "drop_off": "0.2"},
            },
            {
                "what_was_avoided": "Loneliness: two points on the scale for the parent (demo)",
                "unit_cost": {
                    "value": 325,
                    "unit": "per scale point",
                    "price_year": "2014-15",
                    "source": "Demo: published loneliness scale valuation (QALY gain)",
                },
                "quantity": 2,
                "probability": "0.8",
                "evidence_strength": "moderate",
                "attribution": "0.5",
                "benefit_type": "social",
                "discount_as": "health",
            },
            {
                "what_was_avoided": "CAMHS sessions the referral added (demo disbenefit)",
                "unit_cost": {"gmca_code": "HE12.6"},
                "quantity": 6,
                "probability": "0.8",
                "evidence_strength": "moderate",
                "effect": "disbenefit",
            },
        ]
        for line in lines:
            cost_service.record_prevented_cost(
                session,
                family_id,
                cost_service.PreventedCostRecord(
                    line=PreventedCostLine.model_validate(
                        {
                            **line,
                            "assessed_on": on,
                            "rationale": "Demo data: a fictional judgement.",
                        }
                    ),
                    status=cost_service.PreventedCostStatus.AGREED,
                ),
            )
        cost_service.record_intervention_cost(
            session,
            family_id,
            cost_service.InterventionCostEntry(
                kind=cost_service.InterventionCostKind.COMMISSIONED_SERVICE,
                spent_on=on,
                description="Step-down support, planned (demo)",
                amount=600,
                basis="estimate",
                agency="Local authority",
                source="Demo: step-down plan",
            ),
        )
    finally:
        session.lock()


def cost_screens(
    app: QApplication, window: MainWindow, family: FamilyFileWindow, out: Path, suffix: str
) -> None:
    """The Costs tab with its working, the prevented-cost dialog, and the cost-saving return
    dialog before and after making a return (into a throwaway folder)."""
    family.show_tab("costs")
    costs = family.costs
    wait_until(app, lambda: costs.data is not None and not costs.is_loading)
    settle(app)
    save(family, out / f"family-costs{suffix}.png")
    costs.sections.setCurrentIndex(costs.sections.count() - 1)
    settle(app)
    save(family, out / f"family-costs-who-gains{suffix}.png")
    costs.sections.setCurrentIndex(0)
    costs._show_working()
    working = costs.working
    assert working is not None
    settle(app)
    save(working, out / f"cost-working{suffix}.png")
    working.close()
    costs._add_line()
    line_dialog = family.open_editors()[-1]
    line_dialog.unit_cost.search.setText("SS11")
    settle(app)
    save(line_dialog, out / f"prevented-cost{suffix}.png")
    line_dialog.discard_changes()

    window.costs.open_returns()
    dialog = window.costs.returns_dialog
    assert dialog is not None
    dialog.location.setText(str(Path.home() / "Returns"))
    settle(app)
    save(dialog, out / f"cost-return{suffix}.png")
    with tempfile.TemporaryDirectory(prefix="familycase-return-") as folder:
        dialog.location.setText(folder)
        dialog.period_from.set_value(date.today() - timedelta(days=365))
        dialog.run()
        wait_until(app, lambda: not dialog.is_busy)
        if dialog.question is not None:
            dialog.question.close()
        dialog.location.setText(str(Path.home() / "Returns"))
        settle(app)
        save(dialog, out / f"cost-return-results{suffix}.png")
    dialog.reject()


def sharing_screens(
    app: QApplication, window: MainWindow, family: FamilyFileWindow, out: Path, suffix: str
) -> None:
    """The Consent tab, the panel pack's withheld warning, and the audit viewer."""
    from PySide6.QtCore import QItemSelectionModel

    from familycase.domain.enums import AgencyType as Agency

    family.show_tab("consent")
    wait_until(app, lambda: family.consent.data is not None and not family.is_loading)
    settle(app)
    save(family, out / f"family-consent{suffix}.png")

    model = window.table.model()
    selection = window.table.selectionModel()
    selection.clearSelection()
    wanted = {family.family_id}
    for r in range(model.rowCount()):
        row = model.index(r, 0).data(model.ROW_ROLE)
        if row.family_id in wanted or (len(wanted) < 3 and row.family_name):
            wanted.add(row.family_id)
            selection.select(
                model.index(r, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    window.sharing.print_panel_summaries()
    panel = window.sharing.panel_dialog
    assert panel is not None
    panel.agency.setCurrentIndex(panel.agency.findData(Agency.SOCIAL_CARE))
    panel.agency_name.setText("Demo multi-agency panel")
    panel.question_text.setPlainText("DEMO DATA. Should the family step up to tier 4?")
    panel.location.setText(str(Path.home() / "panel-summaries.pdf"))
    panel.check()
    wait_until(app, lambda: bool(panel.summaries))
    panel.resize(760, 720)
    settle(app)
    save(panel, out / f"panel-pack{suffix}.png")
    panel.reject()

    window.admin.open_audit()
    audit = window.admin.audit_window
    assert audit is not None
    audit.resize(*WINDOW_SIZE)
    wait_until(app, lambda: bool(audit.entries) and not audit.is_loading)
    settle(app)
    save(audit, out / f"audit-viewer{suffix}.png")
    audit.discard()


def first_run(app: QApplication, out: Path, suffix: str) -> None:
    with tempfile.TemporaryDirectory(prefix="familycase-wizard-") as tmp:
        wizard = FirstRunWizard(Path(tmp) / "vault", calibrate=lambda: INSECURE_FAST_FOR_TESTS)
        wizard.show()
        wizard.welcome.organisation.setText("Anyshire Council")
        settle(app)
        save(wizard, out / f"first-run-welcome{suffix}.png")
        wizard.next()
        wizard.admin.full_name.setText("Asha Smith")
        wizard.admin.username.setText("asmith")
        wizard.admin.password.setText("three blue herons at dawn")
        wizard.admin.confirm.setText("three blue herons at dawn")
        settle(app)
        save(wizard, out / f"first-run-administrator{suffix}.png")
        wizard.next()
        wait_until(app, lambda: wizard.currentPage() is wizard.recovery)
        settle(app)
        save(wizard, out / f"first-run-recovery-key{suffix}.png")
        wizard.recovery.stored.setChecked(True)
        wizard.accept()
        wait_for_background_work()
        if wizard.vault is not None:
            wizard.vault.dispose()
        wizard.deleteLater()
        settle(app, 0.1)


def main_screens(app: QApplication, out: Path, suffix: str, families: int) -> None:
    with tempfile.TemporaryDirectory(prefix="familycase-shots-") as tmp:
        data_dir = Path(tmp) / "vault"
        build_demo(data_dir, families, INSECURE_FAST_FOR_TESTS)
        vault = Vault.open(data_dir)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(vault, "sam", Preferences(settings))
        try:
            controller.start()
            dialog = controller.unlock_dialog
            assert dialog is not None
            dialog.password.setText(DEMO_PASSWORD)
            dialog.adjustSize()
            settle(app)
            save(dialog, out / f"unlock{suffix}.png")

            dialog.try_unlock()
            wait_until(app, lambda: controller.main_window is not None)
            window = controller.main_window
            assert window is not None
            window.resize(*WINDOW_SIZE)
            wait_until(app, lambda: not window.is_loading)
            window.show_view(window.caseload.view)  # the app opens on the in-tray
            wait_until(app, lambda: not window.is_loading)
            settle(app)
            save(window, out / f"caseload{suffix}.png")

            window.search.setFocus()
            window.search.setText(search_term(window).lower())
            settle(app)
            save(window, out / f"search{suffix}.png")
            window.search.clear()

            window.show_team()
            wait_until(app, lambda: not window.team_view.is_loading)
            settle(app)
            save(window, out / f"team-overview{suffix}.png")

            window.new_family()
            new_family = window.open_editors()[-1]
            new_family.resize(*DIALOG_SIZE)
            settle(app)
            save(new_family, out / f"new-family{suffix}.png")
            new_family.discard_changes()

            window.show_view(list(window.view_buttons)[1])  # the team caseload
            wait_until(app, lambda: not window.is_loading)
            row = busy_family(window)
            wait_for_background_work()
            give_progress(vault, row.family_id)
            give_consent(vault, row.family_id)
            give_costs(vault, row.family_id)
            other = next(
                r for r in window.visible_rows() if r.family_id != row.family_id and r.family_name
            )
            give_practice(vault, row.family_id, other.family_id)
            give_tree(vault, row.family_id)
            give_oversight(vault, row.family_id)
            opened: list[FamilyFileWindow] = []
            window.family_opened.connect(opened.append)
            window.open_family(row)
            wait_until(app, lambda: bool(opened))
            family = opened[0]
            family.resize(*WINDOW_SIZE)
            for tab in ("household", "work", "contacts", "timeline"):
                family.show_tab(tab)
                settle(app)
                save(family, out / f"family-{tab}{suffix}.png")
            shots = {
                "assessments": "family-assessments",
                "outcomes": "family-outcomes",
                "plan": "family-plan",
            }
            for tab, name in shots.items():
                family.show_tab(tab)
                page = getattr(family, tab)
                wait_until(app, lambda page=page: not family.is_loading and not page.is_loading)
                settle(app)
                save(family, out / f"{name}{suffix}.png")
            assessment_form(app, family, out, suffix)
            cost_screens(app, window, family, out, suffix)
            sharing_screens(app, window, family, out, suffix)
            practice_screens(app, window, family, out, suffix, save, wait_until, settle)
            oversight_screens(app, window, family, out, suffix, save, wait_until, settle)
            family.discard()
        finally:
            wait_for_background_work()
            controller.shutdown()
            for widget in (controller.main_window, controller.unlock_dialog):
                if widget is not None:
                    widget.close()
            settle(app, 0.1)
        try:
            key_worker_and_admin(app, vault, Path(tmp), out, suffix, save, wait_until, settle)
        finally:
            wait_for_background_work()
            vault.dispose()


def assessment_form(app: QApplication, family: FamilyFileWindow, out: Path, suffix: str) -> None:
    """The Early Help Assessment draft, open in its form, scrolled to a child's section."""
    tab = family.assessments
    row = next(r for r in tab.rows if r.item.instrument_key.startswith(EARLY_HELP_ASSESSMENT))
    tab.open_assessment(row.id)
    wait_until(app, lambda: any(isinstance(d, AssessmentDialog) for d in family.open_editors()))
    dialog = next(d for d in family.open_editors() if isinstance(d, AssessmentDialog))
    dialog.resize(*WINDOW_SIZE)
    settle(app)
    nav = dialog.form._nav  # the section list: show the first section about a child
    if nav.count() > 2:
        nav.setCurrentRow(2)
    settle(app)
    save(dialog, out / f"family-assessment{suffix}.png")
    dialog.discard_changes()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--families", type=int, default=60)
    parser.add_argument("--suffix", default="", help="added to each file name, e.g. -150")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("FamilyCase")
    apply_style(app)
    i18n.install_translator(QCoreApplication.translate)
    first_run(app, args.out, args.suffix)
    main_screens(app, args.out, args.suffix, args.families)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
