/*
 * extract.c - sentence-level event frames.  For each sentence: the trigger
 * that decides the kind (generic "attack"/"strike" resolved by the weapons
 * and victims in the sentence), the actors and their roles (active and
 * passive voice, "by X", adjectives such as "a Russian missile attack",
 * possessives), the place (a mention after "in/on/near/over", else the
 * paragraph's last place), the date (a date expression in the sentence, else
 * the paragraph's, else the article's), fatalities and injured with ranges,
 * quantities, weapons, status (claimed, denied, planned) and provenance.
 * Then mentions of one event in consecutive sentences are folded together.
 *
 * Exports sr_extract and the word helpers of frame.h.
 * Not here: finding and ranking places (places.c), merging across articles
 * (src/merge/).
 */
#include "frame.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NUMS 48
#define MAX_DATES 8
#define MAX_ACTORS 16

/* ---- word helpers ---- */

static int is_word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c >= 0x80 || c == '\'' || c == '-';
}

struct sr_span sr__prev_word(const char *text, size_t lo, size_t off,
			     int skip_the)
{
	struct sr_span w = {0, 0};
	size_t e = off, b;

	while (e > lo && (text[e - 1] == ' ' || text[e - 1] == '\n'))
		e--;
	b = e;
	while (b > lo && is_word_byte((unsigned char)text[b - 1]))
		b--;
	if (b == e)
		return w;
	w.off = (uint32_t)b;
	w.len = (uint32_t)(e - b);
	if (skip_the && (sr__word_is(text, w, "the") ||
			 sr__word_is(text, w, "a") || sr__word_is(text, w, "an")))
		return sr__prev_word(text, lo, b, 0);
	return w;
}

struct sr_span sr__next_word(const char *text, size_t end, size_t off,
			     int skip_the)
{
	struct sr_span w = {0, 0};
	size_t b = off, e;

	while (b < end && (text[b] == ' ' || text[b] == '\n'))
		b++;
	e = b;
	while (e < end && is_word_byte((unsigned char)text[e]))
		e++;
	if (b == e)
		return w;
	w.off = (uint32_t)b;
	w.len = (uint32_t)(e - b);
	if (skip_the && sr__word_is(text, w, "the"))
		return sr__next_word(text, end, e, 0);
	return w;
}



int sr__cue_at(const struct actx *c, const struct sent *s, uint32_t off)
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
static int inside_longer(const struct actx *c, const struct sent *s,
			 uint32_t i)
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

/* The clause around off: bounded by , ; : ( ) or the sentence. */
static struct sr_span clause_of(const struct actx *c, const struct sent *s,
				uint32_t off)
{
	struct sent *w = (struct sent *)s;
	struct sr_span r;
	uint32_t lo = s->span.off, hi = s->span.off + s->span.len, i;

	/* the marks of a sentence are found once, then looked up */
	if (w->nmark < 0) {
		uint32_t p, n = 0;

		for (p = s->span.off; p < hi && n < SR_ARRAY_LEN(w->mark); p++)
			if (is_clause_mark(c->text[p]))
				w->mark[n++] = p;
		w->nmark = (int)n;
		if (n == SR_ARRAY_LEN(w->mark))
			w->nmark = -2; /* too many: scan each time */
	}
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

static int cue_in(const struct actx *c, const struct sent *s,
		  struct sr_span r, int cue)
{
	uint32_t i;

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

/* ---- per-sentence frame ---- */

struct actor {
	struct sr_span span;
	const char *name; /* canonical; may be a "%s" template */
	const char *iso3;
	const struct sr_country *country;
	int type;         /* enum sr_actor_type, or 0 for a bare country */
	int demonym;      /* 1 if the words are only a demonym/country */
	int by;           /* preceded by "by" */
	int loc;          /* preceded by a locative preposition: a place */
	int claimant;     /* followed by a claim/deny cue */
	int victim;       /* "soldiers were killed": acted on */
	int from;         /* preceded by "from": where fire came from */
	int owns_weapon;  /* "a Russian cruise missile": fired it */
};

struct frame {
	const struct sent *s;
	struct sr_span lim;      /* the part of the sentence this event reads */
	struct sr_span claim;    /* the speaker's words, if read */
	uint32_t trig;           /* match index of the trigger */
	int kind;                /* ontology index */
	const char *rule_extra;  /* "+weapon" etc. */
	struct actor act[MAX_ACTORS];
	size_t nact;
	struct sr_number num[MAX_NUMS];
	unsigned char used[MAX_NUMS];
	size_t nnum;
	struct sr_date_expr dt[MAX_DATES];
	size_t ndt;
};


static int in_lim(const struct frame *f, uint32_t off, uint32_t len)
{
	return off >= f->lim.off && off + len <= f->lim.off + f->lim.len;
}

static int kind_violent(const struct actx *c, int kind)
{
	return kind >= 0 && (size_t)kind < SR_ARRAY_LEN(c->e->violent) &&
	       c->e->violent[kind];
}

static int kind_named(const struct actx *c, int kind, const char *name)
{
	const struct sr_kind *k = sr__lex_kind(c->lx, kind);

	return k && strcmp(k->name, name) == 0;
}

/* The first weapon match of the sentence that points to a kind. */
static int weapon_kind(const struct actx *c, const struct sent *s)
{
	(void)c;
	return s->wkind;
}

static int sentence_has_cue(const struct actx *c, const struct sent *s,
			    int cue)
{
	(void)c;
	return (s->cues >> cue) & 1u;
}

static int sentence_has_weapon(const struct actx *c, const struct sent *s)
{
	(void)c;
	return (s->types >> SR_ENT_WEAPON) & 1u;
}

/* 1 if a negation cue stands within three words before off. */
static int negated_before(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	struct sr_span w;
	int k;
	size_t pos = off;

	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, pos, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "no") ||
		    sr__word_is(c->text, w, "not") ||
		    sr__word_is(c->text, w, "never") ||
		    sr__word_is(c->text, w, "without") ||
		    sr__word_is(c->text, w, "nor") ||
		    sr__word_is(c->text, w, "didn't") ||
		    sr__word_is(c->text, w, "failed"))
			return 1;
		/* a comma or full stop ends the scope */
		if (w.off + w.len < pos && c->text[w.off + w.len] == ',')
			return 0;
		pos = w.off;
	}
	return 0;
}

static int resolve_kind(const struct actx *c, const struct sent *s,
			const struct sr_entry *e, uint32_t trig_off,
			const char **extra)
{
	int wk;

	/* "Shahed drones exploded over Kharkiv": the weapon tells the kind
	 * of an explosion */
	if (e->kind >= 0 && (e->kind == c->e->kid[K_EXPLOSION])) {
		struct sr_span cl = clause_of(c, s, trig_off);
		uint32_t i;

		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *w = sr__match_entry(c, i);

			if (w->type == SR_ENT_WEAPON && w->kind >= 0 &&
			    c->m[i].off >= cl.off &&
			    c->m[i].off < cl.off + cl.len &&
			    !(w->kind == c->e->kid[K_ARMED_CLASH])) {
				*extra = "+weapon";
				return w->kind;
			}
		}
	}
	if (e->kind >= 0)
		return e->kind;
	/* "attacked Ukrainian positions under artillery cover": a ground
	 * assault whatever supports it */
	if (e->kind == SR_KIND_ATTACK &&
	    sentence_has_cue(c, s, SR_CUE_MILTARGET)) {
		*extra = "+positions";
		return c->e->kid[K_ARMED_CLASH];
	}
	wk = weapon_kind(c, s);
	/* "Drones hit two towers. Moscow blamed Kyiv for the attack.":
	 * the weapon of the sentence before */
	if (wk < 0 && s > c->s && s[-1].para == s->para)
		wk = s[-1].wkind;
	/* "the bomb struck": the weapon named last before it, in this
	 * paragraph or the ones before; else the bomb it is */
	if (wk < 0 && s->wkind_def >= 0) {
		const struct sent *p;

		for (p = s - 1; p >= c->s && p > s - 7; p--)
			if (p->wkind >= 0) {
				wk = p->wkind;
				break;
			}
		if (wk < 0)
			wk = s->wkind_def;
	}
	if (wk >= 0) {
		*extra = "+weapon";
		return wk;
	}
	if (e->strength <= 1 && e->kind == SR_KIND_STRIKE)
		return -1; /* "launched", "hit" alone say too little */
	if (e->kind == SR_KIND_ATTACK) {
		/* "attacks on the electricity supply": something struck from
		 * afar, not a clash */
		if (sentence_has_cue(c, s, SR_CUE_TARGET)) {
			*extra = "+target";
			return c->e->kid[K_SHELLING_MISSILE];
		}
		if (sentence_has_cue(c, s, SR_CUE_CIVILIAN) &&
		    (sentence_has_cue(c, s, SR_CUE_KILL) ||
		     sentence_has_cue(c, s, SR_CUE_INJURE))) {
			*extra = "+civilian-victims";
			return c->e->kid[K_ATTACK_CIVILIANS];
		}
		*extra = "+default";
		return c->e->kid[K_ARMED_CLASH];
	}
	*extra = "+default";
	return c->e->kid[K_SHELLING_MISSILE];
}

static int is_cap(const char *text, struct sr_span w)
{
	return w.len && text[w.off] >= 'A' && text[w.off] <= 'Z';
}

/* "the Popular Mobilisation Forces", "Operation Storm": a capitalised
 * trigger inside a run of capitalised words is part of a name. */
static int in_name(const struct actx *c, const struct sent *s, uint32_t i)
{
	const struct sr_match *m = &c->m[i];
	struct sr_span self = {m->off, m->len};
	struct sr_span pw, nw;

	if (!is_cap(c->text, self) || m->off == s->span.off)
		return 0;
	{
		/* a headline in title case capitalises every word */
		uint32_t t, up = 0, words = 0;

		for (t = s->t0; t < s->t1; t++)
			if (c->tok[t].kind == SR_TOK_WORD) {
				words++;
				up += c->tok[t].upper;
			}
		if (words && up * 10 > words * 6)
			return 0;
	}
	pw = sr__prev_word(c->text, s->span.off, m->off, 0);
	nw = sr__next_word(c->text, s->span.off + s->span.len,
			   m->off + m->len, 0);
	/* a capital after a full stop or colon inside the span starts a
	 * headline, not a name */
	if (pw.len && pw.off + pw.len < m->off &&
	    (c->text[pw.off + pw.len] == ':' || c->text[pw.off + pw.len] == '-'))
		pw.len = 0;
	return (pw.len && is_cap(c->text, pw) && pw.off != s->span.off) ||
	       is_cap(c->text, nw);
}

static int has_actor_type(const struct actx *c, const struct sent *s,
			  int type)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_ACTOR && e->sub == type)
			return 1;
	}
	return 0;
}

static int has_trigger_kind(const struct actx *c, const struct sent *s,
			    const char *name)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
		    kind_named(c, e->kind, name))
			return 1;
	}
	return 0;
}

/* What the words around the chosen trigger make of it:
 *  - a demonstration the police broke up is a protest with intervention;
 *    one where protesters threw stones or set fires a violent
 *    demonstration; one where security forces fired or killed excessive
 *    force against protesters (ACLED's protest sub-types);
 *  - killing by a crowd or villagers is mob violence;
 *  - gunmen killing residents with no armed opponent is an attack on
 *    civilians rather than a clash. */
