/*
 * report_html.c - the HTML situation report: one self-contained page with
 * inline CSS and SVG (the map of map_svg.c and a stacked-bar timeline),
 * headline figures, a short summary, tables by kind, side and region, key
 * events with their source sentences and citations, claims and denials.
 *
 * Exports: sr__report_html.
 *
 * Invariants: the page loads nothing: no scripts, fonts or images from
 * anywhere, and a Content-Security-Policy of default-src 'none' (inline
 * styles allowed) makes the browser refuse any fetch that slipped in.
 * Every string from the store goes through sr__xml_str.  The layout is a
 * single column that reflows on a phone; print CSS drops backgrounds and
 * keeps sections whole.
 *
 * Not here: the numbers (report.c), the map drawing (map_svg.c).
 */
#include "report.h"

#include "../lexicon/countries.h"

#include <string.h>

static void h(struct sr_jw *w, const char *s)
{
	sr__xml_cstr(w, s);
}

#define P(w, ...)                                                              \
	((w)->rc ? (void)0                                                     \
		 : (void)((w)->rc = sr__buf_printf((w)->b, __VA_ARGS__)))

static const char css[] =
    "<style>\n"
    ":root{--ink:#1d2329;--mute:#5b6570;--line:#d9dde2;--bg:#f6f7f9;"
    "--accent:#b3261e;--navy:#14263b}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 "
    "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\","
    "Arial,sans-serif}\n"
    "main{max-width:1000px;margin:0 auto;padding:0 16px 40px}\n"
    "header.top{background:var(--navy);color:#fff;padding:22px 0 18px}\n"
    "header.top .in{max-width:1000px;margin:0 auto;padding:0 16px}\n"
    ".kicker{font-size:12px;letter-spacing:.14em;text-transform:uppercase;"
    "color:#f0b9b4;font-weight:700}\n"
    "h1{margin:4px 0 6px;font-size:30px;line-height:1.15}\n"
    ".meta{margin:0;color:#c9d3de;font-size:13px}\n"
    "h2{font-size:19px;margin:0 0 10px;padding-bottom:6px;border-bottom:"
    "2px solid var(--navy)}\n"
    "section{background:#fff;border:1px solid var(--line);border-radius:6px;"
    "padding:18px 20px;margin:18px 0}\n"
    ".figs{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,"
    "1fr));gap:12px;margin:18px 0}\n"
    ".fig{background:#fff;border:1px solid var(--line);border-top:4px solid "
    "var(--navy);border-radius:6px;padding:12px 14px}\n"
    ".fig.red{border-top-color:var(--accent)}\n"
    ".fig .n{font-size:30px;font-weight:700;line-height:1.1;"
    "font-variant-numeric:tabular-nums}\n"
    ".fig .l{font-size:12px;color:var(--mute);text-transform:uppercase;"
    "letter-spacing:.06em}\n"
    ".fig .s{font-size:12.5px;color:var(--mute);margin-top:4px}\n"
    "ul.sum{margin:0;padding-left:20px}ul.sum li{margin:4px 0}\n"
    "figure{margin:0}figure svg{width:100%;height:auto;display:block}\n"
    "figcaption{font-size:12.5px;color:var(--mute);margin-top:6px}\n"
    ".cols{display:grid;grid-template-columns:1fr 1fr;gap:18px}\n"
    ".cols>section{margin:0}\n"
    ".tw{overflow-x:auto}\n"
    "table{border-collapse:collapse;width:100%;font-size:14px}\n"
    "th,td{text-align:left;padding:6px 8px;border-bottom:1px solid "
    "var(--line);vertical-align:top}\n"
    "th{font-size:12px;text-transform:uppercase;letter-spacing:.05em;"
    "color:var(--mute);font-weight:600}\n"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}\n"
    ".sw{display:inline-block;width:10px;height:10px;border-radius:2px;"
    "margin-right:6px;vertical-align:baseline}\n"
    "article.ke{border-left:4px solid var(--accent);padding:4px 0 4px 14px;"
    "margin:14px 0}\n"
    "article.ke h3{margin:0 0 2px;font-size:16px}\n"
    ".ke .when{color:var(--mute);font-size:13px}\n"
    ".tag{display:inline-block;font-size:12px;padding:1px 7px;border-radius:"
    "10px;background:#eef1f4;margin-right:4px;white-space:nowrap}\n"
    ".tag.k{background:#fbe3e1;color:#7d1a14}\n"
    ".tag.st{background:#fff3d6;color:#6b4d00}\n"
    "blockquote{margin:8px 0;padding:6px 12px;background:#f8f9fa;"
    "border-left:3px solid var(--line);font-style:italic}\n"
    "cite{font-size:12.5px;color:var(--mute);font-style:normal}\n"
    ".note{font-size:12.5px;color:var(--mute)}\n"
    "footer{font-size:12.5px;color:var(--mute);max-width:1000px;"
    "margin:0 auto;padding:0 16px 30px}\n"
    ".chart .bar{shape-rendering:crispEdges}\n"
    ".chart text{font:11px system-ui,sans-serif;fill:#5b6570}\n"
    ".chart .ax{stroke:#c3c9d0;stroke-width:1}\n"
    "@media (max-width:700px){h1{font-size:24px}.cols{grid-template-"
    "columns:1fr}section{padding:14px 12px}.fig .n{font-size:24px}"
    "th,td{padding:5px 5px}}\n"
    "@media print{body{background:#fff;font-size:11pt}header.top{"
    "background:#fff;color:#000;border-bottom:3px solid #000}"
    ".meta{color:#333}.kicker{color:#900}section,.fig{border:none;"
    "padding:6px 0;break-inside:avoid}article.ke{break-inside:avoid}"
    "main{max-width:none}}\n"
    "</style>\n";

