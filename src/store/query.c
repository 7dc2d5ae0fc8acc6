/*
 * query.c - the parts of storing and querying events that need no SQL,
 * shared by every backend: spans to and from their JSON column, span
 * bounds checks, the user's text query rewritten into a safe FTS5
 * expression, great-circle distance and the bounding box of a circle,
 * and what a --country value means.
 *
 * Exports: the sr__store_* helpers declared in store.h.
 *
 * Invariants: pure functions of their arguments (country lookups read the
 * immutable country table); never touch a database.
 *
 * Does not: run queries (store_sqlite.c), print, or allocate except into
 * the caller's sr_buf.
 */
#include "store.h"
#include "../lexicon/countries.h"

#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EARTH_KM   6371.0088
#define KM_PER_DEG (EARTH_KM * 3.14159265358979323846 / 180.0)

static const char *const span_names[] = {
	"trigger",    "actor1",	 "actor2",   "place",	"date",
	"fatalities", "injured", "quantity", "weapons", "claim",
};

static const size_t span_offs[] = {
	offsetof(struct sr_spans, trigger),
	offsetof(struct sr_spans, actor1),
	offsetof(struct sr_spans, actor2),
	offsetof(struct sr_spans, place),
	offsetof(struct sr_spans, date),
	offsetof(struct sr_spans, fatalities),
	offsetof(struct sr_spans, injured),
	offsetof(struct sr_spans, quantity),
	offsetof(struct sr_spans, weapons),
	offsetof(struct sr_spans, claim),
};

static const struct sr_span *span_at(const struct sr_spans *sp, size_t i)
{
	return (const struct sr_span *)((const char *)sp + span_offs[i]);
}

static struct sr_span *span_mut(struct sr_spans *sp, size_t i)
{
	return (struct sr_span *)((char *)sp + span_offs[i]);
}

void sr__store_spans_json(const struct sr_spans *sp, char *buf, size_t cap)
{
	size_t i, n = 0;

	n += (size_t)snprintf(buf + n, cap - n, "{");
	for (i = 0; i < SR_ARRAY_LEN(span_names); i++) {
		const struct sr_span *x = span_at(sp, i);
		if (!x->len)
			continue;
		if (n >= cap)
			break;
		n += (size_t)snprintf(buf + n, cap - n, "%s\"%s\":[%u,%u]",
				      n > 1 ? "," : "", span_names[i],
				      (unsigned)x->off, (unsigned)x->len);
	}
	if (n < cap)
		snprintf(buf + n, cap - n, "}");
}

static int span_ok(struct sr_span x, size_t text_len)
{
	return !x.len ||
	       ((size_t)x.off <= text_len && (size_t)x.len <= text_len - x.off);
}

int sr__store_spans_ok(const struct sr_event *ev, size_t text_len)
{
	size_t i;

	if (!span_ok(ev->sentence, text_len))
		return 0;
	for (i = 0; i < SR_ARRAY_LEN(span_names); i++)
		if (!span_ok(*span_at(&ev->spans, i), text_len))
			return 0;
	return 1;
}

int sr__store_fts_expr(const char *q, struct sr_buf *b)
{
	const char *p = q, *w, *e;
	int rc = SR_OK, words = 0;

	while (*p && !rc) {
		while (*p && isspace((unsigned char)*p))
			p++;
		if (!*p)
			break;
		if (*p == '(' || *p == ')') {
			rc = sr__buf_printf(b, " %c", *p++);
			continue;
		}
		if (*p == '"') {
			w = ++p;
			while (*p && *p != '"')
				p++;
			e = p;
			if (*p)
				p++;
		} else {
			w = p;
			while (*p && !isspace((unsigned char)*p) && *p != '(' &&
			       *p != ')' && *p != '"')
				p++;
			e = p;
			if ((e - w == 3 && (!strncmp(w, "AND", 3) ||
					    !strncmp(w, "NOT", 3))) ||
			    (e - w == 2 && !strncmp(w, "OR", 2))) {
				rc =
				    sr__buf_printf(b, " %.*s", (int)(e - w), w);
				continue;
			}
		}
		{
			int prefix = 0;
			while (e > w && e[-1] == '*') {
				e--;
				prefix = 1;
			}
			if (*p == '*') { /* "phrase"* */
				prefix = 1;
				while (*p == '*')
					p++;
			}
			if (e == w)
				continue;
			rc = sr__buf_puts(b, " \"");
			for (; w < e && !rc; w++)
				rc = *w == '"' ? sr__buf_puts(b, "\"\"")
					       : sr__buf_putc(b, *w);
			if (!rc)
				rc = sr__buf_puts(b, prefix ? "\"*" : "\"");
			words++;
		}
	}
	if (!rc && !words)
		return SR_EUSAGE;
	return rc;
}

double sr__store_haversine_km(double lat1, double lon1, double lat2,
			      double lon2)
{
	const double r = 3.14159265358979323846 / 180.0;
	double dlat = (lat2 - lat1) * r, dlon = (lon2 - lon1) * r;
	double h =
	    sin(dlat / 2) * sin(dlat / 2) +
	    cos(lat1 * r) * cos(lat2 * r) * sin(dlon / 2) * sin(dlon / 2);

	if (h > 1)
		h = 1;
	return 2 * EARTH_KM * asin(sqrt(h));
}

void sr__store_near_box(double lat, double lon, double km, double box[4])
{
	double dlat = km / KM_PER_DEG * 1.01 + 1e-4, dlon;

	box[0] = lat - dlat;
	box[1] = lat + dlat;
	if (fabs(lat) + dlat >= 89.0) {
		box[2] = -180.0;
		box[3] = 180.0;
		return;
	}
	dlon = dlat / cos((fabs(lat) + dlat) * 3.14159265358979323846 / 180.0);
	box[2] = lon - dlon;
	box[3] = lon + dlon;
	if (box[2] < -180.0 || box[3] > 180.0) { /* crosses the antimeridian */
		box[2] = -180.0;
		box[3] = 180.0;
	}
}

void sr__store_spans_parse(const char *p, struct sr_spans *sp)
{
	size_t i;

	memset(sp, 0, sizeof(*sp));
	if (!p)
		return;
	for (i = 0; i < SR_ARRAY_LEN(span_names); i++) {
		char key[32];
		const char *k;
		unsigned long off, len;
		char *end;

		snprintf(key, sizeof(key), "\"%s\":[", span_names[i]);
		k = strstr(p, key);
		if (!k)
			continue;
		k += strlen(key);
		off = strtoul(k, &end, 10);
		if (end == k || *end != ',')
			continue;
		k = end + 1;
		len = strtoul(k, &end, 10);
		if (end == k || *end != ']' || off > UINT32_MAX ||
		    len > UINT32_MAX)
			continue;
		span_mut(sp, i)->off = (uint32_t)off;
		span_mut(sp, i)->len = (uint32_t)len;
	}
}

void sr__store_country_iso3(const char *c, char *buf)
{
	const struct sr_country *k = NULL;
	size_t n = strlen(c), i;

	buf[0] = '\0';
	if (n == 2)
		k = sr__country_by_iso2(c);
	else if (n == 3)
		k = sr__country_by_iso3(c);
	if (!k)
		k = sr__country_by_name(c, n);
	if (k && k->iso3) {
		snprintf(buf, 4, "%s", k->iso3);
		return;
	}
	if (n == 3) {
		for (i = 0; i < 3; i++)
			buf[i] = (char)toupper((unsigned char)c[i]);
		buf[3] = '\0';
	}
}
