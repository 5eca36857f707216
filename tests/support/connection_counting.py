"""A local HTTP server that notes the connection each request came on: for tests of which connections a client
keeps and which it lets go (bot/rasa_client.py, bot/rasa_plugins/action_connections.py)."""
from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from aiohttp import web
from aiohttp.test_utils import TestServer


@asynccontextmanager
async def connection_counting_server(method: str, path: str, answer: Any) -> AsyncIterator[tuple[TestServer, set[int]]]:
    """Answers `method` `path` with the JSON `answer`; the set holds one id per connection a request came on."""
    connections: set[int] = set()
    # Kept alive while the server runs: a transport freed after its connection closed could otherwise leave its
    # id to the next one, and two connections would count as one.
    transports: list[object] = []

    async def handle(request: web.Request) -> web.Response:
        assert request.transport is not None
        transports.append(request.transport)
        connections.add(id(request.transport))
        return web.json_response(answer)

    app = web.Application()
    app.router.add_route(method, path, handle)
    server = TestServer(app)
    await server.start_server()
    try:
        yield server, connections
    finally:
        await server.close()
