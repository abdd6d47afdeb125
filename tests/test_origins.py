"""Honest corroboration (issue 22): an event's independent origins are the roots of its
attribution chains once copies and credits are followed.  Scenarios written for these
tests (fictional stories; docs/schema.md, "Independent origins", lists them with their
expected origins), run on SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest
from sqlalchemy import text

from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.store import Store, copies, head_revision, queries

DAY = "2024-06-04"

# An AP story with its dateline; eight paragraphs.
AP = [
    "CAIRO (AP) — Egyptian and Libyan ministers met in Cairo on Monday to discuss security "
    "on the border between the two countries, the first such talks since March.",
    "The talks covered smuggling routes, refugee crossings and the reopening of the Salloum "
    "crossing for trucks, which has been closed to freight since the spring.",
    "Officials said a joint patrol could begin in the summer if both cabinets approve the "
    "plan, and that a second round of talks would follow in Benghazi.",
    "Trade between the neighbours fell sharply last year after the crossing was closed "
    "twice, and truck drivers have waited for weeks on the Egyptian side.",
    "Libya's eastern authorities, which control the border region, sent a delegation led "
    "by their interior minister, according to a list of participants seen by reporters.",
    "Human rights groups have accused both governments of pushing back migrants at the "
    "frontier, charges that the two governments deny.",
    "The European Union, which funds border training in both countries, welcomed the "
    "meeting in a short statement and called for the protection of refugees.",
    "Egypt has hosted several rounds of talks between rival Libyan factions in recent "
    "years, most of them without a lasting result.",
]
LEAD = AP[0].replace("CAIRO (AP) — ", "")


def _story(headline: str, paragraphs: list[str], tail: str = "") -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + (("\n\n" + tail) if tail else "")


# The syndication scenario: the wire, two re-publications with new headlines (one keeps
# the dateline, one drops it and re-words a paragraph), a trimmed copy, a partial copy
# with reporting of its own and a "Reporting by" line, an article citing the wire, and an
# independent confirmation by a Cairo Times reporter.
SYNDICATION = [
    ("ap", "Associated Press", _story("Egypt and Libya discuss border security", AP)),
    ("repub1", "Daily Star", _story("Ministers meet on border security", AP)),
    ("repub2", "Morning Post", _story("Cairo hosts Libya border talks", [LEAD] + AP[1:6] + [
        AP[6].replace("welcomed the meeting in a short statement", "said it welcomed the "
                      "meeting")])),
    ("trimmed", "Evening Herald", _story("Border talks in Cairo", [LEAD] + AP[1:6])),
    ("credited", "Coast Gazette", _story(
        "Egypt, Libya talk border", [LEAD] + AP[1:5] + [
            "Fishermen in Tobruk told the Coast Gazette that patrol boats had turned back "
            "several of their boats in May."],
        "Reporting by Lina Haddad; Editing by Tom Reeve")),
    ("cites", "Gulf Observer", _story("Border meeting", [
        "Egyptian and Libyan ministers met in Cairo on Monday, according to the Associated "
        "Press. The region's ports are watching the talks closely, since shipping has grown "
        "in the Gulf."])),
    ("own", "Cairo Times", _story("Ministers hold border talks", [
        "Egyptian and Libyan ministers met on Monday at the foreign ministry in Cairo, a "
        "Cairo Times reporter saw. Guards kept journalists outside the building during the "
        "three-hour session, and no statement was issued afterwards."])),
]


def reports(nlp, corpus, published=DAY):
    out = []
    for aid, outlet, body in corpus:
        day = published(aid) if callable(published) else published
        out.append(analyze(from_text(body, id=aid, outlet=outlet, published=day), nlp))
    return out


def cluster_of(store, trigger: str, article_id: str) -> dict:
    (cid,) = {e["cluster_id"] for e in queries.events(store)
              if e["trigger"] == trigger and e["article_id"] == article_id}
    return queries.cluster(store, cid)


def _roots(cluster: dict) -> list[list[str]]:
    """The independent origins of a cluster as queries.cluster gives them, each as the
    nodes it joins (event_clusters.roots holds the same, as JSON)."""
    return [r["nodes"] for r in cluster["roots"]]


def _copies(store) -> dict:
    with store.engine.connect() as conn:
        return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(text(
            "SELECT id, copy_of, copy_share, wire FROM articles"))}


def _recount_equals_kept(store):
    from tests.test_store import _kept, _recounted

    assert _kept(store) == _recounted(store)


def test_reuse_is_measured_as_containment(nlp):
    """Rewritten headlines, a trimmed ending, a dropped dateline, an added paragraph and
    credit line: Jaccard similarity falls to 0.57-0.75, containment stays 0.84-0.97."""
    grams = {r.article.id: copies.shingles(copies.body_words(r.article))
             for r in reports(nlp, SYNDICATION)}
    wire = grams["ap"]

    def jaccard(a, b):
        return len(a & b) / len(a | b)

    measured = {k: (round(jaccard(wire, grams[k]), 2), round(copies.containment(wire, grams[k]),
                                                             2))
                for k in ("repub1", "repub2", "trimmed", "credited", "cites", "own")}
    assert measured == {"repub1": (0.96, 0.98), "repub2": (0.75, 0.92),
                        "trimmed": (0.72, 0.97), "credited": (0.57, 0.84),
                        "cites": (0.02, 0.18), "own": (0.0, 0.03)}


def test_signatures_rule_out_only_what_cannot_be_a_copy(nlp):
    """copies.could_copy: every pair of the syndication articles that is a copy (containment
    0.8 or more) stays a candidate; the pairs it rules out are far from copies; and the
    least Jaccard similarity of a copy is what containment 0.8 allows."""
    grams = {r.article.id: copies.shingles(copies.body_words(r.article))
             for r in reports(nlp, SYNDICATION)}
    sig = {k: copies.signature_of(g) for k, g in grams.items()}
    kept, dropped = [], []
    for a in sorted(grams):
        for b in sorted(grams):
            if a >= b:
                continue
            agree = int((sig[a].hashvalues == sig[b].hashvalues).sum())
            is_copy = (copies.containment(grams[a], grams[b]) >= copies.CONTAINMENT
                       and len(grams[a] & grams[b]) >= copies.MIN_SHARED)
            (kept if copies.could_copy(agree, len(grams[a]), len(grams[b])) else
             dropped).append((a, b, is_copy, copies.containment(grams[a], grams[b])))
    assert any(c for *_, c, _ in kept) and dropped
    assert not any(c for *_, c, _ in dropped)
    assert max(share for *_, share in dropped) < 0.5
    assert copies.could_copy(0, 100, None)  # a size not known: always measured
    assert round(copies._least_jaccard(100, 100), 3) == round(80 / 120, 3)
    assert copies._fewest(667) > 40 and copies._fewest(0) == -1


@pytest.mark.parametrize("merge_at", [copies.Bands.MERGE_AT, 7])
def test_the_copy_index_finds_what_datasketch_lsh_and_could_copy_find(merge_at, monkeypatch):
    """CopyIndex's own band tables and vectorized could_copy give, for every look-up, the
    candidates that datasketch's MinHashLSH at the same threshold gives, less those the
    scalar could_copy rules out: on sets that overlap by every degree from none to whole
    (including unknown and tiny sizes), and with the same bands datasketch chooses.  With
    a band's merge point lowered, the look-ups go through the sorted arrays and the recent
    keys both, many merges over the 300 adds."""
    from datasketch import MinHashLSH

    monkeypatch.setattr(copies.Bands, "MERGE_AT", merge_at)

    lsh = MinHashLSH(threshold=copies.CANDIDATES, num_perm=copies.NUM_PERM)
    assert (lsh.b, lsh.r) == (copies.BANDS, copies.ROWS)
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(400)]
    base = [rng.choice(vocab) for _ in range(300)]
    index, sets, sigs = copies.CopyIndex(), {}, {}
    for i in range(300):
        keep = rng.random()  # share of the base kept, the rest drawn anew
        words = [w if rng.random() < keep else rng.choice(vocab) for w in base]
        words = words[:rng.choice([3, 40, 120, 300])]
        grams = copies.shingles(words)
        sig = copies.signature_of(grams)
        size = None if i % 17 == 0 else len(grams)
        key = f"a{i:03d}"
        found = sorted(lsh.query(sig))
        expected = [k for k in found
                    if copies.could_copy(int((sigs[k].hashvalues == sig.hashvalues).sum()),
                                         len(grams), sets[k])]
        assert index.candidates(sig) == found
        assert index.candidates(sig, len(grams)) == expected
        lsh.insert(key, sig)
        # stored values come back as 64-bit numbers (to_bytes), a new one as a MinHash
        index.add(key, copies.stored_values(copies.to_bytes(sig)) if i % 2 else sig,
                  "2020-01-01", None, size=size)
        sets[key], sigs[key] = size, sig
    assert len(index) == 300 and "a007" in index and "b" not in index
    with pytest.raises(ValueError):  # a 64-bit value is no affine32 signature's
        copies.stored_values(np.full(copies.NUM_PERM, 2**40, dtype=np.uint64).tobytes())
    assert sum(len(index.candidates(sigs[k], sets[k] or 0)) for k in sigs) > 300
    bands = index.bands  # every article's keys in the arrays or among the recent ones
    assert len(bands.keys) + bands.waiting * copies.BANDS == 300 * copies.BANDS
    assert (len(bands.keys) == 0) == (merge_at > 300)


@pytest.mark.parametrize("merge_at", [copies.Bands.MERGE_AT, 1])
def test_band_values_that_differ_only_in_their_lowest_bits_share_no_band(merge_at,
                                                                          monkeypatch):
    """A band's key drops its values' 5 lowest bits; rows found by the key are checked
    against the stored values, so values that differ there share no band, in the merged
    arrays or among the recent keys."""
    monkeypatch.setattr(copies.Bands, "MERGE_AT", merge_at)
    stored = np.random.default_rng(3).integers(0, 2**32, copies.NUM_PERM, dtype=np.uint32)
    near = stored.copy()
    near[0:copies.BANDS * copies.ROWS:copies.ROWS] ^= 1  # a low bit of each band's key
    one = near.copy()
    one[6:8] = stored[6:8]  # band 3 the same
    index = copies.CopyIndex()
    index.add("stored", stored, "2020-01-01", None)
    assert (len(index.bands.keys) > 0) == (merge_at == 1)
    assert index.candidates(stored) == ["stored"]
    assert index.candidates(near) == []
    assert index.candidates(one) == ["stored"]


def test_a_stored_body_is_the_body_whether_or_not_lines_were_removed(nlp):
    """copies.stored_body from the stored removed stretches (articles.removed), and from
    those read out of a stored Report (and none when there are none): the same text as
    body_text, for every syndication article."""
    found = []
    for r in reports(nlp, SYNDICATION):
        body = copies.body_text(r.article)
        assert copies.stored_body(r.article.text,
                                  copies.removed_json(copies.removed_of(r.article))) == body
        assert copies.stored_body(r.article.text,
                                  copies.removed_spans(r.model_dump_json())) == body
        found.append(bool(r.article.removed))
    assert any(found) and not all(found)  # both kinds were checked


def test_stored_removed_stretches_are_the_articles_and_the_migration_fills_them(store_url,
                                                                             nlp):
    """articles.removed holds each article's removed stretches as saved (copy candidates'
    bodies are read from it, not from their Reports), and migration 0027 fills it from
    the stored Reports of a store written before it."""
    from wiretrace.store import upgrade

    from .conftest import downgrade_store

    store = Store(store_url)
    saved = reports(nlp, SYNDICATION)
    for report in saved:
        store.save(report)

    def stored():
        with Store(store_url, migrate=False).engine.connect() as conn:
            return dict(conn.execute(text("SELECT id, removed FROM articles")).all())

    before = stored()
    assert before == {r.article.id: copies.removed_json(copies.removed_of(r.article))
                      for r in saved}
    assert any(before.values()) and not all(before.values())
    downgrade_store(store, "0026_partial_event_indexes")
    assert upgrade(store_url) == ("0026_partial_event_indexes", head_revision())
    assert stored() == before


def test_syndication_counts_the_wire_once_and_the_independent_report_apart(store_url, nlp):
    store = Store(store_url)
    for report in reports(nlp, SYNDICATION):
        store.save(report)
    stored = _copies(store)
    assert {k: v[0] for k, v in stored.items()} == {
        "ap": None, "repub1": "ap", "repub2": "ap", "trimmed": "ap", "credited": "ap",
        "cites": None, "own": None}
    assert {k: round(v[1], 2) for k, v in stored.items() if v[1] is not None} == {
        "repub1": 0.98, "repub2": 0.92, "trimmed": 0.97, "credited": 0.84}
    assert stored["ap"][2] == stored["repub1"][2] == "Associated Press"  # (AP) dateline
    meeting = cluster_of(store, "met", "ap")
    assert (meeting["articles"], meeting["outlets"], meeting["origins"]) == (7, 7, 2)
    assert _roots(meeting) == [["src:associated press"], ["src:cairo times"]]
    # the partial copy's own reporting (the Tobruk fishermen) is its own origin
    (own_event,) = [e for e in queries.events(store)
                    if e["article_id"] == "credited" and "Fishermen" in (e["sentence"] or "")
                    and e["trigger"] == "told"]
    assert _roots(queries.cluster(store, own_event["cluster_id"])) == [["src:coast gazette"]]
    _recount_equals_kept(store)


def test_a_wire_credit_makes_the_wire_the_origin(store_url, nlp):
    """A story re-written from the wire (no copy) with its "(AP)" dateline is the AP's
    report: one origin with the AP's own story."""
    store = Store(store_url)
    rewritten = ("rewrite", "Desert News", _story("Neighbours talk border", [
        "CAIRO (AP) — Egyptian and Libyan ministers met in Cairo on Monday. A joint patrol "
        "of the frontier is planned for the summer, and trucks may cross again by July."]))
    for report in reports(nlp, [SYNDICATION[0], rewritten, SYNDICATION[-1]]):
        store.save(report)
    assert _copies(store)["rewrite"] == (None, None, "Associated Press")
    meeting = cluster_of(store, "met", "rewrite")
    assert meeting["origins"] == 2 and _roots(meeting) == [
        ["src:associated press"], ["src:cairo times"]]


