/*
 * map_svg.c - the SVG event map (`sitrep map`, and the map of a report):
 * country outlines (Natural Earth via world-atlas, TopoJSON), Ukraine's
 * oblasts (amcharts4-geodata, GeoJSON), a graticule, city labels from the
 * gazetteer, event symbols by kind group sized by toll, a scale bar, a
 * legend and the period.
 *
 * Exports: sr__proj_fit, sr__proj_fwd, sr__map_svg, sr_map_write_svg.
 *
 * Projection: equirectangular with x scaled by cos(mid-latitude) (see
 * report.h).  Extent: the events within about 1,500 km of the median
 * event (far outliers such as mis-geocoded namesakes would otherwise
 * shrink the theatre to a dot; they are counted in the legend), padded,
 * at least 4 degrees of latitude high.  With no located event: Ukraine.
 *
 * Invariants: every event mark is one <g class="ev ..."> with a <title>;
 * all text goes through sr__xml_str; output is identical for identical
 * input (no clock, no randomness).
 *
 * Not here: PNG output; labels of admin-1 regions; collision-free symbol
 * placement (symbols at one place overlap, largest drawn first).
 */
#include "report.h"

#include "../lexicon/gazetteer.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define DEG2RAD	 (3.14159265358979323846 / 180.0)
#define LEGEND_H 124 /* px under the map for legend and period */

void sr__proj_fit(struct sr_proj *p, const double bbox[4], int width)
{
	double minlon = bbox[0], minlat = bbox[1], maxlon = bbox[2];
	double maxlat = bbox[3], sx, sy, h, grow;

	p->coslat = cos((minlat + maxlat) / 2 * DEG2RAD);
	if (p->coslat < 0.05)
		p->coslat = 0.05;
	sx = (maxlon - minlon) * p->coslat;
	sy = maxlat - minlat;
	if (sx <= 0)
		sx = 1e-6;
	if (sy <= 0)
		sy = 1e-6;
	h = width * sy / sx;
	if (h < width * 0.5) { /* too flat: more latitude */
		grow = (sx * 0.5 - sy) / 2;
		minlat -= grow;
		maxlat += grow;
		h = width * 0.5;
	} else if (h > width * 1.2) { /* too tall: more longitude */
		grow = (sy / 1.2 - sx) / p->coslat / 2;
		minlon -= grow;
		maxlon += grow;
		h = width * 1.2;
	}
	p->w = width;
	p->h = (int)lround(h);
	p->lon0 = minlon;
	p->lat0 = maxlat;
	p->k = p->h / (maxlat - minlat);
}

void sr__proj_fwd(const struct sr_proj *p, double lon, double lat, double *x,
		  double *y)
{
	*x = (lon - p->lon0) * p->coslat * p->k;
	*y = (p->lat0 - lat) * p->k;
}

/* ---- extent ---- */

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static double km_between(double lat1, double lon1, double lat2, double lon2)
{
	double dlat = (lat2 - lat1) * DEG2RAD, dlon = (lon2 - lon1) * DEG2RAD;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * DEG2RAD) * cos(lat2 * DEG2RAD) * sin(dlon / 2) *
		       sin(dlon / 2);

	return 6371.0 * 2 * atan2(sqrt(a), sqrt(1 - a));
}

#define MAP_RADIUS_KM 1500.0

/* bbox of the events near the median; *outside counts the others. */
static int map_extent(const struct sr_event *ev, size_t n, double bbox[4],
		      size_t *outside)
{
	double *lat, *lon, mlat, mlon, pad;
	size_t i, m = 0;

	*outside = 0;
	bbox[0] = 22.0; /* Ukraine when there is nothing to show */
	bbox[1] = 44.2;
	bbox[2] = 40.3;
	bbox[3] = 52.5;
	lat = sr_malloc((n + 1) * sizeof(*lat));
	lon = sr_malloc((n + 1) * sizeof(*lon));
	if (!lat || !lon) {
		sr_free(lat);
		sr_free(lon);
		return SR_ENOMEM;
	}
	for (i = 0; i < n; i++) {
		if (!sr__rep_located(&ev[i]))
			continue;
		lat[m] = ev[i].latitude;
		lon[m] = ev[i].longitude;
		m++;
	}
	if (m) {
		qsort(lat, m, sizeof(*lat), cmp_double);
		qsort(lon, m, sizeof(*lon), cmp_double);
		mlat = lat[m / 2];
		mlon = lon[m / 2];
		bbox[0] = bbox[1] = HUGE_VAL;
		bbox[2] = bbox[3] = -HUGE_VAL;
		for (i = 0; i < n; i++) {
			if (!sr__rep_located(&ev[i]))
				continue;
			if (km_between(mlat, mlon, ev[i].latitude,
				       ev[i].longitude) > MAP_RADIUS_KM) {
				(*outside)++;
				continue;
			}
			bbox[0] = fmin(bbox[0], ev[i].longitude);
			bbox[1] = fmin(bbox[1], ev[i].latitude);
			bbox[2] = fmax(bbox[2], ev[i].longitude);
			bbox[3] = fmax(bbox[3], ev[i].latitude);
		}
		pad = fmax(0.6, (bbox[3] - bbox[1]) * 0.12);
		bbox[1] -= pad;
		bbox[3] += pad;
		pad = fmax(0.9, (bbox[2] - bbox[0]) * 0.10);
		bbox[0] -= pad;
		bbox[2] += pad;
		if (bbox[3] - bbox[1] < 4.0) {
			pad = (4.0 - (bbox[3] - bbox[1])) / 2;
			bbox[1] -= pad;
			bbox[3] += pad;
		}
		bbox[1] = fmax(bbox[1], -85.0);
		bbox[3] = fmin(bbox[3], 85.0);
	}
	sr_free(lat);
	sr_free(lon);
	return SR_OK;
}

