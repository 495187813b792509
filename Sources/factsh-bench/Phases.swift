import FactModel
import FactStore
import Foundation

/// Diagnosis (`FACTSH_BENCH_PHASES=1`): the median time of each phase of the API variant's
/// Q1 and Q2 (resolve the name, look the facts up, materialize), over the same interleaved
/// passes as the timed run, so each phase is seen with the cache state the benchmark gives it.
enum Phases {
    static func report(_ store: FactStore, _ workload: Workload, reps: Int, maxCheck: Int) {
        let q1 = (workload.instances["Q1"] ?? []).filter { $0.check <= maxCheck }
        var resolve = [UInt64](), lookup = [UInt64](), rows = [UInt64](), hot = [UInt64]()
        for _ in 0..<reps {
            for instance in q1 {
                let name = instance.parameters["x"]!
                let t0 = Harness.now()
                let e = store.resolve(name: name).first
                let t1 = Harness.now()
                let ids = e.map { store.facts(about: $0) } ?? []
                let t2 = Harness.now()
                let r = store.rows(of: ids)
                let t3 = Harness.now()
                let again = store.rows(of: ids)
                let t4 = Harness.now()
                if r.count < 0 || again.count < 0 { print("") }
                resolve.append(t1 - t0); lookup.append(t2 - t1); rows.append(t3 - t2); hot.append(t4 - t3)
            }
        }
        let q2 = (workload.instances["Q2"] ?? []).filter { $0.check <= maxCheck }
        var resolve2 = [UInt64](), lookup2 = [UInt64](), distinct = [UInt64]()
        for _ in 0..<reps {
            for instance in q2 {
                let t0 = Harness.now()
                let e = store.resolve(name: instance.parameters["o"]!).first
                let t1 = Harness.now()
                let ids = e.map { store.facts(matching: FactPattern(relation: instance.parameters["r"]!, object: .entity($0))) } ?? []
                let t2 = Harness.now()
                let s = store.distinctSubjectTexts(of: ids)
                let t3 = Harness.now()
                if s.count < 0 { print("") }
                resolve2.append(t1 - t0); lookup2.append(t2 - t1); distinct.append(t3 - t2)
            }
        }
        func median(_ xs: [UInt64]) -> String { String(format: "%.2f", Double(xs.sorted()[xs.count / 2]) / 1000) }
        FileHandle.standardError.write(Data("""
        Q1 phases (median µs): resolve \(median(resolve)), facts(about:) \(median(lookup)), rows(of:) \(median(rows)), again at once \(median(hot))
        Q2 phases (median µs): resolve \(median(resolve2)), facts(matching:) \(median(lookup2)), distinctSubjectTexts \(median(distinct))

        """.utf8))
    }
}
