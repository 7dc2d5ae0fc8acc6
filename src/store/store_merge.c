/*
 * store_merge.c - keeps the events of the SQLite store in step with its
 * mentions: re-runs the merge stage's clustering over the part of the
 * order that a put (or a review) may have changed, writes each mention's
 * event, and rebuilds the changed events with their sources, revisions
 * and review corrections.
 *
 * Exports: sr__sq_touch, sr__sq_touched_clear, sr__sq_recluster,
 * sr__sq_rebuild, sr__sq_override, sr__sq_kind_known (store_sqlite.h).
 *
 * How a re-run stays exact: clustering visits mentions in canonical order
 * (event date, mention id) and each decision looks back at most
 * SR_MERGE_WINDOW_DAYS.  So when the mentions from key K on may have
 * changed, the assignments before K stand, only mentions from K - window
 * on are loaded, and the clustering re-runs from K.  The result is the one
 * a run over every mention in any ingestion order would give.
 *
 * Invariants: runs inside the caller's transaction; every event row is a
 * function of its mentions and the review rules.
 *
 * Does not: decide merges or fields (src/merge), begin or commit.
 */
#include "store_sqlite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the touched set ---- */

int sr__sq_touch(struct sr__sq_touched *t, const char *id)
{
	char *c;

	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		char **p = sr_realloc(t->id, cap * sizeof(*p));
		if (!p)
			return SR_ENOMEM;
		t->id = p;
		t->cap = cap;
	}
	c = sr__strdup(id);
	if (!c)
		return SR_ENOMEM;
	t->id[t->n++] = c;
	return SR_OK;
}

void sr__sq_touched_clear(struct sr__sq_touched *t)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		sr_free(t->id[i]);
	sr_free(t->id);
	t->id = NULL;
	t->n = t->cap = 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* ---- loading mentions ---- */

struct loaded {
	struct sr_arena ar;
	struct sr_merge_mention *m;
	const char **sentence; /* text of each mention's sentence */
	const char **url;
	const char **old_event;
	size_t n, cap;
};

static const char *dup(struct loaded *l, const char *s)
{
	return s ? sr__arena_strndup(&l->ar, s, strlen(s)) : NULL;
}

static int dup_fields(struct loaded *l, struct sr_event *e)
{
	const char **f[] = {
		&e->article_id,	 &e->kind,	     &e->disorder_type,
		&e->event_type,	 &e->sub_event_type, &e->plover_type,
		&e->plover_mode, &e->cameo_code,     &e->actor1,
		&e->actor1_iso3, &e->actor2,	     &e->actor2_iso3,
		&e->location,	 &e->admin1,	     &e->country,
		&e->iso3,	 &e->quantity,	     &e->weapons,
		&e->claimed_by,	 &e->rule,
	};
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(f); i++)
		if (*f[i] && !(*f[i] = dup(l, *f[i])))
			return SR_ENOMEM;
	return SR_OK;
}

/* Append the current row of st: record columns, then article date,
 * source, url and the mention's event id. */
static int load_row(struct loaded *l, sqlite3_stmt *st)
{
	struct sr_merge_mention *x;
	const char *s;

	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		void *a = sr_realloc(l->m, cap * sizeof(*l->m));
		void *b, *c, *e;
		if (!a)
			return SR_ENOMEM;
		l->m = a;
		b = sr_realloc(l->sentence, cap * sizeof(*l->sentence));
		if (!b)
			return SR_ENOMEM;
		l->sentence = b;
		c = sr_realloc(l->url, cap * sizeof(*l->url));
		if (!c)
			return SR_ENOMEM;
		l->url = c;
		e = sr_realloc(l->old_event, cap * sizeof(*l->old_event));
		if (!e)
			return SR_ENOMEM;
		l->old_event = e;
		l->cap = cap;
	}
	x = &l->m[l->n];
	memset(x, 0, sizeof(*x));
	sr__sq_row_record(st, 0, &x->ev);
	if (dup_fields(l, &x->ev))
		return SR_ENOMEM;
	s = (const char *)sqlite3_column_text(st, E_NCOLS);
	if (!s || sr_ymd_parse(s, strlen(s), &x->article_date))
		x->article_date.y = 0;
	s = (const char *)sqlite3_column_text(st, E_NCOLS + 1);
	x->source = s && *s ? dup(l, s) : NULL;
	x->source_key = x->source ? x->source : x->ev.article_id;
	l->url[l->n] =
	    dup(l, (const char *)sqlite3_column_text(st, E_NCOLS + 2));
	l->old_event[l->n] =
	    dup(l, (const char *)sqlite3_column_text(st, E_NCOLS + 3));
	l->sentence[l->n] =
	    dup(l, (const char *)sqlite3_column_text(st, E_SENTENCE));
	sr__merge_mention_init_day(x);
	l->n++;
	return SR_OK;
}

