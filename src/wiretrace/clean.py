"""clean: placeholder until the cleaner lands."""

from __future__ import annotations

NAME = "clean.v0"


def clean(article):
    return article
