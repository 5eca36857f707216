"""Helplines that fit the person's situation, and which of them are open right now.

The catalogue is data/helplines.yml (verified numbers only are ever shown). Opening hours use the
same format and code as STAFFED_HOURS, in Europe/London time, so clock changes are handled."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, List, Mapping, Optional, Sequence, Text

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.choices import NOT_GIVEN, match_choice, offered_choices
from actions.tracker_facts import answer_language, latest_text, matching_languages
from bot.languages.catalogue import translations
from bot.languages.supported import ENGLISH
from bot.settings_core import PROJECT_ROOT
from bot.staffed_hours import StaffedHours

CATALOGUE_PATH = PROJECT_ROOT / "data" / "helplines.yml"
TIMEZONE = "Europe/London"
VERIFIED = "verified"
GENERAL = "general"
EMERGENCY = "emergency"
KIND_QUESTION = "utter_ask_incident_kind"
# Enough to choose from, few enough to read on a phone (or in SMS).
MAX_LISTED = 5

ALWAYS_OPEN, ONLINE, OPEN_NOW, CLOSED_NOW = "always_open", "online", "open_now", "closed_now"
RESPONSE_FOR = {
    ALWAYS_OPEN: "utter_helpline_always_open",
    ONLINE: "utter_helpline_online",
    OPEN_NOW: "utter_helpline_open_now",
    CLOSED_NOW: "utter_helpline_closed_now",
}


@dataclass(frozen=True)
class Route:
    type: str
    label: str
    number: Optional[str] = None


@dataclass(frozen=True)
class Helpline:
    id: str
    name: str
    status: str
    kinds: frozenset[str]
    hours_spec: str
    hours_text: str
    routes: tuple[Route, ...]

    @property
    def shown(self) -> bool:
        """Only verified services with a way to reach them are ever shown."""
        return self.status == VERIFIED and bool(self.routes)

    @property
    def online_only(self) -> bool:
        return all(route.type == "online" for route in self.routes)

    def availability(self, when: Optional[dt.datetime] = None) -> str:
        if self.online_only:
            return ONLINE
        if self.hours_spec.strip().lower() == "always":
            return ALWAYS_OPEN
        return OPEN_NOW if StaffedHours.parse(self.hours_spec, TIMEZONE).is_open(when) else CLOSED_NOW

    def context(self) -> str:
        """Where the catalogues keep this service's texts (bot/languages/extract.py)."""
        return f"helpline:{self.id}"

    def routes_text(self, language: str = ENGLISH) -> str:
        """How to reach it, in `language`, each route's number filled in from the catalogue."""
        texts = translations()
        return "; ".join(texts.render(language, self.context(), route.label, number=route.number or "") for route in self.routes)


def parse_catalogue(data: Mapping[str, Any]) -> tuple[Helpline, ...]:
    helplines = []
    for entry in data.get("helplines") or []:
        helpline = Helpline(
            id=str(entry["id"]),
            name=str(entry["name"]),
            status=str(entry.get("status", "unverified")),
            kinds=frozenset(entry.get("kinds") or []),
            hours_spec=str(entry.get("hours", "")),
            hours_text=str(entry.get("hours_text", "")),
            routes=tuple(
                Route(str(r["type"]), str(r["label"]), str(r["number"]) if r.get("number") else None)
                for r in entry.get("routes") or []
            ),
        )
        StaffedHours.parse(helpline.hours_spec or "never", TIMEZONE)  # fail at load time, not mid-conversation
        helplines.append(helpline)
    return tuple(helplines)


@lru_cache(maxsize=1)
def catalogue(path: Path = CATALOGUE_PATH) -> tuple[Helpline, ...]:
    with path.open(encoding="utf-8") as handle:
        return parse_catalogue(yaml.safe_load(handle) or {})


def helplines_for(kind: Optional[str], helplines: Sequence[Helpline]) -> list[Helpline]:
    """Shown services for this kind of incident first, then general ones; emergency routes are said elsewhere."""
    shown = [h for h in helplines if h.shown and EMERGENCY not in h.kinds]
    specific = [h for h in shown if kind and kind in h.kinds]
    general = [h for h in shown if GENERAL in h.kinds and h not in specific]
    return (specific + general)[:MAX_LISTED]


def say_helplines(
    dispatcher: CollectingDispatcher, kind: Optional[str], language: str = ENGLISH, when: Optional[dt.datetime] = None
) -> None:
    texts = translations()
    dispatcher.utter_message(response="utter_helplines_intro")
    for helpline in helplines_for(kind, catalogue()):
        dispatcher.utter_message(
            response=RESPONSE_FOR[helpline.availability(when)],
            name=texts.text(language, helpline.context(), helpline.name),
            routes=helpline.routes_text(language),
            hours=texts.text(language, helpline.context(), helpline.hours_text),
        )
    # Always: the routes for people who cannot call.
    dispatcher.utter_message(response="utter_helplines_access")


def incident_kind(tracker: Tracker, domain: Optional[DomainDict] = None) -> Optional[str]:
    """The kind of incident, if known; else the kind the person just named ("help with hate crime")."""
    known = tracker.get_slot("incident_kind") or tracker.get_slot("suggested_kind")
    if known and known != NOT_GIVEN:
        return known
    if domain is None:
        return None
    choices = offered_choices(domain, KIND_QUESTION, {}, matching_languages(tracker))
    named = match_choice(latest_text(tracker), choices)
    return named.value_for("incident_kind") if named else None


class ActionListHelplines(Action):
    def name(self) -> Text:
        return "action_list_helplines"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        say_helplines(dispatcher, incident_kind(tracker, domain), answer_language(tracker))
        if not tracker.active_loop_name:  # inside a form, the form asks its question again instead
            dispatcher.utter_message(response="utter_anything_else")
        return []
