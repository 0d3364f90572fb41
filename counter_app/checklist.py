"""The materials checklist at the window (Qt-free): one row per material of the item, or of
the whole 一件事 bundle after de-duplication, each marked with how it was received.

Only the ways the guide allows are offered for a material (容缺 only where the catalog marks
it deferrable, 告知承诺 only where a commitment may replace it, 电子证照 only where an
e-licence exists …): the acceptance service checks the same rules again, so the screen
merely saves the clerk a refusal.

For a bundle the acceptance is one case per item; :meth:`Checklist.receipts_for` gives each
item its own materials back, under that item's own material codes, from the one merged
list the applicant handed over once.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from shared.domain.agency import materials_for, power_of_attorney_for
from shared.domain.cases import RECEIPT_LABELS, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.bundles import merge_materials, normalise_material_name
from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import Bundle, Material, ServiceItem
from shared.domain.catalog.vocab import Necessity, OriginalOrCopy
from shared.domain.errors import ValidationError
from shared.services.person_file import ApplicantFile
from shared.ui.i18n import QT_TRANSLATE_NOOP

# the clerk's words go through Qt's translation system (docs/translations.md); what the
# catalogue says of a material (its name, its requirement) and what is stored (a receipt's note)
# stay as written
translate = QCoreApplication.translate

NECESSITY_LABELS = {
    Necessity.REQUIRED: QT_TRANSLATE_NOOP("CounterChecklist", "必要"),
    Necessity.OPTIONAL: QT_TRANSLATE_NOOP("CounterChecklist", "非必要"),
    Necessity.DEFERRABLE: QT_TRANSLATE_NOOP("CounterChecklist", "可容缺"),
}
# the catalogue's fixed vocabulary for what to bring (shared.domain.catalog.vocab.OriginalOrCopy)
ORIGINAL_OR_COPY_WORDS = {
    OriginalOrCopy.ORIGINAL: QT_TRANSLATE_NOOP("CounterChecklist", "原件"),
    OriginalOrCopy.COPY: QT_TRANSLATE_NOOP("CounterChecklist", "复印件"),
    OriginalOrCopy.BOTH: QT_TRANSLATE_NOOP("CounterChecklist", "原件和复印件"),
}
# how a material was received, as shared.domain.cases.RECEIPT_LABELS words it (a test holds the
# two the same): the stored receipt keeps the method, the screen shows these words
RECEIPT_WORDS = {
    ReceiptMethod.PAPER_ORIGINAL: QT_TRANSLATE_NOOP("CounterChecklist", "纸质原件"),
    ReceiptMethod.PAPER_COPY: QT_TRANSLATE_NOOP("CounterChecklist", "纸质复印件"),
    ReceiptMethod.E_LICENCE: QT_TRANSLATE_NOOP("CounterChecklist", "电子证照"),
    ReceiptMethod.DATA_SHARING: QT_TRANSLATE_NOOP("CounterChecklist", "数据共享"),
    ReceiptMethod.REUSED: QT_TRANSLATE_NOOP("CounterChecklist", "材料复用"),
    ReceiptMethod.COMMITMENT: QT_TRANSLATE_NOOP("CounterChecklist", "告知承诺"),
    ReceiptMethod.DEFERRED: QT_TRANSLATE_NOOP("CounterChecklist", "容缺后补"),
    ReceiptMethod.CARD_READ: QT_TRANSLATE_NOOP("CounterChecklist", "读卡核验"),
}
_METHOD_BY_LABEL = {label: method for method, label in RECEIPT_LABELS.items()}


def receipt_word(method: ReceiptMethod) -> str:
    """How a material was received, in the clerk's language."""
    return translate("CounterChecklist", RECEIPT_WORDS[method])


def receipt_word_for_label(label: str) -> str:
    """A receipt method the services word in Chinese (``RECEIPT_LABELS``), in the clerk's
    language; a label that is no receipt method shows as it is."""
    method = _METHOD_BY_LABEL.get(label)
    return receipt_word(method) if method is not None else label


def month_day(day: date) -> str:
    """11月24日, in the clerk's language."""
    return translate("CounterChecklist", "{month}月{day}日").format(month=f"{day:%m}", day=f"{day:%d}")


def allowed_methods(m: Material, *, card_read: bool = False, reusable: bool = False) -> list[ReceiptMethod]:
    """Receipt methods the guide allows for ``m``, most usual first."""
    out = [ReceiptMethod.PAPER_ORIGINAL]
    if m.original_or_copy is OriginalOrCopy.COPY:
        out.append(ReceiptMethod.PAPER_COPY)
    if card_read and "身份证" in m.name:
        out.insert(0, ReceiptMethod.CARD_READ)
    if reusable:
        out.append(ReceiptMethod.REUSED)
    if m.e_licence_type:
        out.append(ReceiptMethod.E_LICENCE)
    if m.shared_data_kind:
        out.append(ReceiptMethod.DATA_SHARING)
    if m.commitment_allowed:
        out.append(ReceiptMethod.COMMITMENT)
    if m.deferrable or m.required is Necessity.DEFERRABLE:
        out.append(ReceiptMethod.DEFERRED)
    return out


