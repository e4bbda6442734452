"""``factcheck lsp``: a language server (pygls) for Markdown, plain text and HTML articles.

- **Diagnostics** on open (at once) and on change (once typing has paused, 0.3 s by default: the
  ``debounce`` initialization option): one per finding, with the rule id as its code, its
  severity, the message and the arithmetic, and the figures it compared as related information.
- **Hover** on a figure shows its record: kind, value and unit, what it counts, its hedge and
  bounds, its date or its time and zone.
- **Code actions** on a finding insert the suppression comment
  (``<!-- factcheck-disable-next-line RULE -->`` above its line, or ``factcheck-disable-line``
  at its end: see ``factcheck.suppressions``).

The text checked is the editor's buffer, never the file on disk. The configuration in force is the
nearest ``.factcheck.yaml`` (or ``pyproject.toml [tool.factcheck]``) above the document, as for
``factcheck check``. Positions are converted to the encoding the client negotiated (UTF-16 by
default); factcheck's own offsets are code points.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer

from factcheck.records import Quantity

DEBOUNCE = 0.3
SOURCE = "factcheck"
_SEVERITY = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning,
             "info": lsp.DiagnosticSeverity.Information}
_LANGUAGES = {"markdown": "markdown", "html": "html", "plaintext": "plain", "text": "plain"}


def _version() -> str:
    from factcheck.report.common import tool_version

    return tool_version()


class FactcheckLanguageServer(LanguageServer):
    """Keeps the last analysis of each open document: (text, FileResult)."""

    def __init__(self) -> None:
        super().__init__("factcheck", _version())
        self.debounce = DEBOUNCE
        self.results: dict[str, tuple[str, object]] = {}
        self._pending: dict[str, asyncio.Task] = {}
        self._runs: dict[str | None, tuple] = {}  # config file -> (options, rules)
        self._analyser = ThreadPoolExecutor(max_workers=1, thread_name_prefix="factcheck-lsp")  # one at a time

    # -- analysis ----------------------------------------------------------------------------------

    def _run_for(self, uri: str):
        """(options, rules) of the configuration in force for the document at ``uri``."""
        from factcheck.config import discover, find_config, run_options
        from factcheck.runner import select_rules

        folder = os.path.dirname(_fs_path(uri)) if uri.startswith("file:") else None
        found = find_config(folder) if folder and os.path.isdir(folder) else None
        key = str(found) if found else None
        if key not in self._runs:
            options, _ = run_options(discover(found) if found else discover(use_config=False))
            self._runs[key] = (options, select_rules(options))
        return self._runs[key]

    def analyse(self, uri: str, text: str, language: str | None):
        from factcheck.service.core import analyse_text

        try:
            options, rules = self._run_for(uri)
        except Exception as exc:  # noqa: BLE001 - a bad configuration: shown as one diagnostic
            from factcheck.findings import FileResult
            from factcheck.runner import file_error

            path = _fs_path(uri)
            return FileResult(path=path, errors=[file_error(exc, path)])
        return analyse_text(text, options, rules, path=_fs_path(uri), fmt=_format(uri, language))

    async def result_for(self, uri: str):
        """The analysis of the document as it is now (run now if the last one is stale)."""
        doc = self.workspace.get_text_document(uri)
        cached = self.results.get(uri)
        if cached is not None and cached[0] == doc.source:
            return cached[1]
        text = doc.source
        result = await asyncio.get_running_loop().run_in_executor(
            self._analyser, self.analyse, uri, text, doc.language_id)
        self.results[uri] = (text, result)
        return result

    def schedule(self, uri: str, delay: float) -> None:
        """Check ``uri`` after ``delay`` seconds, unless another change comes first."""
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._pending[uri] = asyncio.get_running_loop().create_task(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            doc = self.workspace.get_text_document(uri)
            version, text = doc.version, doc.source
            result = await asyncio.get_running_loop().run_in_executor(
                self._analyser, self.analyse, uri, text, doc.language_id)
            self.results[uri] = (text, result)
            if self._pending.get(uri) is not asyncio.current_task():
                return  # a newer change is on its way
            self._pending.pop(uri, None)
            self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(
                uri=uri, version=version, diagnostics=diagnostics(uri, text, result, self.codec)))
        except asyncio.CancelledError:
            pass

    @property
    def codec(self):
        return self.workspace.position_codec

    def preload(self) -> None:
        """Load the pipeline in the background, so that the first diagnostics come quickly."""
        from factcheck.analysis import load_pipeline

        self._analyser.submit(load_pipeline, None)


def _fs_path(uri: str) -> str:
    parsed = urlparse(uri)
    return unquote(parsed.path) if parsed.scheme == "file" else uri


def _format(uri: str, language: str | None) -> str:
    if language in _LANGUAGES:
        return _LANGUAGES[language]
    from factcheck.service.core import detect_format

    return detect_format("", _fs_path(uri))


# -- positions ------------------------------------------------------------------------------------

def position(text: str, offset: int, codec) -> lsp.Position:
    """The LSP position of code-point ``offset`` of ``text``, in the client's units."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return lsp.Position(line=line, character=codec.client_num_units(text[start:offset]))


