/*
 * api_read.c - the read-only endpoints of the server:
 *   GET /api/events        filters, paging (limit + offset), json|csv|
 *                          geojson|jsonl
 *   GET /api/events/ID     one event with its sources, spans and merge
 *                          reasons, and the store's explanation
 *   GET /api/stats         counts by day, kind, region, country and side
 *   GET /api/report        the HTML situation report (sr_report_write)
 *   GET /api/map.svg       the SVG map (sr_map_write_svg)
 *   GET /api/outlines/NAME the outline files of .deps for the page's map
 *   GET /healthz           liveness and counts
 *
 * Exports: the sr__api_* read handlers of server.h.
 *
 * Invariants: every parameter is checked before the store is touched; a
 * bad one answers 400 naming it; unknown parameters are refused the same
 * way, so that a typo never silently widens a query.
 *
 * Does not: cache, or look up one event by an index: the public API has no
 * lookup by id, so /api/events/ID scans the events in date order.
 */
#include "server.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const filter_args[] = {
	"from", "to", "kind", "country", "near", "q", "side", NULL,
};

/* The value of name, NULL when absent or empty. */
static const char *arg(const struct srv_req *r, const char *name)
{
	const char *v = sr__server_arg(r, name);

	return v && *v ? v : NULL;
}

static int bad(struct srv_resp *out, const char *param, const char *msg)
{
	sr__server_error(out, 400, "bad parameter", param, msg);
	return -1;
}

static int parse_near(const char *s, struct sr_query *q)
{
	char *end;

	q->near_lat = strtod(s, &end);
	if (*end != ',')
		return -1;
	q->near_lon = strtod(end + 1, &end);
	if (*end != ',')
		return -1;
	q->near_km = strtod(end + 1, &end);
	if (*end || !(q->near_lat >= -90 && q->near_lat <= 90) ||
	    !(q->near_lon >= -180 && q->near_lon <= 180) ||
	    !(q->near_km > 0 && q->near_km <= 20040))
		return -1;
	q->near = true;
	return 0;
}

/* Check that every query parameter is in known (filters always are). */
static int check_known(const struct srv_req *r, const char *const *extra,
		       struct srv_resp *out)
{
	const char *all[24];
	const char *u;
	size_t n = 0, i;

	for (i = 0; filter_args[i]; i++)
		all[n++] = filter_args[i];
	for (i = 0; extra && extra[i] && n + 1 < sizeof(all) / sizeof(all[0]);
	     i++)
		all[n++] = extra[i];
	all[n] = NULL;
	u = sr__server_unknown_arg(r, all);
	if (u)
		return bad(out, u, "unknown parameter");
	return 0;
}

/* The filters of `sitrep events` (and side) from the query string. */
static int parse_filters(const struct srv_req *r, struct sr_query *q,
			 const char **side, struct srv_resp *out)
{
	const char *v;

	memset(q, 0, sizeof(*q));
	*side = NULL;
	v = arg(r, "from");
	if (v && sr_ymd_parse(v, strlen(v), &q->from))
		return bad(out, "from", "expected a date YYYY-MM-DD");
	v = arg(r, "to");
	if (v && sr_ymd_parse(v, strlen(v), &q->to))
		return bad(out, "to", "expected a date YYYY-MM-DD");
	if (q->from.y && q->to.y &&
	    sr_ymd_to_days(q->from) > sr_ymd_to_days(q->to))
		return bad(out, "from", "from is after to");
	q->kind = arg(r, "kind");
	q->country = arg(r, "country");
	v = arg(r, "near");
	if (v && parse_near(v, q))
		return bad(out, "near",
			   "expected LAT,LON,KM (latitude -90..90, longitude "
			   "-180..180, 0 < KM <= 20040)");
	q->q = arg(r, "q");
	*side = arg(r, "side");
	return 0;
}

