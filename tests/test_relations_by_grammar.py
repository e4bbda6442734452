"""Relations read from the grammar of a sentence pair, not from a list of phrasings.

Each case is a sentence written here (not taken from the dev corpus), a bad form that must fire
its rule and a consistent twin that must check clean. The relation each exercises:

- percentages given as shares of a counted whole add up to 100% at most (all of it when the list
  is complete);
- parts whose clauses run in parallel ("62% said they backed ... and 45% said they opposed ...")
  or whose verbs are coordinated ("64% backed ... and 41% opposed it") are one list;
- a list whose noun stands in apposition to the whole's ("500 runners ..., 310 men and 240 women");
- the sides of a vote label its parts ("seven in favour and eight against");
- a sentence opening that refers back to the whole of the sentence before ("Those killed included");
- a count of the parts in the sentence before announces the list, it is not the whole;
- a change stated as a fraction ("rose by a third");
- a change told over two sentences (the percentage first, or the old value first with periods
  contrasted).
"""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.readers import read_text
from factcheck.records import Kind


def assert_only_the_bad_twin_flagged(bad: str, good: str, rule: str, date: str | None = None) -> None:
    """The planted text is flagged by ``rule`` alone; its consistent twin checks clean."""
    assert {f.rule for f in factcheck.check(bad, date=date)} == {rule}
    assert factcheck.check(good, date=date) == []

CASES = [
    # (rule, bad, good)
    ("part-exceeds-whole",
     "Of the 1,500 parents asked, 58% said the new timetable suited them and 49% said it did not.",
     "Of the 1,500 parents asked, 48% said the new timetable suited them and 49% said it did not."),
    ("part-exceeds-whole",
     "Of the 640 tenants surveyed, 71% backed the rent freeze and 36% opposed it.",
     "Of the 640 tenants surveyed, 61% backed the rent freeze and 36% opposed it."),
    ("list-sum-mismatch",
     "The £2m regeneration pot is being shared between two towns. Barnsley will get 60% of it and Rotherham the remaining 30%.",
     "The £2m regeneration pot is being shared between two towns. Barnsley will get 60% of it and Rotherham the remaining 40%."),
    ("part-exceeds-whole",
     "The conference drew 260 delegates over two days, 150 teachers and 130 governors.",
     "The conference drew 260 delegates over two days, 130 teachers and 130 governors."),
    ("part-exceeds-whole",
     "Nine members of the planning panel voted on the scheme, five in favour and six against.",
     "Nine members of the planning panel voted on the scheme, five in favour and four against."),
    ("part-exceeds-whole",
     "Thirty-two people were hurt when the stand collapsed. Those injured included 20 spectators in the upper tier and 15 stewards.",
     "Thirty-two people were hurt when the stand collapsed. Those injured included 17 spectators in the upper tier and 15 stewards."),
    ("list-sum-mismatch",
     "The 36 new paramedics will be divided between the county's three hubs. Fifteen will work in Truro, 12 in Bodmin and 6 in Penzance.",
     "The 36 new paramedics will be divided between the county's three hubs. Fifteen will work in Truro, 12 in Bodmin and 9 in Penzance."),
    ("list-sum-mismatch",
     "The club played 46 league matches, winning 25, drawing 12 and losing 7.",
     "The club played 46 league matches, winning 25, drawing 12 and losing 9."),
    ("list-sum-mismatch",
     "The shelter housed 64 people last night, of whom 38 were men and 22 were women.",
     "The shelter housed 64 people last night, of whom 38 were men and 26 were women."),
    ("list-sum-mismatch",
     "The chain's 900 staff work in Leeds (500), York (250) and Hull (120), its only three sites.",
     "The chain's 900 staff work in Leeds (500), York (250) and Hull (150), its only three sites."),
    ("list-sum-mismatch",
     "Between them the three brothers farm 520 hectares: Tom works 200, Sam has 180 and Joe the other 120.",
     "Between them the three brothers farm 520 hectares: Tom works 200, Sam has 180 and Joe the other 140."),
    ("part-exceeds-whole",
     "Nine of the 12 drivers were fined and a further four were banned.",
     "Seven of the 12 drivers were fined and a further four were banned."),
    ("part-exceeds-whole",
     "The scheme will cost £4.2m, the report said. Of that, £2.6m is for buses and £1.9m for cycle lanes.",
     "The scheme will cost £4.2m, the report said. Of that, £2.3m is for buses and £1.9m for cycle lanes."),
    ("part-exceeds-whole",
     '"We fed 300 families this month," the manager said. "About 180 came on weekdays and another 150 at weekends."',
     '"We fed 300 families this month," the manager said. "About 140 came on weekdays and another 150 at weekends."'),
    ("part-exceeds-whole",
     "The festival sold 6,200 tickets, with 6,500 going to day visitors and the rest to campers.",
     "The festival sold 6,200 tickets, with 5,500 going to day visitors and the rest to campers."),
    ("part-exceeds-whole",
     "The $9 million plan includes $4.5 million for housing, $3 million for parks and $2.5 million for lighting.",
     "The $9 million plan includes $4.5 million for housing, $3 million for parks and $1.5 million for lighting."),
    ("part-exceeds-whole",
     "In all 4,100 tonnes of grain were harvested; 2,600 tonnes were sold and 1,700 tonnes were stored.",
     "In all 4,100 tonnes of grain were harvested; 2,300 tonnes were sold and 1,700 tonnes were stored."),
    ("list-sum-mismatch",
     "All 24 places on the board were filled; the union took ten, employers eight and government the rest, four.",
     "All 24 places on the board were filled; the union took ten, employers eight and government the rest, six."),
    ("percent-change-mismatch",
     "Visitor numbers at the castle grew by a quarter, from 48,000 to 54,000.",
     "Visitor numbers at the castle grew by a quarter, from 48,000 to 60,000."),
    ("percent-change-mismatch",
     "Bus ridership fell 18% last month. Operators logged 41,000 journeys, compared with 45,000 a year earlier.",
     "Bus ridership fell 9% last month. Operators logged 41,000 journeys, compared with 45,000 a year earlier."),
    ("percent-change-mismatch",
     "Last year the hospice supported 880 families. This year it expects to help 1,100, an increase of 15%.",
     "Last year the hospice supported 880 families. This year it expects to help 1,100, an increase of 25%."),
]


