"""The family file window and "New family", driven through the widgets against a real vault.

Every assertion about what was stored reopens the family through the services.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.enums import (
    AgencyType,
    ClosureReason,
    ContactKind,
    FamilyStatus,
    HouseholdRole,
    RelationshipKind,
    Tier,
)
from familycase.gui.family_file.agencies.agency_dialog import AgencyDialog
from familycase.gui.family_file.household.member_dialog import MemberDialog
from familycase.gui.family_file.household.relationship_dialog import RelationshipDialog
from familycase.gui.family_file.new_family_dialog import NewFamilyDialog
from familycase.gui.family_file.work.closure_dialog import ClosureDialog
from familycase.gui.family_file.work.tier_dialog import TierDialog
from familycase.services import families, timeline
from familycase.services.caseload import CaseloadView, caseload
from familycase.services.timeline import ChronologyFilter
from test_gui_support import activate, new_family, open_family_window, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures

VALID_NHS = "943 476 5919"


def stored(gui_team, family_id: str, username: str = "lead"):
    """The family as the services read it now, in a session of its own."""
    session = gui_team.unlock(username)
    try:
        return families.open_family(session, family_id)
    finally:
        session.lock()


def test_new_family_from_the_caseload(qtbot, gui_team, start_app):
    controller = start_app("lead")
    window = controller.main_window
    qtbot.mouseClick(window.new_family_button, Qt.MouseButton.LeftButton)
    dialog = window.open_editors()[-1]
    assert isinstance(dialog, NewFamilyDialog)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing entered
    assert "Family name" in dialog.errors.field_message("Family name")
    assert dialog.errors.field_message("Reason for referral")
    assert dialog.isVisible()

    qtbot.keyClicks(dialog.fields["name"], "Quartermaine family")
    qtbot.keyClicks(dialog.fields["line1"], "4 Canal Street")
    qtbot.keyClicks(dialog.fields["postcode"], "zz99 9zz")
    dialog.fields["postcode"].editingFinished.emit()
    assert dialog.errors.field_message("Postcode")  # "This does not look like a UK postcode"
    dialog.fields["postcode"].setText("sw1a1aa")
    dialog.fields["postcode"].editingFinished.emit()
    assert dialog.fields["postcode"].text() == "SW1A 1AA"
    assert not dialog.errors.field_message("Postcode")
    dialog.source.setCurrentIndex(dialog.source.findData(AgencyType.HEALTH))
    qtbot.keyClicks(dialog.reason, "Health visitor worried about sleep and feeding.")
    dialog.consent.setChecked(True)
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.TARGETED))
    first, second = dialog.people
    qtbot.keyClicks(first.given, "Jo")
    qtbot.keyClicks(first.born, "02/03/1990")
    qtbot.keyClicks(second.given, "Ruby")
    qtbot.keyClicks(second.born, "31/02/2020")  # no such date
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "not a date we recognise" in dialog.errors.field_message("Person 2 / Date of birth")
    second.born.setText("03/04/2020")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when(qtbot, lambda: window.family_windows)
    family_id, family_window = next(iter(window.family_windows.items()))
    assert family_window.heading.text() == "Quartermaine family"
    view = stored(gui_team, family_id)
    assert view.file.details.address.postcode == "SW1A 1AA"
    assert view.tier is Tier.TARGETED and view.status is FamilyStatus.REFERRED
    assert [(m.full_name, m.household_role, m.date_of_birth) for m in view.file.members] == [
        ("Jo Quartermaine", HouseholdRole.PARENT, date(1990, 3, 2)),
        ("Ruby Quartermaine", HouseholdRole.CHILD, date(2020, 4, 3)),
    ]
    referral = view.current_episode.details.referral
    assert referral.source_type is AgencyType.HEALTH and referral.consent_to_referral

    # The caseload was reloaded, and search finds the family by a member's name.
    when(
        qtbot,
        lambda: not window.is_loading and family_id in {r.family_id for r in window.visible_rows()},
    )
    qtbot.keyClicks(window.search, "ruby quarter")
    assert [r.family_id for r in window.visible_rows()] == [family_id]


def test_household_members_and_relationships(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Brackenbury", ("Dee", "Max"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    household = family.household
    assert household.members.rowCount() == 2

    # Add a person, with a mistyped NHS number put right.
    qtbot.mouseClick(household.add_member, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, MemberDialog)
    assert dialog.surname.text() == "Brackenbury"  # the family's name to start with
    qtbot.keyClicks(dialog.given, "Nell")
    dialog.role.setCurrentIndex(dialog.role.findData(HouseholdRole.GRANDPARENT))
    qtbot.keyClicks(dialog.born, "12/12/1950")
    qtbot.keyClicks(dialog.nhs, "943 476 5918")
    dialog.nhs.editingFinished.emit()
    assert "last digit" in dialog.errors.field_message("NHS number")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "NHS number" in dialog.errors.field_message("NHS number")
    dialog.nhs.setText(VALID_NHS.replace(" ", ""))
    dialog.nhs.editingFinished.emit()
    assert dialog.nhs.text() == VALID_NHS and not dialog.errors.field_message("NHS number")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: household.members.rowCount() == 3)
    nell = next(m for m in stored(gui_team, family_id).file.members if m.given_names == "Nell")
    assert nell.nhs_number == VALID_NHS.replace(" ", "")
    assert nell.household_role is HouseholdRole.GRANDPARENT

    # Edit: Max is known as Maxi.
    household.members.selectRow(1)
    qtbot.mouseClick(household.edit_member, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert dialog.given.text() == "Max"
    dialog.known_as.setText("Maxi")
    activate(qtbot, dialog)
    dialog.known_as.setFocus()
    qtbot.keyClick(dialog.known_as, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    when(qtbot, lambda: household.members.item(1, 1).text() == "Maxi")
    assert [m.known_as for m in stored(gui_team, family_id).file.members] == ["", "Maxi", ""]

    # A relationship: Dee is a parent of Max.
    qtbot.mouseClick(household.add_relationship, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, RelationshipDialog)
    dialog.person.setCurrentIndex(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData(RelationshipKind.PARENT_OF))
    dialog.other.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "cannot be related to themselves" in dialog.errors.general_message()
    dialog.other.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: household.relationships.rowCount() == 1)
    view = stored(gui_team, family_id)
    (relationship,) = view.file.relationships
    assert view.file.member(relationship.from_member_id).given_names == "Dee"
    assert view.file.member(relationship.to_member_id).given_names == "Max"

    # Remove Max, after saying yes; his relationship goes with him.
    household.members.selectRow(1)
    qtbot.mouseClick(household.remove_member, Qt.MouseButton.LeftButton)
    box = family.question
    assert box is not None and "Max Brackenbury" in box.text()
    cancel = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
    )
    cancel.click()
    assert len(stored(gui_team, family_id).file.members) == 3  # nothing removed on Cancel
    qtbot.mouseClick(household.remove_member, Qt.MouseButton.LeftButton)
    box = family.question
    remove = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    )
    remove.click()
    when(qtbot, lambda: household.members.rowCount() == 2)
    view = stored(gui_team, family_id)
    assert [m.given_names for m in view.file.members] == ["Dee", "Nell"]
    assert view.file.relationships == []


def test_agencies_around_the_family(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Cobblestone", ("Ann", "Bo"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)
    family.show_tab("agencies")
    qtbot.mouseClick(family.agencies.add, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, AgencyDialog)
    qtbot.keyClicks(dialog.name, "Testtown Primary")
    dialog.people.item(1).setCheckState(Qt.CheckState.Checked)
    dialog.taf.setChecked(True)
    qtbot.keyClicks(dialog.practitioner, "Ms Patel")
    qtbot.keyClicks(dialog.email, "not-an-email")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.field_message("Email")
    dialog.email.setText("j.patel@testtown.sch.uk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: family.agencies.table.rowCount() == 1)
    (agency,) = stored(gui_team, family_id).file.agencies
    view = stored(gui_team, family_id)
    assert agency.agency_name == "Testtown Primary" and agency.agency_type is AgencyType.SCHOOL
    assert agency.in_team_around_family
    assert agency.member_ids == [view.file.members[1].id]
    assert agency.practitioner.contact.email == "j.patel@testtown.sch.uk"


def test_contact_quick_entry_step_up_and_close(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Dunwich", ("Cat", "Dot"))
    session.lock()
    controller = start_app("lead")
    family = open_family_window(qtbot, controller.main_window, family_id)

    # A contact note: the date is today already; Ctrl+Enter saves.
    family.show_tab("contacts")
    entry = family.contacts.entry
    assert entry.on.text() == date.today().strftime("%d/%m/%Y")
    entry.kind.setCurrentIndex(entry.kind.findData(ContactKind.PHONE_CALL))
    entry.seen.item(0).setCheckState(Qt.CheckState.Checked)
    entry.duration.setValue(20)
    activate(qtbot, entry)
    entry.text.setFocus()
    qtbot.keyClick(entry.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "What happened" in entry.errors.field_message("What happened")  # required
    qtbot.keyClicks(entry.text, "Cat rang: the new bedtime routine is working.")
    qtbot.keyClick(entry.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    when(qtbot, lambda: family.contacts.log.rowCount() == 1)
    assert entry.text.toPlainText() == "" and not entry.has_unsaved_changes()
    view = stored(gui_team, family_id)
    (note,) = view.contacts
    assert note.kind is ContactKind.PHONE_CALL and note.duration_minutes == 20
    assert note.member_ids == [view.file.members[0].id] and note.occurred_on == date.today()

    # Step up: a reason is required, and the dialog says which way the step goes.
    family.show_tab("work")
    qtbot.mouseClick(family.work.step, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, TierDialog)
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.TARGETED))
    assert dialog.direction.text() == "This is a step up."
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "needs a reason" in dialog.errors.general_message()
    qtbot.keyClicks(dialog.reason, "School exclusion and police call-out.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: family.data.view.tier is Tier.TARGETED)
    view = stored(gui_team, family_id)
    assert view.tier is Tier.TARGETED
    change = view.current_episode.details.tier_history[-1]
    assert change.kind == "step_up" and change.reason == "School exclusion and police call-out."
    assert family.work.tiers.rowCount() == 2

    # The chronology shows what the services say happened (contacts only when marked
    # significant, unless every contact is asked for).
    family.show_tab("timeline")
    when(qtbot, lambda: not family.is_loading and family.timeline.events)
    session = gui_team.unlock("lead")
    expected = timeline.chronology(session, family_id)
    session.lock()

    def shown():
        return [(e.on, e.kind, e.title) for e in family.timeline.events]

    assert shown() == [(e.on, e.kind, e.title) for e in expected.filtered(ChronologyFilter())]
    assert "Stepped up" in family.timeline.view.toPlainText()
    assert "Phone call" not in family.timeline.view.toPlainText()
    family.timeline.all_contacts.setChecked(True)
    assert shown() == [
        (e.on, e.kind, e.title) for e in expected.filtered(ChronologyFilter(all_contacts=True))
    ]
    assert "Phone call (20 min)" in family.timeline.view.toPlainText()

    # Close, with an exit plan.
    family.show_tab("work")
    qtbot.mouseClick(family.work.close_episode, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, ClosureDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData(ClosureReason.OUTCOMES_ACHIEVED))
    dialog.on.setText((date.today() + timedelta(days=3)).strftime("%d/%m/%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.field_message("Exit plan")
    assert "future" in dialog.errors.field_message("Date closed")
    dialog.on.setText("today")
    qtbot.keyClicks(dialog.exit_plan, "School nurse checks in monthly; Cat knows to call.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: family.data.view.status is FamilyStatus.CLOSED)
    view = stored(gui_team, family_id)
    assert view.status is FamilyStatus.CLOSED
    closure = view.episodes[-1].details.closure
    assert closure.exit_plan == "School nurse checks in monthly; Cat knows to call."
    assert closure.on == date.today()
    assert not family.work.step.isEnabled() and not family.work.close_episode.isEnabled()


def test_closing_with_unsaved_edits_asks_save_discard_cancel(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Elmstead", ("Eve", "Fin"))
    session.lock()
    controller = start_app("lead")
    window = controller.main_window
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("contacts")
    qtbot.keyClicks(family.contacts.entry.text, "Dropped in a food bank voucher.")

    family.close()  # Cancel: the window and the typing stay
    box = window_question(family)
    next(b for b in box.buttons() if b.text() == "Cancel").click()
    assert family.isVisible() and family.contacts.entry.has_unsaved_changes()

    family.close()  # Save: stored, then the window closes
    box = window_question(family)
    next(b for b in box.buttons() if b.text() == "&Save").click()
    when(qtbot, lambda: family_id not in window.family_windows)
    assert [n.text for n in stored(gui_team, family_id).contacts] == [
        "Dropped in a food bank voucher."
    ]

    family = open_family_window(qtbot, window, family_id)
    family.show_tab("household")
    qtbot.mouseClick(family.household.add_member, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    qtbot.keyClicks(dialog.given, "Gil")
    family.close()  # Discard: nothing stored
    box = window_question(family)
    next(b for b in box.buttons() if b.text() == "&Discard changes").click()
    when(qtbot, lambda: family_id not in window.family_windows)
    assert [m.given_names for m in stored(gui_team, family_id).file.members] == ["Eve", "Fin"]


def window_question(widget) -> QMessageBox:
    boxes = [b for b in widget.findChildren(QMessageBox) if b.isVisible()]
    assert boxes, "no question was asked"
    return boxes[-1]


def test_a_key_worker_cannot_allocate_or_see_other_families(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Foxhollow", ("Gwen", "Hal"))
    from familycase.services import work

    work.allocate_lead_professional(lead, family_id, gui_team.worker_id("kw2"), "Capacity")
    lead.lock()
    controller = start_app("kw2")
    window = controller.main_window
    assert family_id in {r.family_id for r in window.visible_rows()}
    family = open_family_window(qtbot, window, family_id)
    assert not family.work.allocate.isVisibleTo(family)
    assert window.team_button is None
    assert {r.family_id for r in caseload(gui_team.unlock("kw2"), CaseloadView.MINE)} == {
        r.family_id for r in window.visible_rows()
    }


def test_quitting_with_unsaved_edits_asks_first(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Greyfriars", ("Ida", "Jon"))
    session.lock()
    controller = start_app("lead")
    window = controller.main_window
    finished = []
    controller.finished.connect(lambda: finished.append(1))
    family = open_family_window(qtbot, window, family_id)
    qtbot.keyClicks(family.contacts.entry.text, "Met Ida at the school gate.")
    unlocked = controller.session

    window.close()
    box = window.question
    assert box is not None and "Contact note for Greyfriars family" in box.text()
    next(b for b in box.buttons() if b.text() == "Cancel").click()
    assert window.isVisible() and not finished

    window.close()
    next(b for b in window.question.buttons() if b.text() == "&Discard changes").click()
    when(qtbot, lambda: finished)
    assert unlocked.is_locked
    assert stored(gui_team, family_id).contacts == []
