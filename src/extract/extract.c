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
 * Exports sr_extract.  The rules it applies live in match.c (sentence
 * queries), trigger.c (kinds), roles.c (actors, claims) and counts.c
 * (tolls, quantities, dates).
 * Not here: finding and ranking places (places.c), merging across articles
 * (src/merge/).
 */
#include "rules.h"

#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/* ---- the frame ---- */

/* The 8 hex digits of v, first the highest, as the bytes of a word in
 * memory order: the nibbles spread one a byte, then each made a digit
 * ('0' + n, and 'a' - '0' - 10 more for n > 9) all at once. */
static uint64_t hex8(uint32_t v)
{
	uint64_t x = v, big;

	x = (x & 0xffff0000ull) << 16 | (x & 0xffffull);
	x = (x & 0x0000ff000000ff00ull) << 8 | (x & 0x000000ff000000ffull);
	x = (x & 0x00f000f000f000f0ull) << 4 | (x & 0x000f000f000f000full);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	/* (byte 0 holds the lowest nibble: the first digit goes last) */
	x = __builtin_bswap64(x);
#endif
	big = ((x + 0x0606060606060606ull) >> 4) & 0x0101010101010101ull;
	return x + 0x3030303030303030ull + big * ('a' - '0' - 10);
}
static void event_id(const struct actx *c, struct sr_event *ev)
{
	uint64_t h = c->id_hash, d;

	h = sr__hash64_more(h, &ev->sentence.off, sizeof(ev->sentence.off));
	h = sr__hash64_more(h, &ev->spans.trigger.off,
			    sizeof(ev->spans.trigger.off));
	h = sr__hash64_more(h, ev->kind, strlen(ev->kind));
	/* "sr-%016llx" by hand: snprintf cost a thousand instructions an
	 * event (and a digit a turn of a loop, some 140) */
	memcpy(ev->event_id, "sr-", 3);
	d = hex8((uint32_t)(h >> 32));
	memcpy(ev->event_id + 3, &d, 8);
	d = hex8((uint32_t)h);
	memcpy(ev->event_id + 11, &d, 8);
	ev->event_id[19] = '\0';
}
/* "recaptured", "retook", "regained", "took back", "liberated": words of
 * ground won back (or, said by its taker, claimed as its own). */
static int regain_word(const struct actx *c, struct sr_span t)
{
	const char *p = c->text + t.off;

	if (t.len >= 3 && (p[0] | 0x20) == 'r' && (p[1] | 0x20) == 'e')
		return 1;
	if (t.len >= 7 && sr__strncaseeq(p, 7, "liberat"))
		return 1;
	return sr__x_has_text(c->text, t, "back");
}
/* 1 if a state's forces, named without their country, act through the
 * trigger at t: "government troops retook", "federal forces have
 * recaptured", "the army retook" (within the three words before it, up
 * to punctuation). */
static int state_forces_before(const struct actx *c, struct sr_span t)
{
	static const char *const heads[] = { "troops", "forces",   "soldiers",
					     "army",   "military", "units" };
	static const char *const states[] = { "government", "federal",
					      "national",   "junta",
					      "state",	    "the" };
	struct sr_span w = { t.off, 0 };
	int n;

	for (n = 0; n < 3; n++) {
		w = sr__prev_word(c->text, 0, w.off, 0);
		if (!w.len)
			return 0;
		if (sr__word_in(c->text, w, heads, SR_ARRAY_LEN(heads))) {
			struct sr_span d = sr__prev_word(c->text, 0, w.off, 0);

			/* "the troops" could be anyone's; "the army" is the
			 * state's */
			if (!d.len ||
			    !sr__word_in(c->text, d, states,
					 SR_ARRAY_LEN(states)) ||
			    (sr__word_is(c->text, d, "the") &&
			     !sr__word_is(c->text, w, "army") &&
			     !sr__word_is(c->text, w, "military")))
				return 0;
			return 1;
		}
	}
	return 0;
}
/* 1 if the sentence of a territory gain by a state's forces (with no place
 * found) names an armed group of that state's own country: the forces act
 * at home, against the group ("Somali troops drove al-Shabaab out of the
 * town", "soldiers marched into a town al-Shabaab had held"). */
static const struct sent *sent_holding(const struct actx *c, uint32_t off);
static int home_group_named(const struct actx *c, const struct sr_event *ev)
{
	const struct sent *s = sent_holding(c, ev->spans.trigger.off);
	uint32_t i;

	if (!s || !((s->types >> SR_ENT_ACTOR) & 1u))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_ACTOR && e->sub == SR_ACT_GROUP &&
		    e->iso3 && sr__streq(e->iso3, ev->actor1_iso3))
			return 1;
	}
	return 0;
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
	if (sr__streq(k->name, "territory_gain")) {
		/* ACLED: government regains when the state's own forces take
		 * a place in their country */
		/* With no place found, the verb decides: state forces that
		 * retake, take back or liberate ground are taken to regain it
		 * in their own country; ground captured, seized or taken is
		 * the enemy's. */
		/* (its police are state forces too when they free ground:
		 * "the Liut assault brigade of the National Police liberated
		 * the village") */
		if (ev->actor1 && ev->actor1_iso3 &&
		    (sr__x_starts(ev->actor1, "Military Forces of ") ||
		     (sr__x_starts(ev->actor1, "Police Forces of ") &&
		      regain_word(c, ev->spans.trigger))) &&
		    (ev->iso3 ? sr__streq(ev->actor1_iso3, ev->iso3)
			      : regain_word(c, ev->spans.trigger) ||
				    home_group_named(c, ev)))
			ev->sub_event_type = "Government regains territory";
		/* "federal troops retook the town": no country named, the
		 * state's own forces all the same */
		else if (!ev->actor1 && ev->iso3 &&
			 state_forces_before(c, ev->spans.trigger))
			ev->sub_event_type = "Government regains territory";
	}
}
/* The sentence that holds offset off: the last one starting at or before
 * it (sentences are in text order), or NULL. */
static const struct sent *sent_holding(const struct actx *c, uint32_t off)
{
	size_t lo = 0, hi = c->ns, k = c->sent_memo, step;

	/* near the sentence found last, most times (the events of a
	 * paragraph are asked about in turn): a few steps from it, then
	 * halving */
	if (k < hi && c->s[k].span.off <= off) {
		for (step = 0; step < 8; step++, k++)
			if (k + 1 == hi || c->s[k + 1].span.off > off) {
				((struct actx *)c)->sent_memo = k;
				return &c->s[k];
			}
	} else if (k < hi) {
		for (step = 0; step < 8 && k > 0; step++)
			if (c->s[--k].span.off <= off) {
				((struct actx *)c)->sent_memo = k;
				return &c->s[k];
			}
	}
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->s[mid].span.off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo)
		((struct actx *)c)->sent_memo = lo - 1;
	return lo ? &c->s[lo - 1] : NULL;
}
/* The sentence that starts at off, or NULL.  The rules after the frames
 * ask it of the events' sentences in turn, back and forth (an event and
 * those after it): a sentence found is kept by its offset, and is
 * found again without a search. */
static const struct sent *sent_at(const struct actx *c, uint32_t off)
{
	struct actx *w = (struct actx *)c;
	uint32_t h = (off * 2654435761u) >> 26;
	const struct sent *s;

	if (c->sent_at_idx[h] && c->sent_at_off[h] == off)
		return &c->s[c->sent_at_idx[h] - 1];
	s = sent_holding(c, off);
	if (!s || s->span.off != off)
		return NULL;
	w->sent_at_off[h] = off;
	w->sent_at_idx[h] = (uint32_t)(s - c->s) + 1;
	return s;
}
/* "according to the Donetsk regional military administration", "the
 * Kharkiv prosecutor's office said", "the governor of the Kherson
 * region said": a place named as part of who speaks, not where something
 * happened. */
static int read_names_a_body(const struct actx *c, const struct sent *s,
			     const struct mention *pm)
{
	static const char *const bodies[] = {
		"regional",
		"region's",
		"oblast's",
		"military",
		"prosecutor's",
		"prosecutor",
		"police",
		"governor",
		"mayor",
		"officials",
		"authorities",
		"administration",
		"council",
		"health",
		"emergency",
		"ombudsman",
		"mayor's",
		"governor's",
		"council's",
		"administration's",
		"authorities'",
		"police's",
		"separatist",
		"separatists",
		"separatists'",
		/* "border guards of the Sumy detachment": a unit */
		"detachment",
		"brigade",
		"regiment",
		"battalion",
		/* "Statement of the Odesa Diocese", "Nikopol Vodokanal" */
		"diocese",
		"eparchy",
		"vodokanal",
		"utility",
		"utilities",
	};
	static const char *const offices[] = {
		"governor", "governors", "mayor",	"head",
		"chief",    "leader",	 "authorities", "administration",
	};
	static const char *const sites[] = {
		"airfield", "airbase", "base",	   "airport",  "station",
		"depot",    "unit",    "hospital", "building", "headquarters",
		"academy",  "school",  "compound", "camp",
	};
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 pm->span.off + pm->span.len, 0);
	/* "the Moscow-installed governor of the Zaporizhzhia region" */
	struct sr_span b = sr__prev_word(c->text, s->span.off, pm->span.off, 0);

	if (sr__word_is(c->text, b, "the"))
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	if (sr__word_is(c->text, b, "of") &&
	    sr__word_in(c->text, sr__prev_word(c->text, s->span.off, b.off, 0),
			offices, SR_ARRAY_LEN(offices)))
		return 1;
	if (!w.len || w.off != pm->span.off + pm->span.len + 1)
		return 0;
	/* "the Kharkiv city council", not "Melitopol city hall" */
	if (sr__word_is(c->text, w, "city") || sr__word_is(c->text, w, "town"))
		w = sr__next_word(c->text, s->span.off + s->span.len,
				  w.off + w.len, 0);
	if (!sr__word_in(c->text, w, bodies, SR_ARRAY_LEN(bodies)))
		return 0;
	/* but "the Saky military airfield", "the Kharkiv police station":
	 * a site in the place */
	return !sr__word_in(
	    c->text,
	    sr__next_word(c->text, s->span.off + s->span.len, w.off + w.len, 0),
	    sites, SR_ARRAY_LEN(sites));
}
/* read_names_a_body once per mention (s is pm's sentence at every
 * call) */
static int names_a_body(const struct actx *c, const struct sent *s,
			const struct mention *pm)
{
	struct mention *w = (struct mention *)pm;

	if (!w->body_memo)
		w->body_memo = read_names_a_body(c, s, pm) ? 2 : 1;
	return w->body_memo == 2;
}
/* 1 if t starts with a typographic apostrophe and 's' (strncmp(t,
 * "\xe2\x80\x99s", 4) == 0, byte by byte: no call, so country_of_next
 * saves no register). */
static int typographic_s(const char *t)
{
	return t[0] == '\xe2' && t[1] == '\x80' && t[2] == '\x99' &&
	       t[3] == 's';
}
/* The offset past the possessive of a name ending at p: past "'s" or
 * "’s" there, p itself when the name ends with it, or 0 when there is
 * none. */
static uint32_t past_possessive(const struct actx *c, uint32_t p)
{
	if (c->text[p] == '\'' &&
	    (c->text[p + 1] == 's' || c->text[p + 1] == 'S'))
		return p + 2;
	if (typographic_s(c->text + p))
		return p + 4;
	if (p >= 2 && (c->text[p - 1] == 's' || c->text[p - 1] == 'S') &&
	    (c->text[p - 2] == '\'' ||
	     (p >= 4 && typographic_s(c->text + p - 4))))
		return p;
	return 0;
}
/* 1 if mention a is a country whose possessive qualifies mention b:
 * "Russia's Krasnodar region", "Ukraine’s Kharkiv oblast". */
static int country_of_next(const struct actx *c, const struct mention *a,
			   const struct mention *b)
{
	uint32_t p = a->span.off + a->span.len;

	if (!a->is_country || b->span.off <= p)
		return 0;
	p = past_possessive(c, p);
	return p && b->span.off == p + 1 && c->text[p] == ' ';
}
/* 1 if mention pm is followed by "neighbourhood", "micro-district" or
 * "quarter": it names a part of a town.  w is the word after pm
 * (sr__next_word in its sentence). */
static int part_of_town(const struct actx *c, const struct mention *pm,
			struct sr_span w)
{
	static const char *const parts[] = {
		"neighbourhood", "neighborhood", "micro-district",
		"microdistrict", "quarter",	 "neighbourhoods",
	};

	return w.len && w.off == pm->span.off + pm->span.len + 1 &&
	       sr__word_in(c->text, w, parts, SR_ARRAY_LEN(parts));
}
/* 1 if mention pm says where a source is, not where the event was: it
 * comes after "according to" (after the trigger at toff), or after "in"
 * following a source or a speaking word ("the ministry in Moscow", "told
 * reporters in Kyiv").  w is the word before pm (sr__prev_word in its
 * sentence). */
static int source_place(const struct actx *c, const struct sent *s,
			const struct mention *pm, uint32_t toff,
			struct sr_span w)
{
	/* not "ministry", "office", "headquarters", "officials": a
	 * building there can be what was struck ("a suicide attack near
	 * the foreign ministry in Kabul"), local officials speak of their
	 * own town */
	static const char *const sources[] = {
		"directorate", "agency",     "reporters", "journalists",
		"said",	       "says",	     "speaking",  "told",
		"briefing",    "conference", "spokesman", "spokeswoman",
		"source",      "sources",    "statement",
	};

	if (pm->span.off > toff) {
		struct sr_span between = { toff, pm->span.off - toff };

		if (sr__x_has_text(c->text, between, "according to"))
			return 1;
	}
	if (!w.len || !sr__word_is(c->text, w, "in"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, sources, SR_ARRAY_LEN(sources));
}
/* 1 if mention pm is a national capital after "<body> in": "the Defence
 * Ministry in Moscow", "the General Staff in Kyiv". Asked only of places
 * inside who claims the event, where the body is the speaker, not a
 * building that was struck. Not local bodies ("officials in Donetsk",
 * "authorities in Horlivka"): they speak of their own town. */
static int body_seat(const struct actx *c, const struct sent *s,
		     const struct mention *pm)
{
	static const char *const bodies[] = {
		"ministry", "staff",   "command",    "headquarters",
		"embassy",  "kremlin", "government",
	};
	struct sr_span w = sr__prev_word(c->text, s->span.off, pm->span.off, 0);
	struct sr_place p;

	if (!w.len || !sr__word_is(c->text, w, "in"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || !sr__word_in(c->text, w, bodies, SR_ARRAY_LEN(bodies)))
		return 0;
	sr__gaz_place(c->e->gaz, pm->place, &p);
	return p.fcode && sr__streq(p.fcode, "PPLC");
}
static int launch_site(const struct actx *c, const struct sent *s,
		       const struct mention *pm);
/* 1 if mention pm, after "from", is where a weapon set off from: "had
 * been launched from occupied Crimea", "drones flew in from the Kursk
 * region", "fired from Belgorod", "came from the direction of Izium",
 * "came under fire from the direction of Toretsk".  Not where it struck. */
static int read_launch_site(const struct actx *c, const struct sent *s,
			    const struct mention *pm)
{
	static const char *const verbs[] = {
		"launched", "fired", "flew", "flown",	  "came",
		"sent",	    "off",   "in",   "launching", "firing",
	};
	/* "launched from the Cape Chauda area in Crimea": the place
	 * qualifies a site named after "from" */
	static const char *const sites[] = {
		"area", "region", "district", "zone", "coast", "part",
	};
	struct sr_span w;
	int n;
	uint32_t j;

	/* "launched from Kursk, Primorsko-Akhtarsk and Yeysk": the places
	 * listed after a launch site are launch sites too */
	for (j = s->p0; j < s->p1; j++) {
		const struct mention *q = &c->pm[j];
		uint32_t end = q->span.off + q->span.len;
		struct sr_span gap;

		if (q == pm || end > pm->span.off || pm->span.off - end > 6)
			continue;
		gap.off = end;
		gap.len = pm->span.off - end;
		if ((sr__x_has_text(c->text, gap, ", ") ||
		     sr__x_has_text(c->text, gap, " and ")) &&
		    !memchr(c->text + gap.off, ';', gap.len) &&
		    launch_site(c, s, q))
			return 1;
	}
	/* "the rockets came from the direction of occupied Izium" */
	w = sr__prev_word(c->text, s->span.off, pm->span.off, 0);
	if (w.len && (sr__word_is(c->text, w, "occupied") ||
		      sr__word_is(c->text, w, "Russian-held")))
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	/* ("from the direction of the Kharkov region") */
	if (w.len && sr__word_is(c->text, w, "the") && pm->want_admin1)
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (w.len && sr__word_is(c->text, w, "of")) {
		static const char *const dir[] = { "direction", "the", "from" };

		for (n = 0; n < 3; n++) {
			w = sr__prev_word(c->text, s->span.off, w.off, 0);
			if (!w.len || !sr__word_is(c->text, w, dir[n]))
				break;
		}
		/* whatever came before: "came under fire from the
		 * direction of Dzerzhinsk" */
		if (n == 3)
			return 1;
	}
	if (pm->prep != SR_CUE_FROM && pm->prep != SR_CUE_IN)
		return 0;
	w = sr__prev_word(c->text, s->span.off, pm->span.off, 1);
	if (pm->prep == SR_CUE_IN) {
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len ||
		    !sr__word_in(c->text, w, sites, SR_ARRAY_LEN(sites)))
			return 0;
		/* "from" within four words of the site, no farther ("fired
		 * from Belarus hit a factory area in Kyiv" is no launch
		 * from Kyiv) */
		for (n = 0; n < 4 && w.len && !sr__word_is(c->text, w, "from");
		     n++)
			w = sr__prev_word(c->text, s->span.off, w.off, 0);
		if (!w.len || !sr__word_is(c->text, w, "from"))
			return 0;
	}
	while (w.len && !sr__word_is(c->text, w, "from"))
		w = sr__prev_word(c->text, s->span.off, w.off, 1);
	if (!w.len)
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (w.len && sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)))
		return 1;
	/* "with two Iskander-M ballistic missiles from Crimea": a weapon
	 * right before "from" came from there */
	if (w.len && ((s->types >> SR_ENT_WEAPON) & 1u))
		for (j = s->m0; j < s->m1 && c->m[j].off < w.off + w.len; j++)
			if (c->m[j].off + c->m[j].len == w.off + w.len &&
			    sr__match_entry(c, j)->type == SR_ENT_WEAPON)
				return 1;
	/* "launched 24 Shahed-136/131 attack drones from
	 * Primorsko-Akhtarsk": the weapons launched between, in the
	 * clause and within 60 bytes */
	if (w.len) {
		static const char *const launch[] = { "launched ", "fired ",
						      "launching ", "firing " };
		uint32_t lo =
		    w.off > s->span.off + 60 ? w.off - 60 : s->span.off;
		struct sr_span back;
		size_t k;

		for (k = w.off; k > lo; k--)
			if (c->text[k - 1] == ',' || c->text[k - 1] == ';')
				break;
		back.off = (uint32_t)k;
		back.len = w.off + w.len - back.off;
		for (k = 0; k < SR_ARRAY_LEN(launch); k++)
			if (sr__x_has_text(c->text, back, launch[k]))
				return 1;
	}
	return 0;
}
/* read_launch_site once per mention (s is pm's sentence at every call) */
static int launch_site(const struct actx *c, const struct sent *s,
		       const struct mention *pm)
{
	struct mention *w = (struct mention *)pm;

	if (!w->launch_memo)
		w->launch_memo = read_launch_site(c, s, pm) ? 2 : 1;
	return w->launch_memo == 2;
}
static int qualifies_place(const struct actx *c, const struct mention *a,
			   const struct mention *b);
/* 1 if region mention pm follows a town of it within a few bytes
 * ("Kryvyi Rih in the Dnipropetrovsk oblast was hit", "Kupiansk, Kharkiv
 * region", "Marhanets (Dnipropetrovsk region)"): the region only says
 * where the town lies. */
static int region_of_town_before(const struct actx *c, const struct sent *s,
				 const struct mention *pm)
{
	uint32_t j;

	if (pm->precision < 3 || pm->is_country)
		return 0;
	for (j = s->p0; j < s->p1; j++) {
		const struct mention *a = &c->pm[j];
		uint32_t end = a->span.off + a->span.len;

		if (a != pm && end <= pm->span.off && pm->span.off - end <= 9 &&
		    qualifies_place(c, a, pm))
			return 1;
	}
	return 0;
}
/* 1 if mention pm follows "officials in", "authorities in" (or police,
 * prosecutors, the administration) and "said" or "reported" follows it:
 * where the speakers sit ("..., officials in Kharkiv said").  nw and pw
 * are the words after and before pm (as front_sector has them). */
static int officials_in(const struct actx *c, const struct sent *s,
			const struct mention *pm, struct sr_span nw,
			struct sr_span pw)
{
	static const char *const who[] = {
		"officials",   "authorities",	 "police",
		"prosecutors", "administration", "sources",
	};
	static const char *const say[] = { "said", "say", "says", "reported" };
	struct sr_span w;

	if (pm->prep != SR_CUE_IN)
		return 0;
	if (!nw.len || !sr__word_in(c->text, nw, say, SR_ARRAY_LEN(say)))
		return 0;
	w = pw.len ? sr__prev_word(c->text, s->span.off, pw.off, 0) : pw;
	return w.len && sr__word_in(c->text, w, who, SR_ARRAY_LEN(who));
}
/* 1 if mention pm is a national capital standing for its government, a
 * verb of speaking or of taking a stand right after it and no
 * preposition before ("Kyiv did not claim responsibility", "Moscow
 * denied it", "Kyiv blamed Russian forces"). */
static int capital_speaks(const struct actx *c, const struct sent *s,
			  const struct mention *pm)
{
	static const char *const verbs[] = {
		"said",	     "says",	  "did",      "does",	  "denied",
		"denies",    "claimed",	  "blamed",   "blames",	  "accused",
		"accuses",   "declined",  "has",      "have",	  "warned",
		"condemned", "responded", "insisted", "admitted", "is",
		"was",
	};
	struct sr_span w;
	struct sr_place p;

	if (pm->prep || pm->place == UINT32_MAX)
		return 0;
	w = sr__next_word(c->text, s->span.off + s->span.len,
			  pm->span.off + pm->span.len, 0);
	if (!w.len || w.off != pm->span.off + pm->span.len + 1 ||
	    !sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)))
		return 0;
	/* "Kyiv has been hit", "Moscow did" + a harm verb stay places */
	if (sr__word_is(c->text, w, "has") || sr__word_is(c->text, w, "have") ||
	    sr__word_is(c->text, w, "did") || sr__word_is(c->text, w, "does") ||
	    sr__word_is(c->text, w, "is") || sr__word_is(c->text, w, "was")) {
		static const char *const stance[] = {
			"not",	   "no",      "denied",	  "claimed", "blamed",
			"accused", "refused", "declined", "said",    "warned",
		};
		struct sr_span n = sr__next_word(
		    c->text, s->span.off + s->span.len, w.off + w.len, 0);

		if (!n.len ||
		    !sr__word_in(c->text, n, stance, SR_ARRAY_LEN(stance)))
			return 0;
	}
	sr__gaz_place(c->e->gaz, pm->place, &p);
	return p.fcode && sr__streq(p.fcode, "PPLC");
}
/* 1 if mention pm is a place named as a side taken: "Russian nationals
 * fighting on Kyiv's side", "on Moscow's side". */
static int side_of(const struct actx *c, const struct sent *s,
		   const struct mention *pm)
{
	uint32_t end = past_possessive(c, pm->span.off + pm->span.len),
		 lim = s->span.off + s->span.len;
	struct sr_span w;

	if (!end || end >= lim)
		return 0;
	w = sr__next_word(c->text, lim, end, 0);
	return w.len && w.off == end + 1 &&
	       (sr__word_is(c->text, w, "side") ||
		sr__word_is(c->text, w, "sides"));
}
/* 1 if mention pm is the subject of the trigger's verb: a copula or
 * auxiliary right after it and the trigger a few words on, in the same
 * clause ("Izium was back under Ukrainian control", "Vuhledar has
 * fallen", "Kupiansk came under fire"). */
static int subject_of_trigger(const struct actx *c, const struct frame *f,
			      const struct mention *pm)
{
	static const char *const aux[] = {
		"is",	"was",	"has",	   "had",
		"were", "came", "remains", "remained",
	};
	uint32_t end = pm->span.off + pm->span.len, toff = c->m[f->trig].off;
	struct sr_span w;

	if (end >= toff || sr__x_words_between(c->text, end, toff) > 5)
		return 0;
	w = sr__next_word(c->text, toff, end, 0);
	return w.len && w.off == end + 1 &&
	       sr__word_in(c->text, w, aux, SR_ARRAY_LEN(aux)) &&
	       !memchr(c->text + end, ',', toff - end);
}
/* Choose the event's place among the sentence's mentions. */
/* 1 if a mention names a sector of the front: "the Zaporizhzhia front",
 * "on the Bakhmut axis", "in the Pokrovsk direction".  nw and pw are the
 * words after and before it (sr__next_word, sr__prev_word in its
 * sentence). */
static int front_sector(const struct actx *c, struct sr_span nw,
			struct sr_span pw)
{
	static const char *const sector[] = { "front", "axis", "direction",
					      "sector" };

	return sr__word_in(c->text, nw, sector, SR_ARRAY_LEN(sector)) &&
	       sr__word_is(c->text, pw, "the");
}
/* 1 if mention pm follows "in hospital in" or "to hospital in" ("are
 * now in hospital in Dnipro"; not "attacked a hospital in Gwoza"). */
