import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// SIGTERM for `serve`: stop reading, answer every line already read, flush, exit 0.
enum GracefulStop {
  /// Set by the signal handler (an atomic store is async-signal-safe).
  static let requested = Atomic<Bool>(false)

  /// Installs the handler without SA_RESTART, so a blocked read returns at once.
  static func install() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      GracefulStop.requested.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGTERM, &action, nil)
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// Whether a stop was asked for.
  static var isRequested: Bool { requested.load(ordering: .relaxed) }
}
