/*
 * sentences.c - split article text into sentences.
 *
 * Exports: sr__sentences.
 *
 * One left-to-right pass over the bytes.  A sentence ends at '.', '!', '?'
 * or an ellipsis (with any closing quotes and brackets after it) that is
 * followed by white space and then something other than a lower-case
 * letter, unless the word before a '.' is an abbreviation:
 *   - titles ("Gen.", "Lt.", "Col.", "Mr.", "Dr.", "St.") and "e.g.",
 *     "i.e.", "vs." never end a sentence;
 *   - "No." and month abbreviations ("Jan.", "Sept.") do not when a digit
 *     follows;
 *   - initialisms ("U.S.", "U.K.", "a.m."), single capital initials
 *     ("J. R. Smith"), "Jr.", "Inc." and month abbreviations end a
 *     sentence only when the next word is a common sentence opener ("The",
 *     "He", "In", ...).
 * A blank line always ends a sentence.  Decimals ("3.5") never split
 * because no space follows the point.
 *
 * A headline on a line of its own (no stop at its end, begun at the
 * start of the line) ends at the line break when the next line starts
 * with a capital and is longer than a hard-wrapped line (100 bytes);
 * otherwise a single line break is a space.
 *
 * Invariants: spans are trimmed of white space and never empty; linear in
 * the input, no allocation.
 */
#include "text.h"

#include <pthread.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum abbr { AB_NONE, AB_NEVER, AB_DIGIT, AB_MONTH, AB_STARTER };

struct abbr_word {
	const char *w;
	unsigned char len, kind, cap; /* cap: must start upper case */
};

#define A(s, k, c)                                                             \
	{                                                                      \
		s, sizeof(s) - 1, k, c                                         \
	}
static const struct abbr_word abbrs[] = {
	A("mr", AB_NEVER, 1),	  A("mrs", AB_NEVER, 1),
	A("ms", AB_NEVER, 1),	  A("dr", AB_NEVER, 1),
	A("gen", AB_NEVER, 1),	  A("lt", AB_NEVER, 1),
	A("col", AB_NEVER, 1),	  A("maj", AB_NEVER, 1),
	A("capt", AB_NEVER, 1),	  A("cpt", AB_NEVER, 1),
	A("sgt", AB_NEVER, 1),	  A("cpl", AB_NEVER, 1),
	A("pvt", AB_NEVER, 1),	  A("adm", AB_NEVER, 1),
	A("brig", AB_NEVER, 1),	  A("cmdr", AB_NEVER, 1),
	A("cdr", AB_NEVER, 1),	  A("gov", AB_NEVER, 1),
	A("sen", AB_NEVER, 1),	  A("rep", AB_NEVER, 1),
	A("rev", AB_NEVER, 1),	  A("prof", AB_NEVER, 1),
	A("st", AB_NEVER, 1),	  A("mt", AB_NEVER, 1),
	A("ft", AB_NEVER, 1),	  A("hon", AB_NEVER, 1),
	A("pres", AB_NEVER, 1),	  A("gens", AB_NEVER, 1),
	A("amb", AB_NEVER, 1),	  A("supt", AB_NEVER, 1),
	A("insp", AB_NEVER, 1),	  A("messrs", AB_NEVER, 1),
	A("vs", AB_NEVER, 0),	  A("approx", AB_NEVER, 0),
	A("ca", AB_NEVER, 0),	  A("cf", AB_NEVER, 0),
	A("viz", AB_NEVER, 0),	  A("no", AB_DIGIT, 0),
	A("nos", AB_DIGIT, 0),	  A("art", AB_DIGIT, 0),
	A("vol", AB_DIGIT, 0),	  A("para", AB_DIGIT, 0),
	A("jan", AB_MONTH, 1),	  A("feb", AB_MONTH, 1),
	A("mar", AB_MONTH, 1),	  A("apr", AB_MONTH, 1),
	A("jun", AB_MONTH, 1),	  A("jul", AB_MONTH, 1),
	A("aug", AB_MONTH, 1),	  A("sep", AB_MONTH, 1),
	A("sept", AB_MONTH, 1),	  A("oct", AB_MONTH, 1),
	A("nov", AB_MONTH, 1),	  A("dec", AB_MONTH, 1),
	A("jr", AB_STARTER, 0),	  A("sr", AB_STARTER, 0),
	A("inc", AB_STARTER, 0),  A("ltd", AB_STARTER, 0),
	A("co", AB_STARTER, 1),	  A("corp", AB_STARTER, 0),
	A("bros", AB_STARTER, 0), A("etc", AB_STARTER, 0),
	A("al", AB_STARTER, 0),
};

