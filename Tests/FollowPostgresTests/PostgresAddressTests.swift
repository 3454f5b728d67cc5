import FollowPostgres
import Testing

/// `--db postgresql://…`: what is accepted, what is refused, and that passwords never show.
struct PostgresAddressTests {
  @Test("A full URL gives every part, and the description hides the password")
  func fullURL() throws {
    let address = try PostgresAddress(
      parsing: "postgresql://ana:s%3Acret@db.example:6543/graphs?sslmode=require")
    #expect(address.host == "db.example")
    #expect(address.port == 6543)
    #expect(address.user == "ana")
    #expect(address.password == "s:cret")
    #expect(address.database == "graphs")
    #expect(address.tls == .require)
    #expect(address.description == "postgresql://ana@db.example:6543/graphs")
  }

  @Test(
    "Defaults as libpq's: port 5432, user postgres, database named after the user, TLS when offered"
  )
  func defaults() throws {
    let address = try PostgresAddress(parsing: "postgres://127.0.0.1")
    #expect(address.port == 5432)
    #expect(address.user == "postgres")
    #expect(address.database == "postgres")
    #expect(address.tls == .prefer)
    #expect(address.password == nil)
  }

  @Test("The password comes from PGPASSWORD when the URL has none")
  func passwordFromEnvironment() throws {
    let address = try PostgresAddress(
      parsing: "postgresql://ana@localhost/db", environment: ["PGPASSWORD": "pw"])
    #expect(address.password == "pw")
    let explicit = try PostgresAddress(
      parsing: "postgresql://ana:url@localhost/db", environment: ["PGPASSWORD": "pw"])
    #expect(explicit.password == "url")
  }

  @Test(
    "Bad URLs are refused with the reason, and never echo the password",
    arguments: [
      ("postgresql:///db", "names no host"),
      ("postgresql://h/a/b", "one database name"),
      ("postgresql://h:0/db", "out of range"),
      ("postgresql://u:secret@h/db?sslmode=sometimes", "sslmode 'sometimes'"),
      ("postgresql://u:secret@h/db?options=-c", "parameter 'options'"),
    ])
  func refused(url: String, reason: String) {
    do {
      _ = try PostgresAddress(parsing: url)
      Issue.record("\(url) was accepted")
    } catch {
      let message = String(describing: error)
      #expect(message.contains(reason), "\(message)")
      #expect(!message.contains("secret"), "\(message)")
    }
  }

  @Test("Only postgresql:// and postgres:// name a PostgreSQL store; file names do not")
  func recognised() {
    #expect(PostgresAddress.isPostgresURL("postgresql://h/db"))
    #expect(PostgresAddress.isPostgresURL("POSTGRES://h/db"))
    #expect(!PostgresAddress.isPostgresURL("followgraph.sqlite"))
    #expect(!PostgresAddress.isPostgresURL("postgresql.sqlite"))
  }
}
