"""Translations (issue 17): the Welsh catalogue is complete and current, keeps every
placeholder and mnemonic, is what the main screens show, and the panel summary PDF, the forms
and the command line follow the language."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableView,
    QTableWidget,
    QWidget,
)

from familycase import i18n
from familycase.domain.consent import ConsentMethod, ConsentRecord, GivenBy, InfoCategory, Purpose
from familycase.domain.enums import AgencyType, HouseholdRole
from familycase.domain.family import Member
from familycase.domain.instruments import check_definition, shipped_definitions
from familycase.gui.common.app_shortcuts import help_lines
from familycase.gui.common.language import install_language
from familycase.reports.panel_pdf import panel_pack_pdf
from familycase.services import consent as consent_service
from familycase.services import families, panel
from familycase.services.consent import Recipient
from test_gui_support import new_family, open_family_window

pytest_plugins = ["test_gui_support"]

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "src" / "familycase" / "translations"
TS = FOLDER / "familycase_cy.ts"
QM = FOLDER / "familycase_cy.qm"
PLACEHOLDER = re.compile(r"\{\w*\}|%[vmn]")
MNEMONIC = re.compile(r"(?<!&)&([^&\s])")
sys.path.insert(0, str(REPO / "scripts"))
import translations as script  # noqa: E402  (scripts/translations.py)


def catalogue(path: Path = TS) -> dict[tuple[str, str], str | None]:
    """(context, source) -> finished translation, or None where it is missing or unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            done = translation is not None and kind != "unfinished" and translation.text
            found[(name, message.findtext("source") or "")] = translation.text if done else None
    return found


# --- the catalogue itself -------------------------------------------------------------------


def test_every_string_in_the_code_has_finished_welsh(tmp_path):
    """Extract the tr() sites as `scripts/translations.py update` does, into a fresh .ts, and
    compare it with the shipped catalogue: nothing new, nothing untranslated."""
    fresh = tmp_path / "fresh.ts"
    script.write_more(script.more_messages())
    subprocess.run(
        [
            script.tool("pyside6-lupdate"),
            "-extensions", "py,ui", "-locations", "none", "-silent",
            str(script.SOURCE), str(script.UI), "-ts", str(fresh),
        ],
        check=True,
    )  # fmt: skip
    script.drop_unnamed_context(fresh)
    in_code = set(catalogue(fresh))
    shipped = catalogue()
    missing = sorted(in_code - set(shipped))
    assert missing == [], f"run scripts/translations.py update; not in the catalogue: {missing}"
    untranslated = sorted(key for key in in_code if shipped[key] is None)
    assert untranslated == [], f"no Welsh yet for: {untranslated}"
    assert len(in_code) > 1500  # the extraction found the app's strings at all


def test_the_compiled_catalogue_is_the_source_compiled(tmp_path):
    rebuilt = tmp_path / "cy.qm"
    subprocess.run(
        [script.tool("pyside6-lrelease"), str(TS), "-qm", str(rebuilt)],
        check=True,
        capture_output=True,
    )
    assert rebuilt.read_bytes() == QM.read_bytes(), "run scripts/translations.py release"


def test_translations_keep_placeholders_and_mnemonics():
    problems = []
    for (context, source), text in catalogue().items():
        if text is None:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r} (placeholders)")
        if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)) and "A&E" not in source:
            problems.append(f"{context}: {source!r} -> {text!r} (mnemonic)")
    assert problems == [], "\n".join(problems)


def test_welsh_mnemonics_do_not_clash_within_a_dialog():
    """Within one context (one dialog or tab) no two Welsh Alt keys are the same. The main
    window's menus are separate scopes from its top bar, and a few pairs are never on screen
    together (a button whose words change, a question box's own button)."""
    never_together = {
        ("WorkTab", "r"),  # "Allocate..." and "Change lead professional..." are one button
        ("CostsTab", "t"),  # "&Remove" is the confirmation box's button, not the tab's
        ("WorkersWindow", "a"),  # likewise "&Disable" in its confirmation box
        ("UnlockDialog", "d"),  # "&Use this older copy" is its question box's button
        ("LaptopsDialog", "g"),  # "&Recall" and "Re&voke" are their question boxes' buttons
        ("LaptopsDialog", "d"),
        ("OversightTab", "t"),  # likewise "&Withdraw"
    }
    letters: dict[tuple[str, str], list[str]] = {}
    for (context, _source), text in catalogue().items():
        match = MNEMONIC.search(text or "")
        if match and context != "MainWindow":
            letters.setdefault((context, match.group(1).lower()), []).append(text or "")
    clashes = {
        key: texts for key, texts in letters.items() if len(texts) > 1 and key not in never_together
    }
    assert clashes == {}


