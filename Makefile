# sitrep - one non-recursive GNU Makefile.
#
#   make            build ./sitrep
#   make deps       install Debian packages and registry data, build the
#                   default gazetteer (quiet when all is there)
#   make check      deps + build + unit, golden, CLI and fuzz-replay tests
#   make demo       deps + build + ingest data/samples, print a table,
#                   write out/events.csv and out/events.geojson
#   make bench      synthetic corpus throughput (never part of check)
#   make eval       accuracy on ../shared/data/eval (never part of check)
#   make fuzz       libFuzzer targets (clang)
#   make lint       clang-format --dry-run and cppcheck
#
# SAN=address,undefined builds everything with sanitizers;
# VALGRIND=1 runs the unit tests under valgrind.

CC      ?= cc
SAN     ?=
OPT     ?= -O2
WERROR  ?= $(if $(CI),-Werror,)
PKGS    := sqlite3 libutf8proc jansson
B       := build
DEPS_DIR ?= $(CURDIR)/.deps
SHARED  ?= $(abspath $(CURDIR)/../shared)

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wno-unused-parameter $(WERROR)
SANFLAGS := $(if $(SAN),-fsanitize=$(SAN) -fno-omit-frame-pointer,)
CFLAGS  ?= $(OPT) -g
ALL_CFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
        $(CFLAGS) $(WARN) $(SANFLAGS) -Iinclude -I$(B)/gen \
        -DSR_DEFAULT_GAZETTEER='"$(DEPS_DIR)/default.gaz"' \
        -DSR_DEPS_DIR='"$(DEPS_DIR)"' \
        -DSR_DATA_DIR='"$(CURDIR)/data"' \
        $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm -lpthread
LDFLAGS += $(SANFLAGS)

STAGES  := core ingest text lexicon extract merge store export
LIB_SRC := $(foreach s,$(STAGES),$(wildcard src/$(s)/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(B)/%.o) $(B)/gen/data_blob.o
CLI_SRC := $(wildcard src/cli/*.c)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/%.o)
DATA_FILES := $(sort $(wildcard data/*.tsv))

UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all check unit cases clitest fuzz-replay demo bench eval deps fuzz \
        lint clean distclean
all: sitrep

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

$(B)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# Dictionaries are compiled into the binary: data/*.tsv -> one C array each.
$(B)/tools/embed: scripts/embed.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -o $@ $<

$(B)/gen/data_blob.c: $(B)/tools/embed $(DATA_FILES)
	@mkdir -p $(dir $@)
	$(B)/tools/embed $(DATA_FILES) > $@.tmp && mv $@.tmp $@

$(B)/gen/data_blob.o: $(B)/gen/data_blob.c
	$(CC) $(ALL_CFLAGS) -Wno-overlength-strings -c $< -o $@

$(B)/libsitrep.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

sitrep: $(CLI_OBJ) $(B)/libsitrep.a
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libsitrep.a $(LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/libsitrep.a tests/unit/testutil.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Isrc $(shell pkg-config --cflags cmocka) -o $@ $< \
	  $(B)/libsitrep.a $(LIBS) $(shell pkg-config --libs cmocka) $(LDFLAGS)

deps:
	@scripts/deps.sh

check: deps
	@$(MAKE) --no-print-directory sitrep $(UNIT_BIN)
	@$(MAKE) --no-print-directory unit cases clitest fuzz-replay

unit: $(UNIT_BIN)
	@scripts/run-unit.sh $(UNIT_BIN)

cases: sitrep
	@tests/cases/run.sh

clitest: sitrep
	@tests/cli/run.sh

fuzz-replay: $(B)/libsitrep.a
	@scripts/fuzz-replay.sh

demo: deps
	@$(MAKE) --no-print-directory sitrep
	@scripts/demo.sh

bench: sitrep
	@$(MAKE) --no-print-directory $(B)/bench/gen
	@bench/run.sh

$(B)/bench/gen: bench/gen.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -O2 -Wall -o $@ $<

eval: sitrep
	@scripts/eval.sh "$(SHARED)"

fuzz:
	@scripts/fuzz.sh

lint:
	clang-format --dry-run --Werror $(LIB_SRC) $(CLI_SRC) include/sitrep.h
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance \
	  --suppress=missingIncludeSystem -Iinclude src

clean:
	rm -rf $(B) sitrep out

distclean: clean
	rm -rf $(DEPS_DIR)
