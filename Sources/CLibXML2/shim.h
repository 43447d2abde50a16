#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers would then pull in the system's ICU headers, which
// clash with the copy inside Foundation. Puente never touches ICU converters, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
