"""Scanned papers: a real scan (a sample's first page rendered to an image with Pillow, saved as an
image-only PDF) read by the real OCRmyPDF and Tesseract, through the CLI and the admin pages.

Nothing about OCR is mocked. The scan's facts are checked against the same lines ingested as
text: the attendees, apologies and date read by OCR must be the ones the text gives. Tests that
run OCR skip, saying why, only where OCRmyPDF is not installed (`make test` installs it); the
refusals when it is missing run everywhere, with a PATH that has no ocrmypdf on it.
"""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from ingest import ocr
from tests.conftest import SAMPLES
from tests.test_admin import admin, app, finished_job, form_post, token_client, upload  # noqa: F401 (fixtures)
from tests.test_browser import browser  # noqa: F401 (a fixture: Debian's chromium under Playwright)
from webapp.cli import cli

SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]
PAGE_LINES = 55  # the sample's header, attendees and apologies: one A4 page
# A serif face keeps "I" and "l" apart for Tesseract; Ghostscript, which OCRmyPDF needs, brings the first.
SERIF_FONTS = [Path("/usr/share/fonts/opentype/urw-base35/NimbusRoman-Regular.otf"),
               Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")]
NOTE = "Read by OCR from a scan: names and dates may be misread"

needs_ocr = pytest.mark.skipif(ocr.missing() is not None,
                               reason="OCRmyPDF and Tesseract's English data are not installed "
                                      "(`make test` installs them: apt-get install ocrmypdf tesseract-ocr-eng)")


def page_lines() -> list[str]:
    return [line.strip() for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:PAGE_LINES]]


def render_scan(lines: list[str]) -> bytes:
    """The lines printed on an A4 page scanned at 300 dpi: a PDF holding one image and no text."""
    from PIL import Image, ImageDraw, ImageFont

    font_path = next((p for p in SERIF_FONTS if p.exists()), None)
    if font_path is None:
        pytest.skip(f"no serif font to print the page with (looked for {', '.join(map(str, SERIF_FONTS))})")
    page = Image.new("L", (2480, 3508), 255)
    draw, font = ImageDraw.Draw(page), ImageFont.truetype(str(font_path), 46)
    y = 150
    for line in lines:
        if line:
            draw.text((200, y), line, fill=0, font=font)
        y += 58 if line else 30
    out = io.BytesIO()
    page.save(out, "PDF", resolution=300)
    return out.getvalue()


@pytest.fixture(scope="module")
def scan() -> bytes:
    return render_scan(page_lines())


@pytest.fixture(scope="module")
def typed():
    """The Paper of the same lines as text: what OCR should give back."""
    from ingest.pipeline import extract_bytes

    paper = extract_bytes("\n".join(page_lines()).encode("utf-8"), "typed.txt")
    assert paper.status == "ok" and len(paper.attendees) >= 10 and paper.apologies and paper.date
    return paper


def names(people) -> list[str]:
    return [p["name"] if isinstance(p, dict) else p.name for p in people]


@pytest.fixture
def empty_path(tmp_path, monkeypatch) -> None:
    """A PATH with no ocrmypdf or tesseract on it (this process's, and what the CLI looks them up in)."""
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))


def stored_files(data_dir: Path) -> list[str]:
    return sorted(str(p.relative_to(data_dir)) for d in ("papers", "originals", "scans") for p in (data_dir / d).rglob("*")
                  if p.is_file())


# ---- the scan itself ------------------------------------------------------------------------------


def test_the_rendered_scan_has_no_text_layer_and_says_how_to_read_it(scan):
    from ingest.errors import NoTextLayer
    from ingest.read import read_document

    assert ocr.is_scan(scan, "scan.pdf")
    with pytest.raises(NoTextLayer, match=r"boardgraph ingest --ocr.*\"OCR this file\""):
        read_document(scan, "scan.pdf")


# ---- the command line ---------------------------------------------------------------------------------


def test_ingest_without_ocr_fails_the_scan_and_points_to_ocr(scan, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "scan.pdf").write_bytes(scan)
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path / "data"), "ingest", str(tmp_path / "in" / "scan.pdf")])
    assert result.exit_code == 1
    assert "failed    scan.pdf: scan.pdf has no text layer" in result.output and "--ocr" in result.output
    assert stored_files(tmp_path / "data") == []


def test_ocr_missing_is_refused_naming_the_packages_and_nothing_is_stored(scan, tmp_path, empty_path):
    (tmp_path / "scan.pdf").write_bytes(scan)
    data_dir = tmp_path / "data"
    runner = CliRunner()
    result = runner.invoke(cli, ["--data-dir", str(data_dir), "ingest", "--ocr", str(tmp_path / "scan.pdf")])
    assert result.exit_code == 1
    assert "ocrmypdf and tesseract-ocr-eng" in result.output and "apt-get install ocrmypdf tesseract-ocr-eng" in result.output
    assert "Nothing was ingested" in result.output and not data_dir.exists()
    extracted = runner.invoke(cli, ["extract", "--ocr", "--json", str(tmp_path / "scan.pdf")])
    assert extracted.exit_code == 1 and "apt-get install ocrmypdf tesseract-ocr-eng" in extracted.output


