/*
 * reader.c - the article reader of include/sitrep.h: sr_reader_new,
 * sr_reader_add_path, sr_reader_next, sr_reader_free, plus the internal
 * sr__ingest_add_mem and sr__ingest_set_limits (ingest.h).
 *
 * Inputs are queued as given.  A directory is expanded when its turn
 * comes: its entries (hidden ones skipped; regular files, symlinks to
 * regular files and subdirectories kept; symlinks to directories skipped so
 * a link cycle cannot loop; files that are not articles by their name,
 * README* and *.md, .gaz, .db, .db-wal, .db-shm, .gz, .zip, .png, .jpg,
 * .pdf, skipped, though a file given by name is always read) are pushed on a
 * stack sorted so that depth-first order is the byte order of the full paths.
 * One input is open at a time; its format is chosen from its first bytes
 * (format.c).
 *
 * Invariants: at most one FILE is open; articles' strings live in the
 * reader's arena and text buffer, which are reset at the start of every
 * sr_reader_next; the path of the current input is freed only when the
 * next input is opened.  Files are streamed through one read buffer that
 * holds at most one JSONL line or one text document (plus a read chunk).
 *
 * Does not: parse the article formats (format.c), normalise text
 * (utf8.c), or print anything.
 */
#include "ingest.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define READ_CHUNK (64u * 1024)
/* Read buffers above this size are not kept for the next input. */
#define KEEP_BUF_MAX (1u * 1024 * 1024)

/* ---- input buffer ---- */

static int in_fill(struct sr__input *in)
{
	size_t pending, n, room;

	if (in->eof)
		return SR_OK;
	pending = in->end - in->start;
	if (in->start > 0) {
		memmove(in->own, in->own + in->start, pending);
		in->start = 0;
		in->end = pending;
	}
	if (in->own_cap - in->end < READ_CHUNK) {
		size_t cap = in->own_cap ? in->own_cap : READ_CHUNK;
		char *p;

		while (cap - in->end < READ_CHUNK)
			cap *= 2;
		p = sr_realloc(in->own, cap);
		if (!p)
			return SR_ENOMEM;
		in->own = p;
		in->own_cap = cap;
	}
	in->data = in->own;
	room = in->own_cap - in->end;
	n = fread(in->own + in->end, 1, room, in->fp);
	in->end += n;
	if (n < room) {
		if (ferror(in->fp))
			return SR_EIO;
		in->eof = true;
	}
	return SR_OK;
}

/* Discard up to and including the next LF; *len += bytes before it. */
static int in_skip_line(struct sr__input *in, size_t *len)
{
	int rc;

	for (;;) {
		const char *p = in->data + in->start;
		const char *nl = memchr(p, '\n', in->end - in->start);

		if (nl) {
			*len += (size_t)(nl - p);
			in->start += (size_t)(nl - p) + 1;
			return SR_ETOOBIG;
		}
		*len += in->end - in->start;
		in->start = in->end;
		if (in->eof)
			return SR_ETOOBIG;
		rc = in_fill(in);
		if (rc)
			return rc;
	}
}

int sr__in_getline(struct sr__input *in, size_t max, const char **line,
		   size_t *len)
{
	size_t scanned = 0;
	int rc;

	for (;;) {
		const char *p = in->data + in->start;
		size_t avail = in->end - in->start;
		const char *nl = memchr(p + scanned, '\n', avail - scanned);

		if (nl) {
			*line = p;
			*len = (size_t)(nl - p);
			in->start += *len + 1;
			return *len > max ? SR_ETOOBIG : 1;
		}
		if (in->eof) {
			if (!avail)
				return 0;
			*line = p;
			*len = avail;
			in->start = in->end;
			return avail > max ? SR_ETOOBIG : 1;
		}
		if (avail > max) {
			*len = 0;
			return in_skip_line(in, len);
		}
		scanned = avail;
		rc = in_fill(in);
		if (rc)
			return rc;
	}
}

