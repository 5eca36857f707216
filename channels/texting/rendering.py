"""Turns what the assistant (or a call handler) said into the messages a texting channel sends."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol, Sequence

from channels.texting.menus import Button, choice_token, with_menu
from channels.texting.segments import Fits, prefer_gsm7, split_message
from bot.texts import TextCatalogue


@dataclass(frozen=True)
class OutboundPart:
    text: str
    # Choices the channel shows as its own buttons: [{"title", "token"}]; empty for numbered menus.
    choices: tuple[dict[str, str], ...] = ()


class Renderer(Protocol):
    def render(self, text: str, buttons: Sequence[Button], language: Optional[str] = None) -> list[OutboundPart]: ...


@dataclass(frozen=True)
class NumberedMenus:
    """SMS and WhatsApp: choices become "Reply 1 for ..." lines; long texts become several messages."""

    fits: Fits
    wording: TextCatalogue
    # SMS only: typographic quotes and dashes would make a message UCS-2 (70 characters a segment).
    prefer_gsm7: bool = False

    def render(self, text: str, buttons: Sequence[Button], language: Optional[str] = None) -> list[OutboundPart]:
        body = with_menu(text, buttons, self.wording, language)
        if self.prefer_gsm7:
            body = prefer_gsm7(body)
        return [OutboundPart(part) for part in split_message(body, self.fits)]


@dataclass(frozen=True)
class KeyboardButtons:
    """Telegram: choices become an inline keyboard under the last message of the reply."""

    fits: Fits

    def render(self, text: str, buttons: Sequence[Button], language: Optional[str] = None) -> list[OutboundPart]:
        parts = split_message(text, self.fits)
        if not buttons:
            return [OutboundPart(part) for part in parts]
        choices = tuple(
            {"title": button["title"], "token": choice_token(index, button)} for index, button in enumerate(buttons)
        )
        if not parts:
            parts = ["\u2193"]  # a keyboard needs a message to hang on
        return [OutboundPart(part) for part in parts[:-1]] + [OutboundPart(parts[-1], choices)]
