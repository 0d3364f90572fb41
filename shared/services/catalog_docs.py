"""The catalog's documents as the store keeps them.

``Catalog.to_documents()`` names the type dictionary ``item_types`` and the content
``body``; the store's rows say ``types`` and ``doc``. This is the one place that maps
between the two, used by the import command and the sync worker alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from shared.domain.catalog.assemble import catalog_from_documents
from shared.domain.catalog.catalog import Catalog

_TO_STORE = {"item_types": "types"}
_FROM_STORE = {v: k for k, v in _TO_STORE.items()}


def to_store_documents(catalog: Catalog) -> list[dict[str, Any]]:
    return [
        {"kind": _TO_STORE.get(d["kind"], d["kind"]), "code": d["code"], "doc": d["body"]}
        for d in catalog.to_documents()
    ]


def from_store_documents(rows: Iterable[Any], *, version: str) -> Catalog:
    docs = [{"kind": _FROM_STORE.get(r.kind, r.kind), "code": r.code, "body": r.doc} for r in rows]
    return catalog_from_documents(docs, version=version)
