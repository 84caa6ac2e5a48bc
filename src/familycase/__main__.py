import sys

from familycase.cli import main

sys.exit(main())
