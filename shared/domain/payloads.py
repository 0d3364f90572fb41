"""What a scanned code means: the payload formats Yimen prints, and a classifier.

Formats Yimen prints (designed here; ``docs/qr-decode-rates.md`` lists them too):

==============  ==================================================  ========================
kind            text in the code                                    value
==============  ==================================================  ========================
ticket          ``yimen://ticket/<hall>/<yyyymmdd>/<number>``       :class:`TicketRef`
                (compact: ``YMT:<hall>/<yyyymmdd>/<number>``)
case            ``yimen://case/<case_no>`` or the bare 20 digits    :class:`CaseRef`
evaluation      ``yimen://eval/<case|ticket>/<no>/<token>``         :class:`EvaluationRef`
appointment     ``yimen://appt/<code>``                             :class:`AppointmentRef`
licence         ``DZZZ:<licence_no>:<seal>`` (电子证照)             :class:`LicenceRef`
transfer        ``yimen://transfer/<hall>/<transfer_no>`` (流转单)  :class:`TransferRef`
url             any other ``http(s)://`` address                    the URL text
text            other printable text                                the text
unknown         damaged, garbage, or a malformed ``yimen://`` code  the raw text; ``problem`` says why
==============  ==================================================  ========================

Case numbers are checked with their check digit (:func:`shared.domain.cases.is_valid_case_no`),
so a misread digit is caught here, not at the counter. The evaluation token is opaque to
the scanner; the evaluation service verifies it.

The e-licence code is the one format the scanner, the counter, the kiosk and the platform
share (docs/upstream-protocol.md §8): ``DZZZ:`` (电子证照), the licence number as its issuer
writes it (letters, digits, ``.``, ``_``, ``-``: an OID-style national identifier fits), a
colon, and the issuer's 16-hex-digit seal over the number and the validity. The seal is
checked by the platform only; here only the shape.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from urllib.parse import urlsplit

from shared.domain.cases import is_valid_case_no
from shared.domain.errors import ValidationError
from shared.domain.transfer_no import transfer_no_problem
from shared.domain.words import words

log = logging.getLogger(__name__)

MAX_PAYLOAD_CHARS = 4096  # a version-40 QR holds at most 2953 bytes; more is garbage


class PayloadKind(StrEnum):
    TICKET = "ticket"
    CASE = "case"
    EVALUATION = "evaluation"
    APPOINTMENT = "appointment"
    LICENCE = "licence"
    CERTIFICATE = "certificate"  # a printed certificate's signed QR (YMVC1:…, issue 17)
    TRANSFER = "transfer"  # a 流转单 travelling with a 免费代办's paper materials (issue 12)
    URL = "url"
    TEXT = "text"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class TicketRef:
    hall: str
    day: date
    number: str


@dataclass(frozen=True, slots=True)
class CaseRef:
    case_no: str


@dataclass(frozen=True, slots=True)
class EvaluationRef:
    kind: str  # "case" (一事一评, bound to the case number) or "ticket" (一次一评 at a window)
    no: str
    token: str


@dataclass(frozen=True, slots=True)
class AppointmentRef:
    code: str


@dataclass(frozen=True, slots=True)
class LicenceRef:
    licence_no: str
    seal: str  # 16 lower-case hex digits, checked by the platform

    @property
    def code(self) -> str:
        """The code's text as the platform verifies it (normalised)."""
        return f"DZZZ:{self.licence_no}:{self.seal}"


@dataclass(frozen=True, slots=True)
class TransferRef:
    hall: str  # the county hall the bundle travels to (its code, as in settings hall.code)
    transfer_no: str  # LZ + 19 digits, its last one a check digit


@dataclass(frozen=True, slots=True)
class Payload:
    kind: str  # a PayloadKind value, or a kind registered by an extension
    value: object
    raw: str
    problem: str = ""  # for kind "unknown": why, in words a resident understands
    source: str = ""  # which scanner produced it (filled in by the source)
    decoder: str = ""  # which QR decoder read it, for camera sources


