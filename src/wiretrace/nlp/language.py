"""Loads the spaCy pipeline once per process (model name is a setting)."""

from __future__ import annotations

from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import NumpyOps

from .. import settings
from ..errors import ModelError
from . import attributes
from .lexicon import load_yaml

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
    doc.from_array([SENT_START], starts.reshape(-1, 1))  # one write, not one per token
    return doc


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


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The pipeline named ``name`` (default: the ``model`` setting), with wiretrace's
    sentence-boundary component in front of the parser, its lemma corrections last, and
    the model's attribute rules applied by an index (:mod:`.attributes`; identical
    annotations, faster)."""
    name = name or settings.get("model")
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
    use_gemm(nlp)
    return nlp


GEMMS = ("numpy", "blis")


def use_gemm(nlp: Language, gemm: str | None = None, threads: int | None = None) -> None:
    """Multiply the pipeline's matrices with ``gemm`` (default: the ``gemm`` setting).

    thinc multiplies with BLIS by default.  BLIS picks its kernel by CPU model and falls
    back to portable C code on CPUs it does not know (AMD Zen 4 among them: about a third
    of spaCy's time went there).  "numpy" uses thinc's own switch to numpy's BLAS
    (OpenBLAS in numpy's wheels, tuned for every x86 CPU at run time).  Sums come out in
    another order, so scores can differ in the last bits; on every text compared (the
    bench's 240 articles) no annotation changed, and a test compares them token by token.
    Numpy's BLAS then runs on ``threads`` threads (the ``blas_threads`` setting):
    wiretrace's engines run a process per core, and a second BLAS thread per process only
    spends CPU time waiting.
    """
    gemm = gemm or settings.get("gemm")
    if gemm not in GEMMS:
        raise ModelError(f"unknown gemm {gemm!r}: choose one of {', '.join(GEMMS)}")
    if threads is None:
        value = settings.get("blas_threads")
        if not value.isdigit():
            raise ModelError(f"blas_threads must be a whole number (0: the library's own "
                             f"choice), not {value!r}")
        threads = int(value)
    ops = NumpyOps(use_blis=gemm == "blis")
    for _, component in nlp.components:
        model = getattr(component, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                if isinstance(node.ops, NumpyOps):  # a GPU model's ops stay its own
                    node.ops = ops
    if gemm == "numpy" and threads > 0:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=threads, user_api="blas")  # for the whole process


def prepare() -> None:
    """Load the lemma corrections now (see :func:`wiretrace.pipeline.load`)."""
    _lemma_fixes()


def describe(nlp: Language) -> dict[str, str]:
    meta = nlp.meta
    return {
        "name": f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}",
        "version": str(meta.get("version", "?")),
        "spacy_version": spacy.__version__,
    }
