/*
 * json.c - a small append-only JSON emitter over an sr_buf and the JSON
 * event record (DESIGN.md "Event record") used by the JSONL writer and as
 * the GeoJSON properties object.
 *
 * Exports: sr__jw_* (emitter), sr__export_event_json, number formatting
 * (sr__export_fmt_int, sr__export_fmt_fixed), sr__export_utf8_seq and
 * sr__export_sentence.
 *
 * Invariants: the record has every key, always in DESIGN.md's order (other
 * tools depend on it), then "sources" for stored events that have them
 * (omitted for the extractor's records); unknown values are null, never 0
 * or "".  Strings are
 * escaped per RFC 8259 and the output is valid UTF-8 whatever the input.
 * Numbers are formatted by hand (no printf on the hot path), so the output
 * does not depend on the locale.
 *
 * The only state is a per-thread copy of the JSON of the kind fields
 * (kind_fields), checked against the strings each time.
 *
 * Not here: no parsing, no I/O.
 */
#include "export.h"

#include <assert.h>
#include <math.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

static const char hexdig[] = "0123456789abcdef";
static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

size_t sr__export_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c < 0xC2)
		return 0; /* continuation byte or overlong 2-byte lead */
	if (c < 0xE0)
		return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
	if (c < 0xF0) {
		if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80)
			return 0;
		if (c == 0xE0 && s[1] < 0xA0)
			return 0; /* overlong */
		if (c == 0xED && s[1] >= 0xA0)
			return 0; /* UTF-16 surrogate */
		return 3;
	}
	if (c < 0xF5) {
		if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
		    (s[3] & 0xC0) != 0x80)
			return 0;
		if (c == 0xF0 && s[1] < 0x90)
			return 0; /* overlong */
		if (c == 0xF4 && s[1] >= 0x90)
			return 0; /* above U+10FFFF */
		return 4;
	}
	return 0;
}

