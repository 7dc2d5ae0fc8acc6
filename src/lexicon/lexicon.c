/*
 * lexicon.c - loads the compiled-in dictionaries (ontology, triggers,
 * weapons, cues, actors, countries) into entries and compiles every phrase
 * into one Aho-Corasick automaton (a dense DFA over a 42-symbol alphabet)
 * anchored at word starts, and scans folded article text with it: one pass, run
 * by four cursors over the quarters of a long text (sr__lex_scan), with the
 * matches of a single cursor in the same order.
 *
 * Exports sr__lex_* and sr__fold_* (lexicon.h).  Invariants: after
 * sr__lex_new nothing in struct sr_lex changes; strings of entries point
 * into the lexicon's arena or into static data.
 * Not here: deciding what a match means in context (src/extract/).
 */
#include "lexicon.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define NSYM 42
/* The symbols: 0 the bytes of no word but those below, 1-26 the
 * letters, then the other bytes of no word, a byte >= 0x80 (part of a
 * word, in no phrase) and last the digits, so that the 32 symbols of
 * words of letters and their ends lie in the first 64-byte half of a
 * row of delta16: a node's transitions in prose touch one cache line. */
#define SYM_SPACE  27
#define SYM_QUOTE  28
#define SYM_HYPHEN 29
#define SYM_STOP   30
#define SYM_HIGH   31
#define SYM_DIGIT  32
#define DEAD	   1 /* the state inside a word where no phrase starts */
/* The stride of delta16's rows: 128 bytes, so that a row starts on a
 * cache line (the table is aligned) and the scan's next index is the
 * state shifted, not multiplied; the columns from NSYM on are never
 * read. */
#define ROW 64

struct sr_lex {
	struct sr_arena arena;
	struct sr_kind *kinds;
	size_t kind_count;
	struct sr_entry *entries;
	size_t entry_count, entry_cap;
	uint16_t *entry_flen; /* folded phrase length, bytes */
	/* automaton */
	int32_t *delta;	    /* node * NSYM + sym -> node; bit 31: has output */
	uint16_t *delta16;  /* the same in 16 bits when there are fewer
			       than 32768 nodes: half the cache footprint on
			       the hot path; delta then keeps only the
			       trie's own transitions (-1 elsewhere) but for
			       the root's row.  A transition on a byte of no
			       word out of a node with an output (phrases
			       end before that byte, at a word's end) is
			       tagged: bit 15 and the number p of the pair
			       (that node, the next node).  Row 32768 + p
			       repeats the next node's row, so that a
			       transition's value, tag and all, is the next
			       row's number: the scan never masks the tag
			       off */
	void *delta16_mem;  /* what delta16 lies in, once its rows are
			       aligned (tag_word_ends) */
	uint16_t *tag_from; /* pair p -> the node with the output */
	uint16_t *tag_to;   /* pair p -> the next node */
	size_t tag_count;
	int32_t *fail;
	/* the trie's own edges as lists: node -> its first child, child ->
	 * the next child of its parent, -1 ending them; and the symbol of
	 * the edge into each node.  The breadth-first pass walks these
	 * instead of every symbol of every row. */
	int32_t *kid, *sib;
	unsigned char *ksym;
	int32_t *out;  /* node -> first output index, -1 none */
	int32_t *dict; /* node -> nearest suffix node with output, -1 */
	size_t node_count, node_cap;
	size_t depth; /* of the deepest node: the longest phrase prefix */
	struct output {
		uint32_t entry;
		int32_t next;
	} * outs;
	size_t out_count, out_cap;
	/* Every phrase that ends in a node (its own, then its dict
	 * chain's), in the order they are reported, side by side: those of
	 * node v are flat[flat_first[v] .. flat_first[v + 1]).  One run of
	 * memory per match instead of a chain of lookups. */
	uint32_t *flat_first; /* node_count + 1 of them */
	struct flat_out {
		uint32_t entry;
		uint32_t flen; /* folded phrase length, bytes */
	} * flat;
};

static unsigned char sym_of[256];
/* is_alnum_byte as a table, filled with sym_of: the scan asks it at
 * every phrase end. */
static unsigned char alnum_of[256];
/* For each byte m, the positions of its set bits and their count: the
 * scan lists the tagged states of eight bytes at a time without a branch
 * for each tag (tags_of). */
static uint16_t bit_pos[256][8];
static unsigned char bit_count[256];

static void init_syms(void)
{
	int c;

	/* first: sym_of['a'] says the tables are made */
	for (c = 0; c < 256; c++) {
		int b;

		for (b = 0; b < 8; b++)
			if (c & (1 << b))
				bit_pos[c][bit_count[c]++] = (uint16_t)b;
	}
	for (c = 0; c < 256; c++)
		alnum_of[c] =
		    (unsigned char)((unsigned)((c | 0x20) - 'a') < 26u ||
				    (unsigned)(c - '0') < 10u || c >= 0x80);
	for (c = 'a'; c <= 'z'; c++)
		sym_of[c] = (unsigned char)(1 + c - 'a');
	for (c = 'A'; c <= 'Z'; c++)
		sym_of[c] = (unsigned char)(1 + c - 'A');
	for (c = '0'; c <= '9'; c++)
		sym_of[c] = (unsigned char)(SYM_DIGIT + c - '0');
	sym_of[' '] = SYM_SPACE;
	sym_of['\t'] = SYM_SPACE;
	sym_of['\n'] = SYM_SPACE;
	sym_of['\r'] = SYM_SPACE;
	sym_of['\''] = SYM_QUOTE;
	sym_of['-'] = SYM_HYPHEN;
	sym_of['.'] = SYM_STOP;
	for (c = 0x80; c < 256; c++)
		sym_of[c] = SYM_HIGH;
}

/* 1 if the symbol stands for bytes that is_alnum_byte accepts (symbol 0
 * is the other bytes, none of them part of a word). */
static int sym_alnum(size_t s)
{
	return (s >= 1 && s <= 26) || s >= SYM_HIGH;
}

