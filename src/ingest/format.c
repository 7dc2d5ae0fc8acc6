/*
 * format.c - the input formats: which one a file is, and how it is cut
 * into articles.  Exports sr__format_detect and sr__format_next
 * (ingest.h), called by reader.c.
 *
 * Formats, chosen per file from its first non-blank byte (after a UTF-8
 * BOM, which is dropped):
 *  - '{': JSON Lines.  One object per line with "text" (a non-empty
 *    string) and optional "id" (string or integer), "date" ("YYYY-MM-DD",
 *    or a longer ISO 8601 timestamp whose first 10 bytes are that), "title",
 *    "url", "source" (strings; null means absent).  Blank lines are
 *    skipped.  A line that is bad is reported and the next line is read.
 *    The id defaults to "<base name>:<line>" ("articles.jsonl:12").
 *    Each line first goes through the fast path (jsonl.c, fast_article
 *    here); whatever it does not take, including every bad line, is
 *    parsed by jansson (jsonl_article), whose errors are reported.  Both
 *    give byte-identical articles for the lines the fast path takes.
 *  - anything else: one text article per file.  If the first line is
 *    "date YYYY-MM-DD" (spaces or tabs before and after "date" allowed),
 *    that is its date and the text starts at the first non-blank byte
 *    after it (on the same line or later); else the reader's default date
 *    is used, and with none the date is unknown (y == 0), which is not an
 *    error.  The id is the file's base name with a ".txt" suffix removed
 *    ("003_9ff1.txt" -> "003_9ff1"; "notes.md" stays "notes.md"); stdin
 *    is "stdin-" and the first 12 hex digits of the 64-bit FNV-1a hash of
 *    the normalised text, so texts piped on different runs differ.
 *
 * Every article text is checked (no NUL, valid UTF-8, under the caps) and
 * normalised (utf8.c) into r->text.  Diagnostics name the file and line;
 * bad items give SR_EINPUT, read errors SR_EIO.
 *
 * Does not: guess at HTML, feeds or pretty-printed JSON; fold quotes.
 */
#include "ingest.h"

#include <errno.h>
#include <inttypes.h>
#include <jansson.h>
#include <string.h>

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static bool is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (!is_space(s[i]))
			return false;
	return true;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* s[0..10) looks like DDDD-DD-DD. */
static bool date_shaped(const char *s)
{
	static const char shape[] = "0000-00-00";
	size_t i;

	for (i = 0; i < 10; i++)
		if (shape[i] == '-' ? s[i] != '-' : !is_digit(s[i]))
			return false;
	return true;
}

static int io_error(struct sr_reader *r, int rc, struct sr_diag *d)
{
	r->cur_done = true;
	if (rc == SR_EIO)
		return sr_diag_set(d, rc, r->cur_path, r->lineno,
				   "read error: %s", strerror(errno));
	return sr_diag_set(d, rc, r->cur_path, r->lineno, "%s",
			   sr_strerror(rc));
}

int sr__format_detect(struct sr_reader *r, struct sr_diag *d)
{
	struct sr__input *in = &r->in;
	size_t k = 0;
	int rc;

	rc = sr__in_peek(in, 3);
	if (rc)
		return io_error(r, rc, d);
	if (in->end - in->start >= 3 &&
	    memcmp(in->data + in->start, "\xEF\xBB\xBF", 3) == 0)
		in->start += 3;
	for (;;) {
		if (in->start + k == in->end) {
			if (in->eof)
				return sr_diag_set(
				    d, SR_EINPUT, r->cur_path, 0,
				    k ? "empty file (only white space)"
				      : "empty file");
			if (k > r->doc_max) {
				/* Let the text reader report the size. */
				r->fmt = SR__FMT_TEXT;
				return SR_OK;
			}
			rc = sr__in_peek(in, k + 1);
			if (rc)
				return io_error(r, rc, d);
			continue;
		}
		if (!is_space(in->data[in->start + k]))
			break;
		k++;
	}
	r->fmt = in->data[in->start + k] == '{' ? SR__FMT_JSONL : SR__FMT_TEXT;
	return SR_OK;
}

/* 1-based line of byte off in p. */
static uint32_t line_of(const char *p, size_t off)
{
	uint32_t line = 1;
	const char *q = p, *end = p + off, *nl;

	while ((nl = memchr(q, '\n', (size_t)(end - q))) != NULL) {
		line++;
		q = nl + 1;
	}
	return line;
}

/* The " date YYYY-MM-DD" first line.  1 with *date and *body (offset of
 * the first non-blank byte after it); 0 when the first line is not one;
 * SR_EINPUT when it is one with an impossible date (*body is then the
 * offset of that date). */