class PayloadRejected(Exception):
    """Raised by a recogniser: "this is my format, but it is damaged"."""


Recogniser = Callable[[str], object | None]

_HALL = r"[0-9A-Za-z][0-9A-Za-z-]{0,31}"
_TICKET_NO = r"[A-Z]{1,2}[0-9]{3,5}"
_TOKEN = r"[A-Za-z0-9_-]{8,64}"
_APPT = r"[0-9A-Z]{6,16}"
_LICENCE_ID = r"[0-9A-Za-z][0-9A-Za-z._-]{5,127}"

_TICKET_RE = re.compile(rf"(?:yimen://ticket/|YMT:)({_HALL})/([0-9]{{8}})/({_TICKET_NO})", re.IGNORECASE)
_CASE_URL_RE = re.compile(r"yimen://case/(.*)", re.IGNORECASE)
_EVAL_RE = re.compile(rf"yimen://eval/(case|ticket)/([0-9A-Za-z]+)/({_TOKEN})", re.IGNORECASE)
_APPT_RE = re.compile(rf"yimen://appt/({_APPT})", re.IGNORECASE)
_TRANSFER_RE = re.compile(rf"yimen://transfer/({_HALL})/([0-9A-Za-z]+)", re.IGNORECASE)
_LICENCE_SEAL = r"[0-9A-Fa-f]{16}"
_LICENCE_RE = re.compile(r"DZZZ:(.*)", re.IGNORECASE | re.DOTALL)
_LICENCE_ID_RE = re.compile(_LICENCE_ID)
_LICENCE_SEAL_RE = re.compile(_LICENCE_SEAL)


def _day(text: str) -> date:
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        raise PayloadRejected("排队票日期无效") from None


def recognise_ticket(text: str) -> TicketRef | None:
    if not text.lower().startswith(("yimen://ticket/", "ymt:")):
        return None
    m = _TICKET_RE.fullmatch(text)
    if not m:
        raise PayloadRejected("排队票二维码不完整")
    return TicketRef(hall=m.group(1).upper(), day=_day(m.group(2)), number=m.group(3).upper())


def recognise_case(text: str) -> CaseRef | None:
    m = _CASE_URL_RE.fullmatch(text)
    if m:
        if not is_valid_case_no(m.group(1)):
            raise PayloadRejected("办件编号无效或校验位不符")
        return CaseRef(m.group(1))
    if len(text) == 20 and text.isascii() and text.isdigit():
        if not is_valid_case_no(text):
            raise PayloadRejected("办件编号校验位不符，可能印刷或识读有误")
        return CaseRef(text)
    return None


def recognise_evaluation(text: str) -> EvaluationRef | None:
    if not text.lower().startswith("yimen://eval/"):
        return None
    m = _EVAL_RE.fullmatch(text)
    if not m:
        raise PayloadRejected("评价二维码不完整")
    kind, no, token = m.group(1).lower(), m.group(2).upper(), m.group(3)
    if kind == "case" and not is_valid_case_no(no):
        raise PayloadRejected("评价二维码中的办件编号无效")
    if kind == "ticket" and not re.fullmatch(_TICKET_NO, no):
        raise PayloadRejected("评价二维码中的排队号无效")
    return EvaluationRef(kind=kind, no=no, token=token)


def recognise_appointment(text: str) -> AppointmentRef | None:
    if not text.lower().startswith("yimen://appt/"):
        return None
    m = _APPT_RE.fullmatch(text)
    if not m:
        raise PayloadRejected("预约码不完整")
    return AppointmentRef(m.group(1).upper())


def recognise_transfer(text: str) -> TransferRef | None:
    if not text.lower().startswith("yimen://transfer/"):
        return None
    m = _TRANSFER_RE.fullmatch(text)
    if not m:
        raise PayloadRejected("流转单二维码不完整，可能污损")
    problem = transfer_no_problem(m.group(2))
    if problem:
        raise PayloadRejected(f"流转单二维码有误（{problem}），可能污损")
    return TransferRef(hall=m.group(1).upper(), transfer_no=m.group(2).upper())


