"""The Debian package end to end (slow: it builds the package once for the module).

1. ``installers/debian/build_deb.py`` builds it from this tree.
2. It is unpacked into a scratch root with ``dpkg-deb -x``, and its own interpreter runs with
   an empty environment (``env -i``): nothing of the development venv is on its path.
3. The bundled ``yimen --version`` names this commit, ``yimen db upgrade`` creates a store
   and its key, ``yimen kiosk`` runs offscreen for 5 s and stops on SIGTERM with 0.
4. ``systemd-analyze verify`` passes on the units as shipped.
5. Where this machine allows (root, dpkg, no yimen package installed already), the package
   is really installed, upgraded, refused as a downgrade onto a newer store, removed and
   purged, and what each step keeps or deletes is checked.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.notify import NotifyListener

ROOT = Path(__file__).resolve().parents[2]
GUARD_S = 180

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not all(shutil.which(t) for t in ("dpkg-deb", "patchelf", "ldd")),
        reason="needs dpkg-deb and patchelf (installers/debian/system-deps.sh)",
    ),
]


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installers/debian/build_deb.py"),
            "--out",
            str(out),
            "--work",
            str(out / "work"),
            "--compression",
            "zstd",
        ],
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    shutil.rmtree(out / "work")  # the package alone from here on
    (package,) = out.glob("yimen_*_amd64.deb")
    return package


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=GUARD_S)
    return root


def bare_env(**extra: str) -> dict[str, str]:
    """What a system service starts with: no venv, no PYTHONPATH, no developer's variables."""
    return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **extra}


def bundled(
    root: Path, *argv: str, env: dict[str, str], timeout: float = GUARD_S
) -> subprocess.CompletedProcess[str]:
    python = root / "opt/yimen/bin/python3.11"
    return subprocess.run(
        [str(python), "-I", "-m", "yimen", *argv], env=env, capture_output=True, text=True, timeout=timeout
    )


def test_control_declares_what_the_program_needs_from_debian(deb: Path) -> None:
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    for pkg in ("fonts-noto-cjk", "espeak-ng", "cage", "xwayland", "libzbar0", "adduser", "libssl3"):
        assert f" {pkg}" in depends, f"{pkg} not in {depends}"
    conffiles = subprocess.run(
        ["dpkg-deb", "-I", str(deb), "conffiles"], capture_output=True, text=True, check=True
    )
    assert conffiles.stdout.strip() == "/etc/yimen/yimen.toml"
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in (
        "./usr/bin/yimen",
        "./lib/systemd/system/yimen-kiosk.service",
        "./usr/lib/udev/rules.d/60-yimen.rules",
        "./usr/share/applications/yimen-counter.desktop",
        "./opt/yimen/yimen-installation.toml",
    ):
        assert path in listing, path


def test_bundled_interpreter_is_self_contained_and_names_this_commit(unpacked: Path) -> None:
    env = bare_env()
    head = subprocess.run(["git", "rev-parse", "--short=9", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    version = bundled(unpacked, "--version", env=env)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("yimen 0.") and "(debian, " in version.stdout
    if head.returncode == 0:
        assert f"+g{head.stdout.strip()}" in version.stdout, version.stdout
    python = unpacked / "opt/yimen/bin/python3.11"
    where = subprocess.run(
        [
            str(python),
            "-I",
            "-c",
            "import sys, yimen, PySide6, sqlalchemy; print(sys.path); print(yimen.__file__)",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert ".venv" not in where and str(ROOT) not in where, where
    assert all(str(unpacked) in line for line in where.splitlines()), where
    libs = subprocess.run(["ldd", str(python)], capture_output=True, text=True, check=True).stdout
    assert f"{unpacked}/opt/yimen/bin/../lib/libpython3.11" in libs, libs


def config_for(home: Path) -> Path:
    cfg = home / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{home / "yimen.db"}"\nkey_file = "{home / "keys/pii.key"}"\n'
        f'backup_dir = "{home / "backups"}"\n'
        '[devices]\nallow_simulated = true\nidcard = "simulated"\nprinter = "simulated"\nscanner = "null"\ntts = "null"\n',
        encoding="utf-8",
    )
    return cfg


def test_bundled_db_upgrade_then_kiosk_for_5_s_offscreen(unpacked: Path, tmp_path: Path) -> None:
    home = tmp_path / "var"
    home.mkdir()
    env = bare_env(YIMEN_CONFIG=str(config_for(home)), YIMEN_HOME=str(home))
    up = bundled(unpacked, "db", "upgrade", env=env)
    assert up.returncode == 0, up.stderr
    key = home / "keys/pii.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and key.stat().st_size == 32
    again = bundled(unpacked, "db", "upgrade", env=env)
    assert again.returncode == 0 and "已是最新结构" in again.stdout

    listener = NotifyListener(tmp_path / "notify")
    proc = subprocess.Popen(
        [str(unpacked / "opt/yimen/bin/python3.11"), "-I", "-m", "yimen", "-v", "kiosk"],
        env=env | {"QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": str(listener.path)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = listener.wait_for("READY", "1", timeout=GUARD_S)
        assert ready["STATUS"] == "自助机：首页"
        time.sleep(5)  # the brief: the kiosk runs 5 s from the package (not a synchronisation)
        assert proc.poll() is None, proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=GUARD_S)
        listener.close()
    assert proc.returncode == 0, err
    assert "kiosk stopped (signal)" in err


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="needs systemd-analyze")
def test_shipped_units_pass_systemd_analyze_verify(unpacked: Path, tmp_path: Path) -> None:
    # verify also checks that ExecStart programs exist: /usr/bin/yimen is the unpacked one
    copies = []
    for unit in sorted((unpacked / "lib/systemd/system").glob("yimen-*")):
        copy = tmp_path / unit.name
        copy.write_text(
            unit.read_text(encoding="utf-8").replace("/usr/bin/yimen", str(unpacked / "usr/bin/yimen")),
            encoding="utf-8",
        )
        copies.append(str(copy))
    assert len(copies) >= 3
    done = subprocess.run(["systemd-analyze", "verify", "--man=no", *copies], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


# ---------------------------------------------------------------- a real install on this machine


def _installed() -> bool:
    q = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "yimen"], capture_output=True, text=True)
    return "install ok installed" in q.stdout


def _dpkg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["dpkg", "--force-confold", *args],
        capture_output=True,
        text=True,
        timeout=GUARD_S,
        env=os.environ | {"DEBIAN_FRONTEND": "noninteractive"},
    )


def _with_version(deb: Path, version: str, out: Path) -> Path:
    """The same package under another version number (an upgrade or a downgrade of it)."""
    tree = out / f"tree-{version}"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(tree)], check=True)
    control = tree / "DEBIAN/control"
    text = control.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("Version: ")).split(" ", 1)[1]
    control.write_text(text.replace(f"Version: {old}", f"Version: {version}"), encoding="utf-8")
    for script in ("preinst", "postinst"):
        p = tree / "DEBIAN" / script
        p.write_text(p.read_text(encoding="utf-8").replace(old, version), encoding="utf-8")
    target = out / f"yimen_{version}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Znone", "--build", str(tree), str(target)],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(tree)
    return target


