/*
 * table.c - the fixed-width text table for people (`--format table`):
 *
 *   date        kind              location (admin1)  ...  killed  injured
 *   ----------  ----------------  -----------------  ...  -------  -------
 *   2024-03-02  airstrike         Kupiansk (Kharkiv) ...        2    12-99
 *
 * Columns: date, kind, location (admin1), actor1 -> actor2, killed,
 * injured, status.
 *
 * Exports: sr__export_table_header, sr__export_table_event,
 * sr__export_count_cell.
 *
 * Invariants: widths are counted in code points; a cell longer than its
 * column is cut to width - 1 code points plus "…"; control characters are
 * shown as spaces and invalid UTF-8 as U+FFFD, so one event is always one
 * line.  Counts read "2", "12-99" (low-high when they differ), "12+" (a
 * lower bound only), "?" (unknown).  No trailing spaces.
 *
 * Not here: terminal width detection, East Asian wide characters (each code
 * point counts as one column).
 */
#include "export.h"

#include <string.h>

enum {
	W_DATE = 10,
	W_KIND = 16,
	W_LOC = 28,
	W_ACT = 40,
	W_NUM = 7,
	W_STATUS = 9
};

static const char ellipsis[] = "\xE2\x80\xA6"; /* U+2026 */

/* Code points in s[0..n) as the cell will show them. */
static size_t cell_width(const unsigned char *s, size_t n)
{
	size_t i = 0, k, cps = 0;

	while (i < n) {
		k = sr__export_utf8_seq(s + i, n - i);
		i += k ? k : 1;
		cps++;
	}
	return cps;
}

/* Appends up to max code points of s[0..n), sanitised. */
static void put_cps(struct sr_jw *w, const unsigned char *s, size_t n,
		    size_t max)
{
	size_t i = 0, k, cps = 0;

	while (i < n && cps < max) {
		k = sr__export_utf8_seq(s + i, n - i);
		if (!k)
			SR_JW_LIT(w, "\xEF\xBF\xBD");
		else if (k == 1 && (s[i] < 0x20 || s[i] == 0x7f))
			SR_JW_LIT(w, " ");
		else
			sr__jw_raw(w, (const char *)s + i, k);
		i += k ? k : 1;
		cps++;
	}
}

static void pad(struct sr_jw *w, size_t n)
{
	static const char spaces[] = "                                        ";

	while (n > 0) {
		size_t k = SR_MIN(n, sizeof(spaces) - 1);

		sr__jw_raw(w, spaces, k);
		n -= k;
	}
}

/* One cell of width cols followed by two spaces unless last. */
static void cell(struct sr_jw *w, const char *s, size_t width, bool right,
		 bool last)
{
	const unsigned char *p = (const unsigned char *)(s ? s : "");
	size_t n = strlen((const char *)p), cps = cell_width(p, n);

	if (cps > width) {
		put_cps(w, p, n, width - 1);
		SR_JW_LIT(w, ellipsis);
		cps = width;
	} else {
		if (right)
			pad(w, width - cps);
		put_cps(w, p, n, cps);
	}
	if (!right && !last)
		pad(w, width - cps);
	if (!last)
		SR_JW_LIT(w, "  ");
}

void sr__export_count_cell(char *out, int64_t v, int64_t lo, int64_t hi)
{
	size_t n;

	if (lo >= 0 && hi >= 0 && lo != hi) {
		n = sr__export_fmt_int(out, lo);
		out[n++] = '-';
		sr__export_fmt_int(out + n, hi);
	} else if (v >= 0) {
		sr__export_fmt_int(out, v);
	} else if (lo >= 0 && hi < 0) {
		n = sr__export_fmt_int(out, lo);
		out[n++] = '+';
		out[n] = '\0';
	} else if (lo >= 0) {
		sr__export_fmt_int(out, lo); /* lo == hi */
	} else {
		strcpy(out, "?");
	}
}

int sr__export_table_header(struct sr_buf *b)
{
	struct sr_jw jw = { b, 0 };
	static const size_t widths[] = { W_DATE, W_KIND, W_LOC,	  W_ACT,
					 W_NUM,	 W_NUM,	 W_STATUS };
	static const char dashes[] = "----------------------------------------";
	size_t i;

	cell(&jw, "date", W_DATE, false, false);
	cell(&jw, "kind", W_KIND, false, false);
	cell(&jw, "location (admin1)", W_LOC, false, false);
	cell(&jw, "actor1 -> actor2", W_ACT, false, false);
	cell(&jw, "killed", W_NUM, true, false);
	cell(&jw, "injured", W_NUM, true, false);
	cell(&jw, "status", W_STATUS, false, true);
	SR_JW_LIT(&jw, "\n");
	for (i = 0; i < SR_ARRAY_LEN(widths); i++) {
		if (i)
			SR_JW_LIT(&jw, "  ");
		sr__jw_raw(&jw, dashes, widths[i]);
	}
	SR_JW_LIT(&jw, "\n");
	return jw.rc;
}

int sr__export_table_event(struct sr_buf *b, const struct sr_event *ev)
{
	struct sr_jw jw = { b, 0 };
	const char *a1 = ev->actor1 && *ev->actor1 ? ev->actor1 : NULL;
	const char *a2 = ev->actor2 && *ev->actor2 ? ev->actor2 : NULL;
	const char *loc = ev->location && *ev->location ? ev->location : NULL;
	const char *adm = ev->admin1 && *ev->admin1 ? ev->admin1 : NULL;
	/* Longer than any column: the cell cuts them anyway. */
	char date[11], where[4 * W_LOC + 8], who[4 * W_ACT + 8];
	char killed[48], injured[48];

	if (ev->event_date.y)
		sr_ymd_format(ev->event_date, date);
	else
		strcpy(date, "?");
	if (loc && adm && strcmp(loc, adm) != 0)
		snprintf(where, sizeof(where), "%s (%s)", loc, adm);
	else if (loc || adm)
		snprintf(where, sizeof(where), "%s", loc ? loc : adm);
	else
		snprintf(where, sizeof(where), "%s",
			 ev->country ? ev->country : "?");
	if (a1 && a2)
		snprintf(who, sizeof(who), "%s -> %s", a1, a2);
	else if (a1 || a2)
		snprintf(who, sizeof(who), "%s%s", a1 ? a1 : "? -> ",
			 a1 ? "" : a2);
	else
		strcpy(who, "?");
	sr__export_count_cell(killed, ev->fatalities, ev->fatalities_low,
			      ev->fatalities_high);
	sr__export_count_cell(injured, ev->injured, ev->injured_low,
			      ev->injured_high);

	cell(&jw, date, W_DATE, false, false);
	cell(&jw, ev->kind ? ev->kind : "?", W_KIND, false, false);
	cell(&jw, where, W_LOC, false, false);
	cell(&jw, who, W_ACT, false, false);
	cell(&jw, killed, W_NUM, true, false);
	cell(&jw, injured, W_NUM, true, false);
	cell(&jw, sr_status_name(ev->status), W_STATUS, false, true);
	SR_JW_LIT(&jw, "\n");
	return jw.rc;
}
