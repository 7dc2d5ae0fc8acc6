/*
 * test_store.c - the store (src/store): open/close, put and re-put,
 * every field back from a query, each query filter, hostile text queries,
 * bad files and transactions that must leave nothing behind.
 */
#include "testutil.h"

#include "extract/extract.h"
#include "store/store.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static char tmpdir[64];
static char dbpath[128];

static const char TEXT1[] =
	"On Tuesday a drone hit a fuel depot in Veltrava, killing two guards. "
	"Officials in Morsk said artillery fire wounded five civilians. "
	"The Grey Wolves battalion claimed it downed a helicopter near Kessel.";

static const char TEXT2[] =
	"Rocket fire damaged a bridge outside Orlivka on Friday morning.";

/* ---- helpers -------------------------------------------------------- */

static void rm_db(const char *path)
{
	char p[256];

	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
}

static int setup(void **state)
{
	(void)state;
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/sitrep-store-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(dbpath, sizeof(dbpath), "%s/t.db", tmpdir);
	return 0;
}

static int teardown(void **state)
{
	char p[256];

	(void)state;
	rm_db(dbpath);
	snprintf(p, sizeof(p), "%s/garbage.db", tmpdir);
	unlink(p);
	rmdir(tmpdir);
	return 0;
}

static struct sr_span span_of(const char *text, const char *word)
{
	const char *p = strstr(text, word);
	struct sr_span s = { 0, 0 };

	assert_non_null(p);
	s.off = (uint32_t)(p - text);
	s.len = (uint32_t)strlen(word);
	return s;
}

/* The span of the sentence of text that contains word. */
static struct sr_span sentence_of(const char *text, const char *word)
{
	struct sr_span w = span_of(text, word), s;
	uint32_t b = w.off, e = w.off;

	while (b > 0 && !(text[b - 1] == ' ' && text[b - 2] == '.'))
		b--;
	while (text[e] && text[e] != '.')
		e++;
	s.off = b;
	s.len = e + 1 - b;
	return s;
}

static struct sr_article article(const char *id, const char *text,
				 const char *date)
{
	struct sr_article a;

	memset(&a, 0, sizeof(a));
	a.id = id;
	a.file = "test.jsonl";
	a.line = 1;
	if (date)
		assert_int_equal(sr_ymd_parse(date, 10, &a.date), 0);
	a.title = "Overnight strikes";
	a.url = "https://example.org/a";
	a.source = "Example Wire";
	a.text = text;
	a.text_len = strlen(text);
	return a;
}

/* Three events of TEXT1 in article aid: a fully filled one, one with
 * NULL fatalities, one with 0 fatalities and no place. */
static void doc1(struct sr_doc *doc, const char *aid, const char *text)
{
	struct sr_event ev;

	sr__doc_reset(doc);
	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "%s-e1", aid);
	ev.article_id = aid;
	ev.event_date = (struct sr_ymd){ 2024, 3, 5 };
	ev.time_precision = 1;
	ev.kind = "drone_strike";
	ev.disorder_type = "Political violence";
	ev.event_type = "Explosions/Remote violence";
	ev.sub_event_type = "Air/drone strike";
	ev.plover_type = "ATTACK";
	ev.plover_mode = "aerial";
	ev.cameo_code = "195";
	ev.actor1 = "Military Forces of Russia";
	ev.actor1_iso3 = "RUS";
	ev.actor2 = "Civilians";
	ev.actor2_iso3 = "UKR";
	ev.location = "Veltrava";
	ev.admin1 = "Kharkiv";
	ev.country = "Ukraine";
	ev.iso3 = "UKR";
	ev.latitude = 50.0;
	ev.longitude = 36.25;
	ev.geo_precision = 1;
	ev.gazetteer_id = 706483;
	ev.fatalities = 2;
	ev.fatalities_low = 2;
	ev.fatalities_high = 2;
	ev.injured = SR_NULL_COUNT;
	ev.quantity = "1 drone";
	ev.weapons = "drone";
	ev.status = SR_STATUS_REPORTED;
	ev.confidence = 0.875;
	ev.sentence = sentence_of(text, "fuel depot");
	ev.spans.trigger = span_of(text, "hit");
	ev.spans.place = span_of(text, "Veltrava");
	ev.spans.date = span_of(text, "Tuesday");
	ev.spans.fatalities = span_of(text, "killing two");
	ev.spans.weapons = span_of(text, "drone");
	ev.rule = "strike.hit.v1";
	ev.text = text;
	ev.text_len = strlen(text);
	assert_int_equal(sr__doc_push(doc, &ev), 0);

	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "%s-e2", aid);
	ev.article_id = aid;
	ev.event_date = (struct sr_ymd){ 2024, 3, 4 };
	ev.time_precision = 2;
	ev.kind = "shelling";
	ev.location = "Morsk";
	ev.country = "Ukraine";
	ev.iso3 = "UKR";
	ev.latitude = 46.5;
	ev.longitude = 30.75;
	ev.geo_precision = 2;
	ev.injured = 5;
	ev.injured_low = 5;
	ev.injured_high = 7;
	ev.status = SR_STATUS_CONFIRMED;
	ev.historical = true;
	ev.confidence = 0.5;
	ev.sentence = sentence_of(text, "Morsk");
	ev.spans.trigger = span_of(text, "artillery fire");
	ev.spans.injured = span_of(text, "wounded five");
	ev.spans.place = span_of(text, "Morsk");
	ev.rule = "shell.fire.v1";
	ev.text = text;
	ev.text_len = strlen(text);
	assert_int_equal(sr__doc_push(doc, &ev), 0);

	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "%s-e3", aid);
	ev.article_id = aid;
	ev.kind = "shootdown";
	ev.country = "Russia";
	ev.iso3 = "RUS";
	ev.fatalities = 0;
	ev.status = SR_STATUS_CLAIMED;
	ev.claimed_by = "Grey Wolves battalion";
	ev.sentence = sentence_of(text, "Kessel");
	ev.spans.claim = span_of(text, "claimed");
	ev.spans.actor1 = span_of(text, "Grey Wolves battalion");
	ev.spans.quantity = span_of(text, "a helicopter");
	ev.rule = "claim.down.v1";
	ev.text = text;
	ev.text_len = strlen(text);
	assert_int_equal(sr__doc_push(doc, &ev), 0);
}

