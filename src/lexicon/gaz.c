/*
 * gaz.c - reading a compiled gazetteer: open (mmap + header check), find
 * by folded name, place views, admin-1 and country lookups, and the
 * ranking of candidates (sr__gaz_score), lookups by skeleton.  Also
 * sr_default_gazetteer_path.
 *
 * Invariants: an open gazetteer is immutable and may be shared by threads;
 * every offset read from the file is bounds-checked before use, so a
 * corrupt file yields empty strings or no candidates, never a bad read.
 * Opening checks the header (magic, version, byte order, sizes) only and
 * touches no other page, so it takes microseconds for any size.
 *
 * Does not build gazetteers (gaz_build.c) or print (gaz_lookup.c).
 */
#include "gaz_format.h"
#include "gazetteer.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

struct sr_gaz {
	const char *base;
	size_t size;
	const struct sr_gaz_rec *recs;
	const struct sr_gaz_slot *slots;
	const uint32_t *lists;
	const char *strings;
	uint64_t strings_len;
	uint64_t list_count;
	uint32_t place_count;
	uint32_t slot_count;
	uint64_t gen; /* unique per open: keys the per-thread fuzzy memo */
};

/* Generations of opened gazetteers; 0 is never used. */
static atomic_uint_fast64_t gaz_gen;

const char *sr_default_gazetteer_path(void)
{
	const char *p = getenv("SITREP_GAZETTEER");

	return p && *p ? p : SR_DEFAULT_GAZETTEER;
}

/* 1 when [off, off + n * size) lies inside a file of file_size bytes. */
static int in_file(uint64_t off, uint64_t n, uint64_t size, uint64_t file_size)
{
	if (off % 8 || off > file_size)
		return 0;
	if (size && n > (file_size - off) / size)
		return 0;
	return 1;
}

static int check_header(const struct sr_gaz_header *h, size_t size)
{
	if (memcmp(h->magic, SR_GAZ_MAGIC, 8) != 0)
		return 1;
	if (h->version != SR_GAZ_VERSION || h->endian != SR_GAZ_ENDIAN ||
	    h->place_size != sizeof(struct sr_gaz_rec))
		return 2;
	if (h->file_size != size || h->slot_count == 0 ||
	    (h->slot_count & (h->slot_count - 1)) != 0 ||
	    !in_file(h->places_off, h->place_count, sizeof(struct sr_gaz_rec),
		     size) ||
	    !in_file(h->slots_off, h->slot_count, sizeof(struct sr_gaz_slot),
		     size) ||
	    !in_file(h->lists_off, h->list_count, sizeof(uint32_t), size) ||
	    !in_file(h->strings_off, h->strings_len, 1, size) ||
	    h->strings_len == 0)
		return 3;
	return 0;
}

int sr__gaz_open(struct sr_gaz **out, const char *path, struct sr_diag *d)
{
	struct sr_gaz *g = NULL;
	const struct sr_gaz_header *h;
	struct stat sb;
	void *p = MAP_FAILED;
	int fd, rc = 0, bad;

	*out = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return sr_diag_set(d, errno == ENOENT ? SR_ENOTFOUND : SR_EIO,
				   path, 0, "cannot open gazetteer: %s",
				   strerror(errno));
	if (fstat(fd, &sb) || !S_ISREG(sb.st_mode) ||
	    (size_t)sb.st_size < sizeof(struct sr_gaz_header)) {
		rc = sr_diag_set(d, SR_EINPUT, path, 0,
				 "not a sitrep gazetteer (too short)");
		goto out;
	}
	p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_SHARED, fd, 0);
	if (p == MAP_FAILED) {
		rc = sr_diag_set(d, SR_EIO, path, 0, "cannot map: %s",
				 strerror(errno));
		goto out;
	}
	h = p;
	bad = check_header(h, (size_t)sb.st_size);
	if (bad) {
		rc = sr_diag_set(d, SR_EINPUT, path, 0, "%s",
				 bad == 1   ? "not a sitrep gazetteer"
				 : bad == 2 ? "gazetteer of another version or "
					      "machine: rebuild it (make deps)"
					    : "corrupt gazetteer (bad sizes)");
		goto out;
	}
	if (((const char *)p)[h->strings_off + h->strings_len - 1] != '\0' ||
	    ((const char *)p)[h->strings_off] != '\0') {
		rc = sr_diag_set(d, SR_EINPUT, path, 0,
				 "corrupt gazetteer (strings)");
		goto out;
	}
	g = sr_calloc(1, sizeof(*g));
	if (!g) {
		rc = SR_ENOMEM;
		goto out;
	}
	g->base = p;
	g->size = (size_t)sb.st_size;
	g->recs = (const void *)((const char *)p + h->places_off);
	g->slots = (const void *)((const char *)p + h->slots_off);
	g->lists = (const void *)((const char *)p + h->lists_off);
	g->strings = (const char *)p + h->strings_off;
	g->strings_len = h->strings_len;
	g->list_count = h->list_count;
	g->place_count = h->place_count;
	g->slot_count = h->slot_count;
	g->gen = (uint64_t)atomic_fetch_add(&gaz_gen, 1) + 1;
	*out = g;
