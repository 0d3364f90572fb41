"""查询打印 through the kiosk's Qt-free view-model (issue 17): the simulated card reader on a
pty, the reference platform over loopback HTTP, and a private CUPS with a PDF queue.

card → options → masked preview → print → where to take the paper; offline refused; the
paper-out path with its one reprint; and the idle wipe cancelling a pending A4 job and
purging it from the spooler.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from devices.a4.local_cups import LocalCups
from reference_platform.seed import RESIDENTS
from reference_platform.server import ReferencePlatform
from tests.support.kiosk import Resident
from yimen.demo.documents import PLATFORM_CARD, add_platform_card, query_platform
from yimen.demo.kiosk_hall import DemoHall, open_demo_hall

YAN_WEN_ID = RESIDENTS[0][1]
CERTIFICATE = "insurance_certificate"


@dataclass
class PrintHall:
    hall: DemoHall
    platform: ReferencePlatform
    cups: LocalCups
    resident: Resident

    @property
    def qp(self) -> Any:
        return self.resident.vm.screens["query_print"]

    def to_preview(self) -> None:
        """Choose the 参保证明, read 岩温's card, agree and query."""
        vm, qp = self.resident.vm, self.qp
        vm.go("query_print")
        self.resident.wait(lambda: any(k == CERTIFICATE for k, _ in qp.documents()))
        qp.choose(CERTIFICATE)
        assert qp.step == "card"
        self.resident.card(PLATFORM_CARD, lambda: qp.step == "options")
        qp.agree()
        qp.query()
        self.resident.wait(lambda: qp.step == "preview")

    def jobs_left(self) -> list[Any]:
        return self.hall.devices.a4.client.jobs(which="all")


@pytest.fixture
def printing(tmp_path: Path, local_cups: LocalCups) -> Iterator[PrintHall]:
    workdir = tmp_path / "hall"
    workdir.mkdir()
    hall = open_demo_hall(workdir, a4="cups", a4_uri=local_cups.uri)
    try:
        with query_platform(hall.ctx, workdir) as platform:
            add_platform_card(hall.devices.simulators["idcard"])
            yield PrintHall(hall, platform, local_cups, Resident(hall))
    finally:
        hall.close()


def pdf_text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(" ", "")


def test_card_options_masked_preview_print_and_where_to_take_the_paper(printing: PrintHall) -> None:
    vm, qp = printing.resident.vm, printing.qp
    vm.go("query_print")
    printing.resident.wait(lambda: any(k == CERTIFICATE for k, _ in qp.documents()))
    qp.choose(CERTIFICATE)
    assert qp.step == "card" and "刷证" in qp.speech()
    printing.resident.card(PLATFORM_CARD, lambda: qp.step == "options")
    qp.query()  # no consent yet: nothing is asked
    assert qp.step == "options" and "我同意" in qp.error and printing.platform.authority.queries() == []
    qp.agree()
    qp.query()
    printing.resident.wait(lambda: qp.step == "preview")
    preview = dict(qp.preview_lines())
    assert preview["姓名"] == "岩*" and preview["公民身份号码"] == YAN_WEN_ID[:6] + "********" + YAN_WEN_ID[-4:]
    assert YAN_WEN_ID not in str(qp.preview_lines()) and "岩温" not in str(qp.preview_lines())

    qp.print_now()
    assert qp.step == "printing"
    printing.resident.wait(lambda: qp.step == "printed", timeout=90)
    assert "出纸口" in qp.speech() and "出纸口" in vm.reader.last_text  # heard, not only shown
    (paper,) = printing.cups.wait_printed(1)
    text = pdf_text(paper)
    assert "参保证明" in text and "岩*" in text and YAN_WEN_ID not in text
    assert qp.queried.issued.verify_code in text.replace("-", "")  # printed grouped XXXX-XXXX-XXXX
    # nothing personal stays in the spooler, and a 查询打印 never becomes a case
    assert printing.cups.spool_files() == [] and printing.jobs_left() == []
    with printing.hall.ctx.unit_of_work(read_only=True) as uow:
        assert sum(uow.cases.count_by_state().values()) == 0 and uow.outbox.backlog_count() == 0
        (query,) = uow.audit.entries(action="document.query")
    assert query.detail["kind"] == CERTIFICATE and YAN_WEN_ID not in str(query.detail)


