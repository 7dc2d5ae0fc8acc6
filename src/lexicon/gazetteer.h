/*
 * gazetteer.h - the compiled gazetteer: a versioned, memory-mapped,
 * immutable file of places (localities, admin-1 regions, countries) and a
 * hash index from folded names to places.  Built by sr_gazetteer_build
 * from GeoNames-format dumps; opened read-only and shared by threads.
 *
 * Names are looked up by their folded key (sr__fold): lower case, marks
 * stripped, apostrophes dropped, hyphens and runs of spaces made one space.
 */
#ifndef SR_LEXICON_GAZETTEER_H
#define SR_LEXICON_GAZETTEER_H

#include "../core/core.h"

enum sr_place_level {
	SR_PLACE_LOCALITY = 0, /* populated place or other feature */
	SR_PLACE_ADMIN1 = 1,   /* oblast, state, province */
	SR_PLACE_COUNTRY = 2,
};

/* A view of one place; all strings point into the mapped file (valid until
 * sr__gaz_close) and are never NULL ("" when unknown). */
struct sr_place {
	uint32_t idx;		 /* index in the gazetteer, 0..count-1 */
	int64_t id;		 /* GeoNames id; admin1/country: their id */
	const char *name;	 /* preferred (English/ASCII) name */
	const char *cc;		 /* ISO 3166 alpha-2 */
	const char *iso3;	 /* ISO 3166 alpha-3 */
	const char *country;	 /* country name */
	const char *admin1_code; /* GeoNames admin-1 code, e.g. "26" */
	const char *admin1;	 /* admin-1 name, e.g. "Zaporizhzhia" */
	const char *fcode;	 /* GeoNames feature code, e.g. "PPLA" */
	char fclass;		 /* GeoNames feature class: P, A, ... */
	int level;		 /* enum sr_place_level */
	double lat, lon;	 /* degrees WGS84 (admin1: centroid) */
	uint64_t population;
	unsigned names; /* distinct names (0-255): fame without a
			   population */
	int precision;	/* geo_precision hint of a place alias
			   (2: an installation near a town), 0 none */
};

struct sr_gaz;

/* Map the gazetteer file at path.  Caller owns *out (sr__gaz_close).
 * SR_EINPUT with a message when the file is not a gazetteer or of another
 * version. */
int sr__gaz_open(struct sr_gaz **out, const char *path, struct sr_diag *d);
void sr__gaz_close(struct sr_gaz *g);

uint32_t sr__gaz_count(const struct sr_gaz *g);

/* Indices of the places that have a name folding to key[0..len) (key must
 * already be folded), in no particular order.  Writes at most cap; returns
 * the total number of candidates. */
size_t sr__gaz_find(const struct sr_gaz *g, const char *key, size_t len,
		    uint32_t *out, size_t cap);
/* As sr__gaz_find, with h = sr__hash64(key, len) already computed. */
size_t sr__gaz_find_h(const struct sr_gaz *g, const char *key, size_t len,
		      uint64_t h, uint32_t *out, size_t cap);

/* As sr__gaz_find, for the places with a name of the same sr__skeleton as
 * key (romanisation variants: "slavyansk" finds Sloviansk).  Skeletons
 * shorter than 4 bytes are not indexed: 0 candidates. */
size_t sr__gaz_find_skeleton(const struct sr_gaz *g, const char *key,
			     size_t len, uint32_t *out, size_t cap);

/* Like sr__gaz_find_skeleton for a skeleton sk[0..len) already made. */
size_t sr__gaz_find_sk(const struct sr_gaz *g, const char *sk, size_t len,
		       uint32_t *out, size_t cap);

/* Places whose name skeleton is one edit (deletion or insertion of a
 * consonant, or a transposition) from the skeleton of the one-word key
 * (a substitution is two edits; never of the first letter), for
 * misspellings ("adviivka" finds Avdiivka).  Only for skeletons of 6 bytes
 * or more; writes at most cap distinct places and returns how many were
 * written.  About 150 hash probes: call it only for words that are likely
 * places. */
