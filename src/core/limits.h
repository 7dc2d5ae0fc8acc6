/*
 * limits.h - the named caps on every growable buffer and input size.
 * Inputs over a cap are rejected with SR_ETOOBIG / SR_EINPUT, never
 * truncated silently.
 */
#ifndef SR_CORE_LIMITS_H
#define SR_CORE_LIMITS_H

#define SR_MAX_DOC_LEN	       (16u * 1024 * 1024) /* one article's text, bytes */
#define SR_MAX_LINE_LEN	       (32u * 1024 * 1024) /* one JSONL line, bytes */
#define SR_MAX_SENTENCE_TOKENS 512	  /* tokens looked at per sentence */
#define SR_MAX_SENTENCES       65536	  /* sentences per article */
#define SR_MAX_EVENTS_PER_DOC  4096	  /* events per article */
#define SR_MAX_MATCHES_PER_DOC (1u << 20) /* lexicon matches per article */
#define SR_MAX_NAME_LEN	       200	  /* a place or actor name, bytes */
#define SR_MAX_PATH_LEN	       4096
#define SR_MAX_HTTP_BODY       (8u * 1024 * 1024)
#define SR_MAX_BUF	       (256u * 1024 * 1024) /* any sr_buf unless told */

#endif
