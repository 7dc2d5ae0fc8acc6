/*
 * gen.c - deterministic synthetic news corpus for `make bench`.
 *
 *   build/bench/gen [--size MB] [--format jsonl|txt] [--seed N] [--out DIR]
 *
 * Writes wire-style articles about a war between two states (place names
 * from Ukraine and Russia) built from sentence templates written for this
 * tool: strikes, shelling, clashes, captures, interceptions, explosions,
 * aid, diplomacy, sanctions, prisoner exchanges and filler sentences with no
 * event.  Actors appear in active and passive voice and as adjectives,
 * counts in words, digits and vague forms ("dozens"), dates as relative and
 * explicit phrases consistent with the article date.
 *
 * Output: JSON Lines {"id","date","text"} on stdout (default), or with
 * --format txt articles in the " date YYYY-MM-DD" text format: one file per
 * article in DIR with --out DIR, else all on stdout separated by a line
 * holding a form feed.  --size is in MB of 1,000,000 bytes of output
 * (default 50; fractions allowed); articles are 1-4 KB of text each.
 *
 * Invariants: the same arguments give byte-identical output on any host
 * (own xorshift64* PRNG, no locale, no time, no floating point in the text).
 * Every article is valid UTF-8 and every JSON line valid JSON.
 *
 * Not part of libsitrep: a stand-alone tool with no dependencies.  It does
 * not try to be a realistic model of the news; it only needs to exercise the
 * extractor's paths at realistic densities.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* ---- PRNG ------------------------------------------------------------ */

static uint64_t rng_state;

static uint64_t rnd(void)
{
	uint64_t x = rng_state;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	rng_state = x;
	return x * 0x2545F4914F6CDD1DULL;
}

/* Uniform in [0, n). */
static unsigned below(unsigned n)
{
	return (unsigned)(((rnd() >> 32) * (uint64_t)n) >> 32);
}

static unsigned range(unsigned lo, unsigned hi)
{
	return lo + below(hi - lo + 1);
}

static int chance(unsigned percent)
{
	return below(100) < percent;
}

#define PICK(arr) (arr[below(sizeof(arr) / sizeof(arr[0]))])
#define COUNT(arr) (sizeof(arr) / sizeof(arr[0]))

/* ---- growable buffer --------------------------------------------------- */

struct buf {
	char *p;
	size_t len, cap;
};

static void buf_grow(struct buf *b, size_t more)
{
	if (b->len + more + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 4096;
	while (cap < b->len + more + 1)
		cap *= 2;
	char *p = realloc(b->p, cap);
	if (!p) {
		fprintf(stderr, "gen: out of memory\n");
		exit(1);
	}
	b->p = p;
	b->cap = cap;
}

static void buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

static void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char tmp[512];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	buf_add(b, tmp, (size_t)n < sizeof(tmp) ? (size_t)n : sizeof(tmp) - 1);
}

/* ---- calendar ---------------------------------------------------------- */

/* Days since 1970-01-01 <-> civil date (H. Hinnant's algorithms). */
static long days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static const char *const weekdays[] = { "Sunday",   "Monday", "Tuesday",
					"Wednesday", "Thursday", "Friday",
					"Saturday" };
static const char *const months[] = { "January", "February", "March",
				      "April",   "May",      "June",
				      "July",    "August",   "September",
				      "October", "November", "December" };

static const char *weekday(long days)
{
	return weekdays[((days % 7) + 11) % 7]; /* 1970-01-01 was a Thursday */
}

/* ---- data ------------------------------------------------------------- */

enum { UA = 0, RU = 1, CR = 2 };      /* country of a place; CR = Crimea */
enum { FRONT = 1, BIG = 2, BORDER = 4 }; /* place flags */

struct place {
	const char *name;
	const char *variant; /* a spelling variant or misspelling, or NULL */
	const char *region;  /* admin-1 stem: "the X region", "X oblast" */
	int country;
	int flags;
};

