/*
 * geo_outline.c - outline layers for the maps: decodes TopoJSON (Natural
 * Earth countries from the world-atlas package) and GeoJSON (Ukraine's
 * oblasts from amcharts4-geodata) into rings of lon/lat points.
 *
 * TopoJSON: "arcs" is a list of arcs, each a list of positions; with a
 * "transform" the positions are quantized and delta-encoded (each position
 * is the difference from the previous one; the real coordinate is
 * sum * scale + translate).  A polygon is a list of rings, each a list of
 * arc indices; index ~i (i.e. -i - 1) means arc i walked backwards.
 * Consecutive arcs share their end points, so every arc after the first of
 * a ring drops its first position.
 *
 * Exports: sr__geo_layer_clear, sr__geo_topojson, sr__geo_geojson,
 * sr__geo_load.
 *
 * Invariants: L->ring has ring_count + 1 entries (a sentinel) whenever
 * ring_count > 0; every feature's bbox covers its points; bad input gives
 * SR_EINPUT and leaves L as it was before the call's features (possibly
 * with some rings of the failed feature, which no feature refers to).
 *
 * Not here: projection, clipping, simplification (map_svg.c), Point and
 * LineString geometries (ignored).
 */
#include "report.h"

#include <jansson.h>
#include <math.h>
#include <string.h>

#define GEO_MAX_FILE (64u * 1024 * 1024)

void sr__geo_layer_clear(struct sr_geo_layer *L)
{
	if (!L)
		return;
	sr_free(L->pt);
	sr_free(L->ring);
	sr_free(L->feat);
	memset(L, 0, sizeof(*L));
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t n = *cap ? *cap : 64;
	void *q;

	if (need <= *cap)
		return SR_OK;
	while (n < need)
		n *= 2;
	q = sr_realloc(*p, n * size);
	if (!q)
		return SR_ENOMEM;
	*p = q;
	*cap = n;
	return SR_OK;
}

static int add_pt(struct sr_geo_layer *L, double lon, double lat)
{
	if (grow((void **)&L->pt, &L->pt_cap, L->pt_count + 1, sizeof(*L->pt)))
		return SR_ENOMEM;
	L->pt[L->pt_count].lon = lon;
	L->pt[L->pt_count].lat = lat;
	L->pt_count++;
	return SR_OK;
}

/* Start a ring at the current point count. */
static int begin_ring(struct sr_geo_layer *L)
{
	if (grow((void **)&L->ring, &L->ring_cap, L->ring_count + 2,
		 sizeof(*L->ring)))
		return SR_ENOMEM;
	L->ring[L->ring_count] = (uint32_t)L->pt_count;
	return SR_OK;
}

/* Close the ring begun last; rings of fewer than 3 points are dropped. */
static void end_ring(struct sr_geo_layer *L)
{
	if (L->pt_count - L->ring[L->ring_count] < 3) {
		L->pt_count = L->ring[L->ring_count];
		return;
	}
	L->ring_count++;
	L->ring[L->ring_count] = (uint32_t)L->pt_count;
}

static struct sr_geo_feature *begin_feature(struct sr_geo_layer *L, json_t *id,
					    json_t *props)
{
	struct sr_geo_feature *f;
	json_t *name = json_object_get(props, "name");

	if (grow((void **)&L->feat, &L->feat_cap, L->feat_count + 1,
		 sizeof(*L->feat)))
		return NULL;
	f = &L->feat[L->feat_count];
	memset(f, 0, sizeof(*f));
	if (!id)
		id = json_object_get(props, "id");
	if (json_is_string(id))
		snprintf(f->id, sizeof(f->id), "%s", json_string_value(id));
	else if (json_is_integer(id))
		snprintf(f->id, sizeof(f->id), "%lld",
			 (long long)json_integer_value(id));
	if (json_is_string(name))
		snprintf(f->name, sizeof(f->name), "%s",
			 json_string_value(name));
	f->ring0 = (uint32_t)L->ring_count;
	return f;
}

/* Finish f: ring count and bbox; features without rings are dropped. */
static void end_feature(struct sr_geo_layer *L, struct sr_geo_feature *f)
{
	size_t i;

	f->ring_count = (uint32_t)(L->ring_count - f->ring0);
	if (!f->ring_count)
		return;
	f->bbox[0] = f->bbox[1] = HUGE_VAL;
	f->bbox[2] = f->bbox[3] = -HUGE_VAL;
	for (i = L->ring[f->ring0]; i < L->ring[L->ring_count]; i++) {
		f->bbox[0] = fmin(f->bbox[0], L->pt[i].lon);
		f->bbox[1] = fmin(f->bbox[1], L->pt[i].lat);
		f->bbox[2] = fmax(f->bbox[2], L->pt[i].lon);
		f->bbox[3] = fmax(f->bbox[3], L->pt[i].lat);
	}
	L->feat_count++;
}

