"""Catalog search for the kiosk and the counter: codes, names, pinyin initials, full pinyin.

Relevance tiers, best first (the score's integer part; the fraction prefers shorter names):

    exact code > exact name > code prefix > name prefix > initials prefix >
    name substring > initials substring > keyword > full pinyin

Every item gets a rank ordinal (shorter names first, then name, then code) and every index
is walked in that order, so each tier yields its best hits first and the search stops as
soon as ``limit`` hits are collected. See bench/bench_catalog_search.py for the timings.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.grams import SEP, GramIndex
from shared.domain.catalog.models import ServiceItem
from shared.domain.catalog.pinyin import (
    DEFAULT_FULL_VARIANT_CAP,
    DEFAULT_VARIANT_CAP,
    name_readings,
    normalise_text,
)

_SPACE = re.compile(r"[\s'’·]+")
_CODE_QUERY = re.compile(r"^[0-9a-z]+$")
_LETTERS = re.compile(r"^[a-z0-9]+$")
MIN_CODE_PREFIX = 4  # shorter digit strings would match every code of a region


class MatchKind(StrEnum):
    CODE = "code"
    NAME = "name"
    CODE_PREFIX = "code_prefix"
    NAME_PREFIX = "name_prefix"
    INITIALS_PREFIX = "initials_prefix"
    NAME_SUBSTRING = "name_substring"
    INITIALS_SUBSTRING = "initials_substring"
    KEYWORD = "keyword"
    PINYIN = "pinyin"


# integer part of the score per tier; keyword and pinyin have an exact/prefix and a looser step
_BASE = {
    "code": 100,
    "name": 90,
    "code_prefix": 80,
    "name_prefix": 70,
    "initials_prefix": 60,
    "name_substring": 50,
    "initials_substring": 40,
    "keyword_exact": 35,
    "keyword": 30,
    "pinyin_prefix": 20,
    "pinyin": 10,
}


@dataclass(frozen=True, slots=True)
class SearchHit:
    code: str  # implementation code of the item
    name: str
    score: float
    matched_on: MatchKind


def normalise_query(query: str) -> str:
    return _SPACE.sub("", normalise_text(query)).replace(SEP, "")


class CatalogSearchIndex:
    """Built once per catalog version; :meth:`search` is read-only and thread-safe."""

    def __init__(
        self, catalog: Catalog | Iterable[ServiceItem], *, variant_cap: int = DEFAULT_VARIANT_CAP
    ) -> None:
        items = list(catalog.items.values()) if isinstance(catalog, Catalog) else list(catalog)
        items.sort(key=lambda it: (len(it.name), it.name, it.code))
        self._codes = [it.code for it in items]
        self._names = [it.name for it in items]
        self._name_len = [max(1, len(normalise_text(it.name))) for it in items]
        self._by_code: dict[str, list[int]] = {}
        self._by_name: dict[str, list[int]] = {}
        self._by_keyword: dict[str, list[int]] = {}
        code_rows: list[tuple[str, int]] = []
        self._name_index = GramIndex(gram_sizes=(1, 2), prefix_len=4)
        self._initials_index = GramIndex(gram_sizes=(2, 3), prefix_len=4)
        self._keyword_index = GramIndex(gram_sizes=(1, 2), prefix_len=0)
        self._pinyin_index = GramIndex(gram_sizes=(3,), prefix_len=6)
        for o, it in enumerate(items):
            for code in dict.fromkeys((it.implementation_code, it.basic_code)):
                self._by_code.setdefault(code, []).append(o)
                code_rows.append((code, o))
            name = normalise_query(it.name)
            self._by_name.setdefault(name, []).append(o)
            keywords = [normalise_query(k) for k in it.keywords]
            for k in dict.fromkeys(keywords):
                self._by_keyword.setdefault(k, []).append(o)
            readings = name_readings(it.name, cap=variant_cap, full_cap=DEFAULT_FULL_VARIANT_CAP)
            self._name_index.add(o, [name])
            self._initials_index.add(o, readings.initials)
            self._keyword_index.add(o, keywords)
            # keywords are searchable by pinyin too (dibao / db → 低保), at the lowest tier
            keyword_readings = [name_readings(k, cap=2, full_cap=1) for k in it.keywords]
            self._pinyin_index.add(
                o,
                [
                    *readings.full,
                    *(v for r in keyword_readings for v in r.full),
                    *(v for r in keyword_readings for v in r.initials),
                ],
            )
        code_rows.sort()
        self._code_keys = [c for c, _ in code_rows]
        self._code_ords = [o for _, o in code_rows]
        for index in (self._name_index, self._initials_index, self._keyword_index, self._pinyin_index):
            index.freeze()

    def __len__(self) -> int:
        return len(self._codes)

    @property
    def posting_count(self) -> int:
        return sum(
            ix.posting_count
            for ix in (self._name_index, self._initials_index, self._keyword_index, self._pinyin_index)
        )

    def approx_bytes(self) -> int:
        """Memory held by the index itself (not the catalog's items), for benchmarks."""
        lists = (self._codes, self._names, self._name_len, self._code_keys, self._code_ords)
        total = sum(sys.getsizeof(x) for x in lists)
        for mapping in (self._by_code, self._by_name, self._by_keyword):
            total += sys.getsizeof(mapping) + sum(
                sys.getsizeof(k) + sys.getsizeof(v) for k, v in mapping.items()
            )
        indexes = (self._name_index, self._initials_index, self._keyword_index, self._pinyin_index)
        return total + sum(ix.approx_bytes() for ix in indexes)

    def _code_prefix(self, prefix: str) -> Iterator[int]:
        i = bisect.bisect_left(self._code_keys, prefix)
        keys, ords = self._code_keys, self._code_ords
        while i < len(keys) and keys[i].startswith(prefix):
            yield ords[i]
            i += 1

    def _tiers(self, q: str) -> Iterator[tuple[str, MatchKind, Iterable[int]]]:
        letters = bool(_LETTERS.match(q))
        if _CODE_QUERY.match(q):
            code = q.upper()
            yield "code", MatchKind.CODE, self._by_code.get(code, ())
        yield "name", MatchKind.NAME, self._by_name.get(q, ())
        if _CODE_QUERY.match(q) and len(q) >= MIN_CODE_PREFIX:
            yield "code_prefix", MatchKind.CODE_PREFIX, self._code_prefix(q.upper())
        yield "name_prefix", MatchKind.NAME_PREFIX, self._name_index.prefix(q)
        if letters:
            yield "initials_prefix", MatchKind.INITIALS_PREFIX, self._initials_index.prefix(q)
        yield "name_substring", MatchKind.NAME_SUBSTRING, self._name_index.substring(q)
        if letters:
            yield "initials_substring", MatchKind.INITIALS_SUBSTRING, self._initials_index.substring(q)
        yield "keyword_exact", MatchKind.KEYWORD, self._by_keyword.get(q, ())
        yield "keyword", MatchKind.KEYWORD, self._keyword_index.substring(q)
        if letters and len(q) >= 2:
            yield "pinyin_prefix", MatchKind.PINYIN, self._pinyin_index.prefix(q)
            yield "pinyin", MatchKind.PINYIN, self._pinyin_index.substring(q)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Best ``limit`` items for ``query``, best first; never raises on odd input."""
        q = normalise_query(query)
        if not q or limit <= 0:
            return []
        hits: list[SearchHit] = []
        taken: set[int] = set()
        qlen = len(q)
        for tier, kind, ordinals in self._tiers(q):
            base = _BASE[tier]
            # exact and code tiers are flat; the others prefer names closest to the query's length
            graded = tier not in {"code", "name", "code_prefix", "keyword_exact"}
            for o in ordinals:
                if o in taken:
                    continue
                taken.add(o)
                score = float(base)
                if graded:
                    score = base + round(0.99 * min(qlen, self._name_len[o]) / self._name_len[o], 4)
                hits.append(SearchHit(code=self._codes[o], name=self._names[o], score=score, matched_on=kind))
                if len(hits) >= limit:
                    return hits
        return hits
