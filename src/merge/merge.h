/*
 * merge.h - mentions of one real event across articles -> one event.
 *
 * A mention is one extracted record (struct sr_event from the extractor)
 * tied to its article.  The merge stage decides, with no I/O, which
 * mentions tell of the same event and what the merged event says:
 *
 *  - sr__merge_compat: may two mentions be one event?  Compatible kind
 *    (equal, or shelling_missile/air_drone_strike on the same day and close
 *    by, with a lower score), places within a distance that depends on the
 *    looser geo_precision of the two (10 km for 1, 25 km for 2, the same
 *    admin-1 for 3, the same country for 4 only if both are 4), dates
 *    within a window that depends on the looser time_precision (+-1 day
 *    for 1, +-7 days for 2, the same month for 3), compatible status
 *    classes (planned and negated only with their own kind) and actors
 *    that do not contradict each other (a side named on both must agree).
 *    Fills a reason string naming each criterion, the distance and the
 *    day difference; that string is stored with each link.
 *  - sr__merge_cluster: deterministic greedy clustering over mentions in
 *    canonical order (event date, article date, mention id).  Each mention
 * joins the best-scoring earlier cluster that it is compatible with as a whole
 *    (every member, complete linkage: no chaining), never one that already
 *    holds a mention of its own article, else starts its own.  Because each
 *    decision depends only on earlier mentions, the result does not depend
 *    on the order in which articles were ingested, and a store may re-run
 *    it from any point of the order keeping the assignments before it.
 *    Review rules (must-link, cannot-link between mention ids) take
 *    precedence over compatibility.
 *  - sr__merge_combine: the merged event's fields from its mentions, which
 *    mention provides each figure, and the history of revisions.
 *
 * Invariants: pure functions of their arguments; the event id of a cluster
 * is the id of its anchor, the first mention in canonical order.
 *
 * Does not: touch a database (src/store does), print, or allocate except
 * into the caller's arena.
 */
#ifndef SR_MERGE_H
#define SR_MERGE_H

#include "../core/core.h"

#define SR_MERGE_WINDOW_DAYS 31 /* no two mentions further apart merge */
#define SR_MERGE_NO_DAY	     INT64_MIN

struct sr_merge_mention {
	struct sr_event ev;	/* ev.event_id is the mention id; strings
				   borrowed from the caller */
	const char *source_key; /* outlet name, else article id: two
				   mentions are independent when these
				   differ */
	const char *source;	/* outlet name or NULL */
	struct sr_ymd article_date;
	int64_t day; /* ev.event_date in days or SR_MERGE_NO_DAY */
};

/* Fill day from ev.event_date. */
void sr__merge_mention_init_day(struct sr_merge_mention *m);

/* Canonical order: dated before undated, by event day, then by article
 * date (the earliest report first), then mention id. */
int sr__merge_cmp(const struct sr_merge_mention *a,
		  const struct sr_merge_mention *b);

/* Score in (0, 1] when a and b may be one event, 0 when not.  why (cap
 * bytes, may be NULL) gets the reason: criteria met with distances, or
 * the first one that failed. */
double sr__merge_compat(const struct sr_event *a, const struct sr_event *b,
			char *why, size_t cap);

/* A review rule between two mention ids: +1 must be one event, -1 must
 * not, 0 none.  NULL rules: none. */
typedef int (*sr_merge_rule_fn)(void *ud, const char *mention_a,
				const char *mention_b);

/* Cluster m[0..n) (sorted by sr__merge_cmp).  assign[i] for i < start is
 * given: the index of the anchor of i's cluster, or -1 when that anchor is
 * not among m (a cluster closed to newcomers).  For i >= start this
 * computes assign[i] (== i when i starts a cluster).  SR_ENOMEM. */
int sr__merge_cluster(const struct sr_merge_mention *m, size_t n, size_t start,
		      long *assign, sr_merge_rule_fn rule, void *ud);

/* The decision for one mention: the anchor index of the cluster m[i]
 * joins (i itself when it starts one), given assign[0..i). */
long sr__merge_assign(const struct sr_merge_mention *m, size_t i,
		      const long *assign, sr_merge_rule_fn rule, void *ud);

/* What one member of a merged event contributes. */
struct sr_merge_member {
	char provides[96]; /* "date,place,fatalities,..." or "" */
	char reason[256];  /* why it is linked to the anchor */
	double score;	   /* 1 for the anchor */
};

/* A revision: field changed from old to new by the report of article_id
 * dated time (the article's date). */
struct sr_merge_revision {
	const char *field;
	char old_value[96];
	char new_value[96];
	const char *article_id;
	struct sr_ymd time;
};

typedef int (*sr_merge_revision_fn)(void *ud,
				    const struct sr_merge_revision *r);

/* The merged event of the cluster m[0..n) (sorted, m[0] the anchor) into
 * *out (strings borrowed from m), each member's contribution into
 * info[0..n), and, when rev is not NULL, every revision in the order the
 * reports were published (by article date, then mention id). */
int sr__merge_combine(const struct sr_merge_mention *m, size_t n,
		      struct sr_event *out, struct sr_merge_member *info,
		      sr_merge_revision_fn rev, void *ud);

#endif
