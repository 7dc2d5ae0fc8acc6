/*
 * test_ingest.c - the article reader: the three input formats, every
 * validation error with its file, line and message, a batch mixing bad and
 * good inputs, directory walking order and hidden files, NFC / BOM / CRLF
 * normalisation, size caps, streaming past the read buffer, the JSONL fast
 * path checked line by line against jansson, the names a directory walk
 * skips, ids of standard input, and allocation failure.  Every article
 * here is written for this test.
 */
#include "testutil.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ingest/ingest.h"

/* ---- helpers ---- */

static char tmp_root[256];

/* One result of sr_reader_next, copied out. */
struct res {
	int rc;
	char *id, *file, *title, *url, *source, *text;
	size_t text_len;
	uint32_t line;
	struct sr_ymd date;
	char msg[512];
};

struct run {
	struct res r[64];
	size_t n;
	size_t articles, errors;
};

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void run_clear(struct run *run)
{
	size_t i;

	for (i = 0; i < run->n; i++) {
		free(run->r[i].id);
		free(run->r[i].file);
		free(run->r[i].title);
		free(run->r[i].url);
		free(run->r[i].source);
		free(run->r[i].text);
	}
	memset(run, 0, sizeof(*run));
}

/* Read everything from r into run. */
static void drain(struct sr_reader *r, struct run *run)
{
	struct sr_article a;
	struct sr_diag d;
	int rc, guard = 0;

	memset(run, 0, sizeof(*run));
	while ((rc = sr_reader_next(r, &a, &d)) != 0) {
		struct res *x;

		assert_true(guard++ < 1000);
		if (run->n == SR_ARRAY_LEN(run->r)) {
			if (rc == 1)
				run->articles++;
			else
				run->errors++;
			continue;
		}
		x = &run->r[run->n++];
		x->rc = rc;
		if (rc == 1) {
			run->articles++;
			assert_non_null(a.id);
			assert_non_null(a.file);
			assert_non_null(a.text);
			assert_int_equal(strlen(a.text), a.text_len);
			assert_true(sr__utf8_invalid(a.text, a.text_len) ==
				    a.text_len);
			x->id = strdup(a.id);
			x->file = strdup(a.file);
			x->title = dup_or_null(a.title);
			x->url = dup_or_null(a.url);
			x->source = dup_or_null(a.source);
			x->text = strdup(a.text);
			x->text_len = a.text_len;
			x->line = a.line;
			x->date = a.date;
		} else {
			run->errors++;
			assert_true(rc < 0);
			assert_int_equal(d.rc, rc);
			x->file = strdup(d.file);
			x->line = d.line;
			snprintf(x->msg, sizeof(x->msg), "%s", d.msg);
		}
	}
}

static void path_of(char *buf, size_t n, const char *rel)
{
	snprintf(buf, n, "%s/%s", tmp_root, rel);
}

