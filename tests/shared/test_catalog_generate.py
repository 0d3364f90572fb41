"""The synthetic catalog generator: reproducible, valid, shaped like a real catalog."""

from __future__ import annotations

from collections import Counter

import pytest

from shared.domain.catalog import Level, catalog_from_documents, generate_catalog
from shared.domain.identity import is_valid_uscc


def test_same_seed_same_catalog_other_seed_other_catalog() -> None:
    a, b, c = generate_catalog(300, seed=7), generate_catalog(300, seed=7), generate_catalog(300, seed=8)
    assert a.digest() == b.digest()
    assert a.digest() != c.digest()


@pytest.mark.parametrize("n", [0, 1, 2, 3, 250])
def test_exactly_n_items_with_unique_valid_codes(n: int) -> None:
    catalog = generate_catalog(n, seed=1)
    assert len(catalog.items) == n
    for item in catalog.items.values():
        assert 31 <= len(item.code) <= 33 and len(item.basic_code) == 12
        assert is_valid_uscc(item.department_credit_code)
        assert item.item_type in catalog.item_types.codes
        assert item.promised_limit_days <= item.legal_limit_days


def test_varied_like_a_real_catalog() -> None:
    catalog = generate_catalog(3000, seed=2)
    items = list(catalog.items.values())
    # about a third are township implementations sharing a basic code with a county item
    by_basic = Counter(it.basic_code for it in items)
    assert sum(1 for n in by_basic.values() if n > 1) > 500
    assert Counter(it.level for it in items)[Level.TOWNSHIP] > 500
    assert len({it.name for it in items}) > 1000
    assert len({it.department for it in items}) > 15
    assert len({it.item_type for it in items}) == 8
    assert any(it.kiosk_capable for it in items) and any(not it.fees.free for it in items)


def test_documents_round_trip() -> None:
    catalog = generate_catalog(200, seed=5)
    again = catalog_from_documents(catalog.to_documents(), version=catalog.version)
    assert again.digest() == catalog.digest()


def test_negative_size_is_refused() -> None:
    with pytest.raises(ValueError):
        generate_catalog(-1, seed=0)
