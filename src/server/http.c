/*
 * http.c - the daemon of `sitrep serve`: starts libmicrohttpd on a numeric
 * IPv4 address (loopback unless told otherwise) with a thread pool, reads
 * request bodies up to SRV_MAX_BODY (413 above), routes requests to the
 * handlers of api_read.c and api_write.c, checks the bearer token of
 * writes, serves the embedded web assets and keeps a pool of store handles
 * and the engine used for ingest.
 *
 * Exports: sr__server_start, sr__server_stop and the helpers of server.h.
 *
 * Invariants: every answer carries Content-Type, a Content-Security-Policy
 * and nosniff; a handle from the pool is used by one request at a time;
 * writes (ingest, review) hold the write mutex.
 *
 * Does not: speak TLS, serve IPv6, keep sessions, or cache answers.  Answer
 * bodies come from open_memstream (libc malloc) because libmicrohttpd frees
 * them with free().
 */
#include "server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define CSP_DEFAULT                                                            \
	"default-src 'self'; img-src 'self' data:; style-src 'self'; "         \
	"script-src 'self'; connect-src 'self'; frame-ancestors 'none'; "      \
	"base-uri 'none'; form-action 'self'"
#define POOL_MAX 64

struct srv {
	struct MHD_Daemon *mhd;
	struct srv_opts o;
	char *token; /* owned copy; NULL: writes disabled */
	pthread_mutex_t pool_mu;
	pthread_cond_t pool_cv;
	struct sr_db *idle[POOL_MAX];
	size_t idle_count;
	size_t open_count;
	size_t max_open;
	pthread_mutex_t engine_mu;
	struct sr_engine *engine;
	pthread_mutex_t write_mu;
	struct srv_cache *cache; /* NULL: disabled */
};

/* Per connection: the body read so far. */
struct conn_state {
	char *body;
	size_t len, cap;
	int too_big;
};

/* ---- helpers for the handlers --------------------------------------- */

const char *sr__server_arg(const struct srv_req *r, const char *name)
{
	return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND,
					   name);
}

struct unknown_ctx {
	const char *const *known;
	const char *bad;
};

static enum MHD_Result check_arg(void *cls, enum MHD_ValueKind kind,
				 const char *key, const char *value)
{
	struct unknown_ctx *u = cls;
	size_t i;

	(void)kind;
	(void)value;
	for (i = 0; u->known[i]; i++)
		if (strcmp(u->known[i], key) == 0)
			return MHD_YES;
	u->bad = key;
	return MHD_NO;
}

const char *sr__server_unknown_arg(const struct srv_req *r,
				   const char *const *known)
{
	struct unknown_ctx u = { known, NULL };

	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, check_arg,
				  &u);
	return u.bad;
}

struct sr_db *sr__server_db_get(struct srv *s, struct sr_diag *d)
{
	struct sr_db *db = NULL;

	pthread_mutex_lock(&s->pool_mu);
	while (!s->idle_count && s->open_count >= s->max_open)
		pthread_cond_wait(&s->pool_cv, &s->pool_mu);
	if (s->idle_count) {
		db = s->idle[--s->idle_count];
		pthread_mutex_unlock(&s->pool_mu);
		return db;
	}
	s->open_count++;
	pthread_mutex_unlock(&s->pool_mu);
	if (sr_db_open(&db, s->o.db_path, d) == 0)
		return db;
	pthread_mutex_lock(&s->pool_mu);
	s->open_count--;
	pthread_cond_signal(&s->pool_cv);
	pthread_mutex_unlock(&s->pool_mu);
	return NULL;
}

void sr__server_db_put(struct srv *s, struct sr_db *db)
{
	if (!db)
		return;
	pthread_mutex_lock(&s->pool_mu);
	s->idle[s->idle_count++] = db;
	pthread_cond_signal(&s->pool_cv);
	pthread_mutex_unlock(&s->pool_mu);
}

