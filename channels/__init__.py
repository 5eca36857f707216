"""One adapter per public channel. Each turns what its channel sends into the hub's `Inbound`
messages and delivers replies back in that channel's own form. Each exposes `setup(app)`, which adds
its routes and, for channels that send on their own (SMS, WhatsApp, Telegram), a deliverer for
messages pushed later. A channel whose credentials are not configured adds no deliverer and no
background work: its routes answer 503, saying what is missing."""
from __future__ import annotations

from typing import Callable

from aiohttp import web

from channels import telegram, twilio
from channels.webchat import api as webchat_api
from channels.webchat import pages as webchat_pages

CHANNEL_SETUPS: list[Callable[[web.Application], None]] = [
    webchat_api.setup,
    webchat_pages.setup,
    twilio.setup,
    telegram.setup,
]
