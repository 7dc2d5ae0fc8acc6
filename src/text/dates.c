/*
 * dates.c - date expressions in text, resolved against the article date.
 *
 * Exports: sr__dates.
 *
 * Explicit: "16 February 2024", "16th of Feb. 2024", "February 16, 2024",
 * "Feb. 16", "16 February" (no year: the article's year, or the year
 * before when that would fall after the article date), "16.02.2024" and
 * "16/02/2024" (day first), "2024-02-16"; "February 2024" (precision 3).
 * Relative (need the article date):
 *   today, tonight, this morning/afternoon/evening, earlier/later today
 *                                        the article date, precision 1
 *   yesterday [morning...], late last night
 *                                        the day before, 1
 *   overnight, last night                the article date, 1 (a night
 *                                        attack reported next morning)
 *   overnight into/to Monday             that Monday, 1
 *   the day before yesterday             two days before, 1
 *   the previous day/night/evening...    the day before, 1
 *   [on] Saturday [night]                the last Saturday on or before the
 *                                        article date (the article's own
 *                                        weekday means that day), 1
 *   last Saturday                        the last Saturday before it, 1
 *   N days ago / a day ago               1;   N weeks ago: 2
 *   this week, earlier this week         the article date, precision 2
 *   last week                            the article date - 7, precision 2
 *   this/over the/at the/last weekend    the Saturday of that weekend, 2
 *   this month, earlier this month       the 1st of the article's month, 3
 *   last month, late/early last month    the 1st of the month before, 3
 *   in/early/mid/late/since May          the 1st of the last May on or
 *                                        before the article's month, 3
 *   last May / next May                  the May before / after, 3
 *   N months/years ago                   the 1st of that month, 3
 *   in/since/during... 2022, mid-2022    1 January 2022, precision 3
 *   this year / last year                1 January of that year, 3
 * Precision 3 always resolves to the first day of the month (or of the
 * year): the start of the range, as the caller can add the length.
 * A bare month name counts only after "in", "on", "since", "during",
 * "until", "by", "throughout", "from", "early", "late", "mid", "last",
 * "next" and must be capitalised ("troops march", "may" are not months);
 * weekday and month names must be capitalised too.
 * historical = 1 when the date is well before the article: precision 1-2
 * more than 30 days before; precision 3 more than one calendar month
 * before; a bare year before the article's year.
 *
 * Invariants: linear, no allocation; spans include the leading
 * preposition ("on Saturday", "in early May") and a trailing "night" or
 * "morning".  With an unknown article date only explicit dates with a
 * year are returned.  Not done: ranges ("16-17 February" gives the 17th),
 * future references, "Sat."-style weekday abbreviations, month-first
 * numeric dates.
 */
#include "text.h"
#include "../core/once.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

struct dcur {
	const char *t;
	size_t lo, end;
	struct sr_ymd art;
	int64_t art_days;
	int have;	       /* article date known */
	struct sr_twcache *wc; /* lookups at t[..end) */
	int *ago;	       /* "ago" in t[lo..end): -1 not yet known */
};

struct res {
	struct sr_ymd d;
	int prec;
	int rel;
	int yearonly;
	size_t end;
};

enum bare { B_NO, B_IN, B_LAST, B_NEXT };

/* Always inline: the parsers ask it at every step, and the memo's probe
 * is a few instructions where the call was a dozen more. */
__attribute__((always_inline)) static inline const struct sr_tword *
word(const struct dcur *c, size_t p, size_t *e, int *up)
{
	const struct sr_tword *w;
	size_t n;

	w = sr__text_word_memo(c->wc, c->t, p, c->end, &n, up);
	*e = p + n;
	if (w && *e < c->end && sr__text_digit((unsigned char)c->t[*e]))
		return NULL;
	return w;
}

static int is_id(const struct sr_tword *w, int id)
{
	return w && w->cls == SR_TW_ID && w->val == id;
}

/* The word after p and spaces: its entry, start in *q, end in *e. */
static const struct sr_tword *next_word(const struct dcur *c, size_t p,
					size_t *q, size_t *e, int *up)
{
	*q = sr__text_skip_space(c->t, p, c->end);
	return word(c, *q, e, up);
}

/* An unsigned integer of min..max digits at p, not followed by a digit. */
static int read_int(const struct dcur *c, size_t p, int min, int max, int *v,
		    size_t *e)
{
	int n = 0;

	*v = 0;
	while (p < c->end && sr__text_digit((unsigned char)c->t[p])) {
		if (++n > max)
			return 0;
		*v = *v * 10 + (c->t[p++] - '0');
	}
	*e = p;
	return n >= min;
}

static int alnum_at(const struct dcur *c, size_t p)
{
	return p < c->end && sr__text_alnum((unsigned char)c->t[p]);
}

static int64_t days_of(int y, int m, int d)
{
	struct sr_ymd x = { y, m, d };

	return sr_ymd_to_days(x);
}

static int set_day(struct res *r, int y, int m, int d, int prec)
{
	if (y < 1900 || y > 2100 || !sr_ymd_valid(y, m, d))
		return 0;
	r->d.y = y;
	r->d.m = m;
	r->d.d = d;
	r->prec = prec;
	return 1;
}

/* 1 if "the day before" ending at e stands alone: a stop, comma or
 * the end follows, or a word that opens no noun phrase ("the day
 * before in Kharkiv"), not "the day before the attack" nor "the day
 * before Christmas". */
static int day_before_alone(const struct dcur *c, size_t e)
{
	static const char *const nps[] = {
		"the",	 "a",	 "an",	 "his", "her", "its",
		"their", "this", "that", "my",	"our", "yesterday"
	};
	size_t q = sr__text_skip_space(c->t, e, c->end), n, k;

	if (q >= c->end)
		return 1;
	if (!((c->t[q] >= 'a' && c->t[q] <= 'z') ||
	      (c->t[q] >= 'A' && c->t[q] <= 'Z')))
		return c->t[q] == '.' || c->t[q] == ',' || c->t[q] == ';' ||
		       c->t[q] == ')' || c->t[q] == '\n';
	if (c->t[q] >= 'A' && c->t[q] <= 'Z')
		return 0;
	for (n = 0; q + n < c->end && c->t[q + n] >= 'a' && c->t[q + n] <= 'z';
	     n++)
		;
	for (k = 0; k < sizeof(nps) / sizeof(nps[0]); k++)
		if (strlen(nps[k]) == n && !strncmp(c->t + q, nps[k], n))
			return 0;
	return 1;
}
static int set_rel(const struct dcur *c, struct res *r, int64_t delta, int prec,
		   size_t end)
{
	if (!c->have)
		return 0;
	r->d = sr_ymd_from_days(c->art_days + delta);
	r->prec = prec;
	r->rel = 1;
	r->end = end;
	return 1;
}

