import FollowAnalysis
import FollowModel
import Foundation

/// The HTML report's opening: one block per export owner with the answers
/// (``HeadlineRenderer``'s sentences) and the owner's own lists, each linking to the owner's
/// network section below.
enum HeadlineSection {
  /// The section id.
  static let anchor = "answers"

  /// The section, or a note when no export names its owner.
  ///
  /// - Parameters:
  ///   - input: What to report.
  ///   - options: Table limits (the most accounts per list).
  static func render(_ input: ReportInput, options: HTMLReportOptions) -> Markup {
    var parts: [Markup] = [.element("h2", text: "The answers")]
    if input.summary.owners.isEmpty && input.headlines.isEmpty {
      parts.append(
        HTMLBlocks.note(
          "No imported export names its owner, so there is no follow-back answer; the "
            + "networks below are whole graphs."))
    }
    for headline in input.headlines {
      parts.append(block(headline, input: input, options: options))
    }
    return .element("section", ["id": anchor], parts.flatMap { [$0, .newline] })
  }

  /// One owner's block.
  static func block(_ headline: OwnerHeadline, input: ReportInput, options: HTMLReportOptions)
    -> Markup
  {
    var parts: [Markup] = [
      .element("h3", text: "\(headline.owner.label), network \(headline.owner.id.network)")
    ]
    let sentences = HeadlineRenderer.sentences(headline)
    parts += sentences.map { .element("p", ["class": "answer"], text: $0) }
    if let index = input.networks.firstIndex(where: { $0.network == headline.owner.id.network }) {
      parts.append(
        .element(
          "p", ["class": "muted"],
          [
            Markup(text: "The accounts, charts and figures: "),
            .element(
              "a", ["href": "#" + NetworkSection.anchor(headline.owner.id.network, index)],
              text: "Network \(headline.owner.id.network)"),
            Markup(text: "."),
          ]))
    }
    let lists = HeadlineRenderer.lists(headline, limit: options.tableLimit)
    if !lists.isEmpty {
      parts.append(.element("h4", text: "Your lists, as last exported"))
      var items: [Markup] = []
      for list in lists {
        var entry: [Markup] = [Markup(text: list.title)]
        if !list.items.isEmpty {
          var rows = list.items.map { Markup.element("li", text: $0) }
          if list.more > 0 {
            rows.append(.element("li", ["class": "muted"], text: "… and \(list.more) more"))
          }
          entry.append(.element("ul", [:], rows))
        }
        items.append(.element("li", [:], entry))
      }
      parts.append(.element("ul", ["class": "owner-lists"], items))
    }
    return .element("section", ["class": "headline"], parts.flatMap { [$0, .newline] })
  }
}
