"""entities: named mentions (spaCy NER) -> the actors, places and things of one article,
each with all its mentions: repeats, short forms ("the Free Beacon"), surnames and
transliterations ("Qaddafi" / "Gaddafi") are merged; a surname two people share is
assigned by local context or kept as an ambiguous entity listing its candidates."""

from __future__ import annotations

from collections import Counter

from ... import cache, names
from ...model import Entity
from ...outlets import outlets
from ..context import Context
from . import animate, gazetteer, kinds, places
from .agents import _agents, _closed
from .codes import (
    _code,
    _describing_nouns,
    _dictionary_code,
    _folded_people,
    _international,
)
from .coordinated import _given_and_surnames
from .dictionaries import _name_words
from .kinship import _kin_roles
from .mentions import ACRONYM_SKIP, KIND, Cluster, Mention, _imperative, mentions
from .people import (
    _choose,
    _dictionary_titles,
    _Facts,
    _family_use,
    _person_mentions,
    _saying,
    _shortens,
    by_title_gender,
    full_names_typed_org,
    join_hypocorisms,
    join_initials,
)
from .predicates import common_words, verb_lemmas
from .tenure import _party_table, careers

NAME = "entities.v1"
# -------------------------------------------------------------------------- merging


def _country(mention: Mention) -> str | None:
    if mention.label == "NORP":
        found = gazetteer.country_of_demonym(mention.text)
    elif mention.label in ("GPE", "LOC"):
        found = gazetteer.country_of_name(mention.text)
    else:
        found = None
    return found.alpha3 if found else None


def _group(found: list[Mention]) -> list[Cluster]:
    """Exact merges: equal name keys of one kind; countries and demonyms by country
    ("US", "the United States" -> USA; "Israeli", "Israelis" -> ISR)."""
    clusters: dict[tuple, Cluster] = {}
    for m in found:
        country = _country(m)
        kind = KIND.get(m.label, m.label)
        if country:
            group = (kind, "country", country)
        elif kind == "actor":
            group = (kind, _person_group(clusters, m))
        else:
            group = (kind, m.key)
        cluster = clusters.setdefault(group, Cluster([], country=country))
        cluster.mentions.append(m)
    for cluster in clusters.values():
        cluster.label = _majority(cluster)
    return list(clusters.values())


def _retype(ctx: Context, clusters: list[Cluster]) -> list[Cluster]:
    """Second thoughts on a name spaCy typed PERSON (or ORG), from what the article says of it
    (word lists in ``data/entity_kinds.yaml``): an organization where the article
    describes it as one ("Ryanair, the Irish airline", "German magazine Der Spiegel"),
    gives it what only organizations have ("Ryanair CEO", "Ryanair's shareholders") or
    names it with an organization's last word ("Douglas Aircraft"); a place where a
    one-word name spaCy typed PERSON or ORG is qualified by its country or state
    ("flown to Toulouse, France"; not an organization the actor dictionaries give a
    sector, not a list such as "Airbus, France and Germany").  Never where a title
    stands before a mention ("Mr. Ford")."""
    org_keys = {c.key for c in clusters if c.label == "ORG"}
    for cluster in clusters:
        name = cluster.mentions[0].text
        if cluster.label == "WORK_OF_ART" and (
                label := animate.relabel(ctx, cluster, _title_at)) is not None:
            _set_label(cluster, label)  # "Vassily Nebenzia told the council"
            continue
        if cluster.label in animate.NAME_TYPED_OTHER and (
                animate.relabel(ctx, cluster, _title_at)) == "PERSON":
            _set_label(cluster, "PERSON")  # "CEO Carly Fiorina named ... her guilty pleasure"
            continue
        if cluster.label == "GPE" and not cluster.country and name.lower() != name.upper() \
                and name.upper() != name and len(cluster.key) == 1 \
                and not gazetteer.candidates(name) and cluster.key in org_keys:
            # a one-word name, no place of that name, typed ORG elsewhere in the article:
            # the organization ("Iberdrola announced" ORG, "energy giant Iberdrola" GPE);
            # not an abbreviation ("C.A.R.")
            _set_label(cluster, "ORG")
            continue
        if cluster.label not in ("PERSON", "ORG") or any(
                _title_at(ctx, m) for m in cluster.mentions):
            continue
        place = next((found for m in cluster.mentions
                      for found in [_place_noun(ctx, m)] if found), None) \
            if cluster.label == "PERSON" else None
        if place is not None:
            label = place  # "Ghazni province", "the Kurecik radar base"
        elif cluster.label == "PERSON" and (
                found := animate.relabel(ctx, cluster, _title_at)) is not None:
            label = found  # "The #PNH is instructed", "Hong Kongers are"
        elif cluster.label == "PERSON" and any(
                _organization_evidence(ctx, m) for m in cluster.mentions):
            label = "ORG"
        elif (all(m.end - m.start == 1 for m in cluster.mentions)
              and any(_qualified_place(ctx, m) for m in cluster.mentions)
              and not (cluster.label == "ORG"
                       and _dictionary_code(cluster.mentions[0].text, None)[1])):
            label = "GPE"
        else:
            continue
        _set_label(cluster, label)
    return _same_organizations(clusters)


