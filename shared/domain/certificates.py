"""Certificates a kiosk prints at once (查询打印) and anyone can verify from their QR.

Pure values, no I/O: which documents exist, their options, the short 验真码 and the
verdicts a verification can reach. The wire format of the signed QR lives in
:mod:`shared.protocol.certificates`; the platform issues and signs, the terminal renders
and verifies (docs/upstream-protocol.md §8a, issue 17).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from shared.domain.errors import ValidationError
from shared.domain.words import words


class KioskMode(StrEnum):
    """How a kiosk item is served (catalog element ``kiosk_mode``)."""

    QUERY_PRINT = "查询打印"  # answered at once from the platform, printed on A4; never a case
    APPLY = "申请"  # a submission a window or the back office accepts later


class DocumentKind(StrEnum):
    """Documents the platform answers a query with (``POST /v1/documents/query``)."""

    SOCIAL_INSURANCE_RECORD = "social_insurance_record"  # 社保权益记录 (by insurance type and year)
    INSURANCE_CERTIFICATE = "insurance_certificate"  # 参保证明
    PROPERTY_RECORD = "property_record"  # 不动产登记信息查询结果 (own property only)
    LICENCE_COPY = "licence_copy"  # 电子证照打印件 (亮证: a copy of one of the resident's e-licences)

    # The document's title shadows str.title on purpose (a kind is never title-cased): mypy
    # flags any attribute that replaces a method of the str base this way.
    @property
    def title(self) -> str:  # type: ignore[override]
        return DOCUMENT_TITLES[self]

    @classmethod
    def parse(cls, text: str) -> DocumentKind:
        """The kind from its code or its Chinese short name (catalog YAML uses either)."""
        value = str(text).strip()
        for kind in cls:
            if value in (kind.value, kind.title, DOCUMENT_SHORT_NAMES[kind]):
                return kind
        names = "、".join(DOCUMENT_SHORT_NAMES[k] for k in cls)
        raise ValidationError(words("未知的查询打印文书“{value}”。", value=value), hint=words("只能是：{names}。", names=names))


DOCUMENT_TITLES = {
    DocumentKind.SOCIAL_INSURANCE_RECORD: "社会保险个人权益记录单",
    DocumentKind.INSURANCE_CERTIFICATE: "社会保险参保证明",
    DocumentKind.PROPERTY_RECORD: "不动产登记信息查询结果",
    DocumentKind.LICENCE_COPY: "电子证照打印件",
}
DOCUMENT_SHORT_NAMES = {
    DocumentKind.SOCIAL_INSURANCE_RECORD: "社保权益记录",
    DocumentKind.INSURANCE_CERTIFICATE: "参保证明",
    DocumentKind.PROPERTY_RECORD: "不动产登记信息查询结果",
    DocumentKind.LICENCE_COPY: "电子证照打印件",
}


class InsuranceType(StrEnum):
    """险种 of the 社会保险个人权益记录 (社会保险法 第二条)."""

    PENSION = "养老保险"
    MEDICAL = "医疗保险"
    UNEMPLOYMENT = "失业保险"
    INJURY = "工伤保险"
    MATERNITY = "生育保险"


class Verdict(StrEnum):
    """What checking a printed certificate found."""

    GENUINE = "genuine"
    TAMPERED = "tampered"  # the content does not match its signature
    FORGED = "forged"  # not signed by a key of the platform, or no such certificate was issued
    EXPIRED = "expired"  # past the date the certificate may be relied on
    REVOKED = "revoked"  # the platform withdrew it (online only)
    UNKNOWN = "unknown"  # not a certificate code at all, or a 验真码 the platform never issued

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


VERDICT_LABELS = {
    Verdict.GENUINE: "真实有效",
    Verdict.TAMPERED: "内容被篡改",
    Verdict.FORGED: "伪造",
    Verdict.EXPIRED: "已过有效期",
    Verdict.REVOKED: "已被撤销",
    Verdict.UNKNOWN: "无法识别",
}

# The short 验真码 printed under the QR: 12 characters of Crockford's base32 (no I L O U, so
# nothing reads as 1 or 0), shown in three groups of four for typing at a window.
VERIFY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
VERIFY_CODE_LENGTH = 12
_VERIFY_RE = re.compile(rf"[{VERIFY_ALPHABET}]{{{VERIFY_CODE_LENGTH}}}")
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_verify_code() -> str:
    return "".join(secrets.choice(VERIFY_ALPHABET) for _ in range(VERIFY_CODE_LENGTH))


def normalise_verify_code(text: str) -> str:
    """``k7qm-2xpd 9taf`` → ``K7QM2XPD9TAF``; raises ValidationError when it cannot be one."""
    cleaned = re.sub(r"[\s\-－—_]", "", str(text)).upper().translate(_CONFUSABLE)
    if not _VERIFY_RE.fullmatch(cleaned):
        raise ValidationError(
            words("验真码“{text}”格式不对。", text=text.strip()[:20]),
            hint=words("验真码是证明二维码下方的{verify_code_length}位字母和数字，例如 K7QM-2XPD-9TAF。", verify_code_length=VERIFY_CODE_LENGTH),
        )
    return cleaned


def is_verify_code(text: str) -> bool:
    try:
        normalise_verify_code(text)
    except ValidationError:
        return False
    return True


def grouped(code: str) -> str:
    """``K7QM2XPD9TAF`` → ``K7QM-2XPD-9TAF`` (how it is printed and read aloud)."""
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


@dataclass(frozen=True, slots=True)
class DocumentRequest:
    """One personal query: what, for which options, why, and with the resident's consent.

    The card must have been read at this terminal for this request (``card_present``):
    a kiosk never queries a person from a typed ID number.
    """

    kind: DocumentKind
    purpose: str
    consent: bool
    insurance_type: InsuranceType | None = None
    year: int | None = None
    licence_no: str | None = None

    def validate(self, *, this_year: int) -> DocumentRequest:
        if not self.consent:
            raise ValidationError(
                "没有您的同意，不能查询您的个人信息。", hint="请阅读说明后点“同意并查询”。"
            )
        if not self.purpose.strip():
            raise ValidationError("请选择查询用途。", hint="例如：个人留存、办理入学、办理贷款。")
        if self.kind is DocumentKind.SOCIAL_INSURANCE_RECORD:
            if self.insurance_type is None:
                raise ValidationError("请选择险种。", hint="例如养老保险或医疗保险。")
            if self.year is None or not 1990 <= self.year <= this_year:
                raise ValidationError(
                    words("年度应在 1990 到 {this_year} 之间。", this_year=this_year), hint="请重新选择要打印的年度。"
                )
        if self.kind is DocumentKind.LICENCE_COPY and not (self.licence_no or "").strip():
            raise ValidationError("请选择要打印的电子证照。", hint="在证照列表中点一张证照。")
        return self
