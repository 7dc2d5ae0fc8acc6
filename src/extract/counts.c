/*
 * counts.c - how many and when: fatalities and injured next to their toll
 * words (numbers before and after, parentheses, single victims, "the death
 * toll rose to"), quantities of weapons and troops, the weapons named, and
 * the event date (the sentence's, else carried from the paragraph, else the
 * article's).  Exports the sr__x_ functions of rules.h.
 */
#include "rules.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- counts ---- */

/* "Casualties: killed - 2; injured - 6", "Killed – 3": a toll word as a
 * field label, its number after a dash.  The label is capitalised or
 * opens a field (after ':', ';', ',', '|' or '('); the gap [lo, hi) holds
 * only the dash and spaces. */
static int dash_label(const char *text, size_t lo, size_t hi)
{
	size_t b = lo, p = lo;
	int dash = 0;

	while (p < hi && text[p] == ' ')
		p++;
	if (p < hi && text[p] == '-')
		p++, dash = 1;
	else if (p + 3 <= hi && memcmp(text + p, "\xe2\x80", 2) == 0 &&
		 (text[p + 2] == '\x93' || text[p + 2] == '\x94'))
		p += 3, dash = 1;
	while (p < hi && text[p] == ' ')
		p++;
	if (!dash || p != hi || text[lo] != ' ')
		return 0;
	while (b > 0 &&
	       ((text[b - 1] | 0x20) >= 'a' && (text[b - 1] | 0x20) <= 'z'))
		b--;
	if (text[b] >= 'A' && text[b] <= 'Z')
		return 1;
	while (b > 0 && text[b - 1] == ' ')
		b--;
	return b > 0 &&
	       (text[b - 1] == ':' || text[b - 1] == ';' ||
		text[b - 1] == ',' || text[b - 1] == '|' || text[b - 1] == '(');
}

static int between_words_ok(const struct actx *c, size_t lo, size_t hi)
{
	/* words allowed between a toll noun and its number: "rose to" */
	static const char *const ok[] = {
		"rose",
		"risen",
		"to",
		"reached",
		"of",
		"stands",
		"stood",
		"at",
		"has",
		"had",
		"now",
		"climbed",
		"is",
		"was",
		"increased",
		"a",
		"total",
		"grown",
		"grew",
		/* "the dead numbered seven", "the toll totalled 12" */
		"numbered",
		"numbers",
		"totalled",
		"totaled",
		/* "injuring his two passengers", "killing the three men" */
		"his",
		"her",
		"their",
		"its",
		"the",
	};
	size_t p = lo;
	int words = 0;

	/* "Killed: 2. Wounded: 11.": a capitalised label (not "were
	 * wounded: two women and a man", a list of those counted before) */
	if (p < hi && c->text[p] == ':') {
		size_t b = lo;

		while (b > 0 && ((c->text[b - 1] | 0x20) >= 'a' &&
				 (c->text[b - 1] | 0x20) <= 'z'))
			b--;
		if (!(c->text[b] >= 'A' && c->text[b] <= 'Z'))
			return 0;
		p++;
	} else if (dash_label(c->text, lo, hi))
		return 1;
	while (p < hi) {
		struct sr_span w = sr__next_word(c->text, hi, p, 0);
		size_t k;
		int good = 0;

		if (!w.len)
			break;
		for (k = p; k < w.off; k++)
			if (c->text[k] != ' ')
				return 0;
		good = sr__word_in(c->text, w, ok, SR_ARRAY_LEN(ok));
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
/* A word that opens an aside inside a toll: "Twelve people, among them
 * three children, were killed", ", including a girl,", ", several of
 * them children,", ", most of them soldiers,", "two men, aged 40 and 52,
 * were wounded", ", both pensioners,", ", born in 1965,". */
static int aside_opener(const char *text, struct sr_span w)
{
	return sr__word_is(text, w, "including") ||
	       sr__word_is(text, w, "among") ||
	       sr__word_is(text, w, "several") ||
	       sr__word_is(text, w, "most") || sr__word_is(text, w, "many") ||
	       sr__word_is(text, w, "some") || sr__word_is(text, w, "mostly") ||
	       sr__word_is(text, w, "aged") || sr__word_is(text, w, "both") ||
	       sr__word_is(text, w, "born");
}

/* "Two men, 52 and 68, were killed", "Three women, 41, 57 and 70,":
 * the offset of the comma that closes a list of ages opening at word w,
 * or 0 when w opens none. */
static size_t ages_aside_end(const char *text, struct sr_span w, size_t hi)
{
	struct sr_span a = w, n;
	int k, and = 0;

	for (k = 0; k < 9 && a.len; k++, a = n) {
		int comma = a.off + a.len < hi && text[a.off + a.len] == ',';

		n = sr__next_word(text, hi, a.off + a.len + (unsigned)comma, 0);
		if (!(text[a.off] >= '0' && text[a.off] <= '9')) {
			if (and || comma || !sr__word_is(text, a, "and"))
				return 0;
			and = 1;
			continue;
		}
		/* (one age alone: "A man, 52, was killed") */
		if (comma && (and || !n.len ||
			      !(text[n.off] >= '0' && text[n.off] <= '9')))
			return a.off + a.len;
		if (!comma && !sr__word_is(text, n, "and"))
			return 0;
	}
	return 0;
}

/* People told again with their ages in an aside: ", men aged 66 and
 * 70,". */
static const char *const aged_people[] = {
	"men",	     "women", "boys",	  "girls",   "children",
	"teenagers", "both",  "brothers", "sisters",
};

/* 1 if the word w after a comma opens an aside: an opener word, or
 * "two of them", "most of whom". */
static int opens_aside(const char *text, struct sr_span w, size_t hi)
{
	struct sr_span of, them;
	int k;

	if (aside_opener(text, w))
		return 1;
	if (text[w.off] >= '0' && text[w.off] <= '9')
		return ages_aside_end(text, w, hi) != 0;
	/* "Two residents, men aged 66 and 70, were killed" */
	if (sr__word_in(text, w, aged_people, SR_ARRAY_LEN(aged_people)) &&
	    sr__word_is(text, sr__next_word(text, hi, w.off + w.len, 0),
			"aged"))
		return 1;
	/* "Two residents, a woman and a teenager, were wounded", ", a man
	 * aged 60 and his wife,": the people counted, named one by one */
	if (sr__word_is(text, w, "a") || sr__word_is(text, w, "an")) {
		struct sr_span n = w;

		for (k = 0; k < 4; k++) {
			n = sr__next_word(text, hi, n.off + n.len, 0);
			if (!n.len ||
			    memchr(text + w.off, ',', n.off - w.off) != NULL)
				return 0;
			/* ", a 12-year-old boy among them," */
			if (sr__word_is(text, n, "and") ||
			    sr__word_is(text, n, "among"))
				return k > 0;
		}
		return 0;
	}
	of = sr__next_word(text, hi, w.off + w.len, 0);
	them = of.len ? sr__next_word(text, hi, of.off + of.len, 0) : of;
	return of.len && sr__word_is(text, of, "of") && them.len &&
	       (sr__word_is(text, them, "them") ||
		sr__word_is(text, them, "whom"));
}

/* 1 if the word before number n is "of", and it is not "one of" ("she
 * was one of six people killed": six is the toll). */
static int of_before(const struct actx *c, const struct sent *s,
		     const struct sr_number *n)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, n->span.off, 0);

	return w.len && sr__word_is(c->text, w, "of") &&
	       !sr__word_is(c->text,
			    sr__prev_word(c->text, s->span.off, w.off, 0),
			    "one");
}

/* 1 if number n is an ordinal in digits after "the" ("the 47th
 * Brigade", "the 3rd Assault"): the number of a unit, no count. */
static int unit_number(const struct actx *c, const struct sent *s,
		       const struct sr_number *n)
{
	return n->ordinal && c->text[n->span.off] >= '0' &&
	       c->text[n->span.off] <= '9' &&
	       sr__word_is(c->text,
			   sr__prev_word(c->text, s->span.off, n->span.off, 0),
			   "the");
}

/* 1 if number n counts time ("two days", "48 hours", "three weeks"). */
static int time_span(const struct actx *c, const struct sent *s,
		     const struct sr_number *n)
{
	static const char *const units[] = {
		"minute", "minutes", "hour",  "hours",	"day",	"days",
		"week",	  "weeks",   "month", "months", "year", "years",
	};
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 n->span.off + n->span.len, 0);
	return sr__word_in(c->text, w, units, SR_ARRAY_LEN(units));
}

/* The comma that closes the aside opening at word w (opens_aside), or
 * NULL: the next comma, past a list of ages ("41, 57 and 70,", "men
 * aged 51, 60 and 72,") that holds commas of its own. */
static const char *aside_end(const char *text, struct sr_span w, size_t hi)
{
	struct sr_span a = w;
	size_t e;

	if (sr__word_in(text, w, aged_people, SR_ARRAY_LEN(aged_people))) {
		a = sr__next_word(text, hi, w.off + w.len, 0); /* "aged" */
		a = sr__next_word(text, hi, a.off + a.len, 0);
	}
	if (a.len && text[a.off] >= '0' && text[a.off] <= '9' &&
	    (e = ages_aside_end(text, a, hi)) != 0)
		return text + e;
	return memchr(text + w.off, ',', hi - w.off);
}

/* 1 if off lies in such an aside that closes before hi. */
static int in_aside(const struct actx *c, const struct sent *s, size_t off,
		    size_t hi)
{
	size_t k;
	struct sr_span w;

	for (k = off; k > s->span.off && c->text[k - 1] != ','; k--)
		if (c->text[k - 1] == ';' || c->text[k - 1] == '.')
			return 0;
	if (k <= s->span.off)
		return 0;
	w = sr__next_word(c->text, hi, k, 0);
	if (!w.len || !opens_aside(c->text, w, hi))
		return 0;
	return memchr(c->text + off, ',', hi - off) != NULL;
}

/* 1 if a number of frame f (not an ordinal) starts after off. */
static int number_after(const struct frame *f, uint32_t off)
{
	size_t k;

	for (k = 0; k < f->nnum; k++)
		if (f->num[k].span.off > off && !f->num[k].ordinal)
			return 1;
	return 0;
}
/* 1 if text[lo, hi) holds " among " and a cue of the kind cue comes after
 * match i in s. */
static int among_part(const struct actx *c, const struct sent *s, uint32_t lo,
		      uint32_t hi, uint32_t i, int cue)
{
	struct sr_span gap = { lo, hi > lo ? hi - lo : 0 };
	uint32_t j;

	if (!sr__x_has_text(c->text, gap, " among "))
		return 0;
	for (j = i + 1; j < s->m1; j++) {
		const struct sr_entry *e = sr__match_entry(c, j);

		if (e->type == SR_ENT_CUE && e->sub == cue)
			return 1;
	}
	return 0;
}
static int gap_before_ok(const struct actx *c, const struct frame *f, size_t lo,
			 size_t hi)
{
	size_t p = lo;
	int words = 0;

	while (p < hi) {
		struct sr_span w;
		size_t k;

		/* step over one punctuation mark so the word after it is seen
		 */
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

			if (c->text[k] != ',' || !opens_aside(c->text, w, hi))
				return 0;
			q = aside_end(c->text, w, hi);
			if (!q)
				return 0;
			p = (size_t)(q - c->text) + 1;
			continue;
		}
		/* "Two men aged 40 and 52 were wounded": past the ages */
		if (sr__word_is(c->text, w, "aged")) {
			struct sr_span a =
			    sr__next_word(c->text, hi, w.off + w.len, 0);

			while (a.len && ((c->text[a.off] >= '0' &&
					  c->text[a.off] <= '9') ||
					 sr__word_is(c->text, a, "and") ||
					 sr__word_is(c->text, a, "to"))) {
				w = a;
				a = sr__next_word(c->text, hi, a.off + a.len,
						  0);
			}
		}
		/* (but "Eight port workers and contractors were killed":
		 * the number counts a second plural noun of people) */
		if (sr__word_is(c->text, w, "and")) {
			struct sr_span n =
			    sr__next_word(c->text, hi, w.off + w.len, 0);
			int cue = n.len ? sr__cue_at(c, f->s, n.off) : 0;

			struct sr_span v =
			    n.len ? sr__next_word(c->text, hi, n.off + n.len, 0)
				  : n;

			/* (a person noun, or any plural right before the
			 * verb: "workers and contractors were killed") */
			if (!(n.len && c->text[n.off + n.len - 1] == 's' &&
			      words > 0 &&
			      (cue == SR_CUE_PERSON || cue == SR_CUE_CIVILIAN ||
			       cue == SR_CUE_SOLDIER || !v.len ||
			       sr__word_is(c->text, v, "were") ||
			       sr__word_is(c->text, v, "have"))))
				return 0;
		}
		if (sr__word_is(c->text, w, "while") ||
		    sr__word_is(c->text, w, "but"))
			return 0;
		/* "Two deminers from the State Emergency Service were
		 * killed", "Three servicemen of the technical staff who were
		 * at the airfield were fatally injured": up to twelve words */
		if (++words > 12)
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
		"lives",    "death",  "deaths",	    "fatalities", "fatality",
		"injuries", "injury", "death toll", "dead",	  "casualties",
	};

	return sr__str_in(phrase, nouns, SR_ARRAY_LEN(nouns));
}
/* 1 if cue m is "death" after "of" and a possessive ("the anniversary
 * of his death", "of General Soleimani's death"): one person's death,
 * told as a date or a cause, no count. */
static int one_death(const struct actx *c, const struct sent *s,
		     const struct sr_match *m)
{
	static const char *const poss[] = { "his", "her", "its", "their" };
	struct sr_span w;

	if (m->len != 5 || !sr__strncaseeq(c->text + m->off, 5, "death"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, m->off, 0);
	if (!w.len || !(sr__word_in(c->text, w, poss, SR_ARRAY_LEN(poss)) ||
			(w.len > 2 && c->text[w.off + w.len - 1] == 's' &&
			 c->text[w.off + w.len - 2] == '\'')))
		return 0;
	/* (after "of": "the anniversary of his death"; not "his death
	 * was confirmed", a toll of one) */
	for (;;) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "of"))
			return 1;
		/* (past a name or "the" before the possessive: "of General
		 * Qassem Soleimani's death", "of the founder's death") */
		if (!(c->text[w.off] >= 'A' && c->text[w.off] <= 'Z') &&
		    !sr__word_is(c->text, w, "the"))
			return 0;
	}
}
/* 1 if the word w (len 0: none) is a person noun ("man", "civilians",
 * "soldier"): a person, civilian or soldier cue starts there. */
static int person_word(const struct actx *c, const struct sent *s,
		       struct sr_span w)
{
	int cue = w.len ? sr__cue_at(c, s, w.off) : 0;

	return cue == SR_CUE_PERSON || cue == SR_CUE_CIVILIAN ||
	       cue == SR_CUE_SOLDIER;
}
/* "a woman aged 48 died", "men aged 18 to 60", "two men, aged 30 and
 * 45,", "a man of 70": an age, no toll; the words around it may still tell one
 * ("a woman ... died"). */
/* Titles that open a named person: "killing Colonel ...". */
static const char *const titles[] = {
	"general",   "lieutenant", "colonel",  "major",	     "captain",
	"commander", "mayor",	   "governor", "judge",	     "prosecutor",
	"deputy",    "senator",	   "imam",     "bishop",     "chief",
	"sergeant",  "admiral",	   "minister", "journalist",
};
/* The run of capitalised words starting at w ("Lieutenant General Igor
 * Kirillov"), as one span. */
static struct sr_span named_person(const struct actx *c, const struct sent *s,
				   struct sr_span w)
{
	struct sr_span r = w, n = w;
	uint32_t lim = s->span.off + s->span.len;

	for (;;) {
		n = sr__next_word(c->text, lim, n.off + n.len, 0);
		if (!n.len || n.off != r.off + r.len + 1 ||
		    !(c->text[n.off] >= 'A' && c->text[n.off] <= 'Z'))
			break;
		r.len = n.off + n.len - r.off;
	}
	return r;
}
/* 1 if word w is an age used as a noun: "23-year-old", "70-year-old". */
static int bare_age(const struct actx *c, uint32_t off)
{
	static const char tail[] = "-year-old";
	size_t n = sizeof(tail) - 1;
	uint32_t k = off;

	while (k < c->len && c->text[k] >= '0' && c->text[k] <= '9')
		k++;
	return k > off && k + n <= c->len &&
	       memcmp(c->text + k, tail, n) == 0 &&
	       (k + n == c->len || c->text[k + n] == ' ' ||
		c->text[k + n] == ',' || c->text[k + n] == '.');
}
static int is_age(const struct actx *c, const struct sent *s,
		  const struct sr_number *n)
{
	struct sr_span p = { n->span.off, 0 };
	uint32_t a = n->span.off, b = n->span.off + n->span.len;
	int k;

	/* "The tractor driver, 38, died", "Olena Ivanenko, 52, was
	 * wounded": set off by commas after a person */
	if (a >= s->span.off + 2 && c->text[a - 1] == ' ' &&
	    c->text[a - 2] == ',' && b < s->span.off + s->span.len &&
	    c->text[b] == ',') {
		p = sr__prev_word(c->text, s->span.off, a - 2, 0);
		if (p.len && (person_word(c, s, p) ||
			      (c->text[p.off] >= 'A' && c->text[p.off] <= 'Z')))
			return 1;
		p.off = n->span.off;
		p.len = 0;
	}

	/* "a man of 70" */
	p = sr__prev_word(c->text, s->span.off, a, 0);
	if (p.len && sr__word_is(c->text, p, "of") &&
	    c->text[n->span.off] >= '0' && c->text[n->span.off] <= '9' &&
	    person_word(c, s, sr__prev_word(c->text, s->span.off, p.off, 0)))
		return 1;
	p.off = n->span.off;
	p.len = 0;
	for (k = 0; k < 8; k++) {
		p = sr__prev_word(c->text, s->span.off, p.off, 0);
		if (!p.len)
			return 0;
		if (sr__word_is(c->text, p, "aged") ||
		    sr__word_is(c->text, p, "age") ||
		    sr__word_is(c->text, p, "ages"))
			return 1;
		/* back over "30 and", "18 to" */
		if (!(k & 1) && !sr__word_is(c->text, p, "and") &&
		    !sr__word_is(c->text, p, "to"))
			return 0;
		if ((k & 1) &&
		    !(c->text[p.off] >= '0' && c->text[p.off] <= '9'))
			return 0;
	}
	return 0;
}

/* "12 howitzers", "dozens of armoured vehicles", "20 pieces of equipment":
 * a number counting weapons or things is no toll. */
