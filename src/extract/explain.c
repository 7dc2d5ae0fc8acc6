/*
 * explain.c - sr_event_explain: one line per field that was set from the
 * text, with the words that set it and their byte offsets, for
 * `sitrep extract --explain`.
 */
#include "extract.h"

#include <string.h>

static void line(FILE *fp, const struct sr_event *ev, const char *field,
		 const char *value, struct sr_span sp)
{
	fprintf(fp, "  %-11s %-34s", field, value ? value : "null");
	if (sp.len && ev->text && sp.off + sp.len <= ev->text_len)
		fprintf(fp, " <- \"%.*s\" [%u+%u]", (int)sp.len,
			ev->text + sp.off, sp.off, sp.len);
	else if (value)
		fprintf(fp, " (inferred)");
	fputc('\n', fp);
}

int sr_event_explain(const struct sr_event *ev, FILE *fp)
{
	char date[11], buf[64];

	fprintf(fp, "%s  %s  rule %s  confidence %.2f\n", ev->event_id,
		ev->kind, ev->rule ? ev->rule : "?", ev->confidence);
	line(fp, ev, "kind", ev->kind, ev->spans.trigger);
	if (ev->event_date.y) {
		sr_ymd_format(ev->event_date, date);
		line(fp, ev, "date", date, ev->spans.date);
	}
	line(fp, ev, "actor1", ev->actor1, ev->spans.actor1);
	line(fp, ev, "actor2", ev->actor2, ev->spans.actor2);
	line(fp, ev, "location", ev->location, ev->spans.place);
	if (ev->geo_reason)
		fprintf(fp, "  %-11s %s\n", "  because", ev->geo_reason);
	if (ev->fatalities >= 0) {
		snprintf(buf, sizeof(buf), "%lld", (long long)ev->fatalities);
		line(fp, ev, "fatalities", buf, ev->spans.fatalities);
	}
	if (ev->injured >= 0) {
		snprintf(buf, sizeof(buf), "%lld", (long long)ev->injured);
		line(fp, ev, "injured", buf, ev->spans.injured);
	}
	if (ev->quantity)
		line(fp, ev, "quantity", ev->quantity, ev->spans.quantity);
	if (ev->weapons)
		line(fp, ev, "weapons", ev->weapons, ev->spans.weapons);
	line(fp, ev, "status", sr_status_name(ev->status), ev->spans.claim);
	if (ev->text && ev->sentence.off + ev->sentence.len <= ev->text_len)
		fprintf(fp, "  sentence    \"%.*s\"\n", (int)ev->sentence.len,
			ev->text + ev->sentence.off);
	return ferror(fp) ? SR_EIO : SR_OK;
}