static int refine_kind(const struct actx *c, const struct sent *s,
		       uint32_t trig, int kind)
{
	int protest = has_trigger_kind(c, s, "peaceful_protest") ||
		      ((s->types >> SR_ENT_ACTOR) & 1u &&
		       has_actor_type(c, s, SR_ACT_PROTESTERS));
	uint32_t cues = s->cues;

	(void)trig;
	if (protest) {
		if (((cues >> SR_CUE_LETHAL) & 1u) ||
		    (((cues >> SR_CUE_KILL) & 1u) &&
		     (has_actor_type(c, s, SR_ACT_POLICE) ||
		      has_actor_type(c, s, SR_ACT_HEAD_POLICE))))
			return sr__lex_kind_find(c->lx,
						 "protest_excessive_force");
		if ((cues >> SR_CUE_RIOT) & 1u ||
		    has_trigger_kind(c, s, "violent_demonstration"))
			return c->e->kid[K_VIOLENT_DEMONSTRATION];
		if ((cues >> SR_CUE_INTERVENE) & 1u ||
		    has_trigger_kind(c, s, "arrest") ||
		    has_trigger_kind(c, s, "protest_intervention"))
			return c->e->kid[K_PROTEST_INTERVENTION];
		if ((kind == c->e->kid[K_ARREST]) ||
		    (kind == c->e->kid[K_AGREEMENT]))
			return c->e->kid[K_PEACEFUL_PROTEST];
		return kind;
	}
	if ((cues >> SR_CUE_MOB) & 1u &&
	    ((kind == c->e->kid[K_ARMED_CLASH]) ||
	     (kind == c->e->kid[K_ATTACK_CIVILIANS]) ||
	     (kind == c->e->kid[K_LOOTING_DESTRUCTION]) ||
	     (kind == c->e->kid[K_SHELLING_MISSILE])))
		return c->e->kid[K_MOB_VIOLENCE];
	if ((kind == c->e->kid[K_ARMED_CLASH]) &&
	    ((cues >> SR_CUE_CIVILIAN) & 1u) && ((cues >> SR_CUE_KILL) & 1u) &&
	    !((cues >> SR_CUE_SOLDIER) & 1u) &&
	    !has_actor_type(c, s, SR_ACT_MIL) &&
	    !has_actor_type(c, s, SR_ACT_POLICE) &&
	    !has_actor_type(c, s, SR_ACT_HEAD_MIL))
		return c->e->kid[K_ATTACK_CIVILIANS];
	return kind;
}

/* Choose the trigger of the sentence; -1 if none. */
static int topic_before(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	struct sr_span w = {off, 0};
	int k;

	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 1);
		if (!w.len)
			return 0;
		if (sr__cue_at(c, s, w.off) == SR_CUE_TOPIC)
			return 1;
	}
	return 0;
}

static int attributive(const struct actx *c, const struct sent *s,
		       uint32_t off, const struct sr_entry *e)
{
	struct sr_span w;
	size_t n = strlen(e->phrase);

	if (e->pos != 'v' || n < 3 || strcmp(e->phrase + n - 2, "ed") != 0 ||
	    strchr(e->phrase, ' '))
		return 0;
	w = sr__prev_word(c->text, s->span.off, off, 0);
	/* "the liberated and occupied regions" */
	if (w.len && (sr__word_is(c->text, w, "and") ||
		      sr__word_is(c->text, w, "or"))) {
		struct sr_span w2 = sr__prev_word(c->text, s->span.off, w.off, 0);

		if (w2.len > 3 && c->text[w2.off + w2.len - 1] == 'd' &&
		    c->text[w2.off + w2.len - 2] == 'e')
			w = sr__prev_word(c->text, s->span.off, w2.off, 0);
	}
	return w.len && (sr__word_is(c->text, w, "the") ||
			 sr__word_is(c->text, w, "a") ||
			 sr__word_is(c->text, w, "an") ||
			 sr__word_is(c->text, w, "its") ||
			 sr__word_is(c->text, w, "their") ||
			 sr__word_is(c->text, w, "previously") ||
			 sr__word_is(c->text, w, "newly") ||
			 sr__word_is(c->text, w, "recently") ||
			 sr__word_is(c->text, w, "temporarily") ||
			 sr__word_is(c->text, w, "in") ||
			 sr__word_is(c->text, w, "of") ||
			 sr__word_is(c->text, w, "from") ||
			 sr__word_is(c->text, w, "into") ||
			 sr__word_is(c->text, w, "across"));
}

static int anaphoric(const struct actx *c, const struct sent *s, uint32_t i,
		     const struct sr_entry *e)
{
	struct sr_span w, n;

	size_t pl = strlen(e->phrase);

	if (e->pos != 'n' || ((s->cues >> SR_CUE_KILL) & 1u) ||
	    ((s->cues >> SR_CUE_INJURE) & 1u))
		return 0;
	/* "the supply of": the phrase carries its own object */
	if (pl > 3 && (strcmp(e->phrase + pl - 3, " of") == 0 ||
		       strcmp(e->phrase + pl - 3, " on") == 0))
		return 0;
	w = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
	if (!w.len || !(sr__word_is(c->text, w, "the") ||
			sr__word_is(c->text, w, "this") ||
			sr__word_is(c->text, w, "that") ||
			sr__word_is(c->text, w, "these")))
		return 0;
	n = sr__next_word(c->text, s->span.off + s->span.len,
			  c->m[i].off + c->m[i].len, 0);
	return !(n.len && (sr__word_is(c->text, n, "of") ||
			   sr__word_is(c->text, n, "on") ||
			   sr__word_is(c->text, n, "in") ||
			   sr__word_is(c->text, n, "at") ||
			   sr__word_is(c->text, n, "near") ||
			   sr__word_is(c->text, n, "against") ||
			   sr__word_is(c->text, n, "by")));
}

static int has_locative_place(const struct actx *c, const struct sent *s)
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

static int choose_trigger(const struct actx *c, const struct sent *s,
			  int *kind_out, const char **extra_out, int *bg_out)
{
	uint32_t i, j;
	int best = -1, best_score = -1, has_intercept = 0;
	int has_support = s->p1 > s->p0 ||
			  sentence_has_cue(c, s, SR_CUE_KILL) ||
			  sentence_has_cue(c, s, SR_CUE_INJURE);

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_ACTOR || e->type == SR_ENT_COUNTRY_NAME ||
		    e->type == SR_ENT_COUNTRY_DEMONYM)
			has_support = 1;
		if (e->type == SR_ENT_TRIGGER && e->strength >= 2 &&
		    e->kind >= 0 && (e->kind == c->e->kid[K_INTERCEPTION]))
			has_intercept = 1;
	}
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const char *extra = "";
		int kind, score, contained = 0;
		const struct sr_kind *k;

		if (e->type != SR_ENT_TRIGGER)
			continue;
		/* a longer trigger covering this one wins */
		for (j = s->m0; j < s->m1 && c->m[j].off <= c->m[i].off; j++) {
			const struct sr_entry *f = sr__match_entry(c, j);

			if (j != i && f->type == SR_ENT_TRIGGER &&
			    c->m[j].off <= c->m[i].off &&
			    c->m[j].off + c->m[j].len >=
				    c->m[i].off + c->m[i].len &&
			    c->m[j].len > c->m[i].len)
				contained = 1;
		}
		if (contained || inside_longer(c, s, i) || in_name(c, s, i))
			continue;
		if (negated_before(c, s, c->m[i].off))
			continue;
		if (e->strength <= 1 && !has_support)
			continue;
		kind = resolve_kind(c, s, e, c->m[i].off, &extra);
		k = sr__lex_kind(c->lx, kind);
		if (!k)
			continue;
		/* a generic "attack"/"strike" with no weapon needs a toll or a
		 * place it happened in */
		if ((strcmp(extra, "+default") == 0 ||
		     strcmp(extra, "+target") == 0) &&
		    !sentence_has_cue(c, s, SR_CUE_KILL) &&
		    !sentence_has_cue(c, s, SR_CUE_INJURE) &&
		    !has_locative_place(c, s))
			continue;
		/* weak aid verbs need something to give */
		if (e->strength <= 1 && strcmp(k->name, "military_aid") == 0 &&
		    !sentence_has_weapon(c, s))
			continue;
		/* "thwarted a drone attack": the interception is the event */
		if (has_intercept && (strcmp(k->name, "air_drone_strike") == 0 ||
				      strcmp(k->name, "shelling_missile") == 0 ||
				      strcmp(k->name, "remote_explosive") == 0))
			continue;
		score = k->priority + 10 * e->strength;
		if (strcmp(extra, "+default") == 0)
			score -= 10;
		/* "before being driven out": a weak territory word loses to
		 * the fighting it ends */
		if (e->strength <= 1 && strcmp(k->name, "territory_gain") == 0)
			score -= 25;
		{
			struct sr_span cl = clause_of(c, s, c->m[i].off);
			struct sr_span before = {cl.off, c->m[i].off - cl.off};
			struct sr_span after = {c->m[i].off + c->m[i].len, 0};
			struct sr_span w1 = sr__next_word(
				c->text, cl.off + cl.len, after.off, 0);
			int bg = cue_in(c, s, before, SR_CUE_GENERIC);

			/* "offensive strategy", "attack capabilities" */
			if (w1.len) {
				after.len = w1.off + w1.len - after.off;
				bg |= cue_in(c, s, after, SR_CUE_ABSTRACT);
			}
			/* "to discuss a grain deal": a topic, not an act */
			if (topic_before(c, s, c->m[i].off))
				score -= 50;
			/* "the liberated regions", "the previously seized
			 * city": a participle used as an adjective */
			if (attributive(c, s, c->m[i].off, e))
				continue;
			/* "the capture came amid...": a noun pointing back
			 * to an event already told, with nothing new */
			if (anaphoric(c, s, i, e))
				continue;

			/* the trigger the toll belongs to */
			if (cue_in(c, s, cl, SR_CUE_KILL) ||
			    cue_in(c, s, cl, SR_CUE_INJURE))
				score += 40;
			/* "recent drone attacks", "both sides launching" */
			if (bg)
				score -= 25;
			/* equipment named: a supply deal is military aid */
			if (strcmp(k->name, "military_aid") == 0 &&
			    sentence_has_weapon(c, s))
				score += 30;
			if (score > best_score) {
				best_score = score;
				best = (int)i;
				*kind_out = kind;
				*extra_out = extra;
				*bg_out = bg;
			}
		}
	}
	if (best >= 0)
		*kind_out = refine_kind(c, s, (uint32_t)best, *kind_out);
	return best;
}

/* ---- actors ---- */

static int is_locative(int cue)
{
	return cue == SR_CUE_IN || cue == SR_CUE_ON || cue == SR_CUE_NEAR ||
	       cue == SR_CUE_OVER || cue == SR_CUE_FROM;
}

/* 1 if a claim or denial verb follows within three words:
 * "Russia claims", "Ukrainian officials have stated" */
static int claimant_after(const struct actx *c, const struct sent *s,
			  uint32_t end)
{
	struct sr_span w;
	uint32_t p = end;
	int k, cue;

	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, s->span.off + s->span.len, p, 0);
		if (!w.len || w.off > p + 2)
			return 0;
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_CLAIM || cue == SR_CUE_DENY)
			return 1;
		/* "Ukraine's interior minister said" */
		if (k == 0 && (c->text[w.off - 1] == '\'' ||
			       (unsigned char)c->text[w.off - 1] == 0x99)) {
			p = w.off + w.len;
			continue;
		}
		if (k <= 2 && sr__cue_at(c, s, w.off) == 0 &&
		    sr__word_is(c->text, w, "minister")) {
			p = w.off + w.len;
			continue;
		}
		if (!(sr__word_is(c->text, w, "has") ||
		      sr__word_is(c->text, w, "have") ||
		      sr__word_is(c->text, w, "had") ||
		      sr__word_is(c->text, w, "also") ||
		      sr__word_is(c->text, w, "later") ||
		      sr__word_is(c->text, w, "officially") ||
		      sr__word_is(c->text, w, "publicly")))
			return 0;
		p = w.off + w.len;
	}
	return 0;
}

/* Words between two spans: 1 if only " and " or ", " or "/" */
static int coordinated(const char *text, uint32_t end, uint32_t next)
{
	size_t n = next - end;

	return (n == 5 && memcmp(text + end, " and ", 5) == 0) ||
	       (n == 2 && memcmp(text + end, ", ", 2) == 0) ||
	       (n == 9 && memcmp(text + end, " and the ", 9) == 0);
}

/* Number of words between end and off (0 if adjacent). */
static int words_between(const char *text, uint32_t end, uint32_t off)
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

/* "soldiers were killed", "civilians were wounded": the words after an
 * actor make it the victim. */
static int victim_after(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 end, 0);
	int k, cue;

	for (k = 0; k < 3 && w.len; k++) {
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_KILL || cue == SR_CUE_INJURE)
			return k > 0; /* need "were"/"was" between */
		if (!(sr__word_is(c->text, w, "were") ||
		      sr__word_is(c->text, w, "was") ||
		      sr__word_is(c->text, w, "had") ||
		      sr__word_is(c->text, w, "been") ||
		      sr__word_is(c->text, w, "have")))
			return 0;
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
	}
	return 0;
}

