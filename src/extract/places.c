/*
 * places.c - place mentions: finds runs of capitalised words that name a
 * gazetteer place (longest first, up to four words; exact names, then
 * romanisation variants by skeleton, then one-edit misspellings of lone
 * names after "in"/"near"), reads the words around them ("near X", "the X
 * region", "X district"), and picks one candidate per mention from article
 * context: the countries and regions the article names, other places and
 * districts it names nearby, feature class and population.  A name inside
 * a longer capitalised run ("President Alexander Lukashenko") is a place
 * only beside compass, region or institution words ("Kharkiv City
 * Council"); stopwords only after a locative word and in a focus country.
 *
 * Exports sr__places_collect, sr__places_resolve, sr__place_to_event.
 * Not here: choosing which mention is an event's place (extract.c).
 */
#include "frame.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_NAME_WORDS 4
#define W_SKELETON     6.0  /* score below an exact name: a spelling variant */
#define W_FUZZY	       12.0 /* a misspelling */
#define W_ALTNAME      6.0  /* below a namesake whose own name it is */
#define W_WARZONE                                                              \
	4.0		      /* a Russian town near the Ukrainian border, in  \
				 a report on the war in Ukraine */
#define MAX_FUZZY	6     /* more places one edit away: not a misspelling */
#define MISSPELT_KM	300.0 /* a misspelt place lies this near another */
#define MAX_SKELETON	8     /* more places of one skeleton: too generic */
#define MAX_FUZZY_TRIES 2     /* misspelling lookups per article (cost bound) */

static void compute_focus(struct actx *c);

/* Two ISO 3166 alpha-2 codes are equal (cheaper than strcmp, asked for
 * every candidate of every name). */
static inline int same_cc(const char *a, const char *b)
{
	return a[0] == b[0] &&
	       (!a[0] || (a[1] == b[1] && (!a[1] || a[2] == b[2])));
}

/* A capitalised word: sr__tokens sets upper for words only (text.h), so
 * the flag alone says it. */
static int is_upper_token(const char *text, const struct sr_token *t)
{
	return t->upper;
}

/* 1 if bytes [off, off+len) are inside a lexicon match that is a country,
 * an actor name (not a metonym) or a weapon. */
static const struct sr_entry *covering_entry(const struct actx *c,
					     const struct sent *s, uint32_t off,
					     uint32_t end)
{
	uint32_t i;

	/* (none of the four types in the sentence: nothing to look at) */
	if (!(s->types &
	      ((1u << SR_ENT_COUNTRY_NAME) | (1u << SR_ENT_COUNTRY_DEMONYM) |
	       (1u << SR_ENT_WEAPON) | (1u << SR_ENT_ACTOR))))
		return NULL;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_match *m = &c->m[i];
		const struct sr_entry *e = sr__match_entry(c, i);

		if (m->off > off)
			break;
		if (m->off + m->len < end)
			continue;
		if (e->type == SR_ENT_COUNTRY_NAME ||
		    e->type == SR_ENT_COUNTRY_DEMONYM ||
		    e->type == SR_ENT_WEAPON ||
		    (e->type == SR_ENT_ACTOR && e->sub != SR_ACT_METONYM))
			return e;
	}
	return NULL;
}

static int push_mention(struct actx *c, const struct mention *pm)
{
	int rc = sr__buf_append(&c->doc->mentions, pm, sizeof(*pm));

	if (rc)
		return rc;
	c->pm = (struct mention *)c->doc->mentions.data;
	c->npm = c->doc->mentions.len / sizeof(*pm);
	return SR_OK;
}

/* Read the words around a mention: preposition, "near", region words. */
static const char *const settlement_word_words[] = {
	"city",	  "town",   "village", "settlement", "port",
	"hamlet", "cities", "towns",   "villages",   "capital",
};
static struct sr_wlist wl_settlement_word = SR_WLIST(settlement_word_words);
static int settlement_word(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_settlement_word);
}

static int lower_after_hyphen(const char *text, struct sr_span w);

/* The demonym match among the n words before off, or NULL.  A demonym
 * joined to a participle ("the Russian-held town of Oleshky") says who
 * holds the place, not which country it is in. */
static const struct sr_country *
demonym_before(const struct actx *c, const struct sent *s, uint32_t off, int n)
{
	struct sr_span w = { off, 0 };
	uint32_t i;
	int k;

	for (k = 0; k < n; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return NULL;
		if (lower_after_hyphen(c->text, w))
			continue;
		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *e = sr__match_entry(c, i);

			if (c->m[i].off == w.off &&
			    e->type == SR_ENT_COUNTRY_DEMONYM && e->country)
				return e->country;
		}
	}
	return NULL;
}

/* "the Ukrainian city of Zaporizhzhia", "the Russian border town of
 * Shebekino", "Ivanivske, a strategic Ukrainian village": words that say
 * which country the place is in. */
/* The country named in a possessive right before off ("Cameroon's "),
 * or NULL. */
static const struct sr_country *
possessor_country(const struct actx *c, const struct sent *s, uint32_t off)
{
	uint32_t i, p;

	if (off < s->span.off + 4 || c->text[off - 1] != ' ')
		return NULL;
	p = off - 1; /* the space */
	if (c->text[p - 1] == 's' && c->text[p - 2] == '\'')
		p -= 2;
	else if (p >= s->span.off + 5 && c->text[p - 1] == 's' &&
		 memcmp(c->text + p - 4, "\xe2\x80\x99", 3) == 0)
		p -= 4;
	else
		return NULL;
	for (i = s->m0; i < s->m1 && c->m[i].off < p; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off + c->m[i].len == p &&
		    e->type == SR_ENT_COUNTRY_NAME && e->country)
			return e->country;
	}
	return NULL;
}

/* prev: the word before pm (sr__prev_word, "the" not skipped) */
static void country_hint(const struct actx *c, const struct sent *s,
			 struct mention *pm, struct sr_span prev)
{
	const struct sr_country *co = NULL;
	struct sr_span w = prev;
	uint32_t end = pm->span.off + pm->span.len, send;
	int k;

	if (w.len && sr__word_is(c->text, w, "of")) {
		struct sr_span n =
		    sr__prev_word(c->text, s->span.off, w.off, 0);

		if (n.len && settlement_word(c->text, n))
			co = demonym_before(c, s, n.off, 3);
	}
	send = s->span.off + s->span.len;
	if (!co && end + 2 < send && c->text[end] == ',') {
		w.off = end + 1;
		w.len = 0;
		for (k = 0; k < 6 && !co; k++) {
			w = sr__next_word(c->text, send, w.off + w.len, 0);
			if (!w.len)
				break;
			if (settlement_word(c->text, w))
				co = demonym_before(c, s, w.off, 3);
			if (c->text[w.off + w.len] == ',')
				break;
		}
	}
	/* "Cameroon's Northwest region", "Russia's Kursk region" */
	if (!co)
		co = possessor_country(c, s, pm->span.off);
	if (co)
		memcpy(pm->hint_cc, co->iso2, 3);
}

/* "the Kherson and Dnipropetrovsk regions", "the Kupiansk and Lyman
 * directions": after "and" (the word w), the plural region word that the
 * next name shares with this one, or an empty span. */
static struct sr_span shared_region_word(const struct actx *c,
					 const struct sent *s, struct sr_span w)
{
	uint32_t end = s->span.off + s->span.len;
	struct sr_span none = { 0, 0 };
	int k;

	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, end, w.off + w.len, 0);
		if (!w.len)
			return none;
		if (c->text[w.off] >= 'A' && c->text[w.off] <= 'Z')
			continue;
		if (k > 0 && c->text[w.off + w.len - 1] == 's')
			return w; /* "regions", "directions" */
		return none;
	}
	return none;
}

/* "the Odesa, Mykolaiv, Kherson and Kyiv regions": from a name followed
 * by a comma at end, past more capitalised names and commas to "and",
 * the plural region word the list shares, or an empty span. */
static struct sr_span list_region_word(const struct actx *c,
				       const struct sent *s, uint32_t end)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span none = { 0, 0 }, w = { end, 0 };
	int k;

	if (end >= lim || c->text[end] != ',')
		return none;
	for (k = 0; k < 10; k++) {
		uint32_t p = w.off + w.len;

		/* (over the comma after a name) */
		if (p < lim && c->text[p] == ',')
			p++;
		w = sr__next_word(c->text, lim, p, 0);
		if (!w.len)
			return none;
		if (sr__word_is(c->text, w, "and"))
			return shared_region_word(c, s, w);
		if (c->text[w.off] < 'A' || c->text[w.off] > 'Z')
			return none;
	}
	return none;
}

static const char *const direction_word_words[] = {
	"near",	      "outside",    "north",	  "south",	"east",
	"west",	      "northeast",  "northwest",  "southeast",	"southwest",
	"north-east", "north-west", "south-east", "south-west",
};
static struct sr_wlist wl_direction_word = SR_WLIST(direction_word_words);
static int direction_word(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_direction_word);
}

/* (always inline: asked of the words around every mention, where GCC
 * kept the call) */
__attribute__((always_inline)) static inline int bank_word(const char *text,
							   struct sr_span w)
{
	return sr__word_is(text, w, "bank") || sr__word_is(text, w, "banks") ||
	       sr__word_is(text, w, "shore") ||
	       sr__word_is(text, w, "estuary") || sr__word_is(text, w, "delta");
}

/* w, the word after a name, starts "(east|left|...) bank": the name is a
 * river's. */
static const char *const bank_after_words[] = {
	"east",	    "west",	"left",	     "right",	 "north",
	"south",    "eastern",	"western",   "northern", "southern",
	"opposite", "occupied", "liberated",
};
static struct sr_wlist wl_bank_after = SR_WLIST(bank_after_words);
static int bank_after(const struct actx *c, const struct sent *s,
		      struct sr_span w)
{
	struct sr_span n;

	if (bank_word(c->text, w))
		return 1;
	if (!sr__wlist_has(c->text, w, &wl_bank_after))
		return 0;
	n = sr__next_word(c->text, s->span.off + s->span.len, w.off + w.len, 0);
	return n.len && bank_word(c->text, n);
}

/* "the Kanal neighbourhood of Chasiv Yar", "stormed the Kanal
 * neighbourhood on the eastern side": w, the word after a name, says the
 * name is a part of a town, the one named next or the one the text is
 * about, which is where events are put (the name itself is left
 * unplaced, as water is). */
static int part_of_next(const struct actx *c, struct sr_span w)
{
	return w.len && (sr__word_is(c->text, w, "neighbourhood") ||
			 sr__word_is(c->text, w, "neighborhood") ||
			 sr__word_is(c->text, w, "quarter") ||
			 sr__word_is(c->text, w, "microdistrict"));
}

/* "Fano militiamen", "Tigray rebels": a name before such a noun names an
 * armed group, not where it is (unless "in"/"near" make it a place). */
static const char *const group_noun_words[] = {
	"militia",     "militias",   "militiamen", "militants",
	"rebels",      "insurgents", "gunmen",	   "fighters",
	"separatists", "group",	     "grouping",
};
static struct sr_wlist wl_group_noun = SR_WLIST(group_noun_words);
static int group_noun(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_group_noun);
}

/* "the left bank of the Dnieper": the name is a river's.  w is the word
 * before it, past one "the", "a" or "an". */
static int bank_before(const struct actx *c, const struct sent *s,
		       struct sr_span w)
{
	if (!w.len || !sr__word_is(c->text, w, "of"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && bank_word(c->text, w);
}

/* "Shevchenko Street", "the Shevchenko monument": the name is a
 * street's or a person's, not a town's. */
static const char *const street_word_words[] = {
	"street", "avenue",	"prospekt", "prospect", "boulevard",
	"lane",	  "embankment", "battery",  "monument", "statue",
};
static struct sr_wlist wl_street_word = SR_WLIST(street_word_words);
static int street_word(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_street_word);
}
/* "the Ivan Franko theatre": a building named after someone; "the
 * Kharkiv theatre" is in Kharkiv, but no spelling variant is tried. */
static const char *const building_word_words[] = {
	"square",    "theatre", "theater", "museum", "park",   "stadium",
	"cathedral", "cinema",	"library", "opera",  "church", "mall",
};
static struct sr_wlist wl_building_word = SR_WLIST(building_word_words);
static int building_word(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_building_word);
}
/* The offset just past the last space of text[lo..p), or one <= lo when
 * there is none: eight bytes a step, as a word is some six. */
static uint32_t after_space(const char *text, uint32_t lo, uint32_t p)
{
	const uint64_t low7 = 0x7f7f7f7f7f7f7f7fULL;

	while (p >= lo + 8) {
		uint64_t x;

		memcpy(&x, text + p - 8, 8);
		x ^= 0x2020202020202020ULL;
		/* bit 7 of each byte that was a space, exact in every byte
		 * (no carry crosses a byte), so the last one can be taken */
		x = ~(((x & low7) + low7) | x | low7);
		if (x)
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
			return p - 8 + (uint32_t)(63 - __builtin_clzll(x)) / 8 +
			       1;
#else
			return p - (uint32_t)__builtin_ctzll(x) / 8;
#endif
		p -= 8;
	}
	while (p > lo && text[p - 1] != ' ')
		p--;
	return p;
}
/* 1 if mention pm lies in a headline's trailing source, " - Basurin",
 * " – Gaidai": at most four words after a spaced dash at the end of the
 * sentence.  A surname there must not be read as a misspelt village. */
static int in_dash_source(const struct actx *c, const struct sent *s,
			  const struct mention *pm)
{
	uint32_t end = s->span.off + s->span.len, p;
	int words = 0;

	/* back to a spaced dash: only a space may end a word or begin one */
	for (p = pm->span.off;; p--) {
		p = after_space(c->text, s->span.off + 2, p);
		if (p <= s->span.off + 2 || ++words > 2)
			return 0;
		if (c->text[p - 2] == '-' && c->text[p - 3] == ' ')
			break;
		if (p >= s->span.off + 5 &&
		    (unsigned char)c->text[p - 4] == 0xe2 &&
		    (unsigned char)c->text[p - 3] == 0x80 &&
		    ((unsigned char)c->text[p - 2] == 0x93 ||
		     (unsigned char)c->text[p - 2] == 0x94))
			break;
	}
	while (end > pm->span.off &&
	       (c->text[end - 1] == '.' || c->text[end - 1] == ' '))
		end--;
	for (p = pm->span.off; p < end; p++)
		if (c->text[p] == ' ' && ++words > 4)
			return 0;
	return 1;
}
/* "crossed the Dnipro on Wednesday", "along the Dnieper.": a name right
 * after "the" with nothing of its own after it (a stop, or a small word
 * such as "on", "and") names a river or an area, as English puts no
 * article before a town.  p is the word before the name, w the word after
 * it. */
static const char *const the_alone_words[] = {
	"on",	   "in",      "at",	   "near", "and",    "or",    "to",
	"into",	   "from",    "under",	   "by",   "with",   "was",   "were",
	"after",   "before",  "while",	   "as",   "where",  "which", "toward",
	"towards", "between", "overnight", "for",  "during", "since", "until",
};
static struct sr_wlist wl_the_alone = SR_WLIST(the_alone_words);
static int the_alone(const struct actx *c, const struct sent *s,
		     const struct mention *pm, struct sr_span p,
		     struct sr_span w)
{
	uint32_t end = pm->span.off + pm->span.len;
	uint32_t i;

	if (!p.len || !sr__word_is(c->text, p, "the") ||
	    p.off + p.len + 1 != pm->span.off)
		return 0;
	/* "the Russian capital" is a town */
	for (i = pm->span.off; i < end; i++)
		if (c->text[i] == ' ' && i + 1 < end && c->text[i + 1] >= 'a' &&
		    c->text[i + 1] <= 'z')
			return 0;
	if (end >= s->span.off + s->span.len)
		return 1;
	if (c->text[end] == ',' || c->text[end] == '.' || c->text[end] == ';')
		return 1;
	return w.len && w.off == end + 1 &&
	       sr__wlist_has(c->text, w, &wl_the_alone);
}
static const char *const water_words[] = {
	"river", "sea",	  "lake",      "bay",	  "strait",
	"gulf",	 "canal", "reservoir", "estuary", "lagoon",
};
static struct sr_wlist wl_water = SR_WLIST(water_words);

/* 1 if "near" governs the settlement word at w ("near the village of X",
 * "on the outskirts of the frontline town of X"): back over at most four
 * describing words ("the war-battered eastern") to a near cue, or to
 * "outskirts of", "vicinity of" or "area of". */
static int near_settlement(const struct actx *c, const struct sent *s,
			   struct sr_span w)
{
	int n, cue;