/* The first of the month `back` months before the article's. */
static int set_month_back(const struct dcur *c, struct res *r, int back,
			  size_t end)
{
	int k;

	if (!c->have)
		return 0;
	k = c->art.y * 12 + (c->art.m - 1) - back;
	r->d.y = k / 12;
	r->d.m = k % 12 + 1;
	r->d.d = 1;
	r->prec = 3;
	r->rel = 1;
	r->end = end;
	return 1;
}

/* Day and month known, year not: the last such day on or before the
 * article date. */
static int set_yearless(const struct dcur *c, struct res *r, int m, int d)
{
	int y;

	if (!c->have)
		return 0;
	y = c->art.y;
	if (sr_ymd_valid(y, m, d) && days_of(y, m, d) > c->art_days)
		y--;
	if (!set_day(r, y, m, d, 1))
		return 0;
	r->rel = 1;
	return 1;
}

static int set_bare_month(const struct dcur *c, struct res *r, int m, int mode,
			  size_t end)
{
	int y;

	if (!c->have)
		return 0;
	y = c->art.y;
	if ((mode == B_IN && m > c->art.m) || (mode == B_LAST && m >= c->art.m))
		y--;
	else if (mode == B_NEXT && m <= c->art.m)
		y++;
	if (!set_day(r, y, m, 1, 3))
		return 0;
	r->rel = 1;
	r->end = end;
	return 1;
}

/* A 4-digit year 1900..2100 at p, standing alone. */
static int read_year(const struct dcur *c, size_t p, int *y, size_t *e)
{
	return read_int(c, p, 4, 4, y, e) && *y >= 1900 && *y <= 2100 &&
	       !alnum_at(c, *e);
}

