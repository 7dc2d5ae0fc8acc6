/*
 * csv.c - CSV rows (RFC 4180, LF line ends): ACLED's 31 columns first, in
 * ACLED's order, so ACLED tooling reads the file, then sitrep's own columns.
 *
 * Exports: sr__export_csv_header, sr__export_csv_event,
 * sr__export_acled_inter.
 *
 * Invariants: a row has exactly as many fields as the header; a field is
 * quoted when it contains a comma, a quote, CR or LF, with quotes doubled;
 * output is valid UTF-8 (invalid bytes become U+FFFD).  Unknown values are
 * empty fields.
 *
 * Deliberate deviations from ACLED: "fatalities" is empty when the report
 * gives no number (ACLED writes 0; sitrep keeps "unknown" distinct from
 * "none killed"); event_date is ISO "YYYY-MM-DD"; "source" is the article
 * id; "notes" is the sentence the event was read from; "tags",
 * "source_scale", "admin2" and "admin3" are empty.
 *
 * Not here: no I/O (writer.c writes the rows), no spreadsheet formula
 * neutralisation (cells starting with '=' are written as they are).
 */
#include "export.h"
#include "../lexicon/countries.h"

#include <math.h>
#include <string.h>

static const char *const columns[] = {
	/* ACLED, in ACLED's order */
	"event_id_cnty",
	"event_date",
	"year",
	"time_precision",
	"disorder_type",
	"event_type",
	"sub_event_type",
	"actor1",
	"assoc_actor_1",
	"inter1",
	"actor2",
	"assoc_actor_2",
	"inter2",
	"interaction",
	"civilian_targeting",
	"iso",
	"region",
	"country",
	"admin1",
	"admin2",
	"admin3",
	"location",
	"latitude",
	"longitude",
	"geo_precision",
	"source",
	"source_scale",
	"notes",
	"fatalities",
	"tags",
	"timestamp",
	/* sitrep's own */
	"event_id",
	"article_id",
	"kind",
	"plover_type",
	"plover_mode",
	"cameo_code",
	"actor1_iso3",
	"actor2_iso3",
	"iso3",
	"gazetteer_id",
	"fatalities_low",
	"fatalities_high",
	"injured",
	"injured_low",
	"injured_high",
	"quantity",
	"weapons",
	"status",
	"claimed_by",
	"historical",
	"confidence",
	"sentence",
	"rule",
};

/* One row being built. */
struct row {
	struct sr_jw jw;
	size_t col; /* fields written so far */
};

static void sep(struct row *r)
{
	if (r->col++)
		SR_JW_LIT(&r->jw, ",");
}

static void col_strn(struct row *r, const char *s, size_t n)
{
	const char *p, *q, *end;

	sep(r);
	if (!s || !n)
		return;
	end = s + n;
	for (p = s; p < end; p++)
		if (*p == ',' || *p == '"' || *p == '\n' || *p == '\r')
			break;
	if (p == end) {
		sr__jw_utf8(&r->jw, s, n);
		return;
	}
	SR_JW_LIT(&r->jw, "\"");
	for (p = s; (q = memchr(p, '"', (size_t)(end - p))) != NULL;
	     p = q + 1) {
		sr__jw_utf8(&r->jw, p, (size_t)(q - p));
		SR_JW_LIT(&r->jw, "\"\"");
	}
	sr__jw_utf8(&r->jw, p, (size_t)(end - p));
	SR_JW_LIT(&r->jw, "\"");
}

static void col_str(struct row *r, const char *s)
{
	col_strn(r, s, s ? strlen(s) : 0);
}

/* An integer, empty when it equals none (or is negative when none < 0). */
static void col_int(struct row *r, int64_t v, int64_t none)
{
	sep(r);
	if (v == none || (none < 0 && v < 0))
		return;
	sr__jw_int(&r->jw, v);
}

static void col_fixed(struct row *r, double v, int dec, bool known)
{
	sep(r);
	if (known && isfinite(v))
		sr__jw_fixed(&r->jw, v, dec);
}

int sr__export_csv_header(struct sr_buf *b)
{
	struct row r = { { b, 0 }, 0 };
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(columns); i++)
		col_str(&r, columns[i]);
	SR_JW_LIT(&r.jw, "\n");
	return r.jw.rc;
}

static bool has_prefix(const char *s, const char *p)
{
	size_t n = strlen(p);

	return strlen(s) >= n && sr__strncaseeq(s, n, p);
}

static bool contains(const char *s, const char *t)
{
	size_t n = strlen(t), i, len = strlen(s);

	for (i = 0; i + n <= len; i++)
		if (sr__strncaseeq(s + i, n, t))
			return true;
	return false;
}

