"""Whole tasks done with the keyboard alone, as a key worker would (issue 17): keys go to the
focused widget through Qt's own event path (qtbot.keyClick), never a method call."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from familycase.gui.family_file.work.tier_dialog import TierDialog
from familycase.services import families
from test_gui_support import WAIT_MS, new_family, open_family_window, sign_in

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def focused():
    return QApplication.focusWidget()


def test_ctrl_l_locks_from_a_dialog_and_unlocking_goes_back_to_the_same_place(
    qtbot, gui_team, start_app
):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Keyfast", ("Ivy", "Oak"))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("plan")
    family.show_tab("work")
    family.work.step.click()
    dialog = next(d for d in family.open_editors() if isinstance(d, TierDialog))
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    dialog.activateWindow()
    dialog.reason.setFocus()
    session = controller.session
    # Ctrl+L inside the dialog (a decision: nothing typed yet, so nothing to ask about).
    qtbot.keyClick(dialog.reason, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)
    assert controller.main_window is None and controller.unlock_dialog is not None
    sign_in(qtbot, controller, "lead")
    window = controller.main_window
    qtbot.waitUntil(lambda: family_id in window.family_windows, timeout=WAIT_MS)
    again = window.family_windows[family_id]
    assert again.current_section() == "work"


def test_ctrl_l_works_in_a_family_file_and_ctrl_f_finds_from_it(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Findable", ("Ash",))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("contacts")
    text = family.contacts.entry.text
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    # The main window comes to the front with its search box ready (offscreen, window
    # activation is not real, so ask the main window which of its widgets has the focus).
    assert window.focusWidget() is window.search
    assert text.toPlainText() == ""  # the key did not reach the note
    session = controller.session
    qtbot.keyClick(family.contacts.entry.text, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: session.is_locked, timeout=WAIT_MS)


# --- helpers: keys go to whatever has the focus, as they would for a person --------------------


def key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def alt(qtbot, window, letter):
    key(qtbot, window, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def type_text(qtbot, window, text):
    qtbot.keyClicks(window.focusWidget() or window, text)


def tab(qtbot, window, times=1, back=False):
    for _ in range(times):
        key(qtbot, window, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)


def active(qtbot, window):
    window.activateWindow()
    window.raise_()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    return window


def gone(qtbot, dialog):
    """Saved and closed (an editor deletes itself when it closes)."""
    qtbot.waitUntil(
        lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS
    )


def newest_editor(qtbot, family, kind):
    qtbot.waitUntil(
        lambda: any(isinstance(d, kind) and d.isVisible() for d in family.open_editors()),
        timeout=WAIT_MS,
    )
    return next(d for d in reversed(family.open_editors()) if isinstance(d, kind))


def test_add_a_person_and_save_by_keyboard(qtbot, gui_team, start_app):
    from familycase.gui.family_file.household.member_dialog import MemberDialog

    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Keyhouse", ("Nia",))
    lead.lock()
    controller = start_app("lead")
    family = active(qtbot, open_family_window(qtbot, controller.main_window, family_id))
    key(qtbot, family, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # Household
    assert family.current_section() == "household"
    alt(qtbot, family, "a")  # "&Add a person…"
    dialog = active(qtbot, newest_editor(qtbot, family, MemberDialog))
    assert dialog.focusWidget() is dialog.given
    type_text(qtbot, dialog, "Owain")
    alt(qtbot, dialog, "h")  # "Sc&hool or setting" (Alt+S is Save)
    assert dialog.focusWidget() is dialog.school
    type_text(qtbot, dialog, "Demoford Primary")
    alt(qtbot, dialog, "s")  # "&Save"
    gone(qtbot, dialog)
    session = gui_team.unlock("lead")
    try:
        people = families.open_family(session, family_id).file.members
    finally:
        session.lock()
    owain = next(m for m in people if m.given_names == "Owain")
    assert owain.family_name == "Keyhouse" and owain.school_or_setting == "Demoford Primary"


def stored(gui_team, read):
    session = gui_team.unlock("lead")
    try:
        return read(session)
    finally:
        session.lock()


def tick_current(qtbot, window, down=0):
    """In a checklist: move down ``down`` items from the first, and tick with Space."""
    key(qtbot, window, Qt.Key.Key_Home)
    for _ in range(down):
        key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Space)


def test_record_a_contact_note_by_keyboard(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Notewell", ("Rhys", "Lowri"))
    lead.lock()
    controller = start_app("lead")
    family = active(qtbot, open_family_window(qtbot, controller.main_window, family_id))
    key(qtbot, family, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Contacts
    assert family.current_section() == "contacts"
    entry = family.contacts.entry
    alt(qtbot, family, "w")  # "&Who was seen"
    assert family.focusWidget() is entry.seen
    tick_current(qtbot, family, down=1)  # Lowri
    alt(qtbot, family, "h")  # "What &happened": never an "h" typed into the note
    assert family.focusWidget() is entry.text and entry.text.toPlainText() == ""
    type_text(qtbot, family, "Home visit: Lowri's new school shoes.")
    key(qtbot, family, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: entry.status.text() == "Saved.", timeout=WAIT_MS)
    assert entry.text.toPlainText() == ""  # ready for the next note
    type_text(qtbot, family, "N")  # a new note: "Saved." is not about it
    assert entry.status.text() == ""
    (note,) = stored(gui_team, lambda s: families.open_family(s, family_id).contacts)
    members = stored(gui_team, lambda s: families.open_family(s, family_id).file.members)
    lowri = next(m for m in members if m.given_names == "Lowri")
    assert note.text == "Home visit: Lowri's new school shoes."
    assert note.member_ids == [lowri.id]


def test_record_consent_for_a_family_by_keyboard(qtbot, gui_team, start_app):
    from familycase.domain.consent import GivenBy, InfoCategory
    from familycase.gui.family_file.consent.family_consent_dialog import FamilyConsentDialog
    from familycase.services import consent as consent_service

    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Agreewell", ("Mari", "Dai"))  # Dai is 8
    lead.lock()
    controller = start_app("lead")
    family = active(qtbot, open_family_window(qtbot, controller.main_window, family_id))
    key(qtbot, family, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # Consent
    assert family.current_section() == "consent"
    qtbot.waitUntil(lambda: not family.consent.is_loading, timeout=WAIT_MS)
    alt(qtbot, family, "r")  # "&Record consent…"
    dialog = active(qtbot, newest_editor(qtbot, family, FamilyConsentDialog))
    mari, dai = dialog.rows
    assert dialog.focusWidget() is mari.agreed
    key(qtbot, dialog, Qt.Key.Key_Space)  # Mari agreed
    tab(qtbot, dialog, 3)  # her "given by", the name of who gave it, then Dai
    assert dialog.focusWidget() is dai.agreed
    key(qtbot, dialog, Qt.Key.Key_Space)  # Dai: a parent gave it (filled in for a child)
    assert dai.giver_name.text() == "Mari Agreewell"
    alt(qtbot, dialog, "a")
    tick_current(qtbot, dialog)  # the first agency in the list
    alt(qtbot, dialog, "u")
    tick_current(qtbot, dialog, down=2)  # the panel
    alt(qtbot, dialog, "i")
    tick_current(qtbot, dialog)  # basic details
    key(qtbot, dialog, Qt.Key.Key_Down)
    key(qtbot, dialog, Qt.Key.Key_Down)
    key(qtbot, dialog, Qt.Key.Key_Space)  # health
    alt(qtbot, dialog, "e")  # an exception: Dai, not health (a mnemonic clicks after 100 ms)
    qtbot.waitUntil(lambda: len(dialog.exception_rows) == 1, timeout=WAIT_MS)
    assert dialog.focusWidget() is dialog.exception_rows[0].person
    key(qtbot, dialog, Qt.Key.Key_Down)  # Dai
    tab(qtbot, dialog)
    what = dialog.exception_rows[0].what
    assert dialog.focusWidget() is what
    for _ in range(what.count()):
        if what.currentData() == "category:health":
            break
        key(qtbot, dialog, Qt.Key.Key_Down)
    assert what.currentText() == "not health"
    alt(qtbot, dialog, "r")  # "&Record consent"
    gone(qtbot, dialog)
    records = stored(gui_team, lambda s: consent_service.consents(s, family_id))
    by_person = {r.member_id: r for r in records}
    mari_record, dai_record = by_person[mari.member.id], by_person[dai.member.id]
    assert mari_record.categories == [InfoCategory.BASIC_DETAILS, InfoCategory.HEALTH]
    assert dai_record.categories == [InfoCategory.BASIC_DETAILS]  # the exception
    assert dai_record.given_by is GivenBy.PARENTAL_RESPONSIBILITY
    assert mari_record.purposes == dai_record.purposes and len(mari_record.purposes) == 1
    qtbot.waitUntil(lambda: "2 of 2 people" in family.facts.text(), timeout=WAIT_MS)


def test_step_up_by_keyboard(qtbot, gui_team, start_app):
    from familycase.domain.enums import Tier

    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Stepwell", ("Gwen",), tier=Tier.TARGETED)
    lead.lock()
    controller = start_app("lead")
    family = active(qtbot, open_family_window(qtbot, controller.main_window, family_id))
    key(qtbot, family, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # Work and tier
    alt(qtbot, family, "u")  # "Step &up or down…"
    dialog = active(qtbot, newest_editor(qtbot, family, TierDialog))
    assert dialog.focusWidget() is dialog.reason
    assert "step up" in dialog.direction.text()  # tier 3 -> 4 is offered first
    type_text(qtbot, dialog, "Strategy discussion: section 47 enquiry agreed.")
    alt(qtbot, dialog, "r")  # "&Record the change" (Alt+S is the reason now)
    gone(qtbot, dialog)
    view = stored(gui_team, lambda s: families.open_family(s, family_id))
    assert view.tier is Tier.COMPLEX
    assert view.current_episode.details.tier_history[-1].reason == (
        "Strategy discussion: section 47 enquiry agreed."
    )


def test_score_a_full_outcome_reading_by_keyboard(qtbot, gui_team, start_app):
    """Every area of the Family Progress Measure scored with Tab and digit keys, then marked
    complete with Alt+C: the score row is one Tab stop, and arrows never scroll the form."""
    from familycase.gui.family_file.assessments.assessment_dialog import AssessmentDialog
    from familycase.gui.family_file.assessments.scale_input import ScoreRow
    from familycase.gui.family_file.assessments.start_dialog import StartAssessmentDialog
    from familycase.services import assessments

    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Scorewell", ("Aled", "Nerys"))
    lead.lock()
    controller = start_app("lead")
    family = active(qtbot, open_family_window(qtbot, controller.main_window, family_id))
    key(qtbot, family, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)  # Assessments
    assert family.current_section() == "assessments"
    qtbot.waitUntil(lambda: not family.is_loading, timeout=WAIT_MS)
    active(qtbot, family)  # (offscreen, the window can lose "active" while the list loads)
    alt(qtbot, family, "s")  # "&Start a new assessment…"
    start = active(qtbot, newest_editor(qtbot, family, StartAssessmentDialog))
    start.instrument.setFocus()
    for _ in range(start.instrument.count()):
        if start.instrument.currentText() == "Family Progress Measure":
            break
        key(qtbot, start, Qt.Key.Key_Down)
    assert start.instrument.currentText() == "Family Progress Measure"
    alt(qtbot, start, "s")  # "&Start"
    qtbot.waitUntil(
        lambda: any(isinstance(d, AssessmentDialog) for d in family.open_editors()),
        timeout=WAIT_MS,
    )
    dialog = active(qtbot, newest_editor(qtbot, family, AssessmentDialog))
    rows = dialog.findChildren(ScoreRow)
    assert len(rows) == 10  # the ten areas of the Family Progress Measure
    wanted = [3, 4, 2, 5, 3, 2, 6, 7, 10, 1]
    for score, row in zip(wanted, rows, strict=True):
        for _ in range(60):  # Tab on until this area's row has the keys
            if dialog.focusWidget() is row:
                break
            tab(qtbot, dialog)
        assert dialog.focusWidget() is row
        key(qtbot, dialog, Qt.Key.Key_1)  # a digit picks a score...
        key(qtbot, dialog, Qt.Key.Key_End)  # ... End the highest ...
        key(qtbot, dialog, Qt.Key.Key_Home)  # ... Home the lowest, arrows step
        for _ in range(score - 1):
            key(qtbot, dialog, Qt.Key.Key_Right)
        assert row.current == score
    scroll = dialog.form._scroll.horizontalScrollBar()
    assert scroll.value() == 0  # the arrows moved scores, not the form
    alt(qtbot, dialog, "c")  # "Mark as &complete"
    gone(qtbot, dialog)
    history = stored(gui_team, lambda s: assessments.outcome_history(s, family_id))
    (reading,) = history.readings
    assert [area.score for area in reading.scores] == wanted