@pytest.fixture
def machine() -> Iterator[None]:
    if os.geteuid() != 0 or not shutil.which("dpkg") or not shutil.which("adduser"):
        pytest.skip("installing needs root, dpkg and adduser")
    if _installed():
        pytest.skip("a yimen package is installed on this machine already: not touching it")
    missing = [
        p
        for p in ("cage", "xwayland", "fonts-noto-cjk", "espeak-ng", "libzbar0")
        if "install ok installed"
        not in subprocess.run(["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True).stdout
    ]
    if missing:
        pytest.skip(f"dependencies not installed: {missing} (installers/debian/system-deps.sh)")
    yield
    _dpkg("--purge", "yimen")


def test_install_upgrade_downgrade_remove_purge(machine: None, deb: Path, tmp_path: Path) -> None:
    v1 = _with_version(deb, "0.0.1~test1", tmp_path)
    v2 = _with_version(deb, "0.0.1~test2", tmp_path)
    v0 = _with_version(deb, "0.0.1~test0", tmp_path)

    first = _dpkg("-i", str(v1))
    assert first.returncode == 0, first.stdout + first.stderr
    key = Path("/etc/yimen/keys/pii.key")
    st = key.stat()
    assert stat.S_IMODE(st.st_mode) == 0o600 and st.st_size == 32
    groups = subprocess.run(["id", "-nG", "yimen"], capture_output=True, text=True).stdout.split()
    assert {"dialout", "lp", "video"} <= set(groups), groups
    db = Path("/var/lib/yimen/yimen.db")
    assert db.exists()
    key_bytes = key.read_bytes()
    # the administrator's edit of the conffile, and data in the store
    conf = Path("/etc/yimen/yimen.toml")
    conf.write_text(
        conf.read_text(encoding="utf-8").replace('id = "T-0001"', 'id = "T-0042"'), encoding="utf-8"
    )
    ticket = subprocess.run(
        ["runuser", "-u", "yimen", "--", "/usr/bin/yimen", "ticket", "issue", "general", "--json"],
        capture_output=True,
        text=True,
        timeout=GUARD_S,
    )
    assert ticket.returncode in (0, 2), ticket.stderr  # 2: the hall is closed at this hour

    up = _dpkg("-i", str(v2))
    assert up.returncode == 0, up.stdout + up.stderr
    assert key.read_bytes() == key_bytes, "the upgrade replaced the PII key"
    assert 'id = "T-0042"' in conf.read_text(encoding="utf-8"), "the upgrade lost the config edit"
    assert db.exists()

    # a newer Yimen migrated the store past what these builds know: the older one is refused
    con = sqlite3.connect(db)
    (rev,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
    con.execute("UPDATE alembic_version SET version_num = '9999_from_a_newer_yimen'")
    con.commit()
    con.close()
    down = _dpkg("-i", str(v0))
    assert down.returncode != 0
    assert "9999_from_a_newer_yimen" in down.stderr and "不能安装" in down.stderr, down.stderr
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version} ${Status}", "yimen"], capture_output=True, text=True
    )
    assert status.stdout == "0.0.1~test2 install ok installed", status.stdout
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = ?", (rev,))
    con.commit()
    con.close()

    removed = _dpkg("--remove", "yimen")
    assert removed.returncode == 0, removed.stderr
    assert not Path("/usr/bin/yimen").exists() and not Path("/opt/yimen/bin").exists()
    assert db.exists() and key.read_bytes() == key_bytes and conf.exists(), "remove must keep data and config"

    purged = _dpkg("--purge", "yimen")
    assert purged.returncode == 0, purged.stderr
    assert not Path("/var/lib/yimen").exists() and not Path("/etc/yimen").exists()
