window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1209876543210987654",
    "userName" : "mayalin_mktg",
    "displayName" : "Maya Lin | Brightleaf Marketing"
  },
  "archiveInfo" : {
    "sizeBytes" : "1048576",
    "generationDate" : "2024-07-01T09:30:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  }
}
