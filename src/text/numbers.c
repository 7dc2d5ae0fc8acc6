/*
 * numbers.c - number phrases: "two", "2,000", "twenty-one", "one hundred
 * and fifty", "1.5 million", "dozens", "at least 12", "between 10 and 15".
 *
 * Exports: sr__number_at, sr__numbers, sr__number_may_end.
 *
 * Conventions (the stated number is always the value; the bounds carry
 * the logic, as ACLED codes the conservative stated figure):
 *   exact "12"                    value 12  low 12  high 12
 *   "at least 12", "no fewer than 12", "12 or more"
 *                                 value 12  low 12  high -1 (open)
 *   "over/more than/upwards of 70"
 *                                 value 70  low 71  high -1
 *   "up to/as many as/at most 40" value 40  low 1   high 40
 *   "fewer/less than/under 10"    value 10  low 1   high 9
 *   "about/around/approximately/roughly/some/an estimated/...or so 30"
 *                                 value 30  low 27  high 33 (+-10%, >= 1)
 *   "nearly/almost/close to/just under 200"
 *                                 value 200 low 180 high 200
 *   "between 10 and 15", "10 to 15", "10-15", "two or three"
 *                                 value 10  low 10  high 15
 *   vague words (value, low, high): dozens 12,12,99; tens 10,10,99;
 *   scores 20,20,99; hundreds 100,100,999; thousands 1000,1000,9999;
 *   millions 10^6,10^6,10^7-1; several 3,3,9; a few 3,2,9; a couple 2,2,3;
 *   a handful 3,2,5.  Followed by a scale ("several hundred", "tens of
 *   thousands") all three are scaled, high as (high+1)*scale-1.
 *   "a dozen" 12, "half a dozen" 6, "a hundred" 100 are exact.
 * Every phrase with a modifier, a range or a vague word has vague = 1.
 *
 * Not numbers (no phrase returned): years 1900-2100 after "in", "since",
 * "of", a month name and the like; days next to a month name ("16
 * February", "Feb. 16"); dates "2024-02-16", "16.02.2024", "16/02/2024";
 * times "10:30", "5 p.m."; decimals without a scale ("3.5"); numbers glued
 * to letters or a hyphenated word ("155mm", "155-mm", "20-year-old"),
 * numbers after letter-hyphen ("F-16", "Su-25", "S-300"); money ("$5");
 * percentages; numbers followed by units of length, area or mass ("three
 * square kilometres", "10 km"); "No. 5".  Time units are left alone ("two
 * days"): the caller sees the next word.
 *
 * Invariants: reads only text[lo..end) (lo = 0 for sr__number_at, the
 * span start for sr__numbers), no allocation, linear in the text.
 */
#include "text.h"

#include <pthread.h>
#include <string.h>

struct cur {
	const char *t;
	size_t lo, end;
	struct sr_twcache *wc; /* lookups at t[..end) */
};

struct val {
	int64_t v, lo, hi;
	int vague, ordinal, exact_digits; /* exact_digits: plain integer */
	size_t end;
};

enum mod { M_NONE, M_ATLEAST, M_MORE, M_UPTO, M_FEWER, M_ABOUT, M_NEARLY };

#define MAXVAL 1000000000000LL /* larger values are not counts */

/* Always inline: the parsers ask it at every step, and the memo's probe
 * is a few instructions where the call was a dozen more. */
__attribute__((always_inline)) static inline const struct sr_tword *
word(const struct cur *c, size_t p, size_t *e)
{
	const struct sr_tword *w;
	size_t n;
	int up;

	w = sr__text_word_memo(c->wc, c->t, p, c->end, &n, &up);
	*e = p + n;
	if (w && *e < c->end && sr__text_digit((unsigned char)c->t[*e]))
		return NULL;
	return w;
}

static int is_id(const struct sr_tword *w, int id)
{
	return w && w->cls == SR_TW_ID && w->val == id;
}

/* End of the word id after p and spaces, or 0. */
static size_t next_id(const struct cur *c, size_t p, int id)
{
	size_t e;

	p = sr__text_skip_space(c->t, p, c->end);
	return is_id(word(c, p, &e), id) ? e : 0;
}

static int next_is_month(const struct cur *c, size_t p)
{
	size_t n;
	int up;
	const struct sr_tword *w;

	p = sr__text_skip_space(c->t, p, c->end);
	w = sr__text_word_memo(c->wc, c->t, p, c->end, &n, &up);
	return w && w->cls == SR_TW_MONTH && up;
}

/* The words prev_is_month_or_no looks for: a month, "number", "no". */
static int month_or_no(const struct sr_tword *w)
{
	return w->cls == SR_TW_MONTH || is_id(w, SR_TWI_NUMBER) ||
	       is_id(w, SR_TWI_NO);
}

/* month_or_no as a filter on first letter and length, built once. */
static uint16_t month_lens[1024];
static pthread_once_t month_once = PTHREAD_ONCE_INIT;

