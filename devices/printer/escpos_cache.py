"""A lasting cache for python-escpos' printer capabilities.

python-escpos parses its capabilities database (a large YAML file) when it is imported and
keeps the result as a pickle in ``ESCPOS_CAPABILITIES_PICKLE_DIR``. Left unset, that is a new
``mkdtemp()`` on every import: each start of a kiosk parsed the YAML again (0.45 s of its
cold start) and left one more directory in /tmp. Importing this module (the printer package
does so first) points it at a per-user cache that lasts, unless the environment already
chose one.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

ENV = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def lasting_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "yimen" / "escpos"


def use_lasting_capabilities_cache() -> Path | None:
    if ENV in os.environ:
        return Path(os.environ[ENV])
    target = lasting_cache_dir()
    try:
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = target.stat()
    except OSError:
        return None  # a read-only home: python-escpos falls back to its temporary directory
    # the pickle is loaded as code: only from a directory nobody else can write to
    if (hasattr(os, "getuid") and st.st_uid != os.getuid()) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return None
    os.environ[ENV] = str(target)
    return target


use_lasting_capabilities_cache()
