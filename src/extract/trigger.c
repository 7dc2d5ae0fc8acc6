/*
 * trigger.c - which word of a sentence makes its event and of what kind:
 * generic "attack"/"strike" resolved by weapons, targets and victims; a
 * trigger in the clause of the toll preferred; background, topics,
 * attributive participles, back-references and names set aside; protest,
 * mob and attack-on-civilians refinements; a second event in another
 * clause; events told only by their toll.  Exports the sr__x_ trigger
 * functions of rules.h; the context gates of single words are in
 * trigger_ctx.c.
 */
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* The words before a trigger, as the rules walk them back one by one
 * (each the sr__prev_word of the one after it, not before the start of
 * the sentence), read once for all of them: a dozen rules ask for the
 * same few words of each trigger.  w[k] is the k-th word before the
 * offset (0 the one right before it), found as asked; done once a word
 * was none (n is then all there are). */
#define BACK_MAX 12
struct back {
	const char *text;
	uint32_t lo, off;
	int n, done;
	struct sr_span w[BACK_MAX];
};
static void back_init(struct back *b, const struct actx *c,
		      const struct sent *s, uint32_t off)
{
	b->text = c->text;
	b->lo = s->span.off;
	b->off = off;
	b->n = 0;
	b->done = 0;
}
/* back_word for a word not found yet: out of line, so that the words
 * found before are returned without a call. */
__attribute__((noinline)) static struct sr_span back_more(struct back *b, int k)
{
	struct sr_span none = { 0, 0 }, p;

	while (b->n <= k && b->n < BACK_MAX && !b->done) {
		p = sr__prev_word(b->text, b->lo,
				  b->n ? b->w[b->n - 1].off : b->off, 0);
		if (!p.len) {
			b->done = 1;
			break;
		}
		b->w[b->n++] = p;
	}
	if (k < b->n)
		return b->w[k];
	if (b->done)
		return none;
	for (p = b->w[BACK_MAX - 1]; k >= BACK_MAX && p.len; k--)
		p = sr__prev_word(b->text, b->lo, p.off, 0);
	return p.len ? p : none;
}
/* The k-th word before b's offset, or an empty span (as sr__prev_word
 * gives) when there are not that many.  Beyond BACK_MAX words, walked
 * on each time. */
static inline struct sr_span back_word(struct back *b, int k)
{
	if (k < b->n)
		return b->w[k];
	return back_more(b, k);
}
/* sr__x_negated_before for b's offset, from the words b keeps: the
 * words before a trigger are read once, for this and for the rules that
 * ask for them after it. */
static int negated_b(const struct actx *c, struct back *b)
{
	size_t pos = b->off;
	int k, r;

	for (k = 0; k < 3; k++) {
		struct sr_span w = back_word(b, k);

		if (!w.len)
			return 0;
		if ((r = sr__x_negation_step(c->text, w, &pos)) >= 0)
			return r;
	}
	return 0;
}
/* 1 if a ground assault e is told as having failed ("failed to break
 * through our defences", "tried without success to break through"): the
 * attempt was made, and fought off, so the fighting is an event. */
static int assault_failed(const struct actx *c, const struct sr_entry *e,
			  struct back *b)
{
	int k;

	if (e->kind != c->e->kid[K_ARMED_CLASH] || e->pos != 'v')
		return 0;
	for (k = 0; k < 3; k++) {
		struct sr_span w = back_word(b, k);

		if (!w.len)
			return 0;
		if (sr__word_is(b->text, w, "failed"))
			return 1;
		if (sr__word_is(b->text, w, "success"))
			return sr__word_is(b->text, back_word(b, k + 1),
					   "without");
	}
	return 0;
}
/* The index of the word that sr__prev_word(..., 1) gives after word k -
 * 1 (the offset's for k = 0): past one "the", "a" or "an". */
static int back_skip_the(struct back *b, int k)
{
	struct sr_span w = back_word(b, k);

	return w.len && (sr__word_is(b->text, w, "the") ||
			 sr__word_is(b->text, w, "a") ||
			 sr__word_is(b->text, w, "an"))
		   ? k + 1
		   : k;
}
/* sr__x_word_behind from word `from` - 1 (the offset for 0): 1 if one
 * of list[0..nlist) is among the n words from word `from` on. */
static int back_in(struct back *b, int from, int n, const char *const *list,
		   size_t nlist)
{
	int k;

	for (k = from; k < from + n; k++) {
		struct sr_span w = back_word(b, k);

		if (!w.len)
			return 0;
		if (sr__word_in(b->text, w, list, nlist))
			return 1;
	}
	return 0;
}

/* 1 if phrase is a verb of impact that a vehicle may do as well as a
 * weapon ("crashed into", "rammed"). */
static int impact_verb(const char *phrase)
{
	static const char *const verbs[] = { "crashed into", "slammed into",
					     "smashed into", "ploughed into",
					     "plowed into",  "rammed",
					     "flew into" };

	return sr__str_in(phrase, verbs, SR_ARRAY_LEN(verbs));
}
/* The kind of the shelling or air weapon named right before a bracket
 * that holds the count of its blasts, trigger at trig_off ("Esman
 * community: artillery (4 explosions)"), or -1. */
static int bracket_weapon(const struct actx *c, const struct sent *s,
			  uint32_t trig_off)
{
	uint32_t p = trig_off, i;

	while (p > s->span.off &&
	       ((c->text[p - 1] >= '0' && c->text[p - 1] <= '9') ||
		c->text[p - 1] == ' '))
		p--;
	if (p <= s->span.off + 2 || c->text[p - 1] != '(' ||
	    c->text[p - 2] != ' ')
		return -1;
	for (i = s->m0; i < s->m1 && c->m[i].off < p; i++) {
		const struct sr_entry *w = sr__match_entry(c, i);

		if (w->type == SR_ENT_WEAPON &&
		    c->m[i].off + c->m[i].len == p - 2 &&
		    (w->kind == c->e->kid[K_SHELLING_MISSILE] ||
		     w->kind == c->e->kid[K_AIR_DRONE_STRIKE]))
			return w->kind;
	}
	return -1;
}
/* 1 if a span of time and "of" come up to three words before off: "a
 * year of heavy losses", "after months of fighting". */
static int span_of_time(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	static const char *const spans[] = { "year",   "years",	 "months",
					     "weeks",  "decade", "decades",
					     "months'" };
	struct sr_span w = { off, 0 };
	int k;

	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "of"))
			return sr__word_in(
			    c->text,
			    sr__prev_word(c->text, s->span.off, w.off, 0),
			    spans, SR_ARRAY_LEN(spans));
	}
	return 0;
}
/* 1 if the fighting word at off..end tells whose side someone is on:
 * "Russian nationals fighting on Kyiv's side", "fought on the side of
 * the government": an allegiance, no fight. */
static int side_taken(const struct actx *c, const struct sent *s, uint32_t end)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, end, 0);
	int k;

	if (!w.len || !sr__word_is(c->text, w, "on"))
		return 0;
	for (k = 0; k < 3; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "side") ||
		    sr__word_is(c->text, w, "sides"))
			return 1;
	}
	return 0;
}
/* 1 if extra, the tag resolve_kind gave a trigger (a literal of this
 * file), is tag: by its address first, as the literals asked of are the
 * ones set ("+default" mostly, for which sr__streq called strcmp, its
 * first byte being every tag's), else compared inline. */
static inline int extra_is(const char *extra, const char *tag)
{
	return extra == tag || sr__x_same(extra, tag);
}

/* A sentence with a toll and no trigger ("the Russians killed four
 * residents", "a journalist was injured in Kherson") is an event of its
 * own when it names a place or an actor: the kind comes from a weapon,
 * else from the victims.  Returns the index of the toll word's match. */
static const struct sr_entry toll_entry = {
	SR_ENT_TRIGGER, 'v', 1, 0, -1, "toll", NULL, NULL, NULL,
};

/* Words for a road vehicle, a convoy or a patrol: what a bomb hidden in
 * or under it, or beside the road, blows up. */
static const char *const vehicles[] = {
	"car",	   "cars",    "van",	  "vehicle", "vehicles",   "truck",
	"lorry",   "bus",     "minibus",  "minivan", "motorcycle", "motorbike",
	"scooter", "jeep",    "pickup",	  "taxi",    "suv",	   "convoy",
	"patrol",  "tractor", "minivans", "trucks",
};
/* 1 if the explosion at trig_off is a vehicle's: a vehicle is the
 * subject of the explosion verb, in the first three words of its clause
 * ("A car parked near the ministry blew up"), or a blast noun is followed
 * by an impact verb with a vehicle for object ("the blast, which tore
 * through an army patrol vehicle"): a bomb hidden in or beside it. */
static int vehicle_blast(const struct actx *c, const struct sent *s,
			 const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const impact[] = { "tore",	"ripped",   "hit",
					      "struck", "targeted", "destroyed",
					      "wrecked" };
	struct sr_span cl = sr__x_clause_of(c, s, trig_off);
	struct sr_span w = { cl.off, 0 };
	int n;

	if (e->pos != 'n') {
		for (n = 0; n < 3; n++) {
			w = sr__next_word(c->text, trig_off, w.off + w.len, 0);
			if (!w.len)
				return 0;
			if (sr__word_in(c->text, w, vehicles,
					SR_ARRAY_LEN(vehicles)))
				return 1;
		}
		return 0;
	}
	w.off = trig_off;
	w.len = (uint32_t)strlen(e->phrase);
	for (n = 0; n < 5; n++) {
		uint32_t at = w.off + w.len;

		/* past a comma: "the blast, which tore through" */
		if (at < s->span.off + s->span.len && c->text[at] == ',')
			at++;
		w = sr__next_word(c->text, s->span.off + s->span.len, at, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, impact, SR_ARRAY_LEN(impact)))
			return sr__x_word_ahead(
			    c, s, w.off + w.len, 6, vehicles,
			    SR_ARRAY_LEN(vehicles), NULL, 0);
	}
	return 0;
}
/* 1 if "by" or "of" and then a drone, missile or boat (an air or naval
 * weapon of data/weapons.tsv) follow within five words after off. */
static int weapon_attack_after(const struct actx *c, const struct sent *s,
			       uint32_t off)
{
	uint32_t j;

	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *w = sr__match_entry(c, j);

		if (c->m[j].off <= off)
			continue;
		if (sr__x_words_between(c->text, off, c->m[j].off) > 6)
			return 0;
		if (w->type != SR_ENT_WEAPON)
			continue;
		if (w->kind == c->e->kid[K_AIR_DRONE_STRIKE] ||
		    w->kind == c->e->kid[K_SHELLING_MISSILE]) {
			struct sr_span before = { off, c->m[j].off - off };

			return sr__x_has_text(c->text, before, " by ") ||
			       sr__x_has_text(c->text, before, " of ");
		}
	}
	return 0;
}
/* 1 if sentence s or the next one of its paragraph holds one of the n
 * phrases of say. */
static int told_here_or_next(const struct actx *c, const struct sent *s,
			     const char *const *say, size_t n)
{
	size_t k;
	int i;

	for (i = 0; i < 2; i++, s++) {
		if (i && (s >= c->s + c->ns || s->para != s[-1].para))
			break;
		for (k = 0; k < n; k++)
			if (sr__x_has_text(c->text, s->span, say[k]))
				return 1;
	}
	return 0;
}
/* 1 if sentence s or the next says a detained person's fate is hidden:
 * "to an unknown destination", "whereabouts unknown", "no information
 * about her whereabouts". */
static int disappeared(const struct actx *c, const struct sent *s)
{
	static const char *const say[] = { "unknown destination", "whereabouts",
					   "unknown location", "disappeared" };

	return told_here_or_next(c, s, say, SR_ARRAY_LEN(say));
}
/* 1 if the noun trigger at off follows "for", past "the" and one
 * capitalised modifier ("for Russian missile strikes", "for the
 * bombing"). */
static int for_purpose(const struct actx *c, struct back *b)
{
	/* "blamed Islamic State remnants for the blast": the act blamed
	 * is the event */
	static const char *const blame[] = { "blamed", "blames", "blame",
					     "responsibility", "credit" };
	int k = back_skip_the(b, 0);
	struct sr_span w = back_word(b, k);

	if (w.len && !sr__word_is(c->text, w, "for") && c->text[w.off] >= 'A' &&
	    c->text[w.off] <= 'Z') {
		k = back_skip_the(b, k + 1);
		w = back_word(b, k);
	}
	return w.len && sr__word_is(c->text, w, "for") &&
	       !back_in(b, k + 1, 6, blame, SR_ARRAY_LEN(blame));
}
/* 1 if the noun trigger b looks back from is what was feared, not what
 * happened: "fled warnings of an attack", "fears of a new offensive". */
static int feared(const struct actx *c, struct back *b)
{
	static const char *const fear[] = { "warning", "warnings", "fear",
					    "fears",   "threat",   "threats",
					    "rumours", "rumors",   "risk" };
	int k = back_skip_the(b, 0);
	struct sr_span w = back_word(b, k);

	return w.len && sr__word_is(c->text, w, "of") &&
	       sr__word_in(c->text, back_word(b, k + 1), fear,
			   SR_ARRAY_LEN(fear));
}
/* 1 if sentence s names police ("Tunisian police", "officers of the
 * security service"). */
static int police_named(const struct actx *c, const struct sent *s)
{
	return sr__x_has_actor_type(c, s, SR_ACT_POLICE) ||
	       sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE);
}
/* 1 if the police are named before off in its clause: the ones who act
 * ("Tunisian police took a lawyer"), not those who tell ("..., police
 * said"). */
static int police_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	uint32_t i;

	if (!police_named(c, s))
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off >= cl.off && e->type == SR_ENT_ACTOR &&
		    (e->sub == SR_ACT_POLICE || e->sub == SR_ACT_HEAD_POLICE))
			return 1;
	}
	return 0;
}
/* 1 if armed men (an armed actor or a soldier word) are named within
 * the four words after off in s: "opened fire on a Russian sabotage
 * group", "on enemy soldiers". */
static int armed_right_after(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	uint32_t i, lim = s->span.off + s->span.len, far = off;
	struct sr_span w = { off, 0 };
	int k;

	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			break;
		far = w.off + w.len;
	}
	for (i = s->m0; i < s->m1 && c->m[i].off < far; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < off)
			continue;
		if ((e->type == SR_ENT_ACTOR &&
		     (e->sub == SR_ACT_MIL || e->sub == SR_ACT_HEAD_MIL ||
		      e->sub == SR_ACT_GROUP || e->sub == SR_ACT_ENEMY)) ||
		    (e->type == SR_ENT_CUE && e->sub == SR_CUE_SOLDIER))
			return 1;
	}
	return 0;
}
/* 1 if buildings are what is fired on at off, past a few modifiers
 * ("the residential blocks", "several private houses", "apartment
 * buildings"). */
static int buildings_right_after(const struct actx *c, const struct sent *s,
				 uint32_t off)
{
	static const char *const mods[] = {
		"the",	       "residential", "apartment",    "private",
		"civilian",    "high-rise",   "multi-storey", "several",
		"two",	       "three",	      "dozens",	      "of",
		"its",	       "a",	      "an",	      "nine-storey",
		"five-storey", "tower",
	};
	static const char *const built[] = {
		"blocks",	"block",	  "buildings",
		"building",	"houses",	  "house",
		"homes",	"high-rises",	  "neighbourhood",
		"neighborhood", "neighbourhoods", "neighborhoods",
		"quarter",	"streets",
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);
	int k;

	for (k = 0; k < 4 && w.len &&
		    sr__word_in(c->text, w, mods, SR_ARRAY_LEN(mods));
	     k++)
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && sr__word_in(c->text, w, built, SR_ARRAY_LEN(built));
}
/* 1 if a settlement (not a country) is named right after offset off,
 * past "the town of" or "the village of". */
static int town_right_after(const struct actx *c, const struct sent *s,
			    uint32_t off)
{
	static const char *const lead[] = {
		"the",	       "town",	     "village",	  "city",
		"of",	       "settlement", "outskirts", "centre",
		"center",      "suburbs",    "district",  "districts",
		"residential", "areas",	     "area",	  "part",
	};
	static const char *const quarter[] = { "district", "neighbourhood",
					       "neighborhood",
					       "microdistrict" };
	uint32_t lim = s->span.off + s->span.len, i;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);
	int k, named_quarter = 0;

	/* "the Korabelnyi district of Kherson": a named quarter of the
	 * town is skipped too */
	for (k = 0; k < 6 && w.len; k++) {
		struct sr_span nx =
		    sr__next_word(c->text, lim, w.off + w.len, 0);

		if ((sr__text_cls[(unsigned char)c->text[w.off]] &
		     SR_TC_UPPER) &&
		    nx.len &&
		    sr__word_in(c->text, nx, quarter, SR_ARRAY_LEN(quarter))) {
			nx = sr__next_word(c->text, lim, nx.off + nx.len, 0);
			named_quarter = 1;
		} else if (!sr__word_in(c->text, w, lead, SR_ARRAY_LEN(lead)))
			break;
		w = nx;
	}
	for (i = s->p0; w.len && i < s->p1; i++)
		if (c->pm[i].span.off == w.off &&
		    c->pm[i].place != UINT32_MAX && !c->pm[i].is_country &&
		    c->pm[i].precision <= 2)
			return 1;
	/* ("opened fire on the Nikitovsky district this morning": a
	 * town's named quarter is the town's ground too) */
	return named_quarter;
}
/* 1 if a civilian or person word is among the five words before off in
 * its clause ("the last few hundred residents were being"). */
static int people_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span w = { off, 0 };
	int k, cue;

	for (k = 0; k < 5; k++) {
		w = sr__prev_word(c->text, cl.off, w.off, 0);
		if (!w.len)
			return 0;
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_CIVILIAN || cue == SR_CUE_PERSON)
			return 1;
	}
	return 0;
}
/* 1 if "seized" at off (match e) took goods, not ground: "officers seized
 * a bottle of flammable liquid", "during searches, a phone was seized".
 * Ground is a place named in the clause (not where, "in Odesa", or whom
 * from) or a ground word in what was seized (the six words after the
 * verb, or before it when passive): "seized the nuclear plant", "the
 * village was seized". */
static int seized_goods(const struct actx *c, const struct sent *s,
			const struct sr_entry *e, uint32_t off)
{
	static const char *const ground[] = {
		"control",    "town",	      "towns",	     "city",
		"village",    "villages",     "settlement",  "settlements",
		"building",   "buildings",    "base",	     "airport",
		"airfield",   "area",	      "areas",	     "positions",
		"position",   "territory",    "territories", "bridgehead",
		"heights",    "hill",	      "island",	     "plant",
		"station",    "port",	      "checkpoint",  "district",
		"outskirts",  "part",	      "parts",	     "trenches",
		"stronghold", "strongpoint",  "line",	     "lines",
		"ground",     "land",	      "region",	     "it",
		"square",     "centre",	      "center",	     "headquarters",
		"capital",    "power",	      "parliament",  "palace",
		"barracks",   "garrison",     "camp",	     "camps",
		"mine",	      "mines",	      "field",	     "fields",
		"oilfield",   "border",	      "crossing",    "road",
		"highway",    "bridge",	      "dam",	     "airbase",
		"depot",      "cities",	      "province",    "state",
		"county",     "municipality", "hq",	     "compound",
	};
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span w = { off, 0 };
	uint32_t j, lim = s->span.off + s->span.len;
	int k, passive = sr__x_passive_before(c, s, off);

	if (!sr__x_starts(e->phrase, "seiz"))
		return 0;
	for (j = s->p0; j < s->p1; j++)
		if (c->pm[j].span.off >= cl.off &&
		    c->pm[j].span.off < cl.off + cl.len &&
		    c->pm[j].prep != SR_CUE_IN && c->pm[j].prep != SR_CUE_FROM)
			return 0;
	if (!passive)
		w.off = off + (uint32_t)strlen(e->phrase);
	for (k = 0; k < 6; k++) {
		w = passive ? sr__prev_word(c->text, cl.off, w.off, 0)
			    : sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return k > 0;
		if (sr__word_in(c->text, w, ground, SR_ARRAY_LEN(ground)))
			return 0;
	}
	return 1;
}
/* 1 if sentence s tells of a charge planted or hidden ("a bomb had been
 * planted under the driver's seat", "an explosive device hidden in a
 * scooter"): a remote explosive weapon and a word of placing it, or
 * "planted the device", "planted a charge". */
static int planted_charge(const struct actx *c, const struct sent *s)
{
	static const char *const placed[] = { "planted", "hidden", "rigged",
					      "attached", "concealed" };
	static const char *const charge[] = {
		"planted the device", "planted a device",
		"planted the charge", "planted a charge",
		"planted explosives", "planted the bomb",
		"planted a bomb",     "planted the explosives",
	};
	int rex = sr__lex_kind_find(c->lx, "remote_explosive");
	uint32_t i;
	size_t k;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type != SR_ENT_WEAPON || e->kind != rex)
			continue;
		for (k = 0; k < SR_ARRAY_LEN(placed); k++)
			if (sr__x_has_text(c->text, s->span, placed[k]))
				return 1;
		return 0;
	}
	/* "resistance fighters had planted the device" */
	if (!sr__x_has_text(c->text, s->span, "planted"))
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(charge); k++)
		if (sr__x_has_text(c->text, s->span, charge[k]))
			return 1;
	return 0;
}
/* 1 if "by" and air defence follow offset off in its clause ("were
 * destroyed by our air defence", "shot down by Ukrainian air defences",
 * "destroyed over the Odesa region by mobile fire groups and air defence
 * units"): who brought the weapons down.  "by" within five words, the
 * air defence within six after it. */
static int by_air_defence(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	uint32_t lim = cl.off + cl.len;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);
	int n;

	for (n = 0; w.len && n < 5 && !sr__word_is(c->text, w, "by"); n++)
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	if (!w.len || n == 5)
		return 0;
	for (n = 0; n < 6; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__x_air_defence_at(c->text, w.off, lim))
			return 1;
	}
	return 0;
}
/* 1 if the next sentence of s's paragraph names a weapon ("An attack on
 * Sevastopol is being repelled. Air defence has shot down two missiles"). */
static int weapon_told_next(const struct actx *c, const struct sent *s)
{
	return s + 1 < c->s + c->ns && s[1].para == s->para &&
	       ((s[1].types >> SR_ENT_WEAPON) & 1u);
}
/* 1 if "was repelled" at off has for subject a strike noun with a weapon,
 * before it in its clause: "An attack by drones on Sevastopol was
 * repelled". */
static int weapon_attack_repelled(const struct actx *c, const struct sent *s,
				  uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span w = sr__prev_word(c->text, cl.off, off, 0);
	uint32_t i;
	int noun = 0, weapon = 0;

	if (!w.len || !(sr__word_is(c->text, w, "was") ||
			sr__word_is(c->text, w, "were") ||
			sr__word_is(c->text, w, "being")))
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *f = sr__match_entry(c, i);

		if (c->m[i].off < cl.off)
			continue;
		if (f->type == SR_ENT_WEAPON)
			weapon = 1;
		if (f->type == SR_ENT_TRIGGER && f->pos == 'n' &&
		    (f->kind == SR_KIND_ATTACK || f->kind == SR_KIND_STRIKE ||
		     f->kind == c->e->kid[K_AIR_DRONE_STRIKE]))
			noun = 1;
	}
	return noun && (weapon || weapon_told_next(c, s));
}
/* 1 if the next sentence of s's paragraph tells people (not soldiers)
 * killed or hurt, and no event of its own ("... opened fire on a car in which
 * volunteers were evacuating a couple. One of the volunteers was killed"). */
static int hurt_told_next(const struct actx *c, const struct sent *s)
{
	const struct sent *n = s + 1;
	uint32_t i;

	if (n >= c->s + c->ns || n->para != s->para ||
	    !(sr__x_sentence_has_cue(c, n, SR_CUE_KILL) ||
	      sr__x_sentence_has_cue(c, n, SR_CUE_INJURE)) ||
	    sr__x_sentence_has_cue(c, n, SR_CUE_SOLDIER))
		return 0;
	for (i = n->m0; i < n->m1; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_TRIGGER)
			return 0;
	return 1;
}
/* 1 if the gunfire verb at off ("opened fire", "fired") is aimed, in
 * its clause, "on"/"at" people or civilians and no soldiers ("opened
 * fire with small arms on residents", "fired at a crowd of villagers"). */
static int fire_on_people(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	static const char *const fire[] = { "opened fire", "fired",
					    "open fire" };
	uint32_t end = s->span.off + s->span.len;
	struct sr_span w = { off, 0 };
	size_t k;
	int n;

	for (k = 0; k < SR_ARRAY_LEN(fire); k++)
		if (off + strlen(fire[k]) <= end &&
		    sr__strncaseeq(c->text + off, strlen(fire[k]), fire[k]))
			break;
	if (k == SR_ARRAY_LEN(fire))
		return 0;
	for (n = 0; n < 8; n++) {
		struct sr_span obj;

		w = sr__next_word(c->text, end, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (!sr__word_is(c->text, w, "on") &&
		    !sr__word_is(c->text, w, "at"))
			continue;
		obj.off = w.off + w.len;
		obj.len = end - obj.off < 40 ? end - obj.off : 40;
		return (sr__x_cue_in(c, s, obj, SR_CUE_CIVILIAN) ||
			sr__x_cue_in(c, s, obj, SR_CUE_PERSON)) &&
		       !sr__x_cue_in(c, s, obj, SR_CUE_SOLDIER);
	}
	return 0;
}
/* 1 if the word right before off in sentence s is a crowd ("the crowd
 * broke up", "the protesters dispersed"): the crowd's own act. */
static int crowd_subject_before(const struct actx *c, const struct sent *s,
				uint32_t off)
{
	static const char *const crowd[] = {
		"crowd",    "crowds",	    "protesters", "demonstrators",
		"rally",    "protest",	    "gathering",  "march",
		"marchers", "participants", "they",	  "people",
	};
	struct sr_span pw = sr__prev_word(c->text, s->span.off, off, 0);

	return pw.len && sr__word_in(c->text, pw, crowd, SR_ARRAY_LEN(crowd));
}
/* 1 if a cue of type cue (a killing, lethal force) told in s is not
 * only the cause told after "after" ("hundreds protested after a
 * teenager was shot dead by an officer": the protest met no lethal
 * force). */
static int harm_not_cause(const struct actx *c, const struct sent *s, int cue)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == cue &&
		    !sr__x_time_after(c, s, c->m[i].off))
			return 1;
	}
	return 0;
}
/* 1 if the people shot or fired on after off in sentence s had laid
 * down their arms or were held: "shooting six servicemen who had
 * surrendered", "fired on prisoners of war", "left a dugout with their
 * hands raised".  Killing captive fighters
 * is violence against people out of combat (ACLED's attack), no clash. */
/* 1 if the n bytes at text hold "sur", "pow", "cap" or "una" in either
 * case (each byte with bit 0x20 set): every word of captives_shot's list
 * held has one ("surrendered", "POWs", "captives", "unarmed").  Sixteen
 * places a step with SSE2, the last few in one more step back over some
 * already looked at. */
