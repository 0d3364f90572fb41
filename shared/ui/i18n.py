"""The apps' languages through Qt's own translation system (issue 16, point 7).

The source language of every UI string is Chinese (zh_CN): a string is wrapped where it is
written, ``QCoreApplication.translate("KioskHome", "取号")``, and shows as written unless a
translation is installed. Two translators are installed per app, before its first widget:

- Qt's own catalogue for the language (``qtbase_zh_CN.qm`` ships in the PySide6 wheel), so
  the buttons Qt makes itself (QDialogButtonBox, QMessageBox, QInputDialog) read 确定 / 取消
  / 保存, not OK / Cancel / Save;
- Yimen's catalogue ``yimen_<language>.qm`` for any other language, built by ``make``
  (``pyside6-lrelease``) from ``shared/ui/translations/yimen_<language>.ts``, the sources a
  translator edits in Qt Linguist (docs/translations.md). A language without its .qm stays in
  Chinese and says so in the log: nothing a resident needs is ever lost to a missing file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "zh_CN"
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
CATALOGUE_PREFIX = "yimen_"

# the translators this process installed, removed before another language is installed (a
# QCoreApplication keeps every installed translator; tests and the tour switch languages)
_installed: list[QTranslator] = []


def catalogue_path(language: str) -> Path:
    """Where the built catalogue of ``language`` is looked for."""
    return TRANSLATIONS_DIR / f"{CATALOGUE_PREFIX}{language}.qm"


def available_languages() -> list[str]:
    """The source language and every language with a translation source (.ts) in the tree."""
    found = sorted(p.stem.removeprefix(CATALOGUE_PREFIX) for p in TRANSLATIONS_DIR.glob("*.ts"))
    return [SOURCE_LANGUAGE, *found]


def install_translations(app: QCoreApplication, language: str = SOURCE_LANGUAGE) -> list[str]:
    """Install Qt's catalogue and Yimen's for ``language`` into ``app``, replacing what an
    earlier call installed. Returns the catalogues that loaded (for the log and the tests)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    # QLocale.setDefault is left alone: dates and numbers keep their C formats in the data
    loaded: list[str] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    # by locale: qtbase_zh_CN for zh_CN; a language Qt has no catalogue of falls back to its
    # base name (qtbase_pt for pt_BR)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
        loaded.append(f"qtbase_{language}")
    else:
        log.warning("Qt's own catalogue qtbase_%s is not in %s: Qt's buttons stay untranslated", language, qt_dir)
    if language != SOURCE_LANGUAGE:
        path = catalogue_path(language)
        ours = QTranslator(app)
        if path.is_file() and ours.load(str(path)):
            app.installTranslator(ours)
            _installed.append(ours)
            loaded.append(path.name)
        else:
            log.warning(
                "no built translation %s (run make, which builds it from %s): the screens stay in Chinese",
                path,
                path.with_suffix(".ts").name,
            )
    return loaded


Translator = Callable[[str, str], str]


def qt_translate(context: str, text: str) -> str:
    """Qt's lookup in the translators installed in the application (its language)."""
    return QCoreApplication.translate(context, text)


def source_text(context: str, text: str) -> str:
    """The source language: every text as written."""
    return text


def catalogue_translator(language: str) -> Translator:
    """A lookup in Yimen's catalogue of ``language`` alone, not installed in the application: for
    one window in the resident's language inside an app whose other screens stay Chinese (the
    counter's evaluator screen beside the clerk's). A message without a translation, and every
    message of a language without its built .qm, answers as written (the log says so)."""
    if language == SOURCE_LANGUAGE:
        return source_text
    path = catalogue_path(language)
    catalogue = QTranslator()
    if not (path.is_file() and catalogue.load(str(path))):
        log.warning("no built translation %s (run make): this screen stays in Chinese", path)
        return source_text

    def lookup(context: str, text: str) -> str:
        return catalogue.translate(context, text) or text

    return lookup


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context`` where it is defined (a module constant);
    the code translates it where it is shown. PySide6's own QT_TRANSLATE_NOOP does the same
    but is typed as returning ``object``."""
    return text
