window.YTD.account.part0 = [
  {
    "account" : {
      "email" : null,
      "createdVia" : "web",
      "username" : "mara_markets",
      "accountId" : "1000",
      "createdAt" : "2015-03-02T10:00:00.000Z",
      "accountDisplayName" : "Mara Markets"
    }
  }
]
