"""The PII key file's protection on Windows: an access-control list instead of mode 0600.

On POSIX the key is a 0600 file in a 0700 directory (offline_store/crypto.py). NTFS has no mode
bits: a new file inherits its folder's ACL, which under C:\\ProgramData lets every local user
read it (BUILTIN\\Users: read & execute). So Yimen writes the key's ACL itself: inheritance cut
(a protected DACL), full control for the account Yimen runs as, SYSTEM and the Administrators
group, read for the local group ``Yimen`` when it exists (the Windows installer creates it, as
the Debian package creates its ``yimen`` user: the kiosk's own sign-in account is put in it),
and nothing for anyone else; on every open it reads the ACL back and refuses a key that
someone else may read.

Accounts are compared by SID, never by name, because names are localised (a Chinese Windows
says 管理员 where an English one says Administrators). pywin32's ``win32security`` does the
reading and writing; it is installed with the Windows build (pyproject: pywin32 on win32).
The decision itself (:func:`acl_problem`) is plain Python and tested on Linux; the
``win32security`` calls are written against pywin32's documented API and have not yet run on a
Windows machine (docs/install.md, Windows).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

YIMEN_GROUP = "Yimen"  # local group of the accounts that run Yimen (installers/windows/yimen.iss)
FILE_GENERIC_READ = 0x00120089
SYSTEM_SID = "S-1-5-18"
ADMINISTRATORS_SID = "S-1-5-32-544"
# well-known groups that mean "other people" (for the error message: say who it is)
WELL_KNOWN = {
    "S-1-1-0": "Everyone（所有人）",
    "S-1-5-11": "Authenticated Users（已登录用户）",
    "S-1-5-32-545": "Users（本机用户组）",
    "S-1-5-32-546": "Guests（来宾）",
    "S-1-5-4": "INTERACTIVE（交互登录用户）",
}

ACCESS_ALLOWED_ACE_TYPE = 0
ACCESS_DENIED_ACE_TYPE = 1
# rights that let an account read the key or change who may (FILE_READ_DATA, READ_CONTROL
# is harmless; WRITE_DAC, WRITE_OWNER, GENERIC_READ/ALL give the key away)
FILE_READ_DATA = 0x0001
WRITE_DAC = 0x00040000
WRITE_OWNER = 0x00080000
GENERIC_ALL = 0x10000000
GENERIC_READ = 0x80000000
_GIVES_AWAY = FILE_READ_DATA | WRITE_DAC | WRITE_OWNER | GENERIC_ALL | GENERIC_READ


@dataclass(frozen=True, slots=True)
class Ace:
    kind: int  # ACCESS_ALLOWED_ACE_TYPE, ACCESS_DENIED_ACE_TYPE, …
    sid: str  # "S-1-5-21-…"
    mask: int


def acl_problem(aces: Iterable[Ace], *, me: str, protected: bool, group: str | None = None) -> str | None:
    """Why this ACL does not keep the key to ``me`` (the account Yimen runs as), SYSTEM, the
    Administrators and the ``Yimen`` group's SID ``group``, or None when it does.
    ``protected``: inheritance from the folder is cut."""
    trusted = {me, SYSTEM_SID, ADMINISTRATORS_SID} | ({group} if group else set())
    others = sorted(
        {a.sid for a in aces if a.kind == ACCESS_ALLOWED_ACE_TYPE and a.sid not in trusted and a.mask & _GIVES_AWAY}
    )
    if others:
        who = "、".join(WELL_KNOWN.get(sid, sid) for sid in others)
        return f"其他账户可以读取或改动密钥文件：{who}"
    if not protected:
        return "密钥文件仍继承所在文件夹的权限（以后文件夹放宽权限时密钥也随之放宽）"
    return None


def grant_command(path: str | Path, account: str) -> str:
    """The icacls line a technician runs to fix it (an administrator's command prompt)."""
    return (
        f'icacls "{path}" /inheritance:r /grant:r "{account}:(F)" "*{SYSTEM_SID}:(F)" '
        f'"*{ADMINISTRATORS_SID}:(F)"'
    )


# ---- the Windows side (pywin32) ---------------------------------------------------------------


def _win32security():  # pragma: no cover - Windows only
    import win32security  # type: ignore[import-untyped]

    return win32security


def current_account() -> tuple[str, str]:  # pragma: no cover - Windows only
    """(SID, DOMAIN\\name) of the account this process runs as."""
    import win32api  # type: ignore[import-untyped]

    ws = _win32security()
    token = ws.OpenProcessToken(win32api.GetCurrentProcess(), ws.TOKEN_QUERY)
    sid = ws.GetTokenInformation(token, ws.TokenUser)[0]
    name, domain, _kind = ws.LookupAccountSid(None, sid)
    return ws.ConvertSidToStringSid(sid), f"{domain}\\{name}"


def yimen_group_sid() -> str | None:  # pragma: no cover - Windows only
    ws = _win32security()
    try:
        sid, _domain, _kind = ws.LookupAccountName(None, YIMEN_GROUP)
    except Exception:  # pywintypes.error 1332: no such account
        return None
    return ws.ConvertSidToStringSid(sid)


def restrict(path: str | Path) -> None:  # pragma: no cover - Windows only
    """Give the key file a protected DACL: full control for this account, SYSTEM and
    Administrators, read for the Yimen group."""
    import ntsecuritycon  # type: ignore[import-untyped]

    ws = _win32security()
    me, _name = current_account()
    dacl = ws.ACL()
    for sid in (me, SYSTEM_SID, ADMINISTRATORS_SID):
        dacl.AddAccessAllowedAce(ws.ACL_REVISION, ntsecuritycon.FILE_ALL_ACCESS, ws.ConvertStringSidToSid(sid))
    group = yimen_group_sid()
    if group is not None:
        dacl.AddAccessAllowedAce(ws.ACL_REVISION, FILE_GENERIC_READ, ws.ConvertStringSidToSid(group))
    sd = ws.SECURITY_DESCRIPTOR()
    sd.SetSecurityDescriptorDacl(1, dacl, 0)
    ws.SetFileSecurity(
        str(path), ws.DACL_SECURITY_INFORMATION | ws.PROTECTED_DACL_SECURITY_INFORMATION, sd
    )


def read_acl(path: str | Path) -> tuple[list[Ace], bool]:  # pragma: no cover - Windows only
    """The key file's ACEs and whether its DACL is protected from inheritance."""
    ws = _win32security()
    sd = ws.GetFileSecurity(str(path), ws.DACL_SECURITY_INFORMATION)
    control, _revision = sd.GetSecurityDescriptorControl()
    dacl = sd.GetSecurityDescriptorDacl()
    if dacl is None:  # a NULL DACL: everyone has full control
        return [Ace(ACCESS_ALLOWED_ACE_TYPE, "S-1-1-0", GENERIC_ALL)], bool(control & ws.SE_DACL_PROTECTED)
    aces = []
    for i in range(dacl.GetAceCount()):
        (kind, _flags), mask, sid = dacl.GetAce(i)
        aces.append(Ace(kind, ws.ConvertSidToStringSid(sid), mask & 0xFFFFFFFF))
    return aces, bool(control & ws.SE_DACL_PROTECTED)


def check(path: str | Path) -> tuple[str, str] | None:  # pragma: no cover - Windows only
    """(problem, icacls fix) for the key file, or None when only the trusted accounts may read it."""
    me, name = current_account()
    aces, protected = read_acl(path)
    problem = acl_problem(aces, me=me, protected=protected, group=yimen_group_sid())
    return None if problem is None else (problem, grant_command(path, name))
