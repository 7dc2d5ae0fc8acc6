/*
 * test_merge.c - the merge stage (src/merge): which pairs of mentions may
 * be one event and why (a table of near and far, same and other kinds,
 * dates, precisions and actors), the clustering (no chaining, one article
 * never merges with itself, review rules, re-running from any point gives
 * the full run's result) and the merged fields (revised toll, confirmed,
 * denied, revisions in publication order); and through the store: four
 * articles put in all 24 orders give the same events, a replaced article
 * moves its report out, review files apply line by line.
 */
#include "testutil.h"

#include "extract/extract.h"
#include "merge/merge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A strike on "Kharkiv" (49.98, 36.25) reported in article aid. */
static struct sr_event strike(const char *id, const char *aid, int day)
{
	struct sr_event e;

	memset(&e, 0, sizeof(e));
	snprintf(e.event_id, sizeof(e.event_id), "%s", id);
	e.article_id = aid;
	e.kind = "shelling_missile";
	e.event_date = (struct sr_ymd){ 2024, 5, day };
	e.time_precision = 1;
	e.location = "Kharkiv";
	e.admin1 = "Kharkiv Oblast";
	e.country = "Ukraine";
	e.iso3 = "UKR";
	e.latitude = 49.98;
	e.longitude = 36.25;
	e.geo_precision = 1;
	e.actor1 = "Military Forces of Russia";
	e.actor1_iso3 = "RUS";
	e.fatalities = e.fatalities_low = e.fatalities_high = SR_NULL_COUNT;
	e.injured = e.injured_low = e.injured_high = SR_NULL_COUNT;
	return e;
}

/* km north of Kharkiv, roughly */
static void move_km(struct sr_event *e, double km)
{
	e->latitude += km / 111.2;
}

static void test_compat_table(void **state)
{
	struct sr_event a = strike("m1", "a1", 14), b;
	char why[256];
	double s;
	int i;
	static const struct {
		const char *what;
		int day, gp, tp;
		double km;
		const char *kind, *admin1, *actor1_iso3, *actor2_iso3;
		enum sr_status status;
		int ok;
		const char *why; /* substring of the reason */
	} cases[] = {
		{ "same place, same day", 14, 1, 1, 0, NULL, NULL, NULL, NULL,
		  0, 1, "0.0 km apart" },
		{ "next day", 15, 1, 1, 0, NULL, NULL, NULL, NULL, 0, 1,
		  "1 day apart" },
		{ "two days later", 16, 1, 1, 0, NULL, NULL, NULL, NULL, 0, 0,
		  "2 days apart" },
		{ "8 km away", 14, 1, 1, 8, NULL, NULL, NULL, NULL, 0, 1,
		  "8.0 km apart" },
		{ "40 km away", 14, 1, 1, 40, NULL, NULL, NULL, NULL, 0, 0,
		  "too far" },
		{ "20 km, near (precision 2)", 14, 2, 1, 20, NULL, NULL, NULL,
		  NULL, 0, 1, "limit 25 km" },
		{ "30 km, near (precision 2)", 14, 2, 1, 30, NULL, NULL, NULL,
		  NULL, 0, 0, "too far" },
		{ "region, same admin1", 14, 3, 1, 60, NULL, NULL, NULL, NULL,
		  0, 1, "same region" },
		{ "region, other admin1", 14, 3, 1, 60, NULL, "Sumy Oblast",
		  NULL, NULL, 0, 0, "regions" },
		{ "country vs place", 14, 4, 1, 0, NULL, NULL, NULL, NULL, 0, 0,
		  "only a country" },
		{ "week: 5 days", 19, 1, 2, 0, NULL, NULL, NULL, NULL, 0, 1,
		  "+-7 days" },
		{ "week: 9 days", 23, 1, 2, 0, NULL, NULL, NULL, NULL, 0, 0,
		  "9 days" },
		{ "month: same month", 28, 1, 3, 0, NULL, NULL, NULL, NULL, 0,
		  1, "same month" },
		{ "drone vs missile, same day and place", 14, 1, 1, 1,
		  "air_drone_strike", NULL, NULL, NULL, 0, 1, "~" },
		{ "drone vs missile, next day", 15, 1, 1, 0, "air_drone_strike",
		  NULL, NULL, NULL, 0, 0, "beyond" },
		{ "clash vs strike", 14, 1, 1, 0, "armed_clash", NULL, NULL,
		  NULL, 0, 0, "differ" },
		{ "attacker contradicts", 14, 1, 1, 0, NULL, NULL, "UKR", NULL,
		  0, 0, "actors" },
		{ "denial merges with the report", 14, 1, 1, 0, NULL, NULL,
		  NULL, NULL, SR_STATUS_DENIED, 1, "agree" },
		{ "a plan is not the act", 14, 1, 1, 0, NULL, NULL, NULL, NULL,
		  SR_STATUS_PLANNED, 0, "status" },
	};

	(void)state;
	for (i = 0; i < (int)SR_ARRAY_LEN(cases); i++) {
		b = strike("m2", "a2", cases[i].day);
		b.geo_precision = cases[i].gp;
		b.time_precision = cases[i].tp;
		if (cases[i].gp == 4)
			b.location = NULL;
		move_km(&b, cases[i].km);
		if (cases[i].kind)
			b.kind = cases[i].kind;
		if (cases[i].admin1)
			b.admin1 = cases[i].admin1;
		if (cases[i].actor1_iso3)
			b.actor1_iso3 = cases[i].actor1_iso3;
		b.status = cases[i].status;
		s = sr__merge_compat(&a, &b, why, sizeof(why));
		if ((s > 0) != cases[i].ok || !strstr(why, cases[i].why))
			fail_msg("%s: score %.2f, reason '%s'", cases[i].what,
				 s, why);
		/* symmetric */
		if ((sr__merge_compat(&b, &a, NULL, 0) > 0) != cases[i].ok)
			fail_msg("%s: not symmetric", cases[i].what);
	}
	/* a different kind in the family scores lower than the same kind */
	b = strike("m2", "a2", 14);
	s = sr__merge_compat(&a, &b, NULL, 0);
	b.kind = "air_drone_strike";
	assert_true(sr__merge_compat(&a, &b, NULL, 0) < s);
	/* no date or no place: never */
	b = strike("m2", "a2", 14);
	b.event_date.y = 0;
	assert_true(sr__merge_compat(&a, &b, why, sizeof(why)) == 0);
	b = strike("m2", "a2", 14);
	b.geo_precision = 0;
	assert_true(sr__merge_compat(&a, &b, why, sizeof(why)) == 0);
}

