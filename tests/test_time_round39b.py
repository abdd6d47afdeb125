"""Conventions of the NewsReader annotation guidelines (NWR-2014-2, chapter 6) adopted in
round 39 (docs/time.md, "What chapter 6 of the manual says"): another time zone keeps its
local time and the whole-hour offset (sec. 6.2.2), "today" meaning "nowadays" is
PRESENT_REF (sec. 6.2.2), a duration of parts of the day uses their tokens (sec. 6.2.2,
"three nights" PT3NI).  Invented sentences."""

from __future__ import annotations

from wiretrace.dates.words import lexicon
from wiretrace.pipeline import analyze
from wiretrace.read.text import from_text
from wiretrace.timex import human, value_range


def _times(nlp, body: str, published: str | None = "2021-11-20"):
    report = analyze(from_text(f"Harbour news\n\n{body}", id="t", published=published), nlp)
    return {t.text: t for t in report.times}, report


def test_zone_offsets_are_data():
    offsets = lexicon().data["zone_offsets"]
    assert offsets["EST"] == "-05" and offsets["JST"] == "+09"
    assert "ET" not in offsets and "IST" not in offsets  # standard or daylight not said


def test_other_zone_keeps_local_time_and_offset(nlp):
    times, _ = _times(nlp, "The ferry left at 6:40 p.m. (GMT +8) on Tuesday.")
    assert times["6:40 p.m. (GMT +8)"].value == "2021-11-16T18:40+08"
    times, _ = _times(nlp, "The harbour board voted at 8:29 a.m. EST on Monday.")
    assert times["8:29 a.m. EST"].value == "2021-11-15T08:29-05"
    times, _ = _times(nlp, "The pier opened at 18:00 GMT on Monday.")
    assert times["18:00 GMT"].value == "2021-11-15T18:00Z"
    times, _ = _times(nlp, "The pier opened at 9 a.m. local time on Monday.")
    assert times["9 a.m. local time"].value == "2021-11-15T09:00"


def test_a_zoned_time_has_its_day():
    assert value_range("2021-11-16T18:40+08") == ("2021-11-16", "2021-11-16")
    assert value_range("2021-11-16T18:40Z") == ("2021-11-16", "2021-11-16")


def test_today_meaning_nowadays_is_present_ref(nlp):
    times, _ = _times(nlp, "Today's youth rarely learn to read the stars, the captain said.")
    assert (times["Today"].value, times["Today"].type) == ("PRESENT_REF", "DATE")
    times, _ = _times(nlp, "The museum shows the ships of tomorrow's world.")
    assert times["tomorrow"].value == "FUTURE_REF"
    times, _ = _times(nlp, "Today's vote on the harbour was delayed.")
    assert times["Today"].value == "2021-11-20"  # a day's event keeps the day


def test_durations_of_parts_of_the_day(nlp):
    times, _ = _times(nlp, "The ferry crossed the strait for three nights.")
    assert (times["three nights"].value, times["three nights"].type) == ("PT3NI", "DURATION")
    times, _ = _times(nlp, "The crews worked for two evenings in a row.")
    assert times["two evenings"].value == "PT2EV"
    times, report = _times(nlp, "The old pier burned down three nights ago.")
    t = times["three nights ago"]
    assert (t.value, t.type, t.anchored) == ("PT3NI", "DURATION", "2021-11-17TNI")
    burned = next(e for e in report.events if e.time.time_id == t.id)
    assert burned.time.value == "2021-11-17TNI"


def test_a_millennium_is_its_leading_digit(nlp):
    times, _ = _times(nlp, "The harbour was first dredged in the second millennium.")
    assert (times["the second millennium"].value, times["the second millennium"].type) == (
        "1", "DATE")
    times, _ = _times(nlp, "Ports of the 3rd millennium will be automated.")
    assert times["the 3rd millennium"].value == "2"
    assert value_range("2") == ("2000-01-01", "2999-12-31")
    assert human("1") == "2nd millennium"
