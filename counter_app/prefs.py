"""What each clerk chose at this counter and finds again at the next sign-in (Qt-free):
``call_and_start`` (F1 calls the next person and starts the service in one step).

One small JSON file per terminal (``counter-prefs.json`` beside the store's key folder),
keyed by login name; no personal data goes in. Read and written on the task runner, never on
the UI thread; without a file (the tests) the choices live for the process only.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClerkPrefs:
    call_and_start: bool = False

    @classmethod
    def from_json(cls, data: Any) -> ClerkPrefs:
        if not isinstance(data, dict):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: bool(v) for k, v in data.items() if k in known})


class PrefsFile:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._memory: dict[str, dict[str, Any]] = {}
        self._lock = threading.Lock()

    def load(self, user: str) -> ClerkPrefs:
        with self._lock:
            return ClerkPrefs.from_json(self._read().get(user))

    def save(self, user: str, prefs: ClerkPrefs) -> ClerkPrefs:
        with self._lock:
            data = self._read()
            data[user] = asdict(prefs)
            self._write(data)
            return prefs

    def _read(self) -> dict[str, dict[str, Any]]:
        if self.path is None:
            return dict(self._memory)
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as e:  # a damaged file costs the choices, never the sign-in
            log.warning("counter preferences unreadable (%s): starting from the defaults", e)
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.path is None:
            self._memory = data
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".prefs-", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(data, f, ensure_ascii=False, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