static int counts_things(const struct actx *c, const struct sent *s,
			 const struct sr_number *n)
{
	uint32_t end = n->span.off + n->span.len, i;
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

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
		/* "11 wounded in drone strike": a toll word first */
		if (e->type == SR_ENT_CUE &&
		    (e->sub == SR_CUE_KILL || e->sub == SR_CUE_INJURE))
			return 0;
		if (e->type == SR_ENT_WEAPON &&
		    sr__x_words_between(c->text, end, c->m[i].off) <= 2)
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
static void set_n(struct sr_event *ev, int cue, struct sr_span sp, int n)
{
	struct sr_number one;

	memset(&one, 0, sizeof(one));
	one.value = one.low = one.high = n;
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
static void set_one(struct sr_event *ev, int cue, struct sr_span sp)
{
	set_n(ev, cue, sp, 1);
}
/* How many victims the noun phrase ending in noun tells: "an elderly
 * couple" 2, "a family of five" 5, else 1.  *end is set past the words
 * read ("of five"). */
static int group_count(const struct actx *c, struct frame *f,
		       struct sr_span noun, uint32_t *end)
{
	uint32_t lim = f->s->span.off + f->s->span.len;
	struct sr_span of;
	size_t q;

	*end = noun.off + noun.len;
	if (sr__word_is(c->text, noun, "couple"))
		return 2;
	/* "an elderly couple", "a young couple", "an elderly married
	 * couple": the cue is a modifier */
	of = sr__next_word(c->text, lim, *end, 0);
	if (of.len && of.off == *end + 1 && c->text[of.off] >= 'a' &&
	    c->text[of.off] <= 'z' && !sr__word_is(c->text, of, "couple")) {
		struct sr_span n2 =
		    sr__next_word(c->text, lim, of.off + of.len, 0);

		if (n2.len && n2.off == of.off + of.len + 1 &&
		    sr__word_is(c->text, n2, "couple"))
			of = n2;
	}
	if (of.len && sr__word_is(c->text, of, "couple") &&
	    of.off <= *end + 32) {
		*end = of.off + of.len;
		return 2;
	}
	if (!sr__word_is(c->text, noun, "family"))
		return 1;
	of = sr__next_word(c->text, lim, *end, 0);
	if (!of.len || of.off != *end + 1 || !sr__word_is(c->text, of, "of"))
		return 1;
	sr__x_frame_numbers(c, f);
	for (q = 0; q < f->nnum; q++)
		if (f->num[q].span.off == of.off + of.len + 1 &&
		    !f->num[q].ordinal && f->num[q].value > 1 &&
		    f->num[q].value < 20) {
			*end = f->num[q].span.off + f->num[q].span.len;
			f->used[q] = 1;
			return (int)f->num[q].value;
		}
	return 1;
}
/* Set the count of cue from the noun phrase sp ending in noun. */
static void set_group(const struct actx *c, struct frame *f,
		      struct sr_event *ev, int cue, struct sr_span sp,
		      struct sr_span noun)
{
	uint32_t end;
	int n = group_count(c, f, noun, &end);

	if (end > sp.off + sp.len)
		sp.len = end - sp.off;
	set_n(ev, cue, sp, n);
}
/* 1 if the noun phrase at sp opens with "a"/"an" or follows one: a
 * person told for the first time ("a man", "an elderly woman"). */
static int indefinite(const struct actx *c, const struct sent *s,
		      struct sr_span sp)
{
	struct sr_span w = sr__next_word(c->text, sp.off + sp.len, sp.off, 0);

	int k;

	if (w.len &&
	    (sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "an")))
		return 1;
	/* up to two modifiers between: "a 58-year-old man", "an elderly
	 * local woman" */
	static const char *const dets[] = { "the", "his",  "her",  "their",
					    "its", "this", "that", "one" };

	w.off = sp.off;
	for (k = 0; k < 3; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len || c->text[w.off + w.len] != ' ' ||
		    sr__word_in(c->text, w, dets, SR_ARRAY_LEN(dets)))
			return 0;
		if (sr__word_is(c->text, w, "a") ||
		    sr__word_is(c->text, w, "an"))
			return 1;
	}
	return 0;
}
/* Add n to the count of cue (dead for a kill cue, else injured) of ev,
 * its range too. */
static void add_to(struct sr_event *ev, int cue, int64_t n)
{
	int kill = cue == SR_CUE_KILL;
	int64_t *v = kill ? &ev->fatalities : &ev->injured;
	int64_t *lo = kill ? &ev->fatalities_low : &ev->injured_low;
	int64_t *hi = kill ? &ev->fatalities_high : &ev->injured_high;

	*v += n;
	if (*lo != SR_NULL_COUNT)
		*lo += n;
	if (*hi != SR_NULL_COUNT)
		*hi += n;
}
/* Add n dead to the toll of ev, its range too. */
static void add_dead(struct sr_event *ev, int64_t n)
{
	add_to(ev, SR_CUE_KILL, n);
}
/* As set_group, but when the count is already set from a person told
 * with "a/an" earlier in the same sentence and sp tells another with
 * "a/an", the new one is added ("A man was killed on the spot and a
 * woman died of her wounds": two). */
static void add_group(const struct actx *c, struct frame *f,
		      struct sr_event *ev, int cue, struct sr_span sp,
		      struct sr_span noun)
{
	int kill = cue == SR_CUE_KILL;
	int64_t v = kill ? ev->fatalities : ev->injured;
	const struct sr_span *prev =
	    kill ? &ev->spans.fatalities : &ev->spans.injured;
	const struct sent *s = f->s;
	uint32_t end;

	if (v == SR_NULL_COUNT || v < 1 || prev->off < s->span.off ||
	    prev->off + prev->len > sp.off || !indefinite(c, s, *prev) ||
	    !indefinite(c, s, sp)) {
		set_group(c, f, ev, cue, sp, noun);
		return;
	}
	add_to(ev, cue, group_count(c, f, noun, &end));
}
/* 1 if a person noun (with up to one modifier) and a determiner end
 * right before p, going back from w: fills *det with the determiner. */
static int person_phrase_before(const struct actx *c, const struct sent *s,
				struct sr_span w, struct sr_span *det)
{
	int k;

	if (!person_word(c, s, w))
		return 0;
	for (k = 0; k < 2; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "a") ||
		    sr__word_is(c->text, w, "an") ||
		    sr__word_is(c->text, w, "the") ||
		    sr__word_is(c->text, w, "his") ||
		    sr__word_is(c->text, w, "her") ||
		    sr__word_is(c->text, w, "their")) {
			*det = w;
			return 1;
		}
	}
	return 0;
}
/* The word before "aged 62" or "born in 1979" when w is the number of
 * that phrase ("a woman aged 62"), else w. */
static struct sr_span past_age(const struct actx *c, const struct sent *s,
			       struct sr_span w)
{
	static const char *const decades[] = {
		"twenties", "thirties",	 "forties",  "fifties",
		"sixties",  "seventies", "eighties", "nineties",
	};
	static const char *const owners[] = { "his", "her", "their" };
	static const char *const parts[] = { "early", "mid", "late" };
	struct sr_span a;

	/* "a man in his thirties", "a woman in her late 60s" */
	if (w.len > 2 &&
	    (sr__word_in(c->text, w, decades, SR_ARRAY_LEN(decades)) ||
	     (c->text[w.off] >= '1' && c->text[w.off] <= '9' &&
	      c->text[w.off + w.len - 1] == 's'))) {
		a = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (a.len &&
		    sr__word_in(c->text, a, parts, SR_ARRAY_LEN(parts)))
			a = sr__prev_word(c->text, s->span.off, a.off, 0);
		if (!a.len ||
		    !sr__word_in(c->text, a, owners, SR_ARRAY_LEN(owners)))
			return w;
		a = sr__prev_word(c->text, s->span.off, a.off, 0);
		if (!a.len || !sr__word_is(c->text, a, "in"))
			return w;
		return sr__prev_word(c->text, s->span.off, a.off, 0);
	}
	if (!w.len || !(c->text[w.off] >= '0' && c->text[w.off] <= '9'))
		return w;
	a = sr__prev_word(c->text, s->span.off, w.off, 0);
	/* "a woman born in 1979" */
	if (a.len && sr__word_is(c->text, a, "in")) {
		a = sr__prev_word(c->text, s->span.off, a.off, 0);
		if (!a.len || !sr__word_is(c->text, a, "born"))
			return w;
	} else if (!a.len || !sr__word_is(c->text, a, "aged")) {
		return w;
	}
	return sr__prev_word(c->text, s->span.off, a.off, 0);
}
/* 1 if "a man and a woman", "a soldier and his wife" ends right before
 * off (where "were" stands): two single people; *sp is their words. */
static int two_people_before(const struct actx *c, const struct sent *s,
			     uint32_t off, struct sr_span *sp)
{
	struct sr_span w, d2, d1, and;
	uint32_t o = off, p;
	int words = 0;

	/* past an aside: "A man and a woman, both aged 70, were killed" */
	while (o > s->span.off && c->text[o - 1] == ' ')
		o--;
	if (o > s->span.off && c->text[o - 1] == ',') {
		for (p = o - 1; p > s->span.off && c->text[p - 1] != ','; p--)
			if (c->text[p - 1] == ' ' && ++words > 6)
				break;
		if (p > s->span.off && c->text[p - 1] == ',' && words <= 6)
			off = p - 1;
	}
	w = past_age(c, s, sr__prev_word(c->text, s->span.off, off, 0));
	if (!w.len || c->text[w.off + w.len - 1] == 's')
		return 0;
	if (!person_phrase_before(c, s, w, &d2)) {
		/* "her son and 12-year-old grandson": the second shares
		 * the first's determiner (one modifier at most) */
		if (!person_word(c, s, w))
			return 0;
		d2 = w;
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (w.len && !sr__word_is(c->text, w, "and"))
			d2 = w;
	}
	and = sr__prev_word(c->text, s->span.off, d2.off, 0);
	if (!and.len || !sr__word_is(c->text, and, "and"))
		return 0;
	w = past_age(c, s, sr__prev_word(c->text, s->span.off, and.off, 0));
	/* (the first told with "the" only when the second is his: "the
	 * general and his aide") */
	/* (or "her son and grandson": kin told by whose they are) */
	if (!person_phrase_before(c, s, w, &d1) ||
	    c->text[w.off + w.len - 1] == 's' ||
	    !(sr__word_is(c->text, d1, "a") || sr__word_is(c->text, d1, "an") ||
	      sr__word_is(c->text, d1, "his") ||
	      sr__word_is(c->text, d1, "her") ||
	      sr__word_is(c->text, d1, "their") ||
	      (sr__word_is(c->text, d1, "the") &&
	       !sr__word_is(c->text, d2, "the") &&
	       !sr__word_is(c->text, d2, "a") &&
	       !sr__word_is(c->text, d2, "an"))))
		return 0;
	sp->off = d1.off;
	sp->len = off - d1.off;
	while (sp->len && c->text[sp->off + sp->len - 1] == ' ')
		sp->len--;
	return 1;
}
/* The noun right before a relative "who"/"whom" among the twelve words
 * before off ("a 41-year-old man who was trying to leave ... was shot
 * dead", "a woman whom rescuers pulled from the rubble died"), or len 0. */
static struct sr_span relative_head(const struct actx *c, const struct sent *s,
				    uint32_t off)
{
	struct sr_span w = { off, 0 }, none = { 0, 0 };
	int k;

	for (k = 0; k < 12; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return none;
		if (sr__word_is(c->text, w, "who") ||
		    sr__word_is(c->text, w, "whom")) {
			w = sr__prev_word(c->text, s->span.off, w.off, 0);
			return w.len ? w : none;
		}
	}
	return none;
}
/* The person noun that heads the subject of the verb at off past what
 * follows it: a place or group after "of", "in", "from" or "at", or a
 * participle phrase ("The mayor of Manta was shot dead", "a student
 * standing in front of police lines in Rangpur was shot dead"): the
 * nearest civilian, person or soldier word among the fourteen words
 * before off with one of those words right after it; len 0 if none. */
static struct sr_span modified_head(const struct actx *c, const struct sent *s,
				    uint32_t off)
{
	static const char *const post[] = { "of", "in", "from", "at" };
	struct sr_span w = { off, 0 }, nx = { 0, 0 }, none = { 0, 0 };
	int k, cue;

	for (k = 0; k < 14; k++) {
		nx = w;
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len || k == 0)
			continue;
		cue = sr__cue_at(c, s, w.off);
		if (cue != SR_CUE_CIVILIAN && cue != SR_CUE_PERSON &&
		    cue != SR_CUE_SOLDIER)
			continue;
		if (nx.off != w.off + w.len + 1)
			return none; /* "the mayor, ..." */
		if (sr__word_in(c->text, nx, post, SR_ARRAY_LEN(post)) ||
		    (nx.len > 4 &&
		     sr__strncaseeq(c->text + nx.off + nx.len - 3, 3, "ing")))
			return w;
		return none;
	}
	return none;
}
/* 1 if the sentence opens with a person's name of two or more
 * capitalised words, not a place, country or actor the lexicon knows,
 * that is the subject of the verb at offset verb, right before it or
 * before an aside that ends at it ("Igor Kirillov, head of the chemical
 * troops, was killed", "Mykola Petrenko was shot dead").  *sp is set to
 * the name. */
static int named_subject(const struct actx *c, const struct sent *s,
			 uint32_t verb, struct sr_span *sp)
{
	const unsigned char *t = (const unsigned char *)c->text;
	uint32_t p = s->span.off, end = p;
	uint32_t i;
	int words = 0;

	while (p < verb && t[p] >= 'A' && t[p] <= 'Z') {
		uint32_t e = p;

		while (e < verb && sr__word_byte[t[e]] == SR_WB_WORD)
			e++;
		if (e - p < 2)
			break;
		words++;
		end = e;
		if (t[e] != ' ' || !(t[e + 1] >= 'A' && t[e + 1] <= 'Z'))
			break;
		p = e + 1;
	}
	if (words < 2)
		return 0;
	/* right before the verb, or an aside that ends at it */
	if (!(t[end] == ' ' && end + 1 == verb) &&
	    !(t[end] == ',' && verb >= end + 4 && t[verb - 2] == ',' &&
	      t[verb - 1] == ' '))
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < end; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_ACTOR || e->type == SR_ENT_COUNTRY_NAME ||
		    e->type == SR_ENT_COUNTRY_DEMONYM ||
		    e->type == SR_ENT_TRIGGER)
			return 0;
	}
	for (i = s->p0; i < s->p1; i++)
		if (c->pm[i].span.off < end)
			return 0;
	sp->off = s->span.off;
	sp->len = end - s->span.off;
	return 1;
}
/* 1 if the sentence opens with one person set off by a comma before
 * the aside that ends at end: "A second victim, a 70-year-old woman pulled
 * from the rubble, died": "a/an/the", at most one modifier, a singular
 * person noun.  *sp is set to it. */
static int opening_subject(const struct actx *c, const struct sent *s,
			   uint32_t end, struct sr_span *sp)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, s->span.off, 0), d = w;
	int k;

	if (!w.len ||
	    !(sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "an") ||
	      sr__word_is(c->text, w, "the")))
		return 0;
	for (k = 0; k < 2; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len || w.off + w.len >= end)
			return 0;
		if (c->text[w.off + w.len] == ',')
			break;
	}
	if (k == 2 || !person_word(c, s, w) ||
	    c->text[w.off + w.len - 1] == 's')
		return 0;
	sp->off = d.off;
	sp->len = w.off + w.len - d.off;
	return 1;
}
/* 1 if the aside that ends with the comma at end opens with one person,
 * "a"/"an", up to two modifiers and a singular person noun, and holds at
 * most twelve words ("a 70-year-old man hit in a neighbouring
 * courtyard"); *sp is set to the aside. */
static int aside_opens_person(const struct actx *c, const struct sent *s,
			      uint32_t end, struct sr_span *sp)
{
	struct sr_span w;
	uint32_t p;
	int words = 0, k;

	for (p = end; p > s->span.off && c->text[p - 1] != ','; p--)
		if (c->text[p - 1] == ' ' && ++words > 12)
			return 0;
	if (p <= s->span.off)
		return 0;
	w = sr__next_word(c->text, end, p, 0);
	if (!w.len ||
	    !(sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "an")))
		return 0;
	sp->off = w.off;
	sp->len = end - w.off;
	for (k = 0; k < 3; k++) {
		w = sr__next_word(c->text, end, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (person_word(c, s, w))
			return c->text[w.off + w.len - 1] != 's';
	}
	return 0;
}
/* 1 if the words of span sp hold "couple" ("a married couple aged 68
 * and 71"). */
static int couple_in(const struct actx *c, struct sr_span sp)
{
	struct sr_span w = { sp.off, 0 };

	for (;;) {
		w = sr__next_word(c->text, sp.off + sp.len, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "couple"))
			return 1;
	}
}
/* 1 if an apposition naming one person between commas ends right
 * before the verb at offset verb ("Her neighbour, a 64-year-old man,
 * was killed"): ", a/an ... <person>,".  *sp is set to the
 * apposition. */
static int apposed_person(const struct actx *c, const struct sent *s,
			  uint32_t verb, struct sr_span *sp)
{
	uint32_t end = verb, p;
	struct sr_span first, w;
	int words = 0;

	while (end > s->span.off && c->text[end - 1] == ' ')
		end--;
	if (end <= s->span.off || c->text[end - 1] != ',')
		return 0;
	end--;
	w = sr__prev_word(c->text, s->span.off, end + 1, 0);
	if (!w.len)
		for (p = end; p > s->span.off && c->text[p - 1] != ' '; p--)
			w = (struct sr_span){ p - 1, end - (p - 1) };
	if (!w.len)
		return 0;
	/* (one person: "carried out by firefighters, died" ends the
	 * aside with others) */
	if (!person_word(c, s, w) || c->text[w.off + w.len - 1] == 's') {
		/* (or the person opens a longer aside: "a second resident,
		 * a 70-year-old man hit in a neighbouring courtyard, has
		 * died") */
		if (aside_opens_person(c, s, end, sp))
			return 1;
		return opening_subject(c, s, end, sp);
	}
	for (p = w.off; p > s->span.off && c->text[p - 1] != ','; p--)
		if (c->text[p - 1] == ' ' && ++words > 4)
			return 0;
	if (p <= s->span.off)
		return 0;
	first = sr__next_word(c->text, end, p, 0);
	if (!first.len || !(sr__word_is(c->text, first, "a") ||
			    sr__word_is(c->text, first, "an")))
		return 0;
	sp->off = first.off;
	sp->len = end - first.off;
	return 1;
}
/* 1 if one age alone between commas ends right before the verb at
 * offset verb, after a word ("Serhii, 52, was killed", "Dispatcher Olena
 * Ivanivna, 49, died"): one person, *sp the name or noun and the age. */
