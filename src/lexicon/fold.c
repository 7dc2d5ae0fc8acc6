/*
 * fold.c - name keys and distances for the gazetteer.
 *
 * Exports sr__fold (a name -> its lookup key), sr__skeleton (a key -> its
 * romanisation-blind skeleton) and sr__geo_km (great-circle distance).  The key
 * of a name is: compatibility-decomposed (NFKD), marks stripped, case-folded, a
 * few Latin letters without decompositions spelt out (l-stroke -> l, o-slash ->
 * o, ae, oe, thorn, eth, dotless i ...), apostrophes and primes dropped, '-'
 * and runs of white space made one space, trimmed.  Every other character is
 * kept as it is, so both sides of a lookup (gazetteer names and text n-grams)
 * fold the same way.
 *
 * Pure ASCII input takes a fast path that never calls utf8proc: sr__fold
 * runs on every candidate n-gram of every article.  Nothing allocates.
 * Does not transliterate other scripts: Cyrillic stays Cyrillic (the
 * gazetteer builder drops such keys).
 */
#include "gazetteer.h"

#include <math.h>
#include <string.h>
#include <utf8proc.h>

/* Latin letters that NFKD leaves alone, lower case (case folding runs
 * first), spelt out in ASCII. */
static const struct {
	utf8proc_int32_t cp;
	const char *ascii;
} special_latin[] = {
	{ 0x00df, "ss" }, { 0x00e6, "ae" }, { 0x00f0, "d" }, { 0x00f8, "o" },
	{ 0x00fe, "th" }, { 0x0111, "d" },  { 0x0127, "h" }, { 0x0131, "i" },
	{ 0x0142, "l" },  { 0x0153, "oe" }, { 0x0167, "t" }, { 0x0180, "b" },
	{ 0x01b6, "z" },  { 0x0192, "f" },  { 0x0248, "j" }, { 0x0138, "q" },
	{ 0x014b, "ng" }, { 0x0237, "j" },
};

static int is_apostrophe(utf8proc_int32_t c)
{
	return c == '\'' || c == '`' || c == 0x2018 || c == 0x2019 ||
	       c == 0x02bc || c == 0x02bb || c == 0x02b9 || c == 0x02ba ||
	       c == 0x2032 || c == 0x00b4 || c == 0x02c8 || c == 0x201b;
}

static int is_dash_or_space(utf8proc_int32_t c)
{
	return c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r' ||
	       c == '\f' || c == '\v' || c == 0x00a0 || c == 0x2010 ||
	       c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 ||
	       c == 0x2212 || c == 0x202f || c == 0x3000 ||
	       (c >= 0x2000 && c <= 0x200a);
}

/* Output state shared by both paths. */
struct fold_out {
	char *out;
	size_t cap;
	size_t n;
	bool space;   /* a separator is pending */
	bool letters; /* saw a letter or digit */
	bool full;
};

/* The space owed before the next bytes, if any; false once the output is
 * full. */
static inline bool put_pending_space(struct fold_out *o)
{
	if (o->space && o->n > 0) {
		if (o->n + 1 >= o->cap) {
			o->full = true;
			return false;
		}
		o->out[o->n++] = ' ';
	}
	o->space = false;
	return true;
}

static void put_bytes(struct fold_out *o, const char *p, size_t n)
{
	if (!put_pending_space(o))
		return;
	if (o->n + n >= o->cap) {
		o->full = true;
		return;
	}
	memcpy(o->out + o->n, p, n);
	o->n += n;
}

/* put_bytes(o, &ch, 1), without the copy's call. */
static inline void put_byte(struct fold_out *o, char ch)
{
	if (!put_pending_space(o))
		return;
	if (o->n + 1 >= o->cap) {
		o->full = true;
		return;
	}
	o->out[o->n++] = ch;
}

static size_t fold_finish(struct fold_out *o)
{
	if (o->full || !o->letters || o->n == 0) {
		if (o->cap)
			o->out[0] = '\0';
		return 0;
	}
	o->out[o->n] = '\0';
	return o->n;
}

/* What the ASCII path does with each byte: FA_KEEP copies it, FA_ALNUM
 * copies a lower-case letter or digit, FA_UPPER lowers a letter, FA_DROP
 * drops an apostrophe, FA_SEP makes a separator pending ('-', white
 * space), FA_HIGH sends the name to the Unicode path. */
