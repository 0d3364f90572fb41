"""免证办 (issue 12, point 1) against the real reference platform over HTTP and a real store
(SQLite and PostgreSQL): e-licences verified or refused with the reason, shared data fetched
with consent and logged, and checks made by the job runner once the link returns, a refusal
reaching the clerk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from offline_store.store import Store
from reference_platform.seed import RESIDENTS, licence_code, seed_licences
from reference_platform.server import ReferencePlatform
from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.models import Material, ServiceItem
from shared.domain.settings import Settings
from shared.protocol.credentials import PlatformCredentials, write_credentials
from shared.services import cases, licences
from shared.services.actor import Actor
from shared.services.catalog import store_catalog
from shared.services.context import HallContext
from shared.services.jobs import JobRunner
from tests.support.sync import SECRET_A, client_for, platform_config

YAN_WEN, YU_XIANG, ZHANG, LI = RESIDENTS
DIVORCE = "内地居民离婚登记"  # 结婚证: e-licence 结婚证 or data sharing (marriage_record)
DISABILITY_RENEWAL = "残疾人证换领、补领和迁移"  # 残疾人证: e-licence


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(platform_config(tmp_path))
    rp.start_in_thread()
    yield rp
    rp.stop()


@pytest.fixture
def client(platform: ReferencePlatform):
    c = client_for(platform)
    yield c
    c.close()


@pytest.fixture
def hall(db_url: str, key_path: Path, tmp_path: Path, clock, demo_catalog, platform) -> Iterator[HallContext]:
    """A hall whose settings reach the reference platform (the job builds its own client)."""
    creds = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK-T-0001", SECRET_A.encode()))
    settings = Settings(
        store={"url": db_url, "key_file": key_path, "backup_dir": tmp_path / "backups"},
        terminal={"id": "T-0001"},
        platform={"base_url": platform.base_url, "credentials_file": creds},
    )
    store = Store.for_tests(db_url, key_path)
    context = HallContext(settings=settings, store=store, clock=clock)
    store_catalog(context, catalog=demo_catalog, actor=Actor.system(), source="demo")
    try:
        yield context
    finally:
        store.close()


def _code(rp: ReferencePlatform, n: int) -> str:
    row = seed_licences(datetime.now(UTC).date())[n]
    return licence_code(rp.config.licence_issuer_key, row["licence_no"], row["valid_to"])


def _item(demo_catalog, name: str) -> ServiceItem:
    return next(i for i in demo_catalog.items.values() if i.name == name)


def _material(item: ServiceItem, code: str) -> Material:
    return next(m for m in item.materials if m.code == code)


def _divorce_receipts(item: ServiceItem, jhz: MaterialReceipt) -> list[MaterialReceipt]:
    out = []
    for m in item.materials:
        if m.code == "JHZ":
            out.append(jhz)
        elif m.code == "SFZ":
            out.append(MaterialReceipt(m.code, m.name, ReceiptMethod.CARD_READ))
        else:
            out.append(MaterialReceipt(m.code, m.name, ReceiptMethod.PAPER_ORIGINAL, copies=m.copies))
    return out


def _applicant(resident) -> cases.Applicant:
    return cases.Applicant(ApplicantKind.PERSON, resident[1], resident[0])


def test_a_valid_licence_ticks_the_material_with_number_and_issuer(hall, clerk, client, platform, demo_catalog):
    item = _item(demo_catalog, DIVORCE)
    jhz = _material(item, "JHZ")
    lic = licences.verify_for_material(
        hall, platform=client, actor=clerk, material=jhz, code=_code(platform, 1), holder_id=YU_XIANG[1],
        item_name=item.name,
    )  # fmt: skip
    assert (lic.licence_no, lic.licence_type, lic.issuer) == ("HY53282200002", "结婚证", "勐海县民政局")
    stored = cases.accept_case(
        hall, actor=clerk, item_code=item.code, applicant=_applicant(YU_XIANG),
        materials=_divorce_receipts(item, lic.receipt(jhz)),
    )  # fmt: skip
    with hall.unit_of_work(read_only=True) as uow:
        on_case = {m.material_code: m for m in uow.cases.get_by_no(stored.case_no).record.materials}
        (entry,) = uow.audit.entries(action="licence.verify")
        assert uow.licence_checks.of_case(stored.case_no) == []  # nothing owed
    assert on_case["JHZ"].method is ReceiptMethod.E_LICENCE and on_case["JHZ"].reference == "HY53282200002"
    assert "勐海县民政局" in on_case["JHZ"].note and "电子证照已核验" in on_case["JHZ"].note
    assert entry.result == "ok" and entry.actor == "clerk01" and entry.detail["licence_no"] == "HY53282200002"
    assert YU_XIANG[1] not in str(entry.detail) and "离婚" in entry.detail["purpose"]


@pytest.mark.parametrize(
    ("n", "holder", "item_name", "material", "verdict", "words"),
    [
        ("forged", YU_XIANG, DIVORCE, "JHZ", "forged", "无效或被篡改"),
        (2, ZHANG, DISABILITY_RENEWAL, "CJZ", "expired", "已过有效期"),
        (3, LI, "个体工商户变更登记", "YYZZ", "revoked", "已被发证机关注销"),
        (1, YAN_WEN, DIVORCE, "JHZ", "not_holder", "不是申请人本人的"),
        (1, YU_XIANG, DISABILITY_RENEWAL, "CJZ", "wrong_type", "需要的是残疾人证"),
    ],
)
def test_a_licence_that_cannot_stand_is_refused_with_the_reason(
    hall, clerk, client, platform, demo_catalog, n, holder, item_name, material, verdict, words
):
    if n == "forged":
        genuine = _code(platform, 1)
        code = genuine[:-1] + ("0" if genuine[-1] != "0" else "1")
    else:
        code = _code(platform, n)
    item = next(i for i in demo_catalog.items.values() if i.name == item_name or i.name.startswith(item_name))
    m = _material(item, material)
    with pytest.raises(licences.LicenceNotAccepted) as e:
        licences.verify_for_material(
            hall, platform=client, actor=clerk, material=m, code=code, holder_id=holder[1], item_name=item.name
        )
    assert e.value.verdict == verdict and words in e.value.message and e.value.hint
    for other in RESIDENTS:  # nobody's name or full number in what the clerk reads
        assert other[1] not in e.value.message and other[0] not in e.value.message
    with hall.unit_of_work(read_only=True) as uow:
        (entry,) = uow.audit.entries(action="licence.verify")
    assert entry.result == "refused" and entry.detail["verdict"] == verdict


def test_shared_data_is_fetched_with_consent_and_each_query_logged(hall, clerk, client, demo_catalog):
    item = _item(demo_catalog, DIVORCE)
    jhz = _material(item, "JHZ")
    consent = MaterialReceipt(jhz.code, jhz.name, ReceiptMethod.DATA_SHARING, reference=licences.consent_reference(jhz))
    stored = cases.accept_case(
        hall, actor=clerk, item_code=item.code, applicant=_applicant(YU_XIANG), materials=_divorce_receipts(item, consent)
    )
    round_ = licences.run_checks(hall, platform=client, actor=clerk, case_no=stored.case_no)
    assert not round_.offline and round_.count("verified") == 1
    with hall.unit_of_work(read_only=True) as uow:
        m = next(x for x in uow.cases.get_by_no(stored.case_no).record.materials if x.material_code == "JHZ")
        (entry,) = uow.audit.entries(action="data_sharing.query")
    assert m.method is ReceiptMethod.DATA_SHARING and not m.reference.startswith("consent:")
    assert "婚姻登记信息" in m.note and m.reference in m.note
    # who, which case, which data, why
    assert entry.actor == "clerk01" and entry.target == stored.case_no
    assert entry.detail["dataset"] == "marriage_record" and "同意" in entry.detail["purpose"]
    assert entry.detail["query_id"] == m.reference and YU_XIANG[1] not in str(entry.detail)


def test_shared_data_not_held_reaches_the_clerk(hall, clerk, client, demo_catalog):
    item = _item(demo_catalog, DIVORCE)
    jhz = _material(item, "JHZ")
    consent = MaterialReceipt(jhz.code, jhz.name, ReceiptMethod.DATA_SHARING, reference=licences.consent_reference(jhz))
    stored = cases.accept_case(  # 张建华 has no marriage record on the platform
        hall, actor=clerk, item_code=item.code, applicant=_applicant(ZHANG), materials=_divorce_receipts(item, consent)
    )
    round_ = licences.run_checks(hall, platform=client, actor=clerk, case_no=stored.case_no)
    assert round_.count("refused") == 1
    (follow,) = licences.open_followups(hall, actor=clerk)
    assert follow.case_no == stored.case_no and "没有查到" in follow.line and "补交纸质材料" in follow.line


def test_offline_the_window_accepts_on_paper_and_the_job_verifies_when_the_link_returns(
    hall, clerk, platform, demo_catalog
):
    item = _item(demo_catalog, DIVORCE)
    jhz = _material(item, "JHZ")
    code = _code(platform, 1)
    platform.stop(close_store=False)
    offline = licences.platform_for(hall)
    with pytest.raises(licences.LicenceCheckOffline, match="连不上省平台"):
        licences.verify_for_material(hall, platform=offline, actor=clerk, material=jhz, code=code,
                                     holder_id=YU_XIANG[1], item_name=item.name)  # fmt: skip
    paper = MaterialReceipt(jhz.code, jhz.name, ReceiptMethod.PAPER_ORIGINAL)
    stored = cases.accept_case(
        hall, actor=clerk, item_code=item.code, applicant=_applicant(YU_XIANG),
        materials=_divorce_receipts(item, paper), licence_codes={"JHZ": code},
    )  # fmt: skip
    runner = JobRunner(hall)
    down = runner.run("licences.verify-pending")  # the link is still down: the check waits
    assert down.ok and "连不上" in down.summary
    with hall.unit_of_work(read_only=True) as uow:
        (check,) = uow.licence_checks.of_case(stored.case_no)
    assert check.state == "pending" and check.attempts == 1 and check.last_error
    platform.start_in_thread()
    up = runner.run("licences.verify-pending")
    assert up.ok and "核验通过 1 项" in up.summary
    with hall.unit_of_work(read_only=True) as uow:
        (check,) = uow.licence_checks.of_case(stored.case_no)
        m = next(x for x in uow.cases.get_by_no(stored.case_no).record.materials if x.material_code == "JHZ")
    assert check.state == "verified" and check.reference == "HY53282200002"
    assert m.method is ReceiptMethod.PAPER_ORIGINAL and "勐海县民政局" in m.note  # the paper stays, now verified
    assert licences.open_followups(hall, actor=clerk) == []


def test_a_refusal_found_by_the_job_reaches_the_clerk_until_handled(hall, clerk, platform, demo_catalog):
    item = _item(demo_catalog, DIVORCE)
    jhz = _material(item, "JHZ")
    deferred = MaterialReceipt(jhz.code, jhz.name, ReceiptMethod.PAPER_ORIGINAL)
    stored = cases.accept_case(  # 岩温 hands in 玉香's licence while the link is down
        hall, actor=clerk, item_code=item.code, applicant=_applicant(YAN_WEN),
        materials=_divorce_receipts(item, deferred), licence_codes={"JHZ": _code(platform, 1)},
    )  # fmt: skip
    outcome = JobRunner(hall).run("licences.verify-pending")
    assert outcome.ok and "未通过 1 项" in outcome.summary
    other_window = Actor(user="clerk07", role=clerk.role, terminal_id="T-0007", window_no=7)
    assert licences.open_followups(hall, actor=other_window) == []
    (follow,) = licences.open_followups(hall, actor=clerk)
    assert follow.case_no == stored.case_no and "不是申请人本人的" in follow.line
    licences.mark_handled(hall, actor=clerk, check_id=follow.check_id, note="已电话通知补交原件")
    assert licences.open_followups(hall, actor=clerk) == []
    with hall.unit_of_work(read_only=True) as uow:
        actions = [e.action for e in uow.audit.entries() if e.target == stored.case_no]
    assert {"licence.checks_recorded", "licence.verify", "licence.followup_handled"} <= set(actions)


def test_a_catalog_naming_unknown_shared_data_is_refused_on_import():
    with pytest.raises(ValueError, match="共享数据类别“pet_record”不认识"):
        Material(code="X", name="宠物证明", original_or_copy="原件", source="数据共享", shared_data_kind="pet_record")


def test_a_licence_scanned_for_what_the_kiosk_already_recorded_owes_no_check(hall, clerk, platform, demo_catalog):
    """A kiosk pre-application took the 户口簿 by data sharing; at the window the clerk also
    scanned an e-licence for it while the link was down. The kiosk's record stays, so accepting
    the pre-application owes no licence check for that material and is not refused."""
    item = next(i for i in demo_catalog.items.values() if i.code == "11532822MB1611313W3000030070000")
    kiosk_case = cases.submit_self_service(
        hall, actor=Actor.kiosk("T-0101"), item_code=item.code, applicant=_applicant(YAN_WEN),
        materials=[
            MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
            MaterialReceipt("HKB", "居民户口簿", ReceiptMethod.DATA_SHARING, reference="HJ-20261117-0042"),
            MaterialReceipt("SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.DATA_SHARING, reference="SB-77"),
        ],
    )  # fmt: skip
    stored = cases.accept_submitted(
        hall, actor=clerk, case_no=kiosk_case.case_no,
        materials=[
            MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
            MaterialReceipt("HKB", "居民户口簿", ReceiptMethod.DATA_SHARING, reference="HJ-20261117-0042"),
            MaterialReceipt("SBK", "社会保障卡（金融账户已激活）", ReceiptMethod.DATA_SHARING, reference="SB-77"),
        ],
        licence_codes={"HKB": _code(platform, 0)},
    )  # fmt: skip
    assert stored.state is CaseState.ACCEPTED
    with hall.unit_of_work(read_only=True) as uow:
        assert uow.licence_checks.of_case(kiosk_case.case_no) == []
        hkb = next(m for m in uow.cases.get_by_no(kiosk_case.case_no).record.materials if m.material_code == "HKB")
    assert hkb.method is ReceiptMethod.DATA_SHARING and hkb.reference == "HJ-20261117-0042"