const struct sr_engine *sr__server_engine(struct srv *s, struct sr_diag *d)
{
	struct sr_engine_opts eo;
	struct sr_engine *e;

	pthread_mutex_lock(&s->engine_mu);
	if (!s->engine) {
		memset(&eo, 0, sizeof(eo));
		eo.gazetteer_path = s->o.gazetteer;
		if (sr_engine_new(&s->engine, &eo, d))
			s->engine = NULL;
	}
	e = s->engine;
	pthread_mutex_unlock(&s->engine_mu);
	return e;
}

void sr__server_write_lock(struct srv *s)
{
	pthread_mutex_lock(&s->write_mu);
}

void sr__server_write_unlock(struct srv *s)
{
	pthread_mutex_unlock(&s->write_mu);
}

struct srv_cache *sr__server_cache(struct srv *s)
{
	return s->cache;
}

const char *sr__server_deps_dir(const struct srv *s)
{
	return s->o.deps_dir;
}

/* ---- answers ---------------------------------------------------------- */

static enum MHD_Result send_resp(struct MHD_Connection *c, struct srv_resp *out,
				 int cacheable)
{
	struct MHD_Response *resp;
	enum MHD_Result ret;

	if (out->data)
		resp = MHD_create_response_from_buffer(out->len, out->data,
						       MHD_RESPMEM_MUST_FREE);
	else
		resp = MHD_create_response_from_buffer(0, (void *)"",
						       MHD_RESPMEM_PERSISTENT);
	if (!resp) {
		free(out->data);
		return MHD_NO;
	}
	out->data = NULL;
	MHD_add_response_header(resp, "Content-Type",
				out->ctype ? out->ctype
					   : "application/json; charset=utf-8");
	MHD_add_response_header(resp, "Content-Security-Policy",
				out->csp ? out->csp : CSP_DEFAULT);
	MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
	MHD_add_response_header(resp, "Cache-Control",
				cacheable ? "no-cache" : "no-store");
	if (out->allow)
		MHD_add_response_header(resp, "Allow", out->allow);
	if (out->status == 401)
		MHD_add_response_header(resp, "WWW-Authenticate",
					"Bearer realm=\"sitrep\"");
	ret = MHD_queue_response(c, out->status, resp);
	MHD_destroy_response(resp);
	return ret;
}

static int serve_asset(const char *name, struct srv_resp *out)
{
	const struct sr__web_asset *a;
	const char *dot;

	for (a = sr__web_assets; a->name; a++) {
		if (strcmp(a->name, name) != 0)
			continue;
		out->data = malloc(a->len ? a->len : 1);
		if (!out->data) {
			sr__server_error(out, 500, "out of memory", NULL, NULL);
			return 1;
		}
		memcpy(out->data, a->data, a->len);
		out->len = a->len;
		out->status = 200;
		dot = strrchr(name, '.');
		if (dot && strcmp(dot, ".html") == 0)
			out->ctype = "text/html; charset=utf-8";
		else if (dot && strcmp(dot, ".js") == 0)
			out->ctype = "text/javascript; charset=utf-8";
		else if (dot && strcmp(dot, ".css") == 0)
			out->ctype = "text/css; charset=utf-8";
		else if (dot && strcmp(dot, ".svg") == 0)
			out->ctype = "image/svg+xml";
		else
			out->ctype = "application/octet-stream";
		return 1;
	}
	return 0;
}

/* Constant-time comparison of the Authorization header with the token. */
static int authorized(const struct srv *s, struct MHD_Connection *c)
{
	const char *h =
	    MHD_lookup_connection_value(c, MHD_HEADER_KIND, "Authorization");
	size_t n, m, i;
	unsigned char diff = 0;

	if (!h || strncmp(h, "Bearer ", 7) != 0)
		return 0;
	h += 7;
	n = strlen(h);
	m = strlen(s->token);
	if (n != m)
		return 0;
	for (i = 0; i < n; i++)
		diff |= (unsigned char)(h[i] ^ s->token[i]);
	return diff == 0;
}