out:
	close(fd);
	if (rc && p != MAP_FAILED)
		munmap(p, (size_t)sb.st_size);
	return rc;
}

void sr__gaz_close(struct sr_gaz *g)
{
	if (!g)
		return;
	munmap((void *)g->base, g->size);
	sr_free(g);
}

uint32_t sr__gaz_count(const struct sr_gaz *g)
{
	return g ? g->place_count : 0;
}

static const char *str_at(const struct sr_gaz *g, uint32_t off)
{
	return off < g->strings_len ? g->strings + off : "";
}

static const struct sr_gaz_slot *
find_slot(const struct sr_gaz *g, const char *key, size_t len, uint64_t h)
{
	uint32_t mask = g->slot_count - 1, i = (uint32_t)h & mask, n;

	for (n = 0; n < g->slot_count; n++, i = (i + 1) & mask) {
		const struct sr_gaz_slot *s = &g->slots[i];

		if (s->count == 0)
			return NULL;
		if (s->hash == (uint32_t)h && s->key < g->strings_len &&
		    len < g->strings_len - s->key &&
		    memcmp(g->strings + s->key, key, len) == 0 &&
		    g->strings[s->key + len] == '\0')
			return s;
	}
	return NULL;
}

size_t sr__gaz_find(const struct sr_gaz *g, const char *key, size_t len,
		    uint32_t *out, size_t cap)
{
	return sr__gaz_find_h(g, key, len, sr__hash64(key, len), out, cap);
}

size_t sr__gaz_find_h(const struct sr_gaz *g, const char *key, size_t len,
		      uint64_t h, uint32_t *out, size_t cap)
{
	const struct sr_gaz_slot *s;
	size_t i, n = 0;

	if (!g || len == 0)
		return 0;
	s = find_slot(g, key, len, h);
	if (!s || s->list > g->list_count || s->count > g->list_count - s->list)
		return 0;
	for (i = 0; i < s->count; i++) {
		uint32_t idx = g->lists[s->list + i];

		if (idx >= g->place_count)
			continue;
		if (n < cap) {
			out[n] = idx;
			/* the caller reads the records next (sr__gaz_place),
			 * in no order the memory would guess: ask for all of
			 * them at once rather than wait for each in turn */
			__builtin_prefetch(&g->recs[idx]);
		}
		n++;
	}
	return n;
}

uint64_t sr__gaz_gen(const struct sr_gaz *g)
{
	return g ? g->gen : 0;
}

int sr__gaz_level(const struct sr_gaz *g, uint32_t idx)
{
	return g && idx < g->place_count ? g->recs[idx].level : 0;
}

uint64_t sr__gaz_population(const struct sr_gaz *g, uint32_t idx)
{
	return g && idx < g->place_count ? g->recs[idx].population : 0;
}

const char *sr__gaz_cc(const struct sr_gaz *g, uint32_t idx)
{
	return g && idx < g->place_count ? str_at(g, g->recs[idx].cc) : "";
}

