"""Buttons as plain text: numbered menus out, numbers or the option's words back in.

A phone without buttons (SMS, WhatsApp without templates) shows choices as "Reply 1 for ...". The
person may answer with the number or by typing the option; anything else is free text for the
assistant, which understands words too."""
from __future__ import annotations

import hashlib
import re
from typing import Mapping, Optional, Sequence

from bot.texts import TextCatalogue

Button = Mapping[str, str]
_NUMBER = re.compile(r"^\s*(?:#|no\.?\s*|number\s+|option\s+)?(\d{1,2})\s*[.)]?\s*$", re.IGNORECASE)
_NOT_WORDS = re.compile(r"[^\w]+", re.UNICODE)


def numbered_menu(buttons: Sequence[Button], wording: TextCatalogue, language: Optional[str] = None) -> str:
    """One line per choice, numbered from 1, in the message's language ("Wpisz 1: ...")."""
    return "\n".join(
        wording.render("utter_hub_menu_option", language, number=number, title=button["title"])
        for number, button in enumerate(buttons, start=1)
    )


def with_menu(text: str, buttons: Sequence[Button], wording: TextCatalogue, language: Optional[str] = None) -> str:
    if not buttons:
        return text
    menu = numbered_menu(buttons, wording, language)
    return f"{text}\n\n{menu}" if text.strip() else menu


def _words(text: str) -> str:
    return _NOT_WORDS.sub(" ", text.casefold()).strip()


def choose(reply: str, buttons: Sequence[Button]) -> Optional[Button]:
    """The button a reply picks: its number ("2", "2.", "#2", "option 2") or its exact words, in any
    case and punctuation ("it happened to me!"). None when the reply is not a choice."""
    if not buttons:
        return None
    number = _NUMBER.match(reply)
    if number:
        index = int(number.group(1)) - 1
        return buttons[index] if 0 <= index < len(buttons) else None
    said = _words(reply)
    if not said:
        return None
    matches = [button for button in buttons if _words(button.get("title", "")) == said]
    return matches[0] if len(matches) == 1 else None


def choice_token(index: int, button: Button) -> str:
    """A short handle for a button (Telegram allows 64 bytes of callback data; payloads can be longer).
    It names the option's place and a digest of its payload, so a stale keyboard cannot pick whatever
    now happens to be in that place."""
    digest = hashlib.sha256(button.get("payload", "").encode("utf-8")).hexdigest()[:12]
    return f"{index}:{digest}"


def chosen_by_token(token: str, buttons: Sequence[Button]) -> Optional[Button]:
    """The button on offer now that `token` names; None for an old or forged token."""
    index_text, _, _digest = token.partition(":")
    if not index_text.isdigit():
        return None
    index = int(index_text)
    if index >= len(buttons):
        return None
    return buttons[index] if choice_token(index, buttons[index]) == token else None
