"""``python -m yimen``: the same command line as the ``yimen`` script (the installed package's
/usr/bin/yimen runs its private interpreter this way)."""

from __future__ import annotations

import sys

from yimen.cli import main

sys.exit(main())
