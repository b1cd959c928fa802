"""The `boardgraph` command: a thin click group over the library.

Each command is a few lines: options become arguments, library errors become
one-line click errors (exit code 1), never tracebacks. The data directory
comes from `--data-dir` or `BOARDGRAPH_DATA_DIR` (default ./data).
"""
from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Any

import click

from webapp.progress import progress_bar
from webapp.settings import graph_options, load_settings


def _emit_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))


def audit_cli(ctx: click.Context, action: str, what: str) -> None:
    """Record a CLI change in the audit log, as the admin pages do for theirs."""
    import getpass

    from webapp.audit import AuditLog

    AuditLog(ctx.obj["settings"]["DATA_DIR"]).record(action, what, who=f"cli:{getpass.getuser()}")


def open_archive(ctx: click.Context):
    """Open the archive of the context's data dir, turning store failures into one-line errors."""
    from archive import Archive

    settings = ctx.obj["settings"]
    try:
        archive = Archive(settings["DATA_DIR"], **graph_options(settings))
    except Exception as ex:  # a store that will not open is the user's problem to fix, not a traceback
        raise click.ClickException(f"Could not open the data dir {settings['DATA_DIR']}: {ex}") from ex
    ctx.call_on_close(archive.close)
    return archive


@click.group()
@click.version_option(package_name="boardgraph", prog_name="boardgraph")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Data directory (default: $BOARDGRAPH_DATA_DIR or ./data).")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None) -> None:
    """boardgraph: search and knowledge graph over a safeguarding board's papers."""
    ctx.ensure_object(dict)
    try:
        ctx.obj["settings"] = load_settings({"DATA_DIR": data_dir})
    except ValueError as ex:
        raise click.ClickException(str(ex)) from ex


@cli.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, readable=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the paper as JSON.")
@click.option("--no-text", is_flag=True, help="Leave the paper's text out of the JSON.")
@click.option("--ocr", is_flag=True, help="Read a PDF with no text layer (a scan) by OCR (needs ocrmypdf).")
def extract(file: Path, as_json: bool, no_text: bool, ocr: bool) -> None:
    """Extract one paper and print it; touches no store."""
    from ingest import ocr as ocr_reader
    from ingest.errors import IngestError
    from ingest.pipeline import extract_bytes

    try:
        data = file.read_bytes()
    except OSError as ex:
        raise click.ClickException(f"Could not read {file}: {ex.strerror}.") from ex
    try:
        ocr_pdf = ocr_reader.ocr_pdf(data, file.name) if ocr and ocr_reader.is_scan(data, file.name) else None
    except IngestError as ex:
        raise click.ClickException(str(ex)) from ex
    paper = extract_bytes(data, file.name, ocr_pdf=ocr_pdf)
    if paper.status != "ok":
        raise click.ClickException(paper.error or f"Could not extract {file.name}.")
    if as_json:
        _emit_json(paper.to_dict(include_text=not no_text))
        return
    click.echo(f"{paper.title or file.name} ({paper.kind}, {paper.date or 'undated'})"
               + ("  [read by OCR: names and dates may be misread]" if paper.ocr else ""))
    click.echo(f"  attendees: {len(paper.attendees)}  apologies: {len(paper.apologies)}  "
               f"items: {len(paper.items)}  actions: {len(paper.actions)}")
    for warning in paper.warnings:
        click.echo(f"  warning: {warning}")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--force", is_flag=True, help="Re-extract even unchanged files.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON result per file.")
@click.option("--batch-size", default=16, show_default=True, type=click.IntRange(1, 1000),
              help="Papers per batch (one graph transaction and one index commit each).")
