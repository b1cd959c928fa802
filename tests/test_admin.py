"""Admin pages and their /api/admin twins on a real app: roles, CSRF, uploads, jobs, delete, users,
curation and the audit log.

The app keeps CSRF on (forms post the token read from the page) and a 1 MB
upload limit. Two samples are ingested up front; each test that writes uses
papers of its own, so the tests pass in any order.
"""
from __future__ import annotations

import codecs
import re
import time
from pathlib import Path

import pytest

from tests.conftest import GOLD, SAMPLES
from tests.test_auth import audit_actions, bearer, csrf_of, sign_in

ADMIN = ("ada", "ada-password-123")
OFFICER = ("otto", "otto-password-123")
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
CORRUPT_PDF = (GOLD / "103_hartmoor_action_log.pdf").read_bytes()[:1500]
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from webapp import create_app

    app = create_app({"DATA_DIR": tmp_path_factory.mktemp("admin"), "TESTING": True, "SECRET_KEY": "test-secret",
                      "MAX_UPLOAD_MB": 1})
    users = app.extensions["users"]
    users.add(ADMIN[0], "admin", ADMIN[1])
    users.add(OFFICER[0], "officer", OFFICER[1])
    app.config["TOKENS"] = {"admin": users.create_token(ADMIN[0]), "officer": users.create_token(OFFICER[0])}
    results = app.extensions["archive"].ingest_files(SAMPLE_FILES[:2])
    assert [r.status for r in results] == ["added", "added"], results
    app.config["DOC_IDS"] = [r.doc_id for r in results]
    yield app
    app.extensions["archive"].close()


@pytest.fixture
def admin(app):
    """A browser signed in as an admin."""
    client = app.test_client()
    assert sign_in(client, *ADMIN).status_code == 302
    return client


@pytest.fixture
def officer(app):
    client = app.test_client()
    assert sign_in(client, *OFFICER).status_code == 302
    return client


def token_client(app, role: str):
    client = app.test_client()
    client.environ_base["HTTP_AUTHORIZATION"] = f"Bearer {app.config['TOKENS'][role]}"
    return client


def form_post(client, page: str, url: str, data: dict | None = None, **kwargs):
    """Post a form the way a browser does: with the CSRF token of the page it is on."""
    token = csrf_of(client.get(page).get_data(as_text=True))
    return client.post(url, data={**(data or {}), "csrf_token": token}, **kwargs)


def finished_job(app, job_id: str) -> dict:
    job = app.extensions["jobs"].wait(job_id, timeout=600)
    assert job["status"] == "done", job
    return job


def upload(client, page: str, files: list[tuple[bytes, str]], **extra):
    data = {"files": [(_stream(content), name) for content, name in files], **extra}
    return form_post(client, page, "/admin/upload", data, content_type="multipart/form-data")


def _stream(content: bytes):
    import io

    return io.BytesIO(content)


# ---- every admin route refuses everyone but admins --------------------------------------------------------


def admin_routes(app) -> list[tuple[str, str, str]]:
    """(endpoint, method, path) for every rule of the admin blueprints, URL variables filled in."""
    routes = []
    values = {"doc_id": app.config["DOC_IDS"][0], "job_id": "20260101T000000-00000000", "name": OFFICER[0],
              "operation": "disable", "action": "merge"}
    for rule in app.url_map.iter_rules():
        if rule.endpoint.split(".")[0] in ("admin", "admin_api"):
            path = rule.build({a: values[a] for a in rule.arguments})[1]
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                routes.append((rule.endpoint, method, path))
    return routes


def test_there_are_admin_routes_to_check(app):
    endpoints = {e for e, _, _ in admin_routes(app)}
    assert {"admin.dashboard", "admin.upload", "admin.delete", "admin.job", "admin.users_page", "admin.audit_page",
            "admin.curation", "admin_api.upload_json", "admin_api.job_json", "admin_api.delete_json",
            "admin_api.users_json", "admin_api.curation_decide_json"} <= endpoints
    assert len(admin_routes(app)) >= 25


def test_anonymous_users_are_sent_to_login_or_get_401(app):
    client = app.test_client()
    for endpoint, method, path in admin_routes(app):
        response = client.open(path, method=method)
        if endpoint.startswith("admin_api."):
            assert response.status_code == 401, (method, path)
            assert response.json["ok"] is False
        else:
            assert response.status_code == 302, (method, path)
            assert response.headers["Location"].startswith("/login?next="), (method, path)


