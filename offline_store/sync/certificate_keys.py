"""The platform's public keys for verifying printed certificates offline (protocol §8a).

Fetched with the catalog on every reference-data round and kept in ``sync_state`` (no
table of their own: a handful of 32-byte keys), so a kiosk or a window checks a scanned
certificate QR with no network at all.
"""

from __future__ import annotations

import logging
from typing import Any

from offline_store.sync import state
from offline_store.sync.errors import PlatformRequestRefused

log = logging.getLogger(__name__)

KEYS = "certificate_keys"


def refresh_certificate_keys(client: Any, store: Any) -> int | None:
    """Store the platform's current certificate keys; returns how many, or None when the
    adapter or the platform offers none (an older platform: verification then goes online)."""
    fetch = getattr(client, "certificate_keys", None)
    if fetch is None:
        return None
    try:
        answer = fetch()
    except PlatformRequestRefused as e:
        log.info("platform publishes no certificate keys (%s)", e)
        return None
    keys = [k.model_dump(mode="json") for k in answer.keys]
    with store.unit_of_work() as uow:
        state.set_values(uow.session, {KEYS: keys})
    return len(keys)


def stored_certificate_keys(store: Any) -> list[dict[str, Any]]:
    """The keys as last fetched: ``[{kid, algorithm, public_key, not_before, not_after}]``."""
    with store.unit_of_work(read_only=True) as uow:
        return list(state.get_value(uow.session, KEYS, []) or [])


def remember_certificate_keys(store: Any, keys: list[dict[str, Any]]) -> None:
    with store.unit_of_work() as uow:
        state.set_values(uow.session, {KEYS: keys})
