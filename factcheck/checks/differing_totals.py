"""differing_totals: a count restated elsewhere in the article with a different value.

What it flags
    A figure presented as a restatement of a count already given ("the figure of 1,200
    people was repeated", "the airline gave the number as 550 aircraft", "officials later
    confirmed the figure of 22 countries", "that figure, 340 customers, was also cited") when
    no other mention of the same thing anywhere in the article agrees with it. The finding
    points at the restatement; the other mention it disagrees with (the nearest, earlier ones
    first) is its related figure.

    It also reads restatements from grammar (``extraction/restatements.py``): a later definite
    figure whose words refer back to an earlier one ("8,200 runners finished ... the 8,800
    finishers", "recalled 16,000 cars ... The recall, covering 61,000 cars", "burned 45
    hectares ... the 54 hectares burned", "will cost £14.5m ... the £15.4m cost"); these are
    ``likely`` findings, for counts, money and measures alike.

Why it matters
    When an article gives two values for one total, at least one of them is wrong, and the
    reader cannot tell which. Restatements are where edits drift apart.

Example
    Bad:  "Initial estimates put the number at 1,500 people. The figure of 1,200 people was
          repeated in a later statement."  (1,200 vs 1,500)
    Good: "Initial estimates put the number at 1,500 people. The figure of some 1,500 people
          was repeated in a later statement."

Parameters
    cues (list of regex): words that present the figure after them as a restatement; one must
        end at most ``cue_gap`` characters before the figure, in its sentence, with nothing
        but hedges and link words between ("put the number at roughly 340").
    cues_after (list of regex): the same, read from the words just after the figure
        ("... 1,200 people was repeated").
    cue_gap (int, default 16): characters allowed between a cue and its figure.
    change_words (list of regex): words that make a figure an update rather than a
        restatement ("the toll rose to 82 people", "revised", "another", "bringing the number
        to"). A figure with one at most ``change_window`` characters before it (half that
        after it, in its sentence) never fires, and no restatement of its noun fires either:
        the article tells that count as changing.
    change_window (int, default 50): see ``change_words``.
    open_hedge_slack (float, default 0.25): how far an open-ended hedge reaches, as a share of
        its value (or one rounding step, if larger): "more than 35 countries" agrees with
        anything from 35 to 43.75, "more than 3 billion" with 3 to 4 billion.
    max_ratio (float, default 3): a restatement is compared only with mentions within this
        factor of it; "the figure of 2 million people displaced" is another group than "82
        people" killed, not a drifted copy of it.

Limits
    Only counts with a counted noun are compared, and only with counts of the same noun
    (lemma) whose modifiers agree ("production jobs" is not "salaried jobs"; a bare "jobs"
    matches a modified mention only when the article splits that noun one way at most).
    Agreement is interval overlap of what each figure allows ("about 40" = 36 to 44, "1.2
    million" = 1,150,000 to 1,250,000), so a restatement close to a hedged figure passes; so
    does one that equals the sum of two or more mentions ("3,000 visitors on Saturday and 4,500
    on Sunday ... the total of 7,500 visitors"). The mention reported against it is never in
    its own sentence, and not one whose group differs by a participle after the noun ("the
    figure of 90 people injured" vs "killed 120 people"). A figure without a restatement cue
    never fires: articles legitimately count different groups of the same noun ("six people"
    killed, "15,000 people" evacuated). "A total of" and "in all" are not cues by default: they
    usually introduce a new total ("12 people on Friday and 15 on Saturday, 27 in all").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.checks import CheckContext, Hit, fmt
from factcheck.extraction.changes import direction_of
from factcheck.extraction.measures import in_unit
from factcheck.extraction.restatements import scale_slipped
from factcheck.findings import Confidence
from factcheck.lang import alternation, words
from factcheck.records import Kind, Qualifier, Quantity, RelationType
from factcheck.safe_regex import RuleRegex, check_backtracking, compile_rule_regex

FIELDS = {"text", "restated", "other", "counted"}
REQUIRES = frozenset({Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.PERCENT, Kind.DURATION,
                      Kind.NUMBER})  # the kinds of figure it reads (a number as an age): without any, nothing to say

DEFAULT_CUES = [
    r"\b(?:a|the|its|their|his|her)\s+figure\s+(?:of|at|as|to|was|is|stood\s+at)",
    r"\b(?:that|this|the\s+same)\s+(?:figure|number|total|count|tally)\s*(?:[,:—–-]|\b(?:of|at|as|was|is|stood\s+at)\b)",
    r"\bthe\s+(?:figure|number|total|count|tally)\s*[:—–]",
    r"\b(?:put|puts|putting|gave|give|gives|giving|placed|places)\s+(?:the|that|this|its|their)\s+"
    r"(?:number|figure|total|count|toll|tally)\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:at|as)",
    r"\b(?:its|their|his|her|[\w-]+['’]s)\s+(?:total|tally|count|toll|figure)\s+(?:of|at|as|was|is|stood\s+at)",
    r"\bthe\s+number\s+(?:at|as|to|stood\s+at)",
    r"\b(?:put|puts|putting|gave|give|gives|giving|set|sets|placed|places)\s+(?:the|that|this|a|its|their)\s+"
    r"(?:number|figure|total|count|toll|tally)\s+(?:at|as|to|of)",
    r"\bthe\s+(?:total|tally|count|toll|death\s+toll)\s+(?:of|at|as|was|is|stood\s+at)",
    r"\b(?:confirmed|repeated|cited|reiterated|restated|quoted|echoed)",
    r"\b(?:again|likewise|similarly)\s+(?:spoke|speaks|speaking)\s+of",
    r"\b(?:again|likewise|similarly)\s+(?:referred|refers|referring)\s+to",
    r"\b(?:again|likewise|similarly)\s+(?:mentioned|cited|reported|gave|put|quoted)",
]
DEFAULT_CUES_AFTER = [
    r"^[^.;!?\d]{0,40}?\b(?:was|were|has\s+been|had\s+been|is|are)\s+(?:also\s+|again\s+|later\s+|since\s+|then\s+)?"
    r"(?:repeated|cited|reiterated|restated|quoted|echoed)\b",
]
DEFAULT_CHANGE_WORDS = [
    r"\b(?:rose|risen|rise|rises|rising|climbed|climbs|increased|increases|grew|grown|jumped|reached|reaches)\b",
    r"\b(?:fell|fallen|falls|dropped|declined|decreased|shrank)\b",
    r"\b(?:revised|revises|updated|updates|corrected|amended|raised|lowered|upgraded|downgraded)\b",
    r"\b(?:another|additional|further|extra)\b|\d\s+more\b",
    r"\bnow\s+(?:stands?|stood|at|totals?|numbers?|put\s+at|estimated\s+at)\b",
    r"\b(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed)\s+(?:the|its|their|this|that)"
    r"\s+(?:\w+\s+)?(?:number|total|toll|tally|count|figure)\s+to\b",
]
# Words of a counted phrase that do not make it a different group: "new 737 aircraft" ~ "aircraft"
GENERIC_MODIFIERS = {"new", "more", "other", "additional", "further", "extra", "total", "some", "of", "the",
                     "them", "whom", "those", "these", "which", "all", "such", "many", "and", "or", "a", "an"}
# What may stand between a cue and its figure: a hedge or a link word ("put the number at roughly 340")
CUE_FILLER = (r"some|about|around|roughly|approximately|nearly|almost|just|over|under|more|less|fewer|than|at|"
              r"least|most|up|to|an?|estimated|the|only|exactly|precisely|as|many|of|that|of|whom|which")
_PARTICIPLE = re.compile(r"\s+(?!(?:need|seed|feed|speed|ten|often|even|when|then|been|seen)\b)([a-z]+(?:ed|en))\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])|\n\s*\n")


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cues: list[str] = Field(default_factory=lambda: list(DEFAULT_CUES))
    cues_after: list[str] = Field(default_factory=lambda: list(DEFAULT_CUES_AFTER))
    cue_gap: int = Field(16, ge=0)
    change_words: list[str] = Field(default_factory=lambda: list(DEFAULT_CHANGE_WORDS))
    open_hedge_slack: float = Field(0.25, ge=0.0)
    max_ratio: float = Field(3.0, gt=1.0)
    change_window: int = Field(50, ge=0)
    definite_references: bool = True

    @field_validator("cues", "cues_after", "change_words")
    @classmethod
    def _regexes(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            check_backtracking(pattern)  # valid, and no nested quantifiers: a rule must never hang a run
        return patterns


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    body = context.article.body
    # a cue, then at most cue_gap characters with no figure or sentence break, then the figure
    cues = _compile(tuple(params.cues),
                    rf"(?=[^\d.;!?]{{0,{params.cue_gap}}}$)(?:[\s,:—–-]|\b(?:{CUE_FILLER})\b)*$")
    cues_after = _compile(tuple(params.cues_after), "")
    changes = _compile(tuple(params.change_words), "")
    mentions = [q for q in context.quantities
                if (q.kind is Kind.COUNT and q.counted or q.kind in (Kind.MONEY, Kind.MEASURE) and q.unit)
                and q.low is not None and (q.value is not None or q.high is not None)]
    # an amount in a change is a value at one time ("from £86,000 ... to £64,000"): others differ by design
    changing = {p for r in context.relations(RelationType.CHANGE) for p in r.parts}
    mentions = [q for q in mentions if q.kind is Kind.COUNT or q.id not in changing]
    by_head: dict[str, list[Quantity]] = {}
    for q in mentions:
        by_head.setdefault(_head(q), []).append(q)
    parts = {p for r in context.relations(RelationType.PART_OF, RelationType.TOTAL_OF) for p in r.parts}
    reported: set[frozenset[str]] = set()
    restated: set[str] = set()
    updates: set[str] = set()  # "the toll rose to 61": the count is told as changing
    for q in mentions:
        if len(by_head[_head(q)]) > 1:
            verdict = _restatement(body, q, cues, cues_after, changes, params.change_window)
            if verdict:
                (restated if verdict == "restated" else updates).add(q.id)
    definite: dict[str, str] = {}  # "the 184 passengers": a count the article refers back to
    if params.definite_references:
        for q in mentions:
            if q.id not in restated and q.id not in updates and len(by_head[_head(q)]) > 1:
                determiner = _definite_determiner(body, q)
                # an amount or a measure refers back only by a demonstrative: "the loss of those 380 hectares"
                if determiner and (q.kind is Kind.COUNT or determiner in words("restatements", "anaphoric")):
                    definite[q.id] = determiner
    # latest first: of two cued mentions that disagree, the later one is the restatement
    for q in sorted(mentions, key=lambda m: -m.start):
        if q.id not in restated and q.id not in definite:
            continue
        group = by_head[_head(q)]
        splits = {_modifiers(m) for m in group} - {frozenset()}
        same = [m for m in group if m is not q and _same_group(q, m, splits)]
        if any(m.id in updates or _agree(q, m, params.open_hedge_slack) for m in same) \
                or _sums_up(q, same, params.open_hedge_slack):
            continue  # it agrees with a mention, the count is told as changing, or it totals mentions
        others = [m for m in same if m.sentence != q.sentence and (_ratio(q, m) <= params.max_ratio
                                                                or q.id in definite and scale_slipped(q, m, counts=True, shortest=1))
                  and (q.id in definite or not _other_participle(q, body, m))]
        if not others:
            continue  # far apart: another group counted with the same noun, not a drifted restatement
        confidence = Confidence.CERTAIN if q.id in restated else Confidence.LIKELY
        if q.id in definite:
            others = [m for m in others if m.start < q.start and _refers_back(body, q, m, definite[q.id])]
            if not others:
                continue
        other = min(others, key=lambda m: (m.id in parts, m.id not in restated, m.start > q.start,
                                           abs(m.start - q.start)))
        pair = frozenset((q.id, other.id))
        if pair in reported:
            continue
        reported.add(pair)
        yield Hit(
            primary=q, related=[other], arithmetic=_arithmetic(q, other, params.open_hedge_slack),
            fields={"restated": _phrase(q), "other": _phrase(other), "counted": q.counted},
            confidence=confidence,
        )
    yield from _bare_restated(context, params, cues, cues_after, changes, mentions, reported)
    yield from _referred_back(context, params, changes, reported)


def _bare_restated(context: CheckContext, params: Params, cues: RuleRegex | None, cues_after: RuleRegex | None,
                   changes: RuleRegex | None, mentions: list[Quantity], reported: set[frozenset[str]]) -> Iterator[Hit]:
    """A figure with no noun of its own presented as a restatement ("The union is putting that number —
    6,400 — at the centre of its campaign"): it restates the last count of the sentence or two before.
    Charitable: silent when any count of those sentences agrees with it."""
    body = context.article.body
    for q in context.quantities:
        if q.kind is not Kind.NUMBER or q.role is not None or q.counted or q.value is None or q.low is None \
                or _restatement(body, q, cues, cues_after, changes, params.change_window) != "restated":
            continue
        before = [m for m in mentions if m.kind is Kind.COUNT and m.start < q.start and 0 < q.sentence - m.sentence <= 2]
        if not before or any(_agree(q, m, params.open_hedge_slack) for m in before):
            continue
        other = before[-1]
        if _restatement(body, other, None, None, changes, params.change_window) == "update" \
                or _ratio(q, other) > params.max_ratio or frozenset((q.id, other.id)) in reported:
            continue
        reported.add(frozenset((q.id, other.id)))
        yield Hit(primary=q, related=[other], arithmetic=_arithmetic(q, other, params.open_hedge_slack),
                  fields={"restated": _phrase(q), "other": _phrase(other), "counted": other.counted},
                  confidence=Confidence.LIKELY)


def _head(q: Quantity) -> str:
    """What a figure is a figure of: the noun it counts, or the unit of money or a measure ("That total,
    121mm" restates "112mm of rain")."""
    return (q.counted or "") if q.kind is Kind.COUNT else f"{q.kind.value}:{q.unit}"


def _referred_back(context: CheckContext, params: Params, changes: RuleRegex | None, reported: set[frozenset[str]]) -> Iterator[Hit]:
    """Restatements read from grammar (:mod:`factcheck.extraction.restatements`): "8,200 runners
    finished ... the 8,800 finishers", "recalled 16,000 cars ... The recall, covering 61,000 cars".
    Charitable: silent when any earlier figure of the same family agrees with the later one or
    several add up to it, when either figure is told as changing, or when they are more than
    ``max_ratio`` squared apart (another order of thing, not a drifted copy)."""
    body = context.article.body
    for relation in context.relations(RelationType.RESTATEMENT):
        later, parts = context.members(relation)
        if later is None or not parts or later.low is None:
            continue
        # a measure or a span restated in another unit is compared in the later one's: "4.8 kilometres ... At
        # 4,300 metres", "for 48 hours ... the three-day walkout"
        earlier = in_unit(parts[0], later.unit) if later.kind in (Kind.MEASURE, Kind.DURATION) else parts[0]
        if earlier is None or earlier.low is None or frozenset((later.id, earlier.id)) in reported:
            continue
        # told as changing; a headline's "profit rises to $3.4bn" is the story's figure all the same, and a share
        # after a verb of change is the change itself ("rose 3.2 percent ... The annual increase of 2.3 percent")
        # (a count that changed to a figure and is told again with its digits swapped is that figure miscopied:
        # "has grown to 1,130 students ... 'Our 1,310 students'")
        updated = [q for q in (later, earlier) if _restatement(body, q, None, None, changes, params.change_window) == "update"]
        if relation.cue != "headline" and not (later.kind is earlier.kind is Kind.PERCENT and _the_change(body, earlier)) \
                and updated and not (relation.cue == "transposed" and updated == [earlier]):
            continue
        kind = earlier.kind if later.kind is Kind.NUMBER else later.kind  # "All 19" counts what "17 people" did
        family = [c for q in context.quantities if q.start < later.start
                  and q.kind is kind and (c := in_unit(q, earlier.unit)) is not None and c.low is not None
                  and q.role is None
                  and (later.kind is not Kind.COUNT or q.counted in (None, later.counted, earlier.counted))]
        if any(_agree(later, q, params.open_hedge_slack) for q in [earlier, *family]) \
                or _sums_up(later, family, params.open_hedge_slack) \
                or (_ratio(later, earlier) > params.max_ratio ** 2
                    and not scale_slipped(later, earlier, counts=relation.cue == "scale", shortest=1)):
            continue
        listed = {p for r in context.relations(RelationType.PART_OF, RelationType.TOTAL_OF, RelationType.ENUMERATION)
                  for p in r.parts}
        within = _parts_of(context, later)  # "the 23 deaths included 11 children": its own parts add nothing beside it
        beside = [q for q in context.quantities if q.sentence == later.sentence and q.kind is later.kind
                  and q.unit == later.unit and q.low is not None and q.role is None and q.id not in within]
        if later.id in listed or earlier.id in within or _sums_up(earlier, beside, params.open_hedge_slack):
            continue  # "Storm damages 85 homes / ... 60 homes in Ayr and 25 in Troon": a part, not the whole again
        reported.add(frozenset((later.id, earlier.id)))
        yield Hit(
            primary=later, related=[earlier], arithmetic=_arithmetic(later, earlier, params.open_hedge_slack),
            fields={"restated": _phrase(later), "other": _phrase(earlier), "counted": later.counted or later.unit},
            confidence=Confidence.LIKELY,
        )


def _the_change(body: str, q: Quantity) -> bool:
    """A share right after a verb of change is the change itself ("rose 3.2 percent", "fell by 4.5%"), not a
    value the count changed to ("rose to 4.3%")."""
    word = re.search(r"([A-Za-z]+)\s+(?:by\s+)?(?:(?:about|nearly|almost|some|around)\s+)?$", body[max(0, q.start - 40):q.start])
    return word is not None and direction_of(word.group(1)) is not None


def _parts_of(context: CheckContext, whole: Quantity) -> set[str]:
    """The figures a relation lists as parts of ``whole``: "... Lund with 11 and Castellano with eight. Their
    combined tally of 36" sums them, it restates none."""
    return {p for r in context.relations(RelationType.PART_OF, RelationType.TOTAL_OF) if r.whole == whole.id
            for p in r.parts}


@lru_cache(maxsize=32)
def _compile(patterns: tuple[str, ...], tail: str) -> RuleRegex | None:
    if not patterns:
        return None
    return compile_rule_regex(patterns, tail)  # RE2: linear time whatever the rule says


def _sentence_span(body: str, q: Quantity, reach: int = 400) -> tuple[str, str]:
    """The text of q's sentence before it and after it (within ``reach`` characters)."""
    before = body[max(0, q.start - reach):q.start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end():]
    after = body[q.end:q.end + reach]
    end = _SENTENCE_END.search(after)
    if end:
        after = after[:end.start() + 1]
    return before, after


def _restatement(body: str, q: Quantity, cues: RuleRegex | None, cues_after: RuleRegex | None,
                 changes: RuleRegex | None, window: int) -> str | None:
    """'restated' when q's sentence presents it as a restatement, 'update' when as a change."""
    before, after = _sentence_span(body, q)
    # a count reached as an object changes nothing ("Rescuers reached all 13 miners"), nor does a peak a reading
    # reached ("The temperature reached 38.7C", "Gusts reached 70mph"): a value, not a running count's update
    reached = _REACHED.search(before) if q.counted or q.dimension in _PEAK_DIMENSIONS else None
    if reached and not _TALLY_NOUN.search(before):
        before = before[:reached.start()]
    if changes is not None and (_changes_count(changes, before[-window:], before[-window:])
                                or _changes_count(changes, after[:window // 2], after, after=True)):
        return "update"
    if (cues is not None and cues.search(before)) or (cues_after is not None and cues_after.search(after)):
        return "restated"
    return None


# What follows a change word that is not about the count: a definite object ("Rescuers reached all 13
# trapped miners") or another figure ("the 2,570 finishers had raised more than £300,000")
_DEFINITE_OBJECT = re.compile(r"^\s*(?:the|all|those|these|its|their|his|her)\b", re.I)
_INFINITIVE = re.compile(r"^\s+to\s+(?!(?:the|a|an|about|around|some|nearly|almost|over|more|just|its|their|record|new|"
                         r"a\s+record)\b)[a-z]+\s", re.I)
_NOT_THE_COUNT = re.compile(r"^\s*(?:(?:the|all|those|these|its|their|his|her)\b|(?:[a-z]+\s+){0,2}[$£€]?\d)", re.I)


# right after "raised": an amount raised, not a figure revised ("raised £48,500", "raised more than $2m")
_AMOUNT_NEXT = re.compile(r"^\s*(?:(?:more\s+than|almost|nearly|over|some|about|around|a\s+record)\s+)?[$£€]", re.I)
# After the count, a change word tells it changed only with nothing or a change complement after it ("the
# toll rose to 82", "was revised upwards", "raised by 5%"); with an object it is another verb ("the 604 pupils
# had raised money"), and "by" an agent is no change ("the £14,250 raised by the walk")
# "by" an amount ("by 5%", "by a third"), not "by" an agent ("by the walk", "by a group of runners")
_BY_AMOUNT = r"by\s+(?!(?:the|its|their|his|her|this|that|those|these)\b|an?\s+(?!third|quarter|half|fifth|tenth|further|total|record)\b)"
_CHANGE_COMPLEMENT = re.compile(rf"^\s*(?:$|[,.;:)]|{_BY_AMOUNT}|(?:to|from|again|further|sharply|slightly|steadily|"
                                r"significantly|up|down|upwards?|downwards?|in|on|over|since|after|overnight|"
                                r"during|when|as|and|but)\b)", re.I)


# after a change word, a phrase of place or manner that ends in a noun the figure hangs from by "of": the
# change is of something else ("rose in every region covered by its network of")
_OTHER_PHRASE = re.compile(r"^\s+(?:in|across|at|throughout|among)\s+[^.;:\d]*\b[a-z]+\s+of\s+(?:[a-z]+\s+){0,2}$", re.I)
# "Rescue teams reached 42 miners": people reached, not a tally that climbed to 42
_REACHED = re.compile(r"\breach(?:ed|es)\s+(?:(?:all|some|about|nearly|almost|more\s+than)\s+)?$", re.I)
_PEAK_DIMENSIONS = {"temperature", "speed"}
_FALLEN = re.compile(rf"\s+of\s+(?:{alternation('restatements', 'falling_things')})\s+(?:had\s+|has\s+)?", re.I)
_TALLY_NOUN = re.compile(r"\b(?:toll|number|total|figure|count|tally|tallies|totals|numbers|figures)\b", re.I)


def _changes_count(changes: RuleRegex, window: str, text: str, after: bool = False) -> bool:
    """A change word in ``window`` (the start of ``text``) that tells the count as changing ("the toll
    rose to", "revised"), read with what follows it in ``text``."""
    def tells_change(m: re.Match[str]) -> bool:
        rest = text[m.end():m.end() + 30]
        if after:  # "the toll was revised up" yes; "the 2,570 finishers had raised more than £300,000" no
            if m.group().lower() == "raised" and not window[:m.start()].strip():
                return False  # "the £84,000 raised on Sunday": a participle right after the sum, what was collected
            if _FALLEN.fullmatch(window[:m.start()]) and m.group().lower() in ("fell", "fall", "falls", "fallen"):
                return False  # "112mm of rain fell on Castlegate": what came down, not a count that fell
            return bool(_CHANGE_COMPLEMENT.match(rest)) and not _NOT_THE_COUNT.match(rest)
        # before the count: "the toll rose to 82", "dropped by 4.08%, or 280.52 points" yes; "reached all 13" no;
        # "The hospice raised £48,500" no: raising money is no revision of a count
        if m.group()[:1].isupper() and window[:m.start()].strip() and not re.search(r"[.!?:;\"“‘']\s*$",
                                                                                   window[:m.start()]):
            return False  # "Martin Fell, 52, was convicted": a name inside the sentence, not a change word
        if m.group().lower() in ("raised", "lowered") and (_AMOUNT_NEXT.match(rest) or not text[m.end():].strip()):
            return False  # the figure right after "raised" is its object
        if _INFINITIVE.match(rest):
            return False  # "a council tax rise to close the £6.7m shortfall": a noun, then another verb's clause
        if _OTHER_PHRASE.match(text[m.end():]):
            return False  # "Demand rose in every region covered by its network of 1,520": the figure is another phrase's
        return not _DEFINITE_OBJECT.match(rest) or m.end() >= len(text.rstrip())

    return any(tells_change(m) for m in changes.finditer(window))


_DETERMINER = re.compile(
    rf"(?:^|[^\w'’])(?P<det>{alternation('restatements', 'anaphoric', 'definite')}|[A-Za-z][\w-]*['’]s?)"
    r"\s+(?:(?:original|same)\s+)?$", re.I)
# "the remaining 21 units", "the other two bridges", "the first 100": another part, not the same set
_COMPLEMENT = re.compile(r"\b(?:remaining|other|rest|additional|further|extra|first|last|next|final|new|more|"
                         r"another|latest|previous|initial)\s+$", re.I)
# "the 35 vouchers previously awarded", "the 200 staff hired last year": a participle restricts the noun
_PARTICIPLE_AFTER = re.compile(r"^\s*(?:(?:previously|already|earlier|currently|originally|initially|recently|now|"
                               r"still|newly|once|formerly)\s+[a-z]+(?:ed|en)\b|[a-z]+(?:ed|en)\s+by\b)", re.I)
_OF_WHOM = re.compile(r"^\s+of\s+(?:the|a|an|its|their|his|her)\s", re.I)
_RESTRICTIVE = re.compile(rf"^\s*,?\s*(?:{alternation('restatements', 'restrictive_after')})\b", re.I)


# A definite count at most this much larger than the earlier one is read as the same set drifted
# (a transposed or mistyped digit); a larger one may be a superset ("30 states ... the 50 states").
NEAR_RATIO = 1.25


def _definite_determiner(body: str, q: Quantity) -> str | None:
    """The definite determiner right before a count ("the", "those", "all", "the plant's"), if any."""
    before = body[max(0, q.start - 30):q.start]
    m = _DETERMINER.search(before)
    if not m or q.qualifier_text or _COMPLEMENT.search(before) or body[q.end:q.end + 1] == "-":
        return None  # "the remaining 21 units"; "the 5-part criterion" names a kind of criterion
    det = re.sub(r"\s+", " ", m.group("det").lower())
    if det.endswith(("'s", "’s", "'", "’")):
        return "possessive"
    return det if det in words("restatements", "anaphoric", "definite") else None


def _refers_back(body: str, q: Quantity, earlier: Quantity, determiner: str) -> bool:
    """Whether a definite count restates an earlier one rather than naming another set.

    Charitable: a restricted noun ("the 200 workers at the Ohio plant") may be a subset, and a
    larger definite count may be the whole set the earlier one was part of ("30 states ... the
    50 states"), unless a demonstrative points back ("those") or both mentions name the group
    by the same verb ("arrested 23 people ... all 32 people arrested")."""
    if determiner in words("restatements", "anaphoric"):
        return True
    after = body[q.end:q.end + 80]
    noun = q.counted_text or ""
    at = after.find(noun) if noun else -1
    tail = after[at + len(noun):] if at >= 0 else after
    if _modifiers(q) - _modifiers(earlier):
        # "the 16 million unconnected households" may be some of "25 million households", unless the
        # modifier is the verb that named the first group ("2,300 residents evacuated ... the 3,200 evacuated residents")
        return _shared_group_verb(body, q, earlier)
    # "the 15 members of the planning committee": "of" right after the noun names whose they are
    if _RESTRICTIVE.match(tail) or _PARTICIPLE_AFTER.match(tail) or (at >= 0 and _OF_WHOM.match(tail)):
        # a subset, unless it is restricted by the very verb that named the first group
        # ("More than 300 people attended ... the 250 people who attended")
        return _shared_group_verb(body, q, earlier)
    if _ratio(q, earlier) <= NEAR_RATIO or scale_slipped(q, earlier, counts=True, shortest=1):
        # "412 homes ... the 421 homes": a drifted figure, not a set a quarter larger or smaller; "1.2 million
        # signatures ... the 120,000 signatures": the same digits, a scale word slipped
        return True
    # further apart, a definite count may name a subset or a superset ("Of the 9,500 jobs" after "13,000
    # jobs"), unless the first count was given as a whole set or both name the group by one verb
    return _whole_set(body, earlier) or _shared_group_verb(body, q, earlier)


_WHOLE_SET = re.compile(rf"\b(?:{alternation('restatements', 'whole_set_verbs')})\b", re.I)


def _whole_set(body: str, q: Quantity) -> bool:
    """Whether a count is given as a whole set: by its verb ("operates 212 stores", "was carrying
    148 passengers"), by a totaliser ("2,700 in all") or a determiner ("the orchestra's 92")."""
    before, after = _sentence_span(body, q, 120)
    return bool(_WHOLE_SET.search(before[-45:]) or _WHOLE_SET.match(after.lstrip(" ,")[:20])
                or _definite_determiner(body, q))


def _shared_group_verb(body: str, q: Quantity, earlier: Quantity) -> bool:
    """Both sentences name the group by one verb: 'arrested', 'enrolled', 'evacuated'."""
    def stems(text: str) -> set[str]:
        return {w[:5].lower() for w in re.findall(r"[A-Za-z]{3,}(?:ed|en|ing)\b", text)
                if w.lower() not in ("said", "according", "during", "including", "following")}

    q_before, q_after = _sentence_span(body, q, 160)
    e_before, e_after = _sentence_span(body, earlier, 160)
    return bool(stems(q_before + " " + q_after) & stems(e_before + " " + e_after))


def _modifiers(q: Quantity) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'-]*", (q.counted_text or "").lower())
    return frozenset(w for w in words[:-1] if w not in GENERIC_MODIFIERS)


def _same_group(a: Quantity, b: Quantity, splits: set[frozenset[str]]) -> bool:
    ma, mb = _modifiers(a), _modifiers(b)
    if ma == mb:
        return True
    return (not ma or not mb) and len(splits) <= 1


def _bounds(q: Quantity, slack: float) -> tuple[float, float]:
    """What a figure allows, with open-ended hedges given a reach: 'more than 35' -> 35..43.75."""
    low, high = q.low, q.high
    value = q.value if q.value is not None else (low if high is None else high)
    assert low is not None and value is not None  # a mention has a lowest value, and a value or a highest
    reach = max(abs(value) * slack, q.step or 0)
    if high is None:
        high = value + reach
    if q.qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        low = max(0.0, value - reach)
    return low, high


def _agree(a: Quantity, b: Quantity, slack: float) -> bool:
    al, ah = _bounds(a, slack)
    bl, bh = _bounds(b, slack)
    eps = 1e-9 * max(abs(ah), abs(bh), 1)
    return al <= bh + eps and bl <= ah + eps


def _sums_up(q: Quantity, mentions: list[Quantity], slack: float, most: int = 10) -> bool:
    """Whether two or more of the mentions add up to what q allows: 'the total of 7,500' after 3,000 and 4,500."""
    low, high = _bounds(q, slack)
    near = sorted(mentions, key=lambda m: abs(m.start - q.start))[:most]
    bounds = [_bounds(m, slack) for m in near]
    for size in range(2, len(near) + 1):
        for chosen in itertools.combinations(bounds, size):
            if sum(b[0] for b in chosen) <= high and sum(b[1] for b in chosen) >= low:
                return True
    return False


def _other_participle(q: Quantity, body: str, other: Quantity) -> bool:
    """'the figure of 90 people injured' names another group than '120 people' killed."""
    after = _sentence_span(body, q)[1]
    at = after.find(q.counted_text or "\0")
    if at < 0 or at > 3:
        return False
    m = _PARTICIPLE.match(after[at + len(q.counted_text or ""):])
    if not m:
        return False
    word = m.group(1).lower()
    before, rest = _sentence_span(body, other)
    return word not in (before + " " + rest).lower()


def _middle(q: Quantity) -> float:
    if q.value is not None:
        return q.value
    assert q.low is not None  # a mention has a lowest value
    return (q.low + (q.high if q.high is not None else q.low)) / 2


def _ratio(a: Quantity, b: Quantity) -> float:
    va, vb = _middle(a), _middle(b)
    if va <= 0 or vb <= 0:
        return float("inf")
    return max(va, vb) / min(va, vb)


def _arithmetic(q: Quantity, other: Quantity, slack: float) -> str:
    (ql, qh), (ol, oh) = _bounds(q, slack), _bounds(other, slack)
    when = "earlier" if other.start < q.start else "later"
    return (f"restated {_shown(q)} {_noun(q)} (allows {_span(ql, qh)}) vs {_shown(other)} "
            f"{_noun(other)} {when} (allows {_span(ol, oh)}): no overlap")


def _noun(q: Quantity) -> str:
    """What the figure counts, or the unit it is compared in ("2 days" for "48 hours" beside "three-day")."""
    if q.counted_text or q.counted or q.kind not in (Kind.MEASURE, Kind.DURATION) or not q.unit:
        return str(q.counted_text or q.counted)
    unit = q.unit.replace(" ** 2", "²").replace(" ** 3", "³")
    return unit if q.value == 1 or not unit.isalpha() else unit + "s"


def _span(low: float, high: float) -> str:
    return fmt(low) if low == high else f"{fmt(low)} to {fmt(high)}"


def _shown(q: Quantity) -> str:
    hedge = f"{q.qualifier_text} " if q.qualifier_text else ""
    return hedge + (fmt(q.value) if q.value is not None else q.text)


def _phrase(q: Quantity) -> str:
    return f"{q.text} {q.counted_text}" if q.counted_text and q.counted_text not in q.text else q.text