# Ten outlets quoting one ministry statement, each in its own words (no copies), and an
# independent confirmation by a different claimant.
MINISTRY = [
    (f"m{n}", outlet, _story(f"Border talks {n}", [
        f"Egyptian and Libyan ministers met in Cairo on Monday, the Egyptian Foreign Ministry "
        f"said. {detail}"]))
    for n, (outlet, detail) in enumerate([
        ("Daily Star", "The talks lasted three hours."),
        ("Morning Post", "Smuggling was on the agenda."),
        ("Evening Herald", "Trucks have waited for weeks at Salloum."),
        ("Coast Gazette", "Fishermen hope for calmer waters."),
        ("Gulf Observer", "Ports in the Gulf are watching."),
        ("Nile Mirror", "A second round is planned."),
        ("Delta Courier", "Refugees crossed in large numbers last year."),
        ("Sahara Tribune", "Traders want the crossing open."),
        ("Benghazi Herald", "A delegation flew in from Benghazi."),
        ("Red Sea Monitor", "No joint statement was issued."),
    ], start=1)]
CONFIRMATION = ("trabelsi", "Tripoli Post", _story("Minister confirms talks", [
    "Egyptian and Libyan ministers met in Cairo on Monday, Libyan Interior Minister Imad "
    "Trabelsi told reporters. He called the talks useful."]))