static int may_name_held(const char *text, size_t n)
{
	return sr__tri_any(text, n, "surpowcapuna", 4);
}
static int captives_shot(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	static const char *const held[] = {
		"surrendered", "surrendering", "pows",
		"captive",     "captives",     "unarmed",
	};
	/* (anywhere in the sentence: "came out of a dugout with their
	 * hands raised, were lined up and shot") */
	static const char *const hands[] = { "hands raised", "raised hands",
					     "hands up" };
	struct sr_span rest = { off, s->span.off + s->span.len - off };

	/* (the three phrases only where "prisoner" is: one search for
	 * most sentences) */
	/* (the words of held after off only where their bytes are) */
	if ((may_name_held(c->text + off, rest.len) &&
	     sr__x_word_ahead(c, s, off, 14, held, SR_ARRAY_LEN(held), NULL,
			      0)) ||
	    (sr__x_has_text(c->text, rest, "prisoner") &&
	     (sr__x_has_text(c->text, rest, "prisoners of war") ||
	      sr__x_has_text(c->text, rest, "prisoner of war") ||
	      sr__x_has_text(c->text, rest, "taken prisoner"))))
		return 1;
	/* "the killing of six captured Ukrainian soldiers" */
	if (sr__x_has_text(c->text, rest, "captured ")) {
		struct sr_span w = { off, 0 };
		uint32_t lim = s->span.off + s->span.len;
		int n;

		for (n = 0; n < 4; n++) {
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
			if (!w.len)
				break;
			if (sr__word_is(c->text, w, "captured")) {
				struct sr_span x = sr__next_word(
				    c->text, lim, w.off + w.len, 0);

				if (x.len && !sr__cue_at(c, s, x.off))
					x = sr__next_word(c->text, lim,
							  x.off + x.len, 0);
				if (x.len &&
				    sr__cue_at(c, s, x.off) == SR_CUE_SOLDIER)
					return 1;
				break;
			}
		}
	}
	/* ("the soldiers had surrendered and were then shot": the
	 * surrender told before the shooting) */
	return sr__x_has_phrase_with(c->text, s->span, "hands", hands,
				     SR_ARRAY_LEN(hands)) ||
	       sr__x_has_text(c->text, s->span, "laid down their") ||
	       sr__x_has_text(
		   c->text,
		   ((struct sr_span){ s->span.off, off - s->span.off }),
		   " surrendered");
}
/* 1 if the capture verb e at off takes soldiers, not ground: a soldier
 * noun within four words after it, only numbers and modifiers between
 * ("captured six Ukrainian soldiers", "six captured servicemen"; not
 * "captured the village where soldiers ..."). */
static int soldiers_captured(const struct actx *c, const struct sent *s,
			     const struct sr_entry *e, uint32_t off)
{
	static const char *const verbs[] = { "captured", "capturing", "seized",
					     "took prisoner",
					     "taken prisoner" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { off + (uint32_t)strlen(e->phrase), 0 };
	size_t k;
	int n;

	for (k = 0; k < SR_ARRAY_LEN(verbs); k++)
		if (sr__streq(e->phrase, verbs[k]))
			break;
	if (k == SR_ARRAY_LEN(verbs))
		return 0;
	for (n = 0; n < 4; n++) {
		int cue;
		uint32_t i;

		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_SOLDIER)
			return 1;
		if (cue)
			return 0;
		/* a number, a demonym or a modifier may stand between; a
		 * place or another named thing ends the object */
		for (i = s->m0; i < s->m1; i++)
			if (c->m[i].off == w.off &&
			    sr__match_entry(c, i)->type !=
				SR_ENT_COUNTRY_DEMONYM)
				return 0;
		for (i = s->p0; i < s->p1; i++)
			if (c->pm[i].span.off == w.off)
				return 0;
	}
	return 0;
}
/* 1 if the attack trigger e at off has a town for object: "attack(s)
 * on Sumy", "attacked Kharkiv", "an attack on the city" (a place named,
 * not a country, or a settlement noun, within three words). */
static int side_at_war(const struct actx *c, const struct sent *s);
/* 1 if sentence s names a state by its name or a demonym. */
static int state_named(const struct actx *c, const struct sent *s)
{
	(void)c;
	return ((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u) ||
	       ((s->types >> SR_ENT_COUNTRY_NAME) & 1u);
}
static int protest_told(const struct actx *c, const struct sent *s);
static int gathered_to_demand(const struct actx *c, const struct sent *s,
			      uint32_t off);
static int town_attacked(const struct actx *c, const struct sent *s,
			 uint32_t off, const struct sr_entry *e)
{
	static const char *const towns[] = {
		"city",	    "town",	    "village",	     "suburb",
		"suburbs",  "centre",	    "outskirts",     "neighbourhood",
		"district", "neighborhood", "microdistrict", "quarter",
	};
	static const char *const lead[] = { "on", "against", "the", "of" };
	uint32_t lim = s->span.off + s->span.len, k;
	struct sr_span w = { off, 0 };
	const char *p;
	int n;

	/* past the trigger's own words */
	for (p = e->phrase, n = 1; *p; p++)
		n += *p == ' ';
	while (n-- >= 0)
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	for (n = 0; n < 4 && w.len; n++) {
		for (k = s->p0; k < s->p1; k++)
			if (c->pm[k].span.off == w.off &&
			    !c->pm[k].is_country &&
			    c->pm[k].place != UINT32_MAX)
				return 1;
		if (sr__word_in(c->text, w, towns, SR_ARRAY_LEN(towns)))
			return 1;
		/* "on the Korabelnyi neighbourhood": a name the gazetteer
		 * lacks may stand before the settlement noun */
		if (!sr__word_in(c->text, w, lead, SR_ARRAY_LEN(lead)) &&
		    !(n > 0 && c->text[w.off] >= 'A' && c->text[w.off] <= 'Z'))
			return 0;
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	}
	return 0;
}
/* 1 if the fire of trigger e at off falls on a town or a quarter of one
 * and no troops or military target come after it ("the occupiers opened
 * fire on the Korabelnyi neighbourhood 14 times"): in a war between
 * states, fire on a town comes from afar, whoever fires. */
static int town_fired_on(const struct actx *c, const struct sent *s,
			 uint32_t off, const struct sr_entry *e)
{
	struct sr_span rest = { off, s->span.off + s->span.len - off };

	return town_attacked(c, s, off, e) &&
	       !sr__x_cue_in(c, s, rest, SR_CUE_SOLDIER) &&
	       !sr__x_cue_in(c, s, rest, SR_CUE_MILTARGET) && side_at_war(c, s);
}
/* 1 if w is a preposition that puts a place under another noun ("a
 * post in Bamenda", "the road near Kupiansk", "the village of X"). */
static int place_preposition(const char *text, struct sr_span w)
{
	static const char *const preps[] = {
		"in", "near", "at", "outside", "around",
		"of", "from", "to", "into",
	};

	return w.len && sr__word_in(text, w, preps, SR_ARRAY_LEN(preps));
}
/* 1 if a town or a quarter of one is what came under fire at off ("the
 * city again came under fire from the militants", "Horlivka came under
 * fire"): the subject, within three words before, is a place named or a
 * settlement noun. */
static int town_under_fire(const struct actx *c, const struct sent *s,
			   uint32_t off)
{
	static const char *const towns[] = {
		"city",		 "town",     "village",	     "suburbs",
		"neighbourhood", "district", "neighborhood", "microdistrict",
	};
	struct sr_span w = { off, 0 };
	uint32_t k;
	int n, town;

	for (n = 0; n < 4; n++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		town = sr__word_in(c->text, w, towns, SR_ARRAY_LEN(towns));
		for (k = s->p0; k < s->p1 && !town; k++)
			if (c->pm[k].span.off + c->pm[k].span.len ==
				w.off + w.len &&
			    !c->pm[k].is_country &&
			    c->pm[k].place != UINT32_MAX)
				town = 1;
		if (!town)
			continue;
		/* the subject, not "a police post in Bamenda"; "the
		 * village of Krynky" goes on to "village" */
		w = sr__prev_word(c->text, s->span.off, w.off, 1);
		if (!w.len || !place_preposition(c->text, w))
			return 1;
		if (!sr__word_is(c->text, w, "of"))
			return 0;
	}
	return 0;
}
/* 1 if every military target of sentence s comes before off ("air
 * defences were active over Kyiv as Russia attacked the capital with
 * ballistic missiles"): the weapons then tell the act, not the
 * target. */
static int miltarget_before_only(const struct actx *c, const struct sent *s,
				 uint32_t off)
{
	struct sr_span rest = { off, s->span.off + s->span.len - off };

	return !sr__x_cue_in(c, s, rest, SR_CUE_MILTARGET);
}
/* 1 if "from" follows end (one word between at most) and armed men
 * who are not a state's forces come within four words after it: an
 * armed group, unidentified gunmen or a fighter word ("under fire from
 * Islamic State fighters", "from gunmen"). */
static int fire_from_fighters(const struct actx *c, const struct sent *s,
			      uint32_t end)
{
	uint32_t lim = s->span.off + s->span.len, i;
	struct sr_span w = sr__next_word(c->text, lim, end, 0);

	if (w.len && !sr__word_is(c->text, w, "from"))
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	if (!w.len || !sr__word_is(c->text, w, "from"))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *a = sr__match_entry(c, i);

		if (c->m[i].off <= w.off)
			continue;
		if (sr__x_words_between(c->text, w.off + w.len, c->m[i].off) >
		    4)
			break;
		if ((a->type == SR_ENT_ACTOR &&
		     (a->sub == SR_ACT_GROUP || a->sub == SR_ACT_UNKNOWN)) ||
		    (a->type == SR_ENT_CUE && a->sub == SR_CUE_SOLDIER))
			return 1;
	}
	return 0;
}
/* 1 if "was" or "were" and a verb of beating off ("repelled",
 * "repulsed", "thwarted", "foiled") follow offset off within eight words
 * of its clause. */
static int repelled_after(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	static const char *const beaten[] = { "repelled", "repulsed",
					      "thwarted", "foiled" };
	struct sr_span cl = sr__x_clause_of(c, s, off);
	uint32_t lim = cl.off + cl.len;
	struct sr_span w = { off, 0 };
	int k, was = 0;

	for (k = 0; k < 8; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		/* (a headline drops the "was": "Sobyanin: largest drone
		 * attack on the capital repelled") */
		if ((was || (w.off + w.len == lim &&
			     lim == s->span.off + s->span.len &&
			     sr__x_line_ends(c, lim))) &&
		    sr__word_in(c->text, w, beaten, SR_ARRAY_LEN(beaten)))
			return 1;
		/* ("is being repelled") */
		was = sr__word_is(c->text, w, "was") ||
		      sr__word_is(c->text, w, "were") ||
		      sr__word_is(c->text, w, "being");
	}
	return 0;
}
/* 1 if police or armed forces are named in span r of sentence s. */
static int forces_in(const struct actx *c, const struct sent *s,
		     struct sr_span r)
{
	uint32_t j;

	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *w = sr__match_entry(c, j);

		if (c->m[j].off < r.off || c->m[j].off >= r.off + r.len)
			continue;
		if ((w->type == SR_ENT_ACTOR &&
		     (w->sub == SR_ACT_POLICE || w->sub == SR_ACT_HEAD_POLICE ||
		      w->sub == SR_ACT_MIL || w->sub == SR_ACT_HEAD_MIL)) ||
		    (w->type == SR_ENT_CUE && w->sub == SR_CUE_SOLDIER) ||
		    w->type == SR_ENT_COUNTRY_DEMONYM)
			return 1;
	}
	return 0;
}
/* 1 if a crowd or civilians are the object of the fire ending at end:
 * a crowd, mob or civilian word among the three words after it ("opened
 * fire on the crowd", "fired into a group of worshippers"). */
static int fire_on_crowd(const struct actx *c, const struct sent *s,
			 uint32_t end)
{
	struct sr_span w = { end, 0 };
	int n;

	for (n = 0; n < 3; n++) {
		int cue;

		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
		if (!w.len)
			return 0;
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_MOB || cue == SR_CUE_CIVILIAN)
			return 1;
		if (cue == SR_CUE_SOLDIER || cue == SR_CUE_MILTARGET)
			return 0;
	}
	return 0;
}
/* 1 if a weapon match starts at off ("with artillery"). */
static int weapon_right_after(const struct actx *c, const struct sent *s,
			      uint32_t off)
{
	uint32_t j;

	for (j = s->m0; j < s->m1 && c->m[j].off <= off; j++)
		if (c->m[j].off == off &&
		    sr__match_entry(c, j)->type == SR_ENT_WEAPON)
			return 1;
	return 0;
}
/* 1 if a weapon match ends one space before off ("a drone launched"). */
static int weapon_right_before(const struct actx *c, const struct sent *s,
			       uint32_t off)
{
	uint32_t j;

	for (j = s->m0; j < s->m1 && c->m[j].off < off; j++)
		if (sr__match_entry(c, j)->type == SR_ENT_WEAPON &&
		    c->m[j].off + c->m[j].len + 1 == off)
			return 1;
	return 0;
}
/* 1 if "agreed" comes before off in its sentence with an act agreed on
 * after it (trigger_ctx.c agreed_object), or a deal noun with "pledging",
 * "vowing", "promising" among the eight words before off: what follows
 * is agreed. */
static int agreed_before(const struct actx *c, const struct sent *s,
			 struct back *b)
{
	uint32_t off = b->off;
	uint32_t j;

	static const char *const pledges[] = { "pledging", "pledged",
					       "promising", "vowing",
					       "committing" };
	int pledge = -1;

	for (j = sr__x_trigger_from(s, s->m0); j < s->m1 && c->m[j].off < off;
	     j = sr__x_trigger_from(s, j + 1)) {
		const struct sr_entry *w = sr__match_entry(c, j);

		if (w->type != SR_ENT_TRIGGER)
			continue;
		if (sr__streq(w->phrase, "agreed") &&
		    !sr__x_context_fails(c, s, j, w))
			return 1;
		/* "signed a peace agreement, pledging to end cattle raids
		 * and return abducted children": what the parties pledge
		 * is the deal's object */
		if (w->kind >= 0 && w->kind == c->e->kid[K_AGREEMENT] &&
		    w->pos == 'n') {
			if (pledge < 0)
				pledge = back_in(b, 0, 8, pledges,
						 SR_ARRAY_LEN(pledges));
			if (pledge && !sr__x_context_fails(c, s, j, w))
				return 1;
		}
	}
	return 0;
}
/* 1 if the next sentence of s's paragraph strikes with a weapon of a
 * strike from afar and arms nobody ("The toll from Saturday's attack on
 * Belgorod rose to 25. Ukraine fired Vampire rockets at the city"). */
static int struck_next(const struct actx *c, const struct sent *s)
{
	return s + 1 < c->s + c->ns && s[1].para == s->para &&
	       (s[1].wkind == c->e->kid[K_AIR_DRONE_STRIKE] ||
		s[1].wkind == c->e->kid[K_SHELLING_MISSILE]) &&
	       !sr__x_has_trigger_kind(c, s + 1, "military_aid");
}
/* 1 if sentence s tells a toll and names no armed forces: an attack
 * noun there is what killed ("the toll from Saturday's attack on
 * Belgorod"), not troops attacking ("troops stepped up attacks"). */
static int toll_attack(const struct actx *c, const struct sent *s)
{
	return (sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
		sr__x_sentence_has_cue(c, s, SR_CUE_INJURE)) &&
	       !sr__x_has_actor_type(c, s, SR_ACT_MIL) &&
	       !sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) &&
	       !sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER);
}
/* 1 if a word for a car opens the subject of the verb at off: among the
 * fourteen words before it in its clause, "a"/"an"/"his"/"her"/"the" and a car
 * word ("a car belonging to ... blew up", "his SUV exploded"). */
static int vehicle_subject(const struct actx *c, const struct sent *s,
			   uint32_t off)
{
	static const char *const cars[] = { "car",     "suv",  "jeep",
					    "minibus", "van",  "vehicle",
					    "pickup",  "truck" };
	static const char *const det[] = { "a",	  "an",	 "his",
					   "her", "the", "their" };
	struct sr_span w = { off, 0 }, prev;
	int n;

	for (n = 0; n < 14; n++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, cars, SR_ARRAY_LEN(cars))) {
			prev = sr__prev_word(c->text, s->span.off, w.off, 0);
			return prev.len && sr__word_in(c->text, prev, det,
						       SR_ARRAY_LEN(det));
		}
	}
	return 0;
}
/* The number of actors whose type is in the bit set types named in
 * sentence s before its first kill or injure cue, up to max. */
static int actors_before_toll(const struct actx *c, const struct sent *s,
			      uint32_t types, int max)
{
	uint32_t i;
	int n = 0;

	if (!((s->types >> SR_ENT_ACTOR) & 1u))
		return 0;
	for (i = s->m0; i < s->m1 && n < max; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE &&
		    (e->sub == SR_CUE_KILL || e->sub == SR_CUE_INJURE))
			break;
		if (e->type == SR_ENT_ACTOR && ((types >> e->sub) & 1u))
			n++;
	}
	return n;
}
/* 1 if a state's forces or police are named in sentence s before its
 * first kill or injure word: they take part ("police said" after the
 * toll only tells it). */
static int forces_before_toll(const struct actx *c, const struct sent *s)
{
	return actors_before_toll(c, s,
				  1u << SR_ACT_MIL | 1u << SR_ACT_HEAD_MIL |
				      1u << SR_ACT_POLICE |
				      1u << SR_ACT_HEAD_POLICE,
				  1) > 0;
}
/* 1 if, after a comma past end, a participle of harm to people follows
 * ("..., torching houses and shooting residents", "..., firing on anyone
 * they found") and no state's forces are named in sentence s. */
static int raid_on_people(const struct actx *c, const struct sent *s,
			  uint32_t end)
{
	static const char *const harm[] = {
		"shooting", "killing",	  "firing",    "torching",
		"burning",  "massacring", "gunning",   "slaughtering",
		"hacking",  "executing",  "abducting", "looting",
	};
	/* (or "stormed a hamlet near Wabag and shot eight people dead") */
	static const char *const harmed[] = {
		"shot",	     "killed",	 "torched",	"burned",
		"massacred", "gunned",	 "slaughtered", "hacked",
		"executed",  "abducted", "looted",
	};
	const char *comma;
	struct sr_span w = { end, 0 };
	int n, commas = 0;

	if (forces_before_toll(c, s))
		return 0;
	for (n = 0; n < 14; n++) {
		uint32_t p = w.off + w.len;

		w = sr__next_word(c->text, s->span.off + s->span.len, p, 0);
		/* past the commas of a place's apposition: "swept into
		 * Zike village in Bassa, Plateau state, before dawn ... and
		 * shot residents" (two at most) */
		if (!w.len && commas < 2 && c->text[p] == ',' &&
		    p + 2 < s->span.off + s->span.len &&
		    c->text[p + 1] == ' ') {
			commas++;
			w = sr__next_word(c->text, s->span.off + s->span.len,
					  p + 1, 0);
		}
		if (!w.len || c->text[w.off] == ',' || c->text[w.off] == ';')
			break;
		if (sr__word_is(c->text, w, "and")) {
			if (sr__word_in(c->text,
					sr__next_word(c->text,
						      s->span.off + s->span.len,
						      w.off + w.len, 0),
					harmed, SR_ARRAY_LEN(harmed)) &&
			    !sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER))
				return 1;
			break;
		}
	}
	comma = memchr(c->text + end, ',', s->span.off + s->span.len - end);
	if (!comma)
		return 0;
	return sr__x_word_ahead(c, s, (uint32_t)(comma - c->text) + 1, 2, harm,
				SR_ARRAY_LEN(harm), NULL, 0);
}
/* 1 if sentence s tells civilians killed or hurt, names no soldiers and
 * no people by demonym, and no state's forces or police before its
 * first kill or injure word ("police said" after the toll only tells
 * it): the dead of a raid are the people of the place. */
static int raid_on_civilians(const struct actx *c, const struct sent *s)
{
	if (!sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) ||
	    !(sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
	      sr__x_sentence_has_cue(c, s, SR_CUE_INJURE)) ||
	    sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER) ||
	    ((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u))
		return 0;
	return !forces_before_toll(c, s);
}
/* 1 if a trigger of sentence s before off is one pred accepts. */
static int
trigger_before(const struct actx *c, const struct sent *s, uint32_t off,
	       int (*pred)(const struct actx *, const struct sr_entry *))
{
	uint32_t i;

	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && pred(c, e))
			return 1;
	}
	return 0;
}
static int is_arrest(const struct actx *c, const struct sr_entry *e)
{
	return e->kind == c->e->kid[K_ARREST];
}
/* 1 if an arrest trigger comes before off in sentence s with "and"
 * right before off ("detained the owner ... and seized"). */
static int arrest_and_before(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	return sr__word_is(c->text, sr__prev_word(c->text, s->span.off, off, 0),
			   "and") &&
	       trigger_before(c, s, off, is_arrest);
}
static int is_violent(const struct actx *c, const struct sr_entry *e)
{
	return e->kind >= 0 && (sr__x_kind_violent(c, e->kind) ||
				e->kind == c->e->kid[K_EXPLOSION]);
}
/* 1 if a trigger of a violent kind or an explosion comes before off in
 * sentence s. */
static int violent_before(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	return trigger_before(c, s, off, is_violent);
}
/* 1 if an actor, a country or a people is named within the six words
 * after off in sentence s ("blamed Ukraine", "blamed the Russian
 * army"); not "blamed careless storage of dynamite". */
static int party_after(const struct actx *c, const struct sent *s, uint32_t off)
{
	uint32_t lim = s->span.off + s->span.len, i;
	struct sr_span w = { off, 0 };
	int n;

	for (n = 0; n < 6; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			break;
	}
	lim = w.len ? w.off + w.len : lim;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < off || c->m[i].off >= lim)
			continue;
		if (e->type == SR_ENT_ACTOR || e->type == SR_ENT_COUNTRY_NAME ||
		    e->type == SR_ENT_COUNTRY_DEMONYM)
			return 1;
	}
	return 0;
}
/* 1 if trigger i names a campaign ("incursion", "offensive",
 * "counteroffensive") in the label that opens the article: the first
 * sentence starts with at most four words and a colon, the trigger
 * among them ("Kursk incursion:"). */
static int campaign_label(const struct actx *c, const struct sent *s,
			  uint32_t i, const struct sr_entry *e)
{
	static const char *const campaigns[] = { "incursion", "offensive",
						 "counteroffensive" };
	uint32_t lim = s->span.off + s->span.len, end;
	struct sr_span w = { s->span.off, 0 };
	size_t k;
	int n;

	if (s != c->s)
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(campaigns); k++)
		if (sr__streq(e->phrase, campaigns[k]))
			break;
	if (k == SR_ARRAY_LEN(campaigns))
		return 0;
	for (n = 0; n < 4; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		end = w.off + w.len;
		if (end < lim && c->text[end] == ':')
			return c->m[i].off + c->m[i].len <= end;
	}
	return 0;
}
/* The number of armed actors (forces, police, groups, gunmen) named in
 * sentence s before its first kill or injure cue, up to 2: two make a
 * fight between them (the "police said" after the toll tells it). */
static int armed_actors(const struct actx *c, const struct sent *s)
{
	return actors_before_toll(c, s,
				  1u << SR_ACT_MIL | 1u << SR_ACT_HEAD_MIL |
				      1u << SR_ACT_POLICE | 1u << SR_ACT_GROUP |
				      1u << SR_ACT_UNKNOWN,
				  2);
}
/* 1 if "with" in sentence s names a party ("a ceasefire with the
 * army"), not a time ("with immediate effect", "with effect from"). */
static int with_party(const struct actx *c, const struct sent *s)
{
	static const char *const when[] = { "immediate", "effect",
					    "immediately" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span rest = s->span;
	const char *p;

	while ((p = sr__x_find_text(c->text, rest, " with ")) != NULL) {
		uint32_t at = (uint32_t)(p - c->text) + 5;

		if (!sr__word_in(c->text, sr__next_word(c->text, lim, at, 0),
				 when, SR_ARRAY_LEN(when)))
			return 1;
		rest.len = lim - at;
		rest.off = at;
	}
	return 0;
}
/* 1 if the ceasefire at off is declared or ended by one side: "called
 * off", "ended", "abandoned" the ceasefire; "declared" or "announced" one
 * with no other party ("between", "agreed", "with") in the sentence. */
static int one_side_ceasefire(const struct actx *c, const struct sent *s,
			      uint32_t off)
{
	static const char *const ends[] = {
		"calling",  "called", "ended",	   "ending",   "abandoned",
		"scrapped", "broke",  "renounced", "cancelled"
	};
	static const char *const says[] = { "declared",	 "declares",
					    "announced", "announces",
					    "declaring", "announcing" };

	static const char *const one[] = { "unilateral" };

	if (sr__x_word_behind(c, s, off, 4, ends, SR_ARRAY_LEN(ends)))
		return 1;
	/* "a unilateral holiday truce" */
	if (sr__x_word_behind(c, s, off, 2, one, 1))
		return 1;
	return sr__x_word_behind(c, s, off, 4, says, SR_ARRAY_LEN(says)) &&
	       !sr__x_has_text(c->text, s->span, " between ") &&
	       !sr__x_has_text(c->text, s->span, " agreed") &&
	       !with_party(c, s);
}
/* 1 if "gas", "gases" or "fumes" (not "gas station", "gas field") stands
 * among the sixteen words after off. */
static int gas_after(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const gas[] = { "gas", "gases", "fumes" };
	static const char *const not_gas[] = { "station",  "stations",
					       "pipeline", "field",
					       "plant",	   "depot" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { off, 0 };
	int n;

	for (n = 0; n < 16; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, gas, SR_ARRAY_LEN(gas)) &&
		    !sr__word_in(c->text,
				 sr__next_word(c->text, lim, w.off + w.len, 0),
				 not_gas, SR_ARRAY_LEN(not_gas)))
			return 1;
	}
	return 0;
}
/* 1 if the munition or the drop at off carries gas: a gas word or a
 * chemical agent among the two words after it ("dropped tear-gas
 * canisters"), or later in the clause after a word of release ("shells
 * releasing a yellowish gas", "a shell filled with what appeared to be a
 * mustard agent"); not a gas facility ("the gas plant"). */
static int munition_gas(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	static const char *const gas[] = { "gas", "gases", "fumes",
					   "tear-gas" };
	static const char *const release[] = {
		"releasing", "released",  "releases", "filled",	  "containing",
		"contained", "spewing",	  "spewed",   "emitting", "emitted",
		"giving",    "gave",	  "carrying", "loaded",	  "laced",
		"packed",    "spreading", "spread"
	};
	static const char *const not_gas[] = {
		"station",    "stations",   "pipeline",	  "pipelines",
		"field",      "fields",	    "plant",	  "plants",
		"depot",      "facility",   "facilities", "infrastructure",
		"production", "supply",	    "supplies",	  "storage",
		"terminal",   "compressor", "network",	  "pipe",
		"pipes",      "main",	    "mains",	  "cylinder",
		"cylinders",  "tank",	    "tanks",	  "line",
		"lines",      "company",    "processing", "distribution"
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { off, 0 };
	int n, released = 0;
	uint32_t i;

	for (n = 0; n < 14; n++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len || c->text[w.off] == ';')
			return 0;
		if ((n < 2 || released) &&
		    sr__word_in(c->text, w, gas, SR_ARRAY_LEN(gas)) &&
		    !sr__word_in(c->text,
				 sr__next_word(c->text, lim, w.off + w.len, 0),
				 not_gas, SR_ARRAY_LEN(not_gas)))
			return 1;
		if ((n < 2 || released))
			for (i = s->m0; i < s->m1; i++)
				if (c->m[i].off == w.off &&
				    sr__match_entry(c, i)->type ==
					SR_ENT_TRIGGER &&
				    sr__x_is_kind(c,
						  sr__match_entry(c, i)->kind,
						  "chemical_weapon"))
					return 1;
		if (sr__word_in(c->text, w, release, SR_ARRAY_LEN(release)))
			released = 1;
	}
	return 0;
}
/* 1 if the strike whose trigger ends at end, or a weapon of its
 * sentence ("artillery shells releasing a gas landed"), carries gas
 * (munition_gas).  Most sentences name no gas: the bytes are looked for
 * first. */
