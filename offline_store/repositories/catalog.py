"""The service catalog as published (线上线下同源): versions of documents, replaced all at once.

Each version reads one document set (``CatalogVersion.documents_of``). Readers only ever see
the set of the current version, so a switch is the change of one row:

- ``replace_all`` (a catalog imported from a file) writes a set and makes it current in the
  caller's unit of work;
- a download from the platform fills a set of its own, ``~N``, page by page in short
  transactions (``begin_set``, ``add_to_set``) that no reader sees, then ``switch_to_set``
  makes it current in one short transaction; a download cut or killed halfway leaves the old
  catalog current and whole, and its unfinished set is dropped by the next ``begin_set``;
- a delta changes the current set in place (``apply_changes``) in one transaction, so a
  kiosk reading meanwhile sees the whole old catalog or the whole new one, never half of each.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa

from offline_store.models import CatalogDocumentRow, CatalogVersion
from offline_store.records import CatalogDocument, CatalogVersionInfo
from offline_store.repositories._base import Repository
from offline_store.sqltypes import utc_now
from shared.domain.errors import CatalogError
from shared.domain.words import words

KINDS = ("item", "bundle", "point", "types")
_BATCH = 500
SET_PREFIX = "~"  # a document set being (or having been) downloaded: "~7" for version 7


@dataclass(frozen=True, slots=True)
class StoredDocument:
    """A document as the platform sent it: the body's JSON text as is, and the hash of the
    canonical document, written without decoding and re-encoding (issue 13)."""

    kind: str
    code: str
    body_json: str
    sha: str


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
            words("目录文档类型“{kind}”无效（{code}）。", kind=doc.kind, code=doc.code), problems=[f"{doc.code}: kind={doc.kind}"]
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
            sa.insert(CatalogVersion).values(
                version=version, applied_at=at, item_count=0, is_current=False, documents_of=version
            )
        )
        item_count = 0
        seen: set[tuple[str, str]] = set()
        batch: list[dict[str, Any]] = []
        for value in documents:
            doc = as_document(value)
            if (doc.kind, doc.code) in seen:
                raise CatalogError(
                    words("目录中 {kind} {code} 出现了两次。", kind=doc.kind, code=doc.code), problems=[f"{doc.kind} {doc.code}: 重复"]
                )
            seen.add((doc.kind, doc.code))
            item_count += doc.kind == "item"
            batch.append({"version": version, "kind": doc.kind, "code": doc.code, "doc": doc.doc})
            if len(batch) >= _BATCH:
                self.session.execute(sa.insert(CatalogDocumentRow), batch)
                batch = []
        if batch:
            self.session.execute(sa.insert(CatalogDocumentRow), batch)
        self._make_current(version, item_count=item_count, at=at)
        # keep the version history, drop the documents of superseded versions
        self.session.execute(sa.delete(CatalogDocumentRow).where(CatalogDocumentRow.version != version))
        self.session.execute(sa.delete(CatalogVersion).where(CatalogVersion.version.startswith(SET_PREFIX)))
        return CatalogVersionInfo(version=version, applied_at=at, item_count=item_count, is_current=True)

    def _make_current(self, version: str, *, item_count: int, at: datetime) -> None:
        self.session.execute(
            sa.update(CatalogVersion)
            .values(is_current=CatalogVersion.version == version)
            .execution_options(synchronize_session=False)
        )
        self.session.execute(
            sa.update(CatalogVersion)
            .where(CatalogVersion.version == version)
            .values(item_count=item_count, applied_at=at)
            .execution_options(synchronize_session=False)
        )

    # ------------------------------------------------------------ download into a set of its own

    def current_set(self) -> str | None:
        """The document set the current version reads."""
        return self.session.execute(
            sa.select(CatalogVersion.documents_of).where(CatalogVersion.is_current.is_(True))
        ).scalar_one_or_none()

    def begin_set(self, *, version: str, at: datetime | None = None) -> str:
        """An empty document set for downloading ``version``; unfinished sets go first."""
        keep = self.current_set()
        dead = sa.select(CatalogVersion.version).where(CatalogVersion.documents_of.is_(None))
        if keep is not None:
            dead = dead.where(CatalogVersion.version != keep)
        for name in self.session.scalars(dead).all():
            self.session.execute(sa.delete(CatalogDocumentRow).where(CatalogDocumentRow.version == name))
            self.session.execute(sa.delete(CatalogVersion).where(CatalogVersion.version == name))
        name = SET_PREFIX + version
        if name == keep:  # the current set was downloaded for this very version: a new name
            name = f"{name}~{int((at or utc_now()).timestamp() * 1000)}"
        self.session.execute(
            sa.insert(CatalogVersion).values(
                version=name, applied_at=at or utc_now(), item_count=0, is_current=False, documents_of=None
            )
        )
        return name

    def add_to_set(self, *, name: str, documents: Iterable[StoredDocument]) -> None:
        """Write documents into a set no reader sees yet, as they came (no JSON round trip)."""
        rows = [
            {"set": name, "kind": d.kind, "code": d.code, "body": d.body_json, "sha": d.sha}
            for d in documents
        ]
        if rows:
            self.session.execute(self._raw_insert(), rows)

    def _raw_insert(self) -> sa.Insert:
        body: Any = sa.bindparam("body", type_=sa.Text())
        if self.session.get_bind().dialect.name == "postgresql":
            body = sa.cast(body, sa.JSON())
        return sa.insert(CatalogDocumentRow.__table__).values(
            version=sa.bindparam("set"),
            kind=sa.bindparam("kind"),
            code=sa.bindparam("code"),
            doc=body,
            sha=sa.bindparam("sha"),
        )

    def switch_to_set(self, *, name: str, version: str, at: datetime | None = None) -> CatalogVersionInfo:
        """Make ``version`` current, reading the set ``name``: one short transaction."""
        at = at or utc_now()
        item_count = self.session.execute(
            sa.select(sa.func.count())
            .select_from(CatalogDocumentRow)
            .where(CatalogDocumentRow.version == name, CatalogDocumentRow.kind == "item")
        ).scalar_one()
        row = self.session.get(CatalogVersion, version)
        if row is not None and not row.is_current:
            # an earlier download or import under this label, superseded: its documents go too
            self.session.execute(sa.delete(CatalogDocumentRow).where(CatalogDocumentRow.version == version))
            self.session.execute(sa.delete(CatalogVersion).where(CatalogVersion.version == version))
            row = None
        if row is None:
            self.session.execute(
                sa.insert(CatalogVersion).values(
                    version=version, applied_at=at, item_count=0, is_current=False, documents_of=name
                )
            )
        else:
            self.session.execute(
                sa.update(CatalogVersion)
                .where(CatalogVersion.version == version)
                .values(documents_of=name)
                .execution_options(synchronize_session=False)
            )
        # the set is complete: from now on it is dropped like any superseded set, never as unfinished
        self.session.execute(
            sa.update(CatalogVersion)
            .where(CatalogVersion.version == name)
            .values(documents_of=name)
            .execution_options(synchronize_session=False)
        )
        self._make_current(version, item_count=item_count, at=at)
        return CatalogVersionInfo(version=version, applied_at=at, item_count=item_count, is_current=True)

    def drop_superseded(self, *, limit: int = 2000) -> int:
        """Delete up to ``limit`` documents of sets no version reads any more; returns how many.

        Called in short transactions after a switch, so a kiosk writing a ticket never waits
        behind the removal of a whole old catalog."""
        keep = self.current_set()
        if keep is None:
            return 0
        unfinished = sa.select(CatalogVersion.version).where(
            CatalogVersion.documents_of.is_(None), CatalogVersion.version != keep
        )
        # a set still being downloaded by another worker is left alone (begin_set clears it)
        doomed = (
            sa.select(CatalogDocumentRow.id)
            .where(CatalogDocumentRow.version != keep, CatalogDocumentRow.version.not_in(unfinished))
            .limit(limit)
        )
        ids = self.session.scalars(doomed).all()
        if ids:
            self.session.execute(sa.delete(CatalogDocumentRow).where(CatalogDocumentRow.id.in_(ids)))
        else:  # the documents are gone: the finished sets' own rows go too
            self.session.execute(
                sa.delete(CatalogVersion).where(
                    CatalogVersion.version.startswith(SET_PREFIX),
                    CatalogVersion.documents_of == CatalogVersion.version,
                    CatalogVersion.version != keep,
                )
            )
        return len(ids)

    # ------------------------------------------------------------ delta in place

    def document_hashes(self, *, name: str) -> list[tuple[str, str, str | None]]:
        """(kind, code, sha) of every document of the set ``name``, read from the index alone."""
        q = sa.select(CatalogDocumentRow.kind, CatalogDocumentRow.code, CatalogDocumentRow.sha).where(
            CatalogDocumentRow.version == name
        )
        return [(k, c, h) for k, c, h in self.session.execute(q)]

    def lock_current(self) -> tuple[str, str] | None:
        """(current version, its set), the row locked until the unit of work ends (PostgreSQL;
        SQLite's write transaction holds the whole database already)."""
        row = self.session.execute(
            sa.select(CatalogVersion.version, CatalogVersion.documents_of)
            .where(CatalogVersion.is_current.is_(True))
            .with_for_update()
        ).first()
        return (row[0], row[1]) if row is not None and row[1] is not None else None

    def apply_changes(
        self,
        *,
        name: str,
        version: str,
        upserts: Iterable[StoredDocument],
        deletes: Iterable[tuple[str, str]],
        at: datetime | None = None,
    ) -> CatalogVersionInfo:
        """Change the set ``name`` in place and make ``version`` (reading it) current."""
        at = at or utc_now()
        upserts = list(upserts)
        gone = [
            {"set": name, "kind": k, "code": c} for k, c in (*deletes, *((d.kind, d.code) for d in upserts))
        ]
        if gone:  # one indexed DELETE per document (a row-value IN list would scan the whole set)
            table = CatalogDocumentRow.__table__
            self.session.execute(
                sa.delete(table).where(
                    table.c.version == sa.bindparam("set"),
                    table.c.kind == sa.bindparam("kind"),
                    table.c.code == sa.bindparam("code"),
                ),
                gone,
            )
        self.add_to_set(name=name, documents=upserts)
        self.session.execute(sa.delete(CatalogVersion).where(CatalogVersion.version == version))
        self.session.execute(
            sa.insert(CatalogVersion).values(
                version=version, applied_at=at, item_count=0, is_current=False, documents_of=name
            )
        )
        item_count = self.session.execute(
            sa.select(sa.func.count())
            .select_from(CatalogDocumentRow)
            .where(CatalogDocumentRow.version == name, CatalogDocumentRow.kind == "item")
        ).scalar_one()
        self._make_current(version, item_count=item_count, at=at)
        return CatalogVersionInfo(version=version, applied_at=at, item_count=item_count, is_current=True)

    # ------------------------------------------------------------ reading

    def current_version(self) -> str | None:
        return self.session.execute(
            sa.select(CatalogVersion.version).where(CatalogVersion.is_current.is_(True))
        ).scalar_one_or_none()

    def current_documents(self, *, kind: str | None = None) -> list[CatalogDocument]:
        q = (
            sa.select(CatalogDocumentRow.kind, CatalogDocumentRow.code, CatalogDocumentRow.doc)
            .join(CatalogVersion, CatalogVersion.documents_of == CatalogDocumentRow.version)
            .where(CatalogVersion.is_current.is_(True))
            .order_by(CatalogDocumentRow.kind, CatalogDocumentRow.code)
        )
        if kind is not None:
            q = q.where(CatalogDocumentRow.kind == kind)
        rows = cast("Iterable[tuple[str, str, dict[str, Any]]]", self.session.execute(q))  # mypy reads a Row as object
        return [CatalogDocument(kind=k, code=c, doc=d) for k, c, d in rows]

    def document(self, *, kind: str, code: str) -> CatalogDocument | None:
        row = self.session.execute(
            sa.select(CatalogDocumentRow.doc)
            .join(CatalogVersion, CatalogVersion.documents_of == CatalogDocumentRow.version)
            .where(
                CatalogVersion.is_current.is_(True),
                CatalogDocumentRow.kind == kind,
                CatalogDocumentRow.code == code,
            )
        ).scalar_one_or_none()
        return CatalogDocument(kind=kind, code=code, doc=row) if row is not None else None

    def versions(self) -> list[CatalogVersionInfo]:
        q = (
            sa.select(CatalogVersion)
            .where(~CatalogVersion.version.startswith(SET_PREFIX))
            .order_by(CatalogVersion.applied_at.desc())
        )
        return [
            CatalogVersionInfo(
                version=r.version, applied_at=r.applied_at, item_count=r.item_count, is_current=r.is_current
            )
            for r in self.session.scalars(q.execution_options(populate_existing=True))
        ]
