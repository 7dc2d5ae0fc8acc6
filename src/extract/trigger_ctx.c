/*
 * trigger_ctx.c - the context gates of triggers: words that make an event
 * only in some contexts ("took" with a place for object, "control" after
 * "under", "blocked" with a road, "gathered" with a purpose, "downed" with
 * something that flies, "merged" with armed groups), and the subjects and
 * objects that change a trigger's kind (air defence acting on an attack,
 * a projectile brought down, hardware lost in a fight, people seized).
 * Exports the sr__x_ gate functions of rules.h; trigger.c chooses among
 * the triggers that pass.  Pure functions of the sentence; no state.
 */
#include "rules.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

int sr__x_is_kind(const struct actx *c, int kind, const char *name)
{
	const struct sr_kind *k = kind >= 0 ? sr__lex_kind(c->lx, kind) : NULL;

	return k && sr__streq(k->name, name);
}
/* The next word after off before end, past any punctuation between;
 * len 0 at the end. */
static struct sr_span word_after(const char *text, uint32_t end, uint32_t off)
{
	while (off < end) {
		unsigned char ch = (unsigned char)text[off];

		if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')
			break;
		if ((ch >= '0' && ch <= '9') || ch >= 0x80)
			break;
		off++;
	}
	return sr__next_word(text, end, off, 0);
}
static int is_projectile(const struct sr_entry *w, const char *const *proj,
			 size_t nproj)
{
	size_t q;

	for (q = 0; w->name && q < nproj; q++)
		if (sr__streq(w->name, proj[q]))
			return 1;
	return 0;
}
/* "... with 16 attack drones. Fourteen of them were destroyed", "All of
 * them were shot down": a passive verb whose subject is "them" ("of
 * them", "they") right before "were" (at w), standing for the
 * projectiles of the sentence before in the paragraph. */
static int pronoun_projectile(const struct actx *c, const struct sent *s,
			      struct sr_span w, const char *const *proj,
			      size_t nproj)
{
	static const char *const flight[] = {
		"flying", "heading", "headed",	 "approaching",
		"aimed",  "bound",   "launched", "fired",
		"over",	  "towards", "toward"
	};
	uint32_t i, last = UINT32_MAX, end;
	int it;

	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len)
		return 0;
	it = sr__word_is(c->text, w, "it");
	if (!it && !(sr__word_is(c->text, w, "them") ||
		     sr__word_is(c->text, w, "they")))
		return 0;
	if (s == c->s || s[-1].para != s->para)
		return 0;
	for (i = s[-1].m0; i < s[-1].m1; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_WEAPON &&
		    is_projectile(sr__match_entry(c, i), proj, nproj)) {
			if (!it)
				return 1;
			last = i;
		}
	/* "... repelled an attack by a UAV flying towards Moscow. It was
	 * destroyed near Podolsk": "it" is the projectile when the
	 * sentence before ends on it, or on its flight ("A drone hit a
	 * warehouse. It was destroyed": the warehouse) */
	if (last == UINT32_MAX)
		return 0;
	end = s[-1].span.off + s[-1].span.len;
	w = sr__next_word(c->text, end, c->m[last].off + c->m[last].len, 0);
	return !w.len || sr__word_in(c->text, w, flight, SR_ARRAY_LEN(flight));
}
/* "All 14 drones that Russia sent overnight were destroyed", "the enemy
 * drones heading for the capital were detected and destroyed": the verb
 * in the passive (was/were/been in the three words before it) and the
 * nearest weapon before it, in its clause, a projectile; any trigger
 * between them only in a relative clause opened right after the
 * weapon. */
static int passive_projectile(const struct actx *c, const struct sent *s,
			      uint32_t trig_off, const char *const *proj,
			      size_t nproj)
{
	struct sr_span w = { trig_off, 0 };
	uint32_t i, wi = UINT32_MAX, p;
	int k, passive = 0;

	for (k = 0; k < 3 && !passive; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		passive = sr__word_is(c->text, w, "were") ||
			  sr__word_is(c->text, w, "was") ||
			  sr__word_is(c->text, w, "been");
	}
	if (!passive)
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < trig_off; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_WEAPON)
			wi = i;
	if (wi == UINT32_MAX)
		return pronoun_projectile(c, s, w, proj, nproj);
	if (!sr__match_entry(c, wi)->name ||
	    !is_projectile(sr__match_entry(c, wi), proj, nproj))
		return 0;
	for (p = c->m[wi].off; p < trig_off; p++)
		if (c->text[p] == ',' || c->text[p] == ';')
			return 0;
	w = sr__next_word(c->text, trig_off, c->m[wi].off + c->m[wi].len, 0);
	if (w.len && (sr__word_is(c->text, w, "that") ||
		      sr__word_is(c->text, w, "which")))
		return 1;
	for (i = wi + 1; i < s->m1 && c->m[i].off < trig_off; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_TRIGGER)
			return 0;
	return 1;
}
/* "destroyed two Russian drones over Belgorod": a projectile right after
 * "destroyed" (numbers and a demonym between, nothing naming the means)
 * was brought down, not fired; "destroyed a drone depot" is no such
 * case: a noun after the weapon makes it a modifier. */
int sr__x_downs_projectile(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const projectiles[] = {
		"drone",	"FPV drone",	  "Lancet drone",
		"Shahed drone", "naval drone",	  "loitering munition",
		"missile",	"cruise missile", "ballistic missile",
		"rocket",	"ATACMS",	  "Iskander",
		"Kalibr",	"Kh-101",	  "Kh-22",
		"Kinzhal",	"SCALP",	  "Storm Shadow",
		"Tochka-U",	"glide bomb",	  "aerial bomb",
	};
	static const char *const after_ok[] = {
		"over",	     "near",	  "in",		 "on",	   "above",
		"overnight", "during",	  "and",	 "at",	   "from",
		"launched",  "fired",	  "that",	 "which",  "as",
		"flying",    "heading",	  "approaching", "headed", "aimed",
		"bound",     "targeting", "en",
	};
	uint32_t end = trig_off + (uint32_t)strlen(e->phrase), i;
	size_t k;

	if (!sr__x_starts(e->phrase, "destroy"))
		return 0;
	if (passive_projectile(c, s, trig_off, projectiles,
			       SR_ARRAY_LEN(projectiles)))
		return 1;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *w = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		struct sr_span nw;
		int proj = 0;

		if (m->off < end || w->type != SR_ENT_WEAPON)
			continue;
		/* "an explosive-laden drone": the drone after it counts */
		if (m->off + m->len < s->span.off + s->span.len &&
		    c->text[m->off + m->len] == '-' &&
		    sr__x_has_text(c->text,
				   ((struct sr_span){ m->off + m->len, 8 }),
				   "-laden"))
			continue;
		/* (five words for a share: "destroyed 26 of the 31
		 * drones") */
		if (m->off > end + 40 ||
		    sr__x_words_between(c->text, end, m->off) >
			(sr__x_has_text(c->text,
					((struct sr_span){ end, m->off - end }),
					" of ")
			     ? 5
			     : 3))
			return 0;
		for (k = 0; k < SR_ARRAY_LEN(projectiles) && w->name; k++)
			if (sr__streq(w->name, projectiles[k]))
				proj = 1;
		if (!proj)
			return 0;
		for (k = end; k < m->off; k++)
			if (c->text[k] == ',' || c->text[k] == ';')
				return 0;
		/* "the pizzeria was destroyed by a missile": the weapon is
		 * who destroyed, not what was */
		if (sr__x_has_text(c->text,
				   ((struct sr_span){ end, m->off - end }),
				   " by "))
			return 0;
		nw = sr__next_word(c->text, s->span.off + s->span.len,
				   m->off + m->len, 0);
		if (!nw.len || nw.off > m->off + m->len + 1)
			return 1; /* punctuation or the end follows */
		return sr__word_in(c->text, nw, after_ok,
				   SR_ARRAY_LEN(after_ok));
	}
	return 0;
}
/* "destroyed 11 invaders and a UAV", "destroyed two tanks": every
 * weapon of the sentence is the object of the active verb (after it in
 * its clause, with no "with"/"using" before it), so none tells how the
 * attack was made. */
int sr__x_objects_only(const struct actx *c, const struct sent *s,
		       const struct sr_entry *e, uint32_t trig_off)
{
	struct sr_span cl;
	uint32_t i, ti = UINT32_MAX, n = 0;

	if (e->pos != 'v' || sr__x_passive_before(c, s, trig_off))
		return 0;
	for (i = s->m0; i < s->m1; i++)
		if (c->m[i].off == trig_off && sr__match_entry(c, i) == e)
			ti = i;
	if (ti == UINT32_MAX)
		return 0;
	cl = sr__x_clause_of(c, s, trig_off);
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *w = sr__match_entry(c, i);
		uint32_t off = c->m[i].off;

		if (w->type != SR_ENT_WEAPON || w->kind < 0)
			continue;
		if (off <= trig_off || off >= cl.off + cl.len ||
		    sr__x_instrument_between(c, &c->m[ti], e, off))
			return 0;
		n++;
	}
	return n > 0;
}
/* 1 if one of the 8 bytes at p, or'd with fold (0x20 in each byte to
 * ignore case, or 0), is the byte of pat (one byte repeated): exact, as
 * the borrow test errs only above a real zero byte. */
static inline int has_byte8(const unsigned char *p, uint64_t fold, uint64_t pat)
{
	uint64_t x;

	memcpy(&x, p, 8);
	x = (x | fold) ^ pat;
	return ((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL) != 0;
}
/* The bytes of has_byte8 as a mask: its lowest set bit (bit 7 of a byte)
 * is exact (bits above it may be false), and on a little-endian machine
 * it marks the first such byte in memory. */
static inline uint64_t byte8_mask(const unsigned char *p, uint64_t fold,
				  uint64_t pat)
{
	uint64_t x;

	memcpy(&x, p, 8);
	x = (x | fold) ^ pat;
	return (x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL;
}
/* "Air defence forces destroyed 12 drones", "air defences had repelled
 * an attack on the city": air defence acting on an attack (named before
 * the trigger in its clause, with no "was"/"by" between that would make
 * it the target) stops weapons in flight, whatever the verb. */
static const char *const air_defence_heads[] = {
	"air defence", "air defense",	"air-defence",
	"air-defense", "anti-aircraft", "antiaircraft",
	"anti-air",    "air defences",	"air defenses",
};
/* The length of the air defence words ("air defence", "anti-aircraft")
 * that start at offset p and end by lim, or 0. */
uint32_t sr__x_air_defence_at(const char *text, uint32_t p, uint32_t lim)
{
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(air_defence_heads); k++) {
		size_t n = strlen(air_defence_heads[k]);

		if (p + n <= lim &&
		    sr__strncaseeq(text + p, n, air_defence_heads[k]))
			return (uint32_t)n;
	}
	return 0;
}
int sr__x_air_defence_acts(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const breaks[] = {
		"was", "were", "been", "being", "by", "on", "against", "at",
	};
	const unsigned char *t = (const unsigned char *)c->text;
	struct sr_span cl, w;
	uint32_t p, q = UINT32_MAX;
	size_t k;

	if (!(e->kind == SR_KIND_ATTACK || e->kind == SR_KIND_STRIKE ||
	      e->kind == c->e->kid[K_ARMED_CLASH] ||
	      e->kind == c->e->kid[K_SHELLING_MISSILE] ||
	      e->kind == c->e->kid[K_AIR_DRONE_STRIKE]))
		return 0;
	if (e->pos == 'p')
		return 0;
	cl = sr__x_clause_of(c, s, trig_off);
	p = cl.off;
#if defined(__SSE2__)
	/* every head starts "air" or "ant": sixteen places a step (reading
	 * on past the trigger, within the sentence), and only those with
	 * one of the two are asked further, in order */
	for (; p < trig_off && p + 18 <= s->span.off + s->span.len &&
	       q == UINT32_MAX;
	     p += 16) {
		const __m128i low = _mm_set1_epi8(0x20);
		__m128i x0 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)(t + p)),
		    low);
		__m128i x1 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)(t + p + 1)),
		    low);
		__m128i x2 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)(t + p + 2)),
		    low);
		__m128i ir =
		    _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8('i')),
				  _mm_cmpeq_epi8(x2, _mm_set1_epi8('r')));
		__m128i nt =
		    _mm_and_si128(_mm_cmpeq_epi8(x1, _mm_set1_epi8('n')),
				  _mm_cmpeq_epi8(x2, _mm_set1_epi8('t')));
		unsigned m = (unsigned)_mm_movemask_epi8(
		    _mm_and_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('a')),
				  _mm_or_si128(ir, nt)));

		if (trig_off - p < 16)
			m &= (1u << (trig_off - p)) - 1;
		for (; m && q == UINT32_MAX; m &= m - 1) {
			uint32_t h = p + (uint32_t)__builtin_ctz(m);

			/* at the start of a word ("and", "any", "an": none),
			 * 8 bytes at least */
			if (trig_off - h < 8 ||
			    (h > cl.off && ((t[h - 1] | 0x20) >= 'a' &&
					    (t[h - 1] | 0x20) <= 'z')))
				continue;
			k = sr__x_air_defence_at(c->text, h, trig_off);
			if (k)
				q = h + (uint32_t)k;
		}
	}
