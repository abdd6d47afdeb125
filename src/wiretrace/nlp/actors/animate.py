"""animate: whether a name NER typed is a person, checked against the sentence.

spaCy's small model types many names PERSON that are not people: an organization's
acronym ("The #PNH is instructed", the Haitian National Police), a plural group
("Hong Kongers are also among those relocating", "the Clintons").  A pronoun he/she may
then be given to them (animacy lets he/she stand only for a PERSON).  And it types some
people as works of art ("Vassily Nebenzia told the council").  Each rule below asks for
what a person has before leaving or giving the type PERSON: a title before a mention, a
subject that a verb of saying takes, a he/she that refers back to the name as the
subject of its clause (``people._person_context``)."""

from __future__ import annotations

from collections.abc import Iterator

from ... import names
from ...outlets import normalize, outlets
from ..context import Context
from . import gazetteer, kinds
from .mentions import Cluster, Mention, _known_actor
from .people import _person_context, _pronoun_back, _saying


def _saying_subject(span) -> bool:
    """The span is the subject of a verb of saying ("Nebenzia told the council")."""
    return span is not None and span.root.dep_ == "nsubj" and \
        span.root.head.lemma_.lower() in _saying()


def _says(ctx: Context, m: Mention) -> bool:
    """The name (tokens ``m.start:m.end``) is the subject of a verb of saying."""
    return _saying_subject(ctx.doc[m.start:m.end])


def _speaks(ctx: Context, start: int, end: int) -> bool:
    """The characters ``start:end`` name the subject of a verb of saying."""
    return _saying_subject(ctx.doc.char_span(start, end, alignment_mode="expand"))


def _person_evidence(ctx: Context, cluster: Cluster, titled, refers: bool = True) -> bool:
    """A title before a mention, a verb of saying after it, or (``refers``) a he/she that
    refers back to it; an acronym's he/she is no evidence (the #PNH ... he tweeted)."""
    return any(titled(ctx, m) or _says(ctx, m) or (refers and _person_context(ctx, m))
               for m in cluster.mentions)


def _acronym(ctx: Context, m: Mention) -> bool:
    """One word in capitals, two to five letters ("PNH", "UNHCR"), that the article
    does not also write in small letters ("OBAMA" in a heading) and the actor
    dictionaries do not know (people known by their initials: "FDR", "JFK")."""
    word = m.text
    return m.end - m.start == 1 and word.isalpha() and word.isupper() \
        and 2 <= len(word) <= 5 and not _known_actor(word) \
        and not any(t.lower_ == word.lower() and not t.is_upper for t in ctx.doc)


def _group(ctx: Context, m: Mention) -> bool:
    """A plural proper noun ends the name and the sentence treats it as many: "the"
    before it ("the Clintons") or a plural verb after it ("Hong Kongers are"); the
    tagger's plural alone also takes surnames ending in s ("Bernie Sanders")."""
    doc = ctx.doc
    last = doc[m.end - 1]
    if last.tag_ != "NNPS":
        return False
    root = doc[m.start:m.end].root
    return (m.start > 0 and doc[m.start - 1].lower_ == "the") or (
        root.dep_ == "nsubj" and root.head.tag_ == "VBP")


def _spoken_name(ctx: Context, m: Mention) -> bool:
    """Two or three capitalized words, letters only ("Vassily Nebenzia")."""
    words = m.text.split()
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and w[1:].islower() and w.replace("-", "").isalpha() for w in words)


def relabel(ctx: Context, cluster: Cluster, titled) -> str | None:
    """A new type for ``cluster`` from its sentences, or None to keep NER's; ``titled``
    tells whether a title stands before a mention."""
    if cluster.label == "PERSON":
        if all(_acronym(ctx, m) for m in cluster.mentions) \
                and not _person_evidence(ctx, cluster, titled, refers=False):
            return "ORG"
        if all(_group(ctx, m) for m in cluster.mentions) \
                and not _person_evidence(ctx, cluster, titled):
            return "NORP"
    if cluster.label == "WORK_OF_ART" and all(_spoken_name(ctx, m) for m in cluster.mentions) \
            and any(_says(ctx, m) for m in cluster.mentions):
        return "PERSON"
    if cluster.label in NAME_TYPED_OTHER and _named_as_person(ctx, cluster):
        return "PERSON"
    return None


# Types NER gives a person's full name in the dev stories ("Former Hewlett-Packard CEO
# Carly Fiorina" ORG, "Harlan Crow" GPE, "Salma Hayek" FAC, "Melania Knauss" PRODUCT).
NAME_TYPED_OTHER = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT"})


