"""The terminal's own copy of the current catalog, for when the hall database is away.

In hall mode the catalog lives on the PostgreSQL server. A kiosk that loses the server (a
restart, a cut cable) must still show service guides (issue 7), so every catalog version it
loads is also written to a local file, and the hall context falls back to it, or to the copy
in memory, while the server cannot be reached. The file holds the catalog's public
documents only (no personal data) and is replaced atomically, so a power cut mid-write
leaves the previous copy.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from offline_store.records import CatalogDocument

log = logging.getLogger(__name__)
FORMAT = "yimen-catalog-cache/1"


def write_catalog_cache(path: Path, *, version: str, documents: Iterable[Any]) -> None:
    """Replace the cache with ``documents`` (store rows with kind, code, doc) of ``version``."""
    payload = {
        "format": FORMAT,
        "version": version,
        "documents": [{"kind": d.kind, "code": d.code, "doc": d.doc} for d in documents],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".catalog-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(payload, f, ensure_ascii=False, separators=(",", ":"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def read_catalog_cache(path: Path) -> tuple[str, list[CatalogDocument]] | None:
    """(version, documents) from the cache, or None when there is none or it cannot be used."""
    try:
        payload = json.loads(path.read_text(encoding="utf-8"))
        if payload.get("format") != FORMAT:
            raise ValueError(f"unknown format {payload.get('format')!r}")
        docs = [CatalogDocument(kind=d["kind"], code=d["code"], doc=d["doc"]) for d in payload["documents"]]
        return str(payload["version"]), docs
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as e:
        # a damaged copy is no catalog, not a crash: the kiosk says guides are unavailable
        log.warning("catalog cache %s unusable: %s", path, e)
        return None
