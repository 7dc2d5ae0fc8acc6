/*
 * roles.c - who acted on whom and who says so: actor mentions (demonyms
 * with head nouns, named actors, metonyms, "its troops"), their roles in
 * active and passive voice, "by X", weapon owners, victims, claimants and
 * the accused; the other side from data/dyads.tsv; speakers of claims and
 * denials and the status they give.  Exports the sr__x_ functions of
 * rules.h.
 */
#include "rules.h"
#include "../core/once.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 if the country named at sp (w the word before it, past an article)
 * is a ship's flag: "flying the flag of Panama", "a Panama-flagged
 * tanker", "sailing under the Liberian flag" (not "the French flag was
 * lowered": a state's own flag). */
static int flag_of(const struct actx *c, const struct sent *s,
		   struct sr_span sp, struct sr_span w)
{
	static const char *const flies[] = { "flying", "under", "sailing",
					     "flies" };
	uint32_t lim = s->span.off + s->span.len, e = sp.off + sp.len;
	struct sr_span n, b = w;

	if (e + 8 <= lim && memcmp(c->text + e, "-flagged", 8) == 0)
		return 1;
	n = sr__next_word(c->text, lim, e, 0);
	if (n.len && n.off == e + 1 && sr__word_is(c->text, n, "flagged"))
		return 1;
	if (w.len && sr__word_is(c->text, w, "of")) {
		b = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!sr__word_is(c->text, b, "flag"))
			return 0;
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	} else if (!(n.len && n.off == e + 1 &&
		     sr__word_is(c->text, n, "flag"))) {
		return 0;
	}
	/* (b: the word before the country, or before "flag of"; past
	 * "the") */
	if (b.len && sr__word_is(c->text, b, "the"))
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	return b.len && sr__word_in(c->text, b, flies, SR_ARRAY_LEN(flies));
}

static int compass_part(const struct actx *c, const struct sent *s,
			struct sr_span w);
static int in_source_header(const struct actx *c, const struct sent *s,
			    struct sr_span sp);

/* The word before the list of capitalised names that the name at off
 * ends ("for" in "meant for Africa, China and Israel"), or before the
 * name itself when it is in no list. */
static struct sr_span before_list(const struct actx *c, const struct sent *s,
				  uint32_t off)
{
	static const char *const seps[] = { ", and ", ", ", " and ", " or " };
	uint32_t p = off, q, st;
	size_t k, n;
	int items;

	for (items = 0; items < 5; items++) {
		/* every separator ends in ", ", "d " or "r ": most names
		 * follow none, and are turned down by two bytes */
		if (p < s->span.off + 2 || c->text[p - 1] != ' ' ||
		    (c->text[p - 2] != ',' && c->text[p - 2] != 'd' &&
		     c->text[p - 2] != 'r'))
			break;
		for (k = 0; k < SR_ARRAY_LEN(seps); k++) {
			n = strlen(seps[k]);
			if (p >= s->span.off + n &&
			    memcmp(c->text + p - n, seps[k], n) == 0)
				break;
		}
		if (k == SR_ARRAY_LEN(seps))
			break;
		q = p - (uint32_t)n;
		for (st = q; st > s->span.off &&
			     sr__word_byte[(unsigned char)c->text[st - 1]] ==
				 SR_WB_WORD;
		     st--)
			;
		if (st == q || c->text[st] < 'A' || c->text[st] > 'Z')
			break;
		p = st;
	}
	return sr__prev_word(c->text, s->span.off, p, 1);
}
/* 1 if the country named after word w only says where something lies:
 * "across the river from Romania", "20 km from Belarus", "on the border
 * with Poland", "bordering Moldova", "grain meant for China". */
static int country_as_landmark(const struct actx *c, const struct sent *s,
			       struct sr_span w)
{
	static const char *const apart[] = {
		"across", "away",   "far",    "km",	    "kilometres",
		"miles",  "metres", "meters", "kilometers", "opposite",
	};
	static const char *const bound[] = {
		"meant", "destined", "bound", "intended", "headed", "shipped",
	};
	struct sr_span b;
	int k;

	if (sr__word_is(c->text, w, "bordering"))
		return 1;
	/* "grain meant for Africa, China and Israel" */
	if (sr__word_is(c->text, w, "for")) {
		b = sr__prev_word(c->text, s->span.off, w.off, 0);
		return b.len &&
		       sr__word_in(c->text, b, bound, SR_ARRAY_LEN(bound));
	}
	if (sr__word_is(c->text, w, "with")) {
		b = sr__prev_word(c->text, s->span.off, w.off, 0);
		return b.len && (sr__word_is(c->text, b, "border") ||
				 sr__word_is(c->text, b, "frontier"));
	}
	if (!sr__word_is(c->text, w, "from"))
		return 0;
	b = w;
	for (k = 0; k < 3; k++) {
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
		if (!b.len)
			return 0;
		if (sr__word_in(c->text, b, apart, SR_ARRAY_LEN(apart)))
			return 1;
	}
	return 0;
}
/* 1 if phrase ends with the word w ("repelled an attack"). */
static int ends_with_word(const char *phrase, const char *w)
{
	size_t n = strlen(phrase), m = strlen(w);

	return n >= m && strcmp(phrase + n - m, w) == 0 &&
	       (n == m || phrase[n - m - 1] == ' ');
}
/* 1 if "opened", "launched" or "started" (after "has"/"have"), then a
 * "case", "investigation", "probe" or "inquiry" within four words,
 * follow end; w is the word after end (sr__next_word in s), which the
 * caller reads too. */
static int opens_case(const struct actx *c, const struct sent *s, uint32_t end,
		      struct sr_span w)
{
	static const char *const opens[] = { "opened", "launched", "started",
					     "open" };
	static const char *const cases[] = { "case", "investigation", "probe",
					     "inquiry", "proceedings" };
	uint32_t lim = s->span.off + s->span.len;
	int k;

	/* "Ukraine's Prosecutor General's Office has opened", "Ukraine's
	 * prosecutor general's office has opened": past the possessive and
	 * the office's name (four words at most, up to the verb) */
	if (end + 2 < lim && c->text[end] == '\'' && c->text[end + 1] == 's' &&
	    c->text[end + 2] == ' ') {
		w = sr__next_word(c->text, lim, end + 2, 0);
		for (k = 0;
		     k < 5 && w.len &&
		     !sr__word_in(c->text, w, opens, SR_ARRAY_LEN(opens)) &&
		     !sr__word_is(c->text, w, "has") &&
		     !sr__word_is(c->text, w, "have") &&
		     !sr__word_is(c->text, w, "had");
		     k++)
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!k || !w.len || k == 5)
			return 0;
		end = w.off - 1;
	}
	/* "Russian investigators opened": the head noun after a
	 * demonym */
	if (w.len && w.off == end + 1 &&
	    !sr__word_in(c->text, w, opens, SR_ARRAY_LEN(opens)) &&
	    !sr__word_is(c->text, w, "has") &&
	    !sr__word_is(c->text, w, "have")) {
		/* the word after it says 1 only as "opened", "launched",
		 * "started", "open", "has", "have" or "had": one that opens
		 * with another letter is turned down by its first byte, as
		 * sr__next_word would find it (one opening with a quote is
		 * read in full) */
		const unsigned char *t = (const unsigned char *)c->text;
		uint32_t b = w.off + w.len;
		unsigned char f;

		while (b < lim && sr__word_byte[t[b]] == SR_WB_BLANK)
			b++;
		if (b >= lim || sr__word_byte[t[b]] != SR_WB_WORD)
			return 0;
		f = t[b] | 0x20;
		if (t[b] != '\'' && f != 'o' && f != 'l' && f != 's' &&
		    f != 'h')
			return 0;
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	}
	if (w.len &&
	    (sr__word_is(c->text, w, "has") ||
	     sr__word_is(c->text, w, "have") || sr__word_is(c->text, w, "had")))
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	if (!w.len || !sr__word_in(c->text, w, opens, SR_ARRAY_LEN(opens)))
		return 0;
	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, cases, SR_ARRAY_LEN(cases)))
			return 1;
	}
	return 0;
}
/* 1 if a claim or denial verb follows within three words:
 * "Russia claims", "Ukrainian officials have stated"; first is the word
 * after end (sr__next_word in s), which the caller reads too. */
static int claimant_after(const struct actx *c, const struct sent *s,
			  uint32_t end, struct sr_span first)
{
	uint32_t p = end, lim = s->span.off + s->span.len;
	struct sr_span w = first;
	int k, cue;

	/* "Russian investigators opened a terrorism case after a drone
	 * hit ...": who investigates reports, it is no party */
	if (opens_case(c, s, end, w))
		return 1;
	/* all the rest says 1 only for a claim or denial cue, and s->cues
	 * holds every cue of the sentence */
	if (!(s->cues & ((1u << SR_CUE_CLAIM) | (1u << SR_CUE_DENY))))
		return 0;

	/* "Vyacheslav Gladkov, governor of Belgorod oblast, said", "Sergei
	 * Aksyonov, who heads the administration, said": an apposition
	 * between commas */
	if (end < lim && c->text[end] == ',') {
		const char *q = memchr(c->text + end + 1, ',',
				       lim - end - 1 < 90 ? lim - end - 1 : 90);

		if (q) {
			uint32_t e2 = (uint32_t)(q - c->text) + 1;

			w = sr__next_word(c->text, lim, e2, 0);
			cue = w.len ? sr__cue_at(c, s, w.off) : 0;
			if (cue == SR_CUE_CLAIM || cue == SR_CUE_DENY)
				return 1;
		}
	}
	for (k = 0; k < 4; k++) {
		w = k ? sr__next_word(c->text, s->span.off + s->span.len, p, 0)
		      : first;
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
/* 1 if an actor a of a state is followed by "(military|army) uniform(s)":
 * "two men in Russian military uniform" are that side's, not a place. */
static int in_uniform(const struct actx *c, const struct sent *s,
		      const struct actor *a)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w =
	    sr__next_word(c->text, lim, a->span.off + a->span.len, 0);

	if (!a->country)
		return 0;
	if (w.len && (sr__word_is(c->text, w, "military") ||
		      sr__word_is(c->text, w, "army")))
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && (sr__word_is(c->text, w, "uniform") ||
			 sr__word_is(c->text, w, "uniforms"));
}
/* "soldiers were killed", "civilians were wounded": the words after an
 * actor make it the victim. */
/* 1 if the toll word w is a verb of dying, whose subject is the victim:
 * "died", "perished", "lost their lives". */
static int intransitive_toll(const struct actx *c, const struct sent *s,
			     struct sr_span w)
{
	struct sr_span n;

	if (sr__word_is(c->text, w, "died") ||
	    sr__word_is(c->text, w, "dies") || sr__word_is(c->text, w, "die") ||
	    sr__word_is(c->text, w, "perished"))
		return 1;
	if (!sr__word_is(c->text, w, "lost"))
		return 0;
	n = sr__next_word(c->text, s->span.off + s->span.len, w.off + w.len, 0);
	return n.len && (sr__word_is(c->text, n, "their") ||
			 sr__word_is(c->text, n, "his") ||
			 sr__word_is(c->text, n, "her"));
}
/* 1 if sentence s has a kill or injure cue: s->cues holds the cue of
 * every match of s, all that sr__cue_at can find there, so without one
 * no toll word follows an actor (the cheap test first: most sentences
 * with actors name no toll). */
static int has_toll_cue(const struct sent *s)
{
	return (s->cues & ((1u << SR_CUE_KILL) | (1u << SR_CUE_INJURE))) != 0;
}
/* 1 if the words from w, the word after an actor in a sentence with a
 * toll cue, make it the victim: "were killed", "died" (victim_after,
 * with w read). */
static int victim_word(const struct actx *c, const struct sent *s,
		       struct sr_span w)
{
	int k, cue, aux = 0, nouns = 0;

	for (k = 0; k < 5 && w.len; k++) {
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_KILL || cue == SR_CUE_INJURE)
			/* "were killed", or a verb of dying: "died",
			 * "lost their lives" (not "killed three") */
			return aux || intransitive_toll(c, s, w);
		if (sr__word_is(c->text, w, "were") ||
		    sr__word_is(c->text, w, "was") ||
		    sr__word_is(c->text, w, "had") ||
		    sr__word_is(c->text, w, "been") ||
		    sr__word_is(c->text, w, "have")) {
			aux = 1;
		} else if (!aux && nouns < 2 &&
			   (cue == SR_CUE_SOLDIER || cue == SR_CUE_PERSON ||
			    cue == SR_CUE_CIVILIAN ||
			    sr__word_is(c->text, w, "army") ||
			    sr__word_is(c->text, w, "military"))) {
			/* the people the demonym is of: "A Russian army
			 * officer was killed", "Ukrainian soldiers died" */
			nouns++;
		} else {
			return 0;
		}
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
	}
	return 0;
}
/* The same of the actor ending at end. */
static int victim_after(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	if (!has_toll_cue(s))
		return 0;
	return victim_word(
	    c, s, sr__next_word(c->text, s->span.off + s->span.len, end, 0));
}
/* 1 if the actor at sp owns what was hit: "a car belonging to an
 * official of the Russian-installed Berdyansk administration exploded",
 * "a warehouse owned by a Ukrainian firm", or rode in it: "a car
 * carrying a Russian-appointed official" ("belonging to", "owned by" or
 * "carrying" within 60 bytes before it, no comma between). */
/* 1 if "belonging to ", "owned by " or "carrying " lies in text[w], as
 * sr__x_has_text would find either: both have a "b", found by one memchr
 * (a letter most windows lack, or have once or twice). */
static int owner_phrase_in(const char *text, struct sr_span w)
{
	const char *lo = text + w.off, *end = lo + w.len, *p = lo, *q;

	while (p < end && (q = memchr(p, 'b', (size_t)(end - p))) != NULL) {
		if (end - q >= 13 && memcmp(q, "belonging to ", 13) == 0)
			return 1;
		if (q - lo >= 6 && end - q >= 3 &&
		    memcmp(q - 6, "owned by ", 9) == 0)
			return 1;
		p = q + 1;
	}
	/* "a car carrying a Russian-appointed official blew up": who rode
	 * in what was hit */
	return sr__x_has_text(text, w, "carrying ");
}
static int owner_victim(const struct actx *c, const struct sent *s,
			struct sr_span sp)
{
	uint32_t lo = sp.off > s->span.off + 60 ? sp.off - 60 : s->span.off;
	struct sr_span win = { lo, sp.off - lo };
	uint32_t p;

	/* (the bytes since the comma are in the window: looked at first,
	 * as most windows have neither phrase) */
	if (sp.off - lo < 9 || !owner_phrase_in(c->text, win))
		return 0;
	/* (the words since the last comma or semicolon of the window) */
	for (p = sp.off; p > lo; p--)
		if (c->text[p - 1] == ',' || c->text[p - 1] == ';')
			break;
	lo = p;
	if (sp.off - lo < 9)
		return 0;
	win.off = lo;
	win.len = sp.off - lo;
	return owner_phrase_in(c->text, win);
}
/* 1 if the actor at sp is among those a killing is of, up to two words
 * after "of": "the killing of three Ukrainian soldiers", "the execution
 * of Russian prisoners". */