def _named_as_person(ctx: Context, cluster: Cluster) -> bool:
    """A name NER typed an organization, place or product is a person's where it is
    written as a person's name, a given name and a surname ("Carly Fiorina"; two or three
    capitalized words, no "the" before it: a personal name takes no article, CGEL ch. 5
    §20), the given name is one of a gender (``names.given_name_gender``), no place, news
    outlet (``outlets.yaml``) or organization head (``entity_kinds.yaml``) names it, and
    the he/she that refers back to it as the subject of its clause, or as the subject's
    close appositive (:func:`people._pronoun_back`), is of that gender ("Former
    Hewlett-Packard CEO Carly Fiorina named a Washington favorite as her guilty
    pleasure"): a he/she agrees with its antecedent in animacy and gender (CGEL ch. 17
    §2.2), as an organization's "it" would not.  Seen: PolNeAR dev13 politico 2015-12-09
    (Fiorina, ORG; her "she said" had gone to Chris Christie)."""
    mentions = cluster.mentions
    if not all(_spoken_name(ctx, m) for m in mentions) or any(
            m.start and ctx.doc[m.start - 1].lower_ == "the" for m in mentions):
        return False
    text = mentions[0].text
    gender = names.given_name_gender(text.split()[0])
    if gender is None or gazetteer.candidates(text) or normalize(text) in outlets().canonical \
            or text.split()[-1] in kinds.kinds().organization_heads:
        return False  # "Fox News reported that he ...", "Warren Buffett Foundation"
    return any(_pronoun_back(ctx, m, close=True) == gender for m in mentions)


# The sector of a private person in the news: CAMEO's civilians ("individuals"), as
# PETRARCH2 codes CIVILIAN and CITIZEN; the judged files' analysts give one (web dev AW6).
PRIVATE_PERSON = "CVL"
# sectors of people that name no country: a non-governmental organization's, and a
# party's told by a role with no party named ("the state party chairwoman"; round 40)
STATELESS = frozenset({"NGO", "PTY"})


def private_people(ctx: Context, found: list) -> list:
    """Event actors that name people in general or private people get their sector, CVL,
    once the event is coded (:func:`_bare_plural`; a person, below).

    Those that stand for a person the article gives a country but no role or
    office (no dictionary sector, no title or role noun read: "Australian-born Assange
    ... his lawyers") get the sector of a private person.  Only where the article treats
    the entity as a person (a he/she/his/her of it, or a mention the subject of a verb of
    saying), so that a place or thing NER typed PERSON and the dictionaries give a
    country stays as it is.  Given once the event is coded: whether an
    event is one between private parties (events.coder._private_words) is still read
    from what the text says of its actors, where such a person's sector is unknown."""
    out = []
    for a in found:
        entity = ctx.entity(a.entity_id) if a.code_basis == "entity" else None
        if entity is not None and entity.type == "PERSON" and a.country and not a.sector \
                and a.country == entity.country and not entity.sector \
                and any(names.pronoun_gender(m.text) or _speaks(ctx, m.start, m.end)
                        for m in entity.mentions):
            a = a.model_copy(update={"sector": PRIVATE_PERSON})
        elif entity is not None and entity.type == "NORP" and a.country and not a.sector \
                and _bare_plural(ctx, a.start, a.end):
            a = a.model_copy(update={"sector": PRIVATE_PERSON})
        out.append(a)
    return out