/* Write rel (under tmp_root) with len bytes of data, making parents. */
static void put(const char *rel, const char *data, size_t len)
{
	char path[512], *slash;
	FILE *fp;

	path_of(path, sizeof(path), rel);
	for (slash = strchr(path + strlen(tmp_root) + 1, '/'); slash;
	     slash = strchr(slash + 1, '/')) {
		*slash = '\0';
		if (mkdir(path, 0755) != 0)
			assert_int_equal(errno, EEXIST);
		*slash = '/';
	}
	fp = fopen(path, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

static void puts_file(const char *rel, const char *s)
{
	put(rel, s, strlen(s));
}

/* Read the paths (relative to tmp_root) with default date dd (or NULL). */
static void read_paths(struct run *run, const struct sr_ymd *dd,
		       const char *const *rel, size_t n)
{
	struct sr_reader *r;
	char path[512];
	size_t i;

	assert_int_equal(sr_reader_new(&r, dd), 0);
	for (i = 0; i < n; i++) {
		path_of(path, sizeof(path), rel[i]);
		assert_int_equal(sr_reader_add_path(r, path), 0);
	}
	drain(r, run);
	sr_reader_free(r);
}

static void read_one(struct run *run, const struct sr_ymd *dd, const char *rel)
{
	read_paths(run, dd, &rel, 1);
}

static void read_mem(struct run *run, const char *name, const char *data,
		     size_t len, size_t doc_max, size_t line_max)
{
	struct sr_reader *r;

	assert_int_equal(sr_reader_new(&r, NULL), 0);
	sr__ingest_set_limits(r, doc_max, line_max);
	assert_int_equal(sr__ingest_add_mem(r, name, data, len), 0);
	drain(r, run);
	sr_reader_free(r);
}

static void assert_date(struct sr_ymd d, int y, int m, int dd)
{
	assert_int_equal(d.y, y);
	assert_int_equal(d.m, m);
	assert_int_equal(d.d, dd);
}

/* x is an error with code rc, the file ending in file_suffix, line and a
 * message containing msg. */
static void assert_err(const struct res *x, int rc, const char *file_suffix,
		       uint32_t line, const char *msg)
{
	size_t fl, sl = strlen(file_suffix);

	if (x->rc != rc || x->line != line || !strstr(x->msg, msg))
		print_error("got rc %d line %u msg '%s'\n", x->rc, x->line,
			    x->msg);
	assert_int_equal(x->rc, rc);
	fl = strlen(x->file);
	assert_true(fl >= sl);
	assert_string_equal(x->file + fl - sl, file_suffix);
	assert_int_equal(x->line, line);
	assert_non_null(strstr(x->msg, msg));
}

static int setup(void **state)
{
	snprintf(tmp_root, sizeof(tmp_root), "%s/sr_ingest_XXXXXX",
		 getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	assert_non_null(mkdtemp(tmp_root));
	return 0;
}

static int teardown(void **state)
{
	char cmd[600];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp_root);
	return system(cmd) == 0 ? 0 : -1;
}

/* ---- UTF-8 and normalisation ---- */

static void test_utf8_table(void **state)
{
	static const struct {
		const char *s;
		size_t bad; /* offset of the first bad byte; SIZE_MAX: ok */
	} t[] = {
	    {"plain ascii text, long enough to take the fast path", SIZE_MAX},
	    {"caf\xC3\xA9", SIZE_MAX},
	    {"\xE2\x80\x99quoted\xE2\x80\x9D", SIZE_MAX},
	    {"\xF0\x9F\x92\xA5 boom", SIZE_MAX},
	    {"\xF4\x8F\xBF\xBF", SIZE_MAX}, /* U+10FFFF */
	    {"ab\xC0\x80", 2},		    /* overlong NUL */
	    {"ab\xC1\xBF", 2},		    /* overlong */
	    {"\xE0\x80\xAF", 0},	    /* overlong '/' */
	    {"x\xED\xA0\x80y", 1},	    /* surrogate */
	    {"\xF4\x90\x80\x80", 0},	    /* > U+10FFFF */
	    {"\xF5\x80\x80\x80", 0},
	    {"abc\xFF", 3},
	    {"abcdefgh\x80", 8}, /* lone continuation */
	    {"ok \xC3", 3},	 /* truncated */
	    {"ok \xE2\x80", 3},
	    {"ok \xE2\x28\xA1", 3}, /* bad continuation */
	};
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(t); i++) {
		size_t len = strlen(t[i].s);
		size_t want = t[i].bad == SIZE_MAX ? len : t[i].bad;

		if (sr__utf8_invalid(t[i].s, len) != want)
			print_error("case %zu\n", i);
		assert_int_equal(sr__utf8_invalid(t[i].s, len), want);
	}
}

static void test_normalize_table(void **state)
{
	static const struct {
		const char *in, *out;
	} t[] = {
	    {"Cafe\xCC\x81 open", "Caf\xC3\xA9 open"}, /* e + acute */
	    {"e\xCC\x81", "\xC3\xA9"},
	    {"\xCC\x81start", "\xCC\x81start"},		      /* lone mark */
	    {"Ukraine\xE2\x80\x99s", "Ukraine\xE2\x80\x99s"}, /* kept as is */
	    {"\xE2\x80\x9C"
	     "Drones\xE2\x80\x9D \xE2\x80\x94 many",
	     "\xE2\x80\x9C"
	     "Drones\xE2\x80\x9D \xE2\x80\x94 many"},
	    {"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2",
	     "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2"},
	    /* Cyrillic i + combining breve -> short i */
	    {"\xD0\xB8\xCC\x86", "\xD0\xB9"},
	    /* Hangul jamo L + V -> syllable */
	    {"\xE1\x84\x80\xE1\x85\xA1", "\xEA\xB0\x80"},
	    /* marks reordered: dot below (220) before acute (230) */
	    {"a\xCC\x81\xCC\xA3", "\xE1\xBA\xA1\xCC\x81"},
	    /* singleton: angstrom sign -> A with ring */
	    {"\xE2\x84\xAB", "\xC3\x85"},
	    {"one\r\ntwo\r\n", "one\ntwo\n"},
	    {"lone\rcr", "lone\rcr"},
	    {"x\r\n\xCC\x81", "x\n\xCC\x81"},
	    {"\r\xCC\x81", "\r\xCC\x81"},
	    {"", ""},
	};
	struct sr_buf b;
	struct sr__nfc nf = {0};
	size_t i;

	sr__buf_init(&b, 0);
	for (i = 0; i < SR_ARRAY_LEN(t); i++) {
		sr__buf_reset(&b);
		assert_int_equal(
		    sr__ingest_normalize(&b, t[i].in, strlen(t[i].in), &nf), 0);
		if (!b.data)
			assert_int_equal(strlen(t[i].out), 0);
		else if (strcmp(b.data, t[i].out) != 0)
			print_error("case %zu: '%s'\n", i, b.data);
		if (b.data)
			assert_string_equal(b.data, t[i].out);
	}
	sr__buf_clear(&b);
	sr__nfc_clear(&nf);
}

/* ---- text files ---- */

static void test_seed_style(void **state)
{
	struct run run;

	/* The date line and the text on one line, as in the seed files. */
	puts_file("seed/001_ab12.txt",
		  " date 2023-11-06 Shelling hit a bus depot in Zorivka on "
		  "Sunday.\nTwo workers were hurt.\n");
	read_one(&run, NULL, "seed/001_ab12.txt");
	assert_int_equal(run.n, 1);
	assert_int_equal(run.r[0].rc, 1);
	assert_string_equal(run.r[0].id, "001_ab12");
	assert_int_equal(run.r[0].line, 1);
	assert_date(run.r[0].date, 2023, 11, 6);
	assert_string_equal(run.r[0].text,
			    "Shelling hit a bus depot in Zorivka on Sunday.\n"
			    "Two workers were hurt.\n");
	assert_null(run.r[0].title);
	run_clear(&run);

	/* No leading space, text on the next line; not a .txt name. */
	puts_file("seed/report.md",
		  "date 2024-02-29\n\nA drone fell near a school.");
	read_one(&run, NULL, "seed/report.md");
	assert_int_equal(run.r[0].rc, 1);
	assert_string_equal(run.r[0].id, "report.md");
	assert_date(run.r[0].date, 2024, 2, 29);
	assert_string_equal(run.r[0].text, "A drone fell near a school.");
	run_clear(&run);

	/* The header wins over the default date. */
	read_one(&run, &(struct sr_ymd){2020, 1, 1}, "seed/report.md");
	assert_date(run.r[0].date, 2024, 2, 29);
	run_clear(&run);
}

static void test_plain_text_dates(void **state)
{
	static const char *const not_headers[] = {
	    "date unknown, the report said.\n",
	    "dated 2023-01-02 letters were found.\n",
	    "date 2023-01-0212 is not a date\n",
	    "date2023-01-02 no space\n",
	    "Update 2023-01-02: fighting continued.\n",
	};
	struct run run;
	size_t i;

	puts_file("plain.txt", "Artillery fire was heard overnight.\n");
	read_one(&run, &(struct sr_ymd){2024, 5, 17}, "plain.txt");
	assert_int_equal(run.r[0].rc, 1);
	assert_date(run.r[0].date, 2024, 5, 17);
	assert_string_equal(run.r[0].text,
			    "Artillery fire was heard overnight.\n");
	run_clear(&run);

	/* No date anywhere: still an article, date unknown. */
	read_one(&run, NULL, "plain.txt");
	assert_int_equal(run.n, 1);
	assert_int_equal(run.r[0].rc, 1);
	assert_int_equal(run.r[0].date.y, 0);
	run_clear(&run);

	for (i = 0; i < SR_ARRAY_LEN(not_headers); i++) {
		puts_file("nohdr.txt", not_headers[i]);
		read_one(&run, NULL, "nohdr.txt");
		assert_int_equal(run.r[0].rc, 1);
		assert_int_equal(run.r[0].date.y, 0);
		assert_string_equal(run.r[0].text, not_headers[i]);
		run_clear(&run);
	}
}

static void test_text_errors(void **state)
{
	static const struct {
		const char *name, *data;
		size_t len; /* 0: strlen */
		uint32_t line;
		const char *msg;
	} t[] = {
	    {"feb30.txt", " date 2023-02-30\nText.", 0, 1,
	     "impossible date \"2023-02-30\""},
	    {"month13.txt", "date 2023-13-01 Text.", 0, 1,
	     "impossible date \"2023-13-01\""},
	    {"day00.txt", "date 2023-04-00\nText.", 0, 1, "impossible date"},
	    {"empty.txt", "", 0, 0, "empty file"},
	    {"blank.txt", " \n\t\r\n", 0, 0, "empty file (only white space)"},
	    {"bomonly.txt", "\xEF\xBB\xBF", 0, 0, "empty file"},
	    {"hdronly.txt", " date 2023-03-04\n\n", 0, 1,
	     "no text after the date line"},
	    {"bin.dat", "ELF\x01\x00\x02 junk", 11, 1,
	     "binary file (NUL byte at offset 4)"},
	    {"badutf.txt", "line one\nline two \xC3\x28 here", 0, 2,
	     "invalid UTF-8 (byte 0xC3 at offset 18)"},
	    {"latin1.txt", "Caf\xE9 closed.", 0, 1,
	     "invalid UTF-8 (byte 0xE9 at offset 3)"},
	};
	struct run run;
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(t); i++) {
		put(t[i].name, t[i].data,
		    t[i].len ? t[i].len : strlen(t[i].data));
		read_one(&run, NULL, t[i].name);
		assert_int_equal(run.n, 1);
		assert_err(&run.r[0], SR_EINPUT, t[i].name, t[i].line,
			   t[i].msg);
		run_clear(&run);
	}
}

