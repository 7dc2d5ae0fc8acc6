/*
 * rules.h - what the parts of the extractor share: the per-event frame and
 * actor records, and the sentence queries, trigger choice, role, count and
 * status readers each part exports to the others (sr__x_ names).  Only
 * src/extract/ includes it.
 */
#ifndef SR_EXTRACT_RULES_H
#define SR_EXTRACT_RULES_H

#include "frame.h"

#if defined(__SSE2__)
#include <emmintrin.h>

/* The three overlapping 16-byte loads a trigram test compares: bytes q,
 * q+1 and q+2 of each of sixteen places, with 0x20 set in each when fold
 * (ASCII letters in either case).  For the SSE2 trigram prechecks
 * (sr__tri_any, no_hits_trigrams). */
struct sr_tri {
	__m128i x0, x1, x2;
};
__attribute__((always_inline)) static inline struct sr_tri
sr__tri_load(const unsigned char *p, int fold)
{
	const __m128i low = _mm_set1_epi8(fold ? 0x20 : 0);
	struct sr_tri t;

	t.x0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p),
			    low);
	t.x1 = _mm_or_si128(
	    _mm_loadu_si128((const __m128i *)(const void *)(p + 1)), low);
	t.x2 = _mm_or_si128(
	    _mm_loadu_si128((const __m128i *)(const void *)(p + 2)), low);
	return t;
}
/* Where in the sixteen places of t the trigram a b d starts (0xff bytes). */
__attribute__((always_inline)) static inline __m128i
sr__tri_eq(const struct sr_tri *t, char a, char b, char d)
{
	return _mm_and_si128(
	    _mm_and_si128(_mm_cmpeq_epi8(t->x0, _mm_set1_epi8(a)),
			  _mm_cmpeq_epi8(t->x1, _mm_set1_epi8(b))),
	    _mm_cmpeq_epi8(t->x2, _mm_set1_epi8(d)));
}
#endif

/* 1 if one of the k trigrams tri[0..3k) (lower-case letters) occurs in
 * the n bytes at text, in either case: the cheap precheck before a rule
 * reads the words of a span for a list whose every word holds one of
 * them.  Sixteen places a step with SSE2, the last few in one more step
 * back over some already looked at (a trigram found twice is found).
 * Always inline: with a literal tri and k the compares are constants. */
__attribute__((always_inline)) static inline int
sr__tri_any(const char *text, size_t n, const char *tri, size_t k)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t q = 0, j;

#if defined(__SSE2__)
	for (; q + 3 <= n && n >= 18; q += 16) {
		struct sr_tri x;
		__m128i any = _mm_setzero_si128();

		if (q + 18 > n)
			q = n - 18;
		x = sr__tri_load(t + q, 1);
		/* (unrolled, so each trigram's bytes are constants) */
#pragma GCC unroll 8
		for (j = 0; j < k; j++)
			any = _mm_or_si128(any, sr__tri_eq(&x, tri[3 * j],
							   tri[3 * j + 1],
							   tri[3 * j + 2]));
		if (_mm_movemask_epi8(any))
			return 1;
		if (q + 18 == n)
			return 0;
	}
#endif
	for (; q + 3 <= n; q++)
#pragma GCC unroll 8
		for (j = 0; j < k; j++)
			if ((t[q] | 0x20) == (unsigned char)tri[3 * j] &&
			    (t[q + 1] | 0x20) ==
				(unsigned char)tri[3 * j + 1] &&
			    (t[q + 2] | 0x20) == (unsigned char)tri[3 * j + 2])
				return 1;
	return 0;
}

#define MAX_NUMS   48
#define MAX_DATES  8
#define MAX_ACTORS 16

struct actor {
	struct sr_span span;
	const char *name; /* canonical; may be a "%s" template */
	const char *iso3;
	const struct sr_country *country;
	int type;	 /* enum sr_actor_type, or 0 for a bare country */
	int demonym;	 /* 1 if the words are only a demonym/country */
	int by;		 /* preceded by "by" */
	int loc;	 /* preceded by a locative preposition: a place */
	int claimant;	 /* followed by a claim/deny cue */
	int victim;	 /* "soldiers were killed": acted on */
	int from;	 /* preceded by "from": where fire came from */
	int owns_weapon; /* "a Russian cruise missile": fired it */
};

/* The actors sr__x_collect_actors read last, of sentence s (NULL: none)
 * in its part lim for a kind violent or not: an event's frames and the
 * paragraph's rules ask again for the same ones in a row. */
