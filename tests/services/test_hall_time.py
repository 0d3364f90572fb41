"""One timetable behind ticket issuing, the status line and ``yimen hours``, over a real store
(SQLite and PostgreSQL): the demo hall's lunch break, Saturday morning, per-window hours and
the manager's closures (issue 12, point 2)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from shared.domain.errors import HallClosed, NotFound, PermissionDenied, ValidationError
from shared.services import hall_time, tickets
from shared.services.actor import Actor, Role
from tests.support.services import TZ

MANAGER = Actor(user="manager01", role=Role.MANAGER, terminal_id="T-0900")


def test_tickets_follow_the_lunch_break(ctx, kiosk, clock):
    clock.set(datetime(2026, 11, 17, 12, 30, tzinfo=TZ))
    with pytest.raises(HallClosed) as e:
        tickets.issue_ticket(ctx, category="general", actor=kiosk)
    assert "午间休息" in str(e.value) and e.value.opens_at == datetime(2026, 11, 17, 14, 30, tzinfo=TZ)
    clock.set(datetime(2026, 11, 17, 17, 15, tzinfo=TZ))  # the demo hall works until 17:30
    assert tickets.issue_ticket(ctx, category="general", actor=kiosk).number == "A001"


def test_saturday_morning_issues_for_the_open_windows_only(ctx, kiosk, clock):
    clock.set(datetime(2026, 11, 21, 9, 30, tzinfo=TZ))
    status = hall_time.hall_status(ctx)
    assert status.is_open and status.extended and "延时服务" in status.describe()
    assert tickets.issue_ticket(ctx, category="household", actor=kiosk).number == "D001"
    with pytest.raises(HallClosed) as e:
        tickets.issue_ticket(ctx, category="realty", actor=kiosk)
    assert "不动产登记窗口现在不办理" in str(e.value)
    assert e.value.opens_at == datetime(2026, 11, 23, 9, 0, tzinfo=TZ)


def test_a_late_ticket_warns_that_the_windows_may_not_finish(ctx, kiosk, clock):
    clock.set(datetime(2026, 11, 17, 17, 0, tzinfo=TZ))
    first = tickets.issue_ticket(ctx, category="social", actor=kiosk)
    assert first.late_warning == ""
    for _ in range(5):
        last = tickets.issue_ticket(ctx, category="social", actor=kiosk)
    # 5 ahead at the default 6 minutes each: past 17:30
    assert last.waiting_ahead == 5 and "17:30结束办理" in last.late_warning


def test_the_managers_closure_stops_tickets_and_can_be_lifted(ctx, kiosk, clock):
    clock.set(datetime(2026, 11, 17, 10, 0, tzinfo=TZ))
    closure = hall_time.close_temporarily(
        ctx,
        actor=MANAGER,
        starts_at=datetime(2026, 11, 17, 9, 30, tzinfo=TZ),
        ends_at=datetime(2026, 11, 17, 11, 0, tzinfo=TZ),
        reason="社保系统升级",
        category="social",
    )
    with pytest.raises(HallClosed) as e:
        tickets.issue_ticket(ctx, category="social", actor=kiosk)
    assert "社保系统升级" in str(e.value) and e.value.opens_at == datetime(2026, 11, 17, 11, 0, tzinfo=TZ)
    assert tickets.issue_ticket(ctx, category="general", actor=kiosk).number == "A001"
    plan = hall_time.day_plan(ctx, day=date(2026, 11, 17))
    assert [c["reason"] for c in plan.as_json()["closures"]] == ["社保系统升级"]
    hall_time.cancel_closure(ctx, actor=MANAGER, closure_id=closure.id)
    assert tickets.issue_ticket(ctx, category="social", actor=kiosk).number == "B001"
    with pytest.raises(NotFound):
        hall_time.cancel_closure(ctx, actor=MANAGER, closure_id=closure.id)


def test_closures_are_the_managers_and_bad_ones_are_refused(ctx, clerk):
    start = datetime(2026, 11, 17, 14, 0, tzinfo=TZ)
    end = datetime(2026, 11, 17, 15, 0, tzinfo=TZ)
    with pytest.raises(PermissionDenied):
        hall_time.close_temporarily(ctx, actor=clerk, starts_at=start, ends_at=end, reason="x")
    for kwargs, words in [
        ({"starts_at": end, "ends_at": start, "reason": "停电"}, "早于"),
        ({"starts_at": start, "ends_at": end, "reason": " "}, "原因"),
        ({"starts_at": start, "ends_at": end, "reason": "停电", "window_no": 42}, "42号窗口"),
        ({"starts_at": start, "ends_at": end, "reason": "停电", "category": "nope"}, "nope"),
        ({"starts_at": start.replace(tzinfo=None), "ends_at": end, "reason": "停电"}, "时区"),
        ({"starts_at": start, "ends_at": start.replace(year=2027), "reason": "停电"}, "60天"),
    ]:
        with pytest.raises(ValidationError) as e:
            hall_time.close_temporarily(ctx, actor=MANAGER, **kwargs)
        assert words in str(e.value), words


def test_one_schedule_text_for_board_guides_and_points(ctx):
    from kiosk_app.guide_text import where
    from shared.domain.catalog.guide_lines import item_hours_text

    catalog = ctx.catalog()
    text = hall_time.schedule_text(ctx)
    assert text.startswith("周一至周五 9:00—12:00、14:30—17:30；周六 9:00—12:00（延时服务）")
    assert text == catalog.point(ctx.settings.hall.code).hours_text
    item = next(i for i in catalog.items.values() if i.service_points[:1] == (ctx.settings.hall.code,))
    assert item_hours_text(item, catalog) == text
    assert f"时间：{text}" in where(item, catalog)
