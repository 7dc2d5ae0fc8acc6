/*
 * cmd_review.c - `sitrep review export|apply`: write stored events to an
 * editable TSV file, and apply a reviewer's corrections from one.
 *
 *   sitrep review export [--db PATH] [--from D] [--to D] [--kind K]
 *                        [--country C] > FILE
 *   sitrep review apply [--db PATH] [--reviewer NAME] FILE
 *
 * A bad line of FILE is reported as FILE:LINE: message and skipped (exit 3
 * at the end); the other lines are applied.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

enum { OPT_REVIEWER = CLI_OPT_NEXT };

static const struct option long_opts[] = {
	{ "db", required_argument, NULL, CLI_OPT_DB },
	{ "from", required_argument, NULL, CLI_OPT_FROM },
	{ "to", required_argument, NULL, CLI_OPT_TO },
	{ "kind", required_argument, NULL, CLI_OPT_KIND },
	{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
	{ "reviewer", required_argument, NULL, OPT_REVIEWER },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static const char help[] =
    "usage: sitrep review export [--db PATH] [--from D] [--to D] "
    "[--kind K] [--country C] > FILE\n"
    "       sitrep review apply [--db PATH] [--reviewer NAME] FILE\n"
    "\n"
    "The file is TSV with a header line naming its columns:\n"
    "  event_id event_date kind location latitude longitude fatalities\n"
    "  injured actor1 actor2 status sources action\n"
    "Edit kind, location (a name, or latitude and longitude), counts,\n"
    "actors or status (an empty cell changes nothing, null clears a\n"
    "value); in action write reject,\n"
    "merge EVENT_ID or split MENTION_ID.  Lines starting with # are\n"
    "comments; a file may keep only some columns (event_id first).\n"
    "Corrections are recorded with reviewer and time and survive later\n"
    "ingests.\n";

static void print_bad(void *ud, const struct sr_diag *d)
{
	(void)ud;
	cli_diag(d);
}

int cmd_review(int argc, char **argv)
{
	struct sr_query q;
	const char *db_path = NULL, *reviewer = NULL, *sub;
	struct sr_db *db = NULL;
	struct sr_diag d;
	size_t applied = 0;
	int shared;
	int ch, rc, exit_code = 0;

	memset(&q, 0, sizeof(q));
	memset(&d, 0, sizeof(d));
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		fputs(help, argc < 2 ? stderr : stdout);
		return argc < 2 ? 2 : 0;
	}
	sub = argv[1];
	if (strcmp(sub, "export") && strcmp(sub, "apply"))
		return cli_usage_error(
		    "review: unknown subcommand '%s' (export "
		    "or apply)",
		    sub);
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc - 1, argv + 1, "h", long_opts, NULL)) !=
	       -1) {
		shared = cli_query_option(ch, optarg, &q, &db_path);
		if (shared < 0)
			return 2;
		if (shared)
			continue;
		switch (ch) {
		case OPT_REVIEWER:
			reviewer = optarg;
			break;
		case 'h':
			fputs(help, stdout);
			return 0;
		default:
			return cli_usage_error("review: unknown option '%s'",
					       argv[optind]);
		}
	}
	optind++; /* back to argv's numbering */
	if (!strcmp(sub, "apply") && optind + 1 != argc)
		return cli_usage_error("review apply: give one FILE");
	if (!strcmp(sub, "export") && optind != argc)
		return cli_usage_error("review export: unexpected argument "
				       "'%s'",
				       argv[optind]);
	rc = sr_db_open(&db, db_path ? db_path : sr_default_db_path(), &d);
	if (rc) {
		cli_diag(&d);
		return 4;
	}
	if (!strcmp(sub, "export")) {
		rc = sr_db_review_export(db, &q, stdout, &d);
	} else {
		rc = sr_db_review_apply(db, argv[optind], reviewer, print_bad,
					NULL, &applied, &d);
		fprintf(stderr, "sitrep: %zu correction%s applied\n", applied,
			applied == 1 ? "" : "s");
	}
	if (rc && !(rc == SR_EINPUT && !d.msg[0])) {
		if (d.msg[0])
			cli_diag(&d);
		else
			fprintf(stderr, "sitrep: %s\n", sr_strerror(rc));
	}
	if (rc)
		exit_code = sr_rc_exit_code(rc);
	sr_db_close(db);
	if (fflush(stdout) && !exit_code)
		exit_code = 1;
	return exit_code;
}
