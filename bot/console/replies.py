"""Prepared replies for handlers (helplines, safety advice), from one catalogue: data/console_replies.yml.

A reply is sent in the person's language (data/languages/<code>/messages.po, context
`console-reply:<id>`), with its numbers filled from the helpline catalogue; the handler sees the English
beside a translation, since most handlers cannot read it. Titles are for the handler, in English."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from bot.config import PROJECT_ROOT
from bot.languages.catalogue import Translations, translations
from bot.languages.supported import ENGLISH

DEFAULT_PATH = PROJECT_ROOT / "data" / "console_replies.yml"
CONTEXT = "console-reply:"


@dataclass(frozen=True)
class PreparedReply:
    id: str
    title: str
    text: str  # English, numbers named ({tel_emergency})


@dataclass(frozen=True)
class ShownReply:
    """A prepared reply as one conversation's handler sees it: in the person's language, with the English."""

    id: str
    title: str
    text: str
    english: str
    language: str

    @property
    def translated(self) -> bool:
        return self.language != ENGLISH


class ReplyCatalogue:
    def __init__(self, replies: list[PreparedReply], texts: Optional[Translations] = None) -> None:
        self.replies = replies
        self._by_id = {reply.id: reply for reply in replies}
        self._texts = texts or translations()

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> "ReplyCatalogue":
        with path.open(encoding="utf-8") as handle:
            raw = yaml.safe_load(handle) or {}
        return cls([PreparedReply(str(r["id"]), str(r["title"]), str(r["text"]).strip()) for r in raw.get("replies", [])])

    def get(self, reply_id: str) -> Optional[PreparedReply]:
        return self._by_id.get(reply_id)

    def shown(self, reply: PreparedReply, language: str) -> ShownReply:
        context = CONTEXT + reply.id
        return ShownReply(
            id=reply.id,
            title=reply.title,
            text=self._texts.render(language, context, reply.text),
            english=self._texts.render(ENGLISH, context, reply.text),
            language=language,
        )

    def in_language(self, language: str) -> list[ShownReply]:
        return [self.shown(reply, language) for reply in self.replies]
