"""The 256-byte text block of a second-generation ID card (UCS-2LE, space padded).

Three layouts share the block; the card-type mark at byte offset 248 tells them apart:
- resident ID card (居民身份证): the mark is blank (the area is reserved);
- 'J' HK/Macau/Taiwan residence permit (港澳台居民居住证): no nation, a pass number and an
  issue count in the resident card's reserved area;
- 'I' foreigner permanent residence card, 2017 version (外国人永久居留身份证): English name
  first and a different field order.
Offsets are byte offsets into the block (GA 467 / 港澳台居民居住证机读信息规范 / the 2017
foreigner card's machine-readable data table).
- 'Y' foreigner permanent residence card, 2023 version: the same fields as 'I', with the
  18-character number of the 2023 card (9 + province of acceptance + 3-digit nationality
  code + birth date + 3-digit sequence + a GB 11643 check character, per the National
  Immigration Administration's 2023 announcement) widened into the place the nationality
  code had, the nationality code after it and the Chinese name shortened to 12 characters.
  The number's structure is public and checked here; the byte offsets are Yimen's reading
  (docs/idcard-readers.md) and must be verified on a reader with a real card.
Verify all four layouts on hardware.

``parse_text_block`` either returns a card whose ID number passed its check or raises a typed
error (:class:`InvalidCardData`, :class:`UnknownCardType`); nothing else escapes it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from devices.idcard.errors import InvalidCardData, UnknownCardType
from devices.idcard.nations import NATIONS
from shared.domain.errors import InvalidIdentity
from shared.domain.identity import parse_resident_id, resident_id_check_digit
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.words import words

TEXT_BLOCK_SIZE = 256
TYPE_MARK_AT = 248  # byte offset of the card-type mark (one UCS-2 character)
LONG_TERM = "长期"  # valid-to of cards issued to people aged 46 and over


class CardType(StrEnum):
    RESIDENT = "resident"
    HMT_RESIDENCE_PERMIT = "hmt_residence_permit"
    FOREIGN_PERMANENT_RESIDENT = "foreign_permanent_resident"

    @property
    def label(self) -> str:
        return _CARD_TYPE_LABELS[self]


_CARD_TYPE_LABELS = {
    CardType.RESIDENT: "居民身份证",
    CardType.HMT_RESIDENCE_PERMIT: "港澳台居民居住证",
    CardType.FOREIGN_PERMANENT_RESIDENT: "外国人永久居留身份证",
}
_TYPE_MARKS = {
    "J": CardType.HMT_RESIDENCE_PERMIT,
    "I": CardType.FOREIGN_PERMANENT_RESIDENT,
    "Y": CardType.FOREIGN_PERMANENT_RESIDENT,
}


class Sex(StrEnum):
    """GB/T 2261.1 sex codes as stored on the card."""

    UNKNOWN = "0"
    MALE = "1"
    FEMALE = "2"
    UNSPECIFIED = "9"

    @property
    def label(self) -> str:
        return {"0": "未知", "1": "男", "2": "女", "9": "未说明"}[self.value]


@dataclass(frozen=True, slots=True)
class IdCardData:
    """What the card says. ``valid_to`` None means 长期 (no expiry).

    The permit fields are None on a resident ID card. ``repr`` masks the personal data.
    """

    card_type: CardType
    name: str  # Chinese name; on a foreigner card the English name when no Chinese name is set
    sex: Sex
    birth: date
    id_number: str  # 公民身份号码, or the 15-character permit number on a foreigner card
    authority: str  # 签发机关; on a foreigner card the accepting authority's code
    valid_from: date
    valid_to: date | None
    address: str = ""
    nation_code: str | None = None
    nation: str | None = None
    photo_wlt: bytes = field(default=b"", compare=False)
    photo_png: bytes | None = field(default=None, compare=False)  # only with a vendor decoder
    # HK/Macau/Taiwan residence permit
    pass_number: str | None = None  # 港澳台居民出入境证件号码
    issue_count: int | None = None  # 签发次数
    # foreigner permanent residence card
    name_en: str | None = None
    nationality_code: str | None = None  # GB/T 2659 alpha-3
    card_version: str | None = None

    def is_expired(self, *, on: date) -> bool:
        return self.valid_to is not None and on > self.valid_to

    def age_on(self, day: date) -> int:
        years = day.year - self.birth.year
        return years - 1 if (day.month, day.day) < (self.birth.month, self.birth.day) else years

    def __repr__(self) -> str:
        valid_to = self.valid_to.isoformat() if self.valid_to else LONG_TERM
        return (
            f"IdCardData(card_type={self.card_type.value}, name={mask_name(self.name)!r}, "
            f"sex={self.sex.label}, id_number={mask_id_number(self.id_number)!r}, "
            f"valid_to={valid_to}, photo_wlt={len(self.photo_wlt)} bytes, "
            f"photo_png={'yes' if self.photo_png else 'no'})"
        )

    __str__ = __repr__


# (byte offset, byte length, label for error messages)
_Layout = dict[str, tuple[int, int, str]]
_RESIDENT: _Layout = {
    "name": (0, 30, "姓名"),
    "sex": (30, 2, "性别"),
    "nation": (32, 4, "民族"),
    "birth": (36, 16, "出生日期"),
    "address": (52, 70, "住址"),
    "id_number": (122, 36, "公民身份号码"),
    "authority": (158, 30, "签发机关"),
    "valid_from": (188, 16, "有效期起始日期"),
    "valid_to": (204, 16, "有效期截止日期"),
}
_HMT: _Layout = {
    **{k: v for k, v in _RESIDENT.items() if k != "nation"},  # 32/4 is reserved on the permit
    "pass_number": (220, 18, "通行证号码"),
    "issue_count": (238, 4, "签发次数"),
}
_FOREIGN: _Layout = {
    "name_en": (0, 120, "英文姓名"),
    "sex": (120, 2, "性别"),
    "id_number": (122, 30, "永久居留证号码"),
    "nationality_code": (152, 6, "国籍代码"),
    "name": (158, 30, "中文姓名"),
    "valid_from": (188, 16, "证件签发日期"),
    "valid_to": (204, 16, "证件终止日期"),
    "birth": (220, 16, "出生日期"),
    "card_version": (236, 4, "证件版本号"),
    "authority": (240, 8, "受理机关代码"),
}
_FOREIGN_2023: _Layout = {
    "name_en": (0, 120, "英文姓名"),
    "sex": (120, 2, "性别"),
    "id_number": (122, 36, "永久居留证号码"),
    "nationality_code": (158, 6, "国籍代码"),
    "name": (164, 24, "中文姓名"),
    "valid_from": (188, 16, "证件签发日期"),
    "valid_to": (204, 16, "证件终止日期"),
    "birth": (220, 16, "出生日期"),
    "card_version": (236, 4, "证件版本号"),
    "authority": (240, 8, "受理机关代码"),
}
_LAYOUTS = {
    CardType.RESIDENT: _RESIDENT,
    CardType.HMT_RESIDENCE_PERMIT: _HMT,
    CardType.FOREIGN_PERMANENT_RESIDENT: _FOREIGN,
}
_PAD = " \x00"
_PASS_NUMBER = re.compile(r"[A-Z]?[0-9]{8}")  # HK H+8, Macau M+8, Taiwan 8 digits
_FOREIGN_NUMBER = re.compile(r"[A-Z]{3}[0-9]{12}")  # 2017 version: 3 letters + 12 digits
_FOREIGN_NUMBER_2023 = re.compile(r"9[0-9]{16}[0-9X]")  # 2023 version: 18 characters starting with 9
_ALPHA3 = re.compile(r"[A-Z]{3}")


def _invalid(what: str) -> InvalidCardData:
    return InvalidCardData(words("证件信息无效：{what}", what=what))


def _text(raw: bytes, label: str) -> str:
    try:
        text = raw.decode("utf-16-le")
    except UnicodeDecodeError:
        raise _invalid(f"{label}编码错误") from None
    text = text.strip(_PAD)
    # Control and format characters never appear on a card; they would only garble a screen.
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in text):
        raise _invalid(f"{label}含有非法字符")
    return text


def _date(text: str, label: str) -> date:
    if len(text) != 8 or not text.isascii() or not text.isdigit():
        raise _invalid(f"{label}格式错误")
    try:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise _invalid(f"{label}不是有效日期") from None


def card_type_of(block: bytes) -> CardType:
    mark = _text(block[TYPE_MARK_AT : TYPE_MARK_AT + 2], "证件类型标识")
    if mark == "":
        return CardType.RESIDENT
    if mark in _TYPE_MARKS:
        return _TYPE_MARKS[mark]
    raise UnknownCardType("无法识别的证件类型")


def parse_text_block(block: bytes, *, photo_wlt: bytes = b"") -> IdCardData:
    if len(block) != TEXT_BLOCK_SIZE:
        raise _invalid("文字信息长度错误")
    card_type = card_type_of(block)
    version_2023 = _text(block[TYPE_MARK_AT : TYPE_MARK_AT + 2], "证件类型标识") == "Y"
    layout = _FOREIGN_2023 if version_2023 else _LAYOUTS[card_type]
    f = {key: _text(block[at : at + size], label) for key, (at, size, label) in layout.items()}

    def required(key: str) -> str:
        if not f[key]:
            raise _invalid(f"{layout[key][2]}为空")
        return f[key]

    try:
        sex = Sex(f["sex"])
    except ValueError:
        raise _invalid("性别代码错误") from None
    birth = _date(f["birth"], "出生日期")
    valid_from = _date(f["valid_from"], layout["valid_from"][2])
    valid_to = None if f["valid_to"] == LONG_TERM else _date(f["valid_to"], layout["valid_to"][2])
    if valid_from < birth:
        raise _invalid("签发日期早于出生日期")
    if valid_to is not None and valid_to <= valid_from:
        raise _invalid("有效期截止日期不晚于起始日期")
    extra: dict[str, object] = {}

    if card_type is CardType.FOREIGN_PERMANENT_RESIDENT:
        id_number = required("id_number")
        if version_2023:
            # 9 + province (2) + nationality (3) + birth date (8) + sequence (3, odd: male)
            # + the GB 11643-1999 check character over the first 17
            if not _FOREIGN_NUMBER_2023.fullmatch(id_number):
                raise _invalid("永久居留证号码格式错误")
            if resident_id_check_digit(id_number[:17]) != id_number[17]:
                raise _invalid("永久居留证号码校验不通过")
            if id_number[6:14] != _yyyymmdd(birth):
                raise _invalid("永久居留证号码与出生日期不符")
            if (sex is Sex.MALE) != (int(id_number[16]) % 2 == 1) and sex in (Sex.MALE, Sex.FEMALE):
                raise _invalid("永久居留证号码与性别不符")
        # No public check-digit rule for the 2017 number: check its shape only.
        elif not _FOREIGN_NUMBER.fullmatch(id_number):
            raise _invalid("永久居留证号码格式错误")
        nationality = required("nationality_code")
        if not _ALPHA3.fullmatch(nationality):
            raise _invalid("国籍代码格式错误")
        name_en = required("name_en")
        extra = {
            "name_en": name_en,
            "nationality_code": nationality,
            "card_version": f["card_version"],
        }
        name = f["name"] or name_en
    else:
        try:
            # GB 11643-1999 (check digit, birth date); HK/Macau/Taiwan permits use the same
            # rule with region 810000/820000/830000. Its message may quote digits: not shown.
            resident_id = parse_resident_id(required("id_number"))
        except InvalidIdentity:
            raise _invalid("公民身份号码校验不通过") from None
        id_number = resident_id.number
        if resident_id.birth != birth:
            raise _invalid("公民身份号码与出生日期不符")
        if (sex is Sex.MALE and resident_id.sex != "男") or (sex is Sex.FEMALE and resident_id.sex != "女"):
            raise _invalid("公民身份号码与性别不符")
        name = required("name")
        if card_type is CardType.RESIDENT:
            nation = NATIONS.get(f["nation"])
            if nation is None:
                raise _invalid("民族代码错误")
            extra = {"nation_code": f["nation"], "nation": nation}
        else:
            pass_number = required("pass_number")
            if not _PASS_NUMBER.fullmatch(pass_number):
                raise _invalid("通行证号码格式错误")
            count = f["issue_count"]
            if not (count.isascii() and count.isdigit()):
                raise _invalid("签发次数格式错误")
            extra = {"pass_number": pass_number, "issue_count": int(count)}
        extra["address"] = f["address"]

    return IdCardData(
        card_type=card_type,
        name=name,
        sex=sex,
        birth=birth,
        id_number=id_number,
        authority=f["authority"],
        valid_from=valid_from,
        valid_to=valid_to,
        photo_wlt=bytes(photo_wlt),
        **extra,  # type: ignore[arg-type]
    )


def _yyyymmdd(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def encode_text_block(card: IdCardData) -> bytes:
    """The text block a card with this data would hold (the simulator serves it).

    Raises ValueError when a value does not fit its field.
    """
    block = bytearray(" ".encode("utf-16-le") * (TEXT_BLOCK_SIZE // 2))
    version_2023 = card.card_type is CardType.FOREIGN_PERMANENT_RESIDENT and len(card.id_number) == 18
    layout = _FOREIGN_2023 if version_2023 else _LAYOUTS[card.card_type]
    values: dict[str, str] = {
        "sex": card.sex.value,
        "birth": _yyyymmdd(card.birth),
        "id_number": card.id_number,
        "authority": card.authority,
        "valid_from": _yyyymmdd(card.valid_from),
        "valid_to": _yyyymmdd(card.valid_to) if card.valid_to else LONG_TERM,
    }
    if card.card_type is CardType.FOREIGN_PERMANENT_RESIDENT:
        values |= {
            "name_en": card.name_en or "",
            "name": "" if card.name == card.name_en else card.name,
            "nationality_code": card.nationality_code or "",
            "card_version": card.card_version or "",
        }
        mark = "Y" if version_2023 else "I"
    else:
        values |= {"name": card.name, "address": card.address}
        if card.card_type is CardType.RESIDENT:
            values["nation"] = card.nation_code or ""
            mark = " "
        else:
            values["pass_number"] = card.pass_number or ""
            values["issue_count"] = f"{card.issue_count or 0:02d}"
            mark = "J"
    for key, value in values.items():
        at, size, label = layout[key]
        raw = value.encode("utf-16-le")
        if len(raw) > size:
            raise ValueError(f"{key} ({label}) is longer than its {size // 2} characters")
        block[at : at + len(raw)] = raw
    block[TYPE_MARK_AT : TYPE_MARK_AT + 2] = mark.encode("utf-16-le")
    return bytes(block)
