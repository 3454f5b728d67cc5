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
                "91",
                "106"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami B2b7",
              "screen_name" : "sami_b2b7",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "5013065912752301",
              "id" : "5013065912752301"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/163z36w",
              "expanded_url" : "https://brightleaf.example/blog/17-28",
              "display_url" : "brightleaf.example/blog/17-28",
              "indices" : [
                "107",
                "127"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1611704667627592329",
      "in_reply_to_user_id" : "5013065912752301",
      "in_reply_to_status_id" : "1611704667627592329",
      "in_reply_to_screen_name" : "sami_b2b7",
      "in_reply_to_user_id_str" : "5013065912752301",
      "id_str" : "1611704667627592346",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611704667627592346",
      "created_at" : "Fri Jun 28 08:53:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@sami_b2b7 Your advertising is only as good as the brief behind it. Write the brief first. #emailmarketing https://t.co/163z36w",
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
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611698931011624032"
          ],
          "editableUntil" : "2024-06-25T15:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/2jdembj",
              "expanded_url" : "https://brightleaf.example/blog/17-25",
              "display_url" : "brightleaf.example/blog/17-25",
              "indices" : [
                "77",
                "97"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1611698931011624032",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611698931011624032",
      "created_at" : "Tue Jun 25 15:48:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. https://t.co/2jdembj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611693306435316022"
          ],
          "editableUntil" : "2024-06-24T19:59:00.000Z",
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
                "101",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Farid Brand52",
              "screen_name" : "farid_brand52",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "5210122451302449",
              "id" : "5210122451302449"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1611693306435316022",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611693306435316022",
      "created_at" : "Mon Jun 24 19:35:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @farid_brand52: Quick SEO audit checklist: titles, internal links, page speed, and search intent. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611692160131971201"
          ],
          "editableUntil" : "2024-06-23T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "96",
                "105"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2wgdarg",
              "expanded_url" : "https://brightleaf.example/blog/17-23",
              "display_url" : "brightleaf.example/blog/17-23",
              "indices" : [
                "106",
                "126"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "7",
      "id_str" : "1611692160131971201",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611692160131971201",
      "created_at" : "Sun Jun 23 08:38:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Great case study on advertising from a small bakery: local SEO, reviews and one loyal audience. #branding https://t.co/2wgdarg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611689963122248951"
          ],
          "editableUntil" : "2024-06-12T15:35:00.000Z",
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
      "id_str" : "1611689963122248951",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611689963122248951",
      "created_at" : "Wed Jun 12 15:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611688988549139631"
          ],
          "editableUntil" : "2024-06-12T17:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611688988549139631",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611688988549139631",
      "created_at" : "Wed Jun 12 17:40:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611685916779939107"
          ],
          "editableUntil" : "2024-06-12T15:41:00.000Z",
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
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1611685916779939107",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611685916779939107",
      "created_at" : "Wed Jun 12 15:11:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. email marketing lesson of the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611681006479193555"
          ],
          "editableUntil" : "2024-06-11T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "117",
                "127"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ben Copy80",
              "screen_name" : "ben_copy80",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "492065222816057",
              "id" : "492065222816057"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1611681006479193538",
      "in_reply_to_user_id" : "492065222816057",
      "in_reply_to_status_id" : "1611681006479193538",
      "in_reply_to_screen_name" : "ben_copy80",
      "in_reply_to_user_id_str" : "492065222816057",
      "id_str" : "1611681006479193555",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611681006479193555",
      "created_at" : "Tue Jun 11 13:43:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@ben_copy80 Tested two subject lines for our newsletter today. The plain one won again. branding lesson of the week. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611676606555339120"
          ],
          "editableUntil" : "2024-06-10T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "85",
                "94"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1611676606555339120",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611676606555339120",
      "created_at" : "Mon Jun 10 13:57:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611676502350291738"
          ],
          "editableUntil" : "2024-06-09T09:59:00.000Z",
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
                "85",
                "89"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "4",
      "id_str" : "1611676502350291738",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611676502350291738",
      "created_at" : "Sun Jun 09 09:32:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611671525048105340"
          ],
          "editableUntil" : "2024-06-09T15:46:00.000Z",
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
      "id_str" : "1611671525048105340",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611671525048105340",
      "created_at" : "Sun Jun 09 15:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611665157191584120"
          ],
          "editableUntil" : "2024-06-08T17:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "83",
                "93"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1611665157191584120",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611665157191584120",
      "created_at" : "Sat Jun 08 17:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611663111937179662"
          ],
          "editableUntil" : "2024-06-07T20:59:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611663111937179662",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611663111937179662",
      "created_at" : "Fri Jun 07 20:58:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611655477078130461"
          ],
          "editableUntil" : "2024-06-06T07:52:00.000Z",
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
                "100",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Rosa Ecom30",
              "screen_name" : "rosa_ecom30",
              "indices" : [
                "3",
                "15"
              ],
              "id_str" : "2307834698573306",
              "id" : "2307834698573306"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1611655477078130461",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611655477078130461",
      "created_at" : "Thu Jun 06 07:22:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @rosa_ecom30: A/B test result: short video beat carousel for awareness, carousel won for clicks. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611654875377130286"
          ],
          "editableUntil" : "2024-06-03T10:59:00.000Z",
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
      "id_str" : "1611654875377130286",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611654875377130286",
      "created_at" : "Mon Jun 03 10:46:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611649474640983861"
          ],
          "editableUntil" : "2024-06-01T18:59:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1611649474640983861",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611649474640983861",
      "created_at" : "Sat Jun 01 18:35:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611645657889094564"
          ],
          "editableUntil" : "2024-05-28T07:40:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611645657889094564",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611645657889094564",
      "created_at" : "Tue May 28 07:10:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611644727103535331"
          ],
          "editableUntil" : "2024-05-25T20:47:00.000Z",
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
      "id_str" : "1611644727103535331",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611644727103535331",
      "created_at" : "Sat May 25 20:17:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611638900601773799"
          ],
          "editableUntil" : "2024-05-25T20:43:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Chloe Growth1",
              "screen_name" : "chloe_growth1",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "67094764035274306",
              "id" : "67094764035274306"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1611638900601773782",
      "in_reply_to_user_id" : "67094764035274306",
      "in_reply_to_status_id" : "1611638900601773782",
      "in_reply_to_screen_name" : "chloe_growth1",
      "in_reply_to_user_id_str" : "67094764035274306",
      "id_str" : "1611638900601773799",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611638900601773799",
      "created_at" : "Sat May 25 20:13:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@chloe_growth1 We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611632702270977762"
          ],
          "editableUntil" : "2024-05-25T18:31:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/38adyns",
              "expanded_url" : "https://brightleaf.example/blog/16-25",
              "display_url" : "brightleaf.example/blog/16-25",
              "indices" : [
                "94",
                "114"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1611632702270977762",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611632702270977762",
      "created_at" : "Sat May 25 18:01:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every growth decision easier. https://t.co/38adyns",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611627504668807446"
          ],
          "editableUntil" : "2024-05-22T15:59:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1611627504668807446",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611627504668807446",
      "created_at" : "Wed May 22 15:34:00 +0000 2024",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611619560254453565"
          ],
          "editableUntil" : "2024-05-21T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "95",
                "104"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Wen Email11",
              "screen_name" : "wen_email11",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "967591662808",
              "id" : "967591662808"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1611619560254453548",
      "in_reply_to_user_id" : "967591662808",
      "in_reply_to_status_id" : "1611619560254453548",
      "in_reply_to_screen_name" : "wen_email11",
      "in_reply_to_user_id_str" : "967591662808",
      "id_str" : "1611619560254453565",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611619560254453565",
      "created_at" : "Tue May 21 08:54:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@wen_email11 Quick SEO audit checklist: titles, internal links, page speed, and search intent. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611618176396963050"
          ],
          "editableUntil" : "2024-05-20T12:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "102",
                "111"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1611618176396963050",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611618176396963050",
      "created_at" : "Mon May 20 12:58:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Great case study on content marketing from a small bakery: local SEO, reviews and one loyal audience. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611617103984411863"
          ],
          "editableUntil" : "2024-05-20T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "97",
                "114"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1611617103984411863",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611617103984411863",
      "created_at" : "Mon May 20 17:50:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every marketing decision easier. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611614381137963934"
          ],
          "editableUntil" : "2024-05-19T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "100",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "7",
      "id_str" : "1611614381137963934",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611614381137963934",
      "created_at" : "Sun May 19 17:55:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. SEO lesson of the week. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611610368057223943"
          ],
          "editableUntil" : "2024-05-18T17:59:00.000Z",
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
      "id_str" : "1611610368057223943",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611610368057223943",
      "created_at" : "Sat May 18 17:59:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611609830087103232"
          ],
          "editableUntil" : "2024-05-18T17:57:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1611609830087103232",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611609830087103232",
      "created_at" : "Sat May 18 17:27:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611604481887361683"
          ],
          "editableUntil" : "2024-05-16T20:59:00.000Z",
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
      "id_str" : "1611604481887361683",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611604481887361683",
      "created_at" : "Thu May 16 20:37:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611600570403546980"
          ],
          "editableUntil" : "2024-05-15T18:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "91",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Gina Email84",
              "screen_name" : "gina_email84",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "59166210259947682",
              "id" : "59166210259947682"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1611600570403546963",
      "in_reply_to_user_id" : "59166210259947682",
      "in_reply_to_status_id" : "1611600570403546963",
      "in_reply_to_screen_name" : "gina_email84",
      "in_reply_to_user_id_str" : "59166210259947682",
      "id_str" : "1611600570403546980",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611600570403546980",
      "created_at" : "Wed May 15 18:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@gina_email84 Brand consistency is a growth lever: same voice, same colours, same promise. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611593007958521621"
          ],
          "editableUntil" : "2024-05-13T14:43:00.000Z",
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
                "88",
                "103"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1611593007958521621",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611593007958521621",
      "created_at" : "Mon May 13 14:13:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611588972764526269"
          ],
          "editableUntil" : "2024-05-11T15:47:00.000Z",
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
                "94",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "7",
      "id_str" : "1611588972764526269",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611588972764526269",
      "created_at" : "Sat May 11 15:17:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every growth decision easier. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611582055496598993"
          ],
          "editableUntil" : "2024-05-09T09:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "97",
                "107"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Xavi Design90",
              "screen_name" : "xavi_design90",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "2500103521888748106",
              "id" : "2500103521888748106"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/jcw506",
              "expanded_url" : "https://brightleaf.example/blog/16-9",
              "display_url" : "brightleaf.example/blog/16-9",
              "indices" : [
                "108",
                "127"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1611582055496598976",
      "in_reply_to_user_id" : "2500103521888748106",
      "in_reply_to_status_id" : "1611582055496598976",
      "in_reply_to_screen_name" : "xavi_design90",
      "in_reply_to_user_id_str" : "2500103521888748106",
      "id_str" : "1611582055496598993",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611582055496598993",
      "created_at" : "Thu May 09 09:20:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@xavi_design90 Quick SEO audit checklist: titles, internal links, page speed, and search intent. #marketing https://t.co/jcw506",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611576353788583834"
          ],
          "editableUntil" : "2024-05-06T08:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/4ald4ms",
              "expanded_url" : "https://brightleaf.example/blog/16-6",
              "display_url" : "brightleaf.example/blog/16-6",
              "indices" : [
                "100",
                "120"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1611576353788583834",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611576353788583834",
      "created_at" : "Mon May 06 08:40:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our social media mix. Segment your list and stop blasting everyone. https://t.co/4ald4ms",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611568647094889694"
          ],
          "editableUntil" : "2024-05-05T19:59:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1611568647094889694",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611568647094889694",
      "created_at" : "Sun May 05 19:46:00 +0000 2024",
      "favorited" : false,
      "full_text" : "What a match last night! Extra time, penalties, chaos. Football is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611562976548494138"
          ],
          "editableUntil" : "2024-05-04T09:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "100",
                "117"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Brand79",
              "screen_name" : "kiri_brand79",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "67395683934480",
              "id" : "67395683934480"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "id_str" : "1611562976548494138",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611562976548494138",
      "created_at" : "Sat May 04 09:20:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kiri_brand79: Quick SEO audit checklist: titles, internal links, page speed, and search intent. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611555300280517067"
          ],
          "editableUntil" : "2024-05-03T17:59:00.000Z",
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
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1611555300280517067",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611555300280517067",
      "created_at" : "Fri May 03 17:34:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every email marketing decision easier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611555034314981347"
          ],
          "editableUntil" : "2024-05-01T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "94",
                "101"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3l0m84u",
              "expanded_url" : "https://brightleaf.example/blog/16-1",
              "display_url" : "brightleaf.example/blog/16-1",
              "indices" : [
                "102",
                "122"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1611555034314981347",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611555034314981347",
      "created_at" : "Wed May 01 20:45:00 +0000 2024",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #growth https://t.co/3l0m84u",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611550134420431450"
          ],
          "editableUntil" : "2024-04-28T11:49:00.000Z",
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
                "111",
                "126"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Mira Design79",
              "screen_name" : "mira_design79",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "43647848948",
              "id" : "43647848948"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1611550134420431433",
      "in_reply_to_user_id" : "43647848948",
      "in_reply_to_status_id" : "1611550134420431433",
      "in_reply_to_screen_name" : "mira_design79",
      "in_reply_to_user_id_str" : "43647848948",
      "id_str" : "1611550134420431450",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611550134420431450",
      "created_at" : "Sun Apr 28 11:19:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@mira_design79 Email still has the best ROI in our branding mix. Segment your list and stop blasting everyone. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611541819715602618"
          ],
          "editableUntil" : "2024-04-28T08:56:00.000Z",
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
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1611541819715602618",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611541819715602618",
      "created_at" : "Sun Apr 28 08:26:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. growth lesson of the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611535656490340119"
          ],
          "editableUntil" : "2024-04-28T12:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "108",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Copy42",
              "screen_name" : "kiri_copy42",
              "indices" : [
                "3",
                "15"
              ],
              "id_str" : "85795664837742675",
              "id" : "85795664837742675"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1611535656490340119",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611535656490340119",
      "created_at" : "Sun Apr 28 12:32:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kiri_copy42: Great case study on growth from a small bakery: local SEO, reviews and one loyal audience. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611529864413344253"
          ],
          "editableUntil" : "2024-04-27T10:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "99",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Hugo Copy32",
              "screen_name" : "hugo_copy32",
              "indices" : [
                "3",
                "15"
              ],
              "id_str" : "82348243692",
              "id" : "82348243692"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "7",
      "id_str" : "1611529864413344253",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611529864413344253",
      "created_at" : "Sat Apr 27 10:31:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @hugo_copy32: Quick SEO audit checklist: titles, internal links, page speed, and search intent. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611527403584057324"
          ],
          "editableUntil" : "2024-04-22T15:30:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1611527403584057324",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611527403584057324",
      "created_at" : "Mon Apr 22 15:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611523663932193291"
          ],
          "editableUntil" : "2024-04-19T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "101",
                "118"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Data89",
              "screen_name" : "sami_data89",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "30874816205",
              "id" : "30874816205"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/kzx1on",
              "expanded_url" : "https://brightleaf.example/blog/15-19",
              "display_url" : "brightleaf.example/blog/15-19",
              "indices" : [
                "119",
                "138"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1611523663932193274",
      "in_reply_to_user_id" : "30874816205",
      "in_reply_to_status_id" : "1611523663932193274",
      "in_reply_to_screen_name" : "sami_data89",
      "in_reply_to_user_id_str" : "30874816205",
      "id_str" : "1611523663932193291",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611523663932193291",
      "created_at" : "Fri Apr 19 14:48:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@sami_data89 Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #contentmarketing https://t.co/kzx1on",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611516955856990021"
          ],
          "editableUntil" : "2024-04-16T18:34:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611516955856990021",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611516955856990021",
      "created_at" : "Tue Apr 16 18:04:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611513541321626356"
          ],
          "editableUntil" : "2024-04-14T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/5vm54y",
              "expanded_url" : "https://brightleaf.example/blog/15-14",
              "display_url" : "brightleaf.example/blog/15-14",
              "indices" : [
                "97",
                "116"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1611513541321626356",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611513541321626356",
      "created_at" : "Sun Apr 14 08:48:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing https://t.co/5vm54y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611506803439800709"
          ],
          "editableUntil" : "2024-04-13T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "81",
                "91"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1611506803439800709",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611506803439800709",
      "created_at" : "Sat Apr 13 11:32:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your social media is only as good as the brief behind it. Write the brief first. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611502405710077731"
          ],
          "editableUntil" : "2024-04-12T07:30:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/3o9dh0y",
              "expanded_url" : "https://brightleaf.example/blog/15-12",
              "display_url" : "brightleaf.example/blog/15-12",
              "indices" : [
                "94",
                "114"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1611502405710077731",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611502405710077731",
      "created_at" : "Fri Apr 12 07:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. https://t.co/3o9dh0y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611494338696849347"
          ],
          "editableUntil" : "2024-04-12T16:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Quinn Cx98",
              "screen_name" : "quinn_cx98",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "2428832267533",
              "id" : "2428832267533"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1611494338696849330",
      "in_reply_to_user_id" : "2428832267533",
      "in_reply_to_status_id" : "1611494338696849330",
      "in_reply_to_screen_name" : "quinn_cx98",
      "in_reply_to_user_id_str" : "2428832267533",
      "id_str" : "1611494338696849347",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611494338696849347",
      "created_at" : "Fri Apr 12 16:36:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@quinn_cx98 Email still has the best ROI in our growth mix. Segment your list and stop blasting everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611488995677806661"
          ],
          "editableUntil" : "2024-04-10T11:43:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/1ut8td",
              "expanded_url" : "https://brightleaf.example/blog/15-10",
              "display_url" : "brightleaf.example/blog/15-10",
              "indices" : [
                "96",
                "115"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1611488995677806661",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611488995677806661",
      "created_at" : "Wed Apr 10 11:13:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Great case study on advertising from a small bakery: local SEO, reviews and one loyal audience. https://t.co/1ut8td",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611480023076956691"
          ],
          "editableUntil" : "2024-04-10T19:57:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "63",
                "80"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "id_str" : "1611480023076956691",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611480023076956691",
      "created_at" : "Wed Apr 10 19:27:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q2 is out. Fewer posts, better posts. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611474778543981031"
          ],
          "editableUntil" : "2024-04-10T18:46:00.000Z",
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
                "125",
                "129"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Gina Growth89",
              "screen_name" : "gina_growth89",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "94195516999366",
              "id" : "94195516999366"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1611474778543981031",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611474778543981031",
      "created_at" : "Wed Apr 10 18:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @gina_growth89: Tested two subject lines for our newsletter today. The plain one won again. marketing lesson of the week. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611471503946270718"
          ],
          "editableUntil" : "2024-04-08T08:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "91",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1611471503946270718",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611471503946270718",
      "created_at" : "Mon Apr 08 08:24:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our SEO mix. Segment your list and stop blasting everyone. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611464899589510515"
          ],
          "editableUntil" : "2024-04-04T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "97",
                "104"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/zj378l",
              "expanded_url" : "https://brightleaf.example/blog/15-4",
              "display_url" : "brightleaf.example/blog/15-4",
              "indices" : [
                "105",
                "124"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1611464899589510515",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611464899589510515",
      "created_at" : "Thu Apr 04 13:29:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our marketing mix. Segment your list and stop blasting everyone. #growth https://t.co/zj378l",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611458373460545723"
          ],
          "editableUntil" : "2024-04-02T15:59:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1611458373460545723",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611458373460545723",
      "created_at" : "Tue Apr 02 15:59:00 +0000 2024",
      "favorited" : false,
      "full_text" : "What a match last night! Extra time, penalties, chaos. Football is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611450629305981643"
          ],
          "editableUntil" : "2024-04-01T12:44:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Zeno Social24",
              "screen_name" : "zeno_social24",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "5964908604",
              "id" : "5964908604"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1611450629305981626",
      "in_reply_to_user_id" : "5964908604",
      "in_reply_to_status_id" : "1611450629305981626",
      "in_reply_to_screen_name" : "zeno_social24",
      "in_reply_to_user_id_str" : "5964908604",
      "id_str" : "1611450629305981643",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611450629305981643",
      "created_at" : "Mon Apr 01 12:14:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@zeno_social24 Engagement is a vanity metric until you tie it to a conversion. What are you measuring?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611443571659665513"
          ],
          "editableUntil" : "2024-03-28T19:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "108",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Dev Cx56",
              "screen_name" : "dev_cx56",
              "indices" : [
                "3",
                "12"
              ],
              "id_str" : "574686925641",
              "id" : "574686925641"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1611443571659665513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611443571659665513",
      "created_at" : "Thu Mar 28 19:44:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @dev_cx56: We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611439680769750994"
          ],
          "editableUntil" : "2024-03-27T15:58:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611439680769750994",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611439680769750994",
      "created_at" : "Wed Mar 27 15:28:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611437617857490771"
          ],
          "editableUntil" : "2024-03-24T07:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "100",
                "117"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "id_str" : "1611437617857490771",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611437617857490771",
      "created_at" : "Sun Mar 24 07:15:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our social media mix. Segment your list and stop blasting everyone. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611432157607395901"
          ],
          "editableUntil" : "2024-03-24T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "95",
                "112"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1611432157607395901",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611432157607395901",
      "created_at" : "Sun Mar 24 20:40:00 +0000 2024",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611428098341626391"
          ],
          "editableUntil" : "2024-03-21T11:59:00.000Z",
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
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1611428098341626391",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611428098341626391",
      "created_at" : "Thu Mar 21 11:54:00 +0000 2024",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611427214720140311"
          ],
          "editableUntil" : "2024-03-21T19:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "99",
                "106"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "id_str" : "1611427214720140311",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611427214720140311",
      "created_at" : "Thu Mar 21 19:02:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our advertising mix. Segment your list and stop blasting everyone. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611424819257121763"
          ],
          "editableUntil" : "2024-03-20T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "78",
                "87"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2wwau0y",
              "expanded_url" : "https://brightleaf.example/blog/14-20",
              "display_url" : "brightleaf.example/blog/14-20",
              "indices" : [
                "88",
                "108"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1611424819257121763",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611424819257121763",
      "created_at" : "Wed Mar 20 11:56:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your marketing is only as good as the brief behind it. Write the brief first. #branding https://t.co/2wwau0y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611419382074939158"
          ],
          "editableUntil" : "2024-03-19T15:34:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/1wxlavn",
              "expanded_url" : "https://brightleaf.example/blog/14-19",
              "display_url" : "brightleaf.example/blog/14-19",
              "indices" : [
                "84",
                "104"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1611419382074939158",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611419382074939158",
      "created_at" : "Tue Mar 19 15:04:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your email marketing is only as good as the brief behind it. Write the brief first. https://t.co/1wxlavn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611416473084151202"
          ],
          "editableUntil" : "2024-03-19T07:35:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611416473084151202",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611416473084151202",
      "created_at" : "Tue Mar 19 07:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611414583102550566"
          ],
          "editableUntil" : "2024-03-15T17:59:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1611414583102550566",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611414583102550566",
      "created_at" : "Fri Mar 15 17:53:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611409272393921572"
          ],
          "editableUntil" : "2024-03-14T18:46:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "95",
                "112"
              ]
            },
            {
              "text" : "marketing",
              "indices" : [
                "113",
                "123"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Content45",
              "screen_name" : "nils_content45",
              "indices" : [
                "0",
                "15"
              ],
              "id_str" : "30790185",
              "id" : "30790185"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1611409272393921555",
      "in_reply_to_user_id" : "30790185",
      "in_reply_to_status_id" : "1611409272393921555",
      "in_reply_to_screen_name" : "nils_content45",
      "in_reply_to_user_id_str" : "30790185",
      "id_str" : "1611409272393921572",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611409272393921572",
      "created_at" : "Thu Mar 14 18:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@nils_content45 Content that answers real customer questions beats clever slogans. Every time. #contentmarketing #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611404504621641574"
          ],
          "editableUntil" : "2024-03-14T18:37:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1611404504621641574",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611404504621641574",
      "created_at" : "Thu Mar 14 18:07:00 +0000 2024",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611396898546446455"
          ],
          "editableUntil" : "2024-03-10T15:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "88",
                "97"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1611396898546446455",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611396898546446455",
      "created_at" : "Sun Mar 10 15:29:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611392813771954778"
          ],
          "editableUntil" : "2024-03-09T20:34:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "85",
                "95"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "10",
      "id_str" : "1611392813771954778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611392813771954778",
      "created_at" : "Sat Mar 09 20:04:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611387828048423678"
          ],
          "editableUntil" : "2024-03-09T14:35:00.000Z",
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
        "74"
      ],
      "favorite_count" : "6",
      "id_str" : "1611387828048423678",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611387828048423678",
      "created_at" : "Sat Mar 09 14:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your growth is only as good as the brief behind it. Write the brief first.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611384757796547389"
          ],
          "editableUntil" : "2024-03-08T12:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1611384757796547389",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611384757796547389",
      "created_at" : "Fri Mar 08 12:51:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611381318694088098"
          ],
          "editableUntil" : "2024-03-05T18:51:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1611381318694088098",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611381318694088098",
      "created_at" : "Tue Mar 05 18:21:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611372521618465644"
          ],
          "editableUntil" : "2024-03-05T08:34:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "63",
                "80"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3z7y2af",
              "expanded_url" : "https://brightleaf.example/blog/14-5",
              "display_url" : "brightleaf.example/blog/14-5",
              "indices" : [
                "81",
                "101"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "16",
      "id_str" : "1611372521618465644",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611372521618465644",
      "created_at" : "Tue Mar 05 08:04:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts. #digitalmarketing https://t.co/3z7y2af",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611363523596496341"
          ],
          "editableUntil" : "2024-03-04T09:57:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/4k25zsq",
              "expanded_url" : "https://brightleaf.example/blog/14-4",
              "display_url" : "brightleaf.example/blog/14-4",
              "indices" : [
                "100",
                "120"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1611363523596496341",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611363523596496341",
      "created_at" : "Mon Mar 04 09:27:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. SEO lesson of the week. https://t.co/4k25zsq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611359894660794569"
          ],
          "editableUntil" : "2024-03-03T14:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/1ulnsep",
              "expanded_url" : "https://brightleaf.example/blog/14-3",
              "display_url" : "brightleaf.example/blog/14-3",
              "indices" : [
                "95",
                "115"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1611359894660794569",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611359894660794569",
      "created_at" : "Sun Mar 03 14:57:00 +0000 2024",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. https://t.co/1ulnsep",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611354797571027456"
          ],
          "editableUntil" : "2024-03-03T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            },
            {
              "text" : "socialmedia",
              "indices" : [
                "97",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2hxqb6e",
              "expanded_url" : "https://brightleaf.example/blog/14-3",
              "display_url" : "brightleaf.example/blog/14-3",
              "indices" : [
                "110",
                "130"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "11",
      "id_str" : "1611354797571027456",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611354797571027456",
      "created_at" : "Sun Mar 03 14:33:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing #socialmedia https://t.co/2hxqb6e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611350047799368481"
          ],
          "editableUntil" : "2024-03-02T14:52:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "112",
                "122"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1611350047799368481",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611350047799368481",
      "created_at" : "Sat Mar 02 14:22:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Three things every marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611341997674410762"
          ],
          "editableUntil" : "2024-03-01T07:41:00.000Z",
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
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1611341997674410762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611341997674410762",
      "created_at" : "Fri Mar 01 07:11:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your content marketing is only as good as the brief behind it. Write the brief first.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611338138748324587"
          ],
          "editableUntil" : "2024-02-28T17:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "86",
                "103"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1611338138748324587",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611338138748324587",
      "created_at" : "Wed Feb 28 17:18:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your content marketing is only as good as the brief behind it. Write the brief first. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611331839480243637"
          ],
          "editableUntil" : "2024-02-24T20:55:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1611331839480243637",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611331839480243637",
      "created_at" : "Sat Feb 24 20:25:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611323921604166856"
          ],
          "editableUntil" : "2024-02-23T17:59:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611323921604166856",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611323921604166856",
      "created_at" : "Fri Feb 23 17:57:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611319603071324730"
          ],
          "editableUntil" : "2024-02-23T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "99",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2ft0i1t",
              "expanded_url" : "https://brightleaf.example/blog/13-23",
              "display_url" : "brightleaf.example/blog/13-23",
              "indices" : [
                "110",
                "130"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "11",
      "id_str" : "1611319603071324730",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611319603071324730",
      "created_at" : "Fri Feb 23 14:40:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every advertising decision easier. #marketing https://t.co/2ft0i1t",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611316538255309394"
          ],
          "editableUntil" : "2024-02-21T16:43:00.000Z",
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
                "77",
                "81"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "13",
      "id_str" : "1611316538255309394",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611316538255309394",
      "created_at" : "Wed Feb 21 16:13:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Your branding is only as good as the brief behind it. Write the brief first. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611311283071476328"
          ],
          "editableUntil" : "2024-02-18T11:38:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "77",
                "87"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1611311283071476328",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611311283071476328",
      "created_at" : "Sun Feb 18 11:08:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611309457018295606"
          ],
          "editableUntil" : "2024-02-18T20:55:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            },
            {
              "text" : "SEO",
              "indices" : [
                "97",
                "101"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "16",
      "id_str" : "1611309457018295606",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611309457018295606",
      "created_at" : "Sun Feb 18 20:25:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611307808219715678"
          ],
          "editableUntil" : "2024-02-18T17:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "85",
                "97"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2k1796e",
              "expanded_url" : "https://brightleaf.example/blog/13-18",
              "display_url" : "brightleaf.example/blog/13-18",
              "indices" : [
                "98",
                "118"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "id_str" : "1611307808219715678",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611307808219715678",
      "created_at" : "Sun Feb 18 17:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #socialmedia https://t.co/2k1796e",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611300460874675936"
          ],
          "editableUntil" : "2024-02-17T08:51:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/5kib3d",
              "expanded_url" : "https://brightleaf.example/blog/13-17",
              "display_url" : "brightleaf.example/blog/13-17",
              "indices" : [
                "63",
                "82"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "14",
      "id_str" : "1611300460874675936",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611300460874675936",
      "created_at" : "Sat Feb 17 08:21:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts. https://t.co/5kib3d",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611300043300654851"
          ],
          "editableUntil" : "2024-02-16T20:55:00.000Z",
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
                "112",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1611300043300654851",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611300043300654851",
      "created_at" : "Fri Feb 16 20:25:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Three things every marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611291101250934073"
          ],
          "editableUntil" : "2024-02-14T11:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "110",
                "119"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Cx35",
              "screen_name" : "sami_cx35",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "1251369581",
              "id" : "1251369581"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1611291101250934073",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611291101250934073",
      "created_at" : "Wed Feb 14 11:10:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sami_cx35: If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611284982963686409"
          ],
          "editableUntil" : "2024-02-13T10:52:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1611284982963686409",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611284982963686409",
      "created_at" : "Tue Feb 13 10:22:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611282990928736699"
          ],
          "editableUntil" : "2024-02-13T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1611282990928736699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611282990928736699",
      "created_at" : "Tue Feb 13 14:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611279226837845134"
          ],
          "editableUntil" : "2024-02-13T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Cx29",
              "screen_name" : "nils_cx29",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "348802325871418",
              "id" : "348802325871418"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1611279226837845117",
      "in_reply_to_user_id" : "348802325871418",
      "in_reply_to_status_id" : "1611279226837845117",
      "in_reply_to_screen_name" : "nils_cx29",
      "in_reply_to_user_id_str" : "348802325871418",
      "id_str" : "1611279226837845134",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611279226837845134",
      "created_at" : "Tue Feb 13 11:32:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@nils_cx29 Engagement is a vanity metric until you tie it to a conversion. What are you measuring?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611275469616449770"
          ],
          "editableUntil" : "2024-02-11T16:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/3u6hzbv",
              "expanded_url" : "https://brightleaf.example/blog/13-11",
              "display_url" : "brightleaf.example/blog/13-11",
              "indices" : [
                "94",
                "114"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1611275469616449770",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611275469616449770",
      "created_at" : "Sun Feb 11 16:31:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every growth decision easier. https://t.co/3u6hzbv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611273842105922790"
          ],
          "editableUntil" : "2024-02-11T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "63",
                "80"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "id_str" : "1611273842105922790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611273842105922790",
      "created_at" : "Sun Feb 11 14:45:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611269582812372613"
          ],
          "editableUntil" : "2024-02-11T19:59:00.000Z",
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
                "106",
                "110"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Brand22",
              "screen_name" : "kiri_brand22",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "384897679903",
              "id" : "384897679903"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "1611269582812372613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611269582812372613",
      "created_at" : "Sun Feb 11 19:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kiri_brand22: Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611262636877381146"
          ],
          "editableUntil" : "2024-02-10T11:59:00.000Z",
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
        "84"
      ],
      "favorite_count" : "16",
      "id_str" : "1611262636877381146",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611262636877381146",
      "created_at" : "Sat Feb 10 11:46:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611260784012290797"
          ],
          "editableUntil" : "2024-02-08T12:59:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611260784012290797",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611260784012290797",
      "created_at" : "Thu Feb 08 12:48:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611258478227969918"
          ],
          "editableUntil" : "2024-02-05T12:43:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "101",
                "113"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ana Data60",
              "screen_name" : "ana_data60",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "3583708141300710",
              "id" : "3583708141300710"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "id_str" : "1611258478227969918",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611258478227969918",
      "created_at" : "Mon Feb 05 12:13:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @ana_data60: Customer interviews > dashboards when you need to understand why a campaign flopped. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611257501741372720"
          ],
          "editableUntil" : "2024-02-05T17:51:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "95",
                "112"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/16j1c7y",
              "expanded_url" : "https://brightleaf.example/blog/13-5",
              "display_url" : "brightleaf.example/blog/13-5",
              "indices" : [
                "113",
                "133"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "14",
      "id_str" : "1611257501741372720",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611257501741372720",
      "created_at" : "Mon Feb 05 17:21:00 +0000 2024",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #digitalmarketing https://t.co/16j1c7y",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611252311530546541"
          ],
          "editableUntil" : "2024-02-04T14:54:00.000Z",
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
                "83",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2duhhqf",
              "expanded_url" : "https://brightleaf.example/blog/13-4",
              "display_url" : "brightleaf.example/blog/13-4",
              "indices" : [
                "99",
                "119"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1611252311530546541",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611252311530546541",
      "created_at" : "Sun Feb 04 14:24:00 +0000 2024",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks. #emailmarketing https://t.co/2duhhqf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611248987092064584"
          ],
          "editableUntil" : "2024-01-25T07:55:00.000Z",
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
                "98",
                "113"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Dev Data91",
              "screen_name" : "dev_data91",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "4656199154914406715",
              "id" : "4656199154914406715"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "id_str" : "1611248987092064584",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611248987092064584",
      "created_at" : "Thu Jan 25 07:25:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @dev_data91: Quick SEO audit checklist: titles, internal links, page speed, and search intent. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611245337624350942"
          ],
          "editableUntil" : "2024-01-22T19:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "79",
                "86"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami B2b94",
              "screen_name" : "sami_b2b94",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "9501022241",
              "id" : "9501022241"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1611245337624350942",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611245337624350942",
      "created_at" : "Mon Jan 22 19:18:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @sami_b2b94: Our content calendar for Q1 is out. Fewer posts, better posts. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611237276384455851"
          ],
          "editableUntil" : "2024-01-22T08:58:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1611237276384455851",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611237276384455851",
      "created_at" : "Mon Jan 22 08:28:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611232852736523776"
          ],
          "editableUntil" : "2024-01-21T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "125",
                "142"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Ads83",
              "screen_name" : "kiri_ads83",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "392059443981980465",
              "id" : "392059443981980465"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "6",
      "id_str" : "1611232852736523776",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611232852736523776",
      "created_at" : "Sun Jan 21 07:42:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kiri_ads83: Three things every growth plan needs before launch: a clear audience, one goal, and a budget you can defend. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611232026173663390"
          ],
          "editableUntil" : "2024-01-21T20:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "139",
                "151"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Social26",
              "screen_name" : "kiri_social26",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "7048550784077616",
              "id" : "7048550784077616"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "15",
      "id_str" : "1611232026173663390",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611232026173663390",
      "created_at" : "Sun Jan 21 20:11:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @kiri_social26: Three things every content marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611229367906414778"
          ],
          "editableUntil" : "2024-01-20T20:47:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1611229367906414778",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611229367906414778",
      "created_at" : "Sat Jan 20 20:17:00 +0000 2024",
      "favorited" : false,
      "full_text" : "The cat has decided my keyboard is her bed. Working from the sofa today 🐈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611225020646075701"
          ],
          "editableUntil" : "2024-01-17T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "77",
                "89"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "4",
      "id_str" : "1611225020646075701",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611225020646075701",
      "created_at" : "Wed Jan 17 11:34:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611219411235146647"
          ],
          "editableUntil" : "2024-01-17T20:59:00.000Z",
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
                "118",
                "122"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Xavi Copy93",
              "screen_name" : "xavi_copy93",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "166618824358",
              "id" : "166618824358"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1611219411235146630",
      "in_reply_to_user_id" : "166618824358",
      "in_reply_to_status_id" : "1611219411235146630",
      "in_reply_to_screen_name" : "xavi_copy93",
      "in_reply_to_user_id_str" : "166618824358",
      "id_str" : "1611219411235146647",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611219411235146647",
      "created_at" : "Wed Jan 17 20:35:00 +0000 2024",
      "favorited" : false,
      "full_text" : "@xavi_copy93 Tested two subject lines for our newsletter today. The plain one won again. branding lesson of the week. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611213189850462589"
          ],
          "editableUntil" : "2024-01-15T09:46:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "99",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/4fqujbu",
              "expanded_url" : "https://brightleaf.example/blog/12-15",
              "display_url" : "brightleaf.example/blog/12-15",
              "indices" : [
                "109",
                "129"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1611213189850462589",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611213189850462589",
      "created_at" : "Mon Jan 15 09:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our advertising mix. Segment your list and stop blasting everyone. #branding https://t.co/4fqujbu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611204292336390080"
          ],
          "editableUntil" : "2024-01-14T11:59:00.000Z",
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
                "88",
                "92"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "7",
      "id_str" : "1611204292336390080",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611204292336390080",
      "created_at" : "Sun Jan 14 11:46:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Great case study on SEO from a small bakery: local SEO, reviews and one loyal audience. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611197291716071239"
          ],
          "editableUntil" : "2024-01-13T08:53:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "85",
                "94"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1611197291716071239",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611197291716071239",
      "created_at" : "Sat Jan 13 08:23:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611189902795330705"
          ],
          "editableUntil" : "2024-01-11T07:30:00.000Z",
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
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1611189902795330705",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611189902795330705",
      "created_at" : "Thu Jan 11 07:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611188096886831167"
          ],
          "editableUntil" : "2024-01-11T11:42:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "88",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "13",
      "id_str" : "1611188096886831167",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611188096886831167",
      "created_at" : "Thu Jan 11 11:12:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611186585698580837"
          ],
          "editableUntil" : "2024-01-11T19:59:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1611186585698580837",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611186585698580837",
      "created_at" : "Thu Jan 11 19:48:00 +0000 2024",
      "favorited" : false,
      "full_text" : "What a match last night! Extra time, penalties, chaos. Football is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611183802044428554"
          ],
          "editableUntil" : "2024-01-08T15:59:00.000Z",
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
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1611183802044428554",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611183802044428554",
      "created_at" : "Mon Jan 08 15:38:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. SEO lesson of the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611178976468877281"
          ],
          "editableUntil" : "2024-01-07T20:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "82",
                "94"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Uma Content67",
              "screen_name" : "uma_content67",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "5151070693",
              "id" : "5151070693"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1611178976468877281",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611178976468877281",
      "created_at" : "Sun Jan 07 20:02:00 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @uma_content67: Our content calendar for Q1 is out. Fewer posts, better posts. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611170874912740032"
          ],
          "editableUntil" : "2024-01-07T11:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1611170874912740032",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611170874912740032",
      "created_at" : "Sun Jan 07 11:50:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611166875445667079"
          ],
          "editableUntil" : "2024-01-06T15:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611166875445667079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611166875445667079",
      "created_at" : "Sat Jan 06 15:43:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611163921067321472"
          ],
          "editableUntil" : "2024-01-04T19:59:00.000Z",
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
                "85",
                "100"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "15",
      "id_str" : "1611163921067321472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611163921067321472",
      "created_at" : "Thu Jan 04 19:38:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611160400504531592"
          ],
          "editableUntil" : "2024-01-03T14:46:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611160400504531592",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611160400504531592",
      "created_at" : "Wed Jan 03 14:16:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611158051089740367"
          ],
          "editableUntil" : "2024-01-01T12:39:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1611158051089740367",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611158051089740367",
      "created_at" : "Mon Jan 01 12:09:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611151143626747747"
          ],
          "editableUntil" : "2024-01-01T11:44:00.000Z",
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
                "77",
                "92"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "7",
      "id_str" : "1611151143626747747",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611151143626747747",
      "created_at" : "Mon Jan 01 11:14:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611142195104692621"
          ],
          "editableUntil" : "2023-12-28T10:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "98",
                "105"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Hugo Social67",
              "screen_name" : "hugo_social67",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "3318302975",
              "id" : "3318302975"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/2wpk5o",
              "expanded_url" : "https://brightleaf.example/blog/11-28",
              "display_url" : "brightleaf.example/blog/11-28",
              "indices" : [
                "106",
                "125"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1611142195104692604",
      "in_reply_to_user_id" : "3318302975",
      "in_reply_to_status_id" : "1611142195104692604",
      "in_reply_to_screen_name" : "hugo_social67",
      "in_reply_to_user_id_str" : "3318302975",
      "id_str" : "1611142195104692621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611142195104692621",
      "created_at" : "Thu Dec 28 10:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@hugo_social67 A/B test result: short video beat carousel for awareness, carousel won for clicks. #growth https://t.co/2wpk5o",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611133527040217425"
          ],
          "editableUntil" : "2023-12-28T09:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "85",
                "102"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/4kctxfv",
              "expanded_url" : "https://brightleaf.example/blog/11-28",
              "display_url" : "brightleaf.example/blog/11-28",
              "indices" : [
                "103",
                "123"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1611133527040217425",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611133527040217425",
      "created_at" : "Thu Dec 28 09:37:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #contentmarketing https://t.co/4kctxfv",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611132107174797452"
          ],
          "editableUntil" : "2023-12-25T10:38:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "75",
                "82"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Mira B2b33",
              "screen_name" : "mira_b2b33",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "42532854245",
              "id" : "42532854245"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1611132107174797435",
      "in_reply_to_user_id" : "42532854245",
      "in_reply_to_status_id" : "1611132107174797435",
      "in_reply_to_screen_name" : "mira_b2b33",
      "in_reply_to_user_id_str" : "42532854245",
      "id_str" : "1611132107174797452",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611132107174797452",
      "created_at" : "Mon Dec 25 10:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@mira_b2b33 Our content calendar for Q4 is out. Fewer posts, better posts. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611126236983699145"
          ],
          "editableUntil" : "2023-12-25T08:47:00.000Z",
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
                "94",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ines Ads5",
              "screen_name" : "ines_ads5",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "326396566",
              "id" : "326396566"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "1611126236983699128",
      "in_reply_to_user_id" : "326396566",
      "in_reply_to_status_id" : "1611126236983699128",
      "in_reply_to_screen_name" : "ines_ads5",
      "in_reply_to_user_id_str" : "326396566",
      "id_str" : "1611126236983699145",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611126236983699145",
      "created_at" : "Mon Dec 25 08:17:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@ines_ads5 A/B test result: short video beat carousel for awareness, carousel won for clicks. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611120386577831055"
          ],
          "editableUntil" : "2023-12-24T16:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "85",
                "102"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1611120386577831055",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611120386577831055",
      "created_at" : "Sun Dec 24 16:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611115366301544523"
          ],
          "editableUntil" : "2023-12-24T16:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1611115366301544523",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611115366301544523",
      "created_at" : "Sun Dec 24 16:46:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611113531718796965"
          ],
          "editableUntil" : "2023-12-23T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "117",
                "134"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Mira B2b33",
              "screen_name" : "mira_b2b33",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "42532854245",
              "id" : "42532854245"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1611113531718796948",
      "in_reply_to_user_id" : "42532854245",
      "in_reply_to_status_id" : "1611113531718796948",
      "in_reply_to_screen_name" : "mira_b2b33",
      "in_reply_to_user_id_str" : "42532854245",
      "id_str" : "1611113531718796965",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611113531718796965",
      "created_at" : "Sat Dec 23 20:34:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@mira_b2b33 Tested two subject lines for our newsletter today. The plain one won again. branding lesson of the week. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611106935329572997"
          ],
          "editableUntil" : "2023-12-22T13:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/tip6p2",
              "expanded_url" : "https://brightleaf.example/blog/11-22",
              "display_url" : "brightleaf.example/blog/11-22",
              "indices" : [
                "105",
                "124"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1611106935329572997",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611106935329572997",
      "created_at" : "Fri Dec 22 13:37:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our content marketing mix. Segment your list and stop blasting everyone. https://t.co/tip6p2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611099519983578550"
          ],
          "editableUntil" : "2023-12-19T20:59:00.000Z",
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
      "id_str" : "1611099519983578550",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611099519983578550",
      "created_at" : "Tue Dec 19 20:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611092349715577472"
          ],
          "editableUntil" : "2023-12-18T07:59:00.000Z",
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
      "id_str" : "1611092349715577472",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611092349715577472",
      "created_at" : "Mon Dec 18 07:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611087824325298825"
          ],
          "editableUntil" : "2023-12-18T14:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "99",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3rnqwef",
              "expanded_url" : "https://brightleaf.example/blog/11-18",
              "display_url" : "brightleaf.example/blog/11-18",
              "indices" : [
                "117",
                "137"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1611087824325298825",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611087824325298825",
      "created_at" : "Mon Dec 18 14:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our advertising mix. Segment your list and stop blasting everyone. #digitalmarketing https://t.co/3rnqwef",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611082096704543988"
          ],
          "editableUntil" : "2023-12-17T20:53:00.000Z",
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
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1611082096704543988",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611082096704543988",
      "created_at" : "Sun Dec 17 20:23:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every growth plan needs before launch: a clear audience, one goal, and a budget you can defend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611081058683738855"
          ],
          "editableUntil" : "2023-12-15T11:58:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611081058683738855",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611081058683738855",
      "created_at" : "Fri Dec 15 11:28:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611073669343394074"
          ],
          "editableUntil" : "2023-12-13T15:54:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611073669343394074",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611073669343394074",
      "created_at" : "Wed Dec 13 15:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611068379791884828"
          ],
          "editableUntil" : "2023-12-11T13:59:00.000Z",
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
                "106",
                "121"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/1fj98p1",
              "expanded_url" : "https://brightleaf.example/blog/11-11",
              "display_url" : "brightleaf.example/blog/11-11",
              "indices" : [
                "122",
                "142"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "6",
      "id_str" : "1611068379791884828",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611068379791884828",
      "created_at" : "Mon Dec 11 13:55:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every SEO plan needs before launch: a clear audience, one goal, and a budget you can defend. #emailmarketing https://t.co/1fj98p1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611063455667739062"
          ],
          "editableUntil" : "2023-12-11T07:52:00.000Z",
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
        "82"
      ],
      "favorite_count" : "14",
      "id_str" : "1611063455667739062",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611063455667739062",
      "created_at" : "Mon Dec 11 07:22:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611054602418715491"
          ],
          "editableUntil" : "2023-12-10T10:36:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "90",
                "100"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Copy42",
              "screen_name" : "kiri_copy42",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "85795664837742675",
              "id" : "85795664837742675"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/1cc1gtb",
              "expanded_url" : "https://brightleaf.example/blog/11-10",
              "display_url" : "brightleaf.example/blog/11-10",
              "indices" : [
                "101",
                "121"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1611054602418715474",
      "in_reply_to_user_id" : "85795664837742675",
      "in_reply_to_status_id" : "1611054602418715474",
      "in_reply_to_screen_name" : "kiri_copy42",
      "in_reply_to_user_id_str" : "85795664837742675",
      "id_str" : "1611054602418715491",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611054602418715491",
      "created_at" : "Sun Dec 10 10:06:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@kiri_copy42 Brand consistency is a growth lever: same voice, same colours, same promise. #marketing https://t.co/1cc1gtb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611050848742400220"
          ],
          "editableUntil" : "2023-12-09T14:59:00.000Z",
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
        "84"
      ],
      "favorite_count" : "16",
      "id_str" : "1611050848742400220",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611050848742400220",
      "created_at" : "Sat Dec 09 14:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611049460704815917"
          ],
          "editableUntil" : "2023-12-09T19:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "108",
                "117"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Copy42",
              "screen_name" : "sami_copy42",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "5477841677",
              "id" : "5477841677"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1611049460704815900",
      "in_reply_to_user_id" : "5477841677",
      "in_reply_to_status_id" : "1611049460704815900",
      "in_reply_to_screen_name" : "sami_copy42",
      "in_reply_to_user_id_str" : "5477841677",
      "id_str" : "1611049460704815917",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611049460704815917",
      "created_at" : "Sat Dec 09 19:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@sami_copy42 If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611042214190023082"
          ],
          "editableUntil" : "2023-12-04T11:38:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1611042214190023082",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611042214190023082",
      "created_at" : "Mon Dec 04 11:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611036010722062609"
          ],
          "editableUntil" : "2023-12-04T09:59:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1611036010722062609",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1611036010722062609",
      "created_at" : "Mon Dec 04 09:48:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611034410465432439"
          ],
          "editableUntil" : "2023-12-04T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "120",
                "137"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "1",
      "id_str" : "1611034410465432439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1611034410465432439",
      "created_at" : "Mon Dec 04 17:58:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every content marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611025458714014702"
          ],
          "editableUntil" : "2023-12-01T15:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Zeno Social24",
              "screen_name" : "zeno_social24",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "5964908604",
              "id" : "5964908604"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1611025458714014685",
      "in_reply_to_user_id" : "5964908604",
      "in_reply_to_status_id" : "1611025458714014685",
      "in_reply_to_screen_name" : "zeno_social24",
      "in_reply_to_user_id_str" : "5964908604",
      "id_str" : "1611025458714014702",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611025458714014702",
      "created_at" : "Fri Dec 01 15:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@zeno_social24 Customer interviews > dashboards when you need to understand why a campaign flopped.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611017676190937723"
          ],
          "editableUntil" : "2023-11-28T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "72",
                "84"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "16",
      "id_str" : "1611017676190937723",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1611017676190937723",
      "created_at" : "Tue Nov 28 13:53:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your SEO is only as good as the brief behind it. Write the brief first. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611011122931980091"
          ],
          "editableUntil" : "2023-11-27T19:32:00.000Z",
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
                "63",
                "78"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "10",
      "id_str" : "1611011122931980091",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1611011122931980091",
      "created_at" : "Mon Nov 27 19:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q4 is out. Fewer posts, better posts. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611008365426970750"
          ],
          "editableUntil" : "2023-11-25T11:59:00.000Z",
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
        "95"
      ],
      "favorite_count" : "10",
      "id_str" : "1611008365426970750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611008365426970750",
      "created_at" : "Sat Nov 25 11:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every branding decision easier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1611002420039183438"
          ],
          "editableUntil" : "2023-11-22T18:32:00.000Z",
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
      "id_str" : "1611002420039183438",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1611002420039183438",
      "created_at" : "Wed Nov 22 18:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610993455650324090"
          ],
          "editableUntil" : "2023-11-20T09:55:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "89",
                "101"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Jack Seo50",
              "screen_name" : "jack_seo50",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "52157253",
              "id" : "52157253"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/1n1n3qh",
              "expanded_url" : "https://brightleaf.example/blog/10-20",
              "display_url" : "brightleaf.example/blog/10-20",
              "indices" : [
                "102",
                "122"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1610993455650324073",
      "in_reply_to_user_id" : "52157253",
      "in_reply_to_status_id" : "1610993455650324073",
      "in_reply_to_screen_name" : "jack_seo50",
      "in_reply_to_user_id_str" : "52157253",
      "id_str" : "1610993455650324090",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610993455650324090",
      "created_at" : "Mon Nov 20 09:25:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@jack_seo50 Brand consistency is a growth lever: same voice, same colours, same promise. #socialmedia https://t.co/1n1n3qh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610986995592789571"
          ],
          "editableUntil" : "2023-11-20T13:52:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1610986995592789571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610986995592789571",
      "created_at" : "Mon Nov 20 13:22:00 +0000 2023",
      "favorited" : false,
      "full_text" : "What a match last night! Extra time, penalties, chaos. Football is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610981560655981659"
          ],
          "editableUntil" : "2023-11-19T18:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "106",
                "123"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Pablo Copy63",
              "screen_name" : "pablo_copy63",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "94068429899097",
              "id" : "94068429899097"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1610981560655981659",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610981560655981659",
      "created_at" : "Sun Nov 19 18:39:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @pablo_copy63: Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610974854703036002"
          ],
          "editableUntil" : "2023-11-19T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Jack Growth58",
              "screen_name" : "jack_growth58",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "1867335363766361189",
              "id" : "1867335363766361189"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1610974854703035985",
      "in_reply_to_user_id" : "1867335363766361189",
      "in_reply_to_status_id" : "1610974854703035985",
      "in_reply_to_screen_name" : "jack_growth58",
      "in_reply_to_user_id_str" : "1867335363766361189",
      "id_str" : "1610974854703036002",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610974854703036002",
      "created_at" : "Sun Nov 19 13:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@jack_growth58 Positioning is choosing who you are NOT for. Hard, but it makes every email marketing decision easier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610970010953137268"
          ],
          "editableUntil" : "2023-11-19T19:54:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610970010953137268",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610970010953137268",
      "created_at" : "Sun Nov 19 19:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610961223678609949"
          ],
          "editableUntil" : "2023-11-14T07:31:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "83",
                "95"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/470okup",
              "expanded_url" : "https://brightleaf.example/blog/10-14",
              "display_url" : "brightleaf.example/blog/10-14",
              "indices" : [
                "96",
                "116"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1610961223678609949",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610961223678609949",
      "created_at" : "Tue Nov 14 07:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks. #socialmedia https://t.co/470okup",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610960717649788354"
          ],
          "editableUntil" : "2023-11-13T17:44:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "82",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/7h0meu",
              "expanded_url" : "https://brightleaf.example/blog/10-13",
              "display_url" : "brightleaf.example/blog/10-13",
              "indices" : [
                "100",
                "119"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1610960717649788354",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610960717649788354",
      "created_at" : "Mon Nov 13 17:14:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #digitalmarketing https://t.co/7h0meu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610960354947572140"
          ],
          "editableUntil" : "2023-11-12T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "63",
                "80"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2gz0cul",
              "expanded_url" : "https://brightleaf.example/blog/10-12",
              "display_url" : "brightleaf.example/blog/10-12",
              "indices" : [
                "81",
                "101"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "16",
      "id_str" : "1610960354947572140",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610960354947572140",
      "created_at" : "Sun Nov 12 14:58:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q4 is out. Fewer posts, better posts. #digitalmarketing https://t.co/2gz0cul",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610954612394537248"
          ],
          "editableUntil" : "2023-11-11T15:59:00.000Z",
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
                "103",
                "118"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2zhim3b",
              "expanded_url" : "https://brightleaf.example/blog/10-11",
              "display_url" : "brightleaf.example/blog/10-11",
              "indices" : [
                "119",
                "139"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "3",
      "id_str" : "1610954612394537248",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610954612394537248",
      "created_at" : "Sat Nov 11 15:51:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our email marketing mix. Segment your list and stop blasting everyone. #emailmarketing https://t.co/2zhim3b",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610953006137670582"
          ],
          "editableUntil" : "2023-11-11T07:47:00.000Z",
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
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610953006137670582",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610953006137670582",
      "created_at" : "Sat Nov 11 07:17:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610949945659280512"
          ],
          "editableUntil" : "2023-11-09T19:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "89",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Zeno Seo63",
              "screen_name" : "zeno_seo63",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "7790774422",
              "id" : "7790774422"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/3chc0cw",
              "expanded_url" : "https://brightleaf.example/blog/10-9",
              "display_url" : "brightleaf.example/blog/10-9",
              "indices" : [
                "100",
                "120"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1610949945659280495",
      "in_reply_to_user_id" : "7790774422",
      "in_reply_to_status_id" : "1610949945659280495",
      "in_reply_to_screen_name" : "zeno_seo63",
      "in_reply_to_user_id_str" : "7790774422",
      "id_str" : "1610949945659280512",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610949945659280512",
      "created_at" : "Thu Nov 09 19:57:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@zeno_seo63 Brand consistency is a growth lever: same voice, same colours, same promise. #marketing https://t.co/3chc0cw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610945240608585220"
          ],
          "editableUntil" : "2023-11-09T13:54:00.000Z",
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
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1610945240608585220",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610945240608585220",
      "created_at" : "Thu Nov 09 13:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610944820137278105"
          ],
          "editableUntil" : "2023-11-06T10:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "117",
                "134"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Mira Email41",
              "screen_name" : "mira_email41",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "42157975253963",
              "id" : "42157975253963"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "15",
      "id_str" : "1610944820137278105",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610944820137278105",
      "created_at" : "Mon Nov 06 10:41:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @mira_email41: Positioning is choosing who you are NOT for. Hard, but it makes every advertising decision easier. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610941146617445855"
          ],
          "editableUntil" : "2023-11-04T08:43:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610941146617445855",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610941146617445855",
      "created_at" : "Sat Nov 04 08:13:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610938374648520148"
          ],
          "editableUntil" : "2023-11-02T19:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            },
            {
              "text" : "marketing",
              "indices" : [
                "97",
                "107"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/fsvmmd",
              "expanded_url" : "https://brightleaf.example/blog/10-2",
              "display_url" : "brightleaf.example/blog/10-2",
              "indices" : [
                "108",
                "127"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "id_str" : "1610938374648520148",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610938374648520148",
      "created_at" : "Thu Nov 02 19:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing #marketing https://t.co/fsvmmd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610932835180174117"
          ],
          "editableUntil" : "2023-11-01T12:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "82",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1610932835180174117",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610932835180174117",
      "created_at" : "Wed Nov 01 12:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610925120779817926"
          ],
          "editableUntil" : "2023-11-01T07:42:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610925120779817926",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610925120779817926",
      "created_at" : "Wed Nov 01 07:12:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610917216725466613"
          ],
          "editableUntil" : "2023-10-28T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "110",
                "120"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Olga Design22",
              "screen_name" : "olga_design22",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "4464922676",
              "id" : "4464922676"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1610917216725466596",
      "in_reply_to_user_id" : "4464922676",
      "in_reply_to_status_id" : "1610917216725466596",
      "in_reply_to_screen_name" : "olga_design22",
      "in_reply_to_user_id_str" : "4464922676",
      "id_str" : "1610917216725466613",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610917216725466613",
      "created_at" : "Sat Oct 28 11:43:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@olga_design22 If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610909610552333945"
          ],
          "editableUntil" : "2023-10-27T12:59:00.000Z",
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
                "88",
                "92"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/42la8uu",
              "expanded_url" : "https://brightleaf.example/blog/9-27",
              "display_url" : "brightleaf.example/blog/9-27",
              "indices" : [
                "93",
                "113"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "id_str" : "1610909610552333945",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610909610552333945",
      "created_at" : "Fri Oct 27 12:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #SEO https://t.co/42la8uu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610908821235928144"
          ],
          "editableUntil" : "2023-10-25T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "108",
                "117"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "15",
      "id_str" : "1610908821235928144",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610908821235928144",
      "created_at" : "Wed Oct 25 20:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. advertising lesson of the week. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610902896310015158"
          ],
          "editableUntil" : "2023-10-24T09:50:00.000Z",
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
                "93",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Yara Data80",
              "screen_name" : "yara_data80",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "20412069687489154",
              "id" : "20412069687489154"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1610902896310015141",
      "in_reply_to_user_id" : "20412069687489154",
      "in_reply_to_status_id" : "1610902896310015141",
      "in_reply_to_screen_name" : "yara_data80",
      "in_reply_to_user_id_str" : "20412069687489154",
      "id_str" : "1610902896310015158",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610902896310015158",
      "created_at" : "Tue Oct 24 09:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@yara_data80 Your advertising is only as good as the brief behind it. Write the brief first. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610895924930333316"
          ],
          "editableUntil" : "2023-10-23T08:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610895924930333316",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610895924930333316",
      "created_at" : "Mon Oct 23 08:49:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Coffee number three. It is only 10am. Send help ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610887538704746634"
          ],
          "editableUntil" : "2023-10-22T16:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Farid Data45",
              "screen_name" : "farid_data45",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "541710772",
              "id" : "541710772"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1610887538704746617",
      "in_reply_to_user_id" : "541710772",
      "in_reply_to_status_id" : "1610887538704746617",
      "in_reply_to_screen_name" : "farid_data45",
      "in_reply_to_user_id_str" : "541710772",
      "id_str" : "1610887538704746634",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610887538704746634",
      "created_at" : "Sun Oct 22 16:41:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@farid_data45 Tested two subject lines for our newsletter today. The plain one won again. branding lesson of the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610881892668319570"
          ],
          "editableUntil" : "2023-10-22T08:59:00.000Z",
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
                "113",
                "128"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Growth58",
              "screen_name" : "sami_growth58",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "391746110307570",
              "id" : "391746110307570"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "9",
      "id_str" : "1610881892668319570",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610881892668319570",
      "created_at" : "Sun Oct 22 08:41:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sami_growth58: We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610873510378879127"
          ],
          "editableUntil" : "2023-10-21T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "101",
                "110"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Rosa Ecom91",
              "screen_name" : "rosa_ecom91",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "20515011070",
              "id" : "20515011070"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "1610873510378879110",
      "in_reply_to_user_id" : "20515011070",
      "in_reply_to_status_id" : "1610873510378879110",
      "in_reply_to_screen_name" : "rosa_ecom91",
      "in_reply_to_user_id_str" : "20515011070",
      "id_str" : "1610873510378879127",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610873510378879127",
      "created_at" : "Sat Oct 21 13:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@rosa_ecom91 Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610872863671693391"
          ],
          "editableUntil" : "2023-10-19T11:49:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "80",
                "90"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "5",
      "id_str" : "1610872863671693391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610872863671693391",
      "created_at" : "Thu Oct 19 11:19:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your advertising is only as good as the brief behind it. Write the brief first. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610871865429754481"
          ],
          "editableUntil" : "2023-10-18T07:31:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "95",
                "105"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1610871865429754481",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610871865429754481",
      "created_at" : "Wed Oct 18 07:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610863396996239683"
          ],
          "editableUntil" : "2023-10-17T08:59:00.000Z",
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
                "77",
                "81"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "13",
      "id_str" : "1610863396996239683",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610863396996239683",
      "created_at" : "Tue Oct 17 08:59:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610862311839373706"
          ],
          "editableUntil" : "2023-10-16T20:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610862311839373706",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610862311839373706",
      "created_at" : "Mon Oct 16 20:37:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610854950584188342"
          ],
          "editableUntil" : "2023-10-15T12:49:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "83",
                "92"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "7",
      "id_str" : "1610854950584188342",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610854950584188342",
      "created_at" : "Sun Oct 15 12:19:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610854793850508710"
          ],
          "editableUntil" : "2023-10-14T12:59:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1610854793850508710",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610854793850508710",
      "created_at" : "Sat Oct 14 12:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610851590250943288"
          ],
          "editableUntil" : "2023-10-13T11:31:00.000Z",
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
                "114",
                "118"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "id_str" : "1610851590250943288",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610851590250943288",
      "created_at" : "Fri Oct 13 11:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. content marketing lesson of the week. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610843277254059210"
          ],
          "editableUntil" : "2023-10-12T07:38:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "95",
                "102"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/t9pjfw",
              "expanded_url" : "https://brightleaf.example/blog/9-12",
              "display_url" : "brightleaf.example/blog/9-12",
              "indices" : [
                "103",
                "122"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1610843277254059210",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610843277254059210",
      "created_at" : "Thu Oct 12 07:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #growth https://t.co/t9pjfw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610839545863804194"
          ],
          "editableUntil" : "2023-10-10T19:41:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610839545863804194",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610839545863804194",
      "created_at" : "Tue Oct 10 19:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Coffee number three. It is only 10am. Send help ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610831505596321515"
          ],
          "editableUntil" : "2023-10-09T08:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "106",
                "118"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Wen Design86",
              "screen_name" : "wen_design86",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "35401249",
              "id" : "35401249"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "id_str" : "1610831505596321515",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610831505596321515",
      "created_at" : "Mon Oct 09 08:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @wen_design86: Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610823118788403111"
          ],
          "editableUntil" : "2023-10-08T10:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/1fx13ga",
              "expanded_url" : "https://brightleaf.example/blog/9-8",
              "display_url" : "brightleaf.example/blog/9-8",
              "indices" : [
                "94",
                "114"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1610823118788403111",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610823118788403111",
      "created_at" : "Sun Oct 08 10:53:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. https://t.co/1fx13ga",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610816536403117961"
          ],
          "editableUntil" : "2023-10-07T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1610816536403117961",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610816536403117961",
      "created_at" : "Sat Oct 07 20:44:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610814179712860089"
          ],
          "editableUntil" : "2023-10-06T11:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610814179712860089",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610814179712860089",
      "created_at" : "Fri Oct 06 11:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Coffee number three. It is only 10am. Send help ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610808118298866829"
          ],
          "editableUntil" : "2023-10-02T07:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610808118298866829",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610808118298866829",
      "created_at" : "Mon Oct 02 07:38:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Coffee number three. It is only 10am. Send help ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610805599490389237"
          ],
          "editableUntil" : "2023-09-28T15:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Gina Copy23",
              "screen_name" : "gina_copy23",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "116176589",
              "id" : "116176589"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "10",
      "in_reply_to_status_id_str" : "1610805599490389220",
      "in_reply_to_user_id" : "116176589",
      "in_reply_to_status_id" : "1610805599490389220",
      "in_reply_to_screen_name" : "gina_copy23",
      "in_reply_to_user_id_str" : "116176589",
      "id_str" : "1610805599490389237",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610805599490389237",
      "created_at" : "Thu Sep 28 15:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@gina_copy23 A/B test result: short video beat carousel for awareness, carousel won for clicks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610796629187241236"
          ],
          "editableUntil" : "2023-09-26T17:41:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610796629187241236",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610796629187241236",
      "created_at" : "Tue Sep 26 17:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610794296426505156"
          ],
          "editableUntil" : "2023-09-22T15:37:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1610794296426505156",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610794296426505156",
      "created_at" : "Fri Sep 22 15:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "What a match last night! Extra time, penalties, chaos. Football is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610791569036605120"
          ],
          "editableUntil" : "2023-09-22T20:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "120",
                "129"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1610791569036605120",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610791569036605120",
      "created_at" : "Fri Sep 22 20:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every content marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610787565219996717"
          ],
          "editableUntil" : "2023-09-22T14:42:00.000Z",
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
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1610787565219996717",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610787565219996717",
      "created_at" : "Fri Sep 22 14:12:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on email marketing from a small bakery: local SEO, reviews and one loyal audience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610786784704369571"
          ],
          "editableUntil" : "2023-09-20T09:39:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "75",
                "84"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "16",
      "id_str" : "1610786784704369571",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610786784704369571",
      "created_at" : "Wed Sep 20 09:09:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your growth is only as good as the brief behind it. Write the brief first. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610778274646951442"
          ],
          "editableUntil" : "2023-09-19T20:51:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610778274646951442",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610778274646951442",
      "created_at" : "Tue Sep 19 20:21:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Coffee number three. It is only 10am. Send help ☕☕☕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610771120361848961"
          ],
          "editableUntil" : "2023-09-18T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "111",
                "121"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Vik Pr15",
              "screen_name" : "vik_pr15",
              "indices" : [
                "3",
                "12"
              ],
              "id_str" : "813149517",
              "id" : "813149517"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1610771120361848961",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610771120361848961",
      "created_at" : "Mon Sep 18 17:55:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @vik_pr15: Great case study on social media from a small bakery: local SEO, reviews and one loyal audience. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610768040263883993"
          ],
          "editableUntil" : "2023-09-16T08:40:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1610768040263883993",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610768040263883993",
      "created_at" : "Sat Sep 16 08:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610765972471145175"
          ],
          "editableUntil" : "2023-09-14T17:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/1gqli03",
              "expanded_url" : "https://brightleaf.example/blog/8-14",
              "display_url" : "brightleaf.example/blog/8-14",
              "indices" : [
                "63",
                "83"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "15",
      "id_str" : "1610765972471145175",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610765972471145175",
      "created_at" : "Thu Sep 14 17:44:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q3 is out. Fewer posts, better posts. https://t.co/1gqli03",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610765044552332633"
          ],
          "editableUntil" : "2023-09-12T07:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610765044552332633",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610765044552332633",
      "created_at" : "Tue Sep 12 07:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610760314712347402"
          ],
          "editableUntil" : "2023-09-09T10:40:00.000Z",
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
                "63",
                "67"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2w6ax3w",
              "expanded_url" : "https://brightleaf.example/blog/8-9",
              "display_url" : "brightleaf.example/blog/8-9",
              "indices" : [
                "68",
                "88"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "1610760314712347402",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610760314712347402",
      "created_at" : "Sat Sep 09 10:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q3 is out. Fewer posts, better posts. #SEO https://t.co/2w6ax3w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610753666346415415"
          ],
          "editableUntil" : "2023-09-08T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "130",
                "140"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Content33",
              "screen_name" : "nils_content33",
              "indices" : [
                "0",
                "15"
              ],
              "id_str" : "986355234868684",
              "id" : "986355234868684"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1610753666346415398",
      "in_reply_to_user_id" : "986355234868684",
      "in_reply_to_status_id" : "1610753666346415398",
      "in_reply_to_screen_name" : "nils_content33",
      "in_reply_to_user_id_str" : "986355234868684",
      "id_str" : "1610753666346415415",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610753666346415415",
      "created_at" : "Fri Sep 08 17:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@nils_content33 Three things every advertising plan needs before launch: a clear audience, one goal, and a budget you can defend. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610744729596550937"
          ],
          "editableUntil" : "2023-09-06T12:45:00.000Z",
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
                "109",
                "113"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Rosa Ecom91",
              "screen_name" : "rosa_ecom91",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "20515011070",
              "id" : "20515011070"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1610744729596550920",
      "in_reply_to_user_id" : "20515011070",
      "in_reply_to_status_id" : "1610744729596550920",
      "in_reply_to_screen_name" : "rosa_ecom91",
      "in_reply_to_user_id_str" : "20515011070",
      "id_str" : "1610744729596550937",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610744729596550937",
      "created_at" : "Wed Sep 06 12:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@rosa_ecom91 Great case study on advertising from a small bakery: local SEO, reviews and one loyal audience. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610740006962401142"
          ],
          "editableUntil" : "2023-09-06T11:45:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "91",
                "103"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1610740006962401142",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610740006962401142",
      "created_at" : "Wed Sep 06 11:15:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our SEO mix. Segment your list and stop blasting everyone. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610739963988682000"
          ],
          "editableUntil" : "2023-09-06T15:58:00.000Z",
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
                "100",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1610739963988682000",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610739963988682000",
      "created_at" : "Wed Sep 06 15:28:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every social media decision easier. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610738474887984824"
          ],
          "editableUntil" : "2023-09-05T14:59:00.000Z",
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
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1610738474887984824",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610738474887984824",
      "created_at" : "Tue Sep 05 14:31:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every marketing plan needs before launch: a clear audience, one goal, and a budget you can defend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610733922961230077"
          ],
          "editableUntil" : "2023-09-04T08:59:00.000Z",
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
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1610733922961230077",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610733922961230077",
      "created_at" : "Mon Sep 04 08:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every social media decision easier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610725755795950832"
          ],
          "editableUntil" : "2023-09-04T09:35:00.000Z",
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
      "id_str" : "1610725755795950832",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610725755795950832",
      "created_at" : "Mon Sep 04 09:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610719995926455190"
          ],
          "editableUntil" : "2023-09-02T17:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "108",
                "125"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Emma Content20",
              "screen_name" : "emma_content20",
              "indices" : [
                "3",
                "18"
              ],
              "id_str" : "6801114208671638187",
              "id" : "6801114208671638187"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "id_str" : "1610719995926455190",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610719995926455190",
      "created_at" : "Sat Sep 02 17:18:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @emma_content20: Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610717388515980921"
          ],
          "editableUntil" : "2023-09-02T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Uma Pr2",
              "screen_name" : "uma_pr2",
              "indices" : [
                "0",
                "8"
              ],
              "id_str" : "881452796",
              "id" : "881452796"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/gsw5dg",
              "expanded_url" : "https://brightleaf.example/blog/8-2",
              "display_url" : "brightleaf.example/blog/8-2",
              "indices" : [
                "92",
                "111"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1610717388515980904",
      "in_reply_to_user_id" : "881452796",
      "in_reply_to_status_id" : "1610717388515980904",
      "in_reply_to_screen_name" : "uma_pr2",
      "in_reply_to_user_id_str" : "881452796",
      "id_str" : "1610717388515980921",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610717388515980921",
      "created_at" : "Sat Sep 02 11:33:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@uma_pr2 A/B test result: short video beat carousel for awareness, carousel won for clicks. https://t.co/gsw5dg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610713644729810114"
          ],
          "editableUntil" : "2023-09-01T12:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "78",
                "88"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "1610713644729810114",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610713644729810114",
      "created_at" : "Fri Sep 01 12:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your marketing is only as good as the brief behind it. Write the brief first. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610707229259671681"
          ],
          "editableUntil" : "2023-08-28T19:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "121",
                "130"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Ads74",
              "screen_name" : "kiri_ads74",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "3398264666355728287",
              "id" : "3398264666355728287"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "11",
      "id_str" : "1610707229259671681",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610707229259671681",
      "created_at" : "Mon Aug 28 19:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @kiri_ads74: Positioning is choosing who you are NOT for. Hard, but it makes every content marketing decision easier. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610700697561438323"
          ],
          "editableUntil" : "2023-08-28T07:48:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "108",
                "118"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Kiri Brand22",
              "screen_name" : "kiri_brand22",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "384897679903",
              "id" : "384897679903"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1610700697561438306",
      "in_reply_to_user_id" : "384897679903",
      "in_reply_to_status_id" : "1610700697561438306",
      "in_reply_to_screen_name" : "kiri_brand22",
      "in_reply_to_user_id_str" : "384897679903",
      "id_str" : "1610700697561438323",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610700697561438323",
      "created_at" : "Mon Aug 28 07:18:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@kiri_brand22 We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610699683433290699"
          ],
          "editableUntil" : "2023-08-25T07:59:00.000Z",
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
      "id_str" : "1610699683433290699",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610699683433290699",
      "created_at" : "Fri Aug 25 07:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610698047955309697"
          ],
          "editableUntil" : "2023-08-25T18:54:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/3cz0kz2",
              "expanded_url" : "https://brightleaf.example/blog/7-25",
              "display_url" : "brightleaf.example/blog/7-25",
              "indices" : [
                "102",
                "122"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1610698047955309697",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610698047955309697",
      "created_at" : "Fri Aug 25 18:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on content marketing from a small bakery: local SEO, reviews and one loyal audience. https://t.co/3cz0kz2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610692027859643983"
          ],
          "editableUntil" : "2023-08-25T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "63",
                "70"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3elmjl2",
              "expanded_url" : "https://brightleaf.example/blog/7-25",
              "display_url" : "brightleaf.example/blog/7-25",
              "indices" : [
                "71",
                "91"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "id_str" : "1610692027859643983",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610692027859643983",
      "created_at" : "Fri Aug 25 11:48:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q3 is out. Fewer posts, better posts. #growth https://t.co/3elmjl2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610690217187162433"
          ],
          "editableUntil" : "2023-08-23T15:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "85",
                "102"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/389j0lu",
              "expanded_url" : "https://brightleaf.example/blog/7-23",
              "display_url" : "brightleaf.example/blog/7-23",
              "indices" : [
                "103",
                "123"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1610690217187162433",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610690217187162433",
      "created_at" : "Wed Aug 23 15:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #digitalmarketing https://t.co/389j0lu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610681925299013296"
          ],
          "editableUntil" : "2023-08-22T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "103",
                "110"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Cx35",
              "screen_name" : "sami_cx35",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "1251369581",
              "id" : "1251369581"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "1610681925299013296",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610681925299013296",
      "created_at" : "Tue Aug 22 14:48:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sami_cx35: Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610681190549425313"
          ],
          "editableUntil" : "2023-08-20T15:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "82",
                "92"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "7",
      "id_str" : "1610681190549425313",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610681190549425313",
      "created_at" : "Sun Aug 20 15:41:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610677087612854711"
          ],
          "editableUntil" : "2023-08-18T15:41:00.000Z",
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
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1610677087612854711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610677087612854711",
      "created_at" : "Fri Aug 18 15:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every SEO plan needs before launch: a clear audience, one goal, and a budget you can defend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610673438450237708"
          ],
          "editableUntil" : "2023-08-16T19:37:00.000Z",
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
        "72"
      ],
      "favorite_count" : "4",
      "id_str" : "1610673438450237708",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610673438450237708",
      "created_at" : "Wed Aug 16 19:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Sunday hike with the dog. No phone for four hours and it was glorious 🥾🐕",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610667009201669869"
          ],
          "editableUntil" : "2023-08-13T15:37:00.000Z",
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
                "93",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1610667009201669869",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610667009201669869",
      "created_at" : "Sun Aug 13 15:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on branding from a small bakery: local SEO, reviews and one loyal audience. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610660242050725940"
          ],
          "editableUntil" : "2023-08-12T17:59:00.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "1610660242050725940",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610660242050725940",
      "created_at" : "Sat Aug 12 17:46:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Rainy Saturday, jazz records and a big pot of soup.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610657155949265674"
          ],
          "editableUntil" : "2023-08-11T08:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "95",
                "112"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1610657155949265674",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610657155949265674",
      "created_at" : "Fri Aug 11 08:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610653207491545620"
          ],
          "editableUntil" : "2023-08-09T07:55:00.000Z",
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
                "125",
                "129"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Zeno Copy0",
              "screen_name" : "zeno_copy0",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "66571939717368",
              "id" : "66571939717368"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1610653207491545620",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610653207491545620",
      "created_at" : "Wed Aug 09 07:25:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @zeno_copy0: Three things every growth plan needs before launch: a clear audience, one goal, and a budget you can defend. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610652870496488679"
          ],
          "editableUntil" : "2023-08-08T09:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "82",
                "91"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/ky7kas",
              "expanded_url" : "https://brightleaf.example/blog/7-8",
              "display_url" : "brightleaf.example/blog/7-8",
              "indices" : [
                "92",
                "111"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1610652870496488679",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610652870496488679",
      "created_at" : "Tue Aug 08 09:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #branding https://t.co/ky7kas",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610648845246761950"
          ],
          "editableUntil" : "2023-08-07T10:34:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "112",
                "122"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1610648845246761950",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610648845246761950",
      "created_at" : "Mon Aug 07 10:04:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610640734295952527"
          ],
          "editableUntil" : "2023-08-06T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "102",
                "112"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Xavi Brand57",
              "screen_name" : "xavi_brand57",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "44337395",
              "id" : "44337395"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1610640734295952527",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610640734295952527",
      "created_at" : "Sun Aug 06 20:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @xavi_brand57: Your email marketing is only as good as the brief behind it. Write the brief first. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610635486654626835"
          ],
          "editableUntil" : "2023-08-03T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "95",
                "112"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1610635486654626835",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610635486654626835",
      "created_at" : "Thu Aug 03 13:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610632009935253903"
          ],
          "editableUntil" : "2023-08-02T18:59:00.000Z",
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
                "109",
                "124"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "5",
      "id_str" : "1610632009935253903",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610632009935253903",
      "created_at" : "Wed Aug 02 18:41:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. social media lesson of the week. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610627972618523864"
          ],
          "editableUntil" : "2023-08-01T13:59:00.000Z",
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
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1610627972618523864",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610627972618523864",
      "created_at" : "Tue Aug 01 13:31:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our social media mix. Segment your list and stop blasting everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610624330831919727"
          ],
          "editableUntil" : "2023-07-28T14:31:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1610624330831919727",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610624330831919727",
      "created_at" : "Fri Jul 28 14:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610622528248306342"
          ],
          "editableUntil" : "2023-07-24T08:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "97",
                "109"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Pr55",
              "screen_name" : "sami_pr55",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "8079405154656132646",
              "id" : "8079405154656132646"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "109"
      ],
      "favorite_count" : "7",
      "id_str" : "1610622528248306342",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610622528248306342",
      "created_at" : "Mon Jul 24 08:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sami_pr55: Quick SEO audit checklist: titles, internal links, page speed, and search intent. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610619096886191655"
          ],
          "editableUntil" : "2023-07-23T08:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "94",
                "111"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1610619096886191655",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610619096886191655",
      "created_at" : "Sun Jul 23 08:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610613375122247270"
          ],
          "editableUntil" : "2023-07-21T18:59:00.000Z",
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
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1610613375122247270",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610613375122247270",
      "created_at" : "Fri Jul 21 18:37:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every content marketing plan needs before launch: a clear audience, one goal, and a budget you can defend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610609628393719093"
          ],
          "editableUntil" : "2023-07-20T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "94",
                "111"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "id_str" : "1610609628393719093",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610609628393719093",
      "created_at" : "Thu Jul 20 11:39:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610602709878143698"
          ],
          "editableUntil" : "2023-07-18T13:59:00.000Z",
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
      "id_str" : "1610602709878143698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610602709878143698",
      "created_at" : "Tue Jul 18 13:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610595755607506928"
          ],
          "editableUntil" : "2023-07-17T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "105",
                "122"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1610595755607506928",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610595755607506928",
      "created_at" : "Mon Jul 17 13:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every content marketing decision easier. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610590388503418136"
          ],
          "editableUntil" : "2023-07-14T08:59:00.000Z",
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
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1610590388503418136",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610590388503418136",
      "created_at" : "Fri Jul 14 08:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on SEO from a small bakery: local SEO, reviews and one loyal audience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610586232486349349"
          ],
          "editableUntil" : "2023-07-14T19:40:00.000Z",
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
      "id_str" : "1610586232486349349",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610586232486349349",
      "created_at" : "Fri Jul 14 19:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610582458111377848"
          ],
          "editableUntil" : "2023-07-12T16:59:00.000Z",
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
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610582458111377848",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610582458111377848",
      "created_at" : "Wed Jul 12 16:59:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610580099807489931"
          ],
          "editableUntil" : "2023-07-11T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "114",
                "121"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1610580099807489931",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610580099807489931",
      "created_at" : "Tue Jul 11 17:32:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. content marketing lesson of the week. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610576320273147703"
          ],
          "editableUntil" : "2023-07-09T12:59:00.000Z",
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
                "88",
                "103"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "103"
      ],
      "favorite_count" : "1",
      "id_str" : "1610576320273147703",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610576320273147703",
      "created_at" : "Sun Jul 09 12:58:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610568584445426814"
          ],
          "editableUntil" : "2023-07-08T20:31:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610568584445426814",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610568584445426814",
      "created_at" : "Sat Jul 08 20:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "The cat has decided my keyboard is her bed. Working from the sofa today 🐈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610562201208001566"
          ],
          "editableUntil" : "2023-07-03T18:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "109",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Rosa Cx85",
              "screen_name" : "rosa_cx85",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "212778541203",
              "id" : "212778541203"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1610562201208001566",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610562201208001566",
      "created_at" : "Mon Jul 03 18:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @rosa_cx85: We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610559504083596586"
          ],
          "editableUntil" : "2023-07-01T12:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "102",
                "114"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Chloe Ecom69",
              "screen_name" : "chloe_ecom69",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "34186121099862285",
              "id" : "34186121099862285"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "in_reply_to_status_id_str" : "1610559504083596569",
      "in_reply_to_user_id" : "34186121099862285",
      "in_reply_to_status_id" : "1610559504083596569",
      "in_reply_to_screen_name" : "chloe_ecom69",
      "in_reply_to_user_id_str" : "34186121099862285",
      "id_str" : "1610559504083596586",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610559504083596586",
      "created_at" : "Sat Jul 01 12:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@chloe_ecom69 Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610556206494836908"
          ],
          "editableUntil" : "2023-07-01T10:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "109",
                "121"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Pablo Copy31",
              "screen_name" : "pablo_copy31",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "125024157606534",
              "id" : "125024157606534"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1610556206494836891",
      "in_reply_to_user_id" : "125024157606534",
      "in_reply_to_status_id" : "1610556206494836891",
      "in_reply_to_screen_name" : "pablo_copy31",
      "in_reply_to_user_id_str" : "125024157606534",
      "id_str" : "1610556206494836908",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610556206494836908",
      "created_at" : "Sat Jul 01 10:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@pablo_copy31 If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610554126084160962"
          ],
          "editableUntil" : "2023-06-28T18:30:00.000Z",
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
        "79"
      ],
      "favorite_count" : "11",
      "id_str" : "1610554126084160962",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610554126084160962",
      "created_at" : "Wed Jun 28 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your advertising is only as good as the brief behind it. Write the brief first.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610552414061972070"
          ],
          "editableUntil" : "2023-06-27T19:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "115",
                "125"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami B2b7",
              "screen_name" : "sami_b2b7",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "5013065912752301",
              "id" : "5013065912752301"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "id_str" : "1610552414061972070",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610552414061972070",
      "created_at" : "Tue Jun 27 19:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sami_b2b7: Email still has the best ROI in our social media mix. Segment your list and stop blasting everyone. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610547115014857172"
          ],
          "editableUntil" : "2023-06-24T18:59:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1610547115014857172",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610547115014857172",
      "created_at" : "Sat Jun 24 18:49:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on marketing from a small bakery: local SEO, reviews and one loyal audience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610538972709021018"
          ],
          "editableUntil" : "2023-06-22T08:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610538972709021018",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610538972709021018",
      "created_at" : "Thu Jun 22 08:33:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610535221540535959"
          ],
          "editableUntil" : "2023-06-20T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "99",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ana Copy32",
              "screen_name" : "ana_copy32",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "6257236654025943038",
              "id" : "6257236654025943038"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1610535221540535959",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610535221540535959",
      "created_at" : "Tue Jun 20 07:47:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ana_copy32: A/B test result: short video beat carousel for awareness, carousel won for clicks. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610533587863526084"
          ],
          "editableUntil" : "2023-06-19T13:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "112",
                "129"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Mira Pr68",
              "screen_name" : "mira_pr68",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "9356985929",
              "id" : "9356985929"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1610533587863526084",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610533587863526084",
      "created_at" : "Mon Jun 19 13:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @mira_pr68: Positioning is choosing who you are NOT for. Hard, but it makes every marketing decision easier. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610526363659365785"
          ],
          "editableUntil" : "2023-06-18T14:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "63",
                "80"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "80"
      ],
      "favorite_count" : "12",
      "id_str" : "1610526363659365785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610526363659365785",
      "created_at" : "Sun Jun 18 14:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q2 is out. Fewer posts, better posts. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610518667965404173"
          ],
          "editableUntil" : "2023-06-18T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "104",
                "113"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Pablo Growth70",
              "screen_name" : "pablo_growth70",
              "indices" : [
                "0",
                "15"
              ],
              "id_str" : "56620983",
              "id" : "56620983"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "in_reply_to_status_id_str" : "1610518667965404156",
      "in_reply_to_user_id" : "56620983",
      "in_reply_to_status_id" : "1610518667965404156",
      "in_reply_to_screen_name" : "pablo_growth70",
      "in_reply_to_user_id_str" : "56620983",
      "id_str" : "1610518667965404173",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610518667965404173",
      "created_at" : "Sun Jun 18 14:59:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@pablo_growth70 Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610515909270284221"
          ],
          "editableUntil" : "2023-06-17T18:59:00.000Z",
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
                "97",
                "101"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "16",
      "id_str" : "1610515909270284221",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610515909270284221",
      "created_at" : "Sat Jun 17 18:57:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our marketing mix. Segment your list and stop blasting everyone. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610515166867626166"
          ],
          "editableUntil" : "2023-06-16T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "91",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3nslzrf",
              "expanded_url" : "https://brightleaf.example/blog/5-16",
              "display_url" : "brightleaf.example/blog/5-16",
              "indices" : [
                "109",
                "129"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1610515166867626166",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610515166867626166",
      "created_at" : "Fri Jun 16 14:51:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our SEO mix. Segment your list and stop blasting everyone. #digitalmarketing https://t.co/3nslzrf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610512275129335704"
          ],
          "editableUntil" : "2023-06-14T18:57:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Growth58",
              "screen_name" : "sami_growth58",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "391746110307570",
              "id" : "391746110307570"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/1dep56h",
              "expanded_url" : "https://brightleaf.example/blog/5-14",
              "display_url" : "brightleaf.example/blog/5-14",
              "indices" : [
                "114",
                "134"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "15",
      "in_reply_to_status_id_str" : "1610512275129335687",
      "in_reply_to_user_id" : "391746110307570",
      "in_reply_to_status_id" : "1610512275129335687",
      "in_reply_to_screen_name" : "sami_growth58",
      "in_reply_to_user_id_str" : "391746110307570",
      "id_str" : "1610512275129335704",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610512275129335704",
      "created_at" : "Wed Jun 14 18:27:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@sami_growth58 Positioning is choosing who you are NOT for. Hard, but it makes every advertising decision easier. https://t.co/1dep56h",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610508101575275762"
          ],
          "editableUntil" : "2023-06-12T17:46:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1610508101575275762",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610508101575275762",
      "created_at" : "Mon Jun 12 17:16:00 +0000 2023",
      "favorited" : false,
      "full_text" : "What a match last night! Extra time, penalties, chaos. Football is the best.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610503938301176900"
          ],
          "editableUntil" : "2023-06-11T18:59:00.000Z",
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
                "119",
                "123"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Gina Content32",
              "screen_name" : "gina_content32",
              "indices" : [
                "0",
                "15"
              ],
              "id_str" : "8507464738339002",
              "id" : "8507464738339002"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1610503938301176883",
      "in_reply_to_user_id" : "8507464738339002",
      "in_reply_to_status_id" : "1610503938301176883",
      "in_reply_to_screen_name" : "gina_content32",
      "in_reply_to_user_id_str" : "8507464738339002",
      "id_str" : "1610503938301176900",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610503938301176900",
      "created_at" : "Sun Jun 11 18:32:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@gina_content32 Tested two subject lines for our newsletter today. The plain one won again. growth lesson of the week. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610503252715076351"
          ],
          "editableUntil" : "2023-06-07T09:38:00.000Z",
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
                "72",
                "87"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1610503252715076351",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610503252715076351",
      "created_at" : "Wed Jun 07 09:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your SEO is only as good as the brief behind it. Write the brief first. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610499866324995148"
          ],
          "editableUntil" : "2023-06-07T10:57:00.000Z",
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
                "100",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1610499866324995148",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610499866324995148",
      "created_at" : "Wed Jun 07 10:27:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every social media decision easier. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610498142119948379"
          ],
          "editableUntil" : "2023-06-07T14:59:00.000Z",
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
                "101",
                "105"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ben Ecom83",
              "screen_name" : "ben_ecom83",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "857232940591647",
              "id" : "857232940591647"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1610498142119948379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610498142119948379",
      "created_at" : "Wed Jun 07 14:29:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ben_ecom83: Customer interviews > dashboards when you need to understand why a campaign flopped. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610495937772717209"
          ],
          "editableUntil" : "2023-06-06T16:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610495937772717209",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610495937772717209",
      "created_at" : "Tue Jun 06 16:42:00 +0000 2023",
      "favorited" : false,
      "full_text" : "The cat has decided my keyboard is her bed. Working from the sofa today 🐈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610488421081314467"
          ],
          "editableUntil" : "2023-06-05T09:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610488421081314467",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610488421081314467",
      "created_at" : "Mon Jun 05 09:49:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610481952432929705"
          ],
          "editableUntil" : "2023-06-02T20:31:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "109",
                "126"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Leo B2b25",
              "screen_name" : "leo_b2b25",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "5000490195155",
              "id" : "5000490195155"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "7",
      "id_str" : "1610481952432929705",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610481952432929705",
      "created_at" : "Fri Jun 02 20:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @leo_b2b25: We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610478660555001262"
          ],
          "editableUntil" : "2023-06-01T11:38:00.000Z",
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
                "85",
                "100"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "100"
      ],
      "favorite_count" : "15",
      "id_str" : "1610478660555001262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610478660555001262",
      "created_at" : "Thu Jun 01 11:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610473194762884046"
          ],
          "editableUntil" : "2023-05-25T09:59:00.000Z",
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
                "95",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1610473194762884046",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610473194762884046",
      "created_at" : "Thu May 25 09:39:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610471125698883698"
          ],
          "editableUntil" : "2023-05-24T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "103",
                "120"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Farid Design84",
              "screen_name" : "farid_design84",
              "indices" : [
                "3",
                "18"
              ],
              "id_str" : "1826235064142983535",
              "id" : "1826235064142983535"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1610471125698883698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610471125698883698",
      "created_at" : "Wed May 24 07:41:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @farid_design84: A/B test result: short video beat carousel for awareness, carousel won for clicks. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610469754567445235"
          ],
          "editableUntil" : "2023-05-23T15:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "124",
                "131"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ben Content1",
              "screen_name" : "ben_content1",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "8343389015253",
              "id" : "8343389015253"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "12",
      "id_str" : "1610469754567445235",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610469754567445235",
      "created_at" : "Tue May 23 15:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ben_content1: Three things every SEO plan needs before launch: a clear audience, one goal, and a budget you can defend. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610467984846598620"
          ],
          "editableUntil" : "2023-05-21T14:35:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/ykb6gx",
              "expanded_url" : "https://brightleaf.example/blog/4-21",
              "display_url" : "brightleaf.example/blog/4-21",
              "indices" : [
                "91",
                "110"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "1610467984846598620",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610467984846598620",
      "created_at" : "Sun May 21 14:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every SEO decision easier. https://t.co/ykb6gx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610459941148291258"
          ],
          "editableUntil" : "2023-05-21T09:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "95",
                "105"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1610459941148291258",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610459941148291258",
      "created_at" : "Sun May 21 09:59:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610455058225310050"
          ],
          "editableUntil" : "2023-05-19T10:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/ikzth4",
              "expanded_url" : "https://brightleaf.example/blog/4-19",
              "display_url" : "brightleaf.example/blog/4-19",
              "indices" : [
                "91",
                "110"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "1610455058225310050",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610455058225310050",
      "created_at" : "Fri May 19 10:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on growth from a small bakery: local SEO, reviews and one loyal audience. https://t.co/ikzth4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610453703063942425"
          ],
          "editableUntil" : "2023-05-19T09:58:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "94",
                "111"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/35i1lq4",
              "expanded_url" : "https://brightleaf.example/blog/4-19",
              "display_url" : "brightleaf.example/blog/4-19",
              "indices" : [
                "112",
                "132"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "13",
      "id_str" : "1610453703063942425",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610453703063942425",
      "created_at" : "Fri May 19 09:28:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #contentmarketing https://t.co/35i1lq4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610448837073957339"
          ],
          "editableUntil" : "2023-05-19T15:59:00.000Z",
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
                "103",
                "107"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3tw32kc",
              "expanded_url" : "https://brightleaf.example/blog/4-19",
              "display_url" : "brightleaf.example/blog/4-19",
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
      "id_str" : "1610448837073957339",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610448837073957339",
      "created_at" : "Fri May 19 15:29:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every email marketing decision easier. #SEO https://t.co/3tw32kc",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610440552045944712"
          ],
          "editableUntil" : "2023-05-15T19:59:00.000Z",
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
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610440552045944712",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610440552045944712",
      "created_at" : "Mon May 15 19:39:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610437105688972969"
          ],
          "editableUntil" : "2023-05-12T09:53:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1610437105688972969",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610437105688972969",
      "created_at" : "Fri May 12 09:23:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our growth mix. Segment your list and stop blasting everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610433485561270755"
          ],
          "editableUntil" : "2023-05-08T07:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "94",
                "111"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Cx40",
              "screen_name" : "nils_cx40",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "43221779144113237",
              "id" : "43221779144113237"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/16utku0",
              "expanded_url" : "https://brightleaf.example/blog/4-8",
              "display_url" : "brightleaf.example/blog/4-8",
              "indices" : [
                "112",
                "132"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1610433485561270738",
      "in_reply_to_user_id" : "43221779144113237",
      "in_reply_to_status_id" : "1610433485561270738",
      "in_reply_to_screen_name" : "nils_cx40",
      "in_reply_to_user_id_str" : "43221779144113237",
      "id_str" : "1610433485561270755",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610433485561270755",
      "created_at" : "Mon May 08 07:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@nils_cx40 A/B test result: short video beat carousel for awareness, carousel won for clicks. #contentmarketing https://t.co/16utku0",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610431184358318506"
          ],
          "editableUntil" : "2023-05-08T15:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "88",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/35u80zl",
              "expanded_url" : "https://brightleaf.example/blog/4-8",
              "display_url" : "brightleaf.example/blog/4-8",
              "indices" : [
                "99",
                "119"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "id_str" : "1610431184358318506",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610431184358318506",
      "created_at" : "Mon May 08 15:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #marketing https://t.co/35u80zl",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610424505173304888"
          ],
          "editableUntil" : "2023-05-07T17:49:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "100",
                "112"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "10",
      "id_str" : "1610424505173304888",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610424505173304888",
      "created_at" : "Sun May 07 17:19:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every social media decision easier. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610420007314366644"
          ],
          "editableUntil" : "2023-05-07T14:36:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "109",
                "121"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Jack Social93",
              "screen_name" : "jack_social93",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "877921988685183",
              "id" : "877921988685183"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/11db88v",
              "expanded_url" : "https://brightleaf.example/blog/4-7",
              "display_url" : "brightleaf.example/blog/4-7",
              "indices" : [
                "122",
                "142"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1610420007314366627",
      "in_reply_to_user_id" : "877921988685183",
      "in_reply_to_status_id" : "1610420007314366627",
      "in_reply_to_screen_name" : "jack_social93",
      "in_reply_to_user_id_str" : "877921988685183",
      "id_str" : "1610420007314366644",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610420007314366644",
      "created_at" : "Sun May 07 14:06:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@jack_social93 We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #socialmedia https://t.co/11db88v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610412316075010615"
          ],
          "editableUntil" : "2023-05-07T17:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Vik Pr15",
              "screen_name" : "vik_pr15",
              "indices" : [
                "0",
                "9"
              ],
              "id_str" : "813149517",
              "id" : "813149517"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1610412316075010598",
      "in_reply_to_user_id" : "813149517",
      "in_reply_to_status_id" : "1610412316075010598",
      "in_reply_to_screen_name" : "vik_pr15",
      "in_reply_to_user_id_str" : "813149517",
      "id_str" : "1610412316075010615",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610412316075010615",
      "created_at" : "Sun May 07 17:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@vik_pr15 Your branding is only as good as the brief behind it. Write the brief first.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610410686186393917"
          ],
          "editableUntil" : "2023-05-06T08:46:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1610410686186393917",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610410686186393917",
      "created_at" : "Sat May 06 08:16:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610409224706612585"
          ],
          "editableUntil" : "2023-05-05T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "91",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Farid Copy41",
              "screen_name" : "farid_copy41",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "177211743622672144",
              "id" : "177211743622672144"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1610409224706612568",
      "in_reply_to_user_id" : "177211743622672144",
      "in_reply_to_status_id" : "1610409224706612568",
      "in_reply_to_screen_name" : "farid_copy41",
      "in_reply_to_user_id_str" : "177211743622672144",
      "id_str" : "1610409224706612585",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610409224706612585",
      "created_at" : "Fri May 05 08:36:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@farid_copy41 Brand consistency is a growth lever: same voice, same colours, same promise. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610408641278455447"
          ],
          "editableUntil" : "2023-05-03T08:51:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "106",
                "113"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "11",
      "id_str" : "1610408641278455447",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610408641278455447",
      "created_at" : "Wed May 03 08:21:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every SEO plan needs before launch: a clear audience, one goal, and a budget you can defend. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610405001357279331"
          ],
          "editableUntil" : "2023-04-27T17:31:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610405001357279331",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610405001357279331",
      "created_at" : "Thu Apr 27 17:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610398602753650305"
          ],
          "editableUntil" : "2023-04-26T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "88",
                "97"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1610398602753650305",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610398602753650305",
      "created_at" : "Wed Apr 26 13:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on SEO from a small bakery: local SEO, reviews and one loyal audience. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610396250972761070"
          ],
          "editableUntil" : "2023-04-25T15:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/29rizmt",
              "expanded_url" : "https://brightleaf.example/blog/3-25",
              "display_url" : "brightleaf.example/blog/3-25",
              "indices" : [
                "109",
                "129"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1610396250972761070",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610396250972761070",
      "created_at" : "Tue Apr 25 15:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every growth plan needs before launch: a clear audience, one goal, and a budget you can defend. https://t.co/29rizmt",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610391562021347653"
          ],
          "editableUntil" : "2023-04-25T10:47:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "94",
                "101"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/48wy6w3",
              "expanded_url" : "https://brightleaf.example/blog/3-25",
              "display_url" : "brightleaf.example/blog/3-25",
              "indices" : [
                "102",
                "122"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "3",
      "id_str" : "1610391562021347653",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610391562021347653",
      "created_at" : "Tue Apr 25 10:17:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #growth https://t.co/48wy6w3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610387172047186620"
          ],
          "editableUntil" : "2023-04-22T10:59:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610387172047186620",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610387172047186620",
      "created_at" : "Sat Apr 22 10:33:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q2 is out. Fewer posts, better posts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610378383292284420"
          ],
          "editableUntil" : "2023-04-21T15:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610378383292284420",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610378383292284420",
      "created_at" : "Fri Apr 21 15:42:00 +0000 2023",
      "favorited" : false,
      "full_text" : "The cat has decided my keyboard is her bed. Working from the sofa today 🐈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610373947324965809"
          ],
          "editableUntil" : "2023-04-20T07:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "99",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Pablo Data98",
              "screen_name" : "pablo_data98",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "767955219014206847",
              "id" : "767955219014206847"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1610373947324965792",
      "in_reply_to_user_id" : "767955219014206847",
      "in_reply_to_status_id" : "1610373947324965792",
      "in_reply_to_screen_name" : "pablo_data98",
      "in_reply_to_user_id_str" : "767955219014206847",
      "id_str" : "1610373947324965809",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610373947324965809",
      "created_at" : "Thu Apr 20 07:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@pablo_data98 Customer interviews > dashboards when you need to understand why a campaign flopped. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610370092670353061"
          ],
          "editableUntil" : "2023-04-20T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "81",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/owsz9j",
              "expanded_url" : "https://brightleaf.example/blog/3-20",
              "display_url" : "brightleaf.example/blog/3-20",
              "indices" : [
                "99",
                "118"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "118"
      ],
      "favorite_count" : "16",
      "id_str" : "1610370092670353061",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610370092670353061",
      "created_at" : "Thu Apr 20 14:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your social media is only as good as the brief behind it. Write the brief first. #digitalmarketing https://t.co/owsz9j",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610367163753041653"
          ],
          "editableUntil" : "2023-04-20T09:42:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            },
            {
              "text" : "marketing",
              "indices" : [
                "97",
                "107"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1610367163753041653",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610367163753041653",
      "created_at" : "Thu Apr 20 09:12:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610365169458234720"
          ],
          "editableUntil" : "2023-04-14T11:59:00.000Z",
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
                "91",
                "106"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2ic6mev",
              "expanded_url" : "https://brightleaf.example/blog/3-14",
              "display_url" : "brightleaf.example/blog/3-14",
              "indices" : [
                "107",
                "127"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "id_str" : "1610365169458234720",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610365169458234720",
      "created_at" : "Fri Apr 14 11:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our SEO mix. Segment your list and stop blasting everyone. #emailmarketing https://t.co/2ic6mev",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610357410344481366"
          ],
          "editableUntil" : "2023-04-14T08:36:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "94",
                "101"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Olga Content89",
              "screen_name" : "olga_content89",
              "indices" : [
                "0",
                "15"
              ],
              "id_str" : "7631129794",
              "id" : "7631129794"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "16",
      "in_reply_to_status_id_str" : "1610357410344481349",
      "in_reply_to_user_id" : "7631129794",
      "in_reply_to_status_id" : "1610357410344481349",
      "in_reply_to_screen_name" : "olga_content89",
      "in_reply_to_user_id_str" : "7631129794",
      "id_str" : "1610357410344481366",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610357410344481366",
      "created_at" : "Fri Apr 14 08:06:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@olga_content89 Your marketing is only as good as the brief behind it. Write the brief first. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610350329620505808"
          ],
          "editableUntil" : "2023-04-10T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "110",
                "127"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Uma Seo23",
              "screen_name" : "uma_seo23",
              "indices" : [
                "3",
                "13"
              ],
              "id_str" : "78707048953451755",
              "id" : "78707048953451755"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "8",
      "id_str" : "1610350329620505808",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610350329620505808",
      "created_at" : "Mon Apr 10 08:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @uma_seo23: If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610345453133807288"
          ],
          "editableUntil" : "2023-04-08T08:59:00.000Z",
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
                "98",
                "102"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Pr2",
              "screen_name" : "nils_pr2",
              "indices" : [
                "3",
                "12"
              ],
              "id_str" : "1686197230406",
              "id" : "1686197230406"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1610345453133807288",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610345453133807288",
      "created_at" : "Sat Apr 08 08:38:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @nils_pr2: Your email marketing is only as good as the brief behind it. Write the brief first. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610340147950164184"
          ],
          "editableUntil" : "2023-04-07T11:59:00.000Z",
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
                "83",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "13",
      "id_str" : "1610340147950164184",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610340147950164184",
      "created_at" : "Fri Apr 07 11:46:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610335428265649877"
          ],
          "editableUntil" : "2023-04-05T18:33:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "91",
                "108"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1610335428265649877",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610335428265649877",
      "created_at" : "Wed Apr 05 18:03:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on growth from a small bakery: local SEO, reviews and one loyal audience. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610328274806092499"
          ],
          "editableUntil" : "2023-04-05T16:59:00.000Z",
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
        "81"
      ],
      "favorite_count" : "13",
      "id_str" : "1610328274806092499",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610328274806092499",
      "created_at" : "Wed Apr 05 16:46:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610320216573040580"
          ],
          "editableUntil" : "2023-04-04T20:50:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "114",
                "123"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Cx29",
              "screen_name" : "nils_cx29",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "348802325871418",
              "id" : "348802325871418"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1610320216573040563",
      "in_reply_to_user_id" : "348802325871418",
      "in_reply_to_status_id" : "1610320216573040563",
      "in_reply_to_screen_name" : "nils_cx29",
      "in_reply_to_user_id_str" : "348802325871418",
      "id_str" : "1610320216573040580",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610320216573040580",
      "created_at" : "Tue Apr 04 20:20:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@nils_cx29 Email still has the best ROI in our email marketing mix. Segment your list and stop blasting everyone. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610311625866232159"
          ],
          "editableUntil" : "2023-03-27T10:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "82",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2cbgdxi",
              "expanded_url" : "https://brightleaf.example/blog/2-27",
              "display_url" : "brightleaf.example/blog/2-27",
              "indices" : [
                "100",
                "120"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1610311625866232159",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610311625866232159",
      "created_at" : "Mon Mar 27 10:47:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #contentmarketing https://t.co/2cbgdxi",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610310974281477591"
          ],
          "editableUntil" : "2023-03-27T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "114",
                "131"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2dvtsdd",
              "expanded_url" : "https://brightleaf.example/blog/2-27",
              "display_url" : "brightleaf.example/blog/2-27",
              "indices" : [
                "132",
                "152"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "152"
      ],
      "favorite_count" : "16",
      "id_str" : "1610310974281477591",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610310974281477591",
      "created_at" : "Mon Mar 27 13:59:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. content marketing lesson of the week. #digitalmarketing https://t.co/2dvtsdd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610307986298495027"
          ],
          "editableUntil" : "2023-03-25T12:34:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1610307986298495027",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610307986298495027",
      "created_at" : "Sat Mar 25 12:04:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610304714520574961"
          ],
          "editableUntil" : "2023-03-25T07:56:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1610304714520574961",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610304714520574961",
      "created_at" : "Sat Mar 25 07:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610304699956672079"
          ],
          "editableUntil" : "2023-03-25T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "94",
                "111"
              ]
            },
            {
              "text" : "branding",
              "indices" : [
                "112",
                "121"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Dev Content62",
              "screen_name" : "dev_content62",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "559228361767430",
              "id" : "559228361767430"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "1610304699956672062",
      "in_reply_to_user_id" : "559228361767430",
      "in_reply_to_status_id" : "1610304699956672062",
      "in_reply_to_screen_name" : "dev_content62",
      "in_reply_to_user_id_str" : "559228361767430",
      "id_str" : "1610304699956672079",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610304699956672079",
      "created_at" : "Sat Mar 25 07:48:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@dev_content62 Content that answers real customer questions beats clever slogans. Every time. #contentmarketing #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610303043607462600"
          ],
          "editableUntil" : "2023-03-24T07:59:00.000Z",
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
                "114",
                "129"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Rosa Growth52",
              "screen_name" : "rosa_growth52",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "5098277046942",
              "id" : "5098277046942"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "10",
      "id_str" : "1610303043607462600",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610303043607462600",
      "created_at" : "Fri Mar 24 07:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @rosa_growth52: If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610296535703240590"
          ],
          "editableUntil" : "2023-03-24T17:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Uma Content47",
              "screen_name" : "uma_content47",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "225099433400",
              "id" : "225099433400"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1610296535703240573",
      "in_reply_to_user_id" : "225099433400",
      "in_reply_to_status_id" : "1610296535703240573",
      "in_reply_to_screen_name" : "uma_content47",
      "in_reply_to_user_id_str" : "225099433400",
      "id_str" : "1610296535703240590",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610296535703240590",
      "created_at" : "Fri Mar 24 17:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@uma_content47 Email still has the best ROI in our SEO mix. Segment your list and stop blasting everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610291729000455514"
          ],
          "editableUntil" : "2023-03-21T07:59:00.000Z",
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
                "129",
                "144"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Dev Email99",
              "screen_name" : "dev_email99",
              "indices" : [
                "3",
                "15"
              ],
              "id_str" : "320692823927368",
              "id" : "320692823927368"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "8",
      "id_str" : "1610291729000455514",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610291729000455514",
      "created_at" : "Tue Mar 21 07:56:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @dev_email99: Tested two subject lines for our newsletter today. The plain one won again. email marketing lesson of the week. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610288370376365869"
          ],
          "editableUntil" : "2023-03-18T12:59:00.000Z",
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
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610288370376365869",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610288370376365869",
      "created_at" : "Sat Mar 18 12:48:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610284817010876197"
          ],
          "editableUntil" : "2023-03-16T10:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/2tansam",
              "expanded_url" : "https://brightleaf.example/blog/2-16",
              "display_url" : "brightleaf.example/blog/2-16",
              "indices" : [
                "85",
                "105"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1610284817010876197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610284817010876197",
      "created_at" : "Thu Mar 16 10:58:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Customer interviews > dashboards when you need to understand why a campaign flopped. https://t.co/2tansam",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610276727751039496"
          ],
          "editableUntil" : "2023-03-15T12:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "72",
                "82"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "14",
      "id_str" : "1610276727751039496",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610276727751039496",
      "created_at" : "Wed Mar 15 12:33:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your SEO is only as good as the brief behind it. Write the brief first. #marketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610273585348990262"
          ],
          "editableUntil" : "2023-03-15T17:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "97",
                "114"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1610273585348990262",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610273585348990262",
      "created_at" : "Wed Mar 15 17:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Great case study on social media from a small bakery: local SEO, reviews and one loyal audience. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610270147099012667"
          ],
          "editableUntil" : "2023-03-15T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "96",
                "105"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "105"
      ],
      "favorite_count" : "3",
      "id_str" : "1610270147099012667",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610270147099012667",
      "created_at" : "Wed Mar 15 20:49:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every branding decision easier. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610264368478302076"
          ],
          "editableUntil" : "2023-03-14T17:59:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/3gt05w",
              "expanded_url" : "https://brightleaf.example/blog/2-14",
              "display_url" : "brightleaf.example/blog/2-14",
              "indices" : [
                "88",
                "107"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1610264368478302076",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610264368478302076",
      "created_at" : "Tue Mar 14 17:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? https://t.co/3gt05w",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610257582168126924"
          ],
          "editableUntil" : "2023-03-10T14:35:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "82",
                "94"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/414w486",
              "expanded_url" : "https://brightleaf.example/blog/2-10",
              "display_url" : "brightleaf.example/blog/2-10",
              "indices" : [
                "95",
                "115"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1610257582168126924",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610257582168126924",
      "created_at" : "Fri Mar 10 14:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #socialmedia https://t.co/414w486",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610252856059546881"
          ],
          "editableUntil" : "2023-03-05T19:56:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610252856059546881",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610252856059546881",
      "created_at" : "Sun Mar 05 19:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610250735282779884"
          ],
          "editableUntil" : "2023-03-05T08:39:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "115",
                "132"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami B2b95",
              "screen_name" : "sami_b2b95",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "79122191396",
              "id" : "79122191396"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "13",
      "id_str" : "1610250735282779884",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610250735282779884",
      "created_at" : "Sun Mar 05 08:09:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sami_b2b95: Positioning is choosing who you are NOT for. Hard, but it makes every advertising decision easier. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610243256181269315"
          ],
          "editableUntil" : "2023-03-04T13:44:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "88",
                "100"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/181o59z",
              "expanded_url" : "https://brightleaf.example/blog/2-4",
              "display_url" : "brightleaf.example/blog/2-4",
              "indices" : [
                "101",
                "121"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "2",
      "id_str" : "1610243256181269315",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610243256181269315",
      "created_at" : "Sat Mar 04 13:14:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #socialmedia https://t.co/181o59z",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610234335064147534"
          ],
          "editableUntil" : "2023-03-03T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Jack Social93",
              "screen_name" : "jack_social93",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "877921988685183",
              "id" : "877921988685183"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "91"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1610234335064147517",
      "in_reply_to_user_id" : "877921988685183",
      "in_reply_to_status_id" : "1610234335064147517",
      "in_reply_to_screen_name" : "jack_social93",
      "in_reply_to_user_id_str" : "877921988685183",
      "id_str" : "1610234335064147534",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610234335064147534",
      "created_at" : "Fri Mar 03 11:45:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@jack_social93 Brand consistency is a growth lever: same voice, same colours, same promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610229647558891560"
          ],
          "editableUntil" : "2023-03-02T16:58:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610229647558891560",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610229647558891560",
      "created_at" : "Thu Mar 02 16:28:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610227205317133773"
          ],
          "editableUntil" : "2023-02-26T09:41:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/a20sf6",
              "expanded_url" : "https://brightleaf.example/blog/1-26",
              "display_url" : "brightleaf.example/blog/1-26",
              "indices" : [
                "75",
                "94"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610227205317133773",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610227205317133773",
      "created_at" : "Sun Feb 26 09:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Your growth is only as good as the brief behind it. Write the brief first. https://t.co/a20sf6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610226781532729490"
          ],
          "editableUntil" : "2023-02-24T14:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "marketing",
              "indices" : [
                "88",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ben B2b18",
              "screen_name" : "ben_b2b18",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "5311428194018",
              "id" : "5311428194018"
            }
          ],
        "urls" : [
            {
              "url" : "https://t.co/2nylmor",
              "expanded_url" : "https://brightleaf.example/blog/1-24",
              "display_url" : "brightleaf.example/blog/1-24",
              "indices" : [
                "99",
                "119"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "1610226781532729473",
      "in_reply_to_user_id" : "5311428194018",
      "in_reply_to_status_id" : "1610226781532729473",
      "in_reply_to_screen_name" : "ben_b2b18",
      "in_reply_to_user_id_str" : "5311428194018",
      "id_str" : "1610226781532729490",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610226781532729490",
      "created_at" : "Fri Feb 24 14:43:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@ben_b2b18 Brand consistency is a growth lever: same voice, same colours, same promise. #marketing https://t.co/2nylmor",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610220228032131147"
          ],
          "editableUntil" : "2023-02-23T12:38:00.000Z",
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
        "102"
      ],
      "favorite_count" : "0",
      "id_str" : "1610220228032131147",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610220228032131147",
      "created_at" : "Thu Feb 23 12:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every email marketing decision easier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610212928710705123"
          ],
          "editableUntil" : "2023-02-22T08:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Quinn Cx98",
              "screen_name" : "quinn_cx98",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "2428832267533",
              "id" : "2428832267533"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1610212928710705106",
      "in_reply_to_user_id" : "2428832267533",
      "in_reply_to_status_id" : "1610212928710705106",
      "in_reply_to_screen_name" : "quinn_cx98",
      "in_reply_to_user_id_str" : "2428832267533",
      "id_str" : "1610212928710705123",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610212928710705123",
      "created_at" : "Wed Feb 22 08:51:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@quinn_cx98 If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610207280982663887"
          ],
          "editableUntil" : "2023-02-21T16:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "106",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ben Cx42",
              "screen_name" : "ben_cx42",
              "indices" : [
                "0",
                "9"
              ],
              "id_str" : "6230148228182",
              "id" : "6230148228182"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1610207280982663870",
      "in_reply_to_user_id" : "6230148228182",
      "in_reply_to_status_id" : "1610207280982663870",
      "in_reply_to_screen_name" : "ben_cx42",
      "in_reply_to_user_id_str" : "6230148228182",
      "id_str" : "1610207280982663887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610207280982663887",
      "created_at" : "Tue Feb 21 16:35:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@ben_cx42 Great case study on advertising from a small bakery: local SEO, reviews and one loyal audience. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610203723919848485"
          ],
          "editableUntil" : "2023-02-18T08:30:00.000Z",
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
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610203723919848485",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610203723919848485",
      "created_at" : "Sat Feb 18 08:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "If your funnel leaks at the first step, more ads will not fix it. Start with the landing page.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610202099955261021"
          ],
          "editableUntil" : "2023-02-17T17:40:00.000Z",
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
                "105",
                "120"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Pablo Copy31",
              "screen_name" : "pablo_copy31",
              "indices" : [
                "0",
                "13"
              ],
              "id_str" : "125024157606534",
              "id" : "125024157606534"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "1610202099955261004",
      "in_reply_to_user_id" : "125024157606534",
      "in_reply_to_status_id" : "1610202099955261004",
      "in_reply_to_screen_name" : "pablo_copy31",
      "in_reply_to_user_id_str" : "125024157606534",
      "id_str" : "1610202099955261021",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610202099955261021",
      "created_at" : "Fri Feb 17 17:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@pablo_copy31 Great case study on growth from a small bakery: local SEO, reviews and one loyal audience. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610194220310565985"
          ],
          "editableUntil" : "2023-02-16T11:59:00.000Z",
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
      "id_str" : "1610194220310565985",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610194220310565985",
      "created_at" : "Thu Feb 16 11:51:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Reading a novel about lighthouses this week. Highly recommend slowing down.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610187358964279741"
          ],
          "editableUntil" : "2023-02-15T10:59:00.000Z",
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
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1610187358964279741",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610187358964279741",
      "created_at" : "Wed Feb 15 10:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Made my grandmother's lemon cake recipe and somehow it worked first try 🍋",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610184080346420602"
          ],
          "editableUntil" : "2023-02-13T19:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "106",
                "123"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami B2b7",
              "screen_name" : "sami_b2b7",
              "indices" : [
                "0",
                "10"
              ],
              "id_str" : "5013065912752301",
              "id" : "5013065912752301"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "in_reply_to_status_id_str" : "1610184080346420585",
      "in_reply_to_user_id" : "5013065912752301",
      "in_reply_to_status_id" : "1610184080346420585",
      "in_reply_to_screen_name" : "sami_b2b7",
      "in_reply_to_user_id_str" : "5013065912752301",
      "id_str" : "1610184080346420602",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610184080346420602",
      "created_at" : "Mon Feb 13 19:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@sami_b2b7 If your funnel leaks at the first step, more ads will not fix it. Start with the landing page. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610183170515500600"
          ],
          "editableUntil" : "2023-02-13T18:32:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "107",
                "114"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Sami Seo26",
              "screen_name" : "sami_seo26",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "5527874430650303",
              "id" : "5527874430650303"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "12",
      "id_str" : "1610183170515500600",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610183170515500600",
      "created_at" : "Mon Feb 13 18:02:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @sami_seo26: Email still has the best ROI in our SEO mix. Segment your list and stop blasting everyone. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610176132075535516"
          ],
          "editableUntil" : "2023-02-08T11:57:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "98",
                "115"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Hugo Design65",
              "screen_name" : "hugo_design65",
              "indices" : [
                "0",
                "14"
              ],
              "id_str" : "14251889",
              "id" : "14251889"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "in_reply_to_status_id_str" : "1610176132075535499",
      "in_reply_to_user_id" : "14251889",
      "in_reply_to_status_id" : "1610176132075535499",
      "in_reply_to_screen_name" : "hugo_design65",
      "in_reply_to_user_id_str" : "14251889",
      "id_str" : "1610176132075535516",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610176132075535516",
      "created_at" : "Wed Feb 08 11:27:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@hugo_design65 A/B test result: short video beat carousel for awareness, carousel won for clicks. #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610170410364201735"
          ],
          "editableUntil" : "2023-02-08T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "digitalmarketing",
              "indices" : [
                "106",
                "123"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Ben Social96",
              "screen_name" : "ben_social96",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "2363575292",
              "id" : "2363575292"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "4",
      "id_str" : "1610170410364201735",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610170410364201735",
      "created_at" : "Wed Feb 08 07:51:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @ben_social96: Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #digitalmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610168654108776488"
          ],
          "editableUntil" : "2023-02-08T16:54:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1610168654108776488",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610168654108776488",
      "created_at" : "Wed Feb 08 16:24:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610165450568601662"
          ],
          "editableUntil" : "2023-02-06T15:48:00.000Z",
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
                "130",
                "145"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Dev Ecom42",
              "screen_name" : "dev_ecom42",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "51492616267172",
              "id" : "51492616267172"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "9",
      "id_str" : "1610165450568601662",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610165450568601662",
      "created_at" : "Mon Feb 06 15:18:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @dev_ecom42: Tested two subject lines for our newsletter today. The plain one won again. content marketing lesson of the week. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610156597486710752"
          ],
          "editableUntil" : "2023-02-06T13:31:00.000Z",
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
                "82",
                "97"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Quinn Email16",
              "screen_name" : "quinn_email16",
              "indices" : [
                "3",
                "17"
              ],
              "id_str" : "49010764",
              "id" : "49010764"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "97"
      ],
      "favorite_count" : "12",
      "id_str" : "1610156597486710752",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610156597486710752",
      "created_at" : "Mon Feb 06 13:01:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @quinn_email16: Our content calendar for Q1 is out. Fewer posts, better posts. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610152649207795100"
          ],
          "editableUntil" : "2023-02-04T08:39:00.000Z",
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
        "76"
      ],
      "favorite_count" : "8",
      "id_str" : "1610152649207795100",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610152649207795100",
      "created_at" : "Sat Feb 04 08:09:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610150448654952131"
          ],
          "editableUntil" : "2023-02-04T19:41:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/3pg8qyx",
              "expanded_url" : "https://brightleaf.example/blog/1-4",
              "display_url" : "brightleaf.example/blog/1-4",
              "indices" : [
                "112",
                "132"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "13",
      "id_str" : "1610150448654952131",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610150448654952131",
      "created_at" : "Sat Feb 04 19:11:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every marketing plan needs before launch: a clear audience, one goal, and a budget you can defend. https://t.co/3pg8qyx",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610141598961112838"
          ],
          "editableUntil" : "2023-02-03T16:59:00.000Z",
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
        "82"
      ],
      "favorite_count" : "14",
      "id_str" : "1610141598961112838",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610141598961112838",
      "created_at" : "Fri Feb 03 16:49:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610138157002453021"
          ],
          "editableUntil" : "2023-02-03T14:59:00.000Z",
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
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1610138157002453021",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610138157002453021",
      "created_at" : "Fri Feb 03 14:50:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every content marketing decision easier.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610134181694461338"
          ],
          "editableUntil" : "2023-02-03T11:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "77",
                "86"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/1idovf",
              "expanded_url" : "https://brightleaf.example/blog/1-3",
              "display_url" : "brightleaf.example/blog/1-3",
              "indices" : [
                "87",
                "106"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "4",
      "id_str" : "1610134181694461338",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610134181694461338",
      "created_at" : "Fri Feb 03 11:39:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #branding https://t.co/1idovf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610126795125034052"
          ],
          "editableUntil" : "2023-01-28T16:37:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "88",
                "95"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/v3ttr9",
              "expanded_url" : "https://brightleaf.example/blog/0-28",
              "display_url" : "brightleaf.example/blog/0-28",
              "indices" : [
                "96",
                "115"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "115"
      ],
      "favorite_count" : "13",
      "id_str" : "1610126795125034052",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610126795125034052",
      "created_at" : "Sat Jan 28 16:07:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Engagement is a vanity metric until you tie it to a conversion. What are you measuring? #growth https://t.co/v3ttr9",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610119114249673435"
          ],
          "editableUntil" : "2023-01-27T18:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "99",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1610119114249673435",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610119114249673435",
      "created_at" : "Fri Jan 27 18:58:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Positioning is choosing who you are NOT for. Hard, but it makes every advertising decision easier. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610111848933688514"
          ],
          "editableUntil" : "2023-01-27T13:59:00.000Z",
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
                "118",
                "133"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Xavi Brand57",
              "screen_name" : "xavi_brand57",
              "indices" : [
                "3",
                "16"
              ],
              "id_str" : "44337395",
              "id" : "44337395"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "133"
      ],
      "favorite_count" : "14",
      "id_str" : "1610111848933688514",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610111848933688514",
      "created_at" : "Fri Jan 27 13:36:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @xavi_brand57: Great case study on email marketing from a small bakery: local SEO, reviews and one loyal audience. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610106438322152919"
          ],
          "editableUntil" : "2023-01-25T18:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "branding",
              "indices" : [
                "77",
                "86"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "1",
      "id_str" : "1610106438322152919",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610106438322152919",
      "created_at" : "Wed Jan 25 18:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #branding",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610099748760500658"
          ],
          "editableUntil" : "2023-01-25T12:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "82",
                "94"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610099748760500658",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610099748760500658",
      "created_at" : "Wed Jan 25 12:54:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #socialmedia",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610095960990067388"
          ],
          "editableUntil" : "2023-01-24T08:59:00.000Z",
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
                "83",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "13",
      "id_str" : "1610095960990067388",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610095960990067388",
      "created_at" : "Tue Jan 24 08:31:00 +0000 2023",
      "favorited" : false,
      "full_text" : "A/B test result: short video beat carousel for awareness, carousel won for clicks. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610089055020072875"
          ],
          "editableUntil" : "2023-01-22T14:56:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "97",
                "104"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "2",
      "id_str" : "1610089055020072875",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610089055020072875",
      "created_at" : "Sun Jan 22 14:26:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Email still has the best ROI in our marketing mix. Segment your list and stop blasting everyone. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610080188550369732"
          ],
          "editableUntil" : "2023-01-20T14:53:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "socialmedia",
              "indices" : [
                "77",
                "89"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/3wfa3k7",
              "expanded_url" : "https://brightleaf.example/blog/0-20",
              "display_url" : "brightleaf.example/blog/0-20",
              "indices" : [
                "90",
                "110"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "8",
      "id_str" : "1610080188550369732",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610080188550369732",
      "created_at" : "Fri Jan 20 14:23:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #socialmedia https://t.co/3wfa3k7",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610079230619250120"
          ],
          "editableUntil" : "2023-01-20T13:40:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "82",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [
            {
              "url" : "https://t.co/2uo8osu",
              "expanded_url" : "https://brightleaf.example/blog/0-20",
              "display_url" : "brightleaf.example/blog/0-20",
              "indices" : [
                "100",
                "120"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "1",
      "id_str" : "1610079230619250120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610079230619250120",
      "created_at" : "Fri Jan 20 13:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #contentmarketing https://t.co/2uo8osu",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610074113071238737"
          ],
          "editableUntil" : "2023-01-19T09:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "99",
                "116"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Nils Seo45",
              "screen_name" : "nils_seo45",
              "indices" : [
                "3",
                "14"
              ],
              "id_str" : "19222336",
              "id" : "19222336"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "14",
      "id_str" : "1610074113071238737",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610074113071238737",
      "created_at" : "Thu Jan 19 09:40:00 +0000 2023",
      "favorited" : false,
      "full_text" : "RT @nils_seo45: A/B test result: short video beat carousel for awareness, carousel won for clicks. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610066945245898431"
          ],
          "editableUntil" : "2023-01-18T13:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Dev Ecom42",
              "screen_name" : "dev_ecom42",
              "indices" : [
                "0",
                "11"
              ],
              "id_str" : "51492616267172",
              "id" : "51492616267172"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "1610066945245898414",
      "in_reply_to_user_id" : "51492616267172",
      "in_reply_to_status_id" : "1610066945245898414",
      "in_reply_to_screen_name" : "dev_ecom42",
      "in_reply_to_user_id_str" : "51492616267172",
      "id_str" : "1610066945245898431",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610066945245898431",
      "created_at" : "Wed Jan 18 13:55:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@dev_ecom42 Tested two subject lines for our newsletter today. The plain one won again. content marketing lesson of the week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610061412241138000"
          ],
          "editableUntil" : "2023-01-15T09:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Chloe Content19",
              "screen_name" : "chloe_content19",
              "indices" : [
                "0",
                "16"
              ],
              "id_str" : "8788428938579",
              "id" : "8788428938579"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "in_reply_to_status_id_str" : "1610061412241137983",
      "in_reply_to_user_id" : "8788428938579",
      "in_reply_to_status_id" : "1610061412241137983",
      "in_reply_to_screen_name" : "chloe_content19",
      "in_reply_to_user_id_str" : "8788428938579",
      "id_str" : "1610061412241138000",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610061412241138000",
      "created_at" : "Sun Jan 15 09:47:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@chloe_content19 A/B test result: short video beat carousel for awareness, carousel won for clicks.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610055343974814753"
          ],
          "editableUntil" : "2023-01-15T09:59:00.000Z",
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
                "96",
                "111"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [
            {
              "name" : "Pablo Seo55",
              "screen_name" : "pablo_seo55",
              "indices" : [
                "0",
                "12"
              ],
              "id_str" : "119411656714429",
              "id" : "119411656714429"
            }
          ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1610055343974814736",
      "in_reply_to_user_id" : "119411656714429",
      "in_reply_to_status_id" : "1610055343974814736",
      "in_reply_to_screen_name" : "pablo_seo55",
      "in_reply_to_user_id_str" : "119411656714429",
      "id_str" : "1610055343974814753",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610055343974814753",
      "created_at" : "Sun Jan 15 09:31:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@pablo_seo55 A/B test result: short video beat carousel for awareness, carousel won for clicks. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610050830379499681"
          ],
          "editableUntil" : "2023-01-14T16:59:00.000Z",
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
                "94",
                "98"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "98"
      ],
      "favorite_count" : "13",
      "id_str" : "1610050830379499681",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610050830379499681",
      "created_at" : "Sat Jan 14 16:46:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend. #SEO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610047133461876430"
          ],
          "editableUntil" : "2023-01-14T19:38:00.000Z",
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
                "63",
                "78"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "10",
      "id_str" : "1610047133461876430",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610047133461876430",
      "created_at" : "Sat Jan 14 19:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Our content calendar for Q1 is out. Fewer posts, better posts. #emailmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610045984840845608"
          ],
          "editableUntil" : "2023-01-14T20:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "77",
                "94"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "94"
      ],
      "favorite_count" : "9",
      "id_str" : "1610045984840845608",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610045984840845608",
      "created_at" : "Sat Jan 14 20:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Brand consistency is a growth lever: same voice, same colours, same promise. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610043704745844659"
          ],
          "editableUntil" : "2023-01-13T18:44:00.000Z",
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
        "62"
      ],
      "favorite_count" : "11",
      "id_str" : "1610043704745844659",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610043704745844659",
      "created_at" : "Fri Jan 13 18:14:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Finally planted the tomatoes. Ask me in August how that went 🍅",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610039347552471287"
          ],
          "editableUntil" : "2023-01-13T15:47:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "growth",
              "indices" : [
                "100",
                "107"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "5",
      "id_str" : "1610039347552471287",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1610039347552471287",
      "created_at" : "Fri Jan 13 15:17:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Tested two subject lines for our newsletter today. The plain one won again. SEO lesson of the week. #growth",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610036278315101921"
          ],
          "editableUntil" : "2023-01-10T07:59:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "79",
                "96"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "1610036278315101921",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1610036278315101921",
      "created_at" : "Tue Jan 10 07:57:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Content that answers real customer questions beats clever slogans. Every time. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610028713854370861"
          ],
          "editableUntil" : "2023-01-09T15:49:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
            {
              "text" : "contentmarketing",
              "indices" : [
                "82",
                "99"
              ]
            }
          ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ ]
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "14",
      "id_str" : "1610028713854370861",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "1610028713854370861",
      "created_at" : "Mon Jan 09 15:19:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Quick SEO audit checklist: titles, internal links, page speed, and search intent. #contentmarketing",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610020873704719036"
          ],
          "editableUntil" : "2023-01-07T13:40:00.000Z",
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
        "108"
      ],
      "favorite_count" : "6",
      "id_str" : "1610020873704719036",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610020873704719036",
      "created_at" : "Sat Jan 07 13:10:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every growth plan needs before launch: a clear audience, one goal, and a budget you can defend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610013460984104412"
          ],
          "editableUntil" : "2023-01-04T14:38:00.000Z",
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
        "93"
      ],
      "favorite_count" : "8",
      "id_str" : "1610013460984104412",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "1610013460984104412",
      "created_at" : "Wed Jan 04 14:08:00 +0000 2023",
      "favorited" : false,
      "full_text" : "We cut the campaign budget by 20% and conversions went up. Targeting matters more than spend.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610007918177313051"
          ],
          "editableUntil" : "2023-01-04T14:36:00.000Z",
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
        "urls" : [
            {
              "url" : "https://t.co/367fqa0",
              "expanded_url" : "https://brightleaf.example/blog/0-4",
              "display_url" : "brightleaf.example/blog/0-4",
              "indices" : [
                "115",
                "135"
              ]
            }
          ]
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "16",
      "id_str" : "1610007918177313051",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610007918177313051",
      "created_at" : "Wed Jan 04 14:06:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Three things every social media plan needs before launch: a clear audience, one goal, and a budget you can defend. https://t.co/367fqa0",
      "lang" : "en"
    }
  }
]
