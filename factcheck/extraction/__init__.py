"""Extraction: an analysed article in, typed quantities and their relations out."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from factcheck.analysis import Passage, analyse
from factcheck.extraction.places import zone_for
from factcheck.extraction.quantities import Candidate, find_candidates
from factcheck.extraction.relations import RelationFinder, by_sentence
from factcheck.records import Article, Extraction, Kind, Quantity, RelationType

_ARRIVAL = re.compile(r"\b(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|touch(?:es|ed|ing)?\s+down|"
                      r"due\s+in)\b", re.I)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|from|of)\s+(?:the\s+)?$", re.I)


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
            quantities.append(q)
        sentence_base += len(sentences)
    finder = RelationFinder(article.body, analysed)
    for sentence, group in by_sentence(quantities):
        finder.sentence(group, sentence)
    _locate_equivalent_times(quantities, finder)
    return Extraction(file=article.path, date=article.date, dateline=article.dateline,
                      quantities=quantities, relations=finder.relations)


def _to_quantity(c: Candidate, passage: Passage, article: Article, number: int, sentence: int) -> Quantity:
    start, end = passage.offset + c.start, passage.offset + c.end
    line, column = article.position(start)
    attrs = {k: v for k, v in c.attrs.items() if k in Quantity.model_fields}
    return Quantity(
        id=f"q{number}", kind=c.kind, text=article.text[start:end], start=start, end=end, line=line,
        column=column, sentence=sentence, value=c.value, unit=c.unit, dimension=c.dimension,
        counted=c.counted, counted_text=c.counted_text, qualifier=c.qualifier, qualifier_text=c.qualifier_text,
        low=c.low, high=c.high, step=c.step, **attrs,
    )


def _locate(q: Quantity, sent, passage: Passage, article: Article, dateline_zone) -> None:
    """The place a local time refers to: a place named in the sentence, else the dateline."""
    if q.zone not in (None, "local"):
        return
    named = [ent for ent in sent.ents if ent.label_ in ("GPE", "LOC", "FAC")]
    # prefer "in Tokyo" over a bare mention, then the mention nearest the time
    named.sort(key=lambda e: (not _PLACE_PREPOSITION.search(sent.doc.text[max(0, e.start_char - 12):e.start_char]),
                              abs(passage.offset + e.start_char - q.start)))
    for ent in named:
        zone = zone_for(ent.text)
        if zone:
            q.place, q.place_source, q.zone = ent.text, "sentence", zone
            return
    if any(_PLACE_PREPOSITION.search(sent.doc.text[max(0, e.start_char - 12):e.start_char]) for e in named
           if e.label_ == "GPE"):
        q.place, q.place_source = named[0].text, "sentence"  # named, but not in the gazetteer: unknown zone
        return
    before = sent.doc.text[sent.start_char:q.start - passage.offset]
    if _ARRIVAL.search(before):
        return  # "lands at 14:20 local time": the destination's clock, which the sentence does not name
    if article.dateline:
        q.place, q.place_source = article.dateline, "dateline"
        q.zone = dateline_zone() or q.zone


def _locate_equivalent_times(quantities: list[Quantity], finder: RelationFinder) -> None:
    """A time paired with a UTC time is a local time even without the words 'local time'."""
    by_id = {q.id: q for q in quantities}
    for r in finder.relations:
        if r.type is not RelationType.EQUIVALENT:
            continue
        for qid in [r.whole, *r.parts]:
            q = by_id[qid]
            if q.kind is Kind.TIME and q.zone is None and q.place is None:
                q.zone = "local"
