import FollowAnalysis
import FollowModel

/// Renders `followgraph likely`: scored pairs, an owner's forecast, the evaluation.
public enum LikelyRenderer {
  /// The output formats.
  public enum Format: Sendable {
    case text, json, csv
  }

  /// One scored pair of a `--pairs` file, with the cells as the user wrote them.
  public struct ScoredPair: Sendable {
    /// The follower as written.
    public var follower: String
    /// The followed account as written.
    public var followed: String
    /// The probability that `followed` follows `follower`.
    public var probability: Double
    /// The reasons, strongest first.
    public var reasons: [String]

    /// Creates a scored pair.
    ///
    /// - Parameters:
    ///   - follower: The follower as written.
    ///   - followed: The followed account as written.
    ///   - probability: The probability.
    ///   - reasons: The reasons.
    public init(follower: String, followed: String, probability: Double, reasons: [String]) {
      self.follower = follower
      self.followed = followed
      self.probability = probability
      self.reasons = reasons
    }
  }

  /// Scored pairs in input order; CSV columns `follower,followed,probability,reasons`.
  ///
  /// - Parameters:
  ///   - pairs: The pairs.
  ///   - format: The format.
  /// - Returns: The text.
  public static func pairs(_ pairs: [ScoredPair], format: Format) -> String {
    switch format {
    case .csv:
      return CSVTable(
        header: ["follower", "followed", "probability", "reasons"],
        rows: pairs.map {
          [
            .text($0.follower), .text($0.followed), .double($0.probability),
            .text($0.reasons.joined(separator: "; ")),
          ]
        }
      ).render()
    case .json:
      return JSONValue.object([
        (
          "pairs",
          .array(
            pairs.map {
              .object([
                ("follower", .string($0.follower)), ("followed", .string($0.followed)),
                ("probability", .double($0.probability)),
                ("reasons", .array($0.reasons.map(JSONValue.string))),
              ])
            })
        )
      ]).render() + "\n"
    case .text:
      return pairs.map {
        "\($0.followed) follows \($0.follower) back: \(NumberText.percent($0.probability))"
          + " (\($0.reasons.joined(separator: "; ")))\n"
      }.joined()
    }
  }

  /// An owner's forecast: followed accounts not following back, then suggested ones.
  ///
  /// - Parameters:
  ///   - forecast: The forecast.
  ///   - owner: The owner.
  ///   - directory: Handles.
  ///   - showFollowing: Whether to include the followed accounts.
  ///   - limit: The most accounts per list.
  ///   - format: The format.
  /// - Returns: The text.
  public static func forecast(
    _ forecast: FollowBackForecast, owner: Account, directory: AccountDirectory,
    showFollowing: Bool, limit: Int?, format: Format
  ) -> String {
    var lists: [(name: String, candidates: [FollowBackCandidate])] = []
    if showFollowing { lists.append(("following", forecast.following)) }
    if !forecast.suggested.isEmpty || !showFollowing {
      lists.append(("suggested", forecast.suggested))
    }
    let shown = lists.map { list in
      (list.name, limit.map { Array(list.candidates.prefix($0)) } ?? list.candidates)
    }
    func handle(_ id: String) -> String? { directory[id]?.handle }
    switch format {
    case .csv:
      var rows: [[CSVTable.Cell]] = []
      for (name, candidates) in shown {
        for c in candidates {
          rows.append([
            .text(name), .text(c.id), handle(c.id).map(CSVTable.Cell.text) ?? .empty,
            .double(c.probability), .text(c.reasons.joined(separator: "; ")),
          ])
        }
      }
      return CSVTable(
        header: ["list", "account", "handle", "probability", "reasons"], rows: rows
      ).render()
    case .json:
      var members: [(String, JSONValue)] = [("owner", .string(owner.id.value))]
      for (name, candidates) in shown {
        members.append(
          (
            name,
            .array(
              candidates.map { c -> JSONValue in
                .object([
                  ("account", .string(c.id)), ("handle", .text(handle(c.id))),
                  ("probability", .double(c.probability)),
                  ("reasons", .array(c.reasons.map(JSONValue.string))),
                ])
              })
          ))
      }
      members.append(("training", trainingJSON(forecast.training)))
      return JSONValue.object(members).render() + "\n"
    case .text:
      var out = "Likely to follow \(owner.handle.map { "@" + $0 } ?? owner.id.value) back\n"
      for (name, candidates) in shown {
        out +=
          name == "following"
          ? "\nAccounts you follow that do not follow back (\(forecast.following.count)):\n"
          : "\nAccounts you might follow (\(forecast.suggested.count) scored of \(forecast.suggestedFound) found):\n"
        for c in candidates {
          let label = handle(c.id).map { "@" + $0 } ?? c.id
          out +=
            "  \(NumberText.fixed(c.probability * 100, decimals: 0).leftPadded(3)) %  \(label): "
            + c.reasons.joined(separator: "; ") + "\n"
        }
      }
      out += "\n" + trainingText(forecast.training)
      return out
    }
  }

  /// The training summary as text.
  static func trainingText(_ s: FollowBackTrainingSummary) -> String {
    "Model: boosted trees (\(s.trees)) on \(NumberText.grouped(s.examples)) of "
      + "\(NumberText.grouped(s.follows)) follows\(s.sampled ? " (uniform sample)" : ""); "
      + "scored out of fold \(NumberText.grouped(s.heldOut)): Brier \(NumberText.fixed(s.brier, decimals: 4)), "
      + "AUC \(NumberText.fixed(s.auc, decimals: 3))\n"
  }

  /// The training summary as JSON.
  static func trainingJSON(_ s: FollowBackTrainingSummary) -> JSONValue {
    .object([
      ("follows", .int(s.follows)), ("examples", .int(s.examples)), ("sampled", .bool(s.sampled)),
      ("reciprocated", .int(s.reciprocated)), ("trees", .int(s.trees)),
      ("held_out", .int(s.heldOut)), ("brier", .number(s.brier)), ("auc", .number(s.auc)),
      (
        "reliability",
        .array(
          s.reliability.map { bin in
            .object([
              ("lower", .double(bin.lower)), ("upper", .double(bin.upper)),
              ("count", .int(bin.count)), ("mean_predicted", .number(bin.meanPredicted)),
              ("observed_rate", .number(bin.observedRate)),
            ])
          })
      ),
    ])
  }
}

extension String {
  /// The string padded with spaces on the left to `width` characters.
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