static int gas_munition(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	struct sent *ws = (struct sent *)s;
	uint32_t i;

	/* (the words are looked for once per sentence: each strike trigger
	 * of the sentence asks) */
	if (ws->gas < 0)
		ws->gas = sr__x_has_text(c->text, s->span, "gas") ||
			  sr__x_has_text(c->text, s->span, "fumes");
	if (!ws->gas && !sr__x_has_trigger_kind(c, s, "chemical_weapon"))
		return 0;
	if (munition_gas(c, s, end))
		return 1;
	for (i = s->m0; i < s->m1; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_WEAPON &&
		    munition_gas(c, s, c->m[i].off + c->m[i].len))
			return 1;
	return 0;
}
/* 1 if a move on the ground ("to land", "to advance", "to break
 * through") is told among the sixteen words after end, and no weapon
 * other than a ground vehicle in the 120 bytes after end. */
static int ground_attempt(const struct actx *c, const struct sent *s,
			  uint32_t end)
{
	static const char *const moves[] = {
		"land",		  "landing",
		"advance",	  "advancing",
		"cross",	  "crossing",
		"break",	  "breakthrough",
		"storm",	  "infiltrate",
		"penetrate",	  "push",
		"wedge",	  "counterattack",
		"counter-attack", "dislodge",
		"recapture",	  "regain",
		"assault",	  "assaults",
		"offensive",	  "counteroffensive",
	};
	uint32_t i;

	if (!sr__x_word_ahead(c, s, end, 16, moves, SR_ARRAY_LEN(moves), NULL,
			      0))
		return 0;
	/* a weapon after the verb tells weapons stopped ("thwarted an
	 * attempt to strike with drones"), unless it is the vehicles the
	 * ground attempt came in ("mobile groups on armoured vehicles") */
	for (i = s->m0; i < s->m1 && c->m[i].off < end + 120; i++)
		if (c->m[i].off >= end &&
		    sr__match_entry(c, i)->type == SR_ENT_WEAPON &&
		    sr__match_entry(c, i)->kind != c->e->kid[K_ARMED_CLASH])
			return 0;
	return 1;
}
/* 1 if a noun trigger starts among the four words after the verb at off
 * ("launched a new ground assault"). */
static int act_noun_after(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	uint32_t lim = s->span.off + s->span.len, j;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);
	struct sr_span last = w;
	int k;

	for (k = 0; k < 4 && last.len; k++)
		last = sr__next_word(c->text, lim, last.off + last.len, 0);
	if (!last.len)
		last.off = lim;
	for (j = s->m0; j < s->m1 && c->m[j].off <= last.off; j++)
		if (c->m[j].off > w.off + w.len &&
		    sr__match_entry(c, j)->type == SR_ENT_TRIGGER &&
		    sr__match_entry(c, j)->pos == 'n')
			return 1;
	return 0;
}
static int at_crowd(const struct actx *c, const struct sent *s, uint32_t end);
static int counted_nowhere(const struct actx *c, const struct sent *s);
/* 1 if the verb of throwing e at trig_off has grenades for its object,
 * past a count: "threw two grenades", "hurled several grenades". */
static int thrown_grenade(const struct actx *c, const struct sent *s,
			  const struct sr_entry *e, uint32_t trig_off)
{
	static const char *const throw[] = { "threw", "hurled", "lobbed",
					     "tossed" };
	static const char *const gren[] = { "grenade", "grenades" };
	static const char *const soft[] = { "stun", "flash",	"smoke",
					    "gas",  "tear-gas", "sound" };

	/* (not "stun grenades into the crowd": riot control) */
	return sr__str_in(e->phrase, throw, SR_ARRAY_LEN(throw)) &&
	       sr__x_word_ahead(c, s, trig_off + (uint32_t)strlen(e->phrase), 3,
				gren, SR_ARRAY_LEN(gren), soft,
				SR_ARRAY_LEN(soft));
}
static int resolve_kind(const struct actx *c, const struct sent *s,
			const struct sr_entry *e, uint32_t trig_off,
			const char **extra)
{
	int wk;

	/* "air raid alerts sounded", "the air-raid siren", "a missile
	 * warning", "bomb shelters": a trigger noun naming what the alarm
	 * or the shelter is for tells no event */
	if (e->pos == 'n') {
		static const char *const alarm[] = {
			"alert",   "alerts",   "siren", "sirens",
			"warning", "warnings", "alarm", "alarms",
			"shelter", "shelters", "drill", "drills",
		};
		uint32_t end = trig_off + (uint32_t)strlen(e->phrase);
		struct sr_span w =
		    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

		if (w.len && w.off == end + 1 &&
		    sr__word_in(c->text, w, alarm, SR_ARRAY_LEN(alarm)))
			return -1;
	}
	/* "thwarted attempts by Ukrainian formations to land on the left
	 * bank", "foiled an attempt to advance towards Korenevo": ground
	 * beaten off is a fight, not weapons stopped */
	if (e->kind == c->e->kid[K_INTERCEPTION] &&
	    (sr__x_starts(e->phrase, "thwart") ||
	     sr__x_starts(e->phrase, "foil")) &&
	    ground_attempt(c, s, trig_off + (uint32_t)strlen(e->phrase))) {
		*extra = "+ground";
		return c->e->kid[K_ARMED_CLASH];
	}
	if (sr__x_air_defence_acts(c, s, e, trig_off)) {
		*extra = "+air-defence";
		return c->e->kid[K_INTERCEPTION];
	}
	/* "the crowd broke up after two hours", "the protesters dispersed
	 * at dusk": the crowd left of itself, nobody broke it up */
	if (e->kind == c->e->kid[K_PROTEST_INTERVENTION] && e->pos == 'v' &&
	    crowd_subject_before(c, s, trig_off))
		return -1;
	/* "chanting in front of the Russian troops who took the town in
	 * February": a capture told of the troops a protest faces is
	 * background to the protest */
	if (e->kind == c->e->kid[K_TERRITORY_GAIN] &&
	    sr__word_is(c->text,
			sr__prev_word(c->text, s->span.off, trig_off, 0),
			"who") &&
	    protest_told(c, s))
		return -1;
	/* "the killing of two soldiers who had laid down their arms",
	 * "arrested a man who had shelled the town": what the people of a
	 * relative clause had done before is background to what is told
	 * of them (not a protest: "removed activists who had glued
	 * themselves to the road" tells the protest) */
	if (e->kind != c->e->kid[K_PEACEFUL_PROTEST] &&
	    e->kind != c->e->kid[K_PROTEST_INTERVENTION] &&
	    e->kind != c->e->kid[K_PROTEST_EXCESSIVE_FORCE]) {
		struct sr_span h =
		    sr__prev_word(c->text, s->span.off, trig_off, 0);

		if (h.len && sr__word_is(c->text, h, "had") &&
		    sr__word_is(c->text,
				sr__prev_word(c->text, s->span.off, h.off, 0),
				"who"))
			return -1;
	}
	/* "a car belonging to an official blew up as he started the
	 * engine": a vehicle that explodes of itself, with no strike
	 * told, carried a bomb */
	if (e->kind == c->e->kid[K_EXPLOSION] && e->pos == 'v' &&
	    s->wkind < 0 && vehicle_subject(c, s, trig_off)) {
		*extra = "+vehicle";
		return c->e->kid[K_REMOTE_EXPLOSIVE];
	}
	/* "Gunmen swept into a village, torching houses and shooting
	 * residents": a raid by armed men who are no state's forces, told
	 * with what they did to the people there, is an attack on them,
	 * not ground taken */
	if ((e->kind == c->e->kid[K_TERRITORY_GAIN] ||
	     e->kind == c->e->kid[K_ARMED_CLASH]) &&
	    e->pos == 'v' &&
	    (sr__streq(e->phrase, "swept into") ||
	     sr__streq(e->phrase, "stormed")) &&
	    raid_on_people(c, s, trig_off + (uint32_t)strlen(e->phrase))) {
		*extra = "+raid";
		return c->e->kid[K_ATTACK_CIVILIANS];
	}
	/* "unidentified gunmen killed three villagers in a raid on a
	 * settlement": a raid whose dead or hurt are civilians, by men who
	 * are no state's forces and with no fighters named, is an attack on
	 * them, not a fight */
	if (e->kind == c->e->kid[K_ARMED_CLASH] && e->pos == 'n' &&
	    sr__x_starts(e->phrase, "raid") && raid_on_civilians(c, s)) {
		*extra = "+civilian-victims";
		return c->e->kid[K_ATTACK_CIVILIANS];
	}
	/* "shooting six servicemen who had surrendered" */
	if ((e->kind == SR_KIND_ATTACK ||
	     (e->kind == c->e->kid[K_SHELLING_MISSILE] && s->wkind < 0 &&
	      sr__x_starts(e->phrase, "fired"))) &&
	    captives_shot(c, s, trig_off)) {
		*extra = "+captives-shot";
		return c->e->kid[K_ATTACK_CIVILIANS];
	}
	/* "An attack by drones on Sevastopol was repelled", "a drone
	 * attack ... was thwarted by air defence": a strike the passive
	 * says was beaten off is an interception */
	if (e->pos == 'n' &&
	    (e->kind == SR_KIND_ATTACK || e->kind == SR_KIND_STRIKE ||
	     e->kind == c->e->kid[K_AIR_DRONE_STRIKE] ||
	     e->kind == c->e->kid[K_SHELLING_MISSILE]) &&
	    (s->wkind >= 0 || e->kind >= 0 || weapon_told_next(c, s)) &&
	    repelled_after(c, s, trig_off + (uint32_t)strlen(e->phrase))) {
		*extra = "+repelled";
		return c->e->kid[K_INTERCEPTION];
	}
	/* "repelled an attack by uncrewed boats", "repelled attacks of
	 * drones": weapons beaten off are an interception */
	if ((sr__x_starts(e->phrase, "repelled") ||
	     sr__x_starts(e->phrase, "repelling")) &&
	    (weapon_attack_after(c, s, trig_off) ||
	     weapon_attack_repelled(c, s, trig_off))) {
		*extra = "+weapons";
		return c->e->kid[K_INTERCEPTION];
	}
	/* "armed men detained a teacher and took her away to an unknown
	 * destination": a detention that hides where the person went is a
	 * forced disappearance, unless police made it (an arrest, even
	 * to "an unknown location") */
	if (e->kind == c->e->kid[K_ARREST] && disappeared(c, s) &&
	    !police_named(c, s)) {
		*extra = "+disappeared";
		return c->e->kid[K_ABDUCTION];
	}
	/* "the Armed Forces of Ukraine once again opened fire on
	 * Shebekino": fire on a town, not on people in sight, comes from
	 * afar */
	if (e->kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	    sr__streq(e->phrase, "opened fire on") &&
	    town_right_after(c, s, trig_off + (uint32_t)strlen(e->phrase))) {
		*extra = "+town";
		return c->e->kid[K_SHELLING_MISSILE];
	}
	/* "the occupiers opened fire on the residential blocks near the
	 * river port": an army firing on buildings fires from afar (not
	 * "gunmen opened fire on houses in the village", a raid) */
	if (e->kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	    sr__streq(e->phrase, "opened fire on") &&
	    (sr__x_has_actor_type(c, s, SR_ACT_MIL) ||
	     sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL)) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_GROUP) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_UNKNOWN) &&
	    buildings_right_after(c, s,
				  trig_off + (uint32_t)strlen(e->phrase))) {
		*extra = "+buildings";
		return c->e->kid[K_SHELLING_MISSILE];
	}
	/* "border guards opened fire on a Russian sabotage group": fire
	 * on armed men is a clash */
	if (e->kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	    sr__streq(e->phrase, "opened fire on") &&
	    armed_right_after(c, s, trig_off + (uint32_t)strlen(e->phrase))) {
		*extra = "+armed-target";
		return c->e->kid[K_ARMED_CLASH];
	}
	/* people taken, not ground: by the police an arrest ("... were
	 * taken from their homes by police", "Tunisian police took a
	 * prominent lawyer from his home"), else an abduction */
	if (e->kind == c->e->kid[K_TERRITORY_GAIN]) {
		int taken = sr__x_people_taken(c, s, e, trig_off);
		int seizes =
		    taken != 2 && sr__x_seizes_people(c, s, e, trig_off);

		if (taken == 2 || (seizes && police_before(c, s, trig_off))) {
			*extra = "+people-police";
			return c->e->kid[K_ARREST];
		}
		if (seizes || taken) {
			*extra = "+people";
			return c->e->kid[K_ABDUCTION];
		}
		/* "captured six Ukrainian soldiers", "the killing of six
		 * captured servicemen": soldiers taken, no ground */
		if (soldiers_captured(c, s, e, trig_off))
			return -1;
	}

	/* "Russia sent waves of Shahed drones against the Odesa region": a
	 * weapon sent against a place or a foe is fired, not given */
	if (s->wkind >= 0 && sr__x_is_kind(c, e->kind, "military_aid")) {
		static const char *const against[] = { "against", "toward",
						       "towards", "into",
						       "at" };
		static const char *const stops[] = { "to", "for" };

		if (sr__x_word_ahead(c, s, trig_off, 8, against,
				     SR_ARRAY_LEN(against), stops,
				     SR_ARRAY_LEN(stops))) {
			*extra = "+fired";
			return s->wkind;
		}
	}
	/* "shells releasing a yellowish gas fell on a residential area",
	 * "bombs dropped by aircraft released a thick yellow gas", "a drone
	 * dropped tear-gas canisters on them": a munition that carries gas
	 * or a chemical agent is a chemical weapon (tear gas on a protest
	 * or used by police is riot control, told elsewhere) */
	if ((e->kind == c->e->kid[K_SHELLING_MISSILE] ||
	     e->kind == c->e->kid[K_AIR_DRONE_STRIKE] ||
	     e->kind == SR_KIND_STRIKE) &&
	    gas_munition(c, s, trig_off + (uint32_t)strlen(e->phrase)) &&
	    !protest_told(c, s) && !sr__x_has_actor_type(c, s, SR_ACT_POLICE) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE) &&
	    sr__lex_kind_find(c->lx, "chemical_weapon") >= 0) {
		*extra = "+gas";
		return sr__lex_kind_find(c->lx, "chemical_weapon");
	}
	if (((s->types >> SR_ENT_WEAPON) & 1u) &&
	    sr__x_dropped_from_air(c, s, e, trig_off) &&
	    !sr__x_has_trigger_kind(c, s, "chemical_weapon")) {
		*extra = "+dropped";
		return sr__lex_kind_find(c->lx, "air_drone_strike");
	}
	/* "Shahed drones exploded over Kharkiv": the weapon tells the kind
	 * of an explosion */
	if (e->kind >= 0 && (e->kind == c->e->kid[K_EXPLOSION])) {
		struct sr_span cl = sr__x_clause_of(c, s, trig_off);
		uint32_t i;

		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *w = sr__match_entry(c, i);

			if (w->type == SR_ENT_WEAPON && w->kind >= 0 &&
			    c->m[i].off >= cl.off &&
			    c->m[i].off < cl.off + cl.len &&
			    !(w->kind == c->e->kid[K_ARMED_CLASH]) &&
			    !sr__x_bomber_person(c, s, i)) {
				*extra = "+weapon";
				return w->kind;
			}
		}
		/* "Esman community: artillery (4 explosions)" */
		{
			int k = bracket_weapon(c, s, trig_off);

			if (k >= 0) {
				*extra = "+weapon";
				return k;
			}
		}
		/* "killed in an explosion at a market, the mayor said,
		 * blaming Ukrainian artillery", "explosions ... which he
		 * blamed on a HIMARS strike": the weapon blamed made it */
		for (i = s->m0; i < s->m1; i++) {
			static const char *const blame[] = { "blaming",
							     "blamed", "blames",
							     "blame" };
			const struct sr_entry *w = sr__match_entry(c, i);

			if (w->type == SR_ENT_WEAPON && w->kind >= 0 &&
			    c->m[i].off > trig_off &&
			    !(w->kind == c->e->kid[K_ARMED_CLASH]) &&
			    sr__x_word_behind(c, s, c->m[i].off, 4, blame,
					      SR_ARRAY_LEN(blame))) {
				*extra = "+weapon-blamed";
				return w->kind;
			}
		}
		/* "A hand grenade went off at the door ...; police linked
		 * the blast to a feud": the blast is the weapon's, named
		 * before it in the sentence (not after a suicide bombing:
		 * that blast is the bomber's) */
		if (s->wkind >= 0 && s->wkind != c->e->kid[K_ARMED_CLASH] &&
		    !sr__x_suicide_before(c, s, trig_off) &&
		    sr__word_is(
			c->text,
			sr__prev_word(c->text, s->span.off, trig_off, 0),
			"the")) {
			for (i = s->m0; i < s->m1 && c->m[i].off < trig_off;
			     i++) {
				const struct sr_entry *w =
				    sr__match_entry(c, i);

				if (w->type == SR_ENT_WEAPON &&
				    w->kind == s->wkind) {
					*extra = "+weapon-before";
					return w->kind;
				}
			}
		}
		/* "A car blew up as he got in; a bomb had been planted
		 * under the seat": a charge planted there made the blast */
		if (planted_charge(c, s) ||
		    (s + 1 < c->s + c->ns && s[1].para == s->para &&
		     planted_charge(c, s + 1))) {
			*extra = "+planted";
			return sr__lex_kind_find(c->lx, "remote_explosive");
		}
		if (vehicle_blast(c, s, e, trig_off)) {
			*extra = "+vehicle";
			return sr__lex_kind_find(c->lx, "remote_explosive");
		}
	}
	if (e->kind == c->e->kid[K_SHELLING_MISSILE] &&
	    sr__x_starts(e->phrase, "fired")) {
		/* "helicopters fired on a school": an aircraft or drone
		 * that fires (named before the verb) makes an air strike */
		struct sr_span cl = sr__x_clause_of(c, s, trig_off);
		uint32_t i;

		for (i = s->m0; i < s->m1 && c->m[i].off < trig_off; i++) {
			const struct sr_entry *w = sr__match_entry(c, i);

			if (w->type == SR_ENT_WEAPON && c->m[i].off >= cl.off &&
			    sr__x_is_kind(c, w->kind, "air_drone_strike")) {
				*extra = "+weapon";
				return w->kind;
			}
		}
		/* "gang members fired on residents, killing four": no heavy
		 * weapon, no armed forces, civilians hit */
		struct sr_span doers = { cl.off, trig_off - cl.off };

		/* (or "men on a motorbike fired into a camp, killing a
		 * 23-year-old": men, not soldiers, fire and kill) */
		if (s->wkind < 0 &&
		    !(e->pos == 'n' && toll_attack(c, s) &&
		      struck_next(c, s)) &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) ||
		     (sr__x_cue_in(c, s, doers, SR_CUE_PERSON) &&
		      !forces_in(c, s, doers))) &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_INJURE) ||
		     hurt_told_next(c, s)) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_MIL) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) &&
		    !((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u)) {
			*extra = "+civilian-victims";
			return c->e->kid[K_ATTACK_CIVILIANS];
		}
		/* "soldiers fired on a car carrying civilians, killing two":
		 * gunfire whose target is civilians, whoever shoots */
		if (s->wkind < 0 &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_INJURE))) {
			/* (to the end of the sentence: "fired on a car ...,
			 * killing the driver and wounding a boy") */
			struct sr_span after = {
				trig_off, s->span.off + s->span.len - trig_off
			};

			if (sr__x_cue_in(c, s, after, SR_CUE_CIVILIAN) &&
			    !sr__x_cue_in(c, s, after, SR_CUE_SOLDIER) &&
			    !sr__x_cue_in(c, s, after, SR_CUE_MILTARGET)) {
				*extra = "+civilian-target";
				return c->e->kid[K_ATTACK_CIVILIANS];
			}
		}
	}
	/* "fighters on motorbikes opened fire on the crowd": fire whose
	 * object is a crowd or civilians attacks them, whoever else the
	 * sentence names */
	/* (or "shot at worshippers who had gathered ... to chant against
	 * the government") */
	if (((e->kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	      sr__x_starts(e->phrase, "opened fire")) ||
	     (sr__streq(e->phrase, "shot") &&
	      gathered_to_demand(c, s, trig_off))) &&
	    fire_on_crowd(c, s, trig_off + (uint32_t)strlen(e->phrase))) {
		/* "opened fire on worshippers who had gathered ... to call
		 * for the release of detained clerics": a crowd told as
		 * gathered to demand something is a protest fired on */
		if (gathered_to_demand(c, s, trig_off)) {
			*extra = "+protest-fired-on";
			return c->e->kid[K_PROTEST_EXCESSIVE_FORCE];
		}
		*extra = "+civilian-target";
		return c->e->kid[K_ATTACK_CIVILIANS];
	}
	/* "Azerbaijani forces opened fire on their positions, killing four
	 * soldiers", "two soldiers were shot": fire on troops is a clash,
	 * not an attack on civilians */
	if (e->kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	    sr__x_starts(e->phrase, "opened fire") &&
	    (sr__x_sentence_has_cue(c, s, SR_CUE_MILTARGET) ||
	     sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER)) &&
	    !sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN)) {
		if (town_fired_on(c, s, trig_off, e)) {
			*extra = "+town";
			return c->e->kid[K_SHELLING_MISSILE];
		}
		*extra = "+troops";
		return c->e->kid[K_ARMED_CLASH];
	}
	/* (in the passive the victims come first: "two soldiers were
	 * shot", not "a man was shot by soldiers") */
	if (e->kind == c->e->kid[K_ATTACK_CIVILIANS] && e->pos == 'p' &&
	    strstr(e->phrase, " shot")) {
		struct sr_span before = { s->span.off, trig_off - s->span.off };

		if (sr__x_cue_in(c, s, before, SR_CUE_SOLDIER) &&
		    !sr__x_cue_in(c, s, before, SR_CUE_CIVILIAN)) {
			*extra = "+troops";
			return c->e->kid[K_ARMED_CLASH];
		}
	}
	/* "Ukrainian drones set fire to an oil depot": damage done by a
	 * weapon fired from afar is that weapon's strike; so is "Drones hit
	 * a block of flats, killing one and setting flats on fire", the
	 * fire told in a clause opened by a participle */
	if (e->kind == c->e->kid[K_LOOTING_DESTRUCTION] && s->wkind >= 0 &&
	    (s->wkind == c->e->kid[K_AIR_DRONE_STRIKE] ||
	     s->wkind == c->e->kid[K_SHELLING_MISSILE])) {
		struct sr_span cl = sr__x_clause_of(c, s, trig_off);
		struct sr_span w0 =
		    sr__next_word(c->text, cl.off + cl.len, cl.off, 0);
		uint32_t i;

		if (cl.off > s->span.off && w0.len > 4 &&
		    memcmp(c->text + w0.off + w0.len - 3, "ing", 3) == 0) {
			cl.len += cl.off - s->span.off;
			cl.off = s->span.off;
		}
		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *w = sr__match_entry(c, i);

			if (c->m[i].off >= cl.off + cl.len)
				break;
			if (w->type == SR_ENT_WEAPON && w->kind == s->wkind &&
			    c->m[i].off >= cl.off) {
				*extra = "+weapon";
				return w->kind;
			}
		}
	}
	if (e->kind == c->e->kid[K_TERRITORY_GAIN] &&
	    sr__x_without_fight(c, s)) {
		*extra = "+unopposed";
		return c->e->kid[K_TERRITORY_TRANSFER];
	}
	/* "a small drone hovered over them before dropping tear gas
	 * canisters among the trees": tear gas from a drone or aircraft,
	 * on no protest and not by police, is a chemical weapon */
	if (e->kind == c->e->kid[K_PROTEST_INTERVENTION] &&
	    strstr(e->phrase, "tear gas") &&
	    s->wkind == c->e->kid[K_AIR_DRONE_STRIKE] && !protest_told(c, s) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_POLICE) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE) &&
	    sr__lex_kind_find(c->lx, "chemical_weapon") >= 0) {
		*extra = "+from-air";
		return sr__lex_kind_find(c->lx, "chemical_weapon");
	}
	/* "Smoke hung over the port after Tuesday night's raids. The
	 * strikes, carried out by US warplanes, ...": raids made by
	 * aircraft or drones, named here or in the next sentence, are air
	 * strikes */
	if (e->kind == c->e->kid[K_ARMED_CLASH] && e->pos == 'n' &&
	    (sr__streq(e->phrase, "raid") || sr__streq(e->phrase, "raids")) &&
	    /* (not "air-raid sirens") */
	    trig_off > s->span.off && c->text[trig_off - 1] != '-' &&
	    (s->wkind == c->e->kid[K_AIR_DRONE_STRIKE] ||
	     (s->wkind < 0 && s + 1 < c->s + c->ns && s[1].para == s->para &&
	      s[1].wkind == c->e->kid[K_AIR_DRONE_STRIKE]))) {
		*extra = "+air";
		return c->e->kid[K_AIR_DRONE_STRIKE];
	}
	/* "Ukrainian soldiers marched into Kherson", "M23 fighters walked
	 * into the centre of Bukavu": armed men marching into a town take
	 * it; students marching into a square protest */
	if (e->kind == c->e->kid[K_PEACEFUL_PROTEST] &&
	    sr__x_armed_walk_in(c, s, trig_off, e)) {
		*extra = "+troops";
		return c->e->kid[K_TERRITORY_GAIN];
	}
	/* "armed men marched about 20 of them into the bush": captives
	 * driven off */
	if (e->kind == c->e->kid[K_PEACEFUL_PROTEST] &&
	    sr__x_marched_off(c, s, trig_off, e)) {
		*extra = "+captives";
		return c->e->kid[K_ABDUCTION];
	}
	/* "The PKK declared an immediate ceasefire", "were calling off the
	 * ceasefire agreed in June": a ceasefire one side declares or ends
	 * alone changes its activity; it agrees nothing */
	if (e->kind == c->e->kid[K_AGREEMENT] &&
	    (sr__streq(e->phrase, "ceasefire") ||
	     sr__streq(e->phrase, "cease-fire") ||
	     sr__streq(e->phrase, "truce")) &&
	    one_side_ceasefire(c, s, trig_off)) {
		*extra = "+one-side";
		return sr__lex_kind_find(c->lx, "change_to_group");
	}
	if (e->kind >= 0)
		return e->kind;
	if (e->kind == SR_KIND_ATTACK &&
	    (sr__x_downs_projectile(c, s, e, trig_off) ||
	     by_air_defence(c, s, trig_off + (uint32_t)strlen(e->phrase)))) {
		*extra = "+downed";
		return c->e->kid[K_INTERCEPTION];
	}
	/* "opened fire with artillery and mortars on positions": the
	 * weapons fired name the act */
	if (e->kind == SR_KIND_ATTACK &&
	    s->wkind == c->e->kid[K_SHELLING_MISSILE]) {
		struct sr_span w =
		    sr__next_word(c->text, s->span.off + s->span.len,
				  trig_off + (uint32_t)strlen(e->phrase), 0);

		if (w.len && sr__word_is(c->text, w, "with") &&
		    weapon_right_after(c, s, w.off + w.len + 1)) {
			*extra = "+weapon";
			return c->e->kid[K_SHELLING_MISSILE];
		}
	}
	/* "attacked Ukrainian positions under artillery cover": a ground
	 * assault whatever supports it */
	if (e->kind == SR_KIND_ATTACK &&
	    sr__x_sentence_has_cue(c, s, SR_CUE_MILTARGET) &&
	    !(s->wkind >= 0 && miltarget_before_only(c, s, trig_off))) {
		*extra = "+positions";
		return c->e->kid[K_ARMED_CLASH];
	}
	/* "sappers destroyed the unexploded warhead of a missile": a
	 * munition made harmless is a weapon's use disrupted */
	if (e->kind == SR_KIND_ATTACK) {
		uint32_t lim = s->span.off + s->span.len;
		struct sr_span w = sr__next_word(
		    c->text, lim, trig_off + (uint32_t)strlen(e->phrase), 1);

		if (w.len && (sr__word_is(c->text, w, "an") ||
			      sr__word_is(c->text, w, "a")))
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (w.len && (sr__word_is(c->text, w, "unexploded") ||
			      sr__word_is(c->text, w, "undetonated"))) {
			*extra = "+unexploded";
			return c->e->kid[K_INTERCEPTION];
		}
	}
	/* "were dispersed by soldiers, who threw stun grenades into the
	 * crowd": what those who broke up a gathering threw at it is the
	 * breaking up, told by its own trigger */
	if (e->kind == SR_KIND_ATTACK && e->pos == 'v' &&
	    sr__x_has_trigger_kind(c, s, "protest_intervention") &&
	    at_crowd(c, s, trig_off + (uint32_t)strlen(e->phrase)))
		return -1;
	/* "threw two grenades into a bus station": the grenades thrown
	 * are the attack's weapon, no hardware lost */
	if (e->kind == SR_KIND_ATTACK && e->pos == 'v' &&
	    thrown_grenade(c, s, e, trig_off))
		return c->e->kid[K_GRENADE];
	/* "destroyed two tanks and a UAV": hardware lost in a fight */
	if (e->kind == SR_KIND_ATTACK &&
	    sr__x_objects_only(c, s, e, trig_off)) {
		*extra = "+hardware";
		return c->e->kid[K_ARMED_CLASH];
	}
	wk = sr__x_weapon_kind(c, s);
	/* "Drones hit two towers. Moscow blamed Kyiv for the attack.":
	 * the weapon of the sentence before */
	/* (not "Canada has delivered 181,000 artillery shells": weapons
	 * given arm no strike told next) */
	/* (nor "The enemy carried out 44 air strikes, dropping 70 guided
	 * bombs. ... the enemy attacked 12 times near Avdiivka": a day's
	 * tally arms no act told after it) */
	if (wk < 0 && s > c->s && s[-1].para == s->para &&
	    !sr__x_has_trigger_kind(c, s - 1, "military_aid") &&
	    !counted_nowhere(c, s - 1))
		wk = s[-1].wkind;
	/* "The toll from Saturday's strike on the hypermarket has risen
	 * to 16. Two guided bombs hit the store": a strike noun with no
	 * weapon takes the one the next sentence strikes with */
	if (wk < 0 &&
	    (e->kind == SR_KIND_STRIKE ||
	     (e->kind == SR_KIND_ATTACK && toll_attack(c, s))) &&
	    e->pos == 'n' && struck_next(c, s))
		wk = s[1].wkind;
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
	/* "opened fire with small arms on residents of a village":
	 * gunfire aimed at people, not soldiers, is an attack on them */
	if (e->kind == SR_KIND_ATTACK && e->pos == 'v' &&
	    fire_on_people(c, s, trig_off)) {
		*extra = "+civilian-target";
		return c->e->kid[K_ATTACK_CIVILIANS];
	}
	/* "canisters dropped from a drone released a yellowish gas that
	 * left them vomiting": gas dropped on people is a chemical
	 * weapon */
	if (e->kind == SR_KIND_STRIKE && sr__x_starts(e->phrase, "drop") &&
	    gas_after(c, s, trig_off) &&
	    sr__lex_kind_find(c->lx, "chemical_weapon") >= 0) {
		*extra = "+gas";
		return sr__lex_kind_find(c->lx, "chemical_weapon");
	}
	/* "launched a ground assault ..., backed by artillery": "launched"
	 * with an act named by a noun trigger for object leaves the event
	 * to that noun */
	if (e->kind == SR_KIND_STRIKE && e->strength <= 1 && e->pos == 'v' &&
	    sr__x_starts(e->phrase, "launch") && act_noun_after(c, s, trig_off))
		return -1;
	if (wk >= 0) {
		*extra = "+weapon";
		return wk;
	}
	/* "Ukrainian forces hit a fuel depot in Nova Kakhovka": armed
	 * forces that hit a military target or a named place strike it */
	if (e->strength <= 1 && e->kind == SR_KIND_STRIKE &&
	    sr__streq(e->phrase, "hit") && sr__x_armed_before(c, s, trig_off) &&
	    (sr__x_sentence_has_cue(c, s, SR_CUE_MILTARGET) ||
	     sr__x_has_locative_place(c, s))) {
		*extra = "+armed";
		return c->e->kid[K_SHELLING_MISSILE];
	}
	if (e->strength <= 1 && e->kind == SR_KIND_STRIKE)
		return -1; /* "launched", "hit" alone say too little */
	if (e->kind == SR_KIND_ATTACK) {
		/* "attacks on the electricity supply": something struck from
		 * afar, not a clash */
		/* gunfire ("opened fire at a market", "shooting") is not
		 * fire from afar */
		int shot = sr__streq(e->phrase, "shot");
		struct sr_span rest = { trig_off,
					s->span.off + s->span.len - trig_off };

		/* "gunmen rounded up men and shot 23 of them", "a gunman
		 * walked in and shot him": people shot, by whoever, with no
		 * soldiers among those shot */
		if (shot && s->wkind < 0 &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_PERSON)) &&
		    !sr__x_cue_in(c, s, rest, SR_CUE_SOLDIER)) {
			*extra = "+civilian-victims";
			return c->e->kid[K_ATTACK_CIVILIANS];
		}
		/* "herders attacked farming communities, killing 30
		 * people": no state's forces, no weapon from afar, people
		 * killed */
		if (s->wkind < 0 && e->pos == 'v' &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_INJURE)) &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_PERSON)) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_MILTARGET) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_MIL) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) &&
		    !((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u) &&
		    !((s->types >> SR_ENT_COUNTRY_NAME) & 1u)) {
			*extra = "+civilian-victims";
			return c->e->kid[K_ATTACK_CIVILIANS];
		}
		/* "The candidate had barely finished his speech when two
		 * men on a motorcycle opened fire. He died on the way to
		 * hospital": gunfire where a civilian or a person stands
		 * and no armed side, with a death told next, is an attack
		 * on him */
		if (sr__streq(e->phrase, "opened fire") && s->wkind < 0 &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_PERSON)) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_MIL) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_POLICE) &&
		    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE) &&
		    s + 1 < c->s + c->ns && s[1].para == s->para &&
		    sr__x_sentence_has_cue(c, s + 1, SR_CUE_KILL) &&
		    !sr__x_sentence_has_cue(c, s + 1, SR_CUE_SOLDIER)) {
			*extra = "+civilian-target";
			return c->e->kid[K_ATTACK_CIVILIANS];
		}
		if (sr__x_sentence_has_cue(c, s, SR_CUE_TARGET) &&
		    !sr__streq(e->phrase, "opened fire") &&
		    !sr__streq(e->phrase, "shooting") && !shot) {
			*extra = "+target";
			return c->e->kid[K_SHELLING_MISSILE];
		}
		/* "a Russian attack on Sumy killed one person": in a war
		 * between states an attack on a town, with no soldiers or
		 * units told ("Ukrainian units attacked Melitopol" is a
		 * clash), comes from afar, whoever it killed ("claimed the
		 * lives of five civilians") */
		if (!sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER) &&
		    !sr__x_armed_before(c, s, trig_off) &&
		    town_attacked(c, s, trig_off, e) && side_at_war(c, s)) {
			*extra = "+town";
			return c->e->kid[K_SHELLING_MISSILE];
		}
		if (sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) &&
		    (sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
		     sr__x_sentence_has_cue(c, s, SR_CUE_INJURE) ||
		     hurt_told_next(c, s))) {
			*extra = "+civilian-victims";
			return c->e->kid[K_ATTACK_CIVILIANS];
		}
		*extra = "+default";
		return c->e->kid[K_ARMED_CLASH];
	}
	/* "the patrol came under fire from jihadist fighters": fire
	 * from men on the ground, with no weapon named, is a clash */
	if (e->kind == SR_KIND_STRIKE && strstr(e->phrase, "under ") &&
	    fire_from_fighters(c, s, trig_off + (uint32_t)strlen(e->phrase)) &&
	    !town_under_fire(c, s, trig_off)) {
		*extra = "+fighters";
		return c->e->kid[K_ARMED_CLASH];
	}
	/* "a night of American strikes on the port", "a US strike hit a
	 * vehicle": a state's strikes with no weapon named, outside a war
	 * between states (data/dyads.tsv), come from the air */
	if (e->kind == SR_KIND_STRIKE && e->pos == 'n' &&
	    (sr__streq(e->phrase, "strike") ||
	     sr__streq(e->phrase, "strikes")) &&
	    state_named(c, s) && !side_at_war(c, s)) {
		*extra = "+state-air";
		return c->e->kid[K_AIR_DRONE_STRIKE];
	}
	*extra = "+default";
	return c->e->kid[K_SHELLING_MISSILE];
}
/* 1 if people are named within the clause after off ("carried off 40
 * pupils", "marched away with more than 280 pupils"). */