static const char digits2[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

size_t sr__export_fmt_int(char *out, int64_t v)
{
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v, t;
	size_t n = 1;
	char *q;

	/* count the digits, then write them in place from the last: no
	 * copy of a variable length (a library call per number) */
	for (t = u; t >= 10; t /= 10)
		n++;
	if (v < 0)
		*out++ = '-';
	q = out + n;
	*q = '\0';
	/* two digits per division */
	while (u >= 100) {
		size_t k = (size_t)(u % 100) * 2;

		u /= 100;
		q -= 2;
		memcpy(q, digits2 + k, 2);
	}
	if (u >= 10)
		memcpy(q - 2, digits2 + u * 2, 2);
	else
		q[-1] = (char)('0' + u);
	return n + (v < 0);
}

/* sr__export_fmt_int for a small number (a span's offset or length, the
 * integer part of a coordinate): most have at most four digits, written
 * here without counting them first.  Always inline: a record writes some
 * thirty, and the call was a good part of each. */
__attribute__((always_inline)) static inline size_t fmt_u32(char *out,
							    uint32_t u)
{
	if (u < 100) {
		if (u < 10) {
			out[0] = (char)('0' + u);
			return 1;
		}
		memcpy(out, digits2 + u * 2, 2);
		return 2;
	}
	if (u < 10000) {
		uint32_t hi = u / 100, lo = u % 100;

		if (hi < 10) {
			out[0] = (char)('0' + hi);
			memcpy(out + 1, digits2 + lo * 2, 2);
			return 3;
		}
		memcpy(out, digits2 + hi * 2, 2);
		memcpy(out + 2, digits2 + lo * 2, 2);
		return 4;
	}
	return sr__export_fmt_int(out, u);
}

/* llround(r) for |r| < 1e18, without the call (three numbers of every
 * record go through it): r less its integer part t is exact (Sterbenz:
 * t <= |r| < 2t for |r| >= 1; r itself below 1; no fraction at all from
 * 2^52 up), so the half is compared exactly, and a half goes away from
 * zero as llround's does.  A NaN is left to llround. */
static int64_t round_half_away(double r)
{
	int64_t t;
	double d;

	if (isnan(r))
		return llround(r);
	t = (int64_t)r;
	d = r - (double)t;
	if (d >= 0.5)
		t++;
	else if (d <= -0.5)
		t--;
	return t;
}

/* sr__export_fmt_fixed, always inline: the record writes its numbers
 * with a constant dec (5 for coordinates, 2 for the confidence), and its
 * divisions and the loop over the decimals then come out as constants,
 * unrolled, instead of a division by p10[dec] and a loop. */
__attribute__((always_inline)) static inline size_t fmt_fixed(char *out,
							      double v, int dec)
{
	static const int64_t p10[] = {
		1, 10, 100, 1000, 10000, 100000, 1000000
	};
	int64_t q, ip, fp;
	size_t i;
	int k;

	if (dec < 0)
		dec = 0;
	if (dec > 6)
		dec = 6;
	if (fabs(v) >= 1e12) {
		/* Far outside any coordinate or score: keep it exact-ish
		 * rather than overflow the fixed-point path. */
		int n = snprintf(out, 40, "%.*e", dec, v);

		return n > 0 ? (size_t)n : 0;
	}
	q = round_half_away(v * (double)p10[dec]);
	i = 0;
	if (q < 0) {
		out[i++] = '-';
		q = -q;
	}
	ip = q / p10[dec];
	fp = q % p10[dec];
	/* (a coordinate's or a score's integer part has a few digits) */
	i += ip <= UINT32_MAX ? fmt_u32(out + i, (uint32_t)ip)
			      : sr__export_fmt_int(out + i, ip);
	if (dec > 0) {
		out[i++] = '.';
		/* the decimals from the last, two per division */
		for (k = dec; k >= 2; k -= 2) {
			memcpy(out + i + (size_t)k - 2,
			       digits2 + (fp % 100) * 2, 2);
			fp /= 100;
		}
		if (k == 1)
			out[i] = (char)('0' + fp);
		i += (size_t)dec;
	}
	out[i] = '\0';
	return i;
}

size_t sr__export_fmt_fixed(char *out, double v, int dec)
{
	return fmt_fixed(out, v, dec);
}

const char *sr__export_sentence(const struct sr_event *ev, size_t *len)
{
	*len = 0;
	if (!ev->text || ev->sentence.len == 0 ||
	    ev->sentence.off > ev->text_len ||
	    ev->sentence.len > ev->text_len - ev->sentence.off)
		return NULL;
	*len = ev->sentence.len;
	return ev->text + ev->sentence.off;
}

/* 1 for the ASCII bytes a JSON string holds as they are: not a control
 * character, '"' or '\\'; 0 for those and for bytes >= 0x80 (to check as
 * UTF-8).  NUL is 0, so a scan of a C string stops at its end too. */
/* clang-format off */
static const unsigned char plain[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};
/* clang-format on */

#define ONES 0x0101010101010101ull

static uint64_t load8(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

/* Does any of the 8 bytes at p need a look: below 0x20, 0x80 or above,
 * '"' or '\\'?  (Exact: each term is non-zero iff some byte has the
 * property, whatever the byte order.) */
static int needs_escape8(const unsigned char *p)
{
	uint64_t x = load8(p), q = x ^ (ONES * '"'), b = x ^ (ONES * '\\');

	return ((((x - ONES * 0x20) & ~x) | ((q - ONES) & ~q) |
		 ((b - ONES) & ~b) | x) &
		(ONES * 0x80)) != 0;
}

#if defined(__SSE2__)
/* Bit i set for each byte p[i] of the 16 at p that needs a look, as for
 * needs_escape8 (SSE2: every x86-64). */
static unsigned escape_mask16(const unsigned char *p)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* signed: bytes >= 0x80 are below 0x20 too */
	__m128i bad =
	    _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
			 _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
				      _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));

	return (unsigned)_mm_movemask_epi8(bad);
}
#endif

/* The first index from i of p[0..n) whose byte needs a look: when esc, a
 * byte plain[] does not pass; else one >= 0x80 (to check as UTF-8); n if
 * none. */
static inline size_t plain_end(const unsigned char *p, size_t i, size_t n,
			       bool esc)
{
	/* tight loops over the common case: plain ASCII, 8 bytes at a
	 * time while no byte of them needs a look */
	if (esc) {
#if defined(__SSE2__)
		/* 16 bytes at a time, straight to the first that needs a
		 * look */
		while (i + 16 <= n) {
			unsigned m = escape_mask16(p + i);

			if (m)
				return i + (unsigned)__builtin_ctz(m);
			i += 16;
		}
#endif
		while (i + 8 <= n && !needs_escape8(p + i))
			i += 8;
		while (i < n && plain[p[i]])
			i++;
	} else {
		while (i + 8 <= n && !(load8(p + i) & ONES * 0x80))
			i += 8;
		while (i < n && p[i] < 0x80)
			i++;
	}
	return i;
}

/* What stands for the byte c in the output, into e: U+FFFD for a byte
 * that is not valid UTF-8 (c >= 0x80), else JSON's escape of the ASCII
 * byte c.  Returns its length (at most 6). */
