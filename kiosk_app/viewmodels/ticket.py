"""取号: choose a business category, optionally tap the ID card (green channel by age;
disabled, pregnant or military chosen here and confirmed at the window), see the people
ahead and the wait, take the slip. If the printer fails, the number is shown very large,
the person is asked to remember or photograph it, and the hall is alerted."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from devices.idcard import IdCardData
from kiosk_app.backend.hall import WaitingPlace
from kiosk_app.backend.tickets import ticket_job_id
from kiosk_app.language import QT_TRANSLATE_NOOP, spoken_ticket_number, translate
from kiosk_app.viewmodels.base import ScreenViewModel, choices_speech, paged, sentences
from kiosk_app.viewmodels.printing import PrintingScreen, PrintTracker
from kiosk_app.words import describe_day
from shared.domain.errors import Conflict, HallClosed, TicketAlreadyTaken
from shared.domain.masking import mask_name
from shared.domain.tickets import PRIORITY_LABELS, Priority, age_on
from shared.services.tickets import IssuedTicket
from shared.ui.error_words import Reader, error_words

if TYPE_CHECKING:
    from shared.domain.payloads import Payload

DECLARABLE = (Priority.GREEN_DISABLED, Priority.GREEN_PREGNANT, Priority.GREEN_MILITARY)
DECLARE_LABELS = {  # as written; shown through translate("KioskTicket", …)
    Priority.GREEN_DISABLED: QT_TRANSLATE_NOOP("KioskTicket", "我是残疾人"),
    Priority.GREEN_PREGNANT: QT_TRANSLATE_NOOP("KioskTicket", "我是孕妇"),
    Priority.GREEN_MILITARY: QT_TRANSLATE_NOOP("KioskTicket", "我是军人"),
}
WHAT_NOW_WHEN_CLOSED = (
    ("guides", QT_TRANSLATE_NOOP("KioskTicket", "查办事指南")),
    ("cases", QT_TRANSLATE_NOOP("KioskTicket", "查办件进度")),
    ("apply", QT_TRANSLATE_NOOP("KioskTicket", "自助办理")),
)
# the ticket categories' and priorities' names are the hall's settings (shared.domain): the
# defaults are marked (the categories' in shared/ui/hall_words.py, which the hall board shares),
# so a translation shows them in the kiosk's language; a name the hall configured itself has no
# translation and shows as configured
PRIORITY_NAMES = (
    QT_TRANSLATE_NOOP("KioskPriority", "老年人优先"),
    QT_TRANSLATE_NOOP("KioskPriority", "残疾人优先"),
    QT_TRANSLATE_NOOP("KioskPriority", "孕妇优先"),
    QT_TRANSLATE_NOOP("KioskPriority", "军人优先"),
    QT_TRANSLATE_NOOP("KioskPriority", "预约"),
    QT_TRANSLATE_NOOP("KioskPriority", "普通"),
)


def category_name(name: str) -> str:
    """A ticket category's name in the kiosk's language (as configured when untranslated)."""
    return translate("KioskCategory", name)


def priority_name(label: str) -> str:
    return translate("KioskPriority", label)


def declare_label(priority: Priority) -> str:
    return translate("KioskTicket", DECLARE_LABELS[priority])


def taken_words(error: TicketAlreadyTaken) -> tuple[str, str]:
    """The refusal of a second ticket (what the service said), in the kiosk's language."""
    if error.booking_code:
        return (
            translate("KioskTicket", "预约 {code} 已取号：{number}号。").format(
                code=error.booking_code, number=error.number
            ),
            translate("KioskTicket", "请留意叫号，不必再取。"),
        )
    return (
        translate("KioskTicket", "您已取过{category}的号：{number}号，还在排队中。").format(
            category=category_name(error.category_name), number=error.number
        ),
        translate("KioskTicket", "请留意叫号；如需办理其他业务，请选择其他类别。"),
    )


def what_now_when_closed() -> list[tuple[str, str]]:
    """(screen, label) of what the kiosk still does after hours, in the kiosk's language."""
    return [(screen, translate("KioskTicket", text)) for screen, text in WHAT_NOW_WHEN_CLOSED]


# touch rows the category screen spends on the top bar, title, the card line, the priority
# choices and the pager (portrait); every category on one screen when they fit
CHOOSE_RESERVED_ROWS = 6.5


