"""wiretrace: who did what to whom, when, where — according to whom, and how sure."""

__version__ = "0.1.0"
