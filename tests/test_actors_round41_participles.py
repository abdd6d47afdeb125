"""Round 41 (lead): a participle or deverbal adjective of a whole dictionary noun is no form
of that noun when the agent dictionary's words are matched ("Crooked Hillary" is no crook),
while PETRARCH2's cut stems still take their endings ("minist" -> ministers, ministry)."""

from wiretrace.nlp.actors.agents import agent_sectors


def test_an_adjective_in_ed_is_no_agent_noun():
    assert agent_sectors("Crooked") == []
    assert agent_sectors("crook") == ["CRM"]
    assert agent_sectors("crooks") == ["CRM"]


def test_cut_stems_still_take_their_endings():
    assert agent_sectors("ministers") == ["GOV"]
    assert agent_sectors("Ministry") == ["GOV"]
