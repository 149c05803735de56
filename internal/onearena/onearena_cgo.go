//go:build linux && cgo

package onearena

/*
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
// Before any thread starts: an arena is made per thread at its first malloc.
__attribute__((constructor)) static void dutymap_one_arena(void) { mallopt(M_ARENA_MAX, 1); }
#endif
*/
import "C"
