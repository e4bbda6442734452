"""False alarms found on real published text (../shared/corpus/real: U.S. congressional press
releases, public domain), each reduced to the sentence that caused it, and the real slips found
there, which must still be flagged. The cause is named in each id.

Source files are named in comments; the texts are quoted as published (17 U.S.C. 105).
"""

from __future__ import annotations

import pytest

import factcheck

QUIET = [
    # cp_63982434acda: "type 1" names the disease; the whole of the children is 1.9 million Americans
    ("label-type-1", "Nearly 1.9 million Americans have type 1 diabetes, including about 244,000 children and "
                     "adolescents.", "2022-06-28", None),
    # cp_57579a8e871b: a division and route numbers are labels, not a whole and its parts
    ("label-route-numbers", "NC DEPARTMENT OF TRANSPORTATION – Division 11 Ashe County: State Routes 1349, 1353, "
                            "1354, 1355, 1356, and 1358", "2026-04-01", None),
    # cp_9283b7f943a1: a VFW post number, a street number and a ZIP code
    ("label-address", "La Salle VFW, Post 4668: 2325 Donahue St, La Salle, IL 61301", "2023-05-23", None),
    # cp_bc89785f3c43: the total covers a part stated earlier ("in addition to ARC funds")
    ("unlisted-part", "The senators announced $700,000 in federal funding for the project. In addition to ARC "
                      "funds, other federal sources will provide $3,877,220, state sources will provide $1,829,973, "
                      "and local services will provide $163,165, bringing the total project funding to $6,570,358.",
     "2023-09-26", None),
    # cp_0acca357ec30: a release dated months after the weekday it names (the date is the scraper's)
    ("weekday-far-from-date", "On Wednesday, May 23, the Gun Violence Prevention Task Force will hold a Gun Violence "
                              "Prevention Forum from 2:00 pm - 4:00 pm.", "2022-11-28", None),
    # cp_e3c7139e5cb9: the same, another release
    ("weekday-far-from-date-2", "The House Education and Labor Committee on Wednesday, March 6, will markup the Raise "
                                "the Wage Act.", "2022-11-28", None),
    # cp_8a94a63c802f: a first birthday is no elapsed span
    ("birthday-no-span", "In Missouri in 2019, 443 infants died before reaching their first birthday, an infant "
                         "mortality rate of 6.1 per 1,000 live births.", "2022-06-01", None),
    # cp_92df9b37b38f: the anniversary's commemoration began in 2012; 2012 is not the origin
    ("anniversary-not-origin", "Congresswoman Harshbarger partnered with the U.S. Vietnam War Commemoration, a "
                               "nationwide 50th anniversary recognition that began in 2012, to find and honor Vietnam "
                               "era veterans for their service.", "2021-10-07", None),
    # cp_1ab508e7fab5: a quoted event title from 2021, reported in 2024
    ("quoted-title-span", "On the twentieth anniversary of the 9/11 attacks, the Center co-sponsored an event titled "
                          "“Whose Narrative? 20 Years since September 11, 2001.”", "2024-02-07", None),
    # cp_07391883f46a: "N of the M" takes one part, not the list before it
    ("partitive-one-part", "The program serves over 120,000 9/11 responders and survivors, who span all fifty states "
                           "and 434 of the 435 congressional districts.", "2023-03-01", None),
    # cp_096648c7c173: "including" governs Virginia, and 58 million birds belong to another clause
    ("cue-in-another-clause", "APHIS confirmed avian flu had been found in 745 flocks in 47 states including Virginia, "
                              "and affected over 58 million birds, directly contributing to rising egg prices.",
     "2023-02-10", None),
    # cp_0d5609abd821: "one of the 10" takes "one" as the part, not the people before it
    ("partitive-far-part", "260,000 people in New Jersey with Medicare take one of the 10 most expensive prescription "
                           "drugs and will soon benefit from lower negotiated prices.", "2023-08-30", None),
    # cp_2e7001a500ea: a single school has no breakdown; "with" is far from its figures
    ("single-whole", "In 2016, Erie PAL was restarted as a volunteer-based effort, operating in only one city school "
                     "with 6 officers and about 30 elementary school children.", "2022-05-01", None),
    # cp_475cf7363fbf: "(1)" enumerates a list; "Elite Eight" is a name
    ("enumerator", "(1) led the offense of the women's basketball team with 27 points, hitting 9 of 17 shots from the "
                   "field;", "2023-04-05", None),
    ("number-word-in-name", "(2) was named the NCAA Elite Eight Most Outstanding Player with an average of 23.3 "
                            "points, 5.6 rebounds, and 3.6 steals per game;", "2023-04-05", None),
    # cp_4230ddea78c4: "$75,000, or $150,000": alternatives, not parts of the deduction
    ("or-alternatives", "The new law provides a temporary $6,000 deduction specifically for Americans age 65 and older "
                        "with incomes below $75,000, or $150,000 for a joint return.", "2025-07-10", None),
    # cp_982d10843c96: "and included" starts another predicate
    ("cue-after-and", "Hoeven has provided nearly $13 million for the project's design phase to date, and included $32 "
                      "million in additional PED funding in the Senate's appropriations legislation.", "2024-08-01",
     None),
    # cp_e2a830c726bb: "with" does not touch its figure
    ("weak-cue-far", "Senators and 31 bipartisan colleagues introduced a resolution in solidarity with 150,000 members of "
                     "United Auto Workers (UAW) bargaining for a fair contract, with 34,000 currently on strike.",
     "2023-09-28", None),
    # cp_eace3fb9d65e: the package, not the 12 bills, includes the 15 projects
    ("cue-governs-another-noun", "Norcross released a statement upon passing a bipartisan funding package of 12 "
                                 "appropriations bills, supplemental funding, and other key policies that includes "
                                 "funding for 15 community projects.", "2022-12-23", None),
    # cp_0892624617ca: "200% or less than the poverty line (about $64,000)" is no change
    ("than-is-no-origin", "An analysis found that nearly 60% of the value of ACA tax credits benefit families earning "
                          "200% or less than the federal poverty line (about $64,000 for a family of four).",
     "2023-05-01", None),
    # cp_5e4f8085678e: "over 350,000" is a hedge, not the old value of the 700% increase
    ("over-is-a-hedge", "Since 2022, the DHS has closed over 350,000 asylum cases, with 149,305 allowed in 2023 "
                        "alone—a 700% increase compared to 2016.", "2024-03-01", None),
    # cp_755de73b11f1: "the remaining 21 units" is the rest of 68, not a restatement of 31
    ("remaining-is-another-part", "47 of the 68 units will be affordable (14 for residents at or below 30% of area "
                                  "median income, 2 for residents at or below 50%, and 31 units for residents at or "
                                  "below 60%). The remaining 21 units will be Workforce housing.", "2023-06-01", None),
    # cp_83cc2ef416d1: "the 35 vouchers previously awarded" are another set
    ("participle-restricts", "$3.7 million for Virginia Beach to provide 65 emergency rental vouchers to help households "
                             "afford rent. The program will expand on the 35 vouchers previously awarded to the city.",
     "2021-07-01", None),
    # cp_a6ffe13bfdc4: "the 5-part criterion" names a criterion
    ("hyphen-compound", "The bill divides the money into two parts. The 5-part criterion laid out by the BBEDCA sets "
                        "forth that spending should be necessary, sudden, urgent and unforeseen.", "2023-01-01", None),
    # cp_b2674744c190: "the other two bridges" are another part of four
    ("other-is-another-part", "This project will replace the bridge decks on four state-owned bridges along Interstate "
                              "95. Two of the bridges convey I-95 over Pushaw Stream and the other two bridges convey "
                              "I-95 over the Piscataquis River.", "2022-06-01", None),
    # cp_e47e9854f555: "3D" and "2D" name kinds of mammogram
    ("digits-with-letters", "3D mammograms can detect up to 40% more cancers than 2D mammograms.", "2022-10-01", None),
    # cp_ffbbc390c30a: "16 million unconnected households" may be some of "25 million households"
    ("modifier-subset", "The program reaches 25 million households. It will connect the 16 million unconnected "
                        "households within five years.", "2021-06-01", None),
    # cp_12b8e77d4880: "(2) ... (3) ..." enumerate the factors inside a sentence
    ("enumerators-mid-line", "The six economic factors are: (1) Opportunity for profit or loss; (2) Investments by the "
                             "worker and the company; (3) Degree of permanence of the work relationship; (4) Nature "
                             "and degree of control; and (5) Skill and initiative.", "2022-10-13", None),
    # cp_2776b995bffc: "three more than had died last year" is a difference, not a part of nine
    ("difference-is-no-part", "This year, nine individuals have already died while incarcerated at Rikers—three more "
                              "than had died at this point last year—and one correctional officer has committed "
                              "suicide.", "2022-09-15", None),
    # cp_8923f560ba30: a semicolon list of bracketed project counts has no whole among them
    ("bracketed-series", "The funding will implement countermeasures, including high visibility signal backplates (for "
                         "56 projects); flashing yellow arrows (72 projects); LED street lights (733 projects); red "
                         "light enforcement cameras (11 projects); pedestrian hybrid beacons (7 projects).",
     "2023-07-01", None),
    # cp_ac16d16a2d04: "4 percent of the $80 billion" restates the whole, it is no second part
    ("percent-between-parts", "Of the $80 billion provided to the IRS, more than half, or about $46 billion, is "
                              "directed toward enforcement activities and only 4 percent of the $80 billion was "
                              "earmarked for improving taxpayer services.", "2023-03-20", None),
    # cp_4efda7a7f0a4: "from 426 ... to more than 1,100" is a change, not a part of a whole
    ("from-to-is-a-change", "CTP's staff has more than doubled over the past decade, from 426 employees in 2013 to more "
                            "than 1,100 today.", "2023-06-01", None),
    # cp_a1d99d6eabfa: "from $589 to $341, generating $2,976 in savings": a change and a saving
    ("from-to-money", "A family could see their annual premiums for the benchmark Silver plan cut by over 40%, from "
                      "$589 to $341, generating $2,976 in annual savings.", "2021-03-10", None),
    # cp_dcdf3b92446f: "we should have covered all $4.5 trillion": another subject, another clause
    ("cue-after-new-subject", "The House was just trying to do $2 trillion, and I thought that $2 trillion was "
                              "absolutely anemic— we should have covered all $4.5 trillion.", "2023-05-01", None),
    # cp_fb88f1eb6f30: "the first $1 billion allocated from the $5 billion program": the part comes from the whole
    ("allocated-from", "These awards are part of the first $1 billion allocated from the five-year, $5 billion Clean "
                       "School Bus Program.", "2022-10-26", None),
    # cp_4cdbd50e1ecb, cp_84bfcfa255d0, cp_902fda0a1563: a window that starts at its date, not a span to now
    ("window-after-date", "The President agreed that additional federal emergency aid would cover 100% of the cost "
                          "associated with storm debris removal for a period of 30 days after the Major Disaster "
                          "Declaration on December 12, 2021.", "2022-01-05", None),
    # cp_8906af093bc6: "marking 50 years from the war's end in 1975" runs to 2025, not from 2012
    ("span-between-sentence-dates", "The program was launched in 2012 by President Barack Obama and concludes on "
                                    "Veterans Day in 2025, marking 50 years from the Vietnam War's end in 1975.",
     "2021-11-05", None),
    # cp_35ae4236faf0, cp_b0c26f6099fe: a list of figures right after each other is an enumeration, even
    # where the parser hangs the second noun on the first as an apposition
    ("enumeration-not-apposition", "The grant will fund 506 pre-placed crypts, 548 cremains gravesites, 640 "
                                   "columbarium niches, an administration building, maintenance facility, committal "
                                   "service shelter, and landscaping.", "2023-10-10", None),
    # cp_c9257f53a09e: a headline's total is the sum of the story's parts ($168 million + $203 million)
    ("headline-total-of-parts", "Senator’s efforts continue military build-up in Alaska with more than $371 million for "
                                "state\n\nThe legislation authorizes roughly $168 million in military construction and "
                                "equipment for Alaska and the Arctic. This funding is in addition to a $203 million "
                                "military construction project at Joint Base Elmendorf-Richardson.", "2023-07-28", None),
    # cp_e24c17a4bf25: "two additional cartels" are added ones, not the set "your designation of eight cartels" restates
    ("added-part-not-restated", "We urge you to designate two additional Venezuelan cartels. Your designation of eight "
                                "Latin American cartels as foreign terrorist organizations is a powerful tool.",
     "2025-03-01", None),
    # cp_10ccc034b0d6, cp_90a5ae637bb8: items of a list separated by semicolons; none is the whole of the next
    ("semicolon-list-items", "Senator Britt also fought to fund critical health care and educational programs, "
                             "including $8.8 billion for the Child Care and Development Block Grant (CCDBG); $12.4 "
                             "billion for Head Start and Early Head Start; $315 million for Preschool Development Block "
                             "Grants; and $90 million for the Supporting Effective Educator Development (SEED) program.",
     "2023-07-27", None),
    ("semicolon-list-increases", "The law targeted increases to propel cures and treatments, including: a $75 million "
                                 "increase for mental health research; a $100 million increase for Alzheimer’s disease "
                                 "research; a $120 million increase for cancer research; a $5 million increase for "
                                 "opioid research; and a $10 million increase for diabetes research.", "2024-03-25", None),
    # cp_cfcdc57897fe: the same, a levee project's components
    ("enumeration-components", "It will include 18.5 miles of levees, 11 flood walls, 7 drainage structures, 5 "
                               "gates, 2 pump stations and 1 bridge.", "2025-08-20", None),
    # cp_c1984d9a7e30: "an increase of $1.2 billion" is a change, not "$25.3 billion of $1.2 billion"
    ("increase-of-no-partitive", "The bill provides $25.3 billion—an increase of $1.2 billion above FY25—for the "
                                 "National Nuclear Security Administration.", "2025-07-10", None),
    # cp_a0a5efe0cc29: a later paragraph's "the 2,737 school buses" is this round, not the programme's 5,000
    ("definite-count-other-paragraph", "In total, the program has funded approximately 5,000 electric and "
                                       "low-emission school buses nationwide.\n\nOut of the 2,737 school buses, 95% "
                                       "will be electric, the White House said.", "2023-01-10", None),
    # cp_5cd649efc25b: a schedule's span, its end in CT, is no time told in two zones
    ("time-span-not-two-zones", "Office hours will be held on Tuesday, January 25th, from 1:30 PM – 2:30 PM CT and "
                                "3:30 PM – 4:30 PM CT respectively.", "2022-01-24", "Washington, D.C."),
    # cp_2691d4950780: the same on a line of its own, the start's zone taken from the dateline
    ("time-span-dateline", "10:00 a.m. – 11:00 a.m. MDT", "2024-07-18", "Bismarck"),
    # cp_9cb7128d3fd6: another lender's figures in the next sentence are no breakdown of the first's
    ("giving-is-not-a-share", "Since meeting the criteria for graduation from lending in 2016, the World Bank approved "
                              "$9.6 billion in projects to China. The Asian Development Bank provided China with $10.6 "
                              "billion in loans and $2.4 billion in non-sovereign commitments in China during that same "
                              "timeframe.", "2023-05-01", None),
    # cp_b3793733317e: two lists of grants under two programmes; a modifier of its own names another set
    ("frame-other-programme", "For the full list of 253 AFG grants awarded to Virginia communities since 2015, click "
                              "here.\n\nSo far in 2023, the following localities in Virginia received SAFER grants.\n\n"
                              "For the full list of 72 SAFER grants awarded to Virginia communities since 2015, click "
                              "here.", "2023-08-01", None),
    # cp_ed5161640224: a day without its year ("Jan. 6", of 2021) dates no span of years
    ("yearless-day-no-years", "The events of Jan. 6 were tragic, and four years later, it is concerning that the "
                              "public still does not know the truth.", "2024-09-04", None),
    # cp_a77fdda1030a: "that" opens a clause and "American" is no participle of an event: another group of people
    ("that-clause-not-definite", "Meanwhile, as many as 40 million Americans are behind on housing payments. Making the "
                                 "tax credit fully refundable will ensure that 27 million American children receive "
                                 "the full value of the tax credit.", "2021-03-05", None),
]

