"""Builds the blind held-out phrasing files and verifies each case's arithmetic.

Each case text holds one ``[[bad|good]]`` slot: the bad text takes the first value,
the good twin the second. ``v`` holds the figures the verifier recomputes.
Run: python3 benchmarks/heldout/build.py   (rewrites benchmarks/heldout/<kind>.yaml)
"""
from __future__ import annotations

import datetime as dt
import pathlib
import re
from zoneinfo import ZoneInfo

import yaml

HERE = pathlib.Path(__file__).resolve().parent
SLOT = re.compile(r"\[\[(.*?)\|(.*?)\]\]")


def split(text: str) -> tuple[str, str]:
    assert len(SLOT.findall(text)) == 1, text
    return SLOT.sub(lambda m: m.group(1), text), SLOT.sub(lambda m: m.group(2), text)


def emit(kind: str, rule: str, cases: list[dict], verify) -> None:
    out = []
    for i, c in enumerate(cases, 1):
        verify(c)
        bad, good = split(c["text"])
        assert bad != good
        case = {"id": f"{kind}-h{i:02d}", "form": c["form"]}
        if c.get("date"):
            case["date"] = dt.date.fromisoformat(c["date"])
        if c.get("dateline"):
            case["dateline"] = c["dateline"]
        case.update(bad=bad, good=good, why=c["why"])
        out.append(case)
    assert len(out) == 25, (kind, len(out))
    doc = {"kind": kind, "rule": rule, "cases": out}
    (HERE / f"{kind}.yaml").write_text(
        yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")
    print(f"{kind}: {len(out)} cases verified")


# ---------------------------------------------------------------- tz_offset
def verify_tz(c):
    zone, local, bad, good = c["v"]
    t = dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo(zone))
    u = t.astimezone(dt.timezone.utc)
    if c["v_mode"] == "utc":   # the slot holds the UTC time
        assert u.strftime("%H:%M") == good, (c["text"], u)
        assert u.strftime("%H:%M") != bad
    else:                      # the slot holds the local time; v gives UTC in 'local'
        raise AssertionError
    if c.get("date"):
        d = dt.date.fromisoformat(c["date"])
        assert abs((t.date() - d).days) <= 7


def verify_tz_local(c):
    zone, utc, bad_local, good_local = c["v"]
    u = dt.datetime.fromisoformat(utc).replace(tzinfo=dt.timezone.utc)
    loc = u.astimezone(ZoneInfo(zone)).strftime("%H:%M")
    assert loc == good_local and loc != bad_local, (loc, c["text"])


TZ = [
    dict(form="12h local with dateline place, GMT in brackets, trailing attribution", date="2023-07-14", dateline="Paris",
         text="The march set off from Place de la Bastille at 2pm ([[1300|1200]] GMT), police said.",
         v=("Europe/Paris", "2023-07-14T14:00", "13:00", "12:00"), why="Paris keeps CEST (UTC+2) on 14 July 2023: 2pm = 1200 GMT, not 1300"),
    dict(form="'Denver time' with a.m./p.m. dots, GMT rolls into next day", date="2022-11-08", dateline="Denver",
         text="Polls in Colorado close at 7 p.m. Denver time ([[0100|0200]] GMT Wednesday), and the first results are expected within the hour.",
         v=("America/Denver", "2022-11-08T19:00", "01:00", "02:00"), why="DST ended on 6 Nov 2022, so Denver is MST (UTC-7): 7pm = 0200 GMT, not 0100"),
    dict(form="24h with colon, 'Moscow time', weekday later in week", date="2021-03-15", dateline="Moscow",
         text="The Soyuz rocket is scheduled to lift off at 18:45 Moscow time ([[14:45|15:45]] GMT) on Thursday.",
         v=("Europe/Moscow", "2021-03-18T18:45", "14:45", "15:45"), why="Moscow is UTC+3 all year: 18:45 = 15:45 GMT, not 14:45"),
    dict(form="'1845h' wire style, 'local time'", date="2019-05-10", dateline="Cairo",
         text="The first convoy crossed at 1845h local time ([[1545|1645]] GMT), an Egyptian official said.",
         v=("Africa/Cairo", "2019-05-10T18:45", "15:45", "16:45"), why="Egypt kept no DST in 2019 (UTC+2): 1845 = 1645 GMT, not 1545"),
    dict(form="'noon', southern-hemisphere summer time", date="2024-01-26", dateline="Canberra",
         text="The citizenship ceremony on the lawns of Parliament House begins at noon ([[0200|0100]] GMT).",
         v=("Australia/Sydney", "2024-01-26T12:00", "02:00", "01:00"), why="Canberra is on AEDT (UTC+11) in January: noon = 0100 GMT, not 0200"),
    dict(form="zone abbreviation EDT, minutes", date="2023-09-20", dateline="New York",
         text="The president will address the General Assembly at 10:30 a.m. EDT ([[1530|1430]] GMT).",
         v=("America/New_York", "2023-09-20T10:30", "15:30", "14:30"), why="EDT is UTC-4: 10:30am = 1430 GMT, not 1530"),
    dict(form="half-hour zone, abbreviation IST, passive-ish clause order", date="2024-06-04", dateline="New Delhi",
         text="Counting of votes began at 8am IST ([[0300|0230]] GMT) at centres across India.",
         v=("Asia/Kolkata", "2024-06-04T08:00", "03:00", "02:30"), why="India is UTC+5:30: 8am = 0230 GMT, not 0300"),
    dict(form="market close, bare 12h time", date="2020-03-11", dateline="Tokyo",
         text="The Nikkei average ended the session lower at 3pm ([[0700|0600]] GMT).",
         v=("Asia/Tokyo", "2020-03-11T15:00", "07:00", "06:00"), why="Tokyo is UTC+9: 3pm = 0600 GMT, not 0700"),
    dict(form="British 9.30pm with full stop, DST just begun", date="2023-10-10", dateline="Sydney",
         text="The fireworks over Sydney Harbour will start at 9.30pm ([[1130|1030]] GMT).",
         v=("Australia/Sydney", "2023-10-10T21:30", "11:30", "10:30"), why="Sydney moved to AEDT (UTC+11) on 1 Oct 2023: 9.30pm = 1030 GMT, not 1130 (that is AEST)"),
    dict(form="sports report, zone abbreviation BST", date="2024-08-01", dateline="London",
         text="Kick-off at Wembley is at 5.30pm BST ([[1730|1630]] GMT).",
         v=("Europe/London", "2024-08-01T17:30", "17:30", "16:30"), why="BST is UTC+1: 5.30pm BST = 1630 GMT, not 1730"),
    dict(form="court report, PDT with minutes, place in trailing phrase", date="2021-07-20", dateline="Los Angeles",
         text="The verdict was read at 10:15 a.m. PDT ([[1815|1715]] GMT) in a Los Angeles courtroom.",
         v=("America/Los_Angeles", "2021-07-20T10:15", "18:15", "17:15"), why="PDT is UTC-7: 10:15am = 1715 GMT, not 1815"),
    dict(form="passive voice, 'local time'", date="2022-08-09", dateline="Nairobi",
         text="Polling stations were closed at 5pm local time ([[1500|1400]] GMT) and counting began shortly afterwards.",
         v=("Africa/Nairobi", "2022-08-09T17:00", "15:00", "14:00"), why="Nairobi is UTC+3: 5pm = 1400 GMT, not 1500"),
    dict(form="'midnight', half-hour zone after DST abolished", date="2024-07-05", dateline="Tehran",
         text="Polling was extended until midnight ([[1930|2030]] GMT), state television reported.",
         v=("Asia/Tehran", "2024-07-06T00:00", "19:30", "20:30"), why="Iran dropped DST in 2022 and is UTC+3:30: midnight = 2030 GMT, not 1930"),
    dict(form="place named in text ('in New York'), winter", date="2022-01-20", dateline="New York",
         text="Wall Street opened lower at 9:30 a.m. in New York ([[1330|1430]] GMT).",
         v=("America/New_York", "2022-01-20T09:30", "13:30", "14:30"), why="New York is EST (UTC-5) in January: 9:30am = 1430 GMT, not 1330"),
    dict(form="US sports, 'Central' zone word, GMT next day", date="2023-05-17", dateline="Chicago",
         text="First pitch at Wrigley Field is set for 7:05 p.m. Central ([[0105|0005]] GMT Thursday).",
         v=("America/Chicago", "2023-05-17T19:05", "01:05", "00:05"), why="Central daylight time is UTC-5: 7:05pm = 0005 GMT, not 0105"),
    dict(form="hedge 'at about', witnesses", date="2022-02-24", dateline="Kyiv",
         text="The first explosions were heard in the capital at about 5am ([[0200|0300]] GMT), witnesses said.",
         v=("Europe/Kyiv", "2022-02-24T05:00", "02:00", "03:00"), why="Kyiv is EET (UTC+2) in February: 5am = 0300 GMT, not 0200"),
    dict(form="UTC instead of GMT, date in text", date="2019-05-20", dateline="Berlin",
         text="Polling stations across Germany close at 6pm on 26 May ([[1700|1600]] UTC).",
         v=("Europe/Berlin", "2019-05-26T18:00", "17:00", "16:00"), why="Germany is CEST (UTC+2) on 26 May 2019: 6pm = 1600 UTC, not 1700"),
    dict(form="DST change inside the week, weekday and date in text", date="2025-03-26", dateline="London",
         text="The half marathon starts at 9am on Sunday 30 March ([[0900|0800]] GMT), after the clocks go forward.",
         v=("Europe/London", "2025-03-30T09:00", "09:00", "08:00"), why="clocks go forward at 1am on 30 March 2025, so 9am BST = 0800 GMT, not 0900"),
    dict(form="'a.m.' with 'local time', DST abolished", date="2023-06-10", dateline="Mexico City",
         text="The earthquake struck at 11:47 a.m. local time ([[1647|1747]] GMT), the national seismological service said.",
         v=("America/Mexico_City", "2023-06-10T11:47", "16:47", "17:47"), why="Mexico City dropped DST in 2022 and is UTC-6: 11:47am = 1747 GMT, not 1647"),
    dict(form="southern winter, by-election", date="2024-06-15", dateline="Auckland",
         text="Voting in the by-election closes at 7pm ([[0600|0700]] GMT).",
         v=("Pacific/Auckland", "2024-06-15T19:00", "06:00", "07:00"), why="Auckland is NZST (UTC+12) in June: 7pm = 0700 GMT, not 0600"),
    dict(form="HST abbreviation, GMT rolls to next weekday", date="2023-08-09", dateline="Honolulu",
         text="The evacuation order took effect at 6 p.m. HST ([[0300|0400]] GMT Thursday).",
         v=("Pacific/Honolulu", "2023-08-09T18:00", "03:00", "04:00"), why="HST is UTC-10: 6pm Wednesday = 0400 GMT Thursday, not 0300"),
    dict(form="'Brasilia time', election night", date="2022-10-30", dateline="Brasilia",
         text="Polls closed at 5pm Brasilia time ([[1900|2000]] GMT) on Sunday.",
         v=("America/Sao_Paulo", "2022-10-30T17:00", "19:00", "20:00"), why="Brazil kept no DST in 2022 (UTC-3): 5pm = 2000 GMT, not 1900"),
    dict(form="'Singapore time'", date="2024-05-15", dateline="Singapore",
         text="The handover ceremony was held at 11am Singapore time ([[0400|0300]] GMT).",
         v=("Asia/Singapore", "2024-05-15T11:00", "04:00", "03:00"), why="Singapore is UTC+8: 11am = 0300 GMT, not 0400"),
    dict(form="'although' clause after the time", date="2023-02-25", dateline="Lagos",
         text="Voting officially ended at 2.30pm ([[1430|1330]] GMT), although queues remained at many polling units.",
         v=("Africa/Lagos", "2023-02-25T14:30", "14:30", "13:30"), why="Lagos is UTC+1: 2.30pm = 1330 GMT, not 1430"),
]
for _c in TZ:
    _c["v_mode"] = "utc"