static const struct place places[] = {
	{ "Kyiv", "Kiev", "Kyiv", UA, BIG },
	{ "Kharkiv", "Kharkov", "Kharkiv", UA, BIG | BORDER },
	{ "Odesa", "Odessa", "Odesa", UA, BIG },
	{ "Dnipro", NULL, "Dnipropetrovsk", UA, BIG },
	{ "Zaporizhzhia", "Zaporizhia", "Zaporizhzhia", UA, BIG },
	{ "Lviv", NULL, "Lviv", UA, BIG },
	{ "Kherson", NULL, "Kherson", UA, BIG | FRONT },
	{ "Mykolaiv", NULL, "Mykolaiv", UA, BIG },
	{ "Sumy", NULL, "Sumy", UA, BIG | BORDER },
	{ "Chernihiv", NULL, "Chernihiv", UA, BIG | BORDER },
	{ "Poltava", NULL, "Poltava", UA, BIG },
	{ "Kryvyi Rih", NULL, "Dnipropetrovsk", UA, BIG },
	{ "Kramatorsk", NULL, "Donetsk", UA, BIG },
	{ "Sloviansk", NULL, "Donetsk", UA, BIG },
	{ "Pokrovsk", NULL, "Donetsk", UA, FRONT },
	{ "Avdiivka", "Adviivka", "Donetsk", UA, FRONT },
	{ "Bakhmut", NULL, "Donetsk", UA, FRONT },
	{ "Chasiv Yar", NULL, "Donetsk", UA, FRONT },
	{ "Toretsk", NULL, "Donetsk", UA, FRONT },
	{ "Vuhledar", NULL, "Donetsk", UA, FRONT },
	{ "Marinka", "Maryinka", "Donetsk", UA, FRONT },
	{ "Kurakhove", NULL, "Donetsk", UA, FRONT },
	{ "Selydove", NULL, "Donetsk", UA, FRONT },
	{ "Myrnohrad", NULL, "Donetsk", UA, FRONT },
	{ "Kostiantynivka", NULL, "Donetsk", UA, FRONT },
	{ "Druzhkivka", NULL, "Donetsk", UA, 0 },
	{ "Klishchiivka", NULL, "Donetsk", UA, FRONT },
	{ "Andriivka", NULL, "Donetsk", UA, FRONT },
	{ "Novomykhailivka", NULL, "Donetsk", UA, FRONT },
	{ "Stepove", NULL, "Donetsk", UA, FRONT },
	{ "Urozhaine", NULL, "Donetsk", UA, FRONT },
	{ "Staromaiorske", NULL, "Donetsk", UA, FRONT },
	{ "Donetsk", NULL, "Donetsk", UA, BIG },
	{ "Horlivka", NULL, "Donetsk", UA, 0 },
	{ "Mariupol", NULL, "Donetsk", UA, BIG },
	{ "Luhansk", NULL, "Luhansk", UA, BIG },
	{ "Sievierodonetsk", "Severodonetsk", "Luhansk", UA, 0 },
	{ "Lysychansk", NULL, "Luhansk", UA, 0 },
	{ "Kreminna", NULL, "Luhansk", UA, FRONT },
	{ "Svatove", NULL, "Luhansk", UA, FRONT },
	{ "Kupiansk", "Kupyansk", "Kharkiv", UA, FRONT },
	{ "Synkivka", NULL, "Kharkiv", UA, FRONT },
	{ "Izium", "Izyum", "Kharkiv", UA, 0 },
	{ "Vovchansk", NULL, "Kharkiv", UA, FRONT | BORDER },
	{ "Lyman", NULL, "Donetsk", UA, FRONT },
	{ "Robotyne", NULL, "Zaporizhzhia", UA, FRONT },
	{ "Orikhiv", NULL, "Zaporizhzhia", UA, FRONT },
	{ "Tokmak", NULL, "Zaporizhzhia", UA, 0 },
	{ "Melitopol", NULL, "Zaporizhzhia", UA, BIG },
	{ "Berdiansk", "Berdyansk", "Zaporizhzhia", UA, 0 },
	{ "Enerhodar", NULL, "Zaporizhzhia", UA, 0 },
	{ "Huliaipole", NULL, "Zaporizhzhia", UA, FRONT },
	{ "Nikopol", NULL, "Dnipropetrovsk", UA, 0 },
	{ "Marhanets", NULL, "Dnipropetrovsk", UA, 0 },
	{ "Pavlohrad", NULL, "Dnipropetrovsk", UA, 0 },
	{ "Izmail", NULL, "Odesa", UA, 0 },
	{ "Reni", NULL, "Odesa", UA, 0 },
	{ "Ochakiv", NULL, "Mykolaiv", UA, 0 },
	{ "Beryslav", NULL, "Kherson", UA, FRONT },
	{ "Nova Kakhovka", NULL, "Kherson", UA, FRONT },
	{ "Krynky", NULL, "Kherson", UA, FRONT },
	{ "Kozachi Laheri", NULL, "Kherson", UA, FRONT },
	{ "Bilozerka", NULL, "Kherson", UA, 0 },
	{ "Vinnytsia", NULL, "Vinnytsia", UA, BIG },
	{ "Khmelnytskyi", NULL, "Khmelnytskyi", UA, 0 },
	{ "Starokostiantyniv", NULL, "Khmelnytskyi", UA, 0 },
	{ "Rivne", NULL, "Rivne", UA, 0 },
	{ "Lutsk", NULL, "Volyn", UA, 0 },
	{ "Ternopil", NULL, "Ternopil", UA, 0 },
	{ "Ivano-Frankivsk", NULL, "Ivano-Frankivsk", UA, 0 },
	{ "Uman", NULL, "Cherkasy", UA, 0 },
	{ "Cherkasy", NULL, "Cherkasy", UA, 0 },
	{ "Kropyvnytskyi", NULL, "Kirovohrad", UA, 0 },
	{ "Zhytomyr", NULL, "Zhytomyr", UA, 0 },
	{ "Bila Tserkva", NULL, "Kyiv", UA, 0 },
	{ "Brovary", NULL, "Kyiv", UA, 0 },
	{ "Shostka", NULL, "Sumy", UA, BORDER },
	{ "Bilopillia", NULL, "Sumy", UA, BORDER },
	{ "Belgorod", NULL, "Belgorod", RU, BIG | BORDER },
	{ "Shebekino", NULL, "Belgorod", RU, BORDER },
	{ "Graivoron", NULL, "Belgorod", RU, BORDER },
	{ "Kursk", NULL, "Kursk", RU, BIG },
	{ "Sudzha", NULL, "Kursk", RU, BORDER },
	{ "Bryansk", NULL, "Bryansk", RU, BIG },
	{ "Klintsy", NULL, "Bryansk", RU, 0 },
	{ "Moscow", NULL, "Moscow", RU, BIG },
	{ "Voronezh", NULL, "Voronezh", RU, BIG },
	{ "Rostov-on-Don", NULL, "Rostov", RU, BIG },
	{ "Taganrog", NULL, "Rostov", RU, 0 },
	{ "Krasnodar", NULL, "Krasnodar", RU, BIG },
	{ "Novorossiysk", NULL, "Krasnodar", RU, 0 },
	{ "Engels", NULL, "Saratov", RU, 0 },
	{ "Sevastopol", NULL, "Crimea", CR, BIG },
	{ "Kerch", NULL, "Crimea", CR, 0 },
	{ "Dzhankoi", "Dzhankoy", "Crimea", CR, 0 },
	{ "Feodosia", NULL, "Crimea", CR, 0 },
	{ "Yevpatoria", NULL, "Crimea", CR, 0 },
};