struct actor_memo {
	const struct sent *s;
	struct sr_span lim;
	int violent;
	struct actor act[MAX_ACTORS];
	size_t nact;
};

struct frame {
	const struct sent *s;
	struct sr_span lim;	/* the part of the sentence this event reads */
	struct sr_span claim;	/* the speaker's words, if read */
	uint32_t trig;		/* match index of the trigger */
	int kind;		/* ontology index */
	const char *rule_extra; /* "+weapon" etc. */
	struct actor act[MAX_ACTORS];
	size_t nact;
	/* the sentence's number phrases: found when first read (counts.c,
	 * sr__x_frame_numbers), as many events need none; the sentence's
	 * own, shared by its frames (in the doc's arena) */
	const struct sr_number *num;
	unsigned char used[MAX_NUMS];
	size_t nnum;
	unsigned char num_ready; /* num and nnum are filled */
	struct sr_date_expr dt[MAX_DATES];
	size_t ndt;
	unsigned char toll; /* made by a toll word, no event word */
};

/* An empty frame.  Only the counts and flags are cleared: act and dt
 * (cleared for every event before) are read only below nact and ndt,
 * which their writers fill, and num (the sentence's) below nnum, set
 * with num_ready. */
static inline void sr__x_frame_clear(struct frame *f)
{
	f->s = NULL;
	f->lim.off = f->lim.len = 0;
	f->claim.off = f->claim.len = 0;
	f->trig = 0;
	f->kind = 0;
	f->rule_extra = NULL;
	f->nact = 0;
	memset(f->used, 0, sizeof(f->used));
	f->num = NULL;
	f->nnum = 0;
	f->num_ready = 0;
	f->ndt = 0;
	f->toll = 0;
}

/* Fill f->num and f->nnum (the number phrases of f's whole sentence)
 * unless they are already: every reader of them calls this first. */
void sr__x_frame_numbers(const struct actx *c, const struct frame *f);
int sr__x_inside_longer(const struct actx *c, const struct sent *s, uint32_t i);
/* The clause around off: bounded by , ; : ( ) or the sentence.  The
 * first question of a sentence finds its marks (match.c); the others
 * are answered here, inline, from them. */
struct sr_span sr__x_clause_find(const struct actx *c, const struct sent *s,
				 uint32_t off);
/* 1 if string s starts with the literal p: strncmp(s, p, strlen(p)) ==
 * 0, with its first two bytes compared inline (the rules ask it of every
 * trigger's phrase, and most phrases start with another letter; tags
 * such as "+default" all start with '+').  s[1] is read only after s[0]
 * was p[0], not the NUL. */
__attribute__((always_inline)) static inline int sr__x_starts(const char *s,
							      const char *p)
{
	size_t n = __builtin_strlen(p);

	return s[0] == p[0] && (n < 2 || s[1] == p[1]) && strncmp(s, p, n) == 0;
}
/* 1 if string s is the literal p (sr__streq), compared inline a byte at
 * a time: for phrases whose first byte is known to be p's already, as
 * in the switch of sr__x_context_fails (sr__streq then always called
 * strcmp, and the call cost more than the compare; most phrases differ
 * from p in their next bytes).  The walk stops at the first byte that
 * differs, so at s's end if s is shorter. */
__attribute__((always_inline)) static inline int sr__x_same(const char *s,
							    const char *p)
{
	size_t n = __builtin_strlen(p), i;

	for (i = 0; i < n; i++)
		if (s[i] != p[i])
			return 0;
	return s[n] == '\0';
}
/* 0 if sentence s surely has no trigger match of kind (an ontology id,
 * or -1 for none): the loops that look for one need not run. */
static inline int sr__x_may_have_tkind(const struct sent *s, int kind)
{
	return kind >= 64 || (kind >= 0 && ((s->tkinds >> kind) & 1u));
}
/* The first trigger match of s at or after match i (m0 <= i <= m1), or
 * s->m1: by the sentence's trig_bits, or i itself when the sentence has
 * more matches than it has bits (the caller then tests the type). */
