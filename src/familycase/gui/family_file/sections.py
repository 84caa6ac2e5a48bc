"""The family file's sections, in one table: where each lives, which group it is shown in,
its title. The window builds a section the first time it is shown.

A new section is one row here and a package ``family_file/<key>/`` whose ``tab.py`` holds the
class named in the row (a ``QWidget`` taking the window as its ``FamilyContext``, with
``show_data(data)`` and ``clear()``; a ``LoadsWhenShown`` if it reads more from the services).
Groups are shown in the order of ``GROUPS``, sections in the order of this table, and the first
ten get Ctrl+1 ... Ctrl+0 in the order they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "FamilyFileSections"

# The groups of the side list, in the order shown (their words are translated when shown).
FAMILY = QT_TRANSLATE_NOOP("FamilyFileSections", "Family")
WORK = QT_TRANSLATE_NOOP("FamilyFileSections", "Work")
SHARING = QT_TRANSLATE_NOOP("FamilyFileSections", "Sharing")
MONEY = QT_TRANSLATE_NOOP("FamilyFileSections", "Money")
# The practice records, the family tree and oversight, added after the first ten (their
# Ctrl+number keys stay as they were)
RECORDS = QT_TRANSLATE_NOOP("FamilyFileSections", "Records")
GROUPS = (FAMILY, WORK, SHARING, MONEY, RECORDS)


@dataclass(frozen=True)
class SectionSpec:
    key: str  # the package under family_file/, and the window's attribute for the section
    group: str
    widget_class: str  # the class in family_file/<key>/tab.py
    title: str  # English source text; shown translated

    @property
    def module(self) -> str:
        return f"familycase.gui.family_file.{self.key}.tab"

    def shown_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("household", FAMILY, "HouseholdTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Household")),
    SectionSpec("agencies", FAMILY, "AgenciesTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Agencies")),
    SectionSpec("timeline", FAMILY, "ChronologyTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Chronology")),
    SectionSpec("work", WORK, "WorkTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Work and tier")),
    SectionSpec("contacts", WORK, "ContactsTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Contacts")),
    SectionSpec("assessments", WORK, "AssessmentsTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Assessments")),
    SectionSpec("outcomes", WORK, "OutcomesTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Outcomes")),
    SectionSpec("plan", WORK, "PlanTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Plan and reviews")),
    SectionSpec("consent", SHARING, "ConsentTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Consent")),
    SectionSpec("costs", MONEY, "CostsTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Costs")),
    SectionSpec("risks", RECORDS, "RisksTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Alerts")),
    SectionSpec("documents", RECORDS, "DocumentsTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Documents")),
    SectionSpec("genogram", RECORDS, "FamilyTreeTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Family tree")),
    SectionSpec("oversight", RECORDS, "OversightTab",
                QT_TRANSLATE_NOOP("FamilyFileSections", "Oversight")),
)


def ordered() -> list[SectionSpec]:
    """The sections in the order the side list shows them (by group, then by table order)."""
    return [spec for group in GROUPS for spec in SECTIONS if spec.group == group]


def spec(key: str) -> SectionSpec:
    for section in SECTIONS:
        if section.key == key:
            return section
    raise KeyError(key)


def group_title(group: str) -> str:
    return QCoreApplication.translate(CONTEXT, group)
