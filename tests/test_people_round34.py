"""Round 34, people split or merged (issue 20): invented texts only."""

from .conftest import holder as _holder


def test_a_name_without_its_middle_name_after_the_full_one_is_the_same_person(analyze_text):
    text = (
        "Jobs\n\nThe report helped Margaret Holloway Brandt, the front-runner, on Friday. "
        "''Margaret Brandt will build on it,'' an aide said. Voters like Mrs. Brandt, "
        "the Democratic front-runner, the poll found."
    )
    r = analyze_text(text, published="2015-11-09")
    full = _holder(r, text.index("Margaret Holloway Brandt"))
    assert full == "Margaret Holloway Brandt"
    assert _holder(r, text.index("Margaret Brandt")) == full
    assert _holder(r, text.index("Brandt, the Democratic")) == full


def test_the_shorter_name_written_first_is_not_joined_to_the_longer(analyze_text):
    # guard: first reference is the fullest, so "Walter Brandt" written before
    # "Walter Emmett Brandt" is someone else (a father and his son of the same name)
    text = (
        "Obituary\n\nHe was born in 1917 to Walter Brandt, a tailor, in Ohio. "
        "He is survived by his son, Walter Emmett Brandt, of Boston."
    )
    r = analyze_text(text, published="2016-04-01")
    assert _holder(r, text.index("Walter Brandt")) != "Walter Emmett Brandt"


def test_mr_and_ms_of_an_open_surname_are_two_people(analyze_text):
    # the couple is named only coordinated, their genders not given: "Mr. Haddad" and
    # "Ms. Haddad" stay open, but never in one entity, and her "she" is not his
    text = (
        "Parents\n\nThe parents, Tariq and Samira Haddad, spoke at the convention on "
        "Thursday. Mr. Haddad said the speech was about their son. ''We are proud,'' "
        "Ms. Haddad said. Mr. Haddad said he would speak again. Ms. Haddad said she was "
        "tired. Their son, Omar Haddad, died in 2004."
    )
    r = analyze_text(text, published="2016-08-01")
    mr = {_entity_id(r, i) for i in _surnames(text, "Mr. Haddad")}
    ms = {_entity_id(r, i) for i in _surnames(text, "Ms. Haddad")}
    assert None not in mr | ms
    assert not mr & ms
    assert _entity_id(r, text.index("she was")) not in mr


def _entity_id(report, start: int) -> str | None:
    return next((e.id for e in report.entities for m in e.mentions if m.start == start), None)


def _surnames(text: str, name: str) -> list[int]:
    """The offset of the surname in each use of ``name`` (the mention leaves the title
    out)."""
    out, i = [], text.find(name)
    while i >= 0:
        out.append(i + len(name.split()[0]) + 1)
        i = text.find(name, i + 1)
    return out


def test_his_in_a_phrase_of_cause_after_a_person_object_is_the_object(analyze_text):
    text = (
        "Ban\n\nPrime Minister Robert Calder spoke in London on Monday. Calder criticised "
        "Thomas Brandt in parliament over his call for a ban on visitors."
    )
    r = analyze_text(text, published="2016-05-16")
    assert _entity_id(r, text.index("his call")) == _entity_id(r, text.index("Thomas Brandt"))


def test_his_after_another_preposition_is_left_to_the_subject_rules(analyze_text):
    # guard: only a preposition of reason, topic or source ("met X at his home" is not)
    text = (
        "Talks\n\nPrime Minister Robert Calder spoke in London on Monday. Calder met "
        "Thomas Brandt in the morning at his home near the river."
    )
    r = analyze_text(text, published="2016-05-16")
    assert _entity_id(r, text.index("his home")) != _entity_id(r, text.index("Thomas Brandt"))
