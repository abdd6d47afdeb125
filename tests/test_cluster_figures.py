"""A cluster's figures across articles (issue 26): each report's numbers side by side with
its outlet, claimant and date, the latest and the highest named, never summed; the cluster
API, the cluster page and the article page's event panel."""

from __future__ import annotations

from fastapi.testclient import TestClient

from wiretrace.store import Store, queries
from wiretrace.web import create_app

FIRST = ("Raid in Borno\n\nNigerian troops killed at least nine civilians in a raid on a "
         "village in Borno state on Monday, police said.\n")
LATER = ("Borno toll rises\n\nThe toll rose to 12 on Tuesday: Nigerian troops killed 12 "
         "civilians in a raid on a village in Borno state on Monday, the state governor "
         "said.\n")
TOKEN = "cluster-figures-token-0123456789"


def _store(store_url, analyze_text) -> tuple[Store, int]:
    store = Store(store_url)
    store.save(analyze_text(FIRST, id="first", outlet="Daily Trust", published="2024-03-11"))
    store.save(analyze_text(LATER, id="later", outlet="Premium Times",
                            published="2024-03-12"))
    (cluster_id,) = {r["cluster_id"] for r in queries.events(store) if r["type"] == "ASSAULT"}
    return store, cluster_id


def test_a_clusters_figures_side_by_side_never_summed(store_url, analyze_text, nlp):
    store, cluster_id = _store(store_url, analyze_text)
    found = queries.cluster(store, cluster_id)
    by_article = {m["article_id"]: m for m in found["mention_list"]}
    assert (by_article["first"]["dead"], by_article["later"]["dead"]) == (9, 12)
    assert by_article["first"]["magnitude"]["dead"]["qualifier"] == "at_least"
    assert by_article["first"]["claimant"] == "police"
    dead = found["figures"]["dead"]
    assert dead["reports"] == 2
    assert (dead["latest"]["value"], dead["latest"]["outlet"]) == (12, "Premium Times")
    assert dead["latest"]["published"].startswith("2024-03-12")
    assert dead["latest"]["claimant"] == "state governor"
    assert (dead["highest"]["value"], dead["highest"]["article_id"]) == (12, "later")
    assert set(found["figures"]) == {"dead"}  # nothing summed, nothing invented (21 nowhere)

    with TestClient(create_app(store_url, token=TOKEN, nlp=nlp,
                               allowed_hosts=["testserver"])) as client:
        out = client.get(f"/api/clusters/{cluster_id}").json()
        assert out["figures"]["dead"]["latest"]["value"] == 12
        assert {m["article_id"]: m["dead"] for m in out["mention_list"]} == {
            "first": 9, "later": 12}
        page = client.get(f"/clusters/{cluster_id}").text
        table = page[page.index('id="figures-by-report"'):page.index('id="figures-summary"')]
        assert "Daily Trust" in table and "at least 9" in table
        assert "Premium Times" in table and ">12<" in table
        summary = page[page.index('id="figures-summary"'):]
        summary = summary[:summary.index("</ul>")]
        assert "latest 12" in summary and "highest 12" in summary
        assert "state governor" in summary and "21" not in summary


def test_the_event_panel_shows_figures_quad_and_score(store_url, analyze_text, nlp):
    _store(store_url, analyze_text)
    with TestClient(create_app(store_url, token=TOKEN, nlp=nlp,
                               allowed_hosts=["testserver"])) as client:
        page = client.get("/articles/first").text
    panel = page[page.index('class="ev-quad"'):]
    assert panel.index("material conflict") < panel.index("score -")
    figures = page[page.index('class="ev-figures"'):]
    figures = figures[:figures.index("</dd>")]
    assert "killed: at least 9" in figures and "at least nine civilians" in figures
