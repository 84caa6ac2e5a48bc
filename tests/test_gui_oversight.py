"""The desktop app's oversight places: the in-tray (first page, items open their place, a team
leader approves from it), asking for a step, the Oversight section, the family tree drawn
offscreen, and the organisation settings signed by an administrator."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from backends import file_vault_only  # noqa: F401  (about files on disk or the desktop app)
from familycase.domain.approvals import ApprovalStatus
from familycase.domain.enums import Tier
from familycase.domain.family import Member, Relationship
from familycase.domain.genogram import LinkKind, Shape, drawing, layout
from familycase.domain.settings import Jurisdiction
from familycase.gui.admin.settings_dialog import SettingsDialog
from familycase.gui.family_file.genogram.painting import UNIT, render_tree
from familycase.gui.family_file.oversight.dialogs import DecideDialog
from familycase.gui.family_file.work.tier_dialog import TierDialog
from familycase.gui.inbox.page import INBOX_PAGE
from familycase.services import approvals, families, org_settings, work
from familycase.services.inbox import ItemKind
from test_gui_support import new_family, open_family_window, wait_idle, when

pytest_plugins = ["test_gui_support"]  # the shared fixtures


def _person(given: str, role: str, gender: str, **extra: object) -> Member:
    return Member(given_names=given, family_name="Treeby", household_role=role, gender=gender,
                  **extra)  # fmt: skip


def test_the_family_tree_renders_offscreen_with_every_person_and_link(qtbot):
    gran = _person("Rose", "grandparent", "female", deceased=True, lives_in_household=False)
    grandad = _person("Bill", "grandparent", "male", lives_in_household=False)
    mum = _person("Jo", "parent", "female", date_of_birth=date(1985, 2, 2))
    dad = _person("Tom", "parent", "male", lives_in_household=False)
    partner = _person("Sam", "step_parent", "non_binary")
    amy = _person("Amy", "child", "female", date_of_birth=date(2012, 1, 1))
    ben = _person("Ben", "child", "not_known", date_of_birth=date(2015, 1, 1))
    people = [mum, dad, partner, amy, ben, gran, grandad]

    def rel(a: Member, b: Member, kind: str) -> Relationship:
        return Relationship(from_member_id=a.id, to_member_id=b.id, kind=kind)

    relationships = [
        rel(gran, grandad, "partner_of"), rel(gran, mum, "parent_of"),
        rel(grandad, mum, "parent_of"),
        rel(mum, dad, "ex_partner_of"), rel(mum, partner, "partner_of"),
        rel(mum, amy, "parent_of"), rel(dad, amy, "parent_of"), rel(mum, ben, "parent_of"),
        rel(dad, ben, "parent_of"), rel(partner, amy, "step_parent_of"),
    ]  # fmt: skip
    tree = layout(people, relationships)
    assert len(tree.people) == 7 and tree.levels == 3
    kinds = [link.kind for link in tree.links]
    assert kinds.count(LinkKind.COUPLE) == 2 and kinds.count(LinkKind.SEPARATED) == 1
    assert kinds.count(LinkKind.CHILD) == 4  # Jo from both grandparents; Amy, Ben; Sam's step
    to_amy = {(frozenset(link.members[:-1]), link.style) for link in tree.links
              if link.kind is LinkKind.CHILD and link.members[-1] == amy.id}  # fmt: skip
    # Amy hangs from her birth parents' line; her step-parent's line is separate and dashed.
    assert to_amy == {(frozenset({mum.id, dad.id}), "solid"), (frozenset({partner.id}), "dashed")}
    assert {p.level for p in tree.people if p.member_id in (amy.id, ben.id)} == {2}
    assert tree.person(gran.id).deceased and tree.person(dad.id).lives_elsewhere
    assert tree.person(partner.id).shape is Shape.DIAMOND
    assert tree.person(ben.id).shape is Shape.UNKNOWN
    picture = drawing(tree)
    image = render_tree(picture, UNIT, QFont())
    assert (image.width(), image.height()) == (
        round(picture.width * UNIT), round(picture.height * UNIT),
    )  # fmt: skip
    for person in tree.people:  # a dark outline round every symbol
        symbol = next(s for s in picture.symbols if s.x == person.x + 0.6)
        x, top = round(symbol.x * UNIT), round((symbol.y - symbol.size / 2) * UNIT)
        column = [QColor(image.pixel(x, y)).lightness() for y in range(top - 2, top + 3)]
        assert min(column) < 128, person.label
    # Greyscale only: every pixel is a grey (the meaning is in shapes and line styles).
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colour = QColor(image.pixel(x, y))
            assert max(colour.red(), colour.green(), colour.blue()) - min(
                colour.red(), colour.green(), colour.blue()
            ) < 12
    # Withheld people keep their place, with no name, gender or marks.
    hidden = layout(people, relationships, shown=[mum.id, amy.id])
    withheld = [p for p in hidden.people if p.shape is Shape.WITHHELD]
    assert len(withheld) == 5 and all(p.label == ("Withheld",) for p in withheld)
    assert not any(p.deceased for p in withheld)


def test_the_family_tree_section_shows_the_households_tree(qtbot, gui_team, start_app):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Rootsby", ("Ann", "Cai"))
    ann, cai = families.open_family(lead, family_id).file.members
    families.save_relationship(
        lead, family_id, Relationship(from_member_id=ann.id, to_member_id=cai.id, kind="parent_of")
    )
    lead.lock()
    window = start_app("lead").main_window
    family = open_family_window(qtbot, window, family_id)
    family.show_tab("genogram")
    tab = family.genogram
    assert len(tab.genogram.people) == 2 and tab.links(LinkKind.CHILD) == 1
    assert tab.tree.width() > 0 and tab.tree.height() > 0
    assert "Ann Rootsby is a parent of Cai Rootsby." in tab.tree.accessibleDescription()
    before = tab.tree.width()
    tab.size_choice.setCurrentIndex(tab.size_choice.count() - 1)
    assert tab.tree.width() > before
    qtbot.waitUntil(lambda: tab.tree.painted.symbols >= 2, timeout=5000)


def test_a_key_worker_asks_and_the_team_leader_approves_from_the_in_tray(
    qtbot, gui_team, start_app
):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Askham", ("Ida", "Joe"))
    work.allocate_lead_professional(lead, family_id, gui_team.worker_id("kw1"), "Capacity")
    lead.lock()
    # Kim asks to step up: the dialog says a team leader decides, and nothing changes yet.
    kim = start_app("kw1").main_window
    family = open_family_window(qtbot, kim, family_id)
    family.show_tab("work")
    qtbot.mouseClick(family.work.step, Qt.MouseButton.LeftButton)
    dialog = family.editors.all()[-1]
    assert isinstance(dialog, TierDialog)
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.TARGETED))
    assert dialog.save_button.text() == "&Ask a team leader"
    qtbot.keyClicks(dialog.reason, "Attendance fell again")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: family.data.oversight.pending is not None)
    wait_idle(qtbot, family)
    assert family.data.view.tier is Tier.EARLY_HELP
    assert "Waiting for a team leader" in family.work.waiting.text()
    assert not family.work.step.isEnabled()

    # Lee signs in: the in-tray is first, and the request is in it.
    leader = start_app("lead", in_tray=True).main_window
    assert leader.current_view == INBOX_PAGE
    when(qtbot, lambda: leader.inbox.data is not None)
    items = leader.inbox.data.inbox.of(ItemKind.APPROVAL_WAITING)
    assert [i.family_id for i in items] == [family_id]
    row = next(
        r for r in range(leader.inbox.table.rowCount())
        if leader.inbox.table.item(r, 1).text().startswith("Waiting for your approval")
    )  # fmt: skip
    leader.inbox.table.selectRow(row)
    assert leader.inbox.approve_button.isEnabled()
    qtbot.mouseClick(leader.inbox.approve_button, Qt.MouseButton.LeftButton)
    decide = leader.open_editors()[-1]
    assert isinstance(decide, DecideDialog)
    assert "Step up from tier 2 to tier 3" in decide.intro.text()
    assert "Kim Worker" in decide.intro.text() and "Attendance fell again" in decide.intro.text()
    saved: list[object] = []
    decide.saved.connect(saved.append)
    qtbot.mouseClick(decide.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: saved)
    when(qtbot, lambda: leader.inbox.data is not None and not leader.inbox.is_loading)
    assert leader.inbox.data.inbox.of(ItemKind.APPROVAL_WAITING) == []
    session = gui_team.unlock("lead")
    [request] = approvals.for_family(session, family_id)
    assert request.status is ApprovalStatus.APPROVED
    assert families.open_family(session, family_id).tier is Tier.TARGETED
    session.lock()

    # The Oversight section of Kim's file shows the decision; Open from the in-tray goes to the
    # family file at the right section.
    family.reload()
    wait_idle(qtbot, family)
    family.show_tab("oversight")
    when(qtbot, lambda: family.oversight.record is not None and not family.oversight.is_loading)
    assert family.oversight.requests.item(0, 3).text() == "Approved"
    assert not family.oversight.approve.isVisible()  # a key worker decides nothing


def test_an_administrator_signs_the_settings(qtbot, gui_team, start_app):
    window = start_app("admin").main_window
    assert window.settings_action.isVisible()
    assert not start_app("lead").main_window.settings_action.isVisible()
    window.admin.open_settings()
    when(qtbot, lambda: any(isinstance(d, SettingsDialog) for d in window.open_editors()))
    dialog = next(d for d in window.open_editors() if isinstance(d, SettingsDialog))
    dialog.jurisdiction.setCurrentIndex(dialog.jurisdiction.findData(Jurisdiction.WALES))
    dialog.follow_up.setValue(9)
    signed: list[object] = []
    dialog.saved.connect(signed.append)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    when(qtbot, lambda: signed)
    session = gui_team.unlock("kw1")
    settings = org_settings.current(session)
    session.lock()
    assert (settings.jurisdiction, settings.follow_up_months) == (Jurisdiction.WALES, 9)
