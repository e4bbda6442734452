"""HTML output: one self-contained page an editor can read at a glance.

``factcheck check --format html -o report.html PATH...`` writes a single file with inline CSS
and a small inline script, and nothing fetched from anywhere (a Content-Security-Policy
forbids it). The page shows:

- a summary (errors, warnings, info, files that could not be checked) and a file index;
- each article with its front matter (title, date, dateline ...) and its text, every
  extracted quantity highlighted by kind (tint, underline style, tooltip, optional label);
- each finding on its figure: a numbered badge (``E1``, ``W2``, ``I3``) that opens the
  message and the arithmetic, with the related figures outlined and linked;
- a side panel listing the findings by severity, each linking into the text.

Every piece of article text is escaped; the only script is the page's own, allowed by hash.
The page needs ``FileResult.text`` and ``FileResult.extraction`` (``RunOptions.keep_text``);
without them it still lists the findings, with no text to mark.
"""

from __future__ import annotations

import base64
import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING

from factcheck.findings import FileError, FileResult, Finding, Severity, fmt
from factcheck.readers.blocks import find_blocks
from factcheck.records import Article, Block, Quantity

if TYPE_CHECKING:
    from factcheck.runner import RunResult

NEEDS = frozenset({"text"})  # the text, the article's blocks and the extraction, to mark the figures

# kind -> (background tint, underline colour, underline style, short label)
KIND_STYLES: dict[str, tuple[str, str, str, str]] = {
    "count": ("#dbeafe", "#1e40af", "solid", "count"),
    "number": ("#e5e7eb", "#374151", "dotted", "num"),
    "measure": ("#d1fae5", "#065f46", "double", "measure"),
    "money": ("#fef3c7", "#92400e", "double", "money"),
    "percent": ("#ede9fe", "#5b21b6", "dashed", "%"),
    "duration": ("#cffafe", "#155e75", "wavy", "duration"),
    "date": ("#fce7f3", "#9d174d", "dashed", "date"),
    "time": ("#ffedd5", "#9a3412", "dotted", "time"),
}
# severity -> (strong colour: text on white and badge background under white text, pale background)
SEVERITY_STYLES: dict[str, tuple[str, str]] = {
    "error": ("#b91c1c", "#fef2f2"),
    "warning": ("#92400e", "#fffbeb"),
    "info": ("#1d4ed8", "#eff6ff"),
}
INK = "#111827"  # body text
MUTED = "#4b5563"  # secondary text
LIT = "#fde047"  # figures of the finding in focus
OK = ("#166534", "#f0fdf4")

