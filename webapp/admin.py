"""Admin pages (/admin) and their JSON twins (/api/admin): papers, uploads, jobs, audit.

Both blueprints refuse everyone but admins before any view runs (officers get
403; the app-wide guard has already sent anonymous users to /login or given
them a 401). Uploads are checked here (a supported extension, not empty, content
that `ingest.read.sniff_format` recognises, a PDF that opens), then spooled to
disk and ingested by the background job queue (webapp.jobs, webapp.spool); the
pages show its progress. A scan that failed for want
of a text layer is held (webapp.scans) until an admin has it read by OCR ("OCR
this file") or discards it; OCR runs in the same job queue and archive ingest as
`boardgraph ingest --ocr`. Curation and user
management live in webapp.admin_curation and webapp.admin_users, on the same
blueprints; the pages that show something and their JSON twins are built from
one table in webapp.admin_twins.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable

from flask import (Blueprint, Flask, abort, current_app, flash, g, jsonify, redirect,
                   render_template, request, url_for)
from werkzeug.exceptions import HTTPException

from archive import SUPPORTED_SUFFIXES, safe_name
from webapp.audit import audit, get_audit
from webapp.auth import require_admin
from webapp.downloads import csv_download
from webapp.jobs import Jobs, Source
from webapp.app_archive import get_archive
from webapp.views import int_arg

admin = Blueprint("admin", __name__, url_prefix="/admin")
admin_api = Blueprint("admin_api", __name__, url_prefix="/api/admin")
admin.before_request(require_admin)
admin_api.before_request(require_admin)

AUDIT_PER_PAGE = 50


def get_jobs() -> Jobs:
    return current_app.extensions["jobs"]


def _start(kind: str, sources: list[Source], force: bool, ocr: bool = False) -> str:
    return get_jobs().submit(kind, sources, force=force, ocr=ocr, user=g.user["name"], ip=request.remote_addr)


def require_ocr() -> None:
    """503, naming the Debian packages, when OCR cannot run here: nothing is queued or changed."""
    from ingest.ocr import missing

    reason = missing()
    if reason:
        abort(503, reason)


def flashing(action: Callable[..., Any], *args: Any) -> Any:
    """Run a form's action; a refusal (400/404) becomes a flashed sentence and None, as forms should."""
    try:
        return action(*args)
    except HTTPException as ex:
        if ex.code not in (400, 404):
            raise
        flash(ex.description or ex.name, "error")
        return None


def _flag(name: str) -> bool:
    return (request.values.get(name) or "").lower() in ("1", "true", "on", "yes")


# ---- papers and uploads ------------------------------------------------------------------------


def upload_name(filename: str) -> str:
    """A safe stored name that keeps the extension ("../../x.txt" -> "x.txt", "会议.pdf" -> "paper.pdf")."""
    raw = Path(filename or "").name
    suffix = Path(raw).suffix.lower()
    if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix):
        return safe_name(Path(raw).stem) + suffix
    return safe_name(raw)


def check_upload(data: bytes, filename: str) -> str | None:
    """Why this file is refused, or None: the extension must be a paper's, the content not empty and a
    format we read (a PDF must open). A refused file is never spooled or queued."""
    from ingest.errors import ReadError
    from ingest.read import sniff_format
    from ingest.readers.pdf import page_count

    name = upload_name(filename)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return (f"{name}: {suffix or 'files without an extension'} is not a paper format we read "
                f"(use {', '.join(sorted(SUPPORTED_SUFFIXES))}).")
    if not data.strip():
        return f"Refused: {name} is empty."
    try:
        if sniff_format(data, name) == "pdf":
            page_count(data, name)  # a PDF that does not open (corrupt, truncated, encrypted)
    except ReadError as ex:
        return f"Refused: {ex}"
    return None


def _uploaded_sources() -> tuple[list[Source], list[str]]:
    files = [f for f in request.files.getlist("files") if f and f.filename]
    if not files:
        abort(400, "Choose one or more papers to upload (form field 'files').")
    sources, refused = [], []
    for upload in files:
        data = upload.read()
        reason = check_upload(data, upload.filename or "")
        if reason:
            refused.append(reason)
        sources.append(Source(upload_name(upload.filename or ""), data=data, refused=reason))
    return sources, refused


