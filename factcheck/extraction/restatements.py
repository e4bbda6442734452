"""Restatements: a later figure whose noun phrase refers back to a set the article already counted.

News restates a count in many words: "recalled 16,000 cars ... The recall, covering 61,000
cars", "8,200 runners finished ... the 8,800 finishers", "burned 45 hectares ... the 54
hectares burned", "will cost £14.5m ... approved the £15.4m cost", "4,500 nurses ... the
union's tally of 5,400 striking nurses", "The survey of 1,012 adults ... The poll of 1,120
adults". What makes these the same set is grammar, not phrasing:

- the later figure is **definite**: its noun (or the frame noun it hangs from: "the recall,
  covering ...", "the tally of ...") has a definite determiner or a possessive;
- it is **linked** to the earlier figure by a word they share: the later noun, frame or modifier
  is the verb that named the earlier set ("finishers" / "finished", "the recall" / "recalled",
  "hectares burned" / "burned", "job cuts" / "cut ... jobs"), or both count the same noun and the
  later one hangs from a frame noun of counting ("tally", "poll", "crowd": ``lang/en/restatements.yaml``).

Words are compared by lemma, loosely enough for derivation ("applied" / "applicants", "signed" /
"signatory"): a shared stem of at least four letters that covers the shorter word but one letter.

A later figure restricted to part of the set ("the 200 finishers under 18", "the 120 people
arrested since May") or told as another part ("the remaining 21", "the first 100") is no
restatement. Whether the two values agree is the differing-totals check's business.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from factcheck.analysis import heading_line_end
from factcheck.extraction.changes import direction_of, people_alike, year_like
from factcheck.extraction.measures import in_base_unit
from factcheck.extraction.quantities import DURATION_UNITS, NOMINAL_ADJECTIVES
from factcheck.lang import table, words
from factcheck.records import Kind, Quantity

_TABLE = "restatements"


def action(lemma: str) -> str:
    """One name for verbs of one action (``lang/en/restatements.yaml``, ``same_action``): "shut" is "close"."""
    for group in table(_TABLE)["same_action"]:
        if lemma in group:
            return str(group[0])
    return lemma


def synonym(lemma: str) -> str:
    """One name for nouns that count the same group (``lang/en/restatements.yaml``, ``same_group``):
    "employee" and "worker" are "staff", "household" is "family"."""
    for group in table(_TABLE)["same_group"]:
        if lemma in group:
            return str(group[0])
    return lemma
# what a restated figure may be: counts, and money or measures of one unit
_KINDS = {Kind.COUNT, Kind.MONEY, Kind.MEASURE, Kind.NUMBER, Kind.PERCENT,  # a number only as a bare "all 19"
          Kind.DURATION}  # a span only as named by its verb: "jailed for nine years ... his seven-year sentence"
_DEFINITE = {"the", "those", "these", "this", "that", "its", "their", "his", "her", "our", "your", "my", "all", "both"}
_OTHER_PART = {"remaining", "other", "rest", "additional", "further", "extra", "first", "last", "next", "final",
               "new", "more", "another", "latest", "previous", "initial", "only", "some", "many", "few"}
# words that make a figure an added part wherever they stand ("two additional cartels", "five more")
_ADDED = {"additional", "further", "extra", "more", "other", "remaining", "another"}
# words that set a share at another time than the one told before: "the 38% turnout at the last election"
_ANOTHER_TIME = {"last", "previous", "next", "first", "earlier", "prior", "former", "past"}
_LINKING_DEPS = {"dobj", "nsubj", "nsubjpass", "attr", "pobj", "appos", "conj"}


_SUFFIXES = ("ation", "ition", "ment", "ants", "ant", "ents", "ent", "eers", "eer", "ers", "er", "ors", "or",
             "ees", "ee", "ies", "ures", "ure", "y", "e", "s")


# endings that make a noun of the one who does, or of what is done: "voter", "applicant", "closure"
_AGENT = ("er", "ers", "or", "ors", "ee", "ees", "ant", "ants", "ent", "ents", "ure", "ures", "ion", "ions", "ment",
          "ments")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[:-len(suffix)]
    return word


def related(a: str, b: str) -> bool:
    """Two lemmas of one stem: "finish" / "finisher", "apply" / "applicant", "register" / "registrant",
    "close" / "closure", "sign" / "signatory"; not "contract" / "control". Two nouns of one group
    ("runner" / "participant") are related too."""
    a, b = a.lower(), b.lower()
    if a != b and any(a in group and b in group for group in table(_TABLE)["same_group"]):
        return True
    if a == b:
        return len(a) >= 3
    longer = a if len(a) >= len(b) else b
    a, b = _stem(a), _stem(b)
    if a[-2:-1] == a[-1:] and len(a) > 3:
        a = a[:-1]  # "winner" -> "winn" -> "win"
    if b[-2:-1] == b[-1:] and len(b) > 3:
        b = b[:-1]
    if a == b and len(a) >= 3 and longer.endswith(_AGENT):
        return True  # "vote" / "voter", "win" / "winner"
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= 4 and shared >= min(len(a), len(b)) - 1


@dataclass
class Mention:
    """One figure with the words of its phrase that name the set it counts."""

    quantity: Quantity
    noun: str | None = None  # lemma of the counted noun ("finisher", "cost", "hectare")
    modifiers: set[str] = field(default_factory=set)  # compounds and participles on it ("job", "burned", "striking")
    verb: str | None = None  # the verb that names the set ("finish", "recall", "burn")
    frame: str | None = None  # a definite noun the figure hangs from ("recall", "tally", "poll")
    definite: bool = False
    restricted: bool = False  # a phrase after the noun narrows the set ("under 18", "since May")
    bare: bool = False  # "All 19 were taken to hospital": no noun, the set just named
    phrase: tuple[int, int] | None = None  # (document, token) of its noun: two figures of one noun phrase
    subject_frame: bool = False  # the object of a definite frame noun's verb: "The recall covers 49,000 vehicles"
    anchor_only: bool = False  # a bare figure: something a later mention may restate, never itself a restatement
    verbs: set[str] = field(default_factory=set)  # every verb that names the set ("spent", "evacuated")
    quoted: bool = False  # inside reported words: "'Closing 15 libraries in one go is a betrayal,' she said"
    narrowing: set[str] = field(default_factory=set)  # lemmas of the phrase that narrows it ("earmarked for closure")
    all_of: bool = False  # "all eight charges", "both": the whole of a set, which an earlier count may be part of
    participles: set[str] = field(default_factory=set)  # the modifiers that are participles ("arrested", "affected")
    noun_verb: str | None = None  # the verb of a participle standing as the noun: "those 21 detained" -> detain
    fronted: bool = False  # "At 4,300 metres, it is the longest ...": a figure said again of the subject before
    told_of: str | None = None  # what a count measures: "At 54 storeys, the tower", "a 45-storey tower" -> tower
    events: set[str] = field(default_factory=set)  # a span's event: "the 17-week trial", "the talks lasted" -> talk
    event_definite: bool = False  # the event is named definitely: "the talks, which lasted", "The three, who were"
    tense: str = ""  # "future" or "past" of the verb a span is the time of: "will strike", "struck"
    bearer: str | None = None  # who or what a span's event is of: "H.R. 5860 would fund ... for 45 days" -> h.r.
    event: str | None = None  # the definite happening its clause tells of: "the crash, which claimed four lives" -> crash
    partial: bool = False  # its verb tells a part of a happening: "died at the scene", "died in hospital"
    widened: bool = False  # its clause may tell more: "has now claimed 23 lives across the region", "since June"


def _figure_tokens(clauses, q: Quantity) -> list:
    return clauses.tokens_in(q.start, q.end)


def _noun(tokens: list):
    """The noun the figure's tokens count: up the chain of number, unit and compound links, past the
    figure's own words ("421 mln euro quarterly profit" -> profit, "£96m budget" -> budget)."""
    inside = {t.i for t in tokens}
    if (after_scale := _noun_after_glued_scale(tokens)) is not None:
        return after_scale
    for tok in tokens:
        head = tok
        for _ in range(4):
            if head.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod") and head.head.i != head.i:
                head = head.head
            else:
                break
            if (head.pos_ in ("NOUN", "PROPN") or head.pos_ == "ADJ" and head.dep_ in ("pobj", "nsubj", "dobj")
                    or head.tag_ == "VBN" and head.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")) \
                    and head.i >= tokens[0].i and head.i not in inside:
                return head  # "the 16 dead", "the 104 evacuated": an adjective or a participle standing as the noun
        if head.pos_ in ("NOUN", "PROPN") and head.i in inside and head.i == tokens[-1].i \
                and head.lower_ not in words("numbers", "short_scales"):
            return head  # "45 hectares": the unit is the noun, nothing follows it (not the "m" of "£2.6m")
    last = tokens[-1]
    after = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if after is not None and after.lower_ in NOMINAL_ADJECTIVES and after.head.i == last.i:
        return after  # "most of the 70 injured": the participle the parser hangs on the number stands as its noun
    return None


def _noun_after_glued_scale(tokens: list):
    """The noun right after a sum ending in a glued scale ("£6.5m upgrade", "£2.1m pay deal"), which the parser
    often takes for the head itself ("m" as a noun or a verb): the last of a run of up to three nouns and
    adjectives after it, unless the run tells a time ("£2.6m last season") or opens a phrase of its own."""
    last = tokens[-1]
    if last.lower_ not in words("numbers", "short_scales") or last.head.i > last.i and last.dep_ in ("compound", "nummod"):
        return None
    doc = last.doc
    run: list = []
    k = last.i + 1
    while k < len(doc) and len(run) < 3 and doc[k].is_alpha and doc[k].tag_ in ("NN", "NNS", "NNP", "JJ"):
        run.append(doc[k])
        k += 1
    if not run or (k < len(doc) and doc[k].pos_ in ("NOUN", "PROPN")) \
            or any(t.lower_ in words("numbers", "phrase_openers") or t.lemma_.lower() in words(_TABLE, "time_frames")
                   for t in run):
        return None
    return run[-1]


def _verb_of(noun) -> str | None:
    """The verb that names the set: the noun as its object or subject, through "of" after a frame."""
    tok = noun
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.pos_ == "VERB":
        return tok.head.head.lemma_.lower()  # "was backed by 31 councillors": the agent names the set by its verb
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            if tok.head.lower_ in ("of", "with") and tok.head.head.pos_ == "VERB" and tok.head.head.tag_ == "VBN":
                return tok.head.head.lemma_.lower()  # "was convicted of eleven counts", "charged with 12 offences"
            tok = tok.head.head  # "a total of 8,200 runners finished": up to "total"
            continue
        if tok.dep_ in _LINKING_DEPS and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_ != "be":
            return tok.head.lemma_.lower()
        if tok.dep_ in ("attr", "nsubj") and tok.head.lemma_ == "be":
            return None
        break
    return None


def inside_quotes(before: str) -> bool:
    """Whether a figure after ``before`` (the text from the start of its sentence or passage) stands
    inside quotation marks: curly quotes counted, a straight double quote by its parity, a straight
    single quote only when it opens the text ('We have 30 beds ...')."""
    if before.count("“") + before.count("‘") > before.count("”") or before.count('"') % 2 == 1:
        return True
    return before.lstrip().startswith("'") and not re.search(r"[,.?!]'(?:\s|$)", before)


def in_quote(token) -> bool:
    """Inside quotation marks that open in its sentence."""
    return inside_quotes(token.doc[token.sent.start:token.i].text)


def mention(clauses, q: Quantity) -> Mention | None:
    m = _mention(clauses, q)
    if m is not None:
        m.quoted = in_quote(_figure_tokens(clauses, q)[0])
    return m


def _determined(noun) -> bool:
    """A noun with a definite determiner or a possessive: "the tally", "the union's tally"."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children)


def _share_mention(q: Quantity, tokens: list) -> Mention | None:
    """A percentage and what it is the share of, by grammar: "the 34% turnout" (the noun it modifies,
    definite by its article), "Turnout in the by-election was 38%" (the subject of its copula)."""
    inside = {t.i for t in tokens}
    # the figure's top word: "38%" or "cent" of "38 per cent", whichever the parser hangs outside it
    pct = next((t for t in reversed(tokens) if t.head.i not in inside), tokens[-1])
    head = pct.head
    if pct.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and head.i > pct.i:
        # "the 38 per cent turnout at the last election": a phrase after the noun tells another occasion
        narrowed = any(c.dep_ in ("prep", "relcl", "acl") and c.i > head.i
                       and any(t.ent_type_ == "DATE" or t.lower_ in _ANOTHER_TIME for t in c.subtree)
                       for c in head.children)
        return Mention(q, noun=head.lemma_.lower(), definite=_determined(head), phrase=(id(head.doc), head.i),
                       restricted=narrowed)
    first = tokens[0]
    if first.i >= first.sent.start + 2 and first.nbor(-1).lower_ == "of" \
            and first.nbor(-2).lemma_.lower() in words("changes", "change_nouns") and _determined(first.nbor(-2)) \
            and (direction := direction_of(first.nbor(-2).text)) is not None:
        # "The annual increase of 2.3 percent": a definite change told again, its direction the noun
        return Mention(q, noun=f"change {direction}", definite=True, phrase=(id(first.doc), first.nbor(-2).i))
    if head.pos_ == "VERB" and pct.dep_ in ("dobj", "npadvmod", "advmod") \
            and (direction := direction_of(head.text)) is not None and head.tag_ in ("VBD", "VBZ", "VBP", "VBN"):
        # "Consumer prices rose 3.2 percent": a change a later "the annual increase of" may say again
        return Mention(q, noun=f"change {direction}", anchor_only=True)
    if first.i >= first.sent.start + 2 and first.nbor(-1).lower_ == "of" and first.nbor(-2).pos_ == "NOUN" \
            and first.nbor(-2).lemma_.lower() not in words("changes", "change_nouns"):  # (not "a rise of 4%")
        # "described a turnout of 34.1% as ...": the noun the share is "of", next to it whatever the parse
        frame = first.nbor(-2)
        return Mention(q, noun=frame.lemma_.lower(), definite=_determined(frame), phrase=(id(frame.doc), frame.i))
    if pct.dep_ == "attr" and head.lemma_ == "be":
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "csubj")), None)
        if subject is not None and subject.pos_ in ("NOUN", "VERB", "PROPN"):
            return Mention(q, noun=subject.lemma_.lower(), anchor_only=True)
    return None


def _extent_mention(q: Quantity, verb) -> Mention | None:
    """A measure or sum as the object of a verb of extent, told of the verb's subject: "The new trail stretches
    6.2 miles", "The extension will cost £3.2m", which a later "the 8.4-mile trail" may say again. Never itself
    a restatement, but in a relative clause on a definite noun, which tells what that noun already named
    ("secured C$780 million in financing ... The financing, which totals C$870 million")."""
    if verb.lemma_.lower() not in words(_TABLE, "extent_verbs"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    relative = subject is None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children)
    if relative:
        subject = verb.head  # "The Riverside Trail, which stretches 11 miles"
    if subject is None:
        return None
    told_again = relative and _determined(subject)
    return Mention(q, noun=synonym(subject.lemma_.lower()), phrase=(id(subject.doc), subject.i),
                   modifiers={c.lemma_.lower() for c in subject.children if c.dep_ in ("compound", "amod")
                              and c.lower_ not in _OTHER_PART},
                   verbs={action(verb.lemma_.lower())}, anchor_only=not told_again, definite=told_again)


def _valued_mention(q: Quantity, preposition) -> Mention | None:
    """A sum or measure that a verb of change gives a thing ("raised its quarterly dividend to 48 cents a share
    from 44 cents", "The minimum wage rises to C$17.20") or a verb of setting puts it at ("The fine was set at
    $5,000", "Tickets, priced at S$88,"): the value of that thing, which a later "the 84-cent dividend" may say
    again. The thing is the verb's object, else its subject, else the noun its participle describes."""
    verb = preposition.head
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (preposition.lower_ in ("to", "from")
                                   and (direction_of(verb.text) is not None or lemma in words(_TABLE, "moving_verbs"))
                                   or preposition.lower_ == "at" and lemma in words(_TABLE, "setting_verbs")):
        return None
    owner = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) \
        or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
    if owner is None and verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        owner = verb.head  # "Tickets for the jazz weekend, priced at a flat S$88, go on sale"
    if owner is None:
        return None
    return Mention(q, noun=synonym(owner.lemma_.lower()), phrase=(id(owner.doc), owner.i),
                   modifiers={c.lemma_.lower() for c in owner.children if c.dep_ in ("compound", "amod")
                              and c.lower_ not in _OTHER_PART},
                   verb=lemma, verbs={action(lemma)})


def _mention(clauses, q: Quantity) -> Mention | None:
    tokens = _figure_tokens(clauses, q)
    if not tokens:
        return None
    doc, first = tokens[0].doc, tokens[0]
    if (framed := _FRAME_THEN_COMMA.search(doc[first.sent.start:first.i].text)) is not None \
            and framed.group("frame").lower() in words(_TABLE, "frames"):
        # "That total, 231, was up from 198": a definite frame, a comma, the figure it names
        return Mention(q, frame=framed.group("frame").lower(), definite=True)
    if q.kind is Kind.PERCENT:
        return _share_mention(q, tokens)
    if (magnitude := _magnitude_mention(q, tokens)) is not None:
        return magnitude
    noun = _noun(tokens)
    if noun is None:
        return _bare_mention(q, tokens)
    if q.kind in (Kind.MEASURE, Kind.MONEY) and noun.i in {t.i for t in tokens} \
            and noun.dep_ in ("dobj", "npadvmod", "attr") and (extent := _extent_mention(q, noun.head)) is not None:
        return extent
    if q.kind in (Kind.MEASURE, Kind.MONEY) and noun.i in {t.i for t in tokens} and noun.dep_ == "pobj" \
            and (valued := _valued_mention(q, noun.head)) is not None:
        return valued  # "raised its quarterly dividend to 48 cents a share"
    lemma = noun.lemma_ if noun.pos_ in ("NOUN", "PROPN") else noun.text  # "injured", not "injure"
    m = Mention(q, noun=synonym(lemma.lower()), phrase=(id(noun.doc), noun.i),
                noun_verb=noun.lemma_.lower() if noun.tag_ in ("VBN", "VBD") else None)
    participle = None
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i not in {t.i for t in tokens}:
            m.modifiers.add(child.lemma_.lower())
            if child.tag_ == "VBN":
                m.participles.add(child.lemma_.lower())
        elif child.dep_ == "acl" and child.tag_ == "VBN" and not list(child.children):
            m.modifiers.add(child.lemma_.lower())  # "the 54 hectares burned"
            m.participles.add(child.lemma_.lower())
        elif child.dep_ == "relcl" and child.i > 0 and any(t.text == "," for t in noun.doc[noun.i + 1:child.i]) \
                and child.left_edge.i > noun.i and noun.doc[child.left_edge.i - 1].text == ",":
            pass  # "the 58 helpers, who filled ...": a clause set off by a comma adds, it does not narrow
        elif child.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() in words(_TABLE, "time_frames")
                                          for o in child.children):
            pass  # "1,210 patients in a single year": the set over a time, not a narrower set
        elif child.dep_ in ("prep", "relcl", "acl") and noun.pos_ in ("NOUN", "PROPN"):
            # (a participle standing as the noun takes its verb's complements: "took all nine injured to hospital")
            m.restricted = True
            m.narrowing.update(t.lemma_.lower() for t in child.subtree if t.is_alpha)
            if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and participle is None:
                participle = child.lemma_.lower()  # "1,250 volunteers registered for ...": the set's verb
        if (child.dep_ in ("det", "predet") and child.lower_ in _DEFINITE) or child.dep_ == "poss" \
                or child.dep_ == "det" and child.lower_ in ("each", "every") and q.kind in (Kind.MONEY, Kind.MEASURE):
            m.definite = True  # ("Each S$68 ticket": the price of every one of them, told before)
        if child.lower_ in _ADDED or child.lower_ in _OTHER_PART and child.i < tokens[0].i:
            return None  # "the remaining 21 units", "two additional cartels": another part (not "212 new homes")
    if any(t.lower_ in _OTHER_PART for t in tokens) or any(t.dep_ == "amod" and t.lower_ in _OTHER_PART
                                                           and t.i < tokens[0].i for t in noun.lefts):
        return None
    if any(c.dep_ in ("det", "predet") and c.lower_ in _DEFINITE for t in tokens for c in t.children):
        m.definite = True  # "Among the 16 dead": the parser hangs "the" on the number
    first = tokens[0]
    if first.i > first.sent.start and first.nbor(-1).lower_ in _DEFINITE and first.nbor(-1).dep_ != "pobj":
        m.definite = True  # "all 230 workers", "these 105 roles": whatever the parser hangs the word on
    m.all_of = first.i > first.sent.start and first.nbor(-1).lower_ in ("all", "both")
    if (fronted := _fronted_subject(noun)) is not None:
        m.fronted = m.definite = True
        m.told_of = fronted.lemma_.lower() if fronted.tag_ != "PRP" else None
    else:
        m.told_of = _told_of(noun)
    m.verb = _verb_of(noun) or participle
    if q.kind is Kind.DURATION and noun.dep_ == "pobj" and noun.head.pos_ == "ADP" and noun.head.head.pos_ == "VERB" \
            and (noun.head.lower_ == "for" or noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in _SENTENCING):
        # "jailed Coyle for nine years", "sentenced Price to 12 years in prison": the span the verb gave
        m.verb = noun.head.head.lemma_.lower()
    m.verbs = {action(v) for v in (m.verb, participle) if v}
    if q.kind is Kind.DURATION:
        m.events, m.event_definite, m.bearer = _span_event(q, noun)
        m.tense = _tense(noun)
    m.event, m.partial, m.widened = _happening_of(noun)
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj") and noun.head.pos_ in ("VERB", "AUX"):
        # "23 patients were left waiting": the verb the first one takes names the set too
        m.verbs |= {action(c.lemma_.lower()) for c in noun.head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}
    frame = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
            and noun.head.head.lower_ not in ("%", "percent", "cent"):  # not "Of the 1,100 volunteers, 40% ..."
        frame = noun.head.head  # "the union's tally of 5,400 nurses", "The poll of 1,120 adults"
    elif noun.dep_ in ("compound", "amod", "nmod") and noun.head.lemma_.lower() in words(_TABLE, "frames"):
        frame = noun.head  # "Cole's 29-goal haul", "the party's 32-seat tally": the counted noun as the frame's kind
    elif noun.dep_ == "dobj" and noun.head.dep_ == "acl" and noun.head.head.pos_ == "NOUN":
        frame = noun.head.head  # "The recall, covering 61,000 cars"
    elif noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        m.subject_frame = subject is not None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                      for c in subject.children)
    if frame is not None:
        m.frame = frame.lemma_.lower()
        if _determined(frame):
            m.definite = True
    return m


