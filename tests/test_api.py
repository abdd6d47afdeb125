"""The REST API in process (httpx through Starlette's TestClient): every endpoint, the one
error shape, pagination limits, request size limits and tokens.  The store holds the
project's demo wire story (src/wiretrace/examples) and articles written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from wiretrace.errors import AnalysisError
from wiretrace.model import Report
from wiretrace.web import create_app

from .conftest import DEMO, DEMO_PUBLISHED, REPO, assert_offsets, error_of

TOKEN = "test-token-123-0123456789"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTS = ["testserver"]  # the Host of TestClient's requests
# Written for these tests.
WIRE = ("Border talks resume\n\nEgyptian and Libyan ministers met in Cairo on Monday to "
        "discuss security on the border, the Nile Wire reported. Officials said a joint "
        "patrol could begin in the summer.")
HOSTILE = ('Hostile <b>markup</b>\n\nThe mayor said <script>document.title="pwned"</script> '
           'and <img src=x onerror="document.title=\'pwned\'"> were " onmouseover="alert(1) '
           'words in a statement on Monday.')


@pytest.fixture(scope="module")
def app(tmp_path_factory, nlp):
    return create_app(str(tmp_path_factory.mktemp("api") / "api.db"), token=TOKEN, nlp=nlp,
                      allowed_hosts=HOSTS)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as c:
        r = c.post("/api/ingest", headers=AUTH, json={
            "text": DEMO.read_text(encoding="utf-8"), "id": "demo-wire",
            "published": DEMO_PUBLISHED, "outlet": "Harbourline Wire"})
        assert r.status_code == 200 and r.json() == {"article_id": "demo-wire", "stored": True}
        for aid, text in (("wire", WIRE), ("hostile", HOSTILE)):
            r = c.post("/api/ingest", headers=AUTH,
                       json={"text": text, "id": aid, "published": "2024-06-04"})
            assert r.json()["stored"] is True
        yield c


def test_health_says_what_the_server_holds(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["articles"] == 3 and body["writable"] is True


def test_writing_needs_the_token(client, tmp_path, nlp):
    body = {"text": "The minister met the envoy in Rome on Monday.", "id": "t1"}
    error_of(client.post("/api/ingest", json=body), 401)
    error_of(client.post("/api/ingest", json=body, headers={"Authorization": "Bearer nope"}),
             401)
    error_of(client.delete("/api/articles/wire"), 401)
    with TestClient(create_app(str(tmp_path / "ro.db"), token="", nlp=nlp,
                               allowed_hosts=HOSTS)) as ro:
        assert error_of(ro.post("/api/ingest", json=body, headers=AUTH), 403)["code"] == \
            "writing_disabled"
        assert ro.get("/api/health").json()["writable"] is False
        assert ro.get("/api/articles").status_code == 200  # reading on localhost is open


def test_ingest_twice_stores_once(client):
    r = client.post("/api/ingest", headers=AUTH, json={"text": WIRE, "id": "wire"})
    assert r.json() == {"article_id": "wire", "stored": False}


def test_analyze_returns_a_report_and_stores_nothing(client):
    before = client.get("/api/health").json()["articles"]
    r = client.post("/api/analyze", json={"text": WIRE, "published": "2024-06-04"})
    assert r.status_code == 200
    report = Report.model_validate(r.json())
    assert_offsets(report)
    assert any(e.lemma == "meet" and e.time.value == "2024-06-03" for e in report.events)
    assert client.get("/api/health").json()["articles"] == before
    page = ("<html><head><title>Talks in Cairo</title></head><body><article><h1>Talks in "
            "Cairo</h1><p>" + WIRE.split("\n\n")[1] + "</p><p>The ministers will meet again "
            "in Tripoli next month, officials said on Tuesday.</p></article></body></html>")
    r = client.post("/api/analyze", json={"html": page})
    assert r.status_code == 200 and "Cairo" in r.json()["article"]["text"]


@pytest.mark.parametrize("body", [
    {}, {"text": "a", "html": "<p>a</p>"}, {"text": "   "}, {"text": 3},
    {"text": "fine", "colour": "red"}])
def test_analyze_refuses_bad_bodies_with_the_error_shape(client, body):
    error_of(client.post("/api/analyze", json=body), 422)


def test_malformed_json_and_unknown_paths_and_methods(client):
    error_of(client.post("/api/analyze", content=b"{not json",
                         headers={"content-type": "application/json"}), 422)
    error_of(client.get("/api/nothing-here"), 404)
    error_of(client.put("/api/articles/wire"), 405)


def test_articles_page_and_search(client):
    page = client.get("/api/articles", params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_offset"] == 2
    last = client.get("/api/articles", params={"limit": 2, "offset": 2}).json()
    assert len(last["items"]) == 1 and last["next_offset"] is None
    ids = {a["id"] for a in page["items"] + last["items"]}
    assert ids == {"demo-wire", "wire", "hostile"}
    found = client.get("/api/articles", params={"q": "Mansour"}).json()["items"]
    assert [a["id"] for a in found] == ["demo-wire"]
    for bad in ({"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "x"}):
        error_of(client.get("/api/articles", params=bad), 422)


def test_one_article_is_its_report(client):
    r = client.get("/api/articles/demo-wire")
    report = Report.model_validate(r.json())
    assert_offsets(report)
    assert report.article.id == "demo-wire" and report.events
    assert error_of(client.get("/api/articles/no-such"), 404)["code"] == "not_found"


def test_events_filters(client):
    consult = client.get("/api/events", params={"type": "CONSULT", "limit": 500}).json()
    assert consult["items"] and all(e["type"] == "CONSULT" for e in consult["items"])
    met = [e for e in consult["items"] if e["article_id"] == "demo-wire" and e["trigger"] == "met"]
    (tarek,) = [e for e in met if e["date"]]  # "met with Tarek Mansour ... last Tuesday"
    assert any("Coastal Herald" in name for name in tarek["attribution"])
    # "Officials who asked not to be named said Haddad had also met ..., although no such
    # meeting has been confirmed"
    (haddad,) = [e for e in met if not e["date"]]
    assert (tarek["certainty"], haddad["certainty"]) == ("certain", "probable")
    mansour = client.get("/api/events", params={"actor": "Mansour", "limit": 500}).json()["items"]
    assert mansour and {e["article_id"] for e in mansour} == {"demo-wire"}
    probable = client.get("/api/events", params={"certainty": "probable"}).json()["items"]
    assert probable and all(e["certainty"] == "probable" for e in probable)
    dated = client.get("/api/events", params={"since": "1987", "until": "1987-12-31"}).json()
    assert dated["items"] and all(e["date"].startswith("1987") for e in dated["items"])
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["next_offset"] == 3
    assert not {(e["article_id"], e["event_id"]) for e in first["items"]} & \
        {(e["article_id"], e["event_id"]) for e in second["items"]}
    for bad in ({"type": "BOMB"}, {"since": "last week"}, {"country": "Libya"},
                {"certainty": "sure"}, {"min_origins": 0}, {"actor_id": 0}):
        error_of(client.get("/api/events", params=bad), 422)


def test_event_months_count_what_the_filters_find(client):
    months = client.get("/api/events/months").json()
    assert months == sorted(months, key=lambda m: m["month"])
    assert any(m["month"] == "1987" for m in months)
    consult = client.get("/api/events/months", params={"type": "CONSULT"}).json()
    assert sum(m["events"] for m in consult) <= sum(m["events"] for m in months)


def test_clusters(client):
    events = client.get("/api/events", params={"limit": 500}).json()["items"]
    with_cluster = next(e for e in events if e["cluster_id"])
    c = client.get(f"/api/clusters/{with_cluster['cluster_id']}").json()
    assert c["origins"] >= 1 and any(m["event_id"] == with_cluster["event_id"]
                                     for m in c["mention_list"])
    error_of(client.get("/api/clusters/2147483647"), 404)
    error_of(client.get("/api/clusters/2147483648"), 422)


def test_actors_profile_timeline_counterparts(client):
    found = client.get("/api/actors", params={"q": "Mansour"}).json()["items"]
    assert found and all("mansour" in a["name"].lower() or a["actor_id"] for a in found)
    tarek = next(a for a in found if a["name"] == "Tarek Mansour")
    profile = client.get(f"/api/actors/{tarek['actor_id']}").json()
    assert profile["name"] == "Tarek Mansour" and profile["articles"] == 1
    timeline = client.get(f"/api/actors/{tarek['actor_id']}/timeline",
                          params={"limit": 500}).json()
    assert [(m["article_id"], m["event_id"]) for m in timeline["items"]] == \
        [(m["article_id"], m["event_id"]) for m in profile["timeline"]]
    assert any(m["trigger"] == "met" for m in timeline["items"])
    partners = client.get(f"/api/actors/{tarek['actor_id']}/counterparts").json()
    assert partners == profile["counterparts"]
    assert any("CONSULT" in p["types"] for p in partners)
    error_of(client.get("/api/actors/999999"), 404)
    error_of(client.get("/api/actors/999999/timeline"), 404)
    error_of(client.get("/api/actors/0"), 422)


def test_actor_page_shows_its_timeline_a_page_at_a_time(client, monkeypatch):
    from wiretrace.web import pages

    found = client.get("/api/actors", params={"q": "Mansour"}).json()["items"]
    tarek = next(a for a in found if a["name"] == "Tarek Mansour")
    profile = client.get(f"/api/actors/{tarek['actor_id']}").json()
    events = len(profile["timeline"])
    assert events >= 2 and profile["years"]  # dated events: the chart has bars
    assert sum(y["as_source"] + y["as_target"] for y in profile["years"]) <= 2 * events
    monkeypatch.setattr(pages, "PAGE", 1)
    seen = []
    for offset in range(events):
        html = client.get(f"/actors/{tarek['actor_id']}", params={"offset": offset}).text
        body = html.split('id="timeline"')[1].split("</table>")[0]
        assert body.count("<tr>") == 2  # the header and one event
        seen.append(body.split("#event-")[1].split('"')[0])
        assert ('rel="next"' in html) == (offset < events - 1)
        assert "time-chart" in html
    assert seen == [m["event_id"] for m in profile["timeline"]]


def test_sources_count_who_cites_whom(client):
    body = client.get("/api/sources").json()
    cited = {o["outlet"].lower(): o for o in body["outlets"]}
    assert cited["coastal herald"]["cited_by_articles"] == 1
    kinds = {s["kind"] for s in body["sources"]}
    assert "anonymous" in kinds and "outlet" not in kinds


def test_delete_needs_the_token_and_removes_everything(client):
    r = client.post("/api/ingest", headers=AUTH, json={
        "text": "Envoys meet\n\nThe envoys met in Oslo on Friday, officials said.", "id": "gone"})
    assert r.json()["stored"] is True
    assert client.delete("/api/articles/gone", headers=AUTH).json() == \
        {"article_id": "gone", "deleted": True}
    error_of(client.get("/api/articles/gone"), 404)
    error_of(client.delete("/api/articles/gone", headers=AUTH), 404)
    assert not [e for e in client.get("/api/events", params={"limit": 500}).json()["items"]
                if e["article_id"] == "gone"]


def test_request_bodies_over_the_limit_get_413(tmp_path, nlp):
    small = create_app(str(tmp_path / "s.db"), token=TOKEN, nlp=nlp, max_request_bytes=1000,
                       allowed_hosts=HOSTS)
    with TestClient(small) as c:
        body = json.dumps({"text": "word " * 400})
        error_of(c.post("/api/analyze", content=body,
                        headers={"content-type": "application/json"}), 413)

        def chunks():  # no Content-Length: counted while read
            for _ in range(5):
                yield b" " * 400
        error_of(c.post("/api/analyze", content=chunks(),
                        headers={"content-type": "application/json"}), 413)
        assert c.post("/api/analyze", json={"text": "The envoys met in Oslo."}).status_code \
            == 200


def test_analysis_failure_is_recorded_and_answered(tmp_path, nlp):
    app = create_app(str(tmp_path / "f.db"), token=TOKEN, nlp=nlp, allowed_hosts=HOSTS)

    def broken(article):
        raise AnalysisError("events.v1 failed: test", where=article.id, stage="events.v1")

    app.state.analyze = broken
    with TestClient(app) as c:
        err = error_of(c.post("/api/ingest", headers=AUTH, json={"text": WIRE, "id": "x"}), 422)
        assert err["code"] == "analysis_failed"
    failures = app.state.store.open_failures()
    assert [(f["article_id"], f["stage"]) for f in failures] == [("x", "events.v1")]
    assert json.loads(failures[0]["article_json"])["text"] == WIRE


def test_a_crash_is_a_500_in_the_error_shape(tmp_path, nlp, monkeypatch):
    app = create_app(str(tmp_path / "c.db"), token=TOKEN, nlp=nlp, allowed_hosts=HOSTS)
    monkeypatch.setattr(app.state.store, "report", lambda _id: 1 / 0)
    with TestClient(app, raise_server_exceptions=False) as c:
        err = error_of(c.get("/api/articles/x"), 500)
    assert err["code"] == "internal"


def test_beyond_localhost_reading_needs_the_token(tmp_path, nlp):
    with pytest.raises(Exception, match="WIRETRACE_TOKEN"):
        create_app(str(tmp_path / "p.db"), token="", public=True, nlp=nlp, allowed_hosts=HOSTS)
    app = create_app(str(tmp_path / "p.db"), token=TOKEN, public=True, nlp=nlp,
                     allowed_hosts=HOSTS)
    with TestClient(app) as c:
        assert c.get("/api/health").status_code == 200
        error_of(c.get("/api/articles"), 401)
        assert c.get("/api/articles", headers=AUTH).status_code == 200
        page = c.get("/events", follow_redirects=False)
        assert page.status_code == 303 and page.headers["location"] == "/login"
        assert c.post("/login", data={"token": "wrong"}).status_code == 401
        c.post("/login", data={"token": TOKEN}, follow_redirects=False)
        assert c.get("/events").status_code == 200  # the cookie
        # the cookie reads but never writes: writing takes the header
        error_of(c.post("/api/ingest", json={"text": WIRE}), 401)


def test_untrusted_article_text_is_escaped(client):
    r = client.get("/articles/hostile")
    html = r.text
    assert "<script>document.title" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html and "&lt;img" in html
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert html.count("<script") == 1  # the page's own /static/app.js


def test_committed_openapi_spec_is_current(app):
    committed = json.loads((REPO / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == app.openapi(), "run: make openapi"


def test_every_api_path_is_tested_here():
    spec = json.loads((REPO / "docs" / "openapi.json").read_text(encoding="utf-8"))
    source = Path(__file__).read_text(encoding="utf-8")
    for path in spec["paths"]:
        stem = path.split("{")[0].rstrip("/")
        assert f'"{stem}' in source or f"'{stem}" in source or f"f\"{stem}" in source, path


def test_the_api_over_each_store(store_url, nlp):
    """The same requests on SQLite and on PostgreSQL (a real server over TCP)."""
    with TestClient(create_app(store_url, token=TOKEN, nlp=nlp, allowed_hosts=HOSTS)) as c:
        assert c.post("/api/ingest", headers=AUTH,
                      json={"text": WIRE, "id": "wire", "published": "2024-06-04"}
                      ).json()["stored"] is True
        events = c.get("/api/events", params={"since": "2024-06"}).json()["items"]
        assert any(e["trigger"] == "met" and e["date"] == "2024-06-03" for e in events)
        assert [a["id"] for a in c.get("/api/articles", params={"q": "patrol"}).json()["items"]] \
            == ["wire"]
        actors = c.get("/api/actors", params={"q": "cairo"}).json()["items"]
        assert actors and c.get(f"/api/actors/{actors[0]['actor_id']}").status_code == 200
        assert c.get("/api/events/months").json()
        assert c.delete("/api/articles/wire", headers=AUTH).status_code == 200
        assert c.get("/api/health").json()["articles"] == 0
