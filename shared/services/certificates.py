"""查询打印 and verification: the use cases behind the kiosk's certificates (issue 17).

- :func:`query_document` asks the platform for a document about the resident whose ID card
  was just read at this terminal, with their consent and purpose, and writes the query into
  the work log (who, what, which terminal). It never becomes a case, and never waits for a
  link: offline it raises :class:`QueryOffline` and nothing is queued.
- :func:`a4_document` turns the platform's document into what the A4 printer takes (every
  value already masked; a full ID number is refused before anything reaches paper).
- :func:`licences_of` lists the resident's e-licences (亮证), each printable as a copy.
- :func:`verify_certificate` checks a scanned QR or a typed 验真码: offline with the
  platform's public key when the QR names a key this terminal holds, else online.

Face comparison (人像比对) is the usual second factor on such terminals. No offline face
model can be installed here, so the step is an interface (:class:`FaceCheck`); the default
:class:`NoFaceCheck` records that no comparison was made. A deployment adds a certified
face-comparison module behind it (docs/a4-printing.md).
"""

from __future__ import annotations

import base64
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Protocol

from devices.a4.document import A4Document, A4Section
from offline_store.sync.certificate_keys import remember_certificate_keys, stored_certificate_keys
from offline_store.sync.errors import (
    PlatformAuthError,
    PlatformError,
    PlatformProtocolError,
    PlatformRequestRefused,
    PlatformUnavailable,
)
from shared.domain.certificates import (
    DocumentKind,
    DocumentRequest,
    Verdict,
    grouped,
    is_verify_code,
)
from shared.domain.errors import ValidationError, YimenError
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.words import words
from shared.protocol import certificates as c
from shared.protocol import documents as d
from shared.services.actor import Actor
from shared.services.context import HallContext

log = logging.getLogger(__name__)

# how long after a card read a personal query may still be made at this terminal: the card
# must be on the reader for the query, not an hour ago (the platform allows 300 s at most)
CARD_FRESH_S = 120.0
_FULL_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")
PLATFORM_NAME = "云南省一体化政务服务平台"


class QueryOffline(YimenError):
    """The platform cannot be reached: the query is not made, nothing is queued for later."""


