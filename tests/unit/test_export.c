/*
 * test_export.c - the output writers: exact JSONL records (full and all
 * null), key order, JSON string escaping of hostile bytes, number
 * formatting, sr__arena_printf against snprintf, the CSV header and quoting
 * and ACLED mappings, GeoJSON parsed back with jansson, the people's table,
 * I/O errors and allocation failure.
 */
#include "testutil.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

#include "export/export.h"
#include "extract/extract.h"

/* Our own sample article (not from any published report). */
static const char article[] =
	"Officials said on Tuesday that artillery struck \"Nova Dolyna\", "
	"killing two.\nMore details were expected later.";

static const char *const jsonl_keys[] = {
	"event_id", "article_id", "event_date", "time_precision", "kind",
	"disorder_type", "event_type", "sub_event_type", "plover_type",
	"plover_mode", "cameo_code", "actor1", "actor1_iso3", "actor2",
	"actor2_iso3", "location", "admin1", "country", "iso3", "latitude",
	"longitude", "geo_precision", "gazetteer_id", "fatalities",
	"fatalities_low", "fatalities_high", "injured", "injured_low",
	"injured_high", "quantity", "weapons", "status", "claimed_by",
	"historical", "confidence", "sentence", "spans", "rule",
};

static struct sr_span span_of(const char *needle)
{
	const char *p = strstr(article, needle);
	struct sr_span s = {0, 0};

	assert_non_null(p);
	s.off = (uint32_t)(p - article);
	s.len = (uint32_t)strlen(needle);
	return s;
}

static void full_event(struct sr_event *ev)
{
	sr__event_init(ev);
	strcpy(ev->event_id, "e3b0c44298fc1c14");
	ev->article_id = "art-1";
	ev->event_date = (struct sr_ymd){2024, 3, 5};
	ev->time_precision = 1;
	ev->kind = "shelling";
	ev->disorder_type = "Political violence";
	ev->event_type = "Explosions/Remote violence";
	ev->sub_event_type = "Shelling/artillery/missile attack";
	ev->plover_type = "ASSAULT";
	ev->plover_mode = "artillery";
	ev->cameo_code = "194";
	ev->actor1 = "Military Forces of Russia (2000-)";
	ev->actor1_iso3 = "RUS";
	ev->actor2 = "Civilians (Ukraine)";
	ev->actor2_iso3 = "UKR";
	ev->location = "Nova Dolyna";
	ev->admin1 = "Odesa";
	ev->country = "Ukraine";
	ev->iso3 = "UKR";
	ev->latitude = 46.45123456;
	ev->longitude = 30.123454;
	ev->geo_precision = 1;
	ev->gazetteer_id = 703448;
	ev->fatalities = ev->fatalities_low = ev->fatalities_high = 2;
	ev->injured_low = 12;
	ev->injured_high = 15;
	ev->quantity = "3 shells";
	ev->weapons = "artillery";
	ev->status = SR_STATUS_CLAIMED;
	ev->claimed_by = "Odesa regional administration";
	ev->confidence = 0.875;
	ev->sentence = (struct sr_span){0, 76};
	ev->spans.trigger = span_of("artillery struck");
	ev->spans.place = span_of("Nova Dolyna");
	ev->spans.date = span_of("on Tuesday");
	ev->spans.fatalities = span_of("killing two");
	ev->rule = "shelling.struct.v1";
	ev->text = article;
	ev->text_len = strlen(article);
}

static const char full_json[] =
	"{\"event_id\":\"e3b0c44298fc1c14\",\"article_id\":\"art-1\","
	"\"event_date\":\"2024-03-05\",\"time_precision\":1,"
	"\"kind\":\"shelling\",\"disorder_type\":\"Political violence\","
	"\"event_type\":\"Explosions/Remote violence\","
	"\"sub_event_type\":\"Shelling/artillery/missile attack\","
	"\"plover_type\":\"ASSAULT\",\"plover_mode\":\"artillery\","
	"\"cameo_code\":\"194\","
	"\"actor1\":\"Military Forces of Russia (2000-)\","
	"\"actor1_iso3\":\"RUS\",\"actor2\":\"Civilians (Ukraine)\","
	"\"actor2_iso3\":\"UKR\",\"location\":\"Nova Dolyna\","
	"\"admin1\":\"Odesa\",\"country\":\"Ukraine\",\"iso3\":\"UKR\","
	"\"latitude\":46.45123,\"longitude\":30.12345,\"geo_precision\":1,"
	"\"gazetteer_id\":703448,\"fatalities\":2,\"fatalities_low\":2,"
	"\"fatalities_high\":2,\"injured\":null,\"injured_low\":12,"
	"\"injured_high\":15,\"quantity\":\"3 shells\","
	"\"weapons\":\"artillery\",\"status\":\"claimed\","
	"\"claimed_by\":\"Odesa regional administration\","
	"\"historical\":false,\"confidence\":0.88,"
	"\"sentence\":\"Officials said on Tuesday that artillery struck "
	"\\\"Nova Dolyna\\\", killing two.\\n\","
	"\"spans\":{\"sentence\":[0,76],\"trigger\":[31,16],"
	"\"place\":[49,11],\"date\":[15,10],\"fatalities\":[63,11]},"
	"\"rule\":\"shelling.struct.v1\"}\n";