/* ---- outlines ---- */

struct map_ctx {
	struct sr_jw jw;
	struct sr_proj p;
	int w, h;	/* map area, px (the legend is below) */
	double view[4]; /* lon/lat box of the view, a little larger */
	const struct sr_map_opts *o;
};

/* A static string as is (markup, never text from the store). */
static void raw(struct sr_jw *w, const char *s)
{
	sr__jw_raw(w, s, strlen(s));
}

static void num(struct sr_jw *w, double v)
{
	sr__jw_fixed(w, v, 1);
}

static int feature_visible(const struct map_ctx *m,
			   const struct sr_geo_feature *f)
{
	return f->ring_count && f->bbox[2] >= m->view[0] &&
	       f->bbox[0] <= m->view[2] && f->bbox[3] >= m->view[1] &&
	       f->bbox[1] <= m->view[3];
}

/* The rings of f as one path's d attribute; points closer than 0.7 px to
 * the last one drawn are skipped. */
static void path_d(struct map_ctx *m, const struct sr_geo_layer *L,
		   const struct sr_geo_feature *f)
{
	uint32_t r, i;
	double x, y, lx = 0, ly = 0;

	for (r = f->ring0; r < f->ring0 + f->ring_count; r++) {
		for (i = L->ring[r]; i < L->ring[r + 1]; i++) {
			sr__proj_fwd(&m->p, L->pt[i].lon, L->pt[i].lat, &x, &y);
			if (i != L->ring[r] && i + 1 != L->ring[r + 1] &&
			    fabs(x - lx) < 0.7 && fabs(y - ly) < 0.7)
				continue;
			sr__jw_raw(&m->jw, i == L->ring[r] ? "M" : "L", 1);
			num(&m->jw, x);
			SR_JW_LIT(&m->jw, " ");
			num(&m->jw, y);
			lx = x;
			ly = y;
		}
		SR_JW_LIT(&m->jw, "Z");
	}
}

/* Even-odd point-in-polygon over the rings of f, in projected px. */
static int inside_feature(const struct map_ctx *m, const struct sr_geo_layer *L,
			  const struct sr_geo_feature *f, double px, double py)
{
	uint32_t r, i, j;
	double xi, yi, xj, yj;
	int in = 0;

	for (r = f->ring0; r < f->ring0 + f->ring_count; r++) {
		for (i = L->ring[r], j = L->ring[r + 1] - 1; i < L->ring[r + 1];
		     j = i++) {
			sr__proj_fwd(&m->p, L->pt[i].lon, L->pt[i].lat, &xi,
				     &yi);
			sr__proj_fwd(&m->p, L->pt[j].lon, L->pt[j].lat, &xj,
				     &yj);
			if ((yi > py) != (yj > py) &&
			    px < (xj - xi) * (py - yi) / (yj - yi) + xi)
				in = !in;
		}
	}
	return in;
}

/* Where to write the name of f: the grid point inside f nearest the
 * mean of all grid points inside it (the middle of its visible part);
 * 0 if too little of f is visible. */
static int label_point(const struct map_ctx *m, const struct sr_geo_layer *L,
		       const struct sr_geo_feature *f, double *lx, double *ly)
{
	enum { STEP = 24 };
	double sx = 0, sy = 0, best = HUGE_VAL, d2, x, y;
	int n = 0, gx, gy;
	double bx0, by0, bx1, by1;

	sr__proj_fwd(&m->p, f->bbox[0], f->bbox[3], &bx0, &by0);
	sr__proj_fwd(&m->p, f->bbox[2], f->bbox[1], &bx1, &by1);
	for (gy = STEP; gy < m->h - STEP; gy += STEP)
		for (gx = STEP * 2; gx < m->w - STEP * 2; gx += STEP) {
			if (gx < bx0 || gx > bx1 || gy < by0 || gy > by1)
				continue;
			if (inside_feature(m, L, f, gx, gy)) {
				sx += gx;
				sy += gy;
				n++;
			}
		}
	if (n < 6)
		return 0;
	sx /= n;
	sy /= n;
	for (gy = STEP; gy < m->h - STEP; gy += STEP)
		for (gx = STEP * 2; gx < m->w - STEP * 2; gx += STEP) {
			x = gx;
			y = gy;
			d2 = (x - sx) * (x - sx) + (y - sy) * (y - sy);
			if (d2 < best && x >= bx0 && x <= bx1 && y >= by0 &&
			    y <= by1 && inside_feature(m, L, f, x, y)) {
				best = d2;
				*lx = x;
				*ly = y;
			}
		}
	return best < HUGE_VAL;
}