/* "a Russian cruise missile", "Ukrainian drones": a weapon right after
 * the demonym (one word may come between). */
static int weapon_after(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < end)
			continue;
		if (c->m[i].off > end + 16)
			break;
		if (e->type == SR_ENT_WEAPON &&
		    words_between(c->text, end, c->m[i].off) <= 1)
			return 1;
	}
	return 0;
}

/* A capital stands for its government only as a subject: "Moscow's
 * bombardment", "Kyiv said", "Moscow launched". */
static int metonym_acts(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	static const char *const verbs[] = {
		"has",	     "have",	  "had",       "is",	     "was",
		"will",	     "would",	  "launched",  "responded",
		"retaliated", "accused",  "blamed",    "denied",     "says",
		"said",	     "claimed",	  "warned",    "threatened", "rejected",
		"insists",   "insisted",  "fired",     "struck",     "sent",
		"agreed",    "announced", "ordered",   "hit",	     "attacked",
	};
	struct sr_span w;
	size_t k;

	if (end + 1 < s->span.off + s->span.len &&
	    (c->text[end] == '\'' ||
	     (unsigned char)c->text[end] == 0xE2))
		return 1; /* possessive */
	w = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	if (!w.len || w.off != end + 1)
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(verbs); k++)
		if (sr__word_is(c->text, w, verbs[k]))
			return 1;
	return 0;
}

static void collect_actors(const struct actx *c, struct frame *f)
{
	const struct sent *s = f->s;
	uint32_t i, j;

	f->nact = 0;
	for (i = s->m0; i < s->m1 && f->nact < MAX_ACTORS; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		struct actor a;
		struct sr_span w;
		uint32_t end = m->off + m->len;
		int cue;

		memset(&a, 0, sizeof(a));
		a.span.off = m->off;
		a.span.len = m->len;
		if (e->type == SR_ENT_COUNTRY_NAME ||
		    e->type == SR_ENT_COUNTRY_DEMONYM) {
			if (!(c->text[m->off] >= 'A' && c->text[m->off] <= 'Z'))
				continue;
			/* "Russian-held", "Ukrainian-controlled": a modifier */
			if (end < s->span.off + s->span.len && c->text[end] == '-')
				continue;
			/* "Ukrainian partisans", "Russian Wagner fighters": a
			 * named group right after the demonym is the actor */
			if (i + 1 < s->m1 &&
			    sr__match_entry(c, i + 1)->type == SR_ENT_ACTOR &&
			    c->m[i + 1].off > end && c->m[i + 1].off <= end + 1 &&
			    sr__match_entry(c, i + 1)->sub < SR_ACT_HEAD_MIL)
				continue;
			a.country = e->country;
			a.iso3 = e->country ? e->country->iso3 : NULL;
			a.demonym = 1;
			/* "Russian forces", "Russia's defence ministry" */
			for (j = i + 1; j < s->m1; j++) {
				const struct sr_entry *h = sr__match_entry(c, j);
				size_t gap_lo = end, gap_hi = c->m[j].off;
				int ok = gap_hi >= gap_lo && gap_hi - gap_lo <= 3;

				if (c->m[j].off > end + 3)
					break;
				if (!ok || h->type != SR_ENT_ACTOR ||
				    h->sub < SR_ACT_HEAD_MIL ||
				    h->sub > SR_ACT_HEAD_POLICE)
					continue;
				a.name = h->name;
				a.type = h->sub;
				a.demonym = 0;
				a.span.len = c->m[j].off + c->m[j].len - m->off;
			}
		} else if (e->type == SR_ENT_ACTOR) {
			if (e->sub >= SR_ACT_HEAD_MIL &&
			    e->sub <= SR_ACT_HEAD_POLICE) {
				/* "its troops", "their forces": the country of
				 * the last actor named before */
				struct sr_span pw = sr__prev_word(
					c->text, s->span.off, m->off, 0);

				if (!f->nact || !f->act[f->nact - 1].country ||
				    !pw.len ||
				    !(sr__word_is(c->text, pw, "its") ||
				      sr__word_is(c->text, pw, "their")))
					continue;
				a.country = f->act[f->nact - 1].country;
				a.iso3 = a.country->iso3;
				a.name = e->name;
				a.type = e->sub;
				goto have_actor;
			}
			if (e->sub == SR_ACT_METONYM &&
			    !(c->text[m->off] >= 'A' && c->text[m->off] <= 'Z'))
				continue;
			a.name = e->sub == SR_ACT_ENEMY ? NULL : e->name;
			a.iso3 = e->iso3;
			a.type = e->sub;
			if (e->iso3)
				a.country = sr__country_by_iso3(e->iso3);
		} else {
			continue;
		}
	have_actor:
		if (!in_lim(f, a.span.off, a.span.len))
			continue;
		/* skip matches inside the previous actor's span */
		if (f->nact && a.span.off < f->act[f->nact - 1].span.off +
						    f->act[f->nact - 1].span.len)
			continue;
		w = sr__prev_word(c->text, s->span.off, a.span.off, 1);
		if (w.len) {
			cue = sr__cue_at(c, s, w.off);
			if (cue == SR_CUE_BY)
				a.by = 1;
			else if (cue == SR_CUE_FROM && !a.demonym &&
				 a.type == SR_ACT_HEAD_MIL)
				a.from = 1;
			else if (is_locative(cue) ||
				 sr__word_is(c->text, w, "against") ||
				 sr__word_is(c->text, w, "at") ||
				 sr__word_is(c->text, w, "to") ||
				 sr__word_is(c->text, w, "across"))
				a.loc = 1;
		}
		/* metonyms after a preposition are places, not actors */
		if (a.type == SR_ACT_METONYM && a.loc)
			continue;
		a.claimant = claimant_after(c, s, a.span.off + a.span.len);
		{
			/* "according to Russian officials" */
			struct sr_span p1 = sr__prev_word(c->text, s->span.off,
							  a.span.off, 1);
			struct sr_span p0 = p1.len ? sr__prev_word(c->text,
								   s->span.off,
								   p1.off, 0)
						   : p1;

			if (p0.len && sr__word_is(c->text, p0, "according") &&
			    sr__word_is(c->text, p1, "to"))
				a.claimant = 1;
		}
		if (a.type == SR_ACT_METONYM && !a.claimant &&
		    !metonym_acts(c, s, a.span.off + a.span.len))
			continue;
		a.victim = victim_after(c, s, a.span.off + a.span.len);
		a.owns_weapon = a.demonym && weapon_after(c, s, a.span.off +
								  a.span.len);
		f->act[f->nact++] = a;
	}
}

/* Canonical name of actor a for an event of kind, in the doc's arena. */
static const char *actor_name(const struct actx *c, const struct actor *a,
			      int kind, const struct sr_event *ev,
			      const char **iso3)
{
	const char *cname = NULL, *tmpl = a->name;

	*iso3 = a->iso3;
	if (a->type == SR_ACT_ENEMY) {
		/* "the enemy": the other side of the war the place is in */
		const char *p = sr__engine_partner(c->e, ev->iso3);
		const struct sr_country *pc = p ? sr__country_by_iso3(p) : NULL;

		if (!pc)
			return NULL;
		*iso3 = pc->iso3;
		return sr__arena_printf(&c->doc->arena, "Military Forces of %s",
					pc->name);
	}
	if (a->country)
		cname = a->country->name;
	/* a capital or a government acting violently: its armed forces */
	if (a->country && tmpl && !a->demonym &&
	    (a->type == SR_ACT_METONYM || a->type == SR_ACT_GOV ||
	     a->type == SR_ACT_HEAD_GOV) &&
	    kind_violent(c, kind) &&
	    strncmp(tmpl, "Government of", 13) == 0)
		tmpl = "Military Forces of %s";
	if (a->demonym || !tmpl) {
		if (!a->country)
			return NULL;
		tmpl = kind_violent(c, kind) ||
				       (kind == c->e->kid[K_INTERCEPTION]) ||
				       (kind == c->e->kid[K_TERRITORY_TRANSFER])
			       ? "Military Forces of %s"
			       : "Government of %s";
	}
	if (strstr(tmpl, "%s")) {
		if (!cname && ev->country) {
			cname = ev->country;
			*iso3 = ev->iso3;
		}
		if (!cname)
			return NULL;
		return sr__arena_printf(&c->doc->arena, tmpl, cname);
	}
	return tmpl;
}

/* ---- counts ---- */

static int between_words_ok(const struct actx *c, size_t lo, size_t hi)
{
	/* words allowed between a toll noun and its number: "rose to" */
	static const char *const ok[] = {
		"rose",	 "risen", "to",	 "reached", "of",  "stands",
		"stood", "at",	  "has", "had",	    "now", "climbed",
		"is",	 "was",	  "increased", "a", "total",
	};
	size_t p = lo;
	int words = 0;

	while (p < hi) {
		struct sr_span w = sr__next_word(c->text, hi, p, 0);
		size_t k;
		int good = 0;

		if (!w.len)
			break;
		for (k = p; k < w.off; k++)
			if (c->text[k] != ' ')
				return 0;
		for (k = 0; k < SR_ARRAY_LEN(ok); k++)
			if (sr__word_is(c->text, w, ok[k]))
				good = 1;
		if (!good || ++words > 3)
			return 0;
		p = w.off + w.len;
	}
	for (; p < hi; p++)
		if (c->text[p] != ' ')
			return 0;
	return 1;
}

/* Words between a number and a later cue: "two people were", "7". */
static int gap_before_ok(const struct actx *c, const struct frame *f,
			 size_t lo, size_t hi)
{
	size_t p = lo;
	int words = 0;

	while (p < hi) {
		struct sr_span w;
		size_t k;

		/* step over one punctuation mark so the word after it is seen */
		for (k = p; k < hi && (c->text[k] == ' ' || c->text[k] == '\n');
		     k++)
			;
		w = sr__next_word(c->text, hi,
				  k < hi && c->text[k] == ',' ? k + 1 : p, 0);
		if (!w.len)
			break;
		for (k = p; k < w.off; k++)
			if (c->text[k] != ' ' && c->text[k] != '\n')
				break;
		if (k < w.off) {
			/* "Three people, including a girl, were killed":
			 * skip a parenthesis that starts with "including" or
			 * "among" and ends with the next comma */
			const char *q;

			if (c->text[k] != ',' ||
			    !(sr__word_is(c->text, w, "including") ||
			      sr__word_is(c->text, w, "among")))
				return 0;
			q = memchr(c->text + w.off, ',', hi - w.off);
			if (!q)
				return 0;
			p = (size_t)(q - c->text) + 1;
			continue;
		}
		if (sr__word_is(c->text, w, "and") ||
		    sr__word_is(c->text, w, "while") ||
		    sr__word_is(c->text, w, "but"))
			return 0;
		if (++words > 6)
			return 0;
		p = w.off + w.len;
	}
	for (; p < hi; p++) /* "38 times over the past day, killing" */
		if (c->text[p] != ' ' && c->text[p] != '\n')
			return 0;
	return 1;
}

/* Toll words that are nouns ("lives", "deaths"): a singular victim noun
 * before them does not make a toll of one ("civilian lives"). */
static int noun_toll(const char *phrase)
{
	static const char *const nouns[] = {
		"lives", "death", "deaths", "fatalities", "fatality",
		"injuries", "injury", "death toll", "dead", "casualties",
	};
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(nouns); k++)
		if (strcmp(phrase, nouns[k]) == 0)
			return 1;
	return 0;
}

/* "12 howitzers", "dozens of armoured vehicles", "20 pieces of equipment":
 * a number counting weapons or things is no toll. */
static int counts_things(const struct actx *c, const struct sent *s,
			 const struct sr_number *n)
{
	uint32_t end = n->span.off + n->span.len, i;
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 end, 0);

	if (w.len && sr__word_is(c->text, w, "of"))
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
	if (w.len && (sr__word_is(c->text, w, "pieces") ||
		      sr__word_is(c->text, w, "units") ||
		      sr__word_is(c->text, w, "items")))
		return 1;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < end)
			continue;
		if (c->m[i].off > end + 24)
			break;
		if (e->type == SR_ENT_WEAPON &&
		    words_between(c->text, end, c->m[i].off) <= 2)
			return 1;
	}
	return 0;
}

