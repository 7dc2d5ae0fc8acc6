#!/usr/bin/env python3
"""eval.py - score sitrep's extractor against the shared evaluation sets.

What it does:
  inputs     turn the gold files into JSON Lines articles ({"id","date","text"})
             for `sitrep extract` (gold fields are never written to them);
  score      read the gold files and the extractor's JSONL output and print a
             plain-text report (key figures first, then the details); with
             --report/--errors also write it and a per-article mismatch list;
  --self-test  check the arithmetic on a small hand-made gold/prediction set
             and exit non-zero when a figure is wrong.

Sets: UCDP GED events (one gold event per article) and PLOVER gold-standard
records (one event type per text).  See docs/EVAL.md for what each figure
means and its caveats.

Invariants: standard library only; reads the data where it lies (never copies
it into the project); every rate is printed with its numerator and
denominator so a figure can always be traced.

Does not: run the extractor (scripts/eval.sh does), judge kinds or ACLED
sub-types against UCDP (UCDP has no such gold), or tune anything.
"""

import argparse
import datetime
import difflib
import json
import math
import os
import re
import sys
import tempfile
import unicodedata
from collections import Counter, OrderedDict, defaultdict

VIOLENT_KINDS = (
    "armed_clash", "territory_gain", "air_drone_strike", "shelling_missile",
    "remote_explosive", "grenade", "suicide_bomb", "chemical_weapon",
    "attack_civilians", "abduction", "explosion", "interception",
)

# PLOVER types sitrep's ontology can emit (ONTOLOGY.md's PLOVER column);
# used when the ontology file is not at hand.
DEFAULT_PRODUCIBLE = (
    "AGREE", "CONSULT", "AID", "RETREAT", "ACCUSE", "THREATEN", "PROTEST",
    "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# The gold file predates PLOVER's current names; fold old names into the 16
# current event types so that a correct prediction is not scored wrong.
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": "ACCUSE",
}

EARTH_KM = 6371.0088


# ---------------------------------------------------------------- helpers

def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def parse_date(s):
    if not isinstance(s, str):
        return None
    try:
        return datetime.date.fromisoformat(s[:10])
    except ValueError:
        return None