static int lone_age_before(const struct actx *c, const struct sent *s,
			   uint32_t verb, struct sr_span *sp)
{
	uint32_t end = verb, p;
	struct sr_span w;

	while (end > s->span.off && c->text[end - 1] == ' ')
		end--;
	if (end <= s->span.off || c->text[end - 1] != ',')
		return 0;
	/* (one or two digits: an age, not a year) */
	p = end - 1;
	while (p > s->span.off && c->text[p - 1] >= '0' &&
	       c->text[p - 1] <= '9' && end - 1 - p < 3)
		p--;
	if (p == end - 1 || end - 1 - p > 2 || p < s->span.off + 3 ||
	    c->text[p - 1] != ' ' || c->text[p - 2] != ',' || c->text[p] == '0')
		return 0;
	w = sr__prev_word(c->text, s->span.off, p - 2, 0);
	if (!w.len || w.off + w.len != p - 2 ||
	    (c->text[w.off] >= '0' && c->text[w.off] <= '9'))
		return 0;
	sp->off = w.off;
	sp->len = end - 1 - w.off;
	return 1;
}
void sr__x_frame_numbers(const struct actx *c, const struct frame *f)
{
	/* a cache of f (as sr__x_clause_of keeps one in the sentence):
	 * every frame is a caller's own, writable object; and of the
	 * sentence, whose frames (two events of one sentence) and
	 * sr__x_toll_trigger find the same phrases */
	struct frame *w = (struct frame *)f;

	if (w->num_ready)
		return;
	w->nnum = sr__x_sent_numbers(c, f->s, &w->num);
	w->num_ready = 1;
}
/* A copy of the *n items of size bytes at src in the article's arena, or
 * NULL with *n set to 0 (none, or no memory: the caller computes again). */
static void *arena_copy(const struct actx *c, const void *src, size_t *n,
			size_t size)
{
	void *p = *n ? sr__arena_alloc_raw(&c->doc->arena, *n * size) : NULL;

	if (p)
		memcpy(p, src, *n * size);
	else
		*n = 0;
	return p;
}
/* The number phrases of sentence s, found once per article. */
/* "both" counts two ("both occupants were killed", "killing both") but
 * not after a preposition ("dozens of fighters from both sides"): drops
 * such numbers from num[0..n), returns the new n. */
static size_t drop_both_after_prep(const struct actx *c, const struct sent *s,
				   struct sr_number *num, size_t n)
{
	static const char *const prep[] = { "from", "on",      "of",   "in",
					    "at",   "to",      "by",   "for",
					    "with", "between", "among" };
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		struct sr_span w;

		if (num[i].span.len == 4 &&
		    sr__strncaseeq(c->text + num[i].span.off, 4, "both")) {
			w = sr__prev_word(c->text, s->span.off, num[i].span.off,
					  0);
			if (w.len &&
			    sr__word_in(c->text, w, prep, SR_ARRAY_LEN(prep)))
				continue;
		}
		num[k++] = num[i];
	}
	return k;
}
size_t sr__x_sent_numbers(const struct actx *c, const struct sent *s,
			  const struct sr_number **out)
{
	struct sent *w = (struct sent *)s;

	if (w->nnum < 0) {
		struct sr_number num[MAX_NUMS];
		size_t n = sr__numbers_tok(c->text, s->span, c->tok + s->t0,
					   s->t1 - s->t0, num, MAX_NUMS);

		if (n > MAX_NUMS)
			n = MAX_NUMS;
		n = drop_both_after_prep(c, s, num, n);
		w->num = arena_copy(c, num, &n, sizeof(*num));
		w->nnum = (int)n;
	}
	*out = w->num;
	return (size_t)w->nnum;
}
/* How many people one list item at off names: "[and] his teenage son" 1,
 * "[and] her two children" 2, "a woman" 1; 0 if it names none.  After a
 * comma the item must open with a determiner or a count ("a man, his wife
 * and ...", not "a man, police said").  *end is set past it. */
static int person_item(const struct actx *c, const struct frame *f,
		       uint32_t off, int comma, uint32_t *end)
{
	const struct sent *s = f->s;
	int n = 1, k, det_first = 0, counted = 0;
	size_t q;
	static const char *const det[] = { "his", "her", "a", "an", "their" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);

	if (!comma) {
		if (!w.len || !sr__word_is(c->text, w, "and"))
			return 0;
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	}
	/* "and his teenage son", or a count for the determiner: "killing
	 * the driver and two passengers" */
	if (w.len && sr__word_in(c->text, w, det, SR_ARRAY_LEN(det))) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		det_first = 1;
	}
	/* up to three words after a determiner ("her two small
	 * children"), two without; never across a verb ("and wounding
	 * his passenger", "and injured 31 others") */
	for (k = 0; k < 2 + det_first && w.len; k++) {
		/* "and four other people", "and five others" */
		if (counted && (sr__word_is(c->text, w, "other") ||
				sr__word_is(c->text, w, "more"))) {
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
			k--;
			continue;
		}
		if (counted && sr__word_is(c->text, w, "others")) {
			*end = w.off + w.len;
			return n;
		}
		if (w.len > 4 &&
		    (!memcmp(c->text + w.off + w.len - 3, "ing", 3) ||
		     (!det_first && k == 0 &&
		      !memcmp(c->text + w.off + w.len - 2, "ed", 2))))
			return 0;
		for (q = 0; q < f->nnum; q++)
			if (f->num[q].span.off == w.off &&
			    f->num[q].value > 1 && f->num[q].value < 100) {
				n = (int)f->num[q].value;
				w.len = f->num[q].span.len;
				counted = 1;
			}
		if (comma && !det_first && !counted)
			return 0;
		if (person_word(c, s, w)) {
			*end = w.off + w.len;
			return n;
		}
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
	}
	return 0;
}
/* People who died with the one told, named after the toll word ending
 * at off: ", together with his assistant,", "along with her son"; their
 * count, or 0. */
static int companion(const struct actx *c, const struct frame *f, uint32_t off)
{
	static const char *const with[] = { "together with ", "along with " };
	uint32_t lim = f->s->span.off + f->s->span.len, e;
	struct sr_span win;
	size_t k;

	if (off + 60 < lim)
		lim = off + 60;
	win.off = off;
	win.len = lim > off ? lim - off : 0;
	for (k = 0; k < SR_ARRAY_LEN(with); k++) {
		const char *p = sr__x_find_text(c->text, win, with[k]);

		if (p) {
			uint32_t at =
			    (uint32_t)(p - c->text) + (uint32_t)strlen(with[k]);
			int n = person_item(c, f, at, 1, &e);

			return n > 0 ? n : 0;
		}
	}
	return 0;
}
/* The offset of the comma that ends a name set off by commas at off
 * (", Khalil Haqqani,"), or off when none is there. */
static uint32_t past_name(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	uint32_t lim = s->span.off + s->span.len, p;
	struct sr_span w;
	int words = 0;

	if (off + 2 >= lim || c->text[off] != ',')
		return off;
	for (p = off + 1;; p = w.off + w.len) {
		w = sr__next_word(c->text, lim, p, 0);
		if (!w.len || w.off != p + 1 ||
		    !(c->text[w.off] >= 'A' && c->text[w.off] <= 'Z'))
			return off;
		if (++words > 4)
			return off;
		if (w.off + w.len < lim && c->text[w.off + w.len] == ',')
			return w.off + w.len;
	}
}
/* How many people the words at off add after one named: "and his
 * teenage son" 1, "and her two children" 2, ", his wife and their son"
 * 2; 0 if they name none.  *end is set past them. */
static int second_person(const struct actx *c, const struct frame *f,
			 uint32_t off, uint32_t *end)
{
	uint32_t lim = f->s->span.off + f->s->span.len, e;
	int total = 0, n, k;

	/* (past a name set off by commas: "the minister, Khalil Haqqani,
	 * and five other people") */
	off = past_name(c, f->s, off);
	/* items after commas count only when an "and" item closes the
	 * list: not "killing a man, a local official said" */
	for (k = 0; k < 4; k++) {
		if (off + 1 < lim && c->text[off] == ',' &&
		    (n = person_item(c, f, off + 1, 1, &e)) > 0) {
			total += n;
			off = e;
			continue;
		}
		if (off < lim && c->text[off] == ',')
			off++; /* the serial comma: ", and their son" */
		if ((n = person_item(c, f, off, 0, &e)) > 0) {
			*end = e;
			return total + n;
		}
		break;
	}
	return 0;
}
/* Where sentence s starts past a wire dateline it opens with ("KYIV,
 * Dec 17 - Lieutenant General ..."): a word in capitals and a comma,
 * then a dash within a few words; else where s starts. */
static uint32_t past_dateline(const struct actx *c, const struct sent *s)
{
	const char *t = c->text;
	uint32_t p = s->span.off, lim = s->span.off + s->span.len, q;

	while (p < lim && t[p] >= 'A' && t[p] <= 'Z')
		p++;
	if (p - s->span.off < 3 || p >= lim || t[p] != ',')
		return s->span.off;
	if (lim > p + 48)
		lim = p + 48;
	for (q = p; q + 4 < lim; q++)
		if (t[q] == ' ' && t[q + 1] == '-')
			return q + 2;
		else if (t[q] == ' ' && (unsigned char)t[q + 1] == 0xe2 &&
			 (unsigned char)t[q + 2] == 0x80)
			return q + 4; /* an en or em dash */
	return s->span.off;
}
/* 1 if word w is "head" heading an office: "the head of the district
 * administration", "its head of security" (one person, not a body
 * part or "heads of state"). */
/* The people named from title word w on, up to lim: the person ("Lieutenant
 * General Igor Kirillov") and who is told with him past an apposition
 * set off by commas (up to four of them: "..., head of the radiation,
 * chemical and biological troops, and his assistant"); their count, and
 * their words in *vs. */
static int titled_victims(const struct actx *c, const struct frame *f,
			  struct sr_span w, uint32_t lim, struct sr_span *vs)
{
	const struct sent *s = f->s;
	uint32_t e2 = 0, ap;
	int more, nc;

	*vs = named_person(c, s, w);
	ap = vs->off + vs->len;
	more = second_person(c, f, ap, &e2);
	for (nc = 0; !more && nc < 4 && ap < lim && c->text[ap] == ','; nc++) {
		const char *q = memchr(c->text + ap + 1, ',', lim - ap - 1);

		if (!q)
			break;
		ap = (uint32_t)(q - c->text);
		more = second_person(c, f, ap + 1, &e2);
	}
	if (more && e2 <= lim)
		vs->len = e2 - vs->off;
	else
		more = 0;
	return 1 + more;
}
static int office_head(const struct actx *c, const struct sent *s,
		       struct sr_span w)
{
	return sr__word_is(c->text, w, "head") &&
	       sr__word_is(c->text,
			   sr__next_word(c->text, s->span.off + s->span.len,
					 w.off + w.len, 0),
			   "of");
}
/* 1 if word w is a title used as a noun ("killing a general and his
 * assistant", "a colonel, 52,"), not as an adjective ("a general
 * strike", "a major attack"): a title followed by the end of the
 * sentence, a comma, "and", "of", "in", "who" or a name. */
static int title_noun(const struct actx *c, const struct sent *s,
		      struct sr_span w)
{
	static const char *const after[] = { "and",  "of", "in",   "who",
					     "with", "at", "near", "on" };
	uint32_t lim = s->span.off + s->span.len, e = w.off + w.len;
	struct sr_span n;

	if (!sr__word_in(c->text, w, titles, SR_ARRAY_LEN(titles)))
		return 0;
	if (e >= lim || c->text[e] == ',' || c->text[e] == '.' ||
	    c->text[e] == ';')
		return 1;
	n = sr__next_word(c->text, lim, e, 0);
	return n.len && (sr__word_in(c->text, n, after, SR_ARRAY_LEN(after)) ||
			 (c->text[n.off] >= 'A' && c->text[n.off] <= 'Z'));
}
/* The end of the cue match that starts at word w ("lieutenant general"
 * at "lieutenant"), or end when it is no longer. */
static uint32_t cue_end(const struct actx *c, const struct sent *s,
			struct sr_span w, uint32_t end)
{
	uint32_t j;

	for (j = s->m0; j < s->m1 && c->m[j].off <= w.off; j++)
		if (c->m[j].off == w.off &&
		    sr__match_entry(c, j)->type == SR_ENT_CUE &&
		    c->m[j].off + c->m[j].len > end)
			end = c->m[j].off + c->m[j].len;
	return end;
}
/* second_person past a modifier of the first person that opens with a
 * preposition ("in charge of the troops", "from the village") and runs,
 * commas and all, to an "and" before the sentence ends: 1 and *end if
 * one follows. */
static int person_after_modifier(const struct actx *c, const struct frame *f,
				 uint32_t off, uint32_t *end)
{
	static const char *const preps[] = { "in", "of", "from", "at" };
	uint32_t lim = f->s->span.off + f->s->span.len, p;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);

	if (!w.len || w.off != off + 1 ||
	    !sr__word_in(c->text, w, preps, SR_ARRAY_LEN(preps)))
		return 0;
	if (lim > off + 120)
		lim = off + 120;
	for (p = w.off; p + 5 < lim; p++) {
		if (c->text[p] == ';' || c->text[p] == '.')
			return 0;
		/* (past a list in the modifier: "radiation, chemical and
		 * biological protection troops and his assistant") */
		if (c->text[p] == ' ' &&
		    sr__strncaseeq(c->text + p, 5, " and ") &&
		    second_person(c, f, p, end))
			return 1;
	}
	return 0;
}
/* "destroyed more than 90 Ukrainian servicemen", "eliminated 300
 * invaders", "gunned down three villagers", "executed six captured
 * soldiers": a verb that kills only when a count of people follows it
 * (within a few words, no weapon counted). Fills an unset fatalities. */
static void killed_people(const struct actx *c, struct frame *f,
			  const struct sr_match *m, struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t end = m->off + m->len, p, i;
	size_t k;
	int words;

	sr__x_frame_numbers(c, f);
	for (k = 0; k < f->nnum; k++) {
		const struct sr_number *n = &f->num[k];

		if (f->used[k] || n->ordinal || n->span.off < end)
			continue;
		if (!sr__x_in_lim(f, n->span.off, n->span.len) ||
		    n->span.off - end > 12 ||
		    !between_words_ok(c, end, n->span.off) ||
		    counts_things(c, s, n))
			return;
		/* the people counted: up to two words ("AFU", "Russian")
		 * then a person or soldier noun, spaces only between */
		p = n->span.off + n->span.len;
		for (words = 0; words < 3; words++) {
			struct sr_span w = sr__next_word(
			    c->text, s->span.off + s->span.len, p, 0);
			int cue;

			if (!w.len || w.off != p + 1 || c->text[p] != ' ')
				return;
			cue = sr__cue_at(c, s, w.off);
			for (i = s->m0; i < s->m1 && cue; i++)
				if (c->m[i].off == w.off &&
				    sr__match_entry(c, i)->type == SR_ENT_CUE &&
				    (sr__match_entry(c, i)->sub ==
					 SR_CUE_SOLDIER ||
				     sr__match_entry(c, i)->sub ==
					 SR_CUE_PERSON ||
				     sr__match_entry(c, i)->sub ==
					 SR_CUE_CIVILIAN))
					break;
			if (cue && i < s->m1) {
				f->used[k] = 1;
				set_count(&ev->fatalities, &ev->fatalities_low,
					  &ev->fatalities_high, n);
				ev->spans.fatalities = n->span;
				return;
			}
			p = w.off + w.len;
		}
		return;
	}
}
/* 1 if a person, soldier or civilian noun starts within two words after
 * end: "27 soldiers", "12 Russian servicemen". */
static int people_after(const struct actx *c, const struct sent *s,
			uint32_t end)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (c->m[i].off < end)
			continue;
		if (sr__x_words_between(c->text, end, c->m[i].off) > 1)
			return 0;
		if (e->type == SR_ENT_CUE &&
		    (e->sub == SR_CUE_PERSON || e->sub == SR_CUE_SOLDIER ||
		     e->sub == SR_CUE_CIVILIAN))
			return 1;
	}
	return 0;
}
/* 1 if the toll word m (phrase) is an active verb with its object after
 * it ("gunmen killed a shopkeeper", "shot dead a family"): a verb form,
 * not after "was", "were", "been", and followed by a determiner or a
 * person noun. */
static int acts_on_object(const struct actx *c, const struct sent *s,
			  const struct sr_match *m, const char *phrase)
{
	static const char *const aux[] = { "was", "were", "been", "be",
					   "is",  "are",  "being" };
	static const char *const dets[] = { "a",   "an",    "the", "his",
					    "her", "their", "its" };
	struct sr_span pw = sr__prev_word(c->text, s->span.off, m->off, 0);
	struct sr_span nw = sr__next_word(c->text, s->span.off + s->span.len,
					  m->off + m->len, 0);
	size_t pl = strlen(phrase);

	/* verbs only: "15 bodies a day" counts the dead */
	if (!(pl > 2 && sr__streq(phrase + pl - 2, "ed")) &&
	    !sr__streq(phrase, "shot dead") && !sr__streq(phrase, "dead"))
		return 0;
	if (pw.len && sr__word_in(c->text, pw, aux, SR_ARRAY_LEN(aux)))
		return 0;
	if (!nw.len || nw.off != m->off + m->len + 1)
		return 0;
	if (sr__word_in(c->text, nw, dets, SR_ARRAY_LEN(dets)))
		return 1;
	return person_word(c, s, nw);
}
/* 1 if the number n is what a total came to: "rose to 15", "reached
 * 15", "at 15". */
static int total_number(const struct actx *c, const struct sent *s,
			const struct sr_number *n)
{
	struct sr_span pw = sr__prev_word(c->text, s->span.off, n->span.off, 0);

	return pw.len && (sr__word_is(c->text, pw, "to") ||
			  sr__word_is(c->text, pw, "reached") ||
			  sr__word_is(c->text, pw, "at") ||
			  sr__word_is(c->text, pw, "hit"));
}
/* 1 if the toll cue m counts a wider area than one event: "the
 * nationwide toll stood at 43", "the national death toll", "the toll
 * across the country". */
static int wider_toll(const struct actx *c, const struct sent *s,
		      const struct sr_match *m)
{
	static const char *const wide[] = { "nationwide", "countrywide",
					    "national" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, m->off, 0);

	if (w.len && sr__word_is(c->text, w, "death"))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return (w.len && sr__word_in(c->text, w, wide, SR_ARRAY_LEN(wide))) ||
	       sr__x_has_text(c->text, s->span, "across the country");
}
/* 1 if the kill cue m heads a running total: a "toll", or "the number
 * of (people) killed". */
static int running_total(const struct actx *c, const struct sent *s,
			 const struct sr_match *m, const struct sr_entry *e)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, m->off, 0);

	if (strstr(e->phrase, "toll"))
		return 1;
	/* "bringing the number killed in Friday's attack to 21" */
	if (w.len && sr__word_is(c->text, w, "number"))
		return 1;
	if (w.len && !sr__word_is(c->text, w, "of"))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_is(c->text, w, "of") &&
	       sr__word_is(c->text,
			   sr__prev_word(c->text, s->span.off, w.off, 0),
			   "number");
}
/* 1 if a toll is told as risen in sentence s before offset off ("has
 * risen to 25", "grew to 20"). */
