"""Runs the hub (public, HUB_PORT) and the staff console (internal, CONSOLE_PORT) in one process, so
that a call handler's message reaches the person's live stream at once: `python -m bot.hub`. Both apps are
built on one set of services (bot/services.py), the composition root.
bot.launcher starts it together with Rasa and the action server; `speakup hub --port N` (bot/cli.py)
starts one more hub beside them, with or without a console of its own."""
from __future__ import annotations

import asyncio
import logging
import signal

from aiohttp import web

from bot.app import create_app
from bot.config import HUB_DRAIN_SECONDS, ConfigError, Settings
from bot.console.app import create_console_app
from bot.http_errors import PrivateAccessLogger
from bot.services import hub_services

log = logging.getLogger("bot.hub")


async def serve(settings: Settings, with_console: bool = True) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signal_number, stop.set)
    # The services outlive both apps: created before either starts, closed after both have stopped.
    async with hub_services(settings) as services:
        # On SIGTERM each stops accepting, ends its event streams (the browsers reconnect to the next hub)
        # and lets the requests in flight finish, up to HUB_DRAIN_SECONDS, before the process exits.
        runners = [
            web.AppRunner(app, access_log_class=PrivateAccessLogger, shutdown_timeout=HUB_DRAIN_SECONDS)
            for app in (create_app(services), *([create_console_app(services)] if with_console else []))
        ]
        try:
            for runner in runners:
                await runner.setup()
            await web.TCPSite(runners[0], settings.hub_host, settings.hub_port).start()
            log.info("hub on %s:%s, shared state in %s", settings.hub_host, settings.hub_port,
                     "Redis" if settings.redis_url else "this process")
            if with_console:
                await web.TCPSite(runners[1], settings.console_host, settings.console_port).start()
                log.info("staff console on %s:%s", settings.console_host, settings.console_port)
            await stop.wait()
            log.info("stopping: finishing the requests in flight (up to %.0f s)", HUB_DRAIN_SECONDS)
        finally:
            for runner in reversed(runners):
                await runner.cleanup()


def run(settings: Settings, with_console: bool = True) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s hub %(levelname)s %(name)s: %(message)s")
    asyncio.run(serve(settings, with_console))


def main() -> None:
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        raise SystemExit(f"The hub cannot start: {error}") from error
    run(settings)


if __name__ == "__main__":
    main()
