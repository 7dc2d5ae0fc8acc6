/*
 * store_review.c - people on top of the merge: `explain` (an event's
 * mentions, sentences, spans, merge reasons, revisions and corrections)
 * and the review file round trip (export, apply).
 *
 * Exports: sr__sq_explain, sr__sq_review_export, sr__sq_review_apply.
 *
 * The review file is TSV.  Lines starting with '#' and blank lines are
 * skipped; the first other line is the header and names the columns, so a
 * hand-written file may carry only some of them (event_id is required):
 *
 *   event_id event_date kind location latitude longitude fatalities
 *   injured actor1 actor2 status sources action
 *
 * Export writes every column; apply compares each editable cell (kind,
 * location, latitude, longitude, fatalities, injured, actor1, actor2,
 * status) with the event as stored and records each difference as a
 * correction; an empty cell leaves the field as it is and "null" clears
 * it.  action is empty, "reject",
 * "merge EVENT_ID" (the other event's reports join this one) or
 * "split MENTION_ID" (that report leaves this event).  event_date and
 * sources are for reading only.  A place given by name only takes the
 * coordinates of a stored report that names the same place.
 *
 * Invariants: each line is one transaction: a bad line changes nothing
 * and the others apply.  Corrections are review_rules keyed by mention
 * ids, so they survive later ingests and re-merges; each is also a
 * review_audit row with reviewer, time (UTC), file and line.
 *
 * Does not: look places up in a gazetteer.
 */
#include "store_sqlite.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const columns[] = {
	"event_id",  "event_date", "kind",    "location", "latitude",
	"longitude", "fatalities", "injured", "actor1",	  "actor2",
	"status",    "sources",	   "action",
};
enum {
	C_ID,
	C_DATE,
	C_KIND,
	C_LOC,
	C_LAT,
	C_LON,
	C_FAT,
	C_INJ,
	C_A1,
	C_A2,
	C_STATUS,
	C_SOURCES,
	C_ACTION,
	C_N
};

/* ---- explain ---- */

static void put_span(FILE *fp, const char *name, struct sr_span sp,
		     const char *text, size_t len)
{
	if (!sp.len)
		return;
	fprintf(fp, "      %-10s [%u,%u]", name, (unsigned)sp.off,
		(unsigned)sp.len);
	if (text && sp.off <= len && sp.len <= len - sp.off)
		fprintf(fp, " \"%.*s\"", (int)sp.len, text + sp.off);
	fputc('\n', fp);
}

static const char *nz(const unsigned char *s)
{
	return s ? (const char *)s : "-";
}

int sr__sq_explain(void *impl, const char *event_id, FILE *fp,
		   struct sr_diag *d)
{
	struct store *s = impl;
	struct sr_buf sql;
	sqlite3_stmt *st = NULL;
	struct sr_event ev;
	int rc = SR_OK, n = 0;

