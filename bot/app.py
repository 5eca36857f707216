"""The hub: the one public door. Builds the aiohttp application from small handlers and typed state."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import AsyncIterator, Callable

from aiohttp import web

from bot.app_keys import DATABASE, DELIVERERS, HANDOFF, LOCKS, NOTIFIER, RASA, ROUTER, SEALER, SETTINGS, STATUS_EVENTS, TEXTS
from bot.config import PROJECT_ROOT
from bot.event_stream import end_streams_on_shutdown
from bot.http_errors import error_middleware
from bot.services import HubServices
from bot.storage.outage import RETRY_AFTER_SECONDS
from bot.web_common import MAX_REQUEST_BYTES, security_headers
from channels import CHANNEL_SETUPS

log = logging.getLogger(__name__)


async def healthz(request: web.Request) -> web.Response:
    """200 only when the database, the assistant (every Rasa server, with a model) and the action server all
    answer; else 503 naming the parts that are down ("rasa", or "rasa-2" and so on with RASA_SERVERS), for a
    load balancer and for whoever is on call. The hub itself answers either way: the web chat still loads;
    people whose conversations a Rasa server down holds are told the assistant is unavailable (the others
    are answered), and without the database every chat request is a 503 the widget explains."""
    rasa = request.app[RASA]
    checks = {
        "database": await request.app[DATABASE].run_ping(),
        **await rasa.servers_ready(),
        "action_server": await rasa.action_server_ready(),
    }
    down = [part for part, answering in checks.items() if not answering]
    if not down:
        return web.json_response({"status": "ok", "checks": checks})
    body = {"status": "unavailable", "checks": checks, "down": down, "message": _health_message(down)}
    response = web.json_response(body, status=503)
    if not checks["database"]:
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


def _health_message(down: list[str]) -> str:
    """What whoever is on call reads: which part is down, and what people meet meanwhile."""
    told = []
    if "database" in down:
        told.append("the database cannot be reached: chat requests and webhooks are answered 503, and "
                    "the hub carries on by itself once it is back")
    assistant = [part for part in down if part != "database"]
    if assistant:
        told.append(f"the assistant is not answering ({', '.join(assistant)} down): "
                    "people are told the assistant is unavailable")
    return "The hub is up; " + "; ".join(told) + "."


async def openapi(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(PROJECT_ROOT / "docs" / "openapi.yaml", headers={"Content-Type": "application/yaml"})


def replaying(services: HubServices) -> Callable[[web.Application], AsyncIterator[None]]:
    """Runs the replay worker (bot/replay.py) while the app serves; it starts once the app has started,
    after every channel registered its deliverer, so what it replays reaches the person."""

    async def run(_app: web.Application) -> AsyncIterator[None]:
        task = asyncio.create_task(services.replayer.run(), name="replay kept turns")
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    return run


def create_app(services: HubServices) -> web.Application:
    """The hub's application on the shared services (bot/services.py), each under its typed key, with
    every channel wired in."""
    app = web.Application(middlewares=[security_headers, error_middleware], client_max_size=MAX_REQUEST_BYTES)
    app[SETTINGS] = services.settings
    app[TEXTS] = services.texts
    app[DATABASE] = services.database
    app[NOTIFIER] = services.notifier
    app[LOCKS] = services.locks
    app[STATUS_EVENTS] = services.status_events
    app[SEALER] = services.sealer
    app[RASA] = services.rasa
    app[ROUTER] = services.router
    app[HANDOFF] = services.handoff
    # The router's own registry: a channel that sends on its own registers its deliverer here in setup().
    app[DELIVERERS] = services.router.deliverers
    end_streams_on_shutdown(app)
    app.cleanup_ctx.append(replaying(services))
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/openapi.yaml", openapi)
    for setup_channel in CHANNEL_SETUPS:
        setup_channel(app)
    return app