@dataclass
class ChecklistRow:
    material: Material  # merged attributes for a bundle (strictest of its items)
    needed_by: tuple[str, ...]  # item codes
    allowed: list[ReceiptMethod]
    method: ReceiptMethod | None = None  # None: not (yet) received
    reference: str = ""
    supply_by: date | None = None
    copies: int = 1
    suggestion: str = ""  # what the person file or the card reader offers
    note: str = ""  # what a check found (an e-licence's issuer and validity)
    pending_code: str = ""  # an e-licence scanned while the platform was out of reach

    @property
    def code(self) -> str:
        return self.material.code

    @property
    def name(self) -> str:
        return self.material.name

    @property
    def needed(self) -> bool:
        return self.material.required is not Necessity.OPTIONAL

    @property
    def requirement(self) -> str:
        m = self.material
        text = translate("CounterChecklist", "{kind}{copies}份 · {necessity}").format(
            kind=translate("CounterChecklist", ORIGINAL_OR_COPY_WORDS[m.original_or_copy]),
            copies=m.copies,
            necessity=translate("CounterChecklist", NECESSITY_LABELS[m.required]),
        )
        return text + (f" · {m.requirement}" if m.requirement else "")

    @property
    def short_status(self) -> str:
        """The status without the reference (shown in its own column)."""
        if self.method is None:
            return translate("CounterChecklist", "✖ 未收取") if self.needed else translate("CounterChecklist", "未收取（非必要）")
        if self.method is ReceiptMethod.DEFERRED and self.supply_by:
            return translate("CounterChecklist", "✔ 容缺，{date}前补交").format(date=month_day(self.supply_by))
        return translate("CounterChecklist", "✔ {method}").format(method=receipt_word(self.method))

    @property
    def status(self) -> str:
        if self.method is None:
            return translate("CounterChecklist", "未收取") if self.needed else translate("CounterChecklist", "未收取（非必要）")
        label = receipt_word(self.method)
        if self.method is ReceiptMethod.DEFERRED and self.supply_by:
            return translate("CounterChecklist", "{method}，{date}前补交").format(
                method=label, date=month_day(self.supply_by)
            )
        return label + (f"（{self.reference}）" if self.reference else "")


@dataclass
class Checklist:
    items: list[ServiceItem]
    rows: list[ChecklistRow]
    bundle: Bundle | None = None
    notes: list[str] = field(default_factory=list)
    agent: bool = False  # someone applies on the applicant's behalf: the 授权委托书 is a row

    @property
    def title(self) -> str:
        return self.bundle.name if self.bundle else self.items[0].name

    def mark(
        self,
        index: int,
        method: ReceiptMethod | None,
        *,
        reference: str = "",
        supply_by: date | None = None,
        copies: int | None = None,
        note: str = "",
    ) -> ChecklistRow:
        """Record how row ``index`` was received (``None`` clears it); refuses what the guide does not allow."""
        row = self.rows[index]
        if method is not None and method not in row.allowed:
            raise ValidationError(
                translate("CounterChecklist", "“{material}”不能以{method}方式收取。").format(
                    material=row.name, method=receipt_word(method)
                ),
                hint=translate("CounterChecklist", "可选：{methods}").format(
                    methods=translate("CounterChecklist", "、").join(receipt_word(m) for m in row.allowed)
                ),
            )
        if method is ReceiptMethod.DEFERRED and supply_by is None:
            raise ValidationError(
                translate("CounterChecklist", "容缺材料“{material}”须填写补交日期。").format(material=row.name),
                hint=translate("CounterChecklist", "请选择申请人承诺补交的日期。"),
            )
        needs_ref = (ReceiptMethod.E_LICENCE, ReceiptMethod.REUSED, ReceiptMethod.DATA_SHARING)
        if method in needs_ref and not reference.strip():
            raise ValidationError(
                translate("CounterChecklist", "“{material}”以{method}方式收取须填写凭据编号。").format(
                    material=row.name, method=receipt_word(method)
                ),
                hint=translate("CounterChecklist", "扫描电子证照码、填写共享查询编号，或选择原办件。"),
            )
        row.method = method
        row.reference = reference.strip() if method in needs_ref else ""
        row.supply_by = supply_by if method is ReceiptMethod.DEFERRED else None
        row.note = note if method in needs_ref else ""
        row.copies = copies if copies is not None else max(row.copies, row.material.copies)
        return row

    def licence_codes_for(self, item: ServiceItem) -> dict[str, str]:
        """Scanned e-licences the platform could not verify, by ``item``'s material code, for
        rows taken another way meanwhile (paper, 容缺): the case will owe those checks."""
        out = {}
        for m in materials_for(item, agent=self.agent):
            row = self._row_for(m)
            if row is not None and row.pending_code and row.method not in (None, ReceiptMethod.E_LICENCE):
                out[m.code] = row.pending_code
        return out

    def unreceived_required(self) -> list[ChecklistRow]:
        return [r for r in self.rows if r.needed and r.method is None]

    def receipts_for(self, item: ServiceItem) -> list[MaterialReceipt]:
        """The receipts of ``item``'s own materials, from the rows that cover them."""
        out = []
        for m in materials_for(item, agent=self.agent):
            row = self._row_for(m)
            if row is None or row.method is None:
                continue
            out.append(
                MaterialReceipt(
                    material_code=m.code,
                    name=m.name,
                    method=row.method,
                    reference=row.reference,
                    supply_by=row.supply_by,
                    note=row.note,
                    copies=max(row.copies, m.copies)
                    if row.method in (ReceiptMethod.PAPER_ORIGINAL, ReceiptMethod.PAPER_COPY)
                    else 1,
                )
            )
        return out

    def _row_for(self, m: Material) -> ChecklistRow | None:
        key = normalise_material_name(m.name)
        for row in self.rows:
            if row.code == m.code or normalise_material_name(row.name) == key:
                return row
        return None

    def with_items(self, items: list[ServiceItem]) -> Checklist:
        return replace(self, items=items)