static const char *const ru_np[] = {
	"Russian forces", "Russian troops", "the Russian army",
	"Russia's military", "Moscow's forces", "Russian units",
};
static const char *const ua_np[] = {
	"Ukrainian forces", "Ukrainian troops", "Ukraine's armed forces",
	"Kyiv's forces", "the Ukrainian military", "Ukrainian units",
};
static const char *const ru_official[] = {
	"Russia's defence ministry", "the Russian defence ministry",
	"Moscow's defence ministry", "the Kremlin",
};
static const char *const ua_official[] = {
	"Ukraine's general staff", "Ukraine's military",
	"the Ukrainian general staff", "a spokesman for Ukraine's army",
};
static const char *const ru_weapons[] = {
	"Shahed drones",	 "Iskander missiles", "S-300 missiles",
	"Kh-101 cruise missiles", "Kalibr missiles",   "Grad rockets",
	"guided aerial bombs",	 "glide bombs",	      "Lancet drones",
	"attack drones",	 "artillery shells",  "ballistic missiles",
};
static const char *const ua_weapons[] = {
	"drones",	    "HIMARS rockets",	 "ATACMS missiles",
	"Storm Shadow missiles", "Neptune missiles", "Vampire rockets",
	"Grad rockets",	    "artillery shells",	 "attack drones",
};
static const char *const ru_weapon1[] = {
	"a ballistic missile", "a glide bomb",	   "an Iskander missile",
	"a Shahed drone",      "a Grad rocket",	   "a guided bomb",
	"a cruise missile",    "a kamikaze drone", "an artillery shell",
};
static const char *const ua_weapon1[] = {
	"a drone",	"a rocket",	   "a missile",
	"a Grad rocket", "a kamikaze drone", "an artillery shell",
};
static const char *const donors[] = {
	"Germany",	   "the United States", "Britain",   "France",
	"Canada",	   "the Netherlands",	"Sweden",    "Denmark",
	"Norway",	   "Poland",		"Italy",     "Spain",
	"Finland",	   "Lithuania",		"Estonia",   "Latvia",
	"Japan",	   "Australia",		"the Czech Republic",
	"Belgium",
};
static const char *const dignitaries[] = {
	"the German chancellor",	"the U.S. secretary of state",
	"NATO's secretary general",	"the French president",
	"Britain's prime minister",	"Turkey's president",
	"the European Commission president", "Poland's foreign minister",
	"the Dutch defence minister",	"Japan's prime minister",
};
static const char *const capitals[] = {
	"Brussels", "Washington", "Berlin", "Paris",  "London",
	"Warsaw",   "Ankara",	  "Vilnius", "Rome",   "Madrid",
	"Geneva",   "Jeddah",	  "Davos",   "Kyiv",   "Oslo",
};

static const char *const filler[] = {
	"The reports could not be independently verified.",
	"Officials did not give the cause of the fire.",
	"The war has driven millions of people from their homes.",
	"Electricity was restored to most consumers by the evening.",
	"Schools in the city switched to online classes for the rest of the week.",
	"Moscow says it does not target civilians.",
	"Kyiv rarely comments on attacks inside Russia.",
	"The front line has barely moved in months despite heavy losses on both sides.",
	"Grain exports through the Black Sea ports have continued despite the attacks.",
	"Emergency services said the search for survivors would continue through the night.",
	"The mayor urged residents to stay in shelters until the all-clear.",
	"Air raid alerts sounded across much of the country for several hours.",
	"Both sides deny targeting civilians.",
	"Prices for bread and fuel have risen sharply in the area this year.",
	"Humanitarian groups have called for safe corridors for people trapped near the front.",
	"Analysts say both armies are short of artillery ammunition.",
	"The regional administration said it was assessing the damage.",
	"Volunteers handed out water and blankets at a school used as a shelter.",
	"Neither side gave figures for its own losses.",
	"The railway operator said trains on the line were running with delays.",
	"Repair crews were working to restore gas and water supplies.",
	"Mobile networks were down in parts of the region for several hours.",
	"The United Nations said it was deeply concerned by the rising toll among civilians.",
	"Residents queued for hours to charge phones at heating points.",
	"\xe2\x80\x9cWe will rebuild everything,\xe2\x80\x9d the mayor told reporters.",
	"\"People are exhausted, but nobody wants to leave,\" a local volunteer said.",
	"Farmers in the area say unexploded ordnance makes many fields unusable.",
	"The Kremlin calls the war a special military operation.",
	"Ukraine\xe2\x80\x99s energy minister said the grid was holding up.",
	"Journalists were not allowed into the area.",
};

/* Templates.  Placeholders (see expand()):
 *  {P} main place  {Q} second place  {R} region phrase  {A}/{V} attacker /
 *  defender noun phrase  {a}/{v} adjectives  {O}/{o} their officials
 *  {D} date phrase  {K} count before a noun  {W} bare count  {N} exact count
 *  {M}/{m} drone count and a larger total  {X} weapons  {x} one weapon
 *  {S} trailing attribution  {s} leading attribution  {g} "a 46", "an 81"
 *  {C} donor country  {c} dignitary  {Y} aid item  {$} money  {T} capital */
