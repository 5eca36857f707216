"""The hub's connections to the Rasa servers and the action server (bot/rasa_client.py `internal_session`):
one left idle is let go before those servers close it, so that a health check or a turn never goes out on a
connection the server is closing (that read as the action server being down: a person's first message was
kept and "the assistant isn't available" said, in CI)."""
from __future__ import annotations

import asyncio
from typing import AsyncIterator

import pytest
from aiohttp.test_utils import TestServer
from sanic.config import DEFAULT_CONFIG

from bot import rasa_client
from bot.assistant_contract import IDLE_CONNECTION_SECONDS, SERVER_KEEP_ALIVE_SECONDS
from bot.rasa_plugins import action_connections
from tests.support.connection_counting import connection_counting_server


def test_the_keep_alive_counted_on_is_the_one_rasa_and_the_action_server_have() -> None:
    # Both are Sanic apps with Sanic's default; a Sanic that closed sooner would bring the race back.
    assert DEFAULT_CONFIG["KEEP_ALIVE_TIMEOUT"] == SERVER_KEEP_ALIVE_SECONDS
    assert IDLE_CONNECTION_SECONDS < SERVER_KEEP_ALIVE_SECONDS
    assert action_connections.IDLE_SECONDS == IDLE_CONNECTION_SECONDS


@pytest.fixture
async def health_server() -> AsyncIterator[tuple[TestServer, set[int]]]:
    async with connection_counting_server("GET", "/health", {}) as running:
        yield running


async def test_the_hub_reuses_a_connection_in_use_and_lets_an_idle_one_go(
    health_server: tuple[TestServer, set[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, connections = health_server
    monkeypatch.setattr(rasa_client, "IDLE_CONNECTION_SECONDS", 0.05)
    async with rasa_client.internal_session() as http:
        for _ in range(2):
            async with http.get(server.make_url("/health")) as response:
                assert response.status == 200
        assert len(connections) == 1
        await asyncio.sleep(1.2)  # aiohttp looks at idle connections about once a second
        async with http.get(server.make_url("/health")) as response:
            assert response.status == 200
    assert len(connections) == 2
