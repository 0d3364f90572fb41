from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from shared.domain.cases import ApplicantKind, CaseState, MaterialReceipt, ReceiptMethod, is_valid_case_no
from shared.domain.errors import Conflict, InvalidIdentity, NotFound, PermissionDenied, ValidationError
from shared.services import cases as svc
from shared.services.actor import Actor, Role
from shared.services.cases import Applicant, MaterialsIncomplete
from tests.support.services import ELDERLY_ID, TZ, YOUNG_ID

LOW_INCOME = "11532822MB1611313W3000030040000"  # 最低生活保障审核确认: 承诺件, 20 days, SRZM 容缺
INSURED_PROOF = "11532822MB153717693000010040000"  # 个人参保证明查询打印: 查询打印, 即办件
ELDER_CARD = "11532822MB179686463000080020000"  # 老年人优待证办理: a kiosk 申请, the card is enough
SELF_BUSINESS = "11532822MB172262X13000060010000"  # 个体工商户设立登记: 即办件


def person(id_number=YOUNG_ID, name="玉香", phone="13888012345") -> Applicant:
    return Applicant(ApplicantKind.PERSON, id_number, name, phone)


def low_income_materials(**deferred) -> list[MaterialReceipt]:
    return [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SRZM", "收入证明", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 24)),
    ]


def test_accept_numbers_the_case_starts_the_clock_and_queues_events(ctx, clerk):
    stored = svc.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    rec = stored.record
    assert is_valid_case_no(rec.case_no) and rec.case_no.startswith("532822261117003")
    assert rec.state is CaseState.ACCEPTED and rec.window_no == 3 and rec.clerk == "clerk01"
    # 20 working days after Tue 17 Nov 2026, counting from the next day: Tue 15 Dec 2026
    assert rec.promised_date == date(2026, 12, 15) and not rec.deadline_provisional
    with ctx.unit_of_work(read_only=True) as uow:
        kinds = [e.kind for e in uow.outbox.events_for_case(rec.case_no)]
        assert kinds == ["created", "materials", "accepted"]
        assert uow.audit.verify().ok
        assert uow.audit.entries(action="case.accept")[0].target == rec.case_no


def test_deadline_past_the_calendar_is_provisional_not_an_error(ctx, clerk, clock):
    clock.set(datetime(2026, 12, 15, 10, 0, tzinfo=TZ))
    rec = svc.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    ).record
    assert rec.deadline_provisional and rec.promised_date > date(2027, 1, 1)


def test_every_missing_material_is_listed_at_once(ctx, clerk):
    only_id = [MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_COPY)]
    with pytest.raises(MaterialsIncomplete) as err:
        svc.accept_case(ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=only_id)
    codes = {p.material_code for p in err.value.check.problems}
    assert codes == {"SFZ", "SQS-DB", "SQB-HDSQ", "SRZM"}  # copy instead of original counts too
    assert "复印件不能代替原件" in str(err.value)
    with ctx.unit_of_work(read_only=True) as uow:  # nothing was stored
        assert uow.cases.list() == [] and uow.outbox.backlog_count() == 0


def test_missing_materials_are_a_supplement_notice_not_a_refusal(ctx, clerk):
    """行政许可法 第32条: incomplete materials call for 补正告知; the case stays open."""
    stored, check = svc.request_supplement(
        ctx,
        actor=clerk,
        item_code=LOW_INCOME,
        applicant=person(),
        materials=[MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL)],
    )
    assert stored.record.state is CaseState.SUPPLEMENT_REQUESTED
    assert stored.record.accepted_at is None and stored.record.promised_date is None  # no clock yet
    assert len(stored.record.missing) == 3 == len(check.problems)
    assert any("申请书" in line for line in stored.record.missing)
    with ctx.unit_of_work(read_only=True) as uow:
        events = uow.outbox.events_for_case(stored.case_no)
        assert [e.kind for e in events] == ["created", "materials", "decision"]
        assert events[-1].payload["state"] == "supplement_requested"
    with pytest.raises(ValidationError, match="不需要补正"):
        svc.request_supplement(
            ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
        )


def test_deferral_and_commitment_only_where_the_catalog_allows(ctx, clerk):
    materials = low_income_materials()
    materials[1] = MaterialReceipt("SQS-DB", "申请书", ReceiptMethod.DEFERRED, supply_by=date(2026, 11, 30))
    materials[2] = MaterialReceipt("SQB-HDSQ", "核对授权书", ReceiptMethod.COMMITMENT)
    with pytest.raises(MaterialsIncomplete) as err:
        svc.accept_case(ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=materials)
    text = str(err.value)
    assert "不适用容缺受理" in text and "不适用告知承诺" in text