	for (n = 0; n < 5; n++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_NEAR)
			return 1;
		if (sr__word_is(c->text, w, "of")) {
			w = sr__prev_word(c->text, s->span.off, w.off, 1);
			return w.len && (sr__word_is(c->text, w, "outskirts") ||
					 sr__word_is(c->text, w, "vicinity") ||
					 sr__word_is(c->text, w, "area"));
		}
		if ((cue >= SR_CUE_IN && cue <= SR_CUE_BY) ||
		    settlement_word(c->text, w))
			return 0;
	}
	return 0;
}

/* "occupied", "Russian-held", "annexed": a word saying who holds the
 * place named after it. */
static const char *const holder_words[] = {
	"occupied", "annexed",	 "liberated",
	"besieged", "embattled", "frontline",
};
/* 1 if word w is like "Russian-occupied": a hyphen, then lower case. */
static int lower_after_hyphen(const char *text, struct sr_span w)
{
	const char *p = memchr(text + w.off, '-', w.len);

	return p && p + 1 < text + w.off + w.len && p[1] >= 'a' && p[1] <= 'z';
}
static int holder_word(const char *text, struct sr_span w)
{
	return sr__word_in(text, w, holder_words, SR_ARRAY_LEN(holder_words)) ||
	       lower_after_hyphen(text, w);
}

/* 1 if w, the word before a name, opens or continues "between X and Y":
 * "between", or "and" after "between" and one name of up to four
 * capitalised words.  Such a place is near the event, not at it. */
static int between_word(const struct actx *c, const struct sent *s,
			struct sr_span w)
{
	int k;

	if (!w.len)
		return 0;
	if (sr__word_is(c->text, w, "between"))
		return 1;
	if (!sr__word_is(c->text, w, "and"))
		return 0;
	for (k = 0; k < 5; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (!(c->text[w.off] >= 'A' && c->text[w.off] <= 'Z'))
			return k > 0 && sr__word_is(c->text, w, "between");
	}
	return 0;
}

/* Nouns after a name that make it a first-level region outside the
 * former Soviet Union ("Borno State", "Lamu County", "the Cauca
 * department"), besides the region cues. */
static const char *const admin_noun_words[] = {
	"state", "states", "county", "department", "prefecture",
};
static struct sr_wlist wl_admin_noun = SR_WLIST(admin_noun_words);
static int admin_noun(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_admin_noun);
}

/* 1 if word w is "regional" naming a region's body: "the Donetsk
 * regional military administration", "the Kharkiv regional
 * prosecutor's office" speak for the region, not its capital city (but
 * "the Kharkiv regional hospital" is a building in the city, and so is
 * the body's seat after a preposition: "gathered outside the Odesa
 * regional administration"). */
static int regional_body(const struct actx *c, const struct sent *s,
			 const struct mention *pm, struct sr_span w)
{
	static const char *const at[] = { "outside", "at",	 "near",
					  "inside",  "in",	 "behind",
					  "front",   "opposite", "by" };
	struct sr_span b;

	static const char *const bodies[] = {
		"military",   "administration", "council",	"authorities",
		"governor",   "police",		"prosecutor's", "prosecutor",
		"government", "state",		"emergency",	"head",
		"office",     "department",
	};

	if (!sr__word_is(c->text, w, "regional") ||
	    !sr__word_in(c->text,
			 sr__next_word(c->text, s->span.off + s->span.len,
				       w.off + w.len, 0),
			 bodies, SR_ARRAY_LEN(bodies)))
		return 0;
	b = sr__prev_word(c->text, s->span.off, pm->span.off, 1);
	return !sr__word_in(c->text, b, at, SR_ARRAY_LEN(at));
}

static void read_context(struct actx *c, const struct sent *s,
			 struct mention *pm)
{
	struct sr_span w, w2, prev, before;
	uint32_t end = pm->span.off + pm->span.len;
	int cue;

	/* the word before the name, once, and the one before that past
	 * "the", "a" or "an" (as sr__prev_word with skip_the finds it) */
	prev = sr__prev_word(c->text, s->span.off, pm->span.off, 0);
	before = prev;
	if (prev.len && (sr__word_is(c->text, prev, "the") ||
			 sr__word_is(c->text, prev, "a") ||
			 sr__word_is(c->text, prev, "an")))
		before = sr__prev_word(c->text, s->span.off, prev.off, 0);
	/* "launched from occupied Crimea", "in Russian-held Donetsk": who
	 * holds the place says nothing of the preposition */
	if (before.len && holder_word(c->text, before))
		before = sr__prev_word(c->text, s->span.off, before.off, 1);
	w = before;
	if (w.len) {
		cue = sr__cue_at(c, s, w.off);
		if (sr__word_is(c->text, w, "of")) {
			w2 = sr__prev_word(c->text, s->span.off, w.off, 1);
			/* ("in the area of Podolsk": near it) */
			if (w2.len && (sr__word_is(c->text, w2, "outskirts") ||
				       sr__word_is(c->text, w2, "vicinity") ||
				       sr__word_is(c->text, w2, "area") ||
				       direction_word(c->text, w2)))
				pm->near = 1;
			else if (w2.len && settlement_word(c->text, w2))
				pm->near = (unsigned)near_settlement(c, s, w2);
			cue = SR_CUE_IN;
		}
		/* "between Glushkovo and Tyotkino": near both */
		if (cue == SR_CUE_NONE && !pm->is_country &&
		    between_word(c, s, w))
			cue = SR_CUE_NEAR;
		if (cue == SR_CUE_NEAR)
			pm->near = 1;
		pm->prep = (unsigned char)cue;
	}
	/* past a possessive: "the Dnipro's east bank" */
	if (end + 2 <= s->span.off + s->span.len && c->text[end] == '\'' &&
	    (c->text[end + 1] | 0x20) == 's')
		end += 2;
	else if (end + 4 <= s->span.off + s->span.len &&
		 memcmp(c->text + end, "\xe2\x80\x99s", 4) == 0)
		end += 4;
	w = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	if (w.len && sr__word_is(c->text, w, "and"))
		w = shared_region_word(c, s, w);
	else if (!w.len && end < s->span.off + s->span.len &&
		 c->text[end] == ',') {
		struct sr_span lw = list_region_word(c, s, end);

		if (lw.len)
			w = lw;
	}
	if (w.len) {
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_REGION || admin_noun(c->text, w) ||
		    regional_body(c, s, pm, w))
			pm->want_admin1 = 1;
		else if (cue == SR_CUE_DISTRICT)
			pm->district = 1;
		/* "the Dnipro river", "the Black Sea", "the Dnipro's east
		 * bank": water, not the town of the same name */
		if (bank_after(c, s, w) ||
		    sr__wlist_has(c->text, w, &wl_water) ||
		    street_word(c->text, w))
			pm->water = 1;
		pm->as_spelt = (unsigned char)building_word(c->text, w);
	}
	pm->bare_the = the_alone(c, s, pm, prev, w);
	if (in_dash_source(c, s, pm))
		pm->as_spelt = 1;
	if (bank_before(c, s, before) || part_of_next(c, w) ||
	    (pm->prep != SR_CUE_IN && pm->prep != SR_CUE_NEAR &&
	     group_noun(c->text, w)))
		pm->water = 1;
	country_hint(c, s, pm, prev);
}

/* How a candidate was found; later ones are weaker evidence. */
enum sr_place_how {
	HOW_EXACT = 0,
	HOW_SKELETON = 1, /* a romanisation variant */
	HOW_FUZZY = 2,	  /* one edit from a name: a misspelling */
};

/* Words that may stand inside a capitalised run next to a place name
 * without making the run a person's or an organisation's name: compass
 * words before it, the words of region and institution phrases after. */
static const char *const before_words[] = {
	"north",	"south",	"east",		"west",
	"northern",	"southern",	"eastern",	"western",
	"central",	"northeastern", "northwestern", "southeastern",
	"southwestern", "upper",	"lower",	"greater",
	"occupied",	"liberated",
};
static const char *const after_words[] = {
	"city",
	"town",
	"village",
	"council",
	"mayor",
	"governor",
	"regional",
	"military",
	"administration",
	"airport",
	"port",
	"station",
	"railway",
	"bridge",
	"front",
	"axis",
	"reservoir",
	"community",
	"hromada",
	"district",
	"raion",
	"oblast",
	"region",
	"province",
	"krai",
	"direction",
	"sector",
	"area",
	"people's",
	"peoples",
	"republic",
	"metropolitan",
	"thermal",
	"power",
	"plant",
	"npp",
	"tpp",
	"chp",
	"hpp",
	"police",
	"court",
	"university",
	"hospital",
	"prosecutor",
	"prosecutor's",
	"outskirts",
	"suburbs",
	"fire",
	"emergency",
	"head",
	"state",
	"county",
	"department",
	"prefecture",
	/* "Statement of the Odesa Diocese", "Nikopol Vodokanal": a
	 * town's institutions name the town */
	"diocese",
	"eparchy",
	"vodokanal",
	"metro",
	"museum",
	"theatre",
	"school",
	"lyceum",
	"library",
	"zoo",
};
/* Lower-case words that may continue a place alias ("Zaporizhzhia nuclear
 * power plant", "Kinburn spit"). */
static const char *const phrase_words[] = {
	"nuclear", "power", "island",	     "spit",	"dam", "peninsula",
	"bridge",  "steel", "hydroelectric", "airport", "npp",
};
/* Titles before a name make it a person's: "President Alexander". */
static const char *const title_words[] = {
	"president",  "minister",   "governor",	   "mayor",	"general",
	"gen",	      "colonel",    "col",	   "commander", "mr",
	"mrs",	      "ms",	    "dr",	   "sir",	"lord",
	"king",	      "queen",	    "prince",	   "pope",	"senator",
	"sen",	      "spokesman",  "spokeswoman", "chief",	"secretary",
	"ambassador", "patriarch",  "lieutenant",  "lt",	"major",
	"captain",    "sergeant",   "marshal",	   "admiral",	"deputy",
	"speaker",    "chancellor", "premier",	   "prime",	"saint",
	"st",	      "father",	    "brother",	   "sister",
};
/* Months and days are never places, even after "in". */
static const char *const time_words[] = {
	"january",  "february", "march",    "april",	 "may",
	"june",	    "july",	"august",   "september", "october",
	"november", "december", "monday",   "tuesday",	 "wednesday",
	"thursday", "friday",	"saturday", "sunday",
};

/* A word list with, for each first letter, the lengths of its words as
 * bits (bit 31 for none: every word is shorter), so that most tokens are
 * turned down by one table lookup.  Built once (pthread_once); every word
 * starts with a lower-case ASCII letter. */
#define WL_LEN 64 /* words whose lengths are kept (more are compared) */
struct word_list {
	const char *const *w;
	size_t n;
	uint32_t lens[26];
	unsigned char wlen[WL_LEN]; /* strlen of each word (short all) */
	/* the words' indices by first letter: those of letter 'a' + k are
	 * order[start[k] .. start[k + 1]) (lists of up to WL_LEN words) */
	unsigned char start[27], order[WL_LEN];
};
#define WORD_LIST(a)                                                           \
	{                                                                      \
		a, SR_ARRAY_LEN(a), { 0 }, { 0 }, { 0 },                       \
		{                                                              \
			0                                                      \
		}                                                              \
	}
static struct word_list wl_before = WORD_LIST(before_words);
static struct word_list wl_after = WORD_LIST(after_words);
static struct word_list wl_phrase = WORD_LIST(phrase_words);
/* Lower-case words inside a name: "Madre de Dios", "Ciudad del Este". */
static const char *const particle_words[] = {
	"de", "del", "da", "do", "dos", "das", "di", "du", "des", "la", "el",
};
static struct word_list wl_particle = WORD_LIST(particle_words);
static struct word_list wl_title = WORD_LIST(title_words);
static struct word_list wl_time = WORD_LIST(time_words);
/* container_word (below) */
static const char *const container_word_words[] = {
	"in",	   "of",	"the",		"district", "raion",
	"area",	   "village",	"town",		"city",	    "settlement",
	"hromada", "community", "municipality", "rayon",    "territorial",
};
static struct sr_wlist wl_container_word = SR_WLIST(container_word_words);
/* Words that may stand in ", some 10 km east of" besides numbers and
 * compass words. */
static const char *const relative_filler[] = {
	"a",	     "an",	 "just",       "some",	     "about",
	"around",    "roughly",	 "nearly",     "almost",     "only",
	"few",	     "km",	 "kilometres", "kilometers", "kilometre",
	"kilometer", "miles",	 "mile",       "right",	     "immediately",
	"directly",  "situated", "located",    "lying",
};

static struct sr_wlist wl_relative_filler = SR_WLIST(relative_filler);
static pthread_once_t word_lists_once = PTHREAD_ONCE_INIT;

static void build_word_list(struct word_list *l)
{
	size_t i, k, j = 0;

	for (i = 0; i < l->n; i++) {
		size_t len = strlen(l->w[i]);

		l->lens[l->w[i][0] - 'a'] |= 1u << SR_MIN(len, (size_t)31);
		if (i < WL_LEN)
			l->wlen[i] = (unsigned char)SR_MIN(len, (size_t)255);
	}
	for (k = 0; k < 26 && l->n <= WL_LEN; k++) {
		l->start[k] = (unsigned char)j;
		for (i = 0; i < l->n; i++)
			if (l->w[i][0] == (char)('a' + k))
				l->order[j++] = (unsigned char)i;
	}
	l->start[26] = (unsigned char)j;
}

static void build_word_lists(void)
{
	sr__wlist_build(&wl_water);
	sr__wlist_build(&wl_settlement_word);
	sr__wlist_build(&wl_direction_word);
	sr__wlist_build(&wl_bank_after);
	sr__wlist_build(&wl_group_noun);
	sr__wlist_build(&wl_street_word);
	sr__wlist_build(&wl_building_word);
	sr__wlist_build(&wl_the_alone);
	sr__wlist_build(&wl_container_word);
	sr__wlist_build(&wl_admin_noun);
	sr__wlist_build(&wl_relative_filler);
	build_word_list(&wl_before);
	build_word_list(&wl_after);
	build_word_list(&wl_phrase);
	build_word_list(&wl_particle);
	build_word_list(&wl_title);
	build_word_list(&wl_time);
}

static int word_in_list(const char *text, const struct sr_token *t,
			const struct word_list *l, char first);

/* Always inline: the table lookup turns most tokens down without a
 * call. */
__attribute__((always_inline)) static inline int
word_in(const char *text, const struct sr_token *t, const struct word_list *l)
{
	char first = (char)(text[t->span.off] | 0x20);
	unsigned k = (unsigned char)first - 'a';

	if (k >= 26 ||
	    !(l->lens[k] & (1u << SR_MIN(t->span.len, (uint32_t)31))))
		return 0;
	return word_in_list(text, t, l, first);
}

/* word_in past its table: the words of l that start with first. */
static int word_in_list(const char *text, const struct sr_token *t,
			const struct word_list *l, char first)
{
	size_t i;

	/* a word of another length is not compared (sr__strncaseeq wants
	 * the word to end right after the token's bytes) */
	if (l->n <= WL_LEN) {
		unsigned k = (unsigned char)first - 'a', j;

		for (j = l->start[k]; j < l->start[k + 1]; j++) {
			i = l->order[j];
			if (l->wlen[i] == t->span.len &&
			    sr__strncaseeq(text + t->span.off, t->span.len,
					   l->w[i]))
				return 1;
		}
		return 0;
	}
	for (i = 0; i < l->n; i++)
		if (l->w[i][0] == first &&
		    (i >= WL_LEN || l->wlen[i] == t->span.len) &&
		    sr__strncaseeq(text + t->span.off, t->span.len, l->w[i]))
			return 1;
	return 0;
}

/* 1 when most words of the sentence are capitalised (a headline in title
 * case): the run rules below would then reject every name. */
static int title_case(const struct actx *c, const struct sent *s)
{
	uint32_t i, words = 0, upper = 0, ntok = s->t1 - s->t0;

	for (i = s->t0; i < s->t1; i++) {
		if (c->tok[i].kind != SR_TOK_WORD)
			continue;
		words++;
		upper += c->tok[i].upper;
		/* more lower-case words than 3 in 10 of all the tokens: more
		 * than 3 in 10 of the words, whatever follows */
		if ((words - upper) * 10 > ntok * 3)
			return 0;
	}
	return words >= 5 && upper * 10 >= words * 7;
}

/* End of token t without a possessive "'s" / "’s": "Russia's" is
 * Russia.  Always inline: asked of every word of every capitalised run,
 * and GCC kept it a call. */
