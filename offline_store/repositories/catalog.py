"""The service catalog as published (线上线下同源): versions of documents, replaced all at once.

``replace_all`` runs inside the caller's unit of work, so the new version is inserted, made
current and the old documents removed in ONE transaction: a kiosk reading meanwhile sees
either the whole old catalog or the whole new one, never half of each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from offline_store.models import CatalogDocumentRow, CatalogVersion
from offline_store.records import CatalogDocument, CatalogVersionInfo
from offline_store.repositories._base import Repository
from offline_store.sqltypes import utc_now
from shared.errors import CatalogError

KINDS = ("item", "bundle", "point", "types")
_BATCH = 500


def as_document(
    value: CatalogDocument | Mapping[str, Any] | tuple[str, str, dict[str, Any]],
) -> CatalogDocument:
    """Accept a CatalogDocument, a mapping with kind/code/doc, or a (kind, code, doc) tuple."""
    if isinstance(value, CatalogDocument):
        doc = value
    elif isinstance(value, Mapping):
        doc = CatalogDocument(kind=value["kind"], code=value["code"], doc=dict(value["doc"]))
    else:
        kind, code, body = value
        doc = CatalogDocument(kind=kind, code=code, doc=dict(body))
    if doc.kind not in KINDS:
        raise CatalogError(
            f"目录文档类型“{doc.kind}”无效（{doc.code}）。", problems=[f"{doc.code}: kind={doc.kind}"]
        )
    if not doc.code:
        raise CatalogError("目录文档缺少编码。", problems=[f"{doc.kind}: 空编码"])
    return doc


class CatalogRepository(Repository):
    def replace_all(
        self,
        *,
        documents: Iterable[CatalogDocument | Mapping[str, Any] | tuple[str, str, dict[str, Any]]],
        version: str,
        at: datetime | None = None,
    ) -> CatalogVersionInfo:
        at = at or utc_now()
        # re-applying a version replaces it (a corrected republication of the same version)
        self.session.execute(sa.delete(CatalogDocumentRow).where(CatalogDocumentRow.version == version))
        self.session.execute(sa.delete(CatalogVersion).where(CatalogVersion.version == version))
        self.session.execute(
            sa.insert(CatalogVersion).values(version=version, applied_at=at, item_count=0, is_current=False)
        )
        item_count = 0
        seen: set[tuple[str, str]] = set()
        batch: list[dict[str, Any]] = []
        for value in documents:
            doc = as_document(value)
            if (doc.kind, doc.code) in seen:
                raise CatalogError(
                    f"目录中 {doc.kind} {doc.code} 出现了两次。", problems=[f"{doc.kind} {doc.code}: 重复"]
                )
            seen.add((doc.kind, doc.code))
            item_count += doc.kind == "item"
            batch.append({"version": version, "kind": doc.kind, "code": doc.code, "doc": doc.doc})
            if len(batch) >= _BATCH:
                self.session.execute(sa.insert(CatalogDocumentRow), batch)
                batch = []
        if batch:
            self.session.execute(sa.insert(CatalogDocumentRow), batch)
        self.session.execute(
            sa.update(CatalogVersion)
            .values(is_current=CatalogVersion.version == version)
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            sa.update(CatalogVersion)
            .where(CatalogVersion.version == version)
            .values(item_count=item_count)
            .execution_options(synchronize_session=False)
        )
        # keep the version history, drop the documents of superseded versions
        self.session.execute(sa.delete(CatalogDocumentRow).where(CatalogDocumentRow.version != version))
        return CatalogVersionInfo(version=version, applied_at=at, item_count=item_count, is_current=True)

    def current_version(self) -> str | None:
        return self.session.execute(
            sa.select(CatalogVersion.version).where(CatalogVersion.is_current.is_(True))
        ).scalar_one_or_none()

    def current_documents(self, *, kind: str | None = None) -> list[CatalogDocument]:
        q = (
            sa.select(CatalogDocumentRow.kind, CatalogDocumentRow.code, CatalogDocumentRow.doc)
            .join(CatalogVersion, CatalogVersion.version == CatalogDocumentRow.version)
            .where(CatalogVersion.is_current.is_(True))
            .order_by(CatalogDocumentRow.kind, CatalogDocumentRow.code)
        )
        if kind is not None:
            q = q.where(CatalogDocumentRow.kind == kind)
        return [CatalogDocument(kind=k, code=c, doc=d) for k, c, d in self.session.execute(q)]

    def document(self, *, kind: str, code: str) -> CatalogDocument | None:
        row = self.session.execute(
            sa.select(CatalogDocumentRow.doc)
            .join(CatalogVersion, CatalogVersion.version == CatalogDocumentRow.version)
            .where(
                CatalogVersion.is_current.is_(True),
                CatalogDocumentRow.kind == kind,
                CatalogDocumentRow.code == code,
            )
        ).scalar_one_or_none()
        return CatalogDocument(kind=kind, code=code, doc=row) if row is not None else None

    def versions(self) -> list[CatalogVersionInfo]:
        q = sa.select(CatalogVersion).order_by(CatalogVersion.applied_at.desc())
        return [
            CatalogVersionInfo(
                version=r.version, applied_at=r.applied_at, item_count=r.item_count, is_current=r.is_current
            )
            for r in self.session.scalars(q.execution_options(populate_existing=True))
        ]