def test_ten_outlets_quoting_one_ministry_are_one_claimant(store_url, nlp):
    store = Store(store_url)
    for report in reports(nlp, MINISTRY):
        store.save(report)
    meeting = cluster_of(store, "met", "m1")
    assert (meeting["articles"], meeting["outlets"], meeting["origins"]) == (10, 10, 1)
    assert "src:egyptian foreign ministry" in _roots(meeting)[0]
    store.save(reports(nlp, [CONFIRMATION])[0])
    meeting = cluster_of(store, "met", "m1")
    assert (meeting["articles"], meeting["origins"]) == (11, 2)
    roots = _roots(meeting)
    assert ["src:imad trabelsi", "src:tripoli post"] in roots
    _recount_equals_kept(store)


def test_the_earlier_publication_is_the_source(store_url, nlp):
    """Copies stored before their source (published a day later; the second copies the
    first): when the source comes, both become its copies, and the counts follow."""
    store = Store(store_url)
    corpus = [SYNDICATION[3], SYNDICATION[1], SYNDICATION[0]]  # trimmed, repub1, then ap
    for report in reports(nlp, corpus, lambda aid: DAY if aid == "ap" else "2024-06-05"):
        store.save(report)
    assert {k: v[0] for k, v in _copies(store).items()} == {
        "trimmed": "ap", "repub1": "ap", "ap": None}
    meeting = cluster_of(store, "met", "ap")
    assert meeting["origins"] == 1 and _roots(meeting) == [["src:associated press"]]
    _recount_equals_kept(store)
    outlets = {r["outlet"]: r for r in queries.sources(store)}
    assert outlets["Associated Press"]["copied_by_articles"] == 2