#endif
	for (; p < trig_off && q == UINT32_MAX; p++) {
		/* 8 bytes at a time while none is 'a' or 'A', then straight
		 * to the first that is */
		while (trig_off - p >= 8) {
			uint64_t m = byte8_mask(t + p, 0x2020202020202020ULL,
						0x6161616161616161ULL);

			if (m) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				p += (uint32_t)__builtin_ctzll(m) / 8;
#endif
				break;
			}
			p += 8;
		}
		if (p >= trig_off)
			break;
		/* every head starts "air" or "ant", at the start of a word
		 * ("and", "any", "an": none), and has 8 bytes at least */
		if ((t[p] | 0x20) != 'a' || trig_off - p < 8 ||
		    (p > cl.off &&
		     ((t[p - 1] | 0x20) >= 'a' && (t[p - 1] | 0x20) <= 'z')) ||
		    !(((t[p + 1] | 0x20) == 'i' && (t[p + 2] | 0x20) == 'r') ||
		      ((t[p + 1] | 0x20) == 'n' && (t[p + 2] | 0x20) == 't')))
			continue;
		k = sr__x_air_defence_at(c->text, p, trig_off);
		if (k)
			q = p + (uint32_t)k;
	}
	/* nor after a passive verb: asked only once a head is found, as
	 * most clauses have none */
	if (q == UINT32_MAX ||
	    (e->pos == 'v' && sr__x_passive_before(c, s, trig_off)))
		return 0;
	for (w = sr__next_word(c->text, trig_off, q, 0); w.len;
	     w = sr__next_word(c->text, trig_off, w.off + w.len, 0)) {
		struct sr_span nx;

		if (!sr__word_in(c->text, w, breaks, SR_ARRAY_LEN(breaks)))
			continue;
		/* "have been repelling a raid": the progressive, not a
		 * passive */
		nx = sr__next_word(c->text, trig_off + 24, w.off + w.len, 0);
		if (sr__word_is(c->text, w, "been") && nx.len > 4 &&
		    sr__strncaseeq(c->text + nx.off + nx.len - 3, 3, "ing"))
			continue;
		return 0;
	}
	return 1;
}
/* "Gunmen seized 287 pupils", "captured two aid workers", "took a
 * teacher from her home", "took away 30 pupils": a capture whose object is
 * civilians (a victim noun within four words, numbers and modifiers between) is
 * an abduction, not territory. */
static int seized_what(const struct actx *c, const struct sent *s,
		       const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const verbs[] = {
		"seized",
		"seizing",
		"captured",
		"capturing",
	};
	struct sr_span w = { trig_off + (uint32_t)strlen(e->phrase), 0 };
	size_t k;
	int n;

	static const char *const away[] = { "from", "away" };
	static const char *const ground[] = {
		"control", "town",  "city",	 "village",   "building",
		"base",	   "where", "which",	 "that",      "who",
		"areas",   "area",  "positions", "territory",
	};
	int took =
	    sr__streq(e->phrase, "took") || sr__streq(e->phrase, "taking");

	/* "had stormed the school and taken away 280 pupils": "taken
	 * away" with people after it is active ("were taken away by" has
	 * them before) */
	if (sr__streq(e->phrase, "taken") &&
	    sr__word_is(
		c->text,
		sr__next_word(c->text, s->span.off + s->span.len, w.off, 0),
		"away"))
		took = 1;
	for (k = 0; k < SR_ARRAY_LEN(verbs); k++)
		if (sr__streq(e->phrase, verbs[k]))
			break;
	if (k == SR_ARRAY_LEN(verbs) && !took)
		return 0;
	/* six words: "seized a former central bank official"; ground or
	 * a relative word first ends the object ("seized control of the
	 * building where officials ...") */
	for (n = 0; n < 6; n++) {
		int cue;

		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
		if (!w.len ||
		    sr__word_in(c->text, w, ground, SR_ARRAY_LEN(ground)))
			return 0;
		/* "took away scores of pupils" */
		if (took && n == 0 && sr__word_is(c->text, w, "away")) {
			took = 0;
			continue;
		}
		cue = sr__cue_at(c, s, w.off);
		/* "took a teacher and her son from their home", "took
		 * two men away", "took a lawyer and critic of the
		 * president from his home": taking people needs where
		 * from, within eight words */
		if ((cue == SR_CUE_CIVILIAN || cue == SR_CUE_PERSON) && took)
			return sr__x_word_ahead(c, s, w.off + w.len, 8, away,
						SR_ARRAY_LEN(away), NULL, 0);
		if (cue == SR_CUE_CIVILIAN || cue == SR_CUE_PERSON)
			return 1;
		/* "captured three Ukrainian defenders": prisoners (the
		 * defenders of a town, not of human rights, whom the cues
		 * do not count as soldiers) */
		if (cue == SR_CUE_SOLDIER ||
		    sr__word_is(c->text, w, "defenders"))
			return took ? 0 : 2;
		if (cue == SR_CUE_IN || cue == SR_CUE_ON || cue == SR_CUE_NEAR)
			return 0;
	}
	return 0;
}
int sr__x_seizes_people(const struct actx *c, const struct sent *s,
			const struct sr_entry *e, uint32_t trig_off)
{
	return seized_what(c, s, e, trig_off) == 1;
}
/* "captured three Ukrainian defenders", "seized two soldiers": soldiers
 * taken prisoner, not ground taken. */
static int seizes_soldiers(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off)
{
	return !sr__x_passive_before(c, s, trig_off) &&
	       seized_what(c, s, e, trig_off) == 2;
}
/* "A suicide bomber drove a car into a checkpoint; the blast killed four
 * policemen and the bomber": after a suicide bombing is named in the
 * sentence, "bomber" is the person who carried it out, not an aircraft.
 * mi is a weapon match of sentence s (whose m0 is set). */
int sr__x_bomber_person(const struct actx *c, const struct sent *s, uint32_t mi)
{
	return sr__x_starts(sr__match_entry(c, mi)->phrase, "bomber") &&
	       sr__x_suicide_before(c, s, c->m[mi].off);
}
/* Is a suicide bombing named in sentence s before off? */
int sr__x_suicide_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	uint32_t i;

	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *p = sr__match_entry(c, i);

		if (p->type == SR_ENT_TRIGGER &&
		    p->kind == c->e->kid[K_SUICIDE_BOMB])
			return 1;
	}
	return 0;
}
/* 1 if the sentence before s, in its paragraph, tells an arrest ("FSB
 * officers detained a man in Bryansk ... He was seized as he picked up a
 * cache": the seizure is that arrest). */
static int arrest_before(const struct actx *c, const struct sent *s)
{
	return s > c->s && s[-1].para == s->para &&
	       sr__x_has_trigger_kind(c, s - 1, "arrest");
}
/* "A group of nuns were seized by gang members", "280 pupils were taken
 * from a school by gunmen": a passive capture whose subject is people (a
 * victim noun before the verb in its clause, ahead of any place named
 * there) is an abduction (1), or an arrest when the police are named (2);
 * not "taken to hospital", "taken prisoner" or "taken into custody". */
int sr__x_people_taken(const struct actx *c, const struct sent *s,
		       const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const verbs[] = {
		"seized",
		"captured",
		"taken",
		"taken away",
	};
	static const char *const stops[] = {
		"to",	   "into",	"prisoner", "prisoners", "over",
		"control", "part",	"place",    "hold",	 "custody",
		"for",	   "in",	"up",	    "back",	 "off",
		"down",	   "seriously", "ill",	    "aback",	 "care",
		"out",
	};
	static const char *const places[] = {
		"town",	     "village", "villages",   "city",	"base",
		"airport",   "camp",	"district",   "region", "area",
		"positions", "hill",	"checkpoint",
	};
	struct sr_span cl, nw, w;
	uint32_t lim = s->span.off + s->span.len, k;
	uint32_t end = trig_off + (uint32_t)strlen(e->phrase);
	uint32_t first_place = UINT32_MAX, person = UINT32_MAX;
	size_t v;

	for (v = 0; v < SR_ARRAY_LEN(verbs); v++)
		if (sr__streq(e->phrase, verbs[v]))
			break;
	if (v == SR_ARRAY_LEN(verbs) || !sr__x_passive_before(c, s, trig_off))
		return 0;
	nw = sr__next_word(c->text, lim, end, 0);
	/* ("taken in", "taken over"; but "seized in a raid", "to be
	 * seized in less than a week" are people seized) */
	if (nw.len && sr__word_in(c->text, nw, stops, SR_ARRAY_LEN(stops)) &&
	    !(v < 2 && sr__word_is(c->text, nw, "in")))
		return 0;
	cl = sr__x_clause_of(c, s, trig_off);
	/* "The mayor of Dniprorudne, a town on the reservoir, was taken":
	 * past an apposition between commas to the subject before it */
	if (cl.off >= s->span.off + 2 && c->text[cl.off - 1] == ',') {
		struct sr_span ap = sr__x_clause_of(c, s, cl.off - 2);
		struct sr_span a0;

		/* (a clause mark inside "250,000" is none) */
		while (ap.off >= s->span.off + 2 &&
		       c->text[ap.off - 1] == ',' &&
		       sr__text_digit((unsigned char)c->text[ap.off]) &&
		       sr__text_digit((unsigned char)c->text[ap.off - 2]))
			ap = sr__x_clause_of(c, s, ap.off - 2);
		a0 = sr__next_word(c->text, cl.off, ap.off, 0);

		if (ap.off >= s->span.off + 2 && c->text[ap.off - 1] == ',' &&
		    a0.len &&
		    (sr__word_is(c->text, a0, "a") ||
		     sr__word_is(c->text, a0, "an")))
			cl.off = sr__x_clause_of(c, s, ap.off - 2).off;
	}
	for (k = s->p0; k < s->p1; k++)
		if (c->pm[k].span.off >= cl.off &&
		    c->pm[k].span.off < first_place)
			first_place = c->pm[k].span.off;
	for (w = sr__next_word(c->text, trig_off, cl.off, 0); w.len;
	     w = word_after(c->text, trig_off, w.off + w.len)) {
		int cue = sr__cue_at(c, s, w.off);

		if (cue == SR_CUE_SOLDIER)
			return 0;
		/* "He was seized on Tuesday as he ...": one person */
		if (person == UINT32_MAX &&
		    (cue == SR_CUE_CIVILIAN || cue == SR_CUE_PERSON ||
		     sr__word_is(c->text, w, "he") ||
		     sr__word_is(c->text, w, "she")))
			person = w.off;
		if (first_place == UINT32_MAX &&
		    sr__word_in(c->text, w, places, SR_ARRAY_LEN(places)))
			first_place = w.off;
	}
	if (!(person < first_place && person < trig_off))
		return 0;
	return sr__x_has_actor_type(c, s, SR_ACT_POLICE) ||
		       sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE) ||
		       arrest_before(c, s)
		   ? 2
		   : 1;
}
/* "dropped an explosive device from a drone", "a grenade dropped from
 * a quadcopter": a drop verb in clause cl and, after the trigger at
 * trig_off, an air weapon right after "from a". */
static int dropped_from(const struct actx *c, const struct sent *s,
			struct sr_span cl, uint32_t trig_off,
			const char *const *drops, size_t ndrops)
{
	uint32_t i, end = cl.off + cl.len, air = UINT32_MAX;
	struct sr_span w;

	for (i = s->m0; i < s->m1 && c->m[i].off < end; i++) {
		const struct sr_entry *f = sr__match_entry(c, i);

		if (c->m[i].off > trig_off && f->type == SR_ENT_WEAPON &&
		    sr__x_is_kind(c, f->kind, "air_drone_strike")) {
			w = sr__prev_word(c->text, trig_off, c->m[i].off, 0);
			if (sr__word_is(c->text, w, "a") ||
			    sr__word_is(c->text, w, "an") ||
			    sr__word_is(c->text, w, "the"))
				w = sr__prev_word(c->text, trig_off, w.off, 0);
			if (sr__word_is(c->text, w, "from")) {
				air = w.off;
				break;
			}
		}
	}
	if (air == UINT32_MAX)
		return 0;
	for (w = sr__next_word(c->text, air, cl.off, 0); w.len;
	     w = sr__next_word(c->text, air, w.off + w.len, 0))
		if (sr__word_in(c->text, w, drops, ndrops))
			return 1;
	return 0;
}
/* "a drone dropped an explosive device on a car", "a quadcopter
 * dropped a grenade": an explosive let fall by an aircraft or drone
 * (named before a drop verb in the trigger's clause, or anywhere in the
 * sentence when the drop verb itself is the trigger) makes an air/drone
 * strike, not a mine or a thrown grenade. */
int sr__x_dropped_from_air(const struct actx *c, const struct sent *s,
			   const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const drops[] = {
		"dropped", "dropping", "drops", "drop", "released", "releasing",
	};
	struct sr_span cl, w;
	uint32_t i, air_end = UINT32_MAX;

	/* "dropped explosives from a drone on a car": the drop verb is the
	 * trigger, the charge its object, the drone anywhere in the
	 * sentence */
	if (e->kind == SR_KIND_STRIKE && sr__x_starts(e->phrase, "dropped") &&
	    s->wkind >= 0 && s->wkind != c->e->kid[K_AIR_DRONE_STRIKE]) {
		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *f = sr__match_entry(c, i);

			if (f->type == SR_ENT_WEAPON &&
			    f->kind == c->e->kid[K_AIR_DRONE_STRIKE])
				return 1;
		}
		return 0;
	}
	/* (remote_explosive by its id, as sr__x_is_kind finds it: the
	 * common case, most triggers being neither) */
	if (!((e->kind >= 0 && e->kind == c->e->kid[K_REMOTE_EXPLOSIVE]) ||
	      sr__x_is_kind(c, e->kind, "grenade"))) {
		/* "a car hit by an explosive dropped from a drone": a
		 * strike verb, the charge its agent, the drone after */
		if (e->kind == SR_KIND_STRIKE && s->wkind >= 0 &&
		    (s->wkind == c->e->kid[K_REMOTE_EXPLOSIVE] ||
		     sr__x_is_kind(c, s->wkind, "grenade")))
			return dropped_from(
			    c, s, sr__x_clause_of(c, s, trig_off), trig_off,
			    drops, SR_ARRAY_LEN(drops));
		return 0;
	}
	cl = sr__x_clause_of(c, s, trig_off);
	for (i = s->m0; i < s->m1 && c->m[i].off < trig_off; i++) {
		const struct sr_entry *f = sr__match_entry(c, i);

		if (c->m[i].off >= cl.off && f->type == SR_ENT_WEAPON &&
		    sr__x_is_kind(c, f->kind, "air_drone_strike")) {
			air_end = c->m[i].off + c->m[i].len;
			break;
		}
	}
	if (air_end == UINT32_MAX)
		return dropped_from(c, s, cl, trig_off, drops,
				    SR_ARRAY_LEN(drops));
	for (w = sr__next_word(c->text, trig_off, air_end, 0); w.len;
	     w = word_after(c->text, trig_off, w.off + w.len))
		if ((c->text[w.off] | 0x20) == 'd' ||
		    (c->text[w.off] | 0x20) == 'r')
			if (sr__word_in(c->text, w, drops, SR_ARRAY_LEN(drops)))
				return 1;
	return 0;
}
/* 1 if the sentence says a place changed hands with no fighting:
 * "entered the city unopposed", "took the town without a fight", "took
 * over the camp vacated by peacekeepers, completing a handover". */