/* A day of the month at p: "16", "16th"; *e after it. */
static int read_day(const struct dcur *c, size_t p, int *d, size_t *e)
{
	const char *t = c->t;

	if (!read_int(c, p, 1, 2, d, e) || *d < 1 || *d > 31)
		return 0;
	if (*e + 1 < c->end && sr__text_alpha((unsigned char)t[*e])) {
		char a = (char)(t[*e] | 0x20), b = (char)(t[*e + 1] | 0x20);

		if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
		      (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
			return 0;
		*e += 2;
	}
	if (alnum_at(c, *e))
		return 0;
	if (*e + 1 < c->end && (t[*e] == ':' || t[*e] == '.') &&
	    sr__text_digit((unsigned char)t[*e + 1]))
		return 0;
	return 1;
}

/* A capitalised month name at p; *e after it (and after an
 * abbreviation's '.'). */
static int read_month(const struct dcur *c, size_t p, int *m, size_t *e)
{
	const struct sr_tword *w;
	int up;

	w = word(c, p, e, &up);
	if (!w || w->cls != SR_TW_MONTH || !up)
		return 0;
	*m = w->val;
	if (*e - p <= 4 && *e < c->end && c->t[*e] == '.')
		(*e)++;
	return 1;
}

/* Optional ", 2024" / " 2024" after a day and month. */
static int opt_year(const struct dcur *c, size_t p, int *y, size_t *e)
{
	size_t q = p;

	if (q < c->end && c->t[q] == ',')
		q++;
	q = sr__text_skip_space(c->t, q, c->end);
	return read_year(c, q, y, e);
}

static int parse_numeric(const struct dcur *c, size_t p, struct res *r)
{
	const char *t = c->t;
	int y, m, d;
	size_t e, e2, q;

	/* 2024-02-16 */
	if (read_int(c, p, 4, 4, &y, &e) && e + 5 < c->end && t[e] == '-' &&
	    read_int(c, e + 1, 2, 2, &m, &e2) && e2 < c->end && t[e2] == '-' &&
	    read_int(c, e2 + 1, 2, 2, &d, &e) && !alnum_at(c, e)) {
		r->end = e;
		return set_day(r, y, m, d, 1);
	}
	/* 16.02.2024, 16/02/2024 */
	if (read_int(c, p, 1, 2, &d, &e) && e < c->end &&
	    (t[e] == '.' || t[e] == '/')) {
		char sep = t[e];

		if (read_int(c, e + 1, 1, 2, &m, &e2) && e2 < c->end &&
		    t[e2] == sep && read_int(c, e2 + 1, 4, 4, &y, &e) &&
		    !alnum_at(c, e)) {
			r->end = e;
			return set_day(r, y, m, d, 1);
		}
		return 0;
	}
	/* 16 February [2024], 16th of Feb. */
	if (!read_day(c, p, &d, &e))
		return 0;
	q = sr__text_skip_space(t, e, c->end);
	{
		int up;
		const struct sr_tword *w = word(c, q, &e2, &up);

		if (is_id(w, SR_TWI_OF))
			q = sr__text_skip_space(t, e2, c->end);
	}
	if (!read_month(c, q, &m, &e))
		return 0;
	if (opt_year(c, e, &y, &e2)) {
		r->end = e2;
		return set_day(r, y, m, d, 1);
	}
	r->end = e;
	return set_yearless(c, r, m, d);
}

/* A military date-time group before a month: "041800Z NOV 24" is 18:00
 * UTC on 4 November 2024 (day, hour and minute, a zone letter, the month,
 * a two-digit year).  mstart is where the month starts, q where the year
 * would; 1 and r set if both are there. */
static int date_time_group(const struct dcur *c, size_t mstart, int m, size_t q,
			   struct res *r)
{
	const char *t = c->t;
	size_t g = mstart, e2;
	int d, y, k;

	while (g > c->lo && t[g - 1] == ' ')
		g--;
	if (g == mstart || g < c->lo + 7 ||
	    !(t[g - 1] >= 'A' && t[g - 1] <= 'Z') ||
	    (g > c->lo + 7 && sr__text_alpha((unsigned char)t[g - 8])) ||
	    (g > c->lo + 7 && sr__text_digit((unsigned char)t[g - 8])))
		return 0;
	for (k = 2; k <= 7; k++)
		if (!sr__text_digit((unsigned char)t[g - k]))
			return 0;
	d = (t[g - 7] - '0') * 10 + (t[g - 6] - '0');
	if (!read_int(c, q, 2, 2, &y, &e2) || alnum_at(c, e2) || d < 1)
		return 0;
	r->end = e2;
	return set_day(r, 2000 + y, m, d, 1);
}

/* After a month name ending at e: "16[, 2024]", "2024", or bare. */
static int parse_after_month(const struct dcur *c, size_t mstart, int m,
			     size_t e, int bare, struct res *r)
{
	size_t q, e2, e3;
	int d, y;

	q = sr__text_skip_space(c->t, e, c->end);
	if (q > e && date_time_group(c, mstart, m, q, r))
		return 1;
	if (read_year(c, q, &y, &e2)) {
		size_t s, we;

		/* not after an invalid day: "30 February 2024" */
		s = sr__text_prev_word(c->t, c->lo, mstart, &we);
		if (s != (size_t)-1 && we - s <= 2 &&
		    sr__text_digit((unsigned char)c->t[s]) &&
		    sr__text_digit((unsigned char)c->t[we - 1]))
			return 0;
		r->end = e2;
		return set_day(r, y, m, 1, 3);
	}
	if (q > e && read_day(c, q, &d, &e2)) {
		if (opt_year(c, e2, &y, &e3)) {
			r->end = e3;
			return set_day(r, y, m, d, 1);
		}
		r->end = e2;
		return set_yearless(c, r, m, d);
	}
	if (bare == B_NO)
		return 0;
	return set_bare_month(c, r, m, bare, e);
}

/* "Saturday", "last Saturday"; then an optional part of the day. */
static int weekday(const struct dcur *c, int wd, int strict, size_t e,
		   struct res *r)
{
	int64_t a, delta;
	size_t q, e2;
	int up;
	const struct sr_tword *w;

	if (!c->have)
		return 0;
	a = ((c->art_days % 7) + 7 + 4) % 7; /* 1970-01-01 was a Thursday */
	delta = (a - wd + 7) % 7;
	if (strict && delta == 0)
		delta = 7;
	w = next_word(c, e, &q, &e2, &up);
	if (w && w->cls == SR_TW_ID &&
	    (w->val == SR_TWI_NIGHT || w->val == SR_TWI_MORNING ||
	     w->val == SR_TWI_AFTERNOON || w->val == SR_TWI_EVENING))
		e = e2;
	return set_rel(c, r, -delta, 1, e);
}

/* The Saturday of "this weekend" (the last Saturday on or before, or
 * the day before when the article is on a Sunday). */
static int weekend(const struct dcur *c, int last, size_t e, struct res *r)
{
	int64_t a, delta;

	if (!c->have)
		return 0;
	a = ((c->art_days % 7) + 7 + 4) % 7;
	delta = (a - 6 + 7) % 7;
	if (last && delta < 2)
		delta += 7;
	return set_rel(c, r, -delta, 2, e);
}

/* Optional part of the day after "yesterday". */
static size_t part_of_day(const struct dcur *c, size_t e)
{
	size_t q, e2;
	int up;
	const struct sr_tword *w = next_word(c, e, &q, &e2, &up);

	if (w && w->cls == SR_TW_ID &&
	    (w->val == SR_TWI_NIGHT || w->val == SR_TWI_MORNING ||
	     w->val == SR_TWI_AFTERNOON || w->val == SR_TWI_EVENING))
		return e2;
	return e;
}

static int parse_at(const struct dcur *c, size_t p, int bare, int depth,
		    struct res *r);

/* "last ..." / "this ..." / "next ...". */
static int parse_deictic(const struct dcur *c, int id, size_t e, struct res *r)
{
	const struct sr_tword *w;
	size_t q, e2;
	int up;

	w = next_word(c, e, &q, &e2, &up);
	if (!w)
		return 0;
	if (w->cls == SR_TW_WDAY && up && id != SR_TWI_NEXT)
		return weekday(c, w->val, id == SR_TWI_LAST, e2, r);
	if (w->cls == SR_TW_MONTH && up && id != SR_TWI_THIS) {
		int m;

		if (!read_month(c, q, &m, &e2))
			return 0;
		return set_bare_month(c, r, m,
				      id == SR_TWI_LAST ? B_LAST : B_NEXT, e2);
	}
	if (w->cls != SR_TW_ID || id == SR_TWI_NEXT)
		return 0;
	switch (w->val) {
	/* "last night" in a morning report is the night just ended, as
	 * "overnight" is: the report's day ("late last night" is the
	 * evening before, read with "late") */
	case SR_TWI_NIGHT:
		return id == SR_TWI_LAST ? set_rel(c, r, 0, 1, e2) : 0;
	case SR_TWI_MORNING:
	case SR_TWI_AFTERNOON:
	case SR_TWI_EVENING:
		return id == SR_TWI_THIS ? set_rel(c, r, 0, 1, e2) : 0;
	case SR_TWI_WEEK:
		return set_rel(c, r, id == SR_TWI_LAST ? -7 : 0, 2, e2);
	case SR_TWI_WEEKEND:
		return weekend(c, id == SR_TWI_LAST, e2, r);
	case SR_TWI_MONTH:
		return set_month_back(c, r, id == SR_TWI_LAST, e2);
	case SR_TWI_YEAR:
		if (!c->have)
			return 0;
		r->yearonly = 1;
		r->rel = 1;
		r->end = e2;
		return set_day(r, c->art.y - (id == SR_TWI_LAST), 1, 1, 3);
	default:
		return 0;
	}
}

/* 1 if some 'g' or 'G' at t[k], lo < k < end - 1, has an 'a' or 'A'
 * before it and an 'o' or 'O' after it (each byte with bit 0x20 set is
 * the lower-case letter).  With SSE2 (every x86-64), 16 positions a
 * step, the last step overlapping the one before: one pass, where a
 * memchr per 'g' and one for 'G' stopped at every 'g' of the text. */
static int ago_in(const char *t, size_t lo, size_t end)
{
	size_t k = lo + 1;

	if (end < lo + 3)
		return 0;
#if defined(__SSE2__)
	if (end - 1 >= lo + 17) {
		const __m128i low = _mm_set1_epi8(0x20), a = _mm_set1_epi8('a'),
			      g = _mm_set1_epi8('g'), o = _mm_set1_epi8('o');

		/* positions k .. k + 15 read t[k - 1 .. k + 16] */
		for (;; k += 16) {
			size_t q = k + 16 <= end - 1 ? k : end - 17;
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(t + q - 1));
			__m128i y = _mm_loadu_si128(
			    (const __m128i *)(const void *)(t + q));
			__m128i z = _mm_loadu_si128(
			    (const __m128i *)(const void *)(t + q + 1));
			__m128i m = _mm_and_si128(
			    _mm_and_si128(
				_mm_cmpeq_epi8(_mm_or_si128(x, low), a),
				_mm_cmpeq_epi8(_mm_or_si128(y, low), g)),
			    _mm_cmpeq_epi8(_mm_or_si128(z, low), o));

			if (_mm_movemask_epi8(m))
				return 1;
			if (q != k || k + 16 > end - 2)
				return 0; /* the last 16 positions done */
		}
	}
#endif
	for (; k + 1 < end; k++)
		if ((t[k] | 0x20) == 'g' && (t[k - 1] | 0x20) == 'a' &&
		    (t[k + 1] | 0x20) == 'o')
			return 1;
	return 0;
}

