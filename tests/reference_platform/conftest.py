from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reference_platform.server import ReferencePlatform
from tests.support.platform import make_config


@pytest.fixture
def ref(tmp_path: Path) -> Iterator[ReferencePlatform]:
    rp = ReferencePlatform(make_config(tmp_path))
    rp.start_in_thread()
    yield rp
    rp.stop()