def test_officers_get_403_with_a_token(app):
    client = token_client(app, "officer")
    for endpoint, method, path in admin_routes(app):
        response = client.open(path, method=method)
        assert response.status_code == 403, (method, path, response.status_code)


def test_officers_get_403_in_the_browser_even_with_a_csrf_token(app, officer):
    token = csrf_of(officer.get("/help").get_data(as_text=True))
    for endpoint, method, path in admin_routes(app):
        response = officer.open(path, method=method, data={"csrf_token": token} if method != "GET" else None)
        assert response.status_code == 403, (method, path, response.status_code)
        if not endpoint.startswith("admin_api."):
            assert "Only admins" in response.get_data(as_text=True)


def test_admin_post_without_csrf_token_is_refused(app, admin):
    doc_id = app.config["DOC_IDS"][0]
    for path in (f"/admin/papers/{doc_id}/delete", "/admin/reingest", "/admin/users", "/admin/curation/merge"):
        assert admin.post(path, data={"doc_id": doc_id}).status_code == 400, path
    assert app.extensions["archive"].paper(doc_id) is not None


# ---- uploads --------------------------------------------------------------------------------------------------


def test_batch_with_broken_files_ingests_the_good_ones_and_reports_the_rest(app, admin):
    good = SAMPLE_FILES[2]
    response = upload(admin, "/admin/", [(good.read_bytes(), good.name), (CORRUPT_PDF, "corrupt.pdf"),
                                         (b"", "empty.txt")])
    assert response.status_code == 302
    job_id = response.headers["Location"].rsplit("/", 1)[1]
    job = finished_job(app, job_id)
    by_name = {p["filename"]: p for p in job["papers"]}
    assert by_name[good.name]["status"] == "added" and by_name[good.name]["title"]
    assert by_name["corrupt.pdf"]["status"] == "failed" and "not a readable PDF" in by_name["corrupt.pdf"]["error"]
    assert by_name["empty.txt"]["status"] == "failed" and "is empty" in by_name["empty.txt"]["error"]
    assert (job["total"], job["done"], job["failed"], job["user"]) == (3, 3, 2, ADMIN[0])
    officer = token_client(app, "officer")
    assert officer.get(f"/api/papers/{by_name[good.name]['doc_id']}").status_code == 200
    page = admin.get(f"/admin/jobs/{job_id}").get_data(as_text=True)
    assert "not a readable PDF" in page and "empty.txt is empty." in page and 'http-equiv="refresh"' not in page
    ingests = [e["what"] for e in app.extensions["audit"].page(1, 100, action="ingest")["events"]]
    assert any(w.startswith("failed corrupt.pdf") for w in ingests)
    assert any(w.startswith(f"added {good.name}") for w in ingests)


def test_wrong_types_are_refused_with_reasons(app, admin):
    response = upload(admin, "/admin/", [(PNG, "scan.txt"), (b"a,b\n1,2\n", "sheet.xlsx")])
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "scan.txt is a binary file in a format we cannot read" in page
    assert "sheet.xlsx: .xlsx is not a paper format we read" in page
    api = token_client(app, "admin").post("/api/admin/upload", data={"files": [(_stream(PNG), "scan.pdf.png")]},
                                          content_type="multipart/form-data")
    assert api.status_code == 400 and ".png is not a paper format" in api.json["error"]


def test_a_refused_file_among_good_ones_is_reported_in_the_job(app):
    good = SAMPLE_FILES[1]  # already stored: the job says "unchanged"
    response = token_client(app, "admin").post(
        "/api/admin/upload", data={"files": [(_stream(good.read_bytes()), good.name), (_stream(PNG), "scan.txt")]},
        content_type="multipart/form-data")
    assert response.status_code == 202
    assert response.json["refused"] and "binary file" in response.json["refused"][0]
    job = finished_job(app, response.json["job"])
    assert [(p["filename"], p["status"]) for p in job["papers"]] == [(good.name, "unchanged"), ("scan.txt", "failed")]


def test_upload_names_are_sanitised_but_keep_their_extension(app):
    from webapp.admin import upload_name

    assert upload_name("../../etc/passwd.txt") == "passwd.txt"
    assert upload_name("C:\\Users\\x\\..\\minutes.pdf").endswith(".pdf")
    assert upload_name("会议.pdf") == "paper.pdf"
    assert upload_name("Board Minutes.DOCX") == "Board_Minutes.docx"
    good = SAMPLE_FILES[0]
    response = token_client(app, "admin").post(
        "/api/admin/upload", data={"files": [(_stream(good.read_bytes()), "../../../outside/minutes.txt")]},
        content_type="multipart/form-data")
    job = finished_job(app, response.json["job"])
    assert job["papers"][0]["filename"] == "minutes.txt"
    assert not (Path(app.config["DATA_DIR"]).parent / "outside").exists()


