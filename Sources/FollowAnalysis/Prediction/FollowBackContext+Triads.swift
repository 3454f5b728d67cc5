import Foundation

/// Counts of the accounts around a pair u → v, by how they link to each.
public struct PairTriads: Equatable, Sendable {
  /// Accounts w with v → w → u.
  public var pathsToFollower = 0
  /// Accounts w with u → w → v.
  public var pathsToFollowed = 0
  /// Accounts both follow.
  public var bothFollow = 0
  /// Accounts following both.
  public var followBoth = 0
  /// Accounts mutual with both.
  public var mutualWithBoth = 0
  /// Accounts linked to both, in either direction.
  public var common = 0
  /// Σ 1 / log(degree) over common neighbours (Adamic–Adar).
  public var adamicAdar = 0.0
  /// Followers of v that u follows or is followed by: v's followers in u's circle.
  public var followersNearFollower = 0
  /// Of those, the ones v follows back.
  public var followedBackNearFollower = 0
  /// Accounts u follows that v follows or is followed by: u's follows in v's circle.
  public var followsNearFollowed = 0
  /// Of those, the ones that follow u back.
  public var returnedNearFollowed = 0
  /// v's mutual friends that follow u.
  public var followedMutualsFollowingFollower = 0
  /// u's mutual friends that v follows.
  public var followerMutualsFollowedByFollowed = 0
}

extension FollowBackContext {
  /// The triads around u and v, neither counted as the other's neighbour.
  ///
  /// Walks the neighbourhood of the account with fewer links and looks each neighbour up in
  /// the other's sorted lists.
  ///
  /// - Parameters:
  ///   - u: The follower.
  ///   - v: The followed account.
  /// - Returns: The counts.
  /// - Complexity: O(min(*d*ᵤ, *d*ᵥ) · log max(*d*ᵤ, *d*ᵥ)).
  public func triadCounts(_ u: Int, _ v: Int) -> PairTriads {
    let degreeU = graph.followingCount(of: u) + graph.followersCount(of: u)
    let degreeV = graph.followingCount(of: v) + graph.followersCount(of: v)
    let walkU = degreeU <= degreeV
    let (walked, other) = walkU ? (u, v) : (v, u)
    let otherOut = graph.following(of: other)
    let otherIn = graph.followers(of: other)
    var result = PairTriads()
    let out = graph.following(of: walked)
    let into = graph.followers(of: walked)
    var i = out.startIndex
    var j = into.startIndex
    while i < out.endIndex || j < into.endIndex {
      let w: UInt32
      var walkedFollows = false
      var followsWalked = false
      if j == into.endIndex || (i < out.endIndex && out[i] < into[j]) {
        w = out[i]
        walkedFollows = true
        i += 1
      } else if i == out.endIndex || into[j] < out[i] {
        w = into[j]
        followsWalked = true
        j += 1
      } else {
        w = out[i]
        walkedFollows = true
        followsWalked = true
        i += 1
        j += 1
      }
      if Int(w) == u || Int(w) == v { continue }
      let otherFollows = Self.contains(otherOut, w)
      let followsOther = Self.contains(otherIn, w)
      guard otherFollows || followsOther else { continue }
      let (uFollows, followsU, vFollows, followsV) =
        walkU
        ? (walkedFollows, followsWalked, otherFollows, followsOther)
        : (otherFollows, followsOther, walkedFollows, followsWalked)
      result.common += 1
      if vFollows && followsU { result.pathsToFollower += 1 }
      if uFollows && followsV { result.pathsToFollowed += 1 }
      if uFollows && vFollows { result.bothFollow += 1 }
      if followsU && followsV { result.followBoth += 1 }
      if uFollows && followsU && vFollows && followsV { result.mutualWithBoth += 1 }
      if followsV {
        result.followersNearFollower += 1
        if vFollows { result.followedBackNearFollower += 1 }
      }
      if uFollows {
        result.followsNearFollowed += 1
        if followsU { result.returnedNearFollowed += 1 }
      }
      if vFollows && followsV && followsU { result.followedMutualsFollowingFollower += 1 }
      if uFollows && followsU && vFollows { result.followerMutualsFollowedByFollowed += 1 }
      let index = Int(w)
      let degree =
        graph.followingCount(of: index) + graph.followersCount(of: index) - mutual[index]
      result.adamicAdar += 1 / log(Double(max(degree, 2)))
    }
    return result
  }

  /// Binary search in a sorted adjacency list.
  static func contains(_ list: ArraySlice<UInt32>, _ value: UInt32) -> Bool {
    var low = list.startIndex
    var high = list.endIndex
    while low < high {
      let mid = (low + high) / 2
      if list[mid] < value { low = mid + 1 } else { high = mid }
    }
    return low < list.endIndex && list[low] == value
  }
}
