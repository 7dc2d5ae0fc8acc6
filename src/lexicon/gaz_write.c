/*
 * gaz_write.c - the last step of a gazetteer build: resolve each place's
 * admin-1 and country names, build the hash index from name keys to
 * places, and write the file laid out as gaz_format.h says.
 *
 * Exports sr__gazb_write (to gaz_build.c).  Display strings (names, codes)
 * are stored once each; keys are stored once per distinct key.  The index
 * is at most half full.  The file is written to PATH.tmp.PID and renamed
 * over PATH.  Does not change the places.
 */
#include "gaz_build.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct spool {
	char *data;
	size_t len, cap;
	struct u64map intern; /* hash -> offset of a stored string */
};

static int pool_put(struct spool *sp, const char *s, size_t n, bool intern,
		    uint32_t *off)
{
	uint64_t h = 0;
	uint32_t o;

	if (n == 0) {
		*off = 0;
		return 0;
	}
	if (intern) {
		h = sr__hash64(s, n);
		o = sr__gazb_map_get(&sp->intern, h);
		if (o != NONE && strncmp(sp->data + o, s, n) == 0 &&
		    sp->data[o + n] == '\0') {
			*off = o;
			return 0;
		}
	}
	if (sp->len + n + 1 > UINT32_MAX - 8)
		return SR_ETOOBIG;
	if (sp->len + n + 1 > sp->cap) {
		size_t cap = sp->cap ? sp->cap * 2 : 1 << 20;
		char *v;

		while (cap < sp->len + n + 1)
			cap *= 2;
		v = sr_realloc(sp->data, cap);
		if (!v)
			return SR_ENOMEM;
		sp->data = v;
		sp->cap = cap;
	}
	memcpy(sp->data + sp->len, s, n);
	sp->data[sp->len + n] = '\0';
	*off = (uint32_t)sp->len;
	sp->len += n + 1;
	if (intern && sr__gazb_map_get(&sp->intern, h) == NONE)
		return sr__gazb_map_put(&sp->intern, h, *off);
	return 0;
}

static int pool_str(struct spool *sp, const char *s, uint32_t *off)
{
	return pool_put(sp, s, strlen(s), true, off);
}

static int cmp_name(const void *a, const void *b)
{
	const struct bname *x = a, *y = b;
	int c;

	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->place < y->place ? -1 : (x->place > y->place);
}

/* The internal keys: "\x01CC.CODE" for admin-1, "\x02CC" for countries,
 * "\x04CC" for national capitals. */
static int add_internal_keys(struct build *b)
{
	size_t i;
	char key[40];
	int n, rc;

	for (i = 0; i < b->np; i++) {
		const struct bplace *p = &b->p[i];

		if (p->level == SR_PLACE_ADMIN1)
			n = snprintf(key, sizeof(key), "%c%s.%s",
				     SR_GAZ_KEY_ADMIN1, p->cc, p->a1code);
		else if (p->level == SR_PLACE_COUNTRY)
			n = snprintf(key, sizeof(key), "%c%s",
				     SR_GAZ_KEY_COUNTRY, p->cc);
		else if (p->level == SR_PLACE_LOCALITY &&
			 strcmp(p->fcode, "PPLC") == 0 && p->cc[0])
			n = snprintf(key, sizeof(key), "%c%s",
				     SR_GAZ_KEY_CAPITAL, p->cc);
		else
			continue;
		if (n <= 0 || (size_t)n >= sizeof(key))
			continue;
		if ((rc = sr__gazb_add_key(b, (uint32_t)i, key, (size_t)n)))
			return rc;
	}
	return 0;
}

/* For each name key, "\x03" + its skeleton (when long enough). */
static int add_skeleton_keys(struct build *b)
{
	size_t i, n = b->nn, k;
	char key[SR_MAX_NAME_LEN + 2];
	int rc;

	for (i = 0; i < n; i++) {
		const struct bname *nm = &b->nm[i];

		if (nm->key[0] == SR_GAZ_KEY_ADMIN1 ||
		    nm->key[0] == SR_GAZ_KEY_COUNTRY ||
		    nm->key[0] == SR_GAZ_KEY_CAPITAL ||
		    nm->key[0] == SR_GAZ_KEY_SKELETON)
			continue;
		key[0] = SR_GAZ_KEY_SKELETON;
		k = sr__skeleton(nm->key, nm->len, key + 1, sizeof(key) - 1);
		if (k < SR_GAZ_SKELETON_MIN)
			continue;
		if ((rc = sr__gazb_add_key(b, nm->place, key, k + 1)))
			return rc;
	}
	return 0;
}

