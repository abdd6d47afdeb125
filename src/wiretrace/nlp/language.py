"""Loads the spaCy pipeline once per process (model name is a setting)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from .. import cache, settings
from ..errors import ModelError
from ..lexicon import load_yaml
from . import attributes

NAME = "language.v1"


@Language.component("wiretrace_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence at every line break.

    News text puts headlines, captions and paragraphs on their own lines, often without
    final punctuation ("Israeli intelligence met with ... - report"); the parser would
    run them into the next sentence.  The parser keeps boundaries set before it.  The
    whitespace token holding the break starts a sentence, and so does the word after it
    (marking only the word after it makes the parser split that line again in odd places).
    """
    if len(doc) < 2:
        return doc
    starts = doc.to_array(SENT_START)
    for i in (numpy.flatnonzero(doc.to_array(IS_SPACE)[1:]) + 1).tolist():
        if "\n" in doc[i].text:
            starts[i:i + 2] = 1  # the break and the word after it (if any)
    for start, opener in glued_subheads(doc):
        starts[start] = starts[opener] = 1
    doc.from_array([SENT_START], starts.reshape(-1, 1))  # one write, not one per token
    return doc


@lru_cache(maxsize=1)
def _subheads() -> dict:
    data = load_yaml("subheads.yaml")
    return {"max_words": int(data["max_words"]), "opener": frozenset(data["opener_tags"]),
            "verb": frozenset(data["verb_tags"]),
            "past": frozenset(data["past_tags"]), "open_end": frozenset(data["open_end_tags"])}


SENTENCE_END = frozenset(".!?")
CLOSERS = frozenset("\"'”’)]")
NOT_IN_SUBHEAD = frozenset("\"“”:;()[]")


def _after_sentence_end(doc: Doc, i: int) -> bool:
    """Whether token ``i`` begins the text, a line, or follows a sentence's final
    punctuation (a closing quotation mark or bracket after it allowed)."""
    k = i - 1
    while k >= 0 and doc[k].text in CLOSERS:
        k -= 1
    return k < 0 or doc[k].text in SENTENCE_END or \
        (doc[k].is_space and "\n" in doc[k].text)


def glued_subheads(doc: Doc) -> list[tuple[int, int]]:
    """Subheadings run into the next sentence where the text lost its line breaks
    (data/subheads.yaml): "... to justice. International reaction A U.S. State Department
    spokesperson urged ...".  A short verbless phrase that starts after a sentence's end
    with a capital, ends with a word of its own, and is followed with no punctuation by a
    capitalized closed-class word (an article, pronoun, conjunction, preposition or
    sentence adverb: "A", "The", "While", "Shortly") that is not followed by a verb is a
    line of its own.  Its last word may be tagged a present-tense verb (the tagger reads
    "Chinese demand" as a clause) when the word after the opener is lowercase.  As
    (first token, the next sentence's first token).  Found once per Doc (the sentence
    splitter asks before the parser, the heading reader after it; neither changes what
    this reads) and kept in its ``user_data``, as ``context._token_index`` does."""
    kept = doc.user_data.get("wiretrace_glued_subheads")
    if kept is not None and kept[0] == len(doc):
        return kept[1]
    limits = _subheads()
    out: list[tuple[int, int]] = []
    for j in range(2, len(doc) - 1):
        opener, last = doc[j], doc[j - 1]
        if opener.tag_ not in limits["opener"] or not opener.text[:1].isupper() or \
                opener.text == "I" or doc[j + 1].tag_ in limits["verb"] or \
                doc[j + 1].is_punct or last.tag_ in limits["open_end"] or \
                not last.text[:1].isalpha() or last.whitespace_ != " ":
            continue
        start = j - 1
        while start > 0 and not _after_sentence_end(doc, start) and \
                j - start <= limits["max_words"]:
            start -= 1
        words = doc[start:j]
        if j - start > limits["max_words"] or not _after_sentence_end(doc, start) or \
                not words[0].text[:1].isupper() or any(
                    t.tag_ in limits["verb"] or t.is_space or t.text in NOT_IN_SUBHEAD
                    for t in words[:-1]) or last.tag_ in limits["past"] or \
                last.is_space or last.text in NOT_IN_SUBHEAD:
            continue
        # a name, or a present-tense verb ("Chinese demand"), before the opener: only a
        # lowercase word after it ("Japan Despite the", not "Doctors Without Borders")
        if (last.text[:1].isupper() or last.tag_ in limits["verb"]) and \
                doc[j + 1].text[:1].isupper():
            continue
        out.append((start, j))
    doc.user_data["wiretrace_glued_subheads"] = (len(doc), out)
    return out


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    return {form: entry["lemma"] for entry in load_yaml("lemmas.yaml")["fixes"]
            for form in entry["forms"]}


