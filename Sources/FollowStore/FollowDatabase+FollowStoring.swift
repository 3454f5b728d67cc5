import FollowModel

/// `FollowDatabase` is the SQLite implementation of the store the use cases talk to; its
/// named methods already are the protocol's, the bulk-load fast path included.
extension FollowDatabase: FollowStoring {}