def test_oversize_upload_is_refused_with_the_limit(app, admin):
    big = b"minutes of the board\n" * 60_000  # 1.26 MB > 1 MB
    response = upload(admin, "/admin/", [(big, "big.txt")])
    assert response.status_code == 413
    assert "too large (limit 1 MB)" in response.get_data(as_text=True)
    api = token_client(app, "admin").post("/api/admin/upload", data={"files": [(_stream(big), "big.txt")]},
                                          content_type="multipart/form-data")
    assert api.status_code == 413
    assert api.json == {"ok": False, "error": "That upload is too large (limit 1 MB).", "status": 413}


def test_bad_uploads_get_a_4xx_and_spool_nothing(app):
    data_dir = Path(app.config["DATA_DIR"])

    def on_disk() -> tuple[list[Path], list[Path]]:
        return sorted((data_dir / "uploads").rglob("*")), sorted((data_dir / "jobs").glob("*"))

    before = on_disk()
    api = token_client(app, "admin")
    for files, status, reason in [([(b"", "empty.txt")], 400, "Refused: empty.txt is empty."),
                                  ([(b" \n\n", "blank.md")], 400, "Refused: blank.md is empty."),
                                  ([(CORRUPT_PDF, "corrupt.pdf")], 400, "corrupt.pdf is not a readable PDF"),
                                  ([(b"", "a.txt"), (CORRUPT_PDF, "b.pdf")], 400, "b.pdf is not a readable PDF"),
                                  ([(b"minutes of the board\n" * 60_000, "big.txt")], 413, "too large (limit 1 MB)")]:
        response = api.post("/api/admin/upload", data={"files": [(_stream(data), name) for data, name in files]},
                            content_type="multipart/form-data")
        assert response.status_code == status and reason in response.json["error"], response.json
        assert on_disk() == before, files


def test_upload_without_files_is_a_400(app):
    response = token_client(app, "admin").post("/api/admin/upload", data={}, content_type="multipart/form-data")
    assert response.status_code == 400 and "Choose one or more papers" in response.json["error"]


def test_progress_is_kept_on_disk_while_a_job_runs(app, admin):
    jobs = app.extensions["jobs"]
    paper = SAMPLE_FILES[3]
    with jobs.write_lock:  # the worker starts the paper, then waits for the lock: the job is mid-way
        response = token_client(app, "admin").post(
            "/api/admin/upload", data={"files": [(_stream(paper.read_bytes()), paper.name)]},
            content_type="multipart/form-data")
        job_id = response.json["job"]
        spooled = Path(app.config["DATA_DIR"]) / "uploads" / job_id  # on disk before the answer said queued
        assert [(f.name, f.read_bytes()) for f in spooled.iterdir()] == [(f"0000-{paper.name}", paper.read_bytes())]
        deadline = time.monotonic() + 120
        while jobs.get(job_id)["status"] != "running" and time.monotonic() < deadline:
            time.sleep(0.05)
        on_disk = (Path(app.config["DATA_DIR"]) / "jobs" / f"{job_id}.json").read_text()
        assert '"status": "running"' in on_disk and paper.name in on_disk
        status = admin.get(f"/admin/jobs/{job_id}.json").json
        assert (status["done"], status["total"], status["current"]) == (0, 1, paper.name)
        page = admin.get(f"/admin/jobs/{job_id}").get_data(as_text=True)
        assert '<meta http-equiv="refresh" content="2">' in page and paper.name in page
    job = finished_job(app, job_id)
    assert job["papers"][0]["status"] == "added" and job["current"] is None
    assert not spooled.exists()  # let go once the paper is stored
    assert token_client(app, "admin").get(f"/api/admin/jobs/{job_id}").json["status"] == "done"


def test_jobs_left_running_by_a_stopped_server_are_marked_interrupted(app, tmp_path):
    from webapp.jobs import Jobs

    jobs_dir = tmp_path / "jobs"
    jobs_dir.mkdir()
    stale = {"id": "20200101T000000-deadbeef", "kind": "upload", "status": "running", "total": 2, "done": 1,
             "failed": 0, "current": "b.txt", "papers": [{"filename": "a.txt", "status": "added"},
                                                         {"filename": "b.txt", "status": "running"}]}
    (jobs_dir / f"{stale['id']}.json").write_text(__import__("json").dumps(stale))
    job = Jobs(tmp_path, app.extensions["archive"], app.extensions["audit"]).get(stale["id"])
    assert job["status"] == "interrupted" and job["failed"] == 1
    assert job["papers"][1]["error"] == "Not ingested: the server stopped during the job."


