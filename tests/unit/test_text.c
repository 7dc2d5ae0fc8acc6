/*
 * test_text.c - tables for the text layer: sentences, tokens, numbers and
 * dates (the curl/SQLite date-table style: one row per phrasing, each with
 * the exact expected output), plus junk that must give nothing.
 */
#include "testutil.h"

#include <stdio.h>

#include "text/text.h"

#define CAP 64

/* ---- helpers: render results as one comparable string ---- */

static void cat(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void cat(char *buf, size_t cap, const char *fmt, ...)
{
	size_t n = strlen(buf);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf + n, cap - n, fmt, ap);
	va_end(ap);
}

static void render_sentences(const char *s, char *buf, size_t cap)
{
	struct sr_span out[CAP];
	size_t n, i;

	buf[0] = '\0';
	n = sr__sentences(s, strlen(s), out, CAP);
	for (i = 0; i < n && i < CAP; i++)
		cat(buf, cap, "%s%.*s", i ? " | " : "", (int)out[i].len,
		    s + out[i].off);
}

/* sr__numbers_tok finds the n phrases of want in text[sp] too, with all
 * the tokens of the span and with only the first few of them. */
static void same_numbers_tok(const char *s, struct sr_span sp,
			     const struct sr_number *want, size_t n)
{
	struct sr_token tok[CAP];
	struct sr_number got[CAP];
	size_t nt = sr__tokens(s, sp, tok, CAP), k, i;

	for (k = 0; k <= nt; k++) {
		assert_int_equal(sr__numbers_tok(s, sp, tok, k, got, CAP), n);
		for (i = 0; i < n; i++) {
			assert_int_equal(got[i].span.off, want[i].span.off);
			assert_int_equal(got[i].span.len, want[i].span.len);
			assert_int_equal(got[i].value, want[i].value);
			assert_int_equal(got[i].low, want[i].low);
			assert_int_equal(got[i].high, want[i].high);
			assert_int_equal(got[i].vague, want[i].vague);
			assert_int_equal(got[i].ordinal, want[i].ordinal);
		}
	}
}

static void render_numbers(const char *s, char *buf, size_t cap)
{
	struct sr_number out[CAP];
	struct sr_span sp = { 0, (uint32_t)strlen(s) };
	size_t n, i;

	buf[0] = '\0';
	n = sr__numbers(s, sp, out, CAP);
	same_numbers_tok(s, sp, out, n);
	for (i = 0; i < n; i++)
		cat(buf, cap, "%s%.*s=%lld/%lld/%lld%s%s", i ? "; " : "",
		    (int)out[i].span.len, s + out[i].span.off,
		    (long long)out[i].value, (long long)out[i].low,
		    (long long)out[i].high, out[i].vague ? " v" : "",
		    out[i].ordinal ? " o" : "");
}

static struct sr_ymd ymd(const char *s)
{
	struct sr_ymd d = { 0, 0, 0 };

	if (s)
		assert_int_equal(sr_ymd_parse(s, strlen(s), &d), 0);
	return d;
}

/* sr__dates_tok finds the n expressions of want in text[sp] too, with all
 * the tokens of the span and with only the first few of them. */
static void same_dates_tok(const char *s, struct sr_span sp, struct sr_ymd art,
			   const struct sr_date_expr *want, size_t n)
{
	struct sr_token tok[CAP];
	struct sr_date_expr got[CAP];
	size_t nt = sr__tokens(s, sp, tok, CAP), k, i;

	for (k = 0; k <= nt; k++) {
		assert_int_equal(sr__dates_tok(s, sp, tok, k, art, got, CAP),
				 n);
		for (i = 0; i < n; i++) {
			assert_int_equal(got[i].span.off, want[i].span.off);
			assert_int_equal(got[i].span.len, want[i].span.len);
			assert_int_equal(got[i].date.y, want[i].date.y);
			assert_int_equal(got[i].date.m, want[i].date.m);
			assert_int_equal(got[i].date.d, want[i].date.d);
			assert_int_equal(got[i].precision, want[i].precision);
			assert_int_equal(got[i].relative, want[i].relative);
			assert_int_equal(got[i].historical, want[i].historical);
		}
	}
}

static void render_dates(const char *art, const char *s, char *buf, size_t cap)
{
	struct sr_date_expr out[CAP];
	struct sr_span sp = { 0, (uint32_t)strlen(s) };
	size_t n, i;
	char d[11];

	buf[0] = '\0';
	n = sr__dates(s, sp, ymd(art), out, CAP);
	same_dates_tok(s, sp, ymd(art), out, n);
	for (i = 0; i < n; i++) {
		sr_ymd_format(out[i].date, d);
		cat(buf, cap, "%s%.*s=%s/p%d%s%s", i ? "; " : "",
		    (int)out[i].span.len, s + out[i].span.off, d,
		    out[i].precision, out[i].relative ? " r" : "",
		    out[i].historical ? " h" : "");
	}
}

