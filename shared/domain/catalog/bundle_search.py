"""Finding a 一件事 bundle by what a resident would say: its name, code, keywords, life event
or pinyin initials ("身后" finds 身后一件事, "xsecs" finds 新生儿出生一件事).

Bundles are few (tens in a county), so a scan is fast enough and needs no index; the
item index (:mod:`shared.domain.catalog.search`) stays items-only.
"""

from __future__ import annotations

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import Bundle
from shared.domain.catalog.pinyin import name_readings
from shared.domain.catalog.search import normalise_query


def search_bundles(catalog: Catalog, query: str) -> list[Bundle]:
    """Bundles matching ``query``, name matches first; every bundle for an empty query."""
    q = normalise_query(query)
    scored: list[tuple[int, str, Bundle]] = []
    for b in catalog.bundles.values():
        if not q:
            scored.append((0, b.code, b))
            continue
        name = normalise_query(b.name)
        texts = [normalise_query(t) for t in (b.code, *b.keywords, *(e.value for e in b.life_events))]
        if q in name:
            rank = 0
        elif any(q in t for t in texts):
            rank = 1
        elif q.isascii() and any(i.startswith(q) for i in name_readings(b.name).initials):
            rank = 2
        else:
            continue
        scored.append((rank, b.code, b))
    return [b for _, _, b in sorted(scored, key=lambda x: (x[0], x[1]))]