static void loaded_clear(struct loaded *l)
{
	sr_free(l->m);
	sr_free(l->sentence);
	sr_free(l->url);
	sr_free(l->old_event);
	sr__arena_clear(&l->ar);
}

static int cmp_mention(const void *a, const void *b)
{
	return sr__merge_cmp(a, b);
}

/* Sort l->m canonically (sentence and old_event follow through an index:
 * the mention's position before sorting is kept in ev.text_len). */
static void sort_loaded(struct loaded *l)
{
	const char **sent = NULL, **old = NULL, **url = NULL;
	size_t i;

	for (i = 0; i < l->n; i++)
		l->m[i].ev.text_len = i;
	qsort(l->m, l->n, sizeof(*l->m), cmp_mention);
	sent = sr__arena_alloc(&l->ar, 3 * l->n * sizeof(*sent) + 1);
	if (!sent)
		return; /* keep the SQL order; only the anchor choice suffers */
	old = sent + l->n;
	url = old + l->n;
	for (i = 0; i < l->n; i++) {
		size_t k = l->m[i].ev.text_len;
		sent[i] = l->sentence[k];
		old[i] = l->old_event[k];
		url[i] = l->url[k];
	}
	for (i = 0; i < l->n; i++) {
		l->sentence[i] = sent[i];
		l->old_event[i] = old[i];
		l->url[i] = url[i];
		l->m[i].ev.text_len = 0;
	}
}

/* ---- review rules ---- */

struct rules {
	char **a, **b;
	int *sign; /* +1 link, -1 unlink */
	size_t n;
};

static int rule_fn(void *ud, const char *x, const char *y)
{
	const struct rules *r = ud;
	size_t i;
	int v = 0;

	for (i = 0; i < r->n; i++)
		if ((!strcmp(r->a[i], x) && !strcmp(r->b[i], y)) ||
		    (!strcmp(r->a[i], y) && !strcmp(r->b[i], x))) {
			if (r->sign[i] < 0)
				return -1;
			v = 1;
		}
	return v;
}

static void rules_clear(struct rules *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		sr_free(r->a[i]);
		sr_free(r->b[i]);
	}
	sr_free(r->a);
	sr_free(r->b);
	sr_free(r->sign);
	memset(r, 0, sizeof(*r));
}

static int rules_load(struct store *s, struct rules *r)
{
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	memset(r, 0, sizeof(*r));
	if (sqlite3_prepare_v2(s->db,
			       "SELECT rule, a, b FROM review_rules"
			       " WHERE rule IN ('link', 'unlink') ORDER BY rid",
			       -1, &st, NULL))
		return SR_ESTORE;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 0);
		const char *a = (const char *)sqlite3_column_text(st, 1);
		const char *b = (const char *)sqlite3_column_text(st, 2);

		if (!k || !a || !b)
			continue;
		if (r->n == cap) {
			size_t c = cap ? cap * 2 : 8;
			char **na = sr_realloc(r->a, c * sizeof(char *));
			char **nb =
			    na ? sr_realloc(r->b, c * sizeof(char *)) : NULL;
			int *ns =
			    nb ? sr_realloc(r->sign, c * sizeof(int)) : NULL;
			if (na)
				r->a = na;
			if (nb)
				r->b = nb;
			if (!ns) {
				rc = SQLITE_NOMEM;
				break;
			}
			r->sign = ns;
			cap = c;
		}
		r->a[r->n] = sr__strdup(a);
		r->b[r->n] = sr__strdup(b);
		r->sign[r->n] = strcmp(k, "link") ? -1 : 1;
		r->n++;
		if (!r->a[r->n - 1] || !r->b[r->n - 1]) {
			rc = SQLITE_NOMEM;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SR_OK : SR_ESTORE;
}

