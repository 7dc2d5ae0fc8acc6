/*
 * kml.c - XML/HTML escaping, the kind groups (colour and symbol per event
 * kind, shared by KML, the SVG map and the reports) and the KML 2.2 writer
 * (`--format kml`): one Placemark per located event with name, description
 * (sentence, counts, status, source article), TimeStamp, a style per kind
 * group, ExtendedData and a Point.
 *
 * Exports: sr__xml_str, sr__xml_cstr, sr__kind_groups, sr__kind_group,
 * sr__export_kml_head/event/tail.
 *
 * Invariants: the output is well-formed XML whatever bytes the events hold
 * (every string goes through sr__xml_str); Placemark children follow the
 * order of the KML 2.2 schema; coordinates are "lon,lat" with 5 decimals.
 *
 * Not here: events without coordinates (skipped, counted by writer.c), no
 * external icon URLs (Google Earth's default pin tinted per style).
 */
#include "report.h"

#include <math.h>
#include <string.h>

void sr__xml_str(struct sr_jw *w, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run = 0, k;

	if (!s)
		return;
	while (i < n) {
		unsigned c = u[i];
		const char *rep = NULL;

		k = sr__export_utf8_seq(u + i, n - i);
		if (k == 1) {
			switch (c) {
			case '&':
				rep = "&amp;";
				break;
			case '<':
				rep = "&lt;";
				break;
			case '>':
				rep = "&gt;";
				break;
			case '"':
				rep = "&quot;";
				break;
			case '\'':
				rep = "&#39;";
				break;
			case '\t':
			case '\n':
			case '\r':
				break;
			default:
				if (c < 0x20 || c == 0x7f)
					rep = "";
				break;
			}
		} else if (k == 0) {
			rep = "\xEF\xBF\xBD";
		} else if (k == 3 && u[i] == 0xEF && u[i + 1] == 0xBF &&
			   (u[i + 2] == 0xBE || u[i + 2] == 0xBF)) {
			rep = ""; /* U+FFFE, U+FFFF: not XML characters */
		}
		if (rep) {
			sr__jw_raw(w, s + i - run, run);
			run = 0;
			sr__jw_raw(w, rep, strlen(rep));
			i += k ? k : 1;
			continue;
		}
		run += k;
		i += k;
	}
	sr__jw_raw(w, s + n - run, run);
}

void sr__xml_cstr(struct sr_jw *w, const char *s)
{
	if (s)
		sr__xml_str(w, s, strlen(s));
}

/* Colours: a qualitative palette readable on white and in grey print. */
const struct sr_kind_group_info sr__kind_groups[SR_KG_COUNT] = {
	[SR_KG_GROUND] = { "ground", "Ground fighting", "#7b3294", "square" },
	[SR_KG_SHELL] = { "shelling", "Shelling, missiles", "#d7191c",
			  "circle" },
	[SR_KG_AIR] = { "air", "Air and drone strikes", "#f08a24", "triangle" },
	[SR_KG_INTERCEPT] = { "intercept", "Interceptions", "#2b83ba",
			      "cross" },
	[SR_KG_CIVILIANS] = { "civilians", "Violence against civilians",
			      "#1a1a1a", "diamond" },
	[SR_KG_EXPLOSION] = { "explosion", "Explosions, unknown cause",
			      "#a6611a", "ring" },
	[SR_KG_OTHER] = { "other", "Other, non-violent", "#8c8c8c", "dot" },
};