static const char min_json[] =
	"{\"event_id\":null,\"article_id\":null,\"event_date\":null,"
	"\"time_precision\":null,\"kind\":null,\"disorder_type\":null,"
	"\"event_type\":null,\"sub_event_type\":null,\"plover_type\":null,"
	"\"plover_mode\":null,\"cameo_code\":null,\"actor1\":null,"
	"\"actor1_iso3\":null,\"actor2\":null,\"actor2_iso3\":null,"
	"\"location\":null,\"admin1\":null,\"country\":null,\"iso3\":null,"
	"\"latitude\":null,\"longitude\":null,\"geo_precision\":null,"
	"\"gazetteer_id\":null,\"fatalities\":null,\"fatalities_low\":null,"
	"\"fatalities_high\":null,\"injured\":null,\"injured_low\":null,"
	"\"injured_high\":null,\"quantity\":null,\"weapons\":null,"
	"\"status\":\"reported\",\"claimed_by\":null,\"historical\":false,"
	"\"confidence\":0.00,\"sentence\":null,\"spans\":{},\"rule\":null}\n";

/* Writes evs with a writer of format f into memory; returns the output
 * (free with free) and the rc of each step in *rc. */
static char *render(enum sr_format f, const struct sr_event *evs, size_t n,
		    uint64_t *skipped)
{
	char *out = NULL;
	size_t len = 0, i;
	FILE *fp = open_memstream(&out, &len);
	struct sr_writer *w;

	assert_non_null(fp);
	assert_int_equal(sr_writer_new(&w, f, fp), SR_OK);
	for (i = 0; i < n; i++)
		assert_int_equal(sr_writer_event(w, &evs[i]), SR_OK);
	assert_int_equal(sr_writer_finish(w), SR_OK);
	if (skipped)
		*skipped = sr__export_skipped(w);
	sr_writer_free(w);
	assert_int_equal(fclose(fp), 0);
	return out;
}

static void test_format_parse(void **state)
{
	static const struct {
		const char *name;
		int rc;
		enum sr_format f;
	} cases[] = {
		{"jsonl", SR_OK, SR_FORMAT_JSONL},
		{"csv", SR_OK, SR_FORMAT_CSV},
		{"geojson", SR_OK, SR_FORMAT_GEOJSON},
		{"table", SR_OK, SR_FORMAT_TABLE},
		{"JSONL", SR_EUSAGE, 0},
		{"json", SR_EUSAGE, 0},
		{"", SR_EUSAGE, 0},
		{"csv ", SR_EUSAGE, 0},
		{"kml", SR_OK, SR_FORMAT_KML},
		{"timemap", SR_OK, SR_FORMAT_TIMEMAP},
		{"xml", SR_EUSAGE, 0},
	};
	enum sr_format f;
	size_t i;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		f = (enum sr_format)99;
		assert_int_equal(sr_format_parse(cases[i].name, &f),
				 cases[i].rc);
		if (cases[i].rc == SR_OK)
			assert_int_equal(f, cases[i].f);
	}
	assert_int_equal(sr_format_parse(NULL, &f), SR_EUSAGE);
}

static void test_jsonl_exact(void **state)
{
	struct sr_event ev[2];
	char *out;

	(void)state;
	full_event(&ev[0]);
	sr__event_init(&ev[1]);
	out = render(SR_FORMAT_JSONL, ev, 2, NULL);
	assert_non_null(out);
	assert_int_equal(strncmp(out, full_json, strlen(full_json)), 0);
	assert_string_equal(out + strlen(full_json), min_json);
	free(out);
}