def test_reuse_only_from_the_same_applicants_earlier_case(ctx, clerk):
    first = svc.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    reused = low_income_materials()
    reused[0] = MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.REUSED, reference=first.case_no)
    again = svc.accept_case(ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=reused)
    assert again.record.materials[0].method is ReceiptMethod.REUSED
    with pytest.raises(ValidationError, match="不是该申请人的"):
        svc.accept_case(
            ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(ELDERLY_ID, "岩温"), materials=reused
        )


def test_on_the_spot_needs_the_chief_representative(ctx, clerk, chief):
    materials = [
        MaterialReceipt("BD-GTSQ", "申请书", ReceiptMethod.PAPER_ORIGINAL),
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("JYCS", "经营场所", ReceiptMethod.COMMITMENT),
    ]
    stored = svc.accept_case(
        ctx, actor=clerk, item_code=SELF_BUSINESS, applicant=person(), materials=materials
    )
    with pytest.raises(PermissionDenied):
        svc.finish_on_the_spot(ctx, actor=clerk, case_no=stored.case_no)
    done = svc.finish_on_the_spot(ctx, actor=chief, case_no=stored.case_no)
    assert done.record.state is CaseState.COMPLETED
    low = svc.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    with pytest.raises(ValidationError, match="承诺件"):
        svc.finish_on_the_spot(ctx, actor=chief, case_no=low.case_no)


def test_self_service_submission_from_the_kiosk(ctx, kiosk):
    materials = [MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)]
    stored = svc.submit_self_service(
        ctx,
        actor=kiosk,
        item_code=ELDER_CARD,
        applicant=person(ELDERLY_ID, "岩温", ""),
        materials=materials,
    )
    assert stored.record.state is CaseState.SUBMITTED and stored.record.channel.value == "kiosk"
    with pytest.raises(ValidationError, match="纸质"):
        svc.submit_self_service(
            ctx,
            actor=kiosk,
            item_code=ELDER_CARD,
            applicant=person(ELDERLY_ID, "岩温", ""),
            materials=[MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.PAPER_ORIGINAL)],
        )
    with pytest.raises(ValidationError, match="不能在自助机办理"):
        svc.submit_self_service(
            ctx, actor=kiosk, item_code=LOW_INCOME, applicant=person(), materials=materials
        )
    # 查询打印 is answered at once and printed: it never becomes a case (issue 17)
    with pytest.raises(ValidationError, match="查询打印"):
        svc.submit_self_service(
            ctx, actor=kiosk, item_code=INSURED_PROOF, applicant=person(ELDERLY_ID, "岩温", ""), materials=materials
        )
    with pytest.raises(PermissionDenied):
        svc.accept_case(ctx, actor=kiosk, item_code=INSURED_PROOF, applicant=person(), materials=materials)
    helper = Actor(user="helper01", role=Role.HELPER, terminal_id="T-0009", window_no=9)
    with pytest.raises(PermissionDenied, match="帮办代办员"):  # 帮办代办 guides, it does not accept
        svc.accept_case(ctx, actor=helper, item_code=INSURED_PROOF, applicant=person(), materials=materials)


def test_progress_is_masked_and_follows_decisions(ctx, clerk):
    stored = svc.accept_case(
        ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
    )
    with pytest.raises(PermissionDenied):  # only the back office (through the sync) decides
        svc.record_decision(ctx, actor=clerk, case_no=stored.case_no, to_state=CaseState.COMPLETED)
    svc.record_decision(
        ctx, actor=Actor.system(), case_no=stored.case_no, to_state=CaseState.IN_REVIEW, notify_platform=False
    )
    view = svc.case_progress(ctx, case_no=stored.case_no)
    assert view.state_label == "审查中" and view.applicant == "玉*"
    assert view.applicant_id == "532822********0028"
    assert [h[1] for h in view.history] == ["已受理", "审查中"]
    assert any("容缺" in line for line in view.missing)
    assert [p.case_no for p in svc.cases_of_person(ctx, id_number=YOUNG_ID)] == [stored.case_no]


