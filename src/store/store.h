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
};

extern const struct sr_store_ops sr__store_sqlite;

#endif
