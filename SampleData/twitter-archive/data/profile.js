window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Marketing lead at Brightleaf (fictional). Brands, SEO, content, and the odd cake.",
        "website" : "https://t.co/brightleaf",
        "location" : "Lisbon"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/0/sample.jpg"
    }
  }
]
