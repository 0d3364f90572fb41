"""`yimen tour --language`: a language without a translation is refused with what can be
chosen; the display board's tour runs in English and passes the screen check
(docs/translations.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yimen.cli import main


@pytest.fixture(autouse=True)
def offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_a_language_without_a_translation_is_refused_naming_the_ones_there_are(
    tmp_path: Path, capsys
) -> None:
    out = tmp_path / "tour"
    assert main(["tour", "--app", "kiosk", "--language", "khb", "--out", str(out)]) == 2  # a usage error
    err = capsys.readouterr().err
    assert "没有语言“khb”的翻译" in err and "zh_CN、en" in err
    assert not out.exists()  # refused before a screen was shot


def test_the_display_refuses_a_language_without_a_translation_too(tmp_path: Path, capsys) -> None:
    assert main(["tour", "--app", "display", "--language", "khb", "--out", str(tmp_path / "tour")]) == 2
    assert "没有语言“khb”的翻译" in capsys.readouterr().err


@pytest.mark.qt
def test_the_display_tour_in_english_passes_the_screen_check(tmp_path: Path, monkeypatch) -> None:
    from yimen.tour.screen_check import ENVIRONMENT

    monkeypatch.setenv(ENVIRONMENT, "0")  # --check turns it on; put back after the test
    out = tmp_path / "tour"
    assert main(["tour", "--app", "display", "--language", "en", "--check", "--out", str(out)]) == 0
    names = sorted(p.name for p in out.glob("*.png"))
    assert names == [
        "display-en-01-board.png",
        "display-en-02-new-call.png",
        "display-en-03-window-paused.png",
        "display-en-04-hall-paused.png",
        "display-en-05-after-hours.png",
    ], names
