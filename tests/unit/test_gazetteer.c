/*
 * test_gazetteer.c - build the fixture gazetteer (tests/fixtures/gaz) into
 * a temporary file, open it and check lookups by name variants, admin-1
 * regions and their keys, countries, bad-row reports, duplicate merging,
 * state.json matching, ranking, the lookup printer and the country table.
 */
#include "testutil.h"

#include "lexicon/countries.h"
#include "lexicon/gazetteer.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define FIXTURE_DIR SR_DATA_DIR "/../tests/fixtures/gaz"

static char gaz_path[64];
static struct sr_gaz *gaz;

struct bad {
	uint32_t line[16];
	char msg[16][512];
	size_t n;
};

static void on_bad(void *ud, const struct sr_diag *d)
{
	struct bad *b = ud;

	if (b->n < 16) {
		b->line[b->n] = d->line;
		snprintf(b->msg[b->n], sizeof(b->msg[0]), "%s", d->msg);
		b->n++;
	}
}

/* Write text to a new temporary file named like name; path in out. */
static void temp_file(char *out, size_t cap, const char *name,
		      const char *text)
{
	char dir[] = "/tmp/sr-gaz-XXXXXX";
	FILE *fp;

	assert_non_null(mkdtemp(dir));
	snprintf(out, cap, "%s/%s", dir, name);
	fp = fopen(out, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
}

/* An empty file of our own to build into: /tmp/sr-test-TAG-XXXXXX. */
static void temp_out(char *out, size_t cap, const char *tag)
{
	int fd;

	snprintf(out, cap, "/tmp/sr-test-%s-XXXXXX", tag);
	fd = mkstemp(out);
	assert_true(fd >= 0);
	close(fd);
}

static void remove_temp(const char *path)
{
	char dir[256];
	char *slash;

	unlink(path);
	snprintf(dir, sizeof(dir), "%s", path);
	slash = strrchr(dir, '/');
	if (slash) {
		*slash = '\0';
		rmdir(dir);
	}
}

static int build(const char *out, const char *const *src, size_t n,
		 struct sr_gazetteer_build_stats *st, struct bad *bad)
{
	struct sr_gazetteer_build_opts o;
	struct sr_diag d;

	memset(&o, 0, sizeof(o));
	o.out_path = out;
	o.sources = src;
	o.source_count = n;
	o.no_default = true;
	o.on_bad_row = on_bad;
	o.ud = bad;
	return sr_gazetteer_build(&o, st, &d);
}

static int setup(void **state)
{
	const char *src[] = { FIXTURE_DIR "/fixture.txt",
			      FIXTURE_DIR "/admin1CodesASCII.txt" };
	struct sr_gazetteer_build_stats st;
	struct bad bad = { 0 };
	struct sr_diag d;
	int fd;

	(void)state;
	snprintf(gaz_path, sizeof(gaz_path), "/tmp/sr-test-gaz-XXXXXX");
	fd = mkstemp(gaz_path);
	if (fd < 0)
		return -1;
	close(fd);
	if (build(gaz_path, src, 2, &st, &bad) != 0 || st.bad_rows != 0)
		return -1;
	/* 67 fixture places + 27 admin-1 + about 250 countries. */
	if (st.places < 67 + 27 + 240 || st.names < 300)
		return -1;
	return sr__gaz_open(&gaz, gaz_path, &d);
}

static int teardown(void **state)
{
	(void)state;
	sr__gaz_close(gaz);
	unlink(gaz_path);
	return 0;
}

/* Candidates for name (folded here). */
static size_t find(const char *name, uint32_t *idx, size_t cap)
{
	char key[256];
	size_t n = sr__fold(name, strlen(name), key, sizeof(key));

	return n ? sr__gaz_find(gaz, key, n, idx, cap) : 0;
}

/* 1 if name has a candidate called want in country cc at level. */
static int finds(const char *name, const char *want, const char *cc,
		 int level)
{
	uint32_t idx[64];
	size_t n = find(name, idx, 64), i;

	for (i = 0; i < n && i < 64; i++) {
		struct sr_place p;

		sr__gaz_place(gaz, idx[i], &p);
		if (strcmp(p.name, want) == 0 && strcmp(p.cc, cc) == 0 &&
		    p.level == level)
			return 1;
	}
	return 0;
}

static const struct {
	const char *text, *name, *cc;
} variant_table[] = {
	{ "Kiev", "Kyiv", "UA" },
	{ "KYIV", "Kyiv", "UA" },
	{ "Ky\xc3\xafv", "Kyiv", "UA" },
	{ "Kharkov", "Kharkiv", "UA" },
	{ "Zaporizhia", "Zaporizhzhia", "UA" },
	{ "Zaporozhye", "Zaporizhzhia", "UA" },
	{ "Zaporozh\xe2\x80\x99ye", "Zaporizhzhia", "UA" },
	{ "Zapori\xc5\xbe\xc5\xbeja", "Zaporizhzhia", "UA" },
	{ "Nikolaev", "Mykolaiv", "UA" },
	{ "artemivsk", "Bakhmut", "UA" },
	{ "Artyomovsk", "Bakhmut", "UA" },
	{ "Artemivs'k", "Bakhmut", "UA" },
	{ "Avdeevka", "Avdiivka", "UA" },
	{ "Kozachi Lageri", "Kozachi Laheri", "UA" },
	{ "kozachi  laheri", "Kozachi Laheri", "UA" },
	{ "Odessa", "Odesa", "UA" },
	{ "Lw\xc3\xb3w", "Lviv", "UA" },
	{ "Sevastopil\xe2\x80\x99", "Sevastopol", "UA" },
	{ "Slov'yans'k", "Sloviansk", "UA" },
	{ "Krasnoarmeysk", "Pokrovsk", "UA" },
	{ "Ugledar", "Vuhledar", "UA" },
	{ "Rabotino", "Robotyne", "UA" },
	{ "Krinki", "Krynky", "UA" },
	{ "Moskva", "Moscow", "RU" },
	{ "Moscow", "Moscow", "US" },
	{ "Gorkovskiy", "Gorkovsky", "RU" },
	{ "Police", "Police", "PL" },
	{ "Of", "Of", "TR" },
	{ "Mobile", "Mobile", "US" },
	{ "Bar", "Bar", "UA" },
	{ "Rostov-na-Donu", "Rostov-on-Don", "RU" },
	{ "Rostov on Don", "Rostov-on-Don", "RU" },
	{ "Severodonetsk", "Sievierodonetsk", "UA" },
};

static void test_variants(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(variant_table) / sizeof(variant_table[0]); i++)
		if (!finds(variant_table[i].text, variant_table[i].name,
			   variant_table[i].cc, SR_PLACE_LOCALITY))
			fail_msg("\"%s\" did not find %s (%s)",
				 variant_table[i].text, variant_table[i].name,
				 variant_table[i].cc);
}

