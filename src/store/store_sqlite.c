/*
 * store_sqlite.c - the SQLite backend of the store: one database file in
 * WAL mode holding articles, the mentions extracted from them and the
 * events the mentions were merged into, with an FTS5 index over article
 * title and text and an R*Tree over event points.  With store_merge.c,
 * store_query.c and store_review.c the only files that include sqlite3.h.
 *
 * Exports: sr__store_sqlite (struct sr_store_ops) and the sr__sq_*
 * helpers of store_sqlite.h.
 *
 * Schema (version SR_SQ_SCHEMA_VERSION in PRAGMA user_version, the file
 * marked with PRAGMA application_id = APP_ID; version 1 files, which had
 * one event per extracted record and no mentions, are refused with a
 * message saying to re-ingest):
 *   articles(rid INTEGER PRIMARY KEY, id TEXT UNIQUE, file, date, title,
 *            url, source, text, text_hash)
 *   mentions(rid, mention_id TEXT UNIQUE (the extractor's event id),
 *            article_id REFERENCES articles(id) ON DELETE CASCADE, one
 *            column per field of struct sr_event named as in DESIGN.md,
 *            sentence_off, sentence_len, sentence, spans, rule,
 *            event_id (the merged event it belongs to))
 *   events(rid, event_id TEXT UNIQUE, article_id (the anchor's article),
 *          the same record columns holding the merged values,
 *          source_count, rejected (by review; hidden from queries))
 *   event_sources(event_id, ord, mention_id, article_id, reason, score,
 *                 provides): one row per mention of an event, anchor first
 *   revisions(event_id, field, old, new, article_id, time): how the
 *             event's figures, place precision and status changed as the
 *             reports came out (time = the article's date)
 *   review_audit(time, reviewer, file, line, event_id, action, field,
 *                old, new): who corrected what and when
 *   review_rules(rule, a, b, value, audit_rid): corrections that survive
 *                re-merging: link/unlink (mention ids a, b), set (field b
 *                of the event holding mention a), reject (mention a)
 *   articles_fts  FTS5, external content = articles (title, text)
 *   events_geo    R*Tree over events (id = events.rid)
 *
 * Event ids: an event's id is the id of its anchor, the first of its
 * mentions by (event date, mention id).  Mention ids come from the
 * extractor (a hash of article id and spans), so event ids depend neither
 * on ingestion order nor on re-ingesting; when a merge changes, the new
 * anchor's id is taken, deterministically.
 *
 * Column encodings: dates "YYYY-MM-DD" or NULL when unknown; counts NULL
 * for SR_NULL_COUNT; latitude/longitude NULL when geo_precision is 0;
 * gazetteer_id NULL for 0; status by name; spans as a JSON object of the
 * non-empty spans only, {"trigger":[off,len],...}, offsets in bytes into
 * the article text.
 *
 * Invariants: each put is one transaction (BEGIN IMMEDIATE ... COMMIT,
 * ROLLBACK on any failure), or inside a batch (sr__db_begin) one savepoint
 * (ROLLBACK TO on failure), so a failed put never leaves a part of an
 * article behind, merges included; every SQLite error becomes SR_ESTORE
 * with sqlite3_errmsg in the diag, file = the database path.
 *
 * Pragmas: WAL, synchronous NORMAL (a crash may lose the last commits,
 * never corrupt), busy_timeout, foreign_keys, temp_store MEMORY (batch
 * savepoints), a 32 MB page cache, secure_delete off.
 *
 * Does not: decide what merges (src/merge); share one handle between
 * threads (its statements are cached per handle); allow calls on the same
 * handle from inside a query callback.
 */
#include "store_sqlite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCHEMA_VERSION	SR_SQ_SCHEMA_VERSION
#define APP_ID		0x53524550 /* "SREP" */
#define BUSY_TIMEOUT_MS 5000

const struct sr__sq_col sr__sq_cols[E_NCOLS] = {
	[E_EVENT_ID] = { "event_id", "TEXT NOT NULL UNIQUE" },
	[E_ARTICLE_ID] = { "article_id", "TEXT NOT NULL" },
	[E_EVENT_DATE] = { "event_date", "TEXT" },
	[E_TIME_PRECISION] = { "time_precision", "INTEGER" },
	[E_KIND] = { "kind", "TEXT" },
	[E_DISORDER_TYPE] = { "disorder_type", "TEXT" },
	[E_EVENT_TYPE] = { "event_type", "TEXT" },
	[E_SUB_EVENT_TYPE] = { "sub_event_type", "TEXT" },
	[E_PLOVER_TYPE] = { "plover_type", "TEXT" },
	[E_PLOVER_MODE] = { "plover_mode", "TEXT" },
	[E_CAMEO_CODE] = { "cameo_code", "TEXT" },
	[E_ACTOR1] = { "actor1", "TEXT" },
	[E_ACTOR1_ISO3] = { "actor1_iso3", "TEXT" },
	[E_ACTOR2] = { "actor2", "TEXT" },
	[E_ACTOR2_ISO3] = { "actor2_iso3", "TEXT" },
	[E_LOCATION] = { "location", "TEXT" },
	[E_ADMIN1] = { "admin1", "TEXT" },
	[E_COUNTRY] = { "country", "TEXT" },
	[E_ISO3] = { "iso3", "TEXT" },
	[E_LATITUDE] = { "latitude", "REAL" },
	[E_LONGITUDE] = { "longitude", "REAL" },
	[E_GEO_PRECISION] = { "geo_precision", "INTEGER" },
	[E_GAZETTEER_ID] = { "gazetteer_id", "INTEGER" },
	[E_FATALITIES] = { "fatalities", "INTEGER" },
	[E_FATALITIES_LOW] = { "fatalities_low", "INTEGER" },
	[E_FATALITIES_HIGH] = { "fatalities_high", "INTEGER" },
	[E_INJURED] = { "injured", "INTEGER" },
	[E_INJURED_LOW] = { "injured_low", "INTEGER" },
	[E_INJURED_HIGH] = { "injured_high", "INTEGER" },
	[E_QUANTITY] = { "quantity", "TEXT" },
	[E_WEAPONS] = { "weapons", "TEXT" },
	[E_STATUS] = { "status", "TEXT NOT NULL" },
	[E_CLAIMED_BY] = { "claimed_by", "TEXT" },
	[E_HISTORICAL] = { "historical", "INTEGER NOT NULL" },
	[E_CONFIDENCE] = { "confidence", "REAL" },
	[E_SENTENCE_OFF] = { "sentence_off", "INTEGER" },
	[E_SENTENCE_LEN] = { "sentence_len", "INTEGER" },
	[E_SENTENCE] = { "sentence", "TEXT" },
	[E_SPANS] = { "spans", "TEXT" },
	[E_RULE] = { "rule", "TEXT" },
};