TZ.append(dict(form="GMT first, local time in brackets with 'in Riyadh'", date="2023-06-27", dateline="Mecca",
               text="At 0300 GMT ([[7am|6am]] in Riyadh), pilgrims began moving towards Mount Arafat.",
               v=("Asia/Riyadh", "2023-06-27T03:00", "07:00", "06:00"), v_mode="local",
               why="Saudi Arabia is UTC+3: 0300 GMT = 6am in Riyadh, not 7am"))


def verify_tz_any(c):
    if c["v_mode"] == "local":
        verify_tz_local(c)
    else:
        verify_tz(c)


emit("tz_offset", "utc-offset-mismatch", TZ, verify_tz_any)


# ---------------------------------------------------------------- part_whole
def verify_pw(c):
    whole, bad_parts, good_parts, hedge = c["v"]
    hi = {"": whole, "about": whole * 1.1, "some": whole * 1.1, "nearly": whole}[hedge]
    assert sum(bad_parts) > hi, c["text"]
    assert sum(good_parts) <= whole, c["text"]


PW = [
    dict(form="'Of the N ..., A are X and B are Y', British regional", text="Of the 312 pupils at the village school, 170 are girls and [[168|142]] are boys.",
         v=(312, [170, 168], [170, 142], ""), why="170 girls + 168 boys = 338, more than the 312 pupils"),
    dict(form="court report, 'including' with number words", text="Hughes, 42, faces 11 charges, including seven counts of fraud and [[five|four]] of money laundering.",
         v=(11, [7, 5], [7, 4], ""), why="7 fraud + 5 money-laundering counts = 12, more than the 11 charges"),
    dict(form="sports, halves of a season's goals", text="Of the 25 league goals Rovers have scored this season, 14 came in the first half and [[13|11]] after the break.",
         v=(25, [14, 13], [14, 11], ""), why="14 + 13 = 27 goals, more than the 25 scored"),
    dict(form="weather, days of a month", text="Of the 31 days in July, 19 were wet and [[15|12]] were dry, the Met Office said.",
         v=(31, [19, 15], [19, 12], ""), why="19 wet + 15 dry days = 34, more than July's 31"),
    dict(form="election night, seats with ellipsis", text="Of the 650 seats in the Commons, Labour won 411 and the Conservatives [[250|121]].",
         v=(650, [411, 250], [411, 121], ""), why="411 + 250 = 661 seats, more than the 650 in the Commons"),
    dict(form="science, 'including' by country", text="The team sequenced 1,200 tick samples, including 700 from Kenya and [[640|440]] from Uganda.",
         v=(1200, [700, 640], [700, 440], ""), why="700 + 640 = 1,340 samples, more than the 1,200 sequenced"),
    dict(form="business wire, hedged whole 'about'", text="The company employs about 4,500 people, including 2,900 in Germany and [[2,400|1,400]] in Poland.",
         v=(4500, [2900, 2400], [2900, 1400], "about"), why="2,900 + 2,400 = 5,300 staff, well above 'about 4,500'"),
    dict(form="passive voice, 'some', 'of which'", text="Some 60 homes were damaged, 41 of which were in Ashby and [[29|19]] in Coleorton.",
         v=(60, [41, 29], [41, 19], "some"), why="41 + 29 = 70 homes, more than 'some 60'"),
    dict(form="obituary, 'of them'", text="She leaves 11 grandchildren, seven of them in Canada and [[five|four]] in Australia.",
         v=(11, [7, 5], [7, 4], ""), why="7 + 5 = 12 grandchildren, more than the 11 she leaves"),
    dict(form="government statement, money", text="The £45m transport package includes £30m for road repairs and £[[20|15]]m for bus services, the minister said.",
         v=(45, [30, 20], [30, 15], ""), why="£30m + £20m = £50m, more than the £45m package"),
    dict(form="number word whole, breakdown in parentheses", text="Twenty-three people ([[15 passengers and 10 crew|15 passengers and 8 crew]]) were rescued from the ferry.",
         v=(23, [15, 10], [15, 8], ""), why="15 passengers + 10 crew = 25, more than the 23 rescued"),
    dict(form="colon breakdown", text="The hospital treated 48 patients overnight: 30 adults and [[21|18]] children.",
         v=(48, [30, 21], [30, 18], ""), why="30 adults + 21 children = 51, more than the 48 patients"),
    dict(form="apposition between dashes, three parts", text="The council's 51 members – 29 Liberal Democrats, 18 Conservatives and [[seven|four]] independents – voted on the plan.",
         v=(51, [29, 18, 7], [29, 18, 4], ""), why="29 + 18 + 7 = 54 members, more than 51"),
    dict(form="parts before the whole", text="With 212 men and [[198|188]] women taking part, the 400 runners set off at 9am.",
         v=(400, [212, 198], [212, 188], ""), why="212 men + 198 women = 410, more than the 400 runners"),
    dict(form="breakdown across two sentences, 'Of those'", text="A total of 1,340 homes lost power. Of those, 820 were in Westbury and [[590|520]] in Trowbridge.",
         v=(1340, [820, 590], [820, 520], ""), why="820 + 590 = 1,410 homes, more than the 1,340 that lost power"),
    dict(form="relative clause 'who included'", text="The 37 migrants, who included 22 men and [[19|15]] women, were taken to Dover.",
         v=(37, [22, 19], [22, 15], ""), why="22 men + 19 women = 41, more than the 37 migrants"),
    dict(form="hedge 'nearly' on the whole", text="Nearly 200 flights were cancelled, including 150 at Heathrow and [[90|40]] at Gatwick.",
         v=(200, [150, 90], [150, 40], "nearly"), why="150 + 90 = 240 flights, more than 'nearly 200'"),
    dict(form="court, verdicts, number words", text="Of the 16 defendants, nine were convicted and [[eight|seven]] were acquitted.",
         v=(16, [9, 8], [9, 7], ""), why="9 convicted + 8 acquitted = 17, more than the 16 defendants"),
    dict(form="US local TV, 'of them' after a time phrase", text="Firefighters responded to 94 calls over the holiday weekend, 61 of them for fireworks-related fires and [[40|33]] for medical emergencies.",
         v=(94, [61, 40], [61, 33], ""), why="61 + 40 = 101 calls, more than 94"),
    dict(form="election, votes with 'with ... cast for'", text="Turnout was 48,210, with 25,110 votes cast for Smith and [[23,400|23,100]] for Jones.",
         v=(48210, [25110, 23400], [25110, 23100], ""), why="25,110 + 23,400 = 48,510 votes, more than the turnout of 48,210"),
    dict(form="science, participants by sex", text="Of the 2,000 participants in the trial, 1,150 were women and [[950|850]] were men.",
         v=(2000, [1150, 950], [1150, 850], ""), why="1,150 + 950 = 2,100, more than the 2,000 participants"),
    dict(form="sports, squad 'includes'", text="The 23-man squad includes 12 forwards and [[13|11]] backs.",
         v=(23, [12, 13], [12, 11], ""), why="12 forwards + 13 backs = 25, more than the 23-man squad"),
    dict(form="housing, 'will include ... for'", text="The 120 new homes will include 80 for private sale and [[45|40]] for social rent.",
         v=(120, [80, 45], [80, 40], ""), why="80 + 45 = 125 homes, more than the 120 planned"),
    dict(form="obituary, 'one of N children' apposition", text="Born in Cork, he was one of 12 children, five boys and [[eight|seven]] girls.",
         v=(12, [5, 8], [5, 7], ""), why="5 boys + 8 girls = 13, more than the 12 children"),
    dict(form="weather, flood warnings, 'in force'", text="Of the 14 flood warnings in force on Sunday night, nine were in Cumbria and [[seven|five]] in Lancashire.",
         v=(14, [9, 7], [9, 5], ""), why="9 + 7 = 16 warnings, more than the 14 in force"),
]
emit("part_whole", "part-exceeds-whole", PW, verify_pw)