static size_t escape_byte(unsigned c, char e[6])
{
	if (c >= 0x80) {
		memcpy(e, replacement, 3);
		return 3;
	}
	e[0] = '\\';
	switch (c) {
	case '"':
		e[1] = '"';
		return 2;
	case '\\':
		e[1] = '\\';
		return 2;
	case '\n':
		e[1] = 'n';
		return 2;
	case '\r':
		e[1] = 'r';
		return 2;
	case '\t':
		e[1] = 't';
		return 2;
	case '\b':
		e[1] = 'b';
		return 2;
	case '\f':
		e[1] = 'f';
		return 2;
	default:
		e[1] = 'u';
		e[2] = '0';
		e[3] = '0';
		e[4] = hexdig[c >> 4];
		e[5] = hexdig[c & 15];
		return 6;
	}
}

/* Appends s[0..n) escaped for JSON when esc, else only sanitised. */
static void put_text(struct sr_jw *w, const char *s, size_t n, bool esc)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0, k;
	char e[6];

	while (!w->rc) {
		unsigned c;

		i = plain_end(p, i, n, esc);
		if (i >= n)
			break;
		c = p[i];
		if (c >= 0x80) {
			k = sr__export_utf8_seq(p + i, n - i);
			if (k) {
				i += k;
				continue;
			}
		}
		/* here c is invalid UTF-8, or (esc only) ASCII to escape */
		sr__jw_raw(w, s + run, i - run);
		sr__jw_raw(w, e, escape_byte(c, e));
		i++;
		run = i;
	}
	sr__jw_raw(w, s + run, n - run);
}

void sr__jw_str(struct sr_jw *w, const char *s, size_t n)
{
	if (!s) {
		SR_JW_LIT(w, "null");
		return;
	}
	SR_JW_LIT(w, "\"");
	put_text(w, s, n, true);
	SR_JW_LIT(w, "\"");
}

/* 1 if every byte of p[0..n) is plain (ASCII with nothing to escape): the
 * last block of bytes read where it ends, over the one before, so no byte
 * is looked at alone past the first 8. */
static int all_plain(const unsigned char *p, size_t n)
{
	size_t i = 0;

	if (n < 8) {
		while (i < n && plain[p[i]])
			i++;
		return i == n;
	}
#if defined(__SSE2__)
	if (n >= 16) {
		for (; i + 16 < n; i += 16)
			if (escape_mask16(p + i))
				return 0;
		return !escape_mask16(p + n - 16);
	}
#endif
	for (; i + 8 < n; i += 8)
		if (needs_escape8(p + i))
			return 0;
	return !needs_escape8(p + n - 8);
}

void sr__jw_cstr(struct sr_jw *w, const char *s)
{
	struct sr_buf *b = w->b;
	size_t n;

	if (!s) {
		SR_JW_LIT(w, "null");
		return;
	}
	/* Most strings here are short names with nothing to escape: their
	 * length, a look at their bytes many at a time, one copy. */
	n = strlen(s);
	if (!all_plain((const unsigned char *)s, n)) {
		sr__jw_str(w, s, n);
		return;
	}
	if (w->rc)
		return;
	if (n + 2 < b->cap - b->len && b->len + n + 2 <= b->max) {
		b->data[b->len] = '"';
		memcpy(b->data + b->len + 1, s, n);
		b->data[b->len + n + 1] = '"';
		b->len += n + 2;
		b->data[b->len] = '\0';
		return;
	}
	sr__jw_str(w, s, n);
}

void sr__jw_utf8(struct sr_jw *w, const char *s, size_t n)
{
	if (s)
		put_text(w, s, n, false);
}

void sr__jw_int(struct sr_jw *w, int64_t v)
{
	char tmp[24];

	sr__jw_raw(w, tmp, sr__export_fmt_int(tmp, v));
}

void sr__jw_fixed(struct sr_jw *w, double v, int dec)
{
	char tmp[40];

	if (!isfinite(v)) {
		SR_JW_LIT(w, "null");
		return;
	}
	sr__jw_raw(w, tmp, sr__export_fmt_fixed(tmp, v, dec));
}

/* ---- the event record ---- */

/*
 * The record is written in two steps: its strings are gathered with their
 * lengths and a bound on the bytes the record can take; then, with that
 * room reserved once, it is written through a bare cursor, without a test
 * of room, an error check and a NUL for each piece (most of the work of a
 * record when each piece is a few bytes).
 */

#define KEY(w, name) sr__jw_raw(w, ",\"" name "\":", sizeof(name) + 3)