static void set_count(int64_t *v, int64_t *lo, int64_t *hi,
		      const struct sr_number *n)
{
	*v = n->value;
	/* "more than a dozen": the stated number is the conservative value
	 * and the bottom of the range, so the range always holds the value */
	*lo = n->low > n->value ? n->value : n->low;
	*hi = n->high < 0 ? SR_NULL_COUNT : n->high;
}

/* A toll of exactly one ("a man was killed", "killing him"), read from
 * the words at sp, for a kill or injure cue; fills only an unset count. */
static void set_one(struct sr_event *ev, int cue, struct sr_span sp)
{
	struct sr_number one;

	memset(&one, 0, sizeof(one));
	one.value = one.low = one.high = 1;
	one.span = sp;
	if (cue == SR_CUE_KILL && ev->fatalities == SR_NULL_COUNT) {
		set_count(&ev->fatalities, &ev->fatalities_low,
			  &ev->fatalities_high, &one);
		ev->spans.fatalities = sp;
	} else if (cue == SR_CUE_INJURE && ev->injured == SR_NULL_COUNT) {
		set_count(&ev->injured, &ev->injured_low, &ev->injured_high,
			  &one);
		ev->spans.injured = sp;
	}
}

static void read_counts(const struct actx *c, struct frame *f,
			struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t i;
	size_t k;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		int cue, found = -1;
		uint32_t end = m->off + m->len;

		if (e->type != SR_ENT_CUE || !in_lim(f, m->off, m->len))
			continue;
		cue = e->sub;
		if (cue != SR_CUE_KILL && cue != SR_CUE_INJURE &&
		    cue != SR_CUE_CASUALTY)
			continue;
		if (negated_before(c, s, m->off) ||
		    (m->off >= 7 && sr__strncaseeq(c->text + m->off - 7, 7,
						    "no one ")) ||
		    (m->off >= 7 && sr__strncaseeq(c->text + m->off - 7, 7,
						    "nobody "))) {
			if ((cue == SR_CUE_KILL || cue == SR_CUE_CASUALTY) &&
			    ev->fatalities == SR_NULL_COUNT) {
				ev->fatalities = ev->fatalities_low =
					ev->fatalities_high = 0;
				ev->spans.fatalities.off = m->off;
				ev->spans.fatalities.len = m->len;
			}
			if ((cue == SR_CUE_INJURE || cue == SR_CUE_CASUALTY) &&
			    ev->injured == SR_NULL_COUNT) {
				ev->injured = ev->injured_low =
					ev->injured_high = 0;
				ev->spans.injured.off = m->off;
				ev->spans.injured.len = m->len;
			}
			continue;
		}
		if (cue == SR_CUE_CASUALTY)
			continue; /* "casualties" mixes dead and wounded */
		/* after the cue: "killing two", "killed at least 12" */
		for (k = 0; k < f->nnum; k++) {
			const struct sr_number *n = &f->num[k];

			if (f->used[k] || n->ordinal || n->span.off < end)
				continue;
			if (!in_lim(f, n->span.off, n->span.len) ||
			    counts_things(c, s, n))
				break;
			if (n->span.off - end <= 40 &&
			    between_words_ok(c, end, n->span.off))
				found = (int)k;
			break;
		}
		/* "the death toll from Saturday's strike rose to 30" */
		if (found < 0 && strstr(e->phrase, "toll")) {
			for (k = 0; k < f->nnum; k++) {
				const struct sr_number *n = &f->num[k];
				struct sr_span pw;

				if (f->used[k] || n->ordinal || n->span.off < end ||
				    !in_lim(f, n->span.off, n->span.len))
					continue;
				pw = sr__prev_word(c->text, s->span.off,
						   n->span.off, 0);
				if (pw.len && (sr__word_is(c->text, pw, "to") ||
					       sr__word_is(c->text, pw, "reached") ||
					       sr__word_is(c->text, pw, "at") ||
					       sr__word_is(c->text, pw, "hit"))) {
					found = (int)k;
					break;
				}
			}
		}
		/* before the cue: "two people were killed", "7 injured" */
		if (found < 0) {
			for (k = f->nnum; k-- > 0;) {
				const struct sr_number *n = &f->num[k];
				uint32_t nend = n->span.off + n->span.len;

				if (nend > m->off)
					continue;
				if (f->used[k] || n->ordinal ||
				    !in_lim(f, n->span.off, n->span.len) ||
				    counts_things(c, s, n))
					break;
				if (gap_before_ok(c, f, nend, m->off))
					found = (int)k;
				break;
			}
		}
		if (found < 0 && (cue == SR_CUE_KILL || cue == SR_CUE_INJURE) &&
		    !noun_toll(e->phrase)) {
			/* "a 9-year-old boy died", "Woman dies": one singular
			 * victim noun before the toll word in its clause */
			struct sr_span cl = clause_of(c, s, m->off);
			uint32_t j, nvict = 0, sing = 0, voff = 0, vlen = 0;
			size_t q;

			for (j = s->m0; j < i; j++) {
				const struct sr_entry *v = sr__match_entry(c, j);
				size_t pl;

				if (c->m[j].off < cl.off || v->type != SR_ENT_CUE ||
				    (v->sub != SR_CUE_CIVILIAN &&
				     v->sub != SR_CUE_PERSON &&
				     v->sub != SR_CUE_SOLDIER))
					continue;
				nvict++;
				pl = strlen(v->phrase);
				if (v->phrase[pl - 1] != 's' &&
				    strcmp(v->phrase, "people") != 0 &&
				    strcmp(v->phrase, "children") != 0 &&
				    strcmp(v->phrase, "men") != 0 &&
				    strcmp(v->phrase, "women") != 0 &&
				    strcmp(v->phrase, "family") != 0 &&
				    strcmp(v->phrase, "elderly") != 0 &&
				    strcmp(v->phrase, "police officer") != 0) {
					sing = 1;
					voff = c->m[j].off;
					vlen = c->m[j].len;
				}
			}
			for (q = 0; q < f->nnum; q++)
				if (f->num[q].span.off >= cl.off &&
				    f->num[q].span.off < m->off)
					nvict = 99; /* a number is there */
			if (nvict == 1 && sing) {
				struct sr_span vs = {voff, vlen};

				set_one(ev, cue, vs);
				continue;
			}
		}
		if (found < 0) {
			/* "claimed the life of an individual" */
			struct sr_span x0 = sr__next_word(
				c->text, s->span.off + s->span.len, end, 0);
			struct sr_span x1 =
				x0.len ? sr__next_word(c->text,
						       s->span.off + s->span.len,
						       x0.off + x0.len, 0)
				       : x0;

			if (x1.len && x0.len && sr__cue_at(c, s, x1.off) == 0) {
				/* one adjective between: "a 45-year-old man" */
				struct sr_span x2 = sr__next_word(
					c->text, s->span.off + s->span.len,
					x1.off + x1.len, 0);

				if (x2.len && sr__cue_at(c, s, x2.off))
					x1 = x2;
			}
			/* "killing him", "killing the driver" */
			int single = 0;

			if (x0.len && x0.off <= end + 2 &&
			    (sr__word_is(c->text, x0, "him") ||
			     sr__word_is(c->text, x0, "her"))) {
				x1 = x0;
				single = 1;
			} else if (x0.len && x1.len && x0.off <= end + 2 &&
				   (sr__word_is(c->text, x0, "a") ||
				    sr__word_is(c->text, x0, "an") ||
				    (sr__word_is(c->text, x0, "the") &&
				     c->text[x1.off + x1.len - 1] != 's')) &&
				   (sr__cue_at(c, s, x1.off) == SR_CUE_CIVILIAN ||
				    sr__cue_at(c, s, x1.off) == SR_CUE_PERSON ||
				    sr__cue_at(c, s, x1.off) ==
					    SR_CUE_SOLDIER)) {
				single = 1;
			}
			if (single) {
				struct sr_span vs = {x0.off,
						     x1.off + x1.len - x0.off};

				set_one(ev, cue, vs);
				continue;
			}
		}
		if (found < 0) {
			/* "a man was killed", "a child died" */
			struct sr_span w1 = sr__prev_word(c->text, s->span.off,
							  m->off, 0);
			struct sr_span w0, w2;

			if (w1.len && (sr__word_is(c->text, w1, "was") ||
				       sr__word_is(c->text, w1, "is") ||
				       sr__word_is(c->text, w1, "has")))
				w1 = sr__prev_word(c->text, s->span.off,
						   w1.off, 0);
			w2 = w1;
			w0 = w1.len ? sr__prev_word(c->text, s->span.off,
						    w1.off, 0)
				    : w1;
			if (w0.len && w2.len &&
			    (sr__word_is(c->text, w0, "a") ||
			     sr__word_is(c->text, w0, "an")) &&
			    (sr__cue_at(c, s, w2.off) == SR_CUE_CIVILIAN ||
			     sr__cue_at(c, s, w2.off) == SR_CUE_PERSON ||
			     sr__cue_at(c, s, w2.off) == SR_CUE_SOLDIER))
				set_one(ev, cue, w0);
			continue;
		}
		f->used[found] = 1;
		if (cue == SR_CUE_KILL && ev->fatalities == SR_NULL_COUNT) {
			set_count(&ev->fatalities, &ev->fatalities_low,
				  &ev->fatalities_high, &f->num[found]);
			ev->spans.fatalities = f->num[found].span;
		} else if (cue == SR_CUE_INJURE &&
			   ev->injured == SR_NULL_COUNT) {
			set_count(&ev->injured, &ev->injured_low,
				  &ev->injured_high, &f->num[found]);
			ev->spans.injured = f->num[found].span;
		}
	}
}

/* Quantities: a number followed closely by a weapon or "troops". */
static void read_quantity(const struct actx *c, struct frame *f,
			  struct sr_event *ev)
{
	const struct sent *s = f->s;
	size_t k;
	uint32_t i;

	for (k = 0; k < f->nnum; k++) {
		const struct sr_number *n = &f->num[k];
		uint32_t nend = n->span.off + n->span.len;

		if (f->used[k] || n->ordinal ||
		    !in_lim(f, n->span.off, n->span.len))
			continue;
		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *e = sr__match_entry(c, i);
			const struct sr_match *m = &c->m[i];
			struct sr_span w;

			if (m->off < nend)
				continue;
			if (m->off > nend + 24)
				break;
			if (e->type != SR_ENT_WEAPON &&
			    !(e->type == SR_ENT_CUE && e->sub == SR_CUE_SOLDIER))
				continue;
			/* at most two words between: "two additional Patriot" */
			w = sr__next_word(c->text, m->off, nend, 0);
			if (w.len && w.off < m->off) {
				w = sr__next_word(c->text, m->off, w.off + w.len,
						  0);
				if (w.len && w.off < m->off) {
					w = sr__next_word(c->text, m->off,
							  w.off + w.len, 0);
					if (w.len && w.off < m->off)
						continue;
				}
			}
			/* extend over the rest of a multi-word weapon name */
			{
				uint32_t qend = m->off + m->len;
				uint32_t j;

				for (j = i + 1; j < s->m1; j++) {
					const struct sr_entry *e2 =
						sr__match_entry(c, j);

					if (c->m[j].off > qend + 1)
						break;
					if (e2->type == SR_ENT_WEAPON &&
					    c->m[j].off + c->m[j].len > qend)
						qend = c->m[j].off + c->m[j].len;
				}
				ev->quantity = sr__arena_strndup(
					&c->doc->arena, c->text + n->span.off,
					qend - n->span.off);
				ev->spans.quantity.off = n->span.off;
				ev->spans.quantity.len = qend - n->span.off;
			}
			f->used[k] = 1;
			return;
		}
	}
}

static void read_weapons(const struct actx *c, const struct frame *f,
			 struct sr_event *ev)
{
	const struct sent *s = f->s;
	struct sr_span tcl = clause_of(c, s, c->m[f->trig].off);
	char buf[256];
	size_t len = 0;
	uint32_t i;

	buf[0] = '\0';
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		size_t n;