static const char *const t_strike_lead[] = {
	"{a} missiles struck {P} {D}, killing {K} people and wounding {W}, {S}.",
	"At least {N} people were killed and {W} wounded in a {a} missile attack on {P} {D}, {S}.",
	"A {a} drone attack on {P} {D} damaged an energy facility and left thousands of homes without power, {S}.",
	"{P} in {R} was hit by {X} {D}, {S}.",
	"{A} launched {M} {X} at {R} {D}, hitting residential buildings in {P}, {S}.",
	"{s}, a {a} glide bomb struck a residential area of {P} {D}, injuring {W}.",
	"{A} attacked {P} with {X} {D}, killing {K} civilians, {S}.",
	"Two people were killed and seven wounded when {x} hit a bus stop in {P} {D}, {S}.",
	"A missile strike on {P} {D} destroyed a warehouse and damaged dozens of houses; no casualties were reported, {S}.",
	"{K} people died after {x} hit an apartment block in {P} {D}, {S}.",
	"A drone strike hit a fuel depot near {P} {D}, starting a large fire, {S}.",
};
static const char *const t_strike_body[] = {
	"The attack damaged {N} apartment buildings, a school and a gas pipeline, {S}.",
	"Rescuers pulled {N} bodies from the rubble by the evening.",
	"Among the injured were {N} children, the regional health department said.",
	"The death toll rose to {N} {D} as rescuers searched the site, {S}.",
	"{O} said its forces had struck military targets in {P} and that all targets had been hit.",
	"{o} said the strike hit only civilian buildings.",
	"Windows were blown out in nearby houses and several cars caught fire.",
	"A {a} strike on {Q} later in the day wounded {W}, {S}.",
	"{g}-year-old woman was among the dead, {S}.",
	"{x} also hit an industrial site on the edge of {Q}, {S}.",
};
static const char *const t_shell_lead[] = {
	"{P} was shelled by {A} {D}, killing {K} people and wounding {W}, {S}.",
	"{a} artillery shelled {P} and nearby villages {D}, {S}.",
	"{s}, {A} shelled {N} settlements in {R} over the past day, wounding {W}.",
	"{a} shelling killed {K} civilians in {P} {D}, {S}.",
	"A woman was killed and {W} were wounded when shells hit the centre of {P} {D}, {S}.",
	"Shelling of {P} {D} left {K} people dead, {S}.",
	"{A} fired {X} at {P} {D}, damaging a hospital and several homes, {S}.",
	"{P} came under {a} fire {D}, {S}.",
};
static const char *const t_shell_body[] = {
	"{s}, {A} fired at the area {M} times, using mortars, tanks and artillery.",
	"{g}-year-old man was killed when a shell hit his house in {Q}.",
	"The shelling damaged power lines, and {Q} was left without electricity.",
	"Local authorities urged residents of {Q} to evacuate.",
	"{Q} was also shelled, wounding {W}, {S}.",
	"Two utility workers were hurt while repairing a power line in {Q}.",
};
static const char *const t_clash_lead[] = {
	"Heavy fighting continued near {P} in {R} {D}, as {A} attacked {v} positions from several directions, {S}.",
	"{V} repelled {N} {a} assaults near {P} over the past 24 hours, {o} said.",
	"{a} and {v} troops clashed on the outskirts of {P} {D}, {S}.",
	"{A} stepped up attacks around {P} {D}, a military spokesman said.",
	"Fierce battles raged near {P} and {Q} {D}, {S}.",
	"{A} tried to break through {v} lines near {P} {D} but were pushed back, {S}.",
};
static const char *const t_clash_body[] = {
	"A spokesman for the {v} army said the enemy had lost {N} armoured vehicles near {Q}.",
	"{V} held their positions near {Q} despite heavy shelling, {o} said.",
	"Drone footage showed burnt-out tanks in fields outside {Q}.",
	"{o} said the situation around {P} was difficult but under control.",
	"{O} said its units had improved their positions near {Q}.",
	"Military analysts said {A} were trying to cut the supply road to {P}.",
	"The enemy attacked {M} times near {Q} in the past day, {o} said.",
	"Fighting was also reported near {Q}, {o} said.",
};
static const char *const t_capture_lead[] = {
	"{A} captured the village of {P} in {R}, {S}.",
	"{P} was taken by {A} after weeks of fighting, {S}.",
	"{O} said {D} that its forces had taken control of {P}, a claim that could not be independently verified.",
	"{O} claimed {D} that its troops had liberated the village of {P}; {o} denied the claim.",
	"{A} have recaptured {P}, {S}.",
	"{V} withdrew from {P} {D} to avoid being encircled, {S}.",
};
static const char *const t_capture_body[] = {
	"{o} denied that {P} had fallen, saying fighting was still going on in the village.",
	"The village lies about {N} kilometres from {Q}.",
	"Footage posted online showed soldiers raising a flag over a damaged building in {P}.",
	"Military bloggers said {v} units had pulled back to positions near {Q}.",
	"Before the war {P} had a population of a few thousand people.",
};
static const char *const t_intercept_lead[] = {
	"Air defences shot down {M} of {m} drones that {A} launched overnight, {S}.",
	"A drone was downed over {R} {D}, {S}.",
	"{v} air defences destroyed {N} missiles and {M} drones over {R} {D}, {S}.",
	"Debris from an intercepted missile fell on a house in {P}, injuring {W}, {S}.",
	"{o} said air defences had intercepted {N} {a} drones over {R} {D}.",
	"{x} was shot down on the approach to {P} {D}, {S}.",
};
static const char *const t_intercept_body[] = {
	"Falling debris damaged {N} houses in {Q}, but no one was hurt.",
	"Flights at the local airport were briefly suspended.",
	"Electronic warfare units brought down {N} more drones, {S}.",
	"No casualties were reported.",
	"Wreckage of a drone started a small fire in {Q}, {S}.",
};
static const char *const t_explosion_lead[] = {
	"An explosion at an ammunition depot near {P} {D} forced the evacuation of nearby villages, {S}.",
	"A fire broke out at an oil depot in {P} {D} after a loud explosion, {S}.",
	"Several explosions were heard in {P} {D}; officials did not give the cause.",
};
static const char *const t_explosion_body[] = {
	"Video on social media showed thick smoke over the site.",
	"Rail traffic in the area was halted for several hours.",
	"{o} blamed a drone attack; {O} did not comment.",
};
static const char *const t_aid_lead[] = {
	"{C} announced a new military aid package for Ukraine worth {$} {D}, including {Y}.",
	"{C} will send Ukraine {Y} and {Y}, its defence minister said {D}.",
	"{C} pledged {$} in humanitarian aid for Ukraine {D} to help repair damaged power stations.",
	"{C} has delivered {Y} to Ukraine, its defence ministry said {D}.",
};
static const char *const t_aid_body[] = {
	"The package also includes {Y} and spare parts.",
	"Deliveries are expected to begin within weeks.",
	"{C} has provided more than {$} in military aid since February 2022.",
	"Ukraine's defence minister thanked {C} and said air defence remained the top priority.",
	"Russia says Western weapons deliveries only prolong the war.",
};
static const char *const t_diplo_lead[] = {
	"Ukraine's president met {c} in {T} {D} to discuss air defence and security guarantees.",
	"Foreign ministers of Ukraine and {C} held talks in {T} {D}.",
	"{c} visited Kyiv {D} and promised continued support.",
	"Ukraine's foreign minister spoke by phone with his counterpart from {C} {D}.",
	"Kremlin spokesman Dmitry Peskov said {D} that there were no grounds for talks with Kyiv.",
};
static const char *const t_diplo_body[] = {
	"The two sides discussed grain exports and the return of deported children.",
	"No agreement was announced after the meeting.",
	"The talks lasted about two hours, officials said.",
	"{c} said support for Ukraine would continue for as long as needed.",
};
static const char *const t_sanction_lead[] = {
	"The European Union adopted a new package of sanctions against Russia {D}, targeting {N} companies accused of supplying drone parts.",
	"{C} imposed sanctions on {N} individuals and firms linked to Russia's defence industry {D}.",
	"{C} expelled {N} Russian diplomats {D}, accusing them of spying.",
};
static const char *const t_sanction_body[] = {
	"The measures include an asset freeze and a travel ban.",
	"Moscow called the sanctions illegal and promised a response.",
	"Officials said the list also covers shipping companies that carry Russian oil.",
};
static const char *const t_swap_lead[] = {
	"Russia and Ukraine exchanged {N} prisoners of war each {D} in a swap mediated by the United Arab Emirates.",
	"Ukraine brought home {N} servicemen {D} in a prisoner exchange with Russia, Ukraine's president said.",
	"Russia's defence ministry said {D} that {N} Russian soldiers had been released from Ukrainian captivity.",
};
static const char *const t_swap_body[] = {
	"Among those freed were defenders of Mariupol and border guards.",
	"It was the first exchange in several weeks.",
	"The bodies of fallen soldiers were also handed over, officials said.",
};

