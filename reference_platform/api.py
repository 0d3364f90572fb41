"""Endpoints of the reference platform: one function per route, plain values in and out.

The HTTP layer (:mod:`reference_platform.server`) authenticates, injects faults and
signs; these functions only know the protocol and the store.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from reference_platform import backoffice, intake
from reference_platform.certificates import CertificateAuthority, QueryRefused
from reference_platform.config import PlatformConfig
from reference_platform.seed import licence_seal
from reference_platform.store import PlatformStore, iso
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.payloads import parse_licence_code
from shared.protocol import documents as d
from shared.protocol import messages as p


class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass(frozen=True, slots=True)
class Caller:
    app_key: str
    terminal_id: str


@dataclass(slots=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: bytes
    caller: Caller
    now: float


@dataclass(slots=True)
class Context:
    store: PlatformStore
    config: PlatformConfig
    rng: random.Random
    authority: CertificateAuthority


@dataclass(frozen=True, slots=True)
class RawBody:
    """An answer already encoded, with its own content type (the NDJSON catalog pages)."""

    data: bytes
    content_type: str


Answer = tuple[int, Any]  # status, JSON-able value (or pre-encoded JSON bytes, or a RawBody)
Handler = Callable[[Context, Request, re.Match[str]], Answer]


def _parse(model: type[BaseModel], raw: bytes) -> Any:
    try:
        return model.model_validate_json(raw, strict=True)
    except PydanticValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "body"
        raise ApiError(400, "invalid_request", f"{where}: {first['msg']}") from None


def _int_arg(req: Request, name: str, default: int, *, lo: int = 0, hi: int = 1 << 62) -> int:
    raw = req.query.get(name)
    if raw is None:
        return default
    if not re.fullmatch(r"\d{1,18}", raw) or not lo <= int(raw) <= hi:
        raise ApiError(400, "invalid_request", f"{name} must be an integer in [{lo}, {hi}]")
    return int(raw)


def ping(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    return 200, {
        "protocol_version": p.PROTOCOL_VERSION,
        "server_time": int(req.now),
        "platform_name": ctx.config.platform_name,
    }


def register(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    body: p.RegisterRequest = _parse(p.RegisterRequest, req.body)
    if body.terminal_id != req.caller.terminal_id:
        raise ApiError(403, "terminal_mismatch", f"AppKey 属于终端 {req.caller.terminal_id}")
    ctx.store.register_terminal(app_key=req.caller.app_key, request=body, now=req.now)
    return 200, {
        "terminal_id": body.terminal_id,
        "registered_at": ctx.store.registered_at(req.caller.app_key),
        "server_time": int(req.now),
        "platform_name": ctx.config.platform_name,
    }


def events_batch(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    batch: p.EventBatch = _parse(p.EventBatch, req.body)
    if batch.terminal_id != req.caller.terminal_id:
        raise ApiError(403, "terminal_mismatch", f"AppKey 属于终端 {req.caller.terminal_id}")
    results = intake.store_batch(
        ctx.store,
        terminal_id=batch.terminal_id,
        events=batch.events,
        now=req.now,
        backoffice=ctx.config.backoffice,
    )
    return 200, {"results": results}


def status_feed(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    cursor = req.query.get("cursor", "") or "0"
    if not cursor.isdigit():
        raise ApiError(400, "invalid_cursor", "cursor 无效")
    after = int(cursor)
    limit = _int_arg(req, "limit", 200, lo=1, hi=p.MAX_FEED_PAGE)
    backoffice.advance(
        ctx.store, now=req.now, config=ctx.config.backoffice, terminal_id=req.caller.terminal_id
    )
    rows, has_more = backoffice.feed_after(
        ctx.store, terminal_id=req.caller.terminal_id, after=after, limit=limit
    )
    items = [json.loads(body) for _seq, body in rows]
    next_cursor = str(rows[-1][0]) if rows else str(after)
    faults = ctx.config.faults
    if items and ctx.rng.random() < faults.out_of_order_feed_rate:
        # stale updates from earlier pages mixed in, and the page shuffled
        stale = backoffice.feed_after(
            ctx.store, terminal_id=req.caller.terminal_id, after=max(0, after - 5), limit=5
        )[0]
        items += [json.loads(body) for seq, body in stale if seq <= after]
        ctx.rng.shuffle(items)
    if items and ctx.rng.random() < faults.duplicate_feed_page_rate:
        next_cursor, has_more = str(after), True  # the same page will be handed out again
    return 200, {"items": items, "next_cursor": next_cursor, "has_more": has_more}


def catalog_manifest(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    current = ctx.store.catalog_current()
    if current is None:
        raise ApiError(404, "no_catalog", "平台尚未发布目录")
    version, label, published_at, digest, count = current
    return 200, {
        "version": version,
        "label": label,
        "published_at": published_at,
        "document_count": count,
        "digest": digest,
        "page_size": 1000,
    }


def _check_version(ctx: Context, version: int) -> None:
    current = ctx.store.catalog_current()
    if current is None or version > current[0] or version < 1:
        raise ApiError(404, "unknown_version", f"目录版本 {version} 不存在")
    if not ctx.store.catalog_version_available(version):
        raise ApiError(410, "version_retired", f"目录版本 {version} 已不再提供，请下载最新版本")


def catalog_items(ctx: Context, req: Request, m: re.Match[str]) -> Answer:
    version = int(m["version"])
    _check_version(ctx, version)
    offset = _int_arg(req, "offset", 0)
    limit = _int_arg(req, "limit", 1000, lo=1, hi=p.MAX_CATALOG_PAGE)
    total, docs = ctx.store.catalog_page(version=version, offset=offset, limit=limit)
    if req.query.get("format") == "ndjson":
        # one canonical document per line, the very bytes whose hashes the digest lists: the
        # terminal hashes and stores them without decoding and re-encoding (issue 13)
        head = json.dumps({"version": version, "offset": offset, "total": total, "count": len(docs)})
        lines = "\n".join((head, *docs)) + "\n"
        return 200, RawBody(lines.encode("utf-8"), p.NDJSON)
    # documents are stored as canonical JSON text: splice them in rather than re-encoding 100,000 items
    head = json.dumps({"version": version, "offset": offset, "total": total})[:-1]
    return 200, f'{head},"items":[{",".join(docs)}]}}'.encode()


def catalog_changes(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    since = _int_arg(req, "since", 0)
    offset = _int_arg(req, "offset", 0)
    limit = _int_arg(req, "limit", 1000, lo=1, hi=p.MAX_CATALOG_PAGE)
    current = ctx.store.catalog_current()
    if current is None:
        raise ApiError(404, "no_catalog", "平台尚未发布目录")
    if since > current[0]:
        raise ApiError(400, "invalid_request", f"since={since} 大于当前版本 {current[0]}")
    if since < 1 or not ctx.store.catalog_version_available(since):
        raise ApiError(410, "delta_unavailable", f"无法提供自版本 {since} 起的增量，请下载全量目录")
    total, rows = ctx.store.catalog_changes(since=since, to=current[0], offset=offset, limit=limit)
    changes = [
        {"op": op, "kind": kind, "code": code} | ({"document": json.loads(doc)} if doc is not None else {})
        for op, kind, code, doc in rows
    ]
    return 200, {
        "from_version": since,
        "to_version": current[0],
        "offset": offset,
        "total": total,
        "changes": changes,
    }


def calendar_index(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    return 200, {"years": [{"year": y, "version": v} for y, v in ctx.store.calendar_years()]}


def calendar_year(ctx: Context, req: Request, m: re.Match[str]) -> Answer:
    year = int(m["year"])
    found = ctx.store.calendar_year(year)
    if found is None:
        raise ApiError(404, "year_not_published", f"平台尚未发布 {year} 年的节假日安排")
    version, days = found
    return 200, {"year": year, "version": version, "days": days}


def verify_licence(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    body: p.LicenceVerifyRequest = _parse(p.LicenceVerifyRequest, req.body)
    ref = parse_licence_code(body.code)
    if ref is None:
        return 200, {"verdict": "forged", "reason": "证照码格式不正确"}
    row = ctx.store.licence(ref.licence_no)
    if row is None:
        return 200, {"verdict": "unknown", "reason": "发证机关无此证照"}
    if ref.seal != licence_seal(ctx.config.licence_issuer_key, ref.licence_no, row["valid_to"] or ""):
        return 200, {"verdict": "forged", "reason": "证照签章校验失败"}
    if row["revoked"]:
        return 200, {"verdict": "revoked", "reason": "证照已注销"}
    today = datetime.fromtimestamp(req.now, UTC).date()
    if row["valid_to"] and date.fromisoformat(row["valid_to"]) < today:
        return 200, {"verdict": "expired", "reason": f"有效期至 {row['valid_to']}"}
    if body.holder_id and body.holder_id.strip().upper() != str(row["holder_id"]).upper():
        # only the fact is told, never whose licence it is
        return 200, {"verdict": "not_holder", "reason": "证照持有人与申请人不符"}
    return 200, {
        "verdict": "valid",
        "licence": {
            "licence_type": row["licence_type"],
            "licence_no": row["licence_no"],
            "holder_masked": f"{mask_name(row['holder_name'])}（{mask_id_number(row['holder_id'])}）",
            "valid_from": row["valid_from"],
            "valid_to": row["valid_to"] or None,
            "issuer": row["issuer"],
        },
    }


def data_sharing(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    body: p.DataSharingRequest = _parse(p.DataSharingRequest, req.body)
    if not body.purpose.strip():
        raise ApiError(400, "purpose_required", "数据共享查询必须说明用途")
    record = ctx.store.shared_record(body.dataset.value, body.subject_id.upper())
    query_id = ctx.store.log_data_query(
        app_key=req.caller.app_key,
        dataset=body.dataset.value,
        subject_masked=mask_id_number(body.subject_id),
        purpose=body.purpose,
        case_no=body.case_no,
        found=record is not None,
        now=req.now,
    )
    return 200, {
        "query_id": query_id,
        "dataset": body.dataset.value,
        "found": record is not None,
        "record": record,
        "queried_at": iso(req.now),
    }


def query_document(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    body: d.DocumentQueryRequest = _parse(d.DocumentQueryRequest, req.body)
    try:
        answer = ctx.authority.query(
            body, app_key=req.caller.app_key, terminal_id=req.caller.terminal_id, now=req.now
        )
    except QueryRefused as e:
        raise ApiError(422, e.code.value, e.message) from None
    return 200, answer


def licences_of_holder(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    body: d.LicencesOfHolderRequest = _parse(d.LicencesOfHolderRequest, req.body)
    try:
        answer = ctx.authority.licences_of(
            body, app_key=req.caller.app_key, terminal_id=req.caller.terminal_id, now=req.now
        )
    except QueryRefused as e:
        raise ApiError(422, e.code.value, e.message) from None
    return 200, answer


def verify_certificate(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    body: d.CertificateVerifyRequest = _parse(d.CertificateVerifyRequest, req.body)
    return 200, ctx.authority.verify(body.code, now=req.now)


def certificate_keys(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    return 200, ctx.authority.public_keys()


def appointments(ctx: Context, req: Request, _m: re.Match[str]) -> Answer:
    cursor = req.query.get("cursor", "") or "0"
    if not cursor.isdigit():
        raise ApiError(400, "invalid_cursor", "cursor 无效")
    limit = _int_arg(req, "limit", 200, lo=1, hi=p.MAX_FEED_PAGE)
    hall = ctx.store.hall_of(req.caller.app_key)
    rows = ctx.store.appointments_after(hall_code=hall, after=int(cursor), limit=limit + 1)
    page = rows[:limit]
    return 200, {
        "items": [json.loads(b) for _s, b in page],
        "next_cursor": str(page[-1][0]) if page else cursor,
        "has_more": len(rows) > limit,
    }


# (method, compiled path pattern, handler, mutating: eligible for drop-after-commit)
ROUTES: list[tuple[str, re.Pattern[str], Handler, bool]] = [
    ("GET", re.compile(r"/v1/ping"), ping, False),
    ("POST", re.compile(r"/v1/terminals/register"), register, True),
    ("POST", re.compile(r"/v1/events:batch"), events_batch, True),
    ("GET", re.compile(r"/v1/cases/status-feed"), status_feed, False),
    ("GET", re.compile(r"/v1/catalog/manifest"), catalog_manifest, False),
    ("GET", re.compile(r"/v1/catalog/versions/(?P<version>\d{1,9})/items"), catalog_items, False),
    ("GET", re.compile(r"/v1/catalog/changes"), catalog_changes, False),
    ("GET", re.compile(r"/v1/calendar"), calendar_index, False),
    ("GET", re.compile(r"/v1/calendar/(?P<year>\d{4})"), calendar_year, False),
    ("POST", re.compile(r"/v1/licences/verify"), verify_licence, False),
    ("POST", re.compile(r"/v1/data-sharing/query"), data_sharing, True),
    ("GET", re.compile(r"/v1/appointments"), appointments, False),
    ("POST", re.compile(r"/v1/documents/query"), query_document, False),
    ("POST", re.compile(r"/v1/licences/of-holder"), licences_of_holder, False),
    ("POST", re.compile(r"/v1/certificates/verify"), verify_certificate, False),
    ("GET", re.compile(r"/v1/certificates/keys"), certificate_keys, False),
]


def route(method: str, path: str) -> tuple[Handler, re.Match[str], bool]:
    allowed = False
    for m_, pattern, handler, mutating in ROUTES:
        match = pattern.fullmatch(path)
        if match:
            if m_ == method:
                return handler, match, mutating
            allowed = True
    if allowed:
        raise ApiError(405, "method_not_allowed", f"{method} 不适用于 {path}")
    raise ApiError(404, "not_found", f"没有接口 {path}")