static void test_missing_and_unreadable(void **state)
{
	struct run run;

	read_one(&run, NULL, "no/such/file.txt");
	assert_int_equal(run.n, 1);
	assert_err(&run.r[0], SR_EIO, "no/such/file.txt", 0,
		   "cannot open: No such file or directory");
	run_clear(&run);

	if (geteuid() != 0) { /* root reads anything */
		char path[512];

		puts_file("locked/a.txt", "Text.");
		path_of(path, sizeof(path), "locked");
		assert_int_equal(chmod(path, 0), 0);
		read_one(&run, NULL, "locked");
		assert_int_equal(chmod(path, 0755), 0);
		assert_int_equal(run.n, 1);
		assert_err(&run.r[0], SR_EIO, "locked", 0,
			   "cannot read directory");
		run_clear(&run);
	}
}

/* ---- JSON Lines ---- */

static void test_jsonl(void **state)
{
	static const char data[] =
	    "{\"id\": \"a-1\", \"date\": \"2024-02-16\", \"title\": \"T1\", "
	    "\"url\": \"https://example.org/1\", \"source\": \"Example\", "
	    "\"text\": \"Troops moved toward the river.\"}\n"
	    "\n"
	    "   \t\n"
	    "{\"text\": \"Second report.\", \"date\": "
	    "\"2024-02-16T10:00:00Z\"}\n"
	    "{\"id\": 42, \"text\": \"Third, with null title.\", "
	    "\"title\": null, \"date\": null}\n"
	    "{\"id\": \"\", \"text\": \"Fourth, empty id.\", \"date\": \"\"}\n";
	struct run run;

	puts_file("j/articles.jsonl", data);
	read_one(&run, &(struct sr_ymd){2024, 1, 31}, "j/articles.jsonl");
	assert_int_equal(run.n, 4);
	assert_int_equal(run.errors, 0);

	assert_string_equal(run.r[0].id, "a-1");
	assert_int_equal(run.r[0].line, 1);
	assert_date(run.r[0].date, 2024, 2, 16);
	assert_string_equal(run.r[0].title, "T1");
	assert_string_equal(run.r[0].url, "https://example.org/1");
	assert_string_equal(run.r[0].source, "Example");
	assert_string_equal(run.r[0].text, "Troops moved toward the river.");

	assert_string_equal(run.r[1].id, "articles.jsonl:4");
	assert_int_equal(run.r[1].line, 4);
	assert_date(run.r[1].date, 2024, 2, 16);
	assert_null(run.r[1].title);

	assert_string_equal(run.r[2].id, "42");
	assert_int_equal(run.r[2].line, 5);
	assert_date(run.r[2].date, 2024, 1, 31); /* null date: default */
	assert_null(run.r[2].title);

	assert_string_equal(run.r[3].id, "articles.jsonl:6");
	assert_date(run.r[3].date, 2024, 1, 31);
	run_clear(&run);
}

static void test_jsonl_bad_lines(void **state)
{
	/* Every bad line is reported with its line; the good ones between
	 * them all come through. */
	static const char data[] =
	    "{\"id\": \"ok1\", \"text\": \"First good one.\"}\n"      /* 1 */
	    "{\"id\": \"x\", \"text\": \"unterminated}\n"	      /* 2 */
	    "{\"id\": \"nt\"}\n"				      /* 3 */
	    "{\"text\": 17}\n"					      /* 4 */
	    "{\"text\": \"  \\n \"}\n"				      /* 5 */
	    "{\"text\": \"x\", \"date\": \"2023-02-30\"}\n"	      /* 6 */
	    "{\"text\": \"x\", \"date\": \"2023-13-01T00:00:00Z\"}\n" /* 7 */
	    "{\"text\": \"x\", \"date\": \"16/02/2024\"}\n"	      /* 8 */
	    "{\"text\": \"x\", \"date\": 20240216}\n"		      /* 9 */
	    "[\"text\", \"an array\"]\n"			      /* 10 */
	    "{\"text\": \"bad \xFF byte\"}\n"			      /* 11 */
	    "{\"text\": \"x\", \"id\": [1]}\n"			      /* 12 */
	    "{\"text\": \"x\", \"title\": 5}\n"			      /* 13 */
	    "{\"text\": \"nul \\u0000 escape\"}\n"		      /* 14 */
	    "{\"id\": \"ok2\", \"text\": \"Last good one.\"}";	      /* 15 */
	static const struct {
		uint32_t line;
		const char *msg;
	} want[] = {
	    {2, "invalid JSON at column"},
	    {3, "missing \"text\""},
	    {4, "\"text\" is not a string"},
	    {5, "empty \"text\""},
	    {6, "impossible date \"2023-02-30\""},
	    {7, "impossible date \"2023-13-01\""},
	    {8, "\"date\" is not YYYY-MM-DD"},
	    {9, "\"date\" is not a string"},
	    {10, "not a JSON object"},
	    {11, "invalid UTF-8 (byte 0xFF at column 15)"},
	    {12, "\"id\" is not a string or integer"},
	    {13, "\"title\" is not a string"},
	    {14, "invalid JSON"},
	};
	struct run run;
	size_t i;

	puts_file("bad.jsonl", data);
	read_one(&run, NULL, "bad.jsonl");
	assert_int_equal(run.n, 2 + SR_ARRAY_LEN(want));
	assert_int_equal(run.articles, 2);
	assert_string_equal(run.r[0].id, "ok1");
	for (i = 0; i < SR_ARRAY_LEN(want); i++)
		assert_err(&run.r[1 + i], SR_EINPUT, "bad.jsonl", want[i].line,
			   want[i].msg);
	assert_string_equal(run.r[run.n - 1].id, "ok2");
	assert_int_equal(run.r[run.n - 1].line, 15);
	/* jansson's own words are passed on. */
	assert_non_null(strstr(run.r[1].msg, "premature end of input"));
	run_clear(&run);
}