/* A heading for the area the report covers. */
static const char *area_name(const struct sr_report_opts *o)
{
	const struct sr_country *c = NULL;
	const char *s = o->query.country;

	if (!s)
		return "All areas";
	if (strlen(s) == 2)
		c = sr__country_by_iso2(s);
	else if (strlen(s) == 3)
		c = sr__country_by_iso3(s);
	if (!c)
		c = sr__country_by_name(s, strlen(s));
	return c ? c->name : s;
}

static void figure(struct sr_jw *w, const char *cls, const char *label,
		   const char *value, const char *sub)
{
	P(w, "<div class=\"fig%s\"><div class=\"l\">", cls);
	h(w, label);
	SR_JW_LIT(w, "</div><div class=\"n\">");
	h(w, value);
	SR_JW_LIT(w, "</div><div class=\"s\">");
	h(w, sub);
	SR_JW_LIT(w, "</div></div>\n");
}

static void head(struct sr_jw *w, const struct sr_report_data *rd)
{
	char a[32], b[32], kl[48], il[48], sub[160];
	const struct sr_report_opts *o = rd->o;
	size_t claims = 0, denials = 0, i;

	sr__rep_date_long(rd->from, a);
	sr__rep_date_long(rd->to, b);
	SR_JW_LIT(w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
		     "<meta charset=\"utf-8\">\n"
		     "<meta http-equiv=\"Content-Security-Policy\" "
		     "content=\"default-src 'none'; style-src 'unsafe-inline'"
		     "; img-src data:\">\n"
		     "<meta name=\"viewport\" content=\"width=device-width, "
		     "initial-scale=1\">\n<meta name=\"generator\" "
		     "content=\"sitrep\">\n<title>Situation report: ");
	h(w, area_name(o));
	if (o->admin1) {
		SR_JW_LIT(w, ", ");
		h(w, o->admin1);
	}
	SR_JW_LIT(w, ", ");
	h(w, a);
	SR_JW_LIT(w, " \xE2\x80\x93 ");
	h(w, b);
	SR_JW_LIT(w, "</title>\n");
	sr__jw_raw(w, css, sizeof(css) - 1);
	SR_JW_LIT(w, "</head>\n<body>\n<header class=\"top\"><div class=\"in\">"
		     "<div class=\"kicker\">Situation report</div>\n<h1>");
	h(w, area_name(o));
	if (o->admin1) {
		SR_JW_LIT(w, " \xC2\xB7 ");
		h(w, o->admin1);
	}
	SR_JW_LIT(w, "</h1>\n<p class=\"meta\">");
	h(w, a);
	SR_JW_LIT(w, " \xE2\x80\x93 ");
	h(w, b);
	if (o->query.kind) {
		SR_JW_LIT(w, " \xC2\xB7 kind ");
		h(w, o->query.kind);
	}
	SR_JW_LIT(w, " \xC2\xB7 generated ");
	h(w, rd->generated);
	SR_JW_LIT(w, " by sitrep from news reports</p></div></header>\n"
		     "<main>\n<div class=\"figs\">\n");
	for (i = 0; i < rd->set.count; i++) {
		claims += rd->set.ev[i].status == SR_STATUS_CLAIMED;
		denials += rd->set.ev[i].status == SR_STATUS_DENIED;
	}
	snprintf(sub, sizeof(sub), "%zu with a place on the map", rd->located);
	snprintf(kl, sizeof(kl), "%lld", (long long)rd->total.events);
	figure(w, "", "Events", kl, sub);
	sr__rep_range_str(rd->total.killed_lo, rd->total.killed_hi,
			  rd->total.killed_open, kl);
	figure(w, " red", "Killed (reported)", kl,
	       "low\xE2\x80\x93high of the figures given");
	sr__rep_range_str(rd->total.injured_lo, rd->total.injured_hi,
			  rd->total.injured_open, il);
	figure(w, " red", "Injured (reported)", il,
	       "low\xE2\x80\x93high of the figures given");
	snprintf(kl, sizeof(kl), "%zu / %zu", claims, denials);
	figure(w, "", "Claimed / denied", kl,
	       "events resting on one side's word");
	SR_JW_LIT(w, "</div>\n");
}

