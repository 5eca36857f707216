"""Checks and normalises what a person sends, before anything is stored or passed on."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

# Control characters carry no meaning in a chat message and can break terminals, logs and SMS.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


@dataclass
class InboundRejected(Exception):
    """A message that cannot be taken as it is; `response` names the catalogue text explaining why."""

    code: str
    response: str
    status: int = 422
    values: dict[str, Any] = field(default_factory=dict)


def clean_text(raw: str, max_chars: int) -> str:
    """The text as the assistant should read it, or InboundRejected saying why there is none."""
    # Lone surrogates (possible in JSON) cannot be stored as UTF-8: pair what pairs, replace the rest.
    text = raw.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text).strip()
    if len(text) > max_chars:
        raise InboundRejected("message_too_long", "utter_hub_message_too_long", values={"max_chars": max_chars})
    # "/intent" would be obeyed by Rasa as a command; only the hub and real buttons may send those.
    text = text.lstrip("/").strip()
    if not text:
        raise InboundRejected("empty_message", "utter_hub_empty_message")
    return text