static void warn(const struct map_ctx *m, const struct sr_diag *d)
{
	if (m->o && m->o->on_warning)
		m->o->on_warning(m->o->ud, d);
}

static const char *deps_dir(const struct sr_map_opts *o)
{
	return o && o->deps_dir ? o->deps_dir : SR_DEPS_DIR;
}

/* Countries and Ukraine's oblasts; 1 when drawn, 0 when the data is
 * missing (warned), negative rc on failure. */
static int draw_outlines(struct map_ctx *m)
{
	struct sr_geo_layer world, obl;
	struct sr_diag d;
	char path[SR_MAX_PATH_LEN];
	double lx, ly;
	size_t i;
	int rc, have_world = 0;

	memset(&world, 0, sizeof(world));
	memset(&obl, 0, sizeof(obl));
	memset(&d, 0, sizeof(d));
	snprintf(path, sizeof(path),
		 "%s/npm/node_modules/world-atlas/countries-50m.json",
		 deps_dir(m->o));
	rc = sr__geo_load(&world, path, "countries", &d);
	if (rc == SR_ENOMEM)
		goto out;
	if (rc) {
		sr_diag_set(&d, SR_OK, path, 0,
			    "warning: no country outlines (%s); run 'make "
			    "deps'",
			    d.msg);
		warn(m, &d);
		rc = 0;
		goto out;
	}
	have_world = 1;
	SR_JW_LIT(&m->jw, "<g class=\"land\">\n");
	for (i = 0; i < world.feat_count; i++) {
		const struct sr_geo_feature *f = &world.feat[i];

		if (!feature_visible(m, f))
			continue;
		SR_JW_LIT(&m->jw, "<path class=\"");
		raw(&m->jw, strcmp(f->id, "804") == 0 ? "cty focus" : "cty");
		SR_JW_LIT(&m->jw, "\" d=\"");
		path_d(m, &world, f);
		SR_JW_LIT(&m->jw, "\"><title>");
		sr__xml_cstr(&m->jw, f->name);
		SR_JW_LIT(&m->jw, "</title></path>\n");
	}
	SR_JW_LIT(&m->jw, "</g>\n");

	snprintf(path, sizeof(path),
		 "%s/npm/node_modules/@amcharts/amcharts4-geodata/json/"
		 "ukraineLow.json",
		 deps_dir(m->o));
	memset(&d, 0, sizeof(d));
	rc = sr__geo_load(&obl, path, NULL, &d);
	if (rc == SR_ENOMEM)
		goto out;
	if (rc) {
		sr_diag_set(&d, SR_OK, path, 0,
			    "warning: no outlines of Ukraine's oblasts (%s)",
			    d.msg);
		warn(m, &d);
	} else {
		SR_JW_LIT(&m->jw, "<g class=\"adm1\">\n<path d=\"");
		for (i = 0; i < obl.feat_count; i++)
			if (feature_visible(m, &obl.feat[i]))
				path_d(m, &obl, &obl.feat[i]);
		SR_JW_LIT(&m->jw, "\"/>\n</g>\n");
	}
	rc = 0;
	/* Country names over the middle of their visible part. */
	SR_JW_LIT(&m->jw, "<g class=\"cname\">\n");
	for (i = 0; i < world.feat_count; i++) {
		const struct sr_geo_feature *f = &world.feat[i];

		if (!feature_visible(m, f) || !f->name[0] ||
		    !label_point(m, &world, f, &lx, &ly))
			continue;
		SR_JW_LIT(&m->jw, "<text x=\"");
		num(&m->jw, lx);
		SR_JW_LIT(&m->jw, "\" y=\"");
		num(&m->jw, ly);
		SR_JW_LIT(&m->jw, "\">");
		sr__xml_cstr(&m->jw, f->name);
		SR_JW_LIT(&m->jw, "</text>\n");
	}
	SR_JW_LIT(&m->jw, "</g>\n");
out:
	sr__geo_layer_clear(&world);
	sr__geo_layer_clear(&obl);
	return rc < 0 ? rc : have_world;
}

