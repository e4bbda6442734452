"""Numbers as written: digits, number words, scale words, currencies and percent signs.

``find_numbers`` scans a text and returns every number with its span, its value with scale
words applied ("$3m" -> 3000000, "1.2 million" -> 1200000, "twelve thousand" -> 12000), the
rounding step it is stated to, and any currency or percent sign attached to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                "b": 1_000_000_000, "tn": 1_000_000_000_000, "tr": 1_000_000_000_000}
# Indefinite plurals: "hundreds of people" lies between 200 and 999.
VAGUE = {"dozens": (24, 143), "scores": (40, 199), "hundreds": (200, 999), "thousands": (2_000, 999_999),
         "millions": (2e6, 999e6), "billions": (2e9, 999e9), "tens of thousands": (20_000, 99_999),
         "hundreds of thousands": (200_000, 999_999)}

CURRENCY_SYMBOLS = {"us$": "USD", "au$": "AUD", "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD", "s$": "SGD",
                    "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "rs": "INR", "rs.": "INR",
                    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "chf": "CHF", "cny": "CNY",
                    "aud": "AUD", "cad": "CAD", "inr": "INR", "rmb": "CNY", "r$": "BRL"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
                  "yuan": "CNY", "rupees": "INR", "rupee": "INR", "francs": "CHF", "pounds sterling": "GBP",
                  "sterling": "GBP", "rubles": "RUB", "roubles": "RUB", "pesos": "MXN", "won": "KRW"}

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "hundred|thousand|million|billion|trillion|dozen"
_WORD_NUMBER = (  # "and" joins number words only after a scale: "one hundred and six", not "one and six"
    rf"(?:(?:a|an|one)\s+)?(?:(?:{_WORD})(?:[-\s](?:{_WORD}))?|a)"
    rf"(?:(?:\s+|-)(?:{_SCALE})(?:\s+and(?=\s+(?:{_WORD})\b))?|(?:\s+|-)(?:{_WORD})(?:-(?:{_WORD}))?)*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CODES = ("USD|EUR|GBP|JPY|CHF|CNY|AUD|CAD|INR|RMB|NOK|SEK|DKK|ISK|PLN|CZK|HUF|RON|BGN|RUB|UAH|TRY|ZAR|NGN|KES"
          "|EGP|ILS|SAR|AED|QAR|KWD|BRL|MXN|ARS|CLP|COP|PEN|KRW|TWD|HKD|SGD|MYR|THB|IDR|PHP|VND|PKR|BDT|NZD")
_CURRENCY = (rf"(?:(?-i:US|AU|A|C|NZ|HK|S|R)?\$|£|€|¥|₹|(?<![\w])(?-i:Rs\.?|{_CODES})\s?)")
_SUFFIX_SCALE = r"(?:\s?(?:million|billion|trillion|thousand)\b|(?:bn|mn|mln|tn|k|m|b)\b)"

NUMBER_RE = re.compile(
    rf"""
    (?P<currency>{_CURRENCY})?
    (?:
        (?P<digits>(?<![\w.,/:-])(?:{_DIGITS}))(?![\w/]*\d)(?!:\d)(?!(?:st|nd|rd|th)\b)(?:[-–](?P<upper>{_DIGITS})(?![\w/]*\d))?(?P<scale>{_SUFFIX_SCALE})?
      | (?P<half>half\s+a\s+(?:million|billion|dozen))
      | (?P<vague>(?:tens|hundreds)\s+of\s+thousands|dozens|scores|hundreds|thousands|millions|billions)(?=\s+of\b)
      | (?P<words>(?<![\w-])(?:a\s+dozen|{_WORD_NUMBER}|dozen)(?![\w]))
    )
    (?P<percent>\s?(?:%|per\s?cent\b|percent\b|pc\b)|\s(?:percentage\s+points?)\b)?
    """,
    re.I | re.X,
)


_PERCENT_AFTER = re.compile(r"\s(?:per\s?cent\b|percent\b|percentage\s+points?\b)", re.I)


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


def find_numbers(text: str) -> list[NumberMatch]:
    found: list[NumberMatch] = []
    for m in NUMBER_RE.finditer(text):
        currency = m.group("currency")
        code = (CURRENCY_SYMBOLS.get(currency.strip().lower()) or currency.strip().upper()) if currency else None
        start, end = m.start(), m.end()
        if m.group("digits"):
            value, step = _digits_value(m.group("digits"))
            upper = _digits_value(m.group("upper"))[0] if m.group("upper") else None
            if upper is not None and upper <= value:
                continue  # "787-8", "F-16": a designation, not a figure
            scale = (m.group("scale") or "").strip().lower()
            if scale in ("m", "b", "k") and not code:
                # "5 m" is five metres and "3b" a house number: single-letter scales only with money
                end = m.end("digits")
                scale = ""
            if scale:
                factor = SCALES.get(scale) or SHORT_SCALES[scale]
                value, step = value * factor, step * factor
            match = NumberMatch(start, end, value, step if step != 1 else None, code)
            if upper is not None:
                factor = (SCALES.get(scale) or SHORT_SCALES[scale]) if scale else 1
                match.value, match.low, match.high = None, value, upper * factor
        elif m.group("half"):
            unit = m.group("half").split()[-1].lower()
            factor = 12 if unit == "dozen" else SCALES[unit]
            match = NumberMatch(start, end, factor / 2, None, code, is_word=True)
        elif m.group("vague"):
            low, high = VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
            match = NumberMatch(start, end, None, None, code, low=low, high=high, is_word=True)
        else:
            words = m.group("words")
            if words.lower() in ("a", "an"):
                continue
            article = re.match(r"(?:a|an)\s+", words, re.I)
            if article and not re.match(r"(?:hundred|thousand|million|billion|trillion|dozen)\b",
                                        words[article.end():], re.I):
                start, words = start + article.end(), words[article.end():]  # "a four-week ..." is four
            value = words_to_number(words)
            if value is None:
                continue
            match = NumberMatch(start, start + len(words), value, None, code, is_word=True)
        if m.group("percent"):
            match.percent = True
        else:
            after = _PERCENT_AFTER.match(text, match.end)
            if match.end == m.end() and after:  # "twelve percent", "0.5 percentage points"
                match.percent = True
                match.end = after.end()
        found.append(match)
    return found
