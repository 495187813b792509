import Foundation
import Testing

/// `factsh parse`: the parser's own tree, and with `--repaired` the tree the extractor reads facts
/// from (names found, the tree repairs applied).
@Suite struct ParseCommandTests {
    static let sentence = "The deal was negotiated by the union's president, Martin Gagnon, and by Marie-Eve Lachance, "
        + "the director general of the company."

    @Test func parseDrawsEachSentencesTree() throws {
        let run = try Factsh.run(["parse", "The mayor met the council."])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.hasPrefix("# The mayor met the council.\nroot  met  VERB/VBD  #3\n"), "\(run.stdout)")
    }

    @Test func repairedShowsTheTreeFactsAreReadFrom() throws {
        // The parser hangs "by Marie-Eve Lachance" on the conjunction; the repair makes Lachance
        // the conjunct of the first agent, as the treebank would.
        let raw = try Factsh.run(["parse", Self.sentence])
        #expect(raw.stdout.contains("conj  by  ADP/IN  #15"), "\(raw.stdout)")
        let repaired = try Factsh.run(["parse", "--repaired", Self.sentence])
        #expect(repaired.status == 0, "stderr: \(repaired.stderr)")
        #expect(repaired.stdout.contains("conj  Marie  PROPN/NNP  #16") && !repaired.stdout.contains("conj  by"), "\(repaired.stdout)")
    }
}
