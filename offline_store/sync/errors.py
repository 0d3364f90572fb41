"""Typed errors of the upstream link; each says what a technician can do about it."""

from __future__ import annotations

from shared.domain.errors import YimenError

# defined beside the credentials it guards, which the reference platform reads too
from shared.protocol.credentials import CredentialsError as CredentialsError


class PlatformError(YimenError):
    """Base of every failure talking to the provincial platform."""


class PlatformUnavailable(PlatformError):
    """The platform could not be reached or answered 5xx/429 or timed out: try again later."""


class PlatformProtocolError(PlatformError):
    """The answer was not what the protocol promises (bad JSON, wrong shape, too large, unsigned)."""


class PlatformAuthError(PlatformError):
    """The platform refused our credentials or signature (401/403); ``reason_code`` says why."""

    def __init__(
        self, message: str, *, reason_code: str, server_time: int | None = None, hint: str = ""
    ) -> None:
        super().__init__(message, hint=hint)
        self.reason_code = reason_code
        self.server_time = server_time


class PlatformRequestRefused(PlatformError):
    """The platform understood the request and refused it (400/404/409/410/413/422)."""

    def __init__(self, message: str, *, status: int, reason_code: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.reason_code = reason_code


class LicenceRefused(PlatformError):
    """An e-licence code that is forged, expired, revoked or unknown to its issuer."""

    def __init__(self, message: str, *, verdict: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.verdict = verdict


class CatalogSyncError(PlatformError):
    """A downloaded catalog did not add up (count or digest); the old catalog stays in use."""
