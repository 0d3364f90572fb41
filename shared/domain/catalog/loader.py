"""Load a catalog from a directory (or one file) of YAML/JSON data files.

Each file is a mapping with any of these keys::

    version: "2024.1"            # the catalog version (same in every file that states it)
    item_types: {platform: …, codes: {code: 行政许可, …}}
    defaults: {department: …}    # merged under every item of this file (item keys win)
    items: [ … ]                 # ServiceItem mappings
    bundles: [ … ]               # 一件事
    points: [ … ]                # service points

Everything is validated and all problems are reported together in one CatalogError.

The files come from outside (a county's data editor, a download), so the reader is careful
(issue 15, point 8): nesting deeper than :data:`MAX_DEPTH` is refused before it can exhaust
the parser's recursion, a key written twice in one mapping is refused (YAML would silently
keep the last one), and no text field may exceed :data:`MAX_TEXT` characters (names have
their own, shorter limits in the models). Each problem names the file and the line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from pathlib import Path
from typing import Any

import yaml

from shared.domain.catalog.assemble import RawRecord, assemble_catalog
from shared.domain.catalog.catalog import Catalog
from shared.domain.errors import CatalogError
from shared.domain.words import words

DATA_SUFFIXES = (".yaml", ".yml", ".json")
# a catalog record is at most a few levels deep (item -> materials -> one material -> its
# attributes); 32 leaves room and stops a hostile or broken file long before Python's stack
MAX_DEPTH = 32
# the longest free text a guide carries (a 办理流程 or a 设定依据 list) stays far below this
MAX_TEXT = 4000
TOP_LEVEL_KEYS = ("version", "item_types", "defaults", "items", "bundles", "points")
DEMO_CATALOG_DIR = Path(__file__).resolve().parent.parent / "data" / "catalog"

_LISTS = {"items": "item", "bundles": "bundle", "points": "point"}


def _data_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in DATA_SUFFIXES)
    raise CatalogError(
        words("事项目录路径不存在：{path}", path=path),
        hint="请指定目录数据所在的文件夹或单个 YAML/JSON 文件。",
    )


class _LineDict(dict[Any, Any]):
    """A mapping that remembers the line it started on (for problem messages)."""

    __slots__ = ("line",)
    line: int


class _CarefulLoader(yaml.SafeLoader):
    """SafeLoader that refuses deep nesting and duplicate keys, and remembers lines."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        depth = getattr(self, "_yimen_depth", 0)
        if depth >= MAX_DEPTH:
            # types-PyYAML leaves Parser.peek_event unannotated
            mark = self.peek_event().start_mark  # type: ignore[no-untyped-call]
            raise _TooDeep(mark.line + 1, mark.column + 1)
        self._yimen_depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._yimen_depth = depth

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            line = key_node.start_mark.line + 1
            if isinstance(key, (str, int, float, bool)) and key in seen:
                raise _DuplicateKey(str(key), line, seen[key])
            if isinstance(key, (str, int, float, bool)):
                seen[key] = line
        out = _LineDict(super().construct_mapping(node, deep=deep))
        out.line = node.start_mark.line + 1
        return out


_CarefulLoader.add_constructor("tag:yaml.org,2002:map", _CarefulLoader.construct_mapping)


class _TooDeep(Exception):
    def __init__(self, line: int, column: int) -> None:
        super().__init__(line, column)
        self.line, self.column = line, column


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first_line: int) -> None:
        super().__init__(key, line, first_line)
        self.key, self.line, self.first_line = key, line, first_line


def _json_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key, 0, 0)
        out[key] = value
    return out


def _json_line_of_second(text: str, key: str) -> int:
    hits = [m.start() for m in re.finditer(re.escape(json.dumps(key, ensure_ascii=False)) + r"\s*:", text)]
    return text.count("\n", 0, hits[1]) + 1 if len(hits) > 1 else 0


