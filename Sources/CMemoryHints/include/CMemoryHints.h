#ifndef FACTSH_CMEMORYHINTS_H
#define FACTSH_CMEMORYHINTS_H

// <stdlib.h> first: on glibc it defines __GLIBC__ (through <features.h>), which the test below
// needs; tested before any header, the allocator setting was silently never made.
#include <stdlib.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Asks the processor to start loading the cache line holding `address` for a read soon.
/// A hint only: it never faults and never changes a result. Swift has no prefetch of its own;
/// the parser's weight lookups use it to overlap their cache misses (see ParserWeights).
static inline void memory_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

/// Turns off glibc's fast bins, so that a freed block merges with its free neighbours at once.
/// A query that builds thousands of answer rows frees them together; kept in fast bins, those
/// blocks are handed out one by one to the queries that follow, each at a cold address, and a
/// typical query then runs 2-3 times slower than the same query on a fresh heap (store
/// benchmark, docs/store.md). Merged, later allocations come from a few warm regions again.
/// Returns nonzero on success; call once, before the process allocates much.
static inline int memory_prefer_merged_free_blocks(void) {
#if defined(__GLIBC__)
    return mallopt(M_MXFAST, 0);
#else
    return 0;
#endif
}

#endif