static void count(struct sr_jw *w, int64_t v)
{
	if (v < 0)
		SR_JW_LIT(w, "null");
	else
		sr__jw_int(w, v);
}

/* "sources": the reports merged into a stored event, anchor first; only
 * for events that have them (the extractor's records have none, so
 * `extract` output is unchanged). */
static void sources(struct sr_jw *w, const struct sr_event *ev)
{
	char date[11];
	size_t i;

	KEY(w, "sources");
	SR_JW_LIT(w, "[");
	for (i = 0; i < ev->source_count; i++) {
		const struct sr_source *x = &ev->sources[i];

		if (i)
			SR_JW_LIT(w, ",");
		SR_JW_LIT(w, "{\"mention_id\":");
		sr__jw_cstr(w, x->mention_id);
		KEY(w, "article_id");
		sr__jw_cstr(w, x->article_id);
		KEY(w, "source");
		sr__jw_cstr(w, x->source);
		KEY(w, "url");
		sr__jw_cstr(w, x->url);
		KEY(w, "article_date");
		if (x->article_date.y) {
			sr_ymd_format(x->article_date, date);
			sr__jw_str(w, date, 10);
		} else {
			SR_JW_LIT(w, "null");
		}
		KEY(w, "event_date");
		if (x->event_date.y) {
			sr_ymd_format(x->event_date, date);
			sr__jw_str(w, date, 10);
		} else {
			SR_JW_LIT(w, "null");
		}
		KEY(w, "fatalities");
		count(w, x->fatalities);
		KEY(w, "injured");
		count(w, x->injured);
		KEY(w, "status");
		sr__jw_cstr(w, sr_status_name(x->status));
		KEY(w, "provides");
		sr__jw_cstr(w, x->provides ? x->provides : "");
		KEY(w, "reason");
		sr__jw_cstr(w, x->reason);
		KEY(w, "score");
		sr__jw_fixed(w, x->score, 2);
		KEY(w, "sentence");
		sr__jw_cstr(w, x->sentence);
		SR_JW_LIT(w, "}");
	}
	SR_JW_LIT(w, "]");
}

/* The seven fields an event's kind sets in the ontology ("kind" ..
 * "cameo_code") as written for the first events of each kind, by
 * thread: the ontology has a few dozen kinds, and the block, some 300
 * bytes read from seven strings, is then copied instead of written
 * again.  The strings are compared, so the copy is what the record
 * would write; a kind met when every slot is taken is written anew.
 * Slots are looked at in turn: most events are of the first kinds
 * met (the strike and clash kinds), and most kinds differ in their
 * first byte. */
#define KIND_FIELDS 7
#define KIND_SLOTS  32
#define KIND_KEY    256 /* bytes of the strings, with their NULs */
#define KIND_JSON   640 /* bytes of the block */

struct kind_block {
	unsigned char nulls; /* bit i: field i is NULL */
	bool used;
	uint16_t off[KIND_FIELDS]; /* of each string in key */
	char key[KIND_KEY];
	size_t json_len;
	char json[KIND_JSON];
};
static _Thread_local struct kind_block kind_blocks[KIND_SLOTS];

/* The block written from f, or NULL. */
static const struct kind_block *
kind_block_find(const char *const f[KIND_FIELDS])
{
	size_t i, j;

	for (j = 0; j < KIND_SLOTS; j++) {
		const struct kind_block *kb = &kind_blocks[j];

		if (!kb->used)
			return NULL; /* the slots fill from the first */
		for (i = 0; i < KIND_FIELDS; i++) {
			bool null = (kb->nulls >> i) & 1;

			if (!f[i] != null ||
			    (f[i] && (kb->key[kb->off[i]] != f[i][0] ||
				      strcmp(kb->key + kb->off[i], f[i]) != 0)))
				break;
		}
		if (i == KIND_FIELDS)
			return kb;
	}
	return NULL;
}

/* Keep in the first free slot the block json[0..len) written from f,
 * when it fits. */
static void kind_block_keep(const char *const f[KIND_FIELDS], const char *json,
			    size_t len)
{
	struct kind_block *kb;
	size_t i, j, n = 0;

	for (j = 0; j < KIND_SLOTS && kind_blocks[j].used; j++)
		;
	if (j == KIND_SLOTS || len > sizeof(kb->json))
		return;
	kb = &kind_blocks[j];
	kb->nulls = 0;
	for (i = 0; i < KIND_FIELDS; i++) {
		size_t m = f[i] ? strlen(f[i]) + 1 : 0;

		if (!f[i])
			kb->nulls |= (unsigned char)(1u << i);
		if (m > sizeof(kb->key) - n)
			return;
		kb->off[i] = (uint16_t)n;
		memcpy(kb->key + n, f[i] ? f[i] : "", m);
		n += m;
	}
	memcpy(kb->json, json, len);
	kb->json_len = len;
	kb->used = true;
}