/* 1 if the letters "ago" (any case) occur in t[lo..end), found once per
 * call of sr__dates. */
static int has_ago(const struct dcur *c)
{
	if (*c->ago < 0)
		*c->ago = ago_in(c->t, c->lo, c->end);
	return *c->ago;
}

/* "two days ago", "a week ago", "3 months ago". */
static int parse_ago(const struct dcur *c, size_t p, struct res *r)
{
	struct sr_number n;
	const struct sr_tword *w;
	size_t q, e, e2;
	int up;
	int64_t v;

	/* every phrase here ends in "ago": none without the word */
	if (!has_ago(c))
		return 0;
	w = word(c, p, &e, &up);
	if (is_id(w, SR_TWI_A) || is_id(w, SR_TWI_AN)) {
		v = 1;
	} else {
		if (!sr__number_at(c->t, p, c->end, &n) || n.vague ||
		    n.ordinal || n.value < 1 || n.value > 1000)
			return 0;
		v = n.value;
		e = n.span.off + n.span.len;
	}
	w = next_word(c, e, &q, &e, &up);
	if (!w || w->cls != SR_TW_ID || !next_word(c, e, &q, &e2, &up) ||
	    !is_id(word(c, q, &e2, &up), SR_TWI_AGO))
		return 0;
	switch (w->val) {
	case SR_TWI_DAY:
	case SR_TWI_DAYS:
		return set_rel(c, r, -v, 1, e2);
	case SR_TWI_WEEK:
	case SR_TWI_WEEKS:
		return set_rel(c, r, -7 * v, 2, e2);
	case SR_TWI_MONTH:
	case SR_TWI_MONTHS:
		return set_month_back(c, r, (int)v, e2);
	case SR_TWI_YEAR:
	case SR_TWI_YEARS:
		return set_month_back(c, r, 12 * (int)v, e2);
	default:
		return 0;
	}
}

static int parse_word(const struct dcur *c, size_t p, int bare, int depth,
		      struct res *r)
{
	const struct sr_tword *w, *w2;
	size_t e, q, e2;
	int up, up2, m, y;

	w = word(c, p, &e, &up);
	if (!w)
		return 0;
	if (w->cls == SR_TW_MONTH) {
		if (!read_month(c, p, &m, &e))
			return 0;
		return parse_after_month(c, p, m, e, bare, r);
	}
	if (w->cls == SR_TW_WDAY)
		return up && weekday(c, w->val, 0, e, r);
	if (w->cls != SR_TW_ID)
		return parse_ago(c, p, r);
	switch (w->val) {
	case SR_TWI_TODAY:
	case SR_TWI_TONIGHT:
		return set_rel(c, r, 0, 1, e);
	case SR_TWI_YESTERDAY:
		return set_rel(c, r, -1, 1, part_of_day(c, e));
	case SR_TWI_OVERNIGHT: {
		/* "overnight into Monday", "overnight to Sunday": the day
		 * the night ended */
		size_t q2 = sr__text_skip_space(c->t, e, c->end), n = 0;

		if (q2 + 5 <= c->end && !strncmp(c->t + q2, "into ", 5))
			n = 5;
		else if (q2 + 3 <= c->end && !strncmp(c->t + q2, "to ", 3))
			n = 3;
		if (n) {
			w2 = next_word(c, q2 + n, &q, &e2, &up2);
			if (w2 && w2->cls == SR_TW_WDAY && up2)
				return weekday(c, w2->val, 0, e2, r);
		}
		/* an overnight attack reported in the morning ends on the
		 * report's day, which is the date ACLED codes */
		return set_rel(c, r, 0, 1, e);
	}
	case SR_TWI_THE:
		w2 = next_word(c, e, &q, &e2, &up2);
		/* "the previous evening": the day before the report */
		if (is_id(w2, SR_TWI_PREVIOUS)) {
			w2 = next_word(c, e2, &q, &e2, &up2);
			if (is_id(w2, SR_TWI_DAY) || is_id(w2, SR_TWI_NIGHT) ||
			    is_id(w2, SR_TWI_MORNING) ||
			    is_id(w2, SR_TWI_AFTERNOON) ||
			    is_id(w2, SR_TWI_EVENING))
				return set_rel(c, r, -1, 1, e2);
			return 0;
		}
		if (!is_id(w2, SR_TWI_DAY) ||
		    !is_id(next_word(c, e2, &q, &e2, &up2), SR_TWI_BEFORE))
			return 0;
		{
			size_t b = e2; /* past "the day before" */

			w2 = next_word(c, e2, &q, &e2, &up2);
			if (is_id(w2, SR_TWI_YESTERDAY))
				return set_rel(c, r, -2, 1, e2);
			/* "had detained him the day before.": the day
			 * before the report (not "the day before the
			 * attack", "the day before Christmas") */
			if (day_before_alone(c, b))
				return set_rel(c, r, -1, 1, b);
		}
		return 0;
	case SR_TWI_LAST:
	case SR_TWI_THIS:
	case SR_TWI_NEXT:
		return parse_deictic(c, w->val, e, r);
	case SR_TWI_EARLIER:
	case SR_TWI_LATER:
		w2 = next_word(c, e, &q, &e2, &up2);
		if (is_id(w2, SR_TWI_TODAY))
			return set_rel(c, r, 0, 1, e2);
		if (is_id(w2, SR_TWI_THIS))
			return parse_deictic(c, SR_TWI_THIS, e2, r);
		return 0;
	case SR_TWI_EARLY:
	case SR_TWI_LATE:
	case SR_TWI_MID:
		q = e;
		if (q < c->end && c->t[q] == '-')
			q++;
		else
			q = sr__text_skip_space(c->t, q, c->end);
		if (read_year(c, q, &y, &e2)) {
			r->end = e2;
			r->yearonly = 1;
			return set_day(r, y, 1, 1, 3);
		}
		w2 = word(c, q, &e2, &up2);
		if (w->val == SR_TWI_LATE && is_id(w2, SR_TWI_LAST)) {
			size_t q3, e3;
			int up3;

			if (is_id(next_word(c, e2, &q3, &e3, &up3),
				  SR_TWI_NIGHT))
				return set_rel(c, r, -1, 1, e3);
		}
		if (is_id(w2, SR_TWI_LAST) || is_id(w2, SR_TWI_THIS))
			return parse_deictic(c, w2->val, e2, r) && r->prec == 3;
		if (depth > 1)
			return 0;
		return parse_at(c, q, B_IN, depth + 1, r);
	case SR_TWI_OVER:
	case SR_TWI_AT:
		w2 = next_word(c, e, &q, &e2, &up2);
		if (is_id(w2, SR_TWI_THE) &&
		    is_id(next_word(c, e2, &q, &e2, &up2), SR_TWI_WEEKEND))
			return weekend(c, 0, e2, r);
		return 0;
	case SR_TWI_IN:
	case SR_TWI_ON:
	case SR_TWI_SINCE:
	case SR_TWI_DURING:
	case SR_TWI_UNTIL:
	case SR_TWI_BY:
	case SR_TWI_THROUGHOUT:
	case SR_TWI_FROM:
	case SR_TWI_BEFORE:
	case SR_TWI_AFTER:
		if (depth > 0)
			return 0;
		q = sr__text_skip_space(c->t, e, c->end);
		/* "since the morning": from this morning on, the report's
		 * day */
		if (w->val == SR_TWI_SINCE) {
			size_t q2;

			w2 = next_word(c, e, &q2, &e2, &up2);
			if (is_id(w2, SR_TWI_THE) &&
			    is_id(next_word(c, e2, &q2, &e2, &up2),
				  SR_TWI_MORNING))
				return set_rel(c, r, 0, 1, e2);
		}
		if (w->val != SR_TWI_ON && read_year(c, q, &y, &e2)) {
			r->end = e2;
			r->yearonly = 1;
			return set_day(r, y, 1, 1, 3);
		}
		if (w->val == SR_TWI_BEFORE || w->val == SR_TWI_AFTER)
			bare = B_NO;
		else
			bare = B_IN;
		return parse_at(c, q, bare, depth + 1, r);
	default:
		return parse_ago(c, p, r);
	}
}

