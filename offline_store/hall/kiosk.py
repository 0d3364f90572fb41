"""What a kiosk must do in hall mode to read a resident's own records.

Row-level security (:mod:`offline_store.hall.grants`) shows a kiosk role no person and no
case unless the transaction *presents* the applicant: the blind index of the ID number
that was just read from the card. Registering a person presents them automatically (a
trigger); a query that registers nobody, such as "my cases" on the kiosk, calls
:func:`present_applicant` first, inside the same unit of work::

    with ctx.unit_of_work(read_only=True) as uow:
        present_applicant(uow, id_number=card.id_number)
        cases = uow.cases.list(applicant_id=card.id_number)

The setting is transaction-local (``set_config(..., true)``): it ends with the unit of work
and never leaks to the next resident through the connection pool. On SQLite (one station,
no roles) it does nothing.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from offline_store.crypto import normalise_id_number


def present_applicant(uow: Any, *, id_number: str | None = None, uscc: str | None = None) -> None:
    """Let this transaction read the person (or organisation) whose number it was given."""
    session = uow.session
    if session.get_bind().dialect.name != "postgresql":
        return
    if id_number:
        index = uow.people.cipher.blind_index(normalise_id_number(id_number))
        session.execute(sa.text("SELECT set_config('yimen.applicant_index', :v, true)"), {"v": index})
    if uscc:
        session.execute(
            sa.text("SELECT set_config('yimen.applicant_uscc', :v, true)"), {"v": uscc.strip().upper()}
        )