/* The strings of a record, each with its length. */
enum rec_str {
	/* found with strlen */
	R_ARTICLE_ID,
	R_ACTOR1,
	R_ACTOR1_ISO3,
	R_ACTOR2,
	R_ACTOR2_ISO3,
	R_LOCATION,
	R_ADMIN1,
	R_COUNTRY,
	R_ISO3,
	R_QUANTITY,
	R_WEAPONS,
	R_STATUS,
	R_CLAIMED_BY,
	R_RULE,
	R_GEO_REASON,
	R_STRLEN,
	/* of a known length */
	R_EVENT_ID = R_STRLEN,
	R_SENTENCE,
	R_COUNT
};

/* Bytes of a record besides its strings, at most: every key with its
 * quotes, colon and comma, the braces and literals (some 600 bytes), up
 * to 16 numbers (dates included) and 11 spans. */
#define REC_KEYS_MAX 1024
#define REC_NUM_MAX  40 /* sr__export_fmt_fixed writes at most 40 */
#define REC_SPAN_MAX 64 /* ,"fatalities":[4294967295,4294967295] */
#define REC_FIXED    (REC_KEYS_MAX + 16 * REC_NUM_MAX + 11 * REC_SPAN_MAX)

struct rec {
	const char *s[R_COUNT]; /* NULL writes null */
	size_t n[R_COUNT];	/* bytes of s[i] */
	const char *kf[KIND_FIELDS];
	size_t kn[KIND_FIELDS];	     /* bytes of kf[i], when kb is NULL */
	const struct kind_block *kb; /* the kind fields as written before */
	size_t bound;		     /* bytes the record takes at most */
};

/* The bytes s[0..n) may take in a record: each may become a six-byte
 * escape; NULL is null. */
static size_t str_bound(const char *s, size_t n)
{
	return s ? 6 * n + 2 : 4;
}

static void rec_gather(const struct sr_event *ev, struct rec *r)
{
	size_t i;

	r->s[R_ARTICLE_ID] = ev->article_id;
	r->s[R_ACTOR1] = ev->actor1;
	r->s[R_ACTOR1_ISO3] = ev->actor1_iso3;
	r->s[R_ACTOR2] = ev->actor2;
	r->s[R_ACTOR2_ISO3] = ev->actor2_iso3;
	r->s[R_LOCATION] = ev->location;
	r->s[R_ADMIN1] = ev->admin1;
	r->s[R_COUNTRY] = ev->country;
	r->s[R_ISO3] = ev->iso3;
	r->s[R_QUANTITY] = ev->quantity;
	r->s[R_WEAPONS] = ev->weapons;
	r->s[R_STATUS] = sr_status_name(ev->status);
	r->s[R_CLAIMED_BY] = ev->claimed_by;
	r->s[R_RULE] = ev->rule;
	r->s[R_GEO_REASON] = ev->geo_reason;
	r->bound = REC_FIXED;
	/* each length and its bound in one pass */
	for (i = 0; i < R_STRLEN; i++) {
		r->n[i] = r->s[i] ? strlen(r->s[i]) : 0;
		r->bound += str_bound(r->s[i], r->n[i]);
	}
	r->s[R_EVENT_ID] = ev->event_id[0] ? ev->event_id : NULL;
	r->n[R_EVENT_ID] = strnlen(ev->event_id, sizeof(ev->event_id));
	r->s[R_SENTENCE] = sr__export_sentence(ev, &r->n[R_SENTENCE]);
	for (i = R_STRLEN; i < R_COUNT; i++)
		r->bound += str_bound(r->s[i], r->n[i]);
	r->kf[0] = ev->kind;
	r->kf[1] = ev->disorder_type;
	r->kf[2] = ev->event_type;
	r->kf[3] = ev->sub_event_type;
	r->kf[4] = ev->plover_type;
	r->kf[5] = ev->plover_mode;
	r->kf[6] = ev->cameo_code;
	r->kb = kind_block_find(r->kf);
	if (r->kb) {
		r->bound += r->kb->json_len;
		return;
	}
	for (i = 0; i < KIND_FIELDS; i++) {
		r->kn[i] = r->kf[i] ? strlen(r->kf[i]) : 0;
		r->bound += str_bound(r->kf[i], r->kn[i]);
	}
}

