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

size_t sr__export_fmt_fixed(char *out, double v, int dec)
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
	q = llround(v * (double)p10[dec]);
	i = 0;
	if (q < 0) {
		out[i++] = '-';
		q = -q;
	}
	ip = q / p10[dec];
	fp = q % p10[dec];
	i += sr__export_fmt_int(out + i, ip);
	if (dec > 0) {
		out[i++] = '.';
		for (k = dec - 1; k >= 0; k--) {
			out[i + (size_t)k] = (char)('0' + fp % 10);
			fp /= 10;
		}
		i += (size_t)dec;
	}
	out[i] = '\0';
	return i;
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

/* Appends s[0..n) escaped for JSON when esc, else only sanitised. */
static void put_text(struct sr_jw *w, const char *s, size_t n, bool esc)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0, k;
	char e[6];

	while (!w->rc) {
		unsigned c;

		/* tight loops over the common case: plain ASCII, 8 bytes
		 * at a time while no byte of them needs a look */
		if (esc) {
#if defined(__SSE2__)
			/* 16 bytes at a time, straight to the first that
			 * needs a look */
			while (i + 16 <= n) {
				unsigned m = escape_mask16(p + i);

				if (m) {
					i += (unsigned)__builtin_ctz(m);
					break;
				}
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
		if (c >= 0x80) {
			sr__jw_raw(w, replacement, 3);
		} else {
			e[0] = '\\';
			switch (c) {
			case '"':
				e[1] = '"';
				break;
			case '\\':
				e[1] = '\\';
				break;
			case '\n':
				e[1] = 'n';
				break;
			case '\r':
				e[1] = 'r';
				break;
			case '\t':
				e[1] = 't';
				break;
			case '\b':
				e[1] = 'b';
				break;
			case '\f':
				e[1] = 'f';
				break;
			default:
				e[1] = 'u';
				e[2] = '0';
				e[3] = '0';
				e[4] = hexdig[c >> 4];
				e[5] = hexdig[c & 15];
				sr__jw_raw(w, e, 6);
				i++;
				run = i;
				continue;
			}
			sr__jw_raw(w, e, 2);
		}
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

/* sr__jw_str of a short string s[0..n) (an event id, a date), with the
 * quotes and the bytes written in one copy when none needs escaping. */
static void short_str(struct sr_jw *w, const char *s, size_t n)
{
	struct sr_buf *b = w->b;

	if (!all_plain((const unsigned char *)s, n) || w->rc ||
	    n + 2 >= b->cap - b->len || b->len + n + 2 > b->max) {
		sr__jw_str(w, s, n);
		return;
	}
	b->data[b->len] = '"';
	memcpy(b->data + b->len + 1, s, n);
	b->data[b->len + n + 1] = '"';
	b->len += n + 2;
	b->data[b->len] = '\0';
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

#define KEY(w, name) sr__jw_raw(w, ",\"" name "\":", sizeof(name) + 3)

static void opt_int(struct sr_jw *w, int64_t v, int64_t none)
{
	if (v == none)
		SR_JW_LIT(w, "null");
	else
		sr__jw_int(w, v);
}

static void count(struct sr_jw *w, int64_t v)
{
	if (v < 0)
		SR_JW_LIT(w, "null");
	else
		sr__jw_int(w, v);
}

/* sr__export_fmt_int for a span's offset or length: most have at most
 * four digits, written here without counting them first. */
static size_t fmt_u32(char *out, uint32_t u)
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

/* "name":[off,len] for a non-empty span, after a comma unless it is the
 * first; key is ,"name":[ with its length (see SPAN). */
/* Always inline: key is a literal at every call, so its copy is a few
 * moves; the record is written straight into the buffer when it has
 * room for the longest. */
__attribute__((always_inline)) static inline void
span(struct sr_jw *w, bool *first, const char *key, size_t key_len,
     struct sr_span sp)
{
	char tmp[64], *o = tmp;
	struct sr_buf *b = w->b;
	size_t n;
	bool direct;

	if (sp.len == 0)
		return;
	if (*first) {
		key++;
		key_len--;
	}
	*first = false;
	direct = !w->rc && sizeof(tmp) < b->cap - b->len &&
		 b->len + sizeof(tmp) <= b->max;
	if (direct)
		o = b->data + b->len;
	memcpy(o, key, key_len);
	n = key_len;
	n += fmt_u32(o + n, sp.off);
	o[n++] = ',';
	n += fmt_u32(o + n, sp.len);
	o[n++] = ']';
	if (direct) {
		b->len += n;
		b->data[b->len] = '\0';
	} else {
		sr__jw_raw(w, tmp, n);
	}
}

#define SPAN(w, first, name, sp)                                               \
	span(w, &(first), ",\"" name "\":[", sizeof(name) + 4, sp)

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
 * again.  The strings are compared, so the copy is what sr__jw_cstr
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

/* Keep in kb the block written from f, b->data[from..b->len), when it
 * fits. */
static void kind_block_keep(struct kind_block *kb,
			    const char *const f[KIND_FIELDS],
			    const struct sr_buf *b, size_t from)
{
	size_t i, n = 0, len = b->len - from;

	kb->used = false;
	if (len > sizeof(kb->json))
		return;
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
	memcpy(kb->json, b->data + from, len);
	kb->json_len = len;
	kb->used = true;
}

/* "kind" .. "cameo_code", each after its comma. */
static void kind_fields(struct sr_jw *w, const struct sr_event *ev)
{
	const char *const f[KIND_FIELDS] = {
		ev->kind,	    ev->disorder_type, ev->event_type,
		ev->sub_event_type, ev->plover_type,   ev->plover_mode,
		ev->cameo_code,
	};
	const struct kind_block *kb = kind_block_find(f);
	size_t from = w->b->len, j;

	if (kb) {
		sr__jw_raw(w, kb->json, kb->json_len);
		return;
	}
	KEY(w, "kind");
	sr__jw_cstr(w, ev->kind);
	KEY(w, "disorder_type");
	sr__jw_cstr(w, ev->disorder_type);
	KEY(w, "event_type");
	sr__jw_cstr(w, ev->event_type);
	KEY(w, "sub_event_type");
	sr__jw_cstr(w, ev->sub_event_type);
	KEY(w, "plover_type");
	sr__jw_cstr(w, ev->plover_type);
	KEY(w, "plover_mode");
	sr__jw_cstr(w, ev->plover_mode);
	KEY(w, "cameo_code");
	sr__jw_cstr(w, ev->cameo_code);
	for (j = 0; j < KIND_SLOTS && kind_blocks[j].used; j++)
		;
	if (!w->rc && j < KIND_SLOTS)
		kind_block_keep(&kind_blocks[j], f, w->b, from);
}

int sr__export_event_json(struct sr_buf *b, const struct sr_event *ev)
{
	struct sr_jw jw = { b, 0 }, *w = &jw;
	const struct sr_spans *sp = &ev->spans;
	const char *sent;
	size_t sent_len;
	bool geo = ev->geo_precision != 0, first = true;
	char date[11];

	SR_JW_LIT(w, "{\"event_id\":");
	if (ev->event_id[0])
		short_str(w, ev->event_id,
			  strnlen(ev->event_id, sizeof(ev->event_id)));
	else
		SR_JW_LIT(w, "null");
	KEY(w, "article_id");
	sr__jw_cstr(w, ev->article_id);
	KEY(w, "event_date");
	if (ev->event_date.y) {
		sr_ymd_format(ev->event_date, date);
		short_str(w, date, 10);
	} else {
		SR_JW_LIT(w, "null");
	}
	KEY(w, "time_precision");
	opt_int(w, ev->time_precision, 0);
	kind_fields(w, ev);
	KEY(w, "actor1");
	sr__jw_cstr(w, ev->actor1);
	KEY(w, "actor1_iso3");
	sr__jw_cstr(w, ev->actor1_iso3);
	KEY(w, "actor2");
	sr__jw_cstr(w, ev->actor2);
	KEY(w, "actor2_iso3");
	sr__jw_cstr(w, ev->actor2_iso3);
	KEY(w, "location");
	sr__jw_cstr(w, ev->location);
	KEY(w, "admin1");
	sr__jw_cstr(w, ev->admin1);
	KEY(w, "country");
	sr__jw_cstr(w, ev->country);
	KEY(w, "iso3");
	sr__jw_cstr(w, ev->iso3);
	KEY(w, "latitude");
	if (geo)
		sr__jw_fixed(w, ev->latitude, 5);
	else
		SR_JW_LIT(w, "null");
	KEY(w, "longitude");
	if (geo)
		sr__jw_fixed(w, ev->longitude, 5);
	else
		SR_JW_LIT(w, "null");
	KEY(w, "geo_precision");
	opt_int(w, ev->geo_precision, 0);
	KEY(w, "gazetteer_id");
	opt_int(w, ev->gazetteer_id, 0);
	KEY(w, "fatalities");
	count(w, ev->fatalities);
	KEY(w, "fatalities_low");
	count(w, ev->fatalities_low);
	KEY(w, "fatalities_high");
	count(w, ev->fatalities_high);
	KEY(w, "injured");
	count(w, ev->injured);
	KEY(w, "injured_low");
	count(w, ev->injured_low);
	KEY(w, "injured_high");
	count(w, ev->injured_high);
	KEY(w, "quantity");
	sr__jw_cstr(w, ev->quantity);
	KEY(w, "weapons");
	sr__jw_cstr(w, ev->weapons);
	KEY(w, "status");
	sr__jw_cstr(w, sr_status_name(ev->status));
	KEY(w, "claimed_by");
	sr__jw_cstr(w, ev->claimed_by);
	KEY(w, "historical");
	if (ev->historical)
		SR_JW_LIT(w, "true");
	else
		SR_JW_LIT(w, "false");
	KEY(w, "confidence");
	sr__jw_fixed(w, ev->confidence, 2);
	KEY(w, "sentence");
	sent = sr__export_sentence(ev, &sent_len);
	sr__jw_str(w, sent, sent_len);
	KEY(w, "spans");
	SR_JW_LIT(w, "{");
	SPAN(w, first, "sentence", ev->sentence);
	SPAN(w, first, "trigger", sp->trigger);
	SPAN(w, first, "actor1", sp->actor1);
	SPAN(w, first, "actor2", sp->actor2);
	SPAN(w, first, "place", sp->place);
	SPAN(w, first, "date", sp->date);
	SPAN(w, first, "fatalities", sp->fatalities);
	SPAN(w, first, "injured", sp->injured);
	SPAN(w, first, "quantity", sp->quantity);
	SPAN(w, first, "weapons", sp->weapons);
	SPAN(w, first, "claim", sp->claim);
	SR_JW_LIT(w, "}");
	KEY(w, "rule");
	sr__jw_cstr(w, ev->rule);
	/* extensions after the DESIGN.md record: the place's reason, then
	 * the sources of stored events */
	if (ev->geo_reason) {
		KEY(w, "geo_reason");
		sr__jw_cstr(w, ev->geo_reason);
	}
	if (ev->source_count)
		sources(w, ev);
	SR_JW_LIT(w, "}");
	return w->rc;
}
