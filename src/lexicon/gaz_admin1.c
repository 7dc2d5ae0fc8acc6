/*
 * gaz_admin1.c - admin-1 regions and countries for a gazetteer build.
 *
 * Exports (to gaz_build.c only): sr__gazb_admin1_line (one line of
 * GeoNames' admin1CodesASCII.txt), sr__gazb_read_states (country-state-
 * city's state.json), sr__gazb_finish_admin1 and sr__gazb_add_countries.
 *
 * An admin-1 region is keyed by its full name and by variants without
 * words such as "Oblast", "Region", "Krai", "Republic", "City", plus the
 * noun behind an adjectival form ("Kharkivs'ka" -> "kharkiv", "Donetska"
 * -> "donetsk"), plus every key of its seat (its PPLA place), so that
 * "Kherson region" finds the region through "kherson".  Variants that
 * would be bare generic words ("central", "northern") are not added.
 *
 * Points: an admin-1 gets its seat's point (the capital, where ACLED and
 * UCDP code an event known only by its region) unless its source gives
 * one; else the state.json point, else the mean of its places.
 * Without admin1CodesASCII.txt, each (country, admin1 code) group of
 * places is named after the state.json entry of its country nearest to its seat
 * (else its mean); each state is given to one group at most, nearest
 * pairs first.  Does not read GeoNames dumps (gaz_build.c does).
 */
#include "gaz_build.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define STATE_MAX_KM 600.0

static const char *const admin_words[] = {
	"oblast",	"oblasti",	"region",      "krai",
	"kray",		"republic",	"province",    "governorate",
	"city",		"autonomous",	"okrug",       "of",
	"the",		"respublika",	"state",       "district",
	"division",	"emirate",	"voivodeship", "prefecture",
	"oblys",	"municipality", "county",      "department",
	"departamento",
};

static const char *const generic_words[] = {
	"north",      "south",	    "east",	  "west",    "central",
	"northern",   "southern",   "eastern",	  "western", "capital",
	"upper",      "lower",	    "middle",	  "new",     "greater",
	"far",	      "federal",    "national",	  "special", "north east",
	"north west", "south east", "south west",
};

static int in_list(const char *const *list, size_t n, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0)
			return 1;
	return 0;
}

/* Add key when it is not a bare generic word. */
static int add_variant(struct build *b, uint32_t pi, const char *key,
		       size_t len)
{
	if (len < 3 ||
	    in_list(generic_words, SR_ARRAY_LEN(generic_words), key, len))
		return 0;
	return sr__gazb_add_key(b, pi, key, len);
}

static int ends_with(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && memcmp(s + n - k, suffix, k) == 0;
}

/* Leading articles of French, Spanish and Arabic region names ("La
 * Araucania", "Al Jazirah", "El Oro"). */
static const char *const article_words[] = {
	"la", "le", "les", "el",  "los", "las", "al",
	"an", "ad", "as",  "ash", "at",	 "az",
};
/* Compass words of French, Spanish and Portuguese names, in English
 * ("Nord-Kivu" is North Kivu in English news). */
static const char *const compass_words[][2] = {
	{ "nord", "north" }, { "sud", "south" },   { "est", "east" },
	{ "ouest", "west" }, { "norte", "north" }, { "sur", "south" },
	{ "sul", "south" },
};
/* Joined compass words, and the two words they are written as
 * ("Northwest" and "North-West"). */
static const char *const joined_compass[][2] = {
	{ "northwest", "north west" },
	{ "northeast", "north east" },
	{ "southwest", "south west" },
	{ "southeast", "south east" },
};

/* Variants of the key v[0..vlen) (admin words dropped) in the words
 * English news uses: without a leading article ("Araucania", "Jazirah":
 * what is left is six letters or more), a first compass word in English
 * ("North Kivu"), a joined compass word split or a split one joined
 * ("North-West" region of Cameroon, "Northwest"). */