static inline uint32_t sr__x_trigger_from(const struct sent *s, uint32_t i)
{
	uint32_t n = i - s->m0;
	uint64_t b;

	if (s->m1 - s->m0 > 64)
		return i;
	if (n >= 64)
		return s->m1;
	b = s->trig_bits >> n;
	return b ? i + (uint32_t)__builtin_ctzll(b) : s->m1;
}
static inline struct sr_span sr__x_clause_of(const struct actx *c,
					     const struct sent *s, uint32_t off)
{
	struct sr_span r;
	uint32_t lo = s->span.off, hi = s->span.off + s->span.len, i;

	if (s->nmark < 0)
		return sr__x_clause_find(c, s, off);
	for (i = 0; i < (uint32_t)s->nmark; i++) {
		if (s->mark[i] < off) {
			lo = s->mark[i] + 1;
		} else {
			hi = s->mark[i];
			break;
		}
	}
	r.off = lo;
	r.len = hi - lo;
	return r;
}
int sr__x_cue_in(const struct actx *c, const struct sent *s, struct sr_span r,
		 int cue);
/* 1 if the text from end is spaces and then a line break: what ends
 * there ends its line (a headline, a post's first line). */
static inline int sr__x_line_ends(const struct actx *c, uint32_t end)
{
	while (end < c->len && c->text[end] == ' ')
		end++;
	return end < c->len && c->text[end] == '\n';
}
/* The one-line questions below are inline: the rules ask them tens of
 * thousands of times per megabyte, and a call cost more than the answer. */
static inline int sr__x_in_lim(const struct frame *f, uint32_t off,
			       uint32_t len)
{
	return off >= f->lim.off && off + len <= f->lim.off + f->lim.len;
}
static inline int sr__x_kind_violent(const struct actx *c, int kind)
{
	return kind >= 0 && (size_t)kind < SR_ARRAY_LEN(c->e->violent) &&
	       c->e->violent[kind];
}
/* The first weapon match of the sentence that points to a kind. */
static inline int sr__x_weapon_kind(const struct actx *c, const struct sent *s)
{
	(void)c;
	return s->wkind;
}
static inline int sr__x_sentence_has_cue(const struct actx *c,
					 const struct sent *s, int cue)
{
	(void)c;
	return (s->cues >> cue) & 1u;
}
static inline int sr__x_sentence_has_weapon(const struct actx *c,
					    const struct sent *s)
{
	(void)c;
	return (s->types >> SR_ENT_WEAPON) & 1u;
}
static inline int sr__x_is_cap(const char *text, struct sr_span w)
{
	return w.len && text[w.off] >= 'A' && text[w.off] <= 'Z';
}
int sr__x_negated_before(const struct actx *c, const struct sent *s,
			 uint32_t off);
/* 1 if word w is one of the negations sr__x_negated_before looks for
 * ("no", "not", "never", "nobody", "without", "nor", "didn't",
 * "failed"), in either case. */
static inline int sr__x_negation_word(const char *text, struct sr_span w)
{
	/* the cheap test first: every word starts with n, w, d or f */
	unsigned char ch = (unsigned char)text[w.off] | 0x20;

	return (ch == 'n' || ch == 'w' || ch == 'd' || ch == 'f') &&
	       (sr__word_is(text, w, "no") || sr__word_is(text, w, "not") ||
		sr__word_is(text, w, "never") ||
		sr__word_is(text, w, "nobody") ||
		sr__word_is(text, w, "without") ||
		sr__word_is(text, w, "nor") || sr__word_is(text, w, "didn't") ||
		sr__word_is(text, w, "failed"));
}
/* One step of the walk back over the three words before a trigger that
 * sr__x_negated_before and choose_trigger's negated_b make, at word w
 * (*pos: where the word after it starts): 1 if w is a negation, 0 if a
 * comma after w ends the scope, else -1 (go on; *pos moves to w). */
static inline int sr__x_negation_step(const char *text, struct sr_span w,
				      size_t *pos)
{
	if (sr__x_negation_word(text, w))
		return 1;
	if (w.off + w.len < *pos && text[w.off + w.len] == ',')
		return 0;
	*pos = w.off;
	return -1;
}
int sr__x_has_actor_type(const struct actx *c, const struct sent *s, int type);
int sr__x_has_trigger_kind(const struct actx *c, const struct sent *s,
			   const char *name);
int sr__x_has_locative_place(const struct actx *c, const struct sent *s);
int sr__x_points_back(const struct actx *c, const struct sent *s, uint32_t i,
		      const struct sr_entry *e);
int sr__x_choose_trigger(const struct actx *c, const struct sent *s,
			 int *kind_out, const char **extra_out, int *bg_out);
int sr__x_is_locative(int cue);
int sr__x_coordinated(const char *text, uint32_t end, uint32_t next);
int sr__x_words_between(const char *text, uint32_t end, uint32_t off);
void sr__x_collect_actors(const struct actx *c, struct frame *f);
/* The ISO3 code of the state that speaks in s ("the Russian Defence
 * Ministry said", "according to the ministry" after it), or NULL. */
