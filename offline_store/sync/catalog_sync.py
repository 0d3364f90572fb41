"""Bringing the platform's catalog and holiday calendar down, switched in whole or not at all.

Full download: the pages come as canonical JSON lines (``format=ndjson``); each line is
hashed and written, undecoded, into a document set of its own that no reader sees, one
short transaction per page. Order, count and the manifest's digest (over the documents'
hashes) are checked as the pages arrive; only then does one short transaction make the new
set current. A download cut halfway or a process killed mid-download leaves the old catalog
current and whole; the unfinished set is dropped by the next download.

Delta: when the terminal already has an earlier platform version, the changes since that
version are applied to the current set in place, in one transaction that first checks the
result against the same digest from the stored hashes (no document is read or decoded), so
a one-item delta costs about one item (issue 13: 68 s before, for 100,000 items).
"""

from __future__ import annotations

import contextlib
import json
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa

from offline_store.models import CalendarYear as CalendarYearRow
from offline_store.records import CalendarOverride
from offline_store.repositories.catalog import KINDS as STORE_KINDS
from offline_store.repositories.catalog import StoredDocument
from offline_store.sync import state
from offline_store.sync.adapter import PlatformAdapter
from offline_store.sync.errors import CatalogSyncError, PlatformRequestRefused
from shared.domain.words import words
from shared.protocol import messages as p

log = logging.getLogger(__name__)

# shared.domain.catalog names the dictionary document "item_types"; the store keeps it as "types"
_WIRE_TO_STORE_KIND = {"item_types": "types"}
_STORE_TO_WIRE_KIND = {v: k for k, v in _WIRE_TO_STORE_KIND.items()}
CALENDAR_SOURCE = "platform"
DROP_BATCH = 2000  # superseded documents deleted per transaction after a switch
# documents written per transaction while downloading: fewer commits (each one an fsync on
# SQLite) and still a short hold on the write lock (a few MB), so a kiosk's ticket never waits long
STAGE_BATCH = 5000
FETCH_THREAD = "yimen-catalog-fetch"


def _store_kind(kind: str, code: str) -> str:
    kind = _WIRE_TO_STORE_KIND.get(kind, kind)
    if kind not in STORE_KINDS:
        raise CatalogSyncError(
            words("平台目录中有本机不认识的文档类型“{kind}”（{code}）。", kind=kind, code=code), hint="请升级本机 Yimen 后再同步目录。"
        )
    return kind


