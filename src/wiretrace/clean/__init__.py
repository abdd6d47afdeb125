"""clean: marks the stretches of an article that are not body (captions, photo credits,
bylines, datelines, contributors lines, boilerplate, duplicated paragraphs) in
``article.removed``; nothing is cut (:mod:`.cleaner`).  It also reads bylines,
contributors and, when the metadata has none, the publication date from those lines
(:mod:`.bylines`), and who the copy is credited to.  Patterns and wire agencies
(:mod:`.tables`): ``data/clean.yaml``, ``data/wires.yaml``.  No spaCy: the store and the
readers import it."""

from .bylines import date_line
from .cleaner import NAME, clean, find, prepare
from .tables import wire_name

__all__ = ["NAME", "clean", "date_line", "find", "prepare", "wire_name"]
