"""Brings a database to the schema this version of SpeakUp needs, with Alembic (bot/storage/migrations/).

A new, empty database gets every table at once (create_all) and is stamped as current. A database made
before SpeakUp had migrations (tables, but no alembic_version) is stamped as that first schema and upgraded
from there. Any other is upgraded to the newest revision. The launcher runs this once before it starts
the processes; the hub and the action server run it too when started alone (then it finds nothing to do).
A new column or table is a new revision in bot/storage/migrations/versions/ (tests/bot/storage/
test_schema_upgrade.py checks that the newest revision gives exactly the tables schema.py declares)."""
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from bot.storage.schema import metadata

MIGRATIONS = Path(__file__).parent / "migrations"
BEFORE_MIGRATIONS = "0001_before_migrations"


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def newest_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Creates or upgrades SpeakUp's tables, in one transaction where the database allows it."""
    with engine.begin() as connection:
        config = _config(connection)
        tables = set(sa.inspect(connection).get_table_names())
        if "conversations" not in tables:
            metadata.create_all(connection)
            command.stamp(config, "head")
            return
        if "alembic_version" not in tables:
            command.stamp(config, BEFORE_MIGRATIONS)
        command.upgrade(config, "head")
        # Tables added without a revision of their own (none yet) would be made here: create_all skips
        # what exists, so an upgraded database ends with every table schema.py declares.
        metadata.create_all(connection, checkfirst=True)