static int in_hospital_in(const struct actx *c, const struct sent *s,
			  const struct mention *pm)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, pm->span.off, 0);

	if (!sr__word_is(c->text, w, "in"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!sr__word_is(c->text, w, "hospital"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return sr__word_is(c->text, w, "in") || sr__word_is(c->text, w, "to");
}
static const struct mention *choose_place(const struct actx *c,
					  const struct frame *f)
{
	const struct mention *best = NULL;
	int best_score = -1000, qualifies, qualified;
	uint32_t i, j, toff = c->m[f->trig].off;
	struct sr_span cl = sr__x_clause_of(c, f->s, toff);

	for (i = f->s->p0; i < f->s->p1; i++) {
		const struct mention *pm = &c->pm[i];
		int sc = 0;
		size_t k;
		int is_actor = 0;
		struct sr_span nw, pw;

		if (pm->place == UINT32_MAX ||
		    !sr__x_in_lim(f, pm->span.off, pm->span.len))
			continue;
		for (k = 0; k < f->nact; k++)
			if (f->act[k].span.off <= pm->span.off &&
			    f->act[k].span.off + f->act[k].span.len >=
				pm->span.off + pm->span.len &&
			    !f->act[k].loc)
				is_actor = 1;
		if (is_actor)
			continue;
		/* "in Russia's Krasnodar region": the region takes the
		 * preposition, the country only qualifies it */
		qualifies = qualified = 0;
		for (j = f->s->p0; j < f->s->p1; j++) {
			qualifies |= country_of_next(c, pm, &c->pm[j]) &&
				     c->pm[j].place != UINT32_MAX;
			qualified |= country_of_next(c, &c->pm[j], pm);
		}
		if (qualifies || launch_site(c, f->s, pm) ||
		    region_of_town_before(c, f->s, pm) ||
		    capital_speaks(c, f->s, pm) || side_of(c, f->s, pm))
			continue;
		/* "... were injured and are now in hospital in Dnipro":
		 * where the hurt were taken, the last choice */
		if (((f->s->cues >> SR_CUE_INJURE) & 1u ||
		     (f->s->cues >> SR_CUE_KILL) & 1u) &&
		    in_hospital_in(c, f->s, pm))
			sc -= 50;
		if (qualified)
			sc += 20;
		else if (pm->prep == SR_CUE_IN || pm->prep == SR_CUE_ON ||
			 pm->prep == SR_CUE_OVER || pm->prep == SR_CUE_NEAR)
			sc += 20;
		else if (pm->prep == SR_CUE_FROM)
			sc -= 15;
		else if (pm->span.off >= toff &&
			 sr__x_words_between(c->text, toff + c->m[f->trig].len,
					     pm->span.off) <= 1)
			sc += 20; /* "shelled Shebekino", "struck the town" */
		else if (subject_of_trigger(c, f, pm))
			sc += 20; /* "Izium was back under Ukrainian control" */
		/* "according to the governor of Belgorod oblast": the
		 * speaker's place, not the event's */
		if (f->claim.len && pm->span.off >= f->claim.off &&
		    pm->span.off < f->claim.off + f->claim.len) {
			/* "..., the Defence Ministry in Moscow said": where
			 * the claimant sits is no place of the event */
			if (body_seat(c, f->s, pm))
				continue;
			sc -= 10;
		}
		/* "Dnipropetrovsk governor Serhiy Lysak said": a place
		 * naming who speaks, the last choice */
		if (names_a_body(c, f->s, pm))
			sc -= 40;
		/* (the words right after and before the name, read once
		 * for the four tests below) */
		nw = sr__next_word(c->text, f->s->span.off + f->s->span.len,
				   pm->span.off + pm->span.len, 0);
		pw = sr__prev_word(c->text, f->s->span.off, pm->span.off, 0);
		/* "in the Kanal neighbourhood of Chasiv Yar": a part of a
		 * town yields to the town */
		if (part_of_town(c, pm, nw))
			sc -= 25;
		/* "near Verbove on the Zaporizhzhia front": a sector of the
		 * front named after a city is no place of the event */
		if (front_sector(c, nw, pw))
			sc -= 40;
		/* "according to ... the intelligence directorate in Kyiv",
		 * "told reporters in Kyiv": where the news comes from */
		if (source_place(c, f->s, pm, toff, pw))
			sc -= 30;
		/* "..., officials in Kharkiv said": local officials may
		 * speak of their own town, so only a little less */
		else if (officials_in(c, f->s, pm, nw, pw))
			sc -= 15;
		sc += (4 - pm->precision) * 8;
		if (pm->span.off > toff)
			sc += 3;
		/* "An explosion near Moscow killed one, adding to fears of
		 * attacks on the Russian capital": the trigger's own clause */
		if (pm->span.off >= cl.off && pm->span.off < cl.off + cl.len)
			sc += 10;
		if (sc > best_score) {
			best_score = sc;
			best = pm;
		}
	}
	return best;
}
/* "the border village of Gorkovsky" with no such village in the
 * gazetteer: when a region is named within two sentences, the event is
 * placed in that region (geo_precision 3) rather than left without a
 * place or put in the place of an earlier sentence.  Returns 1 if set. */
/* 1 if sentence s opens with a label naming a place that is not known
 * ("Myropillia community: barrel artillery (14 explosions)."): its
 * event is there, not at the place told before. */
static int unknown_label(const struct actx *c, const struct sent *s)
{
	static const char *const units[] = { "community", "hromada", "district",
					     "village" };
	const char *q =
	    memchr(c->text + s->span.off, ':', SR_MIN(s->span.len, 48u));
	struct sr_span w;
	uint32_t i, colon;

	if (!q)
		return 0;
	colon = (uint32_t)(q - c->text);
	w = sr__prev_word(c->text, s->span.off, colon, 0);
	if (!w.len || w.off + w.len != colon ||
	    !sr__word_in(c->text, w, units, SR_ARRAY_LEN(units)))
		return 0;
	for (i = s->p0; i < s->p1; i++)
		if (c->pm[i].span.off < colon && c->pm[i].place != UINT32_MAX)
			return 0;
	return 1;
}
/* 1 if the n bytes at text hold "lag", "own", "ttl", "aml" or "ity" in
 * either case (each byte with bit 0x20 set): every word of
 * unknown_settlement's list has one ("village", "town", "settlement",
 * "hamlet", "city").  Sixteen places a step with SSE2. */
static int may_name_settlement(const char *text, size_t n)
{
	return sr__tri_any(text, n, "lagownttlamlity", 5);
}
static int unknown_settlement(const struct actx *c, const struct frame *f,
			      struct sr_event *ev)
{
	static const char *const words[] = {
		"village", "town", "settlement", "hamlet", "city",
	};
	const struct sent *s = f->s;
	const struct mention *best = NULL;
	struct sr_span name = { 0, 0 };
	uint32_t p = f->lim.off, end = f->lim.off + f->lim.len, i;
	long best_d = 3;

	/* (the words are looked for in the frame's span only: none there,
	 * no name, as the loop below finds) */
	if (!may_name_settlement(c->text + p, end - p))
		return 0;
	while (p < end && !name.len) {
		struct sr_span w = sr__next_word(c->text, end, p, 0);
		struct sr_span of, n;

		if (!w.len)
			break;
		p = w.off + w.len;
		if (!sr__word_in(c->text, w, words, SR_ARRAY_LEN(words)))
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
		/* a region two paragraphs on belongs to another story */
		if (c->s[pm->sent].para != s->para && (d < -1 || d > 1))
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
	ev->geo_reason =
	    sr__arena_printf(&c->doc->arena,
			     "no place named %.*s in the gazetteer; the "
			     "region named nearby",
			     (int)name.len, c->text + name.off);
	return 1;
}
/* 1 if mention pm lies in the clause of trigger match ti ("fighting
 * went on in Sudzha", not "officials in Kyiv said ... a counteroffensive
 * gathered pace"), or that clause names no place and pm is the clause
 * right before it, joined by "and" ("troops pushed into Vovchansk, and
 * street fighting was under way"). */
static int in_trigger_clause(const struct actx *c, const struct sent *s, int ti,
			     const struct mention *pm)
{
	struct sr_span cl = sr__x_clause_of(c, s, c->m[ti].off);
	struct sr_span w;
	uint32_t j;

	if (pm->span.off >= cl.off && pm->span.off < cl.off + cl.len)
		return 1;
	if (pm->span.off > cl.off)
		return 0;
	for (j = s->p0; j < s->p1; j++)
		if (c->pm[j].span.off >= cl.off &&
		    c->pm[j].span.off < cl.off + cl.len)
			return 0;
	w = sr__next_word(c->text, cl.off + cl.len, cl.off, 0);
	return w.len && sr__word_is(c->text, w, "and") &&
	       sr__x_clause_of(c, s, pm->span.off).off +
		       sr__x_clause_of(c, s, pm->span.off).len <=
		   cl.off &&
	       !memchr(c->text + pm->span.off, ';', cl.off - pm->span.off);
}
/* 1 if mention pm is a town or a district, not a region or a country
 * (who holds a region says little about who attacks in it).  In a region
 * held in part (data/occupied.tsv "part"), struck_from_other_side asks
 * data/held_places.tsv who held the town that day and infers nothing for
 * a place no row covers ("fighting in Chasiv Yar" in April 2024: the
 * Ukrainian-held town's attacker is Russia). */
static int placed_locally(const struct actx *c, const struct mention *pm)
{
	struct sr_place p;

	sr__gaz_place(c->e->gaz, pm->place, &p);
	return p.level == SR_PLACE_LOCALITY;
}
/* "Air defences shot down four missiles over Sevastopol": the sky of a
 * region another state holds (data/occupied.tsv) is defended by it. */
static void held_sky(const struct actx *c, const struct mention *pm,
		     struct sr_event *ev)
{
	struct sr_place p;
	const char *h;
	const struct sr_country *co;
	int contested, edge;

	sr__gaz_place(c->e->gaz, pm->place, &p);
	contested = sr__engine_region(c->e, p.cc, p.admin1_code, &h, &edge);
	/* "air defences shot down a drone over Melitopol": the town's
	 * holder that day, in a partly held region */
	if (!h && p.level == SR_PLACE_LOCALITY && contested)
		h = sr__engine_town_holder(c->e, p.lat, p.lon, ev->event_date,
					   0);
	/* "air defences downed drones over Kursk": a region held by the
	 * foe only at its edge is its own state's elsewhere */
	if (!h && edge) {
		const struct sr_country *own = sr__country_by_iso2(p.cc);

		h = own ? own->iso3 : NULL;
	}
	co = h ? sr__country_by_iso3(h) : NULL;
	if (!co)
		return;
	sr__x_set_forces(c, co, &ev->actor1, &ev->actor1_iso3);
}
/* "In occupied Kamianka-Dniprovska, armed men in balaclavas took a
 * teacher away": people taken by armed men no one names, in a place
 * another state holds (called "occupied", or in a region it holds
 * whole, or a listed town it held that day), are taken by that state's
 * forces.  Sets ev's attacker. */
static void occupier_abducts(const struct actx *c, const struct mention *pm,
			     struct sr_event *ev)
{
	struct sr_place p;
	const char *h = NULL;
	const struct sr_country *own, *co;
	struct sr_span w;
	int edge;

	if (pm->place == UINT32_MAX)
		return;
	sr__gaz_place(c->e->gaz, pm->place, &p);
	own = sr__country_by_iso2(p.cc);
	if (!own || p.level == SR_PLACE_COUNTRY)
		return;
	w = sr__prev_word(c->text, 0, pm->span.off, 0);
	if (w.len >= 8 &&
	    sr__strncaseeq(c->text + w.off + w.len - 8, 8, "occupied"))
		h = sr__engine_partner(c->e, own->iso3);
	else if (sr__engine_region(c->e, p.cc, p.admin1_code, &h, &edge) &&
		 !h && p.level == SR_PLACE_LOCALITY)
		h = sr__engine_town_holder(c->e, p.lat, p.lon, ev->event_date,
					   0);
	co = h && !sr__streq(h, own->iso3) ? sr__country_by_iso3(h) : NULL;
	if (co)
		sr__x_set_forces(c, co, &ev->actor1, &ev->actor1_iso3);
}
/* 1 if the trigger at off is in a clause that says there is no sign of
 * it ("no evidence of Ukrainian involvement in the attack"). */
static int evidence_denied(const struct actx *c, const struct sent *s,
			   uint32_t off)
{
	static const char *const cues[] = {
		"evidence", "sign", "indication", "proof", "trace",
	};
	struct sr_span cl = sr__x_clause_of(c, s, off);
	const char *p = c->text + cl.off, *end = c->text + off;
	size_t k;

	/* every cue is "no " and a noun: one search for "no ", then the
	 * nouns after each (as a search for each whole cue would find) */
	while ((size_t)(end - p) >= 4 &&
	       (p = memchr(p, 'n', (size_t)(end - p) - 3)) != NULL) {
		if (p[1] == 'o' && p[2] == ' ')
			for (k = 0; k < SR_ARRAY_LEN(cues); k++) {
				size_t n = strlen(cues[k]);

				if ((size_t)(end - p - 3) >= n &&
				    memcmp(p + 3, cues[k], n) == 0)
					return 1;
			}
		p++;
	}
	return 0;
}
/* "A family of six were shot dead in their home in occupied Volnovakha.
 * The Russian-installed authorities said two servicemen had been
 * detained on suspicion of the killings": soldiers held for the killing
 * by a state's authorities (in one of the next two sentences of the
 * paragraph) are that state's forces, who did it. */
static int soldiers_held_for_it(const struct actx *c, const struct sent *s,
				struct sr_event *ev)
{
	const struct sent *p;

	for (p = s + 1; p <= s + 2 && p < c->s + c->ns && p->para == s->para;
	     p++) {
		const char *by;
		const struct sr_country *co;

		if (!((p->cues >> SR_CUE_SOLDIER) & 1u) ||
		    !sr__x_has_text(c->text, p->span, "suspicion") ||
		    !sr__x_has_trigger_kind(c, p, "arrest") ||
		    !(by = sr__x_claim_iso3(c, p)) ||
		    !(co = sr__country_by_iso3(by)))
			continue;
		sr__x_set_forces(c, co, &ev->actor1, &ev->actor1_iso3);
		return 1;
	}
	return 0;
}
/* "Ukraine's forces struck a refinery in Kstovo overnight": a strike
 * with no weapon named, by Ukraine on a place in Russia beyond the reach
 * of guns from the border (100 km or more from it), is a drone strike, as
 * nearly all such strikes are. */
static int deep_strike(const struct actx *c, const struct sent *s, int kind,
		       const char *extra, const struct sr_event *ev)
{
	if (kind != c->e->kid[K_SHELLING_MISSILE] || s->wkind >= 0 ||
	    ev->spans.weapons.len || !strstr(extra, "+default") ||
	    !ev->actor1_iso3 || !sr__streq(ev->actor1_iso3, "UKR") ||
	    !ev->iso3 || !sr__streq(ev->iso3, "RUS") || ev->geo_precision < 1 ||
	    ev->geo_precision > 2)
		return 0;
	return sr__ua_ru_border_km(ev->latitude, ev->longitude) >= 100;
}
/* "Shelling killed two people in Nikopol", "a drone hit a house in the
 * Belgorod region": a strike with no side named, in a country at war
 * (data/dyads.tsv) and in a region no other state holds even in part
 * (data/occupied.tsv), is the other side's. */
static void struck_from_other_side(const struct actx *c,
				   const struct mention *pm, int occupied_only,
				   double within, struct sr_event *ev)
{
	struct sr_place p;
	const struct sr_country *co, *pc;
	const char *partner;

	const char *holder = NULL;
	int edge;

	sr__gaz_place(c->e->gaz, pm->place, &p);
	if (p.level == SR_PLACE_COUNTRY || !p.admin1_code[0])
		return;
	/* "missiles struck Sevastopol": a wholly held region is struck by
	 * its holder's foe; "shells hit Kramatorsk" (in a partly held
	 * region): the holder of the town on that day, when known */
	if (sr__engine_region(c->e, p.cc, p.admin1_code, &holder, &edge)) {
		if (!holder && p.level == SR_PLACE_LOCALITY)
			holder = sr__engine_town_holder(c->e, p.lat, p.lon,
							ev->event_date, within);
		/* "shelling hit Rylsk" in the Kursk region, which Ukraine
		 * held only at its edge: Russia's town */
		if (!holder && edge) {
			co = sr__country_by_iso2(p.cc);
			holder = co ? co->iso3 : NULL;
		}
		if (!holder)
			return;
		/* "a car bomb in occupied Berdiansk": only where the
		 * holder is not the place's own state */
		co = sr__country_by_iso2(p.cc);
		if (occupied_only && co && sr__streq(co->iso3, holder))
			return;
		partner = sr__engine_partner(c->e, holder);
	} else if (occupied_only) {
		return;
	} else {
		co = sr__country_by_iso2(p.cc);
		partner = co ? sr__engine_partner(c->e, co->iso3) : NULL;
	}
	pc = partner ? sr__country_by_iso3(partner) : NULL;
	if (!pc)
		return;
	sr__x_set_forces(c, pc, &ev->actor1, &ev->actor1_iso3);
}
/* The one state whose actors pass test in the sentences of s's
 * paragraph within three of s that pass sent_ok, or NULL (none, or more
 * than one). */
static const struct sr_country *
paragraph_side(const struct actx *c, const struct sent *s, int kind,
	       int (*sent_ok)(const struct sent *s, const struct sent *p),
	       int (*test)(const struct actx *c, const struct sent *p,
			   const struct actor *a))
{
	const struct sr_country *found = NULL;
	const struct sent *p;
	struct frame f;
	size_t k;

	for (p = s - 3 < c->s ? c->s : s - 3; p <= s + 3 && p < c->s + c->ns;
	     p++) {
		if (p->para != s->para || !sent_ok(s, p))
			continue;
		sr__x_frame_clear(&f);
		f.s = p;
		f.lim = p->span;
		f.kind = kind;
		sr__x_collect_actors(c, &f);
		for (k = 0; k < f.nact; k++) {
			const struct actor *a = &f.act[k];

			/* (who speaks is asked of in test) */
			if (!a->country || a->victim || !test(c, p, a))
				continue;
			if (found && found != a->country)
				return NULL;
			found = a->country;
		}
	}
	return found;
}
/* Another sentence than s that names a weapon and a demonym. */
static int weapons_named(const struct sent *s, const struct sent *p)
{
	return p != s && ((p->types >> SR_ENT_WEAPON) & 1u) &&
	       ((p->types >> SR_ENT_COUNTRY_DEMONYM) & 1u);
}
static int owns_weapon(const struct actx *c, const struct sent *p,
		       const struct actor *a)
{
	(void)c;
	(void)p;
	return a->owns_weapon && !a->claimant;
}
/* "A man was killed when a drone dropped an explosive on his car in
 * Bilozerka. ... Russian drone operators on the left bank now hunt
 * anything that moves.": a strike with no attacker, in a paragraph
 * whose other sentences (three either side) give the weapons of one
 * side only ("Russian drone operators", "Ukrainian artillery"), is that
 * side's, when that side is at war and the place is not its own.
 * Returns 1 if it named the attacker. */
static int paragraph_weapon_owner(const struct actx *c, const struct sent *s,
				  int kind, struct sr_event *ev)
{
	const struct sr_country *found =
	    paragraph_side(c, s, kind, weapons_named, owns_weapon);

	if (!found || !sr__engine_partner(c->e, found->iso3) ||
	    (ev->iso3 && sr__streq(ev->iso3, found->iso3)))
		return 0;
	sr__x_set_forces(c, found, &ev->actor1, &ev->actor1_iso3);
	return 1;
}
/* 1 if the actor a of sentence p is named as the one who planted a
 * device or set up the attack: "a mine laid by Russian troops", "left
 * behind by the retreating occupiers", "the area was held by Russian
 * forces", "Russian troops who held the area", "Russian special
 * services had recruited the attacker", "the Ukrainian service was
 * behind the operation". */
/* 1 if sentence p gives the act as someone's work and a is who: "was
 * the work of [the] Ukrainian saboteurs" (a after "work of"), "the
 * operation had been the service's work" (a before "'s work"), or "the
 * intelligence directorate said the blast was the work of the local
 * resistance" (a speaks and no actor follows "work of"). */
static int work_of(const struct actx *c, const struct sent *p,
		   const struct actor *a)
{
	static const char *const skip[] = { "the", "a", "local" };
	uint32_t end = p->span.off + p->span.len, at = UINT32_MAX, i;
	struct sr_span w;
	const char *q;
	int k;

	if (!sr__x_has_text(c->text, p->span, "work"))
		return 0;
	w = sr__prev_word(c->text, p->span.off, a->span.off, 0);
	for (k = 0; k < 2 && w.len &&
		    sr__word_in(c->text, w, skip, SR_ARRAY_LEN(skip));
	     k++)
		w = sr__prev_word(c->text, p->span.off, w.off, 0);
	if (w.len && sr__word_is(c->text, w, "of") &&
	    sr__word_is(c->text, sr__prev_word(c->text, p->span.off, w.off, 0),
			"work"))
		return 1;
	/* "'s work" / "’s work" after a */
	for (q = c->text + a->span.off + a->span.len;
	     (q = memchr(q, 'w', (size_t)(c->text + end - q))) != NULL &&
	     q + 4 <= c->text + end;
	     q++)
		if (memcmp(q, "work", 4) == 0 && q - 2 > c->text &&
		    q[-1] == ' ' && q[-2] == 's' &&
		    (q[-3] == '\'' || (unsigned char)q[-3] == 0x99)) {
			at = (uint32_t)(q - c->text);
			break;
		}
	if (at != UINT32_MAX)
		return 1;
	/* a speaks ("Ukraine's military intelligence said"), and the work
	 * is nobody's named */
	w = sr__next_word(c->text, end, a->span.off + a->span.len, 0);
	for (k = 0; k < 3 && w.len && !sr__word_is(c->text, w, "said"); k++)
		w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (!w.len || !sr__word_is(c->text, w, "said"))
		return 0;
	for (q = c->text + w.off;
	     (q = memchr(q, 'w', (size_t)(c->text + end - q))) != NULL &&
	     q + 8 <= c->text + end && memcmp(q, "work of ", 8) != 0;
	     q++)
		;
	if (!q || q + 8 > c->text + end)
		return 0;
	for (i = p->m0; i < p->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		/* (the words right after "work of": "the work of the
		 * resistance ... handed lists to the FSB" is nobody's named) */
		if (c->m[i].off > (uint32_t)(q - c->text) &&
		    c->m[i].off < (uint32_t)(q - c->text) + 40 &&
		    (e->type == SR_ENT_ACTOR ||
		     e->type == SR_ENT_COUNTRY_DEMONYM ||
		     e->type == SR_ENT_COUNTRY_NAME))
			return 0;
	}
	return 1;
}
static int planter(const struct actx *c, const struct sent *p,
		   const struct actor *a)
{
	static const char *const laid[] = {
		"laid",	     "left",	  "planted",	   "placed",
		"abandoned", "held",	  "occupied",	   "controlled",
		"mined",     "installed", "hidden",	   "behind",
		"set",	     "rigged",	  "booby-trapped", "recruited",
		"organised", "organized", "ordered",
	};
	static const char *const skip[] = { "the",	   "retreating",
					    "withdrawing", "departing",
					    "fleeing",	   "former" };
	static const char *const rel[] = { "who", "which", "that",
					   "had", "have",  "has" };
	static const char *const acts[] = { "held",	 "occupied",  "laid",
					    "mined",	 "planted",   "left",
					    "recruited", "controlled" };
	uint32_t end = p->span.off + p->span.len;
	struct sr_span w = sr__prev_word(c->text, p->span.off, a->span.off, 0);
	int k;

	/* who speaks only when the act is given as someone's work */
	if (a->claimant)
		return work_of(c, p, a);
	/* "... by [the retreating] Russian troops" */
	for (k = 0; k < 2 && w.len &&
		    sr__word_in(c->text, w, skip, SR_ARRAY_LEN(skip));
	     k++)
		w = sr__prev_word(c->text, p->span.off, w.off, 0);
	if (w.len && sr__word_is(c->text, w, "by")) {
		w = sr__prev_word(c->text, p->span.off, w.off, 0);
		if (w.len && sr__word_is(c->text, w, "behind"))
			return 1; /* "left behind by" */
		return w.len &&
		       sr__word_in(c->text, w, laid, SR_ARRAY_LEN(laid));
	}
	/* "Russian troops who held the area", "... had recruited" */
	w = sr__next_word(c->text, end, a->span.off + a->span.len, 0);
	for (k = 0;
	     k < 2 && w.len && sr__word_in(c->text, w, rel, SR_ARRAY_LEN(rel));
	     k++)
		w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (w.len && sr__word_in(c->text, w, acts, SR_ARRAY_LEN(acts)))
		return 1;
	/* "the Ukrainian service was behind the operation" */
	if (w.len &&
	    (sr__word_is(c->text, w, "was") ||
	     sr__word_is(c->text, w, "were")) &&
	    sr__word_is(c->text, sr__next_word(c->text, end, w.off + w.len, 0),
			"behind"))
		return 1;
	return work_of(c, p, a);
}
/* A sentence that names an actor or a demonym. */
static int actors_named(const struct sent *s, const struct sent *p)
{
	(void)s;
	return ((p->types >> SR_ENT_ACTOR) & 1u) ||
	       ((p->types >> SR_ENT_COUNTRY_DEMONYM) & 1u);
}
/* "A tractor hit an anti-tank mine near Izium. The mine had been laid by
 * Russian troops who held the area until September.": a remote explosive
 * with no attacker named, in a paragraph that names one state's forces
 * as who laid it, held the ground or recruited the bomber, is theirs.
 * Returns 1 if it named the attacker. */
static int paragraph_planter(const struct actx *c, const struct sent *s,
			     int kind, struct sr_event *ev)
{
	const struct sr_country *found =
	    paragraph_side(c, s, kind, actors_named, planter);

	if (!found || !sr__engine_partner(c->e, found->iso3))
		return 0;
	sr__x_set_forces(c, found, &ev->actor1, &ev->actor1_iso3);
	return 1;
}
/* "A tractor struck an anti-tank mine in the Kharkiv region. The fields
 * were mined during the occupation.": a mine or charge of no named side,
 * laid (a sentence of the paragraph within three of s has "mined",
 * "laid", "planted" or "left" and "occupation") while the place's
 * country was occupied, is the occupier's: the country's foe in the
 * war.  So is a mine where a sentence near it says the ground "was
 * occupied", "liberated" or "under (Russian) occupation".  Returns 1 if
 * it named the attacker. */
static int laid_in_occupation(const struct actx *c, const struct sent *s,
			      struct sr_event *ev)
{
	static const char *const laid[] = { "mined", "laid", "planted",
					    "left" };
	const struct sent *p;
	const char *foe;

	if (!ev->iso3 || !(foe = sr__engine_partner(c->e, ev->iso3)))
		return 0;
	for (p = s - 3 < c->s ? c->s : s - 3; p <= s + 3 && p < c->s + c->ns;
	     p++) {
		uint32_t end = p->span.off + p->span.len;
		struct sr_span w;
		int occ = 0, act = 0;

		if (p->para != s->para ||
		    !sr__x_has_text(c->text, p->span, "occupation"))
			continue;
		for (w = sr__next_word_across(c->text, end, p->span.off); w.len;
		     w = sr__next_word_across(c->text, end, w.off + w.len)) {
			occ |= sr__word_is(c->text, w, "occupation");
			act |=
			    sr__word_in(c->text, w, laid, SR_ARRAY_LEN(laid));
		}
		if (occ && act) {
			sr__x_set_forces(c, sr__country_by_iso3(foe),
					 &ev->actor1, &ev->actor1_iso3);
			return ev->actor1 != NULL;
		}
	}
	/* "... set off an anti-tank mine near Balakliia. The area was
	 * occupied from March to September": a mine where the ground was
	 * held by the foe before */
	if (ev->spans.trigger.len &&
	    sr__x_has_text(c->text, ev->spans.trigger, "mine"))
		for (p = s - 2 < c->s ? c->s : s - 2;
		     p <= s + 2 && p < c->s + c->ns; p++) {
			uint32_t end = p->span.off + p->span.len;
			struct sr_span w, prev = { 0, 0 }, prev2 = { 0, 0 };

			if (p->para != s->para ||
			    !(sr__x_has_text(c->text, p->span, "ccupied") ||
			      sr__x_has_text(c->text, p->span, "ccupation") ||
			      sr__x_has_text(c->text, p->span, "liberated")))
				continue;
			for (w = sr__next_word(c->text, end, p->span.off, 0);
			     w.len; prev2 = prev, prev = w,
			    w = sr__next_word(c->text, end, w.off + w.len, 0))
				if ((sr__word_is(c->text, w, "occupied") &&
				     prev.len &&
				     (sr__word_is(c->text, prev, "was") ||
				      sr__word_is(c->text, prev, "were") ||
				      sr__word_is(c->text, prev, "been"))) ||
				    /* "The area was under Russian occupation
				     * until September 2022" */
				    (sr__word_is(c->text, w, "occupation") &&
				     ((prev.len &&
				       sr__word_is(c->text, prev, "under")) ||
				      (prev2.len && sr__word_is(c->text, prev2,
								"under")))) ||
				    sr__word_is(c->text, w, "liberated") ||
				    sr__word_is(c->text, w, "de-occupied")) {
					sr__x_set_forces(
					    c, sr__country_by_iso3(foe),
					    &ev->actor1, &ev->actor1_iso3);
					return ev->actor1 != NULL;
				}
		}
	return 0;
}
/* 1 if mention b, a region, only says where mention a of the same
 * sentence lies: "Marhanets (Dnipropetrovsk region).", "Kupiansk,
 * Kharkiv region". */
static int qualifies_place(const struct actx *c, const struct mention *a,
			   const struct mention *b)
{
	struct sr_place pa, pb;

	if (!a || a->sent != b->sent || a->precision >= 3 || b->precision < 3 ||
	    a->place == UINT32_MAX)
		return 0;
	sr__gaz_place(c->e->gaz, a->place, &pa);
	sr__gaz_place(c->e->gaz, b->place, &pb);
	return pa.cc && pb.cc && pa.admin1_code && pb.admin1_code &&
	       strcmp(pa.cc, pb.cc) == 0 &&
	       strcmp(pa.admin1_code, pb.admin1_code) == 0;
}
/* "A railway track used to supply Russian units was blown up near Tokmak,
 * the partisan movement said": a non-state armed group that tells of a
 * blast it did not suffer claims it, and a claimed blast is sabotage by
 * planted charge.  The group suffered it when the blast hurt someone and
 * no other side is named as its target.  Sets actor1; returns 1 if it
 * did. */
static int group_claims_blast(const struct actx *c, const struct frame *f,
			      struct sr_event *ev)
{
	size_t k;

	for (k = 0; k < f->nact; k++) {
		const struct actor *a = &f->act[k];

		if (!a->claimant || a->type != SR_ACT_GROUP || !a->iso3)
			continue;
		if (ev->actor2_iso3 ? strcmp(ev->actor2_iso3, a->iso3) == 0
				    : (ev->fatalities != SR_NULL_COUNT ||
				       ev->injured != SR_NULL_COUNT))
			return 0;
		ev->actor1 =
		    sr__x_actor_name(c, a, f->kind, ev, &ev->actor1_iso3);
		if (!ev->actor1)
			return 0;
		ev->spans.actor1 = a->span;
		return 1;
	}
	return 0;
}
/* 1 if the actor at span a is told pressing, by its possessive before
 * a noun of attack: "the Russian army's attempts", "the enemy's
 * offensive". */
static int pressing_side(const struct actx *c, struct sr_span a)
{
	static const char *const press[] = {
		"attempts", "attempt",	"offensive", "advance", "advances",
		"pressure", "assaults", "assault",   "attacks", "onslaught",
	};
	uint32_t p = a.off + a.len;

	if (!a.len || p + 3 >= c->len)
		return 0;
	if (c->text[p] == '\'' && (c->text[p + 1] | 0x20) == 's')
		p += 2;
	else if (p + 5 < c->len && memcmp(c->text + p, "\xe2\x80\x99s", 4) == 0)
		p += 4;
	else
		return 0;
	return sr__word_in(c->text, sr__next_word(c->text, c->len, p, 0), press,
			   SR_ARRAY_LEN(press));
}
/* A withdrawal by state forces at war (data/dyads.tsv), from a place in
 * either side's country or from an unplaced one, makes the foe actor1 and
 * the withdrawing side actor2.  Returns 1 if it did. */
static int withdrawal_in_war(const struct actx *c, struct sr_event *ev)
{
	const char *partner;
	const struct sr_country *co, *own;

	if (!ev->actor1 || !ev->actor1_iso3 ||
	    (!sr__x_starts(ev->actor1, "Military Forces of ") &&
	     !sr__x_starts(ev->actor1, "Government of ")))
		return 0;
	partner = sr__engine_partner(c->e, ev->actor1_iso3);
	co = partner ? sr__country_by_iso3(partner) : NULL;
	if (!co || (ev->iso3 && !sr__streq(ev->iso3, ev->actor1_iso3) &&
		    !sr__streq(ev->iso3, partner)))
		return 0;
	own = sr__country_by_iso3(ev->actor1_iso3);
	if (!own)
		return 0;
	/* "In view of the Russian army's attempts to encircle the town,
	 * command authorised the withdrawal of units": the side named
	 * pressing is the one that gains */
	if (pressing_side(c, ev->spans.actor1)) {
		sr__x_set_forces(c, co, &ev->actor2, &ev->actor2_iso3);
		ev->spans.actor2.len = 0;
		return 1;
	}
	/* "Kyiv's forces withdrew": the withdrawing side's forces */
	sr__x_set_forces(c, own, &ev->actor2, &ev->actor2_iso3);
	ev->spans.actor2 = ev->spans.actor1;
	ev->actor1 = NULL;
	ev->actor1_iso3 = NULL;
	ev->spans.actor1.len = 0;
	sr__x_set_forces(c, co, &ev->actor1, &ev->actor1_iso3);
	return 1;
}
/* What tells an event's place from another's: its GeoNames id, or for a
 * place without one (an admin-1 region of the default sources) its name
 * string in the gazetteer; 0 for no place. */
static int64_t place_key(const struct sr_event *e)
{
	if (e->gazetteer_id)
		return e->gazetteer_id;
	return e->location ? (int64_t)(intptr_t)e->location : 0;
}
/* 1 if mention pm names a town or a spot (found, no country, precision
 * 1 or 2): *pe is then a blank event placed there. */
static int local_place(const struct actx *c, const struct mention *pm,
		       struct sr_event *pe)
{
	if (pm->place == UINT32_MAX || pm->is_country || pm->precision > 2)
		return 0;
	sr__event_init(pe);
	sr__place_to_event(c, pm, pe);
	return 1;
}
/* The last event of work when it is a shelling or an air strike with a
 * named side, told in the sentence right before s in s's paragraph, or
 * NULL. */
static const struct sr_event *strike_before(const struct actx *c,
					    const struct sent *s,
					    const struct sr_buf *work,
					    const struct sr_event *ev)
{
	const struct sr_event *prev, *first;

	if (work->len < sizeof(*prev) || s == c->s || s[-1].para != s->para)
		return NULL;
	first = (const struct sr_event *)work->data;
	prev =
	    (const struct sr_event *)(work->data + work->len - sizeof(*prev));
	/* "The enemy shelled Nikopol ... Shells fell on Marhanets ... In
	 * Nikopol itself a woman was killed": the strike told of the same
	 * town earlier in the paragraph, when the one right before is of
	 * another */
	if (place_key(ev) && place_key(prev) != place_key(ev)) {
		const struct sr_event *q;

		for (q = prev; q-- > first;) {
			const struct sent *sq = sent_at(c, q->sentence.off);

			if (!sq || sq->para != s->para)
				break;
			if (q->kind && place_key(q) == place_key(ev) &&
			    q->actor1 && q->actor1_iso3 &&
			    (sr__streq(q->kind, "shelling_missile") ||
			     sr__streq(q->kind, "air_drone_strike")))
				return q;
		}
	}
	if (prev->sentence.off != s[-1].span.off || !prev->actor1 ||
	    !prev->actor1_iso3 || !prev->kind ||
	    !(sr__streq(prev->kind, "shelling_missile") ||
	      sr__streq(prev->kind, "air_drone_strike")))
		return NULL;
	return prev;
}
/* "During the past day, the enemy carried out 12 attacks on 7
 * settlements. In Orikhiv, a woman was injured.": the sentence back
 * sentences before s (1 or 2) in s's paragraph, a day's tally of attacks
 * or strikes (no event of its own), names who struck; the toll is a
 * strike by them (*kind set to the tally's weapon kind or shelling).
 * Returns 1 if it named them. */
static int tally_in(const struct actx *c, const struct sent *s, int back,
		    int *kind, struct sr_event *ev)
{
	struct frame f;
	const struct sent *p;
	uint32_t j, strike = UINT32_MAX;
	size_t k;

	if (s - c->s < back)
		return 0;
	p = s - back;
	if (p->para != s->para)
		return 0;
	for (j = p->m0; j < p->m1 && strike == UINT32_MAX; j++) {
		const struct sr_entry *w = sr__match_entry(c, j);

		if (w->type == SR_ENT_TRIGGER &&
		    (w->kind == SR_KIND_ATTACK || w->kind == SR_KIND_STRIKE ||
		     w->kind == c->e->kid[K_SHELLING_MISSILE] ||
		     w->kind == c->e->kid[K_AIR_DRONE_STRIKE]))
			strike = c->m[j].off;
	}
	if (strike == UINT32_MAX)
		return 0;
	sr__x_frame_clear(&f);
	f.s = p;
	f.lim = p->span;
	f.kind = c->e->kid[K_SHELLING_MISSILE];
	sr__x_collect_actors(c, &f);
	for (k = 0; k < f.nact; k++) {
		const struct actor *a = &f.act[k];
		const char *name, *iso3 = NULL;

		if (a->victim || a->claimant || a->loc ||
		    !(a->country || a->type == SR_ACT_ENEMY))
			continue;
		/* (the side that struck, told before the strikes: not "was
		 * attacked by drones, the Russian-installed administration
		 * said") */
		if (a->span.off > strike ||
		    c->text[a->span.off + a->span.len] == '-')
			continue;
		name = sr__x_actor_name(c, a, f.kind, ev, &iso3);
		if (!name || !iso3 || !sr__engine_partner(c->e, iso3) ||
		    (ev->iso3 && sr__streq(ev->iso3, iso3)))
			return 0;
		ev->actor1 = name;
		ev->actor1_iso3 = iso3;
		*kind =
		    p->wkind >= 0 ? p->wkind : c->e->kid[K_SHELLING_MISSILE];
		return 1;
	}
	return 0;
}
/* Forget the event's actor1: the side then comes from the weapon, the
 * place or the war (sr__x_infer_sides). */
static void drop_actor1(struct sr_event *ev)
{
	ev->actor1 = NULL;
	ev->actor1_iso3 = NULL;
	ev->spans.actor1.len = 0;
}
/* 1 if the actor at sp is the object of a capture: "captured four
 * Ukrainian soldiers", "took the two defenders prisoner" (up to two
 * words, a number or "the", between). */
static int captives_named(const struct actx *c, const struct sent *s,
			  struct sr_span sp)
{
	static const char *const took[] = { "captured", "seized", "took",
					    "detained", "caught" };

	return sr__x_word_behind(c, s, sp.off, 3, took, SR_ARRAY_LEN(took));
}
/* 1 if the place of event b lies in the admin-1 region that is event a's
 * place ("the Donetsk region", then "Kostiantynivka"). */
static int in_region(const struct sr_event *a, const struct sr_event *b)
{
	/* (a country holds every place in it: "drones over the territory
	 * of Russia ... seven over the Belgorod region") */
	if (a->geo_precision == 4 && b->geo_precision && b->geo_precision < 4)
		return a->iso3 && b->iso3 && sr__streq(a->iso3, b->iso3);
	return a->geo_precision >= 3 && b->geo_precision < 3 && a->admin1 &&
	       b->admin1 && a->iso3 && b->iso3 && sr__streq(a->iso3, b->iso3) &&
	       sr__streq(a->admin1, b->admin1);
}
/* "The army said it had recaptured Bamenda", "Soldiers shot dead three
 * people in Conakry": a bare "army", "troops", "soldiers" or "police"
 * before the trigger, no country named for it, are the forces of the
 * country the event is in, when that country is at war with no other
 * state (in Ukraine "the troops" may be either side's).  Not for
 * protests, whose first actor is the crowd; not "rebel troops" (no
 * state's), "Nigerian soldiers" (named with their country) or "two
 * soldiers were killed" (victims). */
static int home_forces(const struct actx *c, const struct sent *s, int kind,
		       struct sr_event *ev)
{
	static const char *const state_words[] = {
		"the",	 "a",	     "an",	 "government", "federal",
		"state", "junta",    "regime",	 "security",   "army",
		"riot",	 "military", "national", "by",
	};
	static const char *const say[] = { " said", " say",	 " says",
					   " told", " reported", " according" };
	const struct sr_kind *kd = sr__lex_kind(c->lx, kind);
	uint32_t i;

	if (!ev->iso3 || !ev->country || !ev->spans.trigger.len ||
	    sr__engine_partner(c->e, ev->iso3) || !kd || !kd->event_type ||
	    sr__x_starts(kd->event_type, "Protests") ||
	    sr__x_starts(kd->event_type, "Riots"))
		return 0;
	for (i = s->m0; i < s->m1 && c->m[i].off < ev->spans.trigger.off; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span pw, nw, gap;
		size_t k;

		if (e->type != SR_ENT_ACTOR || !e->name ||
		    (e->sub != SR_ACT_HEAD_MIL && e->sub != SR_ACT_HEAD_POLICE))
			continue;
		pw = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
		if (pw.len && !sr__word_in(c->text, pw, state_words,
					   SR_ARRAY_LEN(state_words)))
			continue;
		nw = sr__next_word(c->text, ev->spans.trigger.off,
				   c->m[i].off + c->m[i].len, 0);
		if (nw.len && (sr__word_is(c->text, nw, "were") ||
			       sr__word_is(c->text, nw, "was")))
			continue;
		/* "Police said a grenade had been thrown": who tells */
		gap.off = c->m[i].off + c->m[i].len;
		gap.len = ev->spans.trigger.off - gap.off;
		for (k = 0; k < SR_ARRAY_LEN(say); k++)
			if (sr__x_has_text(c->text, gap, say[k]))
				break;
		if (k < SR_ARRAY_LEN(say))
			continue;
		ev->actor1 =
		    sr__arena_printf(&c->doc->arena, e->name, ev->country);
		ev->actor1_iso3 = ev->iso3;
		ev->spans.actor1.off = c->m[i].off;
		ev->spans.actor1.len = c->m[i].len;
		return ev->actor1 != NULL;
	}
	return 0;
}
/* Build and append the event of trigger match ti (kind, extra, te as
 * chosen) reading only the part lim of the sentence for places, tolls,
 * weapons and actors.  Returns 0, or SR_ENOMEM. */
static int emit_frame(struct actx *c, const struct sent *s, int ti, int kind,
		      const char *extra, int bg, const struct sr_entry *te,
		      struct sr_span lim, const struct mention *last_place,
		      struct sr_buf *work, int64_t *place_out)
{
	int carry_ok;
	struct frame f;
	struct sr_event ev;
	const struct mention *pm, *placed;
	double conf;

	sr__x_frame_clear(&f);
	f.s = s;
	f.lim = lim;
	{
		const struct sr_date_expr *dt;

		f.ndt = sr__x_sent_dates(c, s, &dt);
		if (f.ndt)
			memcpy(f.dt, dt, f.ndt * sizeof(*dt));
	}
	f.trig = (uint32_t)ti;
	f.kind = kind;
	if (!te)
		te = sr__match_entry(c, f.trig);
	f.toll = sr__streq(te->phrase, "toll");
	sr__x_collect_actors(c, &f);

	sr__event_init(&ev);
	ev.article_id = c->a->id;
	ev.text = c->text;
	ev.text_len = c->len;
	ev.sentence = s->span;
	ev.spans.trigger.off = c->m[f.trig].off;
	ev.spans.trigger.len = c->m[f.trig].len;
	conf = 0.45 + 0.12 * (te->strength - 1);
	f.rule_extra = extra;
	sr__x_read_status(c, &f, &ev);
	f.claim = ev.spans.claim;
	pm = choose_place(c, &f);
	carry_ok = last_place && last_place->sent + 3 >= (uint32_t)(s - c->s) &&
		   c->s[last_place->sent].para == s->para;
	/* "...hit the town again, the Kharkiv regional prosecutor's office
	 * said": the town told before, not the speaker's region */
	if (pm && carry_ok && names_a_body(c, s, pm))
		pm = NULL;
	/* "Rescuers worked through the night in Kramatorsk. The missile,
	 * an Iskander according to Ukraine's air force, hit ...": a
	 * country named by the way gives way to the town told before */
	if (pm && carry_ok && pm->is_country && pm->prep != SR_CUE_IN &&
	    pm->prep != SR_CUE_ON && !last_place->is_country)
		pm = NULL;
	placed = pm;
	if (pm) {
		sr__place_to_event(c, pm, &ev);
		conf += 0.15;
	} else if (unknown_settlement(c, &f, &ev)) {
		conf -= 0.05; /* "the village of Gorkovsky": its region */
	} else if (carry_ok && !unknown_label(c, s)) {
		sr__place_to_event(c, last_place, &ev);
		ev.spans.place.len = 0; /* not from this sentence */
		conf -= 0.05;
		placed = last_place;
	}
	sr__x_read_date(c, &f, &ev);
	sr__x_read_counts(c, &f, &ev);
	/* "... learned that Mykola Petrenko, 67, was dead. He was shot by
	 * Russian soldiers at a checkpoint": the death told just before
	 * is the attack's on the one person the pronoun names */
	if (ev.fatalities == SR_NULL_COUNT && ev.injured == SR_NULL_COUNT &&
	    kind == c->e->kid[K_ATTACK_CIVILIANS] && s > c->s &&
	    s[-1].para == s->para && ((s[-1].cues >> SR_CUE_KILL) & 1u)) {
		struct sr_span w = sr__next_word(
		    c->text, s->span.off + s->span.len, s->span.off, 0);

		struct sr_span v =
		    w.len ? sr__next_word(c->text, s->span.off + s->span.len,
					  w.off + w.len, 0)
			  : w;

		if (w.len &&
		    (sr__word_is(c->text, w, "he") ||
		     sr__word_is(c->text, w, "she")) &&
		    v.len &&
		    (sr__word_is(c->text, v, "was") ||
		     sr__word_is(c->text, v, "had")) &&
		    c->m[ti].off <= v.off + v.len + 8) {
			ev.fatalities = ev.fatalities_low = ev.fatalities_high =
			    1;
			ev.spans.fatalities = w;
		}
	}
	sr__x_read_quantity(c, &f, &ev);
	sr__x_read_weapons(c, &f, &ev);
	sr__x_assign_roles(c, &f, te, &ev);
	/* "Russian troops captured four Ukrainian soldiers who had laid
	 * down their arms and shot them": the captives are the victims;
	 * the attacker is another side named, or their foe in the war */
	if (ev.actor1 && ev.spans.actor1.len && extra &&
	    sr__x_starts(extra, "+captives-shot") &&
	    captives_named(c, s, ev.spans.actor1)) {
		uint32_t k;

		ev.actor2 = ev.actor1;
		ev.actor2_iso3 = ev.actor1_iso3;
		ev.spans.actor2 = ev.spans.actor1;
		drop_actor1(&ev);
		for (k = 0; k < f.nact && !ev.actor1; k++)
			if (f.act[k].iso3 && !f.act[k].victim &&
			    !sr__streq(f.act[k].iso3, ev.actor2_iso3)) {
				ev.actor1 = sr__x_actor_name(
				    c, &f.act[k], kind, &ev, &ev.actor1_iso3);
				ev.spans.actor1 = f.act[k].span;
			}
		if (!ev.actor1)
			sr__x_infer_sides(c, kind, &ev);
	}
	/* "Police in Sumy documented the consequences of a drone attack":
	 * police and civilians do not fire missiles or fly strike drones;
	 * named with a strike they report it or suffer it (a security
	 * service such as the SBU may be the one that sent the drones) */
	if (ev.actor1 &&
	    (kind == c->e->kid[K_SHELLING_MISSILE] ||
	     kind == c->e->kid[K_AIR_DRONE_STRIKE]) &&
	    ((sr__x_starts(ev.actor1, "Police Forces of ") &&
	      sr__x_has_text(c->text, ev.spans.actor1, "olice")) ||
	     sr__x_starts(ev.actor1, "Civilians"))) {
		drop_actor1(&ev);
	}
	/* "the enemy attacked the region with drones; air defence
	 * destroyed 11 Shaheds": who attacked, in the clause before, is
	 * not who shot down */
	if (ev.actor1 && kind == c->e->kid[K_INTERCEPTION] &&
	    ev.spans.actor1.len && ev.spans.actor1.off < ev.spans.trigger.off &&
	    memchr(c->text + ev.spans.actor1.off, ';',
		   ev.spans.trigger.off - ev.spans.actor1.off)) {
		drop_actor1(&ev);
	}
	if (!ev.actor1 && kind == c->e->kid[K_EXPLOSION] &&
	    group_claims_blast(c, &f, &ev)) {
		kind = sr__lex_kind_find(c->lx, "remote_explosive");
		extra =
		    sr__arena_printf(&c->doc->arena, "%s+claimed-by", extra);
	}
	if (placed && kind == c->e->kid[K_ABDUCTION] &&
	    (!ev.actor1 || sr__x_starts(ev.actor1, "Unidentified Armed Group")))
		occupier_abducts(c, placed, &ev);
	if (ev.actor1)
		conf += 0.1;
	else if (placed && kind == c->e->kid[K_INTERCEPTION])
		held_sky(c, placed, &ev);
	else if (placed &&
		 (!ev.actor2 || sr__x_starts(ev.actor2, "Civilians")) &&
		 (kind == c->e->kid[K_SHELLING_MISSILE] ||
		  kind == c->e->kid[K_AIR_DRONE_STRIKE]))
		struck_from_other_side(c, placed, 0, 0, &ev);
	/* a car bomb or a mine in a town the other side holds */
	else if (placed && !ev.actor2 &&
		 sr__x_is_kind(c, kind, "remote_explosive"))
		struck_from_other_side(c, placed, 1, 0, &ev);
	/* "fighting was going on in the Sudzha district after a
	 * cross-border assault": with neither side named, the side that
	 * does not hold the place attacks it */
	else if (placed && !ev.actor2 && kind == c->e->kid[K_ARMED_CLASH] &&
		 placed->place != UINT32_MAX && placed_locally(c, placed) &&
		 in_trigger_clause(c, s, ti, placed))
		/* (a fight is told at the held town itself, within 2 km of
		 * its point, not at a village on its edge) */
		struck_from_other_side(c, placed, 0, 2.0, &ev);
	if (!ev.actor1 &&
	    (kind == c->e->kid[K_SHELLING_MISSILE] ||
	     kind == c->e->kid[K_AIR_DRONE_STRIKE]) &&
	    paragraph_weapon_owner(c, s, kind, &ev))
		extra = sr__arena_printf(&c->doc->arena, "%s+paragraph-weapon",
					 extra);
	if (!ev.actor1 && sr__x_is_kind(c, kind, "remote_explosive") &&
	    paragraph_planter(c, s, kind, &ev))
		extra =
		    sr__arena_printf(&c->doc->arena, "%s+planted-by", extra);
	if (!ev.actor1 && sr__x_is_kind(c, kind, "remote_explosive") &&
	    laid_in_occupation(c, s, &ev))
		extra =
		    sr__arena_printf(&c->doc->arena, "%s+occupation", extra);
	if (sr__x_infer_sides(c, kind, &ev)) {
		extra = sr__arena_printf(&c->doc->arena, "%s+dyad", extra);
		conf -= 0.1;
	}
	if (deep_strike(c, s, kind, extra, &ev)) {
		kind = c->e->kid[K_AIR_DRONE_STRIKE];
		extra = sr__arena_printf(&c->doc->arena, "%s+deep", extra);
	}
	if (!ev.actor1 && kind == c->e->kid[K_ATTACK_CIVILIANS] &&
	    soldiers_held_for_it(c, s, &ev))
		extra =
		    sr__arena_printf(&c->doc->arena, "%s+suspects-held", extra);
	if (!ev.actor1 && home_forces(c, s, kind, &ev))
		extra =
		    sr__arena_printf(&c->doc->arena, "%s+home-forces", extra);
	/* "The Russians shelled the Kherson region 54 times. One person was
	 * killed in Beryslav.": a toll with no weapon and no side, right
	 * after a strike told in the same paragraph, is a strike of that
	 * kind by that side */
	if (f.toll && !ev.actor1 && !ev.spans.weapons.len &&
	    kind == c->e->kid[K_ATTACK_CIVILIANS]) {
		const struct sr_event *prev = strike_before(c, s, work, &ev);

		if (prev) {
			kind = sr__lex_kind_find(c->lx, prev->kind);
			ev.actor1 = prev->actor1;
			ev.actor1_iso3 = prev->actor1_iso3;
			extra = sr__arena_printf(&c->doc->arena, "%s+round-up",
						 extra);
		} else if (tally_in(c, s, 1, &kind, &ev)) {
			extra = sr__arena_printf(&c->doc->arena, "%s+round-up",
						 extra);
		}
	}
	/* "The occupiers carried out 386 strikes on 8 settlements: ...
	 * 71 reports of destroyed housing were received. In Stepnohirsk a
	 * man was killed by an artillery shell": a strike with no side, in
	 * a round-up whose tally one or two sentences before names the
	 * side that struck, is that side's */
	if (!ev.actor1 && (kind == c->e->kid[K_SHELLING_MISSILE] ||
			   kind == c->e->kid[K_AIR_DRONE_STRIKE])) {
		int k2 = kind;

		if (tally_in(c, s, 1, &k2, &ev) ||
		    (s > c->s && !((s[-1].types >> SR_ENT_ACTOR) & 1u) &&
		     tally_in(c, s, 2, &k2, &ev)))
			extra = sr__arena_printf(&c->doc->arena, "%s+round-up",
						 extra);
	}
	/* "Ukrainian troops withdrew from Avdiivka": in a war, ground one
	 * side gives up is the other side's gain */
	if (kind == c->e->kid[K_TERRITORY_TRANSFER] &&
	    sr__x_withdrawal_word(te) && withdrawal_in_war(c, &ev)) {
		kind = c->e->kid[K_TERRITORY_GAIN];
		extra =
		    sr__arena_printf(&c->doc->arena, "%s+withdrawal", extra);
	}
	/* "people gathered ... to demand the release of a mayor seized by
	 * Russian soldiers", "riot police stood by as pensioners marched",
	 * "relatives of soldiers held captive by Russia rallied": a protest
	 * is the protesters' act; armed forces, police or a government
	 * named with it are the other side */
	/* (and a riot: "... torched a police post; two died when police
	 * opened fire on the stone-throwers": the rioters against the
	 * police) */
	/* (a protest dispersed is coded as the protesters' too, with the
	 * force that broke it up second: "Police fired tear gas to disperse
	 * protesters", "Russian troops fired stun grenades to break up a
	 * rally of residents with Ukrainian flags") */
	if (ev.actor1 && ev.country &&
	    (!ev.actor2 || kind == c->e->kid[K_PROTEST_INTERVENTION]) &&
	    ((kind == c->e->kid[K_PEACEFUL_PROTEST]) ||
	     (kind == c->e->kid[K_PROTEST_INTERVENTION]) ||
	     (kind == c->e->kid[K_VIOLENT_DEMONSTRATION])) &&
	    (sr__x_starts(ev.actor1, "Military Forces of ") ||
	     sr__x_starts(ev.actor1, "Police Forces of ") ||
	     sr__x_starts(ev.actor1, "Government of "))) {
		const char *a2 = ev.actor2, *a2_iso3 = ev.actor2_iso3;
		struct sr_span a2_span = ev.spans.actor2;

		ev.actor2 = ev.actor1;
		ev.actor2_iso3 = ev.actor1_iso3;
		ev.spans.actor2 = ev.spans.actor1;
		drop_actor1(&ev);
		if (a2 && sr__x_starts(a2, "Protesters (")) {
			ev.actor1 = a2;
			ev.actor1_iso3 = a2_iso3;
			ev.spans.actor1 = a2_span;
		}
	}
	/* "Soldiers opened fire on students protesting": the protesters
	 * are those fired on, whoever fired */
	if (kind == c->e->kid[K_PROTEST_EXCESSIVE_FORCE] && ev.country &&
	    (!ev.actor2 || sr__x_starts(ev.actor2, "Civilians ("))) {
		ev.actor2 = sr__arena_printf(&c->doc->arena, "Protesters (%s)",
					     ev.country);
		ev.actor2_iso3 = ev.iso3;
	}
	if (!ev.actor1 && ev.country) {
		/* demonstrations are made by protesters, riots by rioters */
		const char *who = NULL;

		if ((kind == c->e->kid[K_PEACEFUL_PROTEST]) ||
		    (kind == c->e->kid[K_PROTEST_INTERVENTION]))
			who = "Protesters (%s)";
		else if ((kind == c->e->kid[K_VIOLENT_DEMONSTRATION]) ||
			 (kind == c->e->kid[K_MOB_VIOLENCE]))
			who = "Rioters (%s)";
		if (who) {
			ev.actor1 =
			    sr__arena_printf(&c->doc->arena, who, ev.country);
			ev.actor1_iso3 = ev.iso3;
		}
	}
	apply_kind(c, kind, &ev);
	/* "101 officials accused of fraud", "troops have been deployed to
	 * reinforce the region": an accusation or a deployment nobody is
	 * named as making is not one to code */
	if (!ev.actor1 && (kind == c->e->kid[K_ACCUSATION] ||
			   kind == c->e->kid[K_TROOP_DEPLOYMENT]))
		return SR_OK;
	/* "no evidence of Ukrainian involvement in the Moscow attack" */
	if (evidence_denied(c, s, ev.spans.trigger.off))
		return SR_OK;
	/* Background and commentary ("both sides have intensified drone
	 * attacks") is not an event unless it gives a toll or a date. */
	if (bg && ev.fatalities < 0 && ev.injured < 0 && !ev.spans.date.len &&
	    !(kind == c->e->kid[K_PEACEFUL_PROTEST]))
		return SR_OK;
	ev.rule = sr__arena_cat3(&c->doc->arena, "trigger:", te->phrase,
				 extra ? extra : "");
	if (extra && *extra == '+' && !sr__x_starts(extra, "+weapon"))
		conf -= 0.1;
	ev.confidence = conf < 0.05 ? 0.05 : conf > 0.95 ? 0.95 : conf;
	event_id(c, &ev);
	*place_out = place_key(&ev);
	if (sr__buf_append(work, &ev, sizeof(ev)))
		return SR_ENOMEM;
	return SR_OK;
}
/* "A missile hit a hospital in Kyiv. At least 27 people were killed and
 * 82 injured.": a toll with no event word of its own, in the next sentence
 * or the one after, belongs to the event just told when that event has no
 * toll yet and the sentence names no other place.  Fills the counts and
 * returns 1; 0 when the toll is not a continuation. */
/* Copy the death toll (count, range and span) of from into to. */
static void copy_fatalities(struct sr_event *to, const struct sr_event *from)
{
	to->fatalities = from->fatalities;
	to->fatalities_low = from->fatalities_low;
	to->fatalities_high = from->fatalities_high;
	to->spans.fatalities = from->spans.fatalities;
}
/* No count of dead nor of hurt in ev. */
static void set_null_counts(struct sr_event *ev)
{
	ev->fatalities = ev->fatalities_low = ev->fatalities_high =
	    SR_NULL_COUNT;
	ev->injured = ev->injured_low = ev->injured_high = SR_NULL_COUNT;
	ev->spans.fatalities.len = ev->spans.injured.len = 0;
}
/* Copy the injured count (count, range and span) of from into to. */
static void copy_injured(struct sr_event *to, const struct sr_event *from)
{
	to->injured = from->injured;
	to->injured_low = from->injured_low;
	to->injured_high = from->injured_high;
	to->spans.injured = from->spans.injured;
}
/* "The toll has since risen to 16", "police have since put the toll at
 * three", "raised the toll to 34", "the toll stood at 12", "the number
 * of wounded is now three": the sentence
 * corrects the count told before.  *memo keeps the
 * answer (-1 until asked): toll_continues reads it only when the event
 * before has a count already. */
/* 1 if sentence s names the foe as a side's own reports do: "the
 * enemy", "nine occupiers were killed", "invaders". */
static int foe_word(const struct actx *c, const struct sent *s)
{
	return sr__x_has_text(c->text, s->span, "enemy") ||
	       sr__x_has_text(c->text, s->span, "occupiers") ||
	       sr__x_has_text(c->text, s->span, "invaders");
}
static int revises_toll(const struct actx *c, const struct sent *s, int *memo)
{
	static const char *const cues[] = {
		"has since",
		"have since",
		"had since",
		"revised",
		"corrected",
		"rose to",
		"risen to",
		"climbed to",
		"increased to",
		"toll at",
		"now stands",
		"updated",
		"grown to",
		"grew to",
		"rises to",
		"raised the",
		"toll to",
		"stood at",
		"stands at",
		" is now",
		" are now",
		/* "A driver was killed. The city later said three people
		 * had died": the whole toll, told after a part of it */
		"later said",
		"later reported",
		"later confirmed",
	};
	size_t k;

	if (*memo >= 0)
		return *memo;
	*memo = 0;
	for (k = 0; k < SR_ARRAY_LEN(cues) && !*memo; k++)
		*memo = sr__x_has_text(c->text, s->span, cues[k]);
	return *memo;
}
/* 1 if sentence s tells a figure given before the one now known:
 * "Earlier reports had put the toll at two", "Officials initially spoke
 * of three dead", "at first". */
static int superseded_toll(const struct actx *c, const struct sent *s)
{
	static const char *const cues[] = {
		"arlier reports", "nitially",	 "at first",
		"irst reports",	  "had earlier", "reviously",
	};
	/* (not with the newer figure beside it: "Three were initially
	 * reported injured; by morning the number had risen to five") */
	static const char *const later[] = {
		"risen", "rose",  "since", "climbed", "increased",
		"grew",	 "grown", "now",   "later",
	};
	size_t k;

	/* (the cues first: most sentences have none, and then the newer
	 * figure need not be looked for) */
	for (k = 0; k < SR_ARRAY_LEN(cues); k++)
		if (sr__x_has_text(c->text, s->span, cues[k]))
			break;
	if (k == SR_ARRAY_LEN(cues))
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(later); k++)
		if (sr__x_has_text(c->text, s->span, later[k]))
			return 0;
	return 1;
}
/* 1 if sentence s tells dead beyond those told before: "His driver also
 * died", "Another man died in hospital", "A third victim died on
 * Saturday", "A woman died in hospital hours later", "Two of the wounded later
 * died", "Rescuers found two more bodies" (not "more than"). */
/* The offset just past the update mark sentence s opens with, or 0:
 * "UPD: doctors could not save ...", "Update: the toll has risen to 5",
 * with a time or not ("UPD 15:40:", "Update (18.05):"). */
static uint32_t update_mark_end(const struct actx *c, const struct sent *s)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, s->span.off, 0);
	uint32_t end = w.off + w.len;

	if (!w.len || !(sr__word_is(c->text, w, "upd") ||
			sr__word_is(c->text, w, "update") ||
			sr__word_is(c->text, w, "updated")))
		return 0;
	/* (the time: blanks, brackets, digits and their ':' or '.') */
	if (end < lim && (c->text[end] == ' ' || c->text[end] == '(')) {
		uint32_t p = end, digits = 0;

		while (
		    p < lim && p < end + 10 &&
		    (c->text[p] == ' ' || c->text[p] == '(' ||
		     c->text[p] == ')' ||
		     (c->text[p] >= '0' && c->text[p] <= '9') ||
		     ((c->text[p] == ':' || c->text[p] == '.') && p + 1 < lim &&
		      c->text[p + 1] >= '0' && c->text[p + 1] <= '9'))) {
			digits += c->text[p] >= '0' && c->text[p] <= '9';
			p++;
		}
		if (digits >= 3)
			end = p;
	}
	return end < lim && (c->text[end] == ':' || c->text[end] == '.')
		   ? end + 1
		   : 0;
}
/* 1 if sentence s opens with the time of a stock-take, "As of 08:00 on
 * 28 June, 10 people are confirmed dead": like an update line, the
 * totals at that time. */
