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
    # every feature a group names is there but the file's collection (set when loaded)
    assert set(feats) == {n for g, names in tef.GROUPS.items() if g != "corpus" for n in names}
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