/* ---- overrides ---- */

/* Find kind in data/ontology.tsv; 1 if found.  With ev, set the kind and
 * its mapping (strings into ar). */
int sr__sq_kind_known(const char *kind, struct sr_event *ev,
		      struct sr_arena *ar)
{
	struct sr_tsv t;
	const char **f[7];
	size_t i;

	memset(&t, 0, sizeof(t));
	t.data = sr__data("ontology.tsv", &t.len);
	if (!t.data || !kind)
		return 0;
	while (sr__tsv_next(&t)) {
		if (t.nfields < 7 || t.flen[0] != strlen(kind) ||
		    memcmp(t.field[0], kind, t.flen[0]))
			continue;
		if (!ev)
			return 1;
		f[0] = &ev->kind;
		f[1] = &ev->disorder_type;
		f[2] = &ev->event_type;
		f[3] = &ev->sub_event_type;
		f[4] = &ev->plover_type;
		f[5] = &ev->plover_mode;
		f[6] = &ev->cameo_code;
		for (i = 0; i < 7; i++)
			*f[i] = t.flen[i] ? sr__arena_strndup(ar, t.field[i],
							      t.flen[i])
					  : NULL;
		return 1;
	}
	return 0;
}

/* Apply the correction field = value (value "" = null) to ev. */
static void override(struct sr_event *ev, const char *field, const char *value,
		     struct sr_arena *ar)
{
	const char *v = value && *value
			    ? sr__arena_strndup(ar, value, strlen(value))
			    : NULL;
	int64_t n = v ? strtoll(v, NULL, 10) : SR_NULL_COUNT;
	int st;

	if (!strcmp(field, "kind")) {
		sr__sq_kind_known(v, ev, ar);
	} else if (!strcmp(field, "location")) {
		ev->location = v;
	} else if (!strcmp(field, "admin1")) {
		ev->admin1 = v;
	} else if (!strcmp(field, "country")) {
		ev->country = v;
	} else if (!strcmp(field, "iso3")) {
		ev->iso3 = v;
	} else if (!strcmp(field, "latitude")) {
		ev->latitude = v ? strtod(v, NULL) : 0;
	} else if (!strcmp(field, "longitude")) {
		ev->longitude = v ? strtod(v, NULL) : 0;
	} else if (!strcmp(field, "geo_precision")) {
		ev->geo_precision = v ? atoi(v) : 0;
	} else if (!strcmp(field, "gazetteer_id")) {
		ev->gazetteer_id = v ? strtoll(v, NULL, 10) : 0;
	} else if (!strcmp(field, "fatalities")) {
		ev->fatalities = ev->fatalities_low = ev->fatalities_high = n;
	} else if (!strcmp(field, "injured")) {
		ev->injured = ev->injured_low = ev->injured_high = n;
	} else if (!strcmp(field, "actor1")) {
		ev->actor1 = v;
	} else if (!strcmp(field, "actor1_iso3")) {
		ev->actor1_iso3 = v;
	} else if (!strcmp(field, "actor2")) {
		ev->actor2 = v;
	} else if (!strcmp(field, "actor2_iso3")) {
		ev->actor2_iso3 = v;
	} else if (!strcmp(field, "status")) {
		st = v ? sr_status_parse(v) : -1;
		if (st >= 0)
			ev->status = (enum sr_status)st;
	}
}