#define MAX_GOT 64

/* What a query returned: ids, in order, and a copy of a few fields. */
struct got {
	size_t n;
	char id[MAX_GOT][40];
	size_t sources[MAX_GOT]; /* source_count of each */
	int stop_after; /* return 7 from the callback after this many; 0 never */
	const struct sr_doc *want; /* compare every field against this doc */
	const char *want_text;
};

static void assert_str_eq(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

static void assert_event_eq(const struct sr_event *w, const struct sr_event *g,
			    const char *text)
{
	assert_string_equal(w->event_id, g->event_id);
	assert_str_eq(w->article_id, g->article_id);
	assert_int_equal(w->event_date.y, g->event_date.y);
	if (w->event_date.y) {
		assert_int_equal(w->event_date.m, g->event_date.m);
		assert_int_equal(w->event_date.d, g->event_date.d);
	}
	assert_int_equal(w->time_precision, g->time_precision);
	assert_str_eq(w->kind, g->kind);
	assert_str_eq(w->disorder_type, g->disorder_type);
	assert_str_eq(w->event_type, g->event_type);
	assert_str_eq(w->sub_event_type, g->sub_event_type);
	assert_str_eq(w->plover_type, g->plover_type);
	assert_str_eq(w->plover_mode, g->plover_mode);
	assert_str_eq(w->cameo_code, g->cameo_code);
	assert_str_eq(w->actor1, g->actor1);
	assert_str_eq(w->actor1_iso3, g->actor1_iso3);
	assert_str_eq(w->actor2, g->actor2);
	assert_str_eq(w->actor2_iso3, g->actor2_iso3);
	assert_str_eq(w->location, g->location);
	assert_str_eq(w->admin1, g->admin1);
	assert_str_eq(w->country, g->country);
	assert_str_eq(w->iso3, g->iso3);
	assert_true(w->latitude == g->latitude);
	assert_true(w->longitude == g->longitude);
	assert_int_equal(w->geo_precision, g->geo_precision);
	assert_int_equal(w->gazetteer_id, g->gazetteer_id);
	assert_int_equal(w->fatalities, g->fatalities);
	assert_int_equal(w->fatalities_low, g->fatalities_low);
	assert_int_equal(w->fatalities_high, g->fatalities_high);
	assert_int_equal(w->injured, g->injured);
	assert_int_equal(w->injured_low, g->injured_low);
	assert_int_equal(w->injured_high, g->injured_high);
	assert_str_eq(w->quantity, g->quantity);
	assert_str_eq(w->weapons, g->weapons);
	assert_int_equal(w->status, g->status);
	assert_str_eq(w->claimed_by, g->claimed_by);
	assert_int_equal(w->historical, g->historical);
	assert_true(w->confidence == g->confidence);
	assert_memory_equal(&w->sentence, &g->sentence, sizeof(w->sentence));
	assert_memory_equal(&w->spans, &g->spans, sizeof(w->spans));
	assert_str_eq(w->rule, g->rule);
	/* text is the article text, so every span reads the same words */
	assert_non_null(g->text);
	assert_int_equal(g->text_len, strlen(text));
	assert_memory_equal(g->text, text, g->text_len);
	if (w->spans.place.len)
		assert_memory_equal(g->text + g->spans.place.off,
				    text + w->spans.place.off,
				    w->spans.place.len);
}

static int collect(void *ud, const struct sr_event *ev)
{
	struct got *g = ud;
	size_t i;

	assert_true(g->n < MAX_GOT);
	snprintf(g->id[g->n], sizeof(g->id[0]), "%s", ev->event_id);
	g->sources[g->n] = ev->source_count;
	g->n++;
	if (g->want) {
		for (i = 0; i < sr_doc_event_count(g->want); i++) {
			const struct sr_event *w = sr_doc_event(g->want, i);
			if (!strcmp(w->event_id, ev->event_id)) {
				assert_event_eq(w, ev, g->want_text);
				break;
			}
		}
		assert_true(i < sr_doc_event_count(g->want));
	}
	return g->stop_after && (int)g->n >= g->stop_after ? 7 : 0;
}

static size_t query(struct sr_db *db, const struct sr_query *q,
		    struct got *g)
{
	struct sr_diag d;

	int rc;

	memset(g, 0, sizeof(*g));
	rc = sr_db_query(db, q, collect, g, &d);
	if (rc)
		fail_msg("query: rc %d: %s: %s", rc, d.file, d.msg);
	return g->n;
}

static void counts_are(struct sr_db *db, int64_t na, int64_t ne)
{
	int64_t a = -1, e = -1;

	assert_int_equal(sr_db_counts(db, &a, &e), 0);
	assert_int_equal(a, na);
	assert_int_equal(e, ne);
}

/* A db at dbpath holding a1 = TEXT1 (3 events) and a2 = TEXT2 (1). */
static struct sr_db *filled_db(struct sr_doc *doc)
{
	struct sr_db *db = NULL;
	struct sr_diag d;
	struct sr_article a;
	struct sr_event ev;

	rm_db(dbpath);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	a = article("a1", TEXT1, "2024-03-06");
	doc1(doc, "a1", TEXT1);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 1);

	a = article("a2", TEXT2, "2024-03-09");
	a.title = NULL;
	sr__doc_reset(doc);
	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "a2-e1");
	ev.event_date = (struct sr_ymd){ 2024, 3, 8 };
	ev.kind = "shelling";
	ev.location = "Orlivka";
	ev.country = "Ukraine";
	ev.iso3 = "UKR";
	ev.latitude = 48.0;
	ev.longitude = 37.8;
	ev.geo_precision = 1;
	ev.sentence = (struct sr_span){ 0, (uint32_t)strlen(TEXT2) };
	ev.spans.trigger = span_of(TEXT2, "Rocket fire");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
	counts_are(db, 2, 4);
	return db;
}