static int as_of_line(const struct actx *c, const struct sent *s)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, s->span.off, 0);

	if (!sr__word_is(c->text, w, "as"))
		return 0;
	w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return sr__word_is(c->text, w, "of");
}
/* 1 if sentence s opens with an update mark, or follows one that is a
 * sentence of its own ("UPD 06:10. Two dead, eight injured."). */
static int update_line(const struct actx *c, const struct sent *s)
{
	uint32_t e;

	if (update_mark_end(c, s) != 0)
		return 1;
	if (s == c->s || s[-1].para != s->para)
		return 0;
	e = update_mark_end(c, s - 1);
	return e && e + 1 >= s[-1].span.off + s[-1].span.len;
}
/* 1 if a line break comes between sentence q and the one before it. */
static int opens_line(const struct actx *c, const struct sent *q)
{
	uint32_t from = q[-1].span.off + q[-1].span.len;

	return q->span.off > from &&
	       memchr(c->text + from, '\n', q->span.off - from) != NULL;
}
/* 1 if sentence s lies on a line opened by an update mark, as does every
 * sentence after ps up to s that is not on ps's own line ("UPD 11:40:
 * 10 dead. // UPD 14:00: The toll has risen to 14 killed. 61 people
 * wounded."); at most twelve sentences on. */
