/*
 * db.c - the public sr_db_* API.  Checks arguments, picks a backend and
 * dispatches through struct sr_store_ops (store.h).
 *
 * Exports: sr_default_db_path, sr_db_open, sr_db_close, sr_db_put,
 * sr_db_query, sr_db_counts, sr_db_explain, sr_db_review_export,
 * sr_db_review_apply; sr__db_begin, sr__db_commit (store.h).
 *
 * Invariants: a struct sr_db always has a backend and a live impl; every
 * error from a backend arrives with *d filled.
 *
 * Does not: know SQL or include sqlite3.h (store_sqlite.c does); make a
 * handle safe to share between threads (open one sr_db per thread).
 */
#include "store.h"

#include <stdlib.h>
#include <string.h>

struct sr_db {
	const struct sr_store_ops *ops;
	void *impl; /* owned; freed by ops->close */
};

const char *sr_default_db_path(void)
{
	const char *p = getenv("SITREP_DB");

	return p && *p ? p : "sitrep.db";
}

static int is_postgres_url(const char *path)
{
	return strncmp(path, "postgres://", 11) == 0 ||
	       strncmp(path, "postgresql://", 13) == 0;
}

int sr_db_open(struct sr_db **out, const char *path, struct sr_diag *d)
{
	struct sr_db *db = NULL;
	int rc;

	if (!out)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "sr_db_open: out is NULL");
	*out = NULL;
	if (!path || !*path)
		path = sr_default_db_path();
	if (is_postgres_url(path))
		return sr_diag_set(d, SR_EUSAGE, path, 0,
				   "PostgreSQL stores are not supported by "
				   "this build; give a file path");
	db = sr_calloc(1, sizeof(*db));
	if (!db)
		return sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
	db->ops = &sr__store_sqlite;
	rc = db->ops->open(&db->impl, path, d);
	if (rc < 0) {
		sr_free(db);
		return rc;
	}
	*out = db;
	return SR_OK;
}

void sr_db_close(struct sr_db *db)
{
	if (!db)
		return;
	db->ops->close(db->impl);
	sr_free(db);
}

int sr_db_put(struct sr_db *db, const struct sr_article *a,
	      const struct sr_doc *doc, struct sr_diag *d)
{
	if (!db || !a || !a->id || !a->text)
		return sr_diag_set(
		    d, SR_EUSAGE, a && a->file ? a->file : "", a ? a->line : 0,
		    "sr_db_put: missing db, article, id or text");
	if (!*a->id)
		return sr_diag_set(d, SR_EINPUT, a->file ? a->file : "",
				   a->line, "article with an empty id");
	return db->ops->put(db->impl, a, doc, d);
}

int sr_db_query(struct sr_db *db, const struct sr_query *q,
		int (*cb)(void *ud, const struct sr_event *ev), void *ud,
		struct sr_diag *d)
{
	static const struct sr_query all;

	if (!db || !cb)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "sr_db_query: missing db or callback");
	return db->ops->query(db->impl, q ? q : &all, cb, ud, d);
}

int sr_db_counts(struct sr_db *db, int64_t *articles, int64_t *events)
{
	if (!db)
		return SR_EUSAGE;
	return db->ops->counts(db->impl, articles, events);
}

int sr__db_begin(struct sr_db *db, struct sr_diag *d)
{
	if (!db)
		return sr_diag_set(d, SR_EUSAGE, "", 0, "sr__db_begin: no db");
	return db->ops->begin(db->impl, d);
}

int sr__db_commit(struct sr_db *db, struct sr_diag *d)
{
	if (!db)
		return sr_diag_set(d, SR_EUSAGE, "", 0, "sr__db_commit: no db");
	return db->ops->commit(db->impl, d);
}

int sr_db_explain(struct sr_db *db, const char *event_id, FILE *fp,
		  struct sr_diag *d)
{
	if (!db || !event_id || !fp)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "sr_db_explain: missing db, id or file");
	return db->ops->explain(db->impl, event_id, fp, d);
}

int sr_db_review_export(struct sr_db *db, const struct sr_query *q, FILE *fp,
			struct sr_diag *d)
{
	static const struct sr_query all;

	if (!db || !fp)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "sr_db_review_export: missing db or file");
	return db->ops->review_export(db->impl, q ? q : &all, fp, d);
}

int sr_db_review_apply(struct sr_db *db, const char *path, const char *reviewer,
		       sr_diag_fn on_bad, void *ud, size_t *applied,
		       struct sr_diag *d)
{
	const char *user = getenv("USER");

	if (applied)
		*applied = 0;
	if (!db || !path)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "sr_db_review_apply: missing db or path");
	if (!reviewer || !*reviewer)
		reviewer = user && *user ? user : "unknown";
	return db->ops->review_apply(db->impl, path, reviewer, on_bad, ud,
				     applied, d);
}

int sr_db_begin(struct sr_db *db, struct sr_diag *d)
{
	return sr__db_begin(db, d);
}

int sr_db_commit(struct sr_db *db, struct sr_diag *d)
{
	return sr__db_commit(db, d);
}