def test_unknown_job_is_404(admin):
    assert admin.get("/admin/jobs/20200101T000000-00000000").status_code == 404
    assert admin.get("/admin/jobs/..%2Fusers").status_code == 404


# ---- re-ingest and delete ------------------------------------------------------------------------------------------


def test_reingest_one_paper_and_everything(app, admin):
    doc_id = app.config["DOC_IDS"][0]
    response = form_post(admin, "/admin/", "/admin/reingest", {"doc_id": doc_id})
    job = finished_job(app, response.headers["Location"].rsplit("/", 1)[1])
    assert [(p["doc_id"], p["status"]) for p in job["papers"]] == [(doc_id, "added")]
    assert job["force"] is True and job["kind"] == "reingest"
    stored = len(list((Path(app.config["DATA_DIR"]) / "papers").glob("*.json")))
    response = token_client(app, "admin").post("/api/admin/reingest", json={})
    job = finished_job(app, response.json["job"])
    assert job["total"] == stored and job["failed"] == 0
    assert token_client(app, "admin").post("/api/admin/reingest", json={"doc_id": "f00"}).status_code == 404


def test_delete_asks_first_then_removes_the_paper_everywhere(app, admin):
    paper = SAMPLE_FILES[4]
    doc_id = app.extensions["archive"].ingest_files([paper])[0].doc_id
    confirm = admin.get(f"/admin/papers/{doc_id}/delete")
    assert confirm.status_code == 200 and "cannot be undone" in confirm.get_data(as_text=True)
    response = form_post(admin, f"/admin/papers/{doc_id}/delete", f"/admin/papers/{doc_id}/delete")
    assert response.status_code == 302
    assert "Deleted" in admin.get("/admin/").get_data(as_text=True)
    assert token_client(app, "officer").get(f"/api/papers/{doc_id}").status_code == 404
    assert not list((Path(app.config["DATA_DIR"]) / "originals").glob(f"{doc_id}*"))
    event = app.extensions["audit"].page(1, 1, action="delete")["events"][0]
    assert event["who"] == ADMIN[0] and paper.name in event["what"]
    assert admin.get(f"/admin/papers/{doc_id}/delete").status_code == 404
    assert token_client(app, "admin").delete(f"/api/admin/papers/{doc_id}").status_code == 404


# ---- users ------------------------------------------------------------------------------------------------------------


def test_admin_adds_disables_resets_and_issues_tokens(app, admin):
    response = form_post(admin, "/admin/users", "/admin/users",
                         {"name": "uma", "role": "officer", "password": "uma-password-123"}, follow_redirects=True)
    assert "Added uma (officer)." in response.get_data(as_text=True)
    again = form_post(admin, "/admin/users", "/admin/users",
                      {"name": "uma", "role": "officer", "password": "uma-password-123"}, follow_redirects=True)
    assert "There is already a user called &#39;uma&#39;." in again.get_data(as_text=True)

    page = form_post(admin, "/admin/users", "/admin/users/uma/token").get_data(as_text=True)
    token = re.search(r'<code class="secret">(bg_[^<]+)</code>', page).group(1)
    assert app.test_client().get("/api/home", headers=bearer(token)).status_code == 200

    page = form_post(admin, "/admin/users", "/admin/users/uma/reset").get_data(as_text=True)
    password = re.search(r'<code class="secret">([^<]+)</code>', page).group(1)
    assert sign_in(app.test_client(), "uma", password).status_code == 302
    assert sign_in(app.test_client(), "uma", "uma-password-123").status_code == 401

    form_post(admin, "/admin/users", "/admin/users/uma/disable")
    assert app.extensions["users"].get("uma")["disabled"] is True
    assert app.test_client().get("/api/home", headers=bearer(token)).status_code == 401
    actions = audit_actions(app)
    assert {"user.add", "user.token", "user.reset", "user.disable"} <= set(actions)


def test_the_last_enabled_admin_cannot_be_disabled(app):
    users = app.extensions["users"]
    others = [u["name"] for u in users.list() if u["role"] == "admin" and not u["disabled"] and u["name"] != ADMIN[0]]
    for name in others:
        users.disable(name)
    try:
        response = token_client(app, "admin").post(f"/api/admin/users/{ADMIN[0]}/disable")
        assert response.status_code == 400 and "last enabled admin" in response.json["error"]
    finally:
        for name in others:
            users.enable(name)