int sr__in_read_all(struct sr__input *in, size_t max, const char **p,
		    size_t *len)
{
	int rc;

	while (!in->eof && in->end - in->start <= max) {
		rc = in_fill(in);
		if (rc)
			return rc;
	}
	*p = in->data + in->start;
	*len = in->end - in->start;
	if (*len <= max) {
		in->start = in->end;
		return SR_OK;
	}
	/* Count the rest for the message without keeping it. */
	in->start = in->end;
	while (!in->eof) {
		rc = in_fill(in);
		if (rc)
			return rc;
		*len += in->end - in->start;
		in->start = in->end;
	}
	return SR_ETOOBIG;
}

int sr__in_peek(struct sr__input *in, size_t want)
{
	while (!in->eof && in->end - in->start < want) {
		int rc = in_fill(in);

		if (rc)
			return rc;
	}
	return SR_OK;
}

/* ---- queue ---- */

static int push_top(struct sr_reader *r, char *path, const void *mem,
		    size_t mem_len)
{
	if (r->top_count == r->top_cap) {
		size_t cap = r->top_cap ? r->top_cap * 2 : 8;
		struct sr__item *p = sr_realloc(r->top, cap * sizeof(*p));

		if (!p)
			return SR_ENOMEM;
		r->top = p;
		r->top_cap = cap;
	}
	r->top[r->top_count].path = path;
	r->top[r->top_count].mem = mem;
	r->top[r->top_count].mem_len = mem_len;
	r->top_count++;
	return SR_OK;
}

int sr_reader_new(struct sr_reader **out, const struct sr_ymd *default_date)
{
	struct sr_reader *r;

	*out = NULL;
	if (default_date && default_date->y != 0 &&
	    !sr_ymd_valid(default_date->y, default_date->m, default_date->d))
		return SR_EUSAGE;
	r = sr_calloc(1, sizeof(*r));
	if (!r)
		return SR_ENOMEM;
	if (default_date)
		r->default_date = *default_date;
	r->doc_max = SR_MAX_DOC_LEN;
	r->line_max = SR_MAX_LINE_LEN;
	sr__arena_init(&r->arena, 4096);
	sr__buf_init(&r->text, 0);
	sr__buf_init(&r->scratch, 0);
	*out = r;
	return SR_OK;
}

void sr__ingest_set_limits(struct sr_reader *r, size_t doc_max, size_t line_max)
{
	if (doc_max)
		r->doc_max = doc_max;
	if (line_max)
		r->line_max = line_max;
}

void sr__ingest_set_fast(struct sr_reader *r, bool on)
{
	r->no_fast = !on;
}

int sr_reader_add_path(struct sr_reader *r, const char *path)
{
	char *copy;
	int rc;

	if (!r || !path || !*path)
		return SR_EUSAGE;
	copy = sr__strdup(path);
	if (!copy)
		return SR_ENOMEM;
	rc = push_top(r, copy, NULL, 0);
	if (rc)
		sr_free(copy);
	return rc;
}

int sr__ingest_add_mem(struct sr_reader *r, const char *name, const void *data,
		       size_t len)
{
	char *copy = sr__strdup(name ? name : "memory");
	int rc;

	if (!copy)
		return SR_ENOMEM;
	rc = push_top(r, copy, data ? data : "", len);
	if (rc)
		sr_free(copy);
	return rc;
}

static void close_current(struct sr_reader *r)
{
	struct sr__input *in = &r->in;

	if (in->fp && in->fp != stdin)
		fclose(in->fp);
	in->fp = NULL;
	if (in->own_cap > KEEP_BUF_MAX) {
		sr_free(in->own);
		in->own = NULL;
		in->own_cap = 0;
	}
	in->data = NULL;
	in->start = in->end = 0;
	in->eof = false;
	sr_free(r->cur_path);
	r->cur_path = NULL;
	r->cur_open = false;
	r->cur_stdin = false;
}

