"""Wire shapes of the document queries and certificate verification (docs/upstream-protocol.md §8a).

A kiosk asks the platform for a document about the resident whose ID card it has just read
(社保权益记录, 参保证明, 不动产登记信息查询结果, an e-licence copy); the platform answers with the
document's content (masked), its signed QR, a short 验真码 and the seal image, and keeps
the query in its audit. Anyone holding the paper can later have it verified.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Literal
from uuid import UUID

from pydantic import Field

from shared.domain.certificates import DocumentKind, InsuranceType, Verdict
from shared.protocol.messages import WireModel

PATH_DOCUMENT_QUERY = "/v1/documents/query"
PATH_LICENCES_OF_HOLDER = "/v1/licences/of-holder"
PATH_CERTIFICATE_VERIFY = "/v1/certificates/verify"
PATH_CERTIFICATE_KEYS = "/v1/certificates/keys"

# how long after the card was read the platform still takes it as "the card is here"
CARD_EVIDENCE_MAX_AGE_S = 300


class QueryRefusal(StrEnum):
    """Reason codes of a refused query (HTTP 422)."""

    CONSENT_REQUIRED = "consent_required"
    PURPOSE_REQUIRED = "purpose_required"
    CARD_EVIDENCE_STALE = "card_evidence_stale"  # the card was read too long ago, or in the future
    OPTIONS_INVALID = "options_invalid"  # insurance type / year / licence missing or out of range
    NOT_OWNER = "not_owner"  # a property or licence that is not the resident's own


class Subject(WireModel):
    """The resident, as read from the ID card at the terminal (never typed in)."""

    id_number: str = Field(min_length=15, max_length=18)
    name: str = Field(min_length=1, max_length=40)
    evidence: Literal["id_card_read"] = "id_card_read"
    card_read_at: datetime


class DocumentQueryRequest(WireModel):
    kind: DocumentKind
    subject: Subject
    consent: bool  # the resident agreed on screen to this query
    purpose: str = Field(max_length=200)
    insurance_type: InsuranceType | None = None
    year: int | None = None
    licence_no: str | None = Field(default=None, max_length=64)
    property_unit_no: str | None = Field(default=None, max_length=64)


class DocumentSection(WireModel):
    """A part of a document: label/value lines, a table, or notes (values masked)."""

    heading: str = ""
    fields: list[list[str]] = Field(default_factory=list)  # [label, value]
    columns: list[str] = Field(default_factory=list)
    rows: list[list[str]] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


class IssuedDocument(WireModel):
    kind: DocumentKind
    title: str
    verify_code: str
    qr_text: str = Field(max_length=1200)
    issued_at: datetime
    valid_until: date
    holder_masked: str
    holder_id_masked: str
    issuer: str
    seal_png: str  # base64 PNG of the issuer's electronic seal (电子印章) image
    sections: list[DocumentSection]
    digest: str  # SM3 of the canonical sections, as in the QR


class DocumentQueryAnswer(WireModel):
    query_id: UUID
    found: bool
    reason: str = ""  # why nothing was found, in words a resident understands
    document: IssuedDocument | None = None


class LicencesOfHolderRequest(WireModel):
    subject: Subject
    consent: bool
    purpose: str = Field(max_length=200)


class LicenceState(StrEnum):
    VALID = "valid"
    EXPIRED = "expired"
    REVOKED = "revoked"


class HeldLicence(WireModel):
    licence_no: str
    licence_type: str
    holder_masked: str
    valid_from: date
    valid_to: date | None  # None: 长期
    issuer: str
    state: LicenceState
    code: str  # the e-licence's own QR text, as the issuer publishes it


class LicencesOfHolder(WireModel):
    query_id: UUID
    licences: list[HeldLicence]


class CertificateVerifyRequest(WireModel):
    code: str = Field(min_length=1, max_length=1200)  # the QR text, or the 12-character 验真码
    purpose: str = Field(default="核验证明真伪", max_length=200)


class CertificateDetails(WireModel):
    kind: DocumentKind
    title: str
    holder_masked: str
    holder_id_masked: str
    issued: date
    valid_until: date
    issuer: str
    verify_code: str


class CertificateVerification(WireModel):
    verdict: Verdict
    reason: str = ""
    certificate: CertificateDetails | None = None


class CertificateKey(WireModel):
    kid: str
    algorithm: Literal["Ed25519"]
    public_key: str  # base64 of the 32 raw bytes
    not_before: date
    not_after: date | None = None


class CertificateKeys(WireModel):
    keys: list[CertificateKey]




def refusal_reason(code: str) -> str:
    """A resident's words for a refusal code (the platform's message is for the log)."""
    words: dict[str, str] = {
        QueryRefusal.CONSENT_REQUIRED: "需要您同意后才能查询。",
        QueryRefusal.PURPOSE_REQUIRED: "需要选择查询用途。",
        QueryRefusal.CARD_EVIDENCE_STALE: "请重新刷一次身份证。",
        QueryRefusal.OPTIONS_INVALID: "查询条件不完整，请重新选择。",
        QueryRefusal.NOT_OWNER: "只能查询本人名下的信息。",
    }
    return words.get(code, "平台拒绝了这次查询。")
