window.YTD.account.part0 = [ {
  "account" : {
    "accountId" : "1",
    "username" : "me"
  }
} ]