static void draw_graticule(struct map_ctx *m)
{
	double span = m->view[3] - m->view[1], step, v, x, y, x2, y2;

	step = span > 40 ? 10 : span > 16 ? 5 : span > 6 ? 2 : 1;
	SR_JW_LIT(&m->jw, "<path class=\"grat\" d=\"");
	for (v = ceil(m->view[0] / step) * step; v <= m->view[2]; v += step) {
		sr__proj_fwd(&m->p, v, m->view[1], &x, &y);
		sr__proj_fwd(&m->p, v, m->view[3], &x2, &y2);
		SR_JW_LIT(&m->jw, "M");
		num(&m->jw, x);
		SR_JW_LIT(&m->jw, " ");
		num(&m->jw, y);
		SR_JW_LIT(&m->jw, "V");
		num(&m->jw, y2);
	}
	for (v = ceil(m->view[1] / step) * step; v <= m->view[3]; v += step) {
		sr__proj_fwd(&m->p, m->view[0], v, &x, &y);
		sr__proj_fwd(&m->p, m->view[2], v, &x2, &y2);
		SR_JW_LIT(&m->jw, "M");
		num(&m->jw, x);
		SR_JW_LIT(&m->jw, " ");
		num(&m->jw, y);
		SR_JW_LIT(&m->jw, "H");
		num(&m->jw, x2);
	}
	SR_JW_LIT(&m->jw, "\"/>\n");
}

/* ---- cities ---- */

#define MAX_CITIES	14
#define MAX_LABEL_BOXES 64

struct box {
	double x0, y0, x1, y1;
};

static int box_free(const struct box *b, size_t n, struct box c)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (c.x0 < b[i].x1 && c.x1 > b[i].x0 && c.y0 < b[i].y1 &&
		    c.y1 > b[i].y0)
			return 0;
	return 1;
}

struct city {
	uint32_t idx;
	uint64_t pop;
};

static int cmp_city(const void *a, const void *b)
{
	const struct city *x = a, *y = b;

	return (x->pop < y->pop) - (x->pop > y->pop);
}

static void city_label(struct map_ctx *m, struct box *boxes, size_t *nbox,
		       const char *name, double lon, double lat, bool capital)
{
	double x, y, tw;
	struct box b;

	sr__proj_fwd(&m->p, lon, lat, &x, &y);
	if (x < 8 || y < 14 || x > m->w - 60 || y > m->h - 8)
		return;
	tw = strlen(name) * (capital ? 7.4 : 6.6) + 8;
	b.x0 = x - 3;
	b.x1 = x + tw;
	b.y0 = y - 12;
	b.y1 = y + 4;
	if (*nbox >= MAX_LABEL_BOXES || !box_free(boxes, *nbox, b))
		return;
	boxes[(*nbox)++] = b;
	SR_JW_LIT(&m->jw, "<circle class=\"city\" r=\"2.6\" cx=\"");
	num(&m->jw, x);
	SR_JW_LIT(&m->jw, "\" cy=\"");
	num(&m->jw, y);
	SR_JW_LIT(&m->jw, "\"/><text class=\"");
	raw(&m->jw, capital ? "cl cap" : "cl");
	SR_JW_LIT(&m->jw, "\" x=\"");
	num(&m->jw, x + 5);
	SR_JW_LIT(&m->jw, "\" y=\"");
	num(&m->jw, y - 3);
	SR_JW_LIT(&m->jw, "\">");
	sr__xml_cstr(&m->jw, name);
	SR_JW_LIT(&m->jw, "</text>\n");
}

/* The largest populated places of the view, from the gazetteer; falls
 * back to the places of the events. */
