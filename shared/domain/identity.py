"""Validation of the identifiers people and organisations bring to the window.

- Resident ID number (公民身份号码, GB 11643-1999): region(6) + birth date(8) +
  sequence(3, odd = male) + check character.
- Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters.
- Mainland mobile numbers.

Every failure raises :class:`InvalidIdentity` with a sentence a clerk can act on.
Inputs are normalised first (full-width characters typed with a Chinese input
method, surrounding spaces, a lower-case ``x``), so the same person always gets
the same number in the store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from shared.domain.errors import InvalidIdentity
from shared.domain.regions import PROVINCES
from shared.domain.words import words

# GB 11643-1999 check digit: weights 2^(18-i) mod 11 for positions 1..17
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"

# 港澳台居民居住证 numbers follow GB 11643 with the address codes 810000/820000/830000;
# 83 is not a GB/T 2260 province code but appears on Taiwan residents' permits.
_ID_PROVINCE_CODES = frozenset(PROVINCES) | {"83"}

# The ID system started in 1984/85; nobody alive then was born before ~1860.
# (Not 1900: GB 11643-1999's own example, 440524188001010014, is born in 1880.)
EARLIEST_BIRTH = date(1860, 1, 1)

# GB 32100-2015: 31 characters (no I, O, Z, S, V), weights 3^(i-1) mod 31
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_USCC_VALUE = {ch: i for i, ch in enumerate(USCC_CHARSET)}

_MOBILE = re.compile(r"1[3-9]\d{9}")

Sex = Literal["男", "女"]


def _normalise(text: str) -> str:
    # NFKC turns full-width digits and letters (１２３Ｘ) into ASCII
    return "".join(unicodedata.normalize("NFKC", text).split()).upper()


@dataclass(frozen=True, slots=True)
class ResidentId:
    """A parsed, valid resident ID number. ``repr`` masks the number (it is personal data)."""

    number: str  # 18 characters, upper-case X
    region_code: str  # where it was first issued; may be a retired code
    birth: date
    sex: Sex
    seq: str  # the three-digit sequence code, odd for men

    def __repr__(self) -> str:
        from shared.domain.masking import mask_id_number

        return f"ResidentId(number={mask_id_number(self.number)!r}, sex={self.sex!r})"

    @property
    def masked(self) -> str:
        from shared.domain.masking import mask_id_number

        return mask_id_number(self.number)

    def age_on(self, today: date) -> int:
        return _age(self.birth, today)


def _age(birth: date, today: date) -> int:
    # someone born on 29 February is a year older from 1 March in common years
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def resident_id_check_digit(first17: str) -> str:
    """The GB 11643-1999 check character ('0'-'9' or 'X') for the first 17 digits."""
    if len(first17) != 17 or not (first17.isascii() and first17.isdigit()):
        raise InvalidIdentity("计算校验位需要身份证号码的前17位数字。", hint="请提供17位数字。")
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def parse_resident_id(text: str, *, today: date | None = None) -> ResidentId:
    """Parse and check an 18-character resident ID number.

    ``today`` is the day against which a birth date "in the future" is judged
    (defaults to the system date). The region part is not checked against the
    current region list: IDs keep the code of where they were issued, which may
    since have been retired; only the province part must be real.
    """
    number = _normalise(text)
    hint_retype = "请核对证件上的号码，或刷身份证读取。"
    if not number:
        raise InvalidIdentity("身份证号码为空。", hint="请输入18位公民身份号码，或刷身份证读取。")
    if len(number) == 15 and number.isdigit():
        raise InvalidIdentity(
            "这是15位的第一代身份证号码，已停止使用。", hint="请使用第二代居民身份证上的18位号码。"
        )
    if len(number) != 18:
        raise InvalidIdentity(words("身份证号码应为18位，现为{n_number}位。", n_number=len(number)), hint="请核对是否漏输或多输。")
    for pos, ch in enumerate(number[:17], start=1):
        if not ("0" <= ch <= "9"):
            raise InvalidIdentity(words("身份证号码第{pos}位“{ch}”不是数字。", pos=pos, ch=ch), hint=hint_retype)
    if not ("0" <= number[17] <= "9" or number[17] == "X"):
        raise InvalidIdentity(words("身份证号码第18位“{number}”只能是数字或X。", number=number[17]), hint=hint_retype)
    if number[:2] not in _ID_PROVINCE_CODES:
        raise InvalidIdentity(words("身份证号码前两位“{number}”不是有效的省级行政区划代码。", number=number[:2]), hint=hint_retype)
    raw_birth = number[6:14]
    try:
        birth = date(int(raw_birth[:4]), int(raw_birth[4:6]), int(raw_birth[6:]))
    except ValueError:
        raise InvalidIdentity(
            words("身份证号码第7-14位“{raw_birth}”不是有效的出生日期。", raw_birth=raw_birth), hint=hint_retype
        ) from None
    today = today or date.today()
    if birth > today:
        raise InvalidIdentity(words("身份证号码中的出生日期{birth:%Y年%m月%d日}晚于今天。", birth=birth), hint=hint_retype)
    if birth < EARLIEST_BIRTH:
        raise InvalidIdentity(
            words("身份证号码中的出生日期{birth:%Y年%m月%d日}早于{year}年，不可能有效。", birth=birth, year=EARLIEST_BIRTH.year),
            hint=hint_retype,
        )
    expected = resident_id_check_digit(number[:17])
    if number[17] != expected:
        raise InvalidIdentity(
            words("身份证号码校验位错误，校验位应为{expected}。", expected=expected),
            # the check fails mostly because a middle digit was mistyped, not the last one
            hint="通常是中间某一位输错，请逐位核对，不要只改最后一位；从证件读取的请重新刷卡。",
        )
    seq = number[14:17]
    return ResidentId(
        number=number,
        region_code=number[:6],
        birth=birth,
        sex="男" if int(seq[2]) % 2 == 1 else "女",
        seq=seq,
    )


def is_valid_resident_id(text: str, *, today: date | None = None) -> bool:
    try:
        parse_resident_id(text, today=today)
    except InvalidIdentity:
        return False
    return True


def birth_from_id(number: str, *, today: date | None = None) -> date:
    return parse_resident_id(number, today=today).birth


def age_from_id(number: str, today: date) -> int:
    """Age in whole years on ``today`` (green channel, guardianship checks)."""
    return _age(parse_resident_id(number, today=today).birth, today)


def uscc_check_char(first17: str) -> str:
    """The GB 32100-2015 check character for the first 17 characters of a credit code."""
    body = _normalise(first17)
    if len(body) != 17 or any(ch not in _USCC_VALUE for ch in body):
        raise InvalidIdentity(
            "计算校验位需要统一社会信用代码的前17位（数字或除I、O、Z、S、V外的大写字母）。",
            hint="请核对代码。",
        )
    total = sum(_USCC_VALUE[ch] * w for ch, w in zip(body, _USCC_WEIGHTS, strict=True))
    # 31 - 0 = 31 has no character of its own: it stands for '0'
    return USCC_CHARSET[(31 - total % 31) % 31]


def validate_uscc(text: str) -> str:
    """Return the normalised (upper-case) credit code, or raise :class:`InvalidIdentity`."""
    code = _normalise(text)
    hint = "请核对营业执照或登记证书上的统一社会信用代码。"
    if not code:
        raise InvalidIdentity("统一社会信用代码为空。", hint=hint)
    if len(code) != 18:
        raise InvalidIdentity(words("统一社会信用代码应为18位，现为{n_code}位。", n_code=len(code)), hint=hint)
    for pos, ch in enumerate(code, start=1):
        if ch not in _USCC_VALUE:
            note = "（代码中不使用字母I、O、Z、S、V）" if ch in "IOZSV" else ""
            raise InvalidIdentity(words("统一社会信用代码第{pos}位“{ch}”不是允许的字符{note}。", pos=pos, ch=ch, note=note), hint=hint)
    if not code[2:8].isdigit():
        raise InvalidIdentity(
            words("统一社会信用代码第3-8位应为登记机关的行政区划代码（6位数字），现为“{code}”。", code=code[2:8]), hint=hint
        )
    expected = uscc_check_char(code[:17])
    if code[17] != expected:
        raise InvalidIdentity(
            words("统一社会信用代码校验位错误，校验位应为{expected}。", expected=expected),
            hint="通常是中间某一位输错，请逐位核对，不要只改最后一位。",
        )
    return code


def is_valid_uscc(text: str) -> bool:
    try:
        validate_uscc(text)
    except InvalidIdentity:
        return False
    return True


def validate_mobile(text: str) -> str:
    """Return the 11-digit mainland mobile number; accepts +86/0086, spaces and hyphens."""
    raw = unicodedata.normalize("NFKC", text)
    number = "".join(raw.split()).replace("-", "")
    hint = "请填写11位手机号码，例如 138 0000 0000。"
    if not number:
        raise InvalidIdentity("手机号码为空。", hint=hint)
    if number.startswith("+86"):
        number = number[3:]
    elif number.startswith("0086"):
        number = number[4:]
    elif len(number) == 13 and number.startswith("86"):
        number = number[2:]
    if not (number.isascii() and number.isdigit()):
        raise InvalidIdentity("手机号码只能包含数字（可带+86、空格或短横线）。", hint=hint)
    if len(number) != 11:
        raise InvalidIdentity(words("手机号码应为11位，现为{n_number}位。", n_number=len(number)), hint=hint)
    if not _MOBILE.fullmatch(number):
        raise InvalidIdentity(words("手机号码应以13-19开头，现为“{number}”。", number=number[:2]), hint=hint)
    return number


def is_valid_mobile(text: str) -> bool:
    try:
        validate_mobile(text)
    except InvalidIdentity:
        return False
    return True