def test_bad_case_numbers_and_identities(ctx, clerk):
    with pytest.raises(ValidationError, match="20位"):
        svc.case_progress(ctx, case_no="12345")
    with pytest.raises(NotFound):
        svc.case_progress(ctx, case_no="53282226111700300017")  # valid check digit, no such case
    with pytest.raises(InvalidIdentity):
        svc.accept_case(
            ctx,
            actor=clerk,
            item_code=LOW_INCOME,
            applicant=person("532822199803150029"),
            materials=low_income_materials(),
        )
    with pytest.raises(NotFound):
        svc.accept_case(ctx, actor=clerk, item_code="NO-SUCH-ITEM", applicant=person(), materials=[])


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # a check of the file's bytes
def test_no_plaintext_personal_data_in_the_sqlite_file(ctx, clerk, kiosk, db_url):
    from shared.services import tickets

    tickets.issue_ticket(ctx, category="general", actor=kiosk, id_number=ELDERLY_ID, name="岩温")
    for _ in range(3):
        svc.accept_case(
            ctx,
            actor=clerk,
            item_code=LOW_INCOME,
            applicant=person(name="玉香罕"),
            materials=low_income_materials(),
        )
    ctx.store.close()
    path = db_url.removeprefix("sqlite:///")
    blob = b"".join(Path(p).read_bytes() for p in (path, path + "-wal") if Path(p).exists())
    for secret in (YOUNG_ID, ELDERLY_ID, "玉香罕", "岩温", "13888012345"):
        assert secret.encode() not in blob and secret.encode("utf-16-le") not in blob


def test_kiosk_pauses_self_service_when_the_backlog_is_too_long(ctx, clerk, kiosk):
    materials = [MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ)]
    for _ in range(2):  # 3 events each: created, materials, accepted
        svc.accept_case(
            ctx, actor=clerk, item_code=LOW_INCOME, applicant=person(), materials=low_income_materials()
        )
    ctx.settings.platform.max_backlog = 5
    with pytest.raises(svc.SelfServicePaused) as err:
        svc.submit_self_service(
            ctx, actor=kiosk, item_code=ELDER_CARD, applicant=person(), materials=materials
        )
    assert "未上传省平台" in str(err.value) and "窗口" in err.value.hint
    ctx.settings.platform.max_backlog = 500
    assert (
        svc.submit_self_service(
            ctx, actor=kiosk, item_code=ELDER_CARD, applicant=person(), materials=materials
        ).record.state
        is CaseState.SUBMITTED
    )


ELDER_ALLOWANCE = "11532822MB1611313W3000030070000"  # 高龄津贴申请: kiosk-capable, 承诺件


def test_a_kiosk_pre_application_is_accepted_at_the_window_as_the_same_case(ctx, kiosk, clerk):
    kiosk_materials = [
        MaterialReceipt("SFZ", "居民身份证", ReceiptMethod.CARD_READ),
        MaterialReceipt("SBK", "社会保障卡", ReceiptMethod.DATA_SHARING, reference="DS-2026-0042"),
    ]
    elder = person(ELDERLY_ID, "岩温", "")
    submitted = svc.submit_self_service(
        ctx, actor=kiosk, item_code=ELDER_ALLOWANCE, applicant=elder, materials=kiosk_materials
    )
    # the window verified the card and also took the household register on paper
    at_window = [*kiosk_materials, MaterialReceipt("HKB", "居民户口簿", ReceiptMethod.PAPER_ORIGINAL)]
    accepted = svc.accept_submitted(ctx, actor=clerk, case_no=submitted.case_no, materials=at_window)
    rec = accepted.record
    assert rec.case_no == submitted.case_no and rec.state is CaseState.ACCEPTED
    assert rec.window_no == 3 and rec.clerk == "clerk01" and rec.promised_date is not None
    assert [m.material_code for m in rec.materials] == ["SFZ", "SBK", "HKB"]
    with ctx.unit_of_work(read_only=True) as uow:
        events = uow.outbox.events_for_case(rec.case_no)
        assert [e.kind for e in events] == ["created", "materials", "materials", "accepted"]
        assert [m["material_code"] for m in events[2].payload["materials"]] == ["HKB"]
        assert uow.audit.entries(action="case.accept_submitted")[0].target == rec.case_no
    # once accepted it cannot be accepted again, and nobody without the permission may
    with pytest.raises(Conflict, match="不是待受理的预申请"):
        svc.accept_submitted(ctx, actor=clerk, case_no=rec.case_no, materials=at_window)
    other = svc.submit_self_service(
        ctx, actor=kiosk, item_code=ELDER_ALLOWANCE, applicant=elder, materials=kiosk_materials
    )
    with pytest.raises(PermissionDenied):
        svc.accept_submitted(ctx, actor=kiosk, case_no=other.case_no, materials=at_window)
    with pytest.raises(MaterialsIncomplete):
        svc.accept_submitted(ctx, actor=clerk, case_no=other.case_no, materials=kiosk_materials[:1])
    assert svc.get_case(ctx, case_no=other.case_no).state is CaseState.SUBMITTED
