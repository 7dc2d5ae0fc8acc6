/*
 * alloc.c - the replaceable allocator every part of libsitrep goes
 * through, so that tests can make the Nth allocation fail.
 */
#include "core.h"

#include <stdlib.h>
#include <string.h>

static void *(*malloc_hook)(size_t) = malloc;
static void *(*realloc_hook)(void *, size_t) = realloc;
static void (*free_hook)(void *) = free;

void sr_set_allocator(void *(*malloc_fn)(size_t),
		      void *(*realloc_fn)(void *, size_t),
		      void (*free_fn)(void *))
{
	malloc_hook = malloc_fn ? malloc_fn : malloc;
	realloc_hook = realloc_fn ? realloc_fn : realloc;
	free_hook = free_fn ? free_fn : free;
}

void *sr_malloc(size_t size)
{
	return malloc_hook(size ? size : 1);
}

void *sr_calloc(size_t n, size_t size)
{
	void *p;

	if (size && n > SIZE_MAX / size)
		return NULL;
	p = sr_malloc(n * size);
	if (p)
		memset(p, 0, (n * size) != 0 ? n * size : 1);
	return p;
}

void *sr_realloc(void *p, size_t size)
{
	return realloc_hook(p, size ? size : 1);
}

void sr_free(void *p)
{
	if (p)
		free_hook(p);
}

char *sr__strndup(const char *s, size_t n)
{
	char *p;

	if (!s)
		return NULL;
	p = sr_malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *sr__strdup(const char *s)
{
	return s ? sr__strndup(s, strlen(s)) : NULL;
}