static int rise_before(const struct actx *c, const struct sent *s, uint32_t off)
{
	/* each phrase with where "to" stands in it: the span is read once
	 * for "to", and the phrases are compared only around one */
	static const struct {
		const char *w;
		unsigned char len, at;
	} rise[] = {
		{ "risen to", 8, 6 },	    { "rose to", 7, 5 },
		{ "rises to", 8, 6 },	    { "grown to", 8, 6 },
		{ "grew to", 7, 5 },	    { "climbed to", 10, 8 },
		{ "increased to", 12, 10 }, { "raised the toll", 15, 11 },
		{ "toll to", 7, 0 },
	};
	const unsigned char *t = (const unsigned char *)c->text;
	uint32_t lo = s->span.off, p, k;

	for (p = lo; p + 2 <= off; p++) {
		/* 8 bytes at a time to the next 't' */
		while (off - p >= 8) {
			uint64_t x;

			memcpy(&x, t + p, 8);
			x ^= 0x7474747474747474ULL;
			x = (x - 0x0101010101010101ULL) & ~x &
			    0x8080808080808080ULL;
			if (x) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				p += (uint32_t)__builtin_ctzll(x) / 8;
#endif
				break;
			}
			p += 8;
		}
		if (p + 2 > off)
			break;
		if (t[p] != 't' || t[p + 1] != 'o')
			continue;
		/* a space stands before the "to" of every phrase but "toll
		 * to", where "ll" follows it: most "to"s ("told", "into",
		 * "photo") are turned down here; and the byte before the
		 * space ("risen to", "according to") before any call */
		if (!(p > lo && t[p - 1] == ' ') &&
		    !(p + 4 <= off && t[p + 2] == 'l' && t[p + 3] == 'l'))
			continue;
		for (k = 0; k < SR_ARRAY_LEN(rise); k++)
			if (p - lo >= rise[k].at &&
			    p - rise[k].at + rise[k].len <= off &&
			    (rise[k].at < 2 ||
			     t[p - 2] ==
				 (unsigned char)rise[k].w[rise[k].at - 2]) &&
			    memcmp(t + p - rise[k].at, rise[k].w,
				   rise[k].len) == 0)
				return 1;
	}
	return 0;
}
/* 1 if a place other than a country and other than the event's own
 * (named at own) is named from lo to the end of the clause of hi in s:
 * "three killed in Kupiansk and two more in Melitopol" tells another
 * event's dead; "... in Kharkiv; two of the injured later died" does
 * not. */
static int other_place_after(const struct actx *c, const struct sent *s,
			     uint32_t lo, uint32_t hi, uint32_t own)
{
	struct sr_span cl = sr__x_clause_of(c, s, hi);
	uint32_t i;

	for (i = s->p0; i < s->p1; i++)
		if (!c->pm[i].is_country && c->pm[i].span.off >= lo &&
		    c->pm[i].span.off < cl.off + cl.len &&
		    c->pm[i].span.off != own)
			return 1;
	return 0;
}
/* The count (1 to 999) of the number phrase that ends where word w ends
 * ("two" in "two more"), or 0. */
static int64_t count_ending_at(const struct actx *c, struct frame *f,
			       struct sr_span w)
{
	size_t q;

	sr__x_frame_numbers(c, f);
	for (q = 0; q < f->nnum; q++)
		if (f->num[q].span.off + f->num[q].span.len == w.off + w.len &&
		    f->num[q].value > 0 && f->num[q].value < 1000)
			return f->num[q].value;
	return 0;
}
/* The count before "of" in "two of the wounded", "one of whom" (w the
 * last word, b the one before it); 0 if none. */
static int64_t count_of_part(const struct actx *c, struct frame *f,
			     uint32_t from, struct sr_span w, struct sr_span b)
{
	struct sr_span o =
	    sr__word_is(c->text, w, "whom") || sr__word_is(c->text, w, "them")
		? b
		: sr__prev_word(c->text, from, b.off, 0);
	struct sr_span nw;

	if (!o.len || !sr__word_is(c->text, o, "of"))
		return 0;
	nw = sr__prev_word(c->text, from, o.off, 0);
	return nw.len ? count_ending_at(c, f, nw) : 0;
}
/* 1 if the clause going on at off (to the next ';' or the end of
 * sentence s) tells that someone came through unhurt: "escaped",
 * "survived", "unhurt", "unharmed", "uninjured". */
static int survived_after(const struct actx *c, const struct sent *s,
			  uint32_t off)
{
	static const char *const safe[] = { "escaped", "survived", "unhurt",
					    "unharmed", "uninjured" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { off, 0 };

	for (;;) {
		uint32_t p;

		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		for (p = off; p < w.off; p++)
			if (c->text[p] == ';')
				return 0;
		off = w.off;
		if (sr__word_in(c->text, w, safe, SR_ARRAY_LEN(safe)))
			return 1;
	}
}
/* "Two people died at the scene and a third in hospital", "reported two
 * dead; rescuers later recovered a third body": after a toll of n, "a"
 * and the ordinal of n + 1 with no verb of its own tells one more dead;
 * "killing two and wounding a third" tells one injured.  Not "a third of
 * the houses", "for a second time", "a second strike". */
/* 0 if the word before off (not before lo), as sr__prev_word reads it,
 * is surely not "and": it ends where the blanks before off start, so
 * its last three bytes are "and" in either case, unless a lone quote
 * stands there, which sr__prev_word passes over.  A test of a few bytes
 * where sr__prev_word reads the whole word back. */
static inline int and_may_precede(const char *text, size_t lo, size_t off)
{
	const unsigned char *t = (const unsigned char *)text;
	size_t e = off;

	while (e > lo && sr__word_byte[t[e - 1]] == SR_WB_BLANK)
		e--;
	if (e > lo && t[e - 1] == '\'')
		return 1;
	return e >= lo + 3 && (t[e - 1] | 0x20) == 'd' &&
	       (t[e - 2] | 0x20) == 'n' && (t[e - 3] | 0x20) == 'a';
}
static void third_told_after(const struct actx *c, struct frame *f,
			     uint32_t from, struct sr_event *ev)
{
	static const char *const then[] = { "in",   "at",     "later", "on",
					    "body", "victim", "after" };
	static const char *const perpetrator[] = { "bomber", "attacker",
						   "gunman", "assailant" };
	const struct sent *s = f->s;
	uint32_t lim = s->span.off + s->span.len;
	size_t q;
	int k;
	struct sr_span v = sr__next_word(c->text, lim, from, 0);

	/* "One man died on the spot and another later in hospital": "and
	 * another" with no verb of its own is one more dead */
	for (; v.len; v = sr__next_word(c->text, lim, v.off + v.len, 0)) {
		struct sr_span a, x, x0;

		if (!and_may_precede(c->text, from, v.off))
			continue;
		a = sr__prev_word(c->text, from, v.off, 0);
		if (!a.len || !sr__word_is(c->text, a, "and"))
			continue;
		/* "the blast killed four policemen and the bomber": the
		 * attacker, dead with them, is one more */
		if (sr__word_is(c->text, v, "the") &&
		    sr__word_in(c->text,
				sr__next_word(c->text, lim, v.off + v.len, 0),
				perpetrator, SR_ARRAY_LEN(perpetrator))) {
			add_dead(ev, 1);
			return;
		}
		if (!sr__word_is(c->text, v, "another"))
			continue;
		/* "and another (in the next house) was wounded" is one
		 * injured */
		x0 = sr__next_word(c->text, lim, v.off + v.len, 0);
		for (k = 0, x = x0; k < 6 && x.len;
		     k++, x = sr__next_word(c->text, lim, x.off + x.len, 0))
			if (sr__cue_at(c, s, x.off) == SR_CUE_INJURE)
				break;
		if (k < 6 && x.len) {
			if (ev->injured == SR_NULL_COUNT) {
				ev->injured = ev->injured_low =
				    ev->injured_high = 1;
				ev->spans.injured = v;
			}
			break;
		}
		if (x0.len &&
		    !sr__word_in(c->text, x0, then, SR_ARRAY_LEN(then)))
			break;
		add_dead(ev, 1);
		return;
	}
	sr__x_frame_numbers(c, f);
	for (q = 0; q < f->nnum; q++) {
		const struct sr_number *n = &f->num[q];
		uint32_t end = n->span.off + n->span.len;
		struct sr_span a, b, w;

		if (!n->ordinal || n->span.off < from)
			continue;
		a = sr__prev_word(c->text, from, n->span.off, 0);
		if (!a.len || !sr__word_is(c->text, a, "a"))
			continue;
		if (n->value != ev->fatalities + 1)
			return;
		if (end < lim && c->text[end] == '-')
			return; /* "a second-floor flat" */
		/* "killing two and wounding a third" */
		b = sr__prev_word(c->text, from, a.off, 0);
		if (b.len && sr__cue_at(c, s, b.off) == SR_CUE_INJURE) {
			if (ev->injured == SR_NULL_COUNT) {
				ev->injured = ev->injured_low =
				    ev->injured_high = 1;
				ev->spans.injured = n->span;
			}
			return;
		}
		w = sr__next_word(c->text, lim, end, 0);
		/* "a third passenger escaped into a forest, unhurt" */
		if (survived_after(c, s, end))
			return;
		if (!w.len ||
		    sr__word_in(c->text, w, then, SR_ARRAY_LEN(then)) ||
		    person_word(c, s, w))
			add_dead(ev, 1);
		return;
	}
}
/* "In the Mykytivskyi district two civilians were killed at a bus stop;
 * in the central district a woman was killed in her flat": the dead of
 * a later clause that opens with a place of its own ("in", "at", "near",
 * "elsewhere") after a ';' are more dead, counted by the people named
 * before its kill word ("a woman", "an elderly man", "three men"); 0 when
 * none or when the clause tells part of the toll ("one of them"). */
static int64_t place_part(const struct actx *c, struct frame *f, uint32_t from,
			  uint32_t kill_off)
{
	static const char *const opens[] = { "in", "at", "near", "elsewhere" };
	static const char *const part[] = { "them", "whom", "among",
					    "including" };
	const struct sent *s = f->s;
	uint32_t p = kill_off;
	struct sr_span w, n1, n2;

	while (p > from && c->text[p - 1] != ';')
		p--;
	if (p <= from)
		return 0;
	w = sr__next_word(c->text, kill_off, p, 0);
	if (!w.len || !sr__word_in(c->text, w, opens, SR_ARRAY_LEN(opens)))
		return 0;
	for (; w.len; w = sr__next_word(c->text, kill_off, w.off + w.len, 0)) {
		int64_t n;

		if (sr__word_in(c->text, w, part, SR_ARRAY_LEN(part)))
			return 0;
		n1 = sr__next_word(c->text, kill_off, w.off + w.len, 0);
		if (!n1.len)
			return 0;
		n2 = sr__next_word(c->text, kill_off, n1.off + n1.len, 0);
		if (sr__word_is(c->text, w, "a") ||
		    sr__word_is(c->text, w, "an"))
			n = 1;
		else
			n = count_ending_at(c, f, w);
		if (n > 0 && (person_word(c, s, n1) || person_word(c, s, n2)))
			return n;
	}
	return 0;
}
/* More dead told after the toll in its sentence: "Two people died at the
 * scene and a third died in hospital", "killed two men; a woman later
 * died of her wounds", "One man was killed and another died later",
 * "... and two more bodies were found". */
void sr__x_less_injured(struct sr_event *ev, int64_t n)
{
	ev->injured -= n;
	if (ev->injured_low != SR_NULL_COUNT)
		ev->injured_low = ev->injured_low > n ? ev->injured_low - n : 0;
	if (ev->injured_high != SR_NULL_COUNT)
		ev->injured_high =
		    ev->injured_high > n ? ev->injured_high - n : 0;
}
static void added_dead(const struct actx *c, struct frame *f,
		       struct sr_event *ev)
{
	static const char *const skip[] = { "later",	 "also", "subsequently",
					    "was",	 "were", "had",
					    "has",	 "have", "then",
					    "reportedly" };
	static const char *const later[] = { "later", "also", "subsequently" };
	static const char *const nth[] = { "second", "third", "fourth", "fifth",
					   "sixth" };
	const struct sent *s = f->s;
	uint32_t from, i;

	if (ev->fatalities <= 0 || !ev->spans.fatalities.len)
		return;
	from = ev->spans.fatalities.off + ev->spans.fatalities.len;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_match *m = &c->m[i];
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span w, b;
		int64_t add = 0;
		int k, then = 0, of_wounded = 0;

		if (m->off <= from || e->type != SR_ENT_CUE ||
		    e->sub != SR_CUE_KILL || !sr__x_in_lim(f, m->off, m->len) ||
		    sr__x_inside_longer(c, s, i))
			continue;
		/* "has risen to 25, after a wounded woman died": a running
		 * total told before holds the later deaths (not "... a
		 * third body, and the wounded had risen to 20") */
		if (rise_before(c, s, m->off))
			break;
		w = sr__prev_word(c->text, from, m->off, 0);
		for (k = 0; k < 3 && w.len &&
			    sr__word_in(c->text, w, skip, SR_ARRAY_LEN(skip));
		     k++) {
			if (sr__word_in(c->text, w, later, SR_ARRAY_LEN(later)))
				then = 1;
			w = sr__prev_word(c->text, from, w.off, 0);
		}
		if (!w.len)
			continue;
		b = sr__prev_word(c->text, from, w.off, 0);
		if (sr__word_is(c->text, w, "another")) {
			add = 1;
		} else if (sr__word_in(c->text, w, nth, SR_ARRAY_LEN(nth)) &&
			   sr__word_is(c->text, b, "a")) {
			add = 1;
		} else if (sr__word_is(c->text, w, "more") && b.len) {
			add = count_ending_at(c, f, b);
		} else if (person_word(c, s, w) && b.len &&
			   sr__word_is(c->text, b, "more")) {
			/* "and three more people died in hospital" */
			struct sr_span a =
			    sr__prev_word(c->text, from, b.off, 0);

			if (a.len)
				add = count_ending_at(c, f, a);
		} else if (((sr__word_is(c->text, w, "wounded") ||
			     sr__word_is(c->text, w, "injured")) &&
			    sr__word_is(c->text, b, "the")) ||
			   ((sr__word_is(c->text, w, "whom") ||
			     (then && sr__word_is(c->text, w, "them"))) &&
			    sr__word_is(c->text, b, "of"))) {
			/* "; two of the wounded later died", "wounding
			 * seven, one of whom died in hospital" */
			add = count_of_part(c, f, from, w, b);
			of_wounded = 1;
		} else if (then && person_word(c, s, w) &&
			   c->text[w.off + w.len - 1] != 's') {
			/* "a woman later died", "an elderly man also died"
			 * (without "later" or "also", "Two people were
			 * killed: a woman died at the scene" may tell one
			 * of them) */
			if (b.len && !sr__word_is(c->text, b, "a") &&
			    !sr__word_is(c->text, b, "an"))
				b = sr__prev_word(c->text, from, b.off, 0);
			if (sr__word_is(c->text, b, "a") ||
			    sr__word_is(c->text, b, "an"))
				add = 1;
		} else {
			add = place_part(c, f, from, m->off);
		}
		if (!add ||
		    other_place_after(c, s, from, m->off,
				      ev->spans.place.len ? ev->spans.place.off
							  : UINT32_MAX))
			continue;
		add_dead(ev, add);
		/* (no longer among the injured) */
		if (of_wounded && ev->injured >= add)
			sr__x_less_injured(ev, add);
		from = m->off + m->len;
	}
	third_told_after(c, f, from, ev);
}
/* "killing two women and a child", "killing a couple and their son",
 * "killed five civilians and two soldiers": the people named after "and"
 * past the count n of the dead are dead too. */
static void people_and_more(const struct actx *c, struct frame *f,
			    const struct sr_number *n, struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t q = n->span.off + n->span.len, e2;
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, q, 0);
	int more;

	if (w.len && w.off == q + 1 && person_word(c, s, w))
		q = w.off + w.len;
	else if (!sr__x_has_text(c->text, n->span, "couple"))
		return;
	more = second_person(c, f, q, &e2);
	if (!more)
		return;
	add_dead(ev, more);
	ev->spans.fatalities.len = e2 - ev->spans.fatalities.off;
}
/* "The driver and three passengers were killed", "A woman and two
 * children died", "a man and two women were wounded": one person named
 * with "a" or "the" and joined by "and" before the count n of the dead
 * (cue kill) or hurt (cue injure) is one more. */
static void person_and_count(const struct actx *c, struct frame *f,
			     const struct sr_number *n, struct sr_event *ev,
			     int cue)
{
	const struct sent *s = f->s;
	struct sr_span w = sr__prev_word(c->text, s->span.off, n->span.off, 0);
	struct sr_span det, *sp = cue == SR_CUE_KILL ? &ev->spans.fatalities
						     : &ev->spans.injured;

	if (!w.len || !sr__word_is(c->text, w, "and"))
		return;
	w = past_age(c, s, sr__prev_word(c->text, s->span.off, w.off, 0));
	/* (or a title, however it is qualified: "The Taliban's refugees
	 * minister and four other people were killed") */
	if (w.len && sr__word_in(c->text, w, titles, SR_ARRAY_LEN(titles)) &&
	    c->text[w.off] >= 'a') {
		add_to(ev, cue, 1);
		return;
	}
	/* "Three civilians and two soldiers were killed": the count of
	 * the group before "and" as well (a plural person noun, after at
	 * most one modifier, right after an exact number) */
	if (w.len && person_word(c, s, w) &&
	    c->text[w.off + w.len - 1] == 's') {
		struct sr_span p =
		    sr__prev_word(c->text, s->span.off, w.off, 0);
		size_t q;
		int k;

		for (k = 0; k < 2 && p.len; k++) {
			for (q = 0; q < f->nnum; q++) {
				const struct sr_number *m = &f->num[q];

				if (m->span.off + m->span.len ==
					p.off + p.len &&
				    !m->vague && !m->ordinal && m->value > 0 &&
				    !f->used[q] && !is_age(c, s, m)) {
					add_to(ev, cue, m->value);
					f->used[q] = 1;
					sp->len =
					    sp->off + sp->len - m->span.off;
					sp->off = m->span.off;
					return;
				}
			}
			p = sr__prev_word(c->text, s->span.off, p.off, 0);
		}
	}
	if (!w.len || !person_phrase_before(c, s, w, &det) ||
	    sr__word_is(c->text, det, "their"))
		return;
	add_to(ev, cue, 1);
	sp->len = sp->off + sp->len - det.off;
	sp->off = det.off;
}
/* 1 if the toll cue m is joined by "or" to a cue of the other kind
 * ("killed or wounded", "wounded or killed"). */
