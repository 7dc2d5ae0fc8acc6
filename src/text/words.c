/*
 * words.c - the small fixed vocabulary of the number and date parsers
 * (number words, vague quantities, modifiers, month and weekday names,
 * relative-date words, measurement units) and a case-insensitive lookup.
 *
 * Exports: sr__text_word, sr__text_word_lens, sr__text_cls,
 * sr__text_prev_word, sr__text_year_context.
 *
 * Invariants: the table is immutable; the hash index over it is built once
 * (pthread_once, then an acquire flag) and only read, so lookups are
 * thread-safe.  A lookup reads the letters of one word and at most 16 bytes
 * from its start, never past end: no allocation, no strlen.
 *
 * Not here: anything about phrases; see numbers.c and dates.c.  This is
 * grammar (closed-class English words), not a dictionary of the domain,
 * which is why it lives in C and not in data/.
 */
#include "text.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

/* See text.h; bytes 0x80..0xFF are all 0. */
/* Tables laid out by hand. */
/* clang-format off */
const unsigned char sr__text_cls[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 4, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
	0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
	9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
};

#define W(s, c, v) { s, sizeof(s) - 1, c, v }
#define I(s, id) W(s, SR_TW_ID, id)

static const struct sr_tword words[] = {
	W("zero", SR_TW_UNIT, 0), W("one", SR_TW_UNIT, 1),
	W("two", SR_TW_UNIT, 2), W("three", SR_TW_UNIT, 3),
	/* "both occupants were killed": two */
	W("both", SR_TW_UNIT, 2),
	W("four", SR_TW_UNIT, 4), W("five", SR_TW_UNIT, 5),
	W("six", SR_TW_UNIT, 6), W("seven", SR_TW_UNIT, 7),
	W("eight", SR_TW_UNIT, 8), W("nine", SR_TW_UNIT, 9),
	W("ten", SR_TW_TEEN, 10), W("eleven", SR_TW_TEEN, 11),
	W("twelve", SR_TW_TEEN, 12), W("thirteen", SR_TW_TEEN, 13),
	W("fourteen", SR_TW_TEEN, 14), W("fifteen", SR_TW_TEEN, 15),
	W("sixteen", SR_TW_TEEN, 16), W("seventeen", SR_TW_TEEN, 17),
	W("eighteen", SR_TW_TEEN, 18), W("nineteen", SR_TW_TEEN, 19),
	W("twenty", SR_TW_TENS, 20), W("thirty", SR_TW_TENS, 30),
	W("forty", SR_TW_TENS, 40), W("fifty", SR_TW_TENS, 50),
	W("sixty", SR_TW_TENS, 60), W("seventy", SR_TW_TENS, 70),
	W("eighty", SR_TW_TENS, 80), W("ninety", SR_TW_TENS, 90),
	W("hundred", SR_TW_SCALE, 100), W("thousand", SR_TW_SCALE, 1000),
	W("million", SR_TW_SCALE, 1000000),
	W("billion", SR_TW_SCALE, 1000000000), W("dozen", SR_TW_SCALE, 12),
	W("first", SR_TW_ORD, 1), W("second", SR_TW_ORD, 2),
	W("third", SR_TW_ORD, 3), W("fourth", SR_TW_ORD, 4),
	W("fifth", SR_TW_ORD, 5), W("sixth", SR_TW_ORD, 6),
	W("seventh", SR_TW_ORD, 7), W("eighth", SR_TW_ORD, 8),
	W("ninth", SR_TW_ORD, 9), W("tenth", SR_TW_ORD, 10),
	W("eleventh", SR_TW_ORD, 11), W("twelfth", SR_TW_ORD, 12),
	W("thirteenth", SR_TW_ORD, 13), W("fourteenth", SR_TW_ORD, 14),
	W("fifteenth", SR_TW_ORD, 15), W("sixteenth", SR_TW_ORD, 16),
	W("seventeenth", SR_TW_ORD, 17), W("eighteenth", SR_TW_ORD, 18),
	W("nineteenth", SR_TW_ORD, 19), W("hundredth", SR_TW_ORD, 100),
	W("thousandth", SR_TW_ORD, 1000),
	W("twentieth", SR_TW_ORD_TENS, 20), W("thirtieth", SR_TW_ORD_TENS, 30),
	W("fortieth", SR_TW_ORD_TENS, 40), W("fiftieth", SR_TW_ORD_TENS, 50),
	W("sixtieth", SR_TW_ORD_TENS, 60),
	W("seventieth", SR_TW_ORD_TENS, 70),
	W("eightieth", SR_TW_ORD_TENS, 80), W("ninetieth", SR_TW_ORD_TENS, 90),
	W("dozens", SR_TW_VAGUE, SR_TWI_DOZENS),
	W("tens", SR_TW_VAGUE, SR_TWI_TENS),
	W("hundreds", SR_TW_VAGUE, SR_TWI_HUNDREDS),
	W("thousands", SR_TW_VAGUE, SR_TWI_THOUSANDS),
	W("millions", SR_TW_VAGUE, SR_TWI_MILLIONS),
	W("several", SR_TW_VAGUE, SR_TWI_SEVERAL),
	W("scores", SR_TW_VAGUE, SR_TWI_SCORES),
	W("january", SR_TW_MONTH, 1), W("february", SR_TW_MONTH, 2),
	W("march", SR_TW_MONTH, 3), W("april", SR_TW_MONTH, 4),
	W("may", SR_TW_MONTH, 5), W("june", SR_TW_MONTH, 6),
	W("july", SR_TW_MONTH, 7), W("august", SR_TW_MONTH, 8),
	W("september", SR_TW_MONTH, 9), W("october", SR_TW_MONTH, 10),
	W("november", SR_TW_MONTH, 11), W("december", SR_TW_MONTH, 12),
	W("jan", SR_TW_MONTH, 1), W("feb", SR_TW_MONTH, 2),
	W("mar", SR_TW_MONTH, 3), W("apr", SR_TW_MONTH, 4),
	W("jun", SR_TW_MONTH, 6), W("jul", SR_TW_MONTH, 7),
	W("aug", SR_TW_MONTH, 8), W("sep", SR_TW_MONTH, 9),
	W("sept", SR_TW_MONTH, 9), W("oct", SR_TW_MONTH, 10),
	W("nov", SR_TW_MONTH, 11), W("dec", SR_TW_MONTH, 12),
	W("sunday", SR_TW_WDAY, 0), W("monday", SR_TW_WDAY, 1),
	W("tuesday", SR_TW_WDAY, 2), W("wednesday", SR_TW_WDAY, 3),
	W("thursday", SR_TW_WDAY, 4), W("friday", SR_TW_WDAY, 5),
	W("saturday", SR_TW_WDAY, 6),
	W("mm", SR_TW_MUNIT, 0), W("cm", SR_TW_MUNIT, 0),
	W("km", SR_TW_MUNIT, 0), W("kg", SR_TW_MUNIT, 0),
	W("kilometres", SR_TW_MUNIT, 0), W("kilometers", SR_TW_MUNIT, 0),
	W("kilometre", SR_TW_MUNIT, 0), W("kilometer", SR_TW_MUNIT, 0),
	W("metres", SR_TW_MUNIT, 0), W("meters", SR_TW_MUNIT, 0),
	W("metre", SR_TW_MUNIT, 0), W("meter", SR_TW_MUNIT, 0),
	W("miles", SR_TW_MUNIT, 0), W("mile", SR_TW_MUNIT, 0),
	W("square", SR_TW_MUNIT, 0), W("sq", SR_TW_MUNIT, 0),
	W("hectares", SR_TW_MUNIT, 0), W("kilograms", SR_TW_MUNIT, 0),
	W("tonnes", SR_TW_MUNIT, 0), W("tons", SR_TW_MUNIT, 0),
	W("percent", SR_TW_MUNIT, 0), W("feet", SR_TW_MUNIT, 0),
	W("calibre", SR_TW_MUNIT, 0), W("caliber", SR_TW_MUNIT, 0),
	I("a", SR_TWI_A), I("an", SR_TWI_AN), I("and", SR_TWI_AND),
	I("or", SR_TWI_OR), I("to", SR_TWI_TO), I("of", SR_TWI_OF),
	I("the", SR_TWI_THE), I("at", SR_TWI_AT), I("least", SR_TWI_LEAST),
	I("most", SR_TWI_MOST), I("more", SR_TWI_MORE), I("than", SR_TWI_THAN),
	I("over", SR_TWI_OVER), I("about", SR_TWI_ABOUT),
	I("around", SR_TWI_AROUND), I("approximately", SR_TWI_APPROX),
	I("roughly", SR_TWI_ROUGHLY), I("nearly", SR_TWI_NEARLY),
	I("almost", SR_TWI_ALMOST), I("some", SR_TWI_SOME), I("up", SR_TWI_UP),
	I("between", SR_TWI_BETWEEN), I("fewer", SR_TWI_FEWER),
	I("less", SR_TWI_LESS), I("as", SR_TWI_AS), I("many", SR_TWI_MANY),
	I("estimated", SR_TWI_ESTIMATED), I("close", SR_TWI_CLOSE),
	I("just", SR_TWI_JUST), I("under", SR_TWI_UNDER),
	I("upwards", SR_TWI_UPWARDS), I("no", SR_TWI_NO),
	I("half", SR_TWI_HALF), I("few", SR_TWI_FEW),
	I("couple", SR_TWI_COUPLE), I("handful", SR_TWI_HANDFUL),
	I("excess", SR_TWI_EXCESS), I("am", SR_TWI_AM), I("pm", SR_TWI_PM),
	I("number", SR_TWI_NUMBER), I("nos", SR_TWI_NUMBER),
	I("per", SR_TWI_PER), I("cent", SR_TWI_CENT), I("so", SR_TWI_SO),
	I("in", SR_TWI_IN), I("on", SR_TWI_ON), I("since", SR_TWI_SINCE),
	I("during", SR_TWI_DURING), I("until", SR_TWI_UNTIL),
	I("till", SR_TWI_UNTIL), I("by", SR_TWI_BY),
	I("before", SR_TWI_BEFORE), I("after", SR_TWI_AFTER),
	I("throughout", SR_TWI_THROUGHOUT), I("from", SR_TWI_FROM),
	I("early", SR_TWI_EARLY), I("late", SR_TWI_LATE), I("mid", SR_TWI_MID),
	I("last", SR_TWI_LAST), I("next", SR_TWI_NEXT), I("this", SR_TWI_THIS),
	I("earlier", SR_TWI_EARLIER), I("later", SR_TWI_LATER),
	I("today", SR_TWI_TODAY), I("tonight", SR_TWI_TONIGHT),
	I("yesterday", SR_TWI_YESTERDAY), I("overnight", SR_TWI_OVERNIGHT),
	I("morning", SR_TWI_MORNING), I("afternoon", SR_TWI_AFTERNOON),
	I("evening", SR_TWI_EVENING), I("night", SR_TWI_NIGHT),
	I("day", SR_TWI_DAY), I("days", SR_TWI_DAYS), I("week", SR_TWI_WEEK),
	I("weeks", SR_TWI_WEEKS), I("weekend", SR_TWI_WEEKEND),
	I("month", SR_TWI_MONTH), I("months", SR_TWI_MONTHS),
	I("year", SR_TWI_YEAR), I("years", SR_TWI_YEARS), I("ago", SR_TWI_AGO),
	I("previous", SR_TWI_PREVIOUS),
};
/* clang-format on */

