window.YTD.mute.part0 = [
  {
    "muting" : {
      "accountId" : "3003",
      "userLink" : "https://twitter.com/intent/user?user_id=3003"
    }
  }
]