import Foundation

/// The words that say what was loaded, for the banner and `.load`.
enum LoadSummary {
    /// "75 documents, 1,204 sentences, 3,310 facts, 850 entities in 4.2 s".
    static func line(_ report: LoadReport) -> String {
        let counts = [
            count(report.documents, "document"), count(report.sentences, "sentence"),
            count(report.facts, "fact"), count(report.entities, "entity", plural: "entities"),
        ]
        return "loaded " + counts.joined(separator: ", ") + " in " + seconds(report.seconds)
    }

    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(grouped(value)) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// 12345 -> "12,345".
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += "," }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// 0.0123 -> "12 ms", 4.21 -> "4.2 s", 125 -> "2 min 5 s".
    static func seconds(_ value: Double) -> String {
        if value < 1 { return String(format: "%.0f ms", value * 1000) }
        if value < 60 { return String(format: "%.1f s", value) }
        return "\(Int(value) / 60) min \(Int(value) % 60) s"
    }
}
