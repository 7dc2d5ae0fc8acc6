/*
 * match.c - questions the extractor asks of a sentence: words before and
 * after an offset, cues and entries among its lexicon matches, its clauses
 * (cached marks), negation, passive voice, capitalisation, and the kind
 * helpers.  Exports sr__prev_word, sr__next_word, sr__cue_at and the
 * sr__x_ helpers of rules.h.  No event is built here.
 */
#include "rules.h"

#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- word helpers ---- */

/* sr__next_word at b, where a single quote stands: past an opening one
 * ("blaming 'saboteurs'"); a closing one, with a blank after it, is no
 * word ("had 'completed the liberation' of Avdiivka": the next word is
 * "of"); a quote with neither is read as a word of its own. */
struct sr_span sr__next_word_quote(const char *text, size_t end, size_t b,
				   int skip_the)
{
	const unsigned char *t = (const unsigned char *)text;
	struct sr_span w;
	size_t e;

	if (b + 1 < end && sr__word_byte[t[b + 1]] == SR_WB_WORD &&
	    t[b + 1] != '\'')
		b++;
	else if (b + 1 < end && sr__word_byte[t[b + 1]] == SR_WB_BLANK)
		return sr__next_word(text, end, b + 1, skip_the);
	for (e = b + 1; e < end && sr__word_byte[t[e]] == SR_WB_WORD; e++)
		;
	w.off = (uint32_t)b;
	w.len = (uint32_t)(e - b);
	if (skip_the && sr__word_is(text, w, "the"))
		return sr__next_word(text, end, e, 0);
	return w;
}

/* Bytes of a word (1): ASCII letters and digits, ' and -, and every byte
 * of a multi-byte character; the blanks between words (2): ' ' and '\n'.
 * One table lookup per byte: the rules ask for the words around an offset
 * hundreds of times per sentence (sr__prev_word, sr__next_word in
 * frame.h). */
/* clang-format off */
const unsigned char sr__word_byte[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	2, 0, 2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};
/* clang-format on */

/* sr__word_scan past its filter (an entry is skipped on its first letter,
 * then compared up to the first letter that differs).  Out of line: the
 * registers it needs saved cost more than the filter. */
__attribute__((noinline)) static int compare_words(const char *text,
						   struct sr_span w,
						   const char *const *list,
						   size_t n)
{
	const unsigned char *t = (const unsigned char *)text + w.off;
	unsigned char a0, l0, mask;
	size_t k, i;

	if (!w.len) {
		for (k = 0; k < n; k++)
			if (list[k][0] == '\0')
				return 1;
		return 0;
	}
	a0 = t[0];
	l0 = a0 | 0x20;
	/* s[0] == a0 or (a0 | 0x20), tested by one compare under a mask:
	 * when the two differ (bit 0x20), the mask drops that bit.  The end
	 * of s matches neither (a NUL byte in the text is taken as a space,
	 * which alone it would match). */
	mask = a0 == l0 || !a0 ? 0xff : 0xdf;
	l0 &= mask;
	for (k = 0; k < n; k++) {
		const unsigned char *s = (const unsigned char *)list[k];

		if ((s[0] & mask) != l0)
			continue;
		for (i = 1; i < w.len; i++) {
			unsigned char a = t[i];
			unsigned char b = s[i];

			if (!b || (a != b && (a | 0x20) != b))
				break;
		}
		if (i == w.len && s[i] == '\0')
			return 1;
	}
	return 0;
}
int sr__word_scan(const char *text, struct sr_span w, const char *const *list,
		  size_t n)
{
	const struct sr_wfilter *f =
	    &sr__wfilters[((uintptr_t)list >> 3) & (SR_WFILTERS - 1)];

	/* the list's filter, when its slot holds it (sr__word_in fills it
	 * for a word, sr__wlist_scan does not), turns down most words its
	 * first bits let pass, and answers for an empty one */
	if (f->list == list && f->n == n) {
		if (!w.len)
			return f->empty;
		if (!((f->bits2 >>
		       sr__wf_bit2((unsigned char)text[w.off], w.len)) &
		      1))
			return 0;
	}
	return compare_words(text, w, list, n);
}
_Thread_local struct sr_wfilter sr__wfilters[SR_WFILTERS];

