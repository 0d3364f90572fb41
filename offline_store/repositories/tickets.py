"""Queue tickets (排队号): gapless numbering per hall, category and day; exclusive calling."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime

import sqlalchemy as sa

from offline_store.dml import rows_changed
from offline_store.models import Ticket, TicketSequence
from offline_store.records import TicketRecord
from offline_store.repositories._base import Repository, dialect_insert, is_postgresql, new_id
from offline_store.sqltypes import utc_now
from shared.domain.errors import Conflict, NotFound, ValidationError
from shared.domain.tickets import (
    APPOINTMENT_GRACE,
    CALLABLE_STATES,
    OPEN_STATES,
    Priority,
    QueueEntry,
    TicketState,
    appointment_due,
    call_order_key,
    call_rank,
    may_call,
    ticket_number,
    transition,
)
from shared.domain.words import words

_CALLABLE = [s.value for s in CALLABLE_STATES]
_ISSUE_STATEMENTS: dict[str, tuple[sa.Executable, sa.Executable]] = {}


def _issue_statements(session) -> tuple[sa.Executable, sa.Executable]:
    """The two statements of an issue, built once per dialect with bound parameters: building
    and cache-keying them per call cost the kiosks more CPU than the server spent (issue 7)."""
    name = session.get_bind().dialect.name
    if name not in _ISSUE_STATEMENTS:
        seqs = TicketSequence.__table__
        upsert = dialect_insert(session, seqs).values(
            hall_code=sa.bindparam("s_hall"),
            category=sa.bindparam("s_category"),
            day=sa.bindparam("s_day"),
            last_seq=1,
        )
        upsert = upsert.on_conflict_do_update(
            index_elements=["hall_code", "category", "day"], set_={"last_seq": seqs.c.last_seq + 1}
        ).returning(seqs.c.last_seq)
        _ISSUE_STATEMENTS[name] = (upsert, sa.insert(Ticket.__table__))
    return _ISSUE_STATEMENTS[name]


class TicketRepository(Repository):
    def issue(
        self,
        *,
        hall_code: str,
        category: str,
        prefix: str,
        day: date,
        priority: Priority = Priority.NORMAL,
        priority_reason: str = "",
        person_id: str | None = None,
        appointment_at: datetime | None = None,
        terminal_id: str = "",
        at: datetime | None = None,
    ) -> TicketRecord:
        """Issue the next number of ``category`` for ``day`` (the hall's local date).

        The counter row is incremented and read in one upsert: PostgreSQL keeps its row lock
        until commit, SQLite's BEGIN IMMEDIATE serialises writers. So two kiosks never print
        the same number, and a rolled-back issue gives its number back (no gaps).
        """
        at = at or utc_now()
        if at.tzinfo is not None:  # a naive time is left to the column type, which refuses it
            at = at.astimezone(UTC)
        conn = self.session.connection()
        next_seq, insert_ticket = _issue_statements(self.session)
        seq: int = conn.execute(next_seq, {"s_hall": hall_code, "s_category": category, "s_day": day}).scalar_one()
        record = TicketRecord(
            id=new_id(),
            hall_code=hall_code,
            category=category,
            day=day,
            seq=seq,
            number=ticket_number(prefix, seq),
            state=TicketState.WAITING,
            priority=Priority(priority),
            issued_at=at,
            priority_reason=priority_reason,
            person_id=person_id,
            appointment_at=appointment_at,
            terminal_id=terminal_id,
        )
        # the record is what was written (no read back): issuing is the hall's hottest write
        conn.execute(
            insert_ticket,
            {
                "id": record.id,
                "hall_code": hall_code,
                "category": category,
                "day": day,
                "seq": seq,
                "number": record.number,
                "state": record.state.value,
                "priority": int(record.priority),
                "priority_reason": priority_reason,
                "person_id": person_id,
                "appointment_at": appointment_at,
                "issued_at": at,
                "call_count": 0,
                "served_by": "",
                "terminal_id": terminal_id,
            },
        )
        return record

    # ------------------------------------------------------------------ calling
    def waiting_entries(
        self, *, hall_code: str, day: date, categories: Iterable[str] | None = None
    ) -> list[QueueEntry]:
        """Callable tickets (waiting or transferred) as :class:`QueueEntry`, in calling order for ``now``."""
        # only the columns the calling order needs, not ORM objects: every call of every window
        # reads the whole waiting list, and in a county hall it is hundreds long (issue 7)
        q = sa.select(*_ENTRY_COLUMNS).where(
            Ticket.hall_code == hall_code, Ticket.day == day, Ticket.state.in_(_CALLABLE)
        )
        if categories is not None:
            cats = list(categories)
            q = q.where(sa.func.coalesce(Ticket.target_category, Ticket.category).in_(cats))
        q = q.order_by(Ticket.issued_at, Ticket.seq)
        return [_entry(r) for r in self.session.execute(q)]

    def waiting_ahead(self, ticket: TicketRecord, *, now: datetime) -> int:
        """How many callable tickets of the ticket's category a window would call before it.

        The same order as :func:`shared.domain.tickets.call_order_key`, counted by the database in a
        handful of groups instead of reading the whole waiting list: a kiosk asks this with
        every ticket it prints, and at opening time the list is hundreds long (issue 7).
        """
        rows = self.session.execute(
            _AHEAD_GROUPS,
            {
                "a_hall": ticket.hall_code,
                "a_day": ticket.day,
                "a_category": ticket.category,
                "a_id": ticket.id,
                "a_issued_at": ticket.issued_at,
                "a_seq": ticket.seq,
                "a_due_by": now + APPOINTMENT_GRACE,
            },
        )
        mine = call_rank(
            ticket.state,
            ticket.priority,
            ticket.appointment_at is not None and appointment_due(ticket.appointment_at, now=now),
        )
        ahead = 0
        for r in rows:
            rank = call_rank(TicketState(r.state), Priority(r.priority), bool(r.due))
            if rank < mine or (rank == mine and r.earlier):
                ahead += r.n
        return ahead

    def claim(self, *, ticket_id: str, window_no: int, at: datetime | None = None) -> TicketRecord:
        """Call this ticket to ``window_no`` unless another window already has it.

        A conditional UPDATE (only from waiting/transferred, only if not reserved for another
        window) decides: the loser sees 0 rows and gets :class:`Conflict`. On PostgreSQL a
        concurrent claimer waits for the winner's commit and then re-checks the condition.
        """
        at = at or utc_now()
        # a call never precedes the issue: a counter whose clock is behind the kiosk's would
        # record a negative wait (issue 12 found −18 minutes on the figures page)
        at_param = sa.bindparam("claim_at", at, type_=Ticket.issued_at.type)
        called_at = sa.case((Ticket.issued_at > at_param, Ticket.issued_at), else_=at_param)
        done = rows_changed(self.session.execute(
            sa.update(Ticket)
            .where(
                Ticket.id == ticket_id,
                Ticket.state.in_(_CALLABLE),
                sa.or_(Ticket.target_window.is_(None), Ticket.target_window == window_no),
            )
            .values(
                state=TicketState.CALLED.value,
                window_no=window_no,
                called_at=called_at,
                call_count=Ticket.call_count + 1,
            )
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            current = self.find(ticket_id)
            if current is None:
                raise NotFound(words("找不到号票 {ticket_id}。", ticket_id=ticket_id))
            raise Conflict(words("{number}号已被其他窗口叫号或不在等候中。", number=current.number), hint="请叫下一位。")
        return self.get(ticket_id)

    def claim_next(
        self,
        *,
        hall_code: str,
        day: date,
        categories: Iterable[str],
        window_no: int,
        now: datetime | None = None,
    ) -> TicketRecord | None:
        """Call the next ticket this window may serve (shared.domain.tickets.call_order_key), or ``None``.

        Candidates are tried in calling order; one that another window just took is skipped.
        On PostgreSQL ``FOR UPDATE SKIP LOCKED`` skips a candidate that another window is
        claiming right now instead of waiting for it.
        """
        now = now or utc_now()
        cats = set(categories)
        # not filtered by category in SQL: a ticket transferred to this very window is callable
        # here whatever its category (shared.domain.tickets.may_call, the rule pick_next uses too)
        entries = [
            e
            for e in self.waiting_entries(hall_code=hall_code, day=day)
            if may_call(e, categories=cats, window_no=window_no)
        ]
        entries.sort(key=lambda e: call_order_key(e, now=now))
        for entry in entries:
            if is_postgresql(self.session):
                free = self.session.execute(
                    sa.select(Ticket.id)
                    .where(Ticket.id == entry.ticket_id, Ticket.state.in_(_CALLABLE))
                    .with_for_update(skip_locked=True)
                ).scalar_one_or_none()
                if free is None:
                    continue
            try:
                return self.claim(ticket_id=entry.ticket_id, window_no=window_no, at=now)
            except Conflict:
                continue
        return None

    def update_state(
        self,
        *,
        ticket_id: str,
        to_state: TicketState,
        window_no: int | None = None,
        served_by: str | None = None,
        target_window: int | None = None,
        target_category: str | None = None,
        at: datetime | None = None,
    ) -> TicketRecord:
        """Any other move of the ticket state machine (shared.domain.tickets.transition).

        called→called is a recall (call count +1); →serving records who serves; →done/no_show
        closes the ticket; →transferred puts it back in the queue for ``target_window`` and/or
        ``target_category``. Optimistic: fails with Conflict if the state changed meanwhile.
        """
        at = at or utc_now()
        current = self.get(ticket_id)
        transition(current.state, to_state)
        values: dict[str, object] = {"state": to_state.value}
        # each step is at or after the one before it, whatever the clocks of the terminals say
        # (kiosk, counter and display are different PCs): no negative wait or service time
        floor = max(t for t in (current.issued_at, current.called_at, current.serving_at) if t is not None)
        at = max(at, floor)
        if to_state is TicketState.CALLED:
            values.update(called_at=at, call_count=Ticket.call_count + 1)
            if window_no is not None:
                values["window_no"] = window_no
        elif to_state is TicketState.SERVING:
            values["serving_at"] = at
            if served_by is not None:
                values["served_by"] = served_by
            if window_no is not None:
                values["window_no"] = window_no
        elif to_state in (TicketState.DONE, TicketState.NO_SHOW):
            values["finished_at"] = at
        elif to_state is TicketState.TRANSFERRED:
            if target_window is None and target_category is None:
                raise ValidationError("转移号票时须指定目标窗口或业务类别。")
            values.update(target_window=target_window, window_no=None)
            if target_category is not None:
                values["target_category"] = target_category
        done = rows_changed(self.session.execute(
            sa.update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.state == current.state.value)
            .values(**values)
            .execution_options(synchronize_session=False)
        ))
        if done != 1:
            raise Conflict(words("{number}号的状态刚被其他窗口改变。", number=current.number), hint="请刷新排队列表后再操作。")
        return self.get(ticket_id)

    # ------------------------------------------------------------------ reading
    def find(self, ticket_id: str) -> TicketRecord | None:
        row = self.session.execute(
            sa.select(Ticket).where(Ticket.id == ticket_id).execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return _record(row) if row is not None else None

    def get(self, ticket_id: str) -> TicketRecord:
        found = self.find(ticket_id)
        if found is None:
            raise NotFound(words("找不到号票 {ticket_id}。", ticket_id=ticket_id))
        return found

    def find_by_number(self, *, hall_code: str, day: date, number: str) -> TicketRecord | None:
        row = self.session.execute(
            sa.select(Ticket)
            .where(Ticket.hall_code == hall_code, Ticket.day == day, Ticket.number == number)
            .execution_options(populate_existing=True)
        ).scalar_one_or_none()
        return _record(row) if row is not None else None

    def open_ticket_for(
        self, *, person_id: str, hall_code: str, day: date, category: str | None = None
    ) -> TicketRecord | None:
        """The person's ticket still in the queue today (one person, one open ticket per category)."""
        q = sa.select(Ticket).where(
            Ticket.person_id == person_id,
            Ticket.hall_code == hall_code,
            Ticket.day == day,
            Ticket.state.in_([s.value for s in OPEN_STATES]),
        )
        if category is not None:
            q = q.where(Ticket.category == category)
        row = self.session.execute(q.order_by(Ticket.issued_at).limit(1)).scalar_one_or_none()
        return _record(row) if row is not None else None

    def list_for_day(
        self, *, hall_code: str, day: date, states: Iterable[TicketState] | None = None
    ) -> list[TicketRecord]:
        q = sa.select(Ticket).where(Ticket.hall_code == hall_code, Ticket.day == day)
        if states is not None:
            q = q.where(Ticket.state.in_([s.value for s in states]))
        q = q.order_by(Ticket.issued_at, Ticket.category, Ticket.seq).execution_options(
            populate_existing=True
        )
        return [_record(r) for r in self.session.scalars(q)]

    def service_times(
        self, *, hall_code: str, day: date, category: str
    ) -> list[tuple[datetime, datetime, int | None]]:
        """(serving_at, finished_at, window) of the category's finished tickets today, for wait
        estimates: only these three columns, since a kiosk asks with every ticket it prints."""
        params = {"s_hall": hall_code, "s_day": day, "s_category": category}
        return [
            (r.serving_at, r.finished_at, r.window_no) for r in self.session.execute(_SERVICE_TIMES, params)
        ]

    def recently_called(self, *, hall_code: str, day: date, limit: int = 10) -> list[TicketRecord]:
        """For the hall display board: latest calls first. Calls made at the same instant come
        in one fixed order (by ticket id), so the board's "latest" does not flip between reads."""
        q = (
            sa.select(Ticket)
            .where(Ticket.hall_code == hall_code, Ticket.day == day, Ticket.called_at.is_not(None))
            .order_by(Ticket.called_at.desc(), Ticket.id.desc())
            .limit(limit)
            .execution_options(populate_existing=True)
        )
        return [_record(r) for r in self.session.scalars(q)]

    def counts(self, *, hall_code: str, day: date) -> dict[str, dict[TicketState, int]]:
        """category -> state -> number of tickets (queue status, hall display)."""
        rows = self.session.execute(
            sa.select(Ticket.category, Ticket.state, sa.func.count())
            .where(Ticket.hall_code == hall_code, Ticket.day == day)
            .group_by(Ticket.category, Ticket.state)
        )
        out: dict[str, dict[TicketState, int]] = {}
        for category, state, n in rows:
            out.setdefault(category, {})[TicketState(state)] = n
        return out


def _ahead_groups() -> sa.Select:
    """Callable tickets of one category grouped by what decides their rank and by whether they
    came before a given ticket (issue time, daily number, id: the order's tie-breaks)."""
    issued_at = sa.bindparam("a_issued_at", type_=Ticket.issued_at.type)
    seq = sa.bindparam("a_seq", type_=Ticket.seq.type)
    ticket_id = sa.bindparam("a_id", type_=Ticket.id.type)
    due = sa.and_(
        Ticket.appointment_at.is_not(None),
        Ticket.appointment_at <= sa.bindparam("a_due_by", type_=Ticket.appointment_at.type),
    )
    earlier = sa.or_(
        Ticket.issued_at < issued_at,
        sa.and_(
            Ticket.issued_at == issued_at,
            sa.or_(Ticket.seq < seq, sa.and_(Ticket.seq == seq, Ticket.id < ticket_id)),
        ),
    )
    due_col = sa.case((due, 1), else_=0).label("due")
    earlier_col = sa.case((earlier, 1), else_=0).label("earlier")
    return (
        sa.select(Ticket.state, Ticket.priority, due_col, earlier_col, sa.func.count().label("n"))
        .where(
            Ticket.hall_code == sa.bindparam("a_hall"),
            Ticket.day == sa.bindparam("a_day"),
            Ticket.state.in_(_CALLABLE),
            sa.func.coalesce(Ticket.target_category, Ticket.category) == sa.bindparam("a_category"),
            Ticket.id != ticket_id,
        )
        .group_by(Ticket.state, Ticket.priority, due_col, earlier_col)
    )


# built once: every printed ticket runs them (issue 7)
_AHEAD_GROUPS = _ahead_groups()
_SERVICE_TIMES = sa.select(Ticket.serving_at, Ticket.finished_at, Ticket.window_no).where(
    Ticket.hall_code == sa.bindparam("s_hall"),
    Ticket.day == sa.bindparam("s_day"),
    Ticket.category == sa.bindparam("s_category"),
    Ticket.state == TicketState.DONE.value,
    Ticket.serving_at.is_not(None),
    Ticket.finished_at.is_not(None),
)

_ENTRY_COLUMNS = (
    Ticket.id,
    Ticket.category,
    Ticket.target_category,
    Ticket.state,
    Ticket.priority,
    Ticket.issued_at,
    Ticket.seq,
    Ticket.appointment_at,
    Ticket.target_window,
    Ticket.number,
)


def _entry(r: sa.Row) -> QueueEntry:
    return QueueEntry(
        ticket_id=r.id,
        category=r.target_category or r.category,
        state=TicketState(r.state),
        priority=Priority(r.priority),
        issued_at=r.issued_at,
        seq=r.seq,
        appointment_at=r.appointment_at,
        target_window=r.target_window,
        number=r.number,
    )


def _record(r: Ticket) -> TicketRecord:
    return TicketRecord(
        id=r.id,
        hall_code=r.hall_code,
        category=r.category,
        day=r.day,
        seq=r.seq,
        number=r.number,
        state=TicketState(r.state),
        priority=Priority(r.priority),
        issued_at=r.issued_at,
        priority_reason=r.priority_reason,
        person_id=r.person_id,
        appointment_at=r.appointment_at,
        called_at=r.called_at,
        call_count=r.call_count,
        window_no=r.window_no,
        target_window=r.target_window,
        target_category=r.target_category,
        served_by=r.served_by,
        serving_at=r.serving_at,
        finished_at=r.finished_at,
        terminal_id=r.terminal_id,
    )
