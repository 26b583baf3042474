"""A small client of the Chrome DevTools protocol (over websocket-client), enough to drive
Debian's headless Chromium from scripts/web/test_web.py: start it, send commands, wait for
events, and find text on the page by OCR (the designer draws on a canvas)."""

import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request

import websocket


class Browser:
    """Headless Chromium with software WebGL, on a fresh profile, nothing fetched from outside."""

    def __init__(self, width, height, downloads):
        self.profile = tempfile.mkdtemp(prefix="ics-web-profile-")
        flags = [
            "--headless=new", "--no-sandbox", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update",
            "--disable-default-apps", "--disable-extensions", "--disable-quic",
            # WebGL on the CPU: SwiftShader through ANGLE.
            "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
            "--remote-debugging-port=0", "--remote-allow-origins=*",
            f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
            "about:blank",
        ]
        self.process = subprocess.Popen(
            ["chromium", *flags], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = os.path.join(self.profile, "DevToolsActivePort")
        for _ in range(300):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        self.port = int(open(port_file).read().split()[0])
        version = json.load(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/version"))
        self.browser = Session(version["webSocketDebuggerUrl"])
        self.browser.send("Browser.setDownloadBehavior",
                          behavior="allow", downloadPath=downloads, eventsEnabled=True)
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list"))
        page = next(p for p in pages if p["type"] == "page")
        self.page = Session(page["webSocketDebuggerUrl"])

    def close(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class Session:
    """One DevTools connection: commands answered in order, events kept until looked at."""

    def __init__(self, url):
        self.ws = websocket.create_connection(url, timeout=120, suppress_origin=True)
        self.next_id = 0
        self.events = []

    def send(self, method, **params):
        self.next_id += 1
        mine = self.next_id
        self.ws.send(json.dumps({"id": mine, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == mine:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def pump(self, seconds):
        """Take in the events that come within `seconds`."""
        self.ws.settimeout(seconds)
        try:
            while True:
                message = json.loads(self.ws.recv())
                if "method" in message:
                    self.events.append(message)
        except websocket.WebSocketTimeoutException:
            pass
        finally:
            self.ws.settimeout(120)

    def take(self, method):
        found = [e for e in self.events if e["method"] == method]
        self.events = [e for e in self.events if e["method"] != method]
        return found

    def eval(self, expression):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_for(self, expression, seconds, what):
        """Wait until a JavaScript expression is true; its last value."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            value = self.eval(expression)
            if value:
                return value
            self.pump(0.2)
        raise TimeoutError(f"waited {seconds} s for {what}")

    def screenshot(self, path):
        import base64
        data = self.send("Page.captureScreenshot", format="png")["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))
        return path

    def mouse(self, kind, x, y, buttons=0, button="none", clicks=0):
        self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button=button,
                  buttons=buttons, clickCount=clicks)

    def click(self, x, y):
        self.mouse("mouseMoved", x, y)
        self.mouse("mousePressed", x, y, buttons=1, button="left", clicks=1)
        self.mouse("mouseReleased", x, y, button="left", clicks=1)
        self.pump(0.3)

    def drag(self, start, end, steps=12):
        """A drag as a hand makes it: press, move in steps, release."""
        (x0, y0), (x1, y1) = start, end
        self.mouse("mouseMoved", x0, y0)
        self.mouse("mousePressed", x0, y0, buttons=1, button="left", clicks=1)
        self.pump(0.1)
        for i in range(1, steps + 1):
            self.mouse("mouseMoved", x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps,
                       buttons=1, button="left")
            self.pump(0.05)
        self.mouse("mouseReleased", x1, y1, button="left", clicks=1)
        self.pump(0.3)


def words(png):
    """The words OCR reads in a screenshot, with their boxes in the screenshot's pixels:
    [(text, x, y, w, h)]. The picture is read at twice its size, where tesseract misses far
    fewer of the interface's small words."""
    with tempfile.TemporaryDirectory() as folder:
        big = os.path.join(folder, "big.png")
        subprocess.run(["convert", png, "-resize", "200%", big], check=True)
        out = subprocess.run(["tesseract", big, "-", "tsv"], capture_output=True,
                             text=True).stdout
    found = []
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        text = (row.get("text") or "").strip()
        if text:
            found.append((text, int(row["left"]) / 2, int(row["top"]) / 2,
                          int(row["width"]) / 2, int(row["height"]) / 2))
    return found


def find_words(png, phrase, region=None):
    """The centre of the first place OCR reads `phrase` (one or more words), optionally only
    within region (x0, y0, x1, y1); None when it is not read."""
    wanted = phrase.split()
    seen = words(png)
    for i in range(len(seen) - len(wanted) + 1):
        run = seen[i:i + len(wanted)]
        if [w[0] for w in run] == wanted:
            x0, y0 = run[0][1], min(w[2] for w in run)
            x1 = run[-1][1] + run[-1][3]
            y1 = max(w[2] + w[4] for w in run)
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if region is None or (region[0] <= cx <= region[2] and region[1] <= cy <= region[3]):
                return cx, cy
    return None
