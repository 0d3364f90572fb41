"""The words people read (issue 16, point 4; docs/glossary.md): no banned variant of a
glossary term, and no ASCII ? ! : , right after Chinese text, in any string of the code that
reaches a screen, a slip or the work log, nor in the demo catalog's data."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GLOSSARY = ROOT / "docs" / "glossary.md"
# the apps, the use cases and slip templates, the domain, the drivers, the store (errors)
SCANNED = ("kiosk_app", "counter_app", "shared", "devices", "offline_store")
DATA = ROOT / "shared" / "domain" / "data"

_CHINESE = "\u4e00-\u9fff\u3000-\u303f\uff01-\uff60\u201c\u201d"
ASCII_AFTER_CHINESE = re.compile(f"[{_CHINESE}][?!:,]")
ALLOW_MARK = "words-ok"
# a copy of sentences checked where they are written (python -m yimen.service_words)
GENERATED = ("shared/ui/service_words.py",)


def banned_variants() -> dict[str, str]:
    """Each banned variant (in backticks in the 不用 column) -> the glossary's term."""
    banned: dict[str, str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3 or cells[0] in ("用语", "---"):
            continue
        for word in re.findall(r"`([^`]+)`", cells[1]):
            banned[word] = cells[0]
    return banned


def ui_strings(root: Path = ROOT, packages: tuple[str, ...] = SCANNED) -> list[tuple[str, int, str]]:
    """(file, line, text) of every string constant in the scanned packages, docstrings
    excepted, and those on a line marked ``# words-ok``."""
    out: list[tuple[str, int, str]] = []
    for package in packages:
        for path in sorted((root / package).rglob("*.py")):
            if path.relative_to(root).as_posix() in GENERATED:
                continue
            source = path.read_text(encoding="utf-8")
            lines = source.splitlines()
            tree = ast.parse(source)
            docstrings = {
                id(node.body[0].value)
                for node in ast.walk(tree)
                if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                and node.body
                and isinstance(node.body[0], ast.Expr)
                and isinstance(node.body[0].value, ast.Constant)
            }
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                    continue
                if id(node) in docstrings:
                    continue
                end = node.end_lineno or node.lineno
                if any(ALLOW_MARK in lines[i - 1] for i in range(node.lineno, end + 1)):
                    continue
                out.append((str(path.relative_to(root)), node.lineno, node.value))
    return out


@pytest.fixture(scope="module")
def strings() -> list[tuple[str, int, str]]:
    return ui_strings()


def test_the_glossary_bans_the_variants_issue_16_names() -> None:
    banned = banned_variants()
    for variant in ("办件号", "申请编号", "受理编号", "业务编号", "现在：", "演示地址", "计算用时"):
        assert variant in banned, variant
    assert banned["办件号"] == "办件编号"


def test_no_banned_variant_in_the_code(strings: list[tuple[str, int, str]]) -> None:
    banned = banned_variants()
    found = [
        f"{path}:{line}: “{variant}” (say “{term}”)"
        for path, line, text in strings
        for variant, term in banned.items()
        if variant in text
    ]
    assert not found, "banned words (docs/glossary.md):\n" + "\n".join(found)


def test_no_banned_variant_in_the_demo_catalog() -> None:
    banned = banned_variants()
    found = [
        f"{path.relative_to(ROOT)}: “{variant}”"
        for path in sorted(DATA.rglob("*.yaml"))
        for variant in banned
        if variant in path.read_text(encoding="utf-8")
    ]
    assert not found, "\n".join(found)


def test_chinese_text_takes_full_width_marks(strings: list[tuple[str, int, str]]) -> None:
    found = [
        f"{path}:{line}: {text[max(0, m.start() - 10) : m.end() + 6]!r}"
        for path, line, text in strings
        for m in ASCII_AFTER_CHINESE.finditer(text)
    ]
    assert not found, "write ？！：， after Chinese text (or mark a syntax line # words-ok):\n" + "\n".join(found)


def test_the_scan_sees_what_it_must_refuse(tmp_path: Path) -> None:
    """The scanner is not blind: a planted banned word and ASCII mark are found, in an
    f-string too; a docstring and a marked syntax line are not."""
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "screen.py").write_text(
        '"""模块说明: 不扫描"""\n'
        'n = 3\n'
        'TITLE = f"您还在吗?{n}秒"\n'
        'LABEL = "申请编号"\n'
        'URL = "ipp://主机:631"  # words-ok: a URL\n',
        encoding="utf-8",
    )
    found = ui_strings(tmp_path, ("pkg",))
    texts = [text for _, _, text in found]
    assert [line for _, line, text in found if ASCII_AFTER_CHINESE.search(text)] == [3]
    assert "申请编号" in texts and not any("主机" in t or "模块说明" in t for t in texts)
