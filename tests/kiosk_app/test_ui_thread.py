"""The kiosk's tours run with the UI thread watched (tests/kiosk_app/test_elder_accessibility.py
drives every screen so): here, what the watch catches if a view-model did the store's or the
printer's work itself on the UI thread instead of handing it to the runner."""

from __future__ import annotations

import pytest

from shared.domain import ui_thread
from shared.domain.ui_thread import IoOnUiThread
from yimen.demo.kiosk_hall import kiosk_window
from yimen.tour.kiosk import tour_states

pytestmark = pytest.mark.qt


def test_the_tour_watches_the_kiosks_ui_thread(qtbot, ui_thread_guard) -> None:
    with kiosk_window() as (window, hall, case_no):
        states = tour_states(window, hall, case_no)
        assert next(states) == "home"
        assert ui_thread.violations() == [], "the home screen reads the store off the UI thread"
        backend = window.vm.backend
        for wrong in (backend.hall.status, lambda: backend.printing.cancel("ticket-20261117-A001")):
            try:  # swallowed, as a careless view would: the watch keeps it anyway
                wrong()
            except IoOnUiThread:
                pass
        caught = ui_thread.violations()
        assert len(caught) == 2
        assert "unit of work" in caught[0] and "backend/hall.py" in caught[0]
        assert "print job" in caught[1] and "backend/printing.py" in caught[1]
        states.close()