		if (c->m[i].off >= tcl.off + tcl.len)
			break; /* "..., adding to fears of drone attacks" */
		if (!in_lim(f, c->m[i].off, c->m[i].len))
			continue;
		if (e->type != SR_ENT_WEAPON || !e->name)
			continue;
		/* a longer weapon match at the same place wins */
		if (i + 1 < s->m1 && c->m[i + 1].off == c->m[i].off &&
		    sr__match_entry(c, i + 1)->type == SR_ENT_WEAPON)
			continue;
		if (strstr(buf, e->name))
			continue;
		n = strlen(e->name);
		if (len + n + 3 >= sizeof(buf))
			break;
		if (len) {
			memcpy(buf + len, ", ", 2);
			len += 2;
		}
		memcpy(buf + len, e->name, n + 1);
		len += n;
		if (!ev->spans.weapons.len) {
			ev->spans.weapons.off = c->m[i].off;
			ev->spans.weapons.len = c->m[i].len;
		}
	}
	if (len)
		ev->weapons = sr__arena_strndup(&c->doc->arena, buf, len);
}

/* ---- status ---- */

static void trim_span(const char *text, struct sr_span *sp)
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

static int span_has_actor(const struct actx *c, const struct sent *s,
			  struct sr_span sp)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off >= sp.off &&
		    c->m[i].off + c->m[i].len <= sp.off + sp.len &&
		    (e->type == SR_ENT_ACTOR ||
		     e->type == SR_ENT_COUNTRY_NAME ||
		     e->type == SR_ENT_COUNTRY_DEMONYM))
			return 1;
	}
	return 0;
}

/* "the regional governor", "local police": a speaker by office. */
static int span_has_title(const struct actx *c, struct sr_span sp)
{
	static const char *const titles[] = {
		"governor", "mayor", "minister", "ministry", "spokesman",
		"spokeswoman", "spokesperson", "official", "officials",
		"police", "military", "army", "authorities", "administration",
		"head", "chief", "commander", "agency", "service", "prosecutor",
		"prosecutors", "prosecutor's", "president", "council",
		"command", "staff", "witnesses", "residents", "monitors",
		"observers", "sources", "media", "bloggers",
	};
	size_t p = sp.off, k;

	while (p < (size_t)sp.off + sp.len) {
		struct sr_span w = sr__next_word(c->text, sp.off + sp.len, p, 0);

		if (!w.len)
			break;
		for (k = 0; k < SR_ARRAY_LEN(titles); k++)
			if (sr__word_is(c->text, w, titles[k]))
				return 1;
		p = w.off + w.len;
	}
	return 0;
}

/* The speaker of a claim cue at match i. */
static struct sr_span speaker(const struct actx *c, const struct sent *s,
			      uint32_t i)
{
	const struct sr_match *m = &c->m[i];
	const struct sr_entry *e = sr__match_entry(c, i);
	struct sr_span sp = {0, 0};
	size_t p, words = 0;

	if (strcmp(e->phrase, "according to") == 0 ||
	    ((strcmp(e->phrase, "reports") == 0 ||
	      strcmp(e->phrase, "reported") == 0) &&
	     sr__word_is(c->text,
			 sr__next_word(c->text, s->span.off + s->span.len,
				       m->off + m->len, 0),
			 "from"))) {
		/* after: up to a comma or six words */
		p = m->off + m->len;
		if (strcmp(e->phrase, "according to") != 0)
			p = sr__next_word(c->text, s->span.off + s->span.len, p,
					  0)
				    .off +
			    4;
		sp.off = (uint32_t)p;
		while (p < s->span.off + s->span.len && c->text[p] != ',' &&
		       c->text[p] != '.' && c->text[p] != ';') {
			if (c->text[p] == ' ' && ++words >= 6)
				break;
			p++;
		}
		sp.len = (uint32_t)(p - sp.off);
		trim_span(c->text, &sp);
		return sp;
	}
	/* "clashes were reported": passive, no speaker named */
	{
		struct sr_span pw = sr__prev_word(c->text, s->span.off, m->off,
						  0);

		if (pw.len && (sr__word_is(c->text, pw, "was") ||
			       sr__word_is(c->text, pw, "were") ||
			       sr__word_is(c->text, pw, "been") ||
			       sr__word_is(c->text, pw, "is") ||
			       sr__word_is(c->text, pw, "are")))
			return sp;
	}
	/* before: from the clause start to the cue, at most eight words */
	p = m->off;
	while (p > s->span.off && c->text[p - 1] != ',' &&
	       c->text[p - 1] != ';' && c->text[p - 1] != '"' &&
	       c->text[p - 1] != ':') {
		if (c->text[p - 1] == ' ' && ++words > 8)
			break;
		p--;
	}
	sp.off = (uint32_t)p;
	sp.len = (uint32_t)(m->off - p);
	trim_span(c->text, &sp);
	/* a speaker starts with a capital letter or names an actor:
	 * "regional officials", "the governor" */
	if (sp.len && !(c->text[sp.off] >= 'A' && c->text[sp.off] <= 'Z') &&
	    !span_has_actor(c, s, sp) && !span_has_title(c, sp))
		sp.len = 0;
	if (sp.len > 80)
		sp.len = 0;
	return sp;
}

static void read_status(const struct actx *c, const struct frame *f,
			struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t trig_off = c->m[f->trig].off;
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		struct sr_span sp;

		if (e->type != SR_ENT_CUE || inside_longer(c, s, i))
			continue;
		if (e->sub == SR_CUE_PLAN && m->off < trig_off &&
		    trig_off - m->off < 60 && ev->status == SR_STATUS_REPORTED)
			ev->status = SR_STATUS_PLANNED;
		if (e->sub == SR_CUE_DENY) {
			ev->status = SR_STATUS_DENIED;
			sp = speaker(c, s, i);
			if (sp.len) {
				ev->claimed_by = sr__arena_strndup(
					&c->doc->arena, c->text + sp.off,
					sp.len);
				ev->spans.claim = sp;
			}
			return;
		}
		if (e->sub == SR_CUE_CLAIM && !ev->claimed_by) {
			sp = speaker(c, s, i);
			if (!sp.len || (sp.off <= trig_off &&
					sp.off + sp.len > trig_off))
				continue; /* the event itself is no speaker */
			ev->claimed_by = sr__arena_strndup(&c->doc->arena,
							   c->text + sp.off,
							   sp.len);
			ev->spans.claim = sp;
			if (ev->status == SR_STATUS_REPORTED)
				ev->status = SR_STATUS_CLAIMED;
		}
	}
}

/* ---- roles ---- */