static int add_language_variants(struct build *b, uint32_t pi, const char *v,
				 size_t vlen)
{
	const char *sp = memchr(v, ' ', vlen);
	size_t wl = sp ? (size_t)(sp - v) : vlen, i, k;
	char t[SR_MAX_NAME_LEN + 1];
	int rc;

	if (sp && vlen - wl - 1 >= 6 &&
	    in_list(article_words, SR_ARRAY_LEN(article_words), v, wl) &&
	    (rc = add_variant(b, pi, v + wl + 1, vlen - wl - 1)))
		return rc;
	for (i = 0; sp && i < SR_ARRAY_LEN(compass_words); i++) {
		size_t el = strlen(compass_words[i][1]);

		if (strlen(compass_words[i][0]) != wl ||
		    memcmp(v, compass_words[i][0], wl) != 0 ||
		    el + vlen - wl > SR_MAX_NAME_LEN)
			continue;
		memcpy(t, compass_words[i][1], el);
		memcpy(t + el, v + wl, vlen - wl);
		if ((rc = add_variant(b, pi, t, el + vlen - wl)))
			return rc;
	}
	for (i = 0; i < SR_ARRAY_LEN(joined_compass); i++) {
		for (k = 0; k < 2; k++) {
			const char *from = joined_compass[i][k];
			const char *to = joined_compass[i][1 - k];
			size_t fl = strlen(from), tl = strlen(to);

			if (vlen < fl || memcmp(v, from, fl) != 0 ||
			    (vlen > fl && v[fl] != ' ') ||
			    tl + vlen - fl > SR_MAX_NAME_LEN)
				continue;
			memcpy(t, to, tl);
			memcpy(t + tl, v + fl, vlen - fl);
			if ((rc = sr__gazb_add_key(b, pi, t, tl + vlen - fl)))
				return rc;
		}
	}
	return 0;
}

/* Keys of an admin-1 name: the name, without admin words, and the noun
 * behind an adjectival last word. */
static int add_admin1_keys(struct build *b, uint32_t pi, const char *name,
			   size_t len)
{
	char key[SR_MAX_NAME_LEN + 1], v[SR_MAX_NAME_LEN + 1];
	size_t klen, vlen = 0, i = 0, last = 0;
	int rc;

	klen = sr__fold(name, len, key, sizeof(key));
	if (klen == 0 || !sr__gazb_is_latin(key, klen))
		return 0;
	if ((rc = sr__gazb_add_key(b, pi, key, klen)))
		return rc;
	while (i < klen) {
		const char *w = key + i;
		const char *sp = memchr(w, ' ', klen - i);
		size_t wl = sp ? (size_t)(sp - w) : klen - i;

		if (!in_list(admin_words, SR_ARRAY_LEN(admin_words), w, wl)) {
			if (vlen)
				v[vlen++] = ' ';
			last = vlen;
			memcpy(v + vlen, w, wl);
			vlen += wl;
		}
		i += wl + 1;
	}
	if (vlen == 0)
		return 0;
	if (vlen != klen && (rc = add_variant(b, pi, v, vlen)))
		return rc;
	if ((rc = add_language_variants(b, pi, v, vlen)))
		return rc;
	/* Adjectival last word: "kharkivska" -> "kharkiv" (and
	 * "kharkivsk"), "donetska" -> "donetsk", "leningradskaya" ->
	 * "leningrad" and "leningradsk". */
	if (ends_with(v + last, vlen - last, "skaya")) {
		if (vlen - last - 5 >= 4 &&
		    (rc = add_variant(b, pi, v, vlen - 5)))
			return rc;
		return add_variant(b, pi, v, vlen - 3);
	}
	if (ends_with(v + last, vlen - last, "ska")) {
		if (vlen - last - 3 >= 4 &&
		    (rc = add_variant(b, pi, v, vlen - 3)))
			return rc;
		return add_variant(b, pi, v, vlen - 1);
	}
	return 0;
}

static void set_code(struct build *b, uint32_t pi, const char *code)
{
	char *c = sr__arena_strndup(&b->arena, code, strlen(code));

	if (c)
		b->p[pi].a1code = c;
}

