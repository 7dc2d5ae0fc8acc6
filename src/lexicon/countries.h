/*
 * countries.h - the country table from data/countries.tsv (compiled in):
 * ISO codes, names, ACLED region, demonyms.  Loaded once, lazily and
 * thread-safely; immutable afterwards.
 */
#ifndef SR_LEXICON_COUNTRIES_H
#define SR_LEXICON_COUNTRIES_H

#include "../core/core.h"

struct sr_country {
	const char *iso2;    /* "UA" */
	const char *iso3;    /* "UKR" */
	int isonum;	     /* ISO 3166 numeric, 804 */
	const char *name;    /* "Ukraine" (ACLED's spelling) */
	const char *region;  /* ACLED region, "Europe" */
	double lat, lon;     /* a representative point */
	const char *aliases; /* comma-separated other names, may be "" */
	const char
	    *demonyms; /* comma-separated adjectives/nouns: "Ukrainian" */
};

/* NULL when unknown.  Case-insensitive.  Results are static storage. */
const struct sr_country *sr__country_by_iso2(const char *iso2);
const struct sr_country *sr__country_by_iso3(const char *iso3);
/* By name or alias ("Russia", "Russian Federation"). */
const struct sr_country *sr__country_by_name(const char *name, size_t len);
/* All countries; *count set to their number. */
const struct sr_country *sr__countries(size_t *count);

#endif
