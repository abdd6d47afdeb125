"""Round 42 (h-learn42): tools/train_event_filter.py, the experiment with a learned filter
of coded events: its features of an event, its one-hot encoding and its logistic
regression.  Invented sentences."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

_spec = importlib.util.spec_from_file_location(
    "train_event_filter", Path(__file__).resolve().parents[1] / "tools/train_event_filter.py")
tef = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tef)


def _event(report, trigger: str):
    return next(e for e in report.events if e.trigger.text == trigger and e.type)


def test_features_of_a_coded_event(analyze_text):
    report = analyze_text("Peruvian troops fired tear gas at the protesters in Lima on Monday. "
                          "President Ruiz praised Senator Lopez.", published="2021-11-20")
    feats = tef.event_features(report, _event(report, "fired"))
    assert feats["type"] == "ASSAULT"
    assert feats["route"] == "pattern"
    assert feats["pos"] == "verb"
    assert (feats["src"], feats["src_sector"], feats["src_etype"], feats["src_basis"]) == \
        ("named", "MIL", "NORP", "phrase")
    assert feats["n_src"] == "1" and feats["n_tgt"] == "1"
    assert feats["sent_pos"] == "lead" and feats["n_in_sent"] == "1"
    assert feats["quote"] == "none" and feats["attr"] == "0" and feats["attr_kind"] == "none"
    assert feats["lemma"] == "fire" and feats["cameo2"] == "19"
    assert feats["type_src"] == "ASSAULT|named"
    # every feature a group names is there but the collection (set when loaded), the
    # parse (parse_features) and the lemma frequency (set when fitted)
    assert set(feats) == {n for g, names in tef.GROUPS.items()
                          if g not in ("corpus", "parse", "lfreq") for n in names}
    later = tef.event_features(report, _event(report, "praised"))
    assert later["sent_pos"] == "end" and later["type"] == "SUPPORT"


def test_features_read_quotes_and_attribution(analyze_text):
    report = analyze_text('The minister said: "Rebels attacked the convoy near the border '
                          'yesterday."', published="2021-11-20")
    feats = tef.event_features(report, _event(report, "attacked"))
    assert feats["quote"] == "direct"
    assert feats["attr"] == "1" and feats["attr_kind"] in ("official", "person")
    assert (feats["src"], feats["src_sector"]) == ("generic", "REB")


def test_encode_and_fit_separate_a_feature_that_decides():
    rows = [{"feats": {"type": t}, "verdict": v}
            for t, v in [("ASSAULT", "right")] * 30 + [("SUPPORT", "not_event")] * 30]
    x, vocab = tef.encode(rows, ("type",))
    assert set(vocab) == {"type=ASSAULT", "type=SUPPORT"} and x.shape == (60, 3)
    y = np.array([r["verdict"] == "right" for r in rows], dtype=float)
    p = tef.predict(x, tef.fit(x, y, l2=1.0))
    assert p[:30].min() > 0.9 and p[30:].max() < 0.1
    # a value seen once in training gets no column; unseen values fall to the bias
    xt, _ = tef.encode([{"feats": {"type": "COERCE"}, "verdict": "right"}], ("type",), vocab)
    assert xt.tolist() == [[1.0, 0.0, 0.0]]


def test_parse_features_of_the_trigger(analyze_text):
    """Round 42b: the trigger in the spaCy parse of its story, kept while analyzing."""
    with tef.keeping_docs() as docs:
        report = analyze_text('The minister said rebels attacked the convoy. "Will they not '
                              'meet with Ruiz?" she asked. Police arrested two protesters '
                              'after the attack.', published="2021-11-20")
    doc = docs[report.article.id]
    attacked = tef.parse_features(doc, _event(report, "attacked"))
    assert (attacked["p_dep"], attacked["p_clause"], attacked["p_say"]) == \
        ("ccomp", "ccomp", "say")
    assert (attacked["p_head_pos"], attacked["p_dobj"], attacked["p_subj"]) == \
        ("VERB", "yes", "NOUN")
    assert attacked["p_nv"] == "verb" and attacked["p_quoted"] == "none"
    arrested = tef.parse_features(doc, _event(report, "arrested"))
    assert (arrested["p_clause"], arrested["p_head_pos"], arrested["p_say"]) == \
        ("ROOT", "self", "none")
    # a trigger that codes nothing still gets its parse: the quoted question
    meet = tef.parse_features(doc, next(e for e in report.events if e.trigger.text == "meet"))
    assert (meet["p_question"], meet["p_quoted"], meet["p_neg"], meet["p_modal"],
            meet["p_prep"], meet["p_subj"]) == ("yes", "inside", "yes", "yes", "with",
                                                "pronoun")
    assert set(attacked) == set(tef.GROUPS["parse"])
    # no parse: every feature "-"
    assert set(tef.parse_features(None, _event(report, "attacked")).values()) == {"-"}
    # the lemma's frequency among training events, the row itself not counted
    train = [{"feats": {"lemma": "attack"}} for _ in range(5)]
    held = [{"feats": {"lemma": "attack"}}, {"feats": {"lemma": "praise"}}]
    tef.with_lemma_freq(train, train)
    tef.with_lemma_freq(train, held)
    assert train[0]["feats"]["lemma_freq"] == "2-4"
    assert [h["feats"]["lemma_freq"] for h in held] == ["5-14", "0"]
