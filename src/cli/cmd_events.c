/*
 * cmd_events.c - `sitrep events`: query the store with filters and write
 * the events in any output format.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { OPT_NEAR = CLI_OPT_NEXT, OPT_LIMIT, OPT_SOURCES };

static const struct option long_opts[] = {
	{ "db", required_argument, NULL, CLI_OPT_DB },
	{ "from", required_argument, NULL, CLI_OPT_FROM },
	{ "to", required_argument, NULL, CLI_OPT_TO },
	{ "kind", required_argument, NULL, CLI_OPT_KIND },
	{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
	{ "near", required_argument, NULL, OPT_NEAR },
	{ "q", required_argument, NULL, CLI_OPT_Q },
	{ "limit", required_argument, NULL, OPT_LIMIT },
	{ "sources", no_argument, NULL, OPT_SOURCES },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int write_one(void *ud, const struct sr_event *ev)
{
	return sr_writer_event(ud, ev);
}

/* --sources in the table format: after each event's row, one line per
 * report (article, date, outlet, what it provides, why it was merged) and
 * its sentence. */
static int write_with_sources(void *ud, const struct sr_event *ev)
{
	size_t i;
	char date[11];
	int rc = sr_writer_event(ud, ev);

	if (rc)
		return rc;
	for (i = 0; i < ev->source_count; i++) {
		const struct sr_source *x = &ev->sources[i];

		if (x->article_date.y)
			sr_ymd_format(x->article_date, date);
		else
			snprintf(date, sizeof(date), "?");
		printf("    source %zu/%zu: %s (%s%s%s)  %s%s%s\n", i + 1,
		       ev->source_count, x->article_id, date,
		       x->source ? ", " : "", x->source ? x->source : "",
		       x->reason ? x->reason : "",
		       x->provides && *x->provides ? "; provides " : "",
		       x->provides ? x->provides : "");
		if (x->sentence)
			printf("      \"%s\"\n", x->sentence);
	}
	return ferror(stdout) ? SR_EIO : 0;
}

static int parse_near(const char *s, struct sr_query *q)
{
	char *end;

	q->near_lat = strtod(s, &end);
	if (*end != ',')
		return -1;
	q->near_lon = strtod(end + 1, &end);
	if (*end != ',')
		return -1;
	q->near_km = strtod(end + 1, &end);
	if (*end || q->near_lat < -90 || q->near_lat > 90 ||
	    q->near_lon < -180 || q->near_lon > 180 || q->near_km <= 0)
		return -1;
	q->near = true;
	return 0;
}

int cmd_events(int argc, char **argv)
{
	struct sr_query q;
	enum sr_format fmt = SR_FORMAT_JSONL;
	const char *db_path = NULL;
	struct sr_db *db = NULL;
	struct sr_writer *w = NULL;
	struct sr_diag d;
	int shared;
	int ch, rc, exit_code = 0, sources = 0, fmt_given = 0;
	char *end;

	memset(&q, 0, sizeof(q));
	memset(&d, 0, sizeof(d));
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "f:h", long_opts, NULL)) != -1) {
		shared = cli_query_option(ch, optarg, &q, &db_path);
		if (shared < 0)
			return 2;
		if (shared)
			continue;
		switch (ch) {
		case OPT_NEAR:
			if (parse_near(optarg, &q))
				return cli_usage_error(
				    "--near: expected LAT,LON,KM, got '%s'",
				    optarg);
			break;
		case OPT_LIMIT:
			q.limit = (size_t)strtoul(optarg, &end, 10);
			if (*end || !*optarg)
				return cli_usage_error(
				    "--limit: '%s' is not a number", optarg);
			break;
		case OPT_SOURCES:
			sources = 1;
			break;
		case 'f':
			fmt_given = 1;
			if (sr_format_parse(optarg, &fmt))
				return cli_usage_error("unknown format '%s'",
						       optarg);
			break;
		case 'h':
			printf("usage: sitrep events [--db PATH] [--from D] "
			       "[--to D] [--kind K] [--country C]\n"
			       "       [--near LAT,LON,KM] [--q TEXT] "
			       "[--limit N] [--format F]\n"
			       "       [--sources]  (the table with each "
			       "event's reports; jsonl always has them)\n");
			return 0;
		default:
			return cli_usage_error("events: unknown option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("events: unexpected argument '%s'",
				       argv[optind]);
	if (q.from.y && q.to.y && sr_ymd_to_days(q.from) > sr_ymd_to_days(q.to))
		return cli_usage_error("--from is after --to");
	rc = sr_db_open(&db, db_path ? db_path : sr_default_db_path(), &d);
	if (rc) {
		cli_diag(&d);
		return 4;
	}
	if (sources && !fmt_given)
		fmt = SR_FORMAT_TABLE;
	rc = sr_writer_new(&w, fmt, stdout);
	if (!rc)
		rc = sr_db_query(db, &q,
				 sources && fmt == SR_FORMAT_TABLE
				     ? write_with_sources
				     : write_one,
				 w, &d);
	if (!rc)
		rc = sr_writer_finish(w);
	if (rc) {
		if (d.msg[0])
			cli_diag(&d);
		else
			fprintf(stderr, "sitrep: %s\n", sr_strerror(rc));
		exit_code = sr_rc_exit_code(rc);
	}
	sr_writer_free(w);
	sr_db_close(db);
	return exit_code;
}