	sr__buf_init(&sql, 0);
	rc = sr__sq_select_cols(&sql, "e");
	if (!rc)
		rc = sr__buf_puts(&sql, ", e.source_count, e.rejected FROM"
					" events e WHERE e.event_id = ?1");
	if (rc || sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL)) {
		rc = sr__sq_error(s, d, "cannot explain");
		goto out;
	}
	sqlite3_bind_text(st, 1, event_id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = sr_diag_set(d, SR_ENOTFOUND, s->path, 0,
				 "no event '%s' in the store", event_id);
		goto out;
	}
	sr__sq_row_record(st, 0, &ev);
	fprintf(fp, "event %s%s\n", ev.event_id,
		sqlite3_column_int(st, E_NCOLS + 1) ? " (rejected by review)"
						    : "");
	fprintf(fp, "  kind %s, %s (time precision %d)\n",
		ev.kind ? ev.kind : "-", ev.event_date.y ? "dated" : "undated",
		ev.time_precision);
	if (ev.event_date.y) {
		char b[11];
		sr_ymd_format(ev.event_date, b);
		fprintf(fp, "  date %s\n", b);
	}
	fprintf(fp, "  place %s, %s, %s (%.5f, %.5f; geo precision %d)\n",
		ev.location ? ev.location : "-", ev.admin1 ? ev.admin1 : "-",
		ev.country ? ev.country : "-", ev.latitude, ev.longitude,
		ev.geo_precision);
	fprintf(fp, "  actors %s -> %s\n", ev.actor1 ? ev.actor1 : "-",
		ev.actor2 ? ev.actor2 : "-");
	{
		char f[24] = "null", j[24] = "null";
		if (ev.fatalities != SR_NULL_COUNT)
			snprintf(f, sizeof(f), "%lld",
				 (long long)ev.fatalities);
		if (ev.injured != SR_NULL_COUNT)
			snprintf(j, sizeof(j), "%lld", (long long)ev.injured);
		fprintf(fp,
			"  fatalities %s, injured %s, status %s, %d "
			"source(s)\n",
			f, j, sr_status_name(ev.status),
			sqlite3_column_int(st, E_NCOLS));
	}
	sqlite3_finalize(st);
	st = NULL;

	if (sqlite3_prepare_v2(
		s->db,
		"SELECT s.mention_id, s.article_id, a.date, a.source, a.url,"
		" m.sentence, m.sentence_off, m.spans, a.text, s.reason,"
		" s.score, s.provides, m.kind, m.fatalities, m.injured,"
		" m.status, m.location FROM event_sources s"
		" JOIN mentions m ON m.mention_id = s.mention_id"
		" JOIN articles a ON a.id = s.article_id"
		" WHERE s.event_id = ?1 ORDER BY s.ord",
		-1, &st, NULL)) {
		rc = sr__sq_error(s, d, "cannot explain");
		goto out;
	}
	sqlite3_bind_text(st, 1, event_id, -1, SQLITE_STATIC);
	fprintf(fp, "mentions:\n");
	while (sqlite3_step(st) == SQLITE_ROW) {
		struct sr_spans sp;
		const char *text = (const char *)sqlite3_column_text(st, 8);
		size_t len = (size_t)sqlite3_column_bytes(st, 8);

		sr__store_spans_parse((const char *)sqlite3_column_text(st, 7),
				      &sp);
		fprintf(
		    fp, "  %d. %s  article %s (%s, source %s%s%s)\n", ++n,
		    sqlite3_column_text(st, 0), nz(sqlite3_column_text(st, 1)),
		    nz(sqlite3_column_text(st, 2)),
		    nz(sqlite3_column_text(st, 3)),
		    sqlite3_column_text(st, 4) ? ", " : "",
		    sqlite3_column_text(st, 4) ? nz(sqlite3_column_text(st, 4))
					       : "");
		fprintf(fp,
			"     says: %s at %s, fatalities %s, injured %s, "
			"%s\n",
			nz(sqlite3_column_text(st, 12)),
			nz(sqlite3_column_text(st, 16)),
			nz(sqlite3_column_text(st, 13)),
			nz(sqlite3_column_text(st, 14)),
			nz(sqlite3_column_text(st, 15)));
		fprintf(fp, "     sentence [%lld]: %s\n",
			(long long)sqlite3_column_int64(st, 6),
			nz(sqlite3_column_text(st, 5)));
		fprintf(fp, "     spans:\n");
		put_span(fp, "trigger", sp.trigger, text, len);
		put_span(fp, "actor1", sp.actor1, text, len);
		put_span(fp, "actor2", sp.actor2, text, len);
		put_span(fp, "place", sp.place, text, len);
		put_span(fp, "date", sp.date, text, len);
		put_span(fp, "fatalities", sp.fatalities, text, len);
		put_span(fp, "injured", sp.injured, text, len);
		put_span(fp, "quantity", sp.quantity, text, len);
		put_span(fp, "weapons", sp.weapons, text, len);
		put_span(fp, "claim", sp.claim, text, len);
		fprintf(fp, "     merge: %s (score %.2f)\n",
			nz(sqlite3_column_text(st, 9)),
			sqlite3_column_double(st, 10));
		fprintf(fp, "     provides: %s\n",
			sqlite3_column_bytes(st, 11)
			    ? nz(sqlite3_column_text(st, 11))
			    : "-");
	}
	sqlite3_finalize(st);
	st = NULL;

	if (sqlite3_prepare_v2(s->db,
			       "SELECT time, field, old, new,"
			       " article_id FROM revisions WHERE event_id = ?1"
			       " ORDER BY rid",
			       -1, &st, NULL)) {
		rc = sr__sq_error(s, d, "cannot explain");
		goto out;
	}
	sqlite3_bind_text(st, 1, event_id, -1, SQLITE_STATIC);
	fprintf(fp, "revisions:\n");
	n = 0;
	while (sqlite3_step(st) == SQLITE_ROW && ++n)
		fprintf(fp, "  %s  %s %s -> %s  (article %s)\n",
			nz(sqlite3_column_text(st, 0)),
			nz(sqlite3_column_text(st, 1)),
			nz(sqlite3_column_text(st, 2)),
			nz(sqlite3_column_text(st, 3)),
			nz(sqlite3_column_text(st, 4)));
	if (!n)
		fprintf(fp, "  none\n");
	sqlite3_finalize(st);
	st = NULL;

	if (sqlite3_prepare_v2(s->db,
			       "SELECT time, reviewer, action, field,"
			       " old, new, file, line FROM review_audit WHERE"
			       " event_id IN (?1) OR event_id IN (SELECT"
			       " mention_id FROM mentions WHERE event_id = ?1)"
			       " ORDER BY rid",
			       -1, &st, NULL)) {
		rc = sr__sq_error(s, d, "cannot explain");
		goto out;
	}
	sqlite3_bind_text(st, 1, event_id, -1, SQLITE_STATIC);
	fprintf(fp, "review:\n");
	n = 0;
	while (sqlite3_step(st) == SQLITE_ROW && ++n)
		fprintf(fp, "  %s  %s  %s %s %s -> %s  (%s:%d)\n",
			nz(sqlite3_column_text(st, 0)),
			nz(sqlite3_column_text(st, 1)),
			nz(sqlite3_column_text(st, 2)),
			nz(sqlite3_column_text(st, 3)),
			nz(sqlite3_column_text(st, 4)),
			nz(sqlite3_column_text(st, 5)),
			nz(sqlite3_column_text(st, 6)),
			sqlite3_column_int(st, 7));
	if (!n)
		fprintf(fp, "  none\n");
