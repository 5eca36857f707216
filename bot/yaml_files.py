"""YAML files read with libyaml where PyYAML has it (its wheels do), the pure-Python reader otherwise.

The same documents come out, for about a tenth of the CPU: the fourteen danger files took 1.3 s to read at
every start of the Rasa server with the pure-Python reader, 0.07 s with libyaml; the phrases of every language,
read on a hub's first message, 1.56 s against 0.17 s (5.7 s of that first person's wait on a loaded machine)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BASE_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


def read_yaml(path: Path, strings: bool = False) -> Any:
    """The document in `path`. `strings`: every scalar a string (YAML 1.1 would read a bare `no` or `yes`
    as a boolean, `1.0` as a number), as for words people type."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_BASE_LOADER if strings else _SAFE_LOADER)