static int draw_cities(struct map_ctx *m, const struct sr_event *ev, size_t n)
{
	struct box boxes[MAX_LABEL_BOXES];
	struct city top[MAX_CITIES * 3];
	size_t ntop = 0, nbox = 0, i, j;
	struct sr_gaz *g = NULL;
	struct sr_place pl;
	struct sr_diag d;
	const char *gp = m->o ? m->o->gazetteer_path : NULL;
	uint32_t k, count;

	memset(&d, 0, sizeof(d));
	SR_JW_LIT(&m->jw, "<g class=\"cities\">\n");
	if (!gp)
		gp = sr_default_gazetteer_path();
	if (gp && *gp && sr__gaz_open(&g, gp, &d) == SR_OK) {
		count = sr__gaz_count(g);
		for (k = 0; k < count; k++) {
			sr__gaz_place(g, k, &pl);
			if (pl.level != SR_PLACE_LOCALITY || pl.fclass != 'P' ||
			    pl.population < 50000 || pl.lon < m->view[0] ||
			    pl.lon > m->view[2] || pl.lat < m->view[1] ||
			    pl.lat > m->view[3])
				continue;
			if (ntop < SR_ARRAY_LEN(top)) {
				top[ntop].idx = k;
				top[ntop++].pop = pl.population;
				qsort(top, ntop, sizeof(*top), cmp_city);
			} else if (pl.population > top[ntop - 1].pop) {
				top[ntop - 1].idx = k;
				top[ntop - 1].pop = pl.population;
				qsort(top, ntop, sizeof(*top), cmp_city);
			}
		}
		for (i = 0, j = 0; i < ntop && j < MAX_CITIES; i++) {
			size_t before = nbox;

			sr__gaz_place(g, top[i].idx, &pl);
			city_label(m, boxes, &nbox, pl.name, pl.lon, pl.lat,
				   strcmp(pl.fcode, "PPLC") == 0);
			j += nbox > before;
		}
		sr__gaz_close(g);
	} else {
		if (g)
			sr__gaz_close(g);
		for (i = 0; i < n && nbox < MAX_CITIES; i++)
			if (sr__rep_located(&ev[i]) && ev[i].location &&
			    ev[i].geo_precision == 1)
				city_label(m, boxes, &nbox, ev[i].location,
					   ev[i].longitude, ev[i].latitude,
					   false);
	}
	SR_JW_LIT(&m->jw, "</g>\n");
	return SR_OK;
}

/* ---- events ---- */

static double mark_radius(const struct sr_event *ev)
{
	int64_t k = sr__rep_killed(ev);

	return fmin(4.5 + 2.4 * sqrt((double)k), 24.0);
}

/* A symbol of shape centred on (x, y) with radius r. */
static void symbol(struct sr_jw *w, const char *shape, double x, double y,
		   double r)
{
	if (strcmp(shape, "square") == 0) {
		r *= 0.9;
		SR_JW_LIT(w, "<rect x=\"");
		num(w, x - r);
		SR_JW_LIT(w, "\" y=\"");
		num(w, y - r);
		SR_JW_LIT(w, "\" width=\"");
		num(w, 2 * r);
		SR_JW_LIT(w, "\" height=\"");
		num(w, 2 * r);
		SR_JW_LIT(w, "\"/>");
	} else if (strcmp(shape, "triangle") == 0 ||
		   strcmp(shape, "diamond") == 0 ||
		   strcmp(shape, "cross") == 0) {
		SR_JW_LIT(w, "<path d=\"M");
		if (shape[0] == 't') {
			r *= 1.2;
			num(w, x);
			SR_JW_LIT(w, " ");
			num(w, y - r);
			SR_JW_LIT(w, "L");
			num(w, x + r * 0.87);
			SR_JW_LIT(w, " ");
			num(w, y + r * 0.5);
			SR_JW_LIT(w, "L");
			num(w, x - r * 0.87);
			SR_JW_LIT(w, " ");
			num(w, y + r * 0.5);
		} else if (shape[0] == 'd') {
			r *= 1.2;
			num(w, x);
			SR_JW_LIT(w, " ");
			num(w, y - r);
			SR_JW_LIT(w, "L");
			num(w, x + r);
			SR_JW_LIT(w, " ");
			num(w, y);
			SR_JW_LIT(w, "L");
			num(w, x);
			SR_JW_LIT(w, " ");
			num(w, y + r);
			SR_JW_LIT(w, "L");
			num(w, x - r);
			SR_JW_LIT(w, " ");
			num(w, y);
		} else { /* a plus sign of width r*0.7 */
			double a = r * 0.35;

			num(w, x - a);
			SR_JW_LIT(w, " ");
			num(w, y - r);
			SR_JW_LIT(w, "H");
			num(w, x + a);
			SR_JW_LIT(w, "V");
			num(w, y - a);
			SR_JW_LIT(w, "H");
			num(w, x + r);
			SR_JW_LIT(w, "V");
			num(w, y + a);
			SR_JW_LIT(w, "H");
			num(w, x + a);
			SR_JW_LIT(w, "V");
			num(w, y + r);
			SR_JW_LIT(w, "H");
			num(w, x - a);
			SR_JW_LIT(w, "V");
			num(w, y + a);
			SR_JW_LIT(w, "H");
			num(w, x - r);
			SR_JW_LIT(w, "V");
			num(w, y - a);
			SR_JW_LIT(w, "H");
			num(w, x - a);
		}
		SR_JW_LIT(w, "Z\"/>");
	} else {
		if (strcmp(shape, "dot") == 0)
			r *= 0.75;
		SR_JW_LIT(w, "<circle cx=\"");
		num(w, x);
		SR_JW_LIT(w, "\" cy=\"");
		num(w, y);
		SR_JW_LIT(w, "\" r=\"");
		num(w, r);
		SR_JW_LIT(w, "\"/>");
	}
}

