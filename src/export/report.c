/*
 * report.c - situation reports (`sitrep report`): collects the events of a
 * query into owned copies, computes what the renderers show (totals and
 * tolls as ranges, rows by side, kind and region, the timeline bins, the
 * key events, claims and denials) and calls the HTML or Markdown renderer.
 *
 * Exports: sr_report_format_parse, sr_report_write, sr__rep_collect,
 * sr__rep_clear, sr__rep_killed, sr__rep_injured, sr__rep_located,
 * sr__rep_range, sr__rep_range_str, sr__rep_date_long,
 * sr__rep_country_name.
 *
 * Invariants: tolls are summed as ranges (an event's low and high bounds;
 * a bare "N+" adds N to both and marks the sum open), never as a single
 * guessed figure.  Rows are sorted by events, then killed, then key, so
 * the output does not depend on hash order.  The "generated" date comes
 * from $SOURCE_DATE_EPOCH when set (reproducible output).
 *
 * Not here: markup (report_html.c, report_md.c, map_svg.c).
 */
#include "report.h"

#include "../lexicon/countries.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define KEY_EVENTS 8
#define MAX_CLAIMS 16

int sr_report_format_parse(const char *name, enum sr_report_format *out)
{
	if (!name)
		return SR_EUSAGE;
	if (strcmp(name, "html") == 0)
		*out = SR_REPORT_HTML;
	else if (strcmp(name, "md") == 0 || strcmp(name, "markdown") == 0)
		*out = SR_REPORT_MD;
	else
		return SR_EUSAGE;
	return SR_OK;
}

int sr__rep_located(const struct sr_event *ev)
{
	return ev->geo_precision > 0 && isfinite(ev->latitude) &&
	       isfinite(ev->longitude) && fabs(ev->latitude) <= 90 &&
	       fabs(ev->longitude) <= 180 &&
	       !(ev->latitude == 0 && ev->longitude == 0);
}

void sr__rep_range(int64_t v, int64_t lo, int64_t hi, int64_t out[2],
		   bool *open)
{
	*open = false;
	out[0] = out[1] = 0;
	if (lo >= 0) {
		out[0] = lo;
		out[1] = hi >= lo ? hi : lo;
		*open = hi < lo;
	} else if (v >= 0) {
		out[0] = out[1] = v;
	}
}

int64_t sr__rep_killed(const struct sr_event *ev)
{
	int64_t r[2];
	bool open;

	sr__rep_range(ev->fatalities, ev->fatalities_low, ev->fatalities_high,
		      r, &open);
	return ev->fatalities >= 0 ? ev->fatalities : r[0];
}

int64_t sr__rep_injured(const struct sr_event *ev)
{
	int64_t r[2];
	bool open;

	sr__rep_range(ev->injured, ev->injured_low, ev->injured_high, r, &open);
	return ev->injured >= 0 ? ev->injured : r[0];
}

void sr__rep_range_str(int64_t lo, int64_t hi, bool open, char *out)
{
	if (open)
		snprintf(out, 48, "%lld+", (long long)lo);
	else if (hi > lo)
		snprintf(out, 48, "%lld\xE2\x80\x93%lld", (long long)lo,
			 (long long)hi);
	else
		snprintf(out, 48, "%lld", (long long)lo);
}

void sr__rep_date_long(struct sr_ymd d, char *out)
{
	static const char *const months[] = {
		"January",   "February", "March",    "April",
		"May",	     "June",	 "July",     "August",
		"September", "October",	 "November", "December"
	};

	if (!d.y || d.m < 1 || d.m > 12)
		snprintf(out, 32, "date unknown");
	else
		snprintf(out, 32, "%d %s %d", d.d, months[d.m - 1], d.y);
}

const char *sr__rep_country_name(const char *iso3)
{
	const struct sr_country *c;

	if (!iso3 || !*iso3)
		return "Unattributed";
	c = sr__country_by_iso3(iso3);
	return c ? c->name : iso3;
}

/* ---- collecting ---- */

static const char *dup(struct sr_rep_set *r, const char *s, int *rc)
{
	char *p;

	if (!s)
		return NULL;
	p = sr__arena_strndup(&r->arena, s, strlen(s));
	if (!p)
		*rc = SR_ENOMEM;
	return p;
}

