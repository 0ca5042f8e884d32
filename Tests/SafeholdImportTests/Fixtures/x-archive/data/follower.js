window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "2002",
      "userLink" : "https://twitter.com/intent/user?user_id=2002"
    }
  },
  {
    "follower" : {
      "accountId" : "3003",
      "userLink" : "https://twitter.com/intent/user?user_id=3003"
    }
  },
  {
    "follower" : {
      "accountId" : "4004",
      "userLink" : "https://twitter.com/intent/user?user_id=4004"
    }
  }
]