static bool known(const char *k)
{
	return strcmp(k, "Unknown") && strcmp(k, "Unattributed") &&
	       strcmp(k, "unknown");
}

static void summary(struct sr_jw *w, const struct sr_report_data *rd)
{
	char r[48], date[32], lab[64];
	const struct sr_event *ev;

	SR_JW_LIT(w, "<section class=\"summary\"><h2>Summary</h2>\n"
		     "<ul class=\"sum\">\n");
	if (!rd->set.count) {
		SR_JW_LIT(w, "<li>No events were recorded for this period."
			     "</li>\n");
	}
	if (rd->kind_count) {
		SR_JW_LIT(w, "<li>Most frequent kind of event: <b>");
		h(w, sr__kind_label(rd->kind[0].key, lab));
		P(w, "</b> (%lld of %lld events).</li>\n",
		  (long long)rd->kind[0].events, (long long)rd->total.events);
	}
	if (rd->region_count && known(rd->region[0].key)) {
		sr__rep_range_str(rd->region[0].killed_lo,
				  rd->region[0].killed_hi,
				  rd->region[0].killed_open, r);
		SR_JW_LIT(w, "<li>Most affected region: <b>");
		h(w, rd->region[0].key);
		P(w, "</b> with %lld events", (long long)rd->region[0].events);
		if (rd->region[0].killed_hi) {
			SR_JW_LIT(w, " and ");
			h(w, r);
			SR_JW_LIT(w, " killed");
		}
		SR_JW_LIT(w, ".</li>\n");
	}
	if (rd->key_count && sr__rep_killed(&rd->set.ev[rd->key[0]]) > 0) {
		ev = &rd->set.ev[rd->key[0]];
		sr__rep_date_long(ev->event_date, date);
		SR_JW_LIT(w, "<li>Deadliest reported event: <b>");
		h(w, sr__kind_label(ev->kind, lab));
		if (ev->location) {
			SR_JW_LIT(w, " in ");
			h(w, ev->location);
		}
		SR_JW_LIT(w, "</b>, ");
		h(w, date);
		P(w, ", with at least %lld killed.</li>\n",
		  (long long)sr__rep_killed(ev));
	}
	if (rd->side_count && known(rd->side[0].key)) {
		SR_JW_LIT(w, "<li>Initiating side most often named: <b>");
		h(w, rd->side[0].key);
		P(w, "</b> (%lld events).</li>\n",
		  (long long)rd->side[0].events);
	}
	SR_JW_LIT(w, "</ul></section>\n");
}

/* ---- timeline: stacked bars per bin and kind group ---- */

static void bin_label(const struct sr_report_data *rd, size_t i, char *out)
{
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr",
					   "May", "Jun", "Jul", "Aug",
					   "Sep", "Oct", "Nov", "Dec" };
	struct sr_ymd d;
	int m;

	if (rd->bin_days == 30) {
		m = rd->from.y * 12 + rd->from.m - 1 + (int)i;
		snprintf(out, 16, "%s %d", mon[m % 12], m / 12);
		return;
	}
	d = sr_ymd_from_days(rd->day0 + (int64_t)i * rd->bin_days);
	snprintf(out, 16, "%d %s", d.d, mon[d.m - 1]);
}

