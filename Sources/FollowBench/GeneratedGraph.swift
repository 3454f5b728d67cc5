import Foundation

/// A generated follow graph: account ids and follows between them.
public struct GeneratedGraph: Sendable {
  /// The native id of each account, by index.
  public let ids: [UInt64]
  /// The follows in file order, packed as `follower << 32 | followed` account indexes.
  public let edges: [UInt64]

  /// Creates a graph.
  ///
  /// - Parameters:
  ///   - ids: The native id of each account.
  ///   - edges: Distinct follows, packed, without self-follows.
  public init(ids: [UInt64], edges: [UInt64]) {
    self.ids = ids
    self.edges = edges
  }

  /// Writes the graph as a SNAP-style edge list: `follower followed` per line, no header.
  ///
  /// - Parameter path: The file to create or replace.
  /// - Throws: ``BenchError/cannotWrite(path:reason:)``.
  public func writeEdgeList(to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw BenchError.cannotWrite(path: path, reason: "cannot create the file")
    }
    defer { try? handle.close() }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20 + 64)
    do {
      for edge in edges {
        Self.appendDecimal(ids[Int(edge >> 32)], to: &buffer)
        buffer.append(0x20)
        Self.appendDecimal(ids[Int(edge & 0xFFFF_FFFF)], to: &buffer)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 {
          try handle.write(contentsOf: buffer)
          buffer.removeAll(keepingCapacity: true)
        }
      }
      try handle.write(contentsOf: buffer)
    } catch {
      throw BenchError.cannotWrite(path: path, reason: error.localizedDescription)
    }
  }

  /// Figures that show the graph has the intended shape.
  ///
  /// - Returns: The statistics.
  /// - Complexity: O(*m* log *m*) for *m* follows.
  public func statistics() -> GraphStatistics {
    let sorted = edges.sorted()
    var reciprocated = 0
    var inDegree = [Int](repeating: 0, count: ids.count)
    var outDegree = [Int](repeating: 0, count: ids.count)
    for edge in sorted {
      let from = edge >> 32
      let to = edge & 0xFFFF_FFFF
      inDegree[Int(to)] += 1
      outDegree[Int(from)] += 1
      if Self.contains(sorted, to << 32 | from) { reciprocated += 1 }
    }
    let top = inDegree.indices.max { inDegree[$0] < inDegree[$1] } ?? 0
    return GraphStatistics(
      accounts: zip(inDegree, outDegree).filter { $0 + $1 > 0 }.count,
      follows: sorted.count, reciprocatedFollows: reciprocated,
      maxInDegree: inDegree[top], followsBackOfTop: outDegree[top],
      accountsWithoutFollowers: inDegree.filter { $0 == 0 }.count)
  }

  private static func contains(_ sorted: [UInt64], _ key: UInt64) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let mid = (low + high) / 2
      if sorted[mid] < key { low = mid + 1 } else { high = mid }
    }
    return low < sorted.count && sorted[low] == key
  }

  /// Appends the decimal digits of `value` (no allocation per number).
  ///
  /// - Parameters:
  ///   - value: The number.
  ///   - buffer: Where the ASCII digits go.
  public static func appendDecimal(_ value: UInt64, to buffer: inout [UInt8]) {
    var digits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { bytes in
      repeat {
        bytes[31 - count] = UInt8(truncatingIfNeeded: rest % 10) + 0x30
        rest /= 10
        count += 1
      } while rest > 0
      buffer.append(contentsOf: bytes[(32 - count)...])
    }
  }
}

/// The shape of a generated graph.
public struct GraphStatistics: Equatable, Sendable {
  /// Accounts with at least one follow.
  public var accounts: Int
  /// Distinct follows.
  public var follows: Int
  /// Follows whose reverse also exists.
  public var reciprocatedFollows: Int
  /// The largest in-degree.
  public var maxInDegree: Int
  /// How many accounts the most-followed account follows.
  public var followsBackOfTop: Int
  /// Accounts nobody follows.
  public var accountsWithoutFollowers: Int

  /// Reciprocated follows / follows.
  public var edgeReciprocity: Double {
    follows > 0 ? Double(reciprocatedFollows) / Double(follows) : 0
  }
}
