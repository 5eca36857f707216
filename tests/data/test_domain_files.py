"""The domain split by feature (domain/): the hub's reader (bot/domain_files.py) sees exactly what Rasa
merges, refuses what Rasa would only warn about, and keeps the conversation's order for the catalogues."""
from __future__ import annotations

from pathlib import Path

import pytest
from rasa.shared.core.domain import Domain

from bot.domain_files import DOMAIN_DIR, DomainFilesError, domain_files, load_domain


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_the_hub_reads_the_same_domain_that_rasa_merges() -> None:
    ours, rasas = load_domain(), Domain.from_directory(str(DOMAIN_DIR)).as_dict()
    # Rasa adds its own defaults (session_config, config); what SpeakUp wrote must be read the same.
    assert ours["responses"] == rasas["responses"]
    assert ours["forms"] == rasas["forms"]
    assert ours["slots"].keys() == rasas["slots"].keys()
    assert sorted(map(str, ours["intents"])) == sorted(map(str, rasas["intents"]))
    assert sorted(ours["entities"]) == sorted(rasas["entities"])
    assert sorted(ours["actions"]) == sorted(rasas["actions"])
    assert ours["session_config"] == rasas["session_config"] == {
        "session_expiration_time": 60,
        "carry_over_slots_to_new_session": False,
    }


def test_each_feature_file_is_one_rasa_takes_for_a_domain_file() -> None:
    """Rasa silently skips a .yml file in domain/ without a domain key; none may be lost that way."""
    files = domain_files()
    assert len(files) > 1
    assert all(Domain.is_domain_file(file) for file in files)


def test_a_response_in_two_files_is_refused_naming_both(tmp_path: Path) -> None:
    first = _write(tmp_path / "10-menu.yml", 'version: "3.1"\nresponses:\n  utter_menu:\n  - text: "Menu"\n')
    second = _write(tmp_path / "20-other.yml", 'version: "3.1"\nresponses:\n  utter_menu:\n  - text: "Other"\n')
    with pytest.raises(DomainFilesError) as raised:
        load_domain(tmp_path)
    assert "utter_menu" in str(raised.value)
    assert str(first) in str(raised.value) and str(second) in str(raised.value)


def test_a_second_session_config_is_refused(tmp_path: Path) -> None:
    """Rasa keeps whichever non-default session_config it walks across first, in no set order."""
    for name in ("10-a.yml", "20-b.yml"):
        _write(tmp_path / name, "session_config:\n  session_expiration_time: 60\n")
    with pytest.raises(DomainFilesError, match="session_config"):
        load_domain(tmp_path)


def test_an_intent_listed_in_two_files_is_refused(tmp_path: Path) -> None:
    _write(tmp_path / "10-a.yml", "intents:\n  - greet\n")
    _write(tmp_path / "20-b.yml", "intents:\n  - greet:\n      use_entities: []\n")
    with pytest.raises(DomainFilesError, match="intents 'greet'"):
        load_domain(tmp_path)


def test_files_merge_in_name_order_whatever_order_they_were_written(tmp_path: Path) -> None:
    _write(tmp_path / "20-later.yml", 'intents:\n  - goodbye\nresponses:\n  utter_goodbye:\n  - text: "Bye"\n')
    _write(tmp_path / "10-first.yml", 'intents:\n  - greet\nresponses:\n  utter_hello:\n  - text: "Hello"\n')
    merged = load_domain(tmp_path)
    assert list(merged["responses"]) == ["utter_hello", "utter_goodbye"]
    assert merged["intents"] == ["greet", "goodbye"]


def test_a_single_domain_file_still_loads(tmp_path: Path) -> None:
    """SPEAKUP_DOMAIN_PATH may name one file, as it did before the split."""
    single = _write(tmp_path / "domain.yml", 'responses:\n  utter_hello:\n  - text: "Hello"\n')
    assert load_domain(single)["responses"] == {"utter_hello": [{"text": "Hello"}]}


def test_an_empty_directory_is_not_taken_for_a_domain(tmp_path: Path) -> None:
    with pytest.raises(DomainFilesError, match="no domain files"):
        load_domain(tmp_path)
