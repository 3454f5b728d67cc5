import FollowAnalysis
import Testing

/// Values from scikit-learn 1.9 (`normalized_mutual_info_score`, `adjusted_rand_score`).
struct ClusterAgreementTests {
  @Test func matchesScikitLearnOnAMixedClustering() {
    let agreement = ClusterAgreement(
      labels: [0, 0, 0, 1, 1, 1, 2, 2, 2, 2],
      clusters: ["a", "a", "b", "b", "b", "b", "c", "c", "a", "c"])
    #expect(abs(agreement.nmi - 0.6180656462921543) < 1e-12)
    #expect(abs(agreement.ari - 0.4318181818181818) < 1e-12)
    // Majorities: a = {0, 0, 2} → 2, b = {0, 1, 1, 1} → 3, c = {2, 2, 2} → 3; 8 of 10.
    #expect(abs(agreement.purity - 0.8) < 1e-12)
  }

  @Test func perfectAndAntiCorrelatedClusterings() {
    let perfect = ClusterAgreement(labels: [0, 0, 1, 1], clusters: [5, 5, 3, 3])
    #expect(perfect == ClusterAgreement(nmi: 1, ari: 1, purity: 1))
    let crossed = ClusterAgreement(labels: [0, 0, 1, 1], clusters: [0, 1, 0, 1])
    #expect(crossed.nmi == 0)
    #expect(abs(crossed.ari + 0.5) < 1e-12)
    #expect(crossed.purity == 0.5)
  }
}
