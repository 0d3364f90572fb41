"""证明验真 at the window (issue 17): a certificate printed at the kiosk is scanned at the
counter, checked off the UI thread, and shown as genuine with what and whose (masked), or
refused with the reason. The reference platform answers over loopback HTTP."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from counter_app.viewmodels import verify as verify_module
from offline_store.sync.client import PlatformClient
from reference_platform.seed import RESIDENTS
from reference_platform.server import ReferencePlatform
from shared.domain.certificates import DocumentKind, DocumentRequest, Verdict
from shared.protocol import certificates as c
from shared.protocol import documents as d
from shared.services import certificates as svc
from shared.services.actor import Actor
from tests.support.counter import settle, sign_in
from yimen.demo.documents import query_platform

NAME, ID_NUMBER, _PHONE = RESIDENTS[0]


@pytest.fixture
def platform(ctx, tmp_path: Path) -> Iterator[ReferencePlatform]:
    with query_platform(ctx, tmp_path) as rp:
        yield rp


@pytest.fixture
def issued(ctx, platform) -> d.IssuedDocument:
    """A 参保证明 queried at the hall's kiosk, as the resident brings it to the window."""
    with PlatformClient.from_settings(ctx.settings) as client:
        got = svc.query_document(
            ctx, platform=client, actor=Actor.kiosk("T-0101"),
            card=svc.CardEvidence.just_read(id_number=ID_NUMBER, name=NAME),
            request=DocumentRequest(DocumentKind.INSURANCE_CERTIFICATE, purpose="个人留存", consent=True),
        )  # fmt: skip
    assert got.issued is not None
    return got.issued


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread each check ran on (the real use case runs)."""
    seen: list[str] = []
    real = svc.verify_certificate

    def watched(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(verify_module.certificates, "verify_certificate", watched)
    return seen


def scan(counter, qtbot, devices, text: str) -> svc.Verification:
    before = counter.verify.result
    with qtbot.waitSignal(counter.verify.checked, timeout=30_000) as got:
        devices.scanner.present(text)
    settle(counter, qtbot)
    assert counter.verify.result is got.args[0] is not before
    return got.args[0]


def test_a_scanned_certificate_is_genuine_with_what_and_whose_masked(
    qtbot, counter, ctx, devices, issued, threads
) -> None:
    sign_in(counter, qtbot)
    assert counter.workspace.show_page("work")
    # the window has not synced the platform's key yet: the QR is asked online
    result = scan(counter, qtbot, devices, issued.qr_text)
    assert counter.workspace.pages.currentWidget() is counter.verify_page  # the scan brought it up
    assert result.verdict is Verdict.GENUINE and result.mode == "online"
    shown = counter.verify_page.verdict.text() + counter.verify_page.body.text()
    assert "真实有效" in shown and "社会保险参保证明" in shown and "岩*" in shown
    assert ID_NUMBER[:6] + "********" + ID_NUMBER[-4:] in shown
    assert ID_NUMBER not in shown and NAME not in shown
    assert threads and all(t != threading.main_thread().name for t in threads)  # never on the UI thread
    # once the key is synced, the same QR is checked offline
    with PlatformClient.from_settings(ctx.settings) as client:
        svc.refresh_keys(ctx, client)
    assert scan(counter, qtbot, devices, issued.qr_text).mode == "offline"
    with ctx.unit_of_work(read_only=True) as uow:
        entries = uow.audit.entries(action="certificate.verify")
    assert len(entries) == 2 and {e.actor for e in entries} == {"lina"} and {e.result for e in entries} == {"genuine"}
    assert ID_NUMBER not in str([e.detail for e in entries])


def test_the_typed_code_is_checked_online_and_a_tampered_qr_is_refused_with_the_reason(
    qtbot, counter, ctx, devices, issued, platform, threads
) -> None:
    sign_in(counter, qtbot)
    counter.workspace.show_page("verify")
    page = counter.verify_page
    qtbot.keyClicks(page.code, issued.verify_code)
    with qtbot.waitSignal(counter.verify.checked, timeout=30_000):
        page.check.click()
    settle(counter, qtbot)
    assert counter.verify.result.genuine and counter.verify.result.mode == "online"

    claims = c.parse(issued.qr_text).claims
    _head, sig = issued.qr_text.split(".")
    forged_holder = claims.model_copy(update={"holder_id": "532822********9999"}).canonical()
    tampered = "YMVC1:" + base64.urlsafe_b64encode(forged_holder).rstrip(b"=").decode() + "." + sig
    with PlatformClient.from_settings(ctx.settings) as client:
        svc.refresh_keys(ctx, client)
    result = scan(counter, qtbot, devices, tampered)
    assert result.verdict is Verdict.TAMPERED and result.reason
    assert "内容被篡改" in page.verdict.text() and result.reason in page.body.text()
    assert "验真未通过：内容被篡改" in counter.workspace.message.text.text()

    # the platform unreachable: a typed code cannot be checked, and the window says why
    platform.stop(close_store=False)
    page.code.clear()
    qtbot.keyClicks(page.code, issued.verify_code)
    with qtbot.waitSignal(counter.verify.checked, timeout=60_000):
        qtbot.keyClick(page.code, "\r")
    settle(counter, qtbot)
    assert counter.verify.result.verdict is Verdict.UNKNOWN and "联网" in counter.verify.result.reason
    assert len(threads) == 3 and all(t != threading.main_thread().name for t in threads)


def test_an_empty_code_asks_for_a_scan_without_checking(qtbot, counter, threads) -> None:
    sign_in(counter, qtbot)
    counter.workspace.show_page("verify")
    counter.verify_page.check.click()
    assert counter.verify.last_message[0] == "error" and "验真码" in counter.verify.last_message[1]
    assert threads == []