/* Words that usually open a sentence: after an initialism they mean the
 * stop was a full stop too. */
static const char *const starters[] = {
	"the",	  "a",	       "an",	    "he",	   "she",
	"it",	  "they",      "we",	    "i",	   "you",
	"in",	  "on",	       "at",	    "by",	   "for",
	"from",	  "but",       "and",	    "or",	   "yet",
	"so",	  "as",	       "if",	    "when",	   "while",
	"where",  "this",      "that",	    "there",	   "these",
	"those",  "his",       "her",	    "their",	   "its",
	"our",	  "meanwhile", "however",   "according",   "after",
	"before", "during",    "later",	    "earlier",	   "since",
	"some",	  "many",      "most",	    "no",	   "both",
	"all",	  "another",   "also",	    "then",	   "now",
	"today",  "yesterday", "officials", "authorities",
};

static int lower_eq(const char *s, size_t n, const char *w, size_t wn)
{
	size_t i;

	if (n != wn)
		return 0;
	for (i = 0; i < n; i++)
		if (((unsigned char)s[i] | 0x20) != (unsigned char)w[i])
			return 0;
	return 1;
}

/* The abbreviations by first letter: abbrs[ab_order[k]] for k in
 * [ab_lo[l], ab_lo[l + 1]) start with 'a' + l (built with plain[]). */
static unsigned char ab_order[SR_ARRAY_LEN(abbrs)];
static unsigned char ab_lo[27];
/* bit n of ab_lens[l]: an abbreviation of n letters starts with 'a' + l
 * (most words before a stop are turned down by it) */
static unsigned char ab_lens[26];

/* The kind of the word t[s..e), which holds dots '.' (counted by the
 * caller's walk over it). */
static int classify(const char *t, size_t s, size_t e, int dots)
{
	size_t k, n = e - s;
	unsigned l;

	if (n == 0)
		return AB_NONE;
	if (dots) {
		if (lower_eq(t + s, n, "e.g", 3) ||
		    lower_eq(t + s, n, "i.e", 3))
			return AB_NEVER;
		return AB_STARTER;
	}
	if (n == 1)
		return (unsigned)(t[s] - 'A') < 26 ? AB_STARTER : AB_NONE;
	if (n > 6)
		return AB_NONE;
	l = ((unsigned char)t[s] | 0x20) - 'a';
	if (l >= 26 || !(ab_lens[l] >> n & 1))
		return AB_NONE;
	for (k = ab_lo[l]; k < ab_lo[l + 1]; k++) {
		const struct abbr_word *a = &abbrs[ab_order[k]];

		if (!lower_eq(t + s, n, a->w, a->len))
			continue;
		if (a->cap && (unsigned)(t[s] - 'A') >= 26)
			return AB_NONE;
		return a->kind;
	}
	return AB_NONE;
}

static int is_starter(const char *t, size_t k, size_t len)
{
	size_t e = k, i;

	while (e < len && sr__text_alpha((unsigned char)t[e]))
		e++;
	if (e == k || e - k > 12)
		return 0;
	/* a single capital followed by '.' is another initial */
	if (e - k == 1 && e < len && t[e] == '.')
		return 0;
	for (i = 0; i < SR_ARRAY_LEN(starters); i++)
		if (lower_eq(t + k, e - k, starters[i], strlen(starters[i])))
			return 1;
	return 0;
}

