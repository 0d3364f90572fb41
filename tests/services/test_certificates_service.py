"""查询打印 and verification as use cases: the reference platform over HTTP, the store, and
for printing a real CUPS daemon (issue 17)."""

from __future__ import annotations

import base64
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from devices.a4.local_cups import LocalCups
from devices.a4.printer import A4Printer, A4PrintProblem, PrintOutcome
from offline_store.sync.client import PlatformClient
from reference_platform.config import PlatformConfig, TerminalKey
from reference_platform.seed import RESIDENTS
from reference_platform.server import ReferencePlatform
from shared.domain.certificates import DocumentKind, DocumentRequest, InsuranceType, Verdict
from shared.domain.errors import ValidationError
from shared.protocol import certificates as c
from shared.protocol import documents as d
from shared.protocol.credentials import PlatformCredentials
from shared.services import certificates as svc

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "devices"))
from test_a4_printer import pdf_text, qr_codes_on

YAN_WEN, YU_XIANG, ZHANG, LI = RESIDENTS
SECRET = "k" * 40


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(
        PlatformConfig(db_path=tmp_path / "ref.db", terminals=(TerminalKey("AK-K", SECRET, "T-0101"),))
    )
    rp.start_in_thread()
    yield rp
    rp.stop()


@pytest.fixture
def client(platform: ReferencePlatform) -> Iterator[PlatformClient]:
    with PlatformClient(
        base_url=platform.base_url, credentials=PlatformCredentials("AK-K", SECRET.encode()), terminal_id="T-0101"
    ) as cl:
        yield cl


def card(resident=YAN_WEN) -> svc.CardEvidence:
    return svc.CardEvidence.just_read(id_number=resident[1], name=resident[0])


CERTIFICATE = DocumentRequest(DocumentKind.INSURANCE_CERTIFICATE, purpose="个人留存", consent=True)


def test_a_query_is_logged_with_who_what_and_which_terminal(ctx, kiosk, client) -> None:
    got = svc.query_document(ctx, platform=client, actor=kiosk, card=card(), request=CERTIFICATE)
    assert got.found and got.issued is not None
    preview = dict(got.preview_lines())
    assert preview["姓名"] == "岩*" and preview["公民身份号码"].startswith("532822****")
    with ctx.unit_of_work(read_only=True) as uow:
        (entry,) = uow.audit.entries(action="document.query")
    assert entry.actor == "kiosk:T-0101" and entry.terminal_id == "T-0101"
    assert entry.target == got.issued.verify_code and entry.detail["kind"] == "insurance_certificate"
    assert entry.detail["purpose"] == "个人留存" and entry.detail["face"] == "not_checked"
    assert YAN_WEN[1] not in str(entry.detail) and entry.detail["holder"] == got.issued.holder_id_masked


def test_no_card_or_an_old_card_read_is_refused_before_asking(ctx, kiosk, client, platform) -> None:
    old = svc.CardEvidence(YAN_WEN[1], YAN_WEN[0], card().read_at - timedelta(minutes=5), 0.0)
    for evidence in (None, old):
        with pytest.raises(svc.CardNotPresent, match="刷身份证"):
            svc.query_document(ctx, platform=client, actor=kiosk, card=evidence, request=CERTIFICATE)
    with pytest.raises(ValidationError, match="同意"):
        svc.query_document(
            ctx, platform=client, actor=kiosk, card=card(),
            request=DocumentRequest(DocumentKind.INSURANCE_CERTIFICATE, purpose="个人留存", consent=False),
        )  # fmt: skip
    with pytest.raises(ValidationError, match="险种"):
        svc.query_document(
            ctx, platform=client, actor=kiosk, card=card(),
            request=DocumentRequest(DocumentKind.SOCIAL_INSURANCE_RECORD, purpose="个人留存", consent=True),
        )  # fmt: skip
    assert platform.authority.queries() == []  # nothing reached the platform