_SEVERITIES = [Severity.ERROR, Severity.WARNING, Severity.INFO]
_LETTER = {"error": "E", "warning": "W", "info": "I"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _e(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute; control characters become U+FFFD."""
    return escape(_CONTROL.sub("\ufffd", str(value)), quote=True)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# ---------------------------------------------------------------------------------------------
# Marks: spans of the text, nested correctly even where they overlap


@dataclass
class _Span:
    start: int
    end: int
    tag: str
    attrs: dict[str, str]
    order: int = 0

    def open(self, first: bool) -> str:
        attrs = dict(self.attrs)
        if not first:
            attrs.pop("id", None)
            attrs.pop("tabindex", None)
            attrs["class"] = (attrs.get("class", "") + " cont").strip()
        inner = "".join(f' {k}="{_e(v)}"' for k, v in attrs.items())
        return f"<{self.tag}{inner}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def nest(text: str, start: int, end: int, spans: list[_Span], inserts: dict[int, list[str]] | None = None) -> str:
    """HTML for ``text[start:end]`` with ``spans`` as elements; crossing spans are split and reopened.

    ``inserts`` maps an offset to markup placed there, after the elements that end there close.
    """
    inserts = inserts or {}
    spans = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, -s.end, s.order))
    points = sorted({start, end} | {s.start for s in spans} | {s.end for s in spans}
                    | {p for p in inserts if start <= p <= end})
    out: list[str] = []
    stack: list[_Span] = []
    i = 0
    for n, p in enumerate(points):
        if any(s.end == p for s in stack):
            reopen: list[_Span] = []
            while any(s.end == p for s in stack):
                s = stack.pop()
                out.append(s.close())
                if s.end != p:
                    reopen.append(s)
            for s in reversed(reopen):
                out.append(s.open(first=False))
                stack.append(s)
        out.extend(inserts.get(p, ()))
        while i < len(spans) and spans[i].start == p:
            out.append(spans[i].open(first=True))
            stack.append(spans[i])
            i += 1
        if n + 1 < len(points):
            out.append(_e(text[p:points[n + 1]]))
    for s in reversed(stack):
        out.append(s.close())
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Blocks: paragraphs, headings, list items and quotes of the analysed body


def _html_block(b: Block) -> tuple[str, str]:
    """The element and CSS class a block of the article is shown as (headings two levels down:
    the page's own title and the article's title are h1 and h2)."""
    if b.kind == "heading":
        return f"h{min((b.level or 1) + 2, 6)}", "head"
    css = {"item": "item", "quote": "quote"}.get(b.kind, "")
    if b.standfirst:
        css = (css + " dek").strip()
    return "p", css


# ---------------------------------------------------------------------------------------------
# One file


@dataclass
class _Numbered:
    number: int
    finding: Finding
    file_index: int

    @property
    def key(self) -> str:
        return str(self.number)

    @property
    def sev(self) -> str:
        return self.finding.severity.value

    @property
    def label(self) -> str:
        return f"{_LETTER[self.sev]}{self.number}"


@dataclass
class _Mark:
    start: int
    end: int
    kinds: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    findings: list[str] = field(default_factory=list)  # numbers
    primary: bool = False
    severity: str | None = None


def _figure_id(file_index: int, start: int, end: int) -> str:
    return f"x-{file_index}-{start}-{end}"


def _quantity_tip(q: Quantity) -> str:
    from factcheck.report.extraction import _detail

    tip = f"{q.kind.value}: {q.text}"
    if q.value is not None and q.kind.value not in ("date", "time"):
        unit = "" if not q.unit else q.unit if q.unit == "%" else f" {q.unit}"
        tip += f" = {fmt(q.value)}{unit}"
    detail = _detail(q)
    return tip + (f" ({detail})" if detail else "")


def _badge(item: _Numbered) -> str:
    f = item.finding
    label = f"{f.severity.value} {item.number} ({f.confidence.value}): {f.message}"
    if f.arithmetic:
        label += f" ({f.arithmetic})"
    return (f'<a class="badge b-{item.sev}" id="f-{item.key}" href="#fi-{item.key}" data-f="{item.key}" '
            f'aria-label="{_e(label)}" title="{_e(label)}">{item.label}</a>')


def _marks(result: FileResult, file_index: int, numbered: list[_Numbered]) -> dict[tuple[int, int], _Mark]:
    marks: dict[tuple[int, int], _Mark] = {}

    def mark(start: int, end: int) -> _Mark:
        return marks.setdefault((start, end), _Mark(start, end))

    quantities = result.extraction.quantities if result.extraction is not None else []
    for q in quantities:
        m = mark(q.start, q.end)
        if q.kind.value not in m.kinds:
            m.kinds.append(q.kind.value)
        m.tips.append(_quantity_tip(q))
    for item in numbered:
        f = item.finding
        figures = [(f.start, f.end, True)] + [(r.start, r.end, False) for r in f.related]
        for start, end, primary in figures:
            m = mark(start, end)
            if item.key not in m.findings:
                m.findings.append(item.key)
            m.primary = m.primary or primary
            if m.severity is None or Severity(m.severity).rank < f.severity.rank:
                m.severity = f.severity.value
            role = "the figure flagged" if primary else "a related figure"
            m.tips.append(f"{item.label}, {role}: {f.message}")
    return marks


def _mark_span(m: _Mark, file_index: int, start: int, end: int) -> _Span:
    css = ["q"] + [f"k-{k}" for k in m.kinds]
    attrs: dict[str, str] = {}
    if m.findings:
        css += ["fig", "fig-main" if m.primary else "fig-rel", f"s-{m.severity}"]
        attrs["id"] = _figure_id(file_index, m.start, m.end)
        attrs["data-f"] = " ".join(m.findings)
        attrs["tabindex"] = "-1"
    if m.kinds:
        attrs["data-kind"] = KIND_STYLES.get(m.kinds[0], ("", "", "", m.kinds[0]))[3]
    attrs["class"] = " ".join(css)
    attrs["title"] = "\n".join(m.tips)
    return _Span(start, end, "mark", {"class": attrs.pop("class"), **attrs})


def _article_text(result: FileResult, file_index: int, numbered: list[_Numbered], article: Article | None) -> str:
    text = result.text or ""
    if article is not None and len(article.body) == len(text):  # the blocks its reader found
        body, parts = article.body, article.blocks
    else:  # a text kept without its article: plain paragraphs
        body, parts = text, find_blocks(text, text)
    marks = _marks(result, file_index, numbered)
    badges: dict[int, list[_Numbered]] = {}
    orphans: list[_Numbered] = []
    for item in numbered:
        f = item.finding
        home = next((b for b in parts if b.start <= f.start < b.end), None)
        if home is None:
            orphans.append(item)
        else:
            badges.setdefault(min(max(f.end, f.start + 1), home.end), []).append(item)
    out: list[str] = []
    if orphans:
        out.append('<p class="orphans">Findings on figures outside the text shown: '
                   + " ".join(_badge(i) for i in orphans) + "</p>")
    ends = [b.end for b in parts]
    spans: list[list[_Span]] = [[] for _ in parts]
    for m in marks.values():  # each mark goes to the blocks it overlaps, cut at their edges
        i = bisect.bisect_right(ends, m.start)
        while i < len(parts) and parts[i].start < m.end:
            s, e = max(m.start, parts[i].start), min(m.end, parts[i].end)
            if s < e:
                span = _mark_span(m, file_index, s, e)
                if s != m.start:  # the rest of a figure that runs over a paragraph break
                    span.attrs = {k: v for k, v in span.attrs.items() if k not in ("id", "tabindex")}
                    span.attrs["class"] += " cont"
                spans[i].append(span)
            i += 1
    inserts: list[dict[int, list[_Numbered]]] = [{} for _ in parts]
    for p, items in badges.items():
        inserts[bisect.bisect_left(ends, p)].setdefault(p, []).extend(items)
    for b, block_spans, block_badges in zip(parts, spans, inserts, strict=False):
        sev = [i.sev for items in block_badges.values() for i in items]
        tag, block_css = _html_block(b)
        css = [block_css] if block_css else []
        if sev:
            worst = max(sev, key=lambda s: Severity(s).rank)
            css += ["flagged", f"s-{worst}"]
        attr = f' class="{" ".join(css)}"' if css else ""
        inner = nest(body, b.start, b.end, block_spans,
                     {p: [_badge(i) for i in items] for p, items in block_badges.items()})
        out.append(f'<{tag}{attr} data-line="{b.line}">{inner}</{tag}>')
    return "\n".join(out)


def _meta(result: FileResult, article: Article | None) -> tuple[str, str]:
    """The article's heading (title or path) and its front matter as a definition list."""
    extraction = result.extraction
    title = article.title if article is not None and article.title else None
    date = (extraction.date if extraction else None) or (article.date if article is not None else None)
    dateline = (extraction.dateline if extraction else None) or (article.dateline if article is not None else None)
    rows: list[tuple[str, str]] = []
    if isinstance(date, dt.date):
        rows.append(("date", f"{date.isoformat()} ({date.strftime('%A')})"))
    elif date:
        rows.append(("date", str(date)))
    if dateline:
        rows.append(("dateline", str(dateline)))
    metadata = article.metadata if article is not None else {}
    for key, value in metadata.items():
        if str(key) in ("title", "date", "dateline"):
            continue
        value = str(value)
        rows.append((str(key), value if len(value) <= 300 else value[:299] + "…"))
    dl = "".join(f'<div{" class=key" if k in ("date", "dateline") else ""}><dt>{_e(k)}</dt><dd>{_e(v)}</dd></div>'
                 for k, v in rows)
    return (title or "", f'<dl class="meta">{dl}</dl>' if dl else "")


def _kind_counts(result: FileResult) -> dict[str, int]:
    counts: dict[str, int] = {}
    for q in result.extraction.quantities if result.extraction is not None else []:
        counts[q.kind.value] = counts.get(q.kind.value, 0) + 1
    return counts


def _kind_chips(counts: dict[str, int]) -> str:
    chips = []
    for kind in KIND_STYLES:
        n = counts.get(kind, 0)
        if n:
            chips.append(f'<li><mark class="q k-{kind} swatch">{_e(kind)}</mark> {n}</li>')
    extra = [k for k in counts if k not in KIND_STYLES]
    chips += [f'<li><mark class="q swatch">{_e(k)}</mark> {counts[k]}</li>' for k in extra]
    return f'<ul class="kinds" aria-label="figures by kind">{"".join(chips)}</ul>' if chips else ""


def _severity_pills(items: list[_Numbered], empty: str = "no findings") -> str:
    pills = []
    for sev in _SEVERITIES:
        n = sum(1 for i in items if i.finding.severity is sev)
        if n:
            pills.append(f'<span class="pill p-{sev.value}">{_plural(n, sev.value)}</span>')
    if not pills:
        return f'<span class="pill p-ok">✓ {_e(empty)}</span>'
    return " ".join(pills)


def _error(error: FileError) -> str:
    """An error without its path (the page shows the path beside it); its line, if it has one."""
    return (f"line {error.line}: " if error.line else "") + f"{error.code} {error.message}"


def _short(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def _article(result: FileResult, index: int, numbered: list[_Numbered], verbose: bool, article: Article | None) -> str:
    title, meta = _meta(result, article)
    counts = _kind_counts(result)
    total = sum(counts.values())
    head = [f'<p class="path">{_e(result.path)}</p>',
            f'<h2 id="h-{index}">{_e(title or _short(result.path))}</h2>',
            meta,
            f'<p class="status">{_severity_pills(numbered)} '
            f'<span class="figcount">{_plural(total, "figure")} found</span></p>',
            _kind_chips(counts)]
    if verbose and result.notes:
        notes = "".join(f"<li>{_e(n)}</li>" for n in result.notes)
        head.append(f'<details class="notes"><summary>{_plural(len(result.notes), "note")}</summary>'
                    f"<ul>{notes}</ul></details>")
    if result.text is None:
        body = ('<p class="notext">The text was not kept for this report (run with '
                '<code>RunOptions(keep_text=True)</code>).</p>')
        if numbered:
            body += ('<p class="orphans">Findings: ' + " ".join(_badge(i) for i in numbered) + "</p>")
    else:
        body = _article_text(result, index, numbered, article)
    return (f'<article class="article" id="file-{index}" aria-labelledby="h-{index}">'
            f'<header class="art-head">{"".join(head)}</header>'
            f'<div class="text">{body}</div></article>')


# ---------------------------------------------------------------------------------------------
# The side panel and the file index


def _finding_item(item: _Numbered, paths: dict[int, str], many: bool) -> str:
    f = item.finding
    where = f"{_short(paths[item.file_index]) + ':' if many else ''}{f.line}:{f.column}"
    figs = [f'<li><a href="#{_figure_id(item.file_index, f.start, f.end)}" class="figlink main">'
            f'{_e(f.text)}</a> <span class="role">flagged, line {f.line}</span></li>']
    for r in f.related:
        figs.append(f'<li><a href="#{_figure_id(item.file_index, r.start, r.end)}" class="figlink">'
                    f'{_e(r.text)}</a> <span class="role">line {r.line}</span></li>')
    arithmetic = (f'<p class="arith"><span class="sr">Arithmetic: </span><code>{_e(f.arithmetic)}</code></p>'
                  if f.arithmetic and f.arithmetic.strip() != f.message.strip() else "")
    return (f'<li class="finding s-{item.sev}" id="fi-{item.key}" data-f="{item.key}">'
            f'<p class="fhead"><a class="loc" href="#f-{item.key}" data-f="{item.key}">'
            f'<span class="tag t-{item.sev}">{item.label}</span>{_e(where)}</a> '
            f'<span class="rule">{_e(f.rule)}</span></p>'
            f'<p class="msg">{_e(f.message)}</p>{arithmetic}'
            f'<ul class="figs" aria-label="figures compared">{"".join(figs)}</ul></li>')


def _panel(numbered: list[_Numbered], results: list[FileResult]) -> str:
    paths = {i: r.path for i, r in enumerate(results, start=1)}
    many = len(results) > 1
    out = [f'<h2 id="findings-h">Findings <span class="n">({len(numbered)})</span></h2>']
    failed = [(i, r) for i, r in enumerate(results, start=1) if r.errors]
    if failed:
        out.append(f'<section class="group g-failed"><h3>{_plural(len(failed), "file")} not checked</h3><ul>')
        out += [f'<li><a href="#row-{i}">{_e(_short(r.path))}</a>: {_e(_error(r.errors[0]))}</li>'
                for i, r in failed]
        out.append("</ul></section>")
    if not numbered:
        out.append('<p class="none">✓ No findings: as far as the rules can tell, the figures agree.</p>')
    for sev in _SEVERITIES:
        items = [i for i in numbered if i.finding.severity is sev]
        if items:
            title = {"error": "Errors", "warning": "Warnings", "info": "Info"}[sev.value]
            out.append(f'<section class="group g-{sev.value}"><h3>{title} ({len(items)})</h3><ol>')
            out += [_finding_item(i, paths, many) for i in items]
            out.append("</ol></section>")
    out.append('<p class="keys">Keys: <kbd>n</kbd> next finding, <kbd>p</kbd> previous, '
               '<kbd>Esc</kbd> close.</p>')
    return "".join(out)


def _index(results: list[FileResult], numbered: list[_Numbered], titles: dict[int, str]) -> str:
    rows = []
    for i, r in enumerate(results, start=1):
        mine = [n for n in numbered if n.file_index == i]
        if r.errors:
            errors = "".join(f"<li>{_e(_error(e))}</li>" for e in r.errors)
            rows.append(f'<tr id="row-{i}" class="failed"><th scope="row">{_e(r.path)}</th>'
                        f'<td colspan="3"><span class="pill p-error">✖ not checked</span>'
                        f'<ul class="errs">{errors}</ul></td></tr>')
            continue
        counts = sum(_kind_counts(r).values())
        rows.append(f'<tr id="row-{i}"><th scope="row"><a href="#file-{i}">{_e(r.path)}</a></th>'
                    f'<td>{_e(titles.get(i, ""))}</td><td>{_severity_pills(mine)}</td>'
                    f'<td class="num">{counts}</td></tr>')
    return ('<section class="index" aria-labelledby="index-h"><h2 id="index-h">'
            f'{_plural(len(results), "file")}</h2><table><thead><tr><th scope="col">File</th>'
            '<th scope="col">Title</th><th scope="col">Findings</th><th scope="col" class="num">Figures</th>'
            f'</tr></thead><tbody>{"".join(rows)}</tbody></table></section>')


def _legend() -> str:
    items = "".join(f'<li><mark class="q k-{k}">{_e(k)}</mark></li>' for k in KIND_STYLES)
    return (f'<div class="legend"><span id="legend-h">Figures by kind:</span>'
            f'<ul aria-labelledby="legend-h">{items}</ul>'
            f'<span class="legend-fig"><mark class="q fig fig-main s-error">flagged</mark> '
            f'<mark class="q fig fig-rel s-error">compared</mark></span></div>')


# ---------------------------------------------------------------------------------------------
# Page


def _css() -> str:
    kinds = []
    for kind, (tint, line, style, _label) in KIND_STYLES.items():
        kinds.append(f"mark.k-{kind}{{background:{tint};text-decoration-color:{line};"
                     f"text-decoration-style:{style}}}")
    sev = []
    for name, (strong, pale) in SEVERITY_STYLES.items():
        sev.append(f".b-{name},.t-{name},.p-{name}{{background:{strong};color:#fff}}"
                   f".fig.s-{name}{{outline-color:{strong}}}"
                   f".flagged.s-{name}{{border-left-color:{strong};background:{pale}}}"
                   f".finding.s-{name}{{border-left-color:{strong}}}"
                   f".g-{name} h3{{color:{strong}}}")
    return _CSS.replace("/*KINDS*/", "".join(kinds)).replace("/*SEVERITIES*/", "".join(sev)) \
        .replace("INK", INK).replace("MUTED", MUTED).replace("LITC", LIT) \
        .replace("OKFG", OK[0]).replace("OKBG", OK[1])


_CSS = """
*{box-sizing:border-box}
html{scroll-padding-top:5rem}
body{margin:0;color:INK;background:#fff;font:15px/1.5 system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif}
a{color:#1d4ed8}
:focus-visible{outline:3px solid #000;outline-offset:2px;box-shadow:0 0 0 5px #fff}
.skip{position:absolute;left:.5rem;top:-3rem;background:#000;color:#fff;padding:.4rem .8rem;z-index:10}
.skip:focus{top:.5rem}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.top{position:sticky;top:0;z-index:5;background:INK;color:#fff;padding:.6rem 1.2rem;display:flex;
 flex-wrap:wrap;gap:.4rem 1.2rem;align-items:center}
.top h1{font-size:1.1rem;margin:0;font-weight:700;letter-spacing:.02em}
.top .totals{margin:0;display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}
.top .sum{color:#e5e7eb}
.top button{font:inherit;font-size:.85rem;background:#fff;color:INK;border:0;border-radius:4px;padding:.2rem .6rem;
 cursor:pointer;margin-left:auto}
.top button[aria-pressed=true]{background:LITC}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 27rem;gap:0;align-items:start}
main{padding:1rem 2rem 4rem 3.2rem;max-width:60rem}
aside{position:sticky;top:3rem;max-height:calc(100vh - 3rem);overflow:auto;border-left:1px solid #d1d5db;
 background:#f9fafb;padding:.6rem 1rem 2rem}
aside h2{font-size:1.1rem;margin:.3rem 0 .6rem}
aside h3{font-size:.95rem;margin:.8rem 0 .3rem;text-transform:uppercase;letter-spacing:.04em}
aside ol,aside ul{list-style:none;margin:0;padding:0}
.finding{background:#fff;border:1px solid #d1d5db;border-left:6px solid;border-radius:4px;padding:.45rem .6rem;
 margin:0 0 .5rem}
.finding.current{box-shadow:0 0 0 3px LITC}
.finding p{margin:.1rem 0}
.fhead{display:flex;gap:.2rem .5rem;align-items:baseline;flex-wrap:wrap}
.loc{font-weight:600;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8rem}
.rule{color:MUTED;font-size:.75rem;margin-left:auto}
.msg{font-weight:600}
.arith code,.pop code{display:inline-block;background:#f3f4f6;border:1px solid #d1d5db;border-radius:3px;
 padding:.05rem .35rem;font-size:.9rem;color:INK}
.figs{display:flex;flex-wrap:wrap;gap:.2rem .9rem;font-size:.85rem;margin-top:.2rem}
.figs .role{color:MUTED}
.figlink.main{font-weight:700}
.group.g-failed li{margin:.2rem 0;font-size:.85rem}
.g-failed h3{color:#b91c1c}
.none{background:OKBG;color:OKFG;padding:.5rem;border-radius:4px}
.keys{color:MUTED;font-size:.8rem;margin-top:1rem}
kbd{border:1px solid #9ca3af;border-bottom-width:2px;border-radius:3px;padding:0 .25rem;font-size:.8rem;background:#fff}
.tag{display:inline-block;border-radius:3px;padding:0 .3rem;margin-right:.4rem;font-size:.8rem;font-weight:700}
.pill{display:inline-block;border-radius:999px;padding:.05rem .6rem;font-size:.85rem;font-weight:700;white-space:nowrap}
.p-ok{background:OKBG;color:OKFG;border:1px solid OKFG}
.index h2{font-size:1rem;margin:.4rem 0}
.index table{border-collapse:collapse;width:100%;font-size:.9rem}
.index th,.index td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;vertical-align:top}
.index thead th{color:MUTED;font-weight:600;font-size:.8rem}
.index tbody th{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-weight:400;font-size:.85rem;word-break:break-all}
.index tr.failed{background:#fef2f2}
.index .errs{margin:.2rem 0 0;padding-left:1.1rem;color:#b91c1c}
.num{text-align:right}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .8rem;align-items:center;font-size:.85rem;margin:.8rem 0;color:MUTED}
.legend ul,.kinds{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem .6rem;margin:0;padding:0}
.kinds{font-size:.85rem;color:MUTED}
.article{border-top:3px solid INK;margin-top:2rem;padding-top:.6rem}
.art-head .path{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.8rem;color:MUTED;margin:0}
.art-head h2{font-family:Georgia,"DejaVu Serif",serif;font-size:1.6rem;line-height:1.2;margin:.2rem 0 .4rem}
.meta{display:flex;flex-wrap:wrap;gap:.1rem 1.2rem;margin:.2rem 0;font-size:.9rem}
.meta div{display:flex;gap:.35rem}
.meta dt{color:MUTED}
.meta dt::after{content:":"}
.meta dd{margin:0}
.meta .key dd{font-weight:700}
.status{margin:.4rem 0;display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}
.figcount{color:MUTED;font-size:.85rem}
.notes{font-size:.85rem;color:MUTED}
.text{font-family:Georgia,"DejaVu Serif",serif;font-size:1.05rem;line-height:1.85;margin-top:1rem}
.text p,.text h3,.text h4,.text h5,.text h6{position:relative;margin:0 0 .9rem;padding-left:.6rem;border-left:4px solid transparent}
.text h3{font-size:1.45rem;line-height:1.3}.text h4{font-size:1.2rem}.text h5,.text h6{font-size:1.05rem}
.text [data-line]::before{content:attr(data-line);position:absolute;left:-3rem;width:2.2rem;text-align:right;
 font:.75rem/2.4 ui-monospace,"DejaVu Sans Mono",monospace;color:MUTED}
.text .dek{font-style:italic}
.text .item::before{content:attr(data-line) "  •"}
.text .quote{border-left-color:#9ca3af;color:#374151}
.flagged{border-left-width:4px}
.orphans{font-family:system-ui,sans-serif;font-size:.9rem}
.notext{color:MUTED;font-style:italic}
mark.q{color:inherit;background:#fff;border-radius:2px;padding:0 .08em;text-decoration-line:underline;text-decoration-thickness:2px;
 text-underline-offset:.22em;text-decoration-skip-ink:none}
/*KINDS*/
.fig{outline:2px solid;outline-offset:1px;font-weight:700}
.fig-rel{outline-style:dashed}
.fig.lit{background:LITC;outline:3px solid #000;outline-offset:2px}
body.labels mark.q[data-kind]::after{content:" " attr(data-kind);font:700 .62rem/1 system-ui,"DejaVu Sans",sans-serif;
 vertical-align:super;color:INK;letter-spacing:.02em}
.swatch{font-family:system-ui,"DejaVu Sans",sans-serif}
.badge{display:inline-block;vertical-align:super;margin:0 .1em 0 .35em;font:700 .7rem/1.25 system-ui,"DejaVu Sans",sans-serif;
 padding:.05rem .3rem;border-radius:3px;text-decoration:none;box-shadow:0 0 0 1px #fff}
.badge:hover,.badge.current{box-shadow:0 0 0 2px #000}
/*SEVERITIES*/
#links{position:absolute;left:0;top:0;pointer-events:none;z-index:3;overflow:visible}
#links path{fill:none;stroke:#000;stroke-width:2;stroke-dasharray:5 3}
.pop{position:absolute;z-index:6;max-width:26rem;background:#fff;color:INK;border:1px solid #6b7280;border-radius:6px;
 box-shadow:0 8px 24px rgba(0,0,0,.25);padding:.6rem .8rem .5rem;font:14px/1.45 system-ui,"DejaVu Sans",sans-serif}
.pop p{margin:.15rem 0}
.pop ul{list-style:none;margin:.2rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem .9rem;font-size:.85rem}
.pop .close{float:right;font:inherit;border:1px solid #9ca3af;background:#fff;border-radius:4px;cursor:pointer;margin-left:.5rem}
@media (max-width:900px){.layout{display:block}aside{position:static;max-height:none;border-left:0}main{padding:1rem 1rem 2rem 3rem}}
@media print{.top{position:static}aside{position:static;max-height:none}.badge{box-shadow:none}}
"""

_JS = """
(function () {
  "use strict";
  var doc = document, body = doc.body;
  var badges = Array.prototype.slice.call(doc.querySelectorAll("a.badge"));
  var pop = doc.getElementById("pop"), svg = doc.getElementById("links");
  var active = null, opener = null;
  function all(sel) { return Array.prototype.slice.call(doc.querySelectorAll(sel)); }
  function figs(key) { return all('mark[data-f~="' + key + '"]'); }
  function badge(key) { return doc.getElementById("f-" + key); }
  function item(key) { return doc.getElementById("fi-" + key); }
  function box(el) {
    var r = el.getBoundingClientRect();
    return {x: r.left + window.scrollX, y: r.top + window.scrollY, w: r.width, h: r.height};
  }
  function clear() {
    all(".lit, .current").forEach(function (el) { el.classList.remove("lit", "current"); });
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    pop.hidden = true;
    active = null;
  }
  function draw(key) {
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
    var marks = figs(key), main = null;
    marks.forEach(function (m) { if (m.classList.contains("fig-main") && !main) { main = m; } });
    if (!main) { return; }
    svg.setAttribute("width", doc.documentElement.scrollWidth);
    svg.setAttribute("height", doc.documentElement.scrollHeight);
    var a = box(main);
    marks.forEach(function (m) {
      if (m === main || m.classList.contains("cont")) { return; }
      var b = box(m), x1 = a.x + a.w / 2, y1 = a.y, x2 = b.x + b.w / 2, y2 = b.y;
      var lift = Math.min(40, 12 + Math.abs(x2 - x1) / 8);
      var p = doc.createElementNS("http://www.w3.org/2000/svg", "path");
      p.setAttribute("d", "M" + x1 + " " + y1 + " C" + x1 + " " + (Math.min(y1, y2) - lift) + " " + x2 + " " +
        (Math.min(y1, y2) - lift) + " " + x2 + " " + y2);
      svg.appendChild(p);
    });
  }
  function show(key, anchor) {
    var src = item(key);
    while (pop.firstChild) { pop.removeChild(pop.firstChild); }
    var close = doc.createElement("button");
    close.className = "close"; close.type = "button"; close.textContent = "Close";
    close.setAttribute("aria-label", "Close finding details");
    close.addEventListener("click", function () { var b = opener; clear(); if (b) { b.focus(); } });
    pop.appendChild(close);
    Array.prototype.slice.call(src.children).forEach(function (c) {
      var copy = c.cloneNode(true);
      if (copy.removeAttribute) { copy.removeAttribute("id"); }
      Array.prototype.slice.call(copy.querySelectorAll("[id]")).forEach(function (el) { el.removeAttribute("id"); });
      pop.appendChild(copy);
    });
    pop.hidden = false;
    var r = box(anchor), width = Math.min(416, window.innerWidth - 24);
    pop.style.left = Math.max(8, Math.min(r.x - 24, window.scrollX + window.innerWidth - width - 12)) + "px";
    pop.style.top = (r.y + r.h + 8) + "px";
    opener = anchor;
  }
  function reveal(it) {  // scroll the side panel, not the page, to the finding
    var panel = doc.getElementById("findings"), p = panel.getBoundingClientRect(), r = it.getBoundingClientRect();
    if (r.top < p.top) { panel.scrollTop -= p.top - r.top + 8; }
    else if (r.bottom > p.bottom) { panel.scrollTop += r.bottom - p.bottom + 8; }
  }
  function activate(key, withPop, focus) {
    clear();
    var b = badge(key), it = item(key);
    if (!b) { return; }
    active = key;
    figs(key).forEach(function (m) { m.classList.add("lit"); });
    b.classList.add("current");
    if (it) { it.classList.add("current"); reveal(it); }
    if (focus) {
      b.focus({preventScroll: true});
      var r = b.getBoundingClientRect();
      if (r.top < 64 || r.bottom > window.innerHeight - 16) { b.scrollIntoView({block: "center"}); }
    }
    draw(key);
    if (withPop) { show(key, b); }
    body.setAttribute("data-active", key);
  }
  badges.forEach(function (b) {
    var key = b.getAttribute("data-f");
    b.addEventListener("click", function (ev) {
      ev.preventDefault();
      if (active === key && !pop.hidden) { clear(); } else { activate(key, true, false); }
    });
  });
  all("a.loc").forEach(function (a) {
    a.addEventListener("click", function (ev) { ev.preventDefault(); activate(a.getAttribute("data-f"), true, true); });
  });
  function step(dir) {
    if (!badges.length) { return; }
    var i = active === null ? -1 : badges.indexOf(badge(active));
    i = i < 0 ? (dir > 0 ? 0 : badges.length - 1) : (i + dir + badges.length) % badges.length;
    activate(badges[i].getAttribute("data-f"), true, true);
  }
  doc.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target && ev.target.tagName;
    if (t === "INPUT" || t === "TEXTAREA" || t === "SELECT") { return; }
    if (ev.key === "n" || ev.key === "j") { ev.preventDefault(); step(1); }
    else if (ev.key === "p" || ev.key === "k") { ev.preventDefault(); step(-1); }
    else if (ev.key === "Escape" && active !== null) { var b = opener; clear(); if (b) { b.focus(); } }
  });
  doc.addEventListener("click", function (ev) {
    if (active !== null && !pop.contains(ev.target) && !(ev.target.closest && ev.target.closest("a.badge, a.loc"))) {
      clear();
    }
  });
  var toggle = doc.getElementById("labels");
  toggle.addEventListener("click", function () {
    var on = body.classList.toggle("labels");
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
  });
  window.addEventListener("resize", function () { if (active !== null) { draw(active); } });
  var m = /^#f(?:inding)?-(\\d+)$/.exec(window.location.hash);  // #finding-N: open it without a jump
  if (m) { activate(m[1], true, true); }
  body.setAttribute("data-ready", String(badges.length));
})();
"""


def script_hash() -> str:
    """The CSP hash that allows the page's own script and nothing else."""
    return "sha256-" + base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")


def render(run: RunResult, *, title: str = "factcheck report", verbose: bool = False) -> str:
    """The whole page for the run's results (files in the order given)."""
    results = run.results
    numbered: list[_Numbered] = []
    for index, result in enumerate(results, start=1):
        for f in sorted(result.findings, key=lambda f: (f.start, f.end, -f.severity.rank, f.rule)):
            numbered.append(_Numbered(len(numbered) + 1, f, index))
    articles: list[str] = []
    titles: dict[int, str] = {}
    for index, result in enumerate(results, start=1):
        if result.errors:
            continue
        mine = [n for n in numbered if n.file_index == index]
        article = result.article
        if article is not None and article.title:
            titles[index] = article.title
        articles.append(_article(result, index, mine, verbose, article))
    failed = sum(1 for r in results if r.errors)
    counts = {s: sum(1 for n in numbered if n.finding.severity is s) for s in _SEVERITIES}
    summary = ", ".join(_plural(counts[s], s.value) for s in _SEVERITIES if counts[s]) or "no findings"
    page_title = f"{title}: {summary} in {_plural(len(results), 'file')}"
    not_checked = (f' <span class="pill p-error">✖ {_plural(failed, "file")} not checked</span>' if failed else "")
    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{script_hash()}'; img-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="factcheck">\n'
        f"<title>{_e(page_title)}</title>\n<style>{_css()}</style>\n</head>\n<body>\n"
        '<a class="skip" href="#findings">Skip to findings</a><a class="skip" href="#main">Skip to the text</a>\n'
        f'<header class="top"><h1>{_e(title)}</h1><p class="totals">{_severity_pills(numbered)}{not_checked}'
        f' <span class="sum">in {_plural(len(results), "file")}</span></p>'
        '<button type="button" id="labels" aria-pressed="false">Show kind labels</button></header>\n'
        '<div class="layout">\n'
        f'<main id="main" tabindex="-1">{_index(results, numbered, titles)}{_legend()}\n'
        + "\n".join(articles)
        + "</main>\n"
        f'<aside id="findings" tabindex="-1" aria-labelledby="findings-h">{_panel(numbered, results)}</aside>\n'
        "</div>\n"
        '<div id="pop" class="pop" role="dialog" aria-label="Finding details" hidden></div>\n'
        '<svg id="links" aria-hidden="true" width="0" height="0"></svg>\n'
        f"<script>{_JS}</script>\n</body>\n</html>\n"
    )
