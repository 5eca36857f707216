"""Pseudonyms and sealing: how the hub keeps identities out of Rasa, the logs and the reports."""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.fernet import Fernet, InvalidToken


def conversation_id_for(secret_key: str, channel: str, address: str) -> str:
    """The same person on the same channel always gets the same id, and the id gives nothing away.

    Hex only: Rasa does not decode ids in URL paths, so they must be URL-safe as they are."""
    message = f"{channel}\x00{address}".encode("utf-8")
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()[:40]


def new_session_token() -> str:
    """192 bits of randomness, URL-safe: a web chat session is a bearer secret."""
    return secrets.token_urlsafe(24)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class Sealer:
    """Authenticated encryption (Fernet) for contact details and channel addresses."""

    def __init__(self, secret_key: str) -> None:
        raw = hmac.new(secret_key.encode(), b"sealing-key-v1", hashlib.sha256).digest()
        self._fernet = Fernet(base64.urlsafe_b64encode(raw))

    def seal(self, plaintext: str) -> str:
        return self._fernet.encrypt(plaintext.encode("utf-8")).decode("ascii")

    def open(self, token: str) -> str:
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except InvalidToken as error:
            raise ValueError("sealed value is corrupt or was sealed with another key") from error
