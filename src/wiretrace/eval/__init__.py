"""Gold-data readers and scorers: how well wiretrace's Reports match hand annotation.

``wiretrace.eval.meantime``: :func:`~wiretrace.eval.meantime.evaluate` and
:func:`~wiretrace.eval.meantime.render` score against the MEANTIME corpus (docs/quality.md).
"""
