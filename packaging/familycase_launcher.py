"""Entry point of the installed (frozen) FamilyCase: the same as the ``familycase`` console
script from pyproject.toml (``familycase.cli:main``). With no command it opens the desktop
app; with a command it is the command line."""

import sys

from familycase.cli import main

if __name__ == "__main__":
    sys.exit(main())