static int collect_one(void *ud, const struct sr_event *ev)
{
	return sr__rep_add(ud, ev);
}

int sr__rep_add(struct sr_rep_set *r, const struct sr_event *ev)
{
	struct sr_event *c;
	const char *sent;
	size_t slen;
	int rc = SR_OK;

	if (r->admin1 && (!ev->admin1 || strcasecmp(ev->admin1, r->admin1)))
		return 0;
	if (r->located_only && !sr__rep_located(ev))
		return 0;
	if (r->count == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 64;
		struct sr_event *n = sr_realloc(r->ev, cap * sizeof(*n));

		if (!n)
			return SR_ENOMEM;
		r->ev = n;
		r->cap = cap;
	}
	c = &r->ev[r->count];
	*c = *ev;
#define DUP(f) c->f = dup(r, ev->f, &rc)
	DUP(article_id);
	DUP(kind);
	DUP(disorder_type);
	DUP(event_type);
	DUP(sub_event_type);
	DUP(plover_type);
	DUP(plover_mode);
	DUP(cameo_code);
	DUP(actor1);
	DUP(actor1_iso3);
	DUP(actor2);
	DUP(actor2_iso3);
	DUP(location);
	DUP(admin1);
	DUP(country);
	DUP(iso3);
	DUP(quantity);
	DUP(weapons);
	DUP(claimed_by);
	DUP(rule);
#undef DUP
	memset(&c->spans, 0, sizeof(c->spans));
	c->text = NULL;
	c->text_len = 0;
	c->sentence.off = c->sentence.len = 0;
	sent = sr__export_sentence(ev, &slen);
	if (sent) {
		c->text = sr__arena_strndup(&r->arena, sent, slen);
		if (!c->text)
			rc = SR_ENOMEM;
		c->text_len = slen;
		c->sentence.len = (uint32_t)slen;
	}
	if (!rc)
		r->count++;
	return rc;
}

int sr__rep_collect(struct sr_rep_set *r, struct sr_db *db,
		    const struct sr_query *q, struct sr_diag *d)
{
	sr__arena_init(&r->arena, 1 << 16);
	return sr_db_query(db, q, collect_one, r, d);
}

void sr__rep_clear(struct sr_rep_set *r)
{
	if (!r)
		return;
	sr__arena_clear(&r->arena);
	sr_free(r->ev);
	r->ev = NULL;
	r->count = r->cap = 0;
}

/* ---- aggregates ---- */

static void row_add(struct sr_rep_row *row, const struct sr_event *ev)
{
	int64_t r[2];
	bool open;

	row->events++;
	sr__rep_range(ev->fatalities, ev->fatalities_low, ev->fatalities_high,
		      r, &open);
	row->killed_known |= ev->fatalities >= 0 || ev->fatalities_low >= 0;
	row->injured_known |= ev->injured >= 0 || ev->injured_low >= 0;
	row->killed_lo += r[0];
	row->killed_hi += r[1];
	row->killed_open |= open;
	sr__rep_range(ev->injured, ev->injured_low, ev->injured_high, r, &open);
	row->injured_lo += r[0];
	row->injured_hi += r[1];
	row->injured_open |= open;
}

/* Add ev to the row keyed key in *rows (linear: a report has few). */
static int rows_add(struct sr_rep_row **rows, size_t *count, const char *key,
		    const struct sr_event *ev)
{
	size_t i;
	struct sr_rep_row *n;

	for (i = 0; i < *count; i++)
		if (strcmp((*rows)[i].key, key) == 0)
			break;
	if (i == *count) {
		n = sr_realloc(*rows, (*count + 1) * sizeof(*n));
		if (!n)
			return SR_ENOMEM;
		*rows = n;
		memset(&n[i], 0, sizeof(n[i]));
		n[i].key = key;
		(*count)++;
	}
	row_add(&(*rows)[i], ev);
	return SR_OK;
}

/* Rows that stand for "not known" sort last. */
static bool unknown_key(const char *k)
{
	return strcmp(k, "Unknown") == 0 || strcmp(k, "Unattributed") == 0 ||
	       strcmp(k, "unknown") == 0;
}

