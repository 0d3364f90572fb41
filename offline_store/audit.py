"""The work log (工作日志): an append-only audit chain that shows any edit, deletion or insertion.

等保2.0 (GB/T 22239-2019) asks that audit records be protected from modification; a plain
table is not. Each row carries ``hash = HMAC-SM3(audit_key, prev_hash || canonical JSON of
the row)``, so changing a field, deleting a row, inserting one or swapping two breaks the
chain from that row on, and without the key nobody can recompute a consistent chain.

All terminals append to one chain: the single ``audit_head`` row is locked for the append
(``SELECT … FOR UPDATE`` on PostgreSQL; on SQLite the write transaction already holds the
database lock from ``BEGIN IMMEDIATE``), so seq numbers are dense and hashes never fork.

``detail`` must not carry personal data in clear: strings pass through
``shared.masking.scrub_text`` when that module is available, otherwise through the small
fallback below (ID numbers, mobile numbers).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from offline_store.crypto import hmac_sm3
from offline_store.models import AuditHead, AuditRow
from offline_store.records import AuditEntry
from offline_store.sqltypes import utc_now
from shared.errors import AuditChainBroken, StoreError

GENESIS_HASH = "0" * 64
_HEAD_ID = 1

# fallback only; shared.masking owns the one masking rule (GB/T 35273-2020)
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def _fallback_scrub(text: str) -> str:
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "********" + m.group(2)[-4:], text)
    return _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)


def _scrubber() -> Callable[[str], str]:
    try:
        from shared.masking import scrub_text
    except ImportError:
        return _fallback_scrub
    return scrub_text


def scrub(value: Any, scrub_text: Callable[[str], str] | None = None) -> Any:
    """Mask personal data in every string of a JSON-like value."""
    fn = scrub_text or _scrubber()
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, dict):
        return {str(k): scrub(v, fn) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(v, fn) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return fn(str(value))


def _canonical(
    *,
    seq: int,
    at: datetime,
    actor: str,
    terminal_id: str,
    action: str,
    target: str,
    result: str,
    detail: Any,
) -> bytes:
    row = {
        "seq": seq,
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "terminal_id": terminal_id,
        "action": action,
        "target": target,
        "result": result,
        "detail": detail,
    }
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_hash(key: bytes, prev_hash: str, **fields: Any) -> str:
    return hmac_sm3(key, prev_hash.encode("ascii") + _canonical(**fields)).hex()


@dataclass(frozen=True, slots=True)
class VerifyReport:
    ok: bool
    rows_checked: int
    first_bad_seq: int | None = None
    problem: str = ""

    def raise_if_broken(self) -> None:
        if not self.ok:
            err = AuditChainBroken(
                self.problem,
                hint="保留当前数据库副本作为证据，从备份恢复，并核查该条前后的操作记录。",
            )
            err.first_bad_seq = self.first_bad_seq  # type: ignore[attr-defined]
            raise err


def _broken(seq: int, checked: int, why: str) -> VerifyReport:
    return VerifyReport(
        ok=False, rows_checked=checked, first_bad_seq=seq, problem=f"审计日志第{seq}条被修改或删除（{why}）"
    )


class AuditLog:
    """Appends to and verifies the chain; keyed with the audit subkey of the master key."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def append(
        self,
        session: Session,
        *,
        actor: str,
        terminal_id: str,
        action: str,
        target: str = "",
        result: str = "ok",
        detail: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> AuditEntry:
        at = (at or utc_now()).astimezone(UTC)
        clean_detail = scrub(dict(detail or {}))
        target = scrub(target)
        head = session.execute(
            sa.select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == _HEAD_ID).with_for_update()
        ).one_or_none()
        if head is None:
            raise StoreError(
                "审计日志链头缺失。", hint="数据库未正确迁移或被改动：运行 yimen audit verify 并从备份恢复。"
            )
        seq = head.seq + 1
        fields = dict(
            seq=seq,
            at=at,
            actor=actor,
            terminal_id=terminal_id,
            action=action,
            target=target,
            result=result,
            detail=clean_detail,
        )
        digest = chain_hash(self._key, head.hash, **fields)
        session.execute(sa.insert(AuditRow).values(prev_hash=head.hash, hash=digest, **fields))
        moved = session.execute(
            sa.update(AuditHead)
            .where(AuditHead.id == _HEAD_ID, AuditHead.seq == head.seq)
            .values(seq=seq, hash=digest)
            .execution_options(synchronize_session=False)
        ).rowcount
        if moved != 1:  # pragma: no cover - the row lock makes this impossible
            raise StoreError("审计日志并发写入冲突。", hint="重试该操作。")
        return AuditEntry(prev_hash=head.hash, hash=digest, **fields)

    def verify(self, session: Session, *, batch: int = 2000) -> VerifyReport:
        """Walk the chain from seq 1; report the first row that is missing, edited or out of place."""
        head = session.execute(
            sa.select(AuditHead.seq, AuditHead.hash).where(AuditHead.id == _HEAD_ID)
        ).one_or_none()
        if head is None:
            return VerifyReport(
                ok=False, rows_checked=0, first_bad_seq=1, problem="审计日志链头缺失（audit_head 被删除）"
            )
        t = AuditRow.__table__
        rows = session.execute(sa.select(t).order_by(t.c.seq).execution_options(yield_per=batch))
        expected_seq, prev_hash, checked = 1, GENESIS_HASH, 0
        for r in rows:
            if r.seq != expected_seq:
                return _broken(expected_seq, checked, f"缺少第{expected_seq}条")
            if r.prev_hash != prev_hash:
                return _broken(r.seq, checked, "与前一条不衔接")
            digest = chain_hash(
                self._key,
                prev_hash,
                seq=r.seq,
                at=r.at,
                actor=r.actor,
                terminal_id=r.terminal_id,
                action=r.action,
                target=r.target,
                result=r.result,
                detail=r.detail,
            )
            if digest != r.hash:
                return _broken(r.seq, checked, "内容与校验值不符")
            prev_hash, expected_seq, checked = r.hash, expected_seq + 1, checked + 1
        last_seq = expected_seq - 1
        if last_seq < head.seq:
            return _broken(last_seq + 1, checked, f"链头记录到第{head.seq}条，日志只到第{last_seq}条")
        if last_seq > head.seq or prev_hash != head.hash:
            return _broken(head.seq + 1 if last_seq > head.seq else max(head.seq, 1), checked, "与链头不符")
        return VerifyReport(ok=True, rows_checked=checked)

    def entries(
        self,
        session: Session,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        action: str | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        """Newest first, for the manager's work-log view."""
        q = sa.select(AuditRow).order_by(AuditRow.seq.desc()).limit(limit)
        if since is not None:
            q = q.where(AuditRow.at >= since)
        if until is not None:
            q = q.where(AuditRow.at < until)
        if actor is not None:
            q = q.where(AuditRow.actor == actor)
        if action is not None:
            q = q.where(AuditRow.action == action)
        return [
            AuditEntry(
                seq=r.seq,
                at=r.at,
                actor=r.actor,
                terminal_id=r.terminal_id,
                action=r.action,
                target=r.target,
                result=r.result,
                detail=r.detail,
                prev_hash=r.prev_hash,
                hash=r.hash,
            )
            for r in session.scalars(q)
        ]


class BoundAuditLog:
    """The audit log of one unit of work (``uow.audit``): same API without the session argument."""

    def __init__(self, log: AuditLog, session: Session) -> None:
        self._log = log
        self._session = session

    def append(
        self,
        *,
        actor: str,
        terminal_id: str,
        action: str,
        target: str = "",
        result: str = "ok",
        detail: dict[str, Any] | None = None,
        at: datetime | None = None,
    ) -> AuditEntry:
        return self._log.append(
            self._session,
            actor=actor,
            terminal_id=terminal_id,
            action=action,
            target=target,
            result=result,
            detail=detail,
            at=at,
        )

    def verify(self) -> VerifyReport:
        return self._log.verify(self._session)

    def entries(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        actor: str | None = None,
        action: str | None = None,
        limit: int = 200,
    ) -> list[AuditEntry]:
        return self._log.entries(
            self._session, since=since, until=until, actor=actor, action=action, limit=limit
        )
