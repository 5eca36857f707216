"""Would a binary "danger now" classifier (bot/languages/danger_now.py) help, and at what threshold?

Offline, on the held-out English danger sets (tests/heldout/danger_en.yml) named on the command line: for
each set left out, the classifier is trained on data/training/nlu's English examples (danger_now against
everything else), and in the variants also on held-out sets that are not the one left out:

- `training`: the training data only;
- `+ other sets`: and every other named set (leave one set out);
- `+ sets 1-4`: and the four oldest sets (for the sets from the fifth on; in the eighth round, when the
  held-out file still had sets 1-5: since the twelfth round it holds sets 13-14 only, numbered 1-2 here by their
  place in tests/bench_danger.py's SETS).

Each is read alone and combined with the current system (the detector and the trained model, as
tests/bench_danger.py's "detector + model" reads it, with the model in SPEAKUP_MODEL_PATH): danger when the
system says so, or when the classifier's probability reaches the threshold and the detector does not read
the message as past, habit, what-if or safe (told_as_not_now). Recall and precision per set and threshold,
and the training time. Not a test: it chose THRESHOLD in bot/languages/danger_now.py.

`python -m tests.bench_danger_classifier` (the current system's readings are kept in
/tmp/speakup_danger_readings_main_model.json between runs; `--fresh` reads them again).

`--overrule` (ninth round) asks the other way: if the classifier, trained on the training data, could also
overrule the intent classifier's danger_now when it is sure the message is NOT danger now (probability below
a floor, no pattern matched), what would each named set lose in recall and gain in precision?

`--rounds` (twenty-third round) asks it again on far more messages: each teaching round's block of
data/training/nlu/danger_taught.yml (6,985 messages of sets 1-32 when first run) is left out in turn, English's intent and
binary classifiers are trained without it, and the DangerDetector decides the block's messages (decide_danger)
with the floor below which the binary classifier overrules at each value: what present danger is lost and which
false alarms go. The patterns and past readings were fitted to these sets, so it measures the classifiers' part
only (most of the blocks' danger is a pattern's)."""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Callable, Sequence

import yaml

from bot.config import PROJECT_ROOT
from bot.languages.danger_now import danger_probability, train_binary
from bot.languages.intents import NOT_TYPED, Example, train_model
from bot.languages.supported import ENGLISH
from bot.rasa_plugins.danger_detector import decide_danger, told_as_not_now
from tests.bench_danger import DANGER, SETS, evaluation_sets, model_intents
from tests.bench_languages import Reader, all_english_examples, examples_in, fallback_thresholds, readings

READINGS = Path("/tmp/speakup_danger_readings_main_model.json")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
OLDEST = 4
NOT_DANGER = "not_danger"

Labelled = list[tuple[str, bool]]


def training_examples() -> list[Example]:
    from rasa.shared.nlu.training_data.loading import load_data

    data = load_data(str(PROJECT_ROOT / "data" / "training" / "nlu"))
    return [Example(str(m.get("text")), str(m.get("intent")), "en") for m in data.intent_examples
            if m.get("intent") not in NOT_TYPED]


def labelled_sets(names: Sequence[int]) -> dict[int, Labelled]:
    sets = evaluation_sets()
    chosen: dict[int, Labelled] = {}
    for number in names:
        _, present, hard = sets[number - 1]
        chosen[number] = ([(t, True) for group in present.values() for t in group]
                          + [(t, False) for group in hard.values() for t in group])
    return chosen


def system_readings(texts: list[str], fresh: bool) -> dict[str, bool]:
    known: dict[str, bool] = json.loads(READINGS.read_text()) if READINGS.exists() and not fresh else {}
    missing = [t for t in texts if t not in known]
    if missing:
        with_detector, _ = model_intents(missing)
        known.update({t: parsed["intent"]["name"] == DANGER for t, parsed in with_detector.items()})
        READINGS.write_text(json.dumps(known))
    return known


def pipeline_readings(texts: list[str]) -> dict[str, tuple[bool, bool]]:
    """For each text: whether the whole pipeline says danger_now, and whether a pattern matched (a pattern's
    danger is never overruled)."""
    with_detector, _ = model_intents(texts)
    return {t: (parsed["intent"]["name"] == DANGER, bool(parsed.get("danger"))) for t, parsed in with_detector.items()}


def print_overrule(sets: dict[int, Labelled], training: list[Example]) -> None:
    texts = [t for labelled in sets.values() for t, _ in labelled]
    readings = pipeline_readings(texts)
    p = dict(zip(texts, danger_probability(train_binary(training), texts)))
    floors = (0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
    print("\n## Overruling danger_now below a floor (recall / precision; 0.0 = as now)\n")
    print("| set | " + " | ".join(f"below {f}" for f in floors) + " |")
    print("| --- |" + " --- |" * len(floors))
    for number, labelled in sets.items():
        def says(floor: float) -> Callable[[str], bool]:
            return lambda t: readings[t][0] and (readings[t][1] or p[t] >= floor)
        print(f"| {number} | " + " | ".join(figures(labelled, says(f)) for f in floors) + " |")


TAUGHT = PROJECT_ROOT / "data" / "training" / "nlu" / "danger_taught.yml"
ROUND_HEADER = "# Held-out English danger sets"
FLOORS = (0.2, 0.3, 0.4, 0.5, 0.6)


def taught_rounds() -> list[tuple[str, list[Example]]]:
    """danger_taught.yml's blocks, one per teaching round, each opened by its header comment."""
    lines = TAUGHT.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if line.startswith(ROUND_HEADER)]
    rounds = []
    for start, end in zip(starts, [*starts[1:], len(lines)]):
        block = "\n".join(line for line in lines[start:end] if not line.startswith(("version:", "nlu:")))
        rounds.append((lines[start][len(ROUND_HEADER):].split("(")[0].strip(), examples_in(yaml.safe_load(block) or [], ENGLISH)))
    return rounds