/* A store error: 400 naming q for a bad text query, else 500. */
static void store_error(struct srv_resp *out, int rc, const struct sr_diag *d,
			const struct sr_query *q)
{
	if (rc == SR_EUSAGE && q && q->q)
		bad(out, "q", d->msg);
	else
		sr__server_error(out, 500, "store error", NULL,
				 d->msg[0] ? d->msg : sr_strerror(rc));
}

static int side_ok(const char *side, const struct sr_event *ev)
{
	return !side ||
	       (ev->actor1_iso3 && strcasecmp(side, ev->actor1_iso3) == 0);
}

/* ---- /api/events ------------------------------------------------------- */

struct page {
	FILE *fp;
	struct sr_writer *w;
	const char *side;
	size_t offset, limit; /* limit 0: no limit */
	size_t seen, written;
	int json, more;
};

#define STOP 1

static int page_cb(void *ud, const struct sr_event *ev)
{
	struct page *p = ud;

	if (!side_ok(p->side, ev))
		return 0;
	if (p->seen++ < p->offset)
		return 0;
	if (p->limit && p->written >= p->limit) {
		p->more = 1;
		return STOP;
	}
	if (p->json && p->written)
		putc(',', p->fp);
	p->written++;
	return sr_writer_event(p->w, ev);
}

static int parse_size(const char *v, size_t *out)
{
	char *end;
	unsigned long long n;

	if (!v || !*v || *v == '-' || *v == '+')
		return -1;
	n = strtoull(v, &end, 10);
	if (*end || n > 1000000000ull)
		return -1;
	*out = (size_t)n;
	return 0;
}

