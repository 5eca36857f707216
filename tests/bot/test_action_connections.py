"""The Rasa server keeps its connections to the action server (bot/rasa_plugins/action_connections.py):
Rasa's own EndpointConfig made a new connection for every call."""
from __future__ import annotations

import asyncio
from typing import AsyncIterator

import pytest
from aiohttp.test_utils import TestServer
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins import action_connections
from tests.support.connection_counting import connection_counting_server


@pytest.fixture
async def action_server() -> AsyncIterator[tuple[TestServer, set[int]]]:
    """A server answering every POST with no events, noting each connection a request came on."""
    async with connection_counting_server("POST", "/webhook", {"events": [], "responses": []}) as running:
        yield running


async def test_calls_to_the_action_server_share_one_connection(action_server: tuple[TestServer, set[int]]) -> None:
    server, connections = action_server
    action_connections.apply()
    endpoint = EndpointConfig(url=str(server.make_url("/webhook")))
    for _call in range(3):
        assert await endpoint.request(json={"next_action": "action_x"}, method="post") == {"events": [], "responses": []}
    assert len(connections) == 1
    async with endpoint.session() as session:
        assert not session.closed
    await session.close()


async def test_a_connection_idle_longer_than_the_servers_keep_alive_allows_is_not_reused(
    action_server: tuple[TestServer, set[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, connections = action_server
    monkeypatch.setattr(action_connections, "IDLE_SECONDS", 0.05)
    action_connections.apply()
    endpoint = EndpointConfig(url=str(server.make_url("/webhook")))
    await endpoint.request(json={}, method="post")
    await asyncio.sleep(1.2)  # aiohttp looks at idle connections about once a second
    await endpoint.request(json={}, method="post")
    assert len(connections) == 2
    async with endpoint.session() as session:
        await session.close()