static int people_ahead(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span after = { off, cl.off + cl.len > off
					  ? cl.off + cl.len - off
					  : 0 };

	return sr__x_cue_in(c, s, after, SR_CUE_PERSON) ||
	       sr__x_cue_in(c, s, after, SR_CUE_CIVILIAN) ||
	       sr__x_cue_in(c, s, after, SR_CUE_SOLDIER);
}
/* 1 if the word right before off names people ("men accused of"). */
static int person_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);
	int cue = w.len ? sr__cue_at(c, s, w.off) : 0;

	return cue == SR_CUE_PERSON || cue == SR_CUE_CIVILIAN ||
	       cue == SR_CUE_SOLDIER;
}
/* 1 if an explosion trigger ("explosion", "blast") or a fire ("a
 * blaze") comes before off in its clause: the subject of the impact
 * verb at off. */
static int blast_subject(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	static const char *const fires[] = { "fire", "fires", "blaze",
					     "flames" };
	struct sr_span cl = sr__x_clause_of(c, s, off);
	uint32_t j;

	for (j = s->m0; j < s->m1 && c->m[j].off < off; j++) {
		const struct sr_entry *w = sr__match_entry(c, j);

		if (w->type == SR_ENT_TRIGGER &&
		    w->kind == c->e->kid[K_EXPLOSION] && c->m[j].off >= cl.off)
			return 1;
		/* "the blast, which tore through a patrol vehicle" */
		if (w->type == SR_ENT_TRIGGER &&
		    w->kind == c->e->kid[K_EXPLOSION] && w->pos == 'n' &&
		    c->m[j].off + c->m[j].len + 2 >= cl.off &&
		    sr__word_is(c->text, sr__next_word(c->text, off, cl.off, 0),
				"which"))
			return 1;
	}
	return sr__x_word_behind(c, s, off, 6, fires, SR_ARRAY_LEN(fires));
}
/* 1 if sentence s names a state or its forces that is at war
 * (data/dyads.tsv). */
static int side_at_war(const struct actx *c, const struct sent *s)
{
	uint32_t j;

	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *w = sr__match_entry(c, j);
		const char *iso3 = w->iso3;

		if (w->type == SR_ENT_COUNTRY_DEMONYM ||
		    w->type == SR_ENT_COUNTRY_NAME)
			iso3 = w->country ? w->country->iso3 : NULL;
		else if (w->type != SR_ENT_ACTOR)
			continue;
		if (iso3 && sr__engine_partner(c->e, iso3))
			return 1;
	}
	return 0;
}
/* 1 if off follows "adding that", "added that" or "he added" earlier in
 * the sentence. */
static int added_clause(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	struct sr_span before = { s->span.off, off - s->span.off };

	/* both have "dd", which few words have: one search for it turns
	 * most spans down */
	return sr__x_has_text(c->text, before, "dd") &&
	       (sr__x_has_text(c->text, before, "adding that") ||
		sr__x_has_text(c->text, before, "added that"));
}
/* The trigrams "hit", "mag" and "act" that text[0..n) has, as bits 1, 2
 * and 4: one is in each group of phrases says_no_hits looks for ("hits",
 * "damage", "impacts"), and a group is looked for only with its trigram.
 * Sixteen places a step with SSE2: most sentences have none, and the
 * searches for the phrases' words stopped at every "h" and "m". */
#if defined(__SSE2__)
/* The bits of no_hits_trigrams for the trigrams that start at the 16
 * places from p (18 bytes read). */
static inline unsigned no_hits_trigrams16(const unsigned char *p)
{
	struct sr_tri x = sr__tri_load(p, 0);
	__m128i hit = sr__tri_eq(&x, 'h', 'i', 't');
	__m128i mag = sr__tri_eq(&x, 'm', 'a', 'g');
	__m128i act = sr__tri_eq(&x, 'a', 'c', 't');
	unsigned bits = 0;

	if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(hit, mag), act))) {
		bits |= _mm_movemask_epi8(hit) ? 1u : 0u;
		bits |= _mm_movemask_epi8(mag) ? 2u : 0u;
		bits |= _mm_movemask_epi8(act) ? 4u : 0u;
	}
	return bits;
}
#endif
static unsigned no_hits_trigrams(const char *text, size_t n)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t q = 0;
	unsigned bits = 0;

#if defined(__SSE2__)
	for (; q + 18 <= n && bits != 7; q += 16)
		bits |= no_hits_trigrams16(t + q);
	/* the places left (fewer than 16) in one more step over the last
	 * 18 bytes, back over some already looked at (a trigram found
	 * twice is found), not one byte at a time */
	if (n >= 18 && q + 3 <= n && bits != 7) {
		bits |= no_hits_trigrams16(t + n - 18);
		q = n;
	}
#endif
	for (; q + 3 <= n && bits != 7; q++) {
		if (t[q] == 'h' && t[q + 1] == 'i' && t[q + 2] == 't')
			bits |= 1;
		else if (t[q] == 'm' && t[q + 1] == 'a' && t[q + 2] == 'g')
			bits |= 2;
		else if (t[q] == 'a' && t[q + 1] == 'c' && t[q + 2] == 't')
			bits |= 4;
	}
	return bits;
}
/* 1 if sentence s says the attack hit nothing ("There were no hits",
 * "without hits", "no damage was recorded"); the answer is kept in
 * s->no_hits, as no_hits asks it again of the next sentence. */
static int says_no_hits(const struct actx *c, const struct sent *s)
{
	/* the phrases by the bytes each of them has, looked for only where
	 * these are (most sentences lack them): "mage" and "pacts" start
	 * with letters rarer than "damage" and "impacts" do, so that fewer
	 * places are compared */
	static const char *const hit[] = { "no hits", "without hits",
					   "nothing was hit" };
	static const char *const damage[] = { "no damage", "without damage" };
	static const char *const impacts[] = { "no impacts" };
	struct sent *w = (struct sent *)s;
	unsigned tri;

	if (s->no_hits >= 0)
		return s->no_hits;
	tri = no_hits_trigrams(c->text + s->span.off, s->span.len);
	w->no_hits =
	    ((tri & 1u) && sr__x_has_phrase_with(c->text, s->span, "hit", hit,
						 SR_ARRAY_LEN(hit))) ||
	    ((tri & 2u) &&
	     sr__x_has_phrase_with(c->text, s->span, "mage", damage,
				   SR_ARRAY_LEN(damage))) ||
	    ((tri & 4u) &&
	     sr__x_has_phrase_with(c->text, s->span, "pacts", impacts,
				   SR_ARRAY_LEN(impacts)));
	return s->no_hits;
}
/* 1 if "all" opens the subject of the verb at off, up to four words
 * before it in its clause ("all were destroyed", "all of them were shot
 * down", "all four drones were intercepted"). */
static int all_before(const struct actx *c, const struct sent *s, uint32_t off)
{
	struct sr_span w = { off, 0 };
	int k;

	/* (its own loop, asked of every verb of a strike sentence: with
	 * sr__x_word_back GCC's code for choose_trigger took 0.8M more
	 * instructions on the 2 MB bench slice) */
	for (k = 0; k < 4; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "all"))
			return 1;
	}
	return 0;
}
/* 1 if sentence s or the next one of its paragraph says the attack hit
 * nothing. */
static int no_hits(const struct actx *c, const struct sent *s)
{
	return says_no_hits(c, s) ||
	       (s + 1 < c->s + c->ns && s[1].para == s->para &&
		says_no_hits(c, s + 1));
}
/* 1 if sentence s is a yes-no question: its last mark, quotes aside, is
 * "?" and its first word (after a "Q:") an auxiliary ("Are the Russians
 * still attacking Ugledar?").  A wh-question takes its event as given
 * ("How many are missing after Saturday's strike on Dnipro?"). */
static int question(const struct actx *c, const struct sent *s)
{
	static const char *const aux[] = {
		"are",	"is",	  "was",   "were", "will", "would",
		"can",	"could",  "did",   "does", "do",   "has",
		"have", "should", "might", "may",
	};
	uint32_t e = s->span.off + s->span.len;
	struct sr_span w;

	while (e > s->span.off &&
	       (c->text[e - 1] == ' ' || c->text[e - 1] == '"' ||
		c->text[e - 1] == '\'' || c->text[e - 1] == '\n'))
		e--;
	if (e == s->span.off || c->text[e - 1] != '?')
		return 0;
	w = sr__next_word(c->text, e, s->span.off, 0);
	if (w.len == 1 && (c->text[w.off] == 'Q' || c->text[w.off] == 'q') &&
	    w.off + 1 < e && c->text[w.off + 1] == ':')
		w = sr__next_word(c->text, e, w.off + 2, 0);
	return w.len && sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux));
}
/* 1 if the noun at off is what something is about: "links to the
 * bombing", "in connection with the attack", "over the killing". */
static int about_act(const struct actx *c, struct back *b)
{
	static const char *const preps[] = { "to",  "with",  "over",
					     "for", "about", "into" };
	struct sr_span w = back_word(b, back_skip_the(b, 0));

	return w.len && w.off + w.len < b->off &&
	       sr__word_in(c->text, w, preps, SR_ARRAY_LEN(preps)) &&
	       sr__word_is(c->text, back_word(b, 0), "the");
}
/* 1 if the word right after match m names a unit ("assault groups",
 * "strike detachments"). */
static int unit_noun_after(const struct actx *c, const struct sent *s,
			   const struct sr_match *m)
{
	static const char *const units[] = {
		"detachment", "detachments", "group",	  "groups",
		"unit",	      "units",	     "squad",	  "squads",
		"team",	      "teams",	     "brigade",	  "brigades",
		"battalion",  "battalions",  "company",	  "companies",
		"formations", "regiment",    "regiments",
	};
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 m->off + m->len, 0);
	struct sr_span last =
	    sr__prev_word(c->text, m->off, m->off + m->len, 0);

	/* "a sabotage group crossed over and opened fire": the trigger
	 * itself names a unit */
	if (last.len && last.off > m->off &&
	    sr__word_in(c->text, last, units, SR_ARRAY_LEN(units)))
		return 1;
	return w.len && w.off == m->off + m->len + 1 &&
	       sr__word_in(c->text, w, units, SR_ARRAY_LEN(units));
}
/* "the Popular Mobilisation Forces", "Operation Storm": a capitalised
 * trigger inside a run of capitalised words is part of a name. */
static int in_name(const struct actx *c, const struct sent *s, uint32_t i)
{
	const struct sr_match *m = &c->m[i];
	struct sr_span self = { m->off, m->len };
	struct sr_span pw, nw;

	if (!sr__x_is_cap(c->text, self) || m->off == s->span.off)
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
	nw = sr__next_word(c->text, s->span.off + s->span.len, m->off + m->len,
			   0);
	/* a capital after a full stop or colon inside the span starts a
	 * headline, not a name */
	if (pw.len && pw.off + pw.len < m->off &&
	    (c->text[pw.off + pw.len] == ':' ||
	     c->text[pw.off + pw.len] == '-'))
		pw.len = 0;
	return (pw.len && sr__x_is_cap(c->text, pw) && pw.off != s->span.off) ||
	       sr__x_is_cap(c->text, nw);
}
/* A riot told in the sentence: a violent_demonstration trigger that is
 * not a modifier. */
static int riot_told(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER &&
		    sr__x_is_kind(c, e->kind, "violent_demonstration") &&
		    !sr__x_riot_modifier(c, s, i))
			return 1;
	}
	return 0;
}
static int relative_past(const struct actx *c, const struct sent *s,
			 uint32_t off);
/* 1 if the protest word at match i (entry e) tells no protest an arrest
 * meets: "speeches they made at a rally last year" ("last"/"earlier"
 * right after it), "activists who had gathered at a home" (a weak word
 * in a relative clause in the past perfect; not "activists who had
 * blocked the motorway"). */
static int protest_before(const struct actx *c, const struct sent *s,
			  uint32_t i, const struct sr_entry *e)
{
	static const char *const past[] = { "last", "earlier" };
	static const char *const off_words[] = { "not", "called", "cancelled",
						 "canceled", "banned" };
	uint32_t end = c->m[i].off + c->m[i].len;
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

	struct sr_span b = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);

	/* (or one still to come: "hours before a march they had planned",
	 * "ahead of the rally") */
	if (b.len &&
	    (sr__word_is(c->text, b, "a") || sr__word_is(c->text, b, "the") ||
	     sr__word_is(c->text, b, "their")))
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	if (b.len && sr__word_is(c->text, b, "of"))
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	if (b.len && (sr__word_is(c->text, b, "before") ||
		      sr__word_is(c->text, b, "ahead")))
		return 1;
	/* (or one that was not held: "the march did not take place",
	 * "was called off", "never happened") */
	if (w.len && w.off == end + 1 &&
	    (sr__word_is(c->text, w, "never") ||
	     ((sr__word_is(c->text, w, "did") ||
	       sr__word_is(c->text, w, "was")) &&
	      sr__word_in(c->text,
			  sr__next_word(c->text, s->span.off + s->span.len,
					w.off + w.len, 0),
			  off_words, SR_ARRAY_LEN(off_words)))))
		return 1;
	return (e->strength <= 1 && relative_past(c, s, c->m[i].off)) ||
	       (w.len && w.off == end + 1 &&
		sr__word_in(c->text, w, past, SR_ARRAY_LEN(past)));
}
/* A demonstration told in the sentence (see protest_word_ok); with
 * held_now, not one held before (protest_before). */
static int protest_in(const struct actx *c, const struct sent *s, int held_now)
{
	uint32_t i;

	if (!sr__x_may_have_tkind(s, c->e->kid[K_PEACEFUL_PROTEST]))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		/* (kid holds the id of the kind of that name, as
		 * sr__x_is_kind finds it, or -1) */
		if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
		    e->kind == c->e->kid[K_PEACEFUL_PROTEST] &&
		    !sr__x_inside_longer(c, s, i) &&
		    sr__x_protest_word_ok(c, s, i, e) &&
		    !(held_now && protest_before(c, s, i, e)))
			return 1;
	}
	return 0;
}
static int protest_told(const struct actx *c, const struct sent *s)
{
	return protest_in(c, s, 0);
}
/* A demonstration an arrest in s is made at: one told, not one held
 * before. */
static int arrest_protest_told(const struct actx *c, const struct sent *s)
{
	return protest_in(c, s, 1);
}
/* Police action told in the sentence: an intervention cue or an arrest
 * or intervention trigger, not one used as an adjective ("the release
 * of a detained mayor"). */
static int intervene_told(const struct actx *c, const struct sent *s)
{
	static const char *const adj[] = {
		"a",	 "an",	  "the",     "of",	 "their",
		"his",	 "her",	  "its",     "recently", "previously",
		"newly", "those", "wrongly", "unjustly",
	};
	static const char *const calm[] = { "peacefully", "quietly", "calmly",
					    "without" };
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span pw;

		if (!((e->type == SR_ENT_CUE && e->sub == SR_CUE_INTERVENE) ||
		      (e->type == SR_ENT_TRIGGER &&
		       (sr__x_is_kind(c, e->kind, "arrest") ||
			sr__x_is_kind(c, e->kind, "protest_intervention")))))
			continue;
		/* "police reported no arrests", "nobody was detained",
		 * "ended without a single arrest": none made */
		if (sr__x_negated_before(c, s, c->m[i].off))
			continue;
		/* "after a court cleared the protest to go ahead": leave
		 * given, no one cleared away */
		if (c->m[i].len == 7 &&
		    sr__strncaseeq(c->text + c->m[i].off, 7, "cleared")) {
			static const char *const ahead[] = { "ahead" };

			if (sr__x_word_ahead(c, s, c->m[i].off + 7, 6, ahead, 1,
					     NULL, 0))
				continue;
		}
		pw = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
		if (e->pos != 'n' && pw.len &&
		    sr__word_in(c->text, pw, adj, SR_ARRAY_LEN(adj)))
			continue;
		/* "outside a detention centre": a modifier of a place */
		if (e->pos == 'n') {
			struct sr_span nw =
			    sr__next_word(c->text, s->span.off + s->span.len,
					  c->m[i].off + c->m[i].len, 0);

			if (nw.len && nw.off == c->m[i].off + c->m[i].len + 1 &&
			    sr__cue_at(c, s, nw.off) == SR_CUE_HEADNOUN)
				continue;
		}
		if (e->type == SR_ENT_CUE && pw.len &&
		    (sr__word_is(c->text, pw, "the") ||
		     sr__word_is(c->text, pw, "a")) &&
		    c->m[i].len > 3 &&
		    strncmp(c->text + c->m[i].off + c->m[i].len - 2, "ed", 2) ==
			0)
			continue;
		/* "a court cleared the way for the march": a figure of
		 * speech */
		if (e->type == SR_ENT_CUE && sr__streq(e->phrase, "cleared") &&
		    sr__word_is(c->text,
				sr__next_word(c->text,
					      s->span.off + s->span.len,
					      c->m[i].off + c->m[i].len, 1),
				"way"))
			continue;
		/* "dispersed peacefully": the protesters went home */
		if (sr__word_in(c->text,
				sr__next_word(c->text,
					      s->span.off + s->span.len,
					      c->m[i].off + c->m[i].len, 0),
				calm, SR_ARRAY_LEN(calm)))
			continue;
		/* "the crowd broke up after about two hours", "the
		 * protesters dispersed at dusk": the crowd left of itself */
		if (crowd_subject_before(c, s, c->m[i].off))
			continue;
		return 1;
	}
	return 0;
}
/* 1 if sentence s names a means of crowd control: water cannon, tear
 * gas, pepper spray, rubber bullets, stun grenades. */