void sr__api_events(const struct srv_req *r, struct srv_resp *out)
{
	static const char *const extra[] = { "limit", "offset", "format",
					     NULL };
	struct sr_query q;
	struct page p;
	struct sr_diag d;
	struct sr_db *db = NULL;
	enum sr_format fmt = SR_FORMAT_JSONL;
	const char *ctype = "application/json; charset=utf-8";
	const char *v;
	char *buf = NULL;
	size_t len = 0;
	int rc;

	memset(&p, 0, sizeof(p));
	memset(&d, 0, sizeof(d));
	if (check_known(r, extra, out) || parse_filters(r, &q, &p.side, out))
		return;
	p.json = 1;
	v = arg(r, "format");
	if (v && strcmp(v, "json") != 0) {
		p.json = 0;
		if (strcmp(v, "csv") == 0) {
			fmt = SR_FORMAT_CSV;
			ctype = "text/csv; charset=utf-8";
		} else if (strcmp(v, "geojson") == 0) {
			fmt = SR_FORMAT_GEOJSON;
			ctype = "application/geo+json";
		} else if (strcmp(v, "jsonl") == 0) {
			ctype = "application/x-ndjson";
		} else {
			bad(out, "format",
			    "expected json, csv, geojson or "
			    "jsonl");
			return;
		}
	}
	p.limit = 100;
	v = arg(r, "limit");
	if (v && (parse_size(v, &p.limit) || p.limit > SRV_MAX_PAGE ||
		  (p.json && p.limit == 0))) {
		bad(out, "limit",
		    p.json ? "expected 1..10000" : "expected 0 (all) .. 10000");
		return;
	}
	v = arg(r, "offset");
	if (v && parse_size(v, &p.offset)) {
		bad(out, "offset", "expected a number >= 0");
		return;
	}
	if (!p.side) {
		/* the store pages: skipped events are never read */
		q.offset = p.offset;
		p.offset = 0;
		if (p.limit)
			q.limit = p.limit + 1;
	}
	db = sr__server_db_get(r->srv, &d);
	if (!db) {
		store_error(out, SR_ESTORE, &d, NULL);
		return;
	}
	p.fp = open_memstream(&buf, &len);
	if (!p.fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	if (p.json)
		fputs("{\"events\":[", p.fp);
	rc = sr_writer_new(&p.w, fmt, p.fp);
	if (!rc)
		rc = sr_db_query(db, &q, page_cb, &p, &d);
	if (rc == STOP)
		rc = 0;
	if (!rc)
		rc = sr_writer_finish(p.w);
	sr_writer_free(p.w);
	if (rc) {
		fclose(p.fp);
		free(buf);
		store_error(out, rc, &d, &q);
		goto out;
	}
	if (p.json) {
		fprintf(p.fp,
			"],\"paging\":{\"offset\":%zu,\"limit\":%zu,"
			"\"returned\":%zu,\"next_offset\":",
			p.offset, p.limit, p.written);
		if (p.more)
			fprintf(p.fp, "%zu}}\n", p.offset + p.written);
		else
			fputs("null}}\n", p.fp);
	}
	sr__server_take(out, 200, ctype, p.fp, &buf, &len);
out:
	sr__server_db_put(r->srv, db);
}

/* ---- /api/events/ID ---------------------------------------------------- */

struct one {
	const char *id;
	FILE *fp;
	struct sr_writer *w;
	int found;
};

static int one_cb(void *ud, const struct sr_event *ev)
{
	struct one *o = ud;
	int rc;

	if (strcmp(ev->event_id, o->id) != 0)
		return 0;
	o->found = 1;
	rc = sr_writer_event(o->w, ev);
	return rc ? rc : STOP;
}

static int id_ok(const char *id)
{
	size_t n = strlen(id);

	if (!n || n >= 40)
		return 0;
	return strspn(id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVW"
			  "XYZ0123456789-_.:") == n;
}

void sr__api_event(const struct srv_req *r, const char *id,
		   struct srv_resp *out)
{
	static const char *const none[] = { NULL };
	struct sr_query q;
	struct one o;
	struct sr_diag d;
	struct sr_db *db = NULL;
	char *buf = NULL, *xbuf = NULL;
	size_t len = 0, xlen = 0;
	FILE *xp;
	const char *u = sr__server_unknown_arg(r, none);
	int rc;

	if (u) {
		bad(out, u, "unknown parameter");
		return;
	}
	if (!id_ok(id)) {
		sr__server_error(out, 404, "no such event", NULL, id);
		return;
	}
	memset(&q, 0, sizeof(q));
	memset(&o, 0, sizeof(o));
	memset(&d, 0, sizeof(d));
	o.id = id;
	q.event_id = id; /* looked up by its index, not scanned */
	db = sr__server_db_get(r->srv, &d);
	if (!db) {
		store_error(out, SR_ESTORE, &d, NULL);
		return;
	}
	o.fp = open_memstream(&buf, &len);
	if (!o.fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	fputs("{\"event\":", o.fp);
	rc = sr_writer_new(&o.w, SR_FORMAT_JSONL, o.fp);
	if (!rc)
		rc = sr_db_query(db, &q, one_cb, &o, &d);
	sr_writer_free(o.w);
	if (rc == STOP)
		rc = 0;
	if (rc || !o.found) {
		fclose(o.fp);
		free(buf);
		if (rc)
			store_error(out, rc, &d, NULL);
		else
			sr__server_error(out, 404, "no such event", NULL, id);
		goto out;
	}
	/* The store's own account: mentions, merge reasons, revisions. */
	xp = open_memstream(&xbuf, &xlen);
	if (xp) {
		memset(&d, 0, sizeof(d));
		rc = sr_db_explain(db, id, xp, &d);
		fclose(xp);
		fputs(",\"explain\":", o.fp);
		if (!rc)
			sr__json_strn(o.fp, xbuf, xlen);
		else
			fputs("null", o.fp);
		free(xbuf);
	}
	fputs("}\n", o.fp);
	sr__server_take(out, 200, "application/json; charset=utf-8", o.fp, &buf,
			&len);
out:
	sr__server_db_put(r->srv, db);
}

/* ---- /api/stats -------------------------------------------------------- */

struct bucket {
	char *key;  /* malloc'd */
	char *key2; /* admin1 of a region; malloc'd or NULL */
	long count;
	long fatalities;
};

struct tally {
	struct bucket *b;
	size_t n, cap;
};

static struct bucket *tally_add(struct tally *t, const char *key,
				const char *key2)
{
	size_t i;
	struct bucket *b;

	key = key ? key : "";
	for (i = t->n; i-- > 0;) {
		b = &t->b[i];
		if (strcmp(b->key, key) == 0 &&
		    (!key2 ? !b->key2 : b->key2 && strcmp(b->key2, key2) == 0))
			return b;
	}
	if (t->n == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 64;
		struct bucket *nb = realloc(t->b, cap * sizeof(*nb));

		if (!nb)
			return NULL;
		t->b = nb;
		t->cap = cap;
	}
	b = &t->b[t->n];
	memset(b, 0, sizeof(*b));
	b->key = strdup(key);
	b->key2 = key2 ? strdup(key2) : NULL;
	if (!b->key || (key2 && !b->key2)) {
		free(b->key);
		free(b->key2);
		return NULL;
	}
	t->n++;
	return b;
}

static void tally_clear(struct tally *t)
{
	size_t i;

	for (i = 0; i < t->n; i++) {
		free(t->b[i].key);
		free(t->b[i].key2);
	}
	free(t->b);
	memset(t, 0, sizeof(*t));
}

static int by_count(const void *a, const void *b)
{
	const struct bucket *x = a, *y = b;

	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	return strcmp(x->key, y->key);
}

struct stats {
	const char *side;
	long total, undated, located, fatalities, injured;
	struct tally day, kind, region, country, sidet;
	int oom;
};

static int count(struct stats *s, struct tally *t, const char *k,
		 const char *k2, int64_t fat)
{
	struct bucket *b = tally_add(t, k, k2);

	if (!b) {
		s->oom = 1;
		return SR_ENOMEM;
	}
	b->count++;
	if (fat > 0)
		b->fatalities += (long)fat;
	return 0;
}

static int stats_cb(void *ud, const struct sr_event *ev)
{
	struct stats *s = ud;
	char date[11];
	int64_t fat = ev->fatalities;

	if (!side_ok(s->side, ev))
		return 0;
	s->total++;
	if (fat > 0)
		s->fatalities += (long)fat;
	if (ev->injured > 0)
		s->injured += (long)ev->injured;
	if (ev->geo_precision)
		s->located++;
	if (ev->event_date.y) {
		sr_ymd_format(ev->event_date, date);
		/* Events come in date order: only the last day can match. */
		if (s->day.n && strcmp(s->day.b[s->day.n - 1].key, date) == 0) {
			s->day.b[s->day.n - 1].count++;
			if (fat > 0)
				s->day.b[s->day.n - 1].fatalities += (long)fat;
		} else if (count(s, &s->day, date, NULL, fat)) {
			return SR_ENOMEM;
		}
	} else {
		s->undated++;
	}
	if (count(s, &s->kind, ev->kind, NULL, fat) ||
	    count(s, &s->region, ev->iso3 ? ev->iso3 : "",
		  ev->admin1 ? ev->admin1 : "", fat) ||
	    count(s, &s->country, ev->iso3, NULL, fat) ||
	    count(s, &s->sidet, ev->actor1_iso3, NULL, fat))
		return SR_ENOMEM;
	return 0;
}

static void put_tally(FILE *fp, const char *name, const char *keyname,
		      struct tally *t, int sort)
{
	size_t i;

	if (sort)
		qsort(t->b, t->n, sizeof(*t->b), by_count);
	fprintf(fp, ",\"%s\":[", name);
	for (i = 0; i < t->n; i++) {
		fprintf(fp, "%s{\"%s\":", i ? "," : "", keyname);
		sr__json_str(fp, t->b[i].key);
		if (t->b[i].key2) {
			fputs(",\"admin1\":", fp);
			sr__json_str(fp, t->b[i].key2);
		}
		fprintf(fp, ",\"count\":%ld,\"fatalities\":%ld}", t->b[i].count,
			t->b[i].fatalities);
	}
	putc(']', fp);
}

void sr__api_stats(const struct srv_req *r, struct srv_resp *out)
{
	struct sr_query q;
	struct stats s;
	struct sr_diag d;
	struct sr_db *db = NULL;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	int rc;

	memset(&s, 0, sizeof(s));
	memset(&d, 0, sizeof(d));
	if (check_known(r, NULL, out) || parse_filters(r, &q, &s.side, out))
		return;
	db = sr__server_db_get(r->srv, &d);
	if (!db) {
		store_error(out, SR_ESTORE, &d, NULL);
		return;
	}
	rc = sr_db_query(db, &q, stats_cb, &s, &d);
	if (rc) {
		if (s.oom)
			sr__server_error(out, 500, "out of memory", NULL, NULL);
		else
			store_error(out, rc, &d, &q);
		goto out;
	}
	fp = open_memstream(&buf, &len);
	if (!fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	fprintf(fp,
		"{\"total\":%ld,\"undated\":%ld,\"located\":%ld,"
		"\"fatalities\":%ld,\"injured\":%ld",
		s.total, s.undated, s.located, s.fatalities, s.injured);
	put_tally(fp, "by_day", "date", &s.day, 0);
	put_tally(fp, "by_kind", "kind", &s.kind, 1);
	put_tally(fp, "by_region", "iso3", &s.region, 1);
	put_tally(fp, "by_country", "iso3", &s.country, 1);
	put_tally(fp, "by_side", "iso3", &s.sidet, 1);
	fputs("}\n", fp);
	sr__server_take(out, 200, "application/json; charset=utf-8", fp, &buf,
			&len);
out:
	tally_clear(&s.day);
	tally_clear(&s.kind);
	tally_clear(&s.region);
	tally_clear(&s.country);
	tally_clear(&s.sidet);
	sr__server_db_put(r->srv, db);
}

/* ---- /api/report and /api/map.svg ------------------------------------- */

void sr__api_report(const struct srv_req *r, struct srv_resp *out)
{
	static const char *const extra[] = { "admin1", NULL };
	struct sr_report_opts ro;
	struct sr_diag d;
	struct sr_db *db = NULL;
	const char *side;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;
	int rc;

	memset(&ro, 0, sizeof(ro));
	memset(&d, 0, sizeof(d));
	if (check_known(r, extra, out) ||
	    parse_filters(r, &ro.query, &side, out))
		return;
	if (side) {
		bad(out, "side", "not supported by the report");
		return;
	}
	ro.admin1 = arg(r, "admin1");
	ro.format = SR_REPORT_HTML;
	ro.map.deps_dir = sr__server_deps_dir(r->srv);
	db = sr__server_db_get(r->srv, &d);
	if (!db) {
		store_error(out, SR_ESTORE, &d, NULL);
		return;
	}
	fp = open_memstream(&buf, &len);
	if (!fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	rc = sr_report_write(db, &ro, fp, &d);
	if (rc) {
		fclose(fp);
		free(buf);
		store_error(out, rc, &d, &ro.query);
		goto out;
	}
	if (!sr__server_take(out, 200, "text/html; charset=utf-8", fp, &buf,
			     &len))
		out->csp = "default-src 'none'; style-src 'unsafe-inline'; "
			   "img-src data:";
out:
	sr__server_db_put(r->srv, db);
}

void sr__api_map(const struct srv_req *r, struct srv_resp *out)
{
	static const char *const extra[] = { "width", NULL };
	struct sr_map_opts mo;
	struct sr_query q;
	struct sr_diag d;
	struct sr_db *db = NULL;
	const char *side, *v;
	char *buf = NULL;
	size_t len = 0, width = 0;
	FILE *fp;
	int rc;

	memset(&mo, 0, sizeof(mo));
	memset(&d, 0, sizeof(d));
	if (check_known(r, extra, out) || parse_filters(r, &q, &side, out))
		return;
	v = arg(r, "width");
	if (v && (parse_size(v, &width) || width < 200 || width > 4000)) {
		bad(out, "width", "expected 200..4000");
		return;
	}
	mo.width = (int)width;
	mo.deps_dir = sr__server_deps_dir(r->srv);
	db = sr__server_db_get(r->srv, &d);
	if (!db) {
		store_error(out, SR_ESTORE, &d, NULL);
		return;
	}
	fp = open_memstream(&buf, &len);
	if (!fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	rc = sr_map_write_svg(db, &q, &mo, fp, &d);
	if (rc) {
		fclose(fp);
		free(buf);
		store_error(out, rc, &d, &q);
		goto out;
	}
	if (!sr__server_take(out, 200, "image/svg+xml", fp, &buf, &len))
		out->csp = "default-src 'none'; style-src 'unsafe-inline'";
out:
	sr__server_db_put(r->srv, db);
}

/* ---- /api/outlines/NAME and /healthz ----------------------------------- */

void sr__api_outline(const struct srv_req *r, const char *name,
		     struct srv_resp *out)
{
	const char *deps = sr__server_deps_dir(r->srv);
	const char *rel;
	char path[4096];
	char *buf = NULL;
	long n;
	FILE *fp;

	if (strcmp(name, "world.json") == 0)
		rel = "npm/node_modules/world-atlas/countries-50m.json";
	else if (strcmp(name, "regions.json") == 0)
		rel = "npm/node_modules/@amcharts/amcharts4-geodata/json/"
		      "ukraineLow.json";
	else {
		sr__server_error(out, 404, "not found", NULL, name);
		return;
	}
	if (!deps || snprintf(path, sizeof(path), "%s/%s", deps, rel) >=
			 (int)sizeof(path)) {
		sr__server_error(out, 404, "outlines not installed", NULL,
				 "run 'make deps'");
		return;
	}
	fp = fopen(path, "rb");
	if (!fp) {
		sr__server_error(out, 404, "outlines not installed", NULL,
				 "run 'make deps'");
		return;
	}
	if (fseek(fp, 0, SEEK_END) || (n = ftell(fp)) < 0 ||
	    n > 64L * 1024 * 1024 || fseek(fp, 0, SEEK_SET) ||
	    !(buf = malloc((size_t)n + 1)) ||
	    fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		fclose(fp);
		sr__server_error(out, 500, "cannot read outlines", NULL, NULL);
		return;
	}
	fclose(fp);
	out->status = 200;
	out->ctype = "application/json";
	out->data = buf;
	out->len = (size_t)n;
}

void sr__api_health(const struct srv_req *r, struct srv_resp *out)
{
	struct sr_diag d;
	struct sr_db *db;
	int64_t articles = 0, events = 0;
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	memset(&d, 0, sizeof(d));
	db = sr__server_db_get(r->srv, &d);
	if (!db || sr_db_counts(db, &articles, &events)) {
		sr__server_db_put(r->srv, db);
		sr__server_error(out, 503, "store unavailable", NULL,
				 d.msg[0] ? d.msg : NULL);
		return;
	}
	sr__server_db_put(r->srv, db);
	fp = open_memstream(&buf, &len);
	if (!fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		return;
	}
	fprintf(fp,
		"{\"status\":\"ok\",\"version\":\"%s\",\"articles\":%lld,"
		"\"events\":%lld}\n",
		SR_VERSION, (long long)articles, (long long)events);
	sr__server_take(out, 200, "application/json; charset=utf-8", fp, &buf,
			&len);
}
