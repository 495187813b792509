import FactModel
import FactStore
import Foundation

/// Diagnosis (`--explain N`): for the first N instances of each kind, the plan the query
/// language makes and the mean time of both variants over FACTSH_BENCH_REPEAT (200) hot
/// repetitions, so the text variant's overhead can be seen instance by instance.
enum Explain {
    static func report(_ store: FactStore, _ workload: Workload, kinds: [String], first: Int, maxCheck: Int) {
        let text = QueryTextVariant(source: store)
        let api = APIVariant(source: store)
        let repetitions = Int(ProcessInfo.processInfo.environment["FACTSH_BENCH_REPEAT"] ?? "") ?? 200
        func meanMicroseconds(_ variant: any QueryVariant, _ kind: String, _ parameters: [String: String]) -> Double {
            let t0 = Harness.now()
            for _ in 0..<repetitions { _ = variant.run(kind, parameters) }
            return Double(Harness.now() - t0) / Double(repetitions) / 1000
        }
        for kind in kinds {
            for instance in (workload.instances[kind] ?? []).filter({ $0.check <= maxCheck }).prefix(first) {
                let p = instance.parameters
                print("\(kind) \(p) check \(instance.check) text \(meanMicroseconds(text, kind, p)) µs api \(meanMicroseconds(api, kind, p)) µs")
                print(text.explain(kind, p))
            }
        }
    }
}