@Language.component("wiretrace_lemmas")
def lemma_fixes(doc: Doc) -> Doc:
    """Correct the verb lemmas the model gets wrong ("hopes" -> "hop"; data/lemmas.yaml)."""
    fixes = _lemma_fixes()
    for token in doc:
        lemma = fixes.get(token.lower_)
        if lemma is not None and token.tag_.startswith("VB"):
            token.lemma_ = lemma
    return doc


def load(name: str | None = None, *, process_wide: bool = True) -> Language:
    """The pipeline named ``name`` (default: the ``model`` setting), with wiretrace's
    sentence-boundary component in front of the parser, its lemma corrections last, and
    the model's attribute rules applied by an index (:mod:`.attributes`; identical
    annotations, faster), loaded once per process.

    Its layers multiply through the ``gemm`` setting's library (:func:`use_gemm`: their
    own ops, nothing global).  With ``process_wide`` (the command line, the engines'
    workers, the server) numpy's BLAS is also held to ``blas_threads`` threads for the
    whole process, as wiretrace's own processes want; a program that embeds wiretrace
    (``wiretrace.load()``) passes False and keeps its BLAS threads: the limit then holds
    only while wiretrace parses (:func:`blas_scope`), and the first load of a pipeline in
    such a process settles what the process holds then (:func:`..cache.settle`)."""
    name = name or settings.get("model")
    nlp = _pipeline(name)
    if process_wide:
        limit_process_threads()
        if name not in _settled:
            _settled.add(name)
            cache.settle()
    return nlp


_settled: set[str] = set()  # the pipelines load() has settled after (process_wide)


@lru_cache(maxsize=4)
def _pipeline(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install it as a package "
            "(make install does this for the default) or set WIRETRACE_MODEL to an "
            "installed one",
        ) from exc
    if "wiretrace_line_breaks" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("wiretrace_line_breaks", before=before)
    if "wiretrace_lemmas" not in nlp.pipe_names:
        nlp.add_pipe("wiretrace_lemmas", last=True)
    attributes.install(nlp)
    use_gemm(nlp, process_wide=False)
    return nlp


GEMMS = ("numpy", "blis")


def use_gemm(nlp: Language, gemm: str | None = None, threads: int | None = None, *,
             process_wide: bool = True) -> None:
    """Multiply the pipeline's matrices with ``gemm`` (default: the ``gemm`` setting).

    thinc multiplies with BLIS by default.  BLIS picks its kernel by CPU model and falls
    back to portable C code on CPUs it does not know (AMD Zen 4 among them: about a third
    of spaCy's time went there).  "numpy" uses thinc's own switch to numpy's BLAS
    (OpenBLAS in numpy's wheels, tuned for every x86 CPU at run time).  Sums come out in
    another order, so scores can differ in the last bits; on every text compared (the
    bench's 240 articles) no annotation changed, and a test compares them token by token.
    The switch is made on this pipeline's layers only (their ``ops``): thinc's default
    ops, and any other pipeline in the process, stay as they were.
    Numpy's BLAS then runs on ``threads`` threads (the ``blas_threads`` setting):
    wiretrace's engines run a process per core, and a second BLAS thread per process only
    spends CPU time waiting.  With ``process_wide`` the limit is set for the whole
    process at once (:func:`limit_process_threads`); without, it is only checked here.
    """
    gemm = _gemm(gemm)
    threads = _threads(threads)
    ops = NumpyOps(use_blis=gemm == "blis")
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if isinstance(node.ops, NumpyOps):  # a GPU model's ops stay its own
                    node.ops = ops
    if process_wide:
        limit_process_threads(gemm, threads)


