"""Check the built documentation as a reader would: in a real browser, at desktop and phone width.

    python docs/check.py                 # build the HTML (sphinx-build -W -n), then check it
    python docs/check.py --html DIR      # check a site already built in DIR

For each page below, headless Chromium opens the page at 1280 px and, emulating a phone, at
390 px wide, takes a screenshot into ``docs/_build/screenshots/`` (git-ignored: a build artefact, not
source), and measures the page in the browser with a small script. Chromium is driven through its
DevTools protocol over a pipe (``--remote-debugging-pipe``): no Python package is needed, and the
phone width is a real emulated viewport (the plain ``--window-size`` stops at 500 px).

The rule for horizontal overflow, measured inside the page's main text (``article[role=main]``),
on what a reader sees — visible text, and pictures (``img``, ``svg``, ``video``, ``canvas``):

1. the page itself must not scroll sideways (``documentElement.scrollWidth <= innerWidth``);
2. no visible text or picture may reach past the right edge of the main text column, unless it
   sits inside a box that scrolls or clips on its own (``overflow-x`` ``auto``, ``scroll`` or
   ``hidden``), which then holds it (hidden text, such as the ``¶`` link shown on hovering a
   heading, does not count);
3. at 1280 px, no such scrolling box may need to scroll either (code is wrapped and tables fit, so
   nothing is read sideways on a desktop); at phone width a wide table may scroll inside its own
   box (it is counted and reported, not failed);
4. every diagram the page is expected to have (``figure.rl-diagram`` with an ``svg``) is present,
   has a size, and fits the column.

A failure names the page, the width and the element (its tag, classes and the start of its
text). Exit status: 0 all good, 1 a check failed, 2 the site or Chromium could not be found.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import select
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DOCS = Path(__file__).resolve().parent
WIDTHS = {"desktop": 1280, "phone": 390}
HEIGHT = 2000

#: page -> {diagram kind: how many at least}; the index, one article, one provision page, and the
#: pages that carry the other kinds of diagram.
PAGES: dict[str, dict[str, int]] = {
    "index.html": {},
    "articles/qi-2019.html": {"tree": 3},
    "provisions/convention-33-1.html": {"tree": 1},
    "china-over-time.html": {"timeline": 1},
    "design.html": {"dataflow": 1, "precedence": 1},
}

_MEASURE = r"""
(() => {
  const main = document.querySelector("article[role=main]") || document.body;
  const column = main.getBoundingClientRect();
  const out = {width: window.innerWidth, pageScroll: document.documentElement.scrollWidth,
               overflow: [], scrollers: [], diagrams: []};
  const describe = (e) => {
    const cls = typeof e.className === "string" && e.className.trim()
      ? "." + e.className.trim().split(/\s+/).join(".") : "";
    const text = (e.textContent || "").trim().replace(/\s+/g, " ").slice(0, 60);
    return `${e.tagName.toLowerCase()}${cls} "${text}"`;
  };
  const scrolls = (e) => ["auto", "scroll", "hidden"].includes(getComputedStyle(e).overflowX);
  const held = (e) => {
    for (let a = e; a && a !== main; a = a.parentElement) if (scrolls(a)) return true;
    return false;
  };
  const seen = new Set();
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const e = t.parentElement;
    if (!t.textContent.trim() || !e || e.closest("svg") || seen.has(e)) continue;
    if (getComputedStyle(e).visibility !== "visible") continue;
    const range = document.createRange();
    range.selectNodeContents(t);
    const r = range.getBoundingClientRect();
    if (r.width && r.right > column.right + 1 && !held(e)) {
      seen.add(e);
      out.overflow.push(describe(e) + ` reaches ${Math.round(r.right)} px, column ends at ${Math.round(column.right)} px`);
    }
  }
  for (const e of main.querySelectorAll("img, svg, video, canvas")) {
    if (e.parentElement.closest("svg")) continue;
    const r = e.getBoundingClientRect();
    if (r.width && r.right > column.right + 1 && !held(e.parentElement))
      out.overflow.push(describe(e) + ` reaches ${Math.round(r.right)} px, column ends at ${Math.round(column.right)} px`);
  }
  for (const e of main.querySelectorAll("*")) {
    if (e.closest("svg")) continue;
    if (scrolls(e) && e.scrollWidth > e.clientWidth + 1)
      out.scrollers.push(describe(e) + ` needs ${e.scrollWidth} px in ${e.clientWidth} px`);
  }
  for (const f of main.querySelectorAll("figure.rl-diagram")) {
    const svg = f.querySelector("svg");
    const kind = [...f.classList].find((c) => c.startsWith("rl-") && c !== "rl-diagram");
    const r = svg ? svg.getBoundingClientRect() : {width: 0, height: 0, right: 0};
    out.diagrams.push({kind: kind ? kind.slice(3) : "?", width: Math.round(r.width),
                       height: Math.round(r.height), fits: r.right <= column.right + 1});
  }
  return JSON.stringify(out);
})()
"""


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """Headless Chromium driven through the DevTools protocol on a pipe (file descriptors 3 and
    4 of the browser: JSON messages, each ended by a NUL byte)."""

    def __init__(self, executable: str, profile: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # The browser reads commands on its fd 3 and writes answers on its fd 4: a shell puts the
        # pipe's ends there and then becomes the browser.
        flags = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
            "--mute-audio", f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank",
        ]  # fmt: skip
        command = " ".join(shlex.quote(a) for a in (executable, *flags))
        self.process = subprocess.Popen(
            ["/bin/sh", "-c", f"exec {command} 3<&{to_browser_r} 4>&{from_browser_w}"],
            pass_fds=(to_browser_r, from_browser_w),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._id = 0
        self._events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.call("Page.enable", session=True)

    def _read(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._from_browser], [], [], 60)
            if not ready:
                raise RuntimeError("Chromium did not answer within 60 s")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        decoded: dict[str, Any] = json.loads(message)
        return decoded

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self._id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer.get("result", {})
                return result
            self._events.append(answer)

    def wait_for(self, event: str, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(e.get("method") == event for e in self._events):
                self._events = [e for e in self._events if e.get("method") != event]
                return
            self._events.append(self._read())
        raise RuntimeError(f"timed out waiting for {event}")

    def open(self, url: str, width: int, *, phone: bool, dark: bool = False) -> None:
        self.call(
            "Emulation.setDeviceMetricsOverride", session=True,
            width=width, height=HEIGHT, deviceScaleFactor=1, mobile=phone,
        )  # fmt: skip
        self.call(
            "Emulation.setEmulatedMedia", session=True,
            features=[{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}],
        )  # fmt: skip
        self._events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        answer = self.call(
            "Runtime.evaluate", session=True, expression=expression, returnByValue=True
        )
        return answer["result"].get("value")

    def screenshot(self, target: Path) -> None:
        data = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        target.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError):
            self.call("Browser.close")
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        os.close(self._to_browser)
        os.close(self._from_browser)


def check(site: Path, shots: Path) -> list[str]:
    executable = chromium()
    if executable is None:
        raise FileNotFoundError("Chromium not found (apt-get install chromium)")
    shots.mkdir(parents=True, exist_ok=True)
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="rl-docs-check-") as profile:
        browser = Browser(executable, profile)
        try:
            for name, expected in PAGES.items():
                page = site / name
                if not page.is_file():
                    failures.append(f"{name}: page missing from {site}")
                    continue
                stem = name.removesuffix(".html").replace("/", "-")
                for label, width in WIDTHS.items():
                    browser.open(page.as_uri(), width, phone=label == "phone")
                    target = shots / f"{stem}-{width}.png"
                    browser.screenshot(target)
                    got = json.loads(browser.evaluate(_MEASURE))
                    failures += judge(f"{name} at {width} px", got, width, label, expected)
                    print(
                        f"{name} at {width} px: page {got['pageScroll']} px wide, "
                        f"{len(got['overflow'])} element(s) past the column, "
                        f"{len(got['scrollers'])} box(es) scrolling inside, diagrams "
                        f"{[(d['kind'], d['width']) for d in got['diagrams']]} -> {target.name}"
                    )
            dark = shots / "provisions-convention-33-1-1280-dark.png"
            browser.open(
                (site / "provisions/convention-33-1.html").as_uri(), 1280, phone=False, dark=True
            )
            browser.screenshot(dark)
            print(f"dark scheme: {dark.name}")
        finally:
            browser.close()
    return failures


def judge(
    where: str, got: dict[str, Any], width: int, label: str, expected: dict[str, int]
) -> list[str]:
    """The failures in one page's measurements (see the rule at the top)."""
    failures = []
    if got["width"] != width:
        failures.append(f"{where}: the browser's viewport was {got['width']} px")
    if got["pageScroll"] > width:
        failures.append(f"{where}: the page scrolls sideways ({got['pageScroll']} px wide)")
    failures += [f"{where}: past the text column: {o}" for o in got["overflow"]]
    if label == "desktop":
        failures += [f"{where}: needs sideways scrolling: {s}" for s in got["scrollers"]]
    for kind, least in expected.items():
        found = [d for d in got["diagrams"] if d["kind"] == kind]
        if len(found) < least:
            failures.append(f"{where}: expected {least} {kind} diagram(s), found {len(found)}")
    for d in got["diagrams"]:
        if not d["width"] or not d["height"]:
            failures.append(f"{where}: a {d['kind']} diagram has no size")
        if not d["fits"]:
            failures.append(f"{where}: a {d['kind']} diagram is wider than the text column")
    return failures


def build(out: Path) -> None:
    sphinx = Path(sys.executable).with_name("sphinx-build")
    command = [
        str(sphinx) if sphinx.exists() else "sphinx-build",
        "-q",
        "-W",
        "-n",
        "-b",
        "html",
        str(DOCS),
        str(out),
    ]
    subprocess.run(command, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="a built site to check (default: build one)")
    parser.add_argument("--screenshots", type=Path, default=DOCS / "_build" / "screenshots")
    args = parser.parse_args(argv)
    site = args.html
    if site is None:
        site = DOCS / "_build" / "html"
        build(site)
    if not (site / "index.html").is_file():
        print(f"check: no built site in {site}", file=sys.stderr)
        return 2
    try:
        failures = check(site.resolve(), args.screenshots.resolve())
    except (FileNotFoundError, RuntimeError) as error:
        print(f"check: {error}", file=sys.stderr)
        return 2
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    if failures:
        return 1
    print(
        f"check: {len(PAGES)} pages at {', '.join(f'{w} px' for w in WIDTHS.values())}: no sideways overflow in the text, every expected diagram present; screenshots in {os.path.relpath(args.screenshots)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
