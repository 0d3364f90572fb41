"""办事指南: by life event, by department, or search (pinyin initials on the on-screen
keyboard); a guide shows what to bring / where / how long / fees first, the rest on
request; a QR code carries it to a phone; it prints as a one-time-notice style slip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk_app import guide_text
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel, choices_speech, paged
from kiosk_app.viewmodels.printing import PrintingScreen, PrintTracker
from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import ServiceItem
from shared.domain.catalog.vocab import LifeEvent
from shared.ui.widgets.keypad import apply_key

if TYPE_CHECKING:
    from shared.domain.catalog.search import CatalogSearchIndex

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
# the tabs, as written; shown through translate("KioskGuides", …)
MODES = (
    ("events", QT_TRANSLATE_NOOP("KioskGuides", "按人生大事")),
    ("departments", QT_TRANSLATE_NOOP("KioskGuides", "按部门")),
    ("search", QT_TRANSLATE_NOOP("KioskGuides", "搜索")),
)
MODE_ICONS = {"events": "person", "departments": "business", "search": "scan"}
# the home screen's 个人办事 / 法人办事: the life events of a person or of a business
AUDIENCES = {
    "person": (QT_TRANSLATE_NOOP("KioskGuides", "个人办事"), PERSONAL_EVENTS),
    "business": (QT_TRANSLATE_NOOP("KioskGuides", "法人办事"), BUSINESS_EVENTS),
}
# the life events' names in the kiosk's language (the catalogue's tags are a fixed vocabulary,
# unlike its department names, which are data)
EVENT_WORDS = {
    LifeEvent.BIRTH: QT_TRANSLATE_NOOP("KioskGuides", "出生"),
    LifeEvent.SCHOOL: QT_TRANSLATE_NOOP("KioskGuides", "上学"),
    LifeEvent.EMPLOYMENT: QT_TRANSLATE_NOOP("KioskGuides", "就业"),
    LifeEvent.MARRIAGE: QT_TRANSLATE_NOOP("KioskGuides", "婚育"),
    LifeEvent.RESIDENCE: QT_TRANSLATE_NOOP("KioskGuides", "居住"),
    LifeEvent.MEDICAL: QT_TRANSLATE_NOOP("KioskGuides", "就医"),
    LifeEvent.ASSISTANCE: QT_TRANSLATE_NOOP("KioskGuides", "救助"),
    LifeEvent.DISABILITY: QT_TRANSLATE_NOOP("KioskGuides", "残疾"),
    LifeEvent.ELDERLY: QT_TRANSLATE_NOOP("KioskGuides", "养老"),
    LifeEvent.RETIREMENT: QT_TRANSLATE_NOOP("KioskGuides", "退休"),
    LifeEvent.DEATH: QT_TRANSLATE_NOOP("KioskGuides", "身后"),
    LifeEvent.BUSINESS_START: QT_TRANSLATE_NOOP("KioskGuides", "企业开办"),
    LifeEvent.BUSINESS_OPERATION: QT_TRANSLATE_NOOP("KioskGuides", "经营"),
    LifeEvent.BUSINESS_CHANGE: QT_TRANSLATE_NOOP("KioskGuides", "变更"),
    LifeEvent.BUSINESS_CLOSE: QT_TRANSLATE_NOOP("KioskGuides", "注销"),
}
# touch rows the browse screen spends on the top bar, title, tabs and the pager
BROWSE_RESERVED_ROWS = 4.8
LIST_RESERVED_ROWS = 5.5  # … and on a list: the top bar, title, pager and the way back
MAX_QUERY = 20
SEARCH_ROW_RESULTS = 2  # search results a page in one row (elderly landscape), names over lines


class GuidesViewModel(PrintingScreen, ScreenViewModel):
    screen = "guides"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskGuides", "办事指南")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.slip = PrintTracker(self)
        self.catalog: Catalog | None = None
        self._index: CatalogSearchIndex | None = None
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.step = "browse"  # browse | list | detail
        self.mode = "events"
        self.audience = ""  # "person" | "business": opened from the home screen's door
        self.more_open = False  # the detail's list of further sections is shown
        self.group = ""  # the life event or department chosen
        self.query = ""
        self.hanzi = False  # typing Chinese words through the system's virtual keyboard
        self.results: list[tuple[str, str]] = []  # (code, name)
        self.page = 0
        self.item: ServiceItem | None = None
        self.section = ""  # the "more" section opened in the detail, "" for the essentials
        self.show_qr = False
        self.slip.reset()

    # ---------------------------------------------------------------- arriving
    def enter(self) -> None:
        self.backend.guides.warm_up()  # pinyin tables on the UI thread, never first on a worker
        if self.catalog is None:
            # the search index is built once per catalog version; off the UI thread
            self.run(self._load, self._loaded)

    def _load(self) -> tuple[Catalog, CatalogSearchIndex]:
        return self.backend.guides.catalog(), self.backend.guides.search_index()

    def _loaded(self, loaded: tuple[Catalog, CatalogSearchIndex]) -> None:
        self.catalog, self._index = loaded
        self.changed()

    # ---------------------------------------------------------------- browsing
    def for_audience(self, audience: str) -> None:
        """Opened from 个人办事 or 法人办事: that audience's life events."""
        self.reset()
        self.audience = audience if audience in AUDIENCES else ""
        self.changed()

    @property
    def heading(self) -> str:
        return translate("KioskGuides", AUDIENCES[self.audience][0] if self.audience else "办事指南")

    def _events(self) -> tuple[LifeEvent, ...]:
        return AUDIENCES[self.audience][1] if self.audience else (*PERSONAL_EVENTS, *BUSINESS_EVENTS)

    @property
    def group_columns(self) -> int:
        """Life events or departments a row. Elderly landscape: the mode's page of four life
        events in one row of four, since two rows do not fit above the pager under a banner."""
        if self.mode == "departments":
            return 2 if self.root.landscape else 1
        if not self.root.landscape:
            return 2
        return 4 if self.root.mode.elder else 3

    @property
    def result_columns(self) -> int:
        """Items a row in a life event's or department's list: two in elderly landscape, where
        the mode's page of four does not fit one a row above the pager."""
        return 2 if self.step == "list" and self.root.landscape and self.root.mode.elder else 1

    @property
    def group_page_size(self) -> int:
        """Every life event or department on one screen when they fit."""
        columns = self.group_columns
        # landscape: a banner (the idle warning) takes a larger share of the short side
        reserved = BROWSE_RESERVED_ROWS + (2 if self.root.landscape else 0)
        return self.root.choices_that_fit(columns=columns, reserved_rows=reserved)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.step = "browse"
        self.page = 0
        self.changed()

    def groups(self) -> list[tuple[str, int]]:
        """(life event or department, number of items) on the current page."""
        if self.catalog is None:
            return []
        shown, self.page, _ = paged(self._all_groups(), self.page, self.group_page_size)
        return shown

    def _all_groups(self) -> list[tuple[str, int]]:
        if self.catalog is None:
            return []
        if self.mode == "events":
            return [
                (e.value, len(self.catalog.by_life_event(e)))
                for e in self._events()
                if self.catalog.by_life_event(e)
            ]
        return [(d, len(self.catalog.by_department(d))) for d in self.catalog.departments()]

    def group_pages(self) -> int:
        return max(1, -(-len(self._all_groups()) // self.group_page_size))

    def group_name(self, group: str) -> str:
        """A life event in the kiosk's language; a department as the catalogue names it."""
        if self.mode == "events" and group in EVENT_WORDS:
            return translate("KioskGuides", EVENT_WORDS[LifeEvent(group)])
        return group

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
        # the index loaded with the catalog, in memory: typing never waits on the store
        index = self._index
        self.results = (
            [(h.code, h.name) for h in index.search(self.query, limit=30)]
            if self.query.strip() and index is not None
            else []
        )
        self.step = "browse"
        self.changed()

    @property
    def results_in_a_row(self) -> bool:
        """Elderly landscape search: the keyboard takes the whole width under the results, which
        go in one row between it and the search box (no room for a column of them beside it)."""
        return self.root.landscape and self.root.mode.elder

    @property
    def result_page_size(self) -> int:
        """A life event's or department's items: as many as fit (one a row); search results
        share the screen with the keyboard, so they keep the mode's page (two, the row's
        share, in elderly landscape)."""
        if self.step != "list":
            return SEARCH_ROW_RESULTS if self.results_in_a_row else self.page_size
        return self.root.choices_that_fit(columns=self.result_columns, reserved_rows=LIST_RESERVED_ROWS)

    def visible_results(self) -> list[tuple[str, str]]:
        shown, self.page, _ = paged(self.results, self.page, self.result_page_size)
        return shown

    def result_pages(self) -> int:
        return paged(self.results, self.page, self.result_page_size)[2]

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
        self.more_open = False
        self.slip.reset()
        self.changed()

    # ---------------------------------------------------------------- one guide
    def open_item(self, code: str) -> None:
        if self.catalog is None:
            return
        self.item = self.catalog.item(code)
        self.step = "detail"
        self.section = ""
        self.show_qr = False
        self.more_open = False
        self.slip.reset()
        self.changed()

    def checklist(self) -> list[guide_text.ChecklistItem]:
        """要带什么 as a checklist: each material with its 原件 / 复印件 / 免提交 tags."""
        return guide_text.checklist(self.item) if self.item else []

    def toggle_more(self) -> None:
        """更多内容: the list of the guide's further sections, or back to the essentials."""
        self.more_open = not self.more_open
        self.section = ""
        self.show_qr = False
        self.changed()

    def essentials(self) -> list[guide_text.GuideSection]:
        return guide_text.essentials(self.item, self.catalog) if self.item else []

    def more_sections(self) -> list[guide_text.GuideSection]:
        return guide_text.more_sections(self.item) if self.item else []

    def open_section(self, key: str) -> None:
        self.section = "" if key == self.section else key
        self.show_qr = False
        self.more_open = False
        self.changed()

    def opened_section(self) -> guide_text.GuideSection | None:
        return next((s for s in self.more_sections() if s.key == self.section), None)

    def toggle_qr(self) -> None:
        self.show_qr = not self.show_qr
        self.section = ""
        self.more_open = False
        self.changed()

    def qr_payload(self) -> str:
        return guide_text.phone_text(self.item, self.catalog) if self.item else ""

    def print_guide(self) -> None:
        if self.item is None or self.slip.busy:
            return
        code = self.item.code
        job_id = self.backend.guides.job_id(self.item)
        self.slip.start(lambda: self.backend.guides.print(code, job_id=job_id), job_id=job_id)

    def print_line(self) -> str:
        return {
            "printing": translate("KioskGuides", "正在打印办事指南…"),
            "printed": translate("KioskGuides", "已打印，请取走下方的指南"),
            "failed": translate("KioskGuides", "打印机暂时不能打印，可以扫二维码把指南存到手机上"),
        }.get(self.print_state, "")

    def can_apply_here(self) -> bool:
        return bool(self.item and self.item.kiosk_capable)

    def apply_here(self) -> None:
        if self.item is not None and self.item.is_query_print:
            self.root.go("query_print")  # answered at once and printed: never an application
            return
        if self.item is not None and self.item.kiosk_capable:
            code = self.item.code
            self.root.go("apply")
            self.root.apply.start_with(code)

    def speech(self) -> str:
        if self.step == "detail" and self.item is not None and self.more_open:
            return translate("KioskGuides", "更多内容。") + choices_speech(
                [x.title for x in self.more_sections()]
            )
        if self.step == "detail" and self.item is not None:
            opened = self.opened_section()
            extra = guide_text.section_speech(opened) if opened else ""
            return guide_text.speech(self.item, self.catalog) + extra + self.print_line()
        if self.step == "list":
            return translate("KioskGuides", "{group}。").format(
                group=self.group_name(self.group)
            ) + choices_speech([n for _, n in self.visible_results()])
        if self.mode == "search":
            found = choices_speech([n for _, n in self.visible_results()]) if self.query else ""
            return (
                translate(
                    "KioskGuides", "请用屏幕上的字母输入事项名称的拼音首字母，例如户口迁移输入 h k q y。"
                )
                + found
            )
        where = translate("KioskGuides", "{heading}。").format(heading=self.heading) if self.audience else ""
        return (
            where
            + translate("KioskGuides", "请选择您要办的事情属于哪一类。")
            + choices_speech([self.group_name(g) for g, _ in self.groups()])
        )
