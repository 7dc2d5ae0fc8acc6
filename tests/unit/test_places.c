/*
 * test_places.c - place finding end to end: builds the fixture gazetteer
 * (tests/fixtures/gaz) into a temporary file, runs sr_extract on short
 * articles written for these tests and checks the place fields of the
 * first event: romanisation variants, misspellings, region phrases
 * (adjectival forms too), place aliases, namesakes chosen by context,
 * Crimea coded to Ukraine, and words that must not become places.
 */
#include "testutil.h"

#include "lexicon/gazetteer.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define FIXTURE_DIR SR_DATA_DIR "/../tests/fixtures/gaz"

static char gaz_path[64];
static struct sr_engine *eng;
static struct sr_doc *doc;

static int setup(void **state)
{
	const char *src[] = { FIXTURE_DIR "/fixture.txt",
			      FIXTURE_DIR "/admin1CodesASCII.txt" };
	struct sr_gazetteer_build_opts o;
	struct sr_gazetteer_build_stats st;
	struct sr_engine_opts eo;
	struct sr_diag d;
	int fd;

	(void)state;
	snprintf(gaz_path, sizeof(gaz_path), "/tmp/sr-test-places-XXXXXX");
	fd = mkstemp(gaz_path);
	if (fd < 0)
		return -1;
	close(fd);
	memset(&o, 0, sizeof(o));
	o.out_path = gaz_path;
	o.sources = src;
	o.source_count = 2;
	o.no_default = true;
	if (sr_gazetteer_build(&o, &st, &d) != 0 || st.bad_rows != 0)
		return -1;
	memset(&eo, 0, sizeof(eo));
	eo.gazetteer_path = gaz_path;
	if (sr_engine_new(&eng, &eo, &d) != 0)
		return -1;
	return sr_doc_new(&doc);
}

static int teardown(void **state)
{
	(void)state;
	sr_doc_free(doc);
	sr_engine_free(eng);
	unlink(gaz_path);
	return 0;
}

/* The first event of text with a place, or NULL. */
static const struct sr_event *place_event(const char *text)
{
	struct sr_article a;
	size_t i;

	memset(&a, 0, sizeof(a));
	a.id = "t";
	a.file = "-";
	a.date.y = 2023;
	a.date.m = 5;
	a.date.d = 10;
	a.text = text;
	a.text_len = strlen(text);
	assert_int_equal(sr_extract(eng, &a, doc), 0);
	for (i = 0; i < sr_doc_event_count(doc); i++) {
		const struct sr_event *ev = sr_doc_event(doc, i);

		if (ev->location)
			return ev;
	}
	return NULL;
}

struct want {
	const char *text;
	const char *location; /* NULL: no place */
	const char *admin1;   /* NULL: not checked */
	int precision;        /* 0: not checked */
};

static void check(const struct want *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const struct sr_event *ev = place_event(w[i].text);

		if (!w[i].location) {
			if (ev)
				fail_msg("%s: unexpected place %s",
					 w[i].text, ev->location);
			continue;
		}
		if (!ev)
			fail_msg("%s: no place", w[i].text);
		if (strcmp(ev->location, w[i].location) != 0)
			fail_msg("%s: place %s, want %s", w[i].text,
				 ev->location, w[i].location);
		if (w[i].admin1 &&
		    (!ev->admin1 || strcmp(ev->admin1, w[i].admin1) != 0))
			fail_msg("%s: admin1 %s, want %s", w[i].text,
				 ev->admin1 ? ev->admin1 : "(null)",
				 w[i].admin1);
		if (w[i].precision && ev->geo_precision != w[i].precision)
			fail_msg("%s: precision %d, want %d", w[i].text,
				 ev->geo_precision, w[i].precision);
	}
}

