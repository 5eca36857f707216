"""Which errors mean "the database cannot be reached" (a 503, said once in the log) and which are bugs (a
500 with a traceback); the 503 every route answers; the log said once each way; the loops' backoff.
The real thing, PostgreSQL stopped and started under the hub, is tests/test_database_outage.py."""
from __future__ import annotations

import logging
import sqlite3

import pytest
import sqlalchemy as sa
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.http_errors import error_middleware
from bot.storage.outage import RETRY_AFTER_SECONDS, Backoff, DatabaseUnavailable, OutageLog, is_unreachable


class PostgresOperationalError(Exception):
    """Stands for psycopg2.OperationalError: refused, reset, "terminating connection"..."""


def operational(orig: Exception) -> sa.exc.OperationalError:
    return sa.exc.OperationalError("SELECT text FROM messages WHERE id = %(id)s", {"id": 7}, orig)


@pytest.mark.parametrize("error", [
    operational(PostgresOperationalError("connection to server failed")),
    sa.exc.InterfaceError("SELECT 1", {}, PostgresOperationalError("connection already closed")),
    sa.exc.TimeoutError("QueuePool limit of size 5 overflow 10 reached"),
    operational(sqlite3.OperationalError("database is locked")),
    operational(sqlite3.OperationalError("unable to open database file")),
    sa.exc.DBAPIError("SELECT 1", {}, PostgresOperationalError("gone"), connection_invalidated=True),
])
def test_an_unreachable_database_is_told_apart(error: Exception) -> None:
    assert is_unreachable(error)


@pytest.mark.parametrize("error", [
    operational(sqlite3.OperationalError("no such table: messages")),
    sa.exc.IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed")),
    sa.exc.ProgrammingError("SELECT", {}, PostgresOperationalError("syntax error")),
    ValueError("not a database error"),
])
def test_a_mistake_is_not_an_outage(error: Exception) -> None:
    assert not is_unreachable(error)


def raising(error: Exception) -> web.Application:
    async def handler(_request: web.Request) -> web.Response:
        raise error

    app = web.Application(middlewares=[error_middleware])
    app.router.add_post("/api/chat/sessions", handler)
    return app


@pytest.mark.parametrize("error", [
    DatabaseUnavailable("psycopg2.OperationalError"),
    # From code that went round Database (so not logged there): still a 503, not a 500.
    operational(PostgresOperationalError("server closed the connection unexpectedly")),
])
async def test_every_route_answers_503_with_retry_after_and_the_apis_error(
    error: Exception, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(TestServer(raising(error)))
    await client.start_server()
    try:
        response = await client.post("/api/chat/sessions")
        assert response.status == 503
        assert response.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
        assert (await response.json())["error"]["code"] == "database_unavailable"
    finally:
        await client.close()
    # No traceback per request, and never the statement or its parameters (what a person wrote).
    assert not [record for record in caplog.records if record.exc_info or record.levelno >= logging.ERROR]
    assert "messages WHERE" not in caplog.text


async def test_a_bug_is_still_a_500_with_its_traceback(caplog: pytest.LogCaptureFixture) -> None:
    client = TestClient(TestServer(raising(operational(sqlite3.OperationalError("no such table: messages")))))
    await client.start_server()
    try:
        response = await client.post("/api/chat/sessions")
        assert response.status == 500
    finally:
        await client.close()
    assert [record.exc_info is not None for record in caplog.records if record.name == "bot.http_errors"] == [True]


def test_the_outage_is_logged_once_when_it_begins_and_once_when_it_ends(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="bot.storage")
    outage = OutageLog()
    outage.succeeded()
    for _ in range(3):
        outage.failed("psycopg2.OperationalError")
    assert outage.down
    for _ in range(3):
        outage.succeeded()
    assert not outage.down
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "the database cannot be reached (psycopg2.OperationalError): answering 503 and retrying until it is back"),
        ("INFO", "the database is back"),
    ]


def test_the_loops_wait_longer_each_time_and_start_again_from_the_first_pause() -> None:
    backoff = Backoff(first=1.0, longest=5.0)
    assert [backoff.failed() for _ in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    backoff.succeeded()
    assert backoff.failed() == 1.0
