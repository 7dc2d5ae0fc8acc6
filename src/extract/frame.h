/*
 * frame.h - per-article working state of the extractor, shared by
 * places.c (place mentions and their resolution), extract.c (event frames)
 * and explain.c.  Everything here lives for one sr_extract call.
 */
#ifndef SR_EXTRACT_FRAME_H
#define SR_EXTRACT_FRAME_H

#include "extract.h"

#define MAX_CAND 16

/* A place named in the article. */
struct mention {
	struct sr_span span;	   /* the name words */
	uint32_t sent;		   /* sentence index */
	uint32_t tok;		   /* first token index (article-wide) */
	uint32_t tok_end;	   /* one past the last token of the name */
	uint32_t place;		   /* chosen gazetteer index; UINT32_MAX none */
	int precision;		   /* 1 place, 2 near, 3 region, 4 country */
	unsigned char prep;	   /* enum sr_cue of the word before, or 0 */
	unsigned char want_admin1; /* followed by "region", "oblast" */
	unsigned char district;	   /* followed by "district", "direction" */
	unsigned char near;	   /* "near", "outside", "outskirts of" */
	unsigned char is_country;  /* a country name from the lexicon */
	unsigned char actor;	   /* also read as an actor (metonym) */
	unsigned char contained;   /* re-picked in the region the words
				      put it in ("X in the Y region") */
	unsigned char relative;	   /* "X, a village north of Y": the
				      namesakes nearest each other */
	uint32_t ncand;
	uint32_t cand[MAX_CAND];
	/* why the place was chosen (place_reason), written the first time
	 * an event takes the place: in the doc's arena, NULL until then */
	const char *reason;
	/* how each candidate was found: enum sr_place_how (places.c) */
	unsigned char cand_how[MAX_CAND];
	unsigned char common;	/* a stopword read as a place after "in" */
	unsigned char initial;	/* the name starts its sentence */
	unsigned char water;	/* "the Dnipro river": not the town */
	unsigned char best_how; /* how the chosen candidate was found */
	char hint_cc[3];	/* "the Ukrainian city of X", "X, a Russian
				   village": the country the words give */
	unsigned char bare_the; /* "crossed the Dnipro on": "the" and a
				   name alone, a river's or an area's */
	unsigned char as_spelt; /* "the Ivan Franko theatre", "... -
				   Basurin": only the name itself, not a
				   spelling near it */
	/* what the words around the name say, asked for each event of its
	 * sentence and for the place carried on (extract.c): 0 not read
	 * yet, 1 no, 2 yes */
	unsigned char launch_memo; /* a launch site: "fired from X" */
	unsigned char body_memo;   /* names a body: "the X governor" */
};

struct sent {
	struct sr_span span;
	uint32_t m0, m1;   /* lexicon matches [m0, m1) */
	uint32_t t0, t1;   /* tokens [t0, t1) */
	uint32_t p0, p1;   /* place mentions [p0, p1) */
	uint32_t para;	   /* paragraph index */
	uint64_t cues;	   /* bit (1 << enum sr_cue) for each cue present */
	uint64_t cue_offs; /* bit (1 << off % 64) for each cue's start offset:
			      sr__cue_at looks no further when it is clear */
	uint32_t types;	   /* bit (1 << enum sr_entry_type) present */
	uint32_t actors;   /* bit (1 << enum sr_actor_type) of each actor
			      match */
	uint64_t tkinds;   /* bit (1 << kind) of each trigger match whose
			      kind is below 64 (rules.h sr__x_may_have_tkind) */
	int wkind;	   /* kind of the first weapon with one, or -1 */
	int wkind_def;	   /* the same for "the bomb" (definite), or -1 */
	int ndt;	   /* date expressions, -1 until computed */
	int nmark;	   /* clause marks , ; : ( ) found; -1 not yet */
	uint32_t mark[16]; /* their offsets */
	int no_hits;	   /* the sentence says nothing was hit (trigger.c),
			      -1 until asked */
	int debris;	   /* the sentence names debris or fragments (extract.c
			      debris_toll), -1 until asked */
	int after;	   /* the sentence has "after " (trigger_ctx.c
			      sr__x_time_after), -1 until asked */
	int since;	   /* the sentence has "sinc" in either case
			      (counts.c sr__x_read_date), -1 until asked */
	struct sr_date_expr *dt; /* ndt of them, in the doc's arena */
	int nnum; /* number phrases (sr__x_frame_numbers), -1 until found */
	struct sr_number *num; /* nnum of them, in the doc's arena */
	int gas;	       /* the sentence has "gas" or "fumes" (trigger.c
				  gas_munition), -1 until asked */
	int quote; /* the sentence has an opening quotation mark (match.c
		      sr__x_in_slogan), -1 until asked */
	/* bit k for each trigger match m0 + k, when the sentence has at
	 * most 64 matches (rules.h sr__x_trigger_from) */
	uint64_t trig_bits;
};