/* A letter, digit or non-ASCII byte (in either case: the scanned text
 * is not lower-cased). */
static int is_alnum_byte(unsigned char c)
{
	return alnum_of[c];
}

void sr__fold_init(struct sr_fold *f)
{
	memset(f, 0, sizeof(*f));
}

void sr__fold_clear(struct sr_fold *f)
{
	if (!f)
		return;
	sr_free(f->buf);
	sr_free(f->bp);
	memset(f, 0, sizeof(*f));
}

/* The ASCII byte the typographic character at t[i..len) folds to, with its
 * length in *n; 0 if there is none there. */
static char fold_char(const unsigned char *t, size_t i, size_t len, size_t *n)
{
	if (t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80) {
		*n = 3;
		switch (t[i + 2]) {
		case 0x98:
		case 0x99:
			return '\'';
		case 0x9C:
		case 0x9D:
			return '"';
		case 0x93:
		case 0x94:
			return '-';
		default:
			return 0;
		}
	}
	if (t[i] == 0xC2 && i + 1 < len && t[i + 1] == 0xA0) {
		*n = 2;
		return ' ';
	}
	return 0;
}

int sr__fold_text(struct sr_fold *f, const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	const unsigned char *e2, *c2;
	size_t i = 0, o = 0;

	if (len > SR_MAX_DOC_LEN)
		return SR_ETOOBIG;
	f->nbp = 0;
	e2 = memchr(t, 0xE2, len);
	c2 = memchr(t, 0xC2, len);
	if (!e2 && !c2) {
		/* nothing to fold: scan the text itself */
		f->s = text;
		f->len = len;
		return SR_OK;
	}
	if (len + 1 > f->cap) {
		size_t cap = len + 1 + len / 4 + 64;
		char *b = sr_realloc(f->buf, cap);

		if (!b)
			return SR_ENOMEM;
		f->buf = b;
		f->cap = cap;
	}
	/* Copy the runs between lead bytes 0xE2 and 0xC2 as they are, fold
	 * what those start. */
	while (i < len) {
		const unsigned char *next = e2 && (!c2 || e2 < c2) ? e2 : c2;
		size_t run = next ? (size_t)(next - t) - i : len - i, n;
		char r;

		memcpy(f->buf + o, t + i, run);
		i += run;
		o += run;
		if (i >= len)
			break;
		r = fold_char(t, i, len, &n);
		if (r) {
			f->buf[o++] = r;
			i += n;
			if (f->nbp + 2 > f->bp_cap) {
				size_t cap = f->bp_cap ? f->bp_cap * 2 : 64;
				uint32_t *b =
				    sr_realloc(f->bp, cap * sizeof(*b));

				if (!b)
					return SR_ENOMEM;
				f->bp = b;
				f->bp_cap = cap;
			}
			f->bp[f->nbp++] = (uint32_t)o;
			f->bp[f->nbp++] = (uint32_t)(i - o);
		} else {
			f->buf[o++] = (char)t[i++];
		}
		if (e2 && e2 < t + i)
			e2 = memchr(t + i, 0xE2, len - i);
		if (c2 && c2 < t + i)
			c2 = memchr(t + i, 0xC2, len - i);
	}
	f->buf[o] = '\0';
	f->s = f->buf;
	f->len = o;
	return SR_OK;
}

/* ---- building ---- */

static char *dup_field(struct sr_arena *a, const char *s, size_t n)
{
	return n ? sr__arena_strndup(a, s, n) : NULL;
}

static int add_entry(struct sr_lex *lx, const struct sr_entry *e)
{
	if (lx->entry_count == lx->entry_cap) {
		size_t cap = lx->entry_cap ? lx->entry_cap * 2 : 1024;
		struct sr_entry *p = sr_realloc(lx->entries, cap * sizeof(*p));

		if (!p)
			return SR_ENOMEM;
		lx->entries = p;
		lx->entry_cap = cap;
	}
	lx->entries[lx->entry_count++] = *e;
	return SR_OK;
}

/* *p reallocated to n int32_t; 0, or -1 with *p as it was. */
static int grow_i32(int32_t **p, size_t n)
{
	int32_t *d = sr_realloc(*p, n * sizeof(*d));

	if (!d)
		return -1;
	*p = d;
	return 0;
}

static int new_node(struct sr_lex *lx)
{
	size_t n = lx->node_count;

	if (n == lx->node_cap) {
		/* room at once for the compiled-in data's some 21,000
		 * nodes: growing by doubling copied the tables thrice */
		size_t cap = lx->node_cap ? lx->node_cap * 2 : 32768;
		unsigned char *k;

		if (grow_i32(&lx->delta, cap * NSYM) ||
		    grow_i32(&lx->fail, cap) || grow_i32(&lx->out, cap) ||
		    grow_i32(&lx->dict, cap) || grow_i32(&lx->kid, cap) ||
		    grow_i32(&lx->sib, cap))
			return -1;
		k = sr_realloc(lx->ksym, cap);
		if (!k)
			return -1;
		lx->ksym = k;
		lx->node_cap = cap;
	}
	memset(lx->delta + n * NSYM, 0xff, NSYM * sizeof(int32_t));
	lx->fail[n] = 0;
	lx->out[n] = -1;
	lx->dict[n] = -1;
	lx->kid[n] = -1;
	lx->sib[n] = -1;
	lx->ksym[n] = 0;
	lx->node_count++;
	return (int)n;
}

/* Insert phrase for entry idx.  Phrases are folded like text: lower case,
 * one space between words. */
