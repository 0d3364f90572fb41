"""The demo's 查询打印 (issue 17), played after the hall day through the same use cases and
drivers the kiosk and the window use:

1. 岩温 reads his card at the kiosk, asks for his 参保证明, and it is printed on A4 through the
   private CUPS (its "paper" is a PDF, kept under ``prints/``, masked);
2. he brings it to window 1: the QR is read back from the printed page and verified there;
3. the A4 printer runs out of paper during the next print: the job says 缺纸, nothing is left in
   the spooler, and after the paper is loaded the one reprint goes out without a new query;
4. the link to the province drops: the next query is refused, and nothing is queued.

Without root or Debian's cups/cups-pdf the printing steps are skipped and the reason is said.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from devices.manager import DeviceManager
from shared.domain.certificates import DocumentKind, DocumentRequest
from shared.services import certificates
from shared.services.actor import Actor, Role
from shared.services.context import HallContext
from yimen.demo.documents import PLATFORM_CARD, a4_simulator_missing, add_platform_card, query_platform

CERTIFICATE = DocumentRequest(DocumentKind.INSURANCE_CERTIFICATE, purpose="个人留存", consent=True)


def play_query_print(
    ctx: HallContext,
    devices: DeviceManager,
    out: Path,
    *,
    read_card: Callable[[str], Any],
    say: Callable[[datetime, str], None],
    counts: Counter,
    cups: Any = None,
) -> dict[str, Any]:
    """``cups``: the LocalCups behind the A4 printer (default: the device manager's simulator)."""
    kiosk = Actor.kiosk(ctx.settings.terminal.id)
    clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    cups = cups if cups is not None else devices.simulators.get("a4")
    report: dict[str, Any] = {"printing": "" if cups is not None else (a4_simulator_missing() or "本机未配置 A4 打印机")}
    add_platform_card(devices.simulators["idcard"])
    with query_platform(ctx, out) as platform:
        from offline_store.sync.client import PlatformClient

        with PlatformClient.from_settings(ctx.settings) as client:
            # 1 the kiosk: card, query, A4
            card = read_card(PLATFORM_CARD)
            evidence = certificates.CardEvidence.just_read(id_number=card.id_number, name=card.name)
            got = certificates.query_document(ctx, platform=client, actor=kiosk, card=evidence, request=CERTIFICATE)
            assert got.issued is not None, got.reason
            counts["query_print_queries"] += 1
            say(ctx.now(), f"自助机查询打印：{got.issued.holder_masked} 刷证查询{got.issued.title}，验真码 {got.issued.verify_code}")
            scanned = got.issued.qr_text
            if cups is not None:
                doc = certificates.a4_document(got.issued, local_tz=ctx.tz)
                before = len(cups.printed())
                devices.print_a4(doc, job_id=f"a4-{got.issued.verify_code}").result(timeout=120)
                (paper,) = cups.wait_printed(before + 1)[before:]
                kept = out / "prints" / "a4-insurance-certificate.pdf"
                kept.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(paper, kept)
                report["printed_pdf"] = str(kept.relative_to(out))
                report["spooler_left"] = len(cups.spool_files())
                counts["a4_printed"] += 1
                say(ctx.now(), f"A4 打印完成（{kept.name}），打印服务中没有留下任务文件")
                scanned = _qr_on_paper(kept, out / "prints") or scanned
            # 2 the window: the printed QR verified
            verdict = certificates.verify_certificate(ctx, code=scanned, actor=clerk, platform=client)
            counts["certificates_verified_at_window"] += 1
            report["verified_at_window"] = {"verdict": verdict.verdict.value, "mode": verdict.mode, "holder": verdict.holder_id}
            say(ctx.now(), f"1号窗口扫码验真：{verdict.verdict.label}（{verdict.title}，{verdict.holder} {verdict.holder_id}）")
            # 3 paper out during a print, then the one reprint
            if cups is not None:
                report["paper_out"] = _paper_out(ctx, devices, cups, client, kiosk, read_card, say, counts)
            # 4 the province unreachable: refused, nothing queued
            card = read_card(PLATFORM_CARD)
            evidence = certificates.CardEvidence.just_read(id_number=card.id_number, name=card.name)
            platform.stop(close_store=False)
            try:
                certificates.query_document(ctx, platform=client, actor=kiosk, card=evidence, request=CERTIFICATE)
            except certificates.QueryOffline as e:
                counts["query_offline_refused"] += 1
                report["offline"] = e.message
                say(ctx.now(), f"省平台连不上：查询被拒绝（{e.message}），不排队、不补打")
            else:  # pragma: no cover - the demo shows the refusal; its absence is a bug
                raise RuntimeError("an offline query was not refused")
    return report


def _paper_out(ctx, devices, cups, client, kiosk, read_card, say, counts) -> dict[str, Any]:
    from devices.a4.printer import A4PrintProblem

    card = read_card(PLATFORM_CARD)
    evidence = certificates.CardEvidence.just_read(id_number=card.id_number, name=card.name)
    got = certificates.query_document(ctx, platform=client, actor=kiosk, card=evidence, request=CERTIFICATE)
    assert got.issued is not None
    session = certificates.PrintSession(
        certificates.a4_document(got.issued, local_tz=ctx.tz), f"a4-{got.issued.verify_code}", time.monotonic()
    )
    before = len(cups.printed())
    cups.disable("media-empty-error: 缺纸")
    try:
        devices.print_a4(session.document, job_id=session.next_job_id()).result(timeout=120)
    except A4PrintProblem as e:
        counts["a4_paper_out"] += 1
        say(ctx.now(), f"A4 打印机缺纸：{e.message}（已通知工作人员；打印服务中留下任务 {len(cups.spool_files())} 个）")
        outcome = e.outcome.value
    else:  # pragma: no cover
        raise RuntimeError("a print on a queue out of paper went through")
    finally:
        cups.enable()
    reprinted = session.may_reprint()
    devices.print_a4(session.document, job_id=session.next_job_id()).result(timeout=120)
    cups.wait_printed(before + 1)
    counts["a4_reprinted"] += 1
    say(ctx.now(), "加纸后重新打印一次：不用再刷证、不再查询")
    return {"outcome": outcome, "reprint_allowed": reprinted, "printed_after": len(cups.printed()) - before}


def _qr_on_paper(pdf: Path, folder: Path) -> str | None:
    """The QR read back from the printed page, as the window's scanner would see it."""
    if shutil.which("pdftoppm") is None:
        return None
    import numpy as np
    from PIL import Image

    from devices.scanner.decoders import DecoderChain, available_decoders

    prefix = folder / "a4-insurance-certificate"
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True)
    page = next(iter(sorted(folder.glob("a4-insurance-certificate-*.png"))), None)
    if page is None:
        return None
    decoded = DecoderChain(available_decoders()).decode(np.asarray(Image.open(page).convert("L")))
    return decoded[0].text if decoded else None
