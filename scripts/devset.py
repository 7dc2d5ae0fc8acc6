#!/usr/bin/env python3
"""devset.py - score `sitrep extract` on the development sets in tests/devsets/.

What it does:
  Feeds each set's articles ({"id","date","text"} only; the gold never
  reaches the extractor) to `sitrep extract --format jsonl`, picks one
  predicted event per article (the first violent-or-protest event, else the
  first event, else none) and prints:
    set A (acled_briefs.jsonl, Russia-Ukraine briefs): accuracy of
      event_type, sub_event_type, event_date, fatalities (null counts as 0,
      ACLED's convention), actor1's side and location (within 25 km, 60 km
      when the gold only names a region, geo_precision 3) - the figures of
      issues 3 and 4 - with a per-sub-type table and a confusion list;
    set B (world_snippets.jsonl, political violence worldwide): weighted F1
      of the ACLED sub_event_type over all articles (no event = "none"),
      per-class precision/recall/F1 and the most common confusions.
  Writes the extractor's inputs and outputs and one line per article scored
  wrong to OUTDIR (default build/devsets): A.in.jsonl A.out.jsonl
  errors_A.jsonl, and the same for B.

Usage:
  scripts/devset.py [--set A|B|all] [--sitrep ./sitrep] [--gazetteer FILE]
                    [--outdir build/devsets] [--pred-a F] [--pred-b F]
  scripts/devset.py --self-test
  With --pred-a/--pred-b an existing JSONL output is scored instead of
  running the extractor.  With --set all, a two-line summary comes first.

Invariants: standard library only; every rate is printed with its numerator
and denominator; the gold files are read, never written.

Does not: build sitrep, tune anything, or gate `make check` (these are
development sets; see tests/devsets/README.md).
"""

