"""Bringing the platform's catalog and holiday calendar down, switched in whole or not at all.

A catalog is downloaded page by page into memory, counted and checked against the
manifest's digest, and only then handed to ``CatalogRepository.replace_all`` in one
transaction. A download cut halfway (the link drops, the platform restarts, a page is
malformed) raises before the store is touched: the kiosk keeps the old catalog whole.
When the terminal already has an earlier platform version, the delta since that version
is applied to the current documents instead, and the result must match the same digest.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa

from offline_store.models import CalendarYear as CalendarYearRow
from offline_store.records import CalendarOverride
from offline_store.repositories.catalog import KINDS as STORE_KINDS
from offline_store.sync import protocol as p
from offline_store.sync import state
from offline_store.sync.adapter import PlatformAdapter
from offline_store.sync.errors import CatalogSyncError, PlatformRequestRefused

log = logging.getLogger(__name__)

# shared.catalog names the dictionary document "item_types"; the store keeps it as "types"
_WIRE_TO_STORE_KIND = {"item_types": "types"}
_STORE_TO_WIRE_KIND = {v: k for k, v in _WIRE_TO_STORE_KIND.items()}
CALENDAR_SOURCE = "platform"


def wire_to_store(doc: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    kind, code = p.catalog_document_key(doc)
    kind = _WIRE_TO_STORE_KIND.get(kind, kind)
    if kind not in STORE_KINDS:
        raise CatalogSyncError(
            f"平台目录中有本机不认识的文档类型“{kind}”（{code}）。", hint="请升级本机 Yimen 后再同步目录。"
        )
    body = doc.get("body")
    return kind, code, body if isinstance(body, dict) else {}


def store_to_wire(kind: str, code: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"kind": _STORE_TO_WIRE_KIND.get(kind, kind), "code": code, "body": body}


def download_full(
    client: PlatformAdapter, manifest: p.CatalogManifest, *, page_size: int
) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    last_key: tuple[str, str] | None = None
    step = min(page_size, manifest.page_size)
    while len(docs) < manifest.document_count:
        page = client.catalog_page(version=manifest.version, offset=len(docs), limit=step)
        if page.total != manifest.document_count:
            raise CatalogSyncError(
                f"目录版本 {manifest.version} 的文档总数前后不一致（{page.total} ≠ {manifest.document_count}）。"
            )
        if not page.items:
            raise CatalogSyncError(f"目录版本 {manifest.version} 在第 {len(docs)} 条处提前结束。")
        for doc in page.items:
            key = p.catalog_document_key(doc)
            if last_key is not None and key <= last_key:
                raise CatalogSyncError("平台目录分页顺序错乱或有重复文档。")
            last_key = key
        docs.extend(page.items)
    if len(docs) != manifest.document_count or p.catalog_digest(docs) != manifest.digest:
        raise CatalogSyncError(
            f"下载的目录版本 {manifest.version} 校验不符（{len(docs)} 条），未启用。",
            hint="稍后会重新下载；当前目录继续使用。",
        )
    return docs


def apply_delta(
    client: PlatformAdapter,
    manifest: p.CatalogManifest,
    *,
    since: int,
    base: list[dict[str, Any]],
    page_size: int,
) -> list[dict[str, Any]]:
    merged = {p.catalog_document_key(d): d for d in base}
    offset, total = 0, None
    while total is None or offset < total:
        page = client.catalog_changes(since=since, offset=offset, limit=page_size)
        if page.to_version != manifest.version:
            raise CatalogSyncError("目录在下载增量期间又发布了新版本，将重新同步。")
        total = page.total
        if not page.changes and offset < total:
            raise CatalogSyncError("目录增量提前结束。")
        for ch in page.changes:
            key = (ch.kind, ch.code)
            if ch.op is p.CatalogChangeOp.DELETE:
                merged.pop(key, None)
            else:
                if ch.document is None or p.catalog_document_key(ch.document) != key:
                    raise CatalogSyncError(f"目录增量中 {ch.kind} {ch.code} 的文档缺失或编码不符。")
                merged[key] = ch.document
        offset += len(page.changes)
    docs = list(merged.values())
    if len(docs) != manifest.document_count or p.catalog_digest(docs) != manifest.digest:
        raise CatalogSyncError("按增量合并后的目录与平台不一致，改为下载全量目录。")
    return docs


def refresh_catalog(
    client: PlatformAdapter,
    store: Any,
    *,
    page_size: int = 1000,
    on_progress: Callable[[str], None] | None = None,
) -> str | None:
    """Bring the catalog to the platform's current version; returns the new version or None."""
    manifest = client.catalog_manifest()
    with store.unit_of_work(read_only=True) as uow:
        local = int(state.get_value(uow.session, state.CATALOG_PLATFORM_VERSION, 0) or 0)
        local_current = uow.catalog.current_version()
    if manifest.version <= local and local_current == str(local):
        return None
    docs: list[dict[str, Any]] | None = None
    if 0 < local < manifest.version and local_current == str(local):
        with store.unit_of_work(read_only=True) as uow:
            base = [store_to_wire(d.kind, d.code, d.doc) for d in uow.catalog.current_documents()]
        try:
            docs = apply_delta(client, manifest, since=local, base=base, page_size=page_size)
        except PlatformRequestRefused as e:
            if e.status != 410:
                raise
            log.info("catalog delta since %s no longer offered; downloading in full", local)
        except CatalogSyncError as e:
            log.warning("catalog delta unusable (%s); downloading in full", e.message)
    if docs is None:
        docs = download_full(client, manifest, page_size=page_size)
    rows = [wire_to_store(d) for d in docs]
    version = str(manifest.version)
    # one transaction: the new version becomes current and the old documents go, or nothing happens
    with store.unit_of_work() as uow:
        uow.catalog.replace_all(documents=rows, version=version)
        state.set_values(uow.session, {state.CATALOG_PLATFORM_VERSION: manifest.version})
    if on_progress:
        on_progress(f"目录已更新到版本 {version}（{len(rows)} 条）")
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
