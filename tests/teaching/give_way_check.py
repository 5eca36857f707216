"""The give-way check: present-danger lines no pattern reads, whose own words the give-way takes as not now, and that only
the English binary classifier's certainty (SURE_OVER_GIVE_WAY) keeps as danger.

  python -m tests.teaching.give_way_check [SKIP_KEY ...]   (keys of sets not yet measured, left out unread)

Reads tests/heldout/danger_en.yml and tests/teaching/read/*.yml; trains English's binary classifier on data/training/nlu
(seconds). Each line is printed HELD (held only by the sure binary) or LOST (given way, the binary below it), then the
count held. Each held line is one a weaker classifier would lose: a round reads them and makes the patterns see them
(docs/benchmarks.md, the forty-sixth to forty-eighth rounds). Prints held-out lines: run it only on sets already measured."""
from __future__ import annotations

import sys

from bot.config import PROJECT_ROOT
from bot.languages.danger_now import DangerNowClassifiers
from bot.languages.supported import ENGLISH
from bot.rasa_plugins.danger_detector import _SAID_SAFE, _plain_english, detect_danger, told_as_not_now_in
from tests.bench_danger_teaching import training_examples
from tests.teaching.detector_replay import read_set_lines


def danger_lines(skip: set[str]) -> list[tuple[str, str]]:
    """Every present-danger line of the held-out and read sets, as (file:key, line), but the skipped keys'."""
    files = [PROJECT_ROOT / "tests/heldout/danger_en.yml"] + sorted((PROJECT_ROOT / "tests/teaching/read").glob("*.yml"))
    return [(where, line) for path in files for where, line in read_set_lines(path)
            if (key := where.split(":", 1)[1]).startswith("danger_") and key not in skip]


def main(skip: set[str]) -> None:
    classifiers = DangerNowClassifiers.train(training_examples())
    held = 0
    for where, line in danger_lines(skip):
        if detect_danger(line) is not None or not told_as_not_now_in(line, ENGLISH):
            continue
        probability = classifiers.probability(line, ENGLISH)
        is_held = classifiers.sure_of_danger(probability) and not _SAID_SAFE.search(_plain_english(line))
        held += is_held
        print(f"{'HELD' if is_held else 'LOST'} {probability:.2f} {where}: {line}")
    print(f"held only by the sure binary: {held}")


if __name__ == "__main__":
    main(set(sys.argv[1:]))
