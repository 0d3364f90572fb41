"""A small n-gram index over one text field of many records, for prefix and substring search.

Records are added in rank order (``ordinal`` 0, 1, 2, …), so every posting list is already
sorted by rank: a search walks the shortest posting list in rank order, verifies each
candidate against the record's text, and stops as soon as it has enough hits. That is what
keeps a 100,000-item catalog answering in a few milliseconds in plain Python.
"""

from __future__ import annotations

import sys
from array import array
from collections.abc import Callable, Iterable, Iterator

# separates the variants of one record inside its blob and marks "start of a variant";
# queries are stripped of it, so a match never spans two variants
SEP = "\x00"


class GramIndex:
    def __init__(self, *, gram_sizes: tuple[int, ...], prefix_len: int) -> None:
        self.gram_sizes = tuple(sorted(gram_sizes))
        self.prefix_len = prefix_len
        self._blobs: list[str] = []
        self._postings: dict[str, list[int] | array[int]] = {}
        self._frozen = False

    def add(self, ordinal: int, variants: Iterable[str]) -> None:
        """Index the variants of record ``ordinal`` (ordinals must arrive 0, 1, 2, …)."""
        if ordinal != len(self._blobs) or self._frozen:
            raise ValueError("records must be added in ordinal order before freeze()")
        variants = [v for v in dict.fromkeys(variants) if v]
        self._blobs.append(SEP + SEP.join(variants) if variants else "")
        postings = self._postings
        for v in variants:
            keys = [SEP + v[:k] for k in range(1, min(self.prefix_len, len(v)) + 1)]
            for n in self.gram_sizes:
                keys += [v[i : i + n] for i in range(len(v) - n + 1)]
            for key in keys:
                lst = postings.get(key)
                if lst is None:
                    postings[key] = [ordinal]
                elif lst[-1] != ordinal:  # ordinals only grow: a repeat can only be the last entry
                    lst.append(ordinal)

    def freeze(self) -> None:
        """Compact the posting lists (machine ints instead of Python list cells)."""
        self._postings = {k: array("i", v) for k, v in self._postings.items()}
        self._frozen = True

    @property
    def posting_count(self) -> int:
        return sum(len(v) for v in self._postings.values())

    def blob(self, ordinal: int) -> str:
        return self._blobs[ordinal]

    def _walk(self, postings: Iterable[int], check: Callable[[str], bool] | None) -> Iterator[int]:
        blobs = self._blobs
        if check is None:
            yield from postings
            return
        for o in postings:
            if check(blobs[o]):
                yield o

    def _rarest(self, keys: Iterable[str]) -> list[int] | array[int] | None:
        """The shortest posting list among ``keys``; None when one key never occurs."""
        rarest: list[int] | array[int] | None = None
        for key in keys:
            postings = self._postings.get(key)
            if postings is None:
                return None
            if rarest is None or len(postings) < len(rarest):
                rarest = postings
        return rarest

    def _grams_of(self, q: str) -> list[str]:
        sizes = [s for s in self.gram_sizes if s <= len(q)]
        if not sizes:
            return []
        n = sizes[-1]
        return [q[i : i + n] for i in range(len(q) - n + 1)]

    def prefix(self, q: str) -> Iterator[int]:
        """Ordinals, in rank order, of records with a variant starting with ``q``."""
        if not q or not self.prefix_len:
            return iter(())
        head = SEP + q[: self.prefix_len]
        if len(q) <= self.prefix_len:
            return self._walk(self._postings.get(head, ()), None)
        # a long query: any of its grams must occur too, so walk whichever list is shortest
        rarest = self._rarest([head, *self._grams_of(q)])
        if rarest is None:
            return iter(())
        needle = SEP + q
        return self._walk(rarest, lambda b: needle in b)

    def substring(self, q: str) -> Iterator[int]:
        """Ordinals, in rank order, of records with a variant containing ``q``."""
        if not q or not self.gram_sizes or len(q) < self.gram_sizes[0]:
            return iter(())
        if len(q) in self.gram_sizes:
            return self._walk(self._postings.get(q, ()), None)
        rarest = self._rarest(self._grams_of(q))
        if rarest is None:
            return iter(())  # one gram never occurs: nothing can match
        return self._walk(rarest, lambda b: q in b)

    def approx_bytes(self) -> int:
        """Memory held by this index (posting arrays, keys, blobs), for benchmarks."""
        total = sys.getsizeof(self._postings) + sys.getsizeof(self._blobs)
        total += sum(sys.getsizeof(k) + sys.getsizeof(v) for k, v in self._postings.items())
        return total + sum(sys.getsizeof(b) for b in self._blobs)
