"""The Consent tab and its dialogs, and the caseload's consent column, against a real vault.

What was stored is always read back through the services in a session of its own.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.consent import (
    ConsentMethod,
    ConsentRecord,
    GivenBy,
    InfoCategory,
    LawfulBasis,
    Purpose,
)
from familycase.domain.enums import AgencyType
from familycase.gui.caseload.model import Column
from familycase.gui.common.forms import set_checked
from familycase.gui.common.tasks import wait_for_background_work
from familycase.gui.family_file.consent.consent_dialog import WithdrawDialog
from familycase.gui.family_file.consent.family_consent_dialog import FamilyConsentDialog
from familycase.gui.family_file.consent.override_dialog import OverrideDialog
from familycase.services import consent as consent_service
from familycase.services import families
from test_gui_support import new_family, open_family_window, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def settle(qtbot) -> None:
    """Until the service thread is idle (other tabs load in the background after a change),
    so that a second session reading the vault does not race the app's own writes."""
    for _ in range(3):
        wait_for_background_work()
        qtbot.wait(30)
    wait_for_background_work()


def stored_consents(gui_team, family_id: str, qtbot=None):
    if qtbot is not None:
        settle(qtbot)
    session = gui_team.unlock("lead")
    try:
        return (
            consent_service.consents(session, family_id),
            consent_service.overrides(session, family_id),
        )
    finally:
        session.lock()


def consent_tab(qtbot, window, family_id):
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("consent")
    when(qtbot, lambda: family.consent.data is not None and not family.consent.is_loading)
    return family, family.consent


