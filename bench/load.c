/*
 * load.c - a small HTTP/1.1 load generator for bench/api.sh.
 *
 *   build/bench/load HOST PORT PATH [CONNECTIONS] [SECONDS]
 *
 * Opens CONNECTIONS keep-alive connections (one thread each, default 8)
 * that send GET PATH back to back for SECONDS (default 5) and prints one
 * line: requests, non-200 answers, requests per second, mean and p99
 * latency in ms.  Answers must carry Content-Length (sitrep serve's do).
 *
 * Not part of libsitrep and not a general tool: no TLS, no chunked
 * bodies, IPv4 only.
 */
#define _GNU_SOURCE /* strcasestr */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define MAX_SAMPLES 2000000

static struct sockaddr_in addr;
static char request[4096];
static size_t request_len;
static double deadline;
static double *samples;
static size_t nsamples;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

struct worker {
	pthread_t th;
	long ok, bad;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int connect_one(void)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0), one = 1;

	if (fd < 0)
		return -1;
	setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	if (connect(fd, (struct sockaddr *)&addr, sizeof(addr))) {
		close(fd);
		return -1;
	}
	return fd;
}

/* One request and its answer on fd; the status, or -1 on a broken
 * connection. */
static int roundtrip(int fd, char *buf, size_t cap)
{
	size_t have = 0, body = 0, need;
	char *end = NULL, *cl;
	ssize_t n;
	int status;

	if (write(fd, request, request_len) != (ssize_t)request_len)
		return -1;
	while (!end) {
		if (have + 1 >= cap)
			return -1;
		n = read(fd, buf + have, cap - have - 1);
		if (n <= 0)
			return -1;
		have += (size_t)n;
		buf[have] = 0;
		end = strstr(buf, "\r\n\r\n");
	}
	status = atoi(buf + 9);
	cl = strcasestr(buf, "\r\nContent-Length:");
	if (cl)
		body = strtoul(cl + 17, NULL, 10);
	need = (size_t)(end + 4 - buf) + body;
	while (have < need) {
		size_t want = need - have < cap ? need - have : cap;

		n = read(fd, buf, want);
		if (n <= 0)
			return -1;
		have += (size_t)n;
	}
	return status;
}

static void *run(void *arg)
{
	struct worker *w = arg;
	size_t cap = 1 << 20;
	char *buf = malloc(cap);
	int fd = -1, st;
	double t0;

	while (buf && now() < deadline) {
		if (fd < 0 && (fd = connect_one()) < 0) {
			w->bad++;
			usleep(1000);
			continue;
		}
		t0 = now();
		st = roundtrip(fd, buf, cap);
		if (st < 0) {
			close(fd);
			fd = -1;
			w->bad++;
			continue;
		}
		if (st == 200)
			w->ok++;
		else
			w->bad++;
		pthread_mutex_lock(&mu);
		if (nsamples < MAX_SAMPLES)
			samples[nsamples++] = now() - t0;
		pthread_mutex_unlock(&mu);
	}
	if (fd >= 0)
		close(fd);
	free(buf);
	return NULL;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	int conns = argc > 4 ? atoi(argv[4]) : 8;
	double secs = argc > 5 ? atof(argv[5]) : 5, t0, el, sum = 0;
	struct worker *w;
	long ok = 0, bad = 0;
	size_t i;

	if (argc < 4 || conns < 1 || conns > 512 || secs <= 0) {
		fprintf(stderr, "usage: load HOST PORT PATH [CONNECTIONS] "
				"[SECONDS]\n");
		return 2;
	}
	addr.sin_family = AF_INET;
	addr.sin_port = htons((unsigned short)atoi(argv[2]));
	if (inet_pton(AF_INET, argv[1], &addr.sin_addr) != 1) {
		fprintf(stderr, "load: bad host %s\n", argv[1]);
		return 2;
	}
	request_len = (size_t)snprintf(request, sizeof(request),
				       "GET %s HTTP/1.1\r\nHost: %s\r\n"
				       "Connection: keep-alive\r\n\r\n",
				       argv[3], argv[1]);
	samples = malloc(MAX_SAMPLES * sizeof(*samples));
	w = calloc((size_t)conns, sizeof(*w));
	if (!samples || !w)
		return 1;
	t0 = now();
	deadline = t0 + secs;
	for (i = 0; i < (size_t)conns; i++)
		pthread_create(&w[i].th, NULL, run, &w[i]);
	for (i = 0; i < (size_t)conns; i++) {
		pthread_join(w[i].th, NULL);
		ok += w[i].ok;
		bad += w[i].bad;
	}
	el = now() - t0;
	qsort(samples, nsamples, sizeof(*samples), cmp);
	for (i = 0; i < nsamples; i++)
		sum += samples[i];
	printf("%ld requests, %ld not 200, %.0f req/s, mean %.2f ms, p99 %.2f ms\n",
	       ok, bad, ok / el, nsamples ? sum / nsamples * 1e3 : 0,
	       nsamples ? samples[nsamples * 99 / 100] * 1e3 : 0);
	free(samples);
	free(w);
	return bad && !ok ? 1 : 0;
}
