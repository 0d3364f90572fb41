"""Wire shapes of the Yimen v1 upstream protocol (docs/upstream-protocol.md).

The client validates every answer against these models and the reference
platform validates every request with them, so the two sides cannot drift.
Wire parsing is strict (no "3" for 3) and ignores unknown fields, so a newer platform
may add fields without breaking older terminals.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.domain.agency import AgencyKind
from shared.domain.catalog.vocab import SharedDataKind
from shared.domain.errors import InvalidIdentity
from shared.domain.identity import parse_resident_id

PROTOCOL_VERSION = "v1"
MAX_EVENTS_PER_BATCH = 500
MAX_FEED_PAGE = 500
MAX_CATALOG_PAGE = 2000
# a response larger than this is refused while streaming (the catalog comes in pages for that reason)
MAX_RESPONSE_BYTES = 8 * 1024 * 1024
MAX_REQUEST_BYTES = 8 * 1024 * 1024

PATH_PING = "/v1/ping"
PATH_REGISTER = "/v1/terminals/register"
PATH_EVENTS = "/v1/events:batch"
PATH_STATUS_FEED = "/v1/cases/status-feed"
PATH_CATALOG_MANIFEST = "/v1/catalog/manifest"
PATH_CATALOG_ITEMS = "/v1/catalog/versions/{version}/items"
PATH_CATALOG_CHANGES = "/v1/catalog/changes"
NDJSON = "application/x-ndjson"
PATH_CALENDAR_INDEX = "/v1/calendar"
PATH_CALENDAR_YEAR = "/v1/calendar/{year}"
PATH_LICENCE_VERIFY = "/v1/licences/verify"
PATH_DATA_SHARING = "/v1/data-sharing/query"
PATH_APPOINTMENTS = "/v1/appointments"


class WireModel(BaseModel):
    # strict when parsing the wire (model_validate_json(..., strict=True)); lax when built in code
    model_config = ConfigDict(extra="ignore", frozen=True)


# ---------------------------------------------------------------- errors


class AuthFailure(StrEnum):
    """Reason codes of a 401 answer."""

    MISSING_HEADERS = "missing_headers"
    UNKNOWN_APP_KEY = "unknown_app_key"
    BAD_SIGNATURE = "bad_signature"
    CLOCK_SKEW = "clock_skew"
    NONCE_REUSED = "nonce_reused"
    BAD_NONCE = "bad_nonce"
    TERMINAL_DISABLED = "terminal_disabled"


class ErrorBody(WireModel):
    code: str
    message: str
    server_time: int | None = None


class ErrorEnvelope(WireModel):
    error: ErrorBody


# ---------------------------------------------------------------- ping and registration


class Pong(WireModel):
    protocol_version: str
    server_time: int
    platform_name: str


class TerminalKind(StrEnum):
    KIOSK = "kiosk"
    COUNTER = "counter"
    DISPLAY = "display"
    SERVER = "server"


class RegisterRequest(WireModel):
    terminal_id: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=100)
    kind: TerminalKind
    hall_code: str = Field(min_length=1, max_length=64)
    region_code: str = Field(pattern=r"^\d{6}$")
    software_version: str = Field(min_length=1, max_length=32)


class RegisterResponse(WireModel):
    terminal_id: str
    registered_at: datetime
    server_time: int
    platform_name: str


# ---------------------------------------------------------------- case events


class EventKind(StrEnum):
    CREATED = "created"
    ACCEPTED = "accepted"
    MATERIALS = "materials"
    DECISION = "decision"
    DELIVERY = "delivery"
    EVALUATION = "evaluation"
    COMPLAINT = "complaint"


# Payload keys the platform needs per kind (data minimisation: nothing beyond these is required,
# and the platform stores only what it recognises). Services can call validate_event_payload()
# before writing an outbox row, so a bad payload is refused at the window, not quarantined later.
EVENT_PAYLOAD_REQUIRED: dict[EventKind, tuple[str, ...]] = {
    EventKind.CREATED: ("item_code", "channel", "applicant_kind", "applicant_id", "applicant_name"),
    EventKind.ACCEPTED: ("accepted_at",),
    EventKind.MATERIALS: ("materials",),
    EventKind.DECISION: ("state",),
    EventKind.DELIVERY: ("method",),
    EventKind.EVALUATION: ("level",),
    EventKind.COMPLAINT: ("category", "text"),
}
EVENT_PAYLOAD_OPTIONAL: dict[EventKind, tuple[str, ...]] = {
    # a case applied for by an agent (代办人) carries the three agent fields together
    EventKind.CREATED: (
        "item_name",
        "applicant_phone",
        "cross_region",
        "handling_region",
        "created_at",
        "agency_kind",
        "agent_id",
        "agent_name",
    ),
    EventKind.ACCEPTED: ("window_no", "clerk", "promised_date", "legal_date"),
    EventKind.MATERIALS: (),
    # a window's 不予受理 names its grounds, basis and the competent agency (行政许可法 第32条);
    # a 补正 or 特别程序 that moved the dates carries the new promised date and the pause
    EventKind.DECISION: (
        "note",
        "decided_at",
        "missing",
        "grounds",
        "legal_basis",
        "competent_authority",
        "promised_date",
        "legal_date",
        "pause",
    ),
    EventKind.DELIVERY: ("tracking_no", "address"),
    EventKind.EVALUATION: ("reason", "channel"),
    EventKind.COMPLAINT: ("contact_requested",),
}
DECISION_STATES = (
    "accepted",
    "in_review",
    "completed",
    "rejected",
    "not_accepted",
    "withdrawn",
    "supplement_requested",
)
AGENT_FIELDS = ("agency_kind", "agent_id", "agent_name")  # all three or none
AGENCY_KINDS = tuple(k.value for k in AgencyKind)  # entrusted 委托代办, free 免费代办
EVALUATION_LEVELS = (1, 2, 3, 4, 5)  # 5 非常满意 … 1 非常不满意, as shared.domain.evaluations.EvaluationLevel
BAD_EVALUATION_LEVELS = (1, 2)  # 不满意 and 非常不满意 are 差评 and need a reason


def validate_event_payload(kind: EventKind | str, payload: dict[str, Any]) -> list[str]:
    """Problems of one event payload, in words; empty when the platform will take it."""
    try:
        kind = EventKind(kind)
    except ValueError:
        return [f"未知的事件类型“{kind}”"]
    problems = [
        f"缺少字段 {key}" for key in EVENT_PAYLOAD_REQUIRED[kind] if payload.get(key) in (None, "", [])
    ]
    if kind is EventKind.DECISION and payload.get("state") not in (None, *DECISION_STATES):
        problems.append(f"决定状态“{payload.get('state')}”无效")
    if kind is EventKind.EVALUATION:
        level = payload.get("level")
        if level not in EVALUATION_LEVELS or isinstance(level, bool):
            problems.append("评价等级须为1-5")
        elif level in BAD_EVALUATION_LEVELS and not str(payload.get("reason") or "").strip():
            problems.append("差评须说明理由")
    if kind is EventKind.CREATED:
        problems += _agent_problems(payload)
    if kind is EventKind.MATERIALS:
        materials = payload.get("materials")
        if materials is not None and (
            not isinstance(materials, list)
            or not all(isinstance(m, dict) and m.get("material_code") for m in materials)
        ):
            problems.append("materials 须为含 material_code 的对象列表")
    return problems


def _agent_problems(payload: dict[str, Any]) -> list[str]:
    """The agent of a created event: none, or a kind, a valid ID number and a name that is
    not the applicant's own."""
    given = [key for key in AGENT_FIELDS if payload.get(key) is not None and str(payload[key]).strip()]
    if not given:
        return []
    problems = [f"代办人信息不全：缺少字段 {key}" for key in AGENT_FIELDS if key not in given]
    kind = payload.get("agency_kind")
    if kind is not None and kind not in AGENCY_KINDS:
        problems.append(f"代办方式“{kind}”无效（应为 {' 或 '.join(AGENCY_KINDS)}）")
    agent_id = payload.get("agent_id")
    if isinstance(agent_id, str) and agent_id:
        try:
            number = parse_resident_id(agent_id).number
        except InvalidIdentity as e:
            problems.append(f"代办人身份证号无效：{e.message}")
        else:
            if number == str(payload.get("applicant_id") or "").strip().upper():
                problems.append("代办人与申请人是同一人")
    elif agent_id is not None:
        problems.append("agent_id 须为字符串")
    if payload.get("agent_name") is not None and not isinstance(payload.get("agent_name"), str):
        problems.append("agent_name 须为字符串")
    return problems


