import FollowAnalysis
import FollowModel
import FollowTestSupport
import Foundation
import Testing

/// Topic discovery against the labelled tweets of `../shared/reference/topics/` and the
/// scikit-learn figures in its `expected.json`.
@Suite(.enabled(if: ReferenceData.isAvailable, Comment(rawValue: ReferenceData.missingMessage)))
struct TopicReferenceTests {
  /// Our TF-IDF and NMF, fed the reference's own preprocessing, reproduce scikit-learn's
  /// vocabulary and its NMF clustering.
  @Test func nmfMatchesScikitLearnOnTheSamePreprocessing() throws {
    // Given the reference preprocessing of the 4,163 tweets
    let corpus = try TopicReferenceCorpus()
    let documents = corpus.documents.map { ReferenceTokenization.tokens($0.text) }
    // When TF-IDF (min_df 2, no max_df) and NMF (NNDSVD, CD, k = 5) run
    let matrix = TermMatrix(documents: documents, minimumDocuments: 2, maximumDocumentShare: nil)
    let nmf = NMF.factorize(matrix.tfidf(), k: 5)
    let clusters = nmf.dominantComponents.map { $0 ?? 0 }
    let agreement = ClusterAgreement(labels: corpus.documents.map(\.label), clusters: clusters)
    // Then the vocabulary and the agreement with the labels match scikit-learn's
    let vocabulary = try #require(corpus.expectedNumber("preprocessing", "vocabulary_size"))
    #expect(matrix.vocabulary.count == Int(vocabulary))
    let nmi = try #require(corpus.expectedNumber("methods", "nmf", "nmi"))
    let ari = try #require(corpus.expectedNumber("methods", "nmf", "ari"))
    let purity = try #require(corpus.expectedNumber("methods", "nmf", "purity"))
    #expect(abs(agreement.nmi - nmi) < 0.005, "NMI \(agreement.nmi) vs scikit-learn \(nmi)")
    #expect(abs(agreement.ari - ari) < 0.005, "ARI \(agreement.ari) vs scikit-learn \(ari)")
    #expect(abs(agreement.purity - purity) < 0.005, "purity \(agreement.purity) vs \(purity)")
    #expect(nmf.converged)
  }

  /// The full method (our tokenizer, TF-IDF, NMF, per-account mixture) on the tweets as one
  /// account's posts agrees with the labels at least as well as scikit-learn's NMF.
  @Test func discoveredTopicsAgreeWithLabelsBetterThanScikitLearnNMF() throws {
    // Given the 4,163 tweets, tokenized by our tokenizer, as one account's posts
    let corpus = try TopicReferenceCorpus()
    let tokenizer = PostTokenizer()
    let documents = corpus.documents.map { tokenizer.tokenize(text: $0.text).terms }
    // When five topics are discovered
    let found = TopicDiscovery.run(
      documents: documents, groups: documents.map { _ in 0 }, groupCount: 1, k: 5)
    let agreement = ClusterAgreement(
      labels: corpus.documents.map(\.label), clusters: found.postTopics.map { $0 ?? -1 })
    // Then NMI, ARI and purity are at least scikit-learn's TF-IDF + NMF figures
    let nmi = try #require(corpus.expectedNumber("methods", "nmf", "nmi"))
    let ari = try #require(corpus.expectedNumber("methods", "nmf", "ari"))
    let purity = try #require(corpus.expectedNumber("methods", "nmf", "purity"))
    #expect(found.topics.count == 5)
    #expect(agreement.nmi >= nmi, "NMI \(agreement.nmi) below scikit-learn's \(nmi)")
    #expect(agreement.ari >= ari, "ARI \(agreement.ari) below scikit-learn's \(ari)")
    #expect(agreement.purity >= purity, "purity \(agreement.purity) below scikit-learn's \(purity)")
  }
}

extension TopicReferenceTests {
  /// The 20 synthetic accounts (200 tweets each, a known share on a home topic): the focus
  /// `followgraph topics --topics 5` estimates is closer to the truth than scikit-learn
  /// NMF's estimate, and below 0.10 on average.
  @Test func focusOfSyntheticAccountsIsCloserThanScikitLearnNMF() throws {
    // Given the accounts' posts
    let corpus = try TopicReferenceCorpus()
    // When five topics are discovered, reposts counted (the reference counts every tweet)
    let analysis = try TopicFocus.analyze(
      posts: corpus.accountPosts(), options: TopicOptions(topics: 5, includeReposts: true))
    // Then the mean absolute error of the focus beats scikit-learn NMF's
    let byName = Dictionary(uniqueKeysWithValues: analysis.accounts.map { ($0.account.value, $0) })
    var errors: [Double] = []
    for account in corpus.accounts {
      let focus = try #require(byName[account.name]?.focus)
      errors.append(abs(focus - account.share))
    }
    let mae = errors.reduce(0, +) / Double(errors.count)
    let reference = try #require(corpus.expectedNumber("focus_check", "mae"))
    #expect(errors.count == 20)
    #expect(mae < reference, "focus error \(mae) not below scikit-learn NMF's \(reference)")
    #expect(mae < 0.10, "focus error \(mae) not below 0.10")
  }
}