static int insert_phrase(struct sr_lex *lx, const char *p, uint32_t idx)
{
	int32_t node = 0;
	size_t i, n = strlen(p);
	struct output *o;

	if (n == 0 || n > 255)
		return SR_OK;
	for (i = 0; i < n; i++) {
		unsigned char s = sym_of[(unsigned char)p[i]];
		int32_t next;

		if (s == 0 || s == SYM_HIGH)
			return SR_OK; /* a phrase we cannot match: skip */
		next = lx->delta[node * NSYM + s];
		if (next < 0) {
			next = new_node(lx);
			if (next < 0)
				return SR_ENOMEM;
			lx->delta[node * NSYM + s] = next;
			lx->ksym[next] = s;
			lx->sib[next] = lx->kid[node];
			lx->kid[node] = next;
		}
		node = next;
		if (i + 1 > lx->depth)
			lx->depth = i + 1;
	}
	if (lx->out_count == lx->out_cap) {
		size_t cap = lx->out_cap ? lx->out_cap * 2 : 1024;

		o = sr_realloc(lx->outs, cap * sizeof(*o));
		if (!o)
			return SR_ENOMEM;
		lx->outs = o;
		lx->out_cap = cap;
	}
	o = &lx->outs[lx->out_count];
	o->entry = idx;
	o->next = lx->out[node];
	lx->out[node] = (int32_t)lx->out_count++;
	return SR_OK;
}

/* Tag a transition into node v with bit 31 when v has an output (its own
 * or a suffix's), so the scan loop reads one table per byte and looks at
 * outputs only where there are some. */
static int32_t tagged(const struct sr_lex *lx, int32_t v)
{
	return v > 0 && (lx->out[v] >= 0 || lx->dict[v] >= 0)
		   ? (int32_t)((uint32_t)v | 0x80000000u)
		   : v;
}

/* The tag of a transition in delta16, and the first row of the pairs. */
#define TAG16 32768u

/* 1 if node v has an output, its own or a suffix's. */
static int has_output(const struct sr_lex *lx, size_t v)
{
	return v > 0 && (lx->out[v] >= 0 || lx->dict[v] >= 0);
}

/* Tag in delta16 (untagged rows of the nodes, filled) the transitions on
 * the symbols of no word byte out of each node with an output, by the
 * pairs (node, next node), and add the pairs' rows: the scan then stops
 * only where phrases end at a word's end, not inside a longer word ("war"
 * in "warning").  Without room for the pairs in 15 bits, falls back to
 * the 32-bit table (delta, tagged at the nodes with an output). */
static int tag_word_ends(struct sr_lex *lx)
{
	/* the symbols of bytes of no word: others, space, quote, hyphen,
	 * full stop */
	static const unsigned char ends[] = { 0, SYM_SPACE, SYM_QUOTE,
					      SYM_HYPHEN, SYM_STOP };
	uint16_t *d16 = lx->delta16, *t;
	void *mem;
	size_t v, k, j, n = 0;

	for (v = 2; v < lx->node_count; v++) {
		const uint16_t *row = d16 + v * ROW;

		if (!has_output(lx, v))
			continue;
		for (k = 0; k < sizeof(ends); k++) {
			for (j = 0; j < k && row[ends[j]] != row[ends[k]]; j++)
				;
			n += j == k;
		}
	}
	if (n >= TAG16) {
		for (v = 0; v < lx->node_count; v++)
			for (k = 0; k < NSYM; k++)
				lx->delta[v * NSYM + k] =
				    tagged(lx, d16[v * ROW + k]);
		sr_free(lx->delta16);
		lx->delta16 = NULL;
		return SR_OK;
	}
	/* the final table with its rows on 64-byte boundaries (see
	 * SYM_SPACE) */
	mem = sr_malloc((TAG16 + n) * ROW * sizeof(*d16) + 63);
	lx->tag_from = sr_malloc((n ? n : 1) * sizeof(*lx->tag_from));
	lx->tag_to = sr_malloc((n ? n : 1) * sizeof(*lx->tag_to));
	if (!mem || !lx->tag_from || !lx->tag_to) {
		sr_free(mem);
		return SR_ENOMEM;
	}
	t = (uint16_t *)(((uintptr_t)mem + 63) & ~(uintptr_t)63);
	memcpy(t, d16, lx->node_count * ROW * sizeof(*d16));
	sr_free(d16);
	lx->delta16 = d16 = t;
	lx->delta16_mem = mem;
	for (v = 2; v < lx->node_count; v++) {
		uint16_t *row = d16 + v * ROW, to[sizeof(ends)];

		if (!has_output(lx, v))
			continue;
		for (k = 0; k < sizeof(ends); k++) {
			to[k] = row[ends[k]];
			for (j = 0; j < k && to[j] != to[k]; j++)
				;
			if (j == k) {
				lx->tag_from[lx->tag_count] = (uint16_t)v;
				lx->tag_to[lx->tag_count] = to[k];
				row[ends[k]] =
				    (uint16_t)(TAG16 + lx->tag_count++);
			} else {
				row[ends[k]] = row[ends[j]];
			}
		}
	}
	/* the pairs' rows, once every node's row is final */
	for (k = 0; k < lx->tag_count; k++)
		memcpy(d16 + (TAG16 + k) * ROW, d16 + lx->tag_to[k] * ROW,
		       NSYM * sizeof(*d16));
	return SR_OK;
}

/* Fill in the failure transitions breadth first.  Only whole words
 * match, so the automaton follows only phrases that start a word: a
 * node's failure link is its longest proper suffix that starts after a
 * space, quote, hyphen or full stop of its own and is a node, else the
 * root when it ends in one of those, else DEAD, the state that waits for
 * the end of the word (a byte of no word leads back to the root).  Inside
 * a word no phrase starts, the scan stays in DEAD's row instead of moving
 * through the rows of every phrase that some part of the word starts.
 * A node's dict link (the longest proper such suffix with an output) is
 * set when it is queued: its
 * failure node lies at a lower depth, so that one's link is known; every
 * row is final (transitions tagged) once its node is dequeued, so the
 * rows failure transitions are copied from are already tagged. */
