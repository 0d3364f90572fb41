from __future__ import annotations

import re

import pytest

from devices.errors import DeviceError, DeviceOffline, DeviceProtocolError
from devices.idcard import errors as e
from devices.idcard.status import Sw3, error_for_status, raise_for_status

EXPECTED = {
    0x10: e.ChecksumError,
    0x11: e.LengthError,
    0x21: e.BadCommand,
    0x23: e.NotPermitted,
    0x24: e.UnknownStatus,
    0x31: e.AuthError,
    0x32: e.AuthError,
    0x33: e.AuthError,
    0x40: e.UnknownCardType,
    0x41: e.CardReadFailed,
    0x47: e.RandomNumberError,
    0x60: e.SamSelfTestFailed,
    0x66: e.SamNotAuthorised,
    0x80: e.CardNotFound,
    0x81: e.CardSelectFailed,
    0x91: e.FieldEmpty,
}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("sw3", [0x90, 0x9F])
def test_success_codes_mean_no_error(sw3):
    assert error_for_status(sw3) is None
    raise_for_status(sw3)


@pytest.mark.parametrize(("sw3", "cls"), EXPECTED.items())
def test_each_status_maps_to_its_typed_error(sw3, cls):
    err = error_for_status(sw3)
    assert type(err) is cls
    assert err.sw3 == sw3
    assert isinstance(err, e.IdCardError) and isinstance(err, DeviceError)
    assert CJK.search(err.message), "the person at the kiosk reads Chinese"
    assert str(err).startswith(err.message)
    with pytest.raises(cls):
        raise_for_status(sw3)


def test_every_defined_failure_code_is_mapped():
    assert {int(c) for c in Sw3} - {0x90, 0x9F} == set(EXPECTED)


@pytest.mark.parametrize("sw3", [0x00, 0x55, 0xFF])
def test_undefined_status_is_unknown_status_naming_the_code(sw3):
    err = error_for_status(sw3)
    assert isinstance(err, e.UnknownStatus) and isinstance(err, DeviceProtocolError)
    assert f"{sw3:02X}" in err.message


def test_card_messages_tell_the_resident_what_to_do():
    assert "请将身份证放在读卡区" in str(e.CardNotFound())
    assert str(e.ReaderTimeout()) == "读卡器无响应，请检查连线"


def test_link_errors_are_device_offline():
    for cls in (e.ReaderOffline, e.ReaderTimeout, e.ResponseIncomplete):
        assert issubclass(cls, DeviceOffline)
    assert issubclass(e.ResponseChecksumError, e.ChecksumError)
    assert issubclass(e.InvalidCardData, DeviceProtocolError)