@click.option("--ocr", is_flag=True, help="Read PDFs with no text layer (scans) by OCR: needs the Debian "
              "packages ocrmypdf and tesseract-ocr-eng. Their papers are marked as read by OCR.")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], force: bool, as_json: bool, batch_size: int,
           ocr: bool) -> None:
    """Ingest files or folders (idempotent: unchanged files are skipped; what a killed run left
    half stored is finished first)."""
    from graph.errors import GraphError
    from ingest import ocr as ocr_reader
    from ingest.errors import CurationError
    from search import SearchError
    from search.merge_policy import COMPACT_ABOVE_SEGMENTS
    from archive import Archive, ArchiveBusy

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise click.ClickException(f"No such file or folder: {', '.join(missing)}")
    files = [f for p in paths for f in Archive.files_under(p)]
    if not files:
        raise click.ClickException("No papers found (supported: .txt .md .docx .pdf .html .doc).")
    unavailable = ocr_reader.missing() if ocr else None
    if unavailable:
        raise click.ClickException(f"{unavailable}. Nothing was ingested.")
    archive = open_archive(ctx)
    with progress_bar("paper", total=len(files), enabled=not as_json and len(files) > 1) as advance:
        try:
            results = archive.ingest_files(files, force=force, batch_size=batch_size,
                                           on_result=lambda _: advance(), ocr=ocr)
        except (ArchiveBusy, SearchError, GraphError, CurationError) as ex:
            raise click.ClickException(f"{ex} Papers stored before this are kept; run the same command "
                                       "again to finish.") from ex
    failed = [r for r in results if r.status == "failed"]
    changed = [r for r in results if r.status in ("added", "replaced")]
    if changed or failed:
        audit_cli(ctx, "ingest", f"{len(changed)} stored, {len(failed)} failed: "
                  + ", ".join(f"{r.filename} ({r.status})" for r in changed + failed)[:2000])
    if as_json:
        _emit_json([r.to_dict() for r in results])
    else:
        for r in results:
            click.echo(f"{r.status:9} {r.filename}" + (f": {r.error}" if r.error else ""))
        counts = {s: sum(r.status == s for r in results) for s in ("added", "replaced", "unchanged", "failed")}
        click.echo(", ".join(f"{n} {s}" for s, n in counts.items()))
        segments = len(archive.index.segment_sizes()) if changed else 0
        if segments > COMPACT_ABOVE_SEGMENTS:
            click.echo(f"The search index has {segments} segments; `boardgraph reindex --optimize` merges them "
                       "into one, for faster searches (minutes on a large archive; the web app's job queue "
                       "does it itself once idle).", err=True)
    if failed:
        ctx.exit(1)


@cli.command()
@click.argument("query")
@click.option("--json", "as_json", is_flag=True)
@click.option("--page", default=1, show_default=True)
@click.option("--sort", type=click.Choice(["relevance", "date", "date_asc"]), default="relevance")
@click.pass_context
def search(ctx: click.Context, query: str, as_json: bool, page: int, sort: str) -> None:
    """Search papers, agenda items and actions."""
    if not query.strip():
        raise click.ClickException("Enter something to search for.")
    archive = open_archive(ctx)
    try:
        results = archive.index.query(query, page=page, sort=sort)
    except ValueError as ex:
        raise click.ClickException(str(ex)) from ex
    if as_json:
        _emit_json(results.to_dict())
        return
    for warning in results.warnings:
        click.echo(f"note: {warning}")
    if results.suggestion:
        click.echo(f"Did you mean: {results.suggestion}")
    click.echo(f"{results.total} hits")
    for hit in results.hits:
        label = f"{hit.type} {hit.number or ''}".strip()
        click.echo(f"- [{label}] {hit.title} ({hit.date or 'undated'}): {hit.text[:160]}")


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def ask(ctx: click.Context, question: str, as_json: bool) -> None:
    """Answer a plain-English question from the graph."""
    from ask import answer
    from ask.common import EXAMPLES

    if not question.strip():
        raise click.ClickException(f"Ask a question, for example: {EXAMPLES[1]}?")
    archive = open_archive(ctx)
    result = answer(archive.graph, question)
    if as_json:
        _emit_json(result)
        return
    click.echo(result["message"])
    if result["rows"]:
        click.echo(" | ".join(result["columns"]))
        for row in result["rows"]:
            click.echo(" | ".join(str(row.get(c, "") or "") for c in result["columns"]))
    for suggestion in result.get("suggestions", []):
        click.echo(f"  try: {suggestion}")


@cli.command()
@click.argument("doc_id")
@click.pass_context
def delete(ctx: click.Context, doc_id: str) -> None:
    """Delete a paper and every fact that came from it."""
    if not open_archive(ctx).delete(doc_id):
        raise click.ClickException(f"No paper with id {doc_id!r}.")
    audit_cli(ctx, "delete", doc_id)
    click.echo(f"deleted {doc_id}")


@cli.command()
@click.option("--missing", is_flag=True, help="Only add the papers the index lacks (and drop entries of "
              "papers no longer stored) instead of rebuilding it.")
@click.option("--optimize", is_flag=True, help="Only merge the index's segments into one (faster than a "
              "rebuild; run it when the archive is quiet).")
@click.pass_context
def reindex(ctx: click.Context, missing: bool, optimize: bool) -> None:
    """Rebuild the search index from the stored papers (or add only what it lacks, or compact it)."""
    from archive import ArchiveBusy

    if missing and optimize:
        raise click.UsageError("Use --missing or --optimize, not both.")
    archive = open_archive(ctx)
    try:
        if optimize:
            segments = archive.optimize_index()
            click.echo(f"merged {segments} index segments into one")
            return
        with progress_bar("paper") as advance:
            n = archive.reindex(missing_only=missing, on_progress=advance)
    except ArchiveBusy as ex:
        raise click.ClickException(str(ex)) from ex
    click.echo(f"indexed {n} missing papers" if missing else f"reindexed {n} papers")


STORE_PROBLEMS = {
    "not_in_graph": "in papers/ but not in the graph",
    "not_in_index": "in papers/ but not in the search index",
    "not_in_papers": "in the graph or the index but not in papers/",
    "unfinished": "left half written by a write that stopped",
}


