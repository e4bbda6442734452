"""Changes: a figure that moved from one value to another, with the percentage the writer gives.

"rose from 40 to 50, a 25% rise", "fell 20 percent, to 40 from 50", "Up from 9,225, orders
reached 15,044, a gain of 63%", "the 21 recorded, compared with 44 a year earlier, is a 52% fall",
"closed at 1,020, down from 1,200, a 15% slide".

A change needs three figures of one sentence: the old value (after "from", "compared with",
"versus", "against"), the new value (joined to it by "to", "reached", "stood at" ..., or just
before "from"), and a percentage next to a change word ("a 25% rise", "down 15%"). Shares
("30% of the vote") and percentage points ("up 2 percentage points") are never the stated change.
The cue tables are data: extend them, not the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.lang import alternation, table, words
from factcheck.records import Kind, Quantity

CHANGEABLE = {Kind.COUNT, Kind.NUMBER, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION}
_AMOUNTS = CHANGEABLE - {Kind.DURATION}
# What the parser may take a count to count when a time phrase follows it: "48 last year"
TIME_WORDS = {"year", "month", "week", "day", "season", "spring", "summer", "autumn", "fall", "winter", "quarter",
              "time", "decade", "period", "term", "night", "morning", "evening", "weekend"}
_HEDGE = alternation("hedges")
# The words just before the old value: "from", "up from a record low of", "compared with last year's"
ORIGIN = re.compile(
    r"\b(?P<cue>from|compared\s+(?:with|to)|versus|vs\.?|against|(?:up|down)\s+on)\s+"
    r"(?:(?:a|an|the|its|their|last\s+year's|the\s+previous\s+\w+'s)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,2}?(?:of|at)\s+)?"  # "up 5% from Thursday's close of 2,000"
    rf"(?:(?:{_HEDGE})\s+)?$",
    re.I,
)
# "ranging from 5 to 10", "children aged from 6 to 12", "between": spans, not changes
RANGE_BEFORE = re.compile(r"\b(?:rang\w*|var(?:y|ies|ied|ying)|aged?|ages|anywhere|between|span\w*|stretch\w*|"
                          r"extend\w*|lasting)\s+(?:[\w-]+\s+)?$|\b(?:costs?|costing|priced|runs?|running)\s+$", re.I)
# Between the old value and a new value after it ("from 40 to 50", "from 9,225, orders reached 15,044")
FORWARD = re.compile(r"\bto\b|\breach\w*|\bstood\b|\bstands?\b|\bwas\b|\bwere\b|\bis\b|\bare\b|\bnow\b|\bhit\b"
                     r"|\btotal\w*|\bat\b|\bcame\s+in\b|\bclimb\w*|\brose\b|\bfell\b|\bdropped\b|\bjumped\b", re.I)
# Between a new value and the old value after it ("to 53 from 95", "1,020, down from 1,200")
BACKWARD = re.compile(r"^(?:\s+(?:in|during|for|at|on|this|last)\s+[\w']+(?:\s+[\w']+)?)?[\s,]*"
                      r"(?:(?:up|down|rising|falling|higher|lower|increasing|decreasing|dropping|climbing)\s*"
                      r"(?:(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s*)?)?$", re.I)  # "2,500, up 5% from 2,000"
# "2.3 million, 4% more than the 2.1 million a year earlier": the percentage between new and old
THAN = re.compile(r"^\s+(?:(?P<up>more|higher|greater|bigger|larger|above)|(?P<down>less|lower|fewer|smaller|below))"
                  r"\s+than\s+(?:(?:the|a|an|its|their|last\s+year's)\s+(?:(?:original|previous|initial|first|"
                  r"earlier|last|prior|forecast|estimated|budgeted|planned)\s+)?)?$", re.I)
# "between the 2011 and 2021 censuses", "between 2019 and 2023": a period, not a second clause
BETWEEN_TIMES = re.compile(r"\bbetween\s+(?:the\s+)?(?:\w+\s+)?\d{4}\s+and\s+(?:the\s+)?(?:\w+\s+)?\d{4}(?:\s+[a-z]+)?", re.I)
# What may not stand between the pair and the stated percentage: another clause
NEW_CLAUSE = re.compile(r"[;:]|\b(?:and|but|while|whereas|although|though|further|another|expect\w*|forecast\w*|"
                        r"project\w*|predict\w*|will|would|could|may|might|should|next|since|then|if|target\w*)\b",
                        re.I)
# A new clause between a stated change and its figures ("..., and are expected to climb a further 15%");
# a colon ("were up 14 per cent: ...") and "since 2019" are not one
ROLE_CLAUSE_BREAK = re.compile(NEW_CLAUSE.pattern.replace("[;:]|", ";|").replace("|since", "").replace("|next", ""),
                               re.I)
# After a percentage: it is not a change ("30% of the vote", "2 percentage points")
SHARE_AFTER = re.compile(r"^\s*(?:of(?!\s+(?:its|their|his|her|the)\s+(?:value|worth))|share|stake|majority|minority|"
                         r"owned|stake)\b", re.I)  # "lost 30% of their value" is a change, "30% of the vote" a share
POINTS_AFTER = re.compile(r"^(?:age)?\s*(?:percentage\s+)?points?\b", re.I)

MULTIPLE_VERBS = re.compile(rf"(?<![\w-])(?:{alternation('changes', 'multiple_verbs')})(?![\w-])", re.I)
# The old and the new value of a change, by the words just before them (lang/en/changes.yaml)
# "from its record high of 3,500", "against last year's 1,200"
_ROLE_TAIL = rf"\s*(?:(?:a|an|the|its|their|{_HEDGE})\s+)*(?:(?:[\w-]+\s+){{0,2}}?(?:of|at)\s+)?[$£€]?$"
ORIGIN_CUE = re.compile(rf"(?<![\w-])(?:{alternation('changes', 'origin')}){_ROLE_TAIL}", re.I)
DESTINATION_CUE = re.compile(rf"(?<![\w-])(?:{alternation('changes', 'destination')}){_ROLE_TAIL}", re.I)


# a multiple of another figure, not a change: "nearly double the 1941-1960 average", "twice that of 2019"
MULTIPLE_OF_ANOTHER = re.compile(r"\s+(?:the|that\s+of|those\s+of|its|their|our)\b", re.I)


def find_multiple_verbs(text: str) -> list[re.Match]:
    """Verbs that state a change as a multiple: "doubled", "more than tripled", "halved"."""
    return list(MULTIPLE_VERBS.finditer(text))


def multiple_of(word: str) -> float:
    return float(table("changes")["multiple_verbs"][word.lower()])


def is_points(q: Quantity) -> bool:
    """A change stated in percentage points ("climbed 10 percentage points to 68%"): the change of
    a pair of percentages only."""
    return q.kind is Kind.PERCENT and q.unit == "percentage point" and q.value is not None


def _fits_pair(p: Quantity, a: Quantity, b: Quantity) -> bool:
    return not is_points(p) or a.kind is b.kind is Kind.PERCENT


def is_multiple(q: Quantity) -> bool:
    """A factor stated as a change: "doubled", "threefold", "twice"."""
    return q.unit == "ratio" and q.unit_symbol == "×" and q.value is not None


UP_WORDS = (r"ris(?:e|es|ing|en)|rose|increas\w*|gain\w*|jump\w*|grow\w*|grew|growth|climb\w*|surg\w*|up|higher|"
            r"soar\w*|boost\w*|hike\w*|rall\w*|doubl\w*|tripl\w*|trebl\w*|quadrupl\w*|\w+fold|spik\w*|rebound\w*|advanc\w*|"
            r"expan\w*|swell\w*|above|widen\w*")
DOWN_WORDS = (r"fall(?:s|ing|en)?|fell|drop\w*|declin\w*|decreas\w*|down|cut\w*|lower|loss\w*|los[te]\w*|"
              r"slump\w*|plung\w*|shr[iau]nk\w*|reduc\w*|dip\w*|slid\w*|tumbl\w*|plummet\w*|sank|sink\w*|"
              r"halv\w*|slash\w*|contract\w*|fewer|less|slow\w*|eas(?:e|ed|ing)|retreat\w*|lost|below|short|"
              r"narrow\w*|slip\w*|shed\w*|los(?:e|es|ing)")
_UP = re.compile(rf"\b(?:{UP_WORDS})\b", re.I)
_DOWN = re.compile(rf"\b(?:{DOWN_WORDS})\b", re.I)
_NOT_CHANGE = re.compile(r"\bup\s+to\b|\bmade\s+up\b|\bset\s+up\b|\bcut\s+off\b|\bdown\s+to\b", re.I)
_SENTENCE_BREAK = SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


@dataclass
class Change:
    """One change as written: the stated percentage, the old and the new value, and its wording."""

    stated: Quantity
    origin: Quantity
    new: Quantity
    cue: str
    direction: str | None
    inferred: bool = False  # read by role (origin and destination words), not from a fixed wording


def direction_of(text: str) -> str | None:
    """'up' or 'down' when the words of ``text`` say only one of them."""
    text = _NOT_CHANGE.sub(" ", text)
    up, down = bool(_UP.search(text)), bool(_DOWN.search(text))
    return "up" if up and not down else "down" if down and not up else None


def comparable(a: Quantity, b: Quantity) -> bool:
    """Whether two figures can be the old and new value of one thing."""
    if a.value is None or b.value is None:
        return False
    if a.kind in (Kind.COUNT, Kind.NUMBER) and b.kind in (Kind.COUNT, Kind.NUMBER):
        heads = {a.counted, b.counted} - TIME_WORDS  # "48 last year" is not a count of years
        # two nouns of people count one crowd: "drew 8,000 visitors ... this year's attendance of 12,000 [people]"
        return not (a.kind is b.kind is Kind.COUNT and len(heads) == 2 and None not in heads
                    and not people_alike(a.counted, b.counted))
    bare = a if a.kind is Kind.NUMBER else b if b.kind is Kind.NUMBER else None
    other = b if bare is a else a
    if bare is not None and other.kind in (Kind.MONEY, Kind.MEASURE) and bare.value and other.value \
            and 0.1 <= bare.value / other.value <= 10 and not year_like(bare):
        return True  # "84 million tonnes this year against 70 million last year": the unit left unsaid
    return a.kind is b.kind and a.unit == b.unit


def people_alike(a: str | None, b: str | None) -> bool:
    """Two counted nouns that both count people ("residents" / "people", "visitors" / "fans"): one group
    may be told by either (``people`` and ``person_nouns`` in ``lang/en/restatements.yaml``)."""
    people = words("restatements", "people", "person_nouns")
    return a in people and b in people


def year_like(q: Quantity) -> bool:
    """A bare four-digit number that reads as a year ("in 2019"), never a count or a whole."""
    return q.kind is Kind.NUMBER and q.value is not None and q.value.is_integer() and 1800 <= q.value <= 2100 \
        and q.text.strip().isdigit()


def find_changes(text: str, qs: list[Quantity]) -> list[Change]:
    """The changes of one sentence; ``qs`` are its figures in text order, ``text`` the whole body."""
    qs = sorted(qs, key=lambda q: q.start)
    percents = [q for q in qs if (q.kind is Kind.PERCENT and q.unit == "%" and q.value is not None
                                  and not POINTS_AFTER.match(text[q.end:q.end + 25])
                                  and not SHARE_AFTER.match(text[q.end:q.end + 30]))
                or is_points(q) or (is_multiple(q) and not MULTIPLE_OF_ANOTHER.match(text[q.end:q.end + 12]))
                or is_fraction_change(text, q)]
    if not percents:
        return []
    amounts = [q for q in qs if q.kind in CHANGEABLE and q.value is not None and q.unit != "ratio" and q.role is None]
    used: set[str] = set()
    found: list[Change] = []
    for i, origin in enumerate(amounts):
        if origin.id in used:
            continue
        before = text[max(0, origin.start - 60):origin.start]
        m = ORIGIN.search(before)
        if not m or RANGE_BEFORE.search(before[:m.start()]):
            continue
        cue = re.sub(r"\s+", " ", m.group("cue").lower())
        cue_start = origin.start - (len(before) - m.start())
        new = _new_value(text, amounts, i, cue, cue_start, used)
        if new is None or (year_like(origin) and year_like(new)):
            continue
        first, last = (origin, new) if origin.start < new.start else (new, origin)
        stated = _stated(text, qs, percents, first, last, used)
        if stated is None:
            continue
        p, phrase = stated
        start = min(first.start, p.start)
        head = text[max(0, start - 50):start]
        breaks = list(_SENTENCE_BREAK.finditer(head))
        verb_window = (head[breaks[-1].end():] if breaks else head) + text[start:last.end]
        worded, verb = direction_of(phrase), direction_of(verb_window)
        direction = None if worded and verb and worded != verb else worded or verb
        found.append(Change(p, origin, new, _cue_words(cue, origin is first), direction))
        used.update({p.id, origin.id, new.id})
    found += _than_changes(text, amounts, percents, used)
    found += _row_changes(text, amounts, percents, used)
    return found + _role_changes(text, amounts, percents, used)


def _row_changes(text: str, amounts: list[Quantity], percents: list[Quantity], used: set[str]) -> list[Change]:
    """A table's rows, one value each, the change on the later one: "2023: 4,200" then "2024: 5,040
    (+17%)". The value is the last amount of its row before the bracket, the old one the last of the row
    above; each row opens with a label and a colon or a tab."""
    found = []
    for p in percents:
        if p.id in used or not SIGNED_IN_BRACKETS.search(text[max(0, p.start - 8):p.start]):
            continue
        line = text.rfind("\n", 0, p.start) + 1
        above = text.rfind("\n", 0, max(0, line - 1)) + 1
        if line == 0 or above >= line:
            continue
        values = [q for q in amounts if q.id not in used and not year_like(q) and q.kind is not Kind.PERCENT]
        new = [q for q in values if line <= q.start and q.end <= p.start]
        old = [q for q in values if above <= q.start and q.end < line]
        if len(new) != 1 or len(old) != 1 or not comparable(old[0], new[0]) \
                or not all(ROW.match(text[start:q.start]) for start, q in ((above, old[0]), (line, new[0]))):
            continue
        sign = text[max(0, p.start - 8):p.start]
        found.append(Change(p, old[0], new[0], "row", "down" if re.search(r"[-−–]\s*$|down\s*$", sign, re.I) else "up"))
        used.update({p.id, old[0].id, new[0].id})
    return found


def _role_changes(text: str, amounts: list[Quantity], stated: list[Quantity], used: set[str]) -> list[Change]:
    """Changes read by role wherever the figures stand: the old value after an origin word ("from",
    "against", "having stood at", "on last year's"), the new one comparable to it (after a
    destination word when several could be: "to", "reached", "taking the total to"), and the
    stated change anywhere in the sentence next to a change word ("an 8% rise on the previous
    figure of 12,500, taking the total to 13,000"; "grew by 19% to 3,075, having stood at 2,480").
    Read only when the sentence leaves one such reading: one old value, and one stated change."""
    stated = [p for p in stated if p.id not in used and _change_word_near(text, p)]
    values = [q for q in amounts if q.id not in used and q not in stated and not year_like(q)]
    olds = [q for q in values if ORIGIN_CUE.search(text[max(0, q.start - 40):q.start])
            and not RANGE_BEFORE.search(text[max(0, q.start - 40):q.start])]
    if len(stated) != 1 or len(olds) != 1:
        return []
    old, p = olds[0], stated[0]
    news = [q for q in values if q is not old and comparable(old, q) and _fits_pair(p, old, q)]
    destined = [q for q in news if DESTINATION_CUE.search(text[max(0, q.start - 40):q.start])]
    if len(destined) > 1 or (not destined and len(news) != 1):
        return []
    new = (destined or news)[0]
    if implausible_pair(old.value, new.value, p):
        return []
    first, last = (old, new) if old.start < new.start else (new, old)
    # the stated change must belong to the pair's clause: no other figure and no new clause between
    span = (p.end, first.start) if p.end <= first.start else (last.end, p.start) if p.start >= last.end else None
    if span is not None:
        between = text[span[0]:span[1]]
        others = [q for q in amounts if q.start >= span[0] and q.end <= span[1] and q not in (old, new)
                  and comparable(old, q) and max(_size(q), _size(old)) <= 50 * max(1e-9, min(_size(q), _size(old)))]
        # "since 2019" and "between 2015 and 2023" date the change, they start no clause
        plain = re.sub(r"\bbetween\s+\S+\s+and\s+\S+|\bsince\s+\S+", "", between)
        if others or ROLE_CLAUSE_BREAK.search(plain) \
                or SENTENCE_BREAK.search(between) or len(between) > 90:
            return []
    window = text[max(0, min(p.start, first.start) - 40):max(p.end, last.end) + 25]
    direction = direction_of(_phrase_around(text, p)) or direction_of(window)
    used.update({p.id, old.id, new.id})
    return [Change(p, old, new, "from ... to" if old.start < new.start else "... from", direction, inferred=True)]


# The periods a change compares: the old value's sentence names a past one, the new value's the present
_SEASONS = r"winter|summer|spring|autumn|fall"
PAST_PERIOD = re.compile(r"\b(?:last|previous|prior|preceding)\s+(?:year|month|week|season|quarter|term|session|day|"
                         rf"close|trading\s+day|{_SEASONS})\b|\ba\s+(?:year|month|week|decade)\s+(?:earlier|before|ago)\b",
                         re.I)
# a year named for the old value, against a present period named for the new: "In 2023 the festival drew 8,000.
# / This year's attendance of 12,000 ..." (on its own "in 2025" may be a year to come)
NAMED_YEAR = re.compile(r"\bin\s+(?:19|20)\d\d\b", re.I)
PRESENT_PERIOD = re.compile(rf"\b(?:this|current)\s+(?:year|month|week|season|quarter|term|{_SEASONS})(?:['’]s)?\b"
                            r"|\bnow\b", re.I)


def find_split_changes(text: str, before: list[Quantity], now: list[Quantity], used: set[str],
                       contrast_only: bool = False) -> list[Change]:
    """A change told over two sentences of one paragraph; ``before`` and ``now`` are their figures.

    - The stated change first, its figures next: "Home sales slumped 32% in March. Agents closed
      702 deals, compared with 900 a year earlier." (the first sentence holds one stated change and
      no figure it could be the change of; the second one old value and one comparable new value
      and no stated change of its own).
    - The old value first, the new one with the stated change next, the two periods contrasted:
      "Last year the food bank handed out 5,200 parcels. This year it expects to distribute 7,800,
      a rise of 30%." (the first sentence names a past period and holds one comparable figure).
    Both are read as inferred: a reader links them by position and period words. With ``contrast_only`` (two
    paragraphs, two clauses of one sentence) only the second, whose period words tie the two together, is read."""
    def stated_in(qs: list[Quantity]) -> list[Quantity]:
        return [q for q in qs if q.id not in used and _change_word_near(text, q)
                and ((q.kind is Kind.PERCENT and q.unit == "%" and q.value is not None
                     and not POINTS_AFTER.match(text[q.end:q.end + 25]) and not SHARE_AFTER.match(text[q.end:q.end + 30]))
                     or is_multiple(q) or is_fraction_change(text, q))]

    def values_in(qs: list[Quantity]) -> list[Quantity]:
        return [q for q in qs if q.id not in used and q.kind in _AMOUNTS and q.value is not None and q.unit != "ratio"
                and q.role is None and not year_like(q) and q.kind is not Kind.PERCENT]

    found: list[Change] = []
    stated_before, stated_now = stated_in(before), stated_in(now)
    values_before, values_now = values_in(before), values_in(now)
    if contrast_only:
        return _taken(_contrasted_periods(text, before, stated_before, stated_now, values_before, values_now), used)
    if len(stated_before) == 1 and not stated_now and not values_before:
        olds = [q for q in values_now if ORIGIN_CUE.search(text[max(0, q.start - 40):q.start])]
        news = [q for q in values_now if olds and q is not olds[0] and comparable(olds[0], q)]
        if len(olds) == 1 and len(news) == 1 and not implausible_pair(olds[0].value, news[0].value, stated_before[0]):
            p = stated_before[0]
            found.append(Change(p, olds[0], news[0], "... from", direction_of(_phrase_around(text, p)), inferred=True))
    else:
        found += _contrasted_periods(text, before, stated_before, stated_now, values_before, values_now)
    if not found and len(stated_before) == 1 and len(values_before) == 1 and not stated_now and len(values_now) == 1:
        # "Revenue rose 17% to $812m in 2023. In 2022 it was $760m."; "Shares closed down 14.5% at $52.30.
        # They had ended the previous session at $56.10": the change and its new value, then the old value
        # in a sentence that names an earlier period
        p, new, old = stated_before[0], values_before[0], values_now[0]
        if comparable(old, new) and NEW_VALUE_CUE.search(text[p.end:new.start]) \
                and _earlier_period(text[sentence_start(text, old.start):old.end + 40], before) \
                and not ORIGIN_CUE.search(text[p.end:new.start]) \
                and not implausible_pair(old.value, new.value, p):
            found.append(Change(p, old, new, "... then", direction_of(_phrase_around(text, p)), inferred=True))
    if not found and len(stated_now) == 1 and now and ANAPHORIC_OPENING.match(text[sentence_start(text, now[0].start):]):
        # "The ministry counted 1,260 new cases. That was down 30% from the 1,500 recorded a week earlier":
        # the stated change and the old value here, the new value the figure the opening word points back to
        olds = [q for q in values_now if ORIGIN_CUE.search(text[max(0, q.start - 40):q.start])]
        if len(olds) == 1 and len(values_now) == 1:
            news = [q for q in values_before if comparable(olds[0], q)]
            if len(news) == 1 and not implausible_pair(olds[0].value, news[0].value, stated_now[0]):
                p = stated_now[0]
                found.append(Change(p, olds[0], news[0], "... from", direction_of(_phrase_around(text, p)),
                                    inferred=True))
    if not found and len(stated_now) == 1 and not values_now and not stated_before \
            and DEFINITE_CHANGE.search(text[max(0, stated_now[0].start - 12):stated_now[0].start]):
        # "Tuition will be $11,880 next fall, up from $11,000 this year. 'This 8% increase is the smallest ...'":
        # the figures first, then the change named by a definite article or a demonstrative
        olds = [q for q in values_before if ORIGIN_CUE.search(text[max(0, q.start - 40):q.start])]
        news = [q for q in values_before if olds and q is not olds[0] and comparable(olds[0], q)]
        # "The 40% increase in applications": a change of something the sentence before did not count
        changed = re.match(r"\s*[a-z]+\s+(?:in|of)\s+(?:the\s+)?([a-z]{3,})", text[stated_now[0].end:stated_now[0].end + 40],
                           re.I)
        told_before = text[max(0, before[0].start - 80):before[-1].end].lower() if before else ""
        if len(olds) == 1 and len(news) == 1 and (changed is None or changed.group(1)[:4].lower() in told_before) \
                and not implausible_pair(olds[0].value, news[0].value, stated_now[0]):
            p = stated_now[0]
            found.append(Change(p, olds[0], news[0], "... from", direction_of(_phrase_around(text, p)), inferred=True))
    return _taken(found, used)


def _contrasted_periods(text: str, before: list[Quantity], stated_before: list[Quantity], stated_now: list[Quantity],
                        values_before: list[Quantity], values_now: list[Quantity]) -> list[Change]:
    """The old value first, the new one with the stated change next, the two periods contrasted: "Last year
    the food bank handed out 5,200 parcels. This year it expects to distribute 7,800, a rise of 30%"."""
    if not (len(stated_now) == 1 and len(values_before) == 1 and not stated_before and len(values_now) == 1):
        return []
    old, new, p = values_before[0], values_now[0], stated_now[0]
    old_sentence = text[max(0, before[0].start - 60):old.end + 60]
    if comparable(old, new) and (PAST_PERIOD.search(old_sentence) or NAMED_YEAR.search(old_sentence)) \
            and PRESENT_PERIOD.search(text[max(0, new.start - 80):new.start]) \
            and not ORIGIN_CUE.search(text[max(0, p.start - 60):p.end + 40]) \
            and not implausible_pair(old.value, new.value, p):
        return [Change(p, old, new, "from ... to", direction_of(_phrase_around(text, p)), inferred=True)]
    return []