int sr__x_without_fight(const struct actx *c, const struct sent *s)
{
	static const char *const cues[] = {
		"unopposed",
		"without a fight",
		"without resistance",
		"without a shot",
		"without firing a",
		"without any resistance",
		"without meeting resistance",
		/* "took over the camp vacated by peacekeepers", "completing
		 * a handover" */
		"vacated",
		"handover",
		"hand-over",
		"handed over",
		"handing over",
	};
	size_t k;

	if (!sr__x_has_text(c->text, s->span, "without") &&
	    !sr__x_has_text(c->text, s->span, "unopposed") &&
	    !sr__x_has_text(c->text, s->span, "vacated") &&
	    !sr__x_has_text(c->text, s->span, "hand"))
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(cues); k++)
		if (sr__x_has_text(c->text, s->span, cues[k]))
			return 1;
	return 0;
}
/* 1 if off lies in a phrase that dates it before the event told:
 * "a week after taking back Andriivka", "a day after a teenager was shot
 * dead", "for a second night after", "two years after insurgents overran
 * the town" (a day, night, week, month or year, or several, then "after"
 * within the six words before off, in its clause).  "The
 * night after", "the day after" bring in the event itself after its
 * aftermath ("rescuers worked through the night after a missile hit"),
 * and "hours after" is the same day's news, so they do not count. */
/* 1 if sentence s has "after" (in any case, its "r" lower) and a space:
 * found once per sentence, as most have none and their triggers and
 * tolls need not be looked behind.  The pairs "r " are found 16 bytes a
 * step (SSE2), then the word before each is compared. */
#if defined(__SSE2__)
/* 1 if one of the 16 places from t + q (q >= 4) has "r " ending
 * "after" (17 bytes read, and the 4 before). */
static inline int after_at16(const char *t, size_t q)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(t + q));
	__m128i y = _mm_loadu_si128((const __m128i *)(const void *)(t + q + 1));
	unsigned m = (unsigned)_mm_movemask_epi8(
	    _mm_and_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('r')),
			  _mm_cmpeq_epi8(y, _mm_set1_epi8(' '))));

	for (; m; m &= m - 1) {
		size_t r = q + (unsigned)__builtin_ctz(m);

		if (sr__strncaseeq(t + r - 4, 5, "after"))
			return 1;
	}
	return 0;
}
#endif
int sr__x_sent_has_after(const struct actx *c, const struct sent *s)
{
	struct sent *w = (struct sent *)s;
	const char *t = c->text + s->span.off;
	size_t n = s->span.len, q = 4;

	if (s->after >= 0)
		return s->after;
	w->after = 0;
#if defined(__SSE2__)
	for (; q + 17 <= n; q += 16)
		if (after_at16(t, q)) {
			w->after = 1;
			return 1;
		}
	/* the places left (fewer than 16) in one more step over the last
	 * 17 bytes, back over some already looked at, not one byte at a
	 * time (when the step stays 4 bytes from the start) */
	if (q + 1 < n && n >= 21) {
		w->after = after_at16(t, n - 17);
		return s->after;
	}
#endif
	for (; q + 1 < n; q++)
		if (t[q] == 'r' && t[q + 1] == ' ' &&
		    sr__strncaseeq(t + q - 4, 5, "after")) {
			w->after = 1;
			break;
		}
	return s->after;
}
/* 1 if entry e is a riot, protest or looting word. */
static int crowd_kind(const struct actx *c, const struct sr_entry *e)
{
	return e->type == SR_ENT_TRIGGER &&
	       (e->kind == c->e->kid[K_VIOLENT_DEMONSTRATION] ||
		e->kind == c->e->kid[K_LOOTING_DESTRUCTION] ||
		e->kind == c->e->kid[K_PEACEFUL_PROTEST]);
}
/* 1 if a riot, protest or looting word comes before after_off in s and
 * the word at off is none: "youths set cars alight and hurled fireworks
 * at police after a teenager was shot dead", where what comes after
 * "after" is the cause (not "a crowd that gathered after a vigil"). */
static int riot_before(const struct actx *c, const struct sent *s,
		       uint32_t after_off, uint32_t off)
{
	uint32_t i;
	int before = 0;

	for (i = s->m0; i < s->m1 && c->m[i].off <= off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off == off && crowd_kind(c, e))
			return 0;
		if (c->m[i].off < after_off && crowd_kind(c, e))
			before = 1;
	}
	return before;
}
int sr__x_time_after(const struct actx *c, const struct sent *s, uint32_t off)
{
	/* (or the unrest it set off: "on a second night of unrest after a
	 * teenager was shot by an officer") */
	static const char *const units[] = {
		"day",	    "days",	 "night",  "nights", "week",
		"weeks",    "month",	 "months", "year",   "years",
		"decades",  "fortnight", "unrest", "riots",  "rioting",
		"protests", "tensions",
	};
	uint32_t lo = off > s->span.off + 60 ? off - 60 : s->span.off, p;
	struct sr_span w, u, d;

	/* (the bytes looked at below lie in the sentence when off does) */
	if (off <= s->span.off + s->span.len && !sr__x_sent_has_after(c, s))
		return 0;
	/* bytes first: most triggers have no "after" close before them */
	for (p = off; p > lo + 5; p--) {
		/* 8 positions at a time while none has 'r' at p - 2 */
		while (p >= lo + 14 &&
		       !has_byte8((const unsigned char *)c->text + p - 9, 0,
				  0x7272727272727272ULL))
			p -= 8;
		if (c->text[p - 1] == ' ' && c->text[p - 2] == 'r' &&
		    (c->text[p - 6] | 0x20) == 'a' &&
		    sr__strncaseeq(c->text + p - 6, 5, "after") &&
		    (p - 6 == s->span.off || c->text[p - 7] == ' '))
			break;
	}
	if (p <= lo + 5)
		return 0;
	w.off = p - 6;
	w.len = 5;
	if (sr__x_words_between(c->text, w.off + w.len, off) > 5 ||
	    sr__x_clause_of(c, s, off).off > w.off)
		return 0;
	u = sr__prev_word(c->text, s->span.off, w.off, 0);
	/* (", after a teenager was shot dead": a comma before) */
	if (!u.len || !sr__word_in(c->text, u, units, SR_ARRAY_LEN(units)))
		return riot_before(c, s, w.off, off);
	d = sr__prev_word(c->text, s->span.off, u.off, 0);
	return !(d.len && (sr__word_is(c->text, d, "the") ||
			   sr__word_is(c->text, d, "that") ||
			   sr__word_is(c->text, d, "same")));
}
/* 1 if a topic word ("about", "over", "to discuss") is among the three
 * words before off: the trigger is what is talked of, not an act. */
int sr__x_topic_before(const struct actx *c, const struct sent *s, uint32_t off)
{
	struct sr_span w = { off, 0 };
	int k;

	if (!sr__x_sentence_has_cue(c, s, SR_CUE_TOPIC))
		return 0; /* no topic word anywhere in the sentence */
	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 1);
		if (!w.len)
			return 0;
		if (sr__cue_at(c, s, w.off) == SR_CUE_TOPIC) {
			struct sr_span n =
			    sr__next_word(c->text, s->span.off + s->span.len,
					  w.off + w.len, 0);

			/* "about 500 parents": a number's approximation */
			return !(n.len && c->text[n.off] >= '0' &&
				 c->text[n.off] <= '9');
		}
	}
	return 0;
}
/* 1 if what is chanted after end is slogans or a quoted chant, or if
 * the chant is against someone ("chanting against the leadership"). */
static int chant_object(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	static const char *const objs[] = {
		"slogans",
		"slogan",
		"chants",
		"demands",
	};
	struct sr_span w = { end, 0 };
	int n;

	if (end + 2 < s->span.off + s->span.len &&
	    (c->text[end + 1] == '"' || c->text[end] == ':' ||
	     (unsigned char)c->text[end + 1] == 0xE2))
		return 1;
	for (n = 0; n < 4; n++) {
		w = word_after(c->text, s->span.off + s->span.len,
			       w.off + w.len);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, objs, SR_ARRAY_LEN(objs)) ||
		    (n == 0 && sr__word_is(c->text, w, "against")))
			return 1;
	}
	return 0;
}
/* 1 if the words after end show protest signs: "waving flags",
 * "holding placards", "carrying banners", "blowing whistles" (not
 * "waving goodbye"). */
static int protest_signs(const struct actx *c, const struct sent *s,
			 uint32_t end)
{
	static const char *const verbs[] = {
		"waving",  "waved",   "holding",     "held",	"carrying",
		"carried", "raising", "brandishing", "blowing", "with",
	};
	static const char *const signs[] = {
		"flag",	     "flags",	 "banner",  "banners",
		"placard",   "placards", "posters", "signs",
		"portraits", "whistles", "horns",   "vuvuzelas",
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { end, 0 };
	int n = -1;

	for (;;) {
		w = word_after(c->text, lim, w.off + w.len);
		if (!w.len)
			return 0;
		if (n >= 0 && ++n <= 4 &&
		    sr__word_in(c->text, w, signs, SR_ARRAY_LEN(signs)))
			return 1;
		if (n > 4)
			n = -1;
		if ((c->text[w.off] | 0x20) != 'w' &&
		    (c->text[w.off] | 0x20) != 'h' &&
		    (c->text[w.off] | 0x20) != 'c' &&
		    (c->text[w.off] | 0x20) != 'r' &&
		    (c->text[w.off] | 0x20) != 'b')
			continue;
		if (sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)))
			n = 0;
	}
}
/* 1 if "chanting"/"chanted" after end has slogans or a quote for
 * object ("gathered in the square, chanting \"Kherson is Ukraine\""). */
static int chants_after(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { end, 0 };

	for (;;) {
		w = word_after(c->text, lim, w.off + w.len);
		if (!w.len)
			return 0;
		if ((c->text[w.off] | 0x20) == 'c' &&
		    (sr__word_is(c->text, w, "chanting") ||
		     sr__word_is(c->text, w, "chanted")) &&
		    chant_object(c, s, w.off + w.len))
			return 1;
	}
}
/* 1 if the sentence after end says what a protest is for: "to demand",
 * "demanding", "to protest", "calling for", "against". */
int sr__x_protest_purpose(const struct actx *c, const struct sent *s,
			  uint32_t end)
{
	static const char *const aims[] = {
		" to demand",	" demanding",	      " to protest",
		" in protest",	" calling for",	      " to call for",
		" to denounce", " to condemn",	      " against ",
		" to mark",	" to commemorate",    " to press",
		" urging ",	" to urge ",	      " calling on ",
		" to oppose ",	" in opposition to ", " opposing ",
	};
	struct sr_span rest = { end, s->span.off + s->span.len - end };
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(aims); k++)
		if (sr__x_has_text(c->text, rest, aims[k]))
			return 1;
	return protest_signs(c, s, end) || chants_after(c, s, end);
}
/* 1 if a road, street or crossing is the object of the verb ending at
 * end ("blocked a major intersection", "blocked the A12 motorway"). */
static int road_object(const struct actx *c, const struct sent *s, uint32_t end)
{
	static const char *const roads[] = {
		"road",		"roads",     "highway",	  "highways",
		"motorway",	"street",    "streets",	  "intersection",
		"junction",	"bridge",    "railway",	  "traffic",
		"entrance",	"entrances", "crossing",  "border",
		"thoroughfare", "avenue",    "boulevard", "square",
		"roundabout",	"ring",
	};
	return sr__x_word_ahead(c, s, end, 4, roads, SR_ARRAY_LEN(roads), NULL,
				0);
}
/* 1 if kin of the people named at off stand before them ("relatives of
 * soldiers missing in action", "wives of mobilised men", "families of
 * fallen servicemen"): the kin act, not the soldiers. */
