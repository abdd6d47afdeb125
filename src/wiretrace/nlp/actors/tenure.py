"""A role on the article's date: the words that say a role is not held now ("former",
"nominee", "then") and what a former state office makes its holder (docs/actors.md)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from ...lexicon import load_yaml
from . import gazetteer
from .agents import _chunks  # "SDNGOVMIL" -> SDN, GOV, MIL

# A role written with one of these is not held on the article's date.
NOT_NOW = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "designate",
                     "elect", "nominee", "candidate", "would-be", "retired"})


# Words that put a role in the past: its holder has left it.
FORMER = frozenset({"former", "ex", "retired"})
# Sectors of a state's office holders.
STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL"})


def former(sectors: list[str], words: list[Token]) -> list[str]:
    """The sectors of a role not held on the article's date: a former holder of a state's
    office is an elite, ELI (CAMEO manual 1.1b3, ch. 3: ELI, "former government
    officials"; PETRARCH2 codes "former president", "former prime minister" and "retired"
    ELI): "former DP Rigathi Gachagua", "former French ambassador", "a former State
    Department official".  A role still to come or of another time ("nominee", "then")
    gives none."""
    if any(t.lower_ in FORMER for t in words) and set(sectors) & STATE_ROLES:
        return ["ELI"]
    return []


def on_date(rows: list[tuple[str, str, str]], when: str | None) -> tuple[str, bool]:
    """The code of dictionary rows (code, since, until) that holds on the article's date,
    the most recently begun if several do (an undated code holds always, and is used when
    no dated one does), and whether a dated row held."""
    day = (when or "")[:10]
    holding = sorted((r for r in rows if (r[1] or r[2]) and day and (not r[1] or r[1] <= day)
                      and (not r[2] or day <= r[2])), key=lambda r: r[1], reverse=True)
    return (holding or [r for r in rows if not (r[1] or r[2])] or rows)[0][0], bool(holding)


def stale(rows: list[tuple[str, str, str]], when: str | None) -> bool:
    """A person's dictionary code that is no fact about the article's date: no dated row
    holds on it, and the code used is PETRARCH2's undated default ELI (it codes a person
    ELI outside the dated offices it lists) or a dated row of another time.  Its dates
    stop where it was compiled (about 2014): "ashraf ghani" AFGELI, with a minister's
    dates of 2002-2004, in a 2021 story on "Afghan President Ashraf Ghani"; "tsai ing-wen"
    TWNGOV 2006-2008 in a 2024 story on "former President Tsai Ing-wen".  A title the text
    gives the person then says more."""
    if not rows:
        return False
    code, held = on_date(rows, when)
    undated = [r[0] for r in rows if not (r[1] or r[2])]
    return not held and (code[3:6] == "ELI" or not undated)


def ended(rows: list[tuple[str, str, str]], when: str | None) -> bool:
    """A person whose every state office the dictionaries list has ended by the article's
    date: no row holds on it, none is undated, and one of a state office (GOV, LEG, JUD,
    MIL) ended before it ("omar al-bashir" SDNGOV until 2019-04-11 in a story of December
    2019).  CAMEO codes such a person ELI (manual 1.1b3, ch. 3: "former government
    officials"), as PETRARCH2 codes people ELI outside the dated offices it lists; a role
    the text gives says more and is read first."""
    day = (when or "")[:10]
    if not rows or not day or on_date(rows, day)[1] or any(not (r[1] or r[2]) for r in rows):
        return False
    return _state_office_over(rows, day)


def _state_office_over(rows: list[tuple[str, str, str]], day: str) -> bool:
    """One of ``rows`` is a state office (GOV, LEG, JUD, MIL) that ended before ``day``."""
    return any(r[2] and r[2] < day and set(_chunks(r[0][3:])) & STATE_ROLES for r in rows)


def title_ended(titled: list[list[tuple[str, str, str]]], when: str | None) -> bool:
    """A title the text writes before a person's name that the dictionaries list with that
    name, and whose state office they date as ended before the article's date: "President
    Bush" in 2016 (PETRARCH2 "president bush", "president george w. bush" USAGOV to
    2009-01-20, undated USAELI), as news names a past term by its holder's title ("under
    President Clinton's budget").  The dictionary that lists the titled name dates the
    term, so the title is no office held on that date and the dictionary's ELI stands
    (CAMEO 1.1b3, ch. 3: former government officials are ELI).  A titled name the
    dictionaries lack ("President Ashraf Ghani") leaves the title to say the office
    (``stale``).  ``titled``: the rows of each titled form of the person's mentions."""
    day = (when or "")[:10]
    return bool(day) and any(
        _state_office_over(rows, day) and not on_date(rows, day)[1] for rows in titled
    )


