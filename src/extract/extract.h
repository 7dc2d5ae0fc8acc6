/*
 * extract.h - internals of the extraction stage shared with tests and the
 * store: building docs by hand.
 */
#ifndef SR_EXTRACT_H
#define SR_EXTRACT_H

#include "../core/core.h"

/* Append a copy of ev to doc: every string is copied into the doc's arena,
 * so ev may be freed afterwards.  Used by the extractor itself, by the store
 * tests and by review tools. */
int sr__doc_push(struct sr_doc *doc, const struct sr_event *ev);
/* Drop all events and reset the arena (keeps memory). */
void sr__doc_reset(struct sr_doc *doc);
/* Initialise ev with every count SR_NULL_COUNT, strings NULL, status
 * reported, confidence 0. */
void sr__event_init(struct sr_event *ev);

#endif
