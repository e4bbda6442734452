"""Elapsed time: a span, the date it starts from and the date it runs to (the ELAPSED relation).

A sentence that states an elapsed time gives three roles, in any order and in many phrasings:

- the **span** D: a duration ("26 days", "twelve years", "a fortnight", "half a century", "a
  quarter of a century"), a duration used as an adjective ("her 28-year reign"), an anniversary
  ("its 40th anniversary", "90th birthday", "its centenary"), an age ("aged 64", "Jacob Mills,
  19,", "the 70-year-old", "who turned 30 on Sunday") or hours between two clock times ("ended at
  4.45am, eight and a half hours later");
- the **start anchor**: a written date that something began on: after *since* / *from* / *dates
  from*, after an origin verb ("founded in 1980", "the law, passed in 2010", "born in 1950",
  "agreed on 14 December", "set up in 1994"), or a date used as the adjective of an event ("the
  2008 financial crisis", "the 3 May announcement", "the earthquake of 6 February 2023") after
  *after* / *ago*;
- the **end reference**: a second date ("26 days later, on 18 October", "until 1991", "a week
  after the 1 July deadline, on 15 July", "150 days into his term, which began on 20 January" with
  the sentence's own date, "died on Tuesday aged 64"), or the article date when the clause speaks
  of now ("ago", a present perfect "has held for 20 days", "now", "twelve years on", "is now 24
  years old"), or the article date as the start of a countdown ("with 24 days to go before the
  Nov. 5 election").

The words that give each role are classes in ``factcheck/lang/en/elapsed.yaml``; the spaCy
parse gives the lemma of the verb before a date (origin or not), the tense of the span's clause
(present: the span runs to the article date; past narrative: to a narrated time, so only a span
longer than possible contradicts), and which noun a relative clause describes ("a 50th anniversary
recognition that began in 2012" gives when the commemoration began, not the origin).

Each reading becomes one ELAPSED relation: ``whole`` = the span; ``parts`` = [start, end] as
written; ``direction`` says where the article date stands: ``between`` (two written dates),
``to_now`` (parts = [start], end = the article date), ``from_now`` (parts = [end], start = the
article date), ``to_narrated`` (parts = [start], end at most the article date); ``inferred`` is
false only when the relation is written out ("ago" next to its year, two written dates with
"later" / "after"). A span may get several readings (several plausible start dates): the check
flags it only when none of them fits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck import lang
from factcheck.extraction.changes import sentence_start
from factcheck.extraction.restatements import inside_quotes, person_nouns, related
from factcheck.records import Kind, Quantity, RelationType

TABLE = "elapsed"
SPAN_UNITS = {"year", "decade", "century", "month", "week", "fortnight", "day"}


def _alt(*classes: str) -> str:
    return lang.alternation(TABLE, *classes)


def _words(*classes: str) -> frozenset[str]:
    return lang.words(TABLE, *classes)


# -- what follows the span -------------------------------------------------------------------------
AGO = re.compile(rf"^\s*(?:{_alt('ago')})\b", re.I)
LATER = re.compile(rf"^\s*(?:{_alt('later')})\b", re.I)
EARLIER = re.compile(rf"^\s*(?:{_alt('earlier')})\b", re.I)
AFTER = re.compile(rf"^\s*(?:to\s+the\s+day\s+)?(?P<cue>{_alt('after')})\s+", re.I)
BEFORE = re.compile(rf"^\s*(?:to\s+the\s+day\s+)?(?P<cue>{_alt('before')})\s+", re.I)
COUNTDOWN = re.compile(rf"^\s*(?:{_alt('countdown_words')})\b[\s,]*(?:(?:{_alt('countdown_links')})\s+)?", re.I)
INTO = re.compile(rf"^\s*(?:{_alt('into')})\b", re.I)
SINCE_AFTER = re.compile(rf"^\s*(?:(?:have|has|had)\s+)?(?:(?:{_alt('elapsing')})\s+)?(?:{_alt('since')})\b", re.I)
# "twelve years on, she is still waiting"; not "35 days on the respiratory ward" (a place) nor "on 4 May"
ON_NOW = re.compile(rf"^\s*(?:{_alt('ongoing')})\b(?!\s+(?:the\s+)?\d|\s+(?:the|a|an|his|her|their|its|our|my)\b)", re.I)
OLD = re.compile(rf"^\s*(?:{_alt('old')})\b", re.I)
# "22 months on remand", "two years on probation": a state the span was spent in, not "two years on" from then
ON_A_STATE = re.compile(r"^\s*on\s+(?!(?:and|but|now|since|yet|still|from)\b)[a-z]")
ON_FROM = re.compile(r"^\s*on\s+from\s+(?:the\s+)?", re.I)
# between a date and the span told after it: an adverb of the span ("just three days later"), a noun of
# time ("a period of 14 months", "a run of 14 months"), the article of a span used as an adjective
SPAN_ADVERB = r"(?:(?:just|only|barely|fully|some|about|around|nearly|almost|a\s+mere)\s+)?"
TIME_NOUN_OF = r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?of\s+)?"
SPAN_ARTICLE = r"(?:an?|the|their|his|her|its)\s+"
# "since 1997, some ten years", "since August 2022, a run of 14 months"
SINCE_THEN_SPAN = re.compile(rf"^[\s,(–—:-]*(?:(?:for|or)\s+)?{TIME_NOUN_OF}$", re.I)
# "due to open in 2031, 12 years from now": the span runs from now to the date
FROM_NOW = re.compile(rf"^\s*(?:{_alt('from_now')})\b", re.I)
UNTIL = re.compile(rf"^\s*(?:[,(–—-]\s*)?(?:{_alt('until')})\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+)?", re.I)
# -- what precedes it ------------------------------------------------------------------------------
FOR = re.compile(r"\b(?:for|in)\s+(?:(?:almost|nearly|about|around|some|over|more\s+than|just\s+over|"
                 r"fully|a\s+full|the\s+past|the\s+last)\s+)?$", re.I)
AGED = re.compile(rf"\b(?:{_alt('age_before')})\s+$", re.I)
# "the 70-year-old", "a 19-year-old man": an age as an adjective or a noun
YEAR_OLD = re.compile(r"^-years?-old\b", re.I)
# "who turned 30 on Sunday", "turns 18 next month": the age reached on a date
TURNED = re.compile(r"\b(?:turned|turns|turning|turn)\s+$", re.I)
NOT_ELAPSED = re.compile(rf"\b(?:{_alt('not_elapsed_before')})\s+(?:the\s+|a\s+|an\s+)?$", re.I)
SINCE_BEFORE = re.compile(rf"\b(?:{_alt('since')})\s+(?:(?:the|its|their|his|her|a)\s+)?$", re.I)
FROM_BEFORE = re.compile(rf"\b(?:{_alt('from')})\s+(?:(?:the|its|their|his|her|a)\s+)?$", re.I)
ORIGIN_PHRASE = re.compile(rf"\b(?:{_alt('origin_phrases')})\s+(?:(?:in|on|during|at|the)\s+)*$", re.I)
ANNIVERSARY = re.compile(r"\b(?:anniversary|birthday|jubilee|centenary|centennial|bicentenary|bicentennial|tercentenary|sesquicentennial|semicentennial|wedding)$", re.I)
# after a span, the role or state it was spent in: "19 years in charge", "58 years of family ownership"
ROLE_PERIOD = re.compile(rf"^\s+(?:in\s+(?:(?:the|his|her|their|its|our|my)\s+)?|at\s+the\s+|as\s+|of\s+(?:[a-z]+\s+)?)"
                         rf"(?:{_alt('role_periods')})\b", re.I)
ADJECTIVE_SPAN = re.compile(r"^\d[\d,.]*-|^\w+-(?:year|month|week|day|decade)", re.I)
NOW = re.compile(rf"\b(?:{_alt('now')})\b", re.I)
_HEDGES = lang.alternation("hedges")
# between an adjective span on a subject and the range its verb gives: " coding bootcamp runs from "
RANGED_SUBJECT_VERB = re.compile(r"(?:\s+[a-z][\w'’-]*){1,4}\s+(?:runs?|ran|lasts?|lasted|will\s+(?:run|last)|is\s+running)"
                                 r"\s+(?:from|between)\s+", re.I)
# after a range: the span's days lie within it, not across it ("... at weekends", "every Friday", "on Saturdays")
WITHIN_A_WINDOW = re.compile(r"[^.;!?]*?\b(?:at\s+weekends|on\s+weekends|every|each|weekly|daily|nightly|"
                             r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun|week)days)\b", re.I)
# the present written out right before its year: "this year (2024)", "this year, 2024", "It is now 2023"
THIS_YEAR_WRITTEN = re.compile(r"\b(?:this\s+year\s*[(,]|(?:is|it's)\s+now)\s*$", re.I)
# between a span and the range after it that is its start and end: ", from", " across the region, from"
RANGE_AFTER_SPAN = re.compile(r"(?:\s+(?:straight|non-?stop|solid|running))?(?:\s+(?:across|in|at|on|over|throughout|along|around)\s+[^,.;:!?\d]{1,40}?)?"
                              r"[\s,(–—:-]*(?:from|between)\s+", re.I)
# the first time's day before a range's link: "from 11 p.m. Saturday to 5 a.m. Sunday"
WEEKDAY_FIRST = re.compile(r"^\s*(?:on\s+)?[A-Z][a-z]+day\b")
# after "in" of the time an event took: "completing the crossing in 28 days", "... in a single nine-hour shift"
DONE_IN_TAIL = r"(?:\s+(?:(?:a|an|one|just|only|single)\s+)*|\s*)$"
# after a span set beside its two dates: what filled it ("six months of disruption"), not a part of something
SPAN_OF_WHAT = re.compile(r"\s+of\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)[a-z]", re.I)
# a span in apposition to the clause before it: ", a voyage of", ", a total journey time of"
APPOSED_SPAN = re.compile(r"\s*,\s*an?\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+", re.I)
# between the last date of a clause and an adjective span set after it as the whole: ", a 19-day voyage", ", ending a"
APPOSED_ADJECTIVE_SPAN = re.compile(rf"\s*[,–—-]\s*(?:(?:{_alt('closing_participles')})\s+)?an?\s+", re.I)
# after an adjective span: a stretch inside a period, not the whole of it ("a 30-minute break")
INTERVAL_AFTER = re.compile(rf"\s*(?:[a-z]+\s+)?(?:{_alt('interval_nouns')})\b", re.I)
# after an adjective span: a spell inside the period its clause dated ("a three-year stint as chair in between")
SPELL_INSIDE = re.compile(r"\s*(?:[a-z-]+\s+){1,2}(?:as|in\s+between|within|inside|during|among|of\s+which)\b", re.I)
# after the second of two clock times, a clause of the event's noun and its verb of lasting: "; the flight took "
LASTING_CLAUSE = re.compile(rf"\s*[;,]\s*(?:and\s+)?(?:the|its|their)\s+(?P<noun>[a-z]+)\s+(?:took|lasted|ran)\s+{SPAN_ADVERB}",
                            re.I)
# between a span and the two times a colon after it gives: " minutes: firefighters arrived at "
SPAN_EXPLAINED = re.compile(r"[^.;:!?\d]{0,25}:\s*[^.;:!?\d]{0,60}?\b(?:at|from)\s+", re.I)
# between an adjective span and the time its clause began: " standoff that began at ", " blaze, which broke out at "
BEGUN_AT = re.compile(r"[\s-]*[a-z]+(?:\s+[a-z]+)?,?\s+(?:that|which)\s+(?:had\s+)?(?:began|begun|started|erupted|"
                      r"broke\s+out|opened)\s+(?:at\s+)?", re.I)
# between the dates of a life in brackets after a name: "(12 March 1931 – 4 August 2024)"
LIFE_DATES_LINK = re.compile(r"\s*[-–—]\s*")
# before a span: the definite spell a range just gave ("Over the 45 days,", "and during those six weeks")
_OVER_THE = r"(?:over|during|in|across|throughout|for)\s+(?:all\s+)?(?:the|those|these)\s+"
OVER_THE = re.compile(rf"\b{_OVER_THE}$", re.I)
# the same words opening the span's sentence: "Over the ", "In all, over the "
SENTENCE_OPENING = re.compile(rf"\s*(?:[A-Z][a-z]+,\s*)?{_OVER_THE}", re.I)
# after a span, the clause that dates its end: " on remand by the time he was sentenced"
BY_THE_TIME = re.compile(r"(?:\s+[a-z]+){0,4}?\s+by\s+the\s+time\b", re.I)
# a link of a few words at most between a cue and its date: ", on", " in", ", back in"
LINK = re.compile(r"^[\s,(–—-]*(?:(?:back|way)\s+)?(?:(?:in|on|during|from|by|of|at)\s+)?(?:the\s+)?$", re.I)
# after "N years since": the date right after it, or after a clause and ", in"
SINCE_CLAUSE_DATE = re.compile(r"(?:^\s*(?:the|its|their|his|her|a)?\s*|[,(–—-]\s*(?:back\s+)?(?:in|on|during)\s+|"
                               r"^\s*[a-z]+ing\s+(?:[a-z]+\s+){0,3}?(?:in|on)\s+)$",  # "since opening it in 2003"
                               re.I)
UNTIL_BEFORE = re.compile(rf"\b(?:{_alt('until')}|through)\s+(?:the\s+)?$", re.I)
# a year written in a date ("3 May 2011", "May '11"); a date without one may inherit it
YEAR_WRITTEN = re.compile(r"\b\d{4}\b|['’]\d\d\b")
# the words that give a quote its speaker: '..." said Mr Okafor, who ...'
SPEAKER = re.compile(rf"[\"”'’]\s*,?\s*(?:{_alt('speech_verbs')})\b", re.I)


@dataclass
class Reading:
    span: Quantity
    start: Quantity | None  # None: the article date
    end: Quantity | None  # None: the article date (or a narrated time up to it)
    cue: str
    certain: bool = False
    narrated: str | None = None  # 'past' (a past narrative), 'quoted' (a title, reported words)

    @property
    def direction(self) -> str:
        if self.start is not None and self.end is not None:
            return "between"
        if self.start is None:
            return "from_now"
        return {"past": "to_narrated", "quoted": "to_quoted"}.get(self.narrated or "", "to_now")


def find_elapsed(finder, qs: list[Quantity], sentence: int, prior: list[Quantity] | None = None) -> None:
    """Add the ELAPSED relations of one sentence's quantities to ``finder`` (a RelationFinder);
    ``prior`` holds the figures of the sentence before in its paragraph, where an age, an
    anniversary or an event may have its date ("She was born on 14 August 1931. ... She was 88.")."""
    waiting = finder.ages_awaiting_birth if prior is not None else []
    finder.ages_awaiting_birth = []
    if not any(_is_span_candidate(q) for q in qs) and not waiting:
        return
    reader = SentenceReader(finder.text, qs, _parse_cache(finder), prior or [])
    seen: set[tuple] = set()
    for r in [*reader.readings(), *reader.ages_born_here(waiting)]:
        parts = [q for q in (r.start, r.end) if q is not None]
        key = (r.span.id, tuple(p.id for p in parts), r.direction)
        if not parts or key in seen:
            continue
        seen.add(key)
        finder._add(RelationType.ELAPSED, r.span, parts, sentence, cue=r.cue, direction=r.direction)
        finder.relations[-1].inferred = not r.certain
    finder.ages_awaiting_birth = reader.unpaired_ages


def _dates(qs: list[Quantity]) -> list[Quantity]:
    return [q for q in qs if q.kind is Kind.DATE and (q.year is not None or (q.month and q.day)
                                                       or (q.relative and q.iso_start) or (q.iso_start and q.iso_end))]


def _to_the_day(q: Quantity) -> bool:
    """A date as fine as a day, its year written or not ("14 November", "Tuesday")."""
    return bool(q.iso_date or (q.month and q.day))


# a pronoun naming someone already named: the one an age or a birth is told of
PERSON_PRONOUNS = ("he", "she", "they")
# between the two ends of a range: "from 1998 until 2011", "between 9am and 5pm", "1961–1988"
RANGE_LINK = re.compile(r"\s*,?\s*(?:until|till|to|through|and|[-–—])\s*", re.I)  # ("from Monday, Oct. 2, to Friday")
# "from 1979 until he retired in 2016": the range's end in a clause of its own
RANGE_LINK_CLAUSE = re.compile(r"\s*(?:until|till)\s+(?:[a-z]+\s+){1,4}?(?:in|on)\s+", re.I)
RANGE_OPENING = re.compile(r"\b(?:from|between)\s+$", re.I)
# after "N hours later": its end time, set off by a comma ("..., nine hours later, at 8am on Sunday")
LATER_THEN_TIME = re.compile(rf"\s*(?:{_alt('later')})\s*,\s*(?:at\s+|by\s+)?", re.I)
# after "N days later": the clause ends there ("..., nine days later, and ..."), no new one starts
NOTHING_FOLLOWS = re.compile(r"\s*(?:[.,;)—–]|$)")


def _hyphened_lemma(noun) -> str:
    """A noun's lemma with the words hyphened before it: "follow-up" for the "up" of "the 15-year follow-up"."""
    k = noun.i
    while k >= 2 and noun.doc[k - 1].text == "-" and noun.doc[k - 2].is_alpha and not noun.doc[k - 2].like_num \
            and noun.doc[k - 2].lower_ not in SPAN_UNITS:
        k -= 2
    return "".join(t.text for t in noun.doc[k:noun.i]).lower() + noun.lemma_.lower()