void sr__wfilter_fill(struct sr_wfilter *f, const char *const *list, size_t n)
{
	size_t k;

	f->list = list;
	f->n = n;
	f->bits = 0;
	f->bits2 = 0;
	f->empty = 0;
	/* an empty word matches only an empty span: in no bit */
	for (k = 0; k < n; k++)
		if (list[k][0]) {
			unsigned char c = (unsigned char)list[k][0];
			size_t len = strlen(list[k]);

			f->bits |= 1ull << sr__wf_bit(c, len);
			f->bits2 |= 1ull << sr__wf_bit2(c, len);
		} else {
			f->empty = 1;
		}
}
void sr__wlist_build(struct sr_wlist *l)
{
	size_t i, b, k = 0;

	/* an entry matches a word only with the same length and a first
	 * byte equal to the word's, or to it | 0x20: the same bucket */
	for (i = 0; i < l->n; i++) {
		size_t len = strlen(l->w[i]);

		l->lens[((unsigned char)l->w[i][0] | 0x20) & 31] |=
		    1u << (len < 31 ? len : 31);
	}
	if (l->n > SR_WLIST_MAX)
		return; /* no index: sr__wlist_scan compares every word */
	/* the index: the words of each bucket, in list order */
	for (b = 0; b < 32; b++) {
		l->start[b] = (unsigned char)k;
		for (i = 0; i < l->n; i++)
			if ((((unsigned char)l->w[i][0] | 0x20) & 31) == b)
				l->order[k++] = (unsigned char)i;
	}
	l->start[32] = (unsigned char)k;
}
int sr__wlist_scan(const char *text, struct sr_span w, const struct sr_wlist *l)
{
	const unsigned char *t = (const unsigned char *)text + w.off;
	unsigned b;
	size_t k, i;

	/* (a NUL byte, in no word of the text, matches no first byte of a
	 * word in the index as sr__word_scan has it) */
	if (!w.len || !t[0] || l->n > SR_WLIST_MAX)
		return sr__word_scan(text, w, l->w, l->n);
	/* the words of w's bucket, compared as sr__word_scan does: the
	 * first byte equal to w's, or to it | 0x20, the others equal or
	 * equal to w's | 0x20, and no more of them */
	b = (t[0] | 0x20) & 31;
	for (k = l->start[b]; k < l->start[b + 1]; k++) {
		const unsigned char *s =
		    (const unsigned char *)l->w[l->order[k]];

		if (s[0] != t[0] && s[0] != (t[0] | 0x20))
			continue;
		for (i = 1; i < w.len; i++)
			if (!s[i] || (t[i] != s[i] && (t[i] | 0x20) != s[i]))
				break;
		if (i == w.len && s[i] == '\0')
			return 1;
	}
	return 0;
}

int sr__cue_find(const struct actx *c, const struct sent *s, uint32_t off)
{
	uint32_t i, lo = s->m0, hi = s->m1;

	while (lo < hi) { /* first match starting at or after off */
		uint32_t mid = lo + (hi - lo) / 2;

		if (c->m[mid].off < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < s->m1; i++) {
		const struct sr_entry *e;

		if (c->m[i].off > off)
			break;
		if (c->m[i].off != off)
			continue;
		e = sr__match_entry(c, i);
		if (e->type == SR_ENT_CUE)
			return e->sub;
	}
	return 0;
}
/* 1 if match i lies inside a longer match of a cue, trigger or weapon:
 * "claimed" in "claimed the life of", "battle" in "battle tanks". */
int sr__x_inside_longer(const struct actx *c, const struct sent *s, uint32_t i)
{
	uint32_t j, lo = c->m[i].off, hi = lo + c->m[i].len;

	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *e = sr__match_entry(c, j);

		if (c->m[j].off > lo)
			break;
		if (j == i || c->m[j].len <= c->m[i].len ||
		    c->m[j].off + c->m[j].len < hi)
			continue;
		if (e->type == SR_ENT_CUE || e->type == SR_ENT_TRIGGER ||
		    e->type == SR_ENT_WEAPON)
			return 1;
	}
	return 0;
}
static int is_clause_mark(char ch)
{
	return ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')';
}
/* sr__x_clause_of for a sentence whose marks are not known yet (or that
 * has too many to keep): finds them, then answers. */