/* ---- tests ---------------------------------------------------------- */

static void test_fts_expr(void **state)
{
	static const struct {
		const char *in, *out; /* out NULL: SR_EUSAGE */
	} cases[] = {
		{ "helicopter", " \"helicopter\"" },
		{ "  drone   strike ", " \"drone\" \"strike\"" },
		{ "\"fuel depot\"", " \"fuel depot\"" },
		{ "\"fuel depot", " \"fuel depot\"" },
		{ "helico*", " \"helico\"*" },
		{ "\"fuel dep\"*", " \"fuel dep\"*" },
		{ "a OR b", " \"a\" OR \"b\"" },
		{ "a or b", " \"a\" \"or\" \"b\"" },
		{ "NOT x AND (y OR z)",
		  " NOT \"x\" AND ( \"y\" OR \"z\" )" },
		{ "title:x", " \"title:x\"" },
		{ "NEAR(a b)", " \"NEAR\" ( \"a\" \"b\" )" },
		{ "it's", " \"it's\"" },
		{ "a\"b", " \"a\" \"b\"" },
		{ "Kharkiv-based", " \"Kharkiv-based\"" },
		{ "^x", " \"^x\"" },
		{ "", NULL },
		{ "   ", NULL },
		{ "*", NULL },
		{ "\"\"", NULL },
		{ "AND OR (", NULL },
	};
	struct sr_buf b;
	size_t i;
	int rc;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		sr__buf_init(&b, 0);
		rc = sr__store_fts_expr(cases[i].in, &b);
		if (!cases[i].out) {
			if (rc != SR_EUSAGE)
				fail_msg("'%s': rc %d", cases[i].in, rc);
		} else if (rc || strcmp(b.data, cases[i].out)) {
			fail_msg("'%s': rc %d, got [%s] want [%s]", cases[i].in,
				 rc, b.data ? b.data : "", cases[i].out);
		}
		sr__buf_clear(&b);
	}
}

static void test_spans_json(void **state)
{
	static const char *const junk[] = {
		"", "{", "null", "[]", "{\"trigger\":[1]}",
		"{\"trigger\":[x,2]}", "{\"place\":[99999999999,1]}",
		"{\"place\":[-1,2]}", "\"trigger\":[",
	};
	struct sr_spans sp, back;
	char buf[512];
	size_t i;

	(void)state;
	memset(&sp, 0, sizeof(sp));
	sr__store_spans_json(&sp, buf, sizeof(buf));
	assert_string_equal(buf, "{}");
	sp.trigger = (struct sr_span){ 3, 7 };
	sp.claim = (struct sr_span){ 0, 1 };
	sp.quantity = (struct sr_span){ UINT32_MAX - 1, 1 };
	sr__store_spans_json(&sp, buf, sizeof(buf));
	assert_string_equal(buf, "{\"trigger\":[3,7],\"quantity\":"
				 "[4294967294,1],\"claim\":[0,1]}");
	sr__store_spans_parse(buf, &back);
	assert_memory_equal(&sp, &back, sizeof(sp));
	/* all ten at their largest fit */
	memset(&sp, 0xff, sizeof(sp));
	sr__store_spans_json(&sp, buf, sizeof(buf));
	sr__store_spans_parse(buf, &back);
	assert_memory_equal(&sp, &back, sizeof(sp));
	for (i = 0; i < SR_ARRAY_LEN(junk); i++) {
		memset(&back, 0x55, sizeof(back));
		sr__store_spans_parse(junk[i], &back);
		memset(&sp, 0, sizeof(sp));
		assert_memory_equal(&sp, &back, sizeof(sp));
	}
	sr__store_spans_parse(NULL, &back);
}

