"""What an UPDATE, a DELETE or an INSERT … ON CONFLICT did to the table."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy.engine import CursorResult, Result


def rows_changed(result: Result[*tuple[Any, ...]]) -> int:
    """The number of rows the statement matched.

    ``Session.execute`` is typed to return a plain ``Result`` whatever it runs; for a DML
    statement the object is a ``CursorResult``, which is the one that carries ``rowcount``.
    """
    return cast("CursorResult[*tuple[Any, ...]]", result).rowcount