#define NSLOT 1024 /* power of two, well over twice the table */
#define MAXW  15   /* longest word in the table is shorter */

/* Open addressing on the word packed into two 64-bit keys (the lower-cased
 * bytes in memory order, zero padded, as two native loads): a probe is two
 * compares.  lens[c & 31] has bit n set when some word of n bytes starts
 * with the letter c: most words of running text miss it and are never
 * hashed. */
struct slot {
	uint64_t k0, k1;
	const struct sr_tword *w; /* NULL: empty */
};

static struct slot slots[NSLOT];
static uint16_t lens[32];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static atomic_int ready;

/* 8 bytes 0xFF then 8 zero bytes: 8 bytes loaded at offset 8 - n keep the
 * first n bytes of a word (in memory order, whatever the endianness). */
static const unsigned char keep_mask[16] = {
	0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
};

static uint64_t load8(const void *s)
{
	uint64_t v;

	memcpy(&v, s, 8);
	return v;
}

/* The key of the n (1..MAXW) letters at s; 16 bytes at s are readable. */
static void make_key(const char *s, size_t n, uint64_t *k0, uint64_t *k1)
{
	const uint64_t low = 0x2020202020202020ull;

	*k0 = (load8(s) | low) & load8(keep_mask + 8 - (n < 8 ? n : 8));
	*k1 = (load8(s + 8) | low) & load8(keep_mask + 8 - (n > 8 ? n - 8 : 0));
}

