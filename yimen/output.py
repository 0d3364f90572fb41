"""How the command line prints: one JSON document with --json, plain lines otherwise,
errors on stderr with a sentence that says what to do."""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any


def _default(o: Any) -> Any:
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return dataclasses.asdict(o)
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    if isinstance(o, Enum):
        return o.value
    if isinstance(o, Path):
        return str(o)
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if hasattr(o, "model_dump"):
        return o.model_dump(mode="json")
    raise TypeError(f"cannot serialise {type(o).__name__}")


def emit_json(doc: Any) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def emit_lines(lines: list[str] | str) -> None:
    if isinstance(lines, str):
        lines = [lines]
    for line in lines:
        print(line)


def emit_error(message: str, hint: str = "", *, details: Iterable[str] = ()) -> None:
    print(f"yimen: {message}", file=sys.stderr)
    for line in details:
        print(f"  - {line}", file=sys.stderr)
    if hint:
        print(f"  -> {hint}", file=sys.stderr)
