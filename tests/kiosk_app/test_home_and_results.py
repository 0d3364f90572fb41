"""Issue 16, points 2 and 3 at the kiosk, through the Qt-free view-models: the home screen's
doors and honest state after hours, 呼叫帮办 when nobody is on duty, the guide as a checklist,
every choice on one screen when it fits, read-aloud on entering in elderly mode, where to wait
after 取号, a failed slip, and a case's steps."""

from __future__ import annotations

import pytest

from kiosk_app.backend.hall import WaitingPlace, waiting_places
from kiosk_app.guide_text import checklist, material_tags
from kiosk_app.viewmodels.cases import case_steps
from shared.domain.cases import CaseState
from shared.services.accounts import list_windows
from tests.support.kiosk import Resident
from yimen.demo.kiosk_hall import OPEN_ELDER_ITEM, printer_paper_out
from yimen.demo.settings import DEMO_NOW

# ---------------------------------------------------------------------- home


def test_home_has_ticket_first_each_door_once_and_no_elder_or_helper_tile(resident: Resident) -> None:
    vm = resident.vm
    resident.wait(lambda: vm.home.status is not None)
    keys = [t.key for t in vm.home.tiles()]
    assert keys[0] == "ticket" and {"person", "business"} <= set(keys)
    assert len(keys) == len(set(keys))
    assert "elder" not in keys and "helper" not in keys, "长者模式 and 呼叫帮办 live in the top bar"
    assert vm.home.state == "open" and vm.home.ticket_open
    assert "等候" in vm.home.ticket_hint() or "不用排队" in vm.home.ticket_hint()
    assert "刷身份证或扫码" in vm.speech()


def test_after_hours_ticket_is_off_and_says_when_windows_open(resident: Resident) -> None:
    resident.hall.clock.set(DEMO_NOW.replace(hour=20, minute=30))
    vm = resident.vm
    vm.home.refresh()
    resident.wait(lambda: vm.home.status is not None and not vm.home.status.is_open)
    assert vm.home.state == "closed" and not vm.home.ticket_open
    # the next opening from the hall's timetable: Wednesday 09:00 (DEMO_NOW is a Tuesday)
    assert "11月18日（星期三）09:00" in vm.home.ticket_hint() and "不能取号" in vm.home.ticket_hint()
    vm.home.open("ticket")
    assert vm.screen == "home", "取号 cannot be opened after hours"
    choices = vm.speech().split("您可以选择：")[1].split("。")[0]
    assert "取号" not in choices and "个人办事" in choices