struct actx {
	const struct sr_engine *e;
	const struct sr_lex *lx;
	const struct sr_entry *ent; /* the lexicon's entries, by index */
	const struct sr_article *a;
	uint64_t id_hash; /* sr__hash64 of a->id, for the event ids */
	struct sr_doc *doc;
	const char *text;
	size_t len;
	struct sr_match *m;
	size_t nm;
	struct sent *s;
	size_t ns;
	struct sr_token *tok;
	size_t ntok;
	struct mention *pm;
	size_t npm;
	/* article context for disambiguation */
	const char *focus[16];
	size_t nfocus;
	uint32_t admin1[32];
	size_t nadmin1;
	uint32_t anchors[64];	 /* gazetteer indices of anchor places */
	uint32_t anchor_of[64];	 /* the mention each anchor comes from */
	uint32_t anchor_dup[64]; /* the anchor before of the same place, or
				    UINT32_MAX */
	size_t nanchors;
	uint32_t self; /* mention being ranked */
	/* hashes of the folded surnames of people named in full so far
	 * ("Igor Kirillov"): alone again, they are no places (places.c) */
	uint64_t surname[8];
	size_t nsurname;
	/* the doc's name memo for this gazetteer (places.c), found once by
	 * sr__places_collect; NULL when there is none */
	struct sr__name_memo *names;
	/* the sentence sent_holding (extract.c) found last, a hint only */
	size_t sent_memo;
	/* the article's memo of sr__x_collect_actors (roles.c); the actx
	 * is read-only there, the memo is not */
	struct actor_memo *actors;
	/* the sentences sent_at (extract.c) found, by a hash of the start
	 * offset asked: that offset and the sentence's index + 1 (0: an
	 * empty slot), a hint only */
	uint32_t sent_at_off[64], sent_at_idx[64];
};

/* doc.c: sr__doc_push of each of the n events evs[0..n) whose kind is
 * set, in order; a string at the same address as the one pushed before
 * it (the article's id, a kind's names, a place's) is copied once.  The
 * strings must not change while it runs. */
int sr__doc_push_told(struct sr_doc *doc, const struct sr_event *evs, size_t n);

/* places.c */
int sr__places_collect(struct actx *c);
void sr__places_resolve(struct actx *c);
/* Fill the place fields of ev from mention pm. */
void sr__place_to_event(const struct actx *c, const struct mention *pm,
			struct sr_event *ev);

/* Word helpers (match.c). */
/* Word bytes (1: letters, digits, ' and -, bytes >= 0x80) and blanks (2:
 * ' ', '\n' and the double quote, which never ends a phrase) for the two
 * below (match.c). */
#define SR_WB_WORD  1
#define SR_WB_BLANK 2
extern const unsigned char sr__word_byte[256];
/* 1 if the word w of text is s, ignoring ASCII case.  Always inline: s
 * is a literal at nearly every call, so its length folds to a constant
 * and most calls end at the length test (GCC kept the calls of long
 * chains, "previously" || "newly" || ..., out of line, each with a
 * strlen). */
__attribute__((always_inline)) static inline int
sr__word_is(const char *text, struct sr_span w, const char *s)
{
	size_t n = __builtin_strlen(s), i;

	if (w.len != n)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)text[w.off + i];
		unsigned char b = (unsigned char)s[i];

		if (a != b && (a | 0x20) != b)
			return 0;
	}
	return 1;
}
/* The word ending just before off, not before lo (skipping blanks, and
 * with skip_the one "the", "a" or "an"), as a span; len 0 if none.
 * Always inline: the rules ask for it hundreds of times per sentence,
 * and GCC kept it out of line at many of those calls. */