struct kind {
	const char *const *lead;
	size_t lead_count;
	const char *const *body;
	size_t body_count;
	unsigned weight; /* out of 100 */
	int where;	 /* 0 any place, 1 front, 2 foreign capital */
};

#define KIND(l, b, w, wh) { l, COUNT(l), b, COUNT(b), w, wh }
static const struct kind kinds[] = {
	KIND(t_strike_lead, t_strike_body, 26, 0),
	KIND(t_shell_lead, t_shell_body, 20, 0),
	KIND(t_clash_lead, t_clash_body, 15, 1),
	KIND(t_capture_lead, t_capture_body, 7, 1),
	KIND(t_intercept_lead, t_intercept_body, 10, 0),
	KIND(t_explosion_lead, t_explosion_body, 4, 0),
	KIND(t_aid_lead, t_aid_body, 7, 2),
	KIND(t_diplo_lead, t_diplo_body, 5, 2),
	KIND(t_sanction_lead, t_sanction_body, 3, 2),
	KIND(t_swap_lead, t_swap_body, 3, 2),
};

/* ---- article context ------------------------------------------------- */

struct ctx {
	long date;		  /* article date, days since 1970 */
	const struct place *p, *q; /* main and second place */
	int att;		  /* attacker: UA or RU */
	int m;			  /* last {M}, for {m} */
};

static const char *const small_words[] = {
	"zero",	   "one",     "two",	   "three",    "four",
	"five",	   "six",     "seven",	   "eight",    "nine",
	"ten",	   "eleven",  "twelve",	   "thirteen", "fourteen",
	"fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
	"twenty",
};

static void put_number(struct buf *b, unsigned n)
{
	if (n >= 1000)
		buf_printf(b, "%u,%03u", n / 1000, n % 1000);
	else
		buf_printf(b, "%u", n);
}

/* Exact count, in words or digits. */
static void put_exact(struct buf *b, unsigned n)
{
	if (n <= 20 && chance(50))
		buf_puts(b, small_words[n]);
	else
		put_number(b, n);
}