void sr__gaz_place(const struct sr_gaz *g, uint32_t idx, struct sr_place *out)
{
	const struct sr_gaz_rec *r;
	const char *strs;
	uint64_t slen;

	if (!g || idx >= g->place_count) {
		memset(out, 0, sizeof(*out));
		out->name = out->cc = out->iso3 = out->country = "";
		out->admin1_code = out->admin1 = out->fcode = "";
		out->idx = idx;
		return;
	}
	/* every field set: no memset first (this is called for every
	 * candidate of every mention); the strings' base and length read
	 * once (out might alias g, for all the compiler knows) */
	r = &g->recs[idx];
	strs = g->strings;
	slen = g->strings_len;
	out->idx = idx;
	out->id = r->id;
	out->name = r->name < slen ? strs + r->name : "";
	out->cc = r->cc < slen ? strs + r->cc : "";
	out->iso3 = r->iso3 < slen ? strs + r->iso3 : "";
	out->country = r->country < slen ? strs + r->country : "";
	out->admin1_code = r->admin1_code < slen ? strs + r->admin1_code : "";
	out->admin1 = r->admin1 < slen ? strs + r->admin1 : "";
	out->fcode = r->fcode < slen ? strs + r->fcode : "";
	out->fclass = r->fclass;
	out->level = r->level;
	out->lat = r->lat;
	out->lon = r->lon;
	out->population = r->population;
	out->precision = r->pad[0] <= 4 ? r->pad[0] : 0;
	out->names = r->pad[1];
}

size_t sr__gaz_find_sk(const struct sr_gaz *g, const char *sk, size_t len,
		       uint32_t *out, size_t cap)
{
	char key[SR_MAX_NAME_LEN + 2];

	if (len < SR_GAZ_SKELETON_MIN || len + 1 >= sizeof(key))
		return 0;
	key[0] = SR_GAZ_KEY_SKELETON;
	memcpy(key + 1, sk, len);
	return sr__gaz_find(g, key, len + 1, out, cap);
}

size_t sr__gaz_find_skeleton(const struct sr_gaz *g, const char *key,
			     size_t len, uint32_t *out, size_t cap)
{
	char sk[SR_MAX_NAME_LEN + 1];
	size_t n = sr__skeleton(key, len, sk, sizeof(sk));

	return sr__gaz_find_sk(g, sk, n, out, cap);
}

static uint32_t find_internal(const struct sr_gaz *g, const char *key, int n)
{
	uint32_t idx;

	if (n <= 0 || (size_t)n >= 64)
		return UINT32_MAX;
	return sr__gaz_find(g, key, (size_t)n, &idx, 1) ? idx : UINT32_MAX;
}

uint32_t sr__gaz_admin1(const struct sr_gaz *g, const char *cc,
			const char *admin1_code)
{
	char key[64];
	char ucc[3] = { 0 };

	if (!cc || !admin1_code || strlen(cc) != 2)
		return UINT32_MAX;
	ucc[0] = (char)(cc[0] & ~0x20);
	ucc[1] = (char)(cc[1] & ~0x20);
	return find_internal(g, key,
			     snprintf(key, sizeof(key), "%c%s.%s",
				      SR_GAZ_KEY_ADMIN1, ucc, admin1_code));
}

static uint32_t find_cc(const struct sr_gaz *g, char tag, const char *cc)
{
	char key[4];

	if (!cc || strlen(cc) != 2)
		return UINT32_MAX;
	key[0] = tag;
	key[1] = (char)(cc[0] & ~0x20);
	key[2] = (char)(cc[1] & ~0x20);
	key[3] = '\0';
	return find_internal(g, key, 3);
}

/* find_cc of the countries and capitals by their two letters, per
 * thread and gazetteer: every country an article names is looked up
 * again.  Slot [which][26 * a + b] for the letters 'A' + a, 'A' + b. */
struct cc_memo {
	uint64_t gen; /* sr__gaz_gen of idx; 0: empty */
	uint32_t idx;
};
static _Thread_local struct cc_memo cc_memo[2][26 * 26];

static uint32_t find_cc_memo(const struct sr_gaz *g, int which, char tag,
			     const char *cc)
{
	unsigned a, b;
	struct cc_memo *m;

	/* two letters (either case) only; anything else as before */
	if (!g || !cc || !cc[0] || !cc[1] || cc[2] ||
	    (a = (unsigned)((cc[0] & ~0x20) - 'A')) >= 26 ||
	    (b = (unsigned)((cc[1] & ~0x20) - 'A')) >= 26)
		return find_cc(g, tag, cc);
	m = &cc_memo[which][a * 26 + b];
	if (m->gen != g->gen) {
		m->idx = find_cc(g, tag, cc);
		m->gen = g->gen;
	}
	return m->idx;
}

