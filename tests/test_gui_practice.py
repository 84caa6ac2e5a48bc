"""The practice records in the desktop app, driven through the widgets against a real vault:
the alert banner and caseload marker, the chronology (filters, an event by hand, printing),
correcting a note, the referral decision, letter and reopening, possible matches between
families, and documents. Every assertion about what was stored reads it back through the
services."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import Qt

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.enums import (
    ClosureReason,
    FamilyStatus,
    ReferralDecision,
)
from familycase.domain.risk import RiskKind
from familycase.domain.work import Closure
from familycase.gui.caseload.model import Column
from familycase.gui.family_file.contacts.note_dialog import NoteDialog
from familycase.gui.family_file.documents.add_dialog import AddDocumentDialog
from familycase.gui.family_file.risks.risk_dialog import EndRiskDialog, RiskDialog
from familycase.gui.family_file.timeline.event_dialog import EventDialog
from familycase.gui.family_file.work.referral_dialogs import (
    DecisionDialog,
    ReopenDialog,
    ToldDialog,
)
from familycase.services import audit_log, documents, families, work
from familycase.services import consent as consent_service
from familycase.services.timeline import EventGroup, EventKind
from test_gui_accessibility import labels_without_buddies, unnamed_inputs
from test_gui_support import new_family, open_family_window, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures

TODAY = date.today()


def stored(gui_team, family_id: str):
    session = gui_team.unlock("lead")
    try:
        return families.open_family(session, family_id)
    finally:
        session.lock()


def mnemonics(root) -> list[str]:
    """The mnemonic letters of a window's labels and buttons (each should be used once)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    letters = []
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        text = widget.text().replace("&&", "")
        if "&" in text and not widget.isHidden():
            letters.append(text[text.index("&") + 1].casefold())
    return letters


def _editor(family, kind):
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, kind), dialog
    assert unnamed_inputs(dialog) == [] and labels_without_buddies(dialog) == []
    letters = mnemonics(dialog)
    assert len(letters) == len(set(letters)), (type(dialog).__name__, sorted(letters))
    return dialog


