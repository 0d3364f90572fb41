"""Helpers shared by the store tests (imported by name: tests/offline_store is on sys.path)."""

from __future__ import annotations

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def resident_id(body17: str) -> str:
    """A valid 18-character resident ID for a 17-digit body (GB 11643-1999 check character)."""
    total = sum(int(d) * w for d, w in zip(body17, _WEIGHTS, strict=True))
    return body17 + "10X98765432"[total % 11]