@lru_cache(maxsize=1)
def careers() -> frozenset[str]:
    """The names and aliases (lowercased) the project's supplement (actors_wiretrace.yaml)
    gives a dated row: chiefly the US candidates of 2016-2024, each with every office held
    as known in October 2025, so an office the file has end did end, and none it lacks was
    held between (PETRARCH2's dates stop about 2014 and list some offices only); also the
    file's other dated people (the Haftars, Saif al-Islam Gaddafi, King Idris), whose
    earlier offices it does not list, and dated bodies (the Taliban), which
    ``past_office`` never reads (a person's titles only)."""
    from .dictionaries import read_shipped  # dictionaries imports gazetteer, not this

    return frozenset(name for name, rows in read_shipped().items()
                     if any(r[1] or r[2] for r in rows))


def past_office(name: str, rows: list[tuple[str, str, str]], sectors: list[str],
                when: str | None) -> bool:
    """A state office (GOV, LEG, JUD, MIL) the text gives a person whom the project's
    supplement dates office by office (``careers``) and holds none on the article's date,
    one of them having ended before it: "Secretary Clinton" or "a candidate for president
    - Mrs. Clinton" in 2016 (secretary of state to 2013-02-01), "Gov. Jeb Bush" in 2016.
    News names a past term by its holder's title, and the file lists every office, so the
    title is no office held on that date: the dictionary's ELI, or ELI for an office over
    (``ended``), stands (CAMEO 1.1b3, ch. 3: former government officials are ELI).  A
    candidacy's PTY, or any role not of the state, is no past office and stays."""
    key = " ".join(name.lower().replace("\u2019", "'").split())
    return bool(set(sectors) & STATE_ROLES) and key in careers() and title_ended([rows], when)


def to_come(rows: list[tuple[str, str, str]], when: str | None) -> bool:
    """A person whose every office the dictionaries list begins after the article's date:
    no row holds on it, none is undated, and each has a start later than the date ("donald
    trump" USAGOV from 2017-01-20 in a story of May 2016, when he was a candidate).  The
    office is no fact about that date: the country stays, the sector is not given unless
    the text gives a role (issue 20: "a candidate is coded GOV before taking office")."""
    day = (when or "")[:10]
    return bool(rows) and bool(day) and all(r[1] and day < r[1] for r in rows)


def candidacy(words: list[Token]) -> bool:
    """A role that is a party's candidacy, held on the article's date: "Republican
    presidential candidate", "presumptive Democratic nominee", "GOP frontrunner" (PETRARCH2:
    PRESIDENTIAL_CANDIDATE PTY; a party's candidate runs for it, as DEMOCRATIC_PARTY is
    PTY): a candidacy noun with a party's or an election's word among its modifiers
    (``generic_actors.yaml: candidacy``)."""
    from ..events.verb_patterns import object_forms  # the hyphenated word a token ends

    table = load_yaml("generic_actors.yaml").get("candidacy") or {}
    head = words[-1]
    # "front-runner" reaches here as its last part, 'runner': the noun is read on its
    # parts joined, as the tokenizer splits a hyphenated word
    if not set(object_forms(head)) & set(table.get("nouns", ())):
        return False
    return any(t.lower_ in table.get("modifiers", ()) for t in [*head.children, *words])


def candidacy_sectors(sectors: list[str]) -> list[str]:
    """The sectors of a party's candidacy: PTY (PETRARCH2 PRESIDENTIAL_CANDIDATE), not the
    office sought, which no candidate holds: "Democratic presidential nominee Hillary
    Clinton" was GOV from "presidential"; a party's or another sector the words give
    stays (round 29)."""
    return [s for s in sectors if s not in STATE_ROLES] or ["PTY"]


