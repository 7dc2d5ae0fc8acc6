/*
 * store_query.c - queries over the merged events of the SQLite store:
 * filters by date, kind, country, distance (R*Tree) and text (FTS5 over
 * the articles of any of an event's reports), each event with its sources.
 *
 * Exports: sr__sq_query (store_sqlite.h).
 *
 * Invariants: events rejected by review are never returned; an event's
 * text is its anchor article's, so its spans are exact; its sources are
 * borrowed from scratch memory valid during the callback.
 *
 * Does not: write anything.
 */
#include "store_sqlite.h"

#include <stdio.h>
#include <string.h>

/* Query results: the record columns, then these (the text column is a
 * NULL placeholder: article_text reads it for the events handed out). */
enum { Q_ARTICLE_TEXT = E_NCOLS, Q_EVENT_RID, Q_NCOLS };

static const char *cdup(struct sr_arena *ar, sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);

	return s ? sr__arena_strndup(ar, s, strlen(s)) : NULL;
}

static int64_t ccount(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL
		   ? SR_NULL_COUNT
		   : sqlite3_column_int64(st, i);
}

static struct sr_ymd cdate(sqlite3_stmt *st, int i)
{
	const char *s = (const char *)sqlite3_column_text(st, i);
	struct sr_ymd y = { 0, 0, 0 };

	if (!s || sr_ymd_parse(s, strlen(s), &y))
		y.y = 0;
	return y;
}

/* Fill ev->sources from event_sources; memory in src and ar, reset here. */
static int load_sources(struct store *s, struct sr_event *ev,
			struct sr_buf *src, struct sr_arena *ar)
{
	sqlite3_stmt *st = s->sel_sources;
	struct sr_source x;
	int rc, status;

	sr__buf_reset(src);
	sr__arena_reset(ar);
	sqlite3_bind_text(st, 1, ev->event_id, -1, SQLITE_TRANSIENT);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *k;

		memset(&x, 0, sizeof(x));
		x.mention_id = cdup(ar, st, 0);
		x.article_id = cdup(ar, st, 1);
		x.source = cdup(ar, st, 2);
		x.url = cdup(ar, st, 3);
		x.article_date = cdate(st, 4);
		x.event_date = cdate(st, 5);
		x.sentence = cdup(ar, st, 6);
		x.fatalities = ccount(st, 7);
		x.injured = ccount(st, 8);
		k = (const char *)sqlite3_column_text(st, 9);
		status = k ? sr_status_parse(k) : -1;
		x.status =
		    status < 0 ? SR_STATUS_REPORTED : (enum sr_status)status;
		x.provides = cdup(ar, st, 10);
		if (!x.provides)
			x.provides = "";
		x.reason = cdup(ar, st, 11);
		x.score = sqlite3_column_double(st, 12);
		if (!x.mention_id || !x.article_id ||
		    sr__buf_append(src, &x, sizeof(x))) {
			rc = SR_ENOMEM;
			break;
		}
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc != SQLITE_DONE)
		return rc == SR_ENOMEM ? SR_ENOMEM : SR_ESTORE;
	ev->sources = (const struct sr_source *)(const void *)src->data;
	ev->source_count = src->len / sizeof(struct sr_source);
	return SR_OK;
}

/* The text of article id into ev (valid until the next call); *st is
 * prepared on first use. */
static int article_text(struct store *s, sqlite3_stmt **st, const char *id,
			struct sr_event *ev)
{
	int rc;

	if (!*st &&
	    sqlite3_prepare_v2(s->db, "SELECT text FROM articles WHERE id = ?",
			       -1, st, NULL))
		return SR_ESTORE;
	sqlite3_reset(*st);
	sqlite3_bind_text(*st, 1, id, -1, SQLITE_TRANSIENT);
	rc = sqlite3_step(*st);
	ev->text =
	    rc == SQLITE_ROW ? (const char *)sqlite3_column_text(*st, 0) : NULL;
	ev->text_len =
	    rc == SQLITE_ROW ? (size_t)sqlite3_column_bytes(*st, 0) : 0;
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? SR_OK : SR_ESTORE;
}

int sr__sq_query(void *impl, const struct sr_query *q,
		 int (*cb)(void *ud, const struct sr_event *ev), void *ud,
		 struct sr_diag *d)
{
	struct store *s = impl;
	struct sr_buf sql, fts;
	sqlite3_stmt *st = NULL, *txt = NULL;
	struct sr_event ev;
	char from[16], to[16], iso3[4];
	double box[4];
	struct sr_buf src;
	struct sr_arena ar;
	size_t seen = 0, skipped = 0;
	int rc, i, arg = 1;

