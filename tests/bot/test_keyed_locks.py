"""A person's texts are handled one at a time, in order."""
from __future__ import annotations

import asyncio

from bot.keyed_locks import LocalLocks


async def test_the_same_key_waits_and_other_keys_do_not() -> None:
    locks = LocalLocks()
    order: list[str] = []

    async def handle(key: str, name: str, pause: float) -> None:
        async with locks.hold(key):
            order.append(f"{name} in")
            await asyncio.sleep(pause)
            order.append(f"{name} out")

    await asyncio.gather(handle("a", "first", 0.05), handle("a", "second", 0), handle("b", "other", 0))
    assert order.index("first out") < order.index("second in")
    assert order.index("other in") < order.index("first out")
    assert len(locks) == 0  # nothing is kept once everyone is done
