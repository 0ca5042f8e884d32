window.YTD.account.part0 = [
  {
    "account" : {
      "email" : null,
      "createdVia" : "web",
      "username" : "maya_lindqvist",
      "accountId" : "1001",
      "createdAt" : "2015-03-02T10:00:00.000Z",
      "accountDisplayName" : "Maya Lindqvist"
    }
  }
]