static int killing_of(const struct actx *c, const struct sent *s,
		      struct sr_span sp)
{
	static const char *const acts[] = { "killing",	 "killings",
					    "murder",	 "murders",
					    "execution", "executions",
					    "death",	 "deaths" };
	struct sr_span w = { sp.off, 0 };
	int k;

	if (!has_toll_cue(s))
		return 0;
	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "of")) {
			w = sr__prev_word(c->text, s->span.off, w.off, 0);
			return w.len && sr__word_in(c->text, w, acts,
						    SR_ARRAY_LEN(acts));
		}
	}
	return 0;
}
/* 1 if the actor at sp is the one driven out of a place: "cleared the
 * village of Klishchiivka of the occupiers", "freed the town of the
 * enemy" (a verb of clearing up to eight words before its "of"). */
static int cleared_of(const struct actx *c, const struct sent *s,
		      struct sr_span sp)
{
	static const char *const verbs[] = {
		"cleared", "clearing", "freed", "rid", "purged", "cleansed"
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, sp.off, 1);

	return w.len && sr__word_is(c->text, w, "of") &&
	       sr__x_word_behind(c, s, w.off, 8, verbs, SR_ARRAY_LEN(verbs));
}
/* 1 if the actor at sp stands inside an apposition to a named person
 * who was killed or hurt: "Lieutenant General Igor Kirillov, head of
 * Russia's radiation, chemical and biological protection troops, was
 * killed" (the commas around it within 100 bytes, a capitalised name
 * before the first, a toll verb after the last). */
/* The walk back from off (not before lo, at most 100 bytes) to the
 * byte after a comma: where it stops, or UINT32_MAX when a '.' or ';'
 * comes first.  With SSE2, sixteen bytes a step: the nearest comma and
 * the nearest stop of a block are found at once. */
static uint32_t comma_back(const char *text, uint32_t lo, uint32_t off)
{
	uint32_t p = off, stop = off - lo > 100 ? off - 100 : lo;

#if defined(__SSE2__)
	while (p - stop >= 16) {
		__m128i x = _mm_loadu_si128(
		    (const __m128i *)(const void *)(text + p - 16));
		/* bit i: the byte at p - 16 + i */
		unsigned comma = (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(x, _mm_set1_epi8(',')));
		unsigned end = (unsigned)_mm_movemask_epi8(
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('.')),
				 _mm_cmpeq_epi8(x, _mm_set1_epi8(';'))));

		if (comma | end) {
			int hc = comma ? 31 - __builtin_clz(comma) : -1;
			int he = end ? 31 - __builtin_clz(end) : -1;

			return he > hc ? UINT32_MAX : p - 16 + (uint32_t)hc + 1;
		}
		p -= 16;
	}
#endif
	for (; p > stop && text[p - 1] != ','; p--)
		if (text[p - 1] == '.' || text[p - 1] == ';')
			return UINT32_MAX;
	return p;
}
/* 1 if the words after off add who shared the toll before it: "and his
 * assistant were killed", "and her two children were wounded" ("and",
 * "his", "her" or "their", up to two words, then a toll verb). */
static int victim_with(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const poss[] = { "his", "her", "their" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);
	int k;

	if (!w.len || !sr__word_is(c->text, w, "and"))
		return 0;
	w = sr__next_word(c->text, lim, w.off + w.len, 0);
	if (!w.len || !sr__word_in(c->text, w, poss, SR_ARRAY_LEN(poss)))
		return 0;
	for (k = 0; k < 3; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "were") ||
		    sr__word_is(c->text, w, "was") ||
		    sr__word_is(c->text, w, "died"))
			return victim_word(c, s, w);
	}
	return 0;
}
static int apposed_victim(const struct actx *c, const struct sent *s,
			  struct sr_span sp)
{
	uint32_t lo = s->span.off, end = s->span.off + s->span.len, p, q;
	struct sr_span w;
	int commas = 0;

	/* only victim_after says 1, and never without a toll cue */
	if (!has_toll_cue(s))
		return 0;
	p = comma_back(c->text, lo, sp.off);
	if (p == UINT32_MAX || p <= lo || c->text[p - 1] != ',')
		return 0;
	w = sr__prev_word(c->text, lo, p - 1, 0);
	if (!w.len || !(c->text[w.off] >= 'A' && c->text[w.off] <= 'Z'))
		return 0;
	/* the apposition may hold commas of its own ("radiation, chemical
	 * and biological"): the first comma after which a toll follows */
	for (q = sp.off + sp.len; q < end && q - sp.off < 100; q++) {
		if (c->text[q] == ';' || c->text[q] == '.')
			return 0;
		if (c->text[q] == ',' && ++commas <= 4 &&
		    (victim_after(c, s, q + 1) || victim_with(c, s, q + 1)))
			return 1;
	}
	return 0;
}
/* "a Russian cruise missile": a weapon right after the words start..end
 * (one word may come between); with inside, "Russian drones": a weapon
 * among those words. */
static int weapon_after(const struct actx *c, const struct sent *s,
			uint32_t start, uint32_t end, int inside)
{
	uint32_t i;

	/* only a weapon match says 1 (s->types: the types of its
	 * matches) */
	if (!((s->types >> SR_ENT_WEAPON) & 1u))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (inside) {
			if (c->m[i].off >= end)
				break;
			if (c->m[i].off >= start && e->type == SR_ENT_WEAPON)
				return 1;
			continue;
		}
		if (c->m[i].off < end)
			continue;
		if (c->m[i].off > end + 16)
			break;
		if (e->type == SR_ENT_WEAPON &&
		    sr__x_words_between(c->text, end, c->m[i].off) <= 1)
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
		"has",		"have",	      "had",	  "is",
		"was",		"will",	      "would",	  "launched",
		"responded",	"retaliated", "accused",  "blamed",
		"denied",	"says",	      "said",	  "claimed",
		"warned",	"threatened", "rejected", "insists",
		"insisted",	"fired",      "struck",	  "sent",
		"agreed",	"announced",  "ordered",  "hit",
		"attacked",	"confirmed",  "confirms", "admitted",
		"acknowledged", "reported",   "stated",
	};
	/* "Kyiv's airspace", "Moscow's outskirts": the place itself */
	static const char *const parts[] = {
		"airspace",	 "skies",     "sky",
		"outskirts",	 "suburbs",   "centre",
		"center",	 "streets",   "districts",
		"district",	 "residents", "airport",
		"approaches",	 "edge",      "neighbourhoods",
		"neighborhoods", "port",      "territory",
	};
	struct sr_span w;

	if (end + 1 < s->span.off + s->span.len &&
	    (c->text[end] == '\'' || (unsigned char)c->text[end] == 0xE2)) {
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  end + (c->text[end] == '\'' ? 2 : 4), 0);
		return !sr__word_in(c->text, w, parts, SR_ARRAY_LEN(parts));
	}
	w = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	if (!w.len || w.off != end + 1)
		return 0;
	return sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs));
}
/* 1 if a place below the country (a town, a region) is named right
 * before off ("Kharkiv, Ukraine", not "Russia, Ukraine and Belarus" or
 * "Moreover, Germany"). */
static int place_ends_at(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	uint32_t i;

	for (i = s->p0; i < s->p1; i++)
		if (c->pm[i].span.off + c->pm[i].span.len == off &&
		    c->pm[i].place != UINT32_MAX && !c->pm[i].is_country)
			return 1;
	return 0;
}

static int digit_byte(char ch)
{
	return ch >= '0' && ch <= '9';
}
/* The word before the count ending with word w ("by about 300
 * Ukrainian servicemen", "by more than 20 drones", "by dozens of
 * troops"): w itself when w is no count. */
static struct sr_span quantity_before(const struct actx *c,
				      const struct sent *s, struct sr_span w)
{
	/* words that end a count, and words that may come before them */
	static const char *const counts[] = {
		"two",	  "three",   "four",	 "five",     "six",
		"seven",  "eight",   "nine",	 "ten",	     "dozen",
		"dozens", "hundred", "hundreds", "thousand", "thousands",
	};
	static const char *const lead[] = {
		"of",	   "several", "some",	"about",
		"around",  "nearly",  "almost", "up",
		"to",	   "than",    "more",	"over",
		"roughly", "least",   "at",	"approximately",
	};
	struct sr_span p = w;
	int k;

	if (!w.len || !(digit_byte(c->text[w.off]) ||
			sr__word_in(c->text, w, counts, SR_ARRAY_LEN(counts))))
		return w;
	for (k = 0; k < 5; k++) {
		p = sr__prev_word(c->text, s->span.off, p.off, 0);
		if (!p.len ||
		    !(digit_byte(c->text[p.off]) ||
		      sr__word_in(c->text, p, counts, SR_ARRAY_LEN(counts)) ||
		      sr__word_in(c->text, p, lead, SR_ARRAY_LEN(lead))))
			return p.len ? p : w;
	}
	return w;
}
/* 1 if "by" and a count stand between trigger t and actor a, and only
 * those ("an incursion by about 300 Ukrainian servicemen"). */
static int by_after_count(const struct actx *c, const struct sent *s,
			  const struct sr_match *t, const struct actor *a)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, a->span.off, 1);
	struct sr_span b = quantity_before(c, s, w);

	return b.off != w.off &&
	       sr__x_words_between(c->text, t->off + t->len, b.off) == 0;
}

/* 1 if a possessive and a word for held ground follow end ("the
 * occupiers' positions", "the enemy's trenches"). */
static int own_ground_after(const struct actx *c, const struct sent *s,
			    uint32_t end)
{
	static const char *const ground[] = {
		"positions", "position",  "trenches", "lines",
		"side",	     "territory", "bank",     "held",
	};
	uint32_t lim = s->span.off + s->span.len, p = end;
	struct sr_span w;

	if (p < lim && c->text[p] == '\'')
		p++;
	else if (p + 3 <= lim && memcmp(c->text + p, "\xE2\x80\x99", 3) == 0)
		p += 3; /* a typographic apostrophe */
	else
		return 0;
	if (p < lim && c->text[p] == 's')
		p++;
	w = sr__next_word(c->text, lim, p, 0);
	return w.len && w.off == p + 1 &&
	       sr__word_in(c->text, w, ground, SR_ARRAY_LEN(ground));
}
/* 1 if the word before off is a verb of driving out or a preposition:
 * "to push our units out", "fired at our positions". */