out:
	sqlite3_finalize(st);
	sr__buf_clear(&sql);
	return rc;
}

/* ---- export ---- */

static void put_cell(FILE *fp, const char *v)
{
	for (; v && *v; v++)
		fputc(*v == '\t' || *v == '\n' || *v == '\r' ? ' ' : *v, fp);
}

static void put_count(FILE *fp, int64_t v)
{
	if (v != SR_NULL_COUNT)
		fprintf(fp, "%lld", (long long)v);
}

static int export_one(void *ud, const struct sr_event *ev)
{
	FILE *fp = ud;
	char b[11];

	put_cell(fp, ev->event_id);
	fputc('\t', fp);
	if (ev->event_date.y) {
		sr_ymd_format(ev->event_date, b);
		fputs(b, fp);
	}
	fputc('\t', fp);
	put_cell(fp, ev->kind);
	fputc('\t', fp);
	put_cell(fp, ev->location);
	fputc('\t', fp);
	if (ev->geo_precision)
		fprintf(fp, "%.5f\t%.5f", ev->latitude, ev->longitude);
	else
		fputc('\t', fp);
	fputc('\t', fp);
	put_count(fp, ev->fatalities);
	fputc('\t', fp);
	put_count(fp, ev->injured);
	fputc('\t', fp);
	put_cell(fp, ev->actor1);
	fputc('\t', fp);
	put_cell(fp, ev->actor2);
	fputc('\t', fp);
	put_cell(fp, sr_status_name(ev->status));
	fprintf(fp, "\t%zu\t\n", ev->source_count);
	return ferror(fp) ? SR_EIO : 0;
}

int sr__sq_review_export(void *impl, const struct sr_query *q, FILE *fp,
			 struct sr_diag *d)
{
	size_t i;

