#!/usr/bin/env python3
"""Every figure of the performance issue, with its anchor, in one run.

    python3 bench/run.py [--build build-bench] [--sizes 10000 100000 1000000] [--runs 5]
                         [--data DIR] [--markdown FILE] [--only import,start,window,report]

For each size it makes (once, then keeps) a sample database with `hubdesk demo --size N`
(N interactions) and measures, RUNS times each:

  import   an N-row organisations CSV into a copy of a small HubDesk file, beside sqlite3's
           .import of the same file into the same table, indexes and search-index trigger
           (bench/import_speed.py; the anchor of the ratio), and beside a bare .import;
  start    `hubdesk --startup-time FILE`: from the process start to the first painted
           Stakeholders page with the file open, beside a bare Qt window's start
           (hubdesk_barewindow) in the same run;
  window   in the real main window on the offscreen platform (hubdesk_windowbench window):
           the interactions list jumped to the middle and to the end, sorted, searched one
           key at a time, and the peak memory after it was scrolled from top to bottom;
  report   the periodic report over every date in the file: its figures and its PDF
           (hubdesk_windowbench report).

It prints a Markdown table (median, min–max, target, and the ratio to the anchor where
there is one) and writes it to --markdown when given. Timing is never a test: this runs on
demand, not in CI.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import import_speed  # noqa: E402  (the import figures share its CSV and its anchor)

TARGETS = {
    "import": ("ratio ≥ 0.5", None),
    "start": ("≤ 500 ms at 1M", 500),
    "search_key": ("p95 ≤ 16 ms at 1M", 16),
    "scroll_middle": ("≤ 16 ms", 16),
    "scroll_end": ("≤ 16 ms", 16),
    "sort_occurred_on": ("≤ 100 ms", 100),
    "sort_subject": ("≤ 100 ms", 100),
    "sort_organisation_id": ("≤ 100 ms", 100),
    "report_figures": ("≤ 1,000 ms at 1M", 1000),
    "report_pdf": ("≤ 3,000 ms at 1M", 3000),
    "peak_rss": ("≤ 150 MB", 150),
}

LABELS = {
    "search_key": "search, per key, to the first page shown",
    "search_counted": "search, per key, to the count of all matches",
    "scroll_middle": "scroll: jump to the middle, page shown",
    "scroll_end": "scroll: jump to the end, page shown",
    "scroll_sweep_step": "scroll: each of 200 steps top to bottom",
    "sort_occurred_on": "sort by date, first page shown",
    "sort_subject": "sort by subject (the name), first page shown",
    "sort_organisation_id": "sort by stakeholder (joined name), first page shown",
    "report_figures": "periodic report, all dates: figures",
    "report_pdf": "periodic report, all dates: PDF",
    "peak_rss": "peak memory (RSS) after scrolling end to end",
}


def run(command, env=None, input_text=None):
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, input=input_text)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stdout}\n{done.stderr}")
    return done.stdout


def percentile(values, p):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(p / 100.0 * (len(ordered) - 1)))))
    return ordered[index]


def machine():
    cpu = "?"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = "?"
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            memory = f"{int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    sqlite = run(["sqlite3", "--version"]).split()[0]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {memory}, "
            f"sqlite3 {sqlite}, load average {load:.1f} at the start")


def dataset(hubdesk, data, size):
    path = os.path.join(data, f"demo-{size}.hubdesk")
    if not os.path.exists(path):
        print(f"making {path} (hubdesk demo --size {size}) …", flush=True)
        started = time.perf_counter()
        run([hubdesk, "demo", "--size", str(size), path])
        print(f"  done in {time.perf_counter() - started:.0f} s", flush=True)
    return path


def import_figures(hubdesk, size, runs):
    """Medians of the import beside its anchors: {what: [seconds]}."""
    work = tempfile.mkdtemp(prefix="hubdesk-bench-import-")
    try:
        start = os.path.join(work, "start.hubdesk")
        run([hubdesk, "demo", start])
        csv = os.path.join(work, "orgs.csv")
        import_speed.write_csv(csv, size)
        db = os.path.join(work, "run.hubdesk")
        bare = os.path.join(work, "bare.db")
        results = {"anchor": [], "bare": [], "import": []}
        for _ in range(runs):
            for what in results:
                for f in (db, db + "-wal", db + "-shm", bare):
                    if os.path.exists(f):
                        os.remove(f)
                began = time.perf_counter()
                if what == "bare":
                    run(["sqlite3", bare, f".import --csv {csv} t"])
                    results[what].append(time.perf_counter() - began)
                    continue
                shutil.copy(start, db)
                began = time.perf_counter()
                if what == "anchor":
                    run(["sqlite3", db], input_text=import_speed.ANCHOR_SQL.format(csv=csv))
                else:
                    run([hubdesk, "import", "organisations", "--db", db, csv])
                results[what].append(time.perf_counter() - began)
                import_speed.check_rows(db, size)
        return results
    finally:
        shutil.rmtree(work, ignore_errors=True)


def start_figures(hubdesk, bare, path, runs, env):
    """Milliseconds from the process start to the first paint: (hubdesk, bare window)."""
    ours, anchor = [], []

    def first_paint(command):
        text = run(command, env=env)
        for line in text.splitlines():
            if line.startswith("first painted page:"):
                return float(line.split(":")[1].split("ms")[0])
        sys.exit(f"no first paint reported by {' '.join(command)}:\n{text}")

    for _ in range(runs):
        anchor.append(first_paint([bare]))
        ours.append(first_paint([hubdesk, "--startup-time", path]))
    return ours, anchor


def bench_figures(windowbench, mode, path, runs, env):
    figures = {}
    for line in run([windowbench, mode, path, "--runs", str(runs)], env=env).splitlines():
        line = line.strip()
        if line.startswith("{"):
            o = json.loads(line)
            figures[o["figure"]] = o
    return figures


def cell_ms(values):
    return f"{statistics.median(values):,.1f}", f"{min(values):,.1f}–{max(values):,.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default="build-bench")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000, 1000000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data", help="where the sample databases are kept (default: BUILD/datasets)")
    parser.add_argument("--markdown", help="also write the results table to this file")
    parser.add_argument("--only", default="import,start,window,report")
    args = parser.parse_args()

    hubdesk = os.path.abspath(os.path.join(args.build, "app", "hubdesk"))
    windowbench = os.path.abspath(os.path.join(args.build, "bench", "hubdesk_windowbench"))
    barewindow = os.path.abspath(os.path.join(args.build, "bench", "hubdesk_barewindow"))
    for program in (hubdesk, windowbench, barewindow):
        if not os.access(program, os.X_OK):
            sys.exit(f"{program}: missing; build with -DHUBDESK_BENCH=ON (./scripts/bench.sh does)")
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 is not installed (apt-get install sqlite3)")
    data = os.path.abspath(args.data or os.path.join(args.build, "datasets"))
    os.makedirs(data, exist_ok=True)
    only = set(args.only.split(","))

    # The benchmark's settings and automatic backups stay beside its datasets, out of the
    # user's; the window runs on the offscreen platform (no display needed).
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = os.path.join(data, "config")
    env["XDG_DATA_HOME"] = os.path.join(data, "appdata")
    runtime = os.path.join(data, "runtime")
    os.makedirs(runtime, mode=0o700, exist_ok=True)
    env["XDG_RUNTIME_DIR"] = runtime

    header = machine()
    print(header, flush=True)
    rows = []  # (size, figure, median, range, target, ratio, note)
    for size in args.sizes:
        path = dataset(hubdesk, data, size)
        if "import" in only:
            print(f"[{size:,}] import …", flush=True)
            r = import_figures(hubdesk, size, args.runs)
            anchor = statistics.median(r["anchor"])
            bare = statistics.median(r["bare"])
            ours = statistics.median(r["import"])
            rows.append((size, f"import of {size:,} organisations (s)", f"{ours:.2f}",
                         f"{min(r['import']):.2f}–{max(r['import']):.2f}", "ratio ≥ 0.5", f"{anchor / ours:.2f}",
                         f"anchor: sqlite3 .import into the same table, indexes and search trigger {anchor:.2f} s; "
                         f"bare .import into a plain table {bare:.2f} s (ratio {bare / ours:.3f})"))
        if "start" in only:
            print(f"[{size:,}] start …", flush=True)
            ours, anchor = start_figures(hubdesk, barewindow, path, args.runs, env)
            median, spread = cell_ms(ours)
            rows.append((size, "cold start to the first painted page (ms)", median, spread, TARGETS["start"][0],
                         f"{statistics.median(anchor) / statistics.median(ours):.2f}",
                         f"anchor: a bare Qt window {statistics.median(anchor):.0f} ms "
                         f"({min(anchor):.0f}–{max(anchor):.0f})"))
        figures = {}
        if "window" in only:
            print(f"[{size:,}] window …", flush=True)
            figures.update(bench_figures(windowbench, "window", path, args.runs, env))
        if "report" in only:
            print(f"[{size:,}] report …", flush=True)
            figures.update(bench_figures(windowbench, "report", path, max(1, min(args.runs, 3)), env))
        for key in ("search_key", "search_counted", "scroll_middle", "scroll_end", "scroll_sweep_step", "sort_occurred_on", "sort_subject",
                    "sort_organisation_id", "report_figures", "report_pdf", "peak_rss"):
            if key not in figures:
                continue
            o = figures[key]
            target = TARGETS.get(key, ("", None))[0]
            if key == "peak_rss":
                rows.append((size, LABELS[key] + " (MB)", f"{o['mb'][0]:.0f}", "", target, "", o.get("note", "")))
                continue
            values = o["ms"]
            if key == "search_counted":
                rows.append((size, LABELS[key] + " p50 / p95 (ms)",
                             f"{percentile(values, 50):.1f} / {percentile(values, 95):.1f}",
                             f"{min(values):.1f}–{max(values):.1f}", "", "", "the status bar says “counting…” until then"))
                continue
            if key == "search_key":
                by_length = []
                for n in range(1, 7):
                    k = figures.get(f"search_key_{n}")
                    if k:
                        by_length.append(f"{n}: {statistics.median(k['ms']):.0f}")
                rows.append((size, LABELS[key] + " p50 / p95 (ms)",
                             f"{percentile(values, 50):.1f} / {percentile(values, 95):.1f}",
                             f"{min(values):.1f}–{max(values):.1f}", target, "",
                             o.get("note", "") + "; median by query length " + ", ".join(by_length)))
                continue
            median, spread = cell_ms(values)
            note = o.get("note", "")
            if key == "scroll_sweep_step":
                median = f"{percentile(values, 50):.1f} / {percentile(values, 95):.1f}"
                note = "p50 / p95 of the steps"
            rows.append((size, LABELS[key] + " (ms)", median, spread, target, "", note))

    lines = [f"Machine: {header}", "",
             f"Command: `python3 bench/run.py --build {args.build} --sizes {' '.join(map(str, args.sizes))} --runs {args.runs}`",
             "", "| interactions | figure | median | min–max | target | ratio to anchor | notes |",
             "|---:|---|---:|---:|---|---:|---|"]
    for size, figure, median, spread, target, ratio, note in rows:
        lines.append(f"| {size:,} | {figure} | {median} | {spread} | {target} | {ratio} | {note} |")
    table = "\n".join(lines)
    print()
    print(table)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(table + "\n")


if __name__ == "__main__":
    main()
