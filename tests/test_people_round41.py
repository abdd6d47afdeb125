"""Round 41, people split or merged (issue 20; h-people41): invented texts only."""

from .conftest import person_holding


def test_a_demonym_and_a_clitic_run_into_a_name(analyze_text):
    # NER runs a plural demonym ("Floridians") and a quote's "That's" into one PERSON
    # span with the name; a proper name takes no dependent before it but a title (CGEL
    # ch. 5), so both spans are the name the other one ends with, one person with "Bush"
    text = (
        "Early votes\n\nHoping to last until their home states vote in March, Ohio\u2019s "
        "John Kasich and Floridians Jeb Bush and Marco Rubio are pushing supporters to "
        "mail their ballots early. Bush has a large field staff in the state.\n\n"
        "\u201cOnly two men here know the state,\u201d a strategist said. \u201cThat\u2019s "
        "Jeb Bush and Marco Rubio.\u201d Bush spoke in Tampa on Monday."
    )
    r = analyze_text(text, published="2016-02-17")
    first = person_holding(r, text, "Jeb Bush and Marco")
    assert first == "Jeb Bush"
    assert person_holding(r, text, "Bush has") == first
    assert person_holding(r, text, "Bush spoke") == first


def test_an_epithet_on_a_shirt_is_no_given_name(analyze_text):
    # "''Fascist Trump,''": the shirt's epithet is no given name (a common adjective of
    # the lemmatizer's index), so the span is the surname of Donald J. Trump
    text = (
        "Rallies\n\nProtesters came to a rally for Donald J. Trump in Ohio on Saturday. "
        "Guards removed a man in a shirt that read ''Fascist Trump,'' and two women who "
        "held up signs. Mr. Trump kept speaking. Trump later said the protesters were paid."
    )
    r = analyze_text(text, published="2016-03-12")
    assert person_holding(r, text, "Trump later") == "Donald J. Trump"
    assert person_holding(r, text, "Trump,''") in (None, "Donald J. Trump")


def test_a_given_name_before_a_surname_stays(analyze_text):
    # "Rand Paul" beside "Ron Paul": a given name (the actor dictionaries write it first)
    # is no description, so the two stay two people
    text = (
        "Senate\n\nRon Paul spoke in Iowa on Friday. Rand Paul answered him on Saturday. "
        "Paul said the debt was too high."
    )
    r = analyze_text(text, published="2016-01-10")
    assert person_holding(r, text, "Rand Paul") != person_holding(r, text, "Ron Paul")


def test_a_son_s_given_name_that_is_a_noun_stays(analyze_text):
    # "Hunter" is a common noun of the lemmatizer's index but singular: it may be a given
    # name the tables miss, so "Hunter Biden" stays apart from Joe Biden
    text = (
        "Ukraine\n\nVice President Joe Biden visited Kiev in 2015. His son, Hunter Biden, "
        "sat on the board of a gas company there. Hunter Biden said he broke no rule. "
        "Biden said he never spoke with his son about the company."
    )
    r = analyze_text(text, published="2019-10-01")
    assert person_holding(r, text, "Hunter Biden said") != person_holding(r, text, "Joe Biden")