static void test_geo_helpers(void **state)
{
	double box[4];

	(void)state;
	/* Kyiv - Lviv, about 468 km */
	assert_true(fabs(sr__store_haversine_km(50.45, 30.52, 49.84, 24.03) -
			 468) < 5);
	assert_true(sr__store_haversine_km(10, 20, 10, 20) == 0);
	assert_true(fabs(sr__store_haversine_km(0, 0, 0, 180) - 20015) < 5);
	sr__store_near_box(50, 30, 100, box);
	assert_true(box[0] < 50 - 0.899 && box[0] > 50 - 0.95);
	assert_true(box[1] > 50 + 0.899 && box[1] < 50 + 0.95);
	assert_true(box[2] < 30 - 1.4 && box[2] > 30 - 1.6);
	assert_true(box[3] > 30 + 1.4 && box[3] < 30 + 1.6);
	/* near a pole and across the antimeridian: all longitudes */
	sr__store_near_box(89.5, 10, 100, box);
	assert_true(box[2] == -180 && box[3] == 180);
	sr__store_near_box(0, 179.9, 50, box);
	assert_true(box[2] == -180 && box[3] == 180);
}

static void test_country(void **state)
{
	static const struct {
		const char *in, *iso3;
	} cases[] = {
		{ "UKR", "UKR" }, { "ukr", "UKR" }, { "UA", "UKR" },
		{ "ua", "UKR" },  { "Ukraine", "UKR" }, { "ukraine", "UKR" },
		{ "RU", "RUS" },  { "Russia", "RUS" }, { "XYZ", "XYZ" },
		{ "Atlantis", "" }, { "", "" }, { "Q", "" }, { "QQ", "" },
	};
	char buf[4];
	size_t i;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		sr__store_country_iso3(cases[i].in, buf);
		if (strcmp(buf, cases[i].iso3))
			fail_msg("'%s': got '%s' want '%s'", cases[i].in, buf,
				 cases[i].iso3);
	}
}

static void test_default_path(void **state)
{
	(void)state;
	unsetenv("SITREP_DB");
	assert_string_equal(sr_default_db_path(), "sitrep.db");
	setenv("SITREP_DB", "/tmp/x.db", 1);
	assert_string_equal(sr_default_db_path(), "/tmp/x.db");
	setenv("SITREP_DB", "", 1);
	assert_string_equal(sr_default_db_path(), "sitrep.db");
	unsetenv("SITREP_DB");
}

static void test_open_close(void **state)
{
	struct sr_db *db = NULL;
	struct sr_diag d;

	(void)state;
	rm_db(dbpath);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	assert_non_null(db);
	counts_are(db, 0, 0);
	sr_db_close(db);
	/* reopening an existing store works and keeps it */
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	counts_are(db, 0, 0);
	sr_db_close(db);
	sr_db_close(NULL);
}

static void test_roundtrip(void **state)
{
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct sr_article a;
	struct got g;

	(void)state;
	rm_db(dbpath);
	assert_int_equal(sr_doc_new(&doc), 0);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	a = article("a1", TEXT1, "2024-03-06");
	doc1(doc, "a1", TEXT1);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
	counts_are(db, 1, 3);

	/* back field by field, ordered by date (unknown first) then id */
	memset(&g, 0, sizeof(g));
	g.want = doc;
	g.want_text = TEXT1;
	assert_int_equal(sr_db_query(db, NULL, collect, &g, &d), 0);
	assert_int_equal(g.n, 3);
	assert_string_equal(g.id[0], "a1-e3");
	assert_string_equal(g.id[1], "a1-e2");
	assert_string_equal(g.id[2], "a1-e1");

	/* and again after closing and reopening */
	sr_db_close(db);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	memset(&g, 0, sizeof(g));
	g.want = doc;
	g.want_text = TEXT1;
	assert_int_equal(sr_db_query(db, NULL, collect, &g, &d), 0);
	assert_int_equal(g.n, 3);

	/* a callback's non-zero return stops the query and comes back */
	memset(&g, 0, sizeof(g));
	g.stop_after = 2;
	assert_int_equal(sr_db_query(db, NULL, collect, &g, &d), 7);
	assert_int_equal(g.n, 2);

	sr_db_close(db);
	sr_doc_free(doc);
}