__attribute__((always_inline)) static inline uint32_t
possessive_end(const char *text, const struct sr_token *t)
{
	uint32_t end = t->span.off + t->span.len;
	const char *e = text + end;

	if (t->span.len > 3 && (e[-1] == 's' || e[-1] == 'S')) {
		if (e[-2] == '\'')
			return end - 2;
		if (t->span.len > 5 && memcmp(e - 4, "\xe2\x80\x99", 3) == 0)
			return end - 4;
	}
	return end;
}

/* End of the run of capitalised words separated by single spaces that
 * starts at token i. */
static uint32_t run_end(const struct actx *c, const struct sent *s, uint32_t i)
{
	uint32_t j;

	for (j = i; j < s->t1; j++) {
		const struct sr_token *u = &c->tok[j];

		if (!is_upper_token(c->text, u))
			break;
		if (j > i && u->span.off != c->tok[j - 1].span.off +
						c->tok[j - 1].span.len + 1)
			break;
		/* a plain word (ASCII letters only) has no apostrophe, nor a
		 * hyphen: the two tests below say 0 for it */
		if (u->plain)
			continue;
		/* "Kharkiv's Kyivskyi district": a possessive ends a name,
		 * but for "People's" ("Donetsk People's Republic") */
		if (possessive_end(c->text, u) != u->span.off + u->span.len &&
		    !sr__strncaseeq(c->text + u->span.off, 6, "people")) {
			j++;
			break;
		}
		/* "Russian-occupied Volnovakha", "Kremlin-backed": a
		 * modifier, no part of the name after it */
		if (lower_after_hyphen(c->text, u->span)) {
			if (j == i)
				j++;
			break;
		}
	}
	return j;
}

/* A name [a, b) inside the capitalised run [r0, r1) is a place only when
 * the other words of the run are compass words before it or region and
 * institution words after it: "Alexander" in "President Alexander
 * Lukashenko" is not a place, "Kharkiv" in "Kharkiv City Council" is. */
static int is_stop_token(const struct actx *c, const struct sr_token *t)
{
	char key[64];
	size_t n =
	    sr__fold(c->text + t->span.off, t->span.len, key, sizeof(key));

	return n && sr__engine_is_stopword(c->e, key, n);
}

static int fits_run(const struct actx *c, uint32_t r0, uint32_t r1, uint32_t a,
		    uint32_t b)
{
	const struct sr_token *t;

	if (a > r0) {
		/* "In Kherson" opens a sentence: "In" is no name */
		t = &c->tok[a - 1];
		if (word_in(c->text, t, &wl_title))
			return 0;
		if (!word_in(c->text, t, &wl_before) && !is_stop_token(c, t))
			return 0;
	}
	if (b < r1 && !word_in(c->text, &c->tok[b], &wl_after))
		return 0;
	return 1;
}

/* (always inline: asked for every candidate of a name) */
__attribute__((always_inline)) static inline int
cc_in_focus(const struct actx *c, const char *cc)
{
	size_t i;

	for (i = 0; i < c->nfocus; i++)
		if (same_cc(c->focus[i], cc))
			return 1;
	return 0;
}

/* A memo of gazetteer lookups by folded name, in the doc (per thread) and
 * kept across articles: the gazetteer is large and immutable, and most
 * names of a stream of news come back (the places, and the capitalised
 * words that are none), so a lookup is mostly a hit in a small table
 * instead of misses in a large one.  Direct-mapped; names longer than
 * MEMO_KEY bytes are not kept.  Each slot holds what sr__gaz_find_h or
 * sr__gaz_find_skeleton gave: their count (capped at MAX_CAND, all the
 * callers read) and the candidates. */
#define MEMO_SLOTS 1024 /* a power of two */
#define MEMO_KEY   30

struct memo_slot {
	uint64_t h;		/* hash of the key (skeleton lookups: xored) */
	unsigned char klen;	/* key length; 0 for an empty slot */
	unsigned char skel;	/* 1 for a skeleton lookup */
	unsigned char n;	/* candidates, at most MAX_CAND */
	char key[MEMO_KEY + 1]; /* the folded name */
	uint32_t cand[MAX_CAND];
};

/* The words of a name as they stand in the text (up to FOLD_RAW bytes)
 * with what sr__fold makes of them, its hash and whether the engine takes
 * it for a stopword: the same capitalised words come back in every
 * article. */
#define FOLD_RAW 40

#define NOT_LOOKED 0xff /* fold_slot.nexact before the lookup */

struct fold_slot {
	unsigned char rlen;	  /* bytes of raw; 0 for an empty slot */
	unsigned char klen;	  /* bytes of key (0: the words fold to none) */
	unsigned char stop;	  /* sr__engine_is_stopword_h(e, h) */
	unsigned char nexact;	  /* what memo_find of key (skel 0) gave, as
				     lookup asks it next, or NOT_LOOKED */
	char raw[FOLD_RAW];	  /* the words */
	char key[MEMO_KEY + 1];	  /* sr__fold of them */
	uint64_t h;		  /* sr__hash64 of key */
	uint32_t exact[MAX_CAND]; /* the nexact candidates */
};

/* A place's own name as sr__fold makes it (primary_name asks it of the
 * same candidates for every mention of their name, and a name with one
 * accent takes the slow Unicode path). */
struct own_slot {
	uint32_t idx1;		/* the place's index + 1; 0 for an empty slot */
	unsigned char klen;	/* bytes of key (0: the name folds to none) */
	char key[MEMO_KEY + 1]; /* sr__fold of the name */
};

/* A reason place_reason wrote in this article, with all it was written
 * from besides the article context fixed by sr__places_resolve (the
 * focus countries and named regions): the same place of another mention
 * with the same words around it and the same anchors near it gets the
 * same words. */
#define REASON_SLOTS 16 /* a power of two */
struct reason_slot {
	uint64_t article; /* sr__name_memo.article when written; 0: empty */
	uint32_t place, ncand, nnear;
	unsigned char best_how, want_admin1, contained, relative;
	uint32_t near[64]; /* near_anchors of the mention */
	const char *why;   /* in the article's arena */
};

/* The article's anchors as near_anchors reads them: the first anchor of
 * each place, in order, with its mention's words, and the next anchor of
 * the same place (index, or UINT32_MAX), given instead of the first to
 * the first's own mention.  Later ones are never given. */
struct first_anchors {
	uint64_t article; /* sr__name_memo.article when made; 0: none */
	uint32_t n;
	uint32_t k[64], place[64], owner[64], second[64];
	struct sr_span span[64];
};

struct sr__name_memo {
	uint64_t gen; /* sr__gaz_gen of the gazetteer the slots are from (the
			 stopwords are the binary's own, as every engine's) */
	uint64_t article; /* articles collected, this one included: tells
			     this article's reasons from the ones before */
	struct first_anchors first;
	struct memo_slot slot[MEMO_SLOTS];
	struct fold_slot fold[MEMO_SLOTS];
	struct own_slot own[MEMO_SLOTS];
	struct reason_slot reason[REASON_SLOTS];
};

#define MEMO_SKEL_XOR 0x9E3779B97F4A7C15ull

/* The doc's memo, made (or emptied, for another gazetteer) first; NULL
 * when out of memory.  Asked once per article (c->names): the lookups
 * of a name read it from there. */
static struct sr__name_memo *memo_get(const struct actx *c)
{
	struct sr__name_memo *m = c->doc->names;
	uint64_t gen = sr__gaz_gen(c->e->gaz);

	if (!m || m->gen != gen) {
		if (!m) {
			m = sr_malloc(sizeof(*m));
			if (!m)
				return NULL;
			c->doc->names = m;
		}
		memset(m, 0, sizeof(*m));
		m->gen = gen;
	}
	return m;
}

/* The memo slot for key (made empty for it if it held another), or NULL
 * when there is no memo. *hit is 1 when the slot already holds key. */
static struct memo_slot *memo_slot(const struct actx *c, const char *key,
				   size_t klen, uint64_t h, int skel, int *hit)
{
	struct sr__name_memo *m;
	struct memo_slot *s;

	*hit = 0;
	if (klen > MEMO_KEY || !(m = c->names))
		return NULL;
	if (skel)
		h ^= MEMO_SKEL_XOR;
	s = &m->slot[(h ^ (h >> 32)) & (MEMO_SLOTS - 1)];
	if (s->klen == klen && s->h == h && s->skel == skel &&
	    memcmp(s->key, key, klen) == 0) {
		*hit = 1;
		return s;
	}
	s->klen = 0;
	return s;
}

/* sr__gaz_find_h(g, key, klen, h, out, MAX_CAND), capped at MAX_CAND,
 * through the memo (skel 0); or sr__gaz_find_skeleton(g, key, klen, out,
 * MAX_CAND) capped the same way (skel 1). */
static uint32_t memo_find(const struct actx *c, const char *key, size_t klen,
			  uint64_t h, int skel, uint32_t *out)
{
	const struct sr_gaz *g = c->e->gaz;
	int hit;
	struct memo_slot *s = memo_slot(c, key, klen, h, skel, &hit);
	size_t n;

	if (s && hit) {
		memcpy(out, s->cand, s->n * sizeof(*out));
		return s->n;
	}
	n = skel ? sr__gaz_find_skeleton(g, key, klen, out, MAX_CAND)
		 : sr__gaz_find_h(g, key, klen, h, out, MAX_CAND);
	if (n > MAX_CAND)
		n = MAX_CAND;
	if (s) {
		s->h = skel ? h ^ MEMO_SKEL_XOR : h;
		s->skel = (unsigned char)skel;
		s->n = (unsigned char)n;
		memcpy(s->key, key, klen);
		memcpy(s->cand, out, n * sizeof(*out));
		s->klen = (unsigned char)klen;
	}
	return (uint32_t)n;
}

/* A hash of raw[0..n) for the fold memo's slot (the slot is checked
 * byte for byte). */
/* (always inline: asked for every capitalised run, by fold_key_slot) */
__attribute__((always_inline)) static inline size_t raw_slot(const char *raw,
							     size_t n)
{
	uint64_t a = 0, b = 0;
	size_t i;

	/* loads of a fixed size (no memcpy call), overlapping for a
	 * length between */
	if (n >= 8) {
		memcpy(&a, raw, 8);
		memcpy(&b, raw + n - 8, 8);
	} else if (n >= 4) {
		uint32_t x, y;

		memcpy(&x, raw, 4);
		memcpy(&y, raw + n - 4, 4);
		a = x | (uint64_t)y << 32;
	} else {
		for (i = 0; i < n; i++)
			a |= (uint64_t)(unsigned char)raw[i] << (8 * i);
	}
	a = (a ^ n) * 0x9E3779B97F4A7C15ull ^ b * 0xC2B2AE3D27D4EB4Full;
	return (size_t)(a >> 54) & (MEMO_SLOTS - 1);
}

/* memcmp(a, b, n) == 0, by loads of a fixed size up to 16 bytes (the
 * words of most names), without the call (and inline: GCC kept a call of
 * most of it). */