struct sr_span sr__x_clause_find(const struct actx *c, const struct sent *s,
				 uint32_t off)
{
	struct sent *w = (struct sent *)s;
	struct sr_span r;
	uint32_t lo = s->span.off, hi = s->span.off + s->span.len, i;

	/* the marks of a sentence are found once, then looked up: memchr
	 * (vectorised in the C library) finds each of the five in turn,
	 * as a sentence has few marks, then they are put in order */
#if defined(__SSE2__)
	/* with SSE2 (every x86-64): one pass, 16 bytes at a time, finds
	 * them in order; the same marks, and n reaches 16 as the five
	 * searches below do, when the sentence has 16 or more */
	if (w->nmark < 0) {
		const char *t = c->text;
		uint32_t n = 0, p;

		for (p = lo; p < hi && n < SR_ARRAY_LEN(w->mark); p += 16) {
			unsigned m = 0;

			/* the last bytes, fewer than 16, by the 16 that end
			 * the sentence (q, back over bytes already read,
			 * whose bits are shifted out), when it has as many */
			if (hi - p >= 16 || hi - lo >= 16) {
				uint32_t q = hi - p >= 16 ? p : hi - 16;
				__m128i x = _mm_loadu_si128(
				    (const __m128i *)(const void *)(t + q));
				__m128i y = _mm_or_si128(
				    _mm_or_si128(
					_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
					_mm_cmpeq_epi8(x, _mm_set1_epi8(';'))),
				    _mm_or_si128(
					_mm_cmpeq_epi8(x, _mm_set1_epi8(':')),
					_mm_or_si128(
					    _mm_cmpeq_epi8(x,
							   _mm_set1_epi8('(')),
					    _mm_cmpeq_epi8(
						x, _mm_set1_epi8(')')))));

				m = (unsigned)_mm_movemask_epi8(y) >> (p - q);
			} else {
				uint32_t j;

				for (j = 0; j < hi - p; j++)
					if (is_clause_mark(t[p + j]))
						m |= 1u << j;
			}
			for (; m && n < SR_ARRAY_LEN(w->mark); m &= m - 1)
				w->mark[n++] = p + (uint32_t)__builtin_ctz(m);
		}
		w->nmark = (int)n;
		if (n == SR_ARRAY_LEN(w->mark))
			w->nmark = -2; /* too many: scan each time */
	}
#else
	if (w->nmark < 0) {
		static const char marks[] = ",;:()";
		const char *end = c->text + hi;
		uint32_t n = 0, k, j;

		for (k = 0; marks[k] && n < SR_ARRAY_LEN(w->mark); k++) {
			const char *p = c->text + lo;

			while (n < SR_ARRAY_LEN(w->mark) &&
			       (p = memchr(p, marks[k], (size_t)(end - p)))) {
				uint32_t at = (uint32_t)(p - c->text);

				for (j = n; j > 0 && w->mark[j - 1] > at; j--)
					w->mark[j] = w->mark[j - 1];
				w->mark[j] = at;
				n++;
				p++;
			}
		}
		w->nmark = (int)n;
		if (n == SR_ARRAY_LEN(w->mark))
			w->nmark = -2; /* too many: scan each time */
	}
#endif
	if (w->nmark == -2) {
		uint32_t a = off, b = off;

		while (a > lo && !is_clause_mark(c->text[a - 1]))
			a--;
		while (b < hi && !is_clause_mark(c->text[b]))
			b++;
		r.off = a;
		r.len = b - a;
		return r;
	}
	for (i = 0; i < (uint32_t)w->nmark; i++) {
		if (w->mark[i] < off)
			lo = w->mark[i] + 1;
		else {
			hi = w->mark[i];
			break;
		}
	}
	r.off = lo;
	r.len = hi - lo;
	return r;
}
int sr__x_cue_in(const struct actx *c, const struct sent *s, struct sr_span r,
		 int cue)
{
	uint32_t i;

	if (!((s->cues >> cue) & 1u))
		return 0; /* not in the sentence at all */
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off >= r.off + r.len)
			break;
		if (c->m[i].off >= r.off && e->type == SR_ENT_CUE &&
		    e->sub == cue)
			return 1;
	}
	return 0;
}
static int kind_named(const struct actx *c, int kind, const char *name)
{
	const struct sr_kind *k = sr__lex_kind(c->lx, kind);

	return k && sr__streq(k->name, name);
}
/* 1 if a negation cue stands within three words before off. */
int sr__x_negated_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	struct sr_span w;
	int k, r;
	size_t pos = off;

	/* (trigger.c negated_b asks the same of the words it keeps) */
	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, pos, 0);
		if (!w.len)
			return 0;
		if ((r = sr__x_negation_step(c->text, w, &pos)) >= 0)
			return r;
	}
	return 0;
}
int sr__x_has_actor_type(const struct actx *c, const struct sent *s, int type)
{
	uint32_t i;

	if (type >= 0 && type < 32)
		return (s->actors >> type) & 1u;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_ACTOR && e->sub == type)
			return 1;
	}
	return 0;
}
int sr__x_has_trigger_kind(const struct actx *c, const struct sent *s,
			   const char *name)
{
	uint32_t i;

	/* s->tkinds has the bit of the kind of each trigger match whose
	 * kind is below 64: with no kind at 64 or above, only the kinds of
	 * its bits are asked, not every match of the sentence */
	if (sr__lex_kind_count(c->lx) <= 64) {
		uint64_t b;

		for (b = s->tkinds; b; b &= b - 1)
			if (kind_named(c, __builtin_ctzll(b), name))
				return 1;
		return 0;
	}
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
		    kind_named(c, e->kind, name))
			return 1;
	}
	return 0;
}
int sr__x_has_locative_place(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	for (i = s->p0; i < s->p1; i++)
		if (c->pm[i].place != UINT32_MAX &&
		    (c->pm[i].prep == SR_CUE_IN || c->pm[i].prep == SR_CUE_ON ||
		     c->pm[i].prep == SR_CUE_NEAR ||
		     c->pm[i].prep == SR_CUE_OVER))
			return 1;
	return 0;
}
/* ---- actors ---- */