def span(text: str, start: int, end: int, codec) -> lsp.Range:
    return lsp.Range(start=position(text, start, codec), end=position(text, end, codec))


def offset_of(text: str, pos: lsp.Position, codec) -> int:
    lines = text.splitlines(keepends=True) or [""]
    server = codec.position_from_client_units(lines, pos)
    return sum(len(line) for line in lines[:server.line]) + server.character


# -- diagnostics, hover, code actions ---------------------------------------------------------------

def diagnostics(uri: str, text: str, result, codec) -> list[lsp.Diagnostic]:
    out: list[lsp.Diagnostic] = []
    for error in result.errors:  # the text could not be checked (front matter, configuration)
        out.append(lsp.Diagnostic(range=span(text, 0, 0, codec), message=str(error), source=SOURCE,
                                  severity=lsp.DiagnosticSeverity.Error, code=error.code))
    for f in result.findings:
        message = f.message
        if f.arithmetic and f.arithmetic.strip() != f.message.strip():
            message += f"\n= {f.arithmetic}"
        related = [lsp.DiagnosticRelatedInformation(
            location=lsp.Location(uri=uri, range=span(text, r.start, r.end, codec)),
            message=f"'{r.text}': a figure {f.rule} compared") for r in f.related]
        out.append(lsp.Diagnostic(
            range=span(text, f.start, f.end, codec), message=message, source=SOURCE, code=f.rule,
            severity=_SEVERITY[f.severity.value], related_information=related or None,
            data={"rule": f.rule, "kind": f.kind}))
    return out


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,g}"


def describe(q: Quantity) -> str:
    """A figure's record, as Markdown for a hover."""
    lines = [f"**{q.kind.value}** `{q.text}` ({q.id}, line {q.line}, column {q.column})", ""]
    if q.value is not None:
        unit = f" {q.unit}" if q.unit and q.unit != "%" else (q.unit or "")
        lines.append(f"- value: {_number(q.value)}{unit}")
    elif q.unit:
        lines.append(f"- unit: {q.unit}")
    if q.dimension:
        lines.append(f"- dimension: {q.dimension}")
    if q.counted:
        lines.append(f"- counts: {q.counted_text or q.counted} (*{q.counted}*)")
    if q.qualifier.value != "exact":
        low = _number(q.low) if q.low is not None else "…"
        high = _number(q.high) if q.high is not None else "…"
        said = f" ('{q.qualifier_text}')" if q.qualifier_text else ""
        lines.append(f"- hedge: {q.qualifier.value.replace('_', ' ')}{said}: {low} to {high}")
    elif q.step:
        lines.append(f"- stated to the nearest {_number(q.step)}")
    if q.iso_date or q.weekday:
        lines.append("- date: " + " ".join(x for x in (q.weekday, q.iso_date) if x))
    if q.hours is not None:
        h, m = divmod(round(q.hours * 60), 60)
        lines.append(f"- time: {h:02d}:{m:02d}")
    if q.zone:
        where = f", {q.place} (from the {q.place_source})" if q.place else ""
        lines.append(f"- zone: {q.zone}{where}")
    return "\n".join(lines)