static void build_month_lens(void)
{
	sr__text_word_lens(month_or_no, month_lens);
}

static int prev_is_month_or_no(const struct cur *c, size_t p)
{
	size_t s, e, n;
	int up;
	const struct sr_tword *w;

	s = sr__text_prev_word(c->t, c->lo, p, &e);
	if (s == (size_t)-1)
		return 0;
	/* the word must be all of t[s..e): most are turned down by their
	 * first two letters and length, without a lookup */
	pthread_once(&month_once, build_month_lens);
	n = e - s;
	if (n >= 16 ||
	    !(month_lens[SR_TWL((unsigned char)c->t[s],
				n > 1 ? (unsigned char)c->t[s + 1] : 0)] >>
		  n &
	      1))
		return 0;
	w = sr__text_word(c->t, s, e, &n, &up);
	if (!w || s + n != e)
		return 0;
	/* (not across a comma: "On 28 June, 10 people were killed") */
	if (w->cls == SR_TW_MONTH)
		return up && !memchr(c->t + e, ',', p - e);
	if (is_id(w, SR_TWI_NUMBER))
		return 1;
	return is_id(w, SR_TWI_NO) && e < c->end && c->t[e] == '.';
}

/* A time ("5 am", "5 p.m.") or a unit ("10 km", "5 per cent") after p? */
static int unit_follows(const struct cur *c, size_t p)
{
	const char *t = c->t;
	const struct sr_tword *w;
	size_t e;

	p = sr__text_skip_space(t, p, c->end);
	if (p + 3 < c->end && ((t[p] | 0x20) == 'a' || (t[p] | 0x20) == 'p') &&
	    t[p + 1] == '.' && (t[p + 2] | 0x20) == 'm' && t[p + 3] == '.')
		return 1;
	w = word(c, p, &e);
	if (!w)
		return 0;
	if (w->cls == SR_TW_MUNIT || is_id(w, SR_TWI_AM) || is_id(w, SR_TWI_PM))
		return 1;
	return is_id(w, SR_TWI_PER) && next_id(c, e, SR_TWI_CENT);
}

static int scale_ok(int64_t *v, int64_t s)
{
	if (*v > MAXVAL / s)
		return 0;
	*v *= s;
	return 1;
}

