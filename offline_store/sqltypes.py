"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from shared.domain.errors import StoreError
from shared.domain.words import words


def utc_now() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware instant, always stored and returned in UTC.

    SQLite has no time zone type and hands back naive values; PostgreSQL returns the
    session's zone. Both come back here as aware UTC datetimes, so comparisons and the
    audit hash are the same on both databases. Naive datetimes are refused: a naive
    value from a kiosk in Asia/Shanghai would silently be read as UTC, 8 hours off.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise StoreError(words("时间字段需要 datetime，得到 {name}", name=type(value).__name__))
        if value.tzinfo is None or value.utcoffset() is None:
            raise StoreError(
                words("时间 {when} 没有时区，不能存储。", when=value.isoformat()),
                hint="程序错误：请使用带时区的时间，例如 datetime.now(UTC)。",
            )
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: Any, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