static int kin_of(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const kin[] = {
		"relatives", "families", "family",  "wives",	"mothers",
		"fathers",   "parents",	 "widows",  "children", "sons",
		"daughters", "loved",	 "friends", "spouses",
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	if (w.len && !sr__word_is(c->text, w, "of"))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || !sr__word_is(c->text, w, "of"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, kin, SR_ARRAY_LEN(kin));
}
/* 1 if soldiers or armed forces come before off in its clause; with
 * weapons, a weapon counts too; without, "the enemy" counts and "drones"
 * do not ("none of the drones had crossed into Romanian airspace"). */
static int armed_in_clause(const struct actx *c, const struct sent *s,
			   uint32_t off, int weapons)
{
	static const char *const trying[] = { "tried", "attempted", "sought",
					      "tries", "attempts" };
	struct sr_span cl = sr__x_clause_of(c, s, off);
	uint32_t i;

	/* "300 servicemen, with 11 tanks and 20 armoured vehicles, crossed
	 * the border": a verb that opens its clause has its subject before
	 * the aside */
	/* (or a verb of trying opens it: "Ukrainian units, backed by
	 * tanks, tried on Tuesday morning to break into the district") */
	if (cl.off > s->span.off &&
	    (sr__x_words_between(c->text, cl.off, off) == 0 ||
	     sr__word_in(c->text, sr__next_word(c->text, off, cl.off, 0),
			 trying, SR_ARRAY_LEN(trying))))
		cl.off = s->span.off;
	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < cl.off)
			continue;
		/* (not "artillery" in "artillery shells landed": a word of
		 * the troops inside a weapon's name is the weapon) */
		if (!weapons && e->type != SR_ENT_WEAPON &&
		    sr__x_inside_longer(c, s, i))
			continue;
		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_SOLDIER &&
		    !kin_of(c, s, c->m[i].off))
			return 1;
		if (weapons && e->type == SR_ENT_WEAPON)
			return 1;
		if (e->type == SR_ENT_ACTOR &&
		    (e->sub == SR_ACT_MIL || e->sub == SR_ACT_HEAD_MIL ||
		     (!weapons && e->sub == SR_ACT_ENEMY)) &&
		    (weapons || !sr__x_starts(e->phrase, "drone")) &&
		    !kin_of(c, s, c->m[i].off))
			return 1;
	}
	return 0;
}
/* 1 if soldiers or armed forces (not a weapon) come before off in its
 * clause. */
static int troops_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	return armed_in_clause(c, s, off, 0);
}
/* 1 if a place mention or a settlement noun ends right before off
 * ("Vuhledar has fallen", "the town had fallen"). */
static int place_before(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	static const char *const towns[] = { "town", "city", "village",
					     "settlement", "stronghold" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);
	uint32_t k;

	if (!w.len)
		return 0;
	if (sr__word_in(c->text, w, towns, SR_ARRAY_LEN(towns)))
		return 1;
	for (k = s->p0; k < s->p1; k++)
		if (c->pm[k].span.off + c->pm[k].span.len == w.off + w.len &&
		    !c->pm[k].is_country)
			return 1;
	return 0;
}
/* 1 if soldiers, armed forces or a weapon are named before off in its
 * clause. */
int sr__x_armed_before(const struct actx *c, const struct sent *s, uint32_t off)
{
	return armed_in_clause(c, s, off, 1);
}
/* 1 if the last doer named before off in the sentence is armed: an
 * actor of the military, an armed group or unidentified gunmen, or a
 * word for fighters ("militants"), after any civilian, crowd or
 * protester word ("after gunmen killed a boy, residents blocked the
 * road" is the residents'), and not named as kin ("relatives of
 * soldiers"). */
static int armed_doer_before(const struct actx *c, const struct sent *s,
			     uint32_t off);
/* 1 if the crowd word at off (entry e: "marched", "walked") tells
 * armed men going into a place: "into" after it, a place for its object
 * and soldiers, armed forces, a weapon or an armed group before it
 * ("Ukrainian soldiers marched into Kherson", "M23 fighters walked into
 * the centre of Bukavu"): they take it. */
int sr__x_armed_walk_in(const struct actx *c, const struct sent *s,
			uint32_t off, const struct sr_entry *e)
{
	uint32_t end = off + (uint32_t)strlen(e->phrase);
	struct sr_span nw;

	if (!sr__streq(e->phrase, "marched") && !sr__streq(e->phrase, "walked"))
		return 0;
	nw = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	if (!nw.len || !sr__word_is(c->text, nw, "into"))
		return 0;
	/* a place, known or not ("marched into Adan Yabaal") */
	end = nw.off + nw.len;
	nw = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	return (sr__x_place_object(c, s, end) || sr__x_is_cap(c->text, nw)) &&
	       (sr__x_armed_before(c, s, off) || armed_doer_before(c, s, off));
}
/* 1 if "marched" (entry e) at off tells armed men driving captives off:
 * an armed actor named before it, and "away"/"off" or "into the bush"
 * (forest, jungle, hills, captivity) within the eight words after it ("armed
 * men marched about 20 of them into the bush", "gunmen marched the pupils
 * away"); not "marched into" a place (sr__x_armed_walk_in). */
int sr__x_marched_off(const struct actx *c, const struct sent *s, uint32_t off,
		      const struct sr_entry *e)
{
	static const char *const wild[] = {
		"bush",	 "forest", "forests",	"jungle",
		"woods", "hills",  "mountains", "captivity",
	};
	static const char *const gone[] = { "away", "off" };
	uint32_t lim = s->span.off + s->span.len, j;
	struct sr_span w = { off + (uint32_t)strlen(e->phrase), 0 };
	int n, armed = 0;

	if (!sr__streq(e->phrase, "marched"))
		return 0;
	for (n = 0; n < 8; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len || (n == 0 && sr__word_is(c->text, w, "into")))
			return 0;
		if (sr__word_in(c->text, w, gone, SR_ARRAY_LEN(gone)))
			break;
		if (sr__word_is(c->text, w, "into")) {
			w = sr__next_word(c->text, lim, w.off + w.len, 1);
			if (!sr__word_in(c->text, w, wild, SR_ARRAY_LEN(wild)))
				return 0;
			break;
		}
	}
	if (n == 8)
		return 0;
	for (j = s->m0; j < s->m1 && c->m[j].off < off; j++) {
		const struct sr_entry *a = sr__match_entry(c, j);

		if (a->type == SR_ENT_ACTOR &&
		    (a->sub == SR_ACT_MIL || a->sub == SR_ACT_HEAD_MIL ||
		     a->sub == SR_ACT_GROUP || a->sub == SR_ACT_UNKNOWN))
			armed = 1;
	}
	return armed;
}
static int armed_doer_before(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	uint32_t i;
	int armed = 0;

	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_ACTOR && e->sub != SR_ACT_SPEAKER &&
		    e->sub != SR_ACT_METONYM)
			armed =
			    e->sub == SR_ACT_MIL || e->sub == SR_ACT_HEAD_MIL ||
			    e->sub == SR_ACT_GROUP || e->sub == SR_ACT_UNKNOWN;
		else if (e->type == SR_ENT_CUE &&
			 (e->sub == SR_CUE_SOLDIER ||
			  e->sub == SR_CUE_CIVILIAN || e->sub == SR_CUE_MOB))
			armed = e->sub == SR_CUE_SOLDIER;
		else
			continue;
		/* "relatives of soldiers missing in action": the kin act */
		if (armed && kin_of(c, s, c->m[i].off))
			armed = 0;
	}
	return armed;
}
/* 1 if the protest word at match i tells of a demonstration: not "the
 * protest movement", "protest leaders" (a modifier), not "songs
 * supporting the protests" (a topic), not a campaign rally, not a weak
 * word with an object of its own ("gathering targeting data"); "march"
 * only in lower case (not the month); "blocked" only with a road for
 * object; not troops that "gathered" or "blocked the road". */
int sr__x_protest_word_ok(const struct actx *c, const struct sent *s,
			  uint32_t i, const struct sr_entry *e)
{
	static const char *const heads[] = {
		"movement",	"movements",  "leader",	   "leaders",
		"organiser",	"organisers", "organizer", "organizers",
		"song",		"songs",      "group",	   "groups",
		"restrictions", "law",	      "laws",
	};
	/* words that may follow a weak protest word: places, and the aim
	 * ("waving banners demanding pay") */
	static const char *const preps[] = {
		"in",	      "at",	  "on",	       "outside", "near",
		"of",	      "against",  "by",	       "for",	  "over",
		"to",	      "and",	  "from",      "across",  "through",
		"in",	      "along",	  "around",    "before",  "throughout",
		"toward",     "towards",  "past",      "into",	  "down",
		"up",	      "after",	  "demanding", "calling", "urging",
		"denouncing", "opposing",
	};
	static const char *const loose[] = {
		"gathered", "gathering", "blocked", "blocking", "blockaded",
	};
	/* verbs of coming together or moving as a crowd */
	static const char *const assemble[] = {
		"walked",	  "filled",
		"converged on",	  "descended on",
		"massed",	  "assembled",
		"streamed into",  "drove their tractors",
		"drove tractors", "walking",
		"poured into",	  "laid",
	};
	static const char *const nonprotest[] = {
		"campaign",
		"election",
		"electoral",
		"pre-election",
	};
	static const char *const ahead[] = { "ahead", "planned" };
	static const char *const people[] = {
		"crowd",      "crowds",	       "people",     "students",
		"workers",    "farmers",       "residents",  "villagers",
		"youths",     "women",	       "men",	     "teachers",
		"traders",    "supporters",    "activists",  "hundreds",
		"thousands",  "dozens",	       "miners",     "drivers",
		"locals",     "mourners",      "doctors",    "nurses",
		"employees",  "opponents",     "citizens",   "families",
		"protesters", "demonstrators", "pensioners", "retirees",
		"parents",    "lawyers",       "taxi",	     "truckers",
		"wives",      "mothers",       "widows",     "relatives",
	};
	uint32_t end = c->m[i].off + c->m[i].len;
	struct sr_span nw =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	struct sr_span pw = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
	int loose_word = 0, road = 0;
	size_t k;

	/* "arrested 30 supporters ahead of a rally", "a planned march": a
	 * protest yet to be held is no protest event */
	if (e->pos == 'n' &&
	    sr__x_word_behind(c, s, c->m[i].off, 3, ahead, SR_ARRAY_LEN(ahead)))
		return 0;

	for (k = 0; k < SR_ARRAY_LEN(loose); k++)
		if (sr__streq(e->phrase, loose[k]))
			loose_word = 1;
	/* "teachers walked down into the capital, demanding a pay rise",
	 * "3,000 people filled a park to oppose the base": a crowd that
	 * moves or gathers for a purpose; not "soldiers walked into the
	 * village", "residents filled sandbags" */
	if (sr__x_armed_walk_in(c, s, c->m[i].off, e) ||
	    sr__x_marched_off(c, s, c->m[i].off, e))
		return 1;
	for (k = 0; k < SR_ARRAY_LEN(assemble); k++)
		if (sr__streq(e->phrase, assemble[k])) {
			if (!sr__x_word_behind(c, s, c->m[i].off, 8, people,
					       SR_ARRAY_LEN(people)) ||
			    !sr__x_protest_purpose(c, s, end))
				return 0;
			loose_word = road = 1;
		}
	/* "people who defied a ban and tried to reach the square", "defied
	 * a ban on protests"; not "defied a ban on night fishing" */
	if (sr__x_starts(e->phrase, "defi") ||
	    sr__x_starts(e->phrase, "defy")) {
		static const char *const gatherings[] = {
			"protests",   "protest",	"rallies",
			"rally",      "demonstrations", "marches",
			"gatherings", "assembly",	"public",
		};

		if (nw.len && sr__word_is(c->text, nw, "on") &&
		    !sr__x_word_ahead(c, s, nw.off + nw.len, 2, gatherings,
				      SR_ARRAY_LEN(gatherings), NULL, 0))
			return 0;
		road = 1;
	}
	if (sr__x_starts(e->phrase, "block")) {
		if (!road_object(c, s, end))
			return 0;
		road = 1;
	}
	/* "chanting slogans", "chanted \"Kherson is Ukraine\"": chants are
	 * a protest; "chanting prayers" is not */
	if (sr__x_starts(e->phrase, "chant")) {
		if (!chant_object(c, s, end))
			return 0;
		road = 1;
	}
	/* "marched peacefully through": an adverb does not end the
	 * protest word's phrase; the word after it is read instead */
	if (nw.len > 3 && nw.off == end + 1 && c->text[nw.off] >= 'a' &&
	    c->text[nw.off] <= 'z' && c->text[nw.off + nw.len - 1] == 'y' &&
	    c->text[nw.off + nw.len - 2] == 'l') {
		struct sr_span n2 = sr__next_word(
		    c->text, s->span.off + s->span.len, nw.off + nw.len, 0);

		if (n2.len && n2.off == nw.off + nw.len + 1) {
			end = nw.off + nw.len;
			nw = n2;
		}
	}
	/* "students protesting job quotas", "a crowd protesting land
	 * evictions": people protesting something are a demonstration,
	 * whatever its object */
	if (sr__streq(e->phrase, "protesting") && pw.len &&
	    sr__word_in(c->text, pw, people, SR_ARRAY_LEN(people)))
		road = 1;
	if (sr__streq(e->phrase, "march") && !(c->text[c->m[i].off] == 'm'))
		return 0;
	if (nw.len && nw.off == end + 1 &&
	    sr__word_in(c->text, nw, heads, SR_ARRAY_LEN(heads)))
		return 0;
	if (pw.len &&
	    sr__word_in(c->text, pw, nonprotest, SR_ARRAY_LEN(nonprotest)))
		return 0;
	if (sr__x_topic_before(c, s, c->m[i].off))
		return 0;
	if (e->strength <= 1 && !road && nw.len && nw.off == end + 1 &&
	    c->text[nw.off] >= 'a' && c->text[nw.off] <= 'z' &&
	    !sr__word_in(c->text, nw, preps, SR_ARRAY_LEN(preps)))
		return 0;
	/* people who "gathered" protest only when the words say what for
	 * or police meet them ("families gathered for the funeral" do not) */
	if (sr__streq(e->phrase, "gathered") &&
	    !sr__x_protest_purpose(c, s, end) &&
	    !((s->cues >> SR_CUE_RIOT) & 1u) &&
	    !((s->cues >> SR_CUE_INTERVENE) & 1u))
		return 0;
	/* "explosions ripped through crowds on the road to the cemetery
	 * where thousands had gathered to mark the anniversary": where
	 * they had gathered sets the scene of what hit them */
	if (sr__streq(e->phrase, "gathered")) {
		static const char *const where[] = { "where" };

		if (sr__x_word_behind(c, s, c->m[i].off, 4, where, 1))
			return 0;
	}
	/* troops gathering (named before the word, in its clause, or the
	 * last doer named before it in the sentence: "insurgents overran
	 * the town, blocking the main road"); but "dispersed a gathering" */
	if (loose_word && (sr__x_armed_before(c, s, c->m[i].off) ||
			   armed_doer_before(c, s, c->m[i].off)))
		return e->pos == 'n' && ((s->cues >> SR_CUE_INTERVENE) & 1u);
	return 1;
}
/* "riot police", "riot gear": a modifier, not a riot. */
int sr__x_riot_modifier(const struct actx *c, const struct sent *s, uint32_t i)
{
	static const char *const heads[] = {
		"police", "policemen", "officers", "gear",  "squad",
		"squads", "control",   "unit",	   "units", "shields",
	};
	struct sr_span nw = sr__next_word(c->text, s->span.off + s->span.len,
					  c->m[i].off + c->m[i].len, 0);

	return nw.len && sr__word_in(c->text, nw, heads, SR_ARRAY_LEN(heads));
}
/* 1 if a place is the object of the verb ending at end: a place
 * mention or a settlement noun within four words, with only determiners
 * and modifiers before it ("had taken Marinka", "took over the town",
 * "taken the army camp at Bourem"; not "taken prisoner in Bakhmut",
 * "taken to hospital"). */
