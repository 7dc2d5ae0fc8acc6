/*
 * places.c - place mentions: finds runs of capitalised words that name a
 * gazetteer place (longest first, up to four words), reads the words around
 * them ("near X", "the X region", "X district"), and picks one candidate per
 * mention from article context: the countries and regions the article
 * names, other places it names nearby, feature class and population.
 *
 * Exports sr__places_collect, sr__places_resolve, sr__place_to_event.
 * Not here: choosing which mention is an event's place (extract.c).
 */
#include "frame.h"

#include <string.h>

#define MAX_NAME_WORDS 4

static int is_upper_token(const char *text, const struct sr_token *t)
{
	return t->kind == SR_TOK_WORD && t->upper;
}

/* 1 if bytes [off, off+len) are inside a lexicon match that is a country,
 * an actor name (not a metonym) or a weapon. */
static const struct sr_entry *covering_entry(const struct actx *c,
					     const struct sent *s,
					     uint32_t off, uint32_t end)
{
	uint32_t i;

	for (i = s->m0; i < s->m1; i++) {
		const struct sr_match *m = &c->m[i];
		const struct sr_entry *e = sr__lex_entry(c->lx, m->entry);

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
static void read_context(struct actx *c, const struct sent *s,
			 struct mention *pm)
{
	struct sr_span w, w2;
	uint32_t end = pm->span.off + pm->span.len;
	int cue;

	w = sr__prev_word(c->text, s->span.off, pm->span.off, 1);
	if (w.len) {
		cue = sr__cue_at(c, s, w.off);
		if (sr__word_is(c->text, w, "of")) {
			w2 = sr__prev_word(c->text, s->span.off, w.off, 1);
			if (w2.len && (sr__word_is(c->text, w2, "outskirts") ||
				       sr__word_is(c->text, w2, "vicinity") ||
				       sr__word_is(c->text, w2, "north") ||
				       sr__word_is(c->text, w2, "south") ||
				       sr__word_is(c->text, w2, "east") ||
				       sr__word_is(c->text, w2, "west")))
				pm->near = 1;
			cue = SR_CUE_IN;
		}
		if (cue == SR_CUE_NEAR)
			pm->near = 1;
		pm->prep = (unsigned char)cue;
	}
	w = sr__next_word(c->text, s->span.off + s->span.len, end, 0);
	if (w.len) {
		cue = sr__cue_at(c, s, w.off);
		if (cue == SR_CUE_REGION)
			pm->want_admin1 = 1;
		else if (cue == SR_CUE_DISTRICT)
			pm->district = 1;
	}
}

static void collect_sentence(struct actx *c, struct sent *s, int *rc)
{
	const struct sr_gaz *g = c->e->gaz;
	uint32_t i, j;
	char key[SR_MAX_NAME_LEN + 1];

	s->p0 = (uint32_t)c->npm;
	for (i = s->t0; i < s->t1 && !*rc;) {
		const struct sr_token *t = &c->tok[i];
		const struct sr_entry *cov;
		uint32_t nwords = 0, best_len = 0;
		struct mention pm;

		if (!is_upper_token(c->text, t)) {
			i++;
			continue;
		}
		/* a run of capitalised words separated by single spaces */
		for (j = i; j < s->t1 && nwords < MAX_NAME_WORDS; j++) {
			const struct sr_token *u = &c->tok[j];

			if (!is_upper_token(c->text, u))
				break;
			if (j > i && u->span.off !=
					     c->tok[j - 1].span.off +
						     c->tok[j - 1].span.len + 1)
				break;
			nwords++;
		}
		memset(&pm, 0, sizeof(pm));
		pm.place = UINT32_MAX;
		for (; nwords > 0; nwords--) {
			const struct sr_token *last = &c->tok[i + nwords - 1];
			uint32_t end = last->span.off + last->span.len;
			size_t klen;

			cov = covering_entry(c, s, t->span.off, end);
			if (cov)
				break;
			klen = sr__fold(c->text + t->span.off,
					end - t->span.off, key, sizeof(key));
			if (!klen)
				continue;
			if (nwords == 1 &&
			    sr__engine_is_stopword(c->e, key, klen))
				continue;
			pm.ncand = (uint32_t)sr__gaz_find(g, key, klen, pm.cand,
							  MAX_CAND);
			if (pm.ncand) {
				if (pm.ncand > MAX_CAND)
					pm.ncand = MAX_CAND;
				best_len = nwords;
				pm.span.off = t->span.off;
				pm.span.len = end - t->span.off;
				break;
			}
		}
		if (!best_len) {
			i++;
			continue;
		}
		pm.sent = (uint32_t)(s - c->s);
		pm.tok = i;
		pm.tok_end = i + best_len;
		read_context(c, s, &pm);
		*rc = push_mention(c, &pm);
		i += best_len;
	}
	/* Country names from the lexicon are place mentions too. */
	for (i = s->m0; i < s->m1 && !*rc; i++) {
		const struct sr_match *m = &c->m[i];
		const struct sr_entry *e = sr__lex_entry(c->lx, m->entry);
		struct mention pm;
		uint32_t idx;

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
	size_t i;
	int rc = SR_OK;

	sr__buf_reset(&c->doc->mentions);
	c->pm = NULL;
	c->npm = 0;
	if (!c->e->gaz)
		return SR_OK;
	for (i = 0; i < c->ns && !rc; i++)
		collect_sentence(c, &c->s[i], &rc);
	return rc;
}

static void add_focus(struct actx *c, const char *cc)
{
	size_t i;

	for (i = 0; i < c->nfocus; i++)
		if (strcmp(c->focus[i], cc) == 0)
			return;
	if (c->nfocus < SR_ARRAY_LEN(c->focus))
		c->focus[c->nfocus++] = cc;
}

static void pick(struct actx *c, struct mention *pm, int use_anchors)
{
	const struct sr_gaz *g = c->e->gaz;
	struct sr_gaz_context ctx;
	struct sr_place p;
	double best = -1e300;
	uint32_t k, best_idx = UINT32_MAX, near[64];
	size_t nnear = 0;
	int want_level;
	int have_level[3] = {0, 0, 0};

	if (pm->is_country)
		return;
	memset(&ctx, 0, sizeof(ctx));
	for (k = 0; k < c->nfocus && k < SR_ARRAY_LEN(ctx.focus_cc); k++)
		ctx.focus_cc[k] = c->focus[k];
	ctx.focus_count = k;
	ctx.admin1_idx = c->admin1;
	ctx.admin1_count = c->nadmin1;
	if (use_anchors) {
		/* other mentions' anchors only: a name must not vote for
		 * itself */
		for (k = 0; k < c->nanchors; k++)
			if (c->anchor_of[k] != c->self)
				near[nnear++] = c->anchors[k];
		ctx.near_idx = near;
		ctx.near_count = nnear;
	}
	ctx.want_admin1 = pm->want_admin1;
	for (k = 0; k < pm->ncand; k++) {
		sr__gaz_place(g, pm->cand[k], &p);
		if (p.level >= 0 && p.level <= 2)
			have_level[p.level] = 1;
	}
	/* "the X region" wants a region; a bare name wants a locality. */
	if (pm->want_admin1)
		want_level = have_level[SR_PLACE_ADMIN1] ? SR_PLACE_ADMIN1
							 : SR_PLACE_LOCALITY;
	else
		want_level = have_level[SR_PLACE_LOCALITY] ? SR_PLACE_LOCALITY
			     : have_level[SR_PLACE_ADMIN1] ? SR_PLACE_ADMIN1
							   : SR_PLACE_COUNTRY;
	for (k = 0; k < pm->ncand; k++) {
		double sc;
		char why[120];

		sr__gaz_place(g, pm->cand[k], &p);
		if (p.level != want_level)
			continue;
		sc = sr__gaz_score(g, &p, &ctx, why, sizeof(why));
		if (sc > best || (sc == best && pm->cand[k] < best_idx)) {
			best = sc;
			best_idx = pm->cand[k];
			memcpy(pm->why, why, sizeof(why));
		}
	}
	pm->place = best_idx;
	pm->score = best;
	if (best_idx == UINT32_MAX)
		return;
	sr__gaz_place(g, best_idx, &p);
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
}

void sr__places_resolve(struct actx *c)
{
	const struct sr_gaz *g = c->e->gaz;
	size_t i;
	struct sr_place p;

	c->nfocus = 0;
	c->nadmin1 = 0;
	c->nanchors = 0;
	if (!g)
		return;
	for (i = 0; i < c->e->focus_count; i++)
		add_focus(c, c->e->focus[i]);
	/* Countries the article names or whose people it names. */
	for (i = 0; i < c->nm; i++) {
		const struct sr_entry *e = sr__lex_entry(c->lx, c->m[i].entry);

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
	/* Regions first: "the Kherson region" helps every later name. */
	for (i = 0; i < c->npm; i++) {
		struct mention *pm = &c->pm[i];

		if (!pm->want_admin1)
			continue;
		pick(c, pm, 0);
		if (pm->place != UINT32_MAX && c->nadmin1 < 32) {
			sr__gaz_place(g, pm->place, &p);
			if (p.level == SR_PLACE_ADMIN1)
				c->admin1[c->nadmin1++] = pm->place;
		}
	}
	for (i = 0; i < c->npm; i++)
		if (!c->pm[i].want_admin1)
			pick(c, &c->pm[i], 0);
	/* Places named without rival candidates anchor the others. */
	for (i = 0; i < c->npm && c->nanchors < 64; i++) {
		struct mention *pm = &c->pm[i];

		if (pm->place == UINT32_MAX || pm->is_country)
			continue;
		sr__gaz_place(g, pm->place, &p);
		if (p.level != SR_PLACE_LOCALITY)
			continue;
		if (pm->ncand == 1 || p.population >= 100000) {
			c->anchor_of[c->nanchors] = (uint32_t)i;
			c->anchors[c->nanchors++] = pm->place;
		}
	}
	for (i = 0; i < c->npm; i++) {
		struct mention *pm = &c->pm[i];

		if (pm->is_country || pm->want_admin1 || pm->ncand < 2)
			continue;
		c->self = (uint32_t)i;
		pick(c, pm, 1);
	}
}

void sr__place_to_event(const struct actx *c, const struct mention *pm,
			struct sr_event *ev)
{
	struct sr_place p;

	if (!c->e->gaz || pm->place == UINT32_MAX)
		return;
	sr__gaz_place(c->e->gaz, pm->place, &p);
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