static uint32_t hash_key(uint64_t k0, uint64_t k1)
{
	uint64_t h = k0 * 0x9E3779B97F4A7C15ull ^ k1 * 0xC2B2AE3D27D4EB4Full;

	return (uint32_t)(h >> 54) & (NSLOT - 1);
}

static void build_index(void)
{
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(words); i++) {
		char tmp[16] = { 0 };
		uint64_t k0, k1;
		uint32_t h;

		memcpy(tmp, words[i].w, words[i].len);
		make_key(tmp, words[i].len, &k0, &k1);
		h = hash_key(k0, k1);
		while (slots[h].w)
			h = (h + 1) & (NSLOT - 1);
		slots[h].k0 = k0;
		slots[h].k1 = k1;
		slots[h].w = &words[i];
		lens[words[i].w[0] & 31] |= (uint16_t)(1u << words[i].len);
	}
	atomic_store_explicit(&ready, 1, memory_order_release);
}

/* The word of the table with key (k0, k1), or NULL. */
static const struct sr_tword *find_key(uint64_t k0, uint64_t k1)
{
	uint32_t h;

	for (h = hash_key(k0, k1); slots[h].w; h = (h + 1) & (NSLOT - 1))
		if (slots[h].k0 == k0 && slots[h].k1 == k1)
			return slots[h].w;
	return NULL;
}