static void test_reput(void **state)
{
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct sr_article a;
	struct sr_query q;
	struct sr_event ev;
	struct got g;
	static const char changed[] =
		"Correction: the drone hit a grain silo in Veltrava, not a "
		"fuel depot; nobody was hurt.";

	(void)state;
	assert_int_equal(sr_doc_new(&doc), 0);
	db = filled_db(doc);

	/* the same article again: 0, nothing changes */
	a = article("a1", TEXT1, "2024-03-06");
	doc1(doc, "a1", TEXT1);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 0);
	counts_are(db, 2, 4);
	/* even with other events: same id and text means already stored */
	sr__doc_reset(doc);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 0);
	counts_are(db, 2, 4);

	/* same id, changed text: the article and its events are replaced */
	a = article("a1", changed, "2024-03-07");
	sr__doc_reset(doc);
	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "a1-new");
	ev.kind = "drone_strike";
	ev.event_date = (struct sr_ymd){ 2024, 3, 5 };
	ev.sentence = (struct sr_span){ 0, (uint32_t)strlen(changed) };
	ev.spans.place = span_of(changed, "Veltrava");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
	counts_are(db, 2, 2);
	memset(&q, 0, sizeof(q));
	assert_int_equal(query(db, &q, &g), 2);
	assert_string_equal(g.id[0], "a1-new");
	assert_string_equal(g.id[1], "a2-e1");
	/* the text index follows the new text */
	q.q = "silo";
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a1-new");
	q.q = "helicopter";
	assert_int_equal(query(db, &q, &g), 0);
	/* the old points left the R*Tree: Veltrava's point is gone */
	memset(&q, 0, sizeof(q));
	q.near = true;
	q.near_lat = 50.0;
	q.near_lon = 36.25;
	q.near_km = 5;
	assert_int_equal(query(db, &q, &g), 0);

	sr_db_close(db);
	sr_doc_free(doc);
}

static void test_filters(void **state)
{
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_query q;
	struct got g;

	(void)state;
	assert_int_equal(sr_doc_new(&doc), 0);
	db = filled_db(doc);
	/* events: a1-e3 (no date, RUS), a1-e2 03-04 Morsk 46.5,30.75,
	 * a1-e1 03-05 Veltrava 50.0,36.25, a2-e1 03-08 Orlivka 48.0,37.8 */

	memset(&q, 0, sizeof(q));
	q.from = (struct sr_ymd){ 2024, 3, 4 };
	q.to = (struct sr_ymd){ 2024, 3, 5 };
	assert_int_equal(query(db, &q, &g), 2); /* inclusive both ends */
	assert_string_equal(g.id[0], "a1-e2");
	assert_string_equal(g.id[1], "a1-e1");
	q.to.y = 0;
	q.from = (struct sr_ymd){ 2024, 3, 6 };
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a2-e1");
	q.from.y = 0;
	q.to = (struct sr_ymd){ 2024, 3, 3 };
	assert_int_equal(query(db, &q, &g), 0); /* unknown dates excluded */

	memset(&q, 0, sizeof(q));
	q.kind = "shelling";
	assert_int_equal(query(db, &q, &g), 2);
	assert_string_equal(g.id[0], "a1-e2");
	assert_string_equal(g.id[1], "a2-e1");
	q.kind = "no_such_kind";
	assert_int_equal(query(db, &q, &g), 0);

	memset(&q, 0, sizeof(q));
	q.country = "UKR";
	assert_int_equal(query(db, &q, &g), 3);
	q.country = "ukr";
	assert_int_equal(query(db, &q, &g), 3);
	q.country = "Ukraine";
	assert_int_equal(query(db, &q, &g), 3);
	q.country = "UKRAINE";
	assert_int_equal(query(db, &q, &g), 3);
	q.country = "rus";
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a1-e3");
	q.country = "RU";
	assert_int_equal(query(db, &q, &g), 1);
	q.country = "ua";
	assert_int_equal(query(db, &q, &g), 3);
	q.country = "Atlantis";
	assert_int_equal(query(db, &q, &g), 0);
	q.country = "' OR 1=1 --";
	assert_int_equal(query(db, &q, &g), 0);

	/* near Veltrava: Orlivka is ~250 km away, Morsk ~580 km */
	memset(&q, 0, sizeof(q));
	q.near = true;
	q.near_lat = 50.02;
	q.near_lon = 36.3;
	q.near_km = 10;
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a1-e1");
	q.near_km = 300;
	assert_int_equal(query(db, &q, &g), 2);
	assert_string_equal(g.id[0], "a1-e1");
	assert_string_equal(g.id[1], "a2-e1");
	/* a point just inside the box's corner but outside the circle */
	q.near_lat = 48.6;
	q.near_lon = 37.2;
	q.near_km = 75; /* Orlivka is ~80 km away, inside the 75 km box */
	assert_int_equal(query(db, &q, &g), 0);
	q.near_km = 85;
	assert_int_equal(query(db, &q, &g), 1);

	memset(&q, 0, sizeof(q));
	q.q = "helicopter";
	assert_int_equal(query(db, &q, &g), 3); /* all events of a1 */
	q.q = "bridge";
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a2-e1");
	q.q = "bridge OR helicopter";
	assert_int_equal(query(db, &q, &g), 4);
	q.q = "bridge AND helicopter";
	assert_int_equal(query(db, &q, &g), 0);
	q.q = "helico*";
	assert_int_equal(query(db, &q, &g), 3);
	q.q = "\"fuel depot\"";
	assert_int_equal(query(db, &q, &g), 3);
	q.q = "\"depot fuel\"";
	assert_int_equal(query(db, &q, &g), 0);
	q.q = "Overnight"; /* title of a1 */
	assert_int_equal(query(db, &q, &g), 3);
	q.q = "Grey-Wolves";
	assert_int_equal(query(db, &q, &g), 3);

	/* filters combine */
	memset(&q, 0, sizeof(q));
	q.q = "helicopter";
	q.kind = "shelling";
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a1-e2");

	memset(&q, 0, sizeof(q));
	q.limit = 2;
	assert_int_equal(query(db, &q, &g), 2);
	assert_string_equal(g.id[0], "a1-e3");
	assert_string_equal(g.id[1], "a1-e2");
	q.limit = 1;
	q.near = true;
	q.near_lat = 50.02;
	q.near_lon = 36.3;
	q.near_km = 1000;
	assert_int_equal(query(db, &q, &g), 1);

	sr_db_close(db);
	sr_doc_free(doc);
}

