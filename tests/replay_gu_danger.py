"""Gujarati danger, replayed blind: how other uses of the classifier would have done on each held-out set at
the commit where that set was first measured, when nobody had yet read it (issue 9, round 6).

Leave-one-set-out over the Gujarati sets of today's tests/heldout/gu.yml cannot choose a change: every set
in it was read while tuning the patterns and the training examples, so today's code is near 1.00 on all of
them. Each set's first run, though, was blind, and git still has the code and data of that run. For each
set this script checks out that commit (a detached git worktree under --checkouts), reads every message of
the then-newest pair there with that commit's own detector and examples, and compares, beside the detector
and unless the message reads as not now (as the assistant does):
- the classifier's danger_now as the assistant uses it (first, above the fallback threshold and margin);
- (a) danger_now in the top two above a lower threshold;
- (b) a binary danger classifier (the same features, danger_now against the rest) above a threshold;
- (c) the same classifier also taught the sets written before the replayed one (danger as danger_now, the
  hard non-danger half as the intent the classifier ranked first after danger_now);
- (d) (round 7) a danger_now at least this sure kept beside a past clause when another clause, with no past word,
  is in the present tense (today's Gujarati danger.yml decides the clauses and tenses; the rest is the run's own);
- (e) (round 7) romanised messages: danger_now first above a lower threshold;
- (f) (round 8) the classifier also taught the candidate examples of a Rasa NLU file given with --extra
  (written for data/languages/gu/nlu.yml), alone and with (c);
- (g) (round 8) the classifier taught only the older sets that were training examples before round 8 (to
  fresh 7), or those and fresh 8 and 9, with and without the --extra examples: the training before round 8
  and the round's candidates, replayed.

Run from a worktree root: `.venv/bin/python -m tests.replay_gu_danger [--extra FILE] [--save FILE]` (about 4
minutes, 10 to 12 with --extra on a busy machine; it adds git worktrees, which `git worktree remove` takes away). Not a test; the figures are in docs/benchmarks.md."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable, Iterable

# Each Gujarati set's blind run: the commit its first figure was measured at (docs/benchmarks.md).
BLIND_RUNS = ("14fd867", "a420940", "5f82b6e", "9d7e5c6", "dc9c918", "37b02ae", "0afa92c", "a648c71", "f5fbe5a", "c06b807",
              "b7555c1")
# The candidate examples of (f), read inside each checkout from this file (set by --extra).
EXTRA_ENVIRONMENT = "SPEAKUP_REPLAY_EXTRA"
# (g): the held-out pairs nlu.yml taught before round 8, and those round 8 added (fresh 8 and 9).
TAUGHT_BEFORE_ROUND_8 = ("danger", "danger_fresh", *(f"danger_fresh{n}" for n in range(2, 8)))
TAUGHT_WITH_8_AND_9 = (*TAUGHT_BEFORE_ROUND_8, "danger_fresh8", "danger_fresh9")
CODE = "gu"
DANGER = "danger_now"
Row = dict[str, Any]
Rule = Callable[[Row], bool]


def read_newest_pair() -> dict[str, Any]:
    """Inside a historical checkout: what its detector and classifiers say on its newest held-out pair."""
    from sklearn.linear_model import SGDClassifier
    from sklearn.pipeline import Pipeline

    import tests.bench_languages as bench
    from bot.languages.intents import Example, new_model, ranking, train_model
    from bot.rasa_plugins.danger_detector import detect_danger, told_as_not_now_in

    data = bench.heldout()[CODE]
    pairs = [(d, n) for d, n in bench.DANGER_SETS.values() if data.get(d)]
    (newest_danger, newest_hard), older = pairs[-1], pairs[:-1]
    base, english = bench.examples(CODE), bench.english_examples()
    plain = train_model(base + english)

    def counterexample(text: str) -> Example:
        return Example(text, next(i for i, _ in ranking(plain, text, limit=3) if i != DANGER), CODE)

    def taught(pairs: list[tuple[str, str]]) -> list[Example]:
        return [Example(str(t), DANGER, CODE) for d, _ in pairs for t in data[d]] + [
            counterexample(str(t)) for _, n in pairs for t in data.get(n) or []]

    older_examples = taught(older)
    today = taught([(d, n) for d, n in older if d in TAUGHT_BEFORE_ROUND_8])
    with_8_and_9 = taught([(d, n) for d, n in older if d in TAUGHT_WITH_8_AND_9])
    with_older = train_model(base + older_examples + english)

    def binary(examples: list[Example]) -> Pipeline:
        model = new_model()
        model.set_params(classifier=SGDClassifier(loss="log_loss", alpha=1e-5, max_iter=30, tol=None,
                                                  random_state=1, class_weight="balanced"))
        return model.fit([e.text for e in examples], [e.intent == DANGER for e in examples])

    binary_plain, binary_older = binary(base + english), binary(base + older_examples + english)
    extra = candidate_examples(os.environ.get(EXTRA_ENVIRONMENT))
    with_extra = train_model(base + extra + english) if extra else None
    with_extra_older = train_model(base + older_examples + extra + english) if extra else None
    candidates = {"today": base + today, "8_and_9": base + with_8_and_9}
    if extra:
        candidates.update({"today_extra": base + today + extra, "8_and_9_extra": base + with_8_and_9 + extra})
    candidate_models = {name: train_model(examples + english) for name, examples in candidates.items()}

    def ranked(model: Pipeline, text: str) -> list[list[Any]]:
        found = ranking(model, text, limit=50)
        return [[i, p] for i, p in found[:2]] + [[DANGER, dict(found).get(DANGER, 0.0)]]

    rows = [{"text": t, "danger": is_danger, "detector": detect_danger(t) is not None, "not_now": told_as_not_now_in(t, CODE),
             "plain": ranked(plain, t), "older": ranked(with_older, t),
             "binary": float(binary_plain.predict_proba([t])[0][1]),
             "binary_older": float(binary_older.predict_proba([t])[0][1]),
             **({"extra": ranked(with_extra, t), "extra_older": ranked(with_extra_older, t)}
                if with_extra is not None and with_extra_older is not None else {}),
             **{name: ranked(model, t) for name, model in candidate_models.items()}}
            for key, is_danger in ((newest_danger, True), (newest_hard, False)) for t in map(str, data[key])]
    return {"set": newest_danger, "rows": rows}


def candidate_examples(path: str | None) -> list[Any]:
    """(f): the Gujarati examples of a Rasa NLU file, as the checkout's own Example type."""
    import yaml

    from bot.languages.intents import Example

    if not path:
        return []
    blocks = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    return [Example(line.strip()[2:].strip(), block["intent"], CODE) for block in blocks
            for line in str(block.get("examples") or "").splitlines() if line.strip().startswith("- ")]


