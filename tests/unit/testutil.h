/* testutil.h - includes every cmocka test needs, in the order it wants. */
#ifndef SR_TESTUTIL_H
#define SR_TESTUTIL_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "sitrep.h"
#endif
