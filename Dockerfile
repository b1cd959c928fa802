# The boardgraph web app, served by waitress on port 5000.
# With docker-compose.yml it talks to Neo4j; run alone it uses the embedded FalkorDB in /data.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BOARDGRAPH_DATA_DIR=/data

WORKDIR /app
COPY pyproject.toml README.md ./
COPY ingest ./ingest
COPY graph ./graph
COPY search ./search
COPY webapp ./webapp
RUN pip install . \
    && useradd --system --home-dir /data --shell /usr/sbin/nologin boardgraph \
    && mkdir -p /data && chown boardgraph /data

USER boardgraph
VOLUME ["/data"]
EXPOSE 5000
CMD ["waitress-serve", "--host=0.0.0.0", "--port=5000", "--call", "webapp:create_app"]