static const struct {
	const char *kind;
	enum sr_kind_group g;
} kind_map[] = {
	{ "armed_clash", SR_KG_GROUND },
	{ "territory_gain", SR_KG_GROUND },
	{ "territory_transfer", SR_KG_GROUND },
	{ "shelling_missile", SR_KG_SHELL },
	{ "air_drone_strike", SR_KG_AIR },
	{ "remote_explosive", SR_KG_AIR },
	{ "grenade", SR_KG_AIR },
	{ "suicide_bomb", SR_KG_AIR },
	{ "chemical_weapon", SR_KG_AIR },
	{ "interception", SR_KG_INTERCEPT },
	{ "explosion", SR_KG_EXPLOSION },
	{ "attack_civilians", SR_KG_CIVILIANS },
	{ "abduction", SR_KG_CIVILIANS },
	{ "sexual_violence", SR_KG_CIVILIANS },
	{ "looting_destruction", SR_KG_CIVILIANS },
	{ "mob_violence", SR_KG_CIVILIANS },
	{ "protest_excessive_force", SR_KG_CIVILIANS },
};

static const char *const kind_labels[][2] = {
	{ "armed_clash", "Armed clash" },
	{ "territory_gain", "Territory taken" },
	{ "territory_transfer", "Territory handed over" },
	{ "shelling_missile", "Shelling/missile attack" },
	{ "air_drone_strike", "Air/drone strike" },
	{ "remote_explosive", "Mine/IED" },
	{ "interception", "Interception" },
	{ "attack_civilians", "Attack on civilians" },
	{ "military_aid", "Military aid" },
	{ "humanitarian_aid", "Humanitarian aid" },
};

const char *sr__kind_label(const char *kind, char *out)
{
	size_t i;

	if (!kind) {
		snprintf(out, 64, "Event");
		return out;
	}
	for (i = 0; i < SR_ARRAY_LEN(kind_labels); i++)
		if (strcmp(kind, kind_labels[i][0]) == 0) {
			snprintf(out, 64, "%s", kind_labels[i][1]);
			return out;
		}
	snprintf(out, 64, "%s", kind);
	for (i = 0; out[i]; i++)
		if (out[i] == '_')
			out[i] = ' ';
	if (out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char)(out[0] - 'a' + 'A');
	return out;
}

enum sr_kind_group sr__kind_group(const char *kind)
{
	size_t i;

	if (!kind)
		return SR_KG_OTHER;
	for (i = 0; i < SR_ARRAY_LEN(kind_map); i++)
		if (strcmp(kind, kind_map[i].kind) == 0)
			return kind_map[i].g;
	return SR_KG_OTHER;
}

/* "#rrggbb" -> KML's "aabbggrr". */
static void kml_colour(struct sr_jw *w, const char *rgb)
{
	char out[9] = "ff";

	out[2] = rgb[5];
	out[3] = rgb[6];
	out[4] = rgb[3];
	out[5] = rgb[4];
	out[6] = rgb[1];
	out[7] = rgb[2];
	out[8] = '\0';
	sr__jw_raw(w, out, 8);
}

int sr__export_kml_head(struct sr_buf *b)
{
	struct sr_jw w = { b, 0 };
	size_t i;

	SR_JW_LIT(&w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		      "<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n"
		      "<Document>\n<name>sitrep events</name>\n");
	for (i = 0; i < SR_KG_COUNT; i++) {
		SR_JW_LIT(&w, "<Style id=\"");
		sr__xml_cstr(&w, sr__kind_groups[i].id);
		SR_JW_LIT(&w, "\"><IconStyle><color>");
		kml_colour(&w, sr__kind_groups[i].colour);
		SR_JW_LIT(&w, "</color></IconStyle><LabelStyle><scale>0.8"
			      "</scale></LabelStyle></Style>\n");
	}
	return w.rc;
}

int sr__export_kml_tail(struct sr_buf *b)
{
	return sr__buf_puts(b, "</Document>\n</kml>\n");
}

static void data_str(struct sr_jw *w, const char *name, const char *v)
{
	if (!v)
		return;
	SR_JW_LIT(w, "<Data name=\"");
	sr__xml_cstr(w, name);
	SR_JW_LIT(w, "\"><value>");
	sr__xml_cstr(w, v);
	SR_JW_LIT(w, "</value></Data>");
}