static int pos_ok(json_t *p, double *x, double *y)
{
	json_t *a = json_array_get(p, 0), *b = json_array_get(p, 1);

	if (!json_is_number(a) || !json_is_number(b))
		return 0;
	*x = json_number_value(a);
	*y = json_number_value(b);
	return isfinite(*x) && isfinite(*y);
}

/* ---- TopoJSON ---- */

struct topo {
	struct sr_geo_pt *apt; /* decoded arc points */
	size_t apt_count, apt_cap;
	uint32_t *arc; /* arc i is apt[arc[i] .. arc[i + 1]) */
	size_t arc_count;
};

static int decode_arcs(struct topo *t, json_t *arcs, json_t *transform,
		       struct sr_diag *d)
{
	double sx = 1, sy = 1, tx = 0, ty = 0, x, y, ax, ay;
	size_t i, j, n = json_array_size(arcs);
	bool quant = false;

	if (json_is_object(transform)) {
		if (!pos_ok(json_object_get(transform, "scale"), &sx, &sy) ||
		    !pos_ok(json_object_get(transform, "translate"), &tx, &ty))
			return sr_diag_set(d, SR_EINPUT, "", 0,
					   "TopoJSON: bad transform");
		quant = true;
	}
	t->arc = sr_calloc(n + 1, sizeof(*t->arc));
	if (!t->arc)
		return SR_ENOMEM;
	t->arc_count = n;
	for (i = 0; i < n; i++) {
		json_t *arc = json_array_get(arcs, i);

		t->arc[i] = (uint32_t)t->apt_count;
		ax = ay = 0;
		if (!json_is_array(arc))
			return sr_diag_set(d, SR_EINPUT, "", 0,
					   "TopoJSON: arc %zu is not a list",
					   i);
		for (j = 0; j < json_array_size(arc); j++) {
			if (!pos_ok(json_array_get(arc, j), &x, &y))
				return sr_diag_set(d, SR_EINPUT, "", 0,
						   "TopoJSON: bad position in "
						   "arc %zu",
						   i);
			if (quant) {
				ax += x;
				ay += y;
				x = ax * sx + tx;
				y = ay * sy + ty;
			}
			if (grow((void **)&t->apt, &t->apt_cap,
				 t->apt_count + 1, sizeof(*t->apt)))
				return SR_ENOMEM;
			t->apt[t->apt_count].lon = x;
			t->apt[t->apt_count].lat = y;
			t->apt_count++;
		}
	}
	t->arc[n] = (uint32_t)t->apt_count;
	return SR_OK;
}

/* One ring: a list of arc indices. */
static int topo_ring(struct sr_geo_layer *L, const struct topo *t, json_t *ring,
		     struct sr_diag *d)
{
	size_t i, k, a, first, last;
	json_int_t idx;
	int rc;

	if (!json_is_array(ring))
		return sr_diag_set(d, SR_EINPUT, "", 0,
				   "TopoJSON: a ring is not a list of arcs");
	if ((rc = begin_ring(L)))
		return rc;
	for (i = 0; i < json_array_size(ring); i++) {
		json_t *v = json_array_get(ring, i);

		if (!json_is_integer(v))
			return sr_diag_set(d, SR_EINPUT, "", 0,
					   "TopoJSON: arc index is not an "
					   "integer");
		idx = json_integer_value(v);
		a = idx < 0 ? (size_t)(~idx) : (size_t)idx;
		if (a >= t->arc_count)
			return sr_diag_set(d, SR_EINPUT, "", 0,
					   "TopoJSON: arc index %lld out of "
					   "range",
					   (long long)idx);
		first = t->arc[a];
		last = t->arc[a + 1];
		for (k = 0; k < last - first; k++) {
			const struct sr_geo_pt *p = idx < 0
							? &t->apt[last - 1 - k]
							: &t->apt[first + k];

			if (k == 0 && i > 0)
				continue;
			if ((rc = add_pt(L, p->lon, p->lat)))
				return rc;
		}
	}
	end_ring(L);
	return SR_OK;
}

static int topo_polygon(struct sr_geo_layer *L, const struct topo *t,
			json_t *rings, struct sr_diag *d)
{
	size_t i;
	int rc;

	if (!json_is_array(rings))
		return sr_diag_set(d, SR_EINPUT, "", 0,
				   "TopoJSON: polygon arcs are not a list");
	for (i = 0; i < json_array_size(rings); i++)
		if ((rc = topo_ring(L, t, json_array_get(rings, i), d)))
			return rc;
	return SR_OK;
}