static int either_or(const struct actx *c, const struct sent *s,
		     const struct sr_match *m)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w;
	int want = sr__cue_at(c, s, m->off) == SR_CUE_KILL ? SR_CUE_INJURE
							   : SR_CUE_KILL;

	/* (the other cue is one of the sentence's matches, if any) */
	if (!((s->cues >> want) & 1u))
		return 0;
	w = sr__next_word(c->text, lim, m->off + m->len, 0);
	if (w.len && sr__word_is(c->text, w, "or")) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (w.len && sr__cue_at(c, s, w.off) == want)
			return 1;
	}
	w = sr__prev_word(c->text, s->span.off, m->off, 0);
	if (w.len && sr__word_is(c->text, w, "or")) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (w.len && sr__cue_at(c, s, w.off) == want)
			return 1;
	}
	return 0;
}
/* "Four people were killed in the Industrialnyi district and two more
 * in the city centre": "and N more" with its verb left out adds to the
 * count of the toll cue before it, when no toll cue follows. */
/* 1 if a semicolon, then blanks, come right before off in s. */
static int semicolon_before(const struct actx *c, const struct sent *s,
			    uint32_t off)
{
	while (off > s->span.off && c->text[off - 1] == ' ')
		off--;
	return off > s->span.off && c->text[off - 1] == ';';
}
/* 1 if "the attack that", "the strike which" ends right before off. */
static int attack_that(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const acts[] = { "attack",  "strike",   "strikes",
					    "attacks", "shelling", "bombing",
					    "raid" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, off, 0);

	if (!w.len || !(sr__word_is(c->text, w, "that") ||
			sr__word_is(c->text, w, "which")))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || !sr__word_in(c->text, w, acts, SR_ARRAY_LEN(acts)))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len &&
	       (sr__word_is(c->text, w, "the") ||
		sr__word_is(c->text, w, "a") || sr__word_is(c->text, w, "an"));
}
/* 1 if "missing", "unaccounted" or "trapped" is among the four words
 * after w ("several more are still missing"). */
static int missing_after(const struct actx *c, const struct sent *s,
			 struct sr_span w)
{
	static const char *const gone[] = { "missing", "unaccounted",
					    "trapped" };

	return sr__x_word_ahead(c, s, w.off + w.len, 4, gone,
				SR_ARRAY_LEN(gone), NULL, 0);
}
static void elided_more(const struct actx *c, struct frame *f,
			struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t lim = s->span.off + s->span.len, i;
	size_t q;

	for (q = 0; q < f->nnum; q++) {
		const struct sr_number *n = &f->num[q];
		struct sr_span w, nx;
		int cue = 0, later = 0;
		uint32_t coff = 0;

		if (f->used[q] || n->ordinal || n->value < 1 || n->value > 1000)
			continue;
		w = sr__next_word(c->text, lim, n->span.off + n->span.len, 0);
		if (!w.len || w.off != n->span.off + n->span.len + 1 ||
		    !sr__word_is(c->text, w, "more"))
			continue;
		nx = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (nx.len && sr__word_is(c->text, nx, "than"))
			continue;
		/* "43 wounded, and several more are still missing": the
		 * missing are not counted with the hurt */
		if (missing_after(c, s, w))
			continue;
		/* "... and two more": not "reached 16: the remains of two
		 * more people were found" (a total that holds them) */
		/* (or a clause of its own after a semicolon: "Eight bodies
		 * had been recovered by midnight; three more ... were
		 * found") */
		w = sr__prev_word(c->text, s->span.off, n->span.off, 0);
		if (!((w.len && sr__word_is(c->text, w, "and")) ||
		      semicolon_before(c, s, n->span.off)) ||
		    rise_before(c, s, n->span.off))
			continue;
		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *e = sr__match_entry(c, i);

			if (e->type != SR_ENT_CUE ||
			    (e->sub != SR_CUE_KILL && e->sub != SR_CUE_INJURE))
				continue;
			if (c->m[i].off < n->span.off) {
				cue = e->sub;
				coff = c->m[i].off;
			} else {
				later = 1;
			}
		}
		if (!cue || later)
			continue;
		if (cue == SR_CUE_KILL && ev->fatalities > 0 &&
		    ev->spans.fatalities.off < coff + 40 &&
		    ev->spans.fatalities.off + ev->spans.fatalities.len <=
			n->span.off) {
			f->used[q] = 1;
			add_dead(ev, n->value);
		} else if (cue == SR_CUE_INJURE && ev->injured > 0 &&
			   ev->spans.injured.off + ev->spans.injured.len <=
			       n->span.off) {
			f->used[q] = 1;
			add_to(ev, SR_CUE_INJURE, n->value);
		}
	}
}
/* 1 if v is a cue for people who may be victims. */
static int victim_cue(const struct sr_entry *v)
{
	return v->type == SR_ENT_CUE &&
	       (v->sub == SR_CUE_CIVILIAN || v->sub == SR_CUE_PERSON ||
		v->sub == SR_CUE_SOLDIER);
}
/* 1 if victim cue j stands right before the victim cue after it, with a
 * blank between: "elderly man", "local woman", one person named by an
 * adjective and a noun. */
static int victim_modifier(const struct actx *c, const struct sent *s,
			   uint32_t j)
{
	return j + 1 < s->m1 &&
	       c->m[j + 1].off == c->m[j].off + c->m[j].len + 1 &&
	       c->text[c->m[j].off + c->m[j].len] == ' ' &&
	       victim_cue(sr__match_entry(c, j + 1));
}
/* 1 if the wound word of match i tells how someone later said to have
 * died was hurt, not a count of injured: it follows the victim in a
 * relative phrase ("a man wounded in the attack later died", "an elderly
 * woman taken to hospital with shrapnel wounds had died") and a kill
 * word ends that clause, with no count between (not "two men were
 * wounded and one died", "wounded three and died"). */
/* "She suffered severe injuries and died": a sentence that opens with he
 * or she tells of one person, the victim of the sentence before; the
 * pronoun's span if the clause around off opens the sentence with it. */
static struct sr_span opening_pronoun(const struct actx *c,
				      const struct sent *s, uint32_t off)
{
	static const char *const pron[] = { "he", "she" };
	struct sr_span cl = sr__x_clause_of(c, s, off);
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, s->span.off, 0);

	if (cl.off != s->span.off || !w.len || w.off > s->span.off + 1 ||
	    !sr__word_in(c->text, w, pron, SR_ARRAY_LEN(pron)))
		w.len = 0;
	else {
		/* "He claimed the Russians had lost 12 vehicles": one who
		 * speaks, not one who died */
		static const char *const say[] = { "said",  "says",  "added",
						   "told",  "noted", "claimed",
						   "claims" };
		struct sr_span v = sr__next_word(
		    c->text, s->span.off + s->span.len, w.off + w.len, 0);
		int cue = v.len ? sr__cue_at(c, s, v.off) : 0;

		if (v.len && (cue == SR_CUE_CLAIM || cue == SR_CUE_DENY ||
			      sr__word_in(c->text, v, say, SR_ARRAY_LEN(say))))
			w.len = 0;
	}
	return w;
}
/* 1 if a number that is no age stands between offsets vic and kill of
 * the sentence of frame f: a count of the hurt ("two were wounded and
 * one died"), not one victim. */
static int count_between(const struct actx *c, struct frame *f, uint32_t vic,
			 uint32_t kill)
{
	size_t q;

	sr__x_frame_numbers(c, f);
	for (q = 0; q < f->nnum; q++)
		if (f->num[q].span.off > vic && f->num[q].span.off < kill &&
		    !is_age(c, f->s, &f->num[q]))
			return 1;
	return 0;
}
/* 1 if "no one", "nobody" or "none" is the subject of the toll word at
 * off, up to six words back in its clause: "nobody was hurt", "no one
 * in the town had been killed". */
static int nobody_before(const struct actx *c, const struct sent *s,
			 uint32_t off)
{
	static const char *const stop[] = { "and", "but", "while", "although",
					    "though" };
	struct sr_span cl, w = { off, 0 };
	uint32_t p, lo = off > s->span.off + 64 ? off - 64 : s->span.off;
	int k;

	/* (the cheap test first: "no" or "none" in the 64 bytes before,
	 * as most tolls have neither) */
	for (p = lo; p + 2 < off; p++) {
		const char *q = memchr(c->text + p, 'o', off - 2 - p);

		if (!q)
			return 0;
		p = (uint32_t)(q - c->text);
		if (p > lo && (c->text[p - 1] | 0x20) == 'n' &&
		    (p - 1 == s->span.off ||
		     !sr__text_alpha((unsigned char)c->text[p - 2])))
			break;
	}
	if (p + 2 >= off)
		return 0;
	cl = sr__x_clause_of(c, s, off);
	for (k = 0; k < 6; k++) {
		w = sr__prev_word(c->text, cl.off, w.off, 0);
		if (!w.len || sr__word_in(c->text, w, stop, SR_ARRAY_LEN(stop)))
			return 0;
		if (sr__word_is(c->text, w, "nobody") ||
		    sr__word_is(c->text, w, "none"))
			return 1;
		if (sr__word_is(c->text, w, "one") &&
		    sr__word_is(c->text,
				sr__prev_word(c->text, cl.off, w.off, 0), "no"))
			return 1;
	}
	return 0;
}
/* 1 if toll noun m is one no one gave: "no death toll was given",
 * "no casualty figures were immediately available" (unknown, not 0). */
static int no_figure_given(const struct actx *c, const struct sent *s,
			   const struct sr_match *m)
{
	static const char *const skip[] = { "was",	 "were",	"has",
					    "have",	 "been",	"is",
					    "are",	 "immediately", "yet",
					    "officially" };
	static const char *const given[] = { "given",	  "released",
					     "available", "provided",
					     "announced", "disclosed",
					     "published", "reported" };
	static const char *const figure[] = { "toll", "figure", "figures" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { m->off, m->len };
	int k, fig = sr__x_has_text(c->text, w, "toll");

	/* ("no casualties were reported" is none; "no toll was given" is
	 * a figure not told) */
	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, figure, SR_ARRAY_LEN(figure)))
			fig = 1;
		else if (sr__word_in(c->text, w, given, SR_ARRAY_LEN(given)))
			return fig && k > 0;
		else if (!sr__word_in(c->text, w, skip, SR_ARRAY_LEN(skip)))
			return 0;
	}
	return 0;
}
/* 1 if toll word m follows "no new", "no further", "no more", "no
 * other" or "no additional": nothing beyond what was told. */
static int no_further(const struct actx *c, const struct sent *s,
		      const struct sr_match *m)
{
	static const char *const beyond[] = { "new", "further", "more", "other",
					      "additional" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, m->off, 0);

	return w.len && sr__word_in(c->text, w, beyond, SR_ARRAY_LEN(beyond)) &&
	       sr__word_is(c->text,
			   sr__prev_word(c->text, s->span.off, w.off, 0), "no");
}
/* 1 if toll noun i ("injuries", "wounds") follows "with" and, at most
 * four words before, "a" or "an" and one singular person word: "found
 * a woman of 73 with injuries", "an elderly man with shrapnel wounds". */
static int one_found_hurt(const struct actx *c, struct frame *f, size_t i)
{
	const struct sent *s = f->s;
	struct sr_span w = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
	int k, person = 0;

	if (sr__word_is(c->text, w, "shrapnel") ||
	    sr__word_is(c->text, w, "serious") ||
	    sr__word_is(c->text, w, "severe") ||
	    sr__word_is(c->text, w, "minor"))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!sr__word_is(c->text, w, "with"))
		return 0;
	for (k = 0; k < 5; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "a") ||
		    sr__word_is(c->text, w, "an"))
			return person;
		if (person_word(c, s, w)) {
			if (person || c->text[w.off + w.len - 1] == 's')
				return 0;
			person = 1;
		}
	}
	return 0;
}
/* "The driver was taken to hospital with severe injuries and died
 * there", "he was wounded and later died": one victim, hurt then dead,
 * told by a verb of being hurt after the victim and "and" with a kill
 * word after it in the same clause, no count between the victim and
 * the kill word (not "two were wounded and one died"). */
static int hurt_and_died(const struct actx *c, struct frame *f, uint32_t i)
{
	const struct sent *s = f->s;
	const struct sr_match *m = &c->m[i];
	struct sr_span cl = sr__x_clause_of(c, s, m->off);
	uint32_t j, vic = UINT32_MAX, kill = UINT32_MAX;

	if (opening_pronoun(c, s, m->off).len)
		vic = s->span.off;
	for (j = s->m0; j < s->m1 && c->m[j].off < m->off; j++)
		if (c->m[j].off >= cl.off && victim_cue(sr__match_entry(c, j)))
			vic = c->m[j].off;
	if (vic == UINT32_MAX)
		return 0;
	for (j = i + 1; j < s->m1 && c->m[j].off < cl.off + cl.len; j++) {
		const struct sr_entry *v = sr__match_entry(c, j);
		struct sr_span w;

		if (victim_cue(v))
			return 0;
		if (v->type != SR_ENT_CUE || v->sub != SR_CUE_KILL)
			continue;
		w = sr__prev_word(c->text, s->span.off, c->m[j].off, 0);
		if (sr__word_is(c->text, w, "later") ||
		    sr__word_is(c->text, w, "then"))
			w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!sr__word_is(c->text, w, "and"))
			return 0;
		kill = c->m[j].off;
		break;
	}
	return kill != UINT32_MAX && !count_between(c, f, vic, kill);
}
static int wounded_who_died(const struct actx *c, struct frame *f, uint32_t i)
{
	static const char *const verbs[] = { "was", "were", "been", "is", "are",
					     "and", "have", "has",  "had" };
	const struct sent *s = f->s;
	const struct sr_match *m = &c->m[i];
	struct sr_span cl;
	uint32_t j, vic = UINT32_MAX, kill = UINT32_MAX;

	/* 1 only with a kill word after the wound word: none without a
	 * kill cue in the sentence (s->cues) */
	if (!((s->cues >> SR_CUE_KILL) & 1u))
		return 0;
	if (sr__word_in(c->text, sr__prev_word(c->text, s->span.off, m->off, 0),
			verbs, SR_ARRAY_LEN(verbs)))
		return hurt_and_died(c, f, i);
	cl = sr__x_clause_of(c, s, m->off);
	if (opening_pronoun(c, s, m->off).len)
		vic = s->span.off;
	for (j = s->m0; j < s->m1; j++) {
		const struct sr_entry *v = sr__match_entry(c, j);

		/* the kill word may come after a comma closing the phrase
		 * ("a woman taken to hospital in Belgorod, had died"), but
		 * not after another victim */
		if (j > i && c->m[j].off > cl.off + cl.len) {
			if (victim_cue(v))
				break;
		} else if (c->m[j].off < cl.off ||
			   c->m[j].off + c->m[j].len > cl.off + cl.len)
			continue;
		if (j < i && victim_cue(v))
			vic = c->m[j].off;
		/* a kill word, or a wound word told of the victim with a
		 * verb ("was wounded"), ends the phrase; one more wound
		 * word in it does not ("taken to hospital with shrapnel
		 * wounds") */
		else if (j < i && v->type == SR_ENT_CUE &&
			 (v->sub == SR_CUE_KILL ||
			  (v->sub == SR_CUE_INJURE &&
			   sr__word_in(c->text,
				       sr__prev_word(c->text, s->span.off,
						     c->m[j].off, 0),
				       verbs, SR_ARRAY_LEN(verbs)))))
			vic = UINT32_MAX;
		else if (j > i && v->type == SR_ENT_CUE &&
			 v->sub == SR_CUE_KILL) {
			kill = c->m[j].off;
			break;
		}
	}
	/* (or "was taken to hospital with shrapnel wounds and died":
	 * the wound word after a verb of being hurt, "and" before the
	 * kill word) */
	if (vic == UINT32_MAX || kill == UINT32_MAX)
		return hurt_and_died(c, f, i);
	return !count_between(c, f, vic, kill);
}
/* The count of captives shot, number k of f, when people are named
 * within three words after it, before lim (with "defenders" among them
 * when defenders is 1): it becomes ev's death toll. */
static void captives_counted(const struct actx *c, struct frame *f,
			     struct sr_event *ev, size_t k, uint32_t lim,
			     int defenders)
{
	const struct sr_number *n = &f->num[k];
	struct sr_span w = { n->span.off + n->span.len, 0 };
	int words;

	for (words = 0; words < 3; words++) {
		w = sr__next_word(c->text, lim, w.off + w.len, 0);
		if (w.len &&
		    (person_word(c, f->s, w) ||
		     (defenders && sr__word_is(c->text, w, "defenders")))) {
			set_count(&ev->fatalities, &ev->fatalities_low,
				  &ev->fatalities_high, n);
			ev->spans.fatalities = n->span;
			f->used[k] = 1;
			return;
		}
	}
}
/* "soldiers shooting three Ukrainian servicemen who had surrendered": in
 * the shooting of captives (the trigger's "+captives-shot") the number
 * shot, right after the trigger and before the people, is the dead. */
static void captives_killed(const struct actx *c, struct frame *f,
			    struct sr_event *ev)
{
	const struct sent *s = f->s;
	const struct sr_match *t = &c->m[f->trig];
	uint32_t end = t->off + t->len;
	size_t k;

	if (ev->fatalities != SR_NULL_COUNT || !f->rule_extra ||
	    !sr__x_starts(f->rule_extra, "+captives-shot"))
		return;
	sr__x_frame_numbers(c, f);
	/* "captured five Ukrainian defenders who had laid down their arms
	 * and shot them": the people counted before, shot as "them"
	 * ("defenders": soldiers, told captive) */
	if (sr__word_is(
		c->text,
		sr__next_word(c->text, s->span.off + s->span.len, end, 0),
		"them")) {
		for (k = f->nnum; k-- > 0;) {
			const struct sr_number *n = &f->num[k];

			if (n->span.off >= t->off || n->ordinal || f->used[k])
				continue;
			captives_counted(c, f, ev, k, t->off, 1);
			return;
		}
		return;
	}
	for (k = 0; k < f->nnum; k++) {
		const struct sr_number *n = &f->num[k];

		if (n->span.off < end || n->ordinal || f->used[k])
			continue;
		if (sr__x_words_between(c->text, end, n->span.off) > 0)
			return;
		/* the people shot, within three words after the number */
		captives_counted(c, f, ev, k, s->span.off + s->span.len, 0);
		return;
	}
}
/* How the toll word at match m, "lives", is told: 1 if still being
 * saved ("medics are fighting to save the lives of two men", "fighting
 * for the lives of"): the wounded, not dead; 2 if they could not be
 * saved ("doctors could not save the lives of", "were unable to
 * save"): dead, the "not" no negation of the toll; 0 otherwise. */