__attribute__((always_inline)) static inline struct sr_span
sr__prev_word(const char *text, size_t lo, size_t off, int skip_the)
{
	const unsigned char *t = (const unsigned char *)text;
	struct sr_span w = { 0, 0 };
	size_t e = off, b;
	unsigned char k = 0;

again:
	while (e > lo && (k = sr__word_byte[t[e - 1]]) == SR_WB_BLANK)
		e--;
	/* k is the class of the byte before e, already looked up */
	if (e == lo || k != SR_WB_WORD)
		return w;
	b = e - 1;
	/* a byte before lo that ends no word stops the loop at lo (the
	 * usual case: lo starts a sentence), without a bound test; by a
	 * pointer, which GCC steps in one register (by b - 1 it kept two) */
	if (lo > 0 && sr__word_byte[t[lo - 1]] != SR_WB_WORD) {
		const unsigned char *q = t + b;

		while (sr__word_byte[q[-1]] == SR_WB_WORD)
			q--;
		b = (size_t)(q - t);
	} else
		while (b > lo && sr__word_byte[t[b - 1]] == SR_WB_WORD)
			b--;
	/* an opening single quote is no word, nor part of one: "blaming
	 * 'saboteurs'" */
	if (t[b] == '\'') {
		if (e == b + 1) {
			e = b;
			goto again;
		}
		b++;
	}
	w.off = (uint32_t)b;
	w.len = (uint32_t)(e - b);
	if (skip_the &&
	    (sr__word_is(text, w, "the") || sr__word_is(text, w, "a") ||
	     sr__word_is(text, w, "an")))
		return sr__prev_word(text, lo, b, 0);
	return w;
}
struct sr_span sr__next_word_quote(const char *text, size_t end, size_t b,
				   int skip_the);
/* The word starting at or after off, before end (skipping blanks, and
 * with skip_the one "the"); len 0 if none.  end is at most the text's
 * length: text[end] is read (the article's text ends in a NUL).  Always
 * inline, as sr__prev_word. */
__attribute__((always_inline)) static inline struct sr_span
sr__next_word(const char *text, size_t end, size_t off, int skip_the)
{
	const unsigned char *t = (const unsigned char *)text;
	struct sr_span w = { 0, 0 };
	size_t b = off, e;
	unsigned char k = 0;

	while (b < end && (k = sr__word_byte[t[b]]) == SR_WB_BLANK)
		b++;
	/* k is the class of the byte at b, already looked up */
	if (b == end || k != SR_WB_WORD)
		return w;
	/* a word opening with a single quote is read out of line
	 * (sr__next_word_quote), which keeps this inline path short */
	if (__builtin_expect(t[b] == '\'', 0))
		return sr__next_word_quote(text, end, b, skip_the);
	e = b + 1;
	/* a byte at end that is no word's stops the loop there (the usual
	 * case: end ends a sentence or a clause), without a bound test */
	if (sr__word_byte[t[end]] != SR_WB_WORD) {
		const unsigned char *q = t + e;

		while (sr__word_byte[*q] == SR_WB_WORD)
			q++;
		e = (size_t)(q - t);
	} else
		while (e < end && sr__word_byte[t[e]] == SR_WB_WORD)
			e++;
	w.off = (uint32_t)b;
	w.len = (uint32_t)(e - b);
	if (skip_the && sr__word_is(text, w, "the"))
		return sr__next_word(text, end, e, 0);
	return w;
}
/* The next word at or after off before end, past any punctuation
 * between (sr__next_word stops at a comma): for scanning every word of a
 * sentence. */
static inline struct sr_span sr__next_word_across(const char *text, size_t end,
						  size_t off)
{
	const unsigned char *t = (const unsigned char *)text;

	while (off < end && sr__word_byte[t[off]] != SR_WB_WORD)
		off++;
	return sr__next_word(text, end, off, 0);
}
/* A filter of the words list[0..n) for sr__word_in, kept per thread in
 * a slot found by the list's address (match.c): bit sr__wf_bit of each
 * word's first letter and length.  Lists are static arrays, never
 * changed, and a slot is filled anew when its list or n differs; by bits
 * 3 to 15 of the address, the lists of the rules (within 64 KB of
 * relocated read-only data, some 38 KB now) each keep a slot of their
 * own: two lists 32 KB apart took turns in one slot of 4,096, each filling
 * it anew at every call. */
