"""Typed errors of the domain.

Every error carries a sentence a clerk, a resident or a technician can act on
(``hint``); the UI shows ``str(err)`` and the log keeps it. Device errors live in
``devices.errors`` so that drivers do not depend on the domain.
"""

from __future__ import annotations


class YimenError(Exception):
    """Base of every error Yimen raises on purpose.

    ``message`` says what went wrong, ``hint`` what to do about it.
    """

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip() if self.hint else self.message


class ValidationError(YimenError):
    """Input that does not satisfy a rule (a form field, a file, a payload)."""


class InvalidIdentity(ValidationError):
    """An ID number, credit code, phone number or region code that is not valid."""


class InvalidTransition(YimenError):
    """A state machine was asked for a transition its rules do not allow."""


class NotFound(YimenError):
    """A case, ticket, item or person that does not exist."""


class Conflict(YimenError):
    """The request clashes with what is already stored (a duplicate ticket, one evaluation too many)."""


class TicketAlreadyTaken(Conflict):
    """The person already holds a waiting ticket of this category today, or the booking was
    checked in already: ``number`` is that ticket, with the ``category_name`` or the
    ``booking_code`` (the kiosk words it again in its own language from these)."""

    def __init__(
        self, message: str, *, hint: str = "", number: str, category_name: str = "", booking_code: str = ""
    ) -> None:
        super().__init__(message, hint=hint)
        self.number = number
        self.category_name = category_name
        self.booking_code = booking_code


class PermissionDenied(YimenError):
    """The signed-in role may not do this."""


class CalendarNotCovered(YimenError):
    """A working-day computation reaches a year the holiday calendar does not cover."""


class CatalogError(ValidationError):
    """Catalog data that fails validation; ``problems`` names file, item and field of each."""

    def __init__(self, message: str, *, problems: list[str] | None = None, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.problems = problems or []

    def __str__(self) -> str:
        lines = [super().__str__(), *(f"  - {p}" for p in self.problems)]
        return "\n".join(lines)


class StoreError(YimenError):
    """The local store cannot be opened, migrated or trusted."""


class DatabaseTooNew(StoreError):
    """The database was migrated by a newer Yimen than this one."""


class KeyFileError(StoreError):
    """The key file for personal data is missing, unreadable or too open."""


class AuditChainBroken(StoreError):
    """An audit row was edited, removed or reordered."""


class ConfigError(YimenError):
    """The configuration file or environment holds a value Yimen cannot use."""


class HallClosed(YimenError):
    """The windows are closed now; ``opens_at`` says when they open next."""

    def __init__(self, message: str, *, hint: str = "", opens_at: object = None) -> None:
        super().__init__(message, hint=hint)
        self.opens_at = opens_at