/* Digits at p: "12", "2,000", "1.5 million", "3rd". */
static int parse_digits(const struct cur *c, size_t p, struct val *r)
{
	const char *t = c->t;
	size_t q = p, nd = 0, e, fd = 0;
	int64_t v = 0, frac = 0, fscale = 1;
	int commas = 0;
	const struct sr_tword *w;

	while (q < c->end && sr__text_digit((unsigned char)t[q])) {
		if (++nd > 13)
			return 0;
		v = v * 10 + (t[q++] - '0');
	}
	while (nd <= 3 && q + 3 < c->end && t[q] == ',' &&
	       sr__text_digit((unsigned char)t[q + 1]) &&
	       sr__text_digit((unsigned char)t[q + 2]) &&
	       sr__text_digit((unsigned char)t[q + 3]) &&
	       (q + 4 >= c->end || !sr__text_digit((unsigned char)t[q + 4]))) {
		if (v > MAXVAL / 1000)
			return 0;
		v = v * 1000 + (t[q + 1] - '0') * 100 + (t[q + 2] - '0') * 10 +
		    (t[q + 3] - '0');
		q += 4;
		commas = 1;
	}
	if (q + 1 < c->end && t[q] == '.' &&
	    sr__text_digit((unsigned char)t[q + 1])) {
		q++;
		while (q < c->end && sr__text_digit((unsigned char)t[q])) {
			if (fd < 6) {
				frac = frac * 10 + (t[q] - '0');
				fscale *= 10;
			}
			fd++;
			q++;
		}
		if (q + 1 < c->end && (t[q] == '.' || t[q] == ',') &&
		    sr__text_digit((unsigned char)t[q + 1]))
			return 0; /* 16.02.2024, 1.2.3 */
	}
	memset(r, 0, sizeof(*r));
	if (q < c->end && sr__text_alpha((unsigned char)t[q])) {
		/* ordinal suffix or a glued unit */
		char a = (char)(t[q] | 0x20), b;

		if (fd || commas || q + 1 >= c->end)
			return 0;
		b = (char)(t[q + 1] | 0x20);
		if (!((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
		      (a == 'r' && b == 'd') || (a == 't' && b == 'h')))
			return 0;
		if (q + 2 < c->end && sr__text_alnum((unsigned char)t[q + 2]))
			return 0;
		r->v = r->lo = r->hi = v;
		r->ordinal = 1;
		r->end = q + 2;
		/* "16th of May", "16th May", "May 16th" are dates */
		if (v >= 1 && v <= 31) {
			size_t e2 = next_id(c, r->end, SR_TWI_OF);

			if (next_is_month(c, e2 ? e2 : r->end) ||
			    prev_is_month_or_no(c, p))
				return 0;
		}
		return 1;
	}
	if (q < c->end) {
		size_t n;
		int f = sr__text_fold(t, q, c->end, &n);

		if (f == '%' || f == '/' ||
		    (f == ':' && q + 1 < c->end &&
		     sr__text_digit((unsigned char)t[q + 1])))
			return 0;
		if (f == '-' && q + n < c->end) {
			if (sr__text_alpha((unsigned char)t[q + n]))
				return 0; /* 155-mm, 20-year-old */
			if (nd == 4 && !commas && !fd &&
			    sr__text_digit((unsigned char)t[q + n]))
				return 0; /* 2024-02-16, 2014-2022 */
		}
	}
	/* a scale word */
	e = sr__text_skip_space(t, q, c->end);
	w = word(c, e, &e);
	if (w && w->cls == SR_TW_SCALE && w->val != 12) {
		int64_t s = w->val;

		if (!scale_ok(&v, s))
			return 0;
		if (fd)
			v += frac * s / fscale;
		q = e;
	} else if (fd) {
		return 0;
	} else {
		r->exact_digits = 1;
		if (nd == 4 && !commas && v >= 1900 && v <= 2100 &&
		    sr__text_year_context(t, c->lo, p))
			return 0;
		/* (one look back serves both tests: "May 5", "No. 5") */
		if (prev_is_month_or_no(c, p))
			return 0;
		if (v >= 1 && v <= 31 && !commas && next_is_month(c, q))
			return 0;
	}
	r->v = r->lo = r->hi = v;
	r->end = q;
	return 1;
}

/* Number words at p: "twenty-one", "one hundred and fifty", "a hundred"
 * (start_cur = 1 when a scale word may come first), ordinals. */
static int parse_words(const struct cur *c, size_t p, int start_cur,
		       struct val *r)
{
	const char *t = c->t;
	int64_t total = 0, cur = start_cur, last_scale = MAXVAL * 10;
	int last = start_cur ? SR_TW_UNIT : 0, any = 0;
	size_t q = p, e, done = p;
	const struct sr_tword *w;

	memset(r, 0, sizeof(*r));
	for (;;) {
		w = word(c, q, &e);
		if (!w)
			break;
		if (w->cls == SR_TW_UNIT || w->cls == SR_TW_TEEN) {
			if (last == SR_TW_TENS && w->cls == SR_TW_UNIT &&
			    w->val > 0)
				cur += w->val;
			else if (last == 0 ||
				 ((last == SR_TW_SCALE || last == SR_TWI_AND) &&
				  cur % 100 == 0 && any))
				cur += w->val;
			else
				break;
			if (last == 0 && w->val == 0) {
				/* "zero" stands alone */
				last = SR_TW_TEEN;
			} else {
				last = w->cls;
			}
		} else if (w->cls == SR_TW_TENS) {
			if (!(last == 0 ||
			      ((last == SR_TW_SCALE || last == SR_TWI_AND) &&
			       cur % 100 == 0 && any)))
				break;
			cur += w->val;
			last = SR_TW_TENS;
		} else if (w->cls == SR_TW_SCALE) {
			if (last != SR_TW_UNIT && last != SR_TW_TEEN &&
			    last != SR_TW_TENS)
				break;
			if (w->val == 12) {
				if (total || cur > 99)
					break;
				cur *= 12;
				done = e;
				any = 1;
				break;
			}
			if (w->val == 100) {
				if (cur % 100 == 0 || cur > 99)
					break;
				cur *= 100;
			} else {
				if (w->val >= last_scale || cur == 0)
					break;
				if (!scale_ok(&cur, w->val))
					break;
				total += cur;
				cur = 0;
				last_scale = w->val;
			}
			last = SR_TW_SCALE;
		} else if ((w->cls == SR_TW_ORD &&
			    (last == 0 || (last == SR_TW_TENS && w->val < 10) ||
			     ((last == SR_TW_SCALE || last == SR_TWI_AND) &&
			      w->val < 100 && any))) ||
			   (w->cls == SR_TW_ORD_TENS && last == 0)) {
			cur += w->val;
			r->ordinal = 1;
			done = e;
			any = 1;
			break;
		} else if (is_id(w, SR_TWI_AND) && last == SR_TW_SCALE) {
			size_t e2, q2 = sr__text_skip_space(t, e, c->end);
			const struct sr_tword *w2 = word(c, q2, &e2);

			if (!w2 ||
			    (w2->cls != SR_TW_UNIT && w2->cls != SR_TW_TEEN &&
			     w2->cls != SR_TW_TENS))
				break;
			last = SR_TWI_AND;
			q = q2;
			continue;
		} else {
			break;
		}
		any = 1;
		done = e;
		/* separator: spaces, or a hyphen inside "twenty-one" */
		if (e < c->end && t[e] == '-' && last == SR_TW_TENS) {
			q = e + 1;
			continue;
		}
		{
			size_t n;
			int f =
			    e < c->end ? sr__text_fold(t, e, c->end, &n) : 0;

			if (f == '-' && last == SR_TW_TENS) {
				q = e + n;
				continue;
			}
		}
		q = sr__text_skip_space(t, e, c->end);
		if (q == e)
			break;
	}
	if (!any)
		return 0;
	/* "five-year-old", "one-off", "three-day": a compound word */
	if (done < c->end) {
		size_t n;
		int f = sr__text_fold(t, done, c->end, &n);

		if ((f == '-' || f == '\'') && done + n < c->end &&
		    sr__text_alnum((unsigned char)t[done + n]))
			return 0;
	}
	r->v = r->lo = r->hi = total + cur;
	r->end = done;
	return 1;
}

static void vague_of(int id, struct val *r)
{
	static const struct {
		int id;
		int64_t v, lo, hi;
	} tab[] = {
		{ SR_TWI_DOZENS, 12, 12, 99 },
		{ SR_TWI_TENS, 10, 10, 99 },
		{ SR_TWI_SCORES, 20, 20, 99 },
		{ SR_TWI_HUNDREDS, 100, 100, 999 },
		{ SR_TWI_THOUSANDS, 1000, 1000, 9999 },
		{ SR_TWI_MILLIONS, 1000000, 1000000, 9999999 },
		{ SR_TWI_SEVERAL, 3, 3, 9 },
		{ SR_TWI_FEW, 3, 2, 9 },
		{ SR_TWI_COUPLE, 2, 2, 3 },
		{ SR_TWI_HANDFUL, 3, 2, 5 },
	};
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(tab); i++)
		if (tab[i].id == id) {
			r->v = tab[i].v;
			r->lo = tab[i].lo;
			r->hi = tab[i].hi;
		}
	r->vague = 1;
}