static int cmp_size(const void *a, const void *b)
{
	const struct sr_event *x = *(const struct sr_event *const *)a;
	const struct sr_event *y = *(const struct sr_event *const *)b;
	double rx = mark_radius(x), ry = mark_radius(y);

	return (rx < ry) - (rx > ry);
}

/* Marks, largest first; *drawn and *groups (bit per group) filled. */
static int draw_events(struct map_ctx *m, const struct sr_event *ev, size_t n,
		       size_t *drawn, unsigned *groups)
{
	const struct sr_event **order;
	char date[11], cell[48], lab[64];
	size_t i, k = 0;
	double x, y;

	*drawn = 0;
	*groups = 0;
	order = sr_malloc((n + 1) * sizeof(*order));
	if (!order)
		return SR_ENOMEM;
	for (i = 0; i < n; i++)
		if (sr__rep_located(&ev[i]))
			order[k++] = &ev[i];
	qsort(order, k, sizeof(*order), cmp_size);
	SR_JW_LIT(&m->jw, "<g class=\"events\">\n");
	for (i = 0; i < k; i++) {
		const struct sr_event *e = order[i];
		enum sr_kind_group g = sr__kind_group(e->kind);

		sr__proj_fwd(&m->p, e->longitude, e->latitude, &x, &y);
		if (x < -30 || y < -30 || x > m->w + 30 || y > m->h + 30)
			continue;
		SR_JW_LIT(&m->jw, "<g class=\"ev k-");
		sr__xml_cstr(&m->jw, sr__kind_groups[g].id);
		SR_JW_LIT(&m->jw, "\"><title>");
		if (e->event_date.y) {
			sr_ymd_format(e->event_date, date);
			sr__jw_raw(&m->jw, date, 10);
			SR_JW_LIT(&m->jw, " ");
		}
		sr__xml_cstr(&m->jw, sr__kind_label(e->kind, lab));
		if (e->location) {
			SR_JW_LIT(&m->jw, ", ");
			sr__xml_cstr(&m->jw, e->location);
		}
		if (e->fatalities >= 0 || e->fatalities_low >= 0) {
			sr__export_count_cell(cell, e->fatalities,
					      e->fatalities_low,
					      e->fatalities_high);
			SR_JW_LIT(&m->jw, ", killed ");
			sr__xml_cstr(&m->jw, cell);
		}
		SR_JW_LIT(&m->jw, "</title>");
		symbol(&m->jw, sr__kind_groups[g].shape, x, y, mark_radius(e));
		SR_JW_LIT(&m->jw, "</g>\n");
		(*drawn)++;
		*groups |= 1u << g;
	}
	SR_JW_LIT(&m->jw, "</g>\n");
	sr_free(order);
	return SR_OK;
}

/* ---- frame, legend ---- */

static void scale_bar(struct map_ctx *m)
{
	static const int nice[] = { 10, 20, 50, 100, 200, 500, 1000, 2000 };
	double px_per_km = m->p.k / 111.32;
	size_t i;
	int km = nice[0];
	double len;

	/* km along a parallel: 1 degree of longitude is 111.32 * coslat km
	 * and coslat * k px, so px per km is k / 111.32. */
	for (i = 0; i < SR_ARRAY_LEN(nice); i++)
		if (nice[i] * px_per_km <= m->w / 6.0)
			km = nice[i];
	len = km * px_per_km;
	SR_JW_LIT(&m->jw, "<g class=\"scale\" transform=\"translate(");
	num(&m->jw, m->w - len - 20);
	SR_JW_LIT(&m->jw, " ");
	num(&m->jw, m->h - 18);
	SR_JW_LIT(&m->jw, ")\"><path d=\"M0 -5V0H");
	num(&m->jw, len);
	SR_JW_LIT(&m->jw, "V-5\"/><text x=\"");
	num(&m->jw, len / 2);
	SR_JW_LIT(&m->jw, "\" y=\"-8\">");
	sr__buf_printf(m->jw.b, "%d km", km);
	SR_JW_LIT(&m->jw, "</text></g>\n");
}