static void test_not_found(void **state)
{
	uint32_t idx[8];

	(void)state;
	assert_int_equal(find("Xyzzyville", idx, 8), 0);
	/* Cyrillic and CJK alternate names are not indexed. */
	assert_int_equal(find("\xd0\x9a\xd0\xb8\xd1\x97\xd0\xb2", idx, 8), 0);
	assert_int_equal(find("\xe5\x9f\xba\xe8\xbe\x85", idx, 8), 0);
	/* Nor codes-like alternate names. */
	assert_int_equal(sr__gaz_find(gaz, "", 0, idx, 8), 0);
	assert_int_equal(sr__gaz_find(gaz, "kyi", 3, idx, 8), 0);
	assert_int_equal(sr__gaz_find(gaz, "kyivx", 5, idx, 8), 0);
}

static void test_namesakes(void **state)
{
	uint32_t idx[16];

	(void)state;
	assert_int_equal(find("Avdiivka", idx, 16), 2);
	assert_int_equal(find("Ivanivske", idx, 16), 3);
	assert_int_equal(find("Kozachi Laheri", idx, 16), 2);
	/* RU, US, RU.48 Moscow, RU.47 Moscow Oblast */
	assert_int_equal(find("Moscow", idx, 16), 4);
	/* cap smaller than the count: count returned, cap written. */
	idx[1] = 12345;
	assert_int_equal(find("Ivanivske", idx, 1), 3);
	assert_int_equal(idx[1], 12345);
}

static void test_place_fields(void **state)
{
	uint32_t idx[16];
	size_t n = find("Gorkovsky", idx, 16);
	struct sr_place p;

	(void)state;
	assert_int_equal(n, 1);
	sr__gaz_place(gaz, idx[0], &p);
	assert_string_equal(p.name, "Gorkovsky");
	assert_string_equal(p.admin1, "Belgorod Oblast");
	assert_string_equal(p.admin1_code, "09");
	assert_string_equal(p.country, "Russia");
	assert_string_equal(p.iso3, "RUS");
	assert_string_equal(p.fcode, "PPL");
	assert_int_equal(p.fclass, 'P');
	assert_int_equal(p.level, SR_PLACE_LOCALITY);
	assert_int_equal(p.id, 99001030);
	assert_true(p.lat > 50.5 && p.lat < 50.6);
	assert_int_equal(p.population, 2051);

	/* The city and Crimea, whose seat it is. */
	assert_int_equal(find("Simferopol", idx, 16), 2);
	sr__gaz_place(gaz, idx[0], &p);
	if (p.level != SR_PLACE_LOCALITY)
		sr__gaz_place(gaz, idx[1], &p);
	assert_string_equal(p.name, "Simferopol");
	assert_string_equal(p.admin1, "Crimea");
	assert_string_equal(p.country, "Ukraine");
	assert_string_equal(p.iso3, "UKR");

	assert_int_equal(find("Kharkiv", idx, 16), 2); /* city + region */
	assert_true(finds("Kharkiv", "Kharkiv", "UA", SR_PLACE_LOCALITY));
	sr__gaz_place(gaz, sr__gaz_admin1(gaz, "UA", "07"), &p);
	assert_string_equal(p.name, "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99");

	/* Out of range: empty strings, never NULL. */
	sr__gaz_place(gaz, sr__gaz_count(gaz) + 5, &p);
	assert_string_equal(p.name, "");
	assert_string_equal(p.admin1, "");
}

