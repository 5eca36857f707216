"""A safety net under the intent classifier: messages that plainly say someone is in danger *now*
become `danger_now`, whatever the classifier thought.

The classifier learns `danger_now` from examples, but a statistical model can miss a short, misspelt,
panicked message, or be outvoted by a story it resembles. These patterns are deliberately narrow (high
precision): present-tense danger only. They stay quiet for negations ("I'm not in danger") and for
danger told as past events ("last year he had a knife"), which belong in the person's account.

Every other language has its own patterns in data/languages/<code>/danger.yml (with its own words for
negation, the past, habit and now), checked on every message whatever language the hub thinks it is:
a panicked message is the one most likely to be misidentified.

The pattern matching (`detect_danger`) is plain Python so that it can be tested without a model; the
Rasa component around it only rewrites the intent, keeping the classifier's ranking underneath.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Text

import regex
import yaml

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

DANGER_INTENT = "danger_now"

# Someone who is (or may be) the danger, as people refer to them in a hurry.
_WHO = (
    r"(?:he|she|they|someone|somebody|some ?one|a man|a woman|a guy|men|people|a gang|"
    r"my (?:ex|husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|father|mum|mother|brother|sister|"
    r"son|uncle|cousin|family|neighbou?r|stalker|landlord|step ?dad|step ?father|step ?mum|step ?mother|"
    r"(?:mum|mom|dad)'?s (?:boyfriend|girlfriend|partner))|"
    r"the (?:man|woman|guy|stalker|attacker)|(?:a group of |some |these |those )(?:lads|men|boys|girls|kids|people))"
)
_BE = r"(?:is|'s|’s|s|are|'re|’re|re|is still|are still|'s still|s still)"
_WEAPON = r"(?:knife|knives|gun|guns|blade|blades|machete|machetes|weapon|weapons|bat|bats|hammer|axe|acid|screwdriver)"
_VIOLENCE_ING = r"(?:hitting|punching|kicking|beating|stabbing|attacking|strangling|choking|stamping on|battering)"

# Each pattern on its own means danger now, unless a negation or a past time frame says otherwise.
_DANGER_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern, re.IGNORECASE))
    for name, pattern in (
        ("here_now", rf"\b{_WHO}\s*{_BE}\s+(?:right\s+)?(?:outside|here|downstairs|upstairs|at (?:the|my) (?:door|window|house|flat)|"
         rf"in (?:the|my) (?:house|flat|home|room|garden)|coming (?:back|over|for me|for us|here)|on (?:his|her|their) way)"),
        ("outside_my", r"\b(?:outside|at) my (?:door|house|flat|window|home|work)\s+(?:right )?now\b"),
        ("weapon", rf"\b(?:has|has got|'s got|’s got|got|have|holding|waving|carrying|pulling out|pulled out)\s+(?:a|an|his|her|their)?\s*{_WEAPON}\b"),
        ("threat_to_kill", r"(?:\b(?:going to|gonna|gna|will|is going to|'s going to|about to|threatening to|trying to)|'ll|\bll)\s+(?:kill|stab|shoot|hurt|strangle|burn)\s+(?:me|us|my|her|him|them|the kids|the baby)\b"),
        ("help_now", r"\b(?:help me|help us|need help|send help|i need the police|call the police|call 999|get the police|send (?:the )?police)\s*(?:right\s+)?(?:now|quick|quickly|please now|asap|!+)"),
        ("help_shout", r"^\W*(?:help me|please help(?: me)?|help me please|(?:somebody|someone) help(?: me)?|help+\s*!+|sos|"
         r"send help|(?:call|get) the police|call an ambulance)\W*$"),
        ("bleeding", r"\b(?:i'?m|i am|im|she'?s|he'?s|they'?re|my \w+ is)\s+(?:badly\s+)?(?:bleeding|unconscious|not breathing|choking)\b"),
        ("being_hurt", rf"\b{_WHO}\s*{_BE}\s+(?:hitting|beating|kicking|punching|strangling|choking|stabbing|attacking|hurting|raping|dragging|chasing)\b"),
        ("being_hurt_passive", r"\b(?:i'?m|i am|im|we'?re|we are)\s+being\s+(?:followed|attacked|chased|hurt|hit|beaten|stabbed|strangled|kidnapped)\b"),
        ("intruder", r"\bthere'?s (?:someone|somebody|a man|a woman|a guy|people|men) (?:in|outside|at) (?:my|the) (?:house|flat|garden|door|window|room|home)\b"),
        ("arrived", r"\b(?:just|has just|'s just|'ve just|have just) (?:turned up|arrived|showed up|got here|broken in|broke in|"
         r"(?:broken|broke|kicked|smashed) (?:the|my|our) (?:door|window)s?(?: down| in)?)\b"),
        ("hiding", r"\b(?:i'?m|i am|im|we'?re|we are) (?:hiding|trapped)\b"),
        ("threatened_with_weapon", rf"\bthreatening (?:me|us|her|him|them) with (?:a|an|his|her|their)?\s*{_WEAPON}\b"),
        # A forced marriage or FGM about to happen: both the act and a time that is today or days away.
        ("imminent_marriage_or_cutting", r"^(?=.*\b(?:today|tonight|tomorrow|right now|this (?:week|weekend|morning|afternoon|evening))\b)"
         r"(?=.*\b(?:married|marry|marriage|wedding|abroad|airport|flight|to be cut|cut (?:me|her|the girls?|my (?:daughter|sister|niece|girl|child|baby))|cutting)\b)"),
        ("locked_in", r"\b(?:locked (?:me |us )?in|locked in (?:the|a|my)|trapped in|can'?t get out)\b"),
        # "won't let me leave" is danger when it is the whole point of the message; "won't let me go out
        # with my friends" is coercive control, for the report rather than 999.
        ("kept_in", r"\bwon'?t let (?:me|us) (?:leave|out|go)(?:\s+(?:now|right now|(?:of )?(?:the|this) (?:room|house|flat|car)))?\s*[.!]*$"),
        ("breaking_in", r"\b(?:breaking in|trying to (?:get|break) in|banging on (?:the|my) (?:door|window)|kicking (?:the|my) door|smashing (?:the|my) (?:door|window))"),
        ("in_danger", r"\b(?:i'?m|i am|im|we'?re|we are|she'?s|he'?s|they'?re|my \w+ is|someone is)\s+(?:in danger|not safe)\b"),
        ("following_now", r"\b(?:following|chasing) (?:me|us)(?: home)? (?:right )?now\b"),
        # "a man is following me", "there's a car following me": present, not "keeps following" (an account)
        # nor following on social media.
        ("being_followed", rf"\b(?:{_WHO}\s*{_BE}|there'?s (?:a|some) (?:man|guy|bloke|woman|lad|group|car|van)|"
         rf"(?:a|some) (?:car|van) (?:is|'s))\s+(?:following|chasing) (?:me|us)\b(?!\s+(?:on|online)\b)"),
        ("violence_right_now", rf"\b{_VIOLENCE_ING}\b[^.?!]{{0,40}}\b(?:right now|now)\b"),
        ("someone_else_attacked", r"\b(?:someone|somebody|a (?:man|woman|boy|girl|kid|child|lad)|my \w+)\s*(?:is|'s|are|'re)\s+"
         r"(?:getting|being)\s+(?:beaten|attacked|stabbed|hurt|hit|kicked|punched|strangled|raped)\b"),
        ("weapons_here_now", rf"\bwith (?:a |an )?{_WEAPON}\b(?=.*\b(?:right now|now)\b)"),
        ("fire", r"\b(?:pour(?:ed|ing)|splash(?:ed|ing)) petrol\b|\bpetrol (?:everywhere|all over|through)\b|"
         r"\bpetrol bombs?\b|\b(?:is|'s) on fire\b|\bsetting fire to\b|\b(?:burning|lit|alight)\b[^.?!]{0,20}\bthrough (?:my|the|our) (?:letterbox|door|window)\b"),
        ("hands_on_neck", r"\bhands? (?:are |is )?(?:round|around|on) (?:my|her|his|their) (?:neck|throat)\b"),
        ("injured_now", r"\b(?:can'?t get up|blood everywhere|bleeding (?:everywhere|badly|a lot)|needs? an ambulance)\b"),
        ("pinned_down", r"\b(?:has|'s got|got|is holding) (?:me|her|him|us) pinned\b|\bpinning (?:me|her|him|us) (?:down|to)\b"),
        ("forcing_himself", r"\b(?:trying to force (?:himself|herself|themselves) on|forcing (?:himself|herself|themselves) on|"
         r"trying to rape) (?:me|her|him|us)\b"),
        ("at_the_door_now", rf"\b{_WHO}\s*{_BE}\s+(?:ringing|knocking on|banging on|trying) (?:the|my|our) (?:door ?bell|bell|door|window)"),
        ("wont_let_out_of_car", r"\bwon'?t (?:stop (?:the car|to let (?:me|us) out)|let (?:me|us) out of (?:the|his|her|their) car)\b"),
        ("scared_for_life", r"\b(?:scared|afraid|frightened) (?:for my life|he'?ll kill me|she'?ll kill me|they'?ll kill me)\b"),
    )
)

# A negation just before (or inside) the match turns "he's outside" into "he isn't outside".
_NEGATION = re.compile(
    r"\b(?:not|no longer|isn'?t|aren'?t|wasn'?t|weren'?t|never|no one|nobody|don'?t|doesn'?t|didn'?t)\b",
    re.IGNORECASE,
)
# Patterns whose wording already contains a negation ("I'm not safe", "won't let me leave").
_NEGATION_IS_THE_DANGER = frozenset({"in_danger", "locked_in", "kept_in"})

# Danger told as something in the past belongs to the account, not to the emergency answer ...
_PAST = re.compile(
    r"\b(?:last (?:year|month|week|night|time|summer|winter|spring|autumn|christmas)|"
    r"(?:years?|months?|weeks?|days?) ago|used to|back (?:then|in)|when i was|in (?:19|20)\d\d|in the past|"
    r"previously|a while ago|once before|had (?:a|an)|threatened to|said (?:he|she|they)(?:'d| would))\b",
    re.IGNORECASE,
)
# Danger told as something that keeps happening ("every night") is an account too, for the patterns that
# would otherwise read a habit as the present ("she is being beaten by her husband every night").
_HABITUAL = re.compile(r"\b(?:every (?:day|night|week|time|morning|evening)|all the time|always|keeps?|often)\b", re.IGNORECASE)
_HABIT_IS_NOT_NOW = frozenset({"someone_else_attacked", "being_followed"})
# ... unless the person also says it is happening now.
_NOW = re.compile(r"\b(?:now|right now|at the moment|tonight|again|currently|still)\b", re.IGNORECASE)


@dataclass(frozen=True)
class DangerMatch:
    pattern: str
    text: str


LANGUAGES_DIR = Path(__file__).resolve().parents[2] / "data" / "languages"
# How far before a match a negation cancels it, in characters (as for English).
NEGATION_WINDOW = 15


@dataclass(frozen=True)
class LanguagePatterns:
    """One language's danger patterns (data/languages/<code>/danger.yml), compiled with `regex`, whose
    word boundaries hold in every script."""

    language: str
    patterns: tuple[tuple[str, "regex.Pattern[str]"], ...]
    negation: Optional["regex.Pattern[str]"]
    past: Optional["regex.Pattern[str]"]
    now: Optional["regex.Pattern[str]"]
    habitual: Optional["regex.Pattern[str]"]

    @classmethod
    def read(cls, path: Path) -> "LanguagePatterns":
        with path.open(encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}

        def compiled(source: Optional[str]) -> Optional["regex.Pattern[str]"]:
            return regex.compile(source, regex.IGNORECASE) if source else None

        patterns = tuple((str(name), regex.compile(str(p), regex.IGNORECASE)) for name, p in (data.get("patterns") or {}).items())
        return cls(str(data.get("language") or path.parent.name), patterns, compiled(data.get("negation")),
                   compiled(data.get("past")), compiled(data.get("now")), compiled(data.get("habitual")))

    def detect(self, text: str) -> Optional[DangerMatch]:
        says_now = bool(self.now and self.now.search(text))
        if not says_now and any(marker and marker.search(text) for marker in (self.past, self.habitual)):
            return None
        for name, pattern in self.patterns:
            for match in pattern.finditer(text):
                window = text[max(0, match.start() - NEGATION_WINDOW) : match.end()]
                if self.negation and self.negation.search(window):
                    continue
                return DangerMatch(pattern=f"{self.language}:{name}", text=match.group(0))
        return None


@lru_cache(maxsize=1)
def other_languages(directory: Path = LANGUAGES_DIR) -> tuple[LanguagePatterns, ...]:
    return tuple(LanguagePatterns.read(path) for path in sorted(directory.glob("*/danger.yml")))


def detect_danger(text: str) -> Optional[DangerMatch]:
    """The first pattern saying someone is in danger now, in English or any other language, or None."""
    if not text:
        return None
    found = _detect_english(text)
    if found is not None:
        return found
    for language in other_languages():
        found = language.detect(text)
        if found is not None:
            return found
    return None


def _detect_english(text: str) -> Optional[DangerMatch]:
    if not text:
        return None
    normalised = text.replace("’", "'")
    says_now = bool(_NOW.search(normalised))
    if _PAST.search(normalised) and not says_now:
        return None
    habitual = bool(_HABITUAL.search(normalised)) and not says_now
    for name, pattern in _DANGER_PATTERNS:
        if habitual and name in _HABIT_IS_NOT_NOW:
            continue
        for match in pattern.finditer(normalised):
            if name not in _NEGATION_IS_THE_DANGER and _negated(normalised, match):
                continue
            return DangerMatch(pattern=name, text=match.group(0))
    return None


def _negated(text: str, match: re.Match[str]) -> bool:
    # Look at the few words before the match and at the match itself ("he isn't outside").
    window_start = max(0, match.start() - 12)
    return bool(_NEGATION.search(text[window_start : match.end()]))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class DangerDetector(GraphComponent):
    """Sets the intent to `danger_now` (confidence 1.0) when `detect_danger` matches.

    The classifier's own prediction stays in `intent_ranking`, so logs and tests can still see it."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"intent": DANGER_INTENT}

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "DangerDetector":
        return cls(config)

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._intent = config.get("intent", DANGER_INTENT)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            # Button payloads ("/choose{...}") are commands from the hub, never cries for help.
            if text.startswith("/") or detect_danger(text) is None:
                continue
            danger = {INTENT_NAME_KEY: self._intent, PREDICTED_CONFIDENCE_KEY: 1.0}
            ranking = [
                entry
                for entry in message.get(INTENT_RANKING_KEY) or []
                if entry.get(INTENT_NAME_KEY) != self._intent
            ]
            message.set(INTENT, danger, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [danger, *ranking], add_to_output=True)
        return messages

    def process_training_data(self, training_data: Any) -> Any:
        return training_data
