/*
 * replay_main.c - a main() for libFuzzer targets without libFuzzer: runs
 * LLVMFuzzerTestOneInput once on every regular file named on the command
 * line or found (not recursively) in a directory named there, then prints
 * "fuzz-replay: N inputs, 0 crashes".  A crash ends the process, which
 * is how scripts/fuzz-replay.sh sees it.  Used by `make fuzz-replay`.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL, *p;
	size_t len = 0, cap = 0, n;

	if (!fp) {
		fprintf(stderr, "fuzz-replay: cannot open %s\n", path);
		return -1;
	}
	for (;;) {
		if (cap - len < 65536) {
			cap = cap ? cap * 2 : 65536;
			p = realloc(buf, cap);
			if (!p) {
				fclose(fp);
				free(buf);
				return -1;
			}
			buf = p;
		}
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	fclose(fp);
	/* An exact-size copy so ASan sees reads past the end. */
	p = malloc(len ? len : 1);
	if (!p) {
		free(buf);
		return -1;
	}
	memcpy(p, buf, len);
	free(buf);
	fprintf(stderr, "fuzz-replay: %s\n", path);
	LLVMFuzzerTestOneInput(p, len);
	free(p);
	return 0;
}

int main(int argc, char **argv)
{
	long inputs = 0;
	int i, bad = 0;

	for (i = 1; i < argc; i++) {
		struct stat st;
		DIR *dp;
		struct dirent *de;

		if (stat(argv[i], &st) != 0) {
			fprintf(stderr, "fuzz-replay: no such input %s\n",
				argv[i]);
			bad = 1;
			continue;
		}
		if (!S_ISDIR(st.st_mode)) {
			bad |= run_file(argv[i]) != 0;
			inputs++;
			continue;
		}
		dp = opendir(argv[i]);
		if (!dp) {
			bad = 1;
			continue;
		}
		while ((de = readdir(dp)) != NULL) {
			char path[4096];

			if (de->d_name[0] == '.')
				continue;
			snprintf(path, sizeof(path), "%s/%s", argv[i],
				 de->d_name);
			if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
				continue;
			bad |= run_file(path) != 0;
			inputs++;
		}
		closedir(dp);
	}
	printf("fuzz-replay: %ld inputs, 0 crashes\n", inputs);
	return bad;
}