static void test_admin1(void **state)
{
	uint32_t i;
	struct sr_place p;

	(void)state;
	i = sr__gaz_admin1(gaz, "UA", "05");
	assert_int_not_equal(i, UINT32_MAX);
	sr__gaz_place(gaz, i, &p);
	assert_string_equal(p.name, "Donetsk");
	assert_int_equal(p.level, SR_PLACE_ADMIN1);
	assert_int_equal(p.id, 709716);
	assert_string_equal(p.admin1, "Donetsk");
	assert_string_equal(p.country, "Ukraine");
	/* No point of its own: its seat's (the PPLA Donetsk), where ACLED
	 * and UCDP code events known only by their region. */
	assert_float_equal(p.lat, 48.02300, 1e-4);
	assert_float_equal(p.lon, 37.80224, 1e-4);
	assert_true(p.population > 1000000);
	/* No seat either (Kiev oblast has PPLA2 towns only): the mean of
	 * its places, Bucha, Irpin, Hostomel and the like. */
	sr__gaz_place(gaz, sr__gaz_admin1(gaz, "UA", "13"), &p);
	assert_true(p.lat > 50.4 && p.lat < 50.7);
	assert_true(p.lon > 30.1 && p.lon < 30.4);

	assert_int_equal(sr__gaz_admin1(gaz, "UA", "99"), UINT32_MAX);
	assert_int_equal(sr__gaz_admin1(gaz, "XX", "05"), UINT32_MAX);
	assert_int_equal(sr__gaz_admin1(gaz, "U", "05"), UINT32_MAX);
	assert_int_equal(sr__gaz_admin1(gaz, "ua", "05"), i);

	/* National capitals: the PPLC place of a country. */
	sr__gaz_place(gaz, sr__gaz_capital(gaz, "UA"), &p);
	assert_string_equal(p.name, "Kyiv");
	sr__gaz_place(gaz, sr__gaz_capital(gaz, "ru"), &p);
	assert_string_equal(p.name, "Moscow");
	assert_string_equal(p.cc, "RU");
	assert_int_equal(sr__gaz_capital(gaz, "PL"), UINT32_MAX);
	assert_int_equal(sr__gaz_capital(gaz, "X"), UINT32_MAX);

	/* Region keys: full names, without "Oblast"/"City", adjectival
	 * forms, seats. */
	assert_true(finds("kherson", "Kherson", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Kharkivs'ka Oblast'", "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("kharkivska", "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Kharkiv", "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Kyiv City", "Kyiv City", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Kyiv", "Kyiv City", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Kiev", "Kiev", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Sevastopol", "Sevastopol City", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Belgorod Oblast", "Belgorod Oblast", "RU", SR_PLACE_ADMIN1));
	assert_true(finds("Belgorod", "Belgorod Oblast", "RU", SR_PLACE_ADMIN1));
	assert_true(finds("Moscow Oblast", "Moscow Oblast", "RU", SR_PLACE_ADMIN1));
	assert_true(finds("Crimea", "Crimea", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Odesa", "Odessa", "UA", SR_PLACE_ADMIN1)); /* seat */
	assert_true(finds("Zaporizhzhia", "Zaporizhzhia", "UA", SR_PLACE_ADMIN1));
	assert_true(finds("Trabzon", "Trabzon", "TR", SR_PLACE_ADMIN1));
	assert_false(finds("oblast", "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99", "UA", SR_PLACE_ADMIN1));
	assert_false(finds("city", "Kyiv City", "UA", SR_PLACE_ADMIN1));
}

static void test_countries(void **state)
{
	uint32_t i;
	struct sr_place p;

	(void)state;
	i = sr__gaz_country(gaz, "UA");
	assert_int_not_equal(i, UINT32_MAX);
	assert_int_equal(sr__gaz_country(gaz, "ua"), i);
	sr__gaz_place(gaz, i, &p);
	assert_string_equal(p.name, "Ukraine");
	assert_string_equal(p.iso3, "UKR");
	assert_string_equal(p.country, "Ukraine");
	assert_int_equal(p.level, SR_PLACE_COUNTRY);
	assert_true(p.population > 5000000); /* sum of fixture places */
	assert_int_equal(sr__gaz_country(gaz, "QQ"), UINT32_MAX);

	assert_true(finds("Ukraine", "Ukraine", "UA", SR_PLACE_COUNTRY));
	assert_true(finds("Russian Federation", "Russia", "RU", SR_PLACE_COUNTRY));
	assert_true(finds("Burma", "Myanmar", "MM", SR_PLACE_COUNTRY));
	assert_true(finds("DRC", "Democratic Republic of Congo", "CD", SR_PLACE_COUNTRY));
	assert_true(finds("Congo-Kinshasa", "Democratic Republic of Congo", "CD", SR_PLACE_COUNTRY));
	assert_true(finds("Cote d'Ivoire", "Ivory Coast", "CI", SR_PLACE_COUNTRY));
	assert_true(finds("Turkiye", "Turkey", "TR", SR_PLACE_COUNTRY));
	assert_true(finds("United States", "United States", "US", SR_PLACE_COUNTRY));
	assert_false(finds("us", "United States", "US", SR_PLACE_COUNTRY));
	assert_false(finds("Russian", "Russia", "RU", SR_PLACE_COUNTRY));
}

/* The best of name's candidates under ctx. */
static struct sr_place best(const char *name, const struct sr_gaz_context *c,
			    char *why, size_t why_cap)
{
	uint32_t idx[64];
	size_t n = find(name, idx, 64), i;
	struct sr_place b, p;
	double bs = -1e9;
	char w[256];

	memset(&b, 0, sizeof(b));
	assert_true(n > 0);
	for (i = 0; i < n; i++) {
		double s;

		sr__gaz_place(gaz, idx[i], &p);
		s = sr__gaz_score(gaz, &p, c, w, sizeof(w));
		if (s > bs || (s == bs && p.id < b.id)) {
			bs = s;
			b = p;
			if (why)
				snprintf(why, why_cap, "%s", w);
		}
	}
	return b;
}

static void test_score(void **state)
{
	struct sr_gaz_context c;
	struct sr_place p;
	uint32_t a1, near[1], n;
	char why[256];

	(void)state;
	/* Avdiivka: the Donetsk-oblast one when UA and Donetsk are named. */
	memset(&c, 0, sizeof(c));
	c.focus_cc[0] = "UA";
	c.focus_count = 1;
	a1 = sr__gaz_admin1(gaz, "UA", "05");
	c.admin1_idx = &a1;
	c.admin1_count = 1;
	p = best("Avdiivka", &c, why, sizeof(why));
	assert_string_equal(p.admin1, "Donetsk");
	assert_true(p.lat > 48.1 && p.lat < 48.2);
	assert_non_null(strstr(why, "in focus country UA"));
	assert_non_null(strstr(why, "in named region Donetsk"));
	/* ... and the Chernihiv one when Chernihiv is named. */
	a1 = sr__gaz_admin1(gaz, "UA", "02");
	p = best("Avdiivka", &c, NULL, 0);
	assert_string_equal(p.admin1, "Chernihiv");

	/* Moscow: Russia's with focus RU/UA, and with no context. */
	memset(&c, 0, sizeof(c));
	c.focus_cc[0] = "RU";
	c.focus_cc[1] = "UA";
	c.focus_count = 2;
	p = best("Moscow", &c, NULL, 0);
	assert_string_equal(p.cc, "RU");
	assert_int_equal(p.level, SR_PLACE_LOCALITY);
	p = best("Moscow", NULL, why, sizeof(why));
	assert_string_equal(p.cc, "RU");
	assert_non_null(strstr(why, "national capital"));
	/* With focus US, Moscow, Idaho. */
	c.focus_cc[0] = "US";
	c.focus_count = 1;
	p = best("Moscow", &c, NULL, 0);
	assert_string_equal(p.cc, "US");

	/* Ivanivske: the one near Bakhmut when Bakhmut is named. */
	memset(&c, 0, sizeof(c));
	c.focus_cc[0] = "UA";
	c.focus_count = 1;
	n = (uint32_t)find("Bakhmut", near, 1);
	assert_int_equal(n, 1);
	c.near_idx = near;
	c.near_count = 1;
	p = best("Ivanivske", &c, why, sizeof(why));
	assert_string_equal(p.admin1, "Donetsk");
	assert_non_null(strstr(why, "km from Bakhmut"));
	/* ... and the Odesa-oblast one near a point by Odesa. */
	c.near_count = 0;
	c.has_point = true;
	c.lat = 46.5;
	c.lon = 30.7;
	p = best("Ivanivske", &c, NULL, 0);
	assert_string_equal(p.admin1, "Odessa");

	/* Kherson: the city, unless a region is wanted. */
	memset(&c, 0, sizeof(c));
	p = best("Kherson", &c, NULL, 0);
	assert_int_equal(p.level, SR_PLACE_LOCALITY);
	c.want_admin1 = true;
	p = best("Kherson", &c, why, sizeof(why));
	assert_int_equal(p.level, SR_PLACE_ADMIN1);
	assert_string_equal(p.name, "Kherson");

	/* Dnipro: the city beats the river. */
	memset(&c, 0, sizeof(c));
	p = best("Dnipro", &c, NULL, 0);
	assert_int_equal(p.fclass, 'P');
	/* Kozachi Laheri in Kherson oblast when Kherson is named. */
	a1 = sr__gaz_admin1(gaz, "UA", "08");
	c.admin1_idx = &a1;
	c.admin1_count = 1;
	p = best("Kozachi Laheri", &c, NULL, 0);
	assert_true(p.lat > 46.6 && p.lat < 46.8);
}

static void test_score_deterministic(void **state)
{
	struct sr_gaz_context c;
	struct sr_place p;
	uint32_t idx[4];
	char w1[256], w2[256];
	double s1, s2;

	(void)state;
	memset(&c, 0, sizeof(c));
	assert_int_equal(find("Kyiv", idx, 4) > 0, 1);
	sr__gaz_place(gaz, idx[0], &p);
	s1 = sr__gaz_score(gaz, &p, &c, w1, sizeof(w1));
	s2 = sr__gaz_score(gaz, &p, &c, w2, sizeof(w2));
	assert_true(s1 == s2);
	assert_string_equal(w1, w2);
	/* A tiny reason buffer is truncated, not overrun. */
	w1[4] = 'Z';
	w1[5] = 'Z';
	sr__gaz_score(gaz, &p, &c, w1, 5);
	assert_true(strlen(w1) < 5);
	assert_int_equal(w1[5], 'Z');
}

static void test_bad_rows(void **state)
{
	char path[256], out[64];
	const char *src[1];
	struct sr_gazetteer_build_stats st;
	struct bad bad = { 0 };
	static const char text[] =
		"1\tGoodtown\tGoodtown\t\t48.5\t37.9\tP\tPPL\tUA\t\t05\t\t\t\t100\t\t0\tEurope/Kyiv\t2024-01-01\n"
		"2\tShortrow\tShortrow\t\t48.5\n"
		"3\tBadlat\tBadlat\t\tnorth\t37.9\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t0\t\t\n"
		"\n"
		"# a comment line\n"
		"4\tBadlon\tBadlon\t\t48.5\t237.9\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t0\t\t\n"
		"x5\tBadid\tBadid\t\t48.5\t37.9\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t0\t\t\n"
		"6\tOther\tOther\t\t48.6\t37.9\tP\tPPL\tUA\t\t05\t\t\t\t12x\t\t0\t\t\n"
		"7\tLast\tLast\t\t48.7\t37.9\tP\tPPL\tUA\t\t05\t\t\t\t5\t\t0\t\t";

	(void)state;
	temp_file(path, sizeof(path), "bad.txt", text);
	temp_out(out, sizeof(out), "bad");
	src[0] = path;
	assert_int_equal(build(out, src, 1, &st, &bad), 0);
	assert_int_equal(st.bad_rows, 5);
	assert_int_equal(bad.n, 5);
	assert_int_equal(bad.line[0], 2);
	assert_non_null(strstr(bad.msg[0], "short row"));
	assert_int_equal(bad.line[1], 3);
	assert_non_null(strstr(bad.msg[1], "latitude"));
	assert_int_equal(bad.line[2], 6);
	assert_non_null(strstr(bad.msg[2], "longitude"));
	assert_int_equal(bad.line[3], 7);
	assert_non_null(strstr(bad.msg[3], "geonameid"));
	assert_int_equal(bad.line[4], 8);
	assert_non_null(strstr(bad.msg[4], "population"));
	/* 2 good rows + countries; the last row has no newline. */
	assert_true(st.places >= 2 + 240 && st.places < 2 + 300);
	unlink(out);
	remove_temp(path);
}

static void test_merge_duplicates(void **state)
{
	char path[256], out[64];
	const char *src[1];
	struct sr_gazetteer_build_stats st;
	struct bad bad = { 0 };
	struct sr_gaz *g;
	struct sr_diag d;
	struct sr_place p;
	uint32_t idx[8];
	static const char text[] =
		"11\tKherson\tKherson\tChersonas\t46.6558\t32.6178\tP\tPPLA\tUA\t\t08\t\t\t\t279131\t\t0\t\t\n"
		/* same id again: merged, names unioned */
		"11\tKherson\tKherson\tKhersons'kyi\t46.6558\t32.6178\tP\tPPLA\tUA\t\t08\t\t\t\t0\t\t0\t\t\n"
		/* same name and country 1 km away: merged */
		"12\tKherson\tKherson\tXersonia\t46.6600\t32.6250\tP\tPPL\tUA\t\t\t\t\t\t0\t\t0\t\t\n"
		/* same name, 50 km away: kept */
		"13\tKherson\tKherson\t\t46.9000\t33.2000\tP\tPPL\tUA\t\t08\t\t\t\t0\t\t0\t\t\n"
		/* same name and point, other country: kept */
		"14\tKherson\tKherson\t\t46.6558\t32.6178\tP\tPPL\tMD\t\t\t\t\t\t0\t\t0\t\t\n";

	(void)state;
	temp_file(path, sizeof(path), "UA.txt", text);
	temp_out(out, sizeof(out), "dup");
	src[0] = path;
	assert_int_equal(build(out, src, 1, &st, &bad), 0);
	assert_int_equal(st.bad_rows, 0);
	assert_int_equal(st.merged_duplicates, 2);
	assert_int_equal(sr__gaz_open(&g, out, &d), 0);
	assert_int_equal(sr__gaz_find(g, "kherson", 7, idx, 8), 3);
	assert_int_equal(sr__gaz_find(g, "xersonia", 8, idx, 8), 1);
	sr__gaz_place(g, idx[0], &p);
	assert_int_equal(p.id, 11);
	assert_int_equal(p.population, 279131);
	assert_int_equal(sr__gaz_find(g, "khersonskyi", 11, idx, 8), 1);
	assert_int_equal(sr__gaz_find(g, "chersonas", 9, idx, 8), 1);
	sr__gaz_close(g);
	unlink(out);
	remove_temp(path);
}

static void test_state_json(void **state)
{
	char spath[256], out[64];
	const char *src[2];
	struct sr_gazetteer_build_stats st;
	struct bad bad = { 0 };
	struct sr_gaz *g;
	struct sr_diag d;
	struct sr_place p;
	uint32_t idx[16], i;
	size_t n, k;
	int found;
	static const char json[] =
		"[{\"name\":\"Donetska oblast\",\"isoCode\":\"14\","
		"\"countryCode\":\"UA\",\"latitude\":\"48.01588300\","
		"\"longitude\":\"37.80285000\"},"
		"{\"name\":\"Khersonska oblast\",\"isoCode\":\"65\","
		"\"countryCode\":\"UA\",\"latitude\":\"46.63541700\","
		"\"longitude\":\"32.61686700\"},"
		"{\"name\":\"Luhanska oblast\",\"isoCode\":\"09\","
		"\"countryCode\":\"UA\",\"latitude\":\"48.574041\","
		"\"longitude\":\"39.307815\"},"
		"{\"name\":\"Belgorod Oblast\",\"isoCode\":\"BEL\","
		"\"countryCode\":\"RU\",\"latitude\":50.71,"
		"\"longitude\":37.45},"
		"{\"name\":\"Broken\",\"countryCode\":\"UA\"}]";

	(void)state;
	temp_file(spath, sizeof(spath), "state.json", json);
	temp_out(out, sizeof(out), "st");
	src[0] = FIXTURE_DIR "/fixture.txt";
	src[1] = spath;
	assert_int_equal(build(out, src, 2, &st, &bad), 0);
	assert_int_equal(st.bad_rows, 1);
	assert_non_null(strstr(bad.msg[0], "entry 4"));
	assert_int_equal(sr__gaz_open(&g, out, &d), 0);

	i = sr__gaz_admin1(g, "UA", "05");
	assert_int_not_equal(i, UINT32_MAX);
	sr__gaz_place(g, i, &p);
	assert_string_equal(p.name, "Donetska oblast");
	i = sr__gaz_admin1(g, "UA", "08");
	sr__gaz_place(g, i, &p);
	assert_string_equal(p.name, "Khersonska oblast");
	i = sr__gaz_admin1(g, "RU", "09");
	sr__gaz_place(g, i, &p);
	assert_string_equal(p.name, "Belgorod Oblast");
	/* its point is its seat's, the city of Belgorod, not the state
	 * entry's 50.71,37.45: where region-only events are coded */
	assert_float_equal(p.lat, 50.61074, 1e-4);
	assert_float_equal(p.lon, 36.58015, 1e-4);
	/* Zaporizhzhia has no state entry in this file: named after its
	 * seat; Kozachi Laheri's region has none and no seat: unnamed. */
	i = sr__gaz_admin1(g, "UA", "26");
	assert_int_not_equal(i, UINT32_MAX);
	sr__gaz_place(g, i, &p);
	assert_string_equal(p.name, "Zaporizhzhia");
	assert_true(p.lat > 46.8 && p.lat < 48.0);
	assert_int_equal(sr__gaz_admin1(g, "UA", "18"), UINT32_MAX);

	/* Keys: adjectival "donetska" -> "donetsk", seat "kherson". */
	n = sr__gaz_find(g, "donetsk", 7, idx, 16);
	for (k = 0, found = 0; k < n; k++) {
		sr__gaz_place(g, idx[k], &p);
		found += p.level == SR_PLACE_ADMIN1;
	}
	assert_int_equal(found, 1);
	n = sr__gaz_find(g, "kherson", 7, idx, 16);
	for (k = 0, found = 0; k < n; k++) {
		sr__gaz_place(g, idx[k], &p);
		found += p.level == SR_PLACE_ADMIN1;
	}
	assert_int_equal(found, 1);
	/* Places carry the derived names. */
	n = sr__gaz_find(g, "gorkovsky", 9, idx, 16);
	assert_int_equal(n, 1);
	sr__gaz_place(g, idx[0], &p);
	assert_string_equal(p.admin1, "Belgorod Oblast");
	sr__gaz_close(g);
	unlink(out);
	remove_temp(spath);
}

/* The admin-1 region (cc, code) of g exists, is called name and lies at
 * (lat, lon) to within 0.001 degree. */
static void assert_region_at(struct sr_gaz *g, const char *cc,
			     const char *code, const char *name, double lat,
			     double lon)
{
	uint32_t i = sr__gaz_admin1(g, cc, code);
	struct sr_place p;

	assert_int_not_equal(i, UINT32_MAX);
	sr__gaz_place(g, i, &p);
	assert_string_equal(p.name, name);
	assert_float_equal(p.lat, lat, 1e-3);
	assert_float_equal(p.lon, lon, 1e-3);
}

/* A region with no capital of its own that surrounds the country's
 * capital (Pest County around Budapest, as Kyiv oblast around Kyiv) is
 * placed at that capital; one that lies beside it (Fejer, south-west of
 * Budapest only) keeps its own point. */
static void test_enclave_capital(void **state)
{
	char gpath[256], spath[256], out[64];
	const char *src[2];
	struct sr_gazetteer_build_stats st;
	struct bad bad = { 0 };
	struct sr_gaz *g;
	struct sr_diag d;
	static const char rows[] =
	    "99009001\tBudapest\tBudapest\t\t47.49800\t19."
	    "04000\tP\tPPLC\tHU\t\t05\t\t\t\t1700000\t\t\t\t2024-01-01\n"
	    "99009002\tSzentendre\tSzentendre\t\t47.67000\t19."
	    "07500\tP\tPPL\tHU\t\t16\t\t\t\t26000\t\t\t\t2024-01-01\n"
	    "99009008\tZsambek\tZsambek\t\t47.54800\t18."
	    "71700\tP\tPPL\tHU\t\t16\t\t\t\t5000\t\t\t\t2024-01-01\n"
	    "99009003\tGodollo\tGodollo\t\t47.59700\t19."
	    "35500\tP\tPPL\tHU\t\t16\t\t\t\t32000\t\t\t\t2024-01-01\n"
	    "99009004\tErd\tErd\t\t47.39400\t18."
	    "90500\tP\tPPL\tHU\t\t16\t\t\t\t63000\t\t\t\t2024-01-01\n"
	    "99009005\tMonor\tMonor\t\t47.35100\t19."
	    "44900\tP\tPPL\tHU\t\t16\t\t\t\t17000\t\t\t\t2024-01-01\n"
	    "99009006\tSzekesfehervar\tSzekesfehervar\t\t47.18600\t18."
	    "42200\tP\tPPL\tHU\t\t08\t\t\t\t96000\t\t\t\t2024-01-01\n"
	    "99009007\tDunaujvaros\tDunaujvaros\t\t46.96200\t18."
	    "93500\tP\tPPL\tHU\t\t08\t\t\t\t44000\t\t\t\t2024-01-01\n";
	static const char json[] =
	    "[{\"name\":\"Budapest\",\"isoCode\":\"BU\","
	    "\"countryCode\":\"HU\",\"latitude\":47.49,"
	    "\"longitude\":19.04},"
	    "{\"name\":\"Pest County\",\"isoCode\":\"PE\","
	    "\"countryCode\":\"HU\",\"latitude\":47.40,"
	    "\"longitude\":19.30},"
	    "{\"name\":\"Fejer County\",\"isoCode\":\"FE\","
	    "\"countryCode\":\"HU\",\"latitude\":47.10,"
	    "\"longitude\":18.60}]";

	(void)state;
	temp_file(gpath, sizeof(gpath), "hu.txt", rows);
	temp_file(spath, sizeof(spath), "state.json", json);
	temp_out(out, sizeof(out), "enc");
	src[0] = gpath;
	src[1] = spath;
	assert_int_equal(build(out, src, 2, &st, &bad), 0);
	assert_int_equal(st.bad_rows, 0);
	assert_int_equal(sr__gaz_open(&g, out, &d), 0);
	assert_region_at(g, "HU", "16", "Pest County", 47.498, 19.040);
	assert_region_at(g, "HU", "08", "Fejer County", 47.10, 18.60);
	sr__gaz_close(g);
	unlink(out);
	remove_temp(gpath);
	remove_temp(spath);
}

static void test_open_errors(void **state)
{
	char path[256];
	struct sr_gaz *g = (struct sr_gaz *)1;
	struct sr_diag d;
	FILE *in, *outf;
	char buf[4096];
	size_t n;

	(void)state;
	assert_int_not_equal(sr__gaz_open(&g, "/nonexistent/x.gaz", &d), 0);
	assert_null(g);
	temp_file(path, sizeof(path), "junk.gaz",
		  "this is not a gazetteer, just some text long enough to "
		  "cover a header of a hundred bytes or so, yes indeed....");
	assert_int_equal(sr__gaz_open(&g, path, &d), SR_EINPUT);
	assert_non_null(strstr(d.msg, "not a sitrep gazetteer"));
	/* A truncated copy of the real file. */
	in = fopen(gaz_path, "rb");
	outf = fopen(path, "wb");
	assert_non_null(in);
	assert_non_null(outf);
	n = fread(buf, 1, sizeof(buf), in);
	fwrite(buf, 1, n, outf);
	fclose(in);
	fclose(outf);
	assert_int_equal(sr__gaz_open(&g, path, &d), SR_EINPUT);
	assert_null(g);
	remove_temp(path);
	sr__gaz_close(NULL);
}

static char *lookup(const char *name, const char *cc, const double *near,
		    int *rc)
{
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	struct sr_diag d;

	assert_non_null(fp);
	*rc = sr_gazetteer_lookup_print(gaz_path, name, near, cc, fp, &d);
	fclose(fp);
	return text;
}

static void test_lookup_print(void **state)
{
	char *t, *line2;
	int rc;
	double pt[2] = { 46.5, 30.7 };

	(void)state;
	t = lookup("Kiev", NULL, NULL, &rc);
	assert_int_equal(rc, 0);
	assert_true(strncmp(t, "score\tname\tadmin1\tcountry\tlat\tlon\t"
			       "population\tfcode\tid\twhy\n", 58) == 0);
	line2 = strchr(t, '\n') + 1;
	assert_non_null(strstr(line2, "\tKyiv\tKyiv City\tUkraine\t50.45466\t"));
	assert_non_null(strstr(line2, "\tPPLC\t703448\t"));
	free(t);

	t = lookup("Kherson region", NULL, NULL, &rc);
	assert_int_equal(rc, 0);
	line2 = strchr(t, '\n') + 1;
	assert_non_null(strstr(line2, "\tKherson\tKherson\tUkraine\t"));
	assert_non_null(strstr(line2, "\tADM1\t"));
	free(t);

	t = lookup("Ivanivske", "UA", pt, &rc);
	assert_int_equal(rc, 0);
	line2 = strchr(t, '\n') + 1;
	assert_non_null(strstr(line2, "\tIvanivske\tOdessa\t"));
	free(t);

	t = lookup("Nowhereville", NULL, NULL, &rc);
	assert_int_equal(rc, SR_ENOTFOUND);
	free(t);
}

static const char *const acled_regions[] = {
	"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa",
	"Northern Africa", "South Asia", "Southeast Asia", "East Asia",
	"Middle East", "Central Asia", "Caucasus and Central Asia", "Europe",
	"North America", "Central America", "South America", "Caribbean",
	"Oceania", "Antarctica",
};

static void test_country_table(void **state)
{
	size_t n, i, j, k;
	const struct sr_country *c = sr__countries(&n);
	const struct sr_country *x;

	(void)state;
	assert_true(n >= 245 && n <= 260);
	for (i = 0; i < n; i++) {
		int ok = 0;

		assert_int_equal(strlen(c[i].iso2), 2);
		assert_int_equal(strlen(c[i].iso3), 3);
		assert_true(c[i].name[0]);
		for (k = 0; k < sizeof(acled_regions) / sizeof(*acled_regions); k++)
			ok |= strcmp(c[i].region, acled_regions[k]) == 0;
		if (!ok)
			fail_msg("%s: region \"%s\"", c[i].iso2, c[i].region);
		assert_true(c[i].lat >= -90 && c[i].lat <= 90);
		assert_true(c[i].lon >= -180 && c[i].lon <= 180);
		for (j = 0; j < i; j++) {
			assert_true(strcmp(c[i].iso2, c[j].iso2) != 0);
			assert_true(strcmp(c[i].iso3, c[j].iso3) != 0);
		}
	}
	x = sr__country_by_iso2("ua");
	assert_non_null(x);
	assert_string_equal(x->name, "Ukraine");
	assert_string_equal(x->iso3, "UKR");
	assert_int_equal(x->isonum, 804);
	assert_string_equal(x->region, "Europe");
	assert_non_null(strstr(x->demonyms, "Ukrainian"));
	x = sr__country_by_iso3("RUS");
	assert_non_null(x);
	assert_string_equal(x->name, "Russia");
	assert_non_null(strstr(x->demonyms, "Russians"));
	x = sr__country_by_name("Russian Federation", 18);
	assert_non_null(x);
	assert_string_equal(x->iso2, "RU");
	x = sr__country_by_name("burma", 5);
	assert_non_null(x);
	assert_string_equal(x->iso2, "MM");
	x = sr__country_by_name("Democratic Republic of Congo", 28);
	assert_non_null(x);
	assert_string_equal(x->iso3, "COD");
	x = sr__country_by_name("Syria", 5);
	assert_non_null(x);
	assert_string_equal(x->region, "Middle East");
	assert_non_null(strstr(x->demonyms, "Syrian"));
	x = sr__country_by_iso2("PS");
	assert_non_null(x);
	assert_non_null(strstr(x->demonyms, "Palestinians"));
	x = sr__country_by_iso2("IL");
	assert_non_null(strstr(x->demonyms, "Israelis"));
	assert_null(sr__country_by_iso2("QQ"));
	assert_null(sr__country_by_iso3("QQQ"));
	assert_null(sr__country_by_name("Narnia", 6));
	assert_null(sr__country_by_name("", 0));
	assert_null(sr__country_by_iso2(NULL));
}

static void test_parse_row(void **state)
{
	struct sr_gaz_row r;
	const char *why = NULL;
	static const char line[] =
		"703448\tKyiv\tKyiv\tKiev,Kyjiv\t50.45466\t30.5238\tP\tPPLC\tUA"
		"\t\t12\t\t\t\t2797553\t\t187\tEurope/Kyiv\t2024-01-01";

	(void)state;
	assert_int_equal(sr__gaz_parse_row(line, strlen(line), &r, &why), 0);
	assert_int_equal(r.id, 703448);
	assert_int_equal(r.name_len, 4);
	assert_memory_equal(r.alt, "Kiev,Kyjiv", 10);
	assert_int_equal(r.alt_len, 10);
	assert_string_equal(r.cc, "UA");
	assert_string_equal(r.admin1, "12");
	assert_string_equal(r.fcode, "PPLC");
	assert_int_equal(r.fclass, 'P');
	assert_int_equal(r.population, 2797553);
	assert_true(r.lat > 50.45 && r.lat < 50.46);
	/* Truncated anywhere before column 15: an error, never a crash. */
	assert_int_equal(sr__gaz_parse_row(line, 30, &r, &why), SR_EINPUT);
	assert_int_equal(sr__gaz_parse_row(line, 0, &r, &why), SR_EINPUT);
	{
		static const char noname[] =
			"1\t\t\t\t1\t1\tP\tPPL\tUA\t\t\t\t\t\t0";

		assert_int_equal(sr__gaz_parse_row(noname, strlen(noname), &r,
						   &why),
				 SR_EINPUT);
	}
	assert_non_null(strstr(why, "name"));
}

static long alloc_left;

static void *fail_malloc(size_t n)
{
	return alloc_left-- > 0 ? malloc(n) : NULL;
}

static void *fail_realloc(void *p, size_t n)
{
	return alloc_left-- > 0 ? realloc(p, n) : NULL;
}

/* Fail the Nth allocation of a build and of a lookup, for each N: an error
 * code, no crash, no leak (under valgrind). */
static void test_alloc_failures(void **state)
{
	const char *src[] = { FIXTURE_DIR "/fixture.txt",
			      FIXTURE_DIR "/admin1CodesASCII.txt" };
	char out[64];
	struct sr_gazetteer_build_stats st;
	struct bad bad = { 0 };
	long n;
	int rc, ok = 0;

	(void)state;
	temp_out(out, sizeof(out), "oom");
	for (n = 0; n < 400 && !ok; n++) {
		alloc_left = n;
		sr_set_allocator(fail_malloc, fail_realloc, free);
		rc = build(out, src, 2, &st, &bad);
		sr_set_allocator(NULL, NULL, NULL);
		if (rc == 0)
			ok = 1;
		else
			assert_int_equal(rc, SR_ENOMEM);
	}
	assert_true(ok);
	assert_true(n > 5);
	unlink(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_variants),
		cmocka_unit_test(test_not_found),
		cmocka_unit_test(test_namesakes),
		cmocka_unit_test(test_place_fields),
		cmocka_unit_test(test_admin1),
		cmocka_unit_test(test_countries),
		cmocka_unit_test(test_score),
		cmocka_unit_test(test_score_deterministic),
		cmocka_unit_test(test_bad_rows),
		cmocka_unit_test(test_merge_duplicates),
		cmocka_unit_test(test_state_json),
		cmocka_unit_test(test_enclave_capital),
		cmocka_unit_test(test_open_errors),
		cmocka_unit_test(test_lookup_print),
		cmocka_unit_test(test_country_table),
		cmocka_unit_test(test_parse_row),
		cmocka_unit_test(test_alloc_failures),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
