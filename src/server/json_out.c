/*
 * json_out.c - small JSON output helpers of the server: strings escaped
 * for JSON, error answers, and moving an open_memstream buffer into an
 * answer.
 *
 * Exports: sr__json_str, sr__json_strn, sr__server_error,
 * sr__server_take (server.h).
 *
 * Invariants: strings are copied byte for byte except '"', '\\' and
 * control bytes, which are escaped; the input is UTF-8 from the store.
 *
 * Does not: parse JSON (jansson does that where needed).
 */
#include "server.h"

#include <stdlib.h>
#include <string.h>

void sr__json_strn(FILE *fp, const char *s, size_t len)
{
	size_t i;

	putc('"', fp);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\') {
			putc('\\', fp);
			putc(c, fp);
		} else if (c == '\n') {
			fputs("\\n", fp);
		} else if (c == '\t') {
			fputs("\\t", fp);
		} else if (c == '\r') {
			fputs("\\r", fp);
		} else if (c < 0x20) {
			fprintf(fp, "\\u%04x", c);
		} else {
			putc(c, fp);
		}
	}
	putc('"', fp);
}

void sr__json_str(FILE *fp, const char *s)
{
	if (!s)
		fputs("null", fp);
	else
		sr__json_strn(fp, s, strlen(s));
}

int sr__server_take(struct srv_resp *out, unsigned status, const char *ctype,
		    FILE *fp, char **buf, size_t *len)
{
	if (fclose(fp) != 0) {
		free(*buf);
		*buf = NULL;
		sr__server_error(out, 500, "out of memory", NULL, NULL);
		return -1;
	}
	out->status = status;
	out->ctype = ctype;
	out->data = *buf;
	out->len = *len;
	*buf = NULL;
	return 0;
}

void sr__server_error(struct srv_resp *out, unsigned status, const char *what,
		      const char *param, const char *msg)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *fp;

	free(out->data);
	out->data = NULL;
	out->len = 0;
	out->status = status;
	out->ctype = "application/json; charset=utf-8";
	fp = open_memstream(&buf, &len);
	if (!fp)
		return;
	fputs("{\"error\":", fp);
	sr__json_str(fp, what);
	if (param) {
		fputs(",\"parameter\":", fp);
		sr__json_str(fp, param);
	}
	if (msg) {
		fputs(",\"message\":", fp);
		sr__json_str(fp, msg);
	}
	fprintf(fp, ",\"status\":%u}\n", status);
	if (fclose(fp) == 0) {
		out->data = buf;
		out->len = len;
	} else {
		free(buf);
	}
}