static int crowd_control(const struct actx *c, const struct sent *s)
{
	static const char *const means[] = {
		"water cannon",	  "tear gas",	   "pepper spray",
		"rubber bullets", "stun grenades", "teargas",
	};
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(means); k++)
		if (sr__x_has_text(c->text, s->span, means[k]))
			return 1;
	return 0;
}
/* 1 if the next sentence of the paragraph tells of police acting on the
 * crowd and no protest of its own ("...tearing down tents put up by
 * students protesting the war. More than 200 people were arrested"). */
static int intervene_next(const struct actx *c, const struct sent *s)
{
	if (s + 1 >= c->s + c->ns || s[1].para != s->para ||
	    protest_told(c, s + 1))
		return 0;
	return intervene_told(c, s + 1);
}
/* 1 if a victim noun follows "shooting"/"shot" ("stormed villages,
 * shooting residents"). */
static int shoots_civilians(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span pw;

		if (e->type != SR_ENT_CUE || e->sub != SR_CUE_CIVILIAN)
			continue;
		pw = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
		if (pw.len && (sr__word_is(c->text, pw, "shooting") ||
			       sr__word_is(c->text, pw, "shot")))
			return 1;
	}
	return 0;
}
/* 1 if trigger entry e tells of one side falling on another ("stormed",
 * "raid", "attacked"), not of two sides fighting ("clashed", "fighting",
 * "gun battle", "exchange of fire"): people killed in an assault by
 * armed men on no armed foe are its victims. */
static int one_sided(const struct sr_entry *e)
{
	static const char *const mutual[] = {
		"clash", "fight",    "fought",	  "battl",    "exchang", "gun",
		"fire",	 "shootout", "encounter", "skirmish", "traded",
	};
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(mutual); k++)
		if (strstr(e->phrase, mutual[k]))
			return 0;
	return 1;
}
/* 1 if a word for fighters in sentence s may name those hurt: any but
 * the doers, a fighter word before the first killing word that is not
 * followed by "were"/"was"/"had" ("separatist fighters killed four
 * civilians": the fighters did it; "two soldiers were killed" were
 * hurt). */
static int soldiers_hurt(const struct actx *c, const struct sent *s)
{
	static const char *const aux[] = { "were", "was",  "had",
					   "have", "been", "are" };
	uint32_t i, kill_off = UINT32_MAX;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_KILL) {
			kill_off = c->m[i].off;
			break;
		}
	}
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type != SR_ENT_CUE || e->sub != SR_CUE_SOLDIER)
			continue;
		if (c->m[i].off > kill_off ||
		    sr__word_in(c->text,
				sr__next_word(c->text,
					      s->span.off + s->span.len,
					      c->m[i].off + c->m[i].len, 0),
				aux, SR_ARRAY_LEN(aux)))
			return 1;
	}
	return 0;
}
/* 1 if civilians named before a two-sided fighting word fought each
 * other ("Herders and farmers clashed", "villagers fought with a rival
 * clan"): a communal clash, not an attack on them. */
static int civilians_fought(const struct actx *c, const struct sent *s,
			    uint32_t trig)
{
	static const char *const mutual[] = { "clashed", "clash", "fought",
					      "battled" };
	struct sr_span t = { c->m[trig].off, c->m[trig].len };
	uint32_t i;
	int civ = 0;

	if (!sr__word_in(c->text, t, mutual, SR_ARRAY_LEN(mutual)))
		return 0;
	/* "17 civilians died in the clashes": the dead, not who fought */
	for (i = s->m0; i < s->m1 && c->m[i].off < c->m[trig].off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_CIVILIAN)
			civ = 1;
		else if (e->type == SR_ENT_CUE &&
			 (e->sub == SR_CUE_KILL || e->sub == SR_CUE_INJURE))
			civ = 0;
	}
	return civ;
}
/* 1 if a crowd or mob word of sentence s is a doer, not only the target
 * of the violence ("opened fire on the crowd", "drove into a crowd"). */
static int mob_acts(const struct actx *c, const struct sent *s)
{
	static const char *const at[] = {
		"on",	  "into",    "at",   "among",
		"toward", "towards", "upon", "through",
	};
	/* (and, past a modifier: "a gunman walking up to the small
	 * crowd") */
	static const char *const to[] = { "to", "into", "at", "on" };
	uint32_t j;

	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *w = sr__match_entry(c, j);
		struct sr_span p;

		if (w->type != SR_ENT_CUE || w->sub != SR_CUE_MOB)
			continue;
		p = sr__prev_word(c->text, s->span.off, c->m[j].off, 1);
		if (p.len && sr__word_in(c->text, p, at, SR_ARRAY_LEN(at)))
			continue;
		p = p.len ? sr__prev_word(c->text, s->span.off, p.off, 1) : p;
		if (!(p.len && sr__word_in(c->text, p, to, SR_ARRAY_LEN(to))))
			return 1;
	}
	return 0;
}
/* 1 if s tells people killed or hurt, other than in a clause after the
 * act at off that gives its cause ("set fire to a police station after a
 * detainee died in custody"). */
static int harm_after_act(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	static const char *const after[] = { "after", "over" };
	uint32_t i;

	if (!((s->cues >> SR_CUE_KILL) & 1u) &&
	    !((s->cues >> SR_CUE_INJURE) & 1u))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type != SR_ENT_CUE ||
		    (e->sub != SR_CUE_KILL && e->sub != SR_CUE_INJURE))
			continue;
		if (c->m[i].off > off &&
		    sr__x_word_behind(c, s, c->m[i].off, 6, after,
				      SR_ARRAY_LEN(after)))
			continue;
		return 1;
	}
	return 0;
}
/* 1 if a riot cue other than looting is told in s: burning, smashing,
 * throwing ("torched", "set fire", "hurled stones"). */
static int rioting_told(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	if (!((s->cues >> SR_CUE_RIOT) & 1u))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_RIOT &&
		    !sr__x_starts(e->phrase, "loot"))
			return 1;
	}
	return 0;
}
/* 1 if partisans or a crowd open the sentence ("Supporters of the former
 * president stormed Congress", "Thousands of football fans overran the
 * stadium": a crowd noun among its first four words), act through the
 * trigger at off (not "were pushed back") and no armed side is named
 * before it. */
static int crowd_storms(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	static const char *const crowd[] = {
		"supporters", "fans",	   "youths",	"crowd",
		"crowds",     "mob",	   "rioters",	"demonstrators",
		"protesters", "students",  "hooligans", "loyalists",
		"partisans",  "residents",
	};
	/* "armed youths", "party youths": an organised band, no crowd */
	static const char *const band[] = { "armed", "party", "militia" };
	struct sr_span w = { s->span.off, 0 }, p = { 0, 0 };
	uint32_t i;
	int n;

	for (n = 0; n < 4; n++) {
		p = w;
		w = sr__next_word(c->text, off, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, crowd, SR_ARRAY_LEN(crowd)))
			break;
	}
	/* "students were pushed back by police": the crowd is acted on */
	if (n == 4 || sr__x_passive_before(c, s, off) ||
	    (p.len && sr__word_in(c->text, p, band, SR_ARRAY_LEN(band))))
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *a = sr__match_entry(c, i);

		if ((a->type == SR_ENT_ACTOR &&
		     (a->sub == SR_ACT_MIL || a->sub == SR_ACT_HEAD_MIL ||
		      a->sub == SR_ACT_GROUP || a->sub == SR_ACT_UNKNOWN)) ||
		    (a->type == SR_ENT_CUE && a->sub == SR_CUE_SOLDIER) ||
		    a->type == SR_ENT_WEAPON)
			return 0;
	}
	return 1;
}
/* 1 if a riot cue of sentence s tells burning, throwing or smashing
 * ("torched a police post", "stone-throwers"), not only a crowd forcing
 * its way in ("stormed", "forced their way into parliament"). */
/* 1 if the crowd of a gathering is named among the six words after
 * end ("threw stun grenades into the crowd", "fired at the
 * protesters"): what is done there is done to the crowd, not by it. */
static int at_crowd(const struct actx *c, const struct sent *s, uint32_t end)
{
	static const char *const crowd[] = {
		"crowd",     "crowds",	     "protesters",    "demonstrators",
		"marchers",  "participants", "rally",	      "protest",
		"gathering", "march",	     "demonstration",
	};
	/* "threw stun grenades and fired into the air to break up a
	 * rally": done to scatter the crowd, further on */
	static const char *const scatter[] = { "disperse", "break", "scatter",
					       "dispersing", "breaking" };
	struct sr_span w = { end, 0 };
	int k;

	if (sr__x_word_ahead(c, s, end, 6, crowd, SR_ARRAY_LEN(crowd), NULL, 0))
		return 1;
	for (k = 0; k < 10; k++) {
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, scatter, SR_ARRAY_LEN(scatter)) &&
		    sr__word_is(c->text,
				sr__prev_word(c->text, s->span.off, w.off, 0),
				"to"))
			return sr__x_word_ahead(c, s, w.off + w.len, 4, crowd,
						SR_ARRAY_LEN(crowd), NULL, 0);
	}
	return 0;
}
static int rioters_burn_or_throw(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_RIOT &&
		    !sr__streq(e->phrase, "stormed") &&
		    strstr(e->phrase, "their way") == NULL &&
		    !at_crowd(c, s, c->m[i].off + c->m[i].len))
			return 1;
	}
	return 0;
}
/* The word before the "of" that stands before off, past at most mods
 * modifiers ("after two days of heavy fighting": "days"); len 0 if no
 * "of" is there. */
static int head_of_of(const struct actx *c, struct back *b, int mods)
{
	struct sr_span w = back_word(b, 0);
	int k;

	for (k = 0; k < mods && w.len && !sr__word_is(c->text, w, "of"); k++)
		w = back_word(b, k + 1);
	if (!w.len || !sr__word_is(c->text, w, "of"))
		return -1;
	return back_word(b, k + 1).len ? k + 1 : -1;
}
/* 1 if "after/following/amid a string (series, spate, run, wave) of"
 * stands before the noun trigger at off, up to three modifiers between
 * ("after a string of jihadist raids"). */
static int after_series(const struct actx *c, struct back *b)
{
	static const char *const run[] = { "string", "series", "spate",
					   "run",    "wave",   "succession" };
	static const char *const when[] = { "after", "following", "amid",
					    "since" };
	int h = head_of_of(c, b, 3);
	struct sr_span w;

	if (h < 0 ||
	    !sr__word_in(c->text, back_word(b, h), run, SR_ARRAY_LEN(run)))
		return 0;
	w = back_word(b, ++h);
	if (w.len &&
	    (sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "the")))
		w = back_word(b, ++h);
	return w.len && sr__word_in(c->text, w, when, SR_ARRAY_LEN(when));
}
/* 1 if "by" after off names killers who are no security force, within
 * three words: "shot dead by two men on a motorcycle", "by unidentified
 * gunmen", "by assailants". */
static int private_shooters(const struct actx *c, const struct sent *s,
			    uint32_t off)
{
	static const char *const who[] = {
		"men",	   "gunmen",	   "assailants", "attackers",
		"unknown", "unidentified", "hitmen",	 "man",
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);
	int k;

	/* (the trigger's own words, then up to three to "by") */
	for (k = 0; k < 5 && w.len && !sr__word_is(c->text, w, "by"); k++)
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && k < 5 &&
	       sr__x_word_ahead(c, s, w.off + w.len, 3, who, SR_ARRAY_LEN(who),
				NULL, 0);
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
	/* "detained activists who had gathered at a home", "arrested
	 * two activists over speeches at a rally last year": an arrest is
	 * an intervention only on a protest it meets */
	int protest = (kind == c->e->kid[K_ARREST] ? arrest_protest_told(c, s)
						   : protest_told(c, s)) ||
		      ((s->types >> SR_ENT_ACTOR) & 1u &&
		       sr__x_has_actor_type(c, s, SR_ACT_PROTESTERS));
	uint32_t cues = s->cues;

	/* "Supporters of the defeated president smashed past police
	 * barriers, overrunning Congress": a crowd storming buildings
	 * riots; it fights no battle and takes no ground */
	if ((kind == c->e->kid[K_ARMED_CLASH] ||
	     kind == c->e->kid[K_TERRITORY_GAIN]) &&
	    crowd_storms(c, s, c->m[trig].off))
		return c->e->kid[K_VIOLENT_DEMONSTRATION];
	/* "Youths torched cars and looted shops", "Angry residents set
	 * fire to a police station": a crowd that burns, smashes or throws
	 * riots (not one that only loots, nor one that kills: a mob) */
	if (kind == c->e->kid[K_LOOTING_DESTRUCTION] && rioting_told(c, s) &&
	    !harm_after_act(c, s, c->m[trig].off) &&
	    crowd_storms(c, s, c->m[trig].off))
		return c->e->kid[K_VIOLENT_DEMONSTRATION];
	if (protest) {
		/* (force that kills rioters who burn and throw stones,
		 * "torched a police post ...; two died when police opened
		 * fire on the stone-throwers", meets a violent
		 * demonstration: excessive force is against protesters who
		 * were not rioting, ACLED; a crowd that only forced its
		 * way in and was shot at met excessive force) */
		if ((cues >> SR_CUE_RIOT) & 1u && rioters_burn_or_throw(c, s))
			return c->e->kid[K_VIOLENT_DEMONSTRATION];
		if ((((cues >> SR_CUE_LETHAL) & 1u) &&
		     harm_not_cause(c, s, SR_CUE_LETHAL) &&
		     !private_shooters(c, s, c->m[trig].off)) ||
		    (((cues >> SR_CUE_KILL) & 1u) &&
		     (sr__x_has_actor_type(c, s, SR_ACT_POLICE) ||
		      sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE)) &&
		     harm_not_cause(c, s, SR_CUE_KILL)))
			return sr__lex_kind_find(c->lx,
						 "protest_excessive_force");
		if (riot_told(c, s))
			return c->e->kid[K_VIOLENT_DEMONSTRATION];
		/* "police fired CS gas at protesters": a riot-control
		 * agent the police use on a protest is an intervention */
		if (intervene_told(c, s) || intervene_next(c, s) ||
		    (sr__x_is_kind(c, kind, "chemical_weapon") &&
		     (sr__x_has_actor_type(c, s, SR_ACT_POLICE) ||
		      sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE))))
			return c->e->kid[K_PROTEST_INTERVENTION];
		if ((kind == c->e->kid[K_ARREST]) ||
		    (kind == c->e->kid[K_AGREEMENT]))
			return c->e->kid[K_PEACEFUL_PROTEST];
		return kind;
	}
	/* (a crowd that burns property, hurting no one, destroys
	 * property: "miners armed with sticks burned the camp of a mining
	 * company"; not "stoned them and set them on fire") */
	if ((cues >> SR_CUE_MOB) & 1u && mob_acts(c, s) &&
	    ((kind == c->e->kid[K_ARMED_CLASH]) ||
	     (kind == c->e->kid[K_ATTACK_CIVILIANS]) ||
	     (kind == c->e->kid[K_LOOTING_DESTRUCTION] &&
	      (((cues >> SR_CUE_KILL) & 1u) || ((cues >> SR_CUE_INJURE) & 1u) ||
	       !sr__x_property_object(c, s,
				      c->m[trig].off + c->m[trig].len))) ||
	     (kind == c->e->kid[K_SHELLING_MISSILE])))
		return c->e->kid[K_MOB_VIOLENCE];
	/* "youths fought running battles with police": rioters, not an
	 * armed opponent */
	if (kind == c->e->kid[K_ARMED_CLASH] && ((cues >> SR_CUE_RIOT) & 1u) &&
	    (sr__x_has_actor_type(c, s, SR_ACT_POLICE) ||
	     sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE)) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_MIL) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_GROUP) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_UNKNOWN) &&
	    !((s->types >> SR_ENT_WEAPON) & 1u))
		return c->e->kid[K_VIOLENT_DEMONSTRATION];
	/* "Separatist fighters stormed the village and killed more than
	 * 20 residents": soldiers only among who attacks (soldiers_hurt
	 * says whether any are hurt) leave the victims civilians */
	if ((kind == c->e->kid[K_ARMED_CLASH]) &&
	    (((cues >> SR_CUE_CIVILIAN) & 1u) ||
	     (((cues >> SR_CUE_PERSON) & 1u) && ((cues >> SR_CUE_KILL) & 1u) &&
	      one_sided(sr__match_entry(c, trig)))) &&
	    (((cues >> SR_CUE_KILL) & 1u) || shoots_civilians(c, s)) &&
	    !(((cues >> SR_CUE_SOLDIER) & 1u) && soldiers_hurt(c, s)) &&
	    !civilians_fought(c, s, trig) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_MIL) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_POLICE) &&
	    !sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL))
		return c->e->kid[K_ATTACK_CIVILIANS];
	return kind;
}
/* The part of clause span "before" (which ends at a trigger) that
 * describes the trigger's own noun phrase: from "and a" / "and an" when a
 * new indefinite phrase starts within five words of the trigger
 * ("Recent attacks in Belgorod and a drone strike on Samara": "recent"
 * is said of the attacks, not of the strike), else all of it. */
static struct sr_span own_phrase(const struct actx *c, struct back *b,
				 struct sr_span before)
{
	struct sr_span w, and;
	int n;

	/* (the words of the clause before the trigger are the trigger's
	 * words before it: a clause mark ends both walks) */
	for (n = 0; n < 5; n++) {
		w = back_word(b, n);
		if (!w.len)
			break;
		if (!sr__word_is(c->text, w, "a") &&
		    !sr__word_is(c->text, w, "an"))
			continue;
		and = back_word(b, n + 1);
		if (and.len && sr__word_is(c->text, and, "and")) {
			before.len -= and.off - before.off;
			before.off = and.off;
		}
		break;
	}
	return before;
}

/* "their shared economic sanctions", "its offensive": a noun trigger owned
 * by someone names a practice, not one event, unless a toll or a date says
 * otherwise (the caller treats it as background). */
static int possessed(const struct actx *c, const struct sent *s, struct back *b,
		     const struct sr_entry *e)
{
	static const char *const doing[] = {
		"pressed", "pressing", "press",	    "launched",	   "launching",
		"began",   "begun",    "started",   "resumed",	   "renewed",
		"mounted", "stepped",  "continued", "intensified", "opened",
	};
	struct sr_span w;
	int k;

	/* only for acts a side keeps doing: fighting, striking, sanctions;
	 * "their merger", "its withdrawal" are events */
	if (e->pos != 'n' ||
	    !(e->kind == SR_KIND_ATTACK || e->kind == SR_KIND_STRIKE ||
	      e->kind == c->e->kid[K_ARMED_CLASH] ||
	      e->kind == c->e->kid[K_SHELLING_MISSILE] ||
	      (e->kind >= 0 &&
	       sr__streq(sr__lex_kind(c->lx, e->kind)->name, "sanctions"))))
		return 0;
	w = back_word(b, 0);
	for (k = 0; k < 3 && w.len; k++) {
		if (sr__word_is(c->text, w, "their") ||
		    sr__word_is(c->text, w, "its") ||
		    sr__word_is(c->text, w, "our") ||
		    sr__word_is(c->text, w, "his") ||
		    sr__word_is(c->text, w, "her"))
			/* "pressed their attack", "launched its
			 * offensive": a verb of doing makes it one act */
			return !sr__word_in(c->text, back_word(b, k + 1), doing,
					    SR_ARRAY_LEN(doing));
		/* up to two adjectives: "their shared economic" */
		if (sr__cue_at(c, s, w.off) ||
		    !(c->text[w.off] >= 'a' && c->text[w.off] <= 'z'))
			return 0;
		w = back_word(b, k + 1);
	}
	return 0;
}

/* 1 if a trigger match starts at off in sentence s. */
static int trigger_at(const struct actx *c, const struct sent *s, uint32_t off)
{
	uint32_t j;

	for (j = s->m0; j < s->m1 && c->m[j].off <= off; j++)
		if (c->m[j].off == off &&
		    sr__match_entry(c, j)->type == SR_ENT_TRIGGER)
			return 1;
	return 0;
}
/* 1 if a place mention starts one space after end. */
static int place_right_after(const struct actx *c, const struct sent *s,
			     uint32_t end)
{
	uint32_t k;

	for (k = s->p0; k < s->p1; k++)
		if (c->pm[k].span.off == end + 1)
			return 1;
	return 0;
}
/* 1 if word w is a count: digits or a number word ("43", "two",
 * "dozens"). */
static int count_word(const struct actx *c, struct sr_span w)
{
	static const char *const counts[] = {
		"two",	  "three",    "four",	   "five", "six",
		"seven",  "eight",    "nine",	   "ten",  "several",
		"dozens", "hundreds", "thousands", "many", "both",
	};
	return (c->text[w.off] >= '0' && c->text[w.off] <= '9') ||
	       sr__word_in(c->text, w, counts, SR_ARRAY_LEN(counts));
}
static int attributive(const struct actx *c, const struct sent *s,
		       struct back *b, const struct sr_entry *e)
{
	uint32_t off = b->off;
	static const char *const hits[] = { "hit",   "struck", "shook",
					    "rocks", "hits",   "shakes" };
	struct sr_span w;
	size_t n;

	/* a past participle: "-ed", or irregular "-nt"/"-en" ("the burnt
	 * hulls", "a stolen car"); the phrase measured only for a verb */
	if (e->pos != 'v')
		return 0;
	n = strlen(e->phrase);
	if (n < 3 ||
	    !(sr__streq(e->phrase + n - 2, "ed") ||
	      sr__streq(e->phrase + n - 2, "nt") ||
	      sr__streq(e->phrase + n - 2, "en")) ||
	    strchr(e->phrase, ' '))
		return 0;
	w = back_word(b, 0);
	/* "Explosions rocked occupied Melitopol": right after another
	 * verb of the event, a participle before a place qualifies the
	 * place ("Russian troops occupied Melitopol" keeps its verb) */
	if (w.len && w.off + w.len + 1 == off &&
	    place_right_after(c, s, off + n) &&
	    (trigger_at(c, s, w.off) ||
	     sr__word_in(c->text, w, hits, SR_ARRAY_LEN(hits)) ||
	     (w.len > 4 && c->text[w.off + w.len - 1] == 'd' &&
	      c->text[w.off + w.len - 2] == 'e')))
		return 1;
	/* "photos of two murdered women", "the families of 43 abducted
	 * students": a count, the participle, then who it was done to */
	if (w.len && w.off + w.len + 1 == off && count_word(c, w)) {
		struct sr_span nx = sr__next_word(
		    c->text, s->span.off + s->span.len, off + n, 0);
		int cue = nx.len && nx.off == off + n + 1
			      ? sr__cue_at(c, s, nx.off)
			      : 0;

		if (cue == SR_CUE_CIVILIAN || cue == SR_CUE_PERSON ||
		    cue == SR_CUE_SOLDIER)
			return 1;
	}
	/* "the liberated and occupied regions" */
	if (w.len &&
	    (sr__word_is(c->text, w, "and") || sr__word_is(c->text, w, "or"))) {
		struct sr_span w2 = back_word(b, 1);

		if (w2.len > 3 && c->text[w2.off + w2.len - 1] == 'd' &&
		    c->text[w2.off + w2.len - 2] == 'e')
			w = back_word(b, 2);
	}
	return w.len &&
	       (sr__word_is(c->text, w, "the") ||
		sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "an") ||
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
/* 1 if trigger match i (entry e) of s is a noun naming an act told
 * before: "the attack", "this strike", with no object, place or agent
 * of its own after it (not "the attack on ...", "the strike by ..."). */
int sr__x_points_back(const struct actx *c, const struct sent *s, uint32_t i,
		      const struct sr_entry *e)
{
	struct sr_span w, n;
	size_t pl;

	if (e->pos != 'n')
		return 0;
	pl = strlen(e->phrase);
	/* "the supply of", "the withdrawal of units from": the phrase
	 * carries its own object */
	if (pl > 3 && (sr__streq(e->phrase + pl - 3, " of") ||
		       sr__streq(e->phrase + pl - 3, " on") ||
		       (pl > 5 && sr__streq(e->phrase + pl - 5, " from"))))
		return 0;
	w = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
	if (!w.len || !(sr__word_is(c->text, w, "the") ||
			sr__word_is(c->text, w, "this") ||
			sr__word_is(c->text, w, "that") ||
			sr__word_is(c->text, w, "these")))
		return 0;
	n = sr__next_word(c->text, s->span.off + s->span.len,
			  c->m[i].off + c->m[i].len, 0);
	/* "the blast, which tore through a patrol vehicle": the relative
	 * clause tells what it did */
	if (!n.len &&
	    c->m[i].off + c->m[i].len + 1 < s->span.off + s->span.len &&
	    c->text[c->m[i].off + c->m[i].len] == ',' &&
	    sr__word_is(c->text,
			sr__next_word(c->text, s->span.off + s->span.len,
				      c->m[i].off + c->m[i].len + 1, 0),
			"which"))
		return 0;
	return !(n.len && (sr__word_is(c->text, n, "of") ||
			   sr__word_is(c->text, n, "on") ||
			   sr__word_is(c->text, n, "in") ||
			   sr__word_is(c->text, n, "at") ||
			   sr__word_is(c->text, n, "near") ||
			   sr__word_is(c->text, n, "against") ||
			   sr__word_is(c->text, n, "toward") ||
			   sr__word_is(c->text, n, "towards") ||
			   sr__word_is(c->text, n, "into") ||
			   sr__word_is(c->text, n, "across") ||
			   sr__word_is(c->text, n, "along") ||
			   sr__word_is(c->text, n, "around") ||
			   sr__word_is(c->text, n, "by")));
}
/* sr__x_points_back, in a sentence that tells no toll (a toll's "the
 * attack" may be the one event the article tells). */
static int anaphoric(const struct actx *c, const struct sent *s, uint32_t i,
		     const struct sr_entry *e)
{
	return !((s->cues >> SR_CUE_KILL) & 1u) &&
	       !((s->cues >> SR_CUE_INJURE) & 1u) &&
	       sr__x_points_back(c, s, i, e);
}
/* 1 if off lies in a phrase that opens the sentence and sets the scene
 * for the main clause after its comma: "During ...,", "Amid ...,", "In
 * the course of ...,". */
static int scene_setting(const struct actx *c, const struct sent *s,
			 struct back *bk)
{
	uint32_t off = bk->off;
	static const char *const openers[] = {
		"during",
		"amid",
		"amidst",
		"in the course of",
	};
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, s->span.off, 0);
	uint32_t p;
	size_t k;
	int back;
	unsigned char f;