def replay(commit: str, checkouts: Path) -> dict[str, Any]:
    checkout = checkouts / commit
    if not checkout.is_dir():
        subprocess.run(["git", "worktree", "add", "--detach", str(checkout), commit], check=True, capture_output=True)
    # The checkout comes first on the path, so its own bot/ and tests/ are read, not this worktree's.
    environment = {**os.environ, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, __file__, "--read"], cwd=checkout, env=environment, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def first_above(threshold: float, margin: float, key: str = "plain") -> Rule:
    def rule(row: Row) -> bool:
        (top, confidence), (_, second) = row[key][0], row[key][1]
        return top == DANGER and confidence >= threshold and confidence - second >= margin
    return rule


def in_top_two(threshold: float, key: str = "plain") -> Rule:
    return lambda row: any(i == DANGER and p >= threshold for i, p in row[key][:2])


def binary_above(threshold: float, key: str = "binary") -> Rule:
    return lambda row: row[key] >= threshold


def past_beside_present(sure: float, key: str = "plain") -> Rule:
    """(d): a message today's Gujarati reading demotes for a past word alone (no safe, film, now, habit, what-if
    or question word), kept when the classifier is `sure` and a clause with no past word is in the present tense."""
    import regex

    from bot.rasa_plugins.danger_detector import other_languages

    gujarati = next(language for language in other_languages() if language.language == CODE)
    present_tense = regex.compile(r"(?<![\p{L}\p{M}])(?:છે|છ|સે|છ[ૂુ]ં?|છ[ીિ]એ|નથ[ીિ]?)(?![\p{L}\p{M}])|\b(?:che|chhe|6e|chu|chhu|chie|nathi)\b")

    def only_the_past(text: str) -> bool:
        other_reasons = (gujarati.safe, gujarati.not_real, gujarati.now, gujarati.question)
        return (gujarati.tells_not_now(text) and not any(m is not None and m.search(text) for m in other_reasons)
                and not gujarati._habit_or_what_if(text)
                and any(present_tense.search(clause) for clause in gujarati._present_clauses(text)))

    return lambda row: row[key][0][0] == DANGER and row[key][0][1] >= sure and only_the_past(row["text"])


def romanised_above(threshold: float, margin: float, key: str = "plain") -> Rule:
    """(e): a message mostly in Latin letters, danger_now first above `threshold`."""
    def latin(text: str) -> bool:
        return sum(c.isascii() and c.isalpha() for c in text) > 3 * sum("\u0a80" <= c <= "\u0aff" for c in text)
    return lambda row: latin(row["text"]) and first_above(threshold, margin, key)(row)


def either(*rules: Rule) -> Rule:
    return lambda row: any(rule(row) for rule in rules)


def kept_beside_past(base: Rule, keeps: Rule) -> Rule:
    """(d) decides the not-now reading itself: a row the run demoted stands only when `keeps` says so."""
    return lambda row: base(row) and (not row["not_now"] or keeps(row))


