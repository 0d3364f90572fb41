"""Item, materials and the decision: find the item (name, code, pinyin initials) or a 一件事
bundle, tick off the checklist, then accept, refuse with a one-time notice, or finish a
即办件 on the spot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.checklist import Checklist, checklist_for_bundle, checklist_for_item
from counter_app.intake import (
    Accepted,
    Refused,
    Taken,
    accept_checklist,
    notify_supplement,
    refuse_checklist,
    take_checklist,
)
from counter_app.session import CounterSession
from counter_app.viewmodels.applicant import ApplicantViewModel
from counter_app.viewmodels.base import ViewModel
from offline_store.records import StoredCase
from shared.domain.cases import CrossRegion, Delivery, DeliveryMethod, ReceiptMethod, format_case_no
from shared.domain.catalog import pinyin
from shared.domain.catalog.bundle_search import search_bundles
from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import ServiceItem
from shared.domain.catalog.search import normalise_query
from shared.domain.catalog.vocab import DayKind, HandlingKind, OriginalOrCopy
from shared.domain.errors import ValidationError, YimenError
from shared.domain.payloads import LicenceRef
from shared.domain.refusals import RefusalGrounds
from shared.services import cases, licences
from shared.services.agents import Agent
from shared.services.context import HallContext
from shared.ui.tasks import TaskRunner

DEFAULT_SUPPLY_DAYS = 7  # a 容缺 promise the clerk may shorten or lengthen

# the clerk's words go through Qt's translation system (docs/translations.md); names, numbers
# and what the catalogue, the platform or the printer say stay as they come
translate = QCoreApplication.translate


def _joined(words) -> str:
    return translate("CounterIntake", "、").join(words)


def limit_words(item: ServiceItem) -> str:
    """办理时限 in the clerk's language; in Chinese the words of
    ``shared.domain.catalog.guide_lines.limit_text`` (a test holds the two the same)."""
    working = item.limit_day_kind is DayKind.WORKING
    legal = item.legal_limit_days
    if item.handling_kind is HandlingKind.ON_THE_SPOT:
        if not legal:
            return translate("CounterIntake", "即办件，材料齐全当场办结")
        if working:
            return translate("CounterIntake", "即办件，材料齐全当场办结（法定{legal}个工作日）").format(legal=legal)
        return translate("CounterIntake", "即办件，材料齐全当场办结（法定{legal}天）").format(legal=legal)
    promised = item.promised_limit_days
    if working:
        return translate("CounterIntake", "承诺{promised}个工作日（法定{legal}个工作日）").format(
            promised=promised, legal=legal
        )
    return translate("CounterIntake", "承诺{promised}天（法定{legal}天）").format(promised=promised, legal=legal)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str  # "item" | "bundle"
    code: str
    name: str
    detail: str


def _bundle_detail(items: int, department: str) -> str:
    return translate("CounterIntake", "一件事 · {items}个事项 · 牵头 {department}").format(
        items=items, department=department
    )


def search_catalog(ctx: HallContext, query: str, *, limit: int = 30) -> tuple[list[Hit], Catalog]:
    """(bundles whose name, keyword or pinyin initials match, then items from the search
    index; the catalog they come from). Runs on the runner's worker."""
    catalog = ctx.catalog()
    q = normalise_query(query)
    hits: list[Hit] = [
        Hit("bundle", b.code, b.name, _bundle_detail(len(b.items), b.lead_department))
        for b in search_bundles(catalog, query)
    ]
    if q:
        for h in ctx.search_index().search(query, limit=limit):
            item = catalog.item(h.code)
            hits.append(Hit("item", item.code, item.name, f"{item.department} · {limit_words(item)}"))
    return hits[:limit], catalog


