"""Round 30: an apostrophe written as a curly mark inside a word is parsed as a straight
one (context.straight_apostrophes), and every record still shows the article's own
characters.  Invented sentences."""

from wiretrace.nlp.context import masked_text, straight_apostrophes
from wiretrace.read.text import from_text


def test_only_the_mark_of_a_contraction_is_straightened():
    text = (
        "That’s it; I’m sure we’ll win, they’ve said, you’d know, we’re here, don’t go, "
        "let’s see what’s left: Cruz’s campaign, O’Brien, the students’ union, ‘no’. ’Tis "
        "Trump‘s ‘90s"
    )
    out = straight_apostrophes(text)
    assert len(out) == len(text)
    assert out == (
        "That's it; I'm sure we'll win, they've said, you'd know, we're here, don't go, "
        "let's see what's left: Cruz’s campaign, O’Brien, the students’ union, ‘no’. ’Tis "
        "Trump‘s ‘90s"
    )
    assert straight_apostrophes("Itʼs over, she‘s gone") == "It's over, she's gone"
    plain = "No curly mark here."
    assert straight_apostrophes(plain) is plain


def test_the_parse_reads_a_curly_contraction_as_the_verb(nlp):
    doc = nlp(masked_text(from_text('"That’s treason," she said.')))
    s = next(t for t in doc if t.lower_ == "'s")
    assert s.lemma_ == "be"
    assert doc[s.i + 1].text == "treason" and doc[s.i + 1].head.i == s.i
    doc = nlp(masked_text(from_text("I’m not sure it’s right.")))
    assert [t.lemma_ for t in doc if t.text in ("'m", "'s")] == ["be", "be"]


def test_the_masked_text_keeps_every_offset():
    article = from_text("He said it’s over.\nO’Neill’s team won’t.")
    masked = masked_text(article)
    assert len(masked) == len(article.text)
    changed = [i for i, (a, b) in enumerate(zip(masked, article.text)) if a != b]
    assert changed == [article.text.index("’s"), article.text.index("’t")]


def test_records_show_the_articles_own_apostrophes(analyze_text):
    text = (
        "Sean O’Brien, the union’s leader, said on Monday that the deal “won’t hold.”\n"
        "O’Brien’s deputy, Mary O’Neill, said it’s over."
    )
    r = analyze_text(text, published="2021-11-20")
    names = [e.name for e in r.entities] + [a for e in r.entities for a in e.aliases]
    assert "Sean O’Brien" in names
    sources = [s.name for s in r.sources]
    assert "Sean O’Brien" in sources
    strings = names + sources + [q.text for q in r.quotes]
    strings += [a.text for ev in r.events for a in ev.actors] + [ev.trigger.text for ev in r.events]
    assert not [s for s in strings if "'" in s]


def test_words_from_the_doc_take_the_articles_own_marks_back(nlp):
    from wiretrace.nlp.context import Context

    article = from_text("We’re Here, a campaign group, said it’s over.")
    ctx = Context(article=article, doc=nlp(masked_text(article)))
    assert ctx.doc.text.startswith("We're Here")
    assert ctx.words(0, 10) == "We’re Here"
    assert ctx.words(0, len(article.text)) == article.text
