/*
 * writer.c - the public output writer (include/sitrep.h "output writers"):
 * sr_format_parse, sr_writer_new/event/finish/free, and the JSONL and
 * GeoJSON formats (both built on the JSON record of json.c); dispatches
 * KML (kml.c) and TimeMap (timemap.c).
 *
 * Invariants: each event is rendered into w->buf and written with one
 * fwrite, so a failed render writes nothing.  The first error is sticky:
 * later calls return it without writing.  A GeoJSON writer's output is a
 * valid FeatureCollection after sr_writer_finish, even with no features.
 *
 * Not here: CSV (csv.c) and the people's table (table.c) renderers; the
 * writer never prints anywhere but its FILE*, never closes it.
 */
#include "export.h"
#include "report.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#if defined(__GLIBC__) &&                                                      \
    (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
#include <sys/single_threaded.h>
#endif

static const char *const format_names[] = {
	[SR_FORMAT_JSONL] = "jsonl",	 [SR_FORMAT_CSV] = "csv",
	[SR_FORMAT_GEOJSON] = "geojson", [SR_FORMAT_TABLE] = "table",
	[SR_FORMAT_KML] = "kml",	 [SR_FORMAT_TIMEMAP] = "timemap",
};

int sr_format_parse(const char *name, enum sr_format *out)
{
	size_t i;

	if (!name)
		return SR_EUSAGE;
	for (i = 0; i < SR_ARRAY_LEN(format_names); i++) {
		if (strcmp(name, format_names[i]) == 0) {
			if (out)
				*out = (enum sr_format)i;
			return SR_OK;
		}
	}
	return SR_EUSAGE;
}

/* $SOURCE_DATE_EPOCH (reproducible builds) when it is a plain
 * non-negative integer, else the current time. */
static int64_t export_time(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;

	if (s && *s >= '0' && *s <= '9') {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (!errno && *end == '\0')
			return v;
	}
	return (int64_t)time(NULL);
}

/* fwrite, without the stream's lock when the process has one thread
 * (glibc says so): its release, an atomic exchange after each record's
 * copy into the stream, cost more than the copy (some 1.6% of extract's
 * time). */
static size_t put_out(const char *p, size_t n, FILE *fp)
{
#if defined(__GLIBC__) &&                                                      \
    (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 32))
	if (__libc_single_threaded)
		return fwrite_unlocked(p, 1, n, fp);
#endif
	return fwrite(p, 1, n, fp);
}

static int flush_buf(struct sr_writer *w)
{
	if (w->buf.len && put_out(w->buf.data, w->buf.len, w->fp) != w->buf.len)
		w->err = SR_EIO;
	sr__buf_reset(&w->buf);
	return w->err;
}

static const char geojson_head[] =
    "{\"type\":\"FeatureCollection\",\"features\":[\n";

int sr_writer_new(struct sr_writer **out, enum sr_format f, FILE *fp)
{
	struct sr_writer *w;
	int rc;

	if (out)
		*out = NULL;
	if (!out || !fp || (unsigned)f >= SR_ARRAY_LEN(format_names))
		return SR_EUSAGE;
	w = sr_calloc(1, sizeof(*w));
	if (!w)
		return SR_ENOMEM;
	w->format = f;
	w->fp = fp;
	sr__buf_init(&w->buf, 0);
	w->timestamp = export_time();
	switch (f) {
	case SR_FORMAT_CSV:
		rc = sr__export_csv_header(&w->buf);
		break;
	case SR_FORMAT_GEOJSON:
		rc = sr__buf_append(&w->buf, geojson_head,
				    sizeof(geojson_head) - 1);
		break;
	case SR_FORMAT_TABLE:
		rc = sr__export_table_header(&w->buf);
		break;
	case SR_FORMAT_KML:
		rc = sr__export_kml_head(&w->buf);
		break;
	case SR_FORMAT_TIMEMAP:
		rc = sr__export_timemap_head(w);
		break;
	default:
		rc = SR_OK;
		break;
	}
	if (!rc)
		rc = flush_buf(w);
	if (rc)
		goto out;
	*out = w;
	return SR_OK;
out:
	sr_writer_free(w);
	return rc;
}

