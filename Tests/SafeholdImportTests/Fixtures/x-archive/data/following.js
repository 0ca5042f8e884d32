window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "4004",
      "userLink" : "https://twitter.com/intent/user?user_id=4004"
    }
  },
  {
    "following" : {
      "accountId" : "5005",
      "userLink" : "https://twitter.com/intent/user?user_id=5005"
    }
  }
]