/*
 * cmd_gazetteer.c - `sitrep gazetteer build|lookup`.
 */
#include "cli.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void bad_row(void *ud, const struct sr_diag *d)
{
	long *n = ud;

	if (++*n <= 20)
		cli_diag(d);
	else if (*n == 21)
		fprintf(stderr, "sitrep: (further bad rows not shown)\n");
}

static int build(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "out", required_argument, NULL, 'o' },
		{ "no-default", no_argument, NULL, 'n' },
		{ NULL, 0, NULL, 0 },
	};
	struct sr_gazetteer_build_opts o;
	struct sr_gazetteer_build_stats st;
	struct sr_diag d;
	long bad = 0;
	int ch, rc;

	memset(&o, 0, sizeof(o));
	memset(&st, 0, sizeof(st));
	memset(&d, 0, sizeof(d));
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "o:", opts, NULL)) != -1) {
		if (ch == 'o')
			o.out_path = optarg;
		else if (ch == 'n')
			o.no_default = true;
		else
			return cli_usage_error("gazetteer build: unknown "
					       "option '%s'",
					       argv[optind - 1]);
	}
	if (!o.out_path)
		return cli_usage_error(
		    "gazetteer build: --out FILE is required");
	o.sources = (const char *const *)(argv + optind);
	o.source_count = (size_t)(argc - optind);
	if (o.no_default && o.source_count == 0)
		return cli_usage_error("gazetteer build: --no-default needs at "
				       "least one SOURCE");
	o.on_bad_row = bad_row;
	o.ud = &bad;
	rc = sr_gazetteer_build(&o, &st, &d);
	if (rc) {
		cli_diag(&d);
		return sr_rc_exit_code(rc);
	}
	fprintf(stderr,
		"sitrep: gazetteer %s: %llu places, %llu names, %llu "
		"duplicates merged, %llu bad rows\n",
		o.out_path, (unsigned long long)st.places,
		(unsigned long long)st.names,
		(unsigned long long)st.merged_duplicates,
		(unsigned long long)st.bad_rows);
	return 0;
}

static int lookup(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "near", required_argument, NULL, 'n' },
		{ "country", required_argument, NULL, 'c' },
		{ "gazetteer", required_argument, NULL, 'g' },
		{ NULL, 0, NULL, 0 },
	};
	double near[2];
	int has_near = 0, ch, rc;
	const char *country = NULL, *gaz = NULL;
	struct sr_diag d;
	char *end;

	memset(&d, 0, sizeof(d));
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (ch) {
		case 'n':
			near[0] = strtod(optarg, &end);
			if (*end != ',')
				return cli_usage_error("--near: expected "
						       "LAT,LON");
			near[1] = strtod(end + 1, &end);
			if (*end)
				return cli_usage_error("--near: expected "
						       "LAT,LON");
			has_near = 1;
			break;
		case 'c':
			country = optarg;
			break;
		case 'g':
			gaz = optarg;
			break;
		default:
			return cli_usage_error("gazetteer lookup: unknown "
					       "option '%s'",
					       argv[optind - 1]);
		}
	}
	if (optind != argc - 1)
		return cli_usage_error("gazetteer lookup: give one NAME");
	rc = sr_gazetteer_lookup_print(
	    gaz, argv[optind], has_near ? near : NULL, country, stdout, &d);
	if (rc) {
		cli_diag(&d);
		return sr_rc_exit_code(rc);
	}
	return 0;
}

int cmd_gazetteer(int argc, char **argv)
{
	if (argc < 2)
		return cli_usage_error(
		    "gazetteer: expected 'build' or 'lookup'");
	if (strcmp(argv[1], "build") == 0)
		return build(argc - 1, argv + 1);
	if (strcmp(argv[1], "lookup") == 0)
		return lookup(argc - 1, argv + 1);
	return cli_usage_error("gazetteer: unknown subcommand '%s'", argv[1]);
}