def test_a_storys_spread_in_the_query_the_cli_and_the_api(tmp_path, nlp):
    """Who reported first, who copied whom (with the share), who cited whom, and the
    independent roots: queries.cluster, `wiretrace cluster ID` and /api/clusters/ID."""
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from wiretrace.cli import app as cli
    from wiretrace.web import create_app

    db = str(tmp_path / "spread.db")
    store = Store(db)
    later = {"repub1", "trimmed", "cites"}
    for report in reports(nlp, [SYNDICATION[i] for i in (0, 1, 3, 5, 6)],
                          lambda aid: "2024-06-05" if aid in later else DAY):
        store.save(report)
    found = cluster_of(store, "met", "ap")
    assert [f["article_id"] for f in found["first"]] == ["ap", "own"]
    assert [(c["article_id"], c["copy_of"], c["source_outlet"], round(c["share"], 2))
            for c in found["copies"]] == [("repub1", "ap", "Associated Press", 0.98),
                                          ("trimmed", "ap", "Associated Press", 0.97)]
    assert found["citations"] == [{"article_id": "cites", "outlet": "Gulf Observer",
                                   "cites": "associated press"}]
    assert [(r["names"], r["articles"]) for r in found["roots"]] == [
        (["associated press"], ["ap", "cites", "repub1", "trimmed"]),
        (["cairo times"], ["own"])]
    assert {m["article_id"]: m["root"] for m in found["mention_list"]} == {
        "ap": 0, "repub1": 0, "trimmed": 0, "cites": 0, "own": 1}
    store.engine.dispose()

    result = CliRunner().invoke(cli, ["cluster", str(found["id"]), "--db", db])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["roots"] == found["roots"]

    with TestClient(create_app(db, token="", nlp=nlp, allowed_hosts=["testserver"])) as c:
        body = c.get(f"/api/clusters/{found['id']}").json()
        assert body["roots"] == found["roots"] and body["copies"] == found["copies"]
        assert body["first"] == found["first"] and body["citations"] == found["citations"]
        page = c.get(f"/clusters/{found['id']}")
        assert page.status_code == 200
        # the page reads at a glance: who first, the origins, who copied and who cited whom
        spread = " ".join(page.text[page.text.index('<section id="spread">'):].split())
        assert "2 independent origins" in spread and "Reported first" in spread
        assert "repub1" in spread and "cites associated press" in spread
        assert "copied Associated Press" in spread and "98% of its text found" in spread


def test_deleting_the_source_leaves_its_copies_their_own(store_url, nlp):
    store = Store(store_url)
    for report in reports(nlp, [SYNDICATION[0], SYNDICATION[3], SYNDICATION[-1]]):
        store.save(report)
    assert _copies(store)["trimmed"][0] == "ap"
    assert cluster_of(store, "met", "ap")["origins"] == 2
    store.delete("ap")
    assert _copies(store)["trimmed"] == (None, None, None)
    meeting = cluster_of(store, "met", "trimmed")
    assert meeting["origins"] == 2 and _roots(meeting) == [
        ["src:cairo times"], ["src:evening herald"]]
    _recount_equals_kept(store)
