"""Screenshots of the practice records (used by scripts/screenshots.py): the alert banner and
the Risks tab, the Chronology and its print dialog, a corrected contact note, the referral
decision and feedback letter, possible matches between families, documents, the team
leader's duplicates list; and the letter and chronology PDFs (written to the output folder's
``pdf/`` for a look with pdftoppm, not committed).

``give_practice`` adds what the demo family shown may lack, through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from familycase.demo import DEMO_PASSWORD
from familycase.domain.chronology import ChronologyEntry, EntryKind
from familycase.domain.consent import InfoCategory
from familycase.domain.enums import AgencyType, ContactKind, HouseholdRole
from familycase.domain.risk import RiskFlag, RiskKind
from familycase.domain.work import ContactNote
from familycase.gui.family_file.window import FamilyFileWindow
from familycase.gui.main_window import MainWindow
from familycase.services import chronology_log, documents, families, risks, work
from familycase.services.vault import Vault

Wait = Callable[..., None]


def give_practice(vault: Vault, family_id: str, other_id: str) -> None:
    session = vault.unlock("sam", DEMO_PASSWORD)
    try:
        today = date.today()
        view = families.open_family(session, family_id)
        children = [m for m in view.file.members if m.household_role is HouseholdRole.CHILD]
        child = children[0] if children else view.file.members[0]
        if not view.current_risks:
            risks.save_flag(
                session,
                family_id,
                RiskFlag(
                    kind=RiskKind.CHILD_PROTECTION_PLAN,
                    member_ids=[child.id],
                    started_on=today - timedelta(days=20),
                    source_agency_type=AgencyType.SOCIAL_CARE,
                    source_agency_name="Demoford Children's Services (demo)",
                    note="DEMO DATA. Neglect category; review conference in six weeks.",
                ),
            )
            risks.save_flag(
                session,
                family_id,
                RiskFlag(
                    kind=RiskKind.DOMESTIC_ABUSE,
                    started_on=today - timedelta(days=45),
                    source_agency_type=AgencyType.POLICE,
                    note="DEMO DATA. Discussed at MARAC; safety plan in place.",
                ),
            )
        chronology_log.record_event(
            session,
            family_id,
            ChronologyEntry(
                kind=EntryKind.SIGNIFICANT_EVENT,
                on=today - timedelta(days=9),
                title="Fixed-term exclusion (2 days) (demo)",
                detail="DEMO DATA. School to hold a reintegration meeting.",
                member_ids=[child.id],
                category=InfoCategory.EDUCATION,
            ),
        )
        note = ContactNote(
            occurred_on=today - timedelta(days=2),
            kind=ContactKind.HOME_VISIT,
            member_ids=[child.id],
            duration_minutes=60,
            text=f"DEMO DATA. Saw {child.given_names} at home; said things were calmer.",
            child_seen=True,
            significant=True,
        )
        work.add_contact_note(session, family_id, note)
        work.edit_contact_note(
            session,
            family_id,
            note.id,
            note.content().model_copy(
                update={
                    "text": note.text + " Seen alone in their room for 10 minutes.",
                    "child_seen_alone": True,
                }
            ),
            "DEMO DATA. Added that the child was seen alone.",
        )
        documents.attach(
            session,
            family_id,
            "Attendance letter from school (demo).pdf",
            b"%PDF-1.4\n% DEMO DATA\n%%EOF\n",
            "DEMO DATA. Attendance this term",
            child.id,
        )
        # The same child in another family's household, not yet checked: a warning shows.
        families.save_member(
            session,
            other_id,
            child.model_copy(
                update={"id": "a" * 32, "lives_in_household": False, "notes": "DEMO DATA."}
            ),
        )
    finally:
        session.lock()


def practice_screens(
    app: QApplication,
    window: MainWindow,
    family: FamilyFileWindow,
    out: Path,
    suffix: str,
    save: Callable[[QWidget, Path], None],
    wait_until: Wait,
    settle: Callable[..., None],
) -> None:
    size = (1280, 720)
    family.resize(*size)
    family.show_tab("household")
    wait_until(app, lambda: not family.is_loading)
    settle(app)
    save(family, out / f"family-household-matches{suffix}.png")
    family.household.check_matches.click()
    matches = family.household.question
    settle(app)
    save(matches, out / f"possible-matches{suffix}.png")
    matches.close()

    family.show_tab("risks")
    settle(app)
    save(family, out / f"family-risks{suffix}.png")
    family.risks.add.click()
    dialog = family.open_editors()[-1]
    dialog.resize(700, 700)
    settle(app)
    save(dialog, out / f"risk-dialog{suffix}.png")
    dialog.discard_changes()

    family.show_tab("timeline")
    wait_until(app, lambda: not family.is_loading and family.timeline.events)
    settle(app)
    save(family, out / f"family-timeline{suffix}.png")
    family.timeline.print.click()
    printer = family.timeline.question
    printer.agency_name.setText("Demoford Children's Services (demo)")
    printer.check()
    wait_until(app, lambda: printer.prepared is not None)
    settle(app)
    save(printer, out / f"chronology-print{suffix}.png")
    pdf_dir = out / "pdf"
    pdf_dir.mkdir(exist_ok=True)
    printer.acknowledge.setChecked(True)
    printer.location.setText(str(pdf_dir / f"chronology{suffix}.pdf"))
    printer.save()
    wait_until(app, lambda: (pdf_dir / f"chronology{suffix}.pdf").exists())
    settle(app)
    close_message(app, window, family, settle=settle)

    family.show_tab("contacts")
    wait_until(app, lambda: not family.is_loading)
    log = family.contacts.log
    for row in range(log.rowCount()):
        if "Corrected" in (log.item(row, 4).text() or ""):
            log.selectRow(row)
            break
    settle(app)
    save(family, out / f"family-contacts{suffix}.png")
    family.contacts.correct.click()
    note = family.open_editors()[-1]
    note.resize(720, 720)
    settle(app)
    save(note, out / f"note-correction{suffix}.png")
    note.discard_changes()

    family.show_tab("work")
    settle(app)
    save(family, out / f"family-work{suffix}.png")
    family.work.letter.click()
    letter = family.work.question
    wait_until(app, lambda: letter.prepared is not None)
    settle(app)
    save(letter, out / f"referral-letter{suffix}.png")
    letter.acknowledge.setChecked(True)
    letter.location.setText(str(pdf_dir / f"referral-letter{suffix}.pdf"))
    letter.save()
    wait_until(app, lambda: (pdf_dir / f"referral-letter{suffix}.pdf").exists())
    settle(app)
    close_message(app, window, family, settle=settle)

    family.show_tab("documents")
    wait_until(app, lambda: not family.is_loading and family.documents.items)
    settle(app)
    save(family, out / f"family-documents{suffix}.png")

    window.team_actions.open_duplicates()
    wait_until(app, lambda: window.team_actions.duplicates_dialog is not None)
    dialog = window.team_actions.duplicates_dialog
    settle(app)
    save(dialog, out / f"duplicates{suffix}.png")
    dialog.close()


def close_message(app: QApplication, *parents: QWidget, settle: Callable[..., None]) -> None:
    """Close the 'saved outside FamilyCase' message boxes left open by a save."""
    from PySide6.QtWidgets import QMessageBox

    for parent in parents:
        for box in parent.findChildren(QMessageBox):
            box.close()
    settle(app, 0.1)
