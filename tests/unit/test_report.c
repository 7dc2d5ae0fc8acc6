/*
 * test_report.c - reports, maps and the KML/TimeMap writers: XML escaping
 * of hostile text, TopoJSON decoding of a hand-made topology (quantized
 * delta-encoded arcs, reversed arcs, MultiPolygon) and junk, GeoJSON,
 * the projection maths, the SVG map without outline data (warning,
 * graticule, one mark per located event), the HTML and Markdown reports
 * (structure, tolls as ranges, no injection from article text), KML
 * Placemarks and the TimeMap document parsed back with jansson.
 */
#include "testutil.h"

#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "export/report.h"

static char *xml(const char *s, size_t n)
{
	struct sr_buf b;
	struct sr_jw w;

	sr__buf_init(&b, 0);
	w.b = &b;
	w.rc = 0;
	sr__jw_raw(&w, "", 0);
	sr__xml_str(&w, s, n);
	assert_int_equal(w.rc, 0);
	if (!b.data)
		return strdup("");
	return b.data;
}

static void test_xml_escape(void **state)
{
	static const struct {
		const char *in;
		size_t len;
		const char *out;
	} cases[] = {
		{"plain text", 10, "plain text"},
		{"<script>alert(1)</script>", 25,
		 "&lt;script&gt;alert(1)&lt;/script&gt;"},
		{"a & b \"c\" 'd'", 13, "a &amp; b &quot;c&quot; &#39;d&#39;"},
		{"tab\tnl\nbell\x07" "esc\x1b", 17, "tab\tnl\nbellesc"},
		{"bad \xff\xfe byte", 11, "bad \xEF\xBF\xBD\xEF\xBF\xBD byte"},
		{"Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", 17,
		 "Kyiv \xE2\x80\x94 \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"},
		{"nonchar \xEF\xBF\xBF.", 12, "nonchar ."},
		{"nul\0after", 9, "nulafter"},
		{"]]><!--", 7, "]]&gt;&lt;!--"},
	};
	size_t i;
	char *got;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		got = xml(cases[i].in, cases[i].len);
		assert_string_equal(got, cases[i].out);
		free(got);
	}
}

/* Two squares sharing an edge, quantized with scale 1 and translate
 * (10, 40): arc 0 is the shared edge (11,40)->(11,41); arc 1 the rest of
 * the left square; arc 2 the rest of the right one, walked so the right
 * square needs arc 0 reversed. */
static const char topo[] =
    "{\"type\":\"Topology\","
    "\"transform\":{\"scale\":[1,1],\"translate\":[10,40]},"
    "\"objects\":{\"countries\":{\"type\":\"GeometryCollection\","
    "\"geometries\":["
    "{\"type\":\"Polygon\",\"id\":\"001\",\"properties\":{\"name\":\"Left\"},"
    "\"arcs\":[[0,1]]},"
    "{\"type\":\"MultiPolygon\",\"id\":\"002\",\"properties\":"
    "{\"name\":\"Right\"},\"arcs\":[[[-1,2]]]},"
    "{\"type\":\"Point\",\"coordinates\":[0,0]}]}},"
    "\"arcs\":["
    "[[1,0],[0,1]],"
    "[[1,1],[-1,0],[0,-1],[1,0]],"
    "[[1,0],[1,0],[0,1],[-1,0]]]}";