struct row {
	const char *in;
	const char *want;
};

struct drow {
	const char *art; /* article date, NULL unknown */
	const char *in;
	const char *want;
};

static int check_rows(const char *what, const struct row *rows, size_t n,
		      void (*render)(const char *, char *, size_t))
{
	char buf[2048];
	size_t i;
	int bad = 0;

	for (i = 0; i < n; i++) {
		render(rows[i].in, buf, sizeof(buf));
		if (strcmp(buf, rows[i].want) != 0) {
			print_error(
			    "%s row %zu: \"%s\"\n  want: %s\n  got:  %s\n",
			    what, i, rows[i].in, rows[i].want, buf);
			bad++;
		}
	}
	return bad;
}

/* ---- sentences ---- */

static const struct row sentence_rows[] = {
	{ "Gen. Ivanov arrived. He left.", "Gen. Ivanov arrived. | He left." },
	{ "Lt. Col. Smith spoke to Mr. Jones. Then he left.",
	  "Lt. Col. Smith spoke to Mr. Jones. | Then he left." },
	{ "The U.S. military said so. The U.K. agreed.",
	  "The U.S. military said so. | The U.K. agreed." },
	{ "Aid came from the U.S. The ship docked.",
	  "Aid came from the U.S. | The ship docked." },
	{ "U.S. President Biden spoke.", "U.S. President Biden spoke." },
	{ "It began at 5 a.m. The shelling lasted hours.",
	  "It began at 5 a.m. | The shelling lasted hours." },
	{ "At 5 a.m. local time, shells fell.",
	  "At 5 a.m. local time, shells fell." },
	{ "He arrived at 10 p.m. yesterday.",
	  "He arrived at 10 p.m. yesterday." },
	{ "Prices rose 3.5 percent. Then fell.",
	  "Prices rose 3.5 percent. | Then fell." },
	{ "\"We will win,\" he said. \"They will lose.\"",
	  "\"We will win,\" he said. | \"They will lose.\"" },
	{ "He said: \"It is over.\" Officials disagreed.",
	  "He said: \"It is over.\" | Officials disagreed." },
	{ "(See the map.) The next day was calm.",
	  "(See the map.) | The next day was calm." },
	{ "J. R. Smith wrote it. It sold.",
	  "J. R. Smith wrote it. | It sold." },
	{ "Headline here\n\nBody text starts. Next one.",
	  "Headline here | Body text starts. | Next one." },
	{ "On Jan. 5 troops moved. On Feb. 6 they left.",
	  "On Jan. 5 troops moved. | On Feb. 6 they left." },
	{ "It was cold in Jan. The snow came.",
	  "It was cold in Jan. | The snow came." },
	{ "Brigade No. 5 held. No. They did not.",
	  "Brigade No. 5 held. | No. | They did not." },
	{ "What happened? Nobody knows! Really.",
	  "What happened? | Nobody knows! | Really." },
	{ "Wait... The shells came.", "Wait... | The shells came." },
	{ "He said wait... and then left.", "He said wait... and then left." },
	{ "\xE2\x80\x9CIt is over.\xE2\x80\x9D Officials disagreed.",
	  "\xE2\x80\x9CIt is over.\xE2\x80\x9D | Officials disagreed." },
	{ "Wait\xE2\x80\xA6 Then it came.",
	  "Wait\xE2\x80\xA6 | Then it came." },
	{ "St. Petersburg is far. Kyiv is near.",
	  "St. Petersburg is far. | Kyiv is near." },
	{ "Trailing spaces.   ", "Trailing spaces." },
	{ "   leading and no stop", "leading and no stop" },
	{ "", "" },
	{ "   \n\n \t ", "" },
	{ "e.g. Kyiv was hit. Then Lviv.", "e.g. Kyiv was hit. | Then Lviv." },
	{ "Smith Jr. The next day he left.",
	  "Smith Jr. | The next day he left." },
	{ "Line one\nline two.", "Line one\nline two." },
	/* a headline on its own line before a long body line */
	{ "Kharkiv: two dead as drones hit depot\nRussian drones struck a fuel "
	  "depot in Kharkiv overnight, killing two workers, the city's mayor "
	  "said on "
	  "Telegram.",
	  "Kharkiv: two dead as drones hit depot | Russian drones struck a "
	  "fuel depot in Kharkiv overnight, killing two workers, the city's "
	  "mayor said on Telegram." },
	/* hard-wrapped text: short lines stay one sentence */
	{ "Russian drones struck a fuel depot in\nKharkiv overnight, killing "
	  "two "
	  "workers.",
	  "Russian drones struck a fuel depot in\nKharkiv overnight, killing "
	  "two workers." },
	/* a line that began on the line before is not a headline */
	{ "The strike, which the mayor\ncalled deliberate\nKilled two workers "
	  "at the depot on the edge of the city overnight, officials told "
	  "reporters on Sunday.",
	  "The strike, which the mayor\ncalled deliberate\nKilled two workers "
	  "at the depot on the edge of the city overnight, officials told "
	  "reporters on Sunday." },
	{ "Para one.\r\n\r\nPara two.", "Para one. | Para two." },
	{ "No stop here\n  \nNext paragraph", "No stop here | Next paragraph" },
	{ "Dr. Who? No.", "Dr. Who? | No." },
	{ "The Washington D.C. office closed. Staff left.",
	  "The Washington D.C. office closed. | Staff left." },
	{ "He went to Washington, D.C. In the morning he spoke.",
	  "He went to Washington, D.C. | In the morning he spoke." },
	{ "Sgt. Maj. Petrov and Capt. Orlov died. Two more fled.",
	  "Sgt. Maj. Petrov and Capt. Orlov died. | Two more fled." },
	{ "The vote was 52.5 per cent. Turnout fell.",
	  "The vote was 52.5 per cent. | Turnout fell." },
	{ "It hit at 5.30. 12 people died.",
	  "It hit at 5.30. | 12 people died." },
	{ "Shells hit Kharkiv.Then silence.",
	  "Shells hit Kharkiv.Then silence." },
	{ "He shouted \"Run!\" and fled.", "He shouted \"Run!\" and fled." },
	{ "They met in Sept. 2023. It failed.",
	  "They met in Sept. 2023. | It failed." },
	{ "A.", "A." },
	{ ".", "." },
	{ "?!?", "?!?" },
};

