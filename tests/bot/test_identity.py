import re

import pytest

from bot.identity import Sealer, conversation_id_for, new_session_token, token_hash


def test_the_same_person_on_the_same_channel_gets_the_same_opaque_id() -> None:
    first = conversation_id_for("k" * 40, "sms", "+447700900123")
    assert first == conversation_id_for("k" * 40, "sms", "+447700900123")
    assert first != conversation_id_for("k" * 40, "whatsapp", "+447700900123")
    assert first != conversation_id_for("j" * 40, "sms", "+447700900123")
    assert re.fullmatch(r"[0-9a-f]{40}", first)  # URL-safe as it is: Rasa does not decode ids
    assert "7700" not in first


def test_session_tokens_are_long_random_and_stored_only_hashed() -> None:
    tokens = {new_session_token() for _ in range(1000)}
    assert len(tokens) == 1000
    token = tokens.pop()
    assert len(token) >= 32 and re.fullmatch(r"[A-Za-z0-9_-]+", token)
    assert token not in token_hash(token)


def test_sealed_details_open_only_with_the_same_key() -> None:
    sealed = Sealer("k" * 40).seal("07700 900123, evenings")
    assert "07700" not in sealed
    assert Sealer("k" * 40).open(sealed) == "07700 900123, evenings"
    with pytest.raises(ValueError):
        Sealer("j" * 40).open(sealed)
