"""Breakdowns: a whole and the figures said to be its parts, however the sentence is built.

A breakdown has three pieces, each read from classes of words (``factcheck/lang/en/breakdowns.yaml``)
and from the clause structure rather than from fixed phrasings:

- a **list** of parts: figures of one family (counts, one currency, one dimension) joined by
  commas, "and", "plus", semicolons or brackets, with short labels between them ("cloud ($5.1
  billion), devices ($4.2 billion)", "85 on Monday, 40 on Tuesday") and no new clause (a gap
  holding a subject pronoun, or a verb that is neither repeated from the previous gap nor a
  verb of being or of breaking down, ends the list: "..., it is closing two buildings");
- a **whole**, found where news puts it: before the list with a breakdown word between
  ("including", "comprising", "split into", ":", "of whom"), after a partitive ("Of the 900
  homes, ...", "Among the 300 staff are ..."), after a breakdown noun ("a breakdown of the 80
  vehicles lists ..."), after the list with a totaliser ("..., 175 in all", "for a total of
  $545 billion"), or in the sentence before when the list opens its own sentence ("The county
  recorded 47 deaths. Twenty-one were drivers, ...");
- **completeness**: the parts are the whole breakdown (``total_of``) when the word says so
  ("comprise", "split into", "in all"), when a last part closes the list ("the remaining 9",
  "the rest"), or when the list is announced with its length ("split three ways:"); otherwise
  they may leave things out (``part_of``). Words saying other parts exist ("in addition to",
  "other", "among others") make a list partial whatever else it says.

Every other figure that could be the whole just as well is kept as an alternative, so that a
check can read the breakdown charitably: "86 goals in 38 games: 50 at home and 36 away" is
consistent with 86, whatever it says of 38.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.analysis import heading_line_end, same_paragraph
from factcheck.extraction.changes import ORIGIN_CUE, people_alike, sentence_start
from factcheck.extraction.restatements import TALLY_GAP, related
from factcheck.lang import alternation, table, words
from factcheck.records import Kind, Quantity, RelationType

COUNTABLE = {Kind.COUNT, Kind.NUMBER}
AMOUNTS = {Kind.COUNT, Kind.NUMBER, Kind.MONEY, Kind.MEASURE, Kind.DURATION}
_TABLE = "breakdowns"


def _phrases(*classes: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(_TABLE, *classes)})(?![\w-])", re.I)


PARTIAL = _phrases("partial")
COMPLETE = _phrases("complete")
TOTAL_AFTER = re.compile(rf"^[\s,]*(?:[a-z][\w'-]*\s+){{0,4}}?(?:{alternation(_TABLE, 'totalisers_after')})(?![\w-])",
                         re.I)
TOTAL_BEFORE = re.compile(rf"(?<![\w-])(?:{alternation(_TABLE, 'totalisers_before')}|"
                          r"(?:bring|take|push|rais|lift)\w*\s+(?:the|its|their|our)?\s*total(?:\s+[\w-]+){0,5}\s+to|"
                          # "for a total haul of 67 medals", "a combined total of": a noun between "total" and "of"
                          r"(?:for\s+)?an?\s+(?:combined\s+|grand\s+)?total\s+[a-z]+\s+of|"
                          # "..., giving a council of 50", "making a squad of 23": the whole the parts form
                          r"(?:giving|making|forming|creating)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){1,2}?of)"
                          rf"(?:\s+(?:the|a|an|of|to|some|about|nearly|almost|roughly|around))*[\s,:$£€]*$", re.I)
PARTIAL_BEFORE_WHOLE = re.compile(rf"(?<![\w-])(?:{alternation(_TABLE, 'partial_before_whole')})"
                                  rf"(?:\s+(?:the|a|an|its|their|his|her|our|all|my|your|this|these|those|possible|"
                                  rf"maximum|available))*"
                                  r"(?:\s+(?:[\w.-]+\s+){0,2}?[\w.-]+(?:['’]s|s['’]))?\s*$", re.I)
PARTITIVE = re.compile(rf"(?:^|[.!?:;,\"“”(]\s*|\n\s*|\b(?:and|but|while)\s+)"
                       rf"(?P<word>{alternation(_TABLE, 'partitive_before_whole')})"
                       r"\s+(?:all\s+)?(?:the|those|these|its|their|his|her|our|this|that|(?:last|this)\s+(?:year|month|"
                       r"week|season)['’]s)"
                       # "Of the shelter's 60 beds", "Of the Eastside shelter's 60 beds"
                       r"(?:(?:\s+[\w-]+)?\s+[\w-]+['’]s?)?\s+$|(?:^|[.!?;,\"“”(]\s*|\n\s*)out\s+of\s+$", re.I)
# the gap before a list's last figure, and after it a new noun phrase that ends the list
LAST_CONJUNCT = re.compile(r"\band\s+(?:the\s+remaining\s+|a\s+further\s+)?[$£€]?$", re.I)
NEW_PHRASE = re.compile(r"[^,;]{0,30},\s*(?:the|its|their|his|her|all)\s+[$£€]?$", re.I)
# a vote's tally: "voted 34 to 28", "by 31 votes to 19", "a majority of 10 to two"
TALLY_BEFORE = re.compile(rf"\b(?:{alternation(_TABLE, 'tally_before')})\s+(?:an?\s+)?$", re.I)
TALLY_COMPLETE = re.compile(rf"\b(?:{alternation(_TABLE, 'tally_complete')})\b", re.I)
ABSTAINING = re.compile(rf"\s+(?:{alternation(_TABLE, 'tally_abstentions')})\b", re.I)
# the body a number counts when it follows its noun: "the jury of 12", "a board of nine"
VOTING_BODY_OF = re.compile(rf"\b(?:{alternation(_TABLE, 'voting_bodies')})s?\s+of\s+$", re.I)
# a part "of" (or "in") a thing whose size a relative clause gives after it: "1,040 hectares of the nature
# reserve, which covers 1,200 hectares", "90 beds at the hospital, which has 420 beds"
OF_WHOLE_WHICH = re.compile(r"^(?:\s+[\w'’-]+){0,2}?\s*(?P<prep>of|in|at|across|within)\s+(?:the|its|their|his|her|our|this|that)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,?\s+"
                            rf"(?:which|that)\s+(?:now\s+|still\s+)?(?:{alternation(_TABLE, 'size_of_relative')})"
                            rf"\s+(?:(?:{alternation('hedges')})\s+)?(?:a\s+total\s+of\s+)?$", re.I)
# "64 homes in Sandsend, a village of just 58 homes": the place a count is in, set beside by how many it holds
PLACE_OF_WHOLE = re.compile(r"^\s+[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:in|at|across|of)\s+"
                            r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}?[a-z]+\s+of\s+"
                            rf"(?:(?:{alternation('hedges')}|just|only)\s+)?$")
# between a part and the group a figure sizes: " electric buses in its ", " in the "
SIZED_GROUP_GAP = re.compile(r"(?:\s+[a-z-]+){0,3}\s+in\s+(?:its|their|the|his|her|our)\s+", re.I)
BREAKDOWN_NOUN = re.compile(rf"\b(?:{alternation(_TABLE, 'breakdown_nouns')})\s+of\s+(?:the|its|their|all|this|these)?\s*$",
                            re.I)
# "Of 1,500 residents surveyed, ...": a partitive with no determiner, opening its sentence
BARE_PARTITIVE = re.compile(rf"\s*[\"“‘']?\s*(?P<word>{alternation(_TABLE, 'partitive_before_whole')})\s+", re.I)
# a figure told per head: "£90,000 to each of her two daughters", "40 each", "£5 apiece", "two per class"
EACH_AFTER = re.compile(r"^\s*(?:(?:[a-z]+\s+){0,2}(?:to|for|of)\s+each\b|each\b|apiece\b|per\s+(?!cent\b)[a-z]+)", re.I)
# "..., a combined 104 for the three nations": the figure after is the list's total, not another part
COMBINED_NEXT = re.compile(r"\ban?\s+combined\s*$", re.I)
CLOSURE = _phrases("closure")
# a table's total row and its rows: "Total: 68", "Total valid votes: 3,373"; "North: 21", "; Liberal Democrat 610"
TOTAL_ROW = re.compile(r"(?:^|\n|[.;]\s+)[ \t]*\|?[ \t]*(?:(?:the\s+)?(?:grand\s+|overall\s+)?total\b[^\n\d.;:|]{0,30}|all\s+[a-z]+)"
                       r"[ \t]*[:=–—|-]?[ \t]*[$£€]?$", re.I)
ROW_END = re.compile(r"[ \t]*[A-Za-z%]{0,12}\.?[ \t]*\|?[ \t]*(?:\n|$)")
ROW_TAIL = re.compile(r"[ \t]*[A-Za-z%]{0,12}\.?[ \t]*\|?[ \t]*")
# a row's label: a few words, perhaps with a party or a code in brackets ("Patel (Lab)")
_ROW_LABEL_WORDS = r"[A-Za-z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,4}(?:[ \t]*\([^()\n\d]{1,20}\))?"
_ROW_LABEL = rf"(?:{_ROW_LABEL_WORDS})?"
ROW_BULLET = r"(?:[-•*–][ \t]+)?"  # "- Cloud: 412"
ROW_GAP = re.compile(r"[ \t]*[A-Za-z%]{0,12}[ \t]*\|?[ \t]*(?:[.;,]?[ \t]*\n[ \t]*\|?[ \t]*" + ROW_BULLET + r"|[.;][ \t]+)"
                     + _ROW_LABEL + r"[ \t]*[:=–—|-]?[ \t]*[$£€]?")  # (a pipe table's cells too: "Ward A | 14")
ROW_START = re.compile(r"(?:[:—–]|\n)[ \t]*\|?[ \t]*" + ROW_BULLET + _ROW_LABEL + r"[ \t]*[:=–—|-]?[ \t]*[$£€]?$")
# the rest of a heading line after its whole, up to the colon that opens rows: " delay incidents, by cause:" (a year
# in it is no figure of it: "The £12.5m budget for 2025-26 is split as follows:")
HEADING_AFTER = re.compile(r"(?:[^\n\d:;.]|(?<!\d)(?:19|20)\d\d(?:[-–/]\d\d(?:\d\d)?)?(?!\d)){0,80}?"
                           r"(?P<by>\bby\s+[a-z]+(?:\s+[a-z]+)?\s*)?:[ \t]*\n", re.I)
# between rows: the end of the last row, a line break, a bullet and the next row's label
HEADING_ROW = re.compile(r"[ \t]*[A-Za-z%]{0,12}\.?[ \t]*\n?[ \t]*(?:[-•*–][ \t]*)?(?P<label>"
                         + _ROW_LABEL_WORDS + r")[ \t]*[:=–—-]?[ \t]*[$£€]?")
# a bulleted row that opens with its figure: "\n- 61 drivers", "* $400,000 to the plaintiff"
FIGURE_FIRST_ROW = re.compile(r"[ \t]*\n?[ \t]*[-•*–][ \t]*[$£€]?")
# a heading that says its whole is divided up: "The £12.5m budget is split as follows:", "broken down by ward:"
DIVIDED_HEADING = re.compile(rf"\b(?:{alternation(_TABLE, 'dividing_words')})\b", re.I)
CLOSING_ROW = re.compile(rf"(?:{alternation(_TABLE, 'closing_row_label')})\b", re.I)
CLOSING_PART = re.compile(rf"(?:\b(?:and|while|but|with)\b|;)[^.;:!?]*?(?<![\w-])(?:{alternation(_TABLE, 'closure')})\s+[$£€]?$",
                          re.I)  # "... and acquitted him on the other seven": the last part is the rest
# "Of those, 3.1m travelled ...": a pronoun of the sentence before, however far its paragraph
OF_THOSE_OPENING = re.compile(r"\s*[\"“‘']?\s*(?:of|among)\s+(?:them|these|those|that|this)\s*,\s*", re.I)
# the rest named right before the last figure: "and the remaining $250,000", "with the other 56"
CLOSING_FIGURE = re.compile(r"\b(?:the|its|their)\s+(?:remaining|other)\s+[$£€]?$", re.I)
OPEN_LIST = _phrases("open_list")
OTHER = re.compile(r"\bother\s+(?!than\b)[a-z]", re.I)  # "other federal sources": more parts exist, unless a closure says not
COMBINING = _phrases("combining")
CLAUSE_SUBJECT = re.compile(rf"(?<![\w'-])(?:{alternation(_TABLE, 'clause_subjects')})\s+(?:is|are|was|were|has|have|"
                            r"had|will|would|can|could|may|might|should|must|does|did|do|\w+ed|\w+s)\b", re.I)
# "or" right before a figure offers an alternative: "$75,000, or $150,000", "or about $46 billion"
ALTERNATIVE = re.compile(r"\bor\s+(?:(?:about|around|some|nearly|roughly|almost|up\s+to)\s+)?[$£€]?$", re.I)
# a percentage or a sum of money between two counts belongs to another list
OTHER_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b)|[$£€]\s?\d", re.I)
# a figure followed by a comparison is a difference, not a part: "three more than had died last year"
# "three more than last year"; not "of which 90 are more than 15 years old", a trait of the 90
COMPARISON_AFTER = re.compile(r"^\s+(?:(?!(?:are|were|is|was)\b)[a-z]+\s+)?(?:more|fewer|less|higher|lower|greater|times)\b",
                              re.I)
JOINER = re.compile(r",|;|\band\b|\bplus\b|\bas\s+well\s+as\b|&|\)|\(", re.I)
# "split three ways:", "three groups of", "two segments:": the list is announced with its length
ANNOUNCED = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?:[a-z-]+\s+){0,2}?"
                       r"(?:ways|parts|groups|segments|categories|types|kinds|sources|legs|stages|phases|"
                       r"components|pieces|shares|tranches|instalments|installments|areas|regions|divisions|"
                       r"units|sectors|streams|programmes|programs|projects|grants|awards|items|"
                       # any plural noun right before the colon that opens the list: "drew on three funds:"
                       r"[a-z]+s(?=\s*:))\b[^.;]{0,25}$", re.I)
# a whole's clause ends at a semicolon and the parts open the next: "...; Labour won nine, ..."
SEMICOLON_LEAD = re.compile(r";\s*(?:[\w'’-]+\s+){0,3}$")
# the words that add one more part of the same set right before a figure
FURTHER_PART = re.compile(r"\b(?:and|while|with)\s+(?:another|a\s+further|an\s+additional|a\s+further\s+)\s*[$£€]?$|"
                          # "Smith scored 28 of his team's 61 points, and Okafor added 35"; "... and the city
                          # contributed $4m": another contributor's share of the same whole
                          r",?\s*\b(?:and|while)\s+(?:the\s+)?(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:added|contributed|chipped\s+in)"
                          r"(?:\s+(?:another|a\s+further|with))?\s*[$£€]?$", re.I)
# after a single part, a verb of going to a use: "with 19,200 going to adult members"
# a clause giving one part its share of the whole before it: ", with a single operator accounting for"
SHARE_CLAUSE = re.compile(r",\s*(?:with|and)\s+(?:[\w'’-]+\s+){1,5}?(?:accounting\s+for|representing|making\s+up)"
                          r"\s+(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?[$£€]?$", re.I)
# a part on one side of a threshold: "aged 18 or over", "under 18"
THRESHOLD = re.compile(r"^\s+(?:(?:were|are|was|is)\s+)?(?:(?:aged|age)\s+)?(?:(?P<up>\d+)\s+(?:or|and)\s+(?:over|older|above)"
                       r"|(?:over|older\s+than|above)\s+(?P<over>\d+)"
                       r"|(?:under|younger\s+than|below)\s+(?P<down>\d+))\b", re.I)
# a band between two thresholds: "31 were aged 30 to 50", "were between 30 and 49"
BAND = re.compile(r"^\s+(?:(?:were|are|was|is)\s+)?(?:(?:aged|age)\s+)?(?:between\s+)?(?P<low>\d+)\s*(?:to|and|-|–)\s*(?P<high>\d+)\b",
                  re.I)
# a sample a share or a count is of: "In a survey of 2,000 adults, 64% ..."
SAMPLE_FRAME = re.compile(rf"\b(?:{alternation(_TABLE, 'sample_nouns')})\s+of\s+(?:(?:{alternation('hedges')})\s+)?$", re.I)
GOING_TO = re.compile(r"^\s+(?:going|gone|went|coming|allocated|earmarked|set\s+aside|spent|paid|based|located|"
                      r"working|employed|living)\b", re.I)
INCREMENT = re.compile(r"(?:bring|tak|push|rais|lift)\w*\b", re.I)
# after a list, its length given as all there are: ", its only three markets", ", the two sites in all"
CLOSING_COUNT = re.compile(r"^\)?(?:\s+(?:at|in|on|from|for|to)\s+[^,;.()\d]{1,40}?|(?:\s+[a-z][\w'’-]*){1,3})?\s*,\s*"
                           r"(?:its|their|the|his|her|our)\s+(?:only|sole|entire|whole)\s+"
                           r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# a sentence opening that refers back to the whole of the sentence before and breaks it down:
# "Those killed included 23 ...", "They comprised ...", "The dead were ..."
ANAPHORIC_LEAD = re.compile(rf"\s*(?:those|these|they|the\s+[a-z-]+)(?:\s+[a-z-]+)?\s+"
                            rf"(?:{alternation(_TABLE, 'partial', 'complete')}|were|are)\s*:?\s*", re.I)
# the sides of a vote label its parts: "seven in favour and eight against", "three abstained"
VOTE_SIDE = re.compile(r"^\s+(?:against|in\s+favou?r|for\b|abstain\w*|opposed|votes?\s+(?:for|against))", re.I)
# an item of the list told without a figure ("a goalkeeper", "one coach"), before its first figure or
# between two: the figures are not all of it
UNCOUNTED_ITEM = re.compile(r"(?:[:—–]|\b(?:of|into|between|comprising|including|comprises|were|are))\s+"
                            r"(?:a|an|one)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*(?:,|\band\b)\s*$", re.I)
UNCOUNTED_ITEM_INSIDE = re.compile(r",\s*(?:a|an|one)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*,", re.I)
# an item with no figure after the last part: "Okafor (six), Brandt (four) and an own goal"
UNCOUNTED_ITEM_AFTER = re.compile(r"^[)\]]?\s*,?\s*(?:and|plus)\s+(?:a|an|one)\s+[a-z]", re.I)
# an item with no figure closing the list before its total: "four judges, three lay members and a chair — eight"
UNCOUNTED_ITEM_LAST = re.compile(r"^[\w\s-]{0,40}?,?\s+and\s+(?:a|an|one)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?\s*[,—–:(-]", re.I)
# after a count that announces the list: "three sources: 620 ...", "three plants, in Lyon (420 ...)"
ANNOUNCING_GAP = re.compile(r"[:(—–]|\b(?:namely|in|at|from|including|of\s+which)\b", re.I)
# a partitive naming a whole without a figure, opening the sentence: "Of the ballots cast in the
# referendum, ", "Among those polled, "
UNNAMED_WHOLE = re.compile(r"\s*[\"“]?\s*(?:of|among)\s+(?:all\s+)?(?:the|those|these|its|their)\b[^,;:\d%]{0,70},\s*",
                           re.I)
# a whole said to be all of it, its shares after: "the entire generation mix was coal 58 per cent, ...", "The
# state's full electricity generation mix last year was coal 41%, ..."
UNNAMED_ENTIRE = re.compile(r"\b(?:entire|whole|full|complete)\s+(?:[\w'’-]+\s+){0,5}?(?:was|is|were|are|:)\s+(?:[A-Za-z]+\s+){0,2}$",
                            re.I)
# a whole said to split, its shares after a colon: "The poll's respondents divided three ways: 48% ..."
UNNAMED_SPLIT = re.compile(r"\b(?:divided|divides|divide|split|splits|broke\s+down|breaks\s+down|broken\s+down)\b"
                           r"[^.;:\d%]{0,30}:\s*$", re.I)
# before "a total of": the total is what the parts are some of ("..., out of a total of 7,900")
PARTITIVE_TOTAL = re.compile(r"\b(?:out\s+of|of|from|among)\s*$", re.I)
# after a list of figures, the labels before them are matched in order: "22, 3 and 7 respectively"
RESPECTIVELY = re.compile(r"^[\s,]*(?:[a-z]+\s+){0,2}?respectively\b", re.I)
# a verb and its preposition after the first figure, the preposition alone after the next: the verb left out
GAPPED_PREPOSITION = re.compile(r"\s*(?:[a-z]+\s+){1,3}?(?P<prep>by|to|for|from|with|on)\s+[^,;.\d]{1,50}?\s+and\s+", re.I)
# after a part and its whole: the next subject, in capitals, its verb left out ("..., the Liberals 38")
SUBJECT_THEN_FIGURE = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?[\w'’-]*,\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}")
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s(?![a-z\d])")  # not "Nov. 7", "a.m. and"
# a label after a part that dates it: "85 on Monday", "$500 million in 2023": a series, not a partition
TEMPORAL_LABEL = re.compile(r"^\s*(?:in|on|during|for|by)\s+(?:the\s+)?(?:\d{4}|fy|fiscal|january|february|march|april|"
                            r"may|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
                            r"thursday|friday|saturday|sunday|last|this|next|each|every|the\s+(?:first|second|third|"
                            r"fourth)\s+quarter)\b", re.I)
_BE = {"be", "is", "are", "was", "were", "been", "being", "will", "would", "shall", "should", "can", "could", "may",
       "might", "must", "have", "has", "had", "do", "does", "did"}


def _label_names(entries: list) -> list[set[str]]:
    """The labels of one exhaustive set, each as the words that may write it ("for" / "backed" / ...)."""
    return [{str(n).lower() for n in (e if isinstance(e, list) else [e])} for e in entries]


def _opposites(a, b) -> bool:
    """Two words (tokens) that name different labels of one exhaustive set (``exhaustive``):
    "supported" / "opposed", "passed" / "failed", "yes" / "no"."""
    forms = [{a.lower_, a.lemma_.lower()}, {b.lower_, b.lemma_.lower()}]
    for group in table(_TABLE)["exhaustive"]:
        names = _label_names(group["labels"] if isinstance(group, dict) else group)
        found = [{k for k, ns in enumerate(names) if f & ns} for f in forms]
        if found[0] and found[1] and not found[0] & found[1]:
            return True
    return False


@dataclass
class Breakdown:
    """A whole, its parts, and how the relation was read."""

    type: RelationType
    whole: Quantity | None  # None: shares of a whole the sentence names without a figure ("Of those polled, ...")
    parts: list[Quantity]
    cue: str
    inferred: bool = False
    alternatives: list[Quantity] = field(default_factory=list)


TOTAL_LABEL = re.compile(r"(?:grand\s+|overall\s+)?totals?|all|overall|played|pld", re.I)  # (a league table's games)


def _pipe_tables(text: str) -> list[list[list[tuple[int, int]]]]:
    """The pipe tables of a text: runs of lines with at least two "|", each line as its cells' (start, end), a
    separator line ("|---|---|") left out; the first line of a run is its header."""
    tables: list[list[list[tuple[int, int]]]] = []
    run: list[list[tuple[int, int]]] = []
    offset = 0
    for line in [*text.split("\n"), ""]:
        if line.count("|") >= 2 or line.count("|") >= 1 and run:
            if not re.fullmatch(r"[\s|:-]*", line):
                cells, start = [], offset
                for piece in line.split("|"):
                    cells.append((start, start + len(piece)))
                    start += len(piece) + 1
                if line.strip().startswith("|"):
                    cells = cells[1:]
                if line.strip().endswith("|"):
                    cells = cells[:-1]
                run.append(cells)
        else:
            if len(run) >= 2:
                tables.append(run)
            run = []
        offset += len(line) + 1
    return tables


def same_family(a: Quantity, b: Quantity) -> bool:
    if (a.kind in COUNTABLE and b.kind in COUNTABLE) or a.kind is b.kind is Kind.PERCENT:
        return True
    if a.kind is b.kind is Kind.MONEY:
        return a.unit == b.unit
    if a.kind is b.kind and a.kind in (Kind.MEASURE, Kind.DURATION):
        return a.unit == b.unit  # "400 kg of bottles in a 2.6-tonne load": never add figures in other units
    return False


def _total_after(after: str, gap: str) -> re.Match | None:
    """A totalising word after a figure ("175 in all", "the 16,500 ballots were shared among ..."), unless the
    figure is the rest of the list ("with the remaining 10 split between the Greens and independents")."""
    return TOTAL_AFTER.match(after) if not CLOSURE.search(gap) else None


def _partitive_total(total: re.Match, gap: str) -> bool:
    """"..., out of a total of 7,900": the total is what the parts are some of, not their sum."""
    return total.re is TOTAL_BEFORE and PARTITIVE_TOTAL.search(gap[:total.start()]) is not None


def _each_its_own_noun(parts: list[Quantity]) -> bool:
    """Figures that each count another noun ("eight defenders, seven midfielders"): a list of kinds,
    not the members announced by a count before them ("three plants, in Lyon (420 workers), ...")."""
    nouns = [p.counted for p in parts if p.counted]
    return len(nouns) >= 2 and len(set(nouns)) == len(nouns)


def is_amount(q: Quantity) -> bool:
    """A figure that can be a part or a whole: not a ratio, a multiple ("threefold"), a fraction
    ("a quarter of those"), a label or an age."""
    if q.kind not in AMOUNTS or q.value is None or q.role is not None or q.unit in ("ratio", "times"):
        return False
    return not (q.kind is Kind.NUMBER and 0 < q.value < 1)


def fits_whole(whole: Quantity, part: Quantity) -> bool:
    """A whole counted in units has whole-number parts: "two colors: ... (1.83 and 2 GHz)" is no breakdown."""
    if whole.kind is Kind.COUNT and float(whole.value or 0).is_integer():
        return part.value is None or float(part.value).is_integer()
    return True


def can_be_whole(q: Quantity) -> bool:
    """A whole is an amount: a count, money, a measure, or a number that is neither a label
    ("Division 11", "type 1"), an age, nor a year ("in 2019")."""
    if q.role is not None or q.kind not in AMOUNTS or (q.value is not None and abs(q.value) <= 1):
        return False  # "one city school": a single thing has no breakdown
    return not (q.kind is Kind.NUMBER and q.value is not None and q.value.is_integer() and 1800 <= q.value <= 2100
                and "," not in q.text)


class Clauses:
    """Token lookups on the analysed passages: which verbs and subjects stand between two figures."""

    def __init__(self, passages) -> None:
        self.tokens: list[tuple[int, Any]] = []  # (file offset, spaCy token) of every analysed token, in order
        for passage in passages or ():
            self.tokens.extend((passage.offset + tok.idx, tok) for tok in passage.doc)
        self._starts = [start for start, _ in self.tokens]

    def tokens_in(self, start: int, end: int) -> list:
        """The tokens that start within [start, end)."""
        import bisect

        i = bisect.bisect_left(self._starts, start)
        found = []
        while i < len(self.tokens) and self._starts[i] < end:
            found.append(self.tokens[i][1])
            i += 1
        return found

    def subject_of(self, start: int, end: int):
        """The verb whose subject the figure at [start, end) is ("64% backed ...") , or None."""
        import bisect

        i = bisect.bisect_left(self._starts, start)
        while i < len(self.tokens) and self._starts[i] < end:
            tok = self.tokens[i][1]
            head = tok.head if tok.dep_ in ("nummod", "quantmod", "compound") else tok
            if head.dep_ in ("nsubj", "nsubjpass"):
                return head.head
            i += 1
        return None

    def noun_of(self, start: int, end: int):
        """The noun a figure at [start, end) counts ("500 runners" -> runners), or None."""
        import bisect

        i = bisect.bisect_left(self._starts, start)
        while i < len(self.tokens) and self._starts[i] < end:
            tok = self.tokens[i][1]
            if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
                return tok.head
            i += 1
        return None

    def apposed(self, whole: Quantity, part: Quantity) -> bool:
        """The part's noun stands in apposition to the whole's: "500 runners took part, 310 men and 240 women"."""
        nw, np_ = self.noun_of(whole.start, whole.end), self.noun_of(part.start, part.end)
        return nw is not None and np_ is not None and np_.dep_ == "appos" and np_.head.i == nw.i \
            and np_.doc is nw.doc

    def coordinated_subjects(self, a: Quantity, b: Quantity) -> bool:
        """Two figures are the subjects of coordinated verbs: "64% backed the scheme and 41% opposed it"."""
        va, vb = self.subject_of(a.start, a.end), self.verb_of_later(a, b)
        if va is None or vb is None or vb.doc is not va.doc or va.i == vb.i:
            return False
        # coordinated, or the same verb twice ("58% said ... and 49% said ...", however the parser attached it)
        if (vb.dep_ == "conj" and vb.head.i == va.i) or va.lemma_.lower() == vb.lemma_.lower():
            return True
        if vb.dep_ == "advcl" and vb.head.i == va.i and va.i < vb.i \
                and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas", "whilst") for c in vb.children):
            return True  # "82% passed, while 23% failed": a clause of contrast, coordinated in all but name
        # clauses run on with a comma, which the parser may hang one on the other: "52 will transfer to the
        # new owner, 20 will take early retirement and ..." (the first a ccomp of the second)
        spliced = (va.dep_ in ("ccomp", "parataxis") and va.head.i == vb.i) \
            or (va.dep_ == "advcl" and va.head.i == vb.i and not any(c.dep_ == "mark" for c in va.children)) \
            or (vb.dep_ in ("ccomp", "parataxis") and vb.head.i == va.i and vb.left_edge.i > va.i)
        between = self.tokens_in(a.end, b.start)
        return va.i < vb.i and spliced and self._comma_before_subject(b) \
            and not any(t.like_num and not (t.i + 1 < len(t.doc) and t.nbor(1).text == "-") or t.text == ";"
                        for t in between)  # not "...; of the 280 women, 60% did" (but "a four-day week" is no figure)

    def subject_holds(self, start: int, end: int, whole: Quantity) -> bool:
        """The verb of the words at [start, end) has a subject whose phrase holds the figure ``whole``:
        "The 410 complaints received by the council were broken down as ..." (however long the phrase).
        A preposition there stands for the verb it hangs on: "1.2 million doses were delivered across
        Wales over the winter, with 700,000 going to ..."."""
        tokens = self.tokens_in(start, end)
        verb = next((t for t in tokens if t.pos_ == "VERB"), None)
        if verb is None and tokens and tokens[0].pos_ == "ADP" and tokens[0].head.pos_ == "VERB":
            verb = tokens[0].head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None) if verb is not None else None
        if subject is None:
            return False
        if subject.left_edge.idx <= whole.start < subject.idx + len(subject.text):
            return True
        noun = self.noun_of(whole.start, whole.end)  # "A total of 1.2 million flu doses were ...": the total's
        while noun is not None and noun.i != subject.i and noun.dep_ == "pobj" and noun.head.lower_ == "of":
            noun = noun.head.head
        return noun is not None and noun.i == subject.i and noun.doc is subject.doc

    def held_by_sized_subject(self, whole: Quantity, part: Quantity) -> bool:
        """The whole sizes the subject of a verb of holding whose object the part is: "The 640-hectare station has
        510 hectares in pasture", "The 96-vehicle fleet includes 40 electric buses" (``holding_verbs``)."""
        whole_tokens, part_tokens = self.tokens_in(whole.start, whole.end), self.tokens_in(part.start, part.end)
        if not whole_tokens or not part_tokens or whole_tokens[0].doc is not part_tokens[0].doc:
            return False
        sized = whole_tokens[-1]
        while sized.dep_ in ("nummod", "compound", "amod", "quantmod") and sized.head.i != sized.i:
            sized = sized.head  # "640-hectare station" -> station
        held = part_tokens[-1] if part.kind is Kind.MEASURE else self.noun_of(part.start, part.end)
        verb = sized.head
        return held is not None and sized.dep_ == "nsubj" and sized.i not in {t.i for t in whole_tokens} \
            and verb.lemma_.lower() in words(_TABLE, "holding_verbs") and held.dep_ == "dobj" and held.head.i == verb.i

    def verb_of_later(self, a: Quantity, b: Quantity):
        """The verb the later of two listed figures is the subject of. The parser may hang it on the
        object before it ("64% supported the charge and 41% opposed it": "41%" a conj of "charge"); then
        the verb right after it, coordinated with the first figure's, is its own."""
        verb = self.subject_of(b.start, b.end)
        first = self.subject_of(a.start, a.end)
        if verb is not None or first is None:
            return verb
        tokens = self.tokens_in(b.start, b.end)
        after = tokens[-1].nbor(1) if tokens and tokens[-1].i + 1 < len(tokens[-1].doc) else None
        if after is not None and after.doc is first.doc and after.pos_ == "VERB" and after.dep_ == "conj" \
                and after.tag_ in ("VBD", "VBZ", "VBP"):
            return after  # (or on another: "70% want more buses and 55% support ...": "support" a conj of "buses")
        return None

    def _comma_before_subject(self, b: Quantity) -> bool:
        """A comma (or ", and") right before the later figure's clause: "..., 20 will take ..."."""
        tokens = self.tokens_in(b.start, b.end)
        if not tokens:
            return False
        first = tokens[0]
        k = first.i - 1
        while k > first.sent.start and first.doc[k].dep_ in ("det", "amod", "advmod", "quantmod", "cc"):
            k -= 1
        return first.doc[k].text == ","

    def verbs_between(self, start: int, end: int) -> set[str]:
        import bisect

        i = bisect.bisect_left(self._starts, start)
        found = set()
        while i < len(self.tokens) and self._starts[i] < end:
            tok = self.tokens[i][1]
            # (not a gerund a preposition takes as its object, a label: "£1.5m for resurfacing the high street")
            if (tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "acl", "compound") and tok.tag_ != "VBN"
                    and not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ in ("for", "on", "of"))) \
                    or (tok.pos_ == "VERB" and tok.tag_ == "VBN" and tok.dep_ in ("ROOT", "conj", "ccomp")):
                found.add(tok.lemma_.lower())
            i += 1
        return found


