"""The A4 document face (devices/a4/pdf.py): built once per machine from the system's CJK
face, reused by every render; a document with a character outside it is set in the full face
and still reads back (issue 17, point 1 of the follow-up: speed)."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from devices.a4 import pdf
from devices.a4.document import A4Document, A4Section

RARE = "堃"  # U+5803: in GBK and the full face, not in GB 2312


def certificate(name: str = "岩*") -> A4Document:
    return A4Document(
        title="社会保险参保证明",
        issuer="勐海县社会保险中心",
        sections=(A4Section(fields=(("姓名", name), ("公民身份号码", "532822********0016"), ("参保地", "勐海县勐遮镇"))),),
        qr_text="YMVC1:test",
        verify_code="K7QM-2XPD-9TAF",
        issued_text="2026年12月05日",
    )


def read_back(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(" ", "")


@pytest.fixture(scope="module")
def face_ready() -> None:
    # the first run on a machine builds the face (half a minute or more on a busy machine);
    # later runs load it from the per-user cache
    assert pdf.warm_up(timeout=600), "the document face was not built"


def test_the_face_holds_gb2312_and_no_rare_character(face_ready: None) -> None:
    chars = pdf._FACE.chars
    assert {ord(c) for c in "社会保险参保证明勐海县岩验真码（）：　０１ABC"} <= chars
    assert ord(RARE) not in chars
    assert pdf._FACE.path is not None and pdf._FACE.path.stat().st_size < 4_000_000


def test_a_common_document_is_set_in_the_face_and_reads_back(face_ready: None, tmp_path: Path) -> None:
    doc = certificate()
    path, index, small = pdf.font_for(doc)
    assert small and index == 0 and Path(path) == pdf._FACE.path
    text = read_back(pdf.render_pdf(doc), tmp_path)
    for expected in ("社会保险参保证明", "岩*", "532822********0016", "勐海县勐遮镇", "K7QM-2XPD-9TAF", "第1页/共1页"):
        assert expected in text, expected


def test_a_rare_character_takes_the_full_face_and_is_not_lost(face_ready: None, tmp_path: Path) -> None:
    doc = replace(certificate(), sections=(A4Section(fields=(("住址", f"勐海县{RARE}寨"),)),))
    path, _index, small = pdf.font_for(doc)
    assert not small and path == pdf.document_font()[0]
    assert f"勐海县{RARE}寨" in read_back(pdf.render_pdf(doc), tmp_path)


def test_a_second_process_loads_the_face_from_the_cache(face_ready: None) -> None:
    other = pdf._DocumentFace()
    assert other.wait(timeout=120)
    assert other.build_s is None and other.path == pdf._FACE.path and other.chars == pdf._FACE.chars