int sr__gazb_admin1_line(struct build *b, const char *path, uint32_t lineno,
			 const char *s, size_t n)
{
	const char *f[4] = { 0 };
	size_t fl[4] = { 0 }, nf = 0, i, start = 0, k;
	char cc[3], code[21], *name;
	uint64_t id = 0;
	uint32_t pi;
	int rc;

	for (i = 0; i <= n && nf < 4; i++) {
		if (i == n || s[i] == '\t') {
			f[nf] = s + start;
			fl[nf] = i - start;
			nf++;
			start = i + 1;
		}
	}
	if (nf < 2 || fl[0] < 4 || fl[0] > 23 || f[0][2] != '.' ||
	    f[0][0] < 'A' || f[0][0] > 'Z' || f[0][1] < 'A' || f[0][1] > 'Z') {
		sr__gazb_bad_row(b, path, lineno, "bad admin-1 code", NULL);
		return 0;
	}
	if (fl[1] == 0 || fl[1] > SR_MAX_NAME_LEN) {
		sr__gazb_bad_row(b, path, lineno, "bad admin-1 name", NULL);
		return 0;
	}
	if (nf > 3 && fl[3]) {
		for (k = 0; k < fl[3] && k < 18; k++) {
			if (f[3][k] < '0' || f[3][k] > '9')
				break;
			id = id * 10 + (uint64_t)(f[3][k] - '0');
		}
		if (k != fl[3]) {
			sr__gazb_bad_row(b, path, lineno, "bad geonameid",
					 NULL);
			return 0;
		}
	}
	memcpy(cc, f[0], 2);
	cc[2] = '\0';
	memcpy(code, f[0] + 3, fl[0] - 3);
	code[fl[0] - 3] = '\0';
	name = sr__arena_strndup(&b->arena, f[1], fl[1]);
	if (!name)
		return SR_ENOMEM;

	pi = sr__gazb_map_get(&b->admin1,
			      sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, cc, code));
	if (pi == NONE && id)
		pi = sr__gazb_map_get(&b->ids, id);
	if (pi == NONE) {
		if ((rc = sr__gazb_new_place(b, &pi)))
			return rc;
		b->p[pi].id = (int64_t)id;
		b->p[pi].fclass = 'A';
		memcpy(b->p[pi].fcode, "ADM1", 5);
		if (id && (rc = sr__gazb_map_put(&b->ids, id, pi)))
			return rc;
	}
	b->p[pi].name = name;
	b->p[pi].level = SR_PLACE_ADMIN1;
	memcpy(b->p[pi].cc, cc, 3);
	set_code(b, pi, code);
	if ((rc = sr__gazb_map_put(
		 &b->admin1, sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, cc, code),
		 pi)))
		return rc;
	if ((rc = add_admin1_keys(b, pi, f[1], fl[1])))
		return rc;
	if (nf > 2 && (rc = add_admin1_keys(b, pi, f[2], fl[2])))
		return rc;
	return 0;
}

static int json_coord(json_t *v, double lo, double hi, double *out)
{
	char *end;

	if (json_is_number(v)) {
		*out = json_number_value(v);
	} else if (json_is_string(v)) {
		*out = strtod(json_string_value(v), &end);
		if (end == json_string_value(v) || *end)
			return -1;
	} else {
		return -1;
	}
	return *out >= lo && *out <= hi ? 0 : -1;
}