	fprintf(fp,
		"# sitrep review file.  Edit kind, location, latitude, "
		"longitude, fatalities,\n# injured, actor1, actor2 or status "
		"(empty = null); in action write reject,\n# merge EVENT_ID or "
		"split MENTION_ID.  Apply with: sitrep review apply FILE\n");
	for (i = 0; i < C_N; i++)
		fprintf(fp, "%s%s", i ? "\t" : "", columns[i]);
	fputc('\n', fp);
	return sr__sq_query(impl, q, export_one, fp, d);
}

/* ---- apply ---- */

struct change {
	const char *field;
	char old_v[128];
	char new_v[128];
};

struct line {
	const char *cell[C_N]; /* NULL: column absent */
	char buf[8192];
	struct change ch[24];
	size_t nch;
	char action[16];
	char target[128];
	int64_t lo, hi; /* day range of the mentions involved */
};

static void add_change(struct line *l, const char *field, const char *old_v,
		       const char *new_v)
{
	struct change *c;

	if (l->nch >= SR_ARRAY_LEN(l->ch))
		return;
	c = &l->ch[l->nch++];
	c->field = field;
	snprintf(c->old_v, sizeof(c->old_v), "%s", old_v ? old_v : "");
	snprintf(c->new_v, sizeof(c->new_v), "%s", new_v ? new_v : "");
}

/* cell "null" stands for no value */
static const char *cellv(const char *cell)
{
	return strcmp(cell, "null") ? cell : "";
}

static int str_differs(const char *cur, const char *cell)
{
	return strcmp(cur ? cur : "", cellv(cell));
}

/* The first ncols text values of the first row of sql (?1 bound to arg)
 * into vals: 1 found, 0 not, -1 error. */
static int lookup(struct store *s, const char *sql, const char *arg, int ncols,
		  char vals[][128])
{
	sqlite3_stmt *st = NULL;
	int found = 0, i;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL))
		return -1;
	sqlite3_bind_text(st, 1, arg, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		found = 1;
		for (i = 0; i < ncols; i++)
			snprintf(vals[i], 128, "%s",
				 sqlite3_column_text(st, i)
				     ? (const char *)sqlite3_column_text(st, i)
				     : "");
	}
	sqlite3_finalize(st);
	return found;
}

static int parse_count(const char *c, int64_t *v)
{
	char *end;
	long long x;

	if (!strcmp(c, "null")) {
		*v = SR_NULL_COUNT;
		return 0;
	}
	x = strtoll(c, &end, 10);
	if (*end || x < 0)
		return -1;
	*v = x;
	return 0;
}

/* The day range of the mentions of event id, widened into l. */
static void mention_days(struct store *s, const char *id, struct line *l)
{
	sqlite3_stmt *st = NULL;

	if (sqlite3_prepare_v2(s->db,
			       "SELECT min(event_date),"
			       " max(event_date) FROM mentions WHERE event_id"
			       " = ?1",
			       -1, &st, NULL))
		return;
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		int i;
		for (i = 0; i < 2; i++) {
			const char *t =
			    (const char *)sqlite3_column_text(st, i);
			struct sr_ymd y;
			if (t && !sr_ymd_parse(t, strlen(t), &y)) {
				int64_t dd = sr_ymd_to_days(y);
				l->lo = SR_MIN(l->lo, dd);
				l->hi = SR_MAX(l->hi, dd);
			}
		}
	}
	sqlite3_finalize(st);
}

/* Check one row against the stored event; fill l->ch and the action.
 * 0 or SR_EINPUT with *d. */