static int db_error(struct store *s, struct sr_diag *d, const char *what)
{
	return sr_diag_set(d, SR_ESTORE, s->path, 0, "%s: %s", what,
			   sqlite3_errmsg(s->db));
}

static int exec_sql(struct store *s, const char *sql, struct sr_diag *d)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return db_error(s, d, "cannot set up the store");
	return SR_OK;
}

/* Run a statement without results (or ignore them) and reset it. */
static int run(sqlite3_stmt *st)
{
	int rc;

	do
		rc = sqlite3_step(st);
	while (rc == SQLITE_ROW);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int pragma_int(struct store *s, const char *sql, int *out)
{
	sqlite3_stmt *st = NULL;
	int rc;

	rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			*out = sqlite3_column_int(st, 0);
			rc = SQLITE_OK;
		}
	}
	sqlite3_finalize(st);
	return rc;
}

/* One table of record columns: "mentions" or "events". */
static int record_table(struct sr_buf *b, const char *name, const char *id,
			const char *extra)
{
	int rc, i;

	rc = sr__buf_printf(b, "CREATE TABLE %s(\n rid INTEGER PRIMARY KEY",
			    name);
	for (i = 0; i < E_NCOLS && !rc; i++)
		rc = sr__buf_printf(b, ",\n %s %s",
				    i == E_EVENT_ID ? id : sr__sq_cols[i].name,
				    sr__sq_cols[i].decl);
	if (!rc)
		rc = sr__buf_printf(b, ",\n %s);\n", extra);
	return rc;
}

static int create_schema(struct store *s, struct sr_diag *d)
{
	struct sr_buf b;
	int rc;

	sr__buf_init(&b, 0);
	rc = sr__buf_puts(
	    &b, "CREATE TABLE articles(\n"
		" rid INTEGER PRIMARY KEY,\n"
		" id TEXT NOT NULL UNIQUE,\n"
		" file TEXT, date TEXT, title TEXT, url TEXT, source TEXT,\n"
		" text TEXT NOT NULL, text_hash TEXT NOT NULL);\n");
	if (!rc)
		rc = record_table(&b, "mentions", "mention_id",
				  "event_id TEXT,\n FOREIGN KEY(article_id) "
				  "REFERENCES articles(id) ON DELETE CASCADE");
	if (!rc)
		rc = record_table(&b, "events", "event_id",
				  "source_count INTEGER NOT NULL DEFAULT 1,\n"
				  " rejected INTEGER NOT NULL DEFAULT 0");
	if (!rc)
		rc = sr__buf_puts(
		    &b,
		    "CREATE INDEX mentions_key ON mentions(event_date, "
		    "mention_id);\n"
		    "CREATE INDEX mentions_event ON mentions(event_id);\n"
		    "CREATE INDEX mentions_article ON mentions(article_id);\n"
		    "CREATE INDEX events_date ON events(event_date, "
		    "event_id);\n"
		    "CREATE INDEX events_kind ON events(kind);\n"
		    "CREATE INDEX events_iso3 ON events(iso3);\n"
		    "CREATE TABLE event_sources(\n"
		    " event_id TEXT NOT NULL, ord INTEGER NOT NULL,\n"
		    " mention_id TEXT NOT NULL, article_id TEXT NOT NULL,\n"
		    " reason TEXT, score REAL, provides TEXT,\n"
		    " PRIMARY KEY(event_id, ord));\n"
		    "CREATE TABLE revisions(\n"
		    " rid INTEGER PRIMARY KEY, event_id TEXT NOT NULL,\n"
		    " field TEXT NOT NULL, old TEXT, new TEXT,\n"
		    " article_id TEXT, time TEXT);\n"
		    "CREATE INDEX revisions_event ON revisions(event_id);\n"
		    "CREATE TABLE review_audit(\n"
		    " rid INTEGER PRIMARY KEY, time TEXT NOT NULL,\n"
		    " reviewer TEXT NOT NULL, file TEXT, line INTEGER,\n"
		    " event_id TEXT, action TEXT NOT NULL, field TEXT,\n"
		    " old TEXT, new TEXT);\n"
		    "CREATE TABLE review_rules(\n"
		    " rid INTEGER PRIMARY KEY, rule TEXT NOT NULL,\n"
		    " a TEXT NOT NULL, b TEXT, value TEXT, audit_rid "
		    "INTEGER);\n"
		    "CREATE INDEX review_rules_a ON review_rules(a);\n"
		    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text,"
		    " content='articles', content_rowid='rid',"
		    " tokenize='unicode61 remove_diacritics 2');\n"
		    "CREATE VIRTUAL TABLE events_geo USING rtree(id,"
		    " min_lat, max_lat, min_lon, max_lon);\n"
		    "CREATE TRIGGER articles_ai AFTER INSERT ON articles "
		    "BEGIN\n"
		    " INSERT INTO articles_fts(rowid, title, text)"
		    " VALUES (new.rid, new.title, new.text);\nEND;\n"
		    "CREATE TRIGGER articles_ad AFTER DELETE ON articles "
		    "BEGIN\n"
		    " INSERT INTO articles_fts(articles_fts, rowid, title, "
		    "text)"
		    " VALUES ('delete', old.rid, old.title, old.text);\nEND;\n"
		    "CREATE TRIGGER events_ai AFTER INSERT ON events\n"
		    " WHEN new.latitude IS NOT NULL AND new.longitude IS NOT "
		    "NULL"
		    " BEGIN\n INSERT INTO events_geo VALUES (new.rid,"
		    " new.latitude, new.latitude, new.longitude, "
		    "new.longitude);"
		    "\nEND;\n"
		    "CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN\n"
		    " DELETE FROM events_geo WHERE id = old.rid;\nEND;\n");
	if (!rc)
		rc = sr__buf_printf(&b,
				    "PRAGMA application_id = %d;\n"
				    "PRAGMA user_version = %d;\n",
				    APP_ID, SCHEMA_VERSION);
	if (rc) {
		rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
		goto out;
	}
	rc = exec_sql(s, b.data, d);
out:
	sr__buf_clear(&b);
	return rc;
}

