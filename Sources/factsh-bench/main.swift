// factsh-bench: the fact-store benchmark, following the contract in ../shared/bench/store/README.md:
// load the TSV into a FactStore (timed, with every index built), measure resident memory, then run
// the Q1–Q4 workload (a validation pass, then timed repetitions) and print JSON lines.
import CMemoryHints
import FactModel
import FactStore
import Foundation

struct Options {
    var tsv = ""
    var queries = ""
    var reps = 5
    var label = "factsh-store"
    var variant = "api"
    var snapshot: String?
    /// Time with the thread's CPU clock instead of the wall clock (diagnosis on a busy machine).
    var cpuClock = false
    /// Diagnosis: keep only the instances whose check value is at most this (typical, small answers).
    var maxCheck: Int?
    /// Diagnosis: write every timed sample (kind, instance, check, µs) to this file as TSV.
    var samplesFile: String?
    /// Diagnosis: run only these kinds.
    var kinds = Workload.kinds
    /// Diagnosis: for the first N instances of each kind, the query-language plan and both variants'
    /// mean time over FACTSH_BENCH_REPEAT (200) hot repetitions; then stop.
    var explain = 0

    init(_ arguments: [String]) throws {
        var i = 1
        func value() throws -> String {
            i += 1
            guard i < arguments.count else { throw BenchError.usage("missing value for \(arguments[i - 1])") }
            return arguments[i]
        }
        while i < arguments.count {
            switch arguments[i] {
            case "--tsv": tsv = try value()
            case "--queries": queries = try value()
            case "--reps": reps = Int(try value()) ?? 5
            case "--label": label = try value()
            case "--variant": variant = try value()
            case "--snapshot": snapshot = try value()
            case "--cpu-clock": cpuClock = true
            case "--max-check": maxCheck = Int(try value())
            case "--samples": samplesFile = try value()
            case "--kinds": kinds = try value().split(separator: ",").map(String.init)
            case "--explain": explain = Int(try value()) ?? 3
            case "-h", "--help":
                print("usage: factsh-bench --tsv FILE --queries FILE [--reps N] [--label NAME] [--variant api|query] [--snapshot FILE] [--cpu-clock] [--max-check N] [--kinds Q1,Q2] [--samples FILE] [--explain N]")
                exit(0)
            default: throw BenchError.usage("unknown argument \(arguments[i])")
            }
            i += 1
        }
        if tsv.isEmpty || queries.isEmpty { throw BenchError.usage("--tsv and --queries are required") }
    }
}

