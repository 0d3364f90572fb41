"""What a review was about, kept on the review: the ticket's category (the one it was served
under) for a window's 一次一评, the item code for a case's 一事一评. The manager's figures put
every review on its category or item line; reading that from the review itself is a scan of the
period's reviews instead of a lookup into the year's tickets for each one (issue 11: the year's
figures had grown 16 % slower with the join).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("evaluations") as batch:
        batch.add_column(sa.Column("subject", sa.String(64), nullable=False, server_default=""))
    # the reviews already stored take their subject from what they reviewed
    op.execute(
        "UPDATE evaluations SET subject = COALESCE(("
        "SELECT COALESCE(tickets.target_category, tickets.category) FROM tickets "
        "WHERE tickets.id = evaluations.target_no), '') WHERE target_kind = 'ticket'"
    )
    op.execute(
        "UPDATE evaluations SET subject = COALESCE(("
        "SELECT cases.item_code FROM cases WHERE cases.case_no = evaluations.target_no), '') "
        "WHERE target_kind = 'case'"
    )


def downgrade() -> None:
    with op.batch_alter_table("evaluations") as batch:
        batch.drop_column("subject")
