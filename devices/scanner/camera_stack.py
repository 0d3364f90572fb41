"""Whether this machine has the camera's QR stack, and the plain words when it has not.

The camera (and the file and simulated scanners, which read frames the same way) need
OpenCV, numpy and zxing-cpp: 231 MiB installed (bench/results/camera_extra.json). A kiosk
with a keyboard-wedge or serial scanner needs none of them, so they are the install extra
``yimen[camera]`` (pyproject.toml; the Debian package carries them unless built
``--without-camera``, docs/install.md). Nothing camera-related is imported until a camera
is configured; a camera configured without the extra is refused with what to install.
"""

from __future__ import annotations

import importlib

from shared.domain.errors import ConfigError
from shared.domain.words import words

# the import names of the camera extra's packages (pyproject.toml, [project.optional-dependencies] camera)
CAMERA_MODULES = {"cv2": "opencv-python-headless", "numpy": "numpy", "zxingcpp": "zxing-cpp"}
INSTALL_HINT = 'pip install "yimen[camera]"'


def camera_stack_missing() -> list[str]:
    """The camera extra's packages this Python cannot import ([] when all are there).
    Imported for real, not looked up: a wheel whose shared libraries do not load counts as
    missing too (the camera source imports them next anyway)."""
    missing = []
    for module, package in CAMERA_MODULES.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(package)
    return missing


def require_camera_stack(what: str) -> None:
    """Raise a ConfigError naming the missing packages and what to install, for ``what``
    (the scanner setting that needs them)."""
    missing = camera_stack_missing()
    if missing:
        raise ConfigError(
            words("扫码设为 {what}，但本机没有装摄像头扫码组件（缺 {missing}）。", what=what, missing="、".join(missing)),
            hint=words("安装它们：{install_hint}（Debian 包：装不带 --without-camera 构建的 yimen 包）；本机用扫码枪时，把 scanner 设为 wedge 或 serial。", install_hint=INSTALL_HINT),
        )
