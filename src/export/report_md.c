/*
 * report_md.c - the Markdown situation report: the same sections as the
 * HTML one (figures, summary, timeline as a table, tables by kind, side
 * and region, key events with quoted sentences and citations, claims and
 * denials), without the map.
 *
 * Exports: sr__report_md.
 *
 * Invariants: text from articles cannot break the layout: in table cells
 * '|' is escaped and line breaks become spaces; Markdown's inline
 * characters (* _ ` [ ] < > \) are backslash-escaped everywhere, so
 * article text cannot inject links, HTML or emphasis.
 *
 * Not here: the map (SVG does not belong in Markdown; use `sitrep map`).
 */
#include "report.h"

#include <string.h>

#define P(w, ...)                                                              \
	((w)->rc ? (void)0                                                     \
		 : (void)((w)->rc = sr__buf_printf((w)->b, __VA_ARGS__)))

/* s escaped for Markdown text and table cells, one line. */
static void md(struct sr_jw *w, const char *s, size_t n)
{
	size_t i, k;
	const unsigned char *u = (const unsigned char *)s;

	if (!s)
		return;
	for (i = 0; i < n; i += k ? k : 1) {
		k = sr__export_utf8_seq(u + i, n - i);
		if (k == 0) {
			SR_JW_LIT(w, "\xEF\xBF\xBD");
		} else if (k > 1) {
			sr__jw_raw(w, s + i, k);
		} else if (u[i] < 0x20 || u[i] == 0x7f) {
			SR_JW_LIT(w, " ");
		} else if (strchr("\\`*_[]<>|#!", u[i])) {
			SR_JW_LIT(w, "\\");
			sr__jw_raw(w, s + i, 1);
		} else {
			sr__jw_raw(w, s + i, 1);
		}
	}
}

static void mc(struct sr_jw *w, const char *s)
{
	if (s)
		md(w, s, strlen(s));
}

static void table(struct sr_jw *w, const char *title, const char *col,
		  const struct sr_rep_row *rows, size_t n, bool kinds)
{
	char k[48], in[48], lab[64];
	size_t i;

	P(w,
	  "\n## %s\n\n| %s | Events | Killed | Injured |\n"
	  "|---|---:|---:|---:|\n",
	  title, col);
	for (i = 0; i < n && i < 30; i++) {
		sr__rep_range_str(rows[i].killed_lo, rows[i].killed_hi,
				  rows[i].killed_open, k);
		sr__rep_range_str(rows[i].injured_lo, rows[i].injured_hi,
				  rows[i].injured_open, in);
		if (!rows[i].killed_known)
			strcpy(k, "\xE2\x80\x94");
		if (!rows[i].injured_known)
			strcpy(in, "\xE2\x80\x94");
		SR_JW_LIT(w, "| ");
		mc(w, kinds ? sr__kind_label(rows[i].key, lab) : rows[i].key);
		P(w, " | %lld | %s | %s |\n", (long long)rows[i].events, k, in);
	}
	if (!n)
		SR_JW_LIT(w, "| none | 0 | 0 | 0 |\n");
}

static void event_line(struct sr_jw *w, const struct sr_event *ev)
{
	char date[32], cell[48], lab[64];

	sr__rep_date_long(ev->event_date, date);
	SR_JW_LIT(w, "**");
	mc(w, sr__kind_label(ev->kind, lab));
	if (ev->location) {
		SR_JW_LIT(w, " \xE2\x80\x94 ");
		mc(w, ev->location);
	}
	P(w, "**, %s", date);
	if (ev->admin1) {
		SR_JW_LIT(w, ", ");
		mc(w, ev->admin1);
	}
	if (ev->fatalities >= 0 || ev->fatalities_low >= 0) {
		sr__export_count_cell(cell, ev->fatalities, ev->fatalities_low,
				      ev->fatalities_high);
		P(w, "; killed %s", cell);
	}
	if (ev->injured >= 0 || ev->injured_low >= 0) {
		sr__export_count_cell(cell, ev->injured, ev->injured_low,
				      ev->injured_high);
		P(w, "; injured %s", cell);
	}
	if (ev->status != SR_STATUS_REPORTED) {
		P(w, "; %s", sr_status_name(ev->status));
		if (ev->claimed_by) {
			SR_JW_LIT(w, " by ");
			mc(w, ev->claimed_by);
		}
	}
	SR_JW_LIT(w, "\n");
}

static void quote(struct sr_jw *w, const struct sr_event *ev)
{
	if (ev->text) {
		SR_JW_LIT(w, "\n> ");
		md(w, ev->text, ev->text_len);
		SR_JW_LIT(w, "\n");
	}
	SR_JW_LIT(w, "\n*Source: article ");
	mc(w, ev->article_id ? ev->article_id : "unknown");
	P(w, ", event %.*s, confidence %.2f*\n",
	  (int)strnlen(ev->event_id, sizeof(ev->event_id)), ev->event_id,
	  ev->confidence);
}