def test_coverage_script_reports_each_language():
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "translations.py"), "coverage", "--minimum", "100"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("cy_GB"))
    translated, total = (int(n) for n in row.split()[1:3])
    assert translated == total == len(catalogue())


# --- choosing the language, dates ------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "cy_GB.UTF-8"}, "cy"),
        ({"LANGUAGE": "cy:en_GB", "LANG": "en_GB.UTF-8"}, "cy"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "cy_GB.UTF-8"}, "en"),  # the first one set decides
        ({"LANG": "fr_FR.UTF-8"}, "en"),  # a language FamilyCase does not have
        ({}, "en"),
    ],
)
def test_the_system_language(environ, expected):
    assert i18n.system_language(environ) == expected
    assert i18n.chosen_language("system", environ) == expected
    assert i18n.chosen_language("cy", environ) == "cy"  # the Preferences win


def test_dates_per_language():
    day = date(2026, 12, 1)
    assert i18n.date_text(day) == "01/12/2026"
    assert i18n.long_date_text(day, "cy") == "1 Rhagfyr 2026"
    assert i18n.long_date_text(day, "en") == "1 December 2026"
    assert i18n.month_text(date(2027, 2, 3), "cy") == "Chwe 2027"
    assert i18n.number_text(1234567) == "1,234,567"


def test_the_command_line_reads_the_same_catalogue_without_qt():
    try:
        i18n.use_language("cy")
        assert i18n.tr("PanelSummary", "Household") == "Aelwyd"
        assert i18n.tr("consent", "None recorded") == "Heb ei gofnodi"
        assert i18n.tr("PanelSummary", "not in the catalogue") == "not in the catalogue"
        assert i18n.language() == "cy"
    finally:
        i18n.use_language("en")
    assert i18n.tr("PanelSummary", "Household") == "Household"


# --- the forms --------------------------------------------------------------------------------


def test_the_shipped_forms_are_complete_in_welsh_and_keep_their_digests():
    for definition in shipped_definitions():
        assert check_definition(definition) == []
        welsh = definition.translated("cy")
        assert welsh.digest() != definition.digest()  # the words changed...
        stored = definition.model_copy(update={"translations": {}})
        assert stored.digest() == definition.digest()  # ...but not what was asked
        english = [definition.title, definition.description, definition.guidance]
        cymraeg = [welsh.title, welsh.description, welsh.guidance]
        for scale, cy_scale in zip(definition.scales, welsh.scales, strict=True):
            english += [scale.title] + [s.label for s in scale.stages]
            cymraeg += [cy_scale.title] + [s.label for s in cy_scale.stages]
        for (section, question), (cy_section, cy_question) in zip(
            definition.questions(), welsh.questions(), strict=True
        ):
            english += [section.title, question.text, question.guidance, question.short_label]
            english += [c.label for c in question.choices]
            english += list(question.stage_descriptions.values())
            cymraeg += [cy_section.title, cy_question.text, cy_question.guidance]
            cymraeg += [cy_question.short_label] + [c.label for c in cy_question.choices]
            cymraeg += list(cy_question.stage_descriptions.values())
        left = [e for e, c in zip(english, cymraeg, strict=True) if e and e == c and e != "OK"]
        assert left == [], f"{definition.key}: still in English: {left}"


def test_a_translation_naming_no_part_of_the_form_is_reported():
    definition = next(d for d in shipped_definitions() if d.kind.value == "outcome_measure")
    words = definition.translations["cy"].model_copy(
        update={"sections": {"no_such_section": definition.translations["cy"].sections["areas"]}}
    )
    wrong = definition.model_copy(update={"translations": {"cy": words}})
    problems = [str(p) for p in check_definition(wrong)]
    assert problems == ['translations > "cy" > sections > "no_such_section": there is no '
                        "section with this id"]  # fmt: skip


# --- the panel summary PDF ---------------------------------------------------------------------