def _magnitude_mention(q: Quantity, tokens: list) -> Mention | None:
    """A quake's magnitude, whichever way it is written ("A magnitude 6.4 earthquake", "The 6.1-magnitude
    quake"): the noun is the magnitude, what it is of (the quake, an aftershock) its modifier, so that a later
    definite one of the same event is said again and one of an aftershock is another."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = [t for t in doc[last.i + 1:last.i + 4] if t.text != "-"]
    if not (before is not None and before.lower_ == "magnitude" or after and after[0].lower_ == "magnitude"):
        return None
    event = next((t for t in after if t.pos_ == "NOUN" and t.lower_ != "magnitude"), None)
    if event is None:
        return None
    determiners = [t for t in doc[max(0, first.i - 3):first.i] if t.lower_ in _DEFINITE or t.dep_ == "poss"]
    return Mention(q, noun="magnitude", modifiers={synonym(event.lemma_.lower())}, definite=bool(determiners),
                   phrase=(id(doc), event.i))


def _happening_of(noun) -> tuple[str | None, bool, bool]:
    """The happening the figure's clause tells of, when a definite noun names it as the subject ("The blast,
    which left six dead", "the capsizing had claimed seven lives": blast, capsizing); whether the clause
    tells only a part of one ("died at the scene", "were killed in hospital": ``partial_settings``); and
    whether it may tell more than one told before ("has now claimed 23 lives across the region", "also
    injured six", "since June": ``widening_words``, or a date or place of its own)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubj", "nsubjpass", "oprd", "attr") or verb.pos_ not in ("VERB", "AUX"):
        return None, False, False
    clause = [t for t in verb.subtree if t.i < noun.i or t.i > noun.i and t not in noun.subtree
              or t.head.i == noun.i and t.dep_ == "prep"]
    partial = any(t.dep_ == "pobj" and t.lemma_.lower() in _PARTIAL_SETTINGS for t in clause)
    widened = any(t.lower_ in _WIDENING or t.lemma_.lower() in _WIDENING or t.ent_type_ in ("DATE", "GPE", "LOC")
                  for t in clause)
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
        # "the crash, which claimed four lives": the noun right before the relative word, nothing dated in its phrase
        subject = verb.head
        opener = subject.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if opener is not None and opener.text in (",", "—", "–", "("):  # "The blaze — which scorched 5,400 acres"
            opener = subject.doc[opener.i - 1]
        if opener is None or opener.i != subject.i or any(t.ent_type_ == "DATE" for t in subject.subtree):
            return None, partial, widened
    if subject is None or subject.pos_ != "NOUN" or subject.i == noun.i or not _determined(subject) \
            or subject.lemma_.lower() in person_nouns() \
            or any(c.lower_ in _OTHER_PART | _ANOTHER_TIME | _OTHER_KIND for c in subject.children):
        return None, partial, widened
    return subject.lemma_.lower(), partial, widened