int sr__gazb_read_states(struct build *b, const char *path,
			 const struct mapped *m, struct sr_diag *d)
{
	json_error_t err;
	json_t *root = json_loadb(m->data, m->len, 0, &err);
	size_t i;
	int rc = 0;

	if (!root || !json_is_array(root)) {
		sr__gazb_bad_row(b, path, root ? 1 : (uint32_t)err.line,
				 "not a JSON array of states",
				 root ? NULL : err.text);
		goto out;
	}
	for (i = 0; i < json_array_size(root); i++) {
		json_t *o = json_array_get(root, i);
		json_t *nm = json_object_get(o, "name");
		json_t *cc = json_object_get(o, "countryCode");
		struct bstate st;
		char idx[32];

		if (json_is_null(json_object_get(o, "latitude")) ||
		    json_is_null(json_object_get(o, "longitude")))
			continue; /* no point: cannot be matched, not bad */
		if (!json_is_string(nm) || !json_is_string(cc) ||
		    strlen(json_string_value(cc)) != 2 ||
		    json_string_length(nm) == 0 ||
		    json_string_length(nm) > SR_MAX_NAME_LEN ||
		    json_coord(json_object_get(o, "latitude"), -90, 90,
			       &st.lat) ||
		    json_coord(json_object_get(o, "longitude"), -180, 180,
			       &st.lon)) {
			snprintf(idx, sizeof(idx), "entry %zu", i);
			sr__gazb_bad_row(b, path, 0, "bad state", idx);
			continue;
		}
		st.name = sr__arena_strndup(&b->arena, json_string_value(nm),
					    json_string_length(nm));
		if (!st.name) {
			rc = SR_ENOMEM;
			goto out;
		}
		memcpy(st.cc, json_string_value(cc), 3);
		if (b->nstates == b->scap) {
			size_t cap = b->scap ? b->scap * 2 : 1024;
			struct bstate *v =
			    sr_realloc(b->states, cap * sizeof(*v));

			if (!v) {
				rc = SR_ENOMEM;
				goto out;
			}
			b->states = v;
			b->scap = cap;
		}
		b->states[b->nstates++] = st;
	}
out:
	(void)d;
	json_decref(root);
	return rc;
}

static int seat_rank(const char *fcode)
{
	if (strcmp(fcode, "PPLA") == 0)
		return 3;
	if (strcmp(fcode, "PPLC") == 0)
		return 2;
	return 0;
}

/* A region with no capital of its own that surrounds its country's
 * capital, a region of its own (Kyiv oblast and Kyiv, Moscow Oblast and
 * Moscow, Pest County and Budapest): that capital (PPLC) when it lies
 * within ENCLAVE_KM of the mean of the region's places and has places of
 * the region on all four sides, or NONE.  Its point stands for the
 * region, as ACLED places an event known only by its region at the
 * region's seat. */
#define ENCLAVE_KM 100.0
static uint32_t enclaved_seat(const struct build *b, const struct group *g)
{
	double lat = g->slat / g->n, lon = g->slon / g->n, best = ENCLAVE_KM;
	uint32_t i, r = NONE;
	unsigned quad = 0;

	for (i = 0; i < b->np; i++) {
		const struct bplace *p = &b->p[i];
		double km;

		if (p->level != SR_PLACE_LOCALITY ||
		    strcmp(p->fcode, "PPLC") != 0 ||
		    memcmp(p->cc, g->cc, 2) != 0 ||
		    (p->a1code && strcmp(p->a1code, g->code) == 0))
			continue;
		km = sr__geo_km(lat, lon, p->lat, p->lon);
		if (km < best) {
			best = km;
			r = i;
		}
	}
	if (r == NONE)
		return NONE;
	/* (surrounds: places of the region lie on all four sides of it,
	 * not only beside it as Thies beside Dakar) */
	for (i = 0; i < b->np && quad != 15; i++) {
		const struct bplace *p = &b->p[i];

		if (p->level != SR_PLACE_LOCALITY ||
		    memcmp(p->cc, g->cc, 2) != 0 || !p->a1code ||
		    strcmp(p->a1code, g->code) != 0)
			continue;
		quad |=
		    1u << ((p->lat > b->p[r].lat) * 2 + (p->lon > b->p[r].lon));
	}
	return quad == 15 ? r : NONE;
}

struct pair {
	double km;
	uint32_t group, state;
};

static int cmp_pair(const void *a, const void *b)
{
	const struct pair *x = a, *y = b;

	if (x->km != y->km)
		return x->km < y->km ? -1 : 1;
	if (x->group != y->group)
		return x->group < y->group ? -1 : 1;
	return x->state < y->state ? -1 : (x->state > y->state);
}

