/*
 * combine.c - the fields of a merged event from its mentions, which
 * mention provides each figure, and the history of revisions.
 *
 * Exports: sr__merge_combine.
 *
 * Rules (all deterministic functions of the set of mentions, so the same
 * whatever order the articles came in):
 *  - id, article, sentence and spans: the anchor's (first in canonical
 *    order); spans of fields that another mention provides are dropped,
 *    since they would point into another article (the event's sources say
 *    where those came from).
 *  - kind: the most frequent kind, ties to the earliest mention.
 *  - date: the most precise time_precision, ties to the earliest.
 *  - place: the most precise geo_precision, ties to the earliest.
 *  - actors, weapons, quantity: the first mention that names them.
 *  - fatalities, injured: the latest report that gives a figure (by
 *    article date, then mention id): tolls get revised.
 *  - status: denied when any report denies; else confirmed when two or
 *    more independent sources (different outlets, else articles) report
 *    it; else claimed when any report is a claim; else reported.  Planned
 *    and negated events keep their status.
 *  - confidence: the highest.
 * Revisions: walking the reports in publication order, every change of
 * fatalities, injured, place precision or status is one revision.
 *
 * Does not: decide which mentions belong together (merge.c).
 */
#include "merge.h"

#include <stdio.h>
#include <string.h>

/* 1 if report a was published before b (article date, then mention id). */
static int published_before(const struct sr_merge_mention *a,
			    const struct sr_merge_mention *b)
{
	int64_t da = a->article_date.y ? sr_ymd_to_days(a->article_date) : 0;
	int64_t db = b->article_date.y ? sr_ymd_to_days(b->article_date) : 0;

	if (da != db)
		return da < db;
	return strcmp(a->ev.event_id, b->ev.event_id) < 0;
}

static void add_provides(struct sr_merge_member *info, const char *field)
{
	size_t n = strlen(info->provides);

	snprintf(info->provides + n, sizeof(info->provides) - n, "%s%s",
		 n ? "," : "", field);
}

/* Status of the reports m[idx[0..k)]. */
static enum sr_status status_of(const struct sr_merge_mention *m,
				const size_t *idx, size_t k)
{
	size_t i, j;
	int denied = 0, claimed = 0, confirmed = 0, sources = 0;
	enum sr_status s0 = m[idx[0]].ev.status;

	if (s0 == SR_STATUS_PLANNED || s0 == SR_STATUS_NEGATED)
		return s0;
	for (i = 0; i < k; i++) {
		const struct sr_merge_mention *x = &m[idx[i]];
		int seen = 0;

		if (x->ev.status == SR_STATUS_DENIED) {
			denied = 1;
			continue;
		}
		claimed |= x->ev.status == SR_STATUS_CLAIMED;
		confirmed |= x->ev.status == SR_STATUS_CONFIRMED;
		for (j = 0; j < i && !seen; j++)
			seen = m[idx[j]].ev.status != SR_STATUS_DENIED &&
			       m[idx[j]].source_key && x->source_key &&
			       !strcmp(m[idx[j]].source_key, x->source_key);
		sources += !seen;
	}
	if (denied)
		return SR_STATUS_DENIED;
	if (sources >= 2 || confirmed)
		return SR_STATUS_CONFIRMED;
	return claimed ? SR_STATUS_CLAIMED : SR_STATUS_REPORTED;
}

static void fmt_count(char *buf, size_t cap, int64_t v)
{
	if (v == SR_NULL_COUNT)
		snprintf(buf, cap, "null");
	else
		snprintf(buf, cap, "%lld", (long long)v);
}

static void fmt_place(char *buf, size_t cap, const struct sr_event *e)
{
	snprintf(buf, cap, "%s (geo precision %d)",
		 e->location  ? e->location
		 : e->admin1  ? e->admin1
		 : e->country ? e->country
			      : "?",
		 e->geo_precision);
}

