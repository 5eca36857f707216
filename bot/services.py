"""The composition root: the hub's shared services, created once and closed once.

The hub's app (bot/app.py) and the staff console's (bot/console/app.py) are both built on one
`HubServices`, each taking the parts it needs under its own typed keys, so that neither reaches into the
other's application and a call handler's message goes through the same router and notifier as the
person's stream watches. `bot/hub.py` runs both apps inside `hub_services(settings)`."""
from __future__ import annotations

from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import AsyncIterator

import aiohttp

from bot.assistant_memory import AssistantMemory
from bot.assistant_turns import AssistantTurns
from bot.availability import AvailabilityPolicy
from bot.config import Settings
from bot.handoff import HandoffDesk
from bot.identity import Sealer
from bot.languages.identification import warm_up as load_language_model
from bot.languages.phrases import load_all as load_phrases
from bot.keyed_locks import KeyedLocks
from bot.login_attempts import LoginLimiter
from bot.notifier import Notifier
from bot.rasa_client import RasaClient, internal_session
from bot.replay import Replayer
from bot.router import Router
from bot.shared_state import SharedState, open_shared_state
from bot.status_events import StatusPublisher
from bot.storage import backlog
from bot.storage.database import Database
from bot.texts import TextCatalogue


@dataclass(frozen=True)
class HubServices:
    settings: Settings
    texts: TextCatalogue
    database: Database
    # Shared by every hub when REDIS_URL is set, else this process's own (bot/shared_state.py).
    notifier: Notifier
    locks: KeyedLocks
    login_limiter: LoginLimiter
    # Wakes whoever watches a conversation or the queue after its status changed (bot/status_events.py).
    status_events: StatusPublisher
    sealer: Sealer
    rasa: RasaClient
    availability: AvailabilityPolicy
    turns: AssistantTurns
    router: Router
    handoff: HandoffDesk
    # Answers the turns kept while the assistant was down, once it is back (bot/replay.py); the hub's and
    # the console's turns are kept in the one backlog it drains.
    replayer: Replayer


@asynccontextmanager
async def hub_services(settings: Settings) -> AsyncIterator[HubServices]:
    """Creates the services (inside the running loop, which the Rasa client's HTTP session needs) and
    closes them after whatever ran on them has stopped."""
    database = Database(settings.database_url)
    database.create_schema()
    http = internal_session()
    memory = AssistantMemory(settings.tracker_database_url)
    try:
        async with open_shared_state(settings.redis_url, settings.derive_secret("login-attempts")) as shared:
            services = _compose(settings, database, http, memory, shared)
            # The language identification model and every language's phrases load on first use: pay that
            # before the first person (the phrases were 5.7 s of a first message's wait on a loaded machine).
            await database.run(lambda _connection: _load_languages())
            yield services
    finally:
        await http.close()
        memory.close()
        database.close()


def _load_languages() -> None:
    load_language_model()
    load_phrases()


def _compose(
    settings: Settings, database: Database, http: aiohttp.ClientSession, memory: AssistantMemory, shared: SharedState
) -> HubServices:
    texts = TextCatalogue.from_domain(settings.domain_path)
    status_events = StatusPublisher(shared.notifier)
    sealer = Sealer(settings.secret_key)
    rasa = RasaClient(
        session=http,
        servers=settings.rasa_server_list,
        channel_token=settings.rasa_channel_token,
        api_token=settings.rasa_api_token,
        action_health_url=settings.action_server_url.rsplit("/", 1)[0] + "/health",
    )
    availability = AvailabilityPolicy(database, settings.staffed(), settings.console.on_duty_within)
    # With REDIS_URL several hubs share the backlog: none can know from memory that a conversation has none.
    kept = backlog.KeptConversations(only_this_hub=not settings.redis_url)
    turns = AssistantTurns(database, rasa, texts, availability, status_events, memory, kept)
    # No deliverers yet: the channels register theirs in the router when the hub's app is built.
    router = Router(database, turns, shared.notifier, sealer)
    return HubServices(
        settings=settings,
        texts=texts,
        database=database,
        notifier=shared.notifier,
        locks=shared.locks,
        login_limiter=shared.login_limiter,
        status_events=status_events,
        sealer=sealer,
        rasa=rasa,
        availability=availability,
        turns=turns,
        router=router,
        handoff=HandoffDesk(router),
        # Run by the hub's app (bot/app.py), once its channels have registered their deliverers.
        replayer=Replayer(router),
    )