def test_record_withdraw_and_override_through_the_consent_tab(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Consentby", ("Robin", "Ash"))
    members = families.open_family(session, family_id).file.members
    session.lock()
    controller = start_app("lead")
    family, tab = consent_tab(qtbot, controller.main_window, family_id)
    assert tab.consents.rowCount() == 0

    qtbot.mouseClick(tab.record, Qt.MouseButton.LeftButton)
    dialog = family.open_editors()[-1]
    assert isinstance(dialog, FamilyConsentDialog)
    dialog.tick([])
    dialog.given_on.setText((date.today() + timedelta(days=3)).strftime("%d/%m/%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # plain-English problems, nothing stored
    assert dialog.errors.field_message("Agencies")
    assert dialog.errors.field_message("People who agreed")
    assert "future" in dialog.errors.field_message("Date given")

    dialog.given_on.setText(date.today().strftime("%d/%m/%Y"))
    dialog.tick([members[0].id])
    set_checked(dialog.purposes, [Purpose.PANEL])
    set_checked(dialog.agencies, [AgencyType.SCHOOL, AgencyType.HEALTH])
    set_checked(dialog.categories, [InfoCategory.BASIC_DETAILS, InfoCategory.EDUCATION])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: tab.consents.rowCount() == 1 and not tab.is_loading)
    (record,), _ = stored_consents(gui_team, family_id, qtbot)
    assert record.member_id == members[0].id
    assert set(record.agencies) == {AgencyType.SCHOOL, AgencyType.HEALTH}
    assert set(record.categories) == {InfoCategory.BASIC_DETAILS, InfoCategory.EDUCATION}
    assert tab.consents.item(0, 1).text() == "Current"  # the state in words

    tab.consents.selectRow(0)
    qtbot.mouseClick(tab.withdraw, Qt.MouseButton.LeftButton)
    withdraw = family.open_editors()[-1]
    assert isinstance(withdraw, WithdrawDialog)
    qtbot.mouseClick(withdraw.save_button, Qt.MouseButton.LeftButton)
    assert withdraw.errors.field_message("Reason")  # a reason is required
    withdraw.reason.setPlainText("Mum no longer wants the school told.")
    qtbot.mouseClick(withdraw.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: tab.consents.item(0, 1).text() == "Withdrawn")
    (record,), _ = stored_consents(gui_team, family_id, qtbot)
    assert record.withdrawal is not None
    assert record.withdrawal.reason == "Mum no longer wants the school told."

    qtbot.mouseClick(tab.override, Qt.MouseButton.LeftButton)
    override = family.open_editors()[-1]
    assert isinstance(override, OverrideDialog)
    override.agency.setCurrentIndex(override.agency.findData(AgencyType.SOCIAL_CARE))
    override.reason.setPlainText("Disclosure of harm to Ash; strategy discussion today.")
    override.legal_gateway.setText("Children Act 1989, section 47")
    qtbot.mouseClick(override.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: tab.overrides.rowCount() == 1)
    _, (stored_override,) = stored_consents(gui_team, family_id, qtbot)
    assert stored_override.agency is AgencyType.SOCIAL_CARE
    assert stored_override.lawful_basis is LawfulBasis.PUBLIC_TASK
    assert stored_override.legal_gateway == "Children Act 1989, section 47"


def test_evidence_is_kept_encrypted_and_saved_as_a_copy(qtbot, gui_team, start_app, tmp_path):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Evidencia", ("Lou",))
    member = families.open_family(session, family_id).file.members[0]
    consent = ConsentRecord(
        member_id=member.id,
        given_by=GivenBy.THE_PERSON,
        method=ConsentMethod.WRITTEN,
        agencies=[AgencyType.SCHOOL],
        purposes=[Purpose.PANEL],
        categories=[InfoCategory.BASIC_DETAILS],
        given_on=date.today() - timedelta(days=360),
        review_on=date.today() + timedelta(days=5),
    )
    consent_service.record_consent(session, family_id, consent)
    session.lock()
    scan = tmp_path / "signed-form.pdf"
    scan.write_bytes(b"%PDF-1.4 pretend scan")
    controller = start_app("lead")
    _family, tab = consent_tab(qtbot, controller.main_window, family_id)
    assert tab.consents.item(0, 1).text() == "Expiring soon"
    tab.consents.selectRow(0)
    tab.attach_file(consent.id, str(scan))
    when(qtbot, lambda: tab.save_evidence.isEnabled() and not tab.is_loading)
    evidence_id = tab._evidence.by_consent[consent.id][0].evidence_id
    copy = tmp_path / "copy.pdf"
    tab.save_evidence_to(evidence_id, str(copy))
    when(qtbot, lambda: copy.exists())
    assert copy.read_bytes() == scan.read_bytes()

    tab.person.setCurrentIndex(tab.person.findData(member.id))
    assert tab.subject_access.isEnabled()
    tab.export_subject_access(member.id, str(tmp_path / "sar"))
    when(qtbot, lambda: len(list((tmp_path / "sar").glob("*"))) == 2)
    assert {p.suffix for p in (tmp_path / "sar").iterdir()} == {".json", ".pdf"}


def test_caseload_shows_the_consent_state_in_words(qtbot, gui_team, start_app):
    session = gui_team.unlock("lead")
    family_id = new_family(session, "Statewise", ("Pat",))
    member = families.open_family(session, family_id).file.members[0]
    consent_service.record_consent(
        session,
        family_id,
        ConsentRecord(
            member_id=member.id,
            given_by=GivenBy.THE_PERSON,
            method=ConsentMethod.VERBAL,
            agencies=[AgencyType.HEALTH],
            purposes=[Purpose.PANEL],
            categories=[InfoCategory.BASIC_DETAILS],
            given_on=date.today() - timedelta(days=400),
            review_on=date.today() - timedelta(days=35),
        ),
    )
    bare = new_family(session, "Unconsented", ("Jo",))
    session.lock()
    controller = start_app("lead")
    window = controller.main_window
    texts = {}
    for row in range(window.model.rowCount()):
        record = window.model.index(row, 0).data(window.model.ROW_ROLE)
        texts[record.family_id] = window.model.index(row, Column.CONSENT).data()
    assert texts[family_id] == "0 of 1 person\n1 expired"  # two lines in the list
    accessible = {
        window.model.index(r, 0).data(window.model.ROW_ROLE).family_id: window.model.index(
            r, Column.CONSENT
        ).data(Qt.ItemDataRole.AccessibleTextRole)
        for r in range(window.model.rowCount())
    }
    assert accessible[family_id] == "0 of 1 person, 1 expired"  # one sentence when read out
    assert texts[bare] == "None recorded"


def test_one_of_six_consenting_never_reads_as_current(qtbot, gui_team, start_app):
    """The issue: 1 of 6 people consented and the header and caseload said "Current"."""
    session = gui_team.unlock("lead")
    names = ("Ann", "Bob", "Cai", "Dee", "Eli", "Fay")
    family_id = new_family(session, "Sixfold", names)
    member = families.open_family(session, family_id).file.members[0]
    consent_service.record_consent(
        session,
        family_id,
        ConsentRecord(
            member_id=member.id,
            given_by=GivenBy.THE_PERSON,
            method=ConsentMethod.VERBAL,
            agencies=[AgencyType.HEALTH],
            purposes=[Purpose.PANEL],
            categories=[InfoCategory.BASIC_DETAILS],
            given_on=date.today() - timedelta(days=10),
        ),
    )
    session.lock()
    controller = start_app("lead")
    window = controller.main_window
    texts = {}
    for row in range(window.model.rowCount()):
        record = window.model.index(row, 0).data(window.model.ROW_ROLE)
        texts[record.family_id] = window.model.index(row, Column.CONSENT).data()
    assert texts[family_id] == "1 of 6 people"
    window.open_family_id(family_id)
    when(qtbot, lambda: family_id in window.family_windows)
    family_window = window.family_windows[family_id]
    assert "Consent to share: 1 of 6 people" in family_window.facts.text()
    assert "Current" not in family_window.facts.text()