def wire_to_store(doc: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    kind, code = p.catalog_document_key(doc)
    body = doc.get("body")
    return _store_kind(kind, code), code, body if isinstance(body, dict) else {}


def store_to_wire(kind: str, code: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"kind": _STORE_TO_WIRE_KIND.get(kind, kind), "code": code, "body": body}


def stored_document(line: bytes) -> tuple[tuple[str, str], StoredDocument]:
    """(wire key, the document to store) of one canonical line: hashed as it came, the body
    cut out of it rather than decoded and encoded again."""
    sha = p.catalog_document_hash(line)
    split = p.split_canonical_document(line)
    if split is not None:
        kind, code, body = split
        body_json = body.decode("utf-8")
    else:  # another shape (more top-level fields): decode it the slow way
        try:
            doc = json.loads(line)
            kind, code = p.catalog_document_key(doc)
        except ValueError:
            raise CatalogSyncError("平台目录中有一行不是有效的目录文档。") from None
        body_obj = doc.get("body")
        body_json = json.dumps(body_obj if isinstance(body_obj, dict) else {}, ensure_ascii=False)
    return (kind, code), StoredDocument(kind=_store_kind(kind, code), code=code, body_json=body_json, sha=sha)


def _pages(client: PlatformAdapter, manifest: p.CatalogManifest, *, page_size: int) -> Iterator[list[bytes]]:
    """The catalog's canonical lines, page by page (NDJSON when the adapter offers it)."""
    step = min(page_size, manifest.page_size)
    lines_of = getattr(client, "catalog_lines", None)
    got = 0
    while got < manifest.document_count:
        if lines_of is not None:
            head, lines = lines_of(version=manifest.version, offset=got, limit=step)
            total = head.total
        else:
            page = client.catalog_page(version=manifest.version, offset=got, limit=step)
            total, lines = page.total, [p.canonical_json(d) for d in page.items]
        if total != manifest.document_count:
            raise CatalogSyncError(
                words("目录版本 {version} 的文档总数前后不一致（{total} ≠ {document_count}）。", version=manifest.version, total=total, document_count=manifest.document_count)
            )
        if not lines:
            raise CatalogSyncError(words("目录版本 {version} 在第 {got} 条处提前结束。", version=manifest.version, got=got))
        got += len(lines)
        yield lines


def _ahead(pages: Iterator[list[bytes]], *, depth: int = 2) -> Iterator[list[bytes]]:
    """``pages``, fetched on a thread of their own up to ``depth`` pages ahead: the platform
    prepares and sends the next page while this one is hashed and written (two cores)."""
    slots: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def fetch() -> None:
        try:
            for page in pages:
                while not stop.is_set():
                    try:
                        slots.put(("page", page), timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            slots.put(("end", None))
        except BaseException as e:  # handed to the consumer, raised there
            slots.put(("error", e))

    worker = threading.Thread(target=fetch, name=FETCH_THREAD, daemon=True)
    worker.start()
    try:
        while True:
            what, value = slots.get()
            if what == "page":
                yield value
            elif what == "error":
                raise value
            else:
                return
    finally:
        stop.set()
        while worker.is_alive():  # unblock a fetcher waiting for a free slot, then let it end
            with contextlib.suppress(queue.Empty):
                slots.get(timeout=0.1)
        worker.join()


def download_full(
    client: PlatformAdapter,
    store: Any,
    manifest: p.CatalogManifest,
    *,
    page_size: int,
    stage_batch: int = STAGE_BATCH,
    on_page: Callable[[int], None] | None = None,
) -> str:
    """Download ``manifest``'s catalog into a set of its own and switch to it; returns the
    version. Raises before the switch when anything does not add up."""
    version = str(manifest.version)
    with store.unit_of_work() as uow:
        name = uow.catalog.begin_set(version=version)
    hashes: list[str] = []
    last_key: tuple[str, str] | None = None
    count = 0
    pending: list[StoredDocument] = []
    for lines in _ahead(_pages(client, manifest, page_size=page_size)):
        for line in lines:
            key, doc = stored_document(line)
            if last_key is not None and key <= last_key:
                raise CatalogSyncError("平台目录分页顺序错乱或有重复文档。")
            last_key = key
            hashes.append(doc.sha)
            pending.append(doc)
        count += len(lines)
        if len(pending) >= stage_batch or count >= manifest.document_count or on_page is not None:
            with store.unit_of_work() as uow:
                uow.catalog.add_to_set(name=name, documents=pending)
            pending = []
        if on_page is not None:
            on_page(count)
    if pending:
        with store.unit_of_work() as uow:
            uow.catalog.add_to_set(name=name, documents=pending)
    digest = p.catalog_digest_of_hashes(hashes)
    if count != manifest.document_count or digest != manifest.digest:
        raise CatalogSyncError(
            words("下载的目录版本 {version} 校验不符（{count} 条），未启用。", version=manifest.version, count=count),
            hint="稍后会重新下载；当前目录继续使用。",
        )
    # the switch: one short transaction, a reader sees the old catalog or the new one
    with store.unit_of_work() as uow:
        uow.catalog.switch_to_set(name=name, version=version)
        state.set_values(uow.session, {state.CATALOG_PLATFORM_VERSION: manifest.version})
    return version


def _changes(
    client: PlatformAdapter, manifest: p.CatalogManifest, *, since: int, page_size: int
) -> list[p.CatalogChange]:
    changes: list[p.CatalogChange] = []
    offset, total = 0, None
    while total is None or offset < total:
        page = client.catalog_changes(since=since, offset=offset, limit=page_size)
        if page.to_version != manifest.version:
            raise CatalogSyncError("目录在下载增量期间又发布了新版本，将重新同步。")
        total = page.total
        if not page.changes and offset < total:
            raise CatalogSyncError("目录增量提前结束。")
        changes.extend(page.changes)
        offset += len(page.changes)
    return changes


def apply_delta(
    client: PlatformAdapter, store: Any, manifest: p.CatalogManifest, *, since: int, page_size: int
) -> str:
    """Apply the changes since ``since`` to the current set in place; returns the version.
    Raises CatalogSyncError (nothing changed) when the result would not match the digest."""
    changes = _changes(client, manifest, since=since, page_size=page_size)
    upserts: dict[tuple[str, str], StoredDocument] = {}
    deletes: set[tuple[str, str]] = set()
    for ch in changes:
        key = (ch.kind, ch.code)
        if ch.op is p.CatalogChangeOp.DELETE:
            deletes.add(key)
            upserts.pop(key, None)
        else:
            if ch.document is None or p.catalog_document_key(ch.document) != key:
                raise CatalogSyncError(words("目录增量中 {kind} {code} 的文档缺失或编码不符。", kind=ch.kind, code=ch.code))
            upserts[key] = stored_document(p.canonical_json(ch.document))[1]
            deletes.discard(key)
    version = str(manifest.version)
    with store.unit_of_work() as uow:
        current = uow.catalog.lock_current()
        if current is None or current[0] != str(since):
            raise CatalogSyncError("本机目录在增量下载期间被替换，改为下载全量目录。")
        name = current[1]
        hashes = {
            (_STORE_TO_WIRE_KIND.get(kind, kind), code): sha
            for kind, code, sha in uow.catalog.document_hashes(name=name)
        }
        for key in deletes:
            hashes.pop(key, None)
        hashes.update((key, doc.sha) for key, doc in upserts.items())
        if (
            len(hashes) != manifest.document_count
            or p.catalog_digest_of_hashes(hashes[k] or "" for k in sorted(hashes)) != manifest.digest
        ):
            raise CatalogSyncError("按增量合并后的目录与平台不一致，改为下载全量目录。")
        uow.catalog.apply_changes(
            name=name,
            version=version,
            upserts=upserts.values(),
            deletes=[(_store_kind(k, c), c) for k, c in deletes],
        )
        state.set_values(uow.session, {state.CATALOG_PLATFORM_VERSION: manifest.version})
    return version


def drop_superseded(store: Any, *, batch: int = DROP_BATCH) -> int:
    """Delete the documents of superseded sets, ``batch`` per short transaction."""
    dropped = 0
    while True:
        with store.unit_of_work() as uow:
            n = uow.catalog.drop_superseded(limit=batch)
        dropped += n
        if n == 0:
            return dropped


def refresh_catalog(
    client: PlatformAdapter,
    store: Any,
    *,
    page_size: int = 1000,
    stage_batch: int = STAGE_BATCH,
    on_progress: Callable[[str], None] | None = None,
) -> str | None:
    """Bring the catalog to the platform's current version; returns the new version or None."""
    manifest = client.catalog_manifest()
    with store.unit_of_work(read_only=True) as uow:
        local = int(state.get_value(uow.session, state.CATALOG_PLATFORM_VERSION, 0) or 0)
        local_current = uow.catalog.current_version()
    if manifest.version <= local and local_current == str(local):
        return None
    version: str | None = None
    if 0 < local < manifest.version and local_current == str(local):
        try:
            version = apply_delta(client, store, manifest, since=local, page_size=page_size)
        except PlatformRequestRefused as e:
            if e.status != 410:
                raise
            log.info("catalog delta since %s no longer offered; downloading in full", local)
        except CatalogSyncError as e:
            log.warning("catalog delta unusable (%s); downloading in full", e.message)
    if version is None:
        version = download_full(client, store, manifest, page_size=page_size, stage_batch=stage_batch)
    drop_superseded(store)
    if on_progress:
        on_progress(f"目录已更新到版本 {version}（{manifest.document_count} 条）")
    return version


def refresh_calendar(client: PlatformAdapter, store: Any, *, from_year: int) -> list[int]:
    """Download every published year from ``from_year`` on whose version differs from ours."""
    index = client.calendar_index()
    with store.unit_of_work(read_only=True) as uow:
        local = {
            y: v
            for y, v, src in uow.session.execute(
                sa.select(CalendarYearRow.year, CalendarYearRow.version, CalendarYearRow.source)
            )
            if src == CALENDAR_SOURCE
        }
    changed = []
    for entry in index.years:
        if entry.year < from_year or local.get(entry.year) == str(entry.version):
            continue
        cal = client.calendar_year(entry.year)
        overrides = [
            CalendarOverride(
                day=d.day,
                is_workday=d.kind is p.HolidayKind.WORKDAY,
                name=d.name,
                source=CALENDAR_SOURCE,
                version=str(cal.version),
            )
            for d in cal.days
        ]
        with store.unit_of_work() as uow:
            uow.calendar.replace_year(
                year=cal.year, overrides=overrides, source=CALENDAR_SOURCE, version=str(cal.version)
            )
        changed.append(cal.year)
    return changed
