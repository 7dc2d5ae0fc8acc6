/*
 * doc.c - struct sr_doc: the events of one article and the arena their
 * strings live in.  Reused across articles by one thread.
 */
#include "frame.h"

#include <stddef.h>
#include <string.h>

int sr_doc_new(struct sr_doc **out)
{
	struct sr_doc *doc = sr_calloc(1, sizeof(*doc));

	*out = NULL;
	if (!doc)
		return SR_ENOMEM;
	sr__arena_init(&doc->arena, 64 * 1024);
	sr__fold_init(&doc->fold);
	sr__buf_init(&doc->matches, 0);
	sr__buf_init(&doc->tail, 0);
	sr__buf_init(&doc->sents, 0);
	sr__buf_init(&doc->mentions, 0);
	sr__buf_init(&doc->work, 0);
	*out = doc;
	return SR_OK;
}

void sr_doc_free(struct sr_doc *doc)
{
	if (!doc)
		return;
	sr__arena_clear(&doc->arena);
	sr__fold_clear(&doc->fold);
	sr__buf_clear(&doc->matches);
	sr__buf_clear(&doc->tail);
	sr__buf_clear(&doc->sents);
	sr__buf_clear(&doc->mentions);
	sr__buf_clear(&doc->work);
	sr_free(doc->names);
	sr_free(doc->ev);
	sr_free(doc);
}

void sr__doc_reset(struct sr_doc *doc)
{
	doc->ev_count = 0;
	sr__arena_reset(&doc->arena);
}

size_t sr_doc_event_count(const struct sr_doc *doc)
{
	return doc ? doc->ev_count : 0;
}

const struct sr_event *sr_doc_event(const struct sr_doc *doc, size_t i)
{
	return i < doc->ev_count ? &doc->ev[i] : NULL;
}

void sr__event_init(struct sr_event *ev)
{
	memset(ev, 0, sizeof(*ev));
	ev->fatalities = ev->fatalities_low = ev->fatalities_high =
	    SR_NULL_COUNT;
	ev->injured = ev->injured_low = ev->injured_high = SR_NULL_COUNT;
	ev->status = SR_STATUS_REPORTED;
}

/* The string fields of struct sr_event, each copied into the doc's arena
 * by push. */
static const size_t str_field[] = {
	offsetof(struct sr_event, article_id),
	offsetof(struct sr_event, kind),
	offsetof(struct sr_event, disorder_type),
	offsetof(struct sr_event, event_type),
	offsetof(struct sr_event, sub_event_type),
	offsetof(struct sr_event, plover_type),
	offsetof(struct sr_event, plover_mode),
	offsetof(struct sr_event, cameo_code),
	offsetof(struct sr_event, actor1),
	offsetof(struct sr_event, actor1_iso3),
	offsetof(struct sr_event, actor2),
	offsetof(struct sr_event, actor2_iso3),
	offsetof(struct sr_event, location),
	offsetof(struct sr_event, admin1),
	offsetof(struct sr_event, country),
	offsetof(struct sr_event, iso3),
	offsetof(struct sr_event, quantity),
	offsetof(struct sr_event, weapons),
	offsetof(struct sr_event, claimed_by),
	offsetof(struct sr_event, rule),
	offsetof(struct sr_event, geo_reason),
};
#define FIELD(ev, k) (*(const char **)(void *)((char *)(ev) + str_field[k]))

/* Append a copy of src to doc.  prev, when not NULL, is the event pushed
 * last (doc's last event is its copy), and its strings are not changed
 * since: a string of src at the very address of prev's is the same
 * string, and shares the copy made of it then. */
static int push(struct sr_doc *doc, const struct sr_event *src,
		const struct sr_event *prev)
{
	struct sr_event *ev;
	size_t len[SR_ARRAY_LEN(str_field)], i, total = 0;
	char *dst;

	if (doc->ev_count >= SR_MAX_EVENTS_PER_DOC)
		return SR_ETOOBIG;
	if (doc->ev_count == doc->ev_cap) {
		size_t cap = doc->ev_cap ? doc->ev_cap * 2 : 16;
		struct sr_event *p = sr_realloc(doc->ev, cap * sizeof(*p));
		if (!p)
			return SR_ENOMEM;
		doc->ev = p;
		doc->ev_cap = cap;
	}
	ev = &doc->ev[doc->ev_count];
	*ev = *src;
	/* one arena block for all of them: an event has about twenty */
	for (i = 0; i < SR_ARRAY_LEN(str_field); i++) {
		const char *p = FIELD(ev, i);

		len[i] = 0;
		if (!p)
			continue;
		if (prev && p == FIELD(prev, i)) {
			FIELD(ev, i) = FIELD(ev - 1, i);
			continue;
		}
		len[i] = strlen(p) + 1;
		total += len[i];
	}
	dst = sr__arena_alloc_raw(&doc->arena, total ? total : 1);
	if (!dst)
		return SR_ENOMEM;
	for (i = 0; i < SR_ARRAY_LEN(str_field); i++) {
		if (!len[i])
			continue;
		memcpy(dst, FIELD(ev, i), len[i]);
		FIELD(ev, i) = dst;
		dst += len[i];
	}
	doc->ev_count++;
	return SR_OK;
}
int sr__doc_push(struct sr_doc *doc, const struct sr_event *src)
{
	return push(doc, src, NULL);
}
int sr__doc_push_told(struct sr_doc *doc, const struct sr_event *evs, size_t n)
{
	const struct sr_event *prev = NULL;
	size_t i;
	int rc;

	for (i = 0; i < n; i++) {
		if (!evs[i].kind)
			continue;
		rc = push(doc, &evs[i], prev);
		if (rc)
			return rc;
		prev = &evs[i];
	}
	return SR_OK;
}