struct sr_wfilter {
	const char *const *list;
	size_t n;
	uint64_t bits;
	/* asked by sr__word_scan past bits: bit sr__wf_bit2 of each word,
	 * and whether one is empty */
	uint64_t bits2;
	int empty;
};
#define SR_WFILTERS 8192
extern _Thread_local struct sr_wfilter sr__wfilters[SR_WFILTERS];
void sr__wfilter_fill(struct sr_wfilter *f, const char *const *list, size_t n);
/* The filter bit of a word of len bytes starting with byte c (either
 * case). */
static inline unsigned sr__wf_bit(unsigned char c, size_t len)
{
	return ((((unsigned)c | 0x20) & 31) * 8 +
		(unsigned)(len < 31 ? len : 31)) &
	       63;
}
/* A second filter bit, of the first letter's bits that sr__wf_bit drops
 * (mod 32, above 7) and of the length's below 16. */
static inline unsigned sr__wf_bit2(unsigned char c, size_t len)
{
	return (((unsigned)c | 0x20) & 31) >> 3 << 4 | ((unsigned)len & 15);
}
/* 1 if the word w of text is one of the lower-case words list[0..n),
 * ignoring ASCII case: the words compared one by one (match.c). */
int sr__word_scan(const char *text, struct sr_span w, const char *const *list,
		  size_t n);
/* The same, for tables, where sr__word_is would take the strlen of every
 * entry.  Most words are in no list: turned down inline by the list's
 * filter, before any of its words is read. */
static inline int sr__word_in(const char *text, struct sr_span w,
			      const char *const *list, size_t n)
{
	if (w.len) {
		struct sr_wfilter *f =
		    &sr__wfilters[((uintptr_t)list >> 3) & (SR_WFILTERS - 1)];
		unsigned bit = sr__wf_bit((unsigned char)text[w.off], w.len);

		if (f->list != list || f->n != n)
			sr__wfilter_fill(f, list, n);
		if (!((f->bits >> bit) & 1))
			return 0;
	}
	return sr__word_scan(text, w, list, n);
}
/* A word list for sr__wlist_has: for each first letter (folded, mod 32)
 * the lengths of its words as bits (bit 31 for 31 bytes or more), so most
 * words are turned down by one lookup.  Declare with SR_WLIST(array) and
 * fill once with sr__wlist_build (under pthread_once) before use. */
#define SR_WLIST_MAX 64 /* words a list may have for its index */
struct sr_wlist {
	const char *const *w;
	size_t n;
	uint32_t lens[32];
	/* the words of each first letter (folded, mod 32), in list order:
	 * w[order[k]] for k in [start[l], start[l + 1]) */
	unsigned char start[33];
	unsigned char order[SR_WLIST_MAX];
};
#define SR_WLIST(a)                                                            \
	{                                                                      \
		(a), SR_ARRAY_LEN(a), { 0 }, { 0 },                            \
		{                                                              \
			0                                                      \
		}                                                              \
	}
void sr__wlist_build(struct sr_wlist *l);
/* The words of l with w's first letter compared with w (all of them, for
 * an empty w or a list too long for the index): one bucket of a list of
 * titles, not its 48 words; match.c. */
int sr__wlist_scan(const char *text, struct sr_span w,
		   const struct sr_wlist *l);
/* sr__word_in(text, w, l->w, l->n), exactly (its own filter exact). */
static inline int sr__wlist_has(const char *text, struct sr_span w,
				const struct sr_wlist *l)
{
	if (w.len && !((l->lens[((unsigned char)text[w.off] | 0x20) & 31] >>
			(w.len < 31 ? w.len : 31)) &
		       1))
		return 0;
	return sr__wlist_scan(text, w, l);
}
/* Index of the first match with start >= off among c->m[from..to). */
static inline const struct sr_entry *sr__match_entry(const struct actx *c,
						     size_t i)
{
	return &c->ent[c->m[i].entry];
}
/* The cue type of the match starting exactly at off (0 if none).  The
 * bit of off's offset mod 64 answers most questions inline; the matches
 * are searched out of line. */
int sr__cue_find(const struct actx *c, const struct sent *s, uint32_t off);
static inline int sr__cue_at(const struct actx *c, const struct sent *s,
			     uint32_t off)
{
	if (!((s->cue_offs >> (off & 63)) & 1))
		return 0; /* no cue starts at an offset like off */
	return sr__cue_find(c, s, off);
}

#endif