/* Create the schema in an empty file, accept a current one, refuse
 * anything else. */
static int check_schema(struct store *s, struct sr_diag *d)
{
	int version = 0, app = 0, tables = 0, rc, have_ix = 0;

	/* Readers must be able to open a store while an ingest writes it:
	 * look first, and take the write lock only to create or upgrade. */
	if (pragma_int(s, "PRAGMA user_version", &version) ||
	    pragma_int(s, "PRAGMA application_id", &app) ||
	    pragma_int(s,
		       "SELECT count(*) FROM sqlite_master WHERE name IN"
		       " ('events_kind_date', 'events_rejected')",
		       &have_ix))
		return db_error(s, d, "cannot read the store's schema");
	if (version == SCHEMA_VERSION && app == APP_ID && have_ix == 2)
		return SR_OK;
	if (exec_sql(s, "BEGIN IMMEDIATE", d))
		return SR_ESTORE;
	if (pragma_int(s, "PRAGMA user_version", &version) ||
	    pragma_int(s, "PRAGMA application_id", &app) ||
	    pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables)) {
		rc = db_error(s, d, "cannot read the store's schema");
		goto out;
	}
	if (version == 0 && tables == 0 && app == 0) {
		rc = create_schema(s, d);
		goto out;
	}
	if (app != APP_ID) {
		rc = sr_diag_set(d, SR_ESTORE, s->path, 0,
				 "not a sitrep database (an SQLite file of "
				 "another program)");
		goto out;
	}
	if (version > SCHEMA_VERSION) {
		rc = sr_diag_set(d, SR_ESTORE, s->path, 0,
				 "database schema version %d is newer than "
				 "this sitrep supports (%d); upgrade sitrep",
				 version, SCHEMA_VERSION);
		goto out;
	}
	if (version < 1) {
		rc = sr_diag_set(d, SR_ESTORE, s->path, 0,
				 "database has no schema version");
		goto out;
	}
	if (version < SCHEMA_VERSION) {
		rc = sr_diag_set(d, SR_ESTORE, s->path, 0,
				 "database schema version %d is older than "
				 "this sitrep's (%d): it has no mentions or "
				 "merged events; ingest the articles again "
				 "into a new database",
				 version, SCHEMA_VERSION);
		goto out;
	}
	rc = SR_OK;
out:
	/* indexes that let kind and country filters stream in date order,
	 * and a partial one of the rejected events only, so that the count
	 * of live events (/healthz) reads indexes instead of every row; a
	 * full index on "rejected" would tempt the planner away from the
	 * date order of the event queries (added without a schema version:
	 * old files just gain them) */
	if (rc == SR_OK &&
	    exec_sql(s,
		     "CREATE INDEX IF NOT EXISTS events_kind_date ON"
		     " events(kind, event_date, event_id);"
		     "CREATE INDEX IF NOT EXISTS events_iso3_date ON"
		     " events(iso3, event_date, event_id);"
		     "CREATE INDEX IF NOT EXISTS events_rejected ON"
		     " events(rejected) WHERE rejected <> 0",
		     d))
		rc = SR_ESTORE;
	if (rc == SR_OK)
		return exec_sql(s, "COMMIT", d);
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	return rc;
}

int sr__sq_prepare(struct store *s, const char *sql, sqlite3_stmt **st)
{
	return sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st,
				  NULL);
}

#define prepare sr__sq_prepare

/* "INSERT INTO table(<record columns>, extra) VALUES (?, ...)" */
static int prepare_insert(struct store *s, const char *table, const char *id,
			  const char *extra, int nextra, sqlite3_stmt **st)
{
	struct sr_buf b;
	int rc, i;

	sr__buf_init(&b, 0);
	rc = sr__buf_printf(&b, "INSERT INTO %s(", table);
	for (i = 0; i < E_NCOLS && !rc; i++)
		rc = sr__buf_printf(&b, "%s%s", i ? "," : "",
				    i == E_EVENT_ID ? id : sr__sq_cols[i].name);
	if (!rc)
		rc = sr__buf_printf(&b, ",%s) VALUES (", extra);
	for (i = 0; i < E_NCOLS + nextra && !rc; i++)
		rc = sr__buf_puts(&b, i ? ",?" : "?");
	if (!rc)
		rc = sr__buf_puts(&b, ")");
	if (!rc)
		rc = prepare(s, b.data, st) ? SR_ESTORE : SR_OK;
	sr__buf_clear(&b);
	return rc;
}