def num(v):
    """A finite number or None (the JSON may hold null, "", strings)."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return v if math.isfinite(v) else None
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def rate(k, n):
    return k / n if n else float("nan")


def fmt_rate(k, n):
    if not n:
        return "    - %-11s" % "(0/0)"
    return "%5.2f %-11s" % (k / n, "(%d/%d)" % (k, n))


def r2(x):
    return "  -" if x != x else "%.2f" % x


def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\b(oblast|region|province|raion|district|city|"
               r"autonomous republic of|republic of|of)\b", " ", s)
    return re.sub(r"[^a-z]", "", s)


def same_admin1(gold, pred):
    """Loose name match: folded names equal, one a prefix (4+ letters) of
    the other, or similar; Ukrainian adjectival forms ("Zaporiz'ka
    Oblast'") are also tried without their -s'ka/-ka ending."""
    g0, p0 = fold(gold), fold(pred)
    if not g0 or not p0:
        return False
    for g in {g0, re.sub(r"s?ka$", "", g0)}:
        for p in {p0, re.sub(r"s?ka$", "", p0)}:
            if g == p:
                return True
            if min(len(g), len(p)) >= 4 and (g.startswith(p) or p.startswith(g)):
                return True
            if difflib.SequenceMatcher(None, g, p).ratio() >= 0.8:
                return True
    return False


def read_jsonl(path):
    """Objects of a JSON Lines file and the count of lines that are not."""
    rows, bad = [], 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
            except ValueError:
                bad += 1
                continue
            if isinstance(obj, dict):
                rows.append(obj)
            else:
                bad += 1
    return rows, bad


def read_json_loose(path):
    """A JSON array from a file that may be one document, a document with
    trailing junk, several concatenated documents, or JSON Lines."""
    with open(path, encoding="utf-8", errors="replace") as f:
        s = f.read()
    dec = json.JSONDecoder()
    out, i = [], 0
    while i < len(s):
        while i < len(s) and (s[i].isspace() or s[i] == ","):
            i += 1
        if i >= len(s):
            break
        try:
            obj, j = dec.raw_decode(s, i)
        except ValueError:
            # junk: skip to the next line that starts a value
            nl = s.find("\n", i)
            if nl < 0:
                break
            i = nl + 1
            continue
        if isinstance(obj, list):
            out.extend(o for o in obj if isinstance(o, dict))
        elif isinstance(obj, dict):
            out.append(obj)
        i = j
    return out


def group_preds(rows):
    by = defaultdict(list)
    for r in rows:
        aid = r.get("article_id")
        if aid is not None:
            by[str(aid)].append(r)
    return by


# ---------------------------------------------------------------- gold

def load_ucdp(path):
    rows, _ = read_jsonl(path)
    return [r for r in rows if isinstance(r.get("gold"), dict) and "id" in r]


def load_plover_rows(rows):
    """Records with an event type, a text and an id; DOCUMENT skipped."""
    out = []
    for r in rows:
        ev = str(r.get("event") or "").strip().upper()
        if not ev or ev == "DOCUMENT" or not r.get("text") or "id" not in r:
            continue
        out.append(r)
    return out


def load_plover(path):
    return load_plover_rows(read_json_loose(path))


def producible_types(ontology_path):
    """PLOVER types named in the ontology table's PLOVER column."""
    if not ontology_path or not os.path.exists(ontology_path):
        return set(DEFAULT_PRODUCIBLE), "built-in list"
    found = set()
    col = None
    with open(ontology_path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("|"):
                col = None
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if col is None:
                low = [c.lower() for c in cells]
                col = low.index("plover") if "plover" in low else None
                continue
            if col < len(cells):
                m = re.match(r"([A-Z]{3,})", cells[col])
                if m:
                    found.add(m.group(1))
    if not found:
        return set(DEFAULT_PRODUCIBLE), "built-in list"
    return found, os.path.basename(ontology_path)


# ---------------------------------------------------------------- UCDP

def gold_side(name):
    n = (name or "").strip()
    low = n.lower()
    if low.startswith("government of russia"):
        return "RUS"
    if low.startswith("government of ukraine"):
        return "UKR"
    if "civilian" in low:
        return "CIV"
    if low in ("dpr", "lpr"):
        return n.upper()
    return low or None


def pred_side(name, iso3):
    low = (name or "").lower()
    if "civilian" in low:
        return "CIV"
    if re.search(r"\bdpr\b|donetsk people", low):
        return "DPR"
    if re.search(r"\blpr\b|luhansk people|lugansk people", low):
        return "LPR"
    if iso3:
        return str(iso3).upper()
    if "russia" in low:
        return "RUS"
    if "ukrain" in low:
        return "UKR"
    return low or None


def choose(events):
    """The violent event with most fatalities (null counts lowest), tie ->
    first; None when no event is violent."""
    best, best_f = None, None
    for e in events:
        if e.get("kind") not in VIOLENT_KINDS:
            continue
        f = num(e.get("fatalities"))
        f = -1 if f is None else f
        if best is None or f > best_f:
            best, best_f = e, f
    return best


def score_ucdp(gold_rows, preds):
    """Counters and per-article problems for UCDP.  Returns (s, errors)."""
    s = Counter()
    kinds = defaultdict(Counter)  # predicted kind -> type_of_violence -> n
    abs_err = []
    errors = []
    for g in gold_rows:
        gid = str(g["id"])
        gd = g["gold"]
        evs = preds.get(gid, [])
        e = choose(evs)
        prob = []
        s["n"] += 1
        if evs:
            s["any_event"] += 1
        tov = gd.get("type_of_violence")
        kinds[e.get("kind") if e else "(none)"][tov] += 1
        if e is None:
            prob.append("not_detected")
        else:
            s["detected"] += 1

        # location
        wp = num(gd.get("where_prec")) or 6
        cls = "place" if wp <= 3 else "region"
        glat, glon = num(gd.get("latitude")), num(gd.get("longitude"))
        if glat is not None and glon is not None:
            s[cls + "_n"] += 1
            plat = num(e.get("latitude")) if e else None
            plon = num(e.get("longitude")) if e else None
            if e is not None and (plat is None or plon is None):
                s[cls + "_noloc"] += 1
                prob.append("no_location")
            elif e is not None:
                s[cls + "_located"] += 1
                d = haversine_km(glat, glon, plat, plon)
                if cls == "place":
                    s["place_25"] += d <= 25
                    s["place_50"] += d <= 50
                    if d > 25:
                        prob.append("location_%.0fkm" % d)
                else:
                    s["region_60"] += d <= 60
                    if d > 60:
                        prob.append("location_%.0fkm" % d)
            # oracle: any predicted event (violent or not) near the gold place
            lim = 25 if cls == "place" else 60
            for x in evs:
                xl, xo = num(x.get("latitude")), num(x.get("longitude"))
                if xl is not None and xo is not None and \
                   haversine_km(glat, glon, xl, xo) <= lim:
                    s[cls + "_oracle"] += 1
                    break

        # admin-1
        if gd.get("adm_1"):
            s["adm1_n"] += 1
            if e is not None and same_admin1(gd["adm_1"], e.get("admin1") or ""):
                s["adm1_ok"] += 1

        # date
        ds, de = parse_date(gd.get("date_start")), parse_date(gd.get("date_end"))
        de = de or ds
        if ds:
            s["date_n"] += 1
            ad = parse_date(g.get("date"))
            if ad:
                s["base_exact"] += ad == ds
                s["base_range"] += ds <= ad <= de
                s["base_1"] += ds - datetime.timedelta(1) <= ad <= de + datetime.timedelta(1)
            pd = parse_date(e.get("event_date")) if e else None
            if e is not None and pd is None:
                s["date_none"] += 1
                prob.append("no_date")
            elif pd is not None:
                s["date_exact"] += pd == ds
                s["date_range"] += ds <= pd <= de
                ok1 = ds - datetime.timedelta(1) <= pd <= de + datetime.timedelta(1)
                s["date_1"] += ok1
                if pd != ds:
                    prob.append("date_%+dd" % (pd - ds).days)

        # fatalities
        best = num(gd.get("best"))
        if best is not None:
            lo = num(gd.get("low"))
            hi = num(gd.get("high"))
            lo = best if lo is None else min(lo, best)
            hi = best if hi is None else max(hi, best)
            s["fat_n"] += 1
            pf = num(e.get("fatalities")) if e else None
            if e is not None:
                if pf is None:
                    if best > 0:
                        s["fat_null_pos"] += 1
                    prob.append("fatalities_null")
                else:
                    s["fat_exact"] += pf == best
                    s["fat_range"] += lo <= pf <= hi
                    if pf != best:
                        prob.append("fatalities_%g_vs_%g" % (pf, best))
                abs_err.append(abs((pf or 0) - best))

        # sides
        ga, gb = gold_side(gd.get("side_a")), gold_side(gd.get("side_b"))
        s["side_n"] += 1
        if e is not None:
            pa = pred_side(e.get("actor1"), e.get("actor1_iso3"))
            pb = pred_side(e.get("actor2"), e.get("actor2_iso3"))
            s["side_a"] += pa == ga
            s["side_pair"] += {pa, pb} == {ga, gb}
            s["side_any"] += bool({pa, pb} & {ga, gb})
            if {pa, pb} != {ga, gb}:
                prob.append("sides_%s/%s_vs_%s/%s" % (pa, pb, ga, gb))
            elif pa != ga:
                prob.append("sides_swapped")

        if prob:
            errors.append({
                "set": "ucdp", "id": gid, "problems": prob,
                "text": g.get("text"), "article_date": g.get("date"),
                "gold": {k: gd.get(k) for k in (
                    "date_start", "date_end", "type_of_violence", "side_a",
                    "side_b", "adm_1", "where_coordinates", "latitude",
                    "longitude", "where_prec", "best", "low", "high")},
                "pred": None if e is None else {k: e.get(k) for k in (
                    "kind", "event_date", "actor1", "actor1_iso3", "actor2",
                    "actor2_iso3", "location", "admin1", "latitude",
                    "longitude", "geo_precision", "fatalities", "status",
                    "rule", "sentence")},
                "n_pred": len(evs),
                "pred_kinds": [x.get("kind") for x in evs],
            })
    s["with_problem"] = len(errors)
    for e in errors:
        for p in e["problems"]:
            s["problem:" + re.sub(r"^(location|date|fatalities|sides)_"
                                  r"(?!null$|swapped$).*", r"\1", p)] += 1
    s["mae"] = sum(abs_err) / len(abs_err) if abs_err else float("nan")
    s["mae_n"] = len(abs_err)
    return s, kinds, errors


def report_ucdp(s, kinds):
    L = []
    n = s["n"]
    L.append("UCDP dev (%d events): detection %s | location<=25km %s | "
             "date exact %s | fatalities exact %s | side_a %s" % (
                 n, r2(rate(s["detected"], n)),
                 r2(rate(s["place_25"], s["place_n"])),
                 r2(rate(s["date_exact"], s["date_n"])),
                 r2(rate(s["fat_exact"], s["fat_n"])),
                 r2(rate(s["side_a"], s["side_n"]))))
    return L


def detail_ucdp(s, kinds):
    n = s["n"]
    L = []
    w = 40

    def row(label, k, d, k2=None, d2=None):
        line = "  %-*s %s" % (w, label, fmt_rate(k, d))
        if d2 is not None:
            line += "   of predicted %s" % fmt_rate(k2, d2)
        L.append(line)

    def cnt(label, k):
        L.append("  %-*s %2d" % (w, label, k))

    L.append("UCDP detail (rates over all gold events; 'of predicted' = "
             "over those with a chosen event and the field set)")
    L.append(" detection")
    row("violent event predicted", s["detected"], n)
    row("any event predicted", s["any_event"], n)
    L.append(" location, gold coded to a place (where_prec 1-3)")
    row("within 25 km", s["place_25"], s["place_n"],
        s["place_25"], s["place_located"])
    row("within 50 km", s["place_50"], s["place_n"],
        s["place_50"], s["place_located"])
    row("any predicted event within 25 km", s["place_oracle"], s["place_n"])
    cnt("chosen event has no location", s["place_noloc"])
    L.append(" location, gold coded to a region/country (where_prec 4-6)")
    row("within 60 km", s["region_60"], s["region_n"],
        s["region_60"], s["region_located"])
    row("any predicted event within 60 km", s["region_oracle"], s["region_n"])
    cnt("chosen event has no location", s["region_noloc"])
    L.append(" admin-1 (gold adm_1 given)")
    row("same admin-1", s["adm1_ok"], s["adm1_n"])
    L.append(" date (gold date_start..date_end)")
    det = s["detected"] - s["date_none"]
    row("exact (== date_start)", s["date_exact"], s["date_n"], s["date_exact"], det)
    row("within date_start..date_end", s["date_range"], s["date_n"], s["date_range"], det)
    row("within +-1 day of the range", s["date_1"], s["date_n"], s["date_1"], det)
    cnt("chosen event has no date", s["date_none"])
    row("baseline: article date, exact", s["base_exact"], s["date_n"])
    row("baseline: article date, in range", s["base_range"], s["date_n"])
    row("baseline: article date, +-1 day", s["base_1"], s["date_n"])
    L.append(" fatalities (gold best, low..high)")
    row("exact (== best)", s["fat_exact"], s["fat_n"])
    row("within low..high", s["fat_range"], s["fat_n"])
    cnt("predicted null where gold best > 0", s["fat_null_pos"])
    L.append("  %-*s %5s (n=%d, null counted as 0)" % (
        w, "mean absolute error on detected", r2(s["mae"]), s["mae_n"]))
    L.append(" actor sides (UCDP side_a is the dyad's first side, not the attacker)")
    row("actor1 == side_a", s["side_a"], s["side_n"])
    row("{actor1, actor2} == {side_a, side_b}", s["side_pair"], s["side_n"])
    row("at least one side named", s["side_any"], s["side_n"])
    probs = sorted(((k[8:], v) for k, v in s.items()
                    if k.startswith("problem:")), key=lambda kv: -kv[1])
    L.append(" problems in errors.jsonl (events with any: %d of %d)" % (
        s["with_problem"], n))
    L.append("  " + ", ".join("%s %d" % kv for kv in probs))
    L.append(" predicted kind of the chosen event by UCDP type_of_violence")
    tovs = sorted({t for c in kinds.values() for t in c}, key=str)
    head = "  %-22s" % "kind" + "".join("%8s" % ("tov%s" % t) for t in tovs)
    L.append(head + "%8s" % "all")
    order = sorted(kinds, key=lambda k: (-sum(kinds[k].values()), k))
    for k in order:
        L.append("  %-22s" % k + "".join("%8d" % kinds[k][t] for t in tovs) +
                 "%8d" % sum(kinds[k].values()))
    L.append("  (tov 1 state-based, 2 non-state, 3 one-sided: expect "
             "attack_civilians or remote violence on civilians)")
    return L


# ---------------------------------------------------------------- PLOVER

def plover_gold(r):
    ev = str(r.get("event") or "").strip().upper()
    ev = PLOVER_RENAMES.get(ev, ev)
    mode = r.get("mode")
    mode = str(mode).strip().lower() if mode else ""
    return ev, mode


def score_plover(gold_rows, preds, producible):
    s = Counter()
    conf = defaultdict(Counter)  # gold -> pred -> n
    errors = []
    for r in gold_rows:
        rid = str(r["id"])
        gt, gm = plover_gold(r)
        evs = preds.get(rid, [])
        first = evs[0] if evs else None
        pt = str(first.get("plover_type") or "").strip().upper() if first else ""
        pt = pt or "none"
        pm = str(first.get("plover_mode") or "").strip().lower() if first else ""
        s["n"] += 1
        s["detected"] += bool(evs)
        s["typed"] += pt != "none"
        conf[gt][pt] += 1
        ok = pt == gt
        s["correct"] += ok
        if gt in producible:
            s["reach_n"] += 1
            s["reach_ok"] += ok
        s["any_ok"] += any(
            str(x.get("plover_type") or "").strip().upper() == gt for x in evs)
        if ok and gm:
            s["mode_n"] += 1
            s["mode_ok"] += pm == gm
        if not ok:
            errors.append({
                "set": "plover", "id": rid, "problems": ["type"],
                "text": r.get("text"),
                "gold": {"event": gt, "mode": gm,
                         "raw_event": r.get("event")},
                "pred": None if first is None else {k: first.get(k) for k in (
                    "kind", "plover_type", "plover_mode", "actor1", "actor2",
                    "rule", "sentence")},
                "n_pred": len(evs),
            })
    return s, conf, errors


def prf(conf):
    """Per-type precision, recall, F1 from a gold x pred confusion."""
    types = sorted(({g for g in conf} | {p for c in conf.values() for p in c})
                   - {"none"})
    out = OrderedDict()
    for t in types:
        tp = conf.get(t, Counter())[t]
        npred = sum(c[t] for c in conf.values())
        ngold = sum(conf.get(t, Counter()).values())
        p = rate(tp, npred)
        rc = rate(tp, ngold)
        f = 2 * p * rc / (p + rc) if npred and ngold and tp else (
            0.0 if npred or ngold else float("nan"))
        out[t] = (ngold, npred, tp, p, rc, f)
    return out


def report_plover(s):
    n = s["n"]
    return ["PLOVER GSR (%d records): type accuracy %s | on producible "
            "types %s | detection %s" % (
                n, r2(rate(s["correct"], n)),
                r2(rate(s["reach_ok"], s["reach_n"])),
                r2(rate(s["detected"], n)))]


def detail_plover(s, conf, producible, prod_src):
    n = s["n"]
    w = 40
    L = ["PLOVER detail (predicted = plover_type of the article's first "
         "event, else none)"]
    L.append("  %-*s %s" % (w, "type accuracy", fmt_rate(s["correct"], n)))
    L.append("  %-*s %s" % (w, "accuracy on producible gold types",
                            fmt_rate(s["reach_ok"], s["reach_n"])))
    L.append("  %-*s %s" % (w, "any predicted event has the gold type",
                            fmt_rate(s["any_ok"], n)))
    L.append("  %-*s %s" % (w, "detection (any event)", fmt_rate(s["detected"], n)))
    L.append("  %-*s %s" % (w, "first event has a plover_type", fmt_rate(s["typed"], n)))
    L.append("  %-*s %s" % (w, "mode right when type right and gold mode",
                            fmt_rate(s["mode_ok"], s["mode_n"])))
    unreach = Counter({g: sum(c.values()) for g, c in conf.items()
                       if g not in producible})
    L.append("  %-*s %2d of %d (%s)" % (
        w, "gold records the ontology cannot produce",
        sum(unreach.values()), n,
        ", ".join("%s %d" % kv for kv in sorted(unreach.items()))))
    L.append("  (producible types from %s: %s; old gold names folded: %s)" % (
        prod_src, " ".join(sorted(producible)),
        ", ".join("%s->%s" % kv for kv in sorted(PLOVER_RENAMES.items()))))
    L.append(" per type")
    L.append("  %-10s %5s %5s %5s %6s %6s %6s" % (
        "type", "gold", "pred", "tp", "prec", "rec", "F1"))
    for t, (ng, np_, tp, p, rc, f) in prf(conf).items():
        L.append("  %-10s %5d %5d %5d %6s %6s %6s%s" % (
            t, ng, np_, tp, r2(p), r2(rc), r2(f),
            "" if t in producible or t not in conf else "   (not producible)"))
    L.append(" confusion (rows gold, columns predicted; first 4 letters; "
             ". = 0)")
    cols = sorted({p for c in conf.values() for p in c},
                  key=lambda p: (p == "none", p))
    L.append("  %-10s" % "" + "".join("%5s" % c[:4] for c in cols))
    for g in sorted(conf):
        L.append("  %-10s" % g + "".join(
            "%5s" % (conf[g][c] if conf[g][c] else ".") for c in cols))
    return L


# ---------------------------------------------------------------- commands

def cmd_inputs(a):
    os.makedirs(a.outdir, exist_ok=True)
    n_u = n_p = 0
    if a.ucdp:
        with open(os.path.join(a.outdir, "ucdp.in.jsonl"), "w",
                  encoding="utf-8") as f:
            for g in load_ucdp(a.ucdp):
                art = {"id": str(g["id"]), "text": g.get("text") or ""}
                if parse_date(g.get("date")):
                    art["date"] = g["date"][:10]
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
                n_u += 1
    if a.plover:
        with open(os.path.join(a.outdir, "plover.in.jsonl"), "w",
                  encoding="utf-8") as f:
            for r in load_plover(a.plover):
                art = {"id": str(r["id"]), "text": r["text"]}
                if parse_date(r.get("date")):
                    art["date"] = str(r["date"])[:10]
                f.write(json.dumps(art, ensure_ascii=False) + "\n")
                n_p += 1
    print("eval: %d UCDP articles, %d PLOVER articles -> %s" % (
        n_u, n_p, a.outdir))
    return 0


def build_report(ucdp_gold, ucdp_pred, plover_gold_rows, plover_pred,
                 producible, prod_src, bad_lines):
    head, body, errors = [], [], []
    if ucdp_gold is not None:
        s, kinds, err = score_ucdp(ucdp_gold, ucdp_pred)
        head += report_ucdp(s, kinds)
        body += [""] + detail_ucdp(s, kinds)
        errors += err
    if plover_gold_rows is not None:
        ps, conf, err = score_plover(plover_gold_rows, plover_pred, producible)
        head += report_plover(ps)
        body += [""] + detail_plover(ps, conf, producible, prod_src)
        errors += err
    for name, gold, pred in (("UCDP", ucdp_gold, ucdp_pred),
                             ("PLOVER", plover_gold_rows, plover_pred)):
        if gold is None or not pred:
            continue
        ids = {str(g["id"]) for g in gold}
        stray = sum(len(v) for k, v in pred.items() if k not in ids)
        if stray:
            head.append("warning: %d %s events have an article_id that is "
                        "no gold id" % (stray, name))
    if bad_lines:
        head.append("warning: %d output lines were not JSON objects" % bad_lines)
    return "\n".join(x.rstrip() for x in head + body) + "\n", errors


def cmd_score(a):
    bad = 0
    ug = up = pg = pp = None
    if a.ucdp_gold:
        ug = load_ucdp(a.ucdp_gold)
        rows, b = read_jsonl(a.ucdp_pred)
        up, bad = group_preds(rows), bad + b
    if a.plover_gold:
        pg = load_plover(a.plover_gold)
        rows, b = read_jsonl(a.plover_pred)
        pp, bad = group_preds(rows), bad + b
    producible, src = producible_types(a.ontology)
    text, errors = build_report(ug, up, pg, pp, producible, src, bad)
    sys.stdout.write(text)
    if a.report:
        with open(a.report, "w", encoding="utf-8") as f:
            f.write(text)
    if a.errors:
        with open(a.errors, "w", encoding="utf-8") as f:
            for e in errors:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
    return 0


# ---------------------------------------------------------------- self-test

def _fake_sets():
    """Five UCDP gold events and their fake predictions:
    g1 perfect; g2 place 100 km north; g3 nothing predicted; g4 fatalities
    null; g5 actors swapped.  Plus four PLOVER records."""
    def gold(i, lat, lon, best, low, high, prec=1, ds="2022-09-01",
             de="2022-09-01", a="Government of Russia (Soviet Union)",
             b="Government of Ukraine"):
        return {"id": str(i), "date": "2022-09-02", "text": "t%d" % i,
                "gold": {"date_start": ds, "date_end": de, "date_prec": "1",
                         "type_of_violence": 1, "side_a": a, "side_b": b,
                         "adm_1": "Donetsk oblast", "adm_2": "",
                         "where_coordinates": "x", "latitude": lat,
                         "longitude": lon, "where_prec": prec,
                         "deaths_civilians": 0, "best": best, "low": low,
                         "high": high}}
    ug = [gold(1, 48.0, 37.8, 2, 2, 2),
          gold(2, 48.0, 37.8, 3, 3, 5),
          gold(3, 47.0, 35.0, 1, 1, 1),
          gold(4, 48.5, 38.0, 4, 4, 4, ds="2022-09-01", de="2022-09-03"),
          gold(5, 49.0, 36.2, 5, 5, 9, prec=4)]
    deg100 = 100.0 / (EARTH_KM * math.pi / 180)
    ru = dict(actor1="Military Forces of Russia", actor1_iso3="RUS",
              actor2="Military Forces of Ukraine", actor2_iso3="UKR")
    sw = dict(actor1="Military Forces of Ukraine", actor1_iso3="UKR",
              actor2="Military Forces of Russia", actor2_iso3="RUS")

    def ev(aid, kind, date, lat, lon, fat, actors, admin1="Donetsk"):
        e = {"event_id": "e", "article_id": aid, "kind": kind,
             "event_date": date, "latitude": lat, "longitude": lon,
             "fatalities": fat, "admin1": admin1}
        e.update(actors)
        return e
    up = [
        ev("1", "diplomacy", "2022-09-01", None, None, None, {}),
        ev("1", "shelling_missile", "2022-09-01", 48.0, 37.8, 1, ru),
        ev("1", "shelling_missile", "2022-09-01", 48.0, 37.8, 2, ru),
        ev("2", "armed_clash", "2022-09-02", 48.0 + deg100, 37.8, 3, ru),
        ev("4", "air_drone_strike", "2022-09-02", 48.5, 38.0, None, ru),
        ev("5", "armed_clash", "2022-09-01", 49.3, 36.2, 7, sw,
           admin1="Kharkiv"),
    ]
    pg = [
        {"id": "P1", "event": "AGREE", "text": "a", "date": "2000-01-01"},
        {"id": "P2", "event": "FIGHT", "mode": "heavy-weapons", "text": "b"},
        {"id": "P3", "event": "DEMAND", "text": "c"},
        {"id": "P4", "event": "ASSAULT", "text": "d"},
    ]
    pp = [
        {"article_id": "P1", "plover_type": "AGREE"},
        {"article_id": "P2", "plover_type": "ASSAULT",
         "plover_mode": "heavy-weapons"},
        {"article_id": "P3", "plover_type": "ACCUSE"},
        {"article_id": "P3", "plover_type": "REQUEST"},
    ]
    return ug, up, pg, pp


def self_test():
    fails = []

    def eq(name, got, want, tol=1e-6):
        ok = (abs(got - want) <= tol) if isinstance(want, float) else got == want
        if not ok:
            fails.append("%s: got %r, want %r" % (name, got, want))

    eq("haversine 1 deg lat", haversine_km(48, 37, 49, 37), 111.195, 0.01)
    eq("haversine zero", haversine_km(48, 37, 48, 37), 0.0)
    eq("gold side RUS", gold_side("Government of Russia (Soviet Union)"), "RUS")
    eq("gold side DPR", gold_side("DPR"), "DPR")
    eq("pred side by name", pred_side("Russian forces", None), "RUS")
    eq("pred side civilians", pred_side("Civilians (Ukraine)", "UKR"), "CIV")
    eq("admin1 translit", same_admin1("Zaporizhzhya oblast", "Zaporizhzhia"), True)
    eq("admin1 differ", same_admin1("Kharkiv Oblast", "Donetsk"), False)
    eq("admin1 adjectival",
       same_admin1("Zaporizhzhya oblast", "Zaporiz\u2019ka Oblast\u2019"), True)
    eq("admin1 Kherson/Kharkiv",
       same_admin1("Kherson oblast", "Kharkivs\u2019ka Oblast\u2019"), False)
    eq("admin1 Odessa", same_admin1("Odesa oblast", "Odes\u2019ka"), True)
    eq("choose none", choose([{"kind": "diplomacy"}]), None)
    eq("choose most fatal",
       choose([{"kind": "armed_clash", "fatalities": None, "i": 1},
               {"kind": "explosion", "fatalities": 0, "i": 2},
               {"kind": "explosion", "fatalities": 0, "i": 3}])["i"], 2)
    jl = read_json_loose
    with tempfile.TemporaryDirectory() as td:
        p = os.path.join(td, "x.txt")
        with open(p, "w") as f:
            f.write('[{"id": 1}, {"id": 2}]\ntrailing junk\n{"id": 3}\n')
        eq("loose json", [r["id"] for r in jl(p)], [1, 2, 3])

    ug, up, pg, pp = _fake_sets()
    s, kinds, err = score_ucdp(ug, group_preds(up))
    eq("n", s["n"], 5)
    eq("detected", s["detected"], 4)
    eq("place_n", s["place_n"], 4)
    eq("place_25", s["place_25"], 2)          # g1, g4
    eq("place_50", s["place_50"], 2)          # g2 is 100 km off
    eq("place_located", s["place_located"], 3)
    eq("region_n", s["region_n"], 1)
    eq("region_60", s["region_60"], 1)        # g5 is 33 km off
    eq("date_exact", s["date_exact"], 2)      # g1, g5
    eq("date_range", s["date_range"], 3)      # + g4 (09-02 in 01..03)
    eq("date_1", s["date_1"], 4)              # + g2 (one day late)
    eq("base_exact", s["base_exact"], 0)
    eq("base_range", s["base_range"], 1)      # g4 only
    eq("fat_exact", s["fat_exact"], 2)        # g1, g2
    eq("fat_range", s["fat_range"], 3)        # + g5 (7 in 5..9)
    eq("fat_null_pos", s["fat_null_pos"], 1)  # g4
    eq("mae", s["mae"], (0 + 0 + 4 + 2) / 4.0)
    eq("side_a", s["side_a"], 3)              # g5 swapped
    eq("side_pair", s["side_pair"], 4)
    eq("adm1", s["adm1_ok"], 3)               # g5 says Kharkiv
    eq("kinds none", kinds["(none)"][1], 1)
    eq("kinds shelling", kinds["shelling_missile"][1], 1)
    eq("errors", sorted(e["id"] for e in err), ["2", "3", "4", "5"])
    eq("g5 swapped", "sides_swapped" in
       [e for e in err if e["id"] == "5"][0]["problems"], True)

    prod = set(DEFAULT_PRODUCIBLE)
    ps, conf, perr = score_plover(load_plover_rows(pg), group_preds(pp), prod)
    eq("plover n", ps["n"], 4)
    eq("plover correct", ps["correct"], 2)    # P1, P2 (FIGHT -> ASSAULT)
    eq("plover detected", ps["detected"], 3)
    eq("plover any", ps["any_ok"], 3)         # P3's second event is REQUEST
    eq("plover reach", (ps["reach_ok"], ps["reach_n"]), (2, 3))
    eq("plover mode", (ps["mode_ok"], ps["mode_n"]), (1, 1))
    t = prf(conf)
    eq("assault P", t["ASSAULT"][3], 1.0)
    eq("assault R", t["ASSAULT"][4], 0.5)
    eq("assault F1", t["ASSAULT"][5], 2 / 3.0)
    eq("accuse P", t["ACCUSE"][3], 0.0)
    text, _ = build_report(ug, group_preds(up), load_plover_rows(pg),
                           group_preds(pp), prod, "test", 0)
    eq("headline", text.splitlines()[0],
       "UCDP dev (5 events): detection 0.80 | location<=25km 0.50 | "
       "date exact 0.40 | fatalities exact 0.40 | side_a 0.60")

    for f in fails:
        print("self-test FAIL " + f, file=sys.stderr)
    print("self-test: %d failed" % len(fails))
    return 1 if fails else 0


def main(argv):
    if "--self-test" in argv:
        return self_test()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("inputs", help="write articles for the extractor")
    p.add_argument("--ucdp")
    p.add_argument("--plover")
    p.add_argument("--outdir", required=True)
    p = sub.add_parser("score", help="score extractor output")
    p.add_argument("--ucdp-gold")
    p.add_argument("--ucdp-pred")
    p.add_argument("--plover-gold")
    p.add_argument("--plover-pred")
    p.add_argument("--ontology")
    p.add_argument("--report")
    p.add_argument("--errors")
    a = ap.parse_args(argv)
    if a.cmd == "inputs":
        return cmd_inputs(a)
    if bool(a.ucdp_gold) != bool(a.ucdp_pred) or \
       bool(a.plover_gold) != bool(a.plover_pred):
        ap.error("give each gold file with its prediction file")
    return cmd_score(a)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