def _set_label(cluster: Cluster, label: str) -> None:
    """Give ``cluster`` and each of its mentions the type ``label``."""
    cluster.label = label
    for m in cluster.mentions:
        m.label = label


def _same_organizations(clusters: list[Cluster]) -> list[Cluster]:
    """Organizations of one name (two clusters after a retyping) as one."""
    first: dict[names.Key, Cluster] = {}
    out = []
    for cluster in clusters:
        if cluster.label == "ORG" and cluster.key in first:
            first[cluster.key].mentions.extend(cluster.mentions)
            continue
        if cluster.label == "ORG":
            first[cluster.key] = cluster
        out.append(cluster)
    return out


def _place_noun(ctx: Context, m: Mention) -> str | None:
    """FAC or GPE where a name modifies a place noun as a compound ("Ghazni province",
    "the Kurecik radar base": ``entity_kinds.yaml: place_nouns``)."""
    root = ctx.doc[m.start:m.end].root
    if root.dep_ == "conj" and root.head.dep_ in ("compound", "nmod"):
        root = root.head  # "Dadaab and Kakuma camps"
    head = root.head
    table = kinds.kinds()
    camp = head.lower_ in table.camp_nouns
    deps = ("compound", "nmod", "amod") if camp else ("compound",)  # parses of "X camps" vary
    if root.dep_ not in deps or head.i < m.end \
            or head.pos_ != "NOUN":
        return None
    if camp:  # "the Kakuma refugee camp", not "the Biden camp"
        said = [t for t in head.lefts if t.lower_ in table.camp_kinds]
        return "FAC" if said or any(c.lower_ in table.camp_kinds for c in root.children) \
            or _camp_named(ctx, m.text) else None
    return table.place_nouns.get(head.lower_)


def _camp_named(ctx: Context, name: str) -> bool:
    """The article calls the name a refugee (detention, military ...) camp elsewhere."""
    table = kinds.kinds()
    for i, t in enumerate(ctx.doc[:-2]):
        if t.text == name and ctx.doc[i + 1].lower_ in table.camp_kinds \
                and ctx.doc[i + 2].lower_ in table.camp_nouns:
            return True
    return False


def _title_at(ctx: Context, m: Mention) -> bool:
    """A title before the mention or at its start ("Mr. Ford", "Senator Ford")."""
    before = ctx.doc[m.start - 1] if m.start else None
    return names.is_title(ctx.doc[m.start].text) or (
        before is not None and before.is_title and names.is_title(before.text))


