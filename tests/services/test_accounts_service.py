"""Staff accounts: argon2id hashes, lockout after 5 failures for 15 minutes on every terminal,
the permission table enforced in the services, window binding."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st

from offline_store.models_accounts import Account
from shared.domain.catalog.vocab import WindowKind
from shared.domain.errors import Conflict, PermissionDenied, ValidationError
from shared.services import accounts
from shared.services.accounts import AccountLocked, SignInFailed
from shared.services.actor import Actor, Role
from shared.services.permissions import PERMISSIONS, Permission, allowed, require

PASSWORD = "Window#2026"


@pytest.fixture
def manager(ctx) -> Actor:
    accounts.bootstrap_manager(ctx, username="admin", display_name="岩温", password="Hall#Boss2026")
    return Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009", window_no=None)


@pytest.fixture
def clerk_account(ctx, manager):
    return accounts.create_account(
        ctx, actor=manager, username="clerk03", display_name="李娜", role=Role.CLERK, password=PASSWORD
    )


def test_password_is_stored_as_an_argon2id_hash(ctx, clerk_account) -> None:
    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.session.execute(
            sa.select(Account.password_hash).where(Account.username == "clerk03")
        ).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    signed = accounts.sign_in(ctx, username="clerk03", password=PASSWORD, terminal_id="T-0003", window_no=3)
    assert signed.role is Role.CLERK and signed.actor.window_no == 3 and signed.display_name == "李娜"
    assert signed.must_change_password  # a manager-made password is temporary


def test_five_failures_lock_for_fifteen_minutes_then_the_count_starts_again(
    ctx, clock, clerk_account
) -> None:
    for left in (4, 3, 2, 1):
        with pytest.raises(SignInFailed) as err:
            accounts.sign_in(ctx, username="clerk03", password="wrong", terminal_id="T-0003")
        assert err.value.attempts_left == left
        assert not isinstance(err.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(ctx, username="clerk03", password="wrong", terminal_id="T-0003")
    assert "10:15" in locked.value.message  # 10:00 + 15 minutes, hall time
    # while locked, even the right password is refused, from any terminal
    clock.advance(minutes=14)
    with pytest.raises(AccountLocked):
        accounts.sign_in(ctx, username="clerk03", password=PASSWORD, terminal_id="T-0007")
    clock.advance(minutes=1, seconds=1)
    # after the lock, one more failure does not lock again at once
    with pytest.raises(SignInFailed) as again:
        accounts.sign_in(ctx, username="clerk03", password="wrong", terminal_id="T-0003")
    assert again.value.attempts_left == 4
    assert (
        accounts.sign_in(ctx, username="clerk03", password=PASSWORD, terminal_id="T-0003").username
        == "clerk03"
    )
    with ctx.unit_of_work(read_only=True) as uow:
        results = [e.result for e in uow.audit.entries(action="account.sign_in", limit=20)]
    assert results.count("wrong_password") == 5 and "locked_now" in results and results.count("locked") == 1


def test_unknown_user_and_wrong_password_get_the_same_answer(ctx, clerk_account) -> None:
    with pytest.raises(SignInFailed) as unknown:
        accounts.sign_in(ctx, username="nobody", password=PASSWORD, terminal_id="T-0003")
    with pytest.raises(SignInFailed) as wrong:
        accounts.sign_in(ctx, username="clerk03", password="nope", terminal_id="T-0003")
    assert unknown.value.message == wrong.value.message == "用户名或密码错误。"


def test_manager_unlocks_and_resets(ctx, manager, clerk_account) -> None:
    for _ in range(5):
        with pytest.raises(SignInFailed):
            accounts.sign_in(ctx, username="clerk03", password="x", terminal_id="T-0003")
    view = accounts.unlock_account(ctx, actor=manager, username="clerk03")
    assert view.locked_until is None and view.failed_attempts == 0
    accounts.reset_password(ctx, actor=manager, username="clerk03", new_password="Fresh#Start9")
    signed = accounts.sign_in(ctx, username="clerk03", password="Fresh#Start9", terminal_id="T-0003")
    accounts.change_password(
        ctx, actor=signed.actor, old_password="Fresh#Start9", new_password="Mine#Own2026"
    )
    again = accounts.sign_in(ctx, username="clerk03", password="Mine#Own2026", terminal_id="T-0003")
    assert not again.must_change_password
    with pytest.raises(ValidationError, match="原密码"):
        accounts.change_password(ctx, actor=signed.actor, old_password="bad", new_password="Other#Pass2026")


def test_deactivated_account_cannot_sign_in(ctx, manager, clerk_account) -> None:
    accounts.update_account(ctx, actor=manager, username="clerk03", active=False)
    with pytest.raises(SignInFailed):
        accounts.sign_in(ctx, username="clerk03", password=PASSWORD, terminal_id="T-0003")
    with pytest.raises(ValidationError, match="自己"):
        accounts.update_account(ctx, actor=manager, username="admin", active=False)


def test_only_a_manager_manages_accounts_and_windows(ctx, manager, clerk_account) -> None:
    clerk = accounts.sign_in(ctx, username="clerk03", password=PASSWORD, terminal_id="T-0003").actor
    with pytest.raises(PermissionDenied, match="管理账号"):
        accounts.create_account(
            ctx, actor=clerk, username="x1", display_name="某", role=Role.CLERK, password=PASSWORD
        )
    with pytest.raises(PermissionDenied):
        accounts.list_accounts(ctx, actor=clerk)
    with pytest.raises(PermissionDenied):
        accounts.save_window(
            ctx, actor=clerk, number=3, kind=WindowKind.DOMAIN, name="x", categories=["social"]
        )
    with pytest.raises(PermissionDenied, match="已有账号"):
        accounts.bootstrap_manager(ctx, username="root", display_name="某", password="Hall#Boss2026")
    with pytest.raises(Conflict):
        accounts.create_account(
            ctx, actor=manager, username="clerk03", display_name="重名", role=Role.CLERK, password=PASSWORD
        )
    assert [a.username for a in accounts.list_accounts(ctx, actor=manager)] == ["admin", "clerk03"]


@pytest.mark.parametrize(
    "password, why",
    [("Ab1!", "太短"), ("abcdefgh1", "太简单"), ("ALLUPPER99", "太简单"), ("Clerk03#abc", "登录名")],
)
def test_password_policy(password: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        accounts.check_password_policy(password, username="clerk03")


def test_window_binding_store_over_catalog_over_default(ctx, manager) -> None:
    # the demo catalog publishes window 4 of this hall as 公安户政窗口 calling household only
    w4 = accounts.window_for(ctx, number=4)
    assert (w4.source, w4.kind, w4.categories) == ("catalog", WindowKind.DOMAIN, ("household",))
    saved = accounts.save_window(
        ctx,
        actor=manager,
        number=4,
        kind=WindowKind.COMPREHENSIVE,
        name="综合4号",
        categories=["general", "social"],
    )
    assert accounts.window_for(ctx, number=4) == saved and saved.source == "store"
    w42 = accounts.window_for(ctx, number=42)
    assert w42.source == "default" and set(w42.categories) == set(ctx.settings.tickets.categories)
    with pytest.raises(ValidationError, match="没有业务类别"):
        accounts.save_window(ctx, actor=manager, number=5, kind="分领域", name="x", categories=["nope"])
    accounts.save_window(ctx, actor=manager, number=9, kind="办不成事", name="", categories=[], active=False)
    numbers = [w.number for w in accounts.list_windows(ctx)]
    assert 4 in numbers and 9 not in numbers


def test_lock_is_shared_between_two_contexts_on_one_store(ctx, clerk_account, clock) -> None:
    from shared.services.context import HallContext

    other = HallContext(settings=ctx.settings, store=ctx.store, clock=clock)
    for c in (ctx, other, ctx, other, ctx):
        with pytest.raises(SignInFailed):
            accounts.sign_in(c, username="clerk03", password="no", terminal_id="T-1")
    with pytest.raises(AccountLocked):
        accounts.sign_in(other, username="clerk03", password=PASSWORD, terminal_id="T-2")
    clock.advance(timedelta(minutes=16))
    assert accounts.sign_in(other, username="clerk03", password=PASSWORD, terminal_id="T-2")


@given(role=st.sampled_from(list(Role)), permission=st.sampled_from(list(Permission)))
def test_require_agrees_with_the_table(role: Role, permission: Permission) -> None:
    actor = Actor(user="u", role=role, terminal_id="T-1")
    if permission in PERMISSIONS[role]:
        require(actor, permission)
    else:
        with pytest.raises(PermissionDenied):
            require(actor, permission)


def test_the_role_table_says_who_does_what() -> None:
    assert allowed(Role.CHIEF, Permission.FINISH_ON_THE_SPOT)
    assert not allowed(Role.CLERK, Permission.FINISH_ON_THE_SPOT)
    assert not allowed(Role.HELPER, Permission.ACCEPT_CASE)
    assert allowed(Role.MANAGER, Permission.VIEW_FIGURES) and not allowed(Role.CLERK, Permission.VIEW_FIGURES)
    assert not any(allowed(Role.KIOSK, p) for p in Permission)


def test_importing_the_accounts_module_hashes_nothing() -> None:
    """The unknown-name hash (argon2id: half a second of CPU, 64 MiB) is made by the first
    sign-in, not by every terminal that imports the module (the kiosk signs nobody in)."""
    import subprocess
    import sys

    code = "from shared.services import accounts; print(accounts._dummy_hash.cache_info().currsize)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"


def test_the_first_sign_in_makes_the_unknown_name_hash_whether_the_name_exists_or_not(ctx, clerk_account) -> None:
    accounts._dummy_hash.cache_clear()
    with pytest.raises(SignInFailed):
        accounts.sign_in(ctx, username="clerk03", password="wrong-Password-1", terminal_id="T-0001")
    assert accounts._dummy_hash.cache_info().currsize == 1
