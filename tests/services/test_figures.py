"""Manager figures computed by SQL aggregates over a small scripted day, checked by hand,
and their CSV/XLSX exports read back."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
import sqlalchemy as sa
from openpyxl import load_workbook

from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.errors import PermissionDenied, ValidationError
from shared.domain.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.domain.refusals import RefusalGrounds
from shared.services import cases, evaluations, figures, figures_export, followups, tickets
from shared.services.actor import Actor, Role
from shared.services.refusals import refuse_case
from tests.support.services import YOUNG_ID

LOW_INCOME = "11532822MB1611313W3000030040000"


@pytest.fixture
def manager() -> Actor:
    return Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")


def _serve(ctx, clock, actor, categories, *, wait_min: int, service_min: int):
    clock.advance(minutes=wait_min)
    t = tickets.call_next(ctx, actor=actor, categories=categories)
    tickets.start_serving(ctx, actor=actor, ticket_id=t.id)
    clock.advance(minutes=service_min)
    tickets.finish(ctx, actor=actor, ticket_id=t.id)
    return t


def _scripted_day(ctx, clock, clerk, chief, kiosk):
    # three general tickets and one social, issued at 10:00
    for cat in ("general", "general", "social", "general"):
        tickets.issue_ticket(ctx, category=cat, actor=kiosk)
    _serve(ctx, clock, clerk, ["general"], wait_min=10, service_min=6)  # wait 10, service 6
    _serve(ctx, clock, chief, ["social"], wait_min=4, service_min=8)  # wait 20, service 8
    clock.advance(minutes=6)  # 10:34
    gone = tickets.call_next(ctx, actor=clerk, categories=["general"])  # wait 34
    tickets.mark_no_show(ctx, actor=clerk, ticket_id=gone.id)
    # one accepted case with a bad review -> follow-up; one not accepted
    materials = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "收入证明", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 24)),
    ]
    applicant = cases.Applicant(ApplicantKind.PERSON, YOUNG_ID, "玉香")
    stored = cases.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=applicant, materials=materials
    )
    evaluations.evaluate_case(
        ctx,
        actor=kiosk,
        case_no=stored.case_no,
        level=EvaluationLevel.DISSATISFIED,
        channel=EvaluationChannel.COUNTER_DEVICE,
        reasons=(BadReviewReason.LONG_WAIT,),
    )
    cases.request_supplement(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=applicant, materials=materials[:1]
    )
    refuse_case(
        ctx,
        actor=clerk,
        item_code=LOW_INCOME,
        applicant=applicant,
        grounds=RefusalGrounds.OUTSIDE_POWERS,
        reason="申请人户籍在景洪市，应向户籍地申请",
        competent_authority="景洪市民政局",
    )
    return stored


def test_one_day_by_hand(ctx, clock, clerk, chief, kiosk, manager) -> None:
    stored = _scripted_day(ctx, clock, clerk, chief, kiosk)
    f = figures.hall_figures(ctx, actor=manager, start=ctx.today())
    t = f.totals
    assert (t.issued, t.called, t.served, t.no_show, t.open) == (4, 3, 2, 1, 1)
    assert t.avg_wait_min == round((10 + 20 + 34) / 3, 1) and t.max_wait_min == 34.0
    assert t.avg_service_min == 7.0
    by_cat = {c.key: c for c in f.by_category}
    assert by_cat["general"].label == "综合业务" and by_cat["general"].issued == 3
    assert (by_cat["social"].served, by_cat["social"].avg_service_min) == (1, 8.0)
    by_window = {w.key: w for w in f.by_window}
    assert (by_window["3"].served, by_window["3"].no_show) == (1, 1)
    assert by_window["3"].reviews == 1 and by_window["3"].bad_reviews == 1
    assert by_window[""].open == 1  # the ticket nobody called yet
    by_clerk = {c.key: c for c in f.by_clerk}
    assert by_clerk["clerk01"].served == 1 and by_clerk["chief01"].avg_service_min == 8.0
    series = {p.label: p.issued for p in f.series}
    assert series["10时"] == 4 and sum(series.values()) == 4
    # every opening hour of the demo hall's day, quiet ones too; no bars over the lunch break
    assert list(series) == [f"{h:02d}时" for h in (9, 10, 11, 14, 15, 16, 17)]
    assert f.evaluations.total == 1 and f.evaluations.bad == 1 and f.evaluations.followups_open == 1
    assert f.evaluations.satisfaction == 0.0
    assert (f.cases.accepted, f.cases.not_accepted, f.cases.overdue_now) == (1, 1, 0)
    # a 补正告知 is counted apart: it is not a refusal (行政许可法 第32条)
    assert f.cases.supplement_notices == 1
    assert f.sync.backlog > 0  # nothing was sent to the platform
    # the accepted case becomes overdue the day after its promised date
    clock.set(clock.now() + (stored.record.promised_date - ctx.today() + timedelta(days=1)))
    later = figures.hall_figures(ctx, actor=manager, start=ctx.today())
    assert later.cases.overdue_now == 1 and later.totals.issued == 0
    assert later.evaluations.followups_overdue == 1


def test_period_series_by_day_and_permission(ctx, clock, clerk, chief, kiosk, manager) -> None:
    _scripted_day(ctx, clock, clerk, chief, kiosk)
    clock.advance(days=1)
    tickets.issue_ticket(ctx, category="civil", actor=kiosk)
    f = figures.hall_figures(ctx, actor=manager, start=date(2026, 11, 16), end=date(2026, 11, 18))
    assert [(p.label, p.issued) for p in f.series] == [("2026-11-17", 4), ("2026-11-18", 1)]
    assert f.totals.issued == 5
    with pytest.raises(PermissionDenied):
        figures.hall_figures(ctx, actor=clerk, start=ctx.today())
    with pytest.raises(ValidationError):
        figures.hall_figures(ctx, actor=manager, start=date(2026, 11, 18), end=date(2026, 11, 1))


def test_exports_read_back(ctx, clock, clerk, chief, kiosk, manager, tmp_path) -> None:
    _scripted_day(ctx, clock, clerk, chief, kiosk)
    f = figures.hall_figures(ctx, actor=manager, start=ctx.today())
    csv_path = figures_export.export_csv(f, tmp_path / "figures.csv")
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    with csv_path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert ["【概况】"] in rows and ["取号", "4"] in rows
    general = next(r for r in rows if r and r[0] == "综合业务")
    assert general[1:4] == ["3", "2", "1"]
    xlsx = figures_export.export_xlsx(f, tmp_path / "figures.xlsx")
    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["概况", "按业务类别", "按窗口", "按工作人员", "趋势", "评价"]
    assert wb["按业务类别"]["A2"].value == "综合业务" and wb["按业务类别"]["B2"].value == 3
    assert len(wb["趋势"]._charts) == 1
    levels = {r[0].value: r[1].value for r in wb["评价"].iter_rows(min_row=2)}
    assert levels["不满意"] == 1 and levels["非常满意"] == 0


def test_followup_board_tracks_bad_reviews_to_closure(ctx, clock, clerk, chief, kiosk, manager) -> None:
    stored = _scripted_day(ctx, clock, clerk, chief, kiosk)
    board = followups.followup_board(ctx, actor=manager)
    assert len(board) == 1
    item = board[0]
    assert (item.case_no, item.level_label, item.reasons) == (stored.case_no, "不满意", ("排队等候时间长",))
    assert item.clerk == "clerk01" and item.window_no == 3 and not item.overdue
    with pytest.raises(PermissionDenied):
        followups.followup_board(ctx, actor=clerk)
    with pytest.raises(ValidationError, match="整改"):
        followups.settle_followup(ctx, actor=manager, followup_id=item.id, resolution="  ")
    clock.set(clock.now() + timedelta(days=40))
    assert followups.followup_board(ctx, actor=manager)[0].overdue
    followups.settle_followup(ctx, actor=manager, followup_id=item.id, resolution="已回访，增开午间窗口")
    assert followups.followup_board(ctx, actor=manager) == []
    closed = followups.followup_board(ctx, actor=manager, include_closed=True)
    assert closed[0].state == "closed" and closed[0].resolution.startswith("已回访")


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_a_period_reads_tickets_and_reviews_from_an_index_alone(
    ctx, clock, clerk, chief, kiosk, manager
) -> None:
    """A busy hall's year is 500,000 tickets: the figures read them, and the period's reviews,
    from covering indexes (migration 0016), with no look-up into the table for each row. Losing
    that costs the year's figures about a fifth (bench/results/year_figures_ab.json). SQLite's
    plan says it in words; PostgreSQL chooses by the table's size, so the check is SQLite's."""
    _scripted_day(ctx, clock, clerk, chief, kiosk)
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, parameters))

    engines = {id(e): e for e in (ctx.store.engine, ctx.store._read_engine)}.values()
    for engine in engines:
        sa.event.listen(engine, "before_cursor_execute", grab)
    try:
        figures.hall_figures(ctx, actor=manager, start=ctx.today() - timedelta(days=30), end=ctx.today())
        figures.hall_figures(ctx, actor=manager, start=ctx.today())  # one day: by the hour
    finally:
        for engine in engines:
            sa.event.remove(engine, "before_cursor_execute", grab)
    plans: dict[str, list[str]] = {"tickets": [], "evaluations": []}
    with ctx.store.engine.connect() as conn:
        for statement, parameters in seen:
            for table, lines in plans.items():
                if f"FROM {table}" in statement:
                    rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
                    lines.extend(row[3] for row in rows if f" {table} " in f" {row[3]} ")
    # the groups and the series of both periods; the three review counts of both periods
    assert len(plans["tickets"]) >= 4 and len(plans["evaluations"]) >= 6
    for table, lines in plans.items():
        assert all("COVERING INDEX" in line for line in lines), (table, lines)
