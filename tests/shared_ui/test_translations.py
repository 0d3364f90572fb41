"""Qt's translation system (issue 16, point 7; docs/translations.md): Qt's own buttons in
Chinese, Yimen's catalogues by language, and the .ts sources in step with the code."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from shared.ui.i18n import (
    SOURCE_LANGUAGE,
    TRANSLATIONS_DIR,
    available_languages,
    catalogue_path,
    install_translations,
)

pytestmark = pytest.mark.qt

ROOT = Path(__file__).resolve().parents[2]
SOURCE_DIRS = ("kiosk_app", "counter_app", "shared/ui")
TS_FILES = sorted(TRANSLATIONS_DIR.glob("yimen_*.ts"))
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else shutil.which(name) or name


def messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, its type) for every message lupdate keeps live."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for m in context.iter("message"):
            t = m.find("translation")
            kind = "" if t is None else t.get("type", "")
            if kind in ("obsolete", "vanished"):
                continue
            out[(name, m.findtext("source", ""))] = ("" if t is None else (t.text or ""), kind)
    return out


@pytest.fixture
def chinese(qapp):
    yield qapp
    install_translations(qapp, SOURCE_LANGUAGE)


def test_qt_own_buttons_read_chinese(chinese) -> None:
    assert "qtbase_zh_CN" in install_translations(chinese)
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
    )
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"确定", "取消", "保存"} <= {re.sub(r"\(\w\)$", "", t) for t in texts}, texts


def test_the_kiosk_language_loads_its_catalogue_and_goes_back(chinese) -> None:
    assert "en" in available_languages()
    loaded = install_translations(chinese, "en")
    assert "yimen_en.qm" in loaded, f"{catalogue_path('en')} missing: run make"
    assert QCoreApplication.translate("KioskWindow", "您还在吗？{seconds}秒后将清除您刚才的信息，回到首页。").format(
        seconds=20
    ) == "Still there? In 20 seconds we clear your details and go home."
    install_translations(chinese, SOURCE_LANGUAGE)  # the earlier translator is taken out
    assert QCoreApplication.translate("KioskCommon", "您可以选择：{choices}。") == "您可以选择：{choices}。"


def test_a_language_without_a_catalogue_stays_chinese(chinese, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="shared.ui.i18n"):
        loaded = install_translations(chinese, "khb")
    assert not any(name.startswith("yimen_") for name in loaded)
    assert QCoreApplication.translate("KioskCommon", "您可以选择：{choices}。") == "您可以选择：{choices}。"
    assert "yimen_khb.qm" in caplog.text and "Chinese" in caplog.text


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_sources_are_in_step_with_the_code(ts: Path, tmp_path: Path) -> None:
    """What `make translations-update` would write has the same messages as the committed
    file: lupdate would add nothing new, and no message is left over from old code."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    sources = sorted(str(p) for d in SOURCE_DIRS for p in (ROOT / d).rglob("*.py"))
    language = ts.stem.removeprefix("yimen_")
    done = subprocess.run(
        [tool("pyside6-lupdate"), "-silent", "-source-language", "zh_CN", "-target-language", language,
         "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    committed, updated = messages(ts), messages(fresh)
    added = sorted(set(updated) - set(committed))
    gone = sorted(set(committed) - set(updated))
    assert not added, f"run make translations-update: {ts.name} lacks {added[:10]}"
    assert not gone, f"run make translations-update: {ts.name} still has {gone[:10]}"
    assert len(committed) > 5, "the kiosk window at least"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_their_placeholders(ts: Path) -> None:
    """A translated {placeholder} missing or misspelt would raise (or lose a number) when
    the code fills it in."""
    wrong = [
        (context, source, text)
        for (context, source), (text, kind) in messages(ts).items()
        if text and kind != "unfinished"
        and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert not wrong, wrong


def test_english_covers_what_the_kiosk_translates() -> None:
    """Every kiosk message lupdate finds (home, top bar, 取号 flow, hours, categories, the
    status mark) has its English: the English kiosk shows no Chinese of its own words."""
    english = messages(TRANSLATIONS_DIR / "yimen_en.ts")
    kiosk = {k: v for k, v in english.items() if k[0].startswith("Kiosk") or k[0] == "StatusMark"}
    untranslated = [k for k, (text, kind) in kiosk.items() if not text or kind == "unfinished"]
    assert not untranslated, untranslated
    contexts = {context for context, _ in kiosk}
    assert {"KioskHome", "KioskTicket", "KioskWindow", "KioskHours", "KioskCategory", "KioskPriority"} <= contexts
    assert len(kiosk) > 150, len(kiosk)


def test_the_default_categories_and_priorities_are_marked_for_translation() -> None:
    """The hall's default ticket categories and the priority names (shared.domain) are data
    the kiosk and the hall board show: each is marked (the categories in shared/ui/hall_words.py,
    the priorities in kiosk_app/viewmodels/ticket.py), or it stays Chinese."""
    from kiosk_app.viewmodels.ticket import PRIORITY_NAMES
    from shared.domain.settings import TicketSettings
    from shared.domain.tickets import PRIORITY_LABELS
    from shared.ui.hall_words import CATEGORY_NAMES

    assert {name for _, name in TicketSettings().categories.values()} == set(CATEGORY_NAMES)
    assert set(PRIORITY_LABELS.values()) == set(PRIORITY_NAMES)