static void fill(struct sr_merge_mention *m, const struct sr_event *e,
		 const char *src, int art_day)
{
	memset(m, 0, sizeof(*m));
	m->ev = *e;
	m->source = src;
	m->source_key = src ? src : e->article_id;
	m->article_date = (struct sr_ymd){ 2024, 5, art_day };
	sr__merge_mention_init_day(m);
}

static int cmp_m(const void *a, const void *b)
{
	return sr__merge_cmp(a, b);
}

static int rule_split(void *ud, const char *a, const char *b)
{
	(void)ud;
	/* m3 must not be with m1 */
	if ((!strcmp(a, "m3") && !strcmp(b, "m1")) ||
	    (!strcmp(b, "m3") && !strcmp(a, "m1")))
		return -1;
	return 0;
}

static void test_cluster(void **state)
{
	struct sr_merge_mention m[6];
	struct sr_event e;
	long assign[6], again[6];
	size_t i, k;

	(void)state;
	e = strike("m1", "a1", 14);
	fill(&m[0], &e, NULL, 14);
	e = strike("m2", "a2", 14);
	fill(&m[1], &e, NULL, 14);
	e = strike("m3", "a3", 14); /* toll revised next day */
	e.fatalities = 7;
	fill(&m[2], &e, NULL, 15);
	e = strike("m4", "a4", 14); /* a village 40 km away */
	move_km(&e, 40);
	e.location = "Village";
	fill(&m[3], &e, NULL, 14);
	e = strike("m5", "a1", 14); /* the same article again: stays apart */
	fill(&m[4], &e, NULL, 14);
	e = strike("m6", "a6", 14); /* 9 km north of the city: joins it */
	move_km(&e, 9);
	fill(&m[5], &e, NULL, 14);
	qsort(m, 6, sizeof(m[0]), cmp_m);
	assert_int_equal(sr__merge_cluster(m, 6, 0, assign, NULL, NULL), 0);
	for (i = 0; i < 6; i++) {
		const char *id = m[i].ev.event_id, *anchor =
			m[assign[i]].ev.event_id;
		if (!strcmp(id, "m4") || !strcmp(id, "m5"))
			assert_string_equal(anchor, id);
		else
			assert_string_equal(anchor, "m1");
	}
	/* re-running from any point, keeping what came before, gives the
	 * same result */
	for (k = 0; k <= 6; k++) {
		memcpy(again, assign, sizeof(again));
		for (i = k; i < 6; i++)
			again[i] = 12345;
		assert_int_equal(sr__merge_cluster(m, 6, k, again, NULL, NULL),
				 0);
		assert_memory_equal(again, assign, sizeof(again));
	}
	/* complete linkage: 9 km north joins, but a report 17 km north is
	 * within 10 km of that one only, and must not chain in */
	e = strike("m7", "a7", 14);
	move_km(&e, 17);
	fill(&m[0], &e, NULL, 14);
	e = strike("m1", "a1", 14);
	fill(&m[1], &e, NULL, 14);
	e = strike("m6", "a6", 14);
	move_km(&e, 9);
	fill(&m[2], &e, NULL, 14);
	qsort(m, 3, sizeof(m[0]), cmp_m);
	assert_int_equal(sr__merge_cluster(m, 3, 0, assign, NULL, NULL), 0);
	assert_string_equal(m[2].ev.event_id, "m7");
	assert_int_equal(assign[2], 2);
	/* a review rule keeps m3 out */
	e = strike("m1", "a1", 14);
	fill(&m[0], &e, NULL, 14);
	e = strike("m3", "a3", 14);
	fill(&m[1], &e, NULL, 14);
	assert_int_equal(sr__merge_cluster(m, 2, 0, assign, rule_split, NULL),
			 0);
	assert_int_equal(assign[1], 1);
}