@cli.command()
@click.option("--json", "as_json", is_flag=True)
@click.option("--repair", is_flag=True, help="First write what a store lacks (from papers/), then check.")
@click.pass_context
def check(ctx: click.Context, as_json: bool, repair: bool) -> None:
    """Compare the stores (papers/, graph, index: documents by id) and check the graph (nothing
    dangles, no duplicate keys). Exits 1 when anything differs."""
    import graph

    from archive import ArchiveBusy

    archive = open_archive(ctx)
    try:
        repaired = archive.repair() if repair else None
    except ArchiveBusy as ex:
        raise click.ClickException(str(ex)) from ex
    stores = archive.consistency()
    report = graph.check(archive.graph)
    problems = [{"id": doc_id, "problem": STORE_PROBLEMS[key]} for key in STORE_PROBLEMS for doc_id in stores[key]]
    if not report["ok"]:
        problems.append({"id": None, "problem": "the graph has dangling nodes or duplicate keys"})
    report = {"ok": not problems, "stores": stores, **{k: v for k, v in report.items() if k != "ok"},
              "problems": problems}
    if repaired is not None:
        report["repaired"] = repaired
    if as_json:
        _emit_json(report)
    else:
        click.echo(f"ok: {report['ok']}")
        click.echo(f"documents: {stores['papers']} in papers/, {stores['graph']} in the graph, "
                   f"{stores['index']} in the index")
        if stores["writing"]:
            click.echo(f"writing: {len(stores['writing'])} papers being stored by a running ingest "
                       f"(not problems): {', '.join(stores['writing'])}")
        if repaired is not None:
            click.echo("repaired: " + (", ".join(f"{len(v)} {k}" for k, v in repaired.items() if v) or "nothing to do"))
        for key in ("backend", "labels", "relationships", "dangling", "duplicates"):
            click.echo(f"{key}: {report[key]}")
        for problem in problems:
            click.echo(f"problem: {problem['id'] or '-'} {problem['problem']}")
        if problems:
            click.echo("Run `boardgraph check --repair` to write what is missing.")
    if problems:
        ctx.exit(1)


@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def evaluate(gold_dir: Path, as_json: bool) -> None:
    """Score extraction against a folder of gold annotations."""
    from ingest.score_extraction import evaluate as run_evaluation, failure_lines, score_table

    report = run_evaluation(gold_dir)
    for line in failure_lines(report):
        click.echo(line, err=True)
    if as_json:
        _emit_json(report)
    else:
        click.echo(score_table(report["overall"]))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=click.IntRange(1, 256), envvar="BOARDGRAPH_THREADS",
              help="Requests served at once (env BOARDGRAPH_THREADS).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), envvar="BOARDGRAPH_WORKERS",
              help="Server processes (env BOARDGRAPH_WORKERS): 1 is waitress in this process; more are "
                   "gunicorn workers with --threads each.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int, workers: int) -> None:
    """Serve the web app with waitress (a production WSGI server), or with --workers N > 1 gunicorn's
    N processes; the log, with an access line per request, goes to stdout."""
    from waitress import serve as waitress_serve

    from webapp import create_app
    from webapp.logs import configure_logging
    from webapp.app_archive import warm_in_background

    settings = ctx.obj["settings"]
    configure_logging(sys.stdout, settings["LOG_LEVEL"])
    if workers > 1:
        from webapp import secret_key
        from webapp.workers import serve_workers

        try:
            secret_key(settings)  # refused here, not in each worker; made now, before the workers start
        except RuntimeError as ex:
            raise click.ClickException(str(ex)) from ex
        logging.getLogger("boardgraph").info("serving boardgraph %s on http://%s:%s with %d processes of %d threads "
                                             "(data: %s)", _version(), host, port, workers, threads, settings["DATA_DIR"])
        serve_workers(settings, host, port, workers, threads)
        return
    try:
        app = create_app({"DATA_DIR": settings["DATA_DIR"], "WORKERS": 1})
    except RuntimeError as ex:
        raise click.ClickException(str(ex)) from ex
    warm_in_background(app, freeze=True)
    logging.getLogger("boardgraph").info("serving boardgraph %s on http://%s:%s with %d threads (data: %s)",
                                         _version(), host, port, threads, settings["DATA_DIR"])
    waitress_serve(app, host=host, port=port, threads=threads)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("boardgraph")
    except PackageNotFoundError:
        return "(not installed)"


from webapp.cli_admin import backup_command, restore_command, users  # noqa: E402

cli.add_command(users)
cli.add_command(backup_command)
cli.add_command(restore_command)


def main() -> None:
    """The console script: warnings and errors go to stderr with timestamps (serve logs to stdout)."""
    from webapp.logs import configure_logging

    configure_logging(sys.stderr, "WARNING")
    cli(obj={})


if __name__ == "__main__":
    main()
