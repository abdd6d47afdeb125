"""entities: named mentions (spaCy NER) -> the actors, places and things of one article,
each with all its mentions: repeats, short forms ("the Free Beacon"), surnames and
transliterations ("Qaddafi" / "Gaddafi") are merged; a surname two people share is
assigned by local context or kept as an ambiguous entity listing its candidates."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from ... import cache, names, settings
from ...lexicon import load_tsv, load_yaml
from ...model import Entity
from ...outlets import normalize, outlets
from ..context import Context
from . import kinds, places

NAME = "entities.v1"

# Actors (PERSON, ORG, NORP), places (GPE, LOC, FAC) and named things worth listing
# (EVENT, PRODUCT, WORK_OF_ART, LAW).  Dates, times, numbers, money and LANGUAGE are not
# entities here (times have their own layer).
KEEP = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC", "EVENT", "PRODUCT",
                  "WORK_OF_ART", "LAW"})
# Labels whose mentions merge with each other when their names are equal: spaCy often
# calls one name PERSON in one sentence and ORG in the next ("Zachary Keyser").
KIND = {"PERSON": "actor", "ORG": "actor", "GPE": "place", "LOC": "place", "FAC": "place"}
POSSESSIVE = frozenset({"'s", "'", "\u2019s", "\u2019"})
# Words an acronym skips: "International Criminal Court" -> ICC, "Department of State".
ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "la", "&"})
CONVERSE = {"child": "parent", "parent": "child"}
PRONOUNS = frozenset({"his", "her"})


@dataclass
class Mention:
    start: int  # token index
    end: int  # token index, exclusive
    char_start: int
    char_end: int
    text: str
    label: str
    key: names.Key
    roles: set[str] = field(default_factory=set)


@dataclass
class Cluster:
    mentions: list[Mention]
    label: str = ""
    country: str | None = None
    candidates: list[Cluster] = field(default_factory=list)

    @property
    def key(self) -> names.Key:
        return max((m.key for m in self.mentions), key=len)

    def first(self) -> int:
        return min(m.char_start for m in self.mentions)


# ------------------------------------------------------------------------- mentions


def _trim(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """Token bounds of a mention without a leading "the", a trailing possessive or
    punctuation, an unclosed parenthesis, or anything after a line break ("AYMAN
    SAHELY/" -> "AYMAN SAHELY"; "the Washington Free Beacon" -> "Washington Free Beacon";
    "Singapore Airlines (SIA" -> "Singapore Airlines")."""
    doc = ctx.doc
    for i in range(start, end):
        if "\n" in doc[i].text or (doc[i].text == "(" and
                                    not any(t.text == ")" for t in doc[i:end])):
            end = i
            break
    while start < end and (doc[start].lower_ == "the" or doc[start].is_punct
                           or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_space
                           or (doc[end - 1].is_punct and doc[end - 1].text != ")")):
        end -= 1
    return start, end


def _is_description(words: list[str]) -> bool:
    """Titles and nationality words without a name: "the Libyan General"."""
    content = [w for w in words if w.lower() != "the"]
    return (any(names.is_title(w) for w in content)
            and all(names.is_title(w) or places.country_of_demonym(w) for w in content))


def _make(ctx: Context, start: int, end: int, label: str) -> Mention | None:
    """A mention of the tokens start..end, trimmed to the name itself; None when nothing
    of a name is left or it lies in removed text (a caption, a credit)."""
    start, end = _trim(ctx, start, end)
    if start >= end:
        return None
    char_start = ctx.doc[start].idx
    char_end = ctx.doc[end - 1].idx + len(ctx.doc[end - 1].text)
    if ctx.is_removed(char_start, char_end):
        return None
    text = ctx.text[char_start:char_end]
    if not any(c.isupper() for c in text):
        return None  # names are capitalized in English; "the son" is not a name
    if label in ("PERSON", "ORG") and _is_description(text.split()):
        return None
    if label == "ORG" and _titled_person(text):
        label = "PERSON"  # "Spokeswoman Sandy Angers" tagged ORG
    if label == "ORG" and places.country_of_name(text):
        label = "GPE"  # "Libya" tagged ORG is still the country
    key = names.name_key(text, person=label == "PERSON")
    return Mention(start, end, char_start, char_end, text, label, key) if key else None


def _titled_person(text: str) -> bool:
    """A title and then a given name and a surname: "Spokeswoman Sandy Angers", "Senator
    John McCain".  Not an organization named after a title ("General Electric Co.",
    "General Dynamics Land Systems", "Prime Minister's Office"): the words after the
    title are two or three capitalized words, none a title, a country or an
    organization's last word."""
    words = text.split()
    rest = words[1:]
    if not (names.is_title(words[0]) and words[0][:1].isupper() and 2 <= len(rest) <= 3):
        return False
    heads = kinds.kinds().organization_heads
    return all(w[:1].isupper() and w.replace("'", "").replace("-", "").replace(".", "").isalpha()
               and not names.is_title(w) and w not in heads and "'" not in w[-2:]
               and not places.country_of_name(w) and not places.country_of_demonym(w)
               for w in rest)