static int date_line(const char *p, size_t len, struct sr_ymd *date,
		     size_t *body)
{
	size_t i = 0, j;

	while (i < len && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (len - i < 4 || memcmp(p + i, "date", 4) != 0)
		return 0;
	i += 4;
	j = i;
	while (i < len && (p[i] == ' ' || p[i] == '\t'))
		i++;
	if (i == j || len - i < 10 || !date_shaped(p + i) ||
	    (len - i > 10 && !is_space(p[i + 10])))
		return 0;
	if (sr_ymd_parse(p + i, 10, date) != 0) {
		*body = i;
		return SR_EINPUT;
	}
	i += 10;
	while (i < len && is_space(p[i]))
		i++;
	*body = i;
	return 1;
}

static int fill_text(struct sr_reader *r, const char *s, size_t len,
		     struct sr_article *a)
{
	int rc = sr__ingest_normalize(&r->text, s, len, &r->nfc);

	if (rc)
		return rc;
	if (r->text.len > r->doc_max)
		return SR_ETOOBIG;
	a->text = r->text.data;
	a->text_len = r->text.len;
	return SR_OK;
}

static int next_text(struct sr_reader *r, struct sr_article *a,
		     struct sr_diag *d)
{
	const char *path = r->cur_path, *p, *nul;
	struct sr_ymd date = r->default_date;
	size_t len, off, body = 0, bl;
	int rc, hdr;

	r->cur_done = true;
	rc = sr__in_read_all(&r->in, r->doc_max, &p, &len);
	if (rc == SR_ETOOBIG)
		return sr_diag_set(d, SR_EINPUT, path, 0,
				   "document too long (%zu bytes, max %zu)",
				   len, r->doc_max);
	if (rc)
		return io_error(r, rc, d);
	nul = memchr(p, '\0', len);
	if (nul) {
		off = (size_t)(nul - p);
		return sr_diag_set(d, SR_EINPUT, path, line_of(p, off),
				   "binary file (NUL byte at offset %zu)", off);
	}
	off = sr__utf8_invalid(p, len);
	if (off < len)
		return sr_diag_set(d, SR_EINPUT, path, line_of(p, off),
				   "invalid UTF-8 (byte 0x%02X at offset %zu)",
				   (unsigned char)p[off], off);
	hdr = date_line(p, len, &date, &body);
	if (hdr < 0)
		return sr_diag_set(d, SR_EINPUT, path, 1,
				   "impossible date \"%.10s\" in the date line",
				   p + body);
	bl = len - body;
	if (is_blank(p + body, bl))
		return sr_diag_set(d, SR_EINPUT, path, 1, "%s",
				   hdr ? "no text after the date line"
				       : "empty file");
	rc = fill_text(r, p + body, bl, a);
	if (rc == SR_ETOOBIG)
		return sr_diag_set(d, SR_EINPUT, path, 0,
				   "document too long after normalisation "
				   "(%zu bytes, max %zu)",
				   r->text.len, r->doc_max);
	if (rc)
		return sr_diag_set(d, rc, path, 0, "%s", sr_strerror(rc));
	if (r->cur_stdin) {
		/* Different texts piped on different runs must not share an
		 * id in the store. */
		uint64_t h = sr__hash64(a->text, a->text_len);

		a->id =
		    sr__arena_printf(&r->arena, "stdin-%012" PRIx64, h >> 16);
	} else {
		off = strlen(r->cur_base);
		if (off > 4 && memcmp(r->cur_base + off - 4, ".txt", 4) == 0)
			off -= 4;
		a->id = sr__arena_strndup(&r->arena, r->cur_base, off);
	}
	if (!a->id)
		return sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
	a->file = path;
	a->line = 1;
	a->date = date;
	return 1;
}

/* ---- JSON Lines ---- */

/* Optional string member key of o into *out (arena copy; NULL when absent,
 * null or ""). 0, SR_EINPUT (not a string: message in d), SR_ENOMEM. */
static int opt_string(struct sr_reader *r, json_t *o, const char *key,
		      const char **out, struct sr_diag *d)
{
	json_t *v = json_object_get(o, key);

	*out = NULL;
	if (!v || json_is_null(v))
		return SR_OK;
	if (!json_is_string(v))
		return sr_diag_set(d, SR_EINPUT, r->cur_path, r->lineno,
				   "\"%s\" is not a string", key);
	if (json_string_length(v) == 0)
		return SR_OK;
	*out = sr__arena_strndup(&r->arena, json_string_value(v),
				 json_string_length(v));
	if (!*out)
		return sr_diag_set(d, SR_ENOMEM, r->cur_path, r->lineno,
				   "out of memory");
	return SR_OK;
}

static int json_date(struct sr_reader *r, json_t *o, struct sr_ymd *date,
		     struct sr_diag *d)
{
	json_t *v = json_object_get(o, "date");
	const char *s;
	size_t n;

	if (!v || json_is_null(v))
		return SR_OK;
	if (!json_is_string(v))
		return sr_diag_set(d, SR_EINPUT, r->cur_path, r->lineno,
				   "\"date\" is not a string");
	s = json_string_value(v);
	n = json_string_length(v);
	if (n == 0)
		return SR_OK;
	if (n < 10 || !date_shaped(s) ||
	    (n > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' '))
		return sr_diag_set(d, SR_EINPUT, r->cur_path, r->lineno,
				   "\"date\" is not YYYY-MM-DD: \"%.40s\"", s);
	if (sr_ymd_parse(s, 10, date) != 0)
		return sr_diag_set(d, SR_EINPUT, r->cur_path, r->lineno,
				   "impossible date \"%.10s\"", s);
	return SR_OK;
}

static int json_id(struct sr_reader *r, json_t *o, const char **id,
		   struct sr_diag *d)
{
	json_t *v = json_object_get(o, "id");

	if (v && json_is_string(v) && json_string_length(v) > 0)
		*id = sr__arena_strndup(&r->arena, json_string_value(v),
					json_string_length(v));
	else if (v && json_is_integer(v))
		*id = sr__arena_printf(&r->arena, "%" PRId64,
				       (int64_t)json_integer_value(v));
	else if (!v || json_is_null(v) || json_is_string(v))
		*id = sr__arena_printf(&r->arena, "%s:%" PRIu32, r->cur_base,
				       r->lineno);
	else
		return sr_diag_set(d, SR_EINPUT, r->cur_path, r->lineno,
				   "\"id\" is not a string or integer");
	if (!*id)
		return sr_diag_set(d, SR_ENOMEM, r->cur_path, r->lineno,
				   "out of memory");
	return SR_OK;
}

static int jsonl_article(struct sr_reader *r, const char *p, size_t len,
			 struct sr_article *a, struct sr_diag *d)
{
	const char *path = r->cur_path, *nul, *t;
	struct sr_ymd date = r->default_date;
	json_error_t err;
	json_t *root = NULL, *v;
	size_t off, tl;
	int rc;

	nul = memchr(p, '\0', len);
	if (nul) {
		r->cur_done = true;
		return sr_diag_set(d, SR_EINPUT, path, r->lineno,
				   "binary data (NUL byte at column %zu); rest "
				   "of the file skipped",
				   (size_t)(nul - p) + 1);
	}
	off = sr__utf8_invalid(p, len);
	if (off < len)
		return sr_diag_set(d, SR_EINPUT, path, r->lineno,
				   "invalid UTF-8 (byte 0x%02X at column %zu)",
				   (unsigned char)p[off], off + 1);
	root = json_loadb(p, len, 0, &err);
	if (!root)
		return sr_diag_set(d, SR_EINPUT, path, r->lineno,
				   "invalid JSON at column %d: %s", err.column,
				   err.text);
	if (!json_is_object(root)) {
		rc = sr_diag_set(d, SR_EINPUT, path, r->lineno,
				 "not a JSON object");
		goto out;
	}
	v = json_object_get(root, "text");
	if (!v) {
		rc = sr_diag_set(d, SR_EINPUT, path, r->lineno,
				 "missing \"text\"");
		goto out;
	}
	if (!json_is_string(v)) {
		rc = sr_diag_set(d, SR_EINPUT, path, r->lineno,
				 "\"text\" is not a string");
		goto out;
	}
	t = json_string_value(v);
	tl = json_string_length(v);
	if (tl > r->doc_max) {
		rc = sr_diag_set(d, SR_EINPUT, path, r->lineno,
				 "\"text\" too long (%zu bytes, max %zu)", tl,
				 r->doc_max);
		goto out;
	}
	if (is_blank(t, tl)) {
		rc = sr_diag_set(d, SR_EINPUT, path, r->lineno,
				 "empty \"text\"");
		goto out;
	}
	/* jansson checks UTF-8 and refuses \u0000 unless asked; be sure. */
	if (memchr(t, '\0', tl) || sr__utf8_invalid(t, tl) < tl) {
		rc = sr_diag_set(d, SR_EINPUT, path, r->lineno,
				 "\"text\" is not valid UTF-8 without NUL");
		goto out;
	}
	if ((rc = json_id(r, root, &a->id, d)) != 0 ||
	    (rc = json_date(r, root, &date, d)) != 0 ||
	    (rc = opt_string(r, root, "title", &a->title, d)) != 0 ||
	    (rc = opt_string(r, root, "url", &a->url, d)) != 0 ||
	    (rc = opt_string(r, root, "source", &a->source, d)) != 0)
		goto out;
	rc = fill_text(r, t, tl, a);
	if (rc) {
		if (rc == SR_ETOOBIG)
			rc =
			    sr_diag_set(d, SR_EINPUT, path, r->lineno,
					"\"text\" too long after normalisation "
					"(%zu bytes, max %zu)",
					r->text.len, r->doc_max);
		else
			rc = sr_diag_set(d, rc, path, r->lineno, "%s",
					 sr_strerror(rc));
		goto out;
	}
	a->file = path;
	a->line = r->lineno;
	a->date = date;
	rc = 1;
out:
	json_decref(root);
	return rc;
}

/* A string member of the fast path that may be absent, null or empty:
 * *out is NULL then.  false for any other type. */
static bool fast_opt(const struct sr__jfield *f, const char **out)
{
	*out = NULL;
	if (f->type == SR__JV_ABSENT || f->type == SR__JV_NULL)
		return true;
	if (f->type != SR__JV_STRING)
		return false;
	if (f->len)
		*out = f->s;
	return true;
}

/* The line through the fast path (jsonl.c), with the rules of
 * jsonl_article.  1 with *a filled; 0 when anything is unusual or wrong,
 * so that jsonl_article reads the line again and words the error. */
static int fast_article(struct sr_reader *r, const char *p, size_t len,
			struct sr_article *a)
{
	struct sr__jline jl;
	const struct sr__jfield *f;
	struct sr_ymd date = r->default_date;

	if (sr__jsonl_scan(p, len, &jl, &r->arena, &r->text) != 1)
		goto fallback;
	f = &jl.f[SR__JK_TEXT];
	if (f->type != SR__JV_STRING || f->len > r->doc_max ||
	    is_blank(f->s, f->len))
		goto fallback;

	f = &jl.f[SR__JK_ID];
	if (f->type == SR__JV_STRING && f->len > 0)
		a->id = f->s;
	else if (f->type == SR__JV_INT)
		a->id = sr__arena_printf(&r->arena, "%" PRId64, f->i);
	else if (f->type == SR__JV_BOOL)
		goto fallback;
	else
		a->id = sr__arena_printf(&r->arena, "%s:%" PRIu32, r->cur_base,
					 r->lineno);
	if (!a->id)
		goto fallback;

	f = &jl.f[SR__JK_DATE];
	if (f->type == SR__JV_STRING && f->len > 0) {
		if (f->len < 10 || !date_shaped(f->s) ||
		    (f->len > 10 && f->s[10] != 'T' && f->s[10] != 't' &&
		     f->s[10] != ' ') ||
		    sr_ymd_parse(f->s, 10, &date) != 0)
			goto fallback;
	} else if (f->type != SR__JV_STRING && f->type != SR__JV_ABSENT &&
		   f->type != SR__JV_NULL) {
		goto fallback;
	}
	if (!fast_opt(&jl.f[SR__JK_TITLE], &a->title) ||
	    !fast_opt(&jl.f[SR__JK_URL], &a->url) ||
	    !fast_opt(&jl.f[SR__JK_SOURCE], &a->source))
		goto fallback;

	/* Unescaped ASCII without CR is already normal: no second pass. */
	if (jl.text_flags & (SR__JF_NONASCII | SR__JF_CR)) {
		struct sr_buf t;

		sr__buf_reset(&r->scratch);
		if (sr__ingest_normalize(&r->scratch, r->text.data, r->text.len,
					 &r->nfc) != 0 ||
		    r->scratch.len > r->doc_max)
			goto fallback;
		t = r->text;
		r->text = r->scratch;
		r->scratch = t;
	}
	a->text = r->text.data;
	a->text_len = r->text.len;
	a->file = r->cur_path;
	a->line = r->lineno;
	a->date = date;
	r->fast_count++;
	return 1;
fallback:
	memset(a, 0, sizeof(*a));
	sr__arena_reset(&r->arena);
	sr__buf_reset(&r->text);
	return 0;
}

static int next_jsonl(struct sr_reader *r, struct sr_article *a,
		      struct sr_diag *d)
{
	const char *p;
	size_t len;
	int rc;

	for (;;) {
		rc = sr__in_getline(&r->in, r->line_max, &p, &len);
		if (rc == 0) {
			r->cur_done = true;
			return 0;
		}
		if (rc == SR_EIO || rc == SR_ENOMEM)
			return io_error(r, rc, d);
		r->lineno++;
		if (rc == SR_ETOOBIG)
			return sr_diag_set(d, SR_EINPUT, r->cur_path, r->lineno,
					   "line too long (%zu bytes, max %zu)",
					   len, r->line_max);
		if (is_blank(p, len))
			continue;
		if (!r->no_fast && fast_article(r, p, len, a))
			return 1;
		return jsonl_article(r, p, len, a, d);
	}
}

int sr__format_next(struct sr_reader *r, struct sr_article *a,
		    struct sr_diag *d)
{
	if (r->fmt == SR__FMT_JSONL)
		return next_jsonl(r, a, d);
	return next_text(r, a, d);
}