def test_the_panel_summary_pdf_in_welsh_prints_welsh_letters(team, make_family):
    lead = team.unlock("lead")
    try:
        family_id = make_family(lead, "Gwŷn", people=("Llŷr", "Ŵyn"))
        members = families.open_family(lead, family_id).file.members
        for member in members:
            consent_service.record_consent(
                lead,
                family_id,
                ConsentRecord(
                    member_id=member.id,
                    given_by=GivenBy.THE_PERSON,
                    method=ConsentMethod.WRITTEN,
                    agencies=[AgencyType.SOCIAL_CARE],
                    purposes=[Purpose.PANEL],
                    categories=[InfoCategory.BASIC_DETAILS],
                    given_on=date.today() - timedelta(days=3),
                ),
            )
        families.save_member(
            lead,
            family_id,
            Member(
                given_names="Siôn",
                family_name="Gwŷn",
                household_role=HouseholdRole.CHILD,
                date_of_birth=date.today() - timedelta(days=400),
            ),
        )  # no consent recorded for him: his details are withheld, and the notice says why
        recipient = Recipient(agency_type=AgencyType.SOCIAL_CARE, name="Panel Sir Ddemo")
        i18n.use_language("cy")
        summaries = panel.build_pack(lead, [family_id], recipient)
        reader = PdfReader(BytesIO(panel_pack_pdf(summaries)))
        text = "".join(page.extract_text() for page in reader.pages)
    finally:
        i18n.use_language("en")
        lead.lock()
    text = " ".join(text.split())
    assert "Crynodeb achos FC-" in text
    assert "Aelwyd" in text and "Rhiant" in text and "Plentyn" in text
    assert "Llŷr Gwŷn" in text and "Ŵyn Gwŷn" in text  # not boxes: the font has ŵ and ŷ
    # Each withheld item says why, in Welsh: Siôn has no consent; the others agreed to basic
    # details only.
    assert "WEDI'I DDAL YN ÔL: 1 person: does dim caniatâd i rannu wedi'i gofnodi" in text
    assert "2 o bobl: wnaethon nhw ddim cytuno i rannu canlyniadau" in text
    assert "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE" in text
    assert "Household" not in text and "Withheld" not in text


# --- the main screens in Welsh -------------------------------------------------------------------


