/*
 * engine.c - struct sr_engine: the compiled lexicon, the mapped gazetteer,
 * the stopword set and the focus countries.  Immutable after sr_engine_new
 * and shared by threads.
 */
#include "extract.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The stopword set: open addressing over 64-bit FNV hashes (a word is a
 * stopword when its hash is in the set, as before with a sorted array),
 * at most a quarter full, 0 marking an empty slot (a hash of 0 is kept
 * in stop_zero). */
static size_t stop_slot(uint64_t h, size_t mask)
{
	return (size_t)(h ^ (h >> 29)) & mask;
}

static void stop_insert(struct sr_engine *e, uint64_t h)
{
	size_t i;

	if (!h) {
		e->stop_zero = 1;
		return;
	}
	for (i = stop_slot(h, e->stop_mask); e->stop[i];
	     i = (i + 1) & e->stop_mask)
		if (e->stop[i] == h)
			return;
	e->stop[i] = h;
}

static int load_stopwords(struct sr_engine *e)
{
	struct sr_tsv t = { 0 };
	size_t n = 0, cap = 64;

	t.data = sr__data("stopwords.tsv", &t.len);
	if (!t.data)
		return SR_OK;
	while (sr__tsv_next(&t))
		n++;
	while (cap < 4 * n)
		cap *= 2;
	e->stop = sr_calloc(cap, sizeof(*e->stop));
	if (!e->stop)
		return SR_ENOMEM;
	e->stop_mask = cap - 1;
	t.pos = 0;
	t.lineno = 0;
	while (sr__tsv_next(&t))
		stop_insert(e, sr__hash64(t.field[0], t.flen[0]));
	return SR_OK;
}

int sr__engine_is_stopword_h(const struct sr_engine *e, uint64_t h)
{
	size_t i;

	if (!h)
		return e->stop_zero;
	if (!e->stop)
		return 0;
	for (i = stop_slot(h, e->stop_mask); e->stop[i];
	     i = (i + 1) & e->stop_mask)
		if (e->stop[i] == h)
			return 1;
	return 0;
}

int sr__engine_is_stopword(const struct sr_engine *e, const char *w, size_t n)
{
	return sr__engine_is_stopword_h(e, sr__hash64(w, n));
}

static void load_dyads(struct sr_engine *e)
{
	struct sr_tsv t = { 0 };

	t.data = sr__data("dyads.tsv", &t.len);
	while (t.data && sr__tsv_next(&t) && e->ndyad < SR_ARRAY_LEN(e->dyad)) {
		if (t.nfields < 2 || t.flen[0] != 3 || t.flen[1] != 3)
			continue;
		memcpy(e->dyad[e->ndyad][0], t.field[0], 3);
		memcpy(e->dyad[e->ndyad][1], t.field[1], 3);
		e->dyad[e->ndyad][0][3] = e->dyad[e->ndyad][1][3] = '\0';
		e->ndyad++;
	}
}

static void load_held(struct sr_engine *e)
{
	struct sr_tsv t = { 0 };
	size_t k;

	t.data = sr__data("occupied.tsv", &t.len);
	while (t.data && sr__tsv_next(&t) && e->nheld < SR_ARRAY_LEN(e->held)) {
		if (t.nfields < 4 || t.flen[0] != 2 || t.flen[2] != 3 ||
		    !t.flen[1] || t.flen[1] >= sizeof(e->held[0][1]) ||
		    t.flen[3] >= sizeof(e->held[0][3]))
			continue;
		for (k = 0; k < 4; k++) {
			memcpy(e->held[e->nheld][k], t.field[k], t.flen[k]);
			e->held[e->nheld][k][t.flen[k]] = '\0';
		}
		e->nheld++;
	}
}

/* "2022-11-11" into *d; an empty field leaves the date open (y 0). */
static int held_date(const char *f, size_t n, struct sr_ymd *d)
{
	char buf[16];

	memset(d, 0, sizeof(*d));
	if (!n)
		return 1;
	if (n >= sizeof(buf))
		return 0;
	memcpy(buf, f, n);
	buf[n] = '\0';
	return sscanf(buf, "%4d-%2d-%2d", &d->y, &d->m, &d->d) == 3;
}

static int cmp_held_lat(const void *x, const void *y)
{
	const struct held_place *a = x, *b = y;

	if (a->lat != b->lat)
		return a->lat < b->lat ? -1 : 1;
	return a->row < b->row ? -1 : a->row > b->row;
}

