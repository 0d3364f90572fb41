"""Where a Chinese line may not break (issue 16, point 4; docs/glossary.md).

Chinese may break between any two characters, which splits words a resident reads as one
(15个工｜作日) and leaves a closing bracket alone on a line (可）). Two rules, used by both the
slip layout (``devices/printer/layout.py``) and the screens (``shared/ui/widgets/basics.py``):

- a number keeps its unit: ``15个工作日``, ``20位``, ``3号窗口``, ``60周岁``;
- a short bracketed remark stays whole: ``（手机或自助机均可）`` moves to the next line as one
  piece rather than leaving ``可）`` behind.

The terms of the glossary stay whole too (办件编号, 受理凭证 …). Pure functions over text: the
printer treats each span as one token, Qt gets U+2060 WORD JOINER between its characters.
"""

from __future__ import annotations

import re

# a span longer than this may break inside (a long remark must still fit a 58 mm slip)
MAX_SPAN_CHARS = 12

WORD_JOINER = "\u2060"

# units and measure words after a number (longest first, so 个工作日 wins over 个)
_UNITS = (
    "个工作日",
    "个自然日",
    "个月",
    "工作日",
    "号窗口",
    "周岁",
    "小时",
    "分钟",
    "天",
    "秒",
    "人",
    "位",
    "页",
    "份",
    "项",
    "件",
    "岁",
    "号",
    "元",
    "年",
    "月",
    "日",
    "次",
)
# the glossary's terms (docs/glossary.md) that must never be split across lines
TERMS = (
    "办件编号",
    "受理凭证",
    "工作日",
    "长者模式",
    "呼叫帮办",
    "好差评",
    "办事指南",
    "自助办理",
    "一次性告知",
    "容缺受理",
    "告知承诺",
    "非常满意",
    "基本满意",
    "非常不满意",
    "不满意",
    # a phrase the ticket screens end a line with: never 语音叫｜号
    "语音叫号",
)
_NUMBER_UNIT = r"(?<![0-9A-Za-z.\-])\d+(?:[.．]\d+)?(?:" + "|".join(map(re.escape, _UNITS)) + r")"
_BRACKETED = r"[（(【《「“][^（）()【】《》「」“”\n]{1," + str(MAX_SPAN_CHARS - 2) + r"}[）)】》」”]"
_TERM = "|".join(map(re.escape, sorted(TERMS, key=len, reverse=True)))
_SPANS = re.compile(f"{_BRACKETED}|{_NUMBER_UNIT}|{_TERM}")


def unbreakable_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each run of ``text`` that must stay on one line, left to right,
    never overlapping (a bracketed remark wins over a number or term inside it)."""
    return [m.span() for m in _SPANS.finditer(text) if m.end() - m.start() > 1]


def join_unbreakable(text: str) -> str:
    """``text`` with a WORD JOINER between the characters of each unbreakable span, for a
    Qt label: Qt's line breaker (Unicode UAX #14) never breaks at a WORD JOINER, and the
    joiner has no width or glyph."""
    if WORD_JOINER in text:
        return text  # already joined: joining twice would double the joiners
    out: list[str] = []
    last = 0
    for start, end in unbreakable_spans(text):
        out.append(text[last:start])
        out.append(WORD_JOINER.join(text[start:end]))
        last = end
    out.append(text[last:])
    return "".join(out)