import argparse
import json
import math
import os
import subprocess
import sys
from collections import Counter, OrderedDict, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET_FILES = {
    "A": os.path.join(ROOT, "tests", "devsets", "acled_briefs.jsonl"),
    "B": os.path.join(ROOT, "tests", "devsets", "world_snippets.jsonl"),
    # held-out sets by a second annotator, scored as A and B are
    "C": os.path.join(ROOT, "tests", "devsets", "acled_briefs_2.jsonl"),
    "D": os.path.join(ROOT, "tests", "devsets", "world_snippets_2.jsonl"),
    # a third annotator's sets, written after C and D had been used
    "E": os.path.join(ROOT, "tests", "devsets", "acled_briefs_3.jsonl"),
    "F": os.path.join(ROOT, "tests", "devsets", "world_snippets_3.jsonl"),
    # a fourth round, written at the end of session 2 and never tuned on
    "G": os.path.join(ROOT, "tests", "devsets", "acled_briefs_4.jsonl"),
    "H": os.path.join(ROOT, "tests", "devsets", "world_snippets_4.jsonl"),
    # a fifth round, written in session 3 once G and H were opened up
    "I": os.path.join(ROOT, "tests", "devsets", "acled_briefs_5.jsonl"),
    "J": os.path.join(ROOT, "tests", "devsets", "world_snippets_5.jsonl"),
    # a sixth round, written late in session 3 once I and J were opened up
    "K": os.path.join(ROOT, "tests", "devsets", "acled_briefs_6.jsonl"),
    "L": os.path.join(ROOT, "tests", "devsets", "world_snippets_6.jsonl"),
    # a seventh round, written at the end of session 3 once K and L were
    # opened up
    "M": os.path.join(ROOT, "tests", "devsets", "acled_briefs_7.jsonl"),
    "N": os.path.join(ROOT, "tests", "devsets", "world_snippets_7.jsonl"),
    # an eighth round, written at the start of session 4 once M and N
    # were opened up
    "O": os.path.join(ROOT, "tests", "devsets", "acled_briefs_8.jsonl"),
    "P": os.path.join(ROOT, "tests", "devsets", "world_snippets_8.jsonl"),
    # a ninth round, war items only, written in session 4 for development
    # on the attacker's side (O and P stay held out)
    "Q": os.path.join(ROOT, "tests", "devsets", "acled_briefs_9.jsonl"),
    # a tenth round, written at the start of session 5; R and S are the
    # held-out sets from then on (O and P are opened up)
    "R": os.path.join(ROOT, "tests", "devsets", "acled_briefs_10.jsonl"),
    "S": os.path.join(ROOT, "tests", "devsets", "world_snippets_9.jsonl"),
    # an eleventh round, written at the start of session 7 (R had been
    # used to choose between variants of a rule); T and U are the
    # held-out sets from then on
    "T": os.path.join(ROOT, "tests", "devsets", "acled_briefs_11.jsonl"),
    "U": os.path.join(ROOT, "tests", "devsets", "world_snippets_10.jsonl"),
    # a twelfth round, written at the start of session 8 once T and U
    # were opened up; V and W are the held-out sets from then on
    "V": os.path.join(ROOT, "tests", "devsets", "acled_briefs_12.jsonl"),
    "W": os.path.join(ROOT, "tests", "devsets", "world_snippets_11.jsonl"),
    # a thirteenth round, written in session 9 for development once T and
    # U had little left to teach; V and W stay the held-out sets
    "X": os.path.join(ROOT, "tests", "devsets", "acled_briefs_13.jsonl"),
    "Y": os.path.join(ROOT, "tests", "devsets", "world_snippets_12.jsonl"),
    # a fourteenth round, written at the start of session 11 by a new
    # annotator; Z and ZW are the held-out sets from then on (V and W
    # are opened up)
    "Z": os.path.join(ROOT, "tests", "devsets", "acled_briefs_14.jsonl"),
    "ZW": os.path.join(ROOT, "tests", "devsets", "world_snippets_13.jsonl"),
    # a fifteenth round, written at the start of session 12 by a new
    # annotator; AA and AW are the held-out sets from then on (Z and ZW
    # are opened up)
    "AA": os.path.join(ROOT, "tests", "devsets", "acled_briefs_15.jsonl"),
    "AW": os.path.join(ROOT, "tests", "devsets", "world_snippets_14.jsonl"),
    # a sixteenth round, written at the start of session 13 by a new
    # annotator; AB and AX are the held-out sets from then on (AA and AW
    # are opened up)
    "AB": os.path.join(ROOT, "tests", "devsets", "acled_briefs_16.jsonl"),
    "AX": os.path.join(ROOT, "tests", "devsets", "world_snippets_15.jsonl"),
    # session 14: sets written by a seventeenth annotator; AC and AY are
    # the held-out sets from then on (AB and AX are opened up)
    "AC": os.path.join(ROOT, "tests", "devsets", "acled_briefs_17.jsonl"),
    "AY": os.path.join(ROOT, "tests", "devsets", "world_snippets_16.jsonl"),
    # session 15: sets written by an eighteenth annotator; AD and AZ are
    # the held-out sets from then on (AC and AY are opened up)
    "AD": os.path.join(ROOT, "tests", "devsets", "acled_briefs_18.jsonl"),
    "AZ": os.path.join(ROOT, "tests", "devsets", "world_snippets_17.jsonl"),
    # session 16: sets written by a nineteenth annotator; AE and BA are
    # the held-out sets from then on (AD and AZ are opened up)
    "AE": os.path.join(ROOT, "tests", "devsets", "acled_briefs_19.jsonl"),
    "BA": os.path.join(ROOT, "tests", "devsets", "world_snippets_18.jsonl"),
    # session 17: sets written by a twentieth annotator; AF and BB are
    # the held-out sets from then on (AE and BA are opened up)
    "AF": os.path.join(ROOT, "tests", "devsets", "acled_briefs_20.jsonl"),
    "BB": os.path.join(ROOT, "tests", "devsets", "world_snippets_19.jsonl"),
    # session 18: sets written by a twenty-first annotator; AG and BC are
    # the held-out sets from then on (AF and BB are opened up)
    "AG": os.path.join(ROOT, "tests", "devsets", "acled_briefs_21.jsonl"),
    "BC": os.path.join(ROOT, "tests", "devsets", "world_snippets_20.jsonl"),
    # session 19: sets written by a twenty-second annotator; AH and BD are
    # the held-out sets from then on (AG and BC are opened up)
    "AH": os.path.join(ROOT, "tests", "devsets", "acled_briefs_22.jsonl"),
    "BD": os.path.join(ROOT, "tests", "devsets", "world_snippets_21.jsonl"),
    # a twenty-third round, written at the start of session 20; AI and BE
    # are held out, AH and BD opened up
    "AI": os.path.join(ROOT, "tests", "devsets", "acled_briefs_23.jsonl"),
    "BE": os.path.join(ROOT, "tests", "devsets", "world_snippets_22.jsonl"),
    # a twenty-fourth round, written in session 21; AJ and BF are held
    # out, AI and BE opened up
    "AJ": os.path.join(ROOT, "tests", "devsets", "acled_briefs_24.jsonl"),
    "BF": os.path.join(ROOT, "tests", "devsets", "world_snippets_23.jsonl"),
    # a twenty-fifth round, written at the start of session 22; AK and BG
    # are held out, AJ and BF opened up
    "AK": os.path.join(ROOT, "tests", "devsets", "acled_briefs_25.jsonl"),
    "BG": os.path.join(ROOT, "tests", "devsets", "world_snippets_24.jsonl"),
    # a twenty-sixth round, written at the start of session 23; AL and BH
    # are held out, AK and BG opened up
    "AL": os.path.join(ROOT, "tests", "devsets", "acled_briefs_26.jsonl"),
    "BH": os.path.join(ROOT, "tests", "devsets", "world_snippets_25.jsonl"),
    # a twenty-seventh round, written at the start of session 24; AM and
    # BI are held out, AL and BH opened up
    "AM": os.path.join(ROOT, "tests", "devsets", "acled_briefs_27.jsonl"),
    "BI": os.path.join(ROOT, "tests", "devsets", "world_snippets_26.jsonl"),
    # a twenty-eighth round, written at the start of session 25; AN and
    # BJ are held out, AM and BI opened up
    "AN": os.path.join(ROOT, "tests", "devsets", "acled_briefs_28.jsonl"),
    "BJ": os.path.join(ROOT, "tests", "devsets", "world_snippets_27.jsonl"),
    # a twenty-ninth round, written at the start of session 26; AO and
    # BK are held out, AN and BJ opened up
    "AO": os.path.join(ROOT, "tests", "devsets", "acled_briefs_29.jsonl"),
    "BK": os.path.join(ROOT, "tests", "devsets", "world_snippets_28.jsonl"),
    # a thirtieth round, written at the start of session 27; AP and BL
    # are held out, AO and BK opened up
    "AP": os.path.join(ROOT, "tests", "devsets", "acled_briefs_30.jsonl"),
    "BL": os.path.join(ROOT, "tests", "devsets", "world_snippets_29.jsonl"),
    # a thirty-first round, written at the start of session 28; AQ and
    # BM are held out, AP and BL opened up
    "AQ": os.path.join(ROOT, "tests", "devsets", "acled_briefs_31.jsonl"),
    "BM": os.path.join(ROOT, "tests", "devsets", "world_snippets_30.jsonl"),
    # a thirty-second round, written at the start of session 29; AR and
    # BN are held out, AQ and BM opened up
    "AR": os.path.join(ROOT, "tests", "devsets", "acled_briefs_32.jsonl"),
    "BN": os.path.join(ROOT, "tests", "devsets", "world_snippets_31.jsonl"),
    # a thirty-third round, written at the start of session 30; AS and
    # BT are held out, AR and BN opened up
    "AS": os.path.join(ROOT, "tests", "devsets", "acled_briefs_33.jsonl"),
    "BT": os.path.join(ROOT, "tests", "devsets", "world_snippets_32.jsonl"),
    # a thirty-fourth round, written at the start of session 31; AU and
    # BV are held out, AS and BT opened up
    "AU": os.path.join(ROOT, "tests", "devsets", "acled_briefs_34.jsonl"),
    "BV": os.path.join(ROOT, "tests", "devsets", "world_snippets_33.jsonl"),
    # a thirty-fifth round, written at the start of session 32; AV and
    # BW are held out, AU and BV opened up
    "AV": os.path.join(ROOT, "tests", "devsets", "acled_briefs_35.jsonl"),
    "BW": os.path.join(ROOT, "tests", "devsets", "world_snippets_34.jsonl"),
}
# which sets are scored as war briefs (A) and which as world snippets (B)
BRIEF_SETS = ("A", "C", "E", "G", "I", "K", "M", "O", "Q", "R", "T", "V",
              "X", "Z", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI",
              "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS",
              "AU", "AV")