class BreakdownReader:
    """Reads the breakdowns of one sentence (and, for a list opening a sentence, the one before)."""

    def __init__(self, text: str, clauses: Clauses) -> None:
        self.text = text
        self.clauses = clauses
        self.heading_end = heading_line_end(text)  # where a headline line ends: read once, not per sentence
        self._allowed_verbs = words(_TABLE, "breakdown_verbs")
        self._announcers: set[str] = set()  # figures that count the items of a list after them

    # -- lists ---------------------------------------------------------------------------------
    def _joined(self, a: Quantity, b: Quantity, previous_verbs: set[str] | None,
                combining: bool = False) -> set[str] | None:
        """The verbs of the gap between two listed figures, or None when the gap ends the list."""
        gap = self.text[a.end:b.start]
        if len(gap) > 80 or SENTENCE_BREAK.search(gap) or "\n" in gap \
                or not (JOINER.search(gap) or (combining and re.search(r"\bwith\b", gap, re.I))):
            return None
        if any(EACH_AFTER.match(self.text[q.end:q.end + 40]) for q in (a, b)):
            return None  # "£120,000 to her son and £90,000 to each of her two daughters": a part told per head
        closing = CLOSING_COUNT.match(self.text[a.end:a.end + 60])
        if closing and a.end + closing.start("n") == b.start:
            return None  # "..., its only three sites": the list's length, not another part
        if (";" in gap and len(gap) > 60) or ALTERNATIVE.search(gap) or OTHER_FIGURE.search(gap) \
                or COMBINED_NEXT.search(gap) \
                or COMPARISON_AFTER.match(self.text[b.end:b.end + 30]):
            return None  # alternatives, another kind of figure between, or a difference ("three more than ...")
        verbs = self.clauses.verbs_between(a.end, b.start)
        if a.counted and b.counted and a.counted != b.counted and b.counted_text \
                and self.text[b.end:b.end + 40].lstrip().startswith(b.counted_text) \
                and re.match(r"\s*,\s*[a-z]+ing\b", gap):
            return None  # "won 21, drew 10 and lost eight, finishing on 73 points": a clause of its own, a new noun
        if self._other_dimensions(a, b):
            return None  # "Of the 420 staff, 300 are women and 240 work part-time": two traits, which may overlap
        if self._parallel(gap, b) or self.clauses.coordinated_subjects(a, b) or FURTHER_PART.search(gap) \
                or self._elliptical(gap, b):
            # "... and another 95 worked the water stations": "another" and "a further" add a part
            return verbs  # "62% said they backed it and 45% said they opposed it": one list of parallel clauses
        if CLAUSE_SUBJECT.search(gap) and not CLOSURE.search(gap):
            return None
        extra = verbs - _BE - self._allowed_verbs - (previous_verbs or set())
        if (len(extra) > 1 or (extra and len(gap) > 30)) and not CLOSURE.search(gap):
            return None  # a new clause; a short one ("1,150 said yes and 950 said no") is the list's own
        return verbs

    def _overlapping_shares(self, a: Quantity, b: Quantity) -> bool:
        """Two shares told by verbs of different meanings ("62% own a car and 45% use the bus") are
        answers that may overlap, not shares of one split (three or more answer one question: "48% walk,
        37% go by car and 21% cycle"); unless the verbs are opposites of one exhaustive set ("64%
        supported it and 41% opposed it", "82% passed, while 23% failed") or the list closes with the
        rest ("..., with the remainder undecided")."""
        va, vb = self.clauses.subject_of(a.start, a.end), self.clauses.verb_of_later(a, b)
        if va is None or vb is None or "be" in (va.lemma_, vb.lemma_) or CLOSURE.search(self.text[a.end:b.end + 60]):
            return False
        if va.lemma_.lower() == vb.lemma_.lower():
            # one verb: overlapping only when each has an object of its own ("82% passed maths and 65% passed
            # English"), not "58% said yes and 37% said no"
            oa, ob = (next((c for c in v.children if c.dep_ == "dobj"), None) for v in (va, vb))
            if oa is None or ob is None or oa.lemma_.lower() == ob.lemma_.lower():
                return False
            va, vb = oa, ob
        return not _opposites(va, vb)

    def _other_dimensions(self, a: Quantity, b: Quantity) -> bool:
        """Two figures told of by predicates of different kinds, a state by a copula and an action by a
        verb ("300 are over 65 and 240 live alone", "300 are women and 240 have worked there for a
        decade"): traits of one group, which may overlap, not its parts."""
        if re.search(r"[:—–]", self.text[self._sentence_start(a.start):a.start]):
            return False  # "split between two funds: 1,000 went to ... and 800 are held ...": a breakdown announced
        rest = self.text[a.end:a.end + 160]
        stop = SENTENCE_BREAK.search(rest)
        if CLOSURE.search(rest[:stop.start() if stop else None]):
            # "17 are step-free; the other 11 can be reached only by stairs", "three were sound, one needed
            # repair and the remaining two were closed": a list closed by the rest of it is a partition
            return False
        kinds = {self._predicate(a), self._predicate(b)}
        return kinds == {"state", "action"}

    def _predicate(self, q: Quantity) -> str | None:
        """'state' when a copula tells of the figure ("300 are women", "are aged over 65"; not the passive
        "were rejected"), 'action' when a verb does ("240 live alone", "have lived there"), else None."""
        after = q.end
        rest = self.text[after:after + 40]
        if q.counted_text and rest.lstrip().startswith(q.counted_text):
            after += len(rest) - len(rest.lstrip()) + len(q.counted_text)
            rest = self.text[after:after + 40]
        tokens = self.clauses.tokens_in(after, after + 25)
        if re.match(r"\s+(?:are|is|were|was)\s+(?:(?:now|still|also)\s+)?(?:aged\b|(?![a-z]+ed\b)[a-z])", rest, re.I):
            # not a passive whose participle is irregular or follows an adverb: "six were seriously hurt"
            told = next((t for t in tokens[1:] if t.pos_ != "ADV"), None)
            return None if told is not None and told.tag_ == "VBN" and told.lower_ != "aged" else "state"
        if tokens and tokens[0].pos_ in ("VERB", "AUX") and tokens[0].lemma_.lower() != "be" \
                and tokens[0].tag_ in ("VBP", "VBZ", "VBD", "MD"):
            return "action"
        return None

    def _parallel(self, gap: str, b: Quantity) -> bool:
        """The words after two figures repeat: "62% said they backed it and 45% said they opposed it"
        is one list whose clauses run in parallel, not a new clause."""
        lead = re.match(r"\s*((?:[a-z]+\s+){1,2})", gap, re.I)
        return lead is not None and self.text[b.end:b.end + 40].lstrip().lower().startswith(lead.group(1).lower())

    def _elliptical(self, gap: str, b: Quantity) -> bool:
        """The figure after a clause stands with its verb left out: "46% said they would vote yes, 39%
        no, and 21% were undecided"; "58% said by car, 31% by bus or train and 19% on foot" (a comma, then a
        few words and no verb before the next comma or "and")."""
        gapped = GAPPED_PREPOSITION.fullmatch(gap)
        if gapped and re.match(rf"\s*{gapped.group('prep')}\b", self.text[b.end:b.end + 20], re.I):
            return True  # "$40 million was contributed by the foundation and $25 million by the province"
        fragment = re.match(r"\s*([A-Za-z]+(?:\s+[A-Za-z]+){0,3}?)\s*(?:,|;|\.|\band\b|$)", self.text[b.end:b.end + 40])
        if fragment is None or any(t.pos_ in ("VERB", "AUX") for t in self.clauses.tokens_in(b.end, b.end + fragment.end(1))):
            return False
        if re.search(r",\s*$", gap):
            return True
        # "..., 400 a placebo and 400 a lower dose": the last one after a verbless fragment and "and"
        a_end = b.start - len(gap)
        return re.fullmatch(r"\s*(?:[A-Za-z]+\s+){1,4}?(?:,\s*)?and\s+", gap) is not None \
            and not any(t.pos_ in ("VERB", "AUX") for t in self.clauses.tokens_in(a_end, b.start))

    def list_from(self, amounts: list[Quantity], i: int) -> list[Quantity]:
        parts = [amounts[i]]
        if COMBINED_NEXT.search(self.text[max(0, amounts[i].start - 20):amounts[i].start]):
            return parts  # "enroll a combined 3,150 students, with 1,480 at ...": a sum, the whole of what follows
        verbs: set[str] | None = None
        combining = bool(COMBINING.search(self.text[max(0, amounts[i].start - 40):amounts[i].start]))
        for nxt in amounts[i + 1:]:
            if not same_family(nxt, parts[0]):
                if re.fullmatch(r"[\w.]+-[a-z]+", nxt.text, re.I) and nxt.kind is Kind.DURATION:
                    continue  # "412 said they backed a four-day week, 301 opposed it": a modifier inside a part's clause
                break
            joined = self._joined(parts[-1], nxt, verbs, combining)
            if joined is None or len(parts) >= 2 and LAST_CONJUNCT.search(self.text[parts[-2].end:parts[-1].start]) \
                    and NEW_PHRASE.match(self.text[parts[-1].end:nxt.start]):
                break  # "..., 6,900 for Ellis and 1,400 for Brandt, the 16,500 valid ballots": the list ended at "and"
            verbs = joined
            parts.append(nxt)
        return self._bracketed_values(parts)

    def _bracketed_values(self, parts: list[Quantity]) -> list[Quantity]:
        """Of items each written as a count with its value in brackets ("three tries (15), two conversions (4) and
        three penalties (9)"), the values: the counts say how many things made each up."""
        if len(parts) < 4 or len(parts) % 2:
            return parts
        pairs = list(zip(parts[::2], parts[1::2], strict=True))
        if all(a.kind is Kind.COUNT and a.counted and b.counted in (None, a.counted)
               and re.fullmatch(r"\s+[a-z]+(?:\s+[a-z]+)?\s*\(", self.text[a.end:b.start])
               and self.text[b.end:b.end + 1] == ")" for a, b in pairs):
            return [b for _, b in pairs]
        return parts

    # -- completeness ----------------------------------------------------------------------------
    def _labels(self, p: Quantity) -> set[str]:
        """The words that may name a part: the one before it ("winning 21"), what it counts, and the
        word it is said to be ("41 were women")."""
        # the words right before it, back to a figure or a stop: "winning 21", "goods accounting for £2.9bn"
        lead = re.split(r"[\d.;:!?,]|\b(?:and|or|but|while|whom|which)\b", self.text[max(0, p.start - 30):p.start])[-1]
        before = re.findall(r"[A-Za-z]+", lead)[-3:]
        after = re.match(r"\s*(?:(?:were|are|was|is|of\s+them|voted)\s+)?(?:in\s+(?:the\s+)?)?"
                         r"(?:(?:said|say|says)\s+(?:that\s+)?(?:they|he|she)\s+(?:would\s+|were\s+)?)?([A-Za-z]+)",
                         self.text[p.end:p.end + 25])
        # and the verb the figure hangs on through a preposition: "convicting Ms Bell on five"
        tokens = self.clauses.tokens_in(p.start, p.end)
        head = tokens[-1].head if tokens else None
        governing = [head.head.text] if head is not None and head.dep_ == "prep" and head.head.pos_ == "VERB" else []
        return {w.lower() for w in (before + ([after.group(1)] if after else []) + [p.counted or ""] + governing) if w}

    def _split_at_threshold(self, parts: list[Quantity]) -> bool:
        """Two parts on either side of one threshold: "20 were aged 18 or over and 12 were under 18"."""
        if len(parts) not in (2, 3):
            return False
        first, last = (THRESHOLD.match(self.text[p.end:p.end + 40]) for p in (parts[0], parts[-1]))
        if first is None or last is None:
            return False
        sides = [("up", int(m.group("up"))) if m.group("up") else ("over", int(m.group("over"))) if m.group("over")
                 else ("down", int(m.group("down"))) for m in (first, last)]
        if {s[0] for s in sides} not in ({"up", "down"}, {"over", "down"}):
            return False
        lower, upper = sorted(sides, key=lambda s: s[0] != "down")  # "under 30" ... "over 50"
        if len(parts) == 2:
            return lower[1] == upper[1] and upper[0] == "up"  # "aged 18 or over and ... under 18"
        # three bands: "23 were under 30, 31 were aged 30 to 50 and nine were over 50"
        band = BAND.match(self.text[parts[1].end:parts[1].end + 40])
        return band is not None and int(band.group("low")) == lower[1] \
            and int(band.group("high")) in ((upper[1], upper[1] - 1) if upper[0] == "up" else (upper[1],))

    def exhaustive(self, parts: list[Quantity]) -> bool:
        """The parts carry every label of one exhaustive set (``exhaustive`` in the word table), one
        label each: a label may be written several ways ("backed" / "for" / "in favour")."""
        if self._split_at_threshold(parts):
            return True
        labels = [self._labels(p) for p in parts]
        lead = self.text[self._sentence_start(parts[0].start):parts[0].start].lower()
        for group in table(_TABLE)["exhaustive"]:
            if isinstance(group, dict):  # a set complete only over a whole named so: "the 620 who voted"
                if not any(re.search(rf"\b{re.escape(w)}\b", lead) for w in group["whole"]):
                    continue
                group = group["labels"]
            names = _label_names(group)
            if len(names) != len(parts):
                continue
            found = [[k for k, ns in enumerate(names) if ls & ns] for ls in labels]
            if all(len(f) == 1 for f in found) and {f[0] for f in found} == set(range(len(names))):
                return True
        return False

    def _closed(self, parts: list[Quantity]) -> bool:
        """The last part is the rest of the whole: "..., 205 in logistics and the remaining 95"."""
        if len(parts) < 2:
            return False
        gap = self.text[parts[-2].end:parts[-1].start]
        # a bare "remaining" closes only next to its figure ("the 300 remaining", "remaining 40"), not as a verb
        # with its own complement: "with orders remaining in place on 6.8 million acres"
        return any(m.group().lower() != "remaining" or not gap[m.end():].strip(" $£€")
                   for m in CLOSURE.finditer(gap))

    def _complete(self, parts: list[Quantity], lead: str, cue_complete: bool) -> bool:
        inside = self.text[parts[0].start:parts[-1].end]
        if OPEN_LIST.search(lead) or OPEN_LIST.search(inside) or UNCOUNTED_ITEM.search(lead[-50:]) \
                or UNCOUNTED_ITEM_INSIDE.search(inside) or UNCOUNTED_ITEM_AFTER.match(self.text[parts[-1].end:parts[-1].end + 40]):
            # "made up of a goalkeeper, two ... and eight ...", "Lyle (three) and an own goal": an item with no
            # figure of its own
            return False
        if self.exhaustive(parts):
            return True
        if self._closed(parts):
            return True
        if OTHER.search(lead[-60:]) or OTHER.search(inside):
            return False
        if cue_complete:
            return True
        closing = CLOSING_COUNT.match(self.text[parts[-1].end:parts[-1].end + 60])
        if closing:  # "... and Mexico (200), its only three markets": the list is said to be all of them
            n = closing.group("n").lower()
            return (_SMALL.get(n) or int(n)) == len(parts)
        announced = ANNOUNCED.search(lead[-60:])
        if announced:
            n = announced.group("n").lower()
            return (_SMALL.get(n) or int(n)) == len(parts)
        return False

    # -- wholes ------------------------------------------------------------------------------
    def read(self, qs: list[Quantity], before: list[Quantity] | None = None) -> list[Breakdown]:
        """The breakdowns of one sentence's figures ``qs``; ``before`` holds the figures of the sentence before,
        in any paragraph (a headline): most readings look back only within the paragraph (``previous``)."""
        previous = before if before and same_paragraph(self.text, before, qs) else None
        amounts = [q for q in qs if is_amount(q)]
        found: list[Breakdown] = []
        taken: set[str] = set()
        traits_of: set[str] = set()  # wholes whose figures after are traits, each a part of it on its own
        siblings: set[str] = set()  # figures read first as items of a list that found no whole
        # a vote's sides first: "passed 61 to 38, with one abstention" is no whole 38 with a part
        found.extend(self._tallies(amounts, taken))
        i = 0
        while i < len(amounts):
            if amounts[i].id in taken:
                i += 1
                continue
            parts = self.list_from(amounts, i)
            if COMPARISON_AFTER.match(self.text[parts[0].end:parts[0].end + 30]):
                i += 1  # "three more than ...": a difference, never a part
                continue
            if len(parts) > 2 and parts[0].value in (len(parts) - 1, len(parts) - 2) and parts[0].kind is Kind.COUNT \
                    and (ANNOUNCING_GAP.search(self.text[parts[0].end:parts[1].start])
                         # "three schools, Ashdown, Birchfield and Carrow, have 420, 310 and 230 pupils"
                         # (the announcing noun may head the run: "schools, Ashdown, Birchfield and Carrow")
                         or self._coordinated_labels(parts[0].end, parts[1].start) in (parts[0].value,
                                                                                      (parts[0].value or 0) + 1)
                         or (parts[0].counted != parts[1].counted
                             and not _each_its_own_noun(parts[1:]))):  # not "three goalkeepers, eight defenders, ..."
                i += 1  # "three plants, in Lyon (420 workers), Lille (310) and Nantes (150)": it announces the list
                continue
            b = self._whole_before(amounts, i, parts) or self._whole_after(amounts, i, parts) \
                or (self._whole_in_previous(qs, parts, before) if i == 0 or amounts[i - 1].id in taken else None) \
                or self._whole_of_closed_list(amounts[:i], parts, before, taken | siblings, amounts)
            if b is None and len(parts) > 1:
                # the list may start later: "86 goals in 38 games: 50 at home and 36 away" reads 38 as a part first
                siblings.add(amounts[i].id)
                i += 1
                continue
            if b is not None and b.whole is not None and b.whole.id in siblings and b.cue == "," \
                    and self._labelled_like(b.whole, b.parts):
                # "310 roles would go in manufacturing, 205 in logistics and ...": the first item, labelled as the
                # others are, is no whole of the rest (but "Two hundred families were evacuated, 120 from ...")
                i += 1
                continue
            if b is not None and b.whole is not None and not any(p.id in taken for p in b.parts) \
                    and (b.whole.id not in taken or b.whole.id in traits_of and len(b.parts) == 1):
                self._further_parts(b, amounts, taken)
                found.append(b)
                taken.update(p.id for p in b.parts)
                taken.add(b.whole.id)
                i = amounts.index(b.parts[-1]) + 1
                if len(b.parts) == 1 and i < len(amounts) and self._other_dimensions(b.parts[0], amounts[i]):
                    traits_of.add(b.whole.id)  # "Of the 420 staff, 300 are women and 240 work part-time": each of it
                continue
            i += 1
        found.extend(self._spans_of_a_life(qs))
        found.extend(self._parts_of_a_named_set(amounts, before, taken))
        found.extend(self._total_of_the_list_before(amounts, before, taken))
        found.extend(self._shares(qs, previous, taken))
        return found

    def _whole_of_closed_list(self, earlier: list[Quantity], parts: list[Quantity], before: list[Quantity] | None,
                              taken: set[str], sentence: list[Quantity] | None = None) -> Breakdown | None:
        """A list closed by the rest ("..., and the remaining $250,000") says it is all of some whole; with no
        breakdown word to name it, the whole is a figure of its kind before the list, in its sentence ("The
        £25m fund will pay for £12m ..., £8m ... and the remaining £3m") or in the sentence before, a
        headline too ("Ferry firm axes 150 jobs / ... cut 92 posts ..., with the other 56 going ...").
        Every such figure is a reading: the list is checked against each, and one that adds up clears it."""
        if len(parts) < 2 or not CLOSING_FIGURE.search(self.text[parts[-2].end:parts[-1].start]):
            return None  # (not "..., with PLOs remaining in place on 6.8 million acres": a verb, no rest)
        largest = max(p.value or 0 for p in parts)
        lead = self.text[self._sentence_start(parts[0].start):parts[0].start]
        if re.match(r"\W*(?:of|among|from)\s", lead, re.I):
            return None  # "Of the new money, £600,000 goes to ... and the remaining £400,000 ...": a whole named so
        if len([q for q in earlier if same_family(q, parts[0])]) > 1:
            return None  # "met by the council, paying £40,000, the diocese, £36,000, and ... the remaining £20,000":
            # with two figures of its kind before it, the nearer may be a part the list did not join
        # or the sample after it: "..., with the other 190 undecided, according to a survey of 1,200 people"
        sampled = [q for q in sentence or [] if q.start >= parts[-1].end
                   and SAMPLE_FRAME.search(self.text[max(0, q.start - 40):q.start])]
        wholes = [q for q in [*(before or []), *earlier, *sampled] if q.id not in taken and same_family(q, parts[0])
                  and q.kind is not Kind.NUMBER and can_be_whole(q) and (q.value or 0) > largest
                  and all(fits_whole(q, p) for p in parts) and self._counts_alike(q, parts)]
        if not wholes:
            return None
        return Breakdown(RelationType.TOTAL_OF, wholes[-1], parts, "the rest", inferred=True,
                         alternatives=wholes[:-1])

    @staticmethod
    def _counts_alike(whole: Quantity, parts: list[Quantity]) -> bool:
        """Parts that count the whole's noun, one of its group ("jobs" / "posts"), people, or nothing named."""
        if whole.kind is not Kind.COUNT:
            return True
        return all(p.counted is None or p.counted == whole.counted or related(p.counted, whole.counted or "")
                   or people_alike(p.counted, whole.counted) for p in parts)  # "540 residents ... a survey of 1,200 people"

    def _labelled_like(self, first: Quantity, parts: list[Quantity]) -> bool:
        """The figure's clause ends with a label led by the same preposition as each part's: "310 roles
        would go in manufacturing, 205 in logistics and 95 at ..." ("in", "in"); not "Two hundred families
        were evacuated, 120 from the riverside"."""
        label = re.match(r"\s+(in|at|from|on|for|to|by)\b", self.text[parts[0].end:parts[0].end + 12])
        if label is None:
            return False
        clause = self.text[first.end:parts[0].start]
        return re.search(rf"\b{label.group(1)}\s+(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s*,\s*$",
                         clause) is not None

    def _tallies(self, amounts: list[Quantity], taken: set[str]) -> list[Breakdown]:
        """A vote's two sides, "N to M", and the body that cast it in the same sentence: "Councillors voted
        34 to 28, with all 59 members present" (the sides are at most the members); "... present and
        voting" (exactly them); "the jury of 12 ... by a majority of 13 to one"."""
        found = []
        for a, b in itertools.pairwise(amounts):
            if a.id in taken or b.id in taken or not self._sides_of_a_vote(a, b) \
                    or a.kind not in COUNTABLE or b.kind not in COUNTABLE:
                continue
            bodies = [q for q in amounts if q is not a and q is not b and q.id not in taken
                      and q.kind in (Kind.COUNT, Kind.NUMBER) and self._voting_body(q) and can_be_whole(q)]
            summed = next((q for q in amounts if q.start >= b.end and q.id not in taken), None)
            gap = self.text[b.end:summed.start] if summed is not None else ""
            total = TOTAL_BEFORE.search(gap)
            if summed is not None and total is not None and len(gap[:total.start()]) <= 12 \
                    and not re.search(r"[.;:!?]", gap):
                # "passed 5,812 to 4,390, a total of 10,202 votes": the sides add up to the votes cast
                found.append(Breakdown(RelationType.TOTAL_OF, summed, [a, b], "tally", inferred=True))
                taken.update({a.id, b.id, summed.id})
                continue
            if len(bodies) != 1:
                continue
            whole = bodies[0]
            sides = [a, b]
            later = [q for q in amounts if q.start >= b.end and q.kind in COUNTABLE and q.id not in taken]
            if later and later[0] is not whole and re.fullmatch(r"\s*,?\s*(?:with|and|plus)\s+", self.text[b.end:later[0].start], re.I) \
                    and ABSTAINING.match(self.text[later[0].end:later[0].end + 24]):
                sides.append(later[0])  # "61 to 38, with one abstention": the third side
            start = min(whole.start, a.start, self._sentence_start(a.start))
            complete = TALLY_COMPLETE.search(self.text[start:self._sentence_end(max(whole.end, b.end))]) is not None
            found.append(Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, whole, sides,
                                   "tally", inferred=True))
            taken.update({*(q.id for q in sides), whole.id})
        return found

    def _sides_of_a_vote(self, a: Quantity, b: Quantity) -> bool:
        """Two figures told as a vote's sides: "carried 212 to 185", "voted 34 to 28"."""
        if a.counted == b.counted == "vote" and re.fullmatch(r"\s?[-–]", self.text[a.end:b.start]):
            return True  # "approved the budget 71-12": read as a tally where it was found
        return TALLY_GAP.fullmatch(self.text[a.end:b.start]) is not None \
            and TALLY_BEFORE.search(self.text[max(0, a.start - 20):a.start]) is not None

    def _voting_body(self, q: Quantity) -> bool:
        """A count of people who vote: "59 members", "the jury of 12", "the 12 jurors"."""
        if q.counted and q.counted.lower() in words(_TABLE, "voting_bodies"):
            return True
        if (after := re.match(r"-([a-z]+)\b", self.text[q.end:q.end + 16])) and after.group(1) in words(_TABLE, "voting_bodies"):
            return True  # "the 63-seat Legislative Assembly": a body named by a proper noun
        return VOTING_BODY_OF.search(self.text[max(0, q.start - 20):q.start]) is not None

    def _further_parts(self, b: Breakdown, amounts: list[Quantity], taken: set[str]) -> None:
        """Parts added after the whole: "Eleven of the 14 staff have been made redundant and a further
        five moved on to part-time contracts"."""
        end = max(b.parts[-1].end, b.whole.end if b.whole is not None else 0)
        labelled: list[Quantity] = []  # "won 21 of their 38 matches, drew nine and lost five"
        gapped = False
        for q in amounts:
            if q.start < end or q.id in taken or q is b.whole or q in b.parts:
                continue
            gap = self.text[end:q.start]
            if SENTENCE_BREAK.search(gap) or len(gap) > 90 or not same_family(q, b.parts[0]):
                break
            if CLOSING_PART.search(gap) and not labelled:
                # "convicted him on nine of the 14 charges and acquitted him on the other seven": the rest
                b.parts.append(q)
                b.type = RelationType.TOTAL_OF
                break
            if FURTHER_PART.search(gap) and not labelled:
                b.parts.append(q)
            elif not labelled and (self._gapped_like_first(gap, q) or gapped and self._joined(b.parts[-1], q, None) is not None):
                # "Thirty-seven of the 148 pupils ... achieved a distinction, 66 a merit and 39 a pass": the
                # first part's verb left out of the next ones (not "..., five in March", a share of the first)
                b.parts.append(q)
                gapped = True
            elif not labelled and SUBJECT_THEN_FIGURE.fullmatch(gap):
                # "The Prairie Alliance won 47 of the 87 seats, the Liberals 38 and independents the other four": the
                # next subject, the verb left out, then its figure
                b.parts.append(q)
                gapped = True
            elif re.fullmatch(r"(?:\s+[\w'’-]+){0,4}?\s*,?\s*(?:and\s+)?[a-z]+\s+", gap, re.I):
                labelled.append(q)
            else:
                break
            end = q.end
        if labelled and b.whole is not None and self.exhaustive(b.parts + labelled):
            b.parts.extend(labelled)
            b.type, b.cue = RelationType.TOTAL_OF, "labels"

    def _gapped_like_first(self, gap: str, q: Quantity) -> bool:
        """The figure after a comma stands with an object of its own and no verb, the verb of the clause
        before left out: ", 66 a merit"; not ", five in March" or ", five of them women"."""
        if not self._elliptical(gap, q):
            return False
        after = [t for t in self.clauses.tokens_in(q.end, q.end + 20) if not t.is_space]
        return bool(after) and after[0].pos_ in ("DET", "ADJ", "NOUN") and after[0].lower_ != "each"

    # -- total rows: a table's rows, then the row that totals them ---------------------------------
    def total_rows(self, quantities: list[Quantity], used: set[str]) -> list[Breakdown]:
        """A row or sentence labelled "Total" after rows of one figure each ("North: 21", "South: 17",
        ..., "Total: 68"; "Labour 1,432; Conservative 987; Green 244. Total valid votes: 3,373"): the rows
        between the start of the block and the total are all of it. Each row holds a label of a few
        words and one figure; the block starts after a heading, a colon or a blank line."""
        amounts = [q for q in quantities if is_amount(q)]
        found = []
        for k, total in enumerate(amounts):
            window = max(0, total.start - 50)
            row = TOTAL_ROW.search(self.text[window:total.start])
            if total.id in used or row is None or not ROW_END.match(self.text[total.end:total.end + 30]):
                continue
            parts: list[Quantity] = []
            end = window + row.start()
            for q in reversed(amounts[:k]):
                gap = self.text[q.end:end]
                if q.id in used or not same_family(q, total) \
                        or not (ROW_GAP.fullmatch(gap) or not parts and ROW_TAIL.fullmatch(gap)):
                    break
                parts.insert(0, q)
                end = q.start
            if len(parts) >= 2 and ROW_START.search(self.text[max(0, end - 80):end]):
                found.append(Breakdown(RelationType.TOTAL_OF, total, parts, "total row", inferred=True))
                used = used | {total.id, *(p.id for p in parts)}
        for table_total in self._table_totals(amounts, used):
            found.append(table_total)
            used = used | {q.id for q in (table_total.whole, *table_total.parts) if q is not None}
        for k, whole in enumerate(amounts):
            b = self._heading_rows(whole, amounts[k + 1:], used)
            if b is not None:
                found.append(b)
                used = used | {whole.id, *(p.id for p in b.parts)}
        return found

    def _table_totals(self, amounts: list[Quantity], used: set[str]) -> list[Breakdown]:
        """A pipe table's total column or total row: under "Nation | Gold | Silver | Bronze | Total", the row
        "Canada | 9 | 7 | 11 | 27" totals its other figures; a row "Total | 15 | 15 | 16" totals each column of
        the rows above it. One figure a cell; a cell with none or several ends the reading of that line."""
        found: list[Breakdown] = []
        for table_rows in _pipe_tables(self.text):
            cells = [[self._cell_figure(amounts, start, end) for start, end in row] for row in table_rows[1:]]
            header = [self.text[start:end].strip() for start, end in table_rows[0]]
            width = len(header)
            for c, name in enumerate(header):
                if not TOTAL_LABEL.fullmatch(name):
                    continue
                for row in cells:  # the total column: each row's other figures
                    total = row[c] if len(row) == width else None
                    parts = [q for k, q in enumerate(row) if k not in (0, c) and q is not None]
                    # (every column but the label's and the total's holds one of its figures)
                    if total is not None and len(parts) == width - 2 >= 2 and all(same_family(q, total) for q in parts) \
                            and not {total.id, *(q.id for q in parts)} & used:
                        found.append(Breakdown(RelationType.TOTAL_OF, total, parts, "total column", inferred=True))
            for r, (row_spans, row) in enumerate(zip(table_rows[1:], cells, strict=True)):
                start, end = row_spans[0]
                if r == 0 or not TOTAL_LABEL.fullmatch(self.text[start:end].strip()) or len(row) != width:
                    continue
                for c in range(1, width):  # the total row: each column of the rows above it
                    total = row[c]
                    column = [above[c] for above in cells[:r] if len(above) == width]
                    parts = [q for q in column if q is not None]
                    if total is not None and len(parts) == len(column) == r >= 2 \
                            and all(same_family(q, total) for q in parts) and not {total.id, *(q.id for q in parts)} & used:
                        found.append(Breakdown(RelationType.TOTAL_OF, total, parts, "total row", inferred=True))
        return found

    @staticmethod
    def _cell_figure(amounts: list[Quantity], start: int, end: int) -> Quantity | None:
        inside = [q for q in amounts if start <= q.start and q.end <= end]
        return inside[0] if len(inside) == 1 else None

    def _heading_rows(self, whole: Quantity, later: list[Quantity], used: set[str]) -> Breakdown | None:
        """A whole in a line that ends with a colon, broken down in the rows below it, one label and one
        figure a row ("1,240 delay incidents on the route, by cause:" / "- signal failures: 410" / ...).
        The rows are all of it when the heading breaks it down "by" something or a row is the rest
        ("other causes: 120") or the heading counts the rows ("across its three districts:"); otherwise they
        are parts that may leave some out."""
        heading = HEADING_AFTER.match(self.text[whole.end:whole.end + 100])
        if whole.id in used or heading is None or not can_be_whole(whole):
            return None
        parts: list[Quantity] = []
        end = whole.end + heading.end()
        for q in later:
            if q.start < end:
                continue  # another figure of the heading line ("across its three districts:")
            bulleted = FIGURE_FIRST_ROW.fullmatch(self.text[end:q.start])
            line_end = self.text.find("\n", q.end)
            line_end = len(self.text) if line_end < 0 else line_end
            if bulleted and q.id not in used and same_family(q, whole) and not re.search(r"\d", self.text[q.end:line_end]):
                parts.append(q)  # "- 61 drivers", "* $400,000 to the plaintiff": the figure first, its label after
                end = line_end
                continue
            row = HEADING_ROW.fullmatch(self.text[end:q.start])
            if q.id in used or row is None or (parts and "\n" not in row.group()) or not same_family(q, whole) \
                    or not ROW_END.match(self.text[q.end:q.end + 30]):
                break
            parts.append(q)
            end = q.end
        if len(parts) < 2 or whole.value == len(parts) or not all(fits_whole(whole, p) for p in parts):
            return None  # "its three districts:" counts the rows, it is not their sum
        labels = [HEADING_ROW.fullmatch(self.text[(parts[n - 1].end if n else whole.end + heading.end()):p.start])
                  for n, p in enumerate(parts)]
        announced = any(whole.end <= q.start < whole.end + heading.end() and q.value == len(parts) for q in later)
        complete = bool(heading.group("by")) or announced or DIVIDED_HEADING.search(heading.group()) is not None \
            or BREAKDOWN_NOUN.search(self.text[max(0, whole.start - 40):whole.start]) is not None \
            or any(m is not None and CLOSING_ROW.match(m.group("label") or "") for m in labels)
        return Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, whole, parts, "rows",
                         inferred=True)

    # -- shares: percentages of a whole that is not itself a percentage ---------------------------
    def _shares(self, qs: list[Quantity], previous: list[Quantity] | None, taken: set[str]) -> list[Breakdown]:
        """Percentages listed as shares of one whole: "Of the 800 residents polled, 62% backed the
        bypass and 45% opposed it"; "The £900,000 fund is being divided between two programmes.
        Apprenticeships will receive 55% of it and adult literacy the remaining 35%." Shares of one
        whole add up to 100% at most (all of it, when the list is complete)."""
        shares = [q for q in qs if q.kind is Kind.PERCENT and q.value is not None and q.role is None
                  and 0 < q.value <= 100 and q.id not in taken]
        found: list[Breakdown] = []
        i = 0
        while i < len(shares):
            parts = self.list_from(shares, i)
            if len(parts) < 2:
                i += 1
                continue
            i = shares.index(parts[-1]) + 1
            if len(parts) == 2 and self._overlapping_shares(*parts):
                continue  # "62% own a car and 45% use the bus": two answers, which may overlap
            lead = self.text[self._sentence_start(parts[0].start):parts[0].start]
            whole = self._share_whole(qs, parts, previous, lead)
            # "owned by the family (51%), a fund (30%) and staff, who hold the remaining 17%": shares closed by
            # "the remaining" are all of one whole, named or not
            closed = self._closed(parts)
            entire = whole is None and UNNAMED_ENTIRE.search(lead) is not None
            unnamed = whole is None and (UNNAMED_WHOLE.fullmatch(lead) is not None or self._shares_of_one_named(parts)
                                         or closed or UNNAMED_SPLIT.search(lead) is not None or entire)
            if whole is None and not unnamed:
                continue
            # "the utility's entire generation mix was coal 58 per cent, solar 17 per cent, ...": all of it
            complete = self._complete(parts, lead, entire)
            # "Of the ballots cast, 48% ... 49% ... and 7% ...": shares of all of it, whatever its size
            found.append(Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, whole, parts,
                                   "shares of all" if unnamed else "shares", inferred=True))
        return found

    def _shares_of_one_named(self, parts: list[Quantity]) -> bool:
        """The first share names its whole without a figure and the others leave it out: "Men made up 62
        percent of the company's workforce and women 45 percent" (not "... and 45% of its managers")."""
        named = re.match(r"\s*of\s+(?:(?:the|its|their|his|her|our|[A-Z][\w-]*['’]s)\s+)?"
                         r"(?:[^\d,;:%$£€]|(?<!\d)(?:19|20)\d\d(?!\d)){1,50}?(?:\s+and\b|,)",
                         self.text[parts[0].end:parts[0].end + 70], re.I)
        return named is not None and not any(re.match(r"\s*of\b", self.text[p.end:p.end + 6], re.I) for p in parts[1:])

    def _share_whole(self, qs: list[Quantity], parts: list[Quantity], previous: list[Quantity] | None,
                     lead: str) -> Quantity | None:
        """The whole the shares are of: the figure after a partitive right before them ("Of the 800
        residents polled, 62% ..."), or, when the first share is "of it" / "of them", the last amount
        before it in its sentence or the one before."""
        first = parts[0]
        before = [q for q in qs if q.end <= first.start and q.kind is not Kind.PERCENT and is_amount(q)
                  and can_be_whole(q)]
        for whole in reversed(before[-2:]):
            gap = self.text[whole.end:first.start]
            if len(gap) <= 90 and not SENTENCE_BREAK.search(gap) \
                    and (self._partitive(whole)
                         or SAMPLE_FRAME.search(self.text[max(0, whole.start - 40):whole.start])):
                return whole  # "Of the 800 residents polled, 62% ..."; "In a survey of 2,000 adults, 64% ..."
        after = [q for q in qs if q.start > first.end and q.kind is not Kind.PERCENT and is_amount(q) and can_be_whole(q)]
        if after and re.fullmatch(r"\s*of\s+(?:the|its|their|all|those)\s+", self.text[first.end:after[0].start]):
            return after[0]  # "62% of the 800 residents surveyed said ... and 45% said ..."
        if not SHARE_OF_WHOLE.match(self.text[first.end:first.end + 20]):
            return None
        if before and not SENTENCE_BREAK.search(self.text[before[-1].end:first.start]):
            return before[-1]
        if re.fullmatch(r"[^,;:]*", lead) and previous:
            wholes = [q for q in previous if q.kind is not Kind.PERCENT and is_amount(q) and can_be_whole(q)
                      and q.value != len(parts)]  # "divided between two programmes" announces the list
            return wholes[-1] if len(wholes) == 1 else None
        return None

    def _whole_before(self, amounts: list[Quantity], i: int, parts: list[Quantity]) -> Breakdown | None:
        first = parts[0]
        candidates: list[tuple[Quantity, str, bool, bool]] = []  # whole, cue, complete, inferred
        for k in range(i - 1, max(-1, i - 3), -1):
            whole = amounts[k]
            if not same_family(whole, first) or not can_be_whole(whole) or not all(fits_whole(whole, p) for p in parts):
                continue
            if whole.value in (len(parts), self._run_length(amounts, parts)) and not all(p.value == 1 for p in parts) \
                    and (whole.kind is Kind.NUMBER or any((p.value or 0) > whole.value for p in parts)
                         or whole.counted and all(p.counted not in (None, whole.counted) for p in parts)):
                # "The 150 staff work across four sites: 62 ..., 51 ...", "top three: China 40; ...", "Only
                # three players have scored: Adeyemi with 17, ...": the number of items announces them
                self._announcers.add(whole.id)  # and no whole of a shorter run of its items
                continue
            if whole.id in self._announcers or k > 0 and self._sides_of_a_vote(amounts[k - 1], whole):
                continue  # "passed 212 to 185, with four abstentions": a side of a vote is no whole
            gap = self.text[whole.end:first.start]
            next_bullet = len(parts) == 1 and re.fullmatch(r"[^\n.;:]{0,60}\n[ \t]*[-•*–][ \t]*", gap) is not None \
                and PARTIVE_AFTER.match(self.text[first.end:first.end + 20]) is not None
            if (len(gap) > 120 or SENTENCE_BREAK.search(gap) or "\n" in gap) and not next_bullet:
                break  # (but "- 310 departures scheduled / - 345 of them cancelled": "them" points at the bullet above)
            if any(whole.end <= q.start and q.end <= first.start and q.kind in (Kind.MEASURE, Kind.MONEY)
                   and not same_family(q, first) for q in amounts) \
                    and not (first.kind is Kind.COUNT and first.counted is not None and first.counted == whole.counted):
                continue  # "the two sisters own 340 acres: Anne farms 210 ...": the nearer figure is broken down
                # (not when the part counts the whole's own noun: "eight-carriage train ... at 60mph, with nine carriages")
            before = self.text[max(0, whole.start - 60):whole.start]
            if len(parts) == 1 and self.clauses.held_by_sized_subject(whole, first) and self._sizes(whole, first):
                candidates.append((whole, "has", False, False))  # "The 640-hectare station has 510 hectares in pasture"
                continue
            between = self._cue_between(gap, parts, whole)
            if between is not None:
                candidates.append((whole, between[0], between[1], False))
                continue
            partitive = self._partitive(whole)
            if partitive and len(gap) <= 90 and (len(parts) >= 2 or first.kind is Kind.COUNT
                                                 # "Of the £12m roads budget, £15m will go on ...": the sum
                                                 # after the comma is some of it
                                                 or (first.kind in (*COUNTABLE, Kind.MONEY, Kind.MEASURE)
                                                     and gap.rstrip().endswith(","))):
                # "Of the 1,200 members who voted, 1,380 ...": the bare figure after the comma counts them too
                # the cue is the partitive word itself ("of", "out of", "among")
                candidates.append((whole, (partitive.group("word") or "out of").lower(), False, False))
                continue
            noun = BREAKDOWN_NOUN.search(before)
            if noun and len(gap) <= 90 and len(parts) >= 2:
                candidates.append((whole, noun.group().split()[0].lower(), True, False))
                continue
            if len(parts) >= 2 and gap.rstrip().endswith(",") \
                    and any(whole.end <= q.start and q.end <= first.start and q.kind is Kind.COUNT
                            and q.value == len(parts) and first not in self.list_from(amounts, amounts.index(q))
                            for q in amounts):
                # "seized 845 kg of cocaine in two raids on Monday, 512 kg at ... and 323 kg ...": a count between
                # the whole and its list, as many as the parts, announces them all (not the list's own first item:
                # "The 23-player roster features three goalkeepers, eight defenders, seven ... and five ...")
                candidates.append((whole, ",", True, True))
                continue
            if len(parts) >= 2 and gap.rstrip().endswith(",") and self.clauses.apposed(whole, first) \
                    and self._clause_goes_on(whole, gap):
                candidates.append((whole, ",", False, True))  # "500 runners ..., 310 men and 240 women"
                continue
            if len(parts) >= 2 and SEMICOLON_LEAD.search(gap) and len(gap) <= 120 and can_be_whole(whole) \
                    and (whole.kind is not Kind.COUNT or all(p.counted in (None, whole.counted) for p in parts)) \
                    and self._semicolon_clauses(whole, parts):
                # "A total of 2,300 tonnes was collected; 1,450 tonnes were recycled and 980 tonnes ..."
                candidates.append((whole, ";", False, True))
                continue
            closing = CLOSING_COUNT.match(self.text[parts[-1].end:parts[-1].end + 60])
            if closing and len(parts) >= 2 and whole.kind is Kind.COUNT and len(gap) <= 90 \
                    and (all(p.counted in (None, whole.counted) for p in parts)
                         # "140 turtles, 88 loggerheads and 62 green turtles, the only two species": kinds, each named
                         or (_SMALL.get(closing.group("n").lower()) or int(closing.group("n"))) == len(parts)):
                # "The chain's 900 staff work in Leeds (500), York (250) and Hull (120), its only three sites"
                candidates.append((whole, "only", True, True))
                continue
            if len(parts) >= 2 and re.search(r",\s*(?:[\w'’.-]+\s+){0,4}$", gap) and len(gap) <= 60 \
                    and whole.kind is Kind.COUNT and self.exhaustive(parts):
                candidates.append((whole, ",", True, True))  # "played 38 games, winning 21, drawing 8 and losing 7"
                continue
            if len(parts) >= 2 and RESPECTIVELY.match(self.text[parts[-1].end:parts[-1].end + 40]) \
                    and not any(whole.end <= q.start and q.end <= first.start for q in amounts) \
                    and all(p.counted in (None, whole.counted) for p in parts) \
                    and self._coordinated_labels(whole.end, first.start) == len(parts):
                # "Kane's 30 goals came in the league, the cup and Europe, with 22, 3 and 7 respectively":
                # as many labels, coordinated between the whole and its figures, as there are figures
                candidates.append((whole, "respectively", False, True))  # the labels may not be all of it
                continue
            if first.kind in COUNTABLE and SAMPLE_FRAME.search(before[-40:]) and len(gap) <= 90 \
                    and re.search(r"\b(?:found|showed|shows|finds|revealed|reveals|suggested)\s+(?:that\s+)?$", gap):
                # "A survey of 1,032 households found that 1,320 had a smoke alarm": a count of the sample
                candidates.append((whole, "of", False, True))
                continue
            if len(parts) == 1 and SHARE_CLAUSE.search(gap) and len(gap) <= 90:
                # "Fines totalling £62,000 were issued, with a single operator accounting for £71,000"
                candidates.append((whole, "accounting for", False, True))
                continue
            if len(parts) >= 2 and self._fronted_then_speaker(whole, gap):
                # "Breaking down its 640 job cuts, Corvell said 310 roles would go ..., 205 ... and the remaining
                # 95 ...": the whole in a fronted participle, its parts in what the subject said
                candidates.append((whole, ",", self._closed(parts), True))
                continue
            absolute = self._absolute_partition(whole, gap, parts)
            if absolute:
                candidates.append((whole, ",", False, True))
        if not candidates:
            return None
        whole, cue, complete, inferred = candidates[0]
        if len(parts) < 2 and not (cue in words(_TABLE, "partial") or cue in ("of", "out of", "among", "from",
                                                                             "accounting for", "has")
                                   or PARTIVE_AFTER.match(self.text[first.end:first.end + 20])):
            return None
        if cue == "with" and len(parts) < 2 and not self._with_takes_one(first, whole):
            return None
        lead = self.text[max(0, whole.start - 80):first.start]
        said = complete
        complete = self._complete(parts, lead, complete) if len(parts) > 1 else False
        by_labels = complete and not said and self.exhaustive(parts)  # "41 were women and 30 were men": read as all
        return Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, whole, parts, cue,
                         inferred=inferred or len(candidates) > 1 or by_labels,
                         alternatives=[c[0] for c in candidates[1:]])

    def _run_length(self, amounts: list[Quantity], parts: list[Quantity]) -> int:
        """How many figures the run holds, with the one right after its last part that carries the unit the bare
        ones leave out: "three parts — 35, 30 and 25 minutes long" is a run of three."""
        k = amounts.index(parts[-1]) + 1
        if k < len(amounts) and re.fullmatch(r"\s*,?\s*(?:and|or)\s+", self.text[parts[-1].end:amounts[k].start]) \
                and amounts[k].kind in (Kind.MEASURE, Kind.DURATION, Kind.MONEY):
            return len(parts) + 1
        return len(parts)

    def _fronted_then_speaker(self, whole: Quantity, gap: str) -> bool:
        """The whole stands in a participle opening the sentence, and after its comma a speaker says the
        parts: "Announcing 900 job cuts, the bank said ..."."""
        opening = self.clauses.tokens_in(self._sentence_start(whole.start), whole.start)
        return bool(opening) and opening[0].tag_ == "VBG" and "," not in self.text[opening[0].idx:whole.start] \
            and re.fullmatch(rf"[^,;:]*,\s*{SPEAKER}", gap, re.I) is not None

    def _coordinated_labels(self, start: int, end: int) -> int:
        """The length of the longest run of coordinated nouns between two offsets ("the drug, placebo
        and usual-care arms" -> 3), 0 when there is none."""
        longest = 0
        inside = self.clauses.tokens_in(start, end)
        within = {t.i for t in inside}
        for tok in inside:
            if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "conj":
                continue
            run, head = 1, tok
            while (nxt := next((c for c in head.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                                and c.i in within), None)) is not None:
                run, head = run + 1, nxt
            longest = max(longest, run)
        # the parser may split the run ("in the league, the cup and Europe"): count the items by their commas
        gap = self.text[start:end]
        last_and = max((m.start() for m in re.finditer(r"\band\b", gap)), default=-1)
        if last_and > 0:
            items = 1
            for segment in reversed(gap[:last_and].split(",")):
                items += 1
                if len(segment.split()) > 4:
                    break
            longest = max(longest, items)
        return longest

    def _cue_between(self, gap: str, parts: list[Quantity], whole: Quantity) -> tuple[str, bool] | None:
        """The breakdown word between a whole and its first part: (cue, says complete).

        The cue must govern both: the whole's own noun phrase before it (no verb of another
        clause: "... for the project to date, and included $32 million" is not a breakdown), the
        first part right after it (a weak cue such as "with" must touch its part: ", with 51
        women", not "with incomes below $75,000")."""
        offset = whole.end
        best = None
        for pattern, complete in ((COMPLETE, True), (PARTIAL, False)):
            for m in pattern.finditer(gap):
                if len(gap) - m.end() <= 40 and not SENTENCE_BREAK.search(gap[:m.start()]) \
                        and (best is None or m.start() > best[0]):
                    best = (m.start(), m.group().lower(), complete, m.end())
        if best is not None:
            pre, post = gap[:best[0]], gap[best[3]:]
            verbs_post = self.clauses.verbs_between(offset + best[3], offset + len(gap)) - _BE
            weak = best[1] in words(_TABLE, "weak")
            # "212 people for heat exhaustion during the heatwave, of whom 221 ...": "whom" reaches back to the
            # people however long the phrase after them
            reach = 90 if best[1] in ("of whom", "among whom", "among them", "among those", "among these") \
                and pre.rstrip().endswith(",") else 45
            holds = len(pre) <= 90 and self.clauses.subject_holds(offset + best[0], offset + best[3], whole)
            if len(pre.strip()) > reach and holds:
                reach = 90  # "The 410 complaints received by the council in 2024 were broken down as": its subject
            # (a clause set off by commas inside the whole's subject is no other clause: "The 640-hectare estate,
            # which goes on the market this week, comprises ...")
            if len(pre.strip()) > reach or re.search(r",\s*(?:and|but)\b", pre) \
                    or (CLAUSE_SUBJECT.search(pre) and not (holds and re.match(r"[^,]*,[^,]+,\s*$", pre))) \
                    or OF_WHOLE_WHICH.match(gap) \
                    or (verbs_post - self._allowed_verbs and best[1] != ":") \
                    or (weak and len(post.strip(" ,")) > 12 and not verbs_post & self._allowed_verbs) \
                    or re.search(r"\bor\b", post) \
                    or re.search(rf"\b{re.escape(best[1])}\s+[$£€]?$", self.text[max(0, whole.start - 20):whole.start],
                                 re.I):
                # "Adeyemi with 17, Lund with 11 and ...": the figure before holds the same cue, an item of the list
                best = None
        colon = gap.rfind(":")
        dash = max(gap.rfind(" – "), gap.rfind(" — "), gap.rfind("—"))
        if dash > colon and (len(gap[:dash].strip()) >= 3 or ("—" in gap[dash:dash + 3] and len(parts) >= 2)):
            colon = dash  # a dash after a clause, or an em dash opening a list ("of 23 — three ..."), not a score "2 – 1"
        if colon >= 0 and len(gap) - colon <= 40 and (best is None or colon > best[0]) \
                and (colon <= 70 or colon <= 100 and self.exhaustive(parts)) \
                and not re.search(r",\s*(?:and|but)\b", gap[:colon]):
            best = (colon, ":", True, colon + 1)
        # a list in brackets right after the whole: "All 27 members (14 Labour, 8 Conservative and 3 ...)"
        bracket = gap.rfind("(")
        if best is None and bracket >= 0 and len(parts) >= 2 and not gap[bracket + 1:].strip() \
                and not re.search(r"[);]", gap[:bracket]) \
                and ")" in self.text[parts[-1].end:parts[-1].end + 40] \
                and (len(gap[:bracket].strip()) <= 45 or len(gap[:bracket].strip()) <= 90
                     and self.clauses.subject_of(whole.start, whole.end) is not None):
            # (further when the whole is its clause's subject: "Forty-two people were killed in the collapse
            # of the car park (29 workers and 11 passers-by)")
            best = (bracket, "(", True, bracket + 1)
        # a copula with the whole as its subject: "The 21,000 vehicles counted were 14,200 cars, 4,100 vans and ..."
        copula = re.search(r"\b(?:were|are|was|is)\s+$", gap)
        if best is None and copula and len(parts) >= 2 and len(gap) <= 90 and "," not in gap \
                and not self._partitive(whole) \
                and (len(gap) <= 45 and not self.clauses.verbs_between(offset, offset + copula.start()) - _BE
                     or self._subject_of_copula(whole, offset + copula.start())):
            best = (copula.start(), "were", True, copula.end())
        partitive = PARTIVE_AFTER.match(self.text[parts[0].end:parts[0].end + 20])
        if best is None and partitive and (len(gap) <= 40 or len(gap) <= 90 and not re.search(r"[\d:()]", gap)
                                           and (";" not in gap or gap.count(";") == 1 and gap.rstrip().endswith(";"))):
            # ("carrying 210 people when it ran aground near Tobermory on Friday; 260 of them were passengers": the
            # clause after a semicolon points back at the count before it)
            # "tried 38 defendants for drink-driving this year and convicted 41 of them": "them" is the count
            # before, however long its clause, when no other figure stands between
            return "of them", False
        if best is None:
            return None
        cue = re.sub(r"\s+", " ", best[1])
        if cue == "with" and len(parts) < 2 and not self._with_takes_one(parts[0], whole):
            return None
        return cue, best[2]

    def _partitive(self, whole: Quantity) -> re.Match | None:
        """The partitive word the whole follows: "Of the 800 residents polled, ...", "among its 40 staff";
        with no determiner only at the start of a sentence ("Of 1,500 residents surveyed, 46% ...")."""
        found = PARTITIVE.search(self.text[max(0, whole.start - 60):whole.start])
        if found is None:
            found = BARE_PARTITIVE.fullmatch(self.text[self._sentence_start(whole.start):whole.start])
        return found

    def _subject_of_copula(self, whole: Quantity, at: int) -> bool:
        """The whole's noun is the subject of the copula at ``at``, whatever clause describes it: "The 312
        runners who finished the race were 174 men and 128 women"."""
        noun = self.clauses.noun_of(whole.start, whole.end)
        copula = self.clauses.tokens_in(at, at + 1)
        return noun is not None and bool(copula) and noun.dep_ == "nsubj" and noun.head.i == copula[0].i \
            and noun.doc is copula[0].doc

    def _with_takes_one(self, part: Quantity, whole: Quantity) -> bool:
        """A weak "with" takes one part only as "with 19,200 going to adult members", "with 9,100 based
        in the UK", "with $5.2 million of it earmarked", or when the part counts the whole's own noun
        and a verb tells what became of it: "The eight-carriage train derailed, with nine carriages
        leaving the tracks" (not "a 300-room hotel, with 400 staff")."""
        if GOING_TO.match(self.text[part.end:part.end + 30]) or PARTIVE_AFTER.match(self.text[part.end:part.end + 20]):
            return True
        noun = self.clauses.noun_of(part.start, part.end)
        if not (part.kind is Kind.COUNT and part.counted is not None and part.counted == whole.counted
                and noun is not None):
            return False
        verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")]
        if noun.dep_ == "nsubj" and noun.head.tag_ in ("VBG", "VBN"):
            verbs.append(noun.head)
        # "with 400 rooms booked for the first week" may count nights, not rooms: over a period it is no part
        return bool(verbs) and not any(t.lemma_.lower() in _PERIOD_WORDS for v in verbs for t in v.subtree)

    def _semicolon_clauses(self, whole: Quantity, parts: list[Quantity]) -> bool:
        """Across a semicolon, a whole and its parts are clauses with verbs ("2,300 tonnes was collected;
        1,450 tonnes were recycled and ..."), the whole not itself an item of a list ("including $8.8
        billion for X; $12.4 billion for Y; ...")."""
        semicolon = self.text.rfind(";", whole.end, parts[0].start)
        lead = self.text[self._sentence_start(whole.start):whole.start]
        if semicolon < 0 or PARTIAL.search(lead) or COMPLETE.search(lead) or re.search(r"[:;]", lead):
            return False
        return bool(self.clauses.verbs_between(semicolon, parts[-1].end) - _BE
                    or re.search(r"\b(?:were|was|are|is)\b", self.text[semicolon:parts[-1].end]))

    def _clause_goes_on(self, whole: Quantity, gap: str) -> bool:
        """The whole's clause goes on past its noun before the comma ("500 runners took part in the
        run, ..."): a list of figures right after each other ("506 crypts, 548 gravesites, 640
        niches") is an enumeration, whatever the parser made of it."""
        rest = gap.strip().rstrip(",")
        noun = whole.counted_text or ""
        if noun and rest.startswith(noun):
            rest = rest[len(noun):]
        return bool(re.search(r"\b(?:in|at|on|over|for|to|from|during|across|with|by)\b", rest, re.I)
                    or self.clauses.verbs_between(whole.end, whole.end + len(gap)))

    def _absolute_partition(self, whole: Quantity, gap: str, parts: list[Quantity]) -> bool:
        """'Two hundred families were evacuated, 120 from the riverside and 95 from the hillside':
        bare figures right after a counted whole, each labelled by a place or a group."""
        if whole.kind is not Kind.COUNT or len(parts) < 2 or not gap.rstrip().endswith(","):
            return False
        if any(p.counted not in (None, whole.counted) for p in parts):
            return False
        for p in parts:
            after = self.text[p.end:p.end + 30]
            if not (re.match(r"^\s+(?:from|in|at|on|for|with|to)\s+\w", after, re.I) or VOTE_SIDE.match(after)) \
                    or TEMPORAL_LABEL.match(after):
                return False
        return len(gap) <= 60

    def _spans_of_a_life(self, qs: list[Quantity]) -> list[Breakdown]:
        """Years a person is said to have spent at something are some of their age: "The 34-year-old, who has
        spent 38 years in show jumping"; "Sarah Kent, 34, has been riding for 38 years". The span is of a verb
        whose subject is the person the age is told of."""
        ages = [q for q in qs if q.role == "age" and q.kind is Kind.NUMBER
                or q.kind is Kind.COUNT and q.counted == "year" and self.text.startswith("-year-old", q.end)]
        found = []
        for span in qs:
            if span.kind is not Kind.DURATION or span.unit != "year" or not ages:
                continue
            tokens = self.clauses.tokens_in(span.start, span.end)
            noun = next((t for t in tokens if t.lemma_.lower() == "year"), None)
            if noun is None:
                continue
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
            if noun.dep_ not in ("dobj", "npadvmod", "pobj") or verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if verb.dep_ == "relcl" and (subject is None or subject.tag_ in ("WP", "WDT")):
                subject = verb.head  # "The 34-year-old, who has spent 38 years"
            if subject is None:
                continue
            person = {t.i for t in subject.subtree} - ({t.i for t in verb.subtree} if subject is verb.head else set())
            for age in ages:
                age_tokens = self.clauses.tokens_in(age.start, age.end)
                if age_tokens and all(t.i in person for t in age_tokens) and age_tokens[0].doc is noun.doc:
                    found.append(Breakdown(RelationType.PART_OF, age, [span], "age", inferred=True))
                    break
        return found

    def _placed_whole(self, part: Quantity, whole: Quantity) -> Breakdown | None:
        """"Flooding damaged 64 homes in Sandsend, a village of just 58 homes": the homes there are some of the
        village's (``resident_nouns``; not "3,000 people ... in Ely, a town of 2,000 people": visitors count too)."""
        if whole.kind is Kind.COUNT and whole.counted == part.counted and whole.counted in words(_TABLE, "resident_nouns") \
                and PLACE_OF_WHOLE.match(self.text[part.end:whole.start]):
            return Breakdown(RelationType.PART_OF, whole, [part], "in")
        return None

    def _compounded(self, q: Quantity) -> str | None:
        """The noun a figure is hyphened to, as a count's noun: "450-seat concert hall" -> seat."""
        m = re.match(r"-([a-z]+)\b", self.text[q.end:q.end + 20])
        return m.group(1) if m else None

    def _sized_group(self, part: Quantity, whole: Quantity) -> Breakdown | None:
        """"104 electric buses in its 96-vehicle fleet", "710 hectares in the 640-hectare station": a part in a
        group sized by a figure written before it, in the part's unit or counting members (``member_nouns``)."""
        after = self.text[whole.end:whole.end + 30]
        compound = re.match(r"\s+[a-z]", after) if "-" in whole.text else re.match(r"-[A-Za-z]+\s+[a-z]", after)
        if not SIZED_GROUP_GAP.fullmatch(self.text[part.end:whole.start]) or compound is None:
            return None
        return Breakdown(RelationType.PART_OF, whole, [part], "in") if self._sizes(whole, part) else None

    def _sizes(self, whole: Quantity, part: Quantity) -> bool:
        """Whether a figure that sizes a group ("640-hectare station", "96-vehicle fleet", "450-seat hall") is in
        the part's terms: the part's unit, or a count of what the part counts, of the noun the figure is hyphened
        to, or of members of any kind (``member_nouns``)."""
        if whole.kind is part.kind is Kind.MEASURE:
            return whole.unit == part.unit
        return whole.kind is part.kind is Kind.COUNT \
            and (part.counted in (whole.counted, self._compounded(whole)) or whole.counted in words(_TABLE, "member_nouns"))

    def _whole_after(self, amounts: list[Quantity], i: int, parts: list[Quantity]) -> Breakdown | None:
        if len(parts) == 2 and (placed := self._placed_whole(parts[0], parts[1])) is not None:
            return placed  # read as a list of two, the second is the place's whole
        if len(parts) == 2 and (sized := self._sized_group(parts[0], parts[1])) is not None:
            return sized
        last = parts[-1]
        j = amounts.index(last) + 1
        if j >= len(amounts):
            # a figure may itself be the total of the list before it: "... and 30 on Wednesday, 175 in all"
            return self._total_inside(parts)
        # a span between the list and its total is no figure of it: "..., bringing the total for the two months to"
        while j + 1 < len(amounts) and amounts[j].kind is Kind.DURATION and last.kind is not Kind.DURATION:
            j += 1
        whole = amounts[j]
        if not same_family(whole, last) or (not can_be_whole(whole) and whole.kind is not Kind.NUMBER):
            return self._total_inside(parts)
        gap = self.text[last.end:whole.start]
        if len(gap) > 120 or len(gap) > 80 and not TOTAL_BEFORE.search(gap) or SENTENCE_BREAK.search(gap):
            return self._total_inside(parts)  # "..., bringing the total number of defendants to 25" may run long
        after = self.text[whole.end:whole.end + 40]
        lead = self.text[max(0, parts[0].start - 80):parts[0].start]
        if len(parts) >= 2 and (total := TOTAL_BEFORE.search(gap) or _total_after(after, gap)):
            if OPEN_LIST.search(lead) or OPEN_LIST.search(self.text[parts[0].start:last.end]) \
                    or _partitive_total(total, gap) or UNCOUNTED_ITEM_LAST.match(gap):
                # "4,500 hectares of forest and 3,200 of farmland, out of a total of 7,900": some of it
                return Breakdown(RelationType.PART_OF, whole, parts, "total", inferred=True)
            cue = total.group().strip(" ,:$£€").lower()
            # "bringing the total to" may add the list to parts told before: the list is likely all, not surely
            return Breakdown(RelationType.TOTAL_OF, whole, parts, re.sub(r"\s+", " ", cue),
                             inferred=bool(INCREMENT.match(cue)))
        if len(parts) == 1 and (placed := self._placed_whole(parts[0], whole) or self._sized_group(parts[0], whole)):
            return placed
        of_whole = OF_WHOLE_WHICH.match(gap)
        if of_whole and len(parts) == 1 and can_be_whole(whole) \
                and (whole.kind is not Kind.COUNT or whole.counted == parts[0].counted):
            # "... of the reserve, which covers 1,200 hectares"
            return Breakdown(RelationType.PART_OF, whole, parts, of_whole.group("prep").lower())
        m = PARTIAL_BEFORE_WHOLE.search(gap)
        if m is not None and re.match(r"(?:inside|within)\b", m.group().strip(), re.I) and whole.dimension != "area":
            m = None  # "12 miles of road within the 10-mile zone": a length inside a place is no part of its size
        if m is not None and re.match(r"(?:among|from)\b", m.group().strip(), re.I) and whole.kind is Kind.COUNT \
                and whole.counted and parts[-1].counted and whole.counted != parts[-1].counted \
                and not people_alike(whole.counted, parts[-1].counted):
            m = None  # "The 9,812 valid votes were shared among the three candidates": another noun, no whole of them
        partitive = m is not None and re.match(r"(?:of|out)\b", m.group().strip(), re.I) is not None
        share_noun = gap[:m.start()].strip().lower() in words(_TABLE, "share_nouns") if m else False
        out_of = m is not None and m.group().strip().lower().startswith("out")
        if m and len(gap) - m.end() <= 30 and can_be_whole(whole) \
                and (share_noun or len(gap[:m.start()].strip()) <= (25 if out_of else 0 if partitive else 45)
                     # "340 flights were cancelled at the airport on Friday, out of 310 scheduled": its clause's
                     or out_of and gap[:m.start()].rstrip().endswith(",") and len(gap) <= 90
                     and not re.search(r"[\d;:()]", gap[:m.start()])):
            # "410 of the 380", "a £5m share of the £4m fund"; not "an increase of $1.2 billion"
            parts = parts[-1:] if partitive else parts  # "all fifty states and 434 of the 435 districts": one part
            return Breakdown(RelationType.PART_OF, whole, parts, m.group().strip().lower())
        return self._total_inside(parts)

    def _total_inside(self, parts: list[Quantity]) -> Breakdown | None:
        """The last figure of a run, marked as the total: "85 on Monday, 40 on Tuesday and 30 on
        Wednesday, 175 in all" reads all four as one list first."""
        if len(parts) < 3:
            return None
        whole = parts[-1]
        after = self.text[whole.end:whole.end + 40]
        gap = self.text[parts[-2].end:whole.start]
        if total := _total_after(after, gap) or TOTAL_BEFORE.search(gap):
            cue = total.group().strip(" ,:$£€").lower()
            if _partitive_total(total, gap) or UNCOUNTED_ITEM_LAST.match(gap):
                return Breakdown(RelationType.PART_OF, whole, parts[:-1], "total", inferred=True)
            return Breakdown(RelationType.TOTAL_OF, whole, parts[:-1], re.sub(r"\s+", " ", cue))
        return None

    def _whole_in_previous(self, qs: list[Quantity], parts: list[Quantity],
                           before: list[Quantity] | None) -> Breakdown | None:
        """A list opening its sentence breaks down a whole of the sentence before: "The museum
        acquired 140 objects. Ninety were paintings, 38 sculptures and 20 prints." An opening "Of those,"
        points back across a paragraph break too (``before`` is the sentence before in any paragraph)."""
        first = parts[0]
        sentence_start = self._sentence_start(first.start)
        lead = self.text[sentence_start:first.start]
        heading = self.heading_end
        if before and re.fullmatch(r"[^.!?\n:]*:[^.!?\n:]*", self.text[before[-1].end:first.start]):
            # "Results for all 51 council seats: Labour 24, ...": a colon the parser took for a sentence's end
            earlier = [q for q in before if is_amount(q)]
            return self._whole_before(earlier + parts, len(earlier), parts) if earlier else None
        # the story's first sentence lists what its headline totals: "Bank pledges $10 million to three cities /
        # The bank will give $4 million to ..., $3 million to ... and $2 million to ..."
        under_headline = bool(before and heading is not None and before[-1].end <= heading
                              and not self.text[heading:sentence_start].strip() and len(parts) >= 2)
        # ("... raised $2.3 million at its gala. / Organizers said $3.1 million of that came from one donor": "of that"
        # points back across a paragraph break too)
        previous = before if before and (same_paragraph(self.text, before, qs) or OF_THOSE_OPENING.fullmatch(lead)
                                         or under_headline
                                         or len(parts) == 1 and PARTIVE_AFTER.match(self.text[first.end:first.end + 20])
                                         ) else None
        if not previous:
            return None
        if len(parts) == 1:
            return self._one_of_them(first, lead, previous)
        if under_headline and not same_paragraph(self.text, before or [], qs):
            # (counts only after "Of the dead," and the like, which point back at the headline's: "27 killed as bus
            # plunges into gorge / Of the dead, 15 were men, eight were women and seven were children")
            of_the = UNNAMED_WHOLE.fullmatch(lead) is not None
            wholes = [q for q in previous if same_family(q, first) and can_be_whole(q)
                      and (q.kind is first.kind and first.kind is not Kind.COUNT
                           or of_the and q.kind in COUNTABLE and first.kind in COUNTABLE)]
            if len(wholes) != 1:
                return None
            # complete when the headline counts the parts ("to three cities")
            counted = any(q.kind is Kind.COUNT and q.value == len(parts) for q in previous)
            complete = counted and self._complete(parts, lead, True)
            return Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, wholes[0], parts,
                             "headline", inferred=True)

        anaphor = ANAPHORIC_LEAD.fullmatch(lead)
        if re.fullmatch(r"\s*[\"“‘']?\s*(?:of|among)\s+(?:the|these|those)\s*", lead, re.I):
            return None  # "Of those 23 detained, 15 were freed": the first figure is the whole of the rest
        if not re.fullmatch(r"\s*[\"“‘']?\s*(?:according\s+to\s+[^,\d]{1,60},\s*)?"
                            # a speaker before the list: "It said 310 roles would go ...", "Officials added that"
                            rf"(?:{SPEAKER})?"
                            r"(?:(?:of|among)\s+(?:them|these|those|whom|which|that|this|it|the\s+\w+)\s*,?\s*)?"
                            rf"(?:(?:{alternation('hedges')})\s+)?", lead, re.I) \
                and not anaphor and not self._label_then_breakdown_verb(sentence_start, first.start):
            return None
        wholes = [q for q in previous if (same_family(q, first) and can_be_whole(q) and q.kind is first.kind)
                  or (q.kind is Kind.COUNT and first.kind in COUNTABLE and can_be_whole(q))]
        if len(wholes) > 1:  # "split between the town's two stations": the count of parts announces the list
            wholes = [q for q in wholes if q.value != len(parts)] or wholes
        if not wholes:
            return None
        whole = wholes[-1]
        of_them = re.match(r"\s*[\"“‘']?\s*(?:of|among)\s+(?:them|these|those)\b", lead, re.I)
        if first.kind is Kind.COUNT and first.counted not in (None, whole.counted) and not self._is_copula_label(first) \
                and not anaphor and not of_them \
                and not self._closed(parts):
            # "... 140 objects. 30 staff and 20 volunteers ...": another noun, another set (not when the list
            # closes with the rest of its whole: "640 jobs. ... 310 roles ..., and the remaining 95")
            return None
        # the sentence before may say the list is complete: "The 48 officers will be split between ..."
        announced = COMPLETE.search(self.text[whole.end:self._sentence_start(first.start)])
        complete = self._complete(parts, lead, bool(announced) or bool(anaphor and COMPLETE.search(lead)))
        return Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, whole, parts,
                         "next sentence", inferred=True, alternatives=wholes[:-1])

    def _label_then_breakdown_verb(self, start: int, end: int) -> bool:
        """A sentence opening with a part's label and a verb of taking a share, then the list:
        "Domestic routes accounted for 3.1 million and international routes for the remaining 5.9
        million" (one verb of ``share_verbs``, no clause before it)."""
        tokens = self.clauses.tokens_in(start, end)
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX")]
        return 1 <= len(tokens) <= 7 and len(verbs) == 1 and verbs[0].lemma_.lower() in words(_TABLE, "share_verbs") \
            and not any(t.text in (",", ";", ":") for t in tokens) \
            and any(t.dep_ in ("nsubj", "nsubjpass") and t.head.i == verbs[0].i for t in tokens)

    def _one_of_them(self, part: Quantity, lead: str, previous: list[Quantity]) -> Breakdown | None:
        """One figure "of them" refers back to the count of the sentence before: "Police arrested 14
        people. Seventeen of them were charged"; "... sold 12,000 tickets. Organisers said 14,500 of
        them went to visitors". Every count there that can be a whole is a reading."""
        # "Seventeen of them were charged"; "Of these, 1,410 were found to have defects"
        # ("Among them were 3,900 from China": the copula put before its subject)
        opening = re.fullmatch(rf"\s*[\"“‘']?\s*(?:of|among)\s+(?:them|these|those)\s*(?:,|\s(?:were|are|was|is))\s*"
                               rf"(?:(?:{alternation('hedges')})\s+)?", lead, re.I)
        # "Seventy are Airbus A320s and the rest are turboprops": a bare count opening the sentence, and the rest
        rest_told = not lead.strip() and REST_WITHOUT_FIGURE.search(self.text[part.end:self._sentence_end(part.end)])
        # ("raised $2.3 million ... Organizers said $3.1 million of that came from one donor": a sum of a sum)
        sum_of_that = part.kind in (Kind.MONEY, Kind.MEASURE) \
            and re.match(r"^\s+of\s+(?:that|it)\s+(?!kind|sort|type)", self.text[part.end:part.end + 20], re.I)
        if not (opening or rest_told or (re.match(r"^\s+of\s+(?:them|those|these)\b", self.text[part.end:part.end + 20], re.I)
                                         or sum_of_that) and not re.search(r"[,;:]", lead)) \
                or part.kind not in COUNTABLE and not sum_of_that or re.search(r"\b(?:all|both)\s+$", lead, re.I):
            return None  # "All 16 of those arrested": the whole again, not a part of it
        wholes = [q for q in previous if can_be_whole(q) and (q.kind is Kind.COUNT if part.kind in COUNTABLE
                                                               else same_family(q, part))]
        if not wholes:
            return None
        # several counts before: "them" may be any, and the part is checked against each ("Seventy-six
        # candidates are standing for 51 seats. ... 82 of them"): flagged only when it exceeds them all
        return Breakdown(RelationType.PART_OF, wholes[0], [part], "of them", inferred=True, alternatives=wholes[1:])

    def _total_of_the_list_before(self, amounts: list[Quantity], before: list[Quantity] | None,
                                  taken: set[str]) -> list[Breakdown]:
        """A sentence that totals the list of the sentence before: "... Adeyemi with 17, Lund with 11 and Castellano
        with eight. Their combined tally of 36 ..."; "... individuals gave $42,000, businesses $35,000 and churches
        $12,000. / In all, the fund collected $89,000". "Their combined" sums the listed ones; "in all" sums what the
        sentence before announced or closed."""
        if not amounts or not before or amounts[0].id in taken:
            return []
        whole = amounts[0]
        lead = self.text[self._sentence_start(whole.start):whole.start]
        combined = SUM_OF_THE_LIST_BEFORE.search(lead)
        its_total = TOTAL_OF_THE_LIST_BEFORE.match(lead)
        in_all = IN_ALL_OPENING.match(lead) or its_total
        if not (combined or in_all) or not can_be_whole(whole):
            return []
        listed = [q for q in before if is_amount(q) and same_family(q, whole)]
        parts = next((run for i in range(len(listed)) if len(run := self.list_from(listed, i)) >= 2), [])
        if len(parts) < 2 or not all(fits_whole(whole, p) for p in parts) \
                or any(ORIGIN_CUE.search(self.text[a.end:b.start]) for a, b in itertools.pairwise(parts)):
            return []  # (not "5,310 parcels in March, up from 4,900 in February": a comparison, no list)
        before_lead = self.text[self._sentence_start(parts[0].start):parts[0].start]
        complete = self._complete(parts, before_lead, bool(combined))
        if its_total and not complete:
            return []  # "Its March total of 5,310": a total of some list, not shown to be this one
        return [Breakdown(RelationType.TOTAL_OF if complete else RelationType.PART_OF, whole, parts,
                          "combined" if combined else "in all", inferred=True)]

    def _parts_of_a_named_set(self, amounts: list[Quantity], before: list[Quantity] | None,
                              taken: set[str]) -> list[Breakdown]:
        """A figure "of" a set the article named and counted before: "Vantor, which employs 600 people, said 640
        of its employees would be furloughed"; "The district employs 850 teachers. / ... 920 of the district's
        teachers have signed". The whole is a count of that noun (or of people, for a noun of people) earlier in
        the sentence or in the sentence before, in any paragraph; with several, the part is checked against each."""
        found = []
        for part in amounts:
            named = NAMED_SET_AFTER.match(self.text, part.end)
            if part.id in taken or named is None or part.kind not in COUNTABLE or part.qualifier_text \
                    or re.search(r"\b(?:all|both)\s+$", self.text[max(0, part.start - 6):part.start], re.I):
                continue  # (not "all 26 of her goals": the whole set again, a restatement)
            tokens = self.clauses.tokens_in(named.start("noun"), named.end("noun"))
            noun = tokens[-1].lemma_.lower() if tokens else named.group("noun").lower()
            earlier = [q for q in [*(before or []), *amounts] if q.end <= part.start and q.kind is Kind.COUNT
                       and q.counted and can_be_whole(q) and q.id not in taken
                       and (related(q.counted, noun) or people_alike(q.counted, noun))]
            if not earlier:
                continue
            earlier.reverse()  # the nearest first
            found.append(Breakdown(RelationType.PART_OF, earlier[0], [part], "of the set", inferred=True,
                                   alternatives=earlier[1:]))
            taken.add(part.id)
        return found

    def _sentence_end(self, offset: int) -> int:
        found = SENTENCE_BREAK.search(self.text, offset)
        return found.start() if found else len(self.text)

    def _is_copula_label(self, p: Quantity) -> bool:
        """'Twenty-one were drivers': the noun after a copula names the part, it is not what it counts."""
        return bool(re.match(r"^\s+(?:were|are|was|is)\b", self.text[p.end:p.end + 10], re.I))

    def _sentence_start(self, offset: int) -> int:
        return sentence_start(self.text, offset)


