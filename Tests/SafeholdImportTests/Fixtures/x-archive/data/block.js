window.YTD.block.part0 = [
  {
    "blocking" : {
      "accountId" : "2002",
      "userLink" : "https://twitter.com/intent/user?user_id=2002"
    }
  }
]