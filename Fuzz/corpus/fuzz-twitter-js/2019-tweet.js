window.YTD.tweet.part0 = [ {
  "retweeted" : false,
  "entities" : {
    "hashtags" : [ {
      "text" : "growth",
      "indices" : [ "6", "13" ]
    } ],
    "symbols" : [ ],
    "user_mentions" : [ ],
    "urls" : [ ]
  },
  "id_str" : "1100000000000000000",
  "id" : "1100000000000000000",
  "created_at" : "Tue Jan 01 10:00:00 +0000 2019",
  "full_text" : "Happy #growth year",
  "lang" : "en"
} ]
