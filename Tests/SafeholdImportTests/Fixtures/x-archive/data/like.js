window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1840000000000000001",
      "fullText" : "Community garden open day this Saturday!",
      "expandedUrl" : "https://twitter.com/i/web/status/1840000000000000001"
    }
  }
]