static int passive_before(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

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

static void assign_roles(const struct actx *c, struct frame *f,
			 const struct sr_entry *te, struct sr_event *ev)
{
	const struct sr_match *t = &c->m[f->trig];
	const struct actor *by = NULL, *adj = NULL, *subj = NULL, *obj = NULL;
	const struct actor *claimant = NULL, *a1, *a2;
	int passive = te->pos == 'p' ||
		      (te->kind != -1 && passive_before(c, f->s, t->off));
	struct sr_span tcl = clause_of(c, f->s, t->off);
	size_t k;

	const struct actor *obj2 = NULL, *victim = NULL, *from = NULL;
	int clash = (f->kind == c->e->kid[K_ARMED_CLASH]);
	int intercept = (f->kind == c->e->kid[K_INTERCEPTION]);

	for (k = 0; k < f->nact; k++) {
		const struct actor *a = &f->act[k];
		uint32_t aend = a->span.off + a->span.len;

		if (a->claimant ||
		    (ev->spans.claim.len && a->span.off >= ev->spans.claim.off &&
		     aend <= ev->spans.claim.off + ev->spans.claim.len)) {
			if (!claimant)
				claimant = a;
			continue;
		}
		/* "three Ukrainian soldiers were killed": victims */
		if (a->victim) {
			if (!victim)
				victim = a;
			continue;
		}
		if (a->by && a->span.off > t->off) {
			if (!by)
				by = a; /* "was shelled by Russian forces" */
			continue;
		}
		if (a->from) {
			if (!from)
				from = a; /* "fired from a Russian submarine" */
			continue;
		}
		/* "a Russian cruise missile", "Ukrainian artillery fire" (the
		 * actor runs into the trigger): the side that fired */
		if (a->owns_weapon && intercept) {
			if (!obj)
				obj = a; /* "brought down a Russian drone" */
			continue;
		}
		if (a->owns_weapon ||
		    (a->span.off < t->off && aend > t->off)) {
			if (!adj)
				adj = a;
			continue;
		}
		if (aend <= t->off) {
			/* "a Russian missile attack", "Ukrainian shelling" */
			if (a->demonym && words_between(c->text, aend, t->off) <= 1) {
				adj = a;
				continue;
			}
			if (a->loc)
				continue;
			/* "Denmark and the Netherlands": the first one */
			if (!subj || !coordinated(c->text, subj->span.off +
								   subj->span.len,
						  a->span.off))
				subj = a;
		} else if (a->span.off >= t->off + t->len &&
			   a->span.off < tcl.off + tcl.len) {
			/* only in the trigger's clause */
			if (!obj)
				obj = a;
			else if (!obj2 && a->country != obj->country)
				obj2 = a;
		}
	}
	if (passive) {
		a1 = by ? by : adj;
		a2 = subj ? subj : obj;
	} else {
		a1 = by ? by : adj ? adj : subj;
		a2 = obj;
	}
	if (!a1 && from && kind_violent(c, f->kind))
		a1 = from;
	/* Fighting has two sides and no object: "clashes between Russian and
	 * Ukrainian forces", "fighting raged as Russian forces pressed on".
	 * An actor after the word is a side unless "with/against" marks it
	 * as the other one. */
	if (clash && !a1 && obj) {
		struct sr_span w = sr__prev_word(c->text, f->s->span.off,
						 obj->span.off, 1);

		if (!(w.len && (sr__word_is(c->text, w, "with") ||
				sr__word_is(c->text, w, "against") ||
				sr__word_is(c->text, w, "on")))) {
			a1 = obj;
			a2 = obj2;
		}
	}
	/* "Ukrainian defenders repelled 35 Russian assaults": the side
	 * repelled attacked */
	if (clash && (strncmp(te->phrase, "repel", 5) == 0 ||
		      strncmp(te->phrase, "repuls", 6) == 0) && a2) {
		const struct actor *tmp = a1;

		a1 = a2;
		a2 = tmp;
	}
	if (!a2 && victim && victim != a1)
		a2 = victim;
	/* "Ukrainian partisans claimed responsibility" */
	if (!a1 && claimant) {
		struct sr_span w = sr__next_word(c->text,
						 f->s->span.off + f->s->span.len,
						 claimant->span.off +
							 claimant->span.len,
						 0);
		struct sr_span w2 = w.len ? sr__next_word(
						    c->text,
						    f->s->span.off + f->s->span.len,
						    w.off + w.len, 0)
					  : w;

		if (w2.len && sr__word_is(c->text, w2, "responsibility"))
			a1 = claimant;
	}
	/* "..., blaming Ukrainian forces": the accused side acted */
	if (!a1 && kind_violent(c, f->kind)) {
		for (k = 0; k < f->nact && !a1; k++) {
			struct sr_span w = sr__prev_word(c->text, f->s->span.off,
							 f->act[k].span.off, 1);

			if (w.len && (sr__word_is(c->text, w, "blaming") ||
				      sr__word_is(c->text, w, "blamed") ||
				      sr__word_is(c->text, w, "accusing") ||
				      sr__word_is(c->text, w, "accused")))
				a1 = &f->act[k];
		}
	}
	/* "Russia said it shot down...": the speaker is the actor for acts
	 * a side reports of itself */
	if (!a1 && claimant && !(f->kind == c->e->kid[K_EXPLOSION]) &&
	    !(f->kind == c->e->kid[K_LOOTING_DESTRUCTION]) &&
	    ((f->kind == c->e->kid[K_INTERCEPTION]) ||
	     (f->kind == c->e->kid[K_TERRITORY_GAIN]) ||
	     (f->kind == c->e->kid[K_ARREST]) ||
	     (f->kind == c->e->kid[K_TROOP_DEPLOYMENT]) ||
	     !kind_violent(c, f->kind)))
		a1 = claimant;
	if (a1) {
		ev->actor1 = actor_name(c, a1, f->kind, ev, &ev->actor1_iso3);
		if (ev->actor1)
			ev->spans.actor1 = a1->span;
	}
	if (a2 && a2 != a1) {
		ev->actor2 = actor_name(c, a2, f->kind, ev, &ev->actor2_iso3);
		if (ev->actor2)
			ev->spans.actor2 = a2->span;
		if (ev->actor1 && ev->actor2 &&
		    strcmp(ev->actor1, ev->actor2) == 0) {
			ev->actor2 = NULL;
			ev->actor2_iso3 = NULL;
			ev->spans.actor2.len = 0;
		}
	}
	/* victims: civilians killed or hurt */
	if (!ev->actor2 && sentence_has_cue(c, f->s, SR_CUE_CIVILIAN) &&
	    (ev->fatalities > 0 || ev->injured > 0 ||
	     (f->kind == c->e->kid[K_ATTACK_CIVILIANS]) ||
	     (f->kind == c->e->kid[K_ABDUCTION])) &&
	    ev->country) {
		ev->actor2 = sr__arena_printf(&c->doc->arena, "Civilians (%s)",
					      ev->country);
		ev->actor2_iso3 = ev->iso3;
	}
}

/* ---- dates ---- */

static void read_date(const struct actx *c, const struct frame *f,
		      const struct sr_date_expr *carry, struct sr_event *ev)
{
	const struct sr_date_expr *d = NULL;
	uint32_t toff = c->m[f->trig].off;
	size_t k;
	uint32_t best = UINT32_MAX;

	for (k = 0; k < f->ndt; k++) {
		uint32_t off = f->dt[k].span.off;
		uint32_t dist = off > toff ? off - toff : toff - off;

		if (dist < best) {
			best = dist;
			d = &f->dt[k];
		}
	}
	if (!d)
		d = carry;
	if (d && d->date.y) {
		ev->event_date = d->date;
		ev->time_precision = d->precision;
		ev->historical = d->historical;
		if (d != carry)
			ev->spans.date = d->span;
	} else if (c->a->date.y) {
		ev->event_date = c->a->date;
		ev->time_precision = 1;
	}
}

/* ---- the frame ---- */

static void event_id(const struct actx *c, struct sr_event *ev)
{
	uint64_t h = sr__hash64(c->a->id, strlen(c->a->id));

	h = sr__hash64_more(h, &ev->sentence.off, sizeof(ev->sentence.off));
	h = sr__hash64_more(h, &ev->spans.trigger.off,
			    sizeof(ev->spans.trigger.off));
	h = sr__hash64_more(h, ev->kind, strlen(ev->kind));
	snprintf(ev->event_id, sizeof(ev->event_id), "sr-%016llx",
		 (unsigned long long)h);
}

static void apply_kind(const struct actx *c, int kind, struct sr_event *ev)
{
	const struct sr_kind *k = sr__lex_kind(c->lx, kind);

	ev->kind = k->name;
	ev->disorder_type = k->disorder_type;
	ev->event_type = k->event_type;
	ev->sub_event_type = k->sub_event_type;
	ev->plover_type = k->plover_type;
	ev->plover_mode = k->plover_mode;
	ev->cameo_code = k->cameo_code;
	if (strcmp(k->name, "territory_gain") == 0) {
		/* ACLED: government regains when the state's own forces take
		 * a place in their country */
		/* With no place found, state forces are taken to retake
		 * ground in their own country. */
		if (ev->actor1 && ev->actor1_iso3 &&
		    strncmp(ev->actor1, "Military Forces of ", 19) == 0 &&
		    (!ev->iso3 || strcmp(ev->actor1_iso3, ev->iso3) == 0))
			ev->sub_event_type = "Government regains territory";
	}
}

/* Choose the event's place among the sentence's mentions. */
static const struct mention *choose_place(const struct actx *c,
					  const struct frame *f)
{
	const struct mention *best = NULL;
	int best_score = -1000;
	uint32_t i, toff = c->m[f->trig].off;

	for (i = f->s->p0; i < f->s->p1; i++) {
		const struct mention *pm = &c->pm[i];
		int sc = 0;
		size_t k;
		int is_actor = 0;

		if (pm->place == UINT32_MAX ||
		    !in_lim(f, pm->span.off, pm->span.len))
			continue;
		for (k = 0; k < f->nact; k++)
			if (f->act[k].span.off <= pm->span.off &&
			    f->act[k].span.off + f->act[k].span.len >=
				    pm->span.off + pm->span.len &&
			    !f->act[k].loc)
				is_actor = 1;
		if (is_actor)
			continue;
		if (pm->prep == SR_CUE_IN || pm->prep == SR_CUE_ON ||
		    pm->prep == SR_CUE_OVER || pm->prep == SR_CUE_NEAR)
			sc += 20;
		else if (pm->prep == SR_CUE_FROM)
			sc -= 15;
		else if (pm->span.off >= toff &&
			 words_between(c->text, toff + c->m[f->trig].len,
				       pm->span.off) <= 1)
			sc += 20; /* "shelled Shebekino", "struck the town" */
		/* "according to the governor of Belgorod oblast": the
		 * speaker's place, not the event's */
		if (f->claim.len && pm->span.off >= f->claim.off &&
		    pm->span.off < f->claim.off + f->claim.len)
			sc -= 10;
		sc += (4 - pm->precision) * 8;
		if (pm->span.off > toff)
			sc += 3;
		if (sc > best_score) {
			best_score = sc;
			best = pm;
		}
	}
	return best;
}

/* One side named, the war known: name the other side from dyads.tsv.
 * "Ukrainian drones were shot down" -> the shooter is Russia's forces;
 * "Russian forces captured X" (a clash) -> against Ukraine's.  Nothing is
 * inferred when neither side is named.  Returns 1 if it filled a side. */
static int infer_sides(const struct actx *c, int kind, struct sr_event *ev)
{
	const char *p;
	const struct sr_country *pc;
	int opposed = (kind == c->e->kid[K_ARMED_CLASH]) ||
		      (kind == c->e->kid[K_TERRITORY_GAIN]) ||
		      (kind == c->e->kid[K_INTERCEPTION]);

	if (!kind_violent(c, kind) && !(kind == c->e->kid[K_INTERCEPTION]))
		return 0;
	/* "Air defences destroyed two missiles over the Lviv region": a
	 * side defends the sky over its own ground */
	if ((kind == c->e->kid[K_INTERCEPTION]) && !ev->actor1 &&
	    !ev->actor2 && ev->iso3 && sr__engine_partner(c->e, ev->iso3)) {
		pc = sr__country_by_iso3(ev->iso3);
		if (!pc)
			return 0;
		ev->actor1 = sr__arena_printf(&c->doc->arena,
					      "Military Forces of %s", pc->name);
		ev->actor1_iso3 = pc->iso3;
		infer_sides(c, kind, ev);
		return 1;
	}
	if (!ev->actor1 && ev->actor2 && ev->actor2_iso3 &&
	    strncmp(ev->actor2, "Civilians", 9) != 0) {
		p = sr__engine_partner(c->e, ev->actor2_iso3);
		pc = p ? sr__country_by_iso3(p) : NULL;
		if (!pc)
			return 0;
		ev->actor1 = sr__arena_printf(&c->doc->arena,
					      "Military Forces of %s", pc->name);
		ev->actor1_iso3 = pc->iso3;
		return 1;
	}
	if (ev->actor1 && !ev->actor2 && ev->actor1_iso3 && opposed &&
	    strncmp(ev->actor1, "Military Forces of ", 19) == 0) {
		p = sr__engine_partner(c->e, ev->actor1_iso3);
		pc = p ? sr__country_by_iso3(p) : NULL;
		if (!pc)
			return 0;
		ev->actor2 = sr__arena_printf(&c->doc->arena,
					      "Military Forces of %s", pc->name);
		ev->actor2_iso3 = pc->iso3;
		return 1;
	}
	return 0;
}

/* A sentence with a toll and no trigger ("the Russians killed four
 * residents", "a journalist was injured in Kherson") is an event of its
 * own when it names a place or an actor: the kind comes from a weapon,
 * else from the victims.  Returns the index of the toll word's match. */
static const struct sr_entry toll_entry = {
	SR_ENT_TRIGGER, 'v', 1, 0, -1, "toll", NULL, NULL, NULL,
};

/* "lives", "deaths", "injuries": nouns that make an event only with a
 * number in the sentence ("the war's toll on the lives of civilians"). */
static int toll_noun(const char *phrase, const struct sent *s,
		     const struct actx *c)
{
	struct sr_number n[4];
	static const char *const nouns[] = {
		"lives", "death", "deaths", "fatalities", "fatality",
		"injuries", "injury", "death toll", "dead",
	};
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(nouns); k++)
		if (strcmp(phrase, nouns[k]) == 0)
			return sr__numbers(c->text, s->span, n, 4) == 0;
	return 0;
}

static int toll_trigger(const struct actx *c, const struct sent *s,
			int *kind, const char **extra,
			const struct sr_entry **te)
{
	uint32_t i;
	int k = -1;

	if (s->p1 == s->p0 && !((s->types >> SR_ENT_ACTOR) & 1u) &&
	    !((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u))
		return -1;
	if (s->wkind >= 0) {
		k = s->wkind;
		*extra = "+weapon";
	} else if (((s->cues >> SR_CUE_CIVILIAN) & 1u) ||
		   ((s->cues >> SR_CUE_PERSON) & 1u)) {
		k = c->e->kid[K_ATTACK_CIVILIANS];
		*extra = "+civilian-victims";
	} else if ((s->cues >> SR_CUE_SOLDIER) & 1u) {
		k = c->e->kid[K_ARMED_CLASH];
		*extra = "+soldier-victims";
	}
	if (k < 0)
		return -1;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE &&
		    (e->sub == SR_CUE_KILL || e->sub == SR_CUE_INJURE) &&
		    !inside_longer(c, s, i) && !toll_noun(e->phrase, s, c) &&
		    !negated_before(c, s, c->m[i].off)) {
			*kind = k;
			*te = &toll_entry;
			return (int)i;
		}
	}
	return -1;
}

/* The date expressions of sentence s, computed once per article. */
static size_t sent_dates(const struct actx *c, const struct sent *s,
			 const struct sr_date_expr **out)
{
	struct sent *w = (struct sent *)s;

	if (w->ndt < 0) {
		struct sr_date_expr dt[MAX_DATES];
		size_t n = sr__dates(c->text, s->span, c->a->date, dt,
				     MAX_DATES);

		if (n > MAX_DATES)
			n = MAX_DATES;
		w->dt = n ? sr__arena_alloc(&c->doc->arena, n * sizeof(*dt))
			  : NULL;
		if (n && !w->dt)
			n = 0;
		if (n)
			memcpy(w->dt, dt, n * sizeof(*dt));
		w->ndt = (int)n;
	}
	*out = w->dt;
	return (size_t)w->ndt;
}

/* The date carried into sentence s from the nearest earlier sentence of
 * its paragraph that has a date expression (looking back at most four). */
static int carry_date(const struct actx *c, const struct sent *s,
		      struct sr_date_expr *out)
{
	const struct sent *p = s;
	const struct sr_date_expr *dt;
	int k;

	for (k = 0; k < 4 && p > c->s; k++) {
		size_t n;

		p--;
		if (p->para != s->para)
			return 0;
		n = sent_dates(c, p, &dt);
		if (n) {
			*out = dt[n - 1];
			return 1;
		}
	}
	return 0;
}

/* "the border village of Gorkovsky" with no such village in the
 * gazetteer: when a region is named within two sentences, the event is
 * placed in that region (geo_precision 3) rather than left without a
 * place or put in the place of an earlier sentence.  Returns 1 if set. */
static int unknown_settlement(const struct actx *c, const struct frame *f,
			      struct sr_event *ev)
{
	static const char *const words[] = {
		"village", "town", "settlement", "hamlet", "city",
	};
	const struct sent *s = f->s;
	const struct mention *best = NULL;
	struct sr_span name = {0, 0};
	uint32_t p = f->lim.off, end = f->lim.off + f->lim.len, i;
	long best_d = 3;
	size_t k;

