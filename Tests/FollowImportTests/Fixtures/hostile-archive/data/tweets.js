window.YTD.tweets.part0 = [ {
  "tweet" : {
    "edit_info" : {
      "initial" : {
        "editTweetIds" : [ "3001" ],
        "editableUntil" : "2023-03-02T10:30:00.000Z",
        "editsRemaining" : "5",
        "isEditEligible" : true
      }
    },
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ {
        "text" : "x<y",
        "indices" : [ "0", "4" ]
      } ],
      "symbols" : [ ],
      "user_mentions" : [ {
        "name" : "<b>Tom</b>",
        "screen_name" : "tom&jerry",
        "indices" : [ "5", "15" ],
        "id_str" : "2004",
        "id" : "2004"
      }, {
        "name" : "Fan",
        "screen_name" : "fan\"><svg onload=alert(3)>",
        "indices" : [ "16", "40" ],
        "id_str" : "2003",
        "id" : "2003"
      } ],
      "urls" : [ ]
    },
    "display_text_range" : [ "0", "120" ],
    "favorite_count" : "0",
    "id_str" : "3001",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "3001",
    "created_at" : "Thu Mar 02 10:00:00 +0000 2023",
    "favorited" : false,
    "full_text" : "<script>alert(\"x\")</script> & \"><img src=x onerror=alert(2)> @tom&jerry",
    "lang" : "en"
  }
}, {
  "tweet" : {
    "retweeted" : false,
    "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
    "entities" : {
      "hashtags" : [ ],
      "symbols" : [ ],
      "user_mentions" : [ ],
      "urls" : [ ]
    },
    "favorite_count" : "1",
    "id_str" : "3002",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "3002",
    "created_at" : "Sat Apr 15 08:00:00 +0000 2023",
    "favorited" : false,
    "full_text" : "An ordinary post about marketing &amp; brands",
    "lang" : "en"
  }
} ]