static void test_sentences(void **state)
{
	(void)state;
	assert_int_equal(check_rows("sentences", sentence_rows,
				    SR_ARRAY_LEN(sentence_rows),
				    render_sentences),
			 0);
}

static void test_sentences_cap(void **state)
{
	const char *s = "One. Two. Three. Four.";
	struct sr_span out[2];

	(void)state;
	assert_int_equal(sr__sentences(s, strlen(s), out, 2), 4);
	assert_int_equal(out[0].off, 0);
	assert_int_equal(out[0].len, 4);
	assert_int_equal(out[1].off, 5);
	assert_int_equal(sr__sentences(s, strlen(s), NULL, 0), 4);
	/* a length that cuts the text: nothing read past it */
	assert_int_equal(sr__sentences(s, 6, out, 2), 2);
	assert_int_equal(out[1].len, 1);
}

/* ---- tokens ---- */

static void test_tokens(void **state)
{
	const char *s = "Ukraine\xE2\x80\x99s F-16 jets fired 2,000 rounds, "
			"155mm \xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 "
			"\xE2\x80\x94 twenty-one\xC2\xA0"
			"3.5.";
	static const struct {
		const char *text;
		int kind, upper;
	} want[] = {
		{ "Ukraine\xE2\x80\x99s", SR_TOK_WORD, 1 },
		{ "F-16", SR_TOK_WORD, 1 },
		{ "jets", SR_TOK_WORD, 0 },
		{ "fired", SR_TOK_WORD, 0 },
		{ "2,000", SR_TOK_NUMBER, 0 },
		{ "rounds", SR_TOK_WORD, 0 },
		{ ",", SR_TOK_PUNCT, 0 },
		{ "155mm", SR_TOK_NUMBER, 0 },
		{ "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2", SR_TOK_WORD, 1 },
		{ "\xE2\x80\x94", SR_TOK_PUNCT, 0 },
		{ "twenty-one", SR_TOK_WORD, 0 },
		{ "3.5", SR_TOK_NUMBER, 0 },
		{ ".", SR_TOK_PUNCT, 0 },
	};
	struct sr_token out[CAP];
	struct sr_span sp = { 0, (uint32_t)strlen(s) };
	size_t n, i;

	(void)state;
	n = sr__tokens(s, sp, out, CAP);
	assert_int_equal(n, SR_ARRAY_LEN(want));
	for (i = 0; i < n; i++) {
		assert_int_equal(out[i].span.len, strlen(want[i].text));
		assert_memory_equal(s + out[i].span.off, want[i].text,
				    out[i].span.len);
		assert_int_equal(out[i].kind, want[i].kind);
		assert_int_equal(out[i].upper, want[i].upper);
	}
	/* cap and a sub-span */
	assert_int_equal(sr__tokens(s, sp, out, 3), 3);
	sp.off = 12;
	sp.len = 4;
	assert_int_equal(sr__tokens(s, sp, out, CAP), 1);
	assert_int_equal(out[0].span.off, 12);
	assert_int_equal(out[0].kind, SR_TOK_WORD);
	/* quotes around a word are not part of it; invalid UTF-8 is punct */
	{
		const char *q = "\xE2\x80\x98quoted\xE2\x80\x99 \xFF'x";
		struct sr_span qs = { 0, (uint32_t)strlen(q) };

		assert_int_equal(sr__tokens(q, qs, out, CAP), 6);
		assert_int_equal(out[1].span.len, 6);
		assert_int_equal(out[2].kind, SR_TOK_PUNCT);
		assert_int_equal(out[3].span.len, 1);
		assert_int_equal(out[3].kind, SR_TOK_PUNCT);
	}
}