/* ---- routing ---------------------------------------------------------- */

struct key_buf {
	char *p;
	size_t len, cap;
	int overflow;
};

static void key_add(struct key_buf *k, const char *s)
{
	size_t n = strlen(s);

	if (k->len + n + 1 > k->cap) {
		k->overflow = 1;
		return;
	}
	memcpy(k->p + k->len, s, n + 1);
	k->len += n;
}

static enum MHD_Result key_arg(void *cls, enum MHD_ValueKind kind,
			       const char *key, const char *value)
{
	struct key_buf *k = cls;

	(void)kind;
	key_add(k, "&");
	key_add(k, key);
	key_add(k, "=");
	key_add(k, value ? value : "");
	return MHD_YES;
}

/* Run handler h for r, through the cache when it is on. */
static void cached(const struct srv_req *r, struct srv_resp *out,
		   void (*h)(const struct srv_req *, struct srv_resp *))
{
	struct srv_cache *c = r->srv->cache;
	struct sr__cache_ver ver;
	char buf[2048];
	struct key_buf k = { buf, 0, sizeof(buf), 0 };

	buf[0] = 0;
	key_add(&k, r->path);
	MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, key_arg, &k);
	if (!c || k.overflow) {
		h(r, out);
		return;
	}
	if (sr__cache_get(c, buf, &ver, out))
		return;
	h(r, out);
	sr__cache_put(c, buf, &ver, out);
}

static void api_event_by_path(const struct srv_req *r, struct srv_resp *out)
{
	sr__api_event(r, r->path + 12, out);
}

static int method_is(const struct srv_req *r, const char *m)
{
	if (strcmp(m, "GET") == 0 && strcmp(r->method, "HEAD") == 0)
		return 1;
	return strcmp(r->method, m) == 0;
}

static void wrong_method(struct srv_resp *out, const char *allow)
{
	sr__server_error(out, 405, "method not allowed", NULL, allow);
	out->allow = allow;
}