static int check_line(struct store *s, struct line *l, const char *file,
		      uint32_t lineno, struct sr_diag *d)
{
	struct sr_buf sql;
	sqlite3_stmt *st = NULL;
	struct sr_event ev;
	const char *id = l->cell[C_ID];
	char vals[8][128], cur[64];
	int rc = SR_OK, found;
	int64_t v;

	sr__buf_init(&sql, 0);
	if (!id || !*id) {
		rc = sr_diag_set(d, SR_EINPUT, file, lineno, "no event_id");
		goto out;
	}
	if (sr__sq_select_cols(&sql, "e") ||
	    sr__buf_puts(&sql, " FROM events e WHERE e.event_id = ?1") ||
	    sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL)) {
		rc = sr__sq_error(s, d, "cannot read the store");
		goto out;
	}
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	if (sqlite3_step(st) != SQLITE_ROW) {
		rc = sr_diag_set(d, SR_EINPUT, file, lineno,
				 "no event '%s' in the store", id);
		goto out;
	}
	sr__sq_row_record(st, 0, &ev);
	l->lo = INT64_MAX;
	l->hi = INT64_MIN;
	mention_days(s, id, l);

	if (l->cell[C_KIND] && str_differs(ev.kind, l->cell[C_KIND])) {
		if (!sr__sq_kind_known(l->cell[C_KIND], NULL, NULL)) {
			rc = sr_diag_set(d, SR_EINPUT, file, lineno,
					 "unknown kind '%s'", l->cell[C_KIND]);
			goto out;
		}
		add_change(l, "kind", ev.kind, l->cell[C_KIND]);
	}
	{
		const char *la = l->cell[C_LAT], *lo = l->cell[C_LON];
		double lat = ev.latitude, lon = ev.longitude;
		char *e1 = NULL, *e2 = NULL;
		int moved = 0;

		if (la && lo && (*la || *lo)) {
			lat = strtod(la, &e1);
			lon = strtod(lo, &e2);
			if (*e1 || *e2 || !*la || !*lo ||
			    !(lat >= -90 && lat <= 90) ||
			    !(lon >= -180 && lon <= 180)) {
				rc = sr_diag_set(d, SR_EINPUT, file, lineno,
						 "bad latitude/longitude "
						 "'%s','%s'",
						 la, lo);
				goto out;
			}
			moved = !ev.geo_precision ||
				fabs(lat - ev.latitude) > 1e-5 ||
				fabs(lon - ev.longitude) > 1e-5;
		}
		if (moved) {
			snprintf(vals[0], 128, "%.5f", lat);
			snprintf(cur, sizeof(cur), "%.5f", ev.latitude);
			add_change(l, "latitude", cur, vals[0]);
			snprintf(vals[0], 128, "%.5f", lon);
			snprintf(cur, sizeof(cur), "%.5f", ev.longitude);
			add_change(l, "longitude", cur, vals[0]);
			snprintf(cur, sizeof(cur), "%d", ev.geo_precision);
			add_change(l, "geo_precision", cur, "1");
		}
		if (l->cell[C_LOC] &&
		    str_differs(ev.location, l->cell[C_LOC])) {
			add_change(l, "location", ev.location,
				   cellv(l->cell[C_LOC]));
			found = moved || !*cellv(l->cell[C_LOC])
				    ? 0
				    : lookup(s,
					     "SELECT latitude, longitude, "
					     "geo_precision,"
					     " admin1, country, iso3, "
					     "gazetteer_id FROM"
					     " mentions WHERE location = ?1 "
					     "AND latitude IS"
					     " NOT NULL ORDER BY geo_precision "
					     "LIMIT 1",
					     l->cell[C_LOC], 7, vals);
			if (found > 0) {
				add_change(l, "latitude", "", vals[0]);
				add_change(l, "longitude", "", vals[1]);
				add_change(l, "geo_precision", "", vals[2]);
				add_change(l, "admin1", ev.admin1, vals[3]);
				add_change(l, "country", ev.country, vals[4]);
				add_change(l, "iso3", ev.iso3, vals[5]);
				add_change(l, "gazetteer_id", "", vals[6]);
			}
		}
	}
	if (l->cell[C_FAT]) {
		if (parse_count(l->cell[C_FAT], &v)) {
			rc = sr_diag_set(d, SR_EINPUT, file, lineno,
					 "fatalities: '%s' is not a count",
					 l->cell[C_FAT]);
			goto out;
		}
		if (v != ev.fatalities) {
			snprintf(cur, sizeof(cur), "%lld",
				 (long long)ev.fatalities);
			add_change(l, "fatalities",
				   ev.fatalities == SR_NULL_COUNT ? "" : cur,
				   cellv(l->cell[C_FAT]));
		}
	}
	if (l->cell[C_INJ]) {
		if (parse_count(l->cell[C_INJ], &v)) {
			rc = sr_diag_set(d, SR_EINPUT, file, lineno,
					 "injured: '%s' is not a count",
					 l->cell[C_INJ]);
			goto out;
		}
		if (v != ev.injured) {
			snprintf(cur, sizeof(cur), "%lld",
				 (long long)ev.injured);
			add_change(l, "injured",
				   ev.injured == SR_NULL_COUNT ? "" : cur,
				   cellv(l->cell[C_INJ]));
		}
	}
	if (l->cell[C_A1] && str_differs(ev.actor1, l->cell[C_A1])) {
		add_change(l, "actor1", ev.actor1, cellv(l->cell[C_A1]));
		found = lookup(s,
			       "SELECT actor1_iso3 FROM mentions WHERE"
			       " actor1 = ?1 AND actor1_iso3 IS NOT NULL"
			       " LIMIT 1",
			       l->cell[C_A1], 1, vals);
		add_change(l, "actor1_iso3", ev.actor1_iso3,
			   found > 0 ? vals[0] : "");
	}
	if (l->cell[C_A2] && str_differs(ev.actor2, l->cell[C_A2])) {
		add_change(l, "actor2", ev.actor2, cellv(l->cell[C_A2]));
		found = lookup(s,
			       "SELECT actor2_iso3 FROM mentions WHERE"
			       " actor2 = ?1 AND actor2_iso3 IS NOT NULL"
			       " LIMIT 1",
			       l->cell[C_A2], 1, vals);
		add_change(l, "actor2_iso3", ev.actor2_iso3,
			   found > 0 ? vals[0] : "");
	}
	if (l->cell[C_STATUS] &&
	    strcmp(sr_status_name(ev.status), l->cell[C_STATUS])) {
		if (sr_status_parse(l->cell[C_STATUS]) < 0) {
			rc = sr_diag_set(d, SR_EINPUT, file, lineno,
					 "unknown status '%s'",
					 l->cell[C_STATUS]);
			goto out;
		}
		add_change(l, "status", sr_status_name(ev.status),
			   l->cell[C_STATUS]);
	}
	if (l->cell[C_ACTION]) {
		const char *a = l->cell[C_ACTION], *sp = strchr(a, ' ');
		size_t n = sp ? (size_t)(sp - a) : strlen(a);

		snprintf(l->action, sizeof(l->action), "%.*s", (int)n, a);
		snprintf(l->target, sizeof(l->target), "%s",
			 sp ? sp + strspn(sp, " ") : "");
		if (!strcmp(l->action, "reject") && !l->target[0]) {
			;
		} else if (!strcmp(l->action, "merge") && l->target[0]) {
			found = lookup(s,
				       "SELECT event_id FROM events WHERE"
				       " event_id = ?1",
				       l->target, 1, vals);
			if (found <= 0 || !strcmp(l->target, id)) {
				rc = sr_diag_set(d, SR_EINPUT, file, lineno,
						 "merge: no other event '%s'",
						 l->target);
				goto out;
			}
			mention_days(s, l->target, l);
		} else if (!strcmp(l->action, "split") && l->target[0]) {
			found = lookup(s,
				       "SELECT event_id FROM mentions WHERE"
				       " mention_id = ?1",
				       l->target, 1, vals);
			if (found <= 0 || strcmp(vals[0], id)) {
				rc = sr_diag_set(d, SR_EINPUT, file, lineno,
						 "split: '%s' is not a report "
						 "of event %s",
						 l->target, id);
				goto out;
			}
		} else {
			rc = sr_diag_set(d, SR_EINPUT, file, lineno,
					 "unknown action '%s' (want reject, "
					 "merge EVENT_ID or split MENTION_ID)",
					 a);
			goto out;
		}
	}