def now_only(rule: Rule) -> Rule:
    return lambda row: rule(row) and not row["not_now"]


def rules(fallback: tuple[float, float], extra: bool = False) -> dict[str, Rule]:
    found = {"as now (first, fallback threshold and margin)": first_above(*fallback),
             "(c) as now, taught the older sets": first_above(*fallback, key="older")}
    found.update({f"(c) taught the older sets, first above {t}": first_above(t, fallback[1], "older") for t in (0.55, 0.6, 0.7)})
    found.update({f"(a) top two above {t}": in_top_two(t) for t in (0.2, 0.3, 0.4)})
    found.update({f"(a)+(c) top two above {t}, taught the older sets": in_top_two(t, "older") for t in (0.2, 0.3, 0.4)})
    found.update({f"(b) binary above {t}": binary_above(t) for t in (0.5, 0.7, 0.9)})
    found.update({f"(b)+(c) binary above {t}, taught the older sets": binary_above(t, "binary_older") for t in (0.5, 0.7, 0.9)})
    for key, taught in (("plain", ""), ("older", ", taught the older sets")):
        base, romanised = first_above(*fallback, key=key), romanised_above(0.4, fallback[1], key)
        kept = kept_beside_past(base, past_beside_present(0.6, key))
        found[f"(e) romanised above 0.4{taught}"] = either(base, romanised)
        found[f"(d) sure 0.6 beside a past clause{taught}"] = kept
        found[f"(d)+(e) romanised above 0.4{taught}"] = either(kept, now_only(romanised))
    if extra:
        found["(f) as now, taught the --extra examples"] = first_above(*fallback, key="extra")
        found["(f)+(c) taught the --extra examples and the older sets"] = first_above(*fallback, key="extra_older")
        found.update({f"(f)+(c), first above {t}": first_above(t, fallback[1], "extra_older") for t in (0.5, 0.55, 0.6)})
        found.update({f"(f), first above {t}": first_above(t, fallback[1], "extra") for t in (0.5, 0.55, 0.6)})
        found["(g) training before round 8 (sets to fresh 7), with the --extra examples"] = first_above(*fallback, key="today_extra")
        found["(g) fresh 8 and 9 taught too, with the --extra examples"] = first_above(*fallback, key="8_and_9_extra")
    found["(g) training before round 8 (older sets to fresh 7)"] = first_above(*fallback, key="today")
    found["(g) fresh 8 and 9 taught too"] = first_above(*fallback, key="8_and_9")
    return found


def table(runs: Iterable[dict[str, Any]], fallback: tuple[float, float]) -> list[str]:
    runs = list(runs)
    lines = ["| use of the classifier | recall | precision (false alarms) | per set, oldest first |", "| --- | --- | --- | --- |"]
    for name, rule in rules(fallback, all("extra" in row for run in runs for row in run["rows"])).items():
        hits = alarms = present = hard = 0
        per_set = []
        for run in runs:
            # The (d) rules read the not-now reading themselves (kept_beside_past).
            caught = [row["detector"] or (rule(row) and (not row["not_now"] or name.startswith("(d)"))) for row in run["rows"]]
            set_hits = sum(c for c, row in zip(caught, run["rows"]) if row["danger"])
            set_size = sum(row["danger"] for row in run["rows"])
            hits, present = hits + set_hits, present + set_size
            alarms += sum(c for c, row in zip(caught, run["rows"]) if not row["danger"])
            hard += sum(not row["danger"] for row in run["rows"])
            per_set.append(f"{set_hits / set_size:.2f}")
        lines.append(f"| {name} | {hits / present:.3f} ({hits}/{present}) | {hits / (hits + alarms):.3f} "
                     f"({alarms}/{hard}) | {' '.join(per_set)} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--read", action="store_true", help="(inside a checkout) print its newest pair's readings")
    parser.add_argument("--checkouts", type=Path, default=Path("/tmp/speakup-gu-replay"))
    parser.add_argument("--extra", type=Path, help="(f) a Rasa NLU file of candidate Gujarati examples to teach too")
    parser.add_argument("--save", type=Path, help="write every run's readings to this JSON file")
    args = parser.parse_args()
    if args.read:
        # Run as a file, Python puts tests/ first on the path, where tests/bot would hide the checkout's bot/.
        sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
        json.dump(read_newest_pair(), sys.stdout)
        return
    from tests.bench_languages import fallback_thresholds

    if args.extra:
        os.environ[EXTRA_ENVIRONMENT] = str(args.extra.resolve())
    runs = [replay(commit, args.checkouts) for commit in BLIND_RUNS]
    if args.save:
        args.save.write_text(json.dumps(runs, ensure_ascii=False), encoding="utf-8")
    print("\n".join(table(runs, fallback_thresholds())))


if __name__ == "__main__":
    main()