/* Returns 1 when the answer may be cached (static assets). */
static int route(const struct srv_req *r, struct srv_resp *out)
{
	const char *p = r->path;
	struct srv *s = r->srv;

	if (strcmp(p, "/") == 0 || strcmp(p, "/index.html") == 0 ||
	    strcmp(p, "/app.js") == 0 || strcmp(p, "/style.css") == 0) {
		if (!method_is(r, "GET"))
			wrong_method(out, "GET, HEAD");
		else if (!serve_asset(
			     strcmp(p, "/") == 0 ? "index.html" : p + 1, out))
			sr__server_error(out, 404, "not found", NULL, p);
		return 1;
	}
	if (strcmp(p, "/healthz") == 0) {
		if (!method_is(r, "GET"))
			wrong_method(out, "GET, HEAD");
		else
			cached(r, out, sr__api_health);
		return 0;
	}
	if (strcmp(p, "/api/articles") == 0 || strcmp(p, "/api/review") == 0) {
		if (!method_is(r, "POST"))
			wrong_method(out, "POST");
		else if (!s->token)
			sr__server_error(out, 403, "writes disabled", NULL,
					 "the server was started without "
					 "--token-file");
		else if (!authorized(s, r->conn))
			sr__server_error(out, 401, "unauthorized", NULL,
					 "send 'Authorization: Bearer TOKEN' "
					 "with the token of --token-file");
		else if (strcmp(p, "/api/articles") == 0)
			sr__api_articles(r, out);
		else
			sr__api_review(r, out);
		return 0;
	}
	if (strncmp(p, "/api/", 5) != 0) {
		sr__server_error(out, 404, "not found", NULL, p);
		return 0;
	}
	if (strcmp(p, "/api/events") == 0 ||
	    strncmp(p, "/api/events/", 12) == 0 ||
	    strcmp(p, "/api/stats") == 0 || strcmp(p, "/api/report") == 0 ||
	    strcmp(p, "/api/map.svg") == 0 ||
	    strncmp(p, "/api/outlines/", 14) == 0) {
		if (!method_is(r, "GET")) {
			wrong_method(out, "GET, HEAD");
			return 0;
		}
	}
	if (strcmp(p, "/api/events") == 0)
		cached(r, out, sr__api_events);
	else if (strncmp(p, "/api/events/", 12) == 0 && p[12])
		cached(r, out, api_event_by_path);
	else if (strcmp(p, "/api/stats") == 0)
		cached(r, out, sr__api_stats);
	else if (strcmp(p, "/api/report") == 0)
		cached(r, out, sr__api_report);
	else if (strcmp(p, "/api/map.svg") == 0)
		cached(r, out, sr__api_map);
	else if (strncmp(p, "/api/outlines/", 14) == 0) {
		sr__api_outline(r, p + 14, out);
		return 1;
	} else
		sr__server_error(out, 404, "not found", NULL, p);
	return 0;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c,
				  const char *url, const char *method,
				  const char *version, const char *upload,
				  size_t *upload_size, void **con_cls)
{
	struct srv *s = cls;
	struct conn_state *st = *con_cls;
	struct srv_resp out;
	struct srv_req r;
	const char *cl;
	int cacheable;
	enum MHD_Result ret;

	(void)version;
	memset(&out, 0, sizeof(out));
	if (!st) {
		st = calloc(1, sizeof(*st));
		if (!st)
			return MHD_NO;
		*con_cls = st;
		cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND,
						 "Content-Length");
		if (cl && strtoull(cl, NULL, 10) > SRV_MAX_BODY) {
			sr__server_error(&out, 413, "body too large", NULL,
					 "the limit is 8 MiB");
			return send_resp(c, &out, 0);
		}
		return MHD_YES;
	}
	if (*upload_size) {
		size_t n = *upload_size;

		*upload_size = 0;
		if (st->too_big)
			return MHD_YES;
		if (st->len + n > SRV_MAX_BODY) {
			st->too_big = 1;
			free(st->body);
			st->body = NULL;
			st->len = st->cap = 0;
			return MHD_YES;
		}
		if (st->len + n + 1 > st->cap) {
			size_t cap = st->cap ? st->cap : 4096;
			char *b;

			while (cap < st->len + n + 1)
				cap *= 2;
			b = realloc(st->body, cap);
			if (!b)
				return MHD_NO;
			st->body = b;
			st->cap = cap;
		}
		memcpy(st->body + st->len, upload, n);
		st->len += n;
		st->body[st->len] = 0;
		return MHD_YES;
	}
	if (st->too_big) {
		sr__server_error(&out, 413, "body too large", NULL,
				 "the limit is 8 MiB");
		return send_resp(c, &out, 0);
	}
	memset(&r, 0, sizeof(r));
	r.srv = s;
	r.conn = c;
	r.method = method;
	r.path = url;
	r.body = st->body ? st->body : "";
	r.body_len = st->len;
	cacheable = route(&r, &out);
	if (!s->o.quiet)
		fprintf(stderr, "sitrep serve: %s %s %u\n", method, url,
			out.status);
	ret = send_resp(c, &out, cacheable && out.status == 200);
	return ret;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls,
			 enum MHD_RequestTerminationCode toe)
{
	struct conn_state *st = *con_cls;

	(void)cls;
	(void)c;
	(void)toe;
	if (st) {
		free(st->body);
		free(st);
		*con_cls = NULL;
	}
}

/* ---- start and stop --------------------------------------------------- */