void sr_reader_free(struct sr_reader *r)
{
	size_t i;

	if (!r)
		return;
	close_current(r);
	sr_free(r->in.own);
	for (i = r->top_next; i < r->top_count; i++)
		sr_free(r->top[i].path);
	sr_free(r->top);
	for (i = 0; i < r->stack_count; i++)
		sr_free(r->stack[i]);
	sr_free(r->stack);
	sr__arena_clear(&r->arena);
	sr__buf_clear(&r->text);
	sr__buf_clear(&r->scratch);
	sr__nfc_clear(&r->nfc);
	sr_free(r);
}

/* ---- directories ---- */

/* Entries are paths, a directory's ending in '/'.  strcmp of those is the
 * byte order of the full paths in depth-first order: all of a directory's
 * descendants sort where "name/" does. */
static int cmp_path(const void *pa, const void *pb)
{
	return strcmp(*(char *const *)pa, *(char *const *)pb);
}

static char *join_path(const char *dir, const char *name)
{
	size_t dl = strlen(dir), nl = strlen(name);
	bool slash = dl > 0 && dir[dl - 1] != '/';
	char *p = sr_malloc(dl + slash + nl + 1);

	if (!p)
		return NULL;
	memcpy(p, dir, dl);
	if (slash)
		p[dl] = '/';
	memcpy(p + dl + slash, name, nl + 1);
	return p;
}

/* 1 if name ends in suffix, ASCII case ignored. */
static bool ends_with(const char *name, size_t len, const char *suffix)
{
	size_t n = strlen(suffix);

	return len >= n && sr__strncaseeq(name + len - n, n, suffix);
}

/* 1 for a file name that is not an article: READMEs, notes, gazetteers,
 * databases, archives and images.  Only applied to directory entries. */
static bool skipped_name(const char *name)
{
	static const char *const ext[] = {
		".md", ".gaz", ".db",  ".db-wal", ".db-shm",
		".gz", ".zip", ".png", ".jpg",	  ".pdf",
	};
	size_t len = strlen(name), i;

	if (len >= 6 && sr__strncaseeq(name, 6, "README"))
		return true;
	for (i = 0; i < SR_ARRAY_LEN(ext); i++)
		if (ends_with(name, len, ext[i]))
			return true;
	return false;
}

/* Push the entries of directory path on the stack, first entry on top. */
static int expand_dir(struct sr_reader *r, const char *path, struct sr_diag *d)
{
	DIR *dp;
	struct dirent *de;
	char **ents = NULL;
	size_t n = 0, cap = 0, i;
	int rc = SR_OK;

	dp = opendir(path);
	if (!dp)
		return sr_diag_set(d, SR_EIO, path, 0,
				   "cannot read directory: %s",
				   strerror(errno));
	for (;;) {
		struct stat st;
		char *full;

		errno = 0;
		de = readdir(dp);
		if (!de) {
			if (errno) {
				rc = sr_diag_set(d, SR_EIO, path, 0,
						 "cannot read directory: %s",
						 strerror(errno));
				goto out;
			}
			break;
		}
		if (de->d_name[0] == '.')
			continue;
		full = join_path(path, de->d_name);
		if (!full) {
			rc =
			    sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
			goto out;
		}
		if (lstat(full, &st) != 0 ||
		    (S_ISLNK(st.st_mode) &&
		     (stat(full, &st) != 0 || !S_ISREG(st.st_mode))) ||
		    (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) ||
		    (S_ISREG(st.st_mode) && skipped_name(de->d_name))) {
			sr_free(full);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			char *slashed = join_path(full, "");

			sr_free(full);
			if (!slashed) {
				rc = sr_diag_set(d, SR_ENOMEM, path, 0,
						 "out of memory");
				goto out;
			}
			full = slashed;
		}
		if (n == cap) {
			size_t nc = cap ? cap * 2 : 16;
			char **p = sr_realloc(ents, nc * sizeof(*p));

			if (!p) {
				sr_free(full);
				rc = sr_diag_set(d, SR_ENOMEM, path, 0,
						 "out of memory");
				goto out;
			}
			ents = p;
			cap = nc;
		}
		ents[n] = full;
		n++;
	}
	if (n)
		qsort(ents, n, sizeof(*ents), cmp_path);
	if (r->stack_cap - r->stack_count < n) {
		size_t nc = r->stack_count + n + 16;
		char **p = sr_realloc(r->stack, nc * sizeof(*p));

		if (!p) {
			rc =
			    sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
			goto out;
		}
		r->stack = p;
		r->stack_cap = nc;
	}
	for (i = n; i > 0; i--)
		r->stack[r->stack_count++] = ents[i - 1];
	n = 0;
out:
	for (i = 0; i < n; i++)
		sr_free(ents[i]);
	sr_free(ents);
	closedir(dp);
	return rc;
}