static int object_of_push(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	static const char *const words[] = {
		"push",	    "pushed",	"pushing",    "drive",	   "drove",
		"driving",  "dislodge", "dislodging", "oust",	   "ousting",
		"knock",    "at",	"on",	      "against",   "of",
		"encircle", "surround", "attacked",   "attacking", "shelled",
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	return w.len && sr__word_in(c->text, w, words, SR_ARRAY_LEN(words));
}
/* The writer's side, for "our troops" in sentence s: the foe of the side
 * its paragraph names by a word only that side's enemies use ("In the
 * Avdiivka direction our soldiers repelled 31 attacks. The invaders
 * ..."; "the Kyiv regime"); NULL when no such word is there (the roles
 * are then read as if "our" were not said). */
static const struct sr_country *writer_side(const struct actx *c,
					    const struct sent *s)
{
	static const char *const foe[] = {
		"invaders",
		"occupiers",
		"ruscists",
		"orcs",
		"kyiv regime",
		"kiev regime",
		"neo-nazis",
		"ukrainian neo-nazis",
		"nationalists",
		"ukrainian nationalists",
		"kyiv regime militants",
		"kiev regime militants",
	};
	const struct sent *p = s, *end = c->s + c->ns;
	uint32_t i;
	size_t k;

	while (p > c->s && p[-1].para == s->para)
		p--;
	for (; p < end && p->para == s->para; p++)
		for (i = p->m0; i < p->m1; i++) {
			const struct sr_entry *e = sr__match_entry(c, i);
			const char *o;

			if (e->type != SR_ENT_ACTOR || !e->iso3)
				continue;
			for (k = 0; k < SR_ARRAY_LEN(foe); k++)
				if (sr__streq(e->phrase, foe[k]))
					break;
			o = k < SR_ARRAY_LEN(foe)
				? sr__engine_partner(c->e, e->iso3)
				: NULL;
			if (o)
				return sr__country_by_iso3(o);
		}
	return NULL;
}
/* sr__x_collect_actors without the memo. */
/* 1 if word w before actor a is the "of" of "a strike of the Ukrainian
 * armed forces", "attacks of Russian troops": forces named after a strike
 * or attack noun with "of" struck (not "the shelling of Russian
 * positions", whose noun takes its target). */
static int strike_of(const struct actx *c, const struct sent *s,
		     struct sr_span w, const struct actor *a)
{
	static const char *const nouns[] = { "strike", "strikes", "attack",
					     "attacks" };
	struct sr_span n;

	if (!sr__word_is(c->text, w, "of") || a->demonym ||
	    (a->type != SR_ACT_MIL && a->type != SR_ACT_HEAD_MIL))
		return 0;
	n = sr__prev_word(c->text, s->span.off, w.off, 0);
	return n.len && sr__word_in(c->text, n, nouns, SR_ARRAY_LEN(nouns));
}
/* 1 if the words after a demonym ending at end name its people, not its
 * state: "Russian nationals", "Zimbabwean citizens". */
static int nationals_after(const struct actx *c, const struct sent *s,
			   uint32_t end)
{
	static const char *const people[] = { "nationals", "citizens",
					      "emigres", "exiles" };
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

	/* (lower case: "the Libyan National Army" is a state's) */
	return w.len && w.off == end + 1 && c->text[w.off] >= 'a' &&
	       c->text[w.off] <= 'z' &&
	       sr__word_in(c->text, w, people, SR_ARRAY_LEN(people));
}
/* Compass words: adjectives ("in western Ukraine", "in central
 * Moscow") and nouns ("the east of Ukraine", "in south-east Moscow"). */
static const char *const compass_adj[] = {
	"western",	 "eastern",	  "southern",	   "northern",
	"central",	 "north-eastern", "north-western", "south-eastern",
	"south-western", "northeastern",  "northwestern",  "southeastern",
	"southwestern",
};
static const char *const compass_noun[] = {
	"west",	     "east",	   "south",	 "north",      "centre",
	"center",    "north-east", "north-west", "south-east", "south-west",
	"northeast", "northwest",  "southeast",	 "southwest",
};
static void read_actors(const struct actx *c, struct frame *f)
{
	static const char *const land[] = { "territory", "soil", "skies",
					    "airspace" };
	const struct sent *s = f->s;
	uint32_t i, j;
	/* the matches read below: a sentence with none of their types
	 * (s->types) names no actor */
	const uint32_t read = (1u << SR_ENT_COUNTRY_NAME) |
			      (1u << SR_ENT_COUNTRY_DEMONYM) |
			      (1u << SR_ENT_ACTOR);

	f->nact = 0;
	for (i = (s->types & read) ? s->m0 : s->m1;
	     i < s->m1 && f->nact < MAX_ACTORS; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		struct actor a;
		struct sr_span w, after;
		uint32_t end = m->off + m->len;
		int cue;

		/* most matches name no actor: passed over first */
		if (e->type != SR_ENT_COUNTRY_NAME &&
		    e->type != SR_ENT_COUNTRY_DEMONYM &&
		    e->type != SR_ENT_ACTOR)
			continue;
		/* "Russian-held", "Ukrainian-controlled", "NATO-calibre
		 * shells", "Hamas-run": a modifier; but "the Russian-installed
		 * police" are that state's, put in place by it */
		if (end < s->span.off + s->span.len && c->text[end] == '-') {
			static const char *const put[] = { "-installed",
							   "-appointed" };
			size_t k, lim = s->span.off + s->span.len;

			for (k = 0; k < SR_ARRAY_LEN(put); k++)
				if (lim - end >= strlen(put[k]) &&
				    sr__strncaseeq(c->text + end,
						   strlen(put[k]), put[k]))
					break;
			if (k == SR_ARRAY_LEN(put) ||
			    e->type != SR_ENT_COUNTRY_DEMONYM)
				continue;
			end += (uint32_t)strlen(put[k]);
		}
		memset(&a, 0, sizeof(a));
		a.span.off = m->off;
		a.span.len = m->len;
		if (e->type == SR_ENT_COUNTRY_NAME ||
		    e->type == SR_ENT_COUNTRY_DEMONYM) {
			if (!(c->text[m->off] >= 'A' && c->text[m->off] <= 'Z'))
				continue;
			/* "the Russian capital": a place */
			if (e->type == SR_ENT_COUNTRY_DEMONYM &&
			    end + 8 <= s->span.off + s->span.len &&
			    memcmp(c->text + end, " capital", 8) == 0)
				continue;
			/* "Russian nationals fighting on Kyiv's side": people
			 * of a nationality, not its state */
			/* (in a violent act; the nationality of one held
			 * tells whom an arrest is of) */
			if (e->type == SR_ENT_COUNTRY_DEMONYM &&
			    sr__x_kind_violent(c, f->kind) &&
			    nationals_after(c, s, end))
				continue;
			/* "Ukrainian partisans", "Russian Wagner fighters": a
			 * named group right after the demonym is the actor */
			if (i + 1 < s->m1 &&
			    sr__match_entry(c, i + 1)->type == SR_ENT_ACTOR &&
			    c->m[i + 1].off > end &&
			    c->m[i + 1].off <= end + 1 &&
			    sr__match_entry(c, i + 1)->sub < SR_ACT_HEAD_MIL)
				continue;
			a.country = e->country;
			a.iso3 = e->country ? e->country->iso3 : NULL;
			a.demonym = 1;
			/* "Russian forces", "Russia's defence ministry" */
			for (j = i + 1; j < s->m1; j++) {
				const struct sr_entry *h =
				    sr__match_entry(c, j);
				size_t gap_lo = end, gap_hi = c->m[j].off;
				int ok =
				    gap_hi >= gap_lo && gap_hi - gap_lo <= 3;

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
				struct sr_span pw;
				uint32_t q = m->off;

				/* (the byte that ends the word before first:
				 * "our", "its" and "their" end in r or s, in
				 * either case; a quote may stand alone, and
				 * sr__prev_word reads past it) */
				while (q > s->span.off &&
				       sr__word_byte[(unsigned char)
							 c->text[q - 1]] ==
					   SR_WB_BLANK)
					q--;
				if (q == s->span.off ||
				    ((c->text[q - 1] | 0x20) != 'r' &&
				     (c->text[q - 1] | 0x20) != 's' &&
				     c->text[q - 1] != '\''))
					continue;
				pw = sr__prev_word(c->text, s->span.off, m->off,
						   0);

				/* "our troops": the writer's, as the one who
				 * acts (not "to push our units out") */
				if (pw.len && sr__word_is(c->text, pw, "our") &&
				    !object_of_push(c, s, pw.off) &&
				    (a.country = writer_side(c, s)) != NULL) {
					a.span.off = pw.off;
					a.span.len = end - pw.off;
					a.iso3 = a.country->iso3;
					a.name = e->name;
					a.type = e->sub;
					goto have_actor;
				}
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
			/* "Al-Shabaab militants", "Houthi rebels": a generic
			 * noun right after a named group is that group */
			for (j = i + 1; e->sub == SR_ACT_GROUP && j < s->m1 &&
					c->m[j].off <= end + 1;
			     j++) {
				const struct sr_entry *h =
				    sr__match_entry(c, j);

				if (c->m[j].off == end + 1 &&
				    c->text[end] == ' ' &&
				    h->type == SR_ENT_ACTOR &&
				    (h->sub == SR_ACT_UNKNOWN ||
				     h->sub == SR_ACT_HEAD_MIL))
					a.span.len = c->m[j].off + c->m[j].len -
						     a.span.off;
			}
		} else {
			continue;
		}
	have_actor:
		if (!sr__x_in_lim(f, a.span.off, a.span.len))
			continue;
		/* skip matches inside the previous actor's span */
		if (f->nact && a.span.off < f->act[f->nact - 1].span.off +
						f->act[f->nact - 1].span.len)
			continue;
		w = sr__prev_word(c->text, s->span.off, a.span.off, 1);
		/* "in south-east Moscow", "in eastern Ukraine": the
		 * preposition stands before the compass word */
		/* (in lower case: "South Sudan" is a name) */
		if (w.len && c->text[w.off] >= 'a' &&
		    (sr__word_in(c->text, w, compass_adj,
				 SR_ARRAY_LEN(compass_adj)) ||
		     sr__word_in(c->text, w, compass_noun,
				 SR_ARRAY_LEN(compass_noun))))
			w = sr__prev_word(c->text, s->span.off, w.off, 1);
		if (w.len) {
			cue = sr__cue_at(c, s, w.off);
			if (cue == SR_CUE_BY ||
			    sr__cue_at(c, s, quantity_before(c, s, w).off) ==
				SR_CUE_BY)
				a.by = 1;
			else if (strike_of(c, s, w, &a))
				a.by = 1;
			else if (cue == SR_CUE_FROM && !a.demonym &&
				 a.type == SR_ACT_HEAD_MIL)
				a.from = 1;
			/* "a sniper firing from the occupiers' positions":
			 * the side whose ground the fire came from */
			else if (cue == SR_CUE_FROM &&
				 own_ground_after(c, s,
						  a.span.off + a.span.len))
				a.from = 1;
			/* "missiles launched from Russia's Bryansk region":
			 * the state fire came from; "came under fire from
			 * Ukrainian militants": the forces that fired */
			else if (cue == SR_CUE_FROM && a.country &&
				 (a.type == 0 || a.type == SR_ACT_MIL) &&
				 sr__x_kind_violent(c, f->kind))
				a.from = 1;
			else if ((sr__x_is_locative(cue) ||
				  sr__word_is(c->text, w, "against") ||
				  sr__word_is(c->text, w, "at") ||
				  sr__word_is(c->text, w, "to") ||
				  sr__word_is(c->text, w, "across")) &&
				 !in_uniform(c, s, &a))
				a.loc = 1;
			/* "on the territory of the Russian Federation",
			 * "over the skies of Russia": where, not who */
			else if (sr__word_is(c->text, w, "of") &&
				 sr__word_in(c->text,
					     sr__prev_word(c->text, s->span.off,
							   w.off, 0),
					     land, SR_ARRAY_LEN(land)))
				a.loc = 1;
		}
		/* metonyms after a preposition are places, not actors; so
		 * is a country named as where things happen ("In Ukraine,
		 * the city of Kharkiv...", "across Russia"), though not one
		 * named as a target ("attacks on Russia") */
		if (a.type == SR_ACT_METONYM && a.loc)
			continue;
		/* "KHARKIV, Ukraine — ...", "Sumy, Ukraine": a country
		 * after a place and a comma says where that place is */
		if (e->type == SR_ENT_COUNTRY_NAME &&
		    a.span.off >= s->span.off + 3 &&
		    c->text[a.span.off - 2] == ',' &&
		    c->text[a.span.off - 1] == ' ' &&
		    place_ends_at(c, s, a.span.off - 2))
			continue;
		/* "meant for Africa, China and Israel": the whole list */
		if (e->type == SR_ENT_COUNTRY_NAME) {
			struct sr_span h = before_list(c, s, a.span.off);

			if (h.len && country_as_landmark(c, s, h))
				continue;
		}
		if (e->type == SR_ENT_COUNTRY_NAME && w.len &&
		    (sr__word_is(c->text, w, "in") ||
		     sr__word_is(c->text, w, "across") ||
		     sr__word_is(c->text, w, "throughout") ||
		     sr__word_is(c->text, w, "inside") ||
		     sr__word_is(c->text, w, "within")))
			continue;
		/* "a ship flying the flag of Panama", "a Panama-flagged
		 * ship", "under the Liberian flag": a ship's registry */
		if ((e->type == SR_ENT_COUNTRY_NAME ||
		     e->type == SR_ENT_COUNTRY_DEMONYM) &&
		    flag_of(c, s, a.span, w))
			continue;
		/* "a power plant in western Ukraine", "in the east of
		 * Ukraine": a part of the country, where things happen */
		if (e->type == SR_ENT_COUNTRY_NAME && w.len &&
		    compass_part(c, s, w))
			continue;
		/* (the word after the actor, read once for the claimant
		 * and the victim) */
		after = sr__next_word(c->text, s->span.off + s->span.len,
				      a.span.off + a.span.len, 0);
		a.claimant =
		    claimant_after(c, s, a.span.off + a.span.len, after) ||
		    in_source_header(c, s, a.span);
		/* "according to Russian officials" (w is still the word
		 * before the actor, past one "the", "a" or "an") */
		if (sr__word_is(c->text, w, "to")) {
			struct sr_span p0 =
			    sr__prev_word(c->text, s->span.off, w.off, 0);

			if (p0.len && sr__word_is(c->text, p0, "according"))
				a.claimant = 1;
		}
		if (a.type == SR_ACT_METONYM && !a.claimant &&
		    !metonym_acts(c, s, a.span.off + a.span.len))
			continue;
		a.victim = (has_toll_cue(s) && victim_word(c, s, after)) ||
			   apposed_victim(c, s, a.span) ||
			   owner_victim(c, s, a.span) ||
			   killing_of(c, s, a.span) || cleared_of(c, s, a.span);
		/* "Russian drones", "the enemy drones" (a demonym or "enemy"
		 * and a weapon head) owns the weapon it names */
		a.owns_weapon =
		    a.demonym || a.type == SR_ACT_ENEMY
			? weapon_after(c, s, a.span.off,
				       a.span.off + a.span.len, 0)
			: a.country && weapon_after(c, s, a.span.off,
						    a.span.off + a.span.len, 1);
		f->act[f->nact++] = a;
	}
}
void sr__x_collect_actors(const struct actx *c, struct frame *f)
{
	struct actor_memo *m = c->actors;
	/* the kind counts only as violent or not */
	int violent = sr__x_kind_violent(c, f->kind);

	if (m->s == f->s && m->violent == violent && m->lim.off == f->lim.off &&
	    m->lim.len == f->lim.len) {
		f->nact = m->nact;
		memcpy(f->act, m->act, f->nact * sizeof(*f->act));
		return;
	}
	read_actors(c, f);
	m->s = f->s;
	m->lim = f->lim;
	m->violent = violent;
	m->nact = f->nact;
	memcpy(m->act, f->act, f->nact * sizeof(*f->act));
}
/* The country of the state whose words span sp holds ("Russia's general
 * staff", "the Ukrainian military"), or NULL; with forces set, only a
 * state body counts, not a country's name or adjective ("saboteurs from
 * Ukraine"). */
static const struct sr_country *span_state(const struct actx *c,
					   struct sr_span sp, int forces)
{
	size_t lo = 0, hi = c->nm, i;

	if (!sp.len)
		return NULL;
	while (lo < hi) { /* first match at or after sp.off */
		size_t mid = lo + (hi - lo) / 2;

		if (c->m[mid].off < sp.off)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (i = lo; i < c->nm && c->m[i].off < sp.off + sp.len; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off + c->m[i].len > sp.off + sp.len)
			continue;
		if (!forces &&
		    (e->type == SR_ENT_COUNTRY_NAME ||
		     e->type == SR_ENT_COUNTRY_DEMONYM) &&
		    e->country)
			return e->country;
		/* "the defence ministry in Moscow" */
		if (e->type == SR_ENT_ACTOR && e->iso3 &&
		    (e->sub == SR_ACT_MIL || e->sub == SR_ACT_GOV ||
		     e->sub == SR_ACT_POLICE || e->sub == SR_ACT_METONYM))
			return sr__country_by_iso3(e->iso3);
	}
	return NULL;
}
/* 1 if span sp speaks of the writer's own forces ("our troops", "our
 * positions"). */
static int our_side(const struct actx *c, struct sr_span sp)
{
	static const char *const say[] = {
		"our troops",	 "our forces",	 "our positions", "our units",
		"our defenders", "our soldiers", "our fighters",
	};
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(say); k++)
		if (sr__x_has_text(c->text, sp, say[k]))
			return 1;
	return 0;
}
/* 1 if the name template t holds "%s" (strstr(t, "%s")), found by its
 * '%' bytes: a strchr costs less than the strstr of a short name. */
static int has_name_slot(const char *t)
{
	while ((t = strchr(t, '%')) != NULL && t[1] != 's')
		t++;
	return t != NULL;
}
const char *sr__x_region_holder(const struct actx *c, const struct sr_event *ev)
{
	const char *holder = NULL;
	struct sr_place p;
	int edge;
	size_t k;

	if (!ev->spans.place.len)
		return NULL;
	for (k = 0; k < c->npm; k++)
		if (c->pm[k].span.off == ev->spans.place.off &&
		    c->pm[k].place != UINT32_MAX)
			break;
	if (k == c->npm)
		return NULL;
	sr__gaz_place(c->e->gaz, c->pm[k].place, &p);
	if (p.level == SR_PLACE_COUNTRY || !p.admin1_code[0] ||
	    !sr__engine_region(c->e, p.cc, p.admin1_code, &holder, &edge))
		return NULL;
	return holder;
}
/* The foe of the state that installed the teller of sentence sp
 * ("the Russian-installed governor said", "Moscow-installed officials"),
 * or NULL. */
static const char *installed_teller(const struct actx *c, struct sr_span sp)
{
	const char *q = sr__x_find_text(c->text, sp, "-installed");
	const struct sr_country *st;
	struct sr_span w;

	if (!q)
		return NULL;
	w.off = (uint32_t)(q - c->text);
	w.len = 0;
	w = sr__prev_word(c->text, sp.off, w.off, 0);
	if (!w.len)
		return NULL;
	st = span_state(c, w, 0);
	return st ? sr__engine_partner(c->e, st->iso3) : NULL;
}
/* Canonical name of actor a for an event of kind, in the doc's arena. */
const char *sr__x_actor_name(const struct actx *c, const struct actor *a,
			     int kind, const struct sr_event *ev,
			     const char **iso3)
{
	const char *cname = NULL, *tmpl = a->name;

	*iso3 = a->iso3;
	if (a->type == SR_ACT_ENEMY) {
		/* "the enemy": the foe of the state that speaks ("the enemy
		 * lost 480 servicemen," the Russian defence ministry said),
		 * else of the state holding the place, else the other side of
		 * the war the place is in */
		const struct sr_country *sc = span_state(c, ev->spans.claim, 0);
		const char *p = sc ? sr__engine_partner(c->e, sc->iso3) : NULL;
		const struct sr_country *pc;

		/* a state the sentence names: with "our", the writer names
		 * the other side ("the enemy went on a counteroffensive:
		 * Russian units tried to push our troops out"); without it,
		 * state forces named before the enemy face it ("units of the
		 * Dnepr grouping thwarted an attempt by the enemy to land"),
		 * not those after it ("saboteurs working for the Kiev
		 * regime") */
		if (!p) {
			int our = our_side(c, ev->sentence);
			struct sr_span sp = ev->sentence;
			const struct sr_country *nc;
			const char *o;

			if (!our && a->span.off >= sp.off)
				sp.len = a->span.off - sp.off;
			nc = span_state(c, sp, !our);
			o = nc ? sr__engine_partner(c->e, nc->iso3) : NULL;
			if (o)
				p = our ? nc->iso3 : o;
		}
		/* (the writer an official a state installed: "enemy drones
		 * struck Dzhankoi, an adviser to the peninsula's
		 * Russian-installed head wrote") */
		if (!p)
			p = installed_teller(c, ev->sentence);
		/* (the other side from the state that holds the town, when
		 * the sentence names no state: "the enemy struck our city"
		 * of occupied Nova Kakhovka; not "Ukrainian aviation struck
		 * enemy positions near Oleshky") */
		if (!p && ev->location && ev->geo_precision &&
		    ev->geo_precision <= 2 && !span_state(c, ev->sentence, 0)) {
			const char *held = sr__engine_town_holder(
			    c->e, ev->latitude, ev->longitude, ev->event_date,
			    0);

			/* (or that holds its whole region: "the enemy
			 * launched a missile attack on Sevastopol") */
			if (!held)
				held = sr__x_region_holder(c, ev);
			if (held)
				p = sr__engine_partner(c->e, held);
		}
		if (!p)
			p = sr__engine_partner(c->e, ev->iso3);
		pc = p ? sr__country_by_iso3(p) : NULL;

		if (!pc)
			return NULL;
		*iso3 = pc->iso3;
		return sr__arena_printf(&c->doc->arena, "Military Forces of %s",
					pc->name);
	}
	if (a->country)
		cname = a->country->name;
	/* "Governor Gladkov said air defences shot down ...": a named
	 * official taken as the acting side stands for its state's forces
	 * in a violent event, an interception or a territory change */
	if (a->type == SR_ACT_SPEAKER && cname &&
	    (sr__x_kind_violent(c, kind) || kind == c->e->kid[K_INTERCEPTION] ||
	     kind == c->e->kid[K_TERRITORY_TRANSFER]))
		return sr__arena_printf(&c->doc->arena, "Military Forces of %s",
					cname);
	/* a capital or a government acting violently: its armed forces */
	if (a->country && tmpl && !a->demonym &&
	    (a->type == SR_ACT_METONYM || a->type == SR_ACT_GOV ||
	     a->type == SR_ACT_HEAD_GOV) &&
	    sr__x_kind_violent(c, kind) && sr__x_starts(tmpl, "Government of"))
		tmpl = "Military Forces of %s";
	if (a->demonym || !tmpl) {
		if (!a->country)
			return NULL;
		tmpl = sr__x_kind_violent(c, kind) ||
			       (kind == c->e->kid[K_INTERCEPTION]) ||
			       (kind == c->e->kid[K_TERRITORY_TRANSFER])
			   ? "Military Forces of %s"
			   : "Government of %s";
	}
	if (has_name_slot(tmpl)) {
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
/* The word lists of speaker spans (sr__wlist_has), filled once. */
static const char *const titles[] = {
	"governor",	"mayor",	  "minister",	    "ministry",
	"spokesman",	"spokeswoman",	  "spokesperson",   "official",
	"officials",	"police",	  "military",	    "army",
	"authorities",	"administration", "head",	    "chief",
	"commander",	"agency",	  "service",	    "prosecutor",
	"prosecutors",	"prosecutor's",	  "president",	    "council",
	"command",	"staff",	  "witnesses",	    "residents",
	"monitors",	"observers",	  "sources",	    "media",
	"bloggers",	"activists",	  "medics",	    "doctors",
	"rescuers",	"journalists",	  "correspondents", "analysts",
	"spokespeople", "officers",	  "ministries",	    "leaders",
	"lawmakers",	"diplomats",	  "investigators",  "emergency",
};
static const char *const tails[] = {
	"today",     "yesterday", "tonight", "again",	  "also",
	"earlier",   "later",	  "now",     "then",	  "on",
	"last",	     "this",	  "late",    "monday",	  "tuesday",
	"wednesday", "thursday",  "friday",  "saturday",  "sunday",
	"week",	     "night",	  "morning", "evening",	  "afternoon",
	"weekend",   "here",	  "there",   "meanwhile", "called",
	"described", "branded",	  "termed",  "calling",
};
static const char *const cuts[] = {
	"while",      "after",	     "when",	   "since",
	"because",    "although",    "before",	   "until",
	"but",	      "which",	     "claim",	   "claims",
	"allegation", "allegations", "accusation", "accusations",
};
static struct sr_wlist wl_titles = SR_WLIST(titles);
static struct sr_wlist wl_tails = SR_WLIST(tails);
static struct sr_wlist wl_cuts = SR_WLIST(cuts);
static struct sr_once wlists_once = SR_ONCE_INIT;

static void build_wlists(void)
{
	sr__wlist_build(&wl_titles);
	sr__wlist_build(&wl_tails);
	sr__wlist_build(&wl_cuts);
}

/* "the regional governor", "local police": a speaker by office. */
static int span_has_title(const struct actx *c, struct sr_span sp)
{
	size_t p = sp.off;

	while (p < (size_t)sp.off + sp.len) {
		struct sr_span w =
		    sr__next_word(c->text, sp.off + sp.len, p, 0);

		if (!w.len)
			break;
		if (sr__wlist_has(c->text, w, &wl_titles))
			return 1;
		p = w.off + w.len;
	}
	return 0;
}
/* 1 if w ends a speaker span without belonging to the speaker: a time
 * ("on Friday", "today"), a manner adverb ("flatly") or the verb before a
 * predicate ("a claim Moscow called baseless"). */
static int speaker_tail(const char *text, struct sr_span w)
{
	static const char *const ly_nouns[] = {
		"family", "daily", "weekly",   "monthly",
		"ally",	  "rally", "assembly",
	};
	size_t k;

	if (sr__wlist_has(text, w, &wl_tails))
		return 1;
	if (w.len > 4 && text[w.off] >= 'a' && text[w.off] <= 'z' &&
	    text[w.off + w.len - 2] == 'l' && text[w.off + w.len - 1] == 'y')
		return !sr__word_in(text, w, ly_nouns, SR_ARRAY_LEN(ly_nouns));
	for (k = 0; k < w.len; k++)
		if (text[w.off + k] < '0' || text[w.off + k] > '9')
			return 0;
	return 1; /* a day of the month */
}
/* 1 if w opens the speaker's own clause: what comes before it in the
 * span belongs to another clause ("after U.S. officials", "a claim
 * Moscow ..."). */
static int speaker_cut(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_cuts);
}
/* Drop what a speaker span holds besides the speaker: the clause before
 * a subordinator and trailing times and adverbs. */
static void speaker_trim(const char *text, struct sr_span *sp)
{
	size_t end = (size_t)sp->off + sp->len, p = sp->off, cut = 0;
	struct sr_span w, last;

	while (p < end) {
		w = sr__next_word(text, end, p, 0);
		if (!w.len)
			break;
		if (speaker_cut(text, w))
			cut = w.off + w.len;
		p = w.off + w.len;
	}
	if (cut && cut < end) {
		sp->len = (uint32_t)(end - cut);
		sp->off = (uint32_t)cut;
		sr__x_trim_span(text, sp);
	}
	while (sp->len) {
		last = sr__prev_word(text, sp->off, sp->off + sp->len, 0);
		if (!last.len || last.off == sp->off ||
		    !speaker_tail(text, last))
			break;
		sp->len = last.off - sp->off;
		sr__x_trim_span(text, sp);
	}
}
/* Where the words before a claim cue at off start: the walk back from
 * off stops after a ',', ';', '"' or ':' (at the byte after it), at the
 * ninth space (the byte after it: eight words) or at lo.  With SSE2,
 * sixteen bytes a step: the highest mark of a block and the spaces above
 * it are found at once (the walk reads some 25 bytes, a byte at a time
 * before). */
static size_t speaker_start(const char *text, size_t lo, size_t off)
{
	size_t p = off, words = 0;

#if defined(__SSE2__)
	while (p - lo >= 16) {
		__m128i x = _mm_loadu_si128(
		    (const __m128i *)(const void *)(text + p - 16));
		__m128i mk = _mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8(',')),
				 _mm_cmpeq_epi8(x, _mm_set1_epi8(';'))),
		    _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
				 _mm_cmpeq_epi8(x, _mm_set1_epi8(':'))));
		/* bit i: the byte at p - 16 + i */
		unsigned marks = (unsigned)_mm_movemask_epi8(mk);
		unsigned spaces = (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi8(x, _mm_set1_epi8(' ')));
		int hi = marks ? 31 - __builtin_clz(marks) : -1;

		/* the spaces after the last mark, from the highest */
		if (hi >= 0)
			spaces &= ~((2u << hi) - 1u);
		while (spaces) {
			int b = 31 - __builtin_clz(spaces);

			if (++words > 8)
				return p - 16 + (size_t)b + 1;
			spaces &= ~(1u << b);
		}
		if (hi >= 0)
			return p - 16 + (size_t)hi + 1;
		p -= 16;
	}
