"""One masking rule for personal data everywhere (GB/T 35273-2020 display restriction).

Screens, receipts, exports and log lines show personal data only in these forms:

- ID numbers: first 6 + last 4 (``532822********1234``); shorter document numbers
  (passports, travel permits) first 2 + last 2;
- names: the surname (two characters for compound surnames) + ``*``;
- phone numbers: first 3 + last 4 (``138****1234``);
- addresses: down to the county / township, the rest masked.

Every function keeps the length of its input (one ``*`` per hidden character),
is idempotent (masking twice changes nothing) and never raises: masking runs on
the way to a screen or a log and must not be the thing that fails.
"""

from __future__ import annotations

import logging
import re
import unicodedata

MASK = "*"

# two-character surnames (复姓) that are kept whole. Only those whose first character is
# rarely a surname by itself: for 夏侯/钟离/梁丘 keeping one character reveals less if wrong.
COMPOUND_SURNAMES = frozenset(
    {
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "司空", "令狐", "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "澹台", "赫连", "拓跋", "万俟",
        "淳于",
    }
)  # fmt: skip


def _keep_ends(text: str, head: int, tail: int, *, countable: re.Pattern[str] | None = None) -> str:
    """Mask every countable character except the first ``head`` and last ``tail`` of them.

    Characters not matched by ``countable`` (separators) are kept and not counted.
    """
    positions = [i for i, ch in enumerate(text) if countable is None or countable.match(ch)]
    hidden = set(positions[head : len(positions) - tail if tail else None])
    return "".join(MASK if i in hidden else ch for i, ch in enumerate(text))


def mask_id_number(number: str) -> str:
    """``532822********1234`` for 15/18-character IDs; first 2 + last 2 for shorter numbers."""
    n = len(number)
    if n >= 15:
        return _keep_ends(number, 6, 4)
    if n >= 6:
        # passport E12345678 -> E1*****78, 港澳通行证 C12345678 -> C1*****78
        return _keep_ends(number, 2, 2)
    if n >= 3:
        return _keep_ends(number, 1, 0)
    return MASK * n


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


def mask_name(name: str) -> str:
    """Surname + ``*`` (``张*``, ``欧阳**``); a Latin name keeps its first letter (``J*** *****``).

    Separators in minority and foreign names (``·``, spaces) stay so the shape reads naturally.
    """
    if not name:
        return name
    stripped = name.strip()
    lead = len(name) - len(name.lstrip())
    if _is_cjk(stripped[:1]):
        keep = 2 if len(stripped) > 2 and stripped[:2] in COMPOUND_SURNAMES else 1
        if len(stripped) == 1:
            keep = 0
    else:
        keep = 1 if len(stripped) > 1 else 0
    out = []
    for i, ch in enumerate(name):
        if i < lead + keep or ch in " ·•.-'" or ch.isspace():
            out.append(ch)
        else:
            out.append(MASK)
    return "".join(out)


_DIGIT_OR_MASK = re.compile(r"[\d*]")  # \d: full-width digits typed with a Chinese IME too
_COUNTRY_PREFIX = re.compile(r"^\s*(\+86|0086)[\s-]*")


def mask_phone(phone: str) -> str:
    """``138****1234``: first 3 + last 4 digits; separators and a +86/0086 prefix are kept."""
    prefix_match = _COUNTRY_PREFIX.match(phone)
    prefix = prefix_match.group(0) if prefix_match else ""
    rest = phone[len(prefix) :]
    digits = len(_DIGIT_OR_MASK.findall(rest))
    if digits >= 8:
        return prefix + _keep_ends(rest, 3, 4, countable=_DIGIT_OR_MASK)
    # short numbers (extensions, partial entries): only the last 2 digits stay
    return prefix + _keep_ends(rest, 0, 2 if digits > 4 else 0, countable=_DIGIT_OR_MASK)


# administrative levels as they appear in an address, with the levels each suffix can denote
_LEVEL_SUFFIXES: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("特别行政区", (1,)),
    ("自治区", (1,)),
    ("自治州", (2,)),
    ("自治县", (3,)),
    ("自治旗", (3,)),
    ("街道", (4,)),
    ("苏木", (4,)),
    ("地区", (2,)),
    ("省", (1,)),
    ("盟", (2,)),
    ("州", (2,)),
    ("市", (1, 2, 3)),  # 北京市 / 昆明市 / 景洪市
    ("县", (3,)),
    ("区", (2, 3)),  # 五华区 (and the odd prefecture-level 区)
    ("旗", (3,)),
    ("镇", (4,)),
    ("乡", (4,)),
)
_TOWNSHIP = 4
# places that end in an admin suffix but are not admin units (小区, 工业园区, 社区 …)
_NOT_ADMIN_ENDINGS = ("小区", "社区", "园区", "校区", "景区", "厂区", "矿区", "营区", "街区", "城区")
# a unit's body never contains house-level words or numbers
_NOT_IN_UNIT = re.compile(r"[0-9０-９A-Za-z*#路街巷弄号栋幢楼室组村（）()\-]")
_NOT_ADMIN_WORDS = ("市场", "区域")  # 景洪市农贸市场: 市 here is not a city
_MAX_UNIT_BODY = 12


