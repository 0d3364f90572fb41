"""What every sub-command shares: settings, the hall context, the actor of the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the heavy modules load only when a command runs, not to build the parser
    from shared.domain.settings import Settings
    from shared.services.actor import Actor
    from shared.services.context import HallContext


def settings_of(args: argparse.Namespace) -> Settings:
    from shared.domain.settings import load_settings

    return load_settings(getattr(args, "config", None))


def open_context(args: argparse.Namespace, *, create_key: bool = False) -> HallContext:
    from shared.services.context import HallContext

    return HallContext.open(settings_of(args), create_key=create_key)


def cli_actor(ctx: HallContext) -> Actor:
    from shared.services.actor import Actor

    return Actor.system(ctx.settings.terminal.id)


def add_json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON document")
