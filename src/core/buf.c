/*
 * buf.c - bounded growable byte buffer (curl's dynbuf idea): every buffer
 * has a maximum and refuses to grow past it with SR_ETOOBIG.
 */
#include "core.h"

#include <stdio.h>
#include <string.h>

void sr__buf_init(struct sr_buf *b, size_t max)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
	b->max = max ? max : SR_MAX_BUF;
}

void sr__buf_clear(struct sr_buf *b)
{
	if (!b)
		return;
	sr_free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void sr__buf_reset(struct sr_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

/* Room for need bytes (more than b->cap): the growth of reserve, out of
 * line. */
__attribute__((noinline)) static int grow(struct sr_buf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 256;
	char *p;

	while (cap < need)
		cap *= 2;
	p = sr_realloc(b->data, cap);
	if (!p)
		return SR_ENOMEM;
	b->data = p;
	b->cap = cap;
	return SR_OK;
}

/* sr__buf_reserve, inline in this file's appends (a call each, mostly
 * with room already there). */
static inline int reserve(struct sr_buf *b, size_t extra)
{
	size_t need;

	if (extra > b->max || b->len > b->max - extra)
		return SR_ETOOBIG;
	need = b->len + extra + 1;
	if (need <= b->cap)
		return SR_OK;
	return grow(b, need);
}

int sr__buf_reserve(struct sr_buf *b, size_t extra)
{
	return reserve(b, extra);
}

int sr__buf_append(struct sr_buf *b, const void *p, size_t n)
{
	int rc = reserve(b, n);

	if (rc)
		return rc;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
	return SR_OK;
}

int sr__buf_putc(struct sr_buf *b, int c)
{
	int rc = reserve(b, 1);

	if (rc)
		return rc;
	b->data[b->len++] = (char)c;
	b->data[b->len] = '\0';
	return SR_OK;
}

int sr__buf_puts(struct sr_buf *b, const char *s)
{
	return sr__buf_append(b, s, strlen(s));
}

int sr__buf_vprintf(struct sr_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n, rc;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return SR_EINTERNAL;
	rc = sr__buf_reserve(b, (size_t)n);
	if (rc)
		return rc;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	return SR_OK;
}

int sr__buf_printf(struct sr_buf *b, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = sr__buf_vprintf(b, fmt, ap);
	va_end(ap);
	return rc;
}
