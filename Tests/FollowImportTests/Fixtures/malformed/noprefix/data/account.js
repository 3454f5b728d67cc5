[ {
  "account" : {
    "accountId" : "1",
    "username" : "x"
  }
} ]
