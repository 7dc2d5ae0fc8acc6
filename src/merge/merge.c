/*
 * merge.c - may two mentions be one event (sr__merge_compat, with the
 * reason), and the deterministic greedy clustering (sr__merge_cluster).
 * See merge.h for the rules.
 *
 * Exports: sr__merge_mention_init_day, sr__merge_cmp, sr__merge_compat,
 * sr__merge_cluster.
 *
 * Invariants: compat is symmetric; clustering visits mentions in the
 * caller's (canonical) order and looks back at most SR_MERGE_WINDOW_DAYS.
 *
 * Does not: decide the merged event's fields (combine.c), read or write a
 * store.
 */
#include "merge.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define PI 3.14159265358979323846

void sr__merge_mention_init_day(struct sr_merge_mention *m)
{
	m->day = m->ev.event_date.y ? sr_ymd_to_days(m->ev.event_date)
				    : SR_MERGE_NO_DAY;
}

int sr__merge_cmp(const struct sr_merge_mention *a,
		  const struct sr_merge_mention *b)
{
	int an = a->day == SR_MERGE_NO_DAY, bn = b->day == SR_MERGE_NO_DAY;
	int64_t ad, bd;

	if (an != bn)
		return an - bn;
	if (!an && a->day != b->day)
		return a->day < b->day ? -1 : 1;
	ad = a->article_date.y ? sr_ymd_to_days(a->article_date) : 0;
	bd = b->article_date.y ? sr_ymd_to_days(b->article_date) : 0;
	if (ad != bd)
		return ad < bd ? -1 : 1;
	return strcmp(a->ev.event_id, b->ev.event_id);
}

static double km_between(double lat1, double lon1, double lat2, double lon2)
{
	const double r = PI / 180.0;
	double dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r;
	double h =
	    sin(dlat / 2) * sin(dlat / 2) +
	    cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2);

	if (h > 1)
		h = 1;
	return 2 * 6371.0088 * asin(sqrt(h));
}