def _phrase_head(tok):
    """The word a date's (or any figure's) phrase hangs from, up through prepositions, compounds
    and appositions: "who married at St Mary's Church in 1964" -> married."""
    head = tok
    for _ in range(4):
        if head.dep_ not in ("pobj", "prep", "npadvmod", "compound", "nummod", "appos") or head.head.i == head.i:
            break
        head = head.head
    return head


def _subject(verb, deps: tuple[str, ...] = ("nsubj",)):
    return next((c for c in verb.children if c.dep_ in deps), None)


def _is_span_candidate(q: Quantity) -> bool:
    return (q.kind is Kind.DURATION and q.value is not None) or (q.kind in (Kind.NUMBER, Kind.COUNT)
                                                                 and q.value is not None)


# -- the parse ----------------------------------------------------------------------------------------

class _ParseCache:
    """The parsed paragraph a sentence stands in: the one extraction analysed when the finder holds
    it, else parsed here once, cut exactly as extraction cuts it."""

    def __init__(self, text: str, analysed=None) -> None:
        self.text = text
        self._pieces: list[tuple[int, str]] | None = None
        self._docs: dict[int, object] = {}
        self._analysed = analysed  # [(file offset of a token, token)] of the analysed passages

    def doc_at(self, offset: int):
        from factcheck.analysis import load_pipeline, passages

        if self._analysed:
            import bisect

            i = bisect.bisect_right(self._analysed[0], offset) - 1
            if i >= 0:
                start, tok = self._analysed[0][i], self._analysed[1][i]
                base = start - tok.idx
                if base <= offset < base + len(tok.doc.text):
                    return base, tok.doc
        if self._pieces is None:
            self._pieces = list(passages(self.text))
        for start, piece in self._pieces:
            if start <= offset < start + len(piece):
                if start not in self._docs:
                    self._docs[start] = load_pipeline()(piece)
                return start, self._docs[start]
        return None


def _parse_cache(finder) -> _ParseCache:
    cache = finder.__dict__.get("_elapsed_parses")
    if cache is None:
        tokens = finder.clauses.tokens
        analysed = ([start for start, _ in tokens], [tok for _, tok in tokens]) if tokens else None
        cache = finder.__dict__["_elapsed_parses"] = _ParseCache(finder.text, analysed)
    return cache


# -- the readings of one sentence -------------------------------------------------------------------

