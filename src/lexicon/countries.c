/*
 * countries.c - the country table compiled in from data/countries.tsv.
 *
 * Exports sr__country_by_iso2/_iso3/_name and sr__countries.  The table is
 * parsed once (pthread_once) into static storage and never changes; the
 * strings point into one NUL-separated copy of the file made at that time.
 * Rows with too few columns or a bad ISO code are skipped (the file is
 * ours and tested).  Name lookup is case-insensitive and ignores marks,
 * apostrophes and hyphens (it compares sr__fold keys).
 *
 * Does not know about the gazetteer; the gazetteer builder reads this table.
 */
#include "countries.h"
#include "gazetteer.h"
#include "../core/once.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_COUNTRIES 320
#define STRINGS_CAP   (96 * 1024)

static struct sr_country table[MAX_COUNTRIES];
static size_t table_count;
/* The copy all table strings point into: static, so loading cannot fail
 * for lack of memory and never has to be retried. */
static char strings[STRINGS_CAP];
static size_t strings_len;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static char *copy_field(const char *s, size_t n)
{
	char *r = strings + strings_len;

	memcpy(r, s, n);
	r[n] = '\0';
	strings_len += n + 1;
	return r;
}

static void load(void)
{
	size_t len = 0, n;
	const char *data = sr__data("countries.tsv", &len);
	struct sr_tsv t;
	size_t need, k;

	if (!data)
		return;
	memset(&t, 0, sizeof(t));
	t.data = data;
	t.len = len;
	while (sr__tsv_next(&t) && table_count < MAX_COUNTRIES) {
		struct sr_country *c = &table[table_count];
		char num[16];

		if (t.nfields < 7 || t.flen[0] != 2 || t.flen[1] != 3)
			continue;
		for (k = 0, need = 0; k < t.nfields && k < 9; k++)
			need += t.flen[k] + 1;
		if (strings_len + need > STRINGS_CAP)
			break;
		c->iso2 = copy_field(t.field[0], t.flen[0]);
		c->iso3 = copy_field(t.field[1], t.flen[1]);
		n = SR_MIN(t.flen[2], sizeof(num) - 1);
		memcpy(num, t.field[2], n);
		num[n] = '\0';
		c->isonum = atoi(num);
		c->name = copy_field(t.field[3], t.flen[3]);
		c->region = copy_field(t.field[4], t.flen[4]);
		n = SR_MIN(t.flen[5], sizeof(num) - 1);
		memcpy(num, t.field[5], n);
		num[n] = '\0';
		c->lat = strtod(num, NULL);
		n = SR_MIN(t.flen[6], sizeof(num) - 1);
		memcpy(num, t.field[6], n);
		num[n] = '\0';
		c->lon = strtod(num, NULL);
		c->aliases =
		    t.nfields > 7 ? copy_field(t.field[7], t.flen[7]) : "";
		c->demonyms =
		    t.nfields > 8 ? copy_field(t.field[8], t.flen[8]) : "";
		table_count++;
	}
}

const struct sr_country *sr__countries(size_t *count)
{
	pthread_once(&once, load);
	if (count)
		*count = table_count;
	return table;
}

/* Codes are looked up on hot paths (every actor, every event written), so
 * they go through a small direct-mapped table of the code's letters. */
#define CODE_SLOTS 4096

static uint16_t code_slot[2][CODE_SLOTS]; /* index + 1 into the table */
/* Each code's letters as fold_code packs them: a probe compares one
 * number instead of two strings. */
static uint64_t code_key[2][MAX_COUNTRIES];
static struct sr_once code_once = SR_ONCE_INIT;

/* The bytes of s folded as strcasecmp does in the C locale (the program
 * sets no other: ASCII capitals only), one per byte of the result, the
 * first highest, and its length in the top byte; *len gets the length.
 * Two codes of up to seven bytes are equal, case aside, when their keys
 * are (a longer one gets no key: 0).  *h gets code_hash(s, strlen(s)). */
