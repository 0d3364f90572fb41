"""办事指南: by life event, by department, or search (pinyin initials on the on-screen
keyboard); a guide shows what to bring / where / how long / fees first, the rest on
request; a QR code carries it to a phone; it prints as a one-time-notice style slip."""

from __future__ import annotations

from kiosk_app import guide_text
from kiosk_app.viewmodels.base import ScreenViewModel, choices_speech, paged, watch_print
from shared.catalog.catalog import Catalog
from shared.catalog.models import ServiceItem
from shared.catalog.vocab import LifeEvent
from shared.ui.widgets.keypad import apply_key

PERSONAL_EVENTS = (
    LifeEvent.BIRTH,
    LifeEvent.SCHOOL,
    LifeEvent.EMPLOYMENT,
    LifeEvent.MARRIAGE,
    LifeEvent.RESIDENCE,
    LifeEvent.MEDICAL,
    LifeEvent.ELDERLY,
    LifeEvent.RETIREMENT,
    LifeEvent.ASSISTANCE,
    LifeEvent.DISABILITY,
    LifeEvent.DEATH,
)
BUSINESS_EVENTS = (
    LifeEvent.BUSINESS_START,
    LifeEvent.BUSINESS_OPERATION,
    LifeEvent.BUSINESS_CHANGE,
    LifeEvent.BUSINESS_CLOSE,
)
MODES = (("events", "按人生大事"), ("departments", "按部门"), ("search", "搜索"))
MAX_QUERY = 20


