"""YAML read with libyaml (bot/yaml_files.py): the same documents as the pure-Python reader, words kept as
typed; and every language's phrases read as the hub starts, not on someone's first message."""
from __future__ import annotations

import asyncio
from pathlib import Path

import yaml

from bot.config import Settings
from bot.languages import phrases
from bot.languages.catalogue import LANGUAGES_DIR
from bot.services import hub_services
from bot.yaml_files import read_yaml
from tests.support.stack import environment_for_tests


def test_words_people_type_stay_strings(tmp_path: Path) -> None:
    path = tmp_path / "phrases.yml"
    path.write_text("skip: [no, yes, 1.0, ~]\n", encoding="utf-8")
    assert read_yaml(path, strings=True) == {"skip": ["no", "yes", "1.0", "~"]}
    assert read_yaml(path) == {"skip": [False, True, 1.0, None]}


def test_every_languages_phrases_read_as_with_the_pure_python_reader() -> None:
    # Every language's phrases (the danger patterns too are read so, their own tests reading them; the pure-Python
    # reader takes 20 s over them on a loaded machine).
    files = sorted(LANGUAGES_DIR.glob("*/phrases.yml"))
    assert len(files) >= 14
    for file in files:
        with file.open(encoding="utf-8") as handle:
            assert read_yaml(file) == yaml.load(handle, Loader=yaml.SafeLoader), file
        with file.open(encoding="utf-8") as handle:
            assert read_yaml(file, strings=True) == yaml.load(handle, Loader=yaml.BaseLoader), file


def test_the_hub_has_read_every_languages_phrases_before_the_first_message(tmp_path: Path) -> None:
    phrases.phrases.cache_clear()
    settings = Settings.from_env(environment_for_tests(tmp_path))

    async def started() -> int:
        async with hub_services(settings):
            return phrases.phrases.cache_info().currsize

    assert asyncio.run(started()) == len(phrases.PHRASE_LANGUAGES)
