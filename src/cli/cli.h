/*
 * cli.h - shared helpers of the sitrep command-line program.  The CLI uses
 * only include/sitrep.h.
 */
#ifndef SR_CLI_H
#define SR_CLI_H

#include "sitrep.h"

/* Print "sitrep: FILE:LINE: message" (or without FILE/LINE) to stderr. */
void cli_diag(const struct sr_diag *d);
/* Print "sitrep: message" to stderr and return exit code 2. */
int cli_usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Parse "YYYY-MM-DD" for option name; prints an error on failure. */
int cli_parse_date(const char *opt, const char *s, struct sr_ymd *out);

/* Options shared by the commands that query the store (events, report,
 * review): --db, --from, --to, --kind, --country, --q.  A command's own
 * getopt codes start at CLI_OPT_NEXT. */
enum {
	CLI_OPT_DB = 256,
	CLI_OPT_FROM,
	CLI_OPT_TO,
	CLI_OPT_KIND,
	CLI_OPT_COUNTRY,
	CLI_OPT_Q,
	CLI_OPT_NEXT
};
/* Handle getopt code ch with argument arg if it is a shared query option:
 * returns 1 if it was, 0 if not, -1 after printing a usage error. */
int cli_query_option(int ch, const char *arg, struct sr_query *q,
		     const char **db_path);

/* Extract every article of reader with threads workers and write JSONL or
 * CSV to stdout in input order (parallel.c).  *exit_code is raised to 3 on
 * bad input.  Returns 0 or a negative rc. */
int cli_extract_parallel(const struct sr_engine *engine,
			 struct sr_reader *reader, enum sr_format format,
			 int threads, int *exit_code);

int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_gazetteer(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_review(int argc, char **argv);
int cmd_report(int argc, char **argv);
int cmd_map(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