def campaign_staff(words: list[Token]) -> Token | None:
    """A role held in a candidate's campaign: "Mr. Trump's campaign chairman", "Clinton
    campaign communications director", "the campaign's new political director", "His
    campaign manager" (``generic_actors.yaml: campaign_staff``).  The campaign's people
    work for a party's candidacy: PTY, as PETRARCH2 codes PRESIDENTIAL_CANDIDATE and
    PARTY_MEMBER PTY (round 33).  A campaign of another kind ("military campaign",
    "vaccination campaign") is none: "campaign" may carry only a person's name or
    possessive, a pronoun or an election's word; nor is an organization's or a state's
    ("campaign director at Greenpeace", "the Saudi campaign chief").  A role not held now
    ("Mr. Trump's former campaign manager") is none: the text does not say what its holder
    is now.  Returns the "campaign" token."""
    table = load_yaml("generic_actors.yaml").get("campaign_staff") or {}
    head = words[-1]
    if any(t.lower_ in NOT_NOW for t in [*words, *head.children]):
        return None
    if head.lower_ not in table.get("roles", ()) and head.lemma_.lower() not in table.get(
            "roles", ()):
        return None
    allowed = set(table.get("modifiers", ()))
    if any(c.dep_ == "prep" and c.lower_ in table.get("owner_prepositions", ()) and any(
            o.ent_type_ == "ORG" for o in c.children if o.dep_ == "pobj")
           for c in head.children):
        return None  # "campaign director at Greenpeace": an organization's campaign
    if any(c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
           and c.lower_ not in allowed for c in head.children):
        return None  # "the Saudi campaign chief": a state's or a group's campaign
    near = [*words, *(c for w in words for c in w.children if c.dep_ in ("compound", "poss"))]
    # "chairman of the Trump campaign": the campaign in the role's of-complement
    of = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
          for o in c.children if o.dep_ == "pobj"]
    for t in [*near, *of]:
        if t.lemma_.lower() not in table.get("nouns", ()) or t.i > head.i and t not in of:
            continue
        # its own modifiers, and the role's nouns before it ("vaccination campaign
        # director", parsed flat; "his newly installed campaign chief" keeps its
        # adjectives): a person's name or possessive, or an election's word only (not
        # "Amnesty International's campaign director", "the union's campaign manager")
        before = [c for c in t.children if c.i < t.i and c.dep_ != "prep"]
        if t not in of:
            before += [w for w in words if w.i < t.i and w.pos_ in ("NOUN", "PROPN")]
            before += [c for c in head.children if c.dep_ == "poss"]
        if all(c.dep_ in ("det", "case", "punct") or c.ent_type_ in ("PERSON", "NORP")
               or c.tag_ == "PRP$" or c.i == t.i or c.lower_ in allowed
               or t in of and _candidate_name(c) for c in before):
            return t
    return None


def candidate_staff_noun(token: Token) -> bool:
    """A noun for a candidate's staff: the aide nouns (``agents.aide_noun``), and
    ``generic_actors.yaml: candidate_staff`` ("operatives", "strategist", "communications
    director", "chief of staff"), read only with a candidate for owner (round 45)."""
    from .agents import aide_noun

    table = load_yaml("generic_actors.yaml").get("candidate_staff") or {}
    lemma = token.lemma_.lower()
    if aide_noun(token) or lemma in table.get("nouns", ()) \
            or token.lower_.removesuffix("s") in table.get("nouns", ()):
        return True
    if lemma == "director":
        return any(c.dep_ == "compound" and c.lower_ in table.get("directors", ())
                   for c in token.lefts)
    return lemma == "chief" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "staff" for o in c.children)
        for c in token.rights)