/* The writers at a cursor o, into room reserved before; each returns the
 * end of what it wrote. */

static inline char *put_raw(char *o, const char *s, size_t n)
{
	memcpy(o, s, n);
	return o + n;
}
#define PUT_LIT(o, lit)	 put_raw(o, lit, sizeof(lit) - 1)
#define PUT_KEY(o, name) PUT_LIT(o, ",\"" name "\":")

/* s[0..n) escaped for JSON, as put_text writes it. */
static char *put_escaped(char *o, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0, k;

	for (;;) {
		i = plain_end(p, i, n, true);
		if (i >= n)
			break;
		if (p[i] >= 0x80) {
			k = sr__export_utf8_seq(p + i, n - i);
			if (k) {
				i += k;
				continue;
			}
		}
		o = put_raw(o, s + run, i - run);
		o += escape_byte(p[i], o);
		run = ++i;
	}
	return put_raw(o, s + run, n - run);
}

/* needs_escape8 for the 4 bytes at p. */
static int needs_escape4(const unsigned char *p)
{
	const uint32_t ones = 0x01010101u;
	uint32_t x, q, b;

	memcpy(&x, p, 4);
	q = x ^ (ones * '"');
	b = x ^ (ones * '\\');
	return ((((x - ones * 0x20) & ~x) | ((q - ones) & ~q) |
		 ((b - ones) & ~b) | x) &
		(ones * 0x80)) != 0;
}

/* Copy p[0..n) to o when no byte of it needs a look (as all_plain says)
 * and return the end; else return NULL, having written some of the
 * bytes at o.  One pass that checks and copies blocks of bytes together
 * (the last block of a string read where it ends, over the one before,
 * so that every byte is checked and none is written past o + n), instead
 * of a check, then a call of memcpy.  Always inline: GCC kept it a call,
 * which cost as much as the copy of most strings of a record. */
__attribute__((always_inline)) static inline char *
copy_plain(char *o, const unsigned char *p, size_t n)
{
	size_t i;

	if (n < 4) {
		/* the first, middle and last bytes: all of them */
		unsigned char a, b, c;

		if (!n)
			return o;
		a = p[0];
		b = p[n >> 1];
		c = p[n - 1];
		if (!(plain[a] & plain[b] & plain[c]))
			return NULL;
		o[0] = (char)a;
		o[n >> 1] = (char)b;
		o[n - 1] = (char)c;
		return o + n;
	}
	if (n < 8) {
		if (needs_escape4(p) || needs_escape4(p + n - 4))
			return NULL;
		memcpy(o, p, 4);
		memcpy(o + n - 4, p + n - 4, 4);
		return o + n;
	}
#if defined(__SSE2__)
	if (n >= 16) {
		__m128i x;

		for (i = 0; i + 16 < n; i += 16) {
			if (escape_mask16(p + i))
				return NULL;
			x = _mm_loadu_si128(
			    (const __m128i *)(const void *)(p + i));
			_mm_storeu_si128((__m128i *)(void *)(o + i), x);
		}
		if (escape_mask16(p + n - 16))
			return NULL;
		x = _mm_loadu_si128(
		    (const __m128i *)(const void *)(p + n - 16));
		_mm_storeu_si128((__m128i *)(void *)(o + n - 16), x);
		return o + n;
	}
#endif
	for (i = 0; i + 8 < n; i += 8) {
		if (needs_escape8(p + i))
			return NULL;
		memcpy(o + i, p + i, 8);
	}
	if (needs_escape8(p + n - 8))
		return NULL;
	memcpy(o + n - 8, p + n - 8, 8);
	return o + n;
}

/* sr__jw_str at a cursor: most strings have nothing to escape, and are
 * looked at many bytes at a time as they are copied. */
__attribute__((always_inline)) static inline char *
put_str(char *o, const char *s, size_t n)
{
	char *e;

	if (!s)
		return PUT_LIT(o, "null");
	*o++ = '"';
	e = copy_plain(o, (const unsigned char *)s, n);
	o = e ? e : put_escaped(o, s, n);
	*o++ = '"';
	return o;
}

__attribute__((always_inline)) static inline char *
put_rs(char *o, const struct rec *r, enum rec_str k)
{
	return put_str(o, r->s[k], r->n[k]);
}

/* sr__export_fmt_int at o; a count or an id of up to four digits (most
 * of them) by fmt_u32, which writes the same digits without counting
 * them first.  Always inline: GCC kept a call of most of it. */
