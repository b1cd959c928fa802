"""The admin pages that show something, each with its JSON twin, built from one table.

As webapp.routes.TWINS does for the public pages: one data function per page; the HTML page
renders its dict and the /api/admin twin returns it, so the two cannot drift. The forms
(uploads, curation, users...) are not twins: a form flashes and redirects, its JSON twin
answers with the result; they share their work in webapp.admin and its siblings.
"""
from __future__ import annotations

from typing import Any, Callable

from flask import jsonify, render_template

from webapp.admin import admin, admin_api, audit_data, dashboard_data, jobs_data
from webapp.admin_curation import curation_data
from webapp.admin_users import users_data

# (page rule, page endpoint, JSON rule, JSON endpoint, template, data)
ADMIN_TWINS: list[tuple[str, str, str, str, str, Callable[[], dict[str, Any]]]] = [
    ("/", "dashboard", "/papers", "papers_json", "admin/dashboard.html", dashboard_data),
    ("/jobs", "jobs", "/jobs", "jobs_json", "admin/jobs.html", jobs_data),
    ("/audit", "audit_page", "/audit", "audit_json", "admin/audit.html", audit_data),
    ("/curation", "curation", "/curation", "curation_json", "admin/curation.html", curation_data),
    ("/users", "users_page", "/users", "users_json", "admin/users.html", users_data),
]


def _register(page_rule: str, page_endpoint: str, json_rule: str, json_endpoint: str, template: str,
              data: Callable[[], dict[str, Any]]) -> None:
    def html():
        return render_template(template, **data())

    def as_json():
        return jsonify(data())

    admin.add_url_rule(page_rule, page_endpoint, html)
    admin_api.add_url_rule(json_rule, json_endpoint, as_json)


for _twin in ADMIN_TWINS:
    _register(*_twin)
