"""Rasa's responses in the person's language (endpoints.yml: `nlg: type: bot.rasa_plugins.localised_nlg...`).

Rasa Open Source 3.6 has no translations. Its templated generator picks a variation of a response (by
channel and slot conditions, all written in English in domain/); this one then swaps the text and the
button titles for the translation in the language the hub named in the message's metadata, and fills the
placeholders, numbers included, from the helpline catalogue. In-process: no call over the network per
response, and variations need no copy per language (so Rasa's channel-before-condition trap cannot bite)."""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.languages.catalogue import Translations, translations
from bot.languages.supported import ANSWER_LANGUAGE_KEY, ENGLISH, is_supported
from bot.rasa_plugins import (
    action_connections, action_events, action_replies, applied_events, event_types, prediction_states, whole_turns,
)

# endpoints.yml names this module, so the Rasa server imports it while loading, before the first turn:
# the one place in that process where our code runs early, so our changes to Rasa's own code are applied here.
action_connections.apply()
action_events.apply()
action_replies.apply()
applied_events.apply()
event_types.apply()
prediction_states.apply()
whole_turns.apply()


def answer_language(tracker: DialogueStateTracker) -> str:
    """The language the hub asked for on the latest message; English when it named none."""
    metadata = tracker.latest_message.metadata if tracker.latest_message else None
    code = (metadata or {}).get(ANSWER_LANGUAGE_KEY)
    return code if is_supported(code) else ENGLISH


class LocalisedNaturalLanguageGenerator(TemplatedNaturalLanguageGenerator):
    def __init__(
        self,
        endpoint_config: Optional[EndpointConfig] = None,
        domain: Optional[Domain] = None,
        texts: Optional[Translations] = None,
    ) -> None:
        super().__init__(domain.responses if domain else {})
        self.texts = texts or translations()

    async def generate(
        self, utter_action: Text, tracker: DialogueStateTracker, output_channel: Text, **kwargs: Any
    ) -> Optional[Dict[Text, Any]]:
        filled_slots = tracker.current_slot_values()
        variation = self._random_response_for(utter_action, output_channel, filled_slots)
        if variation is None:
            return None
        response = self.texts.response(answer_language(tracker), utter_action, variation)
        return self._fill_response(response, filled_slots, **{**self.texts.numbers, **kwargs})

    def _fill_response(
        self, response: Dict[Text, Any], filled_slots: Optional[Dict[Text, Any]] = None, **kwargs: Any
    ) -> Dict[Text, Any]:
        """Fills the placeholders of the text and the button titles, and leaves button payloads as written.

        A payload is an intent with its entities in JSON (`/choose{"incident_kind":"hate"}`), never a
        template; Rasa's interpolator reads those braces as a slot's name, finds none, logs an ERROR with a
        stack trace for each button on every turn and gives the payload back unchanged. Setting payloads
        aside while the rest is filled gives the same buttons without that work and that noise in the log
        (escaping the braces in domain/ instead would change the payloads every other reader of domain/
        sees: the hub, the console, the catalogue extractor)."""
        buttons = response.get("buttons") or []
        payloads = [button.pop("payload", None) for button in buttons]
        filled = super()._fill_response(response, filled_slots, **kwargs)
        # Rasa fills the buttons in place and in order; put each payload back on its own button.
        for button, payload in zip(filled.get("buttons") or [], payloads):
            if payload is not None:
                button["payload"] = payload
        return filled