/* ---- rebuilding one event ---- */

struct rev_ctx {
	struct store *s;
	const char *event_id;
};

static int put_revision(void *ud, const struct sr_merge_revision *r)
{
	struct rev_ctx *c = ud;
	sqlite3_stmt *st = c->s->ins_revision;

	sqlite3_bind_text(st, 1, c->event_id, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 2, r->field, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 3, r->old_value, -1, SQLITE_STATIC);
	sqlite3_bind_text(st, 4, r->new_value, -1, SQLITE_STATIC);
	sr__sq_bind_str(st, 5, r->article_id);
	sr__sq_bind_date(st, 6, r->time);
	return sr__sq_run(st) ? SR_ESTORE : SR_OK;
}

static int del_by_id(sqlite3_stmt *st, const char *id)
{
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	return sr__sq_run(st);
}

int sr__sq_rebuild(struct store *s, const char *event_id, struct sr_diag *d)
{
	struct loaded l;
	struct sr_merge_member *info = NULL;
	struct sr_event out;
	struct rev_ctx rc_ctx = { s, event_id };
	sqlite3_stmt *st;
	char id[sizeof(out.event_id)];
	size_t i;
	int rc, rejected = 0;

	memset(&l, 0, sizeof(l));
	sr__arena_init(&l.ar, 0);
	snprintf(id, sizeof(id), "%s", event_id);
	rc_ctx.event_id = id;
	if (del_by_id(s->del_event, id) || del_by_id(s->del_sources, id) ||
	    del_by_id(s->del_revisions, id)) {
		rc = sr__sq_error(s, d, "cannot rebuild an event");
		goto out;
	}
	st = s->sel_members;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	rc = SR_OK;
	while (!rc && sqlite3_step(st) == SQLITE_ROW)
		rc = load_row(&l, st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc) {
		rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
		goto out;
	}
	if (!l.n)
		goto out; /* the event is gone */
	/* canonical order, the anchor first */
	sort_loaded(&l);
	info = sr_calloc(l.n, sizeof(*info));
	if (!info) {
		rc = sr_diag_set(d, SR_ENOMEM, s->path, 0, "out of memory");
		goto out;
	}
	rc = sr__merge_combine(l.m, l.n, &out, info, put_revision, &rc_ctx);
	if (rc) {
		rc = sr__sq_error(s, d, "cannot store revisions");
		goto out;
	}
	st = s->sel_overrides;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *k = (const char *)sqlite3_column_text(st, 0);
		const char *f = (const char *)sqlite3_column_text(st, 1);
		const char *v = (const char *)sqlite3_column_text(st, 2);

		if (k && !strcmp(k, "reject"))
			rejected = 1;
		else if (f)
			override(&out, f, v, &l.ar);
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);

	st = s->ins_event;
	sr__sq_bind_record(st, &out, l.m[0].ev.article_id, l.sentence[0],
			   l.sentence[0] ? strlen(l.sentence[0]) : 0);
	sqlite3_bind_int64(st, E_NCOLS + 1, (sqlite3_int64)l.n);
	sqlite3_bind_int(st, E_NCOLS + 2, rejected);
	if (sr__sq_run(st)) {
		rc = sr__sq_error(s, d, "cannot store an event");
		goto out;
	}
	st = s->ins_source;
	for (i = 0; i < l.n; i++) {
		sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
		sqlite3_bind_text(st, 3, l.m[i].ev.event_id, -1, SQLITE_STATIC);
		sr__sq_bind_str(st, 4, l.m[i].ev.article_id);
		sqlite3_bind_text(st, 5, info[i].reason, -1, SQLITE_STATIC);
		sqlite3_bind_double(st, 6, info[i].score);
		sqlite3_bind_text(st, 7, info[i].provides, -1, SQLITE_STATIC);
		if (sr__sq_run(st)) {
			rc = sr__sq_error(s, d, "cannot store a source");
			goto out;
		}
	}
out:
	sr_free(info);
	loaded_clear(&l);
	return rc;
}