def _next_unit(address: str, pos: int, level: int) -> tuple[int, int] | None:
    """End and level of the shortest admin unit starting at ``pos`` below ``level``, if any."""
    for end in range(pos + 2, min(len(address), pos + _MAX_UNIT_BODY + 5) + 1):
        for suffix, levels in _LEVEL_SUFFIXES:
            start = end - len(suffix)
            lower = [lv for lv in levels if lv > level]
            if start <= pos or not lower or not address.startswith(suffix, start):
                continue
            body = address[pos:start]
            if (
                _NOT_IN_UNIT.search(body)
                or address[pos:end].endswith(_NOT_ADMIN_ENDINGS)
                or address.startswith(_NOT_ADMIN_WORDS, end - 1)
                # one-character names exist only for counties (云县, 富县)
                or (len(body) < 2 and suffix != "县")
            ):
                return None
            return end, min(lower)
    return None


def _admin_prefix_length(address: str) -> int:
    pos, level = 0, 0
    while level < _TOWNSHIP and (unit := _next_unit(address, pos, level)) is not None:
        pos, level = unit
    return pos


def mask_address(address: str) -> str:
    """Keep the province / prefecture / county / township part, mask the rest.

    ``云南省西双版纳傣族自治州勐海县勐海镇曼贺路12号`` ->
    ``云南省西双版纳傣族自治州勐海县勐海镇******``. An address whose start is not
    recognisable as administrative units is masked entirely.
    """
    keep = _admin_prefix_length(address)
    return address[:keep] + "".join(ch if ch.isspace() else MASK for ch in address[keep:])


# resident ID (18 with check X, 15 legacy) and mainland mobile numbers inside free text;
# lookarounds keep them from matching inside longer numbers such as 20-digit case numbers;
# letters around them do not stop a match (``ID110105…`` in a log line is still an ID)
_ID_IN_TEXT = re.compile(
    r"(?<![0-9])[0-9]{6} ?[0-9]{8} ?[0-9]{3}[0-9Xx](?![0-9])|(?<![0-9])[0-9]{15}(?![0-9])"
)
_MOBILE_IN_TEXT = re.compile(r"(?<![0-9+])(?:(?:\+86|0086)[ -]?)?(1[3-9][0-9](?:[ -]?[0-9]{4}){2})(?![0-9])")


def _fold(ch: str) -> str:
    # full-width digits and letters (typed with a Chinese IME) match like ASCII ones;
    # only one-to-one foldings, so positions in the folded text are positions in the original
    folded = unicodedata.normalize("NFKC", ch)
    return folded if len(folded) == 1 else ch


def scrub_text(text: str) -> str:
    """Mask every ID number and mobile number found in free text (log lines, notes).

    The same rule as :func:`mask_id_number` and :func:`mask_phone`; the length of the
    text and everything around the numbers are unchanged.
    """
    if not text:
        return text
    shadow = [_fold(ch) for ch in text]
    out = list(text)

    def hide(start: int, end: int, head: int, tail: int) -> None:
        significant = [i for i in range(start, end) if shadow[i].isalnum()]
        for i in significant[head : len(significant) - tail]:
            out[i] = shadow[i] = MASK

    for match in _ID_IN_TEXT.finditer("".join(shadow)):
        hide(match.start(), match.end(), 6, 4)
    for match in _MOBILE_IN_TEXT.finditer("".join(shadow)):
        hide(match.start(1), match.end(1), 3, 4)
    return "".join(out)


class PiiMaskingFilter(logging.Filter):
    """Scrubs ID and mobile numbers from log records before any handler writes them.

    Attach it to handlers (``handler.addFilter(PiiMaskingFilter())``): a filter on a
    logger does not see records that propagate from its children. The message is
    formatted here with its arguments and the arguments dropped, so a number passed
    as ``%s``/``%d`` is caught as well; exception and stack text are scrubbed too.
    Names and addresses cannot be recognised in free text: mask them at the call site.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string must still not leak its arguments
            message = f"{record.msg} {record.args!r}"
        record.msg = scrub_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub_text(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub_text(record.stack_info)
        return True