uint32_t sr__gaz_country(const struct sr_gaz *g, const char *cc)
{
	return find_cc_memo(g, 0, SR_GAZ_KEY_COUNTRY, cc);
}

uint32_t sr__gaz_capital(const struct sr_gaz *g, const char *cc)
{
	return find_cc_memo(g, 1, SR_GAZ_KEY_CAPITAL, cc);
}

/* ---- misspellings ---- */

/* Collapse doubled letters and drop a final vowel 'a', as sr__skeleton
 * does, so that edited skeletons are skeletons again. */
static size_t normalise_sk(char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (k == 0 || s[i] != s[k - 1])
			s[k++] = s[i];
	while (k > 1 && s[k - 1] == 'a')
		k--;
	return k;
}

struct fuzzy {
	const struct sr_gaz *g;
	uint32_t *out;
	size_t cap, n;
};

static void probe(struct fuzzy *f, char *v, size_t n)
{
	uint32_t idx[16];
	size_t k, j, m;

	/* an edit that merges vowel runs or bares a final vowel changes more
	 * than one letter of the name */
	if (normalise_sk(v, n) != n)
		return;
	m = sr__gaz_find_sk(f->g, v, n, idx, SR_ARRAY_LEN(idx));
	m = SR_MIN(m, SR_ARRAY_LEN(idx));
	for (k = 0; k < m && f->n < f->cap; k++) {
		for (j = 0; j < f->n; j++)
			if (f->out[j] == idx[k])
				break;
		if (j == f->n)
			f->out[f->n++] = idx[k];
	}
}

/* The results of sr__gaz_find_fuzzy for the skeletons looked up last, per
 * thread: a misspelt name is usually repeated, in one article and across
 * the articles of a batch, and each lookup costs about 150 probes.
 * Direct-mapped on the skeleton's hash; an entry is valid for the
 * gazetteer of generation gen and a call with the same cap. */
#define FUZZY_MEMO     32 /* power of two */
#define FUZZY_MEMO_OUT 16 /* results kept: calls with a larger cap skip */
#define FUZZY_MEMO_SK  48 /* longest skeleton kept */
struct fuzzy_memo {
	uint64_t gen; /* 0: empty */
	size_t cap, n;
	size_t sk_len;
	char sk[FUZZY_MEMO_SK];
	uint32_t out[FUZZY_MEMO_OUT];
};
static _Thread_local struct fuzzy_memo fuzzy_memo[FUZZY_MEMO];

static size_t find_fuzzy(const struct sr_gaz *g, const char *sk, size_t n,
			 uint32_t *out, size_t cap)
{
	/* consonants only: with vowel runs collapsed to one 'a', adding or
	 * dropping a vowel run is a large change ("Belavia" is no "Balve") */
	static const char alpha[] = "bcdfhklmnprstvzSC";
	char v[SR_MAX_NAME_LEN + 2];
	struct fuzzy f;
	size_t i, a;

	f.g = g;
	f.out = out;
	f.cap = cap;
	f.n = 0;
	/* misspellings keep the first letter: no edits at position 0 */
	for (i = 1; i < n; i++) { /* deletions */
		if (sk[i] == 'a')
			continue;
		memcpy(v, sk, i);
		memcpy(v + i, sk + i + 1, n - i - 1);
		probe(&f, v, n - 1);
	}
	for (i = 1; i + 1 < n; i++) { /* transpositions */
		memcpy(v, sk, n);
		v[i] = sk[i + 1];
		v[i + 1] = sk[i];
		probe(&f, v, n);
	}
	for (i = 1; i <= n; i++) { /* insertions */
		for (a = 0; a < sizeof(alpha) - 1; a++) {
			memcpy(v, sk, i);
			v[i] = alpha[a];
			memcpy(v + i + 1, sk + i, n - i);
			probe(&f, v, n + 1);
		}
	}
	return f.n;
}

