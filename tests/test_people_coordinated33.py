"""Round 33, two given names before one surname (issue 20): invented texts only."""

from .conftest import assert_offsets


def _people(report) -> dict[str, list[str]]:
    text = report.article.text
    return {e.name: [text[m.start:m.end] for m in e.mentions]
            for e in report.entities if e.type == "PERSON"}


def test_two_given_names_before_one_surname_are_two_people(analyze_text):
    text = (
        "Owners\n\nThe store belongs to Khizr and Ghazala Okafor. Mr. Okafor said sales "
        "were slow."
    )
    r = analyze_text(text, published="2016-08-01")
    people = _people(r)
    assert people.get("Khizr Okafor") == ["Khizr"]  # the given name's own span
    assert people.get("Ghazala Okafor") == ["Ghazala Okafor"]
    assert_offsets(r)


def test_a_known_given_name_before_a_couple_surname(analyze_text):
    text = (
        "Books\n\nThe shop was opened by Henry and Sophie Kessler in 1990. Mr. Kessler said "
        "sales were slow."
    )
    r = analyze_text(text, published="2016-04-01")
    people = _people(r)
    # round 38: the given names say Henry is a man and Sophie a woman, so "Mr. Kessler"
    # is Henry (it was left open while neither gender was known)
    assert people.get("Henry Kessler") == ["Henry", "Kessler"]
    assert "Henry" not in people.get("Sophie Kessler", [])


def test_a_couple_named_in_the_issue_is_two_people(analyze_text):
    text = "Visit\n\nBill and Hillary Clinton arrived in Little Rock on Monday."
    r = analyze_text(text, published="2016-08-01")
    people = _people(r)
    assert people.get("Bill Clinton") == ["Bill"]
    assert people.get("Hillary Clinton") == ["Hillary Clinton"]


def test_guard_a_company_name_of_two_surnames_stays_no_person(analyze_text):
    text = (
        "Earnings\n\nSmith and Wesson said on Monday that sales rose. Johnson and Johnson "
        "also reported earnings."
    )
    r = analyze_text(text, published="2016-08-01")
    assert not any(n.startswith(("Smith ", "Johnson ")) and n != "Johnson"
                   for n in _people(r))


def test_guard_a_given_name_of_someone_named_in_full(analyze_text):
    # "Hillary" is Hillary Clinton's; "Warner" a senator's surname after a title
    text = (
        "Aides\n\nHillary Clinton spoke on Monday. The emails reached both Hillary and Huma "
        "Abedin, the aide said. Senator Warner and Chuck Schumer wrote a letter."
    )
    r = analyze_text(text, published="2016-08-01")
    people = _people(r)
    assert "Hillary Abedin" not in people and "Warner Schumer" not in people
