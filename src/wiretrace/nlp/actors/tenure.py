"""A role on the article's date: the words that say a role is not held now ("former",
"nominee", "then") and what a former state office makes its holder (docs/actors.md)."""

from __future__ import annotations

from spacy.tokens import Token

# A role written with one of these is not held on the article's date.
NOT_NOW = frozenset({"former", "ex", "late", "then", "outgoing", "incoming", "designate",
                     "elect", "nominee", "candidate", "would-be", "retired"})


# Words that put a role in the past: its holder has left it.
FORMER = frozenset({"former", "ex", "retired"})
# Sectors of a state's office holders.
STATE_ROLES = frozenset({"GOV", "LEG", "JUD", "MIL"})


def former(sectors: list[str], words: list[Token]) -> list[str]:
    """The sectors of a role not held on the article's date: a former holder of a state's
    office is an elite, ELI (CAMEO manual 1.1b3, ch. 3: ELI, "former government
    officials"; PETRARCH2 codes "former president", "former prime minister" and "retired"
    ELI): "former DP Rigathi Gachagua", "former French ambassador", "a former State
    Department official".  A role still to come or of another time ("nominee", "then")
    gives none."""
    if any(t.lower_ in FORMER for t in words) and set(sectors) & STATE_ROLES:
        return ["ELI"]
    return []
