window.YTD.tweets.part0 = [ { "tweet" : { "full_text" : "hi", "created_at" : "Sat Aug 12 16:10:37 +0000 2023" } } ]
