"""Decoding the card photo.

The chip holds the photo as 1024 bytes of WLT, a format only the vendor-licensed decoder
(issued with the reader's SDK) turns into an image. Yimen keeps the WLT bytes and decodes
through whatever :class:`PhotoDecoder` the installation plugs in; without one the UI shows a
placeholder.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class PhotoDecoder(Protocol):
    def decode(self, wlt: bytes) -> bytes | None:
        """PNG bytes of the photo, or None when it cannot be decoded."""
        ...


class NullPhotoDecoder:
    """No vendor decoder shipped: every photo stays undecoded (the UI shows a placeholder)."""

    def decode(self, wlt: bytes) -> bytes | None:
        return None
