"""English danger, replayed blind: what teaching the older held-out sets and the binary danger-now net's
threshold would have done on each English set at the commit where that set was first measured (issue 10
point 1, ninth round; the English counterpart of tests/replay_gu_danger.py).

Leave-one-set-out over today's tests/heldout/danger_en.yml cannot choose: every set in it was read while
tuning the patterns and the training data, so today's code is near 1.00 on most of them. Each set's first
run was blind, though, and git still has the detector and training data of that run. For each replayed set
this script checks out that commit (a detached git worktree under --checkouts) and reads there, with that
commit's own detector and data: every message of the set (the detector's verdict, and whether it is told
as past, habit, what-if or safe), the older sets' messages and the English training examples. Back here,
today's binary classifier (bot/languages/danger_now.py) is trained on that commit's examples:
- `plain`: the training data as it was;
- `+ older sets`: and every set written before the replayed one (danger as danger now, the rest not);
- `+ sets 1-4`: and the four oldest sets only (what stays fixed if sets 5 onwards are held out).
A message counts as caught when that commit's detector matched it, or the classifier reached the threshold
and the message is not told as not now. DIET (English's intent classifier until 2026-12-01) is left out:
retraining a Rasa model per commit takes minutes each; its part is measured on set 8 with main's model, whose data and detector are set 8's blind run's
(docs/benchmarks.md, ninth round).

Run from a worktree root: `.venv/bin/python -m tests.replay_en_danger` (about 2 minutes; it adds git
worktrees, which `git worktree remove` takes away). Not a test; the figures are in docs/benchmarks.md."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# Each English set's blind run (docs/benchmarks.md): the commit that added the set, before any change for it.
BLIND_RUNS = {5: "280d5fa", 6: "6d59857", 7: "c44d955", 8: "065b9b2"}
# The held-out file's keys by set number.
KEYS = {1: ("danger", "not_danger"), 2: ("danger_fresh", "not_danger_fresh"), 3: ("danger_blind", "not_danger_blind"),
        **{n: (f"danger_fresh{n}", f"not_danger_fresh{n}") for n in range(4, 10)}}
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
OLDEST = 4


def flatten(groups: dict[str, list[str]] | None) -> list[str]:
    return [str(t) for texts in (groups or {}).values() for t in texts]


def read_checkout(number: int) -> dict[str, Any]:
    """Inside a historical checkout: the replayed set read by its detector, the older sets, the training data."""
    import yaml
    from rasa.shared.nlu.training_data.loading import load_data

    from bot.rasa_plugins.danger_detector import detect_danger, told_as_not_now

    held_out = yaml.safe_load(Path("tests/heldout/danger_en.yml").read_text(encoding="utf-8"))
    present, hard = (flatten(held_out[key]) for key in KEYS[number])
    rows = [{"text": t, "danger": danger, "detector": detect_danger(t) is not None, "not_now": told_as_not_now(t)}
            for texts, danger in ((present, True), (hard, False)) for t in texts]
    older = {n: {"danger": flatten(held_out.get(KEYS[n][0])), "hard": flatten(held_out.get(KEYS[n][1]))}
             for n in range(1, number)}
    training = [[str(m.get("text")), str(m.get("intent"))] for m in load_data("data/training/nlu").intent_examples]
    return {"rows": rows, "older": older, "training": training}


def replay(number: int, commit: str, checkouts: Path) -> dict[str, Any]:
    checkout = checkouts / commit
    if not checkout.is_dir():
        subprocess.run(["git", "worktree", "add", "--detach", str(checkout), commit], check=True, capture_output=True)
    # The checkout comes first on the path, so its own bot/ is read, not this worktree's.
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, __file__, "--read", str(number)], cwd=checkout, env=environment,
                          check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout))


def figures(rows: list[dict[str, Any]], probabilities: list[float], threshold: float) -> str:
    caught = [r["detector"] or (p >= threshold and not r["not_now"]) for r, p in zip(rows, probabilities)]
    hits = sum(c for c, r in zip(caught, rows) if r["danger"])
    alarms = sum(c for c, r in zip(caught, rows) if not r["danger"])
    present = sum(r["danger"] for r in rows)
    return f"{hits / present:.2f} / {hits / (hits + alarms):.2f}" if hits + alarms else "nan"


def variants(run: dict[str, Any], number: int) -> dict[str, list[Any]]:
    from bot.assistant_contract import DANGER_NOW
    from bot.languages.intents import NOT_TYPED, Example

    training = [Example(t, i, "en") for t, i in run["training"] if i not in NOT_TYPED]

    def taught(numbers: range) -> list[Example]:
        return [Example(t, DANGER_NOW if key == "danger" else "not_danger", "en")
                for n in numbers for key in ("danger", "hard") for t in run["older"][str(n)][key]]

    return {"plain": training, "+ older sets": training + taught(range(1, number)),
            "+ sets 1-4": training + taught(range(1, OLDEST + 1))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--read", type=int, help="(inside a checkout) print that set's readings")
    parser.add_argument("--checkouts", type=Path, default=Path("/tmp/speakup-en-replay"))
    args = parser.parse_args()
    if args.read:
        # Run as a file, Python puts tests/ first on the path, where tests/bot would hide the checkout's bot/.
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
        json.dump(read_checkout(args.read), sys.stdout)
        return
    from bot.languages.danger_now import danger_probability, train_binary

    print("| set (blind commit) | variant | detector alone | " + " | ".join(f"≥ {t}" for t in THRESHOLDS) + " |")
    print("| --- | --- | --- |" + " --- |" * len(THRESHOLDS))
    for number, commit in BLIND_RUNS.items():
        run = replay(number, commit, args.checkouts)
        rows = run["rows"]
        texts = [r["text"] for r in rows]
        for name, examples in variants(run, number).items():
            probabilities = danger_probability(train_binary(examples), texts)
            print(f"| {number} ({commit}) | {name} | {figures(rows, [0.0] * len(rows), 1.0)} | "
                  + " | ".join(figures(rows, probabilities, t) for t in THRESHOLDS) + " |", flush=True)


if __name__ == "__main__":
    main()