const char *sr__export_acled_inter(const char *a)
{
	if (!a || !*a)
		return "";
	if (has_prefix(a, "Military Forces of") ||
	    has_prefix(a, "Police Forces of") || contains(a, "Government of"))
		return "State forces";
	if (has_prefix(a, "Civilians"))
		return "Civilians";
	if (has_prefix(a, "Protesters"))
		return "Protesters";
	if (has_prefix(a, "Rioters"))
		return "Rioters";
	if (contains(a, "Rebel") || contains(a, "Insurgents"))
		return "Rebel group";
	/* Unidentified armed groups, private military companies and other
	 * organised armed actors: ACLED codes these as political militias. */
	return "Political militia";
}

/* The country of iso3, remembering the last answer: runs of events from
 * one theatre then cost one comparison instead of a table scan. */
static const struct sr_country *country_of(struct sr_writer *w,
					   const char *iso3)
{
	if (!iso3 || !*iso3 || strlen(iso3) >= sizeof(w->iso3_key))
		return NULL;
	if (strcmp(w->iso3_key, iso3) != 0) {
		strcpy(w->iso3_key, iso3);
		w->country = sr__country_by_iso3(iso3);
	}
	return w->country;
}

int sr__export_csv_event(struct sr_writer *w, const struct sr_event *ev)
{
	struct row r = { { &w->buf, 0 }, 0 };
	const struct sr_country *c = country_of(w, ev->iso3);
	const char *i1 = sr__export_acled_inter(ev->actor1);
	const char *i2 = sr__export_acled_inter(ev->actor2);
	const char *sent;
	size_t sent_len;
	bool geo = ev->geo_precision != 0;
	char date[11], inter[64];

	sent = sr__export_sentence(ev, &sent_len);
	if (*i1 && *i2)
		snprintf(inter, sizeof(inter), "%s-%s", i1, i2);
	else if (*i1 || *i2)
		snprintf(inter, sizeof(inter), "%s only", *i1 ? i1 : i2);
	else
		inter[0] = '\0';
	date[0] = '\0';
	if (ev->event_date.y)
		sr_ymd_format(ev->event_date, date);

	/* ACLED's 31 */
	col_strn(&r, ev->event_id, strnlen(ev->event_id, sizeof(ev->event_id)));
	col_str(&r, date);
	col_int(&r, ev->event_date.y, 0);
	col_int(&r, ev->time_precision, 0);
	col_str(&r, ev->disorder_type);
	col_str(&r, ev->event_type);
	col_str(&r, ev->sub_event_type);
	col_str(&r, ev->actor1);
	col_str(&r, NULL); /* assoc_actor_1 */
	col_str(&r, i1);
	col_str(&r, ev->actor2);
	col_str(&r, NULL); /* assoc_actor_2 */
	col_str(&r, i2);
	col_str(&r, inter);
	col_str(&r, ev->actor2 && has_prefix(ev->actor2, "Civilians")
			? "Civilian targeting"
			: NULL);
	col_int(&r, c ? c->isonum : 0, 0);
	col_str(&r, c ? c->region : NULL);
	col_str(&r, ev->country);
	col_str(&r, ev->admin1);
	col_str(&r, NULL); /* admin2 */
	col_str(&r, NULL); /* admin3 */
	col_str(&r, ev->location);
	col_fixed(&r, ev->latitude, 5, geo);
	col_fixed(&r, ev->longitude, 5, geo);
	col_int(&r, ev->geo_precision, 0);
	col_str(&r, ev->article_id);		    /* source */
	col_str(&r, NULL);			    /* source_scale */
	col_strn(&r, sent, sent_len);		    /* notes */
	col_int(&r, ev->fatalities, SR_NULL_COUNT); /* see file comment */
	col_str(&r, NULL);			    /* tags */
	col_int(&r, w->timestamp, INT64_MIN);

	/* sitrep's own */
	col_strn(&r, ev->event_id, strnlen(ev->event_id, sizeof(ev->event_id)));
	col_str(&r, ev->article_id);
	col_str(&r, ev->kind);
	col_str(&r, ev->plover_type);
	col_str(&r, ev->plover_mode);
	col_str(&r, ev->cameo_code);
	col_str(&r, ev->actor1_iso3);
	col_str(&r, ev->actor2_iso3);
	col_str(&r, ev->iso3);
	col_int(&r, ev->gazetteer_id, 0);
	col_int(&r, ev->fatalities_low, SR_NULL_COUNT);
	col_int(&r, ev->fatalities_high, SR_NULL_COUNT);
	col_int(&r, ev->injured, SR_NULL_COUNT);
	col_int(&r, ev->injured_low, SR_NULL_COUNT);
	col_int(&r, ev->injured_high, SR_NULL_COUNT);
	col_str(&r, ev->quantity);
	col_str(&r, ev->weapons);
	col_str(&r, sr_status_name(ev->status));
	col_str(&r, ev->claimed_by);
	col_str(&r, ev->historical ? "true" : "false");
	col_fixed(&r, ev->confidence, 2, true);
	col_strn(&r, sent, sent_len);
	col_str(&r, ev->rule);
	SR_JW_LIT(&r.jw, "\n");
	if (!r.jw.rc && r.col != SR_ARRAY_LEN(columns))
		return SR_EINTERNAL;
	return r.jw.rc;
}
