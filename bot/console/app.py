"""The staff console's aiohttp application, on its own port (CONSOLE_PORT, 8001 by default) so that a
deployment can keep it on an internal network. It runs in the hub's process and uses the hub's services
(database, router, handoff desk), reached through the hub application."""
from __future__ import annotations

from aiohttp import web

from bot.config import Settings

HUB_APP = web.AppKey("hub_app", web.Application)


def create_console_app(settings: Settings, hub_app: web.Application) -> web.Application:
    console = web.Application()
    console[HUB_APP] = hub_app
    return console
