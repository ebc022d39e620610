/// A snapshot as a store holds it, with the revision a save must name to replace it.
public struct StoredSession: Sendable, Hashable {
  /// The conversation's state.
  public var snapshot: SessionSnapshot
  /// Grows by one with every save; a save naming an older revision is refused.
  public var revision: UInt64

  /// Creates a stored session.
  public init(snapshot: SessionSnapshot, revision: UInt64) {
    self.snapshot = snapshot
    self.revision = revision
  }
}