/* A new admin-1 place for group gr, named name. */
static int new_admin1(struct build *b, struct group *gr, const char *name,
		      double lat, double lon)
{
	uint32_t pi;
	int rc;

	gr->seat_used = true; /* the group is named now */
	if ((rc = sr__gazb_new_place(b, &pi)))
		return rc;
	b->p[pi].name = name;
	memcpy(b->p[pi].cc, gr->cc, 3);
	b->p[pi].a1code = gr->code;
	b->p[pi].fclass = 'A';
	memcpy(b->p[pi].fcode, "ADM1", 5);
	b->p[pi].level = SR_PLACE_ADMIN1;
	b->p[pi].lat = lat;
	b->p[pi].lon = lon;
	b->p[pi].has_point = true;
	b->p[pi].pop = gr->pop;
	if ((rc = sr__gazb_map_put(
		 &b->admin1,
		 sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, gr->cc, gr->code), pi)))
		return rc;
	return add_admin1_keys(b, pi, name, strlen(name));
}

/* States no group was named after (provinces where GeoNames' admin-1 are
 * regions, "Misamis Occidental"; a second entry for one region) are
 * places too: a region at the state's point, with the admin-1 code of the
 * nearest group of its country (the region it lies in), found by its
 * name only (not by its code, which stays the group's). */
static int add_unmatched_states(struct build *b, const struct group *g,
				size_t ng, const bool *used)
{
	size_t j, i;
	int rc;

	for (j = 0; j < b->nstates; j++) {
		const struct bstate *st = &b->states[j];
		double best = STATE_MAX_KM;
		size_t gi = ng;
		uint32_t pi;

		if (used[j])
			continue;
		for (i = 0; i < ng; i++) {
			double km;

			if (memcmp(g[i].cc, st->cc, 2) != 0)
				continue;
			km = g[i].seat != NONE ? sr__geo_km(st->lat, st->lon,
							    b->p[g[i].seat].lat,
							    b->p[g[i].seat].lon)
					       : sr__geo_km(st->lat, st->lon,
							    g[i].slat / g[i].n,
							    g[i].slon / g[i].n);
			if (km < best) {
				best = km;
				gi = i;
			}
		}
		if (gi == ng)
			continue;
		if ((rc = sr__gazb_new_place(b, &pi)))
			return rc;
		b->p[pi].name = st->name;
		memcpy(b->p[pi].cc, st->cc, 3);
		b->p[pi].a1code = g[gi].code;
		b->p[pi].fclass = 'A';
		memcpy(b->p[pi].fcode, "ADM1", 5);
		b->p[pi].level = SR_PLACE_ADMIN1;
		b->p[pi].lat = st->lat;
		b->p[pi].lon = st->lon;
		b->p[pi].has_point = true;
		if ((rc = add_admin1_keys(b, pi, st->name, strlen(st->name))))
			return rc;
	}
	return 0;
}

/* Give unnamed groups the nearest state.json entries of their country;
 * groups left over with a seat are named after it. */
static int match_states(struct build *b, struct group *g, size_t ng)
{
	struct pair *pairs = NULL;
	size_t np = 0, cap = 0, i, j;
	uint32_t seat;
	bool *used = NULL;
	int rc = 0;

	used = sr_calloc(b->nstates + 1, sizeof(*used));
	if (!used)
		return SR_ENOMEM;
	for (i = 0; i < ng; i++) {
		double lat, lon;

		if (sr__gazb_map_get(
			&b->admin1, sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, g[i].cc,
						     g[i].code)) != NONE)
			continue;
		lat = g[i].seat != NONE ? b->p[g[i].seat].lat
					: g[i].slat / g[i].n;
		lon = g[i].seat != NONE ? b->p[g[i].seat].lon
					: g[i].slon / g[i].n;
		for (j = 0; j < b->nstates; j++) {
			double km;

			if (memcmp(b->states[j].cc, g[i].cc, 2) != 0)
				continue;
			km = sr__geo_km(lat, lon, b->states[j].lat,
					b->states[j].lon);
			if (km > STATE_MAX_KM)
				continue;
			if (np == cap) {
				size_t nc = cap ? cap * 2 : 1024;
				struct pair *v =
				    sr_realloc(pairs, nc * sizeof(*v));

				if (!v) {
					rc = SR_ENOMEM;
					goto out;
				}
				pairs = v;
				cap = nc;
			}
			pairs[np].km = km;
			pairs[np].group = (uint32_t)i;
			pairs[np].state = (uint32_t)j;
			np++;
		}
	}
	qsort(pairs, np, sizeof(*pairs), cmp_pair);
	for (i = 0; i < np; i++) {
		struct group *gr = &g[pairs[i].group];
		const struct bstate *st = &b->states[pairs[i].state];

		if (used[pairs[i].state] || gr->seat_used)
			continue;
		used[pairs[i].state] = true;
		/* the point of an event known only by its region: the
		 * region's capital when the group has one, or the city it
		 * surrounds */
		seat = gr->seat != NONE ? gr->seat : enclaved_seat(b, gr);
		if ((rc = new_admin1(b, gr, st->name,
				     seat != NONE ? b->p[seat].lat : st->lat,
				     seat != NONE ? b->p[seat].lon : st->lon)))
			goto out;
	}
	/* Groups no state was given to (Sevastopol when Crimea's state went
	 * to Simferopol's group) are named after their seat. */
	for (i = 0; i < ng; i++) {
		if (g[i].seat_used || g[i].seat == NONE ||
		    sr__gazb_map_get(
			&b->admin1, sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, g[i].cc,
						     g[i].code)) != NONE)
			continue;
		if ((rc = new_admin1(b, &g[i], b->p[g[i].seat].name,
				     b->p[g[i].seat].lat, b->p[g[i].seat].lon)))
			goto out;
	}
	rc = add_unmatched_states(b, g, ng, used);