# ---------------------------------------------------------------- list_sum
def verify_ls(c):
    whole, bad_parts, good_parts = c["v"]
    assert round(sum(bad_parts), 6) < whole, c["text"]
    assert round(sum(good_parts), 6) == whole, c["text"]


LS = [
    dict(form="'is made up of', parties", text="The 60-member assembly is made up of 30 Labour members, 16 Plaid Cymru members and [[11|14]] Conservatives.",
         v=(60, [30, 16, 11], [30, 16, 14]), why="30 + 16 + 11 = 57, fewer than the 60 members"),
    dict(form="colon breakdown, adjectives as categories", text="The new hospital has 412 beds: 250 general, 96 surgical and [[46|66]] maternity.",
         v=(412, [250, 96, 46], [250, 96, 66]), why="250 + 96 + 46 = 392, not 412"),
    dict(form="'break down as', number words", text="The 27 arrests break down as 14 for public order offences, eight for assault and [[three|five]] for criminal damage.",
         v=(27, [14, 8, 3], [14, 8, 5]), why="14 + 8 + 3 = 25, not 27"),
    dict(form="US budget, 'is split between', scale words", text="The $1.2 billion budget is split between $700 million for schools, $300 million for roads and $[[100|200]] million for parks.",
         v=(1200, [700, 300, 100], [700, 300, 200]), why="$700m + $300m + $100m = $1.1bn, not $1.2bn"),
    dict(form="election, 'shared out as follows' with names first", text="The 150 seats were shared out as follows: the Freedom Party 68, the Social Democrats 52 and smaller parties [[25|30]].",
         v=(150, [68, 52, 25], [68, 52, 30]), why="68 + 52 + 25 = 145, not 150"),
    dict(form="sports, medal table 'comprised'", text="The team's haul of 31 medals comprised 11 golds, 10 silvers and [[eight|10]] bronzes.",
         v=(31, [11, 10, 8], [11, 10, 10]), why="11 + 10 + 8 = 29, not 31"),
    dict(form="breakdown in a second sentence, 'They comprise'", text="A total of 96 candidates are standing. They comprise 40 from the ruling party, 35 from the opposition and [[15|21]] independents.",
         v=(96, [40, 35, 15], [40, 35, 21]), why="40 + 35 + 15 = 90, not 96"),
    dict(form="business wire, passive 'will be made up of'", text="The 1,250 jobs will be made up of 800 in manufacturing, 300 in logistics and [[100|150]] in head office roles.",
         v=(1250, [800, 300, 100], [800, 300, 150]), why="800 + 300 + 100 = 1,200, not 1,250"),
    dict(form="parts before total, 'from N games'", text="With 18 wins, seven draws and [[five|seven]] defeats from their 32 league games, City finished fourth.",
         v=(32, [18, 7, 5], [18, 7, 7]), why="18 + 7 + 5 = 30 results, not 32 games"),
    dict(form="science, 'were split into'", text="The 500 volunteers were split into a treatment group of 260 and a placebo group of [[220|240]].",
         v=(500, [260, 220], [260, 240]), why="260 + 220 = 480, not 500"),
    dict(form="weather, measures with weekdays", text="The 58mm of rain that fell last week was made up of 20mm on Monday, 25mm on Tuesday and [[8|13]]mm on Wednesday.",
         v=(58, [20, 25, 8], [20, 25, 13]), why="20 + 25 + 8 = 53mm, not 58mm"),
    dict(form="government, 'deployed as follows:'", text="The 2,400 new officers will be deployed as follows: 1,000 in London, 800 in the Midlands and [[400|600]] in the North.",
         v=(2400, [1000, 800, 400], [1000, 800, 600]), why="1,000 + 800 + 400 = 2,200, not 2,400"),
    dict(form="court, 'on all N counts:'", text="He was convicted on all nine counts: four of fraud, three of forgery and [[one|two]] of perjury.",
         v=(9, [4, 3, 1], [4, 3, 2]), why="4 + 3 + 1 = 8 counts, not 9"),
    dict(form="obituary, dash apposition", text="She is survived by her 14 grandchildren – eight granddaughters and [[five|six]] grandsons.",
         v=(14, [8, 5], [8, 6]), why="8 + 5 = 13 grandchildren, not 14"),
    dict(form="business wire, revenue 'comprised'", text="Quarterly revenue of $84 million comprised $50 million from subscriptions and $[[30|34]] million from advertising.",
         v=(84, [50, 30], [50, 34]), why="$50m + $30m = $80m, not $84m"),
    dict(form="number-word whole, em-dash nationality list", text="The crew of twelve — seven Filipinos, three Ukrainians and [[one Indian|two Indians]] — were all rescued.",
         v=(12, [7, 3, 1], [7, 3, 2]), why="7 + 3 + 1 = 11, not the crew of twelve"),
    dict(form="US local TV, 'break down as ... for and ... against'", text="The 4,312 ballots counted so far break down as 2,100 for Measure A and [[2,000|2,212]] against.",
         v=(4312, [2100, 2000], [2100, 2212]), why="2,100 + 2,000 = 4,100, not 4,312"),
    dict(form="sports, scorers in parentheses, 'came from'", text="The 11 goals in the tie came from Smith (four), Jones (three) and Brown ([[two|four]]).",
         v=(11, [4, 3, 2], [4, 3, 4]), why="4 + 3 + 2 = 9 goals, not 11"),
    dict(form="recall, breakdown in parentheses", text="The carmaker recalled 36,000 vehicles (21,000 in the US, 9,000 in Canada and [[4,000|6,000]] in Mexico).",
         v=(36000, [21000, 9000, 4000], [21000, 9000, 6000]), why="21,000 + 9,000 + 4,000 = 34,000, not 36,000"),
    dict(form="science, 'comprise' with recorded", text="The 230 species recorded in the survey comprise 140 birds, 60 mammals and [[20|30]] reptiles.",
         v=(230, [140, 60, 20], [140, 60, 30]), why="140 + 60 + 20 = 220 species, not 230"),
    dict(form="council, restated whole 'That workforce is made up of'", text="The council employs 3,480 staff. That workforce is made up of 2,100 full-time and [[1,280|1,380]] part-time employees.",
         v=(3480, [2100, 1280], [2100, 1380]), why="2,100 + 1,280 = 3,380 staff, not 3,480"),
    dict(form="money shares, 'divided among ... who took'", text="The £9,000 prize pot was divided among the three winners, who took £5,000, £[[2,000|3,000]] and £1,000.",
         v=(9000, [5000, 2000, 1000], [5000, 3000, 1000]), why="£5,000 + £2,000 + £1,000 = £8,000, not £9,000"),
    dict(form="weather, total after the parts, decimals", text="Ayr recorded 4.1 hours of sunshine, Troon 3.5 hours and Prestwick [[2.2|3.2]] hours, a combined total of 10.8 hours.",
         v=(10.8, [4.1, 3.5, 2.2], [4.1, 3.5, 3.2]), why="4.1 + 3.5 + 2.2 = 9.8 hours, not 10.8"),
    dict(form="charity, 'consisting of'", text="The appeal raised £62,000, consisting of £40,000 in public donations and £[[12,000|22,000]] from local businesses.",
         v=(62000, [40000, 12000], [40000, 22000]), why="£40,000 + £12,000 = £52,000, not £62,000"),
    dict(form="school roll, 'split across ... with' year groups", text="The school's 540 pupils are split across three year groups, with 190 in Year 7, 180 in Year 8 and [[150|170]] in Year 9.",
         v=(540, [190, 180, 150], [190, 180, 170]), why="190 + 180 + 150 = 520 pupils, not 540"),
]
emit("list_sum", "list-sum-mismatch", LS, verify_ls)


