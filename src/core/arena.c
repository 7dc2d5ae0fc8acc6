/*
 * arena.c - bump allocator for per-article data: one arena per doc, reset
 * between articles, freed in one call.  Blocks are chained; a request larger
 * than the block size gets a block of its own.
 */
#include "core.h"

#include <stdio.h>
#include <string.h>

struct sr_arena_block {
	struct sr_arena_block *next;
	size_t cap;  /* bytes in mem */
	size_t used; /* bytes handed out */
	_Alignas(16) unsigned char mem[];
};

void sr__arena_init(struct sr_arena *a, size_t block_size)
{
	a->head = NULL;
	a->block_size = block_size ? block_size : 64 * 1024;
	a->used = 0;
}

void sr__arena_clear(struct sr_arena *a)
{
	struct sr_arena_block *b, *next;

	if (!a)
		return;
	for (b = a->head; b; b = next) {
		next = b->next;
		sr_free(b);
	}
	a->head = NULL;
	a->used = 0;
}

void sr__arena_reset(struct sr_arena *a)
{
	struct sr_arena_block *b, *next, *last = NULL;

	/* Keep the oldest block (the end of the chain), free the rest. */
	for (b = a->head; b; b = next) {
		next = b->next;
		if (!next)
			last = b;
		else
			sr_free(b);
	}
	if (last)
		last->used = 0; /* sr__arena_alloc zeroes what it hands out */
	a->head = last;
	a->used = 0;
}

/* The need bytes of sr__arena_alloc_raw from a new block.  Out of line:
 * the allocation from the current block then makes no call and saves no
 * register. */
__attribute__((noinline)) static void *alloc_block(struct sr_arena *a,
						   size_t need)
{
	size_t cap = need > a->block_size ? need : a->block_size;
	struct sr_arena_block *b = sr_malloc(sizeof(*b) + cap);

	if (!b)
		return NULL;
	b->cap = cap;
	b->used = need;
	b->next = a->head;
	a->head = b;
	a->used += need;
	return b->mem;
}

/* sr__arena_alloc_raw, inline in this file's allocations (the joins of
 * strings below, a call each otherwise). */
static inline void *alloc_raw(struct sr_arena *a, size_t size)
{
	struct sr_arena_block *b = a->head;
	size_t need = (size + 15) & ~(size_t)15;
	void *p;

	if (need < size)
		return NULL;
	if (!b || b->cap - b->used < need)
		return alloc_block(a, need);
	p = b->mem + b->used;
	b->used += need;
	a->used += need;
	return p;
}

void *sr__arena_alloc_raw(struct sr_arena *a, size_t size)
{
	return alloc_raw(a, size);
}

void *sr__arena_alloc(struct sr_arena *a, size_t size)
{
	void *p = alloc_raw(a, size);

	if (p)
		memset(p, 0, size);
	return p;
}

char *sr__arena_strndup(struct sr_arena *a, const char *s, size_t len)
{
	char *p = alloc_raw(a, len + 1);

	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* Up to this many pieces (literal runs and arguments) are joined without
 * the general formatter. */
#define CAT_PIECES 8

char *sr__arena_printf(struct sr_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	/* names and rule ids are built on every event: when fmt's only
	 * directives are "%s" (NULL printed as "(null)", as glibc does),
	 * the pieces are found in one pass, then copied, without the
	 * general formatter */
	{
		struct {
			const char *s;
			size_t n;
		} pc[CAT_PIECES];
		size_t np = 0, len = 0, k;
		const char *f = fmt, *pct, *arg;
		int ok = 1;

		va_start(ap, fmt);
		while (*f) {
			size_t lit;

			pct = strchr(f, '%');
			lit = pct ? (size_t)(pct - f) : strlen(f);
			if (lit) {
				if (np == CAT_PIECES) {
					ok = 0;
					break;
				}
				pc[np].s = f;
				pc[np++].n = lit;
				len += lit;
			}
			if (!pct)
				break;
			if (pct[1] != 's' || np == CAT_PIECES) {
				ok = 0;
				break;
			}
			arg = va_arg(ap, const char *);
			if (!arg)
				arg = "(null)";
			pc[np].s = arg;
			pc[np].n = strlen(arg);
			len += pc[np++].n;
			f = pct + 2;
		}
		va_end(ap);
		if (ok) {
			char *q;

			p = alloc_raw(a, len + 1);
			if (!p)
				return NULL;
			for (q = p, k = 0; k < np; k++) {
				memcpy(q, pc[k].s, pc[k].n);
				q += pc[k].n;
			}
			*q = '\0';
			return p;
		}
	}
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = alloc_raw(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

char *sr__arena_cat3(struct sr_arena *a, const char *x, const char *y,
		     const char *z)
{
	size_t nx = strlen(x), ny = strlen(y), nz = strlen(z);
	char *p = alloc_raw(a, nx + ny + nz + 1);

	if (!p)
		return NULL;
	memcpy(p, x, nx);
	memcpy(p + nx, y, ny);
	memcpy(p + nx + ny, z, nz + 1);
	return p;
}
