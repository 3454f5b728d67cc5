window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "27758900",
      "userLink" : "https://twitter.com/intent/user?user_id=27758900"
    }
  },
  {
    "follower" : {
      "accountId" : "1781454837256165",
      "userLink" : "https://twitter.com/intent/user?user_id=1781454837256165"
    }
  },
  {
    "follower" : {
      "accountId" : "11365008239677",
      "userLink" : "https://twitter.com/intent/user?user_id=11365008239677"
    }
  },
  {
    "follower" : {
      "accountId" : "6985924404123712",
      "userLink" : "https://twitter.com/intent/user?user_id=6985924404123712"
    }
  },
  {
    "follower" : {
      "accountId" : "32810615164",
      "userLink" : "https://twitter.com/intent/user?user_id=32810615164"
    }
  },
  {
    "follower" : {
      "accountId" : "43647848948",
      "userLink" : "https://twitter.com/intent/user?user_id=43647848948"
    }
  },
  {
    "follower" : {
      "accountId" : "78902336807784354",
      "userLink" : "https://twitter.com/intent/user?user_id=78902336807784354"
    }
  },
  {
    "follower" : {
      "accountId" : "83181942762",
      "userLink" : "https://twitter.com/intent/user?user_id=83181942762"
    }
  },
  {
    "follower" : {
      "accountId" : "909552313",
      "userLink" : "https://twitter.com/intent/user?user_id=909552313"
    }
  },
  {
    "follower" : {
      "accountId" : "125024157606534",
      "userLink" : "https://twitter.com/intent/user?user_id=125024157606534"
    }
  },
  {
    "follower" : {
      "accountId" : "66917026958050",
      "userLink" : "https://twitter.com/intent/user?user_id=66917026958050"
    }
  },
  {
    "follower" : {
      "accountId" : "36622190644557",
      "userLink" : "https://twitter.com/intent/user?user_id=36622190644557"
    }
  },
  {
    "follower" : {
      "accountId" : "209557181",
      "userLink" : "https://twitter.com/intent/user?user_id=209557181"
    }
  },
  {
    "follower" : {
      "accountId" : "8259269124325925711",
      "userLink" : "https://twitter.com/intent/user?user_id=8259269124325925711"
    }
  },
  {
    "follower" : {
      "accountId" : "872504796988",
      "userLink" : "https://twitter.com/intent/user?user_id=872504796988"
    }
  },
  {
    "follower" : {
      "accountId" : "888285582584462",
      "userLink" : "https://twitter.com/intent/user?user_id=888285582584462"
    }
  },
  {
    "follower" : {
      "accountId" : "7598498667",
      "userLink" : "https://twitter.com/intent/user?user_id=7598498667"
    }
  },
  {
    "follower" : {
      "accountId" : "42157975253963",
      "userLink" : "https://twitter.com/intent/user?user_id=42157975253963"
    }
  },
  {
    "follower" : {
      "accountId" : "56941629762696986",
      "userLink" : "https://twitter.com/intent/user?user_id=56941629762696986"
    }
  },
  {
    "follower" : {
      "accountId" : "8902379146977856826",
      "userLink" : "https://twitter.com/intent/user?user_id=8902379146977856826"
    }
  },
  {
    "follower" : {
      "accountId" : "2500103521888748106",
      "userLink" : "https://twitter.com/intent/user?user_id=2500103521888748106"
    }
  },
  {
    "follower" : {
      "accountId" : "140662721964589",
      "userLink" : "https://twitter.com/intent/user?user_id=140662721964589"
    }
  },
  {
    "follower" : {
      "accountId" : "35401249",
      "userLink" : "https://twitter.com/intent/user?user_id=35401249"
    }
  },
  {
    "follower" : {
      "accountId" : "3489147476326288",
      "userLink" : "https://twitter.com/intent/user?user_id=3489147476326288"
    }
  },
  {
    "follower" : {
      "accountId" : "6071229317118",
      "userLink" : "https://twitter.com/intent/user?user_id=6071229317118"
    }
  },
  {
    "follower" : {
      "accountId" : "348802325871418",
      "userLink" : "https://twitter.com/intent/user?user_id=348802325871418"
    }
  },
  {
    "follower" : {
      "accountId" : "1747468799268624472",
      "userLink" : "https://twitter.com/intent/user?user_id=1747468799268624472"
    }
  },
  {
    "follower" : {
      "accountId" : "240272677",
      "userLink" : "https://twitter.com/intent/user?user_id=240272677"
    }
  },
  {
    "follower" : {
      "accountId" : "1826235064142983535",
      "userLink" : "https://twitter.com/intent/user?user_id=1826235064142983535"
    }
  },
  {
    "follower" : {
      "accountId" : "5000490195155",
      "userLink" : "https://twitter.com/intent/user?user_id=5000490195155"
    }
  },
  {
    "follower" : {
      "accountId" : "1251369581",
      "userLink" : "https://twitter.com/intent/user?user_id=1251369581"
    }
  },
  {
    "follower" : {
      "accountId" : "8079405154656132646",
      "userLink" : "https://twitter.com/intent/user?user_id=8079405154656132646"
    }
  },
  {
    "follower" : {
      "accountId" : "51492616267172",
      "userLink" : "https://twitter.com/intent/user?user_id=51492616267172"
    }
  },
  {
    "follower" : {
      "accountId" : "30874816205",
      "userLink" : "https://twitter.com/intent/user?user_id=30874816205"
    }
  },
  {
    "follower" : {
      "accountId" : "696297618585304762",
      "userLink" : "https://twitter.com/intent/user?user_id=696297618585304762"
    }
  },
  {
    "follower" : {
      "accountId" : "400522677962284085",
      "userLink" : "https://twitter.com/intent/user?user_id=400522677962284085"
    }
  },
  {
    "follower" : {
      "accountId" : "166618824358",
      "userLink" : "https://twitter.com/intent/user?user_id=166618824358"
    }
  },
  {
    "follower" : {
      "accountId" : "881452796",
      "userLink" : "https://twitter.com/intent/user?user_id=881452796"
    }
  },
  {
    "follower" : {
      "accountId" : "6992059472206147",
      "userLink" : "https://twitter.com/intent/user?user_id=6992059472206147"
    }
  },
  {
    "follower" : {
      "accountId" : "2844517052022",
      "userLink" : "https://twitter.com/intent/user?user_id=2844517052022"
    }
  },
  {
    "follower" : {
      "accountId" : "906942147276",
      "userLink" : "https://twitter.com/intent/user?user_id=906942147276"
    }
  },
  {
    "follower" : {
      "accountId" : "320692823927368",
      "userLink" : "https://twitter.com/intent/user?user_id=320692823927368"
    }
  },
  {
    "follower" : {
      "accountId" : "5022866434",
      "userLink" : "https://twitter.com/intent/user?user_id=5022866434"
    }
  },
  {
    "follower" : {
      "accountId" : "47931984699",
      "userLink" : "https://twitter.com/intent/user?user_id=47931984699"
    }
  },
  {
    "follower" : {
      "accountId" : "82348243692",
      "userLink" : "https://twitter.com/intent/user?user_id=82348243692"
    }
  },
  {
    "follower" : {
      "accountId" : "775565845",
      "userLink" : "https://twitter.com/intent/user?user_id=775565845"
    }
  },
  {
    "follower" : {
      "accountId" : "68161828321961",
      "userLink" : "https://twitter.com/intent/user?user_id=68161828321961"
    }
  },
  {
    "follower" : {
      "accountId" : "136985081931688704",
      "userLink" : "https://twitter.com/intent/user?user_id=136985081931688704"
    }
  },
  {
    "follower" : {
      "accountId" : "6187118696075",
      "userLink" : "https://twitter.com/intent/user?user_id=6187118696075"
    }
  },
  {
    "follower" : {
      "accountId" : "5311110243408200",
      "userLink" : "https://twitter.com/intent/user?user_id=5311110243408200"
    }
  },
  {
    "follower" : {
      "accountId" : "436804691784696972",
      "userLink" : "https://twitter.com/intent/user?user_id=436804691784696972"
    }
  },
  {
    "follower" : {
      "accountId" : "26585306791",
      "userLink" : "https://twitter.com/intent/user?user_id=26585306791"
    }
  },
  {
    "follower" : {
      "accountId" : "966335232188059",
      "userLink" : "https://twitter.com/intent/user?user_id=966335232188059"
    }
  },
  {
    "follower" : {
      "accountId" : "25321621",
      "userLink" : "https://twitter.com/intent/user?user_id=25321621"
    }
  },
  {
    "follower" : {
      "accountId" : "2888459101133",
      "userLink" : "https://twitter.com/intent/user?user_id=2888459101133"
    }
  },
  {
    "follower" : {
      "accountId" : "2428832267533",
      "userLink" : "https://twitter.com/intent/user?user_id=2428832267533"
    }
  },
  {
    "follower" : {
      "accountId" : "882278103699827147",
      "userLink" : "https://twitter.com/intent/user?user_id=882278103699827147"
    }
  },
  {
    "follower" : {
      "accountId" : "5311428194018",
      "userLink" : "https://twitter.com/intent/user?user_id=5311428194018"
    }
  },
  {
    "follower" : {
      "accountId" : "4563940047093739230",
      "userLink" : "https://twitter.com/intent/user?user_id=4563940047093739230"
    }
  },
  {
    "follower" : {
      "accountId" : "3583708141300710",
      "userLink" : "https://twitter.com/intent/user?user_id=3583708141300710"
    }
  },
  {
    "follower" : {
      "accountId" : "559228361767430",
      "userLink" : "https://twitter.com/intent/user?user_id=559228361767430"
    }
  },
  {
    "follower" : {
      "accountId" : "4990591492",
      "userLink" : "https://twitter.com/intent/user?user_id=4990591492"
    }
  },
  {
    "follower" : {
      "accountId" : "28362641",
      "userLink" : "https://twitter.com/intent/user?user_id=28362641"
    }
  },
  {
    "follower" : {
      "accountId" : "558922636066875",
      "userLink" : "https://twitter.com/intent/user?user_id=558922636066875"
    }
  },
  {
    "follower" : {
      "accountId" : "24548204488117",
      "userLink" : "https://twitter.com/intent/user?user_id=24548204488117"
    }
  },
  {
    "follower" : {
      "accountId" : "22453959014",
      "userLink" : "https://twitter.com/intent/user?user_id=22453959014"
    }
  },
  {
    "follower" : {
      "accountId" : "374759806262020",
      "userLink" : "https://twitter.com/intent/user?user_id=374759806262020"
    }
  },
  {
    "follower" : {
      "accountId" : "51411909955741468",
      "userLink" : "https://twitter.com/intent/user?user_id=51411909955741468"
    }
  },
  {
    "follower" : {
      "accountId" : "74757180097701151",
      "userLink" : "https://twitter.com/intent/user?user_id=74757180097701151"
    }
  },
  {
    "follower" : {
      "accountId" : "8343389015253",
      "userLink" : "https://twitter.com/intent/user?user_id=8343389015253"
    }
  },
  {
    "follower" : {
      "accountId" : "44347331563599835",
      "userLink" : "https://twitter.com/intent/user?user_id=44347331563599835"
    }
  },
  {
    "follower" : {
      "accountId" : "43221779144113237",
      "userLink" : "https://twitter.com/intent/user?user_id=43221779144113237"
    }
  },
  {
    "follower" : {
      "accountId" : "452636542",
      "userLink" : "https://twitter.com/intent/user?user_id=452636542"
    }
  },
  {
    "follower" : {
      "accountId" : "63418870753",
      "userLink" : "https://twitter.com/intent/user?user_id=63418870753"
    }
  },
  {
    "follower" : {
      "accountId" : "967591662808",
      "userLink" : "https://twitter.com/intent/user?user_id=967591662808"
    }
  },
  {
    "follower" : {
      "accountId" : "1580966360211615537",
      "userLink" : "https://twitter.com/intent/user?user_id=1580966360211615537"
    }
  },
  {
    "follower" : {
      "accountId" : "391746110307570",
      "userLink" : "https://twitter.com/intent/user?user_id=391746110307570"
    }
  },
  {
    "follower" : {
      "accountId" : "3664449823540921",
      "userLink" : "https://twitter.com/intent/user?user_id=3664449823540921"
    }
  },
  {
    "follower" : {
      "accountId" : "455980607",
      "userLink" : "https://twitter.com/intent/user?user_id=455980607"
    }
  },
  {
    "follower" : {
      "accountId" : "97808728255169349",
      "userLink" : "https://twitter.com/intent/user?user_id=97808728255169349"
    }
  },
  {
    "follower" : {
      "accountId" : "79178851520826618",
      "userLink" : "https://twitter.com/intent/user?user_id=79178851520826618"
    }
  },
  {
    "follower" : {
      "accountId" : "19222336",
      "userLink" : "https://twitter.com/intent/user?user_id=19222336"
    }
  },
  {
    "follower" : {
      "accountId" : "514191554300",
      "userLink" : "https://twitter.com/intent/user?user_id=514191554300"
    }
  },
  {
    "follower" : {
      "accountId" : "249924980",
      "userLink" : "https://twitter.com/intent/user?user_id=249924980"
    }
  },
  {
    "follower" : {
      "accountId" : "732531694428866699",
      "userLink" : "https://twitter.com/intent/user?user_id=732531694428866699"
    }
  },
  {
    "follower" : {
      "accountId" : "8902513486869403",
      "userLink" : "https://twitter.com/intent/user?user_id=8902513486869403"
    }
  },
  {
    "follower" : {
      "accountId" : "813149517",
      "userLink" : "https://twitter.com/intent/user?user_id=813149517"
    }
  },
  {
    "follower" : {
      "accountId" : "58651904187",
      "userLink" : "https://twitter.com/intent/user?user_id=58651904187"
    }
  },
  {
    "follower" : {
      "accountId" : "8172286610",
      "userLink" : "https://twitter.com/intent/user?user_id=8172286610"
    }
  },
  {
    "follower" : {
      "accountId" : "119411656714429",
      "userLink" : "https://twitter.com/intent/user?user_id=119411656714429"
    }
  },
  {
    "follower" : {
      "accountId" : "371858545781077810",
      "userLink" : "https://twitter.com/intent/user?user_id=371858545781077810"
    }
  },
  {
    "follower" : {
      "accountId" : "94195516999366",
      "userLink" : "https://twitter.com/intent/user?user_id=94195516999366"
    }
  },
  {
    "follower" : {
      "accountId" : "5477841677",
      "userLink" : "https://twitter.com/intent/user?user_id=5477841677"
    }
  },
  {
    "follower" : {
      "accountId" : "96077821",
      "userLink" : "https://twitter.com/intent/user?user_id=96077821"
    }
  },
  {
    "follower" : {
      "accountId" : "116176589",
      "userLink" : "https://twitter.com/intent/user?user_id=116176589"
    }
  },
  {
    "follower" : {
      "accountId" : "493045934",
      "userLink" : "https://twitter.com/intent/user?user_id=493045934"
    }
  },
  {
    "follower" : {
      "accountId" : "877921988685183",
      "userLink" : "https://twitter.com/intent/user?user_id=877921988685183"
    }
  },
  {
    "follower" : {
      "accountId" : "574686925641",
      "userLink" : "https://twitter.com/intent/user?user_id=574686925641"
    }
  },
  {
    "follower" : {
      "accountId" : "79122191396",
      "userLink" : "https://twitter.com/intent/user?user_id=79122191396"
    }
  },
  {
    "follower" : {
      "accountId" : "32217783",
      "userLink" : "https://twitter.com/intent/user?user_id=32217783"
    }
  },
  {
    "follower" : {
      "accountId" : "184547566",
      "userLink" : "https://twitter.com/intent/user?user_id=184547566"
    }
  },
  {
    "follower" : {
      "accountId" : "944805500839861",
      "userLink" : "https://twitter.com/intent/user?user_id=944805500839861"
    }
  },
  {
    "follower" : {
      "accountId" : "925161221603",
      "userLink" : "https://twitter.com/intent/user?user_id=925161221603"
    }
  },
  {
    "follower" : {
      "accountId" : "245041911941127568",
      "userLink" : "https://twitter.com/intent/user?user_id=245041911941127568"
    }
  },
  {
    "follower" : {
      "accountId" : "212778541203",
      "userLink" : "https://twitter.com/intent/user?user_id=212778541203"
    }
  },
  {
    "follower" : {
      "accountId" : "4656199154914406715",
      "userLink" : "https://twitter.com/intent/user?user_id=4656199154914406715"
    }
  },
  {
    "follower" : {
      "accountId" : "286824061978336",
      "userLink" : "https://twitter.com/intent/user?user_id=286824061978336"
    }
  },
  {
    "follower" : {
      "accountId" : "73918041567111883",
      "userLink" : "https://twitter.com/intent/user?user_id=73918041567111883"
    }
  },
  {
    "follower" : {
      "accountId" : "8435155815",
      "userLink" : "https://twitter.com/intent/user?user_id=8435155815"
    }
  },
  {
    "follower" : {
      "accountId" : "5623221085075",
      "userLink" : "https://twitter.com/intent/user?user_id=5623221085075"
    }
  },
  {
    "follower" : {
      "accountId" : "66668648197",
      "userLink" : "https://twitter.com/intent/user?user_id=66668648197"
    }
  },
  {
    "follower" : {
      "accountId" : "205916524782",
      "userLink" : "https://twitter.com/intent/user?user_id=205916524782"
    }
  },
  {
    "follower" : {
      "accountId" : "95978530084883",
      "userLink" : "https://twitter.com/intent/user?user_id=95978530084883"
    }
  },
  {
    "follower" : {
      "accountId" : "2790635542515931",
      "userLink" : "https://twitter.com/intent/user?user_id=2790635542515931"
    }
  },
  {
    "follower" : {
      "accountId" : "326396566",
      "userLink" : "https://twitter.com/intent/user?user_id=326396566"
    }
  },
  {
    "follower" : {
      "accountId" : "964129159322555675",
      "userLink" : "https://twitter.com/intent/user?user_id=964129159322555675"
    }
  },
  {
    "follower" : {
      "accountId" : "3702364497",
      "userLink" : "https://twitter.com/intent/user?user_id=3702364497"
    }
  },
  {
    "follower" : {
      "accountId" : "89758203226396",
      "userLink" : "https://twitter.com/intent/user?user_id=89758203226396"
    }
  },
  {
    "follower" : {
      "accountId" : "70073818131",
      "userLink" : "https://twitter.com/intent/user?user_id=70073818131"
    }
  },
  {
    "follower" : {
      "accountId" : "19645601",
      "userLink" : "https://twitter.com/intent/user?user_id=19645601"
    }
  },
  {
    "follower" : {
      "accountId" : "20515011070",
      "userLink" : "https://twitter.com/intent/user?user_id=20515011070"
    }
  },
  {
    "follower" : {
      "accountId" : "9501022241",
      "userLink" : "https://twitter.com/intent/user?user_id=9501022241"
    }
  },
  {
    "follower" : {
      "accountId" : "79202132908",
      "userLink" : "https://twitter.com/intent/user?user_id=79202132908"
    }
  },
  {
    "follower" : {
      "accountId" : "986355234868684",
      "userLink" : "https://twitter.com/intent/user?user_id=986355234868684"
    }
  },
  {
    "follower" : {
      "accountId" : "94068429899097",
      "userLink" : "https://twitter.com/intent/user?user_id=94068429899097"
    }
  },
  {
    "follower" : {
      "accountId" : "3510808380075194",
      "userLink" : "https://twitter.com/intent/user?user_id=3510808380075194"
    }
  },
  {
    "follower" : {
      "accountId" : "767955219014206847",
      "userLink" : "https://twitter.com/intent/user?user_id=767955219014206847"
    }
  },
  {
    "follower" : {
      "accountId" : "62664255",
      "userLink" : "https://twitter.com/intent/user?user_id=62664255"
    }
  },
  {
    "follower" : {
      "accountId" : "8367424423644141953",
      "userLink" : "https://twitter.com/intent/user?user_id=8367424423644141953"
    }
  },
  {
    "follower" : {
      "accountId" : "761014297",
      "userLink" : "https://twitter.com/intent/user?user_id=761014297"
    }
  },
  {
    "follower" : {
      "accountId" : "8391585091576786",
      "userLink" : "https://twitter.com/intent/user?user_id=8391585091576786"
    }
  },
  {
    "follower" : {
      "accountId" : "6015787644997502615",
      "userLink" : "https://twitter.com/intent/user?user_id=6015787644997502615"
    }
  },
  {
    "follower" : {
      "accountId" : "541710772",
      "userLink" : "https://twitter.com/intent/user?user_id=541710772"
    }
  },
  {
    "follower" : {
      "accountId" : "44250589077854088",
      "userLink" : "https://twitter.com/intent/user?user_id=44250589077854088"
    }
  },
  {
    "follower" : {
      "accountId" : "8331792717",
      "userLink" : "https://twitter.com/intent/user?user_id=8331792717"
    }
  },
  {
    "follower" : {
      "accountId" : "44337395",
      "userLink" : "https://twitter.com/intent/user?user_id=44337395"
    }
  },
  {
    "follower" : {
      "accountId" : "84760285",
      "userLink" : "https://twitter.com/intent/user?user_id=84760285"
    }
  },
  {
    "follower" : {
      "accountId" : "47453874205922",
      "userLink" : "https://twitter.com/intent/user?user_id=47453874205922"
    }
  },
  {
    "follower" : {
      "accountId" : "93588519101",
      "userLink" : "https://twitter.com/intent/user?user_id=93588519101"
    }
  },
  {
    "follower" : {
      "accountId" : "2147756906935",
      "userLink" : "https://twitter.com/intent/user?user_id=2147756906935"
    }
  },
  {
    "follower" : {
      "accountId" : "6178996448635818",
      "userLink" : "https://twitter.com/intent/user?user_id=6178996448635818"
    }
  },
  {
    "follower" : {
      "accountId" : "9726934381394689712",
      "userLink" : "https://twitter.com/intent/user?user_id=9726934381394689712"
    }
  },
  {
    "follower" : {
      "accountId" : "23204626564",
      "userLink" : "https://twitter.com/intent/user?user_id=23204626564"
    }
  },
  {
    "follower" : {
      "accountId" : "701119457005535",
      "userLink" : "https://twitter.com/intent/user?user_id=701119457005535"
    }
  },
  {
    "follower" : {
      "accountId" : "7790774422",
      "userLink" : "https://twitter.com/intent/user?user_id=7790774422"
    }
  },
  {
    "follower" : {
      "accountId" : "180100521035",
      "userLink" : "https://twitter.com/intent/user?user_id=180100521035"
    }
  },
  {
    "follower" : {
      "accountId" : "5151070693",
      "userLink" : "https://twitter.com/intent/user?user_id=5151070693"
    }
  },
  {
    "follower" : {
      "accountId" : "24507132134",
      "userLink" : "https://twitter.com/intent/user?user_id=24507132134"
    }
  },
  {
    "follower" : {
      "accountId" : "74103570221304275",
      "userLink" : "https://twitter.com/intent/user?user_id=74103570221304275"
    }
  },
  {
    "follower" : {
      "accountId" : "334908762",
      "userLink" : "https://twitter.com/intent/user?user_id=334908762"
    }
  },
  {
    "follower" : {
      "accountId" : "109992398173925",
      "userLink" : "https://twitter.com/intent/user?user_id=109992398173925"
    }
  },
  {
    "follower" : {
      "accountId" : "7937823726448261",
      "userLink" : "https://twitter.com/intent/user?user_id=7937823726448261"
    }
  },
  {
    "follower" : {
      "accountId" : "524306028111",
      "userLink" : "https://twitter.com/intent/user?user_id=524306028111"
    }
  },
  {
    "follower" : {
      "accountId" : "135023698",
      "userLink" : "https://twitter.com/intent/user?user_id=135023698"
    }
  },
  {
    "follower" : {
      "accountId" : "66571939717368",
      "userLink" : "https://twitter.com/intent/user?user_id=66571939717368"
    }
  },
  {
    "follower" : {
      "accountId" : "98081150",
      "userLink" : "https://twitter.com/intent/user?user_id=98081150"
    }
  },
  {
    "follower" : {
      "accountId" : "102850480",
      "userLink" : "https://twitter.com/intent/user?user_id=102850480"
    }
  },
  {
    "follower" : {
      "accountId" : "60247404809015332",
      "userLink" : "https://twitter.com/intent/user?user_id=60247404809015332"
    }
  },
  {
    "follower" : {
      "accountId" : "4596012985369662",
      "userLink" : "https://twitter.com/intent/user?user_id=4596012985369662"
    }
  },
  {
    "follower" : {
      "accountId" : "63282269058927171",
      "userLink" : "https://twitter.com/intent/user?user_id=63282269058927171"
    }
  },
  {
    "follower" : {
      "accountId" : "5098277046942",
      "userLink" : "https://twitter.com/intent/user?user_id=5098277046942"
    }
  },
  {
    "follower" : {
      "accountId" : "861049123073",
      "userLink" : "https://twitter.com/intent/user?user_id=861049123073"
    }
  },
  {
    "follower" : {
      "accountId" : "5964908604",
      "userLink" : "https://twitter.com/intent/user?user_id=5964908604"
    }
  },
  {
    "follower" : {
      "accountId" : "228932619928689273",
      "userLink" : "https://twitter.com/intent/user?user_id=228932619928689273"
    }
  },
  {
    "follower" : {
      "accountId" : "7302268129137",
      "userLink" : "https://twitter.com/intent/user?user_id=7302268129137"
    }
  },
  {
    "follower" : {
      "accountId" : "7048550784077616",
      "userLink" : "https://twitter.com/intent/user?user_id=7048550784077616"
    }
  },
  {
    "follower" : {
      "accountId" : "42532854245",
      "userLink" : "https://twitter.com/intent/user?user_id=42532854245"
    }
  },
  {
    "follower" : {
      "accountId" : "3070340592",
      "userLink" : "https://twitter.com/intent/user?user_id=3070340592"
    }
  },
  {
    "follower" : {
      "accountId" : "24049725",
      "userLink" : "https://twitter.com/intent/user?user_id=24049725"
    }
  },
  {
    "follower" : {
      "accountId" : "3209980869",
      "userLink" : "https://twitter.com/intent/user?user_id=3209980869"
    }
  },
  {
    "follower" : {
      "accountId" : "2307834698573306",
      "userLink" : "https://twitter.com/intent/user?user_id=2307834698573306"
    }
  },
  {
    "follower" : {
      "accountId" : "350051313521937",
      "userLink" : "https://twitter.com/intent/user?user_id=350051313521937"
    }
  },
  {
    "follower" : {
      "accountId" : "4963322820915671",
      "userLink" : "https://twitter.com/intent/user?user_id=4963322820915671"
    }
  },
  {
    "follower" : {
      "accountId" : "1305102001754",
      "userLink" : "https://twitter.com/intent/user?user_id=1305102001754"
    }
  },
  {
    "follower" : {
      "accountId" : "52157253",
      "userLink" : "https://twitter.com/intent/user?user_id=52157253"
    }
  },
  {
    "follower" : {
      "accountId" : "858494470129838",
      "userLink" : "https://twitter.com/intent/user?user_id=858494470129838"
    }
  },
  {
    "follower" : {
      "accountId" : "535888646",
      "userLink" : "https://twitter.com/intent/user?user_id=535888646"
    }
  },
  {
    "follower" : {
      "accountId" : "950446516107",
      "userLink" : "https://twitter.com/intent/user?user_id=950446516107"
    }
  },
  {
    "follower" : {
      "accountId" : "52998109275840",
      "userLink" : "https://twitter.com/intent/user?user_id=52998109275840"
    }
  },
  {
    "follower" : {
      "accountId" : "6894485142456",
      "userLink" : "https://twitter.com/intent/user?user_id=6894485142456"
    }
  },
  {
    "follower" : {
      "accountId" : "2060584550",
      "userLink" : "https://twitter.com/intent/user?user_id=2060584550"
    }
  },
  {
    "follower" : {
      "accountId" : "492065222816057",
      "userLink" : "https://twitter.com/intent/user?user_id=492065222816057"
    }
  },
  {
    "follower" : {
      "accountId" : "39951684",
      "userLink" : "https://twitter.com/intent/user?user_id=39951684"
    }
  },
  {
    "follower" : {
      "accountId" : "745909621185678368",
      "userLink" : "https://twitter.com/intent/user?user_id=745909621185678368"
    }
  },
  {
    "follower" : {
      "accountId" : "36121336819",
      "userLink" : "https://twitter.com/intent/user?user_id=36121336819"
    }
  },
  {
    "follower" : {
      "accountId" : "5527874430650303",
      "userLink" : "https://twitter.com/intent/user?user_id=5527874430650303"
    }
  },
  {
    "follower" : {
      "accountId" : "25079940376367",
      "userLink" : "https://twitter.com/intent/user?user_id=25079940376367"
    }
  },
  {
    "follower" : {
      "accountId" : "93987592481384729",
      "userLink" : "https://twitter.com/intent/user?user_id=93987592481384729"
    }
  },
  {
    "follower" : {
      "accountId" : "831703729592",
      "userLink" : "https://twitter.com/intent/user?user_id=831703729592"
    }
  },
  {
    "follower" : {
      "accountId" : "51900821491129",
      "userLink" : "https://twitter.com/intent/user?user_id=51900821491129"
    }
  },
  {
    "follower" : {
      "accountId" : "8277016114",
      "userLink" : "https://twitter.com/intent/user?user_id=8277016114"
    }
  },
  {
    "follower" : {
      "accountId" : "3539953524392171808",
      "userLink" : "https://twitter.com/intent/user?user_id=3539953524392171808"
    }
  },
  {
    "follower" : {
      "accountId" : "9882656399",
      "userLink" : "https://twitter.com/intent/user?user_id=9882656399"
    }
  },
  {
    "follower" : {
      "accountId" : "6263642824033",
      "userLink" : "https://twitter.com/intent/user?user_id=6263642824033"
    }
  },
  {
    "follower" : {
      "accountId" : "1686197230406",
      "userLink" : "https://twitter.com/intent/user?user_id=1686197230406"
    }
  },
  {
    "follower" : {
      "accountId" : "4021471212994243",
      "userLink" : "https://twitter.com/intent/user?user_id=4021471212994243"
    }
  },
  {
    "follower" : {
      "accountId" : "219390588",
      "userLink" : "https://twitter.com/intent/user?user_id=219390588"
    }
  },
  {
    "follower" : {
      "accountId" : "6257236654025943038",
      "userLink" : "https://twitter.com/intent/user?user_id=6257236654025943038"
    }
  },
  {
    "follower" : {
      "accountId" : "54938980236800",
      "userLink" : "https://twitter.com/intent/user?user_id=54938980236800"
    }
  },
  {
    "follower" : {
      "accountId" : "9617266224156499190",
      "userLink" : "https://twitter.com/intent/user?user_id=9617266224156499190"
    }
  },
  {
    "follower" : {
      "accountId" : "7762464082827729788",
      "userLink" : "https://twitter.com/intent/user?user_id=7762464082827729788"
    }
  },
  {
    "follower" : {
      "accountId" : "66414296869903",
      "userLink" : "https://twitter.com/intent/user?user_id=66414296869903"
    }
  },
  {
    "follower" : {
      "accountId" : "22039622717067",
      "userLink" : "https://twitter.com/intent/user?user_id=22039622717067"
    }
  },
  {
    "follower" : {
      "accountId" : "2363575292",
      "userLink" : "https://twitter.com/intent/user?user_id=2363575292"
    }
  },
  {
    "follower" : {
      "accountId" : "188597874941921",
      "userLink" : "https://twitter.com/intent/user?user_id=188597874941921"
    }
  },
  {
    "follower" : {
      "accountId" : "7091004112",
      "userLink" : "https://twitter.com/intent/user?user_id=7091004112"
    }
  },
  {
    "follower" : {
      "accountId" : "9711382291851287313",
      "userLink" : "https://twitter.com/intent/user?user_id=9711382291851287313"
    }
  },
  {
    "follower" : {
      "accountId" : "3909639708761",
      "userLink" : "https://twitter.com/intent/user?user_id=3909639708761"
    }
  },
  {
    "follower" : {
      "accountId" : "83656586554",
      "userLink" : "https://twitter.com/intent/user?user_id=83656586554"
    }
  },
  {
    "follower" : {
      "accountId" : "18637609190",
      "userLink" : "https://twitter.com/intent/user?user_id=18637609190"
    }
  },
  {
    "follower" : {
      "accountId" : "5048025730215855590",
      "userLink" : "https://twitter.com/intent/user?user_id=5048025730215855590"
    }
  },
  {
    "follower" : {
      "accountId" : "147153000052642888",
      "userLink" : "https://twitter.com/intent/user?user_id=147153000052642888"
    }
  },
  {
    "follower" : {
      "accountId" : "3398264666355728287",
      "userLink" : "https://twitter.com/intent/user?user_id=3398264666355728287"
    }
  },
  {
    "follower" : {
      "accountId" : "59166210259947682",
      "userLink" : "https://twitter.com/intent/user?user_id=59166210259947682"
    }
  },
  {
    "follower" : {
      "accountId" : "45966530057",
      "userLink" : "https://twitter.com/intent/user?user_id=45966530057"
    }
  },
  {
    "follower" : {
      "accountId" : "8061802752946816877",
      "userLink" : "https://twitter.com/intent/user?user_id=8061802752946816877"
    }
  },
  {
    "follower" : {
      "accountId" : "797815112",
      "userLink" : "https://twitter.com/intent/user?user_id=797815112"
    }
  },
  {
    "follower" : {
      "accountId" : "1047019806823",
      "userLink" : "https://twitter.com/intent/user?user_id=1047019806823"
    }
  },
  {
    "follower" : {
      "accountId" : "2829309914830649",
      "userLink" : "https://twitter.com/intent/user?user_id=2829309914830649"
    }
  },
  {
    "follower" : {
      "accountId" : "6801114208671638187",
      "userLink" : "https://twitter.com/intent/user?user_id=6801114208671638187"
    }
  },
  {
    "follower" : {
      "accountId" : "1034559171",
      "userLink" : "https://twitter.com/intent/user?user_id=1034559171"
    }
  },
  {
    "follower" : {
      "accountId" : "133775849464974",
      "userLink" : "https://twitter.com/intent/user?user_id=133775849464974"
    }
  },
  {
    "follower" : {
      "accountId" : "857232940591647",
      "userLink" : "https://twitter.com/intent/user?user_id=857232940591647"
    }
  },
  {
    "follower" : {
      "accountId" : "397886087",
      "userLink" : "https://twitter.com/intent/user?user_id=397886087"
    }
  },
  {
    "follower" : {
      "accountId" : "848695964611673251",
      "userLink" : "https://twitter.com/intent/user?user_id=848695964611673251"
    }
  },
  {
    "follower" : {
      "accountId" : "3753484439325",
      "userLink" : "https://twitter.com/intent/user?user_id=3753484439325"
    }
  },
  {
    "follower" : {
      "accountId" : "10552380549621353",
      "userLink" : "https://twitter.com/intent/user?user_id=10552380549621353"
    }
  },
  {
    "follower" : {
      "accountId" : "96859761261976",
      "userLink" : "https://twitter.com/intent/user?user_id=96859761261976"
    }
  },
  {
    "follower" : {
      "accountId" : "86447940",
      "userLink" : "https://twitter.com/intent/user?user_id=86447940"
    }
  },
  {
    "follower" : {
      "accountId" : "26284232810525354",
      "userLink" : "https://twitter.com/intent/user?user_id=26284232810525354"
    }
  },
  {
    "follower" : {
      "accountId" : "33460714886869164",
      "userLink" : "https://twitter.com/intent/user?user_id=33460714886869164"
    }
  },
  {
    "follower" : {
      "accountId" : "108585184277798184",
      "userLink" : "https://twitter.com/intent/user?user_id=108585184277798184"
    }
  },
  {
    "follower" : {
      "accountId" : "186009298901000568",
      "userLink" : "https://twitter.com/intent/user?user_id=186009298901000568"
    }
  },
  {
    "follower" : {
      "accountId" : "322749172",
      "userLink" : "https://twitter.com/intent/user?user_id=322749172"
    }
  },
  {
    "follower" : {
      "accountId" : "20412069687489154",
      "userLink" : "https://twitter.com/intent/user?user_id=20412069687489154"
    }
  },
  {
    "follower" : {
      "accountId" : "1867335363766361189",
      "userLink" : "https://twitter.com/intent/user?user_id=1867335363766361189"
    }
  },
  {
    "follower" : {
      "accountId" : "69833492",
      "userLink" : "https://twitter.com/intent/user?user_id=69833492"
    }
  },
  {
    "follower" : {
      "accountId" : "3318302975",
      "userLink" : "https://twitter.com/intent/user?user_id=3318302975"
    }
  },
  {
    "follower" : {
      "accountId" : "50142022798",
      "userLink" : "https://twitter.com/intent/user?user_id=50142022798"
    }
  },
  {
    "follower" : {
      "accountId" : "8507464738339002",
      "userLink" : "https://twitter.com/intent/user?user_id=8507464738339002"
    }
  },
  {
    "follower" : {
      "accountId" : "35583909241",
      "userLink" : "https://twitter.com/intent/user?user_id=35583909241"
    }
  },
  {
    "follower" : {
      "accountId" : "18547208",
      "userLink" : "https://twitter.com/intent/user?user_id=18547208"
    }
  },
  {
    "follower" : {
      "accountId" : "8972864807701252",
      "userLink" : "https://twitter.com/intent/user?user_id=8972864807701252"
    }
  },
  {
    "follower" : {
      "accountId" : "446957085001",
      "userLink" : "https://twitter.com/intent/user?user_id=446957085001"
    }
  },
  {
    "follower" : {
      "accountId" : "9356985929",
      "userLink" : "https://twitter.com/intent/user?user_id=9356985929"
    }
  },
  {
    "follower" : {
      "accountId" : "9507399053885504",
      "userLink" : "https://twitter.com/intent/user?user_id=9507399053885504"
    }
  },
  {
    "follower" : {
      "accountId" : "12934467041525",
      "userLink" : "https://twitter.com/intent/user?user_id=12934467041525"
    }
  },
  {
    "follower" : {
      "accountId" : "7631129794",
      "userLink" : "https://twitter.com/intent/user?user_id=7631129794"
    }
  },
  {
    "follower" : {
      "accountId" : "837434401702221",
      "userLink" : "https://twitter.com/intent/user?user_id=837434401702221"
    }
  },
  {
    "follower" : {
      "accountId" : "78707048953451755",
      "userLink" : "https://twitter.com/intent/user?user_id=78707048953451755"
    }
  },
  {
    "follower" : {
      "accountId" : "28106955809",
      "userLink" : "https://twitter.com/intent/user?user_id=28106955809"
    }
  },
  {
    "follower" : {
      "accountId" : "80901768601455044",
      "userLink" : "https://twitter.com/intent/user?user_id=80901768601455044"
    }
  },
  {
    "follower" : {
      "accountId" : "17802798",
      "userLink" : "https://twitter.com/intent/user?user_id=17802798"
    }
  },
  {
    "follower" : {
      "accountId" : "8167280085608902266",
      "userLink" : "https://twitter.com/intent/user?user_id=8167280085608902266"
    }
  },
  {
    "follower" : {
      "accountId" : "56620983",
      "userLink" : "https://twitter.com/intent/user?user_id=56620983"
    }
  },
  {
    "follower" : {
      "accountId" : "7131114880755666962",
      "userLink" : "https://twitter.com/intent/user?user_id=7131114880755666962"
    }
  },
  {
    "follower" : {
      "accountId" : "657045679454",
      "userLink" : "https://twitter.com/intent/user?user_id=657045679454"
    }
  },
  {
    "follower" : {
      "accountId" : "392059443981980465",
      "userLink" : "https://twitter.com/intent/user?user_id=392059443981980465"
    }
  },
  {
    "follower" : {
      "accountId" : "3604793142020577",
      "userLink" : "https://twitter.com/intent/user?user_id=3604793142020577"
    }
  },
  {
    "follower" : {
      "accountId" : "465061023",
      "userLink" : "https://twitter.com/intent/user?user_id=465061023"
    }
  },
  {
    "follower" : {
      "accountId" : "14867096613776102",
      "userLink" : "https://twitter.com/intent/user?user_id=14867096613776102"
    }
  },
  {
    "follower" : {
      "accountId" : "19107894158068",
      "userLink" : "https://twitter.com/intent/user?user_id=19107894158068"
    }
  },
  {
    "follower" : {
      "accountId" : "14251889",
      "userLink" : "https://twitter.com/intent/user?user_id=14251889"
    }
  },
  {
    "follower" : {
      "accountId" : "71485618127258360",
      "userLink" : "https://twitter.com/intent/user?user_id=71485618127258360"
    }
  },
  {
    "follower" : {
      "accountId" : "30790185",
      "userLink" : "https://twitter.com/intent/user?user_id=30790185"
    }
  },
  {
    "follower" : {
      "accountId" : "67094764035274306",
      "userLink" : "https://twitter.com/intent/user?user_id=67094764035274306"
    }
  },
  {
    "follower" : {
      "accountId" : "524927815940350397",
      "userLink" : "https://twitter.com/intent/user?user_id=524927815940350397"
    }
  },
  {
    "follower" : {
      "accountId" : "2171957900",
      "userLink" : "https://twitter.com/intent/user?user_id=2171957900"
    }
  },
  {
    "follower" : {
      "accountId" : "909223372",
      "userLink" : "https://twitter.com/intent/user?user_id=909223372"
    }
  },
  {
    "follower" : {
      "accountId" : "5601271169429706",
      "userLink" : "https://twitter.com/intent/user?user_id=5601271169429706"
    }
  },
  {
    "follower" : {
      "accountId" : "22364726908",
      "userLink" : "https://twitter.com/intent/user?user_id=22364726908"
    }
  },
  {
    "follower" : {
      "accountId" : "34186121099862285",
      "userLink" : "https://twitter.com/intent/user?user_id=34186121099862285"
    }
  },
  {
    "follower" : {
      "accountId" : "947993190358999050",
      "userLink" : "https://twitter.com/intent/user?user_id=947993190358999050"
    }
  },
  {
    "follower" : {
      "accountId" : "875058720157556",
      "userLink" : "https://twitter.com/intent/user?user_id=875058720157556"
    }
  },
  {
    "follower" : {
      "accountId" : "925211261419727",
      "userLink" : "https://twitter.com/intent/user?user_id=925211261419727"
    }
  },
  {
    "follower" : {
      "accountId" : "9075003001945211747",
      "userLink" : "https://twitter.com/intent/user?user_id=9075003001945211747"
    }
  },
  {
    "follower" : {
      "accountId" : "21662034845902537",
      "userLink" : "https://twitter.com/intent/user?user_id=21662034845902537"
    }
  },
  {
    "follower" : {
      "accountId" : "22372431291060396",
      "userLink" : "https://twitter.com/intent/user?user_id=22372431291060396"
    }
  },
  {
    "follower" : {
      "accountId" : "877698300",
      "userLink" : "https://twitter.com/intent/user?user_id=877698300"
    }
  },
  {
    "follower" : {
      "accountId" : "66948837570",
      "userLink" : "https://twitter.com/intent/user?user_id=66948837570"
    }
  },
  {
    "follower" : {
      "accountId" : "4464922676",
      "userLink" : "https://twitter.com/intent/user?user_id=4464922676"
    }
  },
  {
    "follower" : {
      "accountId" : "85166576180829",
      "userLink" : "https://twitter.com/intent/user?user_id=85166576180829"
    }
  },
  {
    "follower" : {
      "accountId" : "726034363450497",
      "userLink" : "https://twitter.com/intent/user?user_id=726034363450497"
    }
  },
  {
    "follower" : {
      "accountId" : "1654172122",
      "userLink" : "https://twitter.com/intent/user?user_id=1654172122"
    }
  },
  {
    "follower" : {
      "accountId" : "577559409",
      "userLink" : "https://twitter.com/intent/user?user_id=577559409"
    }
  },
  {
    "follower" : {
      "accountId" : "423542316772733159",
      "userLink" : "https://twitter.com/intent/user?user_id=423542316772733159"
    }
  },
  {
    "follower" : {
      "accountId" : "821909986073185830",
      "userLink" : "https://twitter.com/intent/user?user_id=821909986073185830"
    }
  },
  {
    "follower" : {
      "accountId" : "21619910",
      "userLink" : "https://twitter.com/intent/user?user_id=21619910"
    }
  },
  {
    "follower" : {
      "accountId" : "74176019",
      "userLink" : "https://twitter.com/intent/user?user_id=74176019"
    }
  },
  {
    "follower" : {
      "accountId" : "598758989578",
      "userLink" : "https://twitter.com/intent/user?user_id=598758989578"
    }
  },
  {
    "follower" : {
      "accountId" : "4822737593",
      "userLink" : "https://twitter.com/intent/user?user_id=4822737593"
    }
  },
  {
    "follower" : {
      "accountId" : "1512206376027010",
      "userLink" : "https://twitter.com/intent/user?user_id=1512206376027010"
    }
  },
  {
    "follower" : {
      "accountId" : "1806816053746329",
      "userLink" : "https://twitter.com/intent/user?user_id=1806816053746329"
    }
  },
  {
    "follower" : {
      "accountId" : "66034420362553996",
      "userLink" : "https://twitter.com/intent/user?user_id=66034420362553996"
    }
  },
  {
    "follower" : {
      "accountId" : "232723127628368",
      "userLink" : "https://twitter.com/intent/user?user_id=232723127628368"
    }
  },
  {
    "follower" : {
      "accountId" : "624064004",
      "userLink" : "https://twitter.com/intent/user?user_id=624064004"
    }
  },
  {
    "follower" : {
      "accountId" : "5133405582165517899",
      "userLink" : "https://twitter.com/intent/user?user_id=5133405582165517899"
    }
  },
  {
    "follower" : {
      "accountId" : "8118214761133",
      "userLink" : "https://twitter.com/intent/user?user_id=8118214761133"
    }
  },
  {
    "follower" : {
      "accountId" : "3128485895662235746",
      "userLink" : "https://twitter.com/intent/user?user_id=3128485895662235746"
    }
  },
  {
    "follower" : {
      "accountId" : "534146961285104925",
      "userLink" : "https://twitter.com/intent/user?user_id=534146961285104925"
    }
  },
  {
    "follower" : {
      "accountId" : "35729233765371",
      "userLink" : "https://twitter.com/intent/user?user_id=35729233765371"
    }
  },
  {
    "follower" : {
      "accountId" : "94617312335",
      "userLink" : "https://twitter.com/intent/user?user_id=94617312335"
    }
  },
  {
    "follower" : {
      "accountId" : "105717099618806",
      "userLink" : "https://twitter.com/intent/user?user_id=105717099618806"
    }
  },
  {
    "follower" : {
      "accountId" : "522864875805",
      "userLink" : "https://twitter.com/intent/user?user_id=522864875805"
    }
  },
  {
    "follower" : {
      "accountId" : "388547629",
      "userLink" : "https://twitter.com/intent/user?user_id=388547629"
    }
  },
  {
    "follower" : {
      "accountId" : "83813355510844941",
      "userLink" : "https://twitter.com/intent/user?user_id=83813355510844941"
    }
  },
  {
    "follower" : {
      "accountId" : "284648343799160479",
      "userLink" : "https://twitter.com/intent/user?user_id=284648343799160479"
    }
  },
  {
    "follower" : {
      "accountId" : "981188893399261910",
      "userLink" : "https://twitter.com/intent/user?user_id=981188893399261910"
    }
  },
  {
    "follower" : {
      "accountId" : "6830244846268885258",
      "userLink" : "https://twitter.com/intent/user?user_id=6830244846268885258"
    }
  },
  {
    "follower" : {
      "accountId" : "727247959009520394",
      "userLink" : "https://twitter.com/intent/user?user_id=727247959009520394"
    }
  },
  {
    "follower" : {
      "accountId" : "36780009029931195",
      "userLink" : "https://twitter.com/intent/user?user_id=36780009029931195"
    }
  },
  {
    "follower" : {
      "accountId" : "3400824585795711",
      "userLink" : "https://twitter.com/intent/user?user_id=3400824585795711"
    }
  },
  {
    "follower" : {
      "accountId" : "4741884042266952",
      "userLink" : "https://twitter.com/intent/user?user_id=4741884042266952"
    }
  },
  {
    "follower" : {
      "accountId" : "244079227613313142",
      "userLink" : "https://twitter.com/intent/user?user_id=244079227613313142"
    }
  },
  {
    "follower" : {
      "accountId" : "54975480200414582",
      "userLink" : "https://twitter.com/intent/user?user_id=54975480200414582"
    }
  },
  {
    "follower" : {
      "accountId" : "478620414",
      "userLink" : "https://twitter.com/intent/user?user_id=478620414"
    }
  },
  {
    "follower" : {
      "accountId" : "188150591815972573",
      "userLink" : "https://twitter.com/intent/user?user_id=188150591815972573"
    }
  },
  {
    "follower" : {
      "accountId" : "72808841480562380",
      "userLink" : "https://twitter.com/intent/user?user_id=72808841480562380"
    }
  },
  {
    "follower" : {
      "accountId" : "49752976587849",
      "userLink" : "https://twitter.com/intent/user?user_id=49752976587849"
    }
  },
  {
    "follower" : {
      "accountId" : "799841544812",
      "userLink" : "https://twitter.com/intent/user?user_id=799841544812"
    }
  },
  {
    "follower" : {
      "accountId" : "41276367653360",
      "userLink" : "https://twitter.com/intent/user?user_id=41276367653360"
    }
  },
  {
    "follower" : {
      "accountId" : "189085267026406",
      "userLink" : "https://twitter.com/intent/user?user_id=189085267026406"
    }
  },
  {
    "follower" : {
      "accountId" : "16221008",
      "userLink" : "https://twitter.com/intent/user?user_id=16221008"
    }
  },
  {
    "follower" : {
      "accountId" : "134873495",
      "userLink" : "https://twitter.com/intent/user?user_id=134873495"
    }
  },
  {
    "follower" : {
      "accountId" : "791703898443052119",
      "userLink" : "https://twitter.com/intent/user?user_id=791703898443052119"
    }
  },
  {
    "follower" : {
      "accountId" : "236920424833",
      "userLink" : "https://twitter.com/intent/user?user_id=236920424833"
    }
  },
  {
    "follower" : {
      "accountId" : "1836569245",
      "userLink" : "https://twitter.com/intent/user?user_id=1836569245"
    }
  },
  {
    "follower" : {
      "accountId" : "55786792747726348",
      "userLink" : "https://twitter.com/intent/user?user_id=55786792747726348"
    }
  },
  {
    "follower" : {
      "accountId" : "288809103",
      "userLink" : "https://twitter.com/intent/user?user_id=288809103"
    }
  },
  {
    "follower" : {
      "accountId" : "988212048698109",
      "userLink" : "https://twitter.com/intent/user?user_id=988212048698109"
    }
  },
  {
    "follower" : {
      "accountId" : "9962048849230336820",
      "userLink" : "https://twitter.com/intent/user?user_id=9962048849230336820"
    }
  },
  {
    "follower" : {
      "accountId" : "715465588963298",
      "userLink" : "https://twitter.com/intent/user?user_id=715465588963298"
    }
  },
  {
    "follower" : {
      "accountId" : "427394817725932",
      "userLink" : "https://twitter.com/intent/user?user_id=427394817725932"
    }
  },
  {
    "follower" : {
      "accountId" : "87582105369295563",
      "userLink" : "https://twitter.com/intent/user?user_id=87582105369295563"
    }
  },
  {
    "follower" : {
      "accountId" : "20317779",
      "userLink" : "https://twitter.com/intent/user?user_id=20317779"
    }
  },
  {
    "follower" : {
      "accountId" : "291106236",
      "userLink" : "https://twitter.com/intent/user?user_id=291106236"
    }
  },
  {
    "follower" : {
      "accountId" : "880734013",
      "userLink" : "https://twitter.com/intent/user?user_id=880734013"
    }
  },
  {
    "follower" : {
      "accountId" : "929542611418358446",
      "userLink" : "https://twitter.com/intent/user?user_id=929542611418358446"
    }
  },
  {
    "follower" : {
      "accountId" : "40340675161423067",
      "userLink" : "https://twitter.com/intent/user?user_id=40340675161423067"
    }
  },
  {
    "follower" : {
      "accountId" : "341572179110",
      "userLink" : "https://twitter.com/intent/user?user_id=341572179110"
    }
  },
  {
    "follower" : {
      "accountId" : "749065640818490",
      "userLink" : "https://twitter.com/intent/user?user_id=749065640818490"
    }
  },
  {
    "follower" : {
      "accountId" : "6745625197847485",
      "userLink" : "https://twitter.com/intent/user?user_id=6745625197847485"
    }
  },
  {
    "follower" : {
      "accountId" : "898207359068123",
      "userLink" : "https://twitter.com/intent/user?user_id=898207359068123"
    }
  },
  {
    "follower" : {
      "accountId" : "728659622517001",
      "userLink" : "https://twitter.com/intent/user?user_id=728659622517001"
    }
  },
  {
    "follower" : {
      "accountId" : "1687359116909517",
      "userLink" : "https://twitter.com/intent/user?user_id=1687359116909517"
    }
  },
  {
    "follower" : {
      "accountId" : "263524415043353",
      "userLink" : "https://twitter.com/intent/user?user_id=263524415043353"
    }
  },
  {
    "follower" : {
      "accountId" : "372675586629060",
      "userLink" : "https://twitter.com/intent/user?user_id=372675586629060"
    }
  },
  {
    "follower" : {
      "accountId" : "904045053050",
      "userLink" : "https://twitter.com/intent/user?user_id=904045053050"
    }
  },
  {
    "follower" : {
      "accountId" : "700175242760613327",
      "userLink" : "https://twitter.com/intent/user?user_id=700175242760613327"
    }
  },
  {
    "follower" : {
      "accountId" : "5620330058845368977",
      "userLink" : "https://twitter.com/intent/user?user_id=5620330058845368977"
    }
  },
  {
    "follower" : {
      "accountId" : "795543534",
      "userLink" : "https://twitter.com/intent/user?user_id=795543534"
    }
  },
  {
    "follower" : {
      "accountId" : "4550073938480571957",
      "userLink" : "https://twitter.com/intent/user?user_id=4550073938480571957"
    }
  },
  {
    "follower" : {
      "accountId" : "62420251605001",
      "userLink" : "https://twitter.com/intent/user?user_id=62420251605001"
    }
  },
  {
    "follower" : {
      "accountId" : "438040193252",
      "userLink" : "https://twitter.com/intent/user?user_id=438040193252"
    }
  },
  {
    "follower" : {
      "accountId" : "20834991",
      "userLink" : "https://twitter.com/intent/user?user_id=20834991"
    }
  },
  {
    "follower" : {
      "accountId" : "799589550333230",
      "userLink" : "https://twitter.com/intent/user?user_id=799589550333230"
    }
  },
  {
    "follower" : {
      "accountId" : "7729988410891990970",
      "userLink" : "https://twitter.com/intent/user?user_id=7729988410891990970"
    }
  },
  {
    "follower" : {
      "accountId" : "50279432380",
      "userLink" : "https://twitter.com/intent/user?user_id=50279432380"
    }
  },
  {
    "follower" : {
      "accountId" : "95287804",
      "userLink" : "https://twitter.com/intent/user?user_id=95287804"
    }
  },
  {
    "follower" : {
      "accountId" : "29941620",
      "userLink" : "https://twitter.com/intent/user?user_id=29941620"
    }
  },
  {
    "follower" : {
      "accountId" : "66518993838688",
      "userLink" : "https://twitter.com/intent/user?user_id=66518993838688"
    }
  },
  {
    "follower" : {
      "accountId" : "3402870684501091510",
      "userLink" : "https://twitter.com/intent/user?user_id=3402870684501091510"
    }
  },
  {
    "follower" : {
      "accountId" : "48786143972",
      "userLink" : "https://twitter.com/intent/user?user_id=48786143972"
    }
  },
  {
    "follower" : {
      "accountId" : "5580168470",
      "userLink" : "https://twitter.com/intent/user?user_id=5580168470"
    }
  },
  {
    "follower" : {
      "accountId" : "4679114123",
      "userLink" : "https://twitter.com/intent/user?user_id=4679114123"
    }
  },
  {
    "follower" : {
      "accountId" : "67200699",
      "userLink" : "https://twitter.com/intent/user?user_id=67200699"
    }
  },
  {
    "follower" : {
      "accountId" : "1083120993",
      "userLink" : "https://twitter.com/intent/user?user_id=1083120993"
    }
  },
  {
    "follower" : {
      "accountId" : "32724505993892",
      "userLink" : "https://twitter.com/intent/user?user_id=32724505993892"
    }
  },
  {
    "follower" : {
      "accountId" : "82850306",
      "userLink" : "https://twitter.com/intent/user?user_id=82850306"
    }
  },
  {
    "follower" : {
      "accountId" : "9002254826842335",
      "userLink" : "https://twitter.com/intent/user?user_id=9002254826842335"
    }
  },
  {
    "follower" : {
      "accountId" : "93775994651",
      "userLink" : "https://twitter.com/intent/user?user_id=93775994651"
    }
  },
  {
    "follower" : {
      "accountId" : "4981856091151",
      "userLink" : "https://twitter.com/intent/user?user_id=4981856091151"
    }
  },
  {
    "follower" : {
      "accountId" : "298450779786609999",
      "userLink" : "https://twitter.com/intent/user?user_id=298450779786609999"
    }
  },
  {
    "follower" : {
      "accountId" : "806288298172111",
      "userLink" : "https://twitter.com/intent/user?user_id=806288298172111"
    }
  },
  {
    "follower" : {
      "accountId" : "9767616721055362",
      "userLink" : "https://twitter.com/intent/user?user_id=9767616721055362"
    }
  },
  {
    "follower" : {
      "accountId" : "7333646816409846",
      "userLink" : "https://twitter.com/intent/user?user_id=7333646816409846"
    }
  },
  {
    "follower" : {
      "accountId" : "700493178210763541",
      "userLink" : "https://twitter.com/intent/user?user_id=700493178210763541"
    }
  },
  {
    "follower" : {
      "accountId" : "59604558",
      "userLink" : "https://twitter.com/intent/user?user_id=59604558"
    }
  },
  {
    "follower" : {
      "accountId" : "48425997731174722",
      "userLink" : "https://twitter.com/intent/user?user_id=48425997731174722"
    }
  },
  {
    "follower" : {
      "accountId" : "7747181561954089",
      "userLink" : "https://twitter.com/intent/user?user_id=7747181561954089"
    }
  },
  {
    "follower" : {
      "accountId" : "53379112993573",
      "userLink" : "https://twitter.com/intent/user?user_id=53379112993573"
    }
  },
  {
    "follower" : {
      "accountId" : "57324232356024621",
      "userLink" : "https://twitter.com/intent/user?user_id=57324232356024621"
    }
  },
  {
    "follower" : {
      "accountId" : "1725969230454",
      "userLink" : "https://twitter.com/intent/user?user_id=1725969230454"
    }
  },
  {
    "follower" : {
      "accountId" : "221423458",
      "userLink" : "https://twitter.com/intent/user?user_id=221423458"
    }
  },
  {
    "follower" : {
      "accountId" : "73045723326217",
      "userLink" : "https://twitter.com/intent/user?user_id=73045723326217"
    }
  },
  {
    "follower" : {
      "accountId" : "744599359",
      "userLink" : "https://twitter.com/intent/user?user_id=744599359"
    }
  },
  {
    "follower" : {
      "accountId" : "64020292",
      "userLink" : "https://twitter.com/intent/user?user_id=64020292"
    }
  },
  {
    "follower" : {
      "accountId" : "44826769",
      "userLink" : "https://twitter.com/intent/user?user_id=44826769"
    }
  },
  {
    "follower" : {
      "accountId" : "59219331345226",
      "userLink" : "https://twitter.com/intent/user?user_id=59219331345226"
    }
  },
  {
    "follower" : {
      "accountId" : "831596213846681547",
      "userLink" : "https://twitter.com/intent/user?user_id=831596213846681547"
    }
  },
  {
    "follower" : {
      "accountId" : "1289868697",
      "userLink" : "https://twitter.com/intent/user?user_id=1289868697"
    }
  },
  {
    "follower" : {
      "accountId" : "40846296314773614",
      "userLink" : "https://twitter.com/intent/user?user_id=40846296314773614"
    }
  },
  {
    "follower" : {
      "accountId" : "593646317739975298",
      "userLink" : "https://twitter.com/intent/user?user_id=593646317739975298"
    }
  },
  {
    "follower" : {
      "accountId" : "3230590589734",
      "userLink" : "https://twitter.com/intent/user?user_id=3230590589734"
    }
  },
  {
    "follower" : {
      "accountId" : "521209682276502",
      "userLink" : "https://twitter.com/intent/user?user_id=521209682276502"
    }
  },
  {
    "follower" : {
      "accountId" : "35429311270753817",
      "userLink" : "https://twitter.com/intent/user?user_id=35429311270753817"
    }
  },
  {
    "follower" : {
      "accountId" : "2680735186808453",
      "userLink" : "https://twitter.com/intent/user?user_id=2680735186808453"
    }
  },
  {
    "follower" : {
      "accountId" : "55415577125",
      "userLink" : "https://twitter.com/intent/user?user_id=55415577125"
    }
  },
  {
    "follower" : {
      "accountId" : "46903016036093550",
      "userLink" : "https://twitter.com/intent/user?user_id=46903016036093550"
    }
  },
  {
    "follower" : {
      "accountId" : "20027200661119056",
      "userLink" : "https://twitter.com/intent/user?user_id=20027200661119056"
    }
  },
  {
    "follower" : {
      "accountId" : "181466736511442",
      "userLink" : "https://twitter.com/intent/user?user_id=181466736511442"
    }
  },
  {
    "follower" : {
      "accountId" : "490284127942204405",
      "userLink" : "https://twitter.com/intent/user?user_id=490284127942204405"
    }
  },
  {
    "follower" : {
      "accountId" : "8873647825",
      "userLink" : "https://twitter.com/intent/user?user_id=8873647825"
    }
  },
  {
    "follower" : {
      "accountId" : "4537471756491349365",
      "userLink" : "https://twitter.com/intent/user?user_id=4537471756491349365"
    }
  },
  {
    "follower" : {
      "accountId" : "55320521373698",
      "userLink" : "https://twitter.com/intent/user?user_id=55320521373698"
    }
  },
  {
    "follower" : {
      "accountId" : "448424735929",
      "userLink" : "https://twitter.com/intent/user?user_id=448424735929"
    }
  },
  {
    "follower" : {
      "accountId" : "8693942700820",
      "userLink" : "https://twitter.com/intent/user?user_id=8693942700820"
    }
  },
  {
    "follower" : {
      "accountId" : "200072638738",
      "userLink" : "https://twitter.com/intent/user?user_id=200072638738"
    }
  },
  {
    "follower" : {
      "accountId" : "582966469",
      "userLink" : "https://twitter.com/intent/user?user_id=582966469"
    }
  },
  {
    "follower" : {
      "accountId" : "1974540046786792",
      "userLink" : "https://twitter.com/intent/user?user_id=1974540046786792"
    }
  },
  {
    "follower" : {
      "accountId" : "69623895968980746",
      "userLink" : "https://twitter.com/intent/user?user_id=69623895968980746"
    }
  },
  {
    "follower" : {
      "accountId" : "6413254319",
      "userLink" : "https://twitter.com/intent/user?user_id=6413254319"
    }
  },
  {
    "follower" : {
      "accountId" : "769413455",
      "userLink" : "https://twitter.com/intent/user?user_id=769413455"
    }
  },
  {
    "follower" : {
      "accountId" : "9912891286",
      "userLink" : "https://twitter.com/intent/user?user_id=9912891286"
    }
  },
  {
    "follower" : {
      "accountId" : "708402359724499078",
      "userLink" : "https://twitter.com/intent/user?user_id=708402359724499078"
    }
  },
  {
    "follower" : {
      "accountId" : "322167117",
      "userLink" : "https://twitter.com/intent/user?user_id=322167117"
    }
  },
  {
    "follower" : {
      "accountId" : "61714055194480",
      "userLink" : "https://twitter.com/intent/user?user_id=61714055194480"
    }
  },
  {
    "follower" : {
      "accountId" : "5695060499",
      "userLink" : "https://twitter.com/intent/user?user_id=5695060499"
    }
  },
  {
    "follower" : {
      "accountId" : "3356083671204",
      "userLink" : "https://twitter.com/intent/user?user_id=3356083671204"
    }
  },
  {
    "follower" : {
      "accountId" : "236898258180",
      "userLink" : "https://twitter.com/intent/user?user_id=236898258180"
    }
  },
  {
    "follower" : {
      "accountId" : "759058245030569",
      "userLink" : "https://twitter.com/intent/user?user_id=759058245030569"
    }
  },
  {
    "follower" : {
      "accountId" : "9498495722",
      "userLink" : "https://twitter.com/intent/user?user_id=9498495722"
    }
  },
  {
    "follower" : {
      "accountId" : "75434993311",
      "userLink" : "https://twitter.com/intent/user?user_id=75434993311"
    }
  },
  {
    "follower" : {
      "accountId" : "326341244650",
      "userLink" : "https://twitter.com/intent/user?user_id=326341244650"
    }
  },
  {
    "follower" : {
      "accountId" : "9615213222",
      "userLink" : "https://twitter.com/intent/user?user_id=9615213222"
    }
  },
  {
    "follower" : {
      "accountId" : "21337458618704314",
      "userLink" : "https://twitter.com/intent/user?user_id=21337458618704314"
    }
  }
]