out:
	sr_free(pairs);
	sr_free(used);
	return rc;
}

/* Every key of a region's seat becomes a key of the region too, so that
 * "Zaporizhzhia region" and "Kiev oblast" find their regions. */
static int add_seat_keys(struct build *b, const struct group *g, size_t ng)
{
	struct u64map seats = { 0 };
	size_t i, nn = b->nn;
	int rc = 0;

	for (i = 0; i < ng; i++) {
		uint32_t a;

		if (g[i].seat == NONE)
			continue;
		a = sr__gazb_map_get(
		    &b->admin1,
		    sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, g[i].cc, g[i].code));
		if (a != NONE && (rc = sr__gazb_map_put(&seats, g[i].seat, a)))
			goto out;
	}
	for (i = 0; i < nn && seats.count; i++) {
		uint32_t a = sr__gazb_map_get(&seats, b->nm[i].place);
		const char *key = b->nm[i].key;
		size_t len = b->nm[i].len;

		if (a != NONE && (rc = sr__gazb_add_key(b, a, key, len)))
			goto out;
	}
out:
	sr__gazb_map_clear(&seats);
	return rc;
}

int sr__gazb_finish_admin1(struct build *b)
{
	struct u64map gm = { 0 };
	struct group *g = NULL;
	size_t ng = 0, cap = 0, i;
	int rc = 0;

	for (i = 0; i < b->np; i++) {
		const struct bplace *p = &b->p[i];
		uint64_t h;
		uint32_t gi;
		int r;

		if (p->level != SR_PLACE_LOCALITY || !p->cc[0] ||
		    !p->a1code[0] || strcmp(p->a1code, "00") == 0)
			continue;
		h = sr__gazb_hash_cc('g', p->cc, p->a1code);
		gi = sr__gazb_map_get(&gm, h);
		if (gi == NONE) {
			if (ng == cap) {
				size_t nc = cap ? cap * 2 : 256;
				struct group *v =
				    sr_realloc(g, nc * sizeof(*v));

				if (!v) {
					rc = SR_ENOMEM;
					goto out;
				}
				g = v;
				cap = nc;
			}
			gi = (uint32_t)ng++;
			memset(&g[gi], 0, sizeof(g[gi]));
			memcpy(g[gi].cc, p->cc, 3);
			g[gi].code = p->a1code;
			g[gi].seat = NONE;
			if ((rc = sr__gazb_map_put(&gm, h, gi)))
				goto out;
		}
		g[gi].slat += p->lat;
		g[gi].slon += p->lon;
		g[gi].n++;
		g[gi].pop += p->pop;
		r = seat_rank(p->fcode);
		if (r &&
		    (r > g[gi].seat_rank ||
		     (r == g[gi].seat_rank && p->pop > b->p[g[gi].seat].pop))) {
			g[gi].seat = (uint32_t)i;
			g[gi].seat_rank = r;
		}
	}
	/* Admin-1 regions we have: points, population, seat alias. */
	for (i = 0; i < b->np; i++) {
		struct bplace *p = &b->p[i];
		uint32_t gi, near;

		if (p->level != SR_PLACE_ADMIN1)
			continue;
		gi = sr__gazb_map_get(&gm,
				      sr__gazb_hash_cc('g', p->cc, p->a1code));
		if (gi == NONE)
			continue;
		g[gi].seat_used = true;
		if (!p->has_point && g[gi].seat != NONE) {
			/* ACLED and UCDP put an event known only by its
			 * region at the region's capital */
			p->lat = b->p[g[gi].seat].lat;
			p->lon = b->p[g[gi].seat].lon;
			p->has_point = true;
		} else if (!p->has_point && g[gi].seat == NONE &&
			   (near = enclaved_seat(b, &g[gi])) != NONE) {
			p->lat = b->p[near].lat;
			p->lon = b->p[near].lon;
			p->has_point = true;
		} else if (!p->has_point) {
			p->lat = g[gi].slat / g[gi].n;
			p->lon = g[gi].slon / g[gi].n;
			p->has_point = true;
		}
		if (!p->pop)
			p->pop = g[gi].pop;
	}
	if (!b->have_admin1_file && b->nstates && (rc = match_states(b, g, ng)))
		goto out;
	rc = add_seat_keys(b, g, ng);
out:
	sr__gazb_map_clear(&gm);
	sr_free(g);
	return rc;
}