def _parse(path: Path, origin: str) -> tuple[Any, str | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, f"{origin}: 文件不是 UTF-8 编码（第 {exc.start} 字节）；请另存为 UTF-8"
    except OSError as exc:
        return None, f"{origin}: 无法读取文件：{exc.strerror or exc}"
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text, object_pairs_hook=_json_pairs), None
        return yaml.load(text, Loader=_CarefulLoader), None
    except _TooDeep as exc:
        return (
            None,
            f"{origin}: 第 {exc.line} 行第 {exc.column} 列：嵌套超过 {MAX_DEPTH} 层；目录记录不需要这么深，文件可能已损坏",
        )
    except _DuplicateKey as exc:
        line = exc.line or _json_line_of_second(text, exc.key)
        first = f"（第 {exc.first_line} 行已写过）" if exc.first_line else ""
        return None, f"{origin}: 第 {line} 行：{exc.key}: 同一层里重复的键{first}；删去多余的一个"
    except RecursionError:  # JSON nesting deep enough to exhaust the decoder's recursion
        return None, f"{origin}: 嵌套过深（超过解析器的递归上限）；目录记录不需要这么深，文件可能已损坏"
    except json.JSONDecodeError as exc:
        return None, f"{origin}: JSON 格式错误，第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}"
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "位置未知"
        reason = getattr(exc, "problem", None) or str(exc)
        return None, f"{origin}: YAML 格式错误，{where}: {reason}"


def _too_long(origin: str, data: Any, path: str = "", depth: int = 0) -> list[str]:
    """Every text longer than MAX_TEXT, with the field path and the line of its mapping."""
    found: list[str] = []
    if depth > MAX_DEPTH:
        return [f"{origin}: {path}: 嵌套超过 {MAX_DEPTH} 层"]
    if isinstance(data, str):
        if len(data) > MAX_TEXT:
            found.append(
                f"{origin}: {path or '(值)'}: 文本有 {len(data)} 个字符，超过上限 {MAX_TEXT}；是否粘贴错了？"
            )
    elif isinstance(data, dict):
        line = getattr(data, "line", None)
        where = f"{origin.split(':')[0]}:{line}" if line else origin
        for k, v in data.items():
            found += _too_long(where, v, f"{path}.{k}" if path else str(k), depth + 1)
    elif isinstance(data, list):
        for i, v in enumerate(data):
            found += _too_long(origin, v, f"{path}[{i}]", depth + 1)
    return found


def version_lines(path: Path | str) -> list[str]:
    """``file:line`` of every ``version:`` a catalog's files state (for messages about it)."""
    p = Path(path)
    root = p if p.is_dir() else p.parent
    out = []
    for file in _data_files(p):
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for n, line in enumerate(text.splitlines(), start=1):
            if re.match(r"""^\s*"?version"?\s*:""", line):
                out.append(f"{file.relative_to(root).as_posix()}:{n}")
                break
    return out


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
                problems.append(f"{origin}: 未知的顶层键 {key!r}；可用：{'、'.join(TOP_LEVEL_KEYS)}")
        if "version" in doc:
            versions[origin] = str(doc["version"]).strip()
        if "item_types" in doc:
            records.append(RawRecord(origin=origin, kind="item_types", index=0, data=doc["item_types"]))
        defaults = doc.get("defaults") or {}
        if not isinstance(defaults, dict):
            problems.append(f"{origin}: defaults 应为映射（键: 值）")  # words-ok: YAML's 键: 值
            defaults = {}
        for list_key, kind in _LISTS.items():
            entries = doc.get(list_key) or []
            if not isinstance(entries, list):
                problems.append(f"{origin}: {list_key} 应为列表")
                continue
            for i, entry in enumerate(entries):
                line = getattr(entry, "line", None)
                where = f"{origin}:{line}" if line else origin
                long_texts = _too_long(origin, entry)
                if long_texts:
                    problems.extend(long_texts)
                    continue
                data = {**defaults, **entry} if kind == "item" and isinstance(entry, dict) else entry
                records.append(RawRecord(origin=where, kind=kind, index=i, data=data))

    distinct = set(versions.values())
    if len(distinct) > 1:
        listed = "；".join(f"{o}={v}" for o, v in versions.items())
        problems.append(f"(目录): version: 各文件的版本号不一致：{listed}")
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