def article_candidate(doc, surname: str) -> bool:
    """Whether the article calls the person named by ``surname`` a candidate in its own
    words: a candidacy noun (``generic_actors.yaml: candidacy``) as the name's title,
    appositive or predicate ("Democratic nominee Hillary Clinton", "Clinton, the
    Democratic presidential candidate", "Mrs. Clinton is the nominee"), "running for"
    with the name as subject, or a campaign the name possesses or modifies ("Clinton's
    campaign", "the Clinton campaign").  A candidacy said to be over ("former
    candidate") is none."""
    nouns = set((load_yaml("generic_actors.yaml").get("candidacy") or {}).get("nouns", ()))
    key = surname.lower().replace("\u2019", "'").removesuffix("'s")

    def running(t: Token) -> bool:
        return t.lemma_.lower() in nouns and not any(c.lower_ in NOT_NOW for c in t.children)

    for t in doc:
        if t.lower_ != key or t.pos_ != "PROPN":
            continue
        head = t.head
        if head.lemma_.lower() == "campaign" and t.dep_ in ("poss", "compound") \
                and not any(c.lower_ in NOT_NOW for c in head.children):
            return True
        if any(c.dep_ in ("compound", "appos", "amod", "nmod") and running(c)
               for c in t.children):
            return True
        if t.dep_ == "appos" and running(head):
            return True
        if t.dep_ == "nsubj" and head.lemma_ == "be" and any(
                c.dep_ == "attr" and running(c) for c in head.children):
            return True
        if t.dep_ == "nsubj" and head.lemma_ == "run" and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
            return True
    return False


def _candidate_name(token: Token) -> bool:
    """A name NER typed ORG in "the Trump campaign" that the actor dictionaries list as a
    state's person ("Trump" USA), not as a group ("the Greenpeace campaign": NGO)."""
    from .codes import _dictionary_rows  # codes imports this module

    rows = _dictionary_rows(token.text, person=True) if token.pos_ == "PROPN" else []
    return bool(rows) and all(gazetteer.country_of_code(code[:3]) for code, _, _ in rows)


def person_named_at(token: Token | None) -> Span | None:
    """The PERSON name (an entity of the parse) that holds ``token``, if any."""
    if token is None:
        return None
    return next((e for e in token.doc.ents if e.label_ == "PERSON"
                 and e.start <= token.i < e.end), None)


def candidate_country(campaign: Token | None, when: str | None) -> str | None:
    """The country of the candidate named on a campaign ("Mr. Trump's campaign", "Clinton
    campaign"), from the dictionaries on the article's date; None without a campaign."""
    from .codes import _dictionary_sectors  # codes imports this module

    near = [*campaign.children, *campaign.head.children] if campaign is not None else []
    for c in near:  # "Mr. Trump's campaign manager": the possessive hangs on either
        person = person_named_at(c) if c.dep_ in ("poss", "compound") else None
        if person is not None:
            name = " ".join(t.text for t in person if t.dep_ != "case")  # "Trump's"
            return _dictionary_sectors(name, when, person=True)[0]
    return None


def party_staff(head: Token) -> bool:
    """A role held in a party, told by "party" as the role noun's compound, possessive or
    of-complement ("the party chairman", "the state party chairwoman", "party officials",
    "the party's leaders", "chairman of the state party"; ``generic_actors.yaml:
    party_staff``): PTY, as PETRARCH2 codes PARTY_LEADER, PARTY_MEMBER and
    PARTY_PRESIDENT PTY (round 40).  A party NER names ("Democratic Party leaders") is an
    organization of the article and gives its own code; "third-party" is no party's."""
    table = _party_table()
    if head.pos_ not in ("NOUN", "PROPN") or not (
            head.lower_ in table["roles"] or head.lemma_.lower() in table["roles"]
            or head.lower_.removesuffix("s") in table["roles"]):
        return False
    near = [c for c in head.children if c.dep_ in ("compound", "poss")]
    near += [c for t in near for c in t.children if c.dep_ in ("compound", "poss")]
    near += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj"]
    return any(t.lemma_.lower() in table["nouns"] and not t.ent_type_ for t in near)


@lru_cache(maxsize=1)
def _party_table() -> dict[str, frozenset[str]]:
    table = load_yaml("generic_actors.yaml").get("party_staff") or {}
    return {"nouns": frozenset(table.get("nouns", ())),
            "roles": frozenset(table.get("roles", ()))}
