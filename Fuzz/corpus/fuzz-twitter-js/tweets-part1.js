window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "retweeted" : false,
      "entities" : {
        "hashtags" : [
          {
            "text" : "marketing",
            "indices" : [
              "22",
              "32"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Ana",
            "screen_name" : "ana_ads",
            "indices" : [
              "3",
              "11"
            ],
            "id_str" : "3002",
            "id" : "3002"
          }
        ],
        "urls" : [ ]
      },
      "favorite_count" : "0",
      "id_str" : "1520000000000000003",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1520000000000000003",
      "created_at" : "Mon May 01 07:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ana_ads: Budgets for #marketing in 2023",
      "lang" : "en"
    }
  }
]