@needs_ocr
def test_ingest_ocr_reads_the_attendees_keeps_the_ocr_pdf_beside_the_scan_and_marks_the_paper(scan, typed, tmp_path,
                                                                                              monkeypatch):
    from archive import Archive

    (tmp_path / "in").mkdir()
    source = tmp_path / "in" / "old-minutes.pdf"
    source.write_bytes(scan)
    data_dir = tmp_path / "data"
    runner = CliRunner()
    result = runner.invoke(cli, ["--data-dir", str(data_dir), "ingest", "--ocr", str(source)])
    assert result.exit_code == 0, result.output
    assert "added     old-minutes.pdf" in result.output
    doc_id = hashlib.sha256(scan).hexdigest()  # the paper id is the scan's own bytes' hash
    originals = data_dir / "originals"
    assert (originals / f"{doc_id}.pdf").read_bytes() == scan
    copy = originals / f"{doc_id}.ocr.pdf"
    assert copy.resolve().is_relative_to(data_dir.resolve()) and not ocr.is_scan(copy.read_bytes(), copy.name)

    with Archive(data_dir) as archive:
        paper = archive.paper(doc_id)
        assert paper is not None and paper.ocr and not typed.ocr
        assert names(paper.attendees) == names(typed.attendees)
        assert names(paper.apologies) == names(typed.apologies) and paper.date == typed.date
        import graph

        assert graph.document(archive.graph, doc_id)["ocr"] is True
        assert archive.original_path(doc_id) == originals / f"{doc_id}.pdf"

    again = runner.invoke(cli, ["--data-dir", str(data_dir), "ingest", "--ocr", str(source)])
    assert again.exit_code == 0 and "unchanged old-minutes.pdf" in again.output

    # re-extracting reads the kept OCR'd copy: the same facts, and no OCR needed for it
    monkeypatch.setenv("PATH", str(tmp_path / "in"))
    forced = runner.invoke(cli, ["--data-dir", str(data_dir), "ingest", "--force", str(source)])
    assert forced.exit_code == 0, forced.output
    with Archive(data_dir) as archive:
        assert [p.id for p in archive.papers()] == [doc_id]
        paper = archive.paper(doc_id)
        assert paper.ocr and names(paper.attendees) == names(typed.attendees)
    monkeypatch.undo()

    extracted = runner.invoke(cli, ["extract", "--ocr", "--json", "--no-text", str(source)])
    assert extracted.exit_code == 0, extracted.output
    import json

    printed = json.loads(extracted.output)
    assert printed["ocr"] is True and printed["id"] == doc_id and names(printed["attendees"]) == names(typed.attendees)
    plain = runner.invoke(cli, ["extract", "--json", "--no-text", str(source)])
    assert plain.exit_code == 1 and "has no text layer" in plain.output


def test_a_typed_paper_is_not_marked_ocr_and_old_papers_read_as_not_ocr(typed):
    from ingest.model import Paper

    assert typed.to_dict()["ocr"] is False
    old = typed.to_dict()
    del old["ocr"]
    assert Paper.from_dict(old).ocr is False


# ---- the admin pages (test_admin's app: CSRF on, an admin and an officer, two samples stored) --------


def held_after_upload(app, admin, data: bytes, name: str) -> str:
    """Upload a scan without OCR: the job fails it for want of a text layer and holds it; returns its id."""
    response = upload(admin, "/admin/", [(data, name)])
    assert response.status_code == 302
    job_id = response.headers["Location"].rsplit("/", 1)[1]
    entry = finished_job(app, job_id)["papers"][0]
    assert entry["status"] == "failed" and "has no text layer" in entry["error"] and entry["scan"] is True
    doc_id = hashlib.sha256(data).hexdigest()
    assert entry["doc_id"] == doc_id and app.extensions["archive"].paper(doc_id) is None
    page = admin.get(f"/admin/jobs/{job_id}").get_data(as_text=True)
    assert f'action="/admin/scans/{doc_id}/ocr"' in page and "OCR this file" in page
    return doc_id