#endif
	while (p > lo && text[p - 1] != ',' && text[p - 1] != ';' &&
	       text[p - 1] != '"' && text[p - 1] != ':') {
		if (text[p - 1] == ' ' && ++words > 8)
			break;
		p--;
	}
	return p;
}
/* The speaker of a claim cue at match i. */
static struct sr_span speaker(const struct actx *c, const struct sent *s,
			      uint32_t i)
{
	const struct sr_match *m = &c->m[i];
	const struct sr_entry *e = sr__match_entry(c, i);
	struct sr_span sp = { 0, 0 };
	size_t p, words = 0;

	sr__once(&wlists_once, build_wlists);
	if (sr__streq(e->phrase, "according to") ||
	    ((sr__streq(e->phrase, "reports") ||
	      sr__streq(e->phrase, "reported")) &&
	     sr__word_is(c->text,
			 sr__next_word(c->text, s->span.off + s->span.len,
				       m->off + m->len, 0),
			 "from"))) {
		/* after: up to a comma or six words */
		p = m->off + m->len;
		if (!sr__streq(e->phrase, "according to"))
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
		sr__x_trim_span(c->text, &sp);
		return sp;
	}
	/* "clashes were reported": passive, no speaker named */
	{
		struct sr_span pw =
		    sr__prev_word(c->text, s->span.off, m->off, 0);

		if (pw.len && (sr__word_is(c->text, pw, "was") ||
			       sr__word_is(c->text, pw, "were") ||
			       sr__word_is(c->text, pw, "been") ||
			       sr__word_is(c->text, pw, "is") ||
			       sr__word_is(c->text, pw, "are")))
			return sp;
	}
	/* before: from the clause start to the cue, at most eight words */
	p = speaker_start(c->text, s->span.off, m->off);
	sp.off = (uint32_t)p;
	sp.len = (uint32_t)(m->off - p);
	sr__x_trim_span(c->text, &sp);
	speaker_trim(c->text, &sp);
	/* a speaker starts with a capital letter or names an actor:
	 * "regional officials", "the governor" */
	if (sp.len && !(c->text[sp.off] >= 'A' && c->text[sp.off] <= 'Z') &&
	    !span_has_actor(c, s, sp) && !span_has_title(c, sp))
		sp.len = 0;
	if (sp.len > 80)
		sp.len = 0;
	return sp;
}
/* 1 if the falsity word of m is said of a report, not of a noun after
 * it: "the reports were false", "called the claims baseless and ...",
 * but not "spreading false claims". */
static int said_of_report(const struct actx *c, const struct sent *s,
			  const struct sr_match *m)
{
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 m->off + m->len, 0);
	const char *p = c->text + m->off + m->len;

	while (*p == ' ')
		p++;
	if (!w.len || c->text + w.off != p)
		return 1; /* punctuation or the end follows */
	return sr__word_is(c->text, w, "and") ||
	       sr__word_is(c->text, w, "or") ||
	       sr__word_is(c->text, w, "but") ||
	       sr__word_is(c->text, w, "as") || sr__word_is(c->text, w, "by") ||
	       sr__word_is(c->text, w, "in") || sr__word_is(c->text, w, "on") ||
	       sr__word_is(c->text, w, "to");
}
/* 1 if span sp lies in a source header that opens a paragraph, a few
 * words before a colon ("Kharkiv region police: This morning a tractor
 * ran over a mine", "Air Force of the Armed Forces of Ukraine: ..."):
 * who reports, not who acts. */
static int in_source_header(const struct actx *c, const struct sent *s,
			    struct sr_span sp)
{
	static const char *const bodies[] = {
		"police",      "administration", "command",	 "staff",
		"force",       "forces",	 "ministry",	 "service",
		"office",      "governor",	 "mayor",	 "head",
		"spokesman",   "spokeswoman",	 "council",	 "prosecutors",
		"military",    "authorities",	 "department",	 "guard",
		"directorate", "agency",	 "headquarters",
	};
	uint32_t p, lim = s->span.off + s->span.len;
	struct sr_span last;
	int words = 0;