struct revs {
	int n;
	char line[8][200];
};

static int collect_rev(void *ud, const struct sr_merge_revision *r)
{
	struct revs *v = ud;

	if (v->n < 8)
		snprintf(v->line[v->n++], sizeof(v->line[0]), "%s %s->%s %s",
			 r->field, r->old_value, r->new_value, r->article_id);
	return 0;
}

static void test_combine(void **state)
{
	struct sr_merge_mention m[3];
	struct sr_merge_member info[3];
	struct sr_event e, out;
	struct revs v;

	(void)state;
	/* two reports on the day (3 killed, one only "the region"), one the
	 * next day with 7 */
	e = strike("m1", "a1", 14);
	e.fatalities = 3;
	e.geo_precision = 3;
	e.location = NULL;
	fill(&m[0], &e, "Wire One", 14);
	e = strike("m2", "a2", 14);
	e.fatalities = 3;
	fill(&m[1], &e, "Wire Two", 14);
	e = strike("m3", "a3", 14);
	e.fatalities = 7;
	e.status = SR_STATUS_CLAIMED;
	fill(&m[2], &e, "Wire One", 15);
	memset(&v, 0, sizeof(v));
	assert_int_equal(sr__merge_combine(m, 3, &out, info, collect_rev, &v),
			 0);
	assert_string_equal(out.event_id, "m1");
	assert_int_equal(out.fatalities, 7);
	assert_int_equal(out.geo_precision, 1);
	assert_string_equal(out.location, "Kharkiv");
	assert_int_equal(out.status, SR_STATUS_CONFIRMED);
	assert_non_null(strstr(info[2].provides, "fatalities"));
	assert_non_null(strstr(info[1].provides, "place"));
	assert_non_null(strstr(info[0].reason, "anchor"));
	assert_non_null(strstr(info[1].reason, "same region"));
	assert_int_equal(v.n, 3);
	assert_string_equal(v.line[0], "place Kharkiv Oblast (geo precision "
				       "3)->Kharkiv (geo precision 1) a2");
	assert_string_equal(v.line[1], "status reported->confirmed a2");
	assert_string_equal(v.line[2], "fatalities 3->7 a3");

	/* one outlet twice is not confirmation; a denial wins */
	m[1].source = m[1].source_key = "Wire One";
	assert_int_equal(sr__merge_combine(m, 2, &out, info, NULL, NULL), 0);
	assert_int_equal(out.status, SR_STATUS_REPORTED);
	e = strike("m1", "a1", 14);
	e.status = SR_STATUS_CLAIMED;
	e.claimed_by = "the ministry";
	fill(&m[0], &e, "Wire One", 14);
	e = strike("m2", "a2", 14);
	e.status = SR_STATUS_DENIED;
	fill(&m[1], &e, "Wire Two", 15);
	memset(&v, 0, sizeof(v));
	assert_int_equal(sr__merge_combine(m, 2, &out, info, collect_rev, &v),
			 0);
	assert_int_equal(out.status, SR_STATUS_DENIED);
	assert_string_equal(out.claimed_by, "the ministry");
	assert_int_equal(v.n, 1);
	assert_string_equal(v.line[0], "status claimed->denied a2");
}


