"""Staff sign-in, account management and the windows terminals are bound to.

- Passwords are hashed with argon2id (argon2-cffi, RFC 9106 parameters); a hash made
  with weaker parameters is re-made at the next successful sign-in.
- 等保2.0 (GB/T 22239-2019 8.1.4.1): unique accounts, complex passwords, and lockout:
  the 5th failure in a row locks the account for 15 minutes, on every terminal (the
  count lives in the store). While locked even the right password is refused.
- Every sign-in, failure, lock and management step writes the audit log.
- A terminal is bound to a window number (``terminal.window_no``); the window's kind and
  ticket categories come from the manager's window table, else from the catalog's
  service point for this hall, else a comprehensive window calling every category.
"""

from __future__ import annotations

import functools
import string
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from offline_store.repositories.accounts import AccountRecord, WindowRecord
from offline_store.store import UnitOfWork
from shared.domain.catalog.vocab import WindowKind
from shared.domain.errors import NotFound, PermissionDenied, ValidationError
from shared.domain.words import words
from shared.services.actor import Actor, Role
from shared.services.context import HallContext
from shared.services.permissions import ROLE_LABELS, STAFF_ROLES, Permission, require

LOCK_AFTER_FAILURES = 5
LOCK_MINUTES = 15
MIN_PASSWORD_LENGTH = 8

_HASHER = PasswordHasher()  # argon2id, RFC 9106 low-memory profile (t=3, m=64 MiB, p=4)


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against when the name is unknown, so both answers take the same time.
    Made on first use, not at import: one argon2id hash costs ~140 ms, and every process (the
    kiosk's cold start included) imports this module. :func:`sign_in` makes it before it
    looks the name up, so a process's first attempt costs the same whether the name exists."""
    return _HASHER.hash("yimen-no-such-user")


class SignInFailed(PermissionDenied):
    """Wrong name or password (never says which), or an account that may not sign in."""

    def __init__(self, message: str, *, hint: str = "", attempts_left: int | None = None) -> None:
        super().__init__(message, hint=hint)
        self.attempts_left = attempts_left


class AccountLocked(SignInFailed):
    def __init__(self, until_local: datetime) -> None:
        super().__init__(
            f"连续输错密码{LOCK_AFTER_FAILURES}次，账号已锁定到 {until_local:%H:%M}。",
            hint="请到时再试，或请大厅管理员解锁。",
        )
        self.until = until_local


@dataclass(frozen=True, slots=True)
class WindowInfo:
    number: int
    kind: WindowKind
    name: str
    categories: tuple[str, ...]
    source: str  # "store" | "catalog" | "default"

    @property
    def label(self) -> str:
        return self.name or f"{self.number}号窗口"


@dataclass(frozen=True, slots=True)
class SignedIn:
    """Who sits at this terminal now: the actor every service call carries."""

    username: str
    display_name: str
    role: Role
    actor: Actor
    window: WindowInfo | None
    must_change_password: bool
    signed_in_at: datetime

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


@dataclass(frozen=True, slots=True)
class AccountView:
    """An account as the manager's list shows it (no hash)."""

    username: str
    display_name: str
    role: Role
    role_label: str
    active: bool
    locked_until: datetime | None
    failed_attempts: int
    last_sign_in_at: datetime | None
    must_change_password: bool


def _audit(
    uow: UnitOfWork, actor: str, terminal: str, action: str, target: str, *, at: datetime, **detail: Any
) -> None:
    result = detail.pop("result", "ok")
    uow.audit.append(
        actor=actor, terminal_id=terminal, action=action, target=target, result=result, detail=detail, at=at
    )


# ---------------------------------------------------------------------- passwords


def check_password_policy(password: str, *, username: str = "") -> None:
    """At least 8 characters from at least three of: lower case, upper case, digits, symbols."""
    hint = "密码至少8位，且包含大写字母、小写字母、数字、符号中的至少三类。"
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(words("密码太短（{n_password}位）。", n_password=len(password)), hint=hint)
    classes = sum(
        any(ch in group for ch in password)
        for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits)
    ) + any(not ch.isalnum() for ch in password)
    if classes < 3:
        raise ValidationError("密码太简单。", hint=hint)
    if username and username.lower() in password.lower():
        raise ValidationError("密码不能包含登录名。", hint=hint)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def _check_username(username: str) -> str:
    name = username.strip()
    if (
        not name
        or len(name) > 32
        or not all(ch.isalnum() or ch in "._-" for ch in name)
        or not name.isascii()
    ):
        raise ValidationError(
            words("登录名“{username}”不可用。", username=username),
            hint="登录名用1-32位字母、数字、点、下划线或短横线，如 zhangsan01。",
        )
    return name