def _organization_evidence(ctx: Context, m: Mention) -> bool:
    k = kinds.kinds()
    doc = ctx.doc
    if doc[m.end - 1].text in k.organization_heads and m.end - m.start >= 2:
        return True  # "Douglas Aircraft"
    root = doc[m.start:m.end].root
    if root.dep_ == "appos" and root.head.lemma_.lower() in k.organization_nouns:
        return True  # "the Irish airline, Ryanair"
    if any(c.dep_ == "appos" and c.lemma_.lower() in k.organization_nouns
           for c in root.children):
        return True  # "Ryanair, the Irish airline"
    before = doc[m.start - 1] if m.start else None
    if (before is not None and before.pos_ == "NOUN"
            and before.lemma_.lower() in k.organization_nouns
            and m.start <= before.head.i < m.end):
        return True  # "German magazine Der Spiegel"
    head = root.head
    return (root.dep_ in ("compound", "poss") and head.i >= m.end
            and head.lemma_.lower() in k.organization_roles)  # "Ryanair CEO"


def _qualified_place(ctx: Context, m: Mention) -> bool:
    """"Toulouse, France", "Everett, Washington": a comma and a country or a US state
    right after the name, then punctuation or a word that starts a new phrase (not
    "Obama, U.S. President")."""
    doc = ctx.doc
    i = m.end
    if i + 1 >= len(doc) or doc[i].text != "," or (
            m.start and doc[m.start - 1].lower_ in (",", "and", "or")):
        return False
    for n in (3, 2, 1):
        words = doc[i + 1:i + 1 + n]
        if len(words) < n or not all(t.is_title or t.is_upper for t in words):
            continue
        name = words.text
        if gazetteer.country_of_name(name) is None and gazetteer._state_code(name, True) is None:
            continue
        after = doc[i + 1 + n] if i + 1 + n < len(doc) else None
        return after is None or (after.is_punct and after.text != ",") or after.is_space or (
            after.pos_ in ("ADP", "VERB", "AUX", "SCONJ", "ADV") and after.tag_ != "POS")
    return False


def _person_group(clusters: dict[tuple, Cluster], m: Mention) -> names.Key:
    """An actor's group: an earlier spelling of the same full name, else its own key
    ("Saif al-Islam Gaddafi" joins "Saif al-Islam Qaddafi")."""
    for group in clusters:
        if group[0] == "actor" and len(group) == 2 and names.same_name(group[1], m.key):
            return group[1]
    return m.key


def _majority(cluster: Cluster) -> str:
    counts = Counter(m.label for m in cluster.mentions)
    top = max(counts.values())
    return next(m.label for m in cluster.mentions if counts[m.label] == top)


def _acronym(short: Mention, full: Cluster) -> bool:
    """"ICC" for "International Criminal Court", "UN" for "United Nations"."""
    letters = short.text.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6):
        return False
    for m in full.mentions:
        words = [w for w in m.text.replace("-", " ").split() if w.lower() not in ACRONYM_SKIP]
        if len(words) == len(letters) and all(w[:1].upper() == c for w, c in zip(words, letters)):
            return True
    return False


def _merge_short_orgs(clusters: list[Cluster]) -> list[Cluster]:
    """A short organization name joins the one longer name it abbreviates: "Free Beacon"
    (its last words) or "ICC" (initials) -> "Washington Free Beacon".  A short form drops
    modifiers from the front and keeps the head with the words next to it; a name that
    leaves out a word inside is another body ("International Energy Agency" is not the
    "International Renewable Energy Agency", "Democratic Party" not the "Democratic
    Progressive Party").
    "Apple" stays apart from "Apple Inc.": joined, the actor would be named "Apple Inc."
    in one article and "Apple Computer" in the next, and no longer link across them."""
    orgs = [c for c in clusters if c.label == "ORG"]
    # each cluster's key, read once: a longer name takes only mentions with shorter keys,
    # so no key changes in the loop
    key = {id(c): c.key for c in orgs}
    gone: set[int] = set()
    for short in sorted(orgs, key=lambda c: len(key[id(c)])):
        short_key = key[id(short)]
        longer = [c for c in orgs if c is not short and id(c) not in gone
                  and len(key[id(c)]) > len(short_key)
                  and (names.is_suffix(short_key, key[id(c)])
                       or any(_acronym(m, c) for m in short.mentions))]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            gone.add(id(short))
    return [c for c in clusters if id(c) not in gone]


