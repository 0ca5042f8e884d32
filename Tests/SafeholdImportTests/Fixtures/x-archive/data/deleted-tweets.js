window.YTD.deleted_tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850000000000000004"
          ],
          "editableUntil" : "2026-10-01T10:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1850000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850000000000000004",
      "created_at" : "Sat Oct 12 23:40:00 +0000 2026",
      "favorited" : false,
      "full_text" : "I can't believe what he wrote tonight",
      "lang" : "en",
      "deleted_at" : "Sun Oct 13 08:00:00 +0000 2026"
    }
  }
]