/*
 * lexicon.h - the compiled dictionaries: ontology, triggers, weapons, cues,
 * actors and countries (from data/ TSV files compiled into the binary), and
 * one Aho-Corasick automaton over all their phrases.
 *
 * One pass of sr__lex_scan over an article's folded text yields every
 * whole-word match.  The lexicon is immutable after sr__lex_new and shared
 * by threads; scanning needs no shared scratch.
 */
#ifndef SR_LEXICON_LEXICON_H
#define SR_LEXICON_LEXICON_H

#include "../core/core.h"
#include "countries.h"

/* One ontology row (data/ontology.tsv).  Strings NULL when empty. */
struct sr_kind {
	const char *name;
	const char *disorder_type;
	const char *event_type;
	const char *sub_event_type;
	const char *plover_type;
	const char *plover_mode;
	const char *cameo_code;
	int priority;
};

enum sr_entry_type {
	SR_ENT_TRIGGER = 1,
	SR_ENT_WEAPON,
	SR_ENT_CUE,
	SR_ENT_ACTOR,
	SR_ENT_COUNTRY_NAME,	/* "Russia", "Russian Federation" */
	SR_ENT_COUNTRY_DEMONYM, /* "Russian", "Russians" */
};

enum sr_cue {
	SR_CUE_NONE = 0,
	SR_CUE_KILL,
	SR_CUE_CASUALTY,
	SR_CUE_INJURE,
	SR_CUE_CLAIM,
	SR_CUE_DENY,
	SR_CUE_PLAN,
	SR_CUE_NEG,
	SR_CUE_REGION,
	SR_CUE_DISTRICT,
	SR_CUE_NEAR,
	SR_CUE_IN,
	SR_CUE_ON,
	SR_CUE_OVER,
	SR_CUE_FROM,
	SR_CUE_BY,
	SR_CUE_PERSON,
	SR_CUE_CIVILIAN,
	SR_CUE_SOLDIER,
	SR_CUE_GENERIC,	  /* background: "ongoing", "recent", "both sides" */
	SR_CUE_TOPIC,	  /* "to discuss", "about": what follows is a topic */
	SR_CUE_TARGET,	  /* an object struck: "power plant", "building" */
	SR_CUE_ABSTRACT,  /* after a trigger makes it abstract: "offensive
			     strategy", "attack capabilities" */
	SR_CUE_MILTARGET, /* "positions", "defences": a ground assault */
	SR_CUE_MOB,	  /* "crowd", "villagers armed with": mob violence */
	SR_CUE_RIOT,	  /* "threw stones", "set fire": violent protest */
	SR_CUE_LETHAL,	  /* "fired on", "live ammunition" */
	SR_CUE_INTERVENE, /* "dispersed", "tear gas", "detained" */
	SR_CUE_HEADNOUN,  /* "ship", "gear": after a trigger makes it a
			     modifier ("landing ship", "landing gear") */
	SR_CUE_KILLP,	  /* "destroyed", "eliminated": a kill only of a
			     count of people after it ("eliminated 40
			     invaders"), never of things */
	SR_CUE_FALSE,	  /* "false", "baseless": a denial only when said of
			     the report ("the reports were false"), not
			     of a noun ("false claims") */
	SR_CUE_ACCIDENT,  /* "collapse", "derailed", "stampede": a toll
			     these words give is an accident's, no attack */
	SR_CUE_RETRACT,	  /* "earlier version", "incorrectly": what the
			     sentence tells was withdrawn */
};

enum sr_actor_type {
	SR_ACT_MIL = 1,
	SR_ACT_GOV,
	SR_ACT_GROUP,
	SR_ACT_POLICE,
	SR_ACT_CIV,
	SR_ACT_ORG,
	SR_ACT_METONYM,
	SR_ACT_HEAD_MIL,
	SR_ACT_HEAD_GOV,
	SR_ACT_HEAD_CIV,
	SR_ACT_HEAD_POLICE,
	SR_ACT_PROTESTERS,
	SR_ACT_RIOTERS,
	SR_ACT_UNKNOWN,
	SR_ACT_ENEMY,
	SR_ACT_SPEAKER, /* a named official: a claimant, never a party */
};

/* A dictionary entry; what a match points to. */
struct sr_entry {
	unsigned char type;	/* enum sr_entry_type */
	unsigned char pos;	/* triggers: 'v', 'n' or 'p' */
	unsigned char strength; /* triggers: 1..3 */
	unsigned char sub;  /* cue: enum sr_cue; actor: enum sr_actor_type */
	int kind;	    /* triggers, weapons: index into kinds; -1 none;
			       generic triggers: SR_KIND_ATTACK/STRIKE */
	const char *phrase; /* as listed, lower case */
	const char *name;   /* weapon / actor canonical name ("%s" allowed) */
	const char *iso3;   /* actor country; weapon: its user; NULL none */
	const struct sr_country *country; /* country entries */
};

#define SR_KIND_ATTACK (-2) /* generic "attack": resolve from context */
#define SR_KIND_STRIKE (-3) /* generic "strike": resolve from context */

/* A whole-word match in the folded text. */
struct sr_match {
	uint32_t off;	/* byte offset in the ORIGINAL text */
	uint32_t len;	/* bytes in the original text */
	uint32_t entry; /* index into the lexicon's entries */
};

struct sr_lex;

/* Build from the compiled-in data files.  Caller owns *out. */
int sr__lex_new(struct sr_lex **out, struct sr_diag *d);
void sr__lex_free(struct sr_lex *lx);

const struct sr_entry *sr__lex_entry(const struct sr_lex *lx, uint32_t i);
size_t sr__lex_kind_count(const struct sr_lex *lx);
const struct sr_kind *sr__lex_kind(const struct sr_lex *lx, int i);
/* Index of kind name, -1 if unknown. */
int sr__lex_kind_find(const struct sr_lex *lx, const char *name);

/* Folded text: typographic quotes and dashes and the no-break space as
 * their ASCII forms (one byte each), with a way back to original offsets.
 * Case is left alone: the automaton reads both cases as one symbol.  When
 * there is nothing to fold (most articles) s is the text itself and nothing
 * is copied.  Caller-owned scratch, reused. */
struct sr_fold {
	const char *s; /* the text to scan: the article's or buf */
	size_t len;
	char *buf; /* the folded copy, when one was needed */
	size_t cap;
	/* Offsets move only after a folded character: pairs (o, d) in
	 * increasing o, meaning folded offsets >= o are original offset
	 * o + d, until the next pair.  None when nothing was folded. */
	uint32_t *bp;
	size_t nbp, bp_cap;
};
void sr__fold_init(struct sr_fold *f);
void sr__fold_clear(struct sr_fold *f);
int sr__fold_text(struct sr_fold *f, const char *text, size_t len);

/* Scan the folded text; append whole-word matches (all of them, including
 * overlapping ones) in order of their end offset to *out (an sr_buf used as
 * an array of struct sr_match).  tail is scratch (the matches of all but the
 * first quarter of a long text, before they are appended).  Returns 0 or
 * SR_ENOMEM / SR_ETOOBIG. */
int sr__lex_scan(const struct sr_lex *lx, const struct sr_fold *f,
		 struct sr_buf *out, struct sr_buf *tail);

#endif