def _known_actor(name: str) -> bool:
    """The actor dictionaries know the name (so it is not a product's)."""
    return _dictionary_code(name, None) != (None, None)


def mentions(ctx: Context) -> list[Mention]:
    """Named mentions of the body text, in order, trimmed to the name itself; products,
    named events and amounts told apart from actors and places (``kinds``)."""
    found = [m for ent in ctx.doc.ents if ent.label_ in KEEP
             for m in [_make(ctx, ent.start, ent.end, ent.label_)] if m is not None]
    return kinds.refine(ctx.doc, ctx.text, found,
                        lambda start, end, label: _make(ctx, start, end, label),
                        _known_actor)


# -------------------------------------------------------------------------- merging


def _country(mention: Mention) -> str | None:
    if mention.label == "NORP":
        found = places.country_of_demonym(mention.text)
    elif mention.label in ("GPE", "LOC"):
        found = places.country_of_name(mention.text)
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
    for cluster in clusters:
        if cluster.label not in ("PERSON", "ORG") or any(
                _title_at(ctx, m) for m in cluster.mentions):
            continue
        if cluster.label == "PERSON" and any(
                _organization_evidence(ctx, m) for m in cluster.mentions):
            label = "ORG"
        elif (all(m.end - m.start == 1 for m in cluster.mentions)
              and any(_qualified_place(ctx, m) for m in cluster.mentions)
              and not (cluster.label == "ORG"
                       and _dictionary_code(cluster.mentions[0].text, None)[1])):
            label = "GPE"
        else:
            continue
        cluster.label = label
        for m in cluster.mentions:
            m.label = label
    return clusters


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
        if places.country_of_name(name) is None and places._state_code(name, True) is None:
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
    (words in order, same last word) or "ICC" (initials) -> "Washington Free Beacon".
    "Apple" stays apart from "Apple Inc.": joined, the actor would be named "Apple Inc."
    in one article and "Apple Computer" in the next, and no longer link across them."""
    orgs = [c for c in clusters if c.label == "ORG"]
    gone: set[int] = set()
    for short in sorted(orgs, key=lambda c: len(c.key)):
        longer = [c for c in orgs if c is not short and id(c) not in gone
                  and len(c.key) > len(short.key)
                  and ((names.is_subsequence(short.key, c.key)
                        and names.same_word(short.key[-1], c.key[-1]))
                       or any(_acronym(m, c) for m in short.mentions))]
        if len(longer) == 1:
            longer[0].mentions.extend(short.mentions)
            gone.add(id(short))
    return [c for c in clusters if id(c) not in gone]


def _resolve_short_names(ctx: Context, clusters: list[Cluster]) -> list[Cluster]:
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
    in an entity of their own whose ``candidates`` are the people it may be."""
    people = [c for c in clusters if c.label == "PERSON"]
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
        targets = _targets(cluster.key, full, joining) if joining else []
        if not targets:
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
        if ambiguous:
            out.append(Cluster(ambiguous, label="PERSON", candidates=targets))
    return out


def _targets(key: names.Key, full: list[Cluster], uses: list[Mention]) -> list[Cluster]:
    """The people a partial name may stand for: those whose name ends with it, else (one
    word, the article's short name for someone: family name first, or a given name) the
    one whose name starts with it, if the article uses the word twice or more or names
    that person in full before it ("North Korean leader Kim Jong Un ... the Kim
    regime")."""
    found = [c for c in full if _shortens(key, c.key)]
    if not found and len(key) == 1:  # spelled alike: "Yang" is not "Wang"
        found = [c for c in full if c.key[0] == key[0]]
        introduced = len(found) == 1 and found[0].first() < min(m.char_start for m in uses)
        if len(uses) < 2 and not introduced:
            return []
    return found


@lru_cache(maxsize=1)
def _saying() -> frozenset[str]:
    verbs = load_yaml("cues.yaml")["verbs"]
    return frozenset(str(w) for kind in ("speech", "claim", "deny")
                     for w in verbs.get(kind, {}).get("lemmas", []))


def _person_context(ctx: Context, m: Mention) -> bool:
    """The sentence makes the name a person: a title right before it ("Ms. Monaco"), or
    it is a subject (of a verb of saying, or of any verb) and the next personal pronoun
    refers back to it as a person ("Monaco said she ...", "Aden is reluctant to go back.
    She said ..."; "Ankara said it ..." is the government)."""
    doc = ctx.doc
    if m.start > 0 and names.is_title(doc[m.start - 1].text) and doc[m.start - 1].is_title:
        return True
    root = doc[m.start:m.end].root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    sent = root.sent
    after = doc[m.end:min(len(doc), sent.end + 40)]
    for t in after:
        if t.ent_type_ == "PERSON" or t.lower_ in ("it", "its", "they", "their"):
            return False
        if names.pronoun_gender(t.text):
            return True
    return False


