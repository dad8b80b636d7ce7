// The Graphviz C API, seen by Swift through VartaGraphviz only.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

// Exported by libcgraph but missing from its headers: discards what the DOT lexer still
// holds from the previous input. Without it, text left after one graph (a trailing line,
// a second graph) is read at the start of the next graph read (DOTReading).
extern void aglexbad(void);

// cgraph's default memory and I/O disciplines, by address: Swift 6 will not read C's
// mutable globals directly. DOTReading builds its discipline from these.
static inline Agmemdisc_t *varta_default_memory_discipline(void) { return &AgMemDisc; }
static inline Agiodisc_t *varta_default_io_discipline(void) { return &AgIoDisc; }
