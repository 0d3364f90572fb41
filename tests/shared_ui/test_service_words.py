"""The services' sentences reach the translators (yimen/service_words.py reads them out of the
source into shared/ui/service_words.py, which lupdate reads) and the reader, in their language
(shared.ui.error_words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from yimen import service_words

ROOT = Path(__file__).resolve().parents[2]


def test_the_sentences_file_is_in_step_with_the_source() -> None:
    sentences, _ = service_words.collect()
    committed = (ROOT / "shared" / "ui" / "service_words.py").read_text(encoding="utf-8")
    assert committed == service_words.render(sentences), "run make translations-update"
    assert len(sentences) > 800


def test_every_sentence_of_a_typed_error_can_be_read_out() -> None:
    """An f-string (or text joined with +) in a typed error cannot be keyed in a catalogue:
    write words("…{name}…", name=…) instead (shared.domain.words)."""
    _, unreadable = service_words.collect()
    assert not unreadable, [f"{u.where}: {u.code}" for u in unreadable]


def test_the_reader_finds_what_it_cannot_read(tmp_path: Path) -> None:
    """The reader itself: a subclass of a typed error by any chain, its message and hint, both
    branches of a conditional, words() anywhere; an f-string is reported, English is not taken."""
    package = tmp_path / "shared" / "services"
    package.mkdir(parents=True)
    (package / "m.py").write_text(
        "class Base(YimenError): ...\n"
        "class Deeper(Base): ...\n"
        "def f(n, ok):\n"
        "    raise Deeper('一句话。' if ok else '另一句话。', hint=f'第{n}行有误。')\n"
        "TABLE = {'a': words('表里的一句。')}\n"
        "def g(n):\n"
        "    raise Deeper(words('共{n}项。', n=n), hint='see the log')\n",
        encoding="utf-8",
    )
    sentences, unreadable = service_words.collect(tmp_path)
    assert sentences == ["一句话。", "共{n}项。", "另一句话。", "表里的一句。"]
    assert [(u.where, u.code) for u in unreadable] == [("shared/services/m.py:4", "f'第{n}行有误。'")]


@pytest.mark.parametrize("option", ["--check"])
def test_the_command_says_when_the_file_is_out_of_date(option: str, monkeypatch, tmp_path: Path, capsys) -> None:
    stale = tmp_path / "service_words.py"
    stale.write_text("SENTENCES = ()\n", encoding="utf-8")
    monkeypatch.setattr(service_words, "OUTPUT", stale)
    monkeypatch.setattr(service_words, "ROOT", ROOT)
    assert service_words.main([option]) == 1
    assert "make translations-update" in capsys.readouterr().err


def test_a_services_refusal_reaches_an_english_reader_in_english(qapp) -> None:
    """A real refusal of the domain and one of the services, through the built English
    catalogue (make translations) and error_words, the way the kiosk shows them; the same
    errors read Chinese for a Chinese reader."""
    from datetime import date

    from shared.domain.errors import ValidationError, YimenError
    from shared.domain.identity import parse_resident_id
    from shared.services.licences import _refusal
    from shared.ui.error_words import Reader, error_words
    from shared.ui.i18n import catalogue_translator, source_text

    english = catalogue_translator("en")
    with pytest.raises(YimenError) as short:
        parse_resident_id("53282219900101123", today=date(2026, 11, 17))  # 17 characters
    assert error_words(short.value, reader=Reader.RESIDENT, translate=english) == (
        "The ID number should have 18 characters; it has 17.",
        "Please check whether a digit was left out or added.",
    )
    assert error_words(short.value, reader=Reader.RESIDENT, translate=source_text)[0] == "身份证号码应为18位，现为17位。"
    # a table's marked sentence inside a template: both said in English, the data kept
    refused = _refusal("expired", "2025-01-01")
    message, hint = error_words(refused, reader=Reader.CLERK, translate=english)
    assert message == "The e-licence has expired (2025-01-01)."
    assert hint and not any("\u4e00" <= ch <= "\u9fff" for ch in hint), hint
    # a sentence the English catalogue lacks is shown as written, never empty
    assert error_words(ValidationError("没有这一句。"), reader=Reader.RESIDENT, translate=english)[0] == "没有这一句。"
