"""Staff as people read them: the account's display name (岩温), never the login (yanwen).

Logins stay in the rows and the work log (they are what the audit chain is about); every
screen line that names a colleague goes through here (docs/glossary.md, issue 16 point 4).
"""

from __future__ import annotations

from collections.abc import Callable

from offline_store.store import UnitOfWork

# work-log actors that are not accounts (backups, retention purges)
_NOT_PEOPLE = {"system": "系统"}


def staff_namer(uow: UnitOfWork) -> Callable[[str], str]:
    """A lookup from login to display name for one unit of work (each login read once).

    A login without an account (deleted since, or a terminal) is shown as it is stored,
    and an empty one stays empty.
    """
    cache: dict[str, str] = {}

    def name(username: str) -> str:
        if not username:
            return ""
        if username not in cache:
            shown = _NOT_PEOPLE.get(username) or uow.accounts.display_name(username)
            cache[username] = shown or username
        return cache[username]

    return name
