"""The assistant's domain as the hub reads it: the files of domain/ (one per feature) merged into one
mapping, with PyYAML alone, so that the hub never imports Rasa to read its own texts.

Rasa merges the same directory itself (`--domain domain/`), but when two files name the same intent, slot,
form or response it only warns and keeps whichever file it happened to walk first; here that is an error
naming both files, so a text can never be lost to another feature's file without anyone noticing.
Files are read in name order, which is the order of the responses and so of the translators' catalogues
(bot/languages/extract.py): the numbers in the file names keep the conversation's order."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Union

from bot.settings_core import PROJECT_ROOT
from bot.yaml_files import read_yaml

DOMAIN_DIR = PROJECT_ROOT / "domain"

# How Rasa merges each key (rasa.shared.core.domain.Domain.merge_domain_dicts): lists of names (an entry is
# a name, or a mapping from one name to its properties) and mappings from names.
_NAME_LISTS = frozenset({"intents", "entities", "actions", "e2e_actions"})
_NAME_MAPPINGS = frozenset({"slots", "forms", "responses"})
# Said once for the whole domain; every file may repeat the format version.
_ONCE = frozenset({"session_config", "config"})
_VERSION = "version"


class DomainFilesError(ValueError):
    """The domain's files contradict each other or are not a domain."""


def domain_files(path: Path = DOMAIN_DIR) -> list[Path]:
    """The YAML files that make up the domain at `path`: a directory (in name order) or a single file."""
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file())
    if not files:
        raise DomainFilesError(f"{path} holds no domain files (*.yml)")
    return files


def _names(key: str, value: Any) -> list[str]:
    if key in _NAME_LISTS:
        return [str(next(iter(entry))) if isinstance(entry, dict) else str(entry) for entry in value or []]
    if key in _NAME_MAPPINGS:
        return [str(name) for name in value or {}]
    return [""]  # a key said once: its one "name" is the key itself


def load_domain(path: Path = DOMAIN_DIR) -> dict[str, Any]:
    """Every file at `path` merged into one domain mapping, as Rasa merges them, but refusing duplicates."""
    merged: dict[str, Any] = {}
    said_in: dict[tuple[str, str], Path] = {}
    for file in domain_files(path):
        part = read_yaml(file) or {}
        if not isinstance(part, dict):
            raise DomainFilesError(f"{file} is not a YAML mapping of domain keys")
        for key, value in part.items():
            if key == _VERSION:
                merged.setdefault(key, value)
                continue
            if key not in _NAME_LISTS | _NAME_MAPPINGS | _ONCE:
                raise DomainFilesError(f"{file}: '{key}' is not a key of a Rasa domain")
            for name in _names(key, value):
                first = said_in.get((key, name))
                if first is not None:
                    what = f"'{key}'" if not name else f"{key} '{name}'"
                    where = f"twice in {file}" if first == file else f"in both {first} and {file}"
                    raise DomainFilesError(f"{what} is {where}: keep one")
                said_in[(key, name)] = file
            merged_value: Union[list[Any], dict[str, Any], Any]
            if key in _NAME_LISTS:
                merged_value = [*merged.get(key, []), *(value or [])]
            elif key in _NAME_MAPPINGS:
                merged_value = {**merged.get(key, {}), **(value or {})}
            else:
                merged_value = value
            merged[key] = merged_value
    return merged
