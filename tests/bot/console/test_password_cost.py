"""The cost staff passwords are hashed at in production: the in-process tests hash cheaply
(tests/support/passwords.py), so this says what the real console uses."""
from __future__ import annotations

from argon2 import Type

from tests.support.passwords import PRODUCTION_HASHER


def test_staff_passwords_are_hashed_with_rfc_9106s_second_profile() -> None:
    assert PRODUCTION_HASHER.type is Type.ID
    assert (PRODUCTION_HASHER.memory_cost, PRODUCTION_HASHER.time_cost) == (64 * 1024, 3)
    assert PRODUCTION_HASHER.hash("a long test password").startswith("$argon2id$v=19$m=65536,t=3,")