__attribute__((always_inline)) static inline int raw_eq(const char *a,
							const char *b, size_t n)
{
	size_t i;

	if (n > 16)
		return memcmp(a, b, n) == 0;
	if (n >= 8) {
		uint64_t x, y, u, v;

		memcpy(&x, a, 8);
		memcpy(&y, b, 8);
		memcpy(&u, a + n - 8, 8);
		memcpy(&v, b + n - 8, 8);
		return x == y && u == v;
	}
	if (n >= 4) {
		uint32_t x, y, u, v;

		memcpy(&x, a, 4);
		memcpy(&y, b, 4);
		memcpy(&u, a + n - 4, 4);
		memcpy(&v, b + n - 4, 4);
		return x == y && u == v;
	}
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

/* fold_key_slot of words the memo does not hold (s: their slot, or
 * NULL), which it then keeps in s.  Out of line: nearly every call is
 * answered by the memo, and the answer then makes no call and saves no
 * register. */
__attribute__((noinline)) static size_t
fold_key_miss(const struct actx *c, const char *raw, size_t n, char *key,
	      size_t cap, uint64_t *h, int *stop, struct fold_slot *s,
	      struct fold_slot **slot)
{
	size_t klen;

	*slot = NULL;
	klen = sr__fold(raw, n, key, cap);
	*h = klen ? sr__hash64(key, klen) : 0;
	*stop = klen && sr__engine_is_stopword_h(c->e, *h);
	if (s && n && klen <= MEMO_KEY) {
		s->rlen = (unsigned char)n;
		memcpy(s->raw, raw, n);
		s->klen = (unsigned char)klen;
		memcpy(s->key, key, klen);
		s->h = *h;
		s->stop = (unsigned char)*stop;
		s->nexact = NOT_LOOKED;
		*slot = s;
	}
	return klen;
}

/* sr__fold(raw, n, key, cap) with *h its sr__hash64 (when not 0) and
 * *stop whether the engine has it as a stopword, through the memo. */
/* *slot gets the memo slot that now holds raw (NULL when none does),
 * where lookup may keep what it finds for the key.  Always inline: asked
 * for every capitalised run, and mostly answered at once by the memo
 * (fold_key_miss keeps the rest out of line). */
__attribute__((always_inline)) static inline size_t
fold_key_slot(const struct actx *c, const char *raw, size_t n, char *key,
	      size_t cap, uint64_t *h, int *stop, struct fold_slot **slot)
{
	struct sr__name_memo *m = n <= FOLD_RAW ? c->names : NULL;
	struct fold_slot *s = m ? &m->fold[raw_slot(raw, n)] : NULL;

	/* (cap is the caller's key buffer, always above MEMO_KEY: the
	 * whole slot's key is copied, a few moves instead of a call) */
	if (s && s->rlen == n && raw_eq(s->raw, raw, n)) {
		memcpy(key, s->key, sizeof(s->key));
		key[s->klen] = '\0'; /* as sr__fold leaves it */
		*h = s->h;
		*stop = s->stop;
		*slot = s;
		return s->klen;
	}
	return fold_key_miss(c, raw, n, key, cap, h, stop, s, slot);
}

static size_t fold_key(const struct actx *c, const char *raw, size_t n,
		       char *key, size_t cap, uint64_t *h, int *stop)
{
	struct fold_slot *slot;

	return fold_key_slot(c, raw, n, key, cap, h, stop, &slot);
}

/* Candidates of key[0..klen) into pm: exact names; names of the same
 * skeleton (romanisation variants) only when there is no exact name, or
 * when no exact name lies in a focus country of the article.  fs: the
 * fold memo's slot of the words key was folded from, or NULL; the exact
 * names are kept there, as the same words come back. */
static uint32_t lookup(const struct actx *c, const char *key, size_t klen,
		       uint64_t h, uint32_t nwords, int initial, int exact_only,
		       struct mention *pm, struct fold_slot *fs)
{
	const struct sr_gaz *g = c->e->gaz;
	uint32_t n, k, extra[MAX_CAND], j, m;

	if (fs && fs->nexact != NOT_LOOKED) {
		n = fs->nexact;
		memcpy(pm->cand, fs->exact, n * sizeof(*pm->cand));
	} else {
		n = memo_find(c, key, klen, h, 0, pm->cand);
		if (fs) {
			fs->nexact = (unsigned char)n;
			memcpy(fs->exact, pm->cand, n * sizeof(*pm->cand));
		}
	}
	memset(pm->cand_how, HOW_EXACT, sizeof(pm->cand_how));
	/* variants of names of one or two words, not of a sentence's first
	 * word alone (mostly a common word) */
	if (n >= MAX_CAND || (n && !c->nfocus) || nwords > 2 ||
	    (initial && nwords == 1) || exact_only)
		return n;
	for (k = 0; k < n; k++)
		if (cc_in_focus(c, sr__gaz_cc(g, pm->cand[k])))
			return n;
	m = memo_find(c, key, klen, h, 1, extra);
	if (m > MAX_SKELETON)
		return n; /* a skeleton shared by many places says little */
	for (k = 0; k < m && n < MAX_CAND; k++) {
		for (j = 0; j < n; j++)
			if (pm->cand[j] == extra[k])
				break;
		if (j < n)
			continue;
		pm->cand_how[n] = HOW_SKELETON;
		pm->cand[n++] = extra[k];
	}
	return n;
}

static int district_adjective_end(const struct actx *c, const struct sent *s,
				  const struct sr_token *last);

/* 1 if the token t, a sentence's first word, is all of the sentence or
 * stands before a colon: a dateline or heading ("Graivoron. Gladkov:
 * ...", "Graivoron: ..."), a name, where a first word is mostly a common
 * one, so its romanisation variants count. */
static int head_name(const struct actx *c, const struct sent *s,
		     const struct sr_token *t)
{
	uint32_t end = t->span.off + t->span.len,
		 lim = s->span.off + s->span.len;

	return end < lim ? c->text[end] == ':' || end + 1 == lim : end == lim;
}

/* Whether the nwords words at token i are an adjective naming a district
 * ("the Solomianskyi district", "Sudzhansky raion"): the last word ends
 * in -sky, -skiy, -skyi, -skyy or -ckyi and "district", "raion" or
 * "rayon" follows.  Such a name is a district, never a romanisation
 * variant or a misspelling of some village ("Solomianskyi" is no
 * Solomenskoye in Russia).  Returns 0 if not; -1 for the Ukrainian
 * endings (mostly a city's districts, named after other places: the
 * "Kyivskyi district" of Kharkiv); else the length of the Russian
 * ending after "sk" (1 for -sky, 2 for -skiy), whose rural districts
 * are named after their centre. */
/* Always inline: asked of every capitalised name, whose ending is the
 * cheap test (every ending ends in "i" or "y"), made without a call. */
__attribute__((always_inline)) static inline int
district_adjective(const struct actx *c, const struct sent *s, uint32_t i,
		   uint32_t nwords)
{
	const struct sr_token *last = &c->tok[i + nwords - 1];
	unsigned char z;

	if (last->span.len < 6)
		return 0;
	z = (unsigned char)c->text[last->span.off + last->span.len - 1] | 0x20;
	if (z != 'i' && z != 'y')
		return 0;
	return district_adjective_end(c, s, last);
}

/* district_adjective past its first test. */
static int district_adjective_end(const struct actx *c, const struct sent *s,
				  const struct sr_token *last)
{
	/* Ukrainian forms first: their districts are mostly a city's,
	 * named after other places ("Kyivskyi district" of Kharkiv) */
	static const char *const ends[] = { "skyi", "skyy", "ckyi", "skiy",
					    "sky" };
	static const char *const units[] = { "district", "raion", "rayon" };
	struct sr_span w = { last->span.off, last->span.len }, nw;
	size_t k, n = 0;

	for (k = 0; k < SR_ARRAY_LEN(ends); k++) {
		n = strlen(ends[k]);
		if (w.len > n + 2 &&
		    sr__strncaseeq(c->text + w.off + w.len - n, n, ends[k]))
			break;
	}
	if (k == SR_ARRAY_LEN(ends))
		return 0;
	nw = sr__next_word(c->text, s->span.off + s->span.len,
			   last->span.off + last->span.len, 0);
	if (!nw.len || !sr__word_in(c->text, nw, units, SR_ARRAY_LEN(units)))
		return 0;
	return k < 3 ? -1 : (int)(n - 2);
}

/* 1 if none of the n candidates of pm has 100,000 people or more: a
 * rural district is named after its small centre ("Rylsky": Rylsk), a
 * city's district after anything ("Leninsky district" of a city). */
static int small_towns(const struct actx *c, const struct mention *pm,
		       uint32_t n)
{
	struct sr_place p;
	uint32_t k;

	for (k = 0; k < n; k++) {
		sr__gaz_place(c->e->gaz, pm->cand[k], &p);
		if (p.population >= 100000)
			return 0;
	}
	return 1;
}

/* The town a district adjective at token t is named after, as exact
 * candidates into pm: the word less its ending ("Belgorodsky":
 * Belgorod), with "sk" ("Rylsky": Rylsk), "o" ("Shebekinsky":
 * Shebekino), "e", "a" ("Kashirsky": Kashira) or "skoye" ("Ramensky":
 * Ramenskoye), or less the "n" of "-an" ("Sudzhansky": Sudzha); only
 * towns under 100,000 people.  adj is the length of the ending after
 * "sk". */
static uint32_t district_town(const struct actx *c, const struct sr_token *t,
			      int adj, struct mention *pm)
{
	static const char *const tails[] = { "",  "sk",	   "o",	  "e",
					     "a", "skoye", "skoe" };
	char raw[SR_MAX_NAME_LEN + 1], key[SR_MAX_NAME_LEN + 1];
	size_t stem = t->span.len - (size_t)adj - 2, k, klen;
	uint32_t n, j, first[MAX_CAND], nfirst = 0;
	uint64_t h;
	int stop;

	if (stem < 3 || stem + 5 > SR_MAX_NAME_LEN)
		return 0;
	for (k = 0; k <= SR_ARRAY_LEN(tails); k++) {
		size_t len = stem;

		memcpy(raw, c->text + t->span.off, stem);
		if (k < SR_ARRAY_LEN(tails)) {
			memcpy(raw + stem, tails[k], strlen(tails[k]));
			len += strlen(tails[k]);
		} else if (raw[stem - 1] == 'n' && raw[stem - 2] == 'a') {
			len = stem - 1;
		} else {
			break;
		}
		klen = fold_key(c, raw, len, key, sizeof(key), &h, &stop);
		if (!klen || stop)
			continue;
		n = lookup(c, key, klen, h, 1, 0, 1, pm, NULL);
		if (!n)
			continue;
		if (!small_towns(c, pm, n))
			return 0;
		/* a form found in a focus country wins ("Kashir" is also
		 * a Kazakh town's other name) */
		for (j = 0; j < n; j++)
			if (cc_in_focus(c, sr__gaz_cc(c->e->gaz, pm->cand[j])))
				return n;
		if (!nfirst) {
			nfirst = n;
			memcpy(first, pm->cand, n * sizeof(*first));
		}
	}
	memcpy(pm->cand, first, nfirst * sizeof(*first));
	memset(pm->cand_how, HOW_EXACT, sizeof(pm->cand_how));
	return nfirst;
}

/* Gazetteers merged from several sources list one village more than once
 * ("Avdiivka", "Avdeyevka" 2 km apart): keep one candidate per site (the
 * most populous within 10 km), so that duplicates do not make a
 * misspelling look like a common name.  Returns the new count. */
static uint32_t one_per_site(const struct sr_gaz *g, uint32_t *cand, uint32_t n)
{
	struct sr_place p, q;
	uint32_t i, j, kept = 0;

	for (i = 0; i < n; i++) {
		sr__gaz_place(g, cand[i], &p);
		for (j = 0; j < kept; j++) {
			sr__gaz_place(g, cand[j], &q);
			if (sr__streq(p.cc, q.cc) &&
			    sr__geo_km(p.lat, p.lon, q.lat, q.lon) < 10.0)
				break;
		}
		if (j < kept) {
			if (p.population > q.population)
				cand[j] = cand[i];
			continue;
		}
		cand[kept++] = cand[i];
	}
	return kept;
}

/* A lone unknown capitalised word is tried as a misspelling only after a
 * locative word ("in", "near") or before a region word ("district"), and
 * not as the first word of a sentence unless a region word follows.  The
 * words read_context would read for want_admin1, district, prep and near,
 * and nothing else: most lone names fail here. */
static int fuzzy_ok(struct actx *c, const struct sent *s, uint32_t i)
{
	struct sr_span w, tw = c->tok[i].span;
	uint32_t send = s->span.off + s->span.len, end = tw.off + tw.len;
	int cue;

	if (end + 2 <= send && c->text[end] == '\'' &&
	    (c->text[end + 1] | 0x20) == 's')
		end += 2;
	else if (end + 4 <= send &&
		 memcmp(c->text + end, "\xe2\x80\x99s", 4) == 0)
		end += 4;
	w = sr__next_word(c->text, send, end, 0);
	if (w.len && sr__word_is(c->text, w, "and"))
		w = shared_region_word(c, s, w);
	else if (!w.len && end < send && c->text[end] == ',')
		w = list_region_word(c, s, end);
	if (w.len) {
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_REGION || cue == SR_CUE_DISTRICT)
			return 1;
	}
	if (i == s->t0)
		return 0;
	w = sr__prev_word(c->text, s->span.off, tw.off, 1);
	if (!w.len)
		return 0;
	if (sr__word_is(c->text, w, "of"))
		return 1; /* read as "in" */
	cue = sr__cue_at(c, s, w.off);
	return cue == SR_CUE_IN || cue == SR_CUE_NEAR;
}

/* "Zaporizhzhia nuclear power plant": a name that continues in lower case
 * words of the list wl is taken whole when the gazetteer has the whole
 * phrase (place aliases).  Returns the words added to the name [i, end). */
static uint32_t extend_phrase(struct actx *c, const struct sent *s, uint32_t i,
			      uint32_t end, struct mention *pm,
			      const struct word_list *wl)
{
	char key[SR_MAX_NAME_LEN + 1];
	uint32_t j, lend, cand[MAX_CAND];
	size_t klen, n;

	if (end >= s->t1 || c->tok[end].upper ||
	    !word_in(c->text, &c->tok[end], wl))
		return 0;
	for (j = end + 3; j >= end + 1; j--) {
		const struct sr_token *last;
		uint32_t k;

		if (j > s->t1 || j - i > MAX_NAME_WORDS + 3)
			continue;
		for (k = end; k < j; k++)
			if (c->tok[k].kind != SR_TOK_WORD ||
			    c->tok[k].span.off != c->tok[k - 1].span.off +
						      c->tok[k - 1].span.len +
						      1)
				break;
		if (k < j)
			continue;
		last = &c->tok[j - 1];
		/* (without a possessive: "the Zaporozhye nuclear power
		 * plant's training centre") */
		lend = last->span.off + last->span.len;
		if (last->span.len > 2 && c->text[lend - 1] == 's' &&
		    c->text[lend - 2] == '\'')
			lend -= 2;
		else if (last->span.len > 4 && c->text[lend - 1] == 's' &&
			 memcmp(c->text + lend - 4, "\xe2\x80\x99", 3) == 0)
			lend -= 4;
		klen = sr__fold(c->text + c->tok[i].span.off,
				lend - c->tok[i].span.off, key, sizeof(key));
		n = klen ? sr__gaz_find(c->e->gaz, key, klen, cand, MAX_CAND)
			 : 0;
		if (!n)
			continue;
		pm->ncand = (uint32_t)SR_MIN(n, (size_t)MAX_CAND);
		memcpy(pm->cand, cand, pm->ncand * sizeof(*cand));
		memset(pm->cand_how, HOW_EXACT, sizeof(pm->cand_how));
		pm->span.len = lend - pm->span.off;
		return j - end;
	}
	return 0;
}

/* "the Russian capital", "the Ukrainian capital": the national capital,
 * as a place mention spanning the two words. */
static void capital_mention(struct actx *c, const struct sent *s,
			    const struct sr_match *m, const char *cc, int *rc)
{
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 m->off + m->len, 0);
	struct sr_span the = sr__prev_word(c->text, s->span.off, m->off, 0);
	struct mention pm;
	uint32_t idx;
	size_t k;

	if (!w.len || w.off != m->off + m->len + 1 ||
	    !sr__word_is(c->text, w, "capital") || !the.len ||
	    !sr__word_is(c->text, the, "the"))
		return;
	idx = sr__gaz_capital(c->e->gaz, cc);
	if (idx == UINT32_MAX)
		return;
	memset(&pm, 0, sizeof(pm));
	pm.span.off = m->off;
	pm.span.len = w.off + w.len - m->off;
	pm.sent = (uint32_t)(s - c->s);
	for (k = s->t0; k < s->t1 && c->tok[k].span.off < m->off; k++)
		;
	pm.tok = (uint32_t)k;
	for (; k < s->t1 && c->tok[k].span.off < w.off + w.len; k++)
		;
	pm.tok_end = (uint32_t)k;
	pm.ncand = 1;
	pm.cand[0] = idx;
	pm.place = idx;
	pm.precision = 1;
	read_context(c, s, &pm);
	*rc = push_mention(c, &pm);
}

/* A mention with nothing known of it; returns 0 (pm is clear). */
static int clear_mention(struct mention *pm)
{
	memset(pm, 0, sizeof(*pm));
	pm->place = UINT32_MAX;
	return 0;
}

/* 1 if a title is among tokens [r0, i): "Colonel Pavel" (not
 * "the Dinka" of "the Dinka Bor"). */
static int titled_run(const struct actx *c, uint32_t r0, uint32_t i)
{
	for (; r0 < i; r0++)
		if (word_in(c->text, &c->tok[r0], &wl_title))
			return 1;
	return 0;
}
/* 1 if ", NN," follows offset end, NN an age of one or two digits. */
static int age_follows(const struct actx *c, const struct sent *s, uint32_t end)
{
	uint32_t lim = s->span.off + s->span.len, p = end + 2;

	if (end + 5 > lim || c->text[end] != ',' || c->text[end + 1] != ' ' ||
	    c->text[p] < '1' || c->text[p] > '9')
		return 0;
	p++;
	if (c->text[p] >= '0' && c->text[p] <= '9')
		p++;
	return p < lim && c->text[p] == ',';
}
/* 1 if h is the hash of a surname told before in the article. */
static int is_surname(const struct actx *c, uint64_t h)
{
	size_t k;

	for (k = 0; k < c->nsurname; k++)
		if (c->surname[k] == h)
			return 1;
	return 0;
}
static void collect_sentence(struct actx *c, struct sent *s, int *rc,
			     unsigned *fuzzy_budget)
{
	const struct sr_gaz *g = c->e->gaz;
	const struct sr_token *tok = c->tok;
	uint32_t i, r0, r1, t1 = s->t1;
	int tc = -1; /* title_case(), found when first needed */
	char key[SR_MAX_NAME_LEN + 1];

	r0 = s->t0;
	r1 = r0;
	s->p0 = (uint32_t)c->npm;
	for (i = s->t0; i < t1 && !*rc;) {
		const struct sr_token *t;
		const struct sr_entry *cov = NULL;
		uint32_t nwords, best_len = 0, stop_words = 0, adj = 0;
		uint64_t h;
		int stop = 0, pm_clear;
		struct mention pm;
		struct fold_slot *fs;
		size_t klen = 0;

		/* most words are lower case: step over them in a tight loop */
		while (i < t1 && !is_upper_token(c->text, &tok[i]))
			i++;
		if (i >= t1)
			break;
		t = &tok[i];
		if (i >= r1) {
			r0 = i;
			r1 = run_end(c, s, i);
		}
		nwords = SR_MIN(r1 - i, (uint32_t)MAX_NAME_WORDS);
		/* pm is cleared before its first use (a lookup, the fuzzy
		 * search): most capitalised words get neither, and pm is read
		 * only after one of them */
		pm_clear = 1;
		for (; nwords > 0; nwords--) {
			const struct sr_token *last = &c->tok[i + nwords - 1];
			uint32_t end = possessive_end(c->text, last);

			cov = covering_entry(c, s, t->span.off, end);
			if (cov)
				break;
			klen = fold_key_slot(c, c->text + t->span.off,
					     end - t->span.off, key,
					     sizeof(key), &h, &stop, &fs);
			if (!klen)
				continue;
			/* "the SBU had charged Kirillov": a surname told
			 * before with a first name, not a town */
			if (nwords == 1 && r1 - r0 == 1 && c->nsurname &&
			    is_surname(c, h))
				continue;
			if (nwords == 1 && stop) {
				if (word_in(c->text, t, &wl_time))
					continue;
				stop_words = 1;
			}
			adj = district_adjective(c, s, i, nwords);
			if (pm_clear)
				pm_clear = clear_mention(&pm);
			/* a Russian district is named after its centre
			 * ("the Kashirsky district": Kashira), whatever
			 * far village spells the adjective as its name */
			pm.ncand = adj > 0 && adj <= 2 && nwords == 1
				       ? district_town(c, t, adj, &pm)
				       : 0;
			if (!pm.ncand)
				pm.ncand =
				    lookup(c, key, klen, h, nwords,
					   i == s->t0 && !head_name(c, s, t),
					   adj, &pm, fs);
			if (pm.ncand) {
				best_len = nwords;
				pm.span.off = t->span.off;
				pm.span.len = end - t->span.off;
				break;
			}
		}
		/* "Madre de Dios", "Ciudad del Este": a name that goes on
		 * past a particle, taken whole when the gazetteer has it
		 * (not "Madre" as a variant of some Modra) */
		if ((!best_len || i + best_len == r1) && !cov && r1 + 1 < t1 &&
		    is_upper_token(c->text, &tok[r1 + 1]) &&
		    word_in(c->text, &tok[r1], &wl_particle)) {
			uint32_t add;

			if (pm_clear)
				pm_clear = clear_mention(&pm);
			if (!best_len)
				pm.span.off = t->span.off;
			add = extend_phrase(c, s, i, r1, &pm, &wl_particle);
			if (add)
				best_len = r1 - i + add;
		}
		if (!best_len && !cov && !stop_words && *fuzzy_budget &&
		    r1 - r0 == 1 && klen >= 5 && c->nfocus &&
		    fuzzy_ok(c, s, i) && !district_adjective(c, s, i, 1)) {
			/* a lone unknown name: perhaps a misspelling */
			uint32_t k;

			if (pm_clear)
				pm_clear = clear_mention(&pm);
			(*fuzzy_budget)--;
			pm.ncand = (uint32_t)sr__gaz_find_fuzzy(
			    g, key, klen, pm.cand, MAX_CAND);
			pm.ncand = one_per_site(g, pm.cand, pm.ncand);
			if (pm.ncand > MAX_FUZZY)
				pm.ncand = 0; /* near many names: noise */
			for (k = 0; k < pm.ncand; k++)
				pm.cand_how[k] = HOW_FUZZY;
			if (pm.ncand) {
				best_len = 1;
				pm.span = t->span;
			}
		}
		if (best_len && i + best_len == r1)
			best_len += extend_phrase(c, s, i, r1, &pm, &wl_phrase);
		/* the run rules first: title_case, which reads the whole
		 * sentence, matters only to a name they turn down (both are
		 * pure, so the order changes nothing) */
		if (best_len &&
		    !fits_run(c, r0, r1, i, SR_MIN(i + best_len, r1))) {
			if (tc < 0)
				tc = title_case(c, s);
			/* (the last word of a person's name turned down,
			 * "Lieutenant General Igor Kirillov", is kept as a
			 * surname) */
			if (!tc && best_len == 1 && i > r0 && i + 1 == r1 &&
			    c->nsurname < SR_ARRAY_LEN(c->surname) &&
			    titled_run(c, r0, i))
				c->surname[c->nsurname++] = h;
			if (!tc)
				best_len = 0;
		}
		if (!best_len) {
			i++;
			continue;
		}
		pm.sent = (uint32_t)(s - c->s);
		pm.tok = i;
		pm.tok_end = i + best_len;
		pm.initial = i == s->t0;
		read_context(c, s, &pm);
		/* "Serhii, 52, was killed": a name with an age after it is
		 * a person's, not a village's */
		if (pm.prep != SR_CUE_IN && pm.prep != SR_CUE_NEAR &&
		    age_follows(c, s, pm.span.off + pm.span.len)) {
			i += best_len;
			continue;
		}
		if (stop_words) {
			/* "in Mobile": a common word is a place only after a
			 * locative word, and only in a focus country */
			if (pm.prep != SR_CUE_IN && pm.prep != SR_CUE_NEAR) {
				i++;
				continue;
			}
			pm.common = 1;
		}
		*rc = push_mention(c, &pm);
		i += best_len;
	}
	/* Country names from the lexicon are place mentions too (and
	 * demonyms, of capitals): the loop starts at the end, so is done,
	 * in a sentence whose matches have neither type. */
	for (i = s->types & ((1u << SR_ENT_COUNTRY_NAME) |
			     (1u << SR_ENT_COUNTRY_DEMONYM))
		     ? s->m0
		     : s->m1;
	     i < s->m1 && !*rc; i++) {
		const struct sr_match *m = &c->m[i];
		const struct sr_entry *e = sr__match_entry(c, i);
		struct mention pm;
		uint32_t idx;

		if (e->type == SR_ENT_COUNTRY_DEMONYM && e->country) {
			capital_mention(c, s, m, e->country->iso2, rc);
			continue;
		}
		if (e->type != SR_ENT_COUNTRY_NAME || !e->country)
			continue;
		if (!(c->text[m->off] >= 'A' && c->text[m->off] <= 'Z'))
			continue;
		idx = sr__gaz_country(g, e->country->iso2);
		if (idx == UINT32_MAX)
			continue;
		memset(&pm, 0, sizeof(pm));
		pm.span.off = m->off;
		pm.span.len = m->len;
		pm.sent = (uint32_t)(s - c->s);
		pm.is_country = 1;
		pm.ncand = 1;
		pm.cand[0] = idx;
		pm.place = idx;
		pm.precision = 4;
		read_context(c, s, &pm);
		*rc = push_mention(c, &pm);
	}
	s->p1 = (uint32_t)c->npm;
}

