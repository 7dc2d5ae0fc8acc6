/*
 * extract.h - internals of the extraction stage: the engine, the doc with
 * its per-thread scratch, and helpers shared with tests and the store.
 */
#ifndef SR_EXTRACT_H
#define SR_EXTRACT_H

#include "../core/core.h"
#include "../lexicon/gazetteer.h"
#include "../lexicon/lexicon.h"
#include "../text/text.h"

/* Kinds the extractor's rules name, resolved once against the ontology. */
enum sr_kid {
	K_ABDUCTION,
	K_ACCUSATION,
	K_AGREEMENT,
	K_AIR_DRONE_STRIKE,
	K_ARMED_CLASH,
	K_ARREST,
	K_ATTACK_CIVILIANS,
	K_BASE_ESTABLISHED,
	K_EXPLOSION,
	K_GRENADE,
	K_INTERCEPTION,
	K_LOOTING_DESTRUCTION,
	K_MOB_VIOLENCE,
	K_PEACEFUL_PROTEST,
	K_PROTEST_EXCESSIVE_FORCE,
	K_PROTEST_INTERVENTION,
	K_REMOTE_EXPLOSIVE,
	K_SHELLING_MISSILE,
	K_SUICIDE_BOMB,
	K_TERRITORY_GAIN,
	K_TERRITORY_TRANSFER,
	K_TROOP_DEPLOYMENT,
	K_VIOLENT_DEMONSTRATION,
	K_COUNT
};

struct sr_engine {
	struct sr_lex *lex;
	struct sr_gaz *gaz; /* NULL when running without a gazetteer */
	char focus[16][3];  /* ISO2 codes from --focus */
	size_t focus_count;
	int stop_after;		   /* enum sr_stage */
	int kid[K_COUNT];	   /* enum sr_kid -> ontology index, -1 none */
	unsigned char violent[64]; /* by ontology index: disorder type is
				      "Political violence" */
	char dyad[32][2][4];	   /* data/dyads.tsv: ISO3 pairs at war */
	size_t ndyad;
	char held[16][4][8]; /* data/occupied.tsv: cc, admin1, held by,
				extent ("whole", "part") */
	size_t nheld;
	struct held_place *held_at; /* data/held_places.tsv, by latitude */
	size_t nheld_at;
	double held_reach; /* degrees of latitude: the largest radius of
			      held_at, 1 km more, with a margin */
	uint64_t *stop;	   /* hash set of stopwords.tsv (engine.c), or NULL */
	size_t stop_mask;  /* slots - 1, slots a power of 2 */
	int stop_zero;	   /* a stopword hashes to 0 */
};

struct sr_doc {
	struct sr_arena arena; /* strings of events; reset per article */
	struct sr_event *ev;   /* events, ev_count used of ev_cap */
	size_t ev_count;
	size_t ev_cap;
	/* scratch, reused across articles */
	struct sr_fold fold;
	struct sr_buf matches;	/* struct sr_match[] */
	struct sr_buf tail;	/* scratch of sr__lex_scan */
	struct sr_buf sents;	/* struct sr_span[] */
	struct sr_buf mentions; /* struct place_mention[] (places.c) */
	struct sr_buf work;	/* struct sr_event[] before merging */
	/* gazetteer lookups of names seen before (places.c), or NULL */
	struct sr__name_memo *names;
};

/* Append a copy of ev to doc: every string is copied into the doc's arena,
 * so ev may be freed afterwards.  Used by the extractor itself, by the store
 * tests and by review tools. */
int sr__doc_push(struct sr_doc *doc, const struct sr_event *ev);
/* Drop all events and reset the arena (keeps memory). */
void sr__doc_reset(struct sr_doc *doc);
/* Initialise ev with every count SR_NULL_COUNT, strings NULL, status
 * reported, confidence 0. */
void sr__event_init(struct sr_event *ev);

/* The other side of iso3's war in data/dyads.tsv, or NULL (none, or more
 * than one). */
const char *sr__engine_partner(const struct sr_engine *e, const char *iso3);
/* A town of a partly held region and who held it when
 * (data/held_places.tsv). */
struct held_place {
	double lat, lon, km;
	char held_by[4];
	struct sr_ymd from, until; /* y == 0: open */
	uint32_t row; /* in the file: the first that matches wins */
};
/* The ISO3 code of the state holding the town at (lat, lon) on date
 * (data/held_places.tsv), or NULL when no listed town is there; within
 * > 0 narrows each row's radius to that many km (the town itself, not a
 * village on its edge). */
const char *sr__engine_town_holder(const struct sr_engine *e, double lat,
				   double lon, struct sr_ymd date,
				   double within);
/* Distance in km from (lat, lon) to the nearest point of the
 * Russia-Ukraine border line (an approximation good to some 30 km). */
double sr__ua_ru_border_km(double lat, double lon);
/* Admin-1 region (cc, admin1) in data/occupied.tsv, in one pass over its
 * rows: returns 1 if another state holds it, wholly or in part; sets
 * *holder to the ISO3 code of the state holding it whole (not cc's),
 * else NULL, and *edge to 1 if another state holds it only at its edge
 * (extent "edge": a place there that no row of data/held_places.tsv
 * covers is its own state's), else 0. */
int sr__engine_region(const struct sr_engine *e, const char *cc,
		      const char *admin1, const char **holder, int *edge);

/* 1 if the folded word w[0..n) is in data/stopwords.tsv. */
int sr__engine_is_stopword(const struct sr_engine *e, const char *w, size_t n);
/* The same for a word of hash h = sr__hash64(w, n). */
int sr__engine_is_stopword_h(const struct sr_engine *e, uint64_t h);

#endif