def recognise_licence(text: str) -> LicenceRef | None:
    m = _LICENCE_RE.fullmatch(text)
    if not m:
        return None
    licence_no, colon, seal = m.group(1).rpartition(":")
    if not colon or not _LICENCE_ID_RE.fullmatch(licence_no) or not _LICENCE_SEAL_RE.fullmatch(seal):
        raise PayloadRejected("电子证照码不完整（缺少证照编号或发证机关签章）")
    return LicenceRef(licence_no, seal.lower())


def recognise_certificate(text: str) -> str | None:
    # the signature is checked by the verification use case; here only the shape
    if not text.upper().startswith("YMVC1:"):
        return None
    if not re.fullmatch(r"YMVC1:[A-Za-z0-9_-]{16,1000}\.[A-Za-z0-9_-]{86}", text):
        raise PayloadRejected("证明二维码不完整，可能印刷或扫描有误")
    return text


def recognise_unknown_yimen(text: str) -> str | None:
    # after every yimen:// recogniser has had its turn: ours, but no format we know
    if text.lower().startswith("yimen://"):
        raise PayloadRejected("本系统不认识这种二维码，可能是新版本打印的")
    return None


def recognise_url(text: str) -> str | None:
    if not text.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        raise PayloadRejected("网址格式错误") from None
    if not parts.netloc or any(c.isspace() for c in text):
        raise PayloadRejected("网址格式错误")
    return text


def recognise_text(text: str) -> str | None:
    return text


def _garbage_problem(text: str) -> str:
    if not text:
        return "二维码内容为空"
    if len(text) > MAX_PAYLOAD_CHARS:
        return "二维码内容过长"
    if "\ufffd" in text:
        return "二维码内容无法解码"
    for ch in text:
        if ch not in "\t\r\n" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            return "二维码内容含有无法显示的字符"
    return ""


class PayloadRegistry:
    """Ordered recognisers; the first that returns a value decides the kind.

    A recogniser returns a value (its kind matches), ``None`` (not its kind) or raises
    :class:`PayloadRejected` (its kind, damaged: the payload becomes ``unknown`` with that
    problem). Any other exception from a recogniser is logged and treated as ``None``, so
    a faulty extension never stops the scanner.
    """

    def __init__(self) -> None:
        self._recognisers: list[tuple[str, Recogniser]] = []
        self._lock = threading.Lock()

    def register(self, kind: str, recogniser: Recogniser, *, first: bool = False) -> None:
        """Add a recogniser; ``first=True`` puts it before all others (for a hall's own
        formats that would otherwise fall through to url/text)."""
        if not kind or kind == PayloadKind.UNKNOWN:
            raise ValidationError(words("不能注册类型“{kind}”。", kind=kind))
        with self._lock:
            if first:
                self._recognisers.insert(0, (kind, recogniser))
            else:
                self._recognisers.append((kind, recogniser))

    def kinds(self) -> list[str]:
        with self._lock:
            return list(dict.fromkeys(k for k, _ in self._recognisers))

    def classify(self, text: str) -> Payload:
        raw = text
        try:
            text = str(text).strip().lstrip("\ufeff").strip()
        except Exception:
            return Payload(PayloadKind.UNKNOWN, raw, repr(raw), problem="二维码内容无法解码")
        problem = _garbage_problem(text)
        if problem:
            return Payload(PayloadKind.UNKNOWN, text, raw, problem=problem)
        with self._lock:
            recognisers = list(self._recognisers)
        for kind, recognise in recognisers:
            try:
                value = recognise(text)
            except PayloadRejected as e:
                return Payload(PayloadKind.UNKNOWN, text, raw, problem=str(e))
            except Exception:
                log.exception("payload recogniser for %s failed", kind)
                continue
            if value is not None:
                return Payload(kind, value, raw)
        return Payload(PayloadKind.UNKNOWN, text, raw, problem="无法识别的二维码")