/* Each line parses and has exactly the contract's keys in order. */
static void test_jsonl_key_order(void **state)
{
	struct sr_event ev[2];
	char *out, *line, *save = NULL;
	size_t lines = 0, i;
	json_error_t err;
	json_t *o;
	void *it;

	(void)state;
	full_event(&ev[0]);
	sr__event_init(&ev[1]);
	ev[1].text = article; /* sentence span {0,0}: still null */
	out = render(SR_FORMAT_JSONL, ev, 2, NULL);
	for (line = strtok_r(out, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		o = json_loads(line, JSON_PRESERVE_ORDER, &err);
		assert_non_null(o);
		it = json_object_iter(o);
		for (i = 0; i < SR_ARRAY_LEN(jsonl_keys); i++) {
			assert_non_null(it);
			assert_string_equal(json_object_iter_key(it),
					    jsonl_keys[i]);
			it = json_object_iter_next(o, it);
		}
		assert_null(it);
		json_decref(o);
		lines++;
	}
	assert_int_equal(lines, 2);
	free(out);
	out = render(SR_FORMAT_JSONL, &ev[1], 1, NULL);
	assert_non_null(strstr(out, "\"sentence\":null,"));
	free(out);
}

static void test_numbers(void **state)
{
	static const struct {
		double v;
		int dec;
		const char *out;
	} cases[] = {
		{46.45123456, 5, "46.45123"},
		{30.123456, 5, "30.12346"},
		{-122.5, 5, "-122.50000"},
		{-0.000001, 5, "0.00000"},
		{-0.000006, 5, "-0.00001"},
		{0.0, 5, "0.00000"},
		{179.999999, 5, "180.00000"},
		{0.875, 2, "0.88"},
		{1.0, 2, "1.00"},
		{0.5, 2, "0.50"},
		{0.049, 2, "0.05"},
		{7.6, 0, "8"},
	};
	static const struct {
		int64_t v;
		const char *out;
	} ints[] = {
		{0, "0"}, {7, "7"}, {-1, "-1"}, {1000000, "1000000"},
		{INT64_MAX, "9223372036854775807"},
		{INT64_MIN, "-9223372036854775808"},
	};
	char buf[48];
	size_t i;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		sr__export_fmt_fixed(buf, cases[i].v, cases[i].dec);
		assert_string_equal(buf, cases[i].out);
	}
	for (i = 0; i < SR_ARRAY_LEN(ints); i++) {
		assert_int_equal(sr__export_fmt_int(buf, ints[i].v),
				 strlen(ints[i].out));
		assert_string_equal(buf, ints[i].out);
	}
}

static const char csv_header[] =
	"event_id_cnty,event_date,year,time_precision,disorder_type,"
	"event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,"
	"assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,"
	"country,admin1,admin2,admin3,location,latitude,longitude,"
	"geo_precision,source,source_scale,notes,fatalities,tags,timestamp,"
	"event_id,article_id,kind,plover_type,plover_mode,cameo_code,"
	"actor1_iso3,actor2_iso3,iso3,gazetteer_id,fatalities_low,"
	"fatalities_high,injured,injured_low,injured_high,quantity,weapons,"
	"status,claimed_by,historical,confidence,sentence,rule\n";

/* Splits one RFC 4180 record starting at *p into fields[] (malloc'd);
 * returns the field count and advances *p past the record. */
static size_t csv_split(const char **p, char **fields, size_t max)
{
	const char *s = *p;
	size_t n = 0;

	for (;;) {
		char *f = malloc(strlen(s) + 1), *o = f;

		assert_non_null(f);
		if (*s == '"') {
			s++;
			for (;;) {
				assert_true(*s != '\0');
				if (*s == '"' && s[1] == '"') {
					*o++ = '"';
					s += 2;
				} else if (*s == '"') {
					s++;
					break;
				} else {
					*o++ = *s++;
				}
			}
		} else {
			while (*s && *s != ',' && *s != '\n') {
				assert_true(*s != '"');
				*o++ = *s++;
			}
		}
		*o = '\0';
		assert_true(n < max);
		fields[n++] = f;
		if (*s == ',') {
			s++;
			continue;
		}
		assert_int_equal(*s, '\n');
		s++;
		break;
	}
	*p = s;
	return n;
}

static void free_fields(char **f, size_t n)
{
	while (n)
		free(f[--n]);
}

