"""Relations between figures of one sentence: part-of, totals, enumerations, equivalents,
changes and elapsed time. Each relation is found from the words between the figures
(the cue tables below are data: extend them, not the code)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.extraction.changes import find_changes
from factcheck.records import Kind, Quantity, Relation, RelationType

COUNTABLE = {Kind.COUNT, Kind.NUMBER}
AMOUNTS = {Kind.COUNT, Kind.NUMBER, Kind.MONEY, Kind.MEASURE}

# Cues after the whole that introduce its parts: (regex, relation type)
CUES_AFTER_WHOLE: list[tuple[str, RelationType]] = [
    (r"\bincluding\b|\bincludes?\b|\bincluded\b|\bamong\s+(?:them|whom|those|these)\b|\bof\s+(?:whom|which)\b"
     r"|\bcover(?:s|ed|ing)?\b|\bsuch\s+as\b|\bnotably\b|,\s*with\b", RelationType.PART_OF),
    (r"\bcompris(?:e|es|ed|ing)\b|\bconsist(?:s|ed|ing)?\s+of\b|\bmade\s+up\s+of\b|\bbr(?:eak|eaks|oke|oken)\s+down\b"
     r"(?:\s+(?:as\s+follows|into|like\s+this))?|\bsplit\s+(?:into|between|among)\b|\bdivided\s+(?:into|between|among)\b"
     r"|\bas\s+follows\b|:|\bnamely\b", RelationType.TOTAL_OF),
]
# Cues between the parts and a whole that follows them
CUES_BEFORE_WHOLE: list[tuple[str, RelationType]] = [
    (r"\b(?:were|are|was|is)\s+(?:among|part\s+of|included\s+in)\s+(?:the|a|an|its|their)?\b|\bout\s+of\s+(?:the\s+)?"
     r"|\bof\s+(?:the|a|an)\s+total\s+of\b", RelationType.PART_OF),
    (r"\b(?:add(?:s|ed)?|adding|amount(?:s|ed)?|amounting|come|came|comes)\s+(?:up\s+)?to\s+(?:a\s+total\s+of\s+)?"
     r"|\bmak(?:e|es|ing)\s+up\s+(?:the|a|all)?\b|\b(?:for|giving|gives|give|with)\s+a\s+total\s+of\b"
     r"|\btotal(?:l?ing|l?ed|s)?\b|\bin\s+all\b|\baltogether\b|\bsumming\s+to\b", RelationType.TOTAL_OF),
]
# "Of the 83 visitors, 75 were adults and 44 children": the whole follows the cue, the parts follow the whole
CUE_OF_THE = re.compile(r"(?:^|[.!?:;,\"“”]\s*|\n\s*)(?:of|out\s+of|among)\s+(?:the|those|these|its|their)\s*$", re.I)
# "170 people, 89 of them adults and 135 children": the parts follow the whole, the first carries the cue
PARTITIVE = re.compile(r"^\s*of\s+(?:them|whom|those|these|which)\b", re.I)
PART_OF_THE = re.compile(r"^\s*(?:\w+\s+)?(?:of|out\s+of)\s+(?:the|its|their|his|her|our)\s+$", re.I)
# What may stand between two parts of one list
LIST_GAP = re.compile(r"^[^;.!?()]{0,60}$")
LIST_JOINER = re.compile(r",|\band\b|\bas\s+well\s+as\b|\bplus\b|\balong\s+with\b|\bwhile\b|\bwith\b|&", re.I)
# Between two listed counts: the first's noun phrase, then a joiner right before the next figure
ENUMERATION_GAP = re.compile(r"^[ \w'’-]{0,30}?(?:,\s*(?:and\s+|plus\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+)"
                             r"(?:(?:some|about|around|nearly|almost|roughly|more\s+than|over)\s+)?$", re.I)
# Equivalents: "6am (4am GMT)", "10 km (6 miles)", "466 kilometres, or 290 miles,"
EQUIVALENT_GAP = re.compile(
    r"^\s*(?:\(|\[|,?\s*or\s+|/|—|–|-|,)\s*(?:(?:about|around|roughly|some|approximately|approx\.?|nearly|almost|"
    r"just\s+over|just\s+under|over|under|more\s+than|less\s+than|an?\s+estimated|c\.)\s+)?$",
    re.I,
)
# Elapsed time. Counted back from the article date: "25 years ago in 1984", "in 1997, 16 years
# before this latest row", "60 years since ..., in 1953", "since 1997, some ten years", "its 30th
# anniversary, having been founded in 1980". Between two dates: "on 10 May ... 18 days later, on 4 June".
# What may stand between the span and its date is kept short, so that "joined 10 years ago and was
# promoted in 2015" relates nothing.
AGO = re.compile(r"^\s*(?:ago|before\s+(?:now|today|this\b|these\b|the\s+(?:current|present|latest)\b))\b", re.I)
SINCE_AFTER = re.compile(r"^\s*(?:have\s+|has\s+)?(?:passed\s+|elapsed\s+|gone\s+by\s+)?since\b", re.I)
SINCE_BEFORE = re.compile(r"\b(?:ever\s+)?since\s*$", re.I)
_HEDGE = r"(?:some|about|around|nearly|almost|roughly|more\s+than|over|just\s+over|less\s+than|under|fully|a\s+full)"
SINCE_GAP = re.compile(rf"^[\s,(–—-]*(?:(?:{_HEDGE}|for|for\s+{_HEDGE})\s+)?$", re.I)
BETWEEN_AFTER = re.compile(r"^\s*(?:later|earlier|afterwards|after\s+that|before\s+that)\b", re.I)
# from the cue word ("ago", "later", "since") to a date that follows it; "..., in 1953" after a since-clause
DATE_AFTER_CUE = re.compile(r"^[^\w]*(?:(?:back|way)\s+)?(?:in|on|during|from|by)?\s*$", re.I)
SINCE_CLAUSE_DATE = re.compile(r"(?:^\s*(?:the|its|their|his|her|a)?\s*|[,(–—-]\s*(?:back\s+)?(?:in|on|during)\s+)$", re.I)
# from a date to a span that follows it: "in 1990, 40 years ago", "in June 2013 (26 months ago)"
DATE_BEFORE_SPAN = re.compile(rf"^[\s,(–—-]*(?:{_HEDGE}\s+)?$", re.I)
ANNIVERSARY = re.compile(r"\b(?:anniversary|birthday)$", re.I)  # a DURATION "18th anniversary"
PAST_ANNIVERSARY = re.compile(r"\b(?:celebrated|marked|commemorated|observed)\b", re.I)


class RelationFinder:
    """Finds the relations of an article, sentence by sentence."""

    def __init__(self, text: str) -> None:
        self.text = text  # the analysed body (file offsets)
        self.relations: list[Relation] = []
        self._used_in_list: set[str] = set()

    def _add(self, type_: RelationType, whole: Quantity | None, parts: list[Quantity], sentence: int,
             cue: str | None = None, direction: str | None = None) -> None:
        self.relations.append(Relation(
            id=f"r{len(self.relations) + 1}", type=type_, whole=whole.id if whole else None,
            parts=[p.id for p in parts], cue=cue, sentence=sentence, direction=direction))
        if type_ in (RelationType.PART_OF, RelationType.TOTAL_OF, RelationType.ENUMERATION):
            self._used_in_list.update(p.id for p in parts)
            if whole:
                self._used_in_list.add(whole.id)

    def gap(self, a: Quantity, b: Quantity) -> str:
        return self.text[a.end:b.start]

    def sentence(self, quantities: list[Quantity], sentence: int) -> None:
        qs = sorted(quantities, key=lambda q: q.start)
        self._equivalents(qs, sentence)
        self._parts(qs, sentence)
        self._enumerations(qs, sentence)
        self._changes(qs, sentence)
        self._elapsed(qs, sentence)

    # -- equivalents -------------------------------------------------------------------------
    def _equivalents(self, qs: list[Quantity], sentence: int) -> None:
        for a, b in zip(qs, qs[1:]):
            if not EQUIVALENT_GAP.match(self.gap(a, b)):
                continue
            if a.kind is Kind.TIME and b.kind is Kind.TIME and (a.zone == "UTC") != (b.zone == "UTC"):
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue=self.gap(a, b).strip() or None)
            elif a.kind is b.kind is Kind.MEASURE and a.dimension == b.dimension and a.unit != b.unit \
                    and re.search(r"[(\[/—]|\bor\b", self.gap(a, b)):  # not "5 km, 10 miles and ...": a list
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue=self.gap(a, b).strip() or None)
            elif a.kind is b.kind is Kind.MONEY and a.unit != b.unit and "(" in self.gap(a, b):
                self._add(RelationType.EQUIVALENT, a, [b], sentence, cue="(")

    # -- part-of and totals ------------------------------------------------------------------
    def _list_from(self, qs: list[Quantity], i: int, like: Quantity | None) -> list[Quantity]:
        """The list of figures starting at qs[i] and joined by commas/'and'."""
        first = qs[i]
        if like is not None and not _same_family(first, like):
            return []
        parts = [first]
        for nxt in qs[i + 1:]:
            gap = self.gap(parts[-1], nxt)
            if not (LIST_GAP.match(gap) and LIST_JOINER.search(gap)) or not _same_family(nxt, first):
                break
            parts.append(nxt)
        return parts

    def _list_before(self, qs: list[Quantity], j: int) -> list[Quantity]:
        """The list of figures ending at qs[j], read backwards."""
        parts = [qs[j]]
        for prev in reversed(qs[:j]):
            gap = self.gap(prev, parts[0])
            if not (LIST_GAP.match(gap) and LIST_JOINER.search(gap)) or not _same_family(prev, qs[j]):
                break
            parts.insert(0, prev)
        return parts

    def _parts(self, qs: list[Quantity], sentence: int) -> None:
        amounts = [q for q in qs if q.kind in AMOUNTS and q.value is not None and q.unit != "ratio"]
        if len(amounts) < 2:
            return
        taken: set[str] = set()
        for i, whole in enumerate(amounts[:-1]):
            if whole.id in taken:
                continue
            after = amounts[i + 1]
            gap = self.gap(whole, after)
            # "Of the 83 visitors, 75 were adults and 44 were children"
            of_the = CUE_OF_THE.search(self.text, max(0, whole.start - 40), whole.start)
            if of_the and re.match(r"^[^;.]{0,40},", gap):
                parts = self._list_from(amounts, i + 1, whole)
                if parts:
                    self._add(RelationType.PART_OF, whole, parts, sentence, cue=of_the.group().strip(" ,.;:\"“”"))
                    taken.update(p.id for p in parts)
                    continue
            # "170 people, 89 of them adults and 135 children"
            if PARTITIVE.match(self.text[after.end:after.end + 20]) and re.match(r"^[^;.]{0,40}$", gap):
                parts = self._list_from(amounts, i + 1, whole)
                if parts:
                    self._add(RelationType.PART_OF, whole, parts, sentence, cue="of them")
                    taken.update(p.id for p in parts)
                    continue
            for pattern, type_ in CUES_AFTER_WHOLE:
                m = _last_match(pattern, gap)
                if m and len(gap) - m.end() <= 25 and len(gap) <= 70 and not re.search(r"[;.]", gap[:m.start()]):
                    cue = m.group().strip(" ,")
                    parts = self._list_from(amounts, i + 1, whole)
                    if cue == "with" and len(parts) < 2:
                        continue  # ", with two goals" is not a breakdown; ", with 70 men and 30 women" is
                    if parts and (len(parts) >= 2 or type_ is RelationType.PART_OF and parts[0].kind is Kind.COUNT):
                        self._add(type_, whole, parts, sentence, cue=cue)
                        taken.update(p.id for p in parts)
                        break
        # "41 of the 121 seats": one part, then its whole
        for part, whole in zip(amounts, amounts[1:]):
            if part.id not in taken and whole.id not in taken and PART_OF_THE.match(self.gap(part, whole)) \
                    and _same_family(part, whole):
                self._add(RelationType.PART_OF, whole, [part], sentence, cue="of the")
                taken.update((part.id, whole.id))
        # parts first, whole after: "21 business and 18 private customers were among the 63 customers"
        for j, whole in enumerate(amounts):
            if j == 0 or whole.id in taken:
                continue
            prev = amounts[j - 1]
            gap = self.gap(prev, whole)
            for pattern, type_ in CUES_BEFORE_WHOLE:
                m = _last_match(pattern, gap)
                if m and len(gap) - m.end() <= 30 and len(gap) <= 80 and not re.search(r"[;.]", gap):
                    parts = self._list_before(amounts, j - 1)
                    if len(parts) >= 2 or type_ is RelationType.PART_OF:
                        if parts and all(p.id not in taken for p in parts) and _same_family(parts[0], whole):
                            self._add(type_, whole, parts, sentence, cue=m.group().strip())
                            taken.update(p.id for p in parts)
                            taken.add(whole.id)
                        break

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
        for change in find_changes(self.text, qs):
            self._add(RelationType.CHANGE, change.stated, [change.origin, change.new], sentence, cue=change.cue,
                      direction=change.direction)

    # -- elapsed time ------------------------------------------------------------------------
    def _elapsed(self, qs: list[Quantity], sentence: int) -> None:
        dates = [q for q in qs if q.kind is Kind.DATE and q.year is not None
                 and (q.weekday is None or re.search(r"\d", q.text))]  # not a bare "Tuesday"

        def after_cue(cue_end: int, limit: int, gap: re.Pattern = DATE_AFTER_CUE) -> list[Quantity]:
            """Dates after the cue word, with only a short link ("in", "on", ", back in") between."""
            return [q for q in dates if 0 <= q.start - cue_end <= limit and gap.search(self.text[cue_end:q.start])]

        def before(d: Quantity, limit: int, gap: re.Pattern = DATE_BEFORE_SPAN) -> list[Quantity]:
            return [q for q in dates if 0 <= d.start - q.end <= limit and gap.match(self.text[q.end:d.start])]

        for d in qs:
            if d.kind is not Kind.DURATION or d.value is None:
                continue
            after = self.text[d.end:d.end + 30]
            if ANNIVERSARY.search(d.text):
                found = [q for q in dates if abs(q.start - d.start) <= 100]
                if found and not PAST_ANNIVERSARY.search(self.text[min(d.start, found[0].start):
                                                                   max(d.end, found[-1].end)]):
                    nearest = min(found, key=lambda q: min(abs(q.start - d.end), abs(d.start - q.end)))
                    self._add(RelationType.ELAPSED, d, [nearest], sentence, cue="anniversary")
            elif m := AGO.match(after):
                found = after_cue(d.end + m.end(), 25) or before(d, 25)[-1:]
                if found:
                    self._add(RelationType.ELAPSED, d, [found[0]], sentence, cue="ago")
            elif m := SINCE_AFTER.match(after):
                found = after_cue(d.end + m.end(), 100, SINCE_CLAUSE_DATE)
                if found:
                    self._add(RelationType.ELAPSED, d, [found[0]], sentence, cue="since")
            elif m := BETWEEN_AFTER.match(after):
                earlier, later = [q for q in dates if 0 <= d.start - q.end <= 120], after_cue(d.end + m.end(), 25)
                if earlier and later:
                    self._add(RelationType.ELAPSED, d, [earlier[-1], later[0]], sentence, cue=m.group().strip())
            else:  # "since 1997, some ten years" / "for ten years since 1997"
                found = [q for q in dates if SINCE_BEFORE.search(self.text[max(0, q.start - 12):q.start])
                         and ((0 <= d.start - q.end <= 30 and SINCE_GAP.match(self.gap(q, d)))
                              or (0 <= q.start - d.end <= 30 and SINCE_GAP.match(SINCE_BEFORE.sub("", self.gap(d, q)))))]
                if found:
                    self._add(RelationType.ELAPSED, d, [found[0]], sentence, cue="since")


def _same_family(a: Quantity, b: Quantity) -> bool:
    if a.kind in COUNTABLE and b.kind in COUNTABLE:
        return True
    if a.kind is b.kind is Kind.MONEY:
        return a.unit == b.unit
    if a.kind is b.kind is Kind.MEASURE:
        return a.dimension == b.dimension
    return False


def _last_match(pattern: str, text: str) -> re.Match | None:
    last = None
    for m in re.finditer(pattern, text, re.I):
        last = m
    return last


def by_sentence(quantities: list[Quantity]) -> Iterator[tuple[int, list[Quantity]]]:
    groups: dict[int, list[Quantity]] = {}
    for q in quantities:
        groups.setdefault(q.sentence, []).append(q)
    yield from sorted(groups.items())
