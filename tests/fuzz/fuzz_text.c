/*
 * fuzz_text.c - libFuzzer target for the text layer: sentences, tokens,
 * numbers and dates on arbitrary bytes.  Defines only
 * LLVMFuzzerTestOneInput, so a replay driver without libFuzzer can link it.
 *
 * The first input byte, when there is one, picks the article date (known
 * or unknown, near month and year ends); the rest is the text.  Every span
 * returned must lie inside its input span and be ordered; a violation
 * traps.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../src/text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(x) do { if (!(x)) __builtin_trap(); } while (0)

static void check_span(struct sr_span s, struct sr_span in)
{
	CHECK(s.off >= in.off);
	CHECK((uint64_t)s.off + s.len <= (uint64_t)in.off + in.len);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct sr_ymd dates[] = {
		{ 0, 0, 0 }, { 2024, 2, 20 }, { 2024, 1, 1 }, { 2024, 3, 1 },
		{ 2023, 12, 31 }, { 1900, 1, 1 }, { 2100, 12, 31 },
		{ 2024, 2, 29 },
	};
	struct sr_span sent[64], all;
	struct sr_token tok[256];
	struct sr_number num[64];
	struct sr_date_expr dt[64];
	struct sr_ymd art;
	const char *text;
	size_t len, ns, i, k, n;
	uint32_t prev;

	if (size > (1u << 20))
		return 0;
	art = dates[size ? data[0] % 8 : 0];
	text = size ? (const char *)data + 1 : (const char *)data;
	len = size ? size - 1 : 0;
	all.off = 0;
	all.len = (uint32_t)len;

	ns = sr__sentences(text, len, sent, 64);
	prev = 0;
	for (i = 0; i < ns && i < 64; i++) {
		check_span(sent[i], all);
		CHECK(sent[i].len > 0);
		CHECK(sent[i].off >= prev);
		prev = sent[i].off + sent[i].len;

		n = sr__tokens(text, sent[i], tok, 256);
		CHECK(n <= 256);
		for (k = 0; k < n; k++) {
			check_span(tok[k].span, sent[i]);
			CHECK(tok[k].span.len > 0);
			CHECK(tok[k].kind >= SR_TOK_WORD &&
			      tok[k].kind <= SR_TOK_PUNCT);
		}
		n = sr__numbers(text, sent[i], num, 64);
		for (k = 0; k < n; k++) {
			check_span(num[k].span, sent[i]);
			CHECK(num[k].high == -1 || num[k].high >= num[k].low);
			CHECK(num[k].low >= 0);
		}
		n = sr__dates(text, sent[i], art, dt, 64);
		for (k = 0; k < n; k++) {
			check_span(dt[k].span, sent[i]);
			CHECK(sr_ymd_valid(dt[k].date.y, dt[k].date.m,
					   dt[k].date.d));
			CHECK(dt[k].precision >= 1 && dt[k].precision <= 3);
		}
	}
	/* the whole input as one span, and number_at at every offset */
	n = sr__numbers(text, all, num, 64);
	for (k = 0; k < n; k++)
		check_span(num[k].span, all);
	n = sr__dates(text, all, art, dt, 64);
	for (k = 0; k < n; k++)
		check_span(dt[k].span, all);
	for (i = 0; i < len && i < 4096; i++) {
		struct sr_number one;

		if (sr__number_at(text, i, len, &one)) {
			CHECK(one.span.off == i);
			CHECK(one.span.off + one.span.len <= len);
		}
	}
	return 0;
}
