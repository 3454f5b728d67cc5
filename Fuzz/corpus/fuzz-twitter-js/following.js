window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "2001",
      "userLink" : "https://twitter.com/intent/user?user_id=2001"
    }
  },
  {
    "following" : {
      "accountId" : "3001",
      "userLink" : "https://twitter.com/intent/user?user_id=3001"
    }
  },
  {
    "following" : {
      "accountId" : "3002",
      "userLink" : "https://twitter.com/intent/user?user_id=3002"
    }
  }
]