def _taken(found: list[Change], used: set[str]) -> list[Change]:
    """``found``, its figures added to ``used``."""
    for change in found:
        used.update({change.stated.id, change.origin.id, change.new.id})
    return found


# a change referred back to: "This 8% increase", "the 12 per cent rise"
DEFINITE_CHANGE = re.compile(r"\b(?:this|that|the|its|their)\s+$", re.I)
# the words between a stated change and its new value: "rose 17% to $812m", "closed down 14.5% at $52.30"
NEW_VALUE_CUE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:to|at)\s+(?:a\s+(?:record|high|low)\s+(?:of\s+)?)?$", re.I)
# a sentence in the past perfect tells a time before the one before it: "They had ended the session at"
PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?(?:ended|closed|stood|finished|been)\b", re.I)


def _earlier_period(sentence: str, before: list[Quantity]) -> bool:
    """The sentence names a period earlier than the one before it did ("In 2022 it was", "A year
    earlier", "They had ended the previous session at")."""
    if PAST_PERIOD.search(sentence) or PAST_PERFECT.search(sentence):
        return True
    years = [q.year for q in before if q.kind is Kind.DATE and q.year]
    told = re.match(r"\s*(?:in|during|for)\s+(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b", sentence, re.I)
    return bool(told and years and int(told.group("y")) < min(years))


