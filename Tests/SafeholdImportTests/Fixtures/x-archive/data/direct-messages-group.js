window.YTD.direct_messages_group.part0 = [
  {
    "dmConversation" : {
      "conversationId" : "1500000000000000000",
      "messages" : [
        {
          "messageCreate" : {
            "reactions" : [],
            "urls" : [],
            "text" : "Everyone knows what she did",
            "mediaUrls" : [],
            "senderId" : "3003",
            "id" : "7100000000000000002",
            "createdAt" : "2026-10-15T12:05:00.000Z"
          }
        },
        {
          "conversationNameUpdate" : {
            "initiatingUserId" : "2002",
            "name" : "the truth about maya",
            "createdAt" : "2026-10-15T12:00:00.000Z"
          }
        },
        {
          "joinConversation" : {
            "initiatingUserId" : "2002",
            "participantsSnapshot" : [
              "1001",
              "2002",
              "3003"
            ],
            "createdAt" : "2026-10-15T11:59:00.000Z"
          }
        }
      ]
    }
  }
]