static void timeline(struct sr_jw *w, const struct sr_report_data *rd)
{
	enum { W = 920, H = 270, L = 40, R = 10, T = 44, B = 40 };
	uint32_t max = 1, tot;
	unsigned present = 0;
	size_t i, g, every;
	double bw, x, y, hgt, step, lx, ly;
	char lab[16];
	int ticks, t;

	for (i = 0; i < rd->bins; i++) {
		for (tot = 0, g = 0; g < SR_KG_COUNT; g++) {
			tot += rd->tl[i][g];
			if (rd->tl[i][g])
				present |= 1u << g;
		}
		max = tot > max ? tot : max;
	}
	/* A round axis maximum with 2-5 ticks. */
	step = max <= 5	    ? 1
	       : max <= 10  ? 2
	       : max <= 25  ? 5
	       : max <= 50  ? 10
	       : max <= 100 ? 20
			    : (double)((max / 500 + 1) * 100);
	ticks = (int)((max + step - 1) / step);
	if (ticks < 1)
		ticks = 1;
	SR_JW_LIT(w, "<section><h2>Timeline</h2>\n<figure class=\"chart\">");
	P(w,
	  "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" "
	  "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"Events per %s "
	  "by kind\">\n",
	  W, H,
	  rd->bin_days == 1   ? "day"
	  : rd->bin_days == 7 ? "week"
			      : "month");
	for (t = 0; t <= ticks; t++) {
		y = H - B - (H - B - T) * (double)t / ticks;
		P(w,
		  "<line class=\"ax\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" "
		  "y2=\"%.1f\"/><text x=\"%d\" y=\"%.1f\" "
		  "text-anchor=\"end\">%d</text>\n",
		  L, W - R, y, y, L - 6, y + 4, (int)(t * step));
	}
	bw = (double)(W - L - R) / (rd->bins ? rd->bins : 1);
	every = (size_t)(60 / bw) + 1;
	for (i = 0; i < rd->bins; i++) {
		x = L + i * bw;
		y = H - B;
		for (g = 0; g < SR_KG_COUNT; g++) {
			if (!rd->tl[i][g])
				continue;
			hgt = (H - B - T) * rd->tl[i][g] / (ticks * step);
			y -= hgt;
			P(w,
			  "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" "
			  "width=\"%.1f\" height=\"%.1f\" fill=\"%s\">"
			  "<title>",
			  x + bw * 0.12, y, bw * 0.76, hgt,
			  sr__kind_groups[g].colour);
			bin_label(rd, i, lab);
			h(w, lab);
			P(w, ": %u ", rd->tl[i][g]);
			h(w, sr__kind_groups[g].label);
			SR_JW_LIT(w, "</title></rect>\n");
		}
		if (i % every == 0) {
			bin_label(rd, i, lab);
			P(w,
			  "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">",
			  x + bw / 2, H - B + 16);
			h(w, lab);
			SR_JW_LIT(w, "</text>\n");
		}
	}
	lx = L;
	ly = 0;
	for (g = 0; g < SR_KG_COUNT; g++) {
		if (!(present & (1u << g)))
			continue;
		if (lx + 24 + strlen(sr__kind_groups[g].label) * 6.2 > W) {
			lx = L;
			ly += 15;
		}
		P(w,
		  "<rect x=\"%.0f\" y=\"%.0f\" width=\"10\" height=\"10\" "
		  "fill=\"%s\"/><text x=\"%.0f\" y=\"%.0f\">",
		  lx, ly, sr__kind_groups[g].colour, lx + 14, ly + 9);
		h(w, sr__kind_groups[g].label);
		SR_JW_LIT(w, "</text>\n");
		lx += 30 + strlen(sr__kind_groups[g].label) * 6.2;
	}
	SR_JW_LIT(w, "</svg>\n<figcaption>");
	P(w,
	  "Events per %s and kind of event, dated by the event's date as "
	  "the reports give it.",
	  rd->bin_days == 1   ? "day"
	  : rd->bin_days == 7 ? "week"
			      : "month");
	SR_JW_LIT(w, "</figcaption></figure></section>\n");
}

/* ---- tables ---- */

