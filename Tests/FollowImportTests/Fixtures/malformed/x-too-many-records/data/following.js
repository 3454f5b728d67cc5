window.YTD.following.part0 = [
{ "following" : { "accountId" : "2" } },
{ "following" : { "accountId" : "3" } },
{ "following" : { "accountId" : "4" } },
{ "following" : { "accountId" : "5" } },
{ "following" : { "accountId" : "6" } }
]