const char *sr__x_claim_iso3(const struct actx *c, const struct sent *s);
/* The ISO3 code of the state holding the whole region of event ev's
 * place (data/occupied.tsv), found from the place's words; else NULL
 * (roles.c). */
const char *sr__x_region_holder(const struct actx *c,
				const struct sr_event *ev);
const char *sr__x_actor_name(const struct actx *c, const struct actor *a,
			     int kind, const struct sr_event *ev,
			     const char **iso3);
void sr__x_read_counts(const struct actx *c, struct frame *f,
		       struct sr_event *ev);
void sr__x_read_quantity(const struct actx *c, struct frame *f,
			 struct sr_event *ev);
void sr__x_read_weapons(const struct actx *c, const struct frame *f,
			struct sr_event *ev);
void sr__x_trim_span(const char *text, struct sr_span *sp);
void sr__x_read_status(const struct actx *c, const struct frame *f,
		       struct sr_event *ev);
int sr__x_withdrawal_word(const struct sr_entry *te);
/* 1 if the toll cue m tells deaths in an accident ("killed when the roof
 * collapsed", "died in a bus crash"), not in an attack (match.c). */
int sr__x_accident_toll(const struct actx *c, const struct sent *s,
			const struct sr_match *m);
/* 1 if the toll cue m is "to death" after "sentenced"/"condemned". */
int sr__x_sentenced_to_death(const struct actx *c, const struct sent *s,
			     const struct sr_match *m,
			     const struct sr_entry *e);
/* 1 if a place is the object of the verb ending at end: a place mention
 * or a settlement noun within four words (trigger_ctx.c). */
int sr__x_place_object(const struct actx *c, const struct sent *s,
		       uint32_t end);
/* 1 if word w is a noun of property: a building, a vehicle, crops
 * (trigger_ctx.c). */
int sr__x_property_noun(const char *text, struct sr_span w);
/* 1 if property (a building, vehicle or crop noun) is the object of the
 * verb ending at end, within five words (trigger_ctx.c). */
int sr__x_property_object(const struct actx *c, const struct sent *s,
			  uint32_t end);
/* 1 if a soldier noun, a weapon or armed forces come before off in its
 * clause (trigger_ctx.c). */
int sr__x_armed_before(const struct actx *c, const struct sent *s,
		       uint32_t off);
/* 1 if "marched"/"walked" (entry e) at off tells armed men going into a
 * place they take (trigger_ctx.c). */
int sr__x_armed_walk_in(const struct actx *c, const struct sent *s,
			uint32_t off, const struct sr_entry *e);
/* 1 if "marched" (entry e) at off tells armed men driving captives off
 * ("marched 20 of them into the bush"; trigger_ctx.c). */
int sr__x_marched_off(const struct actx *c, const struct sent *s, uint32_t off,
		      const struct sr_entry *e);
int sr__x_passive_before(const struct actx *c, const struct sent *s,
			 uint32_t off);
int sr__x_launch_verb(const char *text, uint32_t off, uint32_t len);
const struct actor *sr__x_launcher(const struct actx *c, const struct frame *f);
int sr__x_instrument_between(const struct actx *c, const struct sr_match *t,
			     const struct sr_entry *te, uint32_t off);
void sr__x_assign_roles(const struct actx *c, struct frame *f,
			const struct sr_entry *te, struct sr_event *ev);
/* The event's date: the sentence's date nearest the trigger that dates
 * the event (not its saying), else the paragraph's (sr__x_carry_date),
 * else the article's. */
void sr__x_read_date(const struct actx *c, const struct frame *f,
		     struct sr_event *ev);
int sr__x_infer_sides(const struct actx *c, int kind, struct sr_event *ev);
/* *name = "Military Forces of <co>" (in the doc's arena), *iso3 its code. */
void sr__x_set_forces(const struct actx *c, const struct sr_country *co,
		      const char **name, const char **iso3);
int sr__x_toll_trigger(const struct actx *c, const struct sent *s,
		       int prev_told, int *kind, const char **extra,
		       const struct sr_entry **te);
/* The number phrases of sentence s (at most MAX_NUMS), found once per
 * article: its frames and sr__x_toll_trigger share them. */
size_t sr__x_sent_numbers(const struct actx *c, const struct sent *s,
			  const struct sr_number **out);
size_t sr__x_sent_dates(const struct actx *c, const struct sent *s,
			const struct sr_date_expr **out);