int sr__x_is_locative(int cue)
{
	return cue == SR_CUE_IN || cue == SR_CUE_ON || cue == SR_CUE_NEAR ||
	       cue == SR_CUE_OVER || cue == SR_CUE_FROM;
}
/* Words between two spans: 1 if only " and " or ", " or "/" */
int sr__x_coordinated(const char *text, uint32_t end, uint32_t next)
{
	size_t n = next - end;

	return (n == 5 && memcmp(text + end, " and ", 5) == 0) ||
	       (n == 2 && memcmp(text + end, ", ", 2) == 0) ||
	       (n == 9 && memcmp(text + end, " and the ", 9) == 0);
}
/* Number of words between end and off (0 if adjacent). */
int sr__x_words_between(const char *text, uint32_t end, uint32_t off)
{
	int n = 0;
	uint32_t p = end;

	while (p < off) {
		struct sr_span w = sr__next_word(text, off, p, 0);

		if (!w.len)
			break;
		n++;
		p = w.off + w.len;
	}
	return n;
}
/* ---- status ---- */

void sr__x_trim_span(const char *text, struct sr_span *sp)
{
	while (sp->len && (text[sp->off] == ' ' || text[sp->off] == ',' ||
			   text[sp->off] == '"' || text[sp->off] == '\n')) {
		sp->off++;
		sp->len--;
	}
	while (sp->len && (text[sp->off + sp->len - 1] == ' ' ||
			   text[sp->off + sp->len - 1] == ',' ||
			   text[sp->off + sp->len - 1] == '.' ||
			   text[sp->off + sp->len - 1] == '"'))
		sp->len--;
}
/* ---- roles ---- */

