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
 * by push, in this order.  Named one by one (an X-macro), not by a table
 * of offsets: push reads and writes each as a member, in straight-line
 * code, where a loop over the offsets loaded each one and kept the
 * lengths in an array. */
#define STR_FIELDS(X)                                                          \
	X(article_id)                                                          \
	X(kind)                                                                \
	X(disorder_type)                                                       \
	X(event_type)                                                          \
	X(sub_event_type)                                                      \
	X(plover_type)                                                         \
	X(plover_mode)                                                         \
	X(cameo_code)                                                          \
	X(actor1)                                                              \
	X(actor1_iso3)                                                         \
	X(actor2)                                                              \
	X(actor2_iso3)                                                         \
	X(location)                                                            \
	X(admin1)                                                              \
	X(country)                                                             \
	X(iso3)                                                                \
	X(quantity)                                                            \
	X(weapons)                                                             \
	X(claimed_by)                                                          \
	X(rule)                                                                \
	X(geo_reason)

/* Append a copy of src to doc.  prev, when not NULL, is the event pushed
 * last (doc's last event is its copy), and its strings are not changed
 * since: a string of src at the very address of prev's is the same
 * string, and shares the copy made of it then. */
static int push(struct sr_doc *doc, const struct sr_event *src,
		const struct sr_event *prev)
{
	struct sr_event *ev;
	size_t total = 0;
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
#define LEN(f)                                                                 \
	size_t len_##f = 0;                                                    \
	if (!ev->f)                                                            \
		;                                                              \
	else if (prev && ev->f == prev->f)                                     \
		ev->f = ev[-1].f;                                              \
	else                                                                   \
		total += len_##f = strlen(ev->f) + 1;
	STR_FIELDS(LEN)
#undef LEN
	dst = sr__arena_alloc_raw(&doc->arena, total ? total : 1);
	if (!dst)
		return SR_ENOMEM;
#define COPY(f)                                                                \
	if (len_##f) {                                                         \
		memcpy(dst, ev->f, len_##f);                                   \
		ev->f = dst;                                                   \
		dst += len_##f;                                                \
	}
	STR_FIELDS(COPY)
#undef COPY
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