def _person_mentions(ctx: Context, cluster: Cluster, people: list[Cluster],
                     full: list[Cluster]) -> tuple[list[Mention], list[Mention]]:
    """The mentions of ``cluster`` that may join a person named in full, and the rest."""
    if cluster.label == "PERSON":
        return list(cluster.mentions), []
    if cluster.label not in ("ORG", "GPE", "NORP", "LOC") or len(cluster.key) != 1:
        return [], list(cluster.mentions)
    if len({m.key for m in cluster.mentions}) != 1 or any(
            len(m.key) != 1 for m in cluster.mentions):
        return [], list(cluster.mentions)
    text = cluster.mentions[0].text
    if not text[:1].isupper() or text.isupper():
        return [], list(cluster.mentions)  # "NATO", "UN": not written as a surname
    if not any(names.same_word(cluster.key[0], c.key[-1]) for c in full) and not (
            len(cluster.mentions) >= 2
            and sum(c.key[0] == cluster.key[0] for c in full) == 1
            and any(_person_context(ctx, m) for m in cluster.mentions)):
        # only a surname joins from another type, or a family name written first that
        # the article uses as a person's ("Sun Lijun ... Sun says he enjoys")
        return [], list(cluster.mentions)
    # the actor dictionaries know many people by surname ("Trump"): only a place's name
    # needs the sentence's word
    known = (places.country_of_name(text) or places.country_of_demonym(text)
             or places.country_of_city(text))
    joining = [m for m in cluster.mentions if not known or _person_context(ctx, m)]
    return joining, [m for m in cluster.mentions if m not in joining]


class _Facts:
    """What the article says of each person named in full, for telling apart people who
    share a surname."""

    def __init__(self, ctx: Context, full: list[Cluster]):
        self.roles = {id(c): set().union(*(m.roles for m in c.mentions)) for c in full}
        self.titled = {id(c): _titles_before(ctx, c) for c in full}
        self.gender = {id(c): _gender(ctx, c) for c in full}
        self.first = {id(c): c.first() for c in full}
        self.in_full = {id(c): _full_mentions(c) for c in full}
        title = (ctx.article.title or "").lower()
        headline = ctx.text.split("\n", 1)[0].lower()
        self.headline = {id(c) for c in full if any(
            m.text.lower() in title or m.text.lower() in headline for m in c.mentions)}


def _choose(ctx: Context, mentions: list[Mention], targets: list[Cluster],
            facts: _Facts) -> list[Cluster | None]:
    """The person each bare surname stands for, or None where the article leaves it open.

    1. the mention's own context: kinship ("Haftar, the son"), a title the person was
       given ("President Trump" after "President Donald Trump"), a courtesy title's gender
       ("Mrs. Obama") against the gender of the pronouns that follow the full name;
    2. where the text calls the candidates parent and child of one another, nothing
       more: the family's name is then the topic and a bare surname may be either;
    3. the one candidate named in full in the headline, else the one introduced first
       and named in full more often than each other one (AP style: the secondary person
       is written with a first name or a title each time);
    4. else, the one candidate that the mentions placed in step 1 went to (the others
       are always written in full)."""
    chosen = [_by_context(ctx, m, targets, facts) for m in mentions]
    if any(facts.roles[id(c)] for c in targets):
        return chosen
    main = [c for c in targets if id(c) in facts.headline]
    if len(main) != 1:
        first = min(targets, key=lambda c: facts.first[id(c)])
        main = [first] if all(facts.in_full[id(first)] > facts.in_full[id(c)]
                              for c in targets if c is not first) else []
    if len(main) != 1:
        main = list({id(c): c for c in chosen if c is not None}.values())
    if len(main) == 1:
        chosen = [c if c is not None else main[0] for c in chosen]
    return chosen


def _full_mentions(cluster: Cluster) -> int:
    longest = max(len(m.key) for m in cluster.mentions)
    return sum(len(m.key) == longest for m in cluster.mentions)


def _shortens(short: names.Key, full: names.Key) -> bool:
    return names.is_suffix(short, full) or (len(short) >= 2 and names.is_prefix(short, full))


def _by_context(ctx: Context, m: Mention, targets: list[Cluster],
                facts: _Facts) -> Cluster | None:
    if m.roles:
        fit = [c for c in targets if facts.roles[id(c)] & m.roles]
        if len(fit) == 1:
            return fit[0]
    words = [t.lower_.rstrip(".") for t in ctx.doc[max(m.start - 2, 0):m.start]]
    titles = [w for w in words if names.is_title(w)]
    if titles:
        fit = [c for c in targets if facts.titled[id(c)] & set(titles)]
        if len(fit) == 1:
            return fit[0]
        gender = next((g for g in map(names.title_gender, reversed(titles)) if g), None)
        if gender:
            fit = [c for c in targets if facts.gender[id(c)] == gender]
            if len(fit) == 1:
                return fit[0]
    return None


