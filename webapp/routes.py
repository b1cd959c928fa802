"""URL rules. Every page has a JSON twin under /api/ built from the same view function."""
from __future__ import annotations

from typing import Any, Callable

from flask import Blueprint, Flask, abort, jsonify, render_template, request, send_file

from ask.common import passage_link
from webapp import views
from webapp.app_archive import get_archive

pages = Blueprint("pages", __name__)
api = Blueprint("api", __name__, url_prefix="/api")

# (rule, endpoint, template, view). The view takes the URL variables, plus
# request.args when it declares `args`.
TWINS: list[tuple[str, str, str, Callable[..., dict[str, Any]]]] = [
    ("/", "home", "home.html", views.home),
    ("/search", "search", "search.html", views.search),
    ("/ask", "ask", "ask.html", views.ask),
    ("/actions", "actions", "actions.html", views.actions),
    ("/people/<path:key>", "person", "person.html", views.person),
    ("/meetings/<meeting_id>", "meeting", "meeting.html", views.meeting),
    ("/organisations/<path:key>", "organisation", "organisation.html", views.organisation),
    ("/topics/<path:key>", "topic", "topic.html", views.topic),
    ("/bodies/<path:name>", "body", "body.html", views.body),
    ("/papers/<doc_id>", "paper", "paper.html", views.paper),
]


def _call(view: Callable[..., dict[str, Any]], kwargs: dict[str, Any]) -> dict[str, Any]:
    if "args" in view.__code__.co_varnames[: view.__code__.co_argcount]:
        return view(args=request.args, **kwargs)
    return view(**kwargs)


def _register(rule: str, endpoint: str, template: str, view: Callable[..., dict[str, Any]]) -> None:
    def html(**kwargs: Any):
        return render_template(template, **_call(view, kwargs))

    def as_json(**kwargs: Any):
        return jsonify(_call(view, kwargs))

    html.__doc__ = as_json.__doc__ = view.__doc__
    pages.add_url_rule(rule, endpoint, html)
    api.add_url_rule("/home" if rule == "/" else rule, endpoint, as_json)


for _twin in TWINS:
    _register(*_twin)


@pages.route("/papers/<doc_id>/original")
def original(doc_id: str):
    archive = get_archive()
    path = archive.original_path(doc_id)
    stored = archive.paper(doc_id)
    if path is None or stored is None:
        abort(404, f"No original file for paper {doc_id!r}.")
    return send_file(path, as_attachment=True, download_name=stored.filename)


@pages.route("/search/export")
def search_export():
    """The current result list (first 1,000 hits) as CSV or JSON."""
    from search import results_to_csv
    from webapp.downloads import csv_download

    fmt = request.args.get("format", "csv")
    if fmt not in ("csv", "json"):
        abort(400, "format must be csv or json.")
    data = views.search(request.args, page_size=views.EXPORT_LIMIT)
    if data["results"] is None:
        abort(400, "Enter something to search for.")
    if fmt == "csv":
        return csv_download([results_to_csv(data["results"])], "boardgraph-search.csv")
    response = jsonify(data["results"].to_dict())
    response.headers["Content-Disposition"] = 'attachment; filename="boardgraph-search.json"'
    return response


_register("/graph/<kind>/<path:key>", "graph_view", "graph.html", views.graph_view)


@pages.route("/help")
def help_page():
    from webapp.help import search_help_html

    return render_template("help.html", help_html=search_help_html())


@api.route("/openapi.json")
def openapi():
    from flask import current_app

    from webapp.openapi import openapi_document

    return jsonify(openapi_document(current_app))


def init_app(app: Flask) -> None:
    app.register_blueprint(pages)
    app.register_blueprint(api)

    from ingest.names import person_key, slug

    app.add_template_filter(lambda name: slug(person_key(name)), "person_slug")

    @app.template_filter("passage_url")
    def passage_url(doc_id: str | None, span: Any) -> str:
        """Link to a passage of a paper: the viewer highlights and scrolls to it."""
        return passage_link(doc_id, span) or "#"
