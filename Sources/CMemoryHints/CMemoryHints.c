// The module is header-only (static inline functions); this file lets SwiftPM build it as a C target.
#include "CMemoryHints.h"