def _span_event(q: Quantity, noun) -> tuple[set[str], bool, str | None]:
    """What a span measures, by grammar, and whether that is named definitely: the noun it modifies
    ("the 17-week trial"), the subject of a verb of lasting ("The trial lasted 11 weeks", "the talks,
    which lasted two hours"), the verb it is the time of ("will strike for 48 hours", "held captive for
    17 days": its complement too), or the state after it ("after seven days in captivity"). Third, who
    or what the event is of, when a noun names it: "Bus drivers will strike" -> driver."""
    events: set[str] = set()
    if noun.lemma_.lower() not in _SPAN_NOUNS:
        return {action(noun.lemma_.lower())}, _determined(noun), None  # "the 17-week trial", "his seven-year sentence"
    for child in noun.children:  # "seven days in captivity", "14 days as hostages"
        if child.dep_ == "prep" and child.lower_ in ("in", "as"):
            events |= {action(o.lemma_.lower()) for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
    verb = noun.head
    left = noun.left_edge
    before = left.nbor(-1) if left.i > left.sent.start else None
    if noun.dep_ == "pobj" and noun.head.lower_ in ("for", "after", "over"):
        verb = noun.head.head
    elif before is not None and before.pos_ == "VERB" and before.lemma_.lower() in _LASTING:
        verb = before  # "The strike lasted nine weeks before workers ratified ...": the verb of lasting right before it
    elif noun.dep_ not in ("npadvmod", "dobj"):
        return events, False, None
    if verb.pos_ not in ("VERB", "AUX"):
        return events, False, None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WDT", "WP")):
        subject = verb.head  # "the talks, which lasted two and a half hours"
    named = subject is not None and (_determined(subject) or subject.pos_ == "PROPN")
    if verb.lemma_.lower() in _LASTING and subject is not None and subject.pos_ == "NOUN":
        return events | {action(subject.lemma_.lower())}, named, None  # "The trial lasted 11 weeks"
    events.add(action(verb.lemma_.lower()))
    events |= {action(c.lemma_.lower()) for c in verb.children  # "held captive", "held hostage", "held talks"
               if c.dep_ in ("acomp", "oprd") or c.dep_ == "dobj" and not any(d.dep_ in ("det", "poss") for d in c.children)}
    bearer = subject.lemma_.lower() if subject is not None and subject.pos_ in ("NOUN", "PROPN") else None
    return events, named, bearer


_LASTING = words("elapsed", "lasting_verbs")  # (one list of them, with the elapsed-time readers)
_SENTENCING = frozenset(table(_TABLE)["named_by_verb"]["sentence"])
_PARTIAL_SETTINGS = words(_TABLE, "partial_settings")
_WIDENING = words(_TABLE, "widening_words")
_OTHER_KIND = {"similar", "separate", "second", "earlier", "later"}
_PLACING = {"in", "at", "from", "on", "near", "across", "inside", "outside", "within", "since", "during", "by"}
_ANYONE = words(_TABLE, "anyone_bearers")  # bearers that name anyone: "fishermen ... The men"
_SPAN_NOUNS = set(DURATION_UNITS) | {"night"}


def _tense(noun) -> str:
    """'future' or 'past' for the verb a span's noun hangs on ("will strike for 48 hours", "struck for
    three days"), '' when no verb tells."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "shall", "'ll", "wo"}:
        return "future"
    if verb.tag_ == "VBD" or auxes & {"had", "has", "have", "was", "were"}:
        return "past"
    return ""


def _fronted_subject(noun):
    """The subject a figure set off after "at" is said of: a pronoun or a definite noun after a sentence that
    opens "At 4,300 metres," / "At 54 storeys, the tower ...", or a definite noun before ", at 54 storeys,". A
    pronoun says the figure of what the sentence before told of ("is 4.8 kilometres long. At 4,300 metres, it
    is ...")."""
    at = noun.head
    if noun.dep_ != "pobj" or at.lower_ != "at" or at.dep_ != "prep":
        return None
    after = noun.right_edge.i + 1
    if after >= len(noun.doc) or noun.doc[after].text != ",":
        return None
    head = at.head.head if at.head.is_punct else at.head  # (the parser may hang "at" on the comma before it)
    subject = head if head.pos_ == "NOUN" and head.dep_ in ("nsubj", "nsubjpass") \
        else next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.tag_ == "PRP":
        return subject if at.i == noun.sent.start and subject.lower_ in ("it", "he", "she", "they") else None
    if subject.pos_ != "NOUN" or not _determined(subject):
        return None
    opens = at.i == noun.sent.start and subject.i > after
    # "The tower, at 54 storeys, will be ...": set off by commas right after the subject's phrase
    inserted = at.i > 1 and noun.doc[at.i - 1].text == "," and subject.i == at.i - 2
    return subject if opens or inserted else None


def _told_of(noun) -> str | None:
    """What a count's noun is a measure of: the noun it is compounded with ("a 45-storey tower" -> tower), or
    the subject of the verb it is the object of ("The tower will rise 45 storeys" -> tower)."""
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.pos_ == "NOUN" and noun.head.i > noun.i:
        return noun.head.lemma_.lower()
    verb = noun.head.head if noun.dep_ == "npadvmod" and noun.head.pos_ == "ADP" else noun.head  # "rise 45 storeys above"
    if noun.dep_ in ("dobj", "npadvmod", "attr") and verb.pos_ in ("VERB", "AUX"):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"), None)
        return subject.lemma_.lower() if subject is not None else None
    return None


def _bare_mention(q: Quantity, tokens: list) -> Mention | None:
    """A figure with no noun of its own: after a frame ("The attendance of 42,133", "a crowd of
    41,233": what it counts is the frame's), or after "all" with nothing counted ("All 19 were taken to
    hospital": the set just named)."""
    tok = tokens[-1]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        frame = tok.head.head
        m = Mention(q, noun=synonym(q.counted) if q.counted else None, frame=frame.lemma_.lower())
        m.definite = _determined(frame)
        return m
    if q.kind in (Kind.MONEY, Kind.MEASURE):
        # "ordered to pay £3,750 in compensation": an amount with no noun of its own, named by its verb
        inside = {t.i for t in tokens}
        top = next((t for t in tokens if t.head.i not in inside), tokens[-1])
        head = top.head.head if top.dep_ == "pobj" else top.head
        if top.dep_ in ("dobj", "npadvmod", "attr") and (extent := _extent_mention(q, head)) is not None:
            return extent  # "The financing, which totals C$870 million"
        if top.dep_ == "pobj" and (subject := _fronted_subject(top)) is not None and subject.tag_ != "PRP":
            # "At £3.2bn, the deal is the largest this year": the sum of the thing named
            return Mention(q, noun=synonym(subject.lemma_.lower()), definite=True, phrase=(id(subject.doc), subject.i))
        if top.dep_ == "pobj" and (valued := _valued_mention(q, top.head)) is not None:
            return valued  # "raised its quarterly dividend to 48 cents", "The fine was set at $5,000"
        verbs = {head.lemma_.lower()} if head.pos_ == "VERB" else set()
        # "the £14,250 raised by the walk": the participle after the amount names it too
        verbs |= {c.lemma_.lower() for c in top.children if c.dep_ == "acl" and c.tag_ == "VBN"}
        first = tokens[0]
        # "your £68,400", "the entire £68,000 he took"
        k = first.i - 1
        if k > first.sent.start and first.doc[k].lower_ in ("entire", "whole", "full"):
            k -= 1
        definite = k >= first.sent.start and first.doc[k].lower_ in _DEFINITE
        return Mention(q, verb=next(iter(sorted(verbs)), None), verbs={action(v) for v in verbs}, definite=definite)
    first = tokens[0]
    before = first.nbor(-1) if first.i > first.sent.start else None
    if before is not None and before.lower_ == "all":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of else None
        if noun is not None:  # "all 5,010 of its employees": what it counts comes after "of"
            return Mention(q, noun=synonym(noun.lemma_.lower()), definite=True, all_of=True)
        if tok.i + 1 >= len(tok.doc) or tok.nbor(1).pos_ in ("AUX", "VERB", "ADP", "PUNCT"):
            return Mention(q, noun=None, definite=True, bare=True)
    if q.kind in (Kind.COUNT, Kind.NUMBER) and not year_like(q) and before is not None and before.lower_ == "the" \
            and len(_digits(q)) >= 4:
        # "were among the 42,113 inside the ground": a definite figure with no noun, the whole of a count
        # told before; only its digits can tie it to one (see ``link``)
        return Mention(q, definite=True, bare=False)
    if q.kind in (Kind.COUNT, Kind.NUMBER) and not year_like(q):
        # "rose to 7,350 in March": a figure a later frame may refer back to ("The figure of 7,530 ...")
        head = tokens[-1].head
        verbs = {action(head.lemma_.lower())} if head.pos_ == "VERB" else set()
        event, partial, widened = _happening_of(tokens[-1]) if q.counted in table(_TABLE)["named_by_verb"] \
            else (None, False, False)
        # "The blast, which left six dead": those a definite happening left, which may tell its count again
        return Mention(q, noun=synonym(q.counted) if q.counted else None, verbs=verbs, anchor_only=event is None,
                       event=event, partial=partial, widened=widened)
    return None


def _digits(q: Quantity) -> str:
    """The digits as written, or of the value when the figure is in words ("thirty-two" -> "32")."""
    written = re.sub(r"\D", "", q.text)
    if written or q.value is None or not float(q.value).is_integer():
        return written
    return str(int(q.value))


def significant_digits(q: Quantity) -> str:
    """The significant digits of the value, whatever its scale word: "$2.4 million" and "$4,200,000"
    are "24" and "42", "€850,000" and "€0.58m" are "85" and "58"."""
    if q.value is None:
        return ""
    digits = f"{abs(q.value):.6f}".replace(".", "").strip("0")
    return digits if len(digits) <= 6 else ""


def _spoken_alike(a: float | None, b: float | None) -> bool:
    """A -teen heard or typed for a -ty: 17 / 70, sixteen / 60, 14 / 40."""
    if a is None or b is None:
        return False
    low, high = sorted((a, b))
    return 13 <= low <= 19 and float(low).is_integer() and high == (low - 10) * 10


def transposed(a: Quantity, b: Quantity, shortest: int | None = None) -> bool:
    """One figure miscopied as the other: the same significant digits in another order (412 / 421,
    £3,750 / £3,570, 18.5 / 15.8, "$2.4 million" / "$4,200,000"), or a -teen for a -ty (17 / 70)."""
    if a.value == b.value:
        return False
    da, db = _digits(a), _digits(b)
    # two digits only for amounts with a unit ("£96m ... The £69m spending plan") or a definite reference to
    # the same group ("85 volunteers ... the 58 helpers"): bare pairs meet by chance
    if shortest is None:
        shortest = 2 if a.kind in (Kind.MONEY, Kind.MEASURE) else 3
    if len(da) >= shortest and da != db and sorted(da) == sorted(db):
        return True
    if shortest <= 2 and _spoken_alike(a.value, b.value):
        return True
    # an amount written once with a scale word and once in full: compare the digits of the values
    sa, sb = significant_digits(a), significant_digits(b)
    return a.kind in (Kind.MONEY, Kind.MEASURE) and len(sa) >= shortest and sa != sb and sorted(sa) == sorted(sb) \
        and (da != sa or db != sb)


def link(later: Mention, earlier: Mention, paragraph_start: int = -1) -> str | None:
    """How the later mention refers back to the earlier one, or None when it does not; a bare
    same-noun reference ("the 6,000 parcels") looks no further back than ``paragraph_start``."""
    # ("all 21 firefighters at the scene" after "Twelve firefighters": all of the set, two digits will do)
    if later.restricted and later.definite and transposed(later.quantity, earlier.quantity, 2 if later.all_of else None) \
            and (later.noun and later.noun == earlier.noun or later.quantity.kind in (Kind.MONEY, Kind.MEASURE)
                 or _both_people(later, earlier)) \
            and (later.quantity.value or 0) > (earlier.quantity.value or 0) \
            or later.restricted and later.definite and len(_digits(later.quantity)) >= 4 \
            and transposed(later.quantity, earlier.quantity) and 0 < later.quantity.sentence - earlier.quantity.sentence <= 2:
        # "rescued 240 people ... The 420 people his crews pulled from the sea": a narrowed set is never
        # larger than the set; the same digits in another order are the same set miscopied
        return "transposed"
    if later.restricted and earlier.verbs and any(related(action(w), v) for w in later.narrowing for v in earlier.verbs):
        # "will close 64 stores ... the 46 stores earmarked for closure": narrowed by the very action that
        # named the set, so the same set
        later = replace(later, restricted=False)
    if not later.definite or later.restricted:
        return None
    if later.fronted:
        # "is 4.8 kilometres long. At 4,300 metres, it is ...": of the sentence just before, drifted not replaced;
        # "The 45-storey tower ... At 54 storeys, the tower": of the thing named, a sentence or two on
        gap = later.quantity.sentence - earlier.quantity.sentence
        named = later.told_of is not None and earlier.told_of is not None and related(later.told_of, earlier.told_of) \
            and later.noun is not None and earlier.noun is not None and related(later.noun, earlier.noun)
        return "fronted" if (gap == 1 or named and 0 < gap <= 2) and _drifted(later.quantity, earlier.quantity) \
            and (later.told_of is None or named or earlier.told_of is None) \
            else None
    if later.bare:
        # "Fire crews rescued 17 people ... All 19 were taken to hospital": the set of the sentence before
        gap = later.quantity.sentence - earlier.quantity.sentence
        return "all" if earlier.quantity.kind is Kind.COUNT and 0 < gap <= 2 else None
    near_by = 0 < later.quantity.sentence - earlier.quantity.sentence <= 2
    swapped = transposed(later.quantity, earlier.quantity) or (
        near_by and later.noun is not None and earlier.noun is not None
        and (later.noun == earlier.noun or any(related(w, earlier.noun) for w in later.modifiers)  # "96 teachers
             or _both_people(later, earlier))  # "rescued 37 people ... the 73 residents brought out"
        and transposed(later.quantity, earlier.quantity, 2))  # ... the school's 69 teaching staff"
    if swapped and (later.noun is None or earlier.noun is None or later.noun == earlier.noun or later.frame
                    or later.quantity.kind is not Kind.COUNT or _same_set_noun(later, earlier)
                    or _both_people(later, earlier)
                    # four digits or more swapped: one figure miscopied, whatever noun came the second time
                    or len(_digits(later.quantity)) >= 4):
        return "transposed"  # "Net profit was 412 mln euros ... The 421 mln euro quarterly profit"
    same_noun = later.noun is not None and earlier.noun is not None and related(later.noun, earlier.noun)
    # (an amount named by its frame the first time: "A fine of €4,000 ... the €400 penalty")
    framed_alike = earlier.noun is None and earlier.frame is not None and later.noun is not None \
        and action(earlier.frame) == action(later.noun)
    if (same_noun or framed_alike or _both_people(later, earlier)) \
            and 0 < later.quantity.sentence - earlier.quantity.sentence <= 2 \
            and scale_slipped(later.quantity, earlier.quantity, counts=True,
                               shortest=1 if (same_noun or framed_alike) and later.quantity.kind is not Kind.COUNT
                               else 2):  # (one digit for amounts only: a count a tenth the size may be some of it)
        # "A quarter of a million people attended ... the 25,000 festival-goers": the same digits, a zero slipped
        return "scale"
    if (same_noun or framed_alike) and later.quantity.kind in (Kind.MONEY, Kind.MEASURE) and not later.frame \
            and later.quantity.sentence > earlier.quantity.sentence and not _narrower(later, earlier) \
            and _drifted(later.quantity, earlier.quantity):
        # "approved a $4.2 million renovation ... the $3.8 million renovation", "approved a budget of $4.2 million
        # ... The $4.6 million budget": an amount that describes a thing is its price or size, one for the thing,
        # in any paragraph
        return "same noun"
    if later.quantity.kind is Kind.MONEY and any(action(w) == action(v) for w in later.modifiers for v in earlier.verbs) \
            and _drifted(later.quantity, earlier.quantity):
        return "verb"  # "was paid £1.4m ... Marr's £1.1m pay packet": the sum named by the verb that gave it
    named_by = _named_by(later.noun) or ([action(later.noun_verb)] if later.noun_verb else [])
    if named_by and any(v in named_by for v in earlier.verbs):
        return "verb"  # "killed 14 people" / "the 16 dead"
    if earlier.verb and later.frame and related(later.frame, earlier.verb) and same_noun:
        return "verb"  # "recalled 16,000 cars" / "The recall, covering 61,000 cars"
    if earlier.verb and later.noun and related(later.noun, earlier.verb) \
            and (not (later.modifiers - {earlier.noun})
                 or (earlier.noun and any(related(w, earlier.noun) for w in later.modifiers))):
        return "verb"  # "8,200 runners finished" / "the 8,800 finishers"; "cut 1,400 jobs" / "the 1,100 job cuts"
    if same_noun and any(related(w, v) for w in later.modifiers for v in earlier.verbs):
        return "participle"  # "the 54 hectares burned", "the 190,000 affected vehicles"
    if earlier.noun and later.noun in person_nouns() and later.modifiers == later.participles \
            and (later.participles or later.verb) \
            and all(related(w, earlier.noun) for w in (later.participles or {later.verb or ""})):
        return "participle"  # "Eleven arrests were made ... the 12 people arrested": the event's noun as their participle
    if later.participles and _both_people(later, earlier) and 0 < later.quantity.sentence - earlier.quantity.sentence <= 2 \
            and later.modifiers == later.participles \
            and any(action(p) == v for p in later.participles for v in earlier.verbs):  # verbs are actions already
        return "participle"  # "Eleven people were hurt ... all 13 injured passengers": those it happened to, named again
    if later.participles and later.modifiers <= words(_TABLE, "back_participles") and _both_people(later, earlier) \
            and 0 < later.quantity.sentence - earlier.quantity.sentence <= 2 \
            and (_near(later.quantity, earlier.quantity) or transposed(later.quantity, earlier.quantity, 2)):
        return "participle"  # "Nineteen pupils were sent home ... the 17 children affected": those the story told of
    if later.frame and (later.noun is None or later.noun == earlier.noun) and later.frame in words(_TABLE, "frames") \
            and later.definite and 0 < later.quantity.sentence - earlier.quantity.sentence <= 1 \
            and (_near(later.quantity, earlier.quantity) or transposed(later.quantity, earlier.quantity, 2)) \
            and not (later.modifiers - earlier.modifiers):
        # "scored 36 league goals ... His league tally of 39", "112mm of rain fell ... That total of 121mm", "reached
        # 312 last year ... That total, 231,": the figure of the sentence before
        return "frame"
    if (same_noun or _same_set_noun(later, earlier) and 0 < later.quantity.sentence - earlier.quantity.sentence <= 2) \
            and later.frame and later.frame in words(_TABLE, "frames") \
            and not _narrower(later, earlier, allowed=earlier.verbs):
        # ("More than 60,000 fans packed the stadium ... The crowd of 48,112": a crowd counts people, a sentence on)
        # "the union's tally of 5,400 striking nurses", "the poll of 1,120 adults"; not "the list of 72 SAFER
        # grants" after "the list of 253 AFG grants": a modifier of its own names another set
        return "frame"
    gap = later.quantity.sentence - earlier.quantity.sentence
    # "612 patients ... Of the 621 people studied": "people" names any count of people; "enrolled 1,200
    # adults ... the 1,500 participants": a set of people given whole, named again by another noun of people
    same_noun = same_noun or _same_set_noun(later, earlier) \
        or (_both_people(later, earlier) and bool(earlier.verbs & words(_TABLE, "whole_set_verbs", "whole_set_lemmas")))
    counts = earlier.quantity.kind is Kind.COUNT and (later.quantity.kind is Kind.COUNT
                                                    or later.quantity.kind is Kind.NUMBER and later.noun is not None) \
        or earlier.quantity.kind is later.quantity.kind is Kind.PERCENT  # "Turnout was 38% ... the 34% turnout"
    # a larger count said to be all of a set may be the whole the earlier was part of ("guilty of six counts ...
    # denied all eight charges"), unless the earlier was told as a whole set ("employs 3,200 staff") or its
    # digits are swapped
    superset = later.all_of and (later.quantity.value or 0) > (earlier.quantity.value or 0) \
        and not transposed(later.quantity, earlier.quantity, 2) \
        and not (earlier.verb and earlier.verb in words(_TABLE, "whole_set_verbs", "whole_set_lemmas"))
    if same_noun and counts and later.all_of and (later.quantity.value or 0) < (earlier.quantity.value or 0) \
            and 0 < gap <= 2 and earlier.quantity.start > paragraph_start and not later.frame \
            and not _narrower(later, earlier):
        # "will serve 11 stations ... at all seven of its stations": all of the set is fewer than the set
        return "all"
    if same_noun and counts and not superset \
            and 0 < gap <= 3 and earlier.quantity.start > paragraph_start and not later.frame \
            and not _narrower(later, earlier) \
            and _drifted(later.quantity, earlier.quantity):
        # "gave out 8,000 food parcels ... Volunteers packed the 6,000 parcels": the same noun, definite,
        # nothing added to narrow it, the nearest count of that noun a few sentences back
        return "same noun"
    return None


def _named_by(noun: str | None) -> list[str]:
    """The verbs that name the group a noun counts (``named_by_verb``): "dead" by "kill", "deal" by "buy"."""
    return list(table(_TABLE)["named_by_verb"].get(noun or "", []))


def _narrower(later: Mention, earlier: Mention, allowed: Iterable[str] = ()) -> bool:
    """The later figure's noun carries a modifier the earlier one does not (besides the earlier noun
    itself and ``allowed`` words): "the 72 SAFER grants" is narrower than "253 grants"."""
    return bool(later.modifiers - earlier.modifiers - {earlier.noun} - set(allowed) - words(_TABLE, "whole_modifiers"))


def _same_set_noun(a: Mention, b: Mention) -> bool:
    """Two nouns that count one set: one lemma or stem, one group ("staff" / "employees"), or people."""
    if a.noun is None or b.noun is None:
        return False
    if related(a.noun, b.noun):
        return True
    people, persons = words(_TABLE, "people"), words(_TABLE, "person_nouns")
    return (a.noun in people and b.noun in persons) or (b.noun in people and a.noun in persons)


def _said_again(later: Mention, before: list[Mention], dated: dict[int, set[str]]) -> Mention | None:
    """The count a quote says again: "The hospice cared for 1,120 patients last year. 'To have looked
    after 1,210 patients in a single year ...', its director said"; "will shut 12 libraries ...
    'Closing 15 libraries in one go ...'". The quote names the set by the same noun and either the same
    action or the same digits transposed, a few sentences after the narration, with nothing added to
    narrow the noun and no date telling two occasions apart. Charitable: only the nearest such count,
    and only one within a quarter of it or with its digits transposed."""
    if not later.quoted or later.restricted or later.quantity.kind is not Kind.COUNT:
        return None
    for earlier in reversed(before):
        gap = later.quantity.sentence - earlier.quantity.sentence
        if gap > 3:
            break
        if gap <= 0 or earlier.quoted or earlier.quantity.kind is not Kind.COUNT or earlier.anchor_only \
                or not _same_set_noun(later, earlier):
            continue
        if _narrower(later, earlier) \
                or _other_occasion(dated, later.quantity, earlier.quantity):
            return None
        swapped = transposed(later.quantity, earlier.quantity, 2)
        if (swapped or (later.verbs & earlier.verbs and _near(later.quantity, earlier.quantity))) \
                and later.quantity.value != earlier.quantity.value:
            return earlier
        return None  # the nearest count of that noun is the one the quote speaks of
    return None


@cache
def person_nouns() -> frozenset[str]:
    """Nouns that count people (``people`` and ``person_nouns`` in ``lang/en/restatements.yaml``)."""
    return words(_TABLE, "people", "person_nouns")


def _both_people(a: Mention, b: Mention) -> bool:
    """Both count people ("5,214 adults ... the 5,412 participants"): with the digits transposed, one set."""
    return people_alike(a.noun, b.noun)


def _family(a: Quantity, b: Quantity) -> bool:
    if a.kind is Kind.PERCENT or b.kind is Kind.PERCENT:
        return a.kind is b.kind
    if a.kind is Kind.NUMBER or b.kind is Kind.NUMBER:
        return {a.kind, b.kind} == {Kind.NUMBER, Kind.COUNT}  # "All 19" after "17 people"
    if a.kind is Kind.COUNT or b.kind is Kind.COUNT:
        return a.kind is b.kind
    return a.kind is b.kind and a.unit == b.unit


def _headline_end(text: str) -> int | None:
    """Where a headline ends: a first line of at most 15 words with no closing stop ("Council approves
    212 new homes"), followed by the story; or a first sentence in headline style run into the story
    ("Ferry blaze kills 41 off Sulawesi. The fire ...")."""
    if (m := _HEADLINE_SENTENCE.match(text)) and _reads_as_headline(m.group("headline")):
        return m.end("headline")  # "Ferry blaze kills 41 off Sulawesi. The fire ... killed 44 passengers ..."
    return heading_line_end(text)


# a headline written as the first sentence, run into the story
_HEADLINE_SENTENCE = re.compile(r"\s*(?P<headline>[^.!?\n]{8,100})\.\s+(?=[A-Z\"“])")
_NOT_A_HEADLINE_START = re.compile(r"(?:the|a|an|this|that|these|those|it|he|she|they|we|i|in|on|at|by|for|after|before|"
                                   r"when|as|over|more|about|some|nearly|almost|of|from|during|since|until)\b", re.I)


def _reads_as_headline(sentence: str) -> bool:
    """A short first sentence in headline style: no article or pronoun to open it, no speech, no past
    tense, a figure in it ("Ferry blaze kills 41 off Sulawesi", "Hospital strike: 5,000 operations
    postponed", "COUNCIL BACKS 350 NEW HOMES")."""
    words = sentence.split()
    return 3 <= len(words) <= 10 and re.search(r"\d", sentence) is not None \
        and not _NOT_A_HEADLINE_START.match(sentence) and not re.search(r"\bsa(?:id|ys)\b", sentence, re.I) \
        and (sentence.isupper() or not re.search(r"\b[a-z]{3,}ed\b", sentence))


def _headline_restated(mentions: list[Mention], text: str) -> list[tuple[Quantity, Quantity, str]]:
    """The story's first sentences restate the headline's figures: "Council approves 212 new homes /
    Planners on Tuesday approved 221 new homes ...", "Lotto winner scoops $2.3m / A Dunedin woman has
    won $3.2 million ..."."""
    end = _headline_end(text)
    if end is None:
        return []
    heads = [m for m in mentions if m.quantity.end <= end]
    body = [m for m in mentions if m.quantity.start > end]
    if not heads or not body:
        return []
    first_sentence = body[0].quantity.sentence
    headline_words = set(re.findall(r"[a-z]+", text[:end].lower()))
    found = []
    for head in heads:
        for m in body:
            if m.quantity.sentence > first_sentence + 1 or not _family(m.quantity, head.quantity):
                continue
            happening = _same_happening(head, m)  # "Four hurt in crash / Five people were injured"
            same = head.noun is None or m.noun is None or related(head.noun, m.noun) \
                or head.quantity.kind is not Kind.COUNT or happening
            near = transposed(m.quantity, head.quantity) or _near(m.quantity, head.quantity) \
                or (happening and _near(m.quantity, head.quantity, 1.5)) \
                or (head.noun is not None and m.noun is not None and related(head.noun, m.noun)
                    and transposed(m.quantity, head.quantity, 2)) \
                or (scale_slipped(m.quantity, head.quantity)
                    and any(related(w, h) for w in (m.noun, *m.verbs) if w for h in headline_words))
            # ("approves 85 new homes / ... for 58 homes"; "cost blows out to A$1.2bn / ... will now cost A$120
            # million": a scale slipped, the body's noun or verb in the headline)
            if same and near and m.quantity.kind is not Kind.NUMBER:
                found.append((m.quantity, head.quantity, "headline"))
                break
    return found


# between a vote's two sides: "carried 212 to 185", "by 31 votes to 19", "passed 31-18"
TALLY_GAP = re.compile(r"\s+(?:votes?\s+)?to\s+|\s?[-–]", re.I)


def _vote_sides(quantities: list[Quantity], text: str) -> list[tuple[Quantity, Quantity]]:
    """A vote's two sides in one sentence: "passed the measure 31-18", "carried by 312 votes to 198"."""
    return [(a, b) for a, b in itertools.pairwise(quantities)
            if a.counted == b.counted == "vote" and a.sentence == b.sentence
            and TALLY_GAP.fullmatch(text[a.end:b.start])]


def _sides_said_again(mentions: list[Mention], sides: list[tuple[Quantity, Quantity]]) -> list[tuple[Quantity, Quantity, str]]:
    """A side of a vote counted again by those who cast it: "passed the measure 31-18 ... Of the 21 senators who
    voted no" (the second side), "... the 33 who voted for it" (the first), within three sentences."""
    found = []
    for later in mentions:
        if not later.definite or "vote" not in later.narrowing or later.quantity.kind is not Kind.COUNT:
            continue
        for yes, no in sides:
            if not 0 < later.quantity.sentence - yes.sentence <= 3:
                continue
            in_favour, against = _vote_labels()
            side = no if _labelled(later.narrowing, against) else yes if _labelled(later.narrowing, in_favour) else None
            if side is not None and side.value != later.quantity.value:
                found.append((later.quantity, side, "side"))
    return found


@cache
def _vote_labels() -> tuple[frozenset[str], frozenset[str]]:
    """The words of a vote's two sides, as the breakdowns read them (``exhaustive`` in ``breakdowns.yaml``, the group
    of a vote's for, against and abstentions): "voted for", "backed"; "against", "opposed", "no"."""
    group = next(g for g in table("breakdowns")["exhaustive"] if isinstance(g, dict) and "voted" in g.get("whole", []))
    return frozenset(group["labels"][0]), frozenset(group["labels"][1])


def _labelled(narrowing: set[str], labels: frozenset[str]) -> bool:
    return bool(narrowing & labels) or any(related(w, label) for w in narrowing for label in labels if len(label) > 3)


def _happening_told(later: Mention, before: list[Mention]) -> Mention | None:
    """The count a definite happening's clause tells again: "Three people were killed in a collision ... the
    crash, which claimed four lives"; "A gas explosion killed five people ... The blast, which left six
    dead". The nearest count, one or two sentences before, of those the same thing happened to (one action
    or a noun that names its group, ``named_by_verb``), with nothing telling a part of it ("died at the
    scene") and no date in its clause telling another occasion."""
    named = table(_TABLE)["named_by_verb"]
    for earlier in reversed(before):
        gap = later.quantity.sentence - earlier.quantity.sentence
        if gap > 2:
            break
        if gap <= 0 or not _family(later.quantity, earlier.quantity) or earlier.anchor_only:
            continue
        nouns_agree = _same_set_noun(later, earlier) or _both_people(later, earlier) \
            or any(n in named and m in person_nouns() for n, m in ((later.noun, earlier.noun), (earlier.noun, later.noun)))
        if not (nouns_agree and _one_action(later, earlier)):
            continue
        # (a measure "of" what it is of narrows nothing: "scorched 5,400 acres of timber and grassland")
        material = later.quantity.kind is Kind.MEASURE and "of" in later.narrowing and not later.narrowing & _PLACING
        # (a date elsewhere in either sentence tells when the happening began or ended, not another one: a date in
        # the later clause itself widens it)
        if earlier.partial or later.partial or later.widened or (later.restricted and not material):
            return None
        return earlier if later.quantity.value != earlier.quantity.value else None
    return None


def _one_action(a: Mention, b: Mention) -> bool:
    """Both were told by one action, or one by a noun that names the group the other's verb gave
    ("killed five people" / "left six dead", "claimed four lives"); not "victim" of two actions."""
    named = table(_TABLE)["named_by_verb"]

    def told(m: Mention) -> set[str]:
        return {action(v) for v in (*m.verbs, m.noun_verb) if v and v not in _LINKING_VERBS}

    def names(m: Mention) -> set[str]:
        return set(named.get(m.noun or "", [])) | told(m)

    return bool(told(a) & told(b)) or bool(told(a) & set(named.get(b.noun or "", []))) \
        or bool(told(b) & set(named.get(a.noun or "", []))) \
        or bool(a.noun in named and b.noun in named and names(a) & names(b) and a.noun == b.noun)


_LINKING_VERBS = {"leave", "be", "have", "claim", "take", "cost"}


def scale_slipped(a: Quantity, b: Quantity, counts: bool = False, shortest: int = 2) -> bool:
    """An amount (with ``counts``, a count) whose scale slipped when told again: ``shortest`` or more significant
    digits the same, a power of ten apart ("cost blows out to A$1.2bn / ... will now cost A$120 million", "1.2
    million signatures ... the 120,000 signatures"): a scale word or a zero slipped, not another order of thing."""
    if a.kind not in (Kind.MONEY, Kind.MEASURE, *((Kind.COUNT,) if counts else ())) or a.kind is not b.kind \
            or not a.value or not b.value or a.value == b.value:
        return False
    digits = significant_digits(a)
    ratio = math.log10(max(a.value, b.value) / min(a.value, b.value))
    return len(digits) >= shortest and digits == significant_digits(b) and abs(ratio - round(ratio)) < 1e-9


def _same_happening(a: Mention, b: Mention) -> bool:
    """Both figures count those something happened to, named by one action or by words that name one
    group ("hurt" / "injured", ``named_by_verb``): "Eight hurt as bus mounts pavement / Six people were hurt"."""
    named = table(_TABLE)["named_by_verb"]
    # a noun only when it names those something happened to ("hurt", "dead"), not "people"
    # and the noun a sum is "of": "Dentist fined £8,000 / ... ordered to pay a fine of £6,000"
    words_a = {w for w in (*a.verbs, a.noun_verb, a.frame, a.noun if a.noun in named else None) if w}
    words_b = {w for w in (*b.verbs, b.noun_verb, b.frame, b.noun if b.noun in named else None) if w}
    if any(action(x) == action(y) for x in words_a for y in words_b):
        return True
    return any(words_a & {noun, *verbs} and words_b & {noun, *verbs} for noun, verbs in named.items())


# "The 43-year-old previously ran ...": a person's age standing as the subject that refers back to them
_AGE_ANAPHOR = re.compile(r"\b(?:the|The)\s+$")
_ADDRESS_AFTER_AGE = re.compile(r",\s*of\s+[^,.;\n]{1,60},")


def _ages_restated(clauses, quantities: list[Quantity], text: str) -> list[tuple[Quantity, Quantity, str]]:
    """A person's age given beside their name ("Lena Marsh, 34, was named ...") and then as the
    subject that refers back to them ("The 43-year-old previously ran ..."), within two sentences,
    when the article names no other person between: one person, one age."""
    found = []
    ages = [q for q in quantities if q.role == "age"]
    for later in quantities:
        if later.kind is not Kind.COUNT or later.counted != "year" or not text[later.end:later.end + 10].startswith("-year-old") \
                or not _AGE_ANAPHOR.search(text[max(0, later.start - 5):later.start]):
            continue
        tokens = clauses.tokens_in(later.start, later.end + 9)
        old = next((t for t in tokens if t.lower_ == "old"), None)
        nxt = old.nbor(1) if old is not None and old.i + 1 < len(old.doc) else None
        if old is None or old.dep_ not in ("nsubj", "nsubjpass") and old.head.dep_ not in ("nsubj", "nsubjpass") \
                and not (nxt is not None and nxt.pos_ in ("ADV", "AUX", "VERB") and nxt.tag_ not in ("VBN", "VBG")) \
                and not (old.dep_ == "dobj" and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN"))
                         and old.head.lemma_.lower() in _DONE_TO
                         and not any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in old.head.children)):
            # ("Sentencing the 43-year-old to 16 months": the object of what others do to the person named, with no
            # noun after it; not "He punched the 43-year-old": whom the person did something to)
            # "the 43-year-old driver": another person may be meant; "The 78-year-old still tutors ...": the
            # word after it is a verb or an adverb, however the parser hung it, so it stands as the subject
            continue
        earlier = [a for a in ages if 0 < later.sentence - a.sentence <= 2]
        if len(earlier) != 1:
            continue
        age = earlier[0]
        named = {t.text for t in clauses.tokens_in(age.start - 40, age.start) if t.ent_type_ == "PERSON"}
        address = _ADDRESS_AFTER_AGE.match(text, age.end)  # "Maria Colley, 51, of Dean Lane, ...": a street
        others = {t.text for t in clauses.tokens_in(address.end() if address else age.end, later.start)
                  if t.ent_type_ == "PERSON" and not _speaker_of(t, old)} - named
        if named and not others:
            found.append((later, age, "age"))
    return found


_WHO_IS = re.compile(r"\b(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+),\s+who\s+(?:is|was|turned|turns)\s+(?:now\s+)?$")


def _ages_of_one_name(clauses, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity, str]]:
    """One person's age given twice beside their name, differently: "Midfielder Aroha Tane (22) scored twice
    ... Tane, 24, joined the club last season". The later name may be the surname alone; none when the article
    names two people of that surname ("John Reid, 45, and his son Tom Reid, 19") or a year tells two times."""
    named: list[tuple[Quantity, tuple[str, ...]]] = []
    for q in quantities:
        if not (tokens := clauses.tokens_in(q.start, q.end)) or q.kind is not Kind.NUMBER:
            continue
        doc = tokens[0].doc
        who = _WHO_IS.search(doc.text[max(0, tokens[0].idx - 40):tokens[0].idx])
        if who and q.value is not None and 0 < q.value <= 110 and q.value.is_integer():
            named.append((q, tuple(who.group("name").split())))  # "Vogt, who is 43, has taught ...": by a relative clause
            continue
        if q.role != "age":
            continue
        before = tokens[0].doc[tokens[0].i - 2] if tokens[0].i >= 2 else None
        entity = next((e for e in tokens[0].doc.ents if before is not None and e.start <= before.i < e.end
                       and e.label_ == "PERSON"), None)
        if entity is not None:
            named.append((q, tuple(t.text for t in entity if t.is_alpha)))
    found = []
    for k, (later, name) in enumerate(named):
        for earlier, earlier_name in reversed(named[:k]):
            if not name or not earlier_name or name[-1] != earlier_name[-1] or later.value == earlier.value:
                continue
            people = {n[:-1] for _, n in named if n and n[-1] == name[-1] and len(n) > 1}
            years = [q for q in quantities if q.kind is Kind.DATE and earlier.sentence <= q.sentence <= later.sentence
                     and re.search(r"\d{4}", q.text)]
            if len(people) <= 1 and not years:
                found.append((later, earlier, "age"))
            break
    return found


