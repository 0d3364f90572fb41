"""The work log (工作日志): an append-only audit chain that shows any edit, deletion or insertion.

等保2.0 (GB/T 22239-2019) asks that audit records be protected from modification; a plain
table is not. Each row carries ``hash = HMAC-SM3(audit_key, prev_hash || canonical JSON of
the row)``, so changing a field, deleting a row, inserting one or swapping two breaks the
chain from that row on, and without the key nobody can recompute a consistent chain.

Each terminal appends to its own chain (``chain`` = its terminal id; "" is the hall chain of
writers without one and of every row written before migration 0006). One chain for the whole
hall made every write of forty windows wait on one row lock; per-terminal chains keep every
property above within a chain, and verification walks them all.

``detail`` must not carry personal data in clear: strings pass through
``shared.domain.masking.scrub_text`` when that module is available, otherwise through the small
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
from offline_store.hall.models import HallTerminalRow
from offline_store.models import AuditHead, AuditRow
from offline_store.records import AuditEntry
from offline_store.sqltypes import utc_now
from shared.domain.errors import AuditChainBroken, StoreError
from shared.domain.words import words

GENESIS_HASH = "0" * 64

# fallback only; shared.domain.masking owns the one masking rule (GB/T 35273-2020)
_ID_NUMBER = re.compile(r"(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")


def _fallback_scrub(text: str) -> str:
    text = _ID_NUMBER.sub(lambda m: m.group(1) + "********" + m.group(2)[-4:], text)
    return _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)


def _scrubber() -> Callable[[str], str]:
    try:
        from shared.domain.masking import scrub_text
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
    first_bad_chain: str | None = None

    def raise_if_broken(self) -> None:
        if not self.ok:
            err = AuditChainBroken(
                self.problem,
                hint="保留当前数据库副本作为证据，从备份恢复，并核查该条前后的操作记录。",
            )
            err.first_bad_seq = self.first_bad_seq  # type: ignore[attr-defined]
            err.first_bad_chain = self.first_bad_chain  # type: ignore[attr-defined]
            raise err


def _broken(chain: str, seq: int, checked: int, why: str) -> VerifyReport:
    return VerifyReport(
        ok=False,
        rows_checked=checked,
        first_bad_seq=seq,
        first_bad_chain=chain,
        problem=f"审计日志{_chain_label(chain)}第{seq}条被修改或删除（{why}）",
    )


def _forged(chain: str, seq: int, checked: int, writer: str, writer_terminal: str) -> VerifyReport:
    return VerifyReport(
        ok=False,
        rows_checked=checked,
        first_bad_seq=seq,
        first_bad_chain=chain,
        problem=(
            f"审计日志{_chain_label(chain)}第{seq}条不是该终端写入的：写入者是终端 {writer_terminal} "
            f"的数据库角色 {writer}（冒充其他终端）"
        ),
    )


_HASHED = ("seq", "at", "actor", "terminal_id", "action", "target", "result", "detail")


def _hashed_fields(row: Any) -> dict[str, Any]:
    """The fields of a stored row that its hash covers (see :func:`_canonical`)."""
    return {name: getattr(row, name) for name in _HASHED}


class _ChainWalk:
    """Checks one chain's rows in seq order against each other and, at the end, its head."""

    def __init__(self, key: bytes, chain: str, checked: int, writers: dict[str, str] | None = None) -> None:
        self._key = key
        self.chain = chain
        self.checked = checked
        self._expected_seq = 1
        self._prev_hash = GENESIS_HASH
        self._writers = writers or {}

    def step(self, r: sa.Row) -> VerifyReport | None:
        if r.seq != self._expected_seq:
            return _broken(self.chain, self._expected_seq, self.checked, f"缺少第{self._expected_seq}条")
        if r.prev_hash != self._prev_hash:
            return _broken(self.chain, r.seq, self.checked, "与前一条不衔接")
        digest = chain_hash(self._key, self._prev_hash, **_hashed_fields(r))
        if digest != r.hash:
            return _broken(self.chain, r.seq, self.checked, "内容与校验值不符")
        # every terminal holds the audit key, so a correctly chained row proves nothing about who
        # wrote it: the server's record of the writing role does (issue 15, point 7)
        writer_terminal = self._writers.get(r.written_by)
        if writer_terminal is not None and writer_terminal != self.chain:
            return _forged(self.chain, r.seq, self.checked, r.written_by, writer_terminal)
        self._prev_hash, self._expected_seq, self.checked = r.hash, self._expected_seq + 1, self.checked + 1
        return None

    def finish(self, head: tuple[int, str] | None) -> VerifyReport | None:
        last_seq = self._expected_seq - 1
        if head is None:
            return _broken(self.chain, last_seq, self.checked, "该链的链头缺失")
        head_seq, head_hash = head
        if last_seq < head_seq:
            return _broken(
                self.chain, last_seq + 1, self.checked, f"链头记录到第{head_seq}条，日志只到第{last_seq}条"
            )
        if last_seq > head_seq or self._prev_hash != head_hash:
            return _broken(
                self.chain,
                head_seq + 1 if last_seq > head_seq else max(head_seq, 1),
                self.checked,
                "与链头不符",
            )
        return None


