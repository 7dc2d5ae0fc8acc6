/*
 * cmd_extract.c - `sitrep extract` and `sitrep ingest`: read articles,
 * extract events, and write them to stdout or store them.  A bad article is
 * reported as FILE:LINE and skipped; the batch goes on and the exit code is
 * 3 at the end.
 */
/* for F_SETPIPE_SZ (Linux), a GNU extension of fcntl.h */
#define _GNU_SOURCE

#include "cli.h"

#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct run_opts {
	enum sr_format format;
	struct sr_ymd date;
	int has_date;
	const char *gazetteer;
	const char *focus;
	const char *db;
	int explain;
	int threads; /* extract workers; 1 = this thread only */
	int stage;   /* 0 all; 1 read only; 2 scan; 3 places; 4 no output */
};

#define INGEST_BATCH 2000 /* articles per transaction and merge pass */

enum { OPT_GAZ = 256, OPT_FOCUS, OPT_EXPLAIN, OPT_DB, OPT_STAGE, OPT_THREADS };

static const struct option long_opts[] = {
	{ "format", required_argument, NULL, 'f' },
	{ "date", required_argument, NULL, 'd' },
	{ "gazetteer", required_argument, NULL, OPT_GAZ },
	{ "focus", required_argument, NULL, OPT_FOCUS },
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "db", required_argument, NULL, OPT_DB },
	{ "stage", required_argument, NULL, OPT_STAGE },
	{ "threads", required_argument, NULL, OPT_THREADS },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static int parse(int argc, char **argv, struct run_opts *o, int ingest)
{
	int ch;

	memset(o, 0, sizeof(*o));
	o->format = SR_FORMAT_JSONL;
	o->threads = 1;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "f:d:h", long_opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			if (ingest || sr_format_parse(optarg, &o->format))
				return cli_usage_error("unknown format '%s'",
						       optarg);
			break;
		case 'd':
			if (cli_parse_date("--date", optarg, &o->date))
				return 2;
			o->has_date = 1;
			break;
		case OPT_GAZ:
			o->gazetteer = optarg;
			break;
		case OPT_FOCUS:
			o->focus = optarg;
			break;
		case OPT_EXPLAIN:
			o->explain = 1;
			break;
		case OPT_DB:
			if (!ingest)
				return cli_usage_error(
				    "extract stores nothing: "
				    "--db is for ingest");
			o->db = optarg;
			break;
		case OPT_THREADS: {
			char *end;
			long n = strtol(optarg, &end, 10);

			if (*end || n < 1 || n > 64)
				return cli_usage_error(
				    "--threads: expected 1 to "
				    "64, got '%s'",
				    optarg);
			o->threads = (int)n;
			break;
		}
		case OPT_STAGE:
			if (strcmp(optarg, "read") == 0)
				o->stage = 1;
			else if (strcmp(optarg, "scan") == 0)
				o->stage = 2;
			else if (strcmp(optarg, "places") == 0)
				o->stage = 3;
			else if (strcmp(optarg, "extract") == 0)
				o->stage = 4;
			else
				return cli_usage_error(
				    "--stage: expected read, "
				    "scan, places or extract");
			break;
		case 'h':
			printf(
			    "usage: sitrep %s [OPTIONS] [FILE|DIR|-]...\n"
			    "  --threads N  extract with N workers (jsonl, csv;"
			    " output in input order)\n"
			    "  --stage read|scan|places|extract  stop after "
			    "a stage and write nothing (for make bench)\n"
			    "see 'sitrep help'\n",
			    ingest ? "ingest" : "extract");
			return -1;
		default:
			return cli_usage_error("%s: unknown option '%s'",
					       ingest ? "ingest" : "extract",
					       argv[optind - 1]);
		}
	}
	if (ingest && optind >= argc)
		return cli_usage_error(
		    "ingest: no input (give FILE, DIR or -)");
	return 0;
}