/* After a vague quantity ending at r->end: scale words ("several
 * hundred", "tens of thousands", "a couple of hundred"). */
static void vague_scale(const struct cur *c, struct val *r, int plural)
{
	size_t q, e;
	const struct sr_tword *w;
	int64_t s;

	for (;;) {
		q = sr__text_skip_space(c->t, r->end, c->end);
		w = word(c, q, &e);
		if (is_id(w, SR_TWI_OF)) {
			q = sr__text_skip_space(c->t, e, c->end);
			w = word(c, q, &e);
		}
		if (!w)
			return;
		if (plural && w->cls == SR_TW_VAGUE &&
		    (w->val == SR_TWI_HUNDREDS || w->val == SR_TWI_THOUSANDS ||
		     w->val == SR_TWI_MILLIONS))
			s = w->val == SR_TWI_HUNDREDS	 ? 100
			    : w->val == SR_TWI_THOUSANDS ? 1000
							 : 1000000;
		else if (!plural && w->cls == SR_TW_SCALE)
			s = w->val;
		else
			return;
		if (r->hi > MAXVAL / s)
			return;
		r->v *= s;
		r->lo *= s;
		r->hi = (r->hi + 1) * s - 1;
		r->end = e;
	}
}

/* A quantity without modifier at p. */
static int parse_core(const struct cur *c, size_t p, struct val *r)
{
	const char *t = c->t;
	const struct sr_tword *w;
	size_t e, q, e2;

	if (p >= c->end)
		return 0;
	if (sr__text_digit((unsigned char)t[p]))
		return parse_digits(c, p, r);
	w = word(c, p, &e);
	if (!w)
		return 0;
	memset(r, 0, sizeof(*r));
	switch (w->cls) {
	case SR_TW_UNIT:
	case SR_TW_TEEN:
	case SR_TW_TENS:
	case SR_TW_ORD:
	case SR_TW_ORD_TENS:
		return parse_words(c, p, 0, r);
	case SR_TW_VAGUE:
		if (w->val == SR_TWI_TENS && !next_id(c, e, SR_TWI_OF))
			return 0;
		vague_of(w->val, r);
		r->end = e;
		vague_scale(c, r, w->val != SR_TWI_SEVERAL);
		return 1;
	case SR_TW_ID:
		break;
	default:
		return 0;
	}
	q = sr__text_skip_space(t, e, c->end);
	if (w->val == SR_TWI_HALF) {
		if (!(e2 = next_id(c, e, SR_TWI_A)))
			return 0;
		q = sr__text_skip_space(t, e2, c->end);
		w = word(c, q, &e);
		if (!w || w->cls != SR_TW_SCALE)
			return 0;
		r->v = r->lo = r->hi = w->val / 2;
		r->end = e;
		return 1;
	}
	if (w->val != SR_TWI_A && w->val != SR_TWI_AN)
		return 0;
	w = word(c, q, &e);
	if (!w)
		return 0;
	if (w->cls == SR_TW_SCALE)
		return parse_words(c, q, 1, r);
	if (is_id(w, SR_TWI_FEW) || is_id(w, SR_TWI_COUPLE) ||
	    is_id(w, SR_TWI_HANDFUL)) {
		vague_of(w->val, r);
		r->end = e;
		vague_scale(c, r, 0);
		return 1;
	}
	return 0;
}

