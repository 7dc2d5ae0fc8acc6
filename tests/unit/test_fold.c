/*
 * test_fold.c - sr__fold keys (ASCII fast path and the utf8proc path) and
 * sr__geo_km distances.
 */
#include "testutil.h"

#include "lexicon/gazetteer.h"

#include <stdio.h>

static const struct {
	const char *in;
	const char *key; /* NULL: no key (length 0) */
} fold_table[] = {
	{ "Kyiv", "kyiv" },
	{ "KYIV", "kyiv" },
	{ "  Kharkiv  ", "kharkiv" },
	{ "Kozachi   Laheri", "kozachi laheri" },
	{ "Kozachi\tLaheri\n", "kozachi laheri" },
	{ "Ivano-Frankivsk", "ivano frankivsk" },
	{ "Ivano - Frankivsk", "ivano frankivsk" },
	{ "Kharkivs'ka Oblast'", "kharkivska oblast" },
	{ "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99", "kharkivska oblast" },
	{ "Slov\xca\xbcyansk", "slovyansk" },          /* U+02BC */
	{ "Sevastopil`", "sevastopil" },
	{ "\xe2\x80\x98Kupiansk\xe2\x80\x99", "kupiansk" }, /* curly quotes */
	{ "Zapori\xc5\xbe\xc5\xbeja", "zaporizzja" },  /* z with caron */
	{ "Lw\xc3\xb3w", "lwow" },
	{ "\xc5\x81\xc3\xb3\x64\xc5\xba", "lodz" },   /* Lodz with marks */
	{ "Stra\xc3\x9f" "e", "strasse" },
	{ "\xc3\x86r\xc3\xb8sk\xc3\xb8" "bing", "aeroskobing" },
	{ "S\xc3\xa3o Tom\xc3\xa9", "sao tome" },
	{ "C\xc3\xb4te d'Ivoire", "cote divoire" },
	{ "\xc4\xb0stanbul", "istanbul" },             /* I with dot */
	{ "\xc4\x90" "akovo", "dakovo" },              /* D with stroke */
	{ "Kyiv\xc2\xa0" "City", "kyiv city" },        /* NBSP */
	{ "Kyiv\xe2\x80\x94" "City", "kyiv city" },    /* em dash */
	{ "\xef\xbc\xab\xef\xbc\xb9\xef\xbc\xa9\xef\xbc\xb6", "kyiv" }, /* fullwidth */
	{ "\xff\xfeKyiv", "kyiv" },                    /* invalid bytes */
	{ "St. Petersburg", "st. petersburg" },
	{ "Rostov-on-Don", "rostov on don" },
	{ "Of", "of" },
	{ "1st", "1st" },
	{ "", NULL },
	{ "   ", NULL },
	{ "---", NULL },
	{ "'''", NULL },
	{ "\xe2\x80\x99", NULL },
};

static void test_fold_table(void **state)
{
	size_t i;
	char out[128];

	(void)state;
	for (i = 0; i < sizeof(fold_table) / sizeof(fold_table[0]); i++) {
		size_t n = sr__fold(fold_table[i].in, strlen(fold_table[i].in),
				    out, sizeof(out));

		if (!fold_table[i].key) {
			if (n != 0)
				fail_msg("\"%s\" gave \"%s\"", fold_table[i].in,
					 out);
			continue;
		}
		if (n != strlen(fold_table[i].key) ||
		    strcmp(out, fold_table[i].key) != 0)
			fail_msg("\"%s\" gave \"%s\" (%zu), want \"%s\"",
				 fold_table[i].in, out, n, fold_table[i].key);
	}
}

static void test_fold_cyrillic_kept(void **state)
{
	char out[64];
	/* "Київ": lower-cased, the diaeresis of U+0457 stripped. */
	size_t n = sr__fold("\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", 8, out,
			    sizeof(out));

	(void)state;
	assert_int_equal(n, 8);
	assert_string_equal(out, "\xd0\xba\xd0\xb8\xd1\x96\xd0\xb2");
}

static void test_fold_capacity(void **state)
{
	char out[8];

	(void)state;
	assert_int_equal(sr__fold("Kharkiv", 7, out, 8), 7);
	assert_string_equal(out, "kharkiv");
	assert_int_equal(sr__fold("Kharkiv", 7, out, 7), 0);
	assert_int_equal(sr__fold("Kharkiv", 7, out, 4), 0);
	assert_int_equal(sr__fold("Kharkiv", 7, out, 0), 0);
	assert_int_equal(sr__fold("\xc5\x81\xc3\xb3\x64\xc5\xba oblast", 14, out, 8), 0);
	/* len limits the input: not NUL-terminated spans. */
	assert_int_equal(sr__fold("Kyiv City", 4, out, sizeof(out)), 4);
	assert_string_equal(out, "kyiv");
}

static void test_geo_km(void **state)
{
	double d;

	(void)state;
	d = sr__geo_km(50.45466, 30.5238, 49.98081, 36.25272); /* Kyiv-Kharkiv */
	assert_true(d > 405 && d < 415);
	assert_true(sr__geo_km(48.0, 37.8, 48.0, 37.8) < 1e-9);
	d = sr__geo_km(0, 0, 0, 180);
	assert_true(d > 20000 && d < 20040);
	d = sr__geo_km(55.75, 37.62, 46.73, -117.0); /* Moscow-Moscow, ID */
	assert_true(d > 8000 && d < 9500);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fold_table),
		cmocka_unit_test(test_fold_cyrillic_kept),
		cmocka_unit_test(test_fold_capacity),
		cmocka_unit_test(test_geo_km),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
