"""The declarative Base every table of the local store is declared on, and the sizes they
share. Kept apart from the tables so that each table module depends on this one alone and
``offline_store.models`` can gather them all without an import cycle."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase

from offline_store.sqltypes import UtcDateTime

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LEN = 36
HASH_HEX_LEN = 64  # SM3 digest, hex
ACTOR_LEN = 64


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads this class attribute)
        datetime: UtcDateTime(),
        dict[str, Any]: sa.JSON(),
        list[Any]: sa.JSON(),
        bytes: sa.LargeBinary(),
    }
    if TYPE_CHECKING:
        # every model of the store is mapped to one Table (none to a join or a select), so
        # Model.__table__ takes inserts and updates (SQLAlchemy types it as any FromClause)
        __table__: ClassVar[sa.Table]