KEPT = [
    # cp_56589a120d74: $302 billion + $241 billion is $543 billion, not $545 billion
    ("list-sum-545", "If the government continues to spend at current rates, this plan would trigger an automatic $302 "
                     "billion cut in FY24 and another $241 billion cut in FY25 for a total of $545 billion in the "
                     "two-year period.", "2023-05-30", "list-sum-mismatch"),
    # cp_e7310160b7bb: 251,875 to 2.9 million is a rise of about 1,050%, not 1,157%
    ("percent-1157", "Nationwide, the number of initial claims rose from 251,875 during the week ending March 14, "
                     "2020, to 2.9 million during the week ending March 21, a 1,157 percent increase.", "2024-06-25",
     "percent-change-mismatch"),
    # cp_3471423cee62: $4 million to $40 million is ten times as much, a rise of 900%, not 1000%
    ("percent-1000", "Since coming to Congress in 2017, Suozzi has helped deliver an increase of 1000% in funding to "
                     "improve the Long Island Sound. He was Co-Chair of the bipartisan Long Island Sound Caucus, and "
                     "during his tenure, helped increase funding for the Long Island Sound Geographic Program by 1000% "
                     "(from $4 million in 2016 to $40 million in 2023)", "2024-07-17", "percent-change-mismatch"),
    # cp_ff99795bf0ae: 3 January 2022 was a Monday
    ("weekday-jan-3", "Thursday, January 3, 2022", "2022-01-20", "weekday-mismatch"),
    # cp_a8cd356f9a8c: 49 dollars to 15 (the unit left unsaid) is a cut of 69%, not 60%
    ("percent-60-cut", "And for breastfeeding moms, this extreme proposal imposes a devastating 60 percent cut from "
                       "49 dollars to just 15 each month.", "2023-07-26", "percent-change-mismatch"),
]


@pytest.mark.parametrize("case,text,date,dateline", QUIET, ids=[c[0] for c in QUIET])
def test_real_false_alarm_stays_quiet(case, text, date, dateline):
    findings = factcheck.check(text, date=date, dateline=dateline)
    assert findings == [], f"false alarm ({case}): " + "; ".join(f"{f.rule} {f.message}" for f in findings)


@pytest.mark.parametrize("case,text,date,rule", KEPT, ids=[c[0] for c in KEPT])
def test_real_slip_is_still_flagged(case, text, date, rule):
    assert rule in {f.rule for f in factcheck.check(text, date=date)}


def test_real_window_counted_from_its_start_is_not_even_a_possible_span():
    # cp_ce48eecc1f03: "the first five years following" the 2017 act is a window, not a span to now
    text = ("In the first five years following the $2 trillion Tax Cuts and Jobs Act (TCJA) passed by Republicans "
            "and signed by President Trump in 2017, 35 companies raked in $277 billion in domestic profits.")
    assert factcheck.check(text, date="2024-09-27", min_confidence="possible") == []
