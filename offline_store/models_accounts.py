"""Tables for staff accounts and the hall's windows (on the same declarative Base).

Accounts are staff, not residents: the username and display name appear on receipts and
in the work log, so they are stored in clear. The password is only ever stored as an
argon2id hash string (PHC format, salt and parameters inside), made by
``shared.services.accounts``; this layer never sees a password.

A window row says what a terminal bound to that window number may call; with no row the
service falls back to the windows the catalog's service point publishes.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from offline_store.model_base import ACTOR_LEN, UUID_LEN, Base

PASSWORD_HASH_LEN = 255  # argon2id PHC strings are ~100 characters; room for stronger parameters


class Account(Base):
    __tablename__ = "accounts"

    id: Mapped[str] = mapped_column(sa.String(UUID_LEN), primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(64))
    role: Mapped[str] = mapped_column(sa.String(16))  # shared.services.actor.Role value
    password_hash: Mapped[str] = mapped_column(sa.String(PASSWORD_HASH_LEN))
    active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    # 等保2.0: lockout after repeated failures; counted here so every terminal sees the same count
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None]
    last_sign_in_at: Mapped[datetime | None]
    password_changed_at: Mapped[datetime]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class HallWindow(Base):
    __tablename__ = "hall_windows"

    hall_code: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    number: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    kind: Mapped[str] = mapped_column(sa.String(16))  # shared.domain.catalog.vocab.WindowKind value
    name: Mapped[str] = mapped_column(sa.String(64), default="")
    categories: Mapped[list[Any]] = mapped_column(default=list)  # ticket categories it calls
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(sa.String(ACTOR_LEN), default="")