static int parse_at(const struct dcur *c, size_t p, int bare, int depth,
		    struct res *r)
{
	memset(r, 0, sizeof(*r));
	if (p >= c->end)
		return 0;
	if (sr__text_digit((unsigned char)c->t[p]))
		return parse_numeric(c, p, r) || parse_ago(c, p, r);
	return parse_word(c, p, bare, depth, r);
}

static int historical(const struct dcur *c, const struct res *r)
{
	if (!c->have)
		return 0;
	if (r->yearonly)
		return r->d.y < c->art.y;
	if (r->prec == 3)
		return (c->art.y * 12 + c->art.m) - (r->d.y * 12 + r->d.m) > 1;
	return c->art_days - sr_ymd_to_days(r->d) > 30;
}

/* Can a date expression start with the word w (case and what follows
 * aside)? */
static int starts_date(const struct sr_tword *w)
{
	switch (w->cls) {
	case SR_TW_MONTH:
	case SR_TW_WDAY:
	case SR_TW_UNIT:
	case SR_TW_TEEN:
	case SR_TW_TENS:
		return 1;
	case SR_TW_ID:
		return w->val >= SR_TWI_IN || w->val == SR_TWI_THE ||
		       w->val == SR_TWI_OVER || w->val == SR_TWI_AT ||
		       w->val == SR_TWI_A || w->val == SR_TWI_AN;
	default:
		return 0;
	}
}

/* Is w a word that a date expression without "ago" may need (see
 * next_anchor)?  Month and weekday names count only capitalised. */
static int anchor_word(const struct sr_tword *w)
{
	if (w->cls == SR_TW_MONTH || w->cls == SR_TW_WDAY)
		return 1;
	if (w->cls != SR_TW_ID)
		return 0;
	switch (w->val) {
	case SR_TWI_TODAY:
	case SR_TWI_TONIGHT:
	case SR_TWI_YESTERDAY:
	case SR_TWI_OVERNIGHT:
	case SR_TWI_NIGHT:
	case SR_TWI_MORNING:
	case SR_TWI_AFTERNOON:
	case SR_TWI_EVENING:
	case SR_TWI_DAY:
	case SR_TWI_WEEK:
	case SR_TWI_WEEKEND:
	case SR_TWI_MONTH:
	case SR_TWI_YEAR:
		return 1;
	default:
		return 0;
	}
}

/* starts_date and anchor_word as filters on first letter and length,
 * built once. */
static uint16_t start_lens[1024], anchor_lens[1024];
static struct sr_once start_once = SR_ONCE_INIT;

static void build_filters(void);

/* The words next_anchor asks of the runs before an anchor (see
 * ANCHOR_RUNS), as filters by their first two letters (run_may_be): any
 * word the parsers read as one of them passes, a few others may.  Built
 * with the others (build_filters). */
static uint16_t early_lens[1024], second_lens[1024], first2_lens[1024],
    then2_lens[1024], first1_lens[1024];

static int is_early(const struct sr_tword *w)
{
	return w->cls == SR_TW_ID &&
	       (w->val == SR_TWI_EARLY || w->val == SR_TWI_LATE ||
		w->val == SR_TWI_MID);
}
static int is_second(const struct sr_tword *w)
{
	return is_early(w) ||
	       (w->cls == SR_TW_ID &&
		(w->val == SR_TWI_THE || w->val == SR_TWI_OVER ||
		 w->val == SR_TWI_AT || w->val == SR_TWI_EARLIER ||
		 w->val == SR_TWI_LATER));
}
/* (and "for", which is in no table) */
static int is_first2(const struct sr_tword *w)
{
	/* SR_TWI_IN .. SR_TWI_MID: "in" ... "from", "early", "late", "mid" */
	return is_second(w) || (w->cls == SR_TW_ID && w->val >= SR_TWI_IN &&
				w->val <= SR_TWI_MID);
}
static int is_then2(const struct sr_tword *w)
{
	return is_early(w) ||
	       (w->cls == SR_TW_ID &&
		(w->val == SR_TWI_LAST || w->val == SR_TWI_THIS ||
		 w->val == SR_TWI_NEXT || w->val == SR_TWI_THE ||
		 w->val == SR_TWI_EARLIER || w->val == SR_TWI_LATER ||
		 w->val == SR_TWI_PREVIOUS || w->val == SR_TWI_A));
}