int sr__gazb_add_countries(struct build *b)
{
	size_t n, i, k;
	const struct sr_country *c = sr__countries(&n);
	uint64_t *pop = NULL;
	int rc = 0;

	for (i = 0; i < n; i++) {
		uint64_t h =
		    sr__gazb_hash_cc(SR_GAZ_KEY_COUNTRY, c[i].iso2, "");
		uint32_t pi = sr__gazb_map_get(&b->country, h);
		const char *a = c[i].aliases;

		if (pi == NONE) {
			if ((rc = sr__gazb_new_place(b, &pi)))
				goto out;
			b->p[pi].id = -(int64_t)(c[i].isonum ? c[i].isonum
							     : 1000 + (int)i);
			memcpy(b->p[pi].cc, c[i].iso2, 3);
			b->p[pi].fclass = 'A';
			memcpy(b->p[pi].fcode, "PCLI", 5);
			b->p[pi].level = SR_PLACE_COUNTRY;
			b->p[pi].lat = c[i].lat;
			b->p[pi].lon = c[i].lon;
			b->p[pi].has_point = true;
			if ((rc = sr__gazb_map_put(&b->country, h, pi)))
				goto out;
		}
		b->p[pi].name = c[i].name;
		if ((rc = sr__gazb_add_name(b, pi, c[i].name,
					    strlen(c[i].name))))
			goto out;
		while (*a) {
			const char *e = strchr(a, ',');

			k = e ? (size_t)(e - a) : strlen(a);
			if ((rc = sr__gazb_add_name(b, pi, a, k)))
				goto out;
			a += k + (e ? 1 : 0);
		}
	}
	/* Population of a country: the sum of its places'. */
	pop = sr_calloc(b->np + 1, sizeof(*pop));
	if (!pop) {
		rc = SR_ENOMEM;
		goto out;
	}
	for (i = 0; i < b->np; i++) {
		uint32_t pi;

		if (b->p[i].level != SR_PLACE_LOCALITY || !b->p[i].cc[0])
			continue;
		pi = sr__gazb_map_get(
		    &b->country,
		    sr__gazb_hash_cc(SR_GAZ_KEY_COUNTRY, b->p[i].cc, ""));
		if (pi != NONE)
			pop[pi] += b->p[i].pop;
	}
	for (i = 0; i < b->np; i++)
		if (b->p[i].level == SR_PLACE_COUNTRY && !b->p[i].pop)
			b->p[i].pop = pop[i];
out:
	sr_free(pop);
	return rc;
}