int sr__geo_topojson(struct sr_geo_layer *L, const char *json, size_t len,
		     const char *object, struct sr_diag *d)
{
	struct topo t;
	json_error_t err;
	json_t *root, *obj, *geoms;
	size_t i, j;
	int rc = SR_OK;

	memset(&t, 0, sizeof(t));
	root = json_loadb(json, len, 0, &err);
	if (!root)
		return sr_diag_set(d, SR_EINPUT, "", (uint32_t)err.line,
				   "TopoJSON: %s", err.text);
	obj = json_object_get(json_object_get(root, "objects"), object);
	geoms = json_object_get(obj, "geometries");
	if (!json_is_array(geoms) ||
	    !json_is_array(json_object_get(root, "arcs"))) {
		rc = sr_diag_set(d, SR_EINPUT, "", 0,
				 "TopoJSON: no object '%s' with geometries",
				 object);
		goto out;
	}
	rc = decode_arcs(&t, json_object_get(root, "arcs"),
			 json_object_get(root, "transform"), d);
	for (i = 0; !rc && i < json_array_size(geoms); i++) {
		json_t *g = json_array_get(geoms, i);
		const char *type =
		    json_string_value(json_object_get(g, "type"));
		json_t *arcs = json_object_get(g, "arcs");
		struct sr_geo_feature *f;

		if (!type)
			continue;
		f = begin_feature(L, json_object_get(g, "id"),
				  json_object_get(g, "properties"));
		if (!f) {
			rc = SR_ENOMEM;
			break;
		}
		if (strcmp(type, "Polygon") == 0) {
			rc = topo_polygon(L, &t, arcs, d);
		} else if (strcmp(type, "MultiPolygon") == 0) {
			for (j = 0; !rc && j < json_array_size(arcs); j++)
				rc = topo_polygon(L, &t,
						  json_array_get(arcs, j), d);
		}
		if (!rc)
			end_feature(L, f);
	}
out:
	sr_free(t.apt);
	sr_free(t.arc);
	json_decref(root);
	return rc;
}

/* ---- GeoJSON ---- */

static int geojson_polygon(struct sr_geo_layer *L, json_t *rings,
			   struct sr_diag *d)
{
	size_t i, j;
	double x, y;
	int rc;

	if (!json_is_array(rings))
		return sr_diag_set(d, SR_EINPUT, "", 0,
				   "GeoJSON: polygon is not a list of rings");
	for (i = 0; i < json_array_size(rings); i++) {
		json_t *ring = json_array_get(rings, i);

		if ((rc = begin_ring(L)))
			return rc;
		for (j = 0; j < json_array_size(ring); j++) {
			if (!pos_ok(json_array_get(ring, j), &x, &y))
				return sr_diag_set(d, SR_EINPUT, "", 0,
						   "GeoJSON: bad position");
			if ((rc = add_pt(L, x, y)))
				return rc;
		}
		end_ring(L);
	}
	return SR_OK;
}

int sr__geo_geojson(struct sr_geo_layer *L, const char *json, size_t len,
		    struct sr_diag *d)
{
	json_error_t err;
	json_t *root, *feats;
	size_t i, j;
	int rc = SR_OK;

	root = json_loadb(json, len, 0, &err);
	if (!root)
		return sr_diag_set(d, SR_EINPUT, "", (uint32_t)err.line,
				   "GeoJSON: %s", err.text);
	feats = json_object_get(root, "features");
	if (!json_is_array(feats)) {
		rc = sr_diag_set(d, SR_EINPUT, "", 0,
				 "GeoJSON: not a FeatureCollection");
		goto out;
	}
	for (i = 0; !rc && i < json_array_size(feats); i++) {
		json_t *ft = json_array_get(feats, i);
		json_t *g = json_object_get(ft, "geometry");
		const char *type =
		    json_string_value(json_object_get(g, "type"));
		json_t *c = json_object_get(g, "coordinates");
		struct sr_geo_feature *f;

		if (!type)
			continue;
		f = begin_feature(L, json_object_get(ft, "id"),
				  json_object_get(ft, "properties"));
		if (!f) {
			rc = SR_ENOMEM;
			break;
		}
		if (strcmp(type, "Polygon") == 0) {
			rc = geojson_polygon(L, c, d);
		} else if (strcmp(type, "MultiPolygon") == 0) {
			for (j = 0; !rc && j < json_array_size(c); j++)
				rc =
				    geojson_polygon(L, json_array_get(c, j), d);
		}
		if (!rc)
			end_feature(L, f);
	}
out:
	json_decref(root);
	return rc;
}

int sr__geo_load(struct sr_geo_layer *L, const char *path, const char *object,
		 struct sr_diag *d)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	rc = sr__read_file(path, GEO_MAX_FILE, &data, &len, d);
	if (rc)
		return rc;
	if (object)
		rc = sr__geo_topojson(L, data, len, object, d);
	else
		rc = sr__geo_geojson(L, data, len, d);
	if (rc && d && d->file[0] == '\0')
		snprintf(d->file, sizeof(d->file), "%s", path);
	sr_free(data);
	return rc;
}
