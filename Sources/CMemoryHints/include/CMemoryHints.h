#ifndef FACTSH_CMEMORYHINTS_H
#define FACTSH_CMEMORYHINTS_H

/// Asks the processor to start loading the cache line holding `address` for a read soon.
/// A hint only: it never faults and never changes a result. Swift has no prefetch of its own;
/// the parser's weight lookups use it to overlap their cache misses (see ParserWeights).
static inline void memory_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
