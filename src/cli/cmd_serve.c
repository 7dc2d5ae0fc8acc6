/*
 * cmd_serve.c - `sitrep serve`: the HTTP API and web page over one store
 * (src/server/).  Parses the options, reads the token file, starts the
 * server, writes the bound port to --port-file and waits for SIGINT or
 * SIGTERM to stop it cleanly.
 */
#include "cli.h"
#include "../server/server.h"

#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

enum {
	OPT_DB = 256,
	OPT_LISTEN,
	OPT_PORT_FILE,
	OPT_TOKEN_FILE,
	OPT_THREADS,
	OPT_DEPS,
	OPT_GAZ,
	OPT_QUIET,
	OPT_NO_CACHE
};

static const struct option long_opts[] = {
	{ "db", required_argument, NULL, OPT_DB },
	{ "listen", required_argument, NULL, OPT_LISTEN },
	{ "port-file", required_argument, NULL, OPT_PORT_FILE },
	{ "token-file", required_argument, NULL, OPT_TOKEN_FILE },
	{ "threads", required_argument, NULL, OPT_THREADS },
	{ "deps-dir", required_argument, NULL, OPT_DEPS },
	{ "gazetteer", required_argument, NULL, OPT_GAZ },
	{ "quiet", no_argument, NULL, OPT_QUIET },
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 },
};

static const char serve_usage[] =
    "usage: sitrep serve [--db PATH] [--listen ADDR:PORT] [--port-file F]\n"
    "                    [--token-file F] [--threads N] [--deps-dir DIR]\n"
    "                    [--gazetteer FILE] [--quiet] [--no-cache]\n"
    "  --listen      numeric IPv4 address and port (127.0.0.1:8080);\n"
    "                port 0 picks a free one (see --port-file)\n"
    "  --port-file   write the bound port there once listening\n"
    "  --token-file  first line is the bearer token that POST /api/articles\n"
    "                and /api/review require; without it writes answer 403\n"
    "  SIGINT or SIGTERM stops the server.  See docs/API.md.\n";

/* "HOST:PORT" into host (cap bytes) and port. */
static int parse_listen(const char *s, char *host, size_t cap, unsigned *port)
{
	const char *colon = strrchr(s, ':');
	char *end;
	unsigned long p;

	if (!colon || colon == s || (size_t)(colon - s) >= cap)
		return -1;
	p = strtoul(colon + 1, &end, 10);
	if (!colon[1] || *end || p > 65535)
		return -1;
	memcpy(host, s, (size_t)(colon - s));
	host[colon - s] = 0;
	*port = (unsigned)p;
	return 0;
}

/* First line of path, without trailing white space, into buf. */
static int read_token(const char *path, char *buf, size_t cap)
{
	FILE *fp = fopen(path, "r");
	size_t n;

	if (!fp)
		return -1;
	if (!fgets(buf, (int)cap, fp)) {
		fclose(fp);
		return -1;
	}
	fclose(fp);
	n = strlen(buf);
	while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\r' ||
		     buf[n - 1] == ' ' || buf[n - 1] == '\t'))
		buf[--n] = 0;
	return n >= 8 ? 0 : -2;
}

static int write_port(const char *path, unsigned port)
{
	char tmp[4096];
	FILE *fp;

	if (snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= (int)sizeof(tmp))
		return -1;
	fp = fopen(tmp, "w");
	if (!fp)
		return -1;
	fprintf(fp, "%u\n", port);
	if (fclose(fp) != 0 || rename(tmp, path) != 0)
		return -1;
	return 0;
}

int cmd_serve(int argc, char **argv)
{
	struct srv_opts o;
	struct srv *s = NULL;
	struct sr_diag d;
	const char *listen = "127.0.0.1:8080", *port_file = NULL;
	const char *token_file = NULL;
	char host[64], token[512];
	unsigned port = 0;
	sigset_t set;
	int ch, sig, rc;
	char *end;

	memset(&o, 0, sizeof(o));
	memset(&d, 0, sizeof(d));
	o.deps_dir = getenv("SITREP_DEPS_DIR");
	if (!o.deps_dir || !*o.deps_dir)
		o.deps_dir = SR_DEPS_DIR;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "h", long_opts, NULL)) != -1) {
		switch (ch) {
		case OPT_DB:
			o.db_path = optarg;
			break;
		case OPT_LISTEN:
			listen = optarg;
			break;
		case OPT_PORT_FILE:
			port_file = optarg;
			break;
		case OPT_TOKEN_FILE:
			token_file = optarg;
			break;
		case OPT_THREADS:
			o.threads = (unsigned)strtoul(optarg, &end, 10);
			if (*end || o.threads < 1 || o.threads > 64)
				return cli_usage_error("--threads: expected "
						       "1..64, got '%s'",
						       optarg);
			break;
		case OPT_DEPS:
			o.deps_dir = optarg;
			break;
		case OPT_GAZ:
			o.gazetteer = optarg;
			break;
		case OPT_QUIET:
			o.quiet = 1;
			break;
		case OPT_NO_CACHE:
			o.no_cache = 1;
			break;
		case 'h':
			fputs(serve_usage, stdout);
			return 0;
		default:
			return cli_usage_error("serve: unknown option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind < argc)
		return cli_usage_error("serve: unexpected argument '%s'",
				       argv[optind]);
	if (parse_listen(listen, host, sizeof(host), &o.port))
		return cli_usage_error("--listen: expected ADDR:PORT, got '%s'",
				       listen);
	o.host = host;
	if (!o.db_path)
		o.db_path = sr_default_db_path();
	if (token_file) {
		rc = read_token(token_file, token, sizeof(token));
		if (rc == -1)
			return cli_usage_error("--token-file: cannot read '%s'",
					       token_file);
		if (rc)
			return cli_usage_error("--token-file: the token in "
					       "'%s' is shorter than 8 bytes",
					       token_file);
		o.token = token;
	}
	/* Block the stop signals in every thread; this one waits for them. */
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	signal(SIGPIPE, SIG_IGN);
	rc = sr__server_start(&s, &o, &port, &d);
	if (rc) {
		cli_diag(&d);
		return rc == SR_EUSAGE ? 2 : sr_rc_exit_code(rc);
	}
	if (port_file && write_port(port_file, port)) {
		fprintf(stderr, "sitrep: cannot write --port-file '%s'\n",
			port_file);
		sr__server_stop(s);
		return 1;
	}
	fprintf(stderr, "sitrep: serving %s on http://%s:%u/ (writes %s)\n",
		o.db_path, host, port, o.token ? "need the token" : "disabled");
	while (sigwait(&set, &sig) != 0)
		;
	fprintf(stderr, "sitrep: stopping on signal %d\n", sig);
	sr__server_stop(s);
	return 0;
}
