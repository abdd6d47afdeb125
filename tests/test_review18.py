"""Round 18 review (h-rev18): a no-break or thin space between a colon and the quote it
introduces is a space (the parse reads it so since h-cue18; the text before a quote mark
is read the same way).  Invented sentences."""

from __future__ import annotations

import pytest

from .conftest import assert_offsets, cued, speaker_name


@pytest.mark.parametrize("blank", [" ", "\u00a0", "\u202f", " \u00a0"])
def test_a_colon_cue_across_a_no_break_space(analyze_text, blank):
    text = ("The levy divided the town. Here is Ana Mendes of the dockworkers' union:"
            + blank + "\u201cWe will not pay a levy we never voted for.\u201d")
    report = analyze_text(text)
    assert_offsets(report)
    quotes = cued(report, ":")
    assert quotes, [(q.cue and q.cue.text, q.text) for q in report.quotes]
    assert "Ana Mendes" in (speaker_name(report, quotes[0]) or "")