static void test_jsonl_binary_and_caps(void **state)
{
	static const char nul[] = "{\"text\": \"one\"}\n{\"te\0xt\": 1}\n"
				  "{\"text\": \"never read\"}\n";
	char big[300];
	struct run run;

	/* A NUL byte: reported once, the rest of the file dropped. */
	read_mem(&run, "nul.jsonl", nul, sizeof(nul) - 1, 0, 0);
	assert_int_equal(run.n, 2);
	assert_int_equal(run.r[0].rc, 1);
	assert_err(&run.r[1], SR_EINPUT, "nul.jsonl", 2,
		   "binary data (NUL byte at column 5)");
	run_clear(&run);

	/* An over-long line is skipped and the next one is read. */
	memset(big, 'x', sizeof(big));
	memcpy(big, "{\"text\": \"", 10);
	memcpy(big + sizeof(big) - 3, "\"}\n", 3);
	{
		char data[600];
		size_t n = 0;

		memcpy(data + n, big, sizeof(big));
		n += sizeof(big);
		memcpy(data + n, "{\"text\": \"short\"}\n", 18);
		n += 18;
		read_mem(&run, "long.jsonl", data, n, 0, 100);
		assert_int_equal(run.n, 2);
		assert_err(&run.r[0], SR_EINPUT, "long.jsonl", 1,
			   "line too long (299 bytes, max 100)");
		assert_int_equal(run.r[1].rc, 1);
		assert_string_equal(run.r[1].text, "short");
		assert_int_equal(run.r[1].line, 2);
		run_clear(&run);

		/* The line fits, its text does not. */
		read_mem(&run, "long.jsonl", data, n, 100, 0);
		assert_err(&run.r[0], SR_EINPUT, "long.jsonl", 1,
			   "\"text\" too long (287 bytes, max 100)");
		assert_int_equal(run.r[1].rc, 1);
		run_clear(&run);
	}

	/* A text document over the cap. */
	memset(big, 'y', sizeof(big));
	read_mem(&run, "big.txt", big, sizeof(big), 100, 0);
	assert_int_equal(run.n, 1);
	assert_err(&run.r[0], SR_EINPUT, "big.txt", 0,
		   "document too long (300 bytes, max 100)");
	run_clear(&run);
}

/* ---- the JSONL fast path against jansson ---- */

/* Read data as a memory input with the fast path on or off; *fast gets
 * the lines it took. */
static void read_mem_fast(struct run *run, const char *data, size_t len,
			  bool on, size_t doc_max, uint64_t *fast)
{
	struct sr_reader *r;

	assert_int_equal(sr_reader_new(&r, &(struct sr_ymd){2024, 1, 31}), 0);
	sr__ingest_set_fast(r, on);
	sr__ingest_set_limits(r, doc_max, 0);
	assert_int_equal(sr__ingest_add_mem(r, "t.jsonl", data, len), 0);
	drain(r, run);
	*fast = r->fast_count;
	sr_reader_free(r);
}

static void assert_same_str(const char *a, const char *b)
{
	if (!a || !b)
		assert_ptr_equal(a, b);
	else
		assert_string_equal(a, b);
}

/* Both paths give the same results for data; the fast path took `taken`
 * lines.  Returns the fast path's run (caller clears). */
static void check_both(struct run *fast, const char *data, size_t doc_max,
		       uint64_t taken, size_t idx)
{
	struct run slow;
	uint64_t nf, ns;
	size_t i, len = strlen(data);

	read_mem_fast(fast, data, len, true, doc_max, &nf);
	read_mem_fast(&slow, data, len, false, doc_max, &ns);
	if (nf != taken)
		print_error("case %zu: fast path took %llu lines, want %llu: "
			    "%s\n",
			    idx, (unsigned long long)nf,
			    (unsigned long long)taken, data);
	assert_int_equal(nf, taken);
	assert_int_equal(ns, 0);
	assert_int_equal(fast->n, slow.n);
	for (i = 0; i < fast->n; i++) {
		const struct res *x = &fast->r[i], *y = &slow.r[i];

		if (x->rc != y->rc || strcmp(x->msg, y->msg) != 0)
			print_error("case %zu: '%s' vs '%s'\n", idx, x->msg,
				    y->msg);
		assert_int_equal(x->rc, y->rc);
		assert_string_equal(x->msg, y->msg);
		assert_int_equal(x->line, y->line);
		assert_same_str(x->file, y->file);
		assert_same_str(x->id, y->id);
		assert_same_str(x->title, y->title);
		assert_same_str(x->url, y->url);
		assert_same_str(x->source, y->source);
		assert_same_str(x->text, y->text);
		assert_int_equal(x->text_len, y->text_len);
		assert_int_equal(x->date.y, y->date.y);
		assert_int_equal(x->date.m, y->date.m);
		assert_int_equal(x->date.d, y->date.d);
	}
	run_clear(&slow);
}

