"""Convert the VADER sentiment lexicon to a valence table (round 35, h-label35; the trial
that read it was taken out, docs/quality.md; round 39 reads the table at --floor 2.0 in
nlp/events/calling.py, the evaluative complement of 'call').

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment
Analysis of Social Media Text", ICWSM-14): 7,517 entries, each rated by ten people from
-4 (extremely negative) to +4 (extremely positive); the file gives the token, the mean,
the standard deviation and the ten ratings.  MIT license, (c) 2016 C.J. Hutto.  Kept:
words of letters (a hyphen or an apostrophe inside allowed; no emoticons, no slang
abbreviations of one or two letters) whose mean is at least ``--floor`` in absolute value,
with the mean and the standard deviation.  Usage (the lexicon from the PyPI wheel
vaderSentiment 3.3.2, not installed: ``pip download vaderSentiment==3.3.2 --no-deps``,
then unzip)::

    python tools/convert_vader.py /tmp/vader/vaderSentiment/vader_lexicon.txt \\
        -o src/wiretrace/data/valence_vader.tsv --floor 2.0
"""

from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

WORD = re.compile(r"^[a-z][a-z'-]*[a-z]$")

HEADER = """\
# Word valences of the VADER sentiment lexicon (Hutto & Gilbert 2014, ICWSM-14): each
# word's mean valence from -4 (extremely negative) to +4 (extremely positive), rated by
# ten people, and the ratings' standard deviation.  Source: vader_lexicon.txt of the PyPI
# wheel vaderSentiment 3.3.2 (github.com/cjhutto/vaderSentiment; md5 {md5}); only
# words of letters with |mean| >= {floor} kept; converted by tools/convert_vader.py, do not
# edit by hand.  Read by nlp/events/calling.py (round 39): the polarity of a complement of
# 'call' ("called him a liar"); round 35 (h-label35) first tried it on naming verbs.
# License of the lexicon (MIT):
#
#   Copyright (c) 2016 C.J. Hutto
#
#   Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files (the "Software"), to deal in the Software
#   without restriction, including without limitation the rights to use, copy, modify,
#   merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
#   permit persons to whom the Software is furnished to do so, subject to the following
#   conditions:
#
#   The above copyright notice and this permission notice shall be included in all copies
#   or substantial portions of the Software.
#
#   THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
#   INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A
#   PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT
#   HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
#   CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE
#   OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lexicon", type=Path)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--floor", type=float, default=1.5)
    args = parser.parse_args()
    raw = args.lexicon.read_bytes()
    rows = []
    for line in raw.decode("utf-8").splitlines():
        token, mean, sd, *_ = line.split("\t")
        if WORD.match(token) and abs(float(mean)) >= args.floor:
            rows.append(f"{token}\t{float(mean):.1f}\t{float(sd):.2f}")
    text = HEADER.format(md5=hashlib.md5(raw).hexdigest(), floor=args.floor)
    args.output.write_text(text + "word\tvalence\tsd\n" + "\n".join(sorted(rows)) + "\n",
                           encoding="utf-8")
    print(f"{len(rows)} words -> {args.output}")


if __name__ == "__main__":
    main()