int sr__x_place_object(const struct actx *c, const struct sent *s, uint32_t end)
{
	static const char *const settlements[] = {
		"village",  "villages",	  "town",	"towns",
		"city",	    "settlement", "camp",	"base",
		"airport",  "airfield",	  "hill",	"heights",
		"garrison", "outpost",	  "checkpoint", "island",
		"district", "bridgehead", "stronghold", "strongholds",
		"bastion",  "enclave",	  "positions",
	};
	static const char *const stops[] = {
		"to",	    "in",	 "into",    "at",	"on",	"by",
		"from",	    "with",	 "for",	    "as",	"up",	"down",
		"out",	    "away",	 "part",    "place",	"off",	"home",
		"prisoner", "prisoners", "hostage", "hostages", "over", "the",
	};
	uint32_t lim = s->span.off + s->span.len, k;
	struct sr_span w = { end, 0 };
	int n;

	for (n = 0; n < 4; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		for (k = s->p0; k < s->p1; k++)
			if (c->pm[k].span.off == w.off && !c->pm[k].is_country)
				return 1;
		if (sr__word_in(c->text, w, settlements,
				SR_ARRAY_LEN(settlements)))
			return 1;
		/* "the", "over" may open the object, nothing else may */
		if (n > 0 || !(sr__word_is(c->text, w, "the") ||
			       sr__word_is(c->text, w, "over") ||
			       sr__word_is(c->text, w, "back")))
			if (sr__word_in(c->text, w, stops, SR_ARRAY_LEN(stops)))
				return 0;
	}
	return 0;
}
/* "was fully under Ukrainian control", "came under Russian control":
 * "control" makes a territory event only after "under" with a verb of
 * being or falling before it ("fire was brought under control", "areas
 * under Russian control", "remains under" and "has been under ... since"
 * are no such event). */
static int under_control(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	static const char *const verbs[] = {
		"was",	"were",	 "is",	 "are",	    "came",
		"come", "comes", "fell", "brought", "placed",
	};
	static const char *const adverbs[] = {
		"now",	   "fully",   "completely", "entirely",
		"firmly",  "back",    "again",	    "reportedly",
		"finally", "totally", "already",
	};
	static const char *const mods[] = {
		"the",	      "full",	  "its",      "their",
		"government", "military", "complete", "rebel",
	};
	struct sr_span w = { off, 0 };
	int k;

	for (k = 0; k < 4; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "under"))
			break;
		/* "under Ukrainian control", "under the control of" */
		if (!(sr__word_in(c->text, w, mods, SR_ARRAY_LEN(mods)) ||
		      (c->text[w.off] >= 'A' && c->text[w.off] <= 'Z')))
			return 0;
	}
	if (k == 4 || k == 0)
		return 0;
	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)))
			return 1;
		if (!sr__word_in(c->text, w, adverbs, SR_ARRAY_LEN(adverbs)))
			return 0;
	}
	return 0;
}
/* 1 if an aircraft or projectile noun is among the four words after
 * end ("downed a Ukrainian plane"). */
static int flying_object(const struct actx *c, const struct sent *s,
			 uint32_t end)
{
	static const char *const nouns[] = {
		"plane",    "planes",	  "jet",	 "jets",
		"aircraft", "helicopter", "helicopters", "drone",
		"drones",   "uav",	  "uavs",	 "missile",
		"missiles", "rocket",	  "rockets",	 "balloon",
		"balloons", "warplane",	  "warplanes",	 "bomber",
		"bombers",  "fighter",	  "shahed",	 "shaheds",
	};
	return sr__x_word_ahead(c, s, end, 4, nouns, SR_ARRAY_LEN(nouns), NULL,
				0);
}
/* 1 if the sentence names an armed group: a group actor, fighters or
 * militants, or words such as "faction", "militia", "rebel". */
static int armed_group_named(const struct actx *c, const struct sent *s)
{
	static const char *const words[] = {
		"faction", "militia",	"rebel",       "insurgent", "armed",
		"jihadi",  "guerrilla", "paramilitar", "gang",	    "Gang",
	};
	size_t k;

	if (sr__x_has_actor_type(c, s, SR_ACT_GROUP) ||
	    sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER))
		return 1;
	for (k = 0; k < SR_ARRAY_LEN(words); k++)
		if (sr__x_has_text(c->text, s->span, words[k]))
			return 1;
	return 0;
}
/* 1 if a fire is what is fought right after off ("firefighters fought
 * the blaze", "battled the flames for hours"): no combat. */
static int fire_object(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const fire[] = { "fire",	"fires",  "blaze",
					    "blazes",	"flames", "wildfire",
					    "wildfires" };
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, off, 1);

	if (w.len &&
	    (sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "huge") ||
	     sr__word_is(c->text, w, "large")))
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
	return w.len && sr__word_in(c->text, w, fire, SR_ARRAY_LEN(fire));
}
/* 1 if troops (a soldier word, an armed actor or a demonym) and then
 * "out of"/"from" a place follow end within eight words: "drove Russian
 * forces out of Izyum", "forced the militants from the town". */
static int troops_out_of(const struct actx *c, const struct sent *s,
			 uint32_t end)
{
	uint32_t lim = s->span.off + s->span.len, i;
	struct sr_span w = { end, 0 };
	int n, troops = 0;

	for (n = 0; n < 8; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "out") ||
		    sr__word_is(c->text, w, "from"))
			break;
	}
	if (n == 8)
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < w.off; i++) {
		const struct sr_entry *f = sr__match_entry(c, i);

		if (c->m[i].off < end)
			continue;
		if ((f->type == SR_ENT_CUE && f->sub == SR_CUE_SOLDIER) ||
		    f->type == SR_ENT_COUNTRY_DEMONYM ||
		    (f->type == SR_ENT_ACTOR &&
		     (f->sub == SR_ACT_MIL || f->sub == SR_ACT_HEAD_MIL ||
		      f->sub == SR_ACT_GROUP)))
			troops = 1;
	}
	if (!troops)
		return 0;
	if (sr__word_is(c->text, w, "out")) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len || !sr__word_is(c->text, w, "of"))
			return 0;
	}
	return sr__x_place_object(c, s, w.off + w.len);
}
/* 1 if the object of the "through" trigger at match i is a deadlock,
 * not a line. */
static int figurative_object(const struct actx *c, const struct sent *s,
			     uint32_t i)
{
	static const char *const objs[] = {
		"deadlock", "impasse", "stalemate", "ceiling", "barrier",
		"noise",    "clutter", "gridlock",  "red",     "bureaucracy",
	};
	return sr__x_word_ahead(c, s, c->m[i].off + c->m[i].len, 3, objs,
				SR_ARRAY_LEN(objs), NULL, 0);
}
/* 1 if property is the object of the verb ending at end: a building,
 * vehicle or crop noun within five words, numbers and modifiers between
 * ("burned more than 100 houses", "burnt dozens of shops"). */
static const char *const property_nouns[] = {
	"house",     "houses",	   "home",	 "homes",      "hut",
	"huts",	     "shop",	   "shops",	 "stores",     "building",
	"buildings", "car",	   "cars",	 "vehicles",   "church",
	"churches",  "mosque",	   "mosques",	 "school",     "schools",
	"market",    "markets",	   "crops",	 "granaries",  "fields",
	"villages",  "dwellings",  "property",	 "offices",    "office",
	"tents",     "shelters",   "warehouse",	 "warehouses", "tukuls",
	"shacks",    "shanties",   "homesteads", "kiosks",     "stalls",
	"trucks",    "lorries",	   "buses",	 "barns",      "businesses",
	"premises",  "factories",  "factory",	 "hotels",     "banks",
	"camp",	     "camps",	   "compound",	 "compounds",  "machinery",
	"equipment", "vehicle",	   "truck",	 "bus",	       "tractors",
	"farms",     "farmhouses", "boat",	 "boats",      "canoes",
	"hall",	     "halls",	   "clinic",	 "clinics",    "temple",
	"temples",   "library",	   "station",	 "stations",   "store",
	"granary",   "mill",	   "ambulances", "courthouse", "homestead",
	"minibus",   "train",	   "ship",	 "vessel",
};
/* 1 if word w is a noun of property: a building, a vehicle, crops. */
int sr__x_property_noun(const char *text, struct sr_span w)
{
	return sr__word_in(text, w, property_nouns,
			   SR_ARRAY_LEN(property_nouns));
}
int sr__x_property_object(const struct actx *c, const struct sent *s,
			  uint32_t end)
{
	static const char *const stops[] = {
		"to", "in", "at", "on", "by", "with", "for", "as", "alive",
	};
	return sr__x_word_ahead(c, s, end, 5, property_nouns,
				SR_ARRAY_LEN(property_nouns), stops,
				SR_ARRAY_LEN(stops));
}
/* 1 if the verb at off is passive ("were burned") and property is its
 * subject: a property noun among the ten words before it in its clause
 * ("Homes in several villages were burned"). */
static int property_subject(const struct actx *c, const struct sent *s,
			    uint32_t off)
{
	static const char *const aux[] = { "was", "were", "been", "being" };
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span w = sr__prev_word(c->text, cl.off, off, 0);
	int n;

	if (!w.len || !sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux)))
		return 0;
	for (n = 0; n < 10; n++) {
		w = sr__prev_word(c->text, cl.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, property_nouns,
				SR_ARRAY_LEN(property_nouns)))
			return 1;
	}
	return 0;
}
/* 1 if armed operations are the object of the verb ending at end:
 * "operations", "attacks", "hostilities" within five words. */
static int operations_object(const struct actx *c, const struct sent *s,
			     uint32_t end)
{
	static const char *const objs[] = {
		"operations", "attacks",   "hostilities", "attack",
		"operation",  "offensive", "activities",  "strikes",
		"actions",    "sabotage",  "raids",	  "campaign",
	};
	return sr__x_word_ahead(c, s, end, 5, objs, SR_ARRAY_LEN(objs), NULL,
				0);
}
/* 1 if armed acts are what the halt word e (ending at end) halts, in
 * its phrase or within three words after it ("would suspend attacks",
 * "suspended its offensive", "suspension of hostilities"): only an armed
 * actor halts them, named or not (not "suspended operations", nor
 * strikes that may be a union's). */
static int armed_acts_object(const struct actx *c, const struct sent *s,
			     const struct sr_entry *e, uint32_t end)
{
	static const char *const acts[] = {
		"attacks",  "attack", "offensive", "hostilities",
		"military", "armed",  "fighting",
	};
	return strstr(e->phrase, "attack") || strstr(e->phrase, "offensive") ||
	       strstr(e->phrase, "hostilities") ||
	       strstr(e->phrase, "military") ||
	       sr__x_word_ahead(c, s, end, 3, acts, SR_ARRAY_LEN(acts), NULL,
				0);
}
/* 1 if ground is named within the five words after end: a place the
 * gazetteer resolved (not a country) or a word for held ground
 * ("withdrew from positions near Krynky", "from the right bank"). */
static int ground_ahead(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	static const char *const ground[] = {
		"bank",	     "area",	 "areas",      "front",
		"line",	     "lines",	 "trench",     "trenches",
		"region",    "village",	 "villages",   "town",
		"towns",     "city",	 "settlement", "settlements",
		"positions", "position", "bridgehead", "district",
		"island",    "heights",	 "hill",       "outskirts",
		"base",
	};
	static const char *const pacts[] = {
		"treaty",	"deal",		"agreement", "talks",
		"accord",	"pact",		"council",   "convention",
		"organisation", "organization", "summit",    "initiative",
	};
	uint32_t lim = s->span.off + s->span.len, k;
	struct sr_span w = { end, 0 };
	int n;

	for (n = 0; n < 5; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		for (k = s->p0; k < s->p1; k++)
			if (c->pm[k].span.off == w.off &&
			    c->pm[k].place != UINT32_MAX &&
			    !c->pm[k].is_country)
				return 1;
		/* "withdrew from Krynky": a name the gazetteer lacks, right
		 * after the verb, that names no pact ("from NATO's
		 * summit") */
		if (n == 0 && sr__x_is_cap(c->text, w)) {
			struct sr_span x = w;
			int r;

			for (r = 0; r < 4 && x.len && sr__x_is_cap(c->text, x);
			     r++) {
				/* "New START", "NATO": an acronym names a
				 * pact or a body, not a town */
				if (x.len >= 2 && c->text[x.off + 1] >= 'A' &&
				    c->text[x.off + 1] <= 'Z')
					return 0;
				x = sr__next_word(c->text, lim, x.off + x.len,
						  0);
			}
			return !(x.len && sr__word_in(c->text, x, pacts,
						      SR_ARRAY_LEN(pacts)));
		}
		if (sr__word_in(c->text, w, ground, SR_ARRAY_LEN(ground)))
			return 1;
	}
	return 0;
}
/* 1 if captives are the object of the swap or exchange word ending at
 * end: a word for prisoners within six words, numbers and modifiers
 * between ("swapped more than 800 prisoners", "an exchange of about 900
 * detainees"); not "exchanged fire", "exchanged views". */
