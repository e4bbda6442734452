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

from dataclasses import dataclass, field

from factcheck.lang import words
from factcheck.records import Kind, Quantity

_TABLE = "restatements"
# what a restated figure may be: counts, and money or measures of one unit
_KINDS = {Kind.COUNT, Kind.MONEY, Kind.MEASURE}
_DEFINITE = {"the", "those", "these", "its", "their", "his", "her", "our", "all", "both"}
_OTHER_PART = {"remaining", "other", "rest", "additional", "further", "extra", "first", "last", "next", "final",
               "new", "more", "another", "latest", "previous", "initial", "only", "some", "many", "few"}
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
    "close" / "closure", "sign" / "signatory"; not "contract" / "control"."""
    a, b = a.lower(), b.lower()
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


def _figure_tokens(clauses, q: Quantity) -> list:
    return clauses.tokens_in(q.start, q.end)


def _noun(tokens: list):
    """The noun the figure's tokens count: up the chain of number, unit and compound links."""
    for tok in tokens:
        head = tok
        for _ in range(3):
            if head.dep_ in ("nummod", "compound", "quantmod", "nmod", "amod") and head.head.i != head.i:
                head = head.head
            else:
                break
            if head.pos_ in ("NOUN", "PROPN") and head.i >= tokens[0].i:
                return head
    return None


def _verb_of(noun) -> str | None:
    """The verb that names the set: the noun as its object or subject, through "of" after a frame."""
    tok = noun
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            tok = tok.head.head  # "a total of 8,200 runners finished": up to "total"
            continue
        if tok.dep_ in _LINKING_DEPS and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_ != "be":
            return tok.head.lemma_.lower()
        if tok.dep_ in ("attr", "nsubj") and tok.head.lemma_ == "be":
            return None
        break
    return None


def mention(clauses, q: Quantity) -> Mention | None:
    tokens = _figure_tokens(clauses, q)
    if not tokens:
        return None
    noun = _noun(tokens)
    if noun is None:
        return None
    m = Mention(q, noun=noun.lemma_.lower())
    participle = None
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.i not in {t.i for t in tokens}:
            m.modifiers.add(child.lemma_.lower())
        elif child.dep_ == "acl" and child.tag_ == "VBN" and not list(child.children):
            m.modifiers.add(child.lemma_.lower())  # "the 54 hectares burned"
        elif child.dep_ in ("prep", "relcl", "acl"):
            m.restricted = True
            if child.dep_ == "acl" and child.tag_ in ("VBN", "VBD") and participle is None:
                participle = child.lemma_.lower()  # "1,250 volunteers registered for ...": the set's verb
        if (child.dep_ in ("det", "predet") and child.lower_ in _DEFINITE) or child.dep_ == "poss":
            m.definite = True
        if child.lower_ in _OTHER_PART:
            return None
    if any(t.lower_ in _OTHER_PART for t in tokens) or any(t.dep_ == "amod" and t.lower_ in _OTHER_PART
                                                           for t in noun.lefts):
        return None
    m.verb = _verb_of(noun) or participle
    frame = None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        frame = noun.head.head  # "the union's tally of 5,400 nurses", "The poll of 1,120 adults"
    elif noun.dep_ == "dobj" and noun.head.dep_ == "acl" and noun.head.head.pos_ == "NOUN":
        frame = noun.head.head  # "The recall, covering 61,000 cars"
    if frame is not None:
        m.frame = frame.lemma_.lower()
        if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in frame.children):
            m.definite = True
    return m


def link(later: Mention, earlier: Mention) -> str | None:
    """How the later mention refers back to the earlier one, or None when it does not."""
    if not later.definite or later.restricted:
        return None
    same_noun = later.noun is not None and earlier.noun is not None and related(later.noun, earlier.noun)
    if earlier.verb and later.frame and related(later.frame, earlier.verb) and same_noun:
        return "verb"  # "recalled 16,000 cars" / "The recall, covering 61,000 cars"
    if earlier.verb and later.noun and related(later.noun, earlier.verb) \
            and (not (later.modifiers - {earlier.noun})
                 or (earlier.noun and any(related(w, earlier.noun) for w in later.modifiers))):
        return "verb"  # "8,200 runners finished" / "the 8,800 finishers"; "cut 1,400 jobs" / "the 1,100 job cuts"
    if same_noun and earlier.verb and any(related(w, earlier.verb) for w in later.modifiers):
        return "participle"  # "the 54 hectares burned", "the 190,000 affected vehicles"
    if same_noun and later.frame and later.frame in words(_TABLE, "frames"):
        return "frame"  # "the union's tally of 5,400 striking nurses", "the poll of 1,120 adults"
    return None


def _family(a: Quantity, b: Quantity) -> bool:
    if a.kind is Kind.COUNT or b.kind is Kind.COUNT:
        return a.kind is b.kind
    return a.kind is b.kind and a.unit == b.unit


def find_restatements(clauses, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity, str]]:
    """(later, earlier, link) for every later figure that refers back to an earlier one."""
    mentions = [m for q in quantities if q.kind in _KINDS and q.value is not None and q.role is None
                and (m := mention(clauses, q)) is not None]
    found = []
    for i, later in enumerate(mentions):
        if not later.definite:
            continue
        for earlier in reversed(mentions[:i]):
            if not _family(later.quantity, earlier.quantity):
                continue
            how = link(later, earlier)
            if how:
                found.append((later.quantity, earlier.quantity, how))
                break
    return found
