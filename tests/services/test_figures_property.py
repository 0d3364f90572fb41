"""The manager's figures agree with a brute-force count from the raw rows, over random hall
days (issue 12, point 9): terminals whose clocks disagree (a kiosk ahead of the counters),
no-shows, recalls, reviews of some visits. No wait or service time is negative, and every
rate has its denominator: a satisfaction rate only beside reviews, a no-show rate only
beside calls.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from offline_store.models import Evaluation as EvaluationRow
from offline_store.models import Ticket
from shared.domain.evaluations import EvaluationChannel, EvaluationLevel
from shared.domain.workdays import WorkingDayCalendar
from shared.services import evaluations, figures, tickets
from shared.services.actor import Actor, Role
from tests.support.services import TZ

CATEGORIES = ("general", "social", "civil")
WINDOWS = {1: ("general", "social"), 2: ("social", "civil"), 3: ("civil", "general")}
MANAGER = Actor(user="manager01", role=Role.MANAGER, terminal_id="T-0900")
KIOSK = Actor.kiosk("T-0101")
CAL = WorkingDayCalendar()
_days = itertools.count()


def _next_working_day() -> date:
    """Each example plays on a day of its own while they last (the store is shared by the
    examples); a day used again only adds rows that both counts see alike."""
    return CAL.add_working_days(date(2026, 1, 5), 1 + next(_days) % 180)


visit = st.tuples(
    st.integers(0, 130),  # minute after 9:10 the resident takes a number
    st.sampled_from(CATEGORIES),
    st.integers(-4, 6),  # how many minutes the kiosk's clock is ahead of the counters'
    st.sampled_from(["done", "done", "done", "no_show", "recall_done"]),
    st.sampled_from([None, None, 5, 4, 3, 2, 1]),  # the review given after a finished visit
)


def _clerk(no: int) -> Actor:
    return Actor(user=f"clerk{no:02d}", role=Role.CLERK, terminal_id=f"T-00{no:02d}", window_no=no)


def _play(ctx, clock, day: date, visits: list[tuple]) -> None:
    # from 9:10, so that a kiosk clock 4 minutes slow still issues inside the morning hours
    start = datetime(day.year, day.month, day.day, 9, 10, tzinfo=TZ)
    pending = sorted(visits, key=lambda v: v[0])
    busy: dict[int, tuple[str, datetime, str, int | None]] = {}
    plan: dict[str, tuple[str, int | None]] = {}
    t = start
    while t < start + timedelta(hours=3) and (pending or busy or _waiting(ctx)):
        called_any = False
        while pending and start + timedelta(minutes=pending[0][0]) <= t:
            _minute, category, skew, outcome, review = pending.pop(0)
            clock.set(t + timedelta(minutes=skew))  # the kiosk's own clock
            issued = tickets.issue_ticket(ctx, category=category, actor=KIOSK)
            plan[issued.ticket.id] = (outcome, review)
        clock.set(t)  # the counters' clock
        for no, cats in WINDOWS.items():
            actor = _clerk(no)
            if no in busy and busy[no][1] <= t:
                ticket_id, _end, outcome, review = busy.pop(no)
                tickets.finish(ctx, actor=actor, ticket_id=ticket_id)
                if review is not None:
                    evaluations.evaluate_ticket(
                        ctx,
                        actor=actor,
                        ticket_id=ticket_id,
                        level=EvaluationLevel(review),
                        channel=EvaluationChannel.COUNTER_DEVICE,
                        reasons=_reasons(review),
                    )
            if no in busy:
                continue
            called = tickets.call_next(ctx, actor=actor, categories=cats)
            if called is None:
                continue
            called_any = True
            outcome, review = plan[called.id]
            if outcome == "no_show":
                tickets.mark_no_show(ctx, actor=actor, ticket_id=called.id)
                continue
            if outcome == "recall_done":
                tickets.recall(ctx, actor=actor, ticket_id=called.id)
            tickets.start_serving(ctx, actor=actor, ticket_id=called.id)
            busy[no] = (called.id, t + timedelta(minutes=3 + len(called.id) % 5), outcome, review)
        # nothing called this minute: jump to the next arrival or the next window finishing
        nxt = [start + timedelta(minutes=pending[0][0])] if pending else []
        nxt += [end for _id, end, _o, _r in busy.values()]
        t = max(t + timedelta(minutes=1), min(nxt)) if nxt and not called_any else t + timedelta(minutes=1)


def _reasons(level: int):
    from shared.domain.evaluations import BadReviewReason

    return (BadReviewReason.LONG_WAIT,) if level <= 2 else ()


def _waiting(ctx) -> bool:
    return any(s.waiting for s in tickets.queue_status(ctx))


def _brute_force(ctx, day: date) -> dict:
    """The figures recomputed from every raw row in Python, with no SQL aggregation."""
    with ctx.unit_of_work(read_only=True) as uow:
        rows = uow.session.execute(sa.select(Ticket).where(Ticket.day == day)).scalars().all()
        since, until = ctx.local_day_bounds(day)
        reviews = (
            uow.session.execute(
                sa.select(EvaluationRow).where(
                    EvaluationRow.created_at >= since, EvaluationRow.created_at < until
                )
            )
            .scalars()
            .all()
        )
        category_of = {r.id: r.target_category or r.category for r in rows}
    out: dict = {"issued": Counter(), "served": Counter(), "no_show": Counter(), "called": Counter()}
    waits: dict[str, list[float]] = defaultdict(list)
    services: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        cat = r.category
        out["issued"][cat] += 1
        out["served"][cat] += r.state == "done"
        out["no_show"][cat] += r.state == "no_show"
        if r.called_at is not None:
            out["called"][cat] += 1
            waits[cat].append((r.called_at - r.issued_at).total_seconds())
        if r.state == "done":
            services[cat].append((r.finished_at - r.serving_at).total_seconds())
    out["waits"], out["services"] = waits, services
    out["reviews"] = Counter(category_of[e.target_no] for e in reviews if e.target_kind == "ticket")
    out["bad"] = Counter(
        category_of[e.target_no] for e in reviews if e.target_kind == "ticket" and e.level <= 2
    )
    return out


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(visits=st.lists(visit, min_size=1, max_size=10))
def test_figures_agree_with_a_brute_force_count(ctx, clock, visits):
    day = _next_working_day()
    _play(ctx, clock, day, visits)
    f = figures.hall_figures(ctx, actor=MANAGER, start=day)
    truth = _brute_force(ctx, day)
    for w in itertools.chain(*truth["waits"].values(), *truth["services"].values()):
        assert w >= 0, "a wait or a service time came out negative"
    by_cat = {c.key: c for c in f.by_category}
    assert set(by_cat) == set(truth["issued"])
    for cat, line in by_cat.items():
        assert line.issued == truth["issued"][cat]
        assert line.served == truth["served"][cat]
        assert line.no_show == truth["no_show"][cat]
        assert line.called == truth["called"][cat]
        waits = truth["waits"][cat]
        if waits:  # shown to 0.1 minute: the SQL sum and Python's may round a half differently
            assert abs(line.avg_wait_min - sum(waits) / len(waits) / 60) <= 0.05 + 1e-6
        else:
            assert line.avg_wait_min is None
        assert line.avg_wait_min is None or line.avg_wait_min >= 0
        assert line.max_wait_min is None or line.max_wait_min >= 0
        assert line.avg_service_min is None or line.avg_service_min >= 0
        assert line.reviews == truth["reviews"][cat] and line.bad_reviews == truth["bad"][cat]
        # every rate beside its denominator
        assert (line.satisfaction is None) == (line.reviews == 0)
        assert (line.no_show_rate is None) == (line.called == 0)
    assert f.totals.issued == sum(truth["issued"].values())
    assert f.totals.reviews == sum(truth["reviews"].values()) == f.evaluations.total
    assert (f.evaluations.satisfaction is None) == (f.evaluations.total == 0)
    assert sum(p.issued for p in f.series) == f.totals.issued
