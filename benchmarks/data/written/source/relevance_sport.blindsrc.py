"""Relevance set (issue 10, helper relevance9): sport articles. Fictional; clubs and leagues as setting only.

Holds blind items: never open to tune. Each item: (id, domain, title, text, events); events are
(type, mode) or (type, mode, asserted) of the article's news events, empty for non-political stories.
"""

ITEMS = [
    ("rl-sport-001", "sport", "Harrowgate hammer Castleford Rovers in derby rout",
     "Harrowgate Town hammered Castleford Rovers 5-0 on Saturday to go top of the league.\n\n"
     "Winger Dele Okafor fired the opener after six minutes and the visitors' defence was torn apart "
     "before half-time. Rovers manager Phil Sandown said his side had been \"battered from the first whistle\".\n\n"
     "\"We attacked them down both flanks and they had no answer,\" said Harrowgate captain Luke Brennan. "
     "The defeat leaves Rovers two points above the relegation zone.", []),
    ("rl-sport-002", "sport", "Striker's late strike sinks leaders",
     "A stoppage-time strike from substitute Marco Vellini sank league leaders Porto Alegre United 2-1 on Sunday.\n\n"
     "United had taken the lead through a penalty but were pinned back for most of the second half as "
     "the hosts laid siege to their goal. Vellini's shot took a deflection off a defender and looped "
     "over the goalkeeper.\n\n"
     "The result ends United's 14-match unbeaten run.", []),
    ("rl-sport-003", "sport", "Fernhill raid Leeds for second striker",
     "Fernhill Athletic have raided Leeds-based Kirkgate for a second striker in a week, signing "
     "Jonah Attwell on a three-year deal.\n\n"
     "The club fought off competition from two Championship sides to land the 22-year-old, who scored "
     "17 goals last season. Fernhill are also said to be targeting a defender before the window shuts.\n\n"
     "\"He is a killer in the box,\" director of football Sam Ruddock said.", []),
    ("rl-sport-004", "sport", "Cricket: Ambrose blitz destroys Lancashire attack",
     "Opener Rhys Ambrose smashed 142 off 88 balls as Glamorgan Dragons destroyed the Lancashire "
     "attack to win by 96 runs at Sophia Gardens.\n\n"
     "Ambrose hit eight sixes, taking 24 off one over from the spinner. Lancashire's reply collapsed "
     "from 80 for one to 191 all out as seamer Tom Pryce took four wickets.\n\n"
     "\"He just kept firing bullets,\" Lancashire's captain said of Pryce.", []),
    ("rl-sport-005", "sport", "Test: bowlers bombard visitors with short-pitched barrage",
     "The home pace attack bombarded the touring batsmen with short balls on a lively pitch in Perth, "
     "reducing them to 61 for five at stumps on day one.\n\n"
     "Two batsmen were struck on the helmet and one retired hurt after a blow to the forearm. The "
     "visiting coach defended his players' technique and said they would \"fight back\" on Friday.\n\n"
     "The series is level at 1-1 with two Tests to play.", []),
    ("rl-sport-006", "sport", "Boxing: Mensah knocks out Carvalho in the sixth",
     "Ghanaian heavyweight Kofi Mensah knocked out Brazil's Tiago Carvalho in the sixth round in "
     "Las Vegas on Saturday night to retain his title.\n\n"
     "Mensah floored his challenger with a left hook after pinning him on the ropes, and the referee "
     "stopped the fight at 2:14. Carvalho had cut Mensah above the eye in the third.\n\n"
     "\"I hit him with the shot I had been practising for eight weeks,\" Mensah said. Promoters are "
     "already talking about a rematch in London.", []),
    ("rl-sport-007", "sport", "UFC: Kowalczyk submits rival after brutal ground assault",
     "Polish lightweight Adam Kowalczyk forced a submission in the second round after a relentless "
     "assault on the ground against American Dustin Rey.\n\n"
     "Kowalczyk took Rey down twice in the first round and battered him with elbows before locking in "
     "a rear-naked choke. Rey had landed a knee that opened a cut early in the fight.\n\n"
     "The win sets up a title shot later this year.", []),
    ("rl-sport-008", "sport", "Rugby: Leinster pack crushes Saracens at the breakdown",
     "Leinster's forwards crushed Saracens at the breakdown to win 34-13 in Dublin and reach the "
     "Champions Cup final.\n\n"
     "The hosts' defence repelled wave after wave of attacks in the first half before the pack "
     "bulldozed over for two tries. Saracens lost their captain to a head injury after a heavy tackle.\n\n"
     "Leinster will face Toulouse in the final in Marseille.", []),
    ("rl-sport-009", "sport", "Esports: Nordic Wolves storm the bomb site to take major",
     "Nordic Wolves won their first Counter-Strike major in Cologne after storming the final bomb "
     "site with four players alive in the deciding map.\n\n"
     "Their sniper, known as \"frostbyte\", shot down three opponents in a single round and the team "
     "executed a perfect retake in overtime. The losing side's captain said they had been \"outgunned\" "
     "in every gunfight.\n\n"
     "The prize pool was $1.25m.", []),
    ("rl-sport-010", "sport", "Chess: Ivashenko's kingside attack breaks Indian prodigy",
     "Grandmaster Pavel Ivashenko launched a fierce kingside attack to beat 17-year-old Arjun Rao in "
     "round seven of the candidates tournament.\n\n"
     "Ivashenko sacrificed a knight to break open the position and his queen and rook invaded the "
     "seventh rank. Rao defended stubbornly but resigned on move 41.\n\n"
     "\"I had to sacrifice or be strangled,\" Ivashenko said at the press conference.", []),
    ("rl-sport-011", "sport", "F1: Rossi fires past Hamilton-era record as rivals crash out",
     "Italian driver Enzo Rossi fired his car past two rivals at the start and never looked back to "
     "win the Singapore Grand Prix.\n\n"
     "Three cars crashed out on the first lap after contact at turn one, bringing out the safety car. "
     "Rossi's team-mate attacked for second place in the closing laps but ran wide.\n\n"
     "Rossi now leads the championship by 19 points.", []),
    ("rl-sport-012", "sport", "Tennis: Duarte fights back to seal thriller",
     "Portugal's Ines Duarte fought back from a set and a break down to beat the fourth seed 4-6 7-5 "
     "6-3 in the quarter-finals.\n\n"
     "Duarte hit 41 winners and attacked the net relentlessly in the third set. Her opponent smashed "
     "her racket after dropping serve and received a code violation.\n\n"
     "Duarte will play the defending champion in the semi-final.", []),
    ("rl-sport-013", "sport", "Golf: Lindqvist shoots 63 to seize three-shot lead",
     "Sweden's Erik Lindqvist shot a nine-under-par 63 to seize a three-shot lead after the second "
     "round at Wentworth.\n\n"
     "Lindqvist holed out from the fairway for an eagle at the fourth and birdied five of the last "
     "seven holes. Overnight leader Cal Hayes struggled and shot 74.\n\n"
     "Play was suspended for an hour in the afternoon because of lightning.", []),
    ("rl-sport-014", "sport", "Cycling: Breakaway captures stage as peloton misjudges chase",
     "Belgian rider Jens Van Loo captured stage 12 from a breakaway of six riders as the peloton "
     "misjudged the chase on the final climb.\n\n"
     "Van Loo attacked with 3km to go and held off the counter-attack of the yellow jersey group by "
     "eight seconds. Several riders crashed on a wet descent earlier in the day.\n\n"
     "The race continues into the Pyrenees on Thursday.", []),
    ("rl-sport-015", "sport", "NFL: Defence sacks quarterback five times in shutout",
     "The Columbus Ironmen's defence sacked the opposing quarterback five times in a 24-0 shutout on "
     "Sunday night.\n\n"
     "Linebacker Trey Whitfield forced two fumbles and the secondary intercepted three passes. "
     "\"We came in to hit them in the mouth and we did,\" Whitfield said.\n\n"
     "The Ironmen are 6-1 and lead their division.", []),
    ("rl-sport-016", "sport", "Basketball: Hawks shoot lights out in blowout",
     "The Dalton Hawks shot 58 percent from the field to blow out the Reno Miners 131-97.\n\n"
     "Guard Malik Forde scored 38 points and fired in nine three-pointers. The Miners' coach was "
     "ejected in the third quarter after arguing a foul call.\n\n"
     "It was the Hawks' seventh straight win.", []),
    ("rl-sport-017", "sport", "Hockey: Brawl mars Panthers' win over Lakers",
     "A line brawl broke out late in the third period as the Kelowna Panthers beat the Lakeshore "
     "Lakers 4-2.\n\n"
     "Six players were ejected after gloves were dropped along the boards, and one Lakers forward "
     "received a match penalty for punching an opponent who was already down. The league said it "
     "would review the incident.\n\n"
     "The Panthers' captain scored twice.", []),
    ("rl-sport-018", "sport", "Football: Coach sacked after fans' fury at derby defeat",
     "Sporting Vilanova have sacked head coach Rui Matos after a 4-0 derby defeat that left fans "
     "furious.\n\n"
     "Supporters booed the players off and chanted for the board to resign. The club said in a "
     "statement that a new coach would be appointed within days.\n\n"
     "Matos had been in charge for 14 months.", []),
    ("rl-sport-019", "sport", "Athletics: Kipruto shatters world record in Valencia",
     "Kenya's Daniel Kipruto shattered the half-marathon world record in Valencia, clocking 57 minutes "
     "21 seconds.\n\n"
     "Kipruto broke away from the pacemakers at 15km and attacked the final kilometre alone. "
     "\"I wanted to kill the race early,\" he said.\n\n"
     "His compatriot finished second, 40 seconds behind.", []),
    ("rl-sport-020", "sport", "Darts: Van Dijk fires nine-darter to crush champion",
     "Dutchman Ruud van Dijk fired a nine-dart finish on his way to crushing the defending champion "
     "7-1 in the quarter-finals at Ally Pally.\n\n"
     "The crowd erupted as the final double landed. The champion admitted he had been \"blown away\".\n\n"
     "Van Dijk meets the world number three in the semi-finals.", []),
    ("rl-sport-021", "sport", "Snooker: Higgins-style break fires Welshman into final",
     "Welshman Gareth Price fired a break of 139 to beat Ding Wei 6-4 and reach the Masters final.\n\n"
     "Price trailed 4-2 but launched a fightback with three centuries in four frames. He said he had "
     "\"gone on the attack\" after the interval.\n\n"
     "The final is on Sunday.", []),
    ("rl-sport-022", "sport", "Rugby league: Warriors storm Rebels' fortress",
     "The Wakefield Warriors stormed the Rebels' home fortress to win 28-10 and end a run of eleven "
     "away defeats.\n\n"
     "The Warriors' forwards bullied their opponents in the first half and winger Sione Taufa "
     "scored a hat-trick. The Rebels' coach said his side had \"surrendered\" possession too cheaply.\n\n"
     "Both sides remain in contention for the play-offs.", []),
    ("rl-sport-023", "sport", "Motorsport: Dakar leader's truck captured by dunes",
     "Dakar Rally leader Stefan Holm lost nearly an hour when his truck was trapped in soft dunes "
     "on stage nine.\n\n"
     "The Swede's team dug the vehicle out by hand as rivals raced past. The stage was shortened "
     "after a sandstorm hit the bivouac.\n\n"
     "Holm is now third overall.", []),
    ("rl-sport-024", "sport", "MotoGP: Marquez-era rival launches late attack in Mugello",
     "Spanish rider Alvaro Soler launched a late attack on the last lap to win at Mugello by 0.03 "
     "seconds.\n\n"
     "Soler dived up the inside at the final corner, forcing the race leader wide. Two riders "
     "crashed at the first corner and were taken to the medical centre for checks.\n\n"
     "The championship now heads to Assen.", []),
    ("rl-sport-025", "sport", "Football: Deadline-day swoop as Marseille-based club hijack deal",
     "Olympique Calanques hijacked a rival's move for midfielder Yanis Bekri on deadline day, "
     "paying a fee of 18 million euros.\n\n"
     "The player had been due to undergo a medical elsewhere before his agent accepted the late offer. "
     "Calanques' president said the club had \"struck at the right moment\".\n\n"
     "Bekri signed a five-year contract.", []),
    ("rl-sport-026", "sport", "Fans clash with stewards after late equaliser",
     "Police said two people were arrested after home fans clashed with stewards following a late "
     "equaliser at Blackmoor Park on Saturday.\n\n"
     "Several seats were thrown and a steward was treated for a cut to the head. The club said it "
     "would issue banning orders to anyone identified.\n\n"
     "The match finished 2-2.", [("COERCE", "arrest")]),
    ("rl-sport-027", "sport", "Cricket: Spinner's five-for blows away Sri Lanka",
     "Left-arm spinner Imran Qadir took five for 23 as Sri Lanka were blown away for 112 in Colombo.\n\n"
     "Qadir's attack on the stumps was rewarded with three lbw decisions. The hosts' top order "
     "surrendered meekly on a turning pitch.\n\n"
     "The visitors need 140 to win on the final day.", []),
    ("rl-sport-028", "sport", "Boxing: Weigh-in scuffle as champions trade shoves",
     "A weigh-in scuffle broke out in Manchester on Friday as the two super-middleweights traded "
     "shoves and had to be separated by security.\n\n"
     "Challenger Liam Doyle said he would \"destroy\" champion Andre Baptiste in the ring. The board "
     "of control said it would not take action.\n\n"
     "The fight is on Saturday night at the city's arena.", []),
    ("rl-sport-029", "sport", "Women's football: Lionesses-style blitz sinks holders",
     "Vale Ladies sank the holders 3-0 in a first-half blitz to reach the cup final.\n\n"
     "Captain Ellie Rowntree shot home from 25 yards and the visitors' defence was overrun. The "
     "holders' coach admitted her team had been \"shell-shocked\".\n\n"
     "The final will be played at Wembley in May.", []),
    ("rl-sport-030", "sport", "Fencing: Hungarian captures gold in sabre",
     "Hungary's Zsofia Nagy captured sabre gold at the world championships in Milan, beating the "
     "Korean top seed 15-12 in the final.\n\n"
     "Nagy attacked relentlessly in the last period and won five straight touches. \"I went for the "
     "kill,\" she said.\n\n"
     "It is Hungary's second gold of the championships.", []),
    ("rl-sport-031", "sport", "Esports: League of Legends side 'executed' in final",
     "South Korean team Seoul Phoenix executed a flawless game plan to sweep the European champions "
     "3-0 in the world final.\n\n"
     "Their jungler ambushed the opponents near the river in all three games and the team destroyed "
     "the enemy nexus inside 26 minutes in game three. The European captain said they had been "
     "\"slaughtered\".\n\n"
     "More than four million people watched online.", []),
    ("rl-sport-032", "sport", "Rugby: Sin-binned lock's hit sparks fury",
     "A late hit by lock Ben Mulcahy sparked fury at Twickenham as Harlequins edged Bath 22-20.\n\n"
     "Mulcahy was sin-binned for a shoulder charge on the Bath fly-half, who left the field for a "
     "head injury assessment. Bath's director of rugby called for a citing.\n\n"
     "A disciplinary panel will meet on Tuesday.", []),
    ("rl-sport-033", "sport", "Horse racing: Favourite storms clear in Gold Cup",
     "Favourite Iron Duchess stormed clear up the hill to win the Gold Cup by nine lengths.\n\n"
     "Jockey Ciara Walsh sent her mare into the lead two fences out and the challengers were beaten "
     "off. One horse fell at the last and was later reported to be unhurt.\n\n"
     "Trainer Dermot Fahy said it was the best day of his career.", []),
    ("rl-sport-034", "sport", "Gaming: 'Warfront 6' review - explosive, but shallow",
     "The latest instalment of the military shooter lets players storm beaches, call in airstrikes "
     "and capture enemy bunkers across twelve maps.\n\n"
     "The campaign's explosive finale, a night-time raid on an island fortress, is a technical "
     "showcase. But the multiplayer feels like a reskin of last year's game.\n\n"
     "Verdict: three stars. Warfront 6 is out on Friday for consoles and PC.", []),
    ("rl-sport-035", "sport", "Football: Stadium ban after supporter attacks referee",
     "A supporter who ran onto the pitch and punched the referee during a fourth-tier match in Lyon "
     "has been banned from all French stadiums for five years.\n\n"
     "The referee was knocked to the ground and needed stitches. The man was detained by stewards "
     "and handed to police, who charged him with assault.\n\n"
     "The club was fined and ordered to play two matches behind closed doors.",
     [("COERCE", "arrest")]),
]
