#!/usr/bin/python3
"""How long the window keeps repainting after a seat card is dropped (issue 15).

Measured from outside, as a person's screen sees it: X DAMAGE events on the window while a real
pointer (xdotool) drags one card onto another and lets go. Prints the frames painted after the
drop and when the last one came; then watches an idle second, which should paint nothing.
Usage (Debian's python3 with python3-xlib, xdotool, an X server at $DISPLAY, the app's window
open): scripts/settle.py WINDOW_ID FROM_X FROM_Y TO_X TO_Y [RUNS]
Start the app with ICS_BOARD_DESIGNER_LOG_REPAINTS=1 to see what asked for each frame.
"""
import statistics
import subprocess
import sys
import time

from Xlib import X, display
from Xlib.ext import damage


def frames_after(d, t0, seconds, sizes=None):
    """Damage events until `seconds` after t0, grouped into frames (events < 4 ms apart).
    With `sizes` (a list), each frame's largest damaged rectangle is appended to it, as
    (width, height): how much of the window the frame painted again."""
    events = []
    while time.monotonic() < t0 + seconds:
        while d.pending_events():
            ev = d.next_event()
            if type(ev).__name__ == "DamageNotify":
                events.append((time.monotonic(), ev.area.width * ev.area.height,
                               (ev.area.width, ev.area.height)))
        time.sleep(0.001)
    frames, largest = [], []
    for t, area, size in events:
        if not frames or t - frames[-1] > 0.004:
            frames.append(t)
            largest.append((area, size))
        elif area > largest[-1][0]:
            largest[-1] = (area, size)
    if sizes is not None:
        sizes.extend(size for _, size in largest)
    return [round((t - t0) * 1000) for t in frames]


def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], check=True)


def main():
    wid, fx, fy, tx, ty = (int(a) for a in sys.argv[1:6])
    runs = int(sys.argv[6]) if len(sys.argv) > 6 else 5
    d = display.Display()
    win = d.create_resource_object("window", wid)
    d.damage_query_version()
    win.damage_create(damage.DamageReportRawRectangles)
    d.sync()
    settles, counts = [], []
    for run in range(runs):
        a, b = ((fx, fy), (tx, ty)) if run % 2 == 0 else ((tx, ty), (fx, fy))
        xdo("mousemove", "--window", wid, *a)
        time.sleep(0.6)
        xdo("mousedown", 1)
        for i in range(1, 11):
            x = a[0] + (b[0] - a[0]) * i // 10
            y = a[1] + (b[1] - a[1]) * i // 10
            xdo("mousemove", "--window", wid, x, y)
            time.sleep(0.03)
        time.sleep(0.3)
        # What the window painted before the release is read and left out (reading for zero
        # seconds, as this once did, read nothing: those were counted as a frame at ~3 ms).
        d.sync()
        while d.pending_events():
            d.next_event()
        t0 = time.monotonic()
        # Beside the app's own log (ICS_BOARD_DESIGNER_LOG_REPAINTS=1), same clock.
        print(f"button released at {int(time.time() * 1000) % 100000} ms")
        xdo("mouseup", 1)
        sizes = []
        frames = frames_after(d, t0, 1.5, sizes)
        settle = frames[-1] if frames else 0
        settles.append(settle)
        counts.append(len(frames))
        print(f"run {run + 1}: {len(frames)} frames after the drop, at ms {frames}, "
              f"largest rectangles {sizes}")
    print(f"settled after the drop: median {statistics.median(settles)} ms "
          f"(min {min(settles)}, max {max(settles)}); frames: median {statistics.median(counts)}")
    idle = frames_after(d, time.monotonic(), 2.0)
    print(f"then 2 s without input: {len(idle)} frames")


if __name__ == "__main__":
    main()
