"""Resident ID card reader (GA 467 SAM serial protocol): driver, card data, simulator.

Public surface:
- :class:`IdCardReader` (reader.py) — the driver; implements devices.base.Device.
- :class:`IdCardData`, :class:`CardType`, :class:`Sex` (textblock.py) — what a card says.
- errors.py — :class:`IdCardError` and its typed subclasses.
- :class:`PhotoDecoder`, :class:`NullPhotoDecoder` (photo.py).
- :class:`SimulatedIdCardReader`, :class:`SimFault` (simulator.py, POSIX only) — imported
  from ``devices.idcard.simulator`` directly so this package imports on Windows too.
"""

from __future__ import annotations

from devices.idcard.errors import IdCardError
from devices.idcard.photo import NullPhotoDecoder, PhotoDecoder
from devices.idcard.reader import IdCardReader
from devices.idcard.textblock import CardType, IdCardData, Sex

__all__ = [
    "CardType",
    "IdCardData",
    "IdCardError",
    "IdCardReader",
    "NullPhotoDecoder",
    "PhotoDecoder",
    "Sex",
]
