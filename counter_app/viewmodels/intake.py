"""Item, materials and the decision: find the item (name, code, pinyin initials) or a 一件事
bundle, tick off the checklist, then accept, refuse with a one-time notice, or finish a
即办件 on the spot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, Signal

from counter_app.checklist import Checklist, checklist_for_bundle, checklist_for_item
from counter_app.intake import Accepted, Refused, accept_checklist, refuse_checklist
from counter_app.session import CounterSession
from counter_app.viewmodels.applicant import ApplicantViewModel
from counter_app.viewmodels.base import ViewModel
from offline_store.records import StoredCase
from shared.cases import CrossRegion, Delivery, DeliveryMethod, ReceiptMethod
from shared.catalog.pinyin import name_readings
from shared.catalog.search import normalise_query
from shared.errors import ValidationError, YimenError
from shared.services import cases
from shared.services.context import HallContext
from shared.ui.tasks import TaskRunner

DEFAULT_SUPPLY_DAYS = 7  # a 容缺 promise the clerk may shorten or lengthen


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # "item" | "bundle"
    code: str
    name: str
    detail: str


def search_catalog(ctx: HallContext, query: str, *, limit: int = 30) -> list[Hit]:
    """Bundles whose name, keyword or pinyin initials match, then items from the search index."""
    catalog = ctx.catalog()
    q = normalise_query(query)
    hits: list[Hit] = []
    for b in catalog.bundles.values():
        texts = [b.name, b.code, *b.keywords]
        initials = name_readings(b.name).initials
        if not q or any(q in normalise_query(t) for t in texts) or any(i.startswith(q) for i in initials):
            hits.append(
                Hit("bundle", b.code, b.name, f"一件事 · {len(b.items)}个事项 · 牵头 {b.lead_department}")
            )
    if q:
        for h in ctx.search_index().search(query, limit=limit):
            item = catalog.item(h.code)
            kind = item.handling_kind.value
            hits.append(
                Hit(
                    "item",
                    item.code,
                    item.name,
                    f"{item.department} · {kind} · 承诺{item.promised_limit_days}个工作日",
                )
            )
    return hits[:limit]


class IntakeViewModel(ViewModel):
    hits_changed = Signal()
    checklist_changed = Signal()
    decided = Signal(object)  # list[Accepted] | list[Refused]
    finished_on_spot = Signal(object)  # StoredCase

    def __init__(
        self,
        session: CounterSession,
        runner: TaskRunner,
        applicant: ApplicantViewModel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(session, runner, parent)
        self.applicant = applicant
        applicant.file_loaded.connect(lambda _f: self._rebuild())
        applicant.prefilled.connect(self._prefill)
        applicant.booked_item.connect(lambda code: self.pick("item", code))
        self.reset()

    def reset(self) -> None:
        self.hits: list[Hit] = []
        self.checklist: Checklist | None = None
        self.picked: tuple[str, str] | None = None  # (kind, code)
        self.delivery_method = DeliveryMethod.WINDOW
        self.address = ""
        self.cross_region = CrossRegion.NONE
        self.handling_region = ""
        self.accepted: list[Accepted] = []
        self.refused: list[Refused] = []
        if hasattr(self, "checklist_changed"):
            self.checklist_changed.emit()
            self.hits_changed.emit()

    # ------------------------------------------------------------------ finding the item
    def search(self, query: str) -> None:
        self.run(search_catalog, self.ctx, query, on_done=self._found, key="catalog-search")

    def _found(self, hits: list[Hit]) -> None:
        self.hits = hits
        self.hits_changed.emit()

    def pick(self, kind: str, code: str) -> None:
        self.checklist = None  # a new choice starts from the guide, not from the last checklist
        self.picked = (kind, code)
        self.accepted, self.refused = [], []
        self._rebuild()

    def _rebuild(self) -> None:
        if self.picked is None:
            return
        kind, code = self.picked
        builder = checklist_for_bundle if kind == "bundle" else checklist_for_item
        before = self.checklist
        try:
            self.checklist = builder(
                self.ctx.catalog(), code, file=self.applicant.file, card_read=self.applicant.card_read
            )
        except YimenError as e:
            self.fail(e)
            return
        if before is not None and [r.code for r in before.rows] == [r.code for r in self.checklist.rows]:
            # the file or the card arrived after the clerk began ticking: keep what was ticked
            for old, new in zip(before.rows, self.checklist.rows, strict=True):
                if old.method is not None and old.method in new.allowed:
                    new.method, new.reference, new.supply_by = old.method, old.reference, old.supply_by
                    new.suggestion = old.suggestion
        if not any(i.cross_region for i in self.checklist.items):
            self.cross_region, self.handling_region = CrossRegion.NONE, ""
        self.checklist_changed.emit()

    def _prefill(self, stored: StoredCase) -> None:
        """A kiosk pre-application: its item, and what the kiosk already recorded (e-licences,
        data sharing, commitments) marked on the checklist."""
        self.pick("item", stored.record.item_code)
        if self.checklist is None:
            return
        for m in stored.record.materials:
            for i, row in enumerate(self.checklist.rows):
                if row.code == m.material_code and m.method in row.allowed:
                    self.checklist.mark(i, m.method, reference=m.reference, supply_by=m.supply_by)
        self.checklist_changed.emit()

    # ------------------------------------------------------------------ the checklist
    @property
    def can_cross_region(self) -> bool:
        return self.checklist is not None and any(i.cross_region for i in self.checklist.items)

    @property
    def on_the_spot_item(self) -> bool:
        return self.checklist is not None and any(
            i.handling_kind.value == "即办件" for i in self.checklist.items
        )

    def default_supply_by(self) -> date:
        return self.ctx.today() + timedelta(days=DEFAULT_SUPPLY_DAYS)

    def mark(
        self, index: int, method: ReceiptMethod | None, *, reference: str = "", supply_by: date | None = None
    ) -> bool:
        if self.checklist is None:
            return False
        method = ReceiptMethod(method) if method is not None else None  # Qt hands enums back as str
        if method is ReceiptMethod.DEFERRED and supply_by is None:
            supply_by = self.default_supply_by()
        if method is ReceiptMethod.E_LICENCE and not reference and self.applicant.licences:
            reference = self.applicant.licences[-1]
        if method is ReceiptMethod.REUSED and not reference and self.applicant.file is not None:
            row = self.checklist.rows[index]
            held = self.applicant.file.reusable_for(row.code, row.name)
            reference = held.case_no if held else ""
        if method is ReceiptMethod.DEFERRED and supply_by is not None and supply_by <= self.ctx.today():
            self.fail(ValidationError("补交日期须晚于今天。", hint="请选择申请人承诺补交的日期。"))
            return False
        try:
            self.checklist.mark(index, method, reference=reference, supply_by=supply_by)
        except YimenError as e:
            self.fail(e)
            return False
        self.checklist_changed.emit()
        return True

    def set_delivery(self, method: DeliveryMethod | str, address: str = "") -> None:
        self.delivery_method, self.address = DeliveryMethod(method), address

    def set_cross_region(self, kind: CrossRegion | str, region: str = "") -> None:
        self.cross_region, self.handling_region = CrossRegion(kind), region.strip()

    # ------------------------------------------------------------------ deciding
    def _ready(self) -> tuple[Checklist, object] | None:
        if self.checklist is None:
            self.say("error", "还没有选择事项。", "请先在左侧搜索并选择事项或一件事。")
            return None
        try:
            return self.checklist, self.applicant.applicant()
        except YimenError as e:
            self.fail(e)
            return None

    def accept(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        checklist, applicant = ready
        try:
            delivery = Delivery(self.delivery_method, address=self.address)
        except YimenError as e:
            self.fail(e)
            return
        self.run(
            accept_checklist,
            self.session,
            checklist=checklist,
            applicant=applicant,
            delivery=delivery,
            cross_region=self.cross_region,
            handling_region=self.handling_region,
            pre_application=self.applicant.pre_application,
            on_done=self._accepted,
            key="decide",
        )

    def _accepted(self, accepted: list[Accepted]) -> None:
        self.accepted = accepted
        numbers = "、".join(a.case.case_no for a in accepted)
        dates = "、".join(f"{a.case.record.promised_date:%Y年%m月%d日}" for a in accepted)
        printed = all(a.printed.ok for a in accepted)
        hint = (
            "受理凭证已打印。" if printed else next(a.printed.message for a in accepted if not a.printed.ok)
        )
        self.say("ok" if printed else "info", f"已受理，办件号 {numbers}，承诺 {dates} 前办结。", hint)
        self.decided.emit(accepted)

    def refuse(self, reason: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        checklist, applicant = ready
        self.run(
            refuse_checklist,
            self.session,
            checklist=checklist,
            applicant=applicant,
            reason=reason,
            on_done=self._refused,
            key="decide",
        )

    def _refused(self, refused: list[Refused]) -> None:
        self.refused = refused
        lines = sum(len(r.check.problems) for r in refused)
        printed = all(r.printed.ok for r in refused)
        hint = (
            "一次性告知单已打印，请交申请人。"
            if printed
            else next(r.printed.message for r in refused if not r.printed.ok)
        )
        self.say("ok" if printed else "info", f"已出具一次性告知单（{lines}项问题一次告知）。", hint)
        self.decided.emit(refused)

    def finish_on_the_spot(self, case_no: str, note: str = "") -> None:
        self.run(
            cases.finish_on_the_spot,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            note=note,
            on_done=self._finished,
            key="decide",
        )

    def _finished(self, stored: StoredCase) -> None:
        self.accepted = [
            Accepted(stored, a.printed, a.on_the_spot) if a.case.case_no == stored.case_no else a
            for a in self.accepted
        ]
        self.say("ok", f"即办件 {stored.case_no} 已当场办结。", "请当场向申请人出件。")
        self.finished_on_spot.emit(stored)
        self.checklist_changed.emit()