def test_an_alert_shows_in_the_banner_the_caseload_and_ends(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Bannerby", ("Gail", "Hal"))
    session.lock()
    controller = start_app("lead")
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    assert family.alerts.isHidden()
    family.show_tab("risks")
    family.risks.add.click()
    dialog = _editor(family, RiskDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(RiskKind.CHILD_PROTECTION_PLAN))
    assert not dialog.category.isEnabled()  # the category follows the kind
    dialog.about.item(1).setCheckState(Qt.CheckState.Checked)  # Hal
    qtbot.keyClicks(dialog.note, "Neglect; next conference in six weeks")
    dialog.save_button.click()
    when(qtbot, lambda: not family.alerts.isHidden())
    assert "Child protection plan (Hal, since" in family.alerts.text()
    (flag,) = stored(gui_team, family_id).current_risks
    assert flag.member_ids == [stored(gui_team, family_id).file.members[1].id]
    assert family.risks.table.rowCount() == 1

    # The caseload marks the family, without a plaintext column (the summary carries it).
    window.refresh()
    when(qtbot, lambda: not window.is_loading)
    row = next(
        r for r in range(window.model.rowCount()) if window.model.row_at(r).family_id == family_id
    )
    index = window.model.index(row, Column.FAMILY)
    assert index.data() == "\N{BLACK FLAG} Bannerby family"
    assert "Current alerts:\nChild protection plan" in index.data(Qt.ItemDataRole.ToolTipRole)

    family.risks.table.selectRow(0)
    family.risks.end.click()
    dialog = _editor(family, EndRiskDialog)
    qtbot.keyClicks(dialog.reason, "Plan ended at review conference")
    dialog.save_button.click()
    when(qtbot, lambda: family.alerts.isHidden())
    assert stored(gui_team, family_id).current_risks == []
    assert not family.risks.end.isEnabled()  # an ended alert is history


def test_the_chronology_filters_adds_an_event_and_prints(qtbot, gui_team, start_app, tmp_path):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Chronicle", ("Ida", "Jem"))
    work.record_referral_decision(session, family_id, ReferralDecision.ACCEPTED, reason="Needs")
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    family.show_tab("timeline")
    chrono = family.timeline
    when(qtbot, lambda: not family.is_loading and chrono.events)
    assert [e.kind for e in chrono.events] == [
        EventKind.DECISION,
        EventKind.TIER,
        EventKind.REFERRAL,
    ]

    chrono.add_event.click()
    dialog = _editor(family, EventDialog)
    qtbot.keyClicks(dialog.title, "Fixed-term exclusion")
    dialog.about.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    when(qtbot, lambda: any(e.kind is EventKind.SIGNIFICANT_EVENT for e in chrono.events))
    assert "Fixed-term exclusion" in chrono.view.toPlainText()

    chrono.kind.setCurrentIndex(chrono.kind.findData(EventGroup.REFERRAL))
    assert [e.kind for e in chrono.events] == [EventKind.DECISION, EventKind.REFERRAL]
    chrono.kind.setCurrentIndex(0)
    ida_id = stored(gui_team, family_id).file.members[0].id
    chrono.person.setCurrentIndex(chrono.person.findData(ida_id))
    assert "Fixed-term exclusion" not in chrono.view.toPlainText()  # about Jem only
    chrono.person.setCurrentIndex(0)

    chrono.print.click()
    printer = chrono.question
    assert unnamed_inputs(printer) == []
    printer.check()
    when(qtbot, lambda: printer.prepared is not None or printer.problem.text())
    assert printer.problem.text() == ""
    assert "0 events will be printed; 4 withheld" in printer.preview.toPlainText()
    assert not printer.save_button.isEnabled()  # what is withheld must be acknowledged
    printer.acknowledge.setChecked(True)
    target = tmp_path / "chronology.pdf"
    printer.location.setText(str(target))
    printer.save()
    when(qtbot, lambda: target.exists())
    assert os.stat(target).st_mode & 0o777 == 0o600
    session = gui_team.unlock("lead")
    assert [e.channel for e in consent_service.share_log(session, family_id)] == ["print"]
    session.lock()


def test_a_contact_note_is_corrected_and_keeps_its_history(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Notewell", ("Kay", "Lou"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    family.show_tab("contacts")
    entry = family.contacts.entry
    qtbot.keyClicks(entry.text, "Lou was qiet at home.")
    entry.seen_alone.setChecked(True)
    assert entry.child_seen.isChecked()  # seen alone is seen
    entry.significant.setChecked(True)
    entry.save()
    when(qtbot, lambda: family.contacts.log.rowCount() == 1)
    (note,) = stored(gui_team, family_id).contacts
    assert note.child_seen and note.child_seen_alone and note.significant
    assert "Significant, Child seen alone" in family.contacts.log.item(0, 4).text()

    family.contacts.log.selectRow(0)
    family.contacts.correct.click()
    dialog = _editor(family, NoteDialog)
    dialog.text.setPlainText("Lou was quiet at home.")
    dialog.save_button.click()
    assert dialog.errors.field_message("Reason for the change")  # a reason is needed
    qtbot.keyClicks(dialog.reason, "Typo")
    dialog.save_button.click()
    when(qtbot, lambda: "Corrected" in (family.contacts.log.item(0, 4).text() or ""))
    (note,) = stored(gui_team, family_id).contacts
    assert note.text == "Lou was quiet at home." and note.original.text == "Lou was qiet at home."
    family.contacts.log.selectRow(0)
    shown = family.contacts.note.toPlainText()
    assert "Earlier versions" in shown and "Changed by Lee Leader" in shown and "qiet" in shown


def test_referral_decision_letter_told_and_reopening(qtbot, gui_team, start_app, tmp_path):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Referton", ("Mia",))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    family.show_tab("work")
    tab = family.work
    assert not tab.letter.isEnabled() and not tab.told.isEnabled()
    tab.decide.click()
    dialog = _editor(family, DecisionDialog)
    assert dialog.is_decision  # never saved automatically
    dialog.decision.setCurrentIndex(dialog.decision.findData(ReferralDecision.SIGNPOSTED))
    dialog.save_button.click()
    assert "reason" in dialog.errors.field_message("Reason for the decision")
    qtbot.keyClicks(dialog.reason, "Family hub parenting course")
    dialog.save_button.click()
    when(qtbot, lambda: tab.letter.isEnabled())
    assert "Family hub parenting course" in tab._referral_values["decision"].text()

    tab.letter.click()
    letter = tab.question
    when(qtbot, lambda: letter.prepared is not None)
    assert "The outcome is withheld" in letter.preview.toPlainText()
    letter.acknowledge.setChecked(True)
    target = tmp_path / "letter.pdf"
    letter.location.setText(str(target))
    letter.save()
    when(qtbot, lambda: target.exists())
    assert os.stat(target).st_mode & 0o777 == 0o600

    tab.told.click()
    dialog = _editor(family, ToldDialog)
    dialog.save_button.click()
    when(qtbot, lambda: tab._referral_values["feedback"].text() == TODAY.strftime("%d/%m/%Y"))

    session = gui_team.unlock("lead")
    work.close_episode(
        session, family_id, Closure(reason=ClosureReason.OTHER, on=TODAY, exit_plan="Hub")
    )
    session.lock()
    family.reload()
    when(qtbot, lambda: tab.reopen.isVisible())
    tab.reopen.click()
    dialog = _editor(family, ReopenDialog)
    qtbot.keyClicks(dialog.reason, "New worries from the health visitor")
    dialog.save_button.click()
    when(qtbot, lambda: family.data.view.current_episode is not None)
    view = stored(gui_team, family_id)
    assert len(view.episodes) == 2 and view.status is FamilyStatus.REFERRED
    assert not tab.reopen.isVisible()


def test_possible_matches_are_warned_and_linked(qtbot, gui_team, start_app):
    from test_people import _person

    session = gui_team.unlock("lead")
    first = new_family(session, "Matchby", ("Nia",))
    second = new_family(session, "Matchton", ("Ola",))
    families.save_member(session, first, _person("Pip", "Matchby", nhs_number="9434765919"))
    families.save_member(session, second, _person("Pip", "Matchton", nhs_number="9434765919"))
    references = {fid: families.open_family(session, fid).file.reference for fid in (first, second)}
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, first)
    household = family.household
    assert household.matches_row.isVisible()
    assert references[second] in household.matches_note.text()
    household.check_matches.click()
    dialog = household.question
    assert unnamed_inputs(dialog) == [] and dialog.table.rowCount() == 1
    dialog.same.click()
    when(qtbot, lambda: not household.matches_row.isVisible())
    assert household.members.item(1, 7).text() == references[second]  # "Also in"
    (link,) = stored(gui_team, first).links
    assert link.same_person and link.other_family_id == second

    # The team leader's list is empty now; the menu opens it.
    controller.main_window.team_actions.open_duplicates()
    when(qtbot, lambda: controller.main_window.team_actions.duplicates_dialog is not None)
    assert controller.main_window.team_actions.duplicates_dialog.table.rowCount() == 0


def test_documents_are_kept_encrypted_and_copied_out(qtbot, gui_team, start_app, tmp_path):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Docwell", ("Quin",))
    session.lock()
    source = tmp_path / "school letter.pdf"
    source.write_bytes(b"%PDF-1.4 school letter")
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    family.show_tab("documents")
    tab = family.documents
    when(qtbot, lambda: not family.is_loading)
    tab.add_file(str(source))
    dialog = _editor(family, AddDocumentDialog)
    qtbot.keyClicks(dialog.description, "Attendance letter")
    dialog.about.setCurrentIndex(1)  # Quin
    dialog.save_button.click()
    when(qtbot, lambda: tab.table.rowCount() == 1 and not family.is_loading)
    assert tab.table.item(0, 0).text() == "school letter.pdf"
    assert tab.table.item(0, 1).text() == "PDF document"
    session = gui_team.unlock("lead")
    (item,) = documents.documents(session, family_id)
    session.lock()
    assert item.info.description == "Attendance letter" and item.info.member_id is not None

    copy = tmp_path / "copy.pdf"
    tab.save_copy_to(item.id, str(copy))
    when(qtbot, lambda: copy.exists())
    assert copy.read_bytes() == source.read_bytes()
    assert os.stat(copy).st_mode & 0o777 == 0o600
    session = gui_team.unlock("lead")
    assert [e.object_id for e in audit_log.query_audit(session, action="export")][-1] == item.id
    session.lock()
