/*
 * sitrep.h - the one public header of libsitrep.
 *
 * sitrep turns dated news reports about armed conflict into structured,
 * geolocated, sourced events.  The pipeline is
 *
 *   reader (ingest) -> engine (text, lexicon, gazetteer, extract) -> doc
 *     -> writer (export) | db (store)
 *
 * Conventions used throughout:
 *  - Fallible functions return int: 0 (SR_OK) or a negative enum sr_rc.
 *  - Errors about user data are described in a struct sr_diag (file, line,
 *    message) that the caller passes in; the library never prints or exits.
 *  - Ownership is stated on every pointer.  "Borrowed until X" means the
 *    memory stays valid until X happens; the caller must not free it.
 *  - Text positions are byte offsets into the article text (struct sr_span).
 *  - Destructors accept NULL.
 */
#ifndef SITREP_H
#define SITREP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SR_VERSION "0.1.0"

/* ---- error codes --------------------------------------------------- */

/* X(name, value, message).  Exit codes of the CLI are derived from these
 * (see sr_rc_exit_code). */
#define SR_RC_MAP(X)                                                           \
	X(OK, 0, "ok")                                                         \
	X(ENOMEM, -1, "out of memory")                                         \
	X(EUSAGE, -2, "bad usage")                                             \
	X(EINPUT, -3, "bad input")                                             \
	X(EIO, -4, "input/output error")                                       \
	X(ESTORE, -5, "storage error")                                         \
	X(ETOOBIG, -6, "too large")                                            \
	X(ENOTFOUND, -7, "not found")                                          \
	X(EINTERNAL, -8, "internal error")

enum sr_rc {
#define SR_RC_ENUM(name, value, msg) SR_##name = value,
	SR_RC_MAP(SR_RC_ENUM)
#undef SR_RC_ENUM
};

/* Message for a return code; never NULL, static storage. */
const char *sr_strerror(int rc);
/* Process exit code for a return code: 0 ok, 2 usage, 3 bad input,
 * 4 storage, 1 anything else. */
int sr_rc_exit_code(int rc);

/* A problem with user data or the environment, for the caller to print as
 * "sitrep: FILE:LINE: message".  line is 0 when no line applies. */
struct sr_diag {
	char file[512];
	uint32_t line;
	int rc;
	char msg[512];
};