static void test_topojson(void **state)
{
	struct sr_geo_layer L;
	struct sr_diag d;
	const struct sr_geo_pt *p;
	uint32_t r;

	(void)state;
	memset(&L, 0, sizeof(L));
	memset(&d, 0, sizeof(d));
	assert_int_equal(sr__geo_topojson(&L, topo, strlen(topo), "countries",
					  &d),
			 SR_OK);
	assert_int_equal(L.feat_count, 2);
	assert_string_equal(L.feat[0].name, "Left");
	assert_string_equal(L.feat[0].id, "001");
	assert_string_equal(L.feat[1].name, "Right");
	assert_int_equal(L.ring_count, 2);
	/* Left: arc 0 (2 points) + arc 1 without its first point (3). */
	r = L.feat[0].ring0;
	assert_int_equal(L.ring[r + 1] - L.ring[r], 5);
	p = &L.pt[L.ring[r]];
	assert_true(p[0].lon == 11 && p[0].lat == 40);
	assert_true(p[1].lon == 11 && p[1].lat == 41);
	assert_true(p[2].lon == 10 && p[2].lat == 41);
	assert_true(p[3].lon == 10 && p[3].lat == 40);
	assert_true(p[4].lon == 11 && p[4].lat == 40);
	/* Right: arc 0 reversed, then arc 2 without its first point. */
	r = L.feat[1].ring0;
	p = &L.pt[L.ring[r]];
	assert_int_equal(L.ring[r + 1] - L.ring[r], 5);
	assert_true(p[0].lon == 11 && p[0].lat == 41);
	assert_true(p[1].lon == 11 && p[1].lat == 40);
	assert_true(p[2].lon == 12 && p[2].lat == 40);
	assert_true(p[3].lon == 12 && p[3].lat == 41);
	assert_true(p[4].lon == 11 && p[4].lat == 41);
	assert_true(L.feat[1].bbox[0] == 11 && L.feat[1].bbox[2] == 12);
	assert_true(L.feat[1].bbox[1] == 40 && L.feat[1].bbox[3] == 41);
	sr__geo_layer_clear(&L);
}

static void test_topojson_junk(void **state)
{
	static const char *const junk[] = {
		"",
		"{",
		"[]",
		"{\"objects\":{}}",
		"{\"arcs\":[],\"objects\":{\"countries\":{\"geometries\":"
		"[{\"type\":\"Polygon\",\"arcs\":[[5]]}]}}}",
		"{\"arcs\":[[[0,0],\"x\"]],\"objects\":{\"countries\":"
		"{\"geometries\":[]}}}",
		"{\"arcs\":[[[0,0],[1,1]]],\"transform\":{\"scale\":[1]},"
		"\"objects\":{\"countries\":{\"geometries\":[]}}}",
		"{\"arcs\":[[[0,0],[1,1]]],\"objects\":{\"countries\":"
		"{\"geometries\":[{\"type\":\"Polygon\",\"arcs\":[[0.5]]}]}}}",
	};
	struct sr_geo_layer L;
	struct sr_diag d;
	size_t i;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(junk); i++) {
		memset(&L, 0, sizeof(L));
		memset(&d, 0, sizeof(d));
		assert_int_equal(sr__geo_topojson(&L, junk[i], strlen(junk[i]),
						  "countries", &d),
				 SR_EINPUT);
		assert_true(d.msg[0] != '\0');
		sr__geo_layer_clear(&L);
	}
	memset(&L, 0, sizeof(L));
	assert_int_equal(sr__geo_topojson(&L, topo, strlen(topo), "land", &d),
			 SR_EINPUT);
	sr__geo_layer_clear(&L);
}