_ROWS = AuditRow.__table__
_HEADS = AuditHead.__table__
_TERMINALS = sa.select(HallTerminalRow.role_name, HallTerminalRow.terminal_id)
# built once: a kiosk appends with every ticket, and compiling these per call cost more CPU than
# the database spent on them (issue 7's benchmark)
_LOCK_HEAD = (
    sa.select(_HEADS.c.seq, _HEADS.c.hash).where(_HEADS.c.chain == sa.bindparam("chain")).with_for_update()
)
_INSERT_ROW = sa.insert(_ROWS)
_MOVE_HEAD = (
    sa.update(_HEADS)
    .where(_HEADS.c.chain == sa.bindparam("b_chain"), _HEADS.c.seq == sa.bindparam("b_prev_seq"))
    .values(seq=sa.bindparam("b_seq"), hash=sa.bindparam("b_hash"))
)


def chain_of(terminal_id: str) -> str:
    """The chain a terminal appends to: its own id ("" is the hall chain, for writers without one)."""
    return terminal_id


def _chain_label(chain: str) -> str:
    return f"（终端 {chain}）" if chain else ""


def _terminal_roles(session: Session) -> dict[str, str]:
    """Hall mode's login roles and the terminal each is registered as (empty on a station: its
    rows carry no writer). Roles that are no terminal (the owner running migrations or
    ``hall init``) write where they must and are not checked."""
    return {r.role_name: r.terminal_id for r in session.execute(_TERMINALS)}


