"""The hub: the one public door. Builds the aiohttp application from small handlers and typed state."""
from __future__ import annotations

import logging
from typing import AsyncIterator

import aiohttp
from aiohttp import web

from bot.app_keys import DELIVERERS, DATABASE, HANDOFF, NOTIFIER, RASA, ROUTER, SEALER, SETTINGS, STATUS_EVENTS, TEXTS
from bot.assistant_memory import AssistantMemory
from bot.assistant_turns import AssistantTurns
from bot.availability import AvailabilityPolicy
from bot.config import PROJECT_ROOT, Settings
from bot.event_stream import end_streams_on_shutdown
from bot.handoff import HandoffDesk
from bot.http_errors import Handler, error_middleware
from bot.identity import Sealer
from bot.languages.identification import warm_up as load_language_model
from bot.notifier import Notifier
from bot.rasa_client import RasaClient
from bot.router import Router
from bot.status_events import StatusPublisher
from bot.storage.database import Database
from bot.texts import TextCatalogue
from channels import CHANNEL_SETUPS

log = logging.getLogger(__name__)
# Large enough for the longest message we accept, small enough that nobody can make us buffer megabytes.
MAX_REQUEST_BYTES = 64 * 1024


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    headers = response.headers
    # Nothing about a chat may linger on a shared device: no caching of any answer.
    headers.setdefault("Cache-Control", "no-store")
    headers.setdefault("Referrer-Policy", "no-referrer")
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "connect-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'self'",
    )
    headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()")
    return response


async def healthz(request: web.Request) -> web.Response:
    """200 only when the assistant (Rasa, with a model) and the action server both answer; else 503 naming
    the part that is down, for a load balancer and for whoever is on call. The hub itself answers either
    way: the web chat still loads, and people are told the assistant is unavailable."""
    rasa = request.app[RASA]
    checks = {"rasa": await rasa.rasa_ready(), "action_server": await rasa.action_server_ready()}
    down = [part for part, answering in checks.items() if not answering]
    if not down:
        return web.json_response({"status": "ok", "checks": checks})
    body = {
        "status": "unavailable",
        "checks": checks,
        "down": down,
        "message": f"The hub is up; the assistant is not answering ({', '.join(down)} down). "
                   "People are told the assistant is unavailable.",
    }
    return web.json_response(body, status=503)


async def openapi(_request: web.Request) -> web.FileResponse:
    return web.FileResponse(PROJECT_ROOT / "docs" / "openapi.yaml", headers={"Content-Type": "application/yaml"})


async def _services(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    database = Database(settings.database_url)
    database.create_schema()
    http = aiohttp.ClientSession()
    app[DATABASE] = database
    app[RASA] = RasaClient(
        session=http,
        rasa_url=settings.rasa_url,
        channel_token=settings.rasa_channel_token,
        api_token=settings.rasa_api_token,
        action_health_url=settings.action_server_url.rsplit("/", 1)[0] + "/health",
    )
    memory = AssistantMemory(settings.tracker_database_url)
    availability = AvailabilityPolicy(database, settings.staffed(), settings.console.on_duty_within)
    turns = AssistantTurns(database, app[RASA], app[TEXTS], availability, app[STATUS_EVENTS], memory)
    app[ROUTER] = Router(database, turns, app[NOTIFIER], app[SEALER], app[DELIVERERS])
    app[HANDOFF] = HandoffDesk(app[ROUTER])
    # The language identification model loads on first use: pay that before the first person.
    await database.run(lambda _connection: load_language_model())
    yield
    await http.close()
    memory.close()
    database.close()


def create_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[security_headers, error_middleware], client_max_size=MAX_REQUEST_BYTES)
    app[SETTINGS] = settings
    app[TEXTS] = TextCatalogue.from_domain(settings.domain_path)
    app[NOTIFIER] = Notifier()
    app[STATUS_EVENTS] = StatusPublisher(app[NOTIFIER])
    app[SEALER] = Sealer(settings.secret_key)
    app[DELIVERERS] = {}
    app.cleanup_ctx.append(_services)
    end_streams_on_shutdown(app)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/openapi.yaml", openapi)
    for setup_channel in CHANNEL_SETUPS:
        setup_channel(app)
    return app
