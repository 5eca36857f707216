"""One texting service per hub: the flow, the courier that empties the outbox, and the retention sweep.

Provider adapters add their channels at setup time (channels.twilio, channels.telegram); the service
starts with the hub (after the hub's own services: it needs the database and the router) and stops
with it, letting messages being handled finish first."""
from __future__ import annotations

import asyncio
import logging
from typing import AsyncIterator, Awaitable, Callable, Optional, Sequence

from aiohttp import web

from bot.app_keys import DATABASE, DELIVERERS, LOCKS, ROUTER, SEALER, SETTINGS, TEXTS
from bot.conversations import StoredMessage
from channels.texting.delivery import Courier, Transport
from channels.texting.flow import IncomingText, TextingChannel, TextingFlow
from channels.texting.retention import sweep_forever
from channels.texting.settings import TextingSettings
from bot.texts import TextCatalogue

log = logging.getLogger(__name__)
# Messages still being handled when the hub stops get this long to finish.
SHUTDOWN_GRACE_SECONDS = 10.0
# Makes a transport once the event loop runs (HTTP clients must be created inside it).
TransportFactory = Callable[[], Transport]


class TextingService:
    def __init__(self, settings: TextingSettings, wording: TextCatalogue) -> None:
        self.settings = settings
        self.wording = wording
        self.channels: dict[str, TextingChannel] = {}
        self._factories: dict[str, TransportFactory] = {}
        self._flow: Optional[TextingFlow] = None
        self._in_flight: set[asyncio.Task[None]] = set()

    def add_channels(self, channels: Sequence[TextingChannel], make_transport: TransportFactory) -> None:
        """Channels served by one transport (SMS and WhatsApp share Twilio's)."""
        for channel in channels:
            self.channels[channel.name] = channel
            self._factories[channel.name] = make_transport

    @property
    def flow(self) -> TextingFlow:
        if self._flow is None:
            raise RuntimeError("the texting service has not started")
        return self._flow

    async def receive(self, incoming: IncomingText) -> None:
        """Handles a message to the end even if the provider hangs up first (aiohttp would otherwise
        cancel the handler half-way, with the message stored but never answered)."""
        task = asyncio.create_task(self.flow.receive(incoming))
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        await asyncio.shield(task)

    def deliverer(self, channel_name: str) -> Callable[[str, Sequence[StoredMessage]], Awaitable[None]]:
        async def deliver(conversation_id: str, messages: Sequence[StoredMessage]) -> None:
            await self.flow.deliver(channel_name, conversation_id, messages)

        return deliver

    async def lifecycle(self, app: web.Application) -> AsyncIterator[None]:
        transports: dict[str, Transport] = {}
        made: dict[int, Transport] = {}
        for name, factory in self._factories.items():
            if id(factory) not in made:
                made[id(factory)] = factory()
            transports[name] = made[id(factory)]
        settings = app[SETTINGS]
        courier = Courier(
            app[DATABASE], app[SEALER], settings.secret_key, self.settings, transports, claimant=settings.hub_instance
        )
        self._flow = TextingFlow(
            db=app[DATABASE],
            router=app[ROUTER],
            sealer=app[SEALER],
            secret_key=settings.secret_key,
            wording=self.wording,
            channels=self.channels,
            max_message_chars=settings.max_message_chars,
            queued=courier.wake,
            locks=app[LOCKS],
        )
        workers = [
            asyncio.create_task(courier.run_forever(), name="texting-courier"),
            asyncio.create_task(sweep_forever(app[DATABASE], self.settings), name="texting-retention"),
        ]
        log.info("texting channels on: %s", ", ".join(sorted(self.channels)))
        yield
        if self._in_flight:
            await asyncio.wait(set(self._in_flight), timeout=SHUTDOWN_GRACE_SECONDS)
        for worker in workers:
            worker.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
        for transport in made.values():
            await transport.close()


TEXTING = web.AppKey("texting", TextingService)


def texting_service(app: web.Application) -> TextingService:
    """The hub's texting service, created (and hooked into start-up) by the first channel that asks."""
    if TEXTING not in app:
        service = TextingService(app[SETTINGS].texting, app[TEXTS])
        app[TEXTING] = service
        app.cleanup_ctx.append(service.lifecycle)
    return app[TEXTING]


def enable_channels(app: web.Application, channels: Sequence[TextingChannel], make_transport: TransportFactory) -> TextingService:
    """Adds texting channels to the hub, with a deliverer each for messages pushed later."""
    service = texting_service(app)
    service.add_channels(channels, make_transport)
    for channel in channels:
        app[DELIVERERS][channel.name] = service.deliverer(channel.name)
    return service

