window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1000",
    "userName" : "mara_markets",
    "displayName" : "Mara Markets"
  },
  "archiveInfo" : {
    "sizeBytes" : "12345",
    "generationDate" : "2023-06-15T12:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  }
}
