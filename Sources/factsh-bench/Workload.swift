import Foundation

/// The query workload file (`queries-<size>.json`): per kind, parameter instances with the
/// expected `check` value.
struct Workload {
    /// One query instance: its string parameters by name, and the expected check value.
    struct Instance {
        var parameters: [String: String]
        var check: Int
    }

    var instances: [String: [Instance]]

    static let kinds = ["Q1", "Q2", "Q3", "Q4"]

    init(contentsOf path: String) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let queries = root["queries"] as? [String: Any]
        else { throw BenchError.usage("\(path): not a query workload (no \"queries\" object)") }
        var instances = [String: [Instance]]()
        for kind in Workload.kinds {
            let list = queries[kind] as? [[String: Any]] ?? []
            instances[kind] = list.map { item in
                var parameters = [String: String]()
                for (key, value) in item where key != "check" { parameters[key] = value as? String ?? "\(value)" }
                return Instance(parameters: parameters, check: (item["check"] as? NSNumber)?.intValue ?? -1)
            }
        }
        self.instances = instances
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    var description: String {
        switch self { case .usage(let message): return message }
    }
}
