"""免证办 at the kiosk (issue 12, point 1), against the real reference platform over HTTP: an
e-licence shown on the phone is verified as the card holder's own before it counts (another
person's is refused with the reason), the resident's consent to data sharing is recorded with
the application, and the job fetches the data later; what it cannot fetch reaches the windows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reference_platform.seed import licence_code, seed_licences
from reference_platform.server import ReferencePlatform
from shared.domain.cases import ReceiptMethod
from shared.protocol.credentials import PlatformCredentials, write_credentials
from shared.services import licences
from shared.services.actor import Actor, Role
from shared.services.jobs import JobRunner
from tests.support.kiosk import Resident
from tests.support.sync import SECRET_A, platform_config
from yimen.demo.kiosk_hall import ELDER_CARD

ELDERLY_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请: 户口簿 by e-licence or sharing


@pytest.fixture
def platform(tmp_path: Path, hall) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(platform_config(tmp_path / "ref"))
    rp.start_in_thread()
    creds = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK-T-0001", SECRET_A.encode()))
    hall.ctx.settings.terminal.id = "T-0001"
    hall.ctx.settings.platform.base_url = rp.base_url
    hall.ctx.settings.platform.credentials_file = creds
    yield rp
    rp.stop()


def _code(rp: ReferencePlatform, n: int) -> str:
    row = seed_licences(datetime.now(UTC).date())[n]
    return licence_code(rp.config.licence_issuer_key, row["licence_no"], row["valid_to"])


def test_a_licence_on_the_phone_is_verified_and_consent_leads_to_a_query(platform, resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    vm.go("apply")
    a = vm.apply
    resident.wait(lambda: bool(a.items))
    a.choose_item(ELDERLY_ALLOWANCE)
    resident.wait(lambda: a.step == "card")
    resident.card(ELDER_CARD, lambda: a.step == "form")
    a.form_done()
    hkb = next(c for c in a.choices if c.material.code == "HKB")
    assert ReceiptMethod.E_LICENCE in hkb.options
    a.choose_method("HKB", ReceiptMethod.E_LICENCE)
    assert hkb.waiting_scan and "扫码口" in hkb.status()
    resident.scan(_code(platform, 0), lambda: bool(a.error))  # 岩温's 户口簿 on 玉罕's phone
    assert "不是申请人本人的" in a.error and hkb.method is None and "岩" not in a.error
    resident.scan(_code(platform, 4), lambda: hkb.method is ReceiptMethod.E_LICENCE)  # her own
    assert hkb.reference == "JY53282200005" and "勐海县公安局" in hkb.note and hkb.status() == "电子证照核验通过"
    a.choose_method("SBK", ReceiptMethod.DATA_SHARING)  # she agrees that the department's data is used
    assert a.materials_ready
    a.to_review()
    a.submit()
    resident.wait(lambda: a.stored is not None)
    case_no = a.stored.case_no
    with hall.ctx.unit_of_work(read_only=True) as uow:
        on_case = {m.material_code: m for m in uow.cases.get_by_no(case_no).record.materials}
        (check,) = uow.licence_checks.of_case(case_no)
        verified = [e for e in uow.audit.entries(action="licence.verify") if e.result == "ok"]
    assert on_case["HKB"].method is ReceiptMethod.E_LICENCE and "勐海县公安局" in on_case["HKB"].note
    assert check.kind == "data_sharing" and check.code == "social_security_card" and check.state == "pending"
    assert verified and verified[0].actor.startswith("kiosk:")
    # the job asks the platform; it holds no social security card record for her: the windows see it
    outcome = JobRunner(hall.ctx).run("licences.verify-pending")
    assert outcome.ok and "未通过 1 项" in outcome.summary
    clerk = Actor(user="clerk01", role=Role.CLERK, terminal_id="T-0001", window_no=1)
    (follow,) = licences.open_followups(hall.ctx, actor=clerk)
    assert follow.case_no == case_no and "社会保障卡信息没有查到" in follow.line
    with hall.ctx.unit_of_work(read_only=True) as uow:
        (query,) = uow.audit.entries(action="data_sharing.query")
    assert query.target == case_no and query.detail["dataset"] == "social_security_card"
    assert "同意" in query.detail["purpose"] and "532822195603120029" not in str(query.detail)


def test_offline_the_kiosk_takes_the_licence_to_verify_and_the_job_verifies_it(platform, resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    code = _code(platform, 4)
    platform.stop(close_store=False)
    vm.go("apply")
    a = vm.apply
    resident.wait(lambda: bool(a.items))
    a.choose_item(ELDERLY_ALLOWANCE)
    resident.wait(lambda: a.step == "card")
    resident.card(ELDER_CARD, lambda: a.step == "form")
    a.form_done()
    hkb = next(c for c in a.choices if c.material.code == "HKB")
    a.choose_method("HKB", ReceiptMethod.E_LICENCE)
    resident.scan(code, lambda: hkb.method is ReceiptMethod.E_LICENCE)
    assert hkb.pending_code == code and hkb.status() == "已扫码，网络恢复后自动核验" and not a.error
    a.choose_method("SBK", ReceiptMethod.DATA_SHARING)
    a.to_review()
    a.submit()
    resident.wait(lambda: a.stored is not None)
    case_no = a.stored.case_no
    with hall.ctx.unit_of_work(read_only=True) as uow:
        kinds = {c.kind: c.state for c in uow.licence_checks.of_case(case_no)}
    assert kinds == {"e_licence": "pending", "data_sharing": "pending"}
    platform.start_in_thread()
    outcome = JobRunner(hall.ctx).run("licences.verify-pending")
    assert outcome.ok and "核验通过 1 项" in outcome.summary
    with hall.ctx.unit_of_work(read_only=True) as uow:
        states = {c.kind: c.state for c in uow.licence_checks.of_case(case_no)}
        hkb_row = next(m for m in uow.cases.get_by_no(case_no).record.materials if m.material_code == "HKB")
    assert states == {"e_licence": "verified", "data_sharing": "refused"}
    assert hkb_row.reference == "JY53282200005" and "勐海县公安局" in hkb_row.note
