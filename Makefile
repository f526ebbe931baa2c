# Leverera och påverka / Deliver, then influence
#   make lab       set up .venv and open the course in JupyterLab
#   make test      set up .venv (with test extras, and chromium when root) and run every test
#   make workshop  serve the course through Voila for a room (PORT=8866, HOST=127.0.0.1), and the
#                  facilitator's dashboard on 127.0.0.1 only (DASHBOARD_PORT=PORT+1; RETENTION_DAYS=30)
#   make room      the same for a room told to open it at once: kernels started in advance (ROOM=40)
#   make site      build the static site into site/ (the course in the browser, nothing installed)
#   make train     retrain the understanding model from tests/data (scikit-learn, fixed seeds)
#   make bench     run the benchmarks in benchmarks/ (about 30 min; bench-quick: a few minutes)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8866
HOST   ?= 127.0.0.1
ROOM   ?= 40
# make test runs on this many workers (pytest-xdist; each test file stays whole on one, see conftest.py)
TEST_WORKERS ?= 2
# The facilitator's dashboard: a second Voila server, always on 127.0.0.1 (see `workshop` below).
DASHBOARD_PORT ?= $(shell expr $(PORT) + 1)
# Days a workshop's results are kept before they are deleted for good (GDPR storage limitation).
RETENTION_DAYS ?= 30
export ORDERLAB_RETENTION_DAYS := $(RETENTION_DAYS)
# Put into the addresses printed for the room: the workshop's code and the course language. Without
# WORKSHOP=, a new workshop with a long random code is made (and printed) at each start.
WORKSHOP    ?=
COURSE_LANG ?= sv
ROOM_CHECK = -$(BIN)/orderlab room-check --text --room $(ROOM) --host $(HOST) --port $(PORT) \
	  --workshop "$(WORKSHOP)" --lang $(COURSE_LANG) --dashboard-port $(DASHBOARD_PORT) --new-code
# Latecomers and reloads take pool kernels too; one beyond the pool waits for a refill.
POOL   ?= $(shell expr $(ROOM) + 5)
FIRST_NOTEBOOK := notebooks/sv/01-metoden-och-rollspelet.ipynb
# Jupyter refuses to run as root without --allow-root (containers, CI machines).
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

# Keep Jupyter's settings, workspaces and runtime files inside the project:
# nothing is registered in the user's home folder.
export JUPYTER_CONFIG_DIR  := $(CURDIR)/.jupyter/config
export JUPYTER_DATA_DIR    := $(CURDIR)/.jupyter/data
export JUPYTER_RUNTIME_DIR := $(CURDIR)/.jupyter/runtime
export IPYTHONDIR          := $(CURDIR)/.jupyter/ipython
export JUPYTER_PLATFORM_DIRS := 1

.PHONY: lab test site train workshop room bench bench-quick lint browser postgres clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall when pyproject.toml changes; the stamp records which extras are in.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(VENV)/.installed $@

lab: $(VENV)/.installed
	@mkdir -p .orderlab
	ORDERLAB_RESULTS="$${ORDERLAB_RESULTS:-$(CURDIR)/.orderlab/results.sqlite}" \
	  $(BIN)/jupyter lab $(ALLOW_ROOT) --ServerApp.root_dir=$(CURDIR) $(FIRST_NOTEBOOK)

# $(call debian_package,CHECK,PACKAGE,WHAT): unless CHECK finds it, install Debian's PACKAGE for
# WHAT. Only root can install; others get a visible line saying WHAT will be skipped.
define debian_package
	@if ! ( $(1) ) >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing Debian's $(2) for $(3) ..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2) >/dev/null; \
	  else \
	    echo "$(2) is missing and this user cannot install it: $(3) will be skipped."; \
	  fi; \
	fi
endef

# Debian's chromium for the browser tests (never `playwright install`: it downloads its own
# browser, which these machines cannot).
browser:
	$(call debian_package,command -v chromium,chromium,the browser tests)