static int run(int argc, char **argv, int ingest)
{
	struct run_opts o;
	struct sr_engine_opts eo;
	struct sr_engine *engine = NULL;
	struct sr_reader *reader = NULL;
	struct sr_writer *writer = NULL;
	struct sr_doc *doc = NULL;
	struct sr_db *db = NULL;
	struct sr_diag d;
	struct sr_article a;
	int rc, exit_code = 0, i, in_batch = 0;
	long articles = 0, stored = 0, events = 0, bad = 0;

	rc = parse(argc, argv, &o, ingest);
	if (rc)
		return rc < 0 ? 0 : rc;
	memset(&d, 0, sizeof(d));
	eo.gazetteer_path = o.gazetteer;
	eo.focus = o.focus;
	eo.stop_after = o.stage == 2   ? SR_STAGE_SCAN
			: o.stage == 3 ? SR_STAGE_PLACES
				       : SR_STAGE_ALL;
	rc = sr_engine_new(&engine, &eo, &d);
	if (rc) {
		cli_diag(&d);
		exit_code = sr_rc_exit_code(rc);
		goto out;
	}
	if (ingest) {
		rc = sr_db_open(&db, o.db ? o.db : sr_default_db_path(), &d);
		if (rc) {
			cli_diag(&d);
			exit_code = 4;
			goto out;
		}
	} else if (!o.explain) {
		rc = sr_writer_new(&writer, o.format, stdout);
		if (rc)
			goto fail;
	}
	rc = sr_reader_new(&reader, o.has_date ? &o.date : NULL);
	if (!rc)
		rc = sr_doc_new(&doc);
	if (rc)
		goto fail;
	if (optind >= argc)
		rc = sr_reader_add_path(reader, "-");
	for (i = optind; i < argc && !rc; i++)
		rc = sr_reader_add_path(reader, argv[i]);
	if (rc)
		goto fail;
	if (!ingest && o.threads > 1 && !o.explain && !o.stage &&
	    (o.format == SR_FORMAT_JSONL || o.format == SR_FORMAT_CSV)) {
		sr_writer_free(writer); /* the workers write */
		writer = NULL;
		rc = cli_extract_parallel(engine, reader, o.format, o.threads,
					  &exit_code);
		if (rc)
			goto fail;
		goto out;
	}
	for (;;) {
		size_t k, n;

		memset(&d, 0, sizeof(d));
		rc = sr_reader_next(reader, &a, &d);
		if (rc == 0)
			break;
		if (rc < 0) {
			cli_diag(&d);
			bad++;
			if (exit_code == 0)
				exit_code = sr_rc_exit_code(rc) == 1
						? 3
						: sr_rc_exit_code(rc);
			continue;
		}
		articles++;
		if (o.stage == 1)
			continue;
		rc = sr_extract(engine, &a, doc);
		if (rc) {
			sr_diag_set(&d, rc, a.file, a.line,
				    "cannot extract article '%s': %s", a.id,
				    sr_strerror(rc));
			cli_diag(&d);
			bad++;
			exit_code = 3;
			continue;
		}
		n = sr_doc_event_count(doc);
		events += (long)n;
		if (ingest) {
			/* batches of articles: one transaction and one merge
			 * pass each */
			if (in_batch == 0) {
				memset(&d, 0, sizeof(d));
				if (sr_db_begin(db, &d) != 0) {
					cli_diag(&d);
					exit_code = 4;
					goto out;
				}
			}
			memset(&d, 0, sizeof(d));
			rc = sr_db_put(db, &a, doc, &d);
			if (rc < 0) {
				/* keep what the batch already stored */
				cli_diag(&d);
				memset(&d, 0, sizeof(d));
				if (sr_db_commit(db, &d) != 0)
					cli_diag(&d);
				exit_code = 4;
				goto out;
			}
			stored += rc;
			if (++in_batch == INGEST_BATCH) {
				in_batch = 0;
				memset(&d, 0, sizeof(d));
				if (sr_db_commit(db, &d) != 0) {
					cli_diag(&d);
					exit_code = 4;
					goto out;
				}
			}
			continue;
		}
		for (k = 0; k < n && !o.stage; k++) {
			const struct sr_event *ev = sr_doc_event(doc, k);

			rc = o.explain ? sr_event_explain(ev, stdout)
				       : sr_writer_event(writer, ev);
			if (rc)
				goto fail;
		}
	}
	if (writer && (rc = sr_writer_finish(writer)) != 0)
		goto fail;
	if (ingest && in_batch) {
		memset(&d, 0, sizeof(d));
		in_batch = 0;
		if (sr_db_commit(db, &d) != 0) {
			cli_diag(&d);
			exit_code = 4;
			goto out;
		}
	}
	if (ingest)
		fprintf(
		    stderr,
		    "sitrep: %ld articles read, %ld stored (%ld unchanged), "
		    "%ld events, %ld bad inputs\n",
		    articles, stored, articles - stored, events, bad);
	goto out;
fail:
	fprintf(stderr, "sitrep: %s\n", sr_strerror(rc));
	exit_code = sr_rc_exit_code(rc);
out:
	if (fflush(stdout) != 0 && exit_code == 0)
		exit_code = 1;
	sr_writer_free(writer);
	sr_reader_free(reader);
	sr_doc_free(doc);
	sr_db_close(db);
	sr_engine_free(engine);
	return exit_code;
}

int cmd_extract(int argc, char **argv)
{
	/* events come out at several times the input's size: into a pipe
	 * or a file, write them in large blocks (a terminal keeps lines) */
	static char out_buf[1 << 20];

	if (!isatty(STDOUT_FILENO))
		setvbuf(stdout, out_buf, _IOFBF, sizeof(out_buf));
#ifdef F_SETPIPE_SZ
	/* a Linux pipe holds 64 kB unless asked for more: then each block
	 * waits for the reader sixteen times (on the 50 MB bench corpus,
	 * 430 MB of events into `wc -l`: 3.6 s -> 3.1 s); on anything but
	 * a pipe, or past the system's limit, the call fails, harmlessly */
	(void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, (int)sizeof(out_buf));
#endif
	return run(argc, argv, 0);
}

int cmd_ingest(int argc, char **argv)
{
	return run(argc, argv, 1);
}
