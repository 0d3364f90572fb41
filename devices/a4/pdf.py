"""Render an :class:`A4Document` as PDF with an embedded CJK font (fpdf2).

Why fpdf2 here and not Qt's QPdfWriter: the driver layer stays Qt-free (the CLI, the
benchmark and the job runner print without a QApplication), and fpdf2 embeds a *subset* of
an OpenType CJK font (CID-keyed CFF, with a ToUnicode map), so the page prints on any
printer and its text can be read back (pdftotext) — which CUPS's text filter cannot do for
Chinese (FACTS.md, "A4 printing through CUPS"). The QR is drawn as vector squares, so it
stays sharp through every filter.

Every page carries the verification band at the bottom: the QR, the 验真码, the hint how
to verify, page n of N, and the issuer's seal.

Speed (bench/bench_a4_print.py): the system's CJK face is a 26 MB collection of 65,535
glyphs. fpdf2 parses it and fontTools subsets it on every render, about 3–6 s a page on a
loaded machine. So each machine builds once a *document face*: the same face cut down to
GB 2312 (6,763 hanzi), ASCII, Latin-1 and CJK punctuation, without layout tables (about
2 MB), kept in the per-user cache and reused by every process; a render then parses and
subsets that (about 0.5 s). A document with a character outside it (a rare name, an old
place name) is set in the full face: slower, never wrong. The build runs on its own thread
when the printer opens (:func:`start_warm_up`); until it is ready renders use the full face.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import stat
import subprocess
import tempfile
import threading
import time
from functools import lru_cache
from pathlib import Path

import segno
from fpdf import FPDF
from fpdf.enums import TextMode, XPos, YPos
from fpdf.fonts import FontFace, TTFFont
from PIL import Image

from devices.a4.document import A4Document, A4Section
from devices.errors import DeviceError
from shared.domain.words import words

MARGIN = 18.0  # mm
BAND = 50.0  # the verification band at the foot of every page
QR_MM = 32.0
SEAL_MM = 32.0
log = logging.getLogger(__name__)

_FONT_PATTERNS = ("Noto Serif CJK SC", "Noto Sans CJK SC", "Source Han Serif SC", "WenQuanYi Zen Hei")


class A4RenderError(DeviceError):
    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message, hint=hint, device="a4")


@lru_cache(maxsize=1)
def document_font() -> tuple[str, int]:
    """(path, face index) of the CJK face documents are set in (a serif, as certificates are)."""
    fc = shutil.which("fc-match")
    if fc is not None:
        for pattern in _FONT_PATTERNS:
            try:
                out = subprocess.run(
                    [fc, "-f", "%{file}|%{index}|%{family}", pattern],
                    capture_output=True, text=True, timeout=5, check=True,
                ).stdout  # fmt: skip
            except (OSError, subprocess.SubprocessError):
                continue
            path, _, rest = out.partition("|")
            index, _, family = rest.partition("|")
            if path and pattern.lower() in family.lower():
                return path, int(index or 0)
    from devices.printer.fonts import find_cjk_font  # the receipt printers' search as a fallback

    try:
        face = find_cjk_font()
    except DeviceError as e:
        raise A4RenderError("找不到中文字体，无法生成 A4 文书。", hint="安装 Debian 软件包 fonts-noto-cjk。") from e
    return face.path, face.index


# --------------------------------------------------------------------- the document face
# bump when the character set or the build options change: the cached file's name carries it
DOCUMENT_FACE_VERSION = 1
# what the footer prints besides the document's own texts
_FOOTER_TEXT = "验真码出具单位（印章）第页共0123456789/ "


def _gb2312() -> set[int]:
    chars: set[int] = set()
    for hi in range(0xA1, 0xF8):  # rows 1–9 symbols, 16–87 hanzi (GB 2312-1980)
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes((hi, lo)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return chars


@lru_cache(maxsize=1)
def document_face_charset() -> frozenset[int]:
    """GB 2312 (hanzi and its symbols), ASCII, Latin-1, general and CJK punctuation,
    enclosed numbers, full-width forms."""
    ranges = ((0x20, 0x7F), (0xA0, 0x180), (0x2000, 0x2070), (0x2100, 0x2200), (0x2460, 0x2500),
              (0x25A0, 0x2600), (0x3000, 0x3040), (0xFF00, 0xFFF0))  # fmt: skip
    chars = _gb2312()
    for lo, hi in ranges:
        chars.update(range(lo, hi))
    return frozenset(chars)


def font_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "yimen" / "fonts"


def _private_dir(path: Path) -> bool:
    """A folder only this user can write to (a font file from elsewhere is not trusted)."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = path.stat()
    except OSError:
        return False
    return not ((hasattr(os, "getuid") and st.st_uid != os.getuid()) or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


class _DocumentFace:
    """The cut-down face of this machine: built once (per machine, cached on disk), loaded
    once per process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self.path: Path | None = None
        self.chars: frozenset[int] = frozenset()
        self.build_s: float | None = None  # None: loaded from the cache
        self._tmp: tempfile.TemporaryDirectory[str] | None = None

    def ready(self) -> bool:
        return self._ready.is_set() and self.path is not None

    def start(self) -> None:
        with self._lock:
            if self._thread is not None or self._ready.is_set():
                return
            self._thread = threading.Thread(target=self._prepare_logged, name="a4-font-warmup", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        self.start()
        self._ready.wait(timeout)
        return self.ready()

    def _prepare_logged(self) -> None:
        try:
            self._prepare()
        except Exception:
            log.exception("the A4 document face could not be built; documents use the full face")
        finally:
            self._ready.set()

    def _prepare(self) -> None:
        from fontTools.ttLib import TTFont

        source, index = document_font()
        st = Path(source).stat()
        name = f"{Path(source).stem}-{index}-{st.st_size}-{st.st_mtime_ns}-v{DOCUMENT_FACE_VERSION}.otf"
        folder = font_cache_dir()
        if not _private_dir(folder):
            self._tmp = tempfile.TemporaryDirectory(prefix="yimen-fonts-")
            folder = Path(self._tmp.name)
        target = folder / name
        if not target.exists():
            started = time.perf_counter()
            _build_face(source, index, target)
            self.build_s = time.perf_counter() - started
            log.info("A4 document face built in %.1f s: %s", self.build_s, target)
        font = TTFont(str(target), lazy=True)
        try:
            self.chars = frozenset(font.getBestCmap())
        finally:
            font.close()
        self.path = target


def _build_face(source: str, index: int, target: Path) -> None:
    from fontTools import subset as ftsubset
    from fontTools.ttLib import TTFont

    options = ftsubset.Options(notdef_outline=True, recommended_glyphs=True, hinting=False)
    options.layout_features = []  # fpdf2 sets text without shaping: no GSUB/GPOS needed
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    font = TTFont(source, fontNumber=index, lazy=True, recalcTimestamp=False)
    try:
        subsetter = ftsubset.Subsetter(options)
        subsetter.populate(unicodes=document_face_charset())
        subsetter.subset(font)
        # written beside its final name and renamed: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".building-", suffix=".otf")
        os.close(fd)
        try:
            font.save(tmp)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    finally:
        font.close()


_FACE = _DocumentFace()


_PRELOADED = False
# the tables of an OpenType CJK face and of its cut-down copy that fontTools reads or drops
_FONT_TABLES = ("CFF ", "CFF2", "cmap", "head", "hhea", "hmtx", "maxp", "name", "post", "OS/2", "VORG", "vhea",
                "vmtx", "GSUB", "GPOS", "GDEF", "BASE", "DSIG", "glyf", "loca")  # fmt: skip


def preload() -> None:
    """Import now what a render imports lazily (fontTools' table modules and subsetter, PIL's
    image plugins, the UTF-16/32 codecs): called on the thread that opens the printer or the
    kiosk's 查询打印 screen, so the printer's thread never imports a module for the first
    time (shiboken's import hook is not thread-safe in PySide6 6.12; shared/domain/ui_thread.py)."""
    global _PRELOADED
    if _PRELOADED:
        return
    import codecs
    import importlib

    from fontTools import subset  # noqa: F401
    from fontTools.ttLib import getTableModule

    for tag in _FONT_TABLES:
        getTableModule(tag)
    for name in ("fontTools.subset.cff", "fontTools.cffLib", "fontTools.misc.psCharStrings", "PIL.ImageChops",
                 "PIL.ImageSequence", "PIL.PngImagePlugin"):  # fmt: skip
        importlib.import_module(name)
    Image.init()  # every image plugin
    for codec in ("utf-16-be", "utf-32-be", "latin-1"):
        codecs.lookup(codec)
    _PRELOADED = True


def start_warm_up() -> None:
    """Build or load this machine's document face on its own thread (the printer's open)."""
    preload()
    _FACE.start()


def warm_up(timeout: float | None = None) -> bool:
    """Wait for the document face (benchmarks, tests, ``yimen devices check``); True when ready."""
    return _FACE.wait(timeout)


def needed_chars(doc: A4Document) -> set[int]:
    texts = [*doc.texts(), doc.verify_hint, doc.verify_code, _FOOTER_TEXT]
    return {ord(ch) for t in texts for ch in t if ch not in "\n\r\t"}


def font_for(doc: A4Document) -> tuple[str, int, bool]:
    """(path, face index, whether it is the cut-down face) to set ``doc`` in."""
    if _FACE.ready() and needed_chars(doc) <= _FACE.chars:
        assert _FACE.path is not None
        return str(_FACE.path), 0, True
    path, index = document_font()
    return path, index, False


class _Page(FPDF):
    doc: A4Document

    def footer(self) -> None:
        doc = self.doc
        top = self.h - BAND + 4
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.3)
        self.line(MARGIN, top - 2, self.w - MARGIN, top - 2)
        _draw_qr(self, doc.qr_text, x=MARGIN, y=top, size=QR_MM)
        x = MARGIN + QR_MM + 5
        seal_x = self.w - MARGIN - SEAL_MM
        issuer_w = 42.0
        text_w = seal_x - issuer_w - 3 - x
        self.set_xy(x, top + 1)
        self.set_font("cjk", size=10)
        self.cell(text_w, 5, "验真码", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_xy(x, top + 7)
        self.set_font("cjk", size=15)
        self.cell(text_w, 8, doc.verify_code, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("cjk", size=8.5)
        self.set_xy(x, top + 17)
        self.multi_cell(text_w, 4.2, doc.verify_hint, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for line in doc.extra_lines:
            self.set_x(x)
            self.multi_cell(text_w, 4.2, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_xy(x, top + QR_MM - 4)
        self.cell(text_w, 4, f"第 {self.page_no()} 页 / 共 {{nb}} 页", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("cjk", size=9.5)
        self.set_xy(seal_x - issuer_w - 1, top + 9)
        self.multi_cell(issuer_w, 5, f"出具单位（印章）\n{doc.issuer}\n{doc.issued_text}", align="R")
        if doc.seal_png:
            # beside the issuer's name, not over it: PostScript has no transparency, and a
            # filter that meets a translucent image turns the whole page into a picture
            # (no text left for pdftotext, blurred small print); the seal is flattened on white
            self.image(_opaque(doc.seal_png), x=seal_x, y=top, w=SEAL_MM, h=SEAL_MM)


def _opaque(png: bytes) -> io.BytesIO:
    with Image.open(io.BytesIO(png)) as img:
        rgba = img.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, format="PNG")
    out.seek(0)
    return out


def _draw_qr(pdf: FPDF, text: str, *, x: float, y: float, size: float) -> None:
    qr = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in qr.matrix]
    n = len(matrix)
    module = size / (n + 2)  # a quiet zone of one module each side inside the box
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(matrix):
        c = 0
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                pdf.rect(x + (start + 1) * module, y + (r + 1) * module, (c - start) * module, module, style="F")
            else:
                c += 1


def render_pdf(doc: A4Document) -> bytes:
    """The document as PDF bytes (nothing is written to disk: a personal document must not
    leave a file behind on the kiosk)."""
    path, index, small = font_for(doc)
    if not small and _FACE.ready():
        log.info("A4 document has characters outside the document face: set in the full face")
    pdf = _Page(orientation="P", unit="mm", format="A4")
    pdf.doc = doc
    pdf.set_title(doc.job_name)
    pdf.set_creator("Yimen")
    pdf.set_margins(MARGIN, 15, MARGIN)
    pdf.set_auto_page_break(auto=True, margin=BAND + 4)
    try:
        pdf.add_font("cjk", fname=path, collection_font_number=index)
    except Exception as e:  # fontTools raises many kinds for a broken file
        raise A4RenderError(words("字体文件 {path} 无法使用（{name}）。", path=path, name=type(e).__name__), hint="重新安装 fonts-noto-cjk。") from e
    # the CFF is compiled twice on output, each time measuring every glyph again for a
    # bounding box the PDF takes from the font descriptor anyway: keep the face's own
    face = pdf.fonts["cjk"]
    if isinstance(face, TTFFont):  # always: the face was just added from a file
        face.ttfont.recalcBBoxes = False
    pdf.add_page()
    if doc.banner:
        pdf.set_font("cjk", size=9)
        pdf.cell(0, 5, doc.banner, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("cjk", size=20)
    pdf.set_line_width(0.35)
    pdf.text_mode = TextMode.FILL_STROKE  # a bold title from the one embedded face
    pdf.cell(0, 13, doc.title, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.text_mode = TextMode.FILL
    pdf.set_font("cjk", size=9.5)
    line = "　".join(x for x in (f"出具单位：{doc.issuer}", f"出具日期：{doc.issued_text}", doc.valid_text) if x)
    pdf.cell(0, 6, line, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for section in doc.sections:
        _section(pdf, section)
    return bytes(pdf.output())


def _section(pdf: FPDF, s: A4Section) -> None:
    width = pdf.w - 2 * MARGIN
    if s.heading:
        pdf.ln(2)
        pdf.set_font("cjk", size=12)
        pdf.set_line_width(0.2)
        pdf.text_mode = TextMode.FILL_STROKE
        pdf.cell(0, 8, s.heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.text_mode = TextMode.FILL
    if s.fields:
        pdf.set_font("cjk", size=10.5)
        pdf.set_draw_color(90, 90, 90)
        with pdf.table(col_widths=(1.4, 2.6, 1.4, 2.6), line_height=7, first_row_as_headings=False) as table:
            pairs = list(s.fields)
            for i in range(0, len(pairs), 2):
                row = table.row()
                for label, value in pairs[i : i + 2]:
                    row.cell(label)
                    row.cell(value)
                if len(pairs[i : i + 2]) == 1:
                    row.cell("")
                    row.cell("")
        pdf.ln(2)
    if s.columns:
        size = 10 if len(s.columns) <= 5 else 8
        pdf.set_font("cjk", size=size)
        with pdf.table(
            width=width,
            line_height=size * 0.55,
            text_align="CENTER",
            repeat_headings=1,
            headings_style=FontFace(emphasis="", fill_color=(232, 232, 232)),  # one face, no bold
        ) as table:  # headings repeat on every page of a long record
            head = table.row()
            for col in s.columns:
                head.cell(col)
            for r in s.rows:
                row = table.row()
                for value in r:
                    row.cell(value)
        pdf.ln(2)
    if s.notes:
        pdf.set_font("cjk", size=9.5)
        for note in s.notes:
            pdf.multi_cell(0, 5.5, note, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
