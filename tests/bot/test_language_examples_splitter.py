"""What DIET is taught: the English examples only, without those marked for the danger-now classifier alone
(bot/rasa_plugins/language_intents.py), which the danger-now classifier still sees."""
from __future__ import annotations

from pathlib import Path

from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

from bot.rasa_plugins.language_intents import LanguageExamplesSplitter, for_the_danger_classifier_only
from bot.settings_core import PROJECT_ROOT

NLU = """
version: "3.1"
nlu:
- intent: danger_now
  examples: |
    - he is kicking the door in
- intent: danger_now
  metadata:
    taught_to: danger_now_classifier
  examples: |
    - hes outside with a bat now
- intent: danger_now
  metadata:
    language: pl
  examples: |
    - on wyważa drzwi
"""


def test_diet_is_taught_english_without_the_examples_for_the_danger_classifier_only() -> None:
    data = RasaYAMLReader().reads(NLU)
    splitter = LanguageExamplesSplitter.__new__(LanguageExamplesSplitter)  # process_training_data uses no state

    taught = splitter.process_training_data(data)

    assert [m.get("text") for m in taught.training_examples] == ["he is kicking the door in"]
    assert [m.get("text") for m in data.training_examples if for_the_danger_classifier_only(m)] == [
        "hes outside with a bat now"]


def test_every_block_of_the_taught_danger_sets_is_for_the_danger_classifier_only() -> None:
    path: Path = PROJECT_ROOT / "data" / "training" / "nlu" / "danger_taught.yml"
    data = RasaYAMLReader().read(path)

    assert len(data.training_examples) > 1000
    assert all(for_the_danger_classifier_only(m) for m in data.training_examples)
