"""The published OpenAPI description names exactly the routes the reference platform serves."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from reference_platform.api import ROUTES

DOC = Path(__file__).resolve().parents[2] / "docs" / "upstream-openapi.yaml"


def test_every_served_route_is_documented_and_nothing_else() -> None:
    paths = yaml.safe_load(DOC.read_text(encoding="utf-8"))["paths"]
    documented = {
        (method.upper(), re.sub(r"\{(\w+)\}", r"(?P<\1>", path))
        for path, ops in paths.items()
        for method in ops
        if method != "parameters"
    }
    served = {
        (m, re.sub(r"\(\?P<(\w+)>[^)]*\)", r"(?P<\1>", pattern.pattern)) for m, pattern, _h, _mut in ROUTES
    }
    assert documented == served
