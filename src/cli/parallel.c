/*
 * parallel.c - `sitrep extract --threads N`: the reader stays on the main
 * thread and copies articles into batches; N workers extract each batch
 * with their own sr_doc and format its events into a memory buffer; the
 * main thread writes the buffers in input order.  Output is byte-identical
 * to the single-threaded run.  Used for JSON Lines and CSV (whose header
 * the caller's own writer has written).
 *
 * The engine is immutable and shared; nothing else is shared but the
 * batch ring, guarded by one mutex and two condition variables.
 */
#include "cli.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BATCH_ARTICLES 256
#define BATCH_BYTES    (4u << 20)
#define RING	       8

struct art {
	struct sr_article a;
	char *mem; /* id, file, title, url, source, text: one allocation */
};

struct batch {
	struct art art[BATCH_ARTICLES];
	size_t n, bytes;
	char *out; /* formatted events, malloc'd by open_memstream */
	size_t out_len;
	size_t skip; /* header bytes at the start of out not to write */
	char *err;   /* extraction errors as printed lines */
	size_t err_len;
	long events;
	int failed; /* an article could not be extracted */
	int state;  /* 0 free, 1 filled, 2 taken, 3 done */
	long seq;
};

struct pool {
	pthread_mutex_t mu;
	pthread_cond_t cv_work, cv_done;
	struct batch ring[RING];
	long next_fill, next_take, next_write;
	int closing;
	const struct sr_engine *engine;
	enum sr_format format;
	int fatal; /* out of memory in a worker */
};

static char *dupcat(char *p, const char *s, const char **dst)
{
	size_t n;

	if (!s) {
		*dst = NULL;
		return p;
	}
	n = strlen(s) + 1;
	memcpy(p, s, n);
	*dst = p;
	return p + n;
}

/* Copy a (borrowed from the reader) into x. */
static int copy_article(struct art *x, const struct sr_article *a)
{
	size_t need = a->text_len + 1 + strlen(a->id) + 1 + strlen(a->file) +
		      1 + (a->title ? strlen(a->title) + 1 : 0) +
		      (a->url ? strlen(a->url) + 1 : 0) +
		      (a->source ? strlen(a->source) + 1 : 0);
	char *p = malloc(need);

	if (!p)
		return -1;
	x->mem = p;
	x->a = *a;
	memcpy(p, a->text, a->text_len + 1);
	x->a.text = p;
	p += a->text_len + 1;
	p = dupcat(p, a->id, &x->a.id);
	p = dupcat(p, a->file, &x->a.file);
	p = dupcat(p, a->title, &x->a.title);
	p = dupcat(p, a->url, &x->a.url);
	dupcat(p, a->source, &x->a.source);
	return 0;
}

static void run_batch(struct pool *pl, struct batch *b, struct sr_doc *doc)
{
	FILE *out = open_memstream(&b->out, &b->out_len);
	FILE *err = open_memstream(&b->err, &b->err_len);
	struct sr_writer *w = NULL;
	size_t i, k, n;

	if (!out || !err || sr_writer_new(&w, pl->format, out) != 0) {
		pl->fatal = 1;
		goto out;
	}
	/* the CSV header, written as a writer starts, was already written
	 * by the caller's writer */
	fflush(out);
	b->skip = b->out_len;
	for (i = 0; i < b->n; i++) {
		const struct sr_article *a = &b->art[i].a;
		int rc = sr_extract(pl->engine, a, doc);

		if (rc) {
			fprintf(err,
				"sitrep: %s:%u: cannot extract article "
				"'%s': %s\n",
				a->file, a->line, a->id, sr_strerror(rc));
			b->failed = 1;
			continue;
		}
		n = sr_doc_event_count(doc);
		b->events += (long)n;
		for (k = 0; k < n; k++)
			if (sr_writer_event(w, sr_doc_event(doc, k)) != 0)
				pl->fatal = 1;
	}
out:
	sr_writer_free(w);
	if (out)
		fclose(out);
	if (err)
		fclose(err);
	for (i = 0; i < b->n; i++)
		free(b->art[i].mem);
	b->n = 0;
	b->bytes = 0;
}

static void *worker(void *arg)
{
	struct pool *pl = arg;
	struct sr_doc *doc = NULL;

	if (sr_doc_new(&doc) != 0)
		pl->fatal = 1;
	pthread_mutex_lock(&pl->mu);
	for (;;) {
		struct batch *b;

		while (pl->next_take == pl->next_fill && !pl->closing)
			pthread_cond_wait(&pl->cv_work, &pl->mu);
		if (pl->next_take == pl->next_fill)
			break;
		b = &pl->ring[pl->next_take % RING];
		pl->next_take++;
		b->state = 2;
		pthread_mutex_unlock(&pl->mu);
		if (doc)
			run_batch(pl, b, doc);
		pthread_mutex_lock(&pl->mu);
		b->state = 3;
		pthread_cond_broadcast(&pl->cv_done);
	}
	pthread_mutex_unlock(&pl->mu);
	sr_doc_free(doc);
	return NULL;
}