	while (p < end && !name.len) {
		struct sr_span w = sr__next_word(c->text, end, p, 0);
		struct sr_span of, n;

		if (!w.len)
			break;
		p = w.off + w.len;
		for (k = 0; k < SR_ARRAY_LEN(words); k++)
			if (sr__word_is(c->text, w, words[k]))
				break;
		if (k == SR_ARRAY_LEN(words))
			continue;
		of = sr__next_word(c->text, end, p, 0);
		if (!of.len || !sr__word_is(c->text, of, "of"))
			continue;
		n = sr__next_word(c->text, end, of.off + of.len, 0);
		if (n.len && c->text[n.off] >= 'A' && c->text[n.off] <= 'Z')
			name = n;
	}
	if (!name.len)
		return 0;
	for (i = 0; i < c->npm; i++) {
		const struct mention *pm = &c->pm[i];
		long d = (long)pm->sent - (long)(s - c->s);

		if (pm->span.off == name.off && pm->place != UINT32_MAX)
			return 0; /* the name is known after all */
		if (pm->place == UINT32_MAX || !pm->want_admin1 ||
		    pm->precision != 3)
			continue;
		if (d < 0)
			d = -d;
		if (d < best_d) {
			best_d = d;
			best = pm;
		}
	}
	if (!best)
		return 0;
	sr__place_to_event(c, best, ev);
	ev->geo_precision = 3;
	ev->geo_reason = sr__arena_printf(
		&c->doc->arena, "no place named %.*s in the gazetteer; the "
				"region named nearby",
		(int)name.len, c->text + name.off);
	return 1;
}

/* Build and append the event of trigger match ti (kind, extra, te as
 * chosen) reading only the part lim of the sentence for places, tolls,
 * weapons and actors.  Returns 0, or SR_ENOMEM. */
static int emit_frame(struct actx *c, const struct sent *s, int ti, int kind,
		      const char *extra, int bg, const struct sr_entry *te,
		      struct sr_span lim, const struct mention *last_place,
		      struct sr_buf *work, int64_t *place_out)
{
	struct sr_date_expr carry;
	int has_carry;
	struct frame f;
	struct sr_event ev;
	const struct mention *pm;
	double conf;

	memset(&f, 0, sizeof(f));
	f.s = s;
	f.lim = lim;
	{
		const struct sr_date_expr *dt;

		f.ndt = sent_dates(c, s, &dt);
		memcpy(f.dt, dt, f.ndt * sizeof(*dt));
	}
	f.trig = (uint32_t)ti;
	f.kind = kind;
	if (!te)
		te = sr__match_entry(c, f.trig);
	f.nnum = sr__numbers(c->text, s->span, f.num, MAX_NUMS);
	if (f.nnum > MAX_NUMS)
		f.nnum = MAX_NUMS;
	collect_actors(c, &f);

	sr__event_init(&ev);
	ev.article_id = c->a->id;
	ev.text = c->text;
	ev.text_len = c->len;
	ev.sentence = s->span;
	ev.spans.trigger.off = c->m[f.trig].off;
	ev.spans.trigger.len = c->m[f.trig].len;
	conf = 0.45 + 0.12 * (te->strength - 1);
	read_status(c, &f, &ev);
	f.claim = ev.spans.claim;
	pm = choose_place(c, &f);
	if (pm) {
		sr__place_to_event(c, pm, &ev);
		conf += 0.15;
	} else if (unknown_settlement(c, &f, &ev)) {
		conf -= 0.05; /* "the village of Gorkovsky": its region */
	} else if (last_place &&
		   last_place->sent + 3 >= (uint32_t)(s - c->s) &&
		   c->s[last_place->sent].para == s->para) {
		sr__place_to_event(c, last_place, &ev);
		ev.spans.place.len = 0; /* not from this sentence */
		conf -= 0.05;
	}
	has_carry = !f.ndt && carry_date(c, s, &carry);
	read_date(c, &f, has_carry ? &carry : NULL, &ev);
	read_counts(c, &f, &ev);
	read_quantity(c, &f, &ev);
	read_weapons(c, &f, &ev);
	assign_roles(c, &f, te, &ev);
	if (ev.actor1)
		conf += 0.1;
	if (infer_sides(c, kind, &ev)) {
		extra = sr__arena_printf(&c->doc->arena, "%s+dyad", extra);
		conf -= 0.1;
	}
	if (!ev.actor1 && ev.country) {
		/* demonstrations are made by protesters, riots by rioters */
		const char *who = NULL;

		if ((kind == c->e->kid[K_PEACEFUL_PROTEST]) ||
		    (kind == c->e->kid[K_PROTEST_INTERVENTION]) ||
		    (kind == c->e->kid[K_PROTEST_EXCESSIVE_FORCE]))
			who = "Protesters (%s)";
		else if ((kind == c->e->kid[K_VIOLENT_DEMONSTRATION]) ||
			 (kind == c->e->kid[K_MOB_VIOLENCE]))
			who = "Rioters (%s)";
		if (who) {
			ev.actor1 = sr__arena_printf(&c->doc->arena, who,
						     ev.country);
			ev.actor1_iso3 = ev.iso3;
		}
	}
	apply_kind(c, kind, &ev);
	/* Background and commentary ("both sides have intensified drone
	 * attacks") is not an event unless it gives a toll or a date. */
	if (bg && ev.fatalities < 0 && ev.injured < 0 && !ev.spans.date.len &&
	    !(kind == c->e->kid[K_PEACEFUL_PROTEST]))
		return SR_OK;
	ev.rule = sr__arena_printf(&c->doc->arena, "trigger:%s%s", te->phrase,
				   extra ? extra : "");
	if (extra && *extra == '+' && strncmp(extra, "+weapon", 7) != 0)
		conf -= 0.1;
	ev.confidence = conf < 0.05 ? 0.05 : conf > 0.95 ? 0.95 : conf;
	event_id(c, &ev);
	*place_out = ev.gazetteer_id;
	if (sr__buf_append(work, &ev, sizeof(ev)))
		return SR_ENOMEM;
	return SR_OK;
}

/* A second event in the same sentence: a decisive trigger of a violent
 * kind in another clause that names its own place ("..., while drones
 * struck Odesa").  Returns its match index or -1. */
static int second_trigger(const struct actx *c, const struct sent *s,
			  uint32_t first, int first_kind, int *kind,
			  const char **extra)
{
	struct sr_span cl1 = clause_of(c, s, c->m[first].off);
	uint32_t i, k;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span cl;
		const char *x = "";
		int kd, has_place = 0;

		if (e->type != SR_ENT_TRIGGER || e->strength < 2 || i == first)
			continue;
		cl = clause_of(c, s, c->m[i].off);
		if (cl.off == cl1.off)
			continue;
		if (inside_longer(c, s, i) || negated_before(c, s, c->m[i].off) ||
		    attributive(c, s, c->m[i].off, e) ||
		    anaphoric(c, s, i, e) || topic_before(c, s, c->m[i].off))
			continue;
		{
			struct sr_span before = {cl.off, c->m[i].off - cl.off};

			if (cue_in(c, s, before, SR_CUE_GENERIC))
				continue;
		}
		kd = resolve_kind(c, s, e, c->m[i].off, &x);
		if (kd < 0 || (!kind_violent(c, kd) &&
			       !(kd == c->e->kid[K_INTERCEPTION])))
			continue;
		if (kd == first_kind && e->kind < 0)
			continue; /* a generic word repeating the first */
		for (k = s->p0; k < s->p1; k++) {
			const struct mention *pm = &c->pm[k];

			if (pm->place != UINT32_MAX && !pm->is_country &&
			    pm->precision <= 2 && pm->span.off >= cl.off &&
			    pm->span.off + pm->span.len <= cl.off + cl.len &&
			    pm->prep != SR_CUE_FROM)
				has_place = 1;
		}
		if (!has_place)
			continue;
		*kind = kd;
		*extra = x;
		return (int)i;
	}
	return -1;
}

/* "A missile hit a hospital in Kyiv. At least 27 people were killed and
 * 82 injured.": a toll with no event word of its own, in the next sentence
 * or the one after, belongs to the event just told when that event has no
 * toll yet and the sentence names no other place.  Fills the counts and
 * returns 1; 0 when the toll is not a continuation. */
static int toll_continues(struct actx *c, const struct sent *s,
			  struct sr_buf *work)
{
	struct sr_event *prev, tmp;
	struct frame f;
	const struct sent *ps = NULL;
	uint32_t i;

	if (!((s->cues >> SR_CUE_KILL) & 1u) &&
	    !((s->cues >> SR_CUE_INJURE) & 1u))
		return 0;
	if (work->len < sizeof(*prev))
		return 0;
	prev = (struct sr_event *)(work->data + work->len - sizeof(*prev));
	for (i = 0; i < c->ns; i++)
		if (c->s[i].span.off == prev->sentence.off)
			ps = &c->s[i];
	if (!ps || ps->para != s->para || s - ps > 2 || s <= ps)
		return 0;
	if (prev->fatalities != SR_NULL_COUNT && prev->injured != SR_NULL_COUNT)
		return 0;
	for (i = s->p0; i < s->p1; i++) {
		const struct mention *pm = &c->pm[i];
		struct sr_event pe;

		if (pm->place == UINT32_MAX || pm->is_country)
			continue;
		sr__event_init(&pe);
		sr__place_to_event(c, pm, &pe);
		if (pe.gazetteer_id != prev->gazetteer_id && pm->precision <= 2)
			return 0; /* another place: another event */
	}
	memset(&f, 0, sizeof(f));
	f.s = s;
	f.lim = s->span;
	f.nnum = sr__numbers(c->text, s->span, f.num, MAX_NUMS);
	if (f.nnum > MAX_NUMS)
		f.nnum = MAX_NUMS;
	sr__event_init(&tmp);
	read_counts(c, &f, &tmp);
	if (tmp.fatalities == SR_NULL_COUNT && tmp.injured == SR_NULL_COUNT)
		return 0;
	if (prev->fatalities == SR_NULL_COUNT && tmp.fatalities != SR_NULL_COUNT) {
		prev->fatalities = tmp.fatalities;
		prev->fatalities_low = tmp.fatalities_low;
		prev->fatalities_high = tmp.fatalities_high;
		prev->spans.fatalities = tmp.spans.fatalities;
	}
	if (prev->injured == SR_NULL_COUNT && tmp.injured != SR_NULL_COUNT) {
		prev->injured = tmp.injured;
		prev->injured_low = tmp.injured_low;
		prev->injured_high = tmp.injured_high;
		prev->spans.injured = tmp.spans.injured;
	}
	if (!prev->actor2 && ((s->cues >> SR_CUE_CIVILIAN) & 1u) &&
	    prev->country && kind_violent(c, sr__lex_kind_find(c->lx,
								prev->kind))) {
		prev->actor2 = sr__arena_printf(&c->doc->arena,
						"Civilians (%s)", prev->country);
		prev->actor2_iso3 = prev->iso3;
	}
	prev->rule = sr__arena_printf(&c->doc->arena, "%s+toll-next-sentence",
				      prev->rule);
	return 1;
}

/* 1 if the bytes of w occur in text[sp]. */
static int has_text(const char *text, struct sr_span sp, const char *w)
{
	size_t n = strlen(w), i;

	for (i = sp.off; i + n <= (size_t)sp.off + sp.len; i++)
		if (text[i] == w[0] && memcmp(text + i, w, n) == 0)
			return 1;
	return 0;
}

/* "A car bomb killed an official in Melitopol. Ukrainian partisans claimed
 * responsibility.": the group claiming the event just told is its actor1
 * when none was named.  Returns 1 if it filled it. */
static int responsibility_continues(struct actx *c, const struct sent *s,
				    struct sr_buf *work)
{
	struct sr_event *prev;
	struct frame f;
	uint32_t i;
	size_t k;

	if (work->len < sizeof(*prev) || !has_text(c->text, s->span,
						     "responsibility"))
		return 0;
	prev = (struct sr_event *)(work->data + work->len - sizeof(*prev));
	if (prev->actor1 || prev->sentence.off + prev->sentence.len > s->span.off ||
	    s->span.off - (prev->sentence.off + prev->sentence.len) > 3)
		return 0;
	memset(&f, 0, sizeof(f));
	f.s = s;
	f.lim = s->span;
	f.kind = sr__lex_kind_find(c->lx, prev->kind);
	collect_actors(c, &f);
	for (k = 0; k < f.nact; k++) {
		const struct actor *a = &f.act[k];

		for (i = a->span.off + a->span.len;
		     i < s->span.off + s->span.len && i < a->span.off + 60; i++)
			if (memcmp(c->text + i, "responsibility", 14) == 0)
				break;
		if (i >= s->span.off + s->span.len || i >= a->span.off + 60)
			continue;
		prev->actor1 = actor_name(c, a, f.kind, prev, &prev->actor1_iso3);
		if (!prev->actor1)
			continue;
		prev->spans.actor1 = a->span;
		prev->rule = sr__arena_printf(&c->doc->arena,
					      "%s+responsibility", prev->rule);
		return 1;
	}
	return 0;
}

