/*
 * jsonl.c - the fast path for JSON Lines: a hand-written scanner for the
 * common line, one flat object whose values are strings, integers, null,
 * true or false.  Exports sr__jsonl_scan (ingest.h), called by format.c,
 * which applies the field rules and falls back to jansson for anything
 * this scanner returns 0 for.
 *
 * One pass over the line checks the JSON syntax, validates UTF-8 inside
 * strings (outside them only ASCII is taken), unescapes "text" straight
 * into the reader's text buffer and the other known members ("id",
 * "date", "title", "url", "source") into the arena.  Strings are scanned
 * eight bytes at a time until a quote, backslash, control byte or
 * non-ASCII byte turns up.
 *
 * Invariant: when it returns 1, jansson's json_loadb(line, len, 0) accepts
 * the line as an object whose known members have exactly the values
 * reported here (tests/unit/test_ingest.c and tests/fuzz/fuzz_ingest.c
 * check both paths against each other).  So it refuses, leaving the line
 * to jansson and its messages: raw control bytes, invalid UTF-8, \u0000
 * (jansson refuses it without JSON_ALLOW_NUL), lone or unpaired
 * surrogates, unknown escapes, numbers with a fraction or an exponent,
 * integers of more than 18 digits, leading zeros, keys with escapes or
 * non-ASCII bytes, a known key given twice, nested objects and arrays,
 * white space other than space, tab and CR, and an empty object.
 *
 * Does not: decide whether the values make a good article (format.c),
 * normalise text (utf8.c), or report errors.
 */
#include "ingest.h"

#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Non-zero when some byte of w is '"', '\\', below 0x20 or above 0x7F;
 * its lowest set bit is then in the first such byte (little endian). */
static inline uint64_t special8(uint64_t w)
{
	uint64_t q = w ^ (ONES * '"'), b = w ^ (ONES * '\\');

	return (((w - ONES * 0x20) & ~w) | ((q - ONES) & ~q) |
		((b - ONES) & ~b) | w) &
	       HIGHS;
}

/* Bytes before the first special byte of a word special8 flagged. */
static inline size_t special_skip(uint64_t m)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) &&                            \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	return (size_t)__builtin_ctzll(m) / 8;
#else
	(void)m;
	return 0;
#endif
}

static inline int hexval(unsigned c)
{
	if (c - '0' < 10)
		return (int)(c - '0');
	c |= 0x20;
	if (c - 'a' < 6)
		return (int)(c - 'a' + 10);
	return -1;
}

/* The four hex digits at s, or -1. */
static inline long hex4(const unsigned char *s)
{
	int a = hexval(s[0]), b = hexval(s[1]), c = hexval(s[2]),
	    d = hexval(s[3]);

	if ((a | b | c | d) < 0)
		return -1;
	return ((long)a << 12) | (b << 8) | (c << 4) | d;
}

/* Append code point c (not a surrogate, below 0x110000) as UTF-8. */
static inline size_t put_utf8(unsigned char *o, unsigned long c)
{
	if (c < 0x80) {
		o[0] = (unsigned char)c;
		return 1;
	}
	if (c < 0x800) {
		o[0] = (unsigned char)(0xC0 | (c >> 6));
		o[1] = (unsigned char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (c >> 12));
		o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (c >> 18));
	o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (c & 0x3F));
	return 4;
}

/* The escape at s (s[0] == '\\'): its value into o when o is non-NULL.
 * Returns the bytes of the escape read (0: refused) and sets *olen to the
 * bytes it unescapes to. */
static size_t unescape(const unsigned char *s, const unsigned char *end,
		       unsigned char *o, size_t *olen, unsigned *flags)
{
	unsigned char tmp[4];
	unsigned char ch;
	long c, lo;

	if (end - s < 2)
		return 0;
	switch (s[1]) {
	case '"':
	case '\\':
	case '/':
		ch = s[1];
		break;
	case 'b':
		ch = '\b';
		break;
	case 'f':
		ch = '\f';
		break;
	case 'n':
		ch = '\n';
		break;
	case 'r':
		ch = '\r';
		*flags |= SR__JF_CR;
		break;
	case 't':
		ch = '\t';
		break;
	case 'u':
		if (end - s < 6 || (c = hex4(s + 2)) <= 0)
			return 0; /* bad hex, or \u0000 */
		if (c >= 0xDC00 && c <= 0xDFFF)
			return 0;
		if (c >= 0xD800 && c <= 0xDBFF) {
			if (end - s < 12 || s[6] != '\\' || s[7] != 'u')
				return 0;
			lo = hex4(s + 8);
			if (lo < 0xDC00 || lo > 0xDFFF)
				return 0;
			c = ((c - 0xD800) << 10) + (lo - 0xDC00) + 0x10000;
			*olen = put_utf8(o ? o : tmp, (unsigned long)c);
			*flags |= SR__JF_NONASCII;
			return 12;
		}
		*olen = put_utf8(o ? o : tmp, (unsigned long)c);
		if (c >= 0x80)
			*flags |= SR__JF_NONASCII;
		return 6;
	default:
		return 0;
	}
	if (o)
		*o = ch;
	*olen = 1;
	return 2;
}

