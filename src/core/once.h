/*
 * once.h - pthread_once behind a flag read with acquire.
 *
 * glibc's pthread_once is cheap, but it is a call: a hot function that
 * makes one pays for the call and for the registers GCC saves around it
 * on every call.  sr__once reads a flag inline and calls pthread_once
 * only until the table is known to be built.
 */
#ifndef SR_CORE_ONCE_H
#define SR_CORE_ONCE_H

#include <pthread.h>
#include <stdatomic.h>

struct sr_once {
	pthread_once_t once;
	atomic_int done;
};

#define SR_ONCE_INIT                                                           \
	{                                                                      \
		PTHREAD_ONCE_INIT, 0                                           \
	}

/* The first calls, out of line: the caller's own path makes no call. */
static __attribute__((noinline, unused)) void sr__once_slow(struct sr_once *o,
							    void (*fn)(void))
{
	pthread_once(&o->once, fn);
	atomic_store_explicit(&o->done, 1, memory_order_release);
}

/* Run fn once in the process, as pthread_once(&o->once, fn).  done is
 * set (release) only after pthread_once has returned, when fn's writes
 * are visible here; a thread that reads it set (acquire) sees them too. */
static inline void sr__once(struct sr_once *o, void (*fn)(void))
{
	if (!atomic_load_explicit(&o->done, memory_order_acquire))
		sr__once_slow(o, fn);
}

#endif