static int fill_rec(struct build *b, struct spool *sp, size_t i,
		    struct sr_gaz_rec *r)
{
	const struct bplace *p = &b->p[i];
	const struct sr_country *c =
	    p->cc[0] ? sr__country_by_iso2(p->cc) : NULL;
	const char *admin1 = "", *country = c ? c->name : "";
	uint32_t k;
	int rc;

	memset(r, 0, sizeof(*r));
	r->id = p->id;
	r->lat = p->lat;
	r->lon = p->lon;
	r->population = p->pop;
	r->fclass = p->fclass;
	r->level = p->level;
	r->pad[0] = p->precision;
	if (p->level == SR_PLACE_ADMIN1) {
		admin1 = p->name;
	} else if (p->level == SR_PLACE_LOCALITY && p->a1code[0]) {
		k = sr__gazb_map_get(
		    &b->admin1,
		    sr__gazb_hash_cc(SR_GAZ_KEY_ADMIN1, p->cc, p->a1code));
		if (k != NONE)
			admin1 = b->p[k].name;
	}
	if (p->level == SR_PLACE_COUNTRY) {
		country = p->name;
	} else if (!c && p->cc[0]) {
		k = sr__gazb_map_get(
		    &b->country,
		    sr__gazb_hash_cc(SR_GAZ_KEY_COUNTRY, p->cc, ""));
		if (k != NONE)
			country = b->p[k].name;
	}
	if ((rc = pool_str(sp, p->name, &r->name)) ||
	    (rc = pool_str(sp, p->cc, &r->cc)) ||
	    (rc = pool_str(sp, c ? c->iso3 : "", &r->iso3)) ||
	    (rc = pool_str(sp, country, &r->country)) ||
	    (rc = pool_str(sp, p->a1code, &r->admin1_code)) ||
	    (rc = pool_str(sp, admin1, &r->admin1)) ||
	    (rc = pool_str(sp, p->fcode, &r->fcode)))
		return rc;
	return 0;
}

static int write_all(FILE *fp, const void *p, size_t n, uint64_t *pos)
{
	static const char zero[8];
	size_t pad = (size_t)((8 - (*pos + n) % 8) % 8);

	if (n && fwrite(p, 1, n, fp) != n)
		return SR_EIO;
	if (pad && fwrite(zero, 1, pad, fp) != pad)
		return SR_EIO;
	*pos += n + pad;
	return 0;
}

static uint64_t align8(uint64_t n)
{
	return (n + 7) & ~(uint64_t)7;
}