# ---------------------------------------------------------------- differing_totals
def bounds(x, hedge):
    return {"": (x, x), "about": (0.9 * x, 1.1 * x), "some": (0.9 * x, 1.1 * x),
            "more than": (x + 1e-9, float("inf")), "nearly": (0.9 * x, x)}[hedge]


def verify_dt(c):
    first, hedge, bad, good, good_hedge = c["v"]
    lo, hi = bounds(first, hedge)
    assert not (lo <= bad <= hi), c["text"]
    glo, ghi = bounds(good, good_hedge)
    assert max(lo, glo) <= min(hi, ghi), c["text"]   # the two mentions can be the same figure


DT = [
    dict(form="'confirmed the police figure of' in a second sentence", text="Police said 3,500 people attended the vigil on Saturday evening. Organisers later confirmed the police figure of [[5,300|3,500]] people.",
         v=(3500, "", 5300, 3500, ""), why="the restated crowd of 5,300 contradicts the 3,500 first given"),
    dict(form="'That figure, N, was repeated by' apposition", text="The council says 212 households were flooded. That figure, [[221|212]] households, was repeated by the Environment Agency on Friday.",
         v=(212, "", 221, 212, ""), why="'that figure' restates 212 households as 221"),
    dict(form="'gave the number of ... as'", text="The airline cancelled 480 flights on Monday. A spokesman gave the number of cancelled flights as [[840|480]].",
         v=(480, "", 840, 480, ""), why="480 cancelled flights restated as 840"),
    dict(form="court report, money 'repeated the figure of'", text="The jury heard that Smith stole £86,000 from the charity. In her closing speech, the prosecutor repeated the figure of £[[68,000|86,000]].",
         v=(86000, "", 68000, 86000, ""), why="£86,000 restated as £68,000"),
    dict(form="death toll 'put the toll at' after a first report", text="The health ministry said 57 people had been killed in the strike. The UN, citing the ministry, put the toll at [[75|57]].",
         v=(57, "", 75, 57, ""), why="the UN is citing the ministry, yet 75 contradicts the ministry's 57"),
    dict(form="sports, 'gave the attendance as'", text="A crowd of 41,250 watched the final at Hampden. The club gave the attendance as [[42,150|41,250]] in its match report.",
         v=(41250, "", 42150, 41250, ""), why="attendance of 41,250 restated as 42,150"),
    dict(form="election, 'confirmed the total of ... votes'", text="Turnout in the ward was 6,402 votes. The returning officer confirmed the total of [[6,204|6,402]] votes at the count.",
         v=(6402, "", 6204, 6402, ""), why="turnout of 6,402 votes restated as 6,204"),
    dict(form="science, 'That figure,' plus restrictive relative", text="The researchers tracked 1,140 patients over five years. That figure, [[1,410|1,140]] patients, makes it the largest study of its kind.",
         v=(1140, "", 1410, 1140, ""), why="1,140 patients restated as 1,410"),
    dict(form="'likewise cited' in speech", text="Fire officials counted 96 wildfires across the state on Tuesday. Speaking at a news conference, the governor likewise cited [[69|96]] wildfires.",
         v=(96, "", 69, 96, ""), why="'likewise cited' restates 96 wildfires as 69"),
    dict(form="hedged first mention 'more than', restated lower", text="More than 35 people were taken to hospital after the crash. The ambulance service repeated the figure of [[28|38]] people in a statement.",
         v=(35, "more than", 28, 38, ""), why="28 cannot be 'more than 35'"),
    dict(form="hedge 'nearly', restated higher", text="Nearly 900 homes were still without power last night. Western Power repeated the figure of [[960|890]] homes this morning.",
         v=(900, "nearly", 960, 890, ""), why="960 homes cannot be 'nearly 900'"),
    dict(form="US local TV, 'put the number at'", text="Deputies said 17 vehicles were involved in the pileup on I-70. The highway patrol, repeating the deputies' account, put the number at [[27|17]] vehicles.",
         v=(17, "", 27, 17, ""), why="17 vehicles restated as 27 in the same account"),
    dict(form="government, 'quoted the same figure,'", text="The department has approved 1,265 applications since January. The minister quoted the same figure, [[1,256|1,265]] applications, in Parliament.",
         v=(1265, "", 1256, 1265, ""), why="'the same figure' is 1,256, not 1,265"),
    dict(form="business wire, scale word 'million'", text="The company shipped 4.6 million handsets in the quarter. Chief executive Lin Wei cited the figure of [[6.4|4.6]] million handsets on a call with analysts.",
         v=(4.6, "", 6.4, 4.6, ""), why="4.6 million handsets restated as 6.4 million"),
    dict(form="weather, 'that figure' with em dash", text="The Environment Agency had 148 flood alerts in place on Sunday evening. A spokeswoman repeated that figure – [[184|148]] alerts – on Monday.",
         v=(148, "", 184, 148, ""), why="'that figure' restates 148 alerts as 184"),
    dict(form="court, 'referred again to' with number words", text="The court heard there were 14 victims. Summing up, the judge referred again to the [[41|14]] victims.",
         v=(14, "", 41, 14, ""), why="14 victims restated as 41"),
    dict(form="same sentence, semicolon, 'gave the same number,'", text="Rescuers pulled 23 people from the rubble; the fire chief gave the same number, [[32|23]], at a briefing.",
         v=(23, "", 32, 23, ""), why="'the same number' is 32, not 23"),
    dict(form="number word first, digits restated", text="Fourteen schools closed because of the snow. The local authority confirmed the figure of [[40|14]] schools.",
         v=(14, "", 40, 14, ""), why="fourteen schools restated as 40"),
    dict(form="election, 'declaration gave her total as'", text="Smith won 18,432 votes. The returning officer's declaration, read out at 3am, gave her total as [[18,342|18,432]] votes.",
         v=(18432, "", 18342, 18432, ""), why="18,432 votes restated as 18,342"),
    dict(form="science, wildlife count 'cited the figure of'", text="The survey counted 312 nesting pairs on the island. The RSPB, which funded it, cited the figure of [[321|312]] pairs.",
         v=(312, "", 321, 312, ""), why="312 pairs restated as 321"),
    dict(form="obituary, 'more than' mourners, restated below", text="More than 400 people attended the funeral at St Mary's. The family gave the number of mourners as [[250|450]].",
         v=(400, "more than", 250, 450, ""), why="250 mourners cannot be 'more than 400'"),
    dict(form="business, 'confirmed the figure of ... to the BBC'", text="The bank will close 43 branches next year. It confirmed the figure of [[34|43]] branches to the BBC.",
         v=(43, "", 34, 43, ""), why="43 branches restated as 34"),
    dict(form="US, 'confirmed the number,' with apposition and weekday", text="The shelter took in 126 dogs from the property. Animal control officers confirmed the number, [[162|126]] dogs, on Thursday.",
         v=(126, "", 162, 126, ""), why="126 dogs restated as 162"),
    dict(form="government, 'some' then 'put the figure at'", text="Some 7,000 troops will be deployed to the border. The defence secretary put the figure at [[9,500|7,000]] troops in a statement to MPs.",
         v=(7000, "some", 9500, 7000, ""), why="9,500 troops is well outside 'some 7,000'"),
    dict(form="passive restatement after the figure 'was reiterated'", text="A total of 5,840 ballots were rejected. The number of [[5,480|5,840]] rejected ballots was reiterated by the electoral commission.",
         v=(5840, "", 5480, 5840, ""), why="5,840 rejected ballots restated as 5,480"),
]
emit("differing_totals", "differing-totals", DT, verify_dt)