static void test_jsonl_fast_table(void **state)
{
	static const struct {
		const char *line;
		int fast; /* 1: the fast path must take it */
	} t[] = {
	    /* Taken: escapes, unicode, key order, unknown keys, ids. */
	    {"{\"text\": \"Shells fell on the depot.\"}", 1},
	    {"{\"source\":\"S\",\"url\":\"https:\\/\\/ex.org\\/a?b=1\","
	     "\"title\":\"A \\\"title\\\"\",\"date\":\"2023-05-06\","
	     "\"id\":\"r-9\",\"text\":\"Keys in reverse order.\"}",
	     1},
	    {"{\"text\": \"q\\\" b\\\\ s\\/ bs\\b ff\\f nl\\n cr\\r tab\\t "
	     "end\"}",
	     1},
	    {"{\"text\": \"crlf\\r\\nline\\r\\n\\rlone\"}", 1},
	    {"{\"text\": \"caf\\u00e9 caf\\u00E9 \\u2019q\\u2019 \\u0041\"}",
	     1},
	    {"{\"text\": \"boom \\ud83d\\udca5 \\uD83D\\uDCA5 done\"}", 1},
	    {"{\"text\": \"max \\udbff\\udfff min \\ud800\\udc00\"}", 1},
	    {"{\"text\": \"Cafe\\u0301 and e\\u0301\\u0323\"}", 1},
	    {"{\"text\": \"\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 \xF0\x9F\x92\xA5 "
	     "\xE2\x82\xAC 5 e\xCC\x81\"}",
	     1},
	    {"{\"text\": \"\xE1\x84\x80\xE1\x85\xA1 jamo, \xE2\x84\xAB\"}", 1},
	    {"{\"text\": \"ctl \\u0001\\u001f\\u007f del\"}", 1},
	    {"{\"id\": 42, \"text\": \"int id\"}", 1},
	    {"{\"id\": -7, \"text\": \"negative id\"}", 1},
	    {"{\"id\": -0, \"text\": \"minus zero\"}", 1},
	    {"{\"id\": 0, \"text\": \"zero\"}", 1},
	    {"{\"id\": 123456789012345678, \"text\": \"18 digits\"}", 1},
	    {"{\"id\": -123456789012345678, \"text\": \"18 digits\"}", 1},
	    {"{\"id\": \"\", \"title\": \"\", \"url\": null, \"source\": "
	     "\"\", \"date\": \"\", \"text\": \"empties\"}",
	     1},
	    {"{\"id\": null, \"date\": null, \"text\": \"nulls\"}", 1},
	    {"{\"date\": \"2024-02-16T10:00:00Z\", \"text\": \"T\"}", 1},
	    {"{\"date\": \"2024-02-16 10:00\", \"text\": \"space\"}", 1},
	    {"{\"date\": \"2024-02-16t1\", \"text\": \"small t\"}", 1},
	    {"{\"date\": \"2024\\u002d02-29\", \"text\": \"escaped dash\"}", 1},
	    {"{\"lang\": \"uk\", \"n\": 3, \"neg\": -12, \"ok\": true, "
	     "\"no\": false, \"x\": null, \"u\": \"\\u041a\\ud83d\\udca5\", "
	     "\"\": \"empty key\", \"text\": \"unknown keys\"}",
	     1},
	    {"{\"id\":\"tight\",\"text\":\"no spaces\",\"n\":1}", 1},
	    {"  {  \"text\"\t:\t\"tabs\"  ,  \"id\" : 1 }  \r", 1},
	    {"{\"text\": \"x\"}\r", 1},
	    {"{\"title\": \"Ti\\u0301tle\", \"text\": \"marks in title\"}", 1},
	    {"{\"text\": \"\\\"\"}", 1},
	    {"{\"text\": \"abcdefg\\\"\"}", 1},
	    {"{\"text\": \"abcdefgh\\\\\"}", 1},
	    {"{\"text\": \"abcdefghi\xC3\xA9\"}", 1},

	    /* Left to jansson: its result, article or error, stands. */
	    {"{\"text\": \"nul \\u0000 escape\"}", 0},
	    {"{\"text\": \"x\", \"other\": \"nul \\u0000\"}", 0},
	    {"{\"text\": \"lone high \\ud83d here\"}", 0},
	    {"{\"text\": \"lone low \\udca5 here\"}", 0},
	    {"{\"text\": \"high then A \\ud83d\\u0041\"}", 0},
	    {"{\"text\": \"high at end \\ud83d\"}", 0},
	    {"{\"text\": \"two highs \\ud83d\\ud83d\"}", 0},
	    {"{\"text\": \"bad escape \\x41\"}", 0},
	    {"{\"text\": \"bad hex \\u12G4\"}", 0},
	    {"{\"text\": \"short \\u12\"}", 0},
	    {"{\"text\": \"raw\ttab\"}", 0},
	    {"{\"text\": \"raw cr\r\"}", 0},
	    {"{\"text\": \"bad \xC3\x28 utf\"}", 0},
	    {"{\"text\": \"surrogate \xED\xA0\x80 utf\"}", 0},
	    {"{\"text\": \"overlong \xC0\xAF\"}", 0},
	    {"{\"text\": \"x\", \"meta\": {\"a\": 1}}", 0},
	    {"{\"text\": \"x\", \"tags\": [\"a\", 2]}", 0},
	    {"{\"text\": \"x\", \"score\": 1.5}", 0},
	    {"{\"text\": \"x\", \"score\": 1e5}", 0},
	    {"{\"text\": \"x\", \"score\": -2E+2}", 0},
	    {"{\"id\": 1234567890123456789, \"text\": \"19 digits\"}", 0},
	    {"{\"id\": 99999999999999999999, \"text\": \"too big\"}", 0},
	    {"{\"id\": 012, \"text\": \"leading zero\"}", 0},
	    {"{\"id\": -, \"text\": \"minus\"}", 0},
	    {"{\"text\": \"first\", \"text\": \"second\"}", 0},
	    {"{\"id\": \"a\", \"text\": \"x\", \"id\": \"b\"}", 0},
	    {"{\"t\\u0065xt\": \"escaped key\"}", 0},
	    {"{\"\xD1\x82\": \"cyrillic key\", \"text\": \"x\"}", 0},
	    {"{\"text\": \"x\",\f\"id\": 1}", 0},
	    {"{\"text\": \"x\",\v\"id\": 1}", 0},
	    {"{\"text\": \"x\",}", 0},
	    {"{}", 0},
	    {"{\"text\": true}", 0},
	    {"{\"text\": \"x\", \"id\": true}", 0},
	    {"{\"text\": \"x\", \"id\": false}", 0},
	    {"{\"text\": \"x\", \"date\": 20240216}", 0},
	    {"{\"text\": \"x\", \"date\": true}", 0},
	    {"{\"text\": \"x\", \"date\": \"2024-02-30\"}", 0},
	    {"{\"text\": \"x\", \"date\": \"2024-02-16X\"}", 0},
	    {"{\"text\": \"x\", \"date\": \"2024/02/16\"}", 0},
	    {"{\"text\": \"x\", \"title\": 5}", 0},
	    {"{\"text\": \"x\", \"url\": false}", 0},
	    {"{\"text\": \"  \\n\\t \"}", 0},
	    {"{\"text\": \"\"}", 0},
	    {"{\"text\": \"x\"} x", 0},
	    {"{\"text\": \"x\"}{\"text\": \"y\"}", 0},
	    {"{\"text\": \"x\", \"ok\": truex}", 0},
	    {"{\"text\": \"x\", \"ok\": nul}", 0},
	    {"{\"text\": \"x\" \"id\": 1}", 0},
	    {"{\"text\" \"x\"}", 0},
	    {"{\"text\": \"unterminated}", 0},
	    {"{\"text\": \"x\"", 0},
	    {"[\"text\", \"x\"]", 0},
	    {"{\"text\": \"x\", \"id\": 5x}", 0},
	};
	struct run run;
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(t); i++) {
		check_both(&run, t[i].line, 0, (uint64_t)t[i].fast, i);
		assert_int_equal(run.n, 1);
		run_clear(&run);
	}

	/* A few results spelled out, so that both paths agreeing is not
	 * the only check. */
	check_both(&run, t[5].line, 0, 1, 5);
	assert_string_equal(run.r[0].text, "boom \xF0\x9F\x92\xA5 "
					   "\xF0\x9F\x92\xA5 done");
	run_clear(&run);
	check_both(&run, t[3].line, 0, 1, 3);
	assert_string_equal(run.r[0].text, "crlf\nline\n\rlone");
	run_clear(&run);
	check_both(&run, t[7].line, 0, 1, 7);
	assert_string_equal(run.r[0].text,
			    "Caf\xC3\xA9 and \xE1\xBA\xB9\xCC\x81");
	run_clear(&run);
	check_both(&run, t[1].line, 0, 1, 1);
	assert_string_equal(run.r[0].id, "r-9");
	assert_string_equal(run.r[0].url, "https://ex.org/a?b=1");
	assert_string_equal(run.r[0].title, "A \"title\"");
	assert_date(run.r[0].date, 2023, 5, 6);
	run_clear(&run);
	check_both(&run, t[17].line, 0, 1, 17);
	assert_string_equal(run.r[0].id, "t.jsonl:1");
	assert_null(run.r[0].title);
	assert_null(run.r[0].source);
	assert_date(run.r[0].date, 2024, 1, 31);
	run_clear(&run);
	check_both(&run, t[32].line, 0, 0, 32);
	assert_err(&run.r[0], SR_EINPUT, "t.jsonl", 1, "invalid JSON");
	run_clear(&run);
	check_both(&run, t[56].line, 0, 0, 56);
	assert_string_equal(run.r[0].text, "second");
	run_clear(&run);
}