/* One GeoJSON Feature; returns 1 when ev has no usable point. */
static int geojson_feature(struct sr_writer *w, const struct sr_event *ev)
{
	struct sr_jw jw = { &w->buf, 0 };

	if (ev->geo_precision == 0 || !isfinite(ev->latitude) ||
	    !isfinite(ev->longitude))
		return 1;
	if (w->written)
		SR_JW_LIT(&jw, ",\n");
	SR_JW_LIT(&jw, "{\"type\":\"Feature\",\"id\":");
	if (ev->event_id[0])
		sr__jw_str(&jw, ev->event_id,
			   strnlen(ev->event_id, sizeof(ev->event_id)));
	else
		SR_JW_LIT(&jw, "null");
	SR_JW_LIT(&jw, ",\"geometry\":{\"type\":\"Point\",\"coordinates\":[");
	/* GeoJSON (RFC 7946) order is longitude, latitude. */
	sr__jw_fixed(&jw, ev->longitude, 5);
	SR_JW_LIT(&jw, ",");
	sr__jw_fixed(&jw, ev->latitude, 5);
	SR_JW_LIT(&jw, "]},\"properties\":");
	if (!jw.rc)
		jw.rc = sr__export_event_json(&w->buf, ev);
	SR_JW_LIT(&jw, "}");
	return jw.rc;
}

int sr_writer_event(struct sr_writer *w, const struct sr_event *ev)
{
	int rc;

	if (!w || !ev)
		return SR_EUSAGE;
	if (w->finished)
		return SR_EUSAGE;
	if (w->err)
		return w->err;
	sr__buf_reset(&w->buf);
	switch (w->format) {
	case SR_FORMAT_JSONL:
		rc = sr__export_event_json(&w->buf, ev);
		if (!rc)
			rc = sr__buf_putc(&w->buf, '\n');
		break;
	case SR_FORMAT_CSV:
		rc = sr__export_csv_event(w, ev);
		break;
	case SR_FORMAT_GEOJSON:
		rc = geojson_feature(w, ev);
		if (rc == 1) {
			w->skipped++;
			sr__buf_reset(&w->buf);
			return SR_OK;
		}
		break;
	case SR_FORMAT_TABLE:
		rc = sr__export_table_event(&w->buf, ev);
		break;
	case SR_FORMAT_KML:
		rc = sr__export_kml_event(&w->buf, ev);
		if (rc == 1) {
			w->skipped++;
			sr__buf_reset(&w->buf);
			return SR_OK;
		}
		break;
	case SR_FORMAT_TIMEMAP:
		rc = sr__export_timemap_event(w, ev);
		break;
	default:
		rc = SR_EINTERNAL;
		break;
	}
	if (rc) {
		/* A record that could not be rendered is not written; the
		 * writer stays usable for the next one. */
		sr__buf_reset(&w->buf);
		return rc;
	}
	rc = flush_buf(w);
	if (!rc)
		w->written++;
	return rc;
}

int sr_writer_finish(struct sr_writer *w)
{
	if (!w)
		return SR_EUSAGE;
	if (w->finished)
		return w->err;
	w->finished = true;
	if (w->err)
		return w->err;
	sr__buf_reset(&w->buf);
	if (w->format == SR_FORMAT_GEOJSON) {
		if (w->written)
			w->err = sr__buf_puts(&w->buf, "\n]}\n");
		else
			w->err = sr__buf_puts(&w->buf, "]}\n");
		if (!w->err)
			flush_buf(w);
	} else if (w->format == SR_FORMAT_KML) {
		w->err = sr__export_kml_tail(&w->buf);
		if (!w->err)
			flush_buf(w);
	} else if (w->format == SR_FORMAT_TIMEMAP) {
		w->err = sr__export_timemap_tail(w);
		if (!w->err)
			flush_buf(w);
	}
	if (!w->err && (fflush(w->fp) != 0 || ferror(w->fp)))
		w->err = SR_EIO;
	return w->err;
}

void sr_writer_free(struct sr_writer *w)
{
	if (!w)
		return;
	sr__export_timemap_free(w);
	sr__buf_clear(&w->buf);
	sr_free(w);
}

uint64_t sr__export_skipped(const struct sr_writer *w)
{
	return w ? w->skipped : 0;
}
