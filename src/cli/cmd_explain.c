/*
 * cmd_explain.c - `sitrep explain [--db PATH] EVENT_ID`: print a stored
 * event's mentions (sentences and spans), why each was merged, and the
 * event's revision and review history.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <string.h>

enum { OPT_DB = 256 };

static const struct option long_opts[] = {
	{ "db", required_argument, NULL, OPT_DB },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

int cmd_explain(int argc, char **argv)
{
	const char *db_path = NULL;
	struct sr_db *db = NULL;
	struct sr_diag d;
	int ch, rc;

	memset(&d, 0, sizeof(d));
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (ch) {
		case OPT_DB:
			db_path = optarg;
			break;
		case 'h':
			printf("usage: sitrep explain [--db PATH] EVENT_ID\n");
			return 0;
		default:
			return cli_usage_error("explain: unknown option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind + 1 != argc)
		return cli_usage_error("explain: give one EVENT_ID");
	rc = sr_db_open(&db, db_path ? db_path : sr_default_db_path(), &d);
	if (rc) {
		cli_diag(&d);
		return 4;
	}
	rc = sr_db_explain(db, argv[optind], stdout, &d);
	sr_db_close(db);
	if (rc) {
		cli_diag(&d);
		return rc == SR_ENOTFOUND ? 3 : sr_rc_exit_code(rc);
	}
	return fflush(stdout) ? 1 : 0;
}
