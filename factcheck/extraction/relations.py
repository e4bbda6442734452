"""Relations between figures of one sentence: part-of, totals, enumerations, equivalents,
changes and elapsed time. Each relation is found from the words between the figures
(the cue tables below are data: extend them, not the code)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from factcheck.analysis import same_paragraph
from factcheck.extraction.breakdowns import BreakdownReader, Clauses
from factcheck.extraction.changes import find_changes, find_split_changes
from factcheck.extraction.datetimes import ambiguous_meanings
from factcheck.extraction.elapsed import find_elapsed
from factcheck.extraction.restatements import find_restatements
from factcheck.lang import alternation
from factcheck.records import UTC, Kind, Quantity, Relation, RelationType

# Between two listed counts: the first's noun phrase, then a joiner right before the next figure
ENUMERATION_GAP = re.compile(r"^[ \w'’-]{0,30}?(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)"
                             rf"(?:(?:{alternation('hedges')})\s+)?$", re.I)
# Equivalents: "6am (4am GMT)", "10 km (6 miles)", "466 kilometres, or 290 miles,"
# words that give a measure's conversion: "150mm of rain — equivalent to 6 inches"
_EQUIVALENT_WORDS = r"(?:equivalent\s+to|the\s+equivalent\s+of)"
EQUIVALENT_GAP = re.compile(
    rf"^\s*(?:\(|\[|,?\s*or\s+|/|—|–|-|,\s*(?:which|that)\s+(?:is|was)\s+|,)\s*(?:{_EQUIVALENT_WORDS}\s+)?"
    rf"(?:(?:{alternation('hedges')})\s+)?$",
    re.I,
)


# "150mm of rain — equivalent to about 6 inches": what the measure is of, then its conversion
NOUN_THEN_EQUIVALENT = re.compile(rf"^\s+of\s+[a-z]+\s*(?:—|–|\(|,)\s*(?:{_EQUIVALENT_WORDS}|or)\s+"
                                  rf"(?:(?:{alternation('hedges')})\s+)?$", re.I)
NOUN_THEN_BRACKET = re.compile(rf"^\s+[a-z]+\s*\(\s*(?:(?:{alternation('hedges')})\s+)?$", re.I)
# Between a local time and its bracketed equivalent, the words of its place or day: " in Sydney (",
# " local time on Saturday (", " on Friday (": no figure, no clause break, a bracket or a dash last
# " local time on January 18, 2025 (": its date too
TIME_EQUIVALENT_GAP = re.compile(r"^\s+(?:(?:in|at|on|local|time|this|next|the|of|here|there|[A-Z][\w.'’-]*|[a-z]+day|"
                                 r"\d{1,4}(?:st|nd|rd|th)?)\b[\s,]*){1,8}"
                                 r"(?:\(|\[|—|–|,)\s*(?:or\s+|(?:which|that)\s+(?:is|was)\s+|that['’]s\s+)?$")


class RelationFinder:
    """Finds the relations of an article, sentence by sentence."""

    def __init__(self, text: str, passages=None) -> None:
        self.text = text  # the analysed body (file offsets)
        self.relations: list[Relation] = []
        self._used_in_list: set[str] = set()
        self.clauses = Clauses(passages)  # the parse of every passage, shared by the relation readers
        self.breakdowns = BreakdownReader(text, self.clauses)
        self._previous: tuple[int, list[Quantity]] | None = None
        # the sentence before, its figures and those its changes used: a change may span two sentences
        self._previous_change: tuple[int, list[Quantity], set[str]] | None = None
        self._sentence_before: tuple[int, list[Quantity]] | None = None  # for the elapsed readings
        # ages of the sentence before told without a birth date, which the next sentence may give
        self.ages_awaiting_birth: list[tuple[Quantity, list[Quantity]]] = []

    def _add(self, type_: RelationType, whole: Quantity | None, parts: list[Quantity], sentence: int,
             cue: str | None = None, direction: str | None = None, inferred: bool = False,
             alternatives: Sequence[Quantity] = ()) -> None:
        self.relations.append(Relation(
            id=f"r{len(self.relations) + 1}", type=type_, whole=whole.id if whole else None,
            parts=[p.id for p in parts], cue=cue, sentence=sentence, direction=direction, inferred=inferred,
            alternatives=[a.id for a in alternatives]))
        if type_ in (RelationType.PART_OF, RelationType.TOTAL_OF, RelationType.ENUMERATION):
            self._used_in_list.update(p.id for p in parts)
            if whole:
                self._used_in_list.add(whole.id)

    def total_rows(self, quantities: list[Quantity]) -> None:
        """Across the article: a total row after its rows ("North: 21 / South: 17 / ... / Total: 68";
        "Labour 1,432; Green 244. Total valid votes: 3,373")."""
        for b in self.breakdowns.total_rows(sorted(quantities, key=lambda q: q.start), self._used_in_list):
            assert b.whole is not None  # a total row always has its figure
            self._add(b.type, b.whole, b.parts, b.whole.sentence, cue=b.cue, inferred=b.inferred)

    def restatements(self, quantities: list[Quantity]) -> None:
        """Across the article: later figures whose noun phrase refers back to an earlier count; never the two
        values of one change ("this year's 5.4 million tonnes is 20% higher than last year's 4.5 million")."""
        changed = [set(r.parts) for r in self.relations if r.type is RelationType.CHANGE]
        for later, earlier, how in find_restatements(self.clauses, quantities, self.text):
            if any({later.id, earlier.id} <= values for values in changed):
                continue
            self._add(RelationType.RESTATEMENT, later, [earlier], later.sentence, cue=how, inferred=True)

    def gap(self, a: Quantity, b: Quantity) -> str:
        return self.text[a.end:b.start]

    def sentence(self, quantities: list[Quantity], sentence: int) -> None:
        qs = sorted(quantities, key=lambda q: q.start)
        self._equivalents(qs, sentence)
        self._parts(qs, sentence)
        self._enumerations(qs, sentence)
        self._changes(qs, sentence)
        before = self._sentence_before
        prior = before[1] if before and before[0] == sentence - 1 and self._same_paragraph(before[1], qs) else None
        find_elapsed(self, qs, sentence, prior)
        self._sentence_before = (sentence, qs)

    # -- equivalents -------------------------------------------------------------------------
    def _equivalents(self, qs: list[Quantity], sentence: int) -> None:
        times = [q for q in qs if q.kind is Kind.TIME]
        for a, b in itertools.pairwise(times):
            # "7pm in Sydney (0800 GMT)", "10am on Sunday (1000 GMT)", "5 p.m. Pacific on Friday (0100 GMT
            # Saturday)": the place or day of the local time may stand before the bracket
            if not EQUIVALENT_GAP.match(self.gap(a, b)) and TIME_EQUIVALENT_GAP.match(self.gap(a, b)) \
                    and ((a.zone == UTC) != (b.zone == UTC) or _two_zones(a, b, self.gap(a, b))):
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue=self.gap(a, b).split()[-1])  # "(", "or", "is"
        for a, b in itertools.pairwise(qs):
            if a.kind is b.kind is Kind.MEASURE and a.dimension == b.dimension and a.unit != b.unit \
                    and ("-" in a.text and NOUN_THEN_BRACKET.match(self.gap(a, b)) or NOUN_THEN_EQUIVALENT.match(self.gap(a, b))):
                # "a 150-acre site (about 100 hectares)": the measure is the adjective of the noun before the bracket
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue="(")
                continue
            if not EQUIVALENT_GAP.match(self.gap(a, b)):
                continue
            if a.kind is Kind.TIME and b.kind is Kind.TIME and ((a.zone == UTC) != (b.zone == UTC)
                                                                or _two_zones(a, b, self.gap(a, b))):
                # "6am (0400 GMT)"; "9 p.m. Eastern, 6 p.m. Pacific": a time told in two zones
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue=self.gap(a, b).strip() or None)
            elif a.kind is b.kind and a.kind in (Kind.MEASURE, Kind.DURATION) and a.dimension == b.dimension \
                    and a.unit != b.unit \
                    and (re.search(rf"[(\[/—]|\bor\b|{_EQUIVALENT_WORDS}", self.gap(a, b)) or b.qualifier_text):
                # not "5 km, 10 miles and ...": a list; but "320 acres, roughly 130 hectares" is one measure
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue=self.gap(a, b).strip() or None)
            elif a.kind is b.kind is Kind.MONEY and a.unit != b.unit and "(" in self.gap(a, b):
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue="(")

    # -- part-of and totals ------------------------------------------------------------------
    def _parts(self, qs: list[Quantity], sentence: int) -> None:
        previous = self._previous if self._previous and self._previous[0] == sentence - 1 else None
        for b in self.breakdowns.read(qs, previous[1] if previous else None):
            self._add(b.type, b.whole, b.parts, sentence, cue=b.cue, inferred=b.inferred, alternatives=b.alternatives)
        self._previous = (sentence, qs)

    def _lines(self, qs: list[Quantity]) -> list[list[Quantity]]:
        """The figures of a sentence grouped by the lines they stand on."""
        lines: list[list[Quantity]] = []
        for q in qs:
            if not lines or "\n" in self.text[lines[-1][-1].end:q.start]:
                lines.append([])
            lines[-1].append(q)
        return lines

    def _same_paragraph(self, before: list[Quantity], now: list[Quantity]) -> bool:
        return same_paragraph(self.text, before, now)

    def _enumerations(self, qs: list[Quantity], sentence: int) -> None:
        counts = [q for q in qs if q.kind is Kind.COUNT and q.value is not None]
        i = 0
        while i < len(counts):
            if counts[i].id in self._used_in_list:
                i += 1
                continue
            parts = [counts[i]]
            for nxt in counts[i + 1:]:
                if nxt.id in self._used_in_list or not ENUMERATION_GAP.match(self.gap(parts[-1], nxt)):
                    break
                parts.append(nxt)
            if len(parts) >= 2 and len({p.counted for p in parts}) == len(parts):
                self._add(RelationType.ENUMERATION, None, parts, sentence, cue="and")
            i += max(1, len(parts))

    # -- changes -----------------------------------------------------------------------------
    def _changes(self, qs: list[Quantity], sentence: int) -> None:
        """"rose from 40 to 50, a 25% rise": whole = the stated percentage, parts = [from, to]."""
        changes = find_changes(self.text, qs)
        previous = self._previous_change
        if previous and previous[0] == sentence - 1:
            used = {q.id for c in changes for q in (c.stated, c.origin, c.new)} | previous[2]
            heading = self.breakdowns.heading_end
            # a paragraph before (not a headline) ties in only by its contrasted period: "In 2023 the festival drew
            # 8,000. / This year's attendance of 12,000 represents a 60 percent increase"
            changes += find_split_changes(self.text, previous[1], qs, used, contrast_only=not (
                self._same_paragraph(previous[1], qs) or heading is not None and previous[1][-1].end <= heading))
        if not changes:
            # two clauses of one sentence, set apart by a semicolon and by their periods: "Last winter the shelter
            # housed 400 people; this winter it housed 300, a 25 percent decline"
            cut = next((k for k in range(1, len(qs)) if ";" in self.text[qs[k - 1].end:qs[k].start]), None)
            if cut is not None:
                changes = find_split_changes(self.text, qs[:cut], qs[cut:], set(), contrast_only=True)
        lines = self._lines(qs)
        if not changes and len(lines) == 2:
            # "Council tax to rise 8.9% / Band D bills will go from £1,820 to £1,909": a headline line the
            # parser ran into the story's first sentence is a sentence of its own
            changes = find_changes(self.text, lines[1]) or find_split_changes(self.text, lines[0], lines[1], set())
        for change in changes:
            self._add(RelationType.CHANGE, change.stated, [change.origin, change.new], sentence, cue=change.cue,
                      direction=change.direction, inferred=change.inferred)
        self._previous_change = (sentence, qs, {q.id for c in changes for q in (c.stated, c.origin, c.new)})


def _two_zones(a: Quantity, b: Quantity, gap: str) -> bool:
    """Two times each with a zone of its own, written or placed in the sentence (never the dateline's),
    neither UTC nor an unplaced local time, set side by side rather than as a span: "9am in London
    (5am in New York)", "9 p.m. Eastern, 6 p.m. Pacific"; not "1:30 PM - 2:30 PM CT"."""
    zoned = [q.zone for q in (a, b) if q.zone is not None and q.zone != UTC and q.zone.kind != "local"
             and not (q.place_source or "").startswith("dateline")]
    # (an em dash sets one time beside the other; a hyphen or an en dash joins a span's ends)
    if len(zoned) == 2 and zoned[0] != zoned[1] and not re.search(r"[-–]|\bto\b|\buntil\b", gap):
        return True
    # "2pm local time in Delhi – 10:30 BST": a time zoned by an ambiguous abbreviation beside a local time placed
    # by its own words or its sentence, whatever the place made of the abbreviation
    ambiguous = [q for q in (a, b) if ambiguous_meanings(q.text)]
    other = a if ambiguous == [b] else b if ambiguous == [a] else None
    return other is not None and other.zone is not None and other.zone != UTC and other.zone.kind != "local" \
        and (other.place_source or "").split(" ")[0] in ("time", "sentence") \
        and not re.fullmatch(r"\s*[-–—]\s*", gap) and not re.search(r"\bto\b|\buntil\b|\band\b", gap)


def by_sentence(quantities: list[Quantity]) -> Iterator[tuple[int, list[Quantity]]]:
    groups: dict[int, list[Quantity]] = {}
    for q in quantities:
        groups.setdefault(q.sentence, []).append(q)
    yield from sorted(groups.items())
