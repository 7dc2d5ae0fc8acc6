/*
 * text.h - the text layer: sentences, tokens, numbers and dates.
 *
 * Everything here works on byte ranges of the article text (NFC UTF-8) and
 * returns spans into it; nothing is copied.  Functions are pure and
 * thread-safe: the caller provides the output arrays.
 *
 * Typographic quotes and dashes (U+2018/2019/201C/201D, U+2013/2014) are
 * treated like their ASCII forms.
 */
#ifndef SR_TEXT_H
#define SR_TEXT_H

#include "../core/core.h"

/* ---- sentences ---- */

/* Split text[0..len) into sentences.  Handles abbreviations ("Lt. Gen.",
 * "U.S.", "Jan.", "No."), initials ("J. R. Smith"), decimal numbers, closing
 * quotes and brackets after the full stop, and blank lines (paragraph
 * breaks always end a sentence).  Leading/trailing white space is not part
 * of a sentence span.  Writes at most cap spans into out; returns the
 * number of sentences found (which may exceed cap: then only cap written). */
size_t sr__sentences(const char *text, size_t len, struct sr_span *out,
		     size_t cap);

/* ---- tokens ---- */

enum sr_tok_kind {
	SR_TOK_WORD = 1, /* letters (any script), may contain ' or - inside */
	SR_TOK_NUMBER,	 /* digits, with , . separators inside: 2,000 3.5 */
	SR_TOK_PUNCT,	 /* any other single character */
};

struct sr_token {
	struct sr_span span;
	unsigned char kind;  /* enum sr_tok_kind */
	unsigned char upper; /* 1 if the first letter is upper case (words
				only: 0 for numbers and punctuation) */
	unsigned char plain; /* 1 if the word is ASCII letters only (no
				digit, ' or -, no byte >= 0x80): one run of
				letters, whose end the scanners need not
				look for */
};

/* Tokenise text[span]; writes at most cap tokens, returns the number
 * written. */
size_t sr__tokens(const char *text, struct sr_span span, struct sr_token *out,
		  size_t cap);

/* ---- numbers ---- */

/* A number phrase: "two", "2,000", "twenty-one", "dozens", "at least 12",
 * "over 70", "more than a hundred", "several", "a few", "one hundred and
 * fifty", "1.5 million", "some 300", "up to 40", "between 10 and 15",
 * "nearly 200", "about 30".  Vague words map as ACLED does conservatively:
 * best = dozens 12 (low 12, high 99 or so), tens 10, hundreds 100,
 * thousands 1000, several 3, a few 3, a couple 2, some/many = no value. */
struct sr_number {
	struct sr_span span;   /* the whole phrase, including "at least" etc. */
	int64_t value;	       /* best estimate */
	int64_t low;	       /* lower bound (== value when exact) */
	int64_t high;	       /* upper bound (== value when exact); -1 open */
	unsigned char vague;   /* 1 for dozens/several/at least/over/about... */
	unsigned char ordinal; /* 1 for "second", "3rd" (value = 2, 3) */
};

/* Parse a number phrase starting exactly at text[off] (which must be the
 * start of a word), not reading past end.  Returns 1 and fills *out, or 0
 * if there is no number phrase there. */
int sr__number_at(const char *text, size_t off, size_t end,
		  struct sr_number *out);

/* All number phrases in text[span], left to right, not overlapping.
 * Returns the count written (at most cap). */
size_t sr__numbers(const char *text, struct sr_span span, struct sr_number *out,
		   size_t cap);

/* sr__numbers with the tokens of text[span] as sr__tokens gives them
 * (tok, ntok: all of them or the first ntok): the same phrases, found
 * faster, as the scan steps over a plain word reading two letters. */
size_t sr__numbers_tok(const char *text, struct sr_span span,
		       const struct sr_token *tok, size_t ntok,
		       struct sr_number *out, size_t cap);

/* 0 when no phrase that sr__numbers finds in a span starting at lo (and
 * not past the text's NUL) ends at an offset in [from, to]; 1 when one
 * may.  A filter: it reads only the bytes before to, back to lo. */
int sr__number_may_end(const char *text, size_t lo, size_t from, size_t to);

/* ---- dates ---- */

struct sr_date_expr {
	struct sr_span span; /* the words: "on Saturday", "16.02.2024" */
	struct sr_ymd date;  /* resolved day (for week/month: see below) */
	int precision;	     /* ACLED time_precision: 1 day, 2 week, 3 month */
	unsigned char relative;	  /* 1 if resolved against the article date */
	unsigned char historical; /* 1 if clearly long before the article
				     (an earlier year, a month > 1 month ago) */
};