/* Escapes, quotes and multi-byte characters at every offset of the
 * eight-byte word, and the size caps, through both paths. */
static void test_jsonl_fast_offsets(void **state)
{
	static const char *const pieces[] = {
	    "\\n",
	    "\\\"",
	    "\\\\",
	    "\\u00e9",
	    "\\ud83d\\udca5",
	    "\xC3\xA9",
	    "\xE2\x80\x99",
	    "\xF0\x9F\x92\xA5",
	    "e\\u0301",
	    "\\r\\n",
	};
	char line[256], text[64];
	struct run run;
	size_t i, k;

	for (i = 0; i < SR_ARRAY_LEN(pieces); i++) {
		for (k = 0; k < 20; k++) {
			memset(text, 'a' + (int)(k % 26), k);
			text[k] = '\0';
			snprintf(line, sizeof(line),
				 "{\"id\": \"%s%s\", \"text\": \"%s%sX%.*s\"}\n"
				 "{\"text\": \"Y%s\", \"t\": \"%s%s\"}",
				 text, pieces[i], text, pieces[i], (int)k,
				 "zyxwvutsrqponmlkjihg", pieces[i], text,
				 pieces[i]);
			check_both(&run, line, 0, 2, i * 100 + k);
			assert_int_equal(run.articles, 2);
			run_clear(&run);
		}
	}

	/* "text" over the cap before and after normalisation, and at it. */
	check_both(&run, "{\"text\": \"0123456789\"}", 10, 1, 1000);
	run_clear(&run);
	check_both(&run, "{\"text\": \"0123456789a\"}", 10, 0, 1001);
	assert_err(&run.r[0], SR_EINPUT, "t.jsonl", 1,
		   "\"text\" too long (11 bytes, max 10)");
	run_clear(&run);
	/* U+FB2C normalises to 3 code points (6 bytes from 3). */
	check_both(&run, "{\"text\": \"abcd\xEF\xAC\xAC\"}", 8, 0, 1002);
	assert_err(&run.r[0], SR_EINPUT, "t.jsonl", 1,
		   "too long after normalisation");
	run_clear(&run);
}

/* Files larger than the 64 KiB read buffer, with the real caps. */
static void test_streaming(void **state)
{
	size_t n = 3000, i, len = 0, cap = n * 120 + 300000;
	char *data = malloc(cap);
	struct sr_reader *r;
	struct sr_article a;
	struct sr_diag d;
	char path[512];
	size_t count = 0;
	int rc;

	assert_non_null(data);
	for (i = 0; i < n; i++)
		len += (size_t)sprintf(data + len,
				       "{\"id\": \"s%zu\", \"text\": \"Report "
				       "number %zu about the front line.\"}\n",
				       i, i);
	/* One line of 250 000 bytes, crossing several buffer refills. */
	len += (size_t)sprintf(data + len, "{\"id\": \"huge\", \"text\": \"");
	memset(data + len, 'z', 250000);
	len += 250000;
	len += (size_t)sprintf(data + len, "\"}\n");
	put("stream.jsonl", data, len);

	assert_int_equal(sr_reader_new(&r, NULL), 0);
	path_of(path, sizeof(path), "stream.jsonl");
	assert_int_equal(sr_reader_add_path(r, path), 0);
	while ((rc = sr_reader_next(r, &a, &d)) == 1) {
		char want[32];

		if (count < n) {
			snprintf(want, sizeof(want), "s%zu", count);
			assert_string_equal(a.id, want);
			assert_int_equal(a.line, count + 1);
		} else {
			assert_string_equal(a.id, "huge");
			assert_int_equal(a.text_len, 250000);
		}
		count++;
	}
	assert_int_equal(rc, 0);
	assert_int_equal(count, n + 1);
	sr_reader_free(r);
	free(data);
}

/* ---- normalisation through the reader ---- */

static void test_reader_normalises(void **state)
{
	struct run run;

	/* BOM + CRLF + decomposed e-acute in a text file. */
	puts_file("norm/bom.txt",
		  "\xEF\xBB\xBF date 2024-03-01\r\nThe caf\x65\xCC\x81 in "
		  "Lutsenky was hit.\r\nNobody was hurt.\r\n");
	read_one(&run, NULL, "norm/bom.txt");
	assert_int_equal(run.r[0].rc, 1);
	assert_date(run.r[0].date, 2024, 3, 1);
	assert_string_equal(run.r[0].text,
			    "The caf\xC3\xA9 in Lutsenky was hit.\n"
			    "Nobody was hurt.\n");
	run_clear(&run);

	/* BOM before JSONL, CRLF line ends, escaped combining mark. */
	puts_file("norm/bom.jsonl", "\xEF\xBB\xBF{\"text\": \"Cafe\\u0301 "
				    "\\u2019x\\u2019\\r\\nok\"}\r\n"
				    "{\"text\": \"two\"}\r\n");
	read_one(&run, NULL, "norm/bom.jsonl");
	assert_int_equal(run.n, 2);
	assert_string_equal(run.r[0].text,
			    "Caf\xC3\xA9 \xE2\x80\x99x\xE2\x80\x99\nok");
	assert_string_equal(run.r[1].text, "two");
	assert_int_equal(run.r[1].line, 2);
	run_clear(&run);

	/* A JSONL file may start with blank lines; line numbers count them. */
	puts_file("norm/lead.jsonl", "\n\n  {\"text\": \"three\"}\n");
	read_one(&run, NULL, "norm/lead.jsonl");
	assert_int_equal(run.r[0].rc, 1);
	assert_int_equal(run.r[0].line, 3);
	assert_string_equal(run.r[0].id, "lead.jsonl:3");
	run_clear(&run);
}

/* ---- directories and batches ---- */

static void test_directory_walk(void **state)
{
	static const char *const want[] = {
	    "tree/a.txt",     "tree/b.txt",  "tree/b/c.txt",
	    "tree/b/d/e.txt", "tree/b0.txt", "tree/link.txt",
	};
	char path[512], target[512];
	struct run run;
	size_t i;

	puts_file("tree/b0.txt", "B zero.");
	puts_file("tree/b/d/e.txt", "E.");
	puts_file("tree/b/c.txt", "C.");
	puts_file("tree/b.txt", "B.");
	puts_file("tree/a.txt", "A.");
	puts_file("tree/.hidden.txt", "Hidden.");
	puts_file("tree/.git/objects.txt", "Hidden dir.");
	puts_file("tree/b/.swp", "Hidden.");
	puts_file("tree/empty/.keep", "");
	puts_file("elsewhere/target.txt", "Linked.");
	path_of(path, sizeof(path), "tree/link.txt");
	path_of(target, sizeof(target), "elsewhere/target.txt");
	assert_int_equal(symlink(target, path), 0);
	/* A link to a directory (here a cycle) is not followed. */
	path_of(path, sizeof(path), "tree/b/loop");
	path_of(target, sizeof(target), "tree");
	assert_int_equal(symlink(target, path), 0);

	read_one(&run, NULL, "tree");
	assert_int_equal(run.errors, 0);
	assert_int_equal(run.n, SR_ARRAY_LEN(want));
	for (i = 0; i < SR_ARRAY_LEN(want); i++) {
		size_t fl = strlen(run.r[i].file), wl = strlen(want[i]);

		assert_true(fl > wl);
		assert_string_equal(run.r[i].file + fl - wl, want[i]);
		assert_int_equal(run.r[i].file[fl - wl - 1], '/');
	}
	assert_string_equal(run.r[0].id, "a");
	assert_string_equal(run.r[5].text, "Linked.");
	run_clear(&run);

	/* A trailing slash does not double. */
	read_one(&run, NULL, "tree/b/d/");
	assert_int_equal(run.n, 1);
	assert_non_null(strstr(run.r[0].file, "tree/b/d/e.txt"));
	run_clear(&run);
}

