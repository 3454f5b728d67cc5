var account = [ ]