/* All date expressions in text[span], resolved against article_date (which
 * may be unknown: y == 0; then relative ones are skipped).  Explicit:
 * "16 February 2024", "February 16, 2024", "on 16 February", "16.02.2024",
 * "2024-02-16", "Feb. 16".  Relative: "today", "yesterday", "on Saturday"
 * (the last such day on or before the article date; the article date's own
 * weekday means that day), "overnight"/"last night" (the article date,
 * "late last night" the day before; precision 1), "this morning", "last week" (precision 2), "earlier this
 * week", "in May" / "last month" (precision 3; a month after the article's
 * month means the previous year), "two days ago", "on Monday night".
 * Returns the count written (at most cap). */
size_t sr__dates(const char *text, struct sr_span span,
		 struct sr_ymd article_date, struct sr_date_expr *out,
		 size_t cap);

/* sr__dates with the tokens of text[span] as sr__tokens gives them (tok,
 * ntok: all of them or the first ntok): the same expressions, found
 * faster, as the scan steps over a plain word without reading it. */
size_t sr__dates_tok(const char *text, struct sr_span span,
		     const struct sr_token *tok, size_t ntok,
		     struct sr_ymd article_date, struct sr_date_expr *out,
		     size_t cap);

/* ---- internal helpers shared by the files of src/text ---- */

/* Classes of the small vocabulary the number and date parsers know. */
enum sr_tw_class {
	SR_TW_UNIT = 1, /* zero..nine; val = value */
	SR_TW_TEEN,	/* ten..nineteen */
	SR_TW_TENS,	/* twenty..ninety */
	SR_TW_SCALE, /* hundred thousand million billion dozen; val = factor */
	SR_TW_ORD,   /* first..nineteenth, hundredth, thousandth */
	SR_TW_ORD_TENS, /* twentieth..ninetieth */
	SR_TW_VAGUE,	/* dozens tens hundreds thousands millions several
			   scores; val = enum sr_tw_id */
	SR_TW_MONTH,	/* january..december, jan..dec, sept; val = 1..12 */
	SR_TW_WDAY,	/* sunday..saturday; val = 0..6 */
	SR_TW_MUNIT,	/* units of length/area/mass, percent: not counts */
	SR_TW_ID,	/* any other known word; val = enum sr_tw_id */
};

enum sr_tw_id {
	SR_TWI_A = 1,
	SR_TWI_AN,
	SR_TWI_AND,
	SR_TWI_OR,
	SR_TWI_TO,
	SR_TWI_OF,
	SR_TWI_THE,
	SR_TWI_AT,
	SR_TWI_LEAST,
	SR_TWI_MOST,
	SR_TWI_MORE,
	SR_TWI_THAN,
	SR_TWI_OVER,
	SR_TWI_ABOUT,
	SR_TWI_AROUND,
	SR_TWI_APPROX,
	SR_TWI_ROUGHLY,
	SR_TWI_NEARLY,
	SR_TWI_ALMOST,
	SR_TWI_SOME,
	SR_TWI_UP,
	SR_TWI_BETWEEN,
	SR_TWI_FEWER,
	SR_TWI_LESS,
	SR_TWI_AS,
	SR_TWI_MANY,
	SR_TWI_ESTIMATED,
	SR_TWI_CLOSE,
	SR_TWI_JUST,
	SR_TWI_UNDER,
	SR_TWI_UPWARDS,
	SR_TWI_NO,
	SR_TWI_HALF,
	SR_TWI_FEW,
	SR_TWI_COUPLE,
	SR_TWI_HANDFUL,
	SR_TWI_EXCESS,
	SR_TWI_DOZENS,
	SR_TWI_TENS,
	SR_TWI_HUNDREDS,
	SR_TWI_THOUSANDS,
	SR_TWI_MILLIONS,
	SR_TWI_SEVERAL,
	SR_TWI_SCORES,
	SR_TWI_AM,
	SR_TWI_PM,
	SR_TWI_NUMBER,
	SR_TWI_PER,
	SR_TWI_CENT,
	SR_TWI_SO,
	/* date words: dates.c relies on them all coming after SR_TWI_IN and
	 * on SR_TWI_DAY..SR_TWI_YEARS being contiguous */
	SR_TWI_IN,
	SR_TWI_ON,
	SR_TWI_SINCE,
	SR_TWI_DURING,
	SR_TWI_UNTIL,
	SR_TWI_BY,
	SR_TWI_BEFORE,
	SR_TWI_AFTER,
	SR_TWI_THROUGHOUT,
	SR_TWI_FROM,
	SR_TWI_EARLY,
	SR_TWI_LATE,
	SR_TWI_MID,
	SR_TWI_LAST,
	SR_TWI_NEXT,
	SR_TWI_THIS,
	SR_TWI_EARLIER,
	SR_TWI_LATER,
	SR_TWI_TODAY,
	SR_TWI_TONIGHT,
	SR_TWI_YESTERDAY,
	SR_TWI_OVERNIGHT,
	SR_TWI_MORNING,
	SR_TWI_AFTERNOON,
	SR_TWI_EVENING,
	SR_TWI_NIGHT,
	SR_TWI_DAY,
	SR_TWI_DAYS,
	SR_TWI_WEEK,
	SR_TWI_WEEKS,
	SR_TWI_WEEKEND,
	SR_TWI_MONTH,
	SR_TWI_MONTHS,
	SR_TWI_YEAR,
	SR_TWI_YEARS,
	SR_TWI_AGO,
	SR_TWI_PREVIOUS,
};