func runBenchmark(_ options: Options) throws {
    let workload = try Workload(contentsOf: options.queries)
    Harness.releaseGarbage()
    let before = Harness.residentBytes()
    let cpuClock = options.cpuClock
    let clock: () -> UInt64 = { cpuClock ? Harness.threadCPU() : Harness.now() }
    let start = clock()
    let store = FactStore()
    let diagnostics = try store.importTriples(contentsOfFile: options.tsv)
    let imported = clock()
    store.trimMemory()
    store.buildIndexes()
    if ProcessInfo.processInfo.environment["FACTSH_BENCH_TRACE"] != nil {
        FileHandle.standardError.write(Data("import \(Double(imported - start) / 1e9) s, indexes \(Double(clock() - imported) / 1e9) s\n".utf8))
    }
    let loadSeconds = Double(clock() - start) / 1e9
    Harness.releaseGarbage()
    let after = Harness.residentBytes()
    let n = store.factCount
    if !diagnostics.isEmpty { FileHandle.standardError.write(Data("\(diagnostics.count) malformed lines\n".utf8)) }

    let variant: any QueryVariant
    switch options.variant {
    case "api": variant = APIVariant(source: store)
    case "query": variant = QueryTextVariant(source: store)
    default: throw BenchError.usage("unknown variant '\(options.variant)' (api or query)")
    }
    if ProcessInfo.processInfo.environment["FACTSH_BENCH_TRACE"] != nil {
        var overhead = [UInt64]()
        for _ in 0..<1000 { let t0 = clock(); overhead.append(clock() - t0) }
        let ids = (0..<100_000).map { _ in FactID.random(in: 0..<FactID(n)) }
        let t0 = clock()
        var total = 0
        for id in ids { total &+= store.fact(id).subject.text.utf8.count }
        let perFact = Double(clock() - t0) / Double(ids.count)
        FileHandle.standardError.write(Data("clock overhead median \(overhead.sorted()[500]) ns; fact(_:) \(perFact) ns (\(total))\n".utf8))
    }
    Harness.emit([
        "event": "load", "system": options.label, "variant": variant.name, "n": n,
        "load_s": Harness.round(loadSeconds, 4), "facts_per_s": Int(Double(n) / loadSeconds),
        "rss_before_mib": Harness.round(Double(before) / 1048576, 1),
        "rss_after_load_mib": Harness.round(Double(after) / 1048576, 1),
        "mem_mib": Harness.round(Double(after - before) / 1048576, 1),
        "bytes_per_fact": Harness.round(Double(after - before) / Double(max(n, 1)), 1),
        "entities": store.entityCount, "documents": store.documentIDs.count,
        "factsh_version": "store-1",
    ])

    if options.explain > 0 {
        Explain.report(store, workload, kinds: options.kinds, first: options.explain, maxCheck: options.maxCheck ?? Int.max)
        return
    }
    switch ProcessInfo.processInfo.environment["FACTSH_BENCH_PHASES"] {
    case nil: break
    case "text": TextPhases.report(store, workload, reps: options.reps)
    default: Phases.report(store, workload, reps: options.reps, maxCheck: options.maxCheck ?? Int.max)
    }
    var sampleLines = ""
    for kind in options.kinds {
        let instances = (workload.instances[kind] ?? []).filter { $0.check <= options.maxCheck ?? Int.max }
        var mismatches = 0
        let firstStart = Harness.now()
        for instance in instances {
            let check = variant.run(kind, instance.parameters)
            if check != instance.check {
                mismatches += 1
                if mismatches <= 3 {
                    FileHandle.standardError.write(Data("[\(options.label)] \(kind) mismatch \(instance.parameters) expected \(instance.check) got \(check)\n".utf8))
                }
            }
        }
        let firstPass = Double(Harness.now() - firstStart) / 1e6
        var samples = [UInt64]()
        samples.reserveCapacity(instances.count * options.reps)
        for _ in 0..<options.reps {
            for (index, instance) in instances.enumerated() {
                let parameters = instance.parameters
                let t0 = clock()
                let check = variant.run(kind, parameters)
                let t1 = clock()
                if check < 0 { print("") }  // keeps the result observable
                samples.append(t1 - t0)
                if options.samplesFile != nil { sampleLines += "\(kind)\t\(index)\t\(instance.check)\t\(Double(t1 - t0) / 1000)\n" }
            }
        }
        let summary = LatencySummary(samples: samples).fields
        Harness.emit([
            "event": "query", "system": options.label, "kind": kind, "instances": instances.count, "reps": options.reps,
            "median_us": Harness.round(summary.median, 2), "p90_us": Harness.round(summary.p90, 1),
            "mean_us": Harness.round(summary.mean, 1), "qps": Harness.round(summary.qps, 1),
            "first_pass_ms": Harness.round(firstPass, 2), "check_mismatches": mismatches,
        ])
    }
    if let file = options.samplesFile { try sampleLines.write(toFile: file, atomically: true, encoding: .utf8) }
    // Snapshot: write it, then time reopening it (a fresh store, indexes included).
    let snapshotPath = options.snapshot ?? "/tmp/factsh-bench-\(getpid()).snapshot"
    let key = SnapshotKey(sources: [.init(path: options.tsv, contentHash: 0)], pipelineVersion: "factsh-bench")
    let writeStart = Harness.now()
    try Snapshot.write(store, key: key, to: snapshotPath)
    let writeSeconds = Double(Harness.now() - writeStart) / 1e9
    let openStart = clock()
    let reopened = try Snapshot.load(from: snapshotPath, expectedKey: key)
    let openSeconds = Double(clock() - openStart) / 1e9
    let snapshotBytes = (try? FileManager.default.attributesOfItem(atPath: snapshotPath)[.size] as? Int) ?? 0
    let sameAnswers = reopened.factCount == store.factCount && APIVariant(source: reopened).allFacts(about: workload.instances["Q1"]?.first?.parameters["x"] ?? "") == workload.instances["Q1"]?.first?.check
    if options.snapshot == nil { unlink(snapshotPath) }
    Harness.emit([
        "event": "snapshot", "system": options.label, "n": reopened.factCount, "write_s": Harness.round(writeSeconds, 4),
        "open_s": Harness.round(openSeconds, 4), "bytes": snapshotBytes, "bytes_per_fact": Harness.round(Double(snapshotBytes) / Double(max(n, 1)), 1),
        "answers_match": sameAnswers,
    ])
    Harness.emit(["event": "done", "system": options.label, "peak_rss_mib": Harness.round(Double(Harness.peakResidentBytes()) / 1048576, 1)])
}

// The shell's allocator setting (see factsh's main), so the benchmark measures what it runs.
_ = memory_prefer_merged_free_blocks()
do {
    try runBenchmark(try Options(CommandLine.arguments))
} catch {
    FileHandle.standardError.write(Data("factsh-bench: \(error)\n".utf8))
    exit(2)
}