out:
	sqlite3_finalize(st);
	sr__buf_clear(&sql);
	return rc;
}

static int exec1(struct store *s, const char *sql, const char *const *args,
		 int nargs, int64_t iarg)
{
	sqlite3_stmt *st = NULL;
	int i, rc;

	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL))
		return SR_ESTORE;
	for (i = 0; i < nargs; i++)
		sr__sq_bind_str(st, i + 1, args[i]);
	if (iarg >= 0)
		sqlite3_bind_int64(st, nargs + 1, iarg);
	rc = sqlite3_step(st) == SQLITE_DONE ? SR_OK : SR_ESTORE;
	sqlite3_finalize(st);
	return rc;
}

/* Record and carry out the checked line l. */
static int apply_line(struct store *s, struct line *l, const char *file,
		      uint32_t lineno, const char *reviewer, const char *now,
		      struct sr_diag *d)
{
	struct sr__sq_touched t = { NULL, 0, 0 };
	const char *id = l->cell[C_ID];
	char lno[16], ids[2][128];
	size_t i;
	int rc = SR_OK, recluster = 0;

	snprintf(lno, sizeof(lno), "%u", (unsigned)lineno);
	snprintf(ids[0], sizeof(ids[0]), "%s", id);
	for (i = 0; i < l->nch && !rc; i++) {
		const char *a[] = { now,
				    reviewer,
				    file,
				    lno,
				    id,
				    "set",
				    l->ch[i].field,
				    l->ch[i].old_v,
				    l->ch[i].new_v };
		const char *r[] = { id, l->ch[i].field, l->ch[i].new_v };

		rc = exec1(s,
			   "INSERT INTO review_audit(time, reviewer, file,"
			   " line, event_id, action, field, old, new) VALUES"
			   " (?,?,?,?,?,?,?,?,?)",
			   a, 9, -1);
		if (!rc)
			rc = exec1(s,
				   "INSERT INTO review_rules(rule, a, b,"
				   " value, audit_rid) VALUES ('set',?,?,?,"
				   "last_insert_rowid())",
				   r, 3, -1);
	}
	if (!rc && l->action[0]) {
		const char *a[] = { now,
				    reviewer,
				    file,
				    lno,
				    id,
				    l->action,
				    l->target[0] ? l->target : NULL };
		const char *r[] = { id, l->target };

		rc = exec1(s,
			   "INSERT INTO review_audit(time, reviewer, file,"
			   " line, event_id, action, new) VALUES"
			   " (?,?,?,?,?,?,?)",
			   a, 7, -1);
		if (!rc && !strcmp(l->action, "reject"))
			rc = exec1(s,
				   "INSERT INTO review_rules(rule, a)"
				   " VALUES ('reject', ?)",
				   r, 1, -1);
		if (!rc && !strcmp(l->action, "merge")) {
			rc = exec1(s,
				   "INSERT INTO review_rules(rule, a, b)"
				   " SELECT 'link', x.mention_id, y.mention_id"
				   " FROM mentions x, mentions y WHERE"
				   " x.event_id = ?1 AND y.event_id = ?2",
				   r, 2, -1);
			recluster = 1;
		}
		if (!rc && !strcmp(l->action, "split")) {
			rc = exec1(s,
				   "INSERT INTO review_rules(rule, a, b)"
				   " SELECT 'unlink', ?2, mention_id FROM"
				   " mentions WHERE event_id = ?1 AND"
				   " mention_id <> ?2",
				   r, 2, -1);
			recluster = 1;
		}
		if (l->target[0] && !strcmp(l->action, "merge"))
			snprintf(ids[1], sizeof(ids[1]), "%s", l->target);
		else
			ids[1][0] = '\0';
	}
	if (rc)
		return sr__sq_error(s, d, "cannot record the review");
	if (sr__sq_touch(&t, ids[0]) ||
	    (l->action[0] && ids[1][0] && sr__sq_touch(&t, ids[1]))) {
		sr__sq_touched_clear(&t);
		return sr_diag_set(d, SR_ENOMEM, s->path, 0, "out of memory");
	}
	rc = sr__sq_recluster(
	    s, recluster && l->lo != INT64_MAX ? l->lo : INT64_MAX, l->hi, NULL,
	    &t, d);
	sr__sq_touched_clear(&t);
	return rc;
}