static void test_bad_queries(void **state)
{
	static const char *const junk[] = {
		"\"unbalanced", "AND OR (", ")", "(", "*", "**", "NEAR(",
		"NEAR(a b, 2)", "title:helicopter", "text : x", "^start",
		"a\" OR \"b", "'; DROP TABLE events; --", "-", "- -x",
		"\"\"", "\"\"\"", "OR", "NOT", "a NOT", "{x y}: z", "x + y",
		"\x01\x02", "Київ", "helicopter)", "((helicopter",
		"a AND", "\"fuel depot\"* OR", "%_\\",
	};
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_query q;
	struct sr_diag d;
	struct got g;
	size_t i;
	int rc;

	(void)state;
	assert_int_equal(sr_doc_new(&doc), 0);
	db = filled_db(doc);
	for (i = 0; i < SR_ARRAY_LEN(junk); i++) {
		memset(&q, 0, sizeof(q));
		memset(&g, 0, sizeof(g));
		memset(&d, 0, sizeof(d));
		q.q = junk[i];
		rc = sr_db_query(db, &q, collect, &g, &d);
		if (rc != 0 && rc != SR_EUSAGE)
			fail_msg("q=%s: rc %d: %s", junk[i], rc, d.msg);
		if (getenv("SR_STORE_DEBUG"))
			fprintf(stderr, "q=%s -> %d %zu %s\n", junk[i], rc,
				g.n, rc ? d.msg : "");
		if (rc == SR_EUSAGE) {
			assert_int_equal(g.n, 0);
			assert_true(strlen(d.msg) > 0);
		}
	}
	counts_are(db, 2, 4);

	/* the unbalanced quote runs to the end: a phrase */
	memset(&q, 0, sizeof(q));
	q.q = "\"fuel depot";
	assert_int_equal(query(db, &q, &g), 3);
	/* operators without operands are usage errors */
	q.q = "AND OR (";
	assert_int_equal(sr_db_query(db, &q, collect, &g, &d), SR_EUSAGE);
	if (!strstr(d.msg, "AND OR ("))
		fail_msg("%s", d.msg);
	q.q = "";
	assert_int_equal(sr_db_query(db, &q, collect, &g, &d), SR_EUSAGE);
	q.q = "   ";
	assert_int_equal(sr_db_query(db, &q, collect, &g, &d), SR_EUSAGE);

	/* near out of range */
	memset(&q, 0, sizeof(q));
	q.near = true;
	q.near_lat = 91;
	assert_int_equal(sr_db_query(db, &q, collect, &g, &d), SR_EUSAGE);
	q.near_lat = 0;
	q.near_km = -1;
	assert_int_equal(sr_db_query(db, &q, collect, &g, &d), SR_EUSAGE);
	q.near_km = NAN;
	assert_int_equal(sr_db_query(db, &q, collect, &g, &d), SR_EUSAGE);
	assert_int_equal(sr_db_query(db, &q, NULL, &g, &d), SR_EUSAGE);

	sr_db_close(db);
	sr_doc_free(doc);
}

static void write_file(const char *path, const char *s, size_t n)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(s, 1, n, f), n);
	fclose(f);
}

/* Overwrite 4 big-endian bytes of the database header at off. */
static void patch_header(const char *path, long off, uint32_t v)
{
	unsigned char b[4] = { (unsigned char)(v >> 24), (unsigned char)(v >> 16),
			       (unsigned char)(v >> 8), (unsigned char)v };
	FILE *f = fopen(path, "r+b");

	assert_non_null(f);
	assert_int_equal(fseek(f, off, SEEK_SET), 0);
	assert_int_equal(fwrite(b, 1, 4, f), 4);
	fclose(f);
}

