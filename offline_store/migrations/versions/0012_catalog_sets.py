"""Catalog sync in seconds (issue 13): each version names the document set it reads, so a
delta changes one set in place and a download fills a set of its own before the switch; each
document keeps its platform hash, so a delta is checked without reading every document.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("catalog_versions", sa.Column("documents_of", sa.String(64), nullable=True))
    op.execute("UPDATE catalog_versions SET documents_of = version")
    op.add_column("catalog_documents", sa.Column("sha", sa.String(64), nullable=True))
    op.create_index(
        "ix_catalog_documents_version_kind_code_sha", "catalog_documents", ["version", "kind", "code", "sha"]
    )


def downgrade() -> None:
    op.drop_index("ix_catalog_documents_version_kind_code_sha", table_name="catalog_documents")
    with op.batch_alter_table("catalog_documents") as batch:
        batch.drop_column("sha")
    with op.batch_alter_table("catalog_versions") as batch:
        batch.drop_column("documents_of")