/* 1 if the word at off ends in "ing": after "was" or "are" it is a
 * progressive ("troops were fighting", "are shelling"), never a passive. */
static int ing_word_at(const struct actx *c, const struct sent *s, uint32_t off)
{
	uint32_t end = s->span.off + s->span.len, e = off;

	while (e < end && sr__text_alpha((unsigned char)c->text[e]))
		e++;
	return e - off > 4 && memcmp(c->text + e - 3, "ing", 3) == 0;
}

int sr__x_passive_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	if (ing_word_at(c, s, off))
		return 0;

	if (w.len && (sr__word_is(c->text, w, "reportedly") ||
		      sr__word_is(c->text, w, "also") ||
		      sr__word_is(c->text, w, "heavily")))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && (sr__word_is(c->text, w, "was") ||
			 sr__word_is(c->text, w, "were") ||
			 sr__word_is(c->text, w, "been") ||
			 sr__word_is(c->text, w, "be") ||
			 sr__word_is(c->text, w, "being") ||
			 sr__word_is(c->text, w, "is") ||
			 sr__word_is(c->text, w, "are") ||
			 sr__word_is(c->text, w, "came") ||
			 sr__word_is(c->text, w, "come") ||
			 sr__word_is(c->text, w, "got"));
}
/* The bytes most common in English text: the space and "etaoins". */
static const unsigned char common_byte[256] = {
	[' '] = 1, ['e'] = 1, ['t'] = 1, ['a'] = 1,
	['o'] = 1, ['i'] = 1, ['n'] = 1, ['s'] = 1,
};
/* The first place in text[sp] where the bytes of w occur, or NULL.
 * Always inline: sr__x_has_text asks it without a call of its own. */
__attribute__((always_inline)) static inline const char *
find_text(const char *text, struct sr_span sp, const char *w, size_t n)
{
	size_t j = 0;
	const char *p = text + sp.off, *end = text + sp.off + sp.len, *q;

	/* memchr finds the candidates for the first byte of w that is not
	 * one of the most common (at j): rules ask for " was " or " more
	 * than", and a memchr for the space stopped at every word.  The
	 * last byte is compared before memcmp is called for the whole. */
	while (j + 1 < n && common_byte[(unsigned char)w[j]])
		j++;
	/* places p .. end - n, whose byte j is at p + j .. end - n + j */
	while (n && (size_t)(end - p) >= n &&
	       (q = memchr(p + j, w[j], (size_t)(end - p) - n + 1)) != NULL) {
		p = q - j;
		if (n == 1 || (p[n - 1] == w[n - 1] && memcmp(p, w, n) == 0))
			return p;
		p++;
	}
	return NULL;
}
/* 1 if the bytes of w occur in text[sp].  (In parentheses: rules.h
 * makes the name a macro, for sr__x_has_text_n.) */
