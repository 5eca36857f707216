"""The kinds of incident a report can be about, and how a person's opening story suggests one."""
from __future__ import annotations

from typing import Optional

HATE = "hate"
DOMESTIC_ABUSE = "domestic_abuse"
STALKING = "stalking"
SEXUAL_VIOLENCE = "sexual_violence"
HONOUR_BASED_ABUSE = "honour_based_abuse"
NOT_SURE = "not_sure"

KINDS = (HATE, DOMESTIC_ABUSE, STALKING, SEXUAL_VIOLENCE, HONOUR_BASED_ABUSE, NOT_SURE)

# One intent per kind of story: the classifier learns each kind's wording from data/training/nlu/tell_story.yml.
_STORY_INTENTS = {
    "tell_story_hate": HATE,
    "tell_story_domestic_abuse": DOMESTIC_ABUSE,
    "tell_story_stalking": STALKING,
    "tell_story_sexual_violence": SEXUAL_VIOLENCE,
    "tell_story_honour_abuse": HONOUR_BASED_ABUSE,
}


def kind_for_story_intent(intent: Optional[str]) -> Optional[str]:
    return _STORY_INTENTS.get(intent or "")
