window.YTD.account.part0 = [
  {
    "account" : {
      "email" : null,
      "createdVia" : "web",
      "username" : "mayalin_mktg",
      "accountId" : "1209876543210987654",
      "createdAt" : "2014-09-22T08:14:03.000Z",
      "accountDisplayName" : "Maya Lin | Brightleaf Marketing"
    }
  }
]
