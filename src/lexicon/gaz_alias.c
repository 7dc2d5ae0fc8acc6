/*
 * gaz_alias.c - place aliases for a gazetteer build: names that GeoNames
 * does not carry ("DPR", "Donbas", "ZNPP", "Snake Island"), read from the
 * embedded data/place_aliases.tsv after the admin-1 regions exist, so that
 * both the default and custom builds have them.
 *
 * Exports sr__gazb_add_aliases (to gaz_build.c).  Columns of a row:
 *   alias  kind  cc  admin1  name  lat  lon  precision
 * kind "admin1": the alias names the admin-1 region (cc, admin1 code);
 * kind "same":   the alias names the existing locality called `name` in cc
 *                (in admin1 when given, else the most populous);
 * kind "place":  the alias names a place `name` at lat,lon in (cc, admin1)
 *                that events get `precision` for (2 = near a town); rows
 *                with the same cc and name share one place.
 * kind "locality": a settlement `name` at lat,lon in (cc, admin1), made
 *                only when the build has no locality of that name in that
 *                region (so UA_wof or the fixture keep their own); the
 *                alias is one more name of it.
 * Rows whose region or place this build lacks (a build of one country
 * only) are skipped; malformed rows are reported as bad rows
 * (place_aliases.tsv:LINE), never fatal.  Does not write the file.
 */
#include "gaz_build.h"

#include <stdlib.h>
#include <string.h>

#define FIELD(t, i, buf) copy_field((t), (i), (buf), sizeof(buf))

static int copy_field(const struct sr_tsv *t, size_t i, char *buf, size_t cap)
{
	if (i >= t->nfields || t->flen[i] >= cap)
		return -1;
	memcpy(buf, t->field[i], t->flen[i]);
	buf[t->flen[i]] = '\0';
	return 0;
}

static int parse_coord(const char *s, double lo, double hi, double *out)
{
	char *end;

	*out = strtod(s, &end);
	return end != s && !*end && *out >= lo && *out <= hi ? 0 : -1;
}

/* The existing locality in cc (and admin1 when not "-") that has a name
 * folding to key, the most populous; NONE when there is none. */
static uint32_t find_locality(const struct build *b, const char *cc,
			      const char *a1, const char *key)
{
	uint64_t h = sr__hash64(key, strlen(key));
	uint32_t best = NONE;
	size_t i;

	for (i = 0; i < b->nn; i++) {
		const struct bplace *p;

		if (b->nm[i].h != h || strcmp(b->nm[i].key, key) != 0)
			continue;
		p = &b->p[b->nm[i].place];
		if (p->level != SR_PLACE_LOCALITY || strcmp(p->cc, cc) != 0)
			continue;
		if (strcmp(a1, "-") != 0 && strcmp(p->a1code, a1) != 0)
			continue;
		if (best == NONE || p->pop > b->p[best].pop)
			best = b->nm[i].place;
	}
	return best;
}

/* The alias place (cc, name) made by an earlier row, from first on. */
static uint32_t find_alias_place(const struct build *b, size_t first,
				 const char *cc, const char *name)
{
	size_t i;

	for (i = first; i < b->np; i++)
		if (strcmp(b->p[i].cc, cc) == 0 &&
		    strcmp(b->p[i].name, name) == 0 &&
		    b->p[i].level == SR_PLACE_LOCALITY)
			return (uint32_t)i;
	return NONE;
}

static int new_alias_place(struct build *b, const char *cc, const char *a1,
			   const char *name, double lat, double lon,
			   int precision, uint32_t *out)
{
	char key[SR_MAX_NAME_LEN + 1];
	size_t klen = sr__fold(name, strlen(name), key, sizeof(key));
	struct bplace *q;
	int rc;

	if ((rc = sr__gazb_new_place(b, out)))
		return rc;
	q = &b->p[*out];
	q->id = 0;
	q->lat = lat;
	q->lon = lon;
	q->has_point = true;
	q->name = sr__arena_strndup(&b->arena, name, strlen(name));
	q->key = sr__arena_strndup(&b->arena, key, klen);
	q->a1code = strcmp(a1, "-") == 0
			? ""
			: sr__arena_strndup(&b->arena, a1, strlen(a1));
	if (!q->name || !q->key || !q->a1code)
		return SR_ENOMEM;
	memcpy(q->cc, cc, 3);
	memcpy(q->fcode, "ALIAS", 6);
	q->fclass = 'L';
	q->level = SR_PLACE_LOCALITY;
	q->precision = (uint8_t)precision;
	return sr__gazb_add_name(b, *out, name, strlen(name));
}