static int emit(sr_merge_revision_fn rev, void *ud, const char *field,
		const char *old_v, const char *new_v,
		const struct sr_merge_mention *by)
{
	struct sr_merge_revision r;

	memset(&r, 0, sizeof(r));
	r.field = field;
	snprintf(r.old_value, sizeof(r.old_value), "%s", old_v);
	snprintf(r.new_value, sizeof(r.new_value), "%s", new_v);
	r.article_id = by->ev.article_id;
	r.time = by->article_date;
	return rev(ud, &r);
}

static int history(const struct sr_merge_mention *m, const size_t *idx,
		   size_t n, sr_merge_revision_fn rev, void *ud)
{
	int64_t fat = SR_NULL_COUNT, inj = SR_NULL_COUNT;
	const struct sr_event *place = NULL;
	enum sr_status st = SR_STATUS_REPORTED, s;
	char a[96], b[96];
	size_t k;
	int rc = 0;

	for (k = 0; k < n && !rc; k++) {
		const struct sr_merge_mention *x = &m[idx[k]];

		if (x->ev.fatalities != SR_NULL_COUNT) {
			if (fat != SR_NULL_COUNT && fat != x->ev.fatalities) {
				fmt_count(a, sizeof(a), fat);
				fmt_count(b, sizeof(b), x->ev.fatalities);
				rc = emit(rev, ud, "fatalities", a, b, x);
			}
			fat = x->ev.fatalities;
		}
		if (!rc && x->ev.injured != SR_NULL_COUNT) {
			if (inj != SR_NULL_COUNT && inj != x->ev.injured) {
				fmt_count(a, sizeof(a), inj);
				fmt_count(b, sizeof(b), x->ev.injured);
				rc = emit(rev, ud, "injured", a, b, x);
			}
			inj = x->ev.injured;
		}
		if (!rc && x->ev.geo_precision > 0 &&
		    (!place || x->ev.geo_precision < place->geo_precision)) {
			if (place) {
				fmt_place(a, sizeof(a), place);
				fmt_place(b, sizeof(b), &x->ev);
				rc = emit(rev, ud, "place", a, b, x);
			}
			place = &x->ev;
		}
		s = status_of(m, idx, k + 1);
		if (!rc && k > 0 && s != st)
			rc = emit(rev, ud, "status", sr_status_name(st),
				  sr_status_name(s), x);
		st = s;
	}
	return rc;
}

