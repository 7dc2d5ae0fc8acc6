/*
 * store.h - the store interface.  The public sr_db_* functions dispatch
 * through struct sr_store_ops so that a PostgreSQL backend can implement
 * the same operations later; store_sqlite.c is the default backend and the
 * only file that includes sqlite3.h.
 */
#ifndef SR_STORE_H
#define SR_STORE_H

#include "../core/core.h"

struct sr_store_ops {
	const char *name; /* "sqlite" */
	int (*open)(void **impl, const char *path, struct sr_diag *d);
	void (*close)(void *impl);
	int (*put)(void *impl, const struct sr_article *a,
		   const struct sr_doc *doc, struct sr_diag *d);
	int (*query)(void *impl, const struct sr_query *q,
		     int (*cb)(void *ud, const struct sr_event *ev), void *ud,
		     struct sr_diag *d);
	int (*counts)(void *impl, int64_t *articles, int64_t *events);
	/* Batches: between begin and commit every put joins one transaction
	 * (each put still all-or-nothing on its own).  close without commit
	 * rolls the batch back. */
	int (*begin)(void *impl, struct sr_diag *d);
	int (*commit)(void *impl, struct sr_diag *d);
	/* merged events: explain one, export and apply review files */
	int (*explain)(void *impl, const char *event_id, FILE *fp,
		       struct sr_diag *d);
	int (*review_export)(void *impl, const struct sr_query *q, FILE *fp,
			     struct sr_diag *d);
	int (*review_apply)(void *impl, const char *path, const char *reviewer,
			    sr_diag_fn on_bad, void *ud, size_t *applied,
			    struct sr_diag *d);
};

extern const struct sr_store_ops sr__store_sqlite;

/* ---- helpers shared by backends (query.c) ---- */

/* spans as JSON of the non-empty ones, {"trigger":[3,7],...}, into buf
 * (512 bytes is always enough). */
void sr__store_spans_json(const struct sr_spans *sp, char *buf, size_t cap);
/* Back from that JSON; absent or malformed entries stay {0,0}.  p may be
 * NULL. */
void sr__store_spans_parse(const char *p, struct sr_spans *sp);
/* 1 if ev's sentence and every span lie within text_len bytes. */
int sr__store_spans_ok(const struct sr_event *ev, size_t text_len);
/* Rewrite the user's text query q as an FTS5 expression appended to b:
 * words and "phrases" become FTS5 strings (a trailing * keeps prefix
 * search), AND/OR/NOT and parentheses stay operators, an unbalanced '"'
 * runs to the end.  Nothing else of FTS5's syntax gets through, so only
 * misplaced operators can give an FTS5 syntax error.  SR_EUSAGE when q has
 * no words, SR_ENOMEM/SR_ETOOBIG from the buffer. */
int sr__store_fts_expr(const char *q, struct sr_buf *b);
/* Great-circle distance in km between two points in degrees. */
double sr__store_haversine_km(double lat1, double lon1, double lat2,
			      double lon2);
/* A box {min_lat, max_lat, min_lon, max_lon} that contains every point
 * within km of (lat, lon), a little larger so float rounding in an R*Tree
 * never drops one; the whole longitude range near the poles and across
 * the antimeridian. */
void sr__store_near_box(double lat, double lon, double km, double box[4]);
/* The ISO3 code a --country value (ISO2, ISO3, name or alias, any case)
 * stands for, into buf (4 bytes); "" when unknown.  An unknown 3-letter
 * value is upper-cased as is. */
void sr__store_country_iso3(const char *c, char *buf);

/* Start a batch on db: the following sr_db_put calls share one
 * transaction, which makes bulk ingest many times faster (one commit, one
 * sync).  A failing put inside a batch is undone alone and the batch goes
 * on.  Other writers wait until sr__db_commit, so keep batches to a few
 * thousand articles.  SR_EUSAGE if a batch is already open.
 * (Candidates for sitrep.h as sr_db_begin / sr_db_commit.) */
int sr__db_begin(struct sr_db *db, struct sr_diag *d);
/* Commit the open batch; SR_EUSAGE if there is none. */
int sr__db_commit(struct sr_db *db, struct sr_diag *d);

#endif
