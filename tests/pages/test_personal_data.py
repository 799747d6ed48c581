"""No e-mail address or phone number is ever published; person names only when configured."""

from __future__ import annotations

from flask.testing import FlaskClient

from hankegraafi.server import create_app
from hankegraafi.store.embedded import EmbeddedStore
from tests.pages.conftest import EMAIL, PERSON_NAME, PHONE, page_config

PROJECT = "/id/project/yhteystietotestihanke"
PERSON = "/id/person-role/yhteystietotesti/project-manager-1"
URLS = [PROJECT + ".html", PERSON + ".html", "/vocab/county/21.html", "/search?q=Yhteystietotestihanke"] + [
    f"{path}.{suffix}" for path in (PROJECT, PERSON) for suffix in ("ttl", "nt", "jsonld", "rdf")
]


def bodies(client: FlaskClient) -> dict[str, str]:
    out = {}
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 200, url
        out[url] = response.get_data(as_text=True)
    return out


def test_names_withheld_by_default(client: FlaskClient) -> None:
    for url, body in bodies(client).items():
        for secret in (EMAIL, PHONE, PERSON_NAME, "mailto:"):
            assert secret not in body, (url, secret)
    page = client.get(PROJECT + ".html?hl=en").get_data(as_text=True)
    assert "Project manager" in page or "project manager" in page.lower()
    assert "name not published" in page


def test_names_published_when_configured(demo_store: EmbeddedStore) -> None:
    assert demo_store.path is not None
    app = create_app(page_config(demo_store.path, publish_person_names=True), store=demo_store)
    client = app.test_client()
    found = bodies(client)
    assert PERSON_NAME in found[PROJECT + ".html"]
    assert PERSON_NAME in found[PERSON + ".ttl"]
    for url, body in found.items():
        for secret in (EMAIL, PHONE, "mailto:"):
            assert secret not in body, (url, secret)
