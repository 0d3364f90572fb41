"""The hall's rules, each played on its day after the scripted Tuesday (issue 12): a 补正 whose
promised date moves, a 不予受理 with its printed notice, a Saturday morning of 延时服务.

Every scene goes through the same use cases the counter and the kiosk call; the clock moves
from day to day as a real week would.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.errors import Conflict, HallClosed
from shared.domain.refusals import RefusalGrounds
from shared.services import accounts, case_clock, cases, complaints, first_asks, hall_time, tickets
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.refusals import refuse_case
from shared.services.slips import acceptance_receipt, one_time_notice

LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认: 承诺件, 20 working days
WINDOW = Actor(user="chief01", role=Role.CHIEF, terminal_id="T-0001", window_no=1)
BACK_OFFICE = Actor.system("T-SYNC")
HELPER = Actor(user="helper09", role=Role.HELPER, terminal_id="T-0009", window_no=9)
# the staff the 首问 scene hands matters between (a hand-over names a real account)
_SCENE_STAFF = (("chief01", "岩温", Role.CHIEF), ("helper09", "玉香", Role.HELPER))

Say = Callable[[datetime, str], None]
Print = Callable[[str, object, str], None]


def _at(clock: ManualClock, tz: Any, day: date, hh: int, mm: int = 0) -> datetime:
    clock.set(datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz))
    return clock.now()


def _low_income(kind: str) -> list[MaterialReceipt]:
    full = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "家庭成员收入情况说明", ReceiptMethod.PAPER_ORIGINAL),
    ]
    return full if kind == "full" else full[:2]


def play_rules(
    ctx: HallContext,
    clock: ManualClock,
    *,
    first_day: date,
    applicant_ids: list[tuple[str, str]],
    say: Say,
    print_slip: Print,
    counts: Any,
) -> dict[str, Any]:
    """Play the scenes on the days after ``first_day``; returns what the summary shows."""
    tz = ctx.tz
    out: dict[str, Any] = {}
    (id_a, name_a), (id_b, name_b) = applicant_ids[:2]

    # Wednesday: a 补正告知 at the window (not a refusal), then the applicant comes back
    wed = date.fromordinal(first_day.toordinal() + 1)
    now = _at(clock, tz, wed, 9, 40)
    told, check = cases.request_supplement(
        ctx,
        actor=WINDOW,
        item_code=LOW_INCOME,
        applicant=cases.Applicant(ApplicantKind.PERSON, id_a, name_a),
        materials=_low_income("partial"),
    )
    print_slip("one_time_notice", one_time_notice(ctx, told, check), f"notice-{told.case_no}")
    say(
        now,
        f"1号窗口: 低保申请材料不齐，补正告知 {len(check.problems)} 项，办件 {told.case_no} 待补正（不计为不予受理）",
    )
    counts["rules_supplement_told"] += 1

    # the same Wednesday: a matter outside the hall's powers is 不予受理, with its notice
    now = _at(clock, tz, wed, 10, 15)
    refusal = refuse_case(
        ctx,
        actor=WINDOW,
        item_code=LOW_INCOME,
        applicant=cases.Applicant(ApplicantKind.PERSON, id_b, name_b),
        grounds=RefusalGrounds.OUTSIDE_POWERS,
        reason="申请人户籍在景洪市，最低生活保障由户籍所在地审核确认。",
        competent_authority="景洪市民政局（或户籍所在地乡镇人民政府）",
    )
    print_slip("not_accepted_notice", refusal.notice, f"refusal-{refusal.case.case_no}")
    say(
        now,
        f"1号窗口: 不予受理（{refusal.notice.reason[:14]}…），打印不予受理通知书 {refusal.notice.notice_no}",
    )
    counts["rules_not_accepted"] += 1
    out["not_accepted"] = {"case_no": refusal.case.case_no, "notice_no": refusal.notice.notice_no}

    # the same Wednesday: 首问负责. A resident asks window 1 about an errand another window
    # handles; the clerk registers it and hands it over in writing; a kiosk's 呼叫帮办 is taken
    # by the helper as 首问 and closed when the resident is helped
    for user, name, role in _SCENE_STAFF:
        try:
            accounts.create_account(
                ctx,
                actor=Actor.system("demo"),
                username=user,
                display_name=name,
                role=role,
                password="Demo#Hall2026",
            )
        except Conflict:
            pass  # the hall already has them
    now = _at(clock, tz, wed, 10, 40)
    asked = first_asks.record_first_ask(
        ctx, actor=WINDOW, summary="问父亲去世后养老金停发和丧葬补助金怎么领", id_number=id_b, name=name_b
    )
    say(now, f"1号窗口: 首问登记 {asked.ask_no}（{asked.kind_label}），由 {asked.owner} 负责")
    now = _at(clock, tz, wed, 10, 48)
    moved = first_asks.hand_over_first_ask(
        ctx, actor=WINDOW, ask_no=asked.ask_no, to_user=HELPER.user, note="身后一件事，请帮办员陪同到社保窗口"
    )
    say(now, f"1号窗口: {asked.ask_no} 书面移交帮办代办员 {moved.owner_name}（移交{moved.handovers}次）")
    now = _at(clock, tz, wed, 11, 5)
    request = complaints.request_help(
        ctx, actor=Actor.kiosk("T-0101"), reason="不会用读卡器", terminal_name="1号自助机（大厅入口）"
    )
    helped = first_asks.take_help_request(ctx, actor=HELPER, request_id=request.id)
    now = _at(clock, tz, wed, 11, 15)
    closed = first_asks.close_first_ask(
        ctx, actor=HELPER, ask_no=helped.ask_no, outcome="已帮老人刷卡查询，办件进度已告知"
    )
    say(now, f"帮办代办员: 接手自助机求助 {helped.ask_no}，{closed.state_label}（用时{closed.age_label}）")
    counts["first_asks"] += 2
    counts["first_asks_handed_over"] += 1
    counts["first_asks_closed"] += 1
    out["first_asks"] = {
        "handed_over": asked.ask_no,
        "owner": moved.owner,
        "closed": closed.ask_no,
        "closed_after": closed.age_label,
    }

    # Thursday: the materials come, the case is accepted; the back office asks for 补正 later
    thu = date.fromordinal(wed.toordinal() + 1)
    now = _at(clock, tz, thu, 9, 20)
    accepted = case_clock.receive_supplement(
        ctx,
        actor=WINDOW,
        case_no=told.case_no,
        materials=case_clock.supplement_receipts(ctx, case_no=told.case_no),
    )
    print_slip("acceptance_receipt", acceptance_receipt(ctx, accepted), f"receipt-{accepted.case_no}")
    before = accepted.record.promised_date
    say(now, f"1号窗口: 补正材料收齐，受理 {accepted.case_no}，承诺 {before} 办结")
    now = _at(clock, tz, thu, 15, 0)
    cases.record_decision(
        ctx,
        actor=BACK_OFFICE,
        case_no=accepted.case_no,
        to_state=CaseState.SUPPLEMENT_REQUESTED,
        note="审批部门要求补正",
        missing=["户口簿全部成员页复印件"],
    )
    stopped = case_clock.case_clock(ctx, case_no=accepted.case_no)
    say(now, f"县民政局: 办件 {accepted.case_no} 要求补正，{stopped.status_text}")

    # Saturday: 延时服务 in the morning, only the windows that keep Saturday hours
    sat = date.fromordinal(thu.toordinal() + 2)
    now = _at(clock, tz, sat, 9, 30)
    status = hall_time.hall_status(ctx)
    say(now, f"周六: {status.describe()}")
    kiosk = Actor.kiosk("T-0101")
    issued = tickets.issue_ticket(ctx, category="household", actor=kiosk)
    say(now, f"周六自助机取号 {issued.number}（{issued.category_name}）")
    counts["saturday_tickets"] += 1
    try:
        tickets.issue_ticket(ctx, category="realty", actor=kiosk)
    except HallClosed as e:
        say(now, f"周六自助机: {e.message}")
        counts["saturday_refused"] += 1
    out["saturday"] = {"status": status.describe(), "ticket": issued.number}

    # the next Tuesday: the 补正 materials arrive, the clock runs again and the date moves
    tue = date.fromordinal(sat.toordinal() + 3)
    now = _at(clock, tz, tue, 10, 0)
    back = case_clock.receive_supplement(
        ctx,
        actor=WINDOW,
        case_no=accepted.case_no,
        materials=[MaterialReceipt("HKB-FY", "户口簿全部成员页复印件", ReceiptMethod.PAPER_COPY)],
    )
    clock_now = case_clock.case_clock(ctx, case_no=accepted.case_no)
    after = back.record.promised_date
    say(
        now,
        f"1号窗口: 补正材料收齐，恢复计时；暂停 {clock_now.paused_working_days} 个工作日，承诺办结日 {before} → {after}",
    )
    counts["rules_promised_moved"] += int(after != before)
    out["supplement"] = {
        "case_no": back.case_no,
        "promised_before": before.isoformat() if before else None,
        "promised_after": after.isoformat() if after else None,
        "paused_working_days": clock_now.paused_working_days,
    }
    return out