def _gender(ctx: Context, cluster: Cluster) -> str | None:
    """A person's gender as the article gives it: a gendered title before a mention
    ("Mrs.", "Queen"), else the pronouns that follow a mention that is a subject in its
    sentence, up to the next person named ("Michelle Obama said she ...")."""
    votes: Counter[str] = Counter()
    doc = ctx.doc
    for m in cluster.mentions:
        for t in doc[max(m.start - 2, 0):m.end]:
            g = names.title_gender(t.text) if names.is_title(t.text) else None
            if g:
                votes[g] += 2
        root = doc[m.start:m.end].root
        if root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        sent = root.sent
        for t in doc[m.end:sent.end]:
            if t.ent_type_ == "PERSON":
                break
            g = names.pronoun_gender(t.text)
            if g:
                votes[g] += 1
                break
    if not votes:
        return None
    top = votes.most_common(2)
    return top[0][0] if len(top) == 1 or top[0][1] > top[1][1] else None


def _titles_before(ctx: Context, cluster: Cluster) -> set[str]:
    """Titles written before or inside a person's mentions ("General Khalifa Haftar")."""
    out = set()
    for m in cluster.mentions:
        words = [t.lower_.rstrip(".") for t in ctx.doc[max(m.start - 2, 0):m.end]]
        out.update(w for w in words if names.is_title(w))
    return out


# ------------------------------------------------------------------- kinship cues


def _kin_roles(ctx: Context, found: list[Mention]) -> None:
    """Mark person mentions that the text calls someone's child or parent.

    "Saddam Haftar, the son of ... Khalifa Haftar": Saddam's mention is a child, Khalifa's
    a parent.  "Haftar, who many see as a proxy for his father": that Haftar is a child.
    "Libyan general Haftar's son": that Haftar is a parent."""
    by_token = {i: m for m in found if m.label == "PERSON" for i in range(m.start, m.end)}
    if not by_token:
        return
    kin = names.kinship()
    for token in ctx.doc:
        role = kin.get(token.lower_)
        if role is None or token.i in by_token or token.pos_ not in ("NOUN", "PROPN"):
            continue
        owner = _described(token, by_token)
        if owner is not None:
            owner.roles.add(role)
        relative = _relative(token, by_token, found)
        if relative is not None and relative is not owner:
            relative.roles.add(CONVERSE[role])


def _described(kin: Token, by_token: dict[int, Mention]) -> Mention | None:
    """The person a kin noun describes: "Haftar, the son" (apposition); "Saif al-Islam
    Qaddafi, who is the son of ..." (predicate of a relative clause or copula)."""
    if kin.dep_ == "appos":
        return by_token.get(kin.head.i)
    if kin.dep_ == "attr":
        verb = kin.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            subject = verb.head
        return by_token.get(subject.i) if subject is not None else None
    return None


def _relative(kin: Token, by_token: dict[int, Mention], found: list[Mention]) -> Mention | None:
    """Whose child or parent: "Haftar's son", "the son of ... Khalifa Haftar", "his
    father" (the nearest person named before the pronoun in the sentence)."""
    for child in kin.children:
        if child.dep_ == "poss":
            if child.i in by_token:
                return by_token[child.i]
            if child.lower_ in PRONOUNS:
                return _antecedent(child, found)
    # "Libyan general Haftar's son - report": the parser may hang the possessive on a
    # later noun; the words say it.
    i = kin.i - 1
    while i > kin.sent.start and kin.doc[i].pos_ == "ADJ":
        i -= 1
    if i > kin.sent.start and kin.doc[i].text in POSSESSIVE and i - 1 in by_token:
        return by_token[i - 1]
    for prep in kin.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            stack = [c for c in prep.children if c.dep_ == "pobj"]
            seen = []
            while stack:
                token = stack.pop()
                seen.append(token)
                stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl"))
            hits = sorted(t.i for t in seen if t.i in by_token)
            if hits:
                return by_token[hits[0]]
    return None


def _antecedent(pronoun: Token, found: list[Mention]) -> Mention | None:
    before = [m for m in found if m.label == "PERSON"
              and pronoun.sent.start <= m.start and m.end <= pronoun.i]
    return before[-1] if before else None


# --------------------------------------------------------------------------- output


def _name(cluster: Cluster) -> str:
    """The fullest form (most words, then longest); for a nationality, the form used
    most ("Israeli" over "Israelis")."""
    texts = [m.text for m in sorted(cluster.mentions, key=lambda m: m.char_start)]
    if cluster.label == "NORP":
        counts = Counter(texts)
        return max(texts, key=lambda t: counts[t])
    return max(texts, key=lambda t: (len(t.split()), len(t)))


# ------------------------------------------------------------------------ actor codes

SECTOR_OF_KIND = {"MNC": "BUS"}  # PETRARCH2's multinational corporations: PLOVER's business
# Agent sectors that describe people, not a body: a name's modifier with one of these
# does not give the body a sector ("International Criminal Court").
PEOPLE_SECTORS = frozenset({"CRM", "CVL", "UAF", "REB", "OPP", "ELI", "REF"})


