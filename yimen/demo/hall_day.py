"""A scripted hall day through the real code: kiosk tickets (some with an ID card read from
the simulated reader), four windows calling and serving, cases accepted or refused with a
one-time notice, 即办件 finished by the chief representative, slips printed on the simulated
ESC/POS printer, evaluations, and the figures a hall manager would ask for.

The clock is a ManualClock: a nine-hour day plays in seconds, on a fixed working day so
that every run tells the same story.
"""

from __future__ import annotations

import dataclasses
import json
import queue
import random
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from devices.manager import DeviceEvent, DeviceManager, EventKind
from devices.printer.preview import save_preview
from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod, format_case_no
from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.catalog.models import ServiceItem
from shared.domain.catalog.vocab import HandlingKind, Necessity, WindowKind
from shared.domain.errors import HallClosed, YimenError
from shared.domain.evaluations import BadReviewReason, EvaluationChannel, EvaluationLevel
from shared.domain.settings import Settings
from shared.services import cases, evaluations, hall_time, tickets
from shared.services.actor import Actor, Role
from shared.services.catalog import store_catalog
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.slip_templates import document_for, layout_for
from shared.services.slips import acceptance_receipt, evaluation_slip, one_time_notice, ticket_slip
from yimen.demo.agency_day import play_agency
from yimen.demo.documents import a4_simulator_missing
from yimen.demo.licence_days import play_licences
from yimen.demo.people import random_business_name, random_credit_code, random_id_number, random_name
from yimen.demo.query_print_day import play_query_print
from yimen.demo.rules_days import play_rules
from yimen.demo.upstream import sync_with_reference_platform

TZ = ZoneInfo("Asia/Shanghai")
DEMO_DAY = date(2026, 11, 17)  # a Tuesday, a working day inside the calendar's coverage
CARD_NAMES = ("elder_dai_woman", "young_adult_han")



def hall_plan_windows(catalog: Catalog, hall_code: str) -> dict[int, tuple[Role, tuple[str, ...]]]:
    """The windows of the demo day as the catalog's hall plan publishes them: window number
    -> (who staffs it, the ticket categories it calls). The first comprehensive window, the
    department windows and the 办不成事 window are staffed by a 首席事务代表 (who may finish a
    即办件 on the spot); the other comprehensive windows and the 帮办代办 window by clerks."""
    point = catalog.point(hall_code)
    plan: dict[int, tuple[Role, tuple[str, ...]]] = {}
    first_comprehensive = True
    for w in point.windows:
        if w.kind is WindowKind.COMPREHENSIVE:
            role = Role.CHIEF if first_comprehensive else Role.CLERK
            first_comprehensive = False
        elif w.kind is WindowKind.ASSISTED:
            role = Role.CLERK
        else:
            role = Role.CHIEF
        plan[w.number] = (role, tuple(w.categories))
    return plan


@dataclass
class Resident:
    arrives: datetime
    item: ServiceItem
    id_number: str
    name: str
    card: str | None = None  # sample card placed on the kiosk reader
    brings_everything: bool = True
    ticket_id: str = ""
    ticket_no: str = ""


@dataclass
class Window:
    no: int
    actor: Actor
    categories: tuple[str, ...]
    busy_until: datetime | None = None
    serving: tuple[Resident, str] | None = None  # (resident, ticket id)


@dataclass
class DayLog:
    lines: list[str] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    waits_min: list[float] = field(default_factory=list)
    previews: dict[str, str] = field(default_factory=dict)
    sample_case: str = ""

    def say(self, when: datetime, text: str) -> None:
        self.lines.append(f"{when.astimezone(TZ):%H:%M}  {text}")


def _settings(out: Path) -> Settings:
    return Settings(
        store={
            "url": f"sqlite:///{out / 'yimen-demo.db'}",
            "key_file": out / "keys" / "pii.key",
            "backup_dir": out / "backups",
        },
        terminal={"id": "T-0101", "name": "1号自助机", "kind": "kiosk"},
        devices={
            "allow_simulated": True, "idcard": "simulated", "printer": "simulated", "scanner": "null", "tts": "null",
            # 查询打印 on A4 through a private CUPS, where this machine can run one
            "a4": "null" if a4_simulator_missing() else "simulated",
        },
    )