def test_a_device_problem_turns_the_status_mark_to_fault(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    with printer_paper_out(hall):
        vm.go("ticket")
        vm.ticket.choose("general")
        resident.wait(lambda: vm.ticket.print_state == "failed")
        vm.go_home()
        resident.wait(lambda: any("打印机" in line for line in vm.home.status_lines()))
        assert vm.home.state == "fault"


def test_person_and_business_open_their_own_life_events(resident: Resident) -> None:
    vm = resident.vm
    vm.home.open("business")
    resident.wait(lambda: vm.guides.catalog is not None)
    assert vm.screen == "guides" and vm.guides.heading == "法人办事"
    business = [g for g, _ in vm.guides.groups()]
    assert "企业开办" in business and "养老" not in business
    vm.go_home()
    vm.home.open("person")
    resident.wait(lambda: vm.guides.catalog is not None)
    person = [g for g, _ in vm.guides.groups()]
    assert vm.guides.heading == "个人办事" and "养老" in person and "企业开办" not in person


# ---------------------------------------------------------------------- 呼叫帮办


def test_helper_while_open_calls_someone(resident: Resident) -> None:
    vm = resident.vm
    vm.go("helper")
    resident.wait(lambda: vm.helper.request is not None)
    assert vm.helper.off_duty is None and "马上就来" in vm.helper.lines()[0]


def test_helper_after_hours_says_nobody_is_on_duty_and_sends_nothing(resident: Resident) -> None:
    hall = resident.hall
    hall.clock.set(DEMO_NOW.replace(hour=20, minute=30))
    vm = resident.vm
    vm.go("helper")
    resident.wait(lambda: vm.helper.off_duty is not None)
    lines = vm.helper.lines()
    assert "没有工作人员值班" in lines[0] and "马上就来" not in "".join(lines)
    assert any("09:00上班后" in line for line in lines)
    assert "查办事指南" in lines[-1]
    with hall.ctx.unit_of_work(read_only=True) as uow:
        assert uow.help.open_requests() == [], "a call after hours would wait for nobody"


# ---------------------------------------------------------------------- long content


def test_the_guide_is_a_checklist_with_original_copy_and_free_tags(resident: Resident) -> None:
    vm = resident.vm
    vm.go("guides")
    resident.wait(lambda: vm.guides.catalog is not None)
    vm.guides.open_item(OPEN_ELDER_ITEM)
    items = vm.guides.checklist()
    assert items and all(it.tags for it in items)
    item = vm.guides.item
    for m, line in zip(item.materials, items, strict=True):
        assert line.name == m.name and line.tags == material_tags(m)
        if m.shared_data_kind or m.e_licence_type:
            assert "free" in line.tags
    tags = {t for it in checklist(item) for t in it.tags}
    assert tags & {"original", "copy"}
    vm.guides.toggle_more()
    assert vm.guides.more_open and "办理流程" in vm.speech()
    vm.guides.open_section("refusal")
    assert not vm.guides.more_open and vm.guides.opened_section().key == "refusal"


def test_every_choice_on_one_screen_when_it_fits_in_elderly_mode(resident: Resident) -> None:
    vm = resident.vm
    vm.set_elder(True)
    vm.go("ticket")
    assert vm.ticket.pages() == 1 and len(vm.ticket.categories()) == 9  # 婚姻登记 too
    vm.go("guides")
    resident.wait(lambda: vm.guides.catalog is not None)
    assert vm.guides.group_pages() == 1, "the life events fit on one portrait screen"
    vm.screen_px = (1920, 1080)  # a landscape kiosk has less height: pages again, never fewer than 4
    assert vm.ticket.category_page_size >= 4


def test_elderly_mode_reads_each_screen_as_it_opens_and_the_switch_stops_it(resident: Resident) -> None:
    vm = resident.vm
    spoken = resident.hall.devices.announcer.engine
    vm.go("cases")
    resident.wait(lambda: True)
    before = len(spoken.spoken)
    assert not vm.reading_on, "outside elderly mode nothing is read unasked"
    vm.set_elder(True)
    resident.wait(lambda: len(spoken.spoken) > before)
    assert "已打开长者模式" in spoken.spoken[-1]
    vm.go("ticket")
    resident.wait(lambda: "请选择要办理的业务" in spoken.spoken[-1])
    assert vm.reading_on
    vm.read_aloud()  # the 朗读 switch, shown as on: off now
    assert not vm.reading_on
    count = len(spoken.spoken)
    vm.go("points")
    resident.wait(lambda: bool(vm.points.points))
    assert len(spoken.spoken) == count, "switched off: nothing read on entering"
    vm.read_aloud()
    assert vm.reading_on
    resident.wait(lambda: len(spoken.spoken) > count)


# ---------------------------------------------------------------------- result screens


def test_the_ticket_says_where_to_wait_and_which_windows_call_it(resident: Resident) -> None:
    vm = resident.vm
    vm.go("ticket")
    resident.wait(lambda: bool(vm.ticket.places))
    vm.ticket.choose("social")
    resident.wait(lambda: vm.ticket.print_state == "printed")
    lines = vm.ticket.place_lines()
    assert lines == ["请到综合办事区等候区就座，留意叫号屏和语音叫号", "办理窗口：1号、2号、3号窗口"]
    assert "1号、2号、3号窗口" in vm.speech()


def test_waiting_places_follow_the_hall_plan(resident: Resident) -> None:
    windows = list_windows(resident.hall.ctx)
    places = waiting_places(windows, ["help", "household", "nobody"])
    assert places["help"].zone == "咨询导办区" and places["help"].windows == (8, 9)
    assert places["household"] == WaitingPlace("综合办事区", (4,))
    assert places["nobody"].lines()[1] == "叫号时会告诉您到哪个窗口"


def test_a_failed_slip_is_said_once(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    with printer_paper_out(hall):
        vm.go("ticket")
        vm.ticket.choose("general")
        resident.wait(lambda: vm.ticket.print_state == "failed" and vm.ticket.help_sent)
    said = vm.speech()
    assert said.count("凭条没有打出来") == 1


@pytest.mark.parametrize(
    ("state", "accepted", "expected"),
    [
        (CaseState.SUBMITTED, False, ["done", "now", "todo", "todo"]),
        (CaseState.ACCEPTED, True, ["done", "done", "now", "todo"]),
        (CaseState.IN_REVIEW, True, ["done", "done", "now", "todo"]),
        (CaseState.SUPPLEMENT_REQUESTED, False, ["done", "now", "todo", "todo"]),
        (CaseState.SUPPLEMENT_REQUESTED, True, ["done", "done", "now", "todo"]),
        (CaseState.COMPLETED, True, ["done", "done", "done", "done"]),
        (CaseState.REJECTED, True, ["done", "done", "done", "stopped"]),
        (CaseState.NOT_ACCEPTED, False, ["done", "stopped", "todo", "todo"]),
        (CaseState.WITHDRAWN, True, ["done", "done", "stopped", "todo"]),
    ],
)
def test_case_steps_from_receipt_to_completion(state: CaseState, accepted: bool, expected: list[str]) -> None:
    steps = case_steps(state, accepted=accepted)
    assert [w for w, _ in steps] == ["收件", "受理", "审查", "办结"]
    assert [s for _, s in steps] == expected


def test_case_progress_shows_and_says_its_step(resident: Resident, accepted_case: str) -> None:
    vm = resident.vm
    vm.go("cases")
    for ch in accepted_case:
        vm.cases.key(ch)
    vm.cases.submit_number()
    resident.wait(lambda: vm.cases.step == "detail")
    steps = vm.cases.steps()
    assert steps[0] == ("收件", "done") and steps[1] == ("受理", "done")
    assert "现在在审查这一步" in vm.speech()


def test_the_screen_names_the_zones_the_slip_prints() -> None:
    """The kiosk translates the zone the shared service names; both must be the same words."""
    from kiosk_app.backend.hall import CONSULTING_ZONE, GENERAL_ZONE
    from shared.services import waiting_places as shared_places

    assert (GENERAL_ZONE, CONSULTING_ZONE) == (shared_places.GENERAL_ZONE, shared_places.CONSULTING_ZONE)