/* Write every finished batch that is next in order; with wait, block until
 * the batch at next_write is finished.  Called with the mutex held. */
static void drain(struct pool *pl, int wait, long *events, int *exit_code)
{
	for (;;) {
		struct batch *b = &pl->ring[pl->next_write % RING];

		if (pl->next_write == pl->next_fill)
			return;
		while (b->state != 3) {
			if (!wait)
				return;
			pthread_cond_wait(&pl->cv_done, &pl->mu);
		}
		pthread_mutex_unlock(&pl->mu);
		if (b->out_len > b->skip)
			fwrite(b->out + b->skip, 1, b->out_len - b->skip,
			       stdout);
		if (b->err_len)
			fwrite(b->err, 1, b->err_len, stderr);
		if (b->failed && *exit_code == 0)
			*exit_code = 3;
		*events += b->events;
		free(b->out);
		free(b->err);
		b->out = b->err = NULL;
		b->out_len = b->err_len = b->skip = 0;
		b->events = 0;
		b->failed = 0;
		pthread_mutex_lock(&pl->mu);
		b->state = 0;
		pl->next_write++;
	}
}

int cli_extract_parallel(const struct sr_engine *engine,
			 struct sr_reader *reader, enum sr_format format,
			 int threads, int *exit_code)
{
	struct pool pl;
	pthread_t tid[64];
	struct sr_article a;
	struct sr_diag d;
	struct batch *cur = NULL;
	long events = 0;
	int i, rc = 0, started = 0;

	memset(&pl, 0, sizeof(pl));
	pthread_mutex_init(&pl.mu, NULL);
	pthread_cond_init(&pl.cv_work, NULL);
	pthread_cond_init(&pl.cv_done, NULL);
	pl.engine = engine;
	pl.format = format;
	if (threads > 64)
		threads = 64;
	for (i = 0; i < threads; i++)
		if (pthread_create(&tid[started], NULL, worker, &pl) == 0)
			started++;
	if (!started)
		return SR_ENOMEM;
	for (;;) {
		memset(&d, 0, sizeof(d));
		rc = sr_reader_next(reader, &a, &d);
		if (rc < 0) {
			/* keep messages in order with the events before */
			pthread_mutex_lock(&pl.mu);
			if (cur && cur->n) {
				cur->state = 1;
				pl.next_fill++;
				cur = NULL;
				pthread_cond_signal(&pl.cv_work);
			}
			drain(&pl, 1, &events, exit_code);
			pthread_mutex_unlock(&pl.mu);
			cli_diag(&d);
			if (*exit_code == 0)
				*exit_code = sr_rc_exit_code(rc) == 1
						 ? 3
						 : sr_rc_exit_code(rc);
			continue;
		}
		if (rc == 0)
			break;
		if (!cur) {
			pthread_mutex_lock(&pl.mu);
			cur = &pl.ring[pl.next_fill % RING];
			while (cur->state != 0) {
				drain(&pl, 1, &events, exit_code);
				if (cur->state != 0)
					pthread_cond_wait(&pl.cv_done, &pl.mu);
			}
			cur->seq = pl.next_fill;
			pthread_mutex_unlock(&pl.mu);
		}
		if (copy_article(&cur->art[cur->n], &a) != 0) {
			rc = SR_ENOMEM;
			break;
		}
		cur->bytes += a.text_len;
		cur->n++;
		if (cur->n == BATCH_ARTICLES || cur->bytes >= BATCH_BYTES) {
			pthread_mutex_lock(&pl.mu);
			cur->state = 1;
			pl.next_fill++;
			cur = NULL;
			pthread_cond_signal(&pl.cv_work);
			drain(&pl, 0, &events, exit_code);
			pthread_mutex_unlock(&pl.mu);
		}
	}
	pthread_mutex_lock(&pl.mu);
	if (cur && cur->n) {
		cur->state = 1;
		pl.next_fill++;
	}
	pl.closing = 1;
	pthread_cond_broadcast(&pl.cv_work);
	drain(&pl, 1, &events, exit_code);
	pthread_mutex_unlock(&pl.mu);
	for (i = 0; i < started; i++)
		pthread_join(tid[i], NULL);
	pthread_mutex_destroy(&pl.mu);
	pthread_cond_destroy(&pl.cv_work);
	pthread_cond_destroy(&pl.cv_done);
	if (pl.fatal)
		return SR_ENOMEM;
	return rc < 0 ? rc : SR_OK;
}
