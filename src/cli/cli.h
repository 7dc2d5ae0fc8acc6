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