int sr__gazb_add_aliases(struct build *b)
{
	struct sr_tsv t = { 0 };
	size_t first = b->np;
	int rc;

	t.data = sr__data("place_aliases.tsv", &t.len);
	if (!t.data)
		return 0;
	while (sr__tsv_next(&t)) {
		char alias[SR_MAX_NAME_LEN + 1], kind[16], cc[3], a1[21];
		char name[SR_MAX_NAME_LEN + 1], key[SR_MAX_NAME_LEN + 1];
		char lat_s[32], lon_s[32], prec_s[8];
		double lat, lon;
		uint32_t pi = NONE;
		int prec = 0;

		if (t.nfields < 8 || FIELD(&t, 0, alias) ||
		    FIELD(&t, 1, kind) || FIELD(&t, 2, cc) ||
		    FIELD(&t, 3, a1) || FIELD(&t, 4, name) ||
		    FIELD(&t, 5, lat_s) || FIELD(&t, 6, lon_s) ||
		    FIELD(&t, 7, prec_s) || strlen(cc) != 2 || !a1[0]) {
			sr__gazb_bad_row(b, "place_aliases.tsv", t.lineno,
					 "bad alias row (8 columns)", NULL);
			continue;
		}
		if (strcmp(kind, "admin1") == 0) {
			pi = sr__gazb_map_get(
			    &b->admin1,
			    sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, cc, a1));
		} else if (strcmp(kind, "same") == 0) {
			size_t klen =
			    sr__fold(name, strlen(name), key, sizeof(key));

			if (klen)
				pi = find_locality(b, cc, a1, key);
		} else if (strcmp(kind, "place") == 0) {
			prec = atoi(prec_s);
			if (parse_coord(lat_s, -90, 90, &lat) ||
			    parse_coord(lon_s, -180, 180, &lon) || prec < 1 ||
			    prec > 3) {
				sr__gazb_bad_row(b, "place_aliases.tsv",
						 t.lineno, "bad alias point",
						 alias);
				continue;
			}
			pi = find_alias_place(b, first, cc, name);
			if (pi == NONE &&
			    (rc = new_alias_place(b, cc, a1, name, lat, lon,
						  prec, &pi)))
				return rc;
		} else if (strcmp(kind, "locality") == 0) {
			/* a settlement GeoNames' cities500 lacks: made only
			 * when the build has no locality of that name in the
			 * region (a fuller gazetteer keeps its own) */
			size_t klen =
			    sr__fold(name, strlen(name), key, sizeof(key));

			if (parse_coord(lat_s, -90, 90, &lat) ||
			    parse_coord(lon_s, -180, 180, &lon)) {
				sr__gazb_bad_row(b, "place_aliases.tsv",
						 t.lineno, "bad alias point",
						 alias);
				continue;
			}
			if (!klen ||
			    sr__gazb_map_get(&b->admin1,
					     sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1,
							      cc, a1)) == NONE)
				continue; /* not in this build */
			pi = find_locality(b, cc, a1, key);
			if (pi == NONE) {
				if ((rc = new_alias_place(b, cc, a1, name, lat,
							  lon, 0, &pi)))
					return rc;
				memcpy(b->p[pi].fcode, "PPL", 4);
				b->p[pi].fclass = 'P';
			}
		} else {
			sr__gazb_bad_row(b, "place_aliases.tsv", t.lineno,
					 "unknown alias kind", kind);
			continue;
		}
		if (pi == NONE)
			continue; /* not in this build */
		if ((rc = sr__gazb_add_name(b, pi, alias, strlen(alias))))
			return rc;
	}
	return 0;
}