static void table(struct sr_jw *w, const char *title, const char *col,
		  const struct sr_rep_row *rows, size_t n, size_t max,
		  bool kinds)
{
	char k[48], in[48], lab[64];
	size_t i;

	SR_JW_LIT(w, "<section><h2>");
	h(w, title);
	SR_JW_LIT(w, "</h2>\n<div class=\"tw\"><table><thead><tr><th>");
	h(w, col);
	SR_JW_LIT(w, "</th><th class=\"n\">Events</th><th class=\"n\">"
		     "Killed</th><th class=\"n\">Injured</th></tr></thead>"
		     "<tbody>\n");
	for (i = 0; i < n && i < max; i++) {
		sr__rep_range_str(rows[i].killed_lo, rows[i].killed_hi,
				  rows[i].killed_open, k);
		sr__rep_range_str(rows[i].injured_lo, rows[i].injured_hi,
				  rows[i].injured_open, in);
		if (!rows[i].killed_known)
			strcpy(k, "\xE2\x80\x94");
		if (!rows[i].injured_known)
			strcpy(in, "\xE2\x80\x94");
		SR_JW_LIT(w, "<tr><td>");
		if (kinds) {
			P(w,
			  "<span class=\"sw\" style=\"background:%s\">"
			  "</span>",
			  sr__kind_groups[sr__kind_group(rows[i].key)].colour);
			h(w, sr__kind_label(rows[i].key, lab));
		} else {
			h(w, rows[i].key);
		}
		P(w, "</td><td class=\"n\">%lld</td><td class=\"n\">",
		  (long long)rows[i].events);
		h(w, k);
		SR_JW_LIT(w, "</td><td class=\"n\">");
		h(w, in);
		SR_JW_LIT(w, "</td></tr>\n");
	}
	if (!n)
		SR_JW_LIT(w, "<tr><td colspan=\"4\">None</td></tr>\n");
	SR_JW_LIT(w, "</tbody></table></div>");
	if (n > max)
		P(w, "<p class=\"note\">%zu more not shown.</p>", n - max);
	SR_JW_LIT(w, "</section>\n");
}

static void toll_tags(struct sr_jw *w, const struct sr_event *ev)
{
	char cell[48];

	if (ev->fatalities >= 0 || ev->fatalities_low >= 0) {
		sr__export_count_cell(cell, ev->fatalities, ev->fatalities_low,
				      ev->fatalities_high);
		SR_JW_LIT(w, "<span class=\"tag k\">");
		h(w, cell);
		SR_JW_LIT(w, " killed</span>");
	}
	if (ev->injured >= 0 || ev->injured_low >= 0) {
		sr__export_count_cell(cell, ev->injured, ev->injured_low,
				      ev->injured_high);
		SR_JW_LIT(w, "<span class=\"tag k\">");
		h(w, cell);
		SR_JW_LIT(w, " injured</span>");
	}
}

static void citation(struct sr_jw *w, const struct sr_event *ev)
{
	SR_JW_LIT(w, "<cite>Source: article ");
	h(w, ev->article_id ? ev->article_id : "unknown");
	P(w, " \xC2\xB7 event %.*s \xC2\xB7 confidence %.2f</cite>",
	  (int)strnlen(ev->event_id, sizeof(ev->event_id)), ev->event_id,
	  ev->confidence);
}

static void key_events(struct sr_jw *w, const struct sr_report_data *rd)
{
	char date[32], lab[64];
	size_t i;

	SR_JW_LIT(w, "<section class=\"key\"><h2>Key events</h2>\n");
	if (!rd->key_count)
		SR_JW_LIT(w, "<p>No violent events in this period.</p>\n");
	for (i = 0; i < rd->key_count; i++) {
		const struct sr_event *ev = &rd->set.ev[rd->key[i]];

		sr__rep_date_long(ev->event_date, date);
		SR_JW_LIT(w, "<article class=\"ke\"><h3>");
		h(w, sr__kind_label(ev->kind, lab));
		if (ev->location) {
			SR_JW_LIT(w, " \xE2\x80\x94 ");
			h(w, ev->location);
		}
		SR_JW_LIT(w, "</h3><div class=\"when\">");
		h(w, date);
		if (ev->admin1) {
			SR_JW_LIT(w, " \xC2\xB7 ");
			h(w, ev->admin1);
		}
		if (ev->country) {
			SR_JW_LIT(w, " \xC2\xB7 ");
			h(w, ev->country);
		}
		SR_JW_LIT(w, "</div><div>");
		toll_tags(w, ev);
		if (ev->actor1) {
			SR_JW_LIT(w, "<span class=\"tag\">");
			h(w, ev->actor1);
			if (ev->actor2) {
				SR_JW_LIT(w, " \xE2\x86\x92 ");
				h(w, ev->actor2);
			}
			SR_JW_LIT(w, "</span>");
		}
		if (ev->status != SR_STATUS_REPORTED) {
			SR_JW_LIT(w, "<span class=\"tag st\">");
			h(w, sr_status_name(ev->status));
			if (ev->claimed_by) {
				SR_JW_LIT(w, " by ");
				h(w, ev->claimed_by);
			}
			SR_JW_LIT(w, "</span>");
		}
		SR_JW_LIT(w, "</div>");
		if (ev->text) {
			SR_JW_LIT(w, "<blockquote>");
			sr__xml_str(w, ev->text, ev->text_len);
			SR_JW_LIT(w, "</blockquote>");
		}
		citation(w, ev);
		SR_JW_LIT(w, "</article>\n");
	}
	SR_JW_LIT(w, "</section>\n");
}