static int update_follows(const struct actx *c, const struct sent *ps,
			  const struct sent *s)
{
	const struct sent *q = s, *first;

	if (s - ps > 12)
		return 0;
	while (q > ps) {
		for (first = q; first > ps && !opens_line(c, first); first--)
			;
		if (first == ps)
			return q != s; /* back on ps's line */
		if (!update_line(c, first))
			return 0;
		q = first - 1;
	}
	return 1;
}
/* The first word of sentence s past an update mark and an opening
 * "Sadly," ("UPD 15:40: sadly, a second resident has died"). */
static struct sr_span first_word(const struct actx *c, const struct sent *s)
{
	static const char *const sadly[] = { "sadly", "unfortunately",
					     "tragically", "regrettably" };
	uint32_t lim = s->span.off + s->span.len;
	uint32_t from = update_mark_end(c, s);
	struct sr_span w =
	    sr__next_word(c->text, lim, from ? from : s->span.off, 0);

	if (w.len && w.off + w.len < lim && c->text[w.off + w.len] == ',' &&
	    sr__word_in(c->text, w, sadly, SR_ARRAY_LEN(sadly)))
		w = sr__next_word(c->text, lim, w.off + w.len + 1, 0);
	return w;
}
/* If sentence s tells the death of one of the wounded told before,
 * named with "the" ("doctors could not save the 52-year-old man", "The
 * wounded woman died in the ambulance"), 1 + the offset of the word
 * that opens her description ("The"); else 0. */
static uint32_t wounded_one_died(const struct actx *c, const struct sent *s,
				 const struct sr_event *prev)
{
	const struct sr_span dead = prev->spans.fatalities;
	uint32_t i;

	if (!((s->cues >> SR_CUE_KILL) & 1u))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);
		struct sr_span w;
		int k;

		if (e->type != SR_ENT_CUE ||
		    (e->sub != SR_CUE_PERSON && e->sub != SR_CUE_CIVILIAN &&
		     e->sub != SR_CUE_SOLDIER))
			continue;
		/* ("A woman was killed ... The woman died at the scene":
		 * one of the dead told again) */
		if (dead.len == c->m[i].len &&
		    strncasecmp(c->text + dead.off, c->text + c->m[i].off,
				dead.len) == 0)
			continue;
		w.off = c->m[i].off;
		w.len = 0;
		/* ("the 52-year-old man": up to four words back) */
		for (k = 0; k < 4; k++) {
			w = sr__prev_word(c->text, s->span.off, w.off, 0);
			if (!w.len)
				break;
			if (sr__word_is(c->text, w, "the"))
				return w.off + 1;
		}
	}
	return 0;
}
static int tells_more_dead(const struct actx *c, const struct sent *s)
{
	static const char *const nth[] = { "second", "third", "fourth",
					   "fifth" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = first_word(c, s);

	if (sr__x_has_text(c->text, s->span, "also") ||
	    sr__x_has_text(c->text, s->span, "nother ") ||
	    sr__x_has_text(c->text, s->span, " of the wounded") ||
	    sr__x_has_text(c->text, s->span, " of the injured") ||
	    (sr__x_has_text(c->text, s->span, " more ") &&
	     !sr__x_has_text(c->text, s->span, " more than")))
		return 1;
	/* the sentence opens with "Also," or "A third ..." */
	if (!w.len)
		return 0;
	if (sr__word_is(c->text, w, "also"))
		return 1;
	if (!sr__word_is(c->text, w, "a") && !sr__word_is(c->text, w, "an"))
		return 0;
	/* "A woman pulled out of the rubble died in hospital hours later":
	 * one more person, told as dying later */
	if ((sr__x_has_text(c->text, s->span, " died ") ||
	     sr__x_has_text(c->text, s->span, " later died")) &&
	    (sr__x_has_text(c->text, s->span, " later") ||
	     sr__x_has_text(c->text, s->span, "in hospital")))
		return 1;
	w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && sr__word_in(c->text, w, nth, SR_ARRAY_LEN(nth));
}
/* 1 if sentence s may tell more dead with no toll word of its own:
 * " more" in it, "bodies" in the sentence before ("... recovered the
 * bodies of six residents. In the afternoon they found three more"). */
static int more_bodies(const struct actx *c, const struct sent *s)
{
	return s > c->s && ((s[-1].cues >> SR_CUE_KILL) & 1u) &&
	       sr__x_has_text(c->text, s->span, " more") &&
	       sr__x_has_text(c->text, s[-1].span, "bodies");
}
/* "Rescuers recovered the bodies of six residents. In the afternoon
 * they found three more": after a sentence that tells of bodies, a
 * recovery verb and "N more" with no other noun are N more dead, set in
 * ev (1 if so). */
static int found_more(const struct actx *c, struct frame *f,
		      struct sr_event *ev)
{
	static const char *const verbs[] = { "found",	   "recovered",
					     "pulled",	   "retrieved",
					     "discovered", "removed" };
	const struct sent *s = f->s;
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = { s->span.off, 0 };
	int verb = 0;
	size_t q;

	if (!more_bodies(c, s))
		return 0;
	sr__x_frame_numbers(c, f);
	/* "Three more were found on Wednesday morning": the number and
	 * "more" open the sentence, the verb of finding follows */
	for (q = 0; q < f->nnum; q++) {
		const struct sr_number *n = &f->num[q];
		struct sr_span nx;
		int k;

		if (n->span.off !=
			sr__next_word(c->text, lim, s->span.off, 0).off ||
		    n->value < 1 || n->value > 100 || n->ordinal)
			continue;
		nx = sr__next_word(c->text, lim, n->span.off + n->span.len, 0);
		if (!nx.len || !sr__word_is(c->text, nx, "more"))
			break;
		for (k = 0; k < 4; k++) {
			nx = sr__next_word(c->text, lim, nx.off + nx.len, 0);
			if (!nx.len)
				break;
			if (sr__word_in(c->text, nx, verbs,
					SR_ARRAY_LEN(verbs))) {
				ev->fatalities = ev->fatalities_low =
				    ev->fatalities_high = n->value;
				ev->spans.fatalities = n->span;
				return 1;
			}
		}
		break;
	}
	while ((w = sr__next_word_across(c->text, lim, w.off + w.len)).len) {
		if (sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)))
			verb = 1;
		if (!verb)
			continue;
		for (q = 0; q < f->nnum; q++) {
			const struct sr_number *n = &f->num[q];
			struct sr_span nx;

			if (n->span.off != w.off || n->value < 1 ||
			    n->value > 100 || n->ordinal)
				continue;
			nx = sr__next_word(c->text, lim,
					   n->span.off + n->span.len, 0);
			if (!nx.len || !sr__word_is(c->text, nx, "more"))
				return 0;
			nx = sr__next_word(c->text, lim, nx.off + nx.len, 0);
			/* (no noun after it: not "found three more
			 * shells") */
			if (nx.len && nx.off == n->span.off + n->span.len + 6)
				return 0;
			ev->fatalities = ev->fatalities_low =
			    ev->fatalities_high = n->value;
			ev->spans.fatalities = n->span;
			return 1;
		}
	}
	return 0;
}
/* 1 if sentence s tells soldiers' losses of one side as claimed by the
 * other side at war with it: "According to the ministry, the Ukrainian
 * formations lost up to 85 servicemen" after "the Russian Defence
 * Ministry said", "It claimed the attackers had lost up to 100
 * servicemen".  f holds the actors of s. */
static int foe_losses_claimed(const struct actx *c, const struct sent *s,
			      const struct frame *f, const char *prev_a1)
{
	const char *by, *foe;
	size_t i;
	/* (soldiers, or the foe's forces said to have lost men: "She said
	 * Russian forces had lost up to 120 men over the day") */
	int soldiers = (s->cues >> SR_CUE_SOLDIER) & 1u;

	if (!soldiers && !sr__x_has_text(c->text, s->span, " lost "))
		return 0;
	/* (or with no claim word, in the wording of a defence ministry's
	 * tally of the foe it fought: "Over the day, it said, the AFU lost
	 * up to 490 servicemen", after a capture by the state's forces) */
	by = sr__x_claim_iso3(c, s);
	if (!by && prev_a1 && sr__x_has_text(c->text, s->span, " lost up to "))
		by = prev_a1;
	if (!by || !(foe = sr__engine_partner(c->e, by)))
		return 0;
	for (i = 0; i < f->nact; i++)
		if (f->act[i].iso3 && sr__streq(f->act[i].iso3, foe) &&
		    (soldiers || f->act[i].type == SR_ACT_MIL ||
		     f->act[i].type == SR_ACT_HEAD_MIL))
			return 1;
	/* (or named by what they did: "It claimed the attackers had lost
	 * up to 100 servicemen") */
	return sr__x_has_text(c->text, s->span, " attackers") ||
	       sr__x_has_text(c->text, s->span, " assailants") ||
	       sr__x_has_text(c->text, s->span, " invaders") ||
	       sr__x_has_text(c->text, s->span, " occupiers");
}
/* 1 if the attacker of prev itself claims the toll of sentence s
 * ("Ukrainian special forces later claimed that 34 officers had been
 * killed", after a Ukrainian strike). */
static int attacker_claims(const struct actx *c, const struct sent *s,
			   const struct sr_event *prev)
{
	const char *by = sr__x_claim_iso3(c, s);

	return by && prev->actor1_iso3 && sr__streq(by, prev->actor1_iso3) &&
	       sr__x_has_text(c->text, s->span, "claim");
}
/* 1 if sentence s opens on another incident: "Separately, ...",
 * "Elsewhere, ...", "In another incident, ...", "In a separate attack",
 * on an earlier one ("Earlier, the governor reported that two people
 * had been killed on Thursday", "Previously, ...", "Earlier this week")
 * or on a running total ("Since the start of the year 19 people have
 * been killed"). */
static int another_incident(const struct actx *c, const struct sent *s)
{
	static const char *const open[] = { "separately", "elsewhere",
					    "meanwhile", "previously",
					    "since" };
	static const char *const spans[] = { "week", "month", "year" };
	uint32_t end = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, end, s->span.off, 0);

	if (!w.len)
		return 0;
	if (sr__word_in(c->text, w, open, SR_ARRAY_LEN(open)))
		return 1;
	if (sr__word_is(c->text, w, "earlier")) {
		struct sr_span n;

		if (w.off + w.len < end && c->text[w.off + w.len] == ',')
			return 1;
		n = sr__next_word(c->text, end, w.off + w.len, 0);
		return n.len && sr__word_is(c->text, n, "this") &&
		       sr__word_in(
			   c->text,
			   sr__next_word(c->text, end, n.off + n.len, 0), spans,
			   SR_ARRAY_LEN(spans));
	}
	if (!sr__word_is(c->text, w, "in"))
		return 0;
	w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (!w.len || !(sr__word_is(c->text, w, "another") ||
			sr__word_is(c->text, w, "a")))
		return 0;
	if (sr__word_is(c->text, w, "a")) {
		w = sr__next_word(c->text, end, w.off + w.len, 0);
		return w.len && sr__word_is(c->text, w, "separate");
	}
	return 1;
}
/* The value of an ordinal number right before a victim noun in the
 * sentence of frame f ("an 18th victim", "the 40th person"), or 0. */
static int64_t nth_victim(const struct actx *c, struct frame *f)
{
	static const char *const nouns[] = { "victim", "person", "body",
					     "fatality", "death" };
	uint32_t lim = f->s->span.off + f->s->span.len;
	size_t q;

	sr__x_frame_numbers(c, f);
	for (q = 0; q < f->nnum; q++) {
		const struct sr_number *n = &f->num[q];
		struct sr_span w;

		if (!n->ordinal || n->value < 2)
			continue;
		w = sr__next_word(c->text, lim, n->span.off + n->span.len, 0);
		if (w.len &&
		    sr__word_in(c->text, w, nouns, SR_ARRAY_LEN(nouns)))
			return n->value;
	}
	return 0;
}
/* 1 if mention pm is where the hurt were treated: "a woman taken to
 * hospital in Belgorod", "died in a clinic in Kharkiv". */
