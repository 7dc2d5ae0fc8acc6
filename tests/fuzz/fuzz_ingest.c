/*
 * fuzz_ingest.c - libFuzzer target for the article reader: the bytes are
 * read as one input file called "fuzz" through the same format detection
 * and parsers as real files (sr__ingest_add_mem).  Odd-sized inputs get
 * small caps so the too-long paths are reached.  Checks what every article
 * must satisfy: NUL-terminated at text_len, valid UTF-8, already NFC.
 *
 * Differential check of the JSON Lines fast path: the input is read twice
 * in lock step, once with the fast path and once with jansson only.  Every
 * result must be the same (an article with the same fields, or the same
 * error), so a line the fast path takes is one jansson takes with the same
 * values, and a line it leaves is reported as before.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_article(const struct sr_article *a)
{
	utf8proc_uint8_t *nfc;

	if (!a->id || !a->file || !a->text || strlen(a->text) != a->text_len ||
	    sr__utf8_invalid(a->text, a->text_len) != a->text_len)
		abort();
	if (a->date.y != 0 && !sr_ymd_valid(a->date.y, a->date.m, a->date.d))
		abort();
	nfc = utf8proc_NFC((const utf8proc_uint8_t *)a->text);
	if (!nfc || strcmp((const char *)nfc, a->text) != 0)
		abort();
	free(nfc);
}

static int same_str(const char *x, const char *y)
{
	if (!x || !y)
		return x == y;
	return strcmp(x, y) == 0;
}

static void check_same(int rc, const struct sr_article *a,
		       const struct sr_diag *d, int rc2,
		       const struct sr_article *b, const struct sr_diag *e)
{
	if (rc != rc2)
		abort();
	if (rc == 1) {
		if (!same_str(a->id, b->id) || !same_str(a->file, b->file) ||
		    a->line != b->line || a->date.y != b->date.y ||
		    a->date.m != b->date.m || a->date.d != b->date.d ||
		    !same_str(a->title, b->title) ||
		    !same_str(a->url, b->url) ||
		    !same_str(a->source, b->source) ||
		    a->text_len != b->text_len ||
		    memcmp(a->text, b->text, a->text_len) != 0)
			abort();
	} else if (rc < 0) {
		if (d->line != e->line || strcmp(d->msg, e->msg) != 0)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct sr_ymd dd = {2024, 2, 29};
	const struct sr_ymd *date = size % 3 == 0 ? &dd : NULL;
	struct sr_reader *r = NULL, *slow = NULL;
	struct sr_article a, b;
	struct sr_diag d, e;
	int rc, rc2, n = 0;

	if (sr_reader_new(&r, date) != 0 || sr_reader_new(&slow, date) != 0)
		goto out;
	sr__ingest_set_fast(slow, false);
	if (size % 2) {
		sr__ingest_set_limits(r, 64, 128);
		sr__ingest_set_limits(slow, 64, 128);
	}
	if (sr__ingest_add_mem(r, "fuzz", data, size) != 0 ||
	    sr__ingest_add_mem(slow, "fuzz", data, size) != 0)
		goto out;
	do {
		rc = sr_reader_next(r, &a, &d);
		rc2 = sr_reader_next(slow, &b, &e);
		if (rc == 1)
			check_article(&a);
		else if (rc < 0 && (rc != SR_EINPUT || d.msg[0] == '\0'))
			abort();
		check_same(rc, &a, &d, rc2, &b, &e);
		if (++n > 1000000)
			abort(); /* no progress */
	} while (rc != 0);
out:
	sr_reader_free(r);
	sr_reader_free(slow);
	return 0;
}
