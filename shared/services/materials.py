"""Checking what an applicant brought against the item's guide (一次性告知).

The check lists every problem at once — a clerk must never send a resident home
twice for two different missing papers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from shared.domain.agency import materials_for
from shared.domain.cases import RECEIPT_LABELS, MaterialReceipt, ReceiptMethod
from shared.domain.catalog.models import Material, ServiceItem
from shared.domain.catalog.vocab import Necessity, OriginalOrCopy


@dataclass(frozen=True, slots=True)
class MaterialProblem:
    material_code: str
    name: str
    reason: str  # what is wrong, in words for the one-time notice

    def line(self) -> str:
        return f"{self.name}：{self.reason}"


@dataclass(frozen=True, slots=True)
class MaterialCheck:
    problems: list[MaterialProblem] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        return [p.line() for p in self.problems]


def needed_at_acceptance(m: Material) -> bool:
    return m.required is not Necessity.OPTIONAL


def _method_problem(m: Material, r: MaterialReceipt) -> str | None:
    method = r.method
    if method is ReceiptMethod.DEFERRED and not (m.deferrable or m.required is Necessity.DEFERRABLE):
        return "该材料不适用容缺受理，须当场提交"
    if method is ReceiptMethod.COMMITMENT and not m.commitment_allowed:
        return "该材料不适用告知承诺，须提交材料本身"
    if method is ReceiptMethod.E_LICENCE and not m.e_licence_type:
        return "该材料没有对应的电子证照，须提交纸质材料"
    if method is ReceiptMethod.DATA_SHARING and not m.shared_data_kind:
        return "该材料不能通过数据共享获取，须提交纸质材料"
    if method is ReceiptMethod.CARD_READ and "身份证" not in m.name:
        return "读卡核验只适用于居民身份证"
    if method is ReceiptMethod.PAPER_COPY and m.original_or_copy is not OriginalOrCopy.COPY:
        return f"须提交{m.original_or_copy.value}，复印件不能代替原件"
    if method in (ReceiptMethod.PAPER_ORIGINAL, ReceiptMethod.PAPER_COPY) and r.copies < m.copies:
        return f"须提交{m.copies}份，只收到{r.copies}份"
    return None


def check_materials(item: ServiceItem, receipts: list[MaterialReceipt], *, agent: bool = False) -> MaterialCheck:
    """Every problem at once; with ``agent`` (someone applies on the applicant's behalf) the
    principal's 授权委托书 is required too (shared.domain.agency.materials_for)."""
    needed = materials_for(item, agent=agent)
    by_code = {m.code: m for m in needed}
    problems: list[MaterialProblem] = []
    seen: set[str] = set()
    for r in receipts:
        m = by_code.get(r.material_code)
        if m is None:
            problems.append(MaterialProblem(r.material_code, r.name, f"不是“{item.name}”要求的材料"))
            continue
        if r.material_code in seen:
            problems.append(MaterialProblem(m.code, m.name, "重复登记"))
            continue
        seen.add(r.material_code)
        why = _method_problem(m, r)
        if why:
            problems.append(MaterialProblem(m.code, m.name, f"{why}（登记为{RECEIPT_LABELS[r.method]}）"))
    for m in needed:
        if needed_at_acceptance(m) and m.code not in seen:
            detail = f"，要求：{m.requirement}" if m.requirement else ""
            problems.append(
                MaterialProblem(m.code, m.name, f"缺少{m.original_or_copy.value}{m.copies}份{detail}")
            )
    return MaterialCheck(problems)
