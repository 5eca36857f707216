"""The hub's choice of the language to answer in, message by message. The conversation owns it
(conversations.language, and language_chosen once the person chose it themselves).

- The first messages that say enough in one of our languages set it, and the person is told, in it, that
  the assistant carries on in it and how to change (a script that is one language decides on one word).
- Later, only a clear message of three words or more in another of our languages changes it: a one-word
  answer ("tak", "haa", "ok") never does, and a language the person chose is never changed for them.
- A message clearly in a language we do not speak, in a conversation that has no language yet, is
  answered by the hub in English with the languages we do speak.
- What the message itself is written in goes to Rasa too, so that understanding reads it in its language
  even when answers stay in another (a Polish "tak" in an English conversation is still "yes")."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from bot.languages.identification import Identification, identify
from bot.languages.phrases import ROMANISED
from bot.languages.supported import ENGLISH, is_supported

FIRST_WORDS_TO_SET = 3
WORDS_TO_CHANGE = 3
CONFIDENCE_TO_SET = 0.8
CONFIDENCE_TO_CHANGE = 0.9
CONFIDENCE_TO_READ = 0.5
WORDS_UNSUPPORTED = 4
_WORD = regex.compile(r"\w+")


@dataclass(frozen=True)
class LanguageDecision:
    answer_language: str
    # What the message is written in, for understanding: ours, ROMANISED, or None (say nothing).
    text_language: Optional[str]
    # The answer language changed with this message: the person is told, in the new language.
    changed: bool = False
    # The message is in a language we do not speak (and the conversation has none yet).
    unsupported: bool = False
    # This message settled the answer language (to keep): a change, or the first clear language.
    settles: bool = False


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def decide(current: Optional[str], chosen: bool, text: str, found: Optional[Identification] = None) -> LanguageDecision:
    """`current`: the conversation's language (None until one is set); `chosen`: the person chose it."""
    found = found if found is not None else identify(text)
    words = word_count(text)
    answer = current if is_supported(current) else ENGLISH
    says_enough = found.by_script or (words >= FIRST_WORDS_TO_SET and found.confidence >= CONFIDENCE_TO_READ)
    text_language = found.language if found.language and says_enough else None
    if chosen:
        return LanguageDecision(answer, text_language)
    if current is None and found.unsupported and (found.by_script or words >= WORDS_UNSUPPORTED):
        return LanguageDecision(answer, None, unsupported=True)
    candidate = found.language if is_supported(found.language) and found.language != ROMANISED else None
    if candidate is None or candidate == answer and current is not None:
        return LanguageDecision(answer, text_language)
    if current is None:
        sets = found.by_script or (words >= FIRST_WORDS_TO_SET and found.confidence >= CONFIDENCE_TO_SET)
    else:
        sets = words >= WORDS_TO_CHANGE and (found.by_script or found.confidence >= CONFIDENCE_TO_CHANGE)
    if not sets:
        return LanguageDecision(answer, text_language)
    # English set from nothing is no change to announce: the assistant was already answering in English.
    return LanguageDecision(candidate, text_language, changed=candidate != answer, settles=True)