static void test_geojson(void **state)
{
	static const char gj[] =
	    "{\"type\":\"FeatureCollection\",\"features\":["
	    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Oblast A\","
	    "\"id\":\"UA-01\"},\"geometry\":{\"type\":\"Polygon\","
	    "\"coordinates\":[[[30,50],[31,50],[31,51],[30,50]]]}},"
	    "{\"type\":\"Feature\",\"properties\":{\"name\":\"Two parts\"},"
	    "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":["
	    "[[[32,46],[33,46],[33,47],[32,46]]],"
	    "[[[34,45],[35,45],[35,45.5],[34,45]]]]}},"
	    "{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
	    "{\"type\":\"Polygon\",\"coordinates\":[[[1,1],[2,2]]]}}]}";
	struct sr_geo_layer L;
	struct sr_diag d;

	(void)state;
	memset(&L, 0, sizeof(L));
	assert_int_equal(sr__geo_geojson(&L, gj, strlen(gj), &d), SR_OK);
	/* The degenerate third polygon has no ring left: dropped. */
	assert_int_equal(L.feat_count, 2);
	assert_string_equal(L.feat[0].id, "UA-01");
	assert_int_equal(L.feat[1].ring_count, 2);
	assert_true(L.feat[1].bbox[0] == 32 && L.feat[1].bbox[2] == 35);
	assert_true(L.feat[1].bbox[1] == 45 && L.feat[1].bbox[3] == 47);
	sr__geo_layer_clear(&L);
	memset(&L, 0, sizeof(L));
	assert_int_equal(sr__geo_geojson(&L, "{\"features\":[{\"geometry\":"
					     "{\"type\":\"Polygon\","
					     "\"coordinates\":[[[1,\"a\"]]]}}]}",
					 70, &d),
			 SR_EINPUT);
	sr__geo_layer_clear(&L);
}

static void test_projection(void **state)
{
	struct sr_proj p;
	double bbox[4] = {30, 45, 40, 50}, x, y;

	(void)state;
	sr__proj_fit(&p, bbox, 1000);
	/* cos(47.5 deg) = 0.6756: 10 degrees of longitude are 6.756 "lat
	 * degrees" wide, 5 high: h = 1000 * 5 / 6.756 = 740. */
	assert_true(fabs(p.coslat - cos(47.5 * M_PI / 180)) < 1e-9);
	assert_int_equal(p.w, 1000);
	assert_true(abs(p.h - 740) <= 1);
	sr__proj_fwd(&p, 30, 50, &x, &y);
	assert_true(fabs(x) < 1e-6 && fabs(y) < 1e-6);
	sr__proj_fwd(&p, 40, 45, &x, &y);
	assert_true(fabs(x - 1000) < 0.5 && fabs(y - p.h) < 0.5);
	/* Equal distances along a meridian and a parallel (in km) come out
	 * equal in px: 1 degree of latitude vs 1/cos(lat) of longitude. */
	sr__proj_fwd(&p, 35 + 1 / p.coslat, 47.5, &x, &y);
	assert_true(fabs((x - 500) - p.k) < 0.1);
	/* A very flat extent is made taller, never flatter than 2:1. */
	bbox[1] = 49.9;
	bbox[3] = 50.1;
	sr__proj_fit(&p, bbox, 800);
	assert_int_equal(p.h, 400);
	sr__proj_fwd(&p, 30, 50, &x, &y);
	assert_true(fabs(y - 200) < 0.5);
}

/* ---- events for the renderers ---- */

static const char hostile[] =
    "Shelling hit <script>alert('x')</script> & \"Nova <b>Dolyna</b>\", "
    "killing two.";

static void ev_init(struct sr_event *ev, const char *id, const char *kind,
		    double lat, double lon, int day)
{
	memset(ev, 0, sizeof(*ev));
	snprintf(ev->event_id, sizeof(ev->event_id), "%s", id);
	ev->article_id = "art-<1>";
	ev->event_date = (struct sr_ymd){2024, 3, day};
	ev->time_precision = 1;
	ev->kind = kind;
	ev->latitude = lat;
	ev->longitude = lon;
	ev->geo_precision = isnan(lat) ? 0 : 1;
	ev->fatalities = ev->fatalities_low = ev->fatalities_high = -1;
	ev->injured = ev->injured_low = ev->injured_high = -1;
	ev->confidence = 0.8;
	ev->location = "Nova <img src=x onerror=alert(1)>";
	ev->admin1 = "Zaporizka oblast";
	ev->country = "Ukraine";
	ev->actor1 = "Military Forces of Russia";
	ev->actor1_iso3 = "RUS";
	ev->text = hostile;
	ev->text_len = sizeof(hostile) - 1;
	ev->sentence.len = (uint32_t)ev->text_len;
}

#define NEV 12

static void make_events(struct sr_event *ev)
{
	size_t i;

	for (i = 0; i < NEV; i++) {
		char id[16];

		snprintf(id, sizeof(id), "sr-%02zu", i);
		ev_init(&ev[i], id, i % 3 == 0 ? "shelling_missile"
				    : i % 3 == 1 ? "air_drone_strike"
						 : "armed_clash",
			47.8 + i * 0.1, 35.1 + i * 0.05, 20 + (int)(i % 5));
	}
	ev[0].fatalities = 2;
	ev[0].fatalities_low = ev[0].fatalities_high = 2;
	ev[1].fatalities_low = 3; /* "at least three" */
	ev[2].fatalities_low = 4;
	ev[2].fatalities_high = 6;
	ev[3].status = SR_STATUS_DENIED;
	ev[3].claimed_by = "the <i>ministry</i>";
	ev[4].latitude = NAN; /* no place */
	ev[4].geo_precision = 0;
	ev[5].actor1_iso3 = NULL;
}

static int warnings;

static void count_warning(void *ud, const struct sr_diag *d)
{
	(void)ud;
	assert_non_null(strstr(d->msg, "warning"));
	warnings++;
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;

	while ((hay = strstr(hay, needle))) {
		n++;
		hay += strlen(needle);
	}
	return n;
}

static void test_map_no_outlines(void **state)
{
	struct sr_event ev[NEV];
	struct sr_map_opts o;
	struct sr_map_in in;
	struct sr_buf b;
	struct sr_diag d;

	(void)state;
	make_events(ev);
	memset(&o, 0, sizeof(o));
	o.deps_dir = "/nonexistent/deps";
	o.gazetteer_path = "";
	o.title = "Front <line>";
	o.on_warning = count_warning;
	memset(&in, 0, sizeof(in));
	in.ev = ev;
	in.count = NEV;
	in.o = &o;
	memset(&d, 0, sizeof(d));
	sr__buf_init(&b, 0);
	warnings = 0;
	assert_int_equal(sr__map_svg(&b, &in, &d), SR_OK);
	assert_int_equal(warnings, 1);
	assert_non_null(strstr(b.data, "<?xml"));
	assert_non_null(strstr(b.data, "<svg xmlns=\"http://www.w3.org/2000/svg\""));
	assert_non_null(strstr(b.data, "class=\"grat\""));
	assert_null(strstr(b.data, "class=\"cty"));
	/* 11 located events are marks; the legend repeats one per group. */
	assert_int_equal(count(b.data, "<g class=\"ev k-"), 11 + 3);
	assert_non_null(strstr(b.data, "Front &lt;line&gt;"));
	assert_null(strstr(b.data, "<img"));
	assert_null(strstr(b.data, "<line>"));
	assert_non_null(strstr(b.data, "1 without a place"));
	assert_non_null(strstr(b.data, "</svg>\n"));
	sr__buf_clear(&b);
}

static void prepare(struct sr_report_data *rd, struct sr_report_opts *o,
		    struct sr_event *ev)
{
	size_t i;

	memset(rd, 0, sizeof(*rd));
	memset(o, 0, sizeof(*o));
	o->query.from = (struct sr_ymd){2024, 3, 18};
	o->query.to = (struct sr_ymd){2024, 3, 24};
	o->query.country = "UKR";
	rd->o = o;
	sr__arena_init(&rd->set.arena, 4096);
	for (i = 0; i < NEV; i++)
		assert_int_equal(sr__rep_add(&rd->set, &ev[i]), SR_OK);
	assert_int_equal(sr__report_prepare(rd), SR_OK);
}

static void test_report_data(void **state)
{
	struct sr_event ev[NEV];
	struct sr_report_data rd;
	struct sr_report_opts o;

	(void)state;
	make_events(ev);
	prepare(&rd, &o, ev);
	assert_int_equal(rd.total.events, NEV);
	assert_int_equal(rd.located, NEV - 1);
	/* 2 + (3+) + (4-6) */
	assert_int_equal(rd.total.killed_lo, 9);
	assert_int_equal(rd.total.killed_hi, 11);
	assert_true(rd.total.killed_open);
	assert_false(rd.total.injured_known);
	assert_int_equal(rd.bin_days, 1);
	assert_int_equal(rd.bins, 7);
	/* Days 20..24 of the period that starts on the 18th. */
	assert_int_equal(rd.tl[0][SR_KG_SHELL], 0);
	assert_int_equal(rd.tl[2][SR_KG_SHELL], 1); /* ev 0 on the 20th */
	assert_string_equal(rd.side[0].key, "Russia");
	assert_string_equal(rd.side[rd.side_count - 1].key, "Unattributed");
	/* The deadliest first: ev 2 (4-6 killed, best figure 4). */
	assert_string_equal(rd.set.ev[rd.key[0]].event_id, "sr-02");
	assert_int_equal(rd.claim_count, 1);
	assert_string_equal(rd.set.ev[rd.claim[0]].event_id, "sr-03");
	sr__report_data_clear(&rd);
}

static void test_report_html(void **state)
{
	struct sr_event ev[NEV];
	struct sr_report_data rd;
	struct sr_report_opts o;
	struct sr_buf b;
	struct sr_diag d;
	const char *html;

	(void)state;
	make_events(ev);
	prepare(&rd, &o, ev);
	rd.map_svg = (char *)"<svg class=\"map\"></svg>";
	sr__buf_init(&b, 0);
	assert_int_equal(sr__report_html(&b, &rd, &d), SR_OK);
	html = b.data;
	assert_true(strncmp(html, "<!DOCTYPE html>", 15) == 0);
	assert_non_null(strstr(html, "Content-Security-Policy"));
	assert_non_null(strstr(html, "default-src 'none'"));
	assert_non_null(strstr(html, "name=\"viewport\""));
	assert_non_null(strstr(html, "@media print"));
	assert_non_null(strstr(html, "<svg class=\"map\">"));
	assert_non_null(strstr(html, "class=\"timeline\""));
	/* 12 events on distinct (day, kind group) pairs: 12 bars. */
	assert_int_equal(count(html, "<rect class=\"bar\""), 12);
	assert_non_null(strstr(html, "<h1>Ukraine</h1>"));
	assert_non_null(strstr(html, ">9+<"));
	/* Hostile text escaped everywhere, never markup. */
	assert_null(strstr(html, "<script"));
	assert_null(strstr(html, "<img"));
	assert_null(strstr(html, "<b>Dolyna"));
	assert_null(strstr(html, "<i>ministry"));
	assert_non_null(strstr(html, "&lt;script&gt;alert(&#39;x&#39;)"));
	assert_non_null(strstr(html, "art-&lt;1&gt;"));
	assert_non_null(strstr(html, "Claims and denials"));
	assert_non_null(strstr(html, "the &lt;i&gt;ministry&lt;/i&gt;"));
	/* Nothing that could fetch. */
	assert_null(strstr(html, "src=\""));
	assert_null(strstr(html, "href="));
	assert_null(strstr(html, "<link"));
	assert_null(strstr(html, "url(http"));
	assert_non_null(strstr(html, "</html>\n"));
	sr__buf_clear(&b);
	sr__report_data_clear(&rd);
}

static void test_report_md(void **state)
{
	struct sr_event ev[NEV];
	struct sr_report_data rd;
	struct sr_report_opts o;
	struct sr_buf b;
	struct sr_diag d;

	(void)state;
	make_events(ev);
	prepare(&rd, &o, ev);
	sr__buf_init(&b, 0);
	assert_int_equal(sr__report_md(&b, &rd, &d), SR_OK);
	assert_true(strncmp(b.data, "# Situation report", 18) == 0);
	assert_non_null(strstr(b.data, "## Key events"));
	assert_non_null(strstr(b.data, "| Shelling/missile attack |"));
	assert_non_null(strstr(b.data, "\\<script\\>"));
	assert_null(strstr(b.data, "hit <script"));
	assert_null(strstr(b.data, "Nova <img"));
	sr__buf_clear(&b);
	sr__report_data_clear(&rd);
}

static char *render(enum sr_format f, const struct sr_event *ev, size_t n)
{
	struct sr_writer *w;
	char *out = NULL;
	size_t len = 0, i;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	assert_int_equal(sr_writer_new(&w, f, fp), SR_OK);
	for (i = 0; i < n; i++)
		assert_int_equal(sr_writer_event(w, &ev[i]), SR_OK);
	assert_int_equal(sr_writer_finish(w), SR_OK);
	sr_writer_free(w);
	fclose(fp);
	return out;
}

static void test_kml(void **state)
{
	struct sr_event ev[NEV];
	enum sr_format f;
	char *out;

	(void)state;
	make_events(ev);
	assert_int_equal(sr_format_parse("kml", &f), SR_OK);
	assert_int_equal(f, SR_FORMAT_KML);
	out = render(SR_FORMAT_KML, ev, NEV);
	assert_true(strncmp(out, "<?xml version=\"1.0\"", 19) == 0);
	assert_non_null(strstr(out, "<kml xmlns=\"http://www.opengis.net/kml/2.2\">"));
	assert_int_equal(count(out, "<Placemark "), NEV - 1);
	assert_int_equal(count(out, "</Placemark>"), NEV - 1);
	assert_non_null(strstr(out, "<TimeStamp><when>2024-03-20</when>"));
	assert_non_null(strstr(out, "<coordinates>35.10000,47.80000</coordinates>"));
	assert_non_null(strstr(out, "<styleUrl>#shelling</styleUrl>"));
	assert_non_null(strstr(out, "<Style id=\"shelling\"><IconStyle><color>ff1c19d7"));
	assert_null(strstr(out, "<script"));
	assert_null(strstr(out, "<img"));
	assert_non_null(strstr(out, "</Document>\n</kml>\n"));
	free(out);
	out = render(SR_FORMAT_KML, ev, 0);
	assert_non_null(strstr(out, "</Document>"));
	assert_null(strstr(out, "<Placemark"));
	free(out);
}

static void test_timemap(void **state)
{
	struct sr_event ev[NEV];
	json_error_t err;
	json_t *root, *e0, *a;
	char *out;
	size_t i;

	(void)state;
	make_events(ev);
	ev[7].article_id = "art-2";
	out = render(SR_FORMAT_TIMEMAP, ev, NEV);
	root = json_loads(out, 0, &err);
	assert_non_null(root);
	assert_int_equal(json_array_size(json_object_get(root, "events")), NEV);
	assert_int_equal(json_array_size(json_object_get(root, "categories")),
			 3);
	assert_int_equal(json_array_size(json_object_get(root, "associations")),
			 3);
	a = json_object_get(root, "sources");
	assert_int_equal(json_array_size(a), 2);
	assert_string_equal(json_string_value(json_object_get(
				json_array_get(a, 1), "id")),
			    "art-2");
	assert_true(json_is_array(json_object_get(json_array_get(a, 0),
						  "paths")));
	e0 = json_array_get(json_object_get(root, "events"), 0);
	assert_string_equal(json_string_value(json_object_get(e0, "date")),
			    "03/20/2024");
	assert_string_equal(json_string_value(json_object_get(e0, "latitude")),
			    "47.80000");
	assert_string_equal(json_string_value(json_object_get(e0, "category")),
			    "shelling_missile");
	assert_string_equal(json_string_value(json_object_get(e0,
							      "description")),
			    hostile);
	/* Every event value timemap validates as a string is one. */
	for (i = 0; i < NEV; i++) {
		json_t *e = json_array_get(json_object_get(root, "events"), i);
		const char *k;
		json_t *v;

		json_object_foreach(e, k, v)
		{
			if (strcmp(k, "associations") && strcmp(k, "sources"))
				assert_true(json_is_string(v));
		}
	}
	json_decref(root);
	free(out);
	out = render(SR_FORMAT_TIMEMAP, ev, 0);
	root = json_loads(out, 0, &err);
	assert_non_null(root);
	assert_int_equal(json_array_size(json_object_get(root, "events")), 0);
	json_decref(root);
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xml_escape),
		cmocka_unit_test(test_topojson),
		cmocka_unit_test(test_topojson_junk),
		cmocka_unit_test(test_geojson),
		cmocka_unit_test(test_projection),
		cmocka_unit_test(test_map_no_outlines),
		cmocka_unit_test(test_report_data),
		cmocka_unit_test(test_report_html),
		cmocka_unit_test(test_report_md),
		cmocka_unit_test(test_kml),
		cmocka_unit_test(test_timemap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
