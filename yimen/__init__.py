"""Yimen (一门): the command line and composition roots of the hall software."""

from __future__ import annotations

try:  # written by setuptools-scm from git when the package or a wheel is built
    from yimen._version import __version__
except ImportError:  # a source tree that was never installed
    from importlib.metadata import PackageNotFoundError, version

    try:
        __version__ = version("yimen")
    except PackageNotFoundError:
        __version__ = "0.0.0+src"
