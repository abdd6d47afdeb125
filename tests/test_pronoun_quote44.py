"""Round 44 (h-pronquote44): in a direct quote the speaker refers to himself or herself in
the first person (a direct report keeps the original speaker's deixis, CGEL ch. 17), so
the events layer's ``antecedents.pronoun_entity`` gives a he/she inside the speaker's own
direct quote to the nearest agreeing person other than the speaker.  Indirect speech is
left alone ("Mr. Dunbar said he would ..." is Mr. Dunbar).  Sentences written for the
test."""

from __future__ import annotations

from .conftest import actor_names


def test_a_he_in_the_speakers_own_direct_quote_is_someone_else(analyze_text):
    text = ("Budget talks\n\nGovernor Paul Reyes signed the budget on Monday. Senator Mark "
            "Dunbar spoke to reporters in Albany on Tuesday. \"He cut our schools. He will "
            "attack the teachers next,\" Mr. Dunbar said.")
    r = analyze_text(text, published="2016-03-20")
    found = actor_names(r, text, "He cut")
    assert found and "Mark Dunbar" not in found
    assert "Paul Reyes" in found


def test_a_he_in_indirect_speech_stays_the_speaker(analyze_text):
    # guard: no quotation marks, the he of the reported clause is the speaker
    text = ("Budget talks\n\nGovernor Paul Reyes signed the budget on Monday. Senator Mark "
            "Dunbar spoke to reporters in Albany on Tuesday. Mr. Dunbar said he would "
            "attack the budget.")
    r = analyze_text(text, published="2016-03-20")
    assert "Mark Dunbar" in actor_names(r, text, "he would attack")