# the sign of a change in brackets after a row's value: "5,040 (+17%)", "(−3.2%)", "(up 4%)"
SIGNED_IN_BRACKETS = re.compile(r"\(\s*(?:[+\-−–]|up\s+|down\s+)\s*$", re.I)
# the start of a table's row, up to its first figure: a label and a colon or a tab ("2024: ", "North\t")
ROW = re.compile(r"^\s*[\w'’&().,/ -]{1,40}(?::\s*|\t+)$")
# a sentence opening that points back to the figure of the sentence before: "That was down 30% from ..."
ANAPHORIC_OPENING = re.compile(r"\s*(?:that|this|it|the\s+(?:figure|number|total|tally))\s+(?:was|is|represents|"
                               r"represented|marks|marked)\b", re.I)


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``offset`` starts: after the last full stop (and any closing quote
    or bracket) or line break in the 300 characters before it."""
    head = text[max(0, offset - 300):offset]
    ends = list(_STOP_THEN_SPACE.finditer(head))
    start = ends[-1].end() if ends else 0
    return max(0, offset - 300) + max(start, head.rfind("\n") + 1)


_STOP_THEN_SPACE = re.compile(r"[.!?][\"'”’)\]]*\s")
# where a sentence ends: the same stop, or a line break
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n")


def _phrase_around(text: str, p: Quantity) -> str:
    before = re.split(r"[,;:()]", text[max(0, p.start - 30):p.start])[-1]
    after = re.split(r"[,;:()]", text[p.end:p.end + 30])[0]
    return before + p.text + after


def _change_word_near(text: str, p: Quantity) -> bool:
    if is_multiple(p) or is_fraction_change(text, p):
        return True
    phrase = _phrase_around(text, p)
    signed = re.search(r"[(\[]\s*[+−-]\s*$", text[max(0, p.start - 3):p.start])  # "(+28%)"
    return bool(signed or _UP.search(phrase) or _DOWN.search(phrase) or re.search(r"\bchang\w*|\bswing\b", phrase, re.I))


# "A 15 per cent pay rise will take a newly qualified teacher's salary from A$75,000 to ...": the change as the
# subject of a verb of taking, whose object runs long before "from"
TAKES_FROM = re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?(?:{alternation('changes', 'change_nouns')})\s+"
                        rf"(?:(?:will|would|could|should|is\s+set\s+to|is\s+to)\s+)?"
                        rf"(?:{alternation('changes', 'taking_verbs')})\s+[^.;!?\d]{{0,70}}?\bfrom\s+$", re.I)
_BY_FRACTION = re.compile(rf"(?:\bby|\b(?:{alternation('changes', 'change_nouns')})\s+of)\s+$", re.I)


def is_fraction_change(text: str, q: Quantity) -> bool:
    """A change stated as a fraction of the old value: "rose by a third", "fell by a fifth"."""
    return q.unit == "ratio" and q.unit_symbol != "×" and q.value is not None and 0 < q.value < 1 \
        and bool(_BY_FRACTION.search(text[max(0, q.start - 25):q.start]))


def _size(q: Quantity) -> float:
    assert q.value is not None  # an amount with a value
    return abs(q.value)


def implausible_pair(old_value: float | None, new_value: float | None, stated: Quantity) -> bool:
    """Figures orders of magnitude apart are not the old and new value of a modest change: "1.64
    dlrs a share" against "231.4 mln dlrs" of profit beside a stated "41 pct"."""
    assert old_value is not None and new_value is not None and stated.value is not None  # figures with values
    low, high = sorted((abs(old_value), abs(new_value)))
    claimed = stated.value * 100 if is_multiple(stated) else stated.value
    return low == 0 or (high / low > 50 and abs(claimed) < 1000)