/* A count of people, skewed to small numbers; noun: a noun follows. */
static void put_count(struct buf *b, int noun)
{
	/* One rnd() per statement: C leaves the order of operands unspecified,
	 * and the output must not depend on the compiler. */
	unsigned n = 2 + below(6);
	n = (n - 2) * below(6) + 2;
	n += below(4);
	unsigned form = below(100);

	if (chance(8))
		n = range(20, 140);
	if (form < 55) {
		put_exact(b, n);
	} else if (form < 70) {
		buf_puts(b, "at least ");
		put_exact(b, n);
	} else if (form < 78) {
		n = (n + 9) / 5 * 5;
		buf_puts(b, PICK(((const char *const[]){ "more than ", "over " })));
		put_number(b, n);
	} else if (form < 84) {
		n = (n + 9) / 5 * 5;
		buf_puts(b, PICK(((const char *const[]){ "about ", "around " })));
		put_number(b, n);
	} else if (noun) {
		buf_puts(b, PICK(((const char *const[]){
				    "dozens of", "several", "a few",
				    "tens of", "scores of" })));
	} else {
		buf_puts(b, PICK(((const char *const[]){
				    "dozens", "several", "a few", "many",
				    "more than a dozen" })));
	}
}

static void put_region(struct buf *b, const struct place *p)
{
	if (p->country == CR) {
		buf_puts(b, PICK(((const char *const[]){
				    "Crimea", "the Crimean peninsula",
				    "Russian-annexed Crimea",
				    "occupied Crimea" })));
		return;
	}
	switch (below(p->country == RU ? 2 : 4)) {
	case 0:
		buf_printf(b, "the %s region", p->region);
		break;
	case 1:
		buf_printf(b, "%s oblast", p->region);
		break;
	case 2:
		buf_printf(b, "the %s oblast", p->region);
		break;
	default:
		buf_printf(b, "%s province", p->region);
		break;
	}
}

static void put_place(struct buf *b, const struct place *p)
{
	buf_puts(b, p->variant && chance(10) ? p->variant : p->name);
}

static void put_date(struct buf *b, const struct ctx *c)
{
	unsigned r = below(100);
	long off = r < 45 ? 0 : r < 70 ? 1 : r < 90 ? (long)range(2, 6)
						    : (long)range(7, 20);
	long day = c->date - off;
	int y, m, d, ay, am, ad;

	civil_from_days(day, &y, &m, &d);
	civil_from_days(c->date, &ay, &am, &ad);
	if (off == 0) {
		switch (below(6)) {
		case 0: buf_puts(b, "overnight"); break;
		case 1: buf_printf(b, "early on %s", weekday(day)); break;
		case 2: buf_printf(b, "on %s morning", weekday(day)); break;
		case 3: buf_puts(b, "today"); break;
		default: buf_printf(b, "on %s", weekday(day)); break;
		}
	} else if (off == 1) {
		switch (below(4)) {
		case 0: buf_puts(b, "yesterday"); break;
		case 1: buf_printf(b, "late on %s", weekday(day)); break;
		default: buf_printf(b, "on %s", weekday(day)); break;
		}
	} else if (off <= 6) {
		switch (below(4)) {
		case 0: buf_printf(b, "on %d %s", d, months[m - 1]); break;
		case 1: buf_printf(b, "on %s %d", months[m - 1], d); break;
		default: buf_printf(b, "on %s", weekday(day)); break;
		}
	} else {
		switch (below(4)) {
		case 0: buf_puts(b, "last week"); break;
		case 1:
			if (m == am) {
				buf_puts(b, "earlier this month");
				break;
			}
			/* fall through */
		case 2: buf_printf(b, "on %d %s %d", d, months[m - 1], y); break;
		default: buf_printf(b, "on %s %d", months[m - 1], d); break;
		}
	}
}

static void put_attribution(struct buf *b, const struct ctx *c, int leading)
{
	static const char *const ua_src[] = {
		"the regional governor said",
		"the head of the regional military administration said",
		"Ukraine's air force said",
		"the mayor said on Telegram",
		"local officials said",
		"emergency services said",
		"police said",
	};
	static const char *const ua_lead[] = {
		"According to the regional governor",
		"According to local officials",
		"The regional prosecutor's office said that",
	};
	static const char *const ru_src[] = {
		"the regional governor said",
		"Russia's defence ministry said",
		"the governor said on Telegram",
		"Russian state media reported",
		"local authorities said",
	};
	static const char *const ru_lead[] = {
		"According to the regional governor",
		"Russian news agencies reported that",
	};
	static const char *const cr_src[] = {
		"the Russian-installed governor said",
		"Moscow-appointed officials said",
		"Russian state media reported",
	};
	static const char *const cr_lead[] = {
		"According to Moscow-installed officials",
	};
	int k = c->p->country;

	if (leading)
		buf_puts(b, k == UA ? PICK(ua_lead) : k == RU ? PICK(ru_lead)
							 : PICK(cr_lead));
	else
		buf_puts(b, k == UA ? PICK(ua_src) : k == RU ? PICK(ru_src)
							: PICK(cr_src));
}

static void put_aid_item(struct buf *b)
{
	switch (below(10)) {
	case 0: buf_printf(b, "%u Leopard 1 tanks", range(10, 40)); break;
	case 1: buf_puts(b, "two Patriot systems"); break;
	case 2: buf_puts(b, "an IRIS-T air defence system"); break;
	case 3: buf_printf(b, "%u Bradley fighting vehicles", range(10, 60)); break;
	case 4: buf_printf(b, "%u,000 artillery shells", range(10, 300)); break;
	case 5: buf_printf(b, "%s howitzers", small_words[range(3, 18)]); break;
	case 6: buf_puts(b, "anti-drone equipment"); break;
	case 7: buf_printf(b, "%u Marder infantry fighting vehicles", range(5, 40)); break;
	case 8: buf_puts(b, "demining equipment"); break;
	default: buf_printf(b, "%u million rounds of ammunition", range(1, 9)); break;
	}
}