def default_registry() -> PayloadRegistry:
    registry = PayloadRegistry()
    registry.register(PayloadKind.TICKET, recognise_ticket)
    registry.register(PayloadKind.CASE, recognise_case)
    registry.register(PayloadKind.EVALUATION, recognise_evaluation)
    registry.register(PayloadKind.APPOINTMENT, recognise_appointment)
    registry.register(PayloadKind.LICENCE, recognise_licence)
    registry.register(PayloadKind.CERTIFICATE, recognise_certificate)
    registry.register(PayloadKind.TRANSFER, recognise_transfer)
    registry.register("yimen-other", recognise_unknown_yimen)
    registry.register(PayloadKind.URL, recognise_url)
    registry.register(PayloadKind.TEXT, recognise_text)
    return registry


_DEFAULT = default_registry()


def classify(text: str, *, registry: PayloadRegistry | None = None) -> Payload:
    """Classify one scanned text. Never raises: garbage is kind ``unknown``."""
    return (registry or _DEFAULT).classify(text)


# --- builders: what the printer and the evaluation screen put into codes -------------


def ticket_url(*, hall: str, day: date, number: str) -> str:
    url = f"yimen://ticket/{hall}/{day:%Y%m%d}/{number}"
    if not _TICKET_RE.fullmatch(url) or hall != hall.upper() or number != number.upper():
        raise ValidationError(words("排队票二维码内容无效：大厅“{hall}”，号码“{number}”。", hall=hall, number=number))
    return url


def case_url(*, case_no: str) -> str:
    if not is_valid_case_no(case_no):
        raise ValidationError(words("办件编号“{case_no}”无效。", case_no=case_no))
    return f"yimen://case/{case_no}"


def eval_url(*, kind: str, no: str, token: str) -> str:
    url = f"yimen://eval/{kind}/{no}/{token}"
    try:
        ref = recognise_evaluation(url)
    except PayloadRejected as e:
        raise ValidationError(words("评价二维码内容无效：{error}。", error=e)) from None
    if ref is None or ref.kind != kind or ref.no != no:
        raise ValidationError(words("评价二维码内容无效：类型“{kind}”须为 case 或 ticket，编号须为大写。", kind=kind))
    return url


def appt_url(*, code: str) -> str:
    if not re.fullmatch(_APPT, code):
        raise ValidationError(words("预约码“{code}”须为6-16位大写字母或数字。", code=code))
    return f"yimen://appt/{code}"


def transfer_url(*, hall: str, transfer_no: str) -> str:
    """The QR text of a 流转单: which hall it travels to and which transfer it is."""
    url = f"yimen://transfer/{hall}/{transfer_no}"
    try:
        ref = recognise_transfer(url)
    except PayloadRejected as e:
        raise ValidationError(words("流转单二维码内容无效：{error}。", error=e)) from None
    if ref is None or ref.hall != hall or ref.transfer_no != transfer_no:
        raise ValidationError(words("流转单二维码内容无效：中心“{hall}”与流转单号“{transfer_no}”须为大写。", hall=hall, transfer_no=transfer_no))
    return url


def licence_code(*, licence_no: str, seal: str) -> str:
    """The e-licence QR text an issuer publishes (the reference platform builds its codes here)."""
    if not _LICENCE_ID_RE.fullmatch(licence_no):
        raise ValidationError(words("电子证照编号“{licence_no}”格式无效。", licence_no=licence_no))
    if not _LICENCE_SEAL_RE.fullmatch(seal):
        raise ValidationError(words("电子证照签章“{seal}”须为16位十六进制数字。", seal=seal))
    return f"DZZZ:{licence_no}:{seal.lower()}"


def parse_licence_code(text: str) -> LicenceRef | None:
    """The licence behind an e-licence code, or None when the text is not one (any damage)."""
    try:
        return recognise_licence(str(text).strip())
    except PayloadRejected:
        return None