int sr__x_carry_date(const struct actx *c, const struct sent *s,
		     struct sr_date_expr *out);
int sr__x_second_trigger(const struct actx *c, const struct sent *s,
			 uint32_t first, int first_kind, int *kind,
			 const char **extra);
int sr__x_has_text(const char *text, struct sr_span sp, const char *w);
/* Takes n who died of their wounds out of ev's injured (and its range):
 * "wounding seven, one of whom later died" leaves six injured. */
void sr__x_less_injured(struct sr_event *ev, int64_t n);
/* sr__x_has_text with n, w's length, given: the rules pass literals,
 * whose length the macro below folds at compile time, where each call
 * took a strlen.  (A compound literal passed as sp goes in parentheses:
 * its comma would split the macro's arguments.) */
int sr__x_has_text_n(const char *text, struct sr_span sp, const char *w,
		     size_t n);
#define sr__x_has_text(text, sp, w)                                            \
	sr__x_has_text_n((text), (sp), (w), __builtin_strlen(w))
/* The first place in text[sp] where the bytes of w occur, or NULL. */
const char *sr__x_find_text(const char *text, struct sr_span sp, const char *w);
/* 1 if a digit 0-9 stands in text[sp] (match.c). */
int sr__x_has_digit(const char *text, struct sr_span sp);
/* 1 if one of the n (at most 8) phrases say, each of which has the bytes
 * of w, occurs in text[sp]: sr__x_has_text of each, with one search, for
 * w, and the phrases compared only where w is. */
int sr__x_has_phrase_with(const char *text, struct sr_span sp, const char *w,
			  const char *const *say, size_t n);
/* 1 if one of the words list[0..nlist) stands among the n words before
 * off in sentence s ("suspended ... attacks", "under the control of"). */
/* The word w where it stands among the n words before off in sentence s
 * ("all were destroyed", "on guard against raids"), or len 0.  Inline:
 * asked of every verb of a strike sentence. */
static inline struct sr_span sr__x_word_back(const struct actx *c,
					     const struct sent *s, uint32_t off,
					     int n, const char *word)
{
	struct sr_span w = { off, 0 }, none = { 0, 0 };
	int k;

	for (k = 0; k < n; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return none;
		if (sr__word_is(c->text, w, word))
			return w;
	}
	return none;
}
int sr__x_word_behind(const struct actx *c, const struct sent *s, uint32_t off,
		      int n, const char *const *list, size_t nlist);
int sr__x_in_slogan(const struct actx *c, const struct sent *s, uint32_t off);
int sr__x_word_ahead(const struct actx *c, const struct sent *s, uint32_t off,
		     int n, const char *const *list, size_t nlist,
		     const char *const *stops, size_t nstops);

/* trigger_ctx.c: context gates and kind changes of triggers */
int sr__x_is_kind(const struct actx *c, int kind, const char *name);
int sr__x_downs_projectile(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off);
int sr__x_objects_only(const struct actx *c, const struct sent *s,
		       const struct sr_entry *e, uint32_t trig_off);
uint32_t sr__x_air_defence_at(const char *text, uint32_t p, uint32_t lim);
int sr__x_air_defence_acts(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off);
int sr__x_seizes_people(const struct actx *c, const struct sent *s,
			const struct sr_entry *e, uint32_t trig_off);
int sr__x_people_taken(const struct actx *c, const struct sent *s,
		       const struct sr_entry *e, uint32_t trig_off);
int sr__x_bomber_person(const struct actx *c, const struct sent *s,
			uint32_t mi);
int sr__x_suicide_before(const struct actx *c, const struct sent *s,
			 uint32_t off);
int sr__x_dropped_from_air(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off);
int sr__x_without_fight(const struct actx *c, const struct sent *s);
/* 1 if the word "after" is in s (memo in s->after). */
int sr__x_sent_has_after(const struct actx *c, const struct sent *s);
int sr__x_time_after(const struct actx *c, const struct sent *s, uint32_t off);
int sr__x_topic_before(const struct actx *c, const struct sent *s,
		       uint32_t off);
int sr__x_protest_purpose(const struct actx *c, const struct sent *s,
			  uint32_t end);
int sr__x_protest_word_ok(const struct actx *c, const struct sent *s,
			  uint32_t i, const struct sr_entry *e);
int sr__x_riot_modifier(const struct actx *c, const struct sent *s, uint32_t i);
int sr__x_context_fails(const struct actx *c, const struct sent *s, uint32_t i,
			const struct sr_entry *e);

#endif
