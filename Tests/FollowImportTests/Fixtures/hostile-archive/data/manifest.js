window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "1000",
    "userName" : "ben&jerry",
    "displayName" : "\"><img src=x onerror=alert(1)>"
  },
  "archiveInfo" : {
    "sizeBytes" : "4096",
    "generationDate" : "2023-05-01T12:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  }
}
