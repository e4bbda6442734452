"""Numbers as written: digits, number words, fractions, scale words, currencies and percent signs.

``find_numbers`` scans a text and returns every number with its span, its value with scale
words applied ("$3m" -> 3000000, "1.2 million" -> 1200000, "twelve thousand" -> 12000, wire
style "500 mln" -> 500000000), the rounding step it is stated to, and any currency or percent
sign attached to it. Fractions are numbers ("two-thirds" 0.6667, "¾" 0.75, stock prices
"77-3/8" 77.375), multiples carry ``multiple`` ("threefold" 3), and "one to 1.5 billion" is one
range whose ends both take the scale. Numbers that only name something ("Radio 4", "FTSE 100",
"H.R. 1580", a ZIP code, a phone number, a street address, "a two-tier system") are left out.

Every word list is data in ``factcheck/lang/en/numbers.yaml`` and ``currencies.yaml``.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from factcheck.lang import table

_N = table("numbers")
_C = table("currencies")
UNITS: dict[str, int] = dict(_N["units"])
TENS: dict[str, int] = dict(_N["tens"])
SCALES: dict[str, int] = dict(_N["scales"])
SHORT_SCALES: dict[str, int] = dict(_N["short_scales"])
VAGUE: dict[str, tuple[float, float]] = {k: tuple(v) for k, v in _N["vague"].items()}
FRACTIONS: dict[str, int] = dict(_N["fraction_denominators"])
FRACTION_CHARACTERS: dict[str, float] = dict(_N["fraction_characters"])
MULTIPLES: dict[str, int] = dict(_N["multiples"])
CURRENCY_SYMBOLS: dict[str, str] = {**{k.lower(): v for k, v in _C["symbols"].items()},
                                    **{c.lower(): c for c in _C["codes"]}, "rmb": "CNY"}
CURRENCY_WORDS: dict[str, str] = dict(_C["words"])
SUBUNITS: dict[str, str] = dict(_C["subunits"])

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion|trillion|dozen"
_BIG = "thousand|million|billion|trillion"
_WORD_NUMBER = (  # "and" joins number words only after a scale: "one hundred and six", not "one and six"
    rf"(?:(?:a|an|one)\s+)?(?:(?:{_WORD})(?:[-\s](?:{_WORD}))?|a|hundred(?=[\s-]+(?:{_BIG})\b))"
    rf"(?:(?:\s+|-)(?:{_SCALE})(?:\s+and(?=\s+(?:{_WORD})\b))?|(?:\s+|-)(?:{_WORD})(?:-(?:{_WORD}))?)*"
)
_SMALL_WORD = rf"(?:{_WORD})(?:-(?:{_WORD}))?"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CODES = "|".join(_C["codes"])
_SYMBOLS = "|".join(re.escape(s) for s in sorted(
    (s for s in _C["symbols"] if not s[0].isalpha() or s.endswith("$")), key=len, reverse=True))
_LETTER_SYMBOLS: dict[str, str] = dict(_C["letter_symbols"])
# "R2.4 million", "Ksh 350,000": letters as a currency only before an amount that is plainly money-sized
_LETTERS = (rf"(?<![\w])(?-i:{'|'.join(re.escape(s) for s in sorted(_LETTER_SYMBOLS, key=len, reverse=True))})"
            r"(?=\s?\d{1,3}(?:,\d{3})+(?![\d,])|\s?\d+(?:\.\d+)?\s?(?:million|billion|trillion|mn|bn|tn|m)\b)")
_CURRENCY = rf"(?:(?-i:US|AU|A|C|NZ|HK|S|R)?\$|(?:{_SYMBOLS})|(?<![\w])(?-i:Rs\.?|{_CODES}|RMB)\s?|{_LETTERS}\s?)"
_WIRE_SCALES = sorted((s for s in SHORT_SCALES if s not in _N["single_letter_scales"]), key=len, reverse=True)
_SUFFIX_SCALE = (rf"(?:\s?(?:{_BIG})\b|\s?(?:{'|'.join(_WIRE_SCALES)})\b(?!\.\w)|"
                 rf"(?:{'|'.join(_N['single_letter_scales'])})\b)")
_FRACTION_WORDS = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_VULGAR = "".join(FRACTION_CHARACTERS)
_NEGATIVE = "|".join(_N["negative"])
_STOCK_DENOMINATORS = r"(?:2|3|4|8|16|32|64)"

NUMBER_RE = re.compile(
    rf"""
    (?P<negative>(?<![\w-])(?:{_NEGATIVE})\s+)?
    (?P<currency>{_CURRENCY})?
    (?:
        (?P<mixed>(?<![\w.,/:-])\d{{1,4}})[-\s](?P<mnum>\d{{1,2}})/(?P<mden>{_STOCK_DENOMINATORS})(?![\w/]*\d)
      | (?P<fraction>(?<![\w.,/:-])(?P<fnum>\d{{1,2}})/(?P<fden>{_STOCK_DENOMINATORS}))(?![\w/]*\d)(?![-/])
      | (?P<digits>(?(currency)|(?<![\w.,/:-]))(?:{_DIGITS}))(?P<vulgar>[{_VULGAR}])?(?![\w/]*\d)(?!:\d)(?!(?:st|nd|rd|th)\b)
            (?P<fold>-?fold\b)?
            (?:[-–](?P<upper>{_DIGITS})(?![\w/]*\d))?(?P<scale>{_SUFFIX_SCALE})?
      | (?P<vulgar_only>(?<![\w])[{_VULGAR}])
      | (?P<and_half>(?<![\w-])(?:(?:a|an|one)\s+)?{_SMALL_WORD}(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half)(?:\s+(?P<and_half_scale>{_SCALE})\b)?
      | (?P<half>half\s+a\s+(?:{_BIG}|dozen)|(?:a|one)[\s-]+(?:quarter|third)(?:\s+of\s+a)?\s+(?:{_BIG}))(?![\w])
      | (?P<word_fraction>(?<![\w-])(?P<wnum>a|an|one|{_SMALL_WORD})(?P<wsep>[\s-])(?P<wden>{_FRACTION_WORDS}))(?![\w-])
            (?:\s+of\s+(?:a|an|one)\s+(?P<wscale>{_BIG})\b)?
      | (?P<half_unit>(?<![\w-])half\s+an?)(?=\s+(?:second|minute|hour|day|week|month|year|decade|century)\b)
      | (?P<half_alone>(?<![\w-])half)(?![\w-])
      | (?P<fold_word>(?<![\w-])(?:{_WORD})-?fold)(?![\w])
      | (?P<multiple>(?<![\w-])(?:{'|'.join(MULTIPLES)}))(?![\w])
      | (?P<vague>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|billions)(?=\s+of\b)
      | (?P<words>(?<![\w-])(?:a\s+dozen|{_WORD_NUMBER}|dozen)(?![\w]))
    )
    (?P<percent>\s?(?:%|per\s?cent\b|percent\b|pct\b|pc\b|p\.c\.)|\s(?:percentage\s+points?)\b)?
    """,
    re.I | re.X,
)

_PERCENT_AFTER = re.compile(r"\s(?:per\s?cent\b|percent\b|pct\b|percentage\s+points?\b)", re.I)
AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_POINT_AFTER = re.compile(r"\s+(?:of\s+)?an?\s+(?:percentage\s+)?point\b", re.I)
# "in half", "by half", "than half", "nearly half": "half" alone is a figure after these
_HALF_BEFORE = re.compile(r"\b(?:in|by|than|nearly|almost|about|around|roughly|over|under|just|some|barely)\s+$", re.I)


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# what makes a number a name or an identifier, not a figure
_NAME_BEFORE = re.compile(rf"(?:^|(?<=[^\w&.]))(?P<name>{_alternation(_N['name_before'])})\s*#?\s*$", re.I)
_BILL_BEFORE = re.compile(rf"(?:^|(?<=[\s(\[]))(?:{_alternation(_N['bill_prefixes'])})\s?(?:No\.\s?)?$")
_COMPOUND_AFTER = re.compile(rf"^-(?:{_alternation(_N['compound_after'])})\b", re.I)
_ZIP_BEFORE = re.compile(rf"\b(?:{'|'.join(_N['us_state_codes'])})\s+$")
_STREET_AFTER = re.compile(  # case as written: "312 E. Choctaw Ave.", "10 Downing Street"
    rf"^\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?(?:[A-Z0-9][\w'.-]*\s+){{0,3}}"
    rf"(?:{_alternation(w.capitalize() for w in _N['street_suffixes'])})\b\.?(?!\w)")
_PHONE = re.compile(r"(?<![\w.-])(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?![\w-])"
                    r"|(?<![\w.-])\+\d{1,3}(?:[\s.-]\d{1,4}){2,4}(?![\w-])")
_PHONE_HINT = re.compile(r"\d{3}[\s.-]\d{4}(?!\d)|\+\d")  # cheap: a phone number needs one of these
_RANGE_TO = re.compile(r"^\s*(?:to|-|–|or)\s*$", re.I)


@dataclass
class NumberMatch:
    start: int
    end: int
    value: float | None
    step: float | None = None
    currency: str | None = None
    percent: bool = False
    low: float | None = None
    high: float | None = None
    is_word: bool = False
    multiple: bool = False  # "threefold", "twice": a factor, not an amount
    fraction: bool = False  # "two-thirds", "¾", "1-5/8"
    scale: float | None = None  # the scale word applied ("million" -> 1e6), if any


def words_to_number(text: str) -> float | None:
    """Value of a number in words: 'twelve thousand' -> 12000, 'a dozen' -> 12, 'one hundred and five' -> 105."""
    tokens = re.split(r"[\s-]+", text.lower().strip())
    total = current = 0
    seen = False
    for token in tokens:
        if token in ("and", ""):
            continue
        if token in ("a", "an"):
            current = current or 1
            seen = True
        elif token in UNITS:
            current += UNITS[token]
            seen = True
        elif token in TENS:
            current += TENS[token]
            seen = True
        elif token == "dozen":
            current = (current or 1) * 12
            seen = True
        elif token == "hundred":
            current = (current or 1) * 100
            seen = True
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def _digits_value(digits: str) -> tuple[float, float]:
    plain = digits.replace(",", "")
    value = float(plain)
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    return value, 10.0 ** -decimals


def _scale_factor(scale: str) -> float:
    scale = re.sub(r"\s+", " ", scale.strip().lower())
    return SCALES.get(scale) or SHORT_SCALES.get(scale) or (12 if scale == "dozen" else 1)


def _not_a_figure(text: str, start: int, end: int, is_word: bool) -> bool:
    """A number that names something: 'Radio 4', 'H.R. 1580', 'OK 74501', '312 E. Choctaw Ave.', 'two-tier'."""
    before = text[max(0, start - 24):start]
    if _COMPOUND_AFTER.match(text[end:end + 24]):
        return True
    if is_word:
        return False
    name = _NAME_BEFORE.search(before)
    if (name and name.group("name")[:1].isupper()) or _BILL_BEFORE.search(before):
        return True  # "Radio 4", "FTSE 100", "Room 6" as names are written: capitalised
    digits = text[start:end]
    if re.fullmatch(r"\d{5}(?:-\d{4})?", digits) and (_ZIP_BEFORE.search(before) or
                                                     re.search(r"\bzip(?:\s+code)?\s*$", before, re.I)):
        return True
    return bool(re.fullmatch(r"\d{1,6}", digits) and _STREET_AFTER.match(text[end:end + 60]))


# Where a number may start: a digit, a fraction or currency sign, or a word of _START_WORDS. NUMBER_RE
# is tried only there (matching it from every position of the text costs three times as much).
_START_WORDS = frozenset([*UNITS, *TENS, *SCALES, *MULTIPLES, *VAGUE, "a", "an", "half", "dozen", "tens", "scores",
                          *(w.lower() for w in _N["negative"]), *(c.lower() for c in _C["codes"]), "rs", "rmb",
                          "us", "au", "c", "nz", "hk", "s", "r", *(s.lower() for s in _LETTER_SYMBOLS)])
_STARTS = re.compile(rf"\d|\.\d|[{_VULGAR}$£€¥₹₩₽₺₦]|(?<![^\W\d_])[^\W\d_]+")


def _matches(text: str):
    """NUMBER_RE's matches, left to right and never overlapping, as finditer would give them."""
    end = 0
    for s in _STARTS.finditer(text):
        pos = s.start()
        if pos < end:
            continue
        word = s.group()
        if word[:1].isalpha() and word.lower() not in _START_WORDS and not word.lower().endswith("fold"):
            continue
        m = NUMBER_RE.match(text, pos)
        if m is not None and m.end() > m.start():
            end = m.end()
            yield m


def find_numbers(text: str) -> list[NumberMatch]:
    phones = [(m.start(), m.end()) for m in _PHONE.finditer(text)] if _PHONE_HINT.search(text) else []
    found: list[NumberMatch] = []
    for m in _matches(text):
        if phones and any(m.start() < e and s < m.end() for s, e in phones):
            continue  # "888-480-3675", "(202) 225-3121": a phone number
        match = _read(text, m)
        if match is None:
            continue
        half = AND_A_HALF.match(text, match.end)
        if half and match.value is not None and float(match.value).is_integer() and not match.is_word \
                and match.scale is None and not match.currency and match.low is None:
            match.value, match.end, match.step = match.value + 0.5, half.end(), None  # "12 and a half hours"
        if m.group("negative") and match.value is not None:
            match.value, match.start = -match.value, m.start()
        if m.group("percent"):
            match.percent = True
        else:
            after = _PERCENT_AFTER.match(text, match.end)
            if match.end == m.end() and after:  # "twelve percent", "0.5 percentage points"
                match.percent = True
                match.end = after.end()
            elif match.fraction and match.end == m.end() and (point := _POINT_AFTER.match(text, match.end)):
                match.percent = True  # "half a percentage point", "a quarter of a point": 0.5 and 0.25 points
                match.end = point.end()
        if _not_a_figure(text, match.start, match.end, match.is_word):
            continue
        found.append(match)
    _share_scales(text, found)
    return found


def _read(text: str, m: re.Match) -> NumberMatch | None:
    """The number one match of NUMBER_RE stands for (None: not a figure after all)."""
    currency = m.group("currency")
    code = (_LETTER_SYMBOLS.get(currency.strip()) or CURRENCY_SYMBOLS.get(currency.strip().lower())
            or currency.strip().upper()) if currency else None
    start, end = m.start("currency") if currency else _first_start(m), m.end()
    g = m.group
    if g("mixed"):  # "77-3/8": a stock price
        num, den = int(g("mnum")), int(g("mden"))
        if num >= den:
            return None
        return NumberMatch(start, end, int(g("mixed")) + num / den, None, code, fraction=True)
    if g("fraction"):  # "7/8 over LIBOR"
        num, den = int(g("fnum")), int(g("fden"))
        if num >= den or num == 0:
            return None
        return NumberMatch(start, end, num / den, None, code, fraction=True)
    if g("digits"):
        return _read_digits(m, start, code)
    if g("vulgar_only"):
        return NumberMatch(start, end, FRACTION_CHARACTERS[g("vulgar_only")], None, code, fraction=True)
    if g("and_half"):  # "one and a half", "two and a half million"
        number = re.sub(r"(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half$", "", g("and_half"), flags=re.I)
        # "a three-and-a-half-hour sitting": the article is the noun's, not a one ("a hundred and a half" keeps it)
        number = re.sub(r"^an?\s+(?!(?:hundred|thousand|dozen)\b)", "", number, flags=re.I)
        base = words_to_number(number)
        if base is None:
            return None
        factor = _scale_factor(g("and_half_scale")) if g("and_half_scale") else 1
        end = m.end("and_half_scale") if g("and_half_scale") else m.end("and_half")
        return NumberMatch(start, end, (base + 0.5) * factor, None, code, is_word=True,
                           scale=factor if factor != 1 else None)
    if g("half"):  # "half a million", "a quarter million", "a third of a billion"
        words = g("half").lower().split()
        share = 0.5 if words[0] == "half" else 1 / FRACTIONS[words[1]]
        return NumberMatch(start, end, share * _scale_factor(words[-1]), None, code, is_word=True)
    if g("word_fraction"):  # "two-thirds", "a quarter of", "one-fifth of a trillion"
        numerator = 1.0 if g("wnum").lower() in ("a", "an") else words_to_number(g("wnum"))
        den = FRACTIONS[g("wden").lower()]
        plural = (g("wden").lower().endswith("s") and g("wden").lower() != "halves") or g("wden").lower() == "halves"
        if numerator is None or ((numerator == 1) == plural and numerator != 1):
            return None
        if g("wsep") == " " and not g("wscale") and not re.match(r"\s+of\b", text[m.end():]) \
                and not re.search(r"\bby\s+$", text[max(0, m.start() - 8):m.start()], re.I):
            return None  # "a third term", "the two quarters": an ordinal or a period, not a share ("by a third" is)
        value = numerator / den * (_scale_factor(g("wscale")) if g("wscale") else 1)
        return NumberMatch(start, end, value, None, code, is_word=True, fraction=not g("wscale"))
    if g("half_alone"):
        before = text[max(0, m.start() - 12):m.start()]
        if re.search(r"\b(?:the|first|second|other|latter|former|back|front|top|bottom|each|every)\s+$", before, re.I) \
                or not (_HALF_BEFORE.search(before) or re.match(r"\s+of\b", text[m.end():])
                        or _POINT_AFTER.match(text, m.end())):  # "slipped half a percentage point"
            return None  # "the first half", "half-time": not a share
        return NumberMatch(start, end, 0.5, None, code, is_word=True, fraction=True)
    if g("half_unit"):  # "half an hour"
        return NumberMatch(start, end, 0.5, None, code, is_word=True)
    if g("fold_word"):  # "threefold"
        folded = words_to_number(re.sub(r"-?fold$", "", g("fold_word"), flags=re.I))
        return None if folded is None else NumberMatch(start, end, folded, None, code, is_word=True, multiple=True)
    if g("multiple"):  # "twice"
        return NumberMatch(start, end, MULTIPLES[g("multiple").lower()], None, code, is_word=True, multiple=True)
    if g("vague"):
        low, high = VAGUE[re.sub(r"\s+", " ", g("vague").lower())]
        return NumberMatch(start, end, None, None, code, low=low, high=high, is_word=True)
    words = g("words")
    if words.lower() in ("a", "an"):
        return None
    word_start = m.start("words")
    article = re.match(r"(?:a|an)\s+", words, re.I)
    if article and not re.match(r"(?:hundred|thousand|million|billion|trillion|dozen)\b", words[article.end():], re.I):
        word_start, words = word_start + article.end(), words[article.end():]  # "a four-week ..." is four
        if not currency:
            start = word_start
    spelled = words_to_number(words)
    if spelled is None:
        return None
    return NumberMatch(start, word_start + len(words), spelled, None, code, is_word=True)


# what a length is said of, before its figure: "cleared 2.35m", "a height of 1.8m", "waves of 4m"
_LENGTH_BEFORE = re.compile(rf"\b(?:{_alternation(_N['length_context'])})\w*\s+(?:\w+\s+){{0,2}}$", re.I)
# and after it: "1.68m tall", "5m-high", "2m (6ft 7in)", "3m." at a sentence's end
_LENGTH_AFTER = re.compile(rf"m(?:-|\s*[().;:]|\s+(?:\w+\s+)?(?:{_alternation(_N['length_context'])})\w*\b)", re.I)
# a whole number glued to "m" is millions only before what it counts: "5m people", "30m passengers" (not "the 100m final")
_COUNTED_AFTER = re.compile(r"m\s+(?:[a-z]+\s+)?(?:people|(?!(?:this|thus|was|has|is|as|its|his|does|less|across|unless|plus)\b)"
                            r"[a-z]+s)\b")
# a decimal one also before a comma or a word that opens a phrase of its own ("reached 3.4m last year", "2.1m on
# international flights"), not before a singular noun it measures ("the 5.6m mirror")
_PHRASE_AFTER = re.compile(rf"m(?:\s*,|\s*$|\s+(?:{_alternation(_N['phrase_openers'])}|[a-z]+s|[a-z]+ing|[a-z]+ed)\b)")


def _millions(m: re.Match[str], scale: str) -> bool:
    """A glued "m" after a number in news copy is millions ("5m people", "reached 3.4m last year", "with 2.1m
    on international flights"), unless a length reads before or after it; a whole number only before a
    plural noun ("30m passengers", not "the 100m final")."""
    if scale != "m" or m.group("scale")[:1].isspace():
        return False
    text, end = m.string, m.end("scale")
    if _LENGTH_BEFORE.search(text[max(0, m.start() - 40):m.start()]) or _LENGTH_AFTER.match(text, end - 1) \
            or re.match(r"\s*\d", text[end:end + 3]):
        return False
    after = text[end - 1:end + 40]
    return _COUNTED_AFTER.match(after) is not None or ("." in m.group("digits") and _PHRASE_AFTER.match(after) is not None)


def _read_digits(m: re.Match[str], start: int, code: str | None) -> NumberMatch | None:
    """A number in digits, with its scale word, vulgar fraction, range end or '-fold' ("1.2 million",
    "2½", "10-12", "3-fold"); None for a designation ("787-8", "F-16")."""
    g = m.group
    end = m.end()
    step: float | None
    value, step = _digits_value(g("digits"))
    if g("vulgar"):
        value, step = value + FRACTION_CHARACTERS[g("vulgar")], None
    upper = _digits_value(g("upper"))[0] if g("upper") else None
    if upper is not None and upper <= value:
        return None  # "787-8", "F-16": a designation, not a figure
    scale = (g("scale") or "").strip().lower()
    if scale in _N["single_letter_scales"] and not code and not _millions(m, scale):
        # "5 m" is five metres and "3b" a house number: single-letter scales only with money
        end = m.end("upper") if g("upper") else (m.end("fold") if g("fold") else m.end("vulgar") if g("vulgar")
                                                 else m.end("digits"))
        scale = ""
    factor = _scale_factor(scale) if scale else 1
    match = NumberMatch(start, end, value * factor, step * factor if step and step * factor != 1 else None, code,
                        scale=factor if scale else None)
    if g("fold"):
        match.multiple = True
    if upper is not None:
        match.value, match.low, match.high = None, value * factor, upper * factor
    return match


def _first_start(m: re.Match) -> int:
    """Where the number itself starts (after a 'minus' the caller adds back)."""
    for name in ("mixed", "fraction", "digits", "vulgar_only", "and_half", "half", "word_fraction", "half_alone",
                 "half_unit", "fold_word", "multiple", "vague", "words"):
        if m.group(name):
            return m.start(name)
    return m.start()


def _share_scales(text: str, found: list[NumberMatch]) -> None:
    """'one to 1.5 billion', '$3 to $5 million', '2-3 million': the first end takes the scale of the second."""
    for first, second in itertools.pairwise(found):
        if first.scale or not second.scale or first.value is None or second.value is None or first.percent \
                or first.multiple or first.fraction or not _RANGE_TO.match(text[first.end:second.start]):
            continue
        if first.value * second.scale < second.value:
            first.value *= second.scale
            first.step = first.step * second.scale if first.step else None
            first.scale = second.scale
            if first.currency is None and second.currency is not None and not text[first.start:first.end][:1].isalpha():
                first.currency = second.currency
