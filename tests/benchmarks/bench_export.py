#!/usr/bin/python3
"""The Python side of bench_export: the same rows written with json.dumps and the csv module.

    bench_export.py DATA_SQLITE STAGE_ID OUT_DIR

Reads the records of the stage from the project's data file (stdlib sqlite3, ORDER BY id, as
the exporter does), parses each record's fields with json.loads, and writes
  - OUT_DIR/python.jsonl: json.dumps(fields, ensure_ascii=False) per line;
  - OUT_DIR/python.csv: a header of the first record's keys, then csv.writer rows (text cells
    that start with = + - @ tab CR get a leading quote, numbers untouched, as the exporter).
Prints one JSON object: seconds and bytes of each.
"""

import csv
import json
import os
import sqlite3
import sys
import time

FORMULA = ("=", "+", "-", "@", "\t", "\r")


def rows(db, stage):
    cursor = db.execute(
        "SELECT fields FROM records WHERE stage_id = ? AND status = 'ok' ORDER BY id", (stage,)
    )
    for (fields,) in cursor:
        yield json.loads(fields)


def cell(value):
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def main():
    path, stage, out_dir = sys.argv[1:4]
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    result = {}

    start = time.perf_counter()
    target = os.path.join(out_dir, "python.jsonl")
    with open(target, "w", encoding="utf-8", newline="") as out:
        for fields in rows(db, stage):
            out.write(json.dumps(fields, ensure_ascii=False, separators=(",", ":")))
            out.write("\n")
    result["jsonl_seconds"] = time.perf_counter() - start
    result["jsonl_bytes"] = os.path.getsize(target)

    start = time.perf_counter()
    target = os.path.join(out_dir, "python.csv")
    with open(target, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        columns = None
        for fields in rows(db, stage):
            if columns is None:
                columns = list(fields.keys())
                writer.writerow(columns)
            writer.writerow([cell(fields.get(c)) for c in columns])
    result["csv_seconds"] = time.perf_counter() - start
    result["csv_bytes"] = os.path.getsize(target)

    print(json.dumps(result))


if __name__ == "__main__":
    main()