static void put_money(struct buf *b)
{
	switch (below(4)) {
	case 0: buf_printf(b, "%u million euros", range(2, 99) * 10); break;
	case 1: buf_printf(b, "$%u million", range(5, 95) * 10); break;
	case 2: {
		unsigned whole = range(1, 6);
		buf_printf(b, "%u.%u billion dollars", whole, below(10));
		break;
	}
	default: buf_printf(b, "\xe2\x82\xac%u million", range(10, 900)); break;
	}
}

/* Expand one template into b (appended). */
static void expand(struct buf *b, const char *t, struct ctx *c)
{
	int ru = c->att == RU;

	while (*t) {
		if (*t != '{') {
			const char *e = strchr(t, '{');
			size_t n = e ? (size_t)(e - t) : strlen(t);
			buf_add(b, t, n);
			t += n;
			continue;
		}
		char k = t[1];
		t += 3; /* "{k}" */
		switch (k) {
		case 'P': put_place(b, c->p); break;
		case 'Q': put_place(b, c->q); break;
		case 'R': put_region(b, c->p); break;
		case 'A': buf_puts(b, ru ? PICK(ru_np) : PICK(ua_np)); break;
		case 'V': buf_puts(b, ru ? PICK(ua_np) : PICK(ru_np)); break;
		case 'a': buf_puts(b, ru ? "Russian" : "Ukrainian"); break;
		case 'v': buf_puts(b, ru ? "Ukrainian" : "Russian"); break;
		case 'O': buf_puts(b, ru ? PICK(ru_official) : PICK(ua_official)); break;
		case 'o': buf_puts(b, ru ? PICK(ua_official) : PICK(ru_official)); break;
		case 'D': put_date(b, c); break;
		case 'K': put_count(b, 1); break;
		case 'W': put_count(b, 0); break;
		case 'N': put_exact(b, range(2, 30)); break;
		case 'M':
			c->m = (int)range(8, 90);
			put_number(b, (unsigned)c->m);
			break;
		case 'm': put_number(b, (unsigned)c->m + range(1, 12)); break;
		case 'X': buf_puts(b, ru ? PICK(ru_weapons) : PICK(ua_weapons)); break;
		case 'x': buf_puts(b, ru ? PICK(ru_weapon1) : PICK(ua_weapon1)); break;
		case 'S': put_attribution(b, c, 0); break;
		case 's': put_attribution(b, c, 1); break;
		case 'g': {
			unsigned age = range(18, 88);
			buf_printf(b, "%s %u", age == 18 || age / 10 == 8 ? "an" : "a",
				   age);
			break;
		}
		case 'C': buf_puts(b, PICK(donors)); break;
		case 'c': buf_puts(b, PICK(dignitaries)); break;
		case 'Y': put_aid_item(b); break;
		case '$': put_money(b); break;
		case 'T': buf_puts(b, PICK(capitals)); break;
		default:
			fprintf(stderr, "gen: bad template key '%c'\n", k);
			exit(1);
		}
	}
}

static const struct place *pick_place(int where)
{
	for (;;) {
		const struct place *p = &PICK(places);
		if (where == 1 && !(p->flags & FRONT))
			continue;
		/* Most strikes in the news hit Ukraine. */
		if (where == 0 && p->country != UA && chance(60))
			continue;
		return p;
	}
}

/* A second place, preferably in the same country and region. */
static const struct place *pick_near(const struct place *p)
{
	for (int tries = 0; tries < 200; tries++) {
		const struct place *q = &PICK(places);
		if (q != p && q->country == p->country &&
		    (!strcmp(q->region, p->region) || tries > 100))
			return q;
	}
	return p;
}

/* Append sentence s to text, capitalising its first letter. */
static void add_sentence(struct buf *text, struct buf *s, int new_para)
{
	if (text->len)
		buf_puts(text, new_para ? "\n\n" : " ");
	if (s->p[0] >= 'a' && s->p[0] <= 'z')
		s->p[0] = (char)(s->p[0] - 'a' + 'A');
	buf_add(text, s->p, s->len);
}

/* Templates already used in the current article: none is used twice. */
struct used {
	const char *t[128];
	int n;
};

static int take(struct used *u, const char *t)
{
	for (int i = 0; i < u->n; i++)
		if (u->t[i] == t)
			return 0;
	if (u->n < (int)COUNT(u->t))
		u->t[u->n++] = t;
	return 1;
}

static const struct kind *pick_kind(void)
{
	unsigned w = below(100), acc = 0;

	for (size_t i = 0; i < COUNT(kinds); i++) {
		acc += kinds[i].weight;
		if (w < acc)
			return &kinds[i];
	}
	return &kinds[0];
}

static void set_scene(struct ctx *c, const struct kind *k)
{
	c->p = pick_place(k->where == 2 ? 0 : k->where);
	c->q = pick_near(c->p);
	c->att = k->where == 2 || c->p->country == UA ? RU : UA;
}

/* A lead that opens a later segment of a round-up gets a transition when
 * its first word reads well in lower case ("Elsewhere, a drone ..."). */
static void open_segment(struct buf *s, const char *t)
{
	static const char *const lower_ok[] = {
		"A ",	 "An ",	     "Two ",	"At ",	     "Air ",
		"Heavy ", "Fierce ", "Shelling ", "Debris ", "Several ",
		"The ",	 "Foreign ",
	};
	static const char *const trans[] = {
		"Elsewhere, ",	      "Meanwhile, ",	  "Separately, ",
		"In a separate incident, ", "In other developments, ",
	};

	if (t[0] == '{' && t[1] != 's' && chance(60)) {
		buf_puts(s, PICK(trans));
		return;
	}
	for (size_t i = 0; i < COUNT(lower_ok); i++) {
		if (!strncmp(t, lower_ok[i], strlen(lower_ok[i])) &&
		    chance(60)) {
			buf_puts(s, PICK(trans));
			char first = (char)(t[0] - 'A' + 'a');
			buf_add(s, &first, 1);
			return;
		}
	}
}