/* ---- through the store ---- */

static const char *const texts[4] = {
	"A missile hit flats in Kharkiv on Tuesday, killing three.",
	"Three died as a missile struck Kharkiv flats on Tuesday.",
	"The toll of Tuesday's missile strike on Kharkiv rose to seven.",
	"Shelling hit the village of Lisne on Tuesday, wounding two.",
};

/* Article k (0..3) with its one mention. */
static void put_article(struct sr_db *db, struct sr_doc *doc, int k,
			const char *text)
{
	static const char *const ids[4] = { "art-a", "art-b", "art-c",
					    "art-d" };
	struct sr_article a;
	struct sr_event e;
	struct sr_diag d;
	char mid[40];

	memset(&a, 0, sizeof(a));
	a.id = ids[k];
	a.file = "t";
	a.date = (struct sr_ymd){ 2024, 5, k == 2 ? 15 : 14 };
	a.text = text;
	a.text_len = strlen(text);
	snprintf(mid, sizeof(mid), "men-%c-%zu", 'a' + k, strlen(text));
	e = strike(mid, a.id, 14);
	e.fatalities = k == 0 || k == 1 ? 3 : k == 2 ? 7 : SR_NULL_COUNT;
	if (k == 3) {
		move_km(&e, 40);
		e.location = "Lisne";
		e.injured = 2;
	}
	e.sentence = (struct sr_span){ 0, (uint32_t)a.text_len };
	sr__doc_reset(doc);
	assert_int_equal(sr__doc_push(doc, &e), 0);
	assert_true(sr_db_put(db, &a, doc, &d) >= 0);
}

struct summary {
	char text[1024];
};

static int summarise(void *ud, const struct sr_event *ev)
{
	struct summary *s = ud;
	size_t n = strlen(s->text), i;

	n += (size_t)snprintf(s->text + n, sizeof(s->text) - n,
			      "%s f=%lld i=%lld %s [", ev->event_id,
			      (long long)ev->fatalities,
			      (long long)ev->injured,
			      sr_status_name(ev->status));
	for (i = 0; i < ev->source_count && n < sizeof(s->text); i++)
		n += (size_t)snprintf(s->text + n, sizeof(s->text) - n, "%s ",
				      ev->sources[i].article_id);
	if (n < sizeof(s->text))
		snprintf(s->text + n, sizeof(s->text) - n, "]\n");
	return 0;
}

static void summary_of(struct sr_db *db, struct summary *s)
{
	struct sr_diag d;

	memset(s, 0, sizeof(*s));
	assert_int_equal(sr_db_query(db, NULL, summarise, s, &d), 0);
}

static void rm_db(const char *p)
{
	char x[320];

	unlink(p);
	snprintf(x, sizeof(x), "%s-wal", p);
	unlink(x);
	snprintf(x, sizeof(x), "%s-shm", p);
	unlink(x);
}

