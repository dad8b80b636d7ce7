// The Graphviz C API, seen by Swift through VartaGraphviz only.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