int sr__places_collect(struct actx *c)
{
	unsigned fuzzy_budget = MAX_FUZZY_TRIES;
	size_t i;
	int rc = SR_OK;

	pthread_once(&word_lists_once, build_word_lists);
	sr__buf_reset(&c->doc->mentions);
	c->pm = NULL;
	c->npm = 0;
	c->nsurname = 0;
	if (!c->e->gaz)
		return SR_OK;
	compute_focus(c);
	c->names = memo_get(c);
	if (c->names)
		c->names->article++;
	for (i = 0; i < c->ns && !rc; i++)
		collect_sentence(c, &c->s[i], &rc, &fuzzy_budget);
	return rc;
}

static void add_focus(struct actx *c, const char *cc)
{
	size_t i;

	for (i = 0; i < c->nfocus; i++)
		if (same_cc(c->focus[i], cc))
			return;
	if (c->nfocus < SR_ARRAY_LEN(c->focus))
		c->focus[c->nfocus++] = cc;
}

/* Focus countries: --focus, then the countries the article names or whose
 * people it names. */
static void compute_focus(struct actx *c)
{
	size_t i;

	c->nfocus = 0;
	for (i = 0; i < c->e->focus_count; i++)
		add_focus(c, c->e->focus[i]);
	/* Countries the article names or whose people it names. */
	for (i = 0; i < c->nm; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if ((e->type == SR_ENT_COUNTRY_NAME ||
		     e->type == SR_ENT_COUNTRY_DEMONYM) &&
		    e->country)
			add_focus(c, e->country->iso2);
		else if (e->type == SR_ENT_ACTOR && e->iso3) {
			const struct sr_country *co =
			    sr__country_by_iso3(e->iso3);
			if (co)
				add_focus(c, co->iso2);
		}
	}
	/* The theatre: a country at war brings the other side's country
	 * along (data/dyads.tsv) — "Russian artillery hit Toretsk" is about
	 * Ukraine too. */
	{
		size_t n = c->nfocus;

		for (i = 0; i < n; i++) {
			const struct sr_country *co =
			    sr__country_by_iso2(c->focus[i]);
			const char *p =
			    co ? sr__engine_partner(c->e, co->iso3) : NULL;
			const struct sr_country *pc =
			    p ? sr__country_by_iso3(p) : NULL;

			if (pc)
				add_focus(c, pc->iso2);
		}
	}
}

/* 1 if admin-1 region (cc, admin1) is held in part or whole by another
 * state (data/occupied.tsv): where the war is. */
static int held_region(const struct actx *c, const char *cc, const char *admin1)
{
	size_t i;

	/* (a held row's country code is two letters and a NUL, load_held:
	 * same_cc is strcmp for it) */
	for (i = 0; i < c->e->nheld; i++)
		if (same_cc(c->e->held[i][0], cc) &&
		    sr__streq(c->e->held[i][1], admin1))
			return 1;
	return 0;
}
/* 1 if the article tells an act of war: a trigger of a violent kind
 * among its matches (the first is usually near the start). */
static int war_told(const struct actx *c)
{
	size_t i;

	for (i = 0; i < c->nm; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
		    (size_t)e->kind < SR_ARRAY_LEN(c->e->violent) &&
		    c->e->violent[e->kind])
			return 1;
	}
	return 0;
}

/* (always inline: asked for every candidate a pick decodes) */
__attribute__((always_inline)) static inline int
in_focus(const struct actx *c, const struct sr_place *p)
{
	size_t i;

	for (i = 0; i < c->nfocus; i++)
		if (same_cc(c->focus[i], p->cc))
			return 1;
	return 0;
}

/* 1 if the letters of span w are all capitals (two or more). */
static int all_caps(const char *text, struct sr_span w)
{
	uint32_t i, n = 0;

	for (i = w.off; i < w.off + w.len; i++) {
		unsigned char ch = (unsigned char)text[i];

		if (ch >= 'a' && ch <= 'z')
			return 0;
		n += ch >= 'A' && ch <= 'Z';
	}
	return n >= 2;
}

/* sr__fold(p->name, strlen(p->name), b, cap) through the memo (names
 * whose key is longer than MEMO_KEY bytes are folded every time). */
static size_t own_key(const struct actx *c, const struct sr_place *p, char *b,
		      size_t cap)
{
	struct own_slot *s =
	    c->names ? &c->names->own[p->idx & (MEMO_SLOTS - 1)] : NULL;
	size_t n;

	/* (cap is the caller's buffer, always above MEMO_KEY) */
	if (s && s->idx1 == p->idx + 1) {
		memcpy(b, s->key, s->klen);
		b[s->klen] = '\0'; /* as sr__fold leaves it */
		return s->klen;
	}
	n = sr__fold(p->name, strlen(p->name), b, cap);
	if (s && n <= MEMO_KEY) {
		s->idx1 = p->idx + 1;
		s->klen = (unsigned char)n;
		memcpy(s->key, b, n);
	}
	return n;
}

/* 1 if place p's own name (not one of its alternate names) folds to the
 * words of pm: "Southport" is the English town's name and only another
 * name of Kenosha. */
static int primary_name(const struct actx *c, const struct mention *pm,
			const struct sr_place *p)
{
	char a[SR_MAX_NAME_LEN + 1], b[SR_MAX_NAME_LEN + 1];
	size_t al, bl, i;
	uint64_t h;
	int same = 1, stop;

	if (!p->name)
		return 0;
	/* two names of ASCII letters fold to their lower case: compared so
	 * without folding (any other byte: folded) */
	if (strlen(p->name) == pm->span.len) {
		for (i = 0; i < pm->span.len; i++) {
			unsigned char x =
			    (unsigned char)c->text[pm->span.off + i];
			unsigned char y = (unsigned char)p->name[i];

			if (!sr__text_alpha(x) || !sr__text_alpha(y))
				break;
			same &= (x | 0x20) == (y | 0x20);
		}
		if (i == pm->span.len)
			return same;
	}
	al = fold_key(c, c->text + pm->span.off, pm->span.len, a, sizeof(a), &h,
		      &stop);
	bl = own_key(c, p, b, sizeof(b));
	return al && al == bl && memcmp(a, b, al) == 0;
}

/* 1 if the spelling variant pm of place p is a variant of p's own name,
 * about as long ("Ghazipur" for "Gazipur"), not of an alternate name or
 * of a much shorter name ("Khayelitsha" is no "Halych", "West Gojjam" no
 * "West Ham"). */
static int variant_of_primary(const struct actx *c, const struct mention *pm,
			      const struct sr_place *p)
{
	char a[SR_MAX_NAME_LEN + 1], b[SR_MAX_NAME_LEN + 1];
	char sa[SR_MAX_NAME_LEN + 1], sb[SR_MAX_NAME_LEN + 1];
	size_t al =
	    sr__fold(c->text + pm->span.off, pm->span.len, a, sizeof(a));
	size_t bl =
	    p->name ? sr__fold(p->name, strlen(p->name), b, sizeof(b)) : 0;
	size_t sal, sbl;

	if (!al || !bl || (al > bl ? al - bl : bl - al) > 2)
		return 0;
	sal = sr__skeleton(a, al, sa, sizeof(sa));
	sbl = sr__skeleton(b, bl, sb, sizeof(sb));
	return sal && sal == sbl && memcmp(sa, sb, sal) == 0;
}

/* 1 if mention pm is two words or more, each of five letters or more
 * ("Novaya Kakhovka"; not "New Year"). */
static int long_words(const struct actx *c, const struct mention *pm)
{
	uint32_t lim = pm->span.off + pm->span.len;
	struct sr_span w = sr__next_word(c->text, lim, pm->span.off, 0);
	int n = 0;

	for (; w.len; w = sr__next_word(c->text, lim, w.off + w.len, 0)) {
		if (w.len < 5)
			return 0;
		n++;
	}
	return n >= 2;
}
/* Whether candidate k of pm may be chosen: misspellings and common words
 * only in a focus country; spelling variants in a focus country or where
 * the words around the name say it is a place ("in", "near", "region").
 * foc is in_focus(c, p), found once by the caller. */
static int allowed(const struct actx *c, const struct mention *pm, uint32_t k,
		   const struct sr_place *p, int foc)
{
	/* the words named the country: keep to it */
	if (pm->hint_cc[0] && p->level != SR_PLACE_COUNTRY &&
	    !sr__streq(p->cc, pm->hint_cc))
		return 0;
	if (p->lat == 0 && p->lon == 0)
		return 0; /* a region the build had no point for */
	if (pm->cand_how[k] != HOW_EXACT && p->level != SR_PLACE_LOCALITY &&
	    !pm->want_admin1)
		return 0;
	/* "Makhnovka" in a report on the war in Ukraine is no Mikhnevo
	 * near Moscow: a variant or a misspelling in Russia far from the
	 * border is a guess */
	if (pm->cand_how[k] != HOW_EXACT && same_cc(p->cc, "RU") &&
	    cc_in_focus(c, "UA") && sr__ua_ru_border_km(p->lat, p->lon) > 300)
		return 0;
	if (pm->cand_how[k] == HOW_FUZZY || pm->common)
		return foc;
	/* "GLIDE BOMBS SET KHARKIV STORE ABLAZE": in capitals every word
	 * looks like a name; only places in the article's countries count */
	if (c->nfocus && !foc && all_caps(c->text, pm->span))
		return 0;
	/* "ELN guerrillas": an acronym is no town abroad that has it for
	 * another name (Elne, "El'n") */
	if (!foc && pm->tok_end - pm->tok == 1 &&
	    p->level == SR_PLACE_LOCALITY && all_caps(c->text, pm->span) &&
	    (pm->cand_how[k] != HOW_EXACT || !primary_name(c, pm, p)))
		return 0;
	/* "MAIN: Kyiv is preparing...", "the OP named": one word that is
	 * only a small place abroad, with no word saying it is a place, is
	 * a word or an acronym */
	if (c->nfocus && !foc && pm->tok_end - pm->tok == 1 &&
	    p->level == SR_PLACE_LOCALITY && p->population < 20000 &&
	    !pm->near && !pm->district && !pm->want_admin1 &&
	    pm->prep != SR_CUE_IN && pm->prep != SR_CUE_NEAR &&
	    pm->prep != SR_CUE_ON && pm->prep != SR_CUE_OVER &&
	    pm->prep != SR_CUE_FROM)
		return 0;
	/* "in Bui division of Cameroon's North-West region": one word that
	 * is only another name of a town outside the article's countries
	 * (GeoNames lists "Bui" for Bowie, Maryland) is no place there,
	 * unless the town is a great city */
	if (c->nfocus && !foc && pm->tok_end - pm->tok == 1 &&
	    p->level == SR_PLACE_LOCALITY && p->population < 1000000 &&
	    !primary_name(c, pm, p))
		return 0;
	/* a variant spelling far from the article's countries is a guess
	 * ("Krynky" is not a Polish Krajenka) unless nothing is known */
	/* (or a name of two words or more, each a variant: "Novaya
	 * Kakhovka" heading a post that names no country) */
	if (pm->cand_how[k] == HOW_SKELETON)
		return foc ||
		       (c->nfocus == 0 &&
			(pm->prep == SR_CUE_IN || pm->near || pm->district ||
			 pm->want_admin1 || long_words(c, pm)) &&
			variant_of_primary(c, pm, p));
	return 1;
}

/* 1 if the spans a and b of text hold the same words, case aside.
 * Always inline: near_anchors asks it of every anchor, mostly of another
 * length. */
__attribute__((always_inline)) static inline int
same_words(const char *text, struct sr_span a, struct sr_span b)
{
	uint32_t i;

	if (a.len != b.len)
		return 0;
	for (i = 0; i < a.len; i++) {
		unsigned char x = (unsigned char)text[a.off + i];
		unsigned char y = (unsigned char)text[b.off + i];

		if (x != y && !(x >= 'A' && (x | 0x20) == (y | 0x20) &&
				(x | 0x20) >= 'a' && (x | 0x20) <= 'z'))
			return 0;
	}
	return 1;
}
/* The second anchor k of a place, whose first is self's, for near:
 * unless its mention's words are self's. */
static size_t near_second(const struct actx *c, uint32_t k, struct sr_span me,
			  uint32_t *near, size_t n)
{
	if (!same_words(c->text, c->pm[c->anchor_of[k]].span, me))
		near[n++] = c->anchors[k];
	return n;
}

/* The anchor places for ranking the candidates of mention self (the
 * anchors of the mentions of other names), into near; returns their
 * count.  A candidate that is one of them is that place named another
 * way ("Dzerzhinsk ... who call the town Toretsk").  A place
 * named again is given once: its distance to a candidate is the same,
 * and the nearest anchor (the first of the nearest) is unchanged.  A
 * mention gives at most one anchor, so of two anchors of one place at
 * most one is self's. */
