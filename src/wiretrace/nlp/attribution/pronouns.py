"""Pronoun antecedents of the attribution layer's sources: which source a he, she, they or
it that speaks or relays stands for (``SourceBook._pronoun`` and the helpers only it
uses: a verb's person object for a he in its phrase of cause, the clause's subject, the
nearest earlier subject or mention that fits by kind and gender).  A mixin of
``sources.SourceBook``, whose entries, token map and ``resolve`` it reads."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ... import names
from ..actors.antecedents import (
    clause_subject,
    embedded,
    entity_genders,
    gloss,
    governing_subjects,
    quoted,
    sentence_before,
    sentences_back,
)
from ..actors.predicates import VERB_TAGS, finite_next
from .words import lexicon, names_people

# prepositions of a reason, topic or source after a verb and its object (round 34)
_CAUSE_PREPOSITIONS = frozenset({"over", "for", "about", "from"})


@lru_cache(maxsize=1)
def object_biased_verbs() -> frozenset[str]:
    """The object-biased implicit-causality verbs (``data/implicit_causality.yaml``:
    VerbNet 3.3 judgment-33.1 and admire-31.2, and kin): after one of these a he/she in
    the verb's phrase of reason is its person object (round 36)."""
    from ...lexicon import load_yaml

    data = load_yaml("implicit_causality.yaml")
    return frozenset(w.lower() for group in data.values() for w in group)