static void test_store_orders(void **state)
{
	char dir[] = "/tmp/sitrep-merge-XXXXXX", path[300];
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct summary first, got;
	int p[4], n = 0, i;
	int64_t ne;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/m.db", dir);
	assert_int_equal(sr_doc_new(&doc), 0);
	memset(&first, 0, sizeof(first));
	for (p[0] = 0; p[0] < 4; p[0]++)
	for (p[1] = 0; p[1] < 4; p[1]++)
	for (p[2] = 0; p[2] < 4; p[2]++)
	for (p[3] = 0; p[3] < 4; p[3]++) {
		if (p[0] == p[1] || p[0] == p[2] || p[0] == p[3] ||
		    p[1] == p[2] || p[1] == p[3] || p[2] == p[3])
			continue;
		rm_db(path);
		assert_int_equal(sr_db_open(&db, path, &d), 0);
		for (i = 0; i < 4; i++)
			put_article(db, doc, p[i], texts[p[i]]);
		summary_of(db, &got);
		if (!n++)
			first = got;
		else if (strcmp(first.text, got.text))
			fail_msg("order %d%d%d%d:\n%s\nwant\n%s", p[0], p[1],
				 p[2], p[3], got.text, first.text);
		sr_db_close(db);
	}
	assert_int_equal(n, 24);
	/* the strike: earliest report is the anchor, revised toll, three
	 * sources; the village: its own event */
	assert_non_null(strstr(first.text, "f=7 i=-1 confirmed [art-a art-b "
					   "art-c ]"));
	assert_non_null(strstr(first.text, "f=-1 i=2 reported [art-d ]"));

	/* replacing article c with a text whose report is elsewhere moves it
	 * out: the toll goes back to 3 */
	assert_int_equal(sr_db_open(&db, path, &d), 0);
	{
		struct sr_article a;
		struct sr_event e;

		memset(&a, 0, sizeof(a));
		a.id = "art-c";
		a.file = "t";
		a.date = (struct sr_ymd){ 2024, 5, 15 };
		a.text = "Correction: the strike with seven dead was in Sumy.";
		a.text_len = strlen(a.text);
		e = strike("men-c-new", "art-c", 14);
		e.location = "Sumy";
		e.latitude = 50.92;
		e.longitude = 34.80;
		e.fatalities = 7;
		sr__doc_reset(doc);
		assert_int_equal(sr__doc_push(doc, &e), 0);
		assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
	}
	summary_of(db, &got);
	assert_non_null(strstr(got.text, "f=3 i=-1 confirmed [art-a art-b ]"));
	assert_non_null(strstr(got.text, "men-c-new f=7"));
	assert_int_equal(sr_db_counts(db, NULL, &ne), 0);
	assert_int_equal(ne, 3);
	assert_int_equal(sr_db_explain(db, "sr-none", stdout, &d),
			 SR_ENOTFOUND);
	sr_db_close(db);
	rm_db(path);
	rmdir(dir);
	sr_doc_free(doc);
}

struct bad {
	int n;
	uint32_t line[8];
};

static void on_bad(void *ud, const struct sr_diag *d)
{
	struct bad *b = ud;

	if (b->n < 8)
		b->line[b->n++] = d->line;
}

static void test_store_review(void **state)
{
	char dir[] = "/tmp/sitrep-review-XXXXXX", path[300], file[300];
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct summary got;
	struct bad bad;
	size_t applied = 0;
	FILE *f;
	int i;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/r.db", dir);
	snprintf(file, sizeof(file), "%s/fix.tsv", dir);
	assert_int_equal(sr_doc_new(&doc), 0);
	assert_int_equal(sr_db_open(&db, path, &d), 0);
	for (i = 0; i < 4; i++)
		put_article(db, doc, i, texts[i]);
	summary_of(db, &got);
	f = fopen(file, "w");
	assert_non_null(f);
	fprintf(f, "# a comment\n\nevent_id\tfatalities\tstatus\tkind\n"
		"men-a-57\t9\t\t\n"            /* line 4: applied */
		"men-a-57\tnine\t\t\n"         /* 5: bad count */
		"men-d-59\t\tdenied\tgrenade\n" /* 6: applied (2) */
		"nosuch\t1\t\t\n"              /* 7: no event */
		"men-d-59\t\t\tno_such_kind\n"); /* 8: bad kind */
	fclose(f);
	memset(&bad, 0, sizeof(bad));
	assert_int_equal(sr_db_review_apply(db, file, "unit", on_bad, &bad,
					    &applied, &d), SR_EINPUT);
	assert_int_equal(bad.n, 3);
	assert_int_equal(bad.line[0], 5);
	assert_int_equal(bad.line[1], 7);
	assert_int_equal(bad.line[2], 8);
	assert_int_equal(applied, 3);
	summary_of(db, &got);
	assert_non_null(strstr(got.text, "men-a-57 f=9 "));
	assert_non_null(strstr(got.text, "men-d-59 f=-1 i=2 denied"));
	/* a later report re-merges the strike: the correction stays */
	put_article(db, doc, 2, "Seven are now known dead after Tuesday.");
	summary_of(db, &got);
	assert_non_null(strstr(got.text, "men-a-57 f=9 i=-1 confirmed [art-a "
					 "art-b art-c ]"));
	/* a missing file is an error of its own */
	assert_true(sr_db_review_apply(db, "/nonexistent/x.tsv", NULL, NULL,
				       NULL, NULL, &d) < 0);
	sr_db_close(db);
	rm_db(path);
	unlink(file);
	rmdir(dir);
	sr_doc_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_compat_table),
		cmocka_unit_test(test_cluster),
		cmocka_unit_test(test_combine),
		cmocka_unit_test(test_store_orders),
		cmocka_unit_test(test_store_review),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