struct sr_tword {
	const char *w;	   /* lower case */
	unsigned char len; /* bytes */
	unsigned char cls; /* enum sr_tw_class */
	int32_t val;	   /* see the class */
};

/* Byte classes of ASCII: letters, digits, white space (as
 * sr__text_space), upper case letters.  Bytes >= 0x80 have none. */
enum {
	SR_TC_ALPHA = 1,
	SR_TC_DIGIT = 2,
	SR_TC_SPACE = 4,
	SR_TC_UPPER = 8,
	SR_TC_ALNUM = SR_TC_ALPHA | SR_TC_DIGIT
};
extern const unsigned char sr__text_cls[256];

/* The end of the run of bytes of class cls (SR_TC_ALNUM, SR_TC_ALPHA)
 * at text[i..end): i itself when text[i] is not of it.  Four bytes a
 * turn while four remain, with one bound test for the four: the scanners
 * step over every word this way. */
static inline size_t sr__text_run_end(const char *text, size_t i, size_t end,
				      unsigned cls)
{
	const unsigned char *u = (const unsigned char *)text;

	while (i + 4 <= end) {
		if (!(sr__text_cls[u[i]] & cls))
			return i;
		if (!(sr__text_cls[u[i + 1]] & cls))
			return i + 1;
		if (!(sr__text_cls[u[i + 2]] & cls))
			return i + 2;
		if (!(sr__text_cls[u[i + 3]] & cls))
			return i + 3;
		i += 4;
	}
	while (i < end && (sr__text_cls[u[i]] & cls))
		i++;
	return i;
}

/* Look up the run of ASCII letters at text[p..end) (case-insensitive).
 * Returns the entry or NULL; *n gets the run length in bytes (0 if text[p]
 * is not a letter) and *upper 1 if the first letter is upper case. */
const struct sr_tword *sr__text_word(const char *text, size_t p, size_t end,
				     size_t *n, int *upper);

/* A filter before sr__text_word: bit n of lens[SR_TWL(c0, c1)] is set
 * when keep accepts a word of the table of n letters that starts with the
 * letters c0 c1 (c1 = 0 for a word of one letter).  A scanner that only
 * wants the words keep accepts may skip any other run of letters without
 * a lookup. */
#define SR_TWL(c0, c1) (((unsigned)(c0)&31) << 5 | ((unsigned)(c1)&31))
void sr__text_word_lens(int (*keep)(const struct sr_tword *),
			uint16_t lens[1024]);

/* 1 if the run of letters at text[p..end) (a letter at p) may be a word
 * that the filter lens accepts, or if text[p] is a digit; *e gets the end
 * of the run (p for a digit), or, when the result is 0, a point inside
 * it: a word whose first two letters start no word of the filter is not
 * read to its end. */