static int build_automaton(struct sr_lex *lx)
{
	int32_t *queue;
	size_t head = 0, tail = 0, s;

	queue = sr_malloc(lx->node_count * sizeof(*queue));
	if (!queue)
		return SR_ENOMEM;
	if (lx->node_count < TAG16) {
		lx->delta16 =
		    sr_malloc(lx->node_count * ROW * sizeof(uint16_t));
		if (!lx->delta16) {
			sr_free(queue);
			return SR_ENOMEM;
		}
	}
	for (s = 0; s < NSYM; s++) {
		int32_t v = lx->delta[s];
		int32_t after = sym_alnum(s) ? DEAD : 0;

		/* DEAD: a word goes on; the root again after a word ends */
		lx->delta[DEAD * NSYM + s] = after;
		if (v < 0) {
			lx->delta[s] = after;
		} else {
			lx->fail[v] = after;
			lx->dict[v] = -1;
			queue[tail++] = v;
			lx->delta[s] = tagged(lx, v);
		}
		if (lx->delta16) {
			lx->delta16[s] = (uint16_t)(v < 0 ? after : v);
			lx->delta16[DEAD * ROW + s] = (uint16_t)after;
		}
	}
	while (head < tail) {
		int32_t u = queue[head++];
		int32_t *row = lx->delta + (size_t)u * NSYM;
		const int32_t *frow = lx->delta + (size_t)lx->fail[u] * NSYM;
		uint16_t *row16 =
		    lx->delta16 ? lx->delta16 + (size_t)u * ROW : NULL;

		if (row16) {
			/* only the 16-bit table is scanned: the row is the
			 * failure node's, but for the node's own children
			 * (the 32-bit row keeps just those; they are walked
			 * by their list, not looked for in every column) */
			const uint16_t *frow16 =
			    lx->delta16 + (size_t)lx->fail[u] * ROW;
			int32_t v;

			memcpy(row16, frow16, NSYM * sizeof(*row16));
			for (v = lx->kid[u]; v >= 0; v = lx->sib[v]) {
				int32_t f;

				s = lx->ksym[v];
				f = frow16[s];
				lx->fail[v] = f;
				lx->dict[v] = lx->out[f] >= 0 ? f : lx->dict[f];
				queue[tail++] = v;
				row16[s] = (uint16_t)v;
			}
			continue;
		}
		for (s = 0; s < NSYM; s++) {
			int32_t v = row[s];
			int32_t f = frow[s];

			if (v < 0) {
				row[s] = f;
			} else {
				f &= 0x7fffffff;
				lx->fail[v] = f;
				lx->dict[v] = lx->out[f] >= 0 ? f : lx->dict[f];
				queue[tail++] = v;
				row[s] = tagged(lx, v);
			}
		}
	}
	sr_free(queue);
	return lx->delta16 ? tag_word_ends(lx) : SR_OK;
}

/* Fill flat_first and flat from the output lists and dict links. */
static int flatten_outputs(struct sr_lex *lx)
{
	size_t node, total = 0, k;
	int32_t v, o;

	lx->flat_first =
	    sr_malloc((lx->node_count + 1) * sizeof(*lx->flat_first));
	if (!lx->flat_first)
		return SR_ENOMEM;
	for (k = 0; k < 2; k++) {
		size_t n = 0;

		for (node = 0; node < lx->node_count; node++) {
			if (k == 0)
				lx->flat_first[node] = (uint32_t)n;
			v = lx->out[node] >= 0 ? (int32_t)node : lx->dict[node];
			for (; v > 0; v = lx->dict[v]) {
				for (o = lx->out[v]; o >= 0;
				     o = lx->outs[o].next) {
					if (k == 1) {
						uint32_t e = lx->outs[o].entry;

						lx->flat[n].entry = e;
						lx->flat[n].flen =
						    lx->entry_flen[e];
					}
					n++;
				}
			}
		}
		if (k == 0) {
			lx->flat_first[lx->node_count] = (uint32_t)n;
			total = n;
			lx->flat =
			    sr_malloc((total ? total : 1) * sizeof(*lx->flat));
			if (!lx->flat)
				return SR_ENOMEM;
		}
	}
	return SR_OK;
}