# ---------------------------------------------------------------- weekday_date
def verify_wd(c):
    for day, bad_wd, good_wd in c["v"]:
        actual = dt.date.fromisoformat(day).strftime("%A")
        assert actual == good_wd, (c["text"], day, actual)
        assert bad_wd != actual


WD = [
    dict(form="British no-comma weekday day month year", date="2024-08-20",
         text="The trial is expected to open at Cardiff Crown Court on [[Tuesday|Monday]] 9 September 2024.",
         v=[("2024-09-09", "Tuesday", "Monday")], why="9 September 2024 is a Monday"),
    dict(form="AP style abbreviated month with year", text="The board will vote on the proposal on [[Wednesday|Thursday]], Nov. 7, 2019.",
         v=[("2019-11-07", "Wednesday", "Thursday")], why="Nov. 7, 2019 is a Thursday"),
    dict(form="abbreviated weekday with ordinal, no year", date="2023-06-20",
         text="The open day is on [[Sun|Sat]] 1st July, from 10am until 4pm.",
         v=[("2023-07-01", "Sunday", "Saturday")], why="1 July 2023 is a Saturday"),
    dict(form="weekday after the date, 'the 14th of March, a Thursday'", date="2024-03-05",
         text="The inquest will resume on the 14th of March, a [[Wednesday|Thursday]].",
         v=[("2024-03-14", "Wednesday", "Thursday")], why="14 March 2024 is a Thursday"),
    dict(form="weekday and date in parentheses", date="2023-02-27",
         text="The strike will go ahead this week ([[Thursday|Friday]], 3 March), the union said.",
         v=[("2023-03-03", "Thursday", "Friday")], why="3 March 2023 is a Friday"),
    dict(form="US month-day without year, next month", date="2024-01-05",
         text="Schools in the district will reopen Monday, Jan. 8, after the storm, officials said.".replace("Monday", "[[Tuesday|Monday]]"),
         v=[("2024-01-08", "Tuesday", "Monday")], why="Jan. 8, 2024 is a Monday"),
    dict(form="'the 5th of May' with 'on Sunday,'", date="2024-04-29",
         text="The parade takes place on [[Saturday|Sunday]], the 5th of May.",
         v=[("2024-05-05", "Saturday", "Sunday")], why="5 May 2024 is a Sunday"),
    dict(form="date range across a week", date="2024-08-15",
         text="The roadworks will run from Monday 2 to [[Friday 7|Friday 6]] September.",
         v=[("2024-09-02", "x", "Monday"), ("2024-09-06", "x", "Friday"), ("2024-09-07", "Friday", "Saturday")], why="7 September 2024 is a Saturday, not a Friday (the range starts Monday 2)"),
    dict(form="US, holiday date without year", date="2025-12-01",
         text="Most city offices will be closed on [[Wednesday|Thursday]], December 25.",
         v=[("2025-12-25", "Wednesday", "Thursday")], why="December 25, 2025 is a Thursday"),
    dict(form="'Wed., Feb. 14' abbreviations with periods", date="2024-02-01",
         text="Applications are due by 5 p.m. [[Tue.|Wed.]], Feb. 14.",
         v=[("2024-02-14", "Tuesday", "Wednesday")], why="Feb. 14, 2024 is a Wednesday"),
    dict(form="US full date, comma after weekday", text="Fireworks were set off along the riverfront on [[Monday|Tuesday]], July 4, 2023.",
         v=[("2023-07-04", "Monday", "Tuesday")], why="July 4, 2023 is a Tuesday"),
    dict(form="British numeric date dd/mm/yyyy", date="2024-11-01",
         text="The closing date for comments is [[Thursday|Friday]] 29/11/2024.",
         v=[("2024-11-29", "Thursday", "Friday")], why="29 November 2024 is a Friday"),
    dict(form="obituary, past date without year", date="2024-10-16",
         text="She died peacefully at home on [[Sunday|Saturday]], 12 October, aged 91.",
         v=[("2024-10-12", "Sunday", "Saturday")], why="12 October 2024 is a Saturday"),
    dict(form="weather forecast, 'expected to peak on'", date="2024-07-17",
         text="Temperatures are expected to peak on [[Friday|Saturday]] 20 July, forecasters said.",
         v=[("2024-07-20", "Friday", "Saturday")], why="20 July 2024 is a Saturday"),
    dict(form="court, 'adjourned until', next year boundary not crossed", date="2025-01-06",
         text="Sentencing was adjourned until [[Thursday|Friday]], 17 January.",
         v=[("2025-01-17", "Thursday", "Friday")], why="17 January 2025 is a Friday"),
    dict(form="election, 'go to the polls on'", date="2024-06-20",
         text="Voters go to the polls on [[Tuesday|Thursday]] 4 July.",
         v=[("2024-07-04", "Tuesday", "Thursday")], why="4 July 2024 is a Thursday"),
    dict(form="sports fixture, venue before date", date="2025-03-05",
         text="The second leg is at Anfield on [[Wednesday|Tuesday]] 11 March.",
         v=[("2025-03-11", "Wednesday", "Tuesday")], why="11 March 2025 is a Tuesday"),
    dict(form="business wire, 'before the market opens on'", text="The company will release fourth-quarter results before the market opens on [[Wednesday|Thursday]], Feb. 6, 2025.",
         v=[("2025-02-06", "Wednesday", "Thursday")], why="Feb. 6, 2025 is a Thursday"),
    dict(form="weekday after the date as apposition 'until 31 August, a Saturday'", date="2024-08-10",
         text="The fair runs until 31 August, a [[Sunday|Saturday]].",
         v=[("2024-08-31", "Sunday", "Saturday")], why="31 August 2024 is a Saturday"),
    dict(form="'Monday night, Nov. 4' part of day between", date="2024-11-01",
         text="The candidate will hold a final rally on [[Tuesday|Monday]] night, Nov. 4, in Pittsburgh.",
         v=[("2024-11-04", "Tuesday", "Monday")], why="Nov. 4, 2024 is a Monday"),
    dict(form="undated date in the next calendar year", date="2023-12-28",
         text="The library will reopen on [[Wednesday|Tuesday]], January 2, after the holiday closure.",
         v=[("2024-01-02", "Wednesday", "Tuesday")], why="the coming January 2 (2024) is a Tuesday; it is a Monday in 2023, a Wednesday in neither year"),
    dict(form="two weekdays, one slot on the first", date="2025-06-02",
         text="The festival opens on [[Friday|Saturday]] 14 June and closes on Sunday 15 June.",
         v=[("2025-06-14", "Friday", "Saturday"), ("2025-06-15", "x", "Sunday")], why="14 June 2025 is a Saturday"),
    dict(form="historic date in an obituary", date="2024-06-10",
         text="He was born on D-Day, [[Monday|Tuesday]] 6 June 1944, in a farmhouse near Caen.",
         v=[("1944-06-06", "Monday", "Tuesday")], why="6 June 1944 was a Tuesday"),
    dict(form="government, 'at midnight on'", date="2025-11-03",
         text="The consultation closes at midnight on [[Saturday|Sunday]] 30 November.",
         v=[("2025-11-30", "Saturday", "Sunday")], why="30 November 2025 is a Sunday"),
    dict(form="US TV, 'Fri., Dec. 13' with time first", date="2024-12-02",
         text="Doors open at 6 p.m. [[Thu.|Fri.]], Dec. 13, at the civic center.",
         v=[("2024-12-13", "Thursday", "Friday")], why="Dec. 13, 2024 is a Friday"),
]
emit("weekday_date", "weekday-mismatch", WD, verify_wd)


