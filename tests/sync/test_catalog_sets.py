"""Catalog sync in sets (issue 13, point 4): a delta changes exactly what it says in place, a
full download switches in whole, and a process killed mid-download leaves the old catalog.

Every test runs on SQLite and on PostgreSQL (the ``db_url`` fixture). Speed is measured in
bench/bench_sync_drain.py, never here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_store import Store
from offline_store.models import CatalogDocumentRow, CatalogVersion
from offline_store.sync.catalog_sync import download_full, refresh_catalog, store_to_wire
from reference_platform.server import ReferencePlatform
from shared.protocol import messages as p
from tests.support.sync import catalog_documents, client_for, platform_config

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(platform_config(tmp_path, catalog_documents=tuple(catalog_documents(extra=300))))
    rp.start_in_thread()
    yield rp
    rp.stop()


@pytest.fixture
def store(db_url: str, key_path: Path) -> Iterator[Store]:
    s = Store.for_tests(db_url, key_path)
    yield s
    s.close()


def _local(store: Store) -> list[dict[str, Any]]:
    with store.unit_of_work(read_only=True) as uow:
        docs = [store_to_wire(d.kind, d.code, d.doc) for d in uow.catalog.current_documents()]
    return sorted(docs, key=p.catalog_document_key)


def _current(store: Store) -> tuple[str | None, str | None]:
    with store.unit_of_work(read_only=True) as uow:
        return uow.catalog.current_version(), uow.catalog.current_set()


def _rows(store: Store) -> dict[str, int]:
    """Document rows per set, every set (current, superseded or unfinished)."""
    with store.engine.connect() as conn:
        q = sa.select(CatalogDocumentRow.version, sa.func.count()).group_by(CatalogDocumentRow.version)
        return {v: n for v, n in conn.execute(q)}


def _version_rows(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return sorted(conn.execute(sa.select(CatalogVersion.version)).scalars())


def test_one_item_delta_changes_that_item_in_place(platform: ReferencePlatform, store: Store) -> None:
    v1 = catalog_documents(extra=300)
    with client_for(platform) as c:
        assert refresh_catalog(c, store) == "1"
        assert _local(store) == sorted(v1, key=p.catalog_document_key)
        version, set_before = _current(store)
        assert version == "1" and set_before == "~1"
        v2 = [dict(d) for d in v1]
        changed = next(i for i, d in enumerate(v2) if d["kind"] == "item")
        v2[changed] = v2[changed] | {"body": {**v2[changed]["body"], "name": "更名后的事项"}}
        platform.publish_catalog(v2, label="test-2")
        assert refresh_catalog(c, store) == "2"
    assert _local(store) == sorted(v2, key=p.catalog_document_key)
    assert p.catalog_digest(_local(store)) == p.catalog_digest(v2)
    # applied to the same set, not downloaded again; no other document rows anywhere
    assert _current(store) == ("2", set_before)
    assert _rows(store) == {set_before: len(v2)}
    with store.unit_of_work(read_only=True) as uow:
        history = [(v.version, v.is_current) for v in uow.catalog.versions()]
        item = uow.catalog.document(kind="item", code=v2[changed]["code"])
    assert sorted(history) == [("1", False), ("2", True)]
    assert item is not None and item.doc["name"] == "更名后的事项"


def test_delta_with_adds_deletes_and_the_dictionary(platform: ReferencePlatform, store: Store) -> None:
    v1 = catalog_documents(extra=300)
    with client_for(platform) as c:
        refresh_catalog(c, store)
        v2 = [d for d in v1 if d["code"] not in ("532822000002", "532822000017")]  # two withdrawn
        v2 += [{"kind": "item", "code": "532899000001", "body": {"name": "新增事项", "tag": "v2"}}]
        v2 = [
            d | {"body": {**d["body"], "codes": {"01": "行政许可", "02": "行政确认"}}}
            if d["kind"] == "item_types"
            else d
            for d in v2
        ]
        platform.publish_catalog(v2, label="test-2")
        assert refresh_catalog(c, store) == "2"
        with store.unit_of_work(read_only=True) as uow:
            assert uow.catalog.versions()[0].item_count == sum(d["kind"] == "item" for d in v2)
        # and back again: a delta that re-adds what was withdrawn
        platform.publish_catalog(v1, label="test-3")
        assert refresh_catalog(c, store) == "3"
    assert _local(store) == sorted(v1, key=p.catalog_document_key)
    assert _current(store) == ("3", "~1")
    assert _rows(store) == {"~1": len(v1)}


def test_a_delta_that_does_not_add_up_is_dropped_for_a_full_download(
    platform: ReferencePlatform, store: Store
) -> None:
    with client_for(platform) as c:
        refresh_catalog(c, store)
        # the local copy drifted (a hand-edited row): its hash no longer matches the platform's
        with store.engine.begin() as conn:
            conn.execute(
                sa.update(CatalogDocumentRow)
                .where(CatalogDocumentRow.code == "532822000005")
                .values(sha="0" * 64)
            )
        v2 = catalog_documents(extra=300)
        v2[3] = v2[3] | {"body": {**v2[3]["body"], "tag": "v2"}}
        platform.publish_catalog(v2, label="test-2")
        assert refresh_catalog(c, store) == "2"
    assert _local(store) == sorted(v2, key=p.catalog_document_key)
    assert _current(store) == ("2", "~2")  # downloaded in full into a new set
    assert _rows(store) == {"~2": len(v2)}  # the old set is gone, rows and all
    assert _version_rows(store) == ["1", "2", "~2"]


def test_full_download_is_invisible_until_the_switch(platform: ReferencePlatform, store: Store) -> None:
    v1 = sorted(catalog_documents(extra=300), key=p.catalog_document_key)
    big = catalog_documents("v2", extra=900)
    seen: list[tuple[str | None, int]] = []

    def reader_meanwhile(done: int) -> None:
        # another terminal reading between two pages: the old catalog, whole
        local = _local(store)
        assert local == v1
        seen.append((_current(store)[0], done))

    with client_for(platform) as c:
        refresh_catalog(c, store)
        platform.publish_catalog(big, label="big")
        manifest = c.catalog_manifest()
        assert download_full(c, store, manifest, page_size=200, on_page=reader_meanwhile) == "2"
    assert [v for v, _ in seen] == ["1"] * 5 and [n for _, n in seen] == [200, 400, 600, 800, len(big)]
    assert _local(store) == sorted(big, key=p.catalog_document_key)


def test_a_digest_mismatch_leaves_the_old_catalog(platform: ReferencePlatform, store: Store) -> None:
    with client_for(platform) as c:
        refresh_catalog(c, store)
        v1 = _local(store)
        platform.publish_catalog(catalog_documents("v2", extra=50), label="v2")
        platform.store.read("UPDATE catalog_versions SET digest = ? WHERE version = 2", ("f" * 64,))
        with pytest.raises(Exception, match="校验不符"):
            refresh_catalog(c, store)
    assert _local(store) == v1
    assert _current(store) == ("1", "~1")


_CHILD = """
import sys
from offline_store import Store
from offline_store.sync.catalog_sync import refresh_catalog
from shared.protocol.credentials import PlatformCredentials
from offline_store.sync.client import PlatformClient
from tests.support.sync import SECRET_A
url, key, base = sys.argv[1:4]
store = Store.for_tests(url, key)
client = PlatformClient(base_url=base, credentials=PlatformCredentials("AK-T-0001", SECRET_A.encode()),
                        terminal_id="T-0001", read_timeout_s=120)
