window.YTD.account.part0 = [ {
  "account" : {
    "email" : "owner@example.test",
    "createdVia" : "web",
    "username" : "ben&jerry",
    "accountId" : "1000",
    "createdAt" : "2012-04-01T10:00:00.000Z",
    "accountDisplayName" : "\"><img src=x onerror=alert(1)>"
  }
} ]
