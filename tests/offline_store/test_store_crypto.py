from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from offline_store.crypto import FORMAT_V1, PiiCipher, create_key_file, load_key_file
from shared.domain.errors import KeyFileError, StoreError

FIXED_KEY = bytes(range(32))


def test_create_key_file_is_private(tmp_path: Path) -> None:
    path = create_key_file(tmp_path / "keys" / "pii.key")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert len(load_key_file(path)) == 32


def test_create_key_file_never_overwrites(tmp_path: Path) -> None:
    path = create_key_file(tmp_path / "pii.key")
    before = path.read_bytes()
    with pytest.raises(KeyFileError, match="已存在"):
        create_key_file(path)
    assert path.read_bytes() == before


def test_two_key_files_differ(tmp_path: Path) -> None:
    assert load_key_file(create_key_file(tmp_path / "a")) != load_key_file(create_key_file(tmp_path / "b"))


def test_missing_key_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KeyFileError, match="不存在") as err:
        load_key_file(tmp_path / "nope.key")
    assert "备份" in err.value.hint


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_key_file_readable_by_others_is_refused_with_the_command_to_fix_it(tmp_path: Path, mode: int) -> None:
    path = create_key_file(tmp_path / "pii.key")
    os.chmod(path, mode)
    with pytest.raises(KeyFileError, match="权限过宽") as err:
        load_key_file(path)
    assert f"chmod 600 {path}" in str(err.value)
    os.chmod(path, 0o600)
    assert len(load_key_file(path)) == 32


@pytest.mark.parametrize("size", [0, 16, 31, 33, 64])
def test_key_file_of_wrong_size_is_refused(tmp_path: Path, size: int) -> None:
    path = tmp_path / "pii.key"
    path.write_bytes(b"k" * size)
    os.chmod(path, 0o600)
    with pytest.raises(KeyFileError, match=f"{size} 字节"):
        load_key_file(path)


def test_key_path_that_is_a_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.key").mkdir()
    with pytest.raises(KeyFileError, match="不是普通文件"):
        load_key_file(tmp_path / "dir.key")


def test_ciphertext_layout() -> None:
    c = PiiCipher(FIXED_KEY)
    blob = c.encrypt("岩温香", aad="people.name_ct")
    assert blob[0] == FORMAT_V1
    assert len(blob) == 1 + 12 + len("岩温香".encode()) + 16
    # random nonce: the same text never gives the same ciphertext
    assert c.encrypt("岩温香", aad="people.name_ct") != blob


@settings(deadline=None)  # SM4-GCM both ways per example: no wall-clock limit under load
@given(st.text(max_size=300), st.sampled_from(["people.name_ct", "cases.delivery_address_ct", "x.y"]))
def test_roundtrip(text: str, aad: str) -> None:
    c = PiiCipher(FIXED_KEY)
    assert c.decrypt(c.encrypt(text, aad=aad), aad=aad) == text


def test_ciphertext_cannot_move_to_another_column() -> None:
    c = PiiCipher(FIXED_KEY)
    blob = c.encrypt("11010519491231002X", aad="people.id_number_ct")
    with pytest.raises(StoreError) as err:
        c.decrypt(blob, aad="people.address_ct")
    assert "people.address_ct" in str(err.value)
    assert "11010519491231002X" not in str(err.value)


def test_tampered_ciphertext_is_refused_naming_the_column() -> None:
    c = PiiCipher(FIXED_KEY)
    blob = bytearray(c.encrypt("13888012345", aad="people.phone_ct"))
    blob[15] ^= 0x01
    with pytest.raises(StoreError, match=r"people\.phone_ct"):
        c.decrypt(bytes(blob), aad="people.phone_ct")


def test_other_key_cannot_decrypt() -> None:
    blob = PiiCipher(FIXED_KEY).encrypt("岩温香", aad="people.name_ct")
    with pytest.raises(StoreError, match="密钥不符"):
        PiiCipher(bytes(32)).decrypt(blob, aad="people.name_ct")


@pytest.mark.parametrize("blob", [b"", b"\x01short", b"\x02" + bytes(40)])
def test_garbage_is_refused(blob: bytes) -> None:
    with pytest.raises(StoreError, match="格式无法识别"):
        PiiCipher(FIXED_KEY).decrypt(blob, aad="people.name_ct")


def test_blind_index_normalises_and_separates() -> None:
    c = PiiCipher(FIXED_KEY)
    a = c.blind_index("11010519491231002X")
    assert a == c.blind_index("11010519491231002x") == c.blind_index(" 110105 19491231 002X ")
    assert a != c.blind_index("440524188001010014")
    assert len(a) == 64 and int(a, 16) >= 0
    # keyed: another installation's index of the same number is unrelated
    assert a != PiiCipher(bytes(32)).blind_index("11010519491231002X")


def test_subkeys_are_distinct() -> None:
    c = PiiCipher(FIXED_KEY)
    assert c.audit_key != FIXED_KEY and len(c.audit_key) == 32
    assert c.blind_index("x") != c.audit_key.hex()


def test_wrong_master_key_size() -> None:
    with pytest.raises(KeyFileError):
        PiiCipher(b"short")