static int lives_saved(const struct actx *c, const struct sent *s,
		       const struct sr_match *m)
{
	static const char *const det[] = { "the", "their", "his", "her" };
	static const char *const save[] = { "save", "saving", "saved", "saves",
					    "for" };
	struct sr_span w;

	if (m->len != 5 || !sr__strncaseeq(c->text + m->off, 5, "lives"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, m->off, 0);
	if (w.len && sr__word_in(c->text, w, det, SR_ARRAY_LEN(det)))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || !sr__word_in(c->text, w, save, SR_ARRAY_LEN(save)))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (w.len && sr__word_is(c->text, w, "to"))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && (sr__word_is(c->text, w, "not") ||
			 sr__word_is(c->text, w, "unable") ||
			 sr__word_is(c->text, w, "failed"))
		   ? 2
		   : 1;
}
/* 1 if "and" and a wound word follow the kill cue m right away ("killed
 * and wounded", "dead and injured"). */
static int killed_and_wounded(const struct actx *c, const struct sent *s,
			      const struct sr_match *m)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, m->off + m->len, 0);

	/* (or after "lost": "lost 35 men killed and wounded") */
	if (m->len == 4 && sr__strncaseeq(c->text + m->off, 4, "lost")) {
		struct sr_span after = { m->off + m->len,
					 SR_MIN(40u, lim - (m->off + m->len)) };

		return sr__x_has_text(c->text, after, " killed and wounded") ||
		       sr__x_has_text(c->text, after, " killed and injured");
	}
	if (!w.len || w.off != m->off + m->len + 1 ||
	    !sr__word_is(c->text, w, "and"))
		return 0;
	w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && sr__cue_at(c, s, w.off) == SR_CUE_INJURE;
}
/* 1 if the kill cue m follows a relative or personal pronoun that opens a
 * clause ("..., who later died", "; he died in hospital"): one of the
 * people told before died. */
static int wounded_one_later_died(const struct actx *c, const struct sent *s,
				  const struct sr_match *m)
{
	static const char *const later[] = { "later", "then", "subsequently" };
	static const char *const who[] = { "who", "he", "she" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, m->off, 0);
	uint32_t p;

	if (w.len && sr__word_in(c->text, w, later, SR_ARRAY_LEN(later)))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || !sr__word_in(c->text, w, who, SR_ARRAY_LEN(who)))
		return 0;
	for (p = w.off; p > s->span.off && c->text[p - 1] == ' '; p--)
		;
	return p > s->span.off &&
	       (c->text[p - 1] == ',' || c->text[p - 1] == ';');
}
/* "after recovering a 12th body", "the 30th body was pulled from the
 * rubble": the ordinal of a body found counts the dead so far; 1 when
 * the kill cue m ("body") is told so and the toll was set. */
