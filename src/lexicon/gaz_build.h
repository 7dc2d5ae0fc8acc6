/*
 * gaz_build.h - private state of a gazetteer build, shared by gaz_build.c
 * (sources and rows), gaz_admin1.c (admin-1 regions, countries) and
 * gaz_write.c (the index and the file).  Not used outside src/lexicon.
 *
 * Places and names live in growable arrays; all their strings in one
 * arena freed at the end of the build.
 */
#ifndef SR_LEXICON_GAZ_BUILD_H
#define SR_LEXICON_GAZ_BUILD_H

#include "countries.h"
#include "gaz_format.h"
#include "gazetteer.h"

#define NONE UINT32_MAX

/* ---- small u64 -> u32 hash map (open addressing) ---- */

struct u64map {
	uint64_t *keys;
	uint32_t *vals; /* NONE = empty */
	size_t cap, count;
};

/* ---- build state ---- */

struct bplace {
	int64_t id;
	double lat, lon;
	uint64_t pop;
	const char *name;   /* arena */
	const char *key;    /* folded name, arena */
	const char *a1code; /* arena, "" when none */
	char cc[3];
	char fcode[11];
	char fclass;
	uint8_t level;
	uint8_t precision; /* precision hint (gaz_format.h), 0 none */
	bool has_point;
	uint32_t next_same; /* chain of places in the same dups bucket */
};

struct bname {
	uint64_t h;
	const char *key; /* arena */
	uint32_t len;
	uint32_t place;
};

struct bstate { /* one state.json entry */
	const char *name;
	char cc[3];
	double lat, lon;
};

struct group { /* the places of one (country, admin1 code) */
	char cc[3];
	const char *code;
	double slat, slon;
	uint32_t n;
	uint32_t seat; /* PPLA (else PPLC) place, NONE */
	int seat_rank;
	uint64_t pop;
	bool seat_used;
};

struct build {
	const struct sr_gazetteer_build_opts *o;
	struct sr_gazetteer_build_stats st;
	struct sr_arena arena;
	struct bplace *p;
	size_t np, pcap;
	struct bname *nm;
	size_t nn, ncap;
	struct bstate *states;
	size_t nstates, scap;
	struct u64map ids, dups, admin1, country;
	bool have_admin1_file;
};

struct mapped { /* a read-only mapped source file */
	const char *data;
	size_t len;
};

/* Map: NONE when k is absent; put overwrites. */
uint32_t sr__gazb_map_get(const struct u64map *m, uint64_t k);
int sr__gazb_map_put(struct u64map *m, uint64_t k, uint32_t v);
void sr__gazb_map_clear(struct u64map *m);

/* Hash of tag, cc, ".", code: keys of the admin1 and country maps. */
uint64_t sr__gazb_hash_cc(char tag, const char *cc, const char *code);
/* Count a bad row and report it through the build's on_bad_row. */
void sr__gazb_bad_row(struct build *b, const char *file, uint32_t line,
		      const char *msg, const char *detail);
/* 1 when key (UTF-8) is Latin script only. */
int sr__gazb_is_latin(const char *key, size_t len);
/* Index key[0..len) (already folded) for place. */
int sr__gazb_add_key(struct build *b, uint32_t place, const char *key,
		     size_t len);
/* Fold name and index it for place when its key is Latin script. */
int sr__gazb_add_name(struct build *b, uint32_t place, const char *name,
		      size_t len);
/* Append a zeroed place (strings ""), its index in *out. */
int sr__gazb_new_place(struct build *b, uint32_t *out);

int sr__gazb_map_file(const char *path, struct mapped *m, struct sr_diag *d);
void sr__gazb_unmap_file(struct mapped *m);
int sr__gazb_each_line(struct build *b, const char *path,
		       const struct mapped *m,
		       int (*fn)(struct build *, const char *, uint32_t,
				 const char *, size_t));

/* gaz_admin1.c */
int sr__gazb_admin1_line(struct build *b, const char *path, uint32_t lineno,
			 const char *s, size_t n);
int sr__gazb_read_states(struct build *b, const char *path,
			 const struct mapped *m, struct sr_diag *d);
/* After all sources: admin-1 points, aliases, state.json matching. */
int sr__gazb_finish_admin1(struct build *b);
/* Country places from data/countries.tsv. */
int sr__gazb_add_countries(struct build *b);

/* gaz_alias.c: data/place_aliases.tsv, after the admin-1 regions. */
int sr__gazb_add_aliases(struct build *b);

/* gaz_write.c: index and write the file (OUT.tmp.PID, renamed). */
int sr__gazb_write(struct build *b, const char *path, struct sr_diag *d);

#endif
