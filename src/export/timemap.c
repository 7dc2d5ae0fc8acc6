/*
 * timemap.c - the TimeMap writer (`--format timemap`): one JSON document
 * that Forensic Architecture's timemap front end can load, with the arrays
 * it reads from its separate endpoints side by side:
 *
 *   {"events":[...], "categories":[...], "associations":[...],
 *    "sources":[...]}
 *
 * Events carry only the keys of timemap's event schema, every value a
 * string as timemap's validator wants: id, description (the source
 * sentence), date (MM/DD/YYYY, timemap's default DATE_FMT), time,
 * time_precision, location, latitude, longitude, type, category,
 * associations ([kind]), sources ([article id]), colour.  docs/EXPORTS.md
 * has the whole mapping.
 *
 * Exports: sr__export_timemap_head/event/tail/free.
 *
 * Invariants: after the tail the output is one valid JSON object even with
 * no events; each kind and each article appears once in categories /
 * sources, in order of first appearance.
 *
 * Not here: article titles and URLs (the event record does not carry
 * them: a source's title is its article id).
 */
#include "report.h"

#include <string.h>

/* Distinct strings in order of first appearance, with a hash index. */
struct strset {
	char **s;
	size_t count, cap;
	uint32_t *slot; /* index + 1; 0 empty */
	size_t slot_cap;
};

struct tm_state {
	struct strset kinds;
	struct strset sources;
};

static void strset_clear(struct strset *t)
{
	size_t i;

	for (i = 0; i < t->count; i++)
		sr_free(t->s[i]);
	sr_free(t->s);
	sr_free(t->slot);
	memset(t, 0, sizeof(*t));
}

static int strset_rehash(struct strset *t)
{
	size_t cap = t->slot_cap ? t->slot_cap * 2 : 64, i, j;
	uint32_t *slot = sr_calloc(cap, sizeof(*slot));

	if (!slot)
		return SR_ENOMEM;
	for (i = 0; i < t->count; i++) {
		j = sr__hash64(t->s[i], strlen(t->s[i])) & (cap - 1);
		while (slot[j])
			j = (j + 1) & (cap - 1);
		slot[j] = (uint32_t)i + 1;
	}
	sr_free(t->slot);
	t->slot = slot;
	t->slot_cap = cap;
	return SR_OK;
}

static int strset_add(struct strset *t, const char *s)
{
	size_t j;
	char *copy;

	if (!s)
		return SR_OK;
	if ((t->count + 1) * 2 > t->slot_cap && strset_rehash(t))
		return SR_ENOMEM;
	j = sr__hash64(s, strlen(s)) & (t->slot_cap - 1);
	while (t->slot[j]) {
		if (strcmp(t->s[t->slot[j] - 1], s) == 0)
			return SR_OK;
		j = (j + 1) & (t->slot_cap - 1);
	}
	if (t->count == t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 16;
		char **n = sr_realloc(t->s, cap * sizeof(*n));

		if (!n)
			return SR_ENOMEM;
		t->s = n;
		t->cap = cap;
	}
	copy = sr__strdup(s);
	if (!copy)
		return SR_ENOMEM;
	t->s[t->count] = copy;
	t->slot[j] = (uint32_t)++t->count;
	return SR_OK;
}

int sr__export_timemap_head(struct sr_writer *w)
{
	w->ext = sr_calloc(1, sizeof(struct tm_state));
	if (!w->ext)
		return SR_ENOMEM;
	return sr__buf_puts(&w->buf, "{\"events\":[\n");
}

void sr__export_timemap_free(struct sr_writer *w)
{
	struct tm_state *st = w ? w->ext : NULL;

	if (!st)
		return;
	strset_clear(&st->kinds);
	strset_clear(&st->sources);
	sr_free(st);
	w->ext = NULL;
}

static void key_str(struct sr_jw *jw, const char *key, const char *v)
{
	sr__jw_raw(jw, key, strlen(key));
	sr__jw_cstr(jw, v ? v : "");
}

static const char *const precision_names[] = { "", "day", "week", "month" };

