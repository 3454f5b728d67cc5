window.YTD.account.part0 = [ {
  "account" : {
    "email" : "owner@example.test",
    "createdVia" : "web",
    "username" : "owner_handle",
    "accountId" : "1000",
    "createdAt" : "2010-01-01T00:00:00.000Z",
    "accountDisplayName" : "Owner"
  }
} ]
