"""A sign-in with a name nobody has is checked against a hash as costly as a real one (bot/console/accounts.py),
so that how long a refusal takes does not tell whether the name exists."""
from __future__ import annotations

import pytest
from argon2.exceptions import VerifyMismatchError

from bot.console import accounts


def test_the_hash_an_unknown_name_is_checked_against_has_the_hashers_own_parameters() -> None:
    assert not accounts._hasher.check_needs_rehash(accounts._DUMMY_HASH)
    with pytest.raises(VerifyMismatchError):
        accounts._hasher.verify(accounts._DUMMY_HASH, "a guess")