class TicketViewModel(PrintingScreen, ScreenViewModel):
    screen = "ticket"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskTicket", "取号")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.slip = PrintTracker(self)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.step = "choose"  # choose | closed | issued | refused
        self.page = 0
        self.card: IdCardData | None = None
        self.card_error = ""
        self.declared: Priority | None = None
        self.issued: IssuedTicket | None = None
        self.slip.reset()
        self.closed_text = ""
        self.refused_text = ""
        self.refused_hint = ""
        self.places: dict[str, WaitingPlace] = {}  # category → where to wait, which windows

    @property
    def holds_personal_data(self) -> bool:
        return self.card is not None or self.issued is not None

    # ---------------------------------------------------------------- arriving
    def enter(self) -> None:
        if self.step in ("issued", "refused"):
            self.reset()
        self.run(
            lambda: (self.backend.hall.status(), self.backend.hall.waiting_places()),
            self._got_status,
            lambda e: None,
            busy=False,
        )

    def _got_status(self, answer) -> None:
        status, self.places = answer
        if not status.is_open and self.step == "choose":
            self._closed(status.hours.next_open)
        self.changed()

    def _closed(self, opens_at: datetime | None) -> None:
        self.step = "closed"
        if opens_at is None:
            self.closed_text = translate("KioskTicket", "窗口已下班。")
        else:
            self.closed_text = translate(
                "KioskTicket", "窗口已下班，{day} {time} 上班，到时再来取号。"
            ).format(day=describe_day(opens_at), time=f"{opens_at:%H:%M}")

    # ---------------------------------------------------------------- choosing
    @property
    def category_columns(self) -> int:
        """Categories a row: landscape has width to spare and little height, so in elderly
        mode a page of four goes in one row of four (two rows do not fit above the pager)."""
        if not self.root.landscape:
            return 2
        return 4 if self.root.mode.elder else 3

    @property
    def category_page_size(self) -> int:
        columns = self.category_columns
        reserved = CHOOSE_RESERVED_ROWS + (1 if self.root.landscape else 0)
        return self.root.choices_that_fit(columns=columns, reserved_rows=reserved)

    def categories(self) -> list[tuple[str, str, str]]:
        items, self.page, _ = paged(self.backend.hall.categories(), self.page, self.category_page_size)
        return items

    def pages(self) -> int:
        return paged(self.backend.hall.categories(), self.page, self.category_page_size)[2]

    def turn_page(self, delta: int) -> None:
        self.page += delta
        self.categories()
        self.changed()

    @property
    def is_green_by_age(self) -> bool:
        return (
            self.card is not None
            and age_on(self.card.birth, self.backend.hall.today()) >= self.backend.hall.green_channel_age
        )

    def card_line(self) -> str:
        if self.card is None:
            return self.card_error or translate(
                "KioskTicket", "可以刷身份证取号：年满{age}周岁自动优先（可不刷）"
            ).format(age=self.backend.hall.green_channel_age)
        age = age_on(self.card.birth, self.backend.hall.today())
        line = translate("KioskTicket", "已读取身份证：{name}，{age}岁").format(
            name=mask_name(self.card.name), age=age
        )
        if self.is_green_by_age:
            line += translate("KioskTicket", "，为您安排{priority}").format(
                priority=priority_name(PRIORITY_LABELS[Priority.GREEN_ELDERLY])
            )
        return line

    def on_card(self, card: IdCardData) -> bool:
        if self.step != "choose":
            return False
        self.card = card
        self.card_error = ""
        self.changed()
        return True

    def on_card_error(self, message: str) -> None:
        if self.step == "choose":
            self.card_error = translate(
                "KioskTicket", "身份证没有读出来（{reason}），请把卡平放在读卡区再试一次，或不刷卡直接取号"
            ).format(reason=message)
            self.changed()

    def forget_card(self) -> None:
        self.card = None
        self.changed()

    def declare(self, priority: Priority | None) -> None:
        """Disabled, pregnant or military: chosen here, confirmed at the window."""
        self.declared = None if priority == self.declared else priority
        self.changed()

    def choose(self, category: str) -> None:
        if self.busy:
            return  # a double tap must not take two numbers
        card, declared = self.card, self.declared
        self.run(
            lambda: self.backend.tickets.issue(category=category, card=card, declared=declared),
            self._issued,
            self._refused,
        )

    def on_scan(self, payload: Payload) -> bool:
        """The QR of an online booking (预约码): its appointment ticket, no category to choose."""
        # imported here, as in evaluate.py: the scanner package loads its decoders (cold start)
        from shared.domain.payloads import AppointmentRef

        if not isinstance(payload.value, AppointmentRef) or self.step != "choose":
            return False
        if not self.busy:
            code, card = payload.value.code, self.card
            self.run(
                lambda: self.backend.tickets.check_in_booking(code=code, card=card),
                self._issued,
                self._refused,
            )
        return True

    def _issued(self, issued: IssuedTicket) -> None:
        self.issued = issued
        self.step = "issued"
        self.slip.start(
            lambda: self.backend.tickets.print(issued),
            job_id=ticket_job_id(issued),
            # the number is on the screen, but the hall must know the printer failed
            help_reason=lambda problem: (
                f"自助机打印机故障：{issued.number}号凭条没有打出来（{problem}），请来帮忙并检查打印机"
            ),
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, HallClosed):
            self._closed(error.opens_at if isinstance(error.opens_at, datetime) else None)
        elif isinstance(error, TicketAlreadyTaken):
            self.step = "refused"
            self.refused_text, self.refused_hint = taken_words(error)
        elif isinstance(error, Conflict):
            self.step = "refused"
            self.refused_text, self.refused_hint = error_words(error, reader=Reader.RESIDENT, translate=translate)
        else:
            self.show_error(error)
            return
        self.changed()

    def again(self) -> None:
        """取下一个号 (another category) without forgetting the card."""
        card, places = self.card, self.places
        self.reset()
        self.card, self.places = card, places
        self.changed()

    # ---------------------------------------------------------------- what is shown
    def wait_line(self) -> str:
        if self.issued is None:
            return ""
        ahead = self.issued.waiting_ahead
        if ahead == 0:
            return translate("KioskTicket", "您前面没有人，请留意叫号")
        return translate("KioskTicket", "您前面还有 {ahead} 人，预计等候约 {minutes} 分钟").format(
            ahead=ahead, minutes=max(1, self.issued.estimated_wait_minutes)
        )

    def place(self) -> WaitingPlace | None:
        """Where the issued ticket's holder waits and which windows call the category."""
        if self.issued is None:
            return None
        return self.places.get(self.issued.ticket.category)

    def place_lines(self) -> list[str]:
        place = self.place()
        if place is None:
            return [translate("KioskTicket", "请在等候区就座，留意叫号屏和语音叫号")]
        return place.lines()

    def print_line(self) -> str:
        if self.print_state == "printing":
            return translate("KioskTicket", "正在打印凭条…")
        if self.print_state == "printed":
            return translate("KioskTicket", "请取走下方的凭条，留意屏幕和语音叫号")
        if self.print_state == "failed":
            return translate("KioskTicket", "凭条没有打出来。请记住您的号码，或用手机拍下这个屏幕")
        return ""

    def help_line(self) -> str:
        if self.print_state != "failed":
            return ""
        if self.help_sent:
            return translate("KioskTicket", "已通知工作人员，马上来处理打印机")
        return translate("KioskTicket", "正在通知工作人员…")

    def speech(self) -> str:
        if self.step == "closed":
            return sentences(
                self.closed_text,
                translate("KioskTicket", "现在您可以：{choices}。").format(
                    choices=translate("KioskCommon", "、").join(label for _, label in what_now_when_closed())
                ),
            )
        if self.step == "refused":
            return sentences(self.refused_text, self.refused_hint)
        if self.step == "issued" and self.issued is not None:
            # read as the hall calls it: "B零零一", so it matches what is heard later
            number = spoken_ticket_number(self.issued.number)
            return sentences(
                translate("KioskTicket", "您的号码是{number}，{category}").format(
                    number=number, category=category_name(self.issued.category_name)
                ),
                self.wait_line(),
                *self.place_lines(),
                self.print_line(),
                self.help_line(),
            )
        labels = [category_name(name) for _, _, name in self.categories()]
        return sentences(
            translate("KioskTicket", "请选择要办理的业务"), self.card_line(), choices_speech(labels)
        )
