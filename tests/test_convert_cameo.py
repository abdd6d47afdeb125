"""tools/convert_cameo.py on an invented piece of a PETRARCH2 verb dictionary."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "convert_cameo", Path(__file__).resolve().parents[1] / "tools" / "convert_cameo.py")
convert_cameo = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(convert_cameo)

DICTIONARY = """\
---  HUNT   [---]  ---
PROWL
TRACK {TRACKS TRACKED} [090]
- * SUSPECT                                           [090]         # TRACK

---  SHOUT   [111]  ---
YELL
HOLLER [112]
"""


def test_a_verb_with_its_own_code_in_a_block_without_a_default_is_read():
    verbs = {lemma: (code, block) for lemma, code, block in
             convert_cameo.verb_blocks(DICTIONARY)}
    assert verbs["track"] == ("090", "HUNT")  # own code, block without a default
    assert "prowl" not in verbs  # no code of its own, none from the block
    assert verbs["yell"] == ("111", "SHOUT")  # the block's default
    assert verbs["holler"] == ("112", "SHOUT")  # its own code over the default


def test_the_patterns_of_a_block_without_a_default_are_read():
    assert ("HUNT", "suspect", "090") in set(convert_cameo.patterns(DICTIONARY))


PATTERNS = """\
&WEAPON
+RIFLE
+MORTAR_SHELL

---  SLAY   [190]  ---
KILL
- * HIMSELF                                           [---]         # KILL
- QUAKE *                                             [---]         # KILL
- &WEAPON * CIVILIANS                                 [193]         # KILL
- * (BY {&WEAPON FIRE})                               [193]         # KILL
- * (IN {AIR_STRIKE})                                 [195]         # KILL
- * (UNDER FIRE)                                      [:111]        # KILL
- * TRUCE                                             [0871:0871]   # KILL
- * (TO +)                                            [042]         # KILL
"""


def test_paired_reversed_null_and_subject_patterns_are_read():
    found = {(words, code) for _, words, code in convert_cameo.patterns(PATTERNS)}
    assert ("himself", "---") in found  # no event: the pattern blocks the sense
    assert ("quake *", "---") in found  # words before the verb, on its subject
    assert ("rifle * civilians", "193") in found  # a set before the verb
    assert ("mortar shell * civilians", "193") in found  # a member's "_" is a space
    assert ("by mortar shell fire", "193") in found
    assert ("in air strike", "195") in found  # "_" joins words
    assert ("under fire", ":111") in found  # the object's act only
    assert ("truce", "0871:0871") in found  # the subject's act, then the object's
    assert not any("+" in words for words, _ in found)  # actor slots stay out