static int load_held_places(struct sr_engine *e)
{
	struct sr_tsv t = { 0 };
	size_t cap = 0, j;
	double reach = 0;

	t.data = sr__data("held_places.tsv", &t.len);
	while (t.data && sr__tsv_next(&t)) {
		struct held_place h;
		char num[3][32];
		size_t k;

		if (t.nfields < 7 || t.flen[4] != 3)
			continue;
		for (k = 0; k < 3; k++) {
			size_t n = t.flen[k + 1] < sizeof(num[k]) - 1
				       ? t.flen[k + 1]
				       : sizeof(num[k]) - 1;

			memcpy(num[k], t.field[k + 1], n);
			num[k][n] = '\0';
		}
		h.lat = strtod(num[0], NULL);
		h.lon = strtod(num[1], NULL);
		h.km = strtod(num[2], NULL);
		memcpy(h.held_by, t.field[4], 3);
		h.held_by[3] = '\0';
		if (!held_date(t.field[5], t.flen[5], &h.from) ||
		    !held_date(t.field[6], t.flen[6], &h.until))
			continue;
		if (e->nheld_at == cap) {
			size_t ncap = cap ? cap * 2 : 64;
			struct held_place *p =
			    sr_realloc(e->held_at, ncap * sizeof(*p));

			if (!p)
				return SR_ENOMEM;
			e->held_at = p;
			cap = ncap;
		}
		h.row = (uint32_t)e->nheld_at;
		e->held_at[e->nheld_at++] = h;
	}
	/* by latitude, so a point's rows are found without a look at the
	 * others (sr__engine_town_holder) */
	if (e->nheld_at)
		qsort(e->held_at, e->nheld_at, sizeof(*e->held_at),
		      cmp_held_lat);
	for (j = 0; j < e->nheld_at; j++)
		if (e->held_at[j].km > reach)
			reach = e->held_at[j].km;
	e->held_reach = (reach + 1.0) / 111.19 * (1 + 1e-9) + 1e-9;
	return SR_OK;
}

static int ymd_cmp(struct sr_ymd a, struct sr_ymd b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	return a.d < b.d ? -1 : a.d > b.d;
}

const char *sr__engine_town_holder(const struct sr_engine *e, double lat,
				   double lon, struct sr_ymd date,
				   double within)
{
	const struct held_place *found = NULL;
	size_t i, lo = 0, hi = e->nheld_at;

	if (!date.y)
		return NULL;
	/* the rows are in order of latitude: those farther in latitude
	 * than the largest radius fail the first test below, and are not
	 * looked at; of the others, the first of the file that matches */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (e->held_at[mid].lat < lat - e->held_reach)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo;
	     i < e->nheld_at && e->held_at[i].lat <= lat + e->held_reach; i++) {
		const struct held_place *h = &e->held_at[i];
		/* a great-circle distance is at least the latitude gap
		 * (111.195 km a degree): most rows are ruled out without
		 * the trigonometry, with a kilometre to spare for rounding,
		 * and before their dates are compared */
		double km = within > 0 && within < h->km ? within : h->km;

		if (found && h->row > found->row)
			continue;
		if (fabs(lat - h->lat) * 111.19 > km + 1.0)
			continue;
		if ((h->from.y && ymd_cmp(date, h->from) < 0) ||
		    (h->until.y && ymd_cmp(date, h->until) > 0))
			continue;
		if (sr__geo_km(lat, lon, h->lat, h->lon) <= km)
			found = h;
	}
	return found ? found->held_by : NULL;
}

int sr__engine_region(const struct sr_engine *e, const char *cc,
		      const char *admin1, const char **holder, int *edge)
{
	size_t i;
	int contested = 0;

	*holder = NULL;
	*edge = 0;
	/* every country code held is two letters and a NUL (load_held):
	 * compared byte by byte, and the region's first byte before its
	 * strcmp (most rows are of another region) */
	if (!cc || !cc[0] || !cc[1] || cc[2])
		return 0;
	for (i = 0; admin1 && i < e->nheld; i++) {
		if (e->held[i][0][0] != cc[0] || e->held[i][0][1] != cc[1] ||
		    e->held[i][1][0] != admin1[0] ||
		    !sr__streq(e->held[i][1], admin1))
			continue;
		contested = 1;
		if (!*holder && sr__streq(e->held[i][3], "whole"))
			*holder = e->held[i][2];
		if (sr__streq(e->held[i][3], "edge"))
			*edge = 1;
	}
	return contested;
}

const char *sr__engine_partner(const struct sr_engine *e, const char *iso3)
{
	const char *found = NULL;
	size_t i;
	int side;
	uint32_t key, d;

	if (!iso3)
		return NULL;
	/* every code of a dyad is three bytes of a text field (no NUL)
	 * and a NUL (load_dyads): iso3 equals one only as three bytes and
	 * its NUL, compared as one word (where strcmp was called at every
	 * code with iso3's first letter) */
	if (!iso3[0] || !iso3[1] || !iso3[2] || iso3[3])
		return NULL;
	memcpy(&key, iso3, 4);
	for (i = 0; i < e->ndyad; i++)
		for (side = 0; side < 2; side++) {
			memcpy(&d, e->dyad[i][side], 4);
			if (d != key)
				continue;
			if (found)
				return NULL; /* ambiguous */
			found = e->dyad[i][!side];
		}
	return found;
}