static void legend(struct map_ctx *m, const struct sr_map_in *in,
		   unsigned groups, size_t drawn, size_t outside,
		   size_t unlocated, bool outlines)
{
	static const int tolls[] = { 1, 10, 50 };
	char a[11], b[11];
	double x = 16, y = m->h + 24, r;
	size_t i;

	SR_JW_LIT(&m->jw, "<g class=\"legend\">\n");
	for (i = 0; i < SR_KG_COUNT; i++) {
		if (!(groups & (1u << i)))
			continue;
		if (x > m->w - 190) {
			x = 16;
			y += 22;
		}
		SR_JW_LIT(&m->jw, "<g class=\"ev k-");
		sr__xml_cstr(&m->jw, sr__kind_groups[i].id);
		SR_JW_LIT(&m->jw, "\">");
		symbol(&m->jw, sr__kind_groups[i].shape, x + 6, y - 4, 5.5);
		SR_JW_LIT(&m->jw, "</g><text x=\"");
		num(&m->jw, x + 16);
		SR_JW_LIT(&m->jw, "\" y=\"");
		num(&m->jw, y);
		SR_JW_LIT(&m->jw, "\">");
		sr__xml_cstr(&m->jw, sr__kind_groups[i].label);
		SR_JW_LIT(&m->jw, "</text>\n");
		x += 28 + strlen(sr__kind_groups[i].label) * 6.6;
	}
	y += 28;
	x = 16;
	SR_JW_LIT(&m->jw, "<text x=\"16\" y=\"");
	num(&m->jw, y);
	SR_JW_LIT(&m->jw, "\">Killed:</text>\n");
	x = 70;
	for (i = 0; i < SR_ARRAY_LEN(tolls); i++) {
		r = fmin(4.5 + 2.4 * sqrt((double)tolls[i]), 24.0);
		SR_JW_LIT(&m->jw, "<circle class=\"sz\" cx=\"");
		num(&m->jw, x + r);
		SR_JW_LIT(&m->jw, "\" cy=\"");
		num(&m->jw, y - 4);
		SR_JW_LIT(&m->jw, "\" r=\"");
		num(&m->jw, r);
		SR_JW_LIT(&m->jw, "\"/><text x=\"");
		num(&m->jw, x + 2 * r + 4);
		SR_JW_LIT(&m->jw, "\" y=\"");
		num(&m->jw, y);
		SR_JW_LIT(&m->jw, "\">");
		sr__buf_printf(m->jw.b, "%d", tolls[i]);
		SR_JW_LIT(&m->jw, "</text>\n");
		x += 2 * r + 30;
	}
	SR_JW_LIT(&m->jw, "<text class=\"note\" x=\"");
	num(&m->jw, x + 10);
	SR_JW_LIT(&m->jw, "\" y=\"");
	num(&m->jw, y);
	SR_JW_LIT(&m->jw, "\">");
	if (in->from.y || in->to.y) {
		if (in->from.y)
			sr_ymd_format(in->from, a);
		if (in->to.y)
			sr_ymd_format(in->to, b);
		sr__buf_printf(m->jw.b, "%s \xE2\x80\x93 %s \xC2\xB7 ",
			       in->from.y ? a : "\xE2\x80\xA6",
			       in->to.y ? b : "\xE2\x80\xA6");
	}
	sr__buf_printf(m->jw.b, "%zu events mapped", drawn);
	if (outside)
		sr__buf_printf(m->jw.b, ", %zu outside the frame", outside);
	if (unlocated)
		sr__buf_printf(m->jw.b, ", %zu without a place", unlocated);
	SR_JW_LIT(&m->jw, "</text>\n<text class=\"credit\" x=\"");
	num(&m->jw, m->w - 12);
	SR_JW_LIT(&m->jw, "\" y=\"");
	num(&m->jw, m->h + LEGEND_H - 8);
	SR_JW_LIT(&m->jw, "\">");
	raw(&m->jw, outlines ? "Outlines: Natural Earth (world-atlas), "
			       "amCharts geodata \xC2\xB7 places: "
			       "GeoNames \xC2\xB7 sitrep"
			     : "No outline data installed \xC2\xB7 sitrep");
	SR_JW_LIT(&m->jw, "</text>\n</g>\n");
}

static const char map_style[] =
    "<style>"
    ".sea{fill:#e4edf3}.cty{fill:#f3f0e8;stroke:#a9a397;stroke-width:.8;"
    "fill-rule:evenodd}.cty.focus{fill:#fdfcf8;stroke:#6f6a60;"
    "stroke-width:1.2}"
    ".adm1 path{fill:#fdfcf8;stroke:#bdb6a6;stroke-width:.6;"
    "stroke-dasharray:3 2;fill-rule:nonzero}"
    ".grat{fill:none;stroke:#9fb3c4;stroke-width:.4;stroke-opacity:.6}"
    ".cname text{font:600 13px sans-serif;fill:#9a9486;letter-spacing:"
    "2px;text-anchor:middle;text-transform:uppercase}"
    ".city{fill:#333}.cl{font:11.5px sans-serif;fill:#333;paint-order:"
    "stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}"
    ".cl.cap{font-weight:700;font-size:12.5px}"
    ".ev>*:not(title){fill-opacity:.82;stroke:#fff;stroke-width:1}"
    ".k-ground>*{fill:#7b3294}.k-shelling>*{fill:#d7191c}"
    ".k-air>*{fill:#f08a24}.k-intercept>*{fill:#2b83ba}"
    ".k-civilians>*{fill:#1a1a1a}.k-explosion>*{fill:#a6611a}"
    ".k-other>*{fill:#8c8c8c}"
    ".legend text{font:12px sans-serif;fill:#333}"
    ".legend .note{fill:#555}.legend .credit{font-size:10px;fill:#888;"
    "text-anchor:end}.sz{fill:none;stroke:#555}"
    ".scale path{fill:none;stroke:#333;stroke-width:1.2}"
    ".scale text{font:11px sans-serif;text-anchor:middle;fill:#333}"
    ".ttl{font:700 16px sans-serif;fill:#222}"
    "</style>\n";

