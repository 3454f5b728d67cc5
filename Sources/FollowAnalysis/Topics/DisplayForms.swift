/// Shows each folded word in the form posts use most: `berlinjs`, not `berlinj`.
///
/// Counting folds plurals (``PluralFolding``) so that `brand` and `brands` count together;
/// reports then print the most frequent written form of each folded word (on a tie the
/// shorter, then the first in Unicode order). Hashtags and emoji are shown as they are.
struct DisplayForms {
  private var forms: [String: String] = [:]

  /// Collects written forms from tokenized posts.
  init(_ posts: [TokenizedPost]) {
    var counts: [String: [String: Int]] = [:]
    for post in posts {
      for (folded, surface) in zip(post.words, post.surfaceWords) {
        counts[folded, default: [:]][surface, default: 0] += 1
      }
    }
    for (folded, surfaces) in counts where surfaces.count > 1 || surfaces[folded] == nil {
      let best = surfaces.max { a, b in
        if a.value != b.value { return a.value < b.value }
        if a.key.count != b.key.count { return a.key.count > b.key.count }
        return TermMatrix.termOrder(b.key, a.key)
      }?.key
      if let best, best != folded { forms[folded] = best }
    }
  }

  /// The form to show for a counted term.
  func callAsFunction(_ term: String) -> String { forms[term] ?? term }
}
