/*
 * tokens.c - split a span of text into words, numbers and punctuation.
 *
 * Exports: sr__tokens.
 *
 * A word starts with a letter of any script and goes on over letters,
 * digits and combining marks, and over an inner apostrophe or hyphen
 * (ASCII or typographic) that has a letter or digit after it: "Ukraine's",
 * "twenty-one", "F-16".  A number starts with a digit and goes on over
 * digits, over ',' or '.' between digits, and over letters glued to it
 * ("155mm", "3rd").  Anything else is one punctuation token of one
 * character (a whole UTF-8 sequence).  White space, including the no-break
 * space and other Unicode spaces, separates tokens.
 *
 * Invariants: linear, no allocation; tokens never overlap and lie inside
 * the span.  Non-ASCII characters are classified with utf8proc; invalid
 * UTF-8 bytes become one-byte punctuation.
 */
#include "text.h"

#include <utf8proc.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

enum cls { C_SPACE, C_LETTER, C_UPPER, C_DIGIT, C_MARK, C_OTHER };

/* Class of the character at t[i] (not ASCII); *n its length in bytes. */
static int char_class_u(const char *t, size_t i, size_t end, size_t *n,
			int *folded)
{
	int c = sr__text_fold(t, i, end, n);
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;

	*folded = c;
	if (c < 0x80)
		return c == ' ' ? C_SPACE : C_OTHER; /* folded punctuation */
	r = utf8proc_iterate((const utf8proc_uint8_t *)t + i,
			     (utf8proc_ssize_t)(end - i), &cp);
	if (r <= 0) {
		*n = 1;
		return C_OTHER;
	}
	*n = (size_t)r;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
		return C_LETTER;
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
		return C_MARK;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return C_SPACE;
	default:
		return C_OTHER;
	}
}

static int wordish(int k)
{
	return k == C_LETTER || k == C_UPPER || k == C_DIGIT || k == C_MARK;
}

/* 1 if the character at t[i] (i < end) is a letter, digit or mark. */
static inline int wordish_at(const char *t, size_t i, size_t end)
{
	unsigned char c = (unsigned char)t[i];
	size_t n;
	int f;

	if (c < 0x80)
		return sr__text_cls[c] & SR_TC_ALNUM;
	return wordish(char_class_u(t, i, end, &n, &f));
}

/* End of the word whose letters go on at t[i]: over letters, digits and
 * marks, and over ' or - (or a typographic form) before another of them.
 * ASCII bytes are classified inline; utf8proc only sees the others. */
static size_t word_end(const char *t, size_t i, size_t end)
{
	for (;;) {
		unsigned char c;
		size_t n2;
		int k2, f2;

		while (i < end &&
		       (sr__text_cls[(unsigned char)t[i]] & SR_TC_ALNUM))
			i++;
		if (i >= end)
			return i;
		c = (unsigned char)t[i];
		if (c < 0x80) {
			/* not a letter or digit: only ' or - goes on */
			if ((c == '\'' || c == '-') && i + 1 < end &&
			    wordish_at(t, i + 1, end)) {
				i++;
				continue;
			}
			return i;
		}
		k2 = char_class_u(t, i, end, &n2, &f2);
		if (wordish(k2)) {
			i += n2;
			continue;
		}
		if ((f2 == '\'' || f2 == '-') && i + n2 < end &&
		    wordish_at(t, i + n2, end)) {
			i += n2;
			continue;
		}
		return i;
	}
}

/* End of the number whose digits go on at t[i]: over letters, digits
 * and marks, and over ',' or '.' before a digit. */
static size_t number_end(const char *t, size_t i, size_t end)
{
	for (;;) {
		unsigned char c;
		size_t n2;
		int k2, f2;

		while (i < end &&
		       (sr__text_cls[(unsigned char)t[i]] & SR_TC_ALNUM))
			i++;
		if (i >= end)
			return i;
		c = (unsigned char)t[i];
		if (c < 0x80) {
			if ((c == ',' || c == '.') && i + 1 < end &&
			    sr__text_digit((unsigned char)t[i + 1])) {
				i++;
				continue;
			}
			return i;
		}
		k2 = char_class_u(t, i, end, &n2, &f2);
		if (wordish(k2)) {
			i += n2;
			continue;
		}
		if ((f2 == ',' || f2 == '.') && i + 1 < end &&
		    sr__text_digit((unsigned char)t[i + 1])) {
			i++;
			continue;
		}
		return i;
	}
}