static void test_csv(void **state)
{
	struct sr_event ev[2];
	char *out, *hdr[80], *row[80], *mrow[80];
	const char *p;
	size_t nh, nr, nm;

	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	full_event(&ev[0]);
	ev[0].actor1 = "Unidentified Armed Group, \"north\"";
	ev[0].fatalities = SR_NULL_COUNT;
	ev[0].fatalities_low = 12;
	ev[0].fatalities_high = 99;
	ev[0].historical = true;
	sr__event_init(&ev[1]);
	out = render(SR_FORMAT_CSV, ev, 2, NULL);
	unsetenv("SOURCE_DATE_EPOCH");
	assert_int_equal(strncmp(out, csv_header, strlen(csv_header)), 0);

	p = out;
	nh = csv_split(&p, hdr, 80);
	assert_int_equal(nh, 31 + 23);
	nr = csv_split(&p, row, 80);
	nm = csv_split(&p, mrow, 80);
	assert_int_equal(nr, nh);
	assert_int_equal(nm, nh);
	assert_int_equal(*p, '\0');

	/* quoting: comma + quotes, and the sentence's newline and quotes */
	assert_non_null(strstr(out, ",\"Unidentified Armed Group, "
				    "\"\"north\"\"\","));
	assert_string_equal(row[7], "Unidentified Armed Group, \"north\"");
	assert_string_equal(row[27],
			    "Officials said on Tuesday that artillery struck "
			    "\"Nova Dolyna\", killing two.\n");
	assert_string_equal(row[52], row[27]); /* sentence */

	assert_string_equal(row[0], "e3b0c44298fc1c14");
	assert_string_equal(row[1], "2024-03-05");
	assert_string_equal(row[2], "2024");
	assert_string_equal(row[3], "1");
	assert_string_equal(row[9], "Political militia");
	assert_string_equal(row[12], "Civilians");
	assert_string_equal(row[13], "Political militia-Civilians");
	assert_string_equal(row[14], "Civilian targeting");
	assert_string_equal(row[17], "Ukraine");
	assert_string_equal(row[19], "");
	assert_string_equal(row[21], "Nova Dolyna");
	assert_string_equal(row[22], "46.45123");
	assert_string_equal(row[23], "30.12345");
	assert_string_equal(row[24], "1");
	assert_string_equal(row[25], "art-1");
	assert_string_equal(row[28], ""); /* unknown, not 0 */
	assert_string_equal(row[30], "1700000000");
	assert_string_equal(row[31], "e3b0c44298fc1c14");
	assert_string_equal(row[40], "703448");
	assert_string_equal(row[41], "12");
	assert_string_equal(row[42], "99");
	assert_string_equal(row[43], "");
	assert_string_equal(row[48], "claimed");
	assert_string_equal(row[50], "true");
	assert_string_equal(row[51], "0.88");
	assert_string_equal(row[53], "shelling.struct.v1");

	/* the all-unknown event: empty cells, not zeros */
	assert_string_equal(mrow[2], "");
	assert_string_equal(mrow[9], "");
	assert_string_equal(mrow[13], "");
	assert_string_equal(mrow[14], "");
	assert_string_equal(mrow[15], "");
	assert_string_equal(mrow[22], "");
	assert_string_equal(mrow[28], "");
	assert_string_equal(mrow[48], "reported");
	assert_string_equal(mrow[50], "false");
	assert_string_equal(mrow[51], "0.00");

	free_fields(hdr, nh);
	free_fields(row, nr);
	free_fields(mrow, nm);
	free(out);
}

static void test_csv_iso_region(void **state)
{
	struct sr_event ev;
	char *out, *f[80];
	const char *p;
	size_t n;

	(void)state;
	full_event(&ev);
	out = render(SR_FORMAT_CSV, &ev, 1, NULL);
	p = out;
	n = csv_split(&p, f, 80);
	free_fields(f, n);
	n = csv_split(&p, f, 80);
	assert_string_equal(f[15], "804");
	assert_string_equal(f[16], "Europe");
	free_fields(f, n);
	free(out);

	ev.iso3 = "XQZ"; /* no such country: empty, no error */
	out = render(SR_FORMAT_CSV, &ev, 1, NULL);
	p = out;
	n = csv_split(&p, f, 80);
	free_fields(f, n);
	n = csv_split(&p, f, 80);
	assert_string_equal(f[15], "");
	assert_string_equal(f[16], "");
	free_fields(f, n);
	free(out);
}

static void test_acled_inter(void **state)
{
	static const struct {
		const char *actor;
		const char *inter;
	} cases[] = {
		{"Military Forces of Ukraine (2019-)", "State forces"},
		{"Military Forces of Russia (2000-) Air Force", "State forces"},
		{"Police Forces of Ukraine (2019-)", "State forces"},
		{"Government of Ukraine (2019-)", "State forces"},
		{"Civilians (Ukraine)", "Civilians"},
		{"Civilians", "Civilians"},
		{"Protesters (Ukraine)", "Protesters"},
		{"Rioters (Russia)", "Rioters"},
		{"Donetsk People's Republic Insurgents", "Rebel group"},
		{"Rebels", "Rebel group"},
		{"Unidentified Armed Group (Ukraine)", "Political militia"},
		{"Wagner Group", "Political militia"},
		{"", ""},
		{NULL, ""},
	};
	size_t i;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++)
		assert_string_equal(sr__export_acled_inter(cases[i].actor),
				    cases[i].inter);
}

