/// A directed graph with typed node attributes, ready to be written for graph tools (Gephi,
/// Cytoscape, networkx, igraph) as GraphML, GEXF or an edge list.
///
/// Nodes are identified by their native ids; attributes are declared once with a type, and
/// each node has one value per attribute, `nil` where it is undefined (such a value is left
/// out of the file rather than written as a made-up zero).
public struct GraphFile: Equatable, Sendable {
  /// The type of an attribute, as the file formats declare it.
  public enum AttributeType: String, Equatable, Sendable {
    case string, int, double, boolean
  }

  /// One value of an attribute.
  public enum Value: Equatable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case boolean(Bool)
  }

  /// A declared attribute.
  public struct Attribute: Equatable, Sendable {
    /// The attribute's name (`snake_case`, as in the JSON reports).
    public var name: String
    /// Its type.
    public var type: AttributeType

    /// Creates an attribute.
    public init(_ name: String, _ type: AttributeType) {
      self.name = name
      self.type = type
    }
  }

  /// One node.
  public struct Node: Equatable, Sendable {
    /// The node's id (the account's native id).
    public var id: String
    /// The label graph tools show (the handle, or the id).
    public var label: String
    /// One value per declared attribute, in order; `nil` where undefined.
    public var values: [Value?]

    /// Creates a node.
    public init(id: String, label: String, values: [Value?]) {
      self.id = id
      self.label = label
      self.values = values
    }
  }

  /// The declared node attributes.
  public var attributes: [Attribute]
  /// The nodes, in the order written.
  public var nodes: [Node]
  /// The directed edges, as indexes into ``nodes`` (follower, followed).
  public var edges: [(follower: Int, followed: Int)]

  /// Creates a graph file.
  public init(attributes: [Attribute], nodes: [Node], edges: [(follower: Int, followed: Int)]) {
    self.attributes = attributes
    self.nodes = nodes
    self.edges = edges
  }

  public static func == (lhs: GraphFile, rhs: GraphFile) -> Bool {
    lhs.attributes == rhs.attributes && lhs.nodes == rhs.nodes
      && lhs.edges.elementsEqual(rhs.edges) { $0 == $1 }
  }
}

/// The file formats `export` writes.
public enum GraphFileFormat: String, CaseIterable, Sendable {
  /// GraphML 1.0 (graphml.graphdrawing.org), read by networkx, igraph, Gephi and Cytoscape.
  case graphml
  /// GEXF 1.3 (gexf.net), Gephi's own format.
  case gexf
  /// `follower,followed` CSV of native ids, which `followgraph import` reads back.
  case edgeCSV = "edge-csv"
}

extension GraphFile {
  /// The file in `format`.
  ///
  /// - Parameter format: The format.
  /// - Returns: The file's text (UTF-8).
  /// - Complexity: O(*n* + *m*) in nodes and edges.
  public func render(_ format: GraphFileFormat) -> String {
    switch format {
    case .graphml: graphML()
    case .gexf: gexf()
    case .edgeCSV: edgeCSV()
    }
  }

  /// The edge list: a `follower,followed` header and one line per edge, ids verbatim.
  func edgeCSV() -> String {
    CSVTable(
      header: ["follower", "followed"],
      rows: edges.map { [.verbatim(nodes[$0.follower].id), .verbatim(nodes[$0.followed].id)] }
    ).render()
  }

  /// The lexical form of a value in both XML formats (xs:double for doubles: `NaN`, `INF`).
  static func text(_ value: Value) -> String {
    switch value {
    case .string(let text): text
    case .int(let number): String(number)
    case .boolean(let flag): flag ? "true" : "false"
    case .double(let number):
      number.isNaN
        ? "NaN" : number.isInfinite ? (number > 0 ? "INF" : "-INF") : NumberText.roundTrip(number)
    }
  }
}
