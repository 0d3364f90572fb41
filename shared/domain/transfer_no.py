"""流转单 numbers (issue 12, point 6): what the 流转单's QR and its printed line carry.

Kept apart from :mod:`shared.domain.agency` so that the scanner's payload classifier can check
a transfer number without loading the catalog model.
"""

from __future__ import annotations

from datetime import date

from shared.domain.cases import case_check_digit
from shared.domain.errors import ValidationError
from shared.domain.regions import validate_region_code
from shared.domain.words import words


def make_transfer_no(*, region_code: str, day: date, seq: int) -> str:
    """``LZ`` + region(6) + yyyymmdd + daily sequence(4) + check digit (ISO 7064 MOD 11-10),
    so a mistyped or misread number is caught before anything is looked up."""
    region = validate_region_code(region_code)[:6]
    if not 1 <= seq <= 9999:
        raise ValidationError(words("流转单日序号须为1-9999，现为{seq}。", seq=seq), hint="同一天最多9999张流转单。")
    body = f"{region}{day:%Y%m%d}{seq:04d}"
    return f"LZ{body}{case_check_digit(body)}"


def transfer_no_problem(text: str) -> str:
    """Why ``text`` is not a transfer number ("" when it is one)."""
    t = text.strip().upper()
    if not t.startswith("LZ") or len(t) != 21 or not t[2:].isdigit():
        return "流转单号应为LZ加19位数字（印在流转单二维码下方）"
    body = t[2:-1]
    try:
        date(int(body[6:10]), int(body[10:12]), int(body[12:14]))
    except ValueError:
        return "流转单号中的日期无效"
    if case_check_digit(body) != t[-1]:
        return "流转单号校验位不符，可能印刷、识读或输入有误"
    return ""


def is_valid_transfer_no(text: str) -> bool:
    return not transfer_no_problem(text)