static int ordinal_body(const struct actx *c, struct frame *f,
			const struct sr_match *m, struct sr_event *ev)
{
	const struct sent *s = f->s;
	struct sr_span w, a;
	size_t q;

	if (m->len != 4 || !sr__strncaseeq(c->text + m->off, 4, "body"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, m->off, 0);
	if (!w.len)
		return 0;
	sr__x_frame_numbers(c, f);
	for (q = 0; q < f->nnum; q++) {
		const struct sr_number *n = &f->num[q];

		if (!n->ordinal || n->value < 2 ||
		    n->span.off + n->span.len != w.off + w.len)
			continue;
		a = sr__prev_word(c->text, s->span.off, n->span.off, 0);
		if (!a.len || !(sr__word_is(c->text, a, "a") ||
				sr__word_is(c->text, a, "the")))
			return 0;
		/* (more than a count told before: SR_NULL_COUNT is
		 * negative) */
		if (ev->fatalities < n->value) {
			ev->fatalities = SR_NULL_COUNT;
			set_n(ev, SR_CUE_KILL, n->span, (int)n->value);
		}
		return 1;
	}
	return 0;
}
/* 1 if the injury noun of cue m ("injuries", "wounds") follows a verb
 * of getting it, past up to two words of its sort: "received minor
 * injuries", "suffered shrapnel wounds"; *w (the word before m) becomes
 * the verb. */
static int injury_noun_got(const struct actx *c, const struct sent *s,
			   const struct sr_match *m, struct sr_span *w)
{
	static const char *const nouns[] = { "injuries", "injury", "wounds",
					     "wound" };
	static const char *const got[] = { "received", "sustained",
					   "suffered" };
	struct sr_span v = *w;
	int k;

	if (!sr__word_in(c->text, (struct sr_span){ m->off, m->len }, nouns,
			 SR_ARRAY_LEN(nouns)))
		return 0;
	for (k = 0; k < 3 && v.len; k++) {
		if (sr__word_in(c->text, v, got, SR_ARRAY_LEN(got))) {
			*w = v;
			return 1;
		}
		v = sr__prev_word(c->text, s->span.off, v.off, 0);
	}
	return 0;
}
void sr__x_read_counts(const struct actx *c, struct frame *f,
		       struct sr_event *ev)
{
	const struct sent *s = f->s;
	uint32_t i;
	size_t k;
	/* the cues the loop reads: a sentence with none of them (s->cues)
	 * has no match it stops at */
	const uint32_t read = (1u << SR_CUE_KILLP) | (1u << SR_CUE_KILL) |
			      (1u << SR_CUE_INJURE) | (1u << SR_CUE_CASUALTY);

	for (i = (s->cues & read) ? s->m0 : s->m1; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		const struct sr_match *m = &c->m[i];
		int cue, found = -1, total = 0, saved;
		uint32_t end = m->off + m->len;

		if (e->type != SR_ENT_CUE || !sr__x_in_lim(f, m->off, m->len))
			continue;
		cue = e->sub;
		if (cue == SR_CUE_KILLP) {
			if (ev->fatalities == SR_NULL_COUNT &&
			    !sr__x_negated_before(c, s, m->off))
				killed_people(c, f, m, ev);
			continue;
		}
		if (cue != SR_CUE_KILL && cue != SR_CUE_INJURE &&
		    cue != SR_CUE_CASUALTY)
			continue;
		if (cue == SR_CUE_KILL && ordinal_body(c, f, m, ev))
			continue;
		/* "injuring the driver, who later died in hospital", "The
		 * driver was injured; he later died": one of the wounded
		 * told died, and leaves the injured */
		if (cue == SR_CUE_KILL && ev->injured > 0 &&
		    ev->fatalities == SR_NULL_COUNT &&
		    ev->spans.injured.off < m->off &&
		    wounded_one_later_died(c, s, m)) {
			struct sr_span sp = { m->off, m->len };

			ev->fatalities = ev->fatalities_low =
			    ev->fatalities_high = 1;
			ev->spans.fatalities = sp;
			sr__x_less_injured(ev, 1);
			continue;
		}
		/* "the enemy lost 35 men killed and wounded": dead and
		 * wounded in one figure, no toll of either */
		if (cue == SR_CUE_KILL && killed_and_wounded(c, s, m))
			continue;
		/* "defused the warhead ... that had fallen during the attack
		 * that killed 18 people": the toll of the attack named, not
		 * of the interception or the defusing told */
		if (f->kind == c->e->kid[K_INTERCEPTION] &&
		    attack_that(c, s, m->off))
			continue;
		saved = lives_saved(c, s, m);
		if (sr__x_sentenced_to_death(c, s, m, e) || saved == 1)
			continue;
		/* "to mark the anniversary of his death": one person's
		 * death, long past, no toll */
		if (cue == SR_CUE_KILL && one_death(c, s, m))
			continue;
		/* "rallied for the victims of the canopy collapse that
		 * killed 15": an accident's toll is no count of a protest
		 * (an attack that brings a roof down keeps its toll) */
		if (cue != SR_CUE_CASUALTY && !sr__x_kind_violent(c, f->kind) &&
		    sr__x_accident_toll(c, s, m))
			continue;
		/* "hurled bricks at a mosque, a day after a knife attack
		 * that killed three girls": the toll of the act that dates
		 * this one, unless the event is that act */
		if ((cue == SR_CUE_KILL || cue == SR_CUE_INJURE) &&
		    sr__x_time_after(c, s, m->off) &&
		    !(f->trig >= s->m0 && f->trig < s->m1 &&
		      sr__x_time_after(c, s, c->m[f->trig].off)))
			continue;
		/* "wounded" in "fatally wounded" is a death told */
		if (cue == SR_CUE_INJURE && i > s->m0 &&
		    c->m[i - 1].off + c->m[i - 1].len >= end &&
		    sr__match_entry(c, i - 1)->type == SR_ENT_CUE &&
		    sr__match_entry(c, i - 1)->sub == SR_CUE_KILL)
			continue;
		/* "two of the injured later died", "one of the wounded is
		 * in a grave condition": some of those told before, not a
		 * count of its own */
		if (cue == SR_CUE_INJURE && m->off >= s->span.off + 7 &&
		    sr__strncaseeq(c->text + m->off - 7, 7, "of the "))
			continue;
		if (cue == SR_CUE_INJURE && wounded_who_died(c, f, i))
			continue;
		if ((sr__x_negated_before(c, s, m->off) && saved != 2) ||
		    nobody_before(c, s, m->off)) {
			/* "no new casualties", "no further injuries":
			 * nothing beyond the toll told, which stays as it
			 * was; "no death toll was given": none told */
			if (no_further(c, s, m) || no_figure_given(c, s, m))
				continue;
			/* "nobody was hurt": nobody was killed either,
			 * unless the sentence tells of dead */
			if ((cue == SR_CUE_KILL || cue == SR_CUE_CASUALTY ||
			     !sr__x_sentence_has_cue(c, s, SR_CUE_KILL)) &&
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
		/* "dozens were killed or wounded", "wounded or killed": the
		 * dead are not told apart from the wounded */
		if ((cue == SR_CUE_KILL || cue == SR_CUE_INJURE) &&
		    either_or(c, s, m)) {
			/* "No one was killed or injured": the first told
			 * none, so none of the second either */
			int kill = cue == SR_CUE_KILL;
			int64_t *v = kill ? &ev->fatalities : &ev->injured;
			int64_t o = kill ? ev->injured : ev->fatalities;
			struct sr_span *sp =
			    kill ? &ev->spans.fatalities : &ev->spans.injured;
			const struct sr_span *osp =
			    kill ? &ev->spans.injured : &ev->spans.fatalities;

			if (o == 0 && *v == SR_NULL_COUNT &&
			    osp->off < m->off && m->off - osp->off < 40) {
				*v = 0;
				if (kill)
					ev->fatalities_low =
					    ev->fatalities_high = 0;
				else
					ev->injured_low = ev->injured_high = 0;
				sp->off = m->off;
				sp->len = m->len;
			}
			continue;
		}
		/* "casualties" mixes dead and wounded; but "the number of
		 * victims ... has grown to 20: a woman died in hospital, one
		 * more body was found" counts deaths, told with no wound */
		if (cue == SR_CUE_CASUALTY) {
			if (!running_total(c, s, m, e) ||
			    !sr__x_sentence_has_cue(c, s, SR_CUE_KILL) ||
			    sr__x_sentence_has_cue(c, s, SR_CUE_INJURE))
				continue;
			cue = SR_CUE_KILL;
		}
		sr__x_frame_numbers(c, f);
		/* after the cue: "killing two", "killed at least 12" */
		for (k = 0; k < f->nnum; k++) {
			const struct sr_number *n = &f->num[k];

			if (f->used[k] || n->ordinal || n->span.off < end ||
			    is_age(c, s, n))
				continue;
			if (!sr__x_in_lim(f, n->span.off, n->span.len) ||
			    counts_things(c, s, n))
				break;
			if (n->span.off - end <= 40 &&
			    between_words_ok(c, end, n->span.off))
				found = (int)k;
			break;
		}
		/* "the death toll from Saturday's strike rose to 30", "the
		 * number of people killed when ... rose to 20": a running
		 * total, which replaces a part told before it ("pulled two
		 * more bodies ..., bringing the toll to 15") */
		if (found < 0 && running_total(c, s, m, e)) {
			for (k = 0; k < f->nnum; k++) {
				const struct sr_number *n = &f->num[k];

				if (f->used[k] || n->ordinal ||
				    n->span.off < end ||
				    !sr__x_in_lim(f, n->span.off, n->span.len))
					continue;
				if (total_number(c, s, n)) {
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

				if (nend > m->off || is_age(c, s, n))
					continue;
				/* "Twelve people, among them three
				 * teenagers, were killed": the toll is
				 * before the aside */
				if (in_aside(c, s, n->span.off, m->off))
					continue;
				/* "Two police officers were among those
				 * killed ...; in total, five people died":
				 * a part, when the sentence tells a toll of
				 * the same cue after it */
				if (among_part(c, s, nend, m->off, i, cue) &&
				    number_after(f, m->off))
					continue;
				/* "Nine members of one family were shot":
				 * a number after "of" qualifies a noun */
				if (k > 0 && of_before(c, s, n))
					continue;
				/* "two days after a teenager was shot
				 * dead": a span of time */
				if (time_span(c, s, n))
					break;
				/* "Four soldiers of the 47th Brigade were
				 * killed": a unit's number names it */
				if (unit_number(c, s, n))
					continue;
				if (f->used[k] || n->ordinal ||
				    !sr__x_in_lim(f, n->span.off,
						  n->span.len) ||
				    counts_things(c, s, n))
					break;
				/* "27 were lost to jamming": things lost
				 * unless people are named ("27 soldiers
				 * were lost") */
				if (sr__streq(e->phrase, "lost") &&
				    !people_after(c, s, nend))
					break;
				/* "Two gunmen killed a shopkeeper": the number
				 * counts who killed, the dead follow */
				if (acts_on_object(c, s, m, e->phrase))
					break;
				if (gap_before_ok(c, f, nend, m->off))
					found = (int)k;
				break;
			}
		}
		/* "Lieutenant General Igor Kirillov, head of the protection
		 * troops, and his assistant were killed": the person the
		 * sentence opens with, by title, and who died with him */
		if (found < 0 && (cue == SR_CUE_KILL || cue == SR_CUE_INJURE) &&
		    !noun_toll(e->phrase)) {
			struct sr_span x0 = sr__next_word(
			    c->text, m->off, past_dateline(c, s), 0);
			struct sr_span vs;
			int n;

			if (x0.len && x0.off < m->off &&
			    c->text[x0.off] >= 'A' && c->text[x0.off] <= 'Z' &&
			    sr__word_in(c->text, x0, titles,
					SR_ARRAY_LEN(titles)) &&
			    (n = titled_victims(c, f, x0, m->off, &vs)) > 1) {
				set_n(ev, cue, vs, n);
				continue;
			}
		}
		/* "rescuers found a woman of 73 with injuries" */
		if (found < 0 && cue == SR_CUE_INJURE && noun_toll(e->phrase) &&
		    one_found_hurt(c, f, i)) {
			struct sr_span vs = { m->off, m->len };

			set_n(ev, cue, vs, 1);
			continue;
		}
		if (found < 0 && (cue == SR_CUE_KILL || cue == SR_CUE_INJURE) &&
		    !noun_toll(e->phrase)) {
			/* "a 9-year-old boy died", "Woman dies": one singular
			 * victim noun before the toll word in its clause */
			struct sr_span cl = sr__x_clause_of(c, s, m->off);
			uint32_t j, nvict = 0, sing = 0, voff = 0, vlen = 0;
			size_t q;

			/* "The driver, 38, died": the age set off by commas
			 * does not end the subject's clause */
			for (q = 0; q < f->nnum; q++) {
				const struct sr_number *n = &f->num[q];
				uint32_t nend = n->span.off + n->span.len;

				if (n->span.off > cl.off || nend + 3 < cl.off ||
				    n->span.off < s->span.off + 2 ||
				    c->text[n->span.off - 2] != ',' ||
				    !is_age(c, s, n))
					continue;
				{
					struct sr_span w =
					    sr__prev_word(c->text, s->span.off,
							  n->span.off - 2, 0);
					struct sr_span c0 =
					    sr__x_clause_of(c, s, w.off);

					cl.len += cl.off - c0.off;
					cl.off = c0.off;
				}
				break;
			}

			for (j = s->m0; j < i; j++) {
				const struct sr_entry *v =
				    sr__match_entry(c, j);
				size_t pl;

				if (c->m[j].off < cl.off ||
				    v->type != SR_ENT_CUE ||
				    (v->sub != SR_CUE_CIVILIAN &&
				     v->sub != SR_CUE_PERSON &&
				     v->sub != SR_CUE_SOLDIER))
					continue;
				/* "an elderly man": one victim, the noun;
				 * "a civilian car", "a passenger car": no
				 * victim, a modifier of property */
				if (victim_modifier(c, s, j) ||
				    sr__x_property_noun(
					c->text,
					sr__next_word(c->text, cl.off + cl.len,
						      c->m[j].off + c->m[j].len,
						      0)))
					continue;
				nvict++;
				pl = strlen(v->phrase);
				if (v->phrase[pl - 1] != 's' &&
				    !sr__streq(v->phrase, "people") &&
				    !sr__streq(v->phrase, "children") &&
				    !sr__streq(v->phrase, "men") &&
				    !sr__streq(v->phrase, "women") &&
				    !sr__streq(v->phrase, "family") &&
				    !sr__streq(v->phrase, "elderly") &&
				    !sr__streq(v->phrase, "police officer")) {
					sing = 1;
					voff = c->m[j].off;
					vlen = c->m[j].len;
				}
			}
			for (q = 0; q < f->nnum; q++)
				if (f->num[q].span.off >= cl.off &&
				    f->num[q].span.off < m->off &&
				    !is_age(c, s, &f->num[q]))
					nvict = 99; /* a number is there */
			if (nvict == 0) {
				struct sr_span pw =
				    opening_pronoun(c, s, m->off);

				if (pw.len) {
					nvict = 1;
					sing = 1;
					voff = pw.off;
					vlen = pw.len;
				}
			}
			/* (not before "killing"/"injuring": its victims
			 * follow it, "killing a man and injuring his wife") */
			if (nvict == 1 && sing &&
			    !(strlen(e->phrase) > 4 &&
			      sr__streq(e->phrase + strlen(e->phrase) - 3,
					"ing"))) {
				struct sr_span vs = { voff, vlen };
				int with;

				add_group(c, f, ev, cue, vs, vs);
				/* "He was killed, together with his
				 * assistant, when ...": two */
				if ((with = companion(c, f, end)) > 0)
					add_to(ev, cue, with);
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

			if (x1.len && x0.len && !person_word(c, s, x1)) {
				/* one or two modifiers between: "a
				 * 45-year-old man", "a 47-year-old local
				 * man", "a port pilot" */
				struct sr_span x2 = sr__next_word(
				    c->text, s->span.off + s->span.len,
				    x1.off + x1.len, 0);
				struct sr_span x3 =
				    x2.len ? sr__next_word(c->text,
							   s->span.off +
							       s->span.len,
							   x2.off + x2.len, 0)
					   : x2;

				if (person_word(c, s, x2))
					x1 = x2;
				else if (person_word(c, s, x3))
					x1 = x3;
			}
			/* "killing him", "killing the driver", "killing its
			 * driver" */
			static const char *const definite[] = {
				"the", "its", "his", "her", "their",
			};
			int single = 0;

			/* "injuring both of his parents", "killing both
			 * men": two */
			if (x0.len && x0.off <= end + 2 &&
			    sr__word_is(c->text, x0, "both") && x1.len &&
			    (sr__word_is(c->text, x1, "of") ||
			     person_word(c, s, x1))) {
				struct sr_span vs = { x0.off, x1.off + x1.len -
								  x0.off };

				set_n(ev, cue, vs, 2);
				continue;
			}
			if (x0.len && x0.off <= end + 2 &&
			    (sr__word_is(c->text, x0, "him") ||
			     sr__word_is(c->text, x0, "her"))) {
				x1 = x0;
				single = 1;
			} else if (x0.len && x1.len && x0.off <= end + 2 &&
				   (sr__word_is(c->text, x0, "a") ||
				    sr__word_is(c->text, x0, "an") ||
				    (sr__word_in(c->text, x0, definite,
						 SR_ARRAY_LEN(definite)) &&
				     c->text[x1.off + x1.len - 1] != 's')) &&
				   (sr__cue_at(c, s, x1.off) ==
					SR_CUE_CIVILIAN ||
				    sr__cue_at(c, s, x1.off) == SR_CUE_PERSON ||
				    sr__cue_at(c, s, x1.off) ==
					SR_CUE_SOLDIER ||
				    office_head(c, s, x1) ||
				    title_noun(c, s, x1))) {
				single = 1;
			} else if (x0.len && x0.off <= end + 2 &&
				   sr__word_is(c->text, x0, "a") &&
				   bare_age(c, x0.off + 2)) {
				/* "killing a 23-year-old and wounding two" */
				x1 = sr__next_word(c->text,
						   s->span.off + s->span.len,
						   x0.off + x0.len, 0);
				single = 1;
			}
			/* "killing Lieutenant General Igor Kirillov, head of
			 * the protection troops, and his assistant": a person
			 * named by title, and who died with him */
			if (!single && x0.len && x0.off <= end + 2 &&
			    sr__word_in(c->text, x0, titles,
					SR_ARRAY_LEN(titles))) {
				struct sr_span vs;
				int n = titled_victims(
				    c, f, x0, s->span.off + s->span.len, &vs);

				set_n(ev, cue, vs, n);
				continue;
			}
			if (single) {
				struct sr_span vs = { x0.off, x1.off + x1.len -
								  x0.off };
				uint32_t e1, e2;
				int n = group_count(c, f, x1, &e1);
				int more;

				e1 = cue_end(c, s, x1, e1);
				more = second_person(c, f, e1, &e2);
				/* "killing a lieutenant general in charge of
				 * the chemical troops and his assistant" */
				if (!more)
					more = person_after_modifier(c, f, e1,
								     &e2);

				/* "killing a man and his teenage son",
				 * "killing a couple and their son" */
				vs.len = (more ? e2 : e1) - vs.off;
				set_n(ev, cue, vs, n + more);
				continue;
			}
		}
		if (found < 0) {
			/* "a man was killed", "a child died" */
			struct sr_span w1 =
			    sr__prev_word(c->text, s->span.off, m->off, 0);
			struct sr_span w0, w2;

			struct sr_span app, w2v = { 0, 0 };
			static const char *const manner[] = {
				"shot",
				"beaten",
				"stabbed",
				"burned",
				"burnt",
				"found",
				/* "was pulled dead from the rubble" */
				"pulled",
				"dragged",
				"carried",
				"pronounced",
				"declared",
				"hacked",
				"gunned",
				"tortured",
				"starved",
				/* "was seriously injured" */
				"seriously",
				"critically",
				"badly",
				"slightly",
				"severely",
				"lightly",
				"fatally",
				"mortally",
			};

			/* "two days after a teenager was shot dead": the
			 * death dates another event */
			if (sr__x_time_after(c, s, m->off))
				continue;
			/* "a security guard received minor injuries", "a
			 * woman suffered shrapnel wounds": the injury noun
			 * after a verb of getting it, as "was injured" */
			if (cue == SR_CUE_INJURE && w1.len &&
			    injury_noun_got(c, s, m, &w1)) {
				w2v = w1;
				w1 = sr__prev_word(c->text, s->span.off, w1.off,
						   0);
			}
			/* "was shot dead", "was found dead" */
			else if (w1.len && sr__word_in(c->text, w1, manner,
						       SR_ARRAY_LEN(manner)))
				w1 = sr__prev_word(c->text, s->span.off, w1.off,
						   0);
			if (w1.len && (sr__word_is(c->text, w1, "was") ||
				       sr__word_is(c->text, w1, "is") ||
				       sr__word_is(c->text, w1, "has") ||
				       sr__word_is(c->text, w1, "had"))) {
				w2v = w1;
				w1 = sr__prev_word(c->text, s->span.off, w1.off,
						   0);
			}
			/* "Her neighbour, a 64-year-old man, was killed",
			 * "The driver, a 45-year-old man, died" (and "Halyna
			 * and Petro, a married couple aged 68 and 71, who
			 * died": two) */
			if (w1.len && !w2v.len &&
			    sr__word_is(c->text, w1, "who"))
				w2v = w1;
			if (apposed_person(c, s, w2v.len ? w2v.off : m->off,
					   &app)) {
				set_n(ev, cue, app, couple_in(c, app) ? 2 : 1);
				continue;
			}
			/* "Dispatcher Olena Ivanivna, 49, died", "Our fitter
			 * Serhii, 52, was killed" */
			if (!(w1.len && sr__word_is(c->text, w1, "were")) &&
			    lone_age_before(c, s, w2v.len ? w2v.off : m->off,
					    &app)) {
				set_one(ev, cue, app);
				continue;
			}
			/* "She died in hospital that evening" */
			if (w1.len && (sr__word_is(c->text, w1, "she") ||
				       sr__word_is(c->text, w1, "he"))) {
				set_one(ev, cue, w1);
				continue;
			}
			if (w2v.len && named_subject(c, s, w2v.off, &app)) {
				int with = companion(c, f, end);

				set_one(ev, cue, app);
				/* "General Kirillov, head of ..., was killed
				 * together with his assistant" */
				if (with > 0)
					add_to(ev, cue, with);
				continue;
			}
			/* "A man and a woman were killed" */
			if (w1.len && sr__word_is(c->text, w1, "were") &&
			    two_people_before(c, s, w1.off, &app)) {
				set_n(ev, cue, app, 2);
				continue;
			}
			/* "A 41-year-old man who was trying to leave the
			 * town on foot was shot dead": the noun before the
			 * relative clause */
			{
				struct sr_span who = relative_head(
				    c, s, w2v.len ? w2v.off : m->off);

				if (!who.len && w2v.len && w1.len &&
				    sr__cue_at(c, s, w1.off) == 0)
					who = modified_head(c, s, w2v.off);
				if (who.len)
					w1 = who;
			}
			w2 = w1;
			w0 = w1.len ? sr__prev_word(c->text, s->span.off,
						    w1.off, 0)
				    : w1;
			/* "a volunteer medic was killed", "an elderly woman
			 * died": one modifier after the article */
			if (w0.len && !sr__word_is(c->text, w0, "a") &&
			    !sr__word_is(c->text, w0, "an")) {
				struct sr_span w00 = sr__prev_word(
				    c->text, s->span.off, w0.off, 0);

				if (w00.len &&
				    (sr__word_is(c->text, w00, "a") ||
				     sr__word_is(c->text, w00, "an")))
					w0 = w00;
			}
			/* (or "his passenger was injured", "the driver was
			 * killed": a singular person with a definite word) */
			if (w0.len && w2.len &&
			    (sr__word_is(c->text, w0, "a") ||
			     sr__word_is(c->text, w0, "an") ||
			     ((sr__word_is(c->text, w0, "his") ||
			       sr__word_is(c->text, w0, "her") ||
			       sr__word_is(c->text, w0, "their") ||
			       sr__word_is(c->text, w0, "its") ||
			       sr__word_is(c->text, w0, "the")) &&
			      c->text[w2.off + w2.len - 1] != 's')) &&
			    (sr__cue_at(c, s, w2.off) == SR_CUE_CIVILIAN ||
			     sr__cue_at(c, s, w2.off) == SR_CUE_PERSON ||
			     sr__cue_at(c, s, w2.off) == SR_CUE_SOLDIER))
				add_group(c, f, ev, cue, w0, w2);
			continue;
		}
		f->used[found] = 1;
		total = (cue == SR_CUE_KILL || cue == SR_CUE_INJURE) &&
			running_total(c, s, m, e) &&
			total_number(c, s, &f->num[found]) &&
			!wider_toll(c, s, m);
		if (cue == SR_CUE_KILL &&
		    (ev->fatalities == SR_NULL_COUNT || total)) {
			set_count(&ev->fatalities, &ev->fatalities_low,
				  &ev->fatalities_high, &f->num[found]);
			ev->spans.fatalities = f->num[found].span;
			if (!total && f->num[found].span.off >= end)
				people_and_more(c, f, &f->num[found], ev);
			else if (!total && f->num[found].span.off < m->off)
				person_and_count(c, f, &f->num[found], ev,
						 SR_CUE_KILL);
		} else if (cue == SR_CUE_INJURE &&
			   (ev->injured == SR_NULL_COUNT || total)) {
			/* "Three were initially reported injured; by morning
			 * the number of wounded had risen to five" */
			set_count(&ev->injured, &ev->injured_low,
				  &ev->injured_high, &f->num[found]);
			ev->spans.injured = f->num[found].span;
			if (!total && f->num[found].span.off < m->off)
				person_and_count(c, f, &f->num[found], ev,
						 SR_CUE_INJURE);
		}
	}
	added_dead(c, f, ev);
	elided_more(c, f, ev);
	captives_killed(c, f, ev);
}
/* 1 if a number phrase of sentence s may end at most 24 bytes before a
 * weapon or soldier match of s (sr__x_read_quantity). */
static int quantity_may_end(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		uint32_t off = c->m[i].off;

		if ((e->type == SR_ENT_WEAPON ||
		     (e->type == SR_ENT_CUE && e->sub == SR_CUE_SOLDIER)) &&
		    sr__number_may_end(c->text, s->span.off,
				       off > 24 ? off - 24 : 0, off))
			return 1;
	}
	return 0;
}
/* Quantities: a number followed closely by a weapon or "troops". */
void sr__x_read_quantity(const struct actx *c, struct frame *f,
			 struct sr_event *ev)
{
	const struct sent *s = f->s;
	size_t k;
	uint32_t i;

	/* a quantity counts weapons or soldiers: with neither in the
	 * sentence, there is none (and no need of its numbers) */
	if (!((s->types >> SR_ENT_WEAPON) & 1u) &&
	    !((s->cues >> SR_CUE_SOLDIER) & 1u))
		return;
	/* nor without a number that may end at most 24 bytes before one
	 * of them, as the loop below asks: the sentence's numbers are not
	 * read for it (most sentences with a weapon count none) */
	if (!f->num_ready && !quantity_may_end(c, s))
		return;
	sr__x_frame_numbers(c, f);
	for (k = 0; k < f->nnum; k++) {
		const struct sr_number *n = &f->num[k];
		uint32_t nend = n->span.off + n->span.len;

		if (f->used[k] || n->ordinal ||
		    !sr__x_in_lim(f, n->span.off, n->span.len))
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
			    !(e->type == SR_ENT_CUE &&
			      e->sub == SR_CUE_SOLDIER))
				continue;
			/* at most two words between: "two additional Patriot"
			 */
			w = sr__next_word(c->text, m->off, nend, 0);
			if (w.len && w.off < m->off) {
				w = sr__next_word(c->text, m->off,
						  w.off + w.len, 0);
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
						qend =
						    c->m[j].off + c->m[j].len;
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
void sr__x_read_weapons(const struct actx *c, const struct frame *f,
			struct sr_event *ev)
{
	const struct sent *s = f->s;
	struct sr_span tcl;
	uint32_t tend;
	char buf[256];
	size_t len = 0;
	uint32_t i;

	/* the weapons are the sentence's weapon matches: with none, none */
	if (!((s->types >> SR_ENT_WEAPON) & 1u))
		return;
	tcl = sr__x_clause_of(c, s, c->m[f->trig].off);
	tend = tcl.off + tcl.len;

	/* "launched an air attack, firing 100 missiles and 100 drones": a
	 * clause opened by a verb of firing tells the same attack's means */
	{
		struct sr_span w = sr__next_word(
		    c->text, s->span.off + s->span.len, tend + 1, 0);

		if (w.len && c->text[tend] == ',' &&
		    (sr__word_is(c->text, w, "firing") ||
		     sr__word_is(c->text, w, "launching") ||
		     sr__word_is(c->text, w, "using") ||
		     sr__word_is(c->text, w, "deploying"))) {
			/* the list runs on over commas ("using mortars,
			 * artillery, drones and tanks") up to a speaker */
			uint32_t k;

			tend = s->span.off + s->span.len;
			for (k = s->m0; k < s->m1; k++) {
				const struct sr_entry *q =
				    sr__match_entry(c, k);

				if (c->m[k].off > w.off &&
				    q->type == SR_ENT_CUE &&
				    (q->sub == SR_CUE_CLAIM ||
				     q->sub == SR_CUE_DENY)) {
					tend = c->m[k].off;
					break;
				}
			}
		}
	}
	buf[0] = '\0';
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		size_t n;

		if (c->m[i].off >= tend)
			break; /* "..., adding to fears of drone attacks" */
		if (!sr__x_in_lim(f, c->m[i].off, c->m[i].len))
			continue;
		if (e->type != SR_ENT_WEAPON || !e->name)
			continue;
		/* a longer weapon match at the same place wins */
		if (i + 1 < s->m1 && c->m[i + 1].off == c->m[i].off &&
		    sr__match_entry(c, i + 1)->type == SR_ENT_WEAPON)
			continue;
		/* "fuel tanks": a weapon word inside a target's name */
		if (i > s->m0 && c->m[i - 1].off + c->m[i - 1].len >=
				     c->m[i].off + c->m[i].len) {
			const struct sr_entry *p = sr__match_entry(c, i - 1);

			if (p->type == SR_ENT_CUE && p->sub == SR_CUE_TARGET)
				continue;
		}
		/* (an empty list holds no name but an empty one) */
		if ((len ? strstr(buf, e->name) != NULL : !e->name[0]) ||
		    sr__x_bomber_person(c, s, i))
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
/* ---- dates ---- */

/* 1 if date expression d dates a statement rather than an event: right
 * after a saying verb ("said on Tuesday", "told reporters on Monday"),
 * or a weekday naming a report ("its Thursday update"). */
static const char *const say[] = {
	"said",	     "says",	  "told",	 "reported",   "wrote",
	"announced", "added",	  "stated",	 "confirmed",  "claimed",
	"posted",    "reporters", "journalists", "television",
};
static int speech_date(const struct actx *c, const struct sent *s,
		       const struct sr_date_expr *d)
{
	static const char *const reports[] = {
		"update",   "briefing", "statement", "report",
		"bulletin", "summary",	"address",   "post",
	};
	uint32_t end = d->span.off + d->span.len;
	struct sr_span w = sr__prev_word(c->text, s->span.off, d->span.off, 0);
	struct sr_span n =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

	return (w.len && w.off + w.len + 1 == d->span.off &&
		sr__word_in(c->text, w, say, SR_ARRAY_LEN(say))) ||
	       (n.len && n.off == end + 1 &&
		sr__word_in(c->text, n, reports, SR_ARRAY_LEN(reports)));
}

/* 1 if date d, told before who says something, dates only the saying of
 * an act told in the past perfect after it: "On Sunday the governor said
 * missiles had struck a recreation centre" (struck before Sunday). */
static int said_before_pluperfect(const struct actx *c, const struct sent *s,
				  const struct sr_date_expr *d, uint32_t toff)
{
	static const char *const own_clause[] = { "and", "had", "has", "was",
						  "were" };
	uint32_t end = d->span.off + d->span.len;
	struct sr_span w;
	int k;

	if (end > toff)
		return 0;
	w = sr__prev_word(c->text, s->span.off, toff, 0);
	for (k = 0; k < 2 && w.len && w.off >= end; k++) {
		if (sr__word_is(c->text, w, "had"))
			break;
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	}
	if (k == 2 || !w.len || w.off < end)
		return 0;
	/* a word of saying between the date and "had", past commas */
	{
		const unsigned char *t = (const unsigned char *)c->text;
		uint32_t p = end, hi = w.off;

		while (p < hi) {
			struct sr_span x = { p, 0 };

			/* "'Yesterday they came again,' he said, adding
			 * that they had lost 14 tanks": a quote's date is
			 * its own */
			if (t[p] == '"' ||
			    (t[p] == 0xe2 && t[p + 1] == 0x80 &&
			     (t[p + 2] == 0x9c || t[p + 2] == 0x9d)))
				return 0;

			while (x.off + x.len < hi &&
			       sr__word_byte[t[x.off + x.len]] == SR_WB_WORD)
				x.len++;
			if (x.len &&
			    sr__word_in(c->text, x, say, SR_ARRAY_LEN(say)))
				return 1;
			/* "pushed forward on Monday and had some success,
			 * the minister said ...": the date has its own
			 * clause before the saying */
			if (x.len && sr__word_in(c->text, x, own_clause,
						 SR_ARRAY_LEN(own_clause)))
				return 0;
			p = x.off + x.len + 1;
		}
	}
	return 0;
}
/* 1 if date d comes after a toll told as risen ("The number killed in
 * the strike has risen to 25, after a wounded woman died in hospital
 * overnight"): it dates the latest death, not the event. */
static int after_toll_rise(const struct actx *c, const struct sent *s,
			   const struct sr_date_expr *d)
{
	return rise_before(c, s, d->span.off);
}
/* 1 if date expression d is the date of a wire dateline ("KYIV, June 28
 * (Reuters) - ...", "LUGANSK, August 14. /TASS/. ..."): when and where
 * the story was filed, not when the event was. The line opens with a
 * capitalised place name and a comma right before the date; the date is
 * followed by an agency in brackets or slashes, or a dash. */
static int dateline_date(const struct actx *c, const struct sr_date_expr *d)
{
	const char *t = c->text;
	uint32_t at = d->span.off, end = at + d->span.len, p = at, q;
	uint32_t len = (uint32_t)c->len;
	int after_stop = 0;

	/* (the cheap test first: ", " right before the date) */
	if (at < 6 || t[at - 1] != ' ' || t[at - 2] != ',')
		return 0;
	/* back to the line's start, or a sentence's after a headline on
	 * the same line ("... toll climbs to seven. KYIV, Aug 18 -"):
	 * name words, spaces and commas only */
	while (p > 0 && t[p - 1] != '\n' && at - p <= 48) {
		unsigned char ch = (unsigned char)t[p - 1];

		if (ch == ' ' && p >= 3 && t[p - 2] == '.' &&
		    sr__text_alpha((unsigned char)t[p - 3]) &&
		    !(t[p - 3] >= 'A' && t[p - 3] <= 'Z')) {
			after_stop = 1;
			break;
		}

		if (!(ch >= 0x80 || sr__text_alpha(ch) || ch == ' ' ||
		      ch == ',' || ch == '-' || ch == '\'' || ch == '.'))
			return 0;
		/* every word capitalised ("shelled Kherson, June 27 -"
		 * is a sentence) */
		if (ch >= 'a' && ch <= 'z' &&
		    (p < 2 || t[p - 2] == ' ' || t[p - 2] == '\n'))
			return 0;
		p--;
	}
	if ((p > 0 && t[p - 1] != '\n' && !after_stop) || at - p < 4 ||
	    !(t[p] >= 'A' && t[p] <= 'Z') || t[at - 1] != ' ' ||
	    t[at - 2] != ',')
		return 0;
	/* then ". /TASS/.", " (Reuters) -", " -", " --", " —" */
	q = end;
	if (q < len && t[q] == '.')
		q++;
	while (q < len && t[q] == ' ')
		q++;
	if (q < len && t[q] == '(') {
		uint32_t r = q;

		while (r < len && r - q < 40 && t[r] != ')' && t[r] != '\n')
			r++;
		if (r >= len || t[r] != ')')
			return 0;
		q = r + 1;
		while (q < len && t[q] == ' ')
			q++;
	}
	if (q >= len)
		return 0;
	return t[q] == '-' || t[q] == '/' ||
	       (q + 2 < len && (unsigned char)t[q] == 0xe2 &&
		(unsigned char)t[q + 1] == 0x80 &&
		((unsigned char)t[q + 2] == 0x93 ||
		 (unsigned char)t[q + 2] == 0x94)); /* en or em dash */
}
/* 1 if date expression d is a vague stretch of a day ("during the day",
 * "over the past day", "in the past 24 hours"). */
static int vague_day(const struct actx *c, const struct sr_date_expr *d)
{
	static const char *const vague[] = { "during the day", "over the past",
					     "in the past", "within the past" };
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(vague); k++) {
		size_t n = strlen(vague[k]);

		if (d->span.len >= n &&
		    sr__strncaseeq(c->text + d->span.off, n, vague[k]))
			return 1;
	}
	return 0;
}
/* 1 if date expression d names a whole year ("this year", "earlier
 * this year"): any other date in the sentence says more. */
static int vague_year(const struct actx *c, const struct sr_date_expr *d)
{
	return d->precision >= 3 && d->span.len >= 4 &&
	       sr__x_has_text(c->text, d->span, "year");
}
/* 1 if ", when" follows date d: "since May, when two drones exploded"
 * dates what the when-clause tells. */
static int when_after(const struct actx *c, const struct sent *s,
		      const struct sr_date_expr *d)
{
	uint32_t end = d->span.off + d->span.len;
	struct sr_span n =
	    sr__next_word(c->text, s->span.off + s->span.len, end, 0);

	return end < s->span.off + s->span.len && c->text[end] == ',' &&
	       n.len && sr__word_is(c->text, n, "when");
}
/* 1 if "after" stands between date d and the trigger at toff, in the
 * trigger's clause (no comma or semicolon between "after" and it). */
static int date_before_after(const struct actx *c, const struct sr_date_expr *d,
			     uint32_t toff)
{
	uint32_t end = d->span.off + d->span.len;
	struct sr_span w = { toff, 0 };
	int n;

	if (end >= toff)
		return 0;
	for (n = 0; n < 12; n++) {
		w = sr__prev_word(c->text, end, w.off, 0);
		if (!w.len)
			return 0;
		/* (a comma or semicolon stops the walk back) */
		if (sr__word_is(c->text, w, "after"))
			return 1;
	}
	return 0;
}
/* The first date of the sentence after s in its paragraph when that
 * sentence tells a capture ("was caught", "was detained", "was
 * arrested", "was apprehended" and their plurals); 0 if none. */
static int capture_date_next(const struct actx *c, const struct sent *s,
			     struct sr_date_expr *out)
{
	static const char *const caught[] = { " caught ", " detained ",
					      " arrested ", " apprehended " };
	const struct sr_date_expr *dt;
	const struct sent *p = s + 1;
	size_t k;

	if (p >= c->s + c->ns || p->para != s->para)
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(caught); k++)
		if (sr__x_has_text(c->text, p->span, caught[k]))
			break;
	if (k == SR_ARRAY_LEN(caught) ||
	    !(sr__x_has_text(c->text, p->span, " was ") ||
	      sr__x_has_text(c->text, p->span, " were ")) ||
	    !sr__x_sent_dates(c, p, &dt))
		return 0;
	*out = dt[0];
	return 1;
}
/* Added to the distance of a date that tells when words were said. */
#define SPEECH_DIST 100000u

/* 1 if sentence s has the letters "sinc" in either case (each byte with
 * bit 0x20 set), as the word "since" has: found once, sixteen places a
 * step with SSE2, before the words before each of its dates are read
 * for it. */
static int sent_has_since(const struct actx *c, const struct sent *s)
{
	struct sent *w = (struct sent *)s;
	const unsigned char *t = (const unsigned char *)c->text + s->span.off;
	size_t n = s->span.len, q = 0;

	if (s->since >= 0)
		return s->since;
	w->since = 0;
#if defined(__SSE2__)
	/* (the places left, fewer than 16, in one more step over the last
	 * 19 bytes, back over some already looked at) */
	while (n >= 19) {
		const __m128i low = _mm_set1_epi8(0x20);
		const unsigned char *b = t + q;
		__m128i x0 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)b), low);
		__m128i x1 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)(b + 1)),
		    low);
		__m128i x2 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)(b + 2)),
		    low);
		__m128i x3 = _mm_or_si128(
		    _mm_loadu_si128((const __m128i *)(const void *)(b + 3)),
		    low);
		__m128i m = _mm_and_si128(
		    _mm_and_si128(_mm_cmpeq_epi8(x0, _mm_set1_epi8('s')),
				  _mm_cmpeq_epi8(x1, _mm_set1_epi8('i'))),
		    _mm_and_si128(_mm_cmpeq_epi8(x2, _mm_set1_epi8('n')),
				  _mm_cmpeq_epi8(x3, _mm_set1_epi8('c'))));

		if (_mm_movemask_epi8(m))
			return w->since = 1;
		if (q + 19 == n)
			return 0;
		q = q + 16 + 19 <= n ? q + 16 : n - 19;
	}