static int prepare_all(struct store *s, struct sr_diag *d)
{
	struct sr_buf b;
	int rc = SR_OK;

	sr__buf_init(&b, 0);
	if (prepare(s, "BEGIN IMMEDIATE", &s->begin) ||
	    prepare(s, "COMMIT", &s->commit) ||
	    prepare(s, "ROLLBACK", &s->rollback) ||
	    prepare(s, "SAVEPOINT sr_put", &s->savepoint) ||
	    prepare(s, "RELEASE sr_put", &s->release) ||
	    prepare(s, "ROLLBACK TO sr_put", &s->rollback_to) ||
	    prepare(s, "SELECT text_hash FROM articles WHERE id = ?1",
		    &s->article_hash) ||
	    prepare(s,
		    "SELECT mention_id, event_date, event_id, kind FROM"
		    " mentions"
		    " WHERE article_id = ?1",
		    &s->old_mentions) ||
	    prepare(s, "DELETE FROM mentions WHERE article_id = ?1",
		    &s->del_mentions) ||
	    prepare(s, "DELETE FROM articles WHERE id = ?1", &s->del_article) ||
	    prepare(s,
		    "INSERT INTO articles(id, file, date, title, url,"
		    " source, text, text_hash) VALUES (?,?,?,?,?,?,?,?)",
		    &s->ins_article) ||
	    prepare(s,
		    "INSERT INTO event_sources(event_id, ord, mention_id,"
		    " article_id, reason, score, provides)"
		    " VALUES (?,?,?,?,?,?,?)",
		    &s->ins_source) ||
	    prepare(s,
		    "INSERT INTO revisions(event_id, field, old, new,"
		    " article_id, time) VALUES (?,?,?,?,?,?)",
		    &s->ins_revision) ||
	    prepare(s, "DELETE FROM events WHERE event_id = ?1",
		    &s->del_event) ||
	    prepare(s, "DELETE FROM event_sources WHERE event_id = ?1",
		    &s->del_sources) ||
	    prepare(s, "DELETE FROM revisions WHERE event_id = ?1",
		    &s->del_revisions) ||
	    prepare(s,
		    "UPDATE mentions SET event_id = ?2 WHERE mention_id = ?1",
		    &s->set_mention_event) ||
	    prepare(s,
		    "SELECT rule, b, value FROM review_rules WHERE rule IN"
		    " ('set', 'reject') AND a IN (SELECT mention_id FROM"
		    " mentions WHERE event_id = ?1) ORDER BY rid",
		    &s->sel_overrides) ||
	    prepare(s,
		    "SELECT s.mention_id, s.article_id, a.source, a.url,"
		    " a.date, m.event_date, m.sentence, m.fatalities,"
		    " m.injured, m.status, s.provides, s.reason, s.score"
		    " FROM event_sources s"
		    " JOIN mentions m ON m.mention_id = s.mention_id"
		    " JOIN articles a ON a.id = s.article_id"
		    " WHERE s.event_id = ?1 ORDER BY s.ord",
		    &s->sel_sources) ||
	    prepare(s, "SELECT count(*) FROM articles", &s->count_articles) ||
	    prepare(s,
		    "SELECT (SELECT count(*) FROM events) -"
		    " (SELECT count(*) FROM events WHERE rejected <> 0)",
		    &s->count_events) ||
	    prepare_insert(s, "mentions", "mention_id", "event_id", 1,
			   &s->ins_mention) ||
	    prepare_insert(s, "events", "event_id", "source_count,rejected", 2,
			   &s->ins_event)) {
		rc = db_error(s, d, "cannot prepare statements");
		goto out;
	}
	rc = sr__sq_select_cols(&b, "m");
	if (!rc)
		rc = sr__buf_puts(
		    &b, ", a.date, a.source, a.url, m.event_id"
			" FROM mentions m JOIN articles a"
			" ON a.id = m.article_id WHERE m.event_id = ?1"
			" ORDER BY m.event_date, m.mention_id");
	if (rc) {
		rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
		goto out;
	}
	if (prepare(s, b.data, &s->sel_members))
		rc = db_error(s, d, "cannot prepare statements");
out:
	sr__buf_clear(&b);
	return rc;
}

static void close_all(struct store *s)
{
	sqlite3_stmt **all[] = {
		&s->begin,
		&s->commit,
		&s->rollback,
		&s->savepoint,
		&s->release,
		&s->rollback_to,
		&s->article_hash,
		&s->old_mentions,
		&s->del_mentions,
		&s->del_article,
		&s->ins_article,
		&s->ins_mention,
		&s->ins_event,
		&s->ins_source,
		&s->ins_revision,
		&s->del_event,
		&s->del_sources,
		&s->del_revisions,
		&s->set_mention_event,
		&s->sel_members,
		&s->sel_overrides,
		&s->sel_sources,
		&s->count_articles,
		&s->count_events,
	};
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(all); i++)
		sqlite3_finalize(*all[i]);
}

static void pend_clear(struct store *s);

static void store_close(void *impl)
{
	struct store *s = impl;

	if (!s)
		return;
	pend_clear(s); /* an open batch is rolled back with the connection */
	close_all(s);
	sqlite3_close(s->db);
	sr_free(s->path);
	sr_free(s);
}

