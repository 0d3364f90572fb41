"""``yimen tour --app counter|display`` writes one PNG per screen, each a real picture, and
does no store or print-spool I/O on the UI thread while it drives the screens; every screen
passes the screen check as it is shot (issue 16, point 8: no clipped or elided text, no
overlapping controls)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from yimen.tour.counter import run_tour

pytestmark = [pytest.mark.qt, pytest.mark.slow]


@pytest.mark.parametrize(
    ("app", "count", "size"), [("counter", 26, (1600, 900)), ("display", 5, (1920, 1080))]
)
def test_tour_writes_one_picture_per_screen(qapp, ui_thread_guard, screen_check, tmp_path, app, count, size) -> None:
    paths = run_tour(out_dir=tmp_path, app=app)
    assert len(paths) == count and len({p.name for p in paths}) == count
    for p in paths:
        image = QImage(str(p))
        assert not image.isNull() and (image.width(), image.height()) in (size, (1280, 760))
        # not a blank screen: the grab holds more than a couple of colours
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
        }
        assert len(colours) > 4


def test_tour_refuses_an_unknown_app(tmp_path) -> None:
    with pytest.raises(ValueError):
        run_tour(out_dir=tmp_path, app="kiosk")
