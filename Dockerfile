# The boardgraph web app: `boardgraph serve` (waitress, index warm-up) on port 5000.
# With docker-compose.yml it talks to Neo4j; run alone it uses the embedded FalkorDB in /data.
# Dependencies come from requirements.lock (pinned, with hashes: `make lock` rewrites it).
# Behind a reverse proxy that terminates TLS, set BOARDGRAPH_TRUSTED_PROXIES=1 (README: Deployment).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BOARDGRAPH_DATA_DIR=/data \
    BOARDGRAPH_THREADS=8

# antiword reads legacy .doc papers; ocrmypdf and tesseract-ocr-eng read scanned PDFs by OCR
# (`boardgraph ingest --ocr`, the admin's "OCR this file"). Debian stable's point releases replace
# package versions, so an exact version pin would break the build; the base image's release fixes the series.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends antiword ocrmypdf tesseract-ocr-eng \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.lock ./
RUN pip install --require-hashes --no-deps -r requirements.lock

COPY pyproject.toml README.md ./
COPY docs/search.md ./docs/search.md
COPY ingest ./ingest
COPY graph ./graph
COPY search ./search
COPY archive ./archive
COPY ask ./ask
COPY webapp ./webapp
# --no-build-isolation: the build backend is in the lock too, so nothing unhashed is fetched.
RUN pip install --no-deps --no-build-isolation . \
    && python -I -c "from webapp.help import search_help_html; assert '<h2>' in search_help_html()" \
    && useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin boardgraph \
    && mkdir -p /data && chown 10001 /data

USER 10001
VOLUME ["/data"]
EXPOSE 5000
# Healthy once the graph and the search index answer (/healthz says 503 until then).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:5000/healthz', timeout=4)"]
CMD ["boardgraph", "serve", "--host", "0.0.0.0", "--port", "5000"]
