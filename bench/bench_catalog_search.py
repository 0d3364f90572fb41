"""Catalog search over 100,000 items: index build time and memory, per-query latency.

Target (DESIGN/brief): p99 < 20 ms per query over 100,000 items on the 2-core hall PC.
Queries are drawn from the catalog itself (so hits exist) plus misses, in seven kinds:
initials, full pinyin, Chinese substrings, exact names, codes (exact and prefix),
keywords and misses. Measured here, never asserted in tests.

Run: .venv/bin/python bench/bench_catalog_search.py [--items 100000] [--queries 400]
     → bench/results/catalog_search.json
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared.domain.catalog import CatalogSearchIndex, generate_catalog, name_readings  # noqa: E402

TARGET_P99_MS = 20.0
_MISS_CHARS = "龘靐齉麤爩驫鱻犇骉淼焱垚猋羴鑫"


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def make_queries(catalog, rng: random.Random, per_kind: int) -> dict[str, list[str]]:
    items = list(catalog.items.values())
    pick = lambda: rng.choice(items)  # noqa: E731
    queries: dict[str, list[str]] = {
        k: [] for k in ("initials", "pinyin", "substring", "name", "code", "keyword", "miss")
    }
    while len(queries["initials"]) < per_kind:
        initials = name_readings(pick().name).initials[0]
        queries["initials"].append(initials[: rng.randint(2, max(2, len(initials)))])
    while len(queries["pinyin"]) < per_kind:
        full = name_readings(pick().name).full[0]
        start = rng.choice((0, 0, rng.randint(0, max(0, len(full) - 6))))
        queries["pinyin"].append(full[start : start + rng.randint(4, 12)])
    while len(queries["substring"]) < per_kind:
        name = pick().name
        size = rng.randint(1, min(4, len(name)))
        start = rng.randint(0, len(name) - size)
        queries["substring"].append(name[start : start + size])
    queries["name"] = [pick().name for _ in range(per_kind)]
    for _ in range(per_kind):
        item = pick()
        queries["code"].append(
            rng.choice(
                (item.implementation_code, item.basic_code, item.implementation_code[: rng.randint(6, 24)])
            )
        )
    while len(queries["keyword"]) < per_kind:
        item = pick()
        if item.keywords:
            queries["keyword"].append(rng.choice(item.keywords))
    for i in range(per_kind):
        if i % 3 == 0:
            queries["miss"].append("".join(rng.choice(_MISS_CHARS) for _ in range(rng.randint(2, 5))))
        elif i % 3 == 1:
            queries["miss"].append("".join(rng.choice("qxzvj") for _ in range(rng.randint(3, 8))))
        else:
            queries["miss"].append(f"{rng.randint(0, 10**9):09d}ZZ")
    return queries


def summary(ms: list[float]) -> dict[str, float]:
    ordered = sorted(ms)
    return {
        "count": len(ordered),
        "p50_ms": round(statistics.median(ordered), 4),
        "p99_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))], 4),
        "max_ms": round(ordered[-1], 4),
        "mean_ms": round(statistics.fmean(ordered), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=400, help="queries per kind (7 kinds)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "catalog_search.json")
    args = parser.parse_args()

    rss0 = rss_mb()
    start = time.perf_counter()
    catalog = generate_catalog(args.items, seed=args.seed)
    generate_s = time.perf_counter() - start
    gc.collect()
    rss1 = rss_mb()

    start = time.perf_counter()
    index = CatalogSearchIndex(catalog)
    build_s = time.perf_counter() - start
    gc.collect()
    rss2 = rss_mb()
    print(
        f"generated {len(catalog)} items in {generate_s:.1f} s, index built in {build_s:.1f} s, +{rss2 - rss1:.0f} MB"
    )

    rng = random.Random(args.seed)
    queries = make_queries(catalog, rng, args.queries)
    mixed = [(kind, q) for kind, qs in queries.items() for q in qs]
    rng.shuffle(mixed)
    for _, q in mixed[:50]:  # warm caches the way a running kiosk has them
        index.search(q)

    # collector pauses land inside whichever query triggered them: record them to tell apart
    gc_pauses: dict[int, list[float]] = {0: [], 1: [], 2: []}
    gc_started: list[int] = [0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_started[0] = time.perf_counter_ns()
        else:
            gc_pauses[info["generation"]].append((time.perf_counter_ns() - gc_started[0]) / 1e6)

    gc.callbacks.append(on_gc)
    per_kind: dict[str, list[float]] = {k: [] for k in queries}
    hit_counts: dict[str, int] = {k: 0 for k in queries}
    timed: list[tuple[float, str, str]] = []
    timed_first: list[float] = []
    clock = time.perf_counter_ns
    for kind, q in mixed:
        t0 = clock()
        hits = index.search(q, 20)
        ms = (clock() - t0) / 1e6
        per_kind[kind].append(ms)
        timed.append((ms, kind, q))
        timed_first.append(ms)
        hit_counts[kind] += bool(hits)
    gc.callbacks.remove(on_gc)
    # second pass: the smaller of two runs per query shows the search's own cost on a machine
    # shared with other work (preemption adds whole scheduler slices to single runs)
    best_of_two: dict[str, list[float]] = {k: [] for k in queries}
    for n, (kind, q) in enumerate(mixed):
        t0 = clock()
        index.search(q, 20)
        best_of_two[kind].append(min(timed_first[n], (clock() - t0) / 1e6))
    timed.sort(reverse=True)
    # re-run the slowest: a query slow twice is the index, slow once was the shared machine
    slowest = []
    for ms, kind, q in timed[:10]:
        t0 = clock()
        index.search(q, 20)
        slowest.append(
            {"kind": kind, "query": q, "ms": round(ms, 3), "rerun_ms": round((clock() - t0) / 1e6, 3)}
        )
    overall = [ms for values in per_kind.values() for ms in values]

    result = {
        "topic": "catalog_search",
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        },
        "items": len(catalog),
        "distinct_names": len({it.name for it in catalog.items.values()}),
        "generate_s": round(generate_s, 2),
        "catalog_rss_mb": round(rss1 - rss0, 1),
        "index_build_s": round(build_s, 2),
        # RSS growth includes allocator slack left by the build; the structures themselves:
        "index_rss_mb": round(rss2 - rss1, 1),
        "index_structures_mb": round(index.approx_bytes() / 2**20, 1),
        "index_postings": index.posting_count,
        "limit": 20,
        "target_p99_ms": TARGET_P99_MS,
        "overall": summary(overall),
        "per_kind": {
            kind: {**summary(ms), "queries_with_hits": hit_counts[kind], "examples": queries[kind][:3]}
            for kind, ms in per_kind.items()
        },
    }
    result["best_of_two"] = {
        "overall": summary([ms for values in best_of_two.values() for ms in values]),
        "per_kind": {kind: summary(ms) for kind, ms in best_of_two.items()},
    }
    result["slowest"] = slowest
    result["gc_during_queries"] = {
        f"gen{g}": {"count": len(p), "max_ms": round(max(p), 3) if p else 0.0} for g, p in gc_pauses.items()
    }
    result["target_met"] = result["overall"]["p99_ms"] < TARGET_P99_MS
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("overall", "target_met")}, ensure_ascii=False))
    for kind, stats in result["per_kind"].items():
        print(
            f"{kind:10s} p50 {stats['p50_ms']:.3f} ms  p99 {stats['p99_ms']:.3f} ms  max {stats['max_ms']:.3f} ms"
        )


if __name__ == "__main__":
    main()
