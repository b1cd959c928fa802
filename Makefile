# boardgraph: `make run` (install, ingest samples/, serve on :5000) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DATA_DIR ?= ./data
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: install run serve test chromium cypherlint system-deps bench bench-10k evaluate model lock clean

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

run: install
	$(BIN)/boardgraph --data-dir $(DATA_DIR) ingest samples/
	$(BIN)/boardgraph --data-dir $(DATA_DIR) users ensure-demo-admin
	$(BIN)/boardgraph --data-dir $(DATA_DIR) serve --host $(HOST) --port $(PORT)

serve: install
	$(BIN)/boardgraph --data-dir $(DATA_DIR) serve --host $(HOST) --port $(PORT)

# Debian packages the tests use: chromium (browser tests), antiword (legacy .doc),
# ocrmypdf and tesseract-ocr-eng (scanned PDFs read by OCR: `boardgraph ingest --ocr`).
system-deps:
	@missing=""; \
	test -x /usr/bin/chromium || missing="$$missing chromium"; \
	command -v antiword >/dev/null || missing="$$missing antiword"; \
	command -v ocrmypdf >/dev/null || missing="$$missing ocrmypdf"; \
	tesseract --list-langs 2>&1 | grep -qx eng || missing="$$missing tesseract-ocr-eng"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# Neo4j's own Cypher linter, used by tests/test_cypher_lint.py (git-ignored node_modules).
cypherlint:
	@if command -v npm >/dev/null; then \
	  cd tools/cypherlint && (test -d node_modules || npm ci --no-audit --no-fund --loglevel=error); \
	else echo "npm not found: the Cypher lint test will be skipped"; fi

test: install system-deps cypherlint
	$(BIN)/pytest

evaluate: install
	$(BIN)/boardgraph evaluate tests/gold
	$(BIN)/boardgraph evaluate tests/gold/real
	$(BIN)/boardgraph evaluate tests/gold/heldout

# requirements.lock: the image's dependencies (and its build backend) pinned with hashes, resolved
# from pyproject.toml for the image's Python on Linux. Run after changing a dependency; commit the file.
lock: install
	$(BIN)/pip install --quiet "uv>=0.5,<1"
	printf 'setuptools>=77\nwheel\n' | $(BIN)/uv pip compile pyproject.toml - --generate-hashes \
	  --python-version 3.11 --python-platform x86_64-unknown-linux-gnu --custom-compile-command "make lock" \
	  --quiet -o requirements.lock

# retrain the learned attendance reader (round 56) from the open gold sets into ingest/data/attendance_model
model: install
	$(BIN)/python -m ingest.learned.train

bench: install
	$(BIN)/python -m bench.run_all --n 1000

bench-10k: install
	$(BIN)/python -m bench.run_all --n 10000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache test-output