int(sr__x_has_text)(const char *text, struct sr_span sp, const char *w)
{
	return find_text(text, sp, w, strlen(w)) != NULL;
}
int sr__x_has_text_n(const char *text, struct sr_span sp, const char *w,
		     size_t n)
{
	return find_text(text, sp, w, n) != NULL;
}
const char *sr__x_find_text(const char *text, struct sr_span sp, const char *w)
{
	return find_text(text, sp, w, strlen(w));
}
int sr__x_has_digit(const char *text, struct sr_span sp)
{
	const unsigned char *t = (const unsigned char *)text + sp.off;
	uint32_t n = sp.len, q = 0;

#if defined(__SSE2__)
	/* sixteen bytes a step (bytes of 0x80 and above compare as below
	 * '0'); the last few by the sixteen that end the span, back over
	 * some already read */
	if (n >= 16) {
		for (;; q += 16) {
			uint32_t p = q + 16 <= n ? q : n - 16;
			__m128i x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(t + p));
			__m128i d = _mm_and_si128(
			    _mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
			    _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));

			if (_mm_movemask_epi8(d))
				return 1;
			if (p + 16 >= n)
				return 0;
		}
	}
#endif
	for (; q < n; q++)
		if (t[q] >= '0' && t[q] <= '9')
			return 1;
	return 0;
}
/* Where w stands in each phrase of a list of sr__x_has_phrase_with and
 * the phrases' lengths, kept per thread in a slot found by the list's
 * address: the lists are static arrays, never changed (as the filters
 * of sr__word_in), and were measured again at every sentence with w. */
struct phrase_memo {
	const char *const *say;
	const char *w;
	size_t n;
	size_t at[8], len[8];
};
static _Thread_local struct phrase_memo phrase_memos[16];

int sr__x_has_phrase_with(const char *text, struct sr_span sp, const char *w,
			  const char *const *say, size_t n)
{
	size_t wl = strlen(w), k, j;
	const char *lo = text + sp.off, *end = lo + sp.len, *p = lo;
	struct phrase_memo *pm =
	    &phrase_memos[((uintptr_t)say >> 3) % SR_ARRAY_LEN(phrase_memos)];
	const size_t *at = pm->at, *len = pm->len;
	int ready = pm->say == say && pm->w == w && pm->n == n;

	assert(n <= SR_ARRAY_LEN(pm->at));
	while (wl && (size_t)(end - p) >= wl &&
	       (p = memchr(p, w[0], (size_t)(end - p) - wl + 1)) != NULL) {
		/* w is a short word: compared here, not by a call */
		for (j = 1; j < wl && p[j] == w[j]; j++)
			;
		if (j < wl) {
			p++;
			continue;
		}
		/* where w stands in each phrase, found at the first w: a
		 * phrase that occurs has w there */
		if (!ready) {
			for (k = 0; k < n; k++) {
				pm->at[k] =
				    (size_t)(strstr(say[k], w) - say[k]);
				pm->len[k] = strlen(say[k]);
			}
			pm->say = say;
			pm->w = w;
			pm->n = n;
			ready = 1;
		}
		for (k = 0; k < n; k++)
			if ((size_t)(p - lo) >= at[k] &&
			    len[k] - at[k] <= (size_t)(end - p) &&
			    memcmp(p - at[k], say[k], len[k]) == 0)
				return 1;
		p++;
	}
	return 0;
}
int sr__x_word_behind(const struct actx *c, const struct sent *s, uint32_t off,
		      int n, const char *const *list, size_t nlist)
{
	struct sr_span w = { off, 0 };
	int k;

	for (k = 0; k < n; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, list, nlist))
			return 1;
	}
	return 0;
}
/* 1 if off in sentence s lies inside a quotation that gives the words
 * of a banner, a sign or a chant ("banners reading 'Don't be silent,
 * captivity kills'", "chanting \"Killers out\""): a slogan tells no
 * event.  (Not a quotation after "said": what a witness says may.) */