static int is_closer(int c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

static int is_opener(int c)
{
	return c == '"' || c == '\'' || c == '(' || c == '[' || c == '{';
}

/* 1 for ASCII letters and '.': the bytes of a word before a stop that
 * classify reads (built with plain[]). */
static unsigned char word_or_dot[256];

/* Is the stop run t[stop..e) (e is followed by white space) the end of a
 * sentence? */
static int ends_sentence(const char *t, size_t start, size_t stop, size_t e,
			 size_t len)
{
	size_t k, n, ws, s, lo;
	int c, kind, dots = 0;

	k = sr__text_skip_space(t, e, len);
	while (k < len && is_opener(sr__text_fold(t, k, len, &n)))
		k += n;
	if (k >= len)
		return 1;
	c = (unsigned char)t[k];
	if ((unsigned)(c - 'a') < 26)
		return 0;
	if (t[stop] != '.' || (stop + 1 < e && t[stop + 1] == '.'))
		return 1;
	/* the word before the '.' (letters and inner dots, 16 bytes at
	 * most: down to lo), each byte by one look at a table */
	ws = stop;
	lo = stop - start > 16 ? stop - 16 : start;
	while (ws > lo && word_or_dot[(unsigned char)t[ws - 1]])
		dots += t[--ws] == '.';
	if (ws > start && sr__text_digit((unsigned char)t[ws - 1]))
		return 1;
	s = ws;
	while (s < stop && t[s] == '.') {
		s++;
		dots--;
	}
	kind = classify(t, s, stop, dots);
	switch (kind) {
	case AB_NEVER:
		return 0;
	case AB_DIGIT:
		return !sr__text_digit(c);
	case AB_MONTH:
		if (sr__text_digit(c))
			return 0;
		return is_starter(t, k, len);
	case AB_STARTER:
		return is_starter(t, k, len);
	default:
		return 1;
	}
}

/* 1 for the bytes the scan of sr__sentences only steps over: everything
 * but white space, '.', '!', '?' and 0xC2 / 0xE2 (no-break space,
 * ellipsis); 2 for ' ', stepped over too (runs of words and single
 * spaces are one run; the end of its last word is found once). */
static unsigned char plain[256];
static pthread_once_t plain_once = PTHREAD_ONCE_INIT;

static void build_plain(void)
{
	size_t i, k = 0;
	int b;
	unsigned l;

	for (b = 0; b < 256; b++)
		plain[b] = !sr__text_space(b) && b != '.' && b != '!' &&
			   b != '?' && b != 0xC2 && b != 0xE2;
	plain[' '] = 2;
	for (b = 0; b < 256; b++)
		word_or_dot[b] = sr__text_alpha(b) || b == '.';
	for (l = 0; l < 26; l++) {
		ab_lo[l] = (unsigned char)k;
		for (i = 0; i < SR_ARRAY_LEN(abbrs); i++)
			if ((unsigned char)abbrs[i].w[0] == 'a' + l) {
				ab_order[k++] = (unsigned char)i;
				ab_lens[l] |=
				    (unsigned char)(1u << abbrs[i].len);
			}
	}
	ab_lo[26] = (unsigned char)k;
}

#define ONES 0x0101010101010101ull

/* 1 when the 8 bytes at p are surely plain: all ASCII, none below 0x20
 * (white space but ' ') and none a '.', '!' or '?'.  Each term is non-zero
 * iff some byte has its property, so no plain run is cut short wrongly;
 * a 0 only sends the caller back to the byte loop. */
static int plain8(const char *p)
{
	uint64_t x, d, b, q;

	memcpy(&x, p, 8);
	d = x ^ (ONES * '.');
	b = x ^ (ONES * '!');
	q = x ^ (ONES * '?');
	return ((x | ((x - ONES * 0x20) & ~x) | ((d - ONES) & ~d) |
		 ((b - ONES) & ~b) | ((q - ONES) & ~q)) &
		(ONES * 0x80)) == 0;
}

/* 1 if the line break at nl ends a headline: the sentence began at the
 * start of this line (start), the line has no stop or comma at its end
 * (last), and the next line (at next) starts with a capital and is
 * longer than a hard-wrapped line could be ("Kramatorsk: nine dead as
 * missile strikes cafe\nA Russian missile destroyed ...").  Wrapped
 * text, whose lines are all short, keeps its sentences whole. */
/* The first byte at or after i that plain8 would not pass over, or one
 * in the last 8 bytes: plain8 over whole words, then, with SSE2 (every
 * x86-64), 16 bytes at a time and straight to the first such byte. */
static size_t plain_run(const char *t, size_t i, size_t len)
{
#if defined(__SSE2__)
	const __m128i sp = _mm_set1_epi8(0x20), dot = _mm_set1_epi8('.'),
		      bang = _mm_set1_epi8('!'), ques = _mm_set1_epi8('?');

	while (i + 16 <= len) {
		__m128i x =
		    _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		/* signed: bytes >= 0x80 are below 0x20 too */
		__m128i bad = _mm_or_si128(
		    _mm_or_si128(_mm_cmplt_epi8(x, sp), _mm_cmpeq_epi8(x, dot)),
		    _mm_or_si128(_mm_cmpeq_epi8(x, bang),
				 _mm_cmpeq_epi8(x, ques)));
		unsigned m = (unsigned)_mm_movemask_epi8(bad);

		if (m)
			return i + (unsigned)__builtin_ctz(m);
		i += 16;
	}
#endif
	while (i + 8 <= len && plain8(t + i))
		i += 8;
	return i;
}

static int headline_end(const char *t, size_t len, size_t start, size_t last,
			size_t nl, size_t next)
{
	size_t k, n;
	char p;

	if (last <= start || last - start < 8 || last - start > 160 ||
	    next >= len)
		return 0;
	if (start > 0 && t[start - 1] != '\n')
		return 0;
	if (memchr(t + start, '\n', nl - start))
		return 0; /* began on an earlier line */
	p = t[last - 1];
	if (p == '.' || p == '!' || p == '?' || p == ',' || p == ';' ||
	    p == ':' || p == '-' || p == '(')
		return 0;
	if (!(t[next] >= 'A' && t[next] <= 'Z') && t[next] != '"')
		return 0;
	for (k = next, n = 0; k < len && t[k] != '\n'; k++)
		n++;
	return n > 100;
}
size_t sr__sentences(const char *t, size_t len, struct sr_span *out, size_t cap)
{
	size_t i = 0, count = 0, start, last, n, e, j;
	int c;

	pthread_once(&plain_once, build_plain);
	for (;;) {
		i = sr__text_skip_space(t, i, len);
		if (i >= len)
			break;
		start = i;
		last = i; /* end of the last non-space character */
		for (;;) {
			/* plain bytes: not space, not a stop, not the lead
			 * byte of a folded character */
			if (i < len && plain[(unsigned char)t[i]]) {
				size_t r = i;

				i++;
				i = plain_run(t, i, len);
				while (i < len && plain[(unsigned char)t[i]])
					i++;
				/* last: the end of the run's last non-space */
				j = i;
				while (j > r && t[j - 1] == ' ')
					j--;
				if (j > r)
					last = j;
			}
			if (i >= len) {
				e = last;
				break;
			}
			c = sr__text_fold(t, i, len, &n);
			if (c == '\n') {
				j = i + 1;
				while (j < len &&
				       (t[j] == ' ' || t[j] == '\t' ||
					t[j] == '\r' || t[j] == '\f' ||
					t[j] == '\v'))
					j++;
				if ((j < len && t[j] == '\n') ||
				    headline_end(t, len, start, last, i, j)) {
					e = last;
					i = j;
					break;
				}
				i++;
				continue;
			}
			if (sr__text_space(c)) {
				i += n;
				continue;
			}
			if (c != '.' && c != '!' && c != '?') {
				i += n;
				last = i;
				continue;
			}
			/* a run of stops and closers */
			{
				size_t stop = i;

				e = i + n;
				while (e < len) {
					c = sr__text_fold(t, e, len, &n);
					if (c != '.' && c != '!' && c != '?' &&
					    !is_closer(c))
						break;
					e += n;
				}
				i = e;
				last = e;
				if (e < len && !sr__text_space(sr__text_fold(
						   t, e, len, &n)))
					continue;
				if (ends_sentence(t, start, stop, e, len))
					break;
			}
		}
		if (e > start) {
			if (count < cap) {
				out[count].off = (uint32_t)start;
				out[count].len = (uint32_t)(e - start);
			}
			count++;
		}
	}
	return count;
}