# Kinds that count as "violent or protest" when choosing the one predicted
# event of an article (ONTOLOGY.md; interception and explosion included).
VIOLENT_OR_PROTEST = frozenset((
    "armed_clash", "territory_gain", "air_drone_strike", "shelling_missile",
    "remote_explosive", "grenade", "suicide_bomb", "chemical_weapon",
    "interception", "explosion", "attack_civilians", "abduction",
    "sexual_violence", "peaceful_protest", "protest_intervention",
    "protest_excessive_force", "violent_demonstration", "mob_violence",
))
VIOLENT_EVENT_TYPES = frozenset((
    "Battles", "Explosions/Remote violence", "Violence against civilians",
    "Protests", "Riots",
))

# Targets from issue 3 (extraction) and issue 4 (geocoding).
TARGETS_A = OrderedDict((
    ("event_type", 0.95),
    ("sub_event_type", 0.90),
    ("event_date", 0.95),
    ("fatalities", 0.95),
    ("actor1_side", 0.95),
    ("location", 0.85),
))
TARGET_B_F1 = 0.70

EARTH_KM = 6371.0088
RUS_WORDS = ("russia", "kremlin", "moscow", "wagner", "akhmat", "kadyrov",
             "dpr", "lpr", "donetsk people", "luhansk people", "fsb",
             "rosgvard")