	if (s > c->s && s[-1].para == s->para)
		return 0;
	if (lim > s->span.off + 90)
		lim = s->span.off + 90;
	if (sp.off >= lim || !memchr(c->text + sp.off, ':', lim - sp.off))
		return 0;
	for (p = s->span.off; p < lim && c->text[p] != ':'; p++) {
		if (c->text[p] == ' ' && ++words > 9)
			return 0;
		if (c->text[p] == ',' || c->text[p] == '.')
			return 0;
	}
	if (p >= lim || sp.off + sp.len > p)
		return 0;
	/* a body that speaks ends it; not a topic ("Intelligence about the
	 * counter-offensive of the Armed Forces of Ukraine: ...") */
	last = sr__prev_word(c->text, s->span.off, p, 0);
	return last.len &&
	       sr__word_in(c->text, last, bodies, SR_ARRAY_LEN(bodies));
}
/* 1 if w, the word before a country's name, makes it a part of the
 * country where things happen: a compass adjective after a locative
 * preposition ("in western Ukraine", "across southern Russia") or "of"
 * after a compass noun ("the east of Ukraine", "the north of Syria"). */
static int compass_part(const struct actx *c, const struct sent *s,
			struct sr_span w)
{
	static const char *const prep[] = {
		"in", "across", "throughout", "inside", "within", "of",
	};
	struct sr_span p;

	if (sr__word_is(c->text, w, "of")) {
		p = sr__prev_word(c->text, s->span.off, w.off, 0);
		return p.len && sr__word_in(c->text, p, compass_noun,
					    SR_ARRAY_LEN(compass_noun));
	}
	if (!sr__word_in(c->text, w, compass_adj, SR_ARRAY_LEN(compass_adj)))
		return 0;
	p = sr__prev_word(c->text, s->span.off, w.off, 0);
	return p.len && sr__word_in(c->text, p, prep, SR_ARRAY_LEN(prep));
}
/* 1 if the plan cue m is "May" the month or "may have" (a guess about
 * the past), not a modal of something to come. */
static int not_modal(const struct actx *c, const struct sent *s,
		     const struct sr_match *m)
{
	struct sr_span w;

	if (m->len != 3 || !sr__strncaseeq(c->text + m->off, 3, "may"))
		return 0;
	if (c->text[m->off] == 'M')
		return 1;
	w = sr__next_word(c->text, s->span.off + s->span.len, m->off + m->len,
			  0);
	return w.len && sr__word_is(c->text, w, "have");
}
/* "Russian troops shelled Kherson, two killed - regional authorities.":
 * the short source a headline names after a spaced dash at its end, or
 * an empty span.  No event word may stand in it. */
static struct sr_span dash_source(const struct actx *c, const struct sent *s,
				  uint32_t trig_off)
{
	struct sr_span none = { 0, 0 }, sp = { 0, 0 };
	uint32_t end = s->span.off + s->span.len, p, i;
	int words = 0;

	while (end > s->span.off &&
	       (c->text[end - 1] == '.' || c->text[end - 1] == ' '))
		end--;
	/* the loop below reads a dash at t[-1] ('-') or t[-3..-1] (an en
	 * or em dash, 0xe2 first): with neither byte in its range (two
	 * vectorised searches, where the loop read every byte back to the
	 * trigger), there is none */
	if (end <= trig_off + 2 ||
	    (!memchr(c->text + trig_off + 2, '-', end - trig_off - 2) &&
	     !memchr(c->text + trig_off, 0xe2, end - trig_off)))
		return none;
	for (p = end; p > trig_off + 2; p--) {
		const char *t = c->text + p;
		size_t dl = t[-1] == '-' ? 1
			    : (p >= 3 && (unsigned char)t[-3] == 0xe2 &&
			       (unsigned char)t[-2] == 0x80 &&
			       ((unsigned char)t[-1] == 0x93 ||
				(unsigned char)t[-1] == 0x94))
				? 3
				: 0;

		if (!dl)
			continue;
		if (t[0] != ' ' || c->text[p - dl - 1] != ' ')
			return none; /* "pro-Russian", "Yuzhno-Donetsk" */
		sp.off = p + 1;
		sp.len = end - sp.off;
		break;
	}
	if (p <= trig_off + 2 || !sp.len)
		return none;
	for (i = sp.off; i < end; i++)
		if (c->text[i] == ' ' && ++words >= 8)
			return none;
	for (i = sp.off; i < end; i++)
		if (c->text[i] >= '0' && c->text[i] <= '9')
			return none; /* "- the enemy lost 200 fighters" */
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < sp.off)
			continue;
		if (e->type == SR_ENT_TRIGGER ||
		    (e->type == SR_ENT_CUE &&
		     (e->sub == SR_CUE_KILL || e->sub == SR_CUE_CASUALTY ||
		      e->sub == SR_CUE_INJURE || e->sub == SR_CUE_KILLP)))
			return none;
	}
	return sp;
}

/* The state whose words claim span sp of sentence s holds.  A bare
 * back-reference ("the ministry said", "it said") takes the state of the
 * nearest speaker one or two sentences before in the paragraph: "...,
 * the Russian Defence Ministry said. ...; the ministry said 250
 * Ukrainian servicemen had been killed". */
static const struct sr_country *
claim_state(const struct actx *c, const struct sent *s, struct sr_span sp)
{
	static const char *const back[] = { "the", "it", "he", "she", "they" };
	const struct sr_country *sc = span_state(c, sp, 0);
	const struct sent *p;
	int k;

	if (sc || !sp.len ||
	    !sr__word_in(c->text,
			 sr__next_word(c->text, sp.off + sp.len, sp.off, 0),
			 back, SR_ARRAY_LEN(back)))
		return sc;
	for (p = s, k = 0; k < 2 && p > c->s && p[-1].para == s->para; k++) {
		uint32_t i;

		p--;
		for (i = p->m0; i < p->m1; i++) {
			const struct sr_entry *e = sr__match_entry(c, i);

			if (e->type == SR_ENT_CUE && e->sub == SR_CUE_CLAIM &&
			    (sc = span_state(c, speaker(c, p, i), 0)) != NULL)
				return sc;
		}
	}
	return NULL;
}
/* The ISO3 code of the state that speaks in sentence s (its first claim
 * cue with a state speaker, back-references followed), or NULL. */
const char *sr__x_claim_iso3(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	if (!((s->cues >> SR_CUE_CLAIM) & 1u))
		return NULL;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_country *sc;

		if (e->type != SR_ENT_CUE || e->sub != SR_CUE_CLAIM)
			continue;
		sc = claim_state(c, s, speaker(c, s, i));
		if (sc)
			return sc->iso3;
	}
	return NULL;
}
void sr__x_read_status(const struct actx *c, const struct frame *f,
		       struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t trig_off = c->m[f->trig].off;
	uint32_t i;
	/* the cues read below: a sentence with none of them (s->cues) has
	 * no match the loop stops at */
	const uint32_t read = (1u << SR_CUE_PLAN) | (1u << SR_CUE_FALSE) |
			      (1u << SR_CUE_DENY) | (1u << SR_CUE_CLAIM);

	for (i = (s->cues & read) ? s->m0 : s->m1; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		struct sr_span sp;

		/* only the cues read below, and then only when no longer
		 * match covers them (most cues of a sentence are neither) */
		if (e->type != SR_ENT_CUE ||
		    !(e->sub == SR_CUE_PLAN || e->sub == SR_CUE_FALSE ||
		      e->sub == SR_CUE_DENY ||
		      (e->sub == SR_CUE_CLAIM && !ev->claimed_by)) ||
		    sr__x_inside_longer(c, s, i))
			continue;
		if (e->sub == SR_CUE_PLAN && m->off < trig_off &&
		    trig_off - m->off < 60 &&
		    ev->status == SR_STATUS_REPORTED && !not_modal(c, s, m))
			ev->status = SR_STATUS_PLANNED;
		if (e->sub == SR_CUE_FALSE && !said_of_report(c, s, m))
			continue;
		if (e->sub == SR_CUE_DENY || e->sub == SR_CUE_FALSE) {
			ev->status = SR_STATUS_DENIED;
			sp = speaker(c, s, i);
			/* the event itself is no speaker */
			if (sp.len && !(sp.off <= trig_off &&
					sp.off + sp.len > trig_off)) {
				ev->claimed_by = sr__arena_strndup(
				    &c->doc->arena, c->text + sp.off, sp.len);
				ev->spans.claim = sp;
			}
			return;
		}
		if (e->sub == SR_CUE_CLAIM && !ev->claimed_by) {
			sp = speaker(c, s, i);
			if (!sp.len ||
			    (sp.off <= trig_off && sp.off + sp.len > trig_off))
				continue; /* the event itself is no speaker */
			ev->claimed_by = sr__arena_strndup(
			    &c->doc->arena, c->text + sp.off, sp.len);
			ev->spans.claim = sp;
			if (ev->status == SR_STATUS_REPORTED)
				ev->status = SR_STATUS_CLAIMED;
		}
	}
	if (!ev->claimed_by) {
		struct sr_span sp = dash_source(c, s, trig_off);

		if (sp.len) {
			ev->claimed_by = sr__arena_strndup(
			    &c->doc->arena, c->text + sp.off, sp.len);
			ev->spans.claim = sp;
			if (ev->status == SR_STATUS_REPORTED)
				ev->status = SR_STATUS_CLAIMED;
		}
	}
}
/* 1 if a word between the trigger t and off marks what follows as the
 * means of the attack: "struck Kyiv with Russian drones", "an attack of
 * Russian drones" (of only after a noun trigger). */
int sr__x_instrument_between(const struct actx *c, const struct sr_match *t,
			     const struct sr_entry *te, uint32_t off)
{
	uint32_t p = t->off + t->len;

	while (p < off) {
		struct sr_span w = sr__next_word(c->text, off, p, 0);

		if (!w.len)
			break;
		if (sr__word_is(c->text, w, "with") ||
		    sr__word_is(c->text, w, "using") ||
		    sr__word_is(c->text, w, "by") ||
		    sr__word_is(c->text, w, "from") ||
		    sr__word_is(c->text, w, "via") ||
		    sr__word_is(c->text, w, "involving") ||
		    (te->pos == 'n' && sr__word_is(c->text, w, "of")))
			return 1;
		p = w.off + w.len;
	}
	return 0;
}
/* 1 if sentence s ends with a full stop, a question or exclamation mark
 * or a closing quotation mark (a headline has none). */
static int sentence_closed(const struct actx *c, const struct sent *s)
{
	unsigned char last;

	if (!s->span.len)
		return 0;
	last = (unsigned char)c->text[s->span.off + s->span.len - 1];
	return last == '.' || last == '!' || last == '?' || last == '"' ||
	       last == 0x9d; /* closing quotation mark */
}
/* "101 officials accused of fraud", "positions shelled by Russian
 * forces": a past participle right after its noun, with "of" or an agent
 * after it (or, for an arrest or abduction, a place, a time or nothing),
 * is passive without "was".  "advanced by two kilometres" and
 * "responded by striking" are not agents. */
static int reduced_passive(const struct actx *c, const struct frame *f,
			   const struct sr_match *t, const struct sr_entry *te)
{
	const struct sent *s = f->s;
	size_t n = strlen(te->phrase);
	uint32_t end = s->span.off + s->span.len;
	struct sr_span w, w2, pw;
	size_t k;

	if (te->pos != 'v' || n < 3 || !sr__streq(te->phrase + n - 2, "ed"))
		return 0;
	pw = sr__prev_word(c->text, s->span.off, t->off, 0);
	if (!pw.len || pw.off + pw.len + 1 != t->off ||
	    sr__word_is(c->text, pw, "has") ||
	    sr__word_is(c->text, pw, "have") || sr__word_is(c->text, pw, "had"))
		return 0;
	w = sr__next_word(c->text, end, t->off + t->len, 0);
	/* "SBU: Russian agent detained in Odesa": one is only ever
	 * detained or abducted by someone, so in a headline (no closing
	 * stop) a bare participle after its noun, with a place, a time or
	 * nothing after it, is passive */
	if (!sentence_closed(c, s) &&
	    (f->kind == c->e->kid[K_ARREST] ||
	     f->kind == c->e->kid[K_ABDUCTION]) &&
	    (!w.len || sr__word_is(c->text, w, "in") ||
	     sr__word_is(c->text, w, "at") || sr__word_is(c->text, w, "near") ||
	     sr__word_is(c->text, w, "on") ||
	     sr__word_is(c->text, w, "after") ||
	     sr__word_is(c->text, w, "during")))
		return 1;
	if (!w.len || w.off != t->off + t->len + 1)
		return 0;
	if (sr__word_is(c->text, w, "of"))
		return 1;
	if (!sr__word_is(c->text, w, "by"))
		return 0;
	w2 = sr__next_word(c->text, end, w.off + w.len, 0);
	sr__x_frame_numbers(c, f);
	for (k = 0; k < f->nnum; k++)
		if (f->num[k].span.off == w2.off)
			return 0; /* "by 2 km" */
	if (w2.len) {
		size_t wn;
		int up;
		const struct sr_tword *tw =
		    sr__text_word(c->text, w2.off, end, &wn, &up);

		if (tw && tw->cls >= SR_TW_UNIT && tw->cls <= SR_TW_VAGUE)
			return 0; /* "by two kilometres", "by several" */
	}
	return w2.len && !(c->text[w2.off] >= '0' && c->text[w2.off] <= '9') &&
	       !(w2.len > 4 &&
		 sr__strncaseeq(c->text + w2.off + w2.len - 3, 3, "ing")) &&
	       !sr__word_is(c->text, w2, "night") &&
	       !sr__word_is(c->text, w2, "land") &&
	       !sr__word_is(c->text, w2, "sea") &&
	       !sr__word_is(c->text, w2, "air");
}
/* 1 if "said it", "claimed they" ... follows the claimant a, before the
 * trigger at trig_off and with no comma between: "it" is the speaker. */
static int pronoun_subject(const struct actx *c, const struct sent *s,
			   const struct actor *a, uint32_t trig_off)
{
	uint32_t end = s->span.off + s->span.len, p;
	struct sr_span w =
	    sr__next_word(c->text, end, a->span.off + a->span.len, 0);
	int k;

	/* "the army has said", "the ministry also said" */
	for (k = 0; k < 3 && w.len && w.off < trig_off; k++) {
		if (sr__cue_at(c, s, w.off) == SR_CUE_CLAIM)
			break;
		w = sr__next_word(c->text, end, w.off + w.len, 0);
	}
	if (k == 3 || !w.len || w.off >= trig_off ||
	    sr__cue_at(c, s, w.off) != SR_CUE_CLAIM)
		return 0;
	w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (w.len && sr__word_is(c->text, w, "that"))
		w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (!w.len || w.off >= trig_off ||
	    !(sr__word_is(c->text, w, "it") || sr__word_is(c->text, w, "they")))
		return 0;
	for (p = w.off; p < trig_off; p++)
		if (c->text[p] == ',' || c->text[p] == ';')
			return 0;
	return 1;
}
/* 1 if actor a is followed, within six words and no mark, by "that",
 * "which" or "who" and a verb of trying ("a group that tried to cross",
 * "troops who attempted to storm"). */
