window.__THAR_CONFIG = {
  "userInfo": {
    "accountId": "1001",
    "userName": "maya_lindqvist",
    "displayName": "Maya Lindqvist"
  },
  "archiveInfo": {
    "sizeBytes": "20480",
    "generationDate": "2026-11-18T09:12:44.000Z",
    "isPartialArchive": false
  },
  "dataTypes": {
    "tweets": {
      "files": [
        {
          "fileName": "data/tweets.js",
          "globalName": "YTD.tweets.part0",
          "count": "3"
        }
      ]
    }
  }
}