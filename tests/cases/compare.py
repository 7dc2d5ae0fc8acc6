#!/usr/bin/env python3
"""Compare an extractor output (JSONL) with a golden file.

The golden file holds '#' comment lines and one JSON object per expected
event with only the asserted keys.  Events are compared in order; the
numbers of events must match.  With UPDATE=1 in the environment the golden
file is rewritten from the actual output, keeping its comments and keys (or
a default key set for a new file).
"""
import json
import os
import sys

DEFAULT_KEYS = ["kind", "event_date", "actor1", "actor2", "location",
                "geo_precision", "fatalities", "injured", "status"]


def load(path):
    comments, objs = [], []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    comments.append(line.rstrip("\n"))
                elif line.strip():
                    objs.append(json.loads(line))
    return comments, objs


def main():
    exp_path, act_path = sys.argv[1], sys.argv[2]
    comments, expected = load(exp_path)
    with open(act_path, encoding="utf-8") as f:
        actual = [json.loads(l) for l in f if l.strip()]
    if os.environ.get("UPDATE") == "1":
        keys = list(expected[0].keys()) if expected else DEFAULT_KEYS
        with open(exp_path, "w", encoding="utf-8") as f:
            for c in comments or ["# rule: (describe what this case exercises)"]:
                f.write(c + "\n")
            for a in actual:
                f.write(json.dumps({k: a.get(k) for k in keys},
                                   ensure_ascii=False) + "\n")
        return 0
    name = os.path.basename(exp_path)
    errors = []
    if len(actual) != len(expected):
        errors.append(f"{len(actual)} events, expected {len(expected)}")
    for i, (e, a) in enumerate(zip(expected, actual)):
        for k, v in e.items():
            got = a.get(k)
            if isinstance(v, float) and isinstance(got, (int, float)):
                ok = abs(v - got) < 1e-3
            else:
                ok = got == v
            if not ok:
                errors.append(f"event {i + 1}: {k} = {got!r}, expected {v!r}")
    if errors:
        print(f"FAIL {name}")
        for e in errors:
            print("   ", e)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