/* ---- re-running the clustering ---- */

/* Load the dated mentions with days in [lo, hi] into l, sorted. */
static int load_range(struct store *s, sqlite3_stmt *st, struct loaded *l,
		      int64_t lo, int64_t hi)
{
	int rc = SR_OK;

	sr__sq_bind_date(st, 1, sr_ymd_from_days(lo));
	sr__sq_bind_date(st, 2, sr_ymd_from_days(hi));
	while (!rc && (rc = sqlite3_step(st)) == SQLITE_ROW)
		rc = load_row(l, st);
	sqlite3_reset(st);
	if (rc != SQLITE_DONE)
		return rc == SR_ENOMEM ? SR_ENOMEM : SR_ESTORE;
	sort_loaded(l);
	(void)s;
	return SR_OK;
}

/* Cluster l from the first mention of from_day on, stopping once the
 * assignments have been the old ones for a whole window past to_day and
 * the last change.  *stopped says whether that happened before the end. */
static void cluster_range(struct loaded *l, long *assign, int64_t from_day,
			  int64_t to_day, struct rules *r, size_t *start,
			  size_t *end, int *stopped)
{
	int64_t quiet = to_day;
	size_t i, j;

	for (i = 0; i < l->n && l->m[i].day < from_day; i++) {
		assign[i] = -1;
		/* the anchor, if still open to newcomers, is within the
		 * window before i */
		for (j = i + 1; l->old_event[i] && j-- > 0;) {
			if (l->m[i].day - l->m[j].day > SR_MERGE_WINDOW_DAYS)
				break;
			if (!strcmp(l->m[j].ev.event_id, l->old_event[i])) {
				assign[i] = (long)j;
				break;
			}
		}
	}
	*start = i;
	*stopped = 0;
	for (; i < l->n; i++) {
		const char *old = l->old_event[i];

		if (l->m[i].day > quiet + SR_MERGE_WINDOW_DAYS) {
			*stopped = 1;
			break;
		}
		assign[i] =
		    sr__merge_assign(l->m, i, assign, r->n ? rule_fn : NULL, r);
		if (!old || strcmp(old, l->m[assign[i]].ev.event_id))
			quiet = SR_MAX(quiet, l->m[i].day);
	}
	*end = i;
}

int sr__sq_touch_kind(struct sr__sq_touched *k, const char *kind)
{
	static const char *const family[] = { "shelling_missile",
					      "air_drone_strike" };
	size_t i;
	int rc = SR_OK, fam = 0;

	if (!kind)
		return SR_OK;
	for (i = 0; i < SR_ARRAY_LEN(family); i++)
		fam |= !strcmp(kind, family[i]);
	for (i = 0; i < k->n; i++)
		if (!strcmp(k->id[i], kind))
			return SR_OK;
	if (!fam)
		return sr__sq_touch(k, kind);
	for (i = 0; i < SR_ARRAY_LEN(family) && !rc; i++)
		rc = sr__sq_touch(k, family[i]);
	return rc;
}

int sr__sq_recluster(struct store *s, int64_t from_day, int64_t to_day,
		     const struct sr__sq_touched *kinds,
		     struct sr__sq_touched *t, struct sr_diag *d)
{
	struct loaded l;
	struct rules r;
	struct sr_buf sql;
	sqlite3_stmt *st = NULL, *mx = NULL;
	long *assign = NULL;
	size_t i, start = 0, end = 0;
	int64_t lo, hi, span, last_day = 0;
	int rc = SR_OK, stopped = 0;