#endif
	for (; q + 4 <= n; q++)
		if ((t[q] | 0x20) == 's' && (t[q + 1] | 0x20) == 'i' &&
		    (t[q + 2] | 0x20) == 'n' && (t[q + 3] | 0x20) == 'c')
			return w->since = 1;
	return 0;
}
/* 1 if date d lies after the trigger at toff in a relative clause on
 * how a weapon came: "that came down", "which fell", "that landed",
 * "that was fired" between the trigger and d. */
static int weapon_came_clause(const struct actx *c, const struct sent *s,
			      uint32_t toff, const struct sr_date_expr *d)
{
	static const char *const came[] = { "that came",   "which came",
					    "that fell",   "which fell",
					    "that landed", "which landed",
					    "that was",	   "which was" };
	struct sr_span between;
	size_t k;

	if (d->span.off <= toff)
		return 0;
	between.off = toff;
	between.len = d->span.off - toff;
	for (k = 0; k < SR_ARRAY_LEN(came); k++)
		if (sr__x_has_text(c->text, between, came[k]))
			return 1;
	(void)s;
	return 0;
}
/* N when "a day after", "two days after" (N one to three) comes in the
 * eight words before the trigger at toff, opening sentence s or a clause
 * of it: "A day after a Russian missile struck the central square,
 * officials put the toll at seven", told on the report's day, was the
 * day before; else 0.  The words go into *span. */
static int days_after_before(const struct actx *c, const struct sent *s,
			     uint32_t toff, struct sr_span *span)
{
	static const char *const ns[] = { "a", "one", "two", "three" };
	struct sr_span w = { toff, 0 }, u, n;
	int k;
	size_t j;

	if (!sr__x_sent_has_after(c, s))
		return 0;
	for (k = 0; k < 8; k++) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len)
			return 0;
		if (!sr__word_is(c->text, w, "after"))
			continue;
		u = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!u.len || !(sr__word_is(c->text, u, "day") ||
				sr__word_is(c->text, u, "days")))
			return 0;
		n = sr__prev_word(c->text, s->span.off, u.off, 0);
		if (!n.len)
			return 0;
		/* (the words open the sentence or follow a comma) */
		if (n.off > s->span.off && c->text[n.off - 2] != ',')
			return 0;
		for (j = 0; j < SR_ARRAY_LEN(ns); j++)
			if (sr__word_is(c->text, n, ns[j])) {
				span->off = n.off;
				span->len = w.off + w.len - n.off;
				return j ? (int)j : 1;
			}
		return 0;
	}
	return 0;
}
/* 1 if date expression d, after the trigger at toff, is told in a
 * relative clause of what was hit before: "flew into the same tower
 * that was hit on Sunday", "the depot, which had been struck in May". */
static int earlier_hit_clause(const struct actx *c,
			      const struct sr_date_expr *d, uint32_t toff)
{
	static const char *const rel[] = { "that", "which" };
	static const char *const aux[] = { "was", "were", "had" };
	struct sr_span w = { d->span.off, 0 }, v;
	int k;

	if (d->span.off <= toff)
		return 0;
	for (k = 0; k < 6; k++) {
		w = sr__prev_word(c->text, toff, w.off, 0);
		if (!w.len)
			return 0;
		if (!sr__word_in(c->text, w, rel, SR_ARRAY_LEN(rel)))
			continue;
		v = sr__next_word(c->text, d->span.off, w.off + w.len, 0);
		return v.len && sr__word_in(c->text, v, aux, SR_ARRAY_LEN(aux));
	}
	return 0;
}
void sr__x_read_date(const struct actx *c, const struct frame *f,
		     struct sr_event *ev)
{
	struct sr_date_expr carry_buf;
	const struct sr_date_expr *carry = NULL;
	size_t said = 0;
	/* "held since their incursion last August" */
	static const char *const since[] = { "since" };
	const struct sr_date_expr *d = NULL;
	uint32_t toff = c->m[f->trig].off;
	size_t k;
	uint32_t best = UINT32_MAX;

	for (k = 0; k < f->ndt; k++) {
		uint32_t off = f->dt[k].span.off;
		uint32_t dist = off > toff ? off - toff : toff - off;

		/* "a town Russian forces had held since early March": when
		 * a state began, not the event */
		/* (but "since the morning", "since this morning": the
		 * report's own day, the act still going on) */
		if (((f->dt[k].span.len > 6 &&
		      sr__strncaseeq(c->text + off, 6, "since ")) ||
		     (sent_has_since(c, f->s) &&
		      sr__x_word_behind(c, f->s, off, 4, since, 1))) &&
		    !when_after(c, f->s, &f->dt[k]) &&
		    !(f->dt[k].precision == 1 && c->a->date.y &&
		      f->dt[k].date.y == c->a->date.y &&
		      f->dt[k].date.m == c->a->date.m &&
		      f->dt[k].date.d == c->a->date.d))
			continue;
		/* "said on Tuesday that ... struck on Monday", "in its
		 * Thursday update": when the words were said, not when the
		 * event was */
		/* (a capture is dated by its telling: "the ministry said
		 * on Thursday that its units had liberated Sudzha"; here
		 * and below) */
		if ((f->kind != c->e->kid[K_TERRITORY_GAIN] &&
		     said_before_pluperfect(c, f->s, &f->dt[k], toff)) ||
		    after_toll_rise(c, f->s, &f->dt[k]) ||
		    earlier_hit_clause(c, &f->dt[k], toff)) {
			said++;
			continue;
		}
		/* (and the date of a wire dateline: when the story was
		 * filed, standing in for the event's as the article's date
		 * would) */
		if ((f->kind != c->e->kid[K_TERRITORY_GAIN] &&
		     speech_date(c, f->s, &f->dt[k])) ||
		    dateline_date(c, &f->dt[k]))
			dist += SPEECH_DIST;
		/* "still at work on Saturday, hours after a bomb came down
		 * in a courtyard on Friday": the date before "after" is the
		 * aftermath's, when the trigger is in the after-clause */
		else if (f->ndt > 1 && date_before_after(c, &f->dt[k], toff))
			dist += 50000;
		/* "neutralised the warhead of a missile that came down near
		 * Kozelets during Friday night's attack": the date of how
		 * the weapon came is not the defusing's; even the saying's
		 * is nearer to it */
		else if (f->kind == c->e->kid[K_INTERCEPTION] &&
			 weapon_came_clause(c, f->s, toff, &f->dt[k]))
			dist += 2 * SPEECH_DIST;
		/* "during the day on Wednesday": the named day wins over a
		 * vague stretch */
		else if (f->ndt > 1 &&
			 (vague_day(c, &f->dt[k]) || vague_year(c, &f->dt[k])))
			dist += 50000;
		/* "...tore into a block on Saturday; by Sunday rescuers had
		 * recovered 12 bodies": the dead are counted after the
		 * attack, whose date comes first */
		else if (f->toll)
			dist = (uint32_t)k;
		if (dist < best) {
			best = dist;
			d = &f->dt[k];
		}
	}
	/* "The SBU has detained a resident of Pavlohrad ... She was caught
	 * on Tuesday while photographing a freight yard": an arrest with no
	 * date of its own takes the one of the next sentence that tells the
	 * capture */
	if (!d && f->ndt == 0 && f->kind == c->e->kid[K_ARREST] &&
	    capture_date_next(c, f->s, &carry_buf))
		d = carry = &carry_buf;
	/* with no date in the sentence, or only the saying's, the one
	 * told before in the paragraph */
	if (!d && said == f->ndt && sr__x_carry_date(c, f->s, &carry_buf))
		d = carry = &carry_buf;
	if (d && d->date.y) {
		ev->event_date = d->date;
		ev->time_precision = d->precision;
		ev->historical = d->historical;
		/* (a date of the saying alone, "the air force said on
		 * Thursday", stands in for the event's, as the article's
		 * date would: no span, so a date told of the act in a later
		 * sentence of the paragraph can join it) */
		if (d != carry) {
			struct sr_span ds;
			int back = days_after_before(c, f->s, toff, &ds);

			/* ("two days after ..., rescuers said on Sunday";
			 * "kept digging on Sunday, a day after a missile
			 * tore through the block": the date told before
			 * the clause is the aftermath's) */
			if (back && (best >= SPEECH_DIST ||
				     d->span.off + d->span.len <= ds.off)) {
				ev->event_date = sr_ymd_from_days(
				    sr_ymd_to_days(d->date) - back);
				ev->spans.date = ds;
			} else if (best < SPEECH_DIST)
				ev->spans.date = d->span;
		}
	} else if (c->a->date.y) {
		ev->event_date = c->a->date;
		ev->time_precision = 1;
		int back = days_after_before(c, f->s, toff, &ev->spans.date);

		if (back)
			ev->event_date =
			    sr_ymd_from_days(sr_ymd_to_days(c->a->date) - back);
	}
}
/* 1 if date expression d is a summary's own day ("over the day", "for
 * the day"), which the text reads as the article's day. */
static int summary_day(const struct actx *c, const struct sr_date_expr *d)
{
	static const char *const own[] = { "over the day", "for the day" };
	size_t k;

	for (k = 0; k < SR_ARRAY_LEN(own); k++)
		if (d->span.len == strlen(own[k]) &&
		    sr__strncaseeq(c->text + d->span.off, d->span.len, own[k]))
			return 1;
	return 0;
}
/* "Over the past day 132 combat engagements took place. ... Enemy losses
 * over the day: 1,140 personnel": a summary's own day, told after the
 * past day of a morning round-up, is that day; dt holds the n date
 * expressions of sentence s. */
static void summary_after_past_day(const struct actx *c, const struct sent *s,
				   struct sr_date_expr *dt, size_t n)
{
	const struct sent *p;
	size_t k, j;

	for (k = 0; k < n; k++) {
		if (!summary_day(c, &dt[k]))
			continue;
		for (p = c->s; p < s; p++) {
			const struct sr_date_expr *pd;
			size_t pn = sr__x_sent_dates(c, p, &pd);

			for (j = 0; j < pn; j++)
				if (pd[j].relative && pd[j].precision == 1 &&
				    (sr__x_has_text(c->text, pd[j].span,
						    "past") ||
				     sr__x_has_text(c->text, pd[j].span,
						    "last")) &&
				    sr__x_has_text(c->text, pd[j].span,
						   "day")) {
					dt[k].date = pd[j].date;
					break;
				}
			if (j < pn)
				break;
		}
	}
}
/* The date expressions of sentence s, computed once per article. */
size_t sr__x_sent_dates(const struct actx *c, const struct sent *s,
			const struct sr_date_expr **out)
{
	struct sent *w = (struct sent *)s;

	if (w->ndt < 0) {
		struct sr_date_expr dt[MAX_DATES];
		size_t n =
		    sr__dates_tok(c->text, s->span, c->tok + s->t0,
				  s->t1 - s->t0, c->a->date, dt, MAX_DATES);

		if (n > MAX_DATES)
			n = MAX_DATES;
		summary_after_past_day(c, s, dt, n);
		w->dt = arena_copy(c, dt, &n, sizeof(*dt));
		w->ndt = (int)n;
	}
	*out = w->dt;
	return (size_t)w->ndt;
}
/* The date carried into sentence s from the nearest earlier sentence of
 * its paragraph that has a date expression (looking back at most four). */
int sr__x_carry_date(const struct actx *c, const struct sent *s,
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
		n = sr__x_sent_dates(c, p, &dt);
		if (n) {
			/* the last one told of an act, not of the saying:
			 * "Over the past day ..., the administration reported
			 * on Monday morning." */
			size_t j = n;

			while (j > 0 && speech_date(c, p, &dt[j - 1]))
				j--;
			*out = dt[j > 0 ? j - 1 : n - 1];
			/* "Another massive attack on the capital, the 15th
			 * this month.": the report's own month or year dates
			 * the series, and says less than the report's day */
			if (out->precision == 3 && out->relative &&
			    out->span.len > 5 &&
			    !strncasecmp(c->text + out->span.off, "this ", 5))
				return 0;
			return 1;
		}
	}
	return 0;
}
