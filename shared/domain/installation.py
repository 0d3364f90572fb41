"""Where an installed Yimen keeps its configuration and data, and where a user install does.

A package build (``make package``: the Debian package, the Windows installer) writes a small
TOML file, ``yimen-installation.toml``, beside the interpreter it ships (``sys.prefix``):

```toml
kind = "debian"
config_file = "/etc/yimen/yimen.toml"
data_dir = "/var/lib/yimen"
```

Its presence makes the program a *system install*: it reads the administrator's
``config_file`` by default and keeps its data in ``data_dir`` (the Filesystem Hierarchy
Standard places for a Debian package; ``%ProgramData%`` on Windows, whose variables are
expanded). Without it the program runs as a *user install* (a developer's checkout, a ``pip
install``): the XDG folders of the user through platformdirs, ``~/.config/yimen/yimen.toml``
when it exists and ``~/.local/share/yimen``.

``--config FILE``, ``$YIMEN_CONFIG`` and ``$YIMEN_HOME`` win over both, in that order.
"""

from __future__ import annotations

import os
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from shared.domain.words import words

MARKER_NAME = "yimen-installation.toml"
APP_NAME = "yimen"


@dataclass(frozen=True, slots=True)
class Installation:
    kind: str  # "debian", "windows" for a system install; "user" otherwise
    config_file: Path | None  # the system's configuration; None: the user's, when it exists
    data_dir: Path
    marker: Path | None  # the file that said so; None for a user install

    @property
    def is_system(self) -> bool:
        return self.marker is not None


def _user_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def _user_config_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "yimen.toml"


def find_installation(prefix: str | Path | None = None) -> Installation:
    """The installation the running interpreter belongs to (``prefix``: for tests).

    A marker that cannot be read is not silently ignored: the program would otherwise start
    on a developer's defaults on a kiosk, with an empty database beside the real one.
    """
    marker = Path(prefix if prefix is not None else sys.prefix) / MARKER_NAME
    try:
        text = marker.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Installation(kind="user", config_file=None, data_dir=_user_data_dir(), marker=None)
    try:
        doc = tomllib.loads(text)
        kind, config_file, data_dir = str(doc["kind"]), str(doc["config_file"]), str(doc["data_dir"])
    except (tomllib.TOMLDecodeError, KeyError) as e:
        from shared.domain.errors import ConfigError

        raise ConfigError(
            words("安装标记文件 {marker} 已损坏：{error}", marker=marker, error=e),
            hint="重新安装 Yimen 软件包（apt-get install --reinstall yimen）。",
        ) from None
    return Installation(
        kind=kind,
        config_file=Path(os.path.expandvars(config_file)),
        data_dir=Path(os.path.expandvars(data_dir)),
        marker=marker,
    )


ConfigSource = Literal["--config", "YIMEN_CONFIG", "system", "user", "built-in defaults"]


def default_config_file(
    installation: Installation | None = None,
) -> tuple[Path | None, ConfigSource]:
    """The settings file to read when neither ``--config`` nor ``$YIMEN_CONFIG`` names one.

    A system install always names its file (a missing one is an error for the caller to
    report: the package's conffile was deleted); a user install names its XDG file only when
    the user has written one.
    """
    inst = installation or find_installation()
    if inst.is_system:
        return inst.config_file, "system"
    user = _user_config_file()
    if user.is_file():
        return user, "user"
    return None, "built-in defaults"


def default_data_dir(installation: Installation | None = None) -> Path:
    """``$YIMEN_HOME``, else the installation's data folder."""
    home = os.environ.get("YIMEN_HOME")
    if home:
        return Path(home)
    return (installation or find_installation()).data_dir
