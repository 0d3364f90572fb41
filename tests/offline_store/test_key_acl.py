"""The Windows key file's ACL decision (offline_store/key_acl.py), by SID as Windows reports it."""

from __future__ import annotations

import pytest

from offline_store.key_acl import (
    ACCESS_ALLOWED_ACE_TYPE,
    ACCESS_DENIED_ACE_TYPE,
    ADMINISTRATORS_SID,
    FILE_READ_DATA,
    GENERIC_ALL,
    SYSTEM_SID,
    WRITE_DAC,
    Ace,
    acl_problem,
    grant_command,
)

ME = "S-1-5-21-1004336348-1177238915-682003330-1001"
FULL = 0x001F01FF  # FILE_ALL_ACCESS
READ_ATTRIBUTES = 0x0080
SYNCHRONIZE = 0x00100000


def allowed(sid: str, mask: int = FULL) -> Ace:
    return Ace(ACCESS_ALLOWED_ACE_TYPE, sid, mask)


def test_what_restrict_writes_is_accepted() -> None:
    aces = [allowed(ME), allowed(SYSTEM_SID), allowed(ADMINISTRATORS_SID)]
    assert acl_problem(aces, me=ME, protected=True) is None


@pytest.mark.parametrize(
    ("sid", "mask", "named"),
    [
        ("S-1-5-32-545", 0x001200A9, "Users"),  # BUILTIN\Users: read & execute, inherited from ProgramData
        ("S-1-1-0", GENERIC_ALL, "Everyone"),
        ("S-1-5-11", FILE_READ_DATA, "Authenticated Users"),
        ("S-1-5-21-1004336348-1177238915-682003330-1002", WRITE_DAC, "S-1-5-21-1004336348-1177238915-682003330-1002"),
    ],
)
def test_another_account_that_can_read_or_re_permit_the_key_is_named(sid: str, mask: int, named: str) -> None:
    aces = [allowed(ME), allowed(SYSTEM_SID), allowed(sid, mask)]
    problem = acl_problem(aces, me=ME, protected=True)
    assert problem is not None and named in problem


def test_the_yimen_group_may_read_when_it_is_the_group_named() -> None:
    group = "S-1-5-21-1004336348-1177238915-682003330-1010"
    aces = [allowed(ME), allowed(SYSTEM_SID), allowed(group, 0x00120089)]
    assert acl_problem(aces, me=ME, protected=True, group=group) is None
    assert acl_problem(aces, me=ME, protected=True, group=None) is not None


def test_rights_that_do_not_reach_the_bytes_are_not_a_problem() -> None:
    aces = [allowed(ME), allowed("S-1-5-32-545", READ_ATTRIBUTES | SYNCHRONIZE)]
    assert acl_problem(aces, me=ME, protected=True) is None


def test_a_deny_entry_for_others_is_not_a_grant() -> None:
    aces = [allowed(ME), Ace(ACCESS_DENIED_ACE_TYPE, "S-1-1-0", FULL)]
    assert acl_problem(aces, me=ME, protected=True) is None


def test_an_inherited_acl_is_refused_even_when_it_is_narrow_today() -> None:
    problem = acl_problem([allowed(ME)], me=ME, protected=False)
    assert problem is not None and "继承" in problem


def test_the_fix_is_one_icacls_line_by_sid() -> None:
    line = grant_command(r"C:\ProgramData\Yimen\keys\pii.key", r"KIOSK01\yimen")
    assert line == (
        r'icacls "C:\ProgramData\Yimen\keys\pii.key" /inheritance:r /grant:r "KIOSK01\yimen:(F)" '
        r'"*S-1-5-18:(F)" "*S-1-5-32-544:(F)"'
    )
