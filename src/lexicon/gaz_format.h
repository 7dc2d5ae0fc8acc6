/*
 * gaz_format.h - the on-disk layout of a compiled gazetteer, shared by the
 * builder (gaz_build.c) and the reader (gaz.c).  Private to src/lexicon.
 *
 * File = header | places[place_count] | slots[slot_count] |
 *        lists[list_count] (uint32 place indices) | strings (NUL-terminated,
 *        strings_len bytes, last byte NUL).
 * All integers native-endian (the header's endian field says which); all
 * sections 8-byte aligned.  Offsets of strings are byte offsets into the
 * strings section; offset 0 is always "".
 *
 * The index is an open-addressing hash table (linear probing, slot_count a
 * power of two, at most half full) from sr__hash64(key) to a run of place
 * indices in lists.  A slot with count 0 is empty.  Keys are sr__fold keys,
 * plus three kinds of internal keys that fold can never produce:
 * "\x01" CC "." ADMIN1CODE -> the admin-1 place, "\x02" CC -> the country,
 * "\x03" SKELETON -> the places with a name of that sr__skeleton (only
 * skeletons of 4 bytes or more; files built before skeletons simply have
 * none and lookups by skeleton find nothing), "\x04" CC -> the country's
 * national capital (its PPLC places; none in older files).
 *
 * sr_gaz_rec.pad[0] is the place's precision hint: 0 none, else the
 * geo_precision an event at that place gets (a power plant named by a
 * place alias is "near" its town: 2).  sr_gaz_rec.pad[1] is the number
 * of distinct name keys of the place (capped at 255): how widely known it
 * is, for ranking places without a population.
 */
#ifndef SR_LEXICON_GAZ_FORMAT_H
#define SR_LEXICON_GAZ_FORMAT_H

#include <stdint.h>

#define SR_GAZ_MAGIC	    "SRGAZ\r\n\032"
#define SR_GAZ_VERSION	    1u
#define SR_GAZ_ENDIAN	    0x01020304u
#define SR_GAZ_KEY_ADMIN1   '\x01'
#define SR_GAZ_KEY_COUNTRY  '\x02'
#define SR_GAZ_KEY_SKELETON '\x03'
#define SR_GAZ_KEY_CAPITAL  '\x04'
#define SR_GAZ_SKELETON_MIN 4 /* shortest skeleton indexed, bytes */

struct sr_gaz_header {
	char magic[8];
	uint32_t version;
	uint32_t endian;
	uint64_t file_size; /* bytes */
	uint32_t place_count;
	uint32_t key_count;  /* distinct keys in the index */
	uint32_t slot_count; /* power of two */
	uint32_t place_size; /* sizeof(struct sr_gaz_rec) */
	uint64_t places_off; /* byte offsets from the start of the file */
	uint64_t slots_off;
	uint64_t lists_off;
	uint64_t list_count; /* uint32 entries */
	uint64_t strings_off;
	uint64_t strings_len; /* bytes */
};

struct sr_gaz_rec {
	int64_t id;
	double lat, lon; /* degrees */
	uint64_t population;
	uint32_t name; /* string offsets */
	uint32_t cc;
	uint32_t iso3;
	uint32_t country;
	uint32_t admin1_code;
	uint32_t admin1;
	uint32_t fcode;
	char fclass;
	uint8_t level;
	uint8_t pad[2];
};

struct sr_gaz_slot {
	uint32_t hash;	/* low 32 bits of sr__hash64(key) */
	uint32_t key;	/* string offset of the key */
	uint32_t list;	/* first entry in lists */
	uint32_t count; /* entries; 0 = empty slot */
};

#endif