static int streq(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

/* 0 reported/claimed/denied/confirmed, 1 planned, 2 negated. */
static int status_class(enum sr_status s)
{
	return s == SR_STATUS_PLANNED ? 1 : s == SR_STATUS_NEGATED ? 2 : 0;
}

static int family(const char *k)
{
	return streq(k, "shelling_missile") || streq(k, "air_drone_strike");
}

/* "no: " + printf into why; returns 0. */
static double refuse(char *why, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static double refuse(char *why, size_t cap, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (!why || cap < 8)
		return 0;
	n = snprintf(why, cap, "no: ");
	va_start(ap, fmt);
	vsnprintf(why + n, cap - (size_t)n, fmt, ap);
	va_end(ap);
	return 0;
}

static const char *nz(const char *s)
{
	return s ? s : "-";
}

/* An actor side named on both mentions must agree on its country; a side
 * named as actor1 on one and actor2 on the other contradicts. */
static int actors_ok(const struct sr_event *a, const struct sr_event *b)
{
	if (a->actor1_iso3 && b->actor1_iso3 &&
	    strcmp(a->actor1_iso3, b->actor1_iso3))
		return 0;
	if (a->actor1 && b->actor1 && !a->actor1_iso3 && !b->actor1_iso3 &&
	    strcmp(a->actor1, b->actor1))
		return 0;
	if (a->actor2_iso3 && b->actor2_iso3 &&
	    strcmp(a->actor2_iso3, b->actor2_iso3))
		return 0;
	if ((streq(a->actor1, b->actor2) && !streq(a->actor1, b->actor1)) ||
	    (streq(a->actor2, b->actor1) && !streq(a->actor2, b->actor2)))
		return 0;
	return 1;
}

double sr__merge_compat(const struct sr_event *a, const struct sr_event *b,
			char *why, size_t cap)
{
	double score = 1.0, km = 0, limit = 0;
	int gp, tp, same_kind, dd;
	int64_t da, db;
	char place[96], date[96];

	if (why && cap)
		why[0] = '\0';
	if (!a->kind || !b->kind)
		return refuse(why, cap, "no kind (%s/%s)", nz(a->kind),
			      nz(b->kind));
	same_kind = strcmp(a->kind, b->kind) == 0;
	if (!same_kind && !(family(a->kind) && family(b->kind)))
		return refuse(why, cap, "kinds %s and %s differ", a->kind,
			      b->kind);
	if (status_class(a->status) != status_class(b->status))
		return refuse(why, cap, "status %s vs %s",
			      sr_status_name(a->status),
			      sr_status_name(b->status));
	if (a->historical != b->historical)
		return refuse(why, cap, "one is historical");
	if (!a->event_date.y || !b->event_date.y)
		return refuse(why, cap, "date unknown");
	da = sr_ymd_to_days(a->event_date);
	db = sr_ymd_to_days(b->event_date);
	dd = (int)(da > db ? da - db : db - da);
	tp = SR_MAX(a->time_precision, b->time_precision);
	if (tp <= 0 || tp > 3)
		tp = 3;
	if ((tp == 1 && dd > 1) || (tp == 2 && dd > 7) ||
	    (tp == 3 && (a->event_date.y != b->event_date.y ||
			 a->event_date.m != b->event_date.m)))
		return refuse(why, cap,
			      "dates %d days apart (time "
			      "precision %d)",
			      dd, tp);
	if (why)
		snprintf(date, sizeof(date),
			 "%d day%s apart (time precision "
			 "%d, window %s)",
			 dd, dd == 1 ? "" : "s", tp,
			 tp == 1   ? "+-1 day"
			 : tp == 2 ? "+-7 days"
				   : "same month");
	score -= 0.1 * dd / (tp == 1 ? 1 : tp == 2 ? 7 : 31);

	if (a->geo_precision <= 0 || b->geo_precision <= 0)
		return refuse(why, cap, "place unknown");
	if (a->iso3 && b->iso3 && strcmp(a->iso3, b->iso3))
		return refuse(why, cap, "countries %s and %s differ", a->iso3,
			      b->iso3);
	gp = SR_MAX(a->geo_precision, b->geo_precision);
	km = km_between(a->latitude, a->longitude, b->latitude, b->longitude);
	if (gp <= 2) {
		limit = gp == 1 ? 10 : 25;
		if (km > limit)
			return refuse(why, cap,
				      "places %s and %s too far "
				      "apart (%.1f km, limit %.0f)",
				      nz(a->location), nz(b->location), km,
				      limit);
		if (why)
			snprintf(place, sizeof(place),
				 "%.1f km apart (geo "
				 "precision %d, limit %.0f km)",
				 km, gp, limit);
		score -= 0.2 * km / limit;
	} else if (gp == 3) {
		if (!streq(a->admin1, b->admin1))
			return refuse(why, cap, "regions %s and %s differ",
				      nz(a->admin1), nz(b->admin1));
		if (why)
			snprintf(place, sizeof(place),
				 "same region %s (geo "
				 "precision 3)",
				 nz(a->admin1));
		score -= 0.2;
	} else {
		if (a->geo_precision != 4 || b->geo_precision != 4 ||
		    !streq(a->iso3, b->iso3))
			return refuse(why, cap,
				      "only a country for one of "
				      "%s/%s",
				      nz(a->location), nz(b->location));
		if (why)
			snprintf(place, sizeof(place),
				 "same country %s (geo "
				 "precision 4)",
				 a->iso3);
		score -= 0.3;
	}
	if (!actors_ok(a, b))
		return refuse(why, cap, "actors contradict (%s vs %s)",
			      nz(a->actor1), nz(b->actor1));
	if (!same_kind) {
		/* Reports often disagree on whether a strike came from a
		 * missile or a drone; accept that only for the same day and
		 * a precise place, and score it lower. */
		if (dd != 0 || gp > 2 || km > limit / 2)
			return refuse(why, cap,
				      "kinds %s and %s differ beyond "
				      "the same day and place",
				      a->kind, b->kind);
		score *= 0.5;
	}
	if (why && cap)
		snprintf(why, cap, "kind %s%s%s; %s; %s; actors %s", a->kind,
			 same_kind ? "" : "~", same_kind ? "" : b->kind, place,
			 date, a->actor1 || b->actor1 ? "agree" : "unnamed");
	return score > 0.01 ? score : 0.01;
}

/* ---- clustering ---- */

/* Score of i joining the cluster anchored at a (members in [a, i) with
 * assign == a): its score against the anchor, provided every member
 * accepts it (complete linkage); 0 if any member refuses or shares i's
 * article or a rule forbids it.  Scoring against the anchor, not the
 * weakest member, keeps a larger cluster from losing to a one-mention
 * rival.  *must is set when a rule links i to a member. */
static double cluster_score(const struct sr_merge_mention *m, size_t i,
			    size_t a, const long *assign, sr_merge_rule_fn rule,
			    void *ud, int *must)
{
	double anchor = 0, s;
	size_t j;
	int forbid = 0, r;

	*must = 0;
	for (j = a; j < i; j++) {
		if (assign[j] != (long)a)
			continue;
		r = rule ? rule(ud, m[i].ev.event_id, m[j].ev.event_id) : 0;
		if (r > 0)
			*must = 1;
		if (r < 0 || streq(m[i].ev.article_id, m[j].ev.article_id))
			forbid = 1;
		if (forbid)
			continue;
		s = sr__merge_compat(&m[i].ev, &m[j].ev, NULL, 0);
		if (s == 0)
			forbid = !*must ? 2 : forbid;
		if (j == a)
			anchor = s;
	}
	if (forbid)
		return 0;
	return anchor;
}

/* 0 when a and b cannot be one event on kind or day alone (a cheap
 * subset of sr__merge_compat's tests). */
static int quick_ok(const struct sr_merge_mention *a,
		    const struct sr_merge_mention *b)
{
	int64_t dd = a->day > b->day ? a->day - b->day : b->day - a->day;

	if (!a->ev.kind || !b->ev.kind)
		return 0;
	if (strcmp(a->ev.kind, b->ev.kind) &&
	    !(family(a->ev.kind) && family(b->ev.kind)))
		return 0;
	if (a->ev.time_precision == 1 && b->ev.time_precision == 1 && dd > 1)
		return 0;
	return 1;
}

/* 1 if a cannot-link or a shared article keeps i out of the cluster
 * anchored at a, whatever the must-links say. */
static int forbidden(const struct sr_merge_mention *m, size_t i, size_t a,
		     const long *assign, sr_merge_rule_fn rule, void *ud)
{
	size_t k;

	for (k = a; k < i; k++)
		if (assign[k] == (long)a &&
		    ((rule &&
		      rule(ud, m[i].ev.event_id, m[k].ev.event_id) < 0) ||
		     streq(m[i].ev.article_id, m[k].ev.article_id)))
			return 1;
	return 0;
}

long sr__merge_assign(const struct sr_merge_mention *m, size_t i,
		      const long *assign, sr_merge_rule_fn rule, void *ud)
{
	long best_a = -1, a;
	double best = 0, s;
	int must, best_must = 0;
	size_t j;

	if (m[i].day == SR_MERGE_NO_DAY)
		return (long)i;
	/* candidate anchors: clusters of mentions within the window before
	 * i (their anchors are at or before them) */
	for (j = i; j-- > 0;) {
		if (m[j].day == SR_MERGE_NO_DAY ||
		    m[i].day - m[j].day > SR_MERGE_WINDOW_DAYS)
			break;
		a = assign[j];
		if (a < 0 || (size_t)a != j)
			continue; /* visit each cluster at its anchor */
		/* cheap refusals first: the anchor alone, without rules */
		if (!rule &&
		    (!quick_ok(&m[i], &m[j]) ||
		     sr__merge_compat(&m[i].ev, &m[j].ev, NULL, 0) == 0))
			continue;
		s = cluster_score(m, i, (size_t)a, assign, rule, ud, &must);
		if (must && s == 0 &&
		    !forbidden(m, i, (size_t)a, assign, rule, ud))
			s = 0.01; /* a must-link wins over compatibility */
		if (s <= 0)
			continue;
		if (must > best_must || (must == best_must && s > best) ||
		    (must == best_must && s == best && a < best_a)) {
			best = s;
			best_a = a;
			best_must = must;
		}
	}
	return best_a >= 0 ? best_a : (long)i;
}

int sr__merge_cluster(const struct sr_merge_mention *m, size_t n, size_t start,
		      long *assign, sr_merge_rule_fn rule, void *ud)
{
	size_t i;

	for (i = start; i < n; i++)
		assign[i] = sr__merge_assign(m, i, assign, rule, ud);
	return SR_OK;
}