static int place_of_care(const struct actx *c, const struct sent *s,
			 const struct mention *pm)
{
	static const char *const care[] = { "hospital", "hospitals", "clinic",
					    "morgue" };
	static const char *const moved[] = { "taken",	  "brought",
					     "evacuated", "transferred",
					     "airlifted", "rushed",
					     "flown" };
	static const char *const kind[] = { "regional", "city", "district",
					    "central", "children's" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__prev_word(c->text, s->span.off, pm->span.off, 0);
	struct sr_span n;

	/* "died in hospital in Kharkiv", "both taken to Belgorod" */
	if (sr__word_is(c->text, w, "in") || sr__word_is(c->text, w, "to")) {
		struct sr_span b =
		    sr__prev_word(c->text, s->span.off, w.off, 0);

		return (c->text[w.off] | 0x20) == 'i'
			   ? sr__word_in(c->text, b, care, SR_ARRAY_LEN(care))
			   : sr__word_in(c->text, b, moved,
					 SR_ARRAY_LEN(moved));
	}
	/* "in the Belgorod regional hospital" */
	if (!sr__word_is(c->text, w, "the") && !sr__word_is(c->text, w, "a"))
		return 0;
	n = sr__next_word(c->text, lim, pm->span.off + pm->span.len, 0);
	if (n.len && sr__word_in(c->text, n, kind, SR_ARRAY_LEN(kind)))
		n = sr__next_word(c->text, lim, n.off + n.len, 0);
	return n.len && sr__word_in(c->text, n, care, SR_ARRAY_LEN(care));
}
/* 1 if sentence s tells the toll of prev again in its parts, the dead
 * at the scene and those who died later, adding up to it: "Four
 * civilians died ... Two women were killed at the scene and two of the
 * wounded died in hospital overnight" (tmp holds s's counts). */
static int toll_breakdown(const struct actx *c, const struct sent *s,
			  const struct sr_event *prev,
			  const struct sr_event *tmp)
{
	return tmp->fatalities == prev->fatalities &&
	       (sr__x_has_text(c->text, s->span, " at the scene") ||
		sr__x_has_text(c->text, s->span, " on the spot")) &&
	       !sr__x_has_text(c->text, s->span, " more ");
}
/* 1 if sentence s tells more wounded and no dead: "Rescuers also found
 * a woman with injuries". */
static int more_hurt(const struct actx *c, const struct sent *s)
{
	return ((s->cues >> SR_CUE_INJURE) & 1u) &&
	       !((s->cues >> SR_CUE_KILL) & 1u) &&
	       sr__x_has_text(c->text, s->span, "also");
}
/* toll_continues (told above copy_fatalities): far is 1 when s names the
 * act again with a trigger of kind far_kind ("... injured in the
 * attack"), which reaches the last violent event with no toll however
 * far back in the article, unless it is near enough and of its kind to
 * be merged with it later. */
static int toll_continues(struct actx *c, const struct sent *s,
			  struct sr_buf *work, int far, int far_kind)
{
	struct sr_event *prev, tmp, *icpt = NULL;
	struct frame f;
	const struct sent *ps = NULL;
	const char *incl = NULL;
	uint32_t i;
	int revised = -1, more, chained, incl_found = 0, upd, near;
	uint32_t one_died;

	/* (or "they found three more" after a sentence that told of
	 * bodies: found_more) */
	if (!((s->cues >> SR_CUE_KILL) & 1u) &&
	    !((s->cues >> SR_CUE_INJURE) & 1u) && !more_bodies(c, s))
		return 0;
	if (work->len < sizeof(*prev) || another_incident(c, s))
		return 0;
	prev = (struct sr_event *)(work->data + work->len - sizeof(*prev));
	/* "... attacked Belgorod with rockets. Most were destroyed in the
	 * air, but fragments fell on the centre. 24 people were killed.":
	 * the dead are the strike's, not the interception's */
	/* (and so is a later line that goes on with that toll: "... 17
	 * wounded. UPD: one of the seriously wounded has died") */
	if (work->len >= 2 * sizeof(*prev) &&
	    sr__streq(prev->kind, "interception") &&
	    (sr__streq(prev[-1].kind, "shelling_missile") ||
	     sr__streq(prev[-1].kind, "air_drone_strike"))) {
		const struct sent *p1 = sent_at(c, prev[-1].sentence.off);
		int fresh = prev[-1].fatalities == SR_NULL_COUNT &&
			    prev[-1].injured == SR_NULL_COUNT;
		int goes_on =
		    (prev[-1].fatalities > 0 || prev[-1].injured > 0) &&
		    prev->fatalities == SR_NULL_COUNT &&
		    prev->injured == SR_NULL_COUNT &&
		    strstr(prev[-1].rule, "+toll-next-sentence");

		if (p1 && s > p1 && (fresh || goes_on) &&
		    (s - p1 <= 3 || (goes_on && update_line(c, s))) &&
		    p1->para == s->para)
			icpt = prev--;
	}
	/* "Two women were wounded. A shell hit the dormitory. The
	 * seriously wounded woman has died": one of the wounded of the
	 * event before the last, at the same place */
	if (!icpt && work->len >= 2 * sizeof(*prev) &&
	    prev->injured == SR_NULL_COUNT && prev[-1].injured > 0 &&
	    place_key(prev) == place_key(prev - 1) &&
	    sr__streq(prev->kind, prev[-1].kind) &&
	    wounded_one_died(c, s, prev - 1))
		prev--;
	/* (a toll told of the act named again, "killed in the attack", is
	 * the last violent event's however far on, if it has none yet) */
	if (far) {
		while (!sr__x_kind_violent(
		    c, sr__lex_kind_find(c->lx, prev->kind)))
			if ((const char *)prev-- == work->data)
				return 0;
		if (icpt || prev->fatalities != SR_NULL_COUNT ||
		    prev->injured != SR_NULL_COUNT)
			return 0;
	}
	ps = sent_at(c, prev->sentence.off);
	/* (a toll in the next paragraph is no ceasefire's or deal's: "The
	 * ELN announced a ceasefire. // Gunmen ... killing seven people") */
	if (ps && ps->para != s->para &&
	    !sr__x_kind_violent(c, sr__lex_kind_find(c->lx, prev->kind)))
		return 0;
	/* "A man was killed. A woman died later. Four more are being
	 * treated.": a toll told over sentences reaches one further */
	chained = strstr(prev->rule, "+toll-next-sentence") != NULL;
	/* the same paragraph, or the very next sentence when wire copy
	 * gives each sentence its own paragraph */
	/* (or an update line at the end of the post: "UPD: doctors could
	 * not save the 52-year-old man") */
	/* (or update lines after the post: "UPD 11:40: 10 dead, 20
	 * wounded. UPD 14:00: The toll has risen to 14 killed. 61 people
	 * wounded.", whose figures replace those told before) */
	if (!ps || s <= ps)
		return 0;
	upd =
	    update_follows(c, ps, s) ||
	    (update_line(c, s) && s->para == ps->para && !update_line(c, ps)) ||
	    (s - ps <= 8 && s->para == ps->para && as_of_line(c, s));
	near =
	    s - ps <= 2 + chained &&
	    (ps->para == s->para || (s - ps == 1 && s->para == ps->para + 1));
	/* (near, the sentence's own event of the same kind is merged with
	 * it later, its sayer's claim and all) */
	if (far && near && far_kind == sr__lex_kind_find(c->lx, prev->kind))
		return 0;
	if (!near && !upd && !far &&
	    !(update_line(c, s) && s->para <= ps->para + 1))
		return 0;
	/* "... killing four people. Earlier reports had put the toll at
	 * two": the figure the event's own replaced, kept out */
	if ((prev->fatalities != SR_NULL_COUNT ||
	     prev->injured != SR_NULL_COUNT) &&
	    superseded_toll(c, s))
		return 1;
	/* "... was killed when a bomb went off. His assistant also died.",
	 * "Rescuers found two more bodies": more dead, added to those
	 * told */
	more = prev->fatalities > 0 &&
	       (tells_more_dead(c, s) ||
		(prev->injured > 0 && wounded_one_died(c, s, prev))) &&
	       !revises_toll(c, s, &revised);
	/* (an update's figures are the new totals, unless it tells more
	 * dead: "UPD: a second woman has died") */
	if (upd && !more)
		revised = 1;
	/* "the toll has risen to 17 ... an 18th victim has died": the
	 * ordinal of the victim who died is the new toll */
	if ((s->cues >> SR_CUE_KILL) & 1u) {
		struct sr_event *tolled = prev;
		int64_t nth;

		/* (the toll may be the event's before the last: "... has
		 * risen to 17. Three missiles came down near the square.
		 * An 18th victim has died.") */
		if (tolled->fatalities <= 0 &&
		    (const char *)tolled > work->data) {
			const struct sent *ts =
			    sent_at(c, tolled[-1].sentence.off);

			if (ts && ts->para == ps->para && s - ts <= 3)
				tolled--;
		}
		sr__x_frame_clear(&f);
		f.s = s;
		f.lim = s->span;
		nth = tolled->fatalities > 0 ? nth_victim(c, &f) : 0;
		if (nth > 0 && nth > tolled->fatalities &&
		    nth <= tolled->fatalities + 10) {
			tolled->fatalities = tolled->fatalities_low =
			    tolled->fatalities_high = nth;
			return 1;
		}
	}
	if (prev->fatalities != SR_NULL_COUNT &&
	    prev->injured != SR_NULL_COUNT && !more && !more_hurt(c, s) &&
	    !revises_toll(c, s, &revised))
		return 0;
	for (i = s->p0; i < s->p1; i++) {
		const struct mention *pm = &c->pm[i];
		struct sr_event pe;

		if (pm->place == UINT32_MAX || pm->is_country ||
		    names_a_body(c, s, pm) || capital_speaks(c, s, pm) ||
		    side_of(c, s, pm) || place_of_care(c, s, pm))
			continue;
		/* "seven were killed, including two in Lutsk": a part of
		 * the toll told, not another event (the first "including"
		 * of the sentence, found once, before the place's name) */
		if (!incl_found) {
			incl = sr__x_find_text(c->text, s->span, "including");
			incl_found = 1;
		}
		if (incl &&
		    incl + sizeof("including") - 1 <= c->text + pm->span.off)
			continue;
		sr__event_init(&pe);
		sr__place_to_event(c, pm, &pe);
		/* (or the place of the interception told after the strike:
		 * "... were destroyed on the approaches to Kyiv. Falling
		 * debris damaged a school in the Obolonskyi district") */
		if (place_key(&pe) != place_key(prev) && pm->precision <= 2 &&
		    !(icpt && place_key(&pe) == place_key(icpt)))
			return 0; /* another place: another event */
	}
	sr__x_frame_clear(&f);
	f.s = s;
	f.lim = s->span;
	/* "Nigerian troops killed 30 militants": a state the event before
	 * does not involve acts here; another event */
	f.kind = sr__lex_kind_find(c->lx, prev->kind);
	sr__x_collect_actors(c, &f);
	for (i = 0; i < f.nact; i++)
		if (f.act[i].iso3 && !f.act[i].victim &&
		    (f.act[i].type == SR_ACT_HEAD_MIL ||
		     f.act[i].type == SR_ACT_MIL) &&
		    (!prev->actor1_iso3 ||
		     !sr__streq(f.act[i].iso3, prev->actor1_iso3)) &&
		    (!prev->actor2_iso3 ||
		     !sr__streq(f.act[i].iso3, prev->actor2_iso3)))
			return 0;
	sr__event_init(&tmp);
	sr__x_read_counts(c, &f, &tmp);
	if (prev->fatalities > 0 && tmp.fatalities == SR_NULL_COUNT &&
	    tmp.injured == SR_NULL_COUNT && found_more(c, &f, &tmp))
		more = 1;
	if (tmp.fatalities == SR_NULL_COUNT && tmp.injured == SR_NULL_COUNT)
		return 0;
	/* "Over the past day the enemy lost up to 90 servicemen, the
	 * ministry said": in a war between states a side's count of its
	 * foe's losses is only an upper bound, as in the event's own
	 * sentence */
	/* (with no target side named, the attacker's foe in its war:
	 * "Ukrainian special forces later claimed that 34 officers had
	 * been killed") */
	/* (and with no side named for the event: "Our defenders repelled
	 * 31 of the attacks. The enemy has lost 290 personnel") */
	if (tmp.fatalities != SR_NULL_COUNT &&
	    ((prev->actor1_iso3 &&
	      sr__engine_partner(c->e, prev->actor1_iso3) &&
	      (!prev->actor2_iso3 ||
	       sr__streq(sr__engine_partner(c->e, prev->actor1_iso3),
			 prev->actor2_iso3)) &&
	      (foe_word(c, s) ||
	       foe_losses_claimed(c, s, &f, prev->actor1_iso3) ||
	       attacker_claims(c, s, prev))) ||
	     (!prev->actor1_iso3 &&
	      (sr__x_sentence_has_cue(c, s, SR_CUE_SOLDIER) ||
	       sr__x_has_text(c->text, s->span, " personnel")) &&
	      !sr__x_sentence_has_cue(c, s, SR_CUE_CIVILIAN) &&
	      (foe_word(c, s) ||
	       foe_losses_claimed(c, s, &f, prev->actor1_iso3))))) {
		if (prev->fatalities == SR_NULL_COUNT &&
		    prev->fatalities_high == SR_NULL_COUNT) {
			prev->fatalities_high =
			    tmp.fatalities_high > tmp.fatalities
				? tmp.fatalities_high
				: tmp.fatalities;
			prev->spans.fatalities = tmp.spans.fatalities;
		}
		tmp.fatalities = SR_NULL_COUNT;
		if (tmp.injured == SR_NULL_COUNT)
			return 1;
	}
	/* (as is "the seriously wounded woman has died", whose "wounded"
	 * counts no one new; asked before her death is copied in) */
	one_died = tmp.fatalities > 0 && prev->injured >= tmp.fatalities
		       ? wounded_one_died(c, s, prev)
		       : 0;
	if (tmp.fatalities != SR_NULL_COUNT &&
	    (prev->fatalities == SR_NULL_COUNT ||
	     revises_toll(c, s, &revised))) {
		copy_fatalities(prev, &tmp);
	} else if (more && tmp.fatalities > 0 &&
		   !toll_breakdown(c, s, prev, &tmp)) {
		prev->fatalities += tmp.fatalities;
		if (prev->fatalities_low != SR_NULL_COUNT)
			prev->fatalities_low +=
			    tmp.fatalities_low != SR_NULL_COUNT
				? tmp.fatalities_low
				: tmp.fatalities;
		if (prev->fatalities_high != SR_NULL_COUNT)
			prev->fatalities_high +=
			    tmp.fatalities_high != SR_NULL_COUNT
				? tmp.fatalities_high
				: tmp.fatalities;
	}
	/* "Two of the wounded later died": no longer among the injured */
	if (tmp.fatalities > 0 && (tmp.injured == SR_NULL_COUNT || one_died) &&
	    prev->injured >= tmp.fatalities &&
	    (sr__x_has_text(c->text, s->span, " of the wounded") ||
	     sr__x_has_text(c->text, s->span, " of the injured") || one_died))
		sr__x_less_injured(prev, tmp.fatalities);
	/* (her "wounded" is no one new; "... also found a woman with
	 * injuries" after it still is) */
	if (one_died && tmp.spans.injured.off + 1 >= one_died &&
	    tmp.spans.injured.off < one_died + 40)
		tmp.injured = SR_NULL_COUNT;
	if (tmp.injured != SR_NULL_COUNT &&
	    (prev->injured == SR_NULL_COUNT || revises_toll(c, s, &revised)))
		copy_injured(prev, &tmp);
	else if (tmp.injured > 0 && prev->injured >= 0 && more_hurt(c, s))
		prev->injured += tmp.injured;
	if (!prev->actor2 && ((s->cues >> SR_CUE_CIVILIAN) & 1u) &&
	    prev->country &&
	    sr__x_kind_violent(c, sr__lex_kind_find(c->lx, prev->kind))) {
		prev->actor2 = sr__arena_printf(
		    &c->doc->arena, "Civilians (%s)", prev->country);
		prev->actor2_iso3 = prev->iso3;
	}
	prev->rule = sr__arena_printf(&c->doc->arena, "%s+toll-next-sentence",
				      prev->rule);
	return 1;
}
/* The event just told, when its attacker was not named in its own words
 * (none, or only inferred) and, if violent_only, it is political
 * violence: one a later sentence may name the attacker of.  Else NULL. */
static struct sr_event *open_event(struct sr_buf *work, int violent_only)
{
	struct sr_event *prev;

	if (work->len < sizeof(*prev))
		return NULL;
	prev = (struct sr_event *)(work->data + work->len - sizeof(*prev));
	if (prev->actor1 && prev->spans.actor1.len)
		return NULL;
	if (violent_only &&
	    (!prev->disorder_type ||
	     !sr__streq(prev->disorder_type, "Political violence")))
		return NULL;
	return prev;
}
/* 1 if sentence s comes right after the sentence of event ev. */
static int right_after(const struct sr_event *ev, const struct sent *s)
{
	uint32_t end = ev->sentence.off + ev->sentence.len;

	return end <= s->span.off && s->span.off - end <= 3;
}
/* The actors of sentence s, read as for an event of ev's kind. */
static void sentence_actors(const struct actx *c, const struct sent *s,
			    const struct sr_event *ev, struct frame *f)
{
	sr__x_frame_clear(f);
	f->s = s;
	f->lim = s->span;
	f->kind = sr__lex_kind_find(c->lx, ev->kind);
	sr__x_collect_actors(c, f);
}
/* Actor a of frame f becomes ev's attacker; why is added to its rule.
 * Returns 0 when a names no actor. */
static int name_attacker(struct actx *c, const struct frame *f,
			 const struct actor *a, struct sr_event *ev,
			 const char *why)
{
	ev->actor1 = sr__x_actor_name(c, a, f->kind, ev, &ev->actor1_iso3);
	if (!ev->actor1)
		return 0;
	ev->spans.actor1 = a->span;
	ev->rule = sr__arena_printf(&c->doc->arena, "%s+%s", ev->rule, why);
	return 1;
}
/* 1 if s is the second or third sentence after event ev's in its
 * paragraph ("... killing a general. Russia's Investigative Committee
 * opened a case. A source in the SBU said the service had carried out
 * the killing"; "... a drone had struck the dome. The team confirmed
 * damage. Safety was not compromised. The plant's management said
 * Ukrainian forces had carried out the attack"). */
static int claim_within_three(const struct actx *c, const struct sr_event *ev,
			      const struct sent *s)
{
	const struct sent *es = sent_at(c, ev->sentence.off);

	return es && s > es && s - es <= 3 && es->para == s->para;
}
/* "A car bomb killed an official in Melitopol. Ukrainian partisans claimed
 * responsibility.": the group claiming the event just told is its actor1
 * when none was named.  Returns 1 if it filled it. */
/* 1 if the words after the actor at sp open an apposition set off by
 * commas (", units of Russian citizens that fight on Ukraine's side,"),
 * perhaps after a second name joined by "and". */
static int apposition_after(const struct actx *c, const struct sent *s,
			    struct sr_span sp)
{
	uint32_t lim = s->span.off + s->span.len, p = sp.off + sp.len;
	const char *q;

	q = memchr(c->text + p, ',', lim - p);
	if (!q || q - (c->text + p) > 50)
		return 0;
	p = (uint32_t)(q - c->text) + 1;
	q = memchr(c->text + p, ',', lim - p);
	return q && q - (c->text + p) <= 90;
}
/* 1 if the actor at a is told as the one whose operation or work the
 * event was: "was an SBU operation", "was a special operation of the
 * HUR", "was the work of local partisans". */
static int operation_of(const struct actx *c, const struct sent *s,
			struct sr_span a)
{
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span b = sr__prev_word(c->text, s->span.off, a.off, 0);
	struct sr_span n = sr__next_word(c->text, lim, a.off + a.len, 0);
	struct sr_span bb;

	/* ("the work of local partisans") */
	if (b.len && c->text[b.off] >= 'a' && c->text[b.off] <= 'z' &&
	    !sr__word_is(c->text, b, "of") && !sr__word_is(c->text, b, "a") &&
	    !sr__word_is(c->text, b, "an"))
		b = sr__prev_word(c->text, s->span.off, b.off, 0);
	bb = b.len ? sr__prev_word(c->text, s->span.off, b.off, 0) : b;
	/* "the work of partisans", "an operation of the SBU" */
	if (sr__word_is(c->text, b, "of") &&
	    (sr__word_is(c->text, bb, "work") ||
	     sr__word_is(c->text, bb, "operation")))
		return 1;
	/* "was an SBU operation", "was a HUR special operation" */
	if (sr__word_is(c->text, n, "special"))
		n = sr__next_word(c->text, lim, n.off + n.len, 0);
	return (sr__word_is(c->text, b, "an") ||
		sr__word_is(c->text, b, "a")) &&
	       sr__word_is(c->text, bb, "was") &&
	       sr__word_is(c->text, n, "operation");
}
/* 1 if the words at off name a body told before by its common noun:
 * "the service", "the agency", "the directorate". */
static int by_the_body(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const body[] = { "service", "agency",
					    "directorate" };
	uint32_t lim = s->span.off + s->span.len;
	struct sr_span w = sr__next_word(c->text, lim, off, 0);

	if (!w.len || !sr__word_is(c->text, w, "the"))
		return 0;
	w = sr__next_word(c->text, lim, w.off + w.len, 0);
	return w.len && sr__word_in(c->text, w, body, SR_ARRAY_LEN(body));
}
static int responsibility_continues(struct actx *c, const struct sent *s,
				    struct sr_buf *work)
{
	struct sr_event *prev;
	struct frame f;
	uint32_t i;
	size_t k;
	int behind, op;

	/* the cheap tests first: most sentences follow no open event (or
	 * one whose attacker is only "armed men", whom a claim names:
	 * "Armed men ... fought Russian border guards. The Russian
	 * Volunteer Corps ... claimed responsibility") */
	prev = open_event(work, 0);
	if (!prev && work->len >= sizeof(*prev)) {
		prev =
		    (struct sr_event *)(work->data + work->len - sizeof(*prev));
		if (!prev->actor1 ||
		    !sr__x_starts(prev->actor1, "Unidentified"))
			prev = NULL;
	}
	if (!prev || !(right_after(prev, s) || claim_within_three(c, prev, s)))
		return 0;
	/* (" behind the " and " behind it" only where " behind " is: one
	 * search for most sentences, which have neither) */
	behind = (sr__x_has_text(c->text, s->span, " behind ") &&
		  (sr__x_has_text(c->text, s->span, " behind the ") ||
		   sr__x_has_text(c->text, s->span, " behind it"))) ||
		 sr__x_has_text(c->text, s->span, " carried out the ");
	op = sr__x_has_text(c->text, s->span, " operation") ||
	     sr__x_has_text(c->text, s->span, " work of ");
	if (!behind && !op &&
	    !sr__x_has_text(c->text, s->span, "responsibility") &&
	    !sr__x_has_text(c->text, s->span, " carried out by "))
		return 0;
	sentence_actors(c, s, prev, &f);
	/* "the killing was an SBU operation", "the blast was the work of
	 * partisans" */
	for (k = 0; op && k < f.nact; k++)
		if (f.act[k].type != SR_ACT_CIV && !f.act[k].victim &&
		    operation_of(c, s, f.act[k].span) &&
		    name_attacker(c, &f, &f.act[k], prev, "responsibility"))
			return 1;
	/* "a source in the SBU said the operation was carried out by the
	 * SBU": the one right after the passive's "by" */
	{
		const char *by =
		    sr__x_find_text(c->text, s->span, " carried out by ");

		for (k = 0; by && k < f.nact; k++) {
			const struct actor *a = &f.act[k];
			uint32_t after = (uint32_t)(by - c->text) +
					 sizeof(" carried out by ") - 1;

			if (a->span.off >= after &&
			    sr__x_words_between(c->text, after, a->span.off) <=
				1 &&
			    name_attacker(c, &f, a, prev, "responsibility"))
				return 1;
		}
		/* "a source in Ukraine's SBU told media the operation had
		 * been carried out by the service": the body named before,
		 * told again by its common noun */
		if (by && by_the_body(c, s,
				      (uint32_t)(by - c->text) +
					  sizeof(" carried out by ") - 1))
			for (k = 0; k < f.nact; k++) {
				const struct actor *a = &f.act[k];

				if (a->span.off < (uint32_t)(by - c->text) &&
				    a->type != SR_ACT_CIV && !a->victim &&
				    a->iso3 &&
				    name_attacker(c, &f, a, prev,
						  "responsibility"))
					return 1;
			}
	}
	for (k = 0; k < f.nact; k++) {
		const struct actor *a = &f.act[k];
		uint32_t lim = a->span.off + a->span.len + 60;

		/* (not civilians, nor people in an apposition: "The Russian
		 * Volunteer Corps and the Freedom of Russia Legion, units of
		 * Russian citizens that fight on Ukraine's side, claimed
		 * responsibility": the subject before it, past one
		 * apposition set off by commas) */
		if (a->type == SR_ACT_CIV || a->victim)
			continue;
		if (k + 1 < f.nact && apposition_after(c, s, a->span))
			lim += 100;
		/* "... claimed responsibility", "the Ukrainian service was
		 * behind the operation", "a source in the SBU told reporters
		 * the service had carried out the operation" */
		for (i = a->span.off + a->span.len;
		     i < s->span.off + s->span.len && i < lim; i++)
			if (memcmp(c->text + i, "responsibility", 14) == 0 ||
			    (behind &&
			     (memcmp(c->text + i, " behind the ", 12) == 0 ||
			      memcmp(c->text + i, " carried out the ", 17) ==
				  0 ||
			      /* "the service was behind it." */
			      (memcmp(c->text + i, " behind it", 10) == 0 &&
			       !sr__text_alpha(
				   (unsigned char)c->text[i + 10])))))
				break;
		if (i >= s->span.off + s->span.len || i >= lim)
			continue;
		/* (the side named nearest before the words, in their
		 * clause, is their subject: "the plant's Russian-installed
		 * management said Ukrainian forces had carried out the
		 * attack") */
		{
			size_t k2;

			for (k2 = k + 1; k2 < f.nact; k2++)
				if (f.act[k2].span.off < i &&
				    f.act[k2].type != SR_ACT_CIV &&
				    !f.act[k2].victim &&
				    !memchr(c->text + f.act[k2].span.off, ',',
					    i - f.act[k2].span.off))
					break;
			if (k2 < f.nact)
				continue;
		}
		if (name_attacker(c, &f, a, prev, "responsibility"))
			return 1;
	}
	return 0;
}
/* 1 if a saying verb is the word at or after off in s ("blamed Kyiv
 * and said"). */
static int said_after(const struct actx *c, const struct sent *s, uint32_t off)
{
	static const char *const say[] = { "said", "says",    "added",
					   "told", "claimed", "reported" };
	struct sr_span w =
	    sr__next_word(c->text, s->span.off + s->span.len, off, 0);

	return w.len && sr__word_in(c->text, w, say, SR_ARRAY_LEN(say));
}
/* 1 if text[lo, hi) (at most 60 bytes) says who sent the ones blamed:
 * "saboteurs acting on the orders of", "agents working for", "a group
 * sent by". */
static int on_orders_of(const struct actx *c, uint32_t lo, uint32_t hi)
{
	struct sr_span between = { lo, hi - lo };

	return hi - lo <= 60 &&
	       (sr__x_has_text(c->text, between, "orders of") ||
		sr__x_has_text(c->text, between, "working for") ||
		sr__x_has_text(c->text, between, "sent by") ||
		sr__x_has_text(c->text, between, "on behalf of") ||
		sr__x_has_text(c->text, between, "recruited by"));
}
/* "...rained down on central Belgorod. Russian officials blamed Ukraine's
 * armed forces.": the sentence right after a violent event with no
 * attacker, whose only event is the blame, names the attacker (the one
 * blamed) and who says so.  Returns 1 when it did. */
static int blame_continues(struct actx *c, const struct sent *s, int ti,
			   int kind, struct sr_buf *work)
{
	struct sr_event *prev;
	struct frame f;
	size_t i;
	uint32_t end = c->m[ti].off + c->m[ti].len;

	if (kind != c->e->kid[K_ACCUSATION])
		return 0;
	prev = open_event(work, 1);
	if (!prev || !right_after(prev, s))
		return 0;
	sentence_actors(c, s, prev, &f);
	for (i = 0; i < f.nact; i++) {
		const struct actor *a = &f.act[i];

		uint32_t aend = a->span.off + a->span.len;
		struct sr_span nw;

		/* the one blamed: right after the verb, and blamed for
		 * this ("... blamed Ukraine's armed forces.", "blamed Kyiv
		 * for the strike"), not accused of something else */
		if (a->span.off < end ||
		    (sr__x_words_between(c->text, end, a->span.off) > 1 &&
		     !on_orders_of(c, end, a->span.off)))
			continue;
		nw = sr__next_word(c->text, s->span.off + s->span.len, aend, 0);
		/* "blamed saboteurs acting on the orders of the Kyiv
		 * regime; nobody was hurt": the clause ends with the one
		 * blamed */
		if (aend < s->span.off + s->span.len && c->text[aend] != ' ')
			nw.len = 0;
		if (nw.len && !sr__word_is(c->text, nw, "for") &&
		    !(sr__word_is(c->text, nw, "and") &&
		      said_after(c, s, nw.off + nw.len)))
			continue;
		if (!name_attacker(c, &f, a, prev, "blamed"))
			continue;
		/* "... blamed the Armed Forces of Ukraine and said 25 people
		 * had been killed": the toll told with the blame */
		if (prev->fatalities == SR_NULL_COUNT &&
		    prev->injured == SR_NULL_COUNT &&
		    (((s->cues >> SR_CUE_KILL) & 1u) ||
		     ((s->cues >> SR_CUE_INJURE) & 1u))) {
			struct sr_event tmp;

			sr__event_init(&tmp);
			sr__x_read_counts(c, &f, &tmp);
			copy_fatalities(prev, &tmp);
			copy_injured(prev, &tmp);
		}
		if (!prev->claimed_by && f.nact && i > 0) {
			prev->claimed_by = sr__arena_strndup(
			    &c->doc->arena, c->text + f.act[0].span.off,
			    f.act[0].span.len);
			prev->spans.claim = f.act[0].span;
			prev->status = SR_STATUS_CLAIMED;
		}
		return 1;
	}
	return 0;
}
/* "...after a drone attack on the refinery. Ukraine's security service
 * said the SBU had sent the drones.", "It was a Kh-22 missile launched by
 * Russian bombers": the sentence right after a violent event with no
 * attacker names who sent, launched, fired or planted the weapon, and
 * tells no other event.  Returns 1 when it named the attacker. */
static int agent_continues(struct actx *c, const struct sent *s, int ti,
			   int kind, struct sr_buf *work)
{
	struct sr_event *prev;
	struct frame f;
	const struct sent *ps = NULL;
	const struct actor *a;

	prev = open_event(work, 1);
	if (!prev)
		return 0;
	ps = sent_at(c, prev->sentence.off);
	/* one of the three sentences after it, in its paragraph */
	if (!ps || s <= ps || s - ps > 3 || ps->para != s->para)
		return 0;
	/* its own event word, if any, must tell the same kind of event or
	 * be the launching itself */
	if (ti >= 0 && strcmp(sr__lex_kind(c->lx, kind)->name, prev->kind) &&
	    !sr__x_launch_verb(c->text, c->m[ti].off, c->m[ti].len))
		return 0;
	/* "The number killed in the strike on Kupiansk has risen to 6. On
	 * Friday Russian troops fired rockets at the town; 20 people were
	 * hurt.": a sentence that tells the event again with a date or a
	 * count of its own is emitted, to be folded into it with them */
	if (ti >= 0 && !prev->spans.date.len) {
		const struct sr_date_expr *dt;

		if (sr__x_sent_dates(c, s, &dt))
			return 0;
	}
	sentence_actors(c, s, prev, &f);
	a = sr__x_launcher(c, &f);
	return a && name_attacker(c, &f, a, prev, "agent-next");
}
/* "Robotyne has been liberated. Our troops have fully cleared the
 * village ..., Deputy Defence Minister Hanna Maliar said": a sentence
 * right after a violent event with no attacker, telling of "our troops"
 * in the words of a speaker whose side is known, makes that side the
 * attacker. */
static void our_troops_continue(struct actx *c, const struct sent *s,
				struct sr_buf *work)
{
	/* ("our" or "Our": the first letter is tested apart) */
	static const char *const ours[] = { "ur troops",    "ur forces",
					    "ur defenders", "ur soldiers",
					    "ur units",	    "ur fighters" };
	struct sr_event *prev = open_event(work, 1);
	const struct sent *ps;
	struct sr_event tmp;
	struct frame f;
	size_t k;
	uint32_t i;

	if (!prev || prev->actor1)
		return;
	ps = sent_at(c, prev->sentence.off);
	if (!ps || s <= ps || s - ps > 2 || ps->para != s->para)
		return;
	for (k = 0; k < SR_ARRAY_LEN(ours); k++) {
		const char *q = sr__x_find_text(c->text, s->span, ours[k]);

		if (q && q > c->text + s->span.off && (q[-1] | 0x20) == 'o')
			break;
	}
	if (k == SR_ARRAY_LEN(ours) || s->m0 >= s->m1)
		return;
	/* the speaker, then an actor of a known side within its words
	 * ("Ukraine's deputy defence minister") */
	sr__x_frame_clear(&f);
	f.s = s;
	f.lim = s->span;
	f.trig = s->m0;
	sr__event_init(&tmp);
	sr__x_read_status(c, &f, &tmp);
	if (!tmp.spans.claim.len)
		return;
	sentence_actors(c, s, prev, &f);
	for (i = 0; i < f.nact; i++)
		if (f.act[i].iso3 && !f.act[i].victim &&
		    f.act[i].span.off >= tmp.spans.claim.off &&
		    f.act[i].span.off + f.act[i].span.len <=
			tmp.spans.claim.off + tmp.spans.claim.len)
			break;
	if (i == f.nact || !name_attacker(c, &f, &f.act[i], prev, "our-troops"))
		return;
	if (!prev->actor2)
		sr__x_infer_sides(c, f.kind, prev);
	/* (a gain's sub-type follows its attacker) */
	apply_kind(c, f.kind, prev);
}
/* 1 if the trigger match i is a definite noun phrase: "the fighting",
 * "this attack". */
static int definite_trigger(const struct actx *c, const struct sent *s, int i)
{
	static const char *const det[] = { "the", "this", "that" };
	struct sr_span w = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);

	return sr__match_entry(c, (uint32_t)i)->pos == 'n' && w.len &&
	       sr__word_in(c->text, w, det, SR_ARRAY_LEN(det));
}
/* 1 if trigger i is a participle opening its clause after a comma
 * ("..., attacking Ukrainian positions in the west of the city"): it
 * tells more of the act of the clause before, with no subject of its
 * own. */
static int participle_opens(const struct actx *c, const struct sent *s, int i)
{
	const struct sr_match *m = &c->m[i];
	struct sr_span cl = sr__x_clause_of(c, s, m->off);
	struct sr_span w = sr__next_word(c->text, m->off + m->len, cl.off, 0);

	return cl.off > s->span.off && c->text[cl.off - 1] == ',' &&
	       w.off == m->off && m->len > 4 &&
	       memcmp(c->text + m->off + m->len - 3, "ing", 3) == 0 &&
	       sr__match_entry(c, (uint32_t)i)->pos == 'v';
}
/* 1 if event ev names no side and no toll of its own in its sentence
 * ("..., and street fighting was under way"); drop_told_again asks for
 * no place as well. */
static int bare_event(const struct sr_event *ev)
{
	return !ev->spans.actor1.len && !ev->spans.actor2.len &&
	       !ev->spans.fatalities.len && !ev->spans.injured.len;
}
/* "Wagner fighters pressed their assault on Bakhmut, and Ukrainian
 * officers described the fighting near the town as the heaviest": two
 * events of one kind in a sentence, one of them pointed back to ("the
 * fighting", "and street fighting was under way") with no place of its
 * own, or naming nothing of its own, are one event; the other is
 * kept.  ev holds the two events of triggers ti and ti2, in the order
 * emitted. */
static void drop_told_again(const struct actx *c, const struct sent *s, int ti,
			    int ti2, struct sr_event *ev, struct sr_buf *work)
{
	int back1 = (definite_trigger(c, s, ti) || participle_opens(c, s, ti) ||
		     bare_event(&ev[0])) &&
		    !ev[0].spans.place.len;
	int back2 = (definite_trigger(c, s, ti2) ||
		     participle_opens(c, s, ti2) || bare_event(&ev[1])) &&
		    !ev[1].spans.place.len;

	struct sr_event *keep = back1 ? &ev[1] : &ev[0];
	const struct sr_event *gone = back1 ? &ev[0] : &ev[1];

	if (!sr__streq(ev[0].kind, ev[1].kind) || back1 == back2)
		return;
	/* "... three soldiers were killed in the fighting": the toll told
	 * with the pointer is the event's */
	if (keep->fatalities == SR_NULL_COUNT &&
	    keep->fatalities_high == SR_NULL_COUNT &&
	    (gone->fatalities != SR_NULL_COUNT ||
	     gone->fatalities_high != SR_NULL_COUNT))
		copy_fatalities(keep, gone);
	if (keep->injured == SR_NULL_COUNT &&
	    keep->injured_high == SR_NULL_COUNT &&
	    (gone->injured != SR_NULL_COUNT ||
	     gone->injured_high != SR_NULL_COUNT))
		copy_injured(keep, gone);
	/* "..., attacking Ukrainian positions": the side attacked */
	if (!keep->actor2 && gone->actor2 && keep->actor1_iso3 &&
	    gone->actor1_iso3 &&
	    sr__streq(keep->actor1_iso3, gone->actor1_iso3)) {
		keep->actor2 = gone->actor2;
		keep->actor2_iso3 = gone->actor2_iso3;
		keep->spans.actor2 = gone->spans.actor2;
	}
	if (back1)
		ev[0] = ev[1];
	work->len -= sizeof(struct sr_event);
}
/* "An investigation has been launched into the execution of prisoners
 * of war by Russian servicemen. According to the investigation, on 23
 * November, near Toretsk, the occupiers captured five defenders and
 * shot them.": an event named by a noun with no date, toll or place of
 * its own (or only its region), then, a sentence or two on, one of its
 * kind that has a date or a place of its own, in that region, is that
 * event told in full; the first goes.  s: the sentence that just gave
 * the last event of work. */
static void vague_told_again(const struct actx *c, const struct sent *s,
			     struct sr_buf *work)
{
	struct sr_event *b, *a;
	const struct sent *as;
	uint32_t i;

	if (work->len < 2 * sizeof(*b))
		return;
	b = (struct sr_event *)(work->data + work->len - sizeof(*b));
	a = b - 1;
	as = sent_at(c, a->sentence.off);
	if (!as || as >= s || s - as > 2 || as->para + 1 < s->para ||
	    another_incident(c, s) || !sr__streq(a->kind, b->kind) ||
	    !sr__x_kind_violent(c, sr__lex_kind_find(c->lx, a->kind)))
		return;
	for (i = as->m0; i < as->m1; i++)
		if (c->m[i].off == a->spans.trigger.off &&
		    c->m[i].len == a->spans.trigger.len &&
		    sr__match_entry(c, i)->type == SR_ENT_TRIGGER)
			break;
	if (i == as->m1 || sr__match_entry(c, i)->pos != 'n' ||
	    a->spans.date.len || a->fatalities != SR_NULL_COUNT ||
	    a->injured != SR_NULL_COUNT ||
	    !(b->spans.date.len || b->spans.place.len) ||
	    b->geo_precision < 1 || b->geo_precision > 2)
		return;
	if (a->location && (a->geo_precision != 3 || !a->admin1 || !b->admin1 ||
			    !sr__streq(a->admin1, b->admin1)))
		return;
	if (!b->actor1 && a->actor1) {
		b->actor1 = a->actor1;
		b->actor1_iso3 = a->actor1_iso3;
		b->spans.actor1 = a->spans.actor1;
	}
	*a = *b;
	work->len -= sizeof(*b);
}
/* "Two people were wounded after Russian aircraft dropped guided bombs
 * on the town. The strikes took place on Tuesday.", "The attack happened
 * in Beryslav.": a sentence right after an event that points back to it
 * ("the strikes", "this attack") and says when or where it took place
 * gives that event's date and place.  Returns 1 when it did. */
static int detail_continues(struct actx *c, const struct sent *s,
			    struct sr_buf *work)
{
	static const char *const det[] = { "the", "this", "that" };
	static const char *const verbs[] = { "took", "happened", "occurred" };
	uint32_t end = s->span.off + s->span.len, i;
	struct sr_event *prev;
	const struct sr_date_expr *dt;
	struct sr_span w, n;
	int done = 0;

