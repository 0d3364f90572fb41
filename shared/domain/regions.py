"""Administrative region codes (GB/T 2260) that the hall needs to know by name.

Only codes we are sure of are listed: every province-level code, the 16
prefecture-level divisions of Yunnan, the complete county lists of 昆明市 and
西双版纳州, and the townships (乡镇、街道) of 西双版纳州's three counties as the
National Bureau of Statistics numbers them (统计用区划代码, 9 digits: county + 3).
Other Yunnan counties are accepted when well formed (their prefecture is checked)
but have no name here; the platform's own dictionary is the authority for them.

Platforms write the same code in a 12-digit form (GB/T 2260 code + 6 digits of
township and village, e.g. ``532822000000``); :func:`validate_region_code`
brings every accepted form down to the 6-digit county-level code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from shared.domain.errors import InvalidIdentity, NotFound
from shared.domain.words import words

YUNNAN = "53"

# GB/T 2260 first two digits (province level)
PROVINCES: Mapping[str, str] = MappingProxyType(
    {
        "11": "北京市",
        "12": "天津市",
        "13": "河北省",
        "14": "山西省",
        "15": "内蒙古自治区",
        "21": "辽宁省",
        "22": "吉林省",
        "23": "黑龙江省",
        "31": "上海市",
        "32": "江苏省",
        "33": "浙江省",
        "34": "安徽省",
        "35": "福建省",
        "36": "江西省",
        "37": "山东省",
        "41": "河南省",
        "42": "湖北省",
        "43": "湖南省",
        "44": "广东省",
        "45": "广西壮族自治区",
        "46": "海南省",
        "50": "重庆市",
        "51": "四川省",
        "52": "贵州省",
        "53": "云南省",
        "54": "西藏自治区",
        "61": "陕西省",
        "62": "甘肃省",
        "63": "青海省",
        "64": "宁夏回族自治区",
        "65": "新疆维吾尔自治区",
        "71": "台湾省",
        "81": "香港特别行政区",
        "82": "澳门特别行政区",
    }
)

# Yunnan prefecture level: code -> (full name, the short name used on screens and tickets)
YUNNAN_PREFECTURES: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "5301": ("昆明市", "昆明市"),
        "5303": ("曲靖市", "曲靖市"),
        "5304": ("玉溪市", "玉溪市"),
        "5305": ("保山市", "保山市"),
        "5306": ("昭通市", "昭通市"),
        "5307": ("丽江市", "丽江市"),
        "5308": ("普洱市", "普洱市"),
        "5309": ("临沧市", "临沧市"),
        "5323": ("楚雄彝族自治州", "楚雄州"),
        "5325": ("红河哈尼族彝族自治州", "红河州"),
        "5326": ("文山壮族苗族自治州", "文山州"),
        "5328": ("西双版纳傣族自治州", "西双版纳州"),
        "5329": ("大理白族自治州", "大理州"),
        "5331": ("德宏傣族景颇族自治州", "德宏州"),
        "5333": ("怒江傈僳族自治州", "怒江州"),
        "5334": ("迪庆藏族自治州", "迪庆州"),
    }
)

# County level, complete for the prefectures in COMPLETE_COUNTY_LISTS
YUNNAN_COUNTIES: Mapping[str, str] = MappingProxyType(
    {
        "530102": "五华区",
        "530103": "盘龙区",
        "530111": "官渡区",
        "530112": "西山区",
        "530113": "东川区",
        "530114": "呈贡区",
        "530115": "晋宁区",
        "530124": "富民县",
        "530125": "宜良县",
        "530126": "石林彝族自治县",
        "530127": "嵩明县",
        "530128": "禄劝彝族苗族自治县",
        "530129": "寻甸回族彝族自治县",
        "530181": "安宁市",
        "532801": "景洪市",
        "532822": "勐海县",
        "532823": "勐腊县",
    }
)

COMPLETE_COUNTY_LISTS = frozenset({"5301", "5328"})

# 乡级 (统计用区划代码): the towns, townships and sub-districts of 西双版纳州 (100-199 镇,
# 200-299 乡, 001-099 街道); the state farms and other 4xx units are left out: a case is
# never handled there
XISHUANGBANNA_TOWNSHIPS: Mapping[str, str] = MappingProxyType(
    {
        "532801001": "允景洪街道",
        "532801002": "江北街道",
        "532801102": "嘎洒镇",
        "532801103": "勐龙镇",
        "532801104": "勐罕镇",
        "532801105": "勐养镇",
        "532801106": "普文镇",
        "532801202": "景哈哈尼族乡",
        "532801203": "景讷乡",
        "532801204": "大渡岗乡",
        "532801205": "勐旺乡",
        "532801206": "基诺山基诺族乡",
        "532822101": "勐海镇",
        "532822102": "打洛镇",
        "532822103": "勐混镇",
        "532822104": "勐遮镇",
        "532822105": "勐满镇",
        "532822106": "勐阿镇",
        "532822201": "勐宋乡",
        "532822202": "勐往乡",
        "532822203": "格朗和哈尼族乡",
        "532822204": "布朗山布朗族乡",
        "532822205": "西定哈尼族布朗族乡",
        "532823101": "勐腊镇",
        "532823102": "勐捧镇",
        "532823103": "勐满镇",
        "532823104": "勐仑镇",
        "532823105": "磨憨镇",
        "532823106": "勐伴镇",
        "532823107": "关累镇",
        "532823108": "易武镇",
        "532823202": "象明彝族乡",
        "532823203": "瑶区瑶族乡",
    }
)

_ACCEPTED_LENGTHS = (2, 4, 6, 9, 12)


def _digits(text: str) -> str:
    code = unicodedata.normalize("NFKC", text).strip()
    if not code:
        raise InvalidIdentity("行政区划代码为空。", hint="请填写6位行政区划代码，例如 532822。")
    if not (code.isascii() and code.isdigit()):
        raise InvalidIdentity(
            words("行政区划代码“{code}”只能包含数字。", code=code), hint="请填写6位行政区划代码，例如 532822。"
        )
    if len(code) not in _ACCEPTED_LENGTHS:
        raise InvalidIdentity(
            words("行政区划代码应为6位数字（也接受2、4或12位），现为{n_code}位。", n_code=len(code)),
            hint="县级代码如 532822，乡镇9位代码如 532822101，平台12位代码如 532822000000。",
        )
    return code


def validate_region_code(text: str, *, yunnan_only: bool = False) -> str:
    """Return the 6-digit code for a 2-, 4-, 6- or 12-digit region code.

    A 12-digit code is reduced to its county (first six digits), which is what the
    case and ticket numbers carry. With ``yunnan_only`` the code must be inside
    Yunnan, under a known prefecture, and, where the county list is complete,
    a known county.
    """
    code = _digits(text)
    six = code.ljust(6, "0")[:6]
    province, prefecture, county = six[:2], six[2:4], six[4:6]
    if province not in PROVINCES:
        raise InvalidIdentity(
            words("行政区划代码“{code}”的前两位“{province}”不是省级行政区划代码。", code=code, province=province),
            hint="请核对代码；云南省的代码以53开头。",
        )
    if prefecture == "00" and county != "00":
        raise InvalidIdentity(words("行政区划代码“{code}”的第3-4位为00，第5-6位也必须为00。", code=code), hint="请核对代码。")
    if yunnan_only:
        if province != YUNNAN:
            raise InvalidIdentity(
                words("行政区划代码“{code}”不是云南省的代码（{provinces}）。", code=code, provinces=PROVINCES[province]),
                hint="本大厅只受理云南省内的区划，请填写以53开头的代码。",
            )
        if prefecture != "00" and six[:4] not in YUNNAN_PREFECTURES:
            raise InvalidIdentity(
                words("云南省没有代码为“{six}”的州（市）。", six=six[:4]), hint="请核对代码，例如西双版纳州为5328。"
            )
        if county != "00" and six[:4] in COMPLETE_COUNTY_LISTS and six not in YUNNAN_COUNTIES:
            name = YUNNAN_PREFECTURES[six[:4]][0]
            raise InvalidIdentity(
                words("{name}没有代码为“{six}”的县（市、区）。", name=name, six=six),
                hint=words("{name}的县级代码：{counties}。", name=name, counties="、".join(counties_of(six[:4]))),
            )
    return six


def counties_of(prefecture: str) -> list[str]:
    """The county-level codes listed for a 4-digit Yunnan prefecture code (may be empty)."""
    return sorted(c for c in YUNNAN_COUNTIES if c.startswith(prefecture))


def region_name(code: str, *, short: bool = False) -> str:
    """The name of the unit a 2-, 4-, 6- or 12-digit code stands for (e.g. 勐海县).

    Raises :class:`NotFound` for a well-formed code whose name is not listed here,
    and :class:`InvalidIdentity` for a malformed one.
    """
    digits = _digits(code)
    if len(digits) == 12 and digits[6:9] != "000" and digits[9:] == "000":
        digits = digits[:9]
    if len(digits) == 9:
        if digits in XISHUANGBANNA_TOWNSHIPS:
            return XISHUANGBANNA_TOWNSHIPS[digits]
        raise NotFound(
            words("本机未收录乡镇代码“{digits}”的名称。", digits=digits),
            hint=words("只收录西双版纳州各县的乡镇；可使用其所在县的代码 {digits}。", digits=digits[:6]),
        )
    if len(digits) == 12:
        if digits[6:] != "000000":
            raise NotFound(
                words("区划代码“{digits}”指向乡镇或村一级，本机未收录其名称。", digits=digits),
                hint=words("可使用其所在县的代码 {digits}。", digits=digits[:6]),
            )
        digits = digits[:6]
    six = digits.ljust(6, "0")
    if six[:2] not in PROVINCES:
        raise InvalidIdentity(words("行政区划代码“{digits}”的前两位不是省级行政区划代码。", digits=digits), hint="请核对代码。")
    if six[2:] == "0000":
        return PROVINCES[six[:2]]
    if six[4:] == "00":
        if six[:4] in YUNNAN_PREFECTURES:
            full, abbreviated = YUNNAN_PREFECTURES[six[:4]]
            return abbreviated if short else full
    elif six in YUNNAN_COUNTIES:
        return YUNNAN_COUNTIES[six]
    raise NotFound(
        words("本机未收录区划代码“{digits}”的名称。", digits=digits),
        hint="只收录云南省各州（市）及昆明市、西双版纳州的县级名称；其他以平台字典为准。",
    )


def region_full_name(code: str) -> str:
    """Province + prefecture + county, e.g. 云南省西双版纳傣族自治州勐海县, as far as listed."""
    six = validate_region_code(code)
    parts = [PROVINCES[six[:2]]]
    if six[2:4] != "00":
        parts.append(region_name(six[:4]))
    if six[4:] != "00":
        parts.append(region_name(six))
    return "".join(parts)


# ---------------------------------------------------------------------- the 承办地 picker


def platform_code(code: str) -> str:
    """The 12-digit form platforms use (county code + township + village, zero-filled)."""
    digits = _digits(code)
    return digits.ljust(12, "0")


def region_label(code: str) -> str:
    """A region for people to read, from the prefecture down (西双版纳州勐海县勐遮镇); a
    province alone, or another province's unit, starts with the province. Unlisted parts are
    left out; a code with no listed name at all (or not a code) reads as itself."""
    try:
        digits = _digits(code)
    except InvalidIdentity:
        return code.strip()
    twelve = digits.ljust(12, "0")
    parts: list[str] = []
    province = twelve[:2]
    if province not in PROVINCES:
        return digits
    if province != YUNNAN or twelve[2:] == "0" * 10:
        parts.append(PROVINCES[province])
    if twelve[2:4] != "00" and twelve[:4] in YUNNAN_PREFECTURES:
        parts.append(YUNNAN_PREFECTURES[twelve[:4]][1])
    if twelve[4:6] != "00" and twelve[:6] in YUNNAN_COUNTIES:
        parts.append(YUNNAN_COUNTIES[twelve[:6]])
    if twelve[6:9] != "000" and twelve[:9] in XISHUANGBANNA_TOWNSHIPS:
        parts.append(XISHUANGBANNA_TOWNSHIPS[twelve[:9]])
    return "".join(parts) or digits


def handling_regions(*, home: str, cross_province: bool) -> list[tuple[str, str]]:
    """(12-digit code, label) for the 承办地 picker, the hall's own county first.

    省内通办: the hall's county and its townships, the rest of its prefecture (counties and
    townships where listed), the other Yunnan prefectures and 昆明市's counties. 跨省通办: the
    other provinces (their own platform routes the case further down).
    """
    six = validate_region_code(home)
    if cross_province:
        return [
            (platform_code(p), PROVINCES[p]) for p in PROVINCES if p != six[:2] and p not in ("71", "81", "82")
        ]
    out: list[tuple[str, str]] = []

    def county(c: str) -> None:
        out.append((platform_code(c), region_label(c)))
        for t in sorted(x for x in XISHUANGBANNA_TOWNSHIPS if x.startswith(c)):
            out.append((platform_code(t), region_label(t)))

    if six in YUNNAN_COUNTIES:
        county(six)
    prefecture = six[:4]
    if prefecture in YUNNAN_PREFECTURES:
        out.append((platform_code(prefecture), region_label(prefecture)))
        for c in counties_of(prefecture):
            if c != six:
                county(c)
    for p in YUNNAN_PREFECTURES:
        if p == prefecture:
            continue
        out.append((platform_code(p), region_label(p)))
        for c in counties_of(p):
            county(c)
    return out