enum { FA_KEEP, FA_ALNUM, FA_UPPER, FA_DROP, FA_SEP, FA_HIGH };
/* clang-format off */
static const unsigned char fold_class[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	4, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 4, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
	3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
	5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
};
/* clang-format on */

/* The key of s[0..len) when it is pure ASCII, written straight into
 * out[0..cap) (the same key put_cp and fold_finish make, byte by byte).
 * Sets *high and returns 0 at the first byte >= 0x80: the caller then
 * folds the whole name on the Unicode path. */
static size_t fold_ascii(const char *s, size_t len, char *out, size_t cap,
			 bool *high)
{
	size_t i, n = 0;
	bool space = false, letters = false;

	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		unsigned k = fold_class[c];

		if (k >= FA_DROP) {
			if (k == FA_SEP)
				space = true;
			else if (k == FA_HIGH) {
				*high = true;
				return 0;
			}
			continue;
		}
		if (space && n > 0) {
			if (n + 1 >= cap)
				goto none; /* full: no key */
			out[n++] = ' ';
		}
		space = false;
		if (n + 1 >= cap)
			goto none;
		if (k != FA_KEEP)
			letters = true;
		out[n++] = (char)(k == FA_UPPER ? c | 0x20 : c);
	}
	if (!letters || n == 0)
		goto none;
	out[n] = '\0';
	return n;
none:
	out[0] = '\0';
	return 0;
}

static void put_cp(struct fold_out *o, utf8proc_int32_t c)
{
	utf8proc_uint8_t enc[4];
	utf8proc_ssize_t n;
	size_t k;

	if (is_apostrophe(c))
		return;
	if (is_dash_or_space(c)) {
		o->space = true;
		return;
	}
	/* ASCII before the table, whose letters all lie above it: most
	 * characters of a name with one accent are ASCII */
	if (c < 0x80) {
		char ch = (char)c;

		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			o->letters = true;
		put_byte(o, ch);
		return;
	}
	for (k = 0; k < SR_ARRAY_LEN(special_latin); k++) {
		if (special_latin[k].cp == c) {
			o->letters = true;
			put_bytes(o, special_latin[k].ascii,
				  strlen(special_latin[k].ascii));
			return;
		}
	}
	{
		utf8proc_category_t cat = utf8proc_category(c);

		if (cat == UTF8PROC_CATEGORY_LL ||
		    cat == UTF8PROC_CATEGORY_LU ||
		    cat == UTF8PROC_CATEGORY_LT ||
		    cat == UTF8PROC_CATEGORY_LO || cat == UTF8PROC_CATEGORY_ND)
			o->letters = true;
		if (cat == UTF8PROC_CATEGORY_CC || cat == UTF8PROC_CATEGORY_CF)
			return;
	}
	n = utf8proc_encode_char(c, enc);
	if (n > 0)
		put_bytes(o, (const char *)enc, (size_t)n);
}

size_t sr__fold(const char *s, size_t len, char *out, size_t cap)
{
	struct fold_out o = { out, cap, 0, false, false, false };
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
	size_t i;

	if (cap == 0)
		return 0;
	{
		bool high = false;
		size_t n = fold_ascii(s, len, out, cap, &high);

		if (!high)
			return n;
	}
	i = 0;
	while (i < len && !o.full) {
		utf8proc_int32_t c, dec[32];
		utf8proc_ssize_t r, k;
		int boundclass = UTF8PROC_BOUNDCLASS_START;

		/* an ASCII byte is its own code point (as utf8proc_iterate
		 * would read it), without the call */
		if (p[i] < 0x80) {
			c = p[i];
			r = 1;
		} else {
			r = utf8proc_iterate(p + i, (utf8proc_ssize_t)(len - i),
					     &c);
		}
		if (r <= 0) {
			i++; /* invalid byte: skip it */
			continue;
		}
		i += (size_t)r;
		if (c < 0x80) {
			if (c >= 'A' && c <= 'Z')
				c = c - 'A' + 'a';
			put_cp(&o, c);
			continue;
		}
		if (is_apostrophe(c) || is_dash_or_space(c)) {
			put_cp(&o, c);
			continue;
		}
		k = utf8proc_decompose_char(
		    c, dec, (utf8proc_ssize_t)SR_ARRAY_LEN(dec),
		    (utf8proc_option_t)(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
					UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD),
		    &boundclass);
		if (k < 0 || k > (utf8proc_ssize_t)SR_ARRAY_LEN(dec))
			continue;
		for (r = 0; r < k; r++) {
			utf8proc_int32_t d = dec[r];

			if (d >= 'A' && d <= 'Z')
				d = d - 'A' + 'a';
			put_cp(&o, d);
		}
	}
	return fold_finish(&o);
}

