import FollowAnalysis
import FollowModel

extension LikelyRenderer {
  /// The held-out evaluation: AUCs beside the baselines, calibration, topical homophily.
  ///
  /// - Parameters:
  ///   - result: The evaluation.
  ///   - network: The network.
  ///   - format: The format.
  /// - Returns: The text.
  public static func evaluation(
    _ result: FollowBackEvaluation, network: Network, format: Format
  ) -> String {
    let metrics: [(String, Double?)] = [
      ("model_auc", result.modelAUC), ("habit_auc", result.habitAUC),
      ("standard_trees_auc", result.standardTreesAUC),
      ("model_auc_without_topics", result.modelAUCWithoutTopics),
      ("topic_auc_gain", result.topicAUCGain), ("held_out_brier", result.training.brier),
      ("held_out_auc", result.training.auc),
      ("mutual_similarity", result.homophily?.mutualSimilarity),
      ("one_way_similarity", result.homophily?.oneWaySimilarity),
      ("homophily_p_value", result.homophily?.pValue),
    ]
    let topicStatus =
      result.homophily?.availability.rawValue ?? TopicHomophily.Availability.noPosts.rawValue
    switch format {
    case .csv:
      var rows: [[CSVTable.Cell]] = [
        [.text("network"), .text(network.rawValue)],
        [.text("pairs_per_class"), .int(result.pairsPerClass)],
      ]
      rows += metrics.map { [.text($0.0), .double($0.1)] }
      rows.append([.text("topics"), .text(topicStatus)])
      return CSVTable(header: ["metric", "value"], rows: rows).render()
    case .json:
      var members: [(String, JSONValue)] = [
        ("network", .string(network.rawValue)), ("pairs_per_class", .int(result.pairsPerClass)),
      ]
      members += metrics.map { ($0.0, JSONValue.number($0.1)) }
      members.append(("topics", .string(topicStatus)))
      members.append(("training", trainingJSON(result.training)))
      return JSONValue.object(members).render() + "\n"
    case .text:
      var out = "Follow-back prediction, held-out evaluation (network \(network.rawValue))\n"
      out +=
        "\(result.pairsPerClass) hidden returns of mutual follows vs \(result.pairsPerClass) "
        + "follows never returned; trained on the reduced graph only.\n\n"
      out += "  AUC model                      \(NumberText.fixed(result.modelAUC, decimals: 3))\n"
      out += "  AUC v's follow-back habit      \(NumberText.fixed(result.habitAUC, decimals: 3))\n"
      out +=
        "  AUC trees, standard features   \(NumberText.fixed(result.standardTreesAUC, decimals: 3))\n"
      out += "\nCalibration, out of fold, on the follows of the reduced graph:\n"
      out += "  " + trainingText(result.training)
      for bin in result.training.reliability where bin.count > 0 {
        out +=
          "  \(NumberText.fixed(bin.lower, decimals: 1))–\(NumberText.fixed(bin.upper, decimals: 1)): "
          + "predicted \(NumberText.percent(bin.meanPredicted)), observed "
          + "\(NumberText.percent(bin.observedRate)) (\(bin.count))\n"
      }
      out += "\nTopical homophily: " + homophilyText(result)
      return out
    }
  }

  private static func homophilyText(_ result: FollowBackEvaluation) -> String {
    guard let h = result.homophily else { return "no posts imported; nothing to measure.\n" }
    switch h.availability {
    case .noPosts: return "no posts imported; nothing to measure.\n"
    case .postsForOneAccountOnly:
      return "posts exist for one account only (the owner), so shared topics cannot be measured.\n"
    case .noLinkedPairsWithPosts:
      return "\(h.accountsWithPosts) accounts have posts, but no mutual and one-way pairs both.\n"
    case .measured:
      return
        "mean post similarity \(NumberText.fixed(h.mutualSimilarity, decimals: 3)) for "
        + "\(h.mutualPairs) mutual pairs vs \(NumberText.fixed(h.oneWaySimilarity, decimals: 3)) "
        + "for \(h.oneWayPairs) one-way pairs, permutation p = "
        + "\(NumberText.fixed(h.pValue, decimals: 4)) (\(h.permutations) shuffles); "
        + "topic features add \(NumberText.fixed(result.topicAUCGain, decimals: 3)) AUC.\n"
    }
  }
}