__attribute__((always_inline)) static inline char *put_int(char *o, int64_t v)
{
	if (v >= 0 && v < 10000)
		return o + fmt_u32(o, (uint32_t)v);
	return o + sr__export_fmt_int(o, v);
}

static char *put_opt_int(char *o, int64_t v, int64_t none)
{
	return v == none ? PUT_LIT(o, "null") : put_int(o, v);
}

static char *put_count(char *o, int64_t v)
{
	return v < 0 ? PUT_LIT(o, "null") : put_int(o, v);
}

__attribute__((always_inline)) static inline char *put_fixed(char *o, double v,
							     int dec)
{
	if (!isfinite(v))
		return PUT_LIT(o, "null");
	return o + fmt_fixed(o, v, dec);
}

/* "name":[off,len] for a non-empty span, after a comma unless it is the
 * first; key is ,"name":[ with its length (see PUT_SPAN).  Always inline:
 * key is a literal at every call, so its copy is a few moves. */
__attribute__((always_inline)) static inline char *
put_span(char *o, bool *first, const char *key, size_t key_len,
	 struct sr_span sp)
{
	if (sp.len == 0)
		return o;
	if (*first) {
		key++;
		key_len--;
	}
	*first = false;
	o = put_raw(o, key, key_len);
	o += fmt_u32(o, sp.off);
	*o++ = ',';
	o += fmt_u32(o, sp.len);
	*o++ = ']';
	return o;
}

#define PUT_SPAN(o, first, name, sp)                                           \
	put_span(o, &(first), ",\"" name "\":[", sizeof(name) + 4, sp)

/* "kind" .. "cameo_code", each after its comma. */
static char *put_kind_fields(char *o, const struct rec *r)
{
	o = PUT_KEY(o, "kind");
	o = put_str(o, r->kf[0], r->kn[0]);
	o = PUT_KEY(o, "disorder_type");
	o = put_str(o, r->kf[1], r->kn[1]);
	o = PUT_KEY(o, "event_type");
	o = put_str(o, r->kf[2], r->kn[2]);
	o = PUT_KEY(o, "sub_event_type");
	o = put_str(o, r->kf[3], r->kn[3]);
	o = PUT_KEY(o, "plover_type");
	o = put_str(o, r->kf[4], r->kn[4]);
	o = PUT_KEY(o, "plover_mode");
	o = put_str(o, r->kf[5], r->kn[5]);
	o = PUT_KEY(o, "cameo_code");
	return put_str(o, r->kf[6], r->kn[6]);
}

/* The record up to its "sources", and its closing brace when it has
 * none, at o with r->bound bytes of room. */
