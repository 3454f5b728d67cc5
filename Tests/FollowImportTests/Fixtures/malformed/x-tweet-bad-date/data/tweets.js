window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "5", "created_at" : "yesterday" } } ]
