"""`yimen tour --language`: a language without a translation, or one given for an app that is
not translated, is refused with what can be chosen (docs/translations.md)."""

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


def test_the_language_is_for_the_kiosk_only(tmp_path: Path, capsys) -> None:
    assert main(["tour", "--app", "counter", "--language", "en", "--out", str(tmp_path / "tour")]) == 2
    assert "--language 只用于 kiosk" in capsys.readouterr().err