static void test_bad_files(void **state)
{
	struct sr_db *db = NULL;
	struct sr_diag d;
	char p[256];
	char junk[4096];
	size_t i;

	(void)state;
	/* garbage */
	snprintf(p, sizeof(p), "%s/garbage.db", tmpdir);
	for (i = 0; i < sizeof(junk); i++)
		junk[i] = (char)(i * 7 + 3);
	write_file(p, junk, sizeof(junk));
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr_db_open(&db, p, &d), SR_ESTORE);
	assert_null(db);
	assert_string_equal(d.file, p);
	assert_non_null(strstr(d.msg, "not a database"));
	/* a text file */
	write_file(p, "hello\n", 6);
	assert_int_equal(sr_db_open(&db, p, &d), SR_ESTORE);
	unlink(p);

	/* a directory that does not exist */
	snprintf(p, sizeof(p), "%s/no/such/dir/x.db", tmpdir);
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr_db_open(&db, p, &d), SR_ESTORE);
	assert_null(db);
	assert_non_null(strstr(d.msg, "cannot open"));
	assert_non_null(strstr(d.msg, "No such file"));
	/* a directory */
	assert_int_equal(sr_db_open(&db, tmpdir, &d), SR_ESTORE);

	/* a newer schema is refused with a clear message */
	rm_db(dbpath);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	sr_db_close(db);
	patch_header(dbpath, 60, 99); /* user_version */
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr_db_open(&db, dbpath, &d), SR_ESTORE);
	assert_non_null(strstr(d.msg, "newer"));
	/* a version 1 file (one event per record, no mentions) is refused
	 * with a message saying what to do */
	patch_header(dbpath, 60, 1);
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr_db_open(&db, dbpath, &d), SR_ESTORE);
	assert_non_null(strstr(d.msg, "older"));
	assert_non_null(strstr(d.msg, "ingest"));
	/* another program's SQLite file */
	patch_header(dbpath, 60, 2);
	patch_header(dbpath, 68, 0); /* application_id */
	assert_int_equal(sr_db_open(&db, dbpath, &d), SR_ESTORE);
	assert_non_null(strstr(d.msg, "not a sitrep database"));
	patch_header(dbpath, 68, 0x53524550);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	sr_db_close(db);

	/* no PostgreSQL in this build */
	assert_int_equal(sr_db_open(&db, "postgres://localhost/x", &d),
			 SR_EUSAGE);
}

static void test_failed_put_leaves_nothing(void **state)
{
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct sr_article a;
	struct sr_event ev;
	struct sr_query q;
	struct got g;
	static const char t3[] = "Two shells fell on a school in Morsk.";

	(void)state;
	assert_int_equal(sr_doc_new(&doc), 0);
	db = filled_db(doc);

	/* two events with one id: the second insert fails, the first and
	 * the article must go too */
	a = article("a3", t3, "2024-03-10");
	sr__doc_reset(doc);
	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "dup");
	ev.latitude = 46.5;
	ev.longitude = 30.75;
	ev.geo_precision = 1;
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_ESTORE);
	assert_string_equal(d.file, dbpath);
	assert_non_null(strstr(d.msg, "UNIQUE"));
	counts_are(db, 2, 4);
	memset(&q, 0, sizeof(q));
	q.q = "school";
	assert_int_equal(query(db, &q, &g), 0);

	/* an event id that another article already uses */
	sr__doc_reset(doc);
	snprintf(ev.event_id, sizeof(ev.event_id), "a2-e1");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_ESTORE);
	counts_are(db, 2, 4);

	/* a failed replacement keeps the old article and its events */
	a = article("a1", t3, "2024-03-10");
	sr__doc_reset(doc);
	snprintf(ev.event_id, sizeof(ev.event_id), "dup");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_ESTORE);
	counts_are(db, 2, 4);
	q.q = "helicopter";
	assert_int_equal(query(db, &q, &g), 3);
	memset(&q, 0, sizeof(q));
	q.near = true;
	q.near_lat = 46.5;
	q.near_lon = 30.75;
	q.near_km = 1;
	assert_int_equal(query(db, &q, &g), 1); /* only the old Morsk event */
	assert_string_equal(g.id[0], "a1-e2");

	/* spans outside the text and missing ids are bad input */
	a = article("a3", t3, "2024-03-10");
	sr__doc_reset(doc);
	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "a3-e1");
	ev.sentence = (struct sr_span){ 10, (uint32_t)sizeof(t3) };
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_EINPUT);
	sr__doc_reset(doc);
	ev.sentence = (struct sr_span){ 0, 4 };
	ev.spans.place = (struct sr_span){ UINT32_MAX, 2 };
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_EINPUT);
	sr__doc_reset(doc);
	sr__event_init(&ev);
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_EINPUT);
	a.id = "";
	assert_int_equal(sr_db_put(db, &a, NULL, &d), SR_EINPUT);
	counts_are(db, 2, 4);

	/* an article with no events is stored */
	a.id = "a3";
	assert_int_equal(sr_db_put(db, &a, NULL, &d), 1);
	counts_are(db, 3, 4);

	sr_db_close(db);
	sr_doc_free(doc);
}

