"""Covering indexes for the manager's figures over a long period (issue 11: the year's figures
had grown slower than the tree of 2026-12-04 allowed).

- tickets (hall_code, day, state, issued_at, called_at) replaces (hall_code, day, state): the
  daily series reads a year's tickets from the index alone, without a look-up into the table
  for each ticket's times. The board and the queue keep the prefix they search by; a ticket's
  issue time never changes and its call time changes with its state, so writes touch no more
  index entries than before.
- evaluations (created_at, target_kind, subject, window_no, clerk, level, is_default) replaces
  (created_at): the three review figures (per window and clerk, per category, per level) read
  the period's reviews from the index alone.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TICKET_DAY = ["hall_code", "day", "state", "issued_at", "called_at"]
REVIEW_FIGURES = ["created_at", "target_kind", "subject", "window_no", "clerk", "level", "is_default"]


def upgrade() -> None:
    op.drop_index("ix_tickets_hall_code_day_state", table_name="tickets")
    op.create_index("ix_tickets_hall_day", "tickets", TICKET_DAY, unique=False)
    op.drop_index(op.f("ix_evaluations_created_at"), table_name="evaluations")
    op.create_index("ix_evaluations_figures", "evaluations", REVIEW_FIGURES, unique=False)


def downgrade() -> None:
    op.drop_index("ix_evaluations_figures", table_name="evaluations")
    op.create_index(op.f("ix_evaluations_created_at"), "evaluations", ["created_at"], unique=False)
    op.drop_index("ix_tickets_hall_day", table_name="tickets")
    op.create_index("ix_tickets_hall_code_day_state", "tickets", ["hall_code", "day", "state"], unique=False)