static int tried_after(const struct actx *c, const struct sent *s,
		       const struct actor *a)
{
	static const char *const rel[] = { "that", "which", "who" };
	static const char *const tried[] = { "tried", "attempted", "sought" };
	uint32_t end = s->span.off + s->span.len;
	struct sr_span w = { a->span.off + a->span.len, 0 };
	int k;

	for (k = 0; k < 6; k++) {
		uint32_t p = w.off + w.len;

		w = sr__next_word(c->text, end, p, 0);
		if (!w.len)
			return 0;
		for (; p < w.off; p++)
			if (c->text[p] != ' ')
				return 0;
		if (sr__word_in(c->text, w, rel, SR_ARRAY_LEN(rel))) {
			w = sr__next_word(c->text, end, w.off + w.len, 0);
			if (w.len && sr__word_is(c->text, w, "had"))
				w = sr__next_word(c->text, end, w.off + w.len,
						  0);
			return w.len && sr__word_in(c->text, w, tried,
						    SR_ARRAY_LEN(tried));
		}
	}
	return 0;
}
/* 1 if actor a is a state neither side of the war in event ev's country
 * (data/dyads.tsv): the maker of a weapon the sides use. */
static int weapon_maker(const struct actx *c, const struct sr_event *ev,
			const struct actor *a)
{
	const char *foe;

	if (!ev->iso3 || !a->country || !a->country->iso3)
		return 0;
	foe = sr__engine_partner(c->e, ev->iso3);
	return foe && !sr__streq(a->country->iso3, ev->iso3) &&
	       !sr__streq(a->country->iso3, foe);
}
/* "repelled", "fought off", "beat back": the object of the verb is the
 * side that attacked. */
static int repel_word(const char *phrase)
{
	static const char *const stems[] = {
		"repel",       "repuls",      "fought off", "fight off",
		"beat back",   "beaten back", "beat off",   "drove back",
		"driven back", "pushed back", "thwart",	    "foil",
	};
	size_t k;

	/* (the first letter tested inline: most phrases differ there) */
	for (k = 0; k < SR_ARRAY_LEN(stems); k++)
		if (phrase[0] == stems[k][0] &&
		    strncmp(phrase, stems[k], strlen(stems[k])) == 0)
			return 1;
	return 0;
}

/* 1 if a relative clause within eight words after actor a says it came
 * in: "a sabotage group that had crossed into the district", "units
 * which broke into the village" (no comma before the "that"). */
static int intruder_after(const struct actx *c, const struct sent *s,
			  const struct actor *a)
{
	static const char *const rel[] = { "that", "which", "who" };
	static const char *const aux[] = { "had", "has", "have" };
	static const char *const came[] = {
		"crossed", "entered", "infiltrated", "broke",	  "invaded",
		"raided",  "stormed", "tried",	     "attempted",
	};
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = a->span;
	int k;

	for (k = 0; k < 8; k++) {
		uint32_t from = w.off + w.len;

		w = sr__next_word(c->text, lim, from, 0);
		if (!w.len || memchr(c->text + from, ',', w.off - from))
			return 0;
		if (!sr__word_in(c->text, w, rel, SR_ARRAY_LEN(rel)))
			continue;
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (w.len && sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux)))
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
		return w.len &&
		       sr__word_in(c->text, w, came, SR_ARRAY_LEN(came));
	}
	return 0;
}
/* 1 if a verb of destroying stands right before actor a (an article or
 * a count between): "destroyed a Ukrainian sabotage group", "eliminated
 * two Russian assault groups". */
static int destroyed_before(const struct actx *c, const struct sent *s,
			    const struct actor *a)
{
	static const char *const verbs[] = {
		"destroyed",   "eliminated",  "liquidated", "neutralised",
		"neutralized", "annihilated", "defeated",   "routed",
		"destroying",  "eliminating",
	};
	static const char *const between[] = { "a",   "an",    "the",
					       "two", "three", "several" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, a->span.off, 0);

	if (w.len && sr__word_in(c->text, w, between, SR_ARRAY_LEN(between)))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs));
}
/* "our defenders stopped 29 assaults", "repelled 31 attacks": an attack
 * noun (trigger t) that is the object of a verb of stopping, a count or
 * an article between, with actor a right before the verb. */
static int stopped_before(const struct actx *c, const struct sent *s,
			  const struct sr_match *t, const struct actor *a)
{
	static const char *const verbs[] = {
		"stopped", "halted",   "repelled",  "repulsed",	 "thwarted",
		"foiled",  "stopping", "repelling", "repulsing",
	};
	static const char *const between[] = {
		"the",	  "an",	    "all",     "two",	 "three", "four",
		"five",	  "six",    "seven",   "eight",	 "nine",  "ten",
		"eleven", "twelve", "several", "dozens", "enemy", "many",
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, t->off, 0);

	if (w.len && ((c->text[w.off] >= '0' && c->text[w.off] <= '9') ||
		      sr__word_in(c->text, w, between, SR_ARRAY_LEN(between))))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)) &&
	       a && a->span.off + a->span.len <= w.off &&
	       /* (one word between: "have stopped") */
	       sr__x_words_between(c->text, a->span.off + a->span.len, w.off) <=
		   1;
}
/* "UA units report all assaults repulsed", "the attacks were
 * repelled": an attack noun (trigger t) with a verb of stopping after
 * it, past its auxiliaries. */
static int repelled_after(const struct actx *c, const struct sent *s,
			  const struct sr_match *t)
{
	static const char *const verbs[] = {
		"repulsed", "repelled", "stopped", "thwarted", "foiled",
	};
	static const char *const aux[] = { "were", "was",  "had",
					   "have", "been", "being" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, t->off + t->len, 0);
	int k;

	for (k = 0;
	     k < 3 && w.len && sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux));
	     k++)
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs));
}
/* "fought off", "beat back", "drove back": a verb trigger followed by
 * its particle. */
static int repel_particle(const struct actx *c, const struct sent *s,
			  const struct sr_match *t)
{
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 t->off + t->len, 0);

	return w.len && w.off == t->off + t->len + 1 &&
	       (sr__word_is(c->text, w, "off") ||
		sr__word_is(c->text, w, "back"));
}

/* 1 if the words at text[off, off+len) are a verb of sending a weapon:
 * "sent", "launched", "fired", "planted", "dropped". */
int sr__x_launch_verb(const char *text, uint32_t off, uint32_t len)
{
	static const char *const verbs[] = {
		"sent", "launched", "fired", "planted", "dropped",
	};
	struct sr_span w = { off, len };

	/* (by the list's filter, not a strlen of each verb) */
	return sr__word_in(text, w, verbs, SR_ARRAY_LEN(verbs));
}

/* The actor of frame f named as the one who sent, launched, fired or
 * planted the weapon ("the SBU had sent the drones", "a missile launched
 * by Russian bombers"), or NULL. */
const struct actor *sr__x_launcher(const struct actx *c, const struct frame *f)
{
	const struct sent *s = f->s;
	uint32_t end = s->span.off + s->span.len;
	size_t i;

	for (i = 0; i < f->nact; i++) {
		const struct actor *a = &f->act[i];
		struct sr_span v,
		    w = sr__prev_word(c->text, s->span.off, a->span.off, 0);

		if (!a->iso3 && !a->country)
			continue;
		if (w.len && sr__word_is(c->text, w, "by")) {
			v = sr__prev_word(c->text, s->span.off, w.off, 0);
		} else {
			v = sr__next_word(c->text, end,
					  a->span.off + a->span.len, 0);
			if (v.len && (sr__word_is(c->text, v, "had") ||
				      sr__word_is(c->text, v, "has") ||
				      sr__word_is(c->text, v, "have")))
				v = sr__next_word(c->text, end, v.off + v.len,
						  0);
		}
		if (v.len && sr__x_launch_verb(c->text, v.off, v.len))
			return a;
	}
	return NULL;
}

/* In a fight told with no attacker ("Heavy fighting took place near
 * Kreminna, where Ukrainian units were trying to push forward", "listing
 * 14 Russian attacks repelled"): the actor of frame f that attacks or
 * advances, or NULL. */
static const struct actor *advancer(const struct actx *c, const struct frame *f)
{
	static const char *const verbs[] = {
		"push",	     "pushed",	      "pushing", "advance",
		"advanced",  "advancing",     "attack",	 "attacked",
		"attacking", "attacks",	      "assault", "assaults",
		"assaulted", "storm",	      "stormed", "storming",
		"offensive", "counterattack", "break",	 "broke",
	};
	static const char *const aux[] = {
		"were",	  "was",   "had", "have",      "has",  "been",
		"trying", "tried", "to",  "continued", "kept", "again",
	};
	const struct sent *s = f->s;
	uint32_t end = s->span.off + s->span.len;
	size_t i, k;

	for (i = 0; i < f->nact; i++) {
		const struct actor *a = &f->act[i];
		struct sr_span w = { a->span.off + a->span.len, 0 };
		int hops;

		if (!a->country || a->victim || a->claimant || a->loc)
			continue;
		for (hops = 0; hops < 4; hops++) {
			w = sr__next_word(c->text, end, w.off + w.len, 0);
			if (!w.len)
				break;
			for (k = 0; k < SR_ARRAY_LEN(verbs); k++)
				if (sr__word_is(c->text, w, verbs[k]))
					return a;
			if (!sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux)))
				break;
		}
	}
	return NULL;
}

/* 1 if actor a stands for a state (its forces, government, police or the
 * country itself), not a group, civilians or unknown men. */
static int state_side(const struct actor *a)
{
	return a->country &&
	       (a->type == 0 || a->type == SR_ACT_MIL ||
		a->type == SR_ACT_GOV || a->type == SR_ACT_POLICE ||
		a->type == SR_ACT_METONYM || a->type == SR_ACT_HEAD_MIL ||
		a->type == SR_ACT_HEAD_GOV || a->type == SR_ACT_HEAD_POLICE);
}

/* "100 attackers", "200 invaders were eliminated": the dead are named as
 * the speaker's enemy. */
/* 1 if sentence s names soldiers of a state other than cc by their
 * people ("20 Ukrainian servicemen", "Russian soldiers"): a demonym
 * right before a soldier word. */
static int foe_soldiers(const struct actx *c, const struct sent *s,
			const struct sr_country *cc)
{
	uint32_t i;

	for (i = s->m0; i + 1 < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_entry *n = sr__match_entry(c, i + 1);

		if (e->type == SR_ENT_COUNTRY_DEMONYM && e->country &&
		    e->country != cc && n->type == SR_ENT_CUE &&
		    n->sub == SR_CUE_SOLDIER &&
		    c->m[i + 1].off == c->m[i].off + c->m[i].len + 1)
			return 1;
	}
	return 0;
}
static int enemy_dead(const struct actx *c, const struct sent *s)
{
	static const char *const nouns[] = {
		"attackers", "invaders",    "occupiers",    "militants",
		"saboteurs", "mercenaries", "nationalists",
	};
	uint32_t i;
	size_t k;

	/* (only a soldier cue counts: none in s->cues, none here) */
	if (!((s->cues >> SR_CUE_SOLDIER) & 1u))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type != SR_ENT_CUE || e->sub != SR_CUE_SOLDIER)
			continue;
		for (k = 0; k < SR_ARRAY_LEN(nouns); k++)
			if (sr__streq(e->phrase, nouns[k]))
				return 1;
	}
	return 0;
}

/* "its troops had retaken two villages": a participle after "has",
 * "have" or "had" is an active perfect, not a passive. */
static int perfect_before(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	return w.len && (sr__word_is(c->text, w, "had") ||
			 sr__word_is(c->text, w, "has") ||
			 sr__word_is(c->text, w, "have"));
}

/* 1 if the trigger phrase is a predicate of place after a copula, not a
 * participle: "the army is back in control of the port", "rebels were in
 * control of Goma" (the subject holds the ground; "is" makes no
 * passive). */
static int copular_predicate(const struct sr_entry *te)
{
	return sr__x_starts(te->phrase, "in ") ||
	       sr__x_starts(te->phrase, "back in ");
}

/* 1 if actor a is named as an ally of the subject before it, in an
 * aside: "the army, fighting alongside Rwandan soldiers, retook",
 * "troops backed by Russian fighters": a helper, not the subject. */
