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
	SR_TOK_WORD = 1,  /* letters (any script), may contain ' or - inside */
	SR_TOK_NUMBER,    /* digits, with , . separators inside: 2,000 3.5 */
	SR_TOK_PUNCT,     /* any other single character */
};

struct sr_token {
	struct sr_span span;
	unsigned char kind;  /* enum sr_tok_kind */
	unsigned char upper; /* 1 if the first letter is upper case */
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
	struct sr_span span; /* the whole phrase, including "at least" etc. */
	int64_t value;       /* best estimate */
	int64_t low;         /* lower bound (== value when exact) */
	int64_t high;        /* upper bound (== value when exact); -1 open */
	unsigned char vague; /* 1 for dozens/several/at least/over/about... */
	unsigned char ordinal; /* 1 for "second", "3rd" (value = 2, 3) */
};

/* Parse a number phrase starting exactly at text[off] (which must be the
 * start of a word), not reading past end.  Returns 1 and fills *out, or 0
 * if there is no number phrase there. */
int sr__number_at(const char *text, size_t off, size_t end,
		  struct sr_number *out);

/* All number phrases in text[span], left to right, not overlapping.
 * Returns the count written (at most cap). */
size_t sr__numbers(const char *text, struct sr_span span,
		   struct sr_number *out, size_t cap);

/* ---- dates ---- */

struct sr_date_expr {
	struct sr_span span;  /* the words: "on Saturday", "16.02.2024" */
	struct sr_ymd date;   /* resolved day (for week/month: see below) */
	int precision;        /* ACLED time_precision: 1 day, 2 week, 3 month */
	unsigned char relative; /* 1 if resolved against the article date */
	unsigned char historical; /* 1 if clearly long before the article
				     (an earlier year, a month > 1 month ago) */
};

/* All date expressions in text[span], resolved against article_date (which
 * may be unknown: y == 0; then relative ones are skipped).  Explicit:
 * "16 February 2024", "February 16, 2024", "on 16 February", "16.02.2024",
 * "2024-02-16", "Feb. 16".  Relative: "today", "yesterday", "on Saturday"
 * (the last such day on or before the article date; the article date's own
 * weekday means that day), "overnight"/"last night" (the day before,
 * precision 1), "this morning", "last week" (precision 2), "earlier this
 * week", "in May" / "last month" (precision 3; a month after the article's
 * month means the previous year), "two days ago", "on Monday night".
 * Returns the count written (at most cap). */
size_t sr__dates(const char *text, struct sr_span span,
		 struct sr_ymd article_date, struct sr_date_expr *out,
		 size_t cap);

#endif
