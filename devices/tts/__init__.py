"""Text to speech for calling numbers: wording, a non-overlapping queue, and offline
engines (espeak-ng, null). The Qt engine lives in shared/ui (devices/ is Qt-free)."""

from __future__ import annotations

from devices.tts.announcement_queue import Announcement, AnnouncementQueue
from devices.tts.announcer import Announcer, NullAnnouncer, TemplateCalls
from devices.tts.espeak import EspeakAnnouncer, espeak_voices, wav_seconds
from devices.tts.spoken import (
    DEFAULT_TEMPLATE,
    format_call,
    spoken_cardinal,
    spoken_number,
    spoken_window,
    validate_template,
)

__all__ = [
    "DEFAULT_TEMPLATE",
    "Announcement",
    "AnnouncementQueue",
    "Announcer",
    "EspeakAnnouncer",
    "NullAnnouncer",
    "TemplateCalls",
    "espeak_voices",
    "format_call",
    "spoken_cardinal",
    "spoken_number",
    "spoken_window",
    "validate_template",
    "wav_seconds",
]