static char *put_record(char *o, const struct sr_event *ev, const struct rec *r)
{
	const struct sr_spans *sp = &ev->spans;
	bool geo = ev->geo_precision != 0, first = true;
	char date[11], *from;

	o = PUT_LIT(o, "{\"event_id\":");
	o = put_rs(o, r, R_EVENT_ID);
	o = PUT_KEY(o, "article_id");
	o = put_rs(o, r, R_ARTICLE_ID);
	o = PUT_KEY(o, "event_date");
	if (ev->event_date.y) {
		sr_ymd_format(ev->event_date, date);
		o = put_str(o, date, 10);
	} else {
		o = PUT_LIT(o, "null");
	}
	o = PUT_KEY(o, "time_precision");
	o = put_opt_int(o, ev->time_precision, 0);
	if (r->kb) {
		o = put_raw(o, r->kb->json, r->kb->json_len);
	} else {
		from = o;
		o = put_kind_fields(o, r);
		kind_block_keep(r->kf, from, (size_t)(o - from));
	}
	o = PUT_KEY(o, "actor1");
	o = put_rs(o, r, R_ACTOR1);
	o = PUT_KEY(o, "actor1_iso3");
	o = put_rs(o, r, R_ACTOR1_ISO3);
	o = PUT_KEY(o, "actor2");
	o = put_rs(o, r, R_ACTOR2);
	o = PUT_KEY(o, "actor2_iso3");
	o = put_rs(o, r, R_ACTOR2_ISO3);
	o = PUT_KEY(o, "location");
	o = put_rs(o, r, R_LOCATION);
	o = PUT_KEY(o, "admin1");
	o = put_rs(o, r, R_ADMIN1);
	o = PUT_KEY(o, "country");
	o = put_rs(o, r, R_COUNTRY);
	o = PUT_KEY(o, "iso3");
	o = put_rs(o, r, R_ISO3);
	o = PUT_KEY(o, "latitude");
	o = geo ? put_fixed(o, ev->latitude, 5) : PUT_LIT(o, "null");
	o = PUT_KEY(o, "longitude");
	o = geo ? put_fixed(o, ev->longitude, 5) : PUT_LIT(o, "null");
	o = PUT_KEY(o, "geo_precision");
	o = put_opt_int(o, ev->geo_precision, 0);
	o = PUT_KEY(o, "gazetteer_id");
	o = put_opt_int(o, ev->gazetteer_id, 0);
	o = PUT_KEY(o, "fatalities");
	o = put_count(o, ev->fatalities);
	o = PUT_KEY(o, "fatalities_low");
	o = put_count(o, ev->fatalities_low);
	o = PUT_KEY(o, "fatalities_high");
	o = put_count(o, ev->fatalities_high);
	o = PUT_KEY(o, "injured");
	o = put_count(o, ev->injured);
	o = PUT_KEY(o, "injured_low");
	o = put_count(o, ev->injured_low);
	o = PUT_KEY(o, "injured_high");
	o = put_count(o, ev->injured_high);
	o = PUT_KEY(o, "quantity");
	o = put_rs(o, r, R_QUANTITY);
	o = PUT_KEY(o, "weapons");
	o = put_rs(o, r, R_WEAPONS);
	o = PUT_KEY(o, "status");
	o = put_rs(o, r, R_STATUS);
	o = PUT_KEY(o, "claimed_by");
	o = put_rs(o, r, R_CLAIMED_BY);
	o = PUT_KEY(o, "historical");
	o = ev->historical ? PUT_LIT(o, "true") : PUT_LIT(o, "false");
	o = PUT_KEY(o, "confidence");
	o = put_fixed(o, ev->confidence, 2);
	o = PUT_KEY(o, "sentence");
	o = put_rs(o, r, R_SENTENCE);
	o = PUT_KEY(o, "spans");
	*o++ = '{';
	o = PUT_SPAN(o, first, "sentence", ev->sentence);
	o = PUT_SPAN(o, first, "trigger", sp->trigger);
	o = PUT_SPAN(o, first, "actor1", sp->actor1);
	o = PUT_SPAN(o, first, "actor2", sp->actor2);
	o = PUT_SPAN(o, first, "place", sp->place);
	o = PUT_SPAN(o, first, "date", sp->date);
	o = PUT_SPAN(o, first, "fatalities", sp->fatalities);
	o = PUT_SPAN(o, first, "injured", sp->injured);
	o = PUT_SPAN(o, first, "quantity", sp->quantity);
	o = PUT_SPAN(o, first, "weapons", sp->weapons);
	o = PUT_SPAN(o, first, "claim", sp->claim);
	*o++ = '}';
	o = PUT_KEY(o, "rule");
	o = put_rs(o, r, R_RULE);
	/* extensions after the DESIGN.md record: the place's reason, then
	 * the sources of stored events */
	if (ev->geo_reason) {
		o = PUT_KEY(o, "geo_reason");
		o = put_rs(o, r, R_GEO_REASON);
	}
	if (!ev->source_count)
		*o++ = '}';
	return o;
}

/* put_record appended to b; 0 or a negative rc. */
static int append_record(struct sr_buf *b, const struct sr_event *ev,
			 const struct rec *r)
{
	struct sr_buf tmp;
	char *o;
	int rc;

	if (sr__buf_reserve(b, r->bound) == SR_OK) {
		o = put_record(b->data + b->len, ev, r);
		assert((size_t)(o - (b->data + b->len)) <= r->bound);
		b->len = (size_t)(o - b->data);
		b->data[b->len] = '\0';
		return SR_OK;
	}
	/* no room below b's cap for the bound: the record itself may fit,
	 * so it is written apart, then appended (which fails if not) */
	sr__buf_init(&tmp, r->bound);
	rc = sr__buf_reserve(&tmp, r->bound);
	if (!rc) {
		o = put_record(tmp.data, ev, r);
		rc = sr__buf_append(b, tmp.data, (size_t)(o - tmp.data));
	}
	sr__buf_clear(&tmp);
	return rc;
}

int sr__export_event_json(struct sr_buf *b, const struct sr_event *ev)
{
	struct sr_jw jw = { b, 0 };
	struct rec r;

	rec_gather(ev, &r);
	jw.rc = append_record(b, ev, &r);
	if (!jw.rc && ev->source_count) {
		sources(&jw, ev);
		SR_JW_LIT(&jw, "}");
	}
	return jw.rc;
}
