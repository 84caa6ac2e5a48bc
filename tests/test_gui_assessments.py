"""Assessments, outcome readings, the family plan and reviews in the family file window,
driven through the widgets against a real vault. What was stored is checked through the
services, never through widget text alone."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.assessment import Answer, AssessmentStatus
from familycase.domain.instruments import EARLY_HELP_ASSESSMENT, FAMILY_PROGRESS_MEASURE
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.common.widgets import record_at
from familycase.gui.family_file.assessments.assessment_dialog import AssessmentDialog
from familycase.gui.family_file.assessments.start_dialog import StartAssessmentDialog
from familycase.gui.family_file.plan.plan_dialog import PlanDialog
from familycase.gui.family_file.plan.review_dialog import ReviewDialog
from familycase.gui.family_file.work.closure_dialog import ClosureDialog
from familycase.services import assessments, plans
from familycase.services.caseload import CaseloadView, caseload
from test_gui_support import click_button_with_role, new_family, open_family_window, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures

TODAY = date.today()


def _unlock(gui_team, username: str = "lead"):
    """A session of the test's own, once the app's service thread is idle (two writers at once
    would race for the audit log's sequence numbers)."""
    wait_for_background_work()
    return gui_team.unlock(username)


def _editor(family, kind):
    when_found = [d for d in family.open_editors() if isinstance(d, kind)]
    return when_found[-1] if when_found else None


def _wait_tab(qtbot, family, tab) -> None:
    when(qtbot, lambda: not family.is_loading and not tab.is_loading)


def _reading(session, family_id: str, scores: dict[str, int], on: date) -> str:
    """A completed Family Progress Measure reading, through the services."""
    view = assessments.start_assessment(session, family_id, FAMILY_PROGRESS_MEASURE, assessed_on=on)
    answers = [
        Answer(question_id=q.id, value=scores[q.id])
        for _s, q in view.definition.scale_questions()
        if q.id in scores
    ]
    filled = view.assessment.model_copy(update={"answers": answers})
    assessments.complete_assessment(session, family_id, view.id, filled, view.revision)
    return view.id


def test_start_complete_and_sign_off_an_early_help_assessment(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Ashworth", ("Pat", "Lou"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    tab = family.assessments
    family.show_tab("assessments")
    _wait_tab(qtbot, family, tab)
    assert tab.table.rowCount() == 0 and tab.empty.isVisibleTo(tab)

    tab.start_new()
    when(qtbot, lambda: _editor(family, StartAssessmentDialog))
    start = _editor(family, StartAssessmentDialog)
    titles = [start.instrument.itemText(i) for i in range(start.instrument.count())]
    assert "Early Help Assessment" in titles
    start.instrument.setCurrentIndex(titles.index("My Views") if "My Views" in titles else 0)
    if start.choice().about.value == "child":  # only the children are offered
        assert [start.person.itemText(i) for i in range(start.person.count())] == ["Lou"]
    start.instrument.setCurrentIndex(titles.index("Early Help Assessment"))
    assert not start.person.isEnabled()  # a family form is about the whole household
    start.save()
    when(qtbot, lambda: _editor(family, AssessmentDialog))
    dialog = _editor(family, AssessmentDialog)
    form = dialog.form
    pat, lou = (m.id for m in family.data.view.file.members)

    # Completing with nothing answered: the problems are shown under the questions.
    form.complete_requested.emit()
    when(qtbot, lambda: not dialog.is_busy and form.problem_text("reason"))
    assert "required" in form.problem_text("reason")
    assert "required" in form.problem_text("child_view", lou)

    # Unsaved answers take part in the window's Save / Discard / Cancel.
    form.input_for("reason").set_value("School worried about attendance.")
    assert family.has_unsaved_changes()
    pending = family.unsaved_work()
    assert len(pending) == 1 and pending[0].can_save

    for question_id, value in [
        ("family_hopes", "Mornings that go smoothly."),
        ("family_view", "We want help with mornings."),
        ("working_well", "Pat is keen to work with us."),
        ("worries", "Lou is missing school."),
        ("needs_to_happen", "A morning routine and a school plan."),
        ("significant_harm", False),
        ("next_step", "plan_single_agency"),
    ]:
        form.input_for(question_id).set_value(value)
    form.input_for("child_view", lou).set_value("I like school when I get there.")
    form.input_for("how_gathered", lou).set_value("talked_alone")
    form.complete_requested.emit()
    when(qtbot, lambda: dialog not in family.open_editors())
    _wait_tab(qtbot, family, tab)

    session = _unlock(gui_team)
    try:
        listed = assessments.list_assessments(session, family_id)
        assert [(i.title, i.status) for i in listed] == [
            ("Early Help Assessment", AssessmentStatus.COMPLETE)
        ]
        assessment_id = listed[0].id
        stored = assessments.open_assessment(session, family_id, assessment_id).assessment
        assert stored.answer("child_view", lou).value == "I like school when I get there."
        assert pat in {s.member_id for s in stored.subjects}
    finally:
        session.lock()

    # The list shows it; the team leader signs it off.
    when(qtbot, lambda: tab.table.rowCount() == 1)
    assert tab.table.item(0, 2).text() == "Complete"
    assert "Lee Leader" in tab.table.item(0, 6).text()
    tab.table.selectRow(0)
    assert tab.sign_off_button.isVisible() and tab.sign_off_button.isEnabled()
    tab.sign_off_selected()
    assert isinstance(family.question, QMessageBox)
    click_button_with_role(family.question, QMessageBox.ButtonRole.DestructiveRole)
    _wait_tab(qtbot, family, tab)
    when(qtbot, lambda: not tab.is_loading and tab.table.item(0, 2).text() == "Signed off")
    session = _unlock(gui_team)
    try:
        signed = assessments.open_assessment(session, family_id, assessment_id).assessment
        assert signed.status is AssessmentStatus.SIGNED_OFF
        assert signed.signed_off_by == "Lee Leader"
    finally:
        session.lock()

    # A signed-off assessment opens read-only.
    tab.open_selected()
    when(qtbot, lambda: _editor(family, AssessmentDialog))
    reading = _editor(family, AssessmentDialog)
    assert not reading.form.input_for("reason").isEnabled()
    assert not reading.has_unsaved_changes()
    reading.reject()
    when(qtbot, lambda: _editor(family, AssessmentDialog) is None)


def test_outcomes_show_distance_travelled_and_two_series(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Outram", ("Val", "Kit"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    tab = family.outcomes
    family.show_tab("outcomes")
    _wait_tab(qtbot, family, tab)
    assert tab.note.isVisibleTo(tab)
    assert "Two readings are needed to show change; the first is due by" in tab.note.text()

    session = _unlock(gui_team)
    try:
        _reading(
            session, family_id, {"home": 3, "money_work": 2, "health": 5}, TODAY - timedelta(30)
        )
        _reading(session, family_id, {"home": 6, "money_work": 2, "health": 4}, TODAY)
        history = assessments.outcome_history(session, family_id)
    finally:
        session.lock()
    family.reload()
    _wait_tab(qtbot, family, tab)
    when(qtbot, lambda: tab.data is not None and len(tab.data.history.readings) == 2)
    assert not tab.note.isVisibleTo(tab)
    assert len(tab.radar.series()) == 2
    shown = [
        [tab.distance.item(r, c).text() for c in range(3)] for r in range(tab.distance.rowCount())
    ]
    expected = [
        [
            c.label,
            f"{c.first} \N{RIGHTWARDS ARROW} {c.latest}",
            f"{c.change:+d}" if c.change else "0",
        ]
        for c in history.distance
    ]
    assert len(expected) == 3  # the areas scored in both readings
    assert [[a, b, c.replace("\N{MINUS SIGN}", "-")] for a, b, c in shown] == expected
    assert [record_at(tab.distance, r) for r in range(3)] == history.distance
    assert tab.stages.rowCount() == len(history.stage_changes) > 0


def test_plan_versions_reviews_and_closure_warning(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Pemberton", ("Ros", "Ivy"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    tab = family.plan
    family.show_tab("plan")
    _wait_tab(qtbot, family, tab)
    assert tab.shown_version() is None

    # First version.
    tab.edit_plan()
    dialog = _editor(family, PlanDialog)
    dialog.outcome_rows[0].text.setText("Ivy gets to school on time")
    action = dialog.action_rows[0]
    action.what.setText("Morning routine chart")
    action.by_when.setText("01/13/2099")  # no such date: shown, nothing saved
    dialog.save()
    assert dialog.isVisible() and dialog.errors.field_message("Actions / #1 / By when")
    action.by_when.setText((TODAY + timedelta(days=14)).strftime("%d/%m/%Y"))
    dialog.save()  # "who" is still missing
    assert dialog.errors.field_message("Actions / #1 / Who will do it")
    action.who.setText("Kim Worker")
    dialog.save()
    when(qtbot, lambda: dialog not in family.open_editors())
    _wait_tab(qtbot, family, tab)
    when(qtbot, lambda: tab.data is not None and len(tab.data.versions) == 1)

    # Second version.
    tab.edit_plan()
    dialog = _editor(family, PlanDialog)
    assert dialog.outcome_rows[0].text.text() == "Ivy gets to school on time"
    dialog.outcome_rows[0].text.setText("Ivy at school on time every day")
    dialog.change_note.setText("Every day")
    dialog.save()
    when(qtbot, lambda: dialog not in family.open_editors())
    _wait_tab(qtbot, family, tab)
    when(qtbot, lambda: tab.data is not None and len(tab.data.versions) == 2)
    assert tab.shown_version().version == 2
    assert tab.versions.count() == 2 and tab.versions.isEnabled()
    tab.versions.setCurrentIndex(tab.versions.findData(1))
    assert tab.shown_version().version == 1
    assert tab.shown_version().plan.outcomes[0].text == "Ivy gets to school on time"
    assert "Ivy gets to school on time" in tab.plan_view.toPlainText()

    # A review sets the next review date, which the caseload shows.
    tab.record_review()
    when(qtbot, lambda: _editor(family, ReviewDialog))
    review = _editor(family, ReviewDialog)
    assert review.next_on.value() == TODAY + timedelta(weeks=12)
    review.attendee_rows[1].name.setText("Ros Pemberton")
    review.attendee_rows[1].role.setText("Mum")
    _action, status, note = review.progress_rows[0]
    status.setCurrentIndex(status.findData(status.itemData(1)))  # in progress
    note.setText("Chart on the fridge")
    agreed = TODAY + timedelta(weeks=6)
    review.next_on.setText(agreed.strftime("%d/%m/%Y"))
    review.decisions.setPlainText("Keep going; invite school next time.")
    review.save()
    when(qtbot, lambda: review not in family.open_editors())
    _wait_tab(qtbot, family, tab)
    when(qtbot, lambda: tab.data is not None and len(tab.data.reviews) == 1)
    assert tab.reviews.rowCount() == 1
    assert f"review meeting due {agreed:%d/%m/%Y}" in tab.next_review.text()
    session = _unlock(gui_team)
    try:
        row = {r.family_id: r for r in caseload(session, CaseloadView.TEAM)}[family_id]
        rhythm = plans.rhythm_for_family(session, family_id)
        assert rhythm.review_due == agreed  # the date agreed at the meeting
        # No reading yet: the first reading's due date counts when it is sooner.
        assert row.next_review_due == min(agreed, rhythm.first_reading_due)
        assert f"Next review due: {row.next_review_due:%d/%m/%Y}" in tab.next_review.text()
        versions = plans.plan_versions(session, family_id)
        assert len(versions) == 3  # the progress made a new version
        assert versions[-1].plan.actions[0].note == "Chart on the fridge"
    finally:
        session.lock()

    # Closing with no readings is flagged, not blocked.
    family.show_tab("work")
    family.work._close()
    closure = _editor(family, ClosureDialog)
    when(qtbot, lambda: closure.readiness_text())
    assert "At least 2 outcome readings" in closure.readiness_text()
    assert "this family has none" in closure.readiness_text()
    assert closure.save_button.isEnabled()
    closure.discard_changes()


def test_closing_the_file_with_an_unsaved_draft_asks_and_saves_it(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Draycott", ("Bo", "Cy"))
    view = assessments.start_assessment(session, family_id, EARLY_HELP_ASSESSMENT)
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    tab = family.assessments
    family.show_tab("assessments")
    _wait_tab(qtbot, family, tab)
    tab.open_assessment(view.id)
    when(qtbot, lambda: _editor(family, AssessmentDialog))
    dialog = _editor(family, AssessmentDialog)
    dialog.form.input_for("reason").set_value("Typed but not saved.")
    family.close()
    box = next(
        b
        for b in family.findChildren(QMessageBox)
        if b.isVisible() and "not been saved" in b.text()
    )
    assert "Early Help Assessment" in box.text()
    click_button_with_role(box, QMessageBox.ButtonRole.AcceptRole)  # Save
    when(qtbot, lambda: family_id not in controller.main_window.family_windows)
    session = _unlock(gui_team)
    try:
        stored = assessments.open_assessment(session, family_id, view.id).assessment
        assert stored.answer("reason").value == "Typed but not saved."
        assert stored.status is AssessmentStatus.DRAFT
    finally:
        session.lock()
