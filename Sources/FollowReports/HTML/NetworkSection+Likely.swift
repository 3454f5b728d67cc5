import FollowAnalysis
import FollowModel

extension NetworkSection {
  /// "Likely to follow back": the owner's non-reciprocators ranked by the calibrated
  /// probability that they still follow back, with the reasons in words.
  func likelyPart(_ owner: OwnerReport) -> Markup? {
    guard let forecast = sections.forecast(of: owner.owner.id) else { return nil }
    let heading = Markup.element("h4", text: "Likely to follow back")
    guard !forecast.candidates.isEmpty else {
      return Markup.join(
        [heading, HTMLBlocks.note("Every account followed follows back: nothing to forecast.")],
        separator: .newline)
    }
    let probabilities = forecast.candidates.map(\.probability)
    if let low = probabilities.min(), let high = probabilities.max(), high - low < 1e-9 {
      // An ego export: only the owner's own lists are known, so nothing sets one account
      // apart from another; a table of equal numbers would only look like a ranking.
      return Markup.join(
        [
          heading,
          HTMLBlocks.note(
            "The data cannot tell apart the accounts followed that do not follow back: each "
              + "gets the same probability (\(NumberText.percent(high))), because only this "
              + "account's own lists are known. Import the lists of the accounts around it "
              + "(followgraph fetch --depth 2, or an edge list) to rank them."),
        ], separator: .newline)
    }
    let rows: [[HTMLBlocks.Cell]] = forecast.candidates.map { candidate in
      let handle = report.directory[candidate.id]?.handle
      return [
        .text(handle.map { "@\($0)" } ?? candidate.id),
        .number(NumberText.percent(candidate.probability)),
        .longText(candidate.reasons.joined(separator: "; ")),
      ]
    }
    return Markup.join(
      [
        heading,
        HTMLBlocks.table(
          caption: "Followed, not following back yet: the probability each still follows back",
          headers: [
            ("account", numeric: false), ("probability", numeric: true),
            ("why", numeric: false),
          ],
          rows: rows, limit: options.tableLimit),
        HTMLBlocks.note(
          "Learned from this network's own follows: every follow is an example, returned or "
            + "not, with the return hidden while its features are computed; boosted trees, "
            + "calibrated out of fold (`followgraph likely --evaluate` shows its held-out AUC "
            + "and Brier score). A forecast, not a promise."),
      ], separator: .newline)
  }
}