static int parse_int(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int load_kinds(struct sr_lex *lx, struct sr_diag *d)
{
	struct sr_tsv t = { 0 };
	size_t cap = 64;

	t.data = sr__data("ontology.tsv", &t.len);
	if (!t.data)
		return sr_diag_set(d, SR_EINTERNAL, "data/ontology.tsv", 0,
				   "missing from the build");
	lx->kinds = sr__arena_alloc(&lx->arena, cap * sizeof(*lx->kinds));
	if (!lx->kinds)
		return SR_ENOMEM;
	while (sr__tsv_next(&t)) {
		struct sr_kind *k;

		if (t.nfields < 8 || lx->kind_count == cap)
			return sr_diag_set(d, SR_EINTERNAL, "data/ontology.tsv",
					   t.lineno, "expected 8 fields");
		k = &lx->kinds[lx->kind_count++];
		k->name = dup_field(&lx->arena, t.field[0], t.flen[0]);
		k->disorder_type = dup_field(&lx->arena, t.field[1], t.flen[1]);
		k->event_type = dup_field(&lx->arena, t.field[2], t.flen[2]);
		k->sub_event_type =
		    dup_field(&lx->arena, t.field[3], t.flen[3]);
		k->plover_type = dup_field(&lx->arena, t.field[4], t.flen[4]);
		k->plover_mode = dup_field(&lx->arena, t.field[5], t.flen[5]);
		k->cameo_code = dup_field(&lx->arena, t.field[6], t.flen[6]);
		k->priority = parse_int(t.field[7], t.flen[7]);
	}
	return SR_OK;
}

int sr__lex_kind_find(const struct sr_lex *lx, const char *name)
{
	size_t i;

	for (i = 0; i < lx->kind_count; i++)
		if (sr__streq(lx->kinds[i].name, name))
			return (int)i;
	return -1;
}

static int kind_of(const struct sr_lex *lx, const char *s, size_t n)
{
	char buf[64];

	if (n == 0)
		return -1;
	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (sr__streq(buf, "attack"))
		return SR_KIND_ATTACK;
	if (sr__streq(buf, "strike"))
		return SR_KIND_STRIKE;
	return sr__lex_kind_find(lx, buf);
}

static const struct {
	const char *name;
	int value;
} cue_names[] = {
	{"kill", SR_CUE_KILL},	       {"casualty", SR_CUE_CASUALTY},
	{"injure", SR_CUE_INJURE},     {"claim", SR_CUE_CLAIM},
	{"deny", SR_CUE_DENY},	       {"plan", SR_CUE_PLAN},
	{"neg", SR_CUE_NEG},	       {"region", SR_CUE_REGION},
	{"district", SR_CUE_DISTRICT}, {"near", SR_CUE_NEAR},
	{"in", SR_CUE_IN},	       {"on", SR_CUE_ON},
	{"over", SR_CUE_OVER},	       {"from", SR_CUE_FROM},
	{"by", SR_CUE_BY},	       {"person", SR_CUE_PERSON},
	{"civilian", SR_CUE_CIVILIAN}, {"soldier", SR_CUE_SOLDIER},
	{"generic", SR_CUE_GENERIC},   {"topic", SR_CUE_TOPIC},
	{"target", SR_CUE_TARGET},     {"abstract", SR_CUE_ABSTRACT},
	{"miltarget", SR_CUE_MILTARGET}, {"mob", SR_CUE_MOB},
	{"riot", SR_CUE_RIOT},         {"lethal", SR_CUE_LETHAL},
	{"intervene", SR_CUE_INTERVENE}, {"false", SR_CUE_FALSE}, {"killp", SR_CUE_KILLP}, {"headnoun", SR_CUE_HEADNOUN},
	{"accident", SR_CUE_ACCIDENT}, {"retract", SR_CUE_RETRACT},
}, actor_types[] = {
	{"mil", SR_ACT_MIL},
	{"gov", SR_ACT_GOV},
	{"group", SR_ACT_GROUP},
	{"police", SR_ACT_POLICE},
	{"civ", SR_ACT_CIV},
	{"org", SR_ACT_ORG},
	{"metonym", SR_ACT_METONYM},
	{"head_mil", SR_ACT_HEAD_MIL},
	{"head_gov", SR_ACT_HEAD_GOV},
	{"head_civ", SR_ACT_HEAD_CIV},
	{"head_police", SR_ACT_HEAD_POLICE},
	{"protesters", SR_ACT_PROTESTERS},
	{"rioters", SR_ACT_RIOTERS},
	{"unknown", SR_ACT_UNKNOWN},
	{"enemy", SR_ACT_ENEMY},
	{"speaker", SR_ACT_SPEAKER},
};

static int lookup_name(int which, const char *s, size_t n)
{
	size_t i;

	if (which == 0) {
		for (i = 0; i < SR_ARRAY_LEN(cue_names); i++)
			if (sr__strncaseeq(s, n, cue_names[i].name))
				return cue_names[i].value;
	} else {
		for (i = 0; i < SR_ARRAY_LEN(actor_types); i++)
			if (sr__strncaseeq(s, n, actor_types[i].name))
				return actor_types[i].value;
	}
	return 0;
}

/* Load one TSV into entries of the given type. */
static int load_entries(struct sr_lex *lx, const char *file, int type,
			struct sr_diag *d)
{
	struct sr_tsv t = { 0 };
	int rc;

	t.data = sr__data(file, &t.len);
	if (!t.data)
		return sr_diag_set(d, SR_EINTERNAL, file, 0,
				   "missing from the build");
	while (sr__tsv_next(&t)) {
		struct sr_entry e;

		memset(&e, 0, sizeof(e));
		e.type = (unsigned char)type;
		e.kind = -1;
		if (t.nfields < 2 || t.flen[0] == 0)
			return sr_diag_set(d, SR_EINTERNAL, file, t.lineno,
					   "expected at least 2 fields");
		e.phrase = dup_field(&lx->arena, t.field[0], t.flen[0]);
		if (!e.phrase)
			return SR_ENOMEM;
		switch (type) {
		case SR_ENT_TRIGGER:
			e.kind = kind_of(lx, t.field[1], t.flen[1]);
			if (e.kind == -1 || t.nfields < 4)
				return sr_diag_set(d, SR_EINTERNAL, file,
						   t.lineno, "unknown kind");
			e.pos =
			    (unsigned char)(t.flen[2] ? t.field[2][0] : 'n');
			e.strength =
			    (unsigned char)parse_int(t.field[3], t.flen[3]);
			break;
		case SR_ENT_WEAPON:
			e.name = dup_field(&lx->arena, t.field[1], t.flen[1]);
			e.kind = t.nfields > 2
				     ? kind_of(lx, t.field[2], t.flen[2])
				     : -1;
			/* the country whose forces use it (optional) */
			if (t.nfields > 3 && t.flen[3])
				e.iso3 = dup_field(&lx->arena, t.field[3],
						   t.flen[3]);
			break;
		case SR_ENT_CUE:
			e.sub = (unsigned char)lookup_name(0, t.field[1],
							   t.flen[1]);
			if (!e.sub)
				return sr_diag_set(d, SR_EINTERNAL, file,
						   t.lineno, "unknown cue");
			break;
		case SR_ENT_ACTOR:
			if (t.nfields < 4)
				return sr_diag_set(d, SR_EINTERNAL, file,
						   t.lineno,
						   "expected 4 fields");
			e.name = dup_field(&lx->arena, t.field[1], t.flen[1]);
			e.iso3 = dup_field(&lx->arena, t.field[2], t.flen[2]);
			e.sub = (unsigned char)lookup_name(1, t.field[3],
							   t.flen[3]);
			if (!e.sub)
				return sr_diag_set(d, SR_EINTERNAL, file,
						   t.lineno, "unknown type");
			break;
		}
		rc = add_entry(lx, &e);
		if (rc)
			return rc;
	}
	return SR_OK;
}

/* Add one entry per comma-separated item of list. */
static int add_country_names(struct sr_lex *lx, const struct sr_country *c,
			     const char *list, int type)
{
	const char *p = list;

	while (p && *p) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		struct sr_entry e;
		char *s;
		size_t i;
		int rc;

		while (n && *p == ' ') {
			p++;
			n--;
		}
		if (n) {
			memset(&e, 0, sizeof(e));
			e.type = (unsigned char)type;
			e.kind = -1;
			s = sr__arena_strndup(&lx->arena, p, n);
			if (!s)
				return SR_ENOMEM;
			for (i = 0; i < n; i++)
				s[i] = (char)tolower((unsigned char)s[i]);
			e.phrase = s;
			e.country = c;
			e.iso3 = c->iso3;
			rc = add_entry(lx, &e);
			if (rc)
				return rc;
		}
		p = comma ? comma + 1 : NULL;
	}
	return SR_OK;
}