static uint64_t fold_code(const char *s, size_t *len, unsigned *h)
{
	uint64_t k = 0;
	unsigned x = 0;
	size_t n;

	for (n = 0; s[n]; n++) {
		unsigned char c = (unsigned char)s[n];

		x = x * 31 + (unsigned)(c | 0x20);
		if ((unsigned)(c - 'A') < 26u)
			c |= 0x20;
		k = k << 8 | c;
	}
	*len = n;
	*h = x & (CODE_SLOTS - 1);
	return n <= 7 ? k | (uint64_t)n << 56 : 0;
}

static unsigned code_hash(const char *s, size_t n)
{
	unsigned h = 0;
	size_t i;

	for (i = 0; i < n; i++)
		h = h * 31 + (unsigned)((unsigned char)s[i] | 0x20);
	return h & (CODE_SLOTS - 1);
}

static void build_code_index(void)
{
	size_t i, n;
	const struct sr_country *c = sr__countries(&n);

	for (i = 0; i < n; i++) {
		unsigned h2 = code_hash(c[i].iso2, strlen(c[i].iso2));
		unsigned h3 = code_hash(c[i].iso3, strlen(c[i].iso3));
		unsigned hh;
		size_t len;

		code_key[0][i] = fold_code(c[i].iso2, &len, &hh);
		code_key[1][i] = fold_code(c[i].iso3, &len, &hh);

		while (code_slot[0][h2])
			h2 = (h2 + 1) & (CODE_SLOTS - 1);
		code_slot[0][h2] = (uint16_t)(i + 1);
		while (code_slot[1][h3])
			h3 = (h3 + 1) & (CODE_SLOTS - 1);
		code_slot[1][h3] = (uint16_t)(i + 1);
	}
}

static const struct sr_country *by_code(const char *code, int which)
{
	unsigned h;
	size_t len;
	uint64_t key;

	if (!code)
		return NULL;
	/* (the index is built from the loaded table: once it is there,
	 * so is the table) */
	sr__once(&code_once, build_code_index);
	key = fold_code(code, &len, &h);
	for (; code_slot[which][h]; h = (h + 1) & (CODE_SLOTS - 1)) {
		size_t i = code_slot[which][h] - 1;
		const struct sr_country *k = &table[i];

		if (key ? code_key[which][i] == key
			: sr__ascii_caseeq(which ? k->iso3 : k->iso2, code))
			return k;
	}
	return NULL;
}

const struct sr_country *sr__country_by_iso2(const char *iso2)
{
	return by_code(iso2, 0);
}

const struct sr_country *sr__country_by_iso3(const char *iso3)
{
	return by_code(iso3, 1);
}

/* 1 if one of the comma-separated names in list folds to key. */
static int list_has(const char *list, const char *key, size_t key_len)
{
	char buf[SR_MAX_NAME_LEN + 1];

	while (*list) {
		const char *end = strchr(list, ',');
		size_t n = end ? (size_t)(end - list) : strlen(list);

		if (sr__fold(list, n, buf, sizeof(buf)) == key_len &&
		    memcmp(buf, key, key_len) == 0)
			return 1;
		list += n;
		if (*list == ',')
			list++;
	}
	return 0;
}

const struct sr_country *sr__country_by_name(const char *name, size_t len)
{
	size_t i, n, klen;
	const struct sr_country *c = sr__countries(&n);
	char key[SR_MAX_NAME_LEN + 1];

	if (!name)
		return NULL;
	klen = sr__fold(name, len, key, sizeof(key));
	if (klen == 0)
		return NULL;
	for (i = 0; i < n; i++) {
		char buf[SR_MAX_NAME_LEN + 1];

		if (sr__fold(c[i].name, strlen(c[i].name), buf, sizeof(buf)) ==
			klen &&
		    memcmp(buf, key, klen) == 0)
			return &c[i];
	}
	for (i = 0; i < n; i++)
		if (list_has(c[i].aliases, key, klen))
			return &c[i];
	return NULL;
}
