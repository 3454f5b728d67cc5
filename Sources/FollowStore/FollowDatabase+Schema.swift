import GRDB

extension FollowDatabase {
  /// The schema, as named migrations.
  ///
  /// Append new migrations; never edit a shipped one.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: accounts, follows, posts, imports") { db in
      try db.execute(sql: schemaV1)
    }
    migrator.registerMigration("v2: follow created_at, account last_post_at (Mastodon, Bluesky)") {
      db in
      try db.execute(
        sql: """
          ALTER TABLE follow ADD COLUMN created_at TEXT;
          ALTER TABLE account ADD COLUMN last_post_at TEXT;
          """)
    }
    migrator.registerMigration("v3: post is_share (Mastodon boosts, Bluesky repost records)") {
      db in
      try db.execute(
        sql: """
          ALTER TABLE post ADD COLUMN is_share INTEGER NOT NULL DEFAULT 0
            CHECK (is_share IN (0, 1));
          """)
    }
    migrator.registerMigration("v4: owner lists (Instagram requests, unfollowed, blocked, …)") {
      db in
      try db.execute(sql: ownerListSchema)
    }
    migrator.registerMigration("v5: keep list (accounts kept whatever they do)") { db in
      try db.execute(sql: keepListSchema)
    }
    migrator.registerMigration("v6: fetch_page (resumable followgraph fetch)") { db in
      try db.execute(sql: fetchPageSchema)
    }
    migrator.registerMigration("v7: snapshot_gone (accounts a fetch found deleted or suspended)") {
      db in
      try db.execute(sql: goneSchema)
    }
    return migrator
  }

  /// The first schema.
  ///
  /// Times in `follow` are Unix seconds (UTC), elsewhere ISO 8601 UTC text.
  private static let schemaV1 = """
    CREATE TABLE account (
      id                  INTEGER PRIMARY KEY,
      network             TEXT NOT NULL CHECK (network <> ''),
      native_id           TEXT NOT NULL CHECK (native_id <> ''),
      handle              TEXT,
      display_name        TEXT,
      followers_count     INTEGER CHECK (followers_count >= 0),
      following_count     INTEGER CHECK (following_count >= 0),
      posts_count         INTEGER CHECK (posts_count >= 0),
      listed_count        INTEGER CHECK (listed_count >= 0),
      verified            INTEGER CHECK (verified IN (0, 1)),
      bot                 INTEGER CHECK (bot IN (0, 1)),
      created_at          TEXT,
      profile_observed_at TEXT,
      UNIQUE (network, native_id)
    );
    CREATE INDEX account_by_handle ON account (network, handle COLLATE NOCASE);

    CREATE TABLE import_run (
      id                INTEGER PRIMARY KEY,
      source_path       TEXT NOT NULL,
      format            TEXT NOT NULL,
      network           TEXT NOT NULL,
      content_sha256    TEXT NOT NULL CHECK (length(content_sha256) = 64),
      owner_id          INTEGER REFERENCES account (id),
      lists_following   INTEGER NOT NULL CHECK (lists_following IN (0, 1)),
      lists_followers   INTEGER NOT NULL CHECK (lists_followers IN (0, 1)),
      observed_at       TEXT NOT NULL,
      started_at        TEXT NOT NULL,
      finished_at       TEXT NOT NULL,
      records_read      INTEGER NOT NULL CHECK (records_read >= 0),
      accounts_added    INTEGER NOT NULL CHECK (accounts_added >= 0),
      follows_read      INTEGER NOT NULL CHECK (follows_read >= 0),
      follows_added     INTEGER NOT NULL CHECK (follows_added >= 0),
      posts_read        INTEGER NOT NULL CHECK (posts_read >= 0),
      posts_added       INTEGER NOT NULL CHECK (posts_added >= 0),
      duplicate_follows INTEGER NOT NULL CHECK (duplicate_follows >= 0),
      self_follows      INTEGER NOT NULL CHECK (self_follows >= 0),
      warnings          INTEGER NOT NULL CHECK (warnings >= 0)
    );
    CREATE INDEX import_run_by_sha256 ON import_run (content_sha256, format);
    CREATE INDEX import_run_by_owner ON import_run (owner_id, observed_at);

    CREATE TABLE import_warning (
      import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
      seq           INTEGER NOT NULL,
      location      TEXT NOT NULL,
      message       TEXT NOT NULL,
      PRIMARY KEY (import_run_id, seq)
    ) WITHOUT ROWID;

    CREATE TABLE import_unknown_file (
      import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
      path          TEXT NOT NULL,
      PRIMARY KEY (import_run_id, path)
    ) WITHOUT ROWID;

    CREATE TABLE follow (
      follower_id INTEGER NOT NULL REFERENCES account (id),
      followed_id INTEGER NOT NULL REFERENCES account (id),
      first_seen  INTEGER NOT NULL,
      last_seen   INTEGER NOT NULL,
      PRIMARY KEY (follower_id, followed_id),
      CHECK (follower_id <> followed_id),
      CHECK (first_seen <= last_seen)
    ) WITHOUT ROWID;
    CREATE INDEX follow_by_followed ON follow (followed_id, follower_id);

    CREATE TABLE snapshot_member (
      import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
      relation      TEXT NOT NULL CHECK (relation IN ('following', 'follower')),
      account_id    INTEGER NOT NULL REFERENCES account (id),
      PRIMARY KEY (import_run_id, relation, account_id)
    ) WITHOUT ROWID;

    CREATE TABLE post (
      id                 INTEGER PRIMARY KEY,
      network            TEXT NOT NULL,
      native_id          TEXT NOT NULL CHECK (native_id <> ''),
      author_id          INTEGER NOT NULL REFERENCES account (id),
      created_at         TEXT NOT NULL,
      text               TEXT NOT NULL,
      lang               TEXT,
      is_reply           INTEGER NOT NULL CHECK (is_reply IN (0, 1)),
      is_repost          INTEGER NOT NULL CHECK (is_repost IN (0, 1)),
      reply_to_native_id TEXT,
      import_run_id      INTEGER NOT NULL REFERENCES import_run (id),
      UNIQUE (network, native_id)
    );
    CREATE INDEX post_by_author ON post (author_id, created_at);

    CREATE TABLE post_tag (
      post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
      kind    TEXT NOT NULL CHECK (kind IN ('hashtag', 'mention', 'url')),
      value   TEXT NOT NULL,
      PRIMARY KEY (post_id, kind, value)
    ) WITHOUT ROWID;
    CREATE INDEX post_tag_by_value ON post_tag (kind, value);

    -- Views for browsing with the sqlite3 shell.
    CREATE VIEW follow_named AS
      SELECT a.network, a.native_id AS follower, a.handle AS follower_handle,
             b.native_id AS followed, b.handle AS followed_handle,
             date(f.first_seen, 'unixepoch') AS first_seen,
             date(f.last_seen, 'unixepoch') AS last_seen
      FROM follow f JOIN account a ON a.id = f.follower_id JOIN account b ON b.id = f.followed_id;

    CREATE VIEW mutual_follow AS
      SELECT a.network, a.native_id AS account_a, a.handle AS handle_a,
             b.native_id AS account_b, b.handle AS handle_b
      FROM follow f
      JOIN follow r ON r.follower_id = f.followed_id AND r.followed_id = f.follower_id
      JOIN account a ON a.id = f.follower_id JOIN account b ON b.id = f.followed_id
      WHERE f.follower_id < f.followed_id;

    CREATE VIEW account_degree AS
      SELECT a.network, a.native_id, a.handle,
             (SELECT count(*) FROM follow WHERE follower_id = a.id) AS following,
             (SELECT count(*) FROM follow WHERE followed_id = a.id) AS followers
      FROM account a;

    CREATE VIEW export_owner AS
      SELECT a.network, a.native_id, a.handle, count(*) AS imports,
             min(r.observed_at) AS first_observed_at, max(r.observed_at) AS last_observed_at
      FROM import_run r JOIN account a ON a.id = r.owner_id
      GROUP BY r.owner_id;

    CREATE VIEW snapshot AS
      SELECT r.id AS import_run_id, a.network, a.native_id AS owner, a.handle AS owner_handle,
             r.observed_at, r.lists_following, r.lists_followers,
             (SELECT count(*) FROM snapshot_member m
               WHERE m.import_run_id = r.id AND m.relation = 'following') AS following,
             (SELECT count(*) FROM snapshot_member m
               WHERE m.import_run_id = r.id AND m.relation = 'follower') AS followers
      FROM import_run r JOIN account a ON a.id = r.owner_id;
    """
}