/* find_key of the n letters at s, fewer than 16 bytes before the end of
 * the text that may be read: copied first.  Out of line, as is
 * first_word, so that sr__text_word makes no call on its own path and
 * saves no register. */
__attribute__((noinline)) static const struct sr_tword *
find_near_end(const char *s, size_t n)
{
	char tmp[16] = { 0 };
	uint64_t k0, k1;

	memcpy(tmp, s, n);
	make_key(tmp, n, &k0, &k1);
	return find_key(k0, k1);
}

/* sr__text_word the first time a thread asks, with the index built. */
__attribute__((noinline)) static const struct sr_tword *
first_word(const char *text, size_t p, size_t end, size_t *n, int *upper)
{
	pthread_once(&once, build_index);
	return sr__text_word(text, p, end, n, upper);
}

const struct sr_tword *sr__text_word(const char *text, size_t p, size_t end,
				     size_t *n, int *upper)
{
	uint64_t k0, k1;
	size_t i = p + 1, len;
	unsigned char c;

	if (!atomic_load_explicit(&ready, memory_order_acquire))
		return first_word(text, p, end, n, upper);
	*n = 0;
	*upper = 0;
	if (p >= end || !sr__text_alpha(c = (unsigned char)text[p]))
		return NULL;
	*upper = (unsigned)(c - 'A') < 26;
	i = sr__text_run_end(text, i, end, SR_TC_ALPHA);
	*n = len = i - p;
	if (len > MAXW || !(lens[c & 31] >> len & 1))
		return NULL;
	if (end - p < 16)
		return find_near_end(text + p, len);
	make_key(text + p, len, &k0, &k1);
	return find_key(k0, k1);
}

void sr__text_word_lens(int (*keep)(const struct sr_tword *),
			uint16_t lens_out[1024])
{
	size_t i;

	memset(lens_out, 0, 1024 * sizeof(lens_out[0]));
	for (i = 0; i < SR_ARRAY_LEN(words); i++) {
		const struct sr_tword *w = &words[i];

		if (keep(w))
			lens_out[SR_TWL(w->w[0], w->len > 1 ? w->w[1] : 0)] |=
			    (uint16_t)(1u << w->len);
	}
}

size_t sr__text_prev_word(const char *text, size_t lo, size_t i, size_t *wend)
{
	while (i > lo && sr__text_space((unsigned char)text[i - 1]))
		i--;
	if (i > lo &&
	    (text[i - 1] == ',' || text[i - 1] == '.' || text[i - 1] == '-'))
		i--;
	while (i > lo && sr__text_space((unsigned char)text[i - 1]))
		i--;
	*wend = i;
	while (i > lo && sr__text_alnum((unsigned char)text[i - 1]) &&
	       *wend - i < 16)
		i--;
	if (i == *wend ||
	    (i > lo && sr__text_alnum((unsigned char)text[i - 1])))
		return (size_t)-1;
	return i;
}

int sr__text_year_context(const char *text, size_t lo, size_t off)
{
	const struct sr_tword *w;
	size_t s, e, n;
	int up;

	s = sr__text_prev_word(text, lo, off, &e);
	if (s == (size_t)-1)
		return 0;
	if (sr__text_digit((unsigned char)text[s])) {
		/* "16 February 2024" / "February 16, 2024": a day before */
		if (e - s > 2)
			return 0;
		s = sr__text_prev_word(text, lo, s, &e);
		if (s == (size_t)-1)
			return 0;
		w = sr__text_word(text, s, e, &n, &up);
		return w && w->cls == SR_TW_MONTH && up;
	}
	w = sr__text_word(text, s, e, &n, &up);
	if (!w || n != e - s)
		return 0;
	if (w->cls == SR_TW_MONTH)
		return up;
	if (w->cls != SR_TW_ID)
		return 0;
	switch (w->val) {
	case SR_TWI_IN:
	case SR_TWI_SINCE:
	case SR_TWI_OF:
	case SR_TWI_DURING:
	case SR_TWI_UNTIL:
	case SR_TWI_BY:
	case SR_TWI_BEFORE:
	case SR_TWI_AFTER:
	case SR_TWI_EARLY:
	case SR_TWI_LATE:
	case SR_TWI_MID:
	case SR_TWI_THROUGHOUT:
	case SR_TWI_YEAR:
		return 1;
	default:
		return 0;
	}
}
