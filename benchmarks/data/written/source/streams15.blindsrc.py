"""Stream 15 (incid15, issue 12): a dense local stream of northern Cauca, Colombia, two weeks of November 2026.

Written by the incid15 helper (fictional reports on real places; no real news text). One happening is told by
several outlets over several days: follow-ups that name it by an earlier day ("the attack on Tuesday", "last
week's ambush", "two days after gunmen stormed ..."), outlets that give a night-time happening's day differently
("late on Monday" / "early on Tuesday"), copies published a day later, toll updates, funerals and arrests about an
earlier attack; beside them other happenings in the same town on consecutive days and same-day happenings in
neighbouring towns. ``group`` holds an incident and its look-alikes (one side of the dev/blind split).
"""

W = "Pacific Andes Wire"
H = "Cauca Hoy"
R = "Radio Andina Sur"
E = "El Eco del Sur"
N = "Norte Caucano Noticias"


def rep(incident, group, published, source, title, text):
    return {"incident": incident, "group": group, "published": published, "source": source, "title": title,
            "text": text}


REPORTS = [
    # G01 Toribio: police post stormed around midnight Monday/Tuesday; a bomb in the town on Wednesday
    rep("A01", "G01", "2026-11-17T07:30:00-05:00", H, "Gunmen storm police post in Toribio",
        "Gunmen stormed the police post in Toribio late on Monday, killing two police officers, Sergeant Wilmer "
        "Quintero and Patrolman Andres Cuetia, the regional police said.\n\nThe attackers fired rifles and "
        "threw explosives at the post for about an hour before withdrawing into the hills."),
    rep("A01", "G01", "2026-11-17T11:00:00-05:00", W, "Two police killed in attack on Colombian post",
        "TORIBIO, Colombia, Nov 17 (Pacific Andes Wire) - Dissident guerrillas attacked a police post in the "
        "town of Toribio early on Tuesday, killing two officers, police said.\n\nThe army sent troops to the "
        "area after the attack."),
    rep("A01", "G01", "2026-11-18T08:00:00-05:00", R, "Toribio mourns police officers",
        "Hundreds of residents of Toribio attended on Wednesday the funeral of Sergeant Wilmer Quintero and "
        "Patrolman Andres Cuetia, who were killed when gunmen stormed the town's police post on Monday night."
        "\n\nThe mayor asked the government for more troops."),
    rep("A01", "G01", "2026-11-19T09:00:00-05:00", N, "Police arrest suspect in Toribio post attack",
        "Police arrested a man suspected of taking part in the attack on the Toribio police post, two days "
        "after gunmen stormed it and killed two officers, the regional police commander said on Thursday."
        "\n\nThe suspect was detained in Tacueyo."),
    rep("A02", "G01", "2026-11-18T19:00:00-05:00", H, "Bomb explodes near Toribio market",
        "A bomb hidden in a motorcycle exploded near the market in Toribio on Wednesday afternoon, wounding "
        "five civilians, among them a girl of eight, the mayor's office said.\n\nNo group claimed the blast."),
    rep("A02", "G01", "2026-11-19T06:30:00-05:00", W, "Motorcycle bomb wounds five in Colombian town",
        "TORIBIO, Colombia, Nov 19 (Pacific Andes Wire) - A motorcycle bomb wounded five civilians near the "
        "market of the town of Toribio in Cauca province on Wednesday, local officials said."),

    # G02 Corinto ambush on an army patrol Tuesday; a community leader shot the same day in Caloto
    rep("A03", "G02", "2026-11-17T18:00:00-05:00", H, "Three soldiers killed in ambush near Corinto",
        "Three soldiers were killed on Tuesday when guerrillas ambushed an army patrol on the road between "
        "Corinto and the hamlet of El Jaguar, the army's Third Division said.\n\nThe dead included Corporal "
        "Yeison Mosquera."),
    rep("A03", "G02", "2026-11-18T07:00:00-05:00", W, "Guerrillas kill three Colombian soldiers",
        "CORINTO, Colombia, Nov 18 (Pacific Andes Wire) - Guerrillas killed three soldiers in an ambush on a "
        "patrol near Corinto on Tuesday, the army said.\n\nThe army blamed the Dagoberto Ramos front."),
    rep("A03", "G02", "2026-11-18T12:00:00-05:00", R, "Ambush toll rises to four",
        "A fourth soldier wounded in Tuesday's ambush near Corinto died in hospital in Cali, the army said on "
        "Wednesday, raising the toll of the attack on the patrol to four."),
    rep("A03", "G02", "2026-11-24T10:00:00-05:00", N, "Army captures guerrilla accused of Corinto ambush",
        "Troops captured a commander of the Dagoberto Ramos front accused of leading last week's ambush on "
        "an army patrol near Corinto, in which four soldiers were killed, the army said on Tuesday."),
    rep("A04", "G02", "2026-11-17T20:00:00-05:00", E, "Community leader shot dead in Caloto",
        "Gunmen on a motorcycle shot dead a community leader, Maria Elena Ul, outside her home in Caloto on "
        "Tuesday evening, the local ombudsman said.\n\nShe had reported threats against her family."),
    rep("A04", "G02", "2026-11-18T09:00:00-05:00", H, "Caloto leader killed at her door",
        "The killing of Maria Elena Ul, a community leader shot at her door in Caloto on Tuesday, was "
        "condemned on Wednesday by indigenous councils of the north of Cauca."),

    # G03 Suarez: engineer kidnapped Thursday; a clash near the town Friday
    rep("A05", "G03", "2026-11-19T17:00:00-05:00", H, "Engineer kidnapped in Suarez",
        "Armed men kidnapped an engineer of the Salvajina dam, Hernando Vivas, on the road out of Suarez on "
        "Thursday morning, his employer said.\n\nHis driver was released unharmed."),
    rep("A05", "G03", "2026-11-20T08:00:00-05:00", W, "Dam engineer abducted in Colombia's Cauca",
        "SUAREZ, Colombia, Nov 20 (Pacific Andes Wire) - Gunmen abducted an engineer working at the "
        "Salvajina dam near the town of Suarez on Thursday, his company said."),
    rep("A05", "G03", "2026-11-22T11:00:00-05:00", R, "Family of kidnapped engineer pleads for release",
        "The family of Hernando Vivas, the engineer seized near Suarez three days ago, asked his captors on "
        "Sunday to free him."),
    rep("A06", "G03", "2026-11-20T19:00:00-05:00", E, "Clashes near Suarez force families out",
        "Fighting between the army and guerrillas in the hills above Suarez on Friday forced about forty "
        "families to flee to the town's school, officials said.\n\nOne soldier was wounded."),
    rep("A06", "G03", "2026-11-21T07:00:00-05:00", H, "Families shelter in Suarez school after clashes",
        "About forty families spent the night in a school in Suarez after clashes between troops and rebels "
        "in the nearby hills on Friday, the mayor said on Saturday."),

    # G04 Santander de Quilichao: grenade at a bar Saturday night (toll rises); a shooting Sunday
    rep("A07", "G04", "2026-11-22T06:00:00-05:00", W, "Grenade attack on bar kills two in Colombia",
        "SANTANDER DE QUILICHAO, Colombia, Nov 22 (Pacific Andes Wire) - A man threw a grenade into a crowded "
        "bar in Santander de Quilichao on Saturday night, killing two people and wounding eleven, police said."),
    rep("A07", "G04", "2026-11-22T15:00:00-05:00", H, "Toll of bar grenade rises to four",
        "Two more people wounded in the grenade attack on the La Herradura bar in Santander de Quilichao died "
        "on Sunday, raising the toll to four, the hospital said.\n\nThe attack happened shortly before "
        "midnight on Saturday."),
    rep("A07", "G04", "2026-11-23T09:00:00-05:00", R, "Santander de Quilichao buries bar victims",
        "Relatives on Monday buried four people killed in the grenade attack on the La Herradura bar in "
        "Santander de Quilichao at the weekend."),
    rep("A07", "G04", "2026-11-23T08:30:00-05:00", W, "Grenade attack on bar kills two in Colombia",
        "SANTANDER DE QUILICHAO, Colombia, Nov 22 (Pacific Andes Wire) - A man threw a grenade into a crowded "
        "bar in Santander de Quilichao on Saturday night, killing two people and wounding eleven, police said."
        "\n\nThe toll later rose to four."),
    rep("A08", "G04", "2026-11-22T21:00:00-05:00", E, "Motorcycle taxi driver shot in Santander de Quilichao",
        "A motorcycle taxi driver, Jhon Fredy Campo, was shot dead in the El Porvenir neighbourhood of "
        "Santander de Quilichao on Sunday afternoon, police said."),
    rep("A08", "G04", "2026-11-23T07:00:00-05:00", N, "Second killing in two days in Santander de Quilichao",
        "Gunmen killed Jhon Fredy Campo, a motorcycle taxi driver, in Santander de Quilichao on Sunday, a day "
        "after a grenade attack on a bar in the town."),

    # G05 Jambalo: drone attacks on two consecutive days
    rep("A09", "G05", "2026-11-18T16:00:00-05:00", H, "Drone drops explosives on Jambalo police station",
        "A drone dropped explosives on the police station in Jambalo on Wednesday morning, wounding three "
        "officers, police said."),
    rep("A09", "G05", "2026-11-19T07:00:00-05:00", W, "Drone attack wounds three Colombian police",
        "JAMBALO, Colombia, Nov 19 (Pacific Andes Wire) - An explosive-laden drone wounded three police "
        "officers at the station in the town of Jambalo in Cauca on Wednesday, police said."),
    rep("A09", "G05", "2026-11-20T10:00:00-05:00", R, "Police in Jambalo reinforce station after drone attack",
        "Police put nets over the roof of the Jambalo station after the drone attack on Wednesday that wounded "
        "three officers, the commander said on Friday."),
    rep("A10", "G05", "2026-11-19T18:00:00-05:00", E, "Second drone attack hits Jambalo",
        "A drone dropped two explosives on an army checkpoint at the entrance of Jambalo on Thursday "
        "afternoon, wounding a soldier, the army said."),
    rep("A10", "G05", "2026-11-20T08:00:00-05:00", N, "Soldier wounded by drone at Jambalo checkpoint",
        "A soldier was wounded when a drone attacked an army checkpoint outside Jambalo on Thursday, a day "
        "after a drone hit the town's police station."),

    # G06 Miranda: indigenous guard killed Monday, funeral Wednesday; a truck attacked Tuesday
    rep("A11", "G06", "2026-11-16T20:00:00-05:00", H, "Indigenous guard killed in Miranda",
        "Gunmen killed an indigenous guard, Luis Alberto Pilcue, at a checkpoint of the guard in a rural "
        "area of Miranda on Monday, the regional indigenous council said."),
    rep("A11", "G06", "2026-11-17T09:00:00-05:00", W, "Indigenous guard shot dead in Colombia",
        "MIRANDA, Colombia, Nov 17 (Pacific Andes Wire) - Gunmen shot dead a member of the indigenous guard, "
        "Luis Alberto Pilcue, near Miranda in Cauca province on Monday, community leaders said."),
    rep("A11", "G06", "2026-11-18T17:00:00-05:00", R, "Thousands at funeral of Miranda guard",
        "Thousands of members of the indigenous guard carried the coffin of Luis Alberto Pilcue, killed on "
        "Monday, through Miranda on Wednesday."),
    rep("A12", "G06", "2026-11-17T19:00:00-05:00", E, "Gunmen burn truck on road to Miranda",
        "Armed men stopped a truck carrying sugar cane on the road from Miranda to Florida on Tuesday, forced "
        "the driver out and set it on fire, police said."),

    # G07 Caldono: three young men killed around midnight Friday/Saturday; a clash in the municipality Saturday
    rep("A13", "G07", "2026-11-21T08:00:00-05:00", H, "Three young men killed in Caldono",
        "Three young men were shot dead late on Friday in the Pioya reservation of Caldono, the ombudsman "
        "said.\n\nThey were on their way home from a football match."),
    rep("A13", "G07", "2026-11-21T12:00:00-05:00", W, "Massacre of three youths in Colombia's Cauca",
        "CALDONO, Colombia, Nov 21 (Pacific Andes Wire) - Gunmen killed three young men early on Saturday in "
        "the Pioya indigenous reservation in Caldono, local authorities said."),
    rep("A13", "G07", "2026-11-22T10:00:00-05:00", R, "Caldono demands justice for Pioya massacre",
        "Indigenous leaders in Caldono demanded on Sunday that the killers of the three young men shot on "
        "their way home from a football match in Pioya be found."),
    rep("A14", "G07", "2026-11-21T18:00:00-05:00", E, "Troops and rebels clash in Caldono",
        "Troops clashed with guerrillas for three hours in the Siberia area of Caldono on Saturday afternoon, "
        "the army said.\n\nTwo rebels were killed."),

    # G08 same day, neighbouring towns: Argelia clash and El Tambo bomb on Saturday 28
    rep("A15", "G08", "2026-11-28T17:00:00-05:00", H, "Soldiers killed in Argelia clash",
        "Two soldiers were killed in fighting with the Carlos Patino front near El Plateado in Argelia on "
        "Saturday, the army said."),
    rep("A15", "G08", "2026-11-29T08:00:00-05:00", W, "Two Colombian soldiers die in clash with rebels",
        "ARGELIA, Colombia, Nov 29 (Pacific Andes Wire) - Two soldiers died in a clash with guerrillas of the "
        "Carlos Patino front near El Plateado in Cauca on Saturday, the army said."),
    rep("A15", "G08", "2026-11-30T09:00:00-05:00", R, "Bodies of soldiers killed in Argelia flown to Popayan",
        "The bodies of the two soldiers killed in Saturday's fighting near El Plateado were flown to Popayan "
        "on Monday."),
    rep("A16", "G08", "2026-11-28T19:00:00-05:00", E, "Bomb damages bridge in El Tambo",
        "An explosive charge damaged a bridge on the road from El Tambo to the coast on Saturday, cutting "
        "traffic, officials said.\n\nNobody was hurt."),
    rep("A16", "G08", "2026-11-29T07:00:00-05:00", N, "Road cut after bridge bombing in El Tambo",
        "Traffic between El Tambo and the coast remained cut on Sunday after an explosive damaged a bridge on "
        "Saturday."),

    # G09 Popayan: explosive at a police station Tuesday 24 (copy a day later); a policeman shot Wednesday 25
    rep("A17", "G09", "2026-11-24T13:00:00-05:00", H, "Explosive thrown at Popayan police station",
        "A man on a motorcycle threw an explosive at the police station of the Bello Horizonte neighbourhood "
        "of Popayan on Tuesday morning, wounding two officers, police said."),
    rep("A17", "G09", "2026-11-24T18:00:00-05:00", W, "Attack on police station in Colombian city",
        "POPAYAN, Colombia, Nov 24 (Pacific Andes Wire) - An attacker on a motorcycle threw an explosive device "
        "at a police station in the city of Popayan on Tuesday, wounding two officers, police said."),
    rep("A17", "G09", "2026-11-25T06:00:00-05:00", N, "Attack on police station in Colombian city",
        "POPAYAN, Colombia, Nov 24 (Pacific Andes Wire) - An attacker on a motorcycle threw an explosive device "
        "at a police station in the city of Popayan on Tuesday, wounding two officers, police said."),
    rep("A18", "G09", "2026-11-25T20:00:00-05:00", E, "Police officer shot in Popayan",
        "A police officer, Patrolman Diego Samboni, was shot and wounded while on patrol in the south of "
        "Popayan on Wednesday night, police said."),
    rep("A18", "G09", "2026-11-26T09:00:00-05:00", R, "Second attack on Popayan police in two days",
        "Patrolman Diego Samboni was wounded by gunmen in Popayan on Wednesday, a day after an explosive was "
        "thrown at a police station in the city."),

    # G10 Patia and Balboa on Thursday 26
    rep("A19", "G10", "2026-11-26T15:00:00-05:00", H, "Bus burned on Pan-American highway in Patia",
        "Armed men stopped a passenger bus on the Pan-American highway near El Bordo in Patia on Thursday, "
        "ordered the passengers out and set the bus on fire, police said."),
    rep("A19", "G10", "2026-11-27T07:00:00-05:00", W, "Gunmen torch bus on Colombian highway",
        "EL BORDO, Colombia, Nov 27 (Pacific Andes Wire) - Gunmen set fire to a passenger bus on the "
        "Pan-American highway near El Bordo on Thursday after ordering its passengers out, police said."),
    rep("A20", "G10", "2026-11-26T19:00:00-05:00", E, "Farmer shot dead in Balboa",
        "A farmer, Ovidio Munoz, was shot dead by gunmen at his farm in Balboa on Thursday, police said."),

    # G11 Buenos Aires: two soldiers abducted Sunday 22; an attack in the municipality Monday 23
    rep("A21", "G11", "2026-11-22T18:00:00-05:00", H, "Two soldiers kidnapped in Buenos Aires",
        "Guerrillas seized two soldiers who were buying food in the village of Timba in Buenos Aires on "
        "Sunday, the army said."),
    rep("A21", "G11", "2026-11-23T07:00:00-05:00", W, "Colombian rebels abduct two soldiers",
        "TIMBA, Colombia, Nov 23 (Pacific Andes Wire) - Rebels abducted two soldiers in the village of Timba "
        "in Cauca province on Sunday, the army said."),
    rep("A21", "G11", "2026-11-24T12:00:00-05:00", R, "Army searches for soldiers seized in Timba",
        "The army said on Tuesday that it was searching the hills around Timba for the two soldiers seized "
        "by guerrillas on Sunday."),
    rep("A22", "G11", "2026-11-23T19:00:00-05:00", E, "Rebels attack army base in Buenos Aires",
        "Guerrillas attacked an army base in the municipality of Buenos Aires with rifles and explosives on "
        "Monday night, the army said.\n\nNo soldiers were hurt."),

    # G12 Puerto Tejada councillor and Villa Rica shooting, both Wednesday 25
    rep("A23", "G12", "2026-11-25T18:00:00-05:00", H, "Councillor shot dead in Puerto Tejada",
        "Gunmen shot dead a town councillor, Edwin Carabali, in the centre of Puerto Tejada on Wednesday "
        "afternoon, the mayor said."),
    rep("A23", "G12", "2026-11-26T08:00:00-05:00", W, "Colombian councillor killed",
        "PUERTO TEJADA, Colombia, Nov 26 (Pacific Andes Wire) - A councillor, Edwin Carabali, was shot dead in "
        "the town of Puerto Tejada in Cauca province on Wednesday, officials said."),
    rep("A24", "G12", "2026-11-25T21:00:00-05:00", E, "Two men killed in Villa Rica",
        "Two men were shot dead at a pool hall in Villa Rica on Wednesday night, police said."),
    rep("A24", "G12", "2026-11-26T10:00:00-05:00", N, "Villa Rica pool hall shooting leaves two dead",
        "Police said on Thursday they were looking for the gunmen who killed two men at a pool hall in Villa "
        "Rica on Wednesday night."),

    # G13 Morales and Cajibio on Friday 27
    rep("A25", "G13", "2026-11-27T16:00:00-05:00", H, "Rebels harass Morales police station",
        "Guerrillas fired on the police station of Morales for two hours on Friday, wounding a police "
        "officer, the regional police said."),
    rep("A25", "G13", "2026-11-28T08:00:00-05:00", R, "Morales calm after attack on police station",
        "Shops reopened in Morales on Saturday, a day after guerrillas fired on the town's police station for "
        "two hours."),
    rep("A26", "G13", "2026-11-27T18:00:00-05:00", E, "Shop owner killed in Cajibio",
        "A shop owner was shot dead by men on a motorcycle in the centre of Cajibio on Friday, police said."),
]