static size_t near_anchors(const struct actx *c, uint32_t self, uint32_t *near)
{
	const struct sr_span me = c->pm[self].span;
	const struct first_anchors *fa = c->names ? &c->names->first : NULL;
	uint32_t pend = UINT32_MAX;
	size_t k, n = 0;

	if (fa && fa->article == c->names->article) {
		/* the same, from the first anchors of the places: a second
		 * one goes in its place in the order */
		size_t nf = fa->n;

		for (k = 0; k < nf; k++) {
			if (pend < fa->k[k]) {
				n = near_second(c, pend, me, near, n);
				pend = UINT32_MAX;
			}
			if (fa->owner[k] == self) {
				pend = fa->second[k];
				continue;
			}
			if (same_words(c->text, fa->span[k], me))
				continue;
			near[n++] = fa->place[k];
		}
		return pend != UINT32_MAX ? near_second(c, pend, me, near, n)
					  : n;
	}
	/* (no memo, out of memory: from all the anchors) */
	for (k = 0; k < c->nanchors; k++) {
		uint32_t d = c->anchor_dup[k];
		struct sr_span o;

		/* an earlier anchor of this place, not self's, was given
		 * (the cheaper test first: both only pass over k) */
		if (d != UINT32_MAX &&
		    (c->anchor_of[d] != self || c->anchor_dup[d] != UINT32_MAX))
			continue;
		/* nor the same name again: its pick would vote for itself */
		if (c->anchor_of[k] == self)
			continue;
		o = c->pm[c->anchor_of[k]].span;
		if (same_words(c->text, o, me))
			continue;
		near[n++] = c->anchors[k];
	}
	return n;
}

/* Fill the first anchors (struct first_anchors) of the anchors just
 * made. */
static void find_first_anchors(struct actx *c)
{
	struct first_anchors *fa = &c->names->first;
	uint32_t k, j, d;

	fa->n = 0;
	for (k = 0; k < c->nanchors; k++) {
		d = c->anchor_dup[k];
		if (d == UINT32_MAX) {
			j = fa->n++;
			fa->k[j] = k;
			fa->place[j] = c->anchors[k];
			fa->owner[j] = c->anchor_of[k];
			fa->span[j] = c->pm[c->anchor_of[k]].span;
			fa->second[j] = UINT32_MAX;
		} else if (c->anchor_dup[d] == UINT32_MAX) {
			for (j = fa->n; j-- > 0 && fa->k[j] != d;)
				;
			fa->second[j] = k;
		}
	}
	fa->article = c->names->article;
}

/* 1 if admin-1 candidate k of pm holds a locality candidate of the same
 * name: the region is that city's own ("Kyiv City", "Moscow"). */
static int holds_namesake(const struct mention *pm, const struct sr_place *pl,
			  uint32_t k)
{
	uint32_t j;

	for (j = 0; j < pm->ncand; j++)
		if (pl[j].level == SR_PLACE_LOCALITY &&
		    sr__streq(pl[j].cc, pl[k].cc) &&
		    sr__streq(pl[j].admin1_code, pl[k].admin1_code))
			return 1;
	return 0;
}

/* "the Kyiv region", "Moscow oblast", "the Minsk region": of two admin-1
 * regions of one country answering to the name, one a city's own
 * territory (Kyiv City, Moscow: the city of that name lies in it) and one
 * around it (Kyiv Oblast, Moscow Oblast), a region word means the one
 * around; the city alone is the city.  Rules the city's region out of
 * ok[]. */
static void region_around_city(const struct mention *pm,
			       const struct sr_place *pl, unsigned char *ok)
{
	uint32_t k, j;
	unsigned char city[MAX_CAND];

	for (k = 0; k < pm->ncand; k++)
		city[k] = ok[k] && pl[k].level == SR_PLACE_ADMIN1 &&
			  holds_namesake(pm, pl, k);
	for (k = 0; k < pm->ncand; k++) {
		if (!city[k])
			continue;
		for (j = 0; j < pm->ncand; j++)
			if (ok[j] && !city[j] &&
			    pl[j].level == SR_PLACE_ADMIN1 &&
			    sr__streq(pl[j].cc, pl[k].cc))
				break;
		if (j < pm->ncand)
			ok[k] = 0;
	}
}

/* "killed five farmers in Borno": a name shared by villages (Borno,
 * Italy, 2,467 people) and by a region a hundred times more populous
 * (Borno State) means the region, unless a village is in a focus country
 * and the region is not.  Only exact names count, the region's own
 * (Ariha is another name of Jericho Governorate); when some village has
 * the name as its own, only those (Borna, Germany, is called Borno too),
 * as pick prefers them. */
static int village_or_region(const struct actx *c, const struct mention *pm,
			     const struct sr_place *pl, const unsigned char *ok)
{
	uint64_t town = 0, region = 0;
	int town_focus = 0, region_focus = 0, own = 0, small = 0, big = 0;
	unsigned char mine[MAX_CAND];
	uint32_t k;

	/* the cheap test first: a small village and a region of the
	 * name, before any name is folded */
	for (k = 0; k < pm->ncand; k++) {
		if (!ok[k] || pm->cand_how[k] != HOW_EXACT)
			continue;
		small |= pl[k].level == SR_PLACE_LOCALITY &&
			 pl[k].population < 10000;
		big |=
		    pl[k].level == SR_PLACE_ADMIN1 && pl[k].population >= 100;
	}
	if (!small || !big)
		return 0;
	for (k = 0; k < pm->ncand; k++) {
		mine[k] = ok[k] && pm->cand_how[k] == HOW_EXACT &&
			  pl[k].level == SR_PLACE_LOCALITY &&
			  primary_name(c, pm, &pl[k]);
		own |= mine[k];
	}
	for (k = 0; k < pm->ncand; k++) {
		if (!ok[k] || pm->cand_how[k] != HOW_EXACT)
			continue;
		if (pl[k].level == SR_PLACE_LOCALITY && (mine[k] || !own)) {
			if (pl[k].population > town)
				town = pl[k].population;
			town_focus |= in_focus(c, &pl[k]);
		} else if (pl[k].level == SR_PLACE_ADMIN1 &&
			   primary_name(c, pm, &pl[k])) {
			if (pl[k].population > region)
				region = pl[k].population;
			region_focus |= in_focus(c, &pl[k]);
		}
	}
	if (town_focus && !region_focus)
		return 0;
	return town < 10000 && region >= 100 * (town ? town : 1);
}

/* What pick finds of a mention before it scores: which candidates are
 * in the running (elig), which have the name as their own (prim, and
 * prim_loc for a locality among them), or that the mention is no place
 * (none).  It depends on the mention and the focus countries only, not
 * on the named regions or the anchors, so sr__places_resolve keeps it
 * from a mention's first pick for the later ones. */
struct pick_pre {
	uint32_t ncand; /* the candidates it was found for; 0: not found */
	unsigned char none, prim_loc;
	unsigned char elig[MAX_CAND], prim[MAX_CAND];
};

/* Fill *pre for pm (ncand > 0 and pm neither water nor a country);
 * pl gets the candidates decoded. */
static void pick_pre(struct actx *c, struct mention *pm, struct sr_place *pl,
		     struct pick_pre *pre)
{
	const struct sr_gaz *g = c->e->gaz;
	unsigned char ok[MAX_CAND];
	uint32_t k;
	int want_level;
	int have_level[3] = { 0, 0, 0 }, prim_level[3] = { 0, 0, 0 };
	unsigned char *prim = pre->prim, foc[MAX_CAND] = { 0 };

	pre->ncand = pm->ncand;
	pre->none = 0;
	/* each candidate is decoded and judged once */
	for (k = 0; k < pm->ncand; k++) {
		sr__gaz_place(g, pm->cand[k], &pl[k]);
		foc[k] = (unsigned char)in_focus(c, &pl[k]);
		ok[k] = allowed(c, pm, k, &pl[k], foc[k]) &&
			!(pm->as_spelt && pm->cand_how[k] != HOW_EXACT);
	}
	if (pm->want_admin1)
		region_around_city(pm, pl, ok);
	/* which candidates have the name as their own, when there is a
	 * choice; in a focus country another name of a place is as good
	 * ("Konstantinovka" in a Russian report is Kostiantynivka) */
	for (k = 0; k < pm->ncand; k++)
		prim[k] = ok[k] && pm->ncand > 1 &&
			  pm->cand_how[k] == HOW_EXACT &&
			  (foc[k] || primary_name(c, pm, &pl[k]));
	for (k = 0; k < pm->ncand; k++)
		if (pl[k].level >= 0 && pl[k].level <= 2 && ok[k] &&
		    (pl[k].level != SR_PLACE_LOCALITY || prim[k]))
			prim_level[pl[k].level] |= prim[k];
	for (k = 0; k < pm->ncand; k++)
		if (pl[k].level >= 0 && pl[k].level <= 2 && ok[k])
			have_level[pl[k].level] = 1;
	/* "in Antioquia", "Cauca": a region of that very name, not towns
	 * that only have it for another name (Antakya, Coca) */
	if (!pm->want_admin1 && prim_level[SR_PLACE_ADMIN1] &&
	    !prim_level[SR_PLACE_LOCALITY])
		have_level[SR_PLACE_LOCALITY] = 0;
	/* "the X region" wants a region; a bare name wants a locality. */
	if (pm->want_admin1)
		want_level = have_level[SR_PLACE_ADMIN1] ? SR_PLACE_ADMIN1
							 : SR_PLACE_LOCALITY;
	else
		want_level = have_level[SR_PLACE_LOCALITY] ? SR_PLACE_LOCALITY
			     : have_level[SR_PLACE_ADMIN1] ? SR_PLACE_ADMIN1
							   : SR_PLACE_COUNTRY;
	if (want_level == SR_PLACE_LOCALITY && have_level[SR_PLACE_ADMIN1] &&
	    village_or_region(c, pm, pl, ok))
		want_level = SR_PLACE_ADMIN1;
	/* "crossed the Dnipro on Wednesday": not the town (nor the river's
	 * point); "the Donbas", an area, stays */
	if (pm->bare_the && want_level == SR_PLACE_LOCALITY) {
		for (k = 0; k < pm->ncand; k++)
			if (ok[k] && pl[k].level == want_level &&
			    (pl[k].fclass == 'A' || pl[k].fclass == 'L'))
				break;
		if (k == pm->ncand) {
			pre->none = 1;
			return;
		}
	}
	for (k = 0; k < pm->ncand; k++)
		pre->elig[k] = pl[k].level == want_level && ok[k];
	pre->prim_loc = (unsigned char)prim_level[SR_PLACE_LOCALITY];
}

/* pre: what an earlier pick of pm found (pre->ncand == pm->ncand), or
 * scratch for this one to fill (its ncand set to 0 first).  With only_big
 * (a first pick whose mention is picked again later with the anchors), a
 * choice among small towns alone is not made: pre is filled and nothing
 * else is set. */
static void pick(struct actx *c, struct mention *pm, int use_anchors,
		 struct pick_pre *pre, int only_big)
{
	const struct sr_gaz *g = c->e->gaz;
	struct sr_gaz_context ctx;
	struct sr_place p, pl[MAX_CAND];
	struct pick_pre own;
	double best = -1e300;
	uint32_t k, best_idx = UINT32_MAX, best_k = 0, near[64], eligible = 0;
	size_t nnear = 0;

	if (pm->water) {
		pm->place = UINT32_MAX;
		return;
	}
	if (pm->is_country)
		return;
	if (!pre) {
		own.ncand = 0;
		pre = &own;
	}
	if (pre->ncand != pm->ncand || !pm->ncand) {
		pick_pre(c, pm, pl, pre);
	} else {
		/* found before: only the candidates in the running are
		 * decoded again */
		for (k = 0; k < pm->ncand; k++)
			if (pre->elig[k])
				sr__gaz_place(g, pm->cand[k], &pl[k]);
	}
	if (pre->none) {
		pm->place = UINT32_MAX;
		return;
	}
	if (only_big && !pm->district) {
		for (k = 0; k < pm->ncand; k++)
			if (pre->elig[k] && (pl[k].level != SR_PLACE_LOCALITY ||
					     pl[k].population >= 100000))
				break;
		if (k == pm->ncand)
			return;
	}
	/* Score every candidate, then write the reason for the winner only:
	 * formatting reasons is dearer than scoring.  A candidate alone in
	 * the running wins whatever its score (a finite number): it is not
	 * scored. */
	for (k = 0; k < pm->ncand; k++)
		eligible += pre->elig[k];
	if (eligible > 1) {
		/* the context of the scores, only when there are any */
		memset(&ctx, 0, sizeof(ctx));
		for (k = 0; k < c->nfocus && k < SR_ARRAY_LEN(ctx.focus_cc);
		     k++)
			ctx.focus_cc[k] = c->focus[k];
		ctx.focus_count = k;
		ctx.admin1_idx = c->admin1;
		ctx.admin1_count = c->nadmin1;
		if (use_anchors) {
			/* other mentions' anchors only: a name must not vote
			 * for itself */
			nnear = near_anchors(c, c->self, near);
			ctx.near_idx = near;
			ctx.near_count = nnear;
		}
		ctx.want_admin1 = pm->want_admin1;
	}
	for (k = 0; k < pm->ncand; k++) {
		double sc;

		if (!pre->elig[k])
			continue;
		sc =
		    eligible == 1 ? 0 : sr__gaz_score(g, &pl[k], &ctx, NULL, 0);
		if (pm->cand_how[k] != HOW_EXACT)
			sc -=
			    pm->cand_how[k] == HOW_FUZZY ? W_FUZZY : W_SKELETON;
		else if (pl[k].level == SR_PLACE_LOCALITY && !pre->prim[k] &&
			 pre->prim_loc)
			sc -= W_ALTNAME;
		/* "Ukrainian troops advanced towards Korenevo": of two
		 * Russian towns of the name, the one in the border region
		 * the war reaches, not the one near Moscow */
		if (eligible > 1 && pl[k].level == SR_PLACE_LOCALITY &&
		    same_cc(pl[k].cc, "RU") && cc_in_focus(c, "UA") &&
		    sr__ua_ru_border_km(pl[k].lat, pl[k].lon) < 120)
			sc += W_WARZONE;
		/* "Assault units are advancing in the central part of
		 * Dzerzhinsk, dislodging Ukrainian troops": in a report on
		 * the war, a town of a region the war holds in part or whole
		 * (data/occupied.tsv) before its namesakes elsewhere */
		else if (eligible > 1 && pl[k].level == SR_PLACE_LOCALITY &&
			 same_cc(pl[k].cc, "UA") && cc_in_focus(c, "UA") &&
			 cc_in_focus(c, "RU") &&
			 held_region(c, pl[k].cc, pl[k].admin1_code) &&
			 war_told(c))
			sc += W_WARZONE;
		if (sc > best || (sc == best && pm->cand[k] < best_idx)) {
			best = sc;
			best_idx = pm->cand[k];
			best_k = k;
		}
	}
	pm->best_how = pm->cand_how[best_k];
	pm->place = best_idx;
	if (best_idx == UINT32_MAX)
		return;
	p = pl[best_k]; /* decoded above */
	if (pm->want_admin1 && p.level == SR_PLACE_LOCALITY) {
		/* "Bakhmut region" with no such admin-1: the place's region */
		uint32_t a1 = sr__gaz_admin1(g, p.cc, p.admin1_code);

		if (a1 != UINT32_MAX) {
			pm->place = a1;
			p.level = SR_PLACE_ADMIN1;
		}
	}
	pm->precision = p.level == SR_PLACE_COUNTRY  ? 4
			: p.level == SR_PLACE_ADMIN1 ? 3
			: (pm->near || pm->district) ? 2
						     : 1;
	if (p.level == SR_PLACE_LOCALITY && p.precision > pm->precision)
		pm->precision = p.precision; /* "ZNPP": near Enerhodar */
}

/* A misspelt name must lie near another place the article names (when it
 * names any): one edit reaches many far-away villages. */
