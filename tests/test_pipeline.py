"""pipeline.load: the model and every table the annotators read, loaded before the first
article."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import wiretrace.nlp
from wiretrace import clean, pipeline


def _cached():
    """Every cached function of the analysis modules."""
    modules = [clean] + [importlib.import_module(f"wiretrace.nlp.{m.name}")
                         for m in pkgutil.iter_modules(wiretrace.nlp.__path__)]
    for module in modules:
        for name, value in vars(module).items():
            if hasattr(value, "cache_info") and getattr(value, "__module__", "") == \
                    module.__name__:
                yield f"{module.__name__}.{name}", value


def test_load_leaves_no_table_for_the_first_article():
    """Every cached function of no arguments (a table) is loaded by pipeline.load()."""
    cached = dict(_cached())
    loaders = {name: f for name, f in cached.items() if not inspect.signature(f).parameters}
    assert len(loaders) > 20
    for function in cached.values():
        function.cache_clear()
    pipeline.load()
    assert [name for name, loader in loaders.items() if not loader.cache_info().currsize] == []


def test_tokens_with_finds_listed_words_in_any_case(nlp):
    from wiretrace.nlp.context import tokens_with

    doc = nlp.make_doc("Before the vote, and AFTER it, nothing came before.")
    assert [(t.i, t.text) for t in tokens_with(doc, frozenset({"before", "after"}))] == \
        [(0, "Before"), (5, "AFTER"), (10, "before")]
    assert tokens_with(doc, frozenset({"never"})) == []
    assert tokens_with(nlp.make_doc(""), frozenset({"before"})) == []


def test_removed_tokens_are_those_overlapping_removed_text(nlp):
    """The demo article's duplicated caption and credit are removed text."""
    from wiretrace.nlp.context import Context, masked_text
    from wiretrace.read.text import from_text

    from .conftest import DEMO
    article = clean.clean(from_text(DEMO.read_text(), id="demo"))
    assert article.removed
    ctx = Context(article=article, doc=nlp(masked_text(article)))
    expected = {t.i for t in ctx.doc if ctx.is_removed(t.idx, t.idx + len(t.text))}
    assert expected and ctx.removed_tokens == expected


def test_sentence_chars_are_the_tokens_sentences(nlp):
    from wiretrace.nlp.context import Context
    from wiretrace.read.text import from_text

    from .conftest import DEMO
    article = from_text(DEMO.read_text(), id="demo")
    ctx = Context(article=article, doc=nlp(article.text))
    assert [ctx.sentence_chars(t) for t in ctx.doc] == \
        [(t.sent.start_char, t.sent.end_char) for t in ctx.doc]


def test_entity_tokens_follow_the_entity_layer(nlp):
    """Place tokens of the demo article, as the entity layer left them; rebuilt when
    the token map changes."""
    from wiretrace.nlp import entities
    from wiretrace.nlp.context import Context
    from wiretrace.read.text import from_text

    from .conftest import DEMO
    article = from_text(DEMO.read_text(), id="demo")
    ctx = Context(article=article, doc=nlp(article.text))
    assert ctx.entity_tokens(frozenset({"GPE"})) == []
    entities.annotate(ctx)
    places = ctx.entity_tokens(frozenset({"GPE", "LOC", "FAC"}))
    assert places == sorted(i for i, e in ctx.token_entity.items()
                            if ctx.entity(e).type in ("GPE", "LOC", "FAC"))
    assert {"Bizerte", "Rome", "Italy"} <= {ctx.doc[i].text for i in places}
    del ctx.token_entity[places[0]]
    assert ctx.entity_tokens(frozenset({"GPE", "LOC", "FAC"})) == places[1:]
