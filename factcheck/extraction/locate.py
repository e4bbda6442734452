"""The place a local time belongs to: the places a sentence names, and the role each plays.

A place counts where the time happens only in a locative role: after "in/at/from/near/across"
("in Tokyo"), modifying a noun of what happens or stands somewhere ("the London market", "the
Santiago march", "the New York City Marathon"), or as the subject or object of the verb the
time goes with ("the quake hit Kathmandu at 11:56am"). A place named for something else (a
rocket, ship, storm or team named after a town: "the Angara rocket", "Hurricane Florence",
"the Denver Nuggets") is no place at all, and one named later in the sentence in another clause
("..., before the delegates fly to Washington") is at most an alternative. The word classes are data in
``factcheck/lang/en/places.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from factcheck.extraction.places import _gazetteer, _key, zone_for


@dataclass
class Mention:
    """A place named in a sentence, and the role it plays there."""

    text: str
    zone: str | None
    start: int  # char offset in the doc
    locative: bool  # where things happen: "in Tokyo", "the London market", "hit Kathmandu"
    known_label: bool  # tagged as a place by the parser (GPE/LOC/FAC)
    later: bool = False  # named after the time, in another clause: only ever an alternative


_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "relcl", "acl", "parataxis", "csubj", "pcomp"}


def _clause(token):
    """The head of the clause a token stands in: the nearest verb heading a clause, or the root."""
    while token.head.i != token.i:
        if token.dep_ in _CLAUSE_DEPS and token.pos_ in ("VERB", "AUX"):
            return token
        token = token.head
    return token


def _within(inner, outer) -> bool:
    """``inner``'s clause is ``outer`` or lies inside it."""
    while True:
        if inner.i == outer.i:
            return True
        if inner.head.i == inner.i:
            return False
        inner = _clause(inner.head)


@lru_cache(maxsize=1)
def _classes() -> tuple[re.Pattern, frozenset, frozenset]:
    from factcheck.lang import alternation, words

    before = re.compile(rf"(?<![\w])(?:{alternation('places', 'locative_prepositions')})\s+(?:the\s+)?$", re.I)
    return before, words("places", "located_nouns"), words("places", "named_after_nouns")


@lru_cache(maxsize=1)
def _generic_nouns() -> frozenset[str]:
    from factcheck.lang import words

    return frozenset(words("places", "generic_nouns"))


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names and their abbreviations: "March" is a month before it is a town."""
    from factcheck.lang import table

    dates = table("dates")
    return frozenset(str(w).lower() for key in ("months", "month_abbreviations", "weekdays", "weekday_abbreviations")
                     for w in dates[key])


def _spans(sent):
    """Candidate place spans: the parser's entities, then runs of proper nouns it left untagged."""
    spans, taken = [], set()
    for ent in sent.ents:
        if ent.label_ in ("GPE", "LOC", "FAC", "PERSON", "ORG", "EVENT", "PRODUCT", "WORK_OF_ART", "NORP"):
            spans.append(ent)
        taken.update(range(ent.start, ent.end))  # a date or a number is no place either
    calendar_words = _calendar_words()
    run = []
    for token in [*list(sent), None]:
        if token is not None and token.i not in taken and token.pos_ == "PROPN" and token.text[:1].isupper() \
                and token.lower_.rstrip(".") not in calendar_words:
            run.append(token)
            continue
        if run:
            spans.append(sent.doc[run[0].i:run[-1].i + 1])
            run = []
    return spans


def _resolve(span):
    """(sub-span, zone) of the longest part of ``span`` the gazetteer knows, whole span first, then
    its longest prefix, then its longest suffix; None when no part is a known place."""
    if len(span) > 1 and span[0].lower_ == "the":
        span = span[1:]  # "the Melbourne Cricket Ground": the name without its article
    n = len(span)
    candidates = [span] + [span[:k] for k in range(n - 1, 0, -1)] + [span[k:] for k in range(1, n)]
    for part in candidates:
        text = re.sub(r"['’]s$", "", part.text).strip()
        if not text or not text[:1].isupper() or text.lower() in _generic_nouns():
            continue  # "the Kennedy Space Center" is not the Hungarian town of Center
        zone = zone_for(text)
        if zone or _key(text) in _gazetteer():
            return part, text, zone
    return None


def place_mentions(sent, time_start: int) -> list[Mention]:
    """The places a sentence names that a local time at doc offset ``time_start`` may belong to,
    with their role; a place named for something else (a rocket, ship, storm or team named after
    a town) is left out; one named after the time in another clause is marked ``later``."""
    before_re, located, named_after = _classes()
    doc = sent.doc
    time_token = next((t for t in sent if t.idx + len(t) > time_start), sent[-1])
    time_clause = _clause(time_token)
    found: list[Mention] = []
    for span in _spans(sent):
        resolved = _resolve(span)
        if resolved is None:
            continue
        part, text, zone = resolved
        if getattr(span, "label_", "") == "PERSON" and len(span) > 1:
            continue  # "Andrew Jackson", "Nancy Pelosi": a person's name, whatever its parts
        previous = doc[part.start - 1] if part.start > 0 else None
        if previous is not None and previous.lower_.strip(".") in named_after:
            continue  # "Hurricane Florence", "the frigate Hamburg", "USS Cleveland"
        head = part.root.head
        locative = bool(before_re.search(doc.text[max(0, part.start_char - 24):part.start_char]))
        if part.end < span.end:  # the place opens a longer name: "New York City Marathon", "Denver Nuggets"
            last = span[-1]
            if last.lower_ in named_after or last.lemma_.lower() in named_after or last.lower_ not in located:
                continue
            locative = True
        elif part.root.dep_ in ("compound", "nmod", "poss", "amod") and head.i >= part.end:
            if head.lower_ in named_after or head.lemma_.lower() in named_after:
                continue  # "the Angara rocket", "the Santiago team"
            if head.lower_ in located or head.lemma_.lower() in located:
                locative = True  # "the London market", "the Santiago march", "Seoul's military"
        elif part.root.dep_ in ("nsubj", "nsubjpass", "dobj") and _clause(part.root).i == time_clause.i:
            locative = True  # "the quake hit Kathmandu at 11:56am", "Tokyo opened at 9am"
        place_clause = _clause(part.root)
        later = part.start_char > time_start and not _within(time_clause, place_clause)
        if later:
            locative = False  # named later in the sentence about something else
        elif locative and not (_within(time_clause, place_clause) or _within(place_clause, time_clause)):
            locative = False
        found.append(Mention(text, zone, part.start_char, locative,
                             getattr(span, "label_", "") in ("GPE", "LOC", "FAC"), later))
    found.sort(key=lambda m: (not m.locative, abs(m.start - time_start)))
    return found
