"""What the sync keeps between runs: feed cursors, last success, and the platform's version
of each case it has applied (so a duplicate or stale status update is skipped).

The two tables live in the terminal's store (offline_store/models_sync.py, migration
0003), so a cursor advances in the same transaction as the updates it covers.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from offline_store.dml import rows_changed
from offline_store.models_sync import SyncRemoteVersionRow, SyncStateRow
from offline_store.sqltypes import utc_now

sync_state = SyncStateRow.__table__
sync_remote_versions = SyncRemoteVersionRow.__table__

# keys of sync_state
STATUS_CURSOR = "status_feed_cursor"
APPOINTMENTS_CURSOR = "appointments_cursor"
LAST_SUCCESS_AT = "last_success_at"
LAST_ATTEMPT_AT = "last_attempt_at"
LAST_ERROR = "last_error"
LAST_ERROR_KIND = "last_error_kind"
ONLINE = "online"
CLOCK_OFFSET_S = "clock_offset_s"
CATALOG_PLATFORM_VERSION = "catalog_platform_version"

def get_value(session: Session, key: str, default: Any = None) -> Any:
    value = session.execute(sa.select(sync_state.c.value).where(sync_state.c.key == key)).scalar_one_or_none()
    return default if value is None else value


def get_all(session: Session) -> dict[str, Any]:
    return {row.key: row.value for row in session.execute(sa.select(sync_state.c.key, sync_state.c.value))}


def set_values(session: Session, values: dict[str, Any], *, at: datetime | None = None) -> None:
    at = at or utc_now()
    for key, value in values.items():
        done = rows_changed(session.execute(
            sa.update(sync_state).where(sync_state.c.key == key).values(value=value, updated_at=at)
        ))
        if not done:
            session.execute(sa.insert(sync_state).values(key=key, value=value, updated_at=at))


def remote_version(session: Session, case_no: str) -> int:
    v = session.execute(
        sa.select(sync_remote_versions.c.remote_version).where(sync_remote_versions.c.case_no == case_no)
    ).scalar_one_or_none()
    return v or 0


def set_remote_version(session: Session, case_no: str, version: int, *, at: datetime | None = None) -> None:
    at = at or utc_now()
    done = rows_changed(session.execute(
        sa.update(sync_remote_versions)
        .where(sync_remote_versions.c.case_no == case_no)
        .values(remote_version=version, applied_at=at)
    ))
    if not done:
        session.execute(
            sa.insert(sync_remote_versions).values(case_no=case_no, remote_version=version, applied_at=at)
        )
