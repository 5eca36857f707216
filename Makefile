# SpeakUp: `make run` and `make test` are all a fresh machine needs (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := run

VENV      := .venv
PY        := $(VENV)/bin/python
RASA      := $(VENV)/bin/rasa
STAMP     := $(VENV)/.installed
MODEL_DIR := models
# Everything that changes what the model learns; `make` retrains only when one of these changed.
# English in data/training; every other language's examples in data/languages/<code>/nlu.yml.
TRAINING_DATA := data/training $(wildcard data/languages/*/nlu.yml)
TRAINING_INPUTS := config.yml $(wildcard domain/*.yml) $(shell find data/training -name '*.yml' 2>/dev/null | sort) $(wildcard data/languages/*/nlu.yml)
MODEL_STAMP := $(MODEL_DIR)/.trained
# The API fuzzer (schemathesis) has its own venv: it cannot share Rasa's (requirements-fuzz.txt says why).
FUZZ_VENV  := .venv-fuzz
FUZZ_STAMP := $(FUZZ_VENV)/.installed

# Rasa sends no usage telemetry from anything this project runs.
export RASA_TELEMETRY_ENABLED := false

.PHONY: soak fuzz-tools run test test-fast typecheck bench bench-saturation validate train install browser servers lock clean help catalogues rules bench-languages bench-danger bench-hubs

help:
	@echo "make run    install what is missing, train if the data changed, start everything"
	@echo "make test   the whole test suite against the real servers and a real browser"
	@echo "make test-fast  the tests that need no Rasa server and no browser (before every commit)"
	@echo "make bench  latency and memory benchmarks (figures go in docs/benchmarks.md)"
	@echo "make soak   reports by web chat and SMS while each process is killed in turn (SOAK_ARGS=--minutes 10)"
	@echo "make fuzz-tools  the API fuzzer's own venv (.venv-fuzz); make test builds it when missing"

install: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml scripts/find-python.sh
	@python=$$(scripts/find-python.sh) || exit 1; \
	if [ ! -x $(PY) ] || ! $(PY) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 10))'; then \
		echo "Creating $(VENV) with $$python"; rm -rf $(VENV); "$$python" -m venv $(VENV) || exit 1; \
	fi
	$(PY) -m pip install --quiet --disable-pip-version-check pip==24.0 2>&1 | grep -v "^WARNING: Location" || true
	@echo "Installing pinned dependencies (Rasa is large: the first time takes a few minutes)"
	@set -o pipefail; $(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt 2>&1 | { grep -v "^WARNING: Location" || true; }
	@set -o pipefail; $(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . 2>&1 | { grep -v "^WARNING: Location" || true; }
	@touch $@

fuzz-tools: $(FUZZ_STAMP)

$(FUZZ_STAMP): requirements-fuzz.txt scripts/find-python.sh
	@python=$$(scripts/find-python.sh) || exit 1; \
	echo "Creating $(FUZZ_VENV) (the API fuzzer) with $$python"; rm -rf $(FUZZ_VENV); "$$python" -m venv $(FUZZ_VENV) || exit 1
	@set -o pipefail; $(FUZZ_VENV)/bin/python -m pip install --quiet --disable-pip-version-check pip==24.0 -r requirements-fuzz.txt 2>&1 | { grep -v "^WARNING: Location" || true; }
	@touch $@

# Headless Chromium for the browser tests, from Debian's packages (Playwright's own download cannot work here).
browser:
	@scripts/install-chromium.sh

# PostgreSQL, Redis and nginx from Debian's packages, for the tests that run SpeakUp over them
# (DATABASE_URL=postgresql://..., REDIS_URL=redis://..., deploy/nginx/ in front of several hubs).
servers:
	@scripts/install-servers.sh

$(MODEL_STAMP): $(STAMP) $(TRAINING_INPUTS)
	@echo "Training the model (the data changed)"
	$(RASA) train --data $(TRAINING_DATA) --config config.yml --domain domain --out $(MODEL_DIR) --fixed-model-name speakup --quiet
	@touch $@

train: $(MODEL_STAMP)

run: $(MODEL_STAMP)
	$(PY) -m bot.launcher

# After changing the interruptions (actions/form_base.py INTERRUPTION_ANSWERS) or a form: the rules that
# answer each interruption in each form (data/training/interruption_rules.yml; a fast test fails when stale).
rules: $(STAMP)
	$(PY) -m actions.interruption_rules

# After changing an English text: the template and every language's catalogue (data/languages/).
catalogues: $(STAMP)
	$(PY) -m bot.languages.extract

validate: $(STAMP)
	$(RASA) data validate --data data/training --domain domain --config config.yml --fail-on-warnings

test: $(MODEL_STAMP) $(FUZZ_STAMP) browser servers typecheck
	$(PY) -m pytest $(PYTEST_ARGS)

# Every function in bot/, channels/, actions/ and tests/ typed and checked (pyproject.toml [tool.mypy] files).
typecheck: $(STAMP)
	$(PY) -m mypy

# Before every commit, in under a minute: everything that needs neither the Rasa server nor a browser (no
# model, no training), the hub in-process against the assistant stand-in; the slow data checks wait for `make test`.
test-fast: $(STAMP) servers typecheck
	$(PY) -m pytest -m "not stack and not browser and not slow" -q $(PYTEST_ARGS)

# People pace themselves (5 s to read and answer, starting at random moments: 50 in the web chat);
# bench-saturation sends every answer at once, to find how many turns a second the machine can take, with one
# Rasa server and then with RASA_SERVERS (one per core), and the ratio of the two.
bench: $(MODEL_STAMP)
	$(PY) -m tests.bench --think 5 --people 50 $(BENCH_ARGS)

# Language identification, intent F1 and danger recall per language, on held-out data (no servers needed).
bench-languages: $(STAMP)
	$(PY) -m tests.bench_languages $(BENCH_ARGS)

# Present danger by DASH risk category, on held-out messages: the detector alone and with the trained model.
bench-danger: $(MODEL_STAMP)
	$(PY) -m tests.bench_danger $(BENCH_ARGS)

# Web chat people and texters reporting while Rasa, the action server and the hub are killed with SIGKILL in
# turn (5 minutes, loopback only): lost, answered twice and 5xx must be 0 (exit 1 otherwise). A bench, not in make test.
soak: $(MODEL_STAMP)
	$(PY) -m tests.soak $(SOAK_ARGS)

# Issue 14: turns per second through one hub, then two, in one run.
bench-hubs: $(MODEL_STAMP) servers
	$(PY) -m tests.bench --compare-hubs --people 20 $(BENCH_ARGS)

bench-saturation: $(MODEL_STAMP)
	$(PY) -m tests.bench --think 0 --channel web --compare-servers $(BENCH_ARGS)

lock:
	$(PY) -m pip freeze --exclude-editable | sed '1i # Generated by `make lock` from a working .venv: the full, pinned set SpeakUp was tested with.' > constraints.txt

clean:
	rm -rf $(MODEL_DIR) .pytest_cache $(FUZZ_VENV)
