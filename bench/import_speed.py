#!/usr/bin/env python3
"""Import speed against its anchor, in one run.

    python3 bench/import_speed.py [--hubdesk build/app/hubdesk] [--rows 100000 ...] [--runs 3]

For each size it writes an organisations CSV (name, kind, country, city, e-mail,
website; every tenth name in Cyrillic) and times, RUNS times each:

  anchor   sqlite3 FILE ".import --csv orgs.csv t"  into a new file (what the target
           is held against: no checks, no indexes, no search index);
  floor    the same rows put into a new HubDesk file by sqlite3 alone, with one
           INSERT ... SELECT from the anchor's table, the search index filled in one
           statement, and the commit: SQLite's own share of our import, with every
           index and the trigram search index our schema keeps;
  import   hubdesk import organisations --db FILE orgs.csv  (every row checked,
           duplicates looked for, indexes and the search index kept), into a new file;
  create   the same with --duplicates create (no duplicate search).

It prints the median, the range and the speed relative to the anchor (anchor time /
time: 1.0 is as fast as the anchor, 0.5 half as fast). Files go to a temporary folder.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

FLOOR_SQL = """
PRAGMA temp_store = MEMORY;
PRAGMA cache_size = -131072;
ATTACH '{anchor}' AS a;
BEGIN;
DROP TRIGGER organisations_search_insert;
INSERT INTO organisations (uuid, created_at, updated_at, name, sort_name, kind, country, city, email, website, search_text)
SELECT printf('019b0000-0000-7000-8000-%012d', rowid), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z',
       name, lower(name), kind, country, city, email, website,
       lower(name || ' ' || city || ' ' || email || ' ' || website)
FROM a.t;
INSERT INTO organisations_fts (rowid, search_text) SELECT id, search_text FROM organisations;
CREATE TRIGGER organisations_search_insert AFTER INSERT ON organisations
BEGIN
    INSERT INTO organisations_fts (rowid, search_text) VALUES (NEW.id, NEW.search_text);
END;
COMMIT;
"""

KINDS = ["corporation", "startup", "university", "investor", "public_body", "accelerator", "media"]
CITIES = ["Sofia", "Plovdiv", "Varna", "Gabrovo", "Athens", "Utrecht", "Oslo"]


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("name,kind,country,city,email,website\r\n")
        for i in range(rows):
            name = f"\u201eКомпания {i}\u201c ЕООД" if i % 10 == 0 else f"Company {i} Ltd"
            f.write(f"{name},{KINDS[i % len(KINDS)]},BG,{CITIES[i % len(CITIES)]},"
                    f"info{i}@c{i}.example,https://www.c{i}.example\r\n")


def timed(command, **kwargs):
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kwargs)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(command)}\n{done.stdout}")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hubdesk", default=os.path.join("build", "app", "hubdesk"))
    parser.add_argument("--rows", type=int, nargs="+", default=[100000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    hubdesk = os.path.abspath(args.hubdesk)
    if not os.access(hubdesk, os.X_OK):
        sys.exit(f"{args.hubdesk}: no such program (build first, or give --hubdesk)")
    if not shutil.which("sqlite3"):
        sys.exit("sqlite3 is not installed (apt-get install sqlite3)")

    work = tempfile.mkdtemp(prefix="hubdesk-importbench-")
    try:
        # Every run starts from a copy of the same small demo file (400 stakeholders), as a
        # user's file would be.
        empty = os.path.join(work, "start.hubdesk")
        timed([hubdesk, "demo", empty])
        print(f"sqlite3 {subprocess.run(['sqlite3', '--version'], stdout=subprocess.PIPE, text=True).stdout.split()[0]}, "
              f"{os.cpu_count()} cores, runs per figure: {args.runs}")
        print(f"{'rows':>9}  {'what':<7} {'median s':>9} {'min-max s':>15} {'vs anchor':>9}")
        for rows in args.rows:
            csv = os.path.join(work, f"orgs{rows}.csv")
            write_csv(csv, rows)
            results = {}
            for what in ("anchor", "floor", "import", "create"):
                times = []
                for _ in range(args.runs):
                    db = os.path.join(work, "run.hubdesk")
                    anchor = os.path.join(work, "anchor.db")
                    for f in (db, db + "-wal", db + "-shm", anchor):
                        if os.path.exists(f):
                            os.remove(f)
                    if what == "anchor":
                        times.append(timed(["sqlite3", anchor, f".import --csv {csv} t"]))
                        continue
                    shutil.copy(empty, db)
                    if what == "floor":
                        timed(["sqlite3", anchor, f".import --csv {csv} t"])
                        times.append(timed(["sqlite3", db], input=FLOOR_SQL.format(anchor=anchor)))
                    else:
                        command = [hubdesk, "import", "organisations", "--db", db, csv]
                        if what == "create":
                            command += ["--duplicates", "create"]
                        times.append(timed(command))
                results[what] = times
            base = statistics.median(results["anchor"])
            for what, times in results.items():
                median = statistics.median(times)
                print(f"{rows:>9,}  {what:<7} {median:>9.2f} {min(times):>7.2f}-{max(times):<7.2f} {base / median:>9.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
