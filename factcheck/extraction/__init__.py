"""Extraction: an analysed article in, typed quantities and their relations out."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from factcheck.analysis import Passage, analyse
from factcheck.extraction.datetimes import ambiguous_meanings
from factcheck.extraction.locate import place_mentions
from factcheck.extraction.places import zone_for
from factcheck.extraction.quantities import Candidate, find_candidates
from factcheck.extraction.relations import RelationFinder, by_sentence
from factcheck.records import LOCAL, Article, Extraction, IanaZone, Kind, LocalZone, Quantity, RelationType, Zone

_ARRIVAL = re.compile(r"\b(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|touch(?:es|ed|ing)?\s+down|"
                      r"due\s+in)\b", re.I)


def extract_article(article: Article, pipeline: str | None = None) -> Extraction:
    """Extract every quantity of ``article`` and the relations between them."""
    return extract_passages(article, analyse(article.body, pipeline))


def extract_passages(article: Article, passages) -> Extraction:
    quantities: list[Quantity] = []
    analysed = []
    sentence_base = 0
    # the dateline's zone, looked up (through the article text, if need be) once per article
    dateline_zone = lru_cache(maxsize=1)(lambda: zone_for(article.dateline, article.body))
    for passage in passages:
        analysed.append(passage)
        sentences = list(passage.doc.sents)
        starts = [s.start_char for s in sentences]
        for c in find_candidates(passage.doc, article.date):
            index = max(0, bisect.bisect_right(starts, c.start) - 1)
            q = _to_quantity(c, passage, article, len(quantities) + 1, sentence_base + index)
            if q.kind is Kind.TIME:
                _locate(q, sentences[index], passage, article, dateline_zone)
                # "10:30 BST": the place's reading first, then each meaning of the abbreviation
                q.zone_alternatives += [z for z in ambiguous_meanings(q.text) if z not in q.zone_alternatives]
            quantities.append(q)
        sentence_base += len(sentences)
    _days_of_times(quantities, article.text)
    finder = RelationFinder(article.body, analysed)
    for sentence, group in by_sentence(quantities):
        finder.sentence(group, sentence)
    finder.total_rows(quantities)
    finder.restatements(quantities)
    _locate_equivalent_times(quantities, finder)
    return Extraction(file=article.path, date=article.date, dateline=article.dateline,
                      quantities=quantities, relations=finder.relations)


def _to_quantity(c: Candidate, passage: Passage, article: Article, number: int, sentence: int) -> Quantity:
    start, end = passage.offset + c.start, passage.offset + c.end
    line, column = article.position(start)
    # the parts are Quantity's own bases: every field carries over, and a kind that may not carry them is refused
    parts = {**(dict(c.date) if c.date else {}), **(dict(c.time) if c.time else {})}
    return Quantity(
        id=f"q{number}", kind=c.kind, text=article.text[start:end], start=start, end=end, line=line,
        column=column, sentence=sentence, value=c.value, unit=c.unit, unit_symbol=c.unit_symbol,
        dimension=c.dimension, counted=c.counted, counted_text=c.counted_text, role=c.role, qualifier=c.qualifier,
        qualifier_text=c.qualifier_text, low=c.low, high=c.high, step=c.step, **parts,
    )


def _zones_of(mentions) -> list[Zone]:
    """The zones of the places mentioned, each once, in the order they are named."""
    return [IanaZone(name=z) for z in dict.fromkeys(m.zone for m in mentions if m.zone)]


def _locate(q: Quantity, sent, passage: Passage, article: Article, dateline_zone) -> None:
    """The place a local time refers to, read charitably.

    A place named where the time happens ("in Tokyo", "the London market", "hit Kathmandu")
    decides; a place named for something else (a rocket, ship, storm or team named after a town)
    or later in the sentence about something else does not. Without such a place the dateline
    decides, and the other places the sentence names are kept as ``zone_alternatives`` for the
    check to try (the place is then marked uncertain).
    """
    if q.zone is not None and not isinstance(q.zone, LocalZone):
        return
    mentions = place_mentions(sent, q.start - passage.offset)
    strong = [m for m in mentions if m.locative]
    zoned = _zones_of(strong)
    if zoned:  # several places where things happen ("talks in Geneva between delegations from Kyiv"): try each
        end = q.end - passage.offset
        # "at 10am in Paris (5am in New York)": the place right after a time is its own
        first = next((m for m in strong if m.zone and re.fullmatch(r"\s*(?:in|at)\s+", sent.doc.text[end:m.start])),
                     None) or next(m for m in strong if m.zone)
        own: Zone = IanaZone(name=first.zone or "")
        zoned = [own, *(z for z in zoned if z != own)]
        q.place, q.zone, q.zone_alternatives = first.text, zoned[0], zoned[1:]
        q.place_source = "sentence" if len(zoned) == 1 else "sentence (uncertain)"
        return
    if any(m.known_label for m in strong):
        q.place, q.place_source = strong[0].text, "sentence"  # named, but not in the gazetteer: unknown zone
        return
    before = sent.doc.text[sent.start_char:q.start - passage.offset]
    if sent.start > 0 and any(t.lower_ == "there" and t.dep_ == "advmod" for t in sent):
        # "Dallas sits on the centre line. Totality there begins at 1:40 p.m.": the place of the sentence before
        previous = sent.doc[sent.start - 1].sent
        named = [m for m in place_mentions(previous, previous.end_char) if m.zone]
        if named:
            zones_before = _zones_of(named)
            q.place, q.zone, q.zone_alternatives = named[0].text, zones_before[0], zones_before[1:]
            q.place_source = "previous sentence" if len(zones_before) == 1 else "previous sentence (uncertain)"
            return
    if _ARRIVAL.search(before):
        return  # "lands at 14:20 local time": the destination's clock, which the sentence does not name
    others = [m for m in mentions if not m.locative]
    zones = _zones_of(others)
    if article.dateline:
        q.place, q.place_source = article.dateline, "dateline (uncertain)" if others else "dateline"
        dateline = dateline_zone()
        q.zone = IanaZone(name=dateline) if dateline else q.zone
        q.zone_alternatives = [z for z in zones if z != q.zone]
    elif (other := next((m for m in others if m.zone and not m.later), None)) is not None and other.zone:
        q.place, q.place_source, q.zone = other.text, "sentence (uncertain)", IanaZone(name=other.zone)
        q.zone_alternatives = [z for z in zones if z != q.zone]


# between a time and the weekday it is on: "5am Tuesday", "2.40pm on Thursday"; "Thursday at 2.40pm", "Friday, 9am"
_TIME_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+)?")


def _days_of_times(quantities: list[Quantity], text: str) -> None:
    """A time of day takes the day written right beside it, its weekday ("from 6am Saturday until 6pm Sunday") and
    its date when written ("from midnight on 1 March to midnight on 5 March 2024"), so that a span between two
    times can count the days between them."""
    for i, q in enumerate(quantities):
        if q.kind is not Kind.TIME or q.weekday or q.iso_date:
            continue
        after = quantities[i + 1] if i + 1 < len(quantities) else None
        before = quantities[i - 1] if i else None
        day = None
        if after is not None and after.kind is Kind.DATE and after.sentence == q.sentence \
                and _TIME_THEN_DAY.fullmatch(text[q.end:after.start]):
            day = after
        elif before is not None and before.kind is Kind.DATE and before.sentence == q.sentence \
                and _DAY_THEN_TIME.fullmatch(text[before.end:q.start]):
            day = before
        written = day is not None and day.iso_date is not None and day.granularity == "day" and not day.relative
        if day is not None and (day.weekday or written):
            q.weekday, q.iso_date = day.weekday, day.iso_date if written else None


def _locate_equivalent_times(quantities: list[Quantity], finder: RelationFinder) -> None:
    """A time paired with a UTC time is a local time even without the words 'local time'."""
    by_id = {q.id: q for q in quantities}
    for r in finder.relations:
        if r.type is not RelationType.EQUIVALENT:
            continue
        for qid in filter(None, [r.whole, *r.parts]):
            q = by_id[qid]
            if q.kind is Kind.TIME and q.zone is None and q.place is None:
                q.zone = LOCAL