def _petrarch() -> dict[str, list[tuple[str, str, str]]]:
    """actors_petrarch.tsv: lowercased name -> [(code, since, until)] (read when the
    dictionaries are built, then kept with them)."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for r in load_tsv("actors_petrarch.tsv"):
        table.setdefault(r["name"], []).append((r["code"], r["since"], r["until"]))
    return table


def _international() -> dict[str, list[tuple[str, str, str]]]:
    """Every actor dictionary: the user's (setting `actors`), then the project's
    supplement (actors_wiretrace.yaml), then the state actors (actors_states.yaml), then
    PETRARCH2's; a name found in an earlier one is not looked up in a later one."""
    return _dictionaries(settings.get("actors"))


@lru_cache(maxsize=4)
@cache.on_disk("actors", cache.paths_in_setting)  # seconds to build: kept between processes
def _dictionaries(user_paths: str) -> dict[str, list[tuple[str, str, str]]]:
    from . import dictionaries as actor_files

    table = dict(_petrarch())
    users = actor_files.read_user(user_paths)
    for entries in [actor_files.read_states(), actor_files.read_shipped(), *reversed(users)]:
        table.update(entries)  # lowest priority first: the user's first file wins
    return table


def _folded_people() -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    return _folded(settings.get("actors"))


@lru_cache(maxsize=4)
@cache.on_disk("actors-folded", cache.paths_in_setting)
def _folded(user_paths: str) -> dict[tuple[str, ...], list[tuple[str, str, str]]]:
    """The dictionaries' names of two words or more, by their transliteration-folded person
    key ("Bouteflicka" and "Bouteflika" fold alike, as Qaddafi and Gaddafi do)."""
    table: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for name, rows in _dictionaries(user_paths).items():
        if " " in name:
            key = names.name_key(name, person=True)
            if len(key) >= 2:
                table.setdefault(key, []).extend(rows)
    return table


def _dictionary_code(name: str, when: str | None,
                     person: bool = False) -> tuple[str | None, str | None]:
    """Country and (main) sector of a name in the actor dictionaries: see
    :func:`_dictionary_sectors`."""
    country, sectors = _dictionary_sectors(name, when, person)
    return country, sectors[0] if sectors else None


def _dictionary_sectors(name: str, when: str | None,
                        person: bool = False) -> tuple[str | None, list[str]]:
    """Country and sectors of a name in the actor dictionaries (the user's, the project's,
    PETRARCH2's), by the code that holds on the article's date, the most recently begun if
    several do (an undated code holds always, and is used when no dated one does).  A
    person's name is also looked up by its folded key, so spelling variants find their
    entry.  "ISRGOVMIL" -> ("ISR", ["GOV", "MIL"])."""
    key = " ".join(name.lower().replace("\u2019", "'").split())
    rows = _international().get(key) or _international().get(key.removeprefix("the "))
    if not rows and person:
        folded = names.name_key(name, person=True)
        rows = _folded_people().get(folded) if len(folded) >= 2 else None
    if not rows:
        return None, []
    day = (when or "")[:10]
    dated = [r for r in rows if r[1] or r[2]]
    holding = sorted((r for r in dated if day and (not r[1] or r[1] <= day)
                      and (not r[2] or day <= r[2])), key=lambda r: r[1], reverse=True)
    code = (holding or [r for r in rows if not (r[1] or r[2])] or rows)[0][0]
    kind = code[:3]
    if kind in ("IGO", "NGO", "MNC"):
        return None, [SECTOR_OF_KIND.get(kind, kind)]
    country = kind if places.country_of_code(kind) else None
    return country, _chunks(code[3:]) if country else []


def _chunks(code: str) -> list[str]:
    """"GOVMIL" -> ["GOV", "MIL"]."""
    return list(dict.fromkeys(code[i:i + 3] for i in range(0, len(code) - 2, 3)))


@lru_cache(maxsize=1)
def _agents() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """agents_petrarch.tsv: phrases (as words) with their sector code, by the first four
    letters of their first word, longest phrase first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for r in load_tsv("agents_petrarch.tsv"):
        words = tuple(r["phrase"].split())
        table.setdefault(words[0][:4], []).append((words, r["code"]))
    for phrases in table.values():
        phrases.sort(key=lambda p: -len(p[0]))
    return table


def _agent_word(word: str, phrase_word: str) -> bool:
    """A name's word matches a dictionary word: the same, a regular plural, or the rest
    of one of PETRARCH's stems ("minist" -> "ministry", "ministers")."""
    return (word == phrase_word or word in (phrase_word + "s", phrase_word + "es")
            or (len(phrase_word) >= 5 and word.startswith(phrase_word)
                and len(word) - len(phrase_word) <= 4))