static int load_countries(struct sr_lex *lx)
{
	size_t n, i;
	const struct sr_country *cs = sr__countries(&n);
	int rc;

	for (i = 0; i < n; i++) {
		rc = add_country_names(lx, &cs[i], cs[i].name,
				       SR_ENT_COUNTRY_NAME);
		if (!rc)
			rc = add_country_names(lx, &cs[i], cs[i].aliases,
					       SR_ENT_COUNTRY_NAME);
		if (!rc)
			rc = add_country_names(lx, &cs[i], cs[i].demonyms,
					       SR_ENT_COUNTRY_DEMONYM);
		if (rc)
			return rc;
	}
	return SR_OK;
}

int sr__lex_new(struct sr_lex **out, struct sr_diag *d)
{
	struct sr_lex *lx;
	size_t i;
	int rc;

	*out = NULL;
	if (!sym_of['a'])
		init_syms();
	lx = sr_calloc(1, sizeof(*lx));
	if (!lx)
		return SR_ENOMEM;
	sr__arena_init(&lx->arena, 256 * 1024);
	rc = load_kinds(lx, d);
	if (!rc)
		rc = load_entries(lx, "triggers.tsv", SR_ENT_TRIGGER, d);
	if (!rc)
		rc = load_entries(lx, "weapons.tsv", SR_ENT_WEAPON, d);
	if (!rc)
		rc = load_entries(lx, "cues.tsv", SR_ENT_CUE, d);
	if (!rc)
		rc = load_entries(lx, "actors.tsv", SR_ENT_ACTOR, d);
	if (!rc)
		rc = load_countries(lx);
	if (rc)
		goto out;
	lx->entry_flen = sr_malloc(lx->entry_count * sizeof(uint16_t));
	if (!lx->entry_flen || new_node(lx) != 0 || new_node(lx) != DEAD) {
		rc = SR_ENOMEM;
		goto out;
	}
	for (i = 0; i < lx->entry_count; i++) {
		lx->entry_flen[i] = (uint16_t)strlen(lx->entries[i].phrase);
		rc = insert_phrase(lx, lx->entries[i].phrase, (uint32_t)i);
		if (rc)
			goto out;
	}
	rc = build_automaton(lx);
	if (!rc)
		rc = flatten_outputs(lx);
out:
	if (rc) {
		if (rc == SR_ENOMEM)
			sr_diag_set(d, rc, "", 0, "out of memory");
		sr__lex_free(lx);
		return rc;
	}
	*out = lx;
	return SR_OK;
}

void sr__lex_free(struct sr_lex *lx)
{
	if (!lx)
		return;
	sr__arena_clear(&lx->arena);
	sr_free(lx->entries);
	sr_free(lx->entry_flen);
	sr_free(lx->delta);
	sr_free(lx->delta16_mem ? lx->delta16_mem : lx->delta16);
	sr_free(lx->tag_from);
	sr_free(lx->tag_to);
	sr_free(lx->fail);
	sr_free(lx->out);
	sr_free(lx->dict);
	sr_free(lx->kid);
	sr_free(lx->sib);
	sr_free(lx->ksym);
	sr_free(lx->outs);
	sr_free(lx->flat_first);
	sr_free(lx->flat);
	sr_free(lx);
}

const struct sr_entry *sr__lex_entry(const struct sr_lex *lx, uint32_t i)
{
	return i < lx->entry_count ? &lx->entries[i] : NULL;
}

size_t sr__lex_kind_count(const struct sr_lex *lx)
{
	return lx->kind_count;
}

const struct sr_kind *sr__lex_kind(const struct sr_lex *lx, int i)
{
	return i >= 0 && (size_t)i < lx->kind_count ? &lx->kinds[i] : NULL;
}

/* ---- scanning ---- */

static int emit(const struct sr_fold *f, size_t end, uint32_t entry,
		size_t flen, struct sr_buf *out)
{
	size_t start = end + 1 - flen;
	const unsigned char *s = (const unsigned char *)f->s;
	struct sr_match m;

	/* the end was tested by the caller */
	if (start > 0 && is_alnum_byte(s[start - 1]))
		return SR_OK;
	if (out->len / sizeof(m) >= SR_MAX_MATCHES_PER_DOC)
		return SR_ETOOBIG;
	m.off = (uint32_t)start;
	m.len = (uint32_t)flen;
	m.entry = entry;
	return sr__buf_add(out, &m, sizeof(m));
}

/* emit for each phrase of o[0..oe) ending with the byte at i, when the
 * buffer may have to grow.  Out of line: emit_all, without a call on its
 * own path, then needs no register saved. */
__attribute__((noinline)) static int
emit_each(const struct sr_fold *f, size_t i, const struct flat_out *o,
	  const struct flat_out *oe, struct sr_buf *out)
{
	int rc;

	for (; o < oe; o++) {
		rc = emit(f, i, o->entry, o->flen, out);
		if (rc)
			return rc;
	}
	return SR_OK;
}

/* Emit the phrases ending with the byte at i, where the automaton is in
 * state node; the caller has made sure that no word goes on after i.
 * Always inline: called at every word end with phrases (one in some 16
 * bytes of news), where the call cost a good part of the work; the scan
 * loops compile the same with it inline. */