class QueryRefused(YimenError):
    """The platform refused the query (consent, card evidence, not the resident's own …)."""

    def __init__(self, message: str, *, code: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.code = code


class CardNotPresent(ValidationError):
    """No card read at this terminal recently enough for a personal query."""


class CertificatePlatform(Protocol):
    """The platform operations these use cases need (the v1 client implements them)."""

    def query_document(self, request: d.DocumentQueryRequest) -> d.DocumentQueryAnswer: ...

    def licences_of_holder(self, request: d.LicencesOfHolderRequest) -> d.LicencesOfHolder: ...

    def verify_certificate(self, *, code: str, purpose: str = ...) -> d.CertificateVerification: ...

    def certificate_keys(self) -> d.CertificateKeys: ...


@dataclass(frozen=True, slots=True)
class CardEvidence:
    """A card read by this terminal's reader (never typed in): who, and when (monotonic)."""

    id_number: str
    name: str
    read_at: datetime  # wall clock, for the platform
    read_mono: float  # monotonic, for the freshness check here

    @classmethod
    def just_read(cls, *, id_number: str, name: str) -> CardEvidence:
        return cls(id_number, name, datetime.now(UTC), time.monotonic())

    def __repr__(self) -> str:  # never the full number in a log line
        return f"CardEvidence({mask_name(self.name)}, {mask_id_number(self.id_number)})"


@dataclass(frozen=True, slots=True)
class FaceResult:
    checked: bool
    matched: bool = True
    note: str = ""


class FaceCheck(Protocol):
    """人像比对: compares the person at the kiosk with the ID card's photo."""

    def compare(self, *, card_photo: bytes, terminal_id: str) -> FaceResult: ...


class NoFaceCheck:
    """No face comparison installed: the query goes ahead on the card alone, and says so."""

    def compare(self, *, card_photo: bytes, terminal_id: str) -> FaceResult:
        return FaceResult(checked=False, note="本终端未配置人像比对")


@dataclass(frozen=True, slots=True)
class QueriedDocument:
    kind: DocumentKind
    found: bool
    reason: str
    issued: d.IssuedDocument | None
    query_id: str

    def preview_lines(self) -> list[tuple[str, str]]:
        """What the preview shows: the masked fields, then each table as a count."""
        if self.issued is None:
            return []
        lines: list[tuple[str, str]] = [("文书", self.issued.title)]
        for s in self.issued.sections:
            lines += [(f[0], f[1]) for f in s.fields if len(f) == 2]
            if s.rows:
                lines.append((s.heading or "明细", f"共 {len(s.rows)} 行"))
        lines += [("验真码", grouped(self.issued.verify_code)), ("有效期至", self.issued.valid_until.isoformat())]
        return lines


def _check_card(card: CardEvidence | None) -> CardEvidence:
    if card is None or time.monotonic() - card.read_mono > CARD_FRESH_S:
        raise CardNotPresent(
            "查询本人信息需要现场刷身份证。", hint="请把身份证放在读卡区，读卡成功后再查询。"
        )
    return card


def _subject(card: CardEvidence) -> d.Subject:
    return d.Subject(id_number=card.id_number, name=card.name, card_read_at=card.read_at)


def _platform_call(fn: Any) -> Any:
    try:
        return fn()
    except PlatformUnavailable as e:
        raise QueryOffline(
            "网络中断，现在查不了省平台的信息。",
            hint="这项查询需要联网，不会稍后自动补打。请稍后再来，或取号到窗口办理。",
        ) from e
    except PlatformRequestRefused as e:
        raise QueryRefused(d.refusal_reason(e.reason_code), code=e.reason_code, hint="") from e
    except (PlatformAuthError, PlatformProtocolError) as e:
        raise QueryOffline(
            "与省平台的连接出现问题，现在不能查询。", hint="已记录，请取号到窗口办理或呼叫帮办。"
        ) from e


def query_document(
    ctx: HallContext,
    *,
    platform: CertificatePlatform,
    actor: Actor,
    card: CardEvidence | None,
    request: DocumentRequest,
    face: FaceCheck | None = None,
    card_photo: bytes = b"",
) -> QueriedDocument:
    """One personal query at the kiosk; logged whatever the answer."""
    card = _check_card(card)
    request = request.validate(this_year=ctx.today().year)
    face_result = (face or NoFaceCheck()).compare(card_photo=card_photo, terminal_id=actor.terminal_id)
    if face_result.checked and not face_result.matched:
        _log(ctx, actor, request, card, result="refused", detail={"face": "mismatch"})
        raise QueryRefused("人像比对未通过，不能查询。", code="face_mismatch", hint="请本人持证查询，或到窗口办理。")
    wire = d.DocumentQueryRequest(
        kind=request.kind,
        subject=_subject(card),
        consent=request.consent,
        purpose=request.purpose,
        insurance_type=request.insurance_type,
        year=request.year,
        licence_no=request.licence_no,
    )
    try:
        answer = _platform_call(lambda: platform.query_document(wire))
    except (QueryOffline, QueryRefused) as e:
        _log(ctx, actor, request, card, result="offline" if isinstance(e, QueryOffline) else "refused",
             detail={"reason": e.message, "face": _face_word(face_result)})  # fmt: skip
        raise
    issued = answer.document
    _log(
        ctx, actor, request, card, target=issued.verify_code if issued else "",
        result="ok" if answer.found else "not_found",
        detail={"query_id": str(answer.query_id), "found": answer.found, "face": _face_word(face_result)},
    )  # fmt: skip
    return QueriedDocument(request.kind, answer.found, answer.reason, issued, str(answer.query_id))


def _face_word(result: FaceResult) -> str:
    return ("matched" if result.matched else "mismatch") if result.checked else "not_checked"


def _log(
    ctx: HallContext,
    actor: Actor,
    request: DocumentRequest,
    card: CardEvidence,
    *,
    result: str,
    target: str = "",
    detail: dict[str, Any] | None = None,
) -> None:
    # the work log (工作日志): who asked, for what, at which terminal; the resident masked
    what = {
        "kind": request.kind.value,
        "purpose": request.purpose,
        "holder": mask_id_number(card.id_number),
        **({"insurance_type": request.insurance_type.value} if request.insurance_type else {}),
        **({"year": request.year} if request.year else {}),
        **({"licence_no": request.licence_no} if request.licence_no else {}),
        **(detail or {}),
    }
    with ctx.unit_of_work() as uow:
        uow.audit.append(
            actor=actor.user, terminal_id=actor.terminal_id, action="document.query", target=target,
            result=result, detail=what, at=ctx.now(),
        )  # fmt: skip


def licences_of(
    ctx: HallContext, *, platform: CertificatePlatform, actor: Actor, card: CardEvidence | None, consent: bool
) -> list[d.HeldLicence]:
    card = _check_card(card)
    if not consent:
        raise ValidationError("没有您的同意，不能查询您的电子证照。", hint="请阅读说明后点“同意并查询”。")
    wire = d.LicencesOfHolderRequest(subject=_subject(card), consent=True, purpose="本人亮证、打印证照")
    answer = _platform_call(lambda: platform.licences_of_holder(wire))
    with ctx.unit_of_work() as uow:
        uow.audit.append(
            actor=actor.user, terminal_id=actor.terminal_id, action="document.licences", target="",
            detail={"holder": mask_id_number(card.id_number), "count": len(answer.licences)}, at=ctx.now(),
        )  # fmt: skip
    return list(answer.licences)


def a4_document(issued: d.IssuedDocument, *, local_tz: Any = None) -> A4Document:
    """The printer's document for an issued one; refuses a full ID number anywhere."""
    issued_day = issued.issued_at.astimezone(local_tz) if local_tz else issued.issued_at
    doc = A4Document(
        title=issued.title,
        issuer=issued.issuer,
        sections=tuple(
            A4Section(
                heading=s.heading,
                fields=tuple((f[0], f[1]) for f in s.fields if len(f) == 2),
                columns=tuple(s.columns),
                rows=tuple(tuple(r) for r in s.rows),
                notes=tuple(s.notes),
            )
            for s in issued.sections
        ),
        qr_text=issued.qr_text,
        verify_code=grouped(issued.verify_code),
        issued_text=f"{issued_day:%Y年%m月%d日}",
        valid_text=f"有效期至 {issued.valid_until:%Y年%m月%d日}",
        seal_png=base64.b64decode(issued.seal_png) if issued.seal_png else None,
        banner=PLATFORM_NAME,
        job_name=f"yimen-{issued.kind.value}-{issued.verify_code[:4]}",
    )
    for text in doc.texts():
        if _FULL_ID_NUMBER.search(text):
            raise ValidationError(
                words("“{title}”中出现完整身份证号，已拒绝打印。", title=issued.title), hint="请联系平台运维：返回的文书须脱敏。"
            )
    return doc


# ---------------------------------------------------------------------- verification


@dataclass(frozen=True, slots=True)
class Verification:
    verdict: Verdict
    reason: str
    mode: str  # "offline" | "online" | "none"
    title: str = ""
    holder: str = ""
    holder_id: str = ""
    issued: date | None = None
    valid_until: date | None = None
    issuer: str = ""
    verify_code: str = ""

    @property
    def genuine(self) -> bool:
        return self.verdict is Verdict.GENUINE

    def lines(self) -> list[tuple[str, str]]:
        out = [("核验结果", self.verdict.label), ("说明", self.reason)]
        if self.title:
            out += [("文书", self.title), ("持有人", f"{self.holder}（{self.holder_id}）"), ("出具单位", self.issuer)]
        if self.issued and self.valid_until:
            out += [("出具日期", self.issued.isoformat()), ("有效期至", self.valid_until.isoformat())]
        if self.verify_code:
            out.append(("验真码", grouped(self.verify_code)))
        out.append(("核验方式", {"offline": "离线（平台公钥）", "online": "联网（省平台）", "none": "未能核验"}[self.mode]))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value, "verdict_label": self.verdict.label, "reason": self.reason,
            "mode": self.mode, "title": self.title, "holder": self.holder, "holder_id": self.holder_id,
            "issued": self.issued.isoformat() if self.issued else None,
            "valid_until": self.valid_until.isoformat() if self.valid_until else None,
            "issuer": self.issuer, "verify_code": self.verify_code,
        }  # fmt: skip