static int frame_sentence(struct actx *c, const struct sent *s,
			  const struct mention **last_place,
			  struct sr_buf *work)
{
	const struct sr_entry *te = NULL;
	const char *extra = "", *extra2 = "";
	int kind = -1, kind2 = -1, ti, ti2 = -1, bg = 0, rc = SR_OK;
	struct sr_span lim1 = s->span, lim2 = s->span;
	int64_t place1 = 0, place2 = 0;
	size_t before = work->len;

	if (!((s->types >> SR_ENT_TRIGGER) & 1u) &&
	    !((s->cues >> SR_CUE_KILL) & 1u) &&
	    !((s->cues >> SR_CUE_INJURE) & 1u) &&
	    !((s->cues >> SR_CUE_CLAIM) & 1u))
		goto carry;
	ti = choose_trigger(c, s, &kind, &extra, &bg);
	if (ti < 0 && responsibility_continues(c, s, work))
		goto carry;
	if (ti < 0 && toll_continues(c, s, work))
		goto carry;
	if (ti < 0)
		ti = toll_trigger(c, s, &kind, &extra, &te);
	if (ti < 0)
		goto carry;
	if (!te)
		ti2 = second_trigger(c, s, (uint32_t)ti, kind, &kind2, &extra2);
	if (ti2 >= 0) {
		/* split the sentence at the second event's clause */
		struct sr_span cl2 = clause_of(c, s, c->m[ti2].off);

		if (c->m[ti2].off > c->m[ti].off) {
			lim1.len = cl2.off - s->span.off;
			lim2.off = cl2.off;
			lim2.len = s->span.off + s->span.len - cl2.off;
		} else {
			lim2.len = cl2.off + cl2.len - s->span.off;
			lim1.off = cl2.off + cl2.len;
			lim1.len = s->span.off + s->span.len - lim1.off;
		}
	}
	rc = emit_frame(c, s, ti, kind, extra, bg, te, lim1, *last_place, work,
			&place1);
	if (!rc && ti2 >= 0) {
		rc = emit_frame(c, s, ti2, kind2, extra2, 0, NULL, lim2,
				*last_place, work, &place2);
		/* the same place twice: one event told twice, keep the first */
		if (!rc && work->len > before + sizeof(struct sr_event) &&
		    place1 == place2)
			work->len -= sizeof(struct sr_event);
	}
carry:
	{
		uint32_t i;

		for (i = s->p0; i < s->p1; i++)
			if (c->pm[i].place != UINT32_MAX &&
			    !c->pm[i].is_country &&
			    c->pm[i].prep != SR_CUE_FROM)
				*last_place = &c->pm[i];
	}
	return rc;
}

/* ---- one article ---- */

static int cmp_match(const void *x, const void *y)
{
	const struct sr_match *a = x, *b = y;

	if (a->off != b->off)
		return a->off < b->off ? -1 : 1;
	if (a->len != b->len)
		return a->len > b->len ? -1 : 1;
	return a->entry < b->entry ? -1 : a->entry > b->entry;
}

static int split(struct actx *c)
{
	struct sr_doc *doc = c->doc;
	size_t n, i, cap = 64, t_used = 0;
	struct sr_span *sp;
	struct sr_token *tok;
	uint32_t mi = 0, para = 0;
	int rc;
	uint32_t w_end = 0;

	/* sentences */
	for (;;) {
		sr__buf_reset(&doc->sents);
		rc = sr__buf_reserve(&doc->sents, cap * sizeof(*sp));
		if (rc)
			return rc;
		sp = (struct sr_span *)doc->sents.data;
		n = sr__sentences(c->text, c->len, sp, cap);
		if (n <= cap)
			break;
		if (n > SR_MAX_SENTENCES)
			return SR_ETOOBIG;
		cap = n;
	}
	c->s = sr__arena_alloc(&doc->arena, (n ? n : 1) * sizeof(*c->s));
	/* tokens: at most one per byte of the sentence, capped */
	tok = sr__arena_alloc(&doc->arena,
			      (c->len / 2 + n + 1) * sizeof(*tok));
	if (!c->s || !tok)
		return SR_ENOMEM;
	c->ns = n;
	c->tok = tok;
	for (i = 0; i < n; i++) {
		struct sent *s = &c->s[i];
		size_t k, nt;
		uint32_t prev_end = i ? sp[i - 1].off + sp[i - 1].len : 0;

		s->span = sp[i];
		for (k = prev_end; k < sp[i].off; k++)
			if (c->text[k] == '\n' && k + 1 < sp[i].off &&
			    memchr(c->text + k + 1, '\n', sp[i].off - k - 1)) {
				para++;
				break;
			}
		s->para = para;
		while (mi < c->nm && c->m[mi].off < sp[i].off)
			mi++;
		s->m0 = mi;
		s->cues = 0;
		s->types = 0;
		s->wkind = -1;
		s->wkind_def = -1;
		s->ndt = -1;
		s->nmark = -1;
		w_end = 0;
		while (mi < c->nm &&
		       c->m[mi].off + c->m[mi].len <= sp[i].off + sp[i].len) {
			const struct sr_entry *e = sr__match_entry(c, mi);

			s->types |= 1u << e->type;
			if (e->type == SR_ENT_CUE)
				s->cues |= 1u << e->sub;
			else if (e->type == SR_ENT_WEAPON) {
				/* "tank" inside "anti-tank mine": the longer
				 * match came first and wins */
				/* "the bomb" points back to a weapon already
				 * named; it does not name a new kind */
				struct sr_span dw = sr__prev_word(
					c->text, sp[i].off, c->m[mi].off, 0);
				int definite = dw.len &&
					       (sr__word_is(c->text, dw, "the") ||
						sr__word_is(c->text, dw, "this") ||
						sr__word_is(c->text, dw, "that"));

				if (e->kind >= 0 && s->wkind < 0 &&
				    c->m[mi].off >= w_end && !definite)
					s->wkind = e->kind;
				if (e->kind >= 0 && s->wkind_def < 0 &&
				    c->m[mi].off >= w_end && definite)
					s->wkind_def = e->kind;
				if (c->m[mi].off + c->m[mi].len > w_end)
					w_end = c->m[mi].off + c->m[mi].len;
			}
			mi++;
		}
		s->m1 = mi;
		nt = SR_MIN(SR_MAX_SENTENCE_TOKENS,
			    c->len / 2 + n + 1 - t_used);
		nt = sr__tokens(c->text, sp[i], tok + t_used, nt);
		s->t0 = (uint32_t)t_used;
		t_used += nt;
		s->t1 = (uint32_t)t_used;
	}
	c->ntok = t_used;
	return SR_OK;
}

/* Fold an event into the previous one when both tell the same thing: same
 * kind, compatible place, same day, within one paragraph. */
static int same_event(const struct sr_event *a, const struct sr_event *b)
{
	if (strcmp(a->kind, b->kind) != 0)
		return 0;
	if (a->event_date.y != b->event_date.y ||
	    a->event_date.m != b->event_date.m ||
	    a->event_date.d != b->event_date.d)
		return 0;
	if (a->gazetteer_id && b->gazetteer_id &&
	    a->gazetteer_id != b->gazetteer_id)
		return 0;
	if (a->actor1 && b->actor1 && strcmp(a->actor1, b->actor1) != 0)
		return 0;
	return 1;
}

static void fill(struct sr_event *a, const struct sr_event *b)
{
	if (!a->gazetteer_id && b->gazetteer_id) {
		a->location = b->location;
		a->admin1 = b->admin1;
		a->country = b->country;
		a->iso3 = b->iso3;
		a->latitude = b->latitude;
		a->longitude = b->longitude;
		a->geo_precision = b->geo_precision;
		a->gazetteer_id = b->gazetteer_id;
		a->spans.place = b->spans.place;
	}
	if (!a->actor1 && b->actor1) {
		a->actor1 = b->actor1;
		a->actor1_iso3 = b->actor1_iso3;
		a->spans.actor1 = b->spans.actor1;
	}
	if (!a->actor2 && b->actor2) {
		a->actor2 = b->actor2;
		a->actor2_iso3 = b->actor2_iso3;
		a->spans.actor2 = b->spans.actor2;
	}
	if (a->fatalities == SR_NULL_COUNT && b->fatalities != SR_NULL_COUNT) {
		a->fatalities = b->fatalities;
		a->fatalities_low = b->fatalities_low;
		a->fatalities_high = b->fatalities_high;
		a->spans.fatalities = b->spans.fatalities;
	}
	if (a->injured == SR_NULL_COUNT && b->injured != SR_NULL_COUNT) {
		a->injured = b->injured;
		a->injured_low = b->injured_low;
		a->injured_high = b->injured_high;
		a->spans.injured = b->spans.injured;
	}
	if (!a->weapons && b->weapons) {
		a->weapons = b->weapons;
		a->spans.weapons = b->spans.weapons;
	}
	if (!a->quantity && b->quantity) {
		a->quantity = b->quantity;
		a->spans.quantity = b->spans.quantity;
	}
	if (!a->claimed_by && b->claimed_by) {
		a->claimed_by = b->claimed_by;
		a->status = b->status;
		a->spans.claim = b->spans.claim;
	}
	if (b->confidence > a->confidence)
		a->confidence = b->confidence;
}

int sr_extract(const struct sr_engine *e, const struct sr_article *a,
	       struct sr_doc *doc)
{
	struct actx c;
	int rc;
	const struct mention *last_place = NULL;
	struct sr_event *evs;
	size_t i, n, prev_para_ev = (size_t)-1;
	uint32_t cur_para = UINT32_MAX;

	sr__doc_reset(doc);
	memset(&c, 0, sizeof(c));
	c.e = e;
	c.lx = e->lex;
	c.ent = sr__lex_entry(e->lex, 0);
	c.a = a;
	c.doc = doc;
	c.text = a->text;
	c.len = a->text_len;
	if (c.len > SR_MAX_DOC_LEN)
		return SR_ETOOBIG;
	rc = sr__fold_text(&doc->fold, c.text, c.len);
	if (rc)
		return rc;
	sr__buf_reset(&doc->matches);
	rc = sr__lex_scan(e->lex, &doc->fold, &doc->matches);
	if (rc)
		return rc;
	c.m = (struct sr_match *)doc->matches.data;
	c.nm = doc->matches.len / sizeof(struct sr_match);
	/* The automaton reports matches by end offset, which is nearly the
	 * order by start: an insertion sort is linear here. */
	for (i = 1; i < c.nm; i++) {
		struct sr_match x = c.m[i];
		size_t j = i;

		while (j > 0 && cmp_match(&c.m[j - 1], &x) > 0) {
			c.m[j] = c.m[j - 1];
			j--;
		}
		c.m[j] = x;
	}
	rc = split(&c);
	if (rc || e->stop_after == SR_STAGE_SCAN)
		return rc;
	rc = sr__places_collect(&c);
	if (rc)
		return rc;
	sr__places_resolve(&c);
	if (e->stop_after == SR_STAGE_PLACES)
		return SR_OK;
	sr__buf_reset(&doc->work);
	for (i = 0; i < c.ns; i++) {
		if (c.s[i].para != cur_para) {
			cur_para = c.s[i].para;
			last_place = NULL;
		}
		rc = frame_sentence(&c, &c.s[i], &last_place, &doc->work);
		if (rc)
			return rc;
	}
	evs = (struct sr_event *)doc->work.data;
	n = doc->work.len / sizeof(*evs);
	cur_para = UINT32_MAX;
	for (i = 0; i < n; i++) {
		uint32_t para = 0;
		size_t k;

		for (k = 0; k < c.ns; k++)
			if (c.s[k].span.off == evs[i].sentence.off)
				para = c.s[k].para;
		if (prev_para_ev != (size_t)-1 &&
		    same_event(&evs[prev_para_ev], &evs[i]) &&
		    evs[prev_para_ev].sentence.len &&
		    para == cur_para) {
			fill(&evs[prev_para_ev], &evs[i]);
			evs[i].kind = NULL; /* folded */
		} else {
			prev_para_ev = i;
		}
		cur_para = para;
	}
	for (i = 0; i < n; i++) {
		if (!evs[i].kind)
			continue;
		rc = sr__doc_push(doc, &evs[i]);
		if (rc)
			return rc;
	}
	return SR_OK;
}