class SentenceReader:
    def __init__(self, text: str, qs: list[Quantity], parses: _ParseCache, prior: list[Quantity] | None = None) -> None:
        self.text, self.qs, self.parses = text, qs, parses
        self.dates = _dates(qs)
        self.prior_dates = _dates(prior or [])
        self.prior_times = [q for q in prior or [] if q.kind is Kind.TIME and q.hours is not None]
        # ages told with no birth date yet ("died on Sunday aged 88."), with the days they may count to
        self.unpaired_ages: list[tuple[Quantity, list[Quantity]]] = []
        self._parsed = None

    # parse helpers
    @property
    def parsed(self):
        if self._parsed is None:
            found = self.parses.doc_at(self.qs[0].start)
            if found is None:
                self._parsed = (0, None, 0, len(self.text))
            else:
                offset, doc = found
                sent = next((s for s in doc.sents if s.start_char + offset <= self.qs[0].start < s.end_char + offset),
                            None)
                lo, hi = (sent.start_char + offset, sent.end_char + offset) if sent is not None else \
                    (offset, offset + len(doc.text))
                self._parsed = (offset, doc, lo, hi)
        return self._parsed

    def bounds(self) -> tuple[int, int]:
        _, _, lo, hi = self.parsed
        return lo, max(hi, self.qs[-1].end)

    def token(self, offset: int):
        base, doc, _, _ = self.parsed
        if doc is None:
            return None
        if not 0 <= offset - base < len(doc.text):
            return None  # another passage's figure
        span = doc.char_span(offset - base, offset - base + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def after(self, q: Quantity, n: int = 80) -> str:
        return self.text[q.end:min(q.end + n, self.bounds()[1])]

    def before(self, q: Quantity, n: int = 80) -> str:
        start = self.bounds()[0]
        if q.start < start:  # a figure of the sentence before: back to where that sentence starts
            start = sentence_start(self.text, q.start)
        return self.text[max(q.start - n, start):q.start]

    # roles
    def written(self, q: Quantity) -> bool:
        """A date written out (not a bare weekday, not 'this week')."""
        return q.kind is Kind.DATE and not q.relative and (q.weekday is None or bool(re.search(r"\d", q.text)))

    def is_origin(self, q: Quantity) -> bool:
        """A start anchor: since / from / dates from / an origin verb before the date."""
        if not self.written(q):
            return False
        before = self.before(q, 60)
        if SINCE_BEFORE.search(before) or FROM_BEFORE.search(before) or ORIGIN_PHRASE.search(before):
            return True
        return self.origin_verb(q) is not None

    def opened_by_since(self, q: Quantity) -> bool:
        before = self.before(q, 40)
        return bool(SINCE_BEFORE.search(before) or FROM_BEFORE.search(before))

    def describes(self, d: Quantity, q: Quantity) -> bool:
        """For a span used as an adjective ('the 20-year dispute'), whether the origin ``q`` is said
        of its noun: a clause of the noun ('which started in 2001'), the noun's own verb ('the
        dispute started in 2001'), or a 'since' / 'from' attached to the noun ('period from November')."""
        tok, date = self.token(d.start), self.token(q.start)
        if tok is None or date is None:
            return True
        noun = tok
        while (noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod")) and noun.head.i != noun.i:
            noun = noun.head  # "20" -> "year" -> "dispute"
        verb = self.origin_verb(q)
        if verb is not None:
            return verb.i in {t.i for t in noun.subtree} or verb.i == noun.head.i
        prep = date.head
        return prep.i != date.i and prep.head.i == noun.i

    def origin_verb(self, q: Quantity):
        tok = self.token(q.start)
        if tok is None:
            return None
        doc = tok.doc
        origin = _words("origin_verbs")
        for i in range(tok.i - 1, max(-1, tok.i - 7), -1):
            t = doc[i]
            if t.is_punct and t.text not in ("-", "'", "’", "."):
                break  # a comma ends the words before; the parse may still hang the date from the verb
            if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in origin and t.tag_ in ("VBD", "VBN")
                                              # (a fronted "Set up in 1971," the tagger may read as a base form)
                                              or _done_first(t) and t.tag_ in ("VBD", "VBN", "VB")):
                return t  # a past event: "takes office in January" is still to come; "first pulled pints in 1874"
            if t.pos_ == "VERB":
                break
        # the verb the date's phrase hangs from, however far: "who married at St Mary's Church in 1964"
        head = _phrase_head(tok)
        if head.pos_ == "VERB" and (head.lemma_.lower() in origin or _done_first(head)) and head.tag_ in ("VBD", "VBN") \
                and head.i < tok.i:
            return head
        return None

    def in_since_clause(self, q: Quantity, since_end: int) -> bool:
        """'20 years have passed since the plant shut in 2010': the date belongs to the verb the
        'since' introduces, not to a clause inside it ('since he left the firm he founded in 1985')."""
        since, tok = self.token(since_end - 1), self.token(q.start)
        if since is not None and tok is not None and since.dep_ == "prep":
            # "70 years since the D-Day landings of 6 June 1944": the date of the event since names
            node = tok
            for _ in range(4):
                if node.dep_ == "pobj" and node.head.i == since.i:
                    return True
                if node.head.i == node.i:
                    break
                node = node.head
            return False
        if since is None or tok is None or since.dep_ != "mark":
            return False
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return verb.i == since.head.i

    def tense_after(self, d: Quantity) -> str:
        """The tense of the first verb after the span: 'twelve years on, she is still waiting'."""
        tok = self.token(d.end - 1)
        if tok is None:
            return "unknown"
        for t in tok.doc[tok.i + 1:tok.sent.end]:
            if t.pos_ in ("VERB", "AUX"):
                if t.tag_ == "VBD" and t.lower_ != "had":
                    return "past"
                if t.lower_ == "had":
                    return "past"
                if t.tag_ in ("VBZ", "VBP", "MD"):
                    return "present"
        return "unknown"

    def ends_here(self, q: Quantity) -> bool:
        """A date governed by an end verb: 'ended in 2013', 'steps down on Sunday'."""
        tok = self.token(q.start)
        if tok is None:
            return False
        doc, verbs = tok.doc, _words("end_verbs")
        for i in range(tok.i - 1, max(-1, tok.i - 6), -1):
            t = doc[i]
            if t.is_punct:
                return False
            if t.pos_ in ("VERB", "AUX"):
                return t.lemma_.lower() in verbs
        return False

    def tense(self, q: Quantity, root: bool = False) -> str:
        """'present' (now, present, present perfect), 'past' or 'unknown' for the clause of ``q``
        (with ``root``, of the main clause of its sentence)."""
        tok = self.token(q.start)
        if tok is None:
            return "unknown"
        verb = tok.sent.root if root else tok
        for _ in range(8):
            if (verb.pos_ in ("VERB", "AUX") and verb.tag_ not in ("VBN", "VBG")) or verb.head.i == verb.i:
                break
            if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                break
            verb = verb.head
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "VBD" for a in auxes) or (not auxes and verb.tag_ == "VBD"):
            return "past"  # "was founded", "had been", "won"
        if any(a.lower_ in ("has", "have", "'ve", "'s", "is", "are", "am", "will") for a in auxes) or \
                verb.tag_ in ("VBZ", "VBP"):
            return "present"
        return "unknown"

    def quoted(self, q: Quantity) -> bool:
        """Inside quotation marks (a title, reported words): counted to the time they speak of."""
        base, doc, _, _ = self.parsed
        start = base if doc is not None else self.bounds()[0]
        return inside_quotes(self.text[start:q.start])

    def origins(self, span: Quantity, exclude: tuple = ()) -> list[Quantity]:
        return [q for q in self.dates if q not in exclude and q is not span and self.is_origin(q)]

    # the span's own value
    def span_kind(self, q: Quantity) -> str | None:
        if q.kind is Kind.DURATION:
            if ANNIVERSARY.search(q.text) or self.celebrated(q):
                return "anniversary"
            if q.unit in ("hour", "minute"):
                return "clock"  # "ended at 4.45am on Saturday, eight and a half hours later"
            return "span" if q.unit in SPAN_UNITS else None
        if q.kind is Kind.COUNT and YEAR_OLD.match(self.after(q, 20)) and 0 < (q.value or 0) < 5000 \
                and self._made(q) is not None:
            return "made"  # "the 150-year-old church, built in 1905": the age of a thing from its making
        if re.search(r"\d{4}", q.text) or not 0 < (q.value or 0) < 130:
            return None
        if AGED.search(self.before(q, 20)) or self.stated_age(q) or (self._said_of_a_person(q, born=True) and self._births(q)):
            return "age"
        return None

    def _made(self, d: Quantity) -> Quantity | None:
        """The written date a thing was made, when a verb of making dates the noun an age is said of: "the
        150-year-old church, built in 1905", "The 300-year-old oak, planted in 1724, ..."; never of a person."""
        tok = self.token(d.start)
        if tok is None:
            return None
        noun = tok
        for _ in range(4):
            if noun.pos_ in ("NOUN", "PROPN") and noun.i > tok.i and noun.lower_ not in ("year", "years"):
                break
            noun = noun.head
        if noun.pos_ not in ("NOUN", "PROPN") or noun.ent_type_ == "PERSON" \
                or noun.lemma_.lower() in person_nouns():
            return None
        made = _words("made_verbs")
        for q in self.dates:
            verb = self.token(q.start)
            verb = _phrase_head(verb) if verb is not None else None
            if self.written(q) and _year(q) is not None and verb is not None \
                    and verb.lemma_.lower() in made and verb.tag_ == "VBN" and verb.head.i == noun.i:
                return q
        return None

    def _said_of_a_person(self, q: Quantity, born: bool = False) -> bool:
        """A bare number as what a person is: "she was 36 when ...", "He is 74."; with ``born`` (the
        sentence tells of a birth) any noun will do: "Born in 1931, the actor was 89 when ..."."""
        tok = self.token(q.start)
        if tok is None or tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
            return False
        subject = _subject(tok.head)
        return subject is not None and (subject.lower_ in (*PERSON_PRONOUNS, "i", "we") or subject.ent_type_ == "PERSON"
                                        or born and subject.pos_ in ("NOUN", "PROPN"))

    def _births(self, d: Quantity | None = None) -> list[Quantity]:
        """Birth dates of this sentence, else of the one before when the age refers back to the one
        born there ("Johnson, born on Aug. 14, 1931, died Tuesday. She was 88."; "The 82-year-old")."""
        for dates in (self.dates, self.prior_dates):
            births = [q for q in dates if self._birth_verb(q) is not None]
            if births and (dates is self.dates or d is None or self._refers_back(d)):
                return births
        return []

    def _refers_back(self, d: Quantity) -> bool:
        """An age said of someone already named: "She was 88.", "The 82-year-old has raised ..."."""
        tok = self.token(d.start)
        if tok is None:
            return False
        if tok.dep_ in ("attr", "acomp") and tok.head.lemma_ == "be":
            subject = _subject(tok.head)
            return subject is not None and subject.lower_ in PERSON_PRONOUNS
        return bool(YEAR_OLD.match(self.after(d, 20))) and bool(re.search(r"(?:^|[.!?]\s+)the\s+$",
                                                                           self.before(d, 10), re.I))

    def stated_age(self, q: Quantity) -> bool:
        """An age in news style: "Jacob Mills, 19, of Hull", "The 70-year-old", "who turned 30 on
        Sunday", "Ms Okafor, 64, born on ..."."""
        after, before = self.after(q, 20), self.before(q, 20)
        return q.role == "age" or bool(YEAR_OLD.match(after)) or bool(TURNED.search(before)) \
            or bool(re.search(r",\s*$", before) and re.match(r"^\s*,\s*(?:who\s+was\s+)?born\b", after, re.I))

    def celebrated(self, q: Quantity) -> bool:
        """A span of years that an anniversary verb takes as its object: 'celebrating 50 years together'."""
        tok = self.token(q.start)
        if tok is None or q.unit != "year":
            return False
        noun = tok if tok.pos_ == "NOUN" else tok.head
        verb = noun.head.head if noun.head.pos_ == "ADV" else noun.head  # "50 years together"
        return noun.dep_ in ("dobj", "npadvmod") and verb.lemma_.lower() in _words("anniversary_verbs")

    def readings(self) -> Iterator[Reading]:
        for r in self._frames():
            yield r
            told = self.time_of_telling(r.span, r.start) if r.start is not None and r.end is None else None
            if told is not None:  # the span counted to the time it was told, which the sentence dates
                yield Reading(r.span, r.start, told, cue=r.cue)

    def time_of_telling(self, d: Quantity, start: Quantity) -> Quantity | None:
        """The date of the sentence at which a span counted to now is told, later than its start: the date of
        the verb the span is the object or time of ("This year's event, in 2024, marks 40 years since ..."), or
        of a verb of telling whose words hold the span ("'... for 30 years, since 2005,' she said in 2023",
        "In a 2022 interview, she said ... 'exactly 50 years ago'", "... is more than 700 years old, according to
        a guidebook published in 2020")."""
        span = self.token(d.start)
        if span is None or start.year is None:
            return None
        own = span
        while own.pos_ not in ("VERB", "AUX") and own.head.i != own.i:
            own = own.head
        for q in self.dates:
            date = self.token(q.start)
            if q is start or date is None or q.year is None or q.year < start.year or not YEAR_WRITTEN.search(q.text) \
                    or self.opened_by_since(q) or q.start <= d.end <= q.end:
                continue
            if date.dep_ == "appos" and date.head.lower_ in ("year", "now", "today") \
                    and (date.head.lower_ != "year" or any(c.lower_ == "this" for c in date.head.children)) \
                    or THIS_YEAR_WRITTEN.search(self.text[max(0, q.start - 16):q.start]):
                return q  # "this year (2024)", "It is now 2023": the present, written out, however the parser hung it
            head = date.head if date.dep_ in ("nummod", "compound", "amod") else date
            if head.dep_ != "pobj" or head.head.dep_ != "prep":
                continue
            verb = head.head.head
            if verb.i == own.i and own.pos_ in ("VERB", "AUX") and head.head.lower_ in ("in", "on", "by"):
                return q  # the span's own verb, dated
            if date is not head and head.lemma_.lower() not in _words("telling_nouns"):
                continue
            if verb.lemma_.lower() not in _words("telling_verbs"):
                continue
            claim = verb
            while claim.dep_ in ("acl", "relcl", "pobj", "prep") and claim.head.i != claim.i \
                    and claim.lower_ != "according":
                claim = claim.head  # "according to a guidebook published in 2020": the clause it is a source of
            claim = claim.head if claim.lower_ == "according" else verb
            if span.i in {t.i for t in claim.subtree} and date.i not in {t.i for t in span.subtree}:
                return q
        return None

    def _frames(self) -> Iterator[Reading]:
        for d in self.qs:
            kind = self.span_kind(d)
            if kind is None:
                continue
            if kind == "anniversary":
                yield from self._anniversary(d)
            elif kind == "age":
                yield from self._age(d)
            elif kind == "made":
                made = self._made(d)
                assert made is not None  # span_kind read it
                yield Reading(d, made, None, cue="aged", narrated=self.narration(d) if self.quoted(d) else None)
            elif kind == "clock":
                yield from self._clock(d)
            else:
                yield from self._span(d)

    # -- the frames ---------------------------------------------------------------------------------
    def _first_after(self, pos: int, limit: int = 30, written: bool = False) -> Quantity | None:
        """The first date after ``pos`` with only a link between; a relative date in between ("ago
        this month, in August 1974") is passed over when a written one follows."""
        for q in self.dates:
            gap = self.text[pos:q.start]
            for r in self.dates:
                if r.relative and pos <= r.start and r.end <= q.start:
                    gap = gap.replace(self.text[r.start:r.end], " ")
            if 0 <= q.start - pos <= limit + 20 and LINK.match(gap) and (not written or self.written(q)):
                return q
        return None

    def _span(self, d: Quantity) -> Iterator[Reading]:
        after, before = self.after(d), self.before(d)
        qualifier = re.escape(d.qualifier_text) + r"\s*" if d.qualifier_text else ""
        if NOT_ELAPSED.search(before):
            # "for a period of 30 days after": a window, unless the years it runs between stand beside it
            if (ranged := self._range(d, qualifier)) is not None:
                yield ranged
            return
        cued = any(cue.match(after) for cue in (AGO, LATER, EARLIER, AFTER, BEFORE, COUNTDOWN, INTO, SINCE_AFTER,
                                                FROM_NOW, OLD))  # "between 1998 and 2003, 20 years ago": the cue rules
        if not cued and ((ranged := self._range(d, qualifier)) is not None
                         or (ranged := self._range_of_the_subject(d)) is not None
                         or (ranged := self._ranged_subject(d)) is not None):
            yield ranged
            return
        if m := AGO.match(after):
            yield from self._ago(d, m.end(), qualifier)
        elif m := LATER.match(after) or EARLIER.match(after):
            start = [q for q in self.dates if q.end <= d.start and d.start - q.end <= 160]
            end = self._first_after(d.end + m.end())
            if start and end and end is not start[-1]:
                both = self.written(start[-1]) and self.written(end)
                yield Reading(d, start[-1], end, cue=m.group().strip().lower(), certain=both)
            elif len(start) >= 2 and end is None and m.re is LATER and self._touches(start[-1], d, qualifier) \
                    and ";" not in self.text[start[-1].end:d.start] \
                    and (NOTHING_FOLLOWS.match(after[m.end():]) or re.match(r"\s*in\s+which\b", after[m.end():])):
                # "began in January 2021 and finished in September 2022, 26 months later": the date right
                # before the span is its end, the one before that its start
                yield Reading(d, start[-2], start[-1], cue="later",
                              certain=self.written(start[-2]) and self.written(start[-1]))
            elif len(start) == 1 and end is None and m.re is LATER and self._touches(start[0], d, qualifier) \
                    and self.written(start[0]) and (first := self._last_written_before()) is not None \
                    and NOTHING_FOLLOWS.match(after[m.end():]):
                # "The fire broke out on 3 August. A man was arrested on 19 August, nine days later"
                yield Reading(d, first, start[0], cue="later")
            elif start and end is None and LATER.match(after) and self.written(start[-1]) and \
                    self.tense_after(d) == "present":
                # "reached in 2015, and nine years later it remains in force": later than the start is now
                yield Reading(d, start[-1], None, cue="later")
        elif m := AFTER.match(after) or BEFORE.match(after):
            yield from self._after(d, m)
        elif m := FROM_NOW.match(after):
            # "due to open in 2031, 12 years from now" / "12 years from now, in 2031"
            target = next((q for q in reversed(self.dates) if q.end <= d.start and (
                self._touches(q, d, qualifier) or re.fullmatch(r"\s*,\s*in\s+", self.text[q.end:span_start(self.text, d)]))),
                None) or self._first_after(d.end + m.end(), 20, written=True)  # "on 20 June, in 10 days' time"
            if target is not None and self.written(target):
                yield Reading(d, None, target, cue="from now", certain=True)
        elif m := COUNTDOWN.match(after):
            # "with 12 days to go before the general election on 4 July": the date the link governs
            target = self._first_after(d.end + m.end(), 40) or self._event_date(d.end + m.end()) \
                or self._governed_date(d.end + m.end() - 1)
            if target is not None and target.iso_date:
                yield Reading(d, None, target, cue="countdown")
        elif m := INTO.match(after):
            yield from self._into(d, m.end())
        elif m := SINCE_AFTER.match(after):
            # "60 years since the team last won the cup, in 1966" / "20 Years since September 11, 2001"
            cue_end = d.end + m.end()
            found = [q for q in self.dates if 0 <= q.start - cue_end <= 100 and self.written(q)
                     and (SINCE_CLAUSE_DATE.search(self.text[cue_end:q.start]) or self.in_since_clause(q, cue_end))]
            if found:
                yield self._to_now(d, found[0], "since")
        elif m := ON_FROM.match(after):
            # "Four months on from the floods of 12 January 2024, families are still ...": from that date to now
            anchor = self._first_after(d.end + m.end(), 40, written=True) or self._event_date(d.end + m.end())
            if anchor is not None and self.written(anchor):
                yield self._to_now(d, anchor, "on from")
        elif ON_NOW.match(after) and not re.match(r"^\s*on\s+(?:the\s+)?[A-Z0-9]", after) and not ON_A_STATE.match(after):
            # "twelve years on, she is still waiting": now, unless the clause after it narrates the past
            narrated = "quoted" if self.quoted(d) else "past" if self.tense_after(d) == "past" else None
            for origin in self.origins(d):
                if origin.end <= d.start:
                    yield Reading(d, origin, None, cue="on", narrated=narrated)
        elif OLD.match(after):
            if self.tense(d) == "present" or NOW.search(before[-20:]):
                for origin in self.origins(d):
                    yield Reading(d, origin, None, cue="old")
        elif (apposed := self._apposed_between(d)) is not None:
            yield apposed
        else:
            told = list(self._since_or_for(d, after, before, qualifier)) or list(self._noun_span(d)) \
                or list(self._event_ends(d)) or list(self._by_the_time(d)) or list(self._over_the_range(d))
            yield from told or self._years_in_a_role(d)

    def _over_the_range(self, d: Quantity) -> Iterator[Reading]:
        """A definite span the range before it spans: "ran from 1 May to 31 May ... Over the 45 days, health
        workers visited ..." (the one range of its sentence before it, or of the sentence before when it opens its
        own)."""
        if ADJECTIVE_SPAN.match(d.text) or not OVER_THE.search(self.before(d, 25)) \
                or not re.match(r"\s*,", self.after(d, 3)):
            return  # (not "During the three days of deliberation": a spell of something inside the range)
        ranges = [(a, b) for a, b in self._written_ranges() if b.end <= d.start]
        if not ranges and SENTENCE_OPENING.fullmatch(self.text[self.bounds()[0]:span_start(self.text, d)]):
            ranges = self._written_ranges(self.prior_dates)
        if len(ranges) == 1:
            yield Reading(d, ranges[0][0], ranges[0][1], cue="range")

    def _by_the_time(self, d: Quantity) -> Iterator[Reading]:
        """A span that ran from the one origin of its sentence until what a "by the time" clause after it dates:
        "Arrested in October 2021, he had spent 22 months on remand by the time he was sentenced in February 2024"."""
        m = BY_THE_TIME.match(self.after(d, 60))
        if m is None:
            return
        cue_end = d.end + m.end()
        ends = [q for q in self.dates if q.start >= cue_end and self.written(q)
                and not re.search(r"[,;.]", self.text[cue_end:q.start])]
        origins = [q for q in self.origins(d) if q.end <= d.start]
        if ends and len(origins) == 1:
            yield Reading(d, origins[0], ends[0], cue="by the time")

    def _event_ends(self, d: Quantity) -> Iterator[Reading]:
        """A span after the two days its sentence dates one event's start and end by, as the clock times of
        ``_clock`` are: "set out from Porthallow on 2 June 2023 and reached Halifax on 30 June, completing
        the crossing in 28 days". Only when the verbs say which day starts and which ends it, and the span is
        what the event took ("in"), not a stretch inside it ("..., spending three days at base camp")."""
        if d.unit not in ("day", "week", "fortnight") or ADJECTIVE_SPAN.match(d.text):
            return
        days = [q for q in self.dates if q.end <= d.start and _to_the_day(q) and q.granularity == "day"]
        if len(days) != 2 or not all(self.written(q) for q in days) \
                or not re.search(rf",\s*(?:{_alt('completing_verbs')})\b[^,;]*\bin{DONE_IN_TAIL}", self.text[days[1].end:d.start], re.I):
            return
        if self._clock_roles(days, d, done_in=True) == "ordered":
            yield Reading(d, days[0], days[1], cue="ends")

    def _apposed_between(self, d: Quantity) -> Reading | None:
        """A span set beside the clause that dates both its ends: "left Southampton on 4 May and arrived
        in Halifax on 21 May, a voyage of 11 days" (not "..., a break of two days": an interval inside)."""
        dates = [q for q in self.dates if q.end <= d.start and self.written(q)]
        if len(dates) < 2:
            return None
        if self._apposed(d, dates[-1]):
            return Reading(d, dates[-2], dates[-1], cue="apposed")
        between = self.text[dates[-1].end:span_start(self.text, d)]
        if (re.fullmatch(r"\s*[,–—-]\s*", between) and SPAN_OF_WHAT.match(self.text[d.end:])
                # "began in April 2019 and finished in October 2023, taking two and a half years"; "admitted on Dec.
                # 28 and discharged on Jan. 4, after a two-week stay"
                or re.fullmatch(r"\s*,\s*(?:taking|lasting|spanning)\s+", between)
                or re.fullmatch(r"\s*,?\s*after\s+an?\s+", between) and ADJECTIVE_SPAN.match(d.text)
                # "left Hobart on 28 December and reached Casey on 9 January, a 19-day voyage"; "..., ending a
                # 13-year career"
                or (APPOSED_ADJECTIVE_SPAN.fullmatch(between) and ADJECTIVE_SPAN.match(d.text)
                    and not INTERVAL_AFTER.match(self.text[d.end:]) and not SPELL_INSIDE.match(self.text[d.end:]))) \
                and (self._clock_roles(dates[-2:], d) == "ordered" or self._event_roles(dates[-2], dates[-1])):
            # "began on 1 February and did not end until 30 April – six months of disruption": the span the
            # verbs start and end, set after them with what filled it
            return Reading(d, dates[-2], dates[-1], cue="apposed")
        return None

    def _event_roles(self, first: Quantity, second: Quantity) -> bool:
        """Whether the first date starts an event and the second ends it, by the verbs their phrases hang from
        or those verbs' objects: "made his debut in 2011 and announced his retirement in 2024"."""
        def words_of(q: Quantity) -> set[str]:
            tok = self.token(q.start)
            head = _phrase_head(tok) if tok is not None else None
            if head is not None and head.pos_ == "NOUN" and head.dep_ == "dobj":
                head = head.head  # "made his debut in 2011": the date hung on the object
            if head is None or head.pos_ not in ("VERB", "AUX"):
                return set()
            return {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "dobj"}
        starting = _words("origin_verbs", "period_start_verbs", "start_nouns")
        ending = _words("end_verbs", "period_end_verbs", "end_nouns")
        first_words, second_words = words_of(first), words_of(second)
        return bool(first_words & starting) and not first_words & ending and bool(second_words & ending)

    def _apposed(self, d: Quantity, last: Quantity) -> bool:
        """The span stands in ", a <noun> of" right after the last figure of its clause."""
        m = APPOSED_SPAN.fullmatch(self.text[last.end:span_start(self.text, d)])
        return m is not None and m.group("noun").lower() not in _words("interval_nouns")

    def _noun_span(self, d: Quantity) -> Iterator[Reading]:
        """A span said of a noun whose own clauses date its start and end: "stepped down in 2023, ending a
        12-year tenure that began in 2008"; "reopened last year after a seven-year restoration that began
        in 2016"; "released in May 2024 having served 10 years of a sentence he began in 2016"; "a 25-year
        lease, running from 2010 to 2045". The start is a date a verb of starting gives the noun; the end a
        date a verb of ending gives it, or else the date of the clause the noun's phrase belongs to."""
        tok = self.token(d.start)
        if tok is None or d.unit not in SPAN_UNITS:
            return
        noun = tok
        while (noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ in ("compound", "amod", "nummod", "npadvmod")) \
                and noun.head.i != noun.i:
            noun = noun.head  # "12" -> "year" -> "tenure"
        if noun.lemma_.lower() in SPAN_UNITS:  # "10 years of a sentence he began in 2016"
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i == tok.i:
            return
        inside = {t.i for t in noun.subtree}
        # ", running from 2010 to 2045": a participle after the noun's phrase, hung on the noun's verb
        inside |= {c.i for c in noun.head.children if c.dep_ in ("advcl", "acl") and c.tag_ in ("VBG", "VBN")
                   and c.i > noun.i and c.doc[c.i - 1].text == "," and c.lemma_.lower() in _words("period_start_verbs")}
        dated = [(q, self._date_root(q)) for q in self.dates if self.written(q) or q.iso_start]
        dated = [(q, _phrase_head(t)) for q, t in dated if t is not None]
        starts = [q for q, verb in dated if verb.i in inside and self.written(q)
                  and verb.lemma_.lower() in _words("period_start_verbs")]
        ends = [q for q, verb in dated if verb.i in inside and verb.lemma_.lower() in _words("period_end_verbs")]
        if len(starts) == 2 and not ends and RANGE_LINK.fullmatch(self.text[starts[0].end:starts[1].start]):
            starts, ends = starts[:1], starts[1:]  # "running from 2010 to 2045"
        ranges = self._written_ranges()
        if not starts and not ends and _hyphened_lemma(noun) in _words("spell_nouns") and len(ranges) == 1 \
                and ranges[0][1].end <= d.start and self.token(ranges[0][0].start).i not in inside \
                and any(c.dep_ == "poss" or c.lower_ in ("the", "this", "that") for c in noun.children) \
                and noun.head.lemma_.lower() not in _words("period_start_verbs") \
                and not any(c.i > noun.i and not c.is_punct for c in noun.children):
            # (a spell of its own, named definitely and alone: "its 22-year run"; not "then began a 10-year stint",
            # "her 10-year stint abroad followed")
            # "The H-7 tractor (produced from 1994 to 2008) was ... during its 22-year production run": the one range
            # of the sentence, before the spell
            yield Reading(d, ranges[0][0], ranges[0][1], cue="range")
            return
        if not starts and _hyphened_lemma(noun) in _words("spell_nouns"):
            # "Founded in 1890, the paper printed its last edition in 2020, ending a 130-year run": the one origin
            # of the sentence starts the spell its clause ends
            # (not a date of the clause the spell's noun hangs from: that is where it ends)
            above = {t.i for t in noun.ancestors}
            origins = [q for q in self.origins(d) if self.token(q.start).i not in inside
                       and (head := _phrase_head(self.token(q.start))) is not None and head.i not in above]
            starts = origins if len(origins) == 1 else []
        if len(starts) != 1:
            return
        start = starts[0]
        if not ends:
            # the date of the clause the noun's phrase belongs to: up from the noun to the first verb that
            # a written date hangs from, outside the noun's own phrase
            head = noun
            for _ in range(5):
                if head.head.i == head.i:
                    break
                head = head.head
                own = [q for q, verb in dated if verb.i == head.i and q is not start and self.token(q.start).i not in inside]
                if head.pos_ in ("VERB", "AUX") and own:
                    ends = own
                    break
        if len(ends) == 1 and ends[0].start != start.start:
            yield Reading(d, start, ends[0], cue="span")

    def _years_in_a_role(self, d: Quantity) -> Iterator[Reading]:
        """A span spent in a role or state ("her 19 years in charge", "58 years of family ownership", "in our
        25 years of trading") whose start the sentence before dates ("has led the orchestra since January
        2009", "bought the farm in 1974", "(chief executive 2006–2019)"). It ends at the date of its own
        sentence when there is one ("sold it last month, ending 58 years of ..."), else now."""
        if d.unit not in ("year", "decade", "month") or not ROLE_PERIOD.match(self.after(d, 40)) \
                or any(self.is_origin(q) for q in self.dates):
            return  # a start of its own sentence is read by the frames before
        origins = [q for q in self.prior_dates if self.is_origin(q)]
        ranges = [q for q in self.prior_dates if _written_range(q)]
        if len(ranges) == 1 and not origins:
            yield Reading(d, ranges[0], ranges[0], cue="range")  # "(chief executive 2006–2019) ... his 18 years in charge"
            return
        if len(origins) != 1:
            return
        ends = [q for q in self.dates if q.start > d.end or q.end <= d.start]
        if len(ends) == 1 and (ends[0].relative or self.written(ends[0])):
            yield Reading(d, origins[0], ends[0], cue="span")
        elif not ends:
            yield self._to_now(d, origins[0], "since")

    def _date_root(self, q: Quantity):
        """The token of a date whose head lies outside it: "year" of "last year", "May" of "May 2024"."""
        base, doc, _, _ = self.parsed
        if doc is None or not 0 <= q.start - base < len(doc.text):
            return None
        span = doc.char_span(q.start - base, q.end - base, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _last_written_before(self) -> Quantity | None:
        """The last written date of the sentence before, as fine as a day."""
        return next((q for q in reversed(self.prior_dates) if self.written(q) and _to_the_day(q)),
                    None)

    def _touches(self, q: Quantity, d: Quantity, qualifier: str = "") -> bool:
        """Nothing but punctuation (and the span's own hedge) stands between a date and the span after it."""
        # "..., a period of 14 months", "..., over a period of 11 years": a noun of time between;
        # "..., a 17-year tenure": the article of a span used as an adjective
        article = f"(?:{SPAN_ARTICLE})?" if ADJECTIVE_SPAN.match(d.text) else ""
        # "from Nov. 3 through Nov. 7, giving residents five days": the window the range gives
        # ("ran from Jan. 1 to March 31, covering 120 days", "..., taking two and a half years": what the range took)
        return q.end <= d.start and re.fullmatch(rf"[\s,(–—:-]*(?:(?:or|for|some|over|after)\s+|"
                                                 rf"(?:giving|allowing)\s+(?:[a-z]+\s+){{0,2}}|"
                                                 rf"(?:covering|spanning|taking|lasting)\s+)?{SPAN_ADVERB}"
                                                 rf"{TIME_NOUN_OF}{article}{qualifier}",
                                                 self.text[q.end:d.start], re.I) is not None

    def _range(self, d: Quantity, qualifier: str) -> Reading | None:
        """A span beside the years it runs between: "from 1998 until 2011, 17 years in which ...",
        "for 31 years (1961–1988)", "13 years, from 2006 to 2019"."""
        if (ADJECTIVE_SPAN.match(d.text) and not re.search(rf"[,(–—-]\s*{SPAN_ARTICLE}$", self.before(d, 12), re.I)) \
                or d.unit not in ("year", "decade", "month", "week", "fortnight", "day"):
            return None  # "a 17-year tenure" after a comma names the span of the range before; "a 10-year plan" not
        before = next((q for q in reversed(self.dates) if self._touches(q, d, qualifier)), None)
        # ("runs for eight weeks at the town gallery, from 3 May to 28 June": a place it covered before the range)
        after = next((q for q in self.dates if q.start >= d.end and (re.fullmatch(
            r"[\s,(–—:-]*(?:(?:from|between)\s+)?", self.text[d.end:q.start], re.I)
            or RANGE_AFTER_SPAN.fullmatch(self.text[d.end:q.start]))), None)
        for q, side in ((before, "before"), (after, "after")):
            if q is None or not self.written(q):
                continue
            if _written_range(q):
                return Reading(d, q, q, cue="range", certain=True)  # "(1961–1988)": one figure, both ends
            others = [o for o in self.dates if o is not q and self.written(o)]
            if side == "before":  # "from 1998 until 2011, 17 years"
                first = next((o for o in reversed(others) if o.end <= q.start and RANGE_LINK.fullmatch(self.text[o.end:q.start])
                    and RANGE_OPENING.search(self.text[max(0, o.start - 9):o.start])), None)
                if first is not None:
                    return Reading(d, first, q, cue="range", certain=True)
            else:  # "13 years, from 2006 to 2019"
                last = next((o for o in others if o.start >= q.end and (RANGE_LINK.fullmatch(self.text[q.end:o.start])
                                                                        or RANGE_LINK_CLAUSE.fullmatch(self.text[q.end:o.start]))),
                            None)
                if last is not None and (RANGE_OPENING.search(self.text[d.end:q.start])
                                         # "nine days, 6-18 October 2025": a dash joins the two days of one range
                                         or re.fullmatch(r"[-–]", self.text[q.end:last.start])):
                    return Reading(d, q, last, cue="range", certain=True)
        return None

    def _written_ranges(self, dates: list[Quantity] | None = None) -> list[tuple[Quantity, Quantity]]:
        """The ranges between two written dates of the sentence (or of ``dates``): "from 1994 to 2008", "from 3
        June to 14 June"."""
        return [(a, b) for a, b in itertools.pairwise(self.dates if dates is None else dates)
                if self.written(a) and self.written(b) and RANGE_LINK.fullmatch(self.text[a.end:b.start])
                and RANGE_OPENING.search(self.text[max(0, a.start - 9):a.start])]

    def _ranged_subject(self, d: Quantity) -> Reading | None:
        """A span that names the subject whose verb of running gives its range: "The 12-week coding bootcamp runs
        from Monday 5 February to Friday 15 March 2024", "The three-month amnesty runs from 1 April to 31
        December" (read from the words: the parser often takes "runs" for a noun there)."""
        if not ADJECTIVE_SPAN.match(d.text) or not re.search(r"\b(?:the|a|an|its|their)\s+$", self.before(d, 8), re.I):
            return None
        ranges = self._written_ranges()
        if len(ranges) != 1 or ranges[0][0].start < d.end \
                or not RANGED_SUBJECT_VERB.fullmatch(self.text[d.end:ranges[0][0].start]) \
                or WITHIN_A_WINDOW.match(self.text[ranges[0][1].end:self.bounds()[1]]):
            return None  # (not "runs from 3 to 14 June at weekends": days within a window)
        return Reading(d, ranges[0][0], ranges[0][1], cue="range")

    def _range_of_the_subject(self, d: Quantity) -> Reading | None:
        """A span of a verb of lasting whose subject a relative clause dates from one day to another: "The
        roadworks on Castle Street, which run from 3 June to 14 June 2024, will last three weeks"."""
        tok = self.token(d.start)
        if tok is None or d.unit not in ("week", "fortnight", "day", "month"):
            return None
        noun = tok.head if tok.dep_ in ("nummod", "quantmod") else tok
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
        if noun.dep_ not in ("npadvmod", "dobj", "pobj") or verb.lemma_.lower() not in _words("lasting_verbs") \
                or any(c.dep_ in ("xcomp", "advcl", "prt") for c in verb.children) \
                or any(c.dep_ in ("prt", "advmod", "prep") for c in noun.children):
            return None  # "will take three days to set up", "two days off", "three weeks a year": another span
        subject = _subject(verb, ("nsubj", "nsubjpass"))
        ranges = [(a, b) for a, b in self._written_ranges() if _to_the_day(a) and _to_the_day(b)]
        if subject is None or len(ranges) != 1:
            return None
        first = self.token(ranges[0][0].start)
        clause = _phrase_head(first) if first is not None else None
        if clause is None or clause.dep_ != "relcl" or clause.head not in list(subject.subtree):
            return None
        return Reading(d, ranges[0][0], ranges[0][1], cue="range")

    def _dates_of_the_verb_of(self, cue_at: int) -> list[Quantity]:
        """The written dates whose phrase hangs from the verb the word at ``cue_at`` hangs from."""
        cue = self.token(cue_at)
        if cue is None or cue.head.pos_ != "VERB":
            return []
        return [q for q in self.dates if self.written(q) and (tok := self.token(q.start)) is not None
                and _phrase_head(tok).i == cue.head.i]

    def _governed_date(self, cue_at: int) -> Quantity | None:
        return self._governed_date_in(cue_at, [q for q in self.dates if self.written(q)])

    def _governed_date_in(self, cue_at: int, candidates: list[Quantity]) -> Quantity | None:
        """The date inside what 'after' / 'before' governs: "21 days after first announcing a review
        of the site on 3 May", "six weeks after the building was handed over on 12 February", "76
        years after the Wright brothers' first powered flight in 1903"."""
        cue = self.token(cue_at)
        if cue is None:
            return None
        if cue.dep_ == "mark":
            scope = cue.head  # "after the building was handed over ...": the clause it opens
        elif cue.dep_ == "prep":
            scope = cue
        else:
            return None
        inside = {t.i for t in scope.subtree}
        for q in candidates:
            tok = self.token(q.start)
            if q.start > cue_at and tok is not None and tok.i in inside:
                return q
        return None

    def narration(self, d: Quantity) -> str | None:
        """'quoted' inside quotation marks, 'past' in a past-tense clause, else None (now)."""
        return "quoted" if self.quoted(d) else "past" if self.tense(d) == "past" else None

    def _to_now(self, d: Quantity, start: Quantity, cue: str, certain: bool = False) -> Reading:
        narrated = self.narration(d)
        return Reading(d, start, None, cue=cue, certain=certain and not narrated, narrated=narrated)

    def _ago(self, d: Quantity, cue_len: int, qualifier: str) -> Iterator[Reading]:
        # "a year ago in August": a date without its year takes it from the span, and cannot contradict it
        found = self._first_after(d.end + cue_len, 25, written=True)
        if found is not None and not YEAR_WRITTEN.search(found.text):
            return
        certain = found is not None
        if found is None:
            # (a quote may open at the span, a word of precision stand before it: '1962, "exactly 50 years ago"')
            gap_span = re.compile(rf"^[\s,(–—\"“'‘-]*(?:(?:{_HEDGES}|exactly|precisely)\s+)?{qualifier}$", re.I)
            # "on 14 November, nine days ago": a day without its year fits a span of days, weeks or months,
            # counted back to the last time that day came round
            close = [q for q in self.dates if 0 <= d.start - q.end <= 25 and self.written(q)
                     and (YEAR_WRITTEN.search(q.text) or (d.unit in ("day", "week", "month") and q.iso_date))
                     and gap_span.match(self.text[q.end:d.start])]
            if close:
                found, certain = close[-1], True
            else:  # "the 2008 financial crisis, 26 years ago": an event named by its date
                # "the 2008 financial crisis, 26 years ago", "the 2011 earthquake and tsunami, which struck 15 years ago"
                event_gap = re.compile(rf"^,?\s*(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*"
                                       rf"(?:,?\s+(?:which|that|when)\s+(?:[a-z]+\s+){{1,2}}|[\s,(–—-]+){qualifier}$")
                events = [q for q in self.dates if 0 <= d.start - q.end <= 50 and self.written(q)
                          and YEAR_WRITTEN.search(q.text)
                          and re.search(r"\bthe\s+$", self.text[max(0, q.start - 5):q.start], re.I)
                          and event_gap.match(self.text[q.end:d.start])]
                # else "The bridge opened in March 1987. ... since it opened 40 years ago": one verb, one event
                found = events[-1] if events else self._dated_before(self._verb_of_span(d))
                if found is None and self.quoted(d):
                    # '"We opened these doors 30 years ago," said Patel, who founded the bakery in 2015': the
                    # origin the speaker's own clause dates
                    found = next((q for q in self.origins(d) if self._speakers_origin(d, q)), None)
        if found is not None:
            narrated = "quoted" if self.quoted(d) else None
            yield Reading(d, found, None, cue="ago", certain=certain and not narrated, narrated=narrated)

    def _speakers_origin(self, d: Quantity, origin: Quantity) -> bool:
        """An origin dated in the clause of the speaker of the quote that holds the span: '"... for 40
        years," said Mr Okafor, who opened it in 1998'."""
        return origin.start > d.end and self.quoted(d) and not self.quoted(origin) \
            and SPEAKER.search(self.text[d.end:origin.start]) is not None

    def _verb_of_span(self, d: Quantity):
        tok = self.token(d.start)
        while tok is not None and tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
            tok = tok.head
        return tok if tok is not None and tok.pos_ == "VERB" else None

    def _dated_before(self, word) -> Quantity | None:
        """The date the sentence before gives the same event: its origin verb is ``word`` or of one
        stem with it ("opened 40 years ago" / "opened in March 1987"; "after his arrest" / "was
        arrested on 2 March")."""
        if word is None:
            return None
        for q in reversed(self.prior_dates):
            verb = self.origin_verb(q) if self.written(q) else None
            if verb is not None and related(verb.lemma_, word.lemma_):
                return q
        return None

    def _event_date(self, pos: int) -> Quantity | None:
        """The date of the event named after 'after the': 'the 3 May announcement', 'the March 11,
        2011, disaster', 'the earthquake of 6 February 2023', 'the 1 July deadline'."""
        for q in self.dates:
            gap = self.text[pos:q.start]
            if 0 <= q.start - pos <= 40 and self.written(q) and \
                    re.match(r"^(?:the\s+|a\s+|its\s+|their\s+|his\s+|her\s+)?(?:[a-z][\w'’-]*\s+){0,3}?"
                             r"(?:(?:of|on|in)\s+)?$", gap, re.I) and not re.search(r"[,;.]", gap):
                return q
        return None

    def _after(self, d: Quantity, m: re.Match) -> Iterator[Reading]:
        """'four weeks after the 3 May announcement, on 14 June' / 'exactly two years after the March
        11, 2011, disaster' (on Sunday) / 'two days before the vote on 5 May'."""
        anchor = self._event_date(d.end + m.end()) or self._governed_date(d.end + m.start("cue"))
        if anchor is None:  # "six weeks after his arrest", the arrest dated in the sentence before
            cue_tok = self.token(d.end + m.start("cue"))
            noun = next((c for c in cue_tok.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) \
                if cue_tok is not None else None
            anchor = self._dated_before(noun)
        if anchor is None:
            anchor = self._origin_retold(d.end + m.start("cue"))
        if anchor is None:
            return
        cue = m.group("cue").lower()
        # "In 1969, 76 years after ... in 1903": two years; "sold in November 2022, 18 months after ... in
        # May 2022": two months; a date as fine as the anchor
        coarse = anchor.granularity if anchor.granularity in ("year", "month") else None
        others = [q for q in self.dates if q is not anchor and (_to_the_day(q)
                  and q.granularity in ("day", "weekday", None) or (coarse is not None and q.granularity == coarse
                                                                    and self.written(q)))]
        # prefer a date after the anchor ('..., on 14 June'), then one before the span ('on Sunday, ...')
        later = [q for q in others if q.start > anchor.end and re.match(r"^[\s,)\w'’-]*(?:on|in)\s+$",
                                                                         self.text[anchor.end:q.start][-40:])]
        earlier = [q for q in others if q.end <= d.start]
        candidates = later[:1] or earlier[-1:]
        before_cue = cue in _words("before")
        if not candidates and not before_cue:
            # "four years after Hurricane Ian struck on Sept. 28, 2022, residents are still rebuilding"
            tense = self.tense(d, root=True)
            if tense != "unknown":
                yield Reading(d, anchor, None, cue=cue, narrated=self.narration(d) or
                              ("past" if tense == "past" else None))
            return
        for other in candidates:
            certain = self.written(other) and self.written(anchor)
            if before_cue:
                yield Reading(d, other, anchor, cue=cue, certain=certain)
            else:
                yield Reading(d, anchor, other, cue=cue, certain=certain)

    def _origin_retold(self, cue_at: int) -> Quantity | None:
        """'after' a clause of the thing's beginning, told again without its date: "which opened in
        1932, was refurbished in 1998, 56 years after it opened": the one origin dated before the cue by
        the same verb.
        Not any verb with "first" ("founded in 1950, ... 30 years after it first admitted girls" is
        another event)."""
        cue_tok = self.token(cue_at)
        verb = cue_tok.head if cue_tok is not None and cue_tok.dep_ == "mark" else None
        if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in _words("origin_verbs"):
            return None
        found = [q for q in self.dates if q.end <= cue_at and self.written(q)
                 and (told := self.origin_verb(q)) is not None and told.lemma_.lower() == verb.lemma_.lower()]
        return found[0] if len(found) == 1 else None

    def _into(self, d: Quantity, cue_len: int) -> Iterator[Reading]:
        """'on 30 April, 150 days into his term, which began on 20 January'."""
        starts = [q for q in self.origins(d) if q.start > d.end]
        if not starts:
            return
        ends = [q for q in self.dates if q.end <= d.start and _to_the_day(q)]
        for start in starts[:1]:
            if ends:
                yield Reading(d, start, ends[-1], cue="into")
            elif self.tense(d) == "present":
                yield Reading(d, start, None, cue="into")

    def _since_or_for(self, d: Quantity, after: str, before: str, qualifier: str) -> Iterator[Reading]:
        # "since 1997, some ten years" / "for ten years since 1997" / "closed since 1972 — a quarter of a century"
        for q in self.dates:
            if not self.written(q):
                continue
            since = SINCE_BEFORE.search(self.text[max(0, q.start - 14):q.start])
            lead = span_start(self.text, d)
            if (since and 0 <= lead - q.end <= 40 and SINCE_THEN_SPAN.match(self.text[q.end:lead]))  \
                    or (0 <= q.start - d.end <= 45 and re.match(
                        # "for 25 years since 2003", "for 25 years since opening it in 2003"
                        r"^[\s,(–—-]*(?:ever\s+)?since\s+(?:[a-z]+ing\s+(?:[a-z]+\s+){0,3}?(?:in|on)\s+)?(?:the\s+)?$",
                        self.text[d.end:q.start], re.I)):
                yield self._to_now(d, q, "since")
                return
        # "stood for 32 years until 1991": start = an origin before, end = the date after 'until'
        if m := UNTIL.match(after):
            end = self._first_after(d.end + m.end(), 20, written=True) or next(
                # "existed for seven decades until the lights were automated in 1991": the date of the until-clause
                (q for q in self.dates if self.written(q) and RANGE_LINK_CLAUSE.fullmatch(self.text[d.end:q.start])),
                None)
            if end is not None:
                for start in self.origins(d, exclude=(end,)):
                    if start.end <= d.start:
                        yield Reading(d, start, end, cue="until")
                return
        adjective = bool(ADJECTIVE_SPAN.match(d.text))
        spoken_now = self.tense(d) == "present" or bool(NOW.search(self.text[max(0, d.start - 30):d.end + 12]))
        if adjective:
            # "her 28-year reign, which began in 2006, ends when she steps down on Sunday": the end is a
            # date an end verb or 'until' governs; a "10-year plan" may run on past now, so now is the
            # end only of an age ("the 18-year-old law, passed in 2006")
            aged = bool(re.match(r"^\W*old\b", after))
            noun = re.match(r"\s*([a-z]+)", after)
            if noun is not None and noun.group(1).lower() in _words("wait_nouns"):
                yield from self._wait(d)
                return
            if noun is not None and noun.group(1).lower() in _words("spell_nouns") \
                    and re.search(r"[,—–]\s*(?:an?|his|her|their|its)\s+$", self.before(d, 8)):
                # "was chief executive from 2009 until his resignation in 2021, a 12-year tenure": the
                # stretch the clause before it dated, from its "from" to its last date
                dated = [q for q in self.dates if q.end <= d.start and self.written(q)]
                starts = [q for q in dated if FROM_BEFORE.search(self.text[max(0, q.start - 20):q.start])]
                if starts and dated[-1] is not starts[0]:
                    closed = re.search(r"\b(?:until|till|to|through)\b", self.text[starts[0].end:dated[-1].start], re.I)
                    yield Reading(d, starts[0], dated[-1], cue="span", certain=closed is not None)
                    return
            for start in self.origins(d):
                if not self.describes(d, start):
                    continue
                ends = [q for q in self.dates if q is not start and q.start > start.end
                        and (self.ends_here(q) or UNTIL_BEFORE.search(self.text[max(0, q.start - 14):q.start]))]
                for end in ends[:1]:
                    yield Reading(d, start, end, cue="span")
                if aged and not ends:
                    yield self._to_now(d, start, "old")
            return
        # "after 36 days", "after serving 19 years"; "..., ending 150 years of trading": the span the end closes
        after_cue = re.search(rf"(?:\b(?P<cue>after)\s+(?:(?:serving|spending|working|holding)\s+|an?\s+[a-z-]+\s+of\s+)?"
                              rf"|,\s*(?P<ending>ending|ended|closing)\s+(?:(?:its|their|his|her|the)\s+)?)"
                              rf"(?:(?:just|only|a\s+mere|some|almost|nearly|more\s+than)\s+)?{qualifier}$",
                              before, re.I)
        lasting = re.search(rf"\b(?P<aux>(?:has|have)\s+(?:now\s+|already\s+)?)?(?:{_alt('duration_verbs')})\s+(?:for\s+)?"
                            rf"{qualifier}$", before, re.I)
        if after_cue and after_cue.group("ending") and not (ROLE_PERIOD.match(after)
                                                          or re.match(r"\s+of\s+(?:[a-z]+[\s-])?[a-z]+ing\b", after, re.I)):
            return  # "..., ending 150 years of trading" or "of cloth-making": the thing itself, not "of talks"
        if after_cue or lasting:
            # "... after 36 days"; "opened on 1 March and closed on 26 April, ran for 12 weeks": a verb of
            # lasting takes the span from the origin to the end its sentence dates
            # "began on 4 September and ended on 20 October after 36 days"; "retires this month after 35
            # years with the force, having joined in 1994": from an origin to the date an end verb governs
            ends = [q for q in self.dates if self.ends_here(q) and (q.iso_date or q.relative or q.year or (q.month and q.day))]
            if not ends and after_cue:
                # "launched in January 2006, flew past Pluto in July 2015 after a journey of 15 years": the
                # date of the verb 'after' hangs from ends the span
                cue_word = "ending" if after_cue.group("ending") else "cue"
                ends = self._dates_of_the_verb_of(d.start - len(before) + after_cue.start(cue_word))
            starts = self.origins(d, exclude=tuple(ends)) or (
                # "The strike began on 3 March. It ended on 28 March after 15 days": the start told just before
                [q for q in self.prior_dates if self.written(q) and self.origin_verb(q) is not None][-1:] if ends else [])
            for start in starts:
                for end in ends[:1]:
                    if end is not start:
                        yield Reading(d, start, end, cue="span")
                if not ends and (after_cue or lasting and lasting.group("aux")) and self.tense(d) == "present" \
                        and start.end <= d.start:
                    # "who joined the bank in 2003, is stepping down after 30 years": it ends now; "began on 17
                    # March and has now lasted four weeks" too
                    yield Reading(d, start, None, cue="span")
            return
        if FOR.search(before) and spoken_now and self._perfect_or_now(d):
            # "has been in force for 52 years" / "has held for 20 days" / "has been missing for nine weeks";
            # an origin after the span is another clause's ("... when he takes office in January")
            for start in self.origins(d):
                if self._speakers_origin(d, start):
                    # '"I've run this shop for 40 years," said Mr Okafor, who opened it in 1998': the speaker's
                    # own origin; reported words may be old, so only a span too long is wrong
                    yield Reading(d, start, None, cue="for", narrated="quoted")
                    continue
                if start.start > d.end and not self.opened_by_since(start):
                    continue
                yield Reading(d, start, None, cue="for")

    def _wait(self, d: Quantity) -> Iterator[Reading]:
        """'ended a 19-year wait for the title, the club's first since 1998': a wait runs from the date
        after 'since' to the day of the sentence that ends it, or to now."""
        since = [q for q in self.dates if self.written(q)
                 and SINCE_BEFORE.search(self.text[max(0, q.start - 14):q.start])]
        if not since:
            return
        # "froze over in January 2024 for the first time since 1963, ending a 41-year wait": the date the
        # wait ends on may be a month or a year, when written
        ends = [q for q in self.dates if q not in since and (_to_the_day(q) or self.written(q) and q.end <= d.start)]
        if ends:
            yield Reading(d, since[0], ends[0], cue="span")
        else:
            yield Reading(d, since[0], None, cue="span", narrated=self.narration(d))

    def _perfect_or_now(self, d: Quantity) -> bool:
        tok = self.token(d.start)
        if tok is None:
            return False
        clause = self.text[max(self.bounds()[0], d.start - 60):d.end + 10]
        if NOW.search(clause):
            return True
        verb = tok
        for _ in range(6):
            if verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head
        return any(c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children if c.dep_ in ("aux", "auxpass"))

    def _anniversary(self, d: Quantity) -> Iterator[Reading]:
        """'marks its 40th anniversary this week, having been set up in 1994': the start is the
        origin, not when the commemoration itself began."""
        if NOT_ELAPSED.search(self.before(d, 30)):
            return
        starts = [q for q in self.origins(d) if not self._describes_anniversary(q, d)]
        # "the 50th anniversary of the 1980 strike" / "the 75th anniversary of D-Day, 6 June 1944"
        of_date = [q for q in self.dates if self.written(q) and 0 <= q.start - d.end <= 40
                   and re.match(r"^\s+(?:of|since)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:of|on|in)\s+)?$"
                                r"|^\s+of\s+[^,.;]*?,\s+$", self.text[d.end:q.start])]
        starts = of_date[:1] + [q for q in starts if q not in of_date]
        if not starts:  # "The stadium opened in August 1923. Next month's 90th anniversary ..."
            starts = [q for q in self.prior_dates if self.written(q) and self.origin_verb(q) is not None][:1]
        if not starts:
            return
        ends = [q for q in self.dates if q not in starts
                and q.granularity in ("day", "weekday", "week", "month", "year", None)
                and (q.relative or q.iso_date or q.weekday
                     # "celebrated their 60th wedding anniversary with a party in 2015": the year it fell in
                     or (q.start > d.end and self.written(q) and not re.search(r"[,;:()]", self.text[d.end:q.start])))]
        # an anniversary told in the past fell when it was told: only one longer than possible contradicts
        narrated = "quoted" if self.narration(d) else None
        starts = [q for q in starts if self.quoted(q) == self.quoted(d)]
        for start in starts:
            later = [end for end in ends if (_year(end) or 0) > (_year(start) or 9999)]
            for end in later:  # "... its 40th anniversary last month": when it fell is written
                yield Reading(d, start, end, cue="anniversary")
            if not later:
                yield Reading(d, start, None, cue="anniversary", narrated=narrated)

    def _describes_anniversary(self, q: Quantity, d: Quantity) -> bool:
        """'a 50th anniversary recognition that began in 2012': the verb is a relative clause of the
        noun the anniversary itself describes."""
        verb = self.origin_verb(q)
        tok = self.token(d.start)
        if verb is None or tok is None:
            return False
        head = verb.head if verb.dep_ in ("relcl", "acl") else None
        return head is not None and head.i != verb.i and tok.i in {t.i for t in head.subtree}

    def _clock(self, d: Quantity) -> Iterator[Reading]:
        """'began at 10.15pm on Friday and ended at 4.45am on Saturday, eight and a half hours later' /
        'landed at 6.40pm, three hours after taking off at 3.40pm': a span of hours or minutes between
        the two clock times of its sentence, around midnight when the second is the earlier hour."""
        times = [q for q in self.qs if q.kind is Kind.TIME and q.hours is not None]
        if len(times) == 1 and len(self.prior_times) == 1 and times[0].end <= d.start:
            yield from self._from_the_time_before(d, self.prior_times[0], times[0])
            return
        if len(times) != 2:
            return
        if d.end <= times[0].start and SPAN_EXPLAINED.fullmatch(self.text[d.end:times[0].start]) \
                and times[0].hours is not None and times[1].hours is not None and times[0].hours < times[1].hours \
                and not any(d.end <= q.start < times[1].start and q.kind is not Kind.DATE and q not in times
                            for q in self.qs):
            # "The rescue took 45 minutes: firefighters arrived at 2.10pm and the last child was freed at 3.40pm"
            yield Reading(d, times[0], times[1], cue="clock")
            return
        if times[0].end <= d.start and d.end <= times[1].start and ADJECTIVE_SPAN.match(d.text) \
                and BEGUN_AT.fullmatch(self.text[d.end:times[1].start]):
            # "surrendered at 8am Sunday, ending a 26-hour standoff that began at 6pm Friday": the end, then the
            # span whose clause gives its start
            yield Reading(d, times[1], times[0], cue="clock")
            return
        if d.end <= times[0].start and RANGE_AFTER_SPAN.fullmatch(self.text[d.end:times[0].start]) \
                and RANGE_LINK.fullmatch(self._between_times(times[0], times[1])) \
                and not NOT_ELAPSED.search(self.before(d)):
            # "sat for 14 hours, from 9.30am until 9.30pm"; "fell for 26 hours across the region, from 6am Saturday
            # until 6pm Sunday": the range right after the span (and a place it covered) is its start and end
            yield Reading(d, times[0], times[1], cue="clock", certain=True)
            return
        if d.end <= times[0].start and len(self.text[d.end:times[0].start]) <= 40 \
                and not re.search(r"[.;:!?]", self.text[d.end:times[0].start]) and not NOT_ELAPSED.search(self.before(d)) \
                and self._clock_verb(times[0]) in _words("clock_start_verbs") \
                and self._clock_verb(times[1]) in _words("clock_end_verbs"):
            # "stretched for 19 hours, beginning at 10 a.m. and ending just after midnight"; "12-hour shifts, which
            # begin at 7 a.m. and end at 9 p.m.": the span, then its start and end told by their verbs
            yield Reading(d, times[0], times[1], cue="clock")
            return
        # "crossed the line at 10:52 a.m., finishing in 37 minutes": the time the event took
        done_in = times[1].end <= d.start and re.search(rf",\s*(?:{_alt('completing_verbs')})\b[^,;]*\bin{DONE_IN_TAIL}",
                                                       self.text[times[1].end:d.start], re.I) is not None
        if times[1].end <= d.start and (not ADJECTIVE_SPAN.match(d.text) or self._whole_period(d)) \
                and not LATER.match(self.after(d)) \
                and not EARLIER.match(self.after(d)) and (roles := self._clock_roles(times, d, done_in)):
            # "opened at 07:00 and closed at 22:00, giving voters 13 hours"; "began at 7.30pm and ended at
            # 9.05pm, after 155 minutes": one event's start and end, the span after both. When the verbs do
            # not say which is the start, both orders are readings
            yield Reading(d, times[0], times[1], cue="clock")
            if roles == "either":
                yield Reading(d, times[1], times[0], cue="clock")
            return
        if EARLIER.match(self.after(d)) and times[1].end <= d.start \
                and re.fullmatch(r"[\s,]*(?:on\s+\w+[\s,]*)?", self.text[times[1].end:d.start], re.I):
            # "the gates opened at 9am; fans had queued from 6am, three hours earlier": the later time first
            yield Reading(d, times[1], times[0], cue="clock", certain=True)
            return
        if not (LATER.match(self.after(d)) or AFTER.match(self.after(d))):
            return
        if LATER.match(self.after(d)):
            # "... ended at 4.45am on Saturday, eight and a half hours later": the span right after the end time
            between = self.text[times[1].end:span_start(self.text, d)]  # "..., more than six hours later"
            if times[1].end <= d.start and len(between) <= 40 \
                    and re.fullmatch(rf"[\s,]*(?:(?:on\s+\w+|[A-Z][a-z]+day|(?:the\s+)?(?:following|next)\s+(?:morning|day|afternoon|"
                                     rf"evening|night))[\s,]*)?{SPAN_ADVERB}", between, re.I):
                yield Reading(d, times[0], times[1], cue="clock", certain=True)
            elif times[0].end <= d.start and d.end <= times[1].start \
                    and LATER_THEN_TIME.fullmatch(self.text[d.end:times[1].start]):
                # "raised at 11pm on Saturday; ... found nine hours later, at 8am on Sunday": the end told after it
                yield Reading(d, times[0], times[1], cue="clock", certain=True)
        elif d.end <= times[1].start and times[0].end <= d.start and AFTER.match(self.after(d)) \
                and self._governed_time(d, times[1]):
            # "By 4pm, six hours after polls opened at 7am": the time 'after' governs is the start
            yield Reading(d, times[1], times[0], cue="clock")

    def _from_the_time_before(self, d: Quantity, before: Quantity, time: Quantity) -> Iterator[Reading]:
        """A span after the one time of its sentence, whose other end is the one time of the sentence before."""
        if re.fullmatch(rf"[\s,]*{SPAN_ADVERB}", self.text[time.end:span_start(self.text, d)], re.I):
            # "The first call came in at 1.52pm. The first engine pulled up at 2.09pm, 17 minutes later"
            if LATER.match(self.after(d)):
                yield Reading(d, before, time, cue="clock", certain=True)
            elif EARLIER.match(self.after(d)):
                yield Reading(d, time, before, cue="clock", certain=True)
        elif UNTIL_BEFORE.search(self.text[max(0, time.start - 12):time.start]) \
                and re.search(r"\bfor\s+(?:\w+\s+)?$", self.before(d, 20), re.I) \
                and not re.search(r"[.;:]", self.text[time.end:d.start]) \
                and self._clock_verb(before) in _words("clock_start_verbs", "outage_verbs"):
            # "Power went out at 2.40pm on Thursday. It was not restored until 9.10am on Friday, leaving 4,000
            # homes without electricity for 18 and a half hours": from the time the sentence before starts it
            yield Reading(d, before, time, cue="clock")

    def _between_times(self, a: Quantity, b: Quantity) -> str:
        """The words between two times without the day of the first: " Saturday until " of "from 6am Saturday until
        6pm Sunday" and " on 1 March to " of "from midnight on 1 March to midnight on 5 March" are " until ", " to "."""
        between = self.text[a.end:b.start]
        day = next((q for q in self.qs if q.kind is Kind.DATE and a.end <= q.start and q.end <= b.start
                    and re.fullmatch(r"\s*,?\s*(?:on\s+)?", self.text[a.end:q.start])), None)
        if day is not None:
            between = self.text[day.end:b.start]
        return WEEKDAY_FIRST.sub("", between)

    def _clock_roles(self, times: list[Quantity], d: Quantity, done_in: bool = False) -> str | None:
        """Whether the two times are one event's start and end, with nothing but the span's own words
        after them: 'ordered' when the words say the first starts and the second ends ("set off at
        9.00am and crossed the line at 12.42pm"; "from 9am to 5pm"); 'either' when two different
        verbs that are not both of starting nor both of ending carry them ("the standoff began at
        11am and the gunman gave himself up at 4.30pm, after five and a half hours"); None otherwise
        ("Doors open at 7pm and the show starts at 8pm, running for two hours"). With ``done_in``, a span
        after "in" is the time the event took ("..., completing the crossing in 28 days")."""
        gap = self.text[times[1].end:d.start]
        if done_in:
            gap = re.sub(rf"\bin{DONE_IN_TAIL}", "", gap)
        told_again = LASTING_CLAUSE.fullmatch(gap)
        # (the noun of the lasting clause is the one the sentence opened with: not "...; the auction lasted 40 minutes")
        lasting = told_again is not None and (
            told_again.group("noun").lower() in _words("journey_nouns")
            or re.search(rf"\b{told_again.group('noun')}s?\b", self.text[self.bounds()[0]:times[0].start], re.I) is not None)
        if lasting:
            gap = ""  # "...; the flight took 85 minutes": the event told again by its noun, and what it took
        if len(gap) > 60 or re.search(r"[;:]|\b(?:within|every|each|per|next|up\s+to|at\s+least|in)\s*$", gap, re.I) \
                or any(times[1].end <= q.start and q.end <= d.start and q.kind is not Kind.DATE for q in self.qs) \
                or re.search(r"\b(?:every|each|daily|hourly|a\s+day)\b", self.text[max(self.bounds()[0], times[0].start - 40):
                                                                                 times[0].start], re.I):
            return None  # "runs every 15 minutes from 05:00 until midnight": a timetable, not one event
        base, doc, _, _ = self.parsed
        if doc is not None and not lasting and any(t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in doc
                                   if times[1].end <= base + t.idx < d.start):
            return None  # "from 05:00 until midnight and takes about 30 minutes": another verb's span
        # (the first time's day may stand before the link: "from 11 p.m. Saturday to 5 a.m. Sunday")
        if RANGE_LINK.fullmatch(self._between_times(times[0], times[1])) \
                and RANGE_OPENING.search(self.text[max(0, times[0].start - 9):times[0].start]):
            return "ordered"
        if self._apposed(d, times[1]) and times[0].hours is not None and times[1].hours is not None \
                and times[0].hours < times[1].hours:
            return "ordered"  # "..., a time of 3 hours 49 minutes": the span of the clause, from the first time
        first, second = self._clock_verb(times[0]), self._clock_verb(times[1])
        if first is None and re.search(r"\bthe\s+$", self.before(times[0], 5), re.I) \
                and re.match(r"\s+(?:from|service|train|departure)\b", self.after(times[0], 12), re.I):
            first = "depart"  # "The 06:52 from Leeds reached London at 09:31": a service named by when it leaves
        starts, ends = _words("clock_start_verbs"), _words("clock_end_verbs")
        until = bool(re.search(r"\b(?:until|till)\s+$", self.text[max(0, times[1].start - 8):times[1].start], re.I))
        if first in starts and (second in ends or until):  # "ran until 11.45am"
            return "ordered"
        if first and second and first != second and not (first in starts and second in starts) \
                and not (first in ends and second in ends):
            return "either"
        return None

    def _whole_period(self, d: Quantity) -> bool:
        """An adjective span naming the whole period between two times ("..., a 15-hour day", "— an
        eight-hour shift"), not a stretch inside it ("with a 30-minute break": ``interval_nouns``)."""
        if not re.search(r"\ban?\s+(?:single\s+)?$", self.before(d, 11), re.I):
            return False  # ("completing the repair in a single nine-hour shift")
        noun = re.match(r"\s*([a-z]+)", self.after(d, 20), re.I)
        return noun is not None and noun.group(1).lower() not in _words("interval_nouns") \
            and not re.search(r"\bwith\s+an?\s+$", self.before(d, 10), re.I)

    def _governed_time(self, d: Quantity, time: Quantity) -> bool:
        m = AFTER.match(self.after(d))
        return m is not None and self._governed_date_in(d.end + m.start("cue"), [time]) is time

    def _clock_verb(self, q: Quantity) -> str | None:
        """The verb a clock time belongs to, with its particle: "took off ... at 11.15pm" -> "take off"."""
        tok = self.token(q.start)
        if tok is None:
            return None
        for t in reversed(tok.doc[max(tok.sent.start, tok.i - 8):tok.i]):
            if t.text in (";", ":") or (t.text == "," and t.i < tok.i - 1 and t.nbor(1).lower_ in ("and", "but")):
                return None
            if t.pos_ == "VERB":
                # "crossed the start line at 9.02am": the object's modifier says which end of the event it is
                named = next((m.lemma_.lower() for o in t.children if o.dep_ == "dobj" for m in o.children
                              if m.dep_ in ("compound", "amod") and m.lemma_.lower() in ("start", "finish")), None)
                if named is not None:
                    return named
                particle = next((c.lower_ for c in t.children if c.dep_ == "prt"), None)
                return f"{t.lemma_.lower()} {particle}" if particle else t.lemma_.lower()
        return None

    def _age(self, d: Quantity) -> Iterator[Reading]:
        """'born in Cork in 1950, the poet died on Tuesday aged 64' / 'born in 1950, she is now 74'."""
        births = self._births(d)
        life = [(a, b) for a, b in itertools.pairwise(self.dates) if _to_the_day(a) and _to_the_day(b)
                and self.written(a) and self.written(b) and b.end <= d.start
                and self.text[a.start - 1:a.start] == "(" and self.text[b.end:b.end + 1] == ")"
                and LIFE_DATES_LINK.fullmatch(self.text[a.end:b.start])]
        if not births and len(life) == 1 and AGED.search(self.before(d, 20)):
            # "Mary Collins (12 March 1931 – 4 August 2024) ... died peacefully aged 93": the dates a life spans
            yield Reading(d, life[0][0], life[0][1], cue="aged")
            return
        if not births:
            if AGED.search(self.before(d, 20)) or self._refers_back(d):
                self.unpaired_ages.append((d, [q for q in self.dates if _to_the_day(q)]))
            return
        ends = [q for q in self.dates if q not in births and _to_the_day(q)]
        now = False
        if not ends and TURNED.search(self.before(d, 20)):
            # "born on 14 July 1950, turned 70 last month": the birthday fell in the period named after it
            ends = [q for q in self.dates if q not in births and q.start >= d.end and q.start - d.end <= 15
                    and (q.iso_date or q.granularity == "month")][:1]
        if not ends and re.match(r"\s+when\b", self.after(d, 8)) and self._said_of_a_person(d, born=True):
            # "Born in March 1916, he was 19 when he enlisted in November 1942": the date of the when-clause
            ends = [q for q in self.dates if q not in births and q.start > d.end and self.written(q)][:1]
        if not ends and AGED.search(self.before(d, 20)):
            # "Born in April 1961, he founded the company in November 1987, aged 34": the age at the
            # written date of the clause it closes
            ends = [q for q in self.dates if q not in births and q.end <= d.start and self.written(q)
                    and q.start > births[0].end and _touching_age(self.text[q.end:d.start])][-1:]
            if not ends:
                # "born in 2007, won gold at the 2024 Paralympics aged 15": the clause's written date is one
                # reading, the article date another
                ends = [q for q in self.dates if q not in births and births[0].end < q.start and q.end <= d.start
                        and self.written(q)]
                now = bool(ends)
        if births[0] in self.prior_dates and not ends:  # "... born on Aug. 14, 1931, died Tuesday. She was 88."
            ends = [q for q in self.prior_dates if q.start > births[0].end and _to_the_day(q)]
        for birth in births[:1]:
            if ends:
                # "was 24 when she moved in 2014 and 30 when she won in 2020": each date is a reading
                for end in ends:
                    yield Reading(d, birth, end, cue="aged")
                if now:
                    yield Reading(d, birth, None, cue="aged")
            elif self.tense(d) == "present" or (self.stated_age(d) and not TURNED.search(self.before(d, 20))):
                # "Jacob Mills, 19, ..., admitted": a news age in apposition is the age now, whatever the tense;
                # or at the written date of what the sentence tells ("The 24-year-old, born in 1998, signed
                # in July 2025"), another reading
                yield Reading(d, birth, None, cue="aged")
                for end in [q for q in self.dates if q not in births and q.start > birth.end and self.written(q)
                            and (_year(q) or 0) > (_year(birth) or 9999)][:1]:
                    yield Reading(d, birth, end, cue="aged")

    def ages_born_here(self, waiting: list[tuple[Quantity, list[Quantity]]]) -> Iterator[Reading]:
        """Ages of the sentence before whose birth this sentence tells of the same person: "...
        died on Sunday aged 88. Born on 14 July 1941, she left school at 15" (a birth opening the
        sentence, or "She was born ...")."""
        if not waiting:
            return
        for birth in self.dates:
            verb = self._birth_verb(birth)
            if verb is None or not self._born_of_someone_named(verb):
                continue
            for age, ends in waiting:
                targets: list[Quantity | None] = list(ends) or [None]  # None: the article date
                for end in targets:
                    yield Reading(age, birth, end, cue="aged")
            return

    def _birth_verb(self, q: Quantity):
        """'born' when the written date ``q`` is a birth date, else None."""
        verb = self.origin_verb(q) if self.written(q) else None
        return verb if verb is not None and verb.lemma_.lower() == "bear" else None

    def _born_of_someone_named(self, verb) -> bool:
        """'Born on ..., she ...' or 'She was born ...': the birth of the one a pronoun names."""
        subject = _subject(verb, ("nsubj", "nsubjpass"))
        if subject is None and verb.dep_ == "advcl":
            subject = _subject(verb.head, ("nsubj", "nsubjpass"))
        return subject is not None and subject.lower_ in PERSON_PRONOUNS


_AGE_AFTER_DATE = re.compile(rf"[\s,(]*(?:{_alt('age_before')})\s*", re.I)


def _done_first(verb) -> bool:
    """A verb done for the first time begins what it names: "first pulled pints in 1874", "first met in 1962";
    so does a verb with a particle of beginning: "took over the programme in 2009", "set up the charity in 1998"."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children) \
        or (particle is not None and f"{verb.lemma_.lower()} {particle}" in _words("origin_phrasal"))


def _touching_age(gap: str) -> bool:
    """Only a comma and 'aged' (or 'at the age of') between a date and its age: "in November 1987, aged 34"."""
    return _AGE_AFTER_DATE.fullmatch(gap) is not None


def _written_range(q: Quantity) -> bool:
    """One figure that holds a range of years: "(1961–1988)", "2006 to 2019"."""
    return bool(q.year is None and q.iso_start and q.iso_end and q.iso_start[:4] != q.iso_end[:4]
                and re.search(r"\d{4}\s*(?:[-–—]|to|until|till)\s*\d{2,4}", q.text))


def _year(q: Quantity) -> int | None:
    if q.year is not None:
        return q.year
    return int(q.iso_start[:4]) if q.iso_start else None


# -- the span's value, as the check reads it -------------------------------------------------------

def fraction_before(text: str, q: Quantity) -> tuple[float, int]:
    """The fraction written before a span and where it starts: 'half a century' -> (0.5, start of
    'half'), 'a quarter of a century' -> (0.25, ...); (1.0, q.start) when there is none."""
    if q.kind is not Kind.DURATION:
        return 1.0, q.start
    before = text[max(0, q.start - 30):q.start]
    article = "" if re.match(r"an?\s", q.text, re.I) else r"an?\s+"
    for phrase, value in sorted(lang.table(TABLE)["fractions"].items(), key=lambda kv: -len(kv[0])):
        stem = r"\s+".join(map(re.escape, phrase.split()))
        m = re.search(rf"\b{stem}\s+{article}$", before, re.I)
        if m is not None:
            return float(value), q.start - (len(before) - m.start())
    return 1.0, q.start


def span_start(text: str, q: Quantity) -> int:
    """Where the words of a span begin: its hedge ('some twenty years') and fraction included."""
    start = fraction_before(text, q)[1]
    if q.qualifier_text:
        m = re.search(rf"{re.escape(q.qualifier_text)}\s*$", text[max(0, start - len(q.qualifier_text) - 3):start])
        if m is not None:
            start -= len(text[max(0, start - len(q.qualifier_text) - 3):start]) - m.start()
    return start


def stated_span(text: str, q: Quantity) -> tuple[float, float, float | None, str, float]:
    """(value, low, high, label, fraction) of a span as written, a fraction before it applied ("half a
    century" is 0.5 century); ``text`` is the article body."""
    factor, start = fraction_before(text, q)
    label = text[start:q.end] if factor != 1.0 else q.text
    if q.qualifier_text:
        label = f"{q.qualifier_text} {label}"
    value = (q.value or 0) * factor
    low = (q.low if q.low is not None else q.value or 0) * factor
    high = q.high * factor if q.high is not None else None
    return value, low, high, label, factor