/* Split line into cells by the header's column map. */
static void split_cells(struct line *l, const char *text, size_t n,
			const int *map, size_t ncols)
{
	size_t i = 0, col = 0, start = 0, k = 0;

	memset(l->cell, 0, sizeof(l->cell));
	if (n >= sizeof(l->buf))
		n = sizeof(l->buf) - 1;
	memcpy(l->buf, text, n);
	l->buf[n] = '\0';
	for (i = 0; i <= n; i++) {
		if (i < n && l->buf[i] != '\t')
			continue;
		l->buf[i] = '\0';
		if (col < ncols && map[col] >= 0)
			l->cell[map[col]] = l->buf + start;
		col++;
		start = i + 1;
		k++;
	}
	/* an empty cell leaves the field as it is ("null" clears it) */
	for (i = 0; i < C_N; i++)
		if (l->cell[i] && !*l->cell[i])
			l->cell[i] = NULL;
	(void)k;
}

int sr__sq_review_apply(void *impl, const char *path, const char *reviewer,
			sr_diag_fn on_bad, void *ud, size_t *applied,
			struct sr_diag *d)
{
	struct store *s = impl;
	struct line *l = NULL;
	char *text = NULL, now[32];
	size_t len = 0, pos = 0, ncols = 0, i;
	int map[32], rc, bad = 0, have_header = 0;
	uint32_t lineno = 0;
	time_t tt = time(NULL);
	struct tm tm;

