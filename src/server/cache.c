/*
 * cache.c - the server's answer cache: GET answers of the read endpoints,
 * keyed by path and query string, kept while the store is unchanged.
 *
 * Exports: sr__cache_new, sr__cache_free, sr__cache_get, sr__cache_put
 * (server.h).
 *
 * Invariants: an entry is served only while the store's version is the
 * one it was made under; the version is the size, mtime and inode of the
 * database file and of its -wal file (SQLite appends every commit to the
 * WAL, so any writer, this server or `sitrep ingest` elsewhere, changes
 * it) plus a counter the server bumps after its own writes.  Entries are
 * stored under the version read before the answer was made, so a write
 * that lands meanwhile makes it miss at once.  Entries are
 * direct-mapped by FNV hash (a collision replaces); answers over
 * CACHE_MAX_ENTRY bytes are not kept.
 *
 * Does not: cache errors, writes or static assets; expire by time.
 */
#include "server.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CACHE_SLOTS	256
#define CACHE_MAX_ENTRY (4u * 1024 * 1024)

struct entry {
	char *key;
	struct sr__cache_ver ver;
	unsigned status;
	const char *ctype; /* static strings of the handlers */
	const char *csp;
	char *data;
	size_t len;
};

struct srv_cache {
	pthread_mutex_t mu;
	char *db_path;
	char *wal_path;
	int64_t generation;
	struct entry slot[CACHE_SLOTS];
};

struct srv_cache *sr__cache_new(const char *db_path)
{
	struct srv_cache *c = sr_calloc(1, sizeof(*c));
	size_t n = strlen(db_path);

	if (!c)
		return NULL;
	c->db_path = sr_malloc(n + 1);
	c->wal_path = sr_malloc(n + 5);
	if (!c->db_path || !c->wal_path) {
		sr_free(c->db_path);
		sr_free(c->wal_path);
		sr_free(c);
		return NULL;
	}
	memcpy(c->db_path, db_path, n + 1);
	memcpy(c->wal_path, db_path, n);
	memcpy(c->wal_path + n, "-wal", 5);
	pthread_mutex_init(&c->mu, NULL);
	return c;
}

void sr__cache_free(struct srv_cache *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < CACHE_SLOTS; i++) {
		free(c->slot[i].key);
		free(c->slot[i].data);
	}
	pthread_mutex_destroy(&c->mu);
	sr_free(c->db_path);
	sr_free(c->wal_path);
	sr_free(c);
}

void sr__cache_bump(struct srv_cache *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&c->mu);
	c->generation++;
	pthread_mutex_unlock(&c->mu);
}

static void version_of(struct srv_cache *c, struct sr__cache_ver *v)
{
	struct stat st;

	memset(v, 0, sizeof(*v));
	if (stat(c->db_path, &st) == 0) {
		v->v[0] = (int64_t)st.st_size;
		v->v[1] = (int64_t)st.st_mtim.tv_sec * 1000000000 +
			  st.st_mtim.tv_nsec;
		v->v[2] = (int64_t)st.st_ino;
	}
	if (stat(c->wal_path, &st) == 0) {
		v->v[3] = (int64_t)st.st_size;
		v->v[4] = (int64_t)st.st_mtim.tv_sec * 1000000000 +
			  st.st_mtim.tv_nsec;
		v->v[5] = (int64_t)st.st_ino;
	}
}

static size_t slot_of(const char *key)
{
	uint64_t h = 1469598103934665603ull;

	for (; *key; key++)
		h = (h ^ (unsigned char)*key) * 1099511628211ull;
	return (size_t)(h % CACHE_SLOTS);
}

int sr__cache_get(struct srv_cache *c, const char *key, struct sr__cache_ver *v,
		  struct srv_resp *out)
{
	struct entry *e;
	int hit = 0;

	if (!c)
		return 0;
	version_of(c, v);
	pthread_mutex_lock(&c->mu);
	v->v[6] = c->generation;
	e = &c->slot[slot_of(key)];
	if (e->key && strcmp(e->key, key) == 0 &&
	    memcmp(&e->ver, v, sizeof(*v)) == 0) {
		out->data = malloc(e->len ? e->len : 1);
		if (out->data) {
			memcpy(out->data, e->data, e->len);
			out->len = e->len;
			out->status = e->status;
			out->ctype = e->ctype;
			out->csp = e->csp;
			hit = 1;
		}
	}
	pthread_mutex_unlock(&c->mu);
	return hit;
}

void sr__cache_put(struct srv_cache *c, const char *key,
		   const struct sr__cache_ver *v, const struct srv_resp *r)
{
	struct entry *e;
	char *k, *d;

	if (!c || r->status != 200 || !r->data || r->len > CACHE_MAX_ENTRY)
		return;
	k = strdup(key);
	d = malloc(r->len);
	if (!k || !d) {
		free(k);
		free(d);
		return;
	}
	memcpy(d, r->data, r->len);
	pthread_mutex_lock(&c->mu);
	e = &c->slot[slot_of(key)];
	free(e->key);
	free(e->data);
	e->key = k;
	e->ver = *v;
	e->status = r->status;
	e->ctype = r->ctype;
	e->csp = r->csp;
	e->data = d;
	e->len = r->len;
	pthread_mutex_unlock(&c->mu);
}