def _residents(rng: random.Random, catalog: Catalog, n: int, categories: set[str]) -> list[Resident]:
    items = [i for i in catalog.items.values() if i.ticket_category in categories]
    start = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 9, 0, tzinfo=TZ)
    out: list[Resident] = []
    for k in range(n):
        # the morning rush: most people come before 11, a second wave after lunch
        minute = int(rng.triangular(0, 150, 20)) if rng.random() < 0.65 else rng.randrange(270, 420)
        arrives = start + timedelta(minutes=minute)
        card = CARD_NAMES[k % 2] if k < 4 else None  # the first four tap a card; two of them are one person
        old = rng.random() < 0.25
        id_number = random_id_number(
            rng,
            born_after=date(1940, 1, 1) if old else date(1965, 1, 1),
            born_before=date(1960, 1, 1) if old else date(2005, 1, 1),
        )
        item = rng.choice(items)
        if k == 2:  # resident 2 is resident 0 again, back for the same errand a few minutes later
            item, arrives = out[0].item, out[0].arrives + timedelta(minutes=3)
        out.append(
            Resident(
                arrives,
                item,
                id_number,
                random_name(rng),
                card,
                brings_everything=rng.random() > 0.2,
            )
        )
    return sorted(out, key=lambda r: r.arrives)


def _materials(
    item: ServiceItem, resident: Resident, rng: random.Random, today: date
) -> list[MaterialReceipt]:
    """What the clerk ticks off: everything needed, one 容缺 where the guide allows it."""
    out: list[MaterialReceipt] = []
    deferred_one = False
    for m in item.materials:
        if m.required is Necessity.OPTIONAL and out and rng.random() < 0.5:
            continue  # optional papers: some bring them, some don't (a receipt lists at least one)
        if not resident.brings_everything and rng.random() < 0.5:
            continue  # forgot this one: the one-time notice will list it
        if (m.deferrable or m.required is Necessity.DEFERRABLE) and not deferred_one and rng.random() < 0.6:
            out.append(
                MaterialReceipt(m.code, m.name, ReceiptMethod.DEFERRED, supply_by=today + timedelta(days=7))
            )
            deferred_one = True
        elif "身份证" in m.name:
            out.append(MaterialReceipt(m.code, m.name, ReceiptMethod.CARD_READ))
        elif m.commitment_allowed:
            out.append(MaterialReceipt(m.code, m.name, ReceiptMethod.COMMITMENT))
        else:
            # the scripted day has no link to the province: an e-licence cannot be verified, so
            # the original is shown on paper (yimen/demo/licence_days.py plays the e-licences)
            method = (
                ReceiptMethod.PAPER_COPY
                if m.original_or_copy.value == "复印件"
                else ReceiptMethod.PAPER_ORIGINAL
            )
            out.append(MaterialReceipt(m.code, m.name, method, copies=m.copies))
    if not resident.brings_everything and len(out) == len(
        [m for m in item.materials if m.required is not Necessity.OPTIONAL]
    ):
        out.pop()  # meant to forget something: make sure something is missing
    return out


def _applicant_for(r: Resident, rng: random.Random) -> cases.Applicant:
    # items that need a business licence are applied for by the business (统一社会信用代码)
    if any(m.e_licence_type and "营业执照" in m.e_licence_type for m in r.item.materials):
        return cases.Applicant(ApplicantKind.ORGANISATION, random_credit_code(rng), random_business_name(rng))
    return cases.Applicant(ApplicantKind.PERSON, r.id_number, r.name)


