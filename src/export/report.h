/*
 * report.h - internals shared by the report, map, KML and TimeMap files of
 * the export stage and their unit tests: XML/HTML escaping, the kind
 * groups (colour and symbol of each event kind), outline layers loaded
 * from TopoJSON/GeoJSON, the map projection, events collected from a
 * query, and the SVG map renderer.
 *
 * Invariants: everything appends to a struct sr_jw / sr_buf and never
 * prints; text from articles only reaches markup through sr__xml_str.
 *
 * Not here: the writers' public entry points (sitrep.h), file output.
 */
#ifndef SR_EXPORT_REPORT_H
#define SR_EXPORT_REPORT_H

#include "export.h"

/* ---- escaping (kml.c) ---- */

/* s[0..n) as XML/HTML character data or attribute value: & < > " '
 * escaped, C0 controls other than tab/LF/CR and U+FFFE/U+FFFF dropped,
 * invalid UTF-8 bytes become U+FFFD.  s NULL writes nothing. */
void sr__xml_str(struct sr_jw *w, const char *s, size_t n);
void sr__xml_cstr(struct sr_jw *w, const char *s);

/* ---- kind groups (kml.c) ---- */

enum sr_kind_group {
	SR_KG_GROUND = 0, /* armed_clash, territory_* */
	SR_KG_SHELL,	  /* shelling_missile */
	SR_KG_AIR,	  /* air_drone_strike and other explosive attacks */
	SR_KG_INTERCEPT,  /* interception */
	SR_KG_CIVILIANS,  /* attacks on civilians, abductions, looting */
	SR_KG_EXPLOSION,  /* explosion of unknown cause */
	SR_KG_OTHER,	  /* non-violent and everything else */
	SR_KG_COUNT
};

struct sr_kind_group_info {
	const char *id;	    /* "ground", ... (CSS class, KML style id) */
	const char *label;  /* "Ground fighting", ... */
	const char *colour; /* "#rrggbb" */
	const char *shape;  /* "square", "circle", "triangle", "cross",
			       "diamond", "ring", "dot" */
};

extern const struct sr_kind_group_info sr__kind_groups[SR_KG_COUNT];
/* The group of an ONTOLOGY.md kind name; SR_KG_OTHER for NULL/unknown. */
enum sr_kind_group sr__kind_group(const char *kind);
/* A label for people ("Shelling/missile attack") for a kind name, into
 * out (64 bytes): known kinds from a table, others with '_' as spaces and
 * the first letter capitalised.  Returns out. */
const char *sr__kind_label(const char *kind, char *out);

/* ---- outline layers (geo_outline.c) ---- */

struct sr_geo_pt {
	double lon, lat; /* degrees */
};

struct sr_geo_feature {
	char name[64];
	char id[16];
	uint32_t ring0;	     /* first ring index */
	uint32_t ring_count; /* rings of the feature */
	double bbox[4];	     /* min lon, min lat, max lon, max lat */
};

/* Polygons as rings of points: ring i is pt[ring[i] .. ring[i + 1]). */
struct sr_geo_layer {
	struct sr_geo_pt *pt;
	size_t pt_count, pt_cap;
	uint32_t *ring; /* ring_count + 1 entries when ring_count > 0 */
	size_t ring_count, ring_cap;
	struct sr_geo_feature *feat;
	size_t feat_count, feat_cap;
};

void sr__geo_layer_clear(struct sr_geo_layer *L);
/* Decode the TopoJSON object (e.g. "countries") of json[0..len) into L:
 * quantized, delta-encoded arcs are decoded with the transform, polygon
 * rings stitched from arcs (negative index ~i = arc i reversed).  Feature
 * names from properties.name, ids from "id".  0, SR_EINPUT with *d, or
 * SR_ENOMEM. */
int sr__geo_topojson(struct sr_geo_layer *L, const char *json, size_t len,
		     const char *object, struct sr_diag *d);
/* A GeoJSON FeatureCollection of Polygon/MultiPolygon features. */
int sr__geo_geojson(struct sr_geo_layer *L, const char *json, size_t len,
		    struct sr_diag *d);
/* Read path and decode it: TopoJSON when object is not NULL. */
int sr__geo_load(struct sr_geo_layer *L, const char *path, const char *object,
		 struct sr_diag *d);

/* ---- projection (map_svg.c) ---- */

/* Equirectangular with x scaled by cos(mid-latitude): near-conformal at
 * the scale of a country or region, cheap and easy to invert. */
struct sr_proj {
	double lon0, lat0; /* top-left corner, degrees */
	double k;	   /* px per degree of latitude */
	double coslat;	   /* cos(mid-latitude) */
	int w, h;	   /* px */
};

/* Fit bbox {min lon, min lat, max lon, max lat} into width px; the
 * height follows the extent's aspect, clamped to [width/2, width*1.2]
 * (the extent grows to fill). */
void sr__proj_fit(struct sr_proj *p, const double bbox[4], int width);
void sr__proj_fwd(const struct sr_proj *p, double lon, double lat, double *x,
		  double *y);