def _resolve_short_names(ctx: Context, clusters: list[Cluster],
                         families: dict[int, list[Cluster]] | None = None) -> list[Cluster]:
    """Bare surnames and other partial names of people ("Haftar", "Saif al-Islam").

    One person whose full name ends (or, for two words or more, starts) with it: the
    mention joins that person.  No one's name ends with a one-word name but one person's
    starts with it, and the article uses it twice or more or names that person in full
    before it: it joins that person (family name first: "Lai" for "Lai Ching-te",
    "Mahathir" for "Mahathir Mohamad", "the Kim regime" after "Kim Jong Un").  A one-word
    name that spaCy typed ORG, GPE or NORP joins the person whose surname it is ("Trump"
    ORG; "Modi" GPE), or whose family name it is when written first and used as a person's
    ("Sun ... He"), except that a country or a big city does so only where the sentence
    makes it a person (a title before it, or a subject that he/she refers back to: "Monaco
    said she", "Aden is reluctant ... She").

    Two or more people of that surname (see :func:`_choose`): each mention goes to the
    person that context or the article's salience singles out; the others stay together
    in an entity of their own whose ``candidates`` are the people it may be.  A surname
    that modifies a noun for a family ("the Bush family", "the Kennedy brothers") is the
    family, a group (NORP) of its own (:func:`people._family_use`), listed in
    ``families`` with the people of that name named in full."""
    people = [c for c in clusters if c.label == "PERSON"]
    gone = {id(c) for c in join_initials([c for c in people if len(c.key) >= 2], ctx)}
    gone |= {id(c) for c in join_hypocorisms(
        [c for c in people if id(c) not in gone and len(c.key) >= 2], ctx)}
    if gone:  # "Donald Trump" with "Donald J. Trump"; "Joe Biden" with "Joseph R. Biden"
        clusters = [c for c in clusters if id(c) not in gone]
        people = [c for c in people if id(c) not in gone]
    longer = [c for c in people if len(c.key) >= 2]
    full = [c for c in longer
            if not any(o is not c and _shortens(c.key, o.key) for o in longer)]
    if not full:
        return clusters
    facts = _Facts(ctx, full)
    out = []
    for cluster in clusters:
        if cluster in full:
            out.append(cluster)
            continue
        joining, staying = _person_mentions(ctx, cluster, people, full)
        targets = _targets(cluster.key, full, joining, ctx) if joining else []
        if not targets:
            out.append(cluster)
            continue
        family = [m for m in joining if _family_use(ctx, m)]
        if family:  # "the Bush family": the family, none of its people
            for m in family:
                m.label = "NORP"
            out.append(Cluster(family, label="NORP"))
            if families is not None:
                families[id(out[-1])] = targets
            joining = [m for m in joining if m not in family]
            if not joining:
                if staying:
                    cluster.mentions = staying
                    out.append(cluster)
                continue
        if staying:
            cluster.mentions = staying
            out.append(cluster)
        if len(targets) == 1:
            targets[0].mentions.extend(joining)
            continue
        ambiguous = []
        for m, chosen in zip(joining, _choose(ctx, joining, targets, facts)):
            (chosen.mentions if chosen is not None else ambiguous).append(m)
        for group in by_title_gender(ctx, ambiguous) if ambiguous else []:
            out.append(Cluster(group, label="PERSON", candidates=targets))
    return out


