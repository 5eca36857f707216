"""Upgrading a database kept from an earlier version: nothing a person or a call handler relied on is lost,
and the result is exactly the schema this version declares (bot/storage/schema_upgrade.py)."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine

from bot.storage.database import create_engine
from bot.storage.schema import conversations, metadata
from bot.storage.schema_upgrade import current_revision, newest_revision, upgrade


# Tables made by a revision after 0001_before_migrations.
ADDED_BY_REVISIONS = ("assistant_backlog",)
# Columns added to older tables by a later revision: table -> columns.
COLUMNS_ADDED_BY_REVISIONS = {"outbox": ("claimed_by", "claimed_until", "sending_since"),
                              "reports": ("turn_key",), "report_additions": ("turn_key",)}


def _engine(tmp_path: Path) -> Engine:
    return create_engine(f"sqlite:///{tmp_path / 'speakup.db'}")


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), metadata))


def _database_before_migrations(engine: Engine) -> None:
    """The tables as SpeakUp created them before migrations: `mode` where `status` is now."""
    before = sa.MetaData()
    for table in metadata.sorted_tables:
        # Tables a later revision creates were not there yet.
        if table.name in ("conversations", *ADDED_BY_REVISIONS):
            continue
        added = COLUMNS_ADDED_BY_REVISIONS.get(table.name, ())
        if not added:
            table.to_metadata(before)
            continue
        kept = [column.copy() for column in table.columns if column.name not in added]
        # Indexes declared on the table (a column's own index=True comes with its copy).
        indexes = [sa.Index(index.name, *(column.name for column in index.columns))
                   for index in table.indexes if not any(column.index for column in index.columns)]
        # A column's copy leaves its foreign key behind (it belongs to the table's constraint by now).
        foreign_keys = [sa.ForeignKeyConstraint([key.parent.name], [key.target_fullname]) for key in table.foreign_keys]
        sa.Table(table.name, before, *kept, *indexes, *foreign_keys)
    columns = [column.copy() for column in conversations.columns if column.name != "status"]
    sa.Table("conversations", before, *columns,
             sa.Column("mode", sa.String(16), nullable=False, server_default="bot"),
             sa.Index("ix_conversations_mode", "mode", "handoff_requested_at"))
    before.create_all(engine)


def test_a_new_database_gets_the_declared_schema_at_the_newest_revision(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    upgrade(engine)
    with engine.connect() as connection:
        assert current_revision(connection) == newest_revision()
    assert _differences(engine) == []
    upgrade(engine)  # again: nothing to do, nothing broken
    assert _differences(engine) == []


def test_a_database_from_before_migrations_keeps_who_holds_each_conversation(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    _database_before_migrations(engine)
    held = {  # conversation -> (mode, waiting since?) as the earlier version stored them
        "talking": ("bot", False), "waiting": ("bot", True), "with-handler": ("human", True), "closed": ("closed", False),
    }
    with engine.begin() as connection:
        for conversation_id, (mode, waiting) in held.items():
            connection.execute(sa.text(
                "INSERT INTO conversations (id, channel, created_at, last_activity_at, mode, danger, language_chosen,"
                " handoff_requested_at, handler_id) VALUES (:id, 'web', :now, :now, :mode, 0, 0, :since, :handler)"),
                {"id": conversation_id, "now": "2026-11-30 10:00:00", "mode": mode,
                 "since": "2026-11-30 10:05:00" if waiting else None, "handler": 3 if mode == "human" else None})
    upgrade(engine)
    with engine.connect() as connection:
        rows = {row.id: row for row in connection.execute(sa.select(conversations))}
        assert current_revision(connection) == newest_revision()
    assert {cid: row.status for cid, row in rows.items()} == {
        "talking": "assistant", "waiting": "waiting", "with-handler": "handler", "closed": "closed"}
    assert rows["with-handler"].handler_id == 3 and rows["waiting"].handoff_requested_at is not None
    assert _differences(engine) == []
