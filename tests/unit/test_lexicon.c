/*
 * test_lexicon.c - sr__lex_scan against a plain reference matcher: every
 * phrase of the compiled-in dictionaries at every word start of the text,
 * kept when it ends a word.  Texts: real phrasings, phrases glued to
 * words and to non-ASCII letters, and a long generated text (scanned by
 * two cursors).
 */
#include "testutil.h"

#include "lexicon/lexicon.h"

#include <stdio.h>
#include <stdlib.h>

/* The byte the automaton reads c as (white space as ' ', letters lower
 * case), or 0 when no phrase holds it. */
static int sym(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return c | 0x20;
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
	    c == '-' || c == '.' || c == ' ')
		return c;
	if (c == '\t' || c == '\n' || c == '\r')
		return ' ';
	return 0;
}

static int alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c >= 0x80;
}

static int cmp_match(const void *a, const void *b)
{
	const struct sr_match *x = a, *y = b;
	uint32_t ex = x->off + x->len, ey = y->off + y->len;

	if (ex != ey)
		return ex < ey ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* The matches the reference finds in s[0..n), sorted; *count their number. */
static struct sr_match *reference(const struct sr_lex *lx, const char *s,
				  size_t n, size_t *count)
{
	struct sr_match *m = NULL;
	size_t cap = 0, k = 0, st;
	uint32_t e;
	const struct sr_entry *en;

	for (st = 0; st < n; st++) {
		if (st && alnum((unsigned char)s[st - 1]))
			continue;
		for (e = 0; (en = sr__lex_entry(lx, e)) != NULL; e++) {
			size_t len = strlen(en->phrase), j;

			if (!len || len > 255 || st + len > n)
				continue;
			for (j = 0; j < len; j++) {
				int p = sym((unsigned char)en->phrase[j]);

				if (!p || sym((unsigned char)s[st + j]) != p)
					break;
			}
			if (j < len ||
			    (st + len < n && alnum((unsigned char)s[st + len])))
				continue;
			if (k == cap) {
				cap = cap ? cap * 2 : 64;
				m = realloc(m, cap * sizeof(*m));
				assert_non_null(m);
			}
			m[k].off = (uint32_t)st;
			m[k].len = (uint32_t)len;
			m[k].entry = e;
			k++;
		}
	}
	if (k)
		qsort(m, k, sizeof(*m), cmp_match);
	*count = k;
	return m;
}

static void check_text(const struct sr_lex *lx, const char *text)
{
	struct sr_fold f;
	struct sr_buf out, tail;
	struct sr_match *got, *want;
	size_t n = strlen(text), ngot, nwant, i;

	sr__fold_init(&f);
	sr__buf_init(&out, 0);
	sr__buf_init(&tail, 0);
	assert_int_equal(sr__fold_text(&f, text, n), 0);
	assert_int_equal(sr__lex_scan(lx, &f, &out, &tail), 0);
	got = (struct sr_match *)out.data;
	ngot = out.len / sizeof(*got);
	/* in order of their end offset */
	for (i = 1; i < ngot; i++)
		assert_true(got[i - 1].off + got[i - 1].len <=
			    got[i].off + got[i].len);
	if (ngot)
		qsort(got, ngot, sizeof(*got), cmp_match);
	want = reference(lx, text, n, &nwant);
	if (ngot != nwant)
		fail_msg("%zu matches, want %zu, in \"%.60s\"", ngot, nwant,
			 text);
	for (i = 0; i < ngot; i++)
		if (cmp_match(&got[i], &want[i]) != 0)
			fail_msg("match %zu: %u+%u entry %u, want %u+%u entry "
				 "%u",
				 i, got[i].off, got[i].len, got[i].entry,
				 want[i].off, want[i].len, want[i].entry);
	free(want);
	sr__buf_clear(&out);
	sr__buf_clear(&tail);
	sr__fold_clear(&f);
}

static const char *const texts[] = {
	"Russian forces launched a missile strike on Kharkiv overnight.",
	"An air strike killed three soldiers; Ukraine's army said.",
	"The airstrikes warned nobody: warning, wars, a war-time drone-strike.",
	"xair strike, strike-drone, 'shelling' and \"artillery\" fire.",
	"caf\xc3\xa9"
	"attack \xc3\xa9"
	"attack attack\xc3\xa9 attack",
	"Troops\nkilled\tthe   militants in\r\nthe shelling.Protesters",
	"A",
	"",
};

static void test_scan_texts(void **state)
{
	struct sr_lex *lx = NULL;
	struct sr_diag d;
	size_t i;

	(void)state;
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr__lex_new(&lx, &d), 0);
	for (i = 0; i < SR_ARRAY_LEN(texts); i++)
		check_text(lx, texts[i]);
	sr__lex_free(lx);
}

/* A long text of phrases of the dictionaries, glued or apart, so that
 * both cursors and the seam between them see matches. */
static void test_scan_long(void **state)
{
	static const char *const glue[] = {
		" ", "  ", "x", "\xc3\xa9", "-", "'", ".", ", ", "s ", "\n",
	};
	struct sr_lex *lx = NULL;
	struct sr_diag d;
	const struct sr_entry *en;
	uint32_t count = 0, seed = 12345;
	size_t len = 0, round;
	char *text;

	(void)state;
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr__lex_new(&lx, &d), 0);
	while (sr__lex_entry(lx, count))
		count++;
	assert_true(count > 100);
	text = malloc(20000);
	assert_non_null(text);
	for (round = 0; round < 4; round++) {
		len = 0;
		while (len < 3000 + round * 997) {
			const char *g;

			seed = seed * 1103515245u + 12345u;
			en = sr__lex_entry(lx, (seed >> 8) % count);
			seed = seed * 1103515245u + 12345u;
			g = glue[(seed >> 8) % SR_ARRAY_LEN(glue)];
			len += (size_t)snprintf(text + len, 20000 - len, "%s%s",
						en->phrase, g);
		}
		check_text(lx, text);
	}
	free(text);
	sr__lex_free(lx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan_texts),
		cmocka_unit_test(test_scan_long),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
