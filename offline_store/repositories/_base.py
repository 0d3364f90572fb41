"""What every repository shares: the unit of work's session and the personal-data cipher."""

from __future__ import annotations

import uuid
from typing import Any, Final

from sqlalchemy.orm import Session

from offline_store.crypto import PiiCipher


class _Unset:
    """Marks an argument that was not given (``None`` is a value some fields may take)."""

    _instance: _Unset | None = None

    def __new__(cls) -> _Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Final = _Unset()


def new_id() -> str:
    return str(uuid.uuid4())


def dialect_insert(session: Session, table: Any) -> Any:
    """INSERT with ON CONFLICT support for the session's database (both have the same API)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def is_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


class Repository:
    def __init__(self, session: Session, cipher: PiiCipher) -> None:
        self.session = session
        self.cipher = cipher


class PlainRepository:
    """A repository of tables that hold no personal data: it takes no cipher (the unit of
    work passes its own to every repository alike)."""

    def __init__(self, session: Session, cipher: PiiCipher | None = None) -> None:
        self.session = session