# ---------------------------------------------------------------- percent_change
def verify_pc(c):
    old, new, bad, good, mode = c["v"]
    new_bad, new_good = new if isinstance(new, tuple) else (new, new)

    def change(n):
        return n - old if mode == "pp" else (n - old) / old * 100

    a_bad, a_good = change(new_bad), change(new_good)
    # bad: off by well over 1 point + 5% of the claim (or the wrong direction); good: within rounding
    assert abs(a_bad - bad) > 2.0 + 0.05 * abs(bad), (c["text"], a_bad)
    if mode == "hedge-more":
        assert a_good > good, (c["text"], a_good)
    elif mode == "hedge-nearly":
        assert abs(a_good) <= abs(good) and abs(a_good - good) <= 1, (c["text"], a_good)
    else:
        assert abs(a_good - good) <= 0.6, (c["text"], a_good)


PC = [
    dict(form="'rose from X to Y, an increase of Z%' with million", text="Passenger numbers at the airport rose from 2.4 million to 3.1 million, an increase of [[18|29]]%.",
         v=(2.4, 3.1, 18, 29, ""), why="2.4m to 3.1m is +29.2%, not 18%"),
    dict(form="percent before figures, 'cut ... by Z per cent, from X to Y'", text="The council will cut its grant to the theatre by [[40|30]] per cent, from £250,000 to £175,000.",
         v=(250000, 175000, -40, -30, ""), why="£250,000 to £175,000 is a 30% cut, not 40%"),
    dict(form="'fell Z% ... to Y from X' (new before old)", text="Average house prices in the town fell [[6|12]]% over the year, to £231,000 from £262,000.",
         v=(262000, 231000, -6, -12, ""), why="£262,000 to £231,000 is -11.8%, not -6%"),
    dict(form="multiple 'doubled'", text="Sales of electric cars in the county doubled last year, from 1,800 to [[2,900|3,600]].",
         v=(1800, (2900, 3600), 100, 100, "mult"), why="1,800 to 2,900 is +61%, not a doubling (+100%)"),
    dict(form="multiple 'halved' with patients", text="The hospital's waiting list has halved since January, from 4,200 to [[2,900|2,100]] patients.",
         v=(4200, (2900, 2100), -50, -50, "mult"), why="4,200 to 2,900 is -31%, not a halving"),
    dict(form="multiple 'tripled' with 'since'", text="Visitor numbers at the castle have tripled since 2019, from 12,000 a year to [[24,000|36,000]].",
         v=(12000, (24000, 36000), 200, 200, "mult"), why="12,000 to 24,000 is x2 (+100%), not tripled (+200%)"),
    dict(form="percentage first as subject, 'took ... to Y from X'", text="A [[25|34]]% rise took the club's membership to 750 from 560.",
         v=(560, 750, 25, 34, ""), why="560 to 750 is +33.9%, not 25%"),
    dict(form="business wire 'compared with ... a year earlier, an increase of'", text="Net profit was $48.2 million, compared with $41.5 million a year earlier, an increase of [[26|16]] percent.",
         v=(41.5, 48.2, 26, 16, ""), why="$41.5m to $48.2m is +16.1%, not 26%"),
    dict(form="sports, 'down Z% on last season's X'", text="Attendances averaged 18,400, down [[21|12]]% on last season's 21,000.",
         v=(21000, 18400, -21, -12, ""), why="21,000 to 18,400 is -12.4%, not -21%"),
    dict(form="weather, 'Z% below the average of X'", text="Rainfall in May was 41mm, [[55|47]]% below the long-term average of 78mm.",
         v=(78, 41, -55, -47, ""), why="41mm against 78mm is 47% below, not 55%"),
    dict(form="election, percentage points", text="Turnout fell to 52.3% from 67.1%, a drop of [[18.4|14.8]] percentage points.",
         v=(67.1, 52.3, -18.4, -14.8, "pp"), why="67.1% to 52.3% is 14.8 points, not 18.4"),
    dict(form="science, 'a Z% increase' after figures", text="The moth population on the reserve rose from 340 to 410 individuals, a [[12|21]]% increase.",
         v=(340, 410, 12, 21, ""), why="340 to 410 is +20.6%, not 12%"),
    dict(form="government, 'dropped by Z per cent, from X offences to Y'", text="Recorded crime in the district dropped by [[24|14]] per cent, from 9,850 offences to 8,470.",
         v=(9850, 8470, -24, -14, ""), why="9,850 to 8,470 is -14.0%, not -24%"),
    dict(form="results statement with prior year in parentheses", text="Revenue grew [[8|16]]% year on year to €1.35 billion (2023: €1.16 billion).",
         v=(1.16, 1.35, 8, 16, ""), why="€1.16bn to €1.35bn is +16.4%, not 8%"),
    dict(form="US TV, 'jumped Z percent, from $X to $Y'", text="The price of a dozen eggs at the store jumped [[60|90]] percent, from $2.50 to $4.75.",
         v=(2.50, 4.75, 60, 90, ""), why="$2.50 to $4.75 is +90%, not 60%"),
    dict(form="fraction words 'by a quarter' / 'by half'", text="The town's bus fleet has grown by [[a quarter|half]], from 80 buses to 120.",
         v=(80, 120, 25, 50, ""), why="80 to 120 is +50%, not a quarter"),
    dict(form="hedge 'more than' on the percentage", text="Applications rose more than [[40|14]] per cent, from 2,150 to 2,460.",
         v=(2150, 2460, 40, 14, "hedge-more"), why="2,150 to 2,460 is +14.4%, far short of 'more than 40 per cent'"),
    dict(form="hedge 'nearly', new before old", text="Sales fell nearly [[30|15]]%, to 6,900 units from 8,100.",
         v=(8100, 6900, -30, -15, "hedge-nearly"), why="8,100 to 6,900 is -14.8%, not nearly 30%"),
    dict(form="breakdown across two sentences", text="Last year the food bank helped 1,240 families. This year it has helped 1,860, a rise of [[33|50]]%.",
         v=(1240, 1860, 33, 50, ""), why="1,240 to 1,860 is +50%, not 33%"),
    dict(form="wrong direction word", text="Enrolment [[dropped|rose]] 12%, from 3,400 to 3,808.",
         v=(3400, 3808, -12, 12, ""), why="3,400 to 3,808 is a 12% rise, not a drop"),
    dict(form="obituary, 'under her leadership ... an increase of'", text="Under her leadership the school roll grew from 420 to 630, an increase of [[33|50]] per cent.",
         v=(420, 630, 33, 50, ""), why="420 to 630 is +50%, not 33%"),
    dict(form="court report, 'rose Z% in two years'", text="Burglaries in the borough rose [[150|50]]% in two years, from 200 to 300, the court was told.",
         v=(200, 300, 150, 50, ""), why="200 to 300 is +50%, not 150%"),
    dict(form="fraction 'by a third', money scale", text="Pre-tax profits fell by a third, from £9m to £[[7m|6m]].",
         v=(9, (7, 6), -100 / 3, -100 / 3, "third"), why="£9m to £7m is -22%, not a third"),
    dict(form="weather, 'Z% higher than last winter's X'", text="This winter's snowfall total of 14 inches was [[60|40]]% higher than last winter's 10 inches.",
         v=(10, 14, 60, 40, ""), why="10in to 14in is +40%, not 60%"),
    dict(form="'from X to Y' after the percentage, up/down word 'up'", text="Membership of the allotment society is up [[18|28]]%, from 125 to 160.",
         v=(125, 160, 18, 28, ""), why="125 to 160 is +28%, not 18%"),
]
emit("percent_change", "percent-change-mismatch", PC, verify_pc)


