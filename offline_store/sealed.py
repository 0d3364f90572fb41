"""Sealed files: a stream encrypted under a key derived from a passphrase (backups, exported
PII keys; issue 15, point 3).

Layout::

    b"YIMEN-SEALED\\n" | header length (4 bytes, big-endian) | header (UTF-8 JSON)
    then chunks: length (4 bytes) | SM4-GCM ciphertext + 16-byte tag

- The key: argon2id (RFC 9106; t=3, m=64 MiB, p=4) over the passphrase and a random 16-byte
  salt gives 32 bytes: the first 16 are the SM4 key (GB/T 39786-2021, as for the personal
  data in the store), the SM3 hash of the last 16 is written in the header as ``check``, so a
  wrong passphrase is told apart from a damaged file before any data is read.
- Each chunk (1 MiB of plain text) has its own nonce: an 8-byte random prefix and the chunk's
  number. Its AAD binds the header's SM3 hash, the chunk number and whether it is the last
  one: chunks cannot be reordered, dropped, moved between files, or cut off at the end
  without failing authentication. The header is therefore authenticated with the first chunk.
- The header is readable without the passphrase (what, when, which schema, which PII key):
  enough to list backups and to say which key a restore needs, nothing personal.
"""

from __future__ import annotations

import base64
import json
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from shared.domain.errors import YimenError
from shared.domain.words import words

MAGIC = b"YIMEN-SEALED\n"
CHUNK = 1 << 20
TAG = 16
_MAX_HEADER = 64 * 1024
KDF = {"name": "argon2id", "time_cost": 3, "memory_cost": 65536, "parallelism": 4}
MIN_PASSPHRASE = 12


class SealedFileError(YimenError):
    """A sealed file that cannot be opened: not one, damaged, cut off, or the wrong passphrase."""


class WrongPassphrase(SealedFileError):
    pass


@dataclass(frozen=True, slots=True)
class SealedHeader:
    fields: dict[str, Any]  # what the writer said about the content (kind, schema, key id …)
    raw: bytes  # the header bytes as stored (their hash is in every chunk's AAD)
    data_offset: int

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


def check_passphrase_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise SealedFileError(
            words("备份口令太短（{n_passphrase} 个字符）。", n_passphrase=len(passphrase)),
            hint=words("至少 {min_passphrase} 个字符，例如四五个不相关的词；口令与备份分开保管。", min_passphrase=MIN_PASSPHRASE),
        )


def _derive(passphrase: str, salt: bytes, kdf: dict[str, Any]) -> tuple[bytes, str]:
    if kdf.get("name") != "argon2id":
        raise SealedFileError(words("不认识的密钥派生方法 {value!r}。", value=kdf.get("name")), hint="用更新版本的 Yimen 打开。")
    out = hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=int(kdf["time_cost"]),
        memory_cost=int(kdf["memory_cost"]),
        parallelism=int(kdf["parallelism"]),
        hash_len=32,
        type=Type.ID,
    )
    return out[:16], _sm3(out[16:]).hex()


def _sm3(data: bytes) -> bytes:
    h = hashes.Hash(hashes.SM3())
    h.update(data)
    return h.finalize()


def _aad(header_hash: bytes, index: int, final: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, 1 if final else 0)


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">I", index)


