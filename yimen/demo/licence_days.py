"""免证办 in the demo week (issue 12, point 1), against the reference platform on loopback:

- the Wednesday after the week's rules, 14:40, the link to the province is down: 玉罕 shows her 电子户口簿 for 高龄津贴; the
  window cannot verify it, takes the paper original and accepts, and the case owes the check;
- 15:00 the link is back: the job ``licences.verify-pending`` (the one job runner) verifies it
  and writes the licence's number and issuer into the case;
- 15:20 张建华 shows a 残疾人证 that expired yesterday for 辅助器具适配补贴: the platform says so and
  the window refuses it with the reason.

Every step goes through the use cases the counter calls (shared/services/licences.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reference_platform.cli import issue_credentials
from reference_platform.config import PlatformConfig
from reference_platform.seed import RESIDENTS, licence_code, seed_licences
from reference_platform.server import ReferencePlatform
from shared.domain.cases import ApplicantKind, MaterialReceipt, ReceiptMethod
from shared.services import cases, licences
from shared.services.actor import Actor, Role
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from shared.services.jobs import JobRunner

ELDERLY_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请: 户口簿 by e-licence
AIDS_SUBSIDY = "11532822MB1648482G3000040030000"  # 残疾人辅助器具适配补贴: 残疾人证 by e-licence
WINDOW = Actor(user="clerk02", role=Role.CLERK, terminal_id="T-0002", window_no=2)
YU_HAN = ("玉罕", "532822195603120029")  # the card reader's elderly resident; her 户口簿 is JY53282200005

Say = Callable[[datetime, str], None]


def _at(clock: ManualClock, tz: Any, day: date, hh: int, mm: int = 0) -> datetime:
    clock.set(datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz))
    return clock.now()


def _codes(platform: ReferencePlatform) -> dict[str, str]:
    # the platform dates its licences from the real day it was seeded, not the demo's clock
    rows = seed_licences(datetime.now(UTC).date())
    key = platform.config.licence_issuer_key
    return {r["licence_no"]: licence_code(key, r["licence_no"], r["valid_to"]) for r in rows}


def play_licences(ctx: HallContext, clock: ManualClock, *, day: date, out: Path, say: Say, counts: Any) -> dict[str, Any]:
    tz = ctx.tz
    result: dict[str, Any] = {}
    platform = ReferencePlatform(PlatformConfig(db_path=out / "reference-platform.db"))
    codes = _codes(platform)
    catalog = ctx.catalog()

    # 14:40, the link is down (the platform is not listening yet)
    now = _at(clock, tz, day, 14, 40)
    item = catalog.item(ELDERLY_ALLOWANCE)
    hkb = next(m for m in item.materials if m.code == "HKB")
    offline = licences.NoPlatform("省平台连接中断")
    try:
        licences.verify_for_material(
            ctx, platform=offline, actor=WINDOW, material=hkb, code=codes["JY53282200005"],
            holder_id=YU_HAN[1], item_name=item.name,
        )  # fmt: skip
        raise AssertionError("a licence was verified without the platform")
    except licences.LicenceCheckOffline as e:
        say(now, f"2号窗口: 玉*出示电子户口簿，{e.message}先收纸质原件受理，办件标记待核验")
    receipts = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("HKB", hkb.name, ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.PAPER_ORIGINAL),
    ]
    waiting = cases.accept_case(
        ctx, actor=WINDOW, item_code=item.code, applicant=cases.Applicant(ApplicantKind.PERSON, YU_HAN[1], YU_HAN[0]),
        materials=receipts, licence_codes={"HKB": codes["JY53282200005"]},
    )  # fmt: skip
    counts["licence_checks_owed"] += 1

    # 15:00, the link is back: the job runner makes the check by itself
    now = _at(clock, tz, day, 15, 0)
    base_url = platform.start_in_thread()
    creds_file = out / "keys" / "platform.toml"
    issue_credentials(db_path=out / "reference-platform.db", terminal_id=ctx.settings.terminal.id, out=creds_file)
    ctx.settings.platform.base_url = base_url
    ctx.settings.platform.credentials_file = creds_file
    try:
        run = JobRunner(ctx).run("licences.verify-pending", now=now)
        with ctx.unit_of_work(read_only=True) as uow:
            (check,) = uow.licence_checks.of_case(waiting.case_no)
            on_case = next(m for m in uow.cases.get_by_no(waiting.case_no).record.materials if m.material_code == "HKB")
        say(now, f"省平台连接恢复；定时任务 licences.verify-pending: {run.summary}")
        if check.state == "verified":
            counts["licences_verified"] += 1
            counts["licences_verified_by_job"] += 1
            say(now, f"办件 {waiting.case_no}: 居民户口簿 {on_case.note}")
        result["verified_by_job"] = {"case_no": waiting.case_no, "state": check.state, "note": on_case.note}

        # 15:20, an expired licence is refused with the reason
        now = _at(clock, tz, day, 15, 20)
        aids = catalog.item(AIDS_SUBSIDY)
        cjz = next(m for m in aids.materials if m.code == "CJZ")
        zhang = RESIDENTS[2]
        platform_client = licences.platform_for(ctx)
        try:
            licences.verify_for_material(
                ctx, platform=platform_client, actor=WINDOW, material=cjz, code=codes["CJ53282200003"],
                holder_id=zhang[1], item_name=aids.name,
            )  # fmt: skip
            result["refused"] = None
        except licences.LicenceNotAccepted as e:
            counts["licences_refused"] += 1
            say(now, f"2号窗口: 张*出示的电子残疾人证未通过核验：{e.message}{e.hint}")
            result["refused"] = {"verdict": e.verdict, "reason": e.message}
        finally:
            platform_client.close()
    finally:
        platform.stop()
    return result


def window_licence_cases(ctx: HallContext, settings: Any, home: Path) -> str:
    """Two 高龄津贴 cases at this window against the reference platform on loopback: 玉罕's 电子户口簿
    verified before acceptance; 岩温's case accepted on paper while a licence that is not his
    waited for the link, refused when the check was made. Returns the verified case's number."""
    platform = ReferencePlatform(PlatformConfig(db_path=home / "reference-platform.db"))
    base_url = platform.start_in_thread()
    try:
        creds = home / "keys" / "platform.toml"
        issue_credentials(db_path=home / "reference-platform.db", terminal_id=settings.terminal.id, out=creds)
        ctx.settings.platform.base_url, ctx.settings.platform.credentials_file = base_url, creds
        today = datetime.now(UTC).date()  # the platform dates its seeded licences from the real day
        rows = {r["licence_no"]: r for r in seed_licences(today)}
        key = platform.config.licence_issuer_key
        hukou = licence_code(key, "JY53282200005", rows["JY53282200005"]["valid_to"])
        clerk = Actor(user="lina", role=Role.CLERK, terminal_id=settings.terminal.id, window_no=settings.terminal.window_no)
        item = ctx.catalog().item(ELDERLY_ALLOWANCE)
        hkb = next(m for m in item.materials if m.code == "HKB")
        client = licences.platform_for(ctx)
        try:
            lic = licences.verify_for_material(ctx, platform=client, actor=clerk, material=hkb, code=hukou,
                                               holder_id="532822195603120029", item_name=item.name)  # fmt: skip
            paper = [MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
                     MaterialReceipt("SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.PAPER_ORIGINAL)]  # fmt: skip
            verified = cases.accept_case(
                ctx, actor=clerk, item_code=item.code, applicant=cases.Applicant(ApplicantKind.PERSON, "532822195603120029", "玉罕"),
                materials=[*paper, lic.receipt(hkb)],
            )  # fmt: skip
            refused = cases.accept_case(
                ctx, actor=clerk, item_code=item.code,
                applicant=cases.Applicant(ApplicantKind.PERSON, RESIDENTS[0][1], RESIDENTS[0][0]),
                materials=[*paper, MaterialReceipt("HKB", hkb.name, ReceiptMethod.PAPER_ORIGINAL)],
                licence_codes={"HKB": hukou},
            )  # fmt: skip
            licences.run_checks(ctx, platform=client, actor=clerk, case_no=refused.case_no)
        finally:
            client.close()
    finally:
        platform.stop()
    return verified.case_no
