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

void *sr__arena_alloc_raw(struct sr_arena *a, size_t size)
{
	struct sr_arena_block *b = a->head;
	size_t need = (size + 15) & ~(size_t)15;
	void *p;

	if (need < size)
		return NULL;
	if (!b || b->cap - b->used < need) {
		size_t cap = need > a->block_size ? need : a->block_size;
		b = sr_malloc(sizeof(*b) + cap);
		if (!b)
			return NULL;
		b->cap = cap;
		b->used = 0;
		b->next = a->head;
		a->head = b;
	}
	p = b->mem + b->used;
	b->used += need;
	a->used += need;
	return p;
}

void *sr__arena_alloc(struct sr_arena *a, size_t size)
{
	void *p = sr__arena_alloc_raw(a, size);

	if (p)
		memset(p, 0, size);
	return p;
}

char *sr__arena_strndup(struct sr_arena *a, const char *s, size_t len)
{
	char *p = sr__arena_alloc_raw(a, len + 1);

	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

/* 1 if fmt's only directives are "%s": then concatenation is enough. */
static int only_strings(const char *fmt)
{
	const char *p;

	for (p = fmt; (p = strchr(p, '%')) != NULL; p += 2)
		if (p[1] != 's')
			return 0;
	return 1;
}

char *sr__arena_printf(struct sr_arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	if (only_strings(fmt)) {
		/* names and rule ids are built on every event: skip the
		 * general formatter */
		size_t len = 0, k;
		const char *f, *arg;
		char *q;

		va_start(ap, fmt);
		for (f = fmt; *f; f++) {
			if (f[0] == '%' && f[1] == 's') {
				arg = va_arg(ap, const char *);
				len += strlen(arg ? arg : "(null)");
				f++;
			} else {
				len++;
			}
		}
		va_end(ap);
		p = sr__arena_alloc_raw(a, len + 1);
		if (!p)
			return NULL;
		q = p;
		va_start(ap, fmt);
		for (f = fmt; *f; f++) {
			if (f[0] == '%' && f[1] == 's') {
				arg = va_arg(ap, const char *);
				if (!arg)
					arg = "(null)";
				k = strlen(arg);
				memcpy(q, arg, k);
				q += k;
				f++;
			} else {
				*q++ = *f;
			}
		}
		va_end(ap);
		*q = '\0';
		return p;
	}
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NULL;
	p = sr__arena_alloc_raw(a, (size_t)n + 1);
	if (!p)
		return NULL;
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
