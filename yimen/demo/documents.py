"""The demo's 查询打印 (issue 17): the reference platform on loopback answering personal
queries for a kiosk, and a resident the platform knows.

The demo hall's sample ID cards are made-up people the platform has no records of; 岩温 is the
platform's seeded resident with a 参保证明, a 社保权益记录 and a 居民户口簿. His card is added
to the simulated reader as ``platform_yan_wen``. The A4 printer of a demo kiosk is a private
CUPS with a PDF queue (``a4 = "simulated"``, devices/a4/local_cups.py), which needs root and
Debian's cups and printer-driver-cups-pdf: :func:`a4_simulator_missing` says what is missing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from reference_platform.cli import issue_credentials
from reference_platform.config import PlatformConfig
from reference_platform.seed import RESIDENTS
from reference_platform.server import ReferencePlatform
from shared.services.context import HallContext

PLATFORM_CARD = "platform_yan_wen"


def a4_simulator_missing() -> str:
    """Why this machine cannot run the simulated A4 printer ('' when it can)."""
    from devices.a4.local_cups import missing_parts

    missing = missing_parts()
    if missing:
        return f"缺少 Debian 软件包 {' '.join(missing)}"
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        return "模拟 A4 打印机（cups-pdf）需要以 root 运行"
    return ""


def add_platform_card(simulator: object) -> str:
    """Put 岩温's card into a simulated reader's sample set; returns its name there."""
    from devices.idcard.cardfile import load_cards

    name, id_number, _phone = RESIDENTS[0]
    base = load_cards()["lahu_farmer"]  # a man of the county, born 1971: close enough to 1980
    birth = base.birth.replace(year=int(id_number[6:10]), month=int(id_number[10:12]), day=int(id_number[12:14]))
    card = replace(base, name=name, id_number=id_number, birth=birth, nation_code="18", nation="傣")
    simulator.cards[PLATFORM_CARD] = card  # type: ignore[attr-defined]
    return PLATFORM_CARD


def issue_certificate(ctx: HallContext, *, terminal_id: str = "T-0101") -> Any:
    """A 参保证明 for 岩温, queried as the hall's kiosk would (his card just read): the
    document the demo and the counter's tour bring to the window to verify."""
    from offline_store.sync.client import PlatformClient
    from shared.domain.certificates import DocumentKind, DocumentRequest
    from shared.services import certificates
    from shared.services.actor import Actor

    name, id_number, _phone = RESIDENTS[0]
    with PlatformClient.from_settings(ctx.settings) as client:
        got = certificates.query_document(
            ctx, platform=client, actor=Actor.kiosk(terminal_id),
            card=certificates.CardEvidence.just_read(id_number=id_number, name=name),
            request=DocumentRequest(DocumentKind.INSURANCE_CERTIFICATE, purpose="个人留存", consent=True),
        )  # fmt: skip
    if got.issued is None:
        raise RuntimeError(f"the reference platform issued no certificate: {got.reason}")
    return got.issued


def tampered(qr_text: str) -> str:
    """The same QR with the holder's ID changed and the signature kept: what a forger who
    edits a printout produces. Verification must refuse it."""
    import base64

    from shared.protocol import certificates as c

    claims = c.parse(qr_text).claims
    _head, signature = qr_text.split(".")
    edited = claims.model_copy(update={"holder_id": claims.holder_id[:-4] + "9999"}).canonical()
    return "YMVC1:" + base64.urlsafe_b64encode(edited).rstrip(b"=").decode() + "." + signature


@contextmanager
def query_platform(ctx: HallContext, workdir: Path) -> Iterator[ReferencePlatform]:
    """The reference platform on loopback, with credentials for this terminal in the settings
    (the kiosk's 查询打印 builds its client from them on first use)."""
    db = workdir / "reference-platform.db"
    platform = ReferencePlatform(PlatformConfig(db_path=db))
    base_url = platform.start_in_thread()
    try:
        creds = workdir / "keys" / "platform.toml"
        issue_credentials(db_path=db, terminal_id=ctx.settings.terminal.id, out=creds)
        ctx.settings.platform.base_url = base_url
        ctx.settings.platform.credentials_file = creds
        yield platform
    finally:
        platform.stop()