/* ---- numbers ---- */

static const struct row number_rows[] = {
	/* digits and words */
	{ "two soldiers were killed", "two=2/2/2" },
	{ "2,000 people fled", "2,000=2000/2000/2000" },
	{ "twenty-one civilians", "twenty-one=21/21/21" },
	{ "twenty\xE2\x80\x93one civilians", "twenty\xE2\x80\x93one=21/21/21" },
	{ "twenty one civilians", "twenty one=21/21/21" },
	{ "thirty-five", "thirty-five=35/35/35" },
	{ "one hundred and fifty troops", "one hundred and fifty=150/150/150" },
	{ "a hundred and twenty", "a hundred and twenty=120/120/120" },
	{ "two thousand five hundred",
	  "two thousand five hundred=2500/2500/2500" },
	{ "twelve hundred", "twelve hundred=1200/1200/1200" },
	{ "1.5 million people", "1.5 million=1500000/1500000/1500000" },
	{ "2 million", "2 million=2000000/2000000/2000000" },
	{ "two million", "two million=2000000/2000000/2000000" },
	{ "a thousand", "a thousand=1000/1000/1000" },
	{ "a dozen soldiers", "a dozen=12/12/12" },
	{ "A dozen soldiers", "A dozen=12/12/12" },
	{ "a hundred people", "a hundred=100/100/100" },
	{ "half a dozen", "half a dozen=6/6/6" },
	{ "ten", "ten=10/10/10" },
	{ "Nineteen", "Nineteen=19/19/19" },
	{ "zero casualties", "zero=0/0/0" },
	{ "one of the drones", "one=1/1/1" },
	{ "killed 2000 people", "2000=2000/2000/2000" },
	{ "2022 was hard", "2022=2022/2022/2022" },
	{ "Three people died and 14 were injured", "Three=3/3/3; 14=14/14/14" },
	{ "4 killed, 2 wounded", "4=4/4/4; 2=2/2/2" },
	{ "two Su-25 aircraft", "two=2/2/2" },
	{ "both occupants were killed", "both=2/2/2" },
	/* vague words */
	{ "dozens were wounded", "dozens=12/12/99 v" },
	{ "Dozens of people", "Dozens=12/12/99 v" },
	{ "tens of thousands fled", "tens of thousands=10000/10000/99999 v" },
	{ "hundreds of homes", "hundreds=100/100/999 v" },
	{ "hundreds of thousands of people",
	  "hundreds of thousands=100000/100000/999999 v" },
	{ "thousands of people", "thousands=1000/1000/9999 v" },
	{ "scores of civilians", "scores=20/20/99 v" },
	{ "several drones", "several=3/3/9 v" },
	{ "several hundred people", "several hundred=300/300/999 v" },
	{ "a few shells", "a few=3/2/9 v" },
	{ "a few hundred", "a few hundred=300/200/999 v" },
	{ "a couple of tanks", "a couple=2/2/3 v" },
	{ "a couple of hundred", "a couple of hundred=200/200/399 v" },
	{ "a handful of", "a handful=3/2/5 v" },
	/* modifiers */
	{ "at least 12 people", "at least 12=12/12/-1 v" },
	{ "At least twelve", "At least twelve=12/12/-1 v" },
	{ "over 70 missiles", "over 70=70/71/-1 v" },
	{ "more than 100 drones", "more than 100=100/101/-1 v" },
	{ "more than a dozen", "more than a dozen=12/13/-1 v" },
	{ "in excess of 500", "in excess of 500=500/501/-1 v" },
	{ "just over 100", "just over 100=100/101/-1 v" },
	{ "upwards of 40", "upwards of 40=40/41/-1 v" },
	{ "nearly 200 shells", "nearly 200=200/180/200 v" },
	{ "almost 1,000", "almost 1,000=1000/900/1000 v" },
	{ "close to 50", "close to 50=50/45/50 v" },
	{ "about 30 soldiers", "about 30=30/27/33 v" },
	{ "around 30", "around 30=30/27/33 v" },
	{ "approximately 3,500 troops",
	  "approximately 3,500=3500/3150/3850 v" },
	{ "roughly 8", "roughly 8=8/7/9 v" },
	{ "about 3", "about 3=3/2/4 v" },
	{ "some 300 troops", "some 300=300/270/330 v" },
	{ "an estimated 400", "an estimated 400=400/360/440 v" },
	{ "a dozen or so", "a dozen or so=12/11/13 v" },
	{ "up to 40 people", "up to 40=40/1/40 v" },
	{ "as many as 50", "as many as 50=50/1/50 v" },
	{ "at most 5", "at most 5=5/1/5 v" },
	{ "no more than 20", "no more than 20=20/1/20 v" },
	{ "no fewer than 20", "no fewer than 20=20/20/-1 v" },
	{ "fewer than 10", "fewer than 10=10/1/9 v" },
	{ "less than a hundred", "less than a hundred=100/1/99 v" },
	{ "at least two dozen", "at least two dozen=24/24/-1 v" },
	{ "at least dozens", "at least dozens=12/12/99 v" },
	/* ranges */
	{ "between 10 and 15 civilians", "between 10 and 15=10/10/15 v" },
	{ "between ten and fifteen", "between ten and fifteen=10/10/15 v" },
	{ "10 to 15", "10 to 15=10/10/15 v" },
	{ "10-15 people", "10-15=10/10/15 v" },
	{ "10\xE2\x80\x93"
	  "15 people",
	  "10\xE2\x80\x93"
	  "15=10/10/15 v" },
	{ "two or three houses", "two or three=2/2/3 v" },
	{ "one or two", "one or two=1/1/2 v" },
	{ "12 or more", "12 or more=12/12/-1 v" },
	{ "between 15 and 10", "15=15/15/15; 10=10/10/10" },
	{ "a 2-1 vote", "" },
	/* ordinals */
	{ "the second attack", "second=2/2/2 o" },
	{ "the 3rd brigade", "3rd=3/3/3 o" },
	{ "the 93rd Brigade", "93rd=93/93/93 o" },
	{ "the 21st century", "21st=21/21/21 o" },
	{ "twenty-first century", "twenty-first=21/21/21 o" },
	{ "the twelfth day", "twelfth=12/12/12 o" },
	{ "at least second", "second=2/2/2 o" },
	/* not counts */
	{ "in 2024 the war", "" },
	{ "In 2024 the war", "" },
	{ "since 2014", "" },
	{ "the year 2022", "" },
	{ "in March 2022", "" },
	{ "in mid-2022", "" },
	{ "at 10:30 local time", "" },
	{ "an F-16 jet", "" },
	{ "S-300 missiles", "" },
	{ "Kh-22 and T-72", "" },
	{ "155mm shells", "" },
	{ "155-mm shells", "" },
	{ "155\xE2\x80\x93mm shells", "" },
	{ "on 16 February", "" },
	{ "February 16, 2024", "" },
	{ "on 16th of May", "" },
	{ "Feb. 16", "" },
	{ "16.02.2024", "" },
	{ "2024-02-16", "" },
	{ "16/02/2024", "" },
	{ "2014-2022", "" },
	{ "the 1990s", "" },
	{ "version 1.2.3", "" },
	{ "a 20-year-old man", "" },
	{ "a five-year-old boy", "" },
	{ "a one-off", "" },
	{ "three square kilometres", "" },
	{ "10 km from the border", "" },
	{ "at 5 p.m. on", "" },
	{ "at 5 pm", "" },
	{ "at 5pm", "" },
	{ "30% of", "" },
	{ "5 per cent", "" },
	{ "a 3.5 rating", "" },
	{ "$5 million in aid", "" },
	{ "\xE2\x82\xAC"
	  "5 million",
	  "" },
	{ "No. 5 brigade", "" },
	{ "many people", "" },
	{ "some people", "" },
	{ "few people", "" },
	{ "tens", "" },
	{ "over the weekend", "" },
	{ "The Mayor said", "" },
	{ "a", "" },
	{ "99999999999999999999", "" },
	{ "On 16 February 2024, at least 12 people died",
	  "at least 12=12/12/-1 v" },
	{ "On 28 June, 10 people died", "10=10/10/10" },
};