/* Scan the string body starting at s (just after its opening quote).
 * When out is non-NULL the unescaped bytes go there; it must have room for
 * end - s bytes (unescaping never lengthens).  Returns the byte after the
 * closing quote with *olen set (the unescaped length), or NULL when the
 * string is one the fast path leaves to jansson.  *flags gets SR__JF_*. */
static const unsigned char *scan_str(const unsigned char *s,
				     const unsigned char *end,
				     unsigned char *out, size_t *olen,
				     unsigned *flags)
{
	size_t n = 0, k, m;
	unsigned c;

	for (;;) {
#if defined(__SSE2__)
		/* 16 bytes at a time (every x86-64), straight to the first
		 * special byte; the words below then stop at once there */
		while (end - s >= 16) {
			__m128i x =
			    _mm_loadu_si128((const __m128i *)(const void *)s);
			/* signed: bytes >= 0x80 are below 0x20 too */
			__m128i bad = _mm_or_si128(
			    _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
			    _mm_or_si128(
				_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
				_mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
			unsigned bm = (unsigned)_mm_movemask_epi8(bad);

			if (out)
				_mm_storeu_si128((__m128i *)(void *)(out + n),
						 x);
			if (bm) {
				k = (unsigned)__builtin_ctz(bm);
				s += k;
				n += k;
				break;
			}
			s += 16;
			n += 16;
		}
#endif
		while (end - s >= 8) {
			uint64_t w, sp;

			memcpy(&w, s, 8);
			sp = special8(w);
			if (out)
				memcpy(out + n, s, 8);
			if (sp) {
				k = special_skip(sp);
				s += k;
				n += k;
				break;
			}
			s += 8;
			n += 8;
		}
		if (s == end)
			return NULL;
		c = *s;
		if (c == '"') {
			*olen = n;
			return s + 1;
		}
		if (c < 0x20) {
			return NULL;
		} else if (c == '\\') {
			k = unescape(s, end, out ? out + n : NULL, &m, flags);
			if (!k)
				return NULL;
			*flags |= SR__JF_ESC;
			s += k;
			n += m;
		} else if (c >= 0x80) {
			k = sr__utf8_tail(s, (size_t)(end - s));
			if (!k)
				return NULL;
			if (out)
				memcpy(out + n, s, k + 1);
			*flags |= SR__JF_NONASCII;
			s += k + 1;
			n += k + 1;
		} else {
			if (out)
				out[n] = (unsigned char)c;
			s++;
			n++;
		}
	}
}

static inline const unsigned char *skip_ws(const unsigned char *s,
					   const unsigned char *end)
{
	while (s < end && (*s == ' ' || *s == '\t' || *s == '\r'))
		s++;
	return s;
}

/* Which known member the key k[0..n) is, or -1. */
static int key_index(const unsigned char *k, size_t n)
{
	static const char *const names[SR__JK_COUNT] = {
		[SR__JK_TEXT] = "text", [SR__JK_ID] = "id",
		[SR__JK_DATE] = "date", [SR__JK_TITLE] = "title",
		[SR__JK_URL] = "url",	[SR__JK_SOURCE] = "source",
	};
	int i;

	if (n < 2 || n > 6)
		return -1;
	for (i = 0; i < SR__JK_COUNT; i++)
		if (strlen(names[i]) == n && memcmp(names[i], k, n) == 0)
			return i;
	return -1;
}

/* A string value of a known member other than "text": validated, then
 * copied (or unescaped) into the arena. */
static const unsigned char *known_str(const unsigned char *s,
				      const unsigned char *end,
				      struct sr__jfield *f,
				      struct sr_arena *arena)
{
	const unsigned char *after;
	unsigned flags = 0;
	size_t n;
	char *p;

	after = scan_str(s, end, NULL, &n, &flags);
	if (!after)
		return NULL;
	if (flags & SR__JF_ESC) {
		/* scan_str's word copies may run up to 7 bytes past the
		 * closing quote. */
		p = sr__arena_alloc_raw(arena, (size_t)(after - s) + 8);
		if (!p)
			return NULL;
		scan_str(s, end, (unsigned char *)p, &n, &flags);
		p[n] = '\0';
	} else {
		p = sr__arena_strndup(arena, (const char *)s, n);
		if (!p)
			return NULL;
	}
	f->type = SR__JV_STRING;
	f->s = p;
	f->len = n;
	return after;
}

/* An integer at s: -?(0|[1-9][0-9]{0,17}) not followed by '.', 'e', 'E'
 * or another digit. */
static const unsigned char *scan_int(const unsigned char *s,
				     const unsigned char *end, int64_t *v)
{
	bool neg = false;
	int64_t x = 0;
	int digits = 0;

	if (*s == '-') {
		neg = true;
		s++;
	}
	if (s == end || (unsigned)(*s - '0') > 9)
		return NULL;
	if (*s == '0') {
		s++;
	} else {
		while (s < end && (unsigned)(*s - '0') <= 9) {
			if (++digits > 18)
				return NULL;
			x = x * 10 + (*s - '0');
			s++;
		}
	}
	if (s < end &&
	    ((unsigned)(*s - '0') <= 9 || *s == '.' || *s == 'e' || *s == 'E'))
		return NULL;
	*v = neg ? -x : x;
	return s;
}

static const unsigned char *literal(const unsigned char *s,
				    const unsigned char *end, const char *word,
				    size_t n)
{
	if ((size_t)(end - s) < n || memcmp(s, word, n) != 0)
		return NULL;
	return s + n;
}

int sr__jsonl_scan(const char *line, size_t len, struct sr__jline *jl,
		   struct sr_arena *arena, struct sr_buf *text)
{
	const unsigned char *s = (const unsigned char *)line, *end = s + len;
	unsigned seen = 0;

	memset(jl, 0, sizeof(*jl));
	s = skip_ws(s, end);
	if (s == end || *s != '{')
		return 0;
	s = skip_ws(s + 1, end);
	for (;;) {
		const unsigned char *k;
		struct sr__jfield *f = NULL;
		int which;

		/* Key: printable ASCII without escapes. */
		if (s == end || *s != '"')
			return 0;
		k = ++s;
		while (s < end && *s != '"') {
			if (*s < 0x20 || *s >= 0x80 || *s == '\\')
				return 0;
			s++;
		}
		if (s == end)
			return 0;
		which = key_index(k, (size_t)(s - k));
		s = skip_ws(s + 1, end);
		if (s == end || *s != ':')
			return 0;
		s = skip_ws(s + 1, end);
		if (s == end)
			return 0;
		if (which >= 0) {
			if (seen & (1u << which))
				return 0;
			seen |= 1u << which;
			f = &jl->f[which];
		}

		switch (*s) {
		case '"':
			if (which == SR__JK_TEXT) {
				size_t n;

				sr__buf_reset(text);
				if (sr__buf_reserve(text, (size_t)(end - s)))
					return 0;
				s = scan_str(s + 1, end,
					     (unsigned char *)text->data, &n,
					     &jl->text_flags);
				if (!s)
					return 0;
				text->len = n;
				text->data[n] = '\0';
				f->type = SR__JV_STRING;
				f->s = text->data;
				f->len = n;
			} else if (f) {
				s = known_str(s + 1, end, f, arena);
			} else {
				size_t n;
				unsigned fl = 0;

				s = scan_str(s + 1, end, NULL, &n, &fl);
			}
			break;
		case 'n':
			s = literal(s, end, "null", 4);
			if (f)
				f->type = SR__JV_NULL;
			break;
		case 't':
			s = literal(s, end, "true", 4);
			if (f)
				f->type = SR__JV_BOOL;
			break;
		case 'f':
			s = literal(s, end, "false", 5);
			if (f)
				f->type = SR__JV_BOOL;
			break;
		default: {
			int64_t v = 0;

			s = scan_int(s, end, &v);
			if (f) {
				f->type = SR__JV_INT;
				f->i = v;
			}
			break;
		}
		}
		if (!s)
			return 0;
		s = skip_ws(s, end);
		if (s == end)
			return 0;
		if (*s == '}')
			break;
		if (*s != ',')
			return 0;
		s = skip_ws(s + 1, end);
	}
	s = skip_ws(s + 1, end);
	return s == end;
}