def dashboard_data() -> dict[str, Any]:
    import graph

    page = int_arg(request.args, "page", 1)
    documents = graph.list_documents(get_archive().graph, page=page, per_page=50)
    return {"papers": documents, "stores": get_archive().consistency(), "jobs": get_jobs().list(limit=10),
            "scans": get_jobs().scans.list(),
            "max_upload_mb": current_app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024),
            "suffixes": sorted(SUPPORTED_SUFFIXES)}


def _refused_page(reasons: list[str], status: int):
    """The dashboard again, with the reasons a form was refused flashed."""
    for reason in reasons:
        flash(reason, "error")
    return render_template("admin/dashboard.html", **dashboard_data()), status


@admin.post("/upload")
def upload():
    if _flag("ocr"):
        try:
            require_ocr()
        except HTTPException as ex:
            return _refused_page([ex.description or ex.name], 503)
    sources, refused = _uploaded_sources()
    if len(refused) == len(sources):
        return _refused_page(refused, 400)
    return redirect(url_for("admin.job", job_id=_start("upload", sources, _flag("force"), _flag("ocr"))))


@admin_api.post("/upload")
def upload_json():
    if _flag("ocr"):
        require_ocr()
    sources, refused = _uploaded_sources()
    if len(refused) == len(sources):
        abort(400, " ".join(refused))
    job_id = _start("upload", sources, _flag("force"), _flag("ocr"))
    return jsonify({"ok": True, "job": job_id, "refused": refused,
                    "status_url": url_for("admin_api.job_json", job_id=job_id)}), 202


def _repair() -> dict[str, list[str]]:
    with get_jobs().write_lock:
        repaired = get_archive().repair()
    audit("repair", ", ".join(f"{len(v)} {k}" for k, v in repaired.items() if v) or "nothing to do")
    return repaired


@admin.post("/repair")
def repair():
    repaired = _repair()
    written = sum(len(v) for v in repaired.values())
    flash(f"Repaired: {written} writes." if written else "Nothing to repair: every store holds every paper.",
          "success")
    return redirect(url_for("admin.dashboard"))


@admin_api.post("/repair")
def repair_json():
    repaired = _repair()
    return jsonify({"ok": True, "repaired": repaired, "stores": get_archive().consistency()})


def _reingest_sources(doc_id: str | None) -> list[Source]:
    archive = get_archive()
    ids = [doc_id] if doc_id else sorted(p.stem for p in archive.papers_dir.glob("*.json"))
    sources = []
    for one in ids:
        paper, path = archive.paper(one), archive.original_path(one)
        if paper is None or path is None:
            if doc_id:
                abort(404, f"No stored paper with id {doc_id!r}.")
            continue
        sources.append(Source(paper.filename, path=path))
    if not sources:
        abort(400, "There are no stored papers to re-ingest.")
    return sources


@admin.post("/reingest")
def reingest():
    doc_id = request.form.get("doc_id") or None
    return redirect(url_for("admin.job", job_id=_start("reingest", _reingest_sources(doc_id), True)))


@admin_api.post("/reingest")
def reingest_json():
    doc_id = (request.get_json(silent=True) or {}).get("doc_id") or request.values.get("doc_id") or None
    job_id = _start("reingest", _reingest_sources(doc_id), True)
    return jsonify({"ok": True, "job": job_id, "status_url": url_for("admin_api.job_json", job_id=job_id)}), 202


# ---- scans waiting for OCR ---------------------------------------------------------------------


def _held_scan(doc_id: str) -> Path:
    path = get_jobs().scans.path(doc_id)
    if path is None:
        abort(404, f"No scan waiting for OCR with id {doc_id!r}.")
    return path


def _start_ocr(doc_id: str) -> str:
    """Queue a held scan for OCR and ingest (the archive's ingest with `ocr`, as the CLI's --ocr)."""
    path = _held_scan(doc_id)
    require_ocr()
    return _start("ocr", [Source(path.name, data=path.read_bytes())], False, ocr=True)