def _staff_role(role: Role | str) -> Role:
    try:
        r = Role(role)
    except ValueError:
        r = None
    if r not in STAFF_ROLES:
        raise ValidationError(
            words("角色“{role}”不可用于工作人员账号。", role=role),
            hint=words("可选：{choices}", choices="、".join(ROLE_LABELS[x] for x in STAFF_ROLES)),
        )
    return r


# ---------------------------------------------------------------------- signing in


def sign_in(
    ctx: HallContext, *, username: str, password: str, terminal_id: str, window_no: int | None = None
) -> SignedIn:
    """Check the password and return the actor for this terminal; counts failures and locks.

    A refusal is committed (failure count, lock, audit line) before it is raised: the unit
    of work would roll back anything raised inside it.
    """
    _dummy_hash()  # made once per process, before the lookup: no first-attempt timing difference
    now = ctx.now()
    name = username.strip()
    refusal: SignInFailed | None = None
    window: WindowInfo | None = None
    with ctx.unit_of_work() as uow:
        repo = uow.accounts
        account = repo.find(name) if name else None
        if account is None or not account.active:
            _verify(_dummy_hash(), password)
            _audit(
                uow, name or "?", terminal_id, "account.sign_in", name, at=now, result="unknown_or_inactive"
            )
            refusal = SignInFailed("用户名或密码错误。", hint="请核对后重试；忘记密码请找大厅管理员重置。")
        elif account.locked_until is not None and account.locked_until > now:
            _audit(uow, name, terminal_id, "account.sign_in", name, at=now, result="locked")
            refusal = AccountLocked(account.locked_until.astimezone(ctx.tz))
        else:
            if account.locked_until is not None:  # the lock has run out: count afresh
                account = repo.update(username=name, at=now, failed_attempts=0, locked_until=None)
            if _verify(account.password_hash, password):
                rehash = (
                    hash_password(password) if _HASHER.check_needs_rehash(account.password_hash) else None
                )
                account = repo.record_success(username=name, at=now, password_hash=rehash)
                window = _window_info(ctx, uow, window_no) if window_no is not None else None
                _audit(uow, name, terminal_id, "account.sign_in", name, at=now, window=window_no)
            else:
                account = repo.record_failure(
                    username=name,
                    lock_after=LOCK_AFTER_FAILURES,
                    lock_until=now + timedelta(minutes=LOCK_MINUTES),
                    at=now,
                )
                locked = account.locked_until is not None and account.locked_until > now
                _audit(
                    uow,
                    name,
                    terminal_id,
                    "account.sign_in",
                    name,
                    at=now,
                    result="locked_now" if locked else "wrong_password",
                    failures=account.failed_attempts,
                )
                if locked:
                    assert account.locked_until is not None
                    refusal = AccountLocked(account.locked_until.astimezone(ctx.tz))
                else:
                    left = LOCK_AFTER_FAILURES - account.failed_attempts
                    refusal = SignInFailed(
                        "用户名或密码错误。",
                        hint=words("再输错{left}次账号将锁定{lock_minutes}分钟。", left=left, lock_minutes=LOCK_MINUTES),
                        attempts_left=left,
                    )
    if refusal is not None:
        raise refusal
    assert account is not None
    role = Role(account.role)
    return SignedIn(
        username=name,
        display_name=account.display_name,
        role=role,
        actor=Actor(user=name, role=role, terminal_id=terminal_id, window_no=window_no),
        window=window,
        must_change_password=account.must_change_password,
        signed_in_at=now,
    )


def unlock_screen(ctx: HallContext, *, signed_in: SignedIn, password: str) -> SignedIn:
    """The idle screen lock: the same user's password, counted like a sign-in (a wrong
    password five times locks the account, not only the screen)."""
    return sign_in(
        ctx,
        username=signed_in.username,
        password=password,
        terminal_id=signed_in.actor.terminal_id,
        window_no=signed_in.actor.window_no,
    )


def sign_out(ctx: HallContext, *, actor: Actor, reason: str = "") -> None:
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        _audit(uow, actor.user, actor.terminal_id, "account.sign_out", actor.user, at=now, reason=reason)


