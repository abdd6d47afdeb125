"""A country is one actor across articles, whichever of its names an article uses
(issue 20: "US" and "United States" became two actors)."""

from __future__ import annotations

from wiretrace.store import Store, queries


def test_a_country_is_one_actor_whatever_an_article_calls_it(store_url, analyze_text):
    store = Store(store_url)
    store.save(analyze_text("Talks in Geneva\n\nThe US and Iran held talks on Monday.",
                            id="a1", published="2024-03-11"))
    store.save(analyze_text("Sanctions eased\n\nThe United States eased sanctions on Iran "
                            "on Tuesday, officials said.", id="a2", published="2024-03-12"))
    store.save(analyze_text("Envoy named\n\nAmerica named a new envoy to Tehran on Friday.",
                            id="a3", published="2024-03-15"))
    profiles = queries.actor(store, "United States")
    usa = [p for p in profiles if p["country"] == "USA"]
    assert len(usa) == 1
    assert usa[0]["articles"] == 3
    assert {a["alias"] for a in usa[0]["aliases"]} >= {"US", "United States", "America"}
    # "US" is an alias of the country actor only (not of every name holding "us")
    assert [p["actor_id"] for p in queries.actor(store, "US")] == [usa[0]["actor_id"]]
    # a city of the country stays its own actor
    store.save(analyze_text("Protest\n\nProtesters marched in Chicago on Saturday.",
                            id="a4", published="2024-03-16"))
    (chicago,) = queries.actor(store, "Chicago")
    assert chicago["actor_id"] != usa[0]["actor_id"]