static void test_numbers(void **state)
{
	(void)state;
	assert_int_equal(check_rows("numbers", number_rows,
				    SR_ARRAY_LEN(number_rows), render_numbers),
			 0);
}

static void test_number_at(void **state)
{
	const char *s = "killed at least 12, including 3 children";
	struct sr_number n;

	(void)state;
	assert_int_equal(sr__number_at(s, 7, strlen(s), &n), 1);
	assert_int_equal(n.span.off, 7);
	assert_int_equal(n.span.len, 11);
	assert_int_equal(n.value, 12);
	assert_int_equal(n.high, -1);
	assert_int_equal(sr__number_at(s, 0, strlen(s), &n), 0);
	/* the end bound is respected: "12" cut to "1" */
	assert_int_equal(sr__number_at(s, 7, 17, &n), 1);
	assert_int_equal(n.value, 1);
	/* "F-16" from the digits */
	assert_int_equal(sr__number_at("F-16", 2, 4, &n), 0);
	/* cap */
	{
		struct sr_number out[1];
		struct sr_span sp = { 0, (uint32_t)strlen(s) };

		assert_int_equal(sr__numbers(s, sp, out, 1), 1);
		assert_int_equal(out[0].value, 12);
	}
}

/* ---- dates ---- */

#define ART "2024-02-20" /* a Tuesday */