class CaseEvent(WireModel):
    """One event; ``case_no``/``case_seq`` are both absent for an event tied to no case
    (a window evaluation of a ticket, a complaint), which then has no ordering."""

    event_id: UUID
    case_no: str | None = Field(default=None, pattern=r"^\d{20}$")
    case_seq: int | None = Field(default=None, ge=1)
    kind: EventKind
    occurred_at: datetime
    payload: dict[str, Any]

    @field_validator("occurred_at")
    @classmethod
    def _aware(cls, v: datetime) -> datetime:
        if v.tzinfo is None:
            raise ValueError("occurred_at must carry a UTC offset")
        return v

    @model_validator(mode="after")
    def _case_fields_together(self) -> CaseEvent:
        if (self.case_no is None) != (self.case_seq is None):
            raise ValueError("case_no and case_seq come together or not at all")
        return self


class EventBatch(WireModel):
    terminal_id: str = Field(min_length=1, max_length=64)
    events: list[CaseEvent] = Field(min_length=1, max_length=MAX_EVENTS_PER_BATCH)


class EventOutcome(StrEnum):
    STORED = "stored"
    DUPLICATE = "duplicate"  # already stored earlier: the sender treats it as delivered
    REJECTED = "rejected"  # never stored; reason_code says why; resending the same event will not help