	if (!w.len)
		return 0;
	/* "... had fallen in a field during the morning attack": the time
	 * of what the clause tells, wherever it stands */
	for (back = 0; back < 3; back++) {
		struct sr_span b = back_word(bk, back);

		if (!b.len)
			break;
		if ((sr__word_is(c->text, b, "during") ||
		     sr__word_is(c->text, b, "amid")) &&
		    b.off > w.off)
			return 1;
	}
	/* (each opener starts with 'd', 'a' or 'i': most sentences with
	 * none of them are turned down without a compare) */
	f = (unsigned char)c->text[w.off] | 0x20;
	if (f != 'd' && f != 'a' && f != 'i')
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(openers); k++) {
		size_t n = strlen(openers[k]);

		if (w.off + n < s->span.off + s->span.len &&
		    sr__strncaseeq(c->text + w.off, n, openers[k]) &&
		    c->text[w.off + n] == ' ')
			break;
	}
	if (k == SR_ARRAY_LEN(openers))
		return 0;
	for (p = off; p < s->span.off + s->span.len; p++) {
		if (c->text[p] == ',')
			return 1;
		if (c->text[p] == '.' || c->text[p] == ';')
			return 0;
	}
	return 0;
}
/* The four words before off in s, nearest first, into w; returns how
 * many there are (fewer at the sentence's start).  The three tests of a
 * relative clause below read the same words: the trigger's score asks
 * all of them at one offset, so the words are found once. */
static int words_before(const struct actx *c, const struct sent *s,
			uint32_t off, struct sr_span w[4])
{
	struct sr_span p = { off, 0 };
	int k;

	for (k = 0; k < 4; k++) {
		p = sr__prev_word(c->text, s->span.off, p.off, 0);
		if (!p.len)
			break;
		w[k] = p;
	}
	return k;
}
/* The relative pronoun (one of list, whose words have 3 to 5 letters)
 * among the nw words before an offset (w, from words_before), or an empty
 * span; *next is the word after it (empty when that is the offset's own
 * word). */
static struct sr_span relative_opener(const struct actx *c,
				      const struct sr_span *w, int nw,
				      const char *const *list, size_t n,
				      struct sr_span *next)
{
	struct sr_span none = { 0, 0 };
	int k;

	*next = none;
	for (k = 0; k < nw; k++) {
		/* (the length first: most words are turned down before the
		 * list's filter is looked up) */
		if (w[k].len >= 3 && w[k].len <= 5 &&
		    sr__word_in(c->text, w[k], list, n))
			return w[k];
		*next = w[k];
	}
	return none;
}
/* 1 if the verb trigger i opens a relative clause on a noun ("factions
 * that traded fire", "convoys that jihadists have repeatedly ambushed")
 * and another trigger follows it in the sentence (the main clause's
 * verb, or what the clause's noun is part of).  Not "said that ...": a
 * say-verb before "that" opens what is said. */
static int is_rel(const struct actx *c, struct sr_span w)
{
	return w.len >= 3 && w.len <= 5 &&
	       (sr__word_is(c->text, w, "that") ||
		sr__word_is(c->text, w, "which") ||
		sr__word_is(c->text, w, "who"));
}
static int relative_then_main(const struct actx *c, const struct sent *s,
			      struct back *b, uint32_t i)
{
	static const char *const said[] = {
		"said",	    "says",	"claimed",	"reported", "announced",
		"added",    "stated",	"confirmed",	"denied",   "warned",
		"believe",  "believed", "thought",	"feared",   "alleged",
		"insisted", "noted",	"acknowledged",
	};
	static const char *const habit[] = { "repeatedly", "often", "regularly",
					     "frequently" };
	struct sr_span w = back_word(b, 0), n;
	uint32_t j;
	int k = 0;

	/* (the cheap test first: a relative word right before, or an
	 * adverb of habit with the subject between: "that jihadists have
	 * repeatedly ambushed") */
	if (!is_rel(c, w)) {
		if (w.len < 5 ||
		    !sr__word_in(c->text, w, habit, SR_ARRAY_LEN(habit)))
			return 0;
		for (k = 1; k < 4; k++)
			if (is_rel(c, back_word(b, k)))
				break;
		if (k == 4)
			return 0;
	}
	n = back_word(b, k + 1);
	if (!n.len || sr__word_in(c->text, n, said, SR_ARRAY_LEN(said)) ||
	    c->text[n.off + n.len] == ',')
		return 0;
	for (j = i + 1; j < s->m1; j++)
		if (sr__match_entry(c, j)->type == SR_ENT_TRIGGER &&
		    c->m[j].off > c->m[i].off + c->m[i].len)
			return 1;
	/* (or a trigger before it whose object the noun is: "opened a
	 * base ... to escort convoys that jihadists have repeatedly
	 * ambushed") */
	return k > 0 && i > s->m0;
}
/* 1 if the offset of the nw words w before it (words_before) opens or
 * lies in a relative clause in the past perfect: "who had been seized",
 * "which had been shelled". */
static int relative_past_w(const struct actx *c, const struct sr_span *w,
			   int nw)
{
	static const char *const who[] = { "who", "which", "whom" };
	struct sr_span h;
	struct sr_span r =
	    relative_opener(c, w, nw, who, SR_ARRAY_LEN(who), &h);

	return r.len && h.len && sr__word_is(c->text, h, "had");
}
static int relative_past(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	struct sr_span w[4];

	return relative_past_w(c, w, words_before(c, s, off, w));
}
/* 1 if the verb after the nw words w (words_before) is told in a clause
 * opened by "since" among them ("the heaviest strike on the city since
 * Moscow's forces seized the nuclear plant"): what dates the event, told
 * as background. */
static int since_clause(const struct actx *c, const struct sr_span *w, int nw)
{
	static const char *const since[] = { "since" };
	struct sr_span h;
	struct sr_span r =
	    relative_opener(c, w, nw, since, SR_ARRAY_LEN(since), &h);

	return r.len && h.len &&
	       !(c->text[h.off] >= '0' && c->text[h.off] <= '9');
}
/* 1 if the offset after the nw words w (words_before) lies in a relative
 * clause about a weapon: "(drones) that Russia sent against the south",
 * "(missiles) which were launched from Crimea": the launch describes the
 * weapon whose fate the sentence tells. */
static int weapon_relative(const struct actx *c, const struct sent *s,
			   const struct sr_span *w, int nw)
{
	static const char *const that[] = { "that", "which" };
	struct sr_span h;
	struct sr_span r =
	    relative_opener(c, w, nw, that, SR_ARRAY_LEN(that), &h);
	uint32_t i;

	if (!r.len || r.off == s->span.off)
		return 0;
	for (i = s->m0; i < s->m1; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_WEAPON &&
		    c->m[i].off + c->m[i].len + 1 == r.off)
			return 1;
	return 0;
}
/* 1 if off lies in a "who" clause (within 25 words, commas allowed)
 * about a person an arrest trigger before it holds: "detained an agent
 * of the Russian special services who was helping to guide missile
 * strikes". */
static int detainee_clause(const struct actx *c, const struct sent *s,
			   uint32_t off)
{
	struct sr_span w = { off, 0 };
	uint32_t i;
	int k;

	/* the cheap test first: the first arrest trigger, before off */
	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
		    e->kind == c->e->kid[K_ARREST])
			break;
	}
	if (i == s->m1 || c->m[i].off >= off)
		return 0;
	/* past commas: "detained a resident who had been sending the
	 * locations of air-defence positions, to help prepare missile and
	 * drone strikes" */
	for (k = 0; k < 25; k++) {
		uint32_t p = w.off;

		w = sr__prev_word(c->text, s->span.off, p, 0);
		while (!w.len && p > s->span.off)
			w = sr__prev_word(c->text, s->span.off, --p, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "who"))
			break;
	}
	/* the arrest holds the person the "who" clause is about */
	return k < 25 && c->m[i].off < w.off;
}
/* 1 if off lies in a clause opened by "where" after a comma. */
static int where_clause(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span w;

	if (!(cl.off > s->span.off && c->text[cl.off - 1] == ','))
		return 0;
	w = sr__next_word(c->text, cl.off + cl.len, cl.off, 0);
	return w.len && w.off < off && sr__word_is(c->text, w, "where");
}
/* 1 if a threat word with "to" in the next three words stands before off
 * in its clause:
 * "threatened to hold a general strike" is a threat, not a strike. */
static int threatened_act(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	struct sr_span cl = sr__x_clause_of(c, s, off);
	uint32_t i;
	int k;

	for (i = sr__x_trigger_from(s, s->m0); i < s->m1 && c->m[i].off < off;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span nw;

		if (e->type != SR_ENT_TRIGGER || c->m[i].off < cl.off ||
		    !sr__x_is_kind(c, e->kind, "threat"))
			continue;
		/* "threatened today to hold" */
		nw.off = c->m[i].off + c->m[i].len;
		nw.len = 0;
		for (k = 0; k < 3; k++) {
			nw = sr__next_word(c->text, off, nw.off + nw.len, 0);
			if (!nw.len)
				break;
			if (sr__word_is(c->text, nw, "to"))
				return 1;
		}
	}
	return 0;
}
/* 1 if the word before off is a subject pronoun ("they", "we"). */
static int habitual(const struct actx *c, struct back *b)
{
	static const char *const pron[] = { "they", "we", "who" };
	static const char *const present[] = { "launch", "stage", "mount",
					       "conduct", "carry" };
	struct sr_span w = back_word(b, 0);

	if (w.len && sr__word_in(c->text, w, pron, SR_ARRAY_LEN(pron)))
		return 1;
	/* "from which they tax herders and launch raids": a present verb
	 * of doing after a pronoun a few words back */
	return w.len &&
	       sr__word_in(c->text, w, present, SR_ARRAY_LEN(present)) &&
	       back_in(b, 1, 6, pron, SR_ARRAY_LEN(pron));
}
/* 1 if "suspend", "pause", "cease" or "refrain" stands among the four
 * words before off, or "halt"/"stop"/"end" after "would"/"will"/"to"
 * among the three (not "halted", "stopped": air defences halt an
 * attack). */
static int halted_before(const struct actx *c, struct back *b)
{
	static const char *const verbs[] = {
		"suspend", "suspends", "suspended", "suspending",
		"pause",   "pauses",   "paused",    "pausing",
		"cease",   "ceases",   "ceased",    "ceasing",
		"refrain", "refrains", "refrained", "refraining",
	};
	/* "would halt offensive actions", "pledged to stop attacks",
	 * "ordered its fighters to resume attacks": a side's own promise */
	static const char *const promised[] = { "halt", "stop", "end",
						"resume" };
	static const char *const will[] = { "would", "will", "to" };
	struct sr_span w;
	int n;

	if (back_in(b, 0, 4, verbs, SR_ARRAY_LEN(verbs)))
		return 1;
	for (n = 0; n < 3; n++) {
		w = back_word(b, n);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, promised, SR_ARRAY_LEN(promised)))
			return sr__word_in(c->text, back_word(b, n + 1), will,
					   SR_ARRAY_LEN(will));
	}
	return 0;
}
/* 1 if the -ing trigger at match i follows a comma and a kill or injury
 * word comes before it in the sentence. */
static int participle_after_toll(const struct actx *c, const struct sent *s,
				 uint32_t i, const struct sr_entry *e)
{
	size_t n = strlen(e->phrase);
	uint32_t p = c->m[i].off, j;

	if (n < 4 || !sr__streq(e->phrase + n - 3, "ing"))
		return 0;
	while (p > s->span.off && c->text[p - 1] == ' ')
		p--;
	/* "beat two men to death after accusing them of theft" */
	if (p > s->span.off + 5 && c->text[p - 1] != ',' &&
	    sr__word_is(c->text, sr__prev_word(c->text, s->span.off, p, 0),
			"after"))
		p = sr__prev_word(c->text, s->span.off, p, 0).off;
	else if (p == s->span.off || c->text[p - 1] != ',')
		return 0;
	for (j = s->m0; j < s->m1 && c->m[j].off < p; j++) {
		const struct sr_entry *f = sr__match_entry(c, j);

		if (f->type == SR_ENT_CUE &&
		    (f->sub == SR_CUE_KILL || f->sub == SR_CUE_INJURE))
			return 1;
	}
	return 0;
}
/* 1 if a number stands right before the noun at off, or one word before
 * it ("87 drone attacks", "5 MLRS attacks"). */
static int counted_b(const struct actx *c, struct back *b)
{
	struct sr_span w = back_word(b, 0);
	int k;

	for (k = 0; k < 2 && w.len; k++) {
		if (c->text[w.off] >= '0' && c->text[w.off] <= '9')
			return 1;
		w = back_word(b, k + 1);
	}
	return 0;
}
static int counted(const struct actx *c, const struct sent *s, uint32_t off)
{
	struct back b;

	back_init(&b, c, s, off);
	return counted_b(c, &b);
}

/* 1 if a number and "times" follow within six words of off, with many
 * places for object before them ("shelled the border 31 times",
 * "shelled settlements of Donetsk oblast 19 times"; not "shelled Kherson
 * 40 times", one town's day). */
static int times_after(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const many[] = {
		"settlements", "localities", "communities", "villages",
		"towns",       "border",     "region",	    "oblast",
		"areas",       "front",	     "district",    "districts",
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { off, 0 }, prev = { 0, 0 };
	struct sr_span rest = { off, lim - off };
	int k, wide = 0;

	/* the count starts with a digit: none after off, no count (most
	 * sentences) */
	if (!sr__x_has_digit(c->text, rest))
		return 0;
	for (k = 0; k < 7; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "times") && prev.len &&
		    c->text[prev.off] >= '0' && c->text[prev.off] <= '9')
			return wide;
		wide |= sr__word_in(c->text, w, many, SR_ARRAY_LEN(many));
		prev = w;
	}
	return 0;
}
/* 1 if a verb of keeping count follows within three words of off ("198
 * explosions were recorded", "52 attacks were registered"): a tally of
 * the day, no one event. */
static int recorded_after(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	static const char *const kept[] = { "recorded", "registered", "logged",
					    "counted" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { off, 0 };
	int k;

	for (k = 0; k < 3; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, kept, SR_ARRAY_LEN(kept)))
			return 1;
	}
	return 0;
}
/* 1 if the explosive named at match i was found or seized, not set off:
 * a verb of finding within some 80 bytes either side in the sentence
 * ("an IED with 1.5 kg of explosives was found at his home", "police
 * seized two explosive devices"), and no toll or explosion told there. */
static int bomb_found(const struct actx *c, const struct sent *s, uint32_t i)
{
	static const char *const found[] = {
		" found",     " discovered", " seized",	   " confiscated",
		" uncovered", " recovered",  " unearthed",
	};
	static const char *const blew[] = {
		"exploded", "detonat", "went off",
		"blew up",  "blast",   "explosion",
	};
	uint32_t end = s->span.off + s->span.len,
		 mend = c->m[i].off + c->m[i].len;
	struct sr_span after = { mend, end - mend < 80 ? end - mend : 80 };
	struct sr_span before = { s->span.off, c->m[i].off - s->span.off };
	size_t k;

	if (sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
	    sr__x_sentence_has_cue(c, s, SR_CUE_INJURE))
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(blew); k++)
		if (sr__x_has_text(c->text, s->span, blew[k]))
			return 0;
	if (before.len > 60) {
		before.off += before.len - 60;
		before.len = 60;
	}
	for (k = 0; k < SR_ARRAY_LEN(found); k++)
		if (sr__x_has_text(c->text, after, found[k]) ||
		    sr__x_has_text(c->text, before, found[k]))
			return 1;
	return 0;
}
/* 1 if verb trigger i has for object, within four words, a count of
 * places ("shelled and bombed 38 settlements", "struck 14 towns and
 * villages"): with no toll, a tally of the day, not one event (with
 * one, "shelled 29 settlements, wounding 7", the region's event). */
static int places_counted(const struct actx *c, const struct sent *s,
			  uint32_t i, const struct sr_entry *e)
{
	static const char *const places[] = {
		"settlements", "localities", "communities", "towns",
		"villages",    "cities",     "districts",   "hromadas",
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { c->m[i].off + c->m[i].len, 0 };
	int k;

	if (e->pos != 'v')
		return 0;
	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (c->text[w.off] >= '0' && c->text[w.off] <= '9') {
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
			return w.len && sr__word_in(c->text, w, places,
						    SR_ARRAY_LEN(places));
		}
	}
	return 0;
}
/* 1 if trigger i is a verb of launching whose object, within five words,
 * is a counted act ("launched 3 missile and 19 air strikes"). */
static int launches_counted(const struct actx *c, const struct sent *s,
			    uint32_t i, const struct sr_entry *e)
{
	uint32_t j;

	if (e->pos != 'v' ||
	    !sr__x_launch_verb(c->text, c->m[i].off, c->m[i].len))
		return 0;
	for (j = i + 1; j < s->m1; j++) {
		const struct sr_entry *f = sr__match_entry(c, j);

		if (sr__x_words_between(c->text, c->m[i].off + c->m[i].len,
					c->m[j].off) > 5)
			return 0;
		if (f->type == SR_ENT_TRIGGER && f->pos == 'n' &&
		    counted(c, s, c->m[j].off))
			return 1;
	}
	return 0;
}
/* 1 if the sentence counts three or more acts by number, a tally
 * ("312 strikes ...; 5 MLRS attacks; 87 drone attacks"); two ("3
 * airstrikes and 10 drone attacks on Kharkiv") can still tell one
 * event. */
static int tally(const struct actx *c, const struct sent *s)
{
	uint32_t i, n = 0;

	for (i = s->m0; i < s->m1 && n < 3; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && e->pos == 'n' &&
		    !sr__x_inside_longer(c, s, i) && counted(c, s, c->m[i].off))
			n++;
	}
	return n >= 3;
}
/* 1 if a toll word follows trigger ti in its own clause or the next
 * ("torched homes and killed 20", "burned houses, killing three"), with
 * no "after" or "before" between that would make it another event's
 * ("set fire to cars, a day after a teenager was shot dead") and no
 * semicolon ("abducted 20 students; two were later found dead"). */
static int kills_with_it(const struct actx *c, const struct sent *s,
			 uint32_t ti)
{
	static const char *const other[] = { " after ", " before ", " since ",
					     " when ",	" as ",	    ";" };
	uint32_t i, from = c->m[ti].off + c->m[ti].len;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span gap;
		size_t k;

		/* (or shot: "were led away and shot", "executed") */
		if (!((e->type == SR_ENT_CUE && e->sub == SR_CUE_KILL) ||
		      (e->type == SR_ENT_TRIGGER &&
		       (sr__streq(e->phrase, "shot") ||
			e->kind == c->e->kid[K_ATTACK_CIVILIANS]))) ||
		    c->m[i].off < from)
			continue;
		gap.off = from;
		gap.len = c->m[i].off - from;
		for (k = 0; k < SR_ARRAY_LEN(other); k++)
			if (sr__x_has_text(c->text, gap, other[k]))
				return 0;
		return 1;
	}
	return 0;
}
/* 1 if a place is the subject of the passive trigger at off: the place
 * name, with no preposition before it, ends right before the trigger or
 * before one or two such words as "was" or "again" ("Kupiansk came
 * under enemy fire", "Nikopol was once again hit"). */
static int place_subject(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	static const char *const aux[] = { "was",  "were", "has",   "had",
					   "have", "been", "again", "once",
					   "also", "twice" };
	uint32_t k;

	for (k = s->p0; k < s->p1; k++) {
		const struct mention *pm = &c->pm[k];
		uint32_t end = pm->span.off + pm->span.len;
		struct sr_span w;
		int n = 0;

		if (pm->is_country || pm->place == UINT32_MAX || pm->prep ||
		    end > off)
			continue;
		for (w = sr__next_word(c->text, off, end, 0); w.len && n < 3;
		     w = sr__next_word(c->text, off, w.off + w.len, 0), n++)
			if (!sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux)))
				break;
		if (!w.len && n < 3) {
			uint32_t p;

			for (p = end; p < off && (c->text[p] == ' ' ||
						  sr__text_alpha(c->text[p]));
			     p++)
				;
			if (p == off)
				return 1;
		}
	}
	return 0;
}
/* 1 if a weapon and a toll word both stand before the "after" that
 * precedes off in sentence s ("A missile killed six ..., a day after an
 * attack on Kharkiv"). */
static int harm_before_after(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);
	uint32_t i, after = UINT32_MAX;
	int weapon = 0, toll = 0, n;

	for (n = 0; n < 8 && w.len; n++) {
		if (sr__word_is(c->text, w, "after")) {
			after = w.off;
			break;
		}
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	}
	if (after == UINT32_MAX)
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < after; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		weapon |= e->type == SR_ENT_WEAPON;
		toll |= e->type == SR_ENT_CUE &&
			(e->sub == SR_CUE_KILL || e->sub == SR_CUE_INJURE);
	}
	return weapon && toll;
}
/* 1 if a crowd opens the sentence ("A crowd dragged a man out ...
 * and killed him", "Residents of a settlement beat two men"): killing
 * by a crowd is mob violence. */
static int crowd_subject(const struct actx *c, const struct sent *s)
{
	static const char *const crowd[] = {
		"crowd",     "crowds", "mob",	     "residents",
		"villagers", "locals", "neighbours", "neighbors",
	};

	/* "Residents said that Russian soldiers shot dead a man": the
	 * crowd only tells of it */
	if (sr__x_has_actor_type(c, s, SR_ACT_MIL) ||
	    sr__x_has_actor_type(c, s, SR_ACT_HEAD_MIL) ||
	    ((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u))
		return 0;
	static const char *const by_crowd[] = {
		"by a crowd",	  "by a mob",	  "by an angry crowd",
		"by residents",	  "by villagers", "by locals",
		"by a lynch mob",
	};
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, s->span.off, 0);
	size_t k;
	int n;

	/* "was beaten to death by a crowd" */
	if (sr__x_has_phrase_with(c->text, s->span, "by ", by_crowd,
				  SR_ARRAY_LEN(by_crowd)))
		return 1;
	/* "Five villagers collecting firewood were seized and beheaded by
	 * insurgents": armed men act, the crowd suffers */
	for (k = s->m0; k < s->m1; k++) {
		const struct sr_entry *a = sr__match_entry(c, (uint32_t)k);

		if (((a->type == SR_ENT_ACTOR &&
		      (a->sub == SR_ACT_GROUP || a->sub == SR_ACT_UNKNOWN)) ||
		     (a->type == SR_ENT_CUE && a->sub == SR_CUE_SOLDIER)) &&
		    sr__word_is(
			c->text,
			sr__prev_word(c->text, s->span.off, c->m[k].off, 0),
			"by"))
			return 0;
	}
	/* "Dozens of villagers were killed when ...": the crowd suffered */
	for (n = 0; n < 3 && w.len; n++) {
		if (sr__word_in(c->text, w, crowd, SR_ARRAY_LEN(crowd))) {
			static const char *const say[] = {
				"said",	    "say",	 "says",      "told",
				"reported", "described", "recounted",
			};
			struct sr_span v =
			    sr__next_word(c->text, s->span.off + s->span.len,
					  w.off + w.len, 0);

			/* "Residents of Port-au-Prince said gang members
			 * went house to house": they tell of it */
			if (sr__x_word_ahead(c, s, w.off + w.len, 5, say,
					     SR_ARRAY_LEN(say), NULL, 0))
				return 0;
			return !(v.len && (sr__word_is(c->text, v, "were") ||
					   sr__word_is(c->text, v, "was")));
		}
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
	}
	return 0;
}
/* 1 if the sentence spreads its counted acts over many places or a
 * whole day ("87 attacks on 27 settlements in the region over the past
 * day", "over the day the enemy launched 2 missile and 27 air
 * strikes"): a day's tally, even with one count. */
static int spread(const struct actx *c, const struct sent *s)
{
	static const char *const over[] = {
		" settlements",		  " localities",
		" communities",		  "past day",
		"past 24 hours",	  "last 24 hours",
		"previous day",		  "over the past week",
		"along the front",	  "across the front",
		"along the entire front", "along the whole front",
		"start of the day",	  "beginning of the day",
	};
	static const char *const through[] = { "over", "during" };
	uint32_t end = s->span.off + s->span.len;
	struct sr_span w;
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(over); k++)
		if (sr__x_has_text(c->text, s->span, over[k]))
			return 1;
	/* "Over the day", "during the day", in any case */
	if (!sr__x_has_text(c->text, s->span, "the day"))
		return 0;
	for (w = sr__next_word_across(c->text, end, s->span.off); w.len;
	     w = sr__next_word_across(c->text, end, w.off + w.len)) {
		struct sr_span p;

		if (!sr__word_is(c->text, w, "day"))
			continue;
		p = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!p.len || !sr__word_is(c->text, p, "the"))
			continue;
		p = sr__prev_word(c->text, s->span.off, p.off, 0);
		if (p.len &&
		    sr__word_in(c->text, p, through, SR_ARRAY_LEN(through)))
			return 1;
	}
	return 0;
}
/* 1 if a strike verb follows offset off of sentence s, after "but"
 * ("repelled an attack by drones ..., but a fire broke out at the
 * refinery after one of them hit a tank"): part of the attack told at
 * off got through, and the strike is the event.  Debris that fell is no
 * hit. */
static int got_through(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const contrast[] = { "but", "however", "although",
						"though", "yet" };
	static const char *const debris[] = { "debris", "wreckage", "fragments",
					      "remains" };
	uint32_t i;

	for (i = sr__x_trigger_from(s, s->m0); i < s->m1;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off > off && e->type == SR_ENT_TRIGGER &&
		    e->kind == SR_KIND_STRIKE && e->pos == 'v' &&
		    !sr__x_inside_longer(c, s, i) &&
		    sr__x_word_behind(c, s, c->m[i].off, 16, contrast,
				      SR_ARRAY_LEN(contrast)) &&
		    !sr__x_word_behind(c, s, c->m[i].off, 3, debris,
				       SR_ARRAY_LEN(debris)))
			return 1;
	}
	return 0;
}
/* 1 if sentence s tells a strike that hit nothing: the interception
 * that stopped it ("the enemy attacked the region with drones; air
 * defence destroyed 11 Shaheds. There were no hits.").  Asked only when
 * a strike is about to be chosen, as most sentences have none. */
static int strike_hit_nothing(const struct actx *c, const struct sent *s)
{
	uint32_t i;
	int none = no_hits(c, s);

	/* (or all of it was downed: "launched four missiles at Kyiv; all
	 * were destroyed by air defence") */
	for (i = sr__x_trigger_from(s, s->m0); i < s->m1;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const char *x = "";

		if (e->type == SR_ENT_TRIGGER &&
		    (none ||
		     (e->pos == 'v' && all_before(c, s, c->m[i].off))) &&
		    resolve_kind(c, s, e, c->m[i].off, &x) ==
			c->e->kid[K_INTERCEPTION])
			return 1;
	}
	return 0;
}
/* 1 if "after" and a length of time come before off ("after two days
 * of fighting", "after months of clashes", "after weeks of heavy
 * shelling"). */
static int after_duration(const struct actx *c, struct back *b)
{
	static const char *const units[] = { "hours",  "days",	"weeks",
					     "months", "years", "decades" };
	/* one modifier: "of heavy fighting" */
	int h = head_of_of(c, b, 1), k;
	struct sr_span w;

	if (h < 0 ||
	    !sr__word_in(c->text, back_word(b, h), units, SR_ARRAY_LEN(units)))
		return 0;
	for (k = 0; k < 3; k++) {
		w = back_word(b, h + 1 + k);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "after"))
			return 1;
	}
	return 0;
}
/* 1 if "after" or "following" comes up to four words before the noun
 * at b's offset, in its clause ("after hours of heavy glide-bomb
 * strikes", "following the shelling"): from the words b keeps. */
