"""Typed application state (aiohttp AppKeys): the shared services (bot/services.py) as the hub's handlers
and channels find them in the hub's app; the staff console puts the few it uses under the same keys in its own."""
from __future__ import annotations

from aiohttp import web

from bot.config import Settings
from bot.handoff import HandoffDesk
from bot.identity import Sealer
from bot.keyed_locks import KeyedLocks
from bot.notifier import Notifier
from bot.rasa_client import RasaClient
from bot.router import Deliverer, Router
from bot.status_events import StatusPublisher
from bot.storage.database import Database
from bot.texts import TextCatalogue

SETTINGS = web.AppKey("settings", Settings)
DATABASE = web.AppKey("database", Database)
TEXTS = web.AppKey("texts", TextCatalogue)
# Protocols (one hub's in-process state, or Redis shared by several hubs: bot/services.py chooses).
NOTIFIER: web.AppKey[Notifier] = web.AppKey("notifier")
# One holder at a time per conversation (a person's texts handled in order).
LOCKS: web.AppKey[KeyedLocks] = web.AppKey("locks")
# Wakes whoever watches a conversation or the queue after its status changed (bot/status_events.py).
STATUS_EVENTS = web.AppKey("status_events", StatusPublisher)
SEALER = web.AppKey("sealer", Sealer)
RASA = web.AppKey("rasa", RasaClient)
ROUTER = web.AppKey("router", Router)
HANDOFF = web.AppKey("handoff", HandoffDesk)
# Channels that deliver pushed messages themselves (SMS, WhatsApp, Telegram) register here in setup().
DELIVERERS = web.AppKey("deliverers", dict[str, Deliverer])