static void claims(struct sr_jw *w, const struct sr_report_data *rd)
{
	char date[11], lab[64];
	size_t i;

	SR_JW_LIT(w, "<section class=\"claims\"><h2>Claims and denials</h2>\n"
		     "<p class=\"note\">Events that rest on one party's "
		     "statement (claimed) or that a party disputes (denied)."
		     " Denials first.</p>\n");
	if (!rd->claim_count) {
		SR_JW_LIT(w, "<p>None in this period.</p></section>\n");
		return;
	}
	SR_JW_LIT(w, "<div class=\"tw\"><table><thead><tr><th>Date</th>"
		     "<th>Status</th><th>By</th><th>Event</th><th>What was "
		     "said</th></tr></thead><tbody>\n");
	for (i = 0; i < rd->claim_count; i++) {
		const struct sr_event *ev = &rd->set.ev[rd->claim[i]];

		strcpy(date, "?");
		if (ev->event_date.y)
			sr_ymd_format(ev->event_date, date);
		SR_JW_LIT(w, "<tr><td class=\"n\">");
		h(w, date);
		SR_JW_LIT(w, "</td><td><span class=\"tag st\">");
		h(w, sr_status_name(ev->status));
		SR_JW_LIT(w, "</span></td><td>");
		h(w, ev->claimed_by ? ev->claimed_by : "\xE2\x80\x94");
		SR_JW_LIT(w, "</td><td>");
		h(w, sr__kind_label(ev->kind, lab));
		if (ev->location) {
			SR_JW_LIT(w, ", ");
			h(w, ev->location);
		}
		SR_JW_LIT(w, "</td><td>");
		if (ev->text)
			sr__xml_str(w, ev->text, ev->text_len);
		SR_JW_LIT(w, "<br>");
		citation(w, ev);
		SR_JW_LIT(w, "</td></tr>\n");
	}
	SR_JW_LIT(w, "</tbody></table></div></section>\n");
}

int sr__report_html(struct sr_buf *b, const struct sr_report_data *rd,
		    struct sr_diag *d)
{
	struct sr_jw w = { b, 0 };

	head(&w, rd);
	summary(&w, rd);
	SR_JW_LIT(&w, "<section class=\"mapsec\"><h2>Map</h2>\n<figure>\n");
	if (rd->map_svg)
		sr__jw_raw(&w, rd->map_svg, strlen(rd->map_svg));
	SR_JW_LIT(&w, "<figcaption>Each symbol is one event, sized by the "
		      "number killed; events at one place overlap. Places "
		      "as geocoded from the reports.</figcaption></figure>"
		      "</section>\n");
	timeline(&w, rd);
	SR_JW_LIT(&w, "<div class=\"cols\">\n");
	table(&w, "By kind of event", "Kind", rd->kind, rd->kind_count, 30,
	      true);
	table(&w, "By side (initiator)", "Side", rd->side, rd->side_count, 30,
	      false);
	SR_JW_LIT(&w, "</div>\n");
	table(&w, "By region", "Region (admin-1)", rd->region, rd->region_count,
	      25, false);
	key_events(&w, rd);
	claims(&w, rd);
	SR_JW_LIT(&w,
		  "</main>\n<footer><p>Figures are extracted "
		  "automatically from news reports and are only as good "
		  "as the reports: tolls are given as the range between "
		  "the lowest and highest figures reported, and one "
		  "incident reported by several outlets may appear more "
		  "than once unless merged. Claimed and denied events "
		  "rest on a party's word.</p></footer>\n</body>\n</html>\n");
	if (w.rc && d)
		sr_diag_set(d, w.rc, "", 0, "report: %s", sr_strerror(w.rc));
	return w.rc;
}
