/*
 * fuzz_extract.c - libFuzzer target for the whole extractor: arbitrary
 * bytes (made valid UTF-8 by replacing bad bytes) as an article text, run
 * through sr_extract with the fixture gazetteer, every event's spans
 * checked to lie inside the text.  Only LLVMFuzzerTestOneInput is defined;
 * a replay driver supplies main.  Run from the repository root.
 */
#include "sitrep.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sr_engine *engine;
static struct sr_doc *doc;

static void setup(void)
{
	static const char *const src[] = {
		"tests/fixtures/gaz/fixture.txt",
		"tests/fixtures/gaz/admin1CodesASCII.txt",
	};
	struct sr_gazetteer_build_opts o;
	struct sr_engine_opts eo;
	struct sr_diag d;
	char path[] = "/tmp/sr_fuzz_extract_XXXXXX";
	int fd = mkstemp(path);

	if (fd < 0)
		abort();
	memset(&o, 0, sizeof(o));
	o.out_path = path;
	o.sources = src;
	o.source_count = 2;
	o.no_default = true;
	if (sr_gazetteer_build(&o, NULL, &d) != 0)
		abort();
	memset(&eo, 0, sizeof(eo));
	eo.gazetteer_path = path;
	if (sr_engine_new(&engine, &eo, &d) != 0 || sr_doc_new(&doc) != 0)
		abort();
	unlink(path);
}

static void check_span(struct sr_span sp, size_t len)
{
	if (sp.len && (size_t)sp.off + sp.len > len)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sr_article a;
	char *text;
	size_t i, n;

	if (!engine)
		setup();
	text = malloc(size + 1);
	if (!text)
		return 0;
	/* keep it ASCII-safe: bytes >= 0x80 become spaces, NUL too */
	for (i = 0; i < size; i++)
		text[i] = (data[i] >= 0x80 || data[i] == 0) ? ' ' : (char)data[i];
	text[size] = '\0';
	memset(&a, 0, sizeof(a));
	a.id = "fuzz";
	a.file = "fuzz";
	a.date.y = 2024;
	a.date.m = 2;
	a.date.d = 29;
	a.text = text;
	a.text_len = size;
	if (sr_extract(engine, &a, doc) == 0) {
		n = sr_doc_event_count(doc);
		for (i = 0; i < n; i++) {
			const struct sr_event *ev = sr_doc_event(doc, i);

			check_span(ev->sentence, size);
			check_span(ev->spans.trigger, size);
			check_span(ev->spans.actor1, size);
			check_span(ev->spans.actor2, size);
			check_span(ev->spans.place, size);
			check_span(ev->spans.fatalities, size);
			check_span(ev->spans.injured, size);
			check_span(ev->spans.claim, size);
			if (!ev->kind || !ev->event_id[0])
				abort();
		}
	}
	free(text);
	return 0;
}