def _than_changes(text: str, amounts: list[Quantity], percents: list[Quantity], used: set[str]) -> list[Change]:
    """"Revenue was $5.2 billion, 8% higher than the $4.8 billion a year earlier"."""
    found = []
    for p in percents:
        if p.id in used:
            continue
        origin = next((q for q in amounts if q.start >= p.end and q is not p), None)
        m = THAN.match(text[p.end:origin.start]) if origin is not None and origin.id not in used else None
        if m is None or origin is None:
            continue
        new = next((q for q in reversed(amounts) if q.end <= p.start), None)
        if new is None or new.id in used or not comparable(origin, new):
            continue
        gap = text[new.end:p.start]
        if new.counted_text and gap.lstrip().startswith(new.counted_text):
            gap = gap.lstrip()[len(new.counted_text):]
        fronted = re.search(r"(?:^|[.!?]\s+|\n)\s*At\s+$", text[max(0, new.start - 12):new.start]) \
            and re.fullmatch(r"\s*,\s*(?:[\w'’-]+\s+){1,6}(?:was|is|were|are)\s+", gap)
        if not fronted and not re.fullmatch(r"(?:\s+(?:on|in|at|for)\s+(?:an?\s+|the\s+)?\w+)?"  # "$3.60 on average, 20% more than"
                                            r"[\s,(—–-]*(?:(?:was|is|were|are|will\s+be|came\s+in|stood)\s+)?"
                                            r"(?:or\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?", gap, re.I):
            continue  # (not "At 612 cases, burglaries were 15% lower than the 680 ...": the subject said of the figure)
        found.append(Change(p, origin, new, "than", "up" if m.group("up") else "down"))
        used.update({p.id, origin.id, new.id})
    return found


