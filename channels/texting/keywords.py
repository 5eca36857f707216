"""Keywords that work at any point in a texting conversation, whatever the assistant has asked.

STOP and START are what UK carriers (and Twilio's opt-out handling) expect on SMS; HELP says what the
service is and how to get out; PERSON asks for a call handler; RESTART (or MENU) starts again. Only a
message that is nothing but the keyword counts: "please stop him" is something to tell the assistant."""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field
from typing import Any, Mapping, Optional


class Keyword(enum.Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"
    PERSON = "person"
    RESTART = "restart"


@dataclass(frozen=True)
class KeywordSet:
    stop: frozenset[str]
    start: frozenset[str]
    # Words that mean START only from someone who has stopped ("yes" is otherwise an answer).
    start_when_stopped: frozenset[str]
    help: frozenset[str]
    person: frozenset[str]
    restart: frozenset[str]
    # Commands as typed (Telegram's "/start"), matched before punctuation is ignored.
    commands: Mapping[str, Keyword] = field(default_factory=dict)


COMMANDS = {"/start": Keyword.START, "/stop": Keyword.STOP, "/help": Keyword.HELP}
_COMMON: dict[str, Any] = dict(
    start=frozenset({"start", "unstop"}),
    start_when_stopped=frozenset({"yes"}),
    commands=COMMANDS,
    person=frozenset({"person", "agent", "human", "advisor", "adviser", "operator", "talk to a person",
                      "speak to a person", "talk to someone", "speak to someone"}),
    restart=frozenset({"restart", "menu", "start again", "start over", "main menu"}),
)

# SMS: the opt-out and help words Twilio and UK carriers act on themselves, so the hub must honour them.
SMS_KEYWORDS = KeywordSet(
    stop=frozenset({"stop", "stopall", "stop all", "unsubscribe", "cancel", "end", "quit", "optout", "revoke"}),
    help=frozenset({"help", "info"}),
    **_COMMON,
)
# WhatsApp and Telegram have no carrier rules. Only unmistakable words stop messages (STOP still does:
# someone who may be overheard or watched must be able to make the messages end). "help" goes to the
# assistant, which offers helplines and what to do in danger; "/help" is the hub's, as bots answer it.
CHAT_APP_KEYWORDS = KeywordSet(stop=frozenset({"stop", "stopall", "stop all", "unsubscribe"}), help=frozenset(), **_COMMON)

# What the assistant is sent for PERSON and RESTART: words it understands (not intents only the hub
# would know), so that the assistant decides what they mean half-way through a report.
ASK_FOR_A_PERSON = "I want to talk to a person"
START_AGAIN = "start again"

_PUNCTUATION = re.compile(r"[^\w\s]+", re.UNICODE)


def normalise(text: str) -> str:
    return " ".join(_PUNCTUATION.sub(" ", text.casefold()).split())


def recognise(text: str, keywords: KeywordSet, stopped: bool = False) -> Optional[Keyword]:
    """The keyword the whole message is, if it is one ("STOP", "Stop.", "/start" on Telegram)."""
    command = keywords.commands.get(text.strip().casefold())
    if command is not None:
        return command
    word = normalise(text)
    if word in keywords.stop:
        return Keyword.STOP
    if word in keywords.start or (stopped and word in keywords.start_when_stopped):
        return Keyword.START
    if word in keywords.help:
        return Keyword.HELP
    if word in keywords.person:
        return Keyword.PERSON
    if word in keywords.restart:
        return Keyword.RESTART
    return None
