#!/usr/bin/env python3
"""Import speed against its anchor, in one run.

    python3 bench/import_speed.py [--hubdesk build/app/hubdesk] [--rows 100000 ...] [--runs 3]

For each size it writes an organisations CSV (name, kind, country, city, e-mail,
website; every tenth name in Cyrillic) and times, RUNS times each:

  anchor   sqlite3's .import of the file into a copy of the same HubDesk file, into the
           same table with the same indexes and search-index trigger (through a view whose
           INSTEAD OF trigger fills the bookkeeping columns): the anchor the target is held
           against (../shared/SQLITE.md, "Bulk writes");
  bare     sqlite3 FILE ".import --csv orgs.csv t"  into a new file: no checks, no indexes,
           no search index (the raw speed of reading the CSV, for scale);
  floor    the same rows put into a new HubDesk file by sqlite3 alone, with one
           INSERT ... SELECT from the anchor's table, the search index filled in one
           statement, and the commit: SQLite's own share of our import, with every
           index and the trigram search index our schema keeps;
  import   hubdesk import organisations --db FILE orgs.csv  (every row checked,
           duplicates looked for, indexes and the search index kept), into a new file;
  create   the same with --duplicates create (no duplicate search).

The import target of issue 7 is a speed of at least 0.5 relative to the anchor.
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

# sqlite3's .import into a view: each CSV row becomes one INSERT, which the trigger turns
# into a row of organisations, so SQLite keeps every index and the search index row by row.
ANCHOR_SQL = """
CREATE TEMP VIEW import_rows (name, kind, country, city, email, website) AS
    SELECT name, kind, country, city, email, website FROM organisations;
CREATE TEMP TRIGGER import_rows_insert INSTEAD OF INSERT ON import_rows
BEGIN
    INSERT INTO organisations (uuid, created_at, updated_at, name, sort_name, kind, country, city, email, website, search_text)
    VALUES (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-7' || substr(hex(randomblob(2)), 2) || '-8'
                  || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
            strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),
            NEW.name, lower(NEW.name), NEW.kind, NEW.country, NEW.city, NEW.email, NEW.website,
            lower(NEW.name || ' ' || NEW.city || ' ' || NEW.email || ' ' || NEW.website));
END;
BEGIN;
.import --csv --skip 1 {csv} import_rows
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


def check_rows(db, rows):
    """Every run must have put all the rows in, else its time means nothing."""
    done = subprocess.run(["sqlite3", db, "SELECT count(*) FROM organisations WHERE email LIKE 'info%@c%.example'"],
                          stdout=subprocess.PIPE, text=True, check=True)
    if int(done.stdout.strip() or 0) != rows:
        sys.exit(f"{db}: {done.stdout.strip()} organisations imported, expected {rows}")


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
            for what in ("anchor", "bare", "floor", "import", "create"):
                times = []
                for _ in range(args.runs):
                    db = os.path.join(work, "run.hubdesk")
                    anchor = os.path.join(work, "anchor.db")
                    for f in (db, db + "-wal", db + "-shm", anchor):
                        if os.path.exists(f):
                            os.remove(f)
                    if what == "bare":
                        times.append(timed(["sqlite3", anchor, f".import --csv {csv} t"]))
                        continue
                    shutil.copy(empty, db)
                    if what == "anchor":
                        times.append(timed(["sqlite3", db], input=ANCHOR_SQL.format(csv=csv)))
                        check_rows(db, rows)
                    elif what == "floor":
                        timed(["sqlite3", anchor, f".import --csv {csv} t"])
                        times.append(timed(["sqlite3", db], input=FLOOR_SQL.format(anchor=anchor)))
                    else:
                        command = [hubdesk, "import", "organisations", "--db", db, csv]
                        if what == "create":
                            command += ["--duplicates", "create"]
                        times.append(timed(command))
                        check_rows(db, rows)
                results[what] = times
            base = statistics.median(results["anchor"])
            for what, times in results.items():
                median = statistics.median(times)
                print(f"{rows:>9,}  {what:<7} {median:>9.2f} {min(times):>7.2f}-{max(times):<7.2f} {base / median:>9.3f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