def test_offline_the_query_is_refused_and_nothing_is_printed_later(printing: PrintHall) -> None:
    vm, qp = printing.resident.vm, printing.qp
    vm.go("query_print")
    printing.resident.wait(lambda: any(k == CERTIFICATE for k, _ in qp.documents()))
    qp.choose(CERTIFICATE)
    printing.resident.card(PLATFORM_CARD, lambda: qp.step == "options")
    printing.platform.stop(close_store=False)  # the link to the province is down
    qp.agree()
    qp.query()
    printing.resident.wait(lambda: bool(qp.error))
    assert qp.step == "options" and qp.queried is None and qp.session is None
    assert "网络" in qp.error and "不会稍后自动补打" in qp.hint
    assert qp.pending_jobs == set() and printing.jobs_left() == [] and printing.cups.printed() == []
    with printing.hall.ctx.unit_of_work(read_only=True) as uow:
        (query,) = uow.audit.entries(action="document.query")
        assert query.result == "offline" and uow.outbox.backlog_count() == 0


def test_paper_out_says_so_calls_staff_and_allows_one_reprint_without_a_new_query(printing: PrintHall) -> None:
    qp = printing.qp
    printing.to_preview()
    printing.cups.disable("media-empty-error: 缺纸")
    qp.print_now()
    printing.resident.wait(lambda: qp.step == "problem", timeout=60)
    assert qp.problem == "paper_out" and "缺纸" in qp.problem_words()[0] and "缺纸" in qp.speech()
    printing.resident.wait(lambda: qp.help_sent)  # staff called
    assert qp.can_reprint() and printing.jobs_left() == [] and printing.cups.printed() == []

    printing.cups.enable()  # paper loaded
    qp.reprint()
    printing.resident.wait(lambda: qp.step == "printed", timeout=90)
    assert len(printing.cups.wait_printed(1)) == 1
    assert len(printing.platform.authority.queries()) == 1  # the reprint asked nothing again
    assert not qp.session.may_reprint()  # one reprint only
    assert printing.cups.spool_files() == [] and printing.jobs_left() == []


def expire(resident: Resident) -> None:
    """Nobody touches the kiosk for the idle time and the whole countdown."""
    vm = resident.vm
    resident.clock_s += vm.idle.effective_idle_s + vm.idle.warning_s + 1
    vm.tick(resident.clock_s)


def test_the_idle_wipe_stops_a_job_that_was_not_spooled_yet(printing: PrintHall) -> None:
    qp, a4 = printing.qp, printing.hall.devices.a4
    printing.to_preview()
    rendering, go_on = threading.Event(), threading.Event()
    render = a4.renderer

    def slow_render(doc: Any) -> bytes:  # the resident walks away while the PDF is made
        rendering.set()
        assert go_on.wait(60)
        return render(doc)

    a4.renderer = slow_render
    qp.print_now()
    assert rendering.wait(60)
    (job_id,) = qp.pending_jobs
    wipes = printing.resident.vm.wipes
    expire(printing.resident)
    assert printing.resident.vm.wipes == wipes + 1
    assert qp.session is None and qp.queried is None and qp.step == "documents"
    go_on.set()
    printing.resident.wait(lambda: not qp.pending_jobs, timeout=60)
    printing.resident.runner.pump()
    assert qp.step == "documents" and qp.problem == ""  # nothing shown to the next person
    assert printing.jobs_left() == [] and printing.cups.spool_files() == [] and printing.cups.printed() == []
    assert job_id.startswith("a4-")


def test_the_idle_wipe_cancels_a_spooled_job_and_purges_it(printing: PrintHall) -> None:
    qp, a4 = printing.qp, printing.hall.devices.a4
    printing.to_preview()
    # the job waits in the spooler (held), and the resident leaves before it prints
    a4.job_options["job-hold-until"] = "indefinite"
    spooled, wiped = threading.Event(), threading.Event()
    look = a4.client.job_attributes

    def first_look(job: int) -> Any:
        if not spooled.is_set():
            spooled.set()
            assert wiped.wait(60)
        return look(job)

    a4.client.job_attributes = first_look
    qp.print_now()
    assert spooled.wait(60)
    assert printing.cups.spool_files() != []  # the PDF is in the spool now
    expire(printing.resident)
    wiped.set()
    printing.resident.wait(lambda: not qp.pending_jobs, timeout=60)
    printing.resident.runner.pump()
    assert qp.step == "documents" and qp.problem == ""
    assert printing.jobs_left() == [] and printing.cups.spool_files() == [] and printing.cups.printed() == []