/* Fill d (which may be NULL) and return rc. */
int sr_diag_set(struct sr_diag *d, int rc, const char *file, uint32_t line,
		const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* ---- memory -------------------------------------------------------- */

/* All library allocation goes through these.  sr_set_allocator replaces
 * them (NULL restores the libc ones); tests use it to fail the Nth
 * allocation. */
void *sr_malloc(size_t size);
void *sr_calloc(size_t n, size_t size);
void *sr_realloc(void *p, size_t size);
void sr_free(void *p);
void sr_set_allocator(void *(*malloc_fn)(size_t),
		      void *(*realloc_fn)(void *, size_t),
		      void (*free_fn)(void *));

/* ---- small value types --------------------------------------------- */

/* A range of bytes in a text: [off, off + len). len 0 means "absent". */
struct sr_span {
	uint32_t off;
	uint32_t len;
};

/* A calendar date.  y == 0 means unknown. */
struct sr_ymd {
	int y;
	int m; /* 1..12 */
	int d; /* 1..31 */
};

/* Parse "YYYY-MM-DD" (exactly 10 chars, real calendar date). 0 or
 * SR_EINPUT. */
int sr_ymd_parse(const char *s, size_t len, struct sr_ymd *out);
/* Write "YYYY-MM-DD" and a NUL into buf (at least 11 bytes). */
void sr_ymd_format(struct sr_ymd d, char *buf);
/* Days since 1970-01-01 (proleptic Gregorian), and back. */
int64_t sr_ymd_to_days(struct sr_ymd d);
struct sr_ymd sr_ymd_from_days(int64_t days);
/* 1 if y-m-d is a real calendar date. */
bool sr_ymd_valid(int y, int m, int d);

/* ---- articles (ingest) --------------------------------------------- */

/* One input article.  All pointers are borrowed from the reader and valid
 * until the next sr_reader_next call or sr_reader_free. */
struct sr_article {
	const char *id;	    /* input "id", else the file name; never NULL */
	const char *file;   /* path as given ("-" for stdin) */
	uint32_t line;	    /* 1-based line where the article starts */
	struct sr_ymd date; /* article date; y == 0 if unknown */
	const char *title;  /* NULL if absent */
	const char *url;    /* NULL if absent */
	const char *source; /* NULL if absent */
	const char *text;   /* valid, NFC-normalised UTF-8, NUL-terminated */
	size_t text_len;    /* bytes, without the NUL */
};

struct sr_reader;

/* New reader.  default_date (may be NULL) is used for plain text files
 * without a " date YYYY-MM-DD" first line and for JSONL lines without a
 * "date".  Caller owns *out (sr_reader_free). */
int sr_reader_new(struct sr_reader **out, const struct sr_ymd *default_date);
/* Queue a file, a directory (its regular files, recursively, in byte order
 * of their paths, hidden files skipped) or "-" for standard input. */
int sr_reader_add_path(struct sr_reader *r, const char *path);
/* Next article.  Returns 1 and fills *a; 0 when all inputs are done; a
 * negative rc when one input item is bad: *d says which FILE:LINE and why,
 * and the caller may call again to go on with the rest of the batch. */
int sr_reader_next(struct sr_reader *r, struct sr_article *a,
		   struct sr_diag *d);
void sr_reader_free(struct sr_reader *r);

/* ---- events --------------------------------------------------------- */

#define SR_NULL_COUNT (-1) /* a count the report does not give */

enum sr_status {
	SR_STATUS_REPORTED = 0,
	SR_STATUS_CLAIMED,
	SR_STATUS_DENIED,
	SR_STATUS_PLANNED,
	SR_STATUS_NEGATED,
	SR_STATUS_CONFIRMED,
};
/* "reported", "claimed", ...; static storage. */
const char *sr_status_name(enum sr_status s);
/* Parse a status name; -1 if unknown. */
int sr_status_parse(const char *name);

/* Provenance: where each field came from.  Offsets into the article text;
 * len 0 = field not set from the text. */
struct sr_spans {
	struct sr_span trigger;
	struct sr_span actor1;
	struct sr_span actor2;
	struct sr_span place;
	struct sr_span date;
	struct sr_span fatalities;
	struct sr_span injured;
	struct sr_span quantity;
	struct sr_span weapons;
	struct sr_span claim;
};

/* One event record.  Field names follow DESIGN.md.  String fields are NULL
 * for JSON null and are borrowed from whoever produced the event (the doc,
 * the db cursor); copy them to keep them. */
struct sr_event {
	char event_id[40]; /* stable: hash of article id + spans */
	const char *article_id;
	struct sr_ymd event_date; /* y == 0: unknown */
	int time_precision;	  /* 1 day, 2 week, 3 month; 0 unknown */
	const char *kind;	  /* ONTOLOGY.md kind name */
	const char *disorder_type;
	const char *event_type;
	const char *sub_event_type;
	const char *plover_type;
	const char *plover_mode;
	const char *cameo_code;
	const char *actor1;
	const char *actor1_iso3;
	const char *actor2;
	const char *actor2_iso3;
	const char *location;
	const char *admin1;
	const char *country;
	const char *iso3;
	double latitude;
	double longitude;
	int geo_precision;    /* 1 place, 2 near, 3 region, 4 country; 0 none */
	int64_t gazetteer_id; /* 0 = none */
	int64_t fatalities;   /* SR_NULL_COUNT when not given */
	int64_t fatalities_low;
	int64_t fatalities_high;
	int64_t injured;
	int64_t injured_low;
	int64_t injured_high;
	const char
	    *quantity; /* e.g. "over 70 drones" normalised: "70+ drones" */
	const char *weapons; /* comma-separated canonical weapon names */
	enum sr_status status;
	const char *claimed_by;
	bool historical;
	double confidence; /* 0..1 */
	struct sr_span sentence;
	struct sr_spans spans;
	const char *rule; /* id of the rule that fired */
	const char *text; /* the article text spans point into; may be
			     NULL when the store did not keep it */
	size_t text_len;
	/* The reports merged into this event (struct sr_source, issue 5),
	 * anchor first; borrowed like the strings.  source_count is 0 for
	 * events straight from the extractor. */
	const struct sr_source *sources;
	size_t source_count;
	/* Why the gazetteer place was chosen among its namesakes ("in named
	 * region Donetsk; 12 km from Bakhmut; 3 candidates"); NULL when the
	 * event has no place or the reason was not kept (stored events). */
	const char *geo_reason;
};

/* ---- engine: compiled lexicons + gazetteer -------------------------- */

struct sr_engine;

/* Where sr_extract stops, for measuring stages (`extract --stage`). */
enum sr_stage {
	SR_STAGE_ALL = 0, /* everything */
	SR_STAGE_SCAN,	  /* fold, lexicon scan, sentences, tokens */
	SR_STAGE_PLACES,  /* ... and place mentions resolved */
};

struct sr_engine_opts {
	const char *gazetteer_path; /* NULL: $SITREP_GAZETTEER, then default */
	const char *focus;	    /* "UA,RU" etc.; NULL: from each article */
	enum sr_stage stop_after;   /* SR_STAGE_ALL unless measuring */
};

/* Load dictionaries (compiled into the binary) and map the gazetteer.
 * The engine is immutable afterwards and may be shared by threads. */
int sr_engine_new(struct sr_engine **out, const struct sr_engine_opts *o,
		  struct sr_diag *d);
void sr_engine_free(struct sr_engine *e);

/* Path of the gazetteer the engine would use with no option: the value of
 * $SITREP_GAZETTEER, else the compiled-in default.  Static storage or env. */
const char *sr_default_gazetteer_path(void);

/* Per-thread extraction results and scratch.  Reused across articles. */
struct sr_doc;
int sr_doc_new(struct sr_doc **out);
void sr_doc_free(struct sr_doc *doc);

/* Extract the events of one article into doc (previous content dropped).
 * The article must stay valid while the doc's events are used. */
int sr_extract(const struct sr_engine *e, const struct sr_article *a,
	       struct sr_doc *doc);
size_t sr_doc_event_count(const struct sr_doc *doc);
/* Borrowed until the next sr_extract on doc or sr_doc_free. */
const struct sr_event *sr_doc_event(const struct sr_doc *doc, size_t i);

/* Human-readable account of which words set which field of ev, one line
 * per field, written to fp (for `extract --explain`). */
int sr_event_explain(const struct sr_event *ev, FILE *fp);

/* ---- output writers (export) ---------------------------------------- */

enum sr_format {
	SR_FORMAT_JSONL = 0,
	SR_FORMAT_CSV,
	SR_FORMAT_GEOJSON,
	SR_FORMAT_TABLE,   /* fixed-width text for people */
	SR_FORMAT_KML,	   /* KML 2.2, one Placemark per located event */
	SR_FORMAT_TIMEMAP, /* TimeMap JSON: events, categories, sources */
};
/* "jsonl", "csv", "geojson", "table", "kml", "timemap"; SR_EUSAGE if
 * unknown. */
int sr_format_parse(const char *name, enum sr_format *out);

struct sr_writer;
/* fp is borrowed until sr_writer_free. */
int sr_writer_new(struct sr_writer **out, enum sr_format f, FILE *fp);
int sr_writer_event(struct sr_writer *w, const struct sr_event *ev);
/* Write any trailer (GeoJSON's closing brackets).  Call once at the end. */
int sr_writer_finish(struct sr_writer *w);
void sr_writer_free(struct sr_writer *w);

/* ---- store ---------------------------------------------------------- */

struct sr_db;

/* Path used when --db is not given: $SITREP_DB, else "sitrep.db". */
const char *sr_default_db_path(void);

/* Open (creating if needed) the store at path.  Caller owns *out. */
int sr_db_open(struct sr_db **out, const char *path, struct sr_diag *d);
void sr_db_close(struct sr_db *db);

/* Store one article and its events in one transaction.  Returns 1 when
 * stored, 0 when the same article (same id and same text) is already
 * there (nothing changes), negative rc on failure (nothing changes). */
int sr_db_put(struct sr_db *db, const struct sr_article *a,
	      const struct sr_doc *doc, struct sr_diag *d);

struct sr_query {
	struct sr_ymd from;  /* y == 0: open */
	struct sr_ymd to;    /* y == 0: open */
	const char *kind;    /* NULL: any */
	const char *country; /* ISO3, ISO2 or country name; NULL: any */
	bool near;
	double near_lat, near_lon, near_km;
	const char *q;	      /* FTS5 query over article text; NULL: none */
	size_t limit;	      /* 0: no limit */
	size_t offset;	      /* matching events skipped before the first one
				 passed to the callback (paging) */
	const char *event_id; /* NULL: any; else only that event */
};

/* Calls cb for each matching event, ordered by date then id.  The event is
 * borrowed for the duration of the call.  A non-zero return from cb stops
 * the query and is returned. */
int sr_db_query(struct sr_db *db, const struct sr_query *q,
		int (*cb)(void *ud, const struct sr_event *ev), void *ud,
		struct sr_diag *d);
/* Batches for bulk ingest: between sr_db_begin and sr_db_commit every
 * sr_db_put joins one transaction (each put still all-or-nothing on its
 * own) and merging across articles runs once, at the commit, instead of
 * after every put.  Other writers wait until the commit: keep batches to a
 * few thousand articles.  sr_db_close without a commit rolls the batch
 * back.  Events read inside a batch are not merged yet. */
int sr_db_begin(struct sr_db *db, struct sr_diag *d);
int sr_db_commit(struct sr_db *db, struct sr_diag *d);

/* Count of stored articles and events (either pointer may be NULL). */
int sr_db_counts(struct sr_db *db, int64_t *articles, int64_t *events);

/* ---- gazetteer ------------------------------------------------------ */

/* Called for each bad row of a source during a build; the build goes on. */
typedef void (*sr_diag_fn)(void *ud, const struct sr_diag *d);

struct sr_gazetteer_build_opts {
	const char *out_path;
	const char *const
	    *sources; /* GeoNames-format files; admin1CodesASCII.txt
			 and countries.tsv-style files recognised
			 by name */
	size_t source_count;
	bool no_default; /* do not include the default sources */
	sr_diag_fn on_bad_row;
	void *ud;
};

/* Statistics of a finished build. */
struct sr_gazetteer_build_stats {
	uint64_t places;
	uint64_t names;
	uint64_t bad_rows;
	uint64_t merged_duplicates;
};

int sr_gazetteer_build(const struct sr_gazetteer_build_opts *o,
		       struct sr_gazetteer_build_stats *stats,
		       struct sr_diag *d);

/* Print candidates for name, best first, with scores and reasons. near
 * (may be NULL) is {lat, lon}; country (may be NULL) an ISO2 code. */
int sr_gazetteer_lookup_print(const char *gaz_path, const char *name,
			      const double *near, const char *country, FILE *fp,
			      struct sr_diag *d);

/* ---- reports and maps (issue 6) ---- */

/* How a map is drawn (sitrep map, and the map of a report). */
struct sr_map_opts {
	const char *deps_dir;	    /* where .deps/npm lives (outlines); NULL:
				       the compiled-in default */
	const char *gazetteer_path; /* city labels; NULL: the default
				       gazetteer; "" for none */
	const char *title;	    /* NULL: none */
	int width;		    /* px; 0: 960 (the height follows the
				       extent) */
	sr_diag_fn on_warning;	    /* missing outline data etc.; may be NULL */
	void *ud;
};

/* Write an SVG map of the events matching q to fp: country and admin-1
 * outlines when installed (else a graticule and a warning), event symbols
 * by kind sized by toll, city labels, legend and period.  0 or a negative
 * rc with *d filled. */
int sr_map_write_svg(struct sr_db *db, const struct sr_query *q,
		     const struct sr_map_opts *o, FILE *fp, struct sr_diag *d);

enum sr_report_format {
	SR_REPORT_HTML = 0, /* one self-contained file, inline SVG and CSS */
	SR_REPORT_MD,	    /* Markdown, the map left out */
};
/* "html", "md"; SR_EUSAGE if unknown. */
int sr_report_format_parse(const char *name, enum sr_report_format *out);

struct sr_report_opts {
	struct sr_query query; /* period (from/to), kind, country; q, near
				  and limit are honoured too */
	const char *admin1;    /* NULL: any; else compared without case */
	enum sr_report_format format;
	struct sr_map_opts map;
};

/* Write a situation report of the events matching o to fp: headline
 * figures, timeline, map, tables by kind and region, key events with their
 * sentences and citations, claims and denials.  0 or a negative rc. */
int sr_report_write(struct sr_db *db, const struct sr_report_opts *o, FILE *fp,
		    struct sr_diag *d);

/* ---- merging, sources, review (issue 5) ---- */

/* One report (mention) of a stored event: the extracted record of one
 * article that the merge stage linked to the event.  Strings borrowed like
 * the event's. */
struct sr_source {
	const char *mention_id; /* the extractor's event id of the record */
	const char *article_id;
	const char *source; /* outlet ("source" of the input); NULL */
	const char *url;    /* NULL if absent */
	struct sr_ymd article_date;
	struct sr_ymd event_date; /* as this report gives it */
	const char *sentence;	  /* the sentence's text; NULL if none */
	int64_t fatalities;	  /* as this report gives them; SR_NULL_COUNT */
	int64_t injured;
	enum sr_status status; /* as this report gives it */
	const char *provides;  /* fields of the event taken from this
				  report, comma-separated ("date,place,
				  fatalities"); "" when none */
	const char *reason;    /* why it was merged: criteria, distance,
				  day difference; the anchor says so */
	double score;	       /* 0..1, 1 for the anchor */
};

/* Print what the store knows of event_id to fp: its mentions with their
 * sentences and spans, the merge reason of each, the revision history and
 * review corrections.  SR_ENOTFOUND (with *d) when there is no such event. */
int sr_db_explain(struct sr_db *db, const char *event_id, FILE *fp,
		  struct sr_diag *d);

/* Write the events matching q (NULL: all) as an editable review file (TSV
 * with a header; see docs/REVIEW.md or `sitrep review --help`). */
int sr_db_review_export(struct sr_db *db, const struct sr_query *q, FILE *fp,
			struct sr_diag *d);

/* Apply the corrections of the review file at path, recorded in the audit
 * table under reviewer (NULL: $USER, else "unknown").  Each line is applied
 * on its own: a bad line is reported through on_bad (FILE:LINE: message)
 * and changes nothing; the others are applied.  *applied (may be NULL)
 * counts the corrections made.  Returns 0, SR_EINPUT when a line was bad,
 * or another negative rc (with *d) when the file or the store fails. */
int sr_db_review_apply(struct sr_db *db, const char *path, const char *reviewer,
		       sr_diag_fn on_bad, void *ud, size_t *applied,
		       struct sr_diag *d);

#ifdef __cplusplus
}
#endif
#endif /* SITREP_H */