int sr__gazb_write(struct build *b, const char *path, struct sr_diag *d)
{
	struct spool sp = { 0 };
	struct sr_gaz_rec *recs = NULL;
	struct sr_gaz_slot *slots = NULL;
	uint32_t *lists = NULL;
	struct sr_gaz_header h;
	size_t i, j, nkeys = 0, nlist = 0, nslots = 16;
	char tmp[SR_MAX_PATH_LEN + 32];
	FILE *fp = NULL;
	uint64_t pos = 0;
	int rc;

	tmp[0] = '\0';
	if ((rc = add_skeleton_keys(b)) || (rc = add_internal_keys(b)))
		goto out;
	qsort(b->nm, b->nn, sizeof(*b->nm), cmp_name);
	for (i = 0; i < b->nn; i++) {
		if (i && b->nm[i].h == b->nm[i - 1].h &&
		    strcmp(b->nm[i].key, b->nm[i - 1].key) == 0) {
			if (b->nm[i].place != b->nm[i - 1].place)
				nlist++;
			continue;
		}
		nkeys++;
		nlist++;
	}
	while (nslots < nkeys * 2)
		nslots *= 2;
	if (b->np > UINT32_MAX - 1 || nslots > UINT32_MAX ||
	    nlist > UINT32_MAX) {
		rc = SR_ETOOBIG;
		goto out;
	}
	recs = sr_calloc(b->np + 1, sizeof(*recs));
	slots = sr_calloc(nslots, sizeof(*slots));
	lists = sr_malloc((nlist + 1) * sizeof(*lists));
	if (!recs || !slots || !lists) {
		rc = SR_ENOMEM;
		goto out;
	}
	sp.data = sr_malloc(1 << 20);
	if (!sp.data) {
		rc = SR_ENOMEM;
		goto out;
	}
	sp.cap = 1 << 20;
	sp.data[0] = '\0';
	sp.len = 1; /* offset 0 is "" */
	for (i = 0; i < b->np; i++)
		if ((rc = fill_rec(b, &sp, i, &recs[i])))
			goto out;
	b->st.names = 0;
	nlist = 0;
	for (i = 0; i < b->nn; i = j) {
		struct sr_gaz_slot *s;
		size_t k, start = nlist;
		uint32_t koff;

		for (j = i; j < b->nn && b->nm[j].h == b->nm[i].h &&
			    strcmp(b->nm[j].key, b->nm[i].key) == 0;
		     j++) {
			if (j > i && b->nm[j].place == b->nm[j - 1].place)
				continue;
			lists[nlist++] = b->nm[j].place;
			if (b->nm[j].key[0] > SR_GAZ_KEY_SKELETON &&
			    recs[b->nm[j].place].pad[1] < 255)
				recs[b->nm[j].place].pad[1]++;
		}
		if (b->nm[i].key[0] != SR_GAZ_KEY_ADMIN1 &&
		    b->nm[i].key[0] != SR_GAZ_KEY_COUNTRY &&
		    b->nm[i].key[0] != SR_GAZ_KEY_SKELETON)
			b->st.names += nlist - start;
		if ((rc = pool_put(&sp, b->nm[i].key, b->nm[i].len, false,
				   &koff)))
			goto out;
		for (k = (size_t)b->nm[i].h & (nslots - 1); slots[k].count;
		     k = (k + 1) & (nslots - 1))
			;
		s = &slots[k];
		s->hash = (uint32_t)b->nm[i].h;
		s->key = koff;
		s->list = (uint32_t)start;
		s->count = (uint32_t)(nlist - start);
	}
	b->st.places = b->np;

	memset(&h, 0, sizeof(h));
	memcpy(h.magic, SR_GAZ_MAGIC, 8);
	h.version = SR_GAZ_VERSION;
	h.endian = SR_GAZ_ENDIAN;
	h.place_count = (uint32_t)b->np;
	h.key_count = (uint32_t)nkeys;
	h.slot_count = (uint32_t)nslots;
	h.place_size = sizeof(struct sr_gaz_rec);
	h.places_off = align8(sizeof(h));
	h.slots_off = align8(h.places_off + b->np * sizeof(*recs));
	h.lists_off = align8(h.slots_off + nslots * sizeof(*slots));
	h.list_count = nlist;
	h.strings_off = align8(h.lists_off + nlist * sizeof(*lists));
	h.strings_len = sp.len;
	h.file_size = align8(h.strings_off + sp.len);

	snprintf(tmp, sizeof(tmp), "%s.tmp.%ld", path, (long)getpid());
	fp = fopen(tmp, "wb");
	if (!fp) {
		rc = sr_diag_set(d, SR_EIO, path, 0, "cannot create: %s",
				 strerror(errno));
		goto out;
	}
	if ((rc = write_all(fp, &h, sizeof(h), &pos)) ||
	    (rc = write_all(fp, recs, b->np * sizeof(*recs), &pos)) ||
	    (rc = write_all(fp, slots, nslots * sizeof(*slots), &pos)) ||
	    (rc = write_all(fp, lists, nlist * sizeof(*lists), &pos)) ||
	    (rc = write_all(fp, sp.data, sp.len, &pos)))
		goto out;
	if (fclose(fp) != 0) {
		fp = NULL;
		rc = SR_EIO;
		goto out;
	}
	fp = NULL;
	if (pos != h.file_size || rename(tmp, path) != 0) {
		rc = sr_diag_set(d, SR_EIO, path, 0, "cannot write: %s",
				 strerror(errno));
		goto out;
	}
out:
	if (fp)
		fclose(fp);
	if (rc && tmp[0])
		unlink(tmp);
	sr_free(recs);
	sr_free(slots);
	sr_free(lists);
	sr_free(sp.data);
	sr__gazb_map_clear(&sp.intern);
	return rc;
}
