window.YTD.direct_messages.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1001-2002",
      "messages" : [
        {
          "messageCreate" : {
            "recipientId" : "1001",
            "reactions" : [],
            "urls" : [],
            "text" : "You can block me all you want. I saw you at the café on Elm Street yesterday.",
            "mediaUrls" : [],
            "senderId" : "2002",
            "id" : "7000000000000000003",
            "createdAt" : "2026-10-10T22:01:00.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "2002",
            "reactions" : [
              {
                "senderId" : "2002",
                "reactionKey" : "laugh",
                "eventId" : "8000000000000000001",
                "createdAt" : "2026-10-10T21:59:00.000Z"
              }
            ],
            "urls" : [],
            "text" : "Please leave me alone.",
            "mediaUrls" : [],
            "senderId" : "1001",
            "id" : "7000000000000000002",
            "createdAt" : "2026-10-10T21:58:30.000Z"
          }
        },
        {
          "messageCreate" : {
            "recipientId" : "1001",
            "reactions" : [],
            "urls" : [],
            "text" : "Answer me. Now.",
            "mediaUrls" : [
              "https://ton.x.com/dm/7000000000000000001/1/photo.png"
            ],
            "senderId" : "2002",
            "id" : "7000000000000000001",
            "createdAt" : "2026-10-10T21:55:00.000Z"
          }
        }
      ]
    }
  }
]