import Logging

/// The logger commands hand to the libraries: stderr, warnings only unless `--verbose`.
enum CommandLogger {
  static func make(verbose: Bool) -> Logger {
    var logger = Logger(label: "followgraph") { label in
      StreamLogHandler.standardError(label: label)
    }
    logger.logLevel = verbose ? .info : .warning
    return logger
  }
}
