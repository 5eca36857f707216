"""The danger detector's patterns for every language are compiled while the Rasa server loads the model,
not on the first person's first message (issue 13: over a second of CPU that person would wait for)."""
from __future__ import annotations

from pathlib import Path

from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource

from bot.rasa_plugins.danger_detector import DangerDetector, detect_danger, other_languages


def test_loading_the_model_compiles_every_languages_patterns(tmp_path: Path) -> None:
    other_languages.cache_clear()

    detector = DangerDetector.load(
        {}, LocalModelStorage(tmp_path), Resource("danger_detector"), ExecutionContext(GraphSchema({}))
    )

    assert other_languages.cache_info().currsize == 1
    assert isinstance(detector, DangerDetector)
    # Still the same detector: a cry for help in English is caught.
    assert detect_danger("he's outside my flat with a knife") is not None
