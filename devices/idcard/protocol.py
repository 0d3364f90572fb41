"""Commands of the SAM serial protocol (GA 467) and the layout of the read answer."""

from __future__ import annotations

from dataclasses import dataclass

from devices.idcard.errors import UnexpectedResponse
from devices.idcard.textblock import TEXT_BLOCK_SIZE
from shared.domain.words import words


@dataclass(frozen=True, slots=True)
class Command:
    cmd: int
    para: int
    label: str


SAM_STATUS = Command(0x11, 0xFF, "SAM状态")
SAM_ID = Command(0x12, 0xFF, "SAM编号")
FIND_CARD = Command(0x20, 0x01, "寻卡")
SELECT_CARD = Command(0x20, 0x02, "选卡")
READ_TEXT_PHOTO = Command(0x30, 0x01, "读文字和相片")
READ_WITH_FINGERPRINT = Command(0x30, 0x10, "读文字、相片和指纹")

COMMANDS = (SAM_STATUS, SAM_ID, FIND_CARD, SELECT_CARD, READ_TEXT_PHOTO, READ_WITH_FINGERPRINT)

PHOTO_SIZE = 1024  # WLT photo, decoded only by a vendor-licensed decoder
FIND_OK_DATA = bytes(4)  # readers answer 9F with four zero bytes
SELECT_OK_DATA = bytes(8)  # and 90 with eight zero bytes to select


@dataclass(frozen=True, slots=True)
class ReadPayload:
    text: bytes
    photo_wlt: bytes


def build_read_payload(text: bytes, photo_wlt: bytes) -> bytes:
    """Answer data of 30 01: text length, photo length (2 bytes BE each), text, photo."""
    return len(text).to_bytes(2, "big") + len(photo_wlt).to_bytes(2, "big") + text + photo_wlt


def parse_read_payload(data: bytes) -> ReadPayload:
    if len(data) < 4:
        raise UnexpectedResponse("读卡器应答格式错误：缺少长度字段")
    text_len = int.from_bytes(data[0:2], "big")
    photo_len = int.from_bytes(data[2:4], "big")
    if text_len != TEXT_BLOCK_SIZE:
        raise UnexpectedResponse(words("读卡器应答格式错误：文字信息长度 {text_len}，应为 {text_block_size}", text_len=text_len, text_block_size=TEXT_BLOCK_SIZE))
    if len(data) != 4 + text_len + photo_len:
        raise UnexpectedResponse("读卡器应答格式错误：长度字段与实际数据不符")
    return ReadPayload(text=data[4 : 4 + text_len], photo_wlt=data[4 + text_len :])