def _speaker_of(person, token) -> bool:
    """The person is the subject of a verb of saying whose words hold ``token``: "Prosecutor Helen Marsh
    told the jury the 24-year-old had ..." speaks of another, she is not the 24-year-old."""
    head = person
    while head.dep_ in ("compound", "flat", "appos") and head.head.i != head.i:
        head = head.head
    verb = head.head
    return head.dep_ == "nsubj" and verb.lemma_.lower() in _SPEECH and token.doc is verb.doc \
        and any(t.i == token.i for t in verb.subtree) and token.i > verb.i


_SPEECH = words(_TABLE, "speech_lemmas")
_DONE_TO = words(_TABLE, "done_to_a_person")


def _same_span(later: Mention, earlier: Mention, dated: dict[int, set[str]]) -> bool:
    """Two spans of one event told in two sentences: "The trial lasted 11 weeks. During the 17-week
    trial, ..."; "will strike for 48 hours ... the three-day walkout"; "held captive for 17 days ...
    The three, who were released after seven days in captivity". The later one names its event
    definitely or in a quote; one told at another time ("will strike ... struck last year", two
    dates), of another bearer ("H.R. 5860 would fund the government for 45 days ... H.R. 5525, which
    would have funded it for thirty days") or in units that do not convert exactly (weeks and months) is
    another span."""
    if earlier.quantity.kind is not Kind.DURATION or earlier.quantity.sentence >= later.quantity.sentence \
            or not _family(later.quantity, earlier.quantity) \
            or not (later.definite or later.event_definite or later.quoted) \
            or _other_occasion(dated, later.quantity, earlier.quantity) \
            or (later.tense and earlier.tense and later.tense != earlier.tense) \
            or (later.bearer and earlier.bearer and not related(later.bearer, earlier.bearer)
                and not {later.bearer, earlier.bearer} & _ANYONE):
        return False
    return any(related(a, b) for a in later.events for b in earlier.events)