def agent_sectors(name: str) -> list[str]:
    """Sectors from the role and body nouns in an organization's name, longest phrase
    first (PETRARCH2's agent dictionary), the head's first: "Israeli Intelligence
    Ministry" -> GOV, SPY; "Defense Ministry" -> GOV, MIL; "Libyan National Army" ->
    MIL."""
    words = [w.strip(".,'\u2019()").lower() for w in name.replace("-", " ").split()]
    found: list[tuple[int, str]] = []  # (end, code) of each phrase, left to right
    i = 0
    while i < len(words):
        match = next(((len(phrase), code) for phrase, code in _agents().get(words[i][:4], ())
                      if i + len(phrase) <= len(words)
                      and all(_agent_word(w, p) for w, p in zip(words[i:], phrase))), None)
        if match:
            i += match[0]
            found.append((i, match[1]))
        else:
            i += 1
    # the phrase that ends the name (its head) gives the main sector; the ones before it
    # add theirs, except words for people rather than bodies ("Criminal Court" is JUD)
    head = [code for end, code in found if end == len(words)]
    out = [c for code in head for c in _chunks(code)]
    out += [c for end, code in found if end < len(words)
            for c in _chunks(code) if c not in PEOPLE_SECTORS]
    return list(dict.fromkeys(out))


TITLE_WINDOW = 40  # characters: longer than any title word


@lru_cache(maxsize=1)
def _name_words() -> tuple[dict[str, str], dict[tuple[str, ...], str]]:
    """generic_actors.yaml: an organization's sector from the word that ends its name
    (its head) or the words that start it (a UN body)."""
    data = load_yaml("generic_actors.yaml")
    prefixes = {tuple(k.split()): v for k, v in data["organization_prefixes"].items()}
    return dict(data["organization_heads"]), prefixes


def _name_words_of(name: str) -> list[str]:
    return [w.strip(",'\u2019()").lower() for w in name.replace("-", " ").split()]


def _name_sector(name: str) -> str | None:
    """"National Congress Party" PTY, "Global Source Partners" BUS, "U.N. Commission on
    the Limits of the Continental Shelf" IGO: the head word of an organization's name, or
    a UN prefix (not the name "UN" alone: the dictionaries code it)."""
    words = _name_words_of(name)
    heads, prefixes = _name_words()
    if len(words) < 2:
        return None
    for prefix, code in prefixes.items():
        if tuple(words[:len(prefix)]) == prefix and len(words) > len(prefix):
            return code
    return heads.get(words[-1].rstrip("."))


def _ends_unmatched(name: str) -> bool:
    """The agent dictionary found no phrase that ends the name: its sector came from a
    word before the head ("Congress" in "National Congress Party")."""
    words = _name_words_of(name)
    return not agent_sectors(words[-1]) if words else False


def _titled(ctx: Context, entity: Entity) -> list[str]:
    """Each mention with the capitalized word before it ("President Bush")."""
    out = []
    for m in entity.mentions:
        # the word before: a short window, not the whole text before every mention
        before = ctx.text[max(0, m.start - TITLE_WINDOW):m.start].split()
        if before and before[-1][:1].isupper() and before[-1].isalpha():
            out.append(f"{before[-1]} {m.text}")
    return list(dict.fromkeys(out))


def _modifier_country(ctx: Context, entity: Entity, country_of: dict[int, str]) -> str | None:
    """"British Defence Secretary Tom King", "Taiwan's Vice Foreign Minister": a country
    named before the mention inside its own noun phrase, not inside a prepositional phrase
    there ("China's ambassador to London Zheng Zeguang" serves China)."""
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        for token in root.subtree:
            if token.i >= span.start:
                break
            if token.i in country_of and not _in_phrase(token, root):
                return country_of[token.i]
    return None


def _in_phrase(token: Token, root: Token) -> bool:
    """``token`` hangs under ``root`` through a preposition or a clause."""
    while token.i != root.i and token.head.i != token.i:
        if token.dep_ in ("prep", "pobj", "relcl", "acl", "advcl"):
            return True
        token = token.head
    return False


