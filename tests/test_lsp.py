"""``factcheck lsp`` driven by a real LSP client (pytest-lsp over the server's stdin and stdout):
open, diagnostics, change (debounced), hover on a figure, the suppression code action."""

from __future__ import annotations

import sys

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

pytestmark = pytest.mark.slow  # the server loads the pipeline

URI = "file:///tmp/factcheck-lsp-test/draft.md"
TEXT = ("---\ntitle: Casualties\ndate: 2023-12-14\ndateline: Aleppo\n---\n\n"
        "Some 15,000 people left at 6am (4am GMT).\n\n"
        "Soldiers shot dead 82 people, including 51 women and 43 children.\n")


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "factcheck", "lsp"]),
                    scope="module")
async def client(lsp_client: LanguageClient):
    await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=client_capabilities("visual-studio-code"), initialization_options={"debounce": 0.2}))
    yield
    await lsp_client.shutdown_session()


async def diagnostics_for(client: LanguageClient, uri: str, version: int) -> list[lsp.Diagnostic]:
    while True:
        params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        if params.uri == uri and params.version == version:
            return list(params.diagnostics)


def pos(text: str, needle: str, nth: int = 0, delta: int = 0) -> lsp.Position:
    index = -1
    for _ in range(nth + 1):
        index = text.index(needle, index + 1)
    index += delta
    return lsp.Position(line=text.count("\n", 0, index), character=index - text.rfind("\n", 0, index) - 1)


@pytest.mark.asyncio(loop_scope="module")
async def test_lsp_open_gives_diagnostics_with_rule_severity_and_related_figures(client: LanguageClient):
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=URI, language_id="markdown", version=1, text=TEXT)))
    found = await diagnostics_for(client, URI, 1)
    assert [(d.code, d.severity, d.source) for d in found] == [
        ("utc-offset-mismatch", lsp.DiagnosticSeverity.Error, "factcheck"),
        ("part-exceeds-whole", lsp.DiagnosticSeverity.Error, "factcheck")]
    tz, parts = found
    assert tz.range == lsp.Range(start=pos(TEXT, "6am"), end=pos(TEXT, "6am", delta=3))
    assert "Aleppo was UTC+03:00" in tz.message
    assert parts.range.start == pos(TEXT, "82") and "\n= 51 + 43 = 94 > 82" in parts.message
    related = [(r.location.uri, r.location.range.start, r.message) for r in parts.related_information]
    assert related == [(URI, pos(TEXT, "51"), "'51': a figure part-exceeds-whole compared"),
                       (URI, pos(TEXT, "43"), "'43': a figure part-exceeds-whole compared")]


@pytest.mark.asyncio(loop_scope="module")
async def test_lsp_hover_on_a_figure_shows_its_record(client: LanguageClient):
    hover = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=pos(TEXT, "15,000", delta=2)))
    assert hover is not None and hover.range == lsp.Range(start=pos(TEXT, "15,000"), end=pos(TEXT, "15,000", delta=6))
    value = hover.contents.value
    assert value.startswith("**count** `15,000`")
    assert "- value: 15,000" in value and "- counts: people" in value and "approximate ('Some')" in value
    time = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=pos(TEXT, "6am")))
    assert "- time: 06:00" in time.contents.value and "- zone: Asia/Damascus, Aleppo" in time.contents.value
    nothing = await client.text_document_hover_async(lsp.HoverParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), position=pos(TEXT, "Soldiers")))
    assert nothing is None


@pytest.mark.asyncio(loop_scope="module")
async def test_lsp_code_action_inserts_the_suppression_comment(client: LanguageClient):
    parts = client.diagnostics[URI][1]
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=URI), range=parts.range,
        context=lsp.CodeActionContext(diagnostics=[parts])))
    assert [a.title for a in actions] == ["Suppress part-exceeds-whole here (comment above the line)",
                                          "Suppress part-exceeds-whole on this line (comment at its end)"]
    edit = actions[0].edit.changes[URI][0]
    line = parts.range.start.line
    assert edit.range == lsp.Range(start=lsp.Position(line=line, character=0), end=lsp.Position(line=line, character=0))
    assert edit.new_text == "<!-- factcheck-disable-next-line part-exceeds-whole -->\n"
    lines = TEXT.split("\n")
    suppressed = "\n".join([*lines[:line], edit.new_text.rstrip("\n"), *lines[line:]])
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=URI, version=2),
        content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=suppressed)]))
    assert [d.code for d in await diagnostics_for(client, URI, 2)] == ["utc-offset-mismatch"]


@pytest.mark.asyncio(loop_scope="module")
async def test_lsp_changes_are_debounced_and_follow_the_text(client: LanguageClient):
    text = TEXT.replace("2023-12-14", "2016-12-14")  # Aleppo kept UTC+2 then: the time agrees
    for version in range(3, 8):  # typing: five quick edits, one check after the pause
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            text_document=lsp.VersionedTextDocumentIdentifier(uri=URI, version=version),
            content_changes=[lsp.TextDocumentContentChangeWholeDocument(text=text + "x" * version)]))
    params = await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    assert params.uri == URI and params.version == 7, "a check for a version that was already out of date"
    assert [d.code for d in params.diagnostics] == ["part-exceeds-whole"]
    # an incremental edit: 82 becomes 182, and the parts no longer exceed the whole
    at = pos(text, "82 people")
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        text_document=lsp.VersionedTextDocumentIdentifier(uri=URI, version=8),
        content_changes=[lsp.TextDocumentContentChangePartial(range=lsp.Range(start=at, end=at), text="1")]))
    assert await diagnostics_for(client, URI, 8) == []
    client.text_document_did_close(lsp.DidCloseTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=URI)))


@pytest.mark.asyncio(loop_scope="module")
async def test_lsp_positions_are_utf16_code_units(client: LanguageClient):
    uri = "file:///tmp/factcheck-lsp-test/emoji.txt"
    text = "😀😀 Soldiers shot dead 82 people, including 51 women and 43 children.\n"
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(text_document=lsp.TextDocumentItem(
        uri=uri, language_id="plaintext", version=1, text=text)))
    (found,) = await diagnostics_for(client, uri, 1)
    assert found.range.start == lsp.Position(line=0, character=text.index("82") + 2)  # two surrogate pairs