/* (and "past", which is in no table) */
static int is_first1(const struct sr_tword *w)
{
	return is_first2(w) ||
	       (w->cls == SR_TW_ID &&
		(w->val == SR_TWI_LAST || w->val == SR_TWI_THIS ||
		 w->val == SR_TWI_NEXT || w->val == SR_TWI_PER));
}

/* 1 if the run at t[p] (a run's start, before end) may be a word of the
 * filter lens by its first two letters (a run that starts with a digit,
 * or with a byte of no letter, may).  Only the first two: the length
 * would need the run's end. */
static inline int run_may_be(const uint16_t lens[1024], const char *t, size_t p,
			     size_t end)
{
	unsigned char c0 = (unsigned char)t[p], c1 = 0;

	if (!(sr__text_cls[c0] & SR_TC_ALPHA))
		return 1;
	if (p + 1 < end &&
	    (sr__text_cls[(unsigned char)t[p + 1]] & SR_TC_ALPHA))
		c1 = (unsigned char)t[p + 1];
	return lens[SR_TWL(c0, c1)] != 0;
}

/* Cheap test before parse_at: can a date expression start here? */
static int may_start(const struct dcur *c, size_t p)
{
	const struct sr_tword *w, *w2;
	size_t e, q, e2;
	int up, up2;

	if (!sr__text_word_maybe(start_lens, c->t, p, c->end, &e))
		return 0;
	if (sr__text_digit((unsigned char)c->t[p]))
		return 1;
	w = word(c, p, &e, &up);
	if (!w || !starts_date(w))
		return 0;
	if (w->cls == SR_TW_MONTH || w->cls == SR_TW_WDAY)
		return up;
	if (w->cls != SR_TW_ID || (w->val != SR_TWI_A && w->val != SR_TWI_AN))
		return 1;
	/* "a day ago": a time unit must follow */
	w2 = next_word(c, e, &q, &e2, &up2);
	return w2 && w2->cls == SR_TW_ID && w2->val >= SR_TWI_DAY &&
	       w2->val <= SR_TWI_YEARS;
}

/* Daily-report phrases: "over the past day", "in the past 24 hours",
 * "during the day", "in a day", "per day", "summary of the past day".  Reports
 * that sum up a day are published the day after it: the day before the article,
 * precision 1. */
#define PD(s)                                                                  \
	{                                                                      \
		s, sizeof(s) - 1                                               \
	}
static const struct {
	const char *s;
	size_t len;
} past_day[] = {
	PD("over the past day"),
	PD("over the last day"),
	PD("in the past day"),
	PD("in the last day"),
	PD("during the past day"),
	PD("during the last day"),
	PD("over the past 24 hours"),
	PD("over the last 24 hours"),
	PD("in the past 24 hours"),
	PD("in the last 24 hours"),
	PD("during the past 24 hours"),
	PD("within the past 24 hours"),
	PD("during the day"),
	PD("in a day"),
	PD("per day"),
	PD("for a day"),
	PD("over the day"),
	PD("for the day"),
	PD("past 24 hours"),
	PD("last 24 hours"),
	/* a round-up's heading: "summary of the past day", "Tavria
	 * direction, past day:" */
	PD("of the past day"),
	PD("of the last day"),
	PD("past day"),
};

/* The indexes of the past_day entries by the first two letters of their
 * phrase, in the table's order within a pair: those of letters l and l2
 * ('a' + l, 'a' + l2) are pd_order[pd_lo[l][l2] .. pd_hi[l][l2]).  Found
 * once, so a word is compared only with the phrases of its first two
 * letters ("of", "on", "over" and "officials" each meet a few or none of
 * the seven phrases of 'o'), and in the order of the table, whose first
 * phrase that matches wins.  (The second byte of every phrase is a
 * lower-case letter, which the text's byte must equal with 0x20 set, as
 * parse_past_day compares; a phrase of other letters never matches.) */
static unsigned char pd_order[SR_ARRAY_LEN(past_day)], pd_lo[26][26],
    pd_hi[26][26];

static void build_filters(void)
{
	size_t k, n = 0;
	unsigned l, l2;

	sr__text_word_lens(starts_date, start_lens);
	sr__text_word_lens(anchor_word, anchor_lens);
	sr__text_word_lens(is_early, early_lens);
	sr__text_word_lens(is_second, second_lens);
	sr__text_word_lens(is_first2, first2_lens);
	/* "for a day": "for" is in no table */
	first2_lens[SR_TWL('f', 'o')] |= 1u << 3;
	sr__text_word_lens(is_then2, then2_lens);
	sr__text_word_lens(is_first1, first1_lens);
	/* "past day", "past 24 hours": "past" is in no table */
	first1_lens[SR_TWL('p', 'a')] |= 1u << 4;
	for (l = 0; l < 26; l++)
		for (l2 = 0; l2 < 26; l2++) {
			pd_lo[l][l2] = (unsigned char)n;
			for (k = 0; k < SR_ARRAY_LEN(past_day); k++)
				if ((unsigned)((unsigned char)past_day[k].s[0] -
					       'a') == l &&
				    (unsigned)((unsigned char)past_day[k].s[1] -
					       'a') == l2)
					pd_order[n++] = (unsigned char)k;
			pd_hi[l][l2] = (unsigned char)n;
		}
}

/* May a past_day phrase start with the byte b?  (Not 'w': "within the
 * past 24 hours" is only ever found from "past".) */
static int past_day_first(unsigned char b)
{
	switch (b | 0x20) {
	case 'i':
	case 'o':
	case 'd':
	case 'p':
	case 'f':
	case 'l':
		return 1;
	default:
		return 0;
	}
}

