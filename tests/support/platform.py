"""Configs and clients for the reference platform tests."""

from __future__ import annotations

from pathlib import Path

from offline_store.sync.client import PlatformClient
from reference_platform.config import PlatformConfig, TerminalKey
from reference_platform.server import ReferencePlatform
from shared.protocol.credentials import PlatformCredentials

SECRET_1 = "1" * 40
SECRET_2 = "2" * 40
ITEMS = [{"kind": "item", "code": f"53282200000{n}", "body": {"name": f"事项{n}"}} for n in (1, 2, 3)]


def make_config(tmp_path: Path, **kw: object) -> PlatformConfig:
    return PlatformConfig(
        db_path=tmp_path / "ref.db",
        terminals=(TerminalKey("AK1", SECRET_1, "T-0001"), TerminalKey("AK2", SECRET_2, "T-0002")),
        catalog_documents=tuple(ITEMS),
        **kw,  # type: ignore[arg-type]
    )


def terminal(rp: ReferencePlatform, n: int = 1) -> PlatformClient:
    secret = SECRET_1 if n == 1 else SECRET_2
    return PlatformClient(
        base_url=rp.base_url,
        credentials=PlatformCredentials(f"AK{n}", secret.encode()),
        terminal_id=f"T-000{n}",
    )
