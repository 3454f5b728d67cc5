window.YTD.tweets.part0 = [ { "tweet" : { "id_str" : "5", "created_at" : "\u001b[2J\u001b[31mnow\u202e" } } ]