static int64_t band(int64_t v)
{
	return v / 10 < 1 ? 1 : v / 10;
}

/* A modifier at p: its kind and where the quantity starts. */
static int parse_mod(const struct cur *c, size_t p, size_t *q)
{
	const struct sr_tword *w;
	size_t e, e2;

	w = word(c, p, &e);
	if (!w || w->cls != SR_TW_ID)
		return M_NONE;
	*q = e;
	switch (w->val) {
	case SR_TWI_AT:
		if ((e2 = next_id(c, e, SR_TWI_LEAST)))
			return *q = e2, M_ATLEAST;
		if ((e2 = next_id(c, e, SR_TWI_MOST)))
			return *q = e2, M_UPTO;
		return M_NONE;
	case SR_TWI_MORE:
		return (e2 = next_id(c, e, SR_TWI_THAN)) ? (*q = e2, M_MORE)
							 : M_NONE;
	case SR_TWI_FEWER:
	case SR_TWI_LESS:
		return (e2 = next_id(c, e, SR_TWI_THAN)) ? (*q = e2, M_FEWER)
							 : M_NONE;
	case SR_TWI_OVER:
		return M_MORE;
	case SR_TWI_UNDER:
		return M_FEWER;
	case SR_TWI_UPWARDS:
		if ((e2 = next_id(c, e, SR_TWI_OF)))
			*q = e2;
		return M_MORE;
	case SR_TWI_IN:
		if ((e2 = next_id(c, e, SR_TWI_EXCESS)) &&
		    (e2 = next_id(c, e2, SR_TWI_OF)))
			return *q = e2, M_MORE;
		return M_NONE;
	case SR_TWI_ABOUT:
	case SR_TWI_AROUND:
	case SR_TWI_APPROX:
	case SR_TWI_ROUGHLY:
	case SR_TWI_SOME:
	case SR_TWI_ESTIMATED:
		return M_ABOUT;
	case SR_TWI_AN:
		return (e2 = next_id(c, e, SR_TWI_ESTIMATED))
			   ? (*q = e2, M_ABOUT)
			   : M_NONE;
	case SR_TWI_NEARLY:
	case SR_TWI_ALMOST:
		return M_NEARLY;
	case SR_TWI_CLOSE:
		return (e2 = next_id(c, e, SR_TWI_TO)) ? (*q = e2, M_NEARLY)
						       : M_NONE;
	case SR_TWI_JUST:
		if ((e2 = next_id(c, e, SR_TWI_OVER)))
			return *q = e2, M_MORE;
		if ((e2 = next_id(c, e, SR_TWI_UNDER)))
			return *q = e2, M_NEARLY;
		return M_NONE;
	case SR_TWI_UP:
		return (e2 = next_id(c, e, SR_TWI_TO)) ? (*q = e2, M_UPTO)
						       : M_NONE;
	case SR_TWI_AS:
		if ((e2 = next_id(c, e, SR_TWI_MANY)) &&
		    (e2 = next_id(c, e2, SR_TWI_AS)))
			return *q = e2, M_UPTO;
		return M_NONE;
	case SR_TWI_NO:
		if ((e2 = next_id(c, e, SR_TWI_FEWER)) ||
		    (e2 = next_id(c, e, SR_TWI_LESS))) {
			if ((e2 = next_id(c, e2, SR_TWI_THAN)))
				return *q = e2, M_ATLEAST;
		} else if ((e2 = next_id(c, e, SR_TWI_MORE)) &&
			   (e2 = next_id(c, e2, SR_TWI_THAN))) {
			return *q = e2, M_UPTO;
		}
		return M_NONE;
	default:
		return M_NONE;
	}
}

/* "to 15", "or 15", "-15", "or more", "or so" after an exact cardinal. */
static void parse_tail(const struct cur *c, struct val *r, int *mod)
{
	const char *t = c->t;
	size_t q, e, n;
	struct val r2;
	const struct sr_tword *w;
	int f;

	if (r->end < c->end) {
		f = sr__text_fold(t, r->end, c->end, &n);
		if (f == '-' && r->exact_digits && r->end + n < c->end &&
		    sr__text_digit((unsigned char)t[r->end + n]) &&
		    parse_digits(c, r->end + n, &r2) && r2.exact_digits &&
		    r2.v > r->v) {
			r->hi = r2.v;
			r->end = r2.end;
			r->vague = 1;
			return;
		}
	}
	q = sr__text_skip_space(t, r->end, c->end);
	w = word(c, q, &e);
	if (!is_id(w, SR_TWI_TO) && !is_id(w, SR_TWI_OR))
		return;
	q = sr__text_skip_space(t, e, c->end);
	if (is_id(w, SR_TWI_OR)) {
		const struct sr_tword *w2 = word(c, q, &e);

		if (is_id(w2, SR_TWI_MORE)) {
			r->hi = -1;
			r->vague = 1;
			r->end = e;
			return;
		}
		if (is_id(w2, SR_TWI_SO)) {
			if (*mod == M_NONE)
				*mod = M_ABOUT;
			r->end = e;
			return;
		}
	}
	if (!parse_core(c, q, &r2) || r2.vague || r2.ordinal || r2.v <= r->v)
		return;
	r->hi = r2.v;
	r->end = r2.end;
	r->vague = 1;
}

