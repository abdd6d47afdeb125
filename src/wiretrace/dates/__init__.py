"""The grammar of written dates and times, which needs no parse: the words
(:mod:`.words`, read once from ``data/timex.yaml``), calendar arithmetic (:mod:`.values`),
the rules (:mod:`.calendar` for dates, months, years and longer periods, :mod:`.relative`
for weekdays, deictic and relative expressions, durations, sets and clock times) and the
rule table with :func:`.grammar.find`.

A parse (a spaCy Doc) is optional: given one, the guards also read parts of speech and
named entities; without one they read the words around a match.  Nothing here imports
spaCy, so the cleaner (:mod:`wiretrace.clean`, which the store imports) reads its date
lines and datelines with this grammar too (:func:`.grammar.written_days`), and the month
and weekday names exist once.  The time layer (:mod:`wiretrace.nlp.times`) runs it on the
parsed article and adds what needs the parse: tense, anchoring and the time of each
event."""