/* ---- skeletons ----
 *
 * Ukrainian and Russian romanisations of one name differ in vowels
 * (Kharkiv/Kharkov, Kyiv/Kiev, Sloviansk/Slavyansk), in h/g/kh
 * (Horlivka/Gorlovka), in zh/z, ts/c, in doubled letters (Odesa/Odessa) and
 * in soft or adjectival endings (Stepne/Stepnoye/Stepnoy, Kurakhove/
 * Kurakhovo).  The skeleton of a word keeps its consonants, maps each of
 * those groups to one letter, turns every run of vowels (a e i o u y j)
 * into one 'a', collapses doubled letters and drops a final vowel run, so
 * all the spellings above share one skeleton.  Word-initial "vu" is read
 * as "u" (Vuhledar/Ugledar).  Bytes outside ASCII letters are kept.
 */
static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' ||
	       c == 'y' || c == 'j';
}

/* Skeleton of one word w[0..n) appended to o; returns bytes written. */
static size_t skeleton_word(const char *w, size_t n, char *o, size_t cap)
{
	size_t i = 0, k = 0;
	char prev = 0;

	if (n >= 3 && w[0] == 'v' && w[1] == 'u' && !is_vowel(w[2]))
		i = 1;
	while (i < n) {
		const char *s = w + i;
		size_t left = n - i, step = 1;
		char c = s[0];

		if (is_vowel(c)) {
			c = 'a';
		} else if (left >= 4 && memcmp(s, "shch", 4) == 0) {
			c = 'S';
			step = 4;
		} else if (left >= 3 && memcmp(s, "sch", 3) == 0) {
			c = 'S';
			step = 3;
		} else if (left >= 3 && memcmp(s, "tch", 3) == 0) {
			c = 'C';
			step = 3;
		} else if (left >= 2 && s[1] == 'h' &&
			   (c == 's' || c == 'c' || c == 'z' || c == 'k' ||
			    c == 'p')) {
			c = c == 's'   ? 'S'
			    : c == 'c' ? 'C'
			    : c == 'z' ? 'z'
			    : c == 'k' ? 'h'
				       : 'f';
			step = 2;
		} else if (left >= 2 &&
			   ((c == 't' && (s[1] == 's' || s[1] == 'z')) ||
			    (c == 'c' && s[1] == 'z'))) {
			c = c == 't' ? 'c' : 'C';
			step = 2;
		} else if (c == 'g') {
			c = 'h';
		} else if (c == 'w') {
			c = 'v';
		} else if (c == 'q') {
			c = 'k';
		}
		i += step;
		if (c == prev)
			continue; /* doubled letters, vowel runs */
		if (k + 1 >= cap)
			return 0;
		o[k++] = c;
		prev = c;
	}
	while (k > 1 && o[k - 1] == 'a')
		k--;
	return k;
}

size_t sr__skeleton(const char *key, size_t len, char *out, size_t cap)
{
	size_t i = 0, n = 0;

	if (cap == 0)
		return 0;
	while (i < len) {
		const char *sp = memchr(key + i, ' ', len - i);
		size_t wl = sp ? (size_t)(sp - (key + i)) : len - i, k;

		if (wl) {
			if (n && n + 1 < cap)
				out[n++] = ' ';
			k = skeleton_word(key + i, wl, out + n, cap - n);
			if (!k) {
				out[0] = '\0';
				return 0;
			}
			n += k;
		}
		i += wl + 1;
	}
	if (n >= cap)
		n = 0;
	out[n] = '\0';
	return n;
}

double sr__geo_km(double lat1, double lon1, double lat2, double lon2)
{
	const double r = 6371.0088, rad = 3.14159265358979323846 / 180.0;
	double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
	double a =
	    sin(dlat / 2) * sin(dlat / 2) +
	    cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);

	if (a > 1)
		a = 1;
	return 2 * r * asin(sqrt(a));
}
