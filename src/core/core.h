/*
 * core.h - internal building blocks with no domain knowledge: allocation
 * helpers, a bump arena, a bounded growable byte buffer, string hashing and
 * small string utilities.  Used by every stage; depends on nothing but libc
 * and include/sitrep.h.
 *
 * Invariants: an sr_buf's data is always NUL-terminated when non-NULL; an
 * arena's allocations stay valid until sr__arena_reset/clear.
 */
#ifndef SR_CORE_CORE_H
#define SR_CORE_CORE_H

#include "sitrep.h"
#include "limits.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define SR_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define SR_MIN(a, b)	((a) < (b) ? (a) : (b))
#define SR_MAX(a, b)	((a) > (b) ? (a) : (b))

/* ---- arena: many small allocations freed in one call ---- */
struct sr_arena_block;
struct sr_arena {
	struct sr_arena_block *head; /* current block */
	size_t block_size;	     /* bytes per new block */
	size_t used;		     /* total bytes handed out */
};
void sr__arena_init(struct sr_arena *a, size_t block_size);
/* Free every block. */
void sr__arena_clear(struct sr_arena *a);
/* Forget all allocations but keep the first block for reuse. */
void sr__arena_reset(struct sr_arena *a);
/* 8-byte aligned, zeroed memory; NULL when out of memory. */
void *sr__arena_alloc(struct sr_arena *a, size_t size);
/* The same without the zeroing, for memory the caller fills at once
 * (copies, formatted strings, arrays written before they are read). */
void *sr__arena_alloc_raw(struct sr_arena *a, size_t size);
/* Copy of s[0..len) with a NUL; NULL when out of memory. */
char *sr__arena_strndup(struct sr_arena *a, const char *s, size_t len);
char *sr__arena_printf(struct sr_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* The strings x, y and z joined (none NULL), as sr__arena_printf(a,
 * "%s%s%s", x, y, z) without reading a format; NULL when out of memory. */
char *sr__arena_cat3(struct sr_arena *a, const char *x, const char *y,
		     const char *z);

/* ---- buf: bounded growable bytes ---- */
struct sr_buf {
	char *data; /* NUL-terminated when non-NULL */
	size_t len; /* bytes used, without the NUL */
	size_t cap; /* bytes allocated */
	size_t max; /* cap on len; 0 means SR_MAX_BUF */
};
void sr__buf_init(struct sr_buf *b, size_t max);
void sr__buf_clear(struct sr_buf *b); /* frees */
void sr__buf_reset(struct sr_buf *b); /* len = 0, keeps memory */
int sr__buf_reserve(struct sr_buf *b, size_t extra);
int sr__buf_append(struct sr_buf *b, const void *p, size_t n);
int sr__buf_putc(struct sr_buf *b, int c);
/* sr__buf_append with the usual case, room enough, inline: for loops
 * that append many small records. */
static inline int sr__buf_add(struct sr_buf *b, const void *p, size_t n)
{
	if (n < b->cap - b->len && b->len + n <= b->max) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = '\0';
		return SR_OK;
	}
	return sr__buf_append(b, p, n);
}
int sr__buf_puts(struct sr_buf *b, const char *s);
int sr__buf_printf(struct sr_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int sr__buf_vprintf(struct sr_buf *b, const char *fmt, va_list ap);

/* ---- hashing ---- */
/* 64-bit FNV-1a. */
uint64_t sr__hash64(const void *p, size_t n);
uint64_t sr__hash64_more(uint64_t h, const void *p, size_t n);

/* ---- strings ---- */
/* Duplicate with sr_malloc; NULL on failure or NULL input. */
char *sr__strdup(const char *s);
char *sr__strndup(const char *s, size_t n);
/* ASCII case-insensitive equality of s[0..n) and the NUL-terminated t. */
int sr__strncaseeq(const char *s, size_t n, const char *t);
/* strcmp(a, b) == 0, with the first bytes compared before the call:
 * most strings the rules compare (kind names, phrases, country codes)
 * differ there, and the call is the dearer part. */
static inline int sr__streq(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}
/* 1 if s is one of list[0..n) (sr__streq). */
static inline int sr__str_in(const char *s, const char *const *list, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (sr__streq(s, list[k]))
			return 1;
	return 0;
}
/* strcasecmp(a, b) == 0 in the C locale (the program sets no other):
 * ASCII case only, without the call, for codes of a few letters. */
static inline int sr__ascii_caseeq(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;

		if ((unsigned)(x - 'A') < 26u)
			x |= 0x20;
		if ((unsigned)(y - 'A') < 26u)
			y |= 0x20;
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
}
/* Read a whole file into a NUL-terminated sr_malloc'd buffer.  max caps the
 * size (SR_ETOOBIG). */
int sr__read_file(const char *path, size_t max, char **out, size_t *len,
		  struct sr_diag *d);

#endif

/* ---- embedded data files and TSV reading ---- */
#ifndef SR_CORE_DATA_DECLS
#define SR_CORE_DATA_DECLS
/* Contents of data/NAME (e.g. "triggers.tsv") compiled into the binary,
 * NUL-terminated, static storage; NULL if there is no such file. */
const char *sr__data(const char *name, size_t *len);

#define SR_TSV_MAX_FIELDS 16
/* Iterates the lines of a TSV text; '#' lines and blank lines skipped.
 * Fields are spans into data (not NUL-terminated). */
struct sr_tsv {
	const char *data;
	size_t len;
	size_t pos;
	uint32_t lineno; /* 1-based line of current row */
	size_t nfields;
	const char *field[SR_TSV_MAX_FIELDS];
	size_t flen[SR_TSV_MAX_FIELDS];
};
/* Advance to the next row; 1 if there is one, 0 at the end. */
int sr__tsv_next(struct sr_tsv *t);
#endif