static const char *const kid_names[K_COUNT] = {
	"abduction",
	"accusation",
	"agreement",
	"air_drone_strike",
	"armed_clash",
	"arrest",
	"attack_civilians",
	"base_established",
	"explosion",
	"grenade",
	"interception",
	"looting_destruction",
	"mob_violence",
	"peaceful_protest",
	"protest_excessive_force",
	"protest_intervention",
	"remote_explosive",
	"shelling_missile",
	"suicide_bomb",
	"territory_gain",
	"territory_transfer",
	"troop_deployment",
	"violent_demonstration",
};

static void parse_focus(struct sr_engine *e, const char *s)
{
	while (s && *s && e->focus_count < SR_ARRAY_LEN(e->focus)) {
		while (*s == ',' || *s == ' ')
			s++;
		if (s[0] && s[1] &&
		    (s[2] == ',' || s[2] == '\0' || s[2] == ' ')) {
			e->focus[e->focus_count][0] = (char)(s[0] & ~0x20);
			e->focus[e->focus_count][1] = (char)(s[1] & ~0x20);
			e->focus[e->focus_count][2] = '\0';
			e->focus_count++;
			s += 2;
		} else {
			while (*s && *s != ',')
				s++;
		}
	}
}

int sr_engine_new(struct sr_engine **out, const struct sr_engine_opts *o,
		  struct sr_diag *d)
{
	struct sr_engine *e;
	const char *gaz_path;
	int rc;

	*out = NULL;
	e = sr_calloc(1, sizeof(*e));
	if (!e)
		return SR_ENOMEM;
	rc = sr__lex_new(&e->lex, d);
	if (rc)
		goto out;
	rc = load_stopwords(e);
	if (rc)
		goto out;
	load_dyads(e);
	load_held(e);
	rc = load_held_places(e);
	if (rc)
		goto out;
	{
		size_t k;

		for (k = 0; k < K_COUNT; k++)
			e->kid[k] = sr__lex_kind_find(e->lex, kid_names[k]);
		for (k = 0; k < sr__lex_kind_count(e->lex) &&
			    k < SR_ARRAY_LEN(e->violent);
		     k++) {
			const struct sr_kind *kd = sr__lex_kind(e->lex, (int)k);

			e->violent[k] =
			    kd->disorder_type &&
			    sr__streq(kd->disorder_type, "Political violence");
		}
	}
	gaz_path = o && o->gazetteer_path ? o->gazetteer_path
					  : sr_default_gazetteer_path();
	rc = sr__gaz_open(&e->gaz, gaz_path, d);
	if (rc)
		goto out;
	if (o && o->focus)
		parse_focus(e, o->focus);
	if (o)
		e->stop_after = (int)o->stop_after;
out:
	if (rc) {
		sr_engine_free(e);
		return rc;
	}
	*out = e;
	return SR_OK;
}

void sr_engine_free(struct sr_engine *e)
{
	if (!e)
		return;
	sr__lex_free(e->lex);
	sr__gaz_close(e->gaz);
	sr_free(e->stop);
	sr_free(e->held_at);
	sr_free(e);
}

/* The Russia-Ukraine border as a line of points from the Bryansk region
 * to the Sea of Azov (about one every 60 km; read off public maps). */
static const double ua_ru_border[][2] = {
	{ 52.35, 31.8 }, { 52.1, 33.3 }, { 51.9, 34.1 }, { 51.5, 34.4 },
	{ 51.2, 35.1 },	 { 50.9, 35.5 }, { 50.5, 36.0 }, { 50.3, 36.9 },
	{ 50.1, 37.6 },	 { 49.9, 38.3 }, { 49.6, 39.8 }, { 48.9, 40.0 },
	{ 48.3, 39.9 },	 { 47.8, 38.9 }, { 47.1, 38.2 },
};

double sr__ua_ru_border_km(double lat, double lon)
{
	/* a flat-earth distance at the border's latitude (the points lie
	 * between 47 and 53 degrees north): one cosine for all of them,
	 * within a few per cent of the great circle at these ranges */
	static const double coslat = 0.643; /* cos(50 degrees) */
	double best = 1e18;
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(ua_ru_border); k++) {
		double dy = lat - ua_ru_border[k][0];
		double dx = (lon - ua_ru_border[k][1]) * coslat;
		double d2 = dx * dx + dy * dy;

		if (d2 < best)
			best = d2;
	}
	return 111.19 * sqrt(best);
}