class RejectReason(StrEnum):
    INVALID_PAYLOAD = "invalid_payload"
    SEQ_GAP = "seq_gap"  # case_seq higher than the next expected one: an earlier event is missing
    SEQ_CONFLICT = "seq_conflict"  # another event already holds this case_seq
    UNKNOWN_CASE = "unknown_case"  # first event of a case must be "created" with case_seq 1
    UNKNOWN_ITEM = "unknown_item"  # item_code not in the published catalog
    FOREIGN_CASE = "foreign_case"  # the case belongs to another terminal
    EVENT_ID_REUSED = (
        "event_id_reused"  # the event_id was stored with other content (case, seq, kind, time, payload)
    )


class EventResult(WireModel):
    event_id: UUID
    status: EventOutcome
    reason_code: str | None = None
    reason: str | None = None
    expected_seq: int | None = None


class EventBatchResult(WireModel):
    results: list[EventResult]


# ---------------------------------------------------------------- status feed


class RemoteCaseState(StrEnum):
    IN_REVIEW = "in_review"
    COMPLETED = "completed"
    REJECTED = "rejected"
    SUPPLEMENT_REQUESTED = "supplement_requested"


class StatusUpdate(WireModel):
    update_id: UUID
    case_no: str = Field(pattern=r"^\d{20}$")
    case_version: int = Field(ge=1)  # per case, rises with every back-office step
    state: RemoteCaseState
    decided_at: datetime
    note: str = ""
    missing: list[str] = Field(default_factory=list)
    result_ready: bool = False
    result_pickup: str | None = None  # where the result waits (window, post, electronic)
    tracking_no: str | None = None  # mailing tracking number (政邮合作)
    carrier: str | None = None