static int after_noun(struct back *b)
{
	static const char *const after[] = { "after", "following" };

	return back_in(b, 0, 5, after, SR_ARRAY_LEN(after));
}
/* 1 if one of the n strings of list occurs in sentence s after off. */
static int text_after_any(const struct actx *c, const struct sent *s,
			  uint32_t off, const char *const *list, size_t n)
{
	struct sr_span after = { off, s->span.off + s->span.len - off };
	size_t k;

	for (k = 0; k < n; k++)
		if (sr__x_has_text(c->text, after, list[k]))
			return 1;
	return 0;
}
/* 1 if a verb of taking people follows off in sentence s after "and"
 * ("stormed a school and marched 200 pupils into the bush", "... and
 * abducted 30 passengers"). */
static int took_people_after(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	static const char *const took[] = {
		" and marched ",     " and abducted ", " and kidnapped ",
		" and carried off ", " and led away ", " and took away ",
		" and seized ",
	};

	return text_after_any(c, s, off, took, SR_ARRAY_LEN(took));
}
/* 1 if, after off in sentence s, people are told as gathered (rallied,
 * assembled, marched) and what they wanted ("to call for", "to demand",
 * "demanding"). */
static int gathered_to_demand(const struct actx *c, const struct sent *s,
			      uint32_t off)
{
	static const char *const met[] = { " gathered", " rallied",
					   " assembled", " marched" };
	static const char *const want[] = { " to call for", " to demand",
					    " to protest",  " calling for",
					    " demanding",   " to chant",
					    " chanting" };

	return text_after_any(c, s, off, met, SR_ARRAY_LEN(met)) &&
	       text_after_any(c, s, off, want, SR_ARRAY_LEN(want));
}
/* 1 if "against" comes up to three words before the noun at b's offset,
 * after a word of guarding ("on guard against army raids", "protect the
 * villages against attacks", "be vigilant against"): from the words b
 * keeps, read once for the two. */
static int guarded_against(const struct actx *c, struct back *b)
{
	static const char *const guard[] = { "guard",	   "protect",
					     "protection", "defend",
					     "vigilant",   "alert",
					     "safeguard",  "insure" };
	int k;

	for (k = 0; k < 4; k++) {
		struct sr_span w = back_word(b, k);

		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "against"))
			return back_in(b, k + 1, 4, guard, SR_ARRAY_LEN(guard));
	}
	return 0;
}
static int is_ground_act(const struct actx *c, const struct sr_entry *e)
{
	return e->pos == 'v' && (e->kind == SR_KIND_ATTACK ||
				 e->kind == c->e->kid[K_ARMED_CLASH] ||
				 e->kind == c->e->kid[K_TERRITORY_GAIN] ||
				 e->kind == c->e->kid[K_TERRITORY_TRANSFER]);
}
/* 1 if a verb of a ground assault or a change of hands ("attacked",
 * "stormed", "withdrew from") is a trigger of sentence s before off. */
static int ground_act_before(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	return trigger_before(c, s, off, is_ground_act);
}
/* 1 if "fled" or "escaped" (with "an"/"the" between) stands right before
 * the noun at off ("fled an attack", "escaped the fighting"). */
static int fled_before(const struct actx *c, struct back *b)
{
	static const char *const fled[] = { "fled", "fleeing", "escaped",
					    "escaping" };
	static const char *const det[] = { "an", "the", "a" };
	struct sr_span w = back_word(b, 0);

	if (w.len && sr__word_in(c->text, w, det, SR_ARRAY_LEN(det)))
		w = back_word(b, 1);
	return w.len && sr__word_in(c->text, w, fled, SR_ARRAY_LEN(fled));
}
/* 1 if a soldier noun or an armed force ends one space before off
 * ("troops fighting insurgents"). */
static int troops_right_before(const struct actx *c, const struct sent *s,
			       uint32_t off)
{
	uint32_t i;

	for (i = s->m0; i < s->m1 && c->m[i].off < off; i++) {
		const struct sr_entry *a = sr__match_entry(c, i);

		if (c->m[i].off + c->m[i].len + 1 == off &&
		    ((a->type == SR_ENT_CUE && a->sub == SR_CUE_SOLDIER) ||
		     (a->type == SR_ENT_ACTOR &&
		      (a->sub == SR_ACT_MIL || a->sub == SR_ACT_HEAD_MIL))))
			return 1;
	}
	return 0;
}
/* 1 if s has an arrest trigger; *memo holds the answer once found (-1
 * before): asked of every candidate trigger, counted once. */
static int arrest_in(const struct actx *c, const struct sent *s, int *memo)
{
	uint32_t i;

	if (*memo >= 0)
		return *memo;
	*memo = 0;
	/* (none without the kind's bit) */
	if (!sr__x_may_have_tkind(s, c->e->kid[K_ARREST]))
		return 0;
	for (i = sr__x_trigger_from(s, s->m0); i < s->m1;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
		    e->kind == c->e->kid[K_ARREST]) {
			*memo = 1;
			break;
		}
	}
	return *memo;
}
/* 1 if "spent" and a stretch of time stand right before off ("spent
 * years fighting", "had spent months battling"). */
static int spent_time(const struct actx *c, struct back *b)
{
	/* (not days: "spent three days battling regime troops" tells the
	 * fight of those days) */
	static const char *const units[] = { "years", "months", "weeks",
					     "decades" };
	struct sr_span w = back_word(b, 0);

	if (!w.len || !sr__word_in(c->text, w, units, SR_ARRAY_LEN(units)))
		return 0;
	w = back_word(b, 1);
	/* "spent two years fighting" */
	if (w.len && !sr__word_is(c->text, w, "spent"))
		w = back_word(b, 2);
	return w.len && sr__word_is(c->text, w, "spent");
}
/* 1 if the protest noun at off counts the days of a series ("It was the
 * fifth night of rallies", "on a third straight day of protests") and the
 * next sentence of the paragraph tells the protest of this day: the
 * series sets the scene for it. */
static int series_scene(const struct actx *c, const struct sent *s,
			uint32_t off)
{
	static const char *const spans[] = { "day",    "days", "night",
					     "nights", "week", "weeks" };
	static const char *const nth[] = {
		"second", "third",   "fourth",	    "fifth",
		"sixth",  "seventh", "eighth",	    "ninth",
		"tenth",  "another", "consecutive", "straight",
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	if (!w.len || !sr__word_is(c->text, w, "of"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || !sr__word_in(c->text, w, spans, SR_ARRAY_LEN(spans)))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len ||
	    !(sr__word_in(c->text, w, nth, SR_ARRAY_LEN(nth)) ||
	      (w.len > 2 && c->text[w.off] >= '0' && c->text[w.off] <= '9')))
		return 0;
	return s + 1 < c->s + c->ns && s[1].para == s->para &&
	       protest_told(c, s + 1);
}
/* 1 if a weapon is the object of the verb of match i, within two words
 * after it: "fired S-300s at an industrial site", "launched two Kh-101s":
 * the weapon says what was fired, as a place or an actor would (not
 * "was hit by two missiles"). */
static int weapon_object(const struct actx *c, const struct sent *s, uint32_t i)
{
	uint32_t end = c->m[i].off + c->m[i].len, j;
	struct sr_span w;

	if (!((s->types >> SR_ENT_WEAPON) & 1u))
		return 0;
	/* (not the agent of a passive: "the city was hit by two
	 * missiles" tells no more than the sentence before) */
	w = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	if (w.len && sr__word_is(c->text, w, "by"))
		return 0;
	for (j = i + 1; j < s->m1 && c->m[j].off < end + 40; j++)
		if (c->m[j].off >= end &&
		    sr__match_entry(c, j)->type == SR_ENT_WEAPON)
			return sr__x_words_between(c->text, end, c->m[j].off) <=
			       2;
	return 0;
}
/* "The enemy launched 2 missile strikes and 58 air strikes", "112
 * combat clashes took place": a sentence that names no place and no toll
 * and counts acts named by a plural noun is a day's tally, no event. */
static int counted_nowhere(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	if (s->p1 > s->p0 || ((s->cues >> SR_CUE_KILL) & 1u) ||
	    ((s->cues >> SR_CUE_INJURE) & 1u) ||
	    !sr__x_has_digit(c->text, s->span))
		return 0;
	for (i = sr__x_trigger_from(s, s->m0); i < s->m1;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];

		/* (not a bracketed count, "mortars (3 explosions)", which
		 * tells the strike on a place its label names) */
		if (e->type == SR_ENT_TRIGGER && e->pos == 'n' && m->len > 1 &&
		    c->text[m->off + m->len - 1] == 's' &&
		    !(m->off + m->len < s->span.off + s->span.len &&
		      c->text[m->off + m->len] == ')') &&
		    !sr__x_inside_longer(c, s, i) && counted(c, s, m->off))
			return 1;
	}
	return 0;
}
/* 1 if one of the two sentences before s in its paragraph names a
 * place. */
static int place_before(const struct actx *c, const struct sent *s)
{
	const struct sent *p;

	for (p = s - 1; p >= c->s && p >= s - 2 && p->para == s->para; p--)
		if (p->p1 > p->p0)
			return 1;
	return 0;
}
/* The highest score sr__x_choose_trigger may give trigger match i (entry
 * e) of kind (k its kind) in sentence s: its kind's priority (a
 * withdrawal's may be a gain's) and strength, with all it may add: a
 * protest that says its purpose, a toll cue in the trigger's clause,
 * equipment named in the sentence for military aid.  Keep in step with
 * the score there. */
static int score_most(const struct actx *c, const struct sent *s, uint32_t i,
		      const struct sr_entry *e, int kind,
		      const struct sr_kind *k)
{
	int most = k->priority;

	if (kind == c->e->kid[K_TERRITORY_TRANSFER]) {
		const struct sr_kind *g =
		    sr__lex_kind(c->lx, c->e->kid[K_TERRITORY_GAIN]);

		if (g && g->priority > most)
			most = g->priority;
	}
	most += 10 * e->strength;
	if (kind == c->e->kid[K_PEACEFUL_PROTEST])
		most += 20;
	/* (the clause's cues are looked at only when the sentence has one:
	 * sr__x_cue_in answers from the sentence's bits first) */
	if (((s->cues >> SR_CUE_KILL) & 1u) ||
	    ((s->cues >> SR_CUE_INJURE) & 1u)) {
		struct sr_span cl = sr__x_clause_of(c, s, c->m[i].off);

		if (sr__x_cue_in(c, s, cl, SR_CUE_KILL) ||
		    sr__x_cue_in(c, s, cl, SR_CUE_INJURE))
			most += 40;
	}
	if (sr__x_sentence_has_weapon(c, s) &&
	    sr__streq(k->name, "military_aid"))
		most += 30;
	return most;
}
/* 1 if sentence s opens on "Since the start of", "Since the beginning
 * of" or "Since the full-scale invasion" (running_since asks). */