static void data_count(struct sr_jw *w, const char *name, int64_t v, int64_t lo,
		       int64_t hi)
{
	char cell[48];

	if (v < 0 && lo < 0)
		return;
	sr__export_count_cell(cell, v, lo, hi);
	data_str(w, name, cell);
}

int sr__export_kml_event(struct sr_buf *b, const struct sr_event *ev)
{
	struct sr_jw w = { b, 0 };
	char date[11], cell[48];
	const char *sent;
	size_t slen;

	if (!sr__rep_located(ev))
		return 1;
	SR_JW_LIT(&w, "<Placemark id=\"ev");
	sr__xml_str(&w, ev->event_id,
		    strnlen(ev->event_id, sizeof(ev->event_id)));
	SR_JW_LIT(&w, "\">\n<name>");
	sr__xml_cstr(&w, ev->kind ? ev->kind : "event");
	if (ev->location) {
		SR_JW_LIT(&w, " \xE2\x80\x94 "); /* em dash */
		sr__xml_cstr(&w, ev->location);
	}
	SR_JW_LIT(&w, "</name>\n<description>");
	sent = sr__export_sentence(ev, &slen);
	if (sent) {
		sr__xml_str(&w, sent, slen);
		SR_JW_LIT(&w, "\n");
	}
	if (ev->fatalities >= 0 || ev->fatalities_low >= 0) {
		sr__export_count_cell(cell, ev->fatalities, ev->fatalities_low,
				      ev->fatalities_high);
		SR_JW_LIT(&w, "Killed: ");
		sr__xml_cstr(&w, cell);
		SR_JW_LIT(&w, ". ");
	}
	if (ev->injured >= 0 || ev->injured_low >= 0) {
		sr__export_count_cell(cell, ev->injured, ev->injured_low,
				      ev->injured_high);
		SR_JW_LIT(&w, "Injured: ");
		sr__xml_cstr(&w, cell);
		SR_JW_LIT(&w, ". ");
	}
	SR_JW_LIT(&w, "Status: ");
	sr__xml_cstr(&w, sr_status_name(ev->status));
	if (ev->claimed_by) {
		SR_JW_LIT(&w, " by ");
		sr__xml_cstr(&w, ev->claimed_by);
	}
	SR_JW_LIT(&w, ".\nSource: article ");
	sr__xml_cstr(&w, ev->article_id);
	SR_JW_LIT(&w, "</description>\n");
	if (ev->event_date.y) {
		sr_ymd_format(ev->event_date, date);
		SR_JW_LIT(&w, "<TimeStamp><when>");
		sr__jw_raw(&w, date, 10);
		SR_JW_LIT(&w, "</when></TimeStamp>\n");
	}
	SR_JW_LIT(&w, "<styleUrl>#");
	sr__xml_cstr(&w, sr__kind_groups[sr__kind_group(ev->kind)].id);
	SR_JW_LIT(&w, "</styleUrl>\n<ExtendedData>");
	data_str(&w, "kind", ev->kind);
	data_str(&w, "actor1", ev->actor1);
	data_str(&w, "actor2", ev->actor2);
	data_str(&w, "admin1", ev->admin1);
	data_str(&w, "country", ev->country);
	data_count(&w, "fatalities", ev->fatalities, ev->fatalities_low,
		   ev->fatalities_high);
	data_count(&w, "injured", ev->injured, ev->injured_low,
		   ev->injured_high);
	data_str(&w, "status", sr_status_name(ev->status));
	data_str(&w, "claimed_by", ev->claimed_by);
	data_str(&w, "article_id", ev->article_id);
	SR_JW_LIT(&w, "</ExtendedData>\n<Point><coordinates>");
	sr__jw_fixed(&w, ev->longitude, 5);
	SR_JW_LIT(&w, ",");
	sr__jw_fixed(&w, ev->latitude, 5);
	SR_JW_LIT(&w, "</coordinates></Point>\n</Placemark>\n");
	return w.rc;
}