static void free_srv(struct srv *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->idle_count; i++)
		sr_db_close(s->idle[i]);
	sr_engine_free(s->engine);
	sr__cache_free(s->cache);
	pthread_mutex_destroy(&s->pool_mu);
	pthread_cond_destroy(&s->pool_cv);
	pthread_mutex_destroy(&s->engine_mu);
	pthread_mutex_destroy(&s->write_mu);
	sr_free(s->token);
	sr_free(s);
}

int sr__server_start(struct srv **out, const struct srv_opts *o, unsigned *port,
		     struct sr_diag *d)
{
	struct srv *s;
	struct sockaddr_in addr;
	socklen_t alen = sizeof(addr);
	const union MHD_DaemonInfo *info;
	struct sr_db *probe = NULL;
	unsigned threads = o->threads ? o->threads : 4;
	int rc;

	*out = NULL;
	memset(&addr, 0, sizeof(addr));
	addr.sin_family = AF_INET;
	addr.sin_port = htons((uint16_t)o->port);
	if (inet_pton(AF_INET, o->host, &addr.sin_addr) != 1)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "--listen: '%s' is not an IPv4 address",
				   o->host);
	/* Open the store once now so that a bad path fails at start. */
	rc = sr_db_open(&probe, o->db_path, d);
	if (rc)
		return rc;
	s = sr_calloc(1, sizeof(*s));
	if (!s) {
		sr_db_close(probe);
		return sr_diag_set(d, SR_ENOMEM, "", 0, "out of memory");
	}
	s->o = *o;
	pthread_mutex_init(&s->pool_mu, NULL);
	pthread_cond_init(&s->pool_cv, NULL);
	pthread_mutex_init(&s->engine_mu, NULL);
	pthread_mutex_init(&s->write_mu, NULL);
	s->max_open = threads + 2 < POOL_MAX ? threads + 2 : POOL_MAX;
	s->idle[s->idle_count++] = probe;
	s->open_count = 1;
	if (!o->no_cache)
		s->cache = sr__cache_new(o->db_path);
	/* Open every handle now: opening one sets up the schema, which waits
	 * for (and may time out behind) a long write such as an ingest. */
	while (s->open_count < s->max_open) {
		struct sr_db *db = NULL;

		rc = sr_db_open(&db, o->db_path, d);
		if (rc) {
			free_srv(s);
			return rc;
		}
		s->idle[s->idle_count++] = db;
		s->open_count++;
	}
	if (o->token) {
		size_t n = strlen(o->token);

		s->token = sr_malloc(n + 1);
		if (!s->token) {
			free_srv(s);
			return sr_diag_set(d, SR_ENOMEM, "", 0,
					   "out of memory");
		}
		memcpy(s->token, o->token, n + 1);
	}
	s->mhd = MHD_start_daemon(
	    MHD_USE_AUTO_INTERNAL_THREAD | MHD_USE_ERROR_LOG, 0, NULL, NULL,
	    on_request, s, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&addr,
	    MHD_OPTION_THREAD_POOL_SIZE, threads,
	    MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)SRV_CONN_MEMORY,
	    MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SRV_CONN_TIMEOUT,
	    MHD_OPTION_CONNECTION_LIMIT, (unsigned)SRV_MAX_CONNECTIONS,
	    MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_END);
	if (!s->mhd) {
		free_srv(s);
		return sr_diag_set(d, SR_EIO, "", 0,
				   "cannot listen on %s:%u (in use?)", o->host,
				   o->port);
	}
	info = MHD_get_daemon_info(s->mhd, MHD_DAEMON_INFO_LISTEN_FD);
	if (info &&
	    getsockname(info->listen_fd, (struct sockaddr *)&addr, &alen) == 0)
		*port = ntohs(addr.sin_port);
	else
		*port = o->port;
	*out = s;
	return SR_OK;
}

void sr__server_stop(struct srv *s)
{
	if (!s)
		return;
	if (s->mhd)
		MHD_stop_daemon(s->mhd);
	free_srv(s);
}