print("downloading", flush=True)
refresh_catalog(client, store, page_size=100, stage_batch=100)
print("finished", flush=True)
"""


def test_a_download_killed_midway_leaves_the_old_catalog_whole(
    platform: ReferencePlatform, store: Store, db_url: str, key_path: Path
) -> None:
    with client_for(platform) as c:
        refresh_catalog(c, store)
    before = _local(store)
    big = catalog_documents("big", extra=1500)
    platform.publish_catalog(big, label="big")
    platform.store.read("DELETE FROM catalog_items WHERE version = 1")  # no delta: a full download
    platform.set_faults(stall_catalog_page_at_offset=500)  # pages 0-400 arrive, then it waits
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, db_url, str(key_path), platform.base_url],
        cwd=ROOT,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 120
        while _rows(store).get("~2", 0) < 500:
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the download never reached the stalled page"
            time.sleep(0.05)
        assert _current(store)[0] == "1" and _local(store) == before
        child.send_signal(signal.SIGKILL)  # the power goes, or the process is killed, mid-download
        child.wait(30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(30)
        platform.set_faults(stall_catalog_page_at_offset=None)
    assert child.returncode == -signal.SIGKILL
    assert _current(store) == ("1", "~1")
    assert _local(store) == before
    assert 500 <= _rows(store)["~2"] < len(big)  # the unfinished set is there, and unread
    with store.unit_of_work(read_only=True) as uow:
        assert [v.version for v in uow.catalog.versions()] == ["1"]
    with client_for(platform) as c:
        assert refresh_catalog(c, store, page_size=300) == "2"
    assert _local(store) == sorted(big, key=p.catalog_document_key)
    assert _rows(store) == {"~2": len(big)}
    assert _version_rows(store) == ["1", "2", "~2"]


_text = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=12)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | _text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_text, inner, max_size=3),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(
    kind=st.sampled_from(["item", "bundle", "point", "item_types", 'odd"kind']),
    code=_text.filter(bool),
    body=st.dictionaries(
        st.sampled_from(["code", "kind", "body", "名称", ',"code":']) | _text, _json, max_size=4
    ),
)
def test_a_canonical_line_splits_into_kind_code_and_body(kind: str, code: str, body: dict) -> None:
    line = p.canonical_json({"kind": kind, "code": code, "body": body})
    assert p.split_canonical_document(line) == (kind, code, p.canonical_json(body))


def test_a_line_of_another_shape_is_not_split() -> None:
    assert p.split_canonical_document(p.canonical_json({"kind": "item", "code": "1", "body": []})) is None
    extra = p.canonical_json({"kind": "item", "code": "1", "body": {}, "note": "x"})
    assert p.split_canonical_document(extra) is None
