import Foundation

/// Runs independent work items on a few dedicated threads and waits for them.
///
/// Dedicated `Thread`s are used rather than `DispatchQueue.concurrentPerform`, whose workers
/// share the threads of Swift's global concurrency executor on Linux, so that a caller running
/// in a task does not tie up the executor. Work items must write their results to their own
/// slots, so the outcome never depends on scheduling.
enum ParallelWork {
  /// Calls `body` once for every index in `0..<count`, on up to `threads` threads.
  ///
  /// - Parameters:
  ///   - count: The number of items.
  ///   - threads: The most threads; default: the active processor count.
  ///   - body: The work for one index.
  static func run(
    count: Int, threads: Int = ProcessInfo.processInfo.activeProcessorCount,
    _ body: @escaping @Sendable (Int) -> Void
  ) {
    let workers = max(1, min(threads, count))
    guard workers > 1 else {
      for index in 0..<count { body(index) }
      return
    }
    let queue = WorkQueue(count: count)
    let done = DispatchSemaphore(value: 0)
    for _ in 0..<workers {
      let thread = Thread {
        while let index = queue.next() { body(index) }
        done.signal()
      }
      thread.start()
    }
    for _ in 0..<workers { done.wait() }
  }
}

/// Hands out indexes to worker threads.
private final class WorkQueue: @unchecked Sendable {
  private let lock = NSLock()
  private var nextIndex = 0
  private let count: Int

  init(count: Int) {
    self.count = count
  }

  func next() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard nextIndex < count else { return nil }
    nextIndex += 1
    return nextIndex - 1
  }
}
