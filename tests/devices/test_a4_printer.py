"""The A4 printer against a real CUPS daemon with a cups-pdf queue (issue 17, point 3)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from devices.a4 import ipp
from devices.a4.document import A4Document, A4Section
from devices.a4.local_cups import LocalCups
from devices.a4.pdf import render_pdf
from devices.a4.printer import A4Printer, A4PrintProblem, PrintOutcome
from devices.base import HealthState

QR = "YMVC1:eyJ0ZXN0IjoiWWltZW4gQTQg5rWL6K-VIn0." + "Q" * 86
SEAL = Image.new("RGBA", (40, 40), (200, 16, 30, 255))


def seal_png() -> bytes:
    import io

    out = io.BytesIO()
    SEAL.save(out, format="PNG")
    return out.getvalue()


def document(rows: int = 12) -> A4Document:
    return A4Document(
        title="社会保险参保证明",
        issuer="勐海县社会保险中心",
        sections=(
            A4Section(fields=(("姓名", "岩*"), ("公民身份号码", "532822********0016"))),
            A4Section(
                heading="参保情况",
                columns=("险种", "参保起始年月", "累计缴费月数", "参保状态"),
                rows=tuple(("养老保险", f"2008-{m % 12 + 1:02d}", str(100 + m), "正常参保") for m in range(rows)),
            ),
            A4Section(notes=("兹证明上述人员在本地参加社会保险。",)),
        ),
        qr_text=QR,
        verify_code="K7QM-2XPD-9TAF",
        issued_text="2026年12月05日",
        valid_text="有效期至 2027年03月05日",
        seal_png=seal_png(),
        job_name="yimen-a4-test",
    )


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def qr_codes_on(path: Path, tmp_path: Path) -> list[list[str]]:
    """Every page rendered at 200 dpi, and the QR texts decoded from each."""
    from devices.scanner.decoders import DecoderChain, available_decoders

    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", str(path), str(prefix)], check=True)
    chain = DecoderChain(available_decoders())
    pages = []
    for png in sorted(tmp_path.glob("page-*.png")):
        gray = np.asarray(Image.open(png).convert("L"))
        pages.append([r.text for r in chain.decode(gray)])
    return pages


def test_a_document_prints_through_cups_and_reads_back(local_cups: LocalCups, tmp_path: Path) -> None:
    printer = A4Printer(local_cups.uri)
    printer.open()
    try:
        job = printer.print_document(document(rows=40), job_id="a4-test-1")
    finally:
        printer.close()
    assert job.outcome is PrintOutcome.PRINTED and printer.health().state is HealthState.OK
    (paper,) = local_cups.wait_printed(1)
    text = pdf_text(paper).replace(" ", "")  # pdftotext spaces the layout its own way
    for expected in ("社会保险参保证明", "岩*", "532822********0016", "K7QM-2XPD-9TAF", "勐海县社会保险中心", "第2页/共2页"):
        assert expected in text, expected
    pages = qr_codes_on(paper, tmp_path)
    assert len(pages) == 2 and all(codes == [QR] for codes in pages)  # the QR on every page
    # nothing of the job stays in the spooler, although this CUPS keeps files and history
    assert local_cups.spool_files() == []
    assert printer.client.jobs(which="all") == []


def test_a_disabled_queue_out_of_paper_refuses_and_keeps_nothing(local_cups: LocalCups) -> None:
    local_cups.disable("media-empty-error: 缺纸")
    printer = A4Printer(local_cups.uri)
    printer.open()
    try:
        assert printer.health().state is HealthState.OFFLINE and "缺纸" in printer.health().reason
        with pytest.raises(A4PrintProblem) as problem:
            printer.print_document(document(), job_id="a4-paper-out")
    finally:
        printer.close()
    assert problem.value.outcome is PrintOutcome.PAPER_OUT and "缺纸" in problem.value.message
    assert local_cups.printed() == [] and printer.client.jobs(which="all") == []


def test_a_queue_disabled_for_another_reason_is_offline(local_cups: LocalCups) -> None:
    local_cups.disable()
    printer = A4Printer(local_cups.uri)
    with pytest.raises(A4PrintProblem) as problem:
        printer.print_pdf(render_pdf(document()), job_id="a4-offline")
    assert problem.value.outcome is PrintOutcome.OFFLINE


def test_a_queue_that_stops_while_the_job_waits_gives_paper_out_and_purges(local_cups: LocalCups) -> None:
    # the job is held in the spooler, then the queue stops out of paper: the driver sees it
    # from the spooler's state, cancels the job and purges it, so it cannot come out later
    printer = A4Printer(local_cups.uri, job_options={"job-hold-until": "indefinite"})
    seen: list[str] = []

    def stop_the_queue(health) -> None:
        seen.append(health.reason)

    printer.on_health = stop_the_queue
    original = printer._follow

    def follow(job_id: str, spooled: int):
        local_cups.disable("Out of paper")
        return original(job_id, spooled)

    printer._follow = follow  # type: ignore[method-assign]
    with pytest.raises(A4PrintProblem) as problem:
        printer.print_pdf(render_pdf(document()), job_id="a4-stops")
    assert problem.value.outcome is PrintOutcome.PAPER_OUT
    assert printer.client.jobs(which="all") == [] and local_cups.spool_files() == []
    assert any("缺纸" in r for r in seen)


def test_a_job_cancelled_before_it_is_spooled_never_reaches_the_spooler(local_cups: LocalCups) -> None:
    printer = A4Printer(local_cups.uri)
    printer.cancel("a4-cancel")  # the resident left while the job waited behind another
    with pytest.raises(A4PrintProblem) as problem:
        printer.print_document(document(), job_id="a4-cancel")
    assert problem.value.outcome is PrintOutcome.CANCELLED and "没有送到打印机" in problem.value.message
    assert printer.client.jobs(which="all") == [] and local_cups.printed() == []
    # the cancel was for that job only: the next one prints
    printer.print_document(document(rows=1), job_id="a4-next")
    assert len(local_cups.wait_printed(1)) == 1


def test_a_spooled_job_cancelled_by_the_kiosk_is_cancelled_and_purged(local_cups: LocalCups) -> None:
    # the job is held in the spooler (so it cannot finish first); the resident leaves once it
    # is spooled, before the driver's first look at it
    printer = A4Printer(local_cups.uri, job_options={"job-hold-until": "indefinite"})
    spooled_files: list[list[Path]] = []
    first_look = printer.client.job_attributes

    def look(job: int):
        if not spooled_files:
            spooled_files.append(local_cups.spool_files())
            printer.cancel("a4-held")
        return first_look(job)

    printer.client.job_attributes = look  # type: ignore[method-assign]
    with pytest.raises(A4PrintProblem) as problem:
        printer.print_document(document(), job_id="a4-held")
    assert spooled_files[0] != []  # it was in the spool
    assert problem.value.outcome is PrintOutcome.CANCELLED
    assert printer.client.jobs(which="all") == [] and local_cups.spool_files() == [] and local_cups.printed() == []


def test_an_unreachable_spooler_is_offline_with_a_hint(local_cups: LocalCups) -> None:
    uri = local_cups.uri
    local_cups.stop()
    printer = A4Printer(uri)
    with pytest.raises(ipp.IppError) as err:
        printer.open()
    assert "CUPS" in err.value.hint and printer.health().state is HealthState.OFFLINE


def test_a_bad_printer_address_is_refused_with_an_example() -> None:
    with pytest.raises(ipp.IppError, match="ipp://"):
        A4Printer("lpt1")


def test_ipp_messages_round_trip() -> None:
    body = ipp.encode(
        ipp.GET_JOBS,
        7,
        [(ipp.OPERATION, [("which-jobs", ipp.Value(ipp.KEYWORD, "all")),
                          ("requested-attributes", [ipp.Value(ipp.KEYWORD, "a"), ipp.Value(ipp.KEYWORD, "b")])])],
    )  # fmt: skip
    decoded = ipp.decode(body[:2] + b"\x00\x00" + body[4:])  # status successful-ok in place of the op
    assert decoded.request_id == 7 and decoded.group(ipp.OPERATION)["requested-attributes"] == ["a", "b"]
    with pytest.raises(ipp.IppError):
        ipp.decode(body[:5])


def test_devices_check_reports_the_a4_printer(local_cups: LocalCups) -> None:
    from devices.device_checks import check_devices, list_devices
    from shared.domain.settings import DeviceSettings

    settings = DeviceSettings(idcard="null", printer="null", scanner="null", tts="null", a4="cups", a4_uri=local_cups.uri)
    a4 = [r for r in check_devices(settings) if r.device == "a4"]
    assert [(r.check, r.ok) for r in a4] == [("status", True), ("test_print", True)]
    assert local_cups.uri in a4[0].detail and "已从打印服务中清除" in a4[1].detail
    assert len(local_cups.wait_printed(1)) == 1 and local_cups.spool_files() == []
    assert next(d for d in list_devices(settings) if d["device"] == "a4")["target"] == local_cups.uri
    local_cups.disable("media-empty-error")
    (status,) = [r for r in check_devices(settings) if r.device == "a4"]
    assert not status.ok and "缺纸" in status.detail and "cupsenable" in status.hint