def _targets(key: names.Key, full: list[Cluster], uses: list[Mention],
             ctx: Context | None = None) -> list[Cluster]:
    """The people a partial name may stand for: those whose name ends with it, else (one
    word, the article's short name for someone: family name first, or a given name) the
    one whose name starts with it, if the article uses the word twice or more or names
    that person in full before it ("North Korean leader Kim Jong Un ... the Kim
    regime"), or if it is a relative's given name in apposition to a noun of kin and that
    person bears the family's surname (:func:`_kin_given_name`)."""
    found = [c for c in full if _shortens(key, c.key)]
    if found and len(key) == 1 and not any(
            names.without_suffix(c.key)[-1:] == key for c in found) \
            and any(c.key[0] == key[0] for c in full):
        # only a variant spelling of a surname ("Arne" of "Warren": folded "arne" /
        # "waren", one consonant skeleton) where the article names someone with this
        # very given name ("Arne Duncan"): a one-word name written exactly as a named
        # person's given name is that given name (round 35)
        found = []
    if not found and len(key) == 1:
        found = _known_short_name(key, full) or _hypocorism_of(key, full, uses)
        if found:  # the dictionaries' own short form: "Condi" of "Condoleezza Rice"
            return found
    if not found and len(key) == 1:  # spelled alike: "Yang" is not "Wang"
        found = [c for c in full if c.key[0] == key[0]]
        # named in full before the word is used: a person is named in full at first
        # reference, so a given name alone ("help Ted", "Mark, you are ...") is one of
        # the people already named, and it is one only where one of them has it
        before = [c for c in found if c.first() < min(m.char_start for m in uses)]
        if len(uses) < 2:
            if len(before) == 1:
                return before
            return found if not before and len(found) == 1 and ctx is not None and (
                _kin_given_name(ctx, uses[0], found[0], full)) else []
    return found


def _kin_given_name(ctx: Context, m: Mention, person: Cluster, full: list[Cluster]) -> bool:
    """A given name in apposition to a possessed noun of kin ("Jim Brady and his wife,
    Sarah"), where the one person named in full with it later ("Sarah Brady") bears the
    surname of someone else named in full before it: a relative introduced by given name
    is of the family just named and shares its name (the noun of kin and its possessor
    say whose; ``names.yaml: gender: kin``, singular nouns only: "Ruth's children,
    Michael, Stephen, Robin and Bill" names no one's surname)."""
    root = ctx.doc[m.start:m.end].root
    kin = root.head
    if m.end - m.start != 1 or root.dep_ != "appos" or names.kin_gender(kin.text) is None \
            or not any(c.dep_ == "poss" for c in kin.children):
        return False
    surname = names.without_suffix(person.key)[-1:]
    return any(o is not person and names.without_suffix(o.key)[-1:] == surname
               and o.first() < m.char_start for o in full)


def _hypocorism_of(key: names.Key, full: list[Cluster], uses: list[Mention]) -> list[Cluster]:
    """The one person named in full before a one-word name is used whose given name that
    word is a short or pet form of ("Larry" after "Laurence H. Tribe": "You know, I love
    Larry"), by the curated table of ``data/hypocorisms.tsv`` (round 45, issue 20): a
    person is named in full at first reference (AP), and a familiar form of the given
    name is then that person's, never a fuller form of it ("Mark Barden's son, Daniel"
    after "Dan Gross" is no Dan Gross).  Nobody where the word starts another person's
    name (that person's given name is the word itself) or two people named bear a given
    name it is a form of.  PolNeAR pdev2 nyt 2016-09-08."""
    if not uses or any(c.key[0] == key[0] for c in full):
        return []
    first = min(m.char_start for m in uses)
    found = [c for c in full if len(c.key) >= 2 and names.short_form(key[0], c.key[0])]
    return found if len(found) == 1 and found[0].first() < first else []


def _known_short_name(key: names.Key, full: list[Cluster]) -> list[Cluster]:
    """The one person named in full whose surname the actor dictionaries list with this
    word as a given name ("Joe Biden", "Condi Rice" in PETRARCH2, for an article that
    names "Joseph R. Biden Jr." or "Condoleezza Rice"): a short form of that person's
    given name, as news writes "Joe" once the person is known.  Nobody, where the word
    starts another person's name or two people of the article share the surname."""
    if any(c.key[0] == key[0] for c in full):
        return []
    surnames = [names.without_suffix(c.key)[-1:] for c in full]
    found = [(c, surname) for c, surname in zip(full, surnames)
             if surname and _folded_people().get(key + surname)]
    if len(found) != 1:
        return []
    cluster, surname = found[0]
    return [cluster] if surnames.count(surname) == 1 else []


