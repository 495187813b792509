import FactModel

/// Times parsing and planning (not evaluation) of query text, for the release-mode benchmark
/// `query-bench`. Planning asks the source for estimates, as the shell does for every query.
public enum QueryBenchmark {
    /// Median and 90th-percentile nanoseconds per parse+plan of each text, over `iterations` runs.
    public static func parseAndPlan(
        _ texts: [String], source: any FactSource, lexicon: any Lexicon, iterations: Int
    ) -> [(text: String, medianNanoseconds: Double, p90Nanoseconds: Double)] {
        let forms = WordForms(lexicon: lexicon)
        let planner = QueryPlanner(source: source, forms: forms)
        var sink = 0
        var results: [(String, Double, Double)] = []
        let clock = ContinuousClock()
        for text in texts {
            var samples: [Double] = []
            samples.reserveCapacity(iterations)
            for _ in 0..<iterations {
                let start = clock.now
                for parsed in QueryParser.parse(text) {
                    guard case .success(let statement) = parsed else { continue }
                    switch statement.body {
                    case .question(let question):
                        switch question.form {
                        case .clause(let atom), .yesNo(let atom): sink &+= planner.plan(.atom(atom)).estimate
                        default: sink &+= 1
                        }
                    case .pattern(let pattern): sink &+= planner.plan(pattern.condition).estimate
                    case .command: sink &+= 1
                    }
                }
                let elapsed = clock.now - start
                samples.append(Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9)
            }
            samples.sort()
            results.append((text, samples[samples.count / 2], samples[samples.count * 9 / 10]))
        }
        if sink == Int.min { print(sink) }
        return results
    }
}