static void test_skeleton_keys(void **state)
{
	static const char *const same[][2] = {
	    {"Kharkiv", "Kharkov"},	      {"Zaporizhzhia", "Zaporozhye"},
	    {"Zaporizhia", "Zaporizhzhya"}, {"Sloviansk", "Slavyansk"},
	    {"Dnipro", "Dnepr"},	      {"Kupiansk", "Kupyansk"},
	    {"Balakliia", "Balakleya"},     {"Izium", "Izyum"},
	    {"Odesa", "Odessa"},	      {"Chernihiv", "Chernigov"},
	    {"Kozachi Laheri", "Kazachi Lageri"},
	    {"Stepne", "Stepnoye"},	      {"Stepne", "Stepnoy"},
	    {"Vuhledar", "Ugledar"},	      {"Horlivka", "Gorlovka"},
	    {"Mykolaiv", "Mykolayiv"},      {"Kurakhove", "Kurakhovo"},
	    {"Lysychansk", "Lisichansk"},   {"Donetsk", "Donetska"},
	};
	static const char *const differ[][2] = {
	    {"Peskov", "Pskov"},   {"Kharkiv", "Kherson"},
	    {"Police", "Palace Hotel"},
	    {"Bakhmut", "Bucha"},
	};
	char k1[64], k2[64], s1[64], s2[64];
	size_t i, n1, n2;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(same); i++) {
		n1 = sr__fold(same[i][0], strlen(same[i][0]), k1, sizeof(k1));
		n2 = sr__fold(same[i][1], strlen(same[i][1]), k2, sizeof(k2));
		sr__skeleton(k1, n1, s1, sizeof(s1));
		sr__skeleton(k2, n2, s2, sizeof(s2));
		if (strcmp(s1, s2) != 0)
			fail_msg("%s (%s) != %s (%s)", same[i][0], s1,
				 same[i][1], s2);
	}
	for (i = 0; i < SR_ARRAY_LEN(differ); i++) {
		n1 = sr__fold(differ[i][0], strlen(differ[i][0]), k1,
			      sizeof(k1));
		n2 = sr__fold(differ[i][1], strlen(differ[i][1]), k2,
			      sizeof(k2));
		sr__skeleton(k1, n1, s1, sizeof(s1));
		sr__skeleton(k2, n2, s2, sizeof(s2));
		if (strcmp(s1, s2) == 0)
			fail_msg("%s == %s (%s)", differ[i][0], differ[i][1],
				 s1);
	}
	assert_int_equal(sr__skeleton("kyiv", 4, s1, 2), 0); /* too small */
}

static void test_variants(void **state)
{
	static const struct want w[] = {
	    {"Russian forces shelled Gorlovka on Monday, killing two "
	     "civilians.", "Horlivka", "Donetsk", 1},
	    {"Russian forces shelled a market in Makeevka on Monday, killing "
	     "two civilians.", "Makiivka", "Donetsk", 1},
	    /* a variant outside the focus countries is not taken */
	    {"French troops shelled Makeevka on Monday, killing two "
	     "civilians.", NULL, NULL, 0},
	    /* the theatre: Russia at war brings Ukraine into focus */
	    {"Russian forces shelled Makeevka on Monday, killing two "
	     "civilians.", "Makiivka", "Donetsk", 1},
	    {"Russian forces shelled Makeevka in Ukraine, killing two "
	     "civilians.", "Makiivka", "Donetsk", 1},
	    {"Ukrainian artillery shelled Gulyaypole overnight, killing a "
	     "woman.", "Huliaipole", "Zaporizhzhia", 1},
	    {"Russian troops shelled Orekhov, killing three people.",
	     "Orikhiv", NULL, 1},
	    {"An explosion in Chernobaevka killed two soldiers.",
	     "Chornobaivka", "Kherson", 1},
	    {"Ukrainian officials said Russian forces shelled Vugledar, "
	     "killing a man.", "Vuhledar",
	     NULL, 1},
	    {"Russian shelling of Lisichansk killed four civilians.",
	     "Lysychansk", NULL, 1},
	};

	(void)state;
	check(w, SR_ARRAY_LEN(w));
}

static void test_misspellings(void **state)
{
	static const struct want w[] = {
	    /* a transposition */
	    {"Ukrainian officials said shelling near Adviivka killed two "
	     "soldiers.", "Avdiivka", "Donetsk", 2},
	    /* a dropped letter */
	    {"Ukrainian officials said shelling in Kramatosk killed two "
	     "civilians.", "Kramatorsk", "Donetsk", 1},
	    /* not after a locative word: not tried */
	    {"Ukrainian officials said Kramatosk killed two civilians.",
	     NULL, NULL, 0},
	    /* no focus country: not tried */
	    {"Officials said shelling in Kramatosk killed two civilians.",
	     NULL, NULL, 0},
	};

	(void)state;
	check(w, SR_ARRAY_LEN(w));
}

static void test_regions(void **state)
{
	static const struct want w[] = {
	    {"Russian troops shelled the Kherson region overnight, killing "
	     "a man.", "Kherson", "Kherson", 3},
	    {"Russian artillery shelled villages in Donetska oblast, killing "
	     "a woman.", "Donetsk", "Donetsk", 3},
	    {"Shelling in the Dnipropetrovsk region killed two people.",
	     "Dnipropetrovsk", "Dnipropetrovsk", 3},
	    {"Ukrainian drones attacked Belgorod oblast, injuring three "
	     "people.", "Belgorod Oblast", "Belgorod Oblast", 3},
	    {"Shelling in the Kharkiv Oblast killed two civilians.",
	     "Kharkivs\xe2\x80\x99ka Oblast\xe2\x80\x99", NULL, 3},
	    {"Shelling in the Zaporizhzhia Oblast killed two civilians.",
	     "Zaporizhzhia", "Zaporizhzhia", 3},
	    {"Russian troops attacked near Bakhmut, killing two soldiers.",
	     "Bakhmut", "Donetsk", 2},
	    {"Two soldiers were killed in the Bakhmut direction.",
	     "Bakhmut", "Donetsk", 2},
	};

	(void)state;
	check(w, SR_ARRAY_LEN(w));
}

