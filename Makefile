# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test stop serve workers bench clean-state venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,bench]'
	# Prefect's own migrations once per installation, not at each new state folder's first server start
	$(BIN)/earlywarn server prepare || echo 'warning: no Prefect database template; the first server start migrates it'
	touch $(STAMP)

venv: $(STAMP)

## run the main job on the bundled Gunsan 2020 demo (SQLite + a local Prefect server).
## The demo replays 2020 as of each notice's date, and has no quiet hours so alerts arrive now.
run: $(STAMP)
	EARLYWARN_QUIET_HOURS_START=00:00 EARLYWARN_QUIET_HOURS_END=00:00 $(BIN)/earlywarn run --clock notice_date

## run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## serve every deployment (schedules + event triggers) against the local Prefect server
serve: $(STAMP)
	$(BIN)/earlywarn serve

## the same deployments on a Prefect process work pool, run by WORKERS workers on this machine
## (other machines: `earlywarn worker --pool $(POOL)` with the same PREFECT_API_URL and database)
POOL ?= earlywarn
WORKERS ?= 2
workers: $(STAMP)
	$(BIN)/earlywarn deploy --pool $(POOL)
	$(BIN)/earlywarn worker --pool $(POOL) --count $(WORKERS)

## stop the local Prefect server that `make run` started
stop: $(STAMP)
	$(BIN)/earlywarn server stop

## benchmarks that print their figures
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run_all

## forget all local state (database, Prefect history, alert inbox)
clean-state: stop
	rm -rf var
