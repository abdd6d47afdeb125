"""Runs the annotators: Article -> Report.  The only place that knows their order.

    clean -> parse (one spaCy pass) -> entities -> times -> attribution -> events
    (events asks factuality, times, attribution and places about each trigger)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from . import clean
from .errors import AnalysisError
from .model import Article, Report
from .nlp import attribution, entities, events, factuality, language, places, times
from .nlp.context import Context, masked_text
from .read.metadata import published_date

ANNOTATORS = (entities, times, attribution, events)
PRODUCERS = (clean, entities, times, attribution, factuality, events, places)


@dataclass(frozen=True)
class AnalysisFailure:
    """An article that could not be analyzed: which one, at which stage, and why."""

    article_id: str
    stage: str
    reason: str


def load(name: str | None = None) -> Language:
    """The spaCy pipeline named ``name`` (:func:`language.load`) and every table the
    annotators read (actor dictionaries, gazetteer, grammars: about 2 s), loaded now
    rather than on the first article.  Engines call it when a worker starts, so a
    worker's first article is no slower than the rest and benchmarks time the texts
    alone; loading lazily gives the same results."""
    nlp = language.load(name)
    language.prepare()
    for module in PRODUCERS:
        module.prepare()
    return nlp


def producers(nlp: Language) -> dict[str, str]:
    return dict(_producers(nlp))


@lru_cache(maxsize=8)
def _producers(nlp: Language) -> dict[str, str]:
    described = language.describe(nlp)
    out = {module.NAME.split(".v")[0]: module.NAME for module in PRODUCERS}
    out["spacy_model"] = f"{described['name']}=={described['version']}"
    out["spacy"] = described["spacy_version"]
    return out


def _report(article: Article, doc, nlp: Language) -> Report:
    ctx = Context(article=article, doc=doc, anchor=published_date(article.published))
    for annotator in ANNOTATORS:
        try:
            annotator.annotate(ctx)
        except Exception as exc:  # one annotator's bug must name itself, not crash a batch
            raise AnalysisError(
                f"{annotator.NAME} failed: {type(exc).__name__}: {exc}",
                where=article.id,
                stage=annotator.NAME,
            ) from exc
    return Report(
        article=article,
        entities=ctx.entities,
        times=ctx.times,
        sources=ctx.sources,
        quotes=ctx.quotes,
        events=ctx.events,
        producers=producers(nlp),
    )


def analyze(article: Article, nlp: Language | None = None) -> Report:
    """Analyze one article (raises :class:`AnalysisError` when an annotator fails)."""
    nlp = nlp or load()
    try:
        article = clean.clean(article)
    except Exception as exc:
        raise AnalysisError(f"{clean.NAME} failed: {type(exc).__name__}: {exc}",
                            where=article.id, stage=clean.NAME) from exc
    doc = nlp(masked_text(article))
    return _report(article, doc, nlp)


def analyze_many(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 16
) -> Iterator[Report | AnalysisFailure]:
    """Analyze a stream of articles with one batched spaCy pass; a failing article gives
    an :class:`AnalysisFailure` in its place and the stream goes on."""
    nlp = nlp or load()
    failures: list[AnalysisFailure] = []

    def cleaned() -> Iterator[tuple[str, Article]]:
        for article in articles:
            try:
                ready = clean.clean(article)
                yield masked_text(ready), ready
            except Exception as exc:  # the cleaner's bug must not stop the batch
                failures.append(AnalysisFailure(
                    article.id, clean.NAME, f"{clean.NAME} failed: {type(exc).__name__}: {exc}"))

    for doc, article in nlp.pipe(cleaned(), as_tuples=True, batch_size=batch_size):
        yield from _drain(failures)
        try:
            yield _report(article, doc, nlp)
        except AnalysisError as exc:
            yield AnalysisFailure(article.id, exc.stage, exc.message)
    yield from _drain(failures)


def _drain(failures: list[AnalysisFailure]) -> Iterator[AnalysisFailure]:
    while failures:
        yield failures.pop(0)
