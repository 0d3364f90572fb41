"""What the A4 printer takes: a document of sections, with the verification marks every page
carries (QR, 验真码, seal). The driver knows no certificate or resident: the use cases
(``shared/services/certificates.py``) fill this in, already masked."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class A4Section:
    heading: str = ""
    fields: tuple[tuple[str, str], ...] = ()  # label, value
    columns: tuple[str, ...] = ()  # a table when given
    rows: tuple[tuple[str, ...], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class A4Document:
    title: str
    issuer: str  # 出具单位, printed beside the seal
    sections: tuple[A4Section, ...]
    qr_text: str  # the verification QR on every page
    verify_code: str  # the short 验真码, printed grouped under the QR
    issued_text: str  # e.g. 2026年12月05日
    valid_text: str = ""  # e.g. 有效期至 2027年03月05日
    seal_png: bytes | None = None  # the issuer's electronic seal image, on every page
    verify_hint: str = "扫描左侧二维码，或在政务服务窗口、自助服务终端输入验真码，可核验本文书真伪。"
    banner: str = ""  # a line above the title, e.g. the platform's name
    # what the spooler sees as the job's name: never personal (the job list is visible to admins)
    job_name: str = "yimen-a4"
    extra_lines: tuple[str, ...] = field(default_factory=tuple)  # printed in the footer band

    def texts(self) -> list[str]:
        """Every text that ends up on paper (for the masking check before rendering)."""
        out = [self.title, self.issuer, self.issued_text, self.valid_text, self.banner, *self.extra_lines]
        for s in self.sections:
            out += [s.heading, *(x for f in s.fields for x in f), *s.columns, *(x for r in s.rows for x in r), *s.notes]
        return out
