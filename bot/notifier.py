"""Wakes whoever waits on a topic (a conversation's live stream, the staff queue) when it changes.

The database stays the source of truth: waiters re-read it when woken, so a missed wake-up delays a
message by at most one heartbeat and never loses it. One hub wakes its own waiters (LocalNotifier);
several hubs share wake-ups through Redis (bot/redis_state.py RedisNotifier), chosen in bot/services.py."""
from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import Protocol


class Notifier(Protocol):
    def notify(self, topic: str) -> None:
        """Wakes everyone waiting on the topic (on every hub, when hubs share state)."""

    async def wait(self, topic: str, timeout: float) -> bool:
        """True when notified, False when the timeout passed first."""


class LocalNotifier:
    """Wake-ups within this process: enough for one hub."""

    def __init__(self) -> None:
        self._waiters: dict[str, set[asyncio.Event]] = defaultdict(set)

    def notify(self, topic: str) -> None:
        for event in self._waiters.get(topic, ()):
            event.set()

    async def wait(self, topic: str, timeout: float) -> bool:
        """True when notified, False when the timeout passed first."""
        event = asyncio.Event()
        self._waiters[topic].add(event)
        try:
            await asyncio.wait_for(event.wait(), timeout)
            return True
        except asyncio.TimeoutError:
            return False
        finally:
            self._waiters[topic].discard(event)
            if not self._waiters[topic]:
                del self._waiters[topic]


def conversation_topic(conversation_id: str) -> str:
    """Anything about a conversation that the staff console shows: messages both ways, who holds it."""
    return f"conversation:{conversation_id}"


def person_topic(conversation_id: str) -> str:
    """Only what the person's own live stream shows: messages pushed to them, and the session ending.
    Kept apart so that the person's own message (or a handler's claim) does not wake their stream."""
    return f"person:{conversation_id}"


QUEUE_TOPIC = "handoff-queue"