	memset(&l, 0, sizeof(l));
	memset(&r, 0, sizeof(r));
	sr__arena_init(&l.ar, 0);
	sr__buf_init(&sql, 0);
	if (from_day == INT64_MAX)
		goto rebuild;
	if (rules_load(s, &r)) {
		rc = sr__sq_error(s, d, "cannot read review rules");
		goto out;
	}
	rc = sr__sq_select_cols(&sql, "m");
	if (!rc)
		rc = sr__buf_puts(
		    &sql, ", a.date, a.source, a.url, m.event_id"
			  " FROM mentions m JOIN articles a"
			  " ON a.id = m.article_id"
			  " WHERE m.event_date >= ?1 AND m.event_date <= ?2");
	if (!rc && kinds) {
		rc = sr__buf_puts(&sql, " AND m.kind IN (");
		for (i = 0; i < kinds->n && !rc; i++)
			rc =
			    sr__buf_printf(&sql, "%s?%zu", i ? "," : "", i + 3);
		if (!rc)
			rc = sr__buf_puts(&sql, kinds->n ? ")" : "NULL)");
	}
	if (rc) {
		rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL) ||
	    sqlite3_prepare_v2(s->db, "SELECT max(event_date) FROM mentions",
			       -1, &mx, NULL)) {
		rc = sr__sq_error(s, d, "cannot merge");
		goto out;
	}
	for (i = 0; kinds && i < kinds->n; i++)
		sqlite3_bind_text(st, (int)i + 3, kinds->id[i], -1,
				  SQLITE_STATIC);
	if (sqlite3_step(mx) == SQLITE_ROW &&
	    sqlite3_column_type(mx, 0) != SQLITE_NULL) {
		struct sr_ymd y;
		const char *m = (const char *)sqlite3_column_text(mx, 0);
		if (m && !sr_ymd_parse(m, strlen(m), &y))
			last_day = sr_ymd_to_days(y);
	}
	/* Load a range, cluster it; when the changes run on to its end and
	 * there is more, load a range twice as long and do it again. */
	lo = from_day - SR_MERGE_WINDOW_DAYS;
	span = to_day - lo + SR_MERGE_WINDOW_DAYS + 1;
	for (;;) {
		hi = lo + span;
		loaded_clear(&l);
		memset(&l, 0, sizeof(l));
		sr__arena_init(&l.ar, 0);
		rc = load_range(s, st, &l, lo, hi);
		if (rc) {
			rc = rc == SR_ENOMEM
				 ? sr_diag_set(d, rc, s->path, 0,
					       "out of memory")
				 : sr__sq_error(s, d, "cannot merge");
			goto out;
		}
		sr_free(assign);
		assign = sr_malloc((l.n + 1) * sizeof(*assign));
		if (!assign) {
			rc = sr_diag_set(d, SR_ENOMEM, s->path, 0,
					 "out of memory");
			goto out;
		}
		cluster_range(&l, assign, from_day, to_day, &r, &start, &end,
			      &stopped);
		if (stopped || hi >= last_day)
			break;
		span *= 2;
	}
	for (i = start; i < end && !rc; i++) {
		const char *now = l.m[assign[i]].ev.event_id;
		const char *old = l.old_event[i];

		if (old && !strcmp(old, now))
			continue;
		if ((old && sr__sq_touch(t, old)) || sr__sq_touch(t, now)) {
			rc = sr_diag_set(d, SR_ENOMEM, s->path, 0,
					 "out of memory");
			break;
		}
		sqlite3_bind_text(s->set_mention_event, 1, l.m[i].ev.event_id,
				  -1, SQLITE_STATIC);
		sqlite3_bind_text(s->set_mention_event, 2, now, -1,
				  SQLITE_STATIC);
		if (sr__sq_run(s->set_mention_event))
			rc = sr__sq_error(s, d, "cannot merge");
	}
	if (rc)
		goto out;
rebuild:
	if (t->n)
		qsort(t->id, t->n, sizeof(*t->id), cmp_str);
	for (i = 0; i < t->n && !rc; i++)
		if (i == 0 || strcmp(t->id[i], t->id[i - 1]))
			rc = sr__sq_rebuild(s, t->id[i], d);
out:
	sqlite3_finalize(st);
	sqlite3_finalize(mx);
	sr_free(assign);
	rules_clear(&r);
	loaded_clear(&l);
	sr__buf_clear(&sql);
	return rc;
}