static void test_aliases(void **state)
{
	static const struct want w[] = {
	    {"Ukrainian troops shelled the DPR, killing three civilians.",
	     "Donetsk", "Donetsk", 3},
	    {"Shelling in Donbas killed two civilians.", "Donetsk",
	     "Donetsk", 3},
	    {"Shelling in the LPR killed two civilians.", "Luhansk",
	     "Luhansk", 3},
	    {"Russian forces shelled the ZNPP, injuring two workers.",
	     "Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia", 2},
	    {"Russian forces shelled the Zaporizhzhia nuclear power plant, "
	     "injuring two workers.",
	     "Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia", 2},
	    {"Ukrainian forces attacked Snake Island, killing two soldiers.",
	     "Snake Island", "Odessa", 1},
	    {"Ukrainian forces shelled Artemivsk, killing two soldiers.",
	     "Bakhmut", "Donetsk", 1},
	    /* a front sector no town is named after */
	    {"Russian troops repelled attacks in the Yuzhno-Donetsk "
	     "direction, killing 40 soldiers.",
	     "South Donetsk direction", "Donetsk", 2},
	    /* "Kyiv" also names Kyiv Oblast; the city is the city */
	    {"Russian drones hit the Kyiv region, injuring two people.",
	     "Kiev", "Kiev", 3},
	    {"Russian drones hit Kyiv, injuring two people.", "Kyiv",
	     "Kyiv City", 1},
	};

	(void)state;
	check(w, SR_ARRAY_LEN(w));
}

static void test_namesakes(void **state)
{
	static const struct want w[] = {
	    {"Russian troops attacked near Ivanivske in the Bakhmut "
	     "direction, killing two soldiers.", "Ivanivske", "Donetsk", 2},
	    {"Russian shelling killed a man in Ivanivske in the Zaporizhzhia "
	     "region.", "Ivanivske", "Zaporizhzhia", 1},
	    {"Russian shelling killed two civilians in Kozachi Laheri in the "
	     "Kherson region.", "Kozachi Laheri", "Kherson", 1},
	    {"Russian shelling killed two civilians in Kazachi Lageri in the "
	     "Kherson region.", "Kozachi Laheri", "Kherson", 1},
	    {"A drone attack on Odintsovo near Moscow injured two people.",
	     "Odintsovo", "Moscow Oblast", 1},
	    {"Shelling of Gorkovsky in the Belgorod region injured a man.",
	     "Gorkovsky", "Belgorod Oblast", 1},
	};

	(void)state;
	check(w, SR_ARRAY_LEN(w));
}

static void test_crimea(void **state)
{
	const struct sr_event *ev;

	(void)state;
	ev = place_event("Ukrainian drones struck Sevastopol, injuring two "
			 "people.");
	assert_non_null(ev);
	assert_string_equal(ev->location, "Sevastopol");
	assert_string_equal(ev->iso3, "UKR");
	ev = place_event("An explosion at an airfield near Simferopol killed "
			 "two people.");
	assert_non_null(ev);
	assert_string_equal(ev->location, "Simferopol");
	assert_string_equal(ev->iso3, "UKR");
	assert_string_equal(ev->admin1, "Crimea");
	/* where the missiles set off from is not where they struck */
	assert_null(place_event("Russian missiles launched from Simferopol "
				"killed two people."));
}

static void test_not_places(void **state)
{
	static const struct want w[] = {
	    {"Police said shelling killed two civilians overnight.", NULL,
	     NULL, 0},
	    {"Of the dead, two were soldiers killed by shelling.", NULL, NULL,
	     0},
	    {"Mobile units shelled the village, killing two civilians.",
	     NULL, NULL, 0},
	    {"Ukrainian Sergeant Bar Levi said shelling killed two soldiers.",
	     NULL, NULL, 0},
	    {"Spokesman Melitopol Ivanov said shelling killed two civilians.",
	     NULL, NULL, 0},
	    /* a place beside institution words is still a place */
	    {"Kramatorsk City Council said shelling killed two civilians.",
	     "Kramatorsk", "Donetsk", 1},
	    {"In Melitopol, shelling killed two civilians.", "Melitopol",
	     "Zaporizhzhia", 1},
	};

	(void)state;
	check(w, SR_ARRAY_LEN(w));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_skeleton_keys),
		cmocka_unit_test(test_variants),
		cmocka_unit_test(test_misspellings),
		cmocka_unit_test(test_regions),
		cmocka_unit_test(test_aliases),
		cmocka_unit_test(test_namesakes),
		cmocka_unit_test(test_crimea),
		cmocka_unit_test(test_not_places),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
