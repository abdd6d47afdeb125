"""Round 39 (h-people39), one person one actor (issue 20): a full first reference typed
ORG whose first word is a given name of one sex is a person's even where the actor
dictionaries give the name a sector (``people.full_names_typed_org``).  Invented
sentences; the names are the dictionaries' (PETRARCH2 lists "Carly Fiorina" USA PTY and
"Goldman Sachs" a company), the mentions are built by hand with the types under test."""

from __future__ import annotations

from wiretrace.nlp.actors.codes import _dictionary_code


def test_a_dictionary_person_typed_org_is_the_person_a_title_names_later(typed_org):
    assert _dictionary_code("Carly Fiorina", None)[1]  # the dictionaries give a sector
    text = ("Debate\n\nOther candidates, Carly Fiorina among them, attacked the plan. "
            "Mrs. Fiorina said she doubted voters would care.")
    assert typed_org(text, "Carly Fiorina", "Fiorina")


def test_a_dictionary_company_typed_org_stays_a_company(typed_org):
    # guard: "Goldman" is no given name, so the dictionaries' sector still rules
    assert _dictionary_code("Goldman Sachs", None)[1]
    text = ("Banks\n\nGoldman Sachs raised its forecast on Monday. Mr. Sachs, a trader "
            "there, said the bank was cautious.")
    assert not typed_org(text, "Goldman Sachs", "Sachs")
