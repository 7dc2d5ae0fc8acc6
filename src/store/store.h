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
};

extern const struct sr_store_ops sr__store_sqlite;

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