/* Random bytes, biased to the troublesome ones, always give JSON that a
 * strict parser accepts, and CSV fields that read back unchanged when the
 * input was valid UTF-8. */
static void test_random_strings(void **state)
{
	static const unsigned char pool[] = {
		'a', ' ', '"', '\\', ',', '\n', '\r', '\t', 0x01, 0x1f, 0x7f,
		0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x80, 0xa6, 0xed, 0xa0,
		0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0xff, 0xc0, '=',
	};
	static const char *const tokens[] = {
		"a", " ", "\"", "\\", ",", "\n", "\r", "\t", "\x01", "é",
		"…", "\xF0\x9F\x98\x80", "=", "Київ", "\"\"",
	};
	unsigned seed = 12345;
	struct sr_buf b;
	struct sr_jw jw = {&b, 0};
	struct sr_event ev;
	char in[128], *out, *f[80];
	const char *p;
	size_t i, k, n, len, nf, csv_checked = 0;
	json_error_t err;
	json_t *j;

	(void)state;
	sr__buf_init(&b, 0);
	for (i = 0; i < 3000; i++) {
		len = (seed = seed * 1103515245u + 12345u) >> 16 & 31;
		for (k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			in[k] = (char)pool[(seed >> 16) % sizeof(pool)];
		}
		in[len] = '\0';
		sr__buf_reset(&b);
		sr__jw_str(&jw, in, len);
		assert_int_equal(jw.rc, 0);
		j = json_loadb(b.data, b.len, JSON_DECODE_ANY, &err);
		assert_non_null(j);
		assert_true(json_is_string(j));
		json_decref(j);

		/* valid UTF-8 from tokens reads back exactly from JSON and
		 * from CSV */
		len = 0;
		n = (seed = seed * 1103515245u + 12345u) >> 16 & 7;
		for (k = 0; k < n; k++) {
			const char *t;

			seed = seed * 1103515245u + 12345u;
			t = tokens[(seed >> 16) % SR_ARRAY_LEN(tokens)];
			memcpy(in + len, t, strlen(t));
			len += strlen(t);
		}
		in[len] = '\0';
		sr__buf_reset(&b);
		sr__jw_str(&jw, in, len);
		j = json_loadb(b.data, b.len, JSON_DECODE_ANY, &err);
		assert_non_null(j);
		assert_string_equal(json_string_value(j), in);
		json_decref(j);
		sr__event_init(&ev);
		ev.location = in;
		out = render(SR_FORMAT_CSV, &ev, 1, NULL);
		p = out;
		nf = csv_split(&p, f, 80);
		free_fields(f, nf);
		nf = csv_split(&p, f, 80);
		assert_int_equal(nf, 54);
		assert_string_equal(f[21], in);
		free_fields(f, nf);
		free(out);
		csv_checked++;
	}
	assert_int_equal(csv_checked, 3000);
	sr__buf_clear(&b);
}

static void test_json_escaping(void **state)
{
	static const struct {
		const char *in;
		const char *out;
	} cases[] = {
		{"plain", "\"plain\""},
		{"", "\"\""},
		{"say \"no\"", "\"say \\\"no\\\"\""},
		{"C:\\dir", "\"C:\\\\dir\""},
		{"a\nb\r\tc", "\"a\\nb\\r\\tc\""},
		{"\b\f", "\"\\b\\f\""},
		{"\x01x\x1f", "\"\\u0001x\\u001f\""},
		{"\x7f", "\"\x7f\""},
		{"/", "\"/\""},
		/* valid multi-byte UTF-8 passes through */
		{"Київ", "\"Київ\""},
		{"–5 °C “ok”", "\"–5 °C “ok”\""},
		{"\xF0\x9F\x9A\x80!", "\"\xF0\x9F\x9A\x80!\""},
		/* invalid bytes become U+FFFD, one per byte */
		{"a\xFF" "b", "\"a\xEF\xBF\xBD" "b\""},
		{"\xC0\xAF", "\"\xEF\xBF\xBD\xEF\xBF\xBD\""},
		{"\xED\xA0\x80", "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
		{"end\xE2\x80", "\"end\xEF\xBF\xBD\xEF\xBF\xBD\""},
		{"\xF4\x90\x80\x80",
		 "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\""},
		{"\x80q", "\"\xEF\xBF\xBDq\""},
	};
	struct sr_buf b;
	struct sr_jw jw = {&b, 0};
	json_error_t err;
	json_t *j;
	size_t i;

	(void)state;
	sr__buf_init(&b, 0);
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		sr__buf_reset(&b);
		sr__jw_cstr(&jw, cases[i].in);
		assert_int_equal(jw.rc, 0);
		assert_string_equal(b.data, cases[i].out);
		/* and a strict parser accepts it */
		j = json_loadb(b.data, b.len, JSON_DECODE_ANY, &err);
		assert_non_null(j);
		json_decref(j);
	}
	/* embedded NUL through the length-taking call */
	sr__buf_reset(&b);
	sr__jw_str(&jw, "a\0b", 3);
	assert_string_equal(b.data, "\"a\\u0000b\"");
	sr__buf_reset(&b);
	sr__jw_str(&jw, NULL, 0);
	assert_string_equal(b.data, "null");
	sr__buf_clear(&b);
}