/* The first letters of the words that may follow the word id when a
 * phrase starts with it, as bits (1 << (letter & 31)), or 0 when any may:
 * "a" and "an" go on only with a scale word, "few", "couple", "handful"
 * (or "an estimated"), "in" only as "in excess of", "at" as "at
 * least/most", and so on (see parse_mod and parse_core).  Most of these
 * words in a text start no number, and the next word's first letter says
 * so, by one test of a bit. */
#define NL(c) (1u << ((c)&31))
static uint32_t next_letters(int id)
{
	switch (id) {
	case SR_TWI_A:
		return NL('h') | NL('t') | NL('m') | NL('b') | NL('d') |
		       NL('f') | NL('c');
	case SR_TWI_AN:
		return NL('e') | NL('h') | NL('t') | NL('m') | NL('b') |
		       NL('d') | NL('f') | NL('c');
	case SR_TWI_IN:
		return NL('e');
	case SR_TWI_AT:
		return NL('l') | NL('m');
	case SR_TWI_MORE:
	case SR_TWI_FEWER:
	case SR_TWI_LESS:
	case SR_TWI_CLOSE:
	case SR_TWI_UP:
		return NL('t');
	case SR_TWI_AS:
		return NL('m');
	case SR_TWI_NO:
		return NL('f') | NL('l') | NL('m');
	case SR_TWI_JUST:
		return NL('o') | NL('u');
	case SR_TWI_HALF:
		return NL('a');
	default:
		return 0;
	}
}
#undef NL

static int parse_phrase(const struct cur *c, size_t p, struct sr_number *out)
{
	struct val r, r2;
	size_t q, e;
	int mod;
	const struct sr_tword *w;

	w = word(c, p, &e);
	if (w && w->cls == SR_TW_ID) {
		uint32_t next = next_letters(w->val);

		if (next) {
			q = sr__text_skip_space(c->t, e, c->end);
			if (q >= c->end ||
			    !sr__text_alpha((unsigned char)c->t[q]) ||
			    !((next >> ((unsigned char)c->t[q] & 31)) & 1))
				return 0;
		}
	}
	if (is_id(w, SR_TWI_BETWEEN)) {
		q = sr__text_skip_space(c->t, e, c->end);
		if (!parse_core(c, q, &r) || r.vague || r.ordinal)
			return 0;
		if (!(e = next_id(c, r.end, SR_TWI_AND)))
			return 0;
		q = sr__text_skip_space(c->t, e, c->end);
		if (!parse_core(c, q, &r2) || r2.vague || r2.ordinal ||
		    r2.v <= r.v)
			return 0;
		r.hi = r2.v;
		r.end = r2.end;
		r.vague = 1;
		goto done;
	}
	mod = parse_mod(c, p, &q);
	if (mod == M_NONE)
		q = p;
	else
		q = sr__text_skip_space(c->t, q, c->end);
	if (!parse_core(c, q, &r))
		return 0;
	if (r.ordinal) {
		if (mod != M_NONE)
			return 0;
		goto done;
	}
	if (!r.vague)
		parse_tail(c, &r, &mod);
	if (r.end + 1 < c->end && c->t[r.end] == '-' &&
	    sr__text_digit((unsigned char)c->t[r.end + 1]))
		return 0; /* a score "2-1" or a reversed range */
	if (unit_follows(c, r.end))
		return 0;
	if (mod != M_NONE)
		r.vague = 1;
	if (r.lo != r.hi || r.hi == -1)
		goto done; /* a range or a vague word keeps its bounds */
	switch (mod) {
	case M_ATLEAST:
		r.hi = -1;
		break;
	case M_MORE:
		r.lo = r.v + 1;
		r.hi = -1;
		break;
	case M_UPTO:
		r.lo = r.v > 0 ? 1 : 0;
		break;
	case M_FEWER:
		r.lo = r.v > 1 ? 1 : 0;
		r.hi = r.v > 0 ? r.v - 1 : 0;
		break;
	case M_ABOUT:
		r.lo = r.v - band(r.v);
		r.hi = r.v + band(r.v);
		if (r.lo < 0)
			r.lo = 0;
		break;
	case M_NEARLY:
		r.lo = r.v - band(r.v);
		if (r.lo < 0)
			r.lo = 0;
		break;
	default:
		break;
	}
done:
	out->span.off = (uint32_t)p;
	out->span.len = (uint32_t)(r.end - p);
	out->value = r.v;
	out->low = r.lo;
	out->high = r.hi;
	out->vague = (unsigned char)r.vague;
	out->ordinal = (unsigned char)r.ordinal;
	return 1;
}