# a period over which a count may add up past its whole: "400 rooms booked for the first week" (the nouns of
# time that count a set over that time)
_PERIOD_WORDS = words("restatements", "time_frames") | words("dates", "periods")
# "55% of it", "62% of them", "40 per cent of the total": a share of a whole named before
SHARE_OF_WHOLE = re.compile(r"^\s*(?:of\s+(?:it|them|that|this|the\s+(?:total|money|sum|budget|fund|funding|cash|"
                            r"amount|total\s+\w+)))\b", re.I)
# a speaker and a verb of saying before what they said: "the bank said", "Officials added that"
SPEAKER = (rf"(?:[\w'’-]+\s+){{1,4}}?(?:{alternation('elapsed', 'speech_verbs')}|{alternation(_TABLE, 'source_verbs')})"
           r"\s+(?:that\s+)?")
# the rest of a whole told without a figure: "... and the rest are turboprops", "; the others were sold"
# "and the others run on batteries", "while the rest of the fleet is leased"
REST_WITHOUT_FIGURE = re.compile(rf"(?:\b(?:and|while|but)|;)\s+(?:{alternation(_TABLE, 'closure')})"
                                 rf"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?\w+)?\s+(?![\d,])[a-z]+\b", re.I)
# a total that refers back to the list of the sentence before: "Their combined tally of 38", "The three's
# total of 38"; "In all, the fund collected $98,000"
SUM_OF_THE_LIST_BEFORE = re.compile(r"\b(?:their|its|the|these|those)\s+(?:[\w'’-]+\s+)?(?:combined|joint|overall)\s+"
                                    r"(?:[a-z]+\s+)?(?:of\s+)?(?:(?:about|some|nearly|almost)\s+)?[$£€]?$", re.I)
# "Its total of 620 pupils": the total of what the sentence before listed, all of it when that list was complete
TOTAL_OF_THE_LIST_BEFORE = re.compile(r"^\s*(?:their|its|the|this|that)\s+(?:[\w'’-]+\s+)?(?:total|sum)\s+"
                                      r"(?:of\s+)?[$£€]?$", re.I)
IN_ALL_OPENING = re.compile(r"\s*[\"“]?\s*(?:in\s+all|in\s+total|altogether|all\s+told|overall|combined)\s*,", re.I)
# "640 of its employees", "15 of the town's schools": a part of a set the article named before
NAMED_SET_AFTER = re.compile(r"\s+of\s+(?:the|its|their|his|her|our|this|that|these|those)\s+(?:[A-Za-z'’-]+\s+){0,2}?"
                             r"(?P<noun>[a-z]+)\b(?!['’])", re.I)
PARTIVE_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?of\s+(?:them|whom|those|these|which|it|the\s+total|"
                           r"that\b(?!\s+(?:kind|type|sort|number|year|month|week|day|time|era|period|size)\b))\b", re.I)