/* Hostile text in every string field still gives one valid JSON line. */
static void test_jsonl_hostile_fields(void **state)
{
	static const char text[] = "x\"\\\n\x01\xFF\xC3 end";
	struct sr_event ev;
	json_error_t err;
	json_t *o;
	char *out;

	(void)state;
	sr__event_init(&ev);
	ev.actor1 = text;
	ev.location = "\xE2\x80\xA8 line sep";
	ev.text = text;
	ev.text_len = sizeof(text) - 1;
	ev.sentence = (struct sr_span){0, (uint32_t)(sizeof(text) - 1)};
	out = render(SR_FORMAT_JSONL, &ev, 1, NULL);
	assert_non_null(strchr(out, '\n'));
	assert_ptr_equal(strchr(out, '\n'), out + strlen(out) - 1);
	o = json_loads(out, 0, &err);
	assert_non_null(o);
	assert_string_equal(json_string_value(json_object_get(o, "actor1")),
			    "x\"\\\n\x01\xEF\xBF\xBD\xEF\xBF\xBD end");
	assert_string_equal(json_string_value(json_object_get(o, "sentence")),
			    "x\"\\\n\x01\xEF\xBF\xBD\xEF\xBF\xBD end");
	json_decref(o);
	free(out);

	/* a sentence span past the end of the text is null, not a crash */
	ev.sentence = (struct sr_span){5, 100};
	out = render(SR_FORMAT_JSONL, &ev, 1, NULL);
	assert_non_null(strstr(out, "\"sentence\":null,"));
	assert_non_null(strstr(out, "\"spans\":{\"sentence\":[5,100]}"));
	free(out);
}

static void test_geojson(void **state)
{
	struct sr_event ev[3];
	json_error_t err;
	json_t *root, *feats, *f, *coords, *props;
	uint64_t skipped;
	char *out;

	(void)state;
	full_event(&ev[0]);
	sr__event_init(&ev[1]); /* no coordinates: skipped */
	ev[1].kind = "drone_strike";
	full_event(&ev[2]);
	ev[2].kind = "airstrike";
	ev[2].latitude = -33.5;
	ev[2].longitude = 151.25;
	ev[2].geo_precision = 3;
	out = render(SR_FORMAT_GEOJSON, ev, 3, &skipped);
	assert_int_equal(skipped, 1);
	root = json_loads(out, 0, &err);
	assert_non_null(root);
	assert_string_equal(json_string_value(json_object_get(root, "type")),
			    "FeatureCollection");
	feats = json_object_get(root, "features");
	assert_true(json_is_array(feats));
	assert_int_equal(json_array_size(feats), 2);

	f = json_array_get(feats, 1);
	assert_string_equal(json_string_value(json_object_get(f, "type")),
			    "Feature");
	assert_string_equal(json_string_value(json_object_get(
				    json_object_get(f, "geometry"), "type")),
			    "Point");
	coords = json_object_get(json_object_get(f, "geometry"),
				 "coordinates");
	assert_int_equal(json_array_size(coords), 2);
	assert_true(json_real_value(json_array_get(coords, 0)) == 151.25);
	assert_true(json_real_value(json_array_get(coords, 1)) == -33.5);
	props = json_object_get(f, "properties");
	assert_string_equal(json_string_value(json_object_get(props, "kind")),
			    "airstrike");
	assert_int_equal(json_integer_value(
				 json_object_get(props, "geo_precision")),
			 3);
	assert_int_equal(json_object_size(props), SR_ARRAY_LEN(jsonl_keys));
	json_decref(root);
	free(out);

	/* zero features is still a valid FeatureCollection */
	out = render(SR_FORMAT_GEOJSON, &ev[1], 1, &skipped);
	assert_int_equal(skipped, 1);
	root = json_loads(out, 0, &err);
	assert_non_null(root);
	assert_int_equal(json_array_size(json_object_get(root, "features")),
			 0);
	json_decref(root);
	free(out);
	out = render(SR_FORMAT_GEOJSON, NULL, 0, NULL);
	root = json_loads(out, 0, &err);
	assert_non_null(root);
	json_decref(root);
	free(out);
}

