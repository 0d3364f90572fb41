"""免证办 at the window (issue 12, point 1), against the real reference platform over HTTP: a
scanned e-licence is verified for the material it replaces (another person's is refused with
the reason, a typed number is not taken), and the case keeps the licence's number and issuer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reference_platform.seed import RESIDENTS, licence_code, seed_licences
from reference_platform.server import ReferencePlatform
from shared.domain.cases import ReceiptMethod
from shared.domain.settings import Settings
from shared.protocol.credentials import PlatformCredentials, write_credentials
from shared.services import cases
from tests.support.counter import counter_settings, settle, sign_in
from tests.support.sync import SECRET_A, platform_config

YAN_WEN, YU_XIANG = RESIDENTS[0], RESIDENTS[1]


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(platform_config(tmp_path / "ref"))
    rp.start_in_thread()
    yield rp
    rp.stop()


@pytest.fixture
def settings(tmp_path: Path, platform: ReferencePlatform) -> Settings:
    creds = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK-T-0001", SECRET_A.encode()))
    base = counter_settings(tmp_path)
    return base.model_copy(
        update={"platform": base.platform.model_copy(update={"base_url": platform.base_url, "credentials_file": creds})}
    )


def _code(rp: ReferencePlatform, n: int) -> str:
    row = seed_licences(datetime.now(UTC).date())[n]
    return licence_code(rp.config.licence_issuer_key, row["licence_no"], row["valid_to"])


def _applicant(counter, resident) -> None:
    counter.applicant.set_field("id_number", resident[1])
    counter.applicant.set_field("name", resident[0])


def test_the_window_verifies_a_scanned_licence(qtbot, counter, ctx, devices, platform):
    sign_in(counter, qtbot)
    _applicant(counter, YAN_WEN)
    settle(counter, qtbot)
    divorce = next(i for i in ctx.catalog().items.values() if i.name == "内地居民离婚登记")
    counter.intake.pick("item", divorce.code)
    settle(counter, qtbot)
    rows = {r.code: i for i, r in enumerate(counter.intake.checklist.rows)}
    marriage = _code(platform, 1)  # 玉香's 结婚证
    devices.scanner.present(marriage)
    qtbot.waitUntil(lambda: "不是申请人本人的" in counter.intake.last_message[1], timeout=20_000)
    assert counter.intake.last_message[0] == "error" and YU_XIANG[0] not in counter.intake.last_message[1]
    assert counter.intake.checklist.rows[rows["JHZ"]].method is None
    # the resident at the window is 玉香 after all: the same code now verifies
    _applicant(counter, YU_XIANG)
    settle(counter, qtbot)
    rows = {r.code: i for i, r in enumerate(counter.intake.checklist.rows)}
    devices.scanner.present(marriage)
    qtbot.waitUntil(lambda: counter.intake.checklist.rows[rows["JHZ"]].method is ReceiptMethod.E_LICENCE, timeout=20_000)
    row = counter.intake.checklist.rows[rows["JHZ"]]
    assert row.reference == "HY53282200002" and "勐海县民政局" in row.suggestion
    assert counter.intake.last_message[0] == "ok"
    # a typed reference cannot stand for a verified licence
    assert not counter.intake.mark(rows["JHZ"], ReceiptMethod.E_LICENCE, reference="HY00000000000")
    settle(counter, qtbot)
    for code, i in rows.items():
        if code != "JHZ":
            assert counter.intake.mark(i, ReceiptMethod.PAPER_ORIGINAL), counter.intake.last_message
    assert counter.intake.checklist.rows[rows["JHZ"]].reference == "HY53282200002"
    counter.intake.accept()
    settle(counter, qtbot)
    assert counter.intake.accepted, counter.intake.last_message
    [a] = counter.intake.accepted
    materials = {m.material_code: m for m in cases.get_case(ctx, case_no=a.case.case_no).record.materials}
    assert materials["JHZ"].method is ReceiptMethod.E_LICENCE and materials["JHZ"].reference == "HY53282200002"
    assert "勐海县民政局" in materials["JHZ"].note