def quantity_at(result, offset: int) -> Quantity | None:
    quantities = getattr(result.extraction, "quantities", None) or []
    hits = [q for q in quantities if q.start <= offset < q.end or (offset == q.end and q.end > q.start)]
    return min(hits, key=lambda q: q.end - q.start) if hits else None


def suppression_actions(uri: str, text: str, diagnostic: lsp.Diagnostic, codec) -> list[lsp.CodeAction]:
    rule = str(diagnostic.code or (diagnostic.data or {}).get("rule") or "")
    if diagnostic.source != SOURCE or not rule or rule == "E100":
        return []
    line = diagnostic.range.start.line
    lines = text.split("\n")
    current = lines[line] if line < len(lines) else ""
    indent = current[:len(current) - len(current.lstrip(" \t"))]
    above = lsp.TextEdit(range=lsp.Range(start=lsp.Position(line=line, character=0),
                                         end=lsp.Position(line=line, character=0)),
                         new_text=f"{indent}<!-- factcheck-disable-next-line {rule} -->\n")
    stripped = current.rstrip("\r")
    end = lsp.Position(line=line, character=codec.client_num_units(stripped.rstrip()))
    at_end = lsp.TextEdit(range=lsp.Range(start=end, end=lsp.Position(line=line, character=codec.client_num_units(
        stripped))), new_text=f" <!-- factcheck-disable-line {rule} -->")
    return [
        lsp.CodeAction(title=f"Suppress {rule} here (comment above the line)", kind=lsp.CodeActionKind.QuickFix,
                       diagnostics=[diagnostic], is_preferred=True,
                       edit=lsp.WorkspaceEdit(changes={uri: [above]})),
        lsp.CodeAction(title=f"Suppress {rule} on this line (comment at its end)", kind=lsp.CodeActionKind.QuickFix,
                       diagnostics=[diagnostic], edit=lsp.WorkspaceEdit(changes={uri: [at_end]})),
    ]


def build_server() -> FactcheckLanguageServer:
    server = FactcheckLanguageServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: FactcheckLanguageServer, params: lsp.InitializeParams) -> None:
        opts = params.initialization_options or {}
        if isinstance(opts, dict) and isinstance(opts.get("debounce"), (int, float)) and opts["debounce"] >= 0:
            ls.debounce = float(opts["debounce"])

    @server.feature(lsp.INITIALIZED)
    def initialized(ls: FactcheckLanguageServer, _params) -> None:
        ls.preload()

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    async def did_open(ls: FactcheckLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    async def did_change(ls: FactcheckLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: FactcheckLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    async def did_close(ls: FactcheckLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        pending = ls._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        ls.results.pop(uri, None)
        ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: FactcheckLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        uri = params.text_document.uri
        result = await ls.result_for(uri)
        text = ls.results[uri][0]
        q = quantity_at(result, offset_of(text, params.position, ls.codec))
        if q is None:
            return None
        return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=describe(q)),
                         range=span(text, q.start, q.end, ls.codec))

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
    def code_action(ls: FactcheckLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        uri = params.text_document.uri
        text = ls.workspace.get_text_document(uri).source
        actions: list[lsp.CodeAction] = []
        for diagnostic in params.context.diagnostics:
            actions += suppression_actions(uri, text, diagnostic, ls.codec)
        return actions

    return server


def main() -> None:
    """Serve on standard input and output until the client says exit."""
    build_server().start_io()