static void test_count_cells(void **state)
{
	static const struct {
		int64_t v, lo, hi;
		const char *out;
	} cases[] = {
		{2, 2, 2, "2"},
		{2, -1, -1, "2"},
		{0, 0, 0, "0"},
		{-1, 12, 99, "12-99"},
		{50, 12, 99, "12-99"},
		{-1, 12, -1, "12+"},
		{12, 12, -1, "12"},
		{-1, 5, 5, "5"},
		{-1, -1, -1, "?"},
		{-1, -1, 40, "?"},
	};
	char buf[48];
	size_t i;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(cases); i++) {
		sr__export_count_cell(buf, cases[i].v, cases[i].lo,
				      cases[i].hi);
		assert_string_equal(buf, cases[i].out);
	}
}

static void test_table(void **state)
{
	struct sr_event ev[3];
	char *out, *l[5], *save = NULL;
	size_t i;

	(void)state;
	full_event(&ev[0]);
	ev[0].fatalities = SR_NULL_COUNT;
	ev[0].fatalities_low = 12;
	ev[0].fatalities_high = 99;
	sr__event_init(&ev[1]);
	full_event(&ev[2]);
	ev[2].location = "Велика Новосілка на березі річки Мокрі Яли";
	ev[2].admin1 = NULL;
	ev[2].actor2 = NULL;
	ev[2].actor1 = "Tab\there";
	ev[2].status = SR_STATUS_DENIED;
	out = render(SR_FORMAT_TABLE, ev, 3, NULL);
	l[0] = strtok_r(out, "\n", &save);
	for (i = 1; i < 5; i++)
		l[i] = strtok_r(NULL, "\n", &save);
	assert_null(strtok_r(NULL, "\n", &save));

	assert_string_equal(l[0],
			    "date        kind              location (admin1)"
			    "             actor1 -> actor2                 "
			    "          killed  injured  status");
	assert_string_equal(l[1],
			    "----------  ----------------  ---------------"
			    "-------------  -------------------------------"
			    "---------  -------  -------  ---------");
	assert_string_equal(l[2],
			    "2024-03-05  shelling          Nova Dolyna (Odesa)"
			    "           Military Forces of Russia (2000-) -> Ci…"
			    "    12-99    12-15  claimed");
	assert_string_equal(l[3],
			    "?           ?                 ?                 "
			    "            ?                                 "
			    "              ?        ?  reported");
	assert_string_equal(l[4],
			    "2024-03-05  shelling          Велика Новосілка "
			    "на березі …  Tab here                           "
			    "             2    12-15  denied");
	free(out);
}

static void test_errors(void **state)
{
	struct sr_writer *w = NULL;
	struct sr_event ev;
	FILE *fp;

	(void)state;
	sr_writer_free(NULL);
	assert_int_equal(sr_writer_new(&w, SR_FORMAT_JSONL, NULL), SR_EUSAGE);
	assert_null(w);
	assert_int_equal(sr_writer_new(&w, (enum sr_format)42, stdout),
			 SR_EUSAGE);
	assert_int_equal(sr_writer_event(NULL, &ev), SR_EUSAGE);
	assert_int_equal(sr_writer_finish(NULL), SR_EUSAGE);
	full_event(&ev);

	/* a full device: the error shows at the latest at finish */
	fp = fopen("/dev/full", "w");
	if (fp) {
		int rc = SR_OK, i;

		assert_int_equal(sr_writer_new(&w, SR_FORMAT_JSONL, fp),
				 SR_OK);
		for (i = 0; i < 100 && rc == SR_OK; i++)
			rc = sr_writer_event(w, &ev);
		if (rc == SR_OK)
			rc = sr_writer_finish(w);
		assert_int_equal(rc, SR_EIO);
		assert_int_equal(sr_writer_finish(w), SR_EIO);
		sr_writer_free(w);
		fclose(fp);
	}
	/* a stream open for reading only fails at once */
	fp = fopen("/dev/null", "r");
	assert_non_null(fp);
	assert_int_equal(sr_writer_new(&w, SR_FORMAT_CSV, fp), SR_EIO);
	assert_null(w);
	assert_int_equal(sr_writer_new(&w, SR_FORMAT_JSONL, fp), SR_OK);
	assert_int_equal(sr_writer_event(w, &ev), SR_EIO);
	assert_int_equal(sr_writer_event(w, &ev), SR_EIO);
	assert_int_equal(sr_writer_finish(w), SR_EIO);
	sr_writer_free(w);
	fclose(fp);

	/* events after finish are a usage error */
	fp = tmpfile();
	assert_non_null(fp);
	assert_int_equal(sr_writer_new(&w, SR_FORMAT_GEOJSON, fp), SR_OK);
	assert_int_equal(sr_writer_finish(w), SR_OK);
	assert_int_equal(sr_writer_event(w, &ev), SR_EUSAGE);
	sr_writer_free(w);
	fclose(fp);
}

