import Foundation

/// Runs async work from a synchronous `run()` (the command tree is synchronous) and waits.
enum BlockingTask {
  /// Runs `work` on the cooperative pool and blocks this thread until it ends.
  ///
  /// - Parameter work: The async work.
  /// - Returns: Its result.
  /// - Throws: Its error.
  static func run<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task {
      do { box.set(.success(try await work())) } catch { box.set(.failure(error)) }
      done.signal()
    }
    done.wait()
    return try box.get()
  }
}

/// The result handed from the task to the waiting thread.
private final class ResultBox<T: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<T, any Error>?

  func set(_ value: Result<T, any Error>) {
    lock.lock()
    result = value
    lock.unlock()
  }

  func get() throws -> T {
    lock.lock()
    defer { lock.unlock() }
    guard let result else { throw CancellationError() }
    return try result.get()
  }
}