static int cmp_row(const void *a, const void *b)
{
	const struct sr_rep_row *x = a, *y = b;

	if (unknown_key(x->key) != unknown_key(y->key))
		return unknown_key(x->key) ? 1 : -1;
	if (x->events != y->events)
		return x->events < y->events ? 1 : -1;
	if (x->killed_hi != y->killed_hi)
		return x->killed_hi < y->killed_hi ? 1 : -1;
	return strcmp(x->key, y->key);
}

static bool violent(const struct sr_event *ev)
{
	return sr__kind_group(ev->kind) != SR_KG_OTHER;
}

/* Higher is more important: toll first, then confidence. */
static double key_score(const struct sr_event *ev)
{
	return (double)sr__rep_killed(ev) * 10 +
	       (double)sr__rep_injured(ev) * 3 + (violent(ev) ? 2 : 0) +
	       (ev->sentence.len ? 1 : 0) + ev->confidence * 2;
}

struct scored {
	double score;
	size_t idx;
};

static int cmp_key(const void *a, const void *b)
{
	const struct scored *x = a, *y = b;

	if (x->score != y->score)
		return x->score < y->score ? 1 : -1;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

static int64_t bin_of(const struct sr_report_data *rd, struct sr_ymd d)
{
	if (rd->bin_days == 30)
		return (int64_t)(d.y * 12 + d.m - 1) -
		       (int64_t)(rd->from.y * 12 + rd->from.m - 1);
	return (sr_ymd_to_days(d) - rd->day0) / rd->bin_days;
}

static int64_t report_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;

	if (s && *s >= '0' && *s <= '9') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (!errno && *end == '\0')
			return v;
	}
	return (int64_t)time(NULL);
}

static void period(struct sr_report_data *rd)
{
	const struct sr_rep_set *s = &rd->set;
	int64_t lo = INT64_MAX, hi = INT64_MIN, days, t;
	size_t i;

	for (i = 0; i < s->count; i++) {
		if (!s->ev[i].event_date.y)
			continue;
		t = sr_ymd_to_days(s->ev[i].event_date);
		lo = t < lo ? t : lo;
		hi = t > hi ? t : hi;
	}
	rd->from = rd->o->query.from;
	rd->to = rd->o->query.to;
	if (!rd->from.y)
		rd->from = lo != INT64_MAX
			       ? sr_ymd_from_days(lo)
			       : sr_ymd_from_days(report_time() / 86400);
	if (!rd->to.y)
		rd->to = hi != INT64_MIN ? sr_ymd_from_days(hi) : rd->from;
	rd->day0 = sr_ymd_to_days(rd->from);
	days = sr_ymd_to_days(rd->to) - rd->day0 + 1;
	if (days < 1)
		days = 1;
	rd->bin_days = days <= 62 ? 1 : days <= 7 * 60 ? 7 : 30;
	if (rd->bin_days == 30)
		rd->bins = (size_t)((rd->to.y * 12 + rd->to.m) -
				    (rd->from.y * 12 + rd->from.m) + 1);
	else
		rd->bins = (size_t)((days + rd->bin_days - 1) / rd->bin_days);
	if (rd->bins > SR_REP_MAX_BINS)
		rd->bins = SR_REP_MAX_BINS;
	sr_ymd_format(sr_ymd_from_days(report_time() / 86400), rd->generated);
}