/* ---- opening inputs ---- */

/* Base name of path, for ids. */
static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	if (s && s[1])
		return s + 1;
	return path;
}

/* Take the next queued input and open it (or expand it, for a directory).
 * 1 when something was done, 0 when the queue is empty, rc < 0 on a bad
 * input (which is then dropped). */
static int open_next(struct sr_reader *r, struct sr_diag *d)
{
	struct sr__input *in = &r->in;
	const void *mem = NULL;
	size_t mem_len = 0;
	bool from_dir;
	struct stat st;
	int rc;

	if (r->stack_count) {
		r->cur_path = r->stack[--r->stack_count];
		from_dir = true;
	} else if (r->top_next < r->top_count) {
		struct sr__item *it = &r->top[r->top_next++];

		r->cur_path = it->path;
		mem = it->mem;
		mem_len = it->mem_len;
		it->path = NULL;
		from_dir = false;
	} else {
		return 0;
	}
	r->cur_open = true;
	r->cur_done = false;
	r->lineno = 0;
	in->fp = NULL;
	in->data = in->own;
	in->start = in->end = 0;
	in->eof = false;
	if (mem) {
		in->data = mem;
		in->end = mem_len;
		in->eof = true;
		r->cur_base = r->cur_path;
	} else if (!from_dir && strcmp(r->cur_path, "-") == 0) {
		in->fp = stdin;
		r->cur_stdin = true;
		r->cur_base = "stdin";
	} else {
		if (stat(r->cur_path, &st) != 0) {
			rc = sr_diag_set(d, SR_EIO, r->cur_path, 0,
					 "cannot open: %s", strerror(errno));
			goto fail;
		}
		if (S_ISDIR(st.st_mode)) {
			rc = expand_dir(r, r->cur_path, d);
			if (rc)
				goto fail;
			close_current(r);
			return 1;
		}
		in->fp = fopen(r->cur_path, "rb");
		if (!in->fp) {
			rc = sr_diag_set(d, SR_EIO, r->cur_path, 0,
					 "cannot open: %s", strerror(errno));
			goto fail;
		}
		r->cur_base = base_name(r->cur_path);
	}
	rc = sr__format_detect(r, d);
	if (rc)
		goto fail;
	return 1;
fail:
	close_current(r);
	return rc;
}

int sr_reader_next(struct sr_reader *r, struct sr_article *a, struct sr_diag *d)
{
	int rc;

	memset(a, 0, sizeof(*a));
	sr__arena_reset(&r->arena);
	sr__buf_reset(&r->text);
	for (;;) {
		if (r->cur_open) {
			if (!r->cur_done) {
				rc = sr__format_next(r, a, d);
				if (rc != 0)
					return rc;
			}
			close_current(r);
		}
		rc = open_next(r, d);
		if (rc <= 0)
			return rc;
	}
}
