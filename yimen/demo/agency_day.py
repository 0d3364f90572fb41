"""帮办代办 in the demo week (issue 12, point 6): a village hand-over arriving at the county.

- Thursday 09:30, 景真村便民服务站: 扎约 asks to be registered for 城乡居民医保; the station's
  helper 车玉梅 reads his card and her own (she is his 代办人, free of charge), takes his signed
  form and the 授权委托书, and prints the 流转单;
- 14:40 the township's courier hands the bundle to 勐遮镇便民服务中心, which scans the slip;
- Friday 10:05 at the county window the code on the slip is scanned: the first try is a
  smudged read (the check digit catches it, nothing moves), the clerk scans again and the
  bundle is received; the case is accepted there and its receipt printed.

The QR is read back off the printed slip (its preview image) with the scanner's decoders,
as the counter's scanner would read it. Every step goes through the use cases the counter
calls (shared/services/agency.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from devices.printer.preview import save_preview
from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.domain.errors import Conflict, ValidationError
from shared.services import accounts, agency, figures
from shared.services.actor import Actor, Role
from shared.services.agents import Agent
from shared.services.cases import Applicant
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.slip_templates import document_for
from shared.services.slips import acceptance_receipt

MEDICAL_INSURANCE = "11532822MB1574241M3000020010000"  # 城乡居民基本医疗保险参保登记
VILLAGE = "532822104201-BMFZ"  # 勐遮镇景真村便民服务站
TOWNSHIP = "532822104-BMFW"  # 勐遮镇便民服务中心
HELPER = Actor(user="helper31", role=Role.HELPER, terminal_id="T-0311", window_no=1)
TOWN_CLERK = Actor(user="clerk41", role=Role.CLERK, terminal_id="T-0411", window_no=1)
WINDOW = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
_STAFF = (("helper31", "车玉梅", Role.HELPER), ("clerk41", "岩香", Role.CLERK), ("clerk01", "玉应", Role.CLERK))

Say = Callable[[datetime, str], None]
Print = Callable[[str, object, str], None]
ReadCard = Callable[[str], Any]


def _at(clock: ManualClock, tz: Any, day: date, hh: int, mm: int = 0) -> datetime:
    clock.set(datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz))
    return clock.now()


def _terminal(ctx: HallContext, point: str, terminal_id: str) -> HallContext:
    """A terminal of the hall standing at a station: the same store, its own settings."""
    t = ctx.settings.terminal.model_copy(update={"point": point, "id": terminal_id, "kind": "counter"})
    return HallContext(settings=ctx.settings.model_copy(update={"terminal": t}), store=ctx.store, clock=ctx.clock)


def _read_back(slip: object, path: Path) -> str:
    """The QR of the printed slip, read back as the scanner reads it."""
    import numpy as np
    from PIL import Image

    from devices.scanner.decoders import DecoderChain, available_decoders

    save_preview(document_for(slip), path)
    decoded = DecoderChain(available_decoders()).decode(np.asarray(Image.open(path).convert("L")))
    if not decoded:
        raise RuntimeError(f"the QR of the printed 流转单 ({path}) could not be read back")
    return decoded[0].text


def play_agency(
    ctx: HallContext,
    clock: ManualClock,
    *,
    day: date,
    out: Path,
    read_card: ReadCard,
    say: Say,
    print_slip: Print,
    counts: Any,
) -> dict[str, Any]:
    tz = ctx.tz
    for user, name, role in _STAFF:
        try:
            accounts.create_account(
                ctx, actor=Actor.system("demo"), username=user, display_name=name, role=role,
                password="Demo#Hall2026",
            )  # fmt: skip
        except Conflict:
            pass  # the hall already has them
    village, township = _terminal(ctx, VILLAGE, HELPER.terminal_id), _terminal(ctx, TOWNSHIP, TOWN_CLERK.terminal_id)

    # Thursday 09:30 at the village station: both cards on the station's reader
    now = _at(clock, tz, day, 9, 30)
    farmer = read_card("lahu_farmer")
    helper = read_card("hani_woman")
    taken = agency.take_agency_case(
        village,
        actor=HELPER,
        item_code=MEDICAL_INSURANCE,
        principal=Applicant(ApplicantKind.PERSON, farmer.id_number, farmer.name),
        agent=Agent(helper.id_number, helper.name, card_read=True),
        materials=[
            MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
            MaterialReceipt("BD-CXJMYB-CB", "城乡居民基本医疗保险参保登记表", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("WTS-DB", "授权委托书", ReceiptMethod.PAPER_ORIGINAL),
        ],
    )
    t = taken.transfer
    print_slip("transfer", taken.slip, f"transfer-{t.transfer_no}")
    counts["agency_free"] += 1
    say(
        now,
        f"景真村便民服务站: 扎*委托帮办员免费代办“{t.item_name}”，代办人 {t.agent}，"
        f"打印流转单 {t.transfer_no}（{t.route_text}），随单 {'、'.join(t.materials)}",
    )
    code = _read_back(taken.slip, out / "prints" / "transfer-slip.png")

    # 14:40 the township centre takes the bundle and scans the slip
    now = _at(clock, tz, day, 14, 40)
    step = agency.receive_transfer(township, actor=TOWN_CLERK, code=code)
    counts["transfer_handovers"] += 1
    say(now, f"勐遮镇便民服务中心: 扫码签收流转单 {t.transfer_no}，材料由帮办员交到本中心，转送县政务服务中心")

    # Friday 10:05 at the county window: a smudged read first, then the code itself
    friday = date.fromordinal(day.toordinal() + 1)
    now = _at(clock, tz, friday, 10, 5)
    on_way = agency.transfers_in_transit(ctx, actor=WINDOW)
    say(now, f"县中心1号窗口: 在途材料 {len(on_way)} 袋，{t.transfer_no} 在{on_way[0].at_name}已{on_way[0].age_label}")
    smudged = code[:-2] + ("1" if code[-2] != "1" else "2") + code[-1]
    try:
        agency.receive_transfer(ctx, actor=WINDOW, code=smudged)
        raise AssertionError("a damaged 流转单 code was received")
    except ValidationError as e:
        counts["transfer_scans_refused"] += 1
        say(now, f"县中心1号窗口: {e.message}（{e.hint}）")
    arrived = agency.receive_transfer(ctx, actor=WINDOW, code=code)
    counts["transfer_handovers"] += 1
    if not arrived.arrived or arrived.accepted is None:
        raise AssertionError(f"the bundle did not arrive: {arrived.not_accepted_because}")
    counts["transfers_arrived"] += 1
    stored = arrived.accepted
    print_slip("acceptance_receipt", acceptance_receipt(ctx, stored), f"receipt-{stored.case_no}")
    say(
        now,
        f"县中心1号窗口: 扫码签收流转单 {t.transfer_no}（第{arrived.transfer.legs}次交接，"
        f"村站收件后历时{_hours(taken.case.record.created_at, now)}），"
        f"办件 {stored.case_no} 受理，承诺 {stored.record.promised_date:%m月%d日} 前办结",
    )
    shown = figures.hall_figures(ctx, actor=Actor.system("demo"), start=day, end=friday)
    return {
        "transfer_no": t.transfer_no,
        "case_no": stored.case_no,
        "route": t.route_text,
        "legs": [
            {
                "at": s.at.astimezone(tz).isoformat(),
                "from": s.from_name,
                "to": s.to_name,
                "handed_by": s.handed_by,
                "received_by": s.received_by,
            }
            for s in arrived.transfer.steps
        ],
        "township_step": step.transfer.at_name,
        "free_agency_by_point": dict(shown.cases.free_agency_by_point),
        "slip": str((out / "prints" / "transfer-slip.png").relative_to(out)),
    }


def _hours(start: datetime | None, end: datetime) -> str:
    if start is None:
        return "?"
    hours = int((end - start).total_seconds() // 3600)
    return f"{hours // 24}天{hours % 24}小时" if hours >= 24 else f"{hours}小时"


# two residents of 景真村 whose papers are on their way (the counter tour's 在途材料)
_ON_THEIR_WAY = (
    (("532822194805060015", "岩温"), ("532822198811200043", "车玉梅")),
    (("532822195209170028", "玉腊"), ("532822198811200043", "车玉梅")),
)


def seed_in_transit(ctx: HallContext, clock: ManualClock) -> list[agency.AgencyTaken]:
    """Two 免费代办 bundles on their way to the county: one taken at the village yesterday
    and handed to the township centre, one taken at the village this morning."""
    now = clock.now()
    village, township = _terminal(ctx, VILLAGE, HELPER.terminal_id), _terminal(ctx, TOWNSHIP, TOWN_CLERK.terminal_id)
    out = []
    for (principal, agent), back in zip(_ON_THEIR_WAY, (timedelta(hours=25), timedelta(hours=2)), strict=True):
        clock.set(now - back)
        out.append(
            agency.take_agency_case(
                village,
                actor=HELPER,
                item_code=MEDICAL_INSURANCE,
                principal=Applicant(ApplicantKind.PERSON, *principal),
                agent=Agent(*agent, card_read=True),
                materials=[
                    MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
                    MaterialReceipt("BD-CXJMYB-CB", "城乡居民基本医疗保险参保登记表", ReceiptMethod.PAPER_ORIGINAL),
                    MaterialReceipt("WTS-DB", "授权委托书", ReceiptMethod.PAPER_ORIGINAL),
                ],
            )
        )
        if len(out) == 1:
            clock.set(now - back + timedelta(hours=5))
            agency.receive_transfer(township, actor=TOWN_CLERK, code=out[0].slip.qr_text)
    clock.set(now)
    return out
