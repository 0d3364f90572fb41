from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from shared.domain.errors import Conflict, HallClosed, InvalidIdentity, PermissionDenied, ValidationError
from shared.domain.tickets import Priority, TicketState
from shared.services import tickets as svc
from shared.services.actor import Actor, Role
from tests.support.services import ELDERLY_ID, TZ, YOUNG_ID


def test_elderly_card_gets_green_channel_and_goes_first(ctx, kiosk, clerk):
    first = svc.issue_ticket(ctx, category="general", actor=kiosk)
    second = svc.issue_ticket(ctx, category="general", actor=kiosk, id_number=YOUNG_ID, name="玉香")
    elder = svc.issue_ticket(ctx, category="general", actor=kiosk, id_number=ELDERLY_ID, name="岩温")
    assert [first.number, second.number, elder.number] == ["A001", "A002", "A003"]
    assert elder.ticket.priority is Priority.GREEN_ELDERLY
    assert elder.waiting_ahead == 0 and second.waiting_ahead == 1
    assert elder.priority_label == "老年人优先"
    called = svc.call_next(ctx, actor=clerk, categories=["general"])
    assert called is not None and called.number == "A003"
    assert svc.call_next(ctx, actor=clerk, categories=["general"]).number == "A001"


def test_second_ticket_for_same_person_and_category_is_refused_naming_the_first(ctx, kiosk):
    held = svc.issue_ticket(ctx, category="social", actor=kiosk, id_number=YOUNG_ID, name="玉香")
    with pytest.raises(Conflict) as err:
        svc.issue_ticket(ctx, category="social", actor=kiosk, id_number=YOUNG_ID, name="玉香")
    assert held.number in str(err.value)
    # another category is fine
    assert svc.issue_ticket(ctx, category="general", actor=kiosk, id_number=YOUNG_ID).number == "A001"


def test_closed_hall_says_when_it_opens(ctx, kiosk, clock):
    clock.set(datetime(2026, 11, 21, 20, 0, tzinfo=TZ))  # Saturday evening
    with pytest.raises(HallClosed) as err:
        svc.issue_ticket(ctx, category="general", actor=kiosk)
    assert err.value.opens_at == datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
    assert "11月23日" in str(err.value) and "自助" in err.value.hint


def test_national_day_holiday_is_closed_even_on_a_weekday(ctx, kiosk, clock):
    clock.set(datetime(2026, 10, 2, 10, 0, tzinfo=TZ))  # Friday in the Golden Week
    with pytest.raises(HallClosed):
        svc.issue_ticket(ctx, category="general", actor=kiosk)


def test_bad_input_is_refused_with_a_clear_error(ctx, kiosk):
    with pytest.raises(ValidationError, match="没有“nonsense”"):
        svc.issue_ticket(ctx, category="nonsense", actor=kiosk)
    with pytest.raises(InvalidIdentity):
        svc.issue_ticket(ctx, category="general", actor=kiosk, id_number="532822195601010011")
    with pytest.raises(ValidationError, match="优先"):
        svc.issue_ticket(ctx, category="general", actor=kiosk, declared_priority=Priority.NORMAL)
    assert [s.waiting for s in svc.queue_status(ctx) if s.category == "general"] == [0]


def test_window_flow_recall_serve_hold_resume_finish_and_status(ctx, kiosk, clerk, clock):
    t = svc.issue_ticket(ctx, category="general", actor=kiosk).ticket
    called = svc.call_next(ctx, actor=clerk, categories=["general"])
    assert called.id == t.id and called.window_no == 3
    assert svc.recall(ctx, actor=clerk, ticket_id=t.id).call_count == 2
    svc.start_serving(ctx, actor=clerk, ticket_id=t.id)
    assert svc.hold(ctx, actor=clerk, ticket_id=t.id).state is TicketState.HELD
    svc.resume(ctx, actor=clerk, ticket_id=t.id)
    clock.advance(timedelta(minutes=7))
    assert svc.finish(ctx, actor=clerk, ticket_id=t.id).state is TicketState.DONE
    general = next(s for s in svc.queue_status(ctx) if s.category == "general")
    assert (general.waiting, general.done) == (0, 1)
    assert svc.call_next(ctx, actor=clerk, categories=["general"]) is None


