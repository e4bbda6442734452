// factcheck serve: the editors' page. When typing stops, the article goes to this server's
// /v1/report (nothing else is contacted) and the HTML report it returns is shown in the frame.
// The report escapes the article text; this script only ever sets text with textContent.
(function () {
  "use strict";
  var DELAY = 400;  // ms after the last keystroke
  var doc = document;
  var text = doc.getElementById("text"), frame = doc.getElementById("report"), status = doc.getElementById("status");
  var fields = ["date", "dateline", "format"].map(function (id) { return doc.getElementById(id); });
  var timer = null, seq = 0, shown = 0, inflight = null, lastSent = null;

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", !!isError);
  }
  function request() {
    var body = {text: text.value, format: fields[2].value, path: "article." + {markdown: "md", plain: "txt", html: "html"}[fields[2].value]};
    if (fields[0].value) { body.date = fields[0].value; }
    if (fields[1].value.trim()) { body.dateline = fields[1].value.trim(); }
    return body;
  }
  function show(html, n) {
    var win = frame.contentWindow, x = 0, y = 0;
    try { x = win.scrollX; y = win.scrollY; } catch (e) { /* first load */ }
    frame.addEventListener("load", function restore() {
      frame.removeEventListener("load", restore);
      try { frame.contentWindow.scrollTo(x, y); } catch (e) { /* nothing to keep */ }
      doc.body.setAttribute("data-shown", String(n));
    });
    frame.srcdoc = html;
  }
  function check() {
    timer = null;
    var body = request(), key = JSON.stringify(body);
    if (key === lastSent) { return; }
    lastSent = key;
    if (!text.value.trim()) { say("Type or paste an article."); frame.srcdoc = ""; shown = ++seq; return; }
    if (inflight) { inflight.abort(); }
    var n = ++seq, started = Date.now(), ctl = window.AbortController ? new AbortController() : null;
    inflight = ctl;
    say("Checking…");
    fetch("v1/report", {method: "POST", headers: {"Content-Type": "application/json"}, body: key,
                        signal: ctl ? ctl.signal : undefined})
      .then(function (res) {
        return res.text().then(function (payload) { return {res: res, payload: payload}; });
      })
      .then(function (r) {
        if (n < shown) { return; }  // an older answer arriving late
        shown = n;
        if (!r.res.ok) {
          var detail = r.payload;
          try { detail = JSON.parse(r.payload).detail; } catch (e) { /* not JSON */ }
          lastSent = null;
          say("Not checked: " + detail, true);
          return;
        }
        show(r.payload, n);
        say("Checked at " + new Date().toLocaleTimeString() + " in " + (Date.now() - started) + " ms");
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") { return; }
        lastSent = null;
        say("The factcheck server did not answer: is it still running?", true);
      });
  }
  function later() {
    if (timer !== null) { clearTimeout(timer); }
    timer = setTimeout(check, DELAY);
  }
  text.addEventListener("input", later);
  fields.forEach(function (f) { f.addEventListener("input", later); f.addEventListener("change", later); });
  doc.getElementById("settings").addEventListener("submit", function (ev) { ev.preventDefault(); check(); });
  if (text.value.trim()) { later(); }
  doc.body.setAttribute("data-ready", "true");
})();
