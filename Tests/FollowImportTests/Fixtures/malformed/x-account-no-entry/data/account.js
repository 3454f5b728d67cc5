window.YTD.account.part0 = []