/* May a number phrase start at p?  Not inside "F-16", "1,5", "10:30".
 * Always inline: asked at every word of a sentence read for numbers,
 * which GCC otherwise sent out of line past the first test. */
__attribute__((always_inline)) static inline int good_start(const char *t,
							    size_t lo, size_t p)
{
	unsigned char b;

	if (p <= lo)
		return 1;
	b = (unsigned char)t[p - 1];
	if (b == ' ')
		return 1;
	if (sr__text_alnum(b) || b == '$' || b == '#')
		return 0;
	if (p >= lo + 2 && ((b == 0xA3 && (unsigned char)t[p - 2] == 0xC2) ||
			    (b == 0xAC && (unsigned char)t[p - 2] == 0x82)))
		return 0; /* "£5", "€5" */
	if ((b == '-' || b == '.' || b == ',' || b == ':' || b == '/' ||
	     b == '\'') &&
	    p >= lo + 2 && sr__text_alnum((unsigned char)t[p - 2]))
		return 0;
	if ((b == 0x93 || b == 0x94) && p >= lo + 4 &&
	    (unsigned char)t[p - 3] == 0xE2 &&
	    sr__text_alnum((unsigned char)t[p - 4]))
		return 0;
	return 1;
}

/* Can a phrase start with the word w? */
static int starts_phrase(const struct sr_tword *w)
{
	switch (w->cls) {
	case SR_TW_UNIT:
	case SR_TW_TEEN:
	case SR_TW_TENS:
	case SR_TW_ORD:
	case SR_TW_ORD_TENS:
	case SR_TW_VAGUE:
		return 1;
	case SR_TW_ID:
		switch (w->val) {
		case SR_TWI_A:
		case SR_TWI_AN:
		case SR_TWI_AT:
		case SR_TWI_MORE:
		case SR_TWI_FEWER:
		case SR_TWI_LESS:
		case SR_TWI_OVER:
		case SR_TWI_UNDER:
		case SR_TWI_UPWARDS:
		case SR_TWI_IN:
		case SR_TWI_ABOUT:
		case SR_TWI_AROUND:
		case SR_TWI_APPROX:
		case SR_TWI_ROUGHLY:
		case SR_TWI_SOME:
		case SR_TWI_ESTIMATED:
		case SR_TWI_NEARLY:
		case SR_TWI_ALMOST:
		case SR_TWI_CLOSE:
		case SR_TWI_JUST:
		case SR_TWI_UP:
		case SR_TWI_AS:
		case SR_TWI_NO:
		case SR_TWI_HALF:
		case SR_TWI_BETWEEN:
			return 1;
		default:
			return 0;
		}
	default:
		return 0;
	}
}

/* starts_phrase as a filter on first letter and length (start_lens),
 * built once. */
static uint16_t start_lens[1024];
static pthread_once_t start_once = PTHREAD_ONCE_INIT;

static void build_start_lens(void)
{
	sr__text_word_lens(starts_phrase, start_lens);
}

/* Cheap test before parse_phrase: can a phrase start with this word?
 * *e gets the end of its letters (p for a digit). */
static int may_start(const struct cur *c, size_t p, size_t *e)
{
	const struct sr_tword *w;

	if (!sr__text_word_maybe(start_lens, c->t, p, c->end, e))
		return 0;
	if (sr__text_digit((unsigned char)c->t[p]))
		return 1;
	w = word(c, p, e);
	return w && starts_phrase(w);
}

/* Can a phrase end with the word w?  Its last word is the last one
 * parse_core, parse_tail or vague_scale reads past digits: a number,
 * scale or vague word, "more" ("or more"), "so" ("or so"), "few",
 * "couple" or "handful". */
static int ends_phrase(const struct sr_tword *w)
{
	switch (w->cls) {
	case SR_TW_UNIT:
	case SR_TW_TEEN:
	case SR_TW_TENS:
	case SR_TW_SCALE:
	case SR_TW_ORD:
	case SR_TW_ORD_TENS:
	case SR_TW_VAGUE:
		return 1;
	case SR_TW_ID:
		return w->val == SR_TWI_MORE || w->val == SR_TWI_SO ||
		       w->val == SR_TWI_FEW || w->val == SR_TWI_COUPLE ||
		       w->val == SR_TWI_HANDFUL;
	default:
		return 0;
	}
}

/* ends_phrase as a filter on first letter and length, built once. */
static uint16_t end_lens[1024];
static pthread_once_t end_once = PTHREAD_ONCE_INIT;

static void build_end_lens(void)
{
	sr__text_word_lens(ends_phrase, end_lens);
}

/* A phrase ends after a digit (parse_digits, a "-15" range), at an
 * ordinal suffix after digits ("3rd"), or at the end of a run of letters that
 * is a word of ends_phrase, a whole run: no word the parsers read starts after
 * a letter (good_start; within a phrase, after a blank or a dash). */