def change_password(ctx: HallContext, *, actor: Actor, old_password: str, new_password: str) -> None:
    check_password_policy(new_password, username=actor.user)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        repo = uow.accounts
        account = repo.get(actor.user)
        if not _verify(account.password_hash, old_password):
            raise ValidationError("原密码不正确。", hint="请重新输入原密码。")
        if _verify(account.password_hash, new_password):
            raise ValidationError("新密码不能与原密码相同。", hint="请设置一个新的密码。")
        repo.update(
            username=actor.user, at=now, password_hash=hash_password(new_password), must_change_password=False
        )
        _audit(uow, actor.user, actor.terminal_id, "account.password", actor.user, at=now)


# ---------------------------------------------------------------------- management (大厅管理员)


def _view(a: AccountRecord) -> AccountView:
    role = Role(a.role)
    return AccountView(
        username=a.username,
        display_name=a.display_name,
        role=role,
        role_label=ROLE_LABELS[role],
        active=a.active,
        locked_until=a.locked_until,
        failed_attempts=a.failed_attempts,
        last_sign_in_at=a.last_sign_in_at,
        must_change_password=a.must_change_password,
    )


def list_accounts(ctx: HallContext, *, actor: Actor) -> list[AccountView]:
    require(actor, Permission.MANAGE_ACCOUNTS)
    with ctx.unit_of_work(read_only=True) as uow:
        return [_view(a) for a in uow.accounts.list()]


def create_account(
    ctx: HallContext,
    *,
    actor: Actor,
    username: str,
    display_name: str,
    role: Role | str,
    password: str,
) -> AccountView:
    """A new staff account; the first password is temporary (changed at first sign-in)."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    name = _check_username(username)
    staff_role = _staff_role(role)
    if not display_name.strip():
        raise ValidationError("请填写工作人员姓名。", hint="姓名印在受理凭证上，便于申请人查询。")
    check_password_policy(password, username=name)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.accounts.add(
            username=name,
            display_name=display_name.strip(),
            role=staff_role.value,
            password_hash=hash_password(password),
            must_change_password=actor.role is not Role.SYSTEM,
            at=now,
        )
        _audit(uow, actor.user, actor.terminal_id, "account.create", name, at=now, role=staff_role.value)
    return _view(record)


def bootstrap_manager(
    ctx: HallContext, *, username: str, display_name: str, password: str, terminal_id: str | None = None
) -> AccountView:
    """A 大厅管理员 made at the machine's console (``yimen account create --role manager``): the
    first account of a new installation, or a new one when none is left active. Refused while
    an active manager exists: from then on managers open accounts at the counter."""
    with ctx.unit_of_work(read_only=True) as uow:
        managers = [a.username for a in uow.accounts.list() if a.role == Role.MANAGER.value and a.active]
    if managers:
        raise PermissionDenied(
            words("已有账号：大厅管理员 {managers}，不能再从命令行创建管理员。", managers="、".join(managers)),
            hint="请由该管理员在柜台“账号管理”中开通；忘记密码可运行 `yimen account reset 登录名`。",
        )
    return create_account(
        ctx,
        # logged in this terminal's own chain: in hall mode its role may append to no other
        actor=Actor.system(terminal_id or ctx.settings.terminal.id),
        username=username,
        display_name=display_name,
        role=Role.MANAGER,
        password=password,
    )


def update_account(
    ctx: HallContext,
    *,
    actor: Actor,
    username: str,
    role: Role | str | None = None,
    display_name: str | None = None,
    active: bool | None = None,
) -> AccountView:
    require(actor, Permission.MANAGE_ACCOUNTS)
    if username == actor.user and (active is False or (role is not None and Role(role) is not actor.role)):
        raise ValidationError("不能停用自己的账号或修改自己的角色。", hint="请由另一位管理员操作。")
    now = ctx.now()
    changes: dict[str, object] = {}
    if role is not None:
        changes["role"] = _staff_role(role).value
    if display_name is not None:
        if not display_name.strip():
            raise ValidationError("姓名不能为空。")
        changes["display_name"] = display_name.strip()
    if active is not None:
        changes["active"] = active
    with ctx.unit_of_work() as uow:
        record = uow.accounts.update(username=username, at=now, **changes)  # type: ignore[arg-type]
        _audit(uow, actor.user, actor.terminal_id, "account.update", username, at=now, **changes)
    return _view(record)


def reset_password(ctx: HallContext, *, actor: Actor, username: str, new_password: str) -> AccountView:
    """A forgotten password: the manager sets a temporary one, which also lifts a lock."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    check_password_policy(new_password, username=username)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.accounts.update(
            username=username,
            at=now,
            password_hash=hash_password(new_password),
            must_change_password=True,
            failed_attempts=0,
            locked_until=None,
        )
        _audit(uow, actor.user, actor.terminal_id, "account.reset_password", username, at=now)
    return _view(record)


