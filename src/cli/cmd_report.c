/*
 * cmd_report.c - `sitrep report`: a situation report (HTML or Markdown) of
 * the stored events of a period, and `sitrep map`: an SVG map of them.
 * Both share the option parsing below.  Output goes to stdout or --out.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
	OPT_ADMIN1 = CLI_OPT_NEXT,
	OPT_OUT,
	OPT_TITLE,
	OPT_WIDTH,
	OPT_GAZ,
	OPT_DEPS
};

static const struct option long_opts[] = {
	{ "db", required_argument, NULL, CLI_OPT_DB },
	{ "from", required_argument, NULL, CLI_OPT_FROM },
	{ "to", required_argument, NULL, CLI_OPT_TO },
	{ "kind", required_argument, NULL, CLI_OPT_KIND },
	{ "country", required_argument, NULL, CLI_OPT_COUNTRY },
	{ "admin1", required_argument, NULL, OPT_ADMIN1 },
	{ "q", required_argument, NULL, CLI_OPT_Q },
	{ "out", required_argument, NULL, OPT_OUT },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ "width", required_argument, NULL, OPT_WIDTH },
	{ "gazetteer", required_argument, NULL, OPT_GAZ },
	{ "deps-dir", required_argument, NULL, OPT_DEPS },
	{ "format", required_argument, NULL, 'f' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static const char report_usage[] =
    "usage: sitrep report [--db PATH] [--from D] [--to D] [--country C]\n"
    "         [--admin1 A] [--kind K] [--format html|md] [--out FILE]\n";
static const char map_usage[] =
    "usage: sitrep map [--db PATH] [--from D] [--to D] [--country C]\n"
    "         [--admin1 A] [--kind K] [--format svg] [--title T]\n"
    "         [--width PX] [--out FILE]\n";

/* Map warnings (missing outline data) go to stderr. */
static void on_warning(void *ud, const struct sr_diag *d)
{
	(void)ud;
	cli_diag(d);
}

/* is_map: `sitrep map` rather than `sitrep report`. */
static int run(int argc, char **argv, int is_map)
{
	struct sr_report_opts o;
	const char *db_path = NULL, *out = NULL, *fmt = NULL, *cmd;
	struct sr_db *db = NULL;
	struct sr_diag d;
	FILE *fp = stdout;
	int shared;
	int ch, rc, exit_code = 0;
	char *end;
	long wv;

	cmd = is_map ? "map" : "report";
	memset(&o, 0, sizeof(o));
	memset(&d, 0, sizeof(d));
	o.map.on_warning = on_warning;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "f:o:h", long_opts, NULL)) != -1) {
		shared = cli_query_option(ch, optarg, &o.query, &db_path);
		if (shared < 0)
			return 2;
		if (shared)
			continue;
		switch (ch) {
		case OPT_ADMIN1:
			o.admin1 = optarg;
			break;
		case OPT_OUT:
		case 'o':
			out = optarg;
			break;
		case OPT_TITLE:
			o.map.title = optarg;
			break;
		case OPT_WIDTH:
			wv = strtol(optarg, &end, 10);
			if (*end || wv < 200 || wv > 8000)
				return cli_usage_error(
				    "--width: expected 200..8000, got '%s'",
				    optarg);
			o.map.width = (int)wv;
			break;
		case OPT_GAZ:
			o.map.gazetteer_path = optarg;
			break;
		case OPT_DEPS:
			o.map.deps_dir = optarg;
			break;
		case 'f':
			fmt = optarg;
			break;
		case 'h':
			fputs(is_map ? map_usage : report_usage, stdout);
			return 0;
		default:
			return cli_usage_error("%s: unknown option '%s'", cmd,
					       argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("%s: unexpected argument '%s'", cmd,
				       argv[optind]);
	if (o.query.from.y && o.query.to.y &&
	    sr_ymd_to_days(o.query.from) > sr_ymd_to_days(o.query.to))
		return cli_usage_error("--from is after --to");
	if (is_map) {
		if (fmt && strcmp(fmt, "svg") != 0)
			return cli_usage_error(
			    "map: unknown format '%s' (only svg)", fmt);
	} else if (fmt && sr_report_format_parse(fmt, &o.format)) {
		return cli_usage_error("unknown format '%s' (html or md)", fmt);
	}
	rc = sr_db_open(&db, db_path ? db_path : sr_default_db_path(), &d);
	if (rc) {
		cli_diag(&d);
		return 4;
	}
	if (out) {
		fp = fopen(out, "wb");
		if (!fp) {
			perror(out);
			sr_db_close(db);
			return 1;
		}
	}
	if (is_map && o.admin1)
		fprintf(stderr, "sitrep: map: --admin1 is ignored\n");
	if (is_map)
		rc = sr_map_write_svg(db, &o.query, &o.map, fp, &d);
	else
		rc = sr_report_write(db, &o, fp, &d);
	if (out && fclose(fp) != 0 && !rc)
		rc = SR_EIO;
	if (rc) {
		if (d.msg[0])
			cli_diag(&d);
		else
			fprintf(stderr, "sitrep: %s\n", sr_strerror(rc));
		exit_code = sr_rc_exit_code(rc);
	}
	sr_db_close(db);
	return exit_code;
}

int cmd_report(int argc, char **argv)
{
	return run(argc, argv, 0);
}

int cmd_map(int argc, char **argv)
{
	return run(argc, argv, 1);
}