@pytest.mark.parametrize("rule, bad, good", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_relation_read_from_grammar_fires_on_bad_and_stays_quiet_on_twin(rule, bad, good):
    fired = {f.rule for f in factcheck.check(bad)}
    assert rule in fired, f"missed {rule} on: {bad!r} (fired {sorted(fired)})"
    alarms = [f"{f.rule}: {f.message}" for f in factcheck.check(good)]
    assert alarms == [], f"false alarm on consistent twin {good!r}: {alarms}"


@pytest.mark.parametrize("text", [
    # two lists of shares side by side of two different wholes: each within its own 100%
    "Of the 300 men polled, 55% backed the plan; of the 280 women, 60% did.",
    # coordinated clauses whose figures are not parts of the earlier count
    "The firm employs 400 people, and 60% of its sales and 70% of its profits come from exports.",
    # a list of things owned, not parts of the first count
    "The city runs 500 buses in service, 310 trams and 240 ferries.",
    # the percentage first, but the next sentence holds two unrelated figures
    "Sales rose 12% in the quarter. The firm opened 14 stores and closed 3.",
    # old and new values in two sentences without contrasted periods: no change is read
    "The charity fed 5,200 people in Leeds. In Bradford it fed 7,800, a rise of 30% on the year before.",
])
def test_relation_read_from_grammar_stays_quiet_on_other_readings(text):
    assert [f"{f.rule}: {f.message}" for f in factcheck.check(text)] == []


def test_relation_hedged_whole_is_read_charitably():
    # "some 260" allows a little more than 260: 150 + 130 = 280 is within its reach
    assert factcheck.check("Some 260 delegates came to the conference, 150 teachers and 130 governors.") == []


def test_relation_shares_finding_explains_the_hundred_percent():
    [f] = factcheck.check("Of the 640 tenants surveyed, 71% backed the rent freeze and 36% opposed it.")
    assert f.rule == "part-exceeds-whole"
    assert "100% of 640" in f.message and "107" in f.message
    assert f.confidence.value == "likely"


# -- restatements: a later definite figure whose words refer back to an earlier count ---------------

RESTATED = [
    ("differing-totals",
     "The ferry operator cancelled 340 sailings during the storm. Passengers on the 430 cancelled sailings were offered refunds.",
     "The ferry operator cancelled 340 sailings during the storm. Passengers on the 340 cancelled sailings were offered refunds."),
    ("differing-totals",
     "Some 1,250 volunteers registered for the beach clean-up. Organisers thanked all 1,520 registrants on Sunday.",
     "Some 1,250 volunteers registered for the beach clean-up. Organisers thanked all 1,250 registrants on Sunday."),
    ("differing-totals",
     "The bank will close 73 branches next year. The 37 branch closures will hit rural areas hardest.",
     "The bank will close 73 branches next year. The 73 branch closures will hit rural areas hardest."),
    ("differing-totals",
     "Inspectors seized 2,300 counterfeit handbags at the port. The seizure of 3,200 handbags was the largest this year.",
     "Inspectors seized 2,300 counterfeit handbags at the port. The seizure of 2,300 handbags was the largest this year."),
    ("differing-totals",
     "The council's survey covered 918 households. Its tally of 981 households was published on Friday.",
     "The council's survey covered 918 households. Its tally of 918 households was published on Friday."),
    ("differing-totals",
     "Paramedics treated 23 people at the scene. All 32 were later discharged from hospital.",
     "Paramedics treated 23 people at the scene. All 23 were later discharged from hospital."),
    ("differing-totals",
     "The tribunal ordered the firm to pay £6,480 to the cleaner. She said the £6,840 payout was a relief.",
     "The tribunal ordered the firm to pay £6,480 to the cleaner. She said the £6,480 payout was a relief."),
    ("differing-totals",
     "The landslide killed 11 people in the valley. Among the 13 dead were three climbers.",
     "The landslide killed 11 people in the valley. Among the 11 dead were three climbers."),
    ("differing-totals",
     "The trust employs 5,100 staff across four sites. A memo went to all 5,010 of its employees on Friday.",
     "The trust employs 5,100 staff across four sites. A memo went to all 5,100 of its employees on Friday."),
    ("differing-totals",
     "Hospital trust to cut 340 beds\nThe trust said on Monday it would cut 430 beds across its three sites.",
     "Hospital trust to cut 340 beds\nThe trust said on Monday it would cut 340 beds across its three sites."),
    ("differing-totals",
     "Pensioner wins £1.4m on scratchcard\nA retired teacher from Hull has won £4.1m on a scratchcard.",
     "Pensioner wins £1.4m on scratchcard\nA retired teacher from Hull has won £1.4m on a scratchcard."),
    ("differing-totals",
     "The charity recruited 1,240 volunteers this spring. \"We recruited 1,420 volunteers,\" its director said.",
     "The charity recruited 1,240 volunteers this spring. \"We recruited 1,240 volunteers,\" its director said."),
    ("differing-totals",
     "Heavy rain flooded 64 hectares of farmland. Draining the 46 hectares flooded could take weeks.",
     "Heavy rain flooded 64 hectares of farmland. Draining the 64 hectares flooded could take weeks."),
]


@pytest.mark.parametrize("rule, bad, good", RESTATED, ids=[f"restated-{i}" for i in range(len(RESTATED))])
def test_relation_restatement_by_grammar(rule, bad, good):
    fired = {f.rule for f in factcheck.check(bad)}
    assert rule in fired, f"missed {rule} on: {bad!r} (fired {sorted(fired)})"
    alarms = [f"{f.rule}: {f.message}" for f in factcheck.check(good)]
    assert alarms == [], f"false alarm on consistent twin {good!r}: {alarms}"


@pytest.mark.parametrize("text", [
    # a later count restricted to part of the set
    "Police arrested 23 people on Friday. By Sunday the 120 people arrested since the protests began had been freed.",
    "The company employs 4,000 staff worldwide. The 1,200 staff in Britain will get a pay rise.",
    # the same event noun, but another thing counted
    "The firm recalled 16,000 cars in March. The recall of 4,000 vans followed in May.",
    # another part of the set, not a restatement
    "Some 2,000 runners finished the race. The first 150 finishers won medals.",
    # the same verb and transposed digits, but two occasions dated apart
    "In 2021 the builder sold 1,230 homes. In 2022 it sold 1,320 homes.",
    # a span "later" that belongs to another clause than the two clock times
    "The shop opens at 9am and closes at 5pm; staff take a break two hours later.",
    # a headline's figure that the story breaks down, then totals again
    "Storm damages 85 homes\nThe storm damaged 60 homes in Ayr and 25 in Troon, the council said.",
    # two amounts of money with the same digits that are not one amount: no definite reference back
    "The council spent £1.25m on roads and £2.15m on schools, and a £5.12m grant followed.",
    # "all" of another set, a sentence later
    "Police questioned 14 witnesses on Monday. By Friday detectives had traced all 41 cars seen near the bank.",
    # a change stated as a percentage and in points is a change, not a restated count ("dropped by 4.08%, or 280.52
    # points ... the Standard & Poor's 500"), as in the dev corpus's market report
    "The index dropped by 4.1%, or 280 points, on Thursday. The Standard & Poor's 500 fell by 30 points.",
    # the count is told as changing
    "The outbreak infected 40 people by Monday. The number infected has since risen, and the 55 infected people are isolating.",
])
def test_relation_restatement_stays_quiet_on_other_sets(text):
    assert [f"{f.rule}: {f.message}" for f in factcheck.check(text)] == []


# -- elapsed time: ages, anniversaries and round spans as news writes them ---------------------------

ELAPSED = [
    # (date, bad, good)
    ("2024-09-01", "Councillor Ruth Ames, 58, who was born in April 1962, chairs the committee.",
     "Councillor Ruth Ames, 62, who was born in April 1962, chairs the committee."),
    ("2024-06-01", "The 41-year-old, born in 1990, denied the charge.",
     "The 34-year-old, born in 1990, denied the charge."),
    ("2025-03-03", "Ms Ferris, 47, born on 20 March 1978, leads the list.",
     "Ms Ferris, 46, born on 20 March 1978, leads the list."),
    ("2024-05-01", "The choir celebrates its centenary this year, having been formed in 1932.",
     "The choir celebrates its centenary this year, having been formed in 1924."),
    ("2024-07-08", "The couple marked their 60th wedding anniversary on Saturday, having married in 1966.",
     "The couple marked their 60th wedding anniversary on Saturday, having married in 1964."),
    ("2025-01-20", "Data gathered in 2012 were revisited a decade later, in 2018.",
     "Data gathered in 2012 were revisited a decade later, in 2022."),
    ("2024-10-17", "Residents recalled the 1989 earthquake, which struck 30 years ago this week.",
     "Residents recalled the 1989 earthquake, which struck 35 years ago this week."),
    ("2023-06-30", "The walkout began on 2 May and ended on 20 June after 38 days.",
     "The walkout began on 2 May and ended on 20 June after 49 days."),
    ("2024-09-05", "The bakery reopened on 1 September, five months after it shut on 1 May.",
     "The bakery reopened on 1 September, four months after it shut on 1 May."),
    ("2025-06-02", "The head teacher retires this month after 40 years in teaching, having qualified in 1990.",
     "The head teacher retires this month after 35 years in teaching, having qualified in 1990."),
    ("2024-07-15", "He has coached the team for 20 years since taking over in 2009.",
     "He has coached the team for 15 years since taking over in 2009."),
    ("2024-02-10", "The siege began at 11.30pm on Friday and ended at 2am on Saturday, four hours later.",
     "The siege began at 11.30pm on Friday and ended at 2am on Saturday, two and a half hours later."),
]


@pytest.mark.parametrize("date, bad, good", ELAPSED, ids=[f"elapsed-{i}" for i in range(len(ELAPSED))])
def test_relation_elapsed_in_news_style(date, bad, good):
    fired = {f.rule for f in factcheck.check(bad, date=date)}
    assert "elapsed-time-mismatch" in fired, f"missed elapsed-time-mismatch on: {bad!r} (fired {sorted(fired)})"
    alarms = [f"{f.rule}: {f.message}" for f in factcheck.check(good, date=date)]
    assert alarms == [], f"false alarm on consistent twin {good!r}: {alarms}"


def test_relation_age_before_the_birthday_counts_full_years():
    # born 20 March 1978: on 3 March 2025 she is still 46, on 21 March 47
    assert factcheck.check("Ms Ferris, 47, born on 20 March 1978, leads the list.", date="2025-03-21") == []


# -- local times: the place or day may stand between a local time and its bracketed GMT -------------

TIMES = [
    # (date, bad, good)
    ("2024-06-02", "Voting closes at 8pm in Lisbon (2000 GMT) on Sunday.",
     "Voting closes at 8pm in Lisbon (1900 GMT) on Sunday."),
    ("2024-11-14", "The ceremony begins at 4 p.m. Mountain on Thursday (2200 GMT).",
     "The ceremony begins at 4 p.m. Mountain on Thursday (2300 GMT)."),
    ("2024-03-04", "Power cuts start at 18:00 SAST (17:00 UTC), the utility said.",
     "Power cuts start at 18:00 SAST (16:00 UTC), the utility said."),
    ("2024-07-01", "Markets open at 9am Irish time (0900 GMT) on Monday.",
     "Markets open at 9am Irish time (0800 GMT) on Monday."),
]


@pytest.mark.parametrize("date, bad, good", TIMES, ids=[f"time-{i}" for i in range(len(TIMES))])
def test_relation_local_time_and_gmt_with_words_between(date, bad, good):
    fired = {f.rule for f in factcheck.check(bad, date=date)}
    assert "utc-offset-mismatch" in fired, f"missed utc-offset-mismatch on: {bad!r} (fired {sorted(fired)})"
    alarms = [f"{f.rule}: {f.message}" for f in factcheck.check(good, date=date)]
    assert alarms == [], f"false alarm on consistent twin {good!r}: {alarms}"


def test_relation_capitalised_zone_word_before_a_name_is_no_zone():
    # "Central Park" is a place, not US Central time
    [q] = [q for q in factcheck.extract("The concert starts at 7pm Central Park West.").quantities if q.kind.value == "time"]
    assert q.text == "7pm"


# -- conversions and changes written the way news writes them ----------------------------------------

FORMS = [
    ("unit-conversion-mismatch", "The farm spans a 300-acre estate (about 200 hectares) near the river.",
     "The farm spans a 300-acre estate (about 120 hectares) near the river."),
    ("unit-conversion-mismatch", "The missing man is about 6ft 2in (1.78m) tall.",
     "The missing man is about 6ft 2in (1.88m) tall."),
    ("unit-conversion-mismatch", "The cistern holds 800 liters (280 U.S. gallons).",
     "The cistern holds 800 liters (211 U.S. gallons)."),
    ("unit-conversion-mismatch", "Fishing rights run 6 nautical miles (7 km) out to sea.",
     "Fishing rights run 6 nautical miles (11 km) out to sea."),
    ("unit-conversion-mismatch", "The detour adds 90 minutes (two and a half hours) to the journey.",
     "The detour adds 90 minutes (an hour and a half) to the journey."),
    ("unit-conversion-mismatch", "Each 3-megawatt (300-kilowatt) engine drives one propeller.",
     "Each 3-megawatt (3,000-kilowatt) engine drives one propeller."),
    ("percent-change-mismatch", "Gate receipts were 9,200, down 25 per cent on last season's average of 10,000.",
     "Gate receipts were 9,200, down 8 per cent on last season's average of 10,000."),
    ("percent-change-mismatch",
     "Water use was cut by 20% between 2018 and 2024, from 5,000 litres to 4,500 litres a day.",
     "Water use was cut by 10% between 2018 and 2024, from 5,000 litres to 4,500 litres a day."),
]


@pytest.mark.parametrize("rule, bad, good", FORMS, ids=[f"form-{i}" for i in range(len(FORMS))])
def test_relation_conversions_and_changes_in_news_forms(rule, bad, good):
    fired = {f.rule for f in factcheck.check(bad)}
    assert rule in fired, f"missed {rule} on: {bad!r} (fired {sorted(fired)})"
    alarms = [f"{f.rule}: {f.message}" for f in factcheck.check(good)]
    assert alarms == [], f"false alarm on consistent twin {good!r}: {alarms}"


@pytest.mark.parametrize("text", ["The crowd of 5m people filled the square.", "It raised 2.5m last year.",
                                  "The airline ordered 12 747F freighters."])
def test_relation_glued_letters_that_are_no_unit(text):
    assert not [q for q in factcheck.extract(text).quantities if q.kind.value == "measure"]


# -- one part against its whole, however the partitive is written -------------------------------
@pytest.mark.parametrize("text", [
    "Of the 300 staff at the plant, 340 have accepted voluntary redundancy.",
    "Inspectors rated 410 of the county's 380 schools as good or outstanding.",
    "The airline has grounded 37 of its 30 jets pending inspections.",
    "The company said $7.8 billion of its $5 billion in annual revenue came from China.",
])
def test_a_single_part_larger_than_its_whole_is_flagged(text):
    findings = [f for f in factcheck.check(text) if f.rule == "part-exceeds-whole"]
    assert len(findings) == 1 and findings[0].message.startswith("the part '")


@pytest.mark.parametrize("text", [
    "Of the 300 staff at the plant, 240 have accepted voluntary redundancy.",
    "Inspectors rated 310 of the county's 380 schools as good or outstanding.",
    "The budget gives $25.3 billion, an increase of $1.2 billion on last year, to the agency.",
])
def test_a_single_part_within_its_whole_is_quiet(text):
    assert [f.rule for f in factcheck.check(text)] == []


# -- a list of "Name N" pairs is a list of figures, not of labels ---------------------------------
def test_names_with_numbers_in_one_list_are_all_figures():
    text = ("The new assembly's 150 seats are divided as follows: the Liberals 62, the Social Democrats 51, "
            "the Greens 21 and the Farmers' Party 16.")
    assert factcheck.check(text) == []
    wrong = text.replace("Party 16", "Party 26")
    assert {f.rule for f in factcheck.check(wrong)} == {"part-exceeds-whole"}


# -- a definite count of the same noun a sentence later restates it --------------------------------
def test_the_same_noun_counted_again_with_the_is_a_restatement():
    text = "The food bank handed out 8,000 parcels in December. Volunteers packed the 6,000 parcels at a depot."
    assert {f.rule for f in factcheck.check(text)} == {"differing-totals"}
    assert factcheck.check(text.replace("6,000", "8,000")) == []


# -- elapsed time: the frames read by role, each with a consistent twin ---------------------------
ELAPSED_PAIRS = [
    # (why, inconsistent, consistent, article date)
    ("the date just before 'N later' ends the span",
     "Work on the bypass started in March 2019 and ended in June 2021, 41 months later.",
     "Work on the bypass started in March 2019 and ended in June 2021, 27 months later.", None),
    ("'after' governs a clause holding the start date",
     "The museum reopened on 30 June, five weeks after its roof was repaired by volunteers on 9 June.",
     "The museum reopened on 30 June, three weeks after its roof was repaired by volunteers on 9 June.", None),
    ("'before' governs a clause holding the end date",
     "The truce, signed on 2 April, held for 12 days before shelling began again on 6 April.",
     "The truce, signed on 2 April, held for four days before shelling began again on 6 April.", None),
    ("two years and 'N years after' an event inside a long phrase",
     "In 1994, 41 years after the first female cosmonaut's flight in 1963, the agency hired its first woman pilot.",
     "In 1994, 31 years after the first female cosmonaut's flight in 1963, the agency hired its first woman pilot.",
     None),
    ("a span beside the years it runs between",
     "She edited the paper from 1987 until 2004, 12 years in which its sales doubled.",
     "She edited the paper from 1987 until 2004, 17 years in which its sales doubled.", None),
    ("a span beside a written range of years",
     "The mill ran for 45 years (1921–1956) before the family sold it.",
     "The mill ran for 35 years (1921–1956) before the family sold it.", None),
    ("one event's start and end at two clock times",
     "The count began at 10.30pm and finished at 3.10am, giving the candidates seven hours to wait.",
     "The count began at 10.30pm and finished at 3.10am, giving the candidates nearly five hours to wait.", None),
    ("a day just before 'N days ago'",
     "The landslide closed the road on 3 October, 12 days ago, and it is still shut.",
     "The landslide closed the road on 3 October, six days ago, and it is still shut.", "2025-10-09"),
    ("a date 'N years from now'",
     "The new line is due to open in 2034, five years from now, the minister said.",
     "The new line is due to open in 2034, eight years from now, the minister said.", "2026-03-02"),
    ("an age said as 'she was N' beside a birth date",
     "Born on 4 May 1970, she was 41 when she took the title on 20 June 2005.",
     "Born on 4 May 1970, she was 35 when she took the title on 20 June 2005.", None),
    ("an age in the sentence after the birth date",
     "Ruth Adeyemi, who was born on 9 March 1930, died on Sunday at home in Leeds. She was 81.",
     "Ruth Adeyemi, who was born on 9 March 1930, died on Sunday at home in Leeds. She was 95.", "2025-05-20"),
    ("an anniversary whose origin is in the sentence before",
     "The lido opened in July 1936. This summer's 80th anniversary party will be held at the pool.",
     "The lido opened in July 1936. This summer's 89th anniversary party will be held at the pool.", "2025-06-01"),
    ("'after his arrest', the arrest dated in the sentence before",
     "The driver was arrested on 4 January. He was charged on 11 January, three weeks after his arrest.",
     "The driver was arrested on 4 January. He was charged on 11 January, a week after his arrest.", None),
    ("'N years ago' said of an event dated in the sentence before",
     "The pier was built in 1961. Residents say it has not been painted since it was built 40 years ago.",
     "The pier was built in 1961. Residents say it has not been painted since it was built 64 years ago.",
     "2025-08-01"),
]


@pytest.mark.parametrize("why,bad,good,date", ELAPSED_PAIRS, ids=[p[0] for p in ELAPSED_PAIRS])
def test_elapsed_time_is_read_by_role(why, bad, good, date):
    assert "elapsed-time-mismatch" in {f.rule for f in factcheck.check(bad, date=date)}, why
    assert factcheck.check(good, date=date) == [], why


@pytest.mark.parametrize("text,date", [
    # the span belongs to its cue ('ago'), not to the two years before it
    ("The treaty talks, held between 1998 and 2003, more than 20 years ago, failed.", "2025-01-01"),
    # a new clause after 'later' starts its own span at the date before it
    ("The plant opened in 1990 and was sold in 2005, and two years later it closed.", None),
    # the show starts when the doors have long been open: no start and end of one event
    ("Doors open at 7pm and the show starts at 8pm, running for two hours.", None),
    # an age in a later clause belongs to its own date
    ("Born in 1990, she was 24 when she moved to Paris in 2014 and 30 when she won in 2020.", None),
    # someone else's age after a birth date in the sentence before
    ("Ada Holt was born in 1948. Her grandson, 19, said she was a fine teacher.", "2025-02-01"),
    # someone else's birth in the sentence after an age
    ("Eileen Ross died on Sunday aged 88. Her brother was born on 14 July 1941.", "2024-03-11"),
])
def test_elapsed_time_stays_quiet_on_other_readings(text, date):
    assert factcheck.check(text, date=date) == []


# -- breakdowns: dashes, kinds of things, 'respectively', items with no figure ----------------------
def test_a_list_between_em_dashes_breaks_down_the_figure_before_it():
    text = ("The crew of 30 — four officers, nine engineers, 14 deckhands and five cooks — was flown "
            "home on Friday.")
    assert {f.rule for f in factcheck.check(text)} == {"part-exceeds-whole"}
    assert factcheck.check(text.replace("14 deckhands", "12 deckhands")) == []


def test_a_count_of_kinds_is_a_part_not_an_announcement():
    # "three goalkeepers" counts players of one kind; "three plants, in Lyon (420 workers), ..." announces a list
    assert {f.rule for f in factcheck.check(
        "The squad of 23 — three goalkeepers, eight defenders, seven midfielders and four strikers — "
        "was named on Thursday.")} == {"list-sum-mismatch"}
    assert factcheck.check("The company's three plants, in Lyon (420 workers), Lille (310) and Nantes (250), "
                           "employ all of its 980 production staff.") == []


def test_respectively_gives_parts_but_not_all_of_them():
    assert {f.rule for f in factcheck.check(
        "The club's 40 trophies were won at home, in Europe and abroad, with 25, 11 and 9 respectively.")} \
        == {"part-exceeds-whole"}
    # the labels may leave parts out: short of the whole is no error
    assert factcheck.check(
        "Of the 500 staff, the London and Paris offices employ 200 and 150 respectively.") == []


def test_an_item_without_a_figure_leaves_the_list_incomplete():
    assert factcheck.check("The first team of eleven was made up of a goalkeeper, two full-backs and eight "
                           "outfield players.") == []
    assert factcheck.check("The new park covers 4,500 hectares of woodland and 3,200 hectares of heath, out of "
                           "a total of 7,900 hectares the trust bought.") == []


# -- restatements: a frame as subject, a narrowed set larger than the set, one action in two verbs ----
@pytest.mark.parametrize("bad,good", [
    ("Toymaker recalls 36,000 scooters over battery fires. The recall covers 63,000 scooters sold since 2022.",
     "Toymaker recalls 36,000 scooters over battery fires. The recall covers 36,000 scooters sold since 2022."),
    ("Lifeboat crews rescued 182 walkers on Sunday. The 812 walkers they brought down were checked by medics.",
     "Lifeboat crews rescued 182 walkers on Sunday. The 182 walkers they brought down were checked by medics."),
])
def test_transposed_digits_restate_through_a_frame_or_a_narrowing_clause(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_a_narrowed_set_smaller_than_the_set_is_a_subset_not_an_error():
    assert factcheck.check("Lifeboat crews rescued 182 walkers on Sunday. The 128 walkers they brought down "
                           "by stretcher were checked by medics.") == []


# -- one part: "N of them" a sentence later, "out of a possible", a ceiling, a bare figure after "Of the" --
@pytest.mark.parametrize("bad,good", [
    ("The ferry carried 212 passengers on Monday. Coastguards said 221 of them were treated for hypothermia.",
     "The ferry carried 212 passengers on Monday. Coastguards said 21 of them were treated for hypothermia."),
    ("She answered 52 questions correctly out of a possible 50.",
     "She answered 42 questions correctly out of a possible 50."),
    ("Up to 1,300 of the 1,100 stalls could go, traders fear.",
     "Up to 300 of the 1,100 stalls could go, traders fear."),
    ("Of the 640 nurses who were balloted, 710 — almost nine in ten — backed the walkout.",
     "Of the 640 nurses who were balloted, 570 — almost nine in ten — backed the walkout."),
])
def test_one_part_larger_than_its_whole_in_other_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


def test_of_them_needs_a_single_count_to_refer_to():
    # two counts before: "them" could be either, so no reading
    assert factcheck.check("Police arrested 14 men and 30 women after the match. Seventeen of them were "
                           "later charged.") == []


# -- percentage changes in more of the ways news states them ----------------------------------------
@pytest.mark.parametrize("bad,good", [
    ("Monthly burglaries fell from 480 to 432, or 15%, police figures show.",
     "Monthly burglaries fell from 480 to 432, or 10%, police figures show."),
    ("The trade gap narrowed by 30% to $14bn, from $16bn a year before.",
     "The trade gap narrowed by 12.5% to $14bn, from $16bn a year before."),
    ("A pint now costs £6.30 on average, 25% more than the £4.20 drinkers paid in 2019.",
     "A pint now costs £6.30 on average, 50% more than the £4.20 drinkers paid in 2019."),
    ("Support for the plan rose 12 percentage points to 61%, from 55% in the spring.",
     "Support for the plan rose 6 percentage points to 61%, from 55% in the spring."),
    ("The stock finished at 1,710, down 7% from its January peak of 1,900.",
     "The stock finished at 1,710, down 10% from its January peak of 1,900."),
    ("Shares in the miner lost 40% of their value, sliding from 250p to 200p.",
     "Shares in the miner lost 20% of their value, sliding from 250p to 200p."),
    ("Passenger numbers, which stood at 1.2 million in 2019, climbed to 1.5 million last year, a rise of 30%.",
     "Passenger numbers, which stood at 1.2 million in 2019, climbed to 1.5 million last year, a rise of 25%."),
])
def test_percentage_changes_read_by_role(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


def test_a_share_of_the_vote_is_not_a_change_but_its_value_lost_is():
    assert factcheck.check("The party won 30% of the vote, up from 120 seats to 140.") == []


# -- times in two zones, and a.m./p.m. followed by a zone ---------------------------------------------
@pytest.mark.parametrize("bad,good,date", [
    ("The bell will ring at 9:30 a.m. Eastern time (1530 GMT) on Monday.",
     "The bell will ring at 9:30 a.m. Eastern time (1430 GMT) on Monday.", "2025-12-01"),
    ("The ceremony starts at 8 p.m. Sydney time (1000 GMT).",
     "The ceremony starts at 8 p.m. Sydney time (0900 GMT).", "2025-01-20"),
    ("The results will be announced at midday in Nairobi, 1000 GMT, on Friday.",
     "The results will be announced at midday in Nairobi, 0900 GMT, on Friday.", "2025-03-07"),
    ("The launch is set for 10am in Paris (5am in New York) on Tuesday.",
     "The launch is set for 10am in Paris (4am in New York) on Tuesday.", "2025-06-10"),
    ("The final airs at 8 p.m. Eastern, 4 p.m. Pacific, on Sunday.",
     "The final airs at 8 p.m. Eastern, 5 p.m. Pacific, on Sunday.", "2025-02-09"),
])
def test_a_time_told_in_two_zones_is_checked(bad, good, date):
    assert {f.rule for f in factcheck.check(bad, date=date)} == {"utc-offset-mismatch"}
    assert factcheck.check(good, date=date) == []


def test_a_new_sentence_after_pm_still_ends_the_sentence():
    # "p.m." followed by a capitalised word that is no zone: two sentences, no relation between them
    text = "The meeting ended at 4 p.m. Officials left by 1600 GMT."
    assert factcheck.check(text, date="2025-02-09") == []


# -- breakdowns: shares of an unnamed whole, 'giving a council of', a label taking its share next ----
def test_shares_of_a_whole_without_a_figure_add_up_to_all_of_it():
    assert {f.rule for f in factcheck.check("Among those polled, 58% backed the plan and 49% opposed it.")} \
        == {"part-exceeds-whole"}
    assert factcheck.check("Among those polled, 48% backed the plan and 49% opposed it.") == []


def test_parts_giving_a_whole_that_does_not_add_up():
    assert {f.rule for f in factcheck.check(
        "The clubs sent 14 coaches, 9 physios and 5 doctors, making a team of 30 staff.")} == {"list-sum-mismatch"}
    assert factcheck.check("The clubs sent 14 coaches, 9 physios and 7 doctors, making a team of 30 staff.") == []


def test_a_label_taking_its_share_in_the_next_sentence():
    text = ("The port handled 6.2 million containers last year. Imports accounted for 3.9 million and "
            "exports for the remaining 2.9 million.")
    assert {f.rule for f in factcheck.check(text)} == {"part-exceeds-whole"}
    assert factcheck.check(text.replace("2.9 million.", "2.3 million.")) == []


# -- more elapsed-time frames: periods, lasting verbs, clock spans by role, windows that are not spans --
ELAPSED_PAIRS_2 = [
    ("a period named between a range and its span",
     "The road was shut from May 2018 to February 2020, a period of 15 months, for a new viaduct.",
     "The road was shut from May 2018 to February 2020, a period of 21 months, for a new viaduct.", None),
    ("a verb of lasting after an opening and a closing date",
     "The exhibition, which opened on 3 June and closed on 29 July, ran for 11 weeks.",
     "The exhibition, which opened on 3 June and closed on 29 July, ran for eight weeks.", None),
    ("'N days later' whose start is the sentence before",
     "The dam failed on 4 October. The last village was reached on 11 October, 12 days later.",
     "The dam failed on 4 October. The last village was reached on 11 October, seven days later.", None),
    ("a countdown to a date the link governs",
     "With 20 days to go before the referendum on 18 September, both camps rallied.",
     "With 12 days to go before the referendum on 18 September, both camps rallied.", "2025-09-06"),
    ("an origin verb far from its date",
     "The pair, who married at a registry office in Leeds in 1975, celebrated 40 years of marriage on Sunday.",
     "The pair, who married at a registry office in Leeds in 1975, celebrated 50 years of marriage on Sunday.",
     "2025-06-02"),
    ("two clock times carried by different verbs",
     "The siege began at 11am and the gunman surrendered at 4.30pm, after three and a half hours.",
     "The siege began at 11am and the gunman surrendered at 4.30pm, after five and a half hours.", None),
    ("a whole period as an adjective span after two times",
     "Polls opened at 7am and closed at 10pm, a 13-hour day for the volunteers.",
     "Polls opened at 7am and closed at 10pm, a 15-hour day for the volunteers.", None),
    ("'N hours after' a time the clause governs",
     "By 3pm, four hours after counting began at 10am, the result was clear.",
     "By 3pm, five hours after counting began at 10am, the result was clear.", None),
    ("'after a journey of' between an origin and the date of the verb 'after' hangs from",
     "The ship, launched in March 1998, reached Cape Town in May 2004 after a voyage of more than nine years.",
     "The ship, launched in March 1998, reached Cape Town in May 2004 after a voyage of more than five years.", None),
    ("an age whose birth date is told in the sentence after",
     "Tom Briar, the cartoonist, died on Monday aged 79. Born on 2 May 1940, he drew for the paper for 40 years.",
     "Tom Briar, the cartoonist, died on Monday aged 84. Born on 2 May 1940, he drew for the paper for 40 years.",
     "2025-01-15"),
    ("a clock span over whole days",
     "The rescue began at 4am on Monday and ended at 10am on Tuesday, 36 hours later.",
     "The rescue began at 4am on Monday and ended at 10am on Tuesday, 30 hours later.", None),
]


@pytest.mark.parametrize("why,bad,good,date", ELAPSED_PAIRS_2, ids=[p[0] for p in ELAPSED_PAIRS_2])
def test_elapsed_time_is_read_by_role_in_more_frames(why, bad, good, date):
    assert "elapsed-time-mismatch" in {f.rule for f in factcheck.check(bad, date=date)}, why
    assert factcheck.check(good, date=date) == [], why


@pytest.mark.parametrize("text", [
    "The shop opened at 9am and closed at 5pm, with a 30-minute break for lunch.",
    "Doors open at 7pm and the show starts at 8pm, running for two hours.",
    "Buses run every 20 minutes from 6am until 11pm and take 45 minutes to reach the airport.",
    "The gates opened at 9am; fans had queued since 6am, three hours earlier.",
])
def test_clock_spans_stay_quiet_on_other_readings(text):
    assert factcheck.check(text) == []


# -- restatements: 'all N', nouns of one group, 'people' for any people, a clause set off by a comma ---
@pytest.mark.parametrize("bad,good", [
    ("The depot, which employs 410 staff, will close in May. Managers said all 140 workers had been told.",
     "The depot, which employs 410 staff, will close in May. Managers said all 410 workers had been told."),
    ("The bank will shut 46 branches next year. The 64 sites will close in stages.",
     "The bank will shut 46 branches next year. The 46 sites will close in stages."),
    ("Researchers tested 815 patients in Leeds. Of the 851 people studied, 40 carried the gene.",
     "Researchers tested 815 patients in Leeds. Of the 815 people studied, 40 carried the gene."),
    ("In all, 74 volunteers cleared the beach. Organisers thanked the 47 helpers, who filled 90 bags.",
     "In all, 74 volunteers cleared the beach. Organisers thanked the 74 helpers, who filled 90 bags."),
])
def test_a_definite_count_of_the_same_group_restates_it(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_a_restrictive_clause_still_narrows_the_set():
    assert factcheck.check("In all, 74 volunteers cleared the beach. Organisers thanked the 47 helpers who "
                           "stayed until dark.") == []


# -- a total after its parts ('altogether N'), and parts labelled by an exhaustive set after 'N of M' ---
@pytest.mark.parametrize("bad,good", [
    ("The clinic saw 140 adults and 65 children in May, altogether 215 patients.",
     "The clinic saw 140 adults and 65 children in May, altogether 205 patients."),
    ("The side won 14 of their 30 games, drew six and lost seven.",
     "The side won 14 of their 30 games, drew six and lost ten."),
])
def test_totals_and_labelled_parts_read_by_role(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


def test_parts_after_n_of_m_need_an_exhaustive_set_of_labels():
    # "scored" and "conceded" are no partition of the games
    assert factcheck.check("The side won 14 of their 30 games, scored 60 and conceded 30.") == []


# -- sentence ends after "£14.5m."; frames that refer back to a bare figure ---------------------------
def test_a_scale_word_with_the_full_stop_still_ends_the_sentence():
    text = "The new pool will cost £14.5m. Councillors approved the £15.4m cost at the cabinet meeting."
    assert {f.rule for f in factcheck.check(text)} == {"differing-totals"}
    assert factcheck.check(text.replace("£15.4m", "£14.5m")) == []


def test_the_figure_of_n_refers_back_to_a_bare_figure():
    text = "Officials put the number of evacuees at 3,600 on Monday. The agency repeated the figure of 6,300 on Tuesday."
    assert {f.rule for f in factcheck.check(text)} == {"differing-totals"}
    assert factcheck.check(text.replace("6,300", "3,600")) == []


def test_a_number_after_a_name_is_an_age_only_when_it_can_be_one():
    ages = [q for q in factcheck.extract("Hiroshi Ishikawa, 47, of Osaka was arrested.").quantities if q.role == "age"]
    assert [q.text for q in ages] == ["47"]
    votes = factcheck.extract("Results: Maria Reyes, 2,840; Tom Holt, 2,170.").quantities
    assert all(q.role != "age" for q in votes)


def test_money_raised_is_no_revision_of_a_count():
    text = ('The choir raised £12,600 at its spring concert. "To have raised £16,200 in one evening is astonishing," '
            'its conductor said.')
    assert {f.rule for f in factcheck.check(text)} == {"differing-totals"}
    assert factcheck.check(text.replace("£16,200", "£12,600")) == []


def test_a_change_whose_new_value_is_the_figure_that_points_back_to():
    text = ("Ticket sales reached 4,400 in the first week. That was up 25% from the 4,000 sold a year earlier.")
    assert {f.rule for f in factcheck.check(text)} == {"percent-change-mismatch"}
    assert factcheck.check(text.replace("25%", "10%")) == []


def test_another_contributor_adds_a_part_of_the_same_whole():
    text = "Lee scored 31 of her side's 70 points, and Diaz added 42."
    assert {f.rule for f in factcheck.check(text)} == {"part-exceeds-whole"}
    assert factcheck.check(text.replace("added 42", "added 22")) == []


# -- session 20: readings added from the G phrasing set's classes (our own sentences) -----------------
READ_AGAIN = [
    # (rule, bad, good)
    # a quote says the narration's count again: same noun, same action or the digits swapped
    ("differing-totals",
     "The trust treated 2,340 outpatients in May. \"Seeing 2,430 outpatients in one month is a record for us,\" "
     "the chief nurse said.",
     "The trust treated 2,340 outpatients in May. \"Seeing 2,340 outpatients in one month is a record for us,\" "
     "the chief nurse said."),
    ("differing-totals",
     "The county will close 18 recycling centres next year. 'Shutting 22 recycling centres in one go makes no "
     "sense,' a campaigner said.",
     "The county will close 18 recycling centres next year. 'Shutting 18 recycling centres in one go makes no "
     "sense,' a campaigner said."),
    # "all N of" a synonym, and "All N of those VERBed" restate the whole, they are no part of it
    ("differing-totals",
     "The factory employs 860 workers. Letters went out on Friday to all 680 of its staff.",
     "The factory employs 860 workers. Letters went out on Friday to all 860 of its staff."),
    ("differing-totals",
     "Officers detained 27 fans after the match. All 24 of those detained were later released.",
     "Officers detained 27 fans after the match. All 27 of those detained were later released."),
    # a vote over the votes cast is complete when it is for, against and abstaining, however worded
    ("list-sum-mismatch",
     "Of the 410 members who voted, 230 supported the merger, 150 rejected it and 12 abstained.",
     "Of the 410 members who voted, 230 supported the merger, 168 rejected it and 12 abstained."),
    # "the other N" after "N of the M" is the rest of the whole
    ("part-exceeds-whole",
     "The panel upheld six of the 11 complaints and dismissed the other seven.",
     "The panel upheld six of the 11 complaints and dismissed the other five."),
    # "all other" closes a list told in the next sentence
    ("list-sum-mismatch",
     "The charity answered 5,200 calls last winter. Housing accounted for 2,100, debt for 1,900 and all other "
     "problems for 800.",
     "The charity answered 5,200 calls last winter. Housing accounted for 2,100, debt for 1,900 and all other "
     "problems for 1,200."),
    # a share with its verb left out: "39% no"
    ("part-exceeds-whole",
     "Of the parents asked, 58% said they wanted a longer day, 31% no, and 17% had no view.",
     "Of the parents asked, 52% said they wanted a longer day, 31% no, and 17% had no view."),
    # "half a percentage point" is 0.5 points, read against the two shares it joins
    ("percent-change-mismatch",
     "The savings rate slipped half a percentage point, from 4.9% to 4.1%.",
     "The savings rate slipped half a percentage point, from 4.9% to 4.4%."),
]


@pytest.mark.parametrize("rule, bad, good", READ_AGAIN, ids=[f"read-again-{i}" for i in range(len(READ_AGAIN))])
def test_relations_read_again_in_new_forms(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text", [
    # the list's length closing the list is no part: "the only two sites"
    "A total of 90 posts will go, with 60 at the Derby office and 30 at the Crewe depot, the only two sites affected.",
    # a school year is a label, not a count of the girls before it
    "The academy has 940 pupils — 470 boys and 470 girls — and a waiting list for Year 9.",
    # the members of a council may be absent: for, against and abstaining are not all of them
    "Of the council's 60 members, 31 backed the budget, 20 opposed it and 3 abstained.",
    # a facility closing a longer name is not the town the gazetteer lists under that word
    "The shuttle lifted off from the Kennedy Space Center at 9:42am (1342 GMT) on Monday.",
    # a narration's count and a quote's count of another time
    "The airline cancelled 120 flights on Friday. \"We cancelled 150 flights on a single day in 2019,\" a spokeswoman said.",
])
def test_new_forms_stay_quiet_on_other_readings(text):
    assert factcheck.check(text, date="2024-08-05") == []


ELAPSED_READ_AGAIN = [
    # (why, bad, good, date)
    ("'just N days later' after two dates across a semicolon",
     "The appeal was lodged on Monday 3 June; it was heard on Friday 14 June, just four days later.",
     "The appeal was lodged on Monday 3 June; it was heard on Friday 14 June, just 11 days later.", "2024-06-20"),
    ("a month 'last year' is one date",
     "The bakery opened in June last year and shut on Friday, a mere five months later.",
     "The bakery opened in June last year and shut on Friday, a mere ten months later.", "2025-04-14"),
    ("'N and a half hours' in digits between two clock times",
     "The flight left at 9pm on Sunday and landed at 6.30am on Monday, a journey of 7 and a half hours.",
     "The flight left at 9pm on Sunday and landed at 6.30am on Monday, a journey of 9 and a half hours.", None),
    ("a hedged span after two clock times across midnight",
     "Crews arrived at 10.40pm and the last flames were out at 1.05am, more than four hours later.",
     "Crews arrived at 10.40pm and the last flames were out at 1.05am, more than two hours later.", None),
    ("a span beside a range of bare years cannot be longer than both years",
     "She chaired the trust from 2003 to 2016 — 16 years in which it doubled in size.",
     "She chaired the trust from 2003 to 2016 — 13 years in which it doubled in size.", None),
    ("an age at the written date of the clause it closes",
     "Born in May 1950, she won her first seat in March 1979, aged 41.",
     "Born in May 1950, she won her first seat in March 1979, aged 28.", None),
    ("a quoted span with its origin in the speaker's clause",
     "\"We have farmed here for 60 years,\" said Ms Hale, who moved to the valley in 1989.",
     "\"We have farmed here for 35 years,\" said Ms Hale, who moved to the valley in 1989.", "2025-06-03"),
    ("a wait that ends with the first since a year",
     "Sunday's victory ended a 12-year drought for the county, its first title since 2001.",
     "Sunday's victory ended a 23-year drought for the county, its first title since 2001.", "2024-07-22"),
]


@pytest.mark.parametrize("why,bad,good,date", ELAPSED_READ_AGAIN, ids=[p[0] for p in ELAPSED_READ_AGAIN])
def test_elapsed_time_read_again_in_new_forms(why, bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


def test_a_quoted_span_shorter_than_its_origin_allows_is_read_charitably():
    # reported words may be old: a shop run "for 20 years" by someone who opened it in 1998 is no error
    text = "\"I've run this shop for 20 years,\" said Mr Okafor, who opened it in 1998."
    assert factcheck.check(text, date="2025-06-03") == []


@pytest.mark.parametrize("bad,good", [
    # a share noun between the part and "of the" whole
    ("The village will get a £3m slice of the £2m regeneration fund.",
     "The village will get a £1m slice of the £2m regeneration fund."),
    # one part given its share by a clause after the whole
    ("Grants totalling $48,000 were paid out in March, with one club accounting for $52,000.",
     "Grants totalling $48,000 were paid out in March, with one club accounting for $25,000."),
])
def test_one_part_given_by_a_share_noun_or_clause(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


def test_a_share_clause_takes_any_whole_before_it_that_holds_it():
    # the part fits the larger figure of the sentence: charitable, whichever the writer meant
    assert factcheck.check("Sales reached $10m on a profit of $2m, with exports accounting for $6m.") == []


@pytest.mark.parametrize("bad,good", [
    # narrowed by the very action that named the set: the same set
    ("The bank will shut 38 branches this year. Staff at the 83 branches earmarked for closure will be offered "
     "other posts.",
     "The bank will shut 38 branches this year. Staff at the 38 branches earmarked for closure will be offered "
     "other posts."),
    # an amount named by the participle after it, its digits swapped
    ("The auction raised £23,400 for the lifeboat station. Volunteers said the £24,300 raised by the sale would "
     "buy new radios.",
     "The auction raised £23,400 for the lifeboat station. Volunteers said the £23,400 raised by the sale would "
     "buy new radios."),
    # two counts of people with the digits swapped
    ("The study recruited 3,218 volunteers. Of the 3,128 people enrolled, a third were over 60.",
     "The study recruited 3,218 volunteers. Of the 3,218 people enrolled, a third were over 60."),
    # a headline's figure told as a change is still the story's figure
    ("Council tax bills rise to £1,890\n\nThe average band D bill in the borough will be £1,980 from April, the "
     "council said.",
     "Council tax bills rise to £1,890\n\nThe average band D bill in the borough will be £1,890 from April, the "
     "council said."),
])
def test_restated_through_its_own_action_or_swapped_digits(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("bad,good", [
    # "losses" and "redundancies" are named by the verb that cut the jobs
    ("The brewery will cut 150 jobs this spring. The union said the 190 job losses were avoidable.",
     "The brewery will cut 150 jobs this spring. The union said the 150 job losses were avoidable."),
    # the deaths counted again, with a breakdown of their own in the same sentence
    ("The storm killed at least 27 people, officials said. They said the 19 deaths included six children.",
     "The storm killed at least 27 people, officials said. They said the 27 deaths included six children."),
    # four digits or more swapped: one figure, whatever noun comes second
    ("The library lent 6,250 e-books in January. Staff said the 6,520 downloads showed a shift in reading habits.",
     "The library lent 6,250 e-books in January. Staff said the 6,250 downloads showed a shift in reading habits."),
    # two digits swapped, one noun, a sentence apart
    ("Forty-one stations will close early on Sunday. A list of the 14 affected stations is on the website.",
     "Forty-one stations will close early on Sunday. A list of the 41 affected stations is on the website."),
    # a count of a kind of thing as the adjective of an order: not a unit (bushels)
    ("The city has ordered 36 hydrogen buses. The 63-bus order is worth £20m.",
     "The city has ordered 36 hydrogen buses. The 36-bus order is worth £20m."),
])
def test_restated_under_another_name(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_all_of_a_set_may_be_the_whole_an_earlier_count_was_part_of():
    text = "The jury found him guilty of five counts of theft. He had denied all nine charges."
    assert factcheck.check(text) == []


def test_an_item_without_a_figure_before_the_total_leaves_the_list_partial():
    text = "The board consists of five governors, two parents and a head teacher — eight people in all."
    assert factcheck.check(text) == []


ELAPSED_READ_AGAIN_2 = [
    # (why, bad, good, date)
    ("a span named after a range, as the adjective of a noun",
     "She edited the paper from 1994 to 2008, a 19-year stint that spanned two owners.",
     "She edited the paper from 1994 to 2008, a 14-year stint that spanned two owners.", None),
    ("a run of months after 'since'",
     "The pool has been shut since March 2023, a spell of 30 months that has angered swimmers.",
     "The pool has been shut since March 2023, a spell of 20 months that has angered swimmers.", "2024-11-05"),
    ("a range's end in a clause of its own",
     "He coached the side for 14 years, from 1988 until he stepped down in 2010.",
     "He coached the side for 22 years, from 1988 until he stepped down in 2010.", None),
    ("an obituary's birth after the age, the parse giving the verb",
     "Tom Reyes, who died on June 2, 2023, aged 64, was born in Leeds on Jan. 5, 1950.",
     "Tom Reyes, who died on June 2, 2023, aged 73, was born in Leeds on Jan. 5, 1950.", None),
    ("'N on from' a dated event, to now",
     "Six months on from the fire of 3 February 2024, the hall is still closed.",
     "Eight months on from the fire of 3 February 2024, the hall is still closed.", "2024-10-15"),
    ("a countdown in 'N days' time'",
     "The bridge reopens in 12 days' time, on 30 June.",
     "The bridge reopens in 28 days' time, on 30 June.", "2025-06-02"),
    ("an age reached in a month named after it",
     "The actor, born in Cardiff on 2 March 1952, turned 65 last month.",
     "The actor, born in Cardiff on 2 March 1952, turned 73 last month.", "2025-04-10"),
    ("stepping down now after a span from a dated start",
     "The head teacher, who joined the school in 1999, is retiring after 31 years.",
     "The head teacher, who joined the school in 1999, is retiring after 26 years.", "2025-07-01"),
    ("a dotted 24-hour time before 'the next morning'",
     "The ferry leaves at 22.30 and arrives at 06.15 the next morning, a crossing of nine hours.",
     "The ferry leaves at 22.30 and arrives at 06.15 the next morning, a crossing of almost eight hours.",
     None),
    ("a stay between admission and discharge",
     "Admitted on 4 June, he spent three weeks in hospital before being discharged on 9 June.",
     "Admitted on 4 June, he spent five days in hospital before being discharged on 9 June.", "2025-06-20"),
    ("a quoted 'ago' with the origin in the speaker's clause",
     "\"We started this market 25 years ago,\" said Ms Ortiz, who founded it in 2012.",
     "\"We started this market 13 years ago,\" said Ms Ortiz, who founded it in 2012.", "2025-09-22"),
    ("an age at the date of a when-clause",
     "Born in June 1920, she was 31 when she qualified as a doctor in July 1944.",
     "Born in June 1920, she was 24 when she qualified as a doctor in July 1944.", None),
    ("an anniversary celebrated in a written year",
     "Founded in 1971, the choir celebrated its 40th anniversary with a concert in 2016.",
     "Founded in 1971, the choir celebrated its 45th anniversary with a concert in 2016.", None),
]


@pytest.mark.parametrize("why,bad,good,date", ELAPSED_READ_AGAIN_2, ids=[p[0] for p in ELAPSED_READ_AGAIN_2])
def test_elapsed_time_read_in_more_news_forms(why, bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


def test_a_span_on_a_ward_is_not_a_span_to_now():
    text = "She was admitted on 2 January and discharged on 9 January, after seven days on the stroke ward."
    assert factcheck.check(text, date="2025-03-10") == []


@pytest.mark.parametrize("bad,good", [
    # "of whom" reaches back past a long phrase to the people
    ("The clinic vaccinated 340 children at its weekend drop-in sessions in the town hall, of whom 430 were under five.",
     "The clinic vaccinated 340 children at its weekend drop-in sessions in the town hall, of whom 230 were under five."),
    # "with $N of it" and "with N based in" give one part
    ("The trust has a £2.6m repairs budget, with £3.1m of it set aside for roofs.",
     "The trust has a £2.6m repairs budget, with £1.3m of it set aside for roofs."),
    ("The bank employs 5,400 people, with 6,200 based in Scotland.",
     "The bank employs 5,400 people, with 2,600 based in Scotland."),
    # "Of these," opening the next sentence: the one count before
    ("Inspectors checked 760 lorries. Of these, 810 were overweight.",
     "Inspectors checked 760 lorries. Of these, 180 were overweight."),
    # shares and counts of a sample
    ("In a poll of 1,200 voters, 57% backed the plan and 48% opposed it.",
     "In a poll of 1,200 voters, 47% backed the plan and 48% opposed it."),
    ("A survey of 640 firms found that 720 expected to hire this year.",
     "A survey of 640 firms found that 270 expected to hire this year."),
    # shares with their verb left out, several words long
    ("Of those asked, 48% walk to school, 37% go by car or bus and 21% cycle.",
     "Of those asked, 42% walk to school, 37% go by car or bus and 21% cycle."),
    # the first share names the whole, the second leaves it out
    ("Women made up 58 percent of the graduates and men 49 percent.",
     "Women made up 51 percent of the graduates and men 49 percent."),
])
def test_one_part_or_shares_read_in_more_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


def test_shares_of_two_named_wholes_are_not_one_list():
    assert factcheck.check("Women made up 58 percent of the graduates and 49 percent of the staff.") == []


@pytest.mark.parametrize("bad,good", [
    ("Spain finished with 9 gold, 12 silver and 15 bronze, for a total haul of 38 medals.",
     "Spain finished with 9 gold, 12 silver and 15 bronze, for a total haul of 36 medals."),
    ("The force recorded 960 burglaries, 610 inside the ring road and 290 outside it.",
     "The force recorded 960 burglaries, 610 inside the ring road and 350 outside it."),
    ("All 180 learners sat the driving test; 121 passed and 49 failed.",
     "All 180 learners sat the driving test; 121 passed and 59 failed."),
    ("Sales reached $7.2bn, with goods accounting for $4.1bn and services for $2.6bn.",
     "Sales reached $7.2bn, with goods accounting for $4.1bn and services for $3.1bn."),
    ("Coal supplied 41% of Poland's power last year, gas 22% and wind 15%, with other sources making up the remaining 12%.",
     "Coal supplied 41% of Poland's power last year, gas 22% and wind 15%, with other sources making up the remaining 22%."),
    ("Of the 52 people on board, 31 were aged 16 or over and 17 were under 16.",
     "Of the 52 people on board, 31 were aged 16 or over and 21 were under 16."),
])
def test_lists_complete_by_their_labels(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


def test_ages_either_side_of_different_thresholds_leave_a_list_partial():
    assert factcheck.check("Of the 52 people on board, 31 were aged 18 or over and 17 were under 16.") == []


@pytest.mark.parametrize("bad,good", [
    # the old value after "on the"
    ("Sales totalled 3,300 units in May, down 45% on the 4,400 sold in May last year.",
     "Sales totalled 3,300 units in May, down 25% on the 4,400 sold in May last year."),
    # "points" among percentages are percentage points
    ("Support fell 9 points, from 54% in the spring to 49%.",
     "Support fell 5 points, from 54% in the spring to 49%."),
])
def test_changes_read_in_more_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


def test_index_points_are_not_percentage_points():
    assert factcheck.check("The index closed at 3,150 points, down 10% from its record of 3,500.") == []


@pytest.mark.parametrize("bad,good,date", [
    # "there" points back to the place of the sentence before
    ("The storm reached Manila on Sunday. It made landfall there at 3pm (0900 GMT).",
     "The storm reached Manila on Sunday. It made landfall there at 3pm (0700 GMT).", "2024-11-17"),
    # a venue closing a place's name is where the time happens
    ("The final at the Melbourne Cricket Ground starts at 7pm (0900 GMT).",
     "The final at the Melbourne Cricket Ground starts at 7pm (0800 GMT).", "2025-01-20"),
])
def test_a_local_time_placed_by_a_pointer_or_a_venue(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "utc-offset-mismatch", date)


def test_a_place_there_points_back_to_is_only_likely():
    findings = factcheck.check("The storm reached Manila on Sunday. It made landfall there at 3pm (0900 GMT).",
                               date="2024-11-17")
    assert [f.confidence.value for f in findings] == ["likely"]


@pytest.mark.parametrize("bad,good", [
    # a glued "g" or "m" before a bracketed conversion is a unit
    ("A 500g (25oz) jar costs £4.", "A 500g (18oz) jar costs £4."),
    ("At 1.93m (5ft 4in) he towers over the squad.", "At 1.93m (6ft 4in) he towers over the squad."),
    # a hedge after a comma, or "equivalent to", gives the conversion
    ("The estate covers 800 acres, roughly 600 hectares.", "The estate covers 800 acres, roughly 320 hectares."),
    ("Some 80mm of rain — equivalent to 6 inches — fell overnight.",
     "Some 80mm of rain — equivalent to 3 inches — fell overnight."),
])
def test_conversions_read_in_more_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "unit-conversion-mismatch")


def test_a_scale_word_is_shown_with_the_number_not_the_unit():
    [finding] = factcheck.check("The probe passed within 3.1 million miles, or about 9 million kilometres.")
    assert "million kilometres" not in finding.message.split(" is ")[1].split(",")[0]


def test_a_glued_m_in_money_stays_millions():
    assert factcheck.check("The club raised 2.5m (about $3m) last year.") == []


@pytest.mark.parametrize("bad,good", [
    # "your £N": money made definite by a possessive, its digits swapped
    ("The appeal raised £52,300 this winter. Thank you: your £53,200 will keep the shelter open.",
     "The appeal raised £52,300 this winter. Thank you: your £52,300 will keep the shelter open."),
    # a deal named by the verb of buying
    ("The group agreed to buy its rival for $2.6 billion. The $3.1bn deal needs approval from regulators.",
     "The group agreed to buy its rival for $2.6 billion. The $2.6bn deal needs approval from regulators."),
    # a count of jobs cut after the redundancies it names
    ("The 450 redundancies will fall mostly in Leeds. The firm said it would cut 540 jobs in all.",
     "The 450 redundancies will fall mostly in Leeds. The firm said it would cut 450 jobs in all."),
    # a definite tally with no noun of its own, right after the count it restates
    ("She has taken 48 wickets this summer. Her tally of 52 is a county record.",
     "She has taken 48 wickets this summer. Her tally of 48 is a county record."),
])
def test_restated_by_what_names_it(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("bad,good", [
    # four or more digits swapped, narrowed by a participle and a time
    ("Firms registered 18,240 vacancies in 2023. Officials said the 18,420 posts advertised last year were "
     "mostly part-time.",
     "Firms registered 18,240 vacancies in 2023. Officials said the 18,240 posts advertised last year were "
     "mostly part-time."),
    # "a rise to close": the noun "rise", then another verb's clause, is no change of the count
    ("The trust faces a deficit of £4.8 million. Managers propose a charge rise to cover the £8.4m gap.",
     "The trust faces a deficit of £4.8 million. Managers propose a charge rise to cover the £4.8m gap."),
    # "the entire £N he took"
    ("The court heard he stole £45,000 from the club. He spent the entire £54,000 he took on gambling.",
     "The court heard he stole £45,000 from the club. He spent the entire £45,000 he took on gambling."),
    # narrowed by another word for the action that named the set
    ("The council will withdraw 12 bus routes. Riders on the 21 routes being axed have been told to find "
     "other ways to travel.",
     "The council will withdraw 12 bus routes. Riders on the 12 routes being axed have been told to find "
     "other ways to travel."),
])
def test_restated_through_a_narrowing_or_a_noun_of_change(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("bad,good,date", [
    # the first day of a range takes the month after the last
    ("The fair runs from Monday 4 to Saturday 8 March.", "The fair runs from Tuesday 4 to Saturday 8 March.",
     "2025-02-20"),
    ("Opening hours this week: Tue-Fri 10-14 March, 9am to 5pm.",
     "Opening hours this week: Mon-Fri 10-14 March, 9am to 5pm.", "2025-03-05"),
    # an abbreviated weekday in brackets after its date
    ("Entries close 2025-04-11 (Thu) at midnight.", "Entries close 2025-04-11 (Fri) at midnight.", "2025-04-01"),
    # a weekday before a numeric date, month first or day first when only one reading is a date
    ("Next session: Tue 4/17, 6-8 p.m.", "Next session: Thu 4/17, 6-8 p.m.", "2025-04-01"),
    ("Forms are due on Friday 16/06/2025.", "Forms are due on Monday 16/06/2025.", None),
    # a date said to fall on its weekday
    ("With 1 January falling on a Tuesday next year, offices reopen on the 2nd.",
     "With 1 January falling on a Thursday next year, offices reopen on the 2nd.", "2025-12-01"),
    # a possessive weekday and the date of the same noun
    ("Tuesday's hearing on 12 March was adjourned.", "Wednesday's hearing on 12 March was adjourned.", "2025-03-01"),
])
def test_weekdays_read_in_more_forms(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch", date)


def test_a_numeric_date_that_reads_both_ways_is_not_checked():
    assert factcheck.check("Next session: Tue 4/5, 6-8 p.m.", date="2025-04-01") == []


@pytest.mark.parametrize("why,bad,good,date", [
    ("a countdown after its date, 'in N days' time'",
     "The festival opens on 28 June, in 30 days' time.", "The festival opens on 28 June, in 18 days' time.",
     "2025-06-10"),
    ("a span ended in a sentence after the one that started it",
     "The walkout began on 2 April. It ended on 30 April after 12 days.",
     "The walkout began on 2 April. It ended on 30 April after 28 days.", "2025-05-10"),
    ("the date of an until-clause ends the span",
     "The mill, founded in 1890, ran for 60 years until the looms fell silent in 1980.",
     "The mill, founded in 1890, ran for 90 years until the looms fell silent in 1980.", "2025-01-01"),
])
def test_elapsed_time_read_across_clauses(why, bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


@pytest.mark.parametrize("bad,good,date", [
    # a day of the month written as an ordinal word
    ("The march is on the first of May, a Friday.", "The march is on the first of May, a Thursday.", "2025-04-14"),
    ("The vigil is on Monday the twenty-first of June.", "The vigil is on Sunday the twenty-first of June.",
     "2026-06-01"),
])
def test_weekdays_with_a_day_in_words(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch", date)


@pytest.mark.parametrize("rule,bad,good", [
    # clauses run on with commas, which the parser hangs one on another
    ("part-exceeds-whole",
     "Of the 60 drivers at the depot, 31 will move to the new site, 18 will retire and the remaining 14 will leave.",
     "Of the 60 drivers at the depot, 31 will move to the new site, 18 will retire and the remaining 11 will leave."),
    # "Of these," opens a list whose figures the parser gives nouns of their own
    ("list-sum-mismatch",
     "The ombudsman logged 830 cases in 2024. Of these, 402 involved housing repairs, 251 benefits, 90 planning "
     "and the remaining 77 other matters.",
     "The ombudsman logged 820 cases in 2024. Of these, 402 involved housing repairs, 251 benefits, 90 planning "
     "and the remaining 77 other matters."),
    # the whole as the subject of a copula, described by a relative clause
    ("list-sum-mismatch",
     "The 96 climbers who reached the summit this season were 61 men and 25 women.",
     "The 86 climbers who reached the summit this season were 61 men and 25 women."),
    # a dash after a long clause, the labels exhausting the whole
    ("list-sum-mismatch",
     "All 148 pupils in the year group sat the new reading test in the spring term — 70 boys and 68 girls.",
     "All 138 pupils in the year group sat the new reading test in the spring term — 70 boys and 68 girls."),
    # won / drew / lost after a subject of their own
    ("list-sum-mismatch",
     "In 30 matches last season, Rovers won 12, drew eight and lost nine.",
     "In 30 matches last season, Rovers won 12, drew eight and lost ten."),
    # a jury's verdicts: convictions and acquittals are all of them
    ("list-sum-mismatch",
     "The jury reached verdicts on all nine charges, convicting her on five and acquitting her on three.",
     "The jury reached verdicts on all nine charges, convicting her on five and acquitting her on four."),
    # a partitive with no determiner opening its sentence; "the rest" closes the shares
    ("list-sum-mismatch",
     "Of 900 parents asked, 52% wanted a later start, 29% an earlier one and the rest, 14%, had no view.",
     "Of 900 parents asked, 52% wanted a later start, 29% an earlier one and the rest, 19%, had no view."),
    # shares closed by "the remaining", their whole never named
    ("list-sum-mismatch",
     "The club is owned by its supporters' trust (45%), a local builder (35%) and two former players, who hold the remaining 15%.",
     "The club is owned by its supporters' trust (45%), a local builder (35%) and two former players, who hold the remaining 20%."),
    # a total row after rows of one figure each, on lines or after semicolons
    ("list-sum-mismatch",
     "Applications by campus:\n\nCentral: 410\nRiverside: 265\nHilltop: 118\nTotal: 803\n",
     "Applications by campus:\n\nCentral: 410\nRiverside: 265\nHilltop: 128\nTotal: 803\n"),
    ("list-sum-mismatch",
     "Westgate by-election (all candidates) — Reform 2,114; Labour 1,870; Green 402. Total votes cast: 4,486.",
     "Westgate by-election (all candidates) — Reform 2,114; Labour 1,870; Green 402. Total votes cast: 4,386."),
])
def test_breakdowns_read_in_more_forms(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("bad,good", [
    # a -teen for a -ty, in words and digits
    ("Fourteen homes were flooded when the river burst its banks. All 40 homes have now been pumped out.",
     "Fourteen homes were flooded when the river burst its banks. All 14 homes have now been pumped out."),
    # an amount written with a scale word, then in full
    ("The trust was given a £3.6 million legacy last spring. The £6,300,000 legacy will fund two new wards.",
     "The trust was given a £3.6 million legacy last spring. The £3,600,000 legacy will fund two new wards."),
    # a participle standing as the noun, named by the verb that told of the group
    ("Thirteen people were hurt when the stand gave way. Doctors said most of the 31 injured were discharged by the evening.",
     "Thirteen people were hurt when the stand gave way. Doctors said most of the 13 injured were discharged by the evening."),
    # the event's noun, then the people it happened to
    ("Twelve evacuations were ordered along the coast road. Officials said the 21 people evacuated were staying with relatives.",
     "Twelve evacuations were ordered along the coast road. Officials said the 12 people evacuated were staying with relatives."),
    # "affected" points back to those the story told of
    ("Twenty-three passengers fell ill on the cruise. The 32 people affected were treated on board.",
     "Twenty-three passengers fell ill on the cruise. The 23 people affected were treated on board."),
    # all of a set fewer than the set
    ("The new ring road will have 14 junctions when it is finished. Speed cameras will watch all nine of its junctions.",
     "The new ring road will have 14 junctions when it is finished. Speed cameras will watch all 14 of its junctions."),
    # a passive agent names the set by its verb
    ("The plan was opposed by 42 residents at the inquiry. The 24 residents who objected said the road was too narrow.",
     "The plan was opposed by 42 residents at the inquiry. The 42 residents who objected said the road was too narrow."),
    # "up from" compares two periods: the later total restates this period's figure
    ("The shelter housed 1,460 dogs in 2024, up from 1,200 the year before. Its 2024 total of 1,640 dogs was a record.",
     "The shelter housed 1,460 dogs in 2024, up from 1,200 the year before. Its 2024 total of 1,460 dogs was a record."),
])
def test_restated_totals_read_in_more_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # "that" opening a clause is no definite determiner, and an adjective is no participle of the event
    "More than 30 million Americans are behind on rent. The measure will ensure that 21 million American children get the credit.",
    # all of a wider set may be more than a narrower count
    "She scored 23 league goals this season. All 26 of her goals came from inside the box.",
    # amounts in a change are values at two times, whatever restates them
    "The average rent was £860 a month in 2023. By 2025 it had risen by 12% from that figure of £860 to £963.",
])
def test_restatement_readings_stay_charitable(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good,date", [
    # the age of a thing from the verb that made it
    ("Vandals damaged the 180-year-old chapel, consecrated in 1884, over the weekend.",
     "Vandals damaged the 140-year-old chapel, consecrated in 1884, over the weekend.", "2024-06-10"),
    ("The 90-year-old lighthouse, built in 1912, will be repainted this summer.",
     "The 110-year-old lighthouse, built in 1912, will be repainted this summer.", "2023-03-01"),
    # a span said of a noun, its start in a clause of the noun and its end in the clause the noun belongs to
    ("The coach left the club in 2019, ending a nine-year spell that began in 2006.",
     "The coach left the club in 2019, ending a 13-year spell that began in 2006.", None),
    # a period running from one year to another, told after the noun
    ("The firm holds a 20-year franchise for the route, running from 2011 to 2041.",
     "The firm holds a 30-year franchise for the route, running from 2011 to 2041.", None),
])
def test_elapsed_time_said_of_a_noun(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


@pytest.mark.parametrize("text,date", [
    # a person's age is never read from a verb of making
    ("The 45-year-old builder, hired in 2001, fell from scaffolding on Monday.", "2024-06-10"),
    # a span whose noun has no dated start of its own says nothing
    ("The mayor, elected in 2016, is seeking a third four-year term.", "2024-06-10"),
    # a rebuilt thing is older than its rebuilding
    ("The 300-year-old bridge, rebuilt in 1950, reopened on Friday.", "2024-06-10"),
])
def test_elapsed_said_of_a_noun_stays_charitable(text, date):
    assert factcheck.check(text, date=date) == []


@pytest.mark.parametrize("text", [
    # a state and an action told of one group are traits, which may overlap
    "Among the 380 members, 260 are over 60 and 210 have belonged to the club for more than 20 years.",
    # a range of ages and a threshold age are ages, never parts of the whole
    "The village's 2,600 people are made up of 500 children under 16, 1,700 adults aged 16 to 64 and 400 people aged 65 and over.",
    # names listed with their figures are items, not labels
    "The 90 nurses are spread across three hospitals: 41 at the General, Riverside 30 and 19 at St Anne's.",
    # the number of items announces the list; the total comes after it
    "Silver medals, top three: Norway 12; Germany 9; Canada 7, a combined 28 for the three nations.",
    # a change by a fraction between two percentages is no share of a whole
    "The vacancy rate rose by half, from 6% to 9%, in a year.",
])
def test_breakdown_readings_stay_charitable(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("rule,bad,good", [
    ("part-exceeds-whole",
     "Among the 380 members, 260 are over 60 and 410 have belonged to the club for more than 20 years.",
     "Among the 380 members, 260 are over 60 and 310 have belonged to the club for more than 20 years."),
    ("part-exceeds-whole",
     "The 90 nurses are spread across three hospitals: 41 at the General, Riverside 40 and 19 at St Anne's.",
     "The 90 nurses are spread across three hospitals: 41 at the General, Riverside 30 and 19 at St Anne's."),
    ("percent-change-mismatch",
     "The vacancy rate rose by half, from 6% to 12%, in a year.",
     "The vacancy rate rose by half, from 6% to 9%, in a year."),
])
def test_breakdowns_of_traits_and_named_items(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


def test_a_part_told_per_head_is_not_summed_as_one():
    # "to each of her two daughters": the part is given per head, so the list does not add up as written
    assert factcheck.check("The £250,000 prize was shared out in full: £90,000 to the captain and £80,000 to each "
                           "of the two other riders.") == []


@pytest.mark.parametrize("bad,good,date", [
    # an anniversary dated in its sentence falls then, not on the article date
    ("The choir, formed in 1925, will celebrate its centenary next year with a concert.",
     "The choir, formed in 1926, will celebrate its centenary next year with a concert.", "2025-03-01"),
    # "first staged" dates the origin
    ("The regatta, first staged in 1984, marks its 30th anniversary this month.",
     "The regatta, first staged in 1984, marks its 40th anniversary this month.", "2024-08-10"),
    # the date of the event that "since" names
    ("Crowds gathered to mark 50 years since the pit disaster of 21 October 1966.",
     "Crowds gathered to mark 60 years since the pit disaster of 21 October 1966.", "2026-10-21"),
    # a day without its year, months ago: the last time that day came round
    ("The inquiry, opened on 12 May, two months ago, has yet to hear a witness.",
     "The inquiry, opened on 12 May, four months ago, has yet to hear a witness.", "2025-09-15"),
    # a range of days counted in months: inclusion adds a day, not a month
    ("The exhibition ran for almost three months, from 3 March to 27 April.",
     "The exhibition ran for almost two months, from 3 March to 27 April.", "2025-06-01"),
])
def test_elapsed_time_anniversaries_and_months(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


@pytest.mark.parametrize("text,date", [
    # a day without its year dates no span of years
    ("The riots of Aug. 4 shocked the city, and three years later the inquiry has still not reported.", "2024-09-04"),
    # "two months ago" of a day 59 days back is two months in plain speech
    ("The report, published on 2 August, two months ago, is still unread.", "2025-09-30"),
])
def test_elapsed_time_stays_charitable_on_days_without_years(text, date):
    assert factcheck.check(text, date=date) == []


@pytest.mark.parametrize("rule,bad,good", [
    # who pays for all of it
    ("part-exceeds-whole",
     "The £90m stadium is funded entirely by the club (£50m), the council (£30m) and a sports charity (£20m).",
     "The £100m stadium is funded entirely by the club (£50m), the council (£30m) and a sports charity (£20m)."),
    # a total row named by "all"
    ("list-sum-mismatch",
     "Places offered: nursing 140; midwifery 65; paramedic science 48; all places 263.",
     "Places offered: nursing 140; midwifery 65; paramedic science 48; all places 253."),
])
def test_breakdowns_funded_and_all_rows(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("bad,good", [
    # a definite figure with no noun, its digits swapped from a count told just before
    ("An audience of 12,540 saw the final at the Arena. Visiting supporters were among the 12,450 in the hall.",
     "An audience of 12,540 saw the final at the Arena. Visiting supporters were among the 12,540 in the hall."),
    # people named again by another noun of people, the digits swapped
    ("All 136 climbers were safely off the mountain by Sunday. Guides had worked through the night to reach the 163 "
     "women and men stranded near the summit.",
     "All 136 climbers were safely off the mountain by Sunday. Guides had worked through the night to reach the 136 "
     "women and men stranded near the summit."),
    # people reached are an object, not a tally that climbed
    ("Lifeboat crews reached 27 sailors adrift in the Channel on Monday. By nightfall all 29 were ashore.",
     "Lifeboat crews reached 27 sailors adrift in the Channel on Monday. By nightfall all 27 were ashore."),
    # a set given whole by its verb, named again by another noun of people
    ("The study recruited 900 pensioners in Leeds. Of the 1,100 volunteers, 40% reported better sleep.",
     "The study recruited 900 pensioners in Leeds. Of the 900 volunteers, 40% reported better sleep."),
    # a nominalised verb
    ("The club has banned 12 supporters over the pitch invasion. The 21 bans run until the end of next season.",
     "The club has banned 12 supporters over the pitch invasion. The 12 bans run until the end of next season."),
    # a frame noun of holding: "its network of"
    ("The charity, which runs 340 shops nationwide, says footfall fell sharply. Sales fell in every town served by "
     "its network of 430 shops.",
     "The charity, which runs 340 shops nationwide, says footfall fell sharply. Sales fell in every town served by "
     "its network of 340 shops."),
    # a bare figure presented as a restatement of the count before
    ("Inspectors found 2,350 faults on the line last year. The operator disputes that figure — 3,250 — saying many "
     "were minor.",
     "Inspectors found 2,350 faults on the line last year. The operator disputes that figure — 2,350 — saying many "
     "were minor."),
    # a headline written as the first sentence
    ("Avalanche kills 13 in Alpine resort. Rescuers said the slide on Saturday killed 15 skiers.",
     "Avalanche kills 15 in Alpine resort. Rescuers said the slide on Saturday killed 15 skiers."),
])
def test_restated_totals_read_in_still_more_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # a first sentence in the past tense is no headline
    "Officials counted 41 damaged homes. A second survey found 44 homes with roof damage.",
    # the toll reached a figure: told as changing
    "The death toll reached 42 on Friday. By Sunday all 45 had been named.",
])
def test_restatements_stay_charitable_on_first_sentences_and_tallies(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good,date", [
    # a span spent in a role, its start in the sentence before, counted to now
    ("Marta Lind has run the food bank since March 2012. In her 16 years in charge, demand has tripled.",
     "Marta Lind has run the food bank since March 2012. In her 12 years in charge, demand has tripled.", "2024-06-01"),
    # ended at the date of its own sentence
    ("The Okafors bought the mill in 1981. They sold it in May 2024, ending 33 years of family ownership.",
     "The Okafors bought the mill in 1981. They sold it in May 2024, ending 43 years of family ownership.", "2024-09-01"),
    # a range of years in brackets the sentence before
    ("Under Ms Reyes (head teacher 2004–2019), results rose every year. During her 21 years in post, the roll doubled.",
     "Under Ms Reyes (head teacher 2004–2019), results rose every year. During her 15 years in post, the roll doubled.",
     None),
])
def test_elapsed_time_spent_in_a_role(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


@pytest.mark.parametrize("bad,good", [
    # a share restated as the adjective of the noun it is a share of
    ("Turnout in the council by-election was 29%, the returning officer said. Candidates blamed the cold for the "
     "26% turnout.",
     "Turnout in the council by-election was 29%, the returning officer said. Candidates blamed the cold for the "
     "29% turnout."),
])
def test_a_share_restated_by_its_noun(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # a share told as changing is updated, not restated
    "Inflation rose to 3.1% in March. Economists had expected the 2.8% rate to hold for longer.",
    # two shares of two things
    "The pass rate was 71% last year. This year the 64% pass mark was raised.",
])
def test_shares_restated_stay_charitable(text):
    assert factcheck.check(text) == []


def test_kinds_closed_by_their_number_are_all_of_the_whole():
    # "the only two breeds": each part names its kind, the closing count says there are no others
    assert_only_the_bad_twin_flagged(
        "The sanctuary took in 95 dogs, 52 greyhounds and 48 lurchers, the only two breeds it accepts.",
        "The sanctuary took in 100 dogs, 52 greyhounds and 48 lurchers, the only two breeds it accepts.",
        "part-exceeds-whole")


@pytest.mark.parametrize("rule,bad,good", [
    # spans of time broken down, the bare figures after the first in its unit
    ("list-sum-mismatch",
     "The three men were jailed for a total of 30 years: 14 years for Ahmed, nine for Brook and five for Cole.",
     "The three men were jailed for a total of 28 years: 14 years for Ahmed, nine for Brook and five for Cole."),
    ("part-exceeds-whole",
     "The 10-week course includes three weeks of lectures and eight weeks on placement.",
     "The 12-week course includes three weeks of lectures and eight weeks on placement."),
])
def test_spans_of_time_broken_down(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text", [
    # a span between a list and its total is no figure of it
    "The county added 1,400 jobs in May and 800 in June, bringing the total for the two months to 2,200.",
    # a figure after "to" that follows a span is another's
    "Membership grew over five years to 36,000, from 12,000, and tripled.",
])
def test_spans_of_time_stay_out_of_other_lists(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good,date", [
    # a time and its equivalent joined by ", or" after the place and day
    ("The final starts at 8pm in Auckland, or 6am in London on Saturday.",
     "The final starts at 8pm in Auckland, or 7am in London on Saturday.", "2025-03-01"),
    # ", which is" giving the GMT equivalent
    ("The vote closes at 9pm local time in Athens, which is 1900 GMT.",
     "The vote closes at 9pm local time in Athens, which is 1800 GMT.", "2025-07-10"),
    # an em dash setting one zone's time beside another's
    ("The match begins at 9pm in Dubai — 5pm in Berlin.",
     "The match begins at 9pm in Dubai — 7pm in Berlin.", "2025-07-10"),
])
def test_times_in_two_zones_read_in_more_forms(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "utc-offset-mismatch", date)


def test_a_span_across_zones_is_not_an_equivalent():
    # "from 9am in Tokyo to 2am in Paris": a span's ends, not one time in two zones
    assert factcheck.check("Talks ran from 9am in Tokyo to 2am in Paris.", date="2025-07-14") == []


@pytest.mark.parametrize("bad,good,date", [
    # a dotted 24-hour clock with its zone after "that is"
    ("Kick-off in Durban is at 7.15pm, that is 18.15 GMT, the organisers said.",
     "Kick-off in Durban is at 7.15pm, that is 17.15 GMT, the organisers said.", "2024-03-04"),
    # a dotted local clock before its equivalent in brackets
    ("The polls in Athens close at 19.00 (16.00 GMT) on Sunday.",
     "The polls in Athens close at 19.00 (17.00 GMT) on Sunday.", "2024-03-04"),
])
def test_dotted_clocks_and_their_equivalents(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "utc-offset-mismatch", date)


@pytest.mark.parametrize("bad,good", [
    # "Of those N <participle>," restates the set its verb named, and is the whole of what follows
    ("Police arrested 23 protesters outside the embassy on Sunday. Of those 21 detained, 15 were released "
     "without charge.",
     "Police arrested 23 protesters outside the embassy on Sunday. Of those 23 detained, 15 were released "
     "without charge."),
    # a participle standing as the noun, named by the verb of the first count
    ("Coastguards evacuated 140 holidaymakers from the island on Friday. The 104 evacuated were taken to a "
     "school hall.",
     "Coastguards evacuated 140 holidaymakers from the island on Friday. The 140 evacuated were taken to a "
     "school hall."),
])
def test_a_participle_standing_for_the_set_restates_it(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_a_whole_restated_after_of_those_is_not_one_of_its_own_parts():
    # "Among these 40 placements, 12 broke down": 40 is the whole of 12, not a part beside it
    text = "The charity placed 40 children with foster families last year. Among these 40 placements, 12 broke down."
    assert factcheck.check(text) == []
    over = text.replace("12 broke", "52 broke")
    assert [f.rule for f in factcheck.check(over)] == ["part-exceeds-whole"]


@pytest.mark.parametrize("rule,bad,good", [
    # a part "of" (or "at") a thing whose size a relative clause gives after it
    ("part-exceeds-whole",
     "Fire swept through 2,300 acres of the forest, which covers 1,900 acres in all.",
     "Fire swept through 1,300 acres of the forest, which covers 1,900 acres in all."),
    ("part-exceeds-whole", "The trust closed 490 beds at the hospital, which has 420 beds.",
     "The trust closed 90 beds at the hospital, which has 420 beds."),
    # two shares told by opposite verbs, the second parsed onto the first's object
    ("part-exceeds-whole",
     "A poll of 1,500 tenants found that 61% backed the rent freeze and 44% opposed it.",
     "A poll of 1,500 tenants found that 51% backed the rent freeze and 44% opposed it."),
    # a clause of contrast: "while"; the whole named bare ("of candidates") with a year in its phrase
    ("part-exceeds-whole", "In 2024, 71% of candidates passed the theory test, while 36% failed.",
     "In 2024, 64% of candidates passed the theory test, while 36% failed."),
    # shares of a named whole, the verb left out after the first ("..., gas-fired stations 32%")
    ("part-exceeds-whole",
     "Rail carried 41% of the region's freight in 2023, roads 44% and waterways 19%.",
     "Rail carried 37% of the region's freight in 2023, roads 44% and waterways 19%."),
])
def test_parts_of_a_sized_thing_and_shares_of_one_split(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text", [
    # two answers that may overlap: different verbs, or one verb with objects of their own
    "A survey of 1,000 commuters found that 62% own a car and 45% use the bus every day.",
    "Of the 800 residents polled, 70% want more buses and 55% support a new tram line.",
    "At Oakfield Academy, 82% of pupils passed maths in 2025, while 65% passed English.",
    # ages that split a group are no parts of it: "aged over 80", "and eight under 65"
    "The 74 deaths recorded comprised 41 people aged over 80, 25 aged between 65 and 80 and eight under 65.",
    # a job count at a site whose relative clause counts people: another noun, another set
    "The firm will cut 2,300 jobs at its Swindon plant, which employs 2,100 people.",
])
def test_shares_and_ages_stay_charitable(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("rule,bad,good", [
    # a passive with an irregular participle after an adverb is no state: the clauses are a list
    ("list-sum-mismatch",
     "Thirty walkers were caught in the storm. Eighteen reached the hut, nine were badly hurt and the last "
     "two are still missing.",
     "Thirty walkers were caught in the storm. Eighteen reached the hut, ten were badly hurt and the last "
     "two are still missing."),
    # the subject of "were broken down as" holds the whole, however long its phrase
    ("list-sum-mismatch",
     "The 260 calls logged by the helpline over Christmas were broken down as 120 about heating, 90 about "
     "food and 40 about loneliness.",
     "The 260 calls logged by the helpline over Christmas were broken down as 130 about heating, 90 about "
     "food and 40 about loneliness."),
    # "the remaining one" is a figure
    ("list-sum-mismatch",
     "Of the six bridges inspected, three were sound, one needed repair and the remaining one was closed.",
     "Of the six bridges inspected, four were sound, one needed repair and the remaining one was closed."),
    # a list after an attribution, its whole asked in the sentence before
    ("list-sum-mismatch",
     "How was the £2.5m spent? According to the trust's report, £1.2m went on staff, £800,000 on buildings "
     "and the remaining £300,000 on books.",
     "How was the £2.3m spent? According to the trust's report, £1.2m went on staff, £800,000 on buildings "
     "and the remaining £300,000 on books."),
])
def test_lists_read_in_still_more_forms(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


def test_a_participial_clause_with_a_noun_of_its_own_ends_a_list():
    # "..., finishing on 73 points": points are no games of the season
    text = "The club played 38 games, winning 21, drawing 10 and losing seven, finishing on 73 points."
    assert factcheck.check(text) == []
    assert [f.rule for f in factcheck.check(text.replace("seven", "eight"))] == ["part-exceeds-whole"]


@pytest.mark.parametrize("bad,good,date", [
    # a span written to the minute is checked to five minutes, not to the quarter hour
    ("The ferry left Oban at 7.10am and docked at Castlebay at 12.05pm, a crossing of 4hr 45min.",
     "The ferry left Oban at 7.10am and docked at Castlebay at 12.05pm, a crossing of 4hr 55min.", None),
    # a service named by when it leaves
    ("The 07:15 from Bristol pulled into Cardiff at 08:02, a trip of 57 minutes.",
     "The 07:15 from Bristol pulled into Cardiff at 08:02, a trip of 47 minutes.", None),
    # the later time on the next morning
    ("The party started at 10pm and police were called at 3.30am the next morning, seven hours later.",
     "The party started at 10pm and police were called at 3.30am the next morning, five and a half hours later.",
     None),
    # a birth year and an event year: the age is one of two
    ("Born in 1948, the painter was 70 when her first solo show opened in 2021.",
     "Born in 1948, the painter was 72 when her first solo show opened in 2021.", "2025-05-01"),
    # "aged N" at the end of a clause dated by the event it tells of
    ("Cyclist Tom Reyes, born in 2001, took the national title at the 2023 championships aged 19.",
     "Cyclist Tom Reyes, born in 2001, took the national title at the 2023 championships aged 21.", None),
    # a news age with a birth year, dated by the sentence's event when the article has no date
    ("The 31-year-old striker, born in 1990, joined the club in August 2024.",
     "The 33-year-old striker, born in 1990, joined the club in August 2024.", None),
])
def test_elapsed_time_clocks_and_ages_in_more_forms(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


def test_an_age_with_a_birth_year_stays_charitable_on_the_article_date():
    # the news age is the age now; a later event in the sentence is another reading, not the only one
    text = "Jacob Hall, 35, born in 1990, who joined the firm in 2010, spoke on Monday."
    assert factcheck.check(text, date="2025-09-01") == []


@pytest.mark.parametrize("bad,good,date", [
    # a verb that lifts a ban ends its span
    ("The fishing ban, imposed in June 2022 and lifted in April 2024, lasted 19 months.",
     "The fishing ban, imposed in June 2022 and lifted in April 2024, lasted 22 months.", None),
    # an adjective between a number and its unit of time: a span, not a count of days
    ("Rain fell every day from 3 October to 20 October, 14 straight days of it.",
     "Rain fell every day from 3 October to 20 October, 18 straight days of it.", "2025-11-01"),
    # a stretch in apposition to the clause that dated it, from its "from" to its "until"
    ("She led the orchestra from 1998 until her retirement in 2019, a 25-year tenure.",
     "She led the orchestra from 1998 until her retirement in 2019, a 21-year tenure.", None),
])
def test_elapsed_time_ends_spans_and_spells(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date)


def test_a_count_of_straight_wins_is_no_span_of_time():
    [wins] = factcheck.extract("The club won 12 consecutive matches.").quantities
    assert (wins.kind.value, wins.counted) == ("count", "match")
    [days] = factcheck.extract("It rained for 12 consecutive days.").quantities
    assert (days.kind.value, days.unit, days.text) == ("duration", "day", "12 consecutive days")


@pytest.mark.parametrize("bad,good", [
    # a bare "All N" two sentences on, when the sentence between counts nothing
    ("Lifeboat crews pulled seven anglers from the water off Whitby. The men had been fishing from a rock "
     "shelf. All six were treated for hypothermia.",
     "Lifeboat crews pulled seven anglers from the water off Whitby. The men had been fishing from a rock "
     "shelf. All seven were treated for hypothermia."),
    # the verb the first count's verb takes names the set too ("were left waiting ... who waited")
    ("Why were 41 passengers left stranded at Luton overnight? The airline said the 14 passengers who were "
     "stranded had been offered hotel rooms.",
     "Why were 41 passengers left stranded at Luton overnight? The airline said the 41 passengers who were "
     "stranded had been offered hotel rooms."),
    # "convicted of" names the counts; a name that spells a change word ("Fell") changes nothing
    ("Anna Rose, 47, was convicted of nine charges of theft. Jailing her for the eight charges on which the "
     "jury convicted her, the judge called it a betrayal.",
     "Anna Rose, 47, was convicted of nine charges of theft. Jailing her for the nine charges on which the "
     "jury convicted her, the judge called it a betrayal."),
])
def test_restated_totals_bare_two_sentences_on_and_verbs_of_the_set(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_a_bare_all_after_another_count_between_refers_to_that_one():
    text = "Crews rescued nine climbers from the ridge. Another 12 walkers were escorted down. All eight were treated."
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good", [
    # the old value after "against", its unit left unsaid
    ("The mine produced 52 million tonnes this year against 40 million last year, a rise of 25 percent.",
     "The mine produced 52 million tonnes this year against 40 million last year, a rise of 30 percent."),
    # a currency written as letters before the amount
    ("Turnover slipped 15 per cent, from R3.2 million to R2.4 million, the group said.",
     "Turnover slipped 25 per cent, from R3.2 million to R2.4 million, the group said."),
    ("Exports rose 10%, from RM2.0bn to RM2.5bn, the ministry said.",
     "Exports rose 25%, from RM2.0bn to RM2.5bn, the ministry said."),
    # a table's rows, the change in brackets on the later one
    ("Visits to the library:\n2022: 12,000\n2023: 15,000 (+20%)",
     "Visits to the library:\n2022: 12,000\n2023: 15,000 (+25%)"),
    ("Crimes recorded:\nLast year\t8,000\nThis year\t7,200 (−8%)",
     "Crimes recorded:\nLast year\t8,000\nThis year\t7,200 (−10%)"),
])
def test_changes_against_letters_and_rows(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


@pytest.mark.parametrize("text,amounts", [
    ("Kenya set aside Ksh 350,000 for each ward, while Malaysia pledged RM1.2bn.", [("KES", 350000), ("MYR", 1.2e9)]),
    ("The R2 road was shut, and the R20 million bypass was delayed.", [("ZAR", 2e7)]),
])
def test_currencies_written_as_letters(text, amounts):
    found = [(q.unit, q.value) for q in factcheck.extract(text).quantities if q.kind.value == "money"]
    assert found == amounts


@pytest.mark.parametrize("bad,good", [
    # four digits swapped two sentences on, one noun with no figure of its own between
    ("Rail staff cast 4,350 ballots in the strike vote. The union said 3,450 ballots had been returned by the "
     "deadline.",
     "Rail staff cast 4,350 ballots in the strike vote. The union said 4,350 ballots had been returned by the "
     "deadline."),
])
def test_restated_totals_with_four_digits_swapped(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text,date", [
    # "in May" is the month: two months, two counts
    ("The trust treated 2,340 patients in May. In June, 3,240 patients were seen.", "2025-07-01"),
    # a multiple of another figure is no change of the pair beside it
    ("Stocks will fall to 4.51 billion bushels from 4.88 billion a year earlier, still nearly double the "
     "1941-1960 average.", "1987-09-01"),
])
def test_other_months_and_other_figures_stay_charitable(text, date):
    assert factcheck.check(text, date=date) == []


def test_a_capitalised_may_after_in_is_the_month():
    [month] = [q for q in factcheck.extract("Work began in May.", date="2025-07-01").quantities]
    assert (month.kind.value, month.month) == ("date", 5)
    assert factcheck.extract("They may come. May they win.", date="2025-07-01").quantities == []


@pytest.mark.parametrize("rule,bad,good", [
    # a vote's two sides are parts of the body that cast it
    ("part-exceeds-whole", "Governors voted 14 to 9 to close the sixth form, with all 21 governors present.",
     "Governors voted 12 to 9 to close the sixth form, with all 21 governors present."),
    # "present and voting": exactly them
    ("list-sum-mismatch", "The amendment fell by 22 votes to 17, with all 41 councillors present and voting.",
     "The amendment fell by 24 votes to 17, with all 41 councillors present and voting."),
    # "by a majority of 11 to one": a jury of 12 at most
    ("part-exceeds-whole", "The jury of 12 found her guilty by a majority of 12 to one.",
     "The jury of 12 found her guilty by a majority of 11 to one."),
    # "among them" after a comma reaches back to the clause's count
    ("part-exceeds-whole",
     "Twelve people were treated in hospital after the fire at the Crescent Road flats, among them 15 children.",
     "Twelve people were treated in hospital after the fire at the Crescent Road flats, among them five children."),
    # "of them" with two counts before: the part exceeds both
    ("part-exceeds-whole",
     "Forty candidates are standing for 30 seats. The party said 45 of them had never stood before.",
     "Forty candidates are standing for 30 seats. The party said 25 of them had never stood before."),
])
def test_tallies_and_parts_reached_back(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


def test_a_tally_without_its_body_and_a_change_are_no_parts():
    assert factcheck.check("MPs backed the bill by 320 votes to 250.") == []
    assert factcheck.check("Police arrested 14 people and seized 40 phones. Seventeen of them were charged.") == []


def test_becoming_a_role_starts_the_years_spent_in_it():
    bad = ("Tom Price, who became head teacher in September 2011, retires after 14 years in the post when the "
           "summer term ends in July 2024.")
    good = bad.replace("14 years", "13 years")
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", "2024-06-01")


def test_a_thing_completed_in_a_year_ages_from_it():
    # "completed in 1968 ... after just 47 years": completion starts the building's years; "just" hedges nothing
    bad = "Why is a car park completed in 1971 being demolished after just 44 years?"
    good = bad.replace("44 years", "54 years")
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", "2025-03-20")


@pytest.mark.parametrize("rule,bad,good", [
    # a "with" clause hung on the verb whose subject holds the whole reaches back across the clause
    ("list-sum-mismatch",
     "A total of 2.4 million masks were handed out in the region last winter, with 1.5 million going to schools "
     "and the remaining 700,000 to care homes.",
     "A total of 2.4 million masks were handed out in the region last winter, with 1.5 million going to schools "
     "and the remaining 900,000 to care homes."),
    # "Over N games," opening a clause with its own subject is the stretch the clause covers, not "more than"
    ("part-exceeds-whole",
     "Over 30 matches, the visitors won 18, drew nine and lost four.",
     "Over 30 matches, the visitors won 18, drew nine and lost three."),
    # rows of a result table whose labels carry a party in brackets, closed by a total row
    ("list-sum-mismatch",
     "Declaration, Ashwood ward:\nMorgan (Ind) 1,204\nLeigh (Lab) 988\nFinch (Con) 431\nTotal votes cast: 2,723",
     "Declaration, Ashwood ward:\nMorgan (Ind) 1,204\nLeigh (Lab) 988\nFinch (Con) 431\nTotal votes cast: 2,623"),
    # a heading line holding the whole, broken down "by" something in the rows below it
    ("list-sum-mismatch",
     "The trust recorded 860 falls on its wards last year, by ward type:\n- surgical: 310\n- medical: 420\n"
     "- maternity: 40",
     "The trust recorded 860 falls on its wards last year, by ward type:\n- surgical: 310\n- medical: 420\n"
     "- maternity: 130"),
    # ... or closed by a row for the rest
    ("list-sum-mismatch",
     "The helpline took 1,900 calls in March:\nBenefits: 700\nHousing: 650\nOther: 350",
     "The helpline took 1,900 calls in March:\nBenefits: 700\nHousing: 650\nOther: 550"),
    # ... or counted by the heading itself ("across its four depots:")
    ("list-sum-mismatch",
     "The firm runs 120 buses across its four depots:\n- Northgate: 40\n- Riverside: 35\n- Hillfoot: 25\n"
     "- Eastfield: 10",
     "The firm runs 120 buses across its four depots:\n- Northgate: 40\n- Riverside: 35\n- Hillfoot: 25\n"
     "- Eastfield: 20"),
    # "N of them" after the count's clause, however long, when no other figure stands between
    ("part-exceeds-whole",
     "Inspectors visited 45 care homes across the county last spring and rated 52 of them as good.",
     "Inspectors visited 45 care homes across the county last spring and rated 32 of them as good."),
    # ", out of N" closing the part's clause
    ("part-exceeds-whole",
     "A total of 260 trains were cancelled on the line on Monday, out of 240 timetabled, after a signal fault.",
     "A total of 160 trains were cancelled on the line on Monday, out of 240 timetabled, after a signal fault."),
])
def test_lists_held_by_a_subject_a_heading_or_a_stretch(rule, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text", [
    # a heading's rows that may leave some out stay parts, and may fall short of it
    "The trust employs 5,000 staff across its sites:\nLeeds: 2,000\nYork: 1,500",
    # "Over N people," is still more than N when the people are the subject
    "Over 1,000 people, many of them children, were treated. Of those, 998 went home the same day.",
    # items of one list, each after the same cue, are siblings: none is the whole of the others
    "Four players scored for the club: Rossi with 12, Dahl with 9, Kemp with 6 and Ortiz with 2.",
    # a count of the items in the lead is no whole of the later items either
    "Only two drivers finished the race: Park in 14th place and Webb in 18th.",
    # an item that found no whole is no whole for the items after it
    "Announcing 900 job cuts, the bank said 400 roles would go in branches, 300 in call centres and "
    "the remaining 200 at its head office.",
    # a number naming a kind of thing ("two-pointers") counts nothing
    "Her 30 points came from 16 in two-pointers, nine from three-pointers and five from free throws.",
])
def test_lists_and_headings_stay_charitable(text):
    assert factcheck.check(text) == []


def test_a_hyphened_count_before_its_noun_still_counts():
    bad = "The club named a 25-player squad for the tour, which includes 28 players yet to win a cap."
    good = bad.replace("includes 28", "includes 18")
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


@pytest.mark.parametrize("bad,good", [
    # the same digits a power of ten apart: a scale word slipped, not another order of thing
    ("Vantor Energy will buy the wind farm for £340 million. The £34 million deal is due to close in June.",
     "Vantor Energy will buy the wind farm for £340 million. The £340 million deal is due to close in June."),
    # a span given by the verb, restated as the noun that verb names ("jailed for ... his N-year sentence")
    ("A judge jailed the former treasurer for six years on Friday. Her lawyer said she would appeal against her "
     "eight-year sentence.",
     "A judge jailed the former treasurer for six years on Friday. Her lawyer said she would appeal against her "
     "six-year sentence."),
    # an age beside a name, then "The N-year-old" standing for the same person
    ("Omar Haddad, 52, has been appointed chief constable. The 25-year-old joined the force as a cadet.",
     "Omar Haddad, 52, has been appointed chief constable. The 52-year-old joined the force as a cadet."),
    # "That 24-hour total of": a demonstrative total with a hyphened modifier between
    ("The gauge at Dunmore recorded 87mm of rain on Sunday. That 24-hour total of 95mm set a new record.",
     "The gauge at Dunmore recorded 87mm of rain on Sunday. That 24-hour total of 87mm set a new record."),
    # a headline's count with its two digits swapped in the story, the same noun
    ("Hospital to cut 64 beds\nThe health board confirmed that 46 beds would close at the site by April.",
     "Hospital to cut 64 beds\nThe health board confirmed that 64 beds would close at the site by April."),
    # three digits swapped in the next sentence, the same noun, told by another verb
    ("The depot houses 270 buses. Staff keep 720 buses there overnight, all of them electric.",
     "The depot houses 270 buses. Staff keep 270 buses there overnight, all of them electric."),
    # swapped digits, the later noun's modifier naming the earlier noun ("nurses ... nursing staff")
    ("All 58 nurses on the ward signed the letter. Managers said the ward's 85 nursing staff would be consulted.",
     "All 58 nurses on the ward signed the letter. Managers said the ward's 58 nursing staff would be consulted."),
])
def test_restated_amounts_spans_and_ages(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # another person between the age and "The N-year-old" may be the one meant
    "Omar Haddad, 52, replaces Ruth Kerr as chief constable. The 61-year-old is retiring after 40 years.",
    # an indefinite sentence is another sentence, not the one restated
    "He was jailed for six years in 2012. In 2020 he was given a three-year sentence for fraud.",
    # two counts of one noun told apart by their dates
    "The depot housed 270 buses in 2020. In 2024 it housed 720 buses.",
])
def test_other_ages_sentences_and_occasions_stay_apart(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good", [
    # a trait told after a copula is no comparison: "of which N are more than 15 years old" is a part
    ("The trust runs 150 buses, of which 190 are more than 15 years old.",
     "The trust runs 150 buses, of which 90 are more than 15 years old."),
    # the copula put before its subject: "Among them were N"
    ("The university enrolled 4,200 foreign students last autumn. Among them were 4,900 from China.",
     "The university enrolled 4,200 foreign students last autumn. Among them were 3,900 from China."),
    # a bare count opening the sentence, the rest told without a figure: one part of the count before
    ("The ferry company has 40 vessels. Forty-five are diesel and the others run on batteries.",
     "The ferry company has 40 vessels. Twenty-five are diesel and the others run on batteries."),
    ("The club had 80 members. Ninety joined this year, while the rest of the members are founders.",
     "The club had 80 members. Thirty joined this year, while the rest of the members are founders."),
    # one part after "with", counting the whole's own noun, a verb telling what became of it
    ("The 12-member council met for three hours, with 14 members voting for the plan.",
     "The 12-member council met for three hours, with 10 members voting for the plan."),
    ("The six-carriage train came off the line at 50mph outside Hale, with seven carriages ending up on their side.",
     "The six-carriage train came off the line at 50mph outside Hale, with four carriages ending up on their side."),
])
def test_one_part_told_by_a_copula_a_rest_or_a_with_clause(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # a count over a period may add up past its whole (nights, not rooms)
    "The 300-room hotel opened on Friday, with 400 rooms booked for the first week.",
    # "with" and another noun is no part
    "The 300-room hotel opened on Friday, with 400 staff hired from the town.",
    # a count of more of the thing than last time is a difference, not a part
    "The trust runs 150 buses, 200 more than it did in 2010.",
    # a bare count opening a sentence with no rest told is another count
    "The ferry company has 40 vessels. Forty-five crews work on them in shifts.",
])
def test_one_part_readings_stay_charitable(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good", [
    # the whole in the sentence before, the parts after a speaker, closed by "the remaining"
    ("Harrow Foods will shed 520 jobs. The company said 300 posts would go at its bakery, 150 in distribution and "
     "the remaining 50 in its offices.",
     "Harrow Foods will shed 500 jobs. The company said 300 posts would go at its bakery, 150 in distribution and "
     "the remaining 50 in its offices."),
    # the whole in a fronted participle, the parts in what the subject said
    ("Setting out its 260 redundancies, the council said 120 would fall on housing, 90 on parks and the remaining "
     "40 on libraries.",
     "Setting out its 250 redundancies, the council said 120 would fall on housing, 90 on parks and the remaining "
     "40 on libraries."),
    # the first part's verb left out of the next ones, then the rest after a semicolon
    ("Forty of the 220 entrants won a gold medal, 85 a silver and 70 a bronze; the remaining 20 went home empty-handed.",
     "Forty of the 215 entrants won a gold medal, 85 a silver and 70 a bronze; the remaining 20 went home "
     "empty-handed."),
    # a jury's verdicts, the verbs of convicting and clearing carrying the labels
    ("The jury returned verdicts on all ten charges, finding her guilty on six and clearing her of three.",
     "The jury returned verdicts on all nine charges, finding her guilty on six and clearing her of three."),
    # a list in brackets after a long clause whose subject is the whole
    ("Thirty-one people were taken to hospital after the fire at the Orchard Lane tower block (19 residents and "
     "10 firefighters), the ambulance service said.",
     "Twenty-nine people were taken to hospital after the fire at the Orchard Lane tower block (19 residents and "
     "10 firefighters), the ambulance service said."),
])
def test_lists_told_by_a_speaker_a_gapped_verb_a_verdict_or_brackets(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


@pytest.mark.parametrize("text", [
    # after the first part, a share of it is no further part
    "Eleven of the 14 staff were made redundant, five in March and six in May.",
    "Twelve of the 20 riders finished the stage, five of them Dutch.",
    # an open list after a speaker is not all of the whole
    "Announcing 900 job cuts, the bank said 400 roles would go in branches and 300 in call centres.",
    # a bracket after a clause whose subject is not the count
    "The storm hit 40 towns last winter along the coast near Dunmore Bay (12 in Kerry and 9 in Clare), "
    "officials said.",
])
def test_speakers_gaps_and_brackets_stay_charitable(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("date, bad, good", [
    # a runner crossing "the start line": the object names which end of the race the time is
    ("2024-04-21", "Priya Shah crossed the start line at 10.14am and finished at 1.05pm, a time of 3 hours 21 minutes.",
     "Priya Shah crossed the start line at 10.14am and finished at 1.05pm, a time of 2 hours 51 minutes."),
    # a span set beside the clause that dates both its ends
    ("2024-08-30", "The convoy left Basra on 2 August and reached Aqaba on 19 August, a journey of 12 days.",
     "The convoy left Basra on 2 August and reached Aqaba on 19 August, a journey of 17 days."),
    # "has now lasted": from its start to the article's date
    ("2025-03-03", "The lockout at the Tamworth plant started on 3 February and has now lasted two weeks.",
     "The lockout at the Tamworth plant started on 3 February and has now lasted four weeks."),
    # "N years after it opened": the opening dated earlier in the sentence by the same verb
    ("2024-05-01", "The library, which opened in 1961, was rebuilt in 2005, 34 years after it opened.",
     "The library, which opened in 1961, was rebuilt in 2005, 44 years after it opened."),
])
def test_elapsed_spans_beside_their_clause(date, bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date=date)


@pytest.mark.parametrize("text", [
    # "after it first did X" is another event than its founding
    "The school, founded in 1950, moved in 1990, 30 years after it first admitted girls.",
    # a break inside the stretch is no span of it
    "The talks opened on 3 March and closed on 9 March, a break of two days having been agreed midway.",
])
def test_elapsed_other_events_and_breaks_stay_quiet(text):
    assert factcheck.check(text, date="2024-05-01") == []


@pytest.mark.parametrize("bad,good", [
    # the change and its new value, then the old value in a sentence of an earlier year
    ("Ticket sales climbed 30% to 46,000 in 2024. In 2023 the festival sold 40,000.",
     "Ticket sales climbed 15% to 46,000 in 2024. In 2023 the festival sold 40,000."),
    # ... or of the previous session, in the past perfect
    ("The pound finished 3 percent lower at $1.21. It had closed the previous day at $1.27.",
     "The pound finished 5 percent lower at $1.21. It had closed the previous day at $1.27."),
])
def test_a_change_whose_old_value_comes_next(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


@pytest.mark.parametrize("text", [
    # a later year is no earlier value
    "Ticket sales climbed 30% to 46,000 in 2024. In 2025 the festival hopes to sell 40,000.",
    # a first sentence read as a headline, another year after it: two occasions, not one figure restated
    "Revenue rose 17% to $812m in 2023. In 2022 it was $694m.",
])
def test_changes_and_headlines_across_years_stay_apart(text):
    assert [f.rule for f in factcheck.check(text)] == []


@pytest.mark.parametrize("bad,good", [
    # a gerund label after "for" is no new clause: the list runs on to its last part
    ("The £9.8m fund will be divided between three schemes: £4.2m for the museum, £3.1m for restoring the pier "
     "and £2.2m for a skate park.",
     "The £9.5m fund will be divided between three schemes: £4.2m for the museum, £3.1m for restoring the pier "
     "and £2.2m for a skate park."),
    # a poll's answers, each told by a clause of its own, a hyphened modifier inside one of them
    ("Of 620 tenants polled, 300 said they wanted a five-year lease, 250 opposed the idea and 60 were undecided.",
     "Of 610 tenants polled, 300 said they wanted a five-year lease, 250 opposed the idea and 60 were undecided."),
    # three age bands that meet: under 25, 25 to 40, over 40
    ("Of the 90 volunteers, 30 were under 25, 41 were aged 25 to 40 and 17 were over 40.",
     "Of the 88 volunteers, 30 were under 25, 41 were aged 25 to 40 and 17 were over 40."),
])
def test_lists_of_labelled_schemes_answers_and_bands(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


@pytest.mark.parametrize("text", [
    # an item without a figure after the last part makes up the rest
    "The side's 20 tries came from Ruiz (nine), Kemp (six), Achebe (four) and a penalty try.",
    # bands that do not meet may leave people out
    "Of the 90 volunteers, 30 were under 25 and 41 were over 40.",
    # two answers of a poll need not be all of it
    "Of 620 tenants polled, 300 backed the plan and 250 opposed it.",
])
def test_items_without_figures_and_gaps_in_bands_stay_quiet(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good", [
    # a measure referred back to by a demonstrative
    ("Floods covered 420 hectares of farmland on Friday. Farmers say those 240 hectares will not be sown this year.",
     "Floods covered 420 hectares of farmland on Friday. Farmers say those 420 hectares will not be sown this year."),
    # a count referred back to with a scale word slipped
    ("The appeal has drawn 2.5 million pledges. Organisers will deliver the 250,000 pledges to parliament in May.",
     "The appeal has drawn 2.5 million pledges. Organisers will deliver the 2,500,000 pledges to parliament in May."),
])
def test_measures_and_counts_referred_back(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # a definite count restricted to a place is a part, whatever its digits
    "The census counted 1.2 million households. The 120,000 households in the capital are mostly flats.",
    # a measure with "the" alone may be another stretch
    "Floods covered 420 hectares of farmland on Friday. The 240 hectares nearest the river were worst hit.",
])
def test_parts_named_definitely_stay_apart(text):
    assert factcheck.check(text) == []


# -- restatements: a measure in another unit, a figure said again of the subject, a haul, a share -------
@pytest.mark.parametrize("bad,good", [
    # a length said again in the next sentence, fronted by "At", in another unit
    ("The new bypass is 6.2 miles long. At 8,900 metres, it is the county's longest road scheme.",
     "The new bypass is 6.2 miles long. At 10,000 metres, it is the county's longest road scheme."),
    # in the same unit
    ("The cruise liner weighs 92,000 tonnes. At 29,000 tonnes, she is the largest ship ever built on the Clyde.",
     "The cruise liner weighs 92,000 tonnes. At 92,000 tonnes, she is the largest ship ever built on the Clyde."),
    # what was seized, told again as the haul, in kilograms after tonnes
    ("Customs officers seized three tonnes of cocaine at the port. The 300kg haul was hidden among bananas.",
     "Customs officers seized three tonnes of cocaine at the port. The 3,000kg haul was hidden among bananas."),
    # a share of a copula's subject, then the share as the noun's modifier, written "per cent"
    ("Turnout in the mayoral race was 27.4 per cent. Officials blamed the 24.7 per cent turnout on the rain.",
     "Turnout in the mayoral race was 27.4 per cent. Officials blamed the 27.4 per cent turnout on the rain."),
])
def test_restated_in_another_unit_or_said_again_of_the_subject(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # another thing of the same dimension: the subject of the second sentence is a noun, not "it"
    "The tunnel is 4.8 kilometres long. At 300 metres, the ventilation shaft is the deepest in Europe.",
    # a share at another occasion, narrowed by the phrase after its noun
    "Turnout in the by-election was 31.5 per cent. The 38 per cent turnout at the last election was higher.",
    # a change's two values are two years, not one figure restated
    "This year's wheat harvest of 5.4 million tonnes is 20% higher than last year's 4.5 million tonnes.",
    # a second haul, told with its own verb and date
    "Police seized two tonnes of cannabis in March. In May they found 500kg more. The 500kg haul was smaller.",
    # a conversion that agrees within the rounding of the first figure
    "The new road tunnel is 3 miles long. At 4.8 kilometres, it is the longest road tunnel in the region.",
])
def test_restatements_across_units_stay_quiet_when_a_reading_agrees(text):
    assert factcheck.check(text) == []



# -- weekdays: the year of a date written without one, from its range or the heading over it ---------
@pytest.mark.parametrize("bad,good", [
    # the first end of a range takes the year written at its last end (13 June 2024 was a Thursday)
    ("The regatta runs from Wednesday 13 June to Sunday 16 June 2024 on the lower river.",
     "The regatta runs from Thursday 13 June to Sunday 16 June 2024 on the lower river."),
    # across the turn of a year, the year before the last end's (30 December 2024 was a Monday)
    ("Offices close from Tuesday 30 December to Thursday 2 January 2025.",
     "Offices close from Monday 30 December to Thursday 2 January 2025."),
    # listings under a heading that writes the year (2 March 2024 was a Saturday)
    ("Spring concerts 2024\nSun 2 Mar: the Hallam Singers, 7.30pm\nFri 8 Mar: the Brass Collective, 8pm",
     "Spring concerts 2024\nSat 2 Mar: the Hallam Singers, 7.30pm\nFri 8 Mar: the Brass Collective, 8pm"),
])
def test_a_weekday_is_checked_against_the_year_its_range_or_heading_writes(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch")  # no article date: the year is the text's


def test_a_year_from_the_range_or_heading_is_stated_not_the_nearest():
    [first, last] = [q for q in factcheck.extract("From 13 June to 16 June 2024.").quantities if q.granularity == "day"]
    assert (first.iso_date, first.year_stated) == ("2024-06-13", True)
    assert last.year_stated
    [listed] = [q for q in factcheck.extract("Fixtures 2031\nRound 1: 7 Sept", date="2026-01-01").quantities
                if q.granularity == "day"]
    assert (listed.iso_date, listed.year_stated) == ("2031-09-07", True)
    # a heading with two years, or a fiscal year, dates nothing below it
    [open_day] = [q for q in factcheck.extract("Results 2023 and 2024\nRound 1: 7 Sept", date="2026-01-01").quantities
                  if q.granularity == "day"]
    assert not open_day.year_stated
    [fiscal] = [q for q in factcheck.extract("FY2031 results\nPublished 7 Sept", date="2026-01-01").quantities
                if q.granularity == "day"]
    assert not fiscal.year_stated


# -- elapsed time: what a journey took, what an end closes, a wait since a date before it ------------
@pytest.mark.parametrize("bad,good", [
    # the two days a start verb and an end verb date, and the span the journey was completed in
    ("The relay team set off from Land's End on 3 May 2025 and reached John o' Groats on 17 May, "
     "finishing the run in 24 days.",
     "The relay team set off from Land's End on 3 May 2025 and reached John o' Groats on 17 May, "
     "finishing the run in 14 days."),
    # ", ending N years of": from the origin of the sentence before to the date of the verb it hangs from
    ("The bakery first opened its doors in 1931. It will close in March 2025, ending 84 years of trading.",
     "The bakery first opened its doors in 1931. It will close in March 2025, ending 94 years of trading."),
    # a wait since a date written before the span
    ("The lake froze solid in February 2025 for the first time since 1986, ending a 29-year wait for skaters.",
     "The lake froze solid in February 2025 for the first time since 1986, ending a 39-year wait for skaters."),
    # a term served from the verdict
    ("Sentenced in 2011, Marsh walked free in 2024 after serving 17 years.",
     "Sentenced in 2011, Marsh walked free in 2024 after serving 13 years."),
    # a fraction of a year between two months keeps the half-year tolerance the months allow
    ("Appointed in March 2022, Okoro was sacked in September 2024 after three and a half years in charge.",
     "Appointed in March 2022, Okoro was sacked in September 2024 after two and a half years in charge."),
])
def test_elapsed_read_from_the_events_that_bound_it(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("text", [
    # a stretch inside the journey, not what it took
    "The hikers set off on 1 August 2025 and reached the summit on 9 August, spending three days at base camp.",
    # something done inside the event, not the event itself
    "The festival opened on 12 July 2025 and closed on 20 July, selling out in two days.",
    # "first" of another event than the one that ends
    "The club first admitted women in 1975. It moved to Leeds in 2001, ending 12 years of talks with the council.",
])
def test_elapsed_stays_quiet_on_a_span_inside_the_event(text):
    assert factcheck.check(text) == []


# -- percentage changes: 'by X%' far from its verb, 'a rise on the current', a fronted new value, a change
# named again in the next sentence, a headline line run into the story ------------------------------------
@pytest.mark.parametrize("bad,good", [
    ("The operator is cutting the fare for a child's day ticket by 25%, from £4.00 to £3.60.",
     "The operator is cutting the fare for a child's day ticket by 10%, from £4.00 to £3.60."),
    ("Membership of the club grew by 30 per cent between the 2019 and 2024 seasons, from 400 to 460.",
     "Membership of the club grew by 15 per cent between the 2019 and 2024 seasons, from 400 to 460."),
    ("A parking permit will cost £189 from April, a 15 per cent rise on the current £180.",
     "A parking permit will cost £189 from April, a 5 per cent rise on the current £180."),
    ("Shares in Orrin Foods fell 12% to 66p, having closed at 88p the day before.",
     "Shares in Orrin Foods fell 25% to 66p, having closed at 88p the day before."),
    ("At 1,150 crossings, use of the ferry was 20% lower than the 1,250 counted a year earlier.",
     "At 1,150 crossings, use of the ferry was 8% lower than the 1,250 counted a year earlier."),
    ("Rents at the estate will be £1,040 a month from June, up from £1,000. The 14% increase was agreed in May.",
     "Rents at the estate will be £1,040 a month from June, up from £1,000. The 4% increase was agreed in May."),
    ("Ferry fares to rise 9%\nA return crossing will go from £50 to £52 next month, the operator said.",
     "Ferry fares to rise 4%\nA return crossing will go from £50 to £52 next month, the operator said."),
])
def test_a_change_read_from_its_verb_its_old_value_or_the_sentence_around(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


def test_a_change_named_again_of_another_thing_is_not_the_change_before():
    text = "Tuition will be $11,880 next fall, up from $11,000 this year. The 40% increase in applications surprised staff."
    assert factcheck.check(text) == []


# -- lists: a whole after "Of last year's", a clause set off inside the whole's subject, an "N-man" squad ----
@pytest.mark.parametrize("bad,good", [
    ("Of last season's 4,800 tonnes of grain, 2,900 tonnes went for flour, 1,100 for feed and the remaining "
     "600 tonnes for seed.",
     "Of last season's 4,800 tonnes of grain, 2,900 tonnes went for flour, 1,100 for feed and the remaining "
     "800 tonnes for seed."),
    ("The 220-hectare nature reserve, which opened to the public in May, comprises 130 hectares of marsh, "
     "60 hectares of reedbed and 20 hectares of woodland.",
     "The 220-hectare nature reserve, which opened to the public in May, comprises 130 hectares of marsh, "
     "60 hectares of reedbed and 30 hectares of woodland."),
    ("The coach named a 26-man squad made up of three goalkeepers, nine defenders, eight midfielders and "
     "five forwards.",
     "The coach named a 25-man squad made up of three goalkeepers, nine defenders, eight midfielders and "
     "five forwards."),
])
def test_a_complete_list_whose_whole_is_opened_or_described_another_way(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


def test_a_whole_described_by_a_clause_with_an_open_list_is_only_a_part():
    text = "The 640-hectare estate, which its owners bought in 1990, includes 410 hectares of farmland and 180 hectares of woodland."
    assert factcheck.check(text) == []


@pytest.mark.parametrize("bad,good", [
    # a possessive weekday, its noun, and the noun's date in brackets (21 April 2024 was a Sunday)
    ("In Saturday's edition (21 April 2024) we wrongly said the pool would close.",
     "In Saturday's edition (20 April 2024) we wrongly said the pool would close."),
])
def test_a_possessive_weekday_dated_in_brackets_after_its_noun(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch")


def test_a_bracket_after_a_possessive_weekday_that_holds_no_date_links_nothing():
    assert factcheck.check("Monday's meeting (agenda attached) was cancelled on 4 March 2024.") == []


@pytest.mark.parametrize("bad,good", [
    # the parts in a "with" clause, then the whole said to be shared among them
    ("With 410 votes for Hale, 380 for Okafor and 95 for Lund, the 905 ballots cast were shared among three "
     "candidates.",
     "With 410 votes for Hale, 380 for Okafor and 95 for Lund, the 885 ballots cast were shared among three "
     "candidates."),
    ("The trust gave £40,000 to schools, £25,000 to clubs and £10,000 to libraries, the £85,000 divided between "
     "31 groups.",
     "The trust gave £40,000 to schools, £25,000 to clubs and £10,000 to libraries, the £75,000 divided between "
     "31 groups."),
])
def test_a_whole_after_its_list_said_to_be_shared_among_the_parts(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


# -- restatements: the span of one event told twice, in any unit of fixed length ---------------------------
@pytest.mark.parametrize("bad,good", [
    # the subject of a verb of lasting, then the span as the noun's modifier
    ("The inquest into the ferry sinking lasted nine days. Over the 12-day inquest the coroner heard from "
     "the ship's crew.",
     "The inquest into the ferry sinking lasted nine days. Over the nine-day inquest the coroner heard from "
     "the ship's crew."),
    # a verb of the event, then its noun in another unit of fixed length
    ("Refuse collectors in Dunmore will strike for 72 hours from Monday. The council said the two-day "
     "stoppage would leave bins unemptied across the town.",
     "Refuse collectors in Dunmore will strike for 72 hours from Monday. The council said the three-day "
     "stoppage would leave bins unemptied across the town."),
    # the verb again in reported words
    ("The museum will shut for nine months while its roof is replaced. \"To shut for six months is hard "
     "on everyone,\" its director said.",
     "The museum will shut for nine months while its roof is replaced. \"To shut for nine months is hard "
     "on everyone,\" its director said."),
    # an adjective of the state, then its noun after the span
    ("Two fishermen held hostage for 40 days off the coast were freed on Friday. The men, who were "
     "flown home after 14 days as hostages, are recovering.",
     "Two fishermen held hostage for 40 days off the coast were freed on Friday. The men, who were "
     "flown home after 40 days as hostages, are recovering."),
    # a relative clause of lasting on a definite noun, the talks once named by their verb
    ("The union and the employers met for two hours on Thursday. The negotiations, which ran for 45 minutes, "
     "ended without a deal.",
     "The union and the employers met for two hours on Thursday. The negotiations, which ran for 120 minutes, "
     "ended without a deal."),
])
def test_the_span_of_one_event_restated(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # another bearer: two bills each funding the government for its own span
    "The first bill would fund the agencies for 45 days. The Senate passed a second bill, which would have "
    "funded the agencies for 30 days.",
    # another time, told by the tense
    "Bus drivers will strike for 48 hours from Friday. The drivers struck for three days in a row last spring.",
    # another event of the same story
    "The trial lasted 11 weeks. The jury deliberated for three days before reaching its verdicts.",
    # weeks and months convert by no fixed factor: "four weeks" may be "a month"
    "The exhibition ran for a month. Over the four-week exhibition, 9,000 people visited.",
    # an indefinite span of the same kind is another event
    "Nurses will strike for 24 hours on Tuesday. Union leaders warned that a three-day strike could follow.",
])
def test_spans_of_other_events_or_bearers_stay_apart(text):
    assert factcheck.check(text) == []


# -- lists: "one" shaped as the item before it, a vote's abstentions, rounding that never reaches the top ----
@pytest.mark.parametrize("bad,good,rule", [
    # "and one of ...": an item led by the same preposition as the one before
    ("The jury found her guilty on ten charges: five of theft, three of deception and one of forgery.",
     "The jury found her guilty on ten charges: six of theft, three of deception and one of forgery.",
     "list-sum-mismatch"),
    # a vote's third side told after its two, against a body present in full
    ("The motion was carried 212 to 185, with four abstentions, in the 405-seat chamber, every member "
     "present and voting or abstaining.",
     "The motion was carried 212 to 189, with four abstentions, in the 405-seat chamber, every member "
     "present and voting or abstaining.",
     "list-sum-mismatch"),
    # rounded parts: "£12m, £8m and the remaining £3m" stay below £24.5m, the least "£25m" allows
    ("The £25m fund will pay for £12m of flood walls, £8m of drainage and the remaining £3m of pumps.",
     "The £23m fund will pay for £12m of flood walls, £8m of drainage and the remaining £3m of pumps.",
     "list-sum-mismatch"),
    # a glued "m" is millions in news copy: "with 1.9m ... and 1.4m ..." of "3.1m"
    ("Visitors to the park reached 3.1m last year, with 1.9m coming in summer and 1.4m in the rest of the year.",
     "Visitors to the park reached 3.3m last year, with 1.9m coming in summer and 1.4m in the rest of the year.",
     "part-exceeds-whole"),
])
def test_lists_read_with_their_one_item_their_abstentions_and_their_rounding(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text", [
    # rounding still forgives what a reading reaches: "£4.6bn" may be the £4.55bn three rounded parts allow
    "Revenue of £4.6bn came from three units: retail (£2.6bn), online (£1.5bn) and services (£0.4bn).",
    # a glued "m" after a length is metres, and a whole number before no plural noun is no count
    "He cleared 2.35m at the first attempt, and the 100m final was won in 9.9 seconds.",
    # "passed 34 to 30" leaves the 70-member body's absentees unsaid
    "The measure passed 34 to 30, with two abstentions, in the 70-member assembly.",
])
def test_lists_with_a_reading_that_adds_up_stay_quiet(text):
    assert factcheck.check(text) == []


# -- lists closed by the rest: the whole is the figure of its kind before them, or in the line before ---------
@pytest.mark.parametrize("bad,good", [
    # no breakdown word: the list's own sentence holds one figure of its kind before it
    ("The £25m fund will pay for £12m of flood walls, £8m of drainage and the remaining £3m of pumps.",
     "The £23m fund will pay for £12m of flood walls, £8m of drainage and the remaining £3m of pumps."),
    # the whole in a headline line, the list in the story's first sentence
    ("Bakery chain to shut 64 shops\n\nCrumbs & Co will close 41 shops in the north and the remaining 20 in "
     "the Midlands by March.",
     "Bakery chain to shut 64 shops\n\nCrumbs & Co will close 41 shops in the north and the remaining 23 in "
     "the Midlands by March."),
    # the whole in a question, the list in the answer
    ("Where did the 7,400 tonnes of grain go? Officials say 5,100 tonnes reached the capital and the other "
     "2,100 tonnes the coast.",
     "Where did the 7,400 tonnes of grain go? Officials say 5,100 tonnes reached the capital and the other "
     "2,300 tonnes the coast."),
])
def test_a_list_closed_by_the_rest_adds_up_to_the_figure_before_it(bad, good):
    fired = {f.rule for f in factcheck.check(bad)}
    assert fired & {"list-sum-mismatch", "part-exceeds-whole"} and fired <= {"list-sum-mismatch", "part-exceeds-whole"}
    assert factcheck.check(good) == []


@pytest.mark.parametrize("text", [
    # a whole named by a partitive without a figure: the new money is no figure of the sentence before
    "The budget is £5m this year, up from £4m. Of the new money, £600,000 goes to schools and the remaining "
    "£300,000 to roads.",
    # parts that count another noun than the figure before: the cuts are not the staff
    "The council has 400 staff. It will cut 50 posts in housing and the other 30 in parks.",
    # two figures of its kind before the list: the nearer may be a part the list did not join
    "The £90,000 bill is being met by the club, which pays £40,000, the league, which gives £30,000, and "
    "a fan appeal that raised the remaining £20,000.",
    # "remaining" as a verb is no rest: "with PLOs remaining in place on 6.8 million acres"
    "Of 158 million acres, the agency proposed lifting orders on 50.1 million acres, with orders remaining "
    "in place on 6.8 million acres.",
])
def test_a_closed_list_with_no_whole_of_its_own_stays_quiet(text):
    assert factcheck.check(text) == []


# -- restatements: a headline's count of those something happened to, people transposed, an age in a speaker's words
@pytest.mark.parametrize("bad,good", [
    # the headline names those hurt by a word of the happening, the story by its verb
    ("Nine injured as tram derails in Kelby\n\nSix people were hurt when a tram left the rails on Kelby "
     "High Street on Saturday evening.",
     "Nine injured as tram derails in Kelby\n\nNine people were hurt when a tram left the rails on Kelby "
     "High Street on Saturday evening."),
    # two counts of people, the second definite, its digits swapped, two sentences on
    ("Lifeboat crews brought 46 people ashore from the stricken ferry on Monday.\n\nThe ferry lost power "
     "mid-channel. The coastguard said all 64 passengers had been checked by medics.",
     "Lifeboat crews brought 46 people ashore from the stricken ferry on Monday.\n\nThe ferry lost power "
     "mid-channel. The coastguard said all 46 passengers had been checked by medics."),
    # an age beside the name, then "the N-year-old" in the words of a speaker named between
    ("Maria Colley, 51, of Dean Lane, denies theft. Prosecutor Tom Hale told the court the 15-year-old had "
     "taken cash from the till.",
     "Maria Colley, 51, of Dean Lane, denies theft. Prosecutor Tom Hale told the court the 51-year-old had "
     "taken cash from the till."),
])
def test_a_count_or_an_age_said_again_by_its_happening_or_its_person(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # the story's first count is another group of the happening: taken to hospital, not hurt
    "Eight hurt as bus mounts pavement in Crossgate\n\nSix people were taken to hospital after a bus mounted "
    "the pavement outside the station on Monday.",
    # a person named between who is the subject of the age, not a speaker: another person may be meant
    "Maria Colley, 51, of Dean Lane, denies theft. Her neighbour Tom Hale said he had seen the 15-year-old "
    "near the shop.",
])
def test_another_group_or_another_person_stays_apart(text):
    assert factcheck.check(text) == []


# -- dates: the bare day at one end of a range takes the month of the other ---------------------------------
@pytest.mark.parametrize("text,days", [
    ("The exhibition runs from 4 to 19 March 2025.", ["2025-03-04", "2025-03-19"]),
    ("Roadworks will close the bridge 11-15 July 2025.", ["2025-07-11", "2025-07-15"]),
    ("The trial is listed from June 2 to 20.", ["2025-06-02", "2025-06-20"]),
])
def test_a_bare_day_of_a_range_is_a_date_of_its_month(text, days):
    found = [q.iso_date for q in factcheck.extract(text, date="2025-05-01").quantities if q.kind is Kind.DATE]
    assert found == days


@pytest.mark.parametrize("bad,good", [
    ("The book fair ran for a fortnight, from 2 to 23 May 2025.",
     "The book fair ran for three weeks, from 2 to 23 May 2025."),
    ("Ticket gates were shut for nine days, 6-18 October 2025, while the line was rebuilt.",
     "Ticket gates were shut for 13 days, 6-18 October 2025, while the line was rebuilt."),
])
def test_a_span_checked_against_a_range_of_days_of_one_month(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("text", [
    "United won 3-2 August's derby at home.",  # a score, not a range of days
    "Prices rose from 3 to 24 percent in August 2025.",  # shares, not days
    "Doors open 7-11pm on 3 May 2025.",  # hours of one day
])
def test_numbers_beside_a_date_that_are_no_days_stay_numbers(text):
    dates = [q for q in factcheck.extract(text).quantities if q.kind is Kind.DATE]
    assert all(q.text.strip()[:1].isalpha() or " " in q.text.strip() for q in dates)


# -- parts: a sum or a measure after a partitive whole, "Of those," across a paragraph ------------------------
@pytest.mark.parametrize("bad,good", [
    ("Of the trust's £4m repairs budget, £6m will be spent on roofs.",
     "Of the trust's £4m repairs budget, £3m will be spent on roofs."),
    ("Of the farm's 120 hectares, 150 hectares are under wheat this year.",
     "Of the farm's 120 hectares, 100 hectares are under wheat this year."),
    ("The port handled 4,200 containers in June, its busiest month.\n\nOf those, 5,100 came from Asia.",
     "The port handled 4,200 containers in June, its busiest month.\n\nOf those, 3,100 came from Asia."),
])
def test_one_part_after_a_partitive_whole_or_a_pronoun_of_the_paragraph_before(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


@pytest.mark.parametrize("text,millions", [
    ("Some 4.2m people voted, with 1.1m voting by post.", [4_200_000, 1_100_000]),
    ("Visits reached 2.6m last year.", [2_600_000]),
    ("The 5.6m mirror is the largest yet.", []),  # a singular noun it measures: no count of millions
    ("A 2m wall was built along the quay.", []),
    ("She won the 100m final in 10.9 seconds.", []),
])
def test_a_glued_m_is_millions_only_before_what_it_counts_or_a_new_phrase(text, millions):
    found = [q.value for q in factcheck.extract(text).quantities if (q.value or 0) >= 1_000_000]
    assert found == millions


@pytest.mark.parametrize("bad,good", [
    ("The ferry left Dover at 6.15am and docked three hours later, at 10.15am.",
     "The ferry left Dover at 6.15am and docked four hours later, at 10.15am."),
    ("Polls closed at 10pm and the result came 90 minutes later, at 1am.",
     "Polls closed at 10pm and the result came three hours later, at 1am."),
])
def test_a_span_later_then_its_end_time_after_a_comma(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("bad,good", [
    # a glued "m" before the singular noun it measures is metres, and a restated length may swap its digits
    ("The bridge's main span is 8.4 metres wide. Engineers said the 4.8m span would need new bearings.",
     "The bridge's main span is 8.4 metres wide. Engineers said the 8.4m span would need new bearings."),
])
def test_a_glued_m_before_the_noun_it_measures_is_a_length(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


# -- elapsed time: a span counted to now ends at the time the sentence says it is told --------------------
@pytest.mark.parametrize("bad,good", [
    ('"We have farmed this valley for 40 years, since 1988," Tom Reid told the inquiry in 2019.',
     '"We have farmed this valley for 31 years, since 1988," Tom Reid told the inquiry in 2019.'),
    ("In a 2015 speech, the mayor recalled that the pier had opened in 1955, \"exactly 50 years ago\".",
     "In a 2015 speech, the mayor recalled that the pier had opened in 1955, \"exactly 60 years ago\"."),
    ("The abbey, founded in 1132, is over 1,000 years old, according to a history published in 2011.",
     "The abbey, founded in 1132, is over 800 years old, according to a history published in 2011."),
    ("Next spring's regatta, in 2027, marks 25 years since the club first raced on the lake in 1998.",
     "Next spring's regatta, in 2027, marks 29 years since the club first raced on the lake in 1998."),
    ("The market hall will be restored this year (2026), eleven decades after it was built in 1876.",
     "The market hall will be restored this year (2026), fifteen decades after it was built in 1876."),
])
def test_a_span_counted_to_the_time_of_its_telling(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("text", [
    # the telling is dated, but the span runs to another time the sentence names
    '"I joined in 1990 and stayed for 12 years," she said in 2021.',
    # an older year before a noun it counts is no date
    "Volunteers visited 1200 homes in 1987, 35 years before the survey of 2022.",
])
def test_a_dated_telling_that_is_not_the_end_of_the_span_stays_quiet(text):
    assert factcheck.check(text) == []


@pytest.mark.parametrize("text,year", [
    ("The chapel, built in 1480, still stands.", 1480),
    ("The charter dates from 1215 and is kept in the cathedral.", 1215),
])
def test_a_year_before_1800_after_a_word_of_time_is_a_date(text, year):
    dates = [q for q in factcheck.extract(text).quantities if q.kind is Kind.DATE]
    assert [q.year for q in dates] == [year]


# -- lists: a sum named before its parts heads none; an item with no figure leaves the list open ------------
@pytest.mark.parametrize("text", [
    "The county's three libraries lent a combined 8,400 books in May, with 3,900 at Ashby and 4,500 at Kew.",
    "The centre will have four studios, two kitchens and a rooftop garden, seven rooms in all.",
])
def test_a_combined_sum_or_an_uncounted_item_raises_no_alarm(text):
    assert factcheck.check(text) == []


# -- restatements: a thing's price or size said again, a share "of" its noun, a sum by the verb that gave it --
@pytest.mark.parametrize("bad,good", [
    # an amount that describes a thing, said again of it in another paragraph
    ("The board signed off a £6.5m upgrade of the tram depot on Monday.\n\nIts chair said the £5.1m upgrade "
     "would be finished by the spring.",
     "The board signed off a £6.5m upgrade of the tram depot on Monday.\n\nIts chair said the £6.5m upgrade "
     "would be finished by the spring."),
    # the subject of a verb of extent is what the measure is of
    ("The new pier stretches 420 metres into the bay. Visitors will be able to walk the full 480-metre pier from Easter.",
     "The new pier stretches 420 metres into the bay. Visitors will be able to walk the full 420-metre pier from Easter."),
    # a share "of" its noun
    ("Turnout in the mayoral race was 27.3%. The council leader later called a turnout of 23.7% worrying.",
     "Turnout in the mayoral race was 27.3%. The council leader later called a turnout of 27.3% worrying."),
    # "raised" right after a sum: what was collected, not a revision
    ("A sponsored swim raised £12,400 for the lifeboat station. The crew said the £14,200 raised on Saturday "
     "would buy a new engine.",
     "A sponsored swim raised £12,400 for the lifeboat station. The crew said the £12,400 raised on Saturday "
     "would buy a new engine."),
    # a headline's verb and the body's noun of one penalty
    ("Builder fined £40,000 over scaffold collapse\n\nA building firm has been ordered to pay a fine of £30,000 "
     "after a scaffold collapsed onto a busy street.",
     "Builder fined £40,000 over scaffold collapse\n\nA building firm has been ordered to pay a fine of £40,000 "
     "after a scaffold collapsed onto a busy street."),
    # the sum named by the verb that gave it
    ("The club's manager was paid £2.6m last season, its accounts show. Fans protested against his £2.1m pay deal "
     "before Saturday's match.",
     "The club's manager was paid £2.6m last season, its accounts show. Fans protested against his £2.6m pay deal "
     "before Saturday's match."),
    # a count as the kind of its frame: "her 34-goal tally"
    ("Forward Amy Lusk scored 31 league goals this season. Lusk's 34-goal tally won her the player of the year award.",
     "Forward Amy Lusk scored 31 league goals this season. Lusk's 31-goal tally won her the player of the year award."),
    # an age said again by the subject, however the parser hangs it
    ("Edith Rowe, 91, was given the freedom of the town on Friday. The 81-year-old still swims in the sea every morning.",
     "Edith Rowe, 91, was given the freedom of the town on Friday. The 91-year-old still swims in the sea every morning."),
    # all of the set, restricted only by where it was, with two digits swapped
    ("Fourteen volunteers turned out for the beach clean on Saturday. Organisers thanked all 41 volunteers on the "
     "sand for their work.",
     "Fourteen volunteers turned out for the beach clean on Saturday. Organisers thanked all 14 volunteers on the "
     "sand for their work."),
    # one meeting, named by its verb and by its noun
    ("Union leaders met ministers for three hours on Friday. A spokesman said the two-hour session had been constructive.",
     "Union leaders met ministers for three hours on Friday. A spokesman said the three-hour session had been constructive."),
])
def test_a_thing_said_again_by_its_noun_its_verb_or_its_frame(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # another thing of the same noun, narrowed by what it is of
    "The council approved a £4m refurbishment of the library last year. It has now approved the £2.5m "
    "refurbishment of the museum.",
    # another stretch of the same trail
    "The coastal path stretches 60 miles from Ayr to Girvan. Walkers can now use the new 12-mile path inland.",
    # the old and the new value of a change, in one sentence
    "A $40 ticket last season now costs more: the $50 ticket is 25% dearer.",
    # two occasions, each dated
    "Last year the £4m roads budget was spent by October. This year the £5m roads budget should last until March.",
])
def test_another_thing_of_the_same_noun_stays_apart(text):
    assert factcheck.check(text) == []


# -- changes: two clauses or two paragraphs tied by their periods, the change between new and old ----------
@pytest.mark.parametrize("bad,good", [
    ("Last summer the lido sold 6,000 season tickets; this summer it sold 7,500, a 15 percent rise.",
     "Last summer the lido sold 6,000 season tickets; this summer it sold 7,500, a 25 percent rise."),
    ("In 2022 the book fair drew 5,000 readers.\n\nThis year's crowd of 6,000 was a 30% increase, its director said.",
     "In 2022 the book fair drew 5,000 readers.\n\nThis year's crowd of 6,000 was a 20% increase, its director said."),
    ("The FTSE 250 ended the week at 22,000 points, up 4% from the previous Friday's close of 20,000.",
     "The FTSE 250 ended the week at 22,000 points, up 10% from the previous Friday's close of 20,000."),
    ("Shoplifting up 25% in Dunmore\n\nDunmore police logged 330 shoplifting offences in 2024, up from 300 in 2023.",
     "Shoplifting up 10% in Dunmore\n\nDunmore police logged 330 shoplifting offences in 2024, up from 300 in 2023."),
])
def test_a_change_told_across_clauses_paragraphs_or_a_headline(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


@pytest.mark.parametrize("text", [
    # two paragraphs with no contrast of periods: another count's change
    "The festival drew 8,000 visitors.\n\nTicket sales of 12,000 were up 5% on the previous festival.",
])
def test_a_change_of_another_paragraph_needs_its_periods(text):
    assert factcheck.check(text) == []


# -- a local time on a written date; a weight converted after ", or" -----------------------------------------
def test_a_local_time_on_a_date_with_its_year_takes_that_date_not_the_article_date():
    text = "The final in Melbourne starts at 7.30pm local time on January 26, 2025 (08:30 GMT)."
    assert factcheck.check(text, date="2024-06-01") == []  # UTC+11 in January (daylight time)
    wrong = text.replace("08:30 GMT", "09:30 GMT")
    assert [f.rule for f in factcheck.check(wrong, date="2024-06-01")] == ["utc-offset-mismatch"]


def test_pounds_converted_after_or_are_a_weight():
    assert_only_the_bad_twin_flagged("The pike weighed 30 pounds, or about 30 kilograms.",
                                     "The pike weighed 30 pounds, or about 14 kilograms.", "unit-conversion-mismatch")


# -- lists: a vote's sides and their total, rows that open with their figure, a headline's sum ------------------
@pytest.mark.parametrize("bad,good,rule", [
    ("The school levy passed 2,914 to 1,706, a total of 4,920 ballots.",
     "The school levy passed 2,914 to 1,706, a total of 4,620 ballots.", "list-sum-mismatch"),
    ("Breakdown of the £95,000 grant:\n- £60,000 for the roof\n- £25,000 for heating\n- £5,000 for signs",
     "Breakdown of the £90,000 grant:\n- £60,000 for the roof\n- £25,000 for heating\n- £5,000 for signs",
     "list-sum-mismatch"),
    ("The hospice admitted 240 patients last year:\n* 150 with cancer\n* 70 with heart failure\n* 35 with other conditions",
     "The hospice admitted 255 patients last year:\n* 150 with cancer\n* 70 with heart failure\n* 35 with other conditions",
     "part-exceeds-whole"),
    ("Trust gives £50,000 to two clubs\n\nThe trust will give £40,000 to Rovers and £30,000 to Athletic.",
     "Trust gives £70,000 to two clubs\n\nThe trust will give £40,000 to Rovers and £30,000 to Athletic.",
     "part-exceeds-whole"),
])
def test_lists_of_votes_rows_headlines_and_runs_of_one_unit(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


# -- elapsed time: a phrasal verb of beginning, a spell ended by its clause, the window a range gives ----------
@pytest.mark.parametrize("bad,good", [
    ("Ruth Dale, who took over the choir in 2004, stood down in 2022 after 22 years.",
     "Ruth Dale, who took over the choir in 2004, stood down in 2022 after 18 years."),
    ("Set up in 1971, the co-operative closed its doors in 2019, ending a 38-year run.",
     "Set up in 1971, the co-operative closed its doors in 2019, ending a 48-year run."),
    ("Consultation runs from 2 June to 6 June 2025, giving residents three weeks to respond.",
     "Consultation runs from 2 June to 6 June 2025, giving residents five days to respond."),
])
def test_spans_begun_by_a_phrasal_verb_ended_by_their_clause_or_given_by_a_range(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


# -- clock spans: the time an event took, a bare weekday after the end time, a hyphenated "and a half" --------
@pytest.mark.parametrize("bad,good", [
    ("The ferry left at 9:40 a.m. and docked at 11:05 a.m., completing the crossing in 105 minutes.",
     "The ferry left at 9:40 a.m. and docked at 11:05 a.m., completing the crossing in 85 minutes."),
    ("The siege began at 10 p.m. Friday and ended at 4 a.m. Saturday, some nine hours later.",
     "The siege began at 10 p.m. Friday and ended at 4 a.m. Saturday, some six hours later."),
    ("The hearing ran from 9:30 a.m. until 2 p.m., a three-and-a-half-hour sitting.",
     "The hearing ran from 9:30 a.m. until 2 p.m., a four-and-a-half-hour sitting."),
])
def test_clock_spans_read_in_more_forms(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("text,value", [
    ("It was a two and a half hour drive.", 2.5),  # the article is the noun's: not one and two and a half
    ("a three-and-a-half-hour sitting", 3.5),
    ("one and a half million people", 1_500_000),
])
def test_and_a_half_after_an_article_or_with_hyphens(text, value):
    assert [q.value for q in factcheck.extract(text).quantities] == [value]


# -- parts: a figure "of" a set named and counted before; a partitive whole after a longer possessive ---------
@pytest.mark.parametrize("bad,good", [
    ("Harwell Foods, which employs 420 people, said 450 of its workers would move to a four-day week.",
     "Harwell Foods, which employs 420 people, said 350 of its workers would move to a four-day week."),
    ("The trust runs 38 care homes.\n\nInspectors rated 41 of the trust's homes as good or outstanding.",
     "The trust runs 38 care homes.\n\nInspectors rated 31 of the trust's homes as good or outstanding."),
    ("Of the Northgate hospital's 310 beds, 330 were occupied on Monday.",
     "Of the Northgate hospital's 310 beds, 290 were occupied on Monday."),
])
def test_a_part_of_a_set_named_before(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # another set of the same noun: twelve of the fifteen committee members, not of the board's ten
    "The board has 10 members. Twelve of the 15 members of the planning committee voted for the scheme.",
    # "of its" a different noun
    "The airline flies 40 routes. It said 120 of its pilots would retire next year.",
])
def test_a_part_of_another_set_stays_quiet(text):
    assert factcheck.check(text) == []


# -- weekdays: a day named by its holiday, with its year, a year later in the sentence, or the article's -------
@pytest.mark.parametrize("bad,good,date", [
    ("Boxing Day, which fell on a Wednesday in 2022, drew record crowds to the sales.",
     "Boxing Day, which fell on a Monday in 2022, drew record crowds to the sales.", None),
    ("With New Year's Day 2025 falling on a Thursday, the council moved bin collections.",
     "With New Year's Day 2025 falling on a Wednesday, the council moved bin collections.", None),
    ("Halloween falls on a Friday this year, so the parade will be held in the evening.",
     "Halloween falls on a Thursday this year, so the parade will be held in the evening.", "2024-09-01"),
    ("Easter Monday, which falls on a Tuesday in 2026, is a bank holiday.",
     "Easter Monday, which falls on a Monday in 2026, is a bank holiday.", None),
])
def test_a_weekday_of_a_day_named_by_its_holiday(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch", date=date)


def test_a_holiday_on_a_weekend_may_be_named_with_the_weekday_it_is_kept_on():
    assert factcheck.check("City offices will close for Veterans Day, Friday.", date="2023-11-01") == []
    assert [f.rule for f in factcheck.check("City offices will close for Veterans Day, Wednesday.",
                                            date="2023-11-01")] == ["weekday-mismatch"]


@pytest.mark.parametrize("text,iso", [
    ("Good Friday 2025 is a bank holiday.", "2025-04-18"),
    ("Christmas Day 2024 is a Wednesday.", "2024-12-25"),
])
def test_a_holiday_is_a_date(text, iso):
    assert next(q.iso_date for q in factcheck.extract(text).quantities if q.kind is Kind.DATE) == iso


# -- weekdays: a bare day of the month beside its weekday, its month told before or the article's -------------
@pytest.mark.parametrize("bad,good,date", [
    ("The panel sits twice in March 2025: on the 4th, a Wednesday, and on the 18th, a Tuesday.",
     "The panel sits twice in March 2025: on the 4th, a Tuesday, and on the 18th, a Tuesday.", None),
    ("The regatta returns in August. Racing starts at 10am on Friday the 16th.",
     "The regatta returns in August. Racing starts at 10am on Saturday the 16th.", "2025-07-01"),
    ("The inquest will resume on the 21st (a Monday).",
     "The inquest will resume on the 21st (a Tuesday).", "2025-10-02"),
])
def test_a_weekday_beside_a_bare_day_of_the_month(bad, good, date):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch", date=date)


@pytest.mark.parametrize("text", [
    "Her office is on the 4th floor, a short walk from the lifts.",
    "He finished the 4th, a Monday-to-Friday shift pattern behind him.",
])
def test_an_ordinal_that_is_no_day_stays_quiet(text):
    assert factcheck.check(text, date="2025-10-02") == []


def test_shares_after_a_whole_said_to_split_are_shares_of_all_of_it():
    assert_only_the_bad_twin_flagged(
        "Members split three ways: 52% voted to strike, 41% voted against and 12% did not vote.",
        "Members split three ways: 52% voted to strike, 41% voted against and 7% did not vote.",
        "part-exceeds-whole")


def test_a_list_closed_by_the_rest_adds_up_to_the_sample_after_it():
    assert_only_the_bad_twin_flagged(
        "The plan was supported by 310 tenants and opposed by 150, with the other 60 undecided, according to a "
        "survey of 560 residents.",
        "The plan was supported by 310 tenants and opposed by 150, with the other 100 undecided, according to a "
        "survey of 560 residents.",
        "list-sum-mismatch")


@pytest.mark.parametrize("bad,good", [
    ("Two riders finished on the podium for the club: Mills with 140 points and Grant with 95. Their combined "
     "total of 255 points was a club record.",
     "Two riders finished on the podium for the club: Mills with 140 points and Grant with 95. Their combined "
     "total of 235 points was a club record."),
    ("The appeal drew on three funds: the lottery gave £30,000, the council £20,000 and a trust £5,000.\n\n"
     "In all, the appeal raised £65,000.",
     "The appeal drew on three funds: the lottery gave £30,000, the council £20,000 and a trust £5,000.\n\n"
     "In all, the appeal raised £55,000."),
])
def test_a_total_of_the_list_in_the_sentence_before(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


@pytest.mark.parametrize("bad,good", [
    # a count between the whole and its list, as many as the parts, announces them all
    ("Police recovered 74 kg of cannabis in two searches on Friday, 41 kg at a farm and 23 kg in a van.",
     "Police recovered 64 kg of cannabis in two searches on Friday, 41 kg at a farm and 23 kg in a van."),
    # "Its total of": the total of the complete list of the sentence before
    ("The choir has 40 men and 35 women. Its total of 85 singers is the largest in its history.",
     "The choir has 40 men and 35 women. Its total of 75 singers is the largest in its history."),
    # bare numbers after a dash take the span's unit
    ("She was jailed for a total of 11 years — six for fraud and four for money laundering.",
     "She was jailed for a total of 10 years — six for fraud and four for money laundering."),
])
def test_lists_announced_by_a_count_totalled_after_or_after_a_dash(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


def test_a_total_after_a_comparison_is_no_total_of_it():
    text = ("The library lent 2,140 books in May, up from 1,980 in April. Its May total of 2,140 books was the "
            "highest this year.")
    assert factcheck.check(text) == []


def test_a_year_told_by_its_quarters_in_the_sentence_after_a_source_verb():
    assert_only_the_bad_twin_flagged(
        "Annual profit at Halden plc reached £96m. Quarterly accounts showed £21m in the first quarter, £24m in the "
        "second, £19m in the third and £22m in the fourth.",
        "Annual profit at Halden plc reached £86m. Quarterly accounts showed £21m in the first quarter, £24m in the "
        "second, £19m in the third and £22m in the fourth.",
        "list-sum-mismatch")


@pytest.mark.parametrize("text,inferred", [
    ("Good Friday falls on a Thursday this year.", True),  # Easter's year from the article date
    ("Good Friday 2025 falls on a Thursday.", False),
    ("The inquest will resume on the 21st (a Monday).", True),  # the month and year from the article date
])
def test_a_finding_says_when_the_year_of_its_date_was_inferred(text, inferred):
    finding = factcheck.check(text, date="2025-10-02" if "21st" in text else "2025-03-01")[0]
    assert ("taken as the one nearest the article date" in finding.arithmetic) is inferred


# -- restatements: the count a definite happening's clause tells again ----------------------------------------
@pytest.mark.parametrize("bad,good", [
    ("Three people were killed in a collision on the A38 on Tuesday night. Police appealed for witnesses to the "
     "crash, which claimed four lives and closed the road.",
     "Three people were killed in a collision on the A38 on Tuesday night. Police appealed for witnesses to the "
     "crash, which claimed three lives and closed the road."),
    ("A gas explosion killed five people in Marlow on Friday. The blast, which left six dead, destroyed two homes.",
     "A gas explosion killed five people in Marlow on Friday. The blast, which left five dead, destroyed two homes."),
    ("Four people died when their boat capsized off Tarin. The coastguard said the capsizing had claimed seven lives.",
     "Four people died when their boat capsized off Tarin. The coastguard said the capsizing had claimed four lives."),
    ("Six people were injured when a bus overturned in Kent. The crash, which left eight injured, closed the M2.",
     "Six people were injured when a bus overturned in Kent. The crash, which left six injured, closed the M2."),
    ("The earthquake killed 14 people in the province. The quake, which struck at dawn, killed 41 people and "
     "flattened a school.",
     "The earthquake killed 14 people in the province. The quake, which struck at dawn, killed 14 people and "
     "flattened a school."),
])
def test_a_happening_named_again_tells_its_count_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # part of the toll told first: others may have died later
    "Two people died at the scene of the crash on the A38. The crash, which claimed three lives, closed the road.",
    # another action of the same happening
    "The fire killed two people on Friday. The blaze, which also injured six people, started in a kitchen.",
    # another happening, dated
    "Four people died in the fire. The fire, the town's worst since one in 1987 that claimed nine lives, gutted the mill.",
    # wider: now, across a region, nationwide, since a date, in total
    "Five people were killed by the storm in Leeds. The storm has now claimed 23 lives across the region.",
    "Five people were killed by the storm in Leeds on Friday. The storm killed 23 people nationwide.",
    "Flooding killed four people in the county. The floods, which have claimed 31 lives since June, shut 200 schools.",
    "Three people were killed when the bridge collapsed. The collapse, which killed six people in total including "
    "three who died in hospital, prompted an inquiry.",
    'A tornado killed seven people in Mayfield. "The tornado took 11 lives in this state," the governor said.',
    # a similar happening
    "Three people were killed in a crash on the M4 on Tuesday. A similar crash in 2019 claimed four lives.",
])
def test_a_happening_told_with_a_wider_or_other_count_stays_quiet(text):
    assert factcheck.check(text) == []


# -- elapsed time: a range counted inclusively adds a day, not a unit; ranges after or beside their span -------
@pytest.mark.parametrize("bad,good", [
    # three weeks is not 3 to 14 June: counting both ends adds one day, not a whole week
    ("The roadworks will last three weeks, from 3 June to 14 June 2024, the council said.",
     "The roadworks will last two weeks, from 3 June to 14 June 2024, the council said."),
    ("The roadworks on Castle Street, which run from 3 June to 14 June 2024, will last three weeks, the council said.",
     "The roadworks on Castle Street, which run from 3 June to 14 June 2024, will last under two weeks, the council "
     "said."),
    ("MPs sat for 14 hours, from 9.30am until 9.30pm, before the bill finally cleared the chamber.",
     "MPs sat for 12 hours, from 9.30am until 9.30pm, before the bill finally cleared the chamber."),
    ("Polls were open for 14 hours, from 7am to 10pm, officials said.",
     "Polls were open for 15 hours, from 7am to 10pm, officials said."),
    ("The strike began on 1 February 2023 and did not end until 30 April 2023 – six months of disruption.",
     "The strike began on 1 February 2023 and did not end until 30 April 2023 – three months of disruption."),
])
def test_spans_beside_the_range_they_run(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("text", [
    "The pool is open for 12 hours a day, from 8am to 10pm.",
    "The festival, which runs from 3 June to 14 June 2024, will take three days to set up.",
    "The staff, who work from 3 June to 14 June, will take two days off.",
    "The strike began on 1 February 2023 and ended on 30 April 2023, two months of the year lost to disruption.",
])
def test_spans_that_are_not_the_range_stay_quiet(text):
    assert factcheck.check(text) == []


# -- zones: a time zoned by an ambiguous abbreviation beside a local time of another place ----------------------
@pytest.mark.parametrize("bad,good", [
    ("The trade summit in Delhi opens at 2pm local time on 15 October 2024 – 10:30 BST.",
     "The trade summit in Delhi opens at 2pm local time on 15 October 2024 – 09:30 BST."),
    ("The satellite is scheduled to launch at 11.45pm Tokyo time on 30 September 2024 – 14:45 BST.",
     "The satellite is scheduled to launch at 11.45pm Tokyo time on 30 September 2024 – 15:45 BST."),
    ("The fight in Dubai is expected to start at 1am local time on 3 April 2025 – 9pm BST on 2 April – for UK viewers.",
     "The fight in Dubai is expected to start at 1am local time on 3 April 2025 – 10pm BST on 2 April – for UK viewers."),
    # "that's" after the dash, and the place between the time and its date
    ('"It kicks off at 8.30pm here in Sydney on 18 January 2025 – that\'s 10:30 GMT," the organiser said.',
     '"It kicks off at 8.30pm here in Sydney on 18 January 2025 – that\'s 09:30 GMT," the organiser said.'),
])
def test_a_local_time_beside_a_time_in_an_ambiguous_zone(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "utc-offset-mismatch")


@pytest.mark.parametrize("text", [
    # Bangladesh Standard Time is the place's own reading (British Summer Time would be 09:00)
    "The match in Dhaka starts at 2pm local time on 15 October 2024 (14:00 BST).",
    # a span's two ends, not one moment in two zones
    "The show in Mumbai runs 1:30 PM – 2:30 PM IST on 15 October 2024.",
])
def test_an_ambiguous_zone_read_charitably(text):
    assert factcheck.check(text) == []


def test_a_finding_names_the_meanings_of_an_ambiguous_zone():
    [finding] = factcheck.check("The trade summit in Delhi opens at 2pm local time on 15 October 2024 – 10:30 BST.")
    assert "BST (read as UTC+01:00 or UTC+06:00)" in finding.arithmetic
    assert "9:30am in BST, not 10:30am" in finding.arithmetic


# -- lists: rows under a heading that divides its whole; a colon the parser took for a sentence's end ----------
@pytest.mark.parametrize("bad,good", [
    ("The council's £12.5m capital budget for 2025-26 is split as follows:\n- roads: £6.2m\n- schools: £4.1m\n"
     "- libraries: £1.7m",
     "The council's £12.5m capital budget for 2025-26 is split as follows:\n- roads: £6.2m\n- schools: £4.1m\n"
     "- libraries: £2.2m"),
    ("Results for all 51 council seats: Labour 24, Conservatives 17, Liberal Democrats 6, independents 2.",
     "Results for all 51 council seats: Labour 24, Conservatives 17, Liberal Democrats 6, independents 4."),
])
def test_lists_under_a_dividing_heading_or_after_a_colon(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


def test_rows_under_a_heading_that_does_not_divide_may_leave_some_out():
    text = ("The council's £12.5m capital budget for 2025-26 includes:\n- roads: £6.2m\n- schools: £4.1m\n"
            "- libraries: £1.7m")
    assert factcheck.check(text) == []


# -- weekdays: "Thursday next, 6 December 2024", "Thursday week, 6 December": the weekday of the date after it --
@pytest.mark.parametrize("bad,good", [
    ("Requiem Mass will be celebrated on Thursday next, 6 December 2024, at St Brigid's Church.",
     "Requiem Mass will be celebrated on Friday next, 6 December 2024, at St Brigid's Church."),
    ("The hearing was adjourned until Thursday week, 6 December 2024.",
     "The hearing was adjourned until Friday week, 6 December 2024."),
])
def test_a_weekday_with_next_or_week_before_its_date(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "weekday-mismatch")


# -- restatements: one person's age told twice; a headline's amount told with its scale slipped -----------------
@pytest.mark.parametrize("bad,good", [
    # an age in brackets after a name, then the surname with another age
    ("Midfielder Aroha Tane (22) scored twice as Hutt Valley Rangers beat Otago Pioneers 3-1 on Saturday. Tane, 24, "
     "joined the club from Auckland last season.",
     "Midfielder Aroha Tane (22) scored twice as Hutt Valley Rangers beat Otago Pioneers 3-1 on Saturday. Tane, 22, "
     "joined the club from Auckland last season."),
    ("Sarah Kent, 52, chairs the board. Kent, 25, joined it as a trainee.",
     "Sarah Kent, 52, chairs the board. Kent, 52, joined it as a trainee."),
    # the object of what a court does to the person named
    ("Daniel Harcourt, 34, of Leeds Road, Bradford, admitted dangerous driving at Bradford Crown Court. Sentencing "
     "the 43-year-old to 16 months in prison, Judge Ruth Ellery said he had shown a total disregard for others.",
     "Daniel Harcourt, 34, of Leeds Road, Bradford, admitted dangerous driving at Bradford Crown Court. Sentencing "
     "the 34-year-old to 16 months in prison, Judge Ruth Ellery said he had shown a total disregard for others."),
    ("Metro extension cost blows out to A$1.2bn\n\nThe state government confirmed on Thursday that the western "
     "extension will now cost A$120 million, Transport Minister Priya Naidu said.",
     "Metro extension cost blows out to A$1.2bn\n\nThe state government confirmed on Thursday that the western "
     "extension will now cost A$1.2 billion, Transport Minister Priya Naidu said."),
])
def test_an_age_or_a_headline_amount_told_again_differently(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    # two people of one surname
    "John Reid, 45, and his son Tom Reid, 19, were rescued. Reid, 19, had been fishing.",
    # two times
    "Maria Lopez, 31, won gold in 2012. In 2024 Lopez, 43, won again.",
    # whom the person named did something to
    "Daniel Harcourt, 34, admitted assault. He punched the 43-year-old in the face outside a pub.",
    # a part of the headline's amount, by another noun
    "Council backs £15m leisure centre\n\nCouncillors approved a £1.5m grant towards the new leisure centre on Tuesday.",
])
def test_other_people_times_or_amounts_stay_quiet(text):
    assert factcheck.check(text) == []


# -- parts: homes in a place beside how many it holds; years a person spent at something, within their age -------
@pytest.mark.parametrize("bad,good", [
    ("Flooding damaged 64 homes in Sandsend, a village of just 58 homes, the parish council said.",
     "Flooding damaged 64 homes in Sandsend, a village of just 580 homes, the parish council said."),
    ("The 34-year-old, who has spent 38 years in show jumping, announced her retirement on Friday.",
     "The 34-year-old, who has spent 28 years in show jumping, announced her retirement on Friday."),
    ("Sarah Kent, 34, has been riding for 38 years.",
     "Sarah Kent, 34, has been riding for 28 years."),
])
def test_a_part_of_a_place_or_of_a_life(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # visitors to a town may outnumber its people
    "The blaze forced 3,000 people from their homes in Ely, a town of 2,000 people.",
    # the years of someone or something else
    "Sarah Kent, 34, said her father had farmed the land for 40 years.",
    "Sarah Kent, 34, runs a firm that has traded for 60 years.",
    "The 34-year-old joined a club that has existed for 50 years.",
])
def test_other_places_and_lives_stay_quiet(text):
    assert factcheck.check(text) == []


# -- restatements: a peak reading reached is a value, not a running count's update ------------------------------
@pytest.mark.parametrize("bad,good", [
    ("The temperature reached 38.7C at Lowfield on Tuesday afternoon, a new national record. Forecasters said the "
     "37.8C recorded at Lowfield that afternoon was unlikely to be beaten this summer.",
     "The temperature reached 38.7C at Lowfield on Tuesday afternoon, a new national record. Forecasters said the "
     "38.7C recorded at Lowfield that afternoon was unlikely to be beaten this summer."),
    ("Temperatures reached 41.3C in Sevra on Tuesday, the hottest day ever recorded in the city. Tuesday's 43.1C "
     "reading beat the previous record, set in 2019, of 40.7C.",
     "Temperatures reached 41.3C in Sevra on Tuesday, the hottest day ever recorded in the city. Tuesday's 41.3C "
     "reading beat the previous record, set in 2019, of 40.7C."),
])
def test_a_peak_reading_told_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_readings_of_two_days_stay_quiet():
    assert factcheck.check("Temperatures reached 31.4C in Sevra on Tuesday. On Wednesday they reached 34.1C.") == []


# -- changes: a change as the subject of a verb of taking, its object running long before "from" -----------------
@pytest.mark.parametrize("bad,good", [
    ("A 15 per cent pay rise will take a newly qualified teacher's salary from A$75,000 to A$90,000.",
     "A 20 per cent pay rise will take a newly qualified teacher's salary from A$75,000 to A$90,000."),
])
def test_a_change_that_takes_a_value_from_one_figure_to_another(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "percent-change-mismatch")


# -- conversions: one unit named by its article, its conversion in brackets after it ----------------------------
@pytest.mark.parametrize("bad,good", [
    ("The queue stretched for nearly a kilometre (about 300 yards) along the Strand.",
     "The queue stretched for nearly a kilometre (about 1,000 yards) along the Strand."),
    ("He walked a mile (2.6 km) to school.", "He walked a mile (1.6 km) to school."),
])
def test_one_unit_named_by_its_article_and_converted(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "unit-conversion-mismatch")


def test_a_unit_named_by_its_article_without_a_conversion_is_no_figure():
    figures = [q.text for q in factcheck.extract("He lives a mile from the school and a kilometre from the sea.").quantities]
    assert figures == []


def test_rain_that_fell_is_no_count_that_fell():
    bad = ("A total of 112mm of rain fell on Castlegate in the 24 hours to 9am, the Met Office said. That 24-hour "
           "total of 121mm is the highest recorded in the town since 1987.")
    assert_only_the_bad_twin_flagged(bad, bad.replace("121mm", "112mm"), "differing-totals")


# -- restatements: a count told again with its scale slipped ----------------------------------------------------
def test_a_count_told_again_with_a_zero_slipped():
    bad = ("A quarter of a million people attended the Brightwater festival over the weekend, police estimated. "
           "Officers said the 25,000 festival-goers had been largely well behaved.")
    assert_only_the_bad_twin_flagged(bad, bad.replace("25,000", "250,000"), "differing-totals")


@pytest.mark.parametrize("text", [
    "The 1,200 staff were told of the plan on Monday. The 120 staff at the Leeds office will move first.",
    "Some 25,000 fans watched the final. The 2,500 fans who travelled from Leeds were praised.",
])
def test_a_tenth_narrowed_to_some_of_them_stays_quiet(text):
    assert factcheck.check(text) == []


# -- restatements: a quake's magnitude, whichever way it is written ----------------------------------------------
@pytest.mark.parametrize("bad,good", [
    ("A magnitude 6.4 earthquake struck the north of Veldia early Friday, damaging hundreds of homes. The "
     "6.1-magnitude quake was felt as far away as the capital.",
     "A magnitude 6.4 earthquake struck the north of Veldia early Friday, damaging hundreds of homes. The "
     "6.4-magnitude quake was felt as far away as the capital."),
    ("A 6.4-magnitude earthquake struck the north of Veldia early Friday. The magnitude 6.1 quake was felt as far "
     "away as the capital.",
     "A 6.4-magnitude earthquake struck the north of Veldia early Friday. The magnitude 6.4 quake was felt as far "
     "away as the capital."),
])
def test_a_quake_magnitude_told_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    "A magnitude 6.4 earthquake struck the north of Veldia early Friday. The magnitude 5.1 aftershock was felt as "
    "far away as the capital.",
    "A magnitude 6.4 earthquake struck the north of Veldia early Friday. The region's last big quake, a magnitude "
    "6.1 tremor, struck in 1998.",
])
def test_the_magnitude_of_an_aftershock_or_another_quake_stays_quiet(text):
    assert factcheck.check(text) == []


# -- lists: the list's own first item announces nothing; a verbless item after "and" is still one ---------------
def test_a_list_whose_first_item_counts_as_many_as_the_rest_is_read_whole():
    # 3 + 8 + 7 + 5 = 23: "three goalkeepers" is an item, not a count announcing the three after it
    assert factcheck.check("The 23-player roster features three goalkeepers, eight defenders, seven midfielders and "
                           "five forwards.") == []


def test_a_verbless_last_item_after_and_is_in_the_list():
    bad = ("The 1,200 participants were randomly assigned to three groups: 400 received the vaccine, 400 a placebo "
           "and 500 a lower dose.")
    good = bad.replace("500 a lower dose", "400 a lower dose")
    assert factcheck.check(good) == []
    assert [f.rule for f in factcheck.check(bad)] == ["part-exceeds-whole"]  # 1,300 > 1,200, the complete side


# -- restatements: an extent in a relative clause; a happening after a dash; the injured named again; a change --
@pytest.mark.parametrize("bad,good", [
    ("The Riverside Trail, which stretches 11 miles from Millbrook to Carver Falls, opened on Saturday. Mayor Tom "
     "Reyes said the 14-mile trail was paid for with state and federal grants.",
     "The Riverside Trail, which stretches 11 miles from Millbrook to Carver Falls, opened on Saturday. Mayor Tom "
     "Reyes said the 11-mile trail was paid for with state and federal grants."),
    ("Northvale Mining Corp said on Tuesday it had secured C$780 million in financing for its nickel project. The "
     "financing, which totals C$870 million, includes a C$300 million term loan.",
     "Northvale Mining Corp said on Tuesday it had secured C$780 million in financing for its nickel project. The "
     "financing, which totals C$780 million, includes a C$300 million term loan."),
    ("The Cedar Creek fire burned about 3,200 acres before crews contained it Thursday. The blaze — which scorched "
     "5,400 acres of timber and grassland — started Monday near Oakridge, Oregon.",
     "The Cedar Creek fire burned about 3,200 acres before crews contained it Thursday. The blaze — which scorched "
     "3,200 acres of timber and grassland — started Monday near Oakridge, Oregon."),
    ("Eleven people were hurt when a tour bus overturned near Spokane on Tuesday. The patrol said all 13 injured "
     "passengers were treated at Sacred Heart Medical Center and released.",
     "Eleven people were hurt when a tour bus overturned near Spokane on Tuesday. The patrol said all 11 injured "
     "passengers were treated at Sacred Heart Medical Center and released."),
    ("Consumer prices rose 3.2 percent in the 12 months to April, the Labor Department said. The annual increase of "
     "2.3 percent was driven largely by shelter costs.",
     "Consumer prices rose 3.2 percent in the 12 months to April, the Labor Department said. The annual increase of "
     "3.2 percent was driven largely by shelter costs."),
])
def test_restatements_of_an_extent_a_happening_a_group_or_a_change(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    "The company raised $40 million last year. The fund, which totals $55 million, also holds gifts.",
    "The Cedar Creek fire burned about 3,200 acres on Thursday. The blaze, which scorched 1,400 acres of timber in "
    "the park, started Monday.",
    "Eleven people were hurt when a bus overturned on Tuesday. Police said the 40 uninjured passengers were taken home.",
    "Sales fell 4.5% in March. The increase of 5.4% in April was welcome.",
    "Unemployment rose to 4.3% in May. The rate of 3.4% in April had been the lowest in years.",
])
def test_other_extents_happenings_groups_and_changes_stay_quiet(text):
    assert factcheck.check(text) == []


# -- parts: a bare figure of a span; a pool, among, a semicolon, "of that"; an area inside an area ---------------
@pytest.mark.parametrize("bad,good", [
    ("Doucet spent 16 of his 12 years in the legislature as the Opposition whip.",
     "Doucet spent 6 of his 12 years in the legislature as the Opposition whip."),
    ("The Wolves controlled the puck for 68 of the game's 60 minutes, according to league tracking data.",
     "The Wolves controlled the puck for 38 of the game's 60 minutes, according to league tracking data."),
    ("The nursing program admitted 720 students this fall from a pool of 640 applicants, the college said.",
     "The nursing program admitted 520 students this fall from a pool of 640 applicants, the college said."),
    ("Inspectors found 92 structurally deficient bridges among the 75 they examined in Lackawanna County this year.",
     "Inspectors found 52 structurally deficient bridges among the 75 they examined in Lackawanna County this year."),
    ("The ferry was carrying 210 people when it ran aground near Tobermory on Friday; 260 of them were passengers.",
     "The ferry was carrying 210 people when it ran aground near Tobermory on Friday; 160 of them were passengers."),
    ("The Harbourlight Children's Fund raised $2.3 million at its annual gala Saturday.\n\nOrganizers said $3.1 "
     "million of that came from a single anonymous donor.",
     "The Harbourlight Children's Fund raised $2.3 million at its annual gala Saturday.\n\nOrganizers said $1.1 "
     "million of that came from a single anonymous donor."),
    ("The wildfire has burned 14,000 hectares inside the 9,500-hectare provincial park, which was evacuated Monday.",
     "The wildfire has burned 4,000 hectares inside the 9,500-hectare provincial park, which was evacuated Monday."),
])
def test_parts_of_a_span_a_pool_a_clause_before_or_an_area(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "part-exceeds-whole")


@pytest.mark.parametrize("text", [
    # a length inside a place is no part of its size
    "Crews cleared 12 miles of road within the 10-mile exclusion zone.",
    "The fund raised $2.3 million in 2023.\n\nIt raised $3.1 million of that kind of money the year before.",
    "The team scored 12 goals within the first 10 minutes.",
])
def test_other_figures_inside_or_of_stay_quiet(text):
    assert factcheck.check(text) == []


# -- elapsed time: what a range covered or took; a range between weekday dates; times told after their span -----
@pytest.mark.parametrize("bad,good", [
    ("The survey's reference period ran from Jan. 1 to March 31, 2023, covering 120 days, Statistics Canada said.",
     "The survey's reference period ran from Jan. 1 to March 31, 2023, covering 90 days, Statistics Canada said."),
    ("Crews worked through the night, from 11 p.m. Saturday to 5 a.m. Sunday, completing the water-main repair in "
     "a single nine-hour shift.",
     "Crews worked through the night, from 11 p.m. Saturday to 5 a.m. Sunday, completing the water-main repair in "
     "a single six-hour shift."),
    # Monday to Friday is four days, five counting both: the range's own counting leaves no other slack
    ("The jury deliberated for three days — from Monday, Oct. 2, to Friday, Oct. 6, 2023 — before convicting Hollis.",
     "The jury deliberated for five days — from Monday, Oct. 2, to Friday, Oct. 6, 2023 — before convicting Hollis."),
    ("The Senate debate stretched for 19 hours, beginning at 10 a.m. Tuesday and ending just after midnight.",
     "The Senate debate stretched for 14 hours, beginning at 10 a.m. Tuesday and ending just after midnight."),
    ("Nurses at St. Brendan's Hospital work 12-hour shifts, which begin at 7 a.m. and end at 9 p.m., the union said.",
     "Nurses at St. Brendan's Hospital work 14-hour shifts, which begin at 7 a.m. and end at 9 p.m., the union said."),
    ("Construction began in April 2019 and finished in October 2023, taking two and a half years and costing $84 "
     "million.",
     "Construction began in April 2019 and finished in October 2023, taking four and a half years and costing $84 "
     "million."),
    ("Morales was admitted to hospital on Dec. 28, 2022, and discharged on Jan. 4, 2023, after a two-week stay.",
     "Morales was admitted to hospital on Dec. 28, 2022, and discharged on Jan. 4, 2023, after a one-week stay."),
])
def test_spans_told_with_what_their_range_covered_or_their_times_after_them(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


@pytest.mark.parametrize("text", [
    "The festival runs for five days, from 1 to 5 May 2024.",
    "The festival runs for four days, from 1 to 5 May 2024.",
    "The jury deliberated for three days, from Monday to Wednesday, Oct. 4, 2023.",
])
def test_a_range_of_days_counted_either_way_stays_quiet(text):
    assert factcheck.check(text) == []


def test_a_count_shared_among_another_noun_is_no_part_of_it():
    # "among the three candidates": 9,812 votes are not some of three candidates
    text = ("The 9,812 valid votes were shared among the three candidates: Sarah Whitlock 4,310, Mark Jones 3,902 and "
            "Anil Patel 1,600.")
    assert factcheck.check(text) == []


# -- lists: an abbreviation's full stop ends no sentence; the next subject with its verb left out ---------------
@pytest.mark.parametrize("bad,good,rule", [
    ("Seventeen candidates have filed for the Nov. 7 municipal election: four for mayor, nine for council and two "
     "for school board.",
     "Seventeen candidates have filed for the Nov. 7 municipal election: four for mayor, 11 for council and two "
     "for school board.", "list-sum-mismatch"),
    ("The Prairie Alliance won 47 of the legislature's 87 seats, the Liberals 38 and independents the other four.",
     "The Prairie Alliance won 47 of the legislature's 87 seats, the Liberals 36 and independents the other four.",
     "part-exceeds-whole"),
])
def test_lists_past_an_abbreviation_or_with_their_verbs_left_out(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


def test_a_town_the_parser_takes_for_a_person_has_no_age_in_brackets():
    # "Hull (120)" is a count of staff, not Hull's age
    bad = "The chain's 900 staff work in Leeds (500), York (250) and Hull (120), its only three sites."
    assert [f.rule for f in factcheck.check(bad)] == ["list-sum-mismatch"]


# -- restatements: a lasting verb the parser hung elsewhere; a crowd; a prison term; an age in a relative clause -
@pytest.mark.parametrize("bad,good", [
    ("The strike at the Hamilton parts plant lasted nine weeks before workers ratified a new contract on Friday. "
     "Union leaders said the 11-week walkout cost each member about C$6,000 in lost wages.",
     "The strike at the Hamilton parts plant lasted nine weeks before workers ratified a new contract on Friday. "
     "Union leaders said the nine-week walkout cost each member about C$6,000 in lost wages."),
    ("More than 60,000 fans packed Commonwealth Stadium on Saturday to watch the Grizzlies beat the Rams 31-24. The "
     "crowd of 48,112 was the largest for a regular-season game in Edmonton since 2015.",
     "More than 60,000 fans packed Commonwealth Stadium on Saturday to watch the Grizzlies beat the Rams 31-24. The "
     "crowd of 61,112 was the largest for a regular-season game in Edmonton since 2015."),
    ("A Cook County judge on Monday sentenced Darnell Price to 12 years in prison for a carjacking. Price, 29, must "
     "serve at least half of the 21-year term before he is eligible for parole, prosecutors said.",
     "A Cook County judge on Monday sentenced Darnell Price to 12 years in prison for a carjacking. Price, 29, must "
     "serve at least half of the 12-year term before he is eligible for parole, prosecutors said."),
    ("Teresa Vogt, 34, of Duluth, was named Minnesota's teacher of the year on Tuesday. Vogt, who is 43, has taught "
     "chemistry at Denfeld High School for 11 years.",
     "Teresa Vogt, 34, of Duluth, was named Minnesota's teacher of the year on Tuesday. Vogt, who is 34, has taught "
     "chemistry at Denfeld High School for 11 years."),
])
def test_a_strike_a_crowd_a_term_or_an_age_told_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


@pytest.mark.parametrize("text", [
    "About 300 people joined the march on Saturday. The crowd of 5,000 at the rally that followed was larger.",
    "The judge sentenced Price to 12 years. His brother received a 21-year term in 2019.",
    "Teresa Vogt, 34, of Duluth, was named teacher of the year. Her mother, Ann Vogt, who is 63, attended.",
])
def test_another_crowd_term_or_person_stays_quiet(text):
    assert factcheck.check(text) == []


# -- lists: "Of that," in the next paragraph; a verb left out after its preposition ----------------------------
@pytest.mark.parametrize("bad,good,rule", [
    ("The province will spend C$1.5 billion on transit over five years, the minister said Thursday.\n\nOf that, "
     "C$900 million will go to the Eglinton line and the remaining C$400 million to bus rapid transit.",
     "The province will spend C$1.5 billion on transit over five years, the minister said Thursday.\n\nOf that, "
     "C$900 million will go to the Eglinton line and the remaining C$600 million to bus rapid transit.",
     "list-sum-mismatch"),
    ("Of the $75 million raised, $40 million was contributed by the Whitcomb Foundation and $25 million by the "
     "province; the balance of $15 million came from private donors.",
     "Of the $75 million raised, $40 million was contributed by the Whitcomb Foundation and $25 million by the "
     "province; the balance of $10 million came from private donors.",
     "part-exceeds-whole"),
])
def test_lists_after_of_that_or_with_their_verb_left_out(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


# -- elapsed time: a definite spell after the one range of its sentence -----------------------------------------
def test_a_spell_after_the_range_of_its_sentence():
    bad = ("The Harland H-7 tractor (produced from 1994 to 2008) was the company's best-selling model during its "
           "22-year production run.")
    assert_only_the_bad_twin_flagged(bad, bad.replace("22-year", "14-year"), "elapsed-time-mismatch")


@pytest.mark.parametrize("text", [
    "She served from 1994 to 2008 and then began a 10-year stint abroad.",
    "She served from 1994 to 2008; her 10-year stint abroad followed.",
])
def test_another_spell_after_a_range_stays_quiet(text):
    assert factcheck.check(text) == []


# -- votes: sides joined by a dash after a verb of voting; a side counted again by those who cast it ------------
@pytest.mark.parametrize("bad,good,rule", [
    ("Lawmakers in the 63-seat Legislative Assembly approved the budget 71-12 on Thursday.",
     "Lawmakers in the 63-seat Legislative Assembly approved the budget 51-12 on Thursday.", "part-exceeds-whole"),
    ("The state Senate passed the measure 31-18 on Wednesday after six hours of debate. Of the 21 senators who voted "
     "no, most cited the cost.",
     "The state Senate passed the measure 31-18 on Wednesday after six hours of debate. Of the 18 senators who voted "
     "no, most cited the cost.", "differing-totals"),
    ("The motion was carried by 312 votes to 198. The 289 MPs who voted for it were cheered.",
     "The motion was carried by 312 votes to 198. The 312 MPs who voted for it were cheered.", "differing-totals"),
])
def test_a_vote_against_its_body_or_a_side_counted_again(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text,figures", [
    ("The Rovers beat City 3-1 on Saturday.", []),  # a score is no vote
    ("The bill was backed by 289 MPs and opposed by 198.", [("289", "mp"), ("198", "mp")]),  # MPs, not megapascals
])
def test_scores_are_no_votes_and_mps_are_people(text, figures):
    assert [(q.text, q.counted) for q in factcheck.extract(text).quantities if q.kind is Kind.COUNT] == figures


# -- lists and parts: "of them" on the next bullet; bare figures in the next label's brackets; "features" --------
@pytest.mark.parametrize("bad,good,rule", [
    ("Sunday at Pearson:\n- 310 departures scheduled\n- 345 of them cancelled because of the ice storm\n- 12-hour "
     "de-icing backlog at the peak",
     "Sunday at Pearson:\n- 310 departures scheduled\n- 145 of them cancelled because of the ice storm\n- 12-hour "
     "de-icing backlog at the peak", "part-exceeds-whole"),
    ("The 10-day trade mission was divided between Beijing (four days), Shanghai (three) and Shenzhen (two).",
     "The 10-day trade mission was divided between Beijing (four days), Shanghai (three) and Shenzhen (three).",
     "list-sum-mismatch"),
    ("The 23-player roster features three goalkeepers, eight defenders, seven midfielders and six forwards.",
     "The 23-player roster features three goalkeepers, eight defenders, seven midfielders and five forwards.",
     "part-exceeds-whole"),
])
def test_parts_on_the_next_bullet_in_brackets_or_featured(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


@pytest.mark.parametrize("text", [
    # a vote's sides are told again only by those who cast them: another vote's figures differ by design
    "Shareholders approved the merger 412-35. Last year they rejected a similar plan by 421 votes.",
    "The council approved the plan 7-2 on Monday. At second reading it passed 5-4.",
])
def test_the_sides_of_two_votes_stay_quiet(text):
    assert factcheck.check(text) == []


# -- sentences: no sentence opens with a lowercase joining word after a word or a figure -------------------------
def test_shares_closed_by_the_rest_after_and_stay_one_sentence():
    bad = "In the parish referendum, 54% voted yes, 41% voted no and the remaining 3% of ballots were spoiled."
    assert_only_the_bad_twin_flagged(bad, bad.replace("3%", "5%"), "list-sum-mismatch")


# -- lists: "N day tickets" count tickets; all members casting a vote --------------------------------------------
@pytest.mark.parametrize("bad,good,rule", [
    ("All 9,000 tickets for the festival have been sold: 6,500 weekend passes and 3,500 day tickets.",
     "All 9,000 tickets for the festival have been sold: 6,500 weekend passes and 2,500 day tickets.",
     "part-exceeds-whole"),
    ("The bill passed the Senate 52-46, with all 100 senators casting a vote.",
     "The bill passed the Senate 52-48, with all 100 senators casting a vote.", "list-sum-mismatch"),
])
def test_day_tickets_and_a_vote_all_cast(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


def test_a_span_longer_than_a_year_of_days_is_still_a_span():
    [span] = [q for q in factcheck.extract("The trip lasted 400 days in all.").quantities]
    assert (span.kind, span.unit) == (Kind.DURATION, "day")


# -- lists: bare figures after a span are in its unit; a count of the run's figures announces them --------------
@pytest.mark.parametrize("text", [
    # 3 + 4 + 3 days = 10: "four" and "three" are days, not stages
    "The 10-day Drakensberg trek is divided into three stages: three days in the foothills, four on the "
    "escarpment and three on the descent.",
    # "three parts": the run of three figures whose unit the last one carries
    "The documentary's three parts — 35, 30 and 25 minutes long — make up a 90-minute film.",
])
def test_bare_figures_after_a_span_and_a_run_announced_stay_quiet(text):
    assert factcheck.check(text) == []


def test_bare_figures_after_a_span_add_up_in_its_unit():
    text = ("The 10-day Drakensberg trek is divided into three stages: three days in the foothills, four on the "
            "escarpment and four on the descent.")
    assert [f.rule for f in factcheck.check(text)] == ["part-exceeds-whole"]  # 11 days > 10


# -- elapsed time: the present written out beside its year; a span naming the subject its range is of -----------
@pytest.mark.parametrize("bad,good", [
    ("Founded in 1994, the Durban-based children's charity Ikhaya Lethu is celebrating 25 years of work this year "
     "(2024).",
     "Founded in 1994, the Durban-based children's charity Ikhaya Lethu is celebrating 30 years of work this year "
     "(2024)."),
    ("It is now 2023, and it is 50 years since the first tenants moved into the Ballymun towers in 1966.",
     "It is now 2023, and it is 57 years since the first tenants moved into the Ballymun towers in 1966."),
    ("The three-month firearms amnesty runs from 1 April to 31 December 2024, police said.",
     "The nine-month firearms amnesty runs from 1 April to 31 December 2024, police said."),
    ("The 12-week coding bootcamp runs from Monday 5 February to Friday 15 March 2024.",
     "The six-week coding bootcamp runs from Monday 5 February to Friday 15 March 2024."),
])
def test_spans_told_now_or_of_a_ranged_subject(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


def test_days_within_a_window_stay_quiet():
    assert factcheck.check("The two-day festival runs from 3 June to 14 June 2024 at weekends.") == []


# -- restatements: a penalty's scale slipped; an outage by another name; apartments as units --------------------
@pytest.mark.parametrize("bad,good", [
    ("A fine of €4,000 was imposed on a Galway publican for serving alcohol after hours. Judge Eamon Fitzgerald "
     "said the €400 penalty should serve as a warning to others in the trade.",
     "A fine of €4,000 was imposed on a Galway publican for serving alcohol after hours. Judge Eamon Fitzgerald "
     "said the €4,000 penalty should serve as a warning to others in the trade."),
    ("The 36-hour blackout in Tembisa ended on Wednesday morning. Eskom said the outage, which lasted 63 hours, was "
     "caused by cable theft.",
     "The 36-hour blackout in Tembisa ended on Wednesday morning. Eskom said the outage, which lasted 36 hours, was "
     "caused by cable theft."),
    ("The 240-unit Clongriffin development has sold out within a week of launch. All 420 apartments were bought by "
     "first-time buyers.",
     "The 240-unit Clongriffin development has sold out within a week of launch. All 240 apartments were bought by "
     "first-time buyers."),
])
def test_a_penalty_an_outage_or_homes_told_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")



# -- lists: a total after a dash with "in all"; a pipe table; shares of an entire whole -------------------------
@pytest.mark.parametrize("bad,good", [
    ("Ambulances took 17 people to the Mater, 12 to Beaumont and 6 to Connolly Hospital — 41 people taken to "
     "hospital in all after the bus crash.",
     "Ambulances took 17 people to the Mater, 12 to Beaumont and 6 to Connolly Hospital — 35 people taken to "
     "hospital in all after the bus crash."),
    ("Cholera cases by ward:\nWard A | 14\nWard B | 22\nWard C | 9\nTotal | 51",
     "Cholera cases by ward:\nWard A | 14\nWard B | 22\nWard C | 9\nTotal | 45"),
    ("Cholera cases by ward:\n| Ward A | 14 |\n| Ward B | 22 |\n| Total | 51 |",
     "Cholera cases by ward:\n| Ward A | 14 |\n| Ward B | 22 |\n| Total | 36 |"),
    ("Last year the utility's entire generation mix was coal 58 per cent, solar 17 per cent, wind 12 per cent and "
     "hydro 3 per cent.",
     "Last year the utility's entire generation mix was coal 58 per cent, solar 17 per cent, wind 12 per cent and "
     "hydro 13 per cent."),
])
def test_totals_in_all_pipe_tables_and_an_entire_whole(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "list-sum-mismatch")


def test_a_headline_count_broken_down_after_of_the():
    bad = ("27 killed as bus plunges into gorge in Himachal\n\nOf the dead, 15 were men, eight were women and seven "
           "were children, police said.")
    assert_only_the_bad_twin_flagged(bad, bad.replace("seven were children", "four were children"),
                                     "part-exceeds-whole")


def test_figures_far_beyond_a_span_after_it_are_not_in_its_unit():
    # "over its two days – 14,000 on Saturday": visitors, not 14,000 days
    bad = "The fair drew 30,000 people over its two days – 14,000 on Saturday and 12,000 on Sunday."
    assert_only_the_bad_twin_flagged(bad, bad.replace("12,000", "16,000"), "list-sum-mismatch")


def test_the_injured_are_not_those_killed():
    # "victim" names those killed and those injured; "injured" names only the injured
    text = "Two people were killed when a bus overturned on the A1. All three injured passengers were treated in hospital."
    assert factcheck.check(text) == []


# -- spans between clock times on named days, and across two sentences ------------------------------------------

@pytest.mark.parametrize("bad, good", [
    # the weekday beside each time counts the days between them
    ("The ring road will shut from 8pm Friday until 6am Monday (34 hours) while the bridge deck is lifted.",
     "The ring road will shut from 8pm Friday until 6am Monday (58 hours) while the bridge deck is lifted."),
    ("Snow fell for 20 hours straight across the moor, from 4am on Tuesday until 4pm on Wednesday.",
     "Snow fell for 36 hours straight across the moor, from 4am on Tuesday until 4pm on Wednesday."),
    # the one time of the sentence before is the other end of "N minutes later"
    ("The alarm was raised at 3.41am. The lifeboat reached the trawler at 4.28am, 37 minutes later.",
     "The alarm was raised at 3.41am. The lifeboat reached the trawler at 4.28am, 47 minutes later."),
    ("Crews left the depot at 10.05pm. The convoy had set off at 9.05pm, half an hour earlier.",
     "Crews left the depot at 10.05pm. The convoy had set off at 9.05pm, an hour earlier."),
])
def test_clock_spans_over_named_days_and_from_the_sentence_before(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


def test_a_clock_span_on_one_weekday_stays_within_the_day():
    # two times on the same Saturday, and a span that fits them
    assert factcheck.check("The market ran for nine hours, from 8am Saturday until 5pm Saturday.") == []


# -- a span set after the clause that dated both its ends -----------------------------------------------------

@pytest.mark.parametrize("bad, good", [
    ("The goalkeeper made her debut in 2009 and retired in 2023 after a 12-year career.",
     "The goalkeeper made her debut in 2009 and retired in 2023 after a 14-year career."),
    ("The mill opened in 1921 and closed in 1987, ending a 56-year run.",
     "The mill opened in 1921 and closed in 1987, ending a 66-year run."),
    ("The yacht sailed from Fremantle on 20 November and reached Durban on 14 December, a 30-day passage.",
     "The yacht sailed from Fremantle on 20 November and reached Durban on 14 December, a 24-day passage."),
])
def test_an_adjective_span_after_the_two_dates_of_its_event(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


def test_a_spell_inside_the_dated_period_is_no_whole_of_it():
    text = "She joined the board in 2004 and left in 2019, a four-year stint as chair in between."
    assert factcheck.check(text) == []


# -- the value a thing was set at, moved to, or is told at, said again -----------------------------------------

@pytest.mark.parametrize("bad, good", [
    ("The regulator raised the annual licence fee to £180 from £150. The £210 fee applies from April.",
     "The regulator raised the annual licence fee to £180 from £150. The £180 fee applies from April."),
    ("Bail was set at $25,000 on Monday. The $52,000 bail was paid by his brother.",
     "Bail was set at $25,000 on Monday. The $25,000 bail was paid by his brother."),
    ("Tickets for the three-day fair, priced at €45, sell out every year. Each €54 ticket covers parking.",
     "Tickets for the three-day fair, priced at €45, sell out every year. Each €45 ticket covers parking."),
    ("The trust approved a budget of £7.4 million on Thursday. The £7.9 million budget pays for 40 new nurses.",
     "The trust approved a budget of £7.4 million on Thursday. The £7.4 million budget pays for 40 new nurses."),
    ("The £1.6bn merger was announced on Friday. At £1.9bn, the merger is the sector's biggest.",
     "The £1.6bn merger was announced on Friday. At £1.6bn, the merger is the sector's biggest."),
    ("The 38-storey hotel won approval on Monday. The hotel, at 34 storeys, will be the tallest in the city.",
     "The 38-storey hotel won approval on Monday. The hotel, at 38 storeys, will be the tallest in the city."),
    ("Halvorsen Foods agreed to buy the dairy for $640 million. The $460 million acquisition still needs approval.",
     "Halvorsen Foods agreed to buy the dairy for $640 million. The $640 million acquisition still needs approval."),
    ("The insurer raised its half-year dividend to 36 cents. The 63-cent dividend is paid in March.",
     "The insurer raised its half-year dividend to 36 cents. The 36-cent dividend is paid in March."),
])
def test_a_value_given_to_a_thing_told_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_the_old_value_of_a_change_told_again_is_no_contradiction():
    text = "The insurer raised its half-year dividend to 36 cents from 32 cents. Last year's 32-cent dividend was paid in March."
    assert factcheck.check(text) == []


def test_a_count_that_grew_told_again_with_its_digits_swapped():
    bad = ("Membership of the rowing club has grown to 2,140 this season. \"Our 2,410 members row on two rivers,\" "
           "the captain said.")
    assert_only_the_bad_twin_flagged(bad, bad.replace("Our 2,410", "Our 2,140"), "differing-totals")


def test_a_figure_with_a_hyphenated_subunit_is_money():
    quantity = next(q for q in factcheck.extract("The 84-cent dividend is paid in June.").quantities if q.text == "84-cent")
    assert (quantity.kind, quantity.unit, quantity.value) == (Kind.MONEY, "USD", 0.84)


# -- tables, bullets and groups sized by their members -----------------------------------------------------------

@pytest.mark.parametrize("bad, good, rule", [
    ("Ticket sales by stand (thousands):\n- North: 14\n- South: 11\n- East: 9\nTotal: 36",
     "Ticket sales by stand (thousands):\n- North: 14\n- South: 11\n- East: 9\nTotal: 34", "list-sum-mismatch"),
    ("Team | Won | Drawn | Lost | Played\nRovers | 12 | 5 | 3 | 22\nCity | 10 | 6 | 4 | 20",
     "Team | Won | Drawn | Lost | Played\nRovers | 12 | 5 | 3 | 20\nCity | 10 | 6 | 4 | 20", "list-sum-mismatch"),
    ("| Ward | Leave | Remain |\n|---|---|---|\n| East | 410 | 380 |\n| West | 290 | 350 |\n| Total | 700 | 780 |",
     "| Ward | Leave | Remain |\n|---|---|---|\n| East | 410 | 380 |\n| West | 290 | 350 |\n| Total | 700 | 730 |",
     "list-sum-mismatch"),
    ("The ferry company now sails 14 hybrid ships in its 12-vessel fleet.",
     "The ferry company now sails 4 hybrid ships in its 12-vessel fleet.", "part-exceeds-whole"),
    ("The 450-seat concert hall has 520 seats in the stalls.",
     "The 450-seat concert hall has 250 seats in the stalls.", "part-exceeds-whole"),
    ("The 90-hectare estate includes 120 hectares of woodland.",
     "The 90-hectare estate includes 20 hectares of woodland.", "part-exceeds-whole"),
    ("The Lions' 24 points came from two tries (10), two conversions (4) and three penalties (9).",
     "The Lions' 23 points came from two tries (10), two conversions (4) and three penalties (9).", "list-sum-mismatch"),
    ("Key figures (2025):\n- Visitors: 48,000 (up 12% from 40,000)\n- Events: 310 (up 3% from 300)",
     "Key figures (2025):\n- Visitors: 48,000 (up 20% from 40,000)\n- Events: 310 (up 3% from 300)",
     "percent-change-mismatch"),
])
def test_tables_bullets_and_sized_groups(bad, good, rule):
    assert_only_the_bad_twin_flagged(bad, good, rule)


def test_goals_in_a_run_of_matches_are_no_part_of_the_matches():
    assert factcheck.check("The striker has scored 31 goals in his 24-match run in the side.") == []


# -- a wire dateline that opens the story dates it --------------------------------------------------------------

def test_an_opening_wire_dateline_dates_a_story_given_no_date():
    bad = "HOBART, 2 March 2025 - The lighthouse, which was first lit in 1838, has guided ships for 177 years."
    assert {f.rule for f in factcheck.check(bad)} == {"elapsed-time-mismatch"}  # 187 years to 2 March 2025
    assert factcheck.check(bad.replace("177 years", "187 years")) == []
    article = read_text("PORTLAND, Ore., Jan. 9, 2024 /PRNewswire/ -- Shares rose.")
    assert (article.date, article.dateline) == (dt.date(2024, 1, 9), "PORTLAND, Ore.")


def test_a_date_given_outranks_the_opening_dateline():
    text = "HOBART, 2 March 2025 - The lighthouse, which was first lit in 1838, has guided ships for 177 years."
    assert factcheck.check(text, date="2015-03-02") == []  # 177 years to 2015


# -- more spans: a place before the range, "by the time", a stoppage told over two sentences ---------------------

@pytest.mark.parametrize("bad, good", [
    ("The festival runs for six weeks at the riverside park, from 2 June to 28 July.",
     "The festival runs for eight weeks at the riverside park, from 2 June to 28 July."),
    ("Charged in March 2020, Ms Ferrand had spent 19 months on bail by the time she stood trial in January 2023.",
     "Charged in March 2020, Ms Ferrand had spent 34 months on bail by the time she stood trial in January 2023."),
    ("The town's water supply failed at 5.15am on Monday. It was not back until 1.45pm on Tuesday, leaving the town dry "
     "for 22 hours.",
     "The town's water supply failed at 5.15am on Monday. It was not back until 1.45pm on Tuesday, leaving the town dry "
     "for 32 and a half hours."),
])
def test_spans_with_a_place_a_by_the_time_clause_or_a_stoppage_over_two_sentences(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


def test_months_on_remand_are_not_months_on_from_then():
    # "22 months on remand": a state the months were spent in, not "22 months on" counted to now
    text = "Remanded in custody in June 2019, he spent 22 months on remand before his trial."
    assert factcheck.check(text, date="2024-05-01") == []


# -- a fact box's row told again in the story --------------------------------------------------------------------

@pytest.mark.parametrize("bad, good", [
    ("Project facts:\n- Budget: $4.2 million\n- Opens: 2027\n\nThe $4.8 million budget was approved on Monday.",
     "Project facts:\n- Budget: $4.2 million\n- Opens: 2027\n\nThe $4.2 million budget was approved on Monday."),
    ("Election at a glance:\n- Turnout: 61.4%\n- Seats: 40\n\nThe turnout of 16.4% surprised the returning officer.",
     "Election at a glance:\n- Turnout: 61.4%\n- Seats: 40\n\nThe turnout of 61.4% surprised the returning officer."),
])
def test_a_fact_box_row_told_again(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_a_row_and_another_year_of_the_same_thing_are_two_figures():
    text = "Budget 2024:\n- Budget: $4.2 million\n\nThe 2023 budget of $4.8 million was smaller."
    assert factcheck.check(text) == []


# -- a life's dates in brackets; the event told again after two clock times ---------------------------------------

@pytest.mark.parametrize("bad, good", [
    ("Tomas Reyes (2 May 1940 – 19 October 2024), who founded the town's brass band, died at home aged 86.",
     "Tomas Reyes (2 May 1940 – 19 October 2024), who founded the town's brass band, died at home aged 84."),
    ("The ferry left Picton at 8.25am and docked in Wellington at 11.50am; the crossing took three hours.",
     "The ferry left Picton at 8.25am and docked in Wellington at 11.50am; the crossing took three and a half hours."),
])
def test_life_dates_in_brackets_and_an_event_told_again_after_its_times(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch")


def test_another_event_after_two_clock_times_is_no_span_between_them():
    assert factcheck.check("The market opened at 9am and closed at 5pm; the auction lasted 40 minutes.") == []


# -- clock spans on written dates, explained after a colon, or begun in a clause after the span -------------------

@pytest.mark.parametrize("bad, good", [
    ("In the 48 hours from noon on 10 June to noon on 13 June, the helpline took 3,000 calls.",
     "In the 72 hours from noon on 10 June to noon on 13 June, the helpline took 3,000 calls."),
    ("The search lasted 50 minutes: divers went in at 4.05pm and brought the boy out at 5.25pm.",
     "The search lasted 80 minutes: divers went in at 4.05pm and brought the boy out at 5.25pm."),
    ("Firefighters declared the blaze out at 9am on Thursday, ending a 31-hour battle that began at 4pm on Tuesday.",
     "Firefighters declared the blaze out at 9am on Thursday, ending a 41-hour battle that began at 4pm on Tuesday."),
])
def test_clock_spans_on_dates_after_a_colon_or_begun_after_the_span(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date="2025-06-20")


def test_until_midnight_on_a_day_may_mean_the_end_of_it():
    text = "The road was shut for 30 hours, from 6pm on 3 May until midnight on 4 May."
    assert factcheck.check(text, date="2025-06-20") == []


# -- the definite spell a range just gave ----------------------------------------------------------------------------

@pytest.mark.parametrize("bad, good", [
    ("The book fair ran from 2 October to 15 October in the old market hall. Over the 21 days, 30,000 people "
     "came through the doors.",
     "The book fair ran from 2 October to 15 October in the old market hall. Over the 14 days, 30,000 people "
     "came through the doors."),
    ("The survey ran from 1 March to 30 April, and during the 12 weeks, 5,000 households answered.",
     "The survey ran from 1 March to 30 April, and during the eight weeks, 5,000 households answered."),
])
def test_a_definite_spell_after_the_range_it_spans(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "elapsed-time-mismatch", date="2025-06-20")


def test_a_spell_of_something_inside_the_range_is_no_whole_of_it():
    text = "The trial ran from 3 March to 28 March. During the three days of deliberation, the jury asked two questions."
    assert factcheck.check(text, date="2025-06-20") == []


def test_shares_of_a_full_whole_told_with_its_time():
    bad = "The region's complete household waste stream in 2024 was landfill 44%, recycling 38% and compost 23%."
    assert {f.rule for f in factcheck.check(bad)} == {"part-exceeds-whole"}
    assert factcheck.check(bad.replace("compost 23%", "compost 18%")) == []


# -- a definite frame names the figure of the sentence before --------------------------------------------------------

@pytest.mark.parametrize("bad, good", [
    ("Burglaries in the borough reached 418 last year, police said. That figure, 481, was the lowest in a decade.",
     "Burglaries in the borough reached 418 last year, police said. That figure, 418, was the lowest in a decade."),
    ("Exactly 86mm of rain fell on the town on Monday. That total of 68mm broke a record set in 1953.",
     "Exactly 86mm of rain fell on the town on Monday. That total of 86mm broke a record set in 1953."),
])
def test_a_definite_frame_names_the_figure_of_the_sentence_before(bad, good):
    assert_only_the_bad_twin_flagged(bad, good, "differing-totals")


def test_a_group_sized_in_members_holds_parts_of_any_kind_of_member():
    # "The 96-vehicle fleet includes 40 electric buses": buses are vehicles, so a part of the fleet
    assert_only_the_bad_twin_flagged("The 60-vehicle depot fleet includes 75 diesel lorries.",
                                     "The 60-vehicle depot fleet includes 25 diesel lorries.", "part-exceeds-whole")