def test_offline_the_query_is_refused_and_nothing_waits(ctx, kiosk, client, platform) -> None:
    platform.stop(close_store=False)
    with pytest.raises(svc.QueryOffline) as err:
        svc.query_document(ctx, platform=client, actor=kiosk, card=card(), request=CERTIFICATE)
    assert "网络中断" in err.value.message and "不会稍后自动补打" in err.value.hint
    with ctx.unit_of_work(read_only=True) as uow:
        (entry,) = uow.audit.entries(action="document.query")
        assert entry.result == "offline"
        assert uow.outbox.backlog_count() == 0  # no case, no event queued for later


def test_someone_elses_property_is_refused(ctx, kiosk, client) -> None:
    with pytest.raises(svc.QueryRefused) as err:
        svc.query_document(
            ctx, platform=client, actor=kiosk, card=card(YU_XIANG),
            request=DocumentRequest(DocumentKind.LICENCE_COPY, purpose="亮证", consent=True, licence_no="JY53282200001"),
        )  # fmt: skip
    assert err.value.code == "not_owner" and "本人" in err.value.message


def test_a_face_mismatch_stops_the_query(ctx, kiosk, client, platform) -> None:
    class Mismatch:
        def compare(self, *, card_photo: bytes, terminal_id: str) -> svc.FaceResult:
            return svc.FaceResult(checked=True, matched=False)

    with pytest.raises(svc.QueryRefused, match="人像比对"):
        svc.query_document(ctx, platform=client, actor=kiosk, card=card(), request=CERTIFICATE, face=Mismatch())
    assert platform.authority.queries() == []


def test_a_certificate_printed_through_cups_reads_back_masked_and_verifies(
    ctx, kiosk, client, local_cups: LocalCups, tmp_path: Path
) -> None:
    request = DocumentRequest(
        DocumentKind.SOCIAL_INSURANCE_RECORD, purpose="个人留存", consent=True,
        insurance_type=InsuranceType.PENSION, year=2016,
    )  # fmt: skip
    got = svc.query_document(ctx, platform=client, actor=kiosk, card=card(ZHANG), request=request)
    assert got.issued is not None
    printer = A4Printer(local_cups.uri)
    printer.open()
    try:
        job = printer.print_document(svc.a4_document(got.issued, local_tz=ctx.tz), job_id="t-record")
    finally:
        printer.close()
    assert job.outcome is PrintOutcome.PRINTED
    (paper,) = local_cups.wait_printed(1)
    text = pdf_text(paper).replace(" ", "")
    assert "社会保险个人权益记录单" in text and "养老保险" in text and "2016-04" in text and "中断" in text
    assert "张**" in text and ZHANG[1] not in text and "张建华" not in text  # masked on paper
    assert got.issued.verify_code[:4] in text
    (codes,) = qr_codes_on(paper, tmp_path)
    assert codes == [got.issued.qr_text]
    svc.refresh_keys(ctx, client)
    offline = svc.verify_certificate(ctx, code=codes[0], actor=kiosk)  # no platform: offline
    assert offline.verdict is Verdict.GENUINE and offline.mode == "offline"
    assert offline.holder == "张**" and offline.title == "社会保险个人权益记录单"
    online = svc.verify_certificate(ctx, code=got.issued.verify_code, actor=kiosk, platform=client)
    assert online.verdict is Verdict.GENUINE and online.mode == "online" and online.holder == "张**"


def test_a_paper_out_keeps_the_document_for_one_reprint(ctx, kiosk, client, local_cups: LocalCups) -> None:
    got = svc.query_document(ctx, platform=client, actor=kiosk, card=card(), request=CERTIFICATE)
    assert got.issued is not None
    session = svc.PrintSession(svc.a4_document(got.issued), job_id="t-cert", started=0.0)
    printer = A4Printer(local_cups.uri)
    local_cups.disable("media-empty-error")
    with pytest.raises(A4PrintProblem) as problem:
        printer.print_document(session.document, job_id=session.next_job_id())
    assert problem.value.outcome is PrintOutcome.PAPER_OUT
    assert session.may_reprint(now=60.0) and not session.may_reprint(now=400.0)
    local_cups.enable()
    job = printer.print_document(session.document, job_id=session.next_job_id())
    assert job.job_id == "t-cert-r1" and not session.may_reprint(now=61.0)  # one reprint, no more
    assert len(local_cups.wait_printed(1)) == 1
    with ctx.unit_of_work(read_only=True) as uow:
        assert len(uow.audit.entries(action="document.query")) == 1  # the reprint asked nobody again