int sr__report_prepare(struct sr_report_data *rd)
{
	const struct sr_rep_set *s = &rd->set;
	struct scored *sc;
	size_t i, n;
	int64_t bin;
	int rc = SR_OK;

	period(rd);
	for (i = 0; i < s->count && !rc; i++) {
		const struct sr_event *ev = &s->ev[i];

		row_add(&rd->total, ev);
		rd->located += sr__rep_located(ev);
		rc = rows_add(&rd->side, &rd->side_count,
			      sr__rep_country_name(ev->actor1_iso3), ev);
		if (!rc)
			rc = rows_add(&rd->kind, &rd->kind_count,
				      ev->kind ? ev->kind : "unknown", ev);
		if (!rc)
			rc = rows_add(&rd->region, &rd->region_count,
				      ev->admin1    ? ev->admin1
				      : ev->country ? ev->country
						    : "Unknown",
				      ev);
		if (ev->event_date.y) {
			bin = bin_of(rd, ev->event_date);
			if (bin >= 0 && (size_t)bin < rd->bins)
				rd->tl[bin][sr__kind_group(ev->kind)]++;
		}
	}
	if (rc)
		return rc;
	qsort(rd->side, rd->side_count, sizeof(*rd->side), cmp_row);
	qsort(rd->kind, rd->kind_count, sizeof(*rd->kind), cmp_row);
	qsort(rd->region, rd->region_count, sizeof(*rd->region), cmp_row);

	rd->key = sr_malloc((s->count + 1) * sizeof(*rd->key));
	rd->claim = sr_malloc((s->count + 1) * sizeof(*rd->claim));
	if (!rd->key || !rd->claim)
		return SR_ENOMEM;
	sc = sr_malloc((s->count + 1) * sizeof(*sc));
	if (!sc)
		return SR_ENOMEM;
	for (i = 0, n = 0; i < s->count; i++)
		if (violent(&s->ev[i]) || sr__rep_killed(&s->ev[i]) > 0) {
			sc[n].score = key_score(&s->ev[i]);
			sc[n++].idx = i;
		}
	qsort(sc, n, sizeof(*sc), cmp_key);
	rd->key_count = n < KEY_EVENTS ? n : KEY_EVENTS;
	for (i = 0; i < rd->key_count; i++)
		rd->key[i] = sc[i].idx;
	sr_free(sc);
	/* Denials first, then claims that name who claims, by date. */
	for (i = 0; i < s->count && rd->claim_count < MAX_CLAIMS; i++)
		if (s->ev[i].status == SR_STATUS_DENIED)
			rd->claim[rd->claim_count++] = i;
	for (i = 0; i < s->count && rd->claim_count < MAX_CLAIMS; i++)
		if (s->ev[i].status == SR_STATUS_CLAIMED && s->ev[i].claimed_by)
			rd->claim[rd->claim_count++] = i;
	return SR_OK;
}

int sr_report_write(struct sr_db *db, const struct sr_report_opts *o, FILE *fp,
		    struct sr_diag *d)
{
	struct sr_report_data *rd;
	struct sr_map_in in;
	struct sr_buf b, map;
	int rc;

	if (!db || !o || !fp)
		return SR_EUSAGE;
	rd = sr_calloc(1, sizeof(*rd));
	if (!rd)
		return SR_ENOMEM;
	sr__buf_init(&b, 0);
	sr__buf_init(&map, 0);
	rd->o = o;
	rd->set.admin1 = o->admin1;
	rc = sr__rep_collect(&rd->set, db, &o->query, d);
	if (!rc)
		rc = sr__report_prepare(rd);
	if (rc)
		goto out;
	if (o->format == SR_REPORT_HTML) {
		memset(&in, 0, sizeof(in));
		in.ev = rd->set.ev;
		in.count = rd->set.count;
		in.from = rd->from;
		in.to = rd->to;
		in.o = &o->map;
		in.embedded = true;
		rc = sr__map_svg(&map, &in, d);
		if (rc)
			goto out;
		rd->map_svg = map.data;
		rc = sr__report_html(&b, rd, d);
	} else {
		rc = sr__report_md(&b, rd, d);
	}
	if (rc)
		goto out;
	if (fwrite(b.data, 1, b.len, fp) != b.len || fflush(fp) != 0)
		rc = sr_diag_set(d, SR_EIO, "", 0, "report: write failed");
out:
	if (rc && d && !d->msg[0])
		sr_diag_set(d, rc, "", 0, "report: %s", sr_strerror(rc));
	sr__buf_clear(&b);
	sr__buf_clear(&map);
	rd->map_svg = NULL;
	sr__report_data_clear(rd);
	sr_free(rd);
	return rc;
}

void sr__report_data_clear(struct sr_report_data *rd)
{
	if (!rd)
		return;
	sr__rep_clear(&rd->set);
	sr_free(rd->side);
	sr_free(rd->kind);
	sr_free(rd->region);
	sr_free(rd->key);
	sr_free(rd->claim);
	rd->side = rd->kind = rd->region = NULL;
	rd->key = rd->claim = NULL;
}