static void test_batch(void **state)
{
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct sr_article a;
	struct sr_event ev;
	struct sr_query q;
	struct got g;
	static const char t3[] = "Two shells fell on a school in Morsk.";
	static const char t4[] = "A convoy was ambushed on the road to Orlivka.";

	(void)state;
	assert_int_equal(sr_doc_new(&doc), 0);
	db = filled_db(doc);
	assert_int_equal(sr__db_commit(db, &d), SR_EUSAGE);
	assert_int_equal(sr__db_begin(db, &d), 0);
	assert_int_equal(sr__db_begin(db, &d), SR_EUSAGE);

	/* a good put, a failing put, a good put: the failing one alone goes */
	a = article("a3", t3, "2024-03-10");
	sr__doc_reset(doc);
	sr__event_init(&ev);
	snprintf(ev.event_id, sizeof(ev.event_id), "a3-e1");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 0); /* already there */

	a = article("a4", t4, "2024-03-10");
	sr__doc_reset(doc);
	snprintf(ev.event_id, sizeof(ev.event_id), "a4-e1");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	snprintf(ev.event_id, sizeof(ev.event_id), "a3-e1"); /* clash */
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), SR_ESTORE);

	sr__doc_reset(doc);
	snprintf(ev.event_id, sizeof(ev.event_id), "a4-e1");
	assert_int_equal(sr__doc_push(doc, &ev), 0);
	assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
	assert_int_equal(sr__db_commit(db, &d), 0);
	counts_are(db, 4, 6);
	memset(&q, 0, sizeof(q));
	q.q = "convoy";
	assert_int_equal(query(db, &q, &g), 1);
	assert_string_equal(g.id[0], "a4-e1");

	/* closing with an open batch rolls it back */
	assert_int_equal(sr__db_begin(db, &d), 0);
	a = article("a5", t4, "2024-03-11");
	assert_int_equal(sr_db_put(db, &a, NULL, &d), 1);
	sr_db_close(db);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	counts_are(db, 4, 6);

	sr_db_close(db);
	sr_doc_free(doc);
}

/* Put n_events events, 10 per article, in one transaction per article or
 * in batches of 1000 articles; returns the seconds taken. */
static double put_many(struct sr_db *db, struct sr_doc *doc, long n_events,
		       int batched)
{
	struct sr_diag d;
	struct sr_article a;
	struct sr_event ev;
	char id[32];
	struct timespec t0, t1;
	long i;
	int k;
	static const char text[] =
		"Shelling hit a market in Zarechne and a rail depot nearby.";

	clock_gettime(CLOCK_MONOTONIC, &t0);
	for (i = 0; i < n_events / 10; i++) {
		if (batched && i % 1000 == 0)
			assert_int_equal(sr__db_begin(db, &d), 0);
		snprintf(id, sizeof(id), "art%ld-%d", i, batched);
		a = article(id, text, "2024-01-01");
		sr__doc_reset(doc);
		for (k = 0; k < 10; k++) {
			sr__event_init(&ev);
			snprintf(ev.event_id, sizeof(ev.event_id), "%s-%d", id,
				 k);
			ev.kind = k % 2 ? "shelling" : "drone_strike";
			ev.event_date = sr_ymd_from_days(19700 + i % 365);
			ev.latitude = 45 + (double)(i % 100) / 10;
			ev.longitude = 30 + (double)k;
			ev.geo_precision = 1;
			ev.iso3 = "UKR";
			ev.sentence = (struct sr_span){ 0, 20 };
			ev.spans.trigger = span_of(text, "Shelling");
			assert_int_equal(sr__doc_push(doc, &ev), 0);
		}
		assert_int_equal(sr_db_put(db, &a, doc, &d), 1);
		if (batched && (i % 1000 == 999 || i + 1 == n_events / 10))
			assert_int_equal(sr__db_commit(db, &d), 0);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0.tv_sec) +
	       (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
}

/* Many events; SR_STORE_BENCH=N sets the count and prints the times. */
static void test_many(void **state)
{
	struct sr_db *db = NULL;
	struct sr_doc *doc = NULL;
	struct sr_diag d;
	struct sr_query q;
	struct got g;
	const char *env = getenv("SR_STORE_BENCH");
	long n = env ? atol(env) : 2000;
	double t1, t2;
	size_t k;

	(void)state;
	assert_int_equal(sr_doc_new(&doc), 0);
	rm_db(dbpath);
	assert_int_equal(sr_db_open(&db, dbpath, &d), 0);
	t1 = put_many(db, doc, n, 0);
	t2 = put_many(db, doc, n, 1);
	if (env)
		fprintf(stderr, "store: %ld events: %.2f s one transaction "
			"per article, %.2f s in batches\n", n, t1, t2);
	/* the second run's articles tell the same events as the first's
	 * (same kind, place and day): each event has two sources */
	counts_are(db, n / 10 * 2, n / 10 * 10);
	memset(&q, 0, sizeof(q));
	q.limit = 5;
	q.kind = "shelling";
	assert_int_equal(query(db, &q, &g), 5);
	for (k = 0; k < g.n; k++)
		assert_int_equal(g.sources[k], 2);
	sr_db_close(db);
	sr_doc_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fts_expr),
		cmocka_unit_test(test_spans_json),
		cmocka_unit_test(test_geo_helpers),
		cmocka_unit_test(test_country),
		cmocka_unit_test(test_default_path),
		cmocka_unit_test(test_open_close),
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_reput),
		cmocka_unit_test(test_filters),
		cmocka_unit_test(test_bad_queries),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_failed_put_leaves_nothing),
		cmocka_unit_test(test_batch),
		cmocka_unit_test(test_many),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