int sr__export_timemap_event(struct sr_writer *w, const struct sr_event *ev)
{
	struct tm_state *st = w->ext;
	struct sr_jw jw = { &w->buf, 0 };
	const char *sent;
	size_t slen;
	char date[16], num[40];
	const char *kind = ev->kind ? ev->kind : "event";
	int rc;

	rc = strset_add(&st->kinds, kind);
	if (!rc)
		rc = strset_add(&st->sources, ev->article_id);
	if (rc)
		return rc;
	if (w->written)
		SR_JW_LIT(&jw, ",\n");
	SR_JW_LIT(&jw, "{\"id\":");
	sr__jw_str(&jw, ev->event_id,
		   strnlen(ev->event_id, sizeof(ev->event_id)));
	SR_JW_LIT(&jw, ",\"description\":");
	sent = sr__export_sentence(ev, &slen);
	if (sent) {
		sr__jw_str(&jw, sent, slen);
	} else {
		SR_JW_LIT(&jw, "\"");
		sr__jw_utf8(&jw, kind, strlen(kind));
		SR_JW_LIT(&jw, "\"");
	}
	date[0] = '\0';
	if (ev->event_date.y)
		snprintf(date, sizeof(date), "%02d/%02d/%04d", ev->event_date.m,
			 ev->event_date.d, ev->event_date.y);
	key_str(&jw, ",\"date\":", date);
	key_str(&jw, ",\"time\":", "");
	key_str(&jw, ",\"time_precision\":",
		precision_names[(unsigned)ev->time_precision <= 3
				    ? ev->time_precision
				    : 0]);
	key_str(&jw, ",\"location\":", ev->location);
	if (sr__rep_located(ev)) {
		sr__export_fmt_fixed(num, ev->latitude, 5);
		key_str(&jw, ",\"latitude\":", num);
		sr__export_fmt_fixed(num, ev->longitude, 5);
		key_str(&jw, ",\"longitude\":", num);
	} else {
		key_str(&jw, ",\"latitude\":", "");
		key_str(&jw, ",\"longitude\":", "");
	}
	key_str(&jw, ",\"type\":", ev->event_type);
	key_str(&jw, ",\"category\":", kind);
	SR_JW_LIT(&jw, ",\"associations\":[");
	sr__jw_cstr(&jw, kind);
	SR_JW_LIT(&jw, "],\"sources\":[");
	if (ev->article_id)
		sr__jw_cstr(&jw, ev->article_id);
	SR_JW_LIT(&jw, "]");
	key_str(&jw,
		",\"colour\":", sr__kind_groups[sr__kind_group(kind)].colour);
	SR_JW_LIT(&jw, "}");
	return jw.rc;
}

int sr__export_timemap_tail(struct sr_writer *w)
{
	struct tm_state *st = w->ext;
	struct sr_jw jw = { &w->buf, 0 };
	const struct sr_kind_group_info *g;
	size_t i;

	if (w->written)
		SR_JW_LIT(&jw, "\n");
	SR_JW_LIT(&jw, "],\n\"categories\":[");
	for (i = 0; i < st->kinds.count; i++) {
		g = &sr__kind_groups[sr__kind_group(st->kinds.s[i])];
		if (i)
			SR_JW_LIT(&jw, ",");
		key_str(&jw, "\n{\"category\":", st->kinds.s[i]);
		key_str(&jw, ",\"description\":", g->label);
		key_str(&jw, ",\"group\":", g->id);
		SR_JW_LIT(&jw, "}");
	}
	SR_JW_LIT(&jw, "],\n\"associations\":[");
	for (i = 0; i < st->kinds.count; i++) {
		g = &sr__kind_groups[sr__kind_group(st->kinds.s[i])];
		if (i)
			SR_JW_LIT(&jw, ",");
		key_str(&jw, "\n{\"id\":", st->kinds.s[i]);
		key_str(&jw, ",\"title\":", st->kinds.s[i]);
		key_str(&jw, ",\"desc\":", g->label);
		key_str(&jw, ",\"mode\":", "CATEGORY");
		key_str(&jw, ",\"colour\":", g->colour);
		SR_JW_LIT(&jw, "}");
	}
	SR_JW_LIT(&jw, "],\n\"sources\":[");
	for (i = 0; i < st->sources.count; i++) {
		if (i)
			SR_JW_LIT(&jw, ",");
		key_str(&jw, "\n{\"id\":", st->sources.s[i]);
		key_str(&jw, ",\"title\":", st->sources.s[i]);
		key_str(&jw, ",\"type\":", "article");
		SR_JW_LIT(&jw, ",\"paths\":[]");
		key_str(&jw, ",\"url\":", "");
		key_str(&jw, ",\"description\":", "");
		SR_JW_LIT(&jw, "}");
	}
	SR_JW_LIT(&jw, "]}\n");
	return jw.rc;
}
