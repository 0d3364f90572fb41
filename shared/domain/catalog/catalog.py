"""The catalog aggregate: items, bundles, service points and the item-type dictionary.

Built by the loader (from YAML/JSON files) or from store documents; immutable once built.
References between items and points are kept in both directions: an item lists the
points that handle it and a point lists its items, whichever side the data wrote.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, Literal, TypedDict

from shared.domain.catalog.bundles import merge_materials
from shared.domain.catalog.models import Bundle, ItemTypeDictionary, MergedMaterial, ServiceItem, ServicePoint
from shared.domain.catalog.vocab import LifeEvent
from shared.domain.certificates import KioskMode
from shared.domain.errors import NotFound
from shared.domain.words import words

DocumentKind = Literal["item_types", "item", "bundle", "point"]
class CatalogDocument(TypedDict):
    """One JSON-able row for the store: ``kind`` + ``code`` identify it, ``body`` is the model."""

    kind: DocumentKind
    code: str
    body: dict[str, Any]


class Catalog:
    """Read-only service catalog with the look-ups the kiosk and the counter need."""

    def __init__(
        self,
        *,
        version: str,
        item_types: ItemTypeDictionary,
        items: Iterable[ServiceItem],
        bundles: Iterable[Bundle] = (),
        points: Iterable[ServicePoint] = (),
    ) -> None:
        item_list = list(items)
        point_list = list(points)
        points_of: dict[str, set[str]] = {it.code: set(it.service_points) for it in item_list}
        items_of: dict[str, dict[str, None]] = {p.code: dict.fromkeys(p.item_codes) for p in point_list}
        for point in point_list:
            for code in point.item_codes:
                points_of.setdefault(code, set()).add(point.code)
        for item in item_list:
            for pcode in item.service_points:
                items_of.setdefault(pcode, {})[item.code] = None

        self.version = version
        self.item_types = item_types
        self._items: dict[str, ServiceItem] = {}
        for item in item_list:
            linked = tuple(sorted(points_of[item.code]))
            self._items[item.code] = (
                item if linked == item.service_points else item.model_copy(update={"service_points": linked})
            )
        self._points: dict[str, ServicePoint] = {}
        for point in point_list:
            linked_items = tuple(items_of[point.code])
            self._points[point.code] = (
                point
                if linked_items == point.item_codes
                else point.model_copy(update={"item_codes": linked_items})
            )
        self._bundles: dict[str, Bundle] = {b.code: b for b in bundles}
        self._by_basic: dict[str, list[str]] = {}
        for item in self._items.values():
            self._by_basic.setdefault(item.basic_code, []).append(item.code)

    # --- collections ---
    @property
    def items(self) -> Mapping[str, ServiceItem]:
        return MappingProxyType(self._items)

    @property
    def bundles(self) -> Mapping[str, Bundle]:
        return MappingProxyType(self._bundles)

    @property
    def points(self) -> Mapping[str, ServicePoint]:
        return MappingProxyType(self._points)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return (
            f"Catalog(version={self.version!r}, items={len(self._items)}, "
            f"bundles={len(self._bundles)}, points={len(self._points)})"
        )

    # --- look-ups ---
    def item(self, code: str) -> ServiceItem:
        """The item with this 实施编码 (or the only item with this 基本编码)."""
        code = code.strip().upper()
        found = self._items.get(code)
        if found is not None:
            return found
        by_basic = self._by_basic.get(code, [])
        if len(by_basic) == 1:
            return self._items[by_basic[0]]
        if by_basic:
            raise NotFound(
                words("基本编码 {code} 对应 {n_by_basic} 个实施事项：{by_basic}", code=code, n_by_basic=len(by_basic), by_basic="、".join(by_basic)),
                hint="请使用实施编码指定办理机构。",
            )
        raise NotFound(
            words("事项目录（版本 {version}）中没有编码为 {code} 的事项。", version=self.version, code=code),
            hint="请核对事项编码，或用名称、拼音首字母搜索（如 hkqy 查户口迁移）；目录过旧时请先同步。",
        )

    def bundle(self, code: str) -> Bundle:
        try:
            return self._bundles[code]
        except KeyError:
            known = "、".join(self._bundles) or "无"
            raise NotFound(words("没有编码为 {code} 的“一件事”。", code=code), hint=words("已有的一件事编码：{known}。", known=known)) from None

    def point(self, code: str) -> ServicePoint:
        try:
            return self._points[code]
        except KeyError:
            known = "、".join(self._points) or "无"
            raise NotFound(words("没有编码为 {code} 的服务场所。", code=code), hint=words("已有的场所编码：{known}。", known=known)) from None

    def item_type_label(self, item: ServiceItem) -> str:
        return self.item_types.label(item.item_type)

    def items_for_point(self, point_code: str) -> list[ServiceItem]:
        return [self._items[c] for c in self.point(point_code).item_codes]

    def by_life_event(self, event: LifeEvent | str) -> list[ServiceItem]:
        event = LifeEvent(event)
        return [it for it in self._items.values() if event in it.life_events]

    def by_department(self, department: str) -> list[ServiceItem]:
        return [it for it in self._items.values() if it.department == department]

    def departments(self) -> list[str]:
        return list(dict.fromkeys(it.department for it in self._items.values()))

    def kiosk_items(self, mode: KioskMode | None = None) -> list[ServiceItem]:
        """Kiosk items; with ``mode`` only the 查询打印 or only the 申请 ones."""
        return [
            it for it in self._items.values() if it.kiosk_capable and (mode is None or it.kiosk_mode is mode)
        ]

    def bundle_items(self, code: str) -> list[ServiceItem]:
        return [self._items[c] for c in self.bundle(code).items]

    def bundle_materials(self, code: str) -> list[MergedMaterial]:
        """One de-duplicated material list for the whole 一件事 (strictest attributes kept)."""
        return merge_materials(self.bundle_items(code))

    # --- persistence as documents ---
    def to_documents(self) -> list[CatalogDocument]:
        """Plain JSON-able rows: one per dictionary, item, bundle and point."""
        docs: list[CatalogDocument] = [
            {
                "kind": "item_types",
                "code": self.item_types.platform,
                "body": self.item_types.model_dump(mode="json"),
            }
        ]
        docs += [
            {"kind": "item", "code": c, "body": it.model_dump(mode="json")} for c, it in self._items.items()
        ]
        docs += [
            {"kind": "bundle", "code": c, "body": b.model_dump(mode="json")} for c, b in self._bundles.items()
        ]
        docs += [
            {"kind": "point", "code": c, "body": p.model_dump(mode="json")} for c, p in self._points.items()
        ]
        return docs

    def digest(self) -> str:
        """SHA-256 over the canonical documents: equal digests mean equal catalogs."""
        canonical = json.dumps(self.to_documents(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(f"{self.version}\n{canonical}".encode()).hexdigest()
