"""The indexed attribute rules and the cached lemmas give exactly what spaCy's
attribute_ruler and lemmatizer give, on real articles (the founding article and MEANTIME's
Wikinews texts)."""

from __future__ import annotations

import pytest
import spacy

from wiretrace import settings
from wiretrace.nlp import attributes

from .conftest import DEMO, founding_path, meantime_path


def texts() -> list[str]:
    """The demo article and, where ../shared is here, the founding article and a third of
    MEANTIME's (the test is skipped on a bare clone)."""
    found = [DEMO.read_text(encoding="utf-8"), founding_path().read_text()]
    from wiretrace.eval.meantime import read_document

    found += [read_document(p).article.text for p in sorted(
        meantime_path().glob("corpus_*/*.xml"))[::3]]
    return found


@pytest.fixture(scope="module")
def pipelines(nlp):
    plain = spacy.load(settings.get("model"))
    plain.add_pipe("wiretrace_line_breaks", before="parser")
    return plain, nlp


def test_the_model_ruler_and_lemmatizer_are_replaced(nlp):
    assert attributes.NAME in nlp.pipe_names and "attribute_ruler" in nlp.disabled
    assert attributes.LEMMAS in nlp.pipe_names and "lemmatizer" in nlp.disabled


def test_every_token_gets_what_spacys_ruler_gives(pipelines):
    plain, ours = pipelines
    docs = texts()
    assert len(docs) > 15
    n = 0
    for a, b in zip(plain.pipe(docs), ours.pipe(docs, disable=["wiretrace_lemmas"])):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert (x.pos_, str(x.morph), x.lemma_, x.tag_) == \
                (y.pos_, str(y.morph), y.lemma_, y.tag_), (x.text, x.i)
            n += 1
    assert n > 8000


def test_two_word_rules_and_their_order():
    """"gon na", "let 's" and "there are" are set by two-token patterns that come after
    the one-token patterns for the same tokens."""
    nlp = spacy.load(settings.get("model"))
    plain = spacy.load(settings.get("model"))
    attributes.install(nlp)
    text = ("We're gon na win, let's go. There are reasons y'all ain't coming. "
            "Nothin' changed, c'mon.")
    for x, y in zip(plain(text), nlp(text)):
        assert (x.pos_, str(x.morph), x.lemma_) == (y.pos_, str(y.morph), y.lemma_), x.text
    assert [t.lemma_ for t in nlp("gon na")] == ["go", "to"]


def test_a_pattern_the_index_cannot_handle_keeps_spacys_ruler():
    nlp = spacy.load(settings.get("model"))
    nlp.get_pipe("attribute_ruler").add([[{"SHAPE": "Xxxx"}]], {"LEMMA": "x"})
    attributes.install(nlp)
    assert attributes.NAME not in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names


def test_every_line_break_starts_a_sentence(nlp):
    """The break and the word after it start sentences; words within a line do not (the
    parser decides those), and a break that ends the text is no trouble."""
    from wiretrace.nlp.language import line_breaks

    doc = line_breaks(nlp.make_doc("Israeli officials met Haftar - report\nThe meeting was "
                                   "secret.\n\nIt ended.\n"))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Israeli", "\n", "The", "\n\n", "It", "\n"]
    assert [t.is_sent_start for t in doc if t.text in ("met", "meeting", "ended")] == \
        [None, None, None]
    assert [t.is_sent_start for t in line_breaks(nlp.make_doc("No break here."))] == \
        [True, None, None, None]


def _annotations(doc) -> list[tuple]:
    return [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.lemma_, t.is_sent_start)
            for t in doc]


def test_the_model_multiplies_with_numpy_and_one_blas_thread(nlp):
    """language.load switches every layer of every component to numpy's BLAS (the
    ``gemm`` setting's default) and keeps that BLAS to one thread (``blas_threads``)."""
    from threadpoolctl import threadpool_info

    nodes = [node for _, component in nlp.components
             for node in getattr(getattr(component, "model", None), "walk", list)()]
    assert len(nodes) > 50
    assert {node.ops.use_blis for node in nodes} == {False}
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and {pool["num_threads"] for pool in blas} == {1}


def test_the_gemm_changes_no_annotation(nlp):
    """Numpy's BLAS adds in another order than BLIS; on real articles every token keeps
    its tag, dependency, head, entity, lemma and sentence start."""
    from wiretrace.nlp import language

    blis = language.load()
    language.use_gemm(blis, "blis")
    assert {node.ops.use_blis for node in blis.get_pipe("ner").model.walk()} == {True}
    docs = texts()
    n = 0
    for a, b in zip(blis.pipe(docs), nlp.pipe(docs)):
        assert _annotations(a) == _annotations(b)
        n += len(a)
    assert n > 8000


def test_an_unknown_gemm_is_a_clear_error(nlp):
    from wiretrace.errors import ModelError
    from wiretrace.nlp import language

    with pytest.raises(ModelError, match="unknown gemm 'mkl'"):
        language.use_gemm(nlp, "mkl")


def test_a_bad_thread_count_is_a_clear_error(nlp, monkeypatch):
    from wiretrace.errors import ModelError
    from wiretrace.nlp import language

    monkeypatch.setenv("WIRETRACE_BLAS_THREADS", "two")
    with pytest.raises(ModelError, match="blas_threads must be a whole number"):
        language.use_gemm(nlp)
