"""Staff accounts and the hall's windows (tables in offline_store.models_accounts): ``uow.accounts``.

Every change runs in the caller's transaction, so a failed sign-in is counted in the same
commit as its audit line.
"""

from __future__ import annotations

import builtins  # the class's own list() method shadows the builtin in its annotations
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models_accounts import Account, HallWindow
from offline_store.repositories._base import UNSET, Repository, _Unset, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import Conflict, NotFound
from shared.domain.words import words


@dataclass(frozen=True, slots=True)
class AccountRecord:
    id: str
    username: str
    display_name: str
    role: str
    password_hash: str
    active: bool
    must_change_password: bool
    failed_attempts: int
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    password_changed_at: datetime
    created_at: datetime

    def __repr__(self) -> str:  # the hash is not secret-secret, but it has no business in a log
        return f"AccountRecord(username={self.username!r}, role={self.role!r}, active={self.active})"


@dataclass(frozen=True, slots=True)
class WindowRecord:
    hall_code: str
    number: int
    kind: str
    name: str
    categories: tuple[str, ...]
    active: bool
    updated_at: datetime
    updated_by: str = ""


class AccountRepository(Repository):
    # ------------------------------------------------------------------ accounts
    def add(
        self,
        *,
        username: str,
        display_name: str,
        role: str,
        password_hash: str,
        must_change_password: bool = False,
        at: datetime | None = None,
    ) -> AccountRecord:
        at = at or utc_now()
        if self.find(username) is not None:
            raise Conflict(words("账号“{username}”已存在。", username=username), hint="请换一个登录名。")
        self.session.execute(
            sa.insert(Account).values(
                id=new_id(),
                username=username,
                display_name=display_name,
                role=role,
                password_hash=password_hash,
                active=True,
                must_change_password=must_change_password,
                failed_attempts=0,
                password_changed_at=at,
                created_at=at,
                updated_at=at,
            )
        )
        return self.get(username)

    def find(self, username: str) -> AccountRecord | None:
        row = self.session.execute(
            sa.select(Account).where(Account.username == username).execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return _account(row) if row is not None else None

    def get(self, username: str) -> AccountRecord:
        found = self.find(username)
        if found is None:
            raise NotFound(words("没有账号“{username}”。", username=username), hint="请核对登录名，或请大厅管理员开通账号。")
        return found

    def list(self, *, include_inactive: bool = True) -> list[AccountRecord]:
        q = sa.select(Account).order_by(Account.username)
        if not include_inactive:
            q = q.where(Account.active.is_(True))
        return [_account(r) for r in self.session.scalars(q.execution_options(populate_existing=True))]

    def display_name(self, username: str) -> str | None:
        """Only the name a slip prints: reads no other column of the account."""
        return self.session.scalar(sa.select(Account.display_name).where(Account.username == username))

    def count(self) -> int:
        return self.session.execute(sa.select(sa.func.count()).select_from(Account)).scalar_one()

    def record_failure(
        self, *, username: str, lock_after: int, lock_until: datetime, at: datetime
    ) -> AccountRecord:
        """Count one failed password; the ``lock_after``-th failure in a row locks until ``lock_until``.

        One UPDATE computes the new count and the lock, so two terminals failing at the same
        moment both count (no read-modify-write race).
        """
        new_count = Account.failed_attempts + 1
        self.session.execute(
            sa.update(Account)
            .where(Account.username == username)
            .values(
                failed_attempts=new_count,
                locked_until=sa.case(
                    (new_count >= lock_after, sa.literal(lock_until, Account.locked_until.type)),
                    else_=Account.locked_until,
                ),
                updated_at=at,
            )
            .execution_options(synchronize_session=False)
        )
        return self.get(username)

    def record_success(
        self, *, username: str, at: datetime, password_hash: str | None = None
    ) -> AccountRecord:
        values: dict[str, object] = {
            "failed_attempts": 0,
            "locked_until": None,
            "last_sign_in_at": at,
            "updated_at": at,
        }
        if password_hash is not None:  # parameters were raised since the hash was made
            values["password_hash"] = password_hash
        self.session.execute(
            sa.update(Account)
            .where(Account.username == username)
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return self.get(username)

    def update(
        self,
        *,
        username: str,
        at: datetime,
        display_name: str | _Unset = UNSET,
        role: str | _Unset = UNSET,
        active: bool | _Unset = UNSET,
        password_hash: str | _Unset = UNSET,
        must_change_password: bool | _Unset = UNSET,
        failed_attempts: int | _Unset = UNSET,
        locked_until: datetime | _Unset | None = UNSET,
    ) -> AccountRecord:
        values: dict[str, object] = {
            k: v
            for k, v in (
                ("display_name", display_name),
                ("role", role),
                ("active", active),
                ("password_hash", password_hash),
                ("must_change_password", must_change_password),
                ("failed_attempts", failed_attempts),
                ("locked_until", locked_until),
            )
            if v is not UNSET
        }
        if password_hash is not UNSET:
            values["password_changed_at"] = at
        values["updated_at"] = at
        done = rows_changed(self.session.execute(
            sa.update(Account)
            .where(Account.username == username)
            .values(**values)
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            raise NotFound(words("没有账号“{username}”。", username=username))
        return self.get(username)

    # ------------------------------------------------------------------ windows
    def windows(self, *, hall_code: str, include_inactive: bool = False) -> builtins.list[WindowRecord]:
        q = sa.select(HallWindow).where(HallWindow.hall_code == hall_code).order_by(HallWindow.number)
        if not include_inactive:
            q = q.where(HallWindow.active.is_(True))
        return [_window(r) for r in self.session.scalars(q.execution_options(populate_existing=True))]

    def window(self, *, hall_code: str, number: int) -> WindowRecord | None:
        row = self.session.execute(
            sa.select(HallWindow)
            .where(HallWindow.hall_code == hall_code, HallWindow.number == number)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return _window(row) if row is not None else None

    def save_window(
        self,
        *,
        hall_code: str,
        number: int,
        kind: str,
        name: str,
        categories: Iterable[str],
        active: bool = True,
        by: str = "",
        at: datetime | None = None,
    ) -> WindowRecord:
        at = at or utc_now()
        values = {
            "kind": kind,
            "name": name,
            "categories": list(dict.fromkeys(categories)),
            "active": active,
            "updated_at": at,
            "updated_by": by,
        }
        if self.window(hall_code=hall_code, number=number) is None:
            self.session.execute(sa.insert(HallWindow).values(hall_code=hall_code, number=number, **values))
        else:
            self.session.execute(
                sa.update(HallWindow)
                .where(HallWindow.hall_code == hall_code, HallWindow.number == number)
                .values(**values)
                .execution_options(synchronize_session=False)
            )
        found = self.window(hall_code=hall_code, number=number)
        assert found is not None
        return found


def _account(r: Account) -> AccountRecord:
    return AccountRecord(
        id=r.id,
        username=r.username,
        display_name=r.display_name,
        role=r.role,
        password_hash=r.password_hash,
        active=r.active,
        must_change_password=r.must_change_password,
        failed_attempts=r.failed_attempts,
        locked_until=r.locked_until,
        last_sign_in_at=r.last_sign_in_at,
        password_changed_at=r.password_changed_at,
        created_at=r.created_at,
    )


def _window(r: HallWindow) -> WindowRecord:
    return WindowRecord(
        hall_code=r.hall_code,
        number=r.number,
        kind=r.kind,
        name=r.name,
        categories=tuple(r.categories or ()),
        active=r.active,
        updated_at=r.updated_at,
        updated_by=r.updated_by,
    )
