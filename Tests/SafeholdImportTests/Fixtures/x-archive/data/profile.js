window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Gardener, runner, reader 🌱",
        "website" : "",
        "location" : "Somewhere quiet"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/avatar.jpg",
      "headerMediaUrl" : ""
    }
  }
]