	gmtime_r(&tt, &tm);
	strftime(now, sizeof(now), "%Y-%m-%dT%H:%M:%SZ", &tm);
	rc = sr__read_file(path, 16u << 20, &text, &len, d);
	if (rc)
		return rc;
	l = sr_calloc(1, sizeof(*l));
	if (!l) {
		rc = sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
		goto out;
	}
	while (pos < len) {
		const char *p = text + pos, *nl = memchr(p, '\n', len - pos);
		size_t n = nl ? (size_t)(nl - p) : len - pos;
		struct sr_diag ld;

		pos += n + (nl ? 1 : 0);
		lineno++;
		if (n && p[n - 1] == '\r')
			n--;
		if (!n || p[0] == '#')
			continue;
		memset(&ld, 0, sizeof(ld));
		if (!have_header) {
			size_t st = 0, c;
			ncols = 0;
			for (c = 0; c <= n && ncols < SR_ARRAY_LEN(map); c++) {
				if (c < n && p[c] != '\t')
					continue;
				map[ncols] = -1;
				for (i = 0; i < C_N; i++)
					if (strlen(columns[i]) == c - st &&
					    !memcmp(columns[i], p + st, c - st))
						map[ncols] = (int)i;
				ncols++;
				st = c + 1;
			}
			if (ncols == 0 || map[0] != C_ID) {
				sr_diag_set(&ld, SR_EINPUT, path, lineno,
					    "the header must start with "
					    "event_id (see sitrep review "
					    "--help)");
				if (on_bad)
					on_bad(ud, &ld);
				rc = SR_EINPUT;
				goto out;
			}
			have_header = 1;
			continue;
		}
		memset(l, 0, sizeof(*l));
		split_cells(l, p, n, map, ncols);
		rc = check_line(s, l, path, lineno, &ld);
		if (rc == SR_EINPUT) {
			bad = 1;
			if (on_bad)
				on_bad(ud, &ld);
			continue;
		}
		if (rc) {
			*d = ld;
			goto out;
		}
		if (!l->nch && !l->action[0])
			continue;
		if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) {
			rc = sr__sq_error(s, d, "cannot begin a transaction");
			goto out;
		}
		rc = apply_line(s, l, path, lineno, reviewer, now, d);
		if (rc) {
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			goto out;
		}
		if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL)) {
			rc = sr__sq_error(s, d, "cannot commit");
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			goto out;
		}
		if (applied)
			*applied += l->nch + (l->action[0] ? 1 : 0);
	}
	if (!have_header) {
		rc = sr_diag_set(d, SR_EINPUT, path, 0,
				 "no header line (event_id ...)");
		goto out;
	}
	rc = bad ? SR_EINPUT : SR_OK;
out:
	sr_free(text);
	sr_free(l);
	return rc;
}
