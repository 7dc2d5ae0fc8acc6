/*
 * utf8.c - UTF-8 validation and the normalisation of article text.
 *
 * Exports sr__utf8_invalid, sr__ingest_normalize and sr__nfc_clear (see
 * ingest.h).
 *
 * Normalisation is NFC plus CR LF -> LF.  Most news text is ASCII with a
 * few typographic quotes, so it is done in pieces: an ASCII byte never
 * takes part in a composition with what precedes it, so the text is cut
 * before each ASCII byte and only the pieces holding a non-ASCII run (with
 * the one ASCII byte before it, which a combining mark may attach to) are
 * looked at.  A run made only of code points that are NFC-stable starters
 * (checked against utf8proc for every code point when this was written:
 * U+0080-02FF, Cyrillic U+0400-04FF except the combining U+0483-0489,
 * general punctuation U+2010-2027 and U+2030-205E) is copied as it is; any
 * other run goes through utf8proc's decompose + compose with our own
 * buffer, so no allocation escapes sr_malloc.
 *
 * Does not fold quotes, dashes or case: the extractor does that for
 * matching while offsets stay in this text.
 */
#include "ingest.h"

#include <string.h>
#include <utf8proc.h>

size_t sr__utf8_invalid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;

	while (i < len) {
		unsigned c = s[i];
		size_t n;

		if (c < 0x80) {
			/* Skip ASCII eight bytes at a time. */
			while (i + 8 <= len) {
				uint64_t w;

				memcpy(&w, s + i, 8);
				if (w & 0x8080808080808080ULL)
					break;
				i += 8;
			}
			while (i < len && s[i] < 0x80)
				i++;
			continue;
		}
		n = sr__utf8_tail(s + i, len - i);
		if (!n)
			return i;
		i += n + 1;
	}
	return len;
}

void sr__nfc_clear(struct sr__nfc *n)
{
	if (!n)
		return;
	sr_free(n->u32);
	n->u32 = NULL;
	n->cap = 0;
}

/* Decode the valid UTF-8 sequence at s; *n gets its length. */
static uint32_t decode(const unsigned char *s, size_t *n)
{
	if (s[0] < 0xE0) {
		*n = 2;
		return ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
	}
	if (s[0] < 0xF0) {
		*n = 3;
		return ((uint32_t)(s[0] & 0x0F) << 12) |
		       ((uint32_t)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
	}
	*n = 4;
	return ((uint32_t)(s[0] & 0x07) << 18) |
	       ((uint32_t)(s[1] & 0x3F) << 12) |
	       ((uint32_t)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
}

/* 1 if c is a starter that NFC leaves alone and that never composes with
 * what precedes it (see the file comment for how the ranges were checked). */
static int nfc_stable(uint32_t c)
{
	if (c < 0x300)
		return 1;
	if (c >= 0x400 && c <= 0x4FF)
		return c < 0x483 || c > 0x489;
	return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E);
}

/* 1 if the non-ASCII run s[0..len) is made only of stable code points. */
static int run_stable(const unsigned char *s, size_t len)
{
	size_t i = 0, n;

	while (i < len) {
		if (s[i] < 0xCC) { /* U+0000..U+02FF: the common case */
			i++;
			continue;
		}
		if (!nfc_stable(decode(s + i, &n)))
			return 0;
		i += n;
	}
	return 1;
}

static int nfc_piece(struct sr_buf *out, const unsigned char *s, size_t len,
		     struct sr__nfc *nf)
{
	const int opts = UTF8PROC_STABLE | UTF8PROC_COMPOSE;
	utf8proc_ssize_t n;

	for (;;) {
		n = utf8proc_decompose(s, (utf8proc_ssize_t)len, nf->u32,
				       (utf8proc_ssize_t)nf->cap, opts);
		if (n < 0)
			return n == UTF8PROC_ERROR_NOMEM ? SR_ENOMEM
							 : SR_EINPUT;
		if ((size_t)n <= nf->cap)
			break;
		{
			size_t cap = (size_t)n + 64;
			/* One spare element: utf8proc_reencode writes a NUL
			 * after up to 4 bytes per code point. */
			int32_t *p =
			    sr_realloc(nf->u32, (cap + 1) * sizeof(*p));

			if (!p)
				return SR_ENOMEM;
			nf->u32 = p;
			nf->cap = cap;
		}
	}
	n = utf8proc_reencode(nf->u32, n, opts);
	if (n < 0)
		return SR_EINPUT;
	return sr__buf_append(out, nf->u32, (size_t)n);
}

/* Append s[from..to) dropping each CR that comes before an LF in s. */
static int copy_ascii(struct sr_buf *out, const char *s, size_t len,
		      size_t from, size_t to)
{
	size_t i = from, start = from;
	int rc;

	for (;;) {
		const char *cr = memchr(s + i, '\r', to - i);

		if (!cr)
			break;
		i = (size_t)(cr - s);
		if (i + 1 < len && s[i + 1] == '\n') {
			rc = sr__buf_append(out, s + start, i - start);
			if (rc)
				return rc;
			start = i + 1;
		}
		i++;
	}
	return sr__buf_append(out, s + start, to - start);
}

int sr__ingest_normalize(struct sr_buf *out, const char *s, size_t len,
			 struct sr__nfc *scratch)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int rc;

	rc = sr__buf_reserve(out, len);
	if (rc)
		return rc;
	while (i < len) {
		size_t j = i, k, piece;

		/* ASCII eight bytes at a time, as in sr__utf8_invalid */
		while (j + 8 <= len) {
			uint64_t w;

			memcpy(&w, u + j, 8);
			if (w & 0x8080808080808080ULL)
				break;
			j += 8;
		}
		while (j < len && u[j] < 0x80)
			j++;
		if (j == len)
			return copy_ascii(out, s, len, i, len);
		/* A combining mark may attach to the ASCII byte before it. */
		piece = j > i ? j - 1 : j;
		rc = copy_ascii(out, s, len, i, piece);
		if (rc)
			return rc;
		for (k = j; k < len && u[k] >= 0x80; k++)
			;
		/* u[piece] is never a CR before an LF (the LF is u[piece + 1],
		 * which is not ASCII), so the piece is copied or composed
		 * whole. */
		if (run_stable(u + j, k - j))
			rc = sr__buf_append(out, s + piece, k - piece);
		else
			rc = nfc_piece(out, u + piece, k - piece, scratch);
		if (rc)
			return rc;
		i = k;
	}
	return SR_OK;
}