class StatusFeedPage(WireModel):
    items: list[StatusUpdate]
    next_cursor: str = Field(max_length=200)
    has_more: bool


# ---------------------------------------------------------------- catalog and calendar


class CatalogManifest(WireModel):
    """The current catalog: documents are shared.domain.catalog's ``{"kind", "code", "body"}`` rows."""

    version: int = Field(ge=0)
    label: str = ""  # the catalog's own version text (``Catalog.version``)
    published_at: datetime
    document_count: int = Field(ge=0)
    digest: str = Field(pattern=r"^[0-9a-f]{64}$")  # see catalog_digest()
    page_size: int = Field(ge=1, le=MAX_CATALOG_PAGE)


class CatalogPage(WireModel):
    version: int
    offset: int = Field(ge=0)
    total: int = Field(ge=0)
    items: list[dict[str, Any]]


class CatalogPageHead(WireModel):
    """First line of a catalog page asked for as ``format=ndjson``; the documents follow, one
    canonical JSON document per line (the bytes the digest's hashes are taken over)."""

    version: int
    offset: int = Field(ge=0)
    total: int = Field(ge=0)
    count: int = Field(ge=0)  # how many document lines follow


class CatalogChangeOp(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class CatalogChange(WireModel):
    op: CatalogChangeOp
    kind: str = Field(min_length=1)
    code: str = Field(min_length=1)
    document: dict[str, Any] | None = None  # the whole document for an upsert


class CatalogChangesPage(WireModel):
    from_version: int
    to_version: int
    offset: int = Field(ge=0)
    total: int = Field(ge=0)
    changes: list[CatalogChange]


class HolidayKind(StrEnum):
    HOLIDAY = "holiday"  # statutory holiday (法定节假日), not a working day
    WORKDAY = "workday"  # weekend make-up working day (调休), counts as a working day


class CalendarDay(WireModel):
    day: date
    kind: HolidayKind
    name: str = ""


class CalendarYearVersion(WireModel):
    year: int
    version: int


class CalendarIndex(WireModel):
    years: list[CalendarYearVersion]


class CalendarYear(WireModel):
    year: int
    version: int
    days: list[CalendarDay]


# ---------------------------------------------------------------- e-licence and data sharing


class LicenceVerifyRequest(WireModel):
    code: str = Field(min_length=1, max_length=512)  # DZZZ:<licence_no>:<seal> (§8)
    purpose: str = Field(min_length=2, max_length=200)
    case_no: str | None = None
    # the applicant's ID number: a licence held by someone else is answered not_holder
    holder_id: str | None = Field(default=None, min_length=15, max_length=18)


class LicenceVerdict(StrEnum):
    VALID = "valid"
    FORGED = "forged"  # the code's seal does not verify
    EXPIRED = "expired"
    REVOKED = "revoked"
    UNKNOWN = "unknown"  # well-formed but not held by the issuer
    NOT_HOLDER = "not_holder"  # genuine and valid, but another person's licence


class LicenceDetails(WireModel):
    licence_type: str
    licence_no: str
    holder_masked: str
    valid_from: date
    valid_to: date | None  # None: 长期
    issuer: str


class LicenceVerification(WireModel):
    verdict: LicenceVerdict
    reason: str = ""
    licence: LicenceDetails | None = None


# the datasets are the catalog's 共享数据类别 (one vocabulary: a guide's shared_data_kind is
# what the terminal asks the platform for)
SharedDataset = SharedDataKind


class DataSharingRequest(WireModel):
    dataset: SharedDataset
    subject_id: str = Field(min_length=15, max_length=18)
    purpose: str = Field(min_length=2, max_length=200)  # declared purpose, kept in the platform's audit
    case_no: str | None = None


class DataSharingAnswer(WireModel):
    query_id: UUID
    dataset: SharedDataset
    found: bool
    record: dict[str, str] | None = None  # masked values only
    queried_at: datetime


# ---------------------------------------------------------------- appointments


class AppointmentState(StrEnum):
    BOOKED = "booked"
    CANCELLED = "cancelled"


class Appointment(WireModel):
    appointment_id: UUID
    booking_code: str
    item_code: str
    hall_code: str
    day: date
    slot_start: str = Field(pattern=r"^\d{2}:\d{2}$")
    slot_end: str = Field(pattern=r"^\d{2}:\d{2}$")
    applicant_name_masked: str
    phone_masked: str
    state: AppointmentState
    version: int = Field(ge=1)


class AppointmentsPage(WireModel):
    items: list[Appointment]
    next_cursor: str = Field(max_length=200)
    has_more: bool


# ---------------------------------------------------------------- helpers


def canonical_json(obj: Any) -> bytes:
    """One byte form of a JSON value (sorted keys, no spaces, UTF-8): what digests are taken over."""
    return json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str).encode(
        "utf-8"
    )