# ---------------------------------------------------------------- unit_conversion
def verify_uc(c):
    import pint
    ureg = pint.UnitRegistry()
    value, unit, bad, good, to = c["v"]
    q = ureg.Quantity(value, ureg(unit).units if not unit.startswith("deg") else unit)
    actual = q.to(to).magnitude
    if unit.startswith("deg"):
        assert abs(actual - good) <= 0.6 and abs(actual - bad) > 2, (c["text"], actual)
    else:
        assert abs(actual - good) / actual <= 0.02, (c["text"], actual)
        assert abs(actual - bad) / actual > 0.06, (c["text"], actual)


UC = [
    dict(form="km to miles in brackets", text="The new pipeline will stretch 320km ([[129|199]] miles) from the gas field to the coast.",
         v=(320, "km", 129, 199, "mile"), why="320km is 198.8 miles, not 129"),
    dict(form="weather, Celsius to Fahrenheit compact", text="Highs of 34C ([[84|93]]F) are forecast for Friday.",
         v=(34, "degC", 84, 93, "degF"), why="34C is 93.2F, not 84F"),
    dict(form="hectares to acres, thousands separator", text="The wind farm will cover 1,800 hectares ([[730|4,450]] acres) of moorland.",
         v=(1800, "hectare", 730, 4450, "acre"), why="1,800 hectares is 4,448 acres, not 730"),
    dict(form="conversion after ', or'", text="The pike weighed 14lb, or [[8.4|6.4]]kg, the angling club said.",
         v=(14, "lb", 8.4, 6.4, "kg"), why="14lb is 6.35kg, not 8.4kg"),
    dict(form="metres to feet, mountain height", text="Mount Fuji stands 3,776 metres ([[11,388|12,388]] feet) high.",
         v=(3776, "m", 11388, 12388, "ft"), why="3,776m is 12,388ft, not 11,388"),
    dict(form="negative Celsius to Fahrenheit", text="Overnight lows could fall to -8C ([[28|18]]F) in rural areas.",
         v=(-8, "degC", 28, 18, "degF"), why="-8C is 17.6F, not 28F"),
    dict(form="US TV, inches to centimeters spelled out", text="Snowfall totals reached 18 inches ([[36|46]] centimeters) in the foothills.",
         v=(18, "inch", 36, 46, "cm"), why="18 inches is 45.7cm, not 36cm"),
    dict(form="science, hedge 'about' with metres to ft", text="The asteroid, about 140 metres ([[640|460]]ft) across, will pass safely.",
         v=(140, "m", 640, 460, "ft"), why="140m is 459ft, not 640ft (even 'about 140 metres' cannot reach 195m)"),
    dict(form="compound adjective '26.2-mile (42.2km) course'", text="Runners will tackle the 26.2-mile ([[24.2|42.2]]km) course through the city centre.",
         v=(26.2, "mile", 24.2, 42.2, "km"), why="26.2 miles is 42.2km, not 24.2km"),
    dict(form="speed mph to km/h, 'gusts of up to'", text="Gusts of up to 80mph ([[109|129]]km/h) are expected on exposed coasts.",
         v=(80, "mph", 109, 129, "km/h"), why="80mph is 128.7km/h, not 109"),
    dict(form="US wildfire, acres to hectares", text="The fire has burned 12,000 acres ([[2,860|4,860]] hectares) since Tuesday.",
         v=(12000, "acre", 2860, 4860, "hectare"), why="12,000 acres is 4,856 hectares, not 2,860"),
    dict(form="compound adjective 'The 5kg (11lb) package'", text="The [[5kg (15lb)|5kg (11lb)]] package was left on the doorstep.",
         v=(5, "kg", 15, 11, "lb"), why="5kg is 11.0lb, not 15lb"),
    dict(form="volume, 'billion cubic metres'", text="The reservoir holds 2.1 billion cubic metres ([[47|74]] billion cubic feet) of water.",
         v=(2.1, "m**3", 47, 74, "ft**3"), why="2.1bn m3 is 74.2bn cubic feet, not 47bn"),
    dict(form="feet to metres, compound adjective", text="The [[40ft (21m)|40ft (12m)]] statue will be unveiled in the spring.",
         v=(40, "ft", 21, 12, "m"), why="40ft is 12.2m, not 21m"),
    dict(form="US, degrees Fahrenheit to Celsius spelled out", text="Phoenix hit a high of 104 degrees Fahrenheit ([[44|40]] degrees Celsius) on Sunday.",
         v=(104, "degF", 44, 40, "degC"), why="104F is 40.0C, not 44C"),
    dict(form="'or about' after miles", text="The bypass is 4.5 miles long, or about [[9.2|7.2]]km.",
         v=(4.5, "mile", 9.2, 7.2, "km"), why="4.5 miles is 7.24km, not 9.2km"),
    dict(form="earthquake depth with decimals", text="The quake struck at a depth of 10km ([[16.2|6.2]] miles), the USGS said.",
         v=(10, "km", 16.2, 6.2, "mile"), why="10km is 6.2 miles, not 16.2"),
    dict(form="rain mm to inches, 'in' abbreviation", text="Up to 50mm ([[3in|2in]]) of rain could fall on higher ground.",
         v=(50, "mm", 3, 2, "inch"), why="50mm is 1.97in, not 3in"),
    dict(form="square miles to sq km", text="Floodwater covers an area of 250 square miles ([[400|650]] sq km).",
         v=(250, "mile**2", 400, 650, "km**2"), why="250 sq miles is 647.5 sq km, not 400"),
    dict(form="knots to km/h", text="The typhoon is packing sustained winds of 100 knots ([[160|185]]km/h).",
         v=(100, "knot", 160, 185, "km/h"), why="100 knots is 185.2km/h, not 160"),
    dict(form="metres to feet and inches", text="The 2.06m ([[6ft 3in|6ft 9in]]) centre signed a two-year deal.",
         v=(2.06, "m", 75, 81, "inch"), why="2.06m is 6ft 9in (81.1in), not 6ft 3in (75in)"),
    dict(form="tonnes to pounds with hyphenated adjective", text="The 3.5-tonne ([[3,500lb|7,700lb]]) whale was refloated on the evening tide.",
         v=(3.5, "tonne", 3500, 7700, "lb"), why="3.5 tonnes is 7,716lb, not 3,500lb"),
    dict(form="weather, 'up to N metres (N feet)'", text="Waves of up to 9 metres ([[20|30]] feet) battered the harbour wall.",
         v=(9, "m", 20, 30, "ft"), why="9m is 29.5ft, not 20ft"),
    dict(form="temperature in words 'minus'", text="Temperatures dropped to minus 40C (minus [[4|40]]F) at the research station.",
         v=(-40, "degC", -4, -40, "degF"), why="-40C is -40F, not -4F"),
    dict(form="area, 'm sq ft' scale with sq m", text="The firm plans a 1.2m sq ft ([[365,000|111,500]] sq m) warehouse near the M1.",
         v=(1.2e6, "ft**2", 365000, 111500, "m**2"), why="1.2m sq ft is 111,484 sq m, not 365,000"),
]
emit("unit_conversion", "unit-conversion-mismatch", UC, verify_uc)


# ---------------------------------------------------------------- duration_arithmetic
def elapsed(start: str, end: str, unit: str) -> float:
    """Elapsed time between two ISO dates (or bare years, or YYYY-MM months) in unit."""
    if unit == "years" and (len(start) == 4 or len(end) == 4):
        return int(end[:4]) - int(start[:4])
    if unit == "months" and len(start) == 7:
        s, e = dt.date.fromisoformat(start + "-01"), dt.date.fromisoformat(end)
        return (e.year - s.year) * 12 + e.month - s.month
    s, e = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if unit == "days":
        return (e - s).days
    if unit == "weeks":
        return (e - s).days / 7
    if unit == "age":   # completed years
        return e.year - s.year - ((e.month, e.day) < (s.month, s.day))
    if unit == "years":
        return (e - s).days / 365.2425
    raise ValueError(unit)


