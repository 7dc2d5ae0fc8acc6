/*
 * data.c - access to the dictionaries compiled into the binary from
 * data/ *.tsv (see scripts/embed.c), and a line iterator for TSV files that
 * skips '#' comments and blank lines.
 */
#include "core.h"

#include <string.h>

struct sr_blob {
	const char *name;
	const char *data;
	size_t len;
};
extern const struct sr_blob sr__blobs[];

const char *sr__data(const char *name, size_t *len)
{
	const struct sr_blob *b;

	for (b = sr__blobs; b->name; b++) {
		if (strcmp(b->name, name) == 0) {
			if (len)
				*len = b->len;
			return b->data;
		}
	}
	if (len)
		*len = 0;
	return NULL;
}

int sr__tsv_next(struct sr_tsv *t)
{
	while (t->pos < t->len) {
		const char *s = t->data + t->pos;
		const char *nl = memchr(s, '\n', t->len - t->pos);
		size_t n = nl ? (size_t)(nl - s) : t->len - t->pos;
		size_t i, start = 0;

		t->pos += n + (nl ? 1 : 0);
		t->lineno++;
		if (n && s[n - 1] == '\r')
			n--;
		if (n == 0 || s[0] == '#')
			continue;
		t->nfields = 0;
		for (i = 0; i <= n; i++) {
			if (i == n || s[i] == '\t') {
				if (t->nfields < SR_TSV_MAX_FIELDS) {
					t->field[t->nfields] = s + start;
					t->flen[t->nfields] = i - start;
					t->nfields++;
				}
				start = i + 1;
			}
		}
		return 1;
	}
	return 0;
}
