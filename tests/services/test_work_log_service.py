"""Checking the work log's chain is the manager's (and the command line's) job, not a window's."""

from __future__ import annotations

import pytest

from shared.domain.errors import PermissionDenied
from shared.services import tickets
from shared.services.actor import Actor, Role
from shared.services.work_log import verify_work_log


def test_the_manager_checks_the_chain_and_a_window_may_not(ctx, kiosk, clerk) -> None:
    tickets.issue_ticket(ctx, category="general", actor=kiosk)
    manager = Actor(user="admin", role=Role.MANAGER, terminal_id="T-0009")
    report = verify_work_log(ctx, actor=manager)
    assert report.ok and report.rows_checked >= 2  # the catalog import and the ticket
    assert verify_work_log(ctx, actor=Actor.system()).rows_checked == report.rows_checked
    for outsider in (clerk, kiosk, Actor.display("T-0900")):
        with pytest.raises(PermissionDenied, match="核验工作日志"):
            verify_work_log(ctx, actor=outsider)