int sr__x_in_slogan(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const intro[] = {
		"chanting", "chanted", "shouting", "shouted", "slogan",
		"slogans",  "banner",  "banners",  "placard", "placards",
		"sign",	    "signs",   "posters",  "words",   "inscription",
	};
	/* (what a statement "read" or "said" may tell an event: these
	 * verbs give a slogan only after a sign, "placards that read") */
	static const char *const verbs[] = { "reading", "read", "reads",
					     "saying", "said" };
	const unsigned char *t = (const unsigned char *)c->text;
	uint32_t p = off, q = 0;
	int open = 0, k;
	struct sr_span w;

	/* most sentences open no quotation: found once per sentence */
	if (s->quote < 0) {
		struct sent *ws = (struct sent *)s;
		uint32_t i, lim = s->span.off + s->span.len;

		const unsigned char *q0;

		ws->quote = memchr(t + s->span.off, '"', s->span.len) != NULL;
		for (i = s->span.off; !ws->quote && i < lim; i++) {
			q0 = memchr(t + i, '\'', lim - i);
			if (!q0)
				break;
			i = (uint32_t)(q0 - t);
			ws->quote = i == s->span.off || t[i - 1] == ' ';
		}
		for (i = s->span.off; !ws->quote && i < lim; i++) {
			q0 = memchr(t + i, 0xe2, lim - i);
			if (!q0)
				break;
			i = (uint32_t)(q0 - t);
			ws->quote = i + 2 < lim && t[i + 1] == 0x80 &&
				    (t[i + 2] == 0x98 || t[i + 2] == 0x9c);
		}
	}
	if (!s->quote)
		return 0;

	/* the nearest quotation mark before off that opens a quotation:
	 * a straight quote after a space, or a left curly quote */
	while (p > s->span.off) {
		p--;
		if ((t[p] == '\'' || t[p] == '"') &&
		    (p == s->span.off || t[p - 1] == ' ')) {
			open = 1;
			q = p;
			break;
		}
		if (p + 2 < off && t[p] == 0xe2 && t[p + 1] == 0x80 &&
		    (t[p + 2] == 0x98 || t[p + 2] == 0x9c)) {
			open = 1;
			q = p;
			break;
		}
		/* a closing mark first (after a word, not before a letter:
		 * not the apostrophe of "Don't"): off is outside any
		 * quotation */
		if ((t[p] == '"' || t[p] == '\'') && p > s->span.off &&
		    t[p - 1] != ' ' && !(sr__text_cls[t[p + 1]] & SR_TC_ALPHA))
			return 0;
		if (p + 2 < off && t[p] == 0xe2 && t[p + 1] == 0x80 &&
		    (t[p + 2] == 0x99 || t[p + 2] == 0x9d) &&
		    !(sr__text_cls[t[p + 3]] & SR_TC_ALPHA))
			return 0;
	}
	if (!open)
		return 0;
	/* the word before it, or before the quotations listed with it
	 * ("reading 'Free Azov' and 'Don't be silent'") */
	w = sr__prev_word(c->text, s->span.off, q, 0);
	for (k = 0; k < 8 && w.len; k++) {
		if (sr__word_in(c->text, w, intro, SR_ARRAY_LEN(intro)))
			return 1;
		if (sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs))) {
			struct sr_span v = w;
			int j;

			for (j = 0; j < 4; j++) {
				v = sr__prev_word(c->text, s->span.off, v.off,
						  0);
				if (!v.len)
					break;
				if (sr__word_in(c->text, v, intro,
						SR_ARRAY_LEN(intro)))
					return 1;
			}
			return 0;
		}
		if (k == 0 && !sr__word_is(c->text, w, "and") &&
		    !sr__word_is(c->text, w, "or"))
			return 0;
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	}
	return 0;
}
/* 1 if one of the words list[0..nlist) stands among the n words after
 * off in sentence s, before any of stops[0..nstops) ("burned more than 100
 * houses": a property noun within five words, "to"/"in" end the search). */