static void test_mixed_batch(void **state)
{
	static const char *const inputs[] = {
	    "batch/good1.txt",	"batch/missing.txt", "batch/dir",
	    "batch/feed.jsonl", "batch/good2.txt",
	};
	struct run run;

	puts_file("batch/good1.txt", " date 2023-06-01 Good one.");
	puts_file("batch/dir/bad_date.txt",
		  "date 2023-02-29\nNot a leap year.");
	puts_file("batch/dir/empty.txt", "");
	puts_file("batch/dir/fine.txt", "Fine and undated.");
	/* Binary data under a name that is not skipped; the .png is. */
	put("batch/dir/blob.dat", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	put("batch/dir/image.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
	puts_file("batch/dir/sub/nested.txt", "date 2023-06-02\nNested.");
	puts_file("batch/feed.jsonl",
		  "{\"id\": \"f1\", \"text\": \"Feed one.\"}\n"
		  "{\"id\": \"f2\", \"text\": \"Feed two.\"\n"
		  "{\"id\": \"f3\", \"text\": \"Feed three.\"}\n");
	puts_file("batch/good2.txt", "Good two.");

	read_paths(&run, NULL, inputs, SR_ARRAY_LEN(inputs));
	assert_int_equal(run.n, 11);
	assert_int_equal(run.articles, 6);
	assert_int_equal(run.errors, 5);
	assert_string_equal(run.r[0].id, "good1");
	assert_date(run.r[0].date, 2023, 6, 1);
	assert_err(&run.r[1], SR_EIO, "batch/missing.txt", 0, "cannot open");
	assert_err(&run.r[2], SR_EINPUT, "batch/dir/bad_date.txt", 1,
		   "impossible date \"2023-02-29\"");
	assert_err(&run.r[3], SR_EINPUT, "batch/dir/blob.dat", 3,
		   "binary file");
	assert_err(&run.r[4], SR_EINPUT, "batch/dir/empty.txt", 0,
		   "empty file");
	assert_string_equal(run.r[5].id, "fine");
	assert_int_equal(run.r[5].date.y, 0);
	assert_string_equal(run.r[6].id, "nested");
	assert_date(run.r[6].date, 2023, 6, 2);
	assert_string_equal(run.r[7].id, "f1");
	assert_err(&run.r[8], SR_EINPUT, "batch/feed.jsonl", 2, "invalid JSON");
	assert_string_equal(run.r[9].id, "f3");
	assert_int_equal(run.r[9].line, 3);
	assert_string_equal(run.r[10].id, "good2");
	run_clear(&run);
}

/* Files that are not articles are skipped when a directory is walked,
 * never when named. */
static void test_directory_skips(void **state)
{
	static const char *const skipped[] = {
	    "README",	  "README.md",	   "README.txt",    "readme.txt",
	    "ReadMe",	  "notes.md",	   "NOTES.MD",	    "places.gaz",
	    "events.db",  "events.db-wal", "events.db-shm", "dump.jsonl.gz",
	    "batch.zip",  "map.png",	   "photo.jpg",	    "photo.JPG",
	    "report.pdf", "sub/README",	   "sub/x.md",
	};
	static const char *const kept[] = {
	    "skip/a.txt",     "skip/b.jsonl",	   "skip/db",
	    "skip/md",	      "skip/notes.md.txt", "skip/readm.txt",
	    "skip/sub/c.txt", "skip/x.dbx",	   "skip/x.gzip",
	    "skip/zip",
	};
	char rel[128];
	struct run run;
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(skipped); i++) {
		snprintf(rel, sizeof(rel), "skip/%s", skipped[i]);
		puts_file(rel, "Not an article.");
	}
	for (i = 0; i < SR_ARRAY_LEN(kept); i++) {
		if (strstr(kept[i], ".jsonl"))
			puts_file(kept[i], "{\"text\": \"Kept line.\"}\n");
		else
			puts_file(kept[i], "Kept.");
	}
	read_one(&run, NULL, "skip");
	assert_int_equal(run.errors, 0);
	assert_int_equal(run.n, SR_ARRAY_LEN(kept));
	for (i = 0; i < SR_ARRAY_LEN(kept); i++) {
		size_t fl = strlen(run.r[i].file), kl = strlen(kept[i]);

		assert_true(fl >= kl);
		assert_string_equal(run.r[i].file + fl - kl, kept[i]);
	}
	run_clear(&run);

	/* Named explicitly, they are read. */
	{
		static const char *const named[] = {"skip/README.md",
						    "skip/map.png"};

		read_paths(&run, NULL, named, 2);
		assert_int_equal(run.n, 2);
		assert_int_equal(run.articles, 2);
		assert_string_equal(run.r[0].id, "README.md");
		assert_string_equal(run.r[1].text, "Not an article.");
		run_clear(&run);
	}
}

/* Standard input: text articles are named by a hash of their text, JSONL
 * lines without an id by their line. */
static void test_stdin_ids(void **state)
{
	static const char *const texts[] = {
	    "A drone hit a fuel depot near Bilozerka.",
	    "A drone hit a fuel depot near Bilozerka!",
	};
	char ids[2][32], want[32], path[512];
	struct run run;
	size_t i;

	for (i = 0; i < 2; i++) {
		struct sr_reader *r;
		uint64_t h = sr__hash64(texts[i], strlen(texts[i]));

		puts_file("stdin.txt", texts[i]);
		path_of(path, sizeof(path), "stdin.txt");
		assert_non_null(freopen(path, "rb", stdin));
		assert_int_equal(sr_reader_new(&r, NULL), 0);
		assert_int_equal(sr_reader_add_path(r, "-"), 0);
		drain(r, &run);
		sr_reader_free(r);
		assert_int_equal(run.n, 1);
		assert_int_equal(run.r[0].rc, 1);
		assert_string_equal(run.r[0].file, "-");
		snprintf(want, sizeof(want), "stdin-%012llx",
			 (unsigned long long)(h >> 16));
		assert_string_equal(run.r[0].id, want);
		assert_int_equal(strlen(run.r[0].id), 18);
		snprintf(ids[i], sizeof(ids[i]), "%s", run.r[0].id);
		run_clear(&run);
	}
	assert_string_not_equal(ids[0], ids[1]);

	/* The id hashes the normalised text: a BOM, a date line and CRLF do
	 * not change it. */
	puts_file("stdin.txt", "\xEF\xBB\xBF date 2024-03-01\r\nA drone hit "
			       "a fuel depot near Bilozerka.");
	assert_non_null(freopen(path, "rb", stdin));
	{
		struct sr_reader *r;

		assert_int_equal(sr_reader_new(&r, NULL), 0);
		assert_int_equal(sr_reader_add_path(r, "-"), 0);
		drain(r, &run);
		sr_reader_free(r);
	}
	assert_string_equal(run.r[0].id, ids[0]);
	run_clear(&run);

	/* A file called "stdin" is not standard input. */
	puts_file("named/stdin", "Just a file.");
	read_one(&run, NULL, "named/stdin");
	assert_string_equal(run.r[0].id, "stdin");
	run_clear(&run);

	/* JSONL on stdin keeps "stdin:<line>". */
	puts_file("stdin.jsonl", "\n{\"text\": \"Piped line.\"}\n"
				 "{\"id\": \"k\", \"text\": \"Keyed.\"}\n");
	path_of(path, sizeof(path), "stdin.jsonl");
	assert_non_null(freopen(path, "rb", stdin));
	{
		struct sr_reader *r;

		assert_int_equal(sr_reader_new(&r, NULL), 0);
		assert_int_equal(sr_reader_add_path(r, "-"), 0);
		drain(r, &run);
		sr_reader_free(r);
	}
	assert_int_equal(run.n, 2);
	assert_string_equal(run.r[0].id, "stdin:2");
	assert_string_equal(run.r[1].id, "k");
	run_clear(&run);
}

static void test_api_edges(void **state)
{
	struct sr_reader *r;
	struct sr_article a;
	struct sr_diag d;

	assert_int_equal(sr_reader_new(&r, &(struct sr_ymd){2023, 2, 30}),
			 SR_EUSAGE);
	assert_null(r);
	assert_int_equal(sr_reader_new(&r, &(struct sr_ymd){0, 0, 0}), 0);
	assert_int_equal(sr_reader_add_path(r, ""), SR_EUSAGE);
	assert_int_equal(sr_reader_add_path(r, NULL), SR_EUSAGE);
	/* Nothing queued: done at once, and again. */
	assert_int_equal(sr_reader_next(r, &a, &d), 0);
	assert_int_equal(sr_reader_next(r, &a, &d), 0);
	/* A NULL diag is allowed. */
	assert_int_equal(sr_reader_add_path(r, "/nonexistent/sitrep/x"), 0);
	assert_int_equal(sr_reader_next(r, &a, NULL), SR_EIO);
	assert_int_equal(sr_reader_next(r, &a, NULL), 0);
	sr_reader_free(r);
	sr_reader_free(NULL);

	/* A memory input named like a file. */
	assert_int_equal(sr_reader_new(&r, NULL), 0);
	assert_int_equal(sr__ingest_add_mem(r, "fuzz", "Plain words.", 12), 0);
	assert_int_equal(sr_reader_next(r, &a, &d), 1);
	assert_string_equal(a.id, "fuzz");
	assert_string_equal(a.file, "fuzz");
	assert_string_equal(a.text, "Plain words.");
	assert_int_equal(sr_reader_next(r, &a, &d), 0);
	sr_reader_free(r);
}

/* ---- allocation failure ---- */

static long fail_after = -1; /* allocations left before failing; -1: never */
static long alloc_calls;

static void *failing_malloc(size_t n)
{
	alloc_calls++;
	if (fail_after >= 0 && fail_after-- == 0)
		return NULL;
	return malloc(n);
}

static void *failing_realloc(void *p, size_t n)
{
	alloc_calls++;
	if (fail_after >= 0 && fail_after-- == 0)
		return NULL;
	return realloc(p, n);
}

static void test_alloc_failure(void **state)
{
	static const char *const inputs[] = {"af/a.txt", "af/dir",
					     "af/f.jsonl"};
	char paths[3][512];
	long n;
	int saw_nomem = 0;

	puts_file("af/a.txt", " date 2024-01-02 Cafe\xCC\x81 one.");
	puts_file("af/dir/x.txt", "X.");
	puts_file("af/dir/y/z.txt", "Z \xE1\x84\x80\xE1\x85\xA1.");
	puts_file("af/f.jsonl",
		  "{\"id\": \"j\", \"title\": \"t\", "
		  "\"text\": \"J one.\"}\n{\"text\": \"J two.\"}\n");
	for (n = 0; n < 3; n++)
		path_of(paths[n], sizeof(paths[n]), inputs[n]);

	for (n = 0; n < 200; n++) {
		struct sr_reader *r = NULL;
		struct sr_article a;
		struct sr_diag d;
		size_t i, articles = 0;
		int rc, guard = 0, failed = 0;

		alloc_calls = 0;
		fail_after = n;
		sr_set_allocator(failing_malloc, failing_realloc, free);
		rc = sr_reader_new(&r, NULL);
		for (i = 0; rc == 0 && i < 3; i++)
			rc = sr_reader_add_path(r, paths[i]);
		if (rc == 0) {
			while ((rc = sr_reader_next(r, &a, &d)) != 0 &&
			       guard++ < 100) {
				if (rc == 1)
					articles++;
				else if (rc == SR_ENOMEM)
					failed = 1;
				else
					fail_msg("unexpected rc %d: %s", rc,
						 d.msg);
			}
			assert_int_equal(rc, 0);
		} else {
			assert_int_equal(rc, SR_ENOMEM);
			failed = 1;
		}
		sr_reader_free(r);
		sr_set_allocator(NULL, NULL, NULL);
		saw_nomem |= failed;
		if (fail_after >= 0) {
			/* The failure point was never reached: done. */
			assert_int_equal(articles, 5);
			break;
		}
		assert_true(failed || articles == 5);
	}
	assert_true(n > 5 && n < 200);
	assert_true(saw_nomem);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_utf8_table),
	    cmocka_unit_test(test_normalize_table),
	    cmocka_unit_test(test_seed_style),
	    cmocka_unit_test(test_plain_text_dates),
	    cmocka_unit_test(test_text_errors),
	    cmocka_unit_test(test_missing_and_unreadable),
	    cmocka_unit_test(test_jsonl),
	    cmocka_unit_test(test_jsonl_bad_lines),
	    cmocka_unit_test(test_jsonl_binary_and_caps),
	    cmocka_unit_test(test_jsonl_fast_table),
	    cmocka_unit_test(test_jsonl_fast_offsets),
	    cmocka_unit_test(test_streaming),
	    cmocka_unit_test(test_reader_normalises),
	    cmocka_unit_test(test_directory_walk),
	    cmocka_unit_test(test_mixed_batch),
	    cmocka_unit_test(test_directory_skips),
	    cmocka_unit_test(test_stdin_ids),
	    cmocka_unit_test(test_api_edges),
	    cmocka_unit_test(test_alloc_failure),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