static int captives_object(const struct actx *c, const struct sent *s,
			   uint32_t end)
{
	static const char *const held[] = {
		"prisoners", "prisoner", "detainees", "detainee", "captives",
		"hostages",  "pows",	 "pow",	      "inmates",
	};
	return sr__x_word_ahead(c, s, end, 6, held, SR_ARRAY_LEN(held), NULL,
				0);
}
/* 1 if the beating word at match i tells of mob violence: a killing is
 * told in the sentence ("beat a man to death", "beat a group of men,
 * killing one") and no armed men or state forces do it: none named in
 * the sentence, no "assailants" or "masked" men, police none in the
 * clause before the word nor after "by" ("police said", "before police
 * arrived" only tell of them). */
/* 1 if civilians or a crowd are the first people named in the sentence,
 * before match i ("Residents of a hamlet caught two men ... beat
 * them"). */
static int crowd_before(const struct actx *c, const struct sent *s, uint32_t i)
{
	uint32_t j;

	for (j = s->m0; j < i; j++) {
		const struct sr_entry *a = sr__match_entry(c, j);

		if (a->type == SR_ENT_CUE &&
		    (a->sub == SR_CUE_CIVILIAN || a->sub == SR_CUE_MOB))
			return 1;
		if (a->type == SR_ENT_ACTOR ||
		    (a->type == SR_ENT_CUE &&
		     (a->sub == SR_CUE_SOLDIER || a->sub == SR_CUE_PERSON)))
			return 0;
	}
	return 0;
}
/* 1 if s tells a riot or names protesters ("a crowd of protesters
 * clashed with police, beating an officer": the riot's violence). */
static int riot_told(const struct actx *c, const struct sent *s)
{
	return sr__x_has_trigger_kind(c, s, "violent_demonstration") ||
	       sr__x_has_text(c->text, s->span, "protester") ||
	       sr__x_has_text(c->text, s->span, "demonstrator");
}
/* 1 if a crowd or mob is the first people named in s, before match i. */
static int mob_first(const struct actx *c, const struct sent *s, uint32_t i)
{
	uint32_t j;

	for (j = s->m0; j < i; j++) {
		const struct sr_entry *a = sr__match_entry(c, j);

		if (a->type == SR_ENT_CUE && a->sub == SR_CUE_MOB)
			return 1;
		if (a->type == SR_ENT_ACTOR ||
		    (a->type == SR_ENT_CUE &&
		     (a->sub == SR_CUE_SOLDIER || a->sub == SR_CUE_PERSON ||
		      a->sub == SR_CUE_CIVILIAN)))
			return 0;
	}
	return 0;
}
static int mob_beating(const struct actx *c, const struct sent *s, uint32_t i)
{
	struct sr_span cl = sr__x_clause_of(c, s, c->m[i].off);
	uint32_t j;

	static const char *const armed[] = {
		" assailants",	    " attackers", " by unknown",
		" by unidentified", " masked",	  " armed men",
	};
	size_t k;

	/* a death told here, or told next of people residents or a crowd
	 * beat ("Villagers caught two men, tied them up and beat them.
	 * One died before police arrived") */
	/* (or a crowd or mob, named first, beating people: "A crowd
	 * marched through the township, dragging shopkeepers out and
	 * beating them") */
	if (!((s->cues >> SR_CUE_KILL) & 1u) &&
	    !(s + 1 < c->s + c->ns && s[1].para == s->para &&
	      ((s[1].cues >> SR_CUE_KILL) & 1u) && crowd_before(c, s, i)) &&
	    !(((s->cues >> SR_CUE_MOB) & 1u) && mob_first(c, s, i) &&
	      !riot_told(c, s)))
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(armed); k++)
		if (sr__x_has_text(c->text, s->span, armed[k]))
			return 0;
	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *a = sr__match_entry(c, j);
		struct sr_span pw;

		if (a->type != SR_ENT_ACTOR)
			continue;
		if (a->sub == SR_ACT_MIL || a->sub == SR_ACT_HEAD_MIL ||
		    a->sub == SR_ACT_GROUP || a->sub == SR_ACT_UNKNOWN)
			return 0;
		if (a->sub != SR_ACT_POLICE && a->sub != SR_ACT_HEAD_POLICE)
			continue;
		if (c->m[j].off >= cl.off && c->m[j].off < c->m[i].off)
			return 0;
		pw = sr__prev_word(c->text, s->span.off, c->m[j].off, 1);
		if (c->m[j].off > c->m[i].off && pw.len &&
		    sr__word_is(c->text, pw, "by"))
			return 0;
	}
	return 1;
}
/* 1 if a base is the object of the setting-up verb ending at end: a
 * base, camp, outpost, garrison or headquarters within five words
 * ("set up a new forward base", "established an operating base"), not
 * a camp for the displaced ("opened a refugee camp", "a camp for
 * displaced families"). */
static int base_object(const struct actx *c, const struct sent *s, uint32_t end)
{
	static const char *const bases[] = {
		"base",	    "bases",	"camp",	     "camps",	     "outpost",
		"outposts", "garrison", "garrisons", "headquarters", "airbase",
	};
	static const char *const civil[] = {
		"refugee", "refugees", "displacement", "displaced", "idp",
		"aid",	   "relief",   "medical",      "migrant",   "migrants",
		"transit", "holiday",  "summer",       "protest",   "tent",
	};
	static const char *const stops[] = { "to",  "in",   "at", "on",
					     "for", "with", "by", "and" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { end, 0 }, prev = { 0, 0 };
	int n;

	for (n = 0; n < 5; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, bases, SR_ARRAY_LEN(bases))) {
			struct sr_span nx =
			    sr__next_word(c->text, lim, w.off + w.len, 0);

			/* "a camp for displaced families" */
			if (w.len >= 4 &&
			    sr__strncaseeq(c->text + w.off, 4, "camp") &&
			    nx.len && sr__word_is(c->text, nx, "for"))
				return 0;
			return !(prev.len && sr__word_in(c->text, prev, civil,
							 SR_ARRAY_LEN(civil)));
		}
		if (sr__word_in(c->text, w, stops, SR_ARRAY_LEN(stops)))
			return 0;
		prev = w;
	}
	return 0;
}
/* 1 if "picked up" at match i is an arrest: police or security agents
 * named before it, people (a civilian or person word) within the four
 * words after it ("security agents picked up three opposition
 * activists", "Agents of the intelligence service picked up an
 * opposition campaign coordinator"). */
static int people_picked_up(const struct actx *c, const struct sent *s,
			    uint32_t i)
{
	/* (or agents named by a word: "Agents of the SEBIN intelligence
	 * service picked up ...", "a patrol picked up four boys") */
	static const char *const agents[] = { "agents",	  "officers",
					      "patrol",	  "intelligence",
					      "security", "soldiers" };
	uint32_t end = c->m[i].off + c->m[i].len, j;
	int police = sr__x_word_behind(c, s, c->m[i].off, 8, agents,
				       SR_ARRAY_LEN(agents));

	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *a = sr__match_entry(c, j);

		if (c->m[j].off < c->m[i].off) {
			if (a->type == SR_ENT_ACTOR &&
			    (a->sub == SR_ACT_POLICE ||
			     a->sub == SR_ACT_HEAD_POLICE))
				police = 1;
			continue;
		}
		if (c->m[j].off < end)
			continue;
		if (!police ||
		    sr__x_words_between(c->text, end, c->m[j].off) > 3)
			return 0;
		if (a->type == SR_ENT_CUE &&
		    (a->sub == SR_CUE_CIVILIAN || a->sub == SR_CUE_PERSON))
			return 1;
	}
	return 0;
}
/* 1 if goods are the object of the verb ending at end: phones, cash,
 * drugs, guns, documents within four words ("seized phones and a
 * notebook", "seized 40 kilograms of cocaine"). */
static int goods_object(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	static const char *const goods[] = {
		"phones",     "phone",	   "laptops",	 "computers",
		"cash",	      "money",	   "drugs",	 "cocaine",
		"heroin",     "cannabis",  "documents",	 "notebook",
		"notebooks",  "passports", "guns",	 "rifles",
		"pistols",    "firearms",  "ammunition", "kilograms",
		"kg",	      "tonnes",	   "tons",	 "goods",
		"contraband", "cars",	   "vehicles",	 "trucks",
		"boats",      "cattle",	   "livestock",	 "equipment",
		"materials",  "leaflets",  "files",
	};
	return sr__x_word_ahead(c, s, end, 4, goods, SR_ARRAY_LEN(goods), NULL,
				0);
}
/* 1 if "headquarters" at match i is set up: "new" right before it or a
 * setting-up verb within four words before ("set up its headquarters",
 * "moved their headquarters"), or "into" right before it after "turned"
 * or "converted" ("turned the old school into their headquarters"); "the
 * party headquarters was set on fire" is no base. */
static int headquarters_set_up(const struct actx *c, const struct sent *s,
			       uint32_t i)
{
	static const char *const verbs[] = {
		"new",	       "set",	      "established", "establishing",
		"opened",      "moved",	      "relocated",   "setting",
		"establishes", "established", "opening",
	};
	static const char *const turned[] = { "turned", "turning", "converted",
					      "converting", "transformed" };
	static const char *const into[] = { "into" };

	if (sr__x_word_behind(c, s, c->m[i].off, 4, verbs, SR_ARRAY_LEN(verbs)))
		return 1;
	/* "turned the old school beside the airstrip into their
	 * headquarters" */
	return sr__x_word_behind(c, s, c->m[i].off, 3, into,
				 SR_ARRAY_LEN(into)) &&
	       sr__x_word_behind(c, s, c->m[i].off, 12, turned,
				 SR_ARRAY_LEN(turned));
}
/* 1 if the word over ("over", "to") comes within five words after end
 * with ground between: a place named or a word for a base or a town
 * ("handed the Ouallam base over to the army", "handed Kidal over",
 * "returned two of its military camps to"). */
/* Ground that is handed over: a base, camp, town or territory. */
static const char *const handed_ground[] = {
	"base",	      "bases",	  "camp",     "camps",	   "town",
	"city",	      "village",  "airport",  "airbase",   "positions",
	"outpost",    "garrison", "barracks", "territory", "facility",
	"facilities", "site",
};
static int ground_handed_over(const struct actx *c, const struct sent *s,
			      uint32_t end, const char *over)
{
	uint32_t lim = s->span.off + s->span.len, k;
	struct sr_span w = { end, 0 };
	int n, held = 0;

	/* (past commas once the ground is named: "handed their camp at
	 * Ber, in the Timbuktu region, over to Malian authorities") */
	for (n = 0; n < (held ? 10 : 6); n++) {
		w = held ? sr__next_word_across(c->text, lim, w.off + w.len)
			 : sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, over))
			return held;
		if (sr__word_in(c->text, w, handed_ground,
				SR_ARRAY_LEN(handed_ground)))
			held = 1;
		for (k = s->p0; k < s->p1; k++)
			if (c->pm[k].span.off == w.off &&
			    c->pm[k].place != UINT32_MAX &&
			    !c->pm[k].is_country)
				held = 1;
	}
	return 0;
}
/* 1 if ground is named among the six words after the "handed over" at
 * match i or the five before it in its clause: a base, camp, town or a
 * place's name. */
static int ground_near_handover(const struct actx *c, const struct sent *s,
				uint32_t i)
{
	/* (and what is held: "handed over control of the district") */
	static const char *const held[] = { "control", "district", "region",
					    "territories" };
	struct sr_span cl = sr__x_clause_of(c, s, c->m[i].off);
	uint32_t end = c->m[i].off + c->m[i].len, k;

	if (sr__x_word_ahead(c, s, end, 6, handed_ground,
			     SR_ARRAY_LEN(handed_ground), NULL, 0) ||
	    sr__x_word_ahead(c, s, end, 6, held, SR_ARRAY_LEN(held), NULL, 0) ||
	    sr__x_word_behind(c, s, c->m[i].off, 5, handed_ground,
			      SR_ARRAY_LEN(handed_ground)) ||
	    sr__x_word_behind(c, s, c->m[i].off, 5, held, SR_ARRAY_LEN(held)))
		return 1;
	for (k = s->p0; k < s->p1; k++)
		if (c->pm[k].place != UINT32_MAX && !c->pm[k].is_country &&
		    c->pm[k].span.off >= cl.off &&
		    c->pm[k].span.off < cl.off + cl.len)
			return 1;
	return 0;
}
/* 1 if the "handed" at match i is a passive with ground for subject and
 * "to" after it: "the marine infantry camp was formally handed to
 * Ivorian forces", "the base was handed back to the army" (a ground
 * word among the four words before "was"/"were", in its clause); or
 * "handed it to (over, back)" with a ground word among the twenty words
 * before it. */