class AuditLog:
    """Appends to and verifies the chains; keyed with the audit subkey of the master key.

    Each terminal has its own chain (``audit_head`` holds one row per chain), so terminals never
    wait for each other to log; within a chain the head row is locked for the append
    (``SELECT … FOR UPDATE`` on PostgreSQL, the database lock of ``BEGIN IMMEDIATE`` on SQLite),
    so its seq numbers are dense and its hashes never fork, even when two processes share a
    terminal id.
    """

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
        chain = chain_of(terminal_id)
        conn = session.connection()
        head = conn.execute(_LOCK_HEAD, {"chain": chain}).one_or_none()
        if head is None:
            head = self._start_chain(session, chain)
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
        try:
            conn.execute(_INSERT_ROW, {"chain": chain, "prev_hash": head.hash, "hash": digest, **fields})
        except sa.exc.IntegrityError:
            # the row's (chain, seq) exists although its head said otherwise: the head was deleted
            # or reset (terminals may not read the log, so this is where they notice)
            raise StoreError(
                words("审计日志链头缺失或被改动{chain_label}。", chain_label=_chain_label(chain)),
                hint="数据库被改动：运行 yimen audit verify，保留数据库副本作为证据并从备份恢复。",
            ) from None
        moved = conn.execute(
            _MOVE_HEAD, {"b_chain": chain, "b_prev_seq": head.seq, "b_seq": seq, "b_hash": digest}
        ).rowcount
        if moved != 1:  # pragma: no cover - the row lock makes this impossible
            raise StoreError("审计日志并发写入冲突。", hint="重试该操作。")
        return AuditEntry(prev_hash=head.hash, hash=digest, chain=chain, **fields)

    def _start_chain(self, session: Session, chain: str) -> sa.Row:
        """The first append of a terminal creates its chain's head (a head deleted later shows up
        as the conflicting row insert in :meth:`append`)."""
        # the repositories package imports this module (for scrub): import its helper late
        from offline_store.repositories._base import dialect_insert

        conn = session.connection()
        # two processes with the same terminal id may both start it: the loser's insert does nothing
        new_head = dialect_insert(session, AuditHead).values(chain=chain, seq=0, hash=GENESIS_HASH)
        conn.execute(new_head.on_conflict_do_nothing(index_elements=["chain"]))
        return conn.execute(_LOCK_HEAD, {"chain": chain}).one()

    def verify(self, session: Session, *, batch: int = 2000) -> VerifyReport:
        """Walk every chain from seq 1; report the first row that is missing, edited or out of place."""
        heads = {r.chain: (r.seq, r.hash) for r in session.execute(sa.select(_HEADS))}
        writers = _terminal_roles(session)
        if "" not in heads:
            return VerifyReport(
                ok=False, rows_checked=0, first_bad_seq=1, problem="审计日志链头缺失（audit_head 被删除）"
            )
        rows = session.execute(
            sa.select(_ROWS).order_by(_ROWS.c.chain, _ROWS.c.seq).execution_options(yield_per=batch)
        )
        checked = 0
        walk: _ChainWalk | None = None
        for r in rows:
            if walk is None or r.chain != walk.chain:
                if walk is not None and (bad := walk.finish(heads.pop(walk.chain, None))):
                    return bad
                walk = _ChainWalk(self._key, r.chain, checked, writers)
            if bad := walk.step(r):
                return bad
            checked = walk.checked
        if walk is not None and (bad := walk.finish(heads.pop(walk.chain, None))):
            return bad
        for chain, (seq, _hash) in sorted(heads.items()):
            if seq > 0:  # a head that counts rows nobody can find: the whole chain was deleted
                return _broken(chain, 1, checked, f"链头记录到第{seq}条，日志一条也没有")
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
        q = sa.select(AuditRow).order_by(AuditRow.at.desc(), AuditRow.chain, AuditRow.seq.desc()).limit(limit)
        if since is not None:
            q = q.where(AuditRow.at >= since)
        if until is not None:
            q = q.where(AuditRow.at < until)
        if actor is not None:
            q = q.where(AuditRow.actor == actor)
        if action is not None:
            q = q.where(AuditRow.action == action)
        return [
            AuditEntry(chain=r.chain, prev_hash=r.prev_hash, hash=r.hash, **_hashed_fields(r))
            for r in session.scalars(q)
        ]

    def about(self, session: Session, *, target: str, action_prefix: str) -> list[AuditEntry]:
        """Every line naming ``target`` whose action starts with ``action_prefix``, oldest first:
        the history of one thing (a complaint's steps)."""
        q = (
            sa.select(AuditRow)
            .where(AuditRow.target == target, AuditRow.action.startswith(action_prefix, autoescape=True))
            .order_by(AuditRow.at, AuditRow.chain, AuditRow.seq)
        )
        return [
            AuditEntry(chain=r.chain, prev_hash=r.prev_hash, hash=r.hash, **_hashed_fields(r))
            for r in session.scalars(q)
        ]

    def has(self, session: Session, *, target: str, action: str) -> bool:
        """Whether any line records ``action`` on ``target`` (a result already handed over)."""
        q = sa.select(AuditRow.seq).where(AuditRow.target == target, AuditRow.action == action).limit(1)
        return session.execute(q).first() is not None


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

    def about(self, *, target: str, action_prefix: str) -> list[AuditEntry]:
        return self._log.about(self._session, target=target, action_prefix=action_prefix)

    def has(self, *, target: str, action: str) -> bool:
        return self._log.has(self._session, target=target, action=action)
