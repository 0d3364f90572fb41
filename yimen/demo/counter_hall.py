"""A demo hall for the tour and manual trials (Qt-free): the demo catalog, staff accounts,
a week of history at the windows, yesterday's case of the elder who comes back today, a
few cases near or past their deadlines, reviews (one bad), a complaint and a kiosk's call
for help. Everything goes through the real services."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.domain.identity import resident_id_check_digit
from shared.services import accounts, cases, complaints, evaluations, first_asks, tickets
from shared.services.actor import Actor, Role
from shared.services.catalog import store_catalog
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from yimen.demo.settings import TZ

ELDER_ID = "532822195603120029"  # elder_dai_woman on the simulated card reader
STAFF = {
    "lina": ("李娜", Role.CLERK, "Window#2026"),
    "yanwen": ("岩温", Role.CHIEF, "Chief#Rep2026"),
    "yuxiang": ("玉香", Role.HELPER, "Helper#2026"),
    "admin": ("玉应", Role.MANAGER, "Hall#Boss2026"),
}
DEATH_REGISTRATION = "11532822MB1685558Y3000050060000"
LOW_INCOME = "11532822MB1611313W3000030040000"
INSURED_PROOF = "11532822MB153717693000010040000"
KIOSK = Actor.kiosk("T-0101")
SYSTEM = Actor.system("demo")


def _clerk(no: int, user: str, role: Role = Role.CLERK) -> Actor:
    return Actor(user=user, role=role, terminal_id=f"T-{no:04d}", window_no=no)


def _full_materials(ctx: HallContext, code: str, *, deferred: bool = False) -> list[MaterialReceipt]:
    item = ctx.catalog().item(code)
    out = []
    for m in item.materials:
        if m.required.value == "非必要":
            continue
        if deferred and m.deferrable:
            out.append(
                MaterialReceipt(
                    m.code, m.name, ReceiptMethod.DEFERRED, supply_by=ctx.today() + timedelta(days=5)
                )
            )
        else:
            out.append(MaterialReceipt(m.code, m.name, ReceiptMethod.PAPER_ORIGINAL, copies=m.copies))
    return out


_SURNAMES = "刀岩玉李王张杨罗陈赵"
_GIVEN = ("香", "罕", "应", "光明", "娜", "叶", "温", "思远", "丽", "建华")


def _person(rng: random.Random) -> cases.Applicant:
    """A made-up resident of 勐海县 with a valid GB 11643-1999 check digit."""
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 50))
    body = f"532822{born:%Y%m%d}{rng.randrange(1000):03d}"
    name = rng.choice(_SURNAMES) + rng.choice(_GIVEN)
    return cases.Applicant(ApplicantKind.PERSON, body + resident_id_check_digit(body), name)


def _history_day(ctx: HallContext, clock: ManualClock, day: date, rng: random.Random, n: int) -> None:
    """One past day, played in time order: a number is called only after it was issued (the
    old generator issued the whole day first and then called from 9:20, which put calls
    before issues and showed negative waits on the figures page)."""
    windows = [
        (1, "lina", Role.CLERK, ("general", "social", "civil")),
        (2, "yanwen", Role.CHIEF, ("general", "household")),
    ]
    start = datetime(day.year, day.month, day.day, 9, 5, tzinfo=TZ)
    issue_at, t = [], start
    for _ in range(n):
        t += timedelta(minutes=rng.randint(2, 12))
        issue_at.append((t, rng.choice(["general", "social", "civil", "household"])))
    free_at = {no: start + timedelta(minutes=15) for no, *_ in windows}
    busy: dict[int, tuple[str, datetime, Actor]] = {}
    clock.set(start)
    end = start + timedelta(hours=8)
    while clock.now() < end:
        now = clock.now()
        while issue_at and issue_at[0][0] <= now:
            _when, category = issue_at.pop(0)
            tickets.issue_ticket(ctx, category=category, actor=KIOSK)
        called_any = False
        for no, user, role, cats in windows:
            actor = _clerk(no, user, role)
            if no in busy and busy[no][1] <= now:
                tickets.finish(ctx, actor=actor, ticket_id=busy.pop(no)[0])
            if no in busy or free_at[no] > now:
                continue
            called = tickets.call_next(ctx, actor=actor, categories=cats)
            if called is None:
                continue
            called_any = True
            if rng.random() < 0.08:
                tickets.mark_no_show(ctx, actor=actor, ticket_id=called.id)
                free_at[no] = now + timedelta(minutes=3)
                continue
            tickets.start_serving(ctx, actor=actor, ticket_id=called.id)
            busy[no] = (called.id, now + timedelta(minutes=rng.randint(4, 14)), actor)
        if not issue_at and not busy and not called_any and all(f <= now for f in free_at.values()):
            break  # everyone issued has been served
        clock.advance(minutes=1)


def seed_demo_hall(
    ctx: HallContext, clock: ManualClock | None = None, *, history_days: int = 6, seed: int = 17
) -> dict[str, str]:
    """Fill the store, as of the context's current time; returns a few case numbers the tour shows.

    The history is written by moving the context's own clock (a ManualClock) back and forth;
    a ``clock`` given besides it is left at the same final time.
    """
    if not isinstance(ctx.clock, ManualClock):
        raise TypeError("seed_demo_hall needs a HallContext on a ManualClock")
    given, clock = clock, ctx.clock
    start_time = clock.now()
    rng = random.Random(seed)
    store_catalog(ctx, catalog=load_demo_catalog(), actor=SYSTEM, source="demo catalog")
    for user, (name, role, password) in STAFF.items():
        accounts.create_account(
            ctx, actor=SYSTEM, username=user, display_name=name, role=role, password=password
        )
    now = start_time.astimezone(TZ)
    out: dict[str, str] = {}
    # a case accepted a month ago, promised long since: overdue
    clock.set(now - timedelta(days=35))
    old = cases.accept_case(
        ctx,
        actor=_clerk(1, "lina"),
        item_code=LOW_INCOME,
        applicant=_person(rng),
        materials=_full_materials(ctx, LOW_INCOME),
    )
    out["overdue"] = old.case_no
    # a case from two weeks ago with a 容缺 material still owed
    clock.set(now - timedelta(days=27))
    owing = cases.accept_case(
        ctx,
        actor=_clerk(1, "lina"),
        item_code=LOW_INCOME,
        applicant=_person(rng),
        materials=_full_materials(ctx, LOW_INCOME, deferred=True),
    )
    out["owing"] = owing.case_no
    # the back office finished one: waiting for 出件
    clock.set(now - timedelta(days=10))
    done = cases.accept_case(
        ctx,
        actor=_clerk(1, "lina"),
        item_code=LOW_INCOME,
        applicant=_person(rng),
        materials=_full_materials(ctx, LOW_INCOME),
    )
    # No back office stands behind the seeded history, so these decisions are reported
    # upstream like a window's: the reference platform's copy of the case then agrees.
    cases.record_decision(
        ctx, actor=SYSTEM, case_no=done.case_no, to_state=CaseState.IN_REVIEW, notify_platform=True
    )
    cases.record_decision(
        ctx, actor=SYSTEM, case_no=done.case_no, to_state=CaseState.COMPLETED, notify_platform=True
    )
    out["finished"] = done.case_no
    for k in range(history_days, 0, -1):
        day = (now - timedelta(days=k)).date()
        if day.weekday() < 5:
            _history_day(ctx, clock, day, rng, rng.randint(10, 18))
    # yesterday: the elder registered her husband's death at the police window
    clock.set(now - timedelta(days=1) + timedelta(hours=5))
    earlier = cases.accept_case(
        ctx,
        actor=_clerk(4, "police04"),
        item_code=DEATH_REGISTRATION,
        applicant=cases.Applicant(ApplicantKind.PERSON, ELDER_ID, "玉罕"),
        materials=[
            MaterialReceipt("SWZM", "居民死亡医学证明（推断）书", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("HKB", "死者居民户口簿", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("SFZ", "申报人居民身份证", ReceiptMethod.CARD_READ),
        ],
    )
    out["earlier"] = earlier.case_no
    evaluations.evaluate_case(
        ctx,
        actor=KIOSK,
        case_no=old.case_no,
        level=EvaluationLevel.VERY_DISSATISFIED,
        channel=EvaluationChannel.QR_CODE,
        reasons=(BadReviewReason.SLOW, BadReviewReason.MULTIPLE_TRIPS),
        comment="跑了两趟还没办好",
    )
    evaluations.evaluate_case(
        ctx,
        actor=KIOSK,
        case_no=earlier.case_no,
        level=EvaluationLevel.VERY_SATISFIED,
        channel=EvaluationChannel.COUNTER_DEVICE,
    )
    # 首问负责: yesterday morning's question at window 2, still open (the manager sees its age)
    clock.set(now - timedelta(hours=26))
    first_asks.record_first_ask(
        ctx,
        actor=_clerk(2, "yanwen", Role.CHIEF),
        summary="外地退休人员想在勐海办养老金领取资格认证，问要不要回原参保地",
        id_number="532822195208080012",
        name="岩温罕",
    )
    # this morning
    clock.set(now - timedelta(minutes=55))
    for k in range(9):
        clock.advance(minutes=4)
        tickets.issue_ticket(ctx, category=["general", "social", "civil", "household"][k % 4], actor=KIOSK)
    clock.set(now - timedelta(minutes=20))
    for no, user, role, cats in (
        (2, "yanwen", Role.CHIEF, ("household", "general")),
        (3, "clerk03", Role.CLERK, ("social",)),
    ):
        actor = _clerk(no, user, role)
        t = tickets.call_next(ctx, actor=actor, categories=cats)
        if t is not None:
            tickets.start_serving(ctx, actor=actor, ticket_id=t.id)
    taken = complaints.record_complaint(
        ctx,
        actor=_clerk(9, "yuxiang", Role.HELPER),
        summary="办理残疾人护理补贴，村里说要去县里开证明，县里说村里开，来回跑了三次",
        category="department_shifting",
        id_number="532822196805060014",
        name="岩罕",
        phone="13988123456",
    )
    first_asks.take_complaint(ctx, actor=_clerk(9, "yuxiang", Role.HELPER), complaint_no=taken.complaint_no)
    clock.set(now - timedelta(minutes=3))
    complaints.request_help(
        ctx, actor=KIOSK, reason="老人不会操作查询", terminal_name="1号自助机（大厅入口）"
    )
    clock.set(now)
    if given is not None and given is not clock:
        given.set(now)
    return out
