/*
 * fuzz_ingest.c - libFuzzer target for the article reader: the bytes are
 * read as one input file called "fuzz" through the same format detection
 * and parsers as real files (sr__ingest_add_mem).  Odd-sized inputs get
 * small caps so the too-long paths are reached.  Checks what every article
 * must satisfy: NUL-terminated at text_len, valid UTF-8, already NFC.
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct sr_ymd dd = {2024, 2, 29};
	struct sr_reader *r;
	struct sr_article a;
	struct sr_diag d;
	int rc, n = 0;

	if (sr_reader_new(&r, size % 3 == 0 ? &dd : NULL) != 0)
		return 0;
	if (size % 2)
		sr__ingest_set_limits(r, 64, 128);
	if (sr__ingest_add_mem(r, "fuzz", data, size) == 0) {
		while ((rc = sr_reader_next(r, &a, &d)) != 0) {
			if (rc == 1)
				check_article(&a);
			else if (rc != SR_EINPUT || d.msg[0] == '\0')
				abort();
			if (++n > 1000000)
				abort(); /* no progress */
		}
	}
	sr_reader_free(r);
	return 0;
}