UKR_WORDS = ("ukrain", "kyiv", "kiev", "afu", "sbu", "zsu", "azov",
             "territorial defen")


# ---------------------------------------------------------------- helpers

def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = (math.sin(dp / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2)
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                rows.append(json.loads(line))
            except ValueError as e:
                raise SystemExit("devset: %s:%d: bad JSON: %s" % (path, n, e))
    return rows


def read_predictions(path):
    """article_id -> list of events, in output order; bad lines skipped."""
    by_article = defaultdict(list)
    bad = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                ev = json.loads(line)
            except ValueError:
                bad += 1
                continue
            if isinstance(ev, dict) and ev.get("article_id") is not None:
                by_article[str(ev["article_id"])].append(ev)
            else:
                bad += 1
    return by_article, bad


def is_violent_or_protest(ev):
    if ev.get("kind") in VIOLENT_OR_PROTEST:
        return True
    return ev.get("event_type") in VIOLENT_EVENT_TYPES


def pick_event(events):
    """The first violent-or-protest event, else the first event, else None."""
    for ev in events:
        if is_violent_or_protest(ev):
            return ev
    return events[0] if events else None


def side_of(ev, which="actor1"):
    """Map a predicted actor to RUS / UKR / another ISO3 / None."""
    if ev is None:
        return None
    iso = ev.get(which + "_iso3")
    if isinstance(iso, str) and iso:
        return iso.upper()
    name = ev.get(which)
    if not isinstance(name, str) or not name:
        return None
    low = name.lower()
    if any(w in low for w in RUS_WORDS):
        return "RUS"
    if any(w in low for w in UKR_WORDS):
        return "UKR"
    return None


def fatal(v):
    """ACLED convention: no figure counts as 0."""
    if isinstance(v, bool) or v is None:
        return 0
    if isinstance(v, (int, float)):
        return int(v)
    return 0


def rate(n, d):
    return (n / d) if d else 0.0


def fmt_rate(n, d):
    return "%.3f (%d/%d)" % (rate(n, d), n, d)


def run_extractor(sitrep, gazetteer, in_path, out_path, err_path):
    cmd = [sitrep, "extract", "--format", "jsonl"]
    if gazetteer:
        cmd += ["--gazetteer", gazetteer]
    cmd.append(in_path)
    with open(out_path, "w") as out, open(err_path, "w") as err:
        try:
            rc = subprocess.call(cmd, stdout=out, stderr=err)
        except OSError as e:
            raise SystemExit("devset: cannot run %s: %s" % (sitrep, e))
    # 3 = a bad article was reported and skipped; still score the rest.
    if rc not in (0, 3):
        with open(err_path, errors="replace") as f:
            head = "".join(f.readlines()[:5])
        raise SystemExit("devset: %s exited %d on %s:\n%s"
                         % (" ".join(cmd), rc, in_path, head))
    return rc


def write_inputs(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "date": r["date"],
                                "text": r["text"]}, ensure_ascii=False) + "\n")


