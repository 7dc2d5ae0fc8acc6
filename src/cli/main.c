/*
 * main.c - the sitrep command: dispatches to one cmd_<name>.c per
 * subcommand and holds the helpers they share (error printing, dates).
 * Exit codes: 0 ok, 1 runtime failure, 2 usage, 3 bad input, 4 storage.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char usage[] =
    "usage: sitrep COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Turns dated news reports about armed conflict into geolocated,\n"
    "sourced events.\n"
    "\n"
    "commands:\n"
    "  extract [--format jsonl|csv|geojson|table] [--date YYYY-MM-DD]\n"
    "          [--gazetteer FILE] [--focus CC,..] [--explain] [FILE|DIR|-]...\n"
    "      read articles, write events to stdout; stores nothing\n"
    "  ingest [--db PATH] [--date D] [--gazetteer FILE] FILE|DIR|-...\n"
    "      extract and store; re-ingesting an article changes nothing\n"
    "  events [--db PATH] [--from D] [--to D] [--kind K] [--country C]\n"
    "         [--near LAT,LON,KM] [--q TEXT] [--limit N] [--format F]\n"
    "      query stored events (F: jsonl csv geojson table kml timemap)\n"
    "  report [--db PATH] --from D --to D [--country C] [--admin1 A]\n"
    "         [--format html|md] [--out FILE]\n"
    "      situation report of the stored events of a period\n"
    "  map [--db PATH] [--from D] [--to D] [--kind K] [--country C]\n"
    "      [--format svg] [--out FILE]\n"
    "      SVG map of the stored events\n"
    "  events ... --sources: the table with each event's reports\n"
    "  explain [--db PATH] EVENT_ID\n"
    "      an event's reports, sentences, spans, merge reasons, revisions\n"
    "  review export [--db PATH] [--from D] [--to D] > FILE\n"
    "  review apply [--db PATH] [--reviewer NAME] FILE\n"
    "      correct events (kind, place, counts, actors, status, merge,\n"
    "      split, reject); see 'sitrep review --help'\n"
    "  gazetteer build --out FILE [--no-default] [SOURCE...]\n"
    "  gazetteer lookup NAME [--near LAT,LON] [--country CC] [--gazetteer "
    "FILE]\n"
    "  serve [--db PATH] [--listen 127.0.0.1:8080] [--port-file F]\n"
    "        [--token-file F]\n"
    "      HTTP API and web page over the store (docs/API.md)\n"
    "  version\n"
    "\n"
    "environment: SITREP_DB (default database, else ./sitrep.db),\n"
    "             SITREP_GAZETTEER (default gazetteer file)\n"
    "exit codes: 0 ok, 1 failure, 2 usage, 3 bad input, 4 storage\n";

void cli_diag(const struct sr_diag *d)
{
	if (d->file[0] && d->line)
		fprintf(stderr, "sitrep: %s:%u: %s\n", d->file, d->line,
			d->msg);
	else if (d->file[0])
		fprintf(stderr, "sitrep: %s: %s\n", d->file, d->msg);
	else
		fprintf(stderr, "sitrep: %s\n",
			d->msg[0] ? d->msg : sr_strerror(d->rc));
}

int cli_usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("sitrep: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\n(see 'sitrep help')\n", stderr);
	return 2;
}

int cli_parse_date(const char *opt, const char *s, struct sr_ymd *out)
{
	if (sr_ymd_parse(s, strlen(s), out) != 0) {
		cli_usage_error("%s: '%s' is not a date (YYYY-MM-DD)", opt, s);
		return -1;
	}
	return 0;
}

int cli_query_option(int ch, const char *arg, struct sr_query *q,
		     const char **db_path)
{
	switch (ch) {
	case CLI_OPT_DB:
		*db_path = arg;
		return 1;
	case CLI_OPT_FROM:
		return cli_parse_date("--from", arg, &q->from) ? -1 : 1;
	case CLI_OPT_TO:
		return cli_parse_date("--to", arg, &q->to) ? -1 : 1;
	case CLI_OPT_KIND:
		q->kind = arg;
		return 1;
	case CLI_OPT_COUNTRY:
		q->country = arg;
		return 1;
	case CLI_OPT_Q:
		q->q = arg;
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	const char *cmd = argc > 1 ? argv[1] : NULL;

	if (!cmd || strcmp(cmd, "help") == 0 || strcmp(cmd, "--help") == 0 ||
	    strcmp(cmd, "-h") == 0) {
		fputs(usage, cmd ? stdout : stderr);
		return cmd ? 0 : 2;
	}
	if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0) {
		printf("sitrep %s\n", SR_VERSION);
		return 0;
	}
	if (strcmp(cmd, "extract") == 0)
		return cmd_extract(argc - 1, argv + 1);
	if (strcmp(cmd, "ingest") == 0)
		return cmd_ingest(argc - 1, argv + 1);
	if (strcmp(cmd, "events") == 0)
		return cmd_events(argc - 1, argv + 1);
	if (strcmp(cmd, "gazetteer") == 0)
		return cmd_gazetteer(argc - 1, argv + 1);
	if (strcmp(cmd, "explain") == 0)
		return cmd_explain(argc - 1, argv + 1);
	if (strcmp(cmd, "review") == 0)
		return cmd_review(argc - 1, argv + 1);
	if (strcmp(cmd, "report") == 0)
		return cmd_report(argc - 1, argv + 1);
	if (strcmp(cmd, "map") == 0)
		return cmd_map(argc - 1, argv + 1);
	if (strcmp(cmd, "serve") == 0)
		return cmd_serve(argc - 1, argv + 1);
	return cli_usage_error("unknown command '%s'", cmd);
}
