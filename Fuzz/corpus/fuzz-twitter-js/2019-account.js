window.YTD.account.part0 = [ {
  "account" : {
    "email" : null,
    "createdVia" : "web",
    "username" : "old_timer",
    "accountId" : "42",
    "createdAt" : "2009-01-01T00:00:00.000Z",
    "accountDisplayName" : "Old Timer"
  }
} ]
