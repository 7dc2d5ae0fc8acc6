/*
 * store_sqlite.h - internals shared by the files of the SQLite backend:
 * store_sqlite.c (open, schema, put, counts), store_merge.c (clusters of
 * mentions -> events, sources, revisions), store_query.c (queries with
 * sources) and store_review.c (explain, review export and apply).
 * Only these files include sqlite3.h.
 */
#ifndef SR_STORE_SQLITE_H
#define SR_STORE_SQLITE_H

#include "store.h"
#include "../merge/merge.h"

#include <sqlite3.h>

#define SR_SQ_SCHEMA_VERSION 2

/* The record columns shared by mentions and events, in insert and select
 * order.  Column 0 is "mention_id" in mentions and "event_id" in events. */
enum {
	E_EVENT_ID,
	E_ARTICLE_ID,
	E_EVENT_DATE,
	E_TIME_PRECISION,
	E_KIND,
	E_DISORDER_TYPE,
	E_EVENT_TYPE,
	E_SUB_EVENT_TYPE,
	E_PLOVER_TYPE,
	E_PLOVER_MODE,
	E_CAMEO_CODE,
	E_ACTOR1,
	E_ACTOR1_ISO3,
	E_ACTOR2,
	E_ACTOR2_ISO3,
	E_LOCATION,
	E_ADMIN1,
	E_COUNTRY,
	E_ISO3,
	E_LATITUDE,
	E_LONGITUDE,
	E_GEO_PRECISION,
	E_GAZETTEER_ID,
	E_FATALITIES,
	E_FATALITIES_LOW,
	E_FATALITIES_HIGH,
	E_INJURED,
	E_INJURED_LOW,
	E_INJURED_HIGH,
	E_QUANTITY,
	E_WEAPONS,
	E_STATUS,
	E_CLAIMED_BY,
	E_HISTORICAL,
	E_CONFIDENCE,
	E_SENTENCE_OFF,
	E_SENTENCE_LEN,
	E_SENTENCE,
	E_SPANS,
	E_RULE,
	E_NCOLS
};

struct sr__sq_col {
	const char *name;
	const char *decl;
};
extern const struct sr__sq_col sr__sq_cols[E_NCOLS];

struct store {
	sqlite3 *db;
	char *path; /* owned copy, for diagnostics */
	sqlite3_stmt *begin, *commit, *rollback;
	sqlite3_stmt *savepoint, *release, *rollback_to; /* puts in a batch */
	int in_batch;	/* between begin and commit */
	int batch_lost; /* SQLite rolled the batch back after an error */
	/* Inside a batch, merging waits for the commit: the day range, kinds
	 * and events the batch's puts touched, merged once there.  Merging
	 * after every put re-reads a month of mentions each time. */
	int64_t pend_from, pend_to;
	void *pend_kinds, *pend_events; /* struct sr__sq_touched * */
	sqlite3_stmt *article_hash;	/* text_hash of article ?1 */
	sqlite3_stmt *old_mentions; /* key and event of article ?1's mentions */
	sqlite3_stmt *del_mentions; /* mentions of article ?1 */
	sqlite3_stmt *del_article;
	sqlite3_stmt *ins_article;
	sqlite3_stmt *ins_mention; /* record columns, then event_id */
	sqlite3_stmt *ins_event;   /* record columns, then source_count,
				      rejected */
	sqlite3_stmt *ins_source, *ins_revision;
	sqlite3_stmt *del_event, *del_sources, *del_revisions;
	sqlite3_stmt *set_mention_event;
	sqlite3_stmt *sel_members; /* mentions of event ?1 */
	sqlite3_stmt *sel_overrides;
	sqlite3_stmt *sel_sources; /* sources of event ?1, for queries */
	sqlite3_stmt *count_articles, *count_events;
};

/* ---- helpers (store_sqlite.c) ---- */
int sr__sq_error(struct store *s, struct sr_diag *d, const char *what);
/* Step st to the end, reset and clear it: SQLITE_OK or the error. */
int sr__sq_run(sqlite3_stmt *st);
int sr__sq_prepare(struct store *s, const char *sql, sqlite3_stmt **st);
void sr__sq_bind_str(sqlite3_stmt *st, int i, const char *v);
void sr__sq_bind_date(sqlite3_stmt *st, int i, struct sr_ymd y);
void sr__sq_bind_count(sqlite3_stmt *st, int i, int64_t v);
/* Bind the record columns of ev at 1..E_NCOLS; sentence (len bytes) is the
 * sentence's text or NULL; article_id overrides ev->article_id. */
void sr__sq_bind_record(sqlite3_stmt *st, const struct sr_event *ev,
			const char *article_id, const char *sentence,
			size_t sentence_len);
/* The record columns of the current row from column base on into *ev
 * (strings borrowed from the row); text and sources left empty. */
void sr__sq_row_record(sqlite3_stmt *st, int base, struct sr_event *ev);
/* "SELECT " + the record columns prefixed with alias + "." into b. */
int sr__sq_select_cols(struct sr_buf *b, const char *alias);

/* ---- merging (store_merge.c) ---- */

/* A set of event ids whose events must be rebuilt. */
struct sr__sq_touched {
	char **id;
	size_t n, cap;
};
int sr__sq_touch(struct sr__sq_touched *t, const char *id);
void sr__sq_touched_clear(struct sr__sq_touched *t);

/* Re-run the clustering of dated mentions from from_day on, where
 * mentions with days in [from_day, to_day] were added, removed or given
 * new rules (from_day INT64_MAX: none), update the mentions' events, then
 * rebuild every event in t and every event whose membership changed.
 * kinds (NULL: all) limits the re-run to the mentions of those kinds,
 * since only mentions of one kind family ever merge without a review
 * rule.  Inside the caller's transaction. */
int sr__sq_recluster(struct store *s, int64_t from_day, int64_t to_day,
		     const struct sr__sq_touched *kinds,
		     struct sr__sq_touched *t, struct sr_diag *d);
/* Add kind's merge family to the set k (kinds that may merge with it:
 * the mentions of other kinds cannot be affected by it). */
int sr__sq_touch_kind(struct sr__sq_touched *k, const char *kind);
/* Delete and rebuild one event from its mentions (none: just delete). */
int sr__sq_rebuild(struct store *s, const char *event_id, struct sr_diag *d);

/* 1 if kind is in data/ontology.tsv; with ev, set ev's kind and its
 * ACLED/PLOVER/CAMEO mapping (strings into ar). */
int sr__sq_kind_known(const char *kind, struct sr_event *ev,
		      struct sr_arena *ar);

/* ---- queries (store_query.c) ---- */
int sr__sq_query(void *impl, const struct sr_query *q,
		 int (*cb)(void *ud, const struct sr_event *ev), void *ud,
		 struct sr_diag *d);

/* ---- review (store_review.c) ---- */
int sr__sq_explain(void *impl, const char *event_id, FILE *fp,
		   struct sr_diag *d);
int sr__sq_review_export(void *impl, const struct sr_query *q, FILE *fp,
			 struct sr_diag *d);
int sr__sq_review_apply(void *impl, const char *path, const char *reviewer,
			sr_diag_fn on_bad, void *ud, size_t *applied,
			struct sr_diag *d);

#endif
