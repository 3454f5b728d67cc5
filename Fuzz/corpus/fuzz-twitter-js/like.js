window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1400000000000000000",
      "fullText" : "A liked tweet",
      "expandedUrl" : "https://twitter.com/i/web/status/1400000000000000000"
    }
  }
]