def _cue_words(cue: str, origin_first: bool) -> str:
    if origin_first:
        return "from ... to" if cue == "from" else f"{cue} ..., ..."
    return f"... {cue}"


def _new_value(text: str, amounts: list[Quantity], i: int, cue: str, cue_start: int,
               used: set[str]) -> Quantity | None:
    origin = amounts[i]
    after = next((q for q in amounts[i + 1:] if comparable(origin, q)), None)
    before = next((q for q in reversed(amounts[:i]) if comparable(origin, q)), None)

    def forward() -> Quantity | None:
        if after is None or after.id in used:
            return None
        gap = text[origin.end:after.start]
        if len(gap) > 70 or re.search(r"[;]|[.!?]\s", gap):
            return None
        if cue == "from":
            return after if FORWARD.search(gap) else None
        # "Compared with 44 a year earlier, the 21 recorded ...": the new value opens the next clause
        return after if "," in gap and len(gap) <= 45 and not NEW_CLAUSE.search(gap) else None

    def backward() -> Quantity | None:
        if before is None or before.id in used or before.end > cue_start:
            return None
        gap = text[before.end:cue_start]
        if before.counted_text and gap.lstrip().startswith(before.counted_text):  # "to 1.2 million units from"
            gap = " " + gap.lstrip()[len(before.counted_text):]
        return before if BACKWARD.match(gap) else None

    return (forward() or backward()) if cue == "from" else (backward() or forward())