def _other_occasion(dated: dict[int, set[str]], a: Quantity, b: Quantity) -> bool:
    """Both sentences date what they tell, differently: "In 2021 it sold 1,230 homes. In 2022 it sold 1,320"."""
    da, db = dated.get(a.sentence), dated.get(b.sentence)
    return bool(da and db and not da & db)


def _drifted(later: Quantity, earlier: Quantity) -> bool:
    """One figure drifted from the other when told again: within half as much again, or two digits swapped."""
    return _near(later, earlier, 1.5) or transposed(later, earlier, 2)


def _near(a: Quantity, b: Quantity, ratio: float = 1.25) -> bool:
    """Within a quarter of each other: a headline's "212 homes" and the story's "221 homes" are one
    count drifted; its "$371 million" and the story's "$168 million" are a total and a part."""
    if not a.value or not b.value:
        return False
    return max(a.value, b.value) / min(a.value, b.value) <= ratio


# the words before a figure that make it a row of a fact box: "Total spending: ", "- Route length: "
_FACT_ROW_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?(?P<label>[A-Za-z][A-Za-z '’&/-]{1,40}?)[ \t]*:[ \t]*[$£€]?$")
_FACT_ROW_END = re.compile(r"[ \t]*[A-Za-z%]{0,12}\.?[ \t]*(?:\n|$)")


def _rows_told_again(mentions: list[Mention], quantities: list[Quantity], text: str) -> list[tuple[Quantity, Quantity, str]]:
    """A fact box's row told again in the story: "Total spending: $4.2 billion" and "Lawmakers approved the $4.6
    billion spending plan". The row's label ends in the noun the story's figure names (its noun, frame or a
    modifier), the story's figure is definite or names it by that very noun, and the two drifted apart; no other
    figure of the article says the story's value, so no other row or sentence may be the one it tells."""
    rows = []
    for q in quantities:
        if q.kind not in _KINDS or q.value is None or q.kind is Kind.DURATION:
            continue
        label = _FACT_ROW_LABEL.search(text[max(0, q.start - 60):q.start])
        if label is not None and _FACT_ROW_END.match(text[q.end:q.end + 20]):
            words_of_label = re.findall(r"[a-z]+", label.group("label").lower())
            if words_of_label and not any(w in words(_TABLE, "time_frames") for w in words_of_label):
                rows.append((q, words_of_label[-1]))
    found = []
    row_ids = {q.id for q, _ in rows}
    for row, head in rows:
        for m in mentions:
            q = m.quantity
            if q.id in row_ids or not _family(q, row) or q.value == row.value or m.restricted \
                    or not (_drifted(q, row) or transposed(q, row)):
                continue
            named = {w for w in (m.noun, m.frame, *m.modifiers) if w}
            if not any(related(w, head) for w in named) or not (m.definite or m.noun == head):
                continue
            if any(o.id != q.id and _family(o, q) and o.value == q.value for o in quantities):
                continue  # the story's value is told elsewhere too: that may be what it says again
            if any(o.kind is Kind.DATE and o.sentence == q.sentence and abs(o.start - q.start) < 30 for o in quantities):
                continue  # "The 2023 budget of $4.8 million": dated beside it, maybe another year's
            later, earlier = (q, row) if q.start > row.start else (row, q)
            found.append((later, earlier, "row"))
            break
    return found


# a definite frame noun and a comma right before a figure: "That total, ", "The final figure, "
_FRAME_THEN_COMMA = re.compile(r"(?:^|\s)(?:that|this|the|its|their)\s+(?:[\w-]+\s+)?(?P<frame>[a-z]+)\s*,\s*$", re.I)
_COMPARED_FROM = re.compile(r"\b(?:up|down)\s+from\s+[$£€]?$", re.I)


def find_restatements(clauses, quantities: list[Quantity],
                      text: str | None = None) -> list[tuple[Quantity, Quantity, str]]:
    """(later, earlier, link) for every later figure that refers back to an earlier one; ``text`` is the
    article body, whose first line may be a headline. Measures are compared in one unit per dimension:
    "4.8 kilometres long ... At 4,300 metres, it is ..." (the figures returned are those copies)."""
    quantities = [in_base_unit(q) for q in quantities]
    found_ages = (_ages_restated(clauses, quantities, text) if text is not None else []) \
        + _ages_of_one_name(clauses, quantities)
    mentions = [m for q in quantities if q.kind in _KINDS and q.value is not None and q.role is None
                and (m := mention(clauses, q)) is not None
                and (q.kind is not Kind.NUMBER or m.bare or m.noun or m.anchor_only or m.frame or m.definite)]
    dated: dict[int, set[str]] = {}
    for q in quantities:
        if q.kind is Kind.DATE:
            dated.setdefault(q.sentence, set()).add(q.iso_date or q.text.lower())
    found = found_ages
    # a vote's sides are said again only by those who cast them: two votes of one article differ by design
    sides = _vote_sides(quantities, text) if text is not None else []
    voted = {q.id for pair in sides for q in pair}
    found += _sides_said_again(mentions, sides)
    mentions = [m for m in mentions if m.quantity.id not in voted]
    if text is not None:
        found += [f for f in _rows_told_again(mentions, quantities, text) if not _other_occasion(dated, f[0], f[1])]
    # a first sentence read as a headline tells another occasion when the two date theirs differently:
    # "Revenue rose 17% to $812m in 2023. In 2022 it was $760m."
    found += [f for f in (_headline_restated(mentions, text) if text is not None else [])
              if not _other_occasion(dated, f[0], f[1])]
    for i, later in enumerate(mentions):
        if later.anchor_only:
            continue
        # a paragraph is the reach of a bare "the N parcels": a later paragraph may count another set
        paragraph_start = text.rfind("\n\n", 0, later.quantity.start) if text is not None else -1
        if later.quantity.kind is Kind.DURATION:
            span = next((e for e in reversed(mentions[:i]) if _same_span(later, e, dated)), None)
            if span is not None:
                found.append((later.quantity, span.quantity, "span"))
                continue
        if later.event is not None and (earlier_told := _happening_told(later, mentions[:i])) is not None:
            found.append((later.quantity, earlier_told.quantity, "happening"))
            continue
        if not later.definite:
            # "The hospice raised £48,500 ... 'To have raised £45,800 in a single night'": the same verb (or a
            # definite frame: "The recall covers 49,000 vehicles") and the digits transposed, with no date
            # telling two occasions apart
            for earlier in reversed(mentions[:i]):
                if earlier.quantity.sentence != later.quantity.sentence and _family(later.quantity, earlier.quantity) \
                        and (later.verbs & earlier.verbs or later.subject_frame
                             or any(v in _named_by(earlier.noun) for v in later.verbs)
                             # "9,800 runners ... 8,900 people took part": four digits swapped, one group of it,
                             # no more than two sentences on
                             or len(re.sub(r"\D", "", later.quantity.text)) >= 4
                             and 0 < later.quantity.sentence - earlier.quantity.sentence <= 2
                             and (later.noun is None or earlier.noun is None or _same_set_noun(later, earlier)
                                  or _both_people(later, earlier))
                             # "employs 430 people ... 'We have 340 people working at Hallam Road'": three
                             # digits swapped, the same noun, the next sentence
                             or later.noun is not None and later.noun == earlier.noun
                             and later.quantity.sentence - earlier.quantity.sentence == 1) \
                        and transposed(later.quantity, earlier.quantity) \
                        and not _other_occasion(dated, later.quantity, earlier.quantity) \
                        and len(re.sub(r"\D", "", later.quantity.text)) >= 3:
                    found.append((later.quantity, earlier.quantity, "transposed"))
                    break
            else:
                earlier_said = _said_again(later, mentions[:i], dated)
                if earlier_said is not None:
                    found.append((later.quantity, earlier_said.quantity, "quoted"))
            continue
        before = list(reversed(mentions[:i]))
        if later.bare:  # "All 19 were taken to hospital": the group a verb named ("rescued 17 people") first
            # the nearest sentence before that counts anything ("brought nine climbers down ... The group had
            # set out ... 'All eight were cold'"); a count between two sentences back is another set's
            counted = [q.sentence for q in reversed(quantities) if q.kind is Kind.COUNT
                       and q.sentence < later.quantity.sentence]
            before = [m for m in before if counted and m.quantity.sentence == counted[0]]
            before.sort(key=lambda m: not m.verbs)
        for earlier in before:
            # (bare numbers too, for a frame that names one: "reached 312 last year ... That total, 231,")
            alike = _family(later.quantity, earlier.quantity) \
                or later.frame is not None and later.quantity.kind is earlier.quantity.kind is Kind.NUMBER
            if not alike or (later.phrase and later.phrase == earlier.phrase):
                continue  # "the squad of 23 — three goalkeepers, ...": one noun phrase, a whole and its part
            if text is not None and _COMPARED_FROM.search(text[max(0, earlier.quantity.start - 12):earlier.quantity.start]):
                continue  # "5,310 parcels in March, up from 4,900 in February": the other period's figure
            how = link(later, earlier, paragraph_start)
            if how == "same noun" and _other_occasion(dated, later.quantity, earlier.quantity):
                continue  # "last year's £4m budget ... this year's £5m budget": two occasions, two figures
            if how and (later.quantity.kind is not Kind.DURATION or how == "verb"):
                found.append((later.quantity, earlier.quantity, how))
                break
    return found