def verify_da(c):
    start, end, unit, bad, good, hedge = c["v"]
    x = elapsed(start, end, unit)
    if hedge == "more than":
        assert x > good and not x > bad, (c["text"], x)
    elif hedge == "almost":
        assert good - 1 < x < good and not (bad - 1 < x <= bad), (c["text"], x)
    else:
        assert abs(x - good) <= 0.25 or (unit == "years" and int(x) == good), (c["text"], x)
        slack = {"days": 1, "weeks": 0.5, "months": 1, "years": 1, "age": 1}[unit]
        assert abs(x - bad) > slack + 1 or (unit == "years" and abs(round(x) - bad) >= 2), (c["text"], x)


DA = [
    dict(form="'N years ago in YYYY' in a relative clause", date="2024-05-01",
         text="The pier, which opened [[102|120]] years ago in 1904, will close for repairs in the autumn.",
         v=("1904", "2024", "years", 102, 120, ""), why="1904 to 2024 is 120 years, not 102"),
    dict(form="age in apposition with full birth date", date="2025-03-10",
         text="Smith, [[54|63]], who was born on 12 August 1961, denies the charge.",
         v=("1961-08-12", "2025-03-10", "age", 54, 63, ""), why="born 12 Aug 1961, he is 63 on 10 March 2025, not 54"),
    dict(form="'for N years, from X until Y'", text="She served as headteacher for [[32|22]] years, from 1987 until her retirement in 2009.",
         v=("1987", "2009", "years", 32, 22, ""), why="1987 to 2009 is 22 years, not 32"),
    dict(form="'N days later, on D' with number word", date="2024-06-20",
         text="The man was arrested on 4 June and charged [[six|nine]] days later, on 13 June.",
         v=("2024-06-04", "2024-06-13", "days", 6, 9, ""), why="4 June to 13 June is 9 days, not 6"),
    dict(form="countdown 'With N days to go until'", date="2024-04-17",
         text="With [[150|100]] days to go until the Games open on 26 July, organisers insist the venues are ready.",
         v=("2024-04-17", "2024-07-26", "days", 150, 100, ""), why="17 April to 26 July 2024 is 100 days, not 150"),
    dict(form="'N weeks ago on D' weather", date="2025-02-23",
         text="Hundreds of homes are still without power after the storm, which struck [[five|three]] weeks ago on 2 February.",
         v=("2025-02-02", "2025-02-23", "weeks", 5, 3, ""), why="2 Feb to 23 Feb 2025 is 3 weeks, not 5"),
    dict(form="obituary 'at the age of N, having been born'", text="He died on 3 March 2025 at the age of [[78|88]], having been born in Leeds on 14 November 1936.",
         v=("1936-11-14", "2025-03-03", "age", 78, 88, ""), why="born 14 Nov 1936, he was 88 on 3 March 2025, not 78"),
    dict(form="'N months ago' after month-year", date="2025-05-20",
         text="The factory, which closed in September 2024, [[18|eight]] months ago, is to be turned into flats.",
         v=("2024-09", "2025-05-20", "months", 18, 8, ""), why="September 2024 to May 2025 is 8 months, not 18"),
    dict(form="anniversary 'marking N years since'", date="2024-06-06",
         text="Veterans gathered in Normandy on Thursday, marking [[75|80]] years since the D-Day landings of June 1944.",
         v=("1944-06-06", "2024-06-06", "years", 75, 80, ""), why="June 1944 to June 2024 is 80 years, not 75"),
    dict(form="'N years later, in YYYY' after participle", text="Founded in 1887, the club moved to its current ground [[32|23]] years later, in 1910.",
         v=("1887", "1910", "years", 32, 23, ""), why="1887 to 1910 is 23 years, not 32"),
    dict(form="court, 'more than N years ago' after a range", date="2024-11-12",
         text="The offences took place between 1998 and 2003, more than [[30|20]] years ago, the court heard.",
         v=("2003", "2024", "years", 30, 20, "more than"), why="even 1998 is only 26 years before 2024, so not 'more than 30 years ago'"),
    dict(form="science, 'for almost N years' since month-year", date="2024-08-01",
         text="The probe, launched in September 1977, has been travelling for almost [[37|47]] years.",
         v=("1977-09-05", "2024-08-01", "years", 37, 47, "almost"), why="September 1977 to August 2024 is almost 47 years, not 37"),
    dict(form="election night, 'since YYYY, N years ago'", date="2024-07-05",
         text="It is the first time the seat has changed hands since 1997, [[17|27]] years ago.",
         v=("1997", "2024", "years", 17, 27, ""), why="1997 to 2024 is 27 years, not 17"),
    dict(form="sports, 'N years ago, in YYYY'", date="2025-04-01",
         text="Town last reached the semi-finals [[29|19]] years ago, in 2006.",
         v=("2006", "2025", "years", 29, 19, ""), why="2006 to 2025 is 19 years, not 29"),
    dict(form="government, 'has now run for N years' with full start date", date="2024-05-10",
         text="The scheme, introduced on 1 April 2016, has now run for [[six|eight]] years.",
         v=("2016-04-01", "2024-05-10", "years", 6, 8, ""), why="1 April 2016 to May 2024 is 8 years, not 6"),
    dict(form="weather, 'the coldest night in N years, since the winter of YYYY'", date="2024-01-17",
         text="Tuesday was the coldest night in [[24|14]] years, since the winter of 2010.",
         v=("2010", "2024", "years", 24, 14, ""), why="2010 to 2024 is 14 years, not 24"),
    dict(form="business wire, 'went public N years ago in Month YYYY'", date="2025-03-18",
         text="The company, which went public [[25|15]] years ago in March 2010, employs 2,000 people.",
         v=("2010-03-01", "2025-03-18", "years", 25, 15, ""), why="March 2010 to March 2025 is 15 years, not 25"),
    dict(form="'ended N days later, on D' across a month", date="2025-03-01",
         text="The strike began on 12 January and ended [[37|47]] days later, on 28 February.",
         v=("2025-01-12", "2025-02-28", "days", 37, 47, ""), why="12 Jan to 28 Feb 2025 is 47 days, not 37"),
    dict(form="'N-year-old' compound adjective with build year", date="2024-09-01",
         text="The [[700|600]]-year-old church, built in 1424, needs a new roof.",
         v=("1424", "2024", "years", 700, 600, ""), why="built in 1424, the church is 600 years old in 2024, not 700"),
    dict(form="ordinal birthday 'her Nth birthday this weekend'", date="2025-03-05",
         text="Mary Jones, who celebrates her [[110th|100th]] birthday this weekend, was born on 8 March 1925.",
         v=("1925-03-08", "2025-03-08", "age", 110, 100, ""), why="born 8 March 1925, she turns 100 in March 2025, not 110"),
    dict(form="number words 'a decade ago'", date="2024-10-01",
         text="The bridge collapsed [[two decades|a decade]] ago, in 2014, killing three people.",
         v=("2014", "2024", "years", 20, 10, ""), why="2014 to 2024 is a decade, not two"),
    dict(form="US local, 'retired Friday after N years'", date="2024-06-14",
         text="Officer Dana Reyes, who joined the department in 2009, retired Friday after [[25|15]] years.",
         v=("2009", "2024", "years", 25, 15, ""), why="2009 to 2024 is 15 years, not 25"),
    dict(form="countdown in months 'is now N months away'", date="2024-11-15",
         text="The election, due in May 2026, is now [[six|18]] months away.",
         v=("2024-11", "2026-05-15", "months", 6, 18, ""), why="November 2024 to May 2026 is 18 months, not 6"),
    dict(form="'went missing N days ago on D'", date="2024-08-13",
         text="Police are still searching for the girl, who went missing [[three|10]] days ago on 3 August.",
         v=("2024-08-03", "2024-08-13", "days", 3, 10, ""), why="3 Aug to 13 Aug is 10 days, not 3"),
    dict(form="court, 'which took place N years ago, in Month YYYY'", date="2024-03-01",
         text="Jones was jailed for the attack, which took place [[four|two]] years ago, in February 2022.",
         v=("2022-02-15", "2024-03-01", "years", 4, 2, ""), why="February 2022 to March 2024 is 2 years, not 4"),
]
emit("duration_arithmetic", "elapsed-time-mismatch", DA, verify_da)