static int store_open(void **impl, const char *path, struct sr_diag *d)
{
	struct store *s;
	int rc, err;

	*impl = NULL;
	s = sr_calloc(1, sizeof(*s));
	if (!s)
		return sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
	s->path = sr__strdup(path);
	if (!s->path) {
		rc = sr_diag_set(d, SR_ENOMEM, path, 0, "out of memory");
		goto out;
	}
	rc = sqlite3_open_v2(path, &s->db,
			     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
	if (rc != SQLITE_OK) {
		err = s->db ? sqlite3_system_errno(s->db) : 0;
		rc = sr_diag_set(
		    d, SR_ESTORE, path, 0, "cannot open the store: %s%s%s%s",
		    s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc),
		    err ? " (" : "", err ? strerror(err) : "", err ? ")" : "");
		goto out;
	}
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS);
	/* The first statement that reads the file finds out whether it is a
	 * database at all. */
	if (sqlite3_exec(s->db, "PRAGMA journal_mode = WAL", NULL, NULL,
			 NULL) != SQLITE_OK) {
		rc = db_error(s, d, "cannot open the store");
		goto out;
	}
	rc = exec_sql(s,
		      "PRAGMA foreign_keys = ON;"
		      "PRAGMA synchronous = NORMAL;"
		      "PRAGMA secure_delete = OFF;"
		      "PRAGMA cache_size = -32768;"
		      "PRAGMA temp_store = MEMORY;",
		      d);
	if (rc)
		goto out;
	rc = check_schema(s, d);
	if (rc)
		goto out;
	rc = prepare_all(s, d);
out:
	if (rc) {
		store_close(s);
		return rc;
	}
	*impl = s;
	return SR_OK;
}

/* ---- helpers -------------------------------------------------------- */

int sr__sq_error(struct store *s, struct sr_diag *d, const char *what)
{
	return db_error(s, d, what);
}

int sr__sq_run(sqlite3_stmt *st)
{
	return run(st);
}

