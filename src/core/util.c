/*
 * util.c - error table, diagnostics, dates as day numbers, hashing, small
 * string and file helpers.
 */
#include "core.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

const char *sr_strerror(int rc)
{
	switch (rc) {
#define SR_RC_CASE(name, value, msg)                                           \
	case value:                                                            \
		return msg;
		SR_RC_MAP(SR_RC_CASE)
#undef SR_RC_CASE
	}
	return "unknown error";
}

int sr_rc_exit_code(int rc)
{
	switch (rc) {
	case SR_OK:
		return 0;
	case SR_EUSAGE:
		return 2;
	case SR_EINPUT:
	case SR_ETOOBIG:
		return 3;
	case SR_ESTORE:
		return 4;
	default:
		return 1;
	}
}

int sr_diag_set(struct sr_diag *d, int rc, const char *file, uint32_t line,
		const char *fmt, ...)
{
	va_list ap;

	if (!d)
		return rc;
	d->rc = rc;
	d->line = line;
	snprintf(d->file, sizeof(d->file), "%s", file ? file : "");
	va_start(ap, fmt);
	vsnprintf(d->msg, sizeof(d->msg), fmt, ap);
	va_end(ap);
	return rc;
}

static const char *const status_names[] = {
	"reported", "claimed", "denied", "planned", "negated", "confirmed",
};

const char *sr_status_name(enum sr_status s)
{
	if ((size_t)s < SR_ARRAY_LEN(status_names))
		return status_names[s];
	return "reported";
}

int sr_status_parse(const char *name)
{
	size_t i;

	for (i = 0; i < SR_ARRAY_LEN(status_names); i++)
		if (name && strcmp(name, status_names[i]) == 0)
			return (int)i;
	return -1;
}

bool sr_ymd_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30,
				     31, 31, 30, 31, 30, 31 };
	int leap, max;

	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return false;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	max = mdays[m - 1] + (m == 2 && leap);
	return d <= max;
}

int sr_ymd_parse(const char *s, size_t len, struct sr_ymd *out)
{
	int y, m, d;
	size_t i;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return SR_EINPUT;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return SR_EINPUT;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (!sr_ymd_valid(y, m, d))
		return SR_EINPUT;
	out->y = y;
	out->m = m;
	out->d = d;
	return SR_OK;
}

void sr_ymd_format(struct sr_ymd d, char *buf)
{
	unsigned y = (unsigned)d.y % 10000u, m = (unsigned)d.m % 100u,
		 dd = (unsigned)d.d % 100u;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '-';
	buf[8] = (char)('0' + dd / 10);
	buf[9] = (char)('0' + dd % 10);
	buf[10] = '\0';
}

/* Howard Hinnant's days_from_civil algorithm. */
int64_t sr_ymd_to_days(struct sr_ymd d)
{
	int64_t y = d.y - (d.m <= 2);
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

struct sr_ymd sr_ymd_from_days(int64_t z)
{
	struct sr_ymd r;
	int64_t era, doe, yoe, y, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	r.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	r.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	r.y = (int)(y + (r.m <= 2));
	return r;
}

uint64_t sr__hash64_more(uint64_t h, const void *p, size_t n)
{
	const unsigned char *s = p;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

uint64_t sr__hash64(const void *p, size_t n)
{
	return sr__hash64_more(14695981039346656037ULL, p, n);
}

int sr__strncaseeq(const char *s, size_t n, const char *t)
{
	size_t i;

	/* one pass, no strlen: t must end exactly after n bytes */
	for (i = 0; i < n; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)t[i];

		if (!b)
			return 0;
		if (a != b && (a | 0x20) != (b | 0x20))
			return 0;
		if (a != b && !((a | 0x20) >= 'a' && (a | 0x20) <= 'z'))
			return 0;
	}
	return t[n] == '\0';
}

int sr__read_file(const char *path, size_t max, char **out, size_t *len,
		  struct sr_diag *d)
{
	FILE *fp;
	struct sr_buf b;
	char chunk[65536];
	size_t n;
	int rc = SR_OK;

	*out = NULL;
	*len = 0;
	fp = fopen(path, "rb");
	if (!fp)
		return sr_diag_set(d, SR_EIO, path, 0, "cannot open: %s",
				   strerror(errno));
	sr__buf_init(&b, max);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0) {
		rc = sr__buf_append(&b, chunk, n);
		if (rc) {
			sr_diag_set(d, rc, path, 0, "%s",
				    rc == SR_ETOOBIG ? "file too large"
						     : sr_strerror(rc));
			goto out;
		}
	}
	if (ferror(fp)) {
		rc = sr_diag_set(d, SR_EIO, path, 0, "read error");
		goto out;
	}
	if (!b.data && (rc = sr__buf_reserve(&b, 0)) != 0)
		goto out;
	*out = b.data;
	*len = b.len;
	b.data = NULL;
out:
	sr__buf_clear(&b);
	fclose(fp);
	return rc;
}