size_t sr__gaz_find_fuzzy(const struct sr_gaz *g, const char *key, size_t len,
			  uint32_t *out, size_t cap);

/* A number no other gazetteer opened by this process has (0 for NULL):
 * the key of memos of lookups, which a pointer cannot be (an address comes
 * back after a close). */
uint64_t sr__gaz_gen(const struct sr_gaz *g);

/* Fill *out for place idx (< sr__gaz_count). */
void sr__gaz_place(const struct sr_gaz *g, uint32_t idx, struct sr_place *out);
/* The level (enum sr_place_level) sr__gaz_place would give place idx,
 * without decoding the rest of its record. */
int sr__gaz_level(const struct sr_gaz *g, uint32_t idx);
/* The population and the country code sr__gaz_place would give place
 * idx, the same way. */
uint64_t sr__gaz_population(const struct sr_gaz *g, uint32_t idx);
const char *sr__gaz_cc(const struct sr_gaz *g, uint32_t idx);

/* The admin-1 region (cc, admin1_code) or the country cc; UINT32_MAX when
 * the gazetteer has none. */
uint32_t sr__gaz_admin1(const struct sr_gaz *g, const char *cc,
			const char *admin1_code);
uint32_t sr__gaz_country(const struct sr_gaz *g, const char *cc);
/* The national capital of cc (a PPLC place); UINT32_MAX when the
 * gazetteer has none (or was built before capitals were indexed). */
uint32_t sr__gaz_capital(const struct sr_gaz *g, const char *cc);

/* Fold a name to its lookup key: UTF-8 in, ASCII-ish UTF-8 out (lower case,
 * marks stripped, apostrophes dropped, '-' and white space runs -> one
 * space, trimmed).  Writes at most cap-1 bytes and a NUL; returns the key
 * length (0 if it did not fit or s holds no letters). */
size_t sr__fold(const char *s, size_t len, char *out, size_t cap);

/* Skeleton of a folded key (see fold.c): consonant classes, one 'a' per
 * vowel run, doubled letters collapsed, final vowels dropped, word by word
 * ("zaporozhye" and "zaporizhzhia" -> "zaparaz").  Writes at most cap-1
 * bytes and a NUL; returns the length (0 if it did not fit). */
size_t sr__skeleton(const char *key, size_t len, char *out, size_t cap);

/* Great-circle distance in km. */
double sr__geo_km(double lat1, double lon1, double lat2, double lon2);

/* Context for ranking candidates of one name. */
struct sr_gaz_context {
	const char *focus_cc[16]; /* ISO2 codes the article is about */
	size_t focus_count;
	const uint32_t *admin1_idx; /* admin-1 regions the article names */
	size_t admin1_count;
	const uint32_t *near_idx; /* other places the article names */
	size_t near_count;
	bool has_point; /* rank by distance to lat/lon */
	double lat, lon;
	bool want_admin1; /* the words said "region"/"oblast" */
};

/* Score candidate p for ctx (higher is better) and, when why is non-NULL,
 * write a short reason ("in focus country UA; pop 80500; 12 km from
 * Soledar") into why[0..why_cap). */
double sr__gaz_score(const struct sr_gaz *g, const struct sr_place *p,
		     const struct sr_gaz_context *ctx, char *why,
		     size_t why_cap);

/* One parsed row of a GeoNames dump (19 tab-separated columns; at least
 * the first 15 are required).  Spans point into the line (not
 * NUL-terminated); the short code fields are copied, NUL-terminated. */
struct sr_gaz_row {
	int64_t id;
	const char *name, *ascii, *alt; /* alt: comma-separated names */
	size_t name_len, ascii_len, alt_len;
	double lat, lon;
	char fclass; /* '\0' when empty */
	char fcode[11];
	char cc[3];
	char admin1[21];
	uint64_t population;
};

/* Parse one line (without its newline).  0, or SR_EINPUT with *why set to
 * a static message naming the bad column ("bad latitude"). */
int sr__gaz_parse_row(const char *line, size_t len, struct sr_gaz_row *r,
		      const char **why);

#endif
