from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from offline_store.store import Store
from offline_store.sync.client import PlatformClient
from offline_store.sync.worker import SyncConfig, SyncWorker
from reference_platform.server import ReferencePlatform
from tests.support.sync import client_for, open_store, platform_config


@pytest.fixture
def platform(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(platform_config(tmp_path))
    rp.start_in_thread()
    yield rp
    rp.stop()


@pytest.fixture
def client(platform: ReferencePlatform) -> Iterator[PlatformClient]:
    c = client_for(platform)
    yield c
    c.close()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(tmp_path, "terminal-a")
    yield s
    s.close()


@pytest.fixture
def worker(store: Store, client: PlatformClient) -> SyncWorker:
    return SyncWorker(store=store, client=client, config=SyncConfig(batch_size=50))