int sr__report_md(struct sr_buf *b, const struct sr_report_data *rd,
		  struct sr_diag *d)
{
	struct sr_jw w = { b, 0 };
	char a[32], z[32], k[48], in[48];
	size_t i, g;
	uint32_t tot;

	sr__rep_date_long(rd->from, a);
	sr__rep_date_long(rd->to, z);
	SR_JW_LIT(&w, "# Situation report");
	if (rd->o->query.country) {
		SR_JW_LIT(&w, ": ");
		mc(&w, rd->o->query.country);
	}
	if (rd->o->admin1) {
		SR_JW_LIT(&w, ", ");
		mc(&w, rd->o->admin1);
	}
	P(&w,
	  "\n\n%s \xE2\x80\x93 %s \xC2\xB7 generated %s by sitrep from "
	  "news reports\n\n",
	  a, z, rd->generated);
	sr__rep_range_str(rd->total.killed_lo, rd->total.killed_hi,
			  rd->total.killed_open, k);
	sr__rep_range_str(rd->total.injured_lo, rd->total.injured_hi,
			  rd->total.injured_open, in);
	P(&w,
	  "- **Events:** %lld (%zu with a place)\n"
	  "- **Killed (reported):** %s\n- **Injured (reported):** %s\n",
	  (long long)rd->total.events, rd->located, k, in);
	for (i = 0; i < rd->side_count && i < 6; i++) {
		sr__rep_range_str(rd->side[i].killed_lo, rd->side[i].killed_hi,
				  rd->side[i].killed_open, k);
		SR_JW_LIT(&w, "- Side **");
		mc(&w, rd->side[i].key);
		P(&w, "**: %lld events, %s killed\n",
		  (long long)rd->side[i].events, k);
	}

	SR_JW_LIT(&w, "\n## Timeline\n\n| Period starting |");
	for (g = 0; g < SR_KG_COUNT; g++)
		P(&w, " %s |", sr__kind_groups[g].label);
	SR_JW_LIT(&w, " Total |\n|---|");
	for (g = 0; g <= SR_KG_COUNT; g++)
		SR_JW_LIT(&w, "---:|");
	SR_JW_LIT(&w, "\n");
	for (i = 0; i < rd->bins; i++) {
		struct sr_ymd day;
		char ds[11];

		for (tot = 0, g = 0; g < SR_KG_COUNT; g++)
			tot += rd->tl[i][g];
		if (!tot)
			continue;
		if (rd->bin_days == 30) {
			int m = rd->from.y * 12 + rd->from.m - 1 + (int)i;

			day.y = m / 12;
			day.m = m % 12 + 1;
			day.d = 1;
		} else {
			day = sr_ymd_from_days(rd->day0 +
					       (int64_t)i * rd->bin_days);
		}
		sr_ymd_format(day, ds);
		P(&w, "| %s |", ds);
		for (g = 0; g < SR_KG_COUNT; g++)
			P(&w, " %u |", rd->tl[i][g]);
		P(&w, " %u |\n", tot);
	}

	table(&w, "By kind of event", "Kind", rd->kind, rd->kind_count, true);
	table(&w, "By side (initiator)", "Side", rd->side, rd->side_count,
	      false);
	table(&w, "By region", "Region", rd->region, rd->region_count, false);

	SR_JW_LIT(&w, "\n## Key events\n");
	for (i = 0; i < rd->key_count; i++) {
		SR_JW_LIT(&w, "\n");
		P(&w, "%zu. ", i + 1);
		event_line(&w, &rd->set.ev[rd->key[i]]);
		quote(&w, &rd->set.ev[rd->key[i]]);
	}
	if (!rd->key_count)
		SR_JW_LIT(&w, "\nNo violent events in this period.\n");

	SR_JW_LIT(&w, "\n## Claims and denials\n");
	for (i = 0; i < rd->claim_count; i++) {
		SR_JW_LIT(&w, "\n- ");
		event_line(&w, &rd->set.ev[rd->claim[i]]);
		quote(&w, &rd->set.ev[rd->claim[i]]);
	}
	if (!rd->claim_count)
		SR_JW_LIT(&w, "\nNone in this period.\n");
	SR_JW_LIT(&w, "\n---\n\nTolls are ranges between the lowest and "
		      "highest figures reported. Claimed and denied events "
		      "rest on a party's word.\n");
	if (w.rc && d)
		sr_diag_set(d, w.rc, "", 0, "report: %s", sr_strerror(w.rc));
	return w.rc;
}