def unlock_account(ctx: HallContext, *, actor: Actor, username: str) -> AccountView:
    require(actor, Permission.MANAGE_ACCOUNTS)
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.accounts.update(username=username, at=now, failed_attempts=0, locked_until=None)
        _audit(uow, actor.user, actor.terminal_id, "account.unlock", username, at=now)
    return _view(record)


# ---------------------------------------------------------------------- windows


def _all_categories(ctx: HallContext) -> tuple[str, ...]:
    return tuple(ctx.settings.tickets.categories)


def _from_record(r: WindowRecord) -> WindowInfo:
    return WindowInfo(r.number, WindowKind(r.kind), r.name, r.categories, "store")


def _window_info(ctx: HallContext, uow: UnitOfWork, number: int) -> WindowInfo:
    stored = uow.accounts.window(hall_code=ctx.settings.hall.code, number=number)
    if stored is not None and stored.active:
        return _from_record(stored)
    for w in _catalog_windows(ctx, uow):
        if w.number == number:
            return w
    return WindowInfo(number, WindowKind.COMPREHENSIVE, f"{number}号窗口", _all_categories(ctx), "default")


def _catalog_windows(ctx: HallContext, uow: UnitOfWork) -> list[WindowInfo]:
    try:
        point = ctx.catalog(uow).point(ctx.settings.hall.code)
    except NotFound:
        return []
    return [
        WindowInfo(w.number, w.kind, w.name, tuple(w.categories) or _all_categories(ctx), "catalog")
        for w in point.windows
    ]


def window_for(ctx: HallContext, *, number: int) -> WindowInfo:
    """What the window ``number`` is and which ticket categories it calls."""
    with ctx.unit_of_work(read_only=True) as uow:
        return _window_info(ctx, uow, number)


def list_windows(ctx: HallContext) -> list[WindowInfo]:
    """Every window of the hall: the manager's table over the catalog's published windows."""
    with ctx.unit_of_work(read_only=True) as uow:
        return windows_in(ctx, uow)


def windows_in(ctx: HallContext, uow: UnitOfWork) -> list[WindowInfo]:
    """:func:`list_windows` inside a unit of work the caller holds."""
    stored = {
        r.number: r for r in uow.accounts.windows(hall_code=ctx.settings.hall.code, include_inactive=True)
    }
    out = {w.number: w for w in _catalog_windows(ctx, uow)}
    for number, r in stored.items():
        if r.active:
            out[number] = _from_record(r)
        else:
            out.pop(number, None)
    return [out[n] for n in sorted(out)]


def save_window(
    ctx: HallContext,
    *,
    actor: Actor,
    number: int,
    kind: WindowKind | str,
    name: str,
    categories: list[str] | tuple[str, ...],
    active: bool = True,
) -> WindowInfo:
    require(actor, Permission.MANAGE_WINDOWS)
    if not 1 <= number <= 999:
        raise ValidationError(words("窗口号 {number} 无效。", number=number), hint="窗口号为1-999。")
    try:
        window_kind = WindowKind(kind)
    except ValueError:
        raise ValidationError(
            words("窗口类型“{kind}”无效。", kind=kind), hint=words("可选：{choices}", choices="、".join(k.value for k in WindowKind))
        ) from None
    known = ctx.settings.tickets.categories
    unknown = [c for c in categories if c not in known]
    if unknown:
        raise ValidationError(
            words("没有业务类别 {unknown}。", unknown="、".join(unknown)),
            hint=words("可选：{choices}", choices="、".join(f"{k}（{v[1]}）" for k, v in known.items())),
        )
    if active and not categories:
        raise ValidationError("窗口至少要能叫一个业务类别。", hint="请勾选本窗口办理的业务类别。")
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        record = uow.accounts.save_window(
            hall_code=ctx.settings.hall.code,
            number=number,
            kind=window_kind.value,
            name=name.strip(),
            categories=categories,
            active=active,
            by=actor.user,
            at=now,
        )
        _audit(
            uow,
            actor.user,
            actor.terminal_id,
            "window.save",
            str(number),
            at=now,
            kind=window_kind.value,
            categories=list(categories),
            active=active,
        )
    return _from_record(record)
