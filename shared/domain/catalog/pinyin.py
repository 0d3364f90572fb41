"""Pinyin keys of item names for search: full pinyin and initials, polyphones included.

Residents at a kiosk type ``hkqy`` for 户口迁移 or ``hukou`` for 户口. pypinyin's
phrase dictionary gives the usual reading of a name (银行 → yin hang); a resident may
still type another reading of a polyphone (参 can/shen, 长 chang/zhang), so we add
variants that change one or two characters to another reading, up to ``cap`` variants
per name so that a name full of polyphones cannot blow up the index.

The other readings come from a table of everyday polyphones (多音字) rather than from
pypinyin's heteronym lists, which carry archaic readings nobody types (移 chi, 内 rui,
省 xian): indexing those tripled the index and produced false hits.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

DEFAULT_VARIANT_CAP = 8
# full-pinyin variants are long and only serve the lowest search tier: keep fewer
DEFAULT_FULL_VARIANT_CAP = 3


# everyday polyphones, toneless readings that differ (tone-only differences do not matter here)
COMMON_POLYPHONES: dict[str, tuple[str, ...]] = {
    "行": ("xing", "hang"), "长": ("chang", "zhang"), "参": ("can", "shen"), "重": ("zhong", "chong"),
    "单": ("dan", "shan", "chan"), "调": ("diao", "tiao"), "乐": ("le", "yue"), "藏": ("cang", "zang"),
    "还": ("hai", "huan"), "都": ("du", "dou"), "会": ("hui", "kuai"), "省": ("sheng", "xing"),
    "校": ("xiao", "jiao"), "朝": ("chao", "zhao"), "曾": ("ceng", "zeng"), "差": ("cha", "chai", "ci"),
    "传": ("chuan", "zhuan"), "大": ("da", "dai"), "地": ("di", "de"), "得": ("de", "dei"),
    "降": ("jiang", "xiang"), "角": ("jiao", "jue"), "解": ("jie", "xie"), "卡": ("ka", "qia"),
    "落": ("luo", "la", "lao"), "露": ("lu", "lou"), "便": ("bian", "pian"), "薄": ("bao", "bo"),
    "强": ("qiang", "jiang"), "区": ("qu", "ou"), "属": ("shu", "zhu"), "宿": ("su", "xiu"),
    "说": ("shuo", "shui"), "系": ("xi", "ji"), "血": ("xue", "xie"), "着": ("zhe", "zhao", "zhuo"),
    "塞": ("sai", "se"), "给": ("gei", "ji"), "奇": ("qi", "ji"), "弄": ("nong", "long"),
    "率": ("lv", "shuai"), "剥": ("bo", "bao"), "称": ("cheng", "chen"), "度": ("du", "duo"),
    "和": ("he", "huo", "hu"), "了": ("le", "liao"), "没": ("mei", "mo"), "似": ("si", "shi"),
    "提": ("ti", "di"), "沈": ("shen", "chen"), "仇": ("chou", "qiu"), "盛": ("sheng", "cheng"),
    "查": ("cha", "zha"), "觉": ("jue", "jiao"), "壳": ("ke", "qiao"), "模": ("mo", "mu"),
    "柏": ("bai", "bo"), "泊": ("bo", "po"), "吓": ("xia", "he"), "厦": ("sha", "xia"),
    "番": ("fan", "pan"), "石": ("shi", "dan"), "拓": ("tuo", "ta"), "绿": ("lv", "lu"),
    "六": ("liu", "lu"), "供": ("gong",), "场": ("chang",), "期": ("qi",),
}  # fmt: skip


def _is_han(ch: str) -> bool:
    cp = ord(ch)
    return 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0xF900 <= cp <= 0xFAFF


def normalise_text(text: str) -> str:
    """NFKC + lower case: full-width letters, digits and brackets fold to ASCII."""
    return unicodedata.normalize("NFKC", text).lower()


def load_tables() -> None:
    """Load pypinyin now (0.25-0.4 s, once). The apps call this on their UI thread before a
    search index is built on a worker: a module imported for the first time on a worker
    thread goes through shiboken's import hook, which is not thread-safe in PySide6 6.12."""
    import pypinyin  # noqa: F401


@lru_cache(maxsize=8192)
def _char_readings(ch: str) -> tuple[str, ...]:
    # pypinyin loads its phrase tables on import (0.4 s): only when a name is first read, not
    # when a kiosk starts. Style.NORMAL writes ü as v (lv, nv), which is how people type it
    from pypinyin import Style, pinyin

    readings = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    return tuple(dict.fromkeys(r for r in (readings[0] if readings else ()) if r.isascii() and r.isalpha()))


@lru_cache(maxsize=65536)
def _run_readings(run: str) -> tuple[str, ...]:
    """Phrase-aware default reading of a run of Han characters, one syllable per character."""
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(run, style=Style.NORMAL, errors="ignore")
    if len(syllables) != len(run):  # a character pypinyin does not know: fall back per character
        syllables = [(_char_readings(ch) or ("",))[0] for ch in run]
    return tuple(syllables)


def _positions(text: str) -> list[list[str]]:
    """Per written character: its readings, the usual one first (ASCII letters and digits as is)."""
    out: list[list[str]] = []
    text = normalise_text(text)
    i = 0
    while i < len(text):
        if _is_han(text[i]):
            j = i
            while j < len(text) and _is_han(text[j]):
                j += 1
            run = text[i:j]
            for ch, usual in zip(run, _run_readings(run), strict=True):
                options = [usual] if usual else []
                options += [r for r in COMMON_POLYPHONES.get(ch, ()) if r != usual]
                if options:
                    out.append(options)
            i = j
        else:
            if text[i].isascii() and text[i].isalnum():
                out.append([text[i]])
            i += 1
    return out


def _variants(positions: list[list[str]], cap: int) -> list[tuple[str, ...]]:
    """The usual reading, then readings that differ in one, then two characters, up to ``cap``."""
    usual = tuple(p[0] for p in positions)
    found: dict[tuple[str, ...], None] = {usual: None}
    alternatives = [(i, alt) for i, p in enumerate(positions) for alt in p[1:]]
    for size in (1, 2):
        for combo in combinations(alternatives, size):
            if len(found) >= cap:
                return list(found)
            if size == 2 and combo[0][0] == combo[1][0]:
                continue
            variant = list(usual)
            for i, alt in combo:
                variant[i] = alt
            found[tuple(variant)] = None
    return list(found)[:cap]


@dataclass(frozen=True, slots=True)
class NameReadings:
    full: tuple[str, ...]  # e.g. ("hukouqianyi",) — the usual reading first
    initials: tuple[str, ...]  # e.g. ("hkqy",)


@lru_cache(maxsize=65536)
def name_readings(text: str, *, cap: int = DEFAULT_VARIANT_CAP, full_cap: int | None = None) -> NameReadings:
    """Initials and full-pinyin variants of ``text`` (at most ``cap`` / ``full_cap`` of each).

    Cached: catalogs repeat names (the same item implemented by many bodies).
    """
    positions = _positions(text)
    if not positions:
        return NameReadings(full=(), initials=())
    # initials collapse many readings (chang/zhang → c/z, but can/cen → c): dedupe per position first
    initial_positions = [list(dict.fromkeys(r[0] for r in p)) for p in positions]
    full = tuple("".join(v) for v in _variants(positions, cap if full_cap is None else full_cap))
    initials = tuple("".join(v) for v in _variants(initial_positions, cap))
    return NameReadings(full=full, initials=initials)
