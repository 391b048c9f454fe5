"""`python -m alliancewatch.cli`."""

import sys

from alliancewatch.cli import main

sys.exit(main())
