window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "5" } } ]
