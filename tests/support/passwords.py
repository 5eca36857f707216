"""Cheap password hashing for the tests that run the hub and console in this process.

Argon2id at RFC 9106's cost (64 MiB, 3 passes) takes about 0.2 s of CPU for each hash and each sign-in,
by design; the fast tier hashes and verifies about 130 times, half a minute of a 2-core machine. In this
process the tests use Argon2id with the least memory and one pass instead: the same algorithm through the
same code (bot/console/accounts.py), so a right password still signs in and a wrong one does not. The
whole stack's hub runs in its own process and keeps the real cost; test_password_cost.py checks it."""
from __future__ import annotations

from typing import Iterator

import pytest
from argon2 import PasswordHasher

from bot.console import accounts

# What bot/console/accounts.py hashes with, captured before any test replaces it.
PRODUCTION_HASHER = accounts._hasher


def cheap_password_hashing() -> Iterator[None]:
    """Swaps in a cheap Argon2id hasher (and the dummy hash an unknown name is verified against)."""
    patch = pytest.MonkeyPatch()
    cheap = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    patch.setattr(accounts, "_hasher", cheap)
    patch.setattr(accounts, "_DUMMY_HASH", cheap.hash("not the password of anyone at all"))
    try:
        yield
    finally:
        patch.undo()
