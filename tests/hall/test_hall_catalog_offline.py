"""A kiosk keeps showing service guides while the hall database is away (issue 7, build 4):
from the catalog it last loaded, or, if it had not loaded one since it started, from its
local copy."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from offline_store import Store
from offline_store.hall.resilience import HallNetworkProblem
from shared.services.catalog_cache import read_catalog_cache
from shared.services.clock import ManualClock
from shared.services.context import HallContext
from tests.support.hall import OPEN_MORNING, FlakyProxy


def _through(proxy: FlakyProxy, settings):
    url = make_url(settings.store.url).set(host="127.0.0.1", port=proxy.port)
    return settings.model_copy(
        update={"store": settings.store.model_copy(update={"url": url.render_as_string(hide_password=False)})}
    )


@pytest.mark.pg
def test_guides_come_from_the_kiosks_copy_while_the_server_is_away(hall, tmp_path: Path) -> None:
    kiosk = hall.settings("T-0101")
    upstream = make_url(kiosk.store.url)
    proxy = FlakyProxy(upstream.host or "127.0.0.1", upstream.port or 5432)
    settings = _through(proxy, kiosk)
    cache = tmp_path / "kiosk" / "cache" / "catalog.json"
    store = Store.open(settings.store)
    try:
        ctx = HallContext(settings=settings, store=store, clock=ManualClock(OPEN_MORNING))
        ctx.catalog_cache = cache
        online = ctx.search_index().search("gljt", limit=3)  # pinyin initials of 高龄津贴
        assert online, "the demo catalog answers a search"
        version, documents = read_catalog_cache(cache)
        assert version == ctx.catalog().version and len(documents) > 10

        outage = threading.Thread(target=proxy.outage, args=(3.0,))
        outage.start()
        assert proxy.down.wait(10), "the outage did not begin"
        try:
            # the running kiosk: the catalog it holds, although the version check cannot reach the server
            assert ctx.search_index().search("gljt", limit=3) == online
            # a kiosk that had not loaded the catalog before the outage: only the local copy
            restarted = HallContext(settings=settings, store=store, clock=ManualClock(OPEN_MORNING))
            restarted.catalog_cache = cache
            item = restarted.catalog().item(online[0].code)
            assert item.name == ctx.catalog().item(online[0].code).name
            # without a copy the kiosk says the hall network is down, it does not make guides up
            bare = HallContext(settings=settings, store=store, clock=ManualClock(OPEN_MORNING))
            with pytest.raises(HallNetworkProblem, match="大厅网络故障"):
                bare.catalog()
        finally:
            outage.join()
        # the server is back: the store is asked again
        assert ctx.catalog().version == version
    finally:
        store.close()
        proxy.close()


def test_a_damaged_copy_is_no_catalog(tmp_path: Path) -> None:
    bad = tmp_path / "catalog.json"
    bad.write_text(
        '{"format": "yimen-catalog-cache/1", "version": "v1", "documents": [{"kind"', encoding="utf-8"
    )
    assert read_catalog_cache(bad) is None
    assert read_catalog_cache(tmp_path / "missing.json") is None