def catalog_document_key(document: dict[str, Any]) -> tuple[str, str]:
    """What a catalog document is keyed by: (kind, code), as ``shared.domain.catalog`` writes them
    (``{"kind": "item" | "bundle" | "point" | "item_types", "code": ..., "body": {...}}``)."""
    kind, code = document.get("kind"), document.get("code")
    if not isinstance(kind, str) or not kind or not isinstance(code, str) or not code:
        raise ValueError("catalog document without a text 'kind' and 'code'")
    return kind, code


def catalog_document_hash(canonical: bytes) -> str:
    """SHA-256 (hex) of one document's canonical JSON: what the catalog digest lists."""
    return hashlib.sha256(canonical).hexdigest()


def catalog_digest_of_hashes(hashes: Iterable[str]) -> str:
    """The catalog digest from the documents' hashes, already in (kind, code) order."""
    lines = "\n".join(hashes)
    return hashlib.sha256((lines + "\n" if lines else "").encode("ascii")).hexdigest()


def catalog_digest(documents: list[dict[str, Any]]) -> str:
    """SHA-256 over the hex SHA-256 of each canonical document, sorted by (kind, code), one per line.

    The client recomputes it after a full download or after applying a delta, so a
    half-received or mis-merged catalog is never switched in. A list of hashes rather than
    the documents themselves, so that a terminal that keeps each document's hash checks a
    one-item delta without reading its whole catalog again (issue 13).
    """
    return catalog_digest_of_hashes(
        catalog_document_hash(canonical_json(doc)) for doc in sorted(documents, key=catalog_document_key)
    )


def _json_text(raw: bytes) -> Any:
    # a plain string without escapes (every code and kind in practice) needs no JSON parser
    if len(raw) >= 2 and raw[0] == raw[-1] == 0x22 and b"\\" not in raw and b'"' not in raw[1:-1]:
        return raw[1:-1].decode("utf-8")
    return json.loads(raw)


def split_canonical_document(line: bytes) -> tuple[str, str, bytes] | None:
    """(kind, code, body JSON) of a canonical document ``{"body":{...},"code":"…","kind":"…"}``
    without decoding the body; None when the line does not have exactly that shape.

    Sorted keys put the body first, then code, then kind. Inside a JSON string every quote is
    escaped, so the last ``,"kind":`` and the last ``,"code":`` before it are the top-level
    keys, whatever the body holds.
    """
    if not line.startswith(b'{"body":{') or not line.endswith(b'"}'):
        return None
    at_kind = line.rfind(b',"kind":')
    if at_kind < 0:
        return None
    at_code = line.rfind(b',"code":', 0, at_kind)
    if at_code < 0 or line[at_code - 1 : at_code] != b"}":
        return None
    try:
        kind, code = _json_text(line[at_kind + 8 : -1]), _json_text(line[at_code + 8 : at_kind])
    except ValueError:
        return None
    if not isinstance(kind, str) or not isinstance(code, str) or not kind or not code:
        return None
    return kind, code, line[8:at_code]
