/*
 * gaz_lookup.c - sr_gazetteer_lookup_print: the candidates for one name,
 * best first, for `sitrep gazetteer lookup`.
 *
 * Output (to the caller's FILE): a header line, then one tab-separated
 * line per candidate: score, name, admin1, country, lat, lon, population,
 * fcode, id, reason.  Ties are broken by id, then index, so the output is
 * deterministic.  "Kherson region" / "Kharkiv oblast": when the whole name
 * has no candidates and its last word is a region word, that word is
 * dropped and admin-1 regions are preferred.  Still nothing: places with
 * the same skeleton ("Slavyansk"), then one edit away ("Adviivka").
 * Returns SR_ENOTFOUND (with
 * the header printed) when nothing matches.
 */
#include "gazetteer.h"

#include <stdlib.h>
#include <string.h>

#define LOOKUP_MAX 512

struct cand {
	double score;
	struct sr_place p;
	char why[256];
};

static int cmp_cand(const void *a, const void *b)
{
	const struct cand *x = a, *y = b;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->p.id != y->p.id)
		return x->p.id < y->p.id ? -1 : 1;
	return x->p.idx < y->p.idx ? -1 : (x->p.idx > y->p.idx);
}

static const char *const region_words[] = {
	"oblast", "region", "province", "krai", "kray", "governorate", "state",
};

/* Drop a trailing region word from key; 1 if one was dropped. */
static int strip_region_word(char *key, size_t *len)
{
	char *sp = NULL;
	size_t i, wl;

	for (i = *len; i > 0 && !sp; i--)
		if (key[i - 1] == ' ')
			sp = key + i - 1;
	if (!sp)
		return 0;
	wl = *len - (size_t)(sp + 1 - key);
	for (i = 0; i < SR_ARRAY_LEN(region_words); i++) {
		if (strlen(region_words[i]) == wl &&
		    memcmp(sp + 1, region_words[i], wl) == 0) {
			*len = (size_t)(sp - key);
			key[*len] = '\0';
			return 1;
		}
	}
	return 0;
}

int sr_gazetteer_lookup_print(const char *gaz_path, const char *name,
			      const double *near, const char *country, FILE *fp,
			      struct sr_diag *d)
{
	struct sr_gaz *g = NULL;
	struct sr_gaz_context ctx;
	struct cand *c = NULL;
	uint32_t idx[LOOKUP_MAX];
	char key[SR_MAX_NAME_LEN + 1];
	size_t klen, n, i;
	int rc;
	/* how the names were found, when not as written: the reader must
	 * see that "Tyotkino" found only far-away look-alikes */
	const char *how = "";

	if (!name || !fp)
		return sr_diag_set(d, SR_EUSAGE, "", 0, "lookup: no name");
	if (!gaz_path)
		gaz_path = sr_default_gazetteer_path();
	if ((rc = sr__gaz_open(&g, gaz_path, d)))
		return rc;
	memset(&ctx, 0, sizeof(ctx));
	if (country && *country) {
		ctx.focus_cc[0] = country;
		ctx.focus_count = 1;
	}
	if (near) {
		ctx.has_point = true;
		ctx.lat = near[0];
		ctx.lon = near[1];
	}
	klen = sr__fold(name, strlen(name), key, sizeof(key));
	n = klen ? sr__gaz_find(g, key, klen, idx, LOOKUP_MAX) : 0;
	if (n == 0 && klen && strip_region_word(key, &klen)) {
		ctx.want_admin1 = true;
		n = sr__gaz_find(g, key, klen, idx, LOOKUP_MAX);
	}
	if (n == 0 && klen) { /* a romanisation variant, then a misspelling */
		n = sr__gaz_find_skeleton(g, key, klen, idx, LOOKUP_MAX);
		how = "spelling variant";
	}
	if (n == 0 && klen) {
		n = sr__gaz_find_fuzzy(g, key, klen, idx, LOOKUP_MAX);
		how = "misspelling (one edit)";
	}
	n = SR_MIN(n, (size_t)LOOKUP_MAX);
	if (n) {
		c = sr_calloc(n, sizeof(*c));
		if (!c) {
			rc = SR_ENOMEM;
			goto out;
		}
	}
	for (i = 0; i < n; i++) {
		sr__gaz_place(g, idx[i], &c[i].p);
		c[i].score =
		    sr__gaz_score(g, &c[i].p, &ctx, c[i].why, sizeof(c[i].why));
	}
	if (n)
		qsort(c, n, sizeof(*c), cmp_cand);
	fprintf(fp, "score\tname\tadmin1\tcountry\tlat\tlon\tpopulation\t"
		    "fcode\tid\twhy\n");
	for (i = 0; i < n; i++)
		fprintf(
		    fp,
		    "%.2f\t%s\t%s\t%s\t%.5f\t%.5f\t%llu\t%s\t%lld\t%s%s%s\n",
		    c[i].score, c[i].p.name, c[i].p.admin1, c[i].p.country,
		    c[i].p.lat, c[i].p.lon,
		    (unsigned long long)c[i].p.population, c[i].p.fcode,
		    (long long)c[i].p.id, how, *how && c[i].why[0] ? "; " : "",
		    c[i].why);
	if (n == 0)
		rc = sr_diag_set(d, SR_ENOTFOUND, gaz_path, 0,
				 "no place named \"%s\"", name);
	else if (ferror(fp))
		rc = sr_diag_set(d, SR_EIO, "", 0, "write error");
out:
	sr_free(c);
	sr__gaz_close(g);
	return rc;
}
