import Dispatch
import Foundation

/// Runs the store's async PostgreSQL calls to completion for the synchronous `FollowStoring`
/// interface.
///
/// The work runs on a task whose executor is this bridge's own serial dispatch queue, not on
/// Swift's cooperative pool, so a caller that blocks here, even from inside an async
/// context such as `fetch`, never waits for a cooperative thread it is itself holding.
final class BlockingBridge: TaskExecutor, @unchecked Sendable {
  private let queue = DispatchQueue(label: "followgraph.postgres")

  /// Runs one job on the bridge's queue.
  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }

  /// Runs `body` to completion and returns its result, blocking the calling thread.
  ///
  /// - Parameter body: The async work.
  /// - Returns: What `body` returned.
  /// - Throws: What `body` threw.
  func run<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    Task(executorPreference: self) {
      do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
      done.signal()
    }
    done.wait()
    guard let result = box.result else { preconditionFailure("the task ended without a result") }
    return try result.get()
  }
}

/// The result of one bridged call, written by the task before it signals.
private final class ResultBox<T>: @unchecked Sendable {
  var result: Result<T, any Error>?
}