def _role_noun(token: Token) -> bool:
    """A noun in apposition that can be a role: a common noun, or a capitalized title
    that is no name ("U.S. Air Force Chief of Staff, General Dave Goldfein"); the agent
    dictionary decides whether it is one."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and not token.ent_type_)


# A role written with one of these is not held on the article's date.
NOT_NOW = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "designate",
                     "elect", "nominee", "candidate", "would-be", "retired"})


def _role(ctx: Context, entity: Entity, country_of: dict[int, str],
          org_of: dict[int, Entity] | None = None) -> tuple[str | None, list[str]]:
    """Country and sectors of a person from the role the text gives them: a title before
    the name ("Turkish Foreign Minister Mevlut Cavusoglu") or a role noun in apposition
    ("Somalia's ambassador to Kenya, Mohamud Ahmed Nur"; "Frantz Exantus, Haiti's
    secretary of state").  The sectors come from PETRARCH2's agent dictionary; the
    country is the one that owns or qualifies the role noun, never the object of a
    preposition after it (an ambassador *to* Kenya serves Somalia).  A former or future
    role ("former French ambassador") gives its country but no sector.  A role held in a
    coded organization named with it ("Taliban spokesman Zabihullah Mujahid", "U.N.
    envoy Geir Pedersen") gives that organization's code: the person acts for it."""
    doc = ctx.doc
    for m in entity.mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        heads = [t for t in root.children if t.dep_ == "appos" and _role_noun(t)]
        if root.dep_ == "appos" and _role_noun(root.head):
            heads.append(root.head)
        if (root.dep_ == "pobj" and root.head.lower_ == "to"
                and root.head.head.pos_ == "NOUN"):
            heads.append(root.head.head)  # "ambassador to London Zheng Zeguang" (misparse)
        # the title before the name; the parser hangs a title with its own complement
        # as nmod ("Minister of Justice Naser Eldin Abdel Bari", "Chief of Staff Gen. X")
        phrases = [[t for t in root.subtree if t.i < span.start and not t.ent_type_
                    and t.dep_ in ("compound", "amod", "nmod") and not _in_phrase(t, root)]]
        for noun in heads:
            words = [t for t in noun.lefts if t.dep_ in ("compound", "amod")] + [noun]
            of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
            if obj is not None:
                words += [of] + [t for t in obj.lefts if t.dep_ == "compound"] + [obj]
            phrases.append(words)
        for words in phrases:
            if not words:
                continue
            sectors = agent_sectors(" ".join(t.text for t in words))
            if not sectors:
                continue
            owner = next((t for t in words if t in heads), root)
            mods = [t for t in owner.children if t.dep_ in ("poss", "amod", "compound")]
            mods += [t for t in words if t.dep_ in ("amod", "compound")]
            mods += [t for t in root.children if t.dep_ in ("amod", "compound", "poss")]
            mods += [c for t in words for c in t.children  # "[Taliban] spokesman X"
                     if c.dep_ in ("amod", "compound", "poss")]
            country = next((country_of[t.i] for t in mods if t.i in country_of), None)
            org = next((org_of[t.i] for t in mods if org_of and t.i in org_of), None)
            if org is not None and country in (None, org.country):
                country, sectors = org.country, list(org.sectors)
            if any(t.lower_ in NOT_NOW for t in list(owner.children) + words):
                sectors = []
            return country, sectors
    return None, []


def _headline_end(ctx: Context) -> int:
    """Where the headline ends (0 when the text does not start with the title)."""
    title = (ctx.article.title or "").strip()
    first = ctx.text.lstrip("\n")
    if title and first.startswith(title):
        return len(ctx.text) - len(first) + len(title)
    return 0


def _description(ctx: Context, entity: Entity, country_of: dict[int, str]
                 ) -> tuple[str | None, list[str]]:
    """An organization's code from the common noun that describes it, in apposition or
    right before the name: "the Syrian Kurdish militia, the YPG", "InterDots, a company
    that ...", "online magazine Healthcare Asia", "business consultancy Dezan Shira &
    Associates".  The sector is the noun's (with its modifiers) in PETRARCH2's agent
    dictionary, the country a country or demonym modifying it.  Not in the headline,
    whose commas join items where a sentence writes "and" ("Homeland Security, rights
    group to meet in court")."""
    doc = ctx.doc
    headline = _headline_end(ctx)
    for m in entity.mentions:
        if m.end <= headline:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        nouns = [t for t in root.children if t.dep_ == "appos" and t.pos_ == "NOUN"]
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            nouns.append(root.head)
        if span.start > 0:
            before = doc[span.start - 1]
            if before.pos_ == "NOUN" and before.head.i == root.i \
                    and before.dep_ in ("compound", "nmod", "amod"):
                nouns.append(before)
        for noun in nouns:
            mods = [t for t in noun.lefts if t.dep_ in ("compound", "amod")]
            words = [t for t in mods if not t.ent_type_] + [noun]
            sectors = agent_sectors(" ".join(t.text for t in words))
            country = next((country_of[t.i] for t in mods if t.i in country_of), None)
            if sectors or country:
                return country, sectors
    return None, []


ORGANIZATION_PREPS = frozenset({"of", "at", "with", "from"})


def _organization_of(ctx: Context, entity: Entity, org_of: dict[int, Entity]
                     ) -> tuple[str | None, list[str]] | None:
    """The coded organization a person is named with by a preposition, on the name or on
    a role noun in apposition: "Atilla Yesilada of Global Source Partners", "Ralf
    Matthaes, founder of Infocus Mekong Research", "John Doe, an analyst at the Brookings
    Institution".  News introduces a person it gives no title by where they work; the
    person speaks for it.  A name NER missed counts when its head word gives a sector.
    Returns the organization's country and sectors."""
    for m in entity.mentions:
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        root = span.root
        holders = [root] + [t for t in root.children if t.dep_ == "appos" and _role_noun(t)]
        if root.dep_ == "appos" and _role_noun(root.head):
            holders.append(root.head)
        for holder in holders:
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ORGANIZATION_PREPS:
                    continue
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if obj.i in org_of:
                        return org_of[obj.i].country, list(org_of[obj.i].sectors)
                    words = [t for t in obj.lefts if t.dep_ == "compound"] + [obj]
                    named = _name_sector(" ".join(t.text for t in words)) \
                        if obj.pos_ == "PROPN" and not obj.ent_type_ else None
                    if named:  # a name NER missed ("Global Source Partners")
                        return None, [named]
    return None


def _code(ctx: Context, entities: list[Entity], token_entity: dict[int, str]) -> list[Entity]:
    """Country and sectors for entities the merge left without: from the actor
    dictionaries (leaders and officials by date, IGOs, NGOs, companies, armed groups), from
    the role and body nouns of an organization's name (PETRARCH2's agent dictionary), from
    a country named in the mention's own noun phrase, and for a big city, its country
    ("Berlin rejected")."""
    by_id = {e.id: e for e in entities}
    country_of = {i: by_id[eid].country for i, eid in token_entity.items()
                  if by_id[eid].country and by_id[eid].type in ("NORP", "GPE")}
    done: dict[str, Entity] = {}
    org_of: dict[int, Entity] = {}
    weak: set[str] = set()  # organizations coded from a word before their name's head
    # people last: a role held in an organization takes its code ("Taliban spokesman")
    for e in sorted(entities, key=lambda e: e.type == "PERSON"):
        if e.type == "PERSON" and not org_of:
            org_of = {i: done[eid] for i, eid in token_entity.items()
                      if eid in done and done[eid].type == "ORG" and done[eid].sector}
        country, sectors = e.country, list(e.sectors)
        if e.type in ("ORG", "PERSON", "NORP"):
            found_country, found_sectors = _dictionary_sectors(
                e.name, ctx.article.published, person=e.type == "PERSON")
            if found_country is None and not found_sectors and e.type == "PERSON":
                # "President Bush": the dictionary lists a title with the surname
                for titled in _titled(ctx, e):
                    found_country, found_sectors = _dictionary_sectors(
                        titled, ctx.article.published)
                    if found_country or found_sectors:
                        break
            country, sectors = country or found_country, sectors or found_sectors
        outlet = outlets().canonical.get(normalize(e.name))
        if e.type in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART") and \
                outlet is not None:  # a news outlet: its country, MED
            country, sectors = country or outlets().countries[outlet], sectors or ["MED"]
        if not sectors and e.type == "ORG":  # "Israeli Intelligence Ministry"
            sectors = agent_sectors(e.name)
            if sectors and _ends_unmatched(e.name):
                weak.add(e.id)  # "Center for Political-Military Analysis": a guess
            named = _name_sector(e.name)  # "National Congress Party", "U.N. Commission"
            if named and (not sectors or named == "IGO" or _ends_unmatched(e.name)):
                sectors = [named, *[s for s in sectors if s != named]]
                weak.discard(e.id)
        if not country and e.type == "ORG":  # "Tunisian Ministry of Transport"
            words = e.name.split()
            named = places.country_of_demonym(words[0]) or places.country_of_name(words[0])
            if named is None and len(words) <= 3:  # "Radical French" (farmers)
                named = next((c for c in map(places.country_of_demonym, words[1:]) if c),
                             None)
            country = named.alpha3 if named else None
        if e.type == "PERSON" and not sectors:
            role_country, role_sectors = _role(ctx, e, country_of, org_of)
            if role_country and not country:  # a role with the country it serves
                country, sectors = role_country, role_sectors
            elif role_country in (None, country):  # "Justice Minister X", "Defense
                sectors = role_sectors  # Secretary Esper" of a known country: the sector
        if e.type == "ORG" and not (country and sectors):
            # described in apposition or before the name: "the HTS, a Syrian militant
            # group", "the Islamist militant group Hamas"
            role_country, role_sectors = _description(ctx, e, country_of)
            if role_country in (None, country) or not country:
                country, sectors = country or role_country, sectors or role_sectors
        if e.type == "PERSON" and not sectors:  # "Atilla Yesilada of Global Source
            org = _organization_of(ctx, e, {i: o for i, o in org_of.items()  # Partners"
                                           if o.id not in weak})
            if org is not None and country in (None, org[0]):
                country, sectors = org[0] or country, org[1]
        if not country and e.type in ("PERSON", "ORG"):
            country = _modifier_country(ctx, e, country_of)
        if not country and e.type == "GPE":
            country = places.country_of_city(e.name)
        update = {"country": country, "sector": sectors[0] if sectors else None,
                  "sectors": sectors}
        done[e.id] = (e if all(getattr(e, k) == v for k, v in update.items())
                      else e.model_copy(update=update))
    return [done[e.id] for e in entities]


def annotate(ctx: Context) -> None:
    found = mentions(ctx)
    _kin_roles(ctx, found)
    clusters = _retype(ctx, _group(found))
    clusters = _merge_short_orgs(clusters)
    clusters = _resolve_short_names(ctx, clusters)
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
    ctx.entities = places.resolve(ctx, _code(ctx, entities, token_entity))
    ctx.token_entity = token_entity


def prepare() -> None:
    """Load the actor dictionaries (with their folded person keys), the agent nouns and
    the name and kind tables now (see :func:`wiretrace.pipeline.load`)."""
    _international()
    _folded_people()
    _agents()
    outlets()
    _name_words()
    kinds.kinds()
    names.prepare()
    _saying()
