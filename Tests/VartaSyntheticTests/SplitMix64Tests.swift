import Testing
import VartaSynthetic

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test("matches the reference sequence for seed 0")
    func reference() {
        var random = SplitMix64(seed: 0)
        // From the reference C implementation (Vigna, splitmix64.c).
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test("stays in range")
    func ranges() {
        var random = SplitMix64(seed: 7)
        for bound in [1, 2, 3, 10, 1_000_003] {
            for _ in 0..<1_000 { #expect((0..<bound).contains(random.below(bound))) }
        }
        #expect(random.permutation(100).sorted() == Array(0..<100))
    }
}
