"""Search relevance on the demo catalog, and robustness on arbitrary input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shared.domain.catalog import (
    Catalog,
    CatalogSearchIndex,
    MatchKind,
    generate_catalog,
    load_demo_catalog,
    name_readings,
    normalise_query,
)


@pytest.fixture(scope="module")
def demo() -> Catalog:
    return load_demo_catalog()


@pytest.fixture(scope="module")
def index(demo: Catalog) -> CatalogSearchIndex:
    return CatalogSearchIndex(demo)


def _names(index: CatalogSearchIndex, query: str, limit: int = 20) -> list[str]:
    return [h.name for h in index.search(query, limit)]


def test_initials_find_household_migration_first(index: CatalogSearchIndex) -> None:
    hits = index.search("hkqy")
    assert hits[0].name.startswith("户口迁移")
    assert hits[0].matched_on is MatchKind.INITIALS_PREFIX
    assert {h.name for h in hits[:2]} == {"户口迁移（省内迁入）", "户口迁移（跨省迁入一站式办理）"}
    # shorter name (closer to the query) first within a tier
    assert hits[0].name == "户口迁移（省内迁入）"
    assert _names(index, "HKQY")[:2] == _names(index, "hkqy")[:2]
    assert _names(index, "ｈｋｑｙ")[:2] == _names(index, "hkqy")[:2]  # full-width typing


def test_exact_name_beats_substring(index: CatalogSearchIndex) -> None:
    assert _names(index, "出生登记")[0] == "出生登记"
    hits = index.search("单位参保登记")
    assert hits[0].name == "单位参保登记" and hits[0].matched_on is MatchKind.NAME
    assert hits[1].name == "医保单位参保登记" and hits[1].matched_on is MatchKind.NAME_SUBSTRING
    assert hits[0].score > hits[1].score
    hits = index.search("残疾人证新办")
    assert hits[0].name == "残疾人证新办"


def test_exact_code_first_then_code_prefix(demo: Catalog, index: CatalogSearchIndex) -> None:
    item = next(it for it in demo.items.values() if it.name == "高龄津贴申请")
    hits = index.search(item.implementation_code)
    assert hits[0].code == item.code and hits[0].matched_on is MatchKind.CODE
    assert index.search(item.implementation_code.lower())[0].code == item.code
    # the department's credit code is a prefix of all its implementation codes
    hits = index.search(item.department_credit_code, limit=100)
    assert {h.matched_on for h in hits} == {MatchKind.CODE_PREFIX}
    assert {h.code for h in hits} == {
        it.code for it in demo.items.values() if it.code.startswith(item.department_credit_code)
    }
    # a basic code finds every implementation of it
    shared = {it.code for it in demo.items.values() if it.name.startswith("户口迁移")}
    basic = demo.item(next(iter(shared))).basic_code
    assert {h.code for h in index.search(basic) if h.matched_on is MatchKind.CODE} == shared


def test_tiers_are_ordered(index: CatalogSearchIndex) -> None:
    # "登记" appears at the start of no name, inside many, and in keywords
    hits = index.search("登记", limit=200)
    kinds = [h.matched_on for h in hits]
    assert kinds[0] is MatchKind.NAME_SUBSTRING
    assert MatchKind.KEYWORD in kinds
    assert kinds.index(MatchKind.KEYWORD) > max(
        i for i, k in enumerate(kinds) if k is MatchKind.NAME_SUBSTRING
    )
    prefix = index.search("居民身份证")
    assert prefix[0].matched_on is MatchKind.NAME_PREFIX
    assert all(h.name.startswith("居民身份证") for h in prefix if h.matched_on is MatchKind.NAME_PREFIX)
    assert any(h.name == "临时居民身份证申领" and h.matched_on is MatchKind.NAME_SUBSTRING for h in prefix)


def test_keywords_and_pinyin(index: CatalogSearchIndex) -> None:
    assert _names(index, "低保")[0] == "最低生活保障审核确认"
    assert _names(index, "过户")[0] == "国有建设用地使用权及房屋所有权转移登记"
    assert "最低生活保障审核确认" in _names(index, "dibao")
    assert "高龄津贴申请" in _names(index, "gaoling")
    assert _names(index, "gljt")[0] == "高龄津贴申请"
    hits = index.search("shenfenzheng")
    assert hits and all("身份证" in h.name for h in hits[:3]) and hits[0].matched_on is MatchKind.PINYIN
    # substring of initials: 参保登记 inside 城乡居民基本养老保险参保登记
    assert any(h.name == "城乡居民基本养老保险参保登记" for h in index.search("cbdj"))


def test_polyphones_are_searchable_by_either_reading() -> None:
    readings = name_readings("参保登记")
    assert readings.initials[0] == "cbdj" and "sbdj" in readings.initials
    assert name_readings("银行开户").full[0] == "yinhangkaihu"  # phrase-aware usual reading first
    assert len(name_readings("行行行行行行行行行行行行", cap=5).initials) == 5  # capped


def test_misses_and_empty_queries(index: CatalogSearchIndex) -> None:
    assert index.search("") == []
    assert index.search("   ") == []
    assert index.search("qqqqzzzz") == []
    assert index.search("火星移民登记处") == []
    assert index.search("hkqy", limit=0) == []
    assert len(index.search("登记", limit=3)) == 3


def test_search_over_plain_items_and_generated_catalog() -> None:
    catalog = generate_catalog(500, seed=3)
    index = CatalogSearchIndex(catalog)
    assert len(index) == 500
    name = next(iter(catalog.items.values())).name
    assert index.search(name)[0].name == name
    assert len(CatalogSearchIndex(list(catalog.items.values())[:10])) == 10


@settings(max_examples=300, deadline=None)
@given(query=st.text(max_size=30), limit=st.integers(min_value=-2, max_value=60))
def test_never_crashes_and_is_ordered_by_score(index: CatalogSearchIndex, query: str, limit: int) -> None:
    hits = index.search(query, limit)
    assert len(hits) <= max(limit, 0)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len({h.code for h in hits}) == len(hits)


@settings(max_examples=200, deadline=None)
@given(query=st.text(alphabet="hkqyjmsfzdjbxcglt户口迁移登记证申领高龄0123456789", min_size=1, max_size=8))
def test_ordered_on_likely_queries(index: CatalogSearchIndex, query: str) -> None:
    hits = index.search(query, 50)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    q = normalise_query(query)
    for h in hits:
        if h.matched_on is MatchKind.NAME_SUBSTRING:
            assert q in normalise_query(h.name)
        if h.matched_on is MatchKind.NAME_PREFIX:
            assert normalise_query(h.name).startswith(q)
        if h.matched_on is MatchKind.INITIALS_PREFIX:
            assert any(v.startswith(q) for v in name_readings(h.name).initials)


_variants = st.lists(st.text(alphabet="abc户口", min_size=0, max_size=7), max_size=3)


@settings(max_examples=300, deadline=None)
@given(records=st.lists(_variants, max_size=25), q=st.text(alphabet="abc户口", max_size=8))
def test_gram_index_agrees_with_brute_force(records: list[list[str]], q: str) -> None:
    from shared.domain.catalog.grams import GramIndex

    index = GramIndex(gram_sizes=(2, 3), prefix_len=2)
    for o, variants in enumerate(records):
        index.add(o, variants)
    index.freeze()
    expect_prefix = [o for o, vs in enumerate(records) if q and any(v.startswith(q) for v in vs)]
    expect_sub = [o for o, vs in enumerate(records) if len(q) >= 2 and any(q in v for v in vs)]
    assert list(index.prefix(q)) == expect_prefix
    assert list(index.substring(q)) == expect_sub


def test_gram_index_refuses_out_of_order_records() -> None:
    from shared.domain.catalog.grams import GramIndex

    index = GramIndex(gram_sizes=(2,), prefix_len=2)
    index.add(0, ["ab"])
    with pytest.raises(ValueError):
        index.add(2, ["cd"])
    index.freeze()
    with pytest.raises(ValueError):
        index.add(1, ["cd"])