int sr__map_svg(struct sr_buf *b, const struct sr_map_in *in, struct sr_diag *d)
{
	struct map_ctx m;
	double bbox[4], padx, pady;
	size_t outside, drawn, unlocated = 0, i;
	unsigned groups;
	int rc, outlines;

	memset(&m, 0, sizeof(m));
	m.jw.b = b;
	m.o = in->o;
	rc = map_extent(in->ev, in->count, bbox, &outside);
	if (rc)
		return rc;
	sr__proj_fit(&m.p, bbox,
		     in->o && in->o->width > 0 ? in->o->width : 960);
	m.w = m.p.w;
	m.h = m.p.h;
	/* The view as lon/lat, for culling, a little larger. */
	padx = m.w / (m.p.k * m.p.coslat) * 0.05;
	pady = m.h / m.p.k * 0.05;
	m.view[0] = m.p.lon0 - padx;
	m.view[3] = m.p.lat0 + pady;
	m.view[2] = m.p.lon0 + m.w / (m.p.k * m.p.coslat) + padx;
	m.view[1] = m.p.lat0 - m.h / m.p.k - pady;
	for (i = 0; i < in->count; i++)
		unlocated += !sr__rep_located(&in->ev[i]);

	if (!in->embedded)
		SR_JW_LIT(&m.jw,
			  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
	sr__buf_printf(b,
		       "<svg xmlns=\"http://www.w3.org/2000/svg\" "
		       "class=\"map\" viewBox=\"0 0 %d %d\" width=\"%d\" "
		       "height=\"%d\" role=\"img\" aria-label=\"Map of "
		       "events\">\n",
		       m.w, m.h + LEGEND_H, m.w, m.h + LEGEND_H);
	SR_JW_LIT(&m.jw, map_style);
	sr__buf_printf(b,
		       "<defs><clipPath id=\"mapclip\"><rect width=\"%d\" "
		       "height=\"%d\"/></clipPath></defs>\n"
		       "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>\n"
		       "<g clip-path=\"url(#mapclip)\">\n"
		       "<rect class=\"sea\" width=\"%d\" height=\"%d\"/>\n",
		       m.w, m.h, m.w, m.h + LEGEND_H, m.w, m.h);
	outlines = draw_outlines(&m);
	if (outlines < 0) {
		rc = outlines;
		goto out;
	}
	draw_graticule(&m);
	rc = draw_events(&m, in->ev, in->count, &drawn, &groups);
	if (rc)
		goto out;
	draw_cities(&m, in->ev, in->count);
	if (in->o && in->o->title) {
		SR_JW_LIT(&m.jw, "<text class=\"ttl cl\" x=\"14\" y=\"26\">");
		sr__xml_cstr(&m.jw, in->o->title);
		SR_JW_LIT(&m.jw, "</text>\n");
	}
	scale_bar(&m);
	sr__buf_printf(b,
		       "</g>\n<rect width=\"%d\" height=\"%d\" "
		       "fill=\"none\" stroke=\"#8a8a8a\"/>\n",
		       m.w, m.h);
	legend(&m, in, groups, drawn, outside, unlocated, outlines > 0);
	SR_JW_LIT(&m.jw, "</svg>\n");
	rc = m.jw.rc;
out:
	if (rc && d && !d->msg[0])
		sr_diag_set(d, rc, "", 0, "map: %s", sr_strerror(rc));
	return rc;
}

int sr_map_write_svg(struct sr_db *db, const struct sr_query *q,
		     const struct sr_map_opts *o, FILE *fp, struct sr_diag *d)
{
	struct sr_rep_set set;
	struct sr_map_in in;
	struct sr_buf b;
	int rc;

	if (!db || !q || !fp)
		return SR_EUSAGE;
	memset(&set, 0, sizeof(set));
	sr__buf_init(&b, 0);
	rc = sr__rep_collect(&set, db, q, d);
	if (rc)
		goto out;
	memset(&in, 0, sizeof(in));
	in.ev = set.ev;
	in.count = set.count;
	in.from = q->from;
	in.to = q->to;
	in.o = o;
	rc = sr__map_svg(&b, &in, d);
	if (rc)
		goto out;
	if (fwrite(b.data, 1, b.len, fp) != b.len || fflush(fp) != 0)
		rc = sr_diag_set(d, SR_EIO, "", 0, "map: write failed");
out:
	sr__buf_clear(&b);
	sr__rep_clear(&set);
	return rc;
}
