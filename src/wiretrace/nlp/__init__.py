"""The annotators, one sub-package per layer, all reading one shared spaCy Doc
(:mod:`.context`, parsed once by :mod:`.language`).  Each layer's annotator has a versioned
``NAME``, an ``annotate(ctx)`` and a ``prepare()`` that loads its tables; only
:mod:`wiretrace.pipeline` knows their order.

- :mod:`.actors`: named mentions -> entities with their mentions (coreference), kinds,
  dictionary codes (country, sector), places and generic actors.
- :mod:`.times`: time expressions (TIMEX3 values) and each event's time.
- :mod:`.attribution`: quotation marks, reporting cues, sources and attribution chains.
- :mod:`.events`: event mentions, PLOVER/CAMEO coding, roles, assertion, factuality and
  magnitude.

No module here imports the store; the store and the readers import nothing from here
(name keys live in :mod:`wiretrace.names`, data files in :mod:`wiretrace.lexicon`)."""
