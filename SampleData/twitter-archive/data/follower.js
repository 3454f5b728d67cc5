window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "27758900",
      "userLink" : "https://twitter.com/intent/user?user_id=27758900"
    }
  },
  {
    "follower" : {
      "accountId" : "44894805731789389",
      "userLink" : "https://twitter.com/intent/user?user_id=44894805731789389"
    }
  },
  {
    "follower" : {
      "accountId" : "407784354035579454",
      "userLink" : "https://twitter.com/intent/user?user_id=407784354035579454"
    }
  },
  {
    "follower" : {
      "accountId" : "531311212291941",
      "userLink" : "https://twitter.com/intent/user?user_id=531311212291941"
    }
  },
  {
    "follower" : {
      "accountId" : "3026958050008",
      "userLink" : "https://twitter.com/intent/user?user_id=3026958050008"
    }
  },
  {
    "follower" : {
      "accountId" : "2219064455",
      "userLink" : "https://twitter.com/intent/user?user_id=2219064455"
    }
  },
  {
    "follower" : {
      "accountId" : "87095571",
      "userLink" : "https://twitter.com/intent/user?user_id=87095571"
    }
  },
  {
    "follower" : {
      "accountId" : "1552592691",
      "userLink" : "https://twitter.com/intent/user?user_id=1552592691"
    }
  },
  {
    "follower" : {
      "accountId" : "31176846536",
      "userLink" : "https://twitter.com/intent/user?user_id=31176846536"
    }
  },
  {
    "follower" : {
      "accountId" : "198821827085988",
      "userLink" : "https://twitter.com/intent/user?user_id=198821827085988"
    }
  },
  {
    "follower" : {
      "accountId" : "546235799934159849",
      "userLink" : "https://twitter.com/intent/user?user_id=546235799934159849"
    }
  },
  {
    "follower" : {
      "accountId" : "7016121579",
      "userLink" : "https://twitter.com/intent/user?user_id=7016121579"
    }
  },
  {
    "follower" : {
      "accountId" : "6620895936941629762",
      "userLink" : "https://twitter.com/intent/user?user_id=6620895936941629762"
    }
  },
  {
    "follower" : {
      "accountId" : "6497896902",
      "userLink" : "https://twitter.com/intent/user?user_id=6497896902"
    }
  },
  {
    "follower" : {
      "accountId" : "274810663183535940",
      "userLink" : "https://twitter.com/intent/user?user_id=274810663183535940"
    }
  },
  {
    "follower" : {
      "accountId" : "95890348816005",
      "userLink" : "https://twitter.com/intent/user?user_id=95890348816005"
    }
  },
  {
    "follower" : {
      "accountId" : "67279010631724111",
      "userLink" : "https://twitter.com/intent/user?user_id=67279010631724111"
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
      "accountId" : "7980049204",
      "userLink" : "https://twitter.com/intent/user?user_id=7980049204"
    }
  },
  {
    "follower" : {
      "accountId" : "41779440966607313",
      "userLink" : "https://twitter.com/intent/user?user_id=41779440966607313"
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
      "accountId" : "82348243692",
      "userLink" : "https://twitter.com/intent/user?user_id=82348243692"
    }
  },
  {
    "follower" : {
      "accountId" : "584055496",
      "userLink" : "https://twitter.com/intent/user?user_id=584055496"
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
      "accountId" : "352058720262432",
      "userLink" : "https://twitter.com/intent/user?user_id=352058720262432"
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
      "accountId" : "3639195095369938",
      "userLink" : "https://twitter.com/intent/user?user_id=3639195095369938"
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
      "accountId" : "7518179747669051",
      "userLink" : "https://twitter.com/intent/user?user_id=7518179747669051"
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
      "accountId" : "67395683934480",
      "userLink" : "https://twitter.com/intent/user?user_id=67395683934480"
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
      "accountId" : "813149517",
      "userLink" : "https://twitter.com/intent/user?user_id=813149517"
    }
  },
  {
    "follower" : {
      "accountId" : "312829577758530",
      "userLink" : "https://twitter.com/intent/user?user_id=312829577758530"
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
      "accountId" : "709390557036903059",
      "userLink" : "https://twitter.com/intent/user?user_id=709390557036903059"
    }
  },
  {
    "follower" : {
      "accountId" : "3853365229490684502",
      "userLink" : "https://twitter.com/intent/user?user_id=3853365229490684502"
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
      "accountId" : "23981295",
      "userLink" : "https://twitter.com/intent/user?user_id=23981295"
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
      "accountId" : "184547566",
      "userLink" : "https://twitter.com/intent/user?user_id=184547566"
    }
  },
  {
    "follower" : {
      "accountId" : "6360179077",
      "userLink" : "https://twitter.com/intent/user?user_id=6360179077"
    }
  },
  {
    "follower" : {
      "accountId" : "220588036914900242",
      "userLink" : "https://twitter.com/intent/user?user_id=220588036914900242"
    }
  },
  {
    "follower" : {
      "accountId" : "225099433400",
      "userLink" : "https://twitter.com/intent/user?user_id=225099433400"
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
      "accountId" : "400253276363361284",
      "userLink" : "https://twitter.com/intent/user?user_id=400253276363361284"
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
      "accountId" : "723902847613561880",
      "userLink" : "https://twitter.com/intent/user?user_id=723902847613561880"
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
      "accountId" : "2790635542515931",
      "userLink" : "https://twitter.com/intent/user?user_id=2790635542515931"
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
      "accountId" : "25947220637559",
      "userLink" : "https://twitter.com/intent/user?user_id=25947220637559"
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
      "accountId" : "8331792717",
      "userLink" : "https://twitter.com/intent/user?user_id=8331792717"
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
      "accountId" : "384897679903",
      "userLink" : "https://twitter.com/intent/user?user_id=384897679903"
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
      "accountId" : "49010764",
      "userLink" : "https://twitter.com/intent/user?user_id=49010764"
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
      "accountId" : "350051313521937",
      "userLink" : "https://twitter.com/intent/user?user_id=350051313521937"
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
      "accountId" : "231063337541",
      "userLink" : "https://twitter.com/intent/user?user_id=231063337541"
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
      "accountId" : "8764943162",
      "userLink" : "https://twitter.com/intent/user?user_id=8764943162"
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
      "accountId" : "51993007",
      "userLink" : "https://twitter.com/intent/user?user_id=51993007"
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
      "accountId" : "684277277",
      "userLink" : "https://twitter.com/intent/user?user_id=684277277"
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
      "accountId" : "26284232810525354",
      "userLink" : "https://twitter.com/intent/user?user_id=26284232810525354"
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
      "accountId" : "6230148228182",
      "userLink" : "https://twitter.com/intent/user?user_id=6230148228182"
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
      "accountId" : "78707048953451755",
      "userLink" : "https://twitter.com/intent/user?user_id=78707048953451755"
    }
  },
  {
    "follower" : {
      "accountId" : "85795664837742675",
      "userLink" : "https://twitter.com/intent/user?user_id=85795664837742675"
    }
  },
  {
    "follower" : {
      "accountId" : "419630772431330142",
      "userLink" : "https://twitter.com/intent/user?user_id=419630772431330142"
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
      "accountId" : "19107894158068",
      "userLink" : "https://twitter.com/intent/user?user_id=19107894158068"
    }
  },
  {
    "follower" : {
      "accountId" : "42773590",
      "userLink" : "https://twitter.com/intent/user?user_id=42773590"
    }
  },
  {
    "follower" : {
      "accountId" : "29776627",
      "userLink" : "https://twitter.com/intent/user?user_id=29776627"
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
      "accountId" : "11051016220812171",
      "userLink" : "https://twitter.com/intent/user?user_id=11051016220812171"
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
      "accountId" : "54883757",
      "userLink" : "https://twitter.com/intent/user?user_id=54883757"
    }
  },
  {
    "follower" : {
      "accountId" : "9046492267",
      "userLink" : "https://twitter.com/intent/user?user_id=9046492267"
    }
  },
  {
    "follower" : {
      "accountId" : "11516657618082988",
      "userLink" : "https://twitter.com/intent/user?user_id=11516657618082988"
    }
  },
  {
    "follower" : {
      "accountId" : "3034363450497220",
      "userLink" : "https://twitter.com/intent/user?user_id=3034363450497220"
    }
  },
  {
    "follower" : {
      "accountId" : "982996799",
      "userLink" : "https://twitter.com/intent/user?user_id=982996799"
    }
  },
  {
    "follower" : {
      "accountId" : "277992238350023161",
      "userLink" : "https://twitter.com/intent/user?user_id=277992238350023161"
    }
  },
  {
    "follower" : {
      "accountId" : "46668588468",
      "userLink" : "https://twitter.com/intent/user?user_id=46668588468"
    }
  },
  {
    "follower" : {
      "accountId" : "44459037188627669",
      "userLink" : "https://twitter.com/intent/user?user_id=44459037188627669"
    }
  },
  {
    "follower" : {
      "accountId" : "92828133149829507",
      "userLink" : "https://twitter.com/intent/user?user_id=92828133149829507"
    }
  },
  {
    "follower" : {
      "accountId" : "6684565402436",
      "userLink" : "https://twitter.com/intent/user?user_id=6684565402436"
    }
  },
  {
    "follower" : {
      "accountId" : "550522305",
      "userLink" : "https://twitter.com/intent/user?user_id=550522305"
    }
  },
  {
    "follower" : {
      "accountId" : "5863279660159",
      "userLink" : "https://twitter.com/intent/user?user_id=5863279660159"
    }
  },
  {
    "follower" : {
      "accountId" : "70280710",
      "userLink" : "https://twitter.com/intent/user?user_id=70280710"
    }
  },
  {
    "follower" : {
      "accountId" : "4318684985926021887",
      "userLink" : "https://twitter.com/intent/user?user_id=4318684985926021887"
    }
  },
  {
    "follower" : {
      "accountId" : "321010360",
      "userLink" : "https://twitter.com/intent/user?user_id=321010360"
    }
  },
  {
    "follower" : {
      "accountId" : "4409466113415",
      "userLink" : "https://twitter.com/intent/user?user_id=4409466113415"
    }
  },
  {
    "follower" : {
      "accountId" : "166293651624732",
      "userLink" : "https://twitter.com/intent/user?user_id=166293651624732"
    }
  },
  {
    "follower" : {
      "accountId" : "58217276",
      "userLink" : "https://twitter.com/intent/user?user_id=58217276"
    }
  },
  {
    "follower" : {
      "accountId" : "6376347867587454455",
      "userLink" : "https://twitter.com/intent/user?user_id=6376347867587454455"
    }
  },
  {
    "follower" : {
      "accountId" : "8368361149602496541",
      "userLink" : "https://twitter.com/intent/user?user_id=8368361149602496541"
    }
  },
  {
    "follower" : {
      "accountId" : "611837775594094",
      "userLink" : "https://twitter.com/intent/user?user_id=611837775594094"
    }
  },
  {
    "follower" : {
      "accountId" : "83542316772733",
      "userLink" : "https://twitter.com/intent/user?user_id=83542316772733"
    }
  },
  {
    "follower" : {
      "accountId" : "7145219099860",
      "userLink" : "https://twitter.com/intent/user?user_id=7145219099860"
    }
  },
  {
    "follower" : {
      "accountId" : "5440855261",
      "userLink" : "https://twitter.com/intent/user?user_id=5440855261"
    }
  },
  {
    "follower" : {
      "accountId" : "217766141",
      "userLink" : "https://twitter.com/intent/user?user_id=217766141"
    }
  },
  {
    "follower" : {
      "accountId" : "323727987589895787",
      "userLink" : "https://twitter.com/intent/user?user_id=323727987589895787"
    }
  },
  {
    "follower" : {
      "accountId" : "32273759312",
      "userLink" : "https://twitter.com/intent/user?user_id=32273759312"
    }
  },
  {
    "follower" : {
      "accountId" : "12206376027010451",
      "userLink" : "https://twitter.com/intent/user?user_id=12206376027010451"
    }
  },
  {
    "follower" : {
      "accountId" : "18160537",
      "userLink" : "https://twitter.com/intent/user?user_id=18160537"
    }
  },
  {
    "follower" : {
      "accountId" : "49935060",
      "userLink" : "https://twitter.com/intent/user?user_id=49935060"
    }
  },
  {
    "follower" : {
      "accountId" : "853996401983",
      "userLink" : "https://twitter.com/intent/user?user_id=853996401983"
    }
  },
  {
    "follower" : {
      "accountId" : "6276283683682396572",
      "userLink" : "https://twitter.com/intent/user?user_id=6276283683682396572"
    }
  },
  {
    "follower" : {
      "accountId" : "61633154133405582",
      "userLink" : "https://twitter.com/intent/user?user_id=61633154133405582"
    }
  },
  {
    "follower" : {
      "accountId" : "454218193311821",
      "userLink" : "https://twitter.com/intent/user?user_id=454218193311821"
    }
  },
  {
    "follower" : {
      "accountId" : "71793176",
      "userLink" : "https://twitter.com/intent/user?user_id=71793176"
    }
  },
  {
    "follower" : {
      "accountId" : "966223574675007",
      "userLink" : "https://twitter.com/intent/user?user_id=966223574675007"
    }
  },
  {
    "follower" : {
      "accountId" : "39612851",
      "userLink" : "https://twitter.com/intent/user?user_id=39612851"
    }
  },
  {
    "follower" : {
      "accountId" : "891564572923376537",
      "userLink" : "https://twitter.com/intent/user?user_id=891564572923376537"
    }
  },
  {
    "follower" : {
      "accountId" : "154617312",
      "userLink" : "https://twitter.com/intent/user?user_id=154617312"
    }
  },
  {
    "follower" : {
      "accountId" : "539505717099618",
      "userLink" : "https://twitter.com/intent/user?user_id=539505717099618"
    }
  },
  {
    "follower" : {
      "accountId" : "3088228648",
      "userLink" : "https://twitter.com/intent/user?user_id=3088228648"
    }
  },
  {
    "follower" : {
      "accountId" : "2993998854762943",
      "userLink" : "https://twitter.com/intent/user?user_id=2993998854762943"
    }
  },
  {
    "follower" : {
      "accountId" : "913355510844941",
      "userLink" : "https://twitter.com/intent/user?user_id=913355510844941"
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
      "accountId" : "403562033",
      "userLink" : "https://twitter.com/intent/user?user_id=403562033"
    }
  },
  {
    "follower" : {
      "accountId" : "9897727637379",
      "userLink" : "https://twitter.com/intent/user?user_id=9897727637379"
    }
  },
  {
    "follower" : {
      "accountId" : "191042355855007",
      "userLink" : "https://twitter.com/intent/user?user_id=191042355855007"
    }
  },
  {
    "follower" : {
      "accountId" : "4195790312756",
      "userLink" : "https://twitter.com/intent/user?user_id=4195790312756"
    }
  },
  {
    "follower" : {
      "accountId" : "20500114643028038",
      "userLink" : "https://twitter.com/intent/user?user_id=20500114643028038"
    }
  },
  {
    "follower" : {
      "accountId" : "1721091904083",
      "userLink" : "https://twitter.com/intent/user?user_id=1721091904083"
    }
  },
  {
    "follower" : {
      "accountId" : "374949958955",
      "userLink" : "https://twitter.com/intent/user?user_id=374949958955"
    }
  },
  {
    "follower" : {
      "accountId" : "853958937299",
      "userLink" : "https://twitter.com/intent/user?user_id=853958937299"
    }
  },
  {
    "follower" : {
      "accountId" : "7909705390189340279",
      "userLink" : "https://twitter.com/intent/user?user_id=7909705390189340279"
    }
  },
  {
    "follower" : {
      "accountId" : "131054252878042916",
      "userLink" : "https://twitter.com/intent/user?user_id=131054252878042916"
    }
  },
  {
    "follower" : {
      "accountId" : "662068031328465189",
      "userLink" : "https://twitter.com/intent/user?user_id=662068031328465189"
    }
  },
  {
    "follower" : {
      "accountId" : "1621116184028706",
      "userLink" : "https://twitter.com/intent/user?user_id=1621116184028706"
    }
  },
  {
    "follower" : {
      "accountId" : "81079498155587861",
      "userLink" : "https://twitter.com/intent/user?user_id=81079498155587861"
    }
  },
  {
    "follower" : {
      "accountId" : "918205580",
      "userLink" : "https://twitter.com/intent/user?user_id=918205580"
    }
  },
  {
    "follower" : {
      "accountId" : "75769426791141",
      "userLink" : "https://twitter.com/intent/user?user_id=75769426791141"
    }
  },
  {
    "follower" : {
      "accountId" : "78172006",
      "userLink" : "https://twitter.com/intent/user?user_id=78172006"
    }
  },
  {
    "follower" : {
      "accountId" : "4400831209939001",
      "userLink" : "https://twitter.com/intent/user?user_id=4400831209939001"
    }
  },
  {
    "follower" : {
      "accountId" : "85059938",
      "userLink" : "https://twitter.com/intent/user?user_id=85059938"
    }
  },
  {
    "follower" : {
      "accountId" : "483285030692730",
      "userLink" : "https://twitter.com/intent/user?user_id=483285030692730"
    }
  },
  {
    "follower" : {
      "accountId" : "548268423352",
      "userLink" : "https://twitter.com/intent/user?user_id=548268423352"
    }
  },
  {
    "follower" : {
      "accountId" : "2775994651",
      "userLink" : "https://twitter.com/intent/user?user_id=2775994651"
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
  }
]
