window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "3086139876261743644",
      "userLink" : "https://twitter.com/intent/user?user_id=3086139876261743644"
    }
  },
  {
    "following" : {
      "accountId" : "424609782719610",
      "userLink" : "https://twitter.com/intent/user?user_id=424609782719610"
    }
  },
  {
    "following" : {
      "accountId" : "8493059984302046900",
      "userLink" : "https://twitter.com/intent/user?user_id=8493059984302046900"
    }
  },
  {
    "following" : {
      "accountId" : "27758900",
      "userLink" : "https://twitter.com/intent/user?user_id=27758900"
    }
  },
  {
    "following" : {
      "accountId" : "3157996514",
      "userLink" : "https://twitter.com/intent/user?user_id=3157996514"
    }
  },
  {
    "following" : {
      "accountId" : "1781454837256165",
      "userLink" : "https://twitter.com/intent/user?user_id=1781454837256165"
    }
  },
  {
    "following" : {
      "accountId" : "11365008239677",
      "userLink" : "https://twitter.com/intent/user?user_id=11365008239677"
    }
  },
  {
    "following" : {
      "accountId" : "6985924404123712",
      "userLink" : "https://twitter.com/intent/user?user_id=6985924404123712"
    }
  },
  {
    "following" : {
      "accountId" : "32810615164",
      "userLink" : "https://twitter.com/intent/user?user_id=32810615164"
    }
  },
  {
    "following" : {
      "accountId" : "43647848948",
      "userLink" : "https://twitter.com/intent/user?user_id=43647848948"
    }
  },
  {
    "following" : {
      "accountId" : "78902336807784354",
      "userLink" : "https://twitter.com/intent/user?user_id=78902336807784354"
    }
  },
  {
    "following" : {
      "accountId" : "83181942762",
      "userLink" : "https://twitter.com/intent/user?user_id=83181942762"
    }
  },
  {
    "following" : {
      "accountId" : "909552313",
      "userLink" : "https://twitter.com/intent/user?user_id=909552313"
    }
  },
  {
    "following" : {
      "accountId" : "74156463012972191",
      "userLink" : "https://twitter.com/intent/user?user_id=74156463012972191"
    }
  },
  {
    "following" : {
      "accountId" : "177211743622672144",
      "userLink" : "https://twitter.com/intent/user?user_id=177211743622672144"
    }
  },
  {
    "following" : {
      "accountId" : "156407755490159",
      "userLink" : "https://twitter.com/intent/user?user_id=156407755490159"
    }
  },
  {
    "following" : {
      "accountId" : "125024157606534",
      "userLink" : "https://twitter.com/intent/user?user_id=125024157606534"
    }
  },
  {
    "following" : {
      "accountId" : "5210122451302449",
      "userLink" : "https://twitter.com/intent/user?user_id=5210122451302449"
    }
  },
  {
    "following" : {
      "accountId" : "93194747808394655",
      "userLink" : "https://twitter.com/intent/user?user_id=93194747808394655"
    }
  },
  {
    "following" : {
      "accountId" : "66917026958050",
      "userLink" : "https://twitter.com/intent/user?user_id=66917026958050"
    }
  },
  {
    "following" : {
      "accountId" : "36622190644557",
      "userLink" : "https://twitter.com/intent/user?user_id=36622190644557"
    }
  },
  {
    "following" : {
      "accountId" : "209557181",
      "userLink" : "https://twitter.com/intent/user?user_id=209557181"
    }
  },
  {
    "following" : {
      "accountId" : "8259269124325925711",
      "userLink" : "https://twitter.com/intent/user?user_id=8259269124325925711"
    }
  },
  {
    "following" : {
      "accountId" : "872504796988",
      "userLink" : "https://twitter.com/intent/user?user_id=872504796988"
    }
  },
  {
    "following" : {
      "accountId" : "888285582584462",
      "userLink" : "https://twitter.com/intent/user?user_id=888285582584462"
    }
  },
  {
    "following" : {
      "accountId" : "7598498667",
      "userLink" : "https://twitter.com/intent/user?user_id=7598498667"
    }
  },
  {
    "following" : {
      "accountId" : "42157975253963",
      "userLink" : "https://twitter.com/intent/user?user_id=42157975253963"
    }
  },
  {
    "following" : {
      "accountId" : "56941629762696986",
      "userLink" : "https://twitter.com/intent/user?user_id=56941629762696986"
    }
  },
  {
    "following" : {
      "accountId" : "8902379146977856826",
      "userLink" : "https://twitter.com/intent/user?user_id=8902379146977856826"
    }
  },
  {
    "following" : {
      "accountId" : "2500103521888748106",
      "userLink" : "https://twitter.com/intent/user?user_id=2500103521888748106"
    }
  },
  {
    "following" : {
      "accountId" : "140662721964589",
      "userLink" : "https://twitter.com/intent/user?user_id=140662721964589"
    }
  },
  {
    "following" : {
      "accountId" : "35401249",
      "userLink" : "https://twitter.com/intent/user?user_id=35401249"
    }
  },
  {
    "following" : {
      "accountId" : "3489147476326288",
      "userLink" : "https://twitter.com/intent/user?user_id=3489147476326288"
    }
  },
  {
    "following" : {
      "accountId" : "7010631724111",
      "userLink" : "https://twitter.com/intent/user?user_id=7010631724111"
    }
  },
  {
    "following" : {
      "accountId" : "6071229317118",
      "userLink" : "https://twitter.com/intent/user?user_id=6071229317118"
    }
  },
  {
    "following" : {
      "accountId" : "348802325871418",
      "userLink" : "https://twitter.com/intent/user?user_id=348802325871418"
    }
  },
  {
    "following" : {
      "accountId" : "1747468799268624472",
      "userLink" : "https://twitter.com/intent/user?user_id=1747468799268624472"
    }
  },
  {
    "following" : {
      "accountId" : "240272677",
      "userLink" : "https://twitter.com/intent/user?user_id=240272677"
    }
  },
  {
    "following" : {
      "accountId" : "1826235064142983535",
      "userLink" : "https://twitter.com/intent/user?user_id=1826235064142983535"
    }
  },
  {
    "following" : {
      "accountId" : "5000490195155",
      "userLink" : "https://twitter.com/intent/user?user_id=5000490195155"
    }
  },
  {
    "following" : {
      "accountId" : "1251369581",
      "userLink" : "https://twitter.com/intent/user?user_id=1251369581"
    }
  },
  {
    "following" : {
      "accountId" : "8079405154656132646",
      "userLink" : "https://twitter.com/intent/user?user_id=8079405154656132646"
    }
  },
  {
    "following" : {
      "accountId" : "7980049204",
      "userLink" : "https://twitter.com/intent/user?user_id=7980049204"
    }
  },
  {
    "following" : {
      "accountId" : "41779440966607313",
      "userLink" : "https://twitter.com/intent/user?user_id=41779440966607313"
    }
  },
  {
    "following" : {
      "accountId" : "51492616267172",
      "userLink" : "https://twitter.com/intent/user?user_id=51492616267172"
    }
  },
  {
    "following" : {
      "accountId" : "30874816205",
      "userLink" : "https://twitter.com/intent/user?user_id=30874816205"
    }
  },
  {
    "following" : {
      "accountId" : "696297618585304762",
      "userLink" : "https://twitter.com/intent/user?user_id=696297618585304762"
    }
  },
  {
    "following" : {
      "accountId" : "400522677962284085",
      "userLink" : "https://twitter.com/intent/user?user_id=400522677962284085"
    }
  },
  {
    "following" : {
      "accountId" : "166618824358",
      "userLink" : "https://twitter.com/intent/user?user_id=166618824358"
    }
  },
  {
    "following" : {
      "accountId" : "881452796",
      "userLink" : "https://twitter.com/intent/user?user_id=881452796"
    }
  },
  {
    "following" : {
      "accountId" : "6992059472206147",
      "userLink" : "https://twitter.com/intent/user?user_id=6992059472206147"
    }
  },
  {
    "following" : {
      "accountId" : "2844517052022",
      "userLink" : "https://twitter.com/intent/user?user_id=2844517052022"
    }
  },
  {
    "following" : {
      "accountId" : "906942147276",
      "userLink" : "https://twitter.com/intent/user?user_id=906942147276"
    }
  },
  {
    "following" : {
      "accountId" : "320692823927368",
      "userLink" : "https://twitter.com/intent/user?user_id=320692823927368"
    }
  },
  {
    "following" : {
      "accountId" : "5022866434",
      "userLink" : "https://twitter.com/intent/user?user_id=5022866434"
    }
  },
  {
    "following" : {
      "accountId" : "47931984699",
      "userLink" : "https://twitter.com/intent/user?user_id=47931984699"
    }
  },
  {
    "following" : {
      "accountId" : "82348243692",
      "userLink" : "https://twitter.com/intent/user?user_id=82348243692"
    }
  },
  {
    "following" : {
      "accountId" : "584055496",
      "userLink" : "https://twitter.com/intent/user?user_id=584055496"
    }
  },
  {
    "following" : {
      "accountId" : "775565845",
      "userLink" : "https://twitter.com/intent/user?user_id=775565845"
    }
  },
  {
    "following" : {
      "accountId" : "68161828321961",
      "userLink" : "https://twitter.com/intent/user?user_id=68161828321961"
    }
  },
  {
    "following" : {
      "accountId" : "136985081931688704",
      "userLink" : "https://twitter.com/intent/user?user_id=136985081931688704"
    }
  },
  {
    "following" : {
      "accountId" : "6187118696075",
      "userLink" : "https://twitter.com/intent/user?user_id=6187118696075"
    }
  },
  {
    "following" : {
      "accountId" : "5311110243408200",
      "userLink" : "https://twitter.com/intent/user?user_id=5311110243408200"
    }
  },
  {
    "following" : {
      "accountId" : "436804691784696972",
      "userLink" : "https://twitter.com/intent/user?user_id=436804691784696972"
    }
  },
  {
    "following" : {
      "accountId" : "26585306791",
      "userLink" : "https://twitter.com/intent/user?user_id=26585306791"
    }
  },
  {
    "following" : {
      "accountId" : "966335232188059",
      "userLink" : "https://twitter.com/intent/user?user_id=966335232188059"
    }
  },
  {
    "following" : {
      "accountId" : "25321621",
      "userLink" : "https://twitter.com/intent/user?user_id=25321621"
    }
  },
  {
    "following" : {
      "accountId" : "2888459101133",
      "userLink" : "https://twitter.com/intent/user?user_id=2888459101133"
    }
  },
  {
    "following" : {
      "accountId" : "2428832267533",
      "userLink" : "https://twitter.com/intent/user?user_id=2428832267533"
    }
  },
  {
    "following" : {
      "accountId" : "352058720262432",
      "userLink" : "https://twitter.com/intent/user?user_id=352058720262432"
    }
  },
  {
    "following" : {
      "accountId" : "882278103699827147",
      "userLink" : "https://twitter.com/intent/user?user_id=882278103699827147"
    }
  },
  {
    "following" : {
      "accountId" : "45173937",
      "userLink" : "https://twitter.com/intent/user?user_id=45173937"
    }
  },
  {
    "following" : {
      "accountId" : "5311428194018",
      "userLink" : "https://twitter.com/intent/user?user_id=5311428194018"
    }
  },
  {
    "following" : {
      "accountId" : "4563940047093739230",
      "userLink" : "https://twitter.com/intent/user?user_id=4563940047093739230"
    }
  },
  {
    "following" : {
      "accountId" : "3639195095369938",
      "userLink" : "https://twitter.com/intent/user?user_id=3639195095369938"
    }
  },
  {
    "following" : {
      "accountId" : "3583708141300710",
      "userLink" : "https://twitter.com/intent/user?user_id=3583708141300710"
    }
  },
  {
    "following" : {
      "accountId" : "15527439718798018",
      "userLink" : "https://twitter.com/intent/user?user_id=15527439718798018"
    }
  },
  {
    "following" : {
      "accountId" : "559228361767430",
      "userLink" : "https://twitter.com/intent/user?user_id=559228361767430"
    }
  },
  {
    "following" : {
      "accountId" : "4990591492",
      "userLink" : "https://twitter.com/intent/user?user_id=4990591492"
    }
  },
  {
    "following" : {
      "accountId" : "7518179747669051",
      "userLink" : "https://twitter.com/intent/user?user_id=7518179747669051"
    }
  },
  {
    "following" : {
      "accountId" : "28362641",
      "userLink" : "https://twitter.com/intent/user?user_id=28362641"
    }
  },
  {
    "following" : {
      "accountId" : "558922636066875",
      "userLink" : "https://twitter.com/intent/user?user_id=558922636066875"
    }
  },
  {
    "following" : {
      "accountId" : "24548204488117",
      "userLink" : "https://twitter.com/intent/user?user_id=24548204488117"
    }
  },
  {
    "following" : {
      "accountId" : "22453959014",
      "userLink" : "https://twitter.com/intent/user?user_id=22453959014"
    }
  },
  {
    "following" : {
      "accountId" : "374759806262020",
      "userLink" : "https://twitter.com/intent/user?user_id=374759806262020"
    }
  },
  {
    "following" : {
      "accountId" : "51411909955741468",
      "userLink" : "https://twitter.com/intent/user?user_id=51411909955741468"
    }
  },
  {
    "following" : {
      "accountId" : "74757180097701151",
      "userLink" : "https://twitter.com/intent/user?user_id=74757180097701151"
    }
  },
  {
    "following" : {
      "accountId" : "8343389015253",
      "userLink" : "https://twitter.com/intent/user?user_id=8343389015253"
    }
  },
  {
    "following" : {
      "accountId" : "44347331563599835",
      "userLink" : "https://twitter.com/intent/user?user_id=44347331563599835"
    }
  },
  {
    "following" : {
      "accountId" : "43221779144113237",
      "userLink" : "https://twitter.com/intent/user?user_id=43221779144113237"
    }
  },
  {
    "following" : {
      "accountId" : "452636542",
      "userLink" : "https://twitter.com/intent/user?user_id=452636542"
    }
  },
  {
    "following" : {
      "accountId" : "737004515965",
      "userLink" : "https://twitter.com/intent/user?user_id=737004515965"
    }
  },
  {
    "following" : {
      "accountId" : "63418870753",
      "userLink" : "https://twitter.com/intent/user?user_id=63418870753"
    }
  },
  {
    "following" : {
      "accountId" : "967591662808",
      "userLink" : "https://twitter.com/intent/user?user_id=967591662808"
    }
  },
  {
    "following" : {
      "accountId" : "1580966360211615537",
      "userLink" : "https://twitter.com/intent/user?user_id=1580966360211615537"
    }
  },
  {
    "following" : {
      "accountId" : "391746110307570",
      "userLink" : "https://twitter.com/intent/user?user_id=391746110307570"
    }
  },
  {
    "following" : {
      "accountId" : "3664449823540921",
      "userLink" : "https://twitter.com/intent/user?user_id=3664449823540921"
    }
  },
  {
    "following" : {
      "accountId" : "455980607",
      "userLink" : "https://twitter.com/intent/user?user_id=455980607"
    }
  },
  {
    "following" : {
      "accountId" : "67395683934480",
      "userLink" : "https://twitter.com/intent/user?user_id=67395683934480"
    }
  },
  {
    "following" : {
      "accountId" : "97808728255169349",
      "userLink" : "https://twitter.com/intent/user?user_id=97808728255169349"
    }
  },
  {
    "following" : {
      "accountId" : "79178851520826618",
      "userLink" : "https://twitter.com/intent/user?user_id=79178851520826618"
    }
  },
  {
    "following" : {
      "accountId" : "19222336",
      "userLink" : "https://twitter.com/intent/user?user_id=19222336"
    }
  },
  {
    "following" : {
      "accountId" : "514191554300",
      "userLink" : "https://twitter.com/intent/user?user_id=514191554300"
    }
  },
  {
    "following" : {
      "accountId" : "249924980",
      "userLink" : "https://twitter.com/intent/user?user_id=249924980"
    }
  },
  {
    "following" : {
      "accountId" : "339150692",
      "userLink" : "https://twitter.com/intent/user?user_id=339150692"
    }
  },
  {
    "following" : {
      "accountId" : "732531694428866699",
      "userLink" : "https://twitter.com/intent/user?user_id=732531694428866699"
    }
  },
  {
    "following" : {
      "accountId" : "8902513486869403",
      "userLink" : "https://twitter.com/intent/user?user_id=8902513486869403"
    }
  },
  {
    "following" : {
      "accountId" : "813149517",
      "userLink" : "https://twitter.com/intent/user?user_id=813149517"
    }
  },
  {
    "following" : {
      "accountId" : "312829577758530",
      "userLink" : "https://twitter.com/intent/user?user_id=312829577758530"
    }
  },
  {
    "following" : {
      "accountId" : "58651904187",
      "userLink" : "https://twitter.com/intent/user?user_id=58651904187"
    }
  },
  {
    "following" : {
      "accountId" : "709390557036903059",
      "userLink" : "https://twitter.com/intent/user?user_id=709390557036903059"
    }
  },
  {
    "following" : {
      "accountId" : "3853365229490684502",
      "userLink" : "https://twitter.com/intent/user?user_id=3853365229490684502"
    }
  },
  {
    "following" : {
      "accountId" : "8172286610",
      "userLink" : "https://twitter.com/intent/user?user_id=8172286610"
    }
  },
  {
    "following" : {
      "accountId" : "119411656714429",
      "userLink" : "https://twitter.com/intent/user?user_id=119411656714429"
    }
  },
  {
    "following" : {
      "accountId" : "371858545781077810",
      "userLink" : "https://twitter.com/intent/user?user_id=371858545781077810"
    }
  },
  {
    "following" : {
      "accountId" : "94195516999366",
      "userLink" : "https://twitter.com/intent/user?user_id=94195516999366"
    }
  },
  {
    "following" : {
      "accountId" : "23981295",
      "userLink" : "https://twitter.com/intent/user?user_id=23981295"
    }
  },
  {
    "following" : {
      "accountId" : "5477841677",
      "userLink" : "https://twitter.com/intent/user?user_id=5477841677"
    }
  },
  {
    "following" : {
      "accountId" : "96077821",
      "userLink" : "https://twitter.com/intent/user?user_id=96077821"
    }
  },
  {
    "following" : {
      "accountId" : "116176589",
      "userLink" : "https://twitter.com/intent/user?user_id=116176589"
    }
  },
  {
    "following" : {
      "accountId" : "493045934",
      "userLink" : "https://twitter.com/intent/user?user_id=493045934"
    }
  },
  {
    "following" : {
      "accountId" : "877921988685183",
      "userLink" : "https://twitter.com/intent/user?user_id=877921988685183"
    }
  },
  {
    "following" : {
      "accountId" : "574686925641",
      "userLink" : "https://twitter.com/intent/user?user_id=574686925641"
    }
  },
  {
    "following" : {
      "accountId" : "79122191396",
      "userLink" : "https://twitter.com/intent/user?user_id=79122191396"
    }
  },
  {
    "following" : {
      "accountId" : "32217783",
      "userLink" : "https://twitter.com/intent/user?user_id=32217783"
    }
  },
  {
    "following" : {
      "accountId" : "184547566",
      "userLink" : "https://twitter.com/intent/user?user_id=184547566"
    }
  },
  {
    "following" : {
      "accountId" : "6360179077",
      "userLink" : "https://twitter.com/intent/user?user_id=6360179077"
    }
  },
  {
    "following" : {
      "accountId" : "220588036914900242",
      "userLink" : "https://twitter.com/intent/user?user_id=220588036914900242"
    }
  },
  {
    "following" : {
      "accountId" : "225099433400",
      "userLink" : "https://twitter.com/intent/user?user_id=225099433400"
    }
  },
  {
    "following" : {
      "accountId" : "944805500839861",
      "userLink" : "https://twitter.com/intent/user?user_id=944805500839861"
    }
  },
  {
    "following" : {
      "accountId" : "400253276363361284",
      "userLink" : "https://twitter.com/intent/user?user_id=400253276363361284"
    }
  },
  {
    "following" : {
      "accountId" : "925161221603",
      "userLink" : "https://twitter.com/intent/user?user_id=925161221603"
    }
  },
  {
    "following" : {
      "accountId" : "245041911941127568",
      "userLink" : "https://twitter.com/intent/user?user_id=245041911941127568"
    }
  },
  {
    "following" : {
      "accountId" : "212778541203",
      "userLink" : "https://twitter.com/intent/user?user_id=212778541203"
    }
  },
  {
    "following" : {
      "accountId" : "4656199154914406715",
      "userLink" : "https://twitter.com/intent/user?user_id=4656199154914406715"
    }
  },
  {
    "following" : {
      "accountId" : "286824061978336",
      "userLink" : "https://twitter.com/intent/user?user_id=286824061978336"
    }
  },
  {
    "following" : {
      "accountId" : "73918041567111883",
      "userLink" : "https://twitter.com/intent/user?user_id=73918041567111883"
    }
  },
  {
    "following" : {
      "accountId" : "723902847613561880",
      "userLink" : "https://twitter.com/intent/user?user_id=723902847613561880"
    }
  },
  {
    "following" : {
      "accountId" : "8435155815",
      "userLink" : "https://twitter.com/intent/user?user_id=8435155815"
    }
  },
  {
    "following" : {
      "accountId" : "5623221085075",
      "userLink" : "https://twitter.com/intent/user?user_id=5623221085075"
    }
  },
  {
    "following" : {
      "accountId" : "66668648197",
      "userLink" : "https://twitter.com/intent/user?user_id=66668648197"
    }
  },
  {
    "following" : {
      "accountId" : "205916524782",
      "userLink" : "https://twitter.com/intent/user?user_id=205916524782"
    }
  },
  {
    "following" : {
      "accountId" : "95978530084883",
      "userLink" : "https://twitter.com/intent/user?user_id=95978530084883"
    }
  },
  {
    "following" : {
      "accountId" : "2790635542515931",
      "userLink" : "https://twitter.com/intent/user?user_id=2790635542515931"
    }
  },
  {
    "following" : {
      "accountId" : "326396566",
      "userLink" : "https://twitter.com/intent/user?user_id=326396566"
    }
  },
  {
    "following" : {
      "accountId" : "964129159322555675",
      "userLink" : "https://twitter.com/intent/user?user_id=964129159322555675"
    }
  },
  {
    "following" : {
      "accountId" : "3702364497",
      "userLink" : "https://twitter.com/intent/user?user_id=3702364497"
    }
  },
  {
    "following" : {
      "accountId" : "89758203226396",
      "userLink" : "https://twitter.com/intent/user?user_id=89758203226396"
    }
  },
  {
    "following" : {
      "accountId" : "70073818131",
      "userLink" : "https://twitter.com/intent/user?user_id=70073818131"
    }
  },
  {
    "following" : {
      "accountId" : "19645601",
      "userLink" : "https://twitter.com/intent/user?user_id=19645601"
    }
  },
  {
    "following" : {
      "accountId" : "20515011070",
      "userLink" : "https://twitter.com/intent/user?user_id=20515011070"
    }
  },
  {
    "following" : {
      "accountId" : "9501022241",
      "userLink" : "https://twitter.com/intent/user?user_id=9501022241"
    }
  },
  {
    "following" : {
      "accountId" : "79202132908",
      "userLink" : "https://twitter.com/intent/user?user_id=79202132908"
    }
  },
  {
    "following" : {
      "accountId" : "25947220637559",
      "userLink" : "https://twitter.com/intent/user?user_id=25947220637559"
    }
  },
  {
    "following" : {
      "accountId" : "986355234868684",
      "userLink" : "https://twitter.com/intent/user?user_id=986355234868684"
    }
  },
  {
    "following" : {
      "accountId" : "94068429899097",
      "userLink" : "https://twitter.com/intent/user?user_id=94068429899097"
    }
  },
  {
    "following" : {
      "accountId" : "3510808380075194",
      "userLink" : "https://twitter.com/intent/user?user_id=3510808380075194"
    }
  },
  {
    "following" : {
      "accountId" : "767955219014206847",
      "userLink" : "https://twitter.com/intent/user?user_id=767955219014206847"
    }
  },
  {
    "following" : {
      "accountId" : "62664255",
      "userLink" : "https://twitter.com/intent/user?user_id=62664255"
    }
  },
  {
    "following" : {
      "accountId" : "8367424423644141953",
      "userLink" : "https://twitter.com/intent/user?user_id=8367424423644141953"
    }
  },
  {
    "following" : {
      "accountId" : "761014297",
      "userLink" : "https://twitter.com/intent/user?user_id=761014297"
    }
  },
  {
    "following" : {
      "accountId" : "8391585091576786",
      "userLink" : "https://twitter.com/intent/user?user_id=8391585091576786"
    }
  },
  {
    "following" : {
      "accountId" : "6015787644997502615",
      "userLink" : "https://twitter.com/intent/user?user_id=6015787644997502615"
    }
  },
  {
    "following" : {
      "accountId" : "541710772",
      "userLink" : "https://twitter.com/intent/user?user_id=541710772"
    }
  },
  {
    "following" : {
      "accountId" : "44250589077854088",
      "userLink" : "https://twitter.com/intent/user?user_id=44250589077854088"
    }
  },
  {
    "following" : {
      "accountId" : "8331792717",
      "userLink" : "https://twitter.com/intent/user?user_id=8331792717"
    }
  },
  {
    "following" : {
      "accountId" : "44337395",
      "userLink" : "https://twitter.com/intent/user?user_id=44337395"
    }
  },
  {
    "following" : {
      "accountId" : "84760285",
      "userLink" : "https://twitter.com/intent/user?user_id=84760285"
    }
  },
  {
    "following" : {
      "accountId" : "47453874205922",
      "userLink" : "https://twitter.com/intent/user?user_id=47453874205922"
    }
  },
  {
    "following" : {
      "accountId" : "93588519101",
      "userLink" : "https://twitter.com/intent/user?user_id=93588519101"
    }
  },
  {
    "following" : {
      "accountId" : "2147756906935",
      "userLink" : "https://twitter.com/intent/user?user_id=2147756906935"
    }
  },
  {
    "following" : {
      "accountId" : "6178996448635818",
      "userLink" : "https://twitter.com/intent/user?user_id=6178996448635818"
    }
  },
  {
    "following" : {
      "accountId" : "9726934381394689712",
      "userLink" : "https://twitter.com/intent/user?user_id=9726934381394689712"
    }
  },
  {
    "following" : {
      "accountId" : "23204626564",
      "userLink" : "https://twitter.com/intent/user?user_id=23204626564"
    }
  },
  {
    "following" : {
      "accountId" : "701119457005535",
      "userLink" : "https://twitter.com/intent/user?user_id=701119457005535"
    }
  },
  {
    "following" : {
      "accountId" : "7790774422",
      "userLink" : "https://twitter.com/intent/user?user_id=7790774422"
    }
  },
  {
    "following" : {
      "accountId" : "180100521035",
      "userLink" : "https://twitter.com/intent/user?user_id=180100521035"
    }
  },
  {
    "following" : {
      "accountId" : "5151070693",
      "userLink" : "https://twitter.com/intent/user?user_id=5151070693"
    }
  },
  {
    "following" : {
      "accountId" : "24507132134",
      "userLink" : "https://twitter.com/intent/user?user_id=24507132134"
    }
  },
  {
    "following" : {
      "accountId" : "74103570221304275",
      "userLink" : "https://twitter.com/intent/user?user_id=74103570221304275"
    }
  },
  {
    "following" : {
      "accountId" : "334908762",
      "userLink" : "https://twitter.com/intent/user?user_id=334908762"
    }
  },
  {
    "following" : {
      "accountId" : "109992398173925",
      "userLink" : "https://twitter.com/intent/user?user_id=109992398173925"
    }
  },
  {
    "following" : {
      "accountId" : "7937823726448261",
      "userLink" : "https://twitter.com/intent/user?user_id=7937823726448261"
    }
  },
  {
    "following" : {
      "accountId" : "524306028111",
      "userLink" : "https://twitter.com/intent/user?user_id=524306028111"
    }
  },
  {
    "following" : {
      "accountId" : "384897679903",
      "userLink" : "https://twitter.com/intent/user?user_id=384897679903"
    }
  },
  {
    "following" : {
      "accountId" : "135023698",
      "userLink" : "https://twitter.com/intent/user?user_id=135023698"
    }
  },
  {
    "following" : {
      "accountId" : "66571939717368",
      "userLink" : "https://twitter.com/intent/user?user_id=66571939717368"
    }
  },
  {
    "following" : {
      "accountId" : "98081150",
      "userLink" : "https://twitter.com/intent/user?user_id=98081150"
    }
  },
  {
    "following" : {
      "accountId" : "9133310663543146879",
      "userLink" : "https://twitter.com/intent/user?user_id=9133310663543146879"
    }
  },
  {
    "following" : {
      "accountId" : "5013065912752301",
      "userLink" : "https://twitter.com/intent/user?user_id=5013065912752301"
    }
  },
  {
    "following" : {
      "accountId" : "102850480",
      "userLink" : "https://twitter.com/intent/user?user_id=102850480"
    }
  },
  {
    "following" : {
      "accountId" : "60247404809015332",
      "userLink" : "https://twitter.com/intent/user?user_id=60247404809015332"
    }
  },
  {
    "following" : {
      "accountId" : "8788428938579",
      "userLink" : "https://twitter.com/intent/user?user_id=8788428938579"
    }
  },
  {
    "following" : {
      "accountId" : "4596012985369662",
      "userLink" : "https://twitter.com/intent/user?user_id=4596012985369662"
    }
  },
  {
    "following" : {
      "accountId" : "63282269058927171",
      "userLink" : "https://twitter.com/intent/user?user_id=63282269058927171"
    }
  },
  {
    "following" : {
      "accountId" : "5098277046942",
      "userLink" : "https://twitter.com/intent/user?user_id=5098277046942"
    }
  },
  {
    "following" : {
      "accountId" : "49010764",
      "userLink" : "https://twitter.com/intent/user?user_id=49010764"
    }
  },
  {
    "following" : {
      "accountId" : "861049123073",
      "userLink" : "https://twitter.com/intent/user?user_id=861049123073"
    }
  },
  {
    "following" : {
      "accountId" : "5964908604",
      "userLink" : "https://twitter.com/intent/user?user_id=5964908604"
    }
  },
  {
    "following" : {
      "accountId" : "228932619928689273",
      "userLink" : "https://twitter.com/intent/user?user_id=228932619928689273"
    }
  },
  {
    "following" : {
      "accountId" : "7302268129137",
      "userLink" : "https://twitter.com/intent/user?user_id=7302268129137"
    }
  },
  {
    "following" : {
      "accountId" : "7048550784077616",
      "userLink" : "https://twitter.com/intent/user?user_id=7048550784077616"
    }
  },
  {
    "following" : {
      "accountId" : "42532854245",
      "userLink" : "https://twitter.com/intent/user?user_id=42532854245"
    }
  },
  {
    "following" : {
      "accountId" : "3070340592",
      "userLink" : "https://twitter.com/intent/user?user_id=3070340592"
    }
  },
  {
    "following" : {
      "accountId" : "24049725",
      "userLink" : "https://twitter.com/intent/user?user_id=24049725"
    }
  },
  {
    "following" : {
      "accountId" : "3209980869",
      "userLink" : "https://twitter.com/intent/user?user_id=3209980869"
    }
  },
  {
    "following" : {
      "accountId" : "2307834698573306",
      "userLink" : "https://twitter.com/intent/user?user_id=2307834698573306"
    }
  },
  {
    "following" : {
      "accountId" : "350051313521937",
      "userLink" : "https://twitter.com/intent/user?user_id=350051313521937"
    }
  },
  {
    "following" : {
      "accountId" : "4963322820915671",
      "userLink" : "https://twitter.com/intent/user?user_id=4963322820915671"
    }
  },
  {
    "following" : {
      "accountId" : "1305102001754",
      "userLink" : "https://twitter.com/intent/user?user_id=1305102001754"
    }
  },
  {
    "following" : {
      "accountId" : "52157253",
      "userLink" : "https://twitter.com/intent/user?user_id=52157253"
    }
  },
  {
    "following" : {
      "accountId" : "858494470129838",
      "userLink" : "https://twitter.com/intent/user?user_id=858494470129838"
    }
  },
  {
    "following" : {
      "accountId" : "535888646",
      "userLink" : "https://twitter.com/intent/user?user_id=535888646"
    }
  },
  {
    "following" : {
      "accountId" : "950446516107",
      "userLink" : "https://twitter.com/intent/user?user_id=950446516107"
    }
  },
  {
    "following" : {
      "accountId" : "52998109275840",
      "userLink" : "https://twitter.com/intent/user?user_id=52998109275840"
    }
  },
  {
    "following" : {
      "accountId" : "6894485142456",
      "userLink" : "https://twitter.com/intent/user?user_id=6894485142456"
    }
  },
  {
    "following" : {
      "accountId" : "2060584550",
      "userLink" : "https://twitter.com/intent/user?user_id=2060584550"
    }
  },
  {
    "following" : {
      "accountId" : "492065222816057",
      "userLink" : "https://twitter.com/intent/user?user_id=492065222816057"
    }
  },
  {
    "following" : {
      "accountId" : "39951684",
      "userLink" : "https://twitter.com/intent/user?user_id=39951684"
    }
  },
  {
    "following" : {
      "accountId" : "745909621185678368",
      "userLink" : "https://twitter.com/intent/user?user_id=745909621185678368"
    }
  },
  {
    "following" : {
      "accountId" : "36121336819",
      "userLink" : "https://twitter.com/intent/user?user_id=36121336819"
    }
  },
  {
    "following" : {
      "accountId" : "5527874430650303",
      "userLink" : "https://twitter.com/intent/user?user_id=5527874430650303"
    }
  },
  {
    "following" : {
      "accountId" : "25079940376367",
      "userLink" : "https://twitter.com/intent/user?user_id=25079940376367"
    }
  },
  {
    "following" : {
      "accountId" : "93987592481384729",
      "userLink" : "https://twitter.com/intent/user?user_id=93987592481384729"
    }
  },
  {
    "following" : {
      "accountId" : "831703729592",
      "userLink" : "https://twitter.com/intent/user?user_id=831703729592"
    }
  },
  {
    "following" : {
      "accountId" : "51900821491129",
      "userLink" : "https://twitter.com/intent/user?user_id=51900821491129"
    }
  },
  {
    "following" : {
      "accountId" : "8277016114",
      "userLink" : "https://twitter.com/intent/user?user_id=8277016114"
    }
  },
  {
    "following" : {
      "accountId" : "1820301587374",
      "userLink" : "https://twitter.com/intent/user?user_id=1820301587374"
    }
  },
  {
    "following" : {
      "accountId" : "3539953524392171808",
      "userLink" : "https://twitter.com/intent/user?user_id=3539953524392171808"
    }
  },
  {
    "following" : {
      "accountId" : "9882656399",
      "userLink" : "https://twitter.com/intent/user?user_id=9882656399"
    }
  },
  {
    "following" : {
      "accountId" : "6263642824033",
      "userLink" : "https://twitter.com/intent/user?user_id=6263642824033"
    }
  },
  {
    "following" : {
      "accountId" : "5728879901366032",
      "userLink" : "https://twitter.com/intent/user?user_id=5728879901366032"
    }
  },
  {
    "following" : {
      "accountId" : "1686197230406",
      "userLink" : "https://twitter.com/intent/user?user_id=1686197230406"
    }
  },
  {
    "following" : {
      "accountId" : "4021471212994243",
      "userLink" : "https://twitter.com/intent/user?user_id=4021471212994243"
    }
  },
  {
    "following" : {
      "accountId" : "219390588",
      "userLink" : "https://twitter.com/intent/user?user_id=219390588"
    }
  },
  {
    "following" : {
      "accountId" : "6257236654025943038",
      "userLink" : "https://twitter.com/intent/user?user_id=6257236654025943038"
    }
  },
  {
    "following" : {
      "accountId" : "54938980236800",
      "userLink" : "https://twitter.com/intent/user?user_id=54938980236800"
    }
  },
  {
    "following" : {
      "accountId" : "9617266224156499190",
      "userLink" : "https://twitter.com/intent/user?user_id=9617266224156499190"
    }
  },
  {
    "following" : {
      "accountId" : "7762464082827729788",
      "userLink" : "https://twitter.com/intent/user?user_id=7762464082827729788"
    }
  },
  {
    "following" : {
      "accountId" : "231063337541",
      "userLink" : "https://twitter.com/intent/user?user_id=231063337541"
    }
  },
  {
    "following" : {
      "accountId" : "66414296869903",
      "userLink" : "https://twitter.com/intent/user?user_id=66414296869903"
    }
  },
  {
    "following" : {
      "accountId" : "22039622717067",
      "userLink" : "https://twitter.com/intent/user?user_id=22039622717067"
    }
  },
  {
    "following" : {
      "accountId" : "2363575292",
      "userLink" : "https://twitter.com/intent/user?user_id=2363575292"
    }
  },
  {
    "following" : {
      "accountId" : "188597874941921",
      "userLink" : "https://twitter.com/intent/user?user_id=188597874941921"
    }
  },
  {
    "following" : {
      "accountId" : "7091004112",
      "userLink" : "https://twitter.com/intent/user?user_id=7091004112"
    }
  },
  {
    "following" : {
      "accountId" : "9711382291851287313",
      "userLink" : "https://twitter.com/intent/user?user_id=9711382291851287313"
    }
  },
  {
    "following" : {
      "accountId" : "3909639708761",
      "userLink" : "https://twitter.com/intent/user?user_id=3909639708761"
    }
  },
  {
    "following" : {
      "accountId" : "8764943162",
      "userLink" : "https://twitter.com/intent/user?user_id=8764943162"
    }
  },
  {
    "following" : {
      "accountId" : "83656586554",
      "userLink" : "https://twitter.com/intent/user?user_id=83656586554"
    }
  },
  {
    "following" : {
      "accountId" : "18637609190",
      "userLink" : "https://twitter.com/intent/user?user_id=18637609190"
    }
  },
  {
    "following" : {
      "accountId" : "5048025730215855590",
      "userLink" : "https://twitter.com/intent/user?user_id=5048025730215855590"
    }
  },
  {
    "following" : {
      "accountId" : "147153000052642888",
      "userLink" : "https://twitter.com/intent/user?user_id=147153000052642888"
    }
  },
  {
    "following" : {
      "accountId" : "3398264666355728287",
      "userLink" : "https://twitter.com/intent/user?user_id=3398264666355728287"
    }
  },
  {
    "following" : {
      "accountId" : "59166210259947682",
      "userLink" : "https://twitter.com/intent/user?user_id=59166210259947682"
    }
  },
  {
    "following" : {
      "accountId" : "45966530057",
      "userLink" : "https://twitter.com/intent/user?user_id=45966530057"
    }
  },
  {
    "following" : {
      "accountId" : "8061802752946816877",
      "userLink" : "https://twitter.com/intent/user?user_id=8061802752946816877"
    }
  },
  {
    "following" : {
      "accountId" : "797815112",
      "userLink" : "https://twitter.com/intent/user?user_id=797815112"
    }
  },
  {
    "following" : {
      "accountId" : "1047019806823",
      "userLink" : "https://twitter.com/intent/user?user_id=1047019806823"
    }
  },
  {
    "following" : {
      "accountId" : "2829309914830649",
      "userLink" : "https://twitter.com/intent/user?user_id=2829309914830649"
    }
  },
  {
    "following" : {
      "accountId" : "51993007",
      "userLink" : "https://twitter.com/intent/user?user_id=51993007"
    }
  },
  {
    "following" : {
      "accountId" : "6801114208671638187",
      "userLink" : "https://twitter.com/intent/user?user_id=6801114208671638187"
    }
  },
  {
    "following" : {
      "accountId" : "1034559171",
      "userLink" : "https://twitter.com/intent/user?user_id=1034559171"
    }
  },
  {
    "following" : {
      "accountId" : "133775849464974",
      "userLink" : "https://twitter.com/intent/user?user_id=133775849464974"
    }
  },
  {
    "following" : {
      "accountId" : "857232940591647",
      "userLink" : "https://twitter.com/intent/user?user_id=857232940591647"
    }
  },
  {
    "following" : {
      "accountId" : "397886087",
      "userLink" : "https://twitter.com/intent/user?user_id=397886087"
    }
  },
  {
    "following" : {
      "accountId" : "848695964611673251",
      "userLink" : "https://twitter.com/intent/user?user_id=848695964611673251"
    }
  },
  {
    "following" : {
      "accountId" : "684277277",
      "userLink" : "https://twitter.com/intent/user?user_id=684277277"
    }
  },
  {
    "following" : {
      "accountId" : "3753484439325",
      "userLink" : "https://twitter.com/intent/user?user_id=3753484439325"
    }
  },
  {
    "following" : {
      "accountId" : "10552380549621353",
      "userLink" : "https://twitter.com/intent/user?user_id=10552380549621353"
    }
  },
  {
    "following" : {
      "accountId" : "96859761261976",
      "userLink" : "https://twitter.com/intent/user?user_id=96859761261976"
    }
  },
  {
    "following" : {
      "accountId" : "86447940",
      "userLink" : "https://twitter.com/intent/user?user_id=86447940"
    }
  },
  {
    "following" : {
      "accountId" : "26284232810525354",
      "userLink" : "https://twitter.com/intent/user?user_id=26284232810525354"
    }
  },
  {
    "following" : {
      "accountId" : "33460714886869164",
      "userLink" : "https://twitter.com/intent/user?user_id=33460714886869164"
    }
  },
  {
    "following" : {
      "accountId" : "108585184277798184",
      "userLink" : "https://twitter.com/intent/user?user_id=108585184277798184"
    }
  },
  {
    "following" : {
      "accountId" : "186009298901000568",
      "userLink" : "https://twitter.com/intent/user?user_id=186009298901000568"
    }
  },
  {
    "following" : {
      "accountId" : "883081544774537364",
      "userLink" : "https://twitter.com/intent/user?user_id=883081544774537364"
    }
  },
  {
    "following" : {
      "accountId" : "322749172",
      "userLink" : "https://twitter.com/intent/user?user_id=322749172"
    }
  },
  {
    "following" : {
      "accountId" : "20412069687489154",
      "userLink" : "https://twitter.com/intent/user?user_id=20412069687489154"
    }
  },
  {
    "following" : {
      "accountId" : "1867335363766361189",
      "userLink" : "https://twitter.com/intent/user?user_id=1867335363766361189"
    }
  },
  {
    "following" : {
      "accountId" : "69833492",
      "userLink" : "https://twitter.com/intent/user?user_id=69833492"
    }
  },
  {
    "following" : {
      "accountId" : "3318302975",
      "userLink" : "https://twitter.com/intent/user?user_id=3318302975"
    }
  },
  {
    "following" : {
      "accountId" : "795035580856",
      "userLink" : "https://twitter.com/intent/user?user_id=795035580856"
    }
  },
  {
    "following" : {
      "accountId" : "50142022798",
      "userLink" : "https://twitter.com/intent/user?user_id=50142022798"
    }
  },
  {
    "following" : {
      "accountId" : "645792861377861852",
      "userLink" : "https://twitter.com/intent/user?user_id=645792861377861852"
    }
  },
  {
    "following" : {
      "accountId" : "6230148228182",
      "userLink" : "https://twitter.com/intent/user?user_id=6230148228182"
    }
  },
  {
    "following" : {
      "accountId" : "8507464738339002",
      "userLink" : "https://twitter.com/intent/user?user_id=8507464738339002"
    }
  },
  {
    "following" : {
      "accountId" : "35583909241",
      "userLink" : "https://twitter.com/intent/user?user_id=35583909241"
    }
  },
  {
    "following" : {
      "accountId" : "18547208",
      "userLink" : "https://twitter.com/intent/user?user_id=18547208"
    }
  },
  {
    "following" : {
      "accountId" : "8972864807701252",
      "userLink" : "https://twitter.com/intent/user?user_id=8972864807701252"
    }
  },
  {
    "following" : {
      "accountId" : "446957085001",
      "userLink" : "https://twitter.com/intent/user?user_id=446957085001"
    }
  },
  {
    "following" : {
      "accountId" : "9356985929",
      "userLink" : "https://twitter.com/intent/user?user_id=9356985929"
    }
  },
  {
    "following" : {
      "accountId" : "9507399053885504",
      "userLink" : "https://twitter.com/intent/user?user_id=9507399053885504"
    }
  },
  {
    "following" : {
      "accountId" : "12934467041525",
      "userLink" : "https://twitter.com/intent/user?user_id=12934467041525"
    }
  },
  {
    "following" : {
      "accountId" : "7631129794",
      "userLink" : "https://twitter.com/intent/user?user_id=7631129794"
    }
  },
  {
    "following" : {
      "accountId" : "837434401702221",
      "userLink" : "https://twitter.com/intent/user?user_id=837434401702221"
    }
  },
  {
    "following" : {
      "accountId" : "78707048953451755",
      "userLink" : "https://twitter.com/intent/user?user_id=78707048953451755"
    }
  },
  {
    "following" : {
      "accountId" : "28106955809",
      "userLink" : "https://twitter.com/intent/user?user_id=28106955809"
    }
  },
  {
    "following" : {
      "accountId" : "85795664837742675",
      "userLink" : "https://twitter.com/intent/user?user_id=85795664837742675"
    }
  },
  {
    "following" : {
      "accountId" : "419630772431330142",
      "userLink" : "https://twitter.com/intent/user?user_id=419630772431330142"
    }
  },
  {
    "following" : {
      "accountId" : "80901768601455044",
      "userLink" : "https://twitter.com/intent/user?user_id=80901768601455044"
    }
  },
  {
    "following" : {
      "accountId" : "17802798",
      "userLink" : "https://twitter.com/intent/user?user_id=17802798"
    }
  },
  {
    "following" : {
      "accountId" : "8167280085608902266",
      "userLink" : "https://twitter.com/intent/user?user_id=8167280085608902266"
    }
  },
  {
    "following" : {
      "accountId" : "56620983",
      "userLink" : "https://twitter.com/intent/user?user_id=56620983"
    }
  },
  {
    "following" : {
      "accountId" : "7131114880755666962",
      "userLink" : "https://twitter.com/intent/user?user_id=7131114880755666962"
    }
  },
  {
    "following" : {
      "accountId" : "657045679454",
      "userLink" : "https://twitter.com/intent/user?user_id=657045679454"
    }
  },
  {
    "following" : {
      "accountId" : "392059443981980465",
      "userLink" : "https://twitter.com/intent/user?user_id=392059443981980465"
    }
  },
  {
    "following" : {
      "accountId" : "3604793142020577",
      "userLink" : "https://twitter.com/intent/user?user_id=3604793142020577"
    }
  },
  {
    "following" : {
      "accountId" : "465061023",
      "userLink" : "https://twitter.com/intent/user?user_id=465061023"
    }
  },
  {
    "following" : {
      "accountId" : "14867096613776102",
      "userLink" : "https://twitter.com/intent/user?user_id=14867096613776102"
    }
  },
  {
    "following" : {
      "accountId" : "19107894158068",
      "userLink" : "https://twitter.com/intent/user?user_id=19107894158068"
    }
  },
  {
    "following" : {
      "accountId" : "42773590",
      "userLink" : "https://twitter.com/intent/user?user_id=42773590"
    }
  },
  {
    "following" : {
      "accountId" : "29776627",
      "userLink" : "https://twitter.com/intent/user?user_id=29776627"
    }
  },
  {
    "following" : {
      "accountId" : "14251889",
      "userLink" : "https://twitter.com/intent/user?user_id=14251889"
    }
  },
  {
    "following" : {
      "accountId" : "11051016220812171",
      "userLink" : "https://twitter.com/intent/user?user_id=11051016220812171"
    }
  },
  {
    "following" : {
      "accountId" : "71485618127258360",
      "userLink" : "https://twitter.com/intent/user?user_id=71485618127258360"
    }
  },
  {
    "following" : {
      "accountId" : "30790185",
      "userLink" : "https://twitter.com/intent/user?user_id=30790185"
    }
  },
  {
    "following" : {
      "accountId" : "67094764035274306",
      "userLink" : "https://twitter.com/intent/user?user_id=67094764035274306"
    }
  },
  {
    "following" : {
      "accountId" : "524927815940350397",
      "userLink" : "https://twitter.com/intent/user?user_id=524927815940350397"
    }
  },
  {
    "following" : {
      "accountId" : "2171957900",
      "userLink" : "https://twitter.com/intent/user?user_id=2171957900"
    }
  },
  {
    "following" : {
      "accountId" : "909223372",
      "userLink" : "https://twitter.com/intent/user?user_id=909223372"
    }
  },
  {
    "following" : {
      "accountId" : "5601271169429706",
      "userLink" : "https://twitter.com/intent/user?user_id=5601271169429706"
    }
  },
  {
    "following" : {
      "accountId" : "22364726908",
      "userLink" : "https://twitter.com/intent/user?user_id=22364726908"
    }
  },
  {
    "following" : {
      "accountId" : "356480766676169",
      "userLink" : "https://twitter.com/intent/user?user_id=356480766676169"
    }
  },
  {
    "following" : {
      "accountId" : "34186121099862285",
      "userLink" : "https://twitter.com/intent/user?user_id=34186121099862285"
    }
  },
  {
    "following" : {
      "accountId" : "947993190358999050",
      "userLink" : "https://twitter.com/intent/user?user_id=947993190358999050"
    }
  },
  {
    "following" : {
      "accountId" : "875058720157556",
      "userLink" : "https://twitter.com/intent/user?user_id=875058720157556"
    }
  },
  {
    "following" : {
      "accountId" : "925211261419727",
      "userLink" : "https://twitter.com/intent/user?user_id=925211261419727"
    }
  },
  {
    "following" : {
      "accountId" : "9075003001945211747",
      "userLink" : "https://twitter.com/intent/user?user_id=9075003001945211747"
    }
  },
  {
    "following" : {
      "accountId" : "21662034845902537",
      "userLink" : "https://twitter.com/intent/user?user_id=21662034845902537"
    }
  },
  {
    "following" : {
      "accountId" : "22372431291060396",
      "userLink" : "https://twitter.com/intent/user?user_id=22372431291060396"
    }
  },
  {
    "following" : {
      "accountId" : "877698300",
      "userLink" : "https://twitter.com/intent/user?user_id=877698300"
    }
  },
  {
    "following" : {
      "accountId" : "66948837570",
      "userLink" : "https://twitter.com/intent/user?user_id=66948837570"
    }
  },
  {
    "following" : {
      "accountId" : "4464922676",
      "userLink" : "https://twitter.com/intent/user?user_id=4464922676"
    }
  },
  {
    "following" : {
      "accountId" : "85166576180829",
      "userLink" : "https://twitter.com/intent/user?user_id=85166576180829"
    }
  },
  {
    "following" : {
      "accountId" : "726034363450497",
      "userLink" : "https://twitter.com/intent/user?user_id=726034363450497"
    }
  }
]