def seal(
    src: IO[bytes],
    dst: IO[bytes],
    *,
    passphrase: str,
    fields: dict[str, Any],
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Encrypt ``src`` into ``dst`` with a header holding ``fields``; returns plain bytes written."""
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(8)
    key, check = _derive(passphrase, salt, KDF)
    header = dict(fields)
    header.update(
        {
            "format": "yimen-sealed/1",
            "kdf": {**KDF, "salt": base64.b64encode(salt).decode("ascii")},
            "check": check,
            "cipher": "SM4-GCM",
            "nonce_prefix": prefix.hex(),
            "chunk_size": CHUNK,
        }
    )
    raw = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
    header_hash = _sm3(raw)
    dst.write(MAGIC + struct.pack(">I", len(raw)) + raw)
    total, index = 0, 0
    block = src.read(CHUNK)
    while True:
        following = src.read(CHUNK) if len(block) == CHUNK else b""
        final = not following
        enc = Cipher(algorithms.SM4(key), modes.GCM(_nonce(prefix, index))).encryptor()
        enc.authenticate_additional_data(_aad(header_hash, index, final))
        body = enc.update(block) + enc.finalize() + enc.tag
        dst.write(struct.pack(">I", len(body)) + body)
        total += len(block)
        if on_progress is not None:
            on_progress(len(block))
        if final:
            return total
        block, index = following, index + 1


def read_header(path: Path | str, *, stream: IO[bytes] | None = None) -> SealedHeader:
    """The public header, without the passphrase (refuses what is not a sealed file)."""
    p = Path(path)

    def _read(f: IO[bytes]) -> SealedHeader:
        magic = f.read(len(MAGIC))
        if magic != MAGIC:
            raise SealedFileError(
                words("{path} 不是 Yimen 的加密备份文件。", path=p), hint="检查文件名；备份文件由 `yimen backup create` 生成。"
            )
        size_bytes = f.read(4)
        if len(size_bytes) < 4:
            raise SealedFileError(words("{path} 不完整（文件头被截断）。", path=p), hint="换用另一份备份。")
        (size,) = struct.unpack(">I", size_bytes)
        if size > _MAX_HEADER:
            raise SealedFileError(
                words("{path} 的文件头长度异常（{size} 字节）。", path=p, size=size), hint="文件已损坏，换用另一份备份。"
            )
        raw = f.read(size)
        try:
            fields = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise SealedFileError(words("{path} 的文件头已损坏。", path=p), hint="换用另一份备份。") from None
        if not isinstance(fields, dict) or fields.get("format") != "yimen-sealed/1":
            raise SealedFileError(
                words("{path} 的格式 {value!r} 不受支持。", path=p, value=fields.get("format")), hint="用更新版本的 Yimen 打开。"
            )
        return SealedHeader(fields=fields, raw=raw, data_offset=len(MAGIC) + 4 + size)

    if stream is not None:
        return _read(stream)
    try:
        with p.open("rb") as f:
            return _read(f)
    except FileNotFoundError:
        raise SealedFileError(words("找不到文件 {path}。", path=p), hint="`yimen backup list` 列出现有备份。") from None


def unseal(
    path: Path | str, *, passphrase: str, on_progress: Callable[[int], None] | None = None
) -> Iterator[bytes]:
    """Yield the plain text chunk by chunk; raises before yielding anything unauthenticated.

    The whole file must end with its final chunk: a file cut off (a copy interrupted, a
    process killed while writing) raises :class:`SealedFileError` at the point it ends.
    """
    p = Path(path)
    with p.open("rb") as f:
        header = read_header(p, stream=f)
        kdf = header["kdf"]
        key, check = _derive(passphrase, base64.b64decode(kdf["salt"]), kdf)
        if not secrets.compare_digest(check, str(header.get("check", ""))):
            raise WrongPassphrase(
                words("备份口令不对，打不开 {name}。", name=p.name),
                hint="用创建这份备份时的口令（配置 [backup] passphrase_file 指向的文件）。",
            )
        prefix = bytes.fromhex(header["nonce_prefix"])
        header_hash = _sm3(header.raw)
        index = 0
        while True:
            size_bytes = f.read(4)
            if len(size_bytes) < 4:
                raise SealedFileError(
                    words("{name} 不完整：在第 {value} 块处结束，缺少结尾。", name=p.name, value=index + 1),
                    hint="这份备份在写入时被中断或复制不全，换用另一份备份。",
                )
            (size,) = struct.unpack(">I", size_bytes)
            if size < TAG or size > header["chunk_size"] + TAG:
                raise SealedFileError(
                    words("{name} 第 {value} 块长度异常。", name=p.name, value=index + 1), hint="文件已损坏，换用另一份备份。"
                )
            body = f.read(size)
            if len(body) < size:
                raise SealedFileError(
                    words("{name} 不完整：第 {value} 块被截断。", name=p.name, value=index + 1),
                    hint="这份备份在写入时被中断，换用另一份备份。",
                )
            at_end = f.peek(1)[:1] == b"" if hasattr(f, "peek") else False
            plain = None
            for final in (at_end, not at_end):
                dec = Cipher(algorithms.SM4(key), modes.GCM(_nonce(prefix, index), body[-TAG:])).decryptor()
                dec.authenticate_additional_data(_aad(header_hash, index, final))
                try:
                    plain = dec.update(body[:-TAG]) + dec.finalize()
                except InvalidTag:
                    continue
                if final and not at_end:
                    raise SealedFileError(
                        words("{name} 在结尾之后还有多余的数据。", name=p.name), hint="文件被改动过，换用另一份备份。"
                    )
                if not final and at_end:
                    raise SealedFileError(
                        words("{name} 不完整：在第 {value} 块处结束，缺少结尾。", name=p.name, value=index + 1),
                        hint="这份备份在写入时被中断或复制不全，换用另一份备份。",
                    )
                break
            if plain is None:
                raise SealedFileError(
                    words("{name} 第 {value} 块校验失败（数据被改动或损坏）。", name=p.name, value=index + 1), hint="换用另一份备份。"
                )
            if on_progress is not None:
                on_progress(len(plain))
            yield plain
            if at_end:
                return
            index += 1