	if (work->len < sizeof(*prev))
		return 0;
	prev = (struct sr_event *)(work->data + work->len - sizeof(*prev));
	if (!right_after(prev, s))
		return 0;
	w = sr__next_word(c->text, end, s->span.off, 0);
	/* past "According to the investigation," */
	if (w.len && sr__word_is(c->text, w, "according")) {
		const char *q = memchr(c->text + w.off, ',', end - w.off);

		if (q)
			w = sr__next_word(c->text, end,
					  (uint32_t)(q - c->text) + 1, 0);
	}
	if (!w.len || !sr__word_in(c->text, w, det, SR_ARRAY_LEN(det)))
		return 0;
	n = sr__next_word(c->text, end, w.off + w.len, 0);
	/* "The killing took place on Monday": the one toll word, the
	 * event's own name, tells no toll */
	if (((s->cues >> SR_CUE_KILL) & 1u) ||
	    ((s->cues >> SR_CUE_INJURE) & 1u)) {
		for (i = s->m0; i < s->m1; i++) {
			const struct sr_entry *e = sr__match_entry(c, i);

			/* (nor "the killing of prisoners of war", the
			 * deed named again) */
			if (e->type == SR_ENT_CUE &&
			    (e->sub == SR_CUE_KILL ||
			     e->sub == SR_CUE_INJURE) &&
			    !(c->m[i].off == n.off && c->m[i].len == n.len &&
			      e->sub == SR_CUE_KILL) &&
			    !(e->sub == SR_CUE_KILL &&
			      sr__x_starts(e->phrase, "killing") &&
			      sr__word_is(c->text,
					  sr__prev_word(c->text, s->span.off,
							c->m[i].off, 0),
					  "the")))
				return 0;
		}
	}
	for (i = s->m0; i < s->m1 && c->m[i].off <= n.off; i++)
		if (c->m[i].off == n.off &&
		    (sr__match_entry(c, i)->type == SR_ENT_TRIGGER ||
		     sr__match_entry(c, i)->type == SR_ENT_WEAPON ||
		     (sr__match_entry(c, i)->type == SR_ENT_CUE &&
		      sr__match_entry(c, i)->sub == SR_CUE_KILL)))
			break;
	/* (the plural names the deed as well: "The killings took place
	 * on Feb. 18") */
	if (n.len && (i >= s->m1 || c->m[i].off != n.off) &&
	    (sr__word_is(c->text, n, "killings") ||
	     sr__word_is(c->text, n, "shootings")))
		w = sr__next_word(c->text, end, n.off + n.len, 0);
	else if (!n.len || i >= s->m1 || c->m[i].off != n.off)
		return 0;
	else
		w = sr__next_word(c->text, end, c->m[i].off + c->m[i].len, 0);
	if (!w.len || !sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs)))
		return 0;
	if (sr__word_is(c->text, w, "took") &&
	    !sr__word_is(c->text, sr__next_word(c->text, end, w.off + w.len, 0),
			 "place"))
		return 0;
	if (sr__x_sent_dates(c, s, &dt) && dt[0].date.y) {
		prev->event_date = dt[0].date;
		prev->time_precision = dt[0].precision;
		prev->historical = dt[0].historical;
		prev->spans.date = dt[0].span;
		done = 1;
	}
	for (i = s->p0; i < s->p1; i++) {
		const struct mention *pm = &c->pm[i];

		if (pm->place == UINT32_MAX || pm->is_country)
			continue;
		if (!prev->location || !prev->spans.place.len ||
		    (pm->precision ? pm->precision : 1) <=
			prev->geo_precision) {
			sr__place_to_event(c, pm, prev);
			done = 1;
		}
		break;
	}
	if (done)
		prev->rule = sr__arena_printf(&c->doc->arena, "%s+detail-next",
					      prev->rule);
	return done;
}
/* "Ukrainian forces fired a salvo of rockets at Belgorod. One woman was
 * killed and eleven were hurt; air defences brought down most of the
 * rockets.": a toll told with the interception of a strike just told is
 * the strike's. */
static void toll_to_strike(const struct actx *c, const struct sent *s,
			   struct sr_buf *work)
{
	struct sr_event *ev, *prev;
	const struct sent *ps;

	if (work->len < 2 * sizeof(*ev))
		return;
	ev = (struct sr_event *)(work->data + work->len - sizeof(*ev));
	prev = ev - 1;
	if (!sr__streq(ev->kind, "interception") ||
	    (ev->fatalities == SR_NULL_COUNT && ev->injured == SR_NULL_COUNT) ||
	    !(sr__streq(prev->kind, "shelling_missile") ||
	      sr__streq(prev->kind, "air_drone_strike")) ||
	    prev->fatalities != SR_NULL_COUNT || prev->injured != SR_NULL_COUNT)
		return;
	ps = sent_at(c, prev->sentence.off);
	if (!ps || ps >= s || s - ps > 2 || ps->para != s->para)
		return;
	copy_fatalities(prev, ev);
	copy_injured(prev, ev);
	ev->fatalities = ev->fatalities_low = ev->fatalities_high =
	    SR_NULL_COUNT;
	ev->injured = ev->injured_low = ev->injured_high = SR_NULL_COUNT;
	ev->spans.fatalities.len = ev->spans.injured.len = 0;
}
/* 1 if match m is followed by "-laden", "-packed", "-filled" or
 * "-rigged": a modifier of what carries it ("explosive-laden drone"). */
static int laden_modifier(const struct actx *c, const struct sr_match *m)
{
	static const char *const tails[] = { "-laden", "-packed", "-filled",
					     "-rigged", "-loaded" };
	uint32_t end = m->off + m->len;
	size_t k;

	if (end >= c->len || c->text[end] != '-')
		return 0;
	for (k = 0; k < SR_ARRAY_LEN(tails); k++)
		if (c->len - end >= strlen(tails[k]) &&
		    sr__strncaseeq(c->text + end, strlen(tails[k]), tails[k]))
			return 1;
	return 0;
}
/* "drone footage showed ...", "missile debris photos": a weapon word
 * before a noun of pictures or recordings names what filmed or was
 * filmed, no weapon used in the sentence; so does one before the people
 * who make it ("a meeting of drone makers"), and one that watched ("was
 * recorded by a Ukrainian drone"). */
static int media_modifier(const struct actx *c, const struct sent *s,
			  const struct sr_match *m)
{
	static const char *const media[] = {
		"footage",   "video",	      "videos",	      "camera",
		"cameras",   "images",	      "imagery",      "photos",
		"photo",     "pictures",      "recording",    "recordings",
		"feed",	     "clip",	      "clips",	      "makers",
		"maker",     "manufacturers", "manufacturer", "producers",
		"developers"
	};
	static const char *const watched[] = {
		"recorded", "filmed",	"spotted",
		"seen",	    "observed", "monitored",
	};
	struct sr_span w = sr__next_word(c->text, s->span.off + s->span.len,
					 m->off + m->len, 0);
	int k;

	if (w.len >= 4 && sr__word_in(c->text, w, media, SR_ARRAY_LEN(media)))
		return 1;
	/* "The killing was recorded by a Ukrainian drone": what watched,
	 * up to two words before it ("a Ukrainian"); only drones watch
	 * ("drone", "UAV", "quadcopter": the first letter tells) */
	if ((c->text[m->off] | 0x20) != 'd' &&
	    (c->text[m->off] | 0x20) != 'u' && (c->text[m->off] | 0x20) != 'q')
		return 0;
	w = sr__prev_word(c->text, s->span.off, m->off, 0);
	for (k = 0; k < 3 && w.len && !sr__word_is(c->text, w, "by") &&
		    !sr__word_is(c->text, w, "from");
	     k++)
		w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len || k == 3)
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, watched, SR_ARRAY_LEN(watched));
}
/* 1 if mention pm is a state's capital owning its forces ("since Moscow's
 * forces seized the plant"): a side, not a place later sentences carry. */
static int owner_of_forces(const struct actx *c, const struct sent *s,
			   const struct mention *pm)
{
	static const char *const forces[] = { "forces", "troops", "army",
					      "military", "soldiers" };
	uint32_t end = pm->span.off + pm->span.len,
		 lim = s->span.off + s->span.len;

	if (end + 2 >= lim || c->text[end] != '\'' || c->text[end + 1] != 's')
		return 0;
	return sr__word_in(c->text, sr__next_word(c->text, lim, end + 2, 0),
			   forces, SR_ARRAY_LEN(forces));
}
/* "...police tore down the students' tents. More than 200 people were
 * arrested": arrests told right after an intervention on a protest, with
 * no place of their own, are that intervention's. */
static int arrests_continue(const struct actx *c, const struct sent *s,
			    int kind, const struct sr_buf *work)
{
	const struct sr_event *prev;
	uint32_t i;

	if (kind != c->e->kid[K_ARREST] || work->len < sizeof(*prev))
		return 0;
	prev =
	    (const struct sr_event *)(work->data + work->len - sizeof(*prev));
	if (!right_after(prev, s) || !prev->kind ||
	    !sr__streq(prev->kind, "protest_intervention"))
		return 0;
	for (i = s->p0; i < s->p1; i++)
		if (c->pm[i].place != UINT32_MAX && !c->pm[i].is_country)
			return 0;
	return 1;
}
/* 1 if sentence s tells what was withdrawn: "Correction: an earlier
 * version of this report said four people were killed", "the agency
 * had incorrectly reported ...". The facts are told again as they
 * are, elsewhere. (The cue's phrases: data/cues.tsv.) */
static int retracted(const struct sent *s)
{
	return (s->cues >> SR_CUE_RETRACT) & 1u;
}
/* 1 if mention pm tells where people are from: "the Melnyk family from
 * Kostiantynivka", "residents from Vovchansk": their home, the place a
 * later sentence about them may take. */
static int people_from(const struct actx *c, const struct sent *s,
		       const struct mention *pm)
{
	struct sr_span w = sr__prev_word(c->text, s->span.off, pm->span.off, 0);
	int cue;

	if (!sr__word_is(c->text, w, "from"))
		return 0;
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	if (!w.len)
		return 0;
	if (sr__word_is(c->text, w, "family") ||
	    sr__word_is(c->text, w, "families"))
		return 1;
	cue = sr__cue_at(c, s, w.off);
	return cue == SR_CUE_PERSON || cue == SR_CUE_CIVILIAN;
}
/* 1 if " carried out the " ends right at off in s: the noun there
 * names an act told before, which the sentence attributes. */
static int carried_out_the(const struct actx *c, const struct sent *s,
			   uint32_t off)
{
	static const char words[] = " carried out the ";
	const size_t n = sizeof(words) - 1;

	return off >= s->span.off + n &&
	       memcmp(c->text + off - n, words, n) == 0;
}
/* 1 if the weak strike verb ti of s has for subject the weapon of the
 * event just told, named again with "the": "... the missile strike on
 * Kryvyi Rih rose to 19. The Iskander-M came down next to a
 * playground": the same strike, told in more detail, when the sentence
 * names no other place. */
static int restated_strike(const struct actx *c, const struct sent *s,
			   uint32_t ti, int kind, const struct sr_buf *work)
{
	static const char *const det[] = { "the", "this", "that" };
	const struct sr_event *prev;
	const struct sent *ps;
	struct sr_span w;
	uint32_t i, k;

	if (sr__match_entry(c, ti)->strength > 1 || work->len < sizeof(*prev))
		return 0;
	prev =
	    (const struct sr_event *)(work->data + work->len - sizeof(*prev));
	ps = sent_at(c, prev->sentence.off);
	if (!ps || ps >= s || s - ps > 2 || ps->para != s->para ||
	    kind != sr__lex_kind_find(c->lx, prev->kind))
		return 0;
	/* the weapon right before the verb, after "the" */
	for (i = s->m0; i < ti; i++)
		if (sr__match_entry(c, i)->type == SR_ENT_WEAPON &&
		    c->m[i].off + c->m[i].len + 1 == c->m[ti].off)
			break;
	if (i == ti)
		return 0;
	w = sr__prev_word(c->text, s->span.off, c->m[i].off, 0);
	if (!w.len || !sr__word_in(c->text, w, det, SR_ARRAY_LEN(det)))
		return 0;
	for (k = s->p0; k < s->p1; k++) {
		struct sr_event pe;

		if (local_place(c, &c->pm[k], &pe) &&
		    place_key(&pe) != place_key(prev))
			return 0;
	}
	return 1;
}
/* The strike just told, told again in s (restated_strike, its trigger
 * ti): the toll and the sayer s gives are the event's, if it has none
 * ("The drone hit the fourth floor; two women and a man died, the city
 * administration said"). */
static void restate(struct actx *c, const struct sent *s, uint32_t ti,
		    struct sr_buf *work)
{
	struct sr_event *prev =
	    (struct sr_event *)(work->data + work->len - sizeof(*prev));
	struct sr_event tmp;
	struct frame f;

	toll_continues(c, s, work, 0, -1);
	if (prev->claimed_by)
		return;
	sr__x_frame_clear(&f);
	f.s = s;
	f.lim = s->span;
	f.trig = ti;
	sr__event_init(&tmp);
	sr__x_read_status(c, &f, &tmp);
	if (tmp.claimed_by && tmp.status == SR_STATUS_CLAIMED) {
		prev->claimed_by = tmp.claimed_by;
		prev->status = tmp.status;
		prev->spans.claim = tmp.spans.claim;
	}
}
/* 1 if trigger ti of s is the act told before, named again after a
 * preposition in a sentence telling a toll: "one person was killed and
 * four were injured in the attack". */
static int toll_of_act_told(const struct actx *c, const struct sent *s,
			    uint32_t ti)
{
	static const char *const preps[] = { "in", "during", "by", "from" };
	struct sr_span w;

	if (!((s->cues >> SR_CUE_KILL) & 1u) &&
	    !((s->cues >> SR_CUE_INJURE) & 1u))
		return 0;
	if (!sr__x_points_back(c, s, ti, sr__match_entry(c, ti)))
		return 0;
	w = sr__prev_word(c->text, s->span.off, c->m[ti].off, 0);
	w = sr__prev_word(c->text, s->span.off, w.off, 0);
	return w.len && sr__word_in(c->text, w, preps, SR_ARRAY_LEN(preps));
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
	    !((s->cues >> SR_CUE_CLAIM) & 1u) && !more_bodies(c, s))
		goto carry;
	if (detail_continues(c, s, work))
		goto carry;
	our_troops_continue(c, s, work);
	ti = sr__x_choose_trigger(c, s, &kind, &extra, &bg);
	/* (or with "the attack" chosen, when it is the one someone
	 * "carried out": "management said Ukrainian forces had carried out
	 * the attack") */
	if ((ti < 0 || carried_out_the(c, s, c->m[ti].off)) &&
	    responsibility_continues(c, s, work))
		goto carry;
	if (ti >= 0 && blame_continues(c, s, ti, kind, work))
		goto carry;
	if (ti >= 0 && arrests_continue(c, s, kind, work))
		goto carry;
	if (agent_continues(c, s, ti, kind, work))
		goto carry;
	if (ti < 0 && toll_continues(c, s, work, 0, -1))
		goto carry;
	if (ti >= 0 && restated_strike(c, s, (uint32_t)ti, kind, work)) {
		restate(c, s, (uint32_t)ti, work);
		goto carry;
	}
	if (ti >= 0 && toll_of_act_told(c, s, (uint32_t)ti) &&
	    toll_continues(c, s, work, 1, kind))
		goto carry;
	if (ti < 0) {
		/* (whether the sentence before told an event) */
		int prev_told = 0;

		if (work->len >= sizeof(struct sr_event) && s > c->s) {
			const struct sr_event *pe =
			    (const struct sr_event *)(work->data + work->len -
						      sizeof(*pe));

			prev_told = pe->sentence.off >= s[-1].span.off;
		}
		ti = sr__x_toll_trigger(c, s, prev_told, &kind, &extra, &te);
	}
	if (ti < 0 || retracted(s))
		goto carry;
	if (!te)
		ti2 = sr__x_second_trigger(c, s, (uint32_t)ti, kind, &kind2,
					   &extra2);
	if (ti2 >= 0) {
		/* split the sentence at the second event's clause */
		struct sr_span cl2 = sr__x_clause_of(c, s, c->m[ti2].off);

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
		else if (!rc &&
			 work->len == before + 2 * sizeof(struct sr_event))
			drop_told_again(
			    c, s, ti, ti2,
			    (struct sr_event *)(work->data + before), work);
		/* an attack and the interception of its weapons in one
		 * sentence, the attack told first ("launched its largest
		 * drone attack ..., 74 of which were shot down"): the
		 * attack first, the event the sentence is about */
		if (!rc && work->len == before + 2 * sizeof(struct sr_event)) {
			struct sr_event *ev = (struct sr_event *)(work->data +
								  before),
					t;

			if (sr__streq(ev[0].kind, "interception") &&
			    (sr__streq(ev[1].kind, "air_drone_strike") ||
			     sr__streq(ev[1].kind, "shelling_missile")) &&
			    ev[0].spans.trigger.len &&
			    ev[1].spans.trigger.len &&
			    ev[1].spans.trigger.off < ev[0].spans.trigger.off) {
				t = ev[0];
				ev[0] = ev[1];
				ev[1] = t;
			}
		}
	}
	if (!rc)
		toll_to_strike(c, s, work);
	if (!rc && work->len == before + sizeof(struct sr_event))
		vague_told_again(c, s, work);