int sr__merge_combine(const struct sr_merge_mention *m, size_t n,
		      struct sr_event *out, struct sr_merge_member *info,
		      sr_merge_revision_fn rev, void *ud)
{
	size_t *pub = NULL, i, j, kind_i = 0, date_i = 0, place_i = 0;
	long fat_i = -1, inj_i = -1, a1_i = -1, a2_i = -1;
	size_t best_votes = 0;
	int rc = SR_OK;

	if (!n)
		return SR_EUSAGE;
	pub = sr_malloc(n * sizeof(*pub));
	if (!pub)
		return SR_ENOMEM;
	for (i = 0; i < n; i++) {
		/* insertion sort by publication: clusters are small */
		for (j = i; j > 0 && published_before(&m[i], &m[pub[j - 1]]);
		     j--)
			pub[j] = pub[j - 1];
		pub[j] = i;
		memset(&info[i], 0, sizeof(info[i]));
		if (i == 0) {
			snprintf(info[i].reason, sizeof(info[i].reason),
				 "anchor: the earliest mention");
			info[i].score = 1;
		} else {
			char why[200];

			info[i].score = sr__merge_compat(&m[0].ev, &m[i].ev,
							 why, sizeof(why));
			/* only a review's merge links incompatible reports */
			snprintf(info[i].reason, sizeof(info[i].reason), "%s%s",
				 info[i].score > 0 ? ""
						   : "by review, although ",
				 info[i].score > 0 ? why : why + 4);
		}
	}
	for (i = 0; i < n; i++) {
		size_t votes = 0;
		const struct sr_event *e = &m[i].ev;

		for (j = 0; j < n; j++)
			votes += e->kind && m[j].ev.kind &&
				 !strcmp(e->kind, m[j].ev.kind);
		if (votes > best_votes) {
			best_votes = votes;
			kind_i = i;
		}
		if (e->time_precision > 0 &&
		    (m[date_i].ev.time_precision <= 0 ||
		     e->time_precision < m[date_i].ev.time_precision))
			date_i = i;
		if (e->geo_precision > 0 &&
		    (m[place_i].ev.geo_precision <= 0 ||
		     e->geo_precision < m[place_i].ev.geo_precision))
			place_i = i;
		if (a1_i < 0 && e->actor1)
			a1_i = (long)i;
		if (a2_i < 0 && e->actor2)
			a2_i = (long)i;
	}
	for (i = 0; i < n; i++) {
		const struct sr_event *e = &m[pub[i]].ev;
		if (e->fatalities != SR_NULL_COUNT)
			fat_i = (long)pub[i];
		if (e->injured != SR_NULL_COUNT)
			inj_i = (long)pub[i];
	}

	*out = m[0].ev;
	if (kind_i) {
		const struct sr_event *e = &m[kind_i].ev;
		out->kind = e->kind;
		out->disorder_type = e->disorder_type;
		out->event_type = e->event_type;
		out->sub_event_type = e->sub_event_type;
		out->plover_type = e->plover_type;
		out->plover_mode = e->plover_mode;
		out->cameo_code = e->cameo_code;
		out->spans.trigger.len = 0;
	}
	add_provides(&info[kind_i], "kind");
	if (date_i) {
		out->event_date = m[date_i].ev.event_date;
		out->time_precision = m[date_i].ev.time_precision;
		out->spans.date.len = 0;
	}
	add_provides(&info[date_i], "date");
	if (place_i) {
		const struct sr_event *e = &m[place_i].ev;
		out->location = e->location;
		out->admin1 = e->admin1;
		out->country = e->country;
		out->iso3 = e->iso3;
		out->latitude = e->latitude;
		out->longitude = e->longitude;
		out->geo_precision = e->geo_precision;
		out->gazetteer_id = e->gazetteer_id;
		out->spans.place.len = 0;
	}
	add_provides(&info[place_i], "place");
	if (a1_i > 0) {
		out->actor1 = m[a1_i].ev.actor1;
		out->actor1_iso3 = m[a1_i].ev.actor1_iso3;
		out->spans.actor1.len = 0;
	}
	if (a1_i >= 0)
		add_provides(&info[a1_i], "actor1");
	if (a2_i > 0) {
		out->actor2 = m[a2_i].ev.actor2;
		out->actor2_iso3 = m[a2_i].ev.actor2_iso3;
		out->spans.actor2.len = 0;
	}
	if (a2_i >= 0)
		add_provides(&info[a2_i], "actor2");
	if (fat_i >= 0) {
		const struct sr_event *e = &m[fat_i].ev;
		out->fatalities = e->fatalities;
		out->fatalities_low = e->fatalities_low;
		out->fatalities_high = e->fatalities_high;
		if (fat_i)
			out->spans.fatalities.len = 0;
		add_provides(&info[fat_i], "fatalities");
	}
	if (inj_i >= 0) {
		const struct sr_event *e = &m[inj_i].ev;
		out->injured = e->injured;
		out->injured_low = e->injured_low;
		out->injured_high = e->injured_high;
		if (inj_i)
			out->spans.injured.len = 0;
		add_provides(&info[inj_i], "injured");
	}
	for (i = 0; i < n; i++) {
		const struct sr_event *e = &m[i].ev;
		if (!out->weapons && e->weapons)
			out->weapons = e->weapons;
		if (!out->quantity && e->quantity)
			out->quantity = e->quantity;
		if (!out->claimed_by && e->claimed_by)
			out->claimed_by = e->claimed_by;
		if (e->confidence > out->confidence)
			out->confidence = e->confidence;
	}
	out->status = status_of(m, pub, n);
	if (rev)
		rc = history(m, pub, n, rev, ud);
	sr_free(pub);
	return rc;
}