class RecordingTranslator(QTranslator):
    """Installed last, so Qt asks it first: notes every lookup and answers nothing."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []

    def translate(self, context, source, disambiguation=None, n=-1):
        self.asked.append((context, source))
        return None


def shown_texts(root: QWidget) -> list[str]:
    """The words a person sees in a window: labels, buttons, group titles, placeholders,
    table headers and list items (visible widgets only)."""
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, (QTableView, QTableWidget)):
            model = widget.model()
            for column in range(model.columnCount()):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if isinstance(widget, QListWidget):
            texts += [widget.item(row).text() for row in range(widget.count())]
    return [t for t in texts if t and t.strip()]


def english_left(texts: list[str], welsh: dict[tuple[str, str], str | None]) -> list[str]:
    """Texts that are an English source string whose Welsh is different (so: untranslated)."""
    plain = {
        source.replace("&", ""): text.replace("&", "")
        for (_c, source), text in welsh.items()
        if text
    }
    return sorted(
        {
            t
            for t in texts
            if plain.get(t.replace("&", ""), t.replace("&", "")) != t.replace("&", "")
        }
    )


@pytest.fixture
def in_welsh():
    assert install_language("cy") == "cy"
    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    yield recorder
    QCoreApplication.removeTranslator(recorder)
    install_language("en")


def test_the_main_screens_show_no_english_in_welsh(qtbot, gui_team, start_app, in_welsh):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Pritchard", ("Elen", "Gwion"))
    lead.lock()
    welsh = catalogue()
    controller = start_app("lead")
    window = controller.main_window
    seen = shown_texts(window)
    assert "Llwyth achosion y tîm" in seen  # really in Welsh
    family = open_family_window(qtbot, window, family_id)
    for section in family.TABS:
        family.show_tab(section)
        qtbot.waitUntil(lambda: not family.is_loading, timeout=10_000)
        seen += shown_texts(family)
    family.show_tab("household")
    family.household.add_member.click()
    dialog = family.open_editors()[-1]
    seen += shown_texts(dialog)
    dialog.discard_changes()
    window.show_team()
    qtbot.waitUntil(lambda: window.team_view.data is not None, timeout=10_000)
    seen += shown_texts(window)
    seen += [keys for keys, _what in help_lines()]  # the keyboard help (F1)

    assert english_left(seen, welsh) == []
    assert "Alt + y llythyren â llinell oddi tani" in [keys for keys, _what in help_lines()]
    looked_up = {(context, source) for context, source in in_welsh.asked}
    # A lookup counts as found when the catalogue has the string under that context or, for
    # self.tr(), under any class the widget inherits from (PySide6 tries each in turn).
    # Qt's own words for its own parts (key names in shortcuts, a progress bar's "%p%") are
    # Qt's, which has no Welsh; FamilyCase translates the Qt contexts it shows (buttons...).
    ours = {context for context, _source in welsh}
    found_sources = {source for (_context, source), text in welsh.items() if text}
    missing = sorted(
        {
            f"{context}: {source}"
            for context, source in looked_up
            if source not in found_sources and (context in ours or not context.startswith("Q"))
        }
    )
    assert missing == [], "shown without Welsh"
    QApplication.processEvents()


def welsh_mnemonic_clashes(root: QWidget) -> list[str]:
    return window_mnemonic_clashes(root)


def window_mnemonic_clashes(root: QWidget, extra: dict[str, str] | None = None) -> list[str]:
    """Alt keys used twice among the visible controls of one window (labels count through
    their buddy) and ``extra`` (letter: text, such as the menu bar's titles), in the language
    shown."""
    used: dict[str, list[str]] = {key: [text] for key, text in (extra or {}).items()}
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.window() is not root:
            continue
        text = ""
        names_a_control = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or names_a_control:
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        match = MNEMONIC.search(text)
        if match:
            used.setdefault(match.group(1).lower(), []).append(text)
    return [f"Alt+{key}: {texts}" for key, texts in sorted(used.items()) if len(texts) > 1]


def test_welsh_dialogs_have_no_clashing_alt_keys(qtbot, gui_team, start_app, in_welsh):
    lead = gui_team.unlock("lead")
    family_id = new_family(lead, "Rowlands", ("Nia", "Iestyn"))
    lead.lock()
    controller = start_app("lead")
    window = controller.main_window
    problems = [f"main window {p}" for p in welsh_mnemonic_clashes(window)]
    window.new_family()
    dialog = window.open_editors()[-1]
    problems += [f"{dialog.windowTitle()} {p}" for p in welsh_mnemonic_clashes(dialog)]
    dialog.discard_changes()
    family = open_family_window(qtbot, window, family_id)
    for section in family.TABS:
        family.show_tab(section)
        qtbot.waitUntil(lambda: not family.is_loading, timeout=10_000)
        problems += [f"{section} {p}" for p in welsh_mnemonic_clashes(family)]
    family.show_tab("household")
    for button in (family.household.add_member, family.household.edit_details):
        button.click()
        dialog = family.open_editors()[-1]
        problems += [f"{dialog.windowTitle()} {p}" for p in welsh_mnemonic_clashes(dialog)]
        dialog.discard_changes()
    family.show_tab("work")
    for button in (family.work.step, family.work.close_episode):
        button.click()
        dialog = family.open_editors()[-1]
        problems += [f"{dialog.windowTitle()} {p}" for p in welsh_mnemonic_clashes(dialog)]
        dialog.discard_changes()
    assert problems == [], "\n".join(problems)


def test_a_computer_set_to_welsh_gets_welsh():
    """The desktop app asks Qt for the system's languages (LANG on Linux, the desktop's own
    setting on Windows and macOS); run in a fresh process, as Qt reads them once."""
    program = (
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from familycase.gui.common.language import chosen_language, install_language\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "code = install_language(chosen_language('system'))\n"
        "print(code, QCoreApplication.translate('Words', 'Open'))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "LANG": "cy_GB.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-c", program], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[0] == "cy Ar agor"


def test_the_preferences_choose_the_language(qtbot, preferences):
    from familycase.gui.admin.preferences_dialog import PreferencesDialog

    assert preferences.language == i18n.SYSTEM
    dialog = PreferencesDialog(preferences)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "system",
        "en",
        "cy",
    ]
    assert dialog.language.itemText(2) == "Cymraeg"  # each language in its own words
    try:
        dialog.language.setCurrentIndex(2)
        dialog.save()
        assert preferences.language == "cy"
        assert QCoreApplication.translate("Words", "Open") == "Ar agor"  # new windows: Welsh
        assert i18n.language() == "cy"
    finally:
        install_language("en")
    assert QCoreApplication.translate("Words", "Open") == "Open"


def menu_mnemonic_clashes(menu_bar) -> list[str]:
    """Alt keys used twice among one menu bar's titles, or among the items of one menu (each
    menu and submenu is its own scope, as Qt treats it), in the language shown."""
    problems = []

    def scope(name: str, actions) -> None:
        used: dict[str, list[str]] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            match = MNEMONIC.search(action.text())
            if match:
                used.setdefault(match.group(1).lower(), []).append(action.text())
            if action.menu() is not None:
                scope(action.text(), action.menu().actions())
        problems.extend(
            f"{name}: Alt+{key}: {texts}" for key, texts in sorted(used.items()) if len(texts) > 1
        )

    scope("menu bar", menu_bar.actions())
    return problems


@pytest.mark.parametrize("user", ["lead", "kw1", "boss", "admin"])
@pytest.mark.parametrize("language", ["en", "cy"])
def test_menus_have_no_clashing_alt_keys(qtbot, gui_team, start_app, user, language):
    assert install_language(language) == language
    try:
        window = start_app(user).main_window
        problems = menu_mnemonic_clashes(window.menuBar())
        titles = {
            match.group(1).lower(): action.text()
            for action in window.menuBar().actions()
            if (match := MNEMONIC.search(action.text()))
        }
        problems += [
            f"a menu title and the window: {clash}"
            for clash in window_mnemonic_clashes(window, extra=titles)
        ]
    finally:
        install_language("en")
    assert problems == [], "\n".join(problems)