void sr__sq_bind_str(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

void sr__sq_bind_date(sqlite3_stmt *st, int i, struct sr_ymd y)
{
	char buf[16];

	if (!y.y) {
		sqlite3_bind_null(st, i);
		return;
	}
	sr_ymd_format(y, buf);
	sqlite3_bind_text(st, i, buf, -1, SQLITE_TRANSIENT);
}

void sr__sq_bind_count(sqlite3_stmt *st, int i, int64_t v)
{
	if (v == SR_NULL_COUNT)
		sqlite3_bind_null(st, i);
	else
		sqlite3_bind_int64(st, i, v);
}

#define bind_str   sr__sq_bind_str
#define bind_count sr__sq_bind_count

void sr__sq_bind_record(sqlite3_stmt *st, const struct sr_event *ev,
			const char *article_id, const char *sentence,
			size_t sentence_len)
{
	char spans[512];
	int geo = ev->geo_precision > 0;

	sr__store_spans_json(&ev->spans, spans, sizeof(spans));
	/* Binding only fails on a bad index or out of memory; the step
	 * reports the latter. */
	bind_str(st, 1 + E_EVENT_ID, ev->event_id);
	bind_str(st, 1 + E_ARTICLE_ID, article_id);
	sr__sq_bind_date(st, 1 + E_EVENT_DATE, ev->event_date);
	sqlite3_bind_int(st, 1 + E_TIME_PRECISION, ev->time_precision);
	bind_str(st, 1 + E_KIND, ev->kind);
	bind_str(st, 1 + E_DISORDER_TYPE, ev->disorder_type);
	bind_str(st, 1 + E_EVENT_TYPE, ev->event_type);
	bind_str(st, 1 + E_SUB_EVENT_TYPE, ev->sub_event_type);
	bind_str(st, 1 + E_PLOVER_TYPE, ev->plover_type);
	bind_str(st, 1 + E_PLOVER_MODE, ev->plover_mode);
	bind_str(st, 1 + E_CAMEO_CODE, ev->cameo_code);
	bind_str(st, 1 + E_ACTOR1, ev->actor1);
	bind_str(st, 1 + E_ACTOR1_ISO3, ev->actor1_iso3);
	bind_str(st, 1 + E_ACTOR2, ev->actor2);
	bind_str(st, 1 + E_ACTOR2_ISO3, ev->actor2_iso3);
	bind_str(st, 1 + E_LOCATION, ev->location);
	bind_str(st, 1 + E_ADMIN1, ev->admin1);
	bind_str(st, 1 + E_COUNTRY, ev->country);
	bind_str(st, 1 + E_ISO3, ev->iso3);
	if (geo) {
		sqlite3_bind_double(st, 1 + E_LATITUDE, ev->latitude);
		sqlite3_bind_double(st, 1 + E_LONGITUDE, ev->longitude);
	} else {
		sqlite3_bind_null(st, 1 + E_LATITUDE);
		sqlite3_bind_null(st, 1 + E_LONGITUDE);
	}
	sqlite3_bind_int(st, 1 + E_GEO_PRECISION, ev->geo_precision);
	if (ev->gazetteer_id)
		sqlite3_bind_int64(st, 1 + E_GAZETTEER_ID, ev->gazetteer_id);
	else
		sqlite3_bind_null(st, 1 + E_GAZETTEER_ID);
	bind_count(st, 1 + E_FATALITIES, ev->fatalities);
	bind_count(st, 1 + E_FATALITIES_LOW, ev->fatalities_low);
	bind_count(st, 1 + E_FATALITIES_HIGH, ev->fatalities_high);
	bind_count(st, 1 + E_INJURED, ev->injured);
	bind_count(st, 1 + E_INJURED_LOW, ev->injured_low);
	bind_count(st, 1 + E_INJURED_HIGH, ev->injured_high);
	bind_str(st, 1 + E_QUANTITY, ev->quantity);
	bind_str(st, 1 + E_WEAPONS, ev->weapons);
	bind_str(st, 1 + E_STATUS, sr_status_name(ev->status));
	bind_str(st, 1 + E_CLAIMED_BY, ev->claimed_by);
	sqlite3_bind_int(st, 1 + E_HISTORICAL, ev->historical ? 1 : 0);
	sqlite3_bind_double(st, 1 + E_CONFIDENCE, ev->confidence);
	sqlite3_bind_int64(st, 1 + E_SENTENCE_OFF, ev->sentence.off);
	sqlite3_bind_int64(st, 1 + E_SENTENCE_LEN, ev->sentence.len);
	if (sentence)
		sqlite3_bind_text(st, 1 + E_SENTENCE, sentence,
				  (int)sentence_len, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(st, 1 + E_SENTENCE);
	sqlite3_bind_text(st, 1 + E_SPANS, spans, -1, SQLITE_TRANSIENT);
	bind_str(st, 1 + E_RULE, ev->rule);
}

static const char *col_str(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

static int64_t col_count(sqlite3_stmt *st, int i)
{
	return sqlite3_column_type(st, i) == SQLITE_NULL
		   ? SR_NULL_COUNT
		   : sqlite3_column_int64(st, i);
}

void sr__sq_row_record(sqlite3_stmt *st, int base, struct sr_event *ev)
{
	const char *s;
	int status;

	memset(ev, 0, sizeof(*ev));
	s = col_str(st, base + E_EVENT_ID);
	snprintf(ev->event_id, sizeof(ev->event_id), "%s", s ? s : "");
	ev->article_id = col_str(st, base + E_ARTICLE_ID);
	s = col_str(st, base + E_EVENT_DATE);
	if (!s || sr_ymd_parse(s, strlen(s), &ev->event_date))
		ev->event_date.y = 0;
	ev->time_precision = sqlite3_column_int(st, base + E_TIME_PRECISION);
	ev->kind = col_str(st, base + E_KIND);
	ev->disorder_type = col_str(st, base + E_DISORDER_TYPE);
	ev->event_type = col_str(st, base + E_EVENT_TYPE);
	ev->sub_event_type = col_str(st, base + E_SUB_EVENT_TYPE);
	ev->plover_type = col_str(st, base + E_PLOVER_TYPE);
	ev->plover_mode = col_str(st, base + E_PLOVER_MODE);
	ev->cameo_code = col_str(st, base + E_CAMEO_CODE);
	ev->actor1 = col_str(st, base + E_ACTOR1);
	ev->actor1_iso3 = col_str(st, base + E_ACTOR1_ISO3);
	ev->actor2 = col_str(st, base + E_ACTOR2);
	ev->actor2_iso3 = col_str(st, base + E_ACTOR2_ISO3);
	ev->location = col_str(st, base + E_LOCATION);
	ev->admin1 = col_str(st, base + E_ADMIN1);
	ev->country = col_str(st, base + E_COUNTRY);
	ev->iso3 = col_str(st, base + E_ISO3);
	ev->latitude = sqlite3_column_double(st, base + E_LATITUDE);
	ev->longitude = sqlite3_column_double(st, base + E_LONGITUDE);
	ev->geo_precision = sqlite3_column_int(st, base + E_GEO_PRECISION);
	ev->gazetteer_id = sqlite3_column_int64(st, base + E_GAZETTEER_ID);
	ev->fatalities = col_count(st, base + E_FATALITIES);
	ev->fatalities_low = col_count(st, base + E_FATALITIES_LOW);
	ev->fatalities_high = col_count(st, base + E_FATALITIES_HIGH);
	ev->injured = col_count(st, base + E_INJURED);
	ev->injured_low = col_count(st, base + E_INJURED_LOW);
	ev->injured_high = col_count(st, base + E_INJURED_HIGH);
	ev->quantity = col_str(st, base + E_QUANTITY);
	ev->weapons = col_str(st, base + E_WEAPONS);
	s = col_str(st, base + E_STATUS);
	status = s ? sr_status_parse(s) : -1;
	ev->status = status < 0 ? SR_STATUS_REPORTED : (enum sr_status)status;
	ev->claimed_by = col_str(st, base + E_CLAIMED_BY);
	ev->historical = sqlite3_column_int(st, base + E_HISTORICAL) != 0;
	ev->confidence = sqlite3_column_double(st, base + E_CONFIDENCE);
	ev->sentence.off =
	    (uint32_t)sqlite3_column_int64(st, base + E_SENTENCE_OFF);
	ev->sentence.len =
	    (uint32_t)sqlite3_column_int64(st, base + E_SENTENCE_LEN);
	sr__store_spans_parse(col_str(st, base + E_SPANS), &ev->spans);
	ev->rule = col_str(st, base + E_RULE);
}

int sr__sq_select_cols(struct sr_buf *b, const char *alias)
{
	int rc, i;

	rc = sr__buf_puts(b, "SELECT ");
	for (i = 0; i < E_NCOLS && !rc; i++)
		rc = sr__buf_printf(b, "%s%s.%s", i ? ", " : "", alias,
				    i == E_EVENT_ID && !strcmp(alias, "m")
					? "mention_id"
					: sr__sq_cols[i].name);
	return rc;
}

/* ---- put ------------------------------------------------------------ */

static int check_event(struct store *s, const struct sr_article *a,
		       const struct sr_event *ev, struct sr_diag *d)
{
	if (!ev->event_id[0] ||
	    !memchr(ev->event_id, '\0', sizeof(ev->event_id)))
		return sr_diag_set(d, SR_EINPUT, a->file ? a->file : s->path,
				   a->line, "article %s: event without an id",
				   a->id);
	if (sr__store_spans_ok(ev, a->text_len))
		return SR_OK;
	return sr_diag_set(d, SR_EINPUT, a->file ? a->file : s->path, a->line,
			   "article %s: event %s has a span outside the "
			   "article text",
			   a->id, ev->event_id);
}

static int insert_mention(struct store *s, const struct sr_article *a,
			  const struct sr_event *ev)
{
	sqlite3_stmt *st = s->ins_mention;

	sr__sq_bind_record(st, ev, a->id,
			   ev->sentence.len ? a->text + ev->sentence.off : NULL,
			   ev->sentence.len);
	/* undated mentions are events of their own right away */
	if (ev->event_date.y)
		sqlite3_bind_null(st, E_NCOLS + 1);
	else
		sqlite3_bind_text(st, E_NCOLS + 1, ev->event_id, -1,
				  SQLITE_STATIC);
	return run(st);
}

/* Widen [*lo, *hi] to hold day. */
static void widen(int64_t *lo, int64_t *hi, int64_t day)
{
	if (day < *lo)
		*lo = day;
	if (day > *hi)
		*hi = day;
}

/* Undo the current put: its savepoint in a batch, else the transaction.
 * If SQLite already rolled the whole transaction back (it does on some
 * errors, e.g. out of memory or disk full), the batch is over. */
static void undo(struct store *s)
{
	if (sqlite3_get_autocommit(s->db)) {
		if (s->in_batch)
			s->batch_lost = 1;
		return;
	}
	if (s->in_batch) {
		run(s->rollback_to);
		run(s->release);
	} else {
		run(s->rollback);
	}
}

static struct sr__sq_touched *pend_set(void **p)
{
	if (!*p)
		*p = sr_calloc(1, sizeof(struct sr__sq_touched));
	return *p;
}

static void pend_clear(struct store *s)
{
	if (s->pend_kinds) {
		sr__sq_touched_clear(s->pend_kinds);
		sr_free(s->pend_kinds);
	}
	if (s->pend_events) {
		sr__sq_touched_clear(s->pend_events);
		sr_free(s->pend_events);
	}
	s->pend_kinds = s->pend_events = NULL;
	s->pend_from = INT64_MAX;
	s->pend_to = INT64_MIN;
}

/* Add one put's touched days, kinds and events to the batch's. */
static int pend_add(struct store *s, int64_t from, int64_t to,
		    const struct sr__sq_touched *kinds,
		    const struct sr__sq_touched *events)
{
	struct sr__sq_touched *k = pend_set(&s->pend_kinds);
	struct sr__sq_touched *e = pend_set(&s->pend_events);
	size_t i;

	if (!k || !e)
		return SR_ENOMEM;
	if (from < s->pend_from)
		s->pend_from = from;
	if (to > s->pend_to)
		s->pend_to = to;
	for (i = 0; i < kinds->n; i++)
		if (sr__sq_touch(k, kinds->id[i]))
			return SR_ENOMEM;
	for (i = 0; i < events->n; i++)
		if (sr__sq_touch(e, events->id[i]))
			return SR_ENOMEM;
	return SR_OK;
}

static int store_put(void *impl, const struct sr_article *a,
		     const struct sr_doc *doc, struct sr_diag *d)
{
	struct store *s = impl;
	struct sr__sq_touched t = { NULL, 0, 0 }, kinds = { NULL, 0, 0 };
	sqlite3_stmt *st;
	char hash[17], date[16];
	int64_t from_day = INT64_MAX, to_day = INT64_MIN;
	size_t i, n = sr_doc_event_count(doc);
	int rc, found = 0;

	if (a->text_len > SR_MAX_DOC_LEN)
		return sr_diag_set(d, SR_ETOOBIG, a->file ? a->file : s->path,
				   a->line, "article %s: text too long", a->id);
	for (i = 0; i < n; i++) {
		rc = check_event(s, a, sr_doc_event(doc, i), d);
		if (rc)
			return rc;
	}
	if (s->batch_lost)
		return sr_diag_set(d, SR_ESTORE, s->path, 0,
				   "the batch was rolled back after an error; "
				   "commit to end it");
	snprintf(hash, sizeof(hash), "%016llx",
		 (unsigned long long)sr__hash64(a->text, a->text_len));
	if (run(s->in_batch ? s->savepoint : s->begin))
		return db_error(s, d, "cannot begin a transaction");

	st = s->article_hash;
	sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		const char *h = (const char *)sqlite3_column_text(st, 0);
		found = h && strcmp(h, hash) == 0 ? 2 : 1;
		rc = SQLITE_OK;
	} else if (rc == SQLITE_DONE) {
		rc = SQLITE_OK;
	}
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	if (rc)
		goto fail;
	if (found == 2) {
		rc = 0; /* the same article: nothing to do */
		goto done;
	}
	if (found) {
		/* the old mentions go: their events are rebuilt and the
		 * clustering re-run from the earliest of them */
		st = s->old_mentions;
		sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
		while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
			const char *dt = col_str(st, 1);
			const char *eid = col_str(st, 2);
			struct sr_ymd y;

			if ((eid && sr__sq_touch(&t, eid)) ||
			    sr__sq_touch_kind(&kinds, col_str(st, 3))) {
				rc = SQLITE_NOMEM;
				break;
			}
			if (dt && !sr_ymd_parse(dt, strlen(dt), &y))
				widen(&from_day, &to_day, sr_ymd_to_days(y));
		}
		sqlite3_reset(st);
		sqlite3_clear_bindings(st);
		if (rc != SQLITE_DONE)
			goto fail;
		sqlite3_bind_text(s->del_mentions, 1, a->id, -1, SQLITE_STATIC);
		sqlite3_bind_text(s->del_article, 1, a->id, -1, SQLITE_STATIC);
		if ((rc = run(s->del_mentions)) || (rc = run(s->del_article)))
			goto fail;
	}

	st = s->ins_article;
	bind_str(st, 1, a->id);
	bind_str(st, 2, a->file);
	if (a->date.y) {
		sr_ymd_format(a->date, date);
		sqlite3_bind_text(st, 3, date, -1, SQLITE_STATIC);
	}
	bind_str(st, 4, a->title);
	bind_str(st, 5, a->url);
	bind_str(st, 6, a->source);
	sqlite3_bind_text(st, 7, a->text, (int)a->text_len, SQLITE_STATIC);
	sqlite3_bind_text(st, 8, hash, -1, SQLITE_STATIC);
	if ((rc = run(st)))
		goto fail;
	for (i = 0; i < n; i++) {
		const struct sr_event *ev = sr_doc_event(doc, i);

		if ((rc = insert_mention(s, a, ev)))
			goto fail;
		if (sr__sq_touch_kind(&kinds, ev->kind)) {
			rc = SQLITE_NOMEM;
			goto fail;
		}
		if (!ev->event_date.y) {
			if (sr__sq_touch(&t, ev->event_id)) {
				rc = SQLITE_NOMEM;
				goto fail;
			}
			continue;
		}
		widen(&from_day, &to_day, sr_ymd_to_days(ev->event_date));
	}
	if (s->in_batch) {
		/* merged once, at the commit */
		rc = pend_add(s, from_day, to_day, &kinds, &t);
		if (rc) {
			rc = sr_diag_set(d, rc, s->path, 0, "out of memory");
			undo(s);
			sr__sq_touched_clear(&t);
			sr__sq_touched_clear(&kinds);
			return rc;
		}
	} else {
		rc = sr__sq_recluster(s, from_day, to_day, &kinds, &t, d);
	}
	if (rc) {
		undo(s);
		sr__sq_touched_clear(&t);
		sr__sq_touched_clear(&kinds);
		return rc;
	}
	if ((rc = run(s->in_batch ? s->release : s->commit)))
		goto fail;
	sr__sq_touched_clear(&t);
	sr__sq_touched_clear(&kinds);
	return 1;
done:
	undo(s);
	sr__sq_touched_clear(&t);
	sr__sq_touched_clear(&kinds);
	return rc;
fail:
	rc =
	    sr_diag_set(d, SR_ESTORE, s->path, 0, "cannot store article %s: %s",
			a->id, sqlite3_errmsg(s->db));
	undo(s);
	sr__sq_touched_clear(&t);
	sr__sq_touched_clear(&kinds);
	if (s->batch_lost && d) {
		size_t len = strlen(d->msg);
		snprintf(d->msg + len, sizeof(d->msg) - len,
			 " (the whole batch was rolled back)");
	}
	return rc;
}

static int store_begin(void *impl, struct sr_diag *d)
{
	struct store *s = impl;

	if (s->in_batch)
		return sr_diag_set(d, SR_EUSAGE, s->path, 0,
				   "a batch is already open");
	if (run(s->begin))
		return db_error(s, d, "cannot begin a transaction");
	s->in_batch = 1;
	pend_clear(s);
	return SR_OK;
}

static int store_commit(void *impl, struct sr_diag *d)
{
	struct store *s = impl;
	int rc = SR_OK;

	if (!s->in_batch)
		return sr_diag_set(d, SR_EUSAGE, s->path, 0, "no open batch");
	if (!s->batch_lost && s->pend_kinds) {
		struct sr__sq_touched none = { NULL, 0, 0 };

		rc = sr__sq_recluster(
		    s, s->pend_from, s->pend_to, s->pend_kinds,
		    s->pend_events ? s->pend_events : &none, d);
		if (rc && !sqlite3_get_autocommit(s->db))
			run(s->rollback);
		if (rc) {
			pend_clear(s);
			s->in_batch = 0;
			s->batch_lost = 0;
			return rc;
		}
	}
	pend_clear(s);
	if (s->batch_lost) {
		rc = sr_diag_set(d, SR_ESTORE, s->path, 0,
				 "the batch was rolled back after an error");
	} else if (run(s->commit)) {
		rc = db_error(s, d, "cannot commit");
		if (!sqlite3_get_autocommit(s->db))
			run(s->rollback);
	}
	s->in_batch = 0;
	s->batch_lost = 0;
	return rc;
}

/* ---- counts --------------------------------------------------------- */

static int count(sqlite3_stmt *st, int64_t *out)
{
	int rc = sqlite3_step(st);

	if (rc == SQLITE_ROW) {
		if (out)
			*out = sqlite3_column_int64(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_reset(st);
	return rc;
}

static int store_counts(void *impl, int64_t *articles, int64_t *events)
{
	struct store *s = impl;

	if ((articles && count(s->count_articles, articles)) ||
	    (events && count(s->count_events, events)))
		return SR_ESTORE;
	return SR_OK;
}

const struct sr_store_ops sr__store_sqlite = {
	.name = "sqlite",
	.open = store_open,
	.close = store_close,
	.put = store_put,
	.query = sr__sq_query,
	.explain = sr__sq_explain,
	.review_export = sr__sq_review_export,
	.review_apply = sr__sq_review_apply,
	.counts = store_counts,
	.begin = store_begin,
	.commit = store_commit,
};