static void make_article(struct buf *text, struct ctx *c)
{
	static struct buf s;
	struct used u = { .n = 0 };
	const struct kind *k = pick_kind();
	size_t target = range(1024, 4000);
	unsigned seg_left = range(3, 8), in_para = 0, para_len = 1;
	const char *t = k->lead[below((unsigned)k->lead_count)];

	set_scene(c, k);
	text->len = 0;
	s.len = 0;
	take(&u, t);
	expand(&s, t, c);
	add_sentence(text, &s, 1);
	in_para = para_len;
	for (int guard = 0; guard < 400 && text->len < target; guard++) {
		int lead = 0;

		s.len = 0;
		if (seg_left == 0) {
			/* A round-up: another event somewhere else. */
			k = pick_kind();
			t = k->lead[below((unsigned)k->lead_count)];
			if (!take(&u, t))
				continue;
			set_scene(c, k);
			open_segment(&s, t);
			if (s.len && s.p[s.len - 1] != ' ')
				t++; /* first letter already written */
			seg_left = range(3, 8);
			lead = 1;
		} else {
			unsigned r = below(100);
			if (r < 55) {
				t = k->body[below((unsigned)k->body_count)];
			} else if (r < 80) {
				t = PICK(filler);
			} else {
				const struct kind *o = &kinds[below(6)];
				t = o->body[below((unsigned)o->body_count)];
			}
			if (!take(&u, t)) {
				if (guard % 8 == 7)
					seg_left = 0;
				continue;
			}
			seg_left--;
		}
		expand(&s, t, c);
		if (text->len + s.len + 2 > 4000)
			break;
		if (lead || in_para >= para_len) {
			para_len = range(1, 3);
			in_para = 0;
		}
		add_sentence(text, &s, in_para == 0);
		in_para++;
	}
}

static void json_string(struct buf *o, const char *s, size_t n)
{
	buf_grow(o, n * 2 + 2);
	o->p[o->len++] = '"';
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '"' || ch == '\\') {
			o->p[o->len++] = '\\';
			o->p[o->len++] = ch;
		} else if (ch == '\n') {
			o->p[o->len++] = '\\';
			o->p[o->len++] = 'n';
		} else {
			o->p[o->len++] = ch;
		}
	}
	o->p[o->len++] = '"';
	o->p[o->len] = '\0';
}

static void usage(void)
{
	fprintf(stderr, "usage: gen [--size MB] [--format jsonl|txt] "
			"[--seed N] [--out DIR]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	double mb = 50;
	int txt = 0;
	uint64_t seed = 1;
	const char *out_dir = NULL;

	for (int i = 1; i < argc; i += 2) {
		const char *a = argv[i];
		const char *v = i + 1 < argc ? argv[i + 1] : NULL;
		char *end;
		if (!strcmp(a, "--size") && v) {
			mb = strtod(v, &end);
			if (*end || mb < 0)
				usage();
		} else if (!strcmp(a, "--format") && v) {
			if (!strcmp(v, "txt"))
				txt = 1;
			else if (strcmp(v, "jsonl"))
				usage();
		} else if (!strcmp(a, "--seed") && v) {
			errno = 0;
			seed = strtoull(v, &end, 10);
			if (*end || errno)
				usage();
		} else if (!strcmp(a, "--out") && v) {
			out_dir = v;
		} else {
			usage();
		}
	}
	if (out_dir && !txt)
		usage();
	if (out_dir && mkdir(out_dir, 0777) && errno != EEXIST) {
		perror(out_dir);
		return 1;
	}

	rng_state = 0x9E3779B97F4A7C15ULL ^ (seed * 0xBF58476D1CE4E5B9ULL);
	if (!rng_state)
		rng_state = 1;
	for (int i = 0; i < 8; i++)
		rnd();

	uint64_t target = (uint64_t)(mb * 1e6);
	uint64_t written = 0;
	long first = days_from_civil(2022, 3, 1);
	long span = days_from_civil(2024, 12, 31) - first + 1;
	struct buf text = { 0 }, line = { 0 };
	struct ctx c = { 0 };

	for (unsigned long n = 1; written < target; n++) {
		int y, m, d;
		char date[16], id[32];

		c.date = first + (long)below((unsigned)span);
		civil_from_days(c.date, &y, &m, &d);
		snprintf(date, sizeof(date), "%04d-%02d-%02d", y, m, d);
		snprintf(id, sizeof(id), "gen-%08lu", n);
		make_article(&text, &c);

		line.len = 0;
		if (txt) {
			buf_printf(&line, " date %s\n", date);
			buf_add(&line, text.p, text.len);
			buf_puts(&line, "\n");
		} else {
			buf_printf(&line, "{\"id\":\"%s\",\"date\":\"%s\",\"text\":",
				   id, date);
			json_string(&line, text.p, text.len);
			buf_puts(&line, "}\n");
		}
		if (out_dir) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s.txt", out_dir, id);
			FILE *f = fopen(path, "wb");
			if (!f || fwrite(line.p, 1, line.len, f) != line.len ||
			    fclose(f)) {
				perror(path);
				return 1;
			}
		} else {
			if (txt && n > 1)
				fputs("\f\n", stdout);
			if (fwrite(line.p, 1, line.len, stdout) != line.len) {
				perror("gen: stdout");
				return 1;
			}
		}
		written += line.len;
	}
	free(text.p);
	free(line.p);
	if (fflush(stdout)) {
		perror("gen: stdout");
		return 1;
	}
	return 0;
}