__attribute__((always_inline)) static inline int
emit_all(const struct sr_lex *lx, const struct sr_fold *f, size_t i,
	 int32_t node, struct sr_buf *out)
{
	const struct flat_out *o = lx->flat + lx->flat_first[node];
	const struct flat_out *oe = lx->flat + lx->flat_first[node + 1];
	const unsigned char *s = (const unsigned char *)f->s;
	size_t room = (size_t)(oe - o) * sizeof(struct sr_match);
	char *d;

	/* emit's tests once for all the phrases: room below the cap and
	 * the buffer's max, and the doc's cap on matches, which none of
	 * them can reach when all of them fit under it */
	if (room >= out->cap - out->len || out->len + room > out->max ||
	    out->len + room >
		(size_t)SR_MAX_MATCHES_PER_DOC * sizeof(struct sr_match))
		return emit_each(f, i, o, oe, out);
	/* what emit does, straight into the buffer */
	d = out->data + out->len;
	for (; o < oe; o++) {
		size_t start = i + 1 - o->flen;
		uint32_t off = (uint32_t)start;

		if (start > 0 && is_alnum_byte(s[start - 1]))
			continue;
		/* struct sr_match's fields one by one (as one struct, GCC
		 * built it in a vector register and a copy on the stack) */
		memcpy(d + offsetof(struct sr_match, off), &off, 4);
		memcpy(d + offsetof(struct sr_match, len), &o->flen, 4);
		memcpy(d + offsetof(struct sr_match, entry), &o->entry, 4);
		d += sizeof(struct sr_match);
	}
	out->len = (size_t)(d - out->data);
	*d = '\0';
	return SR_OK;
}

/* Emit the phrases ending where the 16-bit state st (after the text's
 * last byte, which ends a word) stands, if it ends any. */
static int emit_last(const struct sr_lex *lx, const struct sr_fold *f,
		     uint32_t st, struct sr_buf *out)
{
	uint32_t node = st & TAG16 ? lx->tag_to[st & 0x7fffu] : st;

	if (lx->flat_first[node] == lx->flat_first[node + 1])
		return SR_OK;
	return emit_all(lx, f, f->len - 1, (int32_t)node, out);
}

/* The scan of s[i..n) from state st over the 16-bit table, appending the
 * matches that end at or after from to *out. */
static int scan16(const struct sr_lex *lx, const struct sr_fold *f, size_t i,
		  uint32_t st, size_t from, struct sr_buf *out)
{
	const unsigned char *s = (const unsigned char *)f->s;
	const uint16_t *d16 = lx->delta16;
	size_t n = f->len;
	int rc;

	while (i < n) {
		/* tight loop over bytes that end no phrase at a word's end
		 * (a tagged state is the number of its pair's row) */
		do
			st = d16[st * ROW + sym_of[s[i]]];
		while (!(st & TAG16) && ++i < n);
		if (i >= n)
			break;
		/* byte i ends a word in which phrases end at i - 1 */
		if (i > from) {
			rc = emit_all(lx, f, i - 1, lx->tag_from[st & 0x7fffu],
				      out);
			if (rc)
				return rc;
		}
		i++;
	}
	return n > from ? emit_last(lx, f, st, out) : SR_OK;
}

/* Texts shorter than this are scanned in one pass. */
#define SCAN_SPLIT 512
/* Bytes a step of the cursors' scan before their tags are read (at most
 * 65536: an offset in the step is kept in 16 bits): a cursor's part of
 * most articles in one step (the four rows of states, 8 kB, stay in L1). */
#define SCAN_CHUNK 1024

/* List in pos the offsets of the tagged states of st[0..n) (n at most
 * SCAN_CHUNK; st has room for SCAN_CHUNK + 16, pos for SCAN_CHUNK + 32)
 * and return their number: sixteen states a step, their tags as the
 * bits of a mask whose bytes give the offsets by table, without a
 * branch for each tag (a tag, one in some sixteen bytes of a cursor at
 * no pattern, was a branch mispredicted each time). */
static size_t tags_of(uint16_t *st, size_t n, uint16_t *pos)
{
	size_t j, c = 0;

#if defined(__SSE2__)
	memset(st + n, 0, 16 * sizeof(*st)); /* no tags past n */
	for (j = 0; j < n; j += 16) {
		const void *p = st + j;
		/* signed saturation keeps bit 7 of a byte for a tag */
		__m128i x =
		    _mm_packs_epi16(_mm_loadu_si128(p),
				    _mm_loadu_si128((const __m128i *)p + 1));
		unsigned m = (unsigned)_mm_movemask_epi8(x);
		__m128i lo = _mm_set1_epi16((short)j),
			hi = _mm_set1_epi16((short)(j + 8));

		x = _mm_loadu_si128((const void *)bit_pos[m & 255]);
		_mm_storeu_si128((void *)(pos + c), _mm_add_epi16(x, lo));
		c += bit_count[m & 255];
		x = _mm_loadu_si128((const void *)bit_pos[m >> 8]);
		_mm_storeu_si128((void *)(pos + c), _mm_add_epi16(x, hi));
		c += bit_count[m >> 8];
	}
#else
	for (j = 0; j < n; j++) {
		pos[c] = (uint16_t)j;
		c += st[j] >> 15;
	}
#endif
	return c;
}

/* Emit the phrases ending before each byte whose state in st is tagged,
 * at the offsets pos[0..n) (the byte's from at), that lies in
 * [from, to). */
static int emit_tags(const struct sr_lex *lx, const struct sr_fold *f,
		     const uint16_t *st, const uint16_t *pos, size_t n,
		     size_t at, size_t from, size_t to, struct sr_buf *out)
{
	size_t j, b;
	int rc;

	for (j = 0; j < n; j++) {
		b = at + pos[j];
		if (b < from || b >= to)
			continue;
		rc = emit_all(lx, f, b - 1, lx->tag_from[st[pos[j]] & 0x7fffu],
			      out);
		if (rc)
			return rc;
	}
	return SR_OK;
}

/* Append to out the matches of m[0..n) that end in [lo, hi), in their
 * order. */
static int append_ending(struct sr_buf *out, const struct sr_match *m, size_t n,
			 size_t lo, size_t hi)
{
	size_t k;
	int rc;

	for (k = 0; k < n; k++) {
		size_t end = (size_t)m[k].off + m[k].len - 1;

		if (end < lo || end >= hi)
			continue;
		rc = sr__buf_add(out, &m[k], sizeof(m[k]));
		if (rc)
			return rc;
	}
	return SR_OK;
}

