"""Personal data at rest: SM4-GCM encryption and an HMAC-SM3 blind index (GB/T 39786-2021).

One 32-byte master key lives in a key file (0600, directory 0700). Three subkeys are derived
from it with HKDF over SM3 (RFC 5869 construction, SM3 as the hash), each with its own label,
so that no key is ever used for two purposes:

- ``data``: SM4-GCM, 16-byte key. Ciphertext layout: version byte 0x01 + 12-byte random nonce
  + ciphertext + 16-byte tag. The AAD is ``"table.column"``, so a ciphertext copied into
  another column (a name moved into the address field, say) fails authentication.
- ``index``: HMAC-SM3 of the normalised ID number, hex; lets us find a person by ID number
  with an equality lookup and a unique constraint, without storing the number in clear.
- ``audit``: HMAC-SM3 key for the audit log chain (offline_store.audit).

Losing the key file makes every stored name, ID number and address unreadable and the audit
chain unverifiable: back it up apart from the database.
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from shared.domain.errors import KeyFileError, StoreError
from shared.domain.words import words

KEY_SIZE = 32
FORMAT_V1 = 0x01
NONCE_SIZE = 12  # GCM's native nonce length: no GHASH of the IV, random nonces are safe
TAG_SIZE = 16
SM4_KEY_SIZE = 16

_LABEL_DATA = b"yimen/v1/sm4-gcm/personal-data"
_LABEL_INDEX = b"yimen/v1/hmac-sm3/blind-index"
_LABEL_AUDIT = b"yimen/v1/hmac-sm3/audit-chain"
_LABEL_KEY_ID = b"yimen/v1/key-id"  # a public fingerprint: names a key without revealing it


def create_key_file(path: str | Path) -> Path:
    """Create a new key file of 32 random bytes, mode 0600, in a 0700 directory (on Windows:
    an ACL for this account, SYSTEM and Administrators only; offline_store/key_acl.py).

    Refuses to overwrite an existing file: a new key would make all stored data unreadable.
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(p.parent, 0o700)
    try:
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(
            words("密钥文件已存在：{path}", path=p),
            hint="不会覆盖已有密钥（覆盖会使已存的个人信息无法读取）。如确需新建，请先移走旧文件并确认已备份。",
        ) from None
    try:
        if os.name == "nt":  # NTFS has no mode bits: cut the folder's inherited ACL first
            from offline_store import key_acl

            key_acl.restrict(p)
        os.write(fd, secrets.token_bytes(KEY_SIZE))
        os.fsync(fd)
    finally:
        os.close(fd)
    return p


