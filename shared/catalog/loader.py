"""Load a catalog from a directory (or one file) of YAML/JSON data files.

Each file is a mapping with any of these keys::

    version: "2024.1"            # the catalog version (same in every file that states it)
    item_types: {platform: …, codes: {code: 行政许可, …}}
    defaults: {department: …}    # merged under every item of this file (item keys win)
    items: [ … ]                 # ServiceItem mappings
    bundles: [ … ]               # 一件事
    points: [ … ]                # service points

Everything is validated and all problems are reported together in one CatalogError.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from shared.catalog.assemble import RawRecord, assemble_catalog
from shared.catalog.catalog import Catalog
from shared.errors import CatalogError

DATA_SUFFIXES = (".yaml", ".yml", ".json")
TOP_LEVEL_KEYS = ("version", "item_types", "defaults", "items", "bundles", "points")
DEMO_CATALOG_DIR = Path(__file__).resolve().parent.parent / "data" / "catalog"

_LISTS = {"items": "item", "bundles": "bundle", "points": "point"}


def _data_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DATA_SUFFIXES)
    raise CatalogError(
        f"事项目录路径不存在: {path}",
        hint="请指定目录数据所在的文件夹或单个 YAML/JSON 文件。",
    )


def _parse(path: Path, origin: str) -> tuple[Any, str | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, f"{origin}: 文件不是 UTF-8 编码（第 {exc.start} 字节）；请另存为 UTF-8"
    except OSError as exc:
        return None, f"{origin}: 无法读取文件: {exc.strerror or exc}"
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text), None
        return yaml.safe_load(text), None
    except json.JSONDecodeError as exc:
        return None, f"{origin}: JSON 格式错误，第 {exc.lineno} 行第 {exc.colno} 列: {exc.msg}"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "位置未知"
        reason = getattr(exc, "problem", None) or str(exc)
        return None, f"{origin}: YAML 格式错误，{where}: {reason}"


def load_catalog(path: Path | str, *, ticket_categories: Collection[str] | None = None) -> Catalog:
    """Read, validate and assemble the catalog at ``path``.

    Raises :class:`CatalogError` whose ``problems`` name file, record code and field of
    every defect found (all of them, not just the first).
    """
    path = Path(path)
    files = _data_files(path)
    root = path if path.is_dir() else path.parent
    problems: list[str] = []
    records: list[RawRecord] = []
    versions: dict[str, str] = {}
    if not files:
        problems.append(f"{path}: 目录中没有 YAML/JSON 数据文件")

    for file in files:
        origin = file.relative_to(root).as_posix()
        doc, error = _parse(file, origin)
        if error:
            problems.append(error)
            continue
        if doc is None:
            continue  # an empty file is allowed (e.g. a placeholder)
        if not isinstance(doc, dict):
            problems.append(
                f"{origin}: 顶层应为映射（{'、'.join(TOP_LEVEL_KEYS)}），实际为 {type(doc).__name__}"
            )
            continue
        for key in doc:
            if key not in TOP_LEVEL_KEYS:
                problems.append(f"{origin}: 未知的顶层键 {key!r}；可用: {'、'.join(TOP_LEVEL_KEYS)}")
        if "version" in doc:
            versions[origin] = str(doc["version"]).strip()
        if "item_types" in doc:
            records.append(RawRecord(origin=origin, kind="item_types", index=0, data=doc["item_types"]))
        defaults = doc.get("defaults") or {}
        if not isinstance(defaults, dict):
            problems.append(f"{origin}: defaults 应为映射（键: 值）")
            defaults = {}
        for list_key, kind in _LISTS.items():
            entries = doc.get(list_key) or []
            if not isinstance(entries, list):
                problems.append(f"{origin}: {list_key} 应为列表")
                continue
            for i, entry in enumerate(entries):
                data = {**defaults, **entry} if kind == "item" and isinstance(entry, dict) else entry
                records.append(RawRecord(origin=origin, kind=kind, index=i, data=data))

    distinct = set(versions.values())
    if len(distinct) > 1:
        listed = "；".join(f"{o}={v}" for o, v in versions.items())
        problems.append(f"(目录): version: 各文件的版本号不一致: {listed}")
    version = next(iter(distinct)) if len(distinct) == 1 else ""
    if not versions:
        problems.append("(目录): version: 没有任何文件写明 version（目录版本号）")
        version = "?"
    return assemble_catalog(
        records, version=version or "?", ticket_categories=ticket_categories, earlier_problems=problems
    )


def load_demo_catalog() -> Catalog:
    """The packaged 勐海县 demo catalog (illustrative codes, see the data file headers)."""
    return load_catalog(DEMO_CATALOG_DIR)