static int parse_past_day(const struct dcur *c, size_t p, struct res *r)
{
	unsigned char a0 = (unsigned char)c->t[p];
	unsigned l = (unsigned)(a0 | 0x20) - 'a', l2;
	size_t o, k;

	/* every phrase is longer than two bytes */
	if (l >= 26 || p + 2 > c->end)
		return 0;
	l2 = (unsigned)((unsigned char)c->t[p + 1] | 0x20) - 'a';
	if (l2 >= 26)
		return 0;
	for (o = pd_lo[l][l2]; o < pd_hi[l][l2]; o++) {
		size_t n, j;

		k = pd_order[o];
		n = past_day[k].len;
		if (p + n > c->end)
			continue;
		/* every phrase ends in two letters ("day", "hours"): the
		 * text rarely has them there, so test them first */
		if (((unsigned char)c->t[p + n - 1] | 0x20) !=
			(unsigned char)past_day[k].s[n - 1] ||
		    ((unsigned char)c->t[p + n - 2] | 0x20) !=
			(unsigned char)past_day[k].s[n - 2])
			continue;
		for (j = 0; j < n; j++) {
			unsigned char a = (unsigned char)c->t[p + j];

			if ((a | 0x20) != (unsigned char)past_day[k].s[j] &&
			    a != (unsigned char)past_day[k].s[j])
				break;
		}
		if (j < n || (p + n < c->end &&
			      sr__text_alnum((unsigned char)c->t[p + n])))
			continue;
		memset(r, 0, sizeof(*r));
		/* "over the day", "for the day", "during the day": the day
		 * the report sums up is its own (an evening summary) */
		if (past_day[k].s[n - 1] == 'y' && n >= 11 &&
		    memcmp(past_day[k].s + n - 8, " the day", 8) == 0)
			return set_rel(c, r, 0, 1, p + n);
		return set_rel(c, r, -1, 1, p + n);
	}
	return 0;
}

/* Anchors.  Every date expression without "ago" holds a digit, a
 * capitalised month or weekday name, a word of anchor_word or "hours"
 * (the past_day phrases end in "day" or "hours"), and starts at most four
 * runs of letters and digits before the run of the first of them: two of
 * "in", "early" ... (parse_word goes no deeper), then two words before
 * the anchor ("over the weekend", "the previous day", "earlier this
 * week", "last May").  So where no anchor follows within that many runs,
 * no expression starts, and most words are read once, here, and never
 * parsed.  (An expression with "ago" may start with a long number
 * phrase: sentences that have one are scanned word by word.)
 *
 * How many of those runs to try depends on the words before the anchor
 * (next_anchor).  Only "in" ... and "early" ... read on with parse_at,
 * and after "in" ... only "early", "late" or "mid" reads on again, so:
 * four words before the anchor need "early", "late" or "mid" as the
 * second ("in early the previous day", "early early last month"); three
 * need "the", "over", "at", "earlier", "later", "early", "late" or "mid"
 * as the second ("in the previous day", "during the past 24 hours",
 * "early early 2022"); two need a first word of first2_lens and a second of
 * then2_lens ("in early May", "over the weekend", "for a day"); one, a
 * word of first1_lens ("on Saturday", "last week", "per day", "past 24
 * hours").  Else the expression starts at the anchor ("16 February",
 * "Saturday"). */
#define ANCHOR_RUNS 4

/* The tokens of the span being scanned (sr__dates_tok), k the first that
 * may end after the scan's position; n is 0 when there are none. */
struct tcur {
	const struct sr_token *tok;
	size_t n, k;
};

/* 1 if the n letters at t[j] spell "hours", in either case (each letter
 * with bit 0x20 set is the lower-case one).  Always inline: most words
 * are turned down by their length, without a call. */
__attribute__((always_inline)) static inline int is_hours(const char *t,
							  size_t j, size_t n)
{
	return n == 5 && (t[j] | 0x20) == 'h' && (t[j + 1] | 0x20) == 'o' &&
	       (t[j + 2] | 0x20) == 'u' && (t[j + 3] | 0x20) == 'r' &&
	       (t[j + 4] | 0x20) == 's';
}

/* 1 if the plain word of n letters at t[j] is an anchor: what the loop
 * of next_anchor finds of a run of letters, with the run's end known
 * (sr__text_word_maybe is, for such a run, this one test of lens). */
static int plain_anchor(const char *t, size_t j, size_t n, size_t end)
{
	const struct sr_tword *w;
	size_t wn;
	int up;

	if (n >= 16 ||
	    !(anchor_lens[SR_TWL((unsigned char)t[j],
				 n > 1 ? (unsigned char)t[j + 1] : 0)] >>
		  n &
	      1))
		return is_hours(t, j, n);
	w = sr__text_word(t, j, end, &wn, &up);
	return w && anchor_word(w) &&
	       (up || (w->cls != SR_TW_MONTH && w->cls != SR_TW_WDAY));
}

/* The runs of letters and digits at t[i..lim), lim at no run's middle,
 * each put in ring (nrun of them so far): 1 and the start of the run of
 * letters or digits that is an anchor in *at, or 0 when none is. */
static int anchor_in(const char *t, size_t i, size_t lim, size_t end,
		     size_t *ring, size_t *nrun, size_t *at)
{
	size_t j, k, n;
	int up;
	const struct sr_tword *w;

	while (i < lim) {
		if (!(sr__text_cls[(unsigned char)t[i]] & SR_TC_ALNUM)) {
			i++;
			continue;
		}
		ring[(*nrun)++ & 7] = i;
		/* the runs of letters in the run of letters and digits at
		 * i: the words the parsers may look up */
		for (j = i; j < end &&
			    (sr__text_cls[(unsigned char)t[j]] & SR_TC_ALNUM);
		     j = k) {
			k = j + 1;
			if (sr__text_cls[(unsigned char)t[j]] & SR_TC_DIGIT)
				goto found;
			if (!sr__text_word_maybe(anchor_lens, t, j, end, &k)) {
				k = sr__text_run_end(t, k, end, SR_TC_ALPHA);
				if (is_hours(t, j, k - j))
					goto found;
				continue;
			}
			w = sr__text_word(t, j, end, &n, &up);
			if (w && anchor_word(w) &&
			    (up ||
			     (w->cls != SR_TW_MONTH && w->cls != SR_TW_WDAY)))
				goto found;
		}
		i = j;
		if (i < lim && t[i] == ' ')
			i++; /* the usual space, without a turn of the loop */
	}
	return 0;
found:
	*at = j;
	return 1;
}

/* The first run start at or after from (a run start or a byte of no run)
 * where an expression may begin, ANCHOR_RUNS runs before the run of the
 * next anchor, or end when there is none; *wend gets the end of that
 * run.  The scan goes from token to token of tc: a plain word is one
 * run, whose letters are read only when its first two and its length
 * may make an anchor; a number is one that starts with a digit; other
 * punctuation has none; the bytes of any other token, and all after
 * the last token, are read one by one.  (Only white space lies between
 * tokens, and no run goes on from one token into the next.) */