# --------------------------------------------------------------------------- output


def _name(cluster: Cluster) -> str:
    """The fullest form (most words, then longest); for a nationality, the form used
    most ("Israeli" over "Israelis")."""
    texts = [m.name or m.text for m in sorted(cluster.mentions, key=lambda m: m.char_start)]
    if cluster.label == "NORP":
        counts = Counter(texts)
        return max(texts, key=lambda t: counts[t])
    return max(texts, key=lambda t: (len(t.split()), len(t)))


def annotate(ctx: Context) -> None:
    found = mentions(ctx)
    _kin_roles(ctx, found)
    clusters = _retype(ctx, _group(found))
    clusters = _merge_short_orgs(clusters)
    for cluster in full_names_typed_org(ctx, clusters):
        _set_label(cluster, "PERSON")  # "Gene Sperling ... Mr. Sperling"
    families: dict[int, list[Cluster]] = {}
    clusters = _resolve_short_names(ctx, clusters, families)
    clusters.sort(key=Cluster.first)
    ids = {id(c): f"e{i}" for i, c in enumerate(clusters, 1)}
    entities, token_entity = [], {}
    for cluster in clusters:
        entity_id = ids[id(cluster)]
        ordered = sorted(cluster.mentions, key=lambda m: m.char_start)
        name = _name(cluster)
        aliases = list(dict.fromkeys(m.text for m in ordered if m.text != name))
        entities.append(Entity(
            id=entity_id,
            name=name,
            type=cluster.label,
            country=cluster.country,
            aliases=aliases,
            mentions=[ctx.span(m.char_start, m.char_end) for m in ordered],
            candidates=sorted((ids[id(c)] for c in cluster.candidates),
                              key=lambda i: int(i[1:])),
        ))
        for m in ordered:
            for i in range(m.start, m.end):
                token_entity[i] = entity_id
    coded = places.resolve(ctx, _code(ctx, entities, token_entity))
    ctx.entities = _family_codes(coded, {ids[k]: [ids[id(c)] for c in members]
                                         for k, members in families.items()})
    ctx.token_entity = token_entity


def _family_codes(entities: list[Entity], families: dict[str, list[str]]) -> list[Entity]:
    """A family ("the Bush family") with no code of its own takes the country, and the
    sector, that all its people named in full who have one share (Jeb and George W. Bush
    USA ELI): event data codes a political family as its members."""
    by_id = {e.id: e for e in entities}
    out = []
    for e in entities:
        members = [by_id[m] for m in families.get(e.id, ()) if by_id[m].country]
        if not e.country and members and len({m.country for m in members}) == 1:
            sectors = members[0].sectors if len({tuple(m.sectors) for m in members}) == 1 \
                else []
            e = e.model_copy(update={"country": members[0].country, "sectors": sectors,
                                     "sector": sectors[0] if sectors else None})
        out.append(e)
    return out


def prepare() -> None:
    """Load the actor dictionaries (with their folded person keys), the agent nouns and
    the name and kind tables now (see :func:`wiretrace.pipeline.load`)."""
    cache.load_whole(_international())  # every piece of the dictionaries, not on demand
    cache.load_whole(_folded_people())
    _agents()
    _closed()
    outlets()
    _name_words()
    _describing_nouns()
    _describing_nouns(key="role_nouns")
    _describing_nouns(key="faiths")
    kinds.kinds()
    names.prepare()
    _saying()
    _dictionary_titles()
    careers()
    _party_table()
    _imperative("")
    _given_and_surnames()
    verb_lemmas()  # repairs._missed_surnames
    common_words("noun")  # mentions._describes
    common_words("adj")