class HallDay:
    def __init__(self, out: Path, *, residents: int, seed: int) -> None:
        self.out = out
        self.rng = random.Random(seed)
        self.clock = ManualClock(datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 8, 55, tzinfo=TZ))
        self.n = residents
        self.log = DayLog()
        self.events: queue.Queue[DeviceEvent] = queue.Queue()

    # ------------------------------------------------------------------ devices
    def _on_event(self, event: DeviceEvent) -> None:
        self.events.put(event)

    def _read_card(self, devices: DeviceManager, name: str) -> Any:
        """Place a sample card on the simulated reader and wait for the driver to report it."""
        sim = devices.simulators["idcard"]
        sim.place_card(name)
        deadline = time.monotonic() + 10
        try:
            while time.monotonic() < deadline:
                try:
                    event = self.events.get(timeout=0.5)
                except queue.Empty:
                    continue
                if event.kind is EventKind.CARD_READ:
                    return event.data
            raise TimeoutError("the simulated card reader did not report the card within 10 s")
        finally:
            # wait until the poller has seen the reader empty, or the same card placed again
            # would count as never lifted
            sim.lift_card()

    def _print(self, devices: DeviceManager, kind: str, slip: object, job_id: str) -> None:
        devices.print_laid_out(layout_for(slip), job_id=job_id).result(timeout=15)
        self.log.counts[f"printed_{kind}"] += 1
        if kind not in self.log.previews:
            path = save_preview(document_for(slip), self.out / "prints" / f"{kind}.png")
            self.log.previews[kind] = str(path.relative_to(self.out))

    # ------------------------------------------------------------------ the day
    def play(self) -> dict[str, Any]:
        if self.out.exists():
            shutil.rmtree(self.out)
        (self.out / "prints").mkdir(parents=True)
        settings = _settings(self.out)
        ctx = HallContext.open(settings, clock=self.clock, create_key=True)
        catalog = load_demo_catalog()
        store_catalog(ctx, catalog=catalog, actor=Actor.system("T-0101"), source="demo catalog")
        kiosk = Actor.kiosk("T-0101")
        windows = [
            Window(
                no,
                Actor(
                    user=f"{'chief' if role is Role.CHIEF else 'clerk'}{no:02d}",
                    role=role,
                    terminal_id=f"T-00{no:02d}",
                    window_no=no,
                ),
                cats,
            )
            for no, (role, cats) in hall_plan_windows(catalog, settings.hall.code).items()
        ]
        devices = DeviceManager(settings.devices, on_event=self._on_event, spool_dir=self.out / "spool")
        devices.start()
        try:
            self._run(ctx, devices, catalog, kiosk, windows)
            rules = play_rules(
                ctx,
                self.clock,
                first_day=DEMO_DAY,
                applicant_ids=[
                    (random_id_number(self.rng, born_after=date(1950, 1, 1), born_before=date(1990, 1, 1)), random_name(self.rng))
                    for _ in range(2)
                ],
                say=self.log.say,
                print_slip=lambda kind, slip, job_id: self._print(devices, kind, slip, job_id),
                counts=self.log.counts,
            )
            rules["licences"] = play_licences(
                ctx, self.clock, day=DEMO_DAY + timedelta(days=8), out=self.out, say=self.log.say,
                counts=self.log.counts,
            )  # fmt: skip
            rules["agency"] = play_agency(
                ctx, self.clock, day=DEMO_DAY + timedelta(days=9), out=self.out,
                read_card=lambda name: self._read_card(devices, name), say=self.log.say,
                print_slip=lambda kind, slip, job_id: self._print(devices, kind, slip, job_id),
                counts=self.log.counts,
            )  # fmt: skip
            before = cases.case_progress(ctx, case_no=self.log.sample_case) if self.log.sample_case else None
            upstream = sync_with_reference_platform(ctx, self.out)
            query_print = play_query_print(
                ctx, devices, self.out, read_card=lambda name: self._read_card(devices, name),
                say=self.log.say, counts=self.log.counts,
            )  # fmt: skip
            summary = self._summary(ctx, devices)
            summary["upstream"] = dataclasses.asdict(upstream)
            summary["query_print"] = query_print
            summary["rules"] = rules
            if before is not None:
                summary["sample_case"]["state_before_sync"] = before.state_label
        finally:
            devices.stop()
            ctx.close()
        (self.out / "summary.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2, default=str), "utf-8"
        )
        (self.out / "hall-day.log").write_text("\n".join(self.log.lines) + "\n", "utf-8")
        return summary

    def _run(
        self, ctx: HallContext, devices: DeviceManager, catalog: Catalog, kiosk: Actor, windows: list[Window]
    ) -> None:
        arrivals = _residents(self.rng, catalog, self.n, {c for w in windows for c in w.categories})
        waiting: dict[str, Resident] = {}
        end = datetime(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day, 17, 30, tzinfo=TZ)
        while self.clock.now() < end and (arrivals or waiting or any(w.serving for w in windows)):
            now = self.clock.now()
            while arrivals and arrivals[0].arrives <= now:
                self._arrive(ctx, devices, kiosk, arrivals.pop(0), waiting, arrivals)
            for w in windows:
                if w.serving and w.busy_until and w.busy_until <= now:
                    self._finish_service(ctx, devices, w)
                if not w.serving:
                    self._call(ctx, devices, w, waiting)
            self.clock.advance(timedelta(minutes=1))

    def _arrive(
        self,
        ctx: HallContext,
        devices: DeviceManager,
        kiosk: Actor,
        r: Resident,
        waiting: dict[str, Resident],
        arrivals: list[Resident],
    ) -> None:
        now = self.clock.now()
        if r.card:
            card = self._read_card(devices, r.card)
            r.id_number, r.name = card.id_number, card.name
            self.log.counts["card_reads"] += 1
        try:
            issued = tickets.issue_ticket(
                ctx,
                category=r.item.ticket_category,
                actor=kiosk,
                id_number=r.id_number if r.card else None,
                name=r.name,
            )
        except HallClosed as e:
            # the lunch break (or a closed category): the kiosk says when, the resident comes back
            self.log.say(now, f"自助机: {e.message}")
            self.log.counts["lunch_break_waits" if "午间休息" in e.message else "closed_category"] += 1
            if isinstance(e.opens_at, datetime):
                r.arrives, r.card = e.opens_at, None
                arrivals.append(r)
                arrivals.sort(key=lambda x: x.arrives)
            return
        except YimenError as e:
            self.log.say(now, f"自助机拒绝重复取号: {e.message}")
            self.log.counts["tickets_refused"] += 1
            return
        r.ticket_id, r.ticket_no = issued.ticket.id, issued.number
        waiting[issued.ticket.id] = r
        self.log.counts["tickets"] += 1
        self.log.counts["green_channel"] += issued.ticket.priority.is_green
        self._print(devices, "ticket", ticket_slip(ctx, issued), job_id=f"ticket-{issued.number}")
        extra = f"，{issued.priority_label}" if issued.ticket.priority.is_green else ""
        self.log.say(
            now, f"取号 {issued.number}（{issued.category_name}{extra}），前面{issued.waiting_ahead}人"
        )

    def _call(
        self, ctx: HallContext, devices: DeviceManager, w: Window, waiting: dict[str, Resident]
    ) -> None:
        if not hall_time.hall_status(ctx, window_no=w.no).is_open:
            return  # the lunch break: nobody is called between 12:00 and 14:30
        called = tickets.call_next(ctx, actor=w.actor, categories=w.categories)
        if called is None:
            return
        devices.announce_call(called.number, w.no)
        r = waiting.pop(called.id)
        self.log.waits_min.append((self.clock.now() - called.issued_at).total_seconds() / 60)
        tickets.start_serving(ctx, actor=w.actor, ticket_id=called.id)
        w.serving = (r, called.id)
        w.busy_until = self.clock.now() + timedelta(minutes=self.rng.randint(4, 12))
        self.log.say(self.clock.now(), f"请{called.number}号到{w.no}号窗口办理")

    def _finish_service(self, ctx: HallContext, devices: DeviceManager, w: Window) -> None:
        r, ticket_id = w.serving  # type: ignore[misc]
        now, today = self.clock.now(), ctx.today()
        applicant = _applicant_for(r, self.rng)
        received = _materials(r.item, r, self.rng, today)
        try:
            stored = cases.accept_case(
                ctx, actor=w.actor, item_code=r.item.code, applicant=applicant, materials=received
            )
        except cases.MaterialsIncomplete:
            # 行政许可法 第32条: incomplete materials are told at once (补正告知), not refused
            stored, check = cases.request_supplement(
                ctx, actor=w.actor, item_code=r.item.code, applicant=applicant, materials=received
            )
            self._print(
                devices,
                "one_time_notice",
                one_time_notice(ctx, stored, check),
                job_id=f"notice-{stored.case_no}",
            )
            self.log.counts["supplement_notices"] += 1
            self.log.say(
                now, f"{w.no}号窗口: {r.item.name} 材料不齐，补正告知（{len(check.problems)}项一次告知），办件待补正"
            )
        else:
            self.log.counts["accepted"] += 1
            self._print(
                devices,
                "acceptance_receipt",
                acceptance_receipt(ctx, stored),
                job_id=f"receipt-{stored.case_no}",
            )
            if r.item.handling_kind is HandlingKind.ON_THE_SPOT and w.actor.role is Role.CHIEF:
                stored = cases.finish_on_the_spot(ctx, actor=w.actor, case_no=stored.case_no)
                self.log.counts["finished_on_the_spot"] += 1
            self.log.sample_case = self.log.sample_case or stored.case_no
            self.log.say(
                now,
                f"{w.no}号窗口: 受理 {r.item.name}，办件编号 {format_case_no(stored.case_no)}，承诺 {stored.record.promised_date}",
            )
        self._print(devices, "evaluation_slip", evaluation_slip(ctx, stored), job_id=f"eval-{stored.case_no}")
        self._evaluate(ctx, stored.case_no, now)
        tickets.finish(ctx, actor=w.actor, ticket_id=ticket_id)
        w.serving, w.busy_until = None, None

    def _evaluate(self, ctx: HallContext, case_no: str, now: datetime) -> None:
        roll = self.rng.random()
        if roll < 0.15:
            return  # not everyone reviews; 基本满意 is recorded after 5 working days
        reasons: tuple[BadReviewReason, ...]
        if roll < 0.22:
            level, reasons = EvaluationLevel.DISSATISFIED, (BadReviewReason.LONG_WAIT,)
        else:
            level, reasons = self.rng.choice([EvaluationLevel.VERY_SATISFIED, EvaluationLevel.SATISFIED]), ()
        outcome = evaluations.evaluate_case(
            ctx,
            actor=Actor.kiosk("T-0101"),
            case_no=case_no,
            level=level,
            channel=EvaluationChannel.COUNTER_DEVICE,
            reasons=reasons,
        )
        self.log.counts[f"evaluation_{level.name.lower()}"] += 1
        if outcome.followup:
            self.log.counts["followups"] += 1
            self.log.say(now, f"差评（{level.label}）已转整改，限 {outcome.followup.due_date} 前办结")

    def _summary(self, ctx: HallContext, devices: DeviceManager) -> dict[str, Any]:
        with ctx.unit_of_work(read_only=True) as uow:
            audit = uow.audit.verify()
            backlog = uow.outbox.backlog_count()
        waits = sorted(self.log.waits_min)
        progress = cases.case_progress(ctx, case_no=self.log.sample_case) if self.log.sample_case else None
        return {
            "day": DEMO_DAY.isoformat(),
            "hall": ctx.settings.hall.name,
            "counts": dict(sorted(self.log.counts.items())),
            "wait_minutes": {
                "median": waits[len(waits) // 2] if waits else None,
                "max": waits[-1] if waits else None,
            },
            "queue": [dataclasses.asdict(q) for q in tickets.queue_status(ctx)],
            "audit": {"ok": audit.ok, "rows": audit.rows_checked},
            "outbox_backlog": backlog,
            "devices": {name: h.state.value for name, h in devices.health().items()},
            "previews": self.log.previews,
            "sample_case": progress
            and {
                "case_no": progress.case_no,
                "item": progress.item_name,
                "state": progress.state_label,
                "applicant": progress.applicant,
            },
        }


def play_hall_day(out: Path, *, residents: int = 90, seed: int = 2026) -> dict[str, Any]:
    return HallDay(out, residents=residents, seed=seed).play()