static int ground_handed_to(const struct actx *c, const struct sent *s,
			    uint32_t i)
{
	static const char *const ground[] = {
		"base",	     "bases",	     "camp",	  "camps",
		"airport",   "airbase",	     "outpost",	  "garrison",
		"barracks",  "facility",     "territory", "facilities",
		"positions", "installation",
	};
	static const char *const aux[] = { "was", "were", "been", "being" };
	static const char *const to[] = { "to", "back" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span cl = sr__x_clause_of(c, s, c->m[i].off);
	struct sr_span w =
	    sr__next_word(c->text, lim, c->m[i].off + c->m[i].len, 0);
	int n;

	/* "lowered their flag at the base ... and handed it to the
	 * Chadian army": "it" for ground named before in the sentence */
	if (w.len && sr__word_is(c->text, w, "it")) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		return w.len &&
		       (sr__word_in(c->text, w, to, SR_ARRAY_LEN(to)) ||
			sr__word_is(c->text, w, "over")) &&
		       sr__x_word_behind(c, s, c->m[i].off, 20, ground,
					 SR_ARRAY_LEN(ground));
	}
	if (!w.len || !sr__word_in(c->text, w, to, SR_ARRAY_LEN(to)))
		return 0;
	w = sr__prev_word(c->text, cl.off, c->m[i].off, 0);
	/* "was formally handed" */
	if (w.len && w.len > 2 && c->text[w.off + w.len - 1] == 'y' &&
	    c->text[w.off + w.len - 2] == 'l')
		w = sr__prev_word(c->text, cl.off, w.off, 0);
	if (!w.len || !sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux)))
		return 0;
	for (n = 0; n < 4; n++) {
		w = sr__prev_word(c->text, cl.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, ground, SR_ARRAY_LEN(ground)))
			return 1;
	}
	return 0;
}
static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);

	return n >= t && sr__streq(s + n - t, tail);
}
/* 1 if fire is what was traded, within three words after end: "traded
 * heavy machine-gun fire"; not "traded goods". */
static int fire_traded(const struct actx *c, const struct sent *s, uint32_t end)
{
	static const char *const fire[] = { "fire", "gunfire", "shots" };

	return sr__x_word_ahead(c, s, end, 3, fire, SR_ARRAY_LEN(fire), NULL,
				0);
}
/* 1 if a weapon, or a word for what air defence downs ("target",
 * "everything"), comes in the five words after end. */
static int downs_weapon(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	static const char *const aims[] = { "target", "targets", "everything" };
	uint32_t i, lim = s->span.off + s->span.len;
	struct sr_span w = { end, 0 };
	int k;

	for (k = 0; k < 5; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			break;
		if (sr__word_in(c->text, w, aims, SR_ARRAY_LEN(aims)))
			return 1;
	}
	for (i = s->m0; i < s->m1; i++)
		if (c->m[i].off >= end && c->m[i].off <= end + 40 &&
		    (!w.len || c->m[i].off < w.off) &&
		    sr__match_entry(c, i)->type == SR_ENT_WEAPON)
			return 1;
	return 0;
}
/* Triggers that name an event only in some contexts: "take" with a
 * place for object, "control" after "under". */
/* 1 if what "agreed" (ending at end) says was agreed is an act of the
 * conflict within ten words: "agreed at talks in Kuala Lumpur to halt
 * attacks", "agreed on a ceasefire", "agreed to exchange prisoners"; not
 * "agreed that the situation was serious". */
static int agreed_object(const struct actx *c, const struct sent *s,
			 uint32_t end)
{
	static const char *const acts[] = {
		"halt",	      "stop",	  "end",     "cease",  "suspend",
		"exchange",   "withdraw", "release", "return", "ceasefire",
		"truce",      "swap",	  "pull",    "lay",    "disarm",
		"cease-fire", "peace",	  "hand",
	};
	return sr__x_word_ahead(c, s, end, 10, acts, SR_ARRAY_LEN(acts), NULL,
				0);
}
/* 1 if the "taken" at match i is a passive with a place for subject
 * and "by" after it: "Pokrovsk was taken by Russian forces", "the
 * village has been taken by Ukrainian units". */
static int place_taken_by(const struct actx *c, const struct sent *s,
			  uint32_t i)
{
	uint32_t lim = s->span.off + s->span.len, k;
	struct sr_span b = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
	struct sr_span n =
	    sr__next_word(c->text, lim, c->m[i].off + c->m[i].len, 0);

	if (!sr__word_is(c->text, n, "by") ||
	    !(sr__word_is(c->text, b, "was") ||
	      sr__word_is(c->text, b, "were") ||
	      sr__word_is(c->text, b, "been")))
		return 0;
	if (sr__word_is(c->text, b, "been"))
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	/* (the place's name right before "was" or "has") */
	for (k = s->p0; k < s->p1; k++)
		if (c->pm[k].place != UINT32_MAX && !c->pm[k].is_country &&
		    c->pm[k].span.off + c->pm[k].span.len + 1 == b.off)
			return 1;
	return 0;
}
/* 1 if a noun of a document follows end directly: "summary", "log",
 * "digest", "bulletin". */