def without(everything: list[Example], left_out: list[Example]) -> list[Example]:
    remaining = Counter((e.text, e.intent) for e in left_out)
    kept = []
    for example in everything:
        if remaining[(example.text, example.intent)] > 0:
            remaining[(example.text, example.intent)] -= 1
        else:
            kept.append(example)
    return kept


def print_rounds() -> None:
    everything, thresholds = all_english_examples(), fallback_thresholds()
    caught: Counter[float] = Counter()
    false: Counter[float] = Counter()
    present = negatives = 0
    print("\n## Leave one teaching round out: the binary classifier's overrule floor (caught / false alarms)\n")
    print("| round's sets | messages | " + " | ".join(f"below {f}" for f in FLOORS) + " |")
    print("| --- | --- |" + " --- |" * len(FLOORS))
    for name, left_out in taught_rounds():
        kept = without(everything, left_out)
        reader = Reader(ENGLISH, train_model(kept), train_binary([e for e in kept if e.intent not in NOT_TYPED]))
        # As the assistant reads each message (bench_languages.readings), then with the floor at each value.
        read = [readings(reader, None, e.text, thresholds) for e in left_out]
        probabilities = danger_probability(reader.danger_now, [e.text for e in left_out])
        cells = []
        for floor in FLOORS:
            says = [decide_danger(e.text, replace(r, binary_says_not_danger=p < floor)).verdict.is_danger
                    for e, r, p in zip(left_out, read, probabilities)]
            round_caught = sum(s for s, e in zip(says, left_out) if e.intent == DANGER)
            round_false = sum(s for s, e in zip(says, left_out) if e.intent != DANGER)
            caught[floor] += round_caught
            false[floor] += round_false
            cells.append(f"{round_caught} / {round_false}")
        present += sum(e.intent == DANGER for e in left_out)
        negatives += sum(e.intent != DANGER for e in left_out)
        print(f"| {name} | {len(left_out)} | " + " | ".join(cells) + " |")
    print(f"| **all** ({present} danger, {negatives} not) | | " + " | ".join(f"{caught[f]} / {false[f]}" for f in FLOORS) + " |")


def as_examples(labelled: Labelled) -> list[Example]:
    return [Example(text, DANGER if danger else NOT_DANGER, "en") for text, danger in labelled]


def figures(labelled: Labelled, says: Callable[[str], bool]) -> str:
    caught = sum(1 for text, danger in labelled if danger and says(text))
    false = sum(1 for text, danger in labelled if not danger and says(text))
    present = sum(1 for _, danger in labelled if danger)
    recall = caught / present
    precision = caught / (caught + false) if caught + false else float("nan")
    return f"{recall:.2f} / {precision:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, nargs="+", default=list(range(1, len(SETS) + 1)),
                        help="places (1-based) in tests/bench_danger.py's SETS")
    parser.add_argument("--fresh", action="store_true")
    parser.add_argument("--overrule", action="store_true", help="only the floor below which danger_now is overruled")
    parser.add_argument("--rounds", action="store_true", help="the floor, leaving each taught round out in turn")
    args = parser.parse_args()
    if args.rounds:
        print_rounds()
        return
    sets = labelled_sets(args.sets)
    training = training_examples()
    if args.overrule:
        print_overrule(sets, training)
        return
    system = system_readings([t for labelled in sets.values() for t, _ in labelled], args.fresh)
    not_now = {t: told_as_not_now(t) for labelled in sets.values() for t, _ in labelled}
    print(f"# Binary danger-now classifier, leave one set out ({time.strftime('%Y-%m-%d')}), "
          f"{len(training)} training examples; figures are recall / precision")
    for left_out, labelled in sets.items():
        variants: dict[str, list[Example]] = {
            "training": training,
            "+ other sets": training + [e for n, other in sets.items() if n != left_out for e in as_examples(other)],
        }
        if left_out > OLDEST:
            variants["+ sets 1-4"] = training + [e for n, other in sets.items() if n <= OLDEST for e in as_examples(other)]
        print(f"\n## set {left_out}: {SETS[left_out - 1][1]} ({len(labelled)} messages); "
              f"current system {figures(labelled, lambda t: system[t])}\n")
        print("| variant | train s | " + " | ".join(f"alone ≥{t} | combined ≥{t}" for t in THRESHOLDS) + " |")
        print("| --- | --- |" + " --- | --- |" * len(THRESHOLDS))
        for name, examples in variants.items():
            started = time.perf_counter()
            model = train_binary(examples)
            seconds = time.perf_counter() - started
            texts = [t for t, _ in labelled]
            p = dict(zip(texts, danger_probability(model, texts)))
            cells = []
            for threshold in THRESHOLDS:
                alone = figures(labelled, lambda t: p[t] >= threshold)
                combined = figures(labelled, lambda t: system[t] or (p[t] >= threshold and not not_now[t]))
                cells += [alone, combined]
            print(f"| {name} | {seconds:.1f} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
