window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850000000000000001"
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
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://x.com/maya_lindqvist/status/1850000000000000001/photo/1",
            "indices" : [
              "20",
              "43"
            ],
            "url" : "https://t.co/AbCdEf1234",
            "media_url" : "http://pbs.twimg.com/media/Fx1.jpg",
            "id_str" : "9001",
            "id" : "9001",
            "media_url_https" : "https://pbs.twimg.com/media/Fx1.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/AbCdEf1234"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "0",
      "id_str" : "1850000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850000000000000001",
      "created_at" : "Tue Oct 01 06:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Lovely morning run by the river 🏃‍♀️ https://t.co/AbCdEf1234",
      "lang" : "en",
      "extended_entities" : {
        "media" : [
          {
            "expanded_url" : "https://x.com/maya_lindqvist/status/1850000000000000001/photo/1",
            "indices" : [
              "20",
              "43"
            ],
            "url" : "https://t.co/AbCdEf1234",
            "media_url" : "http://pbs.twimg.com/media/Fx1.jpg",
            "id_str" : "9001",
            "id" : "9001",
            "media_url_https" : "https://pbs.twimg.com/media/Fx1.jpg",
            "type" : "photo",
            "display_url" : "pic.x.com/AbCdEf1234"
          }
        ]
      }
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850000000000000002"
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
        "user_mentions" : [
          {
            "name" : "Jordan Reece",
            "screen_name" : "j_reece88",
            "indices" : [
              "0",
              "9"
            ],
            "id_str" : "2002",
            "id" : "2002"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1850000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850000000000000002",
      "created_at" : "Wed Oct 09 21:14:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@j_reece88 please stop contacting me. I have asked you many times.",
      "lang" : "en",
      "in_reply_to_status_id_str" : "1849999999999999999",
      "in_reply_to_status_id" : "1849999999999999999",
      "in_reply_to_user_id" : "2002",
      "in_reply_to_user_id_str" : "2002",
      "in_reply_to_screen_name" : "j_reece88"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1850000000000000003"
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
        "68"
      ],
      "favorite_count" : "0",
      "id_str" : "1850000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1850000000000000003",
      "created_at" : "Fri Oct 11 18:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Taking a break from here for a while. Zoë, Łukasz, 友達 — thank you ❤️",
      "lang" : "en"
    }
  }
]