/*
 * server.h - the HTTP server of `sitrep serve` (libmicrohttpd): a JSON API
 * over one store and the embedded web page.  Like the CLI it sees only
 * include/sitrep.h; it is linked into the sitrep binary, not libsitrep.
 *
 * Files: http.c (daemon, routing, limits, auth, static assets, the pool of
 * store handles), cache.c (GET answers while the store is unchanged),
 * api_read.c (events, one event, stats, report, outlines),
 * api_write.c (ingest and review), json_out.c (small JSON helpers).
 *
 * Threads: libmicrohttpd runs a pool of threads; each request borrows one
 * store handle from the pool, all opened at start (a handle is not thread-safe,
 * SQLite's WAL lets separate connections read while one writes); writes are
 * serialised by a mutex so that concurrent ingests never fight over SQLite's
 * lock.
 */
#ifndef SR_SERVER_H
#define SR_SERVER_H

#include "sitrep.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Largest request body accepted (413 above it); the cap of limits.h. */
#define SRV_MAX_BODY (8u * 1024 * 1024)
/* Largest page of /api/events (the limit parameter). */
#define SRV_MAX_PAGE 10000
/* Memory per connection, which bounds the request line and headers. */
#define SRV_CONN_MEMORY (64u * 1024)
/* Seconds of inactivity before a connection is closed. */
#define SRV_CONN_TIMEOUT    30
#define SRV_MAX_CONNECTIONS 256

struct srv_opts {
	const char *db_path;   /* the store; opened once per handle */
	const char *host;      /* numeric IPv4 address, "127.0.0.1" */
	unsigned port;	       /* 0: any free port */
	const char *token;     /* bearer token for writes; NULL: read only */
	const char *deps_dir;  /* .deps (outlines for the map); NULL: none */
	const char *gazetteer; /* for ingest; NULL: the default */
	unsigned threads;      /* worker threads; 0: 4 */
	int quiet;	       /* no access log on stderr */
	int no_cache;	       /* answer every GET from the store */
};

struct srv;

/* Start serving.  *port gets the bound port.  On failure returns a
 * negative rc with *d filled and *out NULL. */
int sr__server_start(struct srv **out, const struct srv_opts *o, unsigned *port,
		     struct sr_diag *d);
/* Stop accepting, finish running requests, close every handle. */
void sr__server_stop(struct srv *s);

/* ---- shared by the handlers ---------------------------------------- */

/* A request as the handlers see it. */
struct srv_req {
	struct srv *srv;
	void *conn;	    /* struct MHD_Connection */
	const char *method; /* "GET", "HEAD", "POST", ... */
	const char *path;   /* decoded, without the query */
	const char *body;   /* NUL-terminated; "" when none */
	size_t body_len;
};

/* The answer.  data is malloc'd (open_memstream) and handed to the
 * server, which frees it. */
struct srv_resp {
	unsigned status;
	const char *ctype;
	char *data;
	size_t len;
	const char *csp;   /* NULL: default-src 'self' */
	const char *allow; /* Allow header for 405 */
};

/* A query parameter, decoded; NULL when absent. */
const char *sr__server_arg(const struct srv_req *r, const char *name);
/* The name of the first query parameter not in the NULL-terminated list
 * known, or NULL. */
const char *sr__server_unknown_arg(const struct srv_req *r,
				   const char *const *known);
/* Borrow a store handle for this request; NULL with *d when it cannot be
 * opened.  Give it back with sr__server_db_put. */
struct sr_db *sr__server_db_get(struct srv *s, struct sr_diag *d);
void sr__server_db_put(struct srv *s, struct sr_db *db);
/* The shared engine for ingest, loaded on first use; NULL with *d. */
const struct sr_engine *sr__server_engine(struct srv *s, struct sr_diag *d);
/* Serialise writers. */
void sr__server_write_lock(struct srv *s);
void sr__server_write_unlock(struct srv *s);
const char *sr__server_deps_dir(const struct srv *s);

/* ---- cache.c: answers of GET requests while the store is unchanged ---- */
struct sr__cache_ver {
	int64_t v[7];
};
struct srv_cache;
/* NULL when out of memory (the server then runs without a cache). */
struct srv_cache *sr__cache_new(const char *db_path);
void sr__cache_free(struct srv_cache *c);
/* After a write by this server. */
void sr__cache_bump(struct srv_cache *c);
/* 1 with *out filled (a malloc'd copy) when key has an answer made under
 * the store's current version; *ver gets that version either way, for
 * sr__cache_put of the answer made now. */
int sr__cache_get(struct srv_cache *c, const char *key,
		  struct sr__cache_ver *ver, struct srv_resp *out);
void sr__cache_put(struct srv_cache *c, const char *key,
		   const struct sr__cache_ver *ver, const struct srv_resp *r);
/* The cache of s (NULL when disabled). */
struct srv_cache *sr__server_cache(struct srv *s);

/* ---- json_out.c ---- */
/* s as a JSON string with quotes; NULL as null. */
void sr__json_str(FILE *fp, const char *s);
void sr__json_strn(FILE *fp, const char *s, size_t len);
/* An error answer {"error":what,"parameter":param,"message":msg} (param
 * and msg may be NULL). */
void sr__server_error(struct srv_resp *out, unsigned status, const char *what,
		      const char *param, const char *msg);
/* Move the memstream's buffer into out as JSON. */
int sr__server_take(struct srv_resp *out, unsigned status, const char *ctype,
		    FILE *fp, char **buf, size_t *len);

/* ---- handlers ---- */
void sr__api_events(const struct srv_req *r, struct srv_resp *out);
void sr__api_event(const struct srv_req *r, const char *id,
		   struct srv_resp *out);
void sr__api_stats(const struct srv_req *r, struct srv_resp *out);
void sr__api_report(const struct srv_req *r, struct srv_resp *out);
void sr__api_map(const struct srv_req *r, struct srv_resp *out);
void sr__api_outline(const struct srv_req *r, const char *name,
		     struct srv_resp *out);
void sr__api_health(const struct srv_req *r, struct srv_resp *out);
void sr__api_articles(const struct srv_req *r, struct srv_resp *out);
void sr__api_review(const struct srv_req *r, struct srv_resp *out);

/* Assets of web/, embedded at build time (generated web_blob.c). */
struct sr__web_asset {
	const char *name;
	const char *data;
	size_t len;
};
extern const struct sr__web_asset sr__web_assets[];

#endif