static const struct drow date_rows[] = {
	/* explicit */
	{ ART, "On 16 February 2024", "On 16 February 2024=2024-02-16/p1" },
	{ ART, "16 Feb 2024", "16 Feb 2024=2024-02-16/p1" },
	{ ART, "February 16, 2024", "February 16, 2024=2024-02-16/p1" },
	{ ART, "Feb. 16, 2024,", "Feb. 16, 2024=2024-02-16/p1" },
	{ ART, "Feb. 16", "Feb. 16=2024-02-16/p1 r" },
	{ ART, "16 February", "16 February=2024-02-16/p1 r" },
	{ ART, "16th of February", "16th of February=2024-02-16/p1 r" },
	{ ART, "on 25 December", "on 25 December=2023-12-25/p1 r h" },
	{ ART, "20 February", "20 February=2024-02-20/p1 r" },
	{ ART, "21 February", "21 February=2023-02-21/p1 r h" },
	{ ART, "16.02.2024", "16.02.2024=2024-02-16/p1" },
	/* military date-time groups: day, hour, minute, zone, month, year */
	{ ART, "SITREP 151800Z FEB 24", "FEB 24=2024-02-15/p1" },
	{ ART, "PERIOD: 150600Z-151800Z FEB 24.", "FEB 24=2024-02-15/p1" },
	{ ART, "on FEB 14", "on FEB 14=2024-02-14/p1 r" },
	{ ART, "room 151800Z FEB", "" },
	{ ART, "2024-02-16", "2024-02-16=2024-02-16/p1" },
	{ ART, "16/02/2024", "16/02/2024=2024-02-16/p1" },
	{ ART, "on 9 May 2023", "on 9 May 2023=2023-05-09/p1 h" },
	{ ART, "May 9", "May 9=2023-05-09/p1 r h" },
	{ ART, "February 2022", "February 2022=2022-02-01/p3 h" },
	{ ART, "since February 2022", "since February 2022=2022-02-01/p3 h" },
	{ ART, "in 2022", "in 2022=2022-01-01/p3 h" },
	{ ART, "In 2014", "In 2014=2014-01-01/p3 h" },
	{ ART, "in mid-2022", "in mid-2022=2022-01-01/p3 h" },
	{ ART, "in 2024", "in 2024=2024-01-01/p3" },
	{ ART, "from 16 February to 18 February",
	  "from 16 February=2024-02-16/p1 r; 18 February=2024-02-18/p1 r" },
	/* relative: days */
	{ ART, "today", "today=2024-02-20/p1 r" },
	{ ART, "tonight", "tonight=2024-02-20/p1 r" },
	{ ART, "earlier today", "earlier today=2024-02-20/p1 r" },
	{ ART, "this morning", "this morning=2024-02-20/p1 r" },
	{ ART, "this evening", "this evening=2024-02-20/p1 r" },
	{ ART, "yesterday", "yesterday=2024-02-19/p1 r" },
	{ ART, "Yesterday evening", "Yesterday evening=2024-02-19/p1 r" },
	{ ART, "the day before yesterday",
	  "the day before yesterday=2024-02-18/p1 r" },
	{ ART, "It hit the previous evening.",
	  "the previous evening=2024-02-19/p1 r" },
	{ ART, "the previous owner", "" },
	{ ART, "had been detained the day before.",
	  "the day before=2024-02-19/p1 r" },
	{ ART, "was shelled the day before, officials said",
	  "the day before=2024-02-19/p1 r" },
	{ ART, "the day before the attack", "" },
	{ ART, "have fought there since the morning",
	  "since the morning=2024-02-20/p1 r" },
	{ ART, "the day before Christmas", "" },
	{ ART, "overnight", "overnight=2024-02-20/p1 r" },
	{ ART, "Over the past day, four were killed",
	  "Over the past day=2024-02-19/p1 r" },
	{ ART, "killed three civilians in a day", "in a day=2024-02-19/p1 r" },
	{ ART, "lost 40 people per day", "per day=2024-02-19/p1 r" },
	{ ART, "in the past 24 hours", "in the past 24 hours=2024-02-19/p1 r" },
	{ ART, "Sumy region, summary of the past day.",
	  "of the past day=2024-02-19/p1 r" },
	{ ART, "Tavria direction, past day: two assaults",
	  "past day=2024-02-19/p1 r" },
	{ ART, "the past days", "" },
	{ ART, "a daylight raid", "" },
	{ ART, "last night", "last night=2024-02-20/p1 r" },
	{ ART, "Late last night", "Late last night=2024-02-19/p1 r" },
	{ ART, "late last night's raid", "late last night=2024-02-19/p1 r" },
	{ ART, "on Saturday", "on Saturday=2024-02-17/p1 r" },
	{ ART, "Saturday", "Saturday=2024-02-17/p1 r" },
	{ ART, "on Saturday night", "on Saturday night=2024-02-17/p1 r" },
	{ ART, "on Tuesday", "on Tuesday=2024-02-20/p1 r" },
	{ ART, "last Tuesday", "last Tuesday=2024-02-13/p1 r" },
	{ ART, "last Saturday", "last Saturday=2024-02-17/p1 r" },
	{ ART, "on Wednesday", "on Wednesday=2024-02-14/p1 r" },
	{ ART, "Monday morning", "Monday morning=2024-02-19/p1 r" },
	{ ART, "two days ago", "two days ago=2024-02-18/p1 r" },
	{ ART, "3 days ago", "3 days ago=2024-02-17/p1 r" },
	{ ART, "a day ago", "a day ago=2024-02-19/p1 r" },
	/* weeks */
	{ ART, "last week", "last week=2024-02-13/p2 r" },
	{ ART, "earlier this week", "earlier this week=2024-02-20/p2 r" },
	{ ART, "this week", "this week=2024-02-20/p2 r" },
	{ ART, "two weeks ago", "two weeks ago=2024-02-06/p2 r" },
	{ ART, "over the weekend", "over the weekend=2024-02-17/p2 r" },
	{ ART, "last weekend", "last weekend=2024-02-17/p2 r" },
	/* months and years */
	{ ART, "last month", "last month=2024-01-01/p3 r" },
	{ ART, "late last month", "late last month=2024-01-01/p3 r" },
	{ ART, "earlier this month", "earlier this month=2024-02-01/p3 r" },
	{ ART, "in May", "in May=2023-05-01/p3 r h" },
	{ ART, "in early May", "in early May=2023-05-01/p3 r h" },
	{ ART, "in January", "in January=2024-01-01/p3 r" },
	{ ART, "in February", "in February=2024-02-01/p3 r" },
	{ ART, "mid-January", "mid-January=2024-01-01/p3 r" },
	{ ART, "in March", "in March=2023-03-01/p3 r h" },
	{ ART, "last May", "last May=2023-05-01/p3 r h" },
	{ ART, "last February", "last February=2023-02-01/p3 r h" },
	{ ART, "last January", "last January=2024-01-01/p3 r" },
	{ ART, "a year ago", "a year ago=2023-02-01/p3 r h" },
	{ ART, "six months ago", "six months ago=2023-08-01/p3 r h" },
	{ ART, "this year", "this year=2024-01-01/p3 r" },
	{ ART, "last year", "last year=2023-01-01/p3 r h" },
	/* in context */
	{ ART, "Shelling hit Kyiv on Monday.", "on Monday=2024-02-19/p1 r" },
	{ ART, "At 10:30 yesterday, 12 people", "yesterday=2024-02-19/p1 r" },
	/* junk */
	{ ART, "troops march on", "" },
	{ ART, "The Mayor said", "" },
	{ ART, "March was cold", "" },
	{ ART, "they may attack", "" },
	{ ART, "May God help", "" },
	{ ART, "in Kyiv", "" },
	{ ART, "saturday", "" },
	{ ART, "30 February 2024", "" },
	{ ART, "32 March", "" },
	{ ART, "16.13.2024", "" },
	{ ART, "2024-13-01", "" },
	{ ART, "February 29", "" },
	{ ART, "in 1850", "" },
	{ ART, "last", "" },
	{ ART, "on the day before his arrest", "" },
	{ ART, "several days ago", "" },
	{ ART, "155mm", "" },
	{ ART, "10:30", "" },
	/* unknown article date: only explicit dates with a year */
	{ NULL, "16 February 2024", "16 February 2024=2024-02-16/p1" },
	{ NULL, "yesterday", "" },
	{ NULL, "16 February", "" },
	{ NULL, "on Saturday", "" },
	{ NULL, "in 2022", "in 2022=2022-01-01/p3" },
	/* month and year ends, leap years */
	{ "2024-01-02", "on Friday", "on Friday=2023-12-29/p1 r" },
	{ "2024-01-01", "yesterday", "yesterday=2023-12-31/p1 r" },
	{ "2024-01-01", "last month", "last month=2023-12-01/p3 r" },
	{ "2024-01-01", "in December", "in December=2023-12-01/p3 r" },
	{ "2024-01-01", "last week", "last week=2023-12-25/p2 r" },
	{ "2024-01-01", "31 December", "31 December=2023-12-31/p1 r" },
	{ "2024-01-01", "last year", "last year=2023-01-01/p3 r h" },
	{ "2024-03-01", "on Thursday", "on Thursday=2024-02-29/p1 r" },
	{ "2024-03-01", "yesterday", "yesterday=2024-02-29/p1 r" },
	{ "2023-03-01", "yesterday", "yesterday=2023-02-28/p1 r" },
	{ "2023-03-01", "on Tuesday", "on Tuesday=2023-02-28/p1 r" },
	{ "2024-03-01", "February 29", "February 29=2024-02-29/p1 r" },
	{ "2024-03-01", "1 March", "1 March=2024-03-01/p1 r" },
	{ "2024-03-01", "2 March", "2 March=2023-03-02/p1 r h" },
	{ "2024-03-31", "a month ago", "a month ago=2024-02-01/p3 r" },
	{ "2024-03-31", "two months ago", "two months ago=2024-01-01/p3 r h" },
	/* "on Sunday" / "on Saturday" from each weekday */
	{ "2024-02-18", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-19", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-20", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-21", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-22", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-23", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-24", "on Sunday", "on Sunday=2024-02-18/p1 r" },
	{ "2024-02-18", "on Saturday", "on Saturday=2024-02-17/p1 r" },
	{ "2024-02-19", "on Saturday", "on Saturday=2024-02-17/p1 r" },
	{ "2024-02-21", "on Saturday", "on Saturday=2024-02-17/p1 r" },
	{ "2024-02-22", "on Saturday", "on Saturday=2024-02-17/p1 r" },
	{ "2024-02-23", "on Saturday", "on Saturday=2024-02-17/p1 r" },
	{ "2024-02-24", "on Saturday", "on Saturday=2024-02-24/p1 r" },
	{ "2024-02-24", "last Saturday", "last Saturday=2024-02-17/p1 r" },
	{ "2024-02-18", "over the weekend",
	  "over the weekend=2024-02-17/p2 r" },
	{ "2024-02-18", "last weekend", "last weekend=2024-02-10/p2 r" },
	/* historical boundaries */
	{ "2024-03-20", "on 19 February", "on 19 February=2024-02-19/p1 r" },
	{ "2024-03-20", "on 18 February", "on 18 February=2024-02-18/p1 r h" },
	{ "2024-03-20", "in January", "in January=2024-01-01/p3 r h" },
	/* the scan starts a few words before the first digit, month,
	 * weekday or date word: the longest heads of expressions */
	{ ART,
	  "Troops held the line as shelling went on in early early last May",
	  "in early early last May=2023-05-01/p3 r h" },
	{ ART,
	  "Troops held the line as shelling went on in early the previous day",
	  "in early the previous day=2024-02-19/p1 r" },
	{ ART, "The town was shelled by the army in early over the weekend",
	  "in early over the weekend=2024-02-17/p2 r" },
	{ ART, "Troops held the line in early earlier this week",
	  "in early earlier this week=2024-02-20/p2 r" },
	{ ART,
	  "Troops held the line all along the front during the past 24 hours",
	  "during the past 24 hours=2024-02-19/p1 r" },
	{ ART,
	  "Troops held the line in the south one hundred and fifty days ago",
	  "one hundred and fifty days ago=2023-09-23/p1 r h" },
	{ ART, "Shelling hit the town in may and the village in March",
	  "in March=2023-03-01/p3 r h" },
	{ ART, "No date here at all, only words and hours", "" },
};

static void test_dates(void **state)
{
	char buf[2048];
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < SR_ARRAY_LEN(date_rows); i++) {
		render_dates(date_rows[i].art, date_rows[i].in, buf,
			     sizeof(buf));
		if (strcmp(buf, date_rows[i].want) != 0) {
			print_error("dates row %zu: [%s] \"%s\"\n  want: %s\n"
				    "  got:  %s\n",
				    i,
				    date_rows[i].art ? date_rows[i].art : "-",
				    date_rows[i].in, date_rows[i].want, buf);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

static void test_dates_span(void **state)
{
	/* a sub-span: nothing outside it is reported */
	const char *s = "yesterday. On Saturday. today";
	struct sr_date_expr out[4];
	struct sr_span sp = { 11, 12 };

	(void)state;
	assert_int_equal(sr__dates(s, sp, ymd(ART), out, 4), 1);
	assert_int_equal(out[0].span.off, 11);
	assert_int_equal(out[0].span.len, 11);
	sp.off = 0;
	sp.len = (uint32_t)strlen(s);
	assert_int_equal(sr__dates(s, sp, ymd(ART), out, 2), 2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_sentences_cap),
		cmocka_unit_test(test_tokens),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_number_at),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_dates_span),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