int sr__number_may_end(const char *text, size_t lo, size_t from, size_t to)
{
	size_t q;

	pthread_once(&end_once, build_end_lens);
	if (from <= lo)
		from = lo + 1;
	/* q the last byte of a phrase ending at q + 1 */
	for (q = to; q-- > from - 1;) {
		unsigned char b = (unsigned char)text[q];
		size_t p, n;

		if (sr__text_cls[b] & SR_TC_DIGIT)
			return 1;
		if (!(sr__text_cls[b] & SR_TC_ALPHA))
			continue;
		if (sr__text_cls[(unsigned char)text[q + 1]] & SR_TC_ALPHA)
			continue; /* not the run's last letter */
		for (p = q;
		     p > lo &&
		     (sr__text_cls[(unsigned char)text[p - 1]] & SR_TC_ALPHA);
		     p--)
			;
		n = q + 1 - p;
		if (p > lo &&
		    (sr__text_cls[(unsigned char)text[p - 1]] & SR_TC_DIGIT))
			return 1; /* "3rd" */
		if (n < 16 &&
		    (end_lens[SR_TWL((unsigned char)text[p],
				     n > 1 ? (unsigned char)text[p + 1] : 0)] >>
			 n &
		     1))
			return 1;
		if (p <= from - 1)
			break;
		q = p;
	}
	return 0;
}

int sr__number_at(const char *text, size_t off, size_t end,
		  struct sr_number *out)
{
	struct sr_twcache wc;
	struct cur c = { text, 0, end, &wc };

	if (off >= end || !good_start(text, 0, off))
		return 0;
	sr__twcache_init(&wc);
	return parse_phrase(&c, off, out);
}

/* The phrases of the runs of letters and digits at text[i..lim), lim at
 * no run's middle, into out (*count of them so far, at most cap); returns
 * where the scan goes on (past lim when a phrase ends there). */
static size_t numbers_in(struct cur *c, size_t i, size_t lim,
			 struct sr_number *out, size_t *count, size_t cap)
{
	const char *text = c->t;

	while (i < lim && *count < cap) {
		size_t e = i;

		if (!(sr__text_cls[(unsigned char)text[i]] & SR_TC_ALNUM)) {
			i++;
			continue;
		}
		if (good_start(text, c->lo, i)) {
			if (may_start(c, i, &e) &&
			    parse_phrase(c, i, &out[*count])) {
				i = out[*count].span.off + out[*count].span.len;
				(*count)++;
				continue;
			}
		}
		i = e;
		i = sr__text_run_end(text, i, c->end, SR_TC_ALNUM);
		if (i < lim && text[i] == ' ')
			i++; /* the usual space, without a turn of the loop */
	}
	return i;
}

size_t sr__numbers(const char *text, struct sr_span span, struct sr_number *out,
		   size_t cap)
{
	return sr__numbers_tok(text, span, NULL, 0, out, cap);
}

/* Token by token, as sr__dates_tok: a plain word is one run of letters
 * whose length is known, so may_start reads only its first two letters
 * for the filter (start_lens); punctuation has no run; the bytes of any
 * other token, and all after the last token, are read by numbers_in.
 * (Only white space lies between tokens, and no run goes on from one
 * token into the next.) */
size_t sr__numbers_tok(const char *text, struct sr_span span,
		       const struct sr_token *tok, size_t ntok,
		       struct sr_number *out, size_t cap)
{
	size_t i = span.off, end = (size_t)span.off + span.len, count = 0, k;
	struct sr_twcache wc;
	struct cur c = { text, span.off, end, &wc };

	pthread_once(&start_once, build_start_lens);
	sr__twcache_init(&wc);
	if (!tok || i >= end || count >= cap)
		ntok = 0;
	/* (the tokens lie in the span, in order: only a phrase read takes i
	 * past a token's end or adds to count, and the loop stops there
	 * when the span or out is full; a token that starts at or after i
	 * needs no test of its end) */
	for (k = 0; k < ntok; k++) {
		const struct sr_token *o = &tok[k];
		size_t off = o->span.off, n = o->span.len, e;

		if (off < i || !o->plain) {
			if (off + n <= i)
				continue;
			if (off < i || o->kind != SR_TOK_PUNCT) {
				i = numbers_in(&c, off < i ? i : off, off + n,
					       out, &count, cap);
				if (i >= end || count >= cap)
					break;
			} else {
				i = off + n;
			}
			continue;
		}
		i = off + n;
		if (n < 16 &&
		    (start_lens[SR_TWL((unsigned char)text[off],
				       n > 1 ? (unsigned char)text[off + 1]
					     : 0)] >>
			 n &
		     1) &&
		    good_start(text, span.off, off)) {
			const struct sr_tword *w = word(&c, off, &e);

			if (w && starts_phrase(w) &&
			    parse_phrase(&c, off, &out[count])) {
				i = out[count].span.off + out[count].span.len;
				count++;
				if (i >= end || count >= cap)
					break;
			}
		}
	}
	if (i < end)
		numbers_in(&c, i, end, out, &count, cap);
	return count;
}
