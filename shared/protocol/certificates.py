"""The signed QR on every printed certificate, shared by the platform (signs) and the
terminals (verify offline) — docs/upstream-protocol.md §8a.

Text in the QR::

    YMVC1:<claims>.<signature>

``claims`` is the base64url (no padding) of compact canonical JSON (sorted keys, no spaces,
UTF-8); ``signature`` is the base64url of an **Ed25519** signature (RFC 8032) by the
platform's certificate key over the bytes ``YMVC1:<claims>``. Ed25519 because
``cryptography`` verifies it everywhere in well under a millisecond and the public key is 32
bytes; SM2 would be the 商用密码 choice (GB/T 32918), but ``cryptography`` offers SM3 and SM4
only, no SM2 signatures, so a deployment that must use SM2 swaps :class:`CertificateSigner`
and :func:`verify_offline` for an SM2 implementation with the same shapes.

The claims carry only masked personal data (GB/T 35273-2020), so the QR can be read by
anyone without revealing more than the paper shows.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from shared.domain.certificates import VERIFY_ALPHABET, VERIFY_CODE_LENGTH, DocumentKind, Verdict
from shared.protocol.signing import sm3_hex

PREFIX = "YMVC1:"
ALGORITHM = "Ed25519"
MAX_QR_CHARS = 1200  # what a QR at 3 cm on A4 still scans reliably; claims stay far below
_B64 = r"[A-Za-z0-9_-]"
_QR_RE = re.compile(rf"YMVC1:({_B64}{{16,1000}})\.({_B64}{{86}})")


class CertificateClaims(BaseModel):
    """What a certificate's QR states, signed. Short keys keep the QR small."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    kid: str = Field(alias="k", min_length=4, max_length=32)  # which platform key signed
    verify_code: str = Field(alias="c", pattern=rf"^[{VERIFY_ALPHABET}]{{{VERIFY_CODE_LENGTH}}}$")
    kind: DocumentKind = Field(alias="t")
    title: str = Field(alias="n", min_length=1, max_length=40)
    holder: str = Field(alias="h", max_length=40)  # masked name, e.g. 岩*
    holder_id: str = Field(alias="i", max_length=40)  # masked ID number, e.g. 532822********0016
    issued: date = Field(alias="d")
    valid_until: date = Field(alias="e")
    digest: str = Field(alias="s", pattern=r"^[0-9a-f]{32}$")  # SM3 of the document body, 128 bits
    issuer: str = Field(alias="o", max_length=40)  # 出具单位

    def canonical(self) -> bytes:
        data = self.model_dump(mode="json", by_alias=True)
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


class CertificateFormatError(ValueError):
    """The text is not a certificate QR of this format (or is damaged beyond parsing)."""


def _b64e(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _b64d(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def document_digest(body: Any) -> str:
    """SM3 over the canonical JSON of a document's body, first 128 bits in hex: binds the
    printed content to the QR, so the platform can tell a copied QR on altered paper."""
    canonical = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return sm3_hex(canonical)[:32]


def key_id(public_key: Ed25519PublicKey) -> str:
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:12]


def public_key_text(public_key: Ed25519PublicKey) -> str:
    """The 32 raw bytes, base64 (how the key travels and is written in a key file)."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_text(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (binascii.Error, ValueError) as e:
        raise CertificateFormatError(f"平台公钥格式不正确（应为32字节的 base64）：{e}") from None


class CertificateSigner:
    """The platform's side: signs claims with its private certificate key."""

    def __init__(self, private_key: Ed25519PrivateKey) -> None:
        self._key = private_key
        self.public_key = private_key.public_key()
        self.kid = key_id(self.public_key)

    @classmethod
    def generate(cls) -> CertificateSigner:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_pem(cls, pem: bytes) -> CertificateSigner:
        key = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise CertificateFormatError("证明签名私钥必须是 Ed25519 私钥（PEM, PKCS#8）。")
        return cls(key)

    def private_pem(self) -> bytes:
        return self._key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def sign(self, claims: CertificateClaims) -> str:
        if claims.kid != self.kid:
            raise ValueError(f"claims name key {claims.kid}, this signer is {self.kid}")
        head = PREFIX + _b64e(claims.canonical())
        text = head + "." + _b64e(self._key.sign(head.encode("ascii")))
        if len(text) > MAX_QR_CHARS:
            raise ValueError(f"certificate QR too long ({len(text)} > {MAX_QR_CHARS} characters)")
        return text


@dataclass(frozen=True, slots=True)
class ParsedCertificate:
    claims: CertificateClaims
    signed: bytes  # the bytes the signature covers
    signature: bytes


def looks_like_certificate(text: str) -> bool:
    return text.strip().upper().startswith(PREFIX)


def parse(text: str) -> ParsedCertificate:
    """Split and decode a certificate QR; raises :class:`CertificateFormatError`."""
    text = text.strip()
    m = _QR_RE.fullmatch(text)
    if not m:
        raise CertificateFormatError("不是完整的证明二维码（格式或长度不符），可能印刷或扫描不完整。")
    try:
        data = json.loads(_b64d(m.group(1)).decode("utf-8"))
        claims = CertificateClaims.model_validate(data)
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError, PydanticValidationError):
        raise CertificateFormatError("证明二维码的内容无法解读，可能被改动过。") from None
    head = text[: text.index(".")]
    return ParsedCertificate(claims, head.encode("ascii"), _b64d(m.group(2)))


@dataclass(frozen=True, slots=True)
class OfflineCheck:
    verdict: Verdict
    reason: str
    claims: CertificateClaims | None = None


def verify_offline(text: str, *, keys: dict[str, Ed25519PublicKey], today: date) -> OfflineCheck:
    """Check a scanned certificate QR with the platform's public keys, without the network.

    Order matters: a damaged code is ``unknown``; a key the platform never published is
    ``forged``; a signature that fails is ``tampered`` (the claims were changed after
    signing, or someone signed with another key under our key id); only a genuine
    signature is then checked for its date. Revocation cannot be seen offline.
    """
    try:
        parsed = parse(text)
    except CertificateFormatError as e:
        return OfflineCheck(Verdict.UNKNOWN, str(e))
    claims = parsed.claims
    key = keys.get(claims.kid)
    if key is None:
        return OfflineCheck(
            Verdict.FORGED, f"签发密钥 {claims.kid} 不是省平台公布的证明签名密钥。", claims
        )
    try:
        key.verify(parsed.signature, parsed.signed)
    except InvalidSignature:
        return OfflineCheck(Verdict.TAMPERED, "二维码内容与平台签名不符，内容被改动过或系伪造。", claims)
    if claims.valid_until < today:
        return OfflineCheck(
            Verdict.EXPIRED, f"签名真实，但有效期至 {claims.valid_until.isoformat()}，已过期。", claims
        )
    return OfflineCheck(Verdict.GENUINE, "平台签名核验通过（离线核验，撤销状态需联网查询）。", claims)