def load_key_file(path: str | Path) -> bytes:
    """Read the master key, refusing a missing file, a wrong size or permissions wider than 0600."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise KeyFileError(
            words("个人信息密钥文件不存在：{path}", path=p),
            hint="从备份恢复该文件；如果这是全新安装，运行 `yimen db upgrade` 创建新密钥。"
            "没有原密钥，已存的个人信息无法读取。",
        ) from None
    if not stat.S_ISREG(st.st_mode):
        raise KeyFileError(words("密钥路径不是普通文件：{path}", path=p), hint="检查配置 store.key_file。")
    if os.name == "posix" and st.st_mode & 0o077:
        raise KeyFileError(
            words("密钥文件权限过宽 ({mode:04o})，其他用户可以读取：{path}", mode=stat.S_IMODE(st.st_mode), path=p),
            hint=words("运行 chmod 600 {path} 后重试。", path=p),
        )
    if os.name == "nt":
        from offline_store import key_acl

        found = key_acl.check(p)
        if found is not None:
            problem, fix = found
            raise KeyFileError(words("密钥文件权限过宽：{problem}: {path}", problem=problem, path=p), hint=words("以管理员身份运行：{fix}", fix=fix))
    try:
        key = p.read_bytes()
    except PermissionError:
        raise KeyFileError(
            words("无权读取密钥文件：{path}", path=p), hint=words("以 Yimen 服务的用户运行，或执行 chown 把 {path} 交给该用户。", path=p)
        ) from None
    if len(key) != KEY_SIZE:
        raise KeyFileError(
            words("密钥文件长度为 {n_key} 字节，应为 {key_size} 字节：{path}", n_key=len(key), key_size=KEY_SIZE, path=p),
            hint="该文件已损坏或不是 Yimen 的密钥，请从备份恢复。",
        )
    return key


def _derive(master: bytes, label: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SM3(), length=length, salt=None, info=label).derive(master)


def key_id(master: bytes) -> str:
    """The key's fingerprint, 16 hex digits (HKDF with its own label: it reveals nothing of the
    key). Stored in the database and in backups, so a wrong key file is named, not guessed."""
    return _derive(master, _LABEL_KEY_ID, 8).hex()


def hmac_sm3(key: bytes, data: bytes) -> bytes:
    h = hmac.HMAC(key, hashes.SM3())
    h.update(data)
    return h.finalize()


def normalise_id_number(value: str) -> str:
    # GB 11643-1999: the check character X is written in either case; spaces come from typing
    return "".join(value.split()).upper()


class PiiCipher:
    """Encrypts personal data for one column at a time; derived from the master key."""

    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != KEY_SIZE:
            raise KeyFileError(words("主密钥应为 {key_size} 字节，得到 {n_master_key} 字节。", key_size=KEY_SIZE, n_master_key=len(master_key)))
        self._data_key = _derive(master_key, _LABEL_DATA, SM4_KEY_SIZE)
        self._index_key = _derive(master_key, _LABEL_INDEX, 32)
        self.audit_key = _derive(master_key, _LABEL_AUDIT, 32)
        self.key_id = key_id(master_key)

    @classmethod
    def from_key_file(cls, path: str | Path) -> PiiCipher:
        return cls(load_key_file(path))

    def encrypt(self, text: str, *, aad: str) -> bytes:
        return self.encrypt_bytes(text.encode("utf-8"), aad=aad)

    def decrypt(self, blob: bytes, *, aad: str) -> str:
        raw = self.decrypt_bytes(blob, aad=aad)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise StoreError(words("字段 {field} 解密后不是有效文本。", field=aad), hint="数据已损坏，请从备份恢复。") from None

    def encrypt_bytes(self, data: bytes, *, aad: str) -> bytes:
        nonce = secrets.token_bytes(NONCE_SIZE)
        enc = Cipher(algorithms.SM4(self._data_key), modes.GCM(nonce)).encryptor()
        enc.authenticate_additional_data(aad.encode("ascii"))
        body = enc.update(data) + enc.finalize()
        return bytes([FORMAT_V1]) + nonce + body + enc.tag

    def decrypt_bytes(self, blob: bytes, *, aad: str) -> bytes:
        blob = bytes(blob)
        if len(blob) < 1 + NONCE_SIZE + TAG_SIZE or blob[0] != FORMAT_V1:
            raise StoreError(
                words("字段 {field} 的密文格式无法识别。", field=aad), hint="数据已损坏或由更新版本的 Yimen 写入，请从备份恢复。"
            )
        nonce, body, tag = blob[1 : 1 + NONCE_SIZE], blob[1 + NONCE_SIZE : -TAG_SIZE], blob[-TAG_SIZE:]
        dec = Cipher(algorithms.SM4(self._data_key), modes.GCM(nonce, tag)).decryptor()
        dec.authenticate_additional_data(aad.encode("ascii"))
        try:
            return dec.update(body) + dec.finalize()
        except InvalidTag:
            # never echo the data: the column name is what a technician needs
            raise StoreError(
                words("字段 {field} 无法解密（密钥不符或数据被改动）。", field=aad),
                hint="确认 store.key_file 指向本数据库对应的密钥文件；否则从备份恢复数据。",
            ) from None

    def encrypt_optional(self, text: str | None, *, aad: str) -> bytes | None:
        return self.encrypt(text, aad=aad) if text else None

    def decrypt_optional(self, blob: bytes | None, *, aad: str) -> str:
        return self.decrypt(blob, aad=aad) if blob is not None else ""

    def blind_index(self, value: str) -> str:
        """HMAC-SM3 of the normalised ID number (hex): equal numbers give equal indexes."""
        return hmac_sm3(self._index_key, normalise_id_number(value).encode("utf-8")).hex()
