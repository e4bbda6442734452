"""Drive Debian's headless Chromium over the DevTools protocol, for pages that need typing.

:mod:`chromium` loads a page and dumps its DOM; a page that reacts to the keyboard needs more: this
starts the same binary with ``--remote-debugging-pipe`` (the protocol on file descriptors 3 and 4,
no port opened) and sends it commands: open a URL, focus, type text as key presses, evaluate a
script, take a screenshot. Only loopback pages are opened by the tests.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import subprocess
import tempfile
import time
from pathlib import Path

from browser import chromium


class CDPError(RuntimeError):
    pass


class Browser:
    """``with Browser() as b: b.open(url); b.type("#text", "..."); b.evaluate("...")``."""

    def __init__(self, window: str = "1400,1000", timeout: float = 30) -> None:
        binary = chromium.find()
        if binary is None:
            raise RuntimeError(f"chromium is not installed ({chromium.INSTALL})")
        self.timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="factcheck-cdp-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # moved above 9 so that they are not 3 or 4 themselves (bash then sets 3 and 4 from them)
        to_browser_r, from_browser_w = (self._high(to_browser_r), self._high(from_browser_w))
        # the protocol pipe must be fds 3 (commands in) and 4 (answers out) of the browser
        self.proc = subprocess.Popen(
            ["bash", "-c", f'exec 3<&{to_browser_r} 4>&{from_browser_w} {to_browser_r}<&- {from_browser_w}>&-; '
                           'exec "$@"', "bash", binary, *chromium.FLAGS, "--remote-debugging-pipe",
             f"--user-data-dir={self._profile.name}", f"--window-size={window}", "about:blank"],
            pass_fds=(to_browser_r, from_browser_w), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "LANG": "C.UTF-8"})
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next = 0
        self.session: str | None = None

    @staticmethod
    def _high(fd: int) -> int:
        high = fcntl.fcntl(fd, fcntl.F_DUPFD, 20)
        os.close(fd)
        return high

    # -- protocol ---------------------------------------------------------------------------------

    def send(self, method: str, params: dict | None = None, session: bool = True) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise CDPError(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def _read(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise CDPError("the browser did not answer in time")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise CDPError("the browser closed the protocol pipe")
            self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        return json.loads(raw)

    # -- pages ------------------------------------------------------------------------------------

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", {"url": "about:blank"}, session=False)["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True},
                                 session=False)["sessionId"]
        self.send("Page.enable")
        self.send("Runtime.enable")
        self.send("Page.navigate", {"url": url})
        self.wait_for("document.readyState === 'complete' && document.body.getAttribute('data-ready') === 'true'")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                "awaitPromise": True})
        if "exceptionDetails" in result:
            raise CDPError(f"{expression!r}: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float | None = None):
        """The value of ``expression`` once it is truthy (polled; an exception counts as not yet:
        a frame that is being replaced has no document for a moment)."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            try:
                value = self.evaluate(expression)
            except CDPError as exc:
                value = exc
            if value and not isinstance(value, CDPError):
                return value
            if time.monotonic() > deadline:
                raise CDPError(f"timed out waiting for {expression!r} (last value {value!r})")
            time.sleep(0.05)

    def type(self, selector: str, text: str, delay: float = 0.01) -> None:
        """Focus ``selector`` and type ``text`` one key press at a time (Enter for line breaks)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        for ch in text:
            if ch == "\n":
                for kind in ("keyDown", "keyUp"):
                    self.send("Input.dispatchKeyEvent", {"type": kind, "key": "Enter", "code": "Enter",
                                                         "windowsVirtualKeyCode": 13, "text": "\r"})
            else:
                self.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": ch, "text": ch})
                self.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": ch})
            if delay:
                time.sleep(delay)

    def screenshot(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.send("Page.captureScreenshot", {"format": "png"})["data"]))
        return path

    # -- life cycle -------------------------------------------------------------------------------

    def close(self) -> None:
        try:
            self.send("Browser.close", session=False)
        except (CDPError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        self._profile.cleanup()

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
