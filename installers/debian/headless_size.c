/* Preloaded into cage by installers/debian/cage_screenshot.py: wlroots 0.15's headless
 * backend makes every output 1280x720 (backend/backend.c calls wlr_headless_add_output with
 * those numbers), and cage 0.1.4 offers no output-management protocol to change the mode
 * afterwards. This replaces the size with $YIMEN_HEADLESS_SIZE ("1920x1080"), so the kiosk
 * is shown at the resolution of a hall's panel. The call goes through libwlroots' PLT, so a
 * preloaded definition takes it; the real function does the work. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>

struct wlr_backend;
struct wlr_output;

typedef struct wlr_output *(*add_output_fn)(struct wlr_backend *, unsigned int, unsigned int);

struct wlr_output *wlr_headless_add_output(struct wlr_backend *backend, unsigned int width, unsigned int height) {
	static add_output_fn real = NULL;
	if (real == NULL) {
		real = (add_output_fn)dlsym(RTLD_NEXT, "wlr_headless_add_output");
	}
	const char *size = getenv("YIMEN_HEADLESS_SIZE");
	unsigned int w, h;
	if (size != NULL && sscanf(size, "%ux%u", &w, &h) == 2 && w > 0 && h > 0) {
		width = w;
		height = h;
	}
	return real(backend, width, height);
}