def test_transfer_sends_the_ticket_to_the_front_of_another_window(ctx, kiosk, clerk):
    a = svc.issue_ticket(ctx, category="general", actor=kiosk).ticket
    svc.issue_ticket(ctx, category="general", actor=kiosk)
    svc.call_next(ctx, actor=clerk, categories=["general"])
    svc.start_serving(ctx, actor=clerk, ticket_id=a.id)
    svc.transfer(ctx, actor=clerk, ticket_id=a.id, target_window=5)
    other = Actor(user="clerk05", role=Role.CLERK, terminal_id="T-0005", window_no=5)
    assert svc.call_next(ctx, actor=other, categories=["general"]).id == a.id
    # window 3 cannot take the ticket reserved for window 5, and gets the next one instead
    assert svc.call_next(ctx, actor=clerk, categories=["general"]).number == "A002"


def test_only_a_window_calls_and_only_when_bound_to_one(ctx, kiosk):
    svc.issue_ticket(ctx, category="general", actor=kiosk)
    with pytest.raises(PermissionDenied, match="叫号"):
        svc.call_next(ctx, actor=kiosk, categories=["general"])
    unbound = Actor(user="clerk09", role=Role.CLERK, terminal_id="T-0009")
    with pytest.raises(ValidationError, match="窗口"):
        svc.call_next(ctx, actor=unbound, categories=["general"])


def test_a_ticket_transferred_to_a_window_is_callable_there_whatever_its_category(ctx, kiosk, clerk):
    t = svc.issue_ticket(ctx, category="realty", actor=kiosk).ticket
    other = Actor(user="clerk06", role=Role.CLERK, terminal_id="T-0006", window_no=6)
    svc.call_next(ctx, actor=other, categories=["realty"])
    svc.start_serving(ctx, actor=other, ticket_id=t.id)
    svc.transfer(ctx, actor=other, ticket_id=t.id, target_window=3)
    # window 3 does not call 不动产 tickets, but this one was sent to it by name
    assert svc.call_next(ctx, actor=clerk, categories=["general"]).id == t.id


def test_a_window_sees_its_own_open_tickets_and_the_counts(ctx, kiosk, clerk):
    mine = svc.issue_ticket(ctx, category="general", actor=kiosk).ticket
    theirs = svc.issue_ticket(ctx, category="general", actor=kiosk).ticket
    svc.issue_ticket(ctx, category="social", actor=kiosk)
    other = Actor(user="clerk05", role=Role.CLERK, terminal_id="T-0005", window_no=5)
    svc.call_next(ctx, actor=clerk, categories=["general"])
    svc.call_next(ctx, actor=other, categories=["general"])
    svc.start_serving(ctx, actor=other, ticket_id=theirs.id)
    svc.hold(ctx, actor=other, ticket_id=theirs.id)
    q = svc.window_queue(ctx, actor=clerk)
    assert [(t.id, t.state) for t in q.mine] == [(mine.id, TicketState.CALLED)]
    assert [(t.id, t.state) for t in svc.window_queue(ctx, actor=other).mine] == [
        (theirs.id, TicketState.HELD)
    ]
    counts = {s.category: (s.waiting, s.called, s.serving) for s in q.status}
    assert counts["general"] == (0, 1, 1) and counts["social"] == (1, 0, 0)


def test_only_a_window_reads_its_queue(ctx, kiosk):
    with pytest.raises(PermissionDenied, match="叫号"):
        svc.window_queue(ctx, actor=kiosk)
    with pytest.raises(PermissionDenied, match="叫号"):
        svc.window_queue(ctx, actor=Actor.display("T-0900"))
    unbound = Actor(user="clerk09", role=Role.CLERK, terminal_id="T-0009")
    with pytest.raises(ValidationError, match="窗口"):
        svc.window_queue(ctx, actor=unbound)