class GuidesViewModel(ScreenViewModel):
    screen = "guides"
    title = "办事指南"

    def __init__(self, root) -> None:
        super().__init__(root)
        self.catalog: Catalog | None = None
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.step = "browse"  # browse | list | detail
        self.mode = "events"
        self.group = ""  # the life event or department chosen
        self.query = ""
        self.hanzi = False  # typing Chinese words through the system's virtual keyboard
        self.results: list[tuple[str, str]] = []  # (code, name)
        self.page = 0
        self.item: ServiceItem | None = None
        self.section = ""  # the "more" section opened in the detail, "" for the essentials
        self.show_qr = False
        self.print_state = ""

    # ---------------------------------------------------------------- arriving
    def enter(self) -> None:
        if self.catalog is None:
            # the search index is built once per catalog version; off the UI thread
            self.run(self._load, self._loaded)

    def _load(self) -> Catalog:
        self.backend.search_index()
        return self.backend.catalog()

    def _loaded(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.changed()

    # ---------------------------------------------------------------- browsing
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.step = "browse"
        self.page = 0
        self.changed()

    def groups(self) -> list[tuple[str, int]]:
        """(life event or department, number of items) on the current page."""
        if self.catalog is None:
            return []
        if self.mode == "events":
            everything = [
                (e.value, len(self.catalog.by_life_event(e)))
                for e in (*PERSONAL_EVENTS, *BUSINESS_EVENTS)
                if self.catalog.by_life_event(e)
            ]
        else:
            everything = [(d, len(self.catalog.by_department(d))) for d in self.catalog.departments()]
        shown, self.page, _ = paged(everything, self.page, self.page_size * 2)
        return shown

    def group_pages(self) -> int:
        if self.catalog is None:
            return 1
        n = (
            sum(1 for e in (*PERSONAL_EVENTS, *BUSINESS_EVENTS) if self.catalog.by_life_event(e))
            if self.mode == "events"
            else len(self.catalog.departments())
        )
        return max(1, -(-n // (self.page_size * 2)))

    def open_group(self, group: str) -> None:
        if self.catalog is None:
            return
        items = (
            self.catalog.by_life_event(LifeEvent(group))
            if self.mode == "events"
            else self.catalog.by_department(group)
        )
        self.group = group
        self.results = [(it.code, it.name) for it in items]
        self.step = "list"
        self.page = 0
        self.changed()

    def key(self, key: str) -> None:
        """A key of the pinyin-initials keyboard: search as the person types."""
        self.query = apply_key(self.query, key, max_length=MAX_QUERY)
        self.set_query(self.query)

    def use_hanzi(self, on: bool) -> None:
        """Switch between the pinyin-initials keys and Chinese words typed with the Qt
        Virtual Keyboard (Pinyin), where the kiosk runs with it."""
        self.hanzi = on
        self.set_query("")

    def set_query(self, query: str) -> None:
        self.query = query[:MAX_QUERY]
        self.mode = "search"
        self.page = 0
        self.results = (
            [(h.code, h.name) for h in self.backend.search(self.query, limit=30)]
            if self.query.strip()
            else []
        )
        self.step = "browse"
        self.changed()

    def visible_results(self) -> list[tuple[str, str]]:
        shown, self.page, _ = paged(self.results, self.page, self.page_size)
        return shown

    def result_pages(self) -> int:
        return paged(self.results, self.page, self.page_size)[2]

    def turn_page(self, delta: int) -> None:
        self.page += delta
        self.changed()

    def back(self) -> None:
        if self.step == "detail":
            self.step = "list" if self.group else "browse"
            self.item = None
        elif self.step == "list":
            self.step = "browse"
            self.group = ""
        self.section = ""
        self.show_qr = False
        self.print_state = ""
        self.changed()

    # ---------------------------------------------------------------- one guide
    def open_item(self, code: str) -> None:
        if self.catalog is None:
            return
        self.item = self.catalog.item(code)
        self.step = "detail"
        self.section = ""
        self.show_qr = False
        self.print_state = ""
        self.changed()

    def essentials(self) -> list[guide_text.GuideSection]:
        return guide_text.essentials(self.item, self.catalog) if self.item else []

    def more_sections(self) -> list[guide_text.GuideSection]:
        return guide_text.more_sections(self.item) if self.item else []

    def open_section(self, key: str) -> None:
        self.section = "" if key == self.section else key
        self.show_qr = False
        self.changed()

    def opened_section(self) -> guide_text.GuideSection | None:
        return next((s for s in self.more_sections() if s.key == self.section), None)

    def toggle_qr(self) -> None:
        self.show_qr = not self.show_qr
        self.section = ""
        self.changed()

    def qr_payload(self) -> str:
        return guide_text.phone_text(self.item, self.catalog) if self.item else ""

    def print_guide(self) -> None:
        if self.item is None or self.print_state == "printing":
            return
        code = self.item.code
        self.print_state = "printing"
        self.changed()
        try:
            future = self.backend.print_guide(code)
        except Exception as e:
            self._print_failed(e)
            return
        watch_print(self, future, printed=self._printed, failed=self._print_failed)

    def _printed(self) -> None:
        self.print_state = "printed"
        self.changed()

    def _print_failed(self, error: BaseException) -> None:
        self.print_state = "failed"
        self.changed()

    def print_line(self) -> str:
        return {
            "printing": "正在打印办事指南…",
            "printed": "已打印，请取走下方的指南",
            "failed": "打印机暂时不能打印，可以扫二维码把指南存到手机上",
        }.get(self.print_state, "")

    def can_apply_here(self) -> bool:
        return bool(self.item and self.item.kiosk_capable)

    def apply_here(self) -> None:
        if self.item is not None and self.item.kiosk_capable:
            code = self.item.code
            self.root.go("apply")
            self.root.apply.start_with(code)

    def speech(self) -> str:
        if self.step == "detail" and self.item is not None:
            opened = self.opened_section()
            extra = f"{opened.title}：" + "；".join(opened.lines) + "。" if opened else ""
            return guide_text.speech(self.item, self.catalog) + extra + self.print_line()
        if self.step == "list":
            return f"{self.group}。" + choices_speech([n for _, n in self.visible_results()])
        if self.mode == "search":
            found = choices_speech([n for _, n in self.visible_results()]) if self.query else ""
            return "请用屏幕上的字母输入事项名称的拼音首字母，例如户口迁移输入 h k q y。" + found
        return "请选择您要办的事情属于哪一类。" + choices_speech([g for g, _ in self.groups()])