def _stated(text: str, qs: list[Quantity], percents: list[Quantity], first: Quantity, last: Quantity,
            used: set[str]) -> tuple[Quantity, str] | None:
    """The percentage stated for the pair first..last, and the words that give it its direction."""
    best: tuple[int, Quantity, str] | None = None
    for p in percents:
        if p.id in used or p is first or p is last or not _fits_pair(p, first, last):
            continue
        tail = re.split(r"[,;.()]", text[p.end:p.end + 25])[0]
        if p.start >= last.end:
            gap = text[last.end:p.start]
            if len(gap) > 50 or NEW_CLAUSE.search(gap) or re.search(r"[.!?]\s", gap):
                continue
            phrase = gap[-30:] + p.text + tail
        elif p.end <= first.start:
            # "grew by 12.5 per cent between the 2011 and 2021 censuses, from 32,000 to 38,400": the period
            # between two times is no clause of its own
            gap = BETWEEN_TIMES.sub(" ", text[p.end:first.start])
            if (len(gap) > 30 or NEW_CLAUSE.search(gap) or re.search(r"[.!?]\s", gap)) and not TAKES_FROM.match(gap):
                continue
            lead = re.split(r"[,;.()]", text[max(0, p.start - 30):p.start])[-1]
            if re.search(r"\bby\s*$", lead):  # "is slashing the price of its loaf by 20%": the verb 'by' hangs on
                lead = re.split(r"[,;()]", text[sentence_start(text, p.start):p.start])[-1]
            phrase = lead + p.text + tail
        elif first.end <= p.start and p.end <= last.start and first is not last:
            # "closed at 2,500 points on Friday, up 5% from Thursday's close of 2,000": between the new value and
            # the old one after it
            gap = text[first.end:p.start]
            if len(gap) > 40 or NEW_CLAUSE.search(gap) or re.search(r"[.!?]\s", gap) \
                    or not ORIGIN.search(text[p.end:last.start]):
                continue
            phrase = gap[-20:] + p.text + tail
        else:
            continue
        between = (min(p.end, last.end), max(p.start, first.start))
        if any(q.kind in _AMOUNTS and q is not p and q.start >= between[0] and q.end <= between[1] for q in qs):
            continue  # another amount stands between the pair and the percentage
        apposed = p.start >= last.end and re.fullmatch(r"[\s,(—–-]*(?:or\s+)?(?:(?:about|roughly|some|nearly|almost|"
                                                      r"around)\s+)?", text[last.end:p.start], re.I) \
            and direction_of(text[max(0, first.start - 50):first.start]) is not None
        if not (_UP.search(phrase) or _DOWN.search(phrase) or re.search(r"\bchang\w*|\bswing\b", phrase, re.I)
                or apposed):  # "fell from 250,000 to 230,000, or 12%": the verb before the pair words it
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), p, phrase)
    return (best[1], best[2]) if best else None
