"""Runs the hub: `python -m bot.hub` (bot.launcher starts it together with Rasa and the action server)."""
from __future__ import annotations

import logging

from aiohttp import web

from bot.app import create_app
from bot.config import Settings
from bot.http_errors import PrivateAccessLogger


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s hub %(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    web.run_app(
        create_app(settings),
        host=settings.hub_host,
        port=settings.hub_port,
        access_log_class=PrivateAccessLogger,
        print=None,
    )


if __name__ == "__main__":
    main()
