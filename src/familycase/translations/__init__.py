"""FamilyCase's translations, shipped as package data: ``familycase_<language>.ts`` (the Qt
Linguist source, also read without Qt by ``familycase.i18n``) and ``familycase_<language>.qm``
(compiled, loaded by the desktop app). Made and checked by ``scripts/translations.py``."""