/* ---- events of a query (report.c) ---- */

/* Deep copies of the matching events: strings in the arena, text is the
 * event's sentence only (sentence span {0, len}, other spans cleared). */
struct sr_rep_set {
	struct sr_arena arena;
	struct sr_event *ev;
	size_t count, cap;
	const char *admin1; /* filter, borrowed; NULL: any */
	bool located_only;  /* keep only events with coordinates */
};

int sr__rep_collect(struct sr_rep_set *r, struct sr_db *db,
		    const struct sr_query *q, struct sr_diag *d);
void sr__rep_clear(struct sr_rep_set *r);
/* Copy ev into r (r->arena initialised) unless r's filters drop it. */
int sr__rep_add(struct sr_rep_set *r, const struct sr_event *ev);
/* Any toll at all: fatalities (or injured) known and > 0 -> best value
 * (low bound when only a range), else 0. */
int64_t sr__rep_killed(const struct sr_event *ev);
int64_t sr__rep_injured(const struct sr_event *ev);
/* 1 if ev has usable coordinates. */
int sr__rep_located(const struct sr_event *ev);

/* ---- SVG map (map_svg.c) ---- */

struct sr_map_in {
	const struct sr_event *ev;
	size_t count;
	struct sr_ymd from, to;	     /* period shown; y == 0: from data */
	const struct sr_map_opts *o; /* may be NULL */
	bool embedded;		     /* inside HTML: no XML prolog */
};

/* Append the SVG map of in to b.  Warnings (missing outlines) go to
 * o->on_warning.  0 or a negative rc. */
int sr__map_svg(struct sr_buf *b, const struct sr_map_in *in,
		struct sr_diag *d);

/* ---- report renderers (report_html.c, report_md.c) ---- */

/* Events and tolls of one group (a kind, a region, a side). */
struct sr_rep_row {
	const char *key; /* borrowed from the set's arena or static */
	int64_t events;
	int64_t killed_lo, killed_hi; /* sums of the events' ranges */
	int64_t injured_lo, injured_hi;
	bool killed_open, injured_open;	  /* some count was only "N+" */
	bool killed_known, injured_known; /* some event gave a count */
};

#define SR_REP_MAX_BINS 120

/* Everything a renderer shows, computed once by report.c. */
struct sr_report_data {
	const struct sr_report_opts *o;
	struct sr_rep_set set;	/* events, by date then id */
	struct sr_ymd from, to; /* period shown */
	char generated[11];	/* YYYY-MM-DD (SOURCE_DATE_EPOCH) */
	struct sr_rep_row total;
	size_t located;
	struct sr_rep_row *side; /* by actor1 country, most events first */
	size_t side_count;
	struct sr_rep_row *kind;
	size_t kind_count;
	struct sr_rep_row *region; /* by admin1 */
	size_t region_count;
	size_t *key; /* indices of the key events */
	size_t key_count;
	size_t *claim; /* claimed/denied events */
	size_t claim_count;
	int bin_days; /* 1 day, 7 week, 30 month-ish */
	int64_t day0; /* first bin's first day */
	size_t bins;
	uint32_t tl[SR_REP_MAX_BINS][SR_KG_COUNT]; /* events per bin, group */
	char *map_svg;				   /* HTML only; sr_malloc'd */
};

/* Compute everything but map_svg from rd->o and rd->set (filled). */
int sr__report_prepare(struct sr_report_data *rd);
/* Free what sr__report_prepare allocated and the set; not rd itself. */
void sr__report_data_clear(struct sr_report_data *rd);

/* Killed/injured range of one event as {lo, hi}; open: only a lower
 * bound.  {0, 0} when the report gives no count. */
void sr__rep_range(int64_t v, int64_t lo, int64_t hi, int64_t out[2],
		   bool *open);
/* "3", "3–5", "3+" (U+2013) for a row's totals into out (48 bytes). */
void sr__rep_range_str(int64_t lo, int64_t hi, bool open, char *out);
/* "22 March 2024" into out (32 bytes). */
void sr__rep_date_long(struct sr_ymd d, char *out);
/* Name of a country for an ISO3 code, else the code; "Unknown" for
 * NULL. */
const char *sr__rep_country_name(const char *iso3);
int sr__report_html(struct sr_buf *b, const struct sr_report_data *rd,
		    struct sr_diag *d);
int sr__report_md(struct sr_buf *b, const struct sr_report_data *rd,
		  struct sr_diag *d);

/* ---- KML and TimeMap writers (kml.c, timemap.c) ---- */

int sr__export_kml_head(struct sr_buf *b);
/* 1 when ev has no coordinates (nothing appended). */
int sr__export_kml_event(struct sr_buf *b, const struct sr_event *ev);
int sr__export_kml_tail(struct sr_buf *b);

int sr__export_timemap_head(struct sr_writer *w);
int sr__export_timemap_event(struct sr_writer *w, const struct sr_event *ev);
int sr__export_timemap_tail(struct sr_writer *w);
void sr__export_timemap_free(struct sr_writer *w);

#endif
