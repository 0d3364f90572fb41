"""Request and response signatures of the Yimen v1 upstream protocol (HMAC-SM3).

Shared by the client and the reference platform, so both build the same string
to sign. SM3 and HMAC-SM3 follow GB/T 32905-2016 and GB/T 39786-2021 (商用密码
应用基本要求: integrity protection of data in transit).

String to sign for a request, lines joined with ``\\n``::

    METHOD
    PATH?QUERY            (exactly as sent, query string included)
    TIMESTAMP             (Unix seconds, decimal)
    NONCE                 (32 hex chars, never reused within the window)
    SM3(body) hex         (hash of the raw body bytes, empty body included)

A response is signed by the platform the same way with ``RESPONSE`` instead of
the method, the HTTP status code instead of the path, and the request's nonce,
so a captive portal or a proxy that answers in the platform's place is caught.
"""

from __future__ import annotations

import hmac as std_hmac
import secrets
import time
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hmac

HEADER_APP_KEY = "X-Yimen-AppKey"
HEADER_TIMESTAMP = "X-Yimen-Timestamp"
HEADER_NONCE = "X-Yimen-Nonce"
HEADER_SIGNATURE = "X-Yimen-Signature"

# a request older or newer than this is refused, and a nonce is remembered at least this long
CLOCK_WINDOW_S = 300
NONCE_HEX_LEN = 32
MIN_SECRET_LEN = 32


def sm3_hex(data: bytes) -> str:
    digest = hashes.Hash(hashes.SM3())
    digest.update(data)
    return digest.finalize().hex()


def _hmac_sm3_hex(secret: bytes, message: str) -> str:
    mac = hmac.HMAC(secret, hashes.SM3())
    mac.update(message.encode("utf-8"))
    return mac.finalize().hex()


def new_nonce() -> str:
    return secrets.token_hex(NONCE_HEX_LEN // 2)


def request_string_to_sign(
    *, method: str, path_with_query: str, timestamp: int, nonce: str, body: bytes
) -> str:
    return "\n".join((method.upper(), path_with_query, str(timestamp), nonce, sm3_hex(body)))


def response_string_to_sign(*, status: int, timestamp: int, request_nonce: str, body: bytes) -> str:
    return "\n".join(("RESPONSE", str(status), str(timestamp), request_nonce, sm3_hex(body)))


@dataclass(frozen=True, slots=True)
class SignedHeaders:
    app_key: str
    timestamp: int
    nonce: str
    signature: str

    def as_dict(self) -> dict[str, str]:
        return {
            HEADER_APP_KEY: self.app_key,
            HEADER_TIMESTAMP: str(self.timestamp),
            HEADER_NONCE: self.nonce,
            HEADER_SIGNATURE: self.signature,
        }


def sign_request(
    *,
    app_key: str,
    secret: bytes,
    method: str,
    path_with_query: str,
    body: bytes,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> SignedHeaders:
    ts = int(time.time()) if timestamp is None else timestamp
    nonce = nonce or new_nonce()
    text = request_string_to_sign(
        method=method, path_with_query=path_with_query, timestamp=ts, nonce=nonce, body=body
    )
    return SignedHeaders(app_key=app_key, timestamp=ts, nonce=nonce, signature=_hmac_sm3_hex(secret, text))


def request_signature_matches(
    *,
    secret: bytes,
    method: str,
    path_with_query: str,
    timestamp: int,
    nonce: str,
    body: bytes,
    signature: str,
) -> bool:
    text = request_string_to_sign(
        method=method, path_with_query=path_with_query, timestamp=timestamp, nonce=nonce, body=body
    )
    # constant-time comparison so the signature cannot be guessed byte by byte
    return std_hmac.compare_digest(_hmac_sm3_hex(secret, text), signature.lower())


def sign_response(*, secret: bytes, status: int, timestamp: int, request_nonce: str, body: bytes) -> str:
    return _hmac_sm3_hex(
        secret,
        response_string_to_sign(status=status, timestamp=timestamp, request_nonce=request_nonce, body=body),
    )


def response_signature_matches(
    *, secret: bytes, status: int, timestamp: int, request_nonce: str, body: bytes, signature: str
) -> bool:
    expected = sign_response(
        secret=secret, status=status, timestamp=timestamp, request_nonce=request_nonce, body=body
    )
    return std_hmac.compare_digest(expected, signature.lower())


def is_well_formed_nonce(nonce: str) -> bool:
    return len(nonce) == NONCE_HEX_LEN and all(c in "0123456789abcdef" for c in nonce)
