"""A button's payload (`/choose{"incident_kind":"hate"}`) read without running the NLU pipeline.

Rasa 3.6 sends every message through the whole pipeline (the classifiers, the language and danger
components) and only at its end lets `RegexMessageHandler` replace the intent and entities of a
message that is an intent payload. Most turns of a report are buttons pressed (or numbered choices the
hub turned into their payloads), so a fifth of the Rasa server's time went on classifying text whose
meaning was already known (py-spy, docs/benchmarks.md "Cost of a turn"). The hub channel reads such a
payload here, with the reader `RegexMessageHandler` uses, and gives Rasa the result as the message's parse
data, which Rasa's processor then takes as it is. Text that only looks like a payload (an intent the
domain does not have, a broken pattern) is left to the pipeline, as before."""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
from rasa.shared.constants import INTENT_MESSAGE_PREFIX
from rasa.shared.core.domain import Domain
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message


def payload_parse_data(text: str, domain: Optional[Domain]) -> Optional[Dict[Text, Any]]:
    """What Rasa's pipeline would give for `text` if it is a payload of one of the domain's intents
    (text, intent, entities, intent ranking); None for anything else, which the pipeline must read, and
    when no model (so no domain) is loaded."""
    if domain is None or not text.strip().startswith(INTENT_MESSAGE_PREFIX):
        return None
    read = YAMLStoryReader.unpack_regex_message(
        Message({TEXT: text}), domain, entity_extractor_name=RegexMessageHandler.__name__)
    if (read.get(INTENT) or {}).get(INTENT_NAME_KEY) is None:
        return None
    return read.as_dict(only_output_properties=True)
