import Testing
import CMemoryHints

/// The allocator setting `factsh` and `factsh-bench` make first thing takes effect on glibc.
@Suite struct MemoryHintsTests {
    @Test func mergedFreeBlocksAreTurnedOnWithGlibc() {
        #if os(Linux)
        // mallopt returns 1 on success; the header once tested __GLIBC__ before defining it and returned 0.
        #expect(memory_prefer_merged_free_blocks() == 1)
        #endif
    }
}
