/*
 * api_write.c - the write endpoints of the server (the bearer token is
 * checked by http.c before these run):
 *   POST /api/articles  ingest: one JSON object, a JSON array of objects
 *                       or JSON Lines of articles {id,date,text,title,
 *                       url,source}; each is extracted and stored like
 *                       `sitrep ingest` does; the answer counts them and
 *                       lists each article and each bad one
 *   POST /api/review    a review file (the TSV of `sitrep review export`),
 *                       applied with sr_db_review_apply
 *
 * Exports: sr__api_articles, sr__api_review (server.h).
 *
 * Invariants: the body goes through the library's own reader (validation,
 * UTF-8 and NFC normalisation, size caps) by way of a private temporary
 * file that is removed before the answer is sent; writes hold the server's
 * write mutex, reads go on meanwhile (SQLite WAL).
 *
 * Does not: keep articles whose id is missing under a stable id (the
 * reader names them after the temporary file: send an id).
 */
#include "server.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Write the body as JSON Lines into a new temporary file; path gets its
 * name (caller unlinks).  A single JSON value (object or array of
 * objects, possibly pretty-printed) is rewritten one object per line;
 * anything else is written as it is, for the reader to judge line by
 * line. */
static int body_to_file(const struct srv_req *r, const char *suffix,
			int as_json, char *path, size_t cap)
{
	const char *tmp = getenv("TMPDIR");
	json_t *root = NULL;
	FILE *fp;
	int fd, ok = 1;
	size_t i;

	if (!tmp || !*tmp)
		tmp = "/tmp";
	if (snprintf(path, cap, "%s/sitrep-api-XXXXXX%s", tmp, suffix) >=
	    (int)cap)
		return -1;
	fd = mkstemps(path, (int)strlen(suffix));
	if (fd < 0)
		return -1;
	fp = fdopen(fd, "wb");
	if (!fp) {
		close(fd);
		unlink(path);
		return -1;
	}
	if (as_json)
		root = json_loadb(r->body, r->body_len, JSON_REJECT_DUPLICATES,
				  NULL);
	if (root && json_is_object(root)) {
		char *s = json_dumps(root, JSON_COMPACT);

		ok = s && fprintf(fp, "%s\n", s) >= 0;
		free(s);
	} else if (root && json_is_array(root)) {
		for (i = 0; ok && i < json_array_size(root); i++) {
			char *s = json_dumps(json_array_get(root, i),
					     JSON_COMPACT | JSON_ENCODE_ANY);

			ok = s && fprintf(fp, "%s\n", s) >= 0;
			free(s);
		}
	} else {
		ok = fwrite(r->body, 1, r->body_len, fp) == r->body_len;
	}
	json_decref(root);
	if (fclose(fp) != 0 || !ok) {
		unlink(path);
		return -1;
	}
	return 0;
}

static void put_error(FILE *fp, size_t *n, uint32_t line, const char *msg)
{
	fprintf(fp, "%s{\"line\":%u,\"error\":", (*n)++ ? "," : "", line);
	sr__json_str(fp, msg);
	putc('}', fp);
}