def brief_event(ev):
    if ev is None:
        return None
    keys = ("kind", "event_type", "sub_event_type", "event_date", "actor1",
            "actor1_iso3", "actor2", "location", "admin1", "latitude",
            "longitude", "geo_precision", "fatalities", "injured", "status",
            "rule")
    return {k: ev.get(k) for k in keys}


# ---------------------------------------------------------------- set A

def score_a(gold_rows, preds, errors_path):
    n = len(gold_rows)
    ok = Counter()
    denom = Counter()
    any_sub = 0
    no_event = 0
    per_sub = defaultdict(Counter)
    confusion = Counter()
    errors = []
    for r in gold_rows:
        g = r["gold"]
        events = preds.get(r["id"], [])
        ev = pick_event(events)
        if ev is None:
            no_event += 1
        if any(e.get("sub_event_type") == g["sub_event_type"] for e in events):
            any_sub += 1
        wrong = OrderedDict()
        res = OrderedDict()
        res["event_type"] = ev is not None and ev.get("event_type") == g["event_type"]
        res["sub_event_type"] = ev is not None and ev.get("sub_event_type") == g["sub_event_type"]
        res["event_date"] = ev is not None and ev.get("event_date") == g["event_date"]
        res["fatalities"] = ev is not None and fatal(ev.get("fatalities")) == g["fatalities"]
        if g.get("actor1_side") is not None:
            res["actor1_side"] = side_of(ev) == g["actor1_side"]
        dist = None
        limit = 60.0 if g.get("geo_precision") == 3 else 25.0
        lat = ev.get("latitude") if ev else None
        lon = ev.get("longitude") if ev else None
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            dist = haversine_km(g["latitude"], g["longitude"], lat, lon)
        res["location"] = dist is not None and dist <= limit
        for k, v in res.items():
            denom[k] += 1
            ok[k] += bool(v)
            per_sub[g["sub_event_type"]][k] += bool(v)
            if not v:
                wrong[k] = True
        per_sub[g["sub_event_type"]]["n"] += 1
        per_sub[g["sub_event_type"]]["n_actor"] += "actor1_side" in res
        if not res["sub_event_type"]:
            confusion[(g["sub_event_type"],
                       (ev.get("sub_event_type") or "none (%s)" % ev.get("kind"))
                       if ev else "no event")] += 1
        if wrong:
            errors.append({
                "id": r["id"], "wrong": list(wrong), "text": r["text"],
                "gold": g,
                "pred": brief_event(ev),
                "pred_actor1_side": side_of(ev),
                "distance_km": None if dist is None else round(dist, 1),
                "events": len(events),
                "kinds": [e.get("kind") for e in events],
            })
    with open(errors_path, "w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    figures = OrderedDict((k, (ok[k], denom[k])) for k in TARGETS_A)
    return {
        "n": n, "figures": figures, "any_sub": any_sub, "no_event": no_event,
        "per_sub": per_sub, "confusion": confusion, "errors": len(errors),
    }


def summary_a(s, which="A"):
    parts = []
    for k, (a, d) in s["figures"].items():
        parts.append("%s %.3f" % (k, rate(a, d)))
    return "devset %s (%d ACLED-style briefs): %s" % (which, s["n"],
                                                      ", ".join(parts))


def report_a(s, errors_path):
    out = []
    out.append("== set A: ACLED-style briefs about the war (%d articles)" % s["n"])
    for k, (a, d) in s["figures"].items():
        t = TARGETS_A[k]
        mark = "ok  " if rate(a, d) >= t else "LOW "
        what = {
            "location": "location (<=25 km; 60 km for regions)",
            "fatalities": "fatalities exact (null = 0)",
            "actor1_side": "actor1 side (RUS/UKR/..)",
        }.get(k, k)
        out.append("  %s %-40s %s   target %.2f" % (mark, what, fmt_rate(a, d), t))
    out.append("  articles with no event: %d; any emitted event with the gold "
               "sub_event_type: %s" % (s["no_event"],
                                       fmt_rate(s["any_sub"], s["n"])))
    out.append("")
    out.append("  per gold sub_event_type (correct counts):")
    out.append("  %-36s %4s %5s %5s %5s %5s %6s" % (
        "sub_event_type", "n", "sub", "date", "fat", "actor", "place"))
    for sub, c in sorted(s["per_sub"].items(), key=lambda kv: -kv[1]["n"]):
        out.append("  %-36s %4d %5d %5d %5d %2d/%-2d %6d" % (
            sub, c["n"], c["sub_event_type"], c["event_date"],
            c["fatalities"], c["actor1_side"], c["n_actor"], c["location"]))
    if s["confusion"]:
        out.append("")
        out.append("  sub_event_type confusions (gold -> predicted):")
        for (g, p), c in s["confusion"].most_common(12):
            out.append("  %3d  %s -> %s" % (c, g, p))
    out.append("")
    out.append("  %d articles with at least one wrong field: %s" % (
        s["errors"], os.path.relpath(errors_path)))
    return "\n".join(out)


# ---------------------------------------------------------------- set B

def prf(tp, fp, fn):
    p = rate(tp, tp + fp)
    r = rate(tp, tp + fn)
    f = (2 * p * r / (p + r)) if (p + r) else 0.0
    return p, r, f


def weighted_f1(gold, pred):
    """Support-weighted mean F1 over the gold classes (sklearn 'weighted')."""
    support = Counter(gold)
    predicted = Counter(pred)
    tp = Counter(g for g, p in zip(gold, pred) if g == p)
    per = OrderedDict()
    total = 0.0
    for c in sorted(set(gold) | set(pred)):
        p, r, f = prf(tp[c], predicted[c] - tp[c], support[c] - tp[c])
        per[c] = (p, r, f, support[c], predicted[c], tp[c])
        total += f * support[c]
    return (total / len(gold) if gold else 0.0), per


def score_b(gold_rows, preds, errors_path):
    gold, pred = [], []
    confusion = Counter()
    errors = []
    et_ok = fat_ok = country_ok = no_event = any_sub = 0
    for r in gold_rows:
        g = r["gold"]
        events = preds.get(r["id"], [])
        ev = pick_event(events)
        label = (ev.get("sub_event_type") if ev else None) or "none"
        gold.append(g["sub_event_type"])
        pred.append(label)
        if ev is None:
            no_event += 1
        if any(e.get("sub_event_type") == g["sub_event_type"] for e in events):
            any_sub += 1
        et_ok += ev is not None and ev.get("event_type") == g["event_type"]
        fat_ok += ev is not None and fatal(ev.get("fatalities")) == g["fatalities"]
        country_ok += ev is not None and ev.get("country") == g["country"]
        if label != g["sub_event_type"]:
            shown = label
            if ev is not None and label == "none":
                shown = "none (%s)" % ev.get("kind")
            elif ev is None:
                shown = "no event"
            confusion[(g["sub_event_type"], shown)] += 1
            errors.append({
                "id": r["id"], "text": r["text"], "gold": g,
                "pred_sub_event_type": label, "pred": brief_event(ev),
                "kinds": [e.get("kind") for e in events],
            })
    with open(errors_path, "w", encoding="utf-8") as f:
        for e in errors:
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    wf1, per = weighted_f1(gold, pred)
    acc = sum(g == p for g, p in zip(gold, pred))
    return {
        "n": len(gold), "wf1": wf1, "acc": acc, "per": per,
        "confusion": confusion, "et_ok": et_ok, "fat_ok": fat_ok,
        "country_ok": country_ok, "no_event": no_event, "any_sub": any_sub,
        "errors": len(errors),
    }


def summary_b(s, which="B"):
    return ("devset %s (%d world snippets): weighted F1 of sub_event_type "
            "%.3f (target %.2f), accuracy %.3f" % (
                which, s["n"], s["wf1"], TARGET_B_F1, rate(s["acc"], s["n"])))


def report_b(s, errors_path):
    out = []
    out.append("== set B: political-violence snippets worldwide (%d articles)" % s["n"])
    mark = "ok  " if s["wf1"] >= TARGET_B_F1 else "LOW "
    out.append("  %s %-40s %.3f           target %.2f" % (
        mark, "weighted F1 of sub_event_type", s["wf1"], TARGET_B_F1))
    out.append("       %-40s %s" % ("sub_event_type accuracy", fmt_rate(s["acc"], s["n"])))
    out.append("       %-40s %s" % ("event_type accuracy", fmt_rate(s["et_ok"], s["n"])))
    out.append("       %-40s %s" % ("fatalities exact (null = 0)", fmt_rate(s["fat_ok"], s["n"])))
    out.append("       %-40s %s" % ("country", fmt_rate(s["country_ok"], s["n"])))
    out.append("  articles with no event: %d; any emitted event with the gold "
               "sub_event_type: %s" % (s["no_event"], fmt_rate(s["any_sub"], s["n"])))
    out.append("")
    out.append("  %-36s %6s %6s %6s %5s %5s" % ("class", "prec", "recall", "F1",
                                              "gold", "pred"))
    rows = sorted(s["per"].items(), key=lambda kv: (-kv[1][3], kv[0]))
    for c, (p, r, f, sup, npred, tp) in rows:
        out.append("  %-36s %6.2f %6.2f %6.2f %5d %5d" % (c, p, r, f, sup, npred))
    if s["confusion"]:
        out.append("")
        out.append("  most common errors (gold -> predicted):")
        for (g, p), c in s["confusion"].most_common(15):
            out.append("  %3d  %s -> %s" % (c, g, p))
    out.append("")
    out.append("  %d articles scored wrong: %s" % (s["errors"], os.path.relpath(errors_path)))
    return "\n".join(out)


# ---------------------------------------------------------------- driver

# Held-out items: read for their summary line only, never their errors.
HELD_OUT = {"I": lambda i: int(i[1:]) > 30, "J": lambda i: int(i[1:]) > 30}


def evaluate(which, args):
    gold_rows = read_jsonl(SET_FILES[which])
    if which in HELD_OUT and args.part:
        held = HELD_OUT[which]
        gold_rows = [r for r in gold_rows
                     if held(r["id"]) == (args.part == "held-out")]
    outdir = args.outdir
    in_path = os.path.join(outdir, "%s.in.jsonl" % which)
    pred_path = getattr(args, "pred_" + which.lower())
    if not pred_path:
        write_inputs(gold_rows, in_path)
        pred_path = os.path.join(outdir, "%s.out.jsonl" % which)
        run_extractor(args.sitrep, args.gazetteer, in_path, pred_path,
                      os.path.join(outdir, "%s.stderr" % which))
    preds, bad = read_predictions(pred_path)
    if bad:
        print("devset: %s: %d unreadable output lines skipped" % (pred_path, bad),
              file=sys.stderr)
    errors_path = os.path.join(outdir, "errors_%s.jsonl" % which)
    if which in BRIEF_SETS:
        s = score_a(gold_rows, preds, errors_path)
        return summary_a(s, which), report_a(s, errors_path)
    s = score_b(gold_rows, preds, errors_path)
    return summary_b(s, which), report_b(s, errors_path)


def self_test():
    fails = 0

    def check(what, got, want):
        nonlocal fails
        if abs(got - want) > 1e-9 if isinstance(want, float) else got != want:
            print("self-test: %s: got %r, want %r" % (what, got, want))
            fails += 1

    # weighted F1: gold a a b, pred a b b -> F1(a)=2/3 (p1 r.5), F1(b)=2/3
    wf1, _ = weighted_f1(["a", "a", "b"], ["a", "b", "b"])
    check("weighted F1", round(wf1, 6), round(2 / 3, 6))
    wf1, _ = weighted_f1(["a", "b"], ["none", "none"])
    check("weighted F1 all missed", wf1, 0.0)
    # Kyiv - Lviv is about 468 km
    check("haversine", round(haversine_km(50.450, 30.524, 49.839, 24.030)), 468)
    evs = [{"kind": "diplomacy"}, {"kind": "shelling_missile"}, {"kind": "armed_clash"}]
    check("pick violent", pick_event(evs)["kind"], "shelling_missile")
    check("pick first", pick_event([{"kind": "sanctions"}])["kind"], "sanctions")
    check("pick none", pick_event([]), None)
    check("side iso", side_of({"actor1_iso3": "rus"}), "RUS")
    check("side name", side_of({"actor1": "Military Forces of Ukraine"}), "UKR")
    check("side none", side_of({"actor1": "Unidentified Armed Group"}), None)
    check("fatal null", fatal(None), 0)
    for which, path in SET_FILES.items():
        rows = read_jsonl(path)
        check("%s ids unique" % which, len({r["id"] for r in rows}), len(rows))
    print("self-test: %s" % ("ok" if not fails else "%d FAILED" % fails))
    return 1 if fails else 0


def main():
    ap = argparse.ArgumentParser(description="score sitrep on tests/devsets")
    ap.add_argument("--set", default="all",
                    choices=tuple(SET_FILES) +
                    tuple(w.lower() for w in SET_FILES) + ("all",))
    ap.add_argument("--sitrep", default=os.path.join(".", "sitrep"))
    ap.add_argument("--gazetteer", default=None)
    ap.add_argument("--outdir", default=os.path.join("build", "devsets"))
    ap.add_argument("--pred-a", dest="pred_a", default=None,
                    help="score this extractor output for set A instead of running")
    for w in sorted(SET_FILES)[1:]:
        ap.add_argument("--pred-" + w.lower(), dest="pred_" + w.lower(),
                        default=None)
    ap.add_argument("--part", choices=("dev", "held-out"), default=None,
                    help="score only the development or the held-out items "
                    "of a set that has both (I, J: 001-030 / 031-060)")
    ap.add_argument("--self-test", action="store_true")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    which = sorted(SET_FILES) if args.set == "all" else [args.set.upper()]
    for w in which:
        if not os.path.isfile(SET_FILES[w]):
            print("devset: missing %s" % SET_FILES[w], file=sys.stderr)
            return 2
    if not any(getattr(args, "pred_" + w.lower()) for w in SET_FILES) and not os.access(args.sitrep, os.X_OK):
        print("devset: no extractor at %s (build it first)" % args.sitrep,
              file=sys.stderr)
        return 1
    os.makedirs(args.outdir, exist_ok=True)
    results = [evaluate(w, args) for w in which]
    for summ, _ in results:
        print(summ)
    for _, rep in results:
        print()
        print(rep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