def test_ocr_this_file_is_refused_with_503_naming_the_packages_when_missing(app, admin, monkeypatch, tmp_path):
    data = render_scan(["Minutes", "", "Present:", "A scan that stays held"])
    doc_id = held_after_upload(app, admin, data, "held-scan.pdf")
    data_dir = Path(app.config["DATA_DIR"])
    before = stored_files(data_dir)
    assert f"scans/{doc_id}/held-scan.pdf" in before
    bare = tmp_path / "bin"
    bare.mkdir()
    monkeypatch.setenv("PATH", str(bare))
    api = token_client(app, "admin").post(f"/api/admin/scans/{doc_id}/ocr")
    assert api.status_code == 503
    assert "ocrmypdf and tesseract-ocr-eng" in api.get_json()["error"]
    form = form_post(admin, "/admin/", f"/admin/scans/{doc_id}/ocr")
    assert form.status_code == 503 and "apt-get install ocrmypdf tesseract-ocr-eng" in form.get_data(as_text=True)
    ticked = upload(admin, "/admin/", [(data, "again.pdf")], ocr="1")
    assert ticked.status_code == 503 and "tesseract-ocr-eng" in ticked.get_data(as_text=True)
    assert stored_files(data_dir) == before
    monkeypatch.undo()
    officer = token_client(app, "officer").post(f"/api/admin/scans/{doc_id}/ocr")
    assert officer.status_code == 403
    assert token_client(app, "admin").post("/api/admin/scans/0000/ocr").status_code == 404
    documented = token_client(app, "officer").get("/api/openapi.json").get_json()["paths"]
    assert {"202", "503"} <= set(documented["/api/admin/scans/{doc_id}/ocr"]["post"]["responses"])
    discarded = token_client(app, "admin").post(f"/api/admin/scans/{doc_id}/discard")
    assert discarded.status_code == 200 and discarded.get_json()["discarded"] == "held-scan.pdf"
    assert not any(name.startswith("scans/") for name in stored_files(data_dir))


@needs_ocr
def test_admin_ocr_this_file_stores_the_scan_with_its_attendees_and_the_pages_say_it_was_ocr(app, admin, scan, typed):
    doc_id = held_after_upload(app, admin, scan, "scanned-minutes.pdf")
    dashboard = admin.get("/admin/").get_data(as_text=True)
    assert "Scans waiting for OCR" in dashboard and "scanned-minutes.pdf" in dashboard

    response = form_post(admin, "/admin/", f"/admin/scans/{doc_id}/ocr")
    assert response.status_code == 302
    job = finished_job(app, response.headers["Location"].rsplit("/", 1)[1])
    assert job["kind"] == "ocr" and job["ocr"] is True
    assert [(p["status"], p["doc_id"]) for p in job["papers"]] == [("added", doc_id)], \
        [(p["status"], p.get("error")) for p in job["papers"]]

    data_dir = Path(app.config["DATA_DIR"]).resolve()
    archive = app.extensions["archive"]
    assert archive.original_path(doc_id).read_bytes() == scan
    assert archive.ocr_path(doc_id).exists() and archive.ocr_path(doc_id).resolve().is_relative_to(data_dir)
    assert not any(name.startswith("scans/") for name in stored_files(data_dir))  # no longer held

    officer = token_client(app, "officer")
    facts = officer.get(f"/api/papers/{doc_id}").get_json()
    assert facts["ocr"] is True and facts["facts"]["ocr"] is True
    assert names(facts["facts"]["attendees"]) == names(typed.attendees)
    assert NOTE in officer.get(f"/papers/{doc_id}").get_data(as_text=True)
    meeting = officer.get(f"/api/meetings/{facts['meeting_id']}").get_json()
    assert meeting["ocr"] is True and len(meeting["attendees"]) == len(typed.attendees)
    assert NOTE in officer.get(f"/meetings/{facts['meeting_id']}").get_data(as_text=True)
    audit = [e["what"] for e in app.extensions["audit"].page(1, 100, action="ingest")["events"]]
    assert any(w.startswith(f"added scanned-minutes.pdf ({doc_id[:12]})") for w in audit)


# ---- in a real browser ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def live_admin_server(app):
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@needs_ocr
@pytest.mark.browser
def test_an_admin_uploads_a_scan_clicks_ocr_this_file_and_officers_see_the_ocr_note(live_admin_server, browser,
                                                                                    tmp_path):
    from tests.test_admin import ADMIN

    scan_file = tmp_path / "browser-scan.pdf"
    scan_file.write_bytes(render_scan(page_lines()[:30]))  # the header and the first attendees
    context = browser.new_context(base_url=live_admin_server, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        page.goto("/login")
        page.fill("#login-name", ADMIN[0])
        page.fill("#login-password", ADMIN[1])
        page.click("main form button[type=submit]")
        page.wait_for_url(lambda url: "/login" not in url)
        page.goto("/admin/")
        page.set_input_files("#upload-files", str(scan_file))
        page.click("text=Upload and ingest")
        ocr_button = page.get_by_role("button", name="OCR this file")
        ocr_button.wait_for(timeout=120_000)  # the job page reloads itself until the upload has failed
        assert "has no text layer" in page.inner_text("main")
        ocr_button.click()
        page.wait_for_url("**/admin/jobs/**")
        page.locator(".badge.status-done").wait_for(timeout=300_000)
        assert "OCR job" in page.inner_text("h1") and page.locator("main table .badge.status-added").count() == 1
        page.locator("main table a").first.click()
        note = page.locator(".ocr-note")
        note.wait_for()
        assert note.is_visible() and NOTE in note.inner_text()
        page.get_by_role("link", name="Meeting page").click()
        assert page.locator(".ocr-note").is_visible() and NOTE in page.locator(".ocr-note").inner_text()
    finally:
        context.close()