static int ally_aside(const struct actx *c, const struct sent *s,
		      const struct actor *a)
{
	static const char *const helped[] = { "backed", "supported", "assisted",
					      "aided", "helped" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, a->span.off, 1);

	if (w.len && sr__word_is(c->text, w, "the"))
		w = sr__prev_word(c->text, s->span.off, w.off, 1);
	if (!w.len)
		return 0;
	if (sr__word_is(c->text, w, "alongside"))
		return 1;
	if (!sr__word_is(c->text, w, "by"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, helped, SR_ARRAY_LEN(helped));
}

/* 1 if the words before off open a clause of its own: "and that
 * Russian special services recruited the man", "said that ..." (not
 * "drones that Russian troops launched"). */
static int that_clause(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const lead[] = { "and",   "said",	"says",
					    "added", "claimed", "reported" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	if (!w.len || !sr__word_is(c->text, w, "that"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, lead, SR_ARRAY_LEN(lead));
}
/* 1 if actor a, past the trigger's clause tcl, is the object of a
 * participle of the same kind of act that opens the next clause: "boats
 * landed near Krynky, breaking through Russian defences", "advanced
 * near Robotyne, storming Russian positions".  The participle tells the
 * same act, so what it is done to is the event's target. */
static int participle_object(const struct actx *c, const struct frame *f,
			     struct sr_span tcl, const struct actor *a)
{
	const struct sent *s = f->s;
	uint32_t i, cl_end = tcl.off + tcl.len;

	for (i = s->m0; i < s->m1 && c->m[i].off < a->span.off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		size_t n;

		if (m->off < cl_end || e->type != SR_ENT_TRIGGER ||
		    e->kind < 0 || e->kind != f->kind || e->pos != 'v' ||
		    !e->phrase)
			continue;
		/* its first word an "-ing" form, right after ", " */
		n = strcspn(e->phrase, " ");
		if (n < 5 || !sr__x_starts(e->phrase + n - 3, "ing") ||
		    m->off < s->span.off + 2 || c->text[m->off - 2] != ',' ||
		    c->text[m->off - 1] != ' ')
			continue;
		return sr__x_clause_of(c, s, m->off).off ==
			   sr__x_clause_of(c, s, a->span.off).off &&
		       sr__x_words_between(c->text, m->off + m->len,
					   a->span.off) <= 2;
	}
	return 0;
}
/* 1 if the word "by" before off follows a verb of launching ("31
 * launched by Russia", "fired by") or an attack noun ("a terrorist attack
 * by the Kiev regime"): it names who attacked. */
static int launched_by(const struct actx *c, const struct sent *s, uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 1);

	static const char *const attacks[] = {
		"attack", "attacks", "strike", "strikes", "attempt", "raid",
	};

	if (!w.len || !sr__word_is(c->text, w, "by"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	/* "calling the attempt a terrorist attack by the Kiev regime" */
	return w.len &&
	       (sr__x_launch_verb(c->text, w.off, w.len) ||
		sr__word_in(c->text, w, attacks, SR_ARRAY_LEN(attacks)));
}
/* 1 if verb t is followed by its direct object: no preposition or
 * adverb of place comes right after it ("attacked strongpoints", not
 * "fought near Bakhmut", "clashed with"). */
static int direct_object(const struct actx *c, const struct frame *f,
			 const struct sr_match *t)
{
	static const char *const preps[] = {
		"in",	   "near",    "around",	   "on",      "at",
		"with",	   "between", "along",	   "for",     "over",
		"across",  "outside", "inside",	   "against", "alongside",
		"through", "off",     "overnight", "again",   "on",
		"from",	   "into",    "to",	   "back",    "heavily",
	};
	struct sr_span w = sr__next_word(
	    c->text, f->s->span.off + f->s->span.len, t->off + t->len, 0);

	return w.len && c->text[t->off + t->len] == ' ' &&
	       !sr__word_in(c->text, w, preps, SR_ARRAY_LEN(preps)) &&
	       sr__cue_at(c, f->s, w.off) != SR_CUE_KILL;
}
/* 1 if the demonym a modifies a military target: "Russian positions",
 * "Ukrainian defensive lines", "enemy trenches". */
static int names_miltarget(const struct actx *c, const struct sent *s,
			   const struct actor *a)
{
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 a->span.off + a->span.len, 0);

	return w.len && sr__cue_at(c, s, w.off) == SR_CUE_MILTARGET;
}
/* 1 if the "-ing" noun trigger t ("storming") is used as a verb: after
 * a form of "be" ("troops were storming Russian positions") or opening a
 * participle clause (", storming Russian positions"); not "the storming
 * of the airport" or "heavy fighting raged". */
static int verbal_ing(const struct actx *c, const struct frame *f,
		      const struct sr_match *t, const struct sr_entry *te)
{
	static const char *const be[] = { "is", "are", "was", "were", "been" };
	size_t n = te->phrase ? strlen(te->phrase) : 0;

	if (te->pos != 'n' || n < 5 || strcmp(te->phrase + n - 3, "ing") != 0)
		return 0;
	if (t->off >= f->s->span.off + 2 && c->text[t->off - 2] == ',' &&
	    c->text[t->off - 1] == ' ')
		return 1;
	return sr__word_in(c->text,
			   sr__prev_word(c->text, f->s->span.off, t->off, 0),
			   be, SR_ARRAY_LEN(be));
}
/* 1 if actor a follows "<participle of holding> by" ("used by",
 * "operated by", "controlled by", "held by"): the holder of what is
 * named before, not the agent of the event. */
static int held_by(const struct actx *c, const struct sent *s,
		   const struct actor *a)
{
	static const char *const held[] = {
		"used",	      "operated", "controlled", "held",	   "occupied",
		"owned",      "run",	  "manned",	"staffed", "guarded",
		"garrisoned", "housed",	  "leased",	"built",   "installed",
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, a->span.off, 1);

	if (!w.len || !sr__word_is(c->text, w, "by"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, held, SR_ARRAY_LEN(held));
}
/* 1 if ev's toll is one person told by a noun, no figure ("A Russian
 * officer accused of torture was killed", HUR said): a killing of
 * someone in particular, which a side tells as it happened, not a count
 * of the enemy's losses. */
static int one_person_named(const struct actx *c, const struct sr_event *ev)
{
	struct sr_span sp = ev->spans.fatalities;
	unsigned char b;

	if (ev->fatalities != 1 || !sp.len)
		return 0;
	b = (unsigned char)c->text[sp.off];
	return !(b >= '0' && b <= '9') &&
	       !(sp.len >= 3 && sr__strncaseeq(c->text + sp.off, 3, "one") &&
		 (sp.len == 3 || c->text[sp.off + 3] == ' '));
}
void sr__x_assign_roles(const struct actx *c, struct frame *f,
			const struct sr_entry *te, struct sr_event *ev)
{
	const struct sr_match *t = &c->m[f->trig];
	const struct actor *by = NULL, *adj = NULL, *subj = NULL, *obj = NULL;
	static const char *const under[] = { "under" };
	const struct actor *claimant = NULL, *a1, *a2;
	int reduced = reduced_passive(c, f, t, te);
	int passive = (te->pos == 'p' && !perfect_before(c, f->s, t->off)) ||
		      (te->kind != -1 && !copular_predicate(te) &&
		       sr__x_passive_before(c, f->s, t->off)) ||
		      reduced;
	struct sr_span tcl = sr__x_clause_of(c, f->s, t->off);
	/* "a man was killed when Russian mortar rounds landed": a weapon
	 * after a toll told in the passive is what killed, not a target */
	int toll_passive = sr__streq(te->phrase, "toll") &&
			   sr__x_passive_before(c, f->s, t->off);
	size_t k;

	const struct actor *obj2 = NULL, *victim = NULL, *from = NULL;
	const struct sr_country *cl_country;
	int clash = (f->kind == c->e->kid[K_ARMED_CLASH]);
	int intercept = (f->kind == c->e->kid[K_INTERCEPTION]);

	for (k = 0; k < f->nact; k++) {
		const struct actor *a = &f->act[k];
		uint32_t aend = a->span.off + a->span.len;

		/* "The mayor of Kharkiv, Ihor Terekhov, expressed ...",
		 * "Deputy Saldo liquidated": a named official who does not
		 * speak here is neither side */
		if (a->type == SR_ACT_SPEAKER && !a->claimant)
			continue;
		if (a->claimant ||
		    (ev->spans.claim.len &&
		     a->span.off >= ev->spans.claim.off &&
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
		/* "shot down 12 drones, out of 31 launched by Russia": the
		 * side that launched the weapons, not the event's agent */
		if (a->by && a->span.off > t->off && intercept &&
		    launched_by(c, f->s, a->span.off)) {
			if (!obj)
				obj = a;
			continue;
		}
		/* "an airfield used by the Russian military": who holds
		 * the thing struck, the target's side */
		/* "repelled an attack by three Ukrainian uncrewed boats":
		 * who made the attack beaten off is its target side, not
		 * who beat it off */
		if (a->by && a->span.off > t->off && intercept &&
		    (ends_with_word(te->phrase, "attack") ||
		     ends_with_word(te->phrase, "attacks") ||
		     ends_with_word(te->phrase, "raid"))) {
			if (!obj)
				obj = a;
			continue;
		}
		if (a->by && a->span.off > t->off && held_by(c, f->s, a)) {
			if (!obj)
				obj = a;
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
		/* "destroyed 3 Russian tanks": a weapon after an active
		 * trigger is its target unless "with", "using" ... marks the
		 * instrument */
		if (a->owns_weapon && !passive && !toll_passive &&
		    a->span.off >= t->off + t->len &&
		    a->span.off < tcl.off + tcl.len &&
		    !sr__x_instrument_between(c, t, te, a->span.off)) {
			if (!obj)
				obj = a;
			else if (!obj2 && a->country != obj->country)
				obj2 = a;
			continue;
		}
		/* "...attacked Ukrainian positions; Ukrainian drones stopped
		 * the column": weapons of another clause are not this act's */
		if (a->owns_weapon &&
		    (a->span.off >= tcl.off + tcl.len || aend <= tcl.off))
			continue;
		if (a->owns_weapon || (a->span.off < t->off && aend > t->off)) {
			if (!adj)
				adj = a;
			continue;
		}
		/* "Robotyne is Ukrainian again", "raised the Russian flag
		 * over": the side a capture phrase names took the place */
		if (a->demonym && f->kind == c->e->kid[K_TERRITORY_GAIN] &&
		    a->span.off >= t->off && aend <= t->off + t->len) {
			if (!adj)
				adj = a;
			continue;
		}
		if (aend <= t->off && (subj || adj) && ally_aside(c, f->s, a))
			continue;
		if (aend <= t->off) {
			/* "a Russian missile attack", "Ukrainian shelling";
			 * but "Russia and Ukraine blamed": the second of
			 * coordinated subjects of a verb is no modifier */
			if (a->demonym &&
			    sr__x_words_between(c->text, aend, t->off) <= 1 &&
			    !(te->pos == 'v' && subj &&
			      sr__x_coordinated(c->text,
						subj->span.off + subj->span.len,
						a->span.off))) {
				adj = a;
				continue;
			}
			if (a->loc)
				continue;
			/* "Denmark and the Netherlands": the first one */
			if (!subj ||
			    !sr__x_coordinated(c->text,
					       subj->span.off + subj->span.len,
					       a->span.off))
				subj = a;
		} else if (a->span.off >= t->off + t->len &&
			   a->span.off < tcl.off + tcl.len &&
			   !that_clause(c, f->s, a->span.off)) {
			/* only in the trigger's clause, not the subject of a
			 * "that" clause ("and that Russian special services
			 * recruited the man") */
			if (!obj)
				obj = a;
			else if (!obj2 && a->country != obj->country)
				obj2 = a;
		} else if (clash && !obj && !passive &&
			   a->span.off >= tcl.off + tcl.len &&
			   participle_object(c, f, tcl, a)) {
			obj = a;
		}
	}
	if (reduced) {
		/* "firms in China and Turkey accused of ...": what stands
		 * before the participle is what it happened to */
		a1 = by;
		a2 = adj ? adj : subj ? subj : obj;
	} else if (passive) {
		a1 = by ? by : adj;
		a2 = subj ? subj : obj;
	} else {
		/* "an attack by Russian forces": the agent; but "Russian
		 * troops tried to break through and were met by Ukrainian
		 * units": that "by" belongs to another verb, the subject
		 * acted */
		int by_own =
		    by && (!(adj || subj) ||
			   sr__x_words_between(c->text, t->off + t->len,
					       by->span.off) <= 2 ||
			   by_after_count(c, f->s, t, by));

		a1 = by_own ? by : adj ? adj : subj;
		a2 = obj ? obj : by_own ? NULL : by;
	}
	if (!a1 && from && sr__x_kind_violent(c, f->kind))
		a1 = from;
	/* "attacked Kherson with Iranian drones", "struck by rockets from
	 * American HIMARS launchers": in a war between two states a third
	 * state's name on a weapon says who made it, not who fired it */
	if (a1 && a1->owns_weapon && weapon_maker(c, ev, a1))
		a1 = !passive && subj && subj != a1 && !subj->owns_weapon
			 ? subj
			 : NULL;
	/* "Ukraine received F-16s from Denmark": the giver is the one the
	 * aid came from, the subject got it */
	if (a2 && sr__x_starts(te->phrase, "receiv") &&
	    sr__word_is(c->text,
			sr__prev_word(c->text, f->s->span.off, a2->span.off, 1),
			"from")) {
		const struct actor *tmp = a1;

		a1 = a2;
		a2 = tmp;
	}
	/* "X is now under the control of Russian troops": the one X is
	 * under took it */

	if (!a1 && obj && sr__streq(te->phrase, "control") &&
	    sr__word_is(
		c->text,
		sr__prev_word(c->text, f->s->span.off, obj->span.off, 1),
		"of") &&
	    sr__x_words_between(c->text, t->off + t->len, obj->span.off) <= 2 &&
	    sr__x_word_behind(c, f->s, t->off, 3, under, 1)) {
		a1 = obj;
		a2 = obj2;
	}
	/* Fighting has two sides and no object: "clashes between Russian and
	 * Ukrainian forces", "fighting raged as Russian forces pressed on".
	 * An actor after the word is a side unless "with/against" marks it
	 * as the other one. */
	/* but "assault detachments attacked strongpoints of the AFU": the
	 * direct object of an attacking verb is its target */
	/* (and so is that of an "-ing" noun used as a verb: "troops were
	 * storming Russian positions", not "the storming of") */
	/* (nor is a side's military target: "the storming of Russian
	 * positions") */
	if (clash && !a1 && obj &&
	    !((te->pos == 'v' || verbal_ing(c, f, t, te)) &&
	      direct_object(c, f, t)) &&
	    !(obj->demonym && names_miltarget(c, f->s, obj))) {
		struct sr_span w =
		    sr__prev_word(c->text, f->s->span.off, obj->span.off, 1);

		if (!(w.len && (sr__word_is(c->text, w, "with") ||
				sr__word_is(c->text, w, "against") ||
				sr__word_is(c->text, w, "on")))) {
			a1 = obj;
			a2 = obj2;
		}
	}
	/* "Ukrainian defenders repelled 35 Russian assaults": the side
	 * repelled attacked; "units of Battlegroup North repelled the
	 * attack": the repellers are the other side, whoever attacked */
	/* (not a side told in a clause of its own before a semicolon:
	 * "the enemy continued trying to encircle Avdiivka; our defenders
	 * repelled 15 attacks") */
	if (clash && (a2 || (a1 && (a1 == subj || a1 == adj))) &&
	    !(a1 && !a2 && a1->span.off + a1->span.len < t->off &&
	      memchr(c->text + a1->span.off + a1->span.len, ';',
		     t->off - (a1->span.off + a1->span.len))) &&
	    !sr__x_passive_before(c, f->s, t->off) &&
	    (repel_word(te->phrase) || repel_particle(c, f->s, t) ||
	     (te->pos == 'n' &&
	      (stopped_before(c, f->s, t, a1) ||
	       (a1 && a1 == subj && a1 != adj &&
		sr__x_words_between(c->text, a1->span.off + a1->span.len,
				    t->off) >= 1 &&
		repelled_after(c, f->s, t)))))) {
		const struct actor *tmp = a1;

		a1 = a2;
		a2 = tmp;
	}
	/* "its forces had destroyed a Ukrainian sabotage group", "wiped
	 * out an enemy assault group": the side whose group (the trigger
	 * noun) was destroyed is the one hit, not the attacker */
	if (clash && te->pos == 'n' && a1 && a1 == adj &&
	    a1->span.off < t->off && destroyed_before(c, f->s, a1)) {
		a2 = a1;
		a1 = subj && subj != adj ? subj : NULL;
	}
	/* "border guards were fighting a Ukrainian sabotage group that had
	 * crossed into the Klimovo district": the side fought that came
	 * in began the fight */
	/* (not "counter-attacked against Russian groups that had
	 * infiltrated": a counter-attack is the subject's) */
	/* (or "border guards had engaged a sabotage group that tried to
	 * cross", the guards no actor: the group is actor1 all the same) */
	if (clash && a2 && a2->span.off > t->off &&
	    intruder_after(c, f->s, a2) &&
	    !sr__word_is(
		c->text,
		sr__prev_word(c->text, f->s->span.off, a2->span.off, 1),
		"against") &&
	    !sr__x_has_text(c->text, f->s->span, "ounter")) {
		const struct actor *tmp = a1;

		a1 = a2;
		a2 = tmp;
	}
	/* "our defenders repelled 26 attacks near X, where the enemy tried
	 * to dislodge our units": the side a where-clause after the
	 * repelled attacks names is the one that attacked */
	if (clash && !a1 && repel_word(te->phrase)) {
		for (k = 0; k < f->nact; k++) {
			const struct actor *a = &f->act[k];

			if (a->span.off > t->off && !a->claimant &&
			    !a->victim &&
			    sr__word_is(c->text,
					sr__prev_word(c->text, f->s->span.off,
						      a->span.off, 1),
					"where")) {
				a1 = a;
				break;
			}
		}
	}
	/* "Russian border guards fought a Ukrainian sabotage group that
	 * tried to cross into the region": the side that tried attacked */
	if (clash && a1 && a2 && a1 == subj && !passive &&
	    a2->span.off > t->off && tried_after(c, f->s, a2)) {
		const struct actor *tmp = a1;

		a1 = a2;
		a2 = tmp;
	}
	/* "Russian troops were repulsed near Krynky", "Ukrainian militants
	 * tried to land; the attack was repulsed", "... were repulsed by
	 * Ukrainian marines": whoever is repulsed attacked; the "by" side,
	 * if named, is the other one */
	if (clash && passive && a2 && a2->span.off + a2->span.len <= t->off &&
	    repel_word(te->phrase) && (!a1 || (by && a1 == by))) {
		const struct actor *tmp = a1;

		a1 = a2;
		a2 = tmp;
	}
	/* "Ukrainian losses", "Russia's losses": the side named with the
	 * losses suffered them; the other side inflicted them */
	if (clash && te->pos == 'n' && sr__x_starts(te->phrase, "loss") && a1 &&
	    !by && (a1 == adj || a1 == subj) &&
	    a1->span.off + a1->span.len <= t->off &&
	    sr__x_words_between(c->text, a1->span.off + a1->span.len, t->off) <=
		1) {
		a2 = a1;
		a1 = NULL;
	}
	/* "Russian forces lost 1,200 soldiers": the subject of "lost" is
	 * the side that suffered the toll */
	if (!passive && a1 && a1 == subj && !by &&
	    sr__word_is(c->text, (struct sr_span){ t->off, t->len }, "lost") &&
	    a1->span.off + a1->span.len <= t->off &&
	    sr__x_words_between(c->text, a1->span.off + a1->span.len, t->off) <=
		2) {
		a2 = a1;
		a1 = NULL;
	}
	if (!a2 && victim && victim != a1)
		a2 = victim;
	/* "The Israeli army said it had killed a Hezbollah commander": the
	 * speaker is the pronoun subject of the event's clause */
	if (claimant && a1 != claimant && !by &&
	    pronoun_subject(c, f->s, claimant, t->off)) {
		if (a1 && a1->country != claimant->country)
			a2 = a1;
		a1 = claimant;
	}
	/* "Over 120 servicemen lost in the Donetsk direction - Russian
	 * Defense Ministry": a side that tells of a fight's losses on the
	 * other side is the side that inflicted them */
	if (!a1 && claimant && claimant->country && clash &&
	    (victim || ev->fatalities > 0) &&
	    (!victim || victim->country != claimant->country) &&
	    (!a2 || a2->country != claimant->country))
		a1 = claimant;
	/* "Ukrainian partisans claimed responsibility" */
	if (!a1 && claimant) {
		struct sr_span w =
		    sr__next_word(c->text, f->s->span.off + f->s->span.len,
				  claimant->span.off + claimant->span.len, 0);
		struct sr_span w2 =
		    w.len ? sr__next_word(c->text,
					  f->s->span.off + f->s->span.len,
					  w.off + w.len, 0)
			  : w;

		if (w2.len && sr__word_is(c->text, w2, "responsibility"))
			a1 = claimant;
	}
	/* "..., blaming Ukrainian forces": the accused side acted (an
	 * explosion's too: "killed in an explosion at a market, the mayor
	 * said, blaming Ukrainian forces") */
	if (!a1 && (sr__x_kind_violent(c, f->kind) ||
		    f->kind == c->e->kid[K_EXPLOSION])) {
		for (k = 0; k < f->nact && !a1; k++) {
			struct sr_span w = sr__prev_word(
			    c->text, f->s->span.off, f->act[k].span.off, 1);

			if (w.len && (sr__word_is(c->text, w, "blaming") ||
				      sr__word_is(c->text, w, "blamed") ||
				      sr__word_is(c->text, w, "accusing") ||
				      sr__word_is(c->text, w, "accused")))
				a1 = &f->act[k];
		}
	}
	/* "Vuhledar has fallen, Ukraine's army acknowledged", "denied that
	 * Pokrovsk had fallen": the speaker is the side that lost it */
	if (!a1 && claimant && (f->kind == c->e->kid[K_TERRITORY_GAIN]) &&
	    strstr(te->phrase, "fallen")) {
		if (!a2)
			a2 = claimant;
	} else if (!a1 && claimant && !(f->kind == c->e->kid[K_EXPLOSION]) &&
		   !(f->kind == c->e->kid[K_LOOTING_DESTRUCTION]) &&
		   ((f->kind == c->e->kid[K_INTERCEPTION]) ||
		    (f->kind == c->e->kid[K_TERRITORY_GAIN]) ||
		    (f->kind == c->e->kid[K_ARREST]) ||
		    (f->kind == c->e->kid[K_TROOP_DEPLOYMENT]) ||
		    !sr__x_kind_violent(c, f->kind)))
		a1 = claimant;
	/* "...after a drone attack; a source said the SBU had sent the
	 * drones" */
	if (!a1 && sr__x_kind_violent(c, f->kind))
		a1 = sr__x_launcher(c, f);
	if (!a1 && clash)
		a1 = advancer(c, f);
	/* "The IAEA team at the plant was informed that a drone had
	 * struck the dome": an international body observes a strike, it
	 * does not make one */
	if (a1 && a1->type == SR_ACT_ORG &&
	    (f->kind == c->e->kid[K_AIR_DRONE_STRIKE] ||
	     f->kind == c->e->kid[K_SHELLING_MISSILE] ||
	     f->kind == SR_KIND_STRIKE || f->kind == SR_KIND_ATTACK))
		a1 = NULL;
	if (a1) {
		ev->actor1 =
		    sr__x_actor_name(c, a1, f->kind, ev, &ev->actor1_iso3);
		if (ev->actor1)
			ev->spans.actor1 = a1->span;
	}
	/* "Dzerzhinsk has been liberated, the defence ministry in Moscow
	 * said": a gain or an interception a state at war reports with no
	 * agent is its own forces' */
	if (!ev->actor1 && !claimant &&
	    ((f->kind == c->e->kid[K_INTERCEPTION]) ||
	     (f->kind == c->e->kid[K_TERRITORY_GAIN]))) {
		const struct sr_country *sc = span_state(c, ev->spans.claim, 0);

		if (sc && sr__engine_partner(c->e, sc->iso3)) {
			sr__x_set_forces(c, sc, &ev->actor1, &ev->actor1_iso3);
			ev->spans.actor1 = ev->spans.claim;
		}
	}
	if (a2 && a2 != a1) {
		ev->actor2 =
		    sr__x_actor_name(c, a2, f->kind, ev, &ev->actor2_iso3);
		if (ev->actor2)
			ev->spans.actor2 = a2->span;
		if (ev->actor1 && ev->actor2 &&
		    sr__streq(ev->actor1, ev->actor2)) {
			ev->actor2 = NULL;
			ev->actor2_iso3 = NULL;
			ev->spans.actor2.len = 0;
		}
	}
	/* "..., the Russian Defence Ministry said, claiming up to 40
	 * Ukrainian servicemen were killed": a side's count of the enemy's
	 * military dead is not a toll to code (ACLED's practice); it stays
	 * as the upper bound of an unknown toll */
	cl_country = claimant && state_side(claimant)
			 ? claimant->country
			 : claim_state(c, f->s, ev->spans.claim);
	/* (in a war between states, data/dyads.tsv, where both sides'
	 * counts are propaganda; a state's count of the insurgents it
	 * killed is reported as told) */
	/* ("the ministry said, claiming that the enemy had lost up to 100
	 * men": whoever calls a side "the enemy" is its foe, and what a
	 * foe loses is fighters) */
	if (ev->fatalities > 0 && !one_person_named(c, ev) &&
	    ((a1 && a1->type == SR_ACT_ENEMY) ||
	     (a2 && a2->type == SR_ACT_ENEMY)) &&
	    !sr__x_sentence_has_cue(c, f->s, SR_CUE_CIVILIAN) &&
	    sr__x_has_text(c->text, f->s->span, " lost ")) {
		ev->fatalities_high = ev->fatalities;
		ev->fatalities = SR_NULL_COUNT;
		ev->fatalities_low = SR_NULL_COUNT;
	}
	if (cl_country && sr__engine_partner(c->e, cl_country->iso3) &&
	    ev->fatalities > 0 && !one_person_named(c, ev) &&
	    sr__x_sentence_has_cue(c, f->s, SR_CUE_SOLDIER) &&
	    (victim ? victim->country && victim->country != cl_country
		    : (a1 && state_side(a1) && a1->country == cl_country) ||
			  (a2 && state_side(a2) && a2->country != cl_country) ||
			  /* "Ukrainian units crossed the border ...,
			   * claiming 100 attackers had been killed" */
			  (clash && a1 && state_side(a1) &&
			   a1->country != cl_country) ||
			  (!a1 && enemy_dead(c, f->s)) ||
			  /* "repelled five attacks, killing up to 20
			   * Ukrainian servicemen", the ministry in Moscow
			   * said */
			  (!a1 && foe_soldiers(c, f->s, cl_country)) ||
			  /* "the enemy lost up to 480 servicemen," the
			   * ministry said */
			  (a1 && a1->type == SR_ACT_ENEMY) ||
			  (a2 && a2->type == SR_ACT_ENEMY))) {
		ev->fatalities_high = ev->fatalities;
		ev->fatalities = SR_NULL_COUNT;
		ev->fatalities_low = SR_NULL_COUNT;
	}
	/* victims: civilians killed or hurt */
	if (!ev->actor2 && sr__x_sentence_has_cue(c, f->s, SR_CUE_CIVILIAN) &&
	    (ev->fatalities > 0 || ev->injured > 0 ||
	     (f->kind == c->e->kid[K_ATTACK_CIVILIANS]) ||
	     (f->kind == c->e->kid[K_ABDUCTION])) &&
	    ev->country) {
		ev->actor2 = sr__arena_printf(&c->doc->arena, "Civilians (%s)",
					      ev->country);
		ev->actor2_iso3 = ev->iso3;
	}
}
/* One side named, the war known: name the other side from dyads.tsv.
 * "Ukrainian drones were shot down" -> the shooter is Russia's forces;
 * "Russian forces captured X" (a clash) -> against Ukraine's.  Nothing is
 * inferred when neither side is named.  Returns 1 if it filled a side. */
/* The user country of the first weapon named in sp that only one side
 * uses (data/weapons.tsv: "the missile, an Iskander"), or NULL. */
static const char *weapon_user(const struct actx *c, struct sr_span sp)
{
	size_t i;

	for (i = 0; i < c->nm && c->m[i].off < sp.off + sp.len; i++)
		if (c->m[i].off >= sp.off &&
		    sr__match_entry(c, i)->type == SR_ENT_WEAPON &&
		    sr__match_entry(c, i)->iso3)
			return sr__match_entry(c, i)->iso3;
	return NULL;
}

void sr__x_set_forces(const struct actx *c, const struct sr_country *co,
		      const char **name, const char **iso3)
{
	*name =
	    sr__arena_printf(&c->doc->arena, "Military Forces of %s", co->name);
	*iso3 = co->iso3;
}

int sr__x_infer_sides(const struct actx *c, int kind, struct sr_event *ev)
{
	const char *p;
	const struct sr_country *pc;
	int opposed = (kind == c->e->kid[K_ARMED_CLASH]) ||
		      (kind == c->e->kid[K_TERRITORY_GAIN]) ||
		      (kind == c->e->kid[K_INTERCEPTION]);

	if (!sr__x_kind_violent(c, kind) &&
	    !(kind == c->e->kid[K_INTERCEPTION]))
		return 0;
	/* "A Shahed drone hit a block of flats in Odesa": a weapon only
	 * one side of the war uses, in the other side's country or in a
	 * place not found */
	if (!ev->actor1 && !(kind == c->e->kid[K_INTERCEPTION]) &&
	    ev->spans.weapons.len) {
		const char *user = weapon_user(c, ev->sentence);

		/* in the adversary's country, or where the report does not
		 * say */
		const char *held = ev->location && ev->geo_precision <= 2
				       ? sr__engine_town_holder(
					     c->e, ev->latitude, ev->longitude,
					     ev->event_date, 0)
				       : NULL;

		p = user ? sr__engine_partner(c->e, user) : NULL;
		/* the adversary's country, or a town it holds ("HIMARS
		 * rockets struck occupied Nova Kakhovka") */
		pc = p && (!ev->iso3 || sr__streq(p, ev->iso3) ||
			   (held && sr__streq(p, held)))
			 ? sr__country_by_iso3(user)
			 : NULL;
		if (pc) {
			sr__x_set_forces(c, pc, &ev->actor1, &ev->actor1_iso3);
			sr__x_infer_sides(c, kind, ev);
			return 1;
		}
	}
	/* "Air defences destroyed two missiles over the Lviv region": a
	 * side defends the sky over its own ground */
	if ((kind == c->e->kid[K_INTERCEPTION]) && !ev->actor1 && !ev->actor2 &&
	    ev->iso3 && sr__engine_partner(c->e, ev->iso3)) {
		pc = sr__country_by_iso3(ev->iso3);
		if (!pc)
			return 0;
		sr__x_set_forces(c, pc, &ev->actor1, &ev->actor1_iso3);
		sr__x_infer_sides(c, kind, ev);
		return 1;
	}
	if (!ev->actor1 && ev->actor2 && ev->actor2_iso3 &&
	    !sr__x_starts(ev->actor2, "Civilians")) {
		p = sr__engine_partner(c->e, ev->actor2_iso3);
		pc = p ? sr__country_by_iso3(p) : NULL;
		if (!pc)
			return 0;
		sr__x_set_forces(c, pc, &ev->actor1, &ev->actor1_iso3);
		return 1;
	}
	if (ev->actor1 && !ev->actor2 && ev->actor1_iso3 && opposed &&
	    sr__x_starts(ev->actor1, "Military Forces of ")) {
		p = sr__engine_partner(c->e, ev->actor1_iso3);
		pc = p ? sr__country_by_iso3(p) : NULL;
		if (!pc)
			return 0;
		sr__x_set_forces(c, pc, &ev->actor2, &ev->actor2_iso3);
		return 1;
	}
	return 0;
}
