window.YTD.following.part0 = [ {
  "following" : {
    "accountId" : "2001",
    "userLink" : "https://twitter.com/intent/user?user_id=2001"
  }
}, {
  "following" : {
    "accountId" : "2005",
    "userLink" : "https://twitter.com/intent/user?user_id=2005"
  }
}, {
  "following" : {
    "accountId" : "2006",
    "userLink" : "https://twitter.com/intent/user?user_id=2006"
  }
} ]