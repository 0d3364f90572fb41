"""yimen kiosk | counter | display | tour — the three Qt programs and their screenshot tour."""

from __future__ import annotations

import argparse
import gc
import os
from pathlib import Path

from shared.domain.errors import ValidationError
from yimen.commands._common import settings_of
from yimen.gui_exit import end_gui_process
from yimen.output import emit_error, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    for name, help_ in (
        ("kiosk", "the 24-hour self-service kiosk (full screen; --windowed for development)"),
        ("counter", "the comprehensive window's app for clerks"),
        ("display", "the hall display board with voice announcements"),
    ):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--windowed", action="store_true", help="a normal window instead of full screen")
        p.set_defaults(func=_start, app=name)
    t = sub.add_parser("tour", help="drive every screen on simulated devices and write one PNG per screen")
    t.add_argument("--app", choices=["kiosk", "counter", "display"], required=True)
    t.add_argument("--out", required=True, type=Path)
    t.add_argument("--elder", action="store_true", help="kiosk: elderly mode")
    t.add_argument("--scheme", default="standard", help="kiosk: standard | dark | light (high contrast)")
    t.add_argument("--landscape", action="store_true", help="kiosk: 1920×1080 instead of portrait 1080×1920")
    t.add_argument(
        "--language",
        default="zh_CN",
        help="zh_CN | en: the kiosk's, the display board's, or the counter's evaluator screen (docs/translations.md)",
    )
    t.add_argument(
        "--check",
        action="store_true",
        help="screen check: fail on clipped or elided text, overlapping controls, small elderly targets or text",
    )
    t.set_defaults(func=_tour)


def _start(args: argparse.Namespace) -> int:
    # Start-up imports build ~0.5 million long-lived objects (Qt wrappers, SQLAlchemy, pydantic
    # models): the cyclic collector walked them all three times during a kiosk's start (~0.1 s
    # of its cold start). It stays paused until the app's first ready() (shared/ui/lifecycle.py),
    # which freezes what start-up made and turns it back on.
    gc.disable()
    settings = settings_of(args)
    if args.app == "kiosk":
        from kiosk_app.app import run

        code = run(settings, windowed=args.windowed or None)
    elif args.app == "counter":
        from counter_app.app import run as run_counter

        code = run_counter(settings)
    else:
        from counter_app.display import run_display

        code = run_display(settings)
    end_gui_process(code)
    return code  # not reached: end_gui_process ends the process


def _tour(args: argparse.Namespace) -> int:
    # screenshots need no screen: render offscreen unless told otherwise
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from yimen.tour import screen_check

    if args.check:
        os.environ[screen_check.ENVIRONMENT] = "1"
    try:
        paths = _tour_paths(args)
    except screen_check.ScreenCheckFailed as e:  # every screen was still written
        head, *findings = str(e).splitlines()
        emit_error(head, "截图已全部写出；请按上面列出的界面、控件和尺寸修正布局。", details=[f.strip() for f in findings])
        return 1
    emit_lines([str(p) for p in paths])
    return 0


def _tour_paths(args: argparse.Namespace) -> list[Path]:
    from shared.ui.i18n import available_languages

    languages = available_languages()
    if args.language not in languages:
        raise ValidationError(
            f"没有语言“{args.language}”的翻译。",
            hint=f"可选：{'、'.join(languages)}（shared/ui/translations/yimen_<语言>.ts，见 docs/translations.md）。",
        )
    if args.app == "kiosk":
        from yimen.tour.kiosk import run_tour

        try:
            paths = run_tour(
                out_dir=args.out,
                elder=args.elder,
                scheme=args.scheme,
                portrait=not args.landscape,
                language=args.language,
            )
        except ValueError as e:  # an unknown colour scheme names the known ones
            raise ValidationError(str(e), hint="可选配色：standard、dark、light。") from None
    else:
        from yimen.tour.counter import run_tour as run_counter_tour

        paths = run_counter_tour(out_dir=args.out, app=args.app, language=args.language)
    return paths
