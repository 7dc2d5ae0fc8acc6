/*
 * export.h - internals of the export stage shared by its files and tests:
 * the writer struct, a small append-only JSON emitter over an sr_buf, the
 * JSON event record, number formatting and UTF-8 checking.
 *
 * Invariants: every emitter call on a struct sr_jw whose rc is non-zero is
 * a no-op, so a record is built without checking each call and the first
 * error is reported once at the end.  Output is always valid UTF-8: invalid
 * input bytes become U+FFFD.
 *
 * Not here: anything that prints or opens files; the writers only append
 * to w->buf, and writer.c does the one fwrite per event.
 */
#ifndef SR_EXPORT_H
#define SR_EXPORT_H

#include "../core/core.h"

#include <string.h>

/* One output writer (see sr_writer_new). */
struct sr_writer {
	enum sr_format format;
	FILE *fp;	     /* borrowed from the caller */
	struct sr_buf buf;   /* one event's output, reused */
	int64_t timestamp;   /* CSV "timestamp": unix seconds, read once */
	char iso3_key[4];    /* CSV: last country looked up ... */
	const void *country; /* ... and its struct sr_country, or NULL */
	uint64_t written;    /* events written */
	uint64_t skipped;    /* GeoJSON: events without coordinates */
	bool finished;
	int err;   /* sticky: first error */
	void *ext; /* per-format state (TimeMap: kinds and sources seen) */
};

/* Append-only JSON emitter; rc keeps the first error of the appends. */
struct sr_jw {
	struct sr_buf *b;
	int rc;
};

/* Append s[0..n) as is.  Inline: this is most of the work of a record. */
static inline void sr__jw_raw(struct sr_jw *w, const char *s, size_t n)
{
	struct sr_buf *b = w->b;

	if (w->rc)
		return;
	if (n < b->cap - b->len && b->len + n <= b->max) {
		memcpy(b->data + b->len, s, n);
		b->len += n;
		b->data[b->len] = '\0';
		return;
	}
	w->rc = sr__buf_append(b, s, n);
}
/* Append a string literal. */
#define SR_JW_LIT(w, lit) sr__jw_raw(w, lit, sizeof(lit) - 1)
/* s[0..n) as a JSON string with escapes; invalid UTF-8 bytes become
 * U+FFFD.  s NULL writes null. */
void sr__jw_str(struct sr_jw *w, const char *s, size_t n);
/* NUL-terminated; NULL writes null. */
void sr__jw_cstr(struct sr_jw *w, const char *s);
void sr__jw_int(struct sr_jw *w, int64_t v);
/* Fixed-point number with dec decimals (0..6); NaN/inf write null. */
void sr__jw_fixed(struct sr_jw *w, double v, int dec);
/* s[0..n) with invalid UTF-8 bytes replaced by U+FFFD, nothing escaped. */
void sr__jw_utf8(struct sr_jw *w, const char *s, size_t n);

/* Append ev as one JSON object (no newline): the DESIGN.md event record,
 * keys in that order, every key present.  0 or a negative rc. */
int sr__export_event_json(struct sr_buf *b, const struct sr_event *ev);

/* Length (1..4) of the valid UTF-8 sequence at s[0..n), 0 if invalid
 * (overlong, surrogate, above U+10FFFF, truncated, stray continuation). */
size_t sr__export_utf8_seq(const unsigned char *s, size_t n);
/* Decimal digits of v into out (at least 24 bytes); returns the length. */
size_t sr__export_fmt_int(char *out, int64_t v);
/* v with dec decimals (0..6) into out (at least 40 bytes), rounded half
 * away from zero, never "-0.00"; returns the length.  v must be finite. */
size_t sr__export_fmt_fixed(char *out, double v, int dec);
/* The sentence text of ev (a span of ev->text), NULL when the text is not
 * kept, the span is empty or the span is out of range. */
const char *sr__export_sentence(const struct sr_event *ev, size_t *len);

/* CSV (csv.c): header row (appended to b); one event row (appended to
 * w->buf). */
int sr__export_csv_header(struct sr_buf *b);
int sr__export_csv_event(struct sr_writer *w, const struct sr_event *ev);
/* ACLED's actor type ("State forces", ...) for an actor name; "" for
 * none.  Static storage. */
const char *sr__export_acled_inter(const char *actor);

/* TABLE (table.c): header + separator lines; one event line. */
int sr__export_table_header(struct sr_buf *b);
int sr__export_table_event(struct sr_buf *b, const struct sr_event *ev);
/* The "killed"/"injured" cell: "2", "12-99", "12+", "?" (out >= 48). */
void sr__export_count_cell(char *out, int64_t v, int64_t lo, int64_t hi);

/* Events a GeoJSON writer skipped for lack of coordinates. */
uint64_t sr__export_skipped(const struct sr_writer *w);

#endif