carry : {
	uint32_t i;

	for (i = s->p0; i < s->p1; i++)
		if (c->pm[i].place != UINT32_MAX && !c->pm[i].is_country &&
		    (c->pm[i].prep != SR_CUE_FROM ||
		     names_a_body(c, s, &c->pm[i]) ||
		     people_from(c, s, &c->pm[i])) &&
		    !(c->pm[i].prep == SR_CUE_IN &&
		      body_seat(c, s, &c->pm[i])) &&
		    !owner_of_forces(c, s, &c->pm[i]) &&
		    !launch_site(c, s, &c->pm[i]) &&
		    !((((s->cues >> SR_CUE_INJURE) & 1u) ||
		       ((s->cues >> SR_CUE_KILL) & 1u)) &&
		      place_of_care(c, s, &c->pm[i])) &&
		    !qualifies_place(c, *last_place, &c->pm[i]))
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
/* 1 if "from" (and "a", "an" or "the", and one capitalised word) comes
 * right before off, not before lo: "fired from a drone", "from an
 * Israeli drone". */
static int from_platform(const struct actx *c, uint32_t lo, uint32_t off)
{
	struct sr_span w = sr__prev_word(c->text, lo, off, 1);

	if (w.len && c->text[w.off] >= 'A' && c->text[w.off] <= 'Z')
		w = sr__prev_word(c->text, lo, w.off, 1);
	return w.len && sr__word_is(c->text, w, "from");
}
static int split(struct actx *c)
{
	struct sr_doc *doc = c->doc;
	size_t n, i, cap = 64, t_used = 0;
	struct sr_span *sp;
	struct sr_token *tok;
	uint32_t mi = 0, para = 0;
	/* (the matches, their count and the entries in locals: the stores
	 * into each sentence below may alias c's fields, as GCC sees them,
	 * and it read them again at every match) */
	const struct sr_match *m = c->m;
	const struct sr_entry *ent = c->ent;
	size_t nm = c->nm;
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
	/* not zeroed: the loop below sets every field read before its
	 * writer (places.c: p0, p1; sr__x_clause_of: mark) */
	c->s = sr__arena_alloc_raw(&doc->arena, (n ? n : 1) * sizeof(*c->s));
	/* tokens: at most one per byte of the sentence, capped; not zeroed
	 * (several bytes per byte of text), as only the ntok written are
	 * read */
	tok = sr__arena_alloc_raw(&doc->arena,
				  (c->len / 2 + n + 1) * sizeof(*tok));
	if (!c->s || !tok)
		return SR_ENOMEM;
	c->ns = n;
	c->tok = tok;
	for (i = 0; i < n; i++) {
		struct sent *s = &c->s[i];
		uint32_t send = sp[i].off + sp[i].len;
		size_t k, nt;
		uint32_t prev_end = i ? sp[i - 1].off + sp[i - 1].len : 0;
		uint32_t m0;
		int veh_first;

		s->span = sp[i];
		for (k = prev_end; k < sp[i].off; k++)
			if (c->text[k] == '\n' && k + 1 < sp[i].off &&
			    memchr(c->text + k + 1, '\n', sp[i].off - k - 1)) {
				para++;
				break;
			}
		s->para = para;
		while (mi < nm && m[mi].off < sp[i].off)
			mi++;
		s->m0 = m0 = mi;
		s->trig_bits = 0;
		s->cues = 0;
		s->cue_offs = 0;
		s->types = 0;
		s->actors = 0;
		s->tkinds = 0;
		s->wkind = -1;
		veh_first = 0;
		s->wkind_def = -1;
		s->ndt = -1;
		s->dt = NULL;
		s->nnum = -1;
		s->num = NULL;
		s->nmark = -1;
		s->no_hits = -1;
		s->debris = -1;
		s->after = -1;
		s->since = -1;
		s->gas = -1;
		s->quote = -1;
		s->p0 = 0;
		s->p1 = 0;
		w_end = 0;
		/* (set again below; until then the rules asked during the
		 * walk, sr__x_bomber_person, read matches only up to the one
		 * they are asked of, which lies in this sentence) */
		s->m1 = nm;
		while (mi < nm && m[mi].off + m[mi].len <= send) {
			const struct sr_entry *e = &ent[m[mi].entry];

			s->types |= 1u << e->type;
			if (e->type == SR_ENT_ACTOR && e->sub < 32)
				s->actors |= 1u << e->sub;
			if (e->type == SR_ENT_TRIGGER && e->kind >= 0 &&
			    e->kind < 64)
				s->tkinds |= 1ull << e->kind;
			if (e->type == SR_ENT_TRIGGER && mi - m0 < 64)
				s->trig_bits |= 1ull << (mi - m0);
			if (e->type == SR_ENT_CUE) {
				s->cues |= 1ull << e->sub;
				s->cue_offs |= 1ull << (m[mi].off & 63);
				/* "fuel tanks", "oil storage tanks": a target
				 * that holds a weapon word names no weapon */
				if (e->sub == SR_CUE_TARGET &&
				    m[mi].off + m[mi].len > w_end)
					w_end = m[mi].off + m[mi].len;
			} else if (e->type == SR_ENT_WEAPON) {
				/* "tank" inside "anti-tank mine": the longer
				 * match came first and wins */
				/* "the bomb" points back to a weapon already
				 * named; it does not name a new kind */
				struct sr_span dw = sr__prev_word(
				    c->text, sp[i].off, m[mi].off, 0);
				int definite =
				    dw.len &&
				    (sr__word_is(c->text, dw, "the") ||
				     sr__word_is(c->text, dw, "this") ||
				     sr__word_is(c->text, dw, "that"));

				if (sr__x_bomber_person(c, s, mi))
					definite = -1;
				/* "an explosive-laden drone": the drone is the
				 * weapon */
				if (laden_modifier(c, &m[mi]))
					definite = -1;
				if (media_modifier(c, s, &m[mi]))
					definite = -1;
				/* "their armoured vehicle drove over a
				 * homemade bomb": a vehicle named first is
				 * what the mine or bomb hit, not the weapon */
				if (e->kind >= 0 && s->wkind >= 0 &&
				    veh_first && m[mi].off >= w_end &&
				    !definite &&
				    sr__x_is_kind(c, e->kind,
						  "remote_explosive"))
					s->wkind = e->kind;
				veh_first = 0;
				/* "a missile fired from a drone", "missiles
				 * launched from aircraft": the platform in the
				 * air makes the missile's strike an air
				 * strike */
				if (e->kind == c->e->kid[K_AIR_DRONE_STRIKE] &&
				    s->wkind == c->e->kid[K_SHELLING_MISSILE] &&
				    from_platform(c, sp[i].off, c->m[mi].off))
					s->wkind = e->kind;
				if (e->kind >= 0 && s->wkind < 0 &&
				    m[mi].off >= w_end && !definite) {
					s->wkind = e->kind;
					veh_first =
					    e->name &&
					    (sr__streq(e->name, "tank") ||
					     sr__streq(e->name,
						       "armoured vehicle"));
				}
				if (e->kind >= 0 && s->wkind_def < 0 &&
				    m[mi].off >= w_end && definite > 0)
					s->wkind_def = e->kind;
				if (m[mi].off + m[mi].len > w_end)
					w_end = m[mi].off + m[mi].len;
			}
			mi++;
		}
		s->m1 = mi;
		nt =
		    SR_MIN(SR_MAX_SENTENCE_TOKENS, c->len / 2 + n + 1 - t_used);
		nt = sr__tokens(c->text, sp[i], tok + t_used, nt);
		s->t0 = (uint32_t)t_used;
		t_used += nt;
		s->t1 = (uint32_t)t_used;
	}
	c->ntok = t_used;
	return SR_OK;
}
/* 1 if events a and b, told one after the other, may be on the same day
 * at the same place. */
static int same_day(const struct sr_event *a, const struct sr_event *b)
{
	const struct sr_event *w, *d;
	int64_t sat;

	/* a date only inferred from the article agrees with any */
	if (!(a->spans.date.len && b->spans.date.len &&
	      (a->event_date.y != b->event_date.y ||
	       a->event_date.m != b->event_date.m ||
	       a->event_date.d != b->event_date.d)))
		return 1;
	/* "on Sunday afternoon" and "at the weekend": the weekend (its
	 * Saturday at precision 2) holds its Sunday */
	w = a->time_precision == 2 ? a : b;
	d = w == a ? b : a;
	if (w->time_precision != 2 || d->time_precision != 1)
		return 0;
	sat = sr_ymd_to_days(w->event_date);
	return (sat + 3) % 7 == 5 && sr_ymd_to_days(d->event_date) == sat + 1;
}
static int same_day_place(const struct sr_event *a, const struct sr_event *b)
{
	if (!same_day(a, b))
		return 0;
	/* a place carried from an earlier sentence (no span of its own)
	 * says nothing against the event told there */
	return !(place_key(a) && place_key(b) && place_key(a) != place_key(b) &&
		 b->spans.place.len);
}
/* "Russian border guards fought a Ukrainian group that tried to cross
 * ... The group was pushed back": a clash between the same two sides,
 * the second told from the other side (its attacker only inferred), with
 * no toll of its own ("Russian losses at more than 400" stays apart). */
static int same_fight(const struct sr_event *a, const struct sr_event *b)
{
	/* (the sides, when one names a group: "the Russian Volunteer
	 * Corps ... were fighting Russian troops ... Russia's defence
	 * ministry said the raid had been repelled") */
	/* (or the teller is the only actor named: "Russia's defence
	 * ministry said the raid had been repelled") */
	return sr__streq(a->kind, "armed_clash") &&
	       (!b->spans.actor1.len ||
		(b->spans.actor1.off == b->spans.claim.off &&
		 b->spans.actor1.len == b->spans.claim.len)) &&
	       b->fatalities == SR_NULL_COUNT && a->actor2 && b->actor2 &&
	       ((sr__streq(a->actor1, b->actor2) &&
		 sr__streq(a->actor2, b->actor1)) ||
		(a->actor1_iso3 && a->actor2_iso3 &&
		 sr__streq(a->actor1_iso3, b->actor2_iso3) &&
		 sr__streq(a->actor2_iso3, b->actor1_iso3)));
}
/* Fold an event into the previous one when both tell the same thing: same
 * kind, compatible place, same day, within one paragraph. */
static int same_event(const struct sr_event *a, const struct sr_event *b)
{
	/* (or "an attack on the Moscow region. ... crashed in the
	 * Odintsovo district": the region's event told more closely, when
	 * it harmed no one; a toll of a town after a region's shelling is
	 * an event of its own) */
	/* (and "... drones over the Bryansk region. An attempt to attack
	 * facilities on the territory of Russia was thwarted": the same
	 * told again of the whole country) */
	if (!sr__streq(a->kind, b->kind) ||
	    !(same_day_place(a, b) ||
	      ((in_region(a, b) ||
		(b->geo_precision == 4 && in_region(b, a))) &&
	       same_day(a, b) && !(b->fatalities > 0) && !(b->injured > 0))))
		return 0;
	if (a->actor1 && b->actor1 && !sr__streq(a->actor1, b->actor1) &&
	    !same_fight(a, b))
		return 0;
	return 1;
}
/* 1 if event ev's place is only where its weapons were heading: "a
 * drone flying towards Moscow", "missiles headed for Kyiv", "in the
 * direction of Kharkiv". */
static int destination_place(const struct actx *c, const struct sr_event *ev)
{
	static const char *const verbs[] = { "heading", "headed", "bound",
					     "flying", "aimed" };
	struct sr_span w;

	if (!ev->spans.place.len || !place_key(ev))
		return 0;
	w = sr__prev_word(c->text, 0, ev->spans.place.off, 1);
	if (!w.len)
		return 0;
	if (sr__word_is(c->text, w, "towards") ||
	    sr__word_is(c->text, w, "toward"))
		return 1;
	if (sr__word_is(c->text, w, "for") || sr__word_is(c->text, w, "at")) {
		w = sr__prev_word(c->text, 0, w.off, 0);
		return w.len &&
		       sr__word_in(c->text, w, verbs, SR_ARRAY_LEN(verbs));
	}
	if (sr__word_is(c->text, w, "of")) {
		w = sr__prev_word(c->text, 0, w.off, 0);
		return w.len && sr__word_is(c->text, w, "direction");
	}
	return 0;
}
/* "Air defences repelled an attack by a drone flying towards Moscow. It
 * was shot down near Domodedovo": an interception told at the place its
 * weapons were heading for, then in its paragraph on the same day at a
 * place of its own, is one interception, where it was brought down. */
static int brought_down_at(const struct actx *c, const struct sr_event *a,
			   const struct sr_event *b)
{
	return sr__streq(a->kind, "interception") &&
	       sr__streq(b->kind, "interception") && same_day(a, b) &&
	       destination_place(c, a) && place_key(b) &&
	       !destination_place(c, b) &&
	       !(a->actor1_iso3 && b->actor1_iso3 &&
		 !sr__streq(a->actor1_iso3, b->actor1_iso3));
}
/* "Over the past day the enemy fired on the border areas of the Sumy
 * region 38 times. In Krasnopillia, mortar rounds ... killed two men": a
 * region's tally with no toll, followed in its paragraph by a strike of
 * the same kind, day and side on a town of that region with a toll, is
 * told by that strike (one event per place and day, at the place
 * named; a town with no toll folds into the region's event instead,
 * same_event). */
static int region_total(const struct sr_event *a, const struct sr_event *b);
static int region_tally(const struct sr_event *a, const struct sr_event *b)
{
	/* (a tally of no weapon, its kind the default, is of any strike:
	 * "the Russian army struck nine settlements of the region 412
	 * times. Six air strikes hit Orikhiv ...") */
	int any = a->rule && strstr(a->rule, "+default") &&
		  (sr__streq(b->kind, "air_drone_strike") ||
		   sr__streq(b->kind, "shelling_missile"));

	return (sr__streq(a->kind, b->kind) || any) && in_region(a, b) &&
	       same_day(a, b) &&
	       ((!(a->fatalities > 0) && !(a->injured > 0)) ||
		region_total(a, b)) &&
	       (b->fatalities > 0 || b->injured > 0) &&
	       !(a->actor1 && b->actor1 && !sr__streq(a->actor1, b->actor1));
}
/* "Over the past day the Russians shelled the Donetsk region 2,700
 * times, killing 4 civilians and wounding 10. In Kurakhove artillery
 * fire killed 2 people and wounded 3": a region's toll that b's is a part
 * of (no more dead nor hurt, told with its own words): the total of the
 * region's events, each at its place. */
static int region_total(const struct sr_event *a, const struct sr_event *b)
{
	return (a->fatalities > 0 || a->injured > 0) &&
	       (b->fatalities > 0 || b->injured > 0) &&
	       b->spans.fatalities.off != a->spans.fatalities.off &&
	       !(b->fatalities > 0 && !(a->fatalities >= b->fatalities)) &&
	       !(b->injured > 0 && !(a->injured >= b->injured)) &&
	       !(a->fatalities == b->fatalities && a->injured == b->injured);
}
/* 1 if event a is told in the article's headline: its first sentence,
 * a line of its own with no closing stop ("Ryazan plant blast: toll
 * rises to 18" above the story). */
static int in_headline(const struct actx *c, const struct sr_event *a)
{
	const struct sent *s = sent_at(c, a->sentence.off);
	uint32_t end;
	unsigned char last;

	if (s != c->s || !s->span.len || c->ns < 2)
		return 0;
	end = s->span.off + s->span.len;
	last = (unsigned char)c->text[end - 1];
	/* (or a short label and a colon, with a stop: "Kramatorsk restaurant
	 * strike: toll climbs to 11." before the story on the same line) */
	if (last == '.' && s->span.len <= 80 && s[1].para == s->para) {
		const char *q = memchr(c->text + s->span.off, ':',
				       SR_MIN(s->span.len, 40u));

		return q && q > c->text + s->span.off &&
		       sr__text_alpha((unsigned char)q[-1]) &&
		       c->text[s->span.off] >= 'A' &&
		       c->text[s->span.off] <= 'Z';
	}
	if (last == '.' || last == '!' || last == '?' || last == '"' ||
	    last == 0x9d) /* closing quotation mark */
		return 0;
	return sr__x_line_ends(c, end);
}
/* 1 if b is an "attack" whose kind was only guessed, with no weapon,
 * told after a's strike of a known kind: "Belgorod: toll of Saturday's
 * shelling reaches 24 / The number of people killed in Saturday's attack
 * by the Ukrainian Armed Forces ... has risen to 24".  b is a's. */
static int guessed_attack(const struct sr_event *a, const struct sr_event *b)
{
	return b->rule &&
	       (strstr(b->rule, "+default") ||
		!strncmp(b->rule, "trigger:attack+", 15)) &&
	       !b->spans.weapons.len && !sr__streq(a->kind, b->kind) &&
	       (sr__streq(a->kind, "shelling_missile") ||
		sr__streq(a->kind, "air_drone_strike") ||
		sr__streq(a->kind, "remote_explosive"));
}
/* The kind of event b, and the codes that go with it, given to a. */
static void take_kind(struct sr_event *a, const struct sr_event *b)
{
	a->kind = b->kind;
	a->disorder_type = b->disorder_type;
	a->event_type = b->event_type;
	a->sub_event_type = b->sub_event_type;
	a->plover_type = b->plover_type;
	a->plover_mode = b->plover_mode;
	a->cameo_code = b->cameo_code;
}
/* "Ryazan plant blast: toll rises to 18 / The death toll from Friday's
 * explosion in the Shilovsky district has risen to 18": a headline's
 * event and the story's first one of the same kind, region, side and
 * toll (or no toll in one of them) are one; the story tells it more
 * closely. */
static int headline_told(const struct actx *c, const struct sr_event *a,
			 const struct sr_event *b)
{
	/* (or a bare "attack" in the headline, of no side nor weapon,
	 * whose kind was only guessed: "Belgorod: toll from Saturday's
	 * attack rises to 24" above the story of a rocket strike; or the
	 * other way round, guessed_attack) */
	if (!(sr__streq(a->kind, b->kind) ||
	      (a->rule && strstr(a->rule, "+default") && !a->actor1 &&
	       !a->spans.weapons.len &&
	       (sr__streq(b->kind, "shelling_missile") ||
		sr__streq(b->kind, "air_drone_strike") ||
		sr__streq(b->kind, "remote_explosive"))) ||
	      guessed_attack(a, b)) ||
	    !in_headline(c, a) || in_headline(c, b))
		return 0;
	if (a->fatalities != SR_NULL_COUNT && b->fatalities != SR_NULL_COUNT &&
	    a->fatalities != b->fatalities)
		return 0;
	if (a->actor1 && b->actor1 && !sr__streq(a->actor1, b->actor1))
		return 0;
	return !a->admin1 || (b->admin1 && sr__streq(a->admin1, b->admin1));
}
/* 1 if event a is a bomb inferred only from a blast that tore through a
 * vehicle ("a blast ripped through a minibus"): a cause of the blast
 * told after it ("the drone strike") says what it was. */
static int blast_in_vehicle(const struct sr_event *a)
{
	return sr__streq(a->kind, "remote_explosive") && a->rule &&
	       strstr(a->rule, "+vehicle") && !a->spans.weapons.len;
}
/* 1 if kind is a strike that explodes where it lands: shelling or a
 * missile, an air or drone strike, a remote explosive or a suicide
 * bomb. */
static int strike_kind(const char *kind)
{
	return sr__streq(kind, "shelling_missile") ||
	       sr__streq(kind, "air_drone_strike") ||
	       sr__streq(kind, "remote_explosive") ||
	       sr__streq(kind, "suicide_bomb");
}
/* "Blasts rolled across Nova Kakhovka late on Monday. ... HIMARS
 * rockets had struck a warehouse area": explosions of no known cause,
 * told before a strike in the same paragraph on the same day and place
 * (or none of its own), were that strike. */
static int explained_blast(const struct sr_event *a, const struct sr_event *b)
{
	if (!(sr__streq(a->kind, "explosion") || blast_in_vehicle(a)) ||
	    a->actor1 || !strike_kind(b->kind))
		return 0;
	return same_day_place(a, b);
}
/* "Russian aircraft dropped two guided bombs on the city. One exploded
 * in a school yard ... A man was killed": explosions of no known cause
 * told in the two sentences after a strike, on its day and at its place
 * (or none of their own), are that strike's blasts. */
static int blast_after_strike(const struct actx *c, const struct sr_event *a,
			      const struct sr_event *b)
{
	const struct sent *sa, *sb;

	if (!sr__streq(b->kind, "explosion") || b->actor1 ||
	    !strike_kind(a->kind))
		return 0;
	sa = sent_at(c, a->sentence.off);
	sb = sent_at(c, b->sentence.off);
	return sa && sb && sb > sa && sb - sa <= 2 && same_day_place(a, b);
}
/* 1 if event a is a bare toll: an attack on civilians read from a toll
 * alone, no weapon named ("two residents killed"). */
static int bare_toll(const struct sr_event *a)
{
	return sr__streq(a->kind, "attack_civilians") &&
	       !a->spans.weapons.len && a->rule &&
	       sr__x_starts(a->rule, "trigger:toll");
}
/* "Kostiantynivka: two residents killed. On Wednesday Russian troops
 * shelled the city ...": a bare toll (no side, no weapon) at a place,
 * told right before a strike in the same paragraph on the same day, at
 * that place or none of its own and with no other count of the same
 * thing, was that strike's. */
static int toll_before_strike(const struct sr_event *a,
			      const struct sr_event *b)
{
	if (!bare_toll(a) || a->actor1 || !strike_kind(b->kind))
		return 0;
	/* the toll names the place; the strike is there (or names none),
	 * and tells no other count */
	if (!place_key(a) || !a->spans.place.len ||
	    (b->spans.place.len && place_key(b) != place_key(a)))
		return 0;
	if ((a->fatalities != SR_NULL_COUNT && b->fatalities != SR_NULL_COUNT &&
	     b->fatalities != a->fatalities) ||
	    (a->injured != SR_NULL_COUNT && b->injured != SR_NULL_COUNT &&
	     b->injured != a->injured))
		return 0;
	return same_day_place(a, b);
}
/* 1 if the count at span sp is told as a part of the dead: "Five
 * children are among the dead", "two girls among those killed". */
static int count_is_part(const struct actx *c, struct sr_span sp)
{
	struct sr_span w = sp;
	int k;

	if (!sp.len)
		return 0;
	for (k = 0; k < 4; k++) {
		w = sr__next_word(c->text, c->len, w.off + w.len, 0);
		if (!w.len)
			return 0;
		if (sr__word_is(c->text, w, "among"))
			return 1;
	}
	return 0;
}
/* "Rescuers ended their search on Monday after recovering a 12th body.
 * The block was hit by a drone before dawn on Saturday. Five children
 * are among the dead": the bodies recovered in the days after a strike
 * told next in the paragraph, at its place, are its dead; a count told
 * as a part of them yields to them. */
static int bodies_before_strike(const struct actx *c, const struct sr_event *a,
				const struct sr_event *b)
{
	static const char *const body[] = { "body", "bodies" };
	long da, db;

	if (!bare_toll(a) || a->actor1 || !strike_kind(b->kind) ||
	    a->fatalities == SR_NULL_COUNT ||
	    !sr__word_in(c->text, a->spans.trigger, body, SR_ARRAY_LEN(body)))
		return 0;
	if (!place_key(a) || !a->spans.place.len ||
	    (b->spans.place.len && place_key(b) != place_key(a)))
		return 0;
	if (b->fatalities != SR_NULL_COUNT && b->fatalities != a->fatalities &&
	    !(b->fatalities < a->fatalities &&
	      count_is_part(c, b->spans.fatalities)))
		return 0;
	if (!a->event_date.y || !b->event_date.y)
		return 0;
	da = sr_ymd_to_days(a->event_date);
	db = sr_ymd_to_days(b->event_date);
	return da >= db && da - db <= 3;
}
/* "Over the past day the Russians killed three residents of the region:
 * two in Pokrovsk and one in Hrodivka. ... Pokrovsk: a rocket launcher
 * hit a block; besides the two dead, five people were wounded": a bare
 * toll over a region, whose place is the first of its parts listed
 * after a colon, yields to the strike told at that place with a toll
 * of its own (no more than the tally's). */
static int region_toll_parts(const struct actx *c, const struct sr_event *a,
			     const struct sr_event *b)
{
	uint32_t from, to;

	if (!bare_toll(a) || !strike_kind(b->kind) || !place_key(a) ||
	    place_key(a) != place_key(b) || !a->spans.place.len ||
	    !a->spans.fatalities.len || !same_day(a, b))
		return 0;
	if (!(b->fatalities > 0 || b->injured > 0) ||
	    (b->fatalities > 0 && !(a->fatalities >= b->fatalities)) ||
	    (b->injured > 0 && a->injured != SR_NULL_COUNT &&
	     !(a->injured >= b->injured)))
		return 0;
	from = a->spans.fatalities.off + a->spans.fatalities.len;
	to = a->spans.place.off;
	return to > from && to - from < 80 &&
	       memchr(c->text + from, ':', to - from) != NULL;
}
/* "Several were shot down on the approach to the city. One of them flew
 * into a tower in Moscow City": the strike of one that got through,
 * told right after an interception with no place of its own, is the
 * event; the interception folds into it. */
static int one_got_through(const struct actx *c, const struct sr_event *a,
			   const struct sr_event *b)
{
	const struct sent *sa, *sb;
	struct sr_span w;

	if (!sr__streq(a->kind, "interception") || place_key(a) ||
	    !(sr__streq(b->kind, "air_drone_strike") ||
	      sr__streq(b->kind, "shelling_missile")) ||
	    !same_day(a, b))
		return 0;
	sa = sent_at(c, a->sentence.off);
	sb = sent_at(c, b->sentence.off);
	if (!sa || !sb || sb != sa + 1)
		return 0;
	w = sr__next_word(c->text, sb->span.off + sb->span.len, sb->span.off,
			  0);
	if (!w.len || !(sr__word_is(c->text, w, "one") ||
			sr__word_is(c->text, w, "another")))
		return 0;
	w = sr__next_word(c->text, sb->span.off + sb->span.len, w.off + w.len,
			  0);
	return w.len && sr__word_is(c->text, w, "of");
}
/* "...when the bomb struck", "The attack also damaged...": the event
 * of b is named with a definite word that points back to one told
 * before. */
static int refers_back(const struct actx *c, const struct sr_event *b)
{
	static const char *const det[] = { "the", "this", "that", "these" };
	const struct sr_span at[2] = { b->spans.trigger, b->spans.weapons };
	size_t k, j;

	for (k = 0; k < 2; k++) {
		struct sr_span w;
		int hop;

		if (!at[k].len)
			continue;
		/* "the bomb struck", "the attacks targeted": the word
		 * before, or the one before a noun in between */
		w = at[k];
		for (hop = 0; hop < 2; hop++) {
			w = sr__prev_word(c->text, b->sentence.off, w.off, 0);
			for (j = 0; w.len && j < SR_ARRAY_LEN(det); j++)
				if (sr__word_is(c->text, w, det[j]))
					return 1;
			if (!w.len || k == 1)
				break;
		}
	}
	return 0;
}
/* "... a drone attack on Engels, and a fire broke out. Two firefighters
 * died battling the blaze", "a grenade went off ...; police linked the
 * blast to a feud": a fire or blast named with a definite word,
 * with no place or attacker of its own, after a strike in the same
 * paragraph on the same day, is that strike's. */
static int strike_fire(const struct actx *c, const struct sr_event *a,
		       const struct sr_event *b)
{
	if (!sr__streq(b->kind, "explosion") || b->spans.place.len ||
	    b->spans.actor1.len || !refers_back(c, b) ||
	    !(strike_kind(a->kind) || sr__streq(a->kind, "grenade")))
		return 0;
	if ((a->fatalities != SR_NULL_COUNT &&
	     b->fatalities != SR_NULL_COUNT) ||
	    (a->injured != SR_NULL_COUNT && b->injured != SR_NULL_COUNT))
		return 0;
	return same_day_place(a, b);
}
/* 1 if span sp tells a toll as a running total ("the toll rose to 7",
 * "the number killed climbed to 21", "in total"). */
static int total_told(const struct actx *c, struct sr_span sp)
{
	return sr__x_has_text(c->text, sp, "toll") ||
	       sr__x_has_text(c->text, sp, "total") ||
	       sr__x_has_text(c->text, sp, "number") ||
	       sr__x_has_text(c->text, sp, " to ") ||
	       sr__x_has_text(c->text, sp, "bringing");
}
/* "The first drone hit a block of flats; a man and a woman were killed
 * there. The second struck an industrial site, where a guard died.": the
 * dead of a later weapon of the same volley (a sentence that opens with
 * "the second", "the third", "another") are more dead of the event a. */
static void add_volley_part(const struct actx *c, struct sr_event *a,
			    const struct sr_event *b)
{
	static const char *const nth[] = { "second", "third", "fourth", "fifth",
					   "another" };
	static const char *const times[] = { "day",   "time",  "week",
					     "night", "month", "year" };
	uint32_t end = b->sentence.off + b->sentence.len;
	const struct sent *fs;
	struct sr_span w;

	if (a->fatalities <= 0 || b->fatalities <= 0 || !a->sentence.len ||
	    a->sentence.off == b->sentence.off)
		return;
	w = sr__next_word(c->text, end, b->sentence.off, 0);
	if (w.len && sr__word_is(c->text, w, "the"))
		w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (!w.len || !sr__word_in(c->text, w, nth, SR_ARRAY_LEN(nth)))
		return;
	w = sr__next_word(c->text, end, w.off + w.len, 0);
	if (!w.len || sr__word_in(c->text, w, times, SR_ARRAY_LEN(times)))
		return;
	/* (not with a running total told in either: "the toll rose to
	 * 7", "the number killed climbed to 21") */
	if (total_told(c, b->sentence))
		return;
	fs = sent_holding(c, a->spans.fatalities.off);
	if (fs && total_told(c, fs->span))
		return;
	a->fatalities += b->fatalities;
	if (a->fatalities_low != SR_NULL_COUNT)
		a->fatalities_low += b->fatalities_low != SR_NULL_COUNT
					 ? b->fatalities_low
					 : b->fatalities;
	if (a->fatalities_high != SR_NULL_COUNT)
		a->fatalities_high += b->fatalities_high != SR_NULL_COUNT
					  ? b->fatalities_high
					  : b->fatalities;
}
/* 1 if the sentence of event b says it tells another event than the
 * one before ("X was also shelled", "a second strike", "separately",
 * "elsewhere"). */
static int tells_another(const struct actx *c, const struct sr_event *b)
{
	static const char *const other[] = {
		"also",	     "another",	  "second", "separately", "separate",
		"elsewhere", "meanwhile", "third",  "other",
	};
	uint32_t end = b->sentence.off + b->sentence.len;
	struct sr_span w;

	for (w = sr__next_word_across(c->text, end, b->sentence.off); w.len;
	     w = sr__next_word_across(c->text, end, w.off + w.len))
		if (sr__word_in(c->text, w, other, SR_ARRAY_LEN(other)))
			return 1;
	return 0;
}
/* A paragraph that goes on about the event of the paragraph before ("The
 * store was packed when the bomb struck, the governor of the Kharkiv
 * region said") tells the same event when it refers back to it, on the
 * same day, with no other place than that event's or its region. */
static int continues_event(const struct actx *c, const struct sr_event *a,
			   const struct sr_event *b)
{
	/* (or names nothing of its own, no place, side or date: "A Russian
	 * missile attack on Lviv killed four. // The mayor said a missile hit
	 * the upper floors of an apartment building") */
	if (!sr__streq(a->kind, b->kind) ||
	    !(refers_back(c, b) ||
	      (!place_key(b) && !b->spans.actor1.len && !b->spans.date.len &&
	       place_key(a) && !tells_another(c, b))) ||
	    !b->disorder_type ||
	    !sr__streq(b->disorder_type, "Political violence"))
		return 0;
	/* its own date, if it gives one, must agree */
	if (b->spans.date.len && (a->event_date.y != b->event_date.y ||
				  a->event_date.m != b->event_date.m ||
				  a->event_date.d != b->event_date.d))
		return 0;
	if (a->actor1 && b->actor1 && !sr__streq(a->actor1, b->actor1))
		return 0;
	if (!place_key(b) || place_key(b) == place_key(a))
		return 1;
	return place_key(a) && b->geo_precision >= 3 && a->admin1 &&
	       b->admin1 && sr__streq(a->admin1, b->admin1);
}
/* "Ukrainian units tried to break through near Robotyne ... It said 90
 * Ukrainian soldiers had been killed in the attack": an event of the same
 * kind named with a definite word in the same paragraph, on the same day
 * and place (or a place in the region told before: "prosecutors in the
 * Donetsk region said. The bombs hit the centre of Kostiantynivka."),
 * whose attacker is only inferred, is the one told before. */
static int back_in_paragraph(const struct actx *c, const struct sr_event *a,
			     const struct sr_event *b)
{
	return strcmp(a->kind, b->kind) == 0 && !b->spans.actor1.len &&
	       (same_day_place(a, b) || (in_region(a, b) && same_day(a, b))) &&
	       refers_back(c, b);
}
/* "Russian aircraft dropped two guided bombs on Kostiantynivka on
 * Monday. Two men were killed and four people were wounded; a shop and
 * 11 houses were damaged.": an event of the same kind told in the very
 * next sentence of the paragraph with no date, place or side of its own
 * (all carried or inferred) and no toll at odds with the first is the
 * first told again with its damage. */
static int bare_retelling(const struct actx *c, const struct sr_event *a,
			  const struct sr_event *b)
{
	const struct sent *sa = sent_at(c, a->sentence.off),
			  *sb = sent_at(c, b->sentence.off);

	if (!sa || !sb || sb != sa + 1 || !sr__streq(a->kind, b->kind) ||
	    b->spans.date.len || b->spans.place.len || b->spans.actor1.len ||
	    b->spans.actor2.len)
		return 0;
	return !(a->fatalities != SR_NULL_COUNT &&
		 b->fatalities != SR_NULL_COUNT &&
		 a->fatalities != b->fatalities) &&
	       !(a->injured != SR_NULL_COUNT && b->injured != SR_NULL_COUNT &&
		 a->injured != b->injured);
}
/* "Raid on Belgorod, again. In this episode: on Thursday, fighters of
 * the Russian Volunteer Corps crossed the border and entered Novaya
 * Tavolzhanka": an event told in the article's first sentence with
 * nothing of its own but its kind and perhaps a place (no date, side or
 * toll), whose very next sentence tells the same kind of event on a day
 * it names, in the same region, is that event told first in brief. */
static int bare_opening(const struct actx *c, const struct sr_event *a,
			const struct sr_event *b)
{
	const struct sent *sa = sent_at(c, a->sentence.off),
			  *sb = sent_at(c, b->sentence.off);

	if (!sa || !sb || sa != c->s || sb != sa + 1 ||
	    !sr__streq(a->kind, b->kind) || a->spans.date.len ||
	    a->spans.actor1.len || a->spans.actor2.len ||
	    a->fatalities != SR_NULL_COUNT || a->injured != SR_NULL_COUNT ||
	    !b->spans.date.len || !b->spans.place.len)
		return 0;
	/* (a place of its own in the region: the same place told twice,
	 * "Street fighting is under way in Vovchansk ... On Monday the
	 * enemy entered the town", may be two days of one fight) */
	return !a->spans.place.len ||
	       (place_key(a) != place_key(b) && a->admin1 && b->admin1 &&
		a->iso3 && b->iso3 && sr__streq(a->iso3, b->iso3) &&
		sr__streq(a->admin1, b->admin1));
}
/* "Shelling hit Marhanets, Nikopol and the Pokrovske community on Monday.
 * In Nikopol a 70-year-old woman was killed": an event told of a list of
 * places, with no toll, whose next sentence tells the same kind of event
 * on the same day at another place of the list is that event, at the
 * place told of (the list's event had only its first place). */
static int list_detail(const struct actx *c, const struct sr_event *a,
		       const struct sr_event *b)
{
	const struct sent *sa, *sb;
	uint32_t k;

	if (!a->spans.place.len || !b->spans.place.len ||
	    a->fatalities != SR_NULL_COUNT || a->injured != SR_NULL_COUNT ||
	    place_key(a) == place_key(b) || !sr__streq(a->kind, b->kind) ||
	    !same_day(a, b))
		return 0;
	sa = sent_at(c, a->sentence.off);
	sb = sent_at(c, b->sentence.off);
	if (!sa || !sb || sb != sa + 1 || b->spans.place.off < sb->span.off ||
	    a->spans.place.off < sa->span.off ||
	    a->spans.place.off >= sa->span.off + sa->span.len)
		return 0;
	if ((a->actor1 && b->actor1 && !sr__streq(a->actor1, b->actor1)) ||
	    tells_another(c, b))
		return 0;
	/* (b's place is a town of a's list: named there by the same words,
	 * not as a region, "Kreminna in the Luhansk region") */
	for (k = sa->p0; k < sa->p1; k++) {
		const struct mention *pm = &c->pm[k];

		if (pm->span.off != a->spans.place.off && pm->precision <= 2 &&
		    !pm->want_admin1 && !pm->district &&
		    pm->span.len == b->spans.place.len &&
		    memcmp(c->text + pm->span.off, c->text + b->spans.place.off,
			   pm->span.len) == 0)
			return 1;
	}
	return 0;
}
/* "an attempt ... against facilities on the territory of the Russian
 * Federation was thwarted. Air defence systems destroyed 11 UAVs over the
 * Republic of Crimea": an event told of a whole country, then the same
 * kind on the same day, with no toll, in a region that country holds
 * whole (data/occupied.tsv: coded to the country it belongs to) is the
 * same event told more closely. */
static int held_region_of(const struct actx *c, const struct sr_event *a,
			  const struct sr_event *b)
{
	const char *holder;

	if (a->geo_precision != 4 || !a->iso3 || !b->spans.place.len ||
	    b->geo_precision == 4 || b->fatalities > 0 || b->injured > 0 ||
	    !sr__streq(a->kind, b->kind) || !same_day(a, b) ||
	    (a->actor1 && b->actor1 && !sr__streq(a->actor1, b->actor1)))
		return 0;
	holder = sr__x_region_holder(c, b);
	return holder && sr__streq(holder, a->iso3);
}
/* Event a takes b's place, with the words and the reason for it. */
static void take_place(struct sr_event *a, const struct sr_event *b)
{
	a->location = b->location;
	a->admin1 = b->admin1;
	a->country = b->country;
	a->iso3 = b->iso3;
	a->latitude = b->latitude;
	a->longitude = b->longitude;
	a->geo_precision = b->geo_precision;
	a->gazetteer_id = b->gazetteer_id;
	a->spans.place = b->spans.place;
	a->geo_reason = b->geo_reason;
}
/* 1 if the range lo..hi is vague (wider than one figure) and the exact
 * figure n (its own range nlo..nhi one figure or unset) falls in it. */
static int vague_within(int64_t lo, int64_t hi, int64_t n, int64_t nlo,
			int64_t nhi)
{
	return lo != SR_NULL_COUNT && hi != SR_NULL_COUNT && lo < hi &&
	       n != SR_NULL_COUNT && n >= lo && n <= hi &&
	       (nlo == SR_NULL_COUNT || nlo == n) &&
	       (nhi == SR_NULL_COUNT || nhi == n);
}
static void fill(struct sr_event *a, const struct sr_event *b)
{
	if (!a->spans.date.len && b->spans.date.len) {
		a->event_date = b->event_date;
		a->time_precision = b->time_precision;
		a->historical = b->historical;
		a->spans.date = b->spans.date;
	}
	/* a place in the region told first is the more precise */
	if ((!place_key(a) && place_key(b)) ||
	    (place_key(b) && b->geo_precision < a->geo_precision &&
	     in_region(a, b)))
		take_place(a, b);
	if (!a->actor1 && b->actor1) {
		a->actor1 = b->actor1;
		a->actor1_iso3 = b->actor1_iso3;
		a->spans.actor1 = b->spans.actor1;
		/* "Staromaiorske liberated" over "Ukrainian forces have
		 * retaken the village": who took it says whose it was */
		if (sr__streq(a->kind, b->kind))
			a->sub_event_type = b->sub_event_type;
	}
	/* (never the attacker itself, as actor2) */
	if (!a->actor2 && b->actor2 &&
	    !(a->actor1 && sr__streq(a->actor1, b->actor2))) {
		a->actor2 = b->actor2;
		a->actor2_iso3 = b->actor2_iso3;
		a->spans.actor2 = b->spans.actor2;
	}
	/* (a count kept only as an upper bound comes along too) */
	if (a->fatalities == SR_NULL_COUNT &&
	    (b->fatalities != SR_NULL_COUNT ||
	     (a->fatalities_high == SR_NULL_COUNT &&
	      b->fatalities_high != SR_NULL_COUNT)))
		copy_fatalities(a, b);
	if (a->injured == SR_NULL_COUNT && b->injured != SR_NULL_COUNT)
		copy_injured(a, b);
	/* "one dead, dozens injured" in a headline, "56 were injured" in
	 * the story: a vague figure yields to an exact one within it */
	if (vague_within(a->fatalities_low, a->fatalities_high, b->fatalities,
			 b->fatalities_low, b->fatalities_high))
		copy_fatalities(a, b);
	if (vague_within(a->injured_low, a->injured_high, b->injured,
			 b->injured_low, b->injured_high))
		copy_injured(a, b);
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
/* The words for what is left of a weapon shot down. */
static const char *const debris[] = { "debris", "wreckage", "fragments" };
/* 1 if the n bytes at text hold "bri", "eck" or "gme", in either case
 * (each byte with bit 0x20 set): every word of the debris list has one
 * ("debris", "wreckage", "fragments").  Sixteen places a step with SSE2:
 * most sentences have none, and their words need not be read. */
static int may_name_debris(const char *text, size_t n)
{
	return sr__tri_any(text, n, "brieckgme", 3);
}
/* 1 if the toll at span t (none: 1) is told in a sentence about falling
 * debris: "Falling debris damaged a house; two people were injured". */
static int debris_toll(const struct actx *c, struct sr_span t)
{
	const struct sent *s;
	struct sent *ws;
	uint32_t end;
	struct sr_span w;

	if (!t.len)
		return 1;
	s = sent_holding(c, t.off);
	if (!s)
		return 0;
	/* the answer is the sentence's, asked for each count of each
	 * event: its words are read once */
	ws = (struct sent *)s;
	if (ws->debris >= 0)
		return ws->debris;
	ws->debris = 0;
	if (!may_name_debris(c->text + s->span.off, s->span.len))
		return 0;
	end = s->span.off + s->span.len;
	for (w = sr__next_word_across(c->text, end, s->span.off); w.len;
	     w = sr__next_word_across(c->text, end, w.off + w.len))
		if (sr__word_in(c->text, w, debris, SR_ARRAY_LEN(debris))) {
			ws->debris = 1;
			break;
		}
	return ws->debris;
}
/* 1 if strike event a killed and hurt no one, or only with falling
 * debris, and its sentence names nothing struck. */
/* 1 if sentence s names a target, not only a platform fire came from
 * ("launched 4 cruise missiles from a submarine"). */
static int target_struck(const struct actx *c, const struct sent *s)
{
	uint32_t i;

	if (!sr__x_sentence_has_cue(c, s, SR_CUE_TARGET))
		return 0;
	for (i = s->m0; i < s->m1; i++) {
		const struct sr_entry *e = sr__match_entry(c, i);

		if (e->type == SR_ENT_CUE && e->sub == SR_CUE_TARGET &&
		    !sr__word_is(
			c->text,
			sr__prev_word(c->text, s->span.off, c->m[i].off, 1),
			"from"))
			return 1;
	}
	return 0;
}
static int harmless_strike(const struct actx *c, const struct sr_event *a)
{
	const struct sent *s;

	/* (SR_NULL_COUNT is negative) */
	if (!(sr__streq(a->kind, "air_drone_strike") ||
	      sr__streq(a->kind, "shelling_missile")))
		return 0;
	if ((a->fatalities > 0 || a->injured > 0) &&
	    !(debris_toll(c, a->spans.fatalities) &&
	      debris_toll(c, a->spans.injured)))
		return 0;
	s = sent_at(c, a->sentence.off);
	return s && !target_struck(c, s);
}
/* "air defence forces repelled a drone attack on the capital, bringing
 * down two drones over the Ramenskoye district": an event of the same
 * kind and day told by a participle after a comma in the same sentence
 * elaborates the one before it, and its place, told after the first
 * one's trigger, says more closely where it happened.  Folds b into a;
 * returns 1 if it did. */
static int participle_told(const struct actx *c, struct sr_event *a,
			   const struct sr_event *b)
{
	uint32_t t = b->spans.trigger.off, p = t;
	struct sr_span w;

	if (a->sentence.off != b->sentence.off ||
	    !sr__streq(a->kind, b->kind) || !same_day(a, b) ||
	    !b->spans.trigger.len ||
	    t <= a->spans.trigger.off + a->spans.trigger.len)
		return 0;
	w = sr__next_word(c->text, t + b->spans.trigger.len, t, 0);
	if (w.len < 5 || !sr__strncaseeq(c->text + w.off + w.len - 3, 3, "ing"))
		return 0;
	while (p > b->sentence.off && c->text[p - 1] == ' ')
		p--;
	if (p == b->sentence.off || c->text[p - 1] != ',')
		return 0;
	if (place_key(b) && b->spans.place.len &&
	    b->spans.place.off > a->spans.trigger.off && place_key(a) &&
	    !(a->spans.place.len && a->spans.place.off > t))
		take_place(a, b);
	fill(a, b);
	return 1;
}
/* "... air defence destroyed all the targets. The cruise missiles were
 * launched from strategic bombers over the Caspian Sea.": a strike told
 * by a verb of launching only, pointing back to weapons already named,
 * with no place, toll or attacker of its own, tells where the attack
 * came from, not another attack. */
static int launch_told_again(const struct actx *c, const struct sr_event *b)
{
	return harmless_strike(c, b) && !b->spans.place.len &&
	       !b->spans.actor1.len && b->spans.trigger.len &&
	       sr__x_launch_verb(c->text, b->spans.trigger.off,
				 b->spans.trigger.len) &&
	       refers_back(c, b);
}
/* 1 if a word of list[0..n) in sentence s comes right after the word p1
 * or p2 (past "the" with skip_the): "no casualties", "at towns". */
static int listed_after(const struct actx *c, const struct sent *s,
			const char *const *list, size_t n, const char *p1,
			const char *p2, int skip_the)
{
	uint32_t end = s->span.off + s->span.len;
	struct sr_span w, p;

	for (w = sr__next_word_across(c->text, end, s->span.off); w.len;
	     w = sr__next_word_across(c->text, end, w.off + w.len)) {
		if (!sr__word_in(c->text, w, list, n))
			continue;
		p = sr__prev_word(c->text, s->span.off, w.off, skip_the);
		if (p.len && (sr__word_is(c->text, p, p1) ||
			      sr__word_is(c->text, p, p2)))
			return 1;
	}
	return 0;
}
/* 1 if a sentence of the paragraph of sentence from, or of the next
 * paragraph, says the attack did no harm ("no casualties and no
 * destruction", "No hits were reported", "without damage"). */
static int no_harm_told(const struct actx *c, const struct sent *from)
{
	static const char *const harm[] = {
		"hits",	    "casualties", "destruction", "damage",
		"injuries", "victims",	  "dead",
	};
	const struct sent *s = from;

	/* sentences are in paragraph order */
	while (s > c->s && s[-1].para == from->para)
		s--;
	for (; s < c->s + c->ns && s->para <= from->para + 1; s++)
		if (listed_after(c, s, harm, SR_ARRAY_LEN(harm), "no",
				 "without", 0))
			return 1;
	return 0;
}
/* 1 if interception b tells all the weapons downed ("All enemy targets
 * ... were destroyed", "all 16 drones were shot down", "destroyed every
 * drone"; not "all but two"), or most of them ("Fourteen of them were
 * destroyed") where the paragraph of the strike (sentence sa) or the next says
 * the attack did no harm. */
static int downs_all(const struct actx *c, const struct sr_event *b,
		     const struct sent *sa)
{
	struct sr_span before = { b->sentence.off,
				  b->spans.trigger.off - b->sentence.off };
	uint32_t p = before.off,
		 tend = b->spans.trigger.off + b->spans.trigger.len,
		 end = b->sentence.off + b->sentence.len;
	int after = 0;

	if (b->spans.trigger.off < b->sentence.off)
		return 0;
	/* before the trigger, past commas ("Thanks to mobile fire groups,
	 * all eight targets were destroyed"), or in the two words after it
	 * ("destroyed every drone heading for Kyiv") */
	while (p < end && after < 2) {
		struct sr_span nx, w = sr__next_word(c->text, end, p, 0);

		if (!w.len) {
			if (p >= tend)
				break;
			p++;
			continue;
		}
		p = w.off + w.len;
		if (w.off >= tend)
			after++;
		else if (w.off >= b->spans.trigger.off)
			continue;
		if (!sr__word_is(c->text, w, "all") &&
		    !sr__word_is(c->text, w, "every"))
			continue;
		nx = sr__next_word(c->text, end, w.off + w.len, 0);
		if (!nx.len || !sr__word_is(c->text, nx, "but"))
			return 1;
	}
	return sr__x_has_text(c->text, before, "of them") &&
	       no_harm_told(c, sa);
}
/* Fold strike a into interception b: the strike's attacker is the
 * interception's target (never its actor), the rest fills what b lacks,
 * and a is dropped. */
static void strike_into_interception(struct sr_event *b, struct sr_event *a)
{
	if (!b->actor2 && a->actor1) {
		b->actor2 = a->actor1;
		b->actor2_iso3 = a->actor1_iso3;
		b->spans.actor2 = a->spans.actor1;
	}
	a->actor1 = NULL;
	fill(b, a);
	a->kind = NULL;
}
/* 1 if both sides are known and the same. */
static int same_side(const char *a, const char *b)
{
	return a && b && sr__streq(a, b);
}
/* 1 if harmless strike a of sentence sa only reports a launch: it names
 * no place at all, or only a country ("Russia attacked Ukraine with 40
 * Shahed drones overnight"), and aims at no town ("fired 40 rockets at
 * towns in the Upper Galilee").  The interception told after it is the
 * event to code, however many weapons it downed. */
static int launch_report(const struct actx *c, const struct sr_event *a,
			 const struct sent *sa)
{
	static const char *const towns[] = {
		"town",	    "towns",   "city",	      "cities",	 "village",
		"villages", "capital", "settlements", "suburbs",
	};
	/* (a place carried from before, no word of the sentence: "Air
	 * raid alert, Lviv oblast. ... the bombers launched cruise
	 * missiles from the Caspian area") */
	if (a->location && a->geo_precision && a->geo_precision < 4 &&
	    a->spans.place.len)
		return 0;
	return !listed_after(c, sa, towns, SR_ARRAY_LEN(towns), "at", "on", 1);
}
/* 1 if the trigger of strike a (in sentence sa) follows "attempting
 * to", "tried to" or "an attempt to"; 2 if it is the noun an attempt
 * names ("attempted another attack on Sevastopol"). */
static int attempted(const struct actx *c, const struct sr_event *a,
		     const struct sent *sa)
{
	static const char *const tries[] = { "attempting", "attempted",
					     "attempt",	   "attempts",
					     "trying",	   "tried" };
	static const char *const det[] = { "a", "an", "another" };
	struct sr_span to, w;

	if (!a->spans.trigger.len || a->spans.trigger.off < sa->span.off)
		return 0;
	to = sr__prev_word(c->text, sa->span.off, a->spans.trigger.off, 0);
	if (!to.len)
		return 0;
	w = sr__prev_word(c->text, sa->span.off, to.off, 0);
	if (!w.len || !sr__word_in(c->text, w, tries, SR_ARRAY_LEN(tries)))
		return 0;
	if (sr__word_is(c->text, to, "to"))
		return 1;
	return sr__word_in(c->text, to, det, SR_ARRAY_LEN(det)) ? 2 : 0;
}
/* 1 if what interception b downed fell as debris, told in the next
 * sentence ("Air defence destroyed 13 drones. Debris fell on the port;
 * two workers suffered shrapnel wounds"): no weapon got through. */
static int debris_harm_only(const struct actx *c, const struct sr_event *b)
{
	const struct sent *sb = sent_at(c, b->sentence.off);
	struct sr_span next;

	/* (the debris told in the sentence right after the interception,
	 * whose toll joins it later) */
	if (!sb || sb + 1 >= c->s + c->ns || sb[1].para != sb->para)
		return 0;
	next.off = sb[1].span.off;
	next.len = 1;
	return debris_toll(c, next);
}
/* "The enemy attacked the south with 16 Shahed drones. Fourteen of them
 * were destroyed over the Odesa region. No hits were reported.": a
 * strike that harmed no one, followed in its paragraph or the next by
 * the interception of all its weapons (or most, nothing hit), is that
 * interception (ACLED's "Disrupted weapons use"), not a strike as well.
 * The strike folds into it, its attacker the interception's target.
 * Returns 1 if event i was folded. */
static int fold_into_interception(const struct actx *c, struct sr_event *evs,
				  size_t n, size_t i)
{
	const struct sent *sa = sent_at(c, evs[i].sentence.off);
	size_t j;
	int harmless, launch, tried;

	if (!sa)
		return 0;
	/* the cheap test first: an interception told after it, before the
	 * paragraph after next (the loop below folds into none else) */
	for (j = i + 1; j < n; j++) {
		const struct sent *sb;

		if (!evs[j].kind)
			continue;
		sb = sent_at(c, evs[j].sentence.off);
		if (!sb || sb->para > sa->para + 1)
			return 0;
		if (sr__streq(evs[j].kind, "interception"))
			break;
	}
	if (j == n)
		return 0;
	harmless = harmless_strike(c, &evs[i]);
	/* (a launch at a country's energy system, no place or toll told:
	 * the interception is the event told; the words are read last, for
	 * a strike only) */
	launch = (harmless || (evs[i].fatalities <= 0 && evs[i].injured <= 0 &&
			       (sr__streq(evs[i].kind, "air_drone_strike") ||
				sr__streq(evs[i].kind, "shelling_missile")))) &&
		 launch_report(c, &evs[i], sa);
	/* "The Armed Forces of Ukraine are attempting to strike the city
	 * with missiles. Air defence is repelling the attack": a strike
	 * only tried, then stopped, is the interception, with what its
	 * debris did */
	tried = attempted(c, &evs[i], sa);
	if (tried)
		harmless = launch = 1;
	if (!harmless && !launch)
		return 0;
	for (j = i + 1; j < n; j++) {
		struct sr_event *b = &evs[j];
		const struct sent *sb;

		if (!b->kind)
			continue;
		sb = sent_at(c, b->sentence.off);
		if (!sb || sb->para > sa->para + 1)
			return 0;
		if (!sr__streq(b->kind, "interception"))
			continue;
		/* (an attack attempted, with no weapon named: the air
		 * defence of its paragraph over its place stopped it) */
		if (tried == 2 && (sb->para != sa->para ||
				   place_key(&evs[i]) != place_key(b)))
			return 0;
		if (!same_day(&evs[i], b) ||
		    (!launch && place_key(&evs[i]) && place_key(b) &&
		     place_key(&evs[i]) != place_key(b) &&
		     !in_region(&evs[i], b) && !in_region(b, &evs[i])) ||
		    ((!harmless ||
		      !(downs_all(c, b, sa) || debris_harm_only(c, b))) &&
		     !(launch && sb->para == sa->para &&
		       !same_side(b->actor1_iso3, evs[i].actor1_iso3))))
			return 0;
		strike_into_interception(b, &evs[i]);
		return 1;
	}
	return 0;
}
/* "Air defence worked against drones over the Kyiv region. Debris of a
 * downed UAV fell on a warehouse in Bila Tserkva": an interception told
 * over a region takes the town of that region where the next sentence
 * of its paragraph says the debris fell. */
static void debris_town(const struct actx *c, struct sr_event *ev)
{
	const struct sent *sa = sent_at(c, ev->sentence.off), *sb;
	uint32_t i, lim;
	struct sr_span w;

	if (!sa || sa + 1 >= c->s + c->ns)
		return;
	sb = sa + 1;
	lim = sb->span.off + sb->span.len;
	if (sb->para != sa->para)
		return;
	for (w = sr__next_word(c->text, lim, sb->span.off, 0); w.len;
	     w = sr__next_word(c->text, lim, w.off + w.len, 0))
		if (sr__word_in(c->text, w, debris, SR_ARRAY_LEN(debris)))
			break;
	if (!w.len)
		return;
	for (i = sb->p0; i < sb->p1; i++) {
		struct sr_event pe;

		if (!local_place(c, &c->pm[i], &pe))
			continue;
		if (in_region(ev, &pe)) {
			take_place(ev, &pe);
			return;
		}
	}
}
/* "All the drones were destroyed by air defence. Falling debris hit a
 * high-rise, where one person died": a strike whose striker is the
 * debris of what was shot down (one of the four words before its
 * trigger), after an interception of the same day and place in its
 * paragraph or the one before, is that interception's harm.  The strike
 * folds into it.  Returns 1 if event i was folded. */
static int debris_of_interception(const struct actx *c, struct sr_event *evs,
				  size_t n_events, size_t i)
{
	const struct sent *sa;
	struct sr_span w;
	uint32_t p;
	size_t j;
	int n, fwd, toll, strike, found = 0, pass;

	/* (a bare toll is the debris's harm too: "As a result of falling
	 * debris, three servicemen were fatally wounded", a clash only
	 * because its victims are soldiers) */
	/* (the kind first: most events are of no kind asked, and the rule
	 * and the sentence need not be looked up for them) */
	strike = sr__streq(evs[i].kind, "air_drone_strike") ||
		 sr__streq(evs[i].kind, "shelling_missile");
	if (!strike && !sr__streq(evs[i].kind, "armed_clash"))
		return 0;
	toll = evs[i].rule && sr__x_starts(evs[i].rule, "trigger:toll");
	if (!strike && !toll)
		return 0;
	sa = sent_at(c, evs[i].sentence.off);
	if (!sa || !evs[i].spans.trigger.len)
		return 0;
	/* (the words are looked for in the sentence only, before the
	 * trigger or after it: none there, none found) */
	if (!may_name_debris(c->text + sa->span.off, sa->span.len))
		return 0;
	/* ("falling debris set a garage on fire and damaged a warehouse":
	 * up to eight words back, within the clause; a toll's up to 24
	 * words back, past commas) */
	for (n = 0, p = evs[i].spans.trigger.off; n < (toll ? 24 : 8);
	     n++, p = w.off) {
		w = sr__prev_word(c->text, sa->span.off, p, 0);
		/* (a toll's over an opening phrase's comma, or a clause's
		 * semicolon) */
		if (!w.len && toll) {
			while (p > sa->span.off + 1 && c->text[p - 1] == ' ')
				p--;
			if (p > sa->span.off + 1 &&
			    (c->text[p - 1] == ',' || c->text[p - 1] == ';'))
				w = sr__prev_word(c->text, sa->span.off, --p,
						  0);
		}
		/* (a toll's also over a semicolon: "Debris from a downed
		 * drone fell on a house; two people were injured") */
		if (!w.len ||
		    (!toll && memchr(c->text + w.off + w.len, ',',
				     p - (w.off + w.len))) ||
		    (!toll &&
		     memchr(c->text + w.off + w.len, ';', p - (w.off + w.len))))
			break;
		if (sr__word_in(c->text, w, debris, SR_ARRAY_LEN(debris))) {
			found = 1;
			break;
		}
	}
	/* (or just after a toll: "two hurt as debris of downed drones
	 * falls", "a man was injured by falling debris") */
	if (!found) {
		uint32_t lim = sa->span.off + sa->span.len;

		w = evs[i].spans.trigger;
		for (n = 0; n < 4; n++) {
			w = sr__next_word(c->text, lim, w.off + w.len, 0);
			if (!w.len)
				return 0;
			if (sr__word_in(c->text, w, debris,
					SR_ARRAY_LEN(debris)))
				break;
		}
		if (n == 4 || !toll)
			return 0;
	}
	/* (the interception told before; or after, when the debris is the
	 * headline's: "Taganrog: two hurt as debris of downed drones falls
	 * on industrial site" above "Rostov region repelled a drone
	 * attack") */
	/* (and when none is told before, one told after it in the
	 * paragraph or the next: "Debris from a downed drone fell on a house;
	 * two people were injured. ... all the attack drones heading for
	 * the city were destroyed") */
	fwd = in_headline(c, &evs[i]);
	for (j = i, pass = 0; pass < 2;) {
		struct sr_event *b;
		const struct sent *sb;

		if (fwd ? ++j >= n_events : j-- == 0) {
			if (fwd || pass++)
				break;
			fwd = 1;
			j = i;
			continue;
		}
		b = &evs[j];
		if (!b->kind)
			continue;
		sb = sent_at(c, b->sentence.off);
		if (!sb || sb->para + 1 < sa->para || sb->para > sa->para + 1)
			continue;
		if (!sr__streq(b->kind, "interception"))
			continue;
		/* (the same date, inferred or told: not "a drone was
		 * downed last week") */
		if (b->event_date.y != evs[i].event_date.y ||
		    b->event_date.m != evs[i].event_date.m ||
		    b->event_date.d != evs[i].event_date.d ||
		    (place_key(&evs[i]) && place_key(b) &&
		     place_key(&evs[i]) != place_key(b) &&
		     !in_region(&evs[i], b) && !in_region(b, &evs[i])))
			return 0;
		strike_into_interception(b, &evs[i]);
		/* "brought down 5 more drones" over a town of a state at
		 * war with the drones' side: that state's air defence */
		if (!b->actor1 && b->iso3 && b->actor2_iso3) {
			const char *foe = sr__engine_partner(c->e, b->iso3);
			const struct sr_country *co =
			    sr__country_by_iso3(b->iso3);

			if (foe && co && sr__streq(foe, b->actor2_iso3))
				sr__x_set_forces(c, co, &b->actor1,
						 &b->actor1_iso3);
		}
		return 1;
	}
	return 0;
}
/* 1 if b is an explosion of no cause told after an attack a that blasts
 * ("HUR said a car bomb killed two officers ... Russian-installed
 * officials confirmed an explosion near a checkpoint and said one
 * serviceman had died"): the attack, told by the other side. */
static int blast_of(const struct sr_event *b, const struct sr_event *a)
{
	return sr__streq(b->kind, "explosion") &&
	       (sr__streq(a->kind, "remote_explosive") ||
		sr__streq(a->kind, "air_drone_strike") ||
		sr__streq(a->kind, "shelling_missile"));
}
/* 1 if event b adds to nothing of a but its toll: the same kind, place
 * (a town), date and attacker (or none named) in the same paragraph,
 * with a toll told in only one of them ("The enemy pounded the Nikopol
 * district ... Shells fell on Marhanets ... In Nikopol itself a man was
 * killed"): one event a day per place and kind, as ACLED codes. */
static int same_place_day(const struct actx *c, const struct sr_event *a,
			  const struct sr_event *b)
{
	const struct sent *sa, *sb;
	int toll_a =
		a->fatalities != SR_NULL_COUNT || a->injured != SR_NULL_COUNT,
	    toll_b =
		b->fatalities != SR_NULL_COUNT || b->injured != SR_NULL_COUNT;

	/* the cheap tests first: asked of every pair of an article's
	 * events */
	if (toll_a == toll_b || !place_key(a) || place_key(a) != place_key(b) ||
	    a->geo_precision > 2 || b->geo_precision > 2)
		return 0;
	/* (the blast told after the attack, with no date of its own, is
	 * of the attack's day; whoever the sentence names with it tells
	 * it: "Russian-installed officials confirmed an explosion") */
	if (sr__streq(a->kind, b->kind)) {
		if (a->event_date.y != b->event_date.y ||
		    a->event_date.m != b->event_date.m ||
		    a->event_date.d != b->event_date.d ||
		    (a->actor1 && b->actor1 &&
		     !sr__streq(a->actor1, b->actor1)))
			return 0;
	} else if (!blast_of(b, a) || b->spans.date.len) {
		return 0;
	}
	sa = sent_at(c, a->sentence.off);
	sb = sent_at(c, b->sentence.off);
	return sa && sb && sa->para == sb->para;
}
/* 1 if strike a, with no place, attacker or toll of its own, is told
 * again later in its paragraph by strike b of the same kind and day at a
 * place ("overnight the capital was again attacked by drones. Several
 * were shot down ... One of them flew into a tower in Moscow City"). */
static int placed_later(const struct actx *c, const struct sr_event *a,
			const struct sr_event *b)
{
	const struct sent *sa, *sb;

	if (place_key(a) || !place_key(b) || a->actor1 ||
	    a->fatalities != SR_NULL_COUNT || a->injured != SR_NULL_COUNT ||
	    !strike_kind(a->kind) || !sr__streq(a->kind, b->kind) ||
	    !same_day(a, b))
		return 0;
	sa = sent_at(c, a->sentence.off);
	sb = sent_at(c, b->sentence.off);
	return sa && sb && sa->para == sb->para && sb > sa;
}
int sr_extract(const struct sr_engine *e, const struct sr_article *a,
	       struct sr_doc *doc)
{
	struct actx c;
	struct actor_memo actors;
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
	c.id_hash = a->id ? sr__hash64(a->id, strlen(a->id)) : 0;
	c.doc = doc;
	actors.s = NULL;
	c.actors = &actors;
	c.text = a->text;
	c.len = a->text_len;
	if (c.len > SR_MAX_DOC_LEN)
		return SR_ETOOBIG;
	rc = sr__fold_text(&doc->fold, c.text, c.len);
	if (rc)
		return rc;
	sr__buf_reset(&doc->matches);
	rc = sr__lex_scan(e->lex, &doc->fold, &doc->matches, &doc->tail);
	if (rc)
		return rc;
	c.m = (struct sr_match *)doc->matches.data;
	c.nm = doc->matches.len / sizeof(struct sr_match);
	/* The automaton reports matches by end offset, which is nearly the
	 * order by start: an insertion sort is linear here. */
	for (i = 1; i < c.nm; i++) {
		struct sr_match x;
		size_t j = i;

		/* (most are in place already: no copy out and back; most
		 * start after the match before, which cmp_match orders
		 * first, without a call) */
		if (c.m[i - 1].off < c.m[i].off ||
		    cmp_match(&c.m[i - 1], &c.m[i]) <= 0)
			continue;
		x = c.m[i];
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
		const struct sent *ps = sent_at(&c, evs[i].sentence.off);
		uint32_t para = ps ? ps->para : 0;

		if (prev_para_ev != (size_t)-1 &&
		    evs[prev_para_ev].sentence.len && para == cur_para &&
		    participle_told(&c, &evs[prev_para_ev], &evs[i])) {
			evs[i].kind = NULL; /* folded */
		} else if (prev_para_ev != (size_t)-1 &&
			   evs[prev_para_ev].sentence.len &&
			   ((para == cur_para &&
			     (same_event(&evs[prev_para_ev], &evs[i]) ||
			      brought_down_at(&c, &evs[prev_para_ev],
					      &evs[i]) ||
			      back_in_paragraph(&c, &evs[prev_para_ev],
						&evs[i]) ||
			      bare_retelling(&c, &evs[prev_para_ev], &evs[i]) ||
			      list_detail(&c, &evs[prev_para_ev], &evs[i]) ||
			      held_region_of(&c, &evs[prev_para_ev], &evs[i]) ||
			      blast_after_strike(&c, &evs[prev_para_ev],
						 &evs[i]) ||
			      strike_fire(&c, &evs[prev_para_ev], &evs[i]) ||
			      (same_day(&evs[prev_para_ev], &evs[i]) &&
			       launch_told_again(&c, &evs[i])))) ||
			    (para == cur_para + 1 &&
			     continues_event(&c, &evs[prev_para_ev],
					     &evs[i])))) {
			int listed =
			    list_detail(&c, &evs[prev_para_ev], &evs[i]) ||
			    held_region_of(&c, &evs[prev_para_ev], &evs[i]);

			add_volley_part(&c, &evs[prev_para_ev], &evs[i]);
			fill(&evs[prev_para_ev], &evs[i]);
			if (listed)
				take_place(&evs[prev_para_ev], &evs[i]);
			/* where the weapons were heading yields to where
			 * the event was */
			if (destination_place(&c, &evs[prev_para_ev]) &&
			    place_key(&evs[i]) &&
			    !destination_place(&c, &evs[i]))
				take_place(&evs[prev_para_ev], &evs[i]);
			evs[i].kind = NULL; /* folded */
		} else if (prev_para_ev != (size_t)-1 &&
			   ((para == cur_para &&
			     (explained_blast(&evs[prev_para_ev], &evs[i]) ||
			      toll_before_strike(&evs[prev_para_ev], &evs[i]) ||
			      one_got_through(&c, &evs[prev_para_ev],
					      &evs[i]) ||
			      bodies_before_strike(&c, &evs[prev_para_ev],
						   &evs[i]) ||
			      region_toll_parts(&c, &evs[prev_para_ev],
						&evs[i]) ||
			      bare_opening(&c, &evs[prev_para_ev], &evs[i]) ||
			      region_tally(&evs[prev_para_ev], &evs[i]))) ||
			    headline_told(&c, &evs[prev_para_ev], &evs[i]))) {
			/* the blasts or the toll told first were the
			 * strike's (the bodies found all of its dead) */
			if (bodies_before_strike(&c, &evs[prev_para_ev],
						 &evs[i]))
				copy_fatalities(&evs[i], &evs[prev_para_ev]);
			if (guessed_attack(&evs[prev_para_ev], &evs[i]) &&
			    headline_told(&c, &evs[prev_para_ev], &evs[i]))
				take_kind(&evs[i], &evs[prev_para_ev]);
			/* (the region's total is no part's toll) */
			if (region_total(&evs[prev_para_ev], &evs[i]) &&
			    region_tally(&evs[prev_para_ev], &evs[i]))
				set_null_counts(&evs[prev_para_ev]);
			fill(&evs[i], &evs[prev_para_ev]);
			evs[prev_para_ev].kind = NULL;
			prev_para_ev = i;
		} else {
			prev_para_ev = i;
		}
		cur_para = para;
	}
	for (i = 0; i < n; i++)
		if (evs[i].kind && !fold_into_interception(&c, evs, n, i))
			debris_of_interception(&c, evs, n, i);
	for (i = 0; i < n; i++)
		if (evs[i].kind && evs[i].geo_precision >= 3 &&
		    sr__streq(evs[i].kind, "interception"))
			debris_town(&c, &evs[i]);
	for (i = 1; i < n; i++) {
		size_t j;

		for (j = 0; j < i && evs[i].kind; j++)
			if (evs[j].kind &&
			    same_place_day(&c, &evs[j], &evs[i])) {
				fill(&evs[j], &evs[i]);
				evs[i].kind = NULL;
			} else if (evs[j].kind &&
				   placed_later(&c, &evs[j], &evs[i])) {
				fill(&evs[i], &evs[j]);
				evs[j].kind = NULL;
			}
	}
	/* no side acts on itself: an actor2 read as the attacker again
	 * (from the victims' words, or the planter of a mine found after
	 * them) is dropped */
	for (i = 0; i < n; i++)
		if (evs[i].kind && evs[i].actor1 && evs[i].actor2 &&
		    sr__streq(evs[i].actor1, evs[i].actor2)) {
			evs[i].actor2 = evs[i].actor2_iso3 = NULL;
			evs[i].spans.actor2.len = 0;
		}
	return sr__doc_push_told(doc, evs, n);
}