static int running_since_words(const struct actx *c, const struct sent *s)
{
	static const char *const opens[] = {
		"since the start of ",
		"since the beginning of ",
		"since the full-scale invasion",
		"since the outbreak of ",
	};
	static const char *const day[] = { "day",     "night",	"morning",
					   "evening", "attack", "week" };
	size_t k, n;

	if (s->span.len < 20)
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(opens); k++) {
		n = strlen(opens[k]);
		if (s->span.len > n &&
		    sr__strncaseeq(c->text + s->span.off, n, opens[k])) {
			/* (not "Since the beginning of the day, 20
			 * servicemen died": one day's toll) */
			struct sr_span w =
			    sr__next_word(c->text, s->span.off + s->span.len,
					  s->span.off + n, 1);

			return !(w.len && sr__word_in(c->text, w, day,
						      SR_ARRAY_LEN(day)));
		}
	}
	/* "Since the cross-border operation began on 6 August, ... taken
	 * 82 settlements": a campaign's running total */
	if (sr__strncaseeq(c->text + s->span.off, 10, "since the ")) {
		static const char *const campaign[] = {
			"operation",	    "offensive",	 "incursion",
			"counteroffensive", "counter-offensive", "campaign",
		};
		static const char *const began[] = { "began", "started",
						     "begun", "launched" };

		return sr__x_word_ahead(c, s, s->span.off, 6, campaign,
					SR_ARRAY_LEN(campaign), NULL, 0) &&
		       sr__x_word_ahead(c, s, s->span.off, 9, began,
					SR_ARRAY_LEN(began), NULL, 0);
	}
	return 0;
}
/* (the first letter inline: most sentences do not open with 'S') */
static inline int running_since(const struct actx *c, const struct sent *s)
{
	return (c->text[s->span.off] | 0x20) == 's' &&
	       running_since_words(c, s);
}
int sr__x_choose_trigger(const struct actx *c, const struct sent *s,
			 int *kind_out, const char **extra_out, int *bg_out)
{
	static const char *const before_words[] = { "earlier", "previous",
						    "prior" };
	static const char *const purpose_for[] = { "for" };
	static const char *const spy_data[] = { "coordinates",	"targets",
						"data",		"information",
						"intelligence", "locations" };
	static const char *const charged[] = { "charged", "indicted",
					       "convicted", "sentenced" };
	static const char *const accused[] = { "accused", "suspected" };
	static const char *const whom[] = { "whom", "who", "whose" };
	static const char *const suspected[] = { "suspicion", "suspected",
						 "accused", "charges",
						 "charged" };
	static const char *const harm[] = { "injuries", "injury", "wounds",
					    "trauma" };
	static const char *const backing[] = { "backed", "supported",
					       "covered" };
	uint32_t i, j, end, trig_end = 0;
	int best = -1, best_score = -1, best_dated = 0, has_intercept = 0,
	    riot_seen = 0, damage_seen = 0, arrests = -1, digits = -1;
	/* a place, a toll or an actor; or, for a weapon's strike, the
	 * place of a sentence before in the paragraph, at most two back
	 * ("Chernihiv, 17.04.2024. Three missiles hit the centre of this
	 * northern city"; "... in Kharkiv on Wednesday. Sixteen others
	 * were wounded. Earlier this week a missile destroyed a sports
	 * school in the north of the city") */
	int has_support =
	    s->p1 > s->p0 || sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
	    sr__x_sentence_has_cue(c, s, SR_CUE_INJURE) ||
	    (((s->types >> SR_ENT_WEAPON) & 1u) && place_before(c, s));

	/* "Are the Russians still attacking Ugledar?": a question tells
	 * no event */
	if (question(c, s))
		return -1;
	/* "Since the start of the full-scale invasion, prosecutors have
	 * opened proceedings into the killing of more than 90": a running
	 * total since the war or the year began tells no one event */
	if (running_since(c, s))
		return -1;
	if (counted_nowhere(c, s))
		return -1;
	/* an actor or a country among the matches: s->types has the type
	 * of each */
	if (s->types & ((1u << SR_ENT_ACTOR) | (1u << SR_ENT_COUNTRY_NAME) |
			(1u << SR_ENT_COUNTRY_DEMONYM)))
		has_support = 1;
	/* (the matches are read only when one may be an interception) */
	for (i = sr__x_may_have_tkind(s, c->e->kid[K_INTERCEPTION]) ? s->m0
								    : s->m1;
	     i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		/* (not "..., adding that air defence shot down five": the
		 * strike was told first) */
		if (e->type == SR_ENT_TRIGGER && e->strength >= 2 &&
		    e->kind >= 0 && (e->kind == c->e->kid[K_INTERCEPTION]) &&
		    !added_clause(c, s, c->m[i].off) &&
		    !got_through(c, s, c->m[i].off) &&
		    !sr__x_context_fails(c, s, i, e))
			has_intercept = 1;
	}
	/* without one, strike_hit_nothing says whether the sentence tells
	 * an interception, when a strike is about to be chosen (-1 until
	 * then) */
	if (!has_intercept)
		has_intercept = -1;
	/* (from trigger to trigger, by the sentence's bits) */
	for (i = sr__x_trigger_from(s, s->m0); i < s->m1;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const char *extra = "";
		int kind, score, contained, dated, nwb;
		struct back wb; /* the words before the trigger */
		const struct sr_kind *k;

		if (e->type != SR_ENT_TRIGGER)
			continue;
		/* a longer trigger covering this one wins.  Matches are in
		 * order of start, the longer first: only a trigger before i
		 * can cover it, and one ending past it does; with none ending
		 * there (trig_end, the furthest end of those before), none
		 * does; ending just there, the matches are compared. */
		end = c->m[i].off + c->m[i].len;
		contained = trig_end > end;
		for (j = s->m0;
		     trig_end == end && j < s->m1 && c->m[j].off <= c->m[i].off;
		     j++) {
			const struct sr_entry *f = sr__match_entry(c, j);

			if (j != i && f->type == SR_ENT_TRIGGER &&
			    c->m[j].off <= c->m[i].off &&
			    c->m[j].off + c->m[j].len >=
				c->m[i].off + c->m[i].len &&
			    c->m[j].len > c->m[i].len)
				contained = 1;
		}
		if (end > trig_end)
			trig_end = end;
		/* the cheap test first: the gates below have no effect but
		 * their answer (a weak protest word that says what the
		 * protest is for needs no other support: "sat at the gate
		 * holding banners against the landfill") */
		/* (nor does "All of them were destroyed" after a sentence
		 * naming the missiles: the projectiles downed) */
		if (contained ||
		    (e->strength <= 1 && !has_support &&
		     !weapon_object(c, s, i) &&
		     !(e->kind == c->e->kid[K_PEACEFUL_PROTEST] &&
		       sr__x_protest_purpose(c, s,
					     c->m[i].off + c->m[i].len)) &&
		     !(e->kind == SR_KIND_ATTACK &&
		       sr__x_downs_projectile(c, s, e, c->m[i].off))))
			continue;
		if (sr__x_inside_longer(c, s, i) || in_name(c, s, i) ||
		    sr__x_context_fails(c, s, i, e) ||
		    sr__x_in_slogan(c, s, c->m[i].off))
			continue;
		back_init(&wb, c, s, c->m[i].off);
		if (negated_b(c, &wb) && !assault_failed(c, e, &wb))
			continue;
		kind = resolve_kind(c, s, e, c->m[i].off, &extra);
		k = sr__lex_kind(c->lx, kind);
		if (!k)
			continue;
		/* a trigger whose score cannot pass the best one's, even
		 * with all that the checks below may add, is passed over
		 * before them (riot_seen and damage_seen, set below, are
		 * of other kinds, never passed over here) */
		if (kind != c->e->kid[K_VIOLENT_DEMONSTRATION] &&
		    kind != c->e->kid[K_LOOTING_DESTRUCTION] &&
		    score_most(c, s, i, e, kind, k) <= best_score)
			continue;
		/* "an explosion ripped through a depot", "a blast struck
		 * the market": the impact verb of a blast tells no strike;
		 * the blast is the event */
		if (extra_is(extra, "+default") && e->kind == SR_KIND_STRIKE &&
		    blast_subject(c, s, c->m[i].off))
			continue;
		/* "blasts flattened homes; the president blamed careless
		 * storage of dynamite": a blame that names no party after
		 * it, with a violent act told before it, gives the act's
		 * cause; the act is the event */
		if (kind == c->e->kid[K_ACCUSATION] && e->pos == 'v' &&
		    violent_before(c, s, c->m[i].off) &&
		    !party_after(c, s, c->m[i].off + c->m[i].len))
			continue;
		/* "Kursk incursion: Ukraine says it controls Sudzha": a
		 * campaign named in the label that opens the story is its
		 * topic, no event */
		if (e->pos == 'n' && kind == c->e->kid[K_ARMED_CLASH] &&
		    campaign_label(c, s, i, e))
			continue;
		/* "after a year of heavy losses", "decades of fighting": a
		 * span of time of the act, no event */
		if (e->pos == 'n' && span_of_time(c, s, c->m[i].off))
			continue;
		if (kind == c->e->kid[K_ARMED_CLASH] &&
		    side_taken(c, s, c->m[i].off + c->m[i].len))
			continue;
		/* "a car crashed into a wall", "a truck ploughed into the
		 * crowd": an impact verb with no weapon in its sentence or the
		 * one before tells a crash, no strike */
		/* (or two before: "... attacked by drones. Several were
		 * shot down. One of them flew into a tower") */
		if (extra_is(extra, "+default") && e->kind == SR_KIND_STRIKE &&
		    impact_verb(e->phrase) &&
		    !((s->types >> SR_ENT_WEAPON) & 1u) &&
		    !(s > c->s && s[-1].para == s->para &&
		      ((s[-1].types >> SR_ENT_WEAPON) & 1u)) &&
		    !(s - 1 > c->s && s[-2].para == s->para &&
		      ((s[-2].types >> SR_ENT_WEAPON) & 1u)))
			continue;
		/* a generic "attack"/"strike" with no weapon needs a toll or a
		 * place it happened in */
		if ((extra_is(extra, "+default") ||
		     extra_is(extra, "+target")) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_KILL) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_INJURE) &&
		    !sr__x_has_locative_place(c, s) &&
		    !(e->pos == 'v' &&
		      sr__x_place_object(c, s, c->m[i].off + c->m[i].len)) &&
		    !(e->pos == 'p' && place_subject(c, s, c->m[i].off)))
			continue;
		/* "killed five people, police said, blaming a local gang",
		 * "killed three civilians, accusing them of spying": a
		 * participle after a told killing gives its reason or its
		 * teller's view, not an event of its own */
		if (kind == c->e->kid[K_ACCUSATION] &&
		    participle_after_toll(c, s, i, e))
			continue;
		/* "dragged two men accused of theft out of a shop": the
		 * participle describes people, it accuses no one */
		if (kind == c->e->kid[K_ACCUSATION] && e->pos != 'n' &&
		    person_before(c, s, c->m[i].off) &&
		    sr__word_is(c->text,
				sr__next_word(c->text,
					      s->span.off + s->span.len,
					      c->m[i].off + c->m[i].len, 0),
				"of"))
			continue;
		/* weak aid verbs need something to give */
		if (e->strength <= 1 && sr__streq(k->name, "military_aid") &&
		    !sr__x_sentence_has_weapon(c, s))
			continue;
		if (kind == c->e->kid[K_INTERCEPTION] &&
		    got_through(c, s, c->m[i].off))
			continue;
		/* "an explosive device was found at his home": a bomb
		 * found, unexploded, tells no explosion (defused, it is an
		 * interception, told by its own trigger) */
		if (e->pos == 'n' && sr__streq(k->name, "remote_explosive") &&
		    bomb_found(c, s, i))
			continue;
		/* "thwarted a drone attack": the interception is the event */
		if (kind == c->e->kid[K_AIR_DRONE_STRIKE] ||
		    kind == c->e->kid[K_SHELLING_MISSILE] ||
		    sr__streq(k->name, "remote_explosive")) {
			if (has_intercept < 0)
				has_intercept = strike_hit_nothing(c, s);
			if (has_intercept)
				continue;
		}
		score = k->priority + 10 * e->strength;
		/* "Ukrainian troops withdrew from Avdiivka after months of
		 * fighting": in a war a withdrawal is the foe's gain
		 * (extract.c), which outranks the fighting before it */
		if (kind == c->e->kid[K_TERRITORY_TRANSFER] &&
		    sr__x_withdrawal_word(e) && side_at_war(c, s))
			score = sr__lex_kind(c->lx, c->e->kid[K_TERRITORY_GAIN])
				    ->priority +
				10 * e->strength;
		/* "312 strikes on 9 settlements; 5 MLRS attacks; 87 drone
		 * attacks": a day's tally, not an event */
		/* (each count starts with a digit: a sentence with none
		 * counts nothing, asked once) */
		if (digits < 0)
			digits = sr__x_has_digit(c->text, s->span);
		if (digits &&
		    (counted_b(c, &wb) || launches_counted(c, s, i, e) ||
		     (places_counted(c, s, i, e) &&
		      !sr__x_sentence_has_cue(c, s, SR_CUE_KILL) &&
		      !sr__x_sentence_has_cue(c, s, SR_CUE_INJURE))) &&
		    (tally(c, s) || spread(c, s) ||
		     (counted(c, s, c->m[i].off) &&
		      recorded_after(c, s, c->m[i].off + c->m[i].len))))
			continue;
		/* "Sumy region over the past day: the enemy shelled the
		 * border 31 times": a verb counted in times over a day or
		 * across places, with no toll in its sentence, is the
		 * round-up's tally too */
		if (e->pos == 'v' &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_KILL) &&
		    !sr__x_sentence_has_cue(c, s, SR_CUE_INJURE) &&
		    times_after(c, s, c->m[i].off + c->m[i].len) &&
		    (tally(c, s) || spread(c, s)))
			continue;
		if (extra_is(extra, "+default"))
			score -= 10;
		/* "... gained ground, adding that Russian troops had
		 * counter-attacked": what the speaker adds comes after the
		 * event the sentence reports */
		if (added_clause(c, s, c->m[i].off))
			score -= 15;
		/* "gathered outside city hall to demand ...": a protest that
		 * says what it wants is the event */
		if (kind == c->e->kid[K_PEACEFUL_PROTEST] &&
		    sr__x_protest_purpose(c, s, c->m[i].off + c->m[i].len))
			score += 20;
		/* "the mayor, who had been seized the day before": what a
		 * relative clause tells is background */
		back_word(&wb, 3);
		nwb = wb.n < 4 ? wb.n : 4;
		if (relative_past_w(c, wb.w, nwb) ||
		    (e->pos == 'v' && since_clause(c, wb.w, nwb)))
			score -= 50;
		/* "the governor, who visited the burned village": a visit
		 * told of a person in a relative clause is no event */
		/* (nor is a visit to buildings: "inspectors visited 30
		 * flats", "the governor visited damaged homes") */
		if (e->pos == 'v' && sr__x_is_kind(c, kind, "diplomacy") &&
		    (sr__word_is(c->text, back_word(&wb, 0), "who") ||
		     sr__x_property_object(c, s, c->m[i].off + c->m[i].len)))
			continue;
		if (e->pos == 'v' && weapon_relative(c, s, wb.w, nwb))
			score -= 40;
		/* "Armed factions that traded fire for two days accepted a
		 * ceasefire", "convoys that jihadists have repeatedly
		 * ambushed": what a relative clause tells of a noun is
		 * background to the verb of the main clause after it */
		if (e->pos == 'v' && relative_then_main(c, s, &wb, i))
			score -= 30;
		/* "tried to push into Kupiansk, where Ukrainian troops
		 * fought them": a clause about the place named before it
		 * tells what met the act of the main clause */
		if (where_clause(c, s, c->m[i].off))
			score -= 20;
		if (threatened_act(c, s, c->m[i].off))
			score -= 30;
		/* "from which they raid villages", "where they attack
		 * convoys": a noun trigger used as a present verb after a
		 * pronoun tells what someone does, not one event */
		if (e->pos == 'n' && habitual(c, &wb))
			score -= 30;
		if (e->pos == 'n' && kind == c->e->kid[K_PEACEFUL_PROTEST] &&
		    series_scene(c, s, c->m[i].off))
			continue;
		if (kind == c->e->kid[K_VIOLENT_DEMONSTRATION])
			riot_seen = 1;
		if (kind == c->e->kid[K_LOOTING_DESTRUCTION])
			damage_seen = 1;
		/* "carried off tonnes of sorghum": taking people is an
		 * abduction, taking goods is looting */
		if (kind == c->e->kid[K_ABDUCTION] &&
		    (sr__streq(e->phrase, "carried off") ||
		     sr__x_starts(e->phrase, "marched ")) &&
		    !people_ahead(c, s, c->m[i].off + c->m[i].len)) {
			if (!sr__streq(e->phrase, "carried off"))
				continue;
			kind = c->e->kid[K_LOOTING_DESTRUCTION];
			extra = "+goods";
		}
		/* "gathered ..., urging the government to accept a ceasefire
		 * deal": a deal a protest asks for is its demand */
		if (kind == c->e->kid[K_AGREEMENT] &&
		    sr__x_has_trigger_kind(c, s, "peaceful_protest"))
			score -= 30;
		/* "destroyed an explosive-laden drone launched by the
		 * Houthis": a launch verb right after its weapon describes
		 * it; another verb of the sentence is the event */
		if (e->pos == 'v' &&
		    sr__x_launch_verb(c->text, c->m[i].off, c->m[i].len) &&
		    weapon_right_before(c, s, c->m[i].off))
			score -= 30;
		/* "leaders agreed at a meeting to stop reprisal raids and
		 * return stolen cattle": what is agreed is the deal's
		 * object */
		if (kind != c->e->kid[K_AGREEMENT] && agreed_before(c, s, &wb))
			score -= 40;
		/* "police detained 11 people over links to the bombing": the
		 * act the arrests are about is background */
		if (e->pos == 'n' && kind != c->e->kid[K_ARREST] &&
		    about_act(c, &wb) && sr__x_has_trigger_kind(c, s, "arrest"))
			score -= 30;
		/* "took 25 people into custody on suspicion of plotting to
		 * storm parliament", "arrested two men suspected of
		 * bombing a bus": what the held are suspected of is the
		 * arrest's reason */
		if (kind != c->e->kid[K_ARREST] && arrest_in(c, s, &arrests) &&
		    back_in(&wb, 0, 5, suspected, SR_ARRAY_LEN(suspected)))
			score -= 40;
		/* "he was collecting the coordinates of air-defence positions
		 * for Russian missile strikes": strikes an informer's data
		 * were for are no event */
		if (e->pos == 'n' && back_in(&wb, 0, 4, purpose_for, 1) &&
		    back_in(&wb, 0, 12, spy_data, SR_ARRAY_LEN(spy_data)))
			continue;
		/* "prosecutors had charged Kirillov in absentia over the use
		 * of chemical weapons", "sentenced him for shelling the
		 * town": what a court or prosecutor holds against someone,
		 * with no one held now, is no event of its own */
		if (kind != c->e->kid[K_ARREST] && !arrest_in(c, s, &arrests) &&
		    back_in(&wb, 0, 12, charged, SR_ARRAY_LEN(charged)))
			continue;
		/* "The officer, whom HUR accused of torturing detained
		 * residents, was killed": what a person is accused of in a
		 * clause about him is background */
		/* (only where "accused" is a trigger word of the sentence:
		 * most have none) */
		if (sr__x_may_have_tkind(s, c->e->kid[K_ACCUSATION]) &&
		    back_in(&wb, 0, 4, accused, SR_ARRAY_LEN(accused)) &&
		    back_in(&wb, 1, 6, whom, SR_ARRAY_LEN(whom)))
			continue;
		/* (and so is the accusing itself, told of him: no
		 * statement of its own) */
		if (kind == c->e->kid[K_ACCUSATION] &&
		    back_in(&wb, 0, 4, whom, SR_ARRAY_LEN(whom)))
			continue;
		/* "detained an agent who was helping to guide missile
		 * strikes on the city": what the person held did is
		 * background to the arrest */
		if (e->pos == 'n' && kind != c->e->kid[K_ARREST] &&
		    detainee_clause(c, s, c->m[i].off))
			score -= 40;
		/* "after the residents had fled an earlier raid": an act
		 * told as before this one */
		if (e->pos == 'n' &&
		    sr__word_in(c->text, back_word(&wb, 0), before_words,
				SR_ARRAY_LEN(before_words)))
			score -= 30;
		/* "signed a ceasefire after two days of fighting": the
		 * fighting that went before is background */
		if (e->pos == 'n' && after_duration(c, &wb))
			score -= 30;
		/* "killed at least 40 civilians after fighting with
		 * militiamen nearby": fighting told as what went before */
		else if (e->pos == 'n' &&
			 (sr__streq(e->phrase, "fighting") ||
			  sr__streq(e->phrase, "clashes")) &&
			 sr__word_is(c->text, back_word(&wb, 0), "after"))
			score -= 50;
		/* "Gunmen stormed a school and marched more than 200 pupils
		 * into the bush": the storming is how the people were taken,
		 * the abduction the event */
		if (e->pos == 'v' && sr__streq(e->phrase, "stormed") &&
		    took_people_after(c, s, c->m[i].off + c->m[i].len))
			score -= 15;
		/* "telling units to stay on guard against army raids": what
		 * one guards against has not happened */
		if (e->pos == 'n' && guarded_against(c, &wb))
			score -= 30;
		/* "attacked the positions ... after heavy glide-bomb
		 * strikes", "withdrew after days of shelling": the
		 * bombardment told as what went before a ground assault or
		 * a change of hands is background to it */
		else if (e->pos == 'n' &&
			 (kind == c->e->kid[K_AIR_DRONE_STRIKE] ||
			  kind == c->e->kid[K_SHELLING_MISSILE]) &&
			 after_noun(&wb) &&
			 ground_act_before(c, s, c->m[i].off))
			score -= 30;
		/* "set up a base to support Mozambican troops fighting
		 * insurgents": a participle after a word for troops says
		 * who they are */
		if (e->pos == 'n' && sr__streq(e->phrase, "fighting") &&
		    troops_right_before(c, s, c->m[i].off))
			score -= 30;
		/* "homes were burned after their residents fled an attack
		 * by armed youth": what people fled went before */
		if (e->pos == 'n' &&
		    (e->kind == SR_KIND_ATTACK || e->kind == SR_KIND_STRIKE ||
		     sr__x_kind_violent(c, kind)) &&
		    fled_before(c, &wb))
			score -= 30;
		/* "gang leaders who spent years fighting each other
		 * announced ...": what someone spent years doing is their
		 * past */
		if (c->m[i].len > 4 &&
		    sr__strncaseeq(c->text + c->m[i].off + c->m[i].len - 3, 3,
				   "ing") &&
		    spent_time(c, &wb))
			score -= 40;
		/* "assault detachments attacked strongpoints": a noun
		 * naming a kind of unit is no event; a verb wins */
		if (e->pos == 'n' && unit_noun_after(c, s, &c->m[i]))
			score -= 15;
		/* "pausing attacks on army positions": what is halted is
		 * the halt's object, not an event */
		if (e->pos == 'n' &&
		    (e->kind == SR_KIND_ATTACK || e->kind == SR_KIND_STRIKE ||
		     sr__x_kind_violent(c, kind)) &&
		    halted_before(c, &wb))
			continue;
		/* "a day after a teenager was shot dead": told to date
		 * another event, so it loses to any trigger outside, toll
		 * or not */
		dated = sr__x_time_after(c, s, c->m[i].off);
		/* "before being driven out": a weak territory word loses to
		 * the fighting it ends (not armed men who walked into the
		 * town: they hold it, "after brief clashes on the
		 * outskirts") */
		if (e->strength <= 1 && sr__streq(k->name, "territory_gain") &&
		    !extra_is(extra, "+troops"))
			score -= 25;
		/* "the area was occupied from March to September", "was
		 * occupied until last autumn": a past occupation's span */
		if (sr__streq(e->phrase, "occupied") &&
		    sr__x_passive_before(c, s, c->m[i].off)) {
			static const char *const spans[] = {
				"from", "until", "till", "for", "between",
			};
			struct sr_span w =
			    sr__next_word(c->text, s->span.off + s->span.len,
					  c->m[i].off + c->m[i].len, 0);

			if (w.len &&
			    sr__word_in(c->text, w, spans, SR_ARRAY_LEN(spans)))
				continue;
		}
		if (kind == c->e->kid[K_TERRITORY_GAIN] &&
		    seized_goods(c, s, e, c->m[i].off))
			continue;
		/* "officers detained the owner of a bookshop and seized part
		 * of its stock": what an arrest's searchers seize is part of
		 * the arrest */
		if (kind == c->e->kid[K_TERRITORY_GAIN] &&
		    sr__x_starts(e->phrase, "seiz") &&
		    arrest_and_before(c, s, c->m[i].off))
			continue;
		/* "as the last residents were being driven out under fire":
		 * people made to leave, no ground taken */
		if (sr__streq(k->name, "territory_gain") &&
		    sr__x_passive_before(c, s, c->m[i].off) &&
		    people_before(c, s, c->m[i].off))
			continue;
		{
			struct sr_span cl = sr__x_clause_of(c, s, c->m[i].off);
			struct sr_span before = { cl.off,
						  c->m[i].off - cl.off };
			struct sr_span after = { c->m[i].off + c->m[i].len, 0 };
			struct sr_span w1 = sr__next_word(
			    c->text, cl.off + cl.len, after.off, 0);
			int bg = sr__x_cue_in(c, s, own_phrase(c, &wb, before),
					      SR_CUE_GENERIC) ||
				 possessed(c, s, &wb, e);

			/* "offensive strategy", "attack capabilities" */
			if (w1.len) {
				after.len = w1.off + w1.len - after.off;
				bg |=
				    sr__x_cue_in(c, s, after, SR_CUE_ABSTRACT);
				/* "a Russian landing ship": a modifier; so in
				 * "blast injuries", "shrapnel wounds" (the
				 * kind of harm, told of an event already
				 * named) */
				/* (the object of a verb phrase is no head:
				 * "set fire to boats"; a verb of one word may
				 * be a noun, "supply hub") */
				if (w1.off == after.off + 1 &&
				    !(e->pos == 'v' &&
				      strchr(e->phrase, ' ')) &&
				    (sr__x_cue_in(c, s, after,
						  SR_CUE_HEADNOUN) ||
				     sr__word_in(c->text, w1, harm,
						 SR_ARRAY_LEN(harm))))
					continue;
			}
			/* "to discuss a grain deal": a topic, not an act */
			if (sr__x_topic_before(c, s, c->m[i].off))
				score -= 50;
			/* "collected coordinates for Russian missile
			 * strikes": a purpose, not the act told */
			if (e->pos == 'n' && for_purpose(c, &wb))
				score -= 40;
			if (e->pos == 'n' && feared(c, &wb))
				continue;
			/* "an assault backed by armour and artillery fire":
			 * the support of the act told, not the act */
			if (e->pos == 'n' && ((s->cues >> SR_CUE_BY) & 1u) &&
			    back_in(&wb, 0, 5, backing, SR_ARRAY_LEN(backing)))
				score -= 40;
			/* "the liberated regions", "the previously seized
			 * city": a participle used as an adjective */
			if (attributive(c, s, &wb, e))
				continue;
			/* "the capture came amid...": a noun pointing back
			 * to an event already told, with nothing new (not
			 * "were calling off the ceasefire": its end is new) */
			if (anaphoric(c, s, i, e) &&
			    !extra_is(extra, "+one-side"))
				continue;

			/* the trigger the toll belongs to (not "setting
			 * houses alight and killing 27": burning kills no
			 * one, the attack it is part of does) */
			if ((sr__x_cue_in(c, s, cl, SR_CUE_KILL) ||
			     sr__x_cue_in(c, s, cl, SR_CUE_INJURE)) &&
			    kind != c->e->kid[K_LOOTING_DESTRUCTION])
				score += 40;
			/* "moved 200 soldiers there after a string of
			 * jihadist raids", "arrested three men after a
			 * series of bombings": the acts that led to the one
			 * told */
			if (e->pos == 'n' && after_series(c, &wb)) {
				bg = 1;
				score -= 40;
			}
			/* "recent drone attacks", "both sides launching" */
			if (bg)
				score -= 25;
			/* "During a counterattack near X, troops destroyed
			 * two tanks": the scene is set, the main clause
			 * tells who did what */
			if (e->pos == 'n' && scene_setting(c, s, &wb))
				score -= 15;
			/* equipment named: a supply deal is military aid */
			if (sr__streq(k->name, "military_aid") &&
			    sr__x_sentence_has_weapon(c, s))
				score += 30;
			if (dated && score > 0)
				score = 0;
			if (score > best_score) {
				best_score = score;
				best = (int)i;
				best_dated = dated;
				*kind_out = kind;
				*extra_out = extra;
				*bg_out = bg;
			}
		}
	}
	/* "A missile killed six in Zaporizhzhia, a day after an attack on
	 * Kharkiv killed two": the only trigger dates the event by another;
	 * the weapon and the toll before it tell the event (the toll path
	 * takes it) */
	if (best >= 0 && best_dated && harm_before_after(c, s, c->m[best].off))
		return -1;
	if (best >= 0)
		*kind_out = refine_kind(c, s, (uint32_t)best, *kind_out);
	/* "clashed with police and vandalised factories", "threw fireworks
	 * at police, torched cars": damage done in a riot is the riot's */
	if (best >= 0 && riot_seen &&
	    *kind_out == c->e->kid[K_LOOTING_DESTRUCTION]) {
		*kind_out = c->e->kid[K_VIOLENT_DEMONSTRATION];
		*extra_out = "+riot";
	}
	/* "Militiamen torched homes and killed 20 civilians", "raided two
	 * villages, setting huts alight and killing 14 people", "abducted
	 * and killed two aid workers", "rounded up and shot 40": burning or
	 * seizing people while killing them is part of the attack on
	 * them (not when the police arrest after a killing) */
	if (best >= 0 &&
	    (*kind_out == c->e->kid[K_LOOTING_DESTRUCTION] ||
	     *kind_out == c->e->kid[K_ABDUCTION] ||
	     (*kind_out == c->e->kid[K_ARREST] &&
	      !sr__x_has_actor_type(c, s, SR_ACT_POLICE) &&
	      !sr__x_has_actor_type(c, s, SR_ACT_HEAD_POLICE))) &&
	    kills_with_it(c, s, (uint32_t)best) &&
	    (((s->cues >> SR_CUE_CIVILIAN) & 1u) ||
	     ((s->cues >> SR_CUE_PERSON) & 1u)) &&
	    !sr__x_negated_before(c, s, c->m[best].off)) {
		*kind_out = c->e->kid[K_ATTACK_CIVILIANS];
		*extra_out = "+killing";
	}
	/* "police moved in with water cannon and pepper spray to clear the
	 * avenue, and 20 people were detained": arrests made while a crowd
	 * is cleared are an intervention on a protest */
	if (best >= 0 && *kind_out == c->e->kid[K_ARREST] &&
	    crowd_control(c, s)) {
		*kind_out = c->e->kid[K_PROTEST_INTERVENTION];
		*extra_out = "+crowd-control";
	}
	/* "Residents seized two men they accused of theft, beat them and
	 * set one alight": a crowd's violence is mob violence */
	if (best >= 0 &&
	    (*kind_out == c->e->kid[K_ABDUCTION] ||
	     *kind_out == c->e->kid[K_ATTACK_CIVILIANS]) &&
	    crowd_subject(c, s)) {
		*kind_out = c->e->kid[K_MOB_VIOLENCE];
		*extra_out = "+crowd";
	}
	/* "detonated them inside the compound, killing five others
	 * including the attacker himself": the bomber died by his own
	 * blast, a suicide bombing */
	if (best >= 0 &&
	    (*kind_out == c->e->kid[K_REMOTE_EXPLOSIVE] ||
	     *kind_out == c->e->kid[K_EXPLOSION]) &&
	    sr__x_sentence_has_cue(c, s, SR_CUE_KILL) &&
	    (sr__x_has_text(c->text, s->span, "attacker himself") ||
	     sr__x_has_text(c->text, s->span, "bomber himself") ||
	     sr__x_has_text(c->text, s->span, "attacker herself") ||
	     sr__x_has_text(c->text, s->span, "bomber herself") ||
	     sr__x_has_text(c->text, s->span, "killing himself") ||
	     sr__x_has_text(c->text, s->span, "killing herself"))) {
		*kind_out = c->e->kid[K_SUICIDE_BOMB];
		*extra_out = "+self";
	}
	/* "demonstrators set the parliament building on fire": a
	 * protest that destroys property is a violent one */
	if (best >= 0 && damage_seen &&
	    *kind_out == c->e->kid[K_PEACEFUL_PROTEST]) {
		*kind_out = c->e->kid[K_VIOLENT_DEMONSTRATION];
		*extra_out = "+damage";
	}
	return best;
}
/* "lives", "deaths", "injuries": nouns that make an event only with a
 * number in the sentence ("the war's toll on the lives of civilians"). */
static int toll_noun(const char *phrase, const struct sent *s,
		     const struct actx *c)
{
	const struct sr_number *n;
	static const char *const nouns[] = {
		"lives",    "death",  "deaths",	    "fatalities", "fatality",
		"injuries", "injury", "death toll", "dead",	  "toll",
	};
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(nouns); k++)
		if (sr__streq(phrase, nouns[k]))
			return sr__x_sent_numbers(c, s, &n) == 0;
	return 0;
}
/* 1 if a count of fighters follows the killing verb at match i within
 * a few words: "destroyed more than 100 invaders", "eliminated 300
 * Ukrainian servicemen" (a number, then up to two words, then a soldier
 * noun or armed forces). */
static int fighters_counted(const struct actx *c, const struct sent *s,
			    uint32_t i)
{
	struct sr_number n[4];
	uint32_t end = c->m[i].off + c->m[i].len, j;
	struct sr_span after = { end, 0 };
	size_t nn, k;

	after.len = s->span.off + s->span.len - end;
	if (after.len > 40)
		after.len = 40;
	nn = sr__numbers(c->text, after, n, 4);
	for (k = 0; k < nn && k < 1; k++) {
		uint32_t nend = n[k].span.off + n[k].span.len;

		if (n[k].ordinal ||
		    sr__x_words_between(c->text, end, n[k].span.off) > 2)
			return 0;
		for (j = s->m0; j < s->m1; j++) {
			const struct sr_entry *e = sr__match_entry(c, j);

			if (c->m[j].off < nend)
				continue;
			if (sr__x_words_between(c->text, nend, c->m[j].off) > 2)
				return 0;
			if ((e->type == SR_ENT_CUE &&
			     e->sub == SR_CUE_SOLDIER) ||
			    (e->type == SR_ENT_ACTOR &&
			     (e->sub == SR_ACT_MIL ||
			      e->sub == SR_ACT_HEAD_MIL ||
			      e->sub == SR_ACT_ENEMY)))
				return 1;
		}
	}
	return 0;
}
/* 1 if the sentence tells of harm only by a noun of wounds ("Two
 * residents have shrapnel wounds"): whoever it names suffered it, and a
 * crowd there is no mob. */
static int wounds_only(const struct actx *c, const struct sent *s)
{
	static const char *const nouns[] = { "wounds", "injuries", "injury",
					     "burns" };
	uint32_t i;
	int n = 0;

	if (sr__x_sentence_has_cue(c, s, SR_CUE_KILL))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span w = { c->m[i].off, c->m[i].len };

		if (e->type != SR_ENT_CUE || e->sub != SR_CUE_INJURE)
			continue;
		if (!sr__word_in(c->text, w, nouns, SR_ARRAY_LEN(nouns)))
			return 0;
		n++;
	}
	return n > 0;
}

/* 1 if the kill cue at match i is bodies handed back: "The bodies of
 * fallen soldiers were also handed over", "Ukraine received the bodies
 * of 77 soldiers in a repatriation" (a body or remains with a verb or
 * noun of giving back within twelve words either side): a repatriation,
 * not deaths told. */
static int bodies_returned(const struct actx *c, const struct sent *s,
			   uint32_t i, const struct sr_entry *e)
{
	static const char *const back[] = {
		"handed",   "returned",	 "repatriated", "repatriation",
		"received", "exchanged", "exchange",	"transferred",
		"handover", "swap",	 "handing",	"returning",
	};

	if (!(sr__x_starts(e->phrase, "bod") ||
	      sr__streq(e->phrase, "dead bodies") ||
	      sr__streq(e->phrase, "remains")))
		return 0;
	return sr__x_word_ahead(c, s, c->m[i].off + c->m[i].len, 12, back,
				SR_ARRAY_LEN(back), NULL, 0) ||
	       sr__x_word_behind(c, s, c->m[i].off, 12, back,
				 SR_ARRAY_LEN(back));
}
int sr__x_toll_trigger(const struct actx *c, const struct sent *s,
		       int prev_told, int *kind, const char **extra,
		       const struct sr_entry **te)
{
	uint32_t i;
	int k = -1, before = -1;

	/* (a running total since the war began is no one toll) */
	if (running_since(c, s))
		return -1;
	/* "AFU destroyed more than 100 invaders": fighters killed in
	 * numbers are a battle's toll (the matches read only when the
	 * sentence's cue bits have such a cue) */
	for (i = (s->cues >> SR_CUE_KILLP) & 1u ? s->m0 : s->m1; i < s->m1;
	     i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_KILLP &&
		    !sr__x_inside_longer(c, s, i) &&
		    !sr__x_negated_before(c, s, c->m[i].off) &&
		    fighters_counted(c, s, i)) {
			*kind = c->e->kid[K_ARMED_CLASH];
			*extra = "+fighters";
			*te = &toll_entry;
			return (int)i;
		}
	}

	/* the toll is a kill or injure cue of the sentence, looked for
	 * last: with none, the kind below need not be read */
	if (!((s->cues >> SR_CUE_KILL) & 1u || (s->cues >> SR_CUE_INJURE) & 1u))
		return -1;
	/* "In Bilozerka an enemy drone went after a utility truck. The
	 * driver was killed": the weapon and place of the sentence before,
	 * in the paragraph, which told no event of its own (else the toll
	 * went to it, toll_continues) */
	if (s->wkind < 0 && !prev_told && s > c->s && s[-1].para == s->para &&
	    s[-1].wkind >= 0 && s[-1].p1 > s[-1].p0)
		before = s[-1].wkind;
	if (s->p1 == s->p0 && !((s->types >> SR_ENT_ACTOR) & 1u) &&
	    !((s->types >> SR_ENT_COUNTRY_DEMONYM) & 1u) && before < 0)
		return -1;
	if (s->wkind >= 0) {
		k = s->wkind;
		*extra = "+weapon";
		/* "sprayed the customers with gunfire, killing a dozen
		 * people": small arms turned on civilians, no soldier
		 * named, are an attack on them, not a clash */
		if (k == c->e->kid[K_ARMED_CLASH] &&
		    (((s->cues >> SR_CUE_CIVILIAN) & 1u) ||
		     ((s->cues >> SR_CUE_PERSON) & 1u)) &&
		    !((s->cues >> SR_CUE_SOLDIER) & 1u) &&
		    armed_actors(c, s) <= 1) {
			k = c->e->kid[K_ATTACK_CIVILIANS];
			*extra = "+weapon+civilian-victims";
		}
	} else if (before >= 0) {
		k = before;
		*extra = "+weapon-before";
	} else if (crowd_subject(c, s) && !wounds_only(c, s)) {
		k = c->e->kid[K_MOB_VIOLENCE];
		*extra = "+crowd";
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
		    !sr__x_inside_longer(c, s, i) &&
		    !toll_noun(e->phrase, s, c) &&
		    !sr__x_sentenced_to_death(c, s, &c->m[i], e) &&
		    !sr__x_accident_toll(c, s, &c->m[i]) &&
		    !sr__x_negated_before(c, s, c->m[i].off) &&
		    !sr__x_in_slogan(c, s, c->m[i].off) &&
		    !bodies_returned(c, s, i, e)) {
			/* "the killing of three servicemen who had laid
			 * down their weapons": soldiers out of combat */
			if (k == c->e->kid[K_ARMED_CLASH] &&
			    captives_shot(c, s, c->m[i].off)) {
				k = c->e->kid[K_ATTACK_CIVILIANS];
				*extra = "+captives-shot";
			}
			*kind = k;
			*te = &toll_entry;
			return (int)i;
		}
	}
	return -1;
}
/* A second event in the same sentence: a decisive trigger of a violent
 * kind in another clause that names its own place ("..., while drones
 * struck Odesa").  Returns its match index or -1. */
int sr__x_second_trigger(const struct actx *c, const struct sent *s,
			 uint32_t first, int first_kind, int *kind,
			 const char **extra)
{
	struct sr_span cl1 = sr__x_clause_of(c, s, c->m[first].off);
	uint32_t i, k;

	for (i = sr__x_trigger_from(s, s->m0); i < s->m1;
	     i = sr__x_trigger_from(s, i + 1)) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span cl;
		const char *x = "";
		int kd, has_place = 0;
		struct back wb;

		if (e->type != SR_ENT_TRIGGER || e->strength < 2 || i == first)
			continue;
		cl = sr__x_clause_of(c, s, c->m[i].off);
		if (cl.off == cl1.off)
			continue;
		/* a place of the clause, first: it depends on the clause
		 * alone, and most clauses have none (the tests after it
		 * only answer, so their order is free) */
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
		back_init(&wb, c, s, c->m[i].off);
		if (sr__x_inside_longer(c, s, i) || negated_b(c, &wb) ||
		    sr__x_context_fails(c, s, i, e) ||
		    attributive(c, s, &wb, e) || anaphoric(c, s, i, e) ||
		    sr__x_topic_before(c, s, c->m[i].off) ||
		    sr__x_time_after(c, s, c->m[i].off) ||
		    /* "During the counterattack near Bakhmut, border
		     * guards destroyed ...": the scene of the main event */
		    (e->pos == 'n' && scene_setting(c, s, &wb)) ||
		    /* "Ukrainian assault brigades pushed south, fighting
		     * their way into ...": a unit's name */
		    (e->pos == 'n' && unit_noun_after(c, s, &c->m[i])))
			continue;
		{
			struct sr_span before = { cl.off,
						  c->m[i].off - cl.off };

			if (sr__x_cue_in(c, s, own_phrase(c, &wb, before),
					 SR_CUE_GENERIC))
				continue;
		}
		kd = resolve_kind(c, s, e, c->m[i].off, &x);
		/* "the blast, which tore through a patrol": the blast's
		 * impact, no second event */
		if (extra_is(x, "+default") && e->kind == SR_KIND_STRIKE &&
		    blast_subject(c, s, c->m[i].off))
			continue;
		if (kd < 0 || (!sr__x_kind_violent(c, kd) &&
			       !(kd == c->e->kid[K_INTERCEPTION])))
			continue;
		if (kd == first_kind && e->kind < 0)
			continue; /* a generic word repeating the first */
		if (kd == c->e->kid[K_ARMED_CLASH] &&
		    side_taken(c, s, c->m[i].off + c->m[i].len))
			continue;
		if (kd == c->e->kid[K_INTERCEPTION] &&
		    got_through(c, s, c->m[i].off))
			continue;
		*kind = kd;
		*extra = x;
		return (int)i;
	}
	return -1;
}