/* The cursors of the scan (scan_folded; its loop over them is unrolled
 * by a pragma with this number). */
#define NCUR 4

/* sr__lex_scan with the matches' offsets in the folded text. */
static int scan_folded(const struct sr_lex *lx, const struct sr_fold *f,
		       struct sr_buf *out, struct sr_buf *tail)
{
	const unsigned char *s = (const unsigned char *)f->s;
	const uint16_t *d16 = lx->delta16;
	size_t i = 0, n = f->len, q, len, run, c, d[NCUR];
	int32_t na = 0;
	uint32_t st[NCUR];
	int rc;

	if (!d16) {
		for (i = 0; i < n; i++) {
			uint32_t t =
			    (uint32_t)lx->delta[na * NSYM + sym_of[s[i]]];

			na = (int32_t)(t & 0x7fffffffu);
			if ((t & 0x80000000u) &&
			    !(i + 1 < n && is_alnum_byte(s[i + 1]))) {
				rc = emit_all(lx, f, i, na, out);
				if (rc)
					return rc;
			}
		}
		return SR_OK;
	}
	if (n < SCAN_SPLIT || (n - 1) / NCUR < lx->depth)
		return scan16(lx, f, 0, 0, 0, out);
	/* Each byte's transition waits for the one before: the scan is
	 * bound by the latency of the table.  NCUR cursors, one on each
	 * part [c q, (c + 1) q) of the text (the last to the end), keep
	 * NCUR loads in flight.  Each but the first starts depth bytes
	 * before its part, in DEAD (no phrase starts before its first
	 * byte): by the part it is in the state a single pass would be in
	 * (a state stands for at most depth bytes of text).  A cursor keeps
	 * the matches that end in its part, the first in out, the others
	 * in tail, whose matches are appended to out part by part at the
	 * end, so the order is a single pass's.  All run len steps, so
	 * that each reads the byte after its part (a phrase ending at its
	 * last byte is seen there); the last goes on alone to the end.
	 * The states are unsigned: the index of the next load is then made
	 * without a sign extension; a tagged state stays tagged (its row's
	 * copy). */
	q = (n - 1) / NCUR;
	len = q + lx->depth + 1;
	for (c = 0; c < NCUR; c++) {
		d[c] = c ? c * q - lx->depth : 0;
		st[c] = c ? DEAD : 0;
	}
	sr__buf_reset(tail);
	for (i = 0; i < len; i += run) {
		/* each byte's states are written down, and the tags are
		 * looked for after the run, out of the chains of loads */
		uint16_t sts[NCUR][SCAN_CHUNK + 16], pos[SCAN_CHUNK + 32], *o;
		const unsigned char *p = s + i, *pe;
		size_t np;

		run = SR_MIN(len - i, (size_t)SCAN_CHUNK);
		/* one pointer for the cursors' bytes (at distances d[c])
		 * and one for their states (a row each); the loop over the
		 * cursors unrolled, their states in registers */
		for (pe = p + run, o = sts[0]; p < pe; p++, o++) {
#pragma GCC unroll 4
			for (c = 0; c < NCUR; c++) {
				st[c] = d16[st[c] * ROW + sym_of[p[d[c]]]];
				o[c * (SCAN_CHUNK + 16)] = (uint16_t)st[c];
			}
		}
		/* a tag: the byte ends a word in which phrases end at the
		 * byte before (never the first byte: the root and DEAD
		 * have no output); cursor c keeps the bytes in
		 * [c q + 1, (c + 1) q + 1) */
		for (c = 0; c < NCUR; c++) {
			np = tags_of(sts[c], run, pos);
			rc = emit_tags(
			    lx, f, sts[c], pos, np, d[c] + i, c ? c * q + 1 : 0,
			    c < NCUR - 1 ? (c + 1) * q + 1 : SIZE_MAX,
			    c ? tail : out);
			if (rc)
				return rc;
		}
	}
	rc = scan16(lx, f, d[NCUR - 1] + len, st[NCUR - 1], (NCUR - 1) * q,
		    tail);
	if (rc)
		return rc;
	if ((out->len + tail->len) / sizeof(struct sr_match) >
	    SR_MAX_MATCHES_PER_DOC)
		return SR_ETOOBIG;
	for (c = 1; c < NCUR && !rc; c++)
		rc = append_ending(out, (const struct sr_match *)tail->data,
				   tail->len / sizeof(struct sr_match), c * q,
				   c < NCUR - 1 ? (c + 1) * q : SIZE_MAX);
	return rc;
}

/* Turn the folded offsets of the n matches at m into the article's.  The
 * matches come in order of their end, so one cursor walks the pairs up to
 * each end; a start lies at most a phrase before its end, a few pairs back
 * from that cursor. */
static void unfold_matches(const struct sr_fold *f, struct sr_match *m,
			   size_t n)
{
	const uint32_t *bp = f->bp;
	size_t k, e = 0, np = f->nbp / 2;

	for (k = 0; k < n; k++) {
		size_t a = m[k].off, b = a + m[k].len, s;

		while (e < np && bp[2 * e] <= b)
			e++;
		for (s = e; s > 0 && bp[2 * (s - 1)] > a; s--)
			;
		m[k].off = (uint32_t)(a + (s ? bp[2 * s - 1] : 0));
		m[k].len = (uint32_t)(b + (e ? bp[2 * e - 1] : 0)) - m[k].off;
	}
}

int sr__lex_scan(const struct sr_lex *lx, const struct sr_fold *f,
		 struct sr_buf *out, struct sr_buf *tail)
{
	size_t base = out->len;
	int rc = scan_folded(lx, f, out, tail);

	if (!rc && f->nbp && out->len > base)
		unfold_matches(f, (struct sr_match *)(out->data + base),
			       (out->len - base) / sizeof(struct sr_match));
	return rc;
}
