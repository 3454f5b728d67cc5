window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500000000000000001"
          ],
          "editableUntil" : "2023-03-01T09:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "SEO",
            "indices" : [
              "30",
              "34"
            ]
          }
        ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Old Name",
            "screen_name" : "brandbuilder",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "3001",
            "id" : "3001"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/abc123",
            "expanded_url" : "https://example.com/seo-guide",
            "display_url" : "example.com/seo-guide",
            "indices" : [
              "35",
              "58"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1499999999999999999",
      "id_str" : "1500000000000000001",
      "in_reply_to_user_id" : "3001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500000000000000001",
      "in_reply_to_status_id" : "1499999999999999999",
      "created_at" : "Wed Mar 01 08:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@brandbuilder agreed, content + #SEO https://t.co/abc123",
      "lang" : "en",
      "in_reply_to_screen_name" : "brandbuilder",
      "in_reply_to_user_id_str" : "3001"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
          {
            "name" : "Brand Builder",
            "screen_name" : "brand_builder",
            "indices" : [
              "10",
              "24"
            ],
            "id_str" : "3001",
            "id" : "3001"
          }
        ],
        "urls" : [ ]
      },
      "favorite_count" : "0",
      "id_str" : "1510000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1510000000000000002",
      "created_at" : "Sat Apr 01 19:05:10 +0200 2023",
      "favorited" : false,
      "full_text" : "Thanks to @brand_builder for the café tips ☕",
      "lang" : "en"
    }
  }
]