	sr__buf_init(&sql, 0);
	sr__buf_init(&src, 0);
	sr__arena_init(&ar, 0);
	sr__buf_init(&fts, 0);
	if (q->near && (!(q->near_lat >= -90 && q->near_lat <= 90) ||
			!(q->near_lon >= -180 && q->near_lon <= 180) ||
			!(q->near_km >= 0 && q->near_km <= 20040))) {
		rc = sr_diag_set(d, SR_EUSAGE, s->path, 0,
				 "near: want latitude -90..90, longitude "
				 "-180..180 and 0..20040 km");
		goto out;
	}
	if (q->q) {
		rc = sr__store_fts_expr(q->q, &fts);
		if (rc == SR_EUSAGE) {
			rc = sr_diag_set(d, SR_EUSAGE, s->path, 0,
					 "bad text query '%s': no words to "
					 "search for",
					 q->q);
			goto out;
		}
		if (rc) {
			rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
			goto out;
		}
	}
	rc = sr__sq_select_cols(&sql, "e");
	/* Rows carry no article text: a near query sorts every event of its
	 * box and an offset skips rows, so the text is read only for the
	 * events handed out. */
	if (!rc)
		rc = sr__buf_puts(&sql, ", NULL, e.rid FROM events e"
					" WHERE e.rejected = 0");
	if (!rc && q->from.y)
		rc = sr__buf_puts(&sql, " AND e.event_date >= ?");
	if (!rc && q->to.y)
		rc = sr__buf_puts(&sql, " AND e.event_date <= ?");
	if (!rc && q->kind)
		rc = sr__buf_puts(&sql, " AND e.kind = ?");
	if (!rc && q->event_id)
		rc = sr__buf_puts(&sql, " AND e.event_id = ?");
	if (q->country)
		sr__store_country_iso3(q->country, iso3);
	/* a known country is matched on its code alone, so the index
	 * (iso3, event_date, event_id) serves the query in date order */
	if (!rc && q->country)
		rc = sr__buf_puts(&sql, iso3[0] ? " AND e.iso3 = ?"
						: " AND e.country = ? COLLATE"
						  " NOCASE");
	if (!rc && q->near)
		rc = sr__buf_puts(&sql, " AND e.rid IN (SELECT id FROM"
					" events_geo WHERE max_lat >= ? AND"
					" min_lat <= ? AND max_lon >= ? AND"
					" min_lon <= ?)");
	if (!rc && q->q)
		rc = sr__buf_puts(&sql,
				  " AND e.event_id IN (SELECT"
				  " m.event_id FROM mentions m JOIN articles a2"
				  " ON a2.id = m.article_id WHERE a2.rid IN"
				  " (SELECT rowid FROM articles_fts WHERE"
				  " articles_fts MATCH ?))");
	if (!rc)
		rc = sr__buf_puts(&sql, " ORDER BY e.event_date, e.event_id");
	/* paging in SQL when no filter runs after it in C (near) */
	if (!rc && !q->near && (q->limit || q->offset))
		rc = sr__buf_printf(&sql, " LIMIT %lld OFFSET %llu",
				    q->limit ? (long long)q->limit : -1LL,
				    (unsigned long long)q->offset);
	if (rc) {
		rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
		goto out;
	}
	if (sqlite3_prepare_v2(s->db, sql.data, -1, &st, NULL)) {
		rc = sr__sq_error(s, d, "cannot query");
		goto out;
	}
	if (q->from.y) {
		sr_ymd_format(q->from, from);
		sqlite3_bind_text(st, arg++, from, -1, SQLITE_STATIC);
	}
	if (q->to.y) {
		sr_ymd_format(q->to, to);
		sqlite3_bind_text(st, arg++, to, -1, SQLITE_STATIC);
	}
	if (q->kind)
		sqlite3_bind_text(st, arg++, q->kind, -1, SQLITE_STATIC);
	if (q->event_id)
		sqlite3_bind_text(st, arg++, q->event_id, -1, SQLITE_STATIC);
	if (q->country)
		sqlite3_bind_text(st, arg++, iso3[0] ? iso3 : q->country, -1,
				  SQLITE_STATIC);
	if (q->near) {
		sr__store_near_box(q->near_lat, q->near_lon, q->near_km, box);
		for (i = 0; i < 4; i++)
			sqlite3_bind_double(st, arg++, box[i]);
	}
	if (q->q)
		sqlite3_bind_text(st, arg++, fts.data, -1, SQLITE_STATIC);

	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (q->near &&
		    sr__store_haversine_km(
			q->near_lat, q->near_lon,
			sqlite3_column_double(st, E_LATITUDE),
			sqlite3_column_double(st, E_LONGITUDE)) > q->near_km)
			continue;
		if (q->near && q->offset && skipped < q->offset) {
			skipped++;
			continue;
		}
		sr__sq_row_record(st, 0, &ev);
		rc = article_text(s, &txt, ev.article_id, &ev);
		if (rc) {
			rc = sr__sq_error(s, d, "cannot query");
			goto out;
		}
		if (!ev.text)
			continue; /* no article, no event (as a join) */
		rc = load_sources(s, &ev, &src, &ar);
		if (rc) {
			rc = sr_diag_set(d, rc, s->path, 0,
					 "cannot read the sources of %s",
					 ev.event_id);
			goto out;
		}
		rc = cb(ud, &ev);
		if (rc)
			goto out;
		if (q->limit && ++seen >= q->limit) {
			rc = SQLITE_DONE;
			break;
		}
	}
	if (rc == SQLITE_ROW || rc == SQLITE_DONE) {
		rc = SR_OK;
	} else if (q->q && strncmp(sqlite3_errmsg(s->db), "fts5:", 5) == 0) {
		rc = sr_diag_set(
		    d, SR_EUSAGE, s->path, 0,
		    "bad text query '%s': %s (use words, \"phrases\", "
		    "AND/OR/NOT between them and balanced "
		    "parentheses)",
		    q->q, sqlite3_errmsg(s->db));
	} else {
		rc = sr__sq_error(s, d, "cannot query");
	}
out:
	sqlite3_finalize(st);
	sqlite3_finalize(txt);
	sr__buf_clear(&sql);
	sr__buf_clear(&fts);
	sr__buf_clear(&src);
	sr__arena_clear(&ar);
	return rc;
}
