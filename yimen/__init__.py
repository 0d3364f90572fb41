"""Yimen (一门): the command line and composition roots of the hall software."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("yimen")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+src"
