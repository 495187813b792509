import FactModel
import FactStore
import Foundation
import QueryLanguage

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

/// Diagnosis (`FACTSH_BENCH_PHASES=text`): the median time of each step `describe` takes for
/// the text variant's Q1, in the workload's order (heavy instances included), so each step is
/// seen with the cold caches the benchmark gives it.
enum TextPhases {
    static func report(_ store: FactStore, _ workload: Workload, reps: Int) {
        let q1 = workload.instances["Q1"] ?? []
        let engine = QueryEngine(source: store, lexicon: PlainLexicon())
        var steps = [[UInt64]](repeating: [], count: 7)
        var sink = 0
        for _ in 0..<reps {
            for instance in q1 {
                let name = instance.parameters["x"]!
                let text = QueryTextVariant.describeText(name)
                var t = [Harness.now()]
                sink &+= QueryParser.parse(text).count; t.append(Harness.now())
                guard let e = store.resolve(name: name).first else { continue }
                t.append(Harness.now())
                sink &+= store.entity(e).titles.count; t.append(Harness.now())
                let ids = store.facts(about: e); t.append(Harness.now())
                let rows = store.rows(of: ids, namingEntities: true); t.append(Harness.now())
                for (k, id) in ids.enumerated() where store.traits(of: id).hasQualifiers || store.isLoaded(rows[k].provenance.document) { sink &+= 1 }
                t.append(Harness.now())
                for result in engine.run(text) { if case .success(let table) = result { sink &+= table.rows.count } }
                t.append(Harness.now())
                for k in 0..<7 { steps[k].append(t[k + 1] - t[k]) }
            }
        }
        func median(_ xs: [UInt64]) -> String { String(format: "%.2f", Double(xs.sorted()[xs.count / 2]) / 1000) }
        let names = ["parse", "resolve", "entity", "facts(about:)", "rows(of:)", "traits+isLoaded", "whole query again"]
        let line = zip(names, steps).map { "\($0) \(median($1))" }.joined(separator: ", ")
        FileHandle.standardError.write(Data("text Q1 steps (median µs): \(line) [\(sink)]\n".utf8))
    }
}
