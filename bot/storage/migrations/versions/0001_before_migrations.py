"""The schema as SpeakUp created it before it had migrations (create_all at commit 3281e61).

A database made then has every table but no alembic_version: bot/storage/migrations.py stamps it with
this revision and upgrades it from here. Nothing to do in itself.

Revision ID: 0001_before_migrations
Revises:
"""
from __future__ import annotations

revision = "0001_before_migrations"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