def public_keys(ctx: HallContext, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """kid → Ed25519 public key: the keys synced from the platform, plus any given."""
    keys = {}
    for k in stored_certificate_keys(ctx.store):
        try:
            keys[k["kid"]] = c.public_key_from_text(k["public_key"])
        except (KeyError, c.CertificateFormatError):
            log.warning("a stored certificate key is malformed and ignored")
    keys.update(extra or {})
    return keys


def refresh_keys(ctx: HallContext, platform: CertificatePlatform) -> int:
    answer = platform.certificate_keys()
    remember_certificate_keys(ctx.store, [k.model_dump(mode="json") for k in answer.keys])
    return len(answer.keys)


def verify_certificate(
    ctx: HallContext,
    *,
    code: str,
    actor: Actor,
    platform: CertificatePlatform | None = None,
    extra_keys: dict[str, Any] | None = None,
    online_first: bool = False,
) -> Verification:
    """A scanned certificate QR or a typed 验真码: genuine or not, what, for whom (masked)."""
    text = code.strip()
    if not text:
        raise ValidationError("请扫描证明上的二维码，或输入验真码。", hint="验真码在二维码下方，12位字母和数字。")
    result: Verification | None = None
    if c.looks_like_certificate(text) and not online_first:
        keys = public_keys(ctx, extra_keys)
        try:
            kid = c.parse(text).claims.kid
        except c.CertificateFormatError as e:
            result = Verification(Verdict.UNKNOWN, str(e), "offline")
        else:
            if kid in keys or platform is None:
                check = c.verify_offline(text, keys=keys, today=ctx.today())
                result = _from_claims(check.verdict, check.reason, "offline", check.claims)
    elif not c.looks_like_certificate(text) and not is_verify_code(text):
        result = Verification(
            Verdict.UNKNOWN, "这不是一门证明的二维码或验真码。", "none"
        )
    if result is None:
        if platform is None:
            result = Verification(Verdict.UNKNOWN, "验真码需要联网核验，本机没有连接省平台。", "none")
        else:
            try:
                answer = platform.verify_certificate(code=text)
            except PlatformError as e:
                result = Verification(
                    Verdict.UNKNOWN, f"现在无法联网核验（{e.__class__.__name__}），请稍后再试。", "none"
                )
            else:
                cert = answer.certificate
                result = Verification(
                    answer.verdict, answer.reason, "online",
                    *((cert.title, cert.holder_masked, cert.holder_id_masked, cert.issued, cert.valid_until,
                       cert.issuer, cert.verify_code) if cert else ()),
                )  # fmt: skip
    with ctx.unit_of_work() as uow:
        uow.audit.append(
            actor=actor.user, terminal_id=actor.terminal_id, action="certificate.verify",
            target=result.verify_code, result=result.verdict.value,
            detail={"mode": result.mode, "title": result.title, "holder": result.holder_id}, at=ctx.now(),
        )  # fmt: skip
    return result


def _from_claims(verdict: Verdict, reason: str, mode: str, claims: c.CertificateClaims | None) -> Verification:
    if claims is None:
        return Verification(verdict, reason, mode)
    return Verification(
        verdict, reason, mode, claims.title, claims.holder, claims.holder_id, claims.issued, claims.valid_until,
        claims.issuer, claims.verify_code,
    )  # fmt: skip


# ---------------------------------------------------------------------- printing and the one reprint

REPRINT_WINDOW_S = 300.0  # one reprint within five minutes of the first attempt, no new query


@dataclass
class PrintSession:
    """A document being printed for the resident at the kiosk: kept in memory only (never on
    disk), for one reprint after a paper-out, jam or cancel, so the resident is not charged a
    second query or a second card read. Dropped at the kiosk's idle wipe."""

    document: A4Document
    job_id: str
    started: float
    attempts: int = 0

    def may_reprint(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        return self.attempts == 1 and now - self.started <= REPRINT_WINDOW_S

    def next_job_id(self) -> str:
        self.attempts += 1
        return self.job_id if self.attempts == 1 else f"{self.job_id}-r{self.attempts - 1}"
