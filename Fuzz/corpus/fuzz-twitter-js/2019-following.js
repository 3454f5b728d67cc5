window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "7"
  }
}, {
  "following" : {
    "accountId" : "007"
  }
} ]