size_t sr__gaz_find_fuzzy(const struct sr_gaz *g, const char *key, size_t len,
			  uint32_t *out, size_t cap)
{
	char sk[SR_MAX_NAME_LEN + 1];
	struct fuzzy_memo *m;
	size_t n;

	if (!g || memchr(key, ' ', len))
		return 0;
	n = sr__skeleton(key, len, sk, sizeof(sk));
	if (n < 6 || n + 2 > SR_MAX_NAME_LEN + 2)
		return 0;
	if (n > FUZZY_MEMO_SK || cap > FUZZY_MEMO_OUT)
		return find_fuzzy(g, sk, n, out, cap);
	m = &fuzzy_memo[sr__hash64(sk, n) & (FUZZY_MEMO - 1)];
	if (m->gen != g->gen || m->cap != cap || m->sk_len != n ||
	    memcmp(m->sk, sk, n) != 0) {
		m->gen = 0;
		m->n = find_fuzzy(g, sk, n, m->out, cap);
		m->cap = cap;
		m->sk_len = n;
		memcpy(m->sk, sk, n);
		m->gen = g->gen;
	}
	if (m->n)
		memcpy(out, m->out, m->n * sizeof(*out));
	return m->n;
}

/* ---- ranking ---- */

struct why {
	char *s;
	size_t cap, len;
};

/* Reasons are written for the chosen place of every event, so they are
 * put together by hand rather than with printf.  Always inline, for a
 * literal s: its length is known when compiled, and a copy that fits is
 * a few moves (GCC otherwise kept the calls, each with a strlen). */
__attribute__((always_inline)) static inline void put(struct why *w,
						      const char *s)
{
	size_t n;

	if (!w->s || !s || w->len + 1 >= w->cap)
		return;
	n = strlen(s);
	if (w->len + n < w->cap)
		memcpy(w->s + w->len, s, n);
	else
		memcpy(w->s + w->len, s, n = w->cap - 1 - w->len);
	w->len += n;
	w->s[w->len] = '\0';
}

/* put for a string known only when run (a code, a name, digits): what
 * fits of it, by one loop rather than strlen and memcpy of a few
 * bytes. */
static void put_run(struct why *w, const char *s)
{
	size_t room, i;
	char *o;

	if (!w->s || !s || w->len + 1 >= w->cap)
		return;
	room = w->cap - 1 - w->len;
	o = w->s + w->len;
	for (i = 0; i < room && s[i]; i++)
		o[i] = s[i];
	w->len += i;
	w->s[w->len] = '\0';
}