# an ID card of someone else than the applicant (the deceased, the parents, the shareholders):
# the card on the reader is the applicant's own, so it may not tick these
_OTHER_PEOPLES_ID = ("死者", "父母", "股东", "法定代表人", "配偶", "子女", "被监护人")


def _applicants_own_id(m: Material) -> bool:
    return "身份证" in m.name and not any(w in m.name for w in _OTHER_PEOPLES_ID)


def _suggest(row: ChecklistRow, file: ApplicantFile | None, card_read: bool) -> None:
    if card_read and ReceiptMethod.CARD_READ in row.allowed and _applicants_own_id(row.material):
        row.method = ReceiptMethod.CARD_READ
        row.suggestion = translate("CounterChecklist", "已读取身份证")
        return
    if file is None:
        return
    held = file.reusable_for(row.code, row.name)
    if held is not None and ReceiptMethod.REUSED in row.allowed:
        row.method = ReceiptMethod.REUSED
        row.reference = held.case_no
        when = month_day(held.received_on) if held.received_on else translate("CounterChecklist", "此前")
        row.suggestion = translate("CounterChecklist", "一人一档：{when}办件已收{how}，无需再交").format(
            when=when, how=receipt_word_for_label(held.how)
        )


def _rows(
    materials: list[tuple[Material, tuple[str, ...]]], file: ApplicantFile | None, card_read: bool
) -> list[ChecklistRow]:
    rows = []
    for m, needed_by in materials:
        reusable = file is not None and file.reusable_for(m.code, m.name) is not None
        row = ChecklistRow(
            m, needed_by, allowed_methods(m, card_read=card_read, reusable=reusable), copies=m.copies
        )
        _suggest(row, file, card_read)
        rows.append(row)
    return rows


def checklist_for_item(
    catalog: Catalog,
    code: str,
    *,
    file: ApplicantFile | None = None,
    card_read: bool = False,
    agent: bool = False,
) -> Checklist:
    """The item's materials; with an agent, the principal's 授权委托书 too (帮办代办)."""
    item = catalog.item(code)
    rows = _rows([(m, (item.code,)) for m in materials_for(item, agent=agent)], file, card_read)
    notes = [translate("CounterChecklist", "代办：须收取委托人签名的授权委托书原件")] if agent else []
    return Checklist([item], rows, notes=notes, agent=agent)


def checklist_for_bundle(
    catalog: Catalog,
    code: str,
    *,
    file: ApplicantFile | None = None,
    card_read: bool = False,
    agent: bool = False,
) -> Checklist:
    """一件事一次办: one merged, de-duplicated list for all the bundle's items."""
    bundle = catalog.bundle(code)
    items = catalog.bundle_items(code)
    merged = merge_materials(items)
    pairs = [(mm.material, mm.needed_by) for mm in merged]
    if agent:  # one power of attorney names every item of the 一件事
        poa = power_of_attorney_for(items[0])
        key = normalise_material_name(poa.name)
        pairs = [(poa, nb) if normalise_material_name(m.name) == key else (m, nb) for m, nb in pairs]
        if all(normalise_material_name(m.name) != key for m, _ in pairs):
            pairs.append((poa, tuple(i.code for i in items)))
    rows = _rows(pairs, file, card_read)
    asked = sum(len(i.materials) for i in items)
    notes = [
        translate("CounterChecklist", "{items}个事项共{asked}项材料，合并后只需收取{rows}项").format(
            items=len(items), asked=asked, rows=len(rows)
        )
    ]
    if agent:
        notes.append(translate("CounterChecklist", "代办：须收取委托人签名的授权委托书原件"))
    return Checklist(items, rows, bundle, notes, agent=agent)
