"""Prepared replies for handlers (helplines, safety advice), from one catalogue: data/console_replies.yml."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from bot.config import PROJECT_ROOT

DEFAULT_PATH = PROJECT_ROOT / "data" / "console_replies.yml"


@dataclass(frozen=True)
class PreparedReply:
    id: str
    title: str
    text: str


class ReplyCatalogue:
    def __init__(self, replies: list[PreparedReply]) -> None:
        self.replies = replies
        self._by_id = {reply.id: reply for reply in replies}

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> "ReplyCatalogue":
        with path.open(encoding="utf-8") as handle:
            raw = yaml.safe_load(handle) or {}
        return cls([PreparedReply(str(r["id"]), str(r["title"]), str(r["text"]).strip()) for r in raw.get("replies", [])])

    def get(self, reply_id: str) -> Optional[PreparedReply]:
        return self._by_id.get(reply_id)
