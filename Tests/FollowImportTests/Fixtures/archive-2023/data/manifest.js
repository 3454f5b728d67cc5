window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1000",
    "userName" : "owner_handle",
    "displayName" : "Owner"
  },
  "archiveInfo" : {
    "sizeBytes" : "1234",
    "generationDate" : "2023-06-15T09:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  }
}