static void check_misspelling(struct actx *c, uint32_t i)
{
	struct mention *pm = &c->pm[i];
	struct sr_place p, q;
	size_t k, others = 0;
	unsigned char how;
	double lim;

	if (pm->place == UINT32_MAX)
		return;
	for (k = 0; k < pm->ncand; k++)
		if (pm->cand[k] == pm->place)
			break;
	/* a one-word spelling variant is as weak as a misspelling, and must
	 * lie nearer still: skeletons of short names collide across a
	 * country ("Gorkovsky" is not a Crimean "Geroyskoye") */
	if (k == pm->ncand)
		return;
	how = pm->cand_how[k];
	if (!(how == HOW_FUZZY ||
	      (how == HOW_SKELETON && pm->tok_end - pm->tok == 1)))
		return;
	lim = how == HOW_FUZZY ? MISSPELT_KM : MISSPELT_KM / 2;
	sr__gaz_place(c->e->gaz, pm->place, &p);
	/* "crossed into Belgorod region near Kozinka": a region named in
	 * the sentence that does not hold the variant found (a Kazanka in
	 * Mykolaiv) says the village is another, one the gazetteer lacks */
	{
		const struct sent *s = &c->s[pm->sent];
		int regions = 0;

		for (k = s->p0; k < s->p1; k++) {
			const struct mention *r = &c->pm[k];

			if (k == i || r->place == UINT32_MAX || r->is_country)
				continue;
			sr__gaz_place(c->e->gaz, r->place, &q);
			if (q.level != SR_PLACE_ADMIN1)
				continue;
			if (sr__streq(p.cc, q.cc) &&
			    sr__streq(p.admin1_code, q.admin1_code))
				return;
			regions++;
		}
		if (regions) {
			pm->place = UINT32_MAX;
			return;
		}
	}
	for (k = 0; k < c->nanchors; k++) {
		if (c->anchor_of[k] == i)
			continue;
		sr__gaz_place(c->e->gaz, c->anchors[k], &q);
		/* a national capital with no preposition before it names
		 * its government ("Kiev is throwing its marines into ...") */
		if (q.fcode && sr__streq(q.fcode, "PPLC") &&
		    c->anchor_of[k] < c->npm && !c->pm[c->anchor_of[k]].prep)
			continue;
		others++;
		if (sr__geo_km(p.lat, p.lon, q.lat, q.lon) <= lim)
			return;
	}
	if (others)
		pm->place = UINT32_MAX;
}

/* ---- containers ----
 *
 * "Stepnoy in the Volnovakhsky district of the DPR", "the Orekhovo
 * district of the Zaporozhye region", "In the Donetsk region, Russian
 * troops shelled Bagatyr": the words put the place inside a region.  A
 * namesake elsewhere (a Stepnoy in Kalmykia, an Orekhovo in Moscow) is
 * then wrong even when it is the only candidate or the most populous: the
 * place is looked for in the region only, spelling variants included, and
 * when the region has none the place stays unknown, so that the event
 * takes the region.
 */

/* Words that may stand between a place and the region holding it. */
static int container_word(const char *text, struct sr_span w)
{
	return sr__wlist_has(text, w, &wl_container_word);
}

/* 1 if the tokens [t0, t1) only join a place to the region after it:
 * container words, commas and brackets, and at most one capitalised
 * district name ("Volnovakhsky"); 2 if they are a comma alone ("Nikopol,
 * Dnipropetrovsk region"), which a list of places also has. */
static int joins_container(const struct actx *c, uint32_t t0, uint32_t t1)
{
	uint32_t t, names = 0;

	if (t1 <= t0 || t1 - t0 > 8)
		return 0;
	if (t1 - t0 == 1 && c->text[c->tok[t0].span.off] == ',')
		return 2;
	for (t = t0; t < t1; t++) {
		const struct sr_token *k = &c->tok[t];

		if (k->kind == SR_TOK_PUNCT) {
			char ch = c->text[k->span.off];

			if (ch != ',' && ch != '(')
				return 0;
			continue;
		}
		if (k->kind != SR_TOK_WORD)
			return 0;
		if (container_word(c->text, k->span))
			continue;
		if (k->upper && ++names <= 1)
			continue;
		return 0;
	}
	return 1;
}

/* The admin-1 place of mention r when it names a region, else NULL. */
static int region_of(const struct actx *c, const struct mention *r,
		     struct sr_place *out)
{
	if (r->place == UINT32_MAX || r->is_country)
		return 0;
	sr__gaz_place(c->e->gaz, r->place, out);
	return out->level == SR_PLACE_ADMIN1;
}

/* The region that the sentence says holds mention i, into *reg; 0 if
 * none.  After the place: "X [district] in/of the [Y district of the]
 * R [region]"; before it: "In the R region, ... X" with no other region
 * between. */
static int container_of(const struct actx *c, uint32_t i, int big,
			struct sr_place *reg)
{
	const struct mention *pm = &c->pm[i];
	const struct sent *s = &c->s[pm->sent];
	uint32_t j;

	for (j = i + 1; j < s->p1; j++) {
		const struct mention *r = &c->pm[j];
		int how = joins_container(c, pm->tok_end, r->tok);

		if (!how)
			break;
		/* "Kharkiv, Sumy region": a city listed before a region is
		 * not inside it; "Nikopol, Dnipropetrovsk region" is */
		if (how == 2 && (!r->want_admin1 || big))
			break;
		if (region_of(c, r, reg))
			return 1;
	}
	for (j = i; j-- > s->p0;) {
		const struct mention *r = &c->pm[j];
		uint32_t t, t_end;

		if (!region_of(c, r, reg))
			continue;
		if (r->prep != SR_CUE_IN || r->tok > s->t0 + 2)
			return 0; /* not "In [the] R region, ..." */
		/* the comma closing the fronted phrase, then no semicolon */
		t_end = r->tok_end;
		while (t_end < pm->tok && c->tok[t_end].kind == SR_TOK_WORD &&
		       sr__cue_at(c, s, c->tok[t_end].span.off) ==
			   SR_CUE_REGION)
			t_end++;
		if (t_end >= pm->tok || c->text[c->tok[t_end].span.off] != ',')
			return 0;
		for (t = t_end; t < pm->tok; t++)
			if (c->tok[t].kind == SR_TOK_PUNCT &&
			    c->text[c->tok[t].span.off] == ';')
				return 0;
		return 1;
	}
	return 0;
}

/* The one admin-1 region named before mention i in its paragraph (all
 * the region mentions there, but those a strike came from, name the
 * same), into *reg; 0 if none or several. */
static int region_before(const struct actx *c, uint32_t i, struct sr_place *reg)
{
	uint32_t k, one = UINT32_MAX, para = c->s[c->pm[i].sent].para;

	if (!c->nadmin1)
		return 0;
	for (k = i; k-- > 0;) {
		const struct mention *r = &c->pm[k];

		if (c->s[r->sent].para != para)
			break;
		if (r->place == UINT32_MAX || r->is_country ||
		    r->prep == SR_CUE_FROM ||
		    sr__gaz_level(c->e->gaz, r->place) != SR_PLACE_ADMIN1)
			continue;
		if (one != UINT32_MAX && one != r->place)
			return 0;
		one = r->place;
	}
	if (one == UINT32_MAX)
		return 0;
	sr__gaz_place(c->e->gaz, one, reg);
	return 1;
}
static int in_region(const struct sr_place *p, const struct sr_place *reg)
{
	return sr__streq(p->cc, reg->cc) &&
	       sr__streq(p->admin1_code, reg->admin1_code);
}

static void apply_container(struct actx *c, uint32_t i)
{
	const struct sr_gaz *g = c->e->gaz;
	struct mention *pm = &c->pm[i];
	struct sr_place reg, p;
	uint32_t k, n = 0, extra[MAX_CAND], m, cand[MAX_CAND];
	unsigned char how[MAX_CAND];
	char key[SR_MAX_NAME_LEN + 1];
	size_t klen;
	int by_article = 0;

	if (pm->place == UINT32_MAX || pm->is_country || pm->want_admin1 ||
	    pm->hint_cc[0])
		return;
	/* the level and population first: most places have no container */
	if (sr__gaz_level(g, pm->place) != SR_PLACE_LOCALITY)
		return;
	if (!container_of(c, i, sr__gaz_population(g, pm->place) >= 100000,
			  &reg)) {
		/* (or, for a smaller place of several namesakes, the one
		 * region named before it in its paragraph, when a namesake
		 * lies in it: "a special operation in Crimea. Special
		 * forces landed near Olenivka") */
		uint32_t exact = 0;

		for (k = 0; k < pm->ncand; k++)
			exact += pm->cand_how[k] == HOW_EXACT;
		if (exact < 2 || sr__gaz_population(g, pm->place) >= 100000 ||
		    !region_before(c, i, &reg))
			return;
		by_article = 1;
	}
	sr__gaz_place(g, pm->place, &p);
	if (in_region(&p, &reg))
		return;
	for (k = 0; k < pm->ncand; k++) {
		sr__gaz_place(g, pm->cand[k], &p);
		if (in_region(&p, &reg)) {
			how[n] = pm->cand_how[k];
			cand[n++] = pm->cand[k];
		}
	}
	klen = sr__fold(c->text + pm->span.off, pm->span.len, key, sizeof(key));
	/* (the count returned is of all the places found, not only of
	 * those written) */
	m = klen ? (uint32_t)SR_MIN(
		       sr__gaz_find_skeleton(g, key, klen, extra, MAX_CAND),
		       (size_t)MAX_CAND)
		 : 0;
	for (k = 0; k < m && n < MAX_CAND; k++) {
		uint32_t j;

		sr__gaz_place(g, extra[k], &p);
		if (p.level != SR_PLACE_LOCALITY || !in_region(&p, &reg))
			continue;
		for (j = 0; j < n && cand[j] != extra[k]; j++)
			;
		if (j < n)
			continue;
		how[n] = HOW_SKELETON;
		cand[n++] = extra[k];
	}
	if (by_article && !n)
		return; /* no namesake there: the pick stands */
	memcpy(pm->cand, cand, n * sizeof(*cand));
	memcpy(pm->cand_how, how, n * sizeof(*how));
	pm->ncand = n;
	pm->place = UINT32_MAX;
	if (n) {
		c->self = i;
		pick(c, pm, 1, NULL, 0); /* other candidates than before */
		pm->contained = pm->place != UINT32_MAX;
	}
}

/* ---- places told relative to each other ----
 *
 * "Stepove, a village north of Avdiivka", "Petropavlivka, east of
 * Kupiansk", "Krynky near Kherson", "near Vodiane and Vuhledar": the two
 * places lie close together, so among their namesakes the pair nearest
 * each other (within 60 km, or the distance the words give) is meant.
 * When the words put the first place near the second and no namesake of
 * it lies there (a village the gazetteer lacks, whose name a far town
 * shares), the event is put near the second place.
 */
#define RELATIVE_KM 60.0 /* farthest pair of places told together */
/* How far a town told from another ("X, north-east of Y") may lie from
 * it when X is found by name in another region than Y. */
#define REACH_KM 150.0

/* 1 if tokens [t0, t1) tell where the place before them lies from the
 * place after: ", a village north of", ", 10 km east of", " east of",
 * " near", ", just outside"; *km is the distance the words give (0 when
 * none). */
static int relative_phrase(const struct actx *c, uint32_t t0, uint32_t t1,
			   double *km)
{
	uint32_t t;
	int settlement = 0, direction = 0, compass = 0, other = 0;
	double n = 0;

	*km = 0;
	if (t1 <= t0 || t1 - t0 > 8)
		return 0;
	for (t = t0; t < t1; t++) {
		const struct sr_token *k = &c->tok[t];
		struct sr_span w = k->span;

		if (k->kind == SR_TOK_PUNCT) {
			if (t != t0 || c->text[w.off] != ',')
				return 0;
			continue;
		}
		if (k->kind == SR_TOK_NUMBER) {
			n = strtod(c->text + w.off, NULL);
			continue;
		}
		if (k->kind != SR_TOK_WORD || k->upper)
			return 0;
		if (n > 0 && (sr__word_is(c->text, w, "miles") ||
			      sr__word_is(c->text, w, "mile")))
			*km = n * 1.609;
		else if (n > 0 && (sr__word_is(c->text, w, "km") ||
				   (w.len >= 7 && strncmp(c->text + w.off,
							  "kilomet", 7) == 0)))
			*km = n;
		if (settlement_word(c->text, w)) {
			settlement = 1;
		} else if (direction_word(c->text, w)) {
			direction = 1;
			/* "north of", not "near" or "outside" */
			if (!sr__word_is(c->text, w, "near") &&
			    !sr__word_is(c->text, w, "outside"))
				compass = 1;
			else if (t + 1 != t1)
				return 0;
		} else if (!sr__word_is(c->text, w, "of") &&
			   !sr__wlist_has(c->text, w, &wl_relative_filler)) {
			other = 1;
		}
	}
	if (settlement && direction)
		return 1; /* ", a frontline village north of" */
	if (other || !direction)
		return 0;
	/* "east of", or "near" / "outside" right before the place */
	return compass ? sr__word_is(c->text, c->tok[t1 - 1].span, "of") : 1;
}

/* 1 if tokens [t0, t1) are "and" or a comma: "in the area of Vodiane and
 * Vuhledar", where two villages named together lie together. */
static int coordinated(const struct actx *c, uint32_t t0, uint32_t t1)
{
	const struct sr_token *t = &c->tok[t0];

	return t1 == t0 + 1 &&
	       ((t->kind == SR_TOK_WORD &&
		 sr__word_is(c->text, t->span, "and")) ||
		(t->kind == SR_TOK_PUNCT && c->text[t->span.off] == ','));
}

static void relative_places(struct actx *c, uint32_t i)
{
	const struct sr_gaz *g = c->e->gaz;
	struct mention *x = &c->pm[i], *y;
	const struct sent *s = &c->s[x->sent];
	struct sr_place p, q;
	double best, told_km = 0;
	uint32_t kx, ky, bx = UINT32_MAX, by = UINT32_MAX;
	int told;

	if (i + 1 >= s->p1 || x->place == UINT32_MAX || x->is_country)
		return;
	y = &c->pm[i + 1];
	if (y->place == UINT32_MAX || y->is_country)
		return;
	told = relative_phrase(c, x->tok_end, y->tok, &told_km);
	if (!told && !(coordinated(c, x->tok_end, y->tok) &&
		       (x->ncand > 1 || y->ncand > 1)))
		return;
	best = told_km > 0 ? SR_MAX(RELATIVE_KM, told_km * 1.5) : RELATIVE_KM;
	for (kx = 0; kx < x->ncand; kx++) {
		if (sr__gaz_level(g, x->cand[kx]) != SR_PLACE_LOCALITY)
			continue;
		sr__gaz_place(g, x->cand[kx], &p);
		for (ky = 0; ky < y->ncand; ky++) {
			double km;

			if (sr__gaz_level(g, y->cand[ky]) != SR_PLACE_LOCALITY)
				continue;
			sr__gaz_place(g, y->cand[ky], &q);
			km = sr__geo_km(p.lat, p.lon, q.lat, q.lon);
			if (km < best) {
				best = km;
				bx = kx;
				by = ky;
			}
		}
	}
	if (bx == UINT32_MAX) {
		/* "Petropavlivka, east of Kupiansk" with only a Petropavlivka
		 * in another region: near Kupiansk, when the words put it
		 * close.  A place told from a town of its own region may lie
		 * farther ("Avdiivka, southwest of Kramatorsk", 75 km). */
		if (!told || (told_km > 0 && told_km > 30) || x->want_admin1 ||
		    x->district ||
		    sr__gaz_level(g, y->place) != SR_PLACE_LOCALITY ||
		    sr__gaz_level(g, x->place) != SR_PLACE_LOCALITY)
			return;
		sr__gaz_place(g, x->place, &p);
		sr__gaz_place(g, y->place, &q);
		if (in_region(&p, &q))
			return;
		/* (nor when the place found lies in reach of the other, a
		 * capital being a region of its own: "Sergiyev Posad,
		 * north-east of Moscow", 70 km; "Bila Tserkva, south of
		 * Kyiv") */
		if (sr__geo_km(p.lat, p.lon, q.lat, q.lon) <= REACH_KM)
			return;
		x->place = y->place;
		x->best_how = y->best_how;
		x->precision = 2;
		x->relative = 2;
		return;
	}
	x->place = x->cand[bx];
	x->best_how = x->cand_how[bx];
	x->relative = 1;
	y->place = y->cand[by];
	y->best_how = y->cand_how[by];
}

/* 1 if mention pm has admin-1 candidates in two countries or more. */
static int region_in_two_countries(const struct actx *c,
				   const struct mention *pm)
{
	struct sr_place p;
	const char *cc = NULL;
	uint32_t k;

	for (k = 0; k < pm->ncand; k++) {
		sr__gaz_place(c->e->gaz, pm->cand[k], &p);
		if (p.level != SR_PLACE_ADMIN1)
			continue;
		if (cc && !sr__streq(cc, p.cc))
			return 1;
		cc = p.cc;
	}
	return 0;
}

/* What allowed reads of a mention's preposition: "in" (2), another of
 * the locative ones it lists (1), or none of them (0). */
static int prep_class(unsigned char prep)
{
	if (prep == SR_CUE_IN)
		return 2;
	return prep == SR_CUE_NEAR || prep == SR_CUE_ON ||
	       prep == SR_CUE_OVER || prep == SR_CUE_FROM;
}

/* 1 if mentions a and b give pick the same input: the same words, byte
 * for byte, read the same way around them, with the same candidates
 * found the same way (of the preposition, what allowed tells apart).
 * These are all the fields of a mention that pick,
 * pick_pre, allowed and the tests they call read (the words through
 * all_caps, primary_name, variant_of_primary and long_words); the rest
 * of what they read is the article's (the focus countries, the named
 * regions, the anchors). */
static int same_pick_input(const struct actx *c, const struct mention *a,
			   const struct mention *b)
{
	return a->ncand == b->ncand && a->span.len == b->span.len &&
	       a->tok_end - a->tok == b->tok_end - b->tok &&
	       a->water == b->water && a->is_country == b->is_country &&
	       a->as_spelt == b->as_spelt && a->want_admin1 == b->want_admin1 &&
	       a->bare_the == b->bare_the && a->common == b->common &&
	       a->near == b->near && a->district == b->district &&
	       prep_class(a->prep) == prep_class(b->prep) &&
	       memcmp(a->hint_cc, b->hint_cc, sizeof(a->hint_cc)) == 0 &&
	       memcmp(a->cand, b->cand, a->ncand * sizeof(*a->cand)) == 0 &&
	       memcmp(a->cand_how, b->cand_how, a->ncand) == 0 &&
	       memcmp(c->text + a->span.off, c->text + b->span.off,
		      a->span.len) == 0;
}

/* pre[i] from mention i's twin, which was picked before it (the first
 * of the name), when its first pick found it: the same input gives the
 * same pre, and pick then does not find it again. */
static void share_pre(struct pick_pre *pre, const uint32_t *twin, uint32_t i)
{
	if (twin[i] != i && pre[twin[i]].ncand)
		pre[i] = pre[twin[i]];
}

/* For each mention i, into twin[i], the first mention of the article
 * with the same pick input (same_pick_input), i itself when none: a
 * name told again is mostly told the same way.  By a hash of the words
 * and the first candidate into a small open table; a name the table has
 * no room for is its own twin. */
#define TWIN_SLOTS 256 /* a power of two */
static void find_twins(const struct actx *c, uint32_t *twin)
{
	uint32_t slot[TWIN_SLOTS]; /* a mention's index + 1; 0 empty */
	size_t i, k, h, probe;

	memset(slot, 0, sizeof(slot));
	for (i = 0; i < c->npm; i++) {
		const struct mention *pm = &c->pm[i];

		twin[i] = (uint32_t)i;
		if (pm->ncand < 2 || pm->is_country || pm->water)
			continue; /* pick decides these without pick_pre */
		h = raw_slot(c->text + pm->span.off,
			     SR_MIN(pm->span.len, (uint32_t)FOLD_RAW)) ^
		    (pm->cand[0] * 0x9E3779B9u >> 8);
		for (probe = 0; probe < 8; probe++) {
			k = (h + probe) & (TWIN_SLOTS - 1);
			if (!slot[k]) {
				slot[k] = (uint32_t)i + 1;
				break;
			}
			if (same_pick_input(c, &c->pm[slot[k] - 1], pm)) {
				twin[i] = slot[k] - 1;
				break;
			}
		}
	}
}

/* 1 if the anchored picks of mentions a and b (pre: what their first
 * picks found) have the same input besides the anchors near them: the
 * same candidates, found the same way, the same candidates in the
 * running and named as their own, and the same words around them as the
 * precision reads them.  pick reads nothing else of a mention once pre
 * is found. */
static int same_anchored_input(const struct mention *a,
			       const struct pick_pre *pa,
			       const struct mention *b,
			       const struct pick_pre *pb)
{
	return a->ncand == b->ncand && pa->ncand == a->ncand &&
	       pb->ncand == b->ncand && !a->water && !b->water &&
	       a->want_admin1 == b->want_admin1 &&
	       (a->near || a->district) == (b->near || b->district) &&
	       pa->none == pb->none && pa->prim_loc == pb->prim_loc &&
	       memcmp(a->cand, b->cand, a->ncand * sizeof(*a->cand)) == 0 &&
	       memcmp(a->cand_how, b->cand_how, a->ncand) == 0 &&
	       memcmp(pa->elig, pb->elig, a->ncand) == 0 &&
	       memcmp(pa->prim, pb->prim, a->ncand) == 0;
}

/* The mentions picked with the anchors so far in an article, by a hash
 * of their candidates (index + 1; 0 for an empty slot). */
#define ANCHORED_SLOTS 64 /* a power of two */

/* pick(c, pm, 1, &pre[i], 0) for mention i (as c->self), or the place an
 * earlier such pick found for a mention with the same input
 * (same_anchored_input) and the same anchors near it: every input of the
 * pick is then the same.  Only a found place is taken over (pick leaves
 * the precision as it was when it finds none). */
static void pick_anchored(struct actx *c, uint32_t i, struct pick_pre *pre,
			  uint32_t *slot)
{
	struct mention *pm = &c->pm[i];
	uint32_t a[64], b[64], h;
	size_t na = 0, nb, probe, k;
	int have_a = 0;

	h = pm->cand[0] * 0x9E3779B9u ^ pm->cand[1] * 0x85EBCA6Bu;
	h ^= h >> 15;
	for (probe = 0; probe < 4; probe++) {
		const struct mention *tw;
		uint32_t j;

		k = (h + probe) & (ANCHORED_SLOTS - 1);
		if (!slot[k]) {
			slot[k] = i + 1;
			break;
		}
		j = slot[k] - 1;
		tw = &c->pm[j];
		if (tw->place == UINT32_MAX ||
		    !same_anchored_input(pm, &pre[i], tw, &pre[j]))
			continue;
		if (!have_a) {
			na = near_anchors(c, i, a);
			have_a = 1;
		}
		nb = near_anchors(c, j, b);
		if (na == nb && memcmp(a, b, na * sizeof(*a)) == 0) {
			pm->place = tw->place;
			pm->best_how = tw->best_how;
			pm->precision = tw->precision;
			return;
		}
	}
	c->self = i;
	pick(c, pm, 1, &pre[i], 0);
}

void sr__places_resolve(struct actx *c)
{
	const struct sr_gaz *g = c->e->gaz;
	size_t i;
	struct pick_pre *pre;
	uint32_t *twin, slot[ANCHORED_SLOTS];

	/* the word lists, in case no collect came first */
	pthread_once(&word_lists_once, build_word_lists);
	c->nadmin1 = 0;
	c->nanchors = 0;
	if (!g)
		return;
	/* what each mention's first pick finds before scoring, for its
	 * later picks (none kept when out of memory: each finds it anew),
	 * and the twins of the mentions, whose picks they take over */
	pre = c->npm ? sr_calloc(c->npm, sizeof(*pre) + sizeof(*twin)) : NULL;
	twin = pre ? (uint32_t *)(void *)(pre + c->npm) : NULL;
	if (twin)
		find_twins(c, twin);
	/* the focus countries were found by sr__places_collect */
	/* Regions first: "the Kherson region" helps every later name. */
	for (i = 0; i < c->npm; i++) {
		struct mention *pm = &c->pm[i];

		if (!pm->want_admin1)
			continue;
		if (twin)
			share_pre(pre, twin, (uint32_t)i);
		pick(c, pm, 0, pre ? &pre[i] : NULL, 0);
		if (pm->place != UINT32_MAX && c->nadmin1 < 32 &&
		    sr__gaz_level(g, pm->place) == SR_PLACE_ADMIN1)
			c->admin1[c->nadmin1++] = pm->place;
	}
	/* Then the other names; a name that is only a region's ("the
	 * DPR", "Crimea") counts as a named region for the re-ranking
	 * below. */
	for (i = 0; i < c->npm; i++) {
		struct mention *pm = &c->pm[i];

		if (pm->want_admin1)
			continue;
		/* A name of several candidates is picked again below, with
		 * the anchors, whatever this pick finds: this one counts
		 * only when it finds a region (for the named regions) or an
		 * anchor (a district, or a town of 100,000 people), never
		 * when every candidate in the running is a smaller town
		 * and the name is no district's.  The later pick sets all
		 * this one would have set (the place, how it was found, and
		 * the precision: both find a place or neither, as the same
		 * candidates are in the running), and nothing before it
		 * reads them. */
		if (twin)
			share_pre(pre, twin, (uint32_t)i);
		pick(c, pm, 0, pre ? &pre[i] : NULL,
		     !pm->is_country && pm->ncand >= 2);
		if (pm->place != UINT32_MAX && !pm->is_country &&
		    c->nadmin1 < 32 &&
		    sr__gaz_level(g, pm->place) == SR_PLACE_ADMIN1)
			c->admin1[c->nadmin1++] = pm->place;
	}
	/* Places named without rival candidates anchor the others. */
	for (i = 0; i < c->npm && c->nanchors < 64; i++) {
		struct mention *pm = &c->pm[i];

		if (pm->place == UINT32_MAX || pm->is_country)
			continue;
		/* the level and population only, not the whole record */
		if (sr__gaz_level(g, pm->place) != SR_PLACE_LOCALITY)
			continue;
		if (pm->ncand == 1 || pm->district ||
		    sr__gaz_population(g, pm->place) >= 100000) {
			size_t k = c->nanchors;

			c->anchor_of[k] = (uint32_t)i;
			c->anchors[k] = pm->place;
			c->anchor_dup[k] = UINT32_MAX;
			while (k-- > 0)
				if (c->anchors[k] == pm->place) {
					c->anchor_dup[c->nanchors] =
					    (uint32_t)k;
					break;
				}
			c->nanchors++;
		}
	}
	if (c->names)
		find_first_anchors(c);
	/* "Bamenda in the North-West region": of regions of one name in
	 * several countries, the one by the places named (once the
	 * anchors are known) */
	for (i = 0; i < c->npm && c->nanchors; i++) {
		struct mention *pm = &c->pm[i];
		uint32_t was = pm->place;
		size_t k;

		if (!pm->want_admin1 || pm->ncand < 2 || was == UINT32_MAX ||
		    !region_in_two_countries(c, pm))
			continue;
		c->self = (uint32_t)i;
		pick(c, pm, 1, pre ? &pre[i] : NULL, 0);
		for (k = 0; k < c->nadmin1 && pm->place != was; k++)
			if (c->admin1[k] == was)
				c->admin1[k] = pm->place;
	}
	memset(slot, 0, sizeof(slot));
	for (i = 0; i < c->npm; i++) {
		struct mention *pm = &c->pm[i];

		if (pm->is_country || pm->want_admin1 || pm->ncand < 2)
			continue;
		if (pre) {
			pick_anchored(c, (uint32_t)i, pre, slot);
			continue;
		}
		c->self = (uint32_t)i;
		pick(c, pm, 1, pre ? &pre[i] : NULL, 0);
	}
	sr_free(pre);
	for (i = 0; i < c->npm; i++)
		apply_container(c, (uint32_t)i);
	for (i = 0; i < c->npm; i++)
		relative_places(c, (uint32_t)i);
	for (i = 0; i < c->npm; i++)
		check_misspelling(c, (uint32_t)i);
}

/* snprintf(why + m, cap - m, "; %u%s", n, what) with m = strlen(why),
 * without the formatter: written for every event's place. */
static void append_count(char *why, size_t cap, uint32_t n, const char *what)
{
	char tmp[48], digits[10];
	size_t m = strlen(why), k = 0, d = 0, w = strlen(what);

	do
		digits[d++] = (char)('0' + n % 10);
	while ((n /= 10) != 0);
	tmp[k++] = ';';
	tmp[k++] = ' ';
	while (d)
		tmp[k++] = digits[--d];
	if (w > sizeof(tmp) - k)
		w = sizeof(tmp) - k;
	memcpy(tmp + k, what, w);
	k += w;
	if (m + 1 >= cap)
		return;
	if (k > cap - m - 1)
		k = cap - m - 1;
	memcpy(why + m, tmp, k);
	why[m + k] = '\0';
}

/* Why pm's place was chosen, as words for people ("in named region
 * Donetsk; 12 km from Bakhmut; pop 80500"), written for an event's place
 * only: formatting reasons costs more than scoring. */
static const char *place_reason(const struct actx *c, const struct mention *pm,
				const struct sr_place *p)
{
	struct sr_gaz_context ctx;
	char why[160];
	uint32_t k, near[64];
	size_t nnear = 0, n = 0;
	uint32_t self = (uint32_t)(pm - c->pm);
	struct reason_slot *rs = NULL;
	const char *out;

	/* a country's reason reads no score: no context for it (the
	 * event takes a copy of the words) */
	if (pm->is_country) {
		if (pm->ncand <= 1)
			return "country named";
		snprintf(why, sizeof(why), "country named");
		append_count(why, sizeof(why), pm->ncand, " candidates");
		return sr__arena_strndup(&c->doc->arena, why, strlen(why));
	}
	memset(&ctx, 0, sizeof(ctx));
	for (k = 0; k < c->nfocus && k < SR_ARRAY_LEN(ctx.focus_cc); k++)
		ctx.focus_cc[k] = c->focus[k];
	ctx.focus_count = k;
	ctx.admin1_idx = c->admin1;
	ctx.admin1_count = c->nadmin1;
	nnear = near_anchors(c, self, near);
	ctx.near_idx = near;
	ctx.near_count = nnear;
	ctx.want_admin1 = pm->want_admin1;
	/* (the reason of a place related to another names the mention's
	 * own words: it is not kept) */
	if (c->names && pm->relative != 2) {
		rs = &c->names->reason[pm->place & (REASON_SLOTS - 1)];
		if (rs->article == c->names->article &&
		    rs->place == pm->place && rs->ncand == pm->ncand &&
		    rs->best_how == pm->best_how &&
		    rs->want_admin1 == pm->want_admin1 &&
		    rs->contained == pm->contained &&
		    rs->relative == pm->relative && rs->nnear == nnear &&
		    memcmp(rs->near, near, nnear * sizeof(*near)) == 0)
			return rs->why;
	}
	why[0] = '\0';
	if (pm->best_how != HOW_EXACT)
		n = (size_t)snprintf(why, sizeof(why), "%s; ",
				     pm->best_how == HOW_FUZZY
					 ? "misspelling"
					 : "spelling variant");
	if (n < sizeof(why))
		sr__gaz_score(c->e->gaz, p, &ctx, why + n, sizeof(why) - n);
	if (pm->contained) {
		size_t m = strlen(why);

		snprintf(why + m, sizeof(why) - m,
			 "; in the region the sentence puts it in");
	}
	if (pm->relative == 2) {
		/* the score above is the other place's */
		n = (size_t)snprintf(why, sizeof(why),
				     "near %s: the sentence puts %.*s "
				     "there, and the gazetteer has no "
				     "namesake near it",
				     p->name, (int)SR_MIN(pm->span.len, 40u),
				     c->text + pm->span.off);
	} else if (pm->relative) {
		size_t m = strlen(why);

		snprintf(why + m, sizeof(why) - m,
			 "; the namesake near the place the sentence "
			 "relates it to");
	}
	if (pm->ncand > 1)
		append_count(why, sizeof(why), pm->ncand, " candidates");
	out = sr__arena_strndup(&c->doc->arena, why, strlen(why));
	if (rs && out) {
		rs->article = c->names->article;
		rs->place = pm->place;
		rs->ncand = pm->ncand;
		rs->best_how = pm->best_how;
		rs->want_admin1 = pm->want_admin1;
		rs->contained = pm->contained;
		rs->relative = pm->relative;
		rs->nnear = (uint32_t)nnear;
		memcpy(rs->near, near, nnear * sizeof(*near));
		rs->why = out;
	}
	return out;
}

void sr__place_to_event(const struct actx *c, const struct mention *pm,
			struct sr_event *ev)
{
	struct sr_place p;

	if (!c->e->gaz || pm->place == UINT32_MAX)
		return;
	sr__gaz_place(c->e->gaz, pm->place, &p);
	/* the reason depends only on the mention and on article context
	 * fixed by sr__places_resolve: a place carried into later events
	 * keeps the words written for the first */
	if (!pm->reason)
		((struct mention *)pm)->reason = place_reason(c, pm, &p);
	ev->geo_reason = pm->reason;
	ev->location = p.name;
	ev->admin1 = p.admin1[0] ? p.admin1 : NULL;
	ev->country = p.country[0] ? p.country : NULL;
	ev->iso3 = p.iso3[0] ? p.iso3 : NULL;
	ev->latitude = p.lat;
	ev->longitude = p.lon;
	ev->geo_precision = pm->precision ? pm->precision : 1;
	ev->gazetteer_id = p.id;
	if (p.level == SR_PLACE_ADMIN1) {
		ev->admin1 = p.name;
		ev->location = p.name;
	} else if (p.level == SR_PLACE_COUNTRY) {
		ev->admin1 = NULL;
	}
	ev->spans.place = pm->span;
}
