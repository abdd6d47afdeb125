"""The scorer of people split or merged within an article (eval/people.py)."""

from pathlib import Path

import pytest

from wiretrace.errors import InputError
from wiretrace.eval import people

REPO = Path(__file__).resolve().parents[1]
HEAD = "story\thalf\tkind\tentities\tnote\n"


def _write(tmp_path, body):
    path = tmp_path / "people.tsv"
    path.write_text("# a comment\n" + HEAD + body, encoding="utf-8")
    return path


def _entity(eid, name, etype, *mentions):
    return {"id": eid, "name": name, "type": etype, "mentions": list(mentions)}


def test_the_judgment_file_reads_and_its_errors_carry_their_latest_status():
    rows = people.read_judgments(REPO / "docs/judgments/people-voa.tsv")
    assert len({r["story"] for r in rows}) == 60
    errors = people.judged_errors(rows)
    assert {e["kind"] for e in errors} == {"split", "merged"}
    assert all(e["offsets"] for e in errors)
    assert {e["status"] for e in errors} >= {"fixed", "still", "judged"}
    assert {e["merge"] for e in errors if e["kind"] == "merged"} == {"pp", "pn"}


def test_bad_rows_are_refused(tmp_path):
    with pytest.raises(InputError):
        people.read_judgments(_write(tmp_path, "1\tdev\tguess\tA\tx@3\n"))
    with pytest.raises(InputError):  # an error must name its mentions by offset
        people.read_judgments(_write(tmp_path, "1\tdev\tsplit\tA | B\tno offsets\n"))


def test_a_split_stands_while_its_mentions_lie_in_two_entities():
    error = {"kind": "split", "offsets": [10, 40, 60], "entities": "Ann Lee | Lee",
             "later": ""}
    apart = [_entity("e1", "Ann Lee", "PERSON", (10, 17, "Ann Lee")),
             _entity("e2", "Lee", "PERSON", (40, 43, "Lee"), (60, 63, "she"))]
    assert people.recheck(error, apart)[0] == "still"
    joined = [_entity("e1", "Ann Lee", "PERSON", (10, 17, "Ann Lee"), (40, 43, "Lee"))]
    assert people.recheck(error, joined)[0] == "gone"  # @60 unlinked: no error


def test_a_merge_stands_in_its_entity_is_gone_unlinked_and_moved_elsewhere():
    error = {"kind": "merged", "offsets": [50, 10], "entities": "Ann Lee | Bo Park",
             "later": "", "note": "pp: he@50 is Bo Park, listed in Ann Lee"}
    held = [_entity("e1", "Ann Lee", "PERSON", (10, 17, "Ann Lee"), (50, 52, "he"))]
    assert people.recheck(error, held)[0] == "still"
    assert people.recheck(error, [_entity("e1", "Ann Lee", "PERSON", (10, 17, "Ann Lee"))]
                          )[0] == "gone"
    moved = [_entity("e2", "Di Ek", "PERSON", (30, 35, "Di Ek"), (50, 52, "he"))]
    assert people.recheck(error, moved)[0] == "moved"
    assert people.recheck({**error, "later": "now in Di Ek, right"}, moved)[0] == "rejudged"
    to_cy = {**error, "entities": "Ann Lee", "note": "pp: he@50 is Cy Oz, listed in Ann Lee"}
    cy = [_entity("e3", "Cy Oz", "PERSON", (30, 35, "Cy Oz"), (50, 52, "he"))]
    assert people.recheck(to_cy, cy)[0] == "to referent"
    assert people.recheck({**error, "entities": "Ann Lee | Cy Oz"}, cy)[0] == "to referent"
    assert people.recheck({**to_cy, "note": "pp: he@50 is Di Ek, listed"}, cy)[0] == "moved"


def test_candidates_shared_words_two_names_and_pronouns_of_people_elsewhere():
    entities = [
        _entity("e1", "Ann Lee", "PERSON", (0, 7, "Ann Lee"), (20, 23, "she")),
        _entity("e2", "Lee", "PERSON", (30, 33, "Lee")),
        _entity("e3", "Carl Berg", "PERSON", (40, 49, "Carl Berg"), (60, 69, "Dora Berg"),
                (70, 72, "he"), (80, 83, "she")),
        _entity("e4", "Ministry", "ORG", (90, 98, "Ministry"), (100, 102, "he")),
        _entity("e5", "Lee Province", "GPE", (110, 122, "Lee Province")),
        _entity("e6", "All Carl", "WORK_OF_ART", (130, 138, "All Carl"))]
    found = {(c["kind"], c["entities"]) for c in people.candidates("1", entities, "")}
    assert found == {("shared name word", "Ann Lee | Lee"),
                     ("two full names", "Carl Berg"),
                     ("he and she in one entity", "Carl Berg"),
                     ("person pronoun in a non-person", "Ministry"),
                     ("name word in another type", "Carl Berg | All Carl")}
    judged = people.candidates("1", entities[:2], " ann lee and lee rightly apart")
    assert [c["judged"] for c in judged] == [True]


def test_scores_count_per_half():
    rows = [{"story": "1", "half": "dev", "kind": "split", "entities": "Ann Lee | Lee",
             "note": "Ann Lee@0, Lee@30", "offsets": [0, 30], "line": 2},
            {"story": "2", "half": "check", "kind": "merged", "entities": "Bo Park",
             "note": "pn: he@5", "offsets": [5], "line": 3}]
    views = {"1": [_entity("e1", "Ann Lee", "PERSON", (0, 7, "Ann Lee")),
                   _entity("e2", "Lee", "PERSON", (30, 33, "Lee"))],
             "2": [_entity("e3", "Bo Park", "PERSON", (0, 2, "Bo"), (5, 7, "he"))]}
    result = people.score(rows, views, {"1": "dev", "2": "check"})
    assert (result["dev"]["splits_now"], result["dev"]["person_entities"]) == (1, 2)
    assert (result["check"]["merges_now"], result["check"]["merges_now_pn"]) == (1, 1)
    assert "dev: stories 1" in people.render(result)