static inline int sr__text_word_maybe(const uint16_t lens[1024],
				      const char *text, size_t p, size_t end,
				      size_t *e)
{
	unsigned char c = (unsigned char)text[p];
	size_t i = p + 1, n;

	*e = p;
	if (sr__text_cls[c] & SR_TC_DIGIT)
		return 1;
	if (i < end && (sr__text_cls[(unsigned char)text[i]] & SR_TC_ALPHA) &&
	    !lens[SR_TWL(c, (unsigned char)text[i])]) {
		*e = i + 1;
		return 0;
	}
	i = sr__text_run_end(text, i, end, SR_TC_ALPHA);
	*e = i;
	n = i - p;
	return n < 16 &&
	       (lens[SR_TWL(c, n > 1 ? (unsigned char)text[p + 1] : 0)] >> n &
		1);
}

/* A small memo of sr__text_word results for one text and end, kept by a
 * parser for the length of one call: the number and date parsers look at
 * the same word several times.  Direct-mapped on the position; p ==
 * SIZE_MAX marks an empty entry (sr__twcache_init). */
#define SR_TWCACHE 8
struct sr_twcache {
	size_t p[SR_TWCACHE], n[SR_TWCACHE];
	const struct sr_tword *w[SR_TWCACHE];
	int up[SR_TWCACHE];
};

static inline void sr__twcache_init(struct sr_twcache *wc)
{
	size_t i;

	for (i = 0; i < SR_TWCACHE; i++)
		wc->p[i] = SIZE_MAX;
}

/* sr__text_word(text, p, end, n, upper) through the memo wc, which must
 * only ever be used with this text and end. */
static inline const struct sr_tword *sr__text_word_memo(struct sr_twcache *wc,
							const char *text,
							size_t p, size_t end,
							size_t *n, int *upper)
{
	size_t k = p & (SR_TWCACHE - 1);

	if (wc->p[k] != p) {
		wc->w[k] = sr__text_word(text, p, end, &wc->n[k], &wc->up[k]);
		wc->p[k] = p;
	}
	*n = wc->n[k];
	*upper = wc->up[k];
	return wc->w[k];
}

/* The ASCII equivalent of the character at text[i] (i < end): typographic
 * single quotes give '\'', double quotes '"', en/em dashes '-', the
 * ellipsis '.', no-break space ' '; *n gets its length in bytes.  Other
 * bytes are returned as they are (n = 1). */
static inline int sr__text_fold(const char *text, size_t i, size_t end,
				size_t *n)
{
	unsigned char c = (unsigned char)text[i];

	*n = 1;
	if (c < 0x80)
		return c;
	if (c == 0xE2 && i + 2 < end && (unsigned char)text[i + 1] == 0x80) {
		switch ((unsigned char)text[i + 2]) {
		case 0x98:
		case 0x99:
			*n = 3;
			return '\'';
		case 0x9C:
		case 0x9D:
			*n = 3;
			return '"';
		case 0x93:
		case 0x94:
			*n = 3;
			return '-';
		case 0xA6:
			*n = 3;
			return '.';
		default:
			break;
		}
	} else if (c == 0xC2 && i + 1 < end &&
		   (unsigned char)text[i + 1] == 0xA0) {
		*n = 2;
		return ' ';
	}
	return c;
}

static inline int sr__text_space(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static inline int sr__text_alpha(int c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

static inline int sr__text_digit(int c)
{
	return (unsigned)(c - '0') < 10;
}

static inline int sr__text_alnum(int c)
{
	return sr__text_alpha(c) || sr__text_digit(c);
}

/* Skip white space (folded) from i; returns the first other position.
 * Inline: the parsers ask it between every two words, mostly of one
 * space or none. */
static inline size_t sr__text_skip_space(const char *text, size_t i, size_t end)
{
	size_t n;

	while (i < end) {
		unsigned char c = (unsigned char)text[i];

		/* ASCII white space is the SPACE class of sr__text_cls */
		if (c < 0x80) {
			if (!(sr__text_cls[c] & SR_TC_SPACE))
				break;
			i++;
			continue;
		}
		if (!sr__text_space(sr__text_fold(text, i, end, &n)))
			break;
		i += n;
	}
	return i;
}

/* The start of the ASCII word (letters/digits, at most 16) that ends just
 * before position i, skipping white space and one ',' '.' or '-' after it;
 * *wend gets its end.  (size_t)-1 if there is none; lo is the lowest index
 * that may be read. */
size_t sr__text_prev_word(const char *text, size_t lo, size_t i, size_t *wend);

/* 1 if a 4-digit year at text[off] is introduced by a word that makes it
 * a year ("in", "since", "of", "during", "until", "by", "before",
 * "after", "early", "late", "mid", or a month name); lo is the lowest
 * index that may be read. */
int sr__text_year_context(const char *text, size_t lo, size_t off);

#endif