static void put_u(struct why *w, unsigned long long u)
{
	char b[24];
	size_t k = sizeof(b) - 1;

	b[k] = '\0';
	do {
		b[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u && k);
	put_run(w, b + k);
}

/* Start a reason: "; " after the ones before, then a (a literal) and b
 * (either may be NULL).  0 when there is no room left (the rest is not
 * written). */
__attribute__((always_inline)) static inline int
say(struct why *w, const char *a, const char *b)
{
	if (!w->s || w->len + 3 >= w->cap)
		return 0;
	if (w->len)
		put(w, "; ");
	put(w, a);
	put_run(w, b);
	return 1;
}

/* a and b are the same string (inline: b is a literal, or a code of a
 * few bytes, where strcmp's call would cost more than the loop). */
static int str_is(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* Memos of cos() and log10() by argument, per thread: the same candidate
 * is ranked against the same places for every mention of its name, so
 * the same arguments come back.  The results are those of the library
 * calls, bit for bit.  Direct-mapped on the argument's bits. */
#define MATH_MEMO 256 /* power of two */
struct math_memo {
	uint64_t key[MATH_MEMO];
	double val[MATH_MEMO];
	unsigned char used[MATH_MEMO];
};
static _Thread_local struct math_memo cos_memo, log_memo;

static size_t memo_slot(uint64_t k)
{
	return (size_t)((k * 0x9E3779B97F4A7C15ull) >> 56) & (MATH_MEMO - 1);
}

static double memo_cos(double x)
{
	uint64_t k;
	size_t i;

	memcpy(&k, &x, sizeof(k));
	i = memo_slot(k);
	if (!cos_memo.used[i] || cos_memo.key[i] != k) {
		cos_memo.val[i] = cos(x);
		cos_memo.key[i] = k;
		cos_memo.used[i] = 1;
	}
	return cos_memo.val[i];
}

/* log10(1 + population) */
static double memo_log_pop(uint64_t pop)
{
	size_t i = memo_slot(pop);

	if (!log_memo.used[i] || log_memo.key[i] != pop) {
		log_memo.val[i] = log10(1.0 + (double)pop);
		log_memo.key[i] = pop;
		log_memo.used[i] = 1;
	}
	return log_memo.val[i];
}

/* Score weights: bonuses a reader can compare in the reason strings. */
#define W_FOCUS	 40.0 /* in a country the article is about */
#define W_ADMIN1 35.0 /* inside an admin-1 region the article names */
#define W_NEAR	 25.0 /* at 0 km from another named place, 0 at 100 km */
#define W_POINT	 25.0 /* at 0 km from the given point, 0 at 100 km */
#define NEAR_KM	 100.0
#define W_POP	 2.5 /* per decade of population */
/* No bonus for the number of names of a place without a population: on
 * the UA dump it chose mislocated duplicates that carry many names. */

static double near_bonus(double km, double w)
{
	return km < NEAR_KM ? w * (1.0 - km / NEAR_KM) : 0.0;
}

/* 1 if p lies in a focus country of ctx. */
static int focus_hit(const struct sr_gaz_context *ctx, const struct sr_place *p)
{
	size_t i;

	for (i = 0; i < ctx->focus_count && i < SR_ARRAY_LEN(ctx->focus_cc);
	     i++)
		if (ctx->focus_cc[i] &&
		    sr__ascii_caseeq(ctx->focus_cc[i], p->cc))
			return 1;
	return 0;
}

/* The first region ctx names that p is (*is 1) or lies in (*is 0), or
 * NULL. */
static const struct sr_gaz_rec *admin1_hit(const struct sr_gaz *g,
					   const struct sr_place *p,
					   const struct sr_gaz_context *ctx,
					   int *is)
{
	size_t i;

	*is = 0;
	for (i = 0; i < ctx->admin1_count; i++) {
		uint32_t ai = ctx->admin1_idx[i];
		const struct sr_gaz_rec *a;
		const char *code;

		if (ai >= g->place_count)
			continue;
		a = &g->recs[ai];
		if (a->level != SR_PLACE_ADMIN1)
			continue;
		if (ai == p->idx) {
			*is = 1;
			return a;
		}
		code = str_at(g, a->admin1_code);
		if (p->level == SR_PLACE_LOCALITY && code[0] &&
		    str_is(str_at(g, a->cc), p->cc) &&
		    str_is(code, p->admin1_code))
			return a;
	}
	return NULL;
}

/* The anchor of ctx nearest p, with *best_km its distance, or NULL (then
 * *best_km is -1, or NEAR_KM when every anchor is surely as far). */
static const struct sr_gaz_rec *nearest_anchor(const struct sr_gaz *g,
					       const struct sr_place *p,
					       const struct sr_gaz_context *ctx,
					       double *best_km_out)
{
	const struct sr_gaz_rec *best = NULL;
	double best_km = -1;
	size_t i;

	for (i = 0; i < ctx->near_count; i++) {
		const struct sr_gaz_rec *q;
		double km, dlat, dlon, cl, x;

		if (ctx->near_idx[i] >= g->place_count)
			continue;
		q = &g->recs[ctx->near_idx[i]];
		if (q->level != SR_PLACE_LOCALITY)
			continue;
		/* a flat-earth distance is exact enough within a few hundred
		 * km and costs one cosine instead of five trigonometric calls;
		 * a latitude gap alone rules most anchors out */
		dlat = (q->lat - p->lat) * 111.195;
		if (best_km >= 0 && fabs(dlat) >= best_km)
			continue;
		x = (q->lat + p->lat) * (3.14159265358979323846 / 360.0);
		dlon = (q->lon - p->lon) * 111.195;
		/* cos(x) >= 1 - x*x/2: when even that puts q farther than
		 * the best so far (with a margin far above rounding), the
		 * cosine cannot make it nearer */
		if (best_km >= 0) {
			double lb = 1.0 - x * x / 2;

			if (lb > 0 && dlat * dlat + dlon * lb * dlon * lb >
					  best_km * best_km * (1 + 1e-9))
				continue;
		} else if (isfinite(dlat) && isfinite(dlon)) {
			/* the first anchor: only one nearer than NEAR_KM
			 * gives a bonus, so one surely as far (by the same
			 * bounds) is not measured but stands as NEAR_KM with
			 * no name: a nearer one replaces it as it would have
			 * replaced the anchor, and the reason has no "km
			 * from" when none comes */
			double lb = 1.0 - x * x / 2;

			if (fabs(dlat) >= NEAR_KM ||
			    (lb > 0 && dlat * dlat + dlon * lb * dlon * lb >
					   NEAR_KM * NEAR_KM * (1 + 1e-9))) {
				best_km = NEAR_KM;
				continue;
			}
		}
		cl = memo_cos(x);
		dlon = dlon * cl;
		km = sqrt(dlat * dlat + dlon * dlon);
		if (best_km < 0 || km < best_km) {
			best_km = km;
			best = q;
		}
	}
	*best_km_out = best_km;
	return best;
}

double sr__gaz_score(const struct sr_gaz *g, const struct sr_place *p,
		     const struct sr_gaz_context *ctx, char *why,
		     size_t why_cap)
{
	struct why w = { why, why_cap, 0 };
	double score = 0, best_km = -1;
	const char *best_name = NULL;
	const struct sr_gaz_rec *a, *q;
	int is;

	if (why && why_cap)
		why[0] = '\0';
	/* Kind of place. */
	if (p->level == SR_PLACE_COUNTRY) {
		score += ctx && ctx->want_admin1 ? 0 : 15;
		say(&w, "country", NULL);
	} else if (p->level == SR_PLACE_ADMIN1) {
		score += ctx && ctx->want_admin1 ? 30 : -12;
		say(&w, "admin-1",
		    ctx && ctx->want_admin1 ? ", region wanted" : NULL);
	} else if (ctx && ctx->want_admin1) {
		score -= 10;
		say(&w, "locality, region wanted", NULL);
	}
	if (p->fclass == 'P') {
		score += 10;
	} else if (p->fclass == 'A') {
		score += 6;
	} else {
		char fc[2] = { p->fclass ? p->fclass : '-', '\0' };

		score -= 15;
		say(&w, "feature class ", fc);
	}
	/* the seats are "PPL" and a suffix: most places are a plain
	 * "PPL", or not "PPL" at all, and are told by their first bytes */
	if (p->fcode[0] == 'P' && p->fcode[1] == 'P' && p->fcode[2] == 'L') {
		const char *x = p->fcode + 3;

		if (str_is(x, "C")) {
			score += 12;
			say(&w, "national capital", NULL);
		} else if (str_is(x, "A")) {
			score += 8;
			say(&w, "admin-1 seat", NULL);
		} else if (str_is(x, "A2")) {
			score += 5;
			say(&w, "admin-2 seat", NULL);
		} else if (str_is(x, "A3")) {
			score += 2;
		}
	}
	if (p->population) {
		score += W_POP * memo_log_pop(p->population);
		if (say(&w, "pop ", NULL))
			put_u(&w, (unsigned long long)p->population);
	}
	if (!ctx)
		return score;
	if (focus_hit(ctx, p)) {
		score += W_FOCUS;
		say(&w, "in focus country ", p->cc);
	}
	a = admin1_hit(g, p, ctx, &is);
	if (a && is) {
		score += W_ADMIN1 / 3;
		say(&w, "is named region ", str_at(g, a->name));
	} else if (a) {
		score += W_ADMIN1;
		say(&w, "in named region ", str_at(g, a->name));
	}
	q = nearest_anchor(g, p, ctx, &best_km);
	best_name = q ? str_at(g, q->name) : NULL;
	if (best_name && best_km < NEAR_KM) {
		score += near_bonus(best_km, W_NEAR);
		if (say(&w, NULL, NULL)) {
			put_u(&w, (unsigned long long)nearbyint(best_km));
			put(&w, " km from ");
			put_run(&w, best_name);
		}
	}
	if (ctx->has_point) {
		double km = sr__geo_km(p->lat, p->lon, ctx->lat, ctx->lon);

		score += near_bonus(km, W_POINT);
		if (say(&w, NULL, NULL)) {
			put_u(&w, (unsigned long long)nearbyint(km));
			put(&w, " km from the point");
		}
	}
	return score;
}