static size_t next_anchor(const char *t, size_t from, size_t end, size_t *wend,
			  struct tcur *tc)
{
	size_t ring[8], i = from, nrun = 0, j = end, back;

	/* past the tokens that end before from, and the rest of the one
	 * from is inside */
	for (; tc->k < tc->n; tc->k++) {
		const struct sr_token *o = &tc->tok[tc->k];
		size_t off = o->span.off, lim = off + o->span.len;

		if (lim <= i)
			continue;
		if (off < i) {
			if (anchor_in(t, i, lim, end, ring, &nrun, &j))
				goto found;
			i = lim;
			tc->k++;
		}
		break;
	}
	/* the others start at or after i: sr__tokens writes its tokens in
	 * order, none inside another */
	for (; tc->k < tc->n; tc->k++) {
		const struct sr_token *o = &tc->tok[tc->k];
		size_t off = o->span.off, lim = off + o->span.len;

		if (o->plain) {
			ring[nrun++ & 7] = off;
			if (plain_anchor(t, off, o->span.len, end)) {
				j = off;
				goto found;
			}
		} else if (o->kind == SR_TOK_NUMBER &&
			   (sr__text_cls[(unsigned char)t[off]] &
			    SR_TC_DIGIT)) {
			ring[nrun++ & 7] = off;
			j = off;
			goto found;
		} else if (o->kind != SR_TOK_PUNCT &&
			   anchor_in(t, off, lim, end, ring, &nrun, &j)) {
			goto found;
		}
		i = lim;
	}
	if (!anchor_in(t, i, end, end, ring, &nrun, &j)) {
		*wend = end;
		return end;
	}
found:
	*wend = sr__text_run_end(t, j, end, SR_TC_ALNUM);
	/* (k runs before the anchor: ring[(nrun - 1 - k) & 7]) */
	if (nrun > ANCHOR_RUNS &&
	    run_may_be(early_lens, t, ring[(nrun - 4) & 7], end))
		back = ANCHOR_RUNS;
	else if (nrun > 3 &&
		 run_may_be(second_lens, t, ring[(nrun - 3) & 7], end))
		back = 3;
	else if (nrun > 2 &&
		 run_may_be(first2_lens, t, ring[(nrun - 3) & 7], end) &&
		 run_may_be(then2_lens, t, ring[(nrun - 2) & 7], end))
		back = 2;
	else if (nrun > 1 &&
		 run_may_be(first1_lens, t, ring[(nrun - 2) & 7], end))
		back = 1;
	else
		back = 0;
	return nrun > back ? ring[(nrun - 1 - back) & 7] : from;
}

/* 1 if the word before offset p (not before lo) is "born": "a man born
 * in 1961" tells an age, not when anything happened. */
static int born_before(const char *t, size_t lo, size_t p)
{
	while (p > lo && t[p - 1] == ' ')
		p--;
	return p >= lo + 4 && (p == lo + 4 || t[p - 5] == ' ') &&
	       (t[p - 4] | 0x20) == 'b' && (t[p - 3] | 0x20) == 'o' &&
	       (t[p - 2] | 0x20) == 'r' && (t[p - 1] | 0x20) == 'n';
}

size_t sr__dates(const char *text, struct sr_span span,
		 struct sr_ymd article_date, struct sr_date_expr *out,
		 size_t cap)
{
	return sr__dates_tok(text, span, NULL, 0, article_date, out, cap);
}

/* Whether d is a valid date (*have) and its day number: asked for each
 * sentence, with the date of the article, so the last answer of the
 * thread is kept. */
static void art_days_of(struct sr_ymd d, int *have, int64_t *days)
{
	static _Thread_local struct sr_ymd last;
	static _Thread_local int last_have;
	static _Thread_local int64_t last_days;

	if (d.y != last.y || d.m != last.m || d.d != last.d) {
		last = d;
		last_have = d.y != 0 && sr_ymd_valid(d.y, d.m, d.d);
		last_days = last_have ? sr_ymd_to_days(d) : 0;
	}
	*have = last_have;
	*days = last_days;
}

size_t sr__dates_tok(const char *text, struct sr_span span,
		     const struct sr_token *tok, size_t ntok,
		     struct sr_ymd article_date, struct sr_date_expr *out,
		     size_t cap)
{
	size_t i = span.off, end = (size_t)span.off + span.len, count = 0;
	size_t wend;
	struct dcur c;
	struct res r;
	struct sr_twcache wc;
	struct tcur tc = { tok, tok ? ntok : 0, 0 };
	int ago = -1;

	c.t = text;
	c.lo = span.off;
	c.end = end;
	c.art = article_date;
	art_days_of(article_date, &c.have, &c.art_days);
	c.wc = &wc;
	c.ago = &ago;
	sr__twcache_init(&wc);
	sr__once(&start_once, build_filters);
	/* positions in [i, wend) may start an expression; past wend, the
	 * next anchor says where to go on (all of them with "ago") */
	wend = has_ago(&c) ? end : span.off;
	while (i < end && count < cap) {
		unsigned char b = (unsigned char)text[i];

		if (!(sr__text_cls[b] & SR_TC_ALNUM) ||
		    (i > span.off && (sr__text_cls[(unsigned char)text[i - 1]] &
				      SR_TC_ALNUM))) {
			i++;
			continue;
		}
		if (i >= wend) {
			size_t s = next_anchor(text, i, end, &wend, &tc);

			if (s != i) {
				i = s;
				continue;
			}
		}
		if (((past_day_first(b) && parse_past_day(&c, i, &r)) ||
		     (may_start(&c, i) && parse_at(&c, i, B_NO, 0, &r))) &&
		    r.end > i) {
			if (r.yearonly && born_before(text, span.off, i)) {
				i = r.end;
				continue;
			}
			out[count].span.off = (uint32_t)i;
			out[count].span.len = (uint32_t)(r.end - i);
			out[count].date = r.d;
			out[count].precision = r.prec;
			out[count].relative = (unsigned char)r.rel;
			out[count].historical =
			    (unsigned char)historical(&c, &r);
			count++;
			i = r.end;
			continue;
		}
		i = sr__text_run_end(text, i, end, SR_TC_ALNUM);
		if (i < end && text[i] == ' ')
			i++; /* the usual space, without a turn of the loop */
	}
	return count;
}