static int fail_after = -1;
static void *failing_malloc(size_t n)
{
	if (fail_after == 0)
		return NULL;
	if (fail_after > 0)
		fail_after--;
	return malloc(n);
}
static void *failing_realloc(void *p, size_t n)
{
	if (fail_after == 0)
		return NULL;
	if (fail_after > 0)
		fail_after--;
	return realloc(p, n);
}

/* Every allocation failure comes back as SR_ENOMEM without a leak or a
 * partial record on the stream. */
static void test_alloc_failure(void **state)
{
	struct sr_writer *w;
	struct sr_event ev;
	enum sr_format f;
	int n, rc, failures = 0, successes = 0;
	long head;

	(void)state;
	full_event(&ev);
	for (f = SR_FORMAT_JSONL; f <= SR_FORMAT_TABLE; f++) {
		for (n = 0; n < 12; n++) {
			FILE *fp = tmpfile();

			assert_non_null(fp);
			w = NULL;
			head = -1;
			fail_after = n;
			sr_set_allocator(failing_malloc, failing_realloc,
					 free);
			rc = sr_writer_new(&w, f, fp);
			if (rc == SR_OK) {
				head = ftell(fp);
				rc = sr_writer_event(w, &ev);
			}
			sr_set_allocator(NULL, NULL, NULL);
			fail_after = -1;
			assert_true(rc == SR_OK || rc == SR_ENOMEM);
			if (rc == SR_ENOMEM) {
				failures++;
				/* nothing partial reached the stream */
				assert_true(w ? ftell(fp) == head
					      : ftell(fp) == 0);
				/* and the writer still works */
				if (w)
					assert_int_equal(
						sr_writer_event(w, &ev), SR_OK);
			} else {
				successes++;
			}
			sr_writer_free(w);
			fclose(fp);
		}
	}
	assert_true(failures >= 4);
	assert_true(successes >= 4);
}

/* sr__arena_printf (the rule ids and actor names of every record) against
 * snprintf: "%s" only (one pass, up to eight pieces), more pieces, NULL
 * arguments, "%%" and other directives (the general formatter). */
static void test_arena_printf(void **state)
{
	struct sr_arena ar;
	char want[256];
	const char *p;
	const char *volatile none = NULL;

	(void)state;
	sr__arena_init(&ar, 256);
#define CHECK_PRINTF(...)                                                      \
	do {                                                                   \
		snprintf(want, sizeof(want), __VA_ARGS__);                     \
		p = sr__arena_printf(&ar, __VA_ARGS__);                        \
		assert_non_null(p);                                            \
		assert_string_equal(p, want);                                  \
	} while (0)
	CHECK_PRINTF("trigger:%s%s", "missile strike", "+weapon");
	CHECK_PRINTF("trigger:%s%s", "attacked", "");
	CHECK_PRINTF("Military Forces of %s", "Ukraine");
	CHECK_PRINTF("%s+dyad", "+default");
	CHECK_PRINTF("%s", "");
	CHECK_PRINTF("no directive at all");
	CHECK_PRINTF("%s%s%s%s%s%s%s%s", "a", "b", "c", "d", "e", "f", "g",
		     "h");
	CHECK_PRINTF("<%s|%s|%s|%s|%s>", "a", "bb", "", "dddd", "e");
	CHECK_PRINTF("100%% %s", "sure");
	CHECK_PRINTF("%s: %d km", "Kyiv", 12);
#undef CHECK_PRINTF
	p = sr__arena_printf(&ar, "x%sy", none);
	assert_string_equal(p, "x(null)y");
	sr__arena_clear(&ar);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arena_printf),
		cmocka_unit_test(test_format_parse),
		cmocka_unit_test(test_jsonl_exact),
		cmocka_unit_test(test_jsonl_key_order),
		cmocka_unit_test(test_json_escaping),
		cmocka_unit_test(test_jsonl_hostile_fields),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_csv_iso_region),
		cmocka_unit_test(test_acled_inter),
		cmocka_unit_test(test_random_strings),
		cmocka_unit_test(test_geojson),
		cmocka_unit_test(test_count_cells),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_alloc_failure),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