static int document_after(const struct actx *c, const struct sent *s,
			  uint32_t end)
{
	static const char *const docs[] = { "summary", "summaries", "log",
					    "digest",  "bulletin",  "roundup",
					    "round-up" };
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

	return w.len && w.off == end + 1 && c->text[end] == ' ' &&
	       sr__word_in(c->text, w, docs, SR_ARRAY_LEN(docs));
}
int sr__x_context_fails(const struct actx *c, const struct sent *s, uint32_t i,
			const struct sr_entry *e)
{
	static const char *const take[] = {
		"took",	      "taken",	     "took over",
		"taken over", "took back",   "taken back",
		"taking",     "taking over", "taking back",
	};
	uint32_t end = c->m[i].off + c->m[i].len;
	size_t k;
	/* the kinds asked about below, by id (sr__x_is_kind exactly: kid
	 * holds the id of the kind of that name, or -1) */
	int kind = e->kind >= 0 ? e->kind : -2;
	const char *ph = e->phrase;

	/* "the Russian-occupied town of Oleshky", "a Kremlin-backed
	 * militia": a participle joined to the word before by a hyphen is
	 * an adjective, no act told */
	if (c->m[i].off > s->span.off + 1 && c->text[c->m[i].off - 1] == '-' &&
	    sr__text_alpha((unsigned char)c->text[c->m[i].off - 2]) && ph &&
	    strlen(ph) > 3 && !strchr(ph, ' ') &&
	    sr__x_same(ph + strlen(ph) - 2, "ed"))
		return 1;
	/* "shelling summary for the past day", "strike report": a noun
	 * trigger that names what a document is about tells no event */
	if (e->pos == 'n' && document_after(c, s, end))
		return 1;
	if (kind == c->e->kid[K_PEACEFUL_PROTEST])
		return !sr__x_protest_word_ok(c, s, i, e);
	/* "police moved in on students who had been blocking a junction";
	 * not "troops moved in on the town" */
	if (kind == c->e->kid[K_PROTEST_INTERVENTION] &&
	    sr__x_same(ph, "moved in on")) {
		static const char *const crowd[] = {
			"protesters", "demonstrators", "students",  "crowd",
			"crowds",     "marchers",      "activists", "sit-in",
			"camp",	      "protest",       "rally",	    "strikers",
		};

		return !sr__x_word_ahead(c, s, end, 4, crowd,
					 SR_ARRAY_LEN(crowd), NULL, 0);
	}
	if (kind == c->e->kid[K_AGREEMENT] && sr__x_same(ph, "agreed"))
		return !agreed_object(c, s, end);
	/* "a hospital said it had received the bodies of 14 combatants",
	 * "received 30 wounded": people brought in, not aid */
	/* (the first letter first, here and below: most phrases are
	 * turned down without a strcmp) */
	if (ph[0] == 'r' && sr__x_same(ph, "received") &&
	    sr__x_is_kind(c, kind, "military_aid")) {
		/* (and "a woman received minor injuries": harm, not
		 * aid) */
		static const char *const brought[] = {
			"bodies",   "body",	  "wounded",  "injured",
			"patients", "casualties", "refugees", "remains",
			"corpses",  "injuries",	  "injury",   "wounds",
			"burns",    "treatment",
		};

		if (sr__x_word_ahead(c, s, end, 4, brought,
				     SR_ARRAY_LEN(brought), NULL, 0))
			return 1;
	}
	/* "gunmen went from house to house"; not vaccinators */
	if (kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	    strstr(ph, "house to house"))
		return !armed_doer_before(c, s, c->m[i].off);
	/* "armoured columns rolled into Kupiansk"; not "families moved
	 * into new homes" */
	if (kind == c->e->kid[K_TERRITORY_GAIN] &&
	    (sr__x_same(ph, "rolled into") || sr__x_same(ph, "moved into")))
		return !sr__x_place_object(c, s, end) ||
		       !sr__x_armed_before(c, s, c->m[i].off);
	/* "M23 rebels were in control of Goma's airport by Monday"; not
	 * "the government is in control of the budget" */
	if (kind == c->e->kid[K_TERRITORY_GAIN] && ph[0] == 'i' &&
	    strstr(ph, "control of"))
		return !sr__x_place_object(c, s, end) ||
		       !(sr__x_armed_before(c, s, c->m[i].off) ||
			 armed_doer_before(c, s, c->m[i].off));
	/* "setting furniture alight"; not "the roof was still alight" */
	if (kind == c->e->kid[K_LOOTING_DESTRUCTION] &&
	    sr__x_same(ph, "alight")) {
		static const char *const set[] = { "set", "setting", "sets" };

		return !sr__x_word_behind(c, s, c->m[i].off, 3, set,
					  SR_ARRAY_LEN(set));
	}
	/* "a warehouse burned down": a fire with no doer, the harm of a
	 * strike told before; not "rioters burned down the station" nor
	 * "the church was burned down" */
	if (kind == c->e->kid[K_LOOTING_DESTRUCTION] && ph[0] == 'b' &&
	    (sr__x_same(ph, "burned down") || sr__x_same(ph, "burnt down"))) {
		static const char *const be[] = {
			"was", "were", "been", "be", "being", "is", "are", "got"
		};
		static const char *const no_obj[] = {
			"and",	      "in",	  "on",	       "at",   "after",
			"overnight",  "during",	  "when",      "as",   "before",
			"completely", "entirely", "within",    "amid", "from",
			"while",      "but",	  "following", "too",  "later",
		};
		struct sr_span w =
		    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

		return !sr__x_word_behind(c, s, c->m[i].off, 1, be,
					  SR_ARRAY_LEN(be)) &&
		       (!w.len ||
			sr__word_in(c->text, w, no_obj, SR_ARRAY_LEN(no_obj)));
	}
	if (kind == c->e->kid[K_VIOLENT_DEMONSTRATION])
		return sr__x_riot_modifier(c, s, i);
	/* "the gathering broke up quietly", "the crowd dispersed
	 * peacefully": the protesters went home, no one broke them up */
	if (kind == c->e->kid[K_PROTEST_INTERVENTION] &&
	    (sr__x_same(ph, "broke up") || sr__x_same(ph, "dispersed"))) {
		static const char *const calm[] = { "peacefully", "quietly",
						    "calmly", "without" };

		return sr__word_in(
		    c->text,
		    sr__next_word(c->text, s->span.off + s->span.len, end, 0),
		    calm, SR_ARRAY_LEN(calm));
	}
	if (kind == c->e->kid[K_BASE_ESTABLISHED]) {
		if (sr__x_same(ph, "headquarters"))
			return !headquarters_set_up(c, s, i);
		/* "Russian instructors arrived at Air Base 101"; not
		 * "the minister arrived at the base" */
		if (sr__x_same(ph, "arrived at"))
			return !base_object(c, s, end) ||
			       !sr__x_armed_before(c, s, c->m[i].off);
		if (e->pos == 'v' &&
		    (sr__x_same(ph, "set up") || sr__x_same(ph, "setting up") ||
		     sr__x_same(ph, "established") ||
		     sr__x_same(ph, "establishing") ||
		     sr__x_same(ph, "opened")))
			return !base_object(c, s, end);
	}
	if (kind == c->e->kid[K_MOB_VIOLENCE] && e->strength == 2 &&
	    (sr__x_same(ph, "beat") || sr__x_same(ph, "beaten") ||
	     sr__x_same(ph, "beating") || sr__x_same(ph, "stoned") ||
	     sr__x_same(ph, "clubbed")))
		return !mob_beating(c, s, i);
	/* "withdrew from Avdiivka", "pulled out of positions near Krynky";
	 * not "withdrew from the treaty", "pulled out of the grain deal" */
	if (kind == c->e->kid[K_TERRITORY_TRANSFER] &&
	    (ends_with(e->phrase, " from") || ends_with(e->phrase, " of")))
		return !ground_ahead(c, s, end);
	/* "handed the Ouallam base over to the army" */
	if (kind == c->e->kid[K_TERRITORY_TRANSFER] &&
	    (sr__x_same(ph, "handed") || sr__x_same(ph, "handing")))
		return !ground_handed_over(c, s, end, "over") &&
		       !ground_handed_to(c, s, i) &&
		       /* "formally handed Camp Geille, its largest base in
			* Senegal, to the Senegalese army" */
		       !ground_handed_over(c, s, end, "to");
	/* "handed over the Tessalit camp", "the base was handed over to
	 * the army"; not "the bodies were handed over to the family" */
	if (kind == c->e->kid[K_TERRITORY_TRANSFER] &&
	    (sr__x_same(ph, "handed over") || sr__x_same(ph, "handing over")))
		return !ground_near_handover(c, s, i);
	/* "France returned two of its military camps to Senegal's armed
	 * forces"; not "returned home", "returned fire" */
	if (kind == c->e->kid[K_TERRITORY_TRANSFER] &&
	    sr__x_same(ph, "returned"))
		return !ground_handed_over(c, s, end, "to");
	/* "a sabotage group crossed into the Graivoron district",
	 * "formations attempted to break into the territory"; not
	 * refugees who crossed into Poland nor thieves who broke into a
	 * shop */
	/* (the five after the first all hold " into": a phrase without it,
	 * as most of this kind are, is not searched for them) */
	if (kind == c->e->kid[K_ARMED_CLASH] &&
	    (strstr(e->phrase, "crossed") ||
	     (strstr(e->phrase, " into") &&
	      (strstr(e->phrase, "break into") ||
	       strstr(e->phrase, "broke into") ||
	       strstr(e->phrase, "push into") ||
	       strstr(e->phrase, "pushed into") ||
	       strstr(e->phrase, "pushing into")))))
		return !troops_before(c, s, c->m[i].off);
	/* "Vuhledar has fallen", "the town had fallen"; not "prices have
	 * fallen": a place or a settlement noun right before */
	if (ph[0] == 'h' &&
	    (sr__x_same(ph, "has fallen") || sr__x_same(ph, "had fallen"))) {
		/* "denied that Pokrovsk had fallen, saying fighting went
		 * on": the fighting is the event */
		static const char *const denials[] = { "denied", "denies",
						       "deny", "rejected" };

		return !place_before(c, s, c->m[i].off) ||
		       sr__x_word_behind(c, s, c->m[i].off, 5, denials,
					 SR_ARRAY_LEN(denials));
	}
	/* "in a storm", "the storm": weather, not an assault ("troops
	 * storm the town") */
	if (ph[0] == 's' && sr__x_same(ph, "storm")) {
		struct sr_span pw =
		    sr__prev_word(c->text, s->span.off, c->m[i].off, 0);

		return pw.len && (sr__word_is(c->text, pw, "a") ||
				  sr__word_is(c->text, pw, "the") ||
				  sr__word_is(c->text, pw, "heavy") ||
				  sr__word_is(c->text, pw, "tropical") ||
				  sr__word_is(c->text, pw, "winter"));
	}
	/* "the Armed Forces of Ukraine sank a barge", "a naval drone sank
	 * a patrol boat"; not "the ferry sank in a storm" */
	if (ph[0] == 's' && (sr__x_same(ph, "sank") || sr__x_same(ph, "sunk")))
		return !sr__x_armed_before(c, s, c->m[i].off) &&
		       !sr__x_sentence_has_weapon(c, s);
	/* the first letter sorts out the words gated below */
	switch (e->phrase[0]) {
	case 'c':
		/* "the town had been cleared of Russian troops"; not
		 * "cleared of mines" nor "cleared of charges" */
		/* (and "cleared the town of Sudzha ... of Russian
		 * forces": the foes further on) */
		if (sr__x_same(e->phrase, "cleared of") ||
		    sr__x_starts(e->phrase, "cleared the ")) {
			static const char *const foes[] = {
				"troops",   "forces",	  "occupiers",
				"invaders", "enemy",	  "militants",
				"fighters", "insurgents", "jihadists",
				"rebels",   "terrorists", "gunmen",
				"soldiers", "units",	  "militia",
				"militias",
			};

			return !sr__x_word_ahead(
			    c, s, end, e->phrase[8] == 'o' ? 3 : 12, foes,
			    SR_ARRAY_LEN(foes), NULL, 0);
		}
		if (sr__x_same(e->phrase, "control"))
			return !under_control(c, s, c->m[i].off);
		if (sr__x_same(e->phrase, "captured") ||
		    sr__x_same(e->phrase, "capturing"))
			return seizes_soldiers(c, s, e, c->m[i].off);
		return 0;
	case 'd':
		/* "teachers downed chalk": downing takes something that
		 * flies */
		if (sr__x_same(e->phrase, "downed") ||
		    sr__x_same(e->phrase, "downing"))
			return !sr__x_sentence_has_weapon(c, s) &&
			       !(s > c->s && s[-1].para == s->para &&
				 ((s[-1].types >> SR_ENT_WEAPON) & 1u)) &&
			       !flying_object(c, s, end);
		/* "drove Russian forces out of Izyum" */
		if (sr__x_same(e->phrase, "drove"))
			return !troops_out_of(c, s, end);
		return 0;
	case 'n':
		/* "12 fighters were neutralised", "neutralised three
		 * militants": people killed, not a weapon stopped */
		if (sr__x_same(e->phrase, "neutralised") ||
		    sr__x_same(e->phrase, "neutralized")) {
			struct sr_span before = { c->m[i].off > s->span.off + 30
						      ? c->m[i].off - 30
						      : s->span.off,
						  0 };
			struct sr_span after = { end, 0 };

			before.len = c->m[i].off - before.off;
			after.len = s->span.off + s->span.len - end < 30
					? s->span.off + s->span.len - end
					: 30;
			return sr__x_cue_in(c, s, before, SR_CUE_SOLDIER) ||
			       sr__x_cue_in(c, s, before, SR_CUE_PERSON) ||
			       sr__x_cue_in(c, s, after, SR_CUE_SOLDIER) ||
			       sr__x_cue_in(c, s, after, SR_CUE_PERSON);
		}
		return 0;
	case 'l':
		/* "airborne troops landed at the airport": troops that land
		 * arrive, as a shell that lands strikes */
		if (sr__x_same(e->phrase, "landed"))
			return troops_before(c, s, c->m[i].off);
		return 0;
	case 's':
		if (kind == c->e->kid[K_AGREEMENT] &&
		    sr__x_starts(e->phrase, "swap"))
			return !captives_object(c, s, end);
		/* "the gutted shell of a hypermarket", "a burnt-out
		 * shell": what is left of a building, no munition */
		if (sr__x_same(e->phrase, "shell")) {
			static const char *const husk[] = {
				"gutted",  "burnt-out", "burned-out",
				"charred", "blackened", "empty",
				"hollow",  "concrete",	"roofless",
			};
			struct sr_span nw = sr__next_word(
			    c->text, s->span.off + s->span.len, end, 0);

			return sr__word_in(c->text,
					   sr__prev_word(c->text, s->span.off,
							 c->m[i].off, 0),
					   husk, SR_ARRAY_LEN(husk)) ||
			       (nw.len && sr__word_is(c->text, nw, "of") &&
				sr__word_is(c->text,
					    sr__prev_word(c->text, s->span.off,
							  c->m[i].off, 0),
					    "the"));
		}
		/* "arrested twelve men and seized phones and a notebook",
		 * "seized 40 kg of cocaine": goods taken, no ground */
		if (kind == c->e->kid[K_TERRITORY_GAIN] &&
		    sr__x_starts(e->phrase, "seiz"))
			return goods_object(c, s, end);
		/* "suspending military operations against US forces"; a
		 * phrase that holds its object ("suspended its offensive")
		 * needs only the group */
		if (sr__x_starts(e->phrase, "suspend"))
			return (!armed_group_named(c, s) &&
				!armed_acts_object(c, s, e, end)) ||
			       (!strchr(e->phrase, ' ') &&
				!operations_object(c, s, end));
		return 0;
	case 'p':
	case 'f':
		/* "security agents picked up three activists"; not "picked
		 * up the phone", "fighting picked up" */
		if (sr__x_same(e->phrase, "picked up"))
			return !people_picked_up(c, s, i);
		if (sr__x_starts(e->phrase, "paus"))
			return (!armed_group_named(c, s) &&
				!armed_acts_object(c, s, e, end)) ||
			       !operations_object(c, s, end);
		if (sr__x_same(e->phrase, "pushed") ||
		    sr__x_same(e->phrase, "forced"))
			return !troops_out_of(c, s, end);
		if (sr__x_same(e->phrase, "fighting") ||
		    sr__x_same(e->phrase, "fought"))
			return fire_object(c, s, end);
		return 0;
	case 'e':
		/* "an 'encounter' between guerrillas and a police team",
		 * (South Asian usage for a gunfight); not "a chance
		 * encounter" */
		if (sr__x_starts(e->phrase, "encounter"))
			return !armed_group_named(c, s) ||
			       !(sr__x_has_actor_type(c, s, SR_ACT_POLICE) ||
				 sr__x_has_actor_type(c, s, SR_ACT_MIL) ||
				 sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) ||
				 sr__x_has_actor_type(c, s,
						      SR_ACT_HEAD_POLICE) ||
				 sr__x_sentence_has_cue(c, s, SR_CUE_KILL));
		if (kind == c->e->kid[K_AGREEMENT] &&
		    sr__x_starts(e->phrase, "exchang"))
			return !captives_object(c, s, end);
		/* "troops entered Kidal", "rebel columns led by HTS entered
		 * Hama" (an armed group the last doer named); not "entered
		 * the war" */
		if (sr__x_starts(e->phrase, "enter"))
			return !sr__x_place_object(c, s, end) ||
			       !(sr__x_armed_before(c, s, c->m[i].off) ||
				 armed_doer_before(c, s, c->m[i].off));
		/* "troops engaged bandits who had blocked a road": armed
		 * men who engage someone fight them; not "engaged in
		 * talks", "engaged with donors", and not "was engaged by
		 * border guards" (told from the other side: the event is
		 * the attempt before it) */
		if (sr__x_same(e->phrase, "engaged")) {
			static const char *const be[] = { "was",  "were",
							  "been", "being",
							  "is",	  "are",
							  "be" };
			static const char *const not_foe[] = { "in", "with",
							       "to", "on" };

			return sr__word_in(c->text,
					   sr__prev_word(c->text, s->span.off,
							 c->m[i].off, 0),
					   be, SR_ARRAY_LEN(be)) ||
			       sr__word_in(
				   c->text,
				   sr__next_word(c->text,
						 s->span.off + s->span.len, end,
						 0),
				   not_foe, SR_ARRAY_LEN(not_foe)) ||
			       !(sr__x_armed_before(c, s, c->m[i].off) ||
				 armed_doer_before(c, s, c->m[i].off));
		}
		return 0;
	case 'b':
		/* "bringing down every target", "brings down two drones";
		 * not "bringing down part of a block of flats" */
		if (sr__x_starts(e->phrase, "bring"))
			return !downs_weapon(c, s, end);
		if (sr__x_same(e->phrase, "battled") ||
		    sr__x_same(e->phrase, "battling"))
			return fire_object(c, s, end);
		/* "burned more than 100 houses"; not "burned to death",
		 * "burned fuel" */
		if (sr__x_same(e->phrase, "burned") ||
		    sr__x_same(e->phrase, "burnt"))
			return !sr__x_property_object(c, s, end) &&
			       !property_subject(c, s, c->m[i].off);
		/* "broke through the lines"; not "broke through the
		 * deadlock" nor protesters through a cordon */
		if (strstr(e->phrase, " through"))
			return sr__x_has_actor_type(c, s, SR_ACT_PROTESTERS) ||
			       (s->cues >> SR_CUE_RIOT) & 1u ||
			       figurative_object(c, s, i);
		return 0;
	case 'o':
		/* "overran an army post", "overran the barracks": a
		 * military post stormed is a clash, not ground taken */
		if (sr__x_starts(e->phrase, "overr")) {
			static const char *const posts[] = {
				"post",	    "posts",	   "outpost",
				"outposts", "base",	   "bases",
				"position", "positions",   "checkpoint",
				"barracks", "checkpoints",
			};
			static const char *const stops[] = { "in", "near", "at",
							     "on" };

			if (sr__x_word_ahead(c, s, end, 4, posts,
					     SR_ARRAY_LEN(posts), stops,
					     SR_ARRAY_LEN(stops)))
				return 1;
		}
		/* "was overrun", "had overrun the town"; not "a cost
		 * overrun" */
		if (sr__x_same(e->phrase, "overrun")) {
			static const char *const aux[] = {
				"was",	"were", "been", "had",	 "has",
				"have", "be",	"is",	"being", "are",
			};
			return !sr__word_in(
			    c->text,
			    sr__prev_word(c->text, s->span.off, c->m[i].off, 0),
			    aux, SR_ARRAY_LEN(aux));
		}
		return 0;
	case 'm':
		/* "merging into one front": armed groups, not banks */
		if (sr__x_starts(e->phrase, "merg"))
			return !armed_group_named(c, s);
		return 0;
	case 'j':
		/* "gang coalitions joining forces under one banner"; not
		 * two charities that joined forces */
		if (sr__x_starts(e->phrase, "join") &&
		    sr__x_is_kind(c, kind, "change_to_group"))
			return !armed_group_named(c, s);
		return 0;
	case 't':
		if (sr__x_same(e->phrase, "traded"))
			return !fire_traded(c, s, end);
		/* "anti-tank fire" is aimed at tanks, not fired by them */
		if (sr__x_starts(e->phrase, "tank "))
			return c->m[i].off >= 5 &&
			       c->text[c->m[i].off - 1] == '-' &&
			       sr__strncaseeq(c->text + c->m[i].off - 5, 4,
					      "anti");
		/* "took Kyiv by surprise" (every phrase of take starts
		 * "too" or "tak") */
		for (k = (ph[1] == 'o' && ph[2] == 'o') ||
				 (ph[1] == 'a' && ph[2] == 'k')
			     ? 0
			     : SR_ARRAY_LEN(take);
		     k < SR_ARRAY_LEN(take); k++)
			if (sr__x_same(e->phrase, take[k]))
				return !(sr__x_place_object(c, s, end) ||
					 place_taken_by(c, s, i) ||
					 sr__x_people_taken(c, s, e,
							    c->m[i].off) ||
					 sr__x_seizes_people(c, s, e,
							     c->m[i].off)) ||
				       sr__x_has_text(c->text, s->span,
						      "by surprise");
		return 0;
	default:
		return 0;
	}
}
