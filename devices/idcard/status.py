"""SW3 status bytes of the SAM serial protocol (GA 467) and the typed error each one means."""

from __future__ import annotations

from enum import IntEnum

from devices.idcard import errors as e
from shared.domain.words import words


class Sw3(IntEnum):
    OK = 0x90
    FIND_OK = 0x9F
    CHECKSUM = 0x10
    LENGTH = 0x11
    BAD_COMMAND = 0x21
    NOT_PERMITTED = 0x23
    UNKNOWN_ERROR = 0x24
    AUTH_CARD = 0x31  # card failed to authenticate the SAM
    AUTH_SAM = 0x32  # SAM failed to authenticate the card
    AUTH_VERIFY = 0x33  # information verification failed
    UNKNOWN_CARD_TYPE = 0x40
    READ_FAILED = 0x41
    RANDOM_NUMBER = 0x47
    SAM_SELF_TEST = 0x60
    SAM_NOT_AUTHORISED = 0x66
    FIND_FAILED = 0x80
    SELECT_FAILED = 0x81
    FIELD_EMPTY = 0x91


SUCCESS = frozenset({Sw3.OK, Sw3.FIND_OK})

_ERRORS: dict[int, type[e.IdCardError]] = {
    Sw3.CHECKSUM: e.ChecksumError,
    Sw3.LENGTH: e.LengthError,
    Sw3.BAD_COMMAND: e.BadCommand,
    Sw3.NOT_PERMITTED: e.NotPermitted,
    Sw3.UNKNOWN_ERROR: e.UnknownStatus,
    Sw3.AUTH_CARD: e.AuthError,
    Sw3.AUTH_SAM: e.AuthError,
    Sw3.AUTH_VERIFY: e.AuthError,
    Sw3.UNKNOWN_CARD_TYPE: e.UnknownCardType,
    Sw3.READ_FAILED: e.CardReadFailed,
    Sw3.RANDOM_NUMBER: e.RandomNumberError,
    Sw3.SAM_SELF_TEST: e.SamSelfTestFailed,
    Sw3.SAM_NOT_AUTHORISED: e.SamNotAuthorised,
    Sw3.FIND_FAILED: e.CardNotFound,
    Sw3.SELECT_FAILED: e.CardSelectFailed,
    Sw3.FIELD_EMPTY: e.FieldEmpty,
}


def error_for_status(sw3: int) -> e.IdCardError | None:
    """The typed error for a status byte, or None when the status means success."""
    if sw3 in SUCCESS:
        return None
    cls = _ERRORS.get(sw3)
    if cls is None:
        return e.UnknownStatus(words("读卡器返回未知状态（SW3={sw3:02X}）", sw3=sw3), sw3=sw3)
    return cls(sw3=sw3)


def raise_for_status(sw3: int) -> None:
    err = error_for_status(sw3)
    if err is not None:
        raise err
