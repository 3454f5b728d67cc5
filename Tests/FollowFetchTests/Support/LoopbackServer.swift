import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix

/// A request the loopback server received.
struct ServerRequest: Sendable {
  /// The path, without the query.
  var path: String
  /// The query items, in order (repeated names kept).
  var query: [(String, String)]
  /// The request headers, names lower-cased.
  var headers: [String: String]

  /// The first value of query item `name`.
  func value(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
}

/// What the loopback server answers.
struct ServerReply: Sendable {
  var status = 200
  var headers: [(String, String)] = [("Content-Type", "application/json; charset=utf-8")]
  var body = ""
  /// Answer only after this long (a slow page).
  var delay: TimeAmount?
  /// Close the connection without answering (a dropped connection).
  var drop = false

  static func json(_ body: String, headers: [(String, String)] = []) -> ServerReply {
    ServerReply(
      headers: [("Content-Type", "application/json; charset=utf-8")] + headers, body: body)
  }
}

/// A real HTTP/1.1 server on 127.0.0.1 and a port the system picks, answering with a
/// synchronous handler; started and stopped by each test.
final class LoopbackServer: Sendable {
  private let group: MultiThreadedEventLoopGroup
  private let channel: any Channel
  /// The port it listens on.
  let port: Int

  /// `http://127.0.0.1:PORT`.
  var baseURL: String { "http://127.0.0.1:\(port)" }

  private init(group: MultiThreadedEventLoopGroup, channel: any Channel, port: Int) {
    self.group = group
    self.channel = channel
    self.port = port
  }

  /// Starts a server answering with `handler`.
  static func start(_ handler: @escaping @Sendable (ServerRequest) -> ServerReply) async throws
    -> LoopbackServer
  {
    let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
    let bootstrap = ServerBootstrap(group: group)
      .serverChannelOption(ChannelOptions.backlog, value: 64)
      .serverChannelOption(ChannelOptions.socketOption(.so_reuseaddr), value: 1)
      .childChannelInitializer { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.configureHTTPServerPipeline()
          try channel.pipeline.syncOperations.addHandler(ReplayHandler(handler: handler))
        }
      }
    let channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
    guard let port = channel.localAddress?.port else {
      try? await group.shutdownGracefully()
      throw ServerError.noPort
    }
    return LoopbackServer(group: group, channel: channel, port: port)
  }

  /// Stops listening and closes every connection.
  func stop() async {
    try? await channel.close()
    try? await group.shutdownGracefully()
  }

  enum ServerError: Error { case noPort }
}

/// Reads one request at a time and writes the handler's reply.
private final class ReplayHandler: ChannelInboundHandler {
  typealias InboundIn = HTTPServerRequestPart
  typealias OutboundOut = HTTPServerResponsePart

  private let handler: @Sendable (ServerRequest) -> ServerReply
  private var head: HTTPRequestHead?

  init(handler: @escaping @Sendable (ServerRequest) -> ServerReply) {
    self.handler = handler
  }

  func channelRead(context: ChannelHandlerContext, data: NIOAny) {
    switch unwrapInboundIn(data) {
    case .head(let head): self.head = head
    case .body: break
    case .end:
      guard let head else { return }
      self.head = nil
      let components = URLComponents(string: head.uri)
      var headers: [String: String] = [:]
      for (name, value) in head.headers { headers[name.lowercased()] = value }
      let request = ServerRequest(
        path: components?.path ?? head.uri,
        query: (components?.queryItems ?? []).map { ($0.name, $0.value ?? "") }, headers: headers)
      let reply = handler(request)
      if reply.drop {
        context.close(promise: nil)
        return
      }
      let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
      if let delay = reply.delay {
        context.eventLoop.scheduleTask(in: delay) {
          let (handler, context) = bound.value
          handler.write(reply, context: context)
        }
      } else {
        write(reply, context: context)
      }
    }
  }

  private func write(_ reply: ServerReply, context: ChannelHandlerContext) {
    var headers = HTTPHeaders(reply.headers)
    headers.replaceOrAdd(name: "Content-Length", value: String(reply.body.utf8.count))
    let head = HTTPResponseHead(
      version: .http1_1, status: HTTPResponseStatus(statusCode: reply.status), headers: headers)
    context.write(wrapOutboundOut(.head(head)), promise: nil)
    context.write(
      wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: reply.body)))),
      promise: nil)
    context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
  }
}
