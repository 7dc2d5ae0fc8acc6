/*
 * doc.c - struct sr_doc: the events of one article and the arena their
 * strings live in.  Reused across articles by one thread.
 */
#include "extract.h"

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

int sr__doc_push(struct sr_doc *doc, const struct sr_event *src)
{
	struct sr_event *ev;
	const char **strs[21];
	size_t len[21], i, n = 0, total = 0;
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
	strs[n++] = &ev->article_id;
	strs[n++] = &ev->kind;
	strs[n++] = &ev->disorder_type;
	strs[n++] = &ev->event_type;
	strs[n++] = &ev->sub_event_type;
	strs[n++] = &ev->plover_type;
	strs[n++] = &ev->plover_mode;
	strs[n++] = &ev->cameo_code;
	strs[n++] = &ev->actor1;
	strs[n++] = &ev->actor1_iso3;
	strs[n++] = &ev->actor2;
	strs[n++] = &ev->actor2_iso3;
	strs[n++] = &ev->location;
	strs[n++] = &ev->admin1;
	strs[n++] = &ev->country;
	strs[n++] = &ev->iso3;
	strs[n++] = &ev->quantity;
	strs[n++] = &ev->weapons;
	strs[n++] = &ev->claimed_by;
	strs[n++] = &ev->rule;
	strs[n++] = &ev->geo_reason;
	/* one arena block for all of them: an event has about twenty */
	for (i = 0; i < n; i++) {
		len[i] = *strs[i] ? strlen(*strs[i]) + 1 : 0;
		total += len[i];
	}
	dst = sr__arena_alloc_raw(&doc->arena, total ? total : 1);
	if (!dst)
		return SR_ENOMEM;
	for (i = 0; i < n; i++) {
		if (!len[i])
			continue;
		memcpy(dst, *strs[i], len[i]);
		*strs[i] = dst;
		dst += len[i];
	}
	doc->ev_count++;
	return SR_OK;
}
