"""Screenshots of management oversight (used by scripts/screenshots.py): the team leader's and
a key worker's in-tray, the approve dialog, the allocation dialog with its suggestion,
supervision (the sessions and recording one), the organisation settings, and a family file's
Family tree and Oversight sections; and the printed family tree PDF (written to the output
folder's ``pdf/`` for a look with pdftoppm, not committed).

``give_tree`` adds a wider family and relationships to the family shown, through the
services, so the tree has grandparents, a separation and a step-parent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from familycase.demo import DEMO_PASSWORD
from familycase.domain.consent import ConsentRecord
from familycase.domain.enums import Gender, HouseholdRole, Tier
from familycase.domain.family import Member, Relationship
from familycase.domain.supervision import ActionAgreed, FamilyDiscussion, SupervisionRecord
from familycase.gui.admin.preferences import Preferences
from familycase.gui.admin.settings_dialog import SettingsDialog
from familycase.gui.app import AppController
from familycase.gui.family_file.oversight.dialogs import DecideDialog
from familycase.gui.family_file.window import FamilyFileWindow
from familycase.gui.main_window import MainWindow
from familycase.gui.team.allocate_dialog import AllocateDialog
from familycase.gui.team.supervision_dialog import SupervisionDialog
from familycase.reports.genogram_pdf import write_genogram
from familycase.services import approvals, consent, families, genogram, supervision, users
from familycase.services.consent import Recipient
from familycase.services.inbox import ItemKind
from familycase.services.vault import Vault

Wait = Callable[..., None]
WINDOW_SIZE = (1280, 720)


def give_tree(vault: Vault, family_id: str) -> None:
    """The mother's parents (her mother has died) and her ex-partner, who lives elsewhere;
    consent for the school for the mother and the children (so a printed tree shows some
    people withheld)."""
    session = vault.unlock("sam", DEMO_PASSWORD)
    try:
        view = families.open_family(session, family_id)
        members = view.file.members
        adults = [m for m in members if m.household_role is HouseholdRole.PARENT]
        children = [m for m in members if m.household_role is HouseholdRole.CHILD]
        if not adults:
            return
        mum = next((m for m in adults if m.gender is Gender.FEMALE), adults[0])
        surname = mum.family_name
        rose, frank, lee = (
            Member(given_names="Rose", family_name=surname, household_role="grandparent",
                   gender=Gender.FEMALE, deceased=True, died_on=date(2021, 3, 4),
                   date_of_birth=date(1949, 6, 1), lives_in_household=False),
            Member(given_names="Frank", family_name=surname, household_role="grandparent",
                   gender=Gender.MALE, date_of_birth=date(1947, 2, 9), lives_in_household=False),
            Member(given_names="Lee", family_name="Garvey", household_role="wider_family",
                   gender=Gender.MALE, date_of_birth=date(1984, 9, 12), lives_in_household=False),
        )  # fmt: skip
        for person in (rose, frank, lee):
            families.save_member(session, family_id, person)

        def relate(a: Member, b: Member, kind: str) -> None:
            families.save_relationship(
                session, family_id,
                Relationship(from_member_id=a.id, to_member_id=b.id, kind=kind),
            )  # fmt: skip

        relate(rose, frank, "partner_of")
        relate(rose, mum, "parent_of")
        relate(frank, mum, "parent_of")
        relate(mum, lee, "ex_partner_of")
        for person in [mum, *children]:
            consent.record_consent(
                session,
                family_id,
                ConsentRecord(
                    member_id=person.id, given_by="the_person", method="written",
                    agencies=["school"], purposes=["assessment_and_planning", "panel"],
                    categories=["basic_details"], given_on=date.today() - timedelta(days=5),
                ),
            )  # fmt: skip
    finally:
        session.lock()


def give_oversight(vault: Vault, family_id: str) -> None:
    """A request from the lead professional waiting for the team leader, and a supervision
    discussion of the family with an action."""
    session = vault.unlock("sam", DEMO_PASSWORD)
    try:
        view = families.open_family(session, family_id)
        lead = next(w for w in users.list_workers(session) if w.id == view.lead_worker_id)
        supervision.record_session(
            session,
            SupervisionRecord(
                worker_id=lead.id,
                held_on=date.today() - timedelta(days=9),
                next_on=date.today() + timedelta(days=19),
                families=[
                    FamilyDiscussion(
                        family_id=family_id,
                        reflection="DEMO DATA. The conference is close; the worker is worried "
                        "early help will drift once social care lead. Agreed what we keep doing.",
                        actions=[
                            ActionAgreed(
                                what="DEMO DATA. Agree with the social worker who does what",
                                owner_id=lead.id,
                                due_on=date.today() + timedelta(days=5),
                            )
                        ],
                    )
                ],
            ),
        )
    finally:
        session.lock()
    worker = vault.unlock(lead.username, DEMO_PASSWORD)
    try:
        approvals.request_tier_change(
            worker,
            family_id,
            Tier.TARGETED,
            "DEMO DATA. The child protection plan is ending; social care agree early help "
            "can lead again.",
        )
    finally:
        worker.lock()


def oversight_screens(
    app: QApplication,
    window: MainWindow,
    family: FamilyFileWindow,
    out: Path,
    suffix: str,
    save: Callable[[QWidget, Path], None],
    wait_until: Wait,
    settle: Callable[..., None],
) -> None:
    session = window.session
    window.show_inbox()
    wait_until(app, lambda: window.inbox.data is not None and not window.inbox.is_loading)
    settle(app)
    save(window, out / f"inbox-team-leader{suffix}.png")

    items = window.inbox.data.inbox.of(ItemKind.APPROVAL_WAITING)
    if items:
        dialog = DecideDialog(session, items[0].waiting, False, window)
        window.open_editor(dialog)
        settle(app)
        save(dialog, out / f"approval-return{suffix}.png")
        dialog.discard_changes()

    unallocated = window.inbox.data.inbox.of(ItemKind.UNALLOCATED)
    if unallocated:
        row = window.inbox.table
        index = next(
            r for r in range(row.rowCount())
            if row.item(r, 1).text().startswith("Waiting for allocation")
        )  # fmt: skip
        row.selectRow(index)
        window.inbox.open_selected()
        wait_until(app, lambda: any(isinstance(d, AllocateDialog) for d in window.open_editors()))
        allocate = next(d for d in window.open_editors() if isinstance(d, AllocateDialog))
        wait_until(app, lambda: "Reading" not in allocate.advice.text())
        settle(app)
        save(allocate, out / f"allocate-suggestion{suffix}.png")
        allocate.discard_changes()

    window.team_actions.open_supervision()
    wait_until(app, lambda: window.team_actions.supervision_dialog is not None)
    sessions = window.team_actions.supervision_dialog
    settle(app)
    save(sessions, out / f"supervision{suffix}.png")
    workers = [w for w in users.list_workers(session) if w.team_id == session.worker.team_id]
    record = SupervisionDialog(session, workers, None, sessions)
    window.open_editor(record)
    wait_until(app, lambda: bool(record.parts) or "leads no" in record.families_note.text())
    if record.parts:
        part = record.parts[0]
        part.discussed.setChecked(True)
        part.reflection.setPlainText(
            "DEMO DATA. Things are calmer at home; the worker wonders whether the family still "
            "needs us. Agreed to talk about an ending at the next review."
        )
        part.actions[0][0].setText("DEMO DATA. Plan the ending with the family")
    record.resize(820, 620)
    settle(app)
    save(record, out / f"supervision-record{suffix}.png")
    record.discard_changes()
    sessions.close()

    for tab, name in (("genogram", "family-tree"), ("oversight", "family-oversight")):
        family.show_tab(tab)
        page = getattr(family, tab)
        wait_until(
            app,
            lambda page=page: not family.is_loading and not getattr(page, "is_loading", False),
        )
        settle(app)
        save(family, out / f"{name}{suffix}.png")

    pdf = out / "pdf"
    pdf.mkdir(exist_ok=True)
    printed = genogram.prepare_print(
        session, family.family_id, Recipient(agency_type="school", name="Demoford Primary (demo)")
    )
    write_genogram(session, printed, pdf / f"family-tree{suffix}.pdf")


def key_worker_and_admin(
    app: QApplication,
    vault: Vault,
    tmp: Path,
    out: Path,
    suffix: str,
    save: Callable[[QWidget, Path], None],
    wait_until: Wait,
    settle: Callable[..., None],
) -> None:
    """Priya's in-tray, and the administrator's organisation settings."""
    for username in ("priya", "admin"):
        settings = QSettings(str(tmp / f"settings-{username}.ini"), QSettings.Format.IniFormat)
        controller = AppController(vault, username, Preferences(settings))
        try:
            controller.start()
            dialog = controller.unlock_dialog
            assert dialog is not None
            dialog.password.setText(DEMO_PASSWORD)
            dialog.try_unlock()
            wait_until(app, lambda controller=controller: controller.main_window is not None)
            window = controller.main_window
            assert window is not None
            window.resize(*WINDOW_SIZE)
            wait_until(app, lambda window=window: not window.is_loading)
            if username == "priya":
                settle(app)
                save(window, out / f"inbox-key-worker{suffix}.png")
                continue
            window.admin.open_settings()
            wait_until(
                app,
                lambda window=window: any(
                    isinstance(d, SettingsDialog) for d in window.open_editors()
                ),
            )
            editor = next(d for d in window.open_editors() if isinstance(d, SettingsDialog))
            settle(app)
            save(editor, out / f"organisation-settings{suffix}.png")
            editor.discard_changes()
        finally:
            controller.shutdown()
            for widget in (controller.main_window, controller.unlock_dialog):
                if widget is not None:
                    widget.close()
            settle(app, 0.1)
