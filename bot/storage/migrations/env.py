"""Alembic's environment for SpeakUp: run by bot/storage/migrations.py on a connection it is given (never
from alembic.ini or a URL of its own), so the hub, the launcher and the tests migrate the same way."""
from __future__ import annotations

from alembic import context

from bot.storage.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