def test_users_api_lists_without_secrets(app):
    users = token_client(app, "admin").get("/api/admin/users").json["users"]
    assert {u["name"] for u in users} >= {ADMIN[0], OFFICER[0]}
    assert all(set(u) == {"name", "role", "disabled", "created", "has_token", "token_created"} for u in users)


# ---- curation -----------------------------------------------------------------------------------------------------------


def test_merge_then_undo_two_people(app, admin):
    import graph

    g = app.extensions["archive"].graph
    keep, merged = [r["key"] for r in g.run("MATCH (p:Person) RETURN p.key AS key ORDER BY key LIMIT 2")]
    response = form_post(admin, "/admin/curation", "/admin/curation/merge", {"source": merged, "target": keep},
                         follow_redirects=True)
    assert "Recorded: merge" in response.get_data(as_text=True)
    assert graph.person(g, merged) is None and graph.person(g, keep) is not None
    history = token_client(app, "admin").get("/api/admin/curation").json["history"]
    record = history[0]
    assert (record["action"], record["who"]) == ("merge", ADMIN[0])
    assert record["args"] == {"source": merged, "target": keep, "target_name": graph.person(g, keep)["name"]}
    response = token_client(app, "admin").post("/api/admin/curation/undo", json={"id": record["id"]})
    assert response.status_code == 201
    assert graph.person(g, merged) is not None
    assert {"curation.merge", "curation.undo"} <= set(audit_actions(app))


def test_bad_curation_requests_are_sentences(app, admin):
    response = form_post(admin, "/admin/curation", "/admin/curation/merge", {"source": "nobody at all", "target": "x"},
                         follow_redirects=True)
    assert "No person with key &#39;nobody at all&#39;." in response.get_data(as_text=True)
    api = token_client(app, "admin")
    assert api.post("/api/admin/curation/rename_org", json={"key": "x"}).json["error"] == "A rename org needs name."
    assert api.post("/api/admin/curation/explode", json={}).status_code == 404


def test_curation_page_lists_candidates_and_forms(admin):
    page = admin.get("/admin/curation").get_data(as_text=True)
    assert "Possibly the same person" in page and "Rename an organisation" in page and "Split a person" in page


# ---- audit log ----------------------------------------------------------------------------------------------------------


def test_audit_page_pages_and_exports_csv(app, admin):
    log = app.extensions["audit"]
    for n in range(120):
        log.record("test.event", f"event {n}", who="=HYPERLINK(\"http://evil\")", ip="10.1.1.1")
    page1 = admin.get("/admin/audit?action=test.event").get_data(as_text=True)
    assert "event 119" in page1 and "event 69" not in page1 and "Page 1 of 3" in page1
    page3 = admin.get("/admin/audit?action=test.event&page=3").get_data(as_text=True)
    assert "event 0<" in page3 and "event 20<" not in page3
    data = token_client(app, "admin").get("/api/admin/audit?page=2&action=test.event").json
    assert data["total"] == 120 and data["events"][0]["what"] == "event 69"
    csv = admin.get("/admin/audit.csv")
    assert csv.mimetype == "text/csv" and "attachment" in csv.headers["Content-Disposition"]
    assert csv.get_data().startswith(codecs.BOM_UTF8)  # so Excel reads it as UTF-8
    text = csv.get_data().decode("utf-8-sig")
    lines = text.splitlines()
    assert lines[0] == "id,at,who,action,what,ip"
    assert any(",login," in line and ADMIN[0] in line for line in lines)
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert admin.get("/admin/audit?page=0").status_code == 400


def test_each_admin_page_and_its_json_twin_come_from_one_table(app):
    """webapp.admin_twins: the page renders what the twin returns (the table is what registers both)."""
    from flask import url_for

    from webapp.admin_twins import ADMIN_TWINS

    client = token_client(app, "admin")
    with app.test_request_context():
        urls = [(url_for(f"admin.{page}"), url_for(f"admin_api.{twin}"), data)
                for _, page, _, twin, _, data in ADMIN_TWINS]
    for page_url, json_url, data in urls:
        page, twin = client.get(page_url), client.get(json_url)
        assert page.status_code == twin.status_code == 200, (page_url, json_url)
        assert page.mimetype == "text/html" and twin.is_json
        with app.test_request_context(json_url):
            assert set(twin.json) == set(data()), json_url
