/*
 * ingest.h - internals of the ingest stage, shared by the src/ingest sources,
 * the unit tests and the fuzz target.
 *
 * The public reader API (sr_reader_*) is in include/sitrep.h.  This header
 * adds: UTF-8 validation, the text normalisation every article goes
 * through (NFC, CRLF -> LF), the JSON Lines fast path (jsonl.c) and a
 * switch to turn it off, an in-memory input for fuzzing and tests, and a
 * way to lower the size caps so tests need not write 16 MiB files.
 *
 * Nothing here prints or exits; everything allocates through sr_malloc.
 */
#ifndef SR_INGEST_H
#define SR_INGEST_H

#include "../core/core.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* ---- UTF-8 ---- */

/* Offset of the first byte of s[0..len) that does not start or continue a
 * well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF), or len when all of it is valid. */
size_t sr__utf8_invalid(const char *s, size_t len);

/* Length after the lead byte of the valid UTF-8 sequence at s (RFC 3629),
 * used by sr__utf8_invalid and the JSON Lines reader, or 0 when it is not one.
 * left: bytes from s. */
static inline size_t sr__utf8_tail(const unsigned char *s, size_t left)
{
	unsigned c = s[0], lo = 0x80, hi = 0xBF;
	size_t n, k;

	if (c >= 0xC2 && c <= 0xDF) {
		n = 1;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 2;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 3;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else {
		return 0;
	}
	if (left <= n || s[1] < lo || s[1] > hi)
		return 0;
	for (k = 2; k <= n; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 0;
	return n;
}

/* Scratch for NFC normalisation: code points, reused across calls. */
struct sr__nfc {
	int32_t *u32; /* cap + 1 elements when non-NULL */
	size_t cap;   /* code points */
};
void sr__nfc_clear(struct sr__nfc *n);

/* Append the normalised form of s[0..len), which must be valid UTF-8, to
 * out: CR LF becomes LF, the rest is put in Unicode NFC.  Everything else
 * is byte-identical (quotes and dashes are not folded here).  0,
 * SR_ENOMEM, SR_ETOOBIG (out's cap) or SR_EINPUT (utf8proc refused). */
int sr__ingest_normalize(struct sr_buf *out, const char *s, size_t len,
			 struct sr__nfc *scratch);

/* ---- reader extras ---- */

struct sr_reader;

/* Queue an in-memory input read as if it were a file called name.  data is
 * borrowed until the reader has returned every article of it (or is
 * freed); name is copied.  0 or SR_ENOMEM. */
int sr__ingest_add_mem(struct sr_reader *r, const char *name, const void *data,
		       size_t len);

/* Replace SR_MAX_DOC_LEN and SR_MAX_LINE_LEN for this reader (0 keeps the
 * current value).  For tests and fuzzing. */
void sr__ingest_set_limits(struct sr_reader *r, size_t doc_max,
			   size_t line_max);

/* Turn the JSON Lines fast path (jsonl.c) on or off (it is on by
 * default).  Off, every line goes through jansson; for tests, the fuzz
 * target and benchmarks. */
void sr__ingest_set_fast(struct sr_reader *r, bool on);

/* ---- JSON Lines fast path (jsonl.c) ---- */

/* The type of a known member's value. */
enum sr__jv {
	SR__JV_ABSENT = 0,
	SR__JV_NULL,
	SR__JV_BOOL,
	SR__JV_INT,
	SR__JV_STRING
};
/* The known members: indexes into sr__jline.f. */
enum {
	SR__JK_TEXT,
	SR__JK_ID,
	SR__JK_DATE,
	SR__JK_TITLE,
	SR__JK_URL,
	SR__JK_SOURCE,
	SR__JK_COUNT
};
/* What a string held: bits of sr__jline.text_flags. */
enum {
	SR__JF_ESC = 1,	     /* a backslash escape */
	SR__JF_NONASCII = 2, /* a byte above 0x7F once unescaped */
	SR__JF_CR = 4	     /* an escaped CR (raw ones are refused) */
};
struct sr__jfield {
	enum sr__jv type;
	const char *s; /* SR__JV_STRING: unescaped, NUL-terminated */
	size_t len;    /* bytes of s */
	int64_t i;     /* SR__JV_INT */
};
struct sr__jline {
	struct sr__jfield f[SR__JK_COUNT];
	unsigned text_flags; /* SR__JF_* of "text" */
};

/* Parse line[0..len) if it is one flat JSON object the fast path takes
 * (see jsonl.c for what it leaves to jansson).  1 with *jl filled: "text"
 * unescaped into text (reset first; jl's text field points at its data),
 * the other known strings copied into arena.  0 when the line must go to
 * jansson (also when out of memory); text and arena may then hold junk. */
int sr__jsonl_scan(const char *line, size_t len, struct sr__jline *jl,
		   struct sr_arena *arena, struct sr_buf *text);

/* ---- the reader's state (reader.c, format.c) ---- */

/* The input being read: a FILE streamed through a reusable buffer, or a
 * borrowed memory block.  Unconsumed bytes are data[start..end). */
struct sr__input {
	FILE *fp;	  /* NULL for memory inputs; stdin is never closed */
	const char *data; /* own, or the memory block */
	size_t start;	  /* bytes */
	size_t end;	  /* bytes */
	bool eof;	  /* nothing more to read into data */
	char *own;	  /* read buffer, sr_malloc'd, reused across files */
	size_t own_cap;	  /* bytes */
};

/* A queued top-level input. */
struct sr__item {
	char *path;	 /* owned; NULL once taken */
	const void *mem; /* borrowed memory input, or NULL */
	size_t mem_len;	 /* bytes */
};

enum sr__fmt { SR__FMT_TEXT = 0, SR__FMT_JSONL };

struct sr_reader {
	struct sr_ymd default_date; /* y == 0: none */
	size_t doc_max;		    /* bytes of one article's text */
	size_t line_max;	    /* bytes of one JSONL line */

	struct sr__item *top; /* inputs in the order given */
	size_t top_count, top_cap, top_next;
	char **stack; /* directory entries still to visit,
			 next on top; owned paths */
	size_t stack_count, stack_cap;

	bool no_fast;	     /* JSONL: always use jansson */
	uint64_t fast_count; /* JSONL lines taken by the fast path */

	bool cur_open;	      /* an input is open */
	bool cur_stdin;	      /* ... and it is standard input */
	bool cur_done;	      /* ... and has nothing more to give */
	char *cur_path;	      /* owned; the path as given or found */
	const char *cur_base; /* base name for ids: into cur_path or
				 static */
	enum sr__fmt fmt;
	uint32_t lineno; /* JSONL: line last read, 1-based */
	struct sr__input in;

	struct sr_arena arena; /* the current article's strings */
	struct sr_buf text;    /* the current article's text */
	struct sr_buf scratch; /* text before normalisation, swapped
				  with text */
	struct sr__nfc nfc;
};

/* Input helpers (reader.c).  sr__in_getline: next line without its LF in
 * line and len (borrowed until the next call); 1, 0 at the end, SR_ETOOBIG
 * when the line is longer than max (it is skipped; len is its length),
 * SR_EIO, SR_ENOMEM.  sr__in_read_all: the rest of the input; 0, or
 * SR_ETOOBIG with len set to the size of the rest.  sr__in_peek: make at least
 * want bytes visible unless the input ends first. */
int sr__in_getline(struct sr__input *in, size_t max, const char **line,
		   size_t *len);
int sr__in_read_all(struct sr__input *in, size_t max, const char **p,
		    size_t *len);
int sr__in_peek(struct sr__input *in, size_t want);

/* Formats (format.c).  detect: look at the first bytes of the freshly
 * opened input, set r->fmt, strip a BOM; 0 or an error (empty file, read
 * error).  next: the next article of the open input: 1 with *a filled, 0
 * when the input is done (r->cur_done set), rc < 0 for a bad item. */
int sr__format_detect(struct sr_reader *r, struct sr_diag *d);
int sr__format_next(struct sr_reader *r, struct sr_article *a,
		    struct sr_diag *d);

#endif