class PronounAntecedents:
    """What a pronoun source stands for; mixed into ``sources.SourceBook``."""

    def _pronoun(self, pron: Token) -> int | None:
        """"he said": the nearest earlier subject that fits the pronoun (a person for
        he/she, a group or body for they/we, a body or document for it), in the three
        sentences before; else the nearest earlier mention that fits, in the ten
        sentences before (a speaker quoted over several paragraphs)."""
        lex = lexicon()
        group = lex.pronouns.get(pron.lower_)
        if group is None:
            return None
        named = gloss(pron)  # 'he (Erdogan) may not want': the writer says whom
        if named is not None:
            key = self.resolve(named)
            return key if key is not None and self._fits_entry(key, named, group) else None
        if group == "person":
            key = self._verbs_object(pron)
            if key is not None:
                return key
        # the subject of the clause the pronoun continues ("Syria says it will ...")
        subject = clause_subject(pron)
        if subject is not None and subject.i < pron.i and self._quoted(
                pron) and not self._quoted(subject) and self._direct_speech(pron, subject):
            # 'Mr. Manafort said, adding of Mr. Trump, "He cares ..."': in direct speech
            # a third person is not the speaker, who would say "I" (CGEL ch. 17, direct
            # reported speech keeps the speaker's deixis); someone named before it is
            return self._other_than(pron, group, self.resolve(subject))
        if subject is not None and subject.i < pron.i:
            key = self.resolve(subject)
            if key is not None and self._fits_entry(key, subject, group) and (
                    group != "person" or self._same_gender(subject, pron)):
                return key
        # a pronoun of the narration ('"...," he added') continues a speaker the narration
        # named, not a person named inside someone's quotation (spoken about, not
        # speaking); only where no one named outside quotation marks fits it, one inside
        if not self._quoted(pron):
            key = self._viewpoint(pron, group)
            if key is not None:
                return key
            key = self._continued_speaker(pron, group)
            if key is not None:
                return key
            key = self._earlier(pron, group, narrated=True)
            if key is not None:
                return key
        return self._earlier(pron, group)

    def _verbs_object(self, pron: Token) -> int | None:
        """A he/his inside a phrase of cause or topic after a verb's person object ("Cameron
        criticised Trump over his call", "asked Trump about statements he had made",
        "distance Mr. Trump from his plan"): the object, whose act the phrase names
        (implicit causality, Garvey & Caramazza 1974: the reason for criticizing or
        praising lies with the object).  Only a preposition of reason, topic or source,
        and "for" only after an object-biased verb (round 36, :func:`object_biased_verbs`:
        after "praise" or "blame" it gives the reason, after "host" or "invite" a purpose,
        so "hosted Bakir for what he called a meeting" leaves the he to the other rules),
        the object a person named before the pronoun and of its gender, the subject (an
        infinitive's: its controller's) another person, and no other subject on the way
        up."""
        t = pron
        while t.dep_ != "prep" and t.head.i != t.i:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i != pron.i:
                return None
            if t.pos_ in ("VERB", "AUX") and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.i != pron.i
                    and not (c.i < pron.i and c.is_ancestor(pron)) for c in t.children):
                return None
            t = t.head
        if t.dep_ != "prep" or t.lower_ not in _CAUSE_PREPOSITIONS:
            return None
        verb = t.head
        if verb.pos_ != "VERB" or (t.lower_ == "for" and verb.lemma_.lower() not in (
                object_biased_verbs())):
            return None  # "hosted Bakir for what he called": a purpose, not a reason
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < pron.i]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] or [
            c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ == "xcomp"]
        if len(objects) != 1 or not subjects or self._entity_type(objects[0]) != "PERSON":
            return None
        key = self.resolve(objects[0])
        if key is None or not self._fits_entry(key, objects[0], "person") or not (
                self._same_gender(objects[0], pron)):
            return None
        return key if self.resolve(subjects[0]) not in (None, key) else None

    def _direct_speech(self, pron: Token, subject: Token) -> bool:
        """``pron``'s clause is direct speech that ``subject`` reports: the subject's verb
        is a cue verb outside the quotation marks and the clause under it that holds the
        pronoun has no subordinator.  Not a partial quote inside indirect speech ('said
        that "he believes ..."': indirect speech shifts deixis, CGEL ch. 17 §10) nor a
        quote that holds the subject's own verb ('Hale "believes he can win"')."""
        verb = subject.head
        if self._quoted(verb) or verb.lemma_.lower() not in lexicon().verbs:
            return False
        node = pron
        while node.head.i != verb.i:
            if node.head.i == node.i:
                return False
            node = node.head
        return not any(c.dep_ == "mark" for c in node.children)

    def _quoted(self, t: Token) -> bool:
        """Inside quotation marks, two apostrophes (the NYT archive's) counted."""
        return quoted(t, self.ctx.masked, doubled=True)

    def _other_than(self, pron: Token, group: str, speaker: int | None) -> int | None:
        """The nearest name before ``pron`` in its sentence and the two before that fits it
        and is not the quote's ``speaker`` (as ``antecedents._quoted_antecedent``)."""
        for t in reversed(self.doc[sentences_back(pron, 2):pron.i]):
            if t.pos_ != "PROPN" or t.dep_ == "compound" or not self._fits(t, group, pron):
                continue
            key = self.resolve(t)
            if key is not None and key != speaker and self._fits_entry(key, t, group):
                return key
        return None

    def _earlier(self, pron: Token, group: str, narrated: bool = False) -> int | None:
        """The nearest earlier subject that fits, in the three sentences before, else the
        nearest earlier mention that fits, in the ten before; ``narrated``: outside
        quotation marks only.  For he/she, a subject of an earlier sentence's relative
        or noun clause (``antecedents.embedded``: "... remarks, which have included the
        suggestion that President Obama was ... ''...,'' he said") counts only as a
        mention: the center is the subject of a main clause."""
        sents = self._sents
        idx = next((k for k, s in enumerate(sents) if s.start == pron.sent.start), 0)
        near = sents[max(0, idx - 3)].start
        far = sents[max(0, idx - 10)].start
        fallback = None
        before = sentence_before(pron) if group == "person" else None
        if before is not None and any(w.dep_ in ("nsubj", "nsubjpass") and (
                w.lower_ == pron.lower_ or names_people(w)) for w in before):
            # a he subject there, or a noun for a person ("The commentator has filled
            # his speeches for Marsh. He has called"), continues someone: the rules below
            before = None
        for t in reversed(self.doc[far:pron.i]):
            if t.i < near and fallback is not None:
                break
            if before is not None and t.i < before.start:
                # past the sentence before with a person named there who fits but no
                # subject that did ("But Mrs. Alvarez will face the pressure Mr. Brandt
                # has. He noted"; "Mr. Brandt's bet is ... He says"): that person, before any
                # older sentence's subject (Hobbs 1978: the sentences are searched in
                # order of recency; Brennan, Friedman & Pollard 1987: the antecedent is
                # of the previous utterance's centers, filtered by agreement)
                if fallback is not None and fallback.i >= before.start and (
                        fallback.pos_ == "NOUN" or self._named_person(fallback)):
                    key = self.resolve(fallback)
                    if key is not None and self._fits_entry(key, fallback, group):
                        return key
                before = None
            if t.pos_ == "PRON" and t.dep_ == "nsubj" and t.i >= near and group == "person" \
                    and t.lower_ == pron.lower_ and t.sent.start != pron.sent.start \
                    and self._by_token.get(t.i) is not None \
                    and self._quoted(t) == self._quoted(pron):
                # '"He added that ... Obama was ... ''...,'' he said': the he of an earlier
                # sentence's main clause, a source already found, is the center the later
                # he continues (centering: a pronoun subject realizes the center); not
                # across quotation marks (a quote's "he" is someone its speaker names)
                key = self._by_token[t.i]
                if self._fits_entry(key, t, group) and not embedded(t):
                    return key
            opening = group == "person" and t.sent.start == pron.sent.start and (
                self._opening_subject(t))
            if (t.pos_ not in ("PROPN", "NOUN") and not self._person_name(t)) \
                    or (t.dep_ == "compound" and not opening) or (
                    narrated and self._quoted(t)):
                continue
            if not self._fits(t, group, pron):
                key = self._subjects_possessor(t, pron, group)
                if key is not None:
                    return key
                continue
            if (t.dep_ in ("nsubj", "nsubjpass") or opening) and t.i >= near and not (
                    group == "person" and t.sent.start != pron.sent.start and embedded(t)):
                key = self._governing(t, pron, group)
                if key is not None:
                    return key
                key = self.resolve(t, speaker=self._by_token.get(t.i) is not None)
                if key is not None and self._fits_entry(key, t, group):
                    return key
            elif fallback is None and (group != "person" or self._shown_person(t)):
                fallback = t
        if fallback is not None:
            key = self.resolve(fallback)
            if key is not None and self._fits_entry(key, fallback, group):
                return key
        return None

    def _viewpoint(self, pron: Token, group: str) -> int | None:
        """A he/she of the narration in the sentence after one that opens with a fronted
        "For" and a person's name set off by a comma ("For Mr. Rubio, ... has been a
        constant struggle ... While he embraces"; "For Jonathan Chait, Williamson is
        exposing ... ''...,'' he mocks"): that person.  A fronted "for" phrase of a
        person names whose view or concern the sentence gives (a viewpoint adjunct,
        Quirk et al. 1985 §8.86; CGEL ch. 8) and, fronted, the sentence's topic, the
        center the next sentence continues (centering: the topic ranks first).  Only
        where the sentences between name no person and the pronoun's own sentence names
        none before it; the frame one or two sentences back (a colon the parse made a
        sentence break), of the pronoun's gender."""
        if group != "person":
            return None
        sent = pron.sent
        if any(self._person_name(t) for t in self.doc[sent.start:pron.i]):
            return None
        for _ in range(2):
            before = sentence_before(self.doc[sent.start])
            if before is None:
                return None
            key = self._frame(before, pron, group)
            if key is not None:
                return key
            if any(self._person_name(t) for t in before):
                return None
            sent = before
        return None

    def _continued_speaker(self, pron: Token, group: str) -> int | None:
        """'"...," he added': a he/she subject of "add" or "continue" right after a quote is
        the speaker of the last quote the narration attributed to someone, the nearest
        earlier person subject of a reporting verb outside quotation marks, in the ten
        sentences before (a verb of continuation says the same speaker goes on)."""
        verb = pron.head
        if group != "person" or pron.dep_ != "nsubj" or verb.lemma_.lower() not in (
                "add", "continue") or pron.i == 0 or not (
                self.doc[pron.i - 1].is_quote or self.doc[pron.i - 1].text == "''"):
            return None
        far = sentences_back(pron, 10)
        verbs = lexicon().verbs
        for t in reversed(self.doc[far:pron.i - 1]):
            if t.dep_ not in ("nsubj", "nsubjpass") or self._quoted(t) or (
                    t.head.lemma_.lower() not in verbs):
                continue
            if t.pos_ == "PRON":
                key = self._by_token.get(t.i)
            elif self._fits(t, group, pron):
                key = self.resolve(t)
            else:
                continue
            if key is not None and self._fits_entry(key, t, group) and self._same_gender(
                    t, pron):
                return key
            return None
        return None

    def _frame(self, sent, pron: Token, group: str) -> int | None:
        """The person a sentence's opening "For <name>," names, where it fits ``pron``."""
        words = [t for t in sent if not t.is_space and not t.is_quote][:4]
        if len(words) < 3 or words[0].lower_ != "for":
            return None
        first = 1  # a title before the name ("For Mr. Rubio,", "For Sen. Graham,")
        while first < len(words) - 1 and not self._person_name(words[first]) and (
                words[first].text[:1].isupper() and words[first].pos_ == "PROPN"):
            first += 1
        if not self._person_name(words[first]):
            return None
        hi = self._name_span(words[first])[1]
        if hi + 1 >= len(self.doc) or self.doc[hi + 1].text != ",":
            return None
        name = self.doc[hi]
        if not self._fits(name, group, pron):
            return None
        key = self.resolve(name)
        return key if key is not None and self._fits_entry(key, name, group) else None

    def _opening_subject(self, t: Token) -> bool:
        """A person's name that opens its clause right before a verb, which the parse did
        not make the subject ("Trump despises what he calls ...", read as a compound noun
        before a plural; "Earlier this month, Trump hosted Erdogan ...", a modifier of the
        object): in a declarative clause the noun phrase before the finite verb is its
        subject (English SVO order, CGEL ch. 4), so it is the subject a he/she after it
        in its sentence may continue (``_earlier``: not a later sentence's, where a subject
        the parse did find may stand between).  Only the last word of the name; the name
        first in its sentence, after a coordinator, or after an opening adverbial set off
        by a comma (no verb and no name in it); the next word a finite verb by its tag or a
        verb in -s of the dictionary, and the word after that no verb (else the two are a
        noun and its verb: "Trump supporters believe")."""
        if t.dep_ in ("nsubj", "nsubjpass", "poss") or not self._person_name(t):
            return False
        lo, hi = self._name_span(t)
        if hi != t.i or not finite_next(self.doc, hi):
            return False
        sent = self.doc[lo].sent
        before = [w for w in self.doc[sent.start:lo] if not w.is_space]
        if not before:
            return True
        if len(before) == 1:
            return before[0].dep_ == "cc" or before[0].lower_ in ("but", "and", "yet", "so")
        return before[-1].text == "," and not any(
            w.tag_ in VERB_TAGS or self._person_name(w) or w.is_quote for w in before)

    def _person_name(self, t: Token) -> bool:
        """A word of a person's name whatever the tagger made of it: "Trump himself was
        delighted" tags the surname a verb (to trump), but the name's entity says who."""
        return self._entity_id(t) is not None and self._entity_type(t) == "PERSON"

    def _named_person(self, t: Token) -> bool:
        """A name the article gives as a person's: its entity has a name of two words or
        more, or a title stands before it ("Mr. Brandt"); not a one-word name only typed
        PERSON (a place the NER took for one, "moving with their children to Okinawa")."""
        entity = self.ctx.entity(self._entity_id(t))
        if entity is not None and any(len(m.text.split()) > 1 for m in entity.mentions):
            return True
        lo = self._name_span(t)[0]
        return lo > 0 and names.is_title(self.doc[lo - 1].text)

    def _shown_person(self, t: Token) -> bool:
        """Whether a mention that is no subject may be a he/she's antecedent by mention
        alone (``_earlier``'s nearest earlier mention): a common noun, or a name the
        article shows to be a person's (:meth:`_named_person`: a name of two words or
        a title), or a one-word name that is some clause's subject somewhere in the
        article ("Carson defied the question"; the subject of a verb of doing or saying,
        the use a person's name has).  Not a one-word name the tagger typed PERSON with
        none of these: a he/she agrees only with an animate antecedent, and that typing
        alone is no evidence of one ("Harsh? He doesn't think so", "placed them under a
        new company, Kissito (pronounced ...) Healthcare. He became"; round 42's
        "relocating ... to Okinawa": three articles, round 43)."""
        if not self._person_name(t) or self._named_person(t):
            return True
        eid = self._entity_id(t)
        return any(w.dep_ in ("nsubj", "nsubjpass") for i, e in self.ctx.token_entity.items()
                   if e == eid for w in (self.doc[i],))

    def _subjects_possessor(self, t: Token, pron: Token, group: str) -> int | None:
        """For a he/she after a subject that is no person but a person's thing, in the same
        sentence ("Mr. Cruz's success ... reflects how he has pursued", "Ms. Merkel's
        popularity has been dented by her decision", "Mrs. Clinton's campaign has been
        out of step with ... the hard work she promised"): the possessor, the person
        the sentence is about (the possessor of the subject ranks with the subject among
        a sentence's centers: Walker & Prince 1996; Poesio et al. 2004, "Centering: a
        parametric theory").  Only a person named as the possessor (a proper name, of
        the pronoun's gender), not across quotation marks, only where the pronoun stands
        under the subject's verb, and only with no other person named between the
        subject and the pronoun, a nearer candidate ("Mr. Trump's words may have affected
        the former president, who spent ... at the school where he first learned": the
        president)."""
        if group != "person" or t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "NOUN" \
                or t.sent.start != pron.sent.start or self._quoted(t) != self._quoted(pron) \
                or not t.head.is_ancestor(pron):
            return None
        if any(w.pos_ in ("NOUN", "PROPN") and w.dep_ != "compound" and self._fits(
                w, group, pron) for w in self.doc[t.i + 1:pron.i]):
            return None
        for owner in t.children:
            if owner.dep_ == "poss" and owner.pos_ == "PROPN" and self._fits(owner, group, pron) \
                    and self._entity_type(owner) == "PERSON":
                key = self.resolve(owner)
                if key is not None and self._fits_entry(key, owner, group):
                    return key
        return None

    def _governing(self, t: Token, pron: Token, group: str) -> int | None:
        """For a he/she in a later sentence than ``t``, a subject the sentence holds
        ``t``'s clause under (``antecedents.governing_subjects``) that fits the pronoun:
        "Mr. Trump was blunt, claiming that President Obama wanted ... ''...,'' he said"
        continues the one the sentence is about, not the one its claim is about.  Not
        across quotation marks (a quote's words are not its speaker's clause)."""
        if group != "person" or t.sent.start == pron.sent.start:
            return None
        inside = self._quoted(t)
        for above in governing_subjects(t):
            if self._quoted(above) != inside or not (
                    self._fits(above, group, pron) or above.lower_ == pron.lower_):
                continue
            key = self.resolve(above)
            if key is not None and self._fits_entry(key, above, group):
                return key
        return None

    def _fits(self, t: Token, group: str, pron: Token | None = None) -> bool:
        """Whether a noun may be what a pronoun of ``group`` stands for: a person's name,
        an official or a known person source for he/she, not of the other gender than
        ``pron``'s where a title says it ("Mrs. Clinton" is no "he"); no person's name
        for they/it."""
        known = self._by_token.get(t.i)
        if group == "person":
            if pron is not None and not self._same_gender(t, pron):
                return False
            return self._entity_type(t) == "PERSON" or lexicon().source_nouns.get(
                t.lemma_.lower()) == "official" or (
                known is not None and self.entries[known].kind in ("person", "official")
                and t.tag_ in ("NN", "NNP"))
        return self._entity_type(t) != "PERSON"

    def _same_gender(self, t: Token, pron: Token) -> bool:
        """Whether ``t``'s entity may be what ``pron`` stands for by gender: yes where
        either says none (``antecedents.entity_genders``)."""
        wanted = names.pronoun_gender(pron.text)
        if wanted is None:
            return True
        if self._genders is None:
            self._genders = entity_genders(self.ctx)
        return self._genders.get(self._entity_id(t) or "", wanted) == wanted

    def _fits_entry(self, key: int, t: Token, group: str) -> bool:
        kind = self.entries[key].kind
        if group == "person":
            return kind in ("person", "official")
        if group == "group":
            return kind in ("official", "anonymous", "organization", "outlet") or (
                kind == "person" and t.tag_ in ("NNS", "NNPS"))
        return kind in ("organization", "outlet", "document")
