"""The MEANTIME scorer: reading gold, matching spans, counting, and the real corpus."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from tests.conftest import meantime_path
from wiretrace.errors import InputError
from wiretrace.eval import meantime_read
from wiretrace.eval.meantime import (
    PredEvent,
    Predictions,
    Tally,
    _head,
    error_lines,
    evaluate,
    from_report,
    is_speech,
    render,
    speech_forms,
)
from wiretrace.eval.meantime_read import read_document
from wiretrace.eval.scoring import Agreement, Clustering, align, prf
from wiretrace.model import Entity, Event, EventActor, Factuality, Offsets, Quote, Report, Span
from wiretrace.read.text import from_text

# ------------------------------------------------------------- a tiny hand-made document

TOKENS = [  # (t_id, sentence, text)
    (1, 0, "Acme"), (2, 0, "to"), (3, 0, "buy"), (4, 0, "Widget"), (5, 0, "Co"),
    (6, 1, "March"), (7, 1, "6"), (8, 1, ","), (9, 1, "2008"),
    (10, 2, "John"), (11, 2, "Smith"), (12, 2, "said"), (13, 2, "``"), (14, 2, "Acme"),
    (15, 2, "will"), (16, 2, "pay"), (17, 2, "$"), (18, 2, "99"), (19, 2, "tomorrow"),
    (20, 2, "."), (21, 2, "''"),
    (22, 3, "Acme"), (23, 3, "'s"), (24, 3, "chief"), (25, 3, "("), (26, 3, "CEO"),
    (27, 3, ")"), (28, 3, "agreed"), (29, 3, "."),
    (30, 6, "Later"), (31, 6, "Smith"), (32, 6, "left"), (33, 6, "."),
]
TEXT = ('Acme to buy Widget Co\n\nMarch 6, 2008\n\n'
        'John Smith said "Acme will pay $99 tomorrow." Acme\'s chief (CEO) agreed. '
        'Later Smith left.\n')
ENTITY_MENTIONS = [  # (m_id, syntactic type, t_ids, ENTITY m_id)
    ("1", "NAM", [1], "100"), ("2", "NAM", [4, 5], "101"), ("3", "NAM", [10, 11], "102"),
    ("4", "NAM", [14], "100"), ("5", "PRE.NAM", [22], "100"), ("6", "NOM", [22, 23, 24], "103"),
    ("7", "NAM", [31], "102"),
]
ENTITIES = [("100", "ORG"), ("101", "ORG"), ("102", "PER"), ("103", "PER")]
EVENT_MENTIONS = [  # (m_id, t_ids, pred, certainty, polarity, time, EVENT m_id)
    ("20", [3], "buy", "CERTAIN", "POS", "FUTURE", "200"),
    ("21", [12], "say", "CERTAIN", "POS", "NON_FUTURE", "201"),
    ("22", [16], "pay", "PROBABLE", "POS", "FUTURE", "202"),
    ("23", [28], "agree", "CERTAIN", "POS", "NON_FUTURE", "203"),
    ("24", [32], "leave", "CERTAIN", "POS", "NON_FUTURE", "204"),
]
EVENTS = [("200", "OTHER"), ("201", "SPEECH_COGNITIVE"), ("202", "OTHER"),
          ("203", "SPEECH_COGNITIVE"), ("204", "OTHER")]
PARTICIPANTS = [("21", "3", "Arg0"), ("22", "4", "Arg0"), ("20", "1", "Arg0"),
                ("20", "2", "Arg1"), ("23", "6", "Arg0"), ("22", "4", "Arg2")]


def _anchors(parent: ET.Element, t_ids: list[int]) -> None:
    for t_id in t_ids:
        ET.SubElement(parent, "token_anchor", t_id=str(t_id))


def tiny_xml() -> str:
    root = ET.Element("Document", doc_id="9", doc_name="9_Acme", url="http://example.org/acme")
    for t_id, sentence, text in TOKENS:
        ET.SubElement(root, "token", t_id=str(t_id), sentence=str(sentence)).text = text
    marks = ET.SubElement(root, "Markables")
    for m_id, syn, t_ids, _ in ENTITY_MENTIONS:
        _anchors(ET.SubElement(marks, "ENTITY_MENTION", m_id=m_id, syntactic_type=syn), t_ids)
    for m_id, t_ids, pred, cert, pol, time, _ in EVENT_MENTIONS:
        _anchors(ET.SubElement(marks, "EVENT_MENTION", m_id=m_id, pred=pred, pos="VERB",
                               certainty=cert, polarity=pol, time=time), t_ids)
    _anchors(ET.SubElement(marks, "TIMEX3", m_id="30", type="DATE", value="2008-03-06",
                           functionInDocument="CREATION_TIME"), [6, 7, 8, 9])
    _anchors(ET.SubElement(marks, "TIMEX3", m_id="31", type="DATE", value="2008-03-07",
                           functionInDocument="NONE"), [19])
    for m_id, ent_type in ENTITIES:
        ET.SubElement(marks, "ENTITY", m_id=m_id, ent_type=ent_type)
    for m_id, cls in EVENTS:
        ET.SubElement(marks, "EVENT", m_id=m_id, **{"class": cls})
    rels = ET.SubElement(root, "Relations")
    for mention, _, _, instance in ENTITY_MENTIONS + [(e[0], 0, 0, e[6]) for e in EVENT_MENTIONS]:
        rel = ET.SubElement(rels, "REFERS_TO")
        ET.SubElement(rel, "source", m_id=mention)
        ET.SubElement(rel, "target", m_id=instance)
    for event, entity, role in PARTICIPANTS + [("22", "31", "Argm-TMP")]:  # a timex: dropped
        rel = ET.SubElement(rels, "HAS_PARTICIPANT", sem_role=role)
        ET.SubElement(rel, "source", m_id=event)
        ET.SubElement(rel, "target", m_id=entity)
    return ET.tostring(root, encoding="unicode")


@pytest.fixture
def tiny(tmp_path):
    path = tmp_path / "9_Acme.xml"
    path.write_text(tiny_xml(), encoding="utf-8")
    return read_document(path)


def at(word: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``word`` in TEXT."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


# ------------------------------------------------------------------------- reading


def test_tiny_document_is_detokenized_with_offsets(tiny):
    assert tiny.article.text == TEXT
    for tok in tiny.tokens:
        assert TEXT[tok.start:tok.end] == tok.text
    assert [t.text for t in tiny.tokens if t.t_id in (13, 21)] == ['"', '"']
    assert tiny.article.published == "2008-03-06"
    assert tiny.article.id == "9"
    assert tiny.article.url == "http://example.org/acme"
    assert tiny.article.title == "Acme to buy Widget Co"


def test_tiny_document_gold_annotations(tiny):
    assert "30" not in tiny.timexes  # the creation time is not a mention to find
    assert (tiny.timexes["31"].value, tiny.timexes["31"].type) == ("2008-03-07", "DATE")
    assert tiny.entities["3"].type == "PER" and tiny.entities["6"].syntactic_type == "NOM"
    assert (tiny.entities["2"].start, tiny.entities["2"].end) == at("Widget Co")
    assert tiny.events["21"].cls == "SPEECH_COGNITIVE" and tiny.events["22"].certainty == "PROBABLE"
    # the participant that is a time expression is dropped; the others are kept
    assert {(p.event, p.entity, p.role) for p in tiny.participants} == set(PARTICIPANTS)


def test_annotated_region_is_headline_and_body_sentences_2_to_5(tiny):
    assert {t.sentence for t in tiny.region_tokens} == {0, 2, 3}
    assert tiny.in_region(*at("Acme"))
    assert not tiny.in_region(*at("March 6"))
    assert not tiny.in_region(*at("Later Smith"))
    assert not tiny.in_region(TEXT.index("\n"), TEXT.index("\n") + 2)  # blank line only
    assert tiny.mention_in_region(tiny.entities["4"])
    assert not tiny.mention_in_region(tiny.entities["7"])


def test_discontinuous_mentions_keep_their_pieces(tmp_path):
    xml = tiny_xml().replace('<token_anchor t_id="12" />', '<token_anchor t_id="12" />'
                             '<token_anchor t_id="14" />', 1)
    path = tmp_path / "d.xml"
    path.write_text(xml, encoding="utf-8")
    doc = read_document(path)
    assert doc.events["21"].pieces == (at("said"), at("Acme", 1))


# ------------------------------------------------------------------------ matching


def test_prf():
    assert prf(2, 1, 1) == {"tp": 2, "fp": 1, "fn": 1, "precision": 0.6667,
                            "recall": 0.6667, "f1": 0.6667}
    assert prf(0, 0, 3)["precision"] == 0.0 and prf(0, 0, 3)["recall"] == 0.0


def test_align_is_one_to_one_and_prefers_exact_then_larger_overlap():
    gold = [((0, 5),), ((10, 15),)]
    assert align(gold, [(2, 4), (0, 5), (11, 12)]) == [(0, 1), (1, 2)]
    assert align(gold, [(0, 3), (2, 5)]) == [(0, 0)]  # one gold takes one prediction
    assert align(gold, [(0, 4), (10, 15)], strict=True) == [(1, 1)]
    assert align(gold, [(5, 10)]) == []  # touching is not overlapping


def test_align_with_pieces_and_a_veto():
    gold = [((0, 4), (10, 14))]  # "bring ... back"
    assert align(gold, [(10, 14)]) == [(0, 0)]
    assert align(gold, [(5, 9)]) == []
    assert align(gold, [(10, 14)], strict=True) == []
    assert align(gold, [(0, 14)], strict=True) == [(0, 0)]
    assert align(gold, [(0, 4)], compatible=lambda gi, pi: False) == []


def test_agreement_keeps_a_confusion_table():
    a = Agreement()
    for gold, pred in (("CERTAIN", "CERTAIN"), ("PROBABLE", "CERTAIN"), ("CERTAIN", "CERTAIN")):
        a.add(gold, pred)
    assert a.as_dict() == {"correct": 2, "total": 3, "accuracy": 0.6667,
                           "confusion": {"CERTAIN": {"CERTAIN": 2}, "PROBABLE": {"CERTAIN": 1}}}


def test_name_heads(tiny):
    def head(start, end):
        tok = _head(tiny.tokens_in(start, end))
        return next(t.text for t in tiny.tokens if t.t_id == tok)

    assert head(*at("Widget Co")) == "Co"
    assert head(at("Acme", 2)[0], at("'s")[1]) == "Acme"  # Acme's -> Acme
    assert head(at("chief")[0], at("(CEO)")[1]) == "chief"  # stops at the parenthesis
    # a possessor is not the head of what it owns
    assert head(at("Acme", 2)[0], at("chief")[1]) == "chief"


def test_speech_lemmas():
    forms = speech_forms()
    assert {"say", "tell", "announce", "statement", "deny"} <= set(forms)
    assert not {"expect", "plan", "believe", "want"} & set(forms)
    assert is_speech("say", "said") and is_speech("", "Said") and is_speech("", "statements")
    assert not is_speech("expect", "expects") and not is_speech("", "expects")


# ------------------------------------------------------------------------ counting


def tiny_predictions(time_value: str = "2008-03-07") -> Predictions:
    acme_body, acmes = at("Acme", 1), (at("Acme", 2)[0], at("'s")[1])
    return Predictions(
        entities=[(*at("Acme"), "ORG"), (*at("Widget"), "ORG"), (*at("John Smith"), "PERSON"),
                  (*acme_body, "ORG"), (*acmes, "ORG"), (*at("CEO"), "ORG"),
                  (*at("Smith", 1), "PERSON"),  # outside the region: not scored
                  (*at("March 6, 2008"), "DATE")],  # not a label that counts
        times=[(*at("tomorrow"), time_value, "DATE"), (*at("March 6, 2008"), "2008-03-06", "DATE")],
        events=[
            PredEvent(*at("buy"), "verb", "CERTAIN", "POS", "NON_FUTURE",
                      actors=(("Arg0", *at("Acme")), ("Arg1", *at("Widget")))),
            PredEvent(*at("said"), "verb", "CERTAIN", "POS", "NON_FUTURE",
                      actors=(("Arg0", *at("John Smith")), ("Arg1", *acme_body))),
            PredEvent(*at("pay"), "verb", "CERTAIN", "POS", "FUTURE",
                      actors=(("Arg0", *acme_body),)),
            PredEvent(*at("chief"), "noun", "CERTAIN", "POS", "NON_FUTURE",
                      actors=(("Arg0", *at("Acme", 2)),)),
            PredEvent(*at("left"), "verb"),  # outside the region
        ],
        cues=[at("said"), at("chief"), at("left")],
        # the headline's and the body's Acme are one entity, "Acme's" another
        clusters={at("Acme"): "e1", acme_body: "e1", acmes: "e3", at("John Smith"): "e2"},
    )


def counts(block: dict) -> tuple[int, int, int]:
    return block["tp"], block["fp"], block["fn"]


def test_tally_on_the_tiny_document(tiny):
    tally = Tally()
    tally.add(tiny, tiny_predictions())
    r = tally.as_dict()
    assert counts(r["entities"]["strict"]) == (3, 3, 2)
    assert counts(r["entities"]["lenient"]) == (4, 2, 1)  # + Acme's (same head)
    assert counts(r["entities"]["overlap"]) == (5, 1, 0)  # + Widget for Widget Co
    assert r["entities"]["types"] == {"ORG": {"ORG": 3}, "PER": {"PER": 1}}
    assert counts(r["times"]["strict"]) == counts(r["times"]["value"]) == (1, 0, 0)
    assert counts(r["times"]["by_type"]["DATE"]) == (1, 0, 0)
    assert counts(r["events"]["all"]) == (3, 1, 1)
    assert counts(r["events"]["verb"]) == (3, 0, 1)
    assert counts(r["events"]["noun"]) == (0, 1, 0)
    assert counts(r["participants"]["Arg0"]) == (3, 1, 1)
    assert counts(r["participants"]["Arg1"]) == (1, 1, 0)
    assert counts(r["participants"]["all"]) == (4, 2, 1)
    cues = r["cues"]
    assert (cues["gold_speech"], cues["gold_speech_cognitive"], cues["found"]) == (1, 2, 1)
    assert (cues["cues"], cues["cues_on_speech_cognitive"]) == (2, 1)
    assert (cues["recall"], cues["precision"]) == (1.0, 0.5)
    f = r["factuality"]
    assert (f["certainty"]["correct"], f["certainty"]["total"]) == (2, 3)
    assert f["certainty"]["confusion"] == {"CERTAIN": {"CERTAIN": 2}, "PROBABLE": {"CERTAIN": 1}}
    assert (f["polarity"]["correct"], f["time"]["correct"]) == (3, 2)
    assert (f["joint"]["correct"], f["joint"]["total"]) == (1, 3)
    # gold: Acme x3 one entity, John Smith; predicted: Acme x2 + Acme's apart
    clustering = r["entities"]["clustering"]["entities"]
    assert clustering["mentions"] == 4
    assert clustering["bcubed"]["precision"] == 1.0
    assert clustering["bcubed"]["recall"] == round((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, 4)
    assert (clustering["muc"]["precision"], clustering["muc"]["recall"]) == (1.0, 0.5)


def test_clustering_scores_bcubed_and_muc():
    c = Clustering()
    # gold a = {0, 1, 2}, b = {3}; predicted x = {0, 1}, y = {2, 3}
    c.add([("a", "x"), ("a", "x"), ("a", "y"), ("b", "y")])
    r = c.as_dict()
    assert r["bcubed"]["precision"] == 0.75
    assert r["bcubed"]["recall"] == round((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, 4)
    assert (r["muc"]["precision"], r["muc"]["recall"]) == (0.5, 0.5)


def test_a_wrong_time_value_still_matches_the_span(tiny):
    tally = Tally()
    tally.add(tiny, tiny_predictions(time_value="2008-03-08"))
    r = tally.as_dict()
    assert counts(r["times"]["lenient"]) == (1, 0, 0)
    assert counts(r["times"]["value"]) == (0, 1, 1)


def test_the_baseline_sections_leave_out_what_it_cannot_predict(tiny):
    tally = Tally(("entities", "times", "events"))
    tally.add(tiny, tiny_predictions())
    r = tally.as_dict()
    assert set(r) == {"entities", "times", "events"}
    assert "value" not in r["times"]


def test_from_report_maps_roles_factuality_and_cues():
    text = 'Acme will buy Widget, Smith said. "Yes," he said.'
    article = from_text(text, id="x")

    def span(word, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return Span(start=start, end=start + len(word), text=word)

    said = span("said")
    buy = span("buy")
    event = Event(
        id="e1", trigger=buy, lemma="buy", pos="verb", sentence=Offsets(start=0, end=33),
        actors=[EventActor(role="source", start=0, end=4, text="Acme"),
                EventActor(role="target", start=14, end=20, text="Widget"),
                EventActor(role="other", start=22, end=27, text="Smith")],
        factuality=Factuality(polarity="negative", certainty="probable", tense="future"),
    )
    quotes = [Quote(id=f"q{i}", start=0, end=4, text="Acme", kind="indirect", cue=said)
              for i in range(2)]
    quotes.append(Quote(id="q3", start=34, end=40, text='"Yes,"', kind="direct", cue=None))
    entity = Entity(id="n1", name="Acme", type="ORG", mentions=[span("Acme")])
    report = Report(article=article, entities=[entity], events=[event], quotes=quotes)
    pred = from_report(report)
    assert pred.entities == [(0, 4, "ORG")]
    (ev,) = pred.events
    assert ev.actors == (("Arg0", 0, 4), ("Arg1", 14, 20))
    assert (ev.certainty, ev.polarity, ev.time) == ("PROBABLE", "NEG", "FUTURE")
    assert pred.cues == [(said.start, said.end)]


# -------------------------------------------------------------------- the real corpus


def test_a_real_meantime_file_is_rebuilt_faithfully():
    path = meantime_path() / "corpus_apple" / "101354_Apple_releases_iPhone_SDK,_announces_upcoming_update.xml"
    doc = read_document(path)
    root = ET.parse(path).getroot()
    raw = {int(t.get("t_id")): (int(t.get("sentence")), t.text) for t in root.iter("token")}
    assert len(doc.tokens) == len(raw)
    for tok in doc.tokens:
        sentence, text = raw[tok.t_id]
        expected = '"' if text in ("``", "''") else text
        assert doc.article.text[tok.start:tok.end] == expected == tok.text
        assert tok.sentence == sentence
    dct = next(t for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME")
    assert doc.article.published == dct.get("value")[:10]
    assert doc.article.id == root.get("doc_id") and doc.article.url == root.get("url")
    assert {t.sentence for t in doc.region_tokens} == {0, 2, 3, 4, 5}
    assert all(doc.in_region(t.start, t.end) == (t.sentence in meantime_read.ANNOTATED_SENTENCES)
               for t in doc.tokens)
    assert '"App Store"' in doc.article.text  # ``App Store'' became straight quotes
    assert doc.article.text.split("\n\n")[1] == " ".join(
        text for s, text in raw.values() if s == 1).replace(" ,", ",")


def test_evaluate_structure_on_three_files(nlp):
    result = evaluate(meantime_path(), nlp=nlp, limit=3)
    assert result["files"] == 3
    assert result["documents"] + len(result["failures"]) == 3
    for f in result["failures"]:
        assert set(f) == {"article_id", "stage", "reason"}
    for section, keys in (("entities", {"strict", "lenient", "overlap"}),
                          ("times", {"strict", "lenient", "value"}),
                          ("events", {"all", "verb", "noun"}),
                          ("participants", {"all", "Arg0", "Arg1"})):
        for key in keys:
            assert set(result[section][key]) == {"tp", "fp", "fn", "precision", "recall", "f1"}
    assert {"recall", "precision", "gold_speech", "found", "cues"} <= set(result["cues"])
    assert set(result["factuality"]) == {"certainty", "polarity", "time", "joint"}
    assert render(result)  # tables build from the dict alone


def test_spacy_baseline_scores_every_file_it_reads(nlp):
    result = evaluate(meantime_path(), nlp=nlp, limit=2, baseline="spacy")
    assert result["system"] == "spacy-baseline" and result["documents"] == 2
    gold_events = result["events"]["all"]["tp"] + result["events"]["all"]["fn"]
    assert gold_events > 0 and "cues" not in result and "value" not in result["times"]


def test_time_errors_are_listed_for_the_dev_corpus_only(nlp):
    """``errors`` (``eval meantime --errors``) lists wrong values, spurious and missed
    time expressions of corpus_airbus; any other folder is refused before a file is read."""
    result = evaluate(meantime_path() / "corpus_airbus", nlp=nlp, limit=4, errors=True)
    times = result["times"]
    wrong = times["value"]["fp"] - (times["lenient"]["fp"])  # paired with a wrong value
    assert len(result["errors"]) == wrong + times["lenient"]["fp"] + times["lenient"]["fn"]
    for e in result["errors"]:
        assert e["kind"] in ("value", "spurious", "missed") and "[" in e["context"]
        assert (e["gold"] is None) == (e["kind"] == "spurious")
        assert (e["predicted"] is None) == (e["kind"] == "missed")
    assert len(error_lines(result)) == len(result["errors"])
    assert "errors" not in evaluate(meantime_path() / "corpus_airbus", nlp=nlp, limit=1)
    with pytest.raises(InputError):
        evaluate(meantime_path(), nlp=nlp, errors=True)