class IntakeViewModel(ViewModel):
    hits_changed = Signal()
    checklist_changed = Signal()
    decided = Signal(object)  # list[Accepted] | list[Refused] | list[Taken]
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
        applicant.licence_scanned.connect(self._licence_scanned)
        applicant.agency_changed.connect(self._rebuild)  # 代办: the 授权委托书 row comes or goes
        # The catalog in memory, so picking an item and ticking its checklist never wait on
        # the store on the UI thread; read off it here and again with every search (which
        # also brings a newer catalog version).
        self._catalog: Catalog | None = None
        self._prefill_from: StoredCase | None = None
        self._agent: Agent | None = None  # the agent of the decision under way (read at the decision)
        self.reset()
        self._load_catalog()

    def reset(self) -> None:
        self._searching = False
        self._queued_query: str | None = None
        self.hits: list[Hit] = []
        self.checklist: Checklist | None = None
        self.picked: tuple[str, str] | None = None  # (kind, code)
        self.delivery_method = DeliveryMethod.WINDOW
        self.address = ""
        self.cross_region = CrossRegion.NONE
        self.handling_region = ""
        self.accepted: list[Accepted] = []
        self.refused: list[Refused] = []
        self.taken: list[Taken] = []
        if hasattr(self, "checklist_changed"):
            self.checklist_changed.emit()
            self.hits_changed.emit()

    # ------------------------------------------------------------------ finding the item
    @property
    def is_searching(self) -> bool:
        return self._searching

    def search(self, query: str) -> None:
        pinyin.load_tables()  # on the UI thread, before the worker builds the search index
        if self._searching:  # typed on while the last search runs: this one follows it
            self._queued_query = query
            return
        task = self.runner.run(
            search_catalog, self.ctx, query, on_done=self._found,
            on_error=self._search_failed, key="catalog-search",
        )  # fmt: skip
        self._searching = task is not None

    def _found(self, found: tuple[list[Hit], Catalog]) -> None:
        self._searching = False
        self.hits, self._catalog = found
        queued, self._queued_query = self._queued_query, None
        if queued is not None:
            self.runner.call_soon(lambda: self.search(queued))
            return
        self.hits_changed.emit()

    def _search_failed(self, exc: BaseException) -> None:
        self._searching = False
        self._queued_query = None
        self.fail(exc)

    def _load_catalog(self) -> None:
        self.run(self.ctx.catalog, on_done=self._catalog_loaded, key="catalog")

    def _catalog_loaded(self, catalog: Catalog) -> None:
        self._catalog = catalog
        self._rebuild()

    def pick(self, kind: str, code: str) -> None:
        self.checklist = None  # a new choice starts from the guide, not from the last checklist
        self.picked = (kind, code)
        self.accepted, self.refused, self.taken = [], [], []
        self._rebuild()

    def _rebuild(self) -> None:
        if self.picked is None:
            return
        if self._catalog is None:  # not read yet (or the store was away): read it, then build
            self._load_catalog()
            return
        kind, code = self.picked
        builder = checklist_for_bundle if kind == "bundle" else checklist_for_item
        before = self.checklist
        try:
            self.checklist = builder(
                self._catalog,
                code,
                file=self.applicant.file,
                card_read=self.applicant.card_read,
                agent=self.applicant.agency,
            )
        except YimenError as e:
            self.fail(e)
            return
        if before is not None and [i.code for i in before.items] == [i.code for i in self.checklist.items]:
            # the file, the card or the agent arrived after the clerk began ticking: keep what
            # was ticked (a 授权委托书 row comes or goes with 代办)
            old_rows = {r.code: r for r in before.rows}
            for new in self.checklist.rows:
                old = old_rows.get(new.code)
                if old is None:
                    continue
                if old.method is not None and old.method in new.allowed:
                    new.method, new.reference, new.supply_by = old.method, old.reference, old.supply_by
                    new.suggestion, new.note = old.suggestion, old.note
                new.pending_code = old.pending_code
        if not any(i.cross_region for i in self.checklist.items):
            self.cross_region, self.handling_region = CrossRegion.NONE, ""
        prefill, self._prefill_from = self._prefill_from, None
        if prefill is not None:
            self._mark_from(prefill)
        self.checklist_changed.emit()

    def _prefill(self, stored: StoredCase) -> None:
        """A kiosk pre-application: its item, and what the kiosk already recorded (e-licences,
        data sharing, commitments) marked on the checklist (once it is built)."""
        self._prefill_from = stored
        self.pick("item", stored.record.item_code)

    def _mark_from(self, stored: StoredCase) -> None:
        assert self.checklist is not None
        for m in stored.record.materials:
            for i, row in enumerate(self.checklist.rows):
                if row.code == m.material_code and m.method in row.allowed:
                    self.checklist.mark(i, m.method, reference=m.reference, supply_by=m.supply_by)

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

    # ------------------------------------------------------------------ 免证办
    def _licence_scanned(self, ref: LicenceRef) -> None:
        """A scanned e-licence: the platform verifies it for the material it can replace."""
        if self.checklist is None:
            self.say(
                "info",
                translate("CounterIntake", "已扫描电子证照 {licence_no}。").format(licence_no=ref.licence_no),
                translate("CounterIntake", "请先选择事项，再扫描或在清单中选择“电子证照”。"),
            )
            return
        rows = [
            i for i, r in enumerate(self.checklist.rows)
            if ReceiptMethod.E_LICENCE in r.allowed and r.method is not ReceiptMethod.E_LICENCE
        ]  # fmt: skip
        if not rows:
            self.say(
                "error",
                translate("CounterIntake", "本事项没有需要电子证照的材料。"),
                translate("CounterIntake", "请按清单收取材料；已登记的电子证照无需重扫。"),
            )
            return
        self._verify(ref, rows)

    def _verify(self, ref: LicenceRef, rows: list[int]) -> None:
        assert self.checklist is not None
        checklist = self.checklist
        materials = [checklist.rows[i].material for i in rows]
        licences.warm_up()  # the HTTP libraries load here, on the UI thread, not first on a worker
        self.say(
            "info", translate("CounterIntake", "正在向省平台核验电子证照 {licence_no}…").format(licence_no=ref.licence_no)
        )
        self.run(
            self._verify_on_worker,
            materials,
            ref.code,
            self._holder_id(),
            checklist.title,
            on_done=lambda found: self._verified(checklist, found),
            on_error=lambda e: self._not_verified(checklist, rows, ref, e),
            key="licence-verify",
        )

    def _verify_on_worker(self, materials, code: str, holder_id: str | None, item_name: str):
        return licences.verify_for_materials(
            self.ctx, platform=self.session.platform(), actor=self.session.actor, materials=materials,
            code=code, holder_id=holder_id, item_name=item_name,
        )  # fmt: skip

    def _holder_id(self) -> str | None:
        ident = self.applicant.values["id_number"].strip().upper()
        return ident if self.applicant.kind.value == "person" and len(ident) == 18 else None

    def _verified(self, checklist: Checklist, found) -> None:
        material, lic = found
        if checklist is not self.checklist:
            return  # the clerk moved on to another item meanwhile
        index = next(i for i, r in enumerate(checklist.rows) if r.code == material.code)
        checklist.mark(index, ReceiptMethod.E_LICENCE, reference=lic.licence_no, note=lic.note)
        row = checklist.rows[index]
        row.pending_code, row.suggestion = "", lic.note
        self.checklist_changed.emit()
        self.say(
            "ok",
            translate("CounterIntake", "电子证照核验通过：“{material}”已登记为电子证照 {licence_no}。").format(
                material=row.name, licence_no=lic.licence_no
            ),
            lic.note,
        )

    def _not_verified(self, checklist: Checklist, rows: list[int], ref: LicenceRef, exc: BaseException) -> None:
        if isinstance(exc, licences.LicenceCheckOffline) and checklist is self.checklist:
            if len(rows) == 1:  # offline, the licence stays with its row: checked after acceptance
                row = checklist.rows[rows[0]]
                row.pending_code = ref.code
                row.suggestion = translate(
                    "CounterIntake", "电子证照 {licence_no} 待核验：可先收纸质原件或容缺，受理后联网自动核验"
                ).format(licence_no=ref.licence_no)
                self.checklist_changed.emit()
            else:
                exc = licences.LicenceCheckOffline(
                    exc.message,
                    hint=translate("CounterIntake", "请在清单中该材料处选择“电子证照”，再收取纸质原件或容缺受理。"),
                )
        self.fail(exc)

    def mark(
        self, index: int, method: ReceiptMethod | None, *, reference: str = "", supply_by: date | None = None
    ) -> bool:
        if self.checklist is None:
            return False
        method = ReceiptMethod(method) if method is not None else None  # Qt hands enums back as str
        if method is ReceiptMethod.DEFERRED and supply_by is None:
            supply_by = self.default_supply_by()
        row = self.checklist.rows[index]
        if method is ReceiptMethod.E_LICENCE and not (row.method is method and row.reference == reference and reference):
            # an e-licence counts only once the platform has verified it for this material
            if method not in row.allowed:
                self.fail(
                    ValidationError(
                        translate("CounterIntake", "“{material}”没有对应的电子证照。").format(material=row.name),
                        hint=translate("CounterIntake", "请收取纸质材料。"),
                    )
                )
                return False
            if not self.applicant.licences:
                self.say(
                    "error",
                    translate("CounterIntake", "还没有扫描电子证照。"),
                    translate("CounterIntake", "请申请人在手机上打开电子证照，扫描其二维码。"),
                )
                return False
            self._verify(self.applicant.licences[-1], [index])
            return False
        note = ""
        if method is ReceiptMethod.DATA_SHARING:
            # the resident agreed at the window: the department's data is fetched once the case
            # has its number (the work log names it), and the case owes that query until then; the
            # note is stored with the receipt, in Chinese (data, not the clerk's screen)
            reference, note = licences.consent_reference(row.material), "申请人已同意数据共享调取"
        if method is ReceiptMethod.REUSED and not reference and self.applicant.file is not None:
            row = self.checklist.rows[index]
            held = self.applicant.file.reusable_for(row.code, row.name)
            reference = held.case_no if held else ""
        if method is ReceiptMethod.DEFERRED and supply_by is not None and supply_by <= self.ctx.today():
            self.fail(
                ValidationError(
                    translate("CounterIntake", "补交日期须晚于今天。"),
                    hint=translate("CounterIntake", "请选择申请人承诺补交的日期。"),
                )
            )
            return False
        try:
            self.checklist.mark(index, method, reference=reference, supply_by=supply_by, note=note)
        except YimenError as e:
            self.fail(e)
            return False
        self.checklist_changed.emit()
        return True

    def receive_all_paper(self) -> int:
        """全部纸质原件已收: every needed material not yet received is marked as handed over on
        paper, as the guide asks for it (原件, or 复印件 where a copy is what it asks). Optional
        materials stay for the clerk to tick: the applicant may not have brought them."""
        cl = self.checklist
        if cl is None:
            self.say(
                "error",
                translate("CounterIntake", "还没有选择事项。"),
                translate("CounterIntake", "请先按 Ctrl+F 查找并选择事项或一件事。"),
            )
            return 0
        marked = 0
        for i, row in enumerate(cl.rows):
            if not row.needed or row.method is not None:
                continue
            paper = (
                ReceiptMethod.PAPER_COPY
                if row.material.original_or_copy is OriginalOrCopy.COPY and ReceiptMethod.PAPER_COPY in row.allowed
                else ReceiptMethod.PAPER_ORIGINAL
            )
            cl.mark(i, paper)
            marked += 1
        self.checklist_changed.emit()
        optional = sum(1 for r in cl.rows if not r.needed and r.method is None)
        if marked:
            self.say(
                "ok",
                translate("CounterIntake", "已将{marked}项必要材料标为纸质收取。").format(marked=marked),
                translate("CounterIntake", "另有{optional}项非必要材料，申请人带了再逐项标记。").format(optional=optional)
                if optional
                else "",
            )
        else:
            self.say("info", translate("CounterIntake", "必要材料都已标记，没有要改的。"))
        return marked

    def set_delivery(self, method: DeliveryMethod | str, address: str = "") -> None:
        self.delivery_method, self.address = DeliveryMethod(method), address

    def set_cross_region(self, kind: CrossRegion | str, region: str = "") -> None:
        self.cross_region, self.handling_region = CrossRegion(kind), region.strip()

    # ------------------------------------------------------------------ deciding
    def _ready(self) -> tuple[Checklist, object] | None:
        if self.checklist is None:
            self.say(
                "error",
                translate("CounterIntake", "还没有选择事项。"),
                translate("CounterIntake", "请先在左侧搜索并选择事项或一件事。"),
            )
            return None
        try:
            applicant = self.applicant.applicant()
            self._agent = self.applicant.agent()
        except YimenError as e:
            self.fail(e)
            return None
        return self.checklist, applicant

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
        licences.warm_up()  # the platform client is built on the worker: its libraries load here
        self.run(
            accept_checklist,
            self.session,
            checklist=checklist,
            applicant=applicant,
            delivery=delivery,
            cross_region=self.cross_region,
            handling_region=self.handling_region,
            pre_application=self.applicant.pre_application,
            agent=self._agent,
            on_done=self._accepted,
            key="decide",
        )

    def _accepted(self, accepted: list[Accepted]) -> None:
        self.accepted = accepted
        numbers = _joined(format_case_no(a.case.case_no) for a in accepted)
        dates = _joined(
            translate("CounterIntake", "{year}年{month}月{day}日").format(
                year=f"{d:%Y}", month=f"{d:%m}", day=f"{d:%d}"
            )
            for d in (a.case.record.promised_date for a in accepted)
        )
        printed = all(a.printed.ok for a in accepted)
        hint = (
            translate("CounterIntake", "受理凭证已打印。")
            if printed
            else next(a.printed.message for a in accepted if not a.printed.ok)
        )
        checks = [c for a in accepted for c in a.checks]
        refused = [c.text for c in checks if c.state == "refused"]  # the platform's words
        waiting = [c.material_name for c in checks if c.state == "pending"]
        if refused:  # found while the applicant is still here: ask for the paper now
            hint = translate("CounterIntake", "{refused}。请申请人补交纸质材料。{hint}").format(
                refused=translate("CounterIntake", "；").join(refused), hint=hint
            )
        elif waiting:
            hint += translate("CounterIntake", "{materials}待核验，联网后自动核验，结果见“办件”页。").format(
                materials=_joined(waiting)
            )
        elif checks:
            hint += translate("CounterIntake", "数据共享/电子证照核验已完成。")
        level = "error" if refused else "ok" if printed else "info"
        self.say(
            level,
            translate("CounterIntake", "已受理，办件编号 {numbers}，承诺 {dates} 前办结。").format(
                numbers=numbers, dates=dates
            ),
            hint,
        )
        self.decided.emit(accepted)

    def notify_supplement(self) -> None:
        """材料不齐或不符合法定形式: 补正告知 (the case stays open)."""
        ready = self._ready()
        if ready is None:
            return
        checklist, applicant = ready
        self.run(
            notify_supplement,
            self.session,
            checklist=checklist,
            applicant=applicant,
            agent=self._agent,
            on_done=self._supplement_told,
            key="decide",
        )

    def _supplement_told(self, told: list[Refused]) -> None:
        self.refused = told
        lines = sum(len(r.check.problems) for r in told)
        printed = all(r.printed.ok for r in told)
        hint = (
            translate("CounterIntake", "一次性告知单已打印，请交申请人；补齐后在办件列表中登记，即可受理。")
            if printed
            else next(r.printed.message for r in told if not r.printed.ok)
        )
        self.say(
            "ok" if printed else "info",
            translate("CounterIntake", "已补正告知（{lines}项一次告知），办件待补正。").format(lines=lines),
            hint,
        )
        self.decided.emit(told)

    # ------------------------------------------------------------------ 免费代办 at a station
    @property
    def at_station(self) -> bool:
        """This terminal stands at a village station or township centre (not the county hall)."""
        point = self.ctx.settings.terminal.point.strip()
        return bool(point) and point != self.ctx.settings.hall.code

    def take_for_county(self) -> None:
        """免费代办: take the case here and print the 流转单 its papers travel up with."""
        ready = self._ready()
        if ready is None:
            return
        checklist, applicant = ready
        if self._agent is None:
            self.say(
                "error",
                translate("CounterIntake", "免费代办须登记代办人。"),
                translate("CounterIntake", "请勾选“代办”，读取代办人（帮办员）本人的身份证。"),
            )
            return
        self.run(
            take_checklist,
            self.session,
            checklist=checklist,
            applicant=applicant,
            agent=self._agent,
            on_done=self._taken,
            key="decide",
        )

    def _taken(self, taken: list[Taken]) -> None:
        self.taken = taken
        numbers = _joined(t.taken.transfer.transfer_no for t in taken)
        printed = all(t.printed.ok for t in taken)
        hint = (
            translate("CounterIntake", "流转单已打印：请与材料一起装袋，交下一站时由对方扫码签收。")
            if printed
            else next(t.printed.message for t in taken if not t.printed.ok)
        )
        route = taken[0].taken.transfer.route_text if taken else ""  # the places' names
        self.say(
            "ok" if printed else "info",
            translate("CounterIntake", "已免费代办收件，流转单 {numbers}（{route}）。").format(numbers=numbers, route=route),
            hint,
        )
        self.decided.emit(taken)

    def refuse(self, grounds: RefusalGrounds | str, reason: str, competent_authority: str = "") -> None:
        """不予受理: outside the hall's powers, no licence needed, or no standing."""
        ready = self._ready()
        if ready is None:
            return
        checklist, applicant = ready
        self.run(
            refuse_checklist,
            self.session,
            checklist=checklist,
            applicant=applicant,
            grounds=grounds,
            reason=reason,
            competent_authority=competent_authority,
            on_done=self._refused,
            key="decide",
        )

    def _refused(self, refused: list[Refused]) -> None:
        self.refused = refused
        printed = all(r.printed.ok for r in refused)
        hint = (
            translate("CounterIntake", "不予受理通知书已打印，请交申请人。")
            if printed
            else next(r.printed.message for r in refused if not r.printed.ok)
        )
        self.say(
            "ok" if printed else "info",
            translate("CounterIntake", "已决定不予受理，通知书写明理由、依据和救济途径。"),
            hint,
        )
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
        self.say(
            "ok",
            translate("CounterIntake", "即办件 {case_no} 已当场办结。").format(case_no=stored.case_no),
            translate("CounterIntake", "请当场向申请人出件。"),
        )
        self.finished_on_spot.emit(stored)
        self.checklist_changed.emit()
