window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611704667627592346"
          ],
          "editableUntil" : "2024-06-28T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "emailmarketing",
              "indices" : [
                "92",
                "107"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Leo Ecom65",
              "screen_name" : "leo_ecom65",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "2844517052022",
              "id" : "2844517052022"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/163z36w",
              "expanded_url" : "https://brightleaf.example/blog/17-28",
              "display_url" : "brightleaf.example/blog/17-28",
              "indices" : [
                "108",
                "128"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1611704667627592329",
      "in_reply_to_user_id" : "2844517052022",
      "in_reply_to_status_id" : "1611704667627592329",
      "in_reply_to_screen_name" : "leo_ecom65",
      "in_reply_to_user_id_str" : "2844517052022",
      "id_str" : "1611704667627592346",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611704667627592346",
      "created_at" : "Fri Jun 28 08:53:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@leo_ecom65 Your advertising is only as good as the brief behind it. Write the brief first. #emailmarketing https://t.co/163z36w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611699779621867203"
          ],
          "editableUntil" : "2024-06-27T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "75"
      ],
      "favorite_count" : "7",
      "id_str" : "1611699779621867203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611699779621867203",
      "created_at" : "Thu Jun 27 07:46:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. High