"""The Report's versions: what each minor version added, and reading a stored or sent
report of any version of this major one (docs/format.md, "Compatibility").

    report = Report.read(text_or_bytes_or_dict)

- a report of an **older minor** version (1.0.0 ... this one) is brought up to this one
  by :func:`upgrade`: each later version's fields get what can be derived from the fields
  the report already has, with the same functions the pipeline uses (days of a time's
  value, PLOVER's quad, score and context of a coded event, an entity's sectors from its
  sector); a field that needs the text analysed again (places, credits, figures, a
  recipient) keeps its default (null or empty), as the version that wrote the report
  never found it;
- a report of a **later minor** version loads with the fields this version does not know
  ignored;
- a report of **another major** version is refused (:class:`~wiretrace.errors.InputError`).

The Report read holds exactly this version's fields, so its ``schema_version`` is this
version's; ``producers["converted_from"]`` keeps the version it was written in.  Writing
is unchanged: the model refuses a field it does not know (``extra="forbid"``), so what
wiretrace writes has exactly the fields of its version.

Nothing here loads spaCy: the derivations are look-ups in the packaged data files.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .errors import InputError
from .model import SCHEMA_VERSION

if TYPE_CHECKING:
    from .model import Report

_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")

Data = dict[str, Any]


def _sectors(report: Data) -> None:
    """1.2.0: ``entities[].sectors`` (every sector, the main one first): the entity's
    ``sector`` where it has one."""
    for entity in report.get("entities") or []:
        if "sectors" not in entity and entity.get("sector"):
            entity["sectors"] = [entity["sector"]]


def _days(report: Data) -> None:
    """1.3.0: ``first``/``last`` of ``times[]`` and ``events[].time``, the days the TIMEX3
    value covers, the publication date placing PRESENT_REF and its kin (as
    :func:`wiretrace.pipeline._days`)."""
    from .timex import value_range

    published = (report.get("article") or {}).get("published")

    def fill(record: Data) -> None:
        if "first" in record or "last" in record:
            return
        days = value_range(record.get("value"), published)
        if days is not None:
            record["first"], record["last"] = days.first, days.last

    for time in report.get("times") or []:
        fill(time)
    for event in report.get("events") or []:
        if isinstance(event.get("time"), dict):
            fill(event["time"])


def _plover(report: Data) -> None:
    """1.6.0: ``context``, ``quad`` and ``score`` of each coded event, from its type, mode
    and CAMEO code (:func:`wiretrace.plover.fields`, the pipeline's look-up)."""
    from .plover import fields

    for event in report.get("events") or []:
        if event.get("type") and not {"context", "quad", "score"} & set(event):
            event.update(fields(event["type"], event.get("mode"), event.get("cameo")))


def _argument_codes(report: Data) -> None:
    """1.7.0: ``events[].actors[].country``, ``sector``, ``code_basis``: a named argument
    carries its entity's code (basis ``entity``), as the pipeline gives it; a generic
    actor's code ("police", "Pakistani officials") needs the text analysed again and stays
    null, as the version that wrote the report never found it."""
    entities = {e.get("id"): e for e in report.get("entities") or []}
    for event in report.get("events") or []:
        for actor in event.get("actors") or []:
            entity = entities.get(actor.get("entity_id"))
            if entity is None or {"country", "sector", "code_basis"} & set(actor):
                continue
            country, sector = entity.get("country"), entity.get("sector")
            if country or sector:
                actor.update(country=country, sector=sector, code_basis="entity")


# minor version -> (what it added, how an older report gets it; None: the defaults)
CHANGES: dict[int, tuple[str, Callable[[Data], None] | None]] = {
    0: ("the first Report: article, entities, times, sources, quotes, events, producers",
        None),
    1: ("quotes[].medium; sources[].stances and doubted (defaults: null, [], false)", None),
    2: ("entities[].place (null), entities[].sectors ([sector]); events[].recipient "
        "(null)", _sectors),
    3: ("times[] and events[].time: first, last (the days of the value)", _days),
    4: ("article.credits ([])", None),
    5: ("events[].magnitude (null)", None),
    6: ("events[].context, quad, score (from type, mode and cameo)", _plover),
    7: ("events[].factuality.assertion (asserted: an older report never marked an event as "
        "claimed, doubted, conditional, a purpose, intended or a question); "
        "events[].actors[].country, sector, code_basis (a named argument's from its entity)",
        _argument_codes),
    8: ("events[].route (null: an older report does not say which rule coded an event)",
        None),
    9: ("times[].anchored (null: an older report wrote \"two years ago\" as the DATE it "
        "refers to, not as an anchored duration)", None),
}
MAJOR, MINOR = (int(n) for n in SCHEMA_VERSION.split(".")[:2])  # a test: CHANGES reaches MINOR


def parse(version: object) -> tuple[int, int, int]:
    """``"1.6.0"`` -> ``(1, 6, 0)``; :class:`InputError` for anything else."""
    m = _VERSION.match(version) if isinstance(version, str) else None
    if m is None:
        raise InputError(f"schema_version {version!r} is not a semantic version "
                         "(MAJOR.MINOR.PATCH)")
    return int(m[1]), int(m[2]), int(m[3])


def upgrade(data: Data) -> Data:
    """A copy of the JSON-like report ``data`` brought to this version's fields: the
    steps of every minor version after the one it was written in (:data:`CHANGES`).
    ``schema_version`` becomes this version's and ``producers["converted_from"]`` names
    the one it was written in.  A report of this version is ``data`` itself, unchanged;
    ``data`` is never changed.  A missing ``schema_version`` means this version (the
    model's default)."""
    written = data.get("schema_version", SCHEMA_VERSION)
    major, minor, _ = parse(written)
    if major != MAJOR:
        raise InputError(f"a report of schema {written}: this wiretrace reads {MAJOR}.x "
                         f"reports (it writes {SCHEMA_VERSION}; docs/format.md, "
                         "Compatibility)")
    if written == SCHEMA_VERSION:
        return data
    data = copy.deepcopy(data)
    for step in range(minor + 1, MINOR + 1):
        convert = CHANGES[step][1]
        if convert is not None:
            convert(data)
    data["schema_version"] = SCHEMA_VERSION
    producers = data.get("producers")
    data["producers"] = {**(producers if isinstance(producers, dict) else {}),
                         "converted_from": written}
    return data


def read_report(data: str | bytes | bytearray | Data) -> Report:
    """A Report from its JSON (text, bytes, or the parsed dict) of any version of this
    major one: older minor versions up-converted (:func:`upgrade`), the fields of a later
    one ignored.  Raises :class:`InputError` for another major version or JSON that is
    not a report (the message says which field)."""
    import pydantic

    from .model import Report

    if isinstance(data, (str, bytes, bytearray)):
        try:  # this version's report, the common case: pydantic's own JSON parser
            report = Report.model_validate_json(data, extra="ignore")
        except pydantic.ValidationError:
            pass  # another version's, or not a report: said below
        else:
            if report.schema_version == SCHEMA_VERSION:
                return report
        try:
            data = json.loads(data)
        except ValueError as exc:
            raise InputError(f"not a JSON report: {exc}") from exc
    if not isinstance(data, dict):
        raise InputError(f"a report is a JSON object, not {type(data).__name__}")
    try:
        return Report.model_validate(upgrade(data), extra="ignore")
    except pydantic.ValidationError as exc:
        raise InputError(f"not a valid report: {exc}") from exc
