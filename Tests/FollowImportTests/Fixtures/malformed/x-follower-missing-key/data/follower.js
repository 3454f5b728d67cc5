window.YTD.follower.part0 = [
  { "follower" : { "accountId" : "2" } },
  { "follower" : { "userLink" : "https://x.com/intent/user?user_id=3" } }
]