void sr__api_articles(const struct srv_req *r, struct srv_resp *out)
{
	struct sr_reader *rd = NULL;
	struct sr_doc *doc = NULL;
	struct sr_db *db = NULL;
	const struct sr_engine *e;
	struct sr_article a;
	struct sr_diag d;
	char path[4096];
	char *abuf = NULL, *ebuf = NULL, *buf = NULL;
	size_t alen = 0, elen = 0, len = 0;
	size_t nread = 0, stored = 0, unchanged = 0, events = 0, nerr = 0;
	size_t narts = 0, tries = 0;
	FILE *ap = NULL, *ep = NULL, *fp;
	int rc, have_file = 0;

	memset(&d, 0, sizeof(d));
	if (!r->body_len) {
		sr__server_error(out, 400, "empty body", NULL,
				 "send articles as a JSON object, an array "
				 "or JSON Lines");
		return;
	}
	e = sr__server_engine(r->srv, &d);
	if (!e) {
		sr__server_error(out, 500, "cannot load the engine", NULL,
				 d.msg);
		return;
	}
	if (body_to_file(r, ".jsonl", 1, path, sizeof(path))) {
		sr__server_error(out, 500, "cannot write a temporary file",
				 NULL, NULL);
		return;
	}
	have_file = 1;
	ap = open_memstream(&abuf, &alen);
	ep = open_memstream(&ebuf, &elen);
	if (!ap || !ep || sr_reader_new(&rd, NULL) || sr_doc_new(&doc) ||
	    sr_reader_add_path(rd, path)) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	db = sr__server_db_get(r->srv, &d);
	if (!db) {
		sr__server_error(out, 500, "store error", NULL, d.msg);
		goto out;
	}
	sr__server_write_lock(r->srv);
	for (;;) {
		memset(&d, 0, sizeof(d));
		rc = sr_reader_next(rd, &a, &d);
		if (rc == 0)
			break;
		if (rc < 0) {
			put_error(ep, &nerr, d.line, d.msg);
			if (rc != SR_EINPUT && rc != SR_ETOOBIG)
				break;
			if (++tries > 1000000)
				break;
			continue;
		}
		nread++;
		rc = sr_extract(e, &a, doc);
		if (!rc)
			rc = sr_db_put(db, &a, doc, &d);
		if (rc < 0) {
			put_error(ep, &nerr, a.line,
				  d.msg[0] ? d.msg : sr_strerror(rc));
			continue;
		}
		if (rc == 1)
			stored++;
		else
			unchanged++;
		events += sr_doc_event_count(doc);
		fprintf(ap, "%s{\"id\":", narts++ ? "," : "");
		sr__json_str(ap, a.id);
		fprintf(ap, ",\"line\":%u,\"events\":%zu,\"status\":\"%s\"}",
			a.line, sr_doc_event_count(doc),
			rc == 1 ? "stored" : "unchanged");
	}
	sr__server_write_unlock(r->srv);
	sr__cache_bump(sr__server_cache(r->srv));
	fclose(ap);
	fclose(ep);
	ap = ep = NULL;
	fp = open_memstream(&buf, &len);
	if (!fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	fprintf(fp,
		"{\"read\":%zu,\"stored\":%zu,\"unchanged\":%zu,"
		"\"events\":%zu,\"bad\":%zu,\"articles\":[%s],"
		"\"errors\":[%s]}\n",
		nread, stored, unchanged, events, nerr, abuf ? abuf : "",
		ebuf ? ebuf : "");
	sr__server_take(out,
			stored		 ? 201
			: nerr && !nread ? 400
					 : 200,
			"application/json; charset=utf-8", fp, &buf, &len);
out:
	if (ap)
		fclose(ap);
	if (ep)
		fclose(ep);
	free(abuf);
	free(ebuf);
	sr__server_db_put(r->srv, db);
	sr_doc_free(doc);
	sr_reader_free(rd);
	if (have_file)
		unlink(path);
}

struct bad_lines {
	FILE *fp;
	size_t n;
};

static void on_bad(void *ud, const struct sr_diag *d)
{
	struct bad_lines *b = ud;

	put_error(b->fp, &b->n, d->line, d->msg);
}

void sr__api_review(const struct srv_req *r, struct srv_resp *out)
{
	struct bad_lines b = { NULL, 0 };
	struct sr_db *db = NULL;
	struct sr_diag d;
	char path[4096];
	char *ebuf = NULL, *buf = NULL;
	size_t elen = 0, len = 0, applied = 0;
	FILE *fp;
	int rc;

	memset(&d, 0, sizeof(d));
	if (!r->body_len) {
		sr__server_error(out, 400, "empty body", NULL,
				 "send a review file (sitrep review export)");
		return;
	}
	if (body_to_file(r, ".tsv", 0, path, sizeof(path))) {
		sr__server_error(out, 500, "cannot write a temporary file",
				 NULL, NULL);
		return;
	}
	b.fp = open_memstream(&ebuf, &elen);
	db = b.fp ? sr__server_db_get(r->srv, &d) : NULL;
	if (!db) {
		sr__server_error(out, 500, "store error", NULL,
				 d.msg[0] ? d.msg : NULL);
		goto out;
	}
	sr__server_write_lock(r->srv);
	rc = sr_db_review_apply(db, path, "api", on_bad, &b, &applied, &d);
	sr__server_write_unlock(r->srv);
	sr__cache_bump(sr__server_cache(r->srv));
	fclose(b.fp);
	b.fp = NULL;
	if (rc && rc != SR_EINPUT) {
		sr__server_error(out, 500, "review failed", NULL,
				 d.msg[0] ? d.msg : sr_strerror(rc));
		goto out;
	}
	fp = open_memstream(&buf, &len);
	if (!fp) {
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		goto out;
	}
	fprintf(fp, "{\"applied\":%zu,\"errors\":[%s]}\n", applied,
		ebuf ? ebuf : "");
	sr__server_take(out, rc ? 400 : 200, "application/json; charset=utf-8",
			fp, &buf, &len);
out:
	if (b.fp)
		fclose(b.fp);
	free(ebuf);
	sr__server_db_put(r->srv, db);
	unlink(path);
}