def _gemm(gemm: str | None) -> str:
    gemm = gemm or settings.get("gemm")
    if gemm not in GEMMS:
        raise ModelError(f"unknown gemm {gemm!r}: choose one of {', '.join(GEMMS)}")
    return gemm


def _threads(threads: int | None) -> int:
    if threads is None:
        value = settings.get("blas_threads")
        if not value.isdigit():
            raise ModelError(f"blas_threads must be a whole number (0: the library's own "
                             f"choice), not {value!r}")
        threads = int(value)
    return threads


# The process-wide limit, once set (wiretrace's own processes); then blas_scope does nothing.
_process_limit: int | None = None
# blas_scope's state: the controller (found once), how many parses hold the limit now,
# and the limiter that restores the host's threads when the last one ends.
_scope_lock = threading.Lock()
_scope_state: dict = {"controller": None, "depth": 0, "limiter": None}


def limit_process_threads(gemm: str | None = None, threads: int | None = None) -> None:
    """Hold numpy's BLAS to ``threads`` threads (the ``blas_threads`` setting) for the
    whole process, when the ``gemm`` is numpy's and the setting is not 0.  What the
    command line, the engines' workers and the server do when they load the model
    (:func:`load` with ``process_wide``); a library user calls it to ask for the same."""
    global _process_limit
    gemm, threads = _gemm(gemm), _threads(threads)
    if gemm == "numpy" and threads > 0 and _process_limit != threads:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=threads, user_api="blas")  # for the whole process
        _process_limit = threads


@contextmanager
def blas_scope() -> Iterator[None]:
    """Within: numpy's BLAS on ``blas_threads`` threads, as in wiretrace's own processes;
    after: the host's own limits again.  Wraps each spaCy pass of :mod:`wiretrace.pipeline`,
    so an embedding program parses as fast as the command line and keeps its BLAS settings
    between calls.  Nothing to do when the process-wide limit is set, with the blis gemm or
    with ``blas_threads`` 0.  Calls from several threads share one limit; the last one out
    restores what was there before the first came in."""
    try:
        gemm, threads = _gemm(None), _threads(None)
    except ModelError:
        gemm, threads = "blis", 0  # load() has already said what is wrong
    if _process_limit is not None or gemm != "numpy" or threads <= 0:
        yield
        return
    with _scope_lock:
        if _scope_state["depth"] == 0:
            if _scope_state["controller"] is None:
                from threadpoolctl import ThreadpoolController

                _scope_state["controller"] = ThreadpoolController()
            _scope_state["limiter"] = _scope_state["controller"].limit(
                limits=threads, user_api="blas")
        _scope_state["depth"] += 1
    try:
        yield
    finally:
        with _scope_lock:
            _scope_state["depth"] -= 1
            if _scope_state["depth"] == 0:
                _scope_state["limiter"].restore_original_limits()
                _scope_state["limiter"] = None


def prepare() -> None:
    """Load the lemma corrections now (see :func:`wiretrace.pipeline.load`)."""
    _lemma_fixes()
    _subheads()


def describe(nlp: Language) -> dict[str, str]:
    meta = nlp.meta
    return {
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}",
        "version": str(meta.get("version", "?")),
        "spacy_version": spacy.__version__,
    }