@admin.post("/scans/<doc_id>/ocr")
def ocr_scan(doc_id: str):
    try:
        job_id = _start_ocr(doc_id)
    except HTTPException as ex:
        if ex.code not in (404, 503):
            raise
        return _refused_page([ex.description or ex.name], ex.code)
    return redirect(url_for("admin.job", job_id=job_id))


@admin_api.post("/scans/<doc_id>/ocr")
def ocr_scan_json(doc_id: str):
    job_id = _start_ocr(doc_id)
    return jsonify({"ok": True, "job": job_id, "status_url": url_for("admin_api.job_json", job_id=job_id)}), 202


@admin_api.get("/scans")
def scans_json():
    return jsonify({"scans": get_jobs().scans.list()})


def _discard_scan(doc_id: str) -> str:
    name = _held_scan(doc_id).name
    get_jobs().scans.drop(doc_id)
    audit("discard scan", f"{name} ({doc_id[:12]})")
    return name


@admin.post("/scans/<doc_id>/discard")
def discard_scan(doc_id: str):
    name = flashing(_discard_scan, doc_id)
    if name:
        flash(f"Discarded the scan {name}; nothing of it was stored.", "success")
    return redirect(url_for("admin.dashboard"))


@admin_api.post("/scans/<doc_id>/discard")
def discard_scan_json(doc_id: str):
    return jsonify({"ok": True, "discarded": _discard_scan(doc_id)})


def _paper_or_404(doc_id: str) -> dict[str, Any]:
    paper = get_archive().paper(doc_id)
    if paper is None:
        abort(404, f"No stored paper with id {doc_id!r}.")
    return {"id": paper.id, "title": paper.title, "filename": paper.filename, "date": paper.date,
            "kind": paper.kind}


def _delete(doc_id: str) -> dict[str, Any]:
    paper = _paper_or_404(doc_id)
    with get_jobs().write_lock:
        get_archive().delete(doc_id)
    audit("delete", f"{paper['filename']} ({doc_id[:12]})")
    return paper


@admin.route("/papers/<doc_id>/delete", methods=["GET", "POST"])
def delete(doc_id: str):
    if request.method == "GET":
        return render_template("admin/delete.html", paper=_paper_or_404(doc_id))
    paper = _delete(doc_id)
    flash(f"Deleted {paper['title'] or paper['filename']} and every fact that came from it.", "success")
    return redirect(url_for("admin.dashboard"))


@admin_api.route("/papers/<doc_id>", methods=["DELETE"])
@admin_api.post("/papers/<doc_id>/delete")
def delete_json(doc_id: str):
    return jsonify({"ok": True, "deleted": _delete(doc_id)})


# ---- jobs --------------------------------------------------------------------------------------


def _job_or_404(job_id: str) -> dict[str, Any]:
    job = get_jobs().get(job_id)
    if job is None:
        abort(404, f"No job {job_id!r}.")
    return job


def jobs_data() -> dict[str, Any]:
    return {"jobs": get_jobs().list(limit=100)}


@admin.get("/jobs/<job_id>")
def job(job_id: str):
    held = {scan["id"] for scan in get_jobs().scans.list()}
    return render_template("admin/job.html", job=_job_or_404(job_id), held=held)


@admin.get("/jobs/<job_id>.json")
@admin_api.get("/jobs/<job_id>")
def job_json(job_id: str):
    return jsonify(_job_or_404(job_id))


# ---- audit -------------------------------------------------------------------------------------


def audit_data() -> dict[str, Any]:
    page = int_arg(request.args, "page", 1)
    action = (request.args.get("action") or "").strip() or None
    return get_audit().page(page, AUDIT_PER_PAGE, action=action)


@admin.get("/audit.csv")
@admin_api.get("/audit.csv")
def audit_csv():
    return csv_download(get_audit().csv(), "boardgraph-audit.csv")


def init_app(app: Flask) -> None:
    from webapp import admin_curation, admin_twins, admin_users  # noqa: F401  (they add routes to these blueprints)

    app.extensions["jobs"] = Jobs(app.config["DATA_DIR"], app.extensions["archive"], app.extensions["audit"],
                                  shared=app.config["WORKERS"] > 1)
    app.register_blueprint(admin)
    app.register_blueprint(admin_api)