def test_forged_tampered_expired_and_unknown_codes_are_refused_with_the_reason(ctx, kiosk, client, platform) -> None:
    got = svc.query_document(ctx, platform=client, actor=kiosk, card=card(), request=CERTIFICATE)
    assert got.issued is not None
    svc.refresh_keys(ctx, client)
    genuine = c.parse(got.issued.qr_text).claims
    thief = c.CertificateSigner.generate()
    _head, sig = got.issued.qr_text.split(".")
    tampered_claims = genuine.model_copy(update={"holder_id": "532822********9999"}).canonical()
    codes = {
        "tampered": "YMVC1:" + base64.urlsafe_b64encode(tampered_claims).rstrip(b"=").decode() + "." + sig,
        "forged": thief.sign(genuine.model_copy(update={"kid": thief.kid})),
        "expired": platform.authority.signer.sign(
            genuine.model_copy(update={"valid_until": ctx.today() - timedelta(days=1)})
        ),
        "garbage": "YMVC1:not-a-certificate",
        "unknown_code": "K7QM-2XPD-9TAF",
        "not_ours": "https://example.org/x",
    }
    results = {name: svc.verify_certificate(ctx, code=code, actor=kiosk, platform=client) for name, code in codes.items()}
    assert {n: r.verdict for n, r in results.items()} == {
        "tampered": Verdict.TAMPERED, "forged": Verdict.FORGED, "expired": Verdict.EXPIRED,
        "garbage": Verdict.UNKNOWN, "unknown_code": Verdict.UNKNOWN, "not_ours": Verdict.UNKNOWN,
    }  # fmt: skip
    assert all(r.reason for r in results.values())
    # the forged QR names a key this kiosk does not hold: it asked the platform, which refused it
    assert results["forged"].mode == "online" and results["tampered"].mode == "offline"
    assert "已过期" in results["expired"].reason
    with ctx.unit_of_work(read_only=True) as uow:
        assert len(uow.audit.entries(action="certificate.verify")) == len(codes)


def test_yimen_verify_on_the_command_line(tmp_path: Path, platform, client, capsys, monkeypatch) -> None:
    import json

    from shared.domain.settings import load_settings
    from shared.services.context import HallContext
    from yimen.cli import main

    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "y.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "b"}"\n[platform]\ncredentials_file = "{tmp_path / "none.toml"}"\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    assert main(["--config", str(cfg), "db", "upgrade"]) == 0
    doc = client.query_document(
        d.DocumentQueryRequest(
            kind=DocumentKind.INSURANCE_CERTIFICATE, subject=svc._subject(card()), consent=True, purpose="核验测试"
        )
    ).document
    assert doc is not None
    key_file = tmp_path / "platform.pub"
    key_file.write_text(c.public_key_text(platform.authority.signer.public_key) + "\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--config", str(cfg), "verify", doc.qr_text, "--public-key", str(key_file), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["verdict"] == "genuine" and out["mode"] == "offline" and out["holder"] == "岩*"
    tampered = doc.qr_text[:-3] + ("AAA" if not doc.qr_text.endswith("AAA") else "BBB")
    assert main(["--config", str(cfg), "verify", tampered, "--public-key", str(key_file)]) == 1
    assert "内容被篡改" in capsys.readouterr().out
    # no key and no platform credentials: a 验真码 cannot be checked, and it says why
    assert main(["--config", str(cfg), "verify", doc.verify_code]) == 1
    assert "需要联网核验" in capsys.readouterr().out
    ctx = HallContext.open(load_settings(cfg))
    try:
        with ctx.unit_of_work(read_only=True) as uow:
            assert len(uow.audit.entries(action="certificate.verify")) == 3
    finally:
        ctx.close()
