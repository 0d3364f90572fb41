"""Validate raw catalog records and assemble a :class:`Catalog`, collecting every problem.

Used by the file loader and by :func:`catalog_from_documents`: nothing half-valid is
ever returned; a clerk importing a catalog sees all defects at once (一次性告知 for data).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import Bundle, ItemTypeDictionary, ServiceItem, ServicePoint
from shared.domain.catalog.problems import problem, problems_from_validation
from shared.domain.errors import CatalogError
from shared.domain.words import words


@dataclass(frozen=True)
class RawRecord:
    origin: str  # file name or document label, for problem messages
    kind: str  # "item_types" | "item" | "bundle" | "point"
    index: int  # position within its list in the origin
    data: Any


_MODELS: dict[str, type[BaseModel]] = {
    "item_types": ItemTypeDictionary,
    "item": ServiceItem,
    "bundle": Bundle,
    "point": ServicePoint,
}
_KEY_FIELD = {"item_types": "platform", "item": "implementation_code", "bundle": "code", "point": "code"}
_LIST_NAME = {"item_types": "item_types", "item": "items", "bundle": "bundles", "point": "points"}


def default_ticket_categories() -> list[str]:
    from shared.domain.settings import TicketSettings

    return list(TicketSettings().categories)


def _record_label(rec: RawRecord) -> str:
    if isinstance(rec.data, dict):
        key = rec.data.get(_KEY_FIELD[rec.kind])
        if isinstance(key, str) and key.strip():
            return key.strip()
    return f"{_LIST_NAME[rec.kind]}[{rec.index}]"


class _Assembly:
    def __init__(self, ticket_categories: Collection[str]) -> None:
        self.problems: list[str] = []
        self.ticket_categories = set(ticket_categories)
        self.valid: dict[str, list[tuple[RawRecord, Any]]] = {k: [] for k in _MODELS}
        self.raw_codes: dict[str, set[str]] = {k: set() for k in _MODELS}
        self.first_origin: dict[tuple[str, str], str] = {}
        self.checked: list[RawRecord] = []  # mappings with a unique key, valid or not

    def add(self, rec: RawRecord) -> None:
        model = _MODELS.get(rec.kind)
        if model is None:
            self.problems.append(problem(rec.origin, f"#{rec.index}", "kind", f"未知的记录类型 {rec.kind!r}"))
            return
        label = _record_label(rec)
        if not isinstance(rec.data, dict):
            self.problems.append(problem(rec.origin, label, "", "记录应为映射（键: 值），实际不是"))  # words-ok: YAML's 键: 值
            return
        key = (rec.kind, label)
        duplicate = key in self.first_origin
        if duplicate:
            self.problems.append(
                problem(
                    rec.origin, label, _KEY_FIELD[rec.kind], f"编码重复，已在 {self.first_origin[key]} 中定义"
                )
            )
        else:
            self.first_origin[key] = rec.origin
            self.raw_codes[rec.kind].add(label)
        # a duplicate is still checked in full, so that its own defects are listed as well
        self.checked.append(rec)
        try:
            obj = model.model_validate(rec.data)
        except PydanticValidationError as exc:
            self.problems += problems_from_validation(exc, origin=rec.origin, record=label, data=rec.data)
            return
        if not duplicate:
            self.valid[rec.kind].append((rec, obj))

    def check_references(self) -> ItemTypeDictionary | None:
        """Cross-record checks, on the raw data so that records with other defects are checked too."""
        type_count = len(self.raw_codes["item_types"])
        if type_count == 0:
            self.problems.append("(目录): item_types: 缺少事项类型字典（item_types: platform + codes）")
        elif type_count > 1:
            self.problems.append(
                "(目录): item_types: 只能有一个事项类型字典，实际有 "
                + "、".join(sorted(self.raw_codes["item_types"]))
            )
        dictionaries = self.valid["item_types"]
        types = dictionaries[0][1] if len(dictionaries) == 1 and type_count == 1 else None
        cats = "、".join(sorted(self.ticket_categories))
        items, points = self.raw_codes["item"], self.raw_codes["point"]

        def text(value: Any) -> str | None:
            return value.strip() if isinstance(value, str) else None

        def texts(value: Any) -> list[str]:
            return [v.strip() for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []

        for rec in self.checked:
            data, label, origin = rec.data, _record_label(rec), rec.origin
            if rec.kind == "item":
                item_type = text(data.get("item_type"))
                if types is not None and item_type and item_type not in types.codes:
                    known = "、".join(f"{c}={lab}" for c, lab in types.codes.items())
                    self.problems.append(
                        problem(
                            origin,
                            label,
                            "item_type",
                            f"未知的事项类型编码 {item_type!r}；字典（{types.platform}）中有：{known}",
                        )
                    )
                category = text(data.get("ticket_category"))
                if category and category not in self.ticket_categories:
                    self.problems.append(
                        problem(
                            origin, label, "ticket_category", f"未知的取号类别 {category!r}；可选：{cats}"
                        )
                    )
                for pcode in texts(data.get("service_points")):
                    if pcode not in points:
                        self.problems.append(
                            problem(origin, label, "service_points", f"引用了不存在的服务场所 {pcode!r}")
                        )
            elif rec.kind == "bundle":
                for code in texts(data.get("items")):
                    if code not in items:
                        self.problems.append(problem(origin, label, "items", f"引用了不存在的事项 {code!r}"))
            elif rec.kind == "point":
                for code in texts(data.get("item_codes")):
                    if code not in items:
                        self.problems.append(
                            problem(origin, label, "item_codes", f"引用了不存在的事项 {code!r}")
                        )
                parent = text(data.get("parent"))
                if parent and parent not in points:
                    self.problems.append(problem(origin, label, "parent", f"上级服务场所 {parent!r} 不存在"))
                windows = data.get("windows")
                for n, window in enumerate(windows if isinstance(windows, list) else []):
                    if not isinstance(window, dict):
                        continue
                    number = window.get("number", n)
                    for cat in texts(window.get("categories")):
                        if cat not in self.ticket_categories:
                            self.problems.append(
                                problem(
                                    origin,
                                    label,
                                    f"windows[{number}].categories",
                                    f"未知的取号类别 {cat!r}；可选：{cats}",
                                )
                            )
        return types


def assemble_catalog(
    records: Iterable[RawRecord],
    *,
    version: str,
    ticket_categories: Collection[str] | None = None,
    earlier_problems: Iterable[str] = (),
) -> Catalog:
    """Validate everything, then build the catalog or raise :class:`CatalogError` listing all problems."""
    asm = _Assembly(default_ticket_categories() if ticket_categories is None else ticket_categories)
    asm.problems += list(earlier_problems)
    if not version or not str(version).strip():
        asm.problems.append("(目录): version: 缺少目录版本号")
    for rec in records:
        asm.add(rec)
    types = asm.check_references()
    # grouped by file (stable, so each file's problems keep their order)
    asm.problems.sort(key=lambda line: line.split(": ", 1)[0])
    if asm.problems or types is None:
        raise CatalogError(
            words("事项目录校验未通过，共 {n_problems} 处问题。", n_problems=len(asm.problems)),
            problems=asm.problems,
            hint="请按清单逐条修正数据后重新导入；在全部修正之前，正在使用的目录保持不变。",
        )
    return Catalog(
        version=str(version).strip(),
        item_types=types,
        items=[obj for _, obj in asm.valid["item"]],
        bundles=[obj for _, obj in asm.valid["bundle"]],
        points=[obj for _, obj in asm.valid["point"]],
    )


# the store names the dictionary "types" and the body "doc"; accept both spellings
_KIND_ALIASES = {"types": "item_types"}


def catalog_from_documents(docs: Iterable[Mapping[str, Any]], *, version: str) -> Catalog:
    """Rebuild a catalog from :meth:`Catalog.to_documents` rows, validating them as the
    loader does (a synced or stored copy is checked like a file)."""
    records = []
    for n, doc in enumerate(docs):
        kind = doc.get("kind", "?")
        origin = f"文档#{n}({kind} {doc.get('code', '?')})"
        kind = _KIND_ALIASES.get(kind, kind)
        body = doc["body"] if "body" in doc else doc.get("doc")
        records.append(RawRecord(origin=origin, kind=kind, index=n, data=body))
    return assemble_catalog(records, version=version)
