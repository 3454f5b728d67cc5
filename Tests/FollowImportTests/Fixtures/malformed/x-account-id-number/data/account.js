window.YTD.account.part0 = [ { "account" : { "accountId" : 12 } } ]
