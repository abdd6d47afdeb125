"""events: the route of each coded event -- which dictionary or rule gave its type.

:func:`coding.coding_route` names the route of a trigger's own coding (``pattern``: a
PETRARCH2 verb + object pattern; ``cameo_verb`` / ``cameo_noun``: the CAMEO code of the
lemma alone; ``plover_verb`` / ``plover_noun``: the PLOVER lexicon of plover_verbs.yaml;
``override``, ``object``, ``preposition``, ``condemning``, ``noun_phrase``, ``noun_rule``,
``weapon_test``, ``particle``, ``campaign``, ``own_forces``, and the round rules
``criticism``, ``pressure``, ``requests``, ``evaluations``, ``speech_content``).  The
coder's later passes (light verbs, force, predicates, accusations ...) may recode a
trigger: :class:`Tracer` runs each pass and gives a trigger the pass's name when the
pass changed its coding, so an event's route is the last rule that set its type
(docs/events.md "Routes")."""

from __future__ import annotations

from collections.abc import Callable


class Tracer:
    """The routes of a coder's triggers (token index -> route), kept as its passes run."""

    def __init__(self, coding: dict, routes: dict[int, str]):
        self.coding = coding
        self.routes = routes

    def step(self, name: str, rule: Callable, *args):
        """Run one pass (``rule(*args)``) and give its name to each trigger it recoded;
        the pass's own result is returned."""
        before = dict(self.coding)
        out = rule(*args)
        if before == self.coding:  # most passes recode nothing (compared in C, same objects)
            return out
        for i, found in self.coding.items():
            if before.get(i) != found:
                self.routes[i] = name
        return out

    def __getitem__(self, i: int) -> str | None:
        return self.routes.get(i)
