"""Typed errors of the resident ID card reader.

Each error carries a message for the resident at the kiosk (what to do with the card) or for
the technician (what to check on the reader), in Chinese, and the SW3 status byte when the
reader itself reported the problem (GA 467 SAM serial protocol).
"""

from __future__ import annotations

from devices.errors import DeviceError, DeviceOffline, DeviceProtocolError

DEVICE_NAME = "身份证读卡器"


class IdCardError(DeviceError):
    """Anything that went wrong while reading an ID card."""

    default_message = "读卡失败"
    default_hint = "请重新放置身份证"

    def __init__(
        self,
        message: str = "",
        *,
        hint: str | None = None,
        sw3: int | None = None,
        device: str = DEVICE_NAME,
    ) -> None:
        super().__init__(
            message or self.default_message,
            hint=self.default_hint if hint is None else hint,
            device=device,
        )
        self.sw3 = sw3


# --- the card (the resident can usually fix these) -------------------------------------------


class CardNotFound(IdCardError):
    """SW3 0x80: no card in the field. Normal while waiting; not worth an alarm."""

    default_message = "未检测到身份证"
    default_hint = "请将身份证放在读卡区"


class CardSelectFailed(IdCardError):
    """SW3 0x81: a card answered the search but could not be selected."""

    default_message = "身份证选卡失败"
    default_hint = "请将身份证平放在读卡区，不要移动，稍等片刻"


class CardReadFailed(IdCardError):
    """SW3 0x41: the card was selected but reading its data failed."""

    default_message = "身份证读取失败"
    default_hint = "请拿起身份证后重新平放在读卡区"


class UnknownCardType(IdCardError):
    """SW3 0x40, or a text block whose card-type mark this driver does not know."""

    default_message = "无法识别的证件类型"
    default_hint = "请放置居民身份证、港澳台居民居住证或外国人永久居留身份证"


class AuthError(IdCardError):
    """SW3 0x31/0x32/0x33: mutual authentication between card and SAM failed."""

    default_message = "证件认证失败"
    default_hint = "请确认放置的是有效证件；如多次出现，请到人工窗口办理"


class FieldEmpty(IdCardError):
    """SW3 0x91: the requested area of the card holds nothing (e.g. no fingerprint)."""

    default_message = "证件中没有所需信息"
    default_hint = "请到人工窗口办理"


class InvalidCardData(IdCardError, DeviceProtocolError):
    """The card's text block does not hold valid data (bad ID check digit, bad date ...).

    The message never contains the personal data itself.
    """

    default_message = "证件信息无效"
    default_hint = "请到人工窗口核验证件"


# --- the reader / SAM (a technician has to look) ----------------------------------------------


class ChecksumError(IdCardError, DeviceProtocolError):
    """SW3 0x10: the reader saw a bad checksum in our request."""

    default_message = "读卡器通讯校验错误"
    default_hint = "请稍后重试；多次出现请检查读卡器连线"


class ResponseChecksumError(ChecksumError):
    """We saw a bad checksum in the reader's answer (interference on the line).

    The reader may already have halted the card it read, so the resident lifts it first.
    """

    default_message = "读卡器回传数据校验错误"
    default_hint = "请拿起身份证后重新放置；多次出现请检查读卡器连线"


class LengthError(IdCardError, DeviceProtocolError):
    """SW3 0x11: the reader saw a bad length in our request."""

    default_message = "读卡器通讯长度错误"
    default_hint = "请稍后重试；多次出现请联系技术人员"


class BadCommand(IdCardError, DeviceProtocolError):
    """SW3 0x21: the reader does not know the command (wrong reader model or firmware)."""

    default_message = "读卡器不支持该命令"
    default_hint = "请联系技术人员检查读卡器型号和固件"


class NotPermitted(IdCardError, DeviceProtocolError):
    """SW3 0x23: the command is not allowed in the reader's current state."""

    default_message = "读卡器拒绝了该操作"
    default_hint = "请拿起身份证后重新放置；多次出现请联系技术人员"


class RandomNumberError(IdCardError, DeviceProtocolError):
    """SW3 0x47: the card could not produce a random number for authentication."""

    default_message = "证件取随机数失败"
    default_hint = "请拿起身份证后重新放置"


class SamSelfTestFailed(IdCardError):
    """SW3 0x60: the security module (SAM) inside the reader failed its self-test."""

    default_message = "读卡器安全模块自检失败"
    default_hint = "请联系技术人员更换或维修读卡器"


class SamNotAuthorised(IdCardError):
    """SW3 0x66: the SAM is not authorised (not activated or revoked)."""

    default_message = "读卡器安全模块未授权"
    default_hint = "请联系技术人员向公安机关申请授权"


class UnknownStatus(IdCardError, DeviceProtocolError):
    """A status byte the protocol does not define (including SW3 0x24 'unknown error')."""

    default_message = "读卡器返回未知状态"
    default_hint = "请稍后重试；多次出现请联系技术人员"


class UnexpectedResponse(IdCardError, DeviceProtocolError):
    """The reader answered with a frame the protocol does not allow (too short, wrong lengths)."""

    default_message = "读卡器应答格式错误"
    default_hint = "请稍后重试；多次出现请联系技术人员"


# --- the link --------------------------------------------------------------------------------


class ReaderOffline(IdCardError, DeviceOffline):
    """The serial port cannot be opened or vanished (reader unplugged)."""

    default_message = "读卡器未连接"
    default_hint = "请检查读卡器的数据线和电源"


class ReaderTimeout(IdCardError, DeviceOffline):
    """The reader did not answer in time."""

    default_message = "读卡器无响应，请检查连线"
    default_hint = ""


class ResponseIncomplete(ReaderTimeout):
    """The reader started an answer and stopped in the middle of it."""

    default_message = "读卡器应答不完整，请检查连线"