int sr__x_word_ahead(const struct actx *c, const struct sent *s, uint32_t off,
		     int n, const char *const *list, size_t nlist,
		     const char *const *stops, size_t nstops)
{
	struct sr_span w = { off, 0 };
	int k;

	for (k = 0; k < n; k++) {
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, list, nlist))
			return 1;
		if (nstops && sr__word_in(c->text, w, stops, nstops))
			return 0;
	}
	return 0;
}
/* 1 if trigger entry te says a side leaves ground ("withdrew from",
 * "pulled out of", "retreated from", "ordered its troops out of",
 * "allowed units to leave"), not that one enters it unopposed or hands
 * it over. */
int sr__x_withdrawal_word(const struct sr_entry *te)
{
	return sr__x_starts(te->phrase, "withdr") ||
	       sr__x_starts(te->phrase, "pull") ||
	       sr__x_starts(te->phrase, "retreat") ||
	       strstr(te->phrase, " out of") != NULL ||
	       strstr(te->phrase, " to leave") != NULL;
}
/* 1 if the toll cue m (entry e) is "to death" after a sentence ("a court
 * sentenced two men to death"): a verdict, no killing. */
int sr__x_sentenced_to_death(const struct actx *c, const struct sent *s,
			     const struct sr_match *m, const struct sr_entry *e)
{
	static const char *const verdicts[] = { "sentenced", "condemned",
						"sentence", "sentences",
						"sentencing" };

	return sr__streq(e->phrase, "to death") &&
	       sr__x_word_behind(c, s, m->off, 6, verdicts,
				 SR_ARRAY_LEN(verdicts));
}
/* 1 if the toll cue m tells deaths in an accident, not an attack: "killed
 * in Novi Sad when the station canopy fell" (a fall in a "when" clause
 * within eight words after it), "the collapse of a canopy that killed
 * 15", "died in a bus crash" (an accident word in the toll's clause, up to
 * twelve words before it or four after).  Never with a weapon in the
 * sentence ("killed when a shell hit the bus"). */
int sr__x_accident_toll(const struct actx *c, const struct sent *s,
			const struct sr_match *m)
{
	static const char *const falls[] = {
		"fell",	    "collapsed", "caved",      "crashed", "capsized",
		"derailed", "sank",	 "overturned", "gave",	  "collided",
	};
	static const char *const shape[] = { "the",	  "a",	  "partly",
					     "partially", "half", "fully" };
	uint32_t end = m->off + m->len, send = s->span.off + s->span.len, i;
	struct sr_span w, cl;
	int k;

	if ((s->types >> SR_ENT_WEAPON) & 1u)
		return 0;
	w.off = end;
	w.len = 0;
	for (k = 0; k < 8; k++) {
		w = sr__next_word(c->text, send, w.off + w.len, 0);
		if (!w.len)
			break;
		if (sr__word_is(c->text, w, "when")) {
			if (sr__x_word_ahead(c, s, w.off + w.len, 6, falls,
					     SR_ARRAY_LEN(falls), NULL, 0))
				return 1;
			break;
		}
	}
	if (!((s->cues >> SR_CUE_ACCIDENT) & 1u))
		return 0;
	cl = sr__x_clause_of(c, s, m->off);
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		uint32_t off = c->m[i].off, aend = off + c->m[i].len;

		if (e->type != SR_ENT_CUE || e->sub != SR_CUE_ACCIDENT ||
		    off < cl.off || aend > cl.off + cl.len)
			continue;
		/* "the partly collapsed block", "a collapsed house": a
		 * building as a strike left it, no fall that killed */
		if (sr__strncaseeq(c->text + off, aend - off, "collapsed") &&
		    sr__word_in(c->text,
				sr__prev_word(c->text, s->span.off, off, 0),
				shape, SR_ARRAY_LEN(shape)))
			continue;
		if (aend <= m->off &&
		    sr__x_words_between(c->text, aend, m->off) <= 12)
			return 1;
		if (off >= end && sr__x_words_between(c->text, end, off) <= 4)
			return 1;
	}
	return 0;
}
