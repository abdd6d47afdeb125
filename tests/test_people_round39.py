"""Round 39 (h-people39), one person one actor (issue 20): a full first reference typed
ORG whose first word is a given name of one sex is a person's even where the actor
dictionaries give the name a sector (``people.full_names_typed_org``).  Invented
sentences; the names are the dictionaries' (PETRARCH2 lists "Carly Fiorina" USA PTY and
"Goldman Sachs" a company), the mentions are built by hand with the types under test."""

from __future__ import annotations

from wiretrace import clean, names
from wiretrace.nlp.actors import people
from wiretrace.nlp.actors.codes import _dictionary_code
from wiretrace.nlp.actors.mentions import Cluster, Mention
from wiretrace.nlp.context import Context, masked_text
from wiretrace.read.text import from_text


def _typed_org(nlp, text: str, org: str, surname: str) -> bool:
    article = clean.clean(from_text(text))
    ctx = Context(article=article, doc=nlp(masked_text(article)))

    def cluster(name: str, typed: str, skip: int = -1) -> Cluster:
        found, at = [], text.find(name)
        while at >= 0:
            span = ctx.doc.char_span(at, at + len(name))
            if span is not None and span.end - 1 != skip:
                found.append(Mention(span.start, span.end, span.start_char, span.end_char,
                                     name, typed,
                                     names.name_key(name, person=typed == "PERSON")))
            at = text.find(name, at + 1)
        return Cluster(found, label=typed)

    full = cluster(org, "ORG")
    short = cluster(surname, "PERSON", skip=full.mentions[0].end - 1)
    return people.full_names_typed_org(ctx, [full, short]) == [full]


def test_a_dictionary_person_typed_org_is_the_person_a_title_names_later(nlp):
    assert _dictionary_code("Carly Fiorina", None)[1]  # the dictionaries give a sector
    text = ("Debate\n\nOther candidates, Carly Fiorina among them, attacked the plan. "
            "Mrs. Fiorina said she doubted voters would care.")
    assert _typed_org(nlp, text, "Carly Fiorina", "Fiorina")


def test_a_dictionary_company_typed_org_stays_a_company(nlp):
    # guard: "Goldman" is no given name, so the dictionaries' sector still rules
    assert _dictionary_code("Goldman Sachs", None)[1]
    text = ("Banks\n\nGoldman Sachs raised its forecast on Monday. Mr. Sachs, a trader "
            "there, said the bank was cautious.")
    assert not _typed_org(nlp, text, "Goldman Sachs", "Sachs")