# Debian's PostgreSQL for the results store's PostgreSQL tests: they start a throw-away server
# with its initdb and pg_ctl (tests/pgserver.py), which Debian keeps off PATH in
# /usr/lib/postgresql/VERSION/bin.
postgres:
	$(call debian_package,command -v initdb || ls /usr/lib/postgresql/*/bin/initdb,postgresql,the PostgreSQL tests)

test: $(VENV)/.installed-test browser postgres
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --nbval-lax --nbval-cell-timeout=120 --durations=25 \
	  tests notebooks facilitator exercises solutions

# The static site: Pyodide from npm, wheels from PyPI, cached in .site-cache/; skipped when nothing
# it is built from changed (orderlab/static_site.py). Needs npm.
site: $(VENV)/.installed-test
	$(BIN)/python -m orderlab.static_site

# The understanding model (src/orderlab/understanding/model.{sv,en}.json) from the labelled turns in
# tests/data/turns, with fixed seeds: the same data gives the same files. Needs the train extra.
train: $(VENV)/.installed-test
	ORDERLAB_MODELS_UNCHECKED=1 $(BIN)/python -m orderlab.understanding.train

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests benchmarks tools

# Two servers, by design. Participants reach only the first: it serves notebooks/ (the course,
# the role-play and workshop/participant.ipynb) on HOST, and nothing in notebooks/ can read,
# export or delete the group's results. The dashboard (facilitator/dashboard.ipynb, outside
# notebooks/) runs on a second server bound to 127.0.0.1 whatever HOST is, so no device in the
# room can even connect to it. We chose this over a facilitator key: there is no secret to
# print, leak, type on a projector or compare, and "only this computer" is checked by the
# operating system, not by our code. From another device, use an SSH tunnel (docs/results-store.md).
# The dashboard is stopped with the participants' server (trap), so one Ctrl+C ends both.
DASHBOARD = $(BIN)/voila facilitator/dashboard.ipynb --no-browser --port=$(DASHBOARD_PORT) --Voila.ip=127.0.0.1 \
	  --progressive_rendering=True \
	  --MappingKernelManager.cull_idle_timeout=600 --MappingKernelManager.cull_interval=60 \
	  --VoilaConfiguration.show_tracebacks=False

# Progressive rendering: in Voila's default mode a few percent of page loads hang on
# "Running..." on these machines (voila#1395); progressive rendering showed no stall.
# Culling: closing a tab does not stop its kernel, so idle kernels are culled after 10 min.
# Tracebacks stay hidden from participants (Voila's default), sources are stripped.
workshop: $(VENV)/.installed
	$(ROOM_CHECK)
	$(DASHBOARD) & dash=$$!; trap 'kill $$dash 2>/dev/null' EXIT; trap 'exit 143' INT TERM; \
	$(BIN)/voila notebooks --no-browser --port=$(PORT) --Voila.ip=$(HOST) \
	  --progressive_rendering=True \
	  --MappingKernelManager.cull_idle_timeout=600 --MappingKernelManager.cull_interval=60 \
	  --VoilaConfiguration.show_tracebacks=False

# A pool of preheated kernels, only for workshop/participant.ipynb (each notebook under the
# folder would get its own pool otherwise), refilled two minutes after use so that refills do
# not compete with a burst of arrivals. Measured in docs/workshop-serving.md: the server's part
# of 40 arrivals at once falls from 26 s to about 4 s. Pooled pages use Voila's default mode
# (progressive rendering cannot be combined with a pool). About 60 MB per kernel.
room: $(VENV)/.installed
	$(ROOM_CHECK) --pool $(POOL)
	$(DASHBOARD) & dash=$$!; trap 'kill $$dash 2>/dev/null' EXIT; trap 'exit 143' INT TERM; \
	$(BIN)/voila notebooks --no-browser --port=$(PORT) --Voila.ip=$(HOST) \
	  --preheat_kernel=True --pool_size=$(POOL) --VoilaKernelManager.fill_delay=120 \
	  --VoilaKernelManager.preheat_denylist=en/ --VoilaKernelManager.preheat_denylist=sv/ \
	  --VoilaKernelManager.preheat_denylist=roleplay \
	  --MappingKernelManager.cull_idle_timeout=600 --MappingKernelManager.cull_interval=60 \
	  --VoilaConfiguration.show_tracebacks=False

# Every benchmark with its defaults takes about half an hour (the Voila room and stall runs);
# bench-quick runs those two in their short form (a few minutes).
bench: $(VENV)/.installed-test browser
	for f in benchmarks/*.py; do $(BIN)/python $$f || exit 1; done

bench-quick: $(VENV)/.installed-test browser
	for f in benchmarks/*.py; do \
	  if grep -q -- '--quick' $$f; then $(BIN)/python $$f --quick || exit 1; else $(BIN)/python $$f || exit 1; fi; \
	done

clean:
	rm -rf $(VENV) .jupyter .pytest_cache .ruff_cache .hypothesis
