"""factuality: polarity, certainty and tense of an event trigger (work in progress)."""

from __future__ import annotations

from ..model import Factuality

NAME = "factuality.v0"


def assess(ctx, trigger) -> Factuality:  # noqa: ARG001
    return Factuality()