/* The bytes after the ASCII letters of a word that may join more to it:
 * ' and -, and every byte >= 0x80 (word_end decides). */
#define J16 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1
static const unsigned char may_join[256] = {
	['0'] = 1,    ['1'] = 1,    ['2'] = 1,	  ['3'] = 1,	['4'] = 1,
	['5'] = 1,    ['6'] = 1,    ['7'] = 1,	  ['8'] = 1,	['9'] = 1,
	['\''] = 1,   ['-'] = 1,    [0x80] = J16, [0x90] = J16, [0xA0] = J16,
	[0xB0] = J16, [0xC0] = J16, [0xD0] = J16, [0xE0] = J16, [0xF0] = J16,
};
#undef J16

/* The end of the run of ASCII letters at t[i..end), as
 * sr__text_run_end(t, i, end, SR_TC_ALPHA).  With SSE2 (every x86-64),
 * 16 bytes a step while 16 remain: a word mostly ends in the first step,
 * where the loop of sr__text_run_end took two or three turns of four
 * bytes.  (Here only: the scanners that ask sr__text_run_end from inside
 * a word, or near a sentence's end, gained nothing by it.) */
static inline size_t alpha_end(const char *t, size_t i, size_t end)
{
#if defined(__SSE2__)
	/* (c | 0x20) - ('a' + 128) is below -128 + 26, signed, only for
	 * the letters */
	const __m128i low = _mm_set1_epi8(0x20),
		      base = _mm_set1_epi8((char)('a' + 128)),
		      lim = _mm_set1_epi8(-128 + 26);

	while (i + 16 <= end) {
		__m128i x =
		    _mm_loadu_si128((const __m128i *)(const void *)(t + i));
		__m128i y = _mm_sub_epi8(_mm_or_si128(x, low), base);
		unsigned m =
		    (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(y, lim));

		if (m != 0xFFFFu)
			return i + (size_t)__builtin_ctz(~m);
		i += 16;
	}
#endif
	return sr__text_run_end(t, i, end, SR_TC_ALPHA);
}

size_t sr__tokens(const char *t, struct sr_span span, struct sr_token *out,
		  size_t cap)
{
	const unsigned char *u = (const unsigned char *)t;
	size_t i = span.off, end = (size_t)span.off + span.len, count = 0;
	size_t n, s;
	int k;

	while (i < end && count < cap) {
		unsigned char c = u[i];
		struct sr_token *o = &out[count];

		/* ASCII: letters and digits run on in a tight loop; only a
		 * byte that may join more (' - , . or >= 0x80) goes to
		 * word_end or number_end */
		if (c < 0x80) {
			unsigned cl = sr__text_cls[c];

			if (cl & SR_TC_SPACE) {
				i++;
				continue;
			}
			s = i++;
			if (cl & SR_TC_ALPHA) {
				/* the usual token, written here */
				i = alpha_end(t, i, end);
				o->plain = 1;
				if (i < end && may_join[u[i]]) {
					i = word_end(t, i, end);
					o->plain = 0;
				}
				o->kind = SR_TOK_WORD;
				o->upper = (cl & SR_TC_UPPER) != 0;
				o->span.off = (uint32_t)s;
				o->span.len = (uint32_t)(i - s);
				count++;
				if (i < end && u[i] == ' ')
					i++;
				continue;
			}
			k = cl & SR_TC_DIGIT ? C_DIGIT : C_OTHER;
			o->plain = 0;
		} else {
			size_t nu;
			int f;

			k = char_class_u(t, i, end, &nu, &f);
			n = nu;
			if (k == C_SPACE) {
				i += n;
				continue;
			}
			s = i;
			i += n;
			if (k == C_LETTER || k == C_UPPER || k == C_MARK)
				i = word_end(t, i, end);
			o->plain = 0;
		}
		if (k == C_LETTER || k == C_UPPER || k == C_MARK) {
			o->kind = SR_TOK_WORD;
			o->upper = k == C_UPPER;
		} else if (k == C_DIGIT) {
			i = number_end(t, i, end);
			o->kind = SR_TOK_NUMBER;
			o->upper = 0;
		} else {
			o->kind = SR_TOK_PUNCT;
			o->upper = 0;
		}
		o->span.off = (uint32_t)s;
		o->span.len = (uint32_t)(i - s);
		count++;
		/* the one space after most tokens, here rather than in a turn
		 * of the loop of its own */
		if (i < end && u[i] == ' ')
			i++;
	}
	return count;
}
