/*
 * fuzz_gaz_build.c - libFuzzer target for the gazetteer's GeoNames row
 * parser (sr__gaz_parse_row) and the name folding applied to every name
 * of a row (sr__fold).  The input is split into lines like a dump file.
 * Only LLVMFuzzerTestOneInput is defined; a replay driver supplies main.
 */
#include "sitrep.h"
#include "lexicon/gazetteer.h"

#include <stdint.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fold_all(const char *s, size_t n, int split)
{
	char key[SR_MAX_NAME_LEN + 1];
	size_t i = 0;

	while (i <= n) {
		const char *c = split ? memchr(s + i, ',', n - i) : NULL;
		size_t len = c ? (size_t)(c - (s + i)) : n - i;

		sr__fold(s + i, len, key, sizeof(key));
		i += len + 1;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	size_t pos = 0;

	while (pos < size) {
		const char *nl = memchr(s + pos, '\n', size - pos);
		size_t n = nl ? (size_t)(nl - (s + pos)) : size - pos;
		struct sr_gaz_row r;
		const char *why = NULL;

		if (sr__gaz_parse_row(s + pos, n, &r, &why) == 0) {
			fold_all(r.name, r.name_len, 0);
			fold_all(r.ascii, r.ascii_len, 0);
			fold_all(r.alt, r.alt_len, 1);
			(void)sr__geo_km(r.lat, r.lon, 0, 0);
		} else if (!why || !*why) {
			__builtin_trap(); /* an error must say why */
		}
		pos += n + 1;
	}
	return 0;
}