def _full_name(name: str) -> bool:
    """A given name and a surname at least, each capitalized ("Rhonda Hughes", "Glenn
    Beck"): how news introduces a person, not a thing NER typed PERSON ("the closure")."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def home_people(ctx: Context, found: list, main_country: str | None) -> list:
    """Event actors that name a person no dictionary, title or role codes ("Glenn Beck",
    "Rhonda Hughes") get the article's main country, with basis ``article``, where that is
    the outlet's own country (data/outlets.yaml): news qualifies a foreigner by
    nationality and a compatriot of its readers not ("a Turkish presidential adviser",
    but "Rhonda Hughes" in a New York Times story on Alabama's voters), as it does a
    place abroad (located._article_country).  No sector is
    guessed: such a person may be a host, a legislator or a private citizen.  An article
    about another country (a VOA story on Turkey) or from an outlet whose country is not
    known leaves them uncoded.  So does a person whose only code is a non-governmental
    organization's sector, NGO, which names no country ("Tom Fitton, the president of
    Judicial Watch", "Matt Duss, the president of the Foundation for Middle East Peace":
    the person is still someone's national, told as any compatriot is; round 39), or
    PTY, a role held in a party none is named with ("the state party chairwoman": a
    national party belongs to its country; round 40); not an IGO's people, of no state
    by CAMEO's convention."""
    if not main_country or not ctx.article.outlet:
        return found
    outlet = outlets().canonical.get(normalize(ctx.article.outlet))
    if outlet is None or outlets().countries.get(outlet) != main_country:
        return found
    out = []
    for a in found:
        entity = ctx.entity(a.entity_id) if a.entity_id else None
        uncoded = not (a.country or a.sector) and a.code_basis is None
        nongovernmental = not a.country and a.sector in STATELESS and a.code_basis == "entity"
        if entity is not None and entity.type == "PERSON" and (uncoded or nongovernmental) \
                and _full_name(entity.name) \
                and not _qualified_abroad(ctx, entity, main_country):
            a = a.model_copy(update={"country": main_country, "code_basis": "article"})
        elif entity is not None and _home_body(ctx, a, entity, main_country):
            a = a.model_copy(update={"country": main_country, "code_basis": "article"})
        out.append(a)
    return out


# the sectors a body's own name or description gives with no country (a foundation, a
# publisher, a company, a school): a body of some country, unlike an IGO
NAMED_KINDS = frozenset({"NGO", "MED", "BUS", "EDU"})


def _home_body(ctx: Context, a, entity, home: str) -> bool:
    """An organization no actor dictionary lists, whose sector its name or description
    gives but no country ("the Clinton Foundation" NGO, "the Tax Foundation" NGO, "Grand
    Central Publishing" MED), in an article on the outlet's own country: the body is told
    as a compatriot person is (:func:`home_people`), news names a foreign body by its
    nationality ("Germany's Konrad Adenauer Foundation").  A body the dictionaries list
    with no country keeps none (PETRARCH2's NGO, IGO, MNC: "Amnesty International" is no
    one state's, CAMEO's convention); so does one whose mentions name another country.
    Round 44 (issue 20): such bodies were coded with no country in three dev articles
    (dev13 nyt 2016-08-22 the Clinton Foundation, twice; dev6 nyt 2016-07-05 W.W.
    Norton; pdev nyt 2016-09-16 the Tax Foundation)."""
    if entity.type != "ORG" or a.country or a.sector not in NAMED_KINDS \
            or a.code_basis != "entity":
        return False
    from .codes import _dictionary_rows  # codes reads this module's neighbours
    return not _dictionary_rows(entity.name) and not _qualified_abroad(ctx, entity, home)


# the parts of a name's phrase that describe the person: an apposition ("Ilnur Cevik, an
# adviser to the Turkish president"), a title or modifier before it ("Turkish adviser
# Ilnur Cevik"); not a relative clause or participle, which tell what the person did
_DESCRIBING = {"appos", "compound", "amod", "nmod", "poss"}


def _qualified_abroad(ctx: Context, entity, home: str) -> bool:
    """A mention of the person whose own phrase names another country or its people
    ("an adviser to the Turkish president", "British politician Nigel Farage"): the
    nationality news gives a foreigner (home_people), which the code reader did not turn
    into a code (round 34 review: the outlet's country would be wrong)."""
    return any(country != home for country in _described_countries(ctx, entity))


def _described_countries(ctx: Context, entity) -> frozenset[str]:
    """The countries (alpha-3) that the phrases describing the person's mentions name,
    read once per person and article (``ctx.memo``; round 36: home_people asks for each
    event's actors).  Keyed by the id and the mentions' offsets: an entity list set again
    may give an id other mentions (the round-36 review: the id and the mention count let
    a stale read through)."""
    memo = ctx.memo.setdefault("described_countries", {})
    key = (entity.id, tuple((m.start, m.end) for m in entity.mentions))
    if key not in memo:
        memo[key] = frozenset(_countries_named(ctx, entity))
    return memo[key]


def _countries_named(ctx: Context, entity) -> Iterator[str]:
    """The countries of _described_countries, one per describing word that names one."""
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        heads = [root]
        if root.dep_ == "appos" or (root.dep_ == "compound" and root.head.i > root.i):
            heads.append(root.head)  # "the Turkish adviser, Ilnur Cevik"; "adviser Cevik"
        for head in heads:
            for child in head.children:
                if child.dep_ not in _DESCRIBING:
                    continue
                told = {t.i for c in child.subtree if c.dep_ == "relcl"
                        for t in c.subtree}  # what the person did, not who (round 39)
                for tok in child.subtree:
                    if tok.ent_type_ not in ("NORP", "GPE") or not tok.text[:1].isupper() \
                            or tok.i in told:
                        continue
                    country = gazetteer.country_of_demonym(tok.text) or \
                        gazetteer.country_of_name(tok.text)
                    if country is not None:
                        yield country.alpha3


def _bare_plural(ctx: Context, start: int, end: int) -> bool:
    """A plural demonym with no determiner ("hard-working Americans", "encouraged
    Americans to ..."): people in general or some of them, a bare plural's readings
    (Carlson 1977), as a counted one is ("Three Americans", generic.argument_code); "the
    Americans", "the visiting Ukrainians" may be a state's negotiators or officials."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNPS" and not any(
        c.dep_ in ("det", "poss", "predet") for c in span.root.children)
