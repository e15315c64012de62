#!/usr/bin/env python3
"""Writes the real-page fixtures: 107 pages of 102 municipalities (95 product pages, 12 that are none: news items, an
overview, a FAQ item, forms themselves, information pages) whose TEXT is real (taken from their public pages, as
stored in the team's page corpus, URLs below, trimmed to the page's own content), with HTML written around it by us:
a generic site chrome, the real headings as <h2>, the real link wording as links. Where a page links to a channel,
the href is ours (the corpus keeps text, not hrefs) and so is the kind of target it leads to, which the measurement
serves from a stub server: 'digid' (a redirect to the DigiD login), 'form' (an Open Formulieren page),
'appointment' (an appointment system), 'pdf', 'info' (an information page), 'digid-info' (digid.nl's own pages),
'broken' (404: a form taken down; those pages are labelled BROKEN), 'mail' (a mailto: address, not served).
The label (product or not, channel status) is what a consultant reading the real page would record.

Run: python3 make_real.py   (writes NN-<municipality>.html and labels.csv next to this script)
"""
import csv
import html
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# (municipality, url, cms, is_product, status, title, text, links)
# links: (text to turn into a link, href, target kind); the text must occur in the page text
PAGES = [
 ("Winterswijk", "https://www.winterswijk.nl/paspoort", "path", True, "NOT_DIGITAL", "Paspoort",
  """Een paspoort vraagt u aan bij de gemeente waar u bent ingeschreven. Dit kan alleen als u de Nederlandse nationaliteit hebt. Na 6 werkdagen kunt u het paspoort ophalen.
Paspoort aanvragen
Voor het aanvragen van een paspoort maakt u eerst een afspraak.
Afspraak aanvragen paspoort
Meenemen naar het gemeentekantoor
• alle paspoorten en ID-kaarten die u heeft, ook als ze verlopen zijn
• een recente pasfoto die voldoet aan de eisen voor een pasfoto. De foto mag niet ouder zijn dan 6 maanden.
Kosten en geldigheid
Paspoort vanaf 18 jaar: € 83, 10 jaar geldig.""",
  [("Afspraak aanvragen paspoort", "https://afspraak.winterswijk.nl/paspoort", "appointment")]),
 ("Beesel", "https://www.beesel.nl/inwoners/paspoort-en-identiteitskaart/zakenpaspoort", "path", True, "NOT_DIGITAL",
  "Zakenpaspoort",
  """Afspraak maken
Spoedaanvraag
Heeft u uw paspoort snel nodig? Dan kunt u een spoedaanvraag doen.
Meenemen
Bent u jonger dan 18 jaar? Dan moet u ook het volgende meenemen: het toestemmingsformulier reisdocument minderjarige, ingevuld en ondertekend door beide ouders.
Kosten
Zakenpaspoort voor volwassenen van 18 jaar en ouder € 83,85.
Afhalen zakenpaspoort
Heeft u uw zakenpaspoort aangevraagd? Dan kunt u uw zakenpaspoort na 6 werkdagen afhalen bij de klantenbalie van het gemeentehuis.""",
  [("Afspraak maken", "https://www.beesel.nl/afspraak-maken", "appointment")]),
 ("Baarn", "https://www.baarn.nl/home/producten-diensten_42689/product/paspoort_421.html", "sdu", True, "NOT_DIGITAL",
  "Paspoort",
  """Wat is het
Met een paspoort reist u naar elk land in de wereld en kunt u ook laten zien wie u bent (identificeren). Wilt u een paspoort aanvragen of ophalen? Dan maakt u een afspraak bij het loket Burgerzaken. U betaalt de kosten bij de aanvraag. Het paspoort ligt na 6 werkdagen voor u klaar.
Afspraak maken
Hoe het werkt
Iedereen vanaf 14 jaar moet in Nederland een eigen paspoort of identiteitskaart hebben. Dit heet de identificatieplicht.
Vingerafdrukken
In uw paspoort worden uw vingerafdrukken opgenomen. Kinderen jonger dan 12 jaar hoeven geen vingerafdrukken te laten maken.""",
  [("Afspraak maken", "https://baarn.mijnafspraakmaken.nl/", "appointment")]),
 ("Gulpen-Wittem", "https://www.gulpen-wittem.nl/onderwerpen/paspoort-identiteitskaart-rijbewijs/paspoort-persoonlijk-aanvragen",
  "path", True, "NOT_DIGITAL", "Paspoort persoonlijk aanvragen",
  """U kunt een paspoort persoonlijk aanvragen bij het Klantcontactcentrum. Daarvoor maakt u een afspraak. Het nieuwe document is na 7 werkdagen klaar.
Afspraak maken aanvraag paspoort
Wat u moet weten
Spoedaanvraag
Heeft u uw paspoort snel nodig? Doe dan een spoedaanvraag vóór 14.00 uur. Hiervoor betaalt u extra.
Aanvragen Nederlands paspoort voor kinderen
Let op: Beide ouders moeten toestemming geven voor het aanvragen van een paspoort voor hun kind.
Download het formulier voor toestemming verstrekking reisdocument voor een minderjarige (PDF, 191.7 kB)""",
  [("Afspraak maken aanvraag paspoort", "https://afspraken.gulpen-wittem.nl/", "appointment"),
   ("Download het formulier voor toestemming verstrekking reisdocument voor een minderjarige",
    "https://www.gulpen-wittem.nl/sites/default/files/toestemming-reisdocument-minderjarige.pdf", "pdf")]),
 ("Zaltbommel", "https://zaltbommel.nl/inwoner-en-ondernemer/paspoort-en-rijbewijs-en-uittreksels/paspoort", "path", True,
  "DIGITAL", "Paspoort",
  """Paspoort aanvragen of verlengen
Een paspoort vraagt u zelf aan bij de gemeente. Hiervoor maakt u een afspraak. Na 5 werkdagen is uw paspoort klaar.
Paspoort aanvragen voor kinderen jonger dan 18 jaar
Is het kind onder de 18 jaar? Dan is er toestemming nodig van beide ouders of van de persoon die het gezag heeft.
Indienen toestemmingsformulier (met DigiD)
Let op: uw toestemming is 28 dagen geldig.
Meenemen
Bij een paspoort voor volwassenen neemt u al uw reisdocumenten mee, ook al zijn ze niet meer geldig, en een pasfoto niet ouder dan 6 maanden.""",
  [("Indienen toestemmingsformulier (met DigiD)", "https://loket.zaltbommel.nl/toestemming-reisdocument", "digid")]),
 ("Best", "http://www.gemeentebest.nl/paspoort-rijbewijs-en-uittreksels/reizen-met-kinderen", "path", True, "NOT_DIGITAL",
  "Paspoort",
  """Een Nederlands paspoort vraagt u aan bij de gemeente. Maak hiervoor een afspraak. U betaalt de kosten bij de afspraak.
Afspraak maken
Meenemen
• Alle reisdocumenten (paspoort, identiteitskaart) die u heeft.
• Een officiële pasfoto in kleur, niet ouder dan 6 maanden.
Prijs
Vanaf 18 jaar € 83,85, 10 jaar geldig.
Hoe lang duurt de aanvraag?
Na 5 werkdagen kunt u het paspoort ophalen bij de receptie van het gemeentehuis.""",
  [("Afspraak maken", "https://www.gemeentebest.nl/afspraak", "appointment")]),
 ("Oirschot", "https://oirschot.nl/paspoort", "path", True, "NOT_DIGITAL", "Paspoort",
  """Kosten en wachttijd
Wilt u een paspoort aanvragen of vernieuwen? Dat doet u in het gemeentehuis, maak direct online een afspraak voor het aanvragen van het paspoort.
Afspraak maken voor het aanvragen
Of maak een afspraak voor het afhalen van uw paspoort
Wat moet ik meenemen?
• Een pasfoto niet ouder dan 6 maanden op het moment van de aanvraag.
• Pinpas of contant geld. U betaalt direct bij de aanvraag.
Prijzen en geldigheid
Paspoort 18 jaar of ouder: € 83,87, 10 jaar.""",
  [("Afspraak maken voor het aanvragen", "https://oirschot.afspraakmaken.nl/aanvragen", "appointment")]),
 ("Uithoorn", "https://www.uithoorn.nl/Home/Melden/Melding_over_openbare_ruimte_indienen", "iprox", True, "DIGITAL",
  "Melding over openbare ruimte",
  """Een melding over de openbare ruimte geeft u door aan de gemeente.
Heeft u een klacht over bijvoorbeeld bestrating, afval, reiniging, groenvoorziening, verstopte riolen of openbare verlichting? Dan kunt u een melding hiervan doen bij de gemeente.
Hoe melden?
U kunt 24/7 een melding doen via de website of via de Makkelijk Melden-app op uw smartphone.
Regelen zonder inloggenMelding openbare ruimte
Logo DigiDMelding openbare ruimte
Geef alle gegevens door
Het is belangrijk dat u de melding in het e-formulier zo duidelijk mogelijk omschrijft.""",
  [("Regelen zonder inloggenMelding openbare ruimte", "https://formulieren.uithoorn.nl/melding-openbare-ruimte", "form"),
   ("Logo DigiDMelding openbare ruimte", "https://formulieren.uithoorn.nl/melding-openbare-ruimte-digid", "digid")]),
 ("Súdwest-Fryslân", "https://www.gemeentesudwestfryslan.nl/inwoners/onderwerpen-a-z_44153/product/melding-openbare-ruimte_1256.html",
  "sdu", True, "DIGITAL", "Melding Openbare Ruimte",
  """Wat is het
Onze speeltuinen, wegen en parken horen veilig en netjes te zijn. Ziet u iets op gemeentegrond dat stuk is of opgeruimd moet worden? Meld het ons via het digitale formulier Openbare ruimte.
Melding Openbare Ruimte
Overlast door personen of bedrijven, zoals geluidsoverlast of parkeeroverlast? Gebruik dan het formulier
Overlast Melden
Hoe werkt het?
De gemeente draagt zorg voor het opruimen van het afval op openbare wegen en pleinen.""",
  [("Melding Openbare Ruimte", "https://sudwestfryslan.mijnwebformulier.nl/mor", "form"),
   ("Overlast Melden", "https://sudwestfryslan.mijnwebformulier.nl/overlast", "form")]),
 ("Ouder-Amstel", "https://www.ouder-amstel.nl/Home/Contact_met_de_gemeente:dS6-JqiFRiy91USOb3HaoA/Melding_over_openbare_ruimte_indienen",
  "iprox", True, "DIGITAL", "Melding over openbare ruimte indienen",
  """Een melding over de openbare ruimte, zoals een klacht over bijvoorbeeld bestrating, afval of openbare verlichting, geeft u hieronder met of zonder DigiD door aan de gemeente.
Melding openbare ruimte indienen
Melding online
U kunt 24/7 een melding doen met of zonder DigiD op de website of via de Makkelijk Melden-app op uw smartphone.
Melding telefonisch
Ook kunt u uw melding tijdens kantooruren telefonisch doorgeven via (020) 496 21 21.""",
  [("Melding openbare ruimte indienen", "https://eformulieren.ouder-amstel.nl/mor", "form")]),
 ("Voorne aan Zee", "https://www.voorneaanzee.nl/melding-openbare-ruimte?origin=/melding-woon-en-leefomgeving", "query",
  True, "DIGITAL", "Melding openbare ruimte",
  """Uw woon- en leefomgeving bestaan uit plekken waar iedereen toegang tot heeft. Denk aan pleinen, wegen, parken, speeltuinen of sportvelden.
Hoe werkt het?
Als u iets ziet dat stuk is of opgeruimd moet worden, doet u hiervan een melding bij de gemeente.
Wat moet ik doen?
U geeft uw melding door aan de gemeente via:
Melding openbare ruimte
Hoe lang duurt het?
De gemeente behandelt uw melding meestal binnen 2 werkdagen.""",
  [("Melding openbare ruimte", "https://voorneaanzee.meldingen.online/", "form")]),
 ("Alphen aan den Rijn", "https://www.alphenaandenrijn.nl/Bestuur_organisatie/Contact/Invloed_bezwaar_klachten/Melding_openbare_ruimte_doen",
  "iprox", True, "DIGITAL", "Melding openbare ruimte",
  """Wanneer u gebreken in de 'openbare ruimte' constateert, dan kunt u dit aan ons doorgeven.
Voorwaarden
Uw melding kan gaan over overvolle prullenbakken, defecte straatverlichting, losliggende straatstenen of laaghangende takken van een boom.
Bijzonderheden
De meeste meldingen lossen we binnen 4 werkdagen op. Als dat niet lukt, informeren we u hierover.
Aanvraag
Een melding openbare ruimte kunt u zo regelen: direct online, telefonisch via 14 0172 of schriftelijk.""",
  [("direct online", "https://alphenaandenrijn.mijnmelding.nl/", "form")]),
 ("Berkelland", "https://gemeenteberkelland.nl/Inwoners/Overlast_klachten_en_bezwaar/Klachten_en_bezwaar/Meldingen_over_openbare_ruimte",
  "iprox", True, "DIGITAL", "Meldingen over openbare ruimte",
  """De openbare ruimte is een verzamelnaam voor de plekken die wij allemaal gebruiken. Zoals pleinen, wegen, en parken.
Uw melding kan gaan over onderwerpen als overvolle prullenbakken, losliggende straatstenen en rondslingerend afval.
Telefonisch
Als u belt met (0545) 250 250 of het formulier invult worden uw naam, adres en telefoonnummer en de aard van de klacht geregistreerd.
Spoed
Wanneer er sprake is van een situatie die direct ingrijpen noodzakelijk maakt, kunt u dit het beste telefonisch melden.""",
  [("het formulier", "https://gemeenteberkelland.nl/formulieren/melding-openbare-ruimte", "form")]),
 ("Dalfsen", "https://www.dalfsen.nl/parkeervergunning", "path", True, "DIGITAL", "Parkeervergunning",
  """Hoe werkt het?
U kunt de parkeervergunning aanvragen als u voldoet aan de voorwaarden.
Wat is het?
In bepaalde gebieden in de gemeente moet u betalen om te parkeren. Woont u in zo'n gebied? Dan kunt u een parkeervergunning aanvragen bij de gemeente.
Parkeervergunning aanvragen
Voor het aanvragen van een parkeervergunning heeft u het volgende nodig: uw DigiD en uw gegevens voor internetbankieren.
Hoelang duurt het?
Meestal krijgt u de parkeervergunning nog dezelfde dag.""",
  [("Parkeervergunning aanvragen", "https://dalfsen.parkeervergunning.nl/aanvragen", "digid"),
   ("uw DigiD", "https://www.digid.nl/", "digid-info")]),
 ("Oosterhout", "https://www.oosterhout.nl/gemeentewinkel/parkeervergunning-bewoners", "path", True, "NONE",
  "Parkeervergunning bewoners",
  """Beschrijving
Inleiding
Mensen die in het gebied wonen waar betaald parkeren en/of vergunninghoudersparkeren geldt, kunnen een parkeervergunning (bewonersvergunning) aanvragen.
Wanneer heb ik dit nodig?
Wanneer u woont in een gebied waar betaald parkeren geldt, kunt u een parkeervergunning aanvragen voor het parkeren van uw voertuig.
Wat is het?
De parkeervergunning is een vergunning om uw voertuig te parkeren in een gebied waar u zonder vergunning niet mag parkeren.
Wat zijn de uitzonderingsregels?
Per adres/huishouden worden maximaal twee parkeervergunningen verstrekt.""", []),
 ("Breda", "https://www.breda.nl/parkeervergunning-bewoners", "path", True, "DIGITAL", "Parkeervergunning bewoners",
  """Deze parkeervergunning is voor bewoners ingeschreven op een adres in de binnenstad en in wijken met betaald parkeren. Voor de 1e auto vraagt u de basisvergunning aan.
Basisvergunning en Jaarvergunning
Basisvergunning
• U heeft geen parkeergelegenheid op eigen terrein. Dit wordt bij de aanvraag gecontroleerd.
• De vergunning is op kenteken.
• U ontvangt ieder jaar bericht over verlenging van de vergunning. U verlengt en betaalt in het P-Loket.
Jaarvergunning
De jaarvergunning is voor de 2e, 3e en 4e auto waarvan het kenteken op uw adres geregistreerd staat.""",
  [("P-Loket", "https://ploket.breda.nl/", "digid")]),
 ("Echt-Susteren", "https://www.echt-susteren.nl/bijzondere-bijstand", "path", True, "DIGITAL", "Bijzondere bijstand",
  """Kostensoort
Voor verschillende kosten kunt u in aanmerking komen voor bijzondere bijstand, zoals bewindvoering, rechtsbijstand en verhuiskosten.
Gift of lening
De gemeente kan de bijzondere bijstand als gift of als lening verstrekken.
Declaratieregeling
Als u een bijstandsuitkering heeft, vult u voor de onderstaande kosten het digitale formulier in.
In het formulier voegt u de bewijsstukken toe van uw kosten. U logt in met uw DigiD, of degene die hiervoor gemachtigd is.""",
  [("het digitale formulier", "https://eloket.echt-susteren.nl/declaratie-bijzondere-bijstand", "digid")]),
 ("Kampen", "https://www.kampen.nl/bijstand/bijzondere-bijstand", "path", True, "DIGITAL", "Bijzondere bijstand aanvragen",
  """Heeft u een laag inkomen en moet u onverwacht hoge kosten betalen? Voor sommige noodzakelijke kosten kunt u bijzondere bijstand aanvragen.
Bijzondere bijstand aanvragen (met DigiD)
Bijzondere bijstand aanvragen (met eHerkenning)
U heeft een laag inkomen en weinig vermogen. Voor onverwachte, hoge kosten kunt u bijzondere bijstand aanvragen.
U kunt voor bijzondere bijstand ook bellen met 14 038 of een bezoek brengen aan de balie inkomen en zorg in het stadhuis.
De gemeente beslist binnen 8 weken na ontvangst van uw aanvraag.""",
  [("Bijzondere bijstand aanvragen (met DigiD)", "https://dloket.kampen.nl/burger/startform?id=BB", "digid"),
   ("Bijzondere bijstand aanvragen (met eHerkenning)", "https://dloket.kampen.nl/bedrijf/startform?id=BB", "form")]),
 ("Doetinchem", "https://www.doetinchem.nl/bijzonderebijstand", "path", True, "DIGITAL", "Bijzondere bijstand",
  """Soms krijgt u te maken met bijzondere kosten, zoals de kosten voor bewindvoering of een maaltijdvoorziening. Als u die niet zelf kunt betalen, kan de gemeente u misschien ondersteunen met bijzondere bijstand.
Denkt u dat u voor bijzondere bijstand in aanmerking komt, dan kunt u het formulier invullen.
DigiDAanvraag bijzondere bijstand
eHerkenningAanvraag bijzondere bijstand
Financiële problemen?
Bij financiële problemen neemt u contact op met de buurtcoach.""",
  [("DigiDAanvraag bijzondere bijstand", "https://digitaal.doetinchem.nl/bijzondere-bijstand", "digid"),
   ("eHerkenningAanvraag bijzondere bijstand", "https://digitaal.doetinchem.nl/bijzondere-bijstand-eh", "form")]),
 ("Weststellingwerf", "https://www.weststellingwerf.nl/bijzondere-bijstand", "path", True, "DIGITAL", "Bijzondere bijstand",
  """Bijzondere bijstand is bedoeld voor bijzondere kosten. Het moet gaan om noodzakelijke extra kosten, die je niet zelf kunt betalen en ook niet vergoed krijgt.
Bijzondere bijstand kun je online aanvragen via onderstaande knop (met DigiD).
DigiDAanvraag formulier bijzondere bijstand
Lees eerst de toelichting
Hoe werkt het?
De gemeente bekijkt of je bijzondere bijstand krijgt: ga je de kosten ook echt maken en zijn ze noodzakelijk?""",
  [("DigiDAanvraag formulier bijzondere bijstand", "https://formulieren.weststellingwerf.nl/bijzondere-bijstand", "digid")]),
 ("Putten", "https://www.putten.nl/Ondernemers/Evenementen_goede_doelen_en_loterijen/Vergunning_voor_een_evenement_aanvragen",
  "iprox", True, "DIGITAL", "Vergunning voor een evenement aanvragen",
  """Voor het organiseren van een evenement, heeft u meestal een vergunning nodig. Denk hierbij aan festiviteiten die voor publiek toegankelijk zijn, zoals een rommelmarkt, concert, optocht, kermis of circus.
>> Evenementenvergunning online aanvragen
>> Aanvraagformulier evenementenvergunning downloaden (PDF)
Voorwaarden
In de volgende situaties heeft u een vergunning nodig: u organiseert een evenement als vorm van vermaak voor of met publiek.
Kosten
Voor het in behandeling nemen van de aanvraag worden legeskosten in rekening gebracht.
Termijn
De gemeente beslist binnen 8 weken na ontvangst op uw aanvraag.""",
  [("Evenementenvergunning online aanvragen", "https://www.putten.nl/Ondernemers/Evenementen/evenementenvergunning-formulier", "form"),
   ("Aanvraagformulier evenementenvergunning downloaden (PDF)", "https://www.putten.nl/documenten/aanvraagformulier-evenement.pdf", "pdf")]),
 ("Heeze-Leende", "https://www.heeze-leende.nl/home/onderwerpen-a-z_42056/product/evenement-organiseren_179.html", "sdu", True,
  "NONE", "Evenement organiseren",
  """Wat is het?
Als u een evenement wilt organiseren, hebt u een vergunning nodig van de gemeente. Dit geldt bijvoorbeeld voor een braderie, kermis, optocht of festival. Voor kleine evenementen, zoals een straatfeest of een buurtbarbecue, is een melding doen bij de gemeente vaak al genoeg.
Hoe werkt het?
De gemeente bepaalt of u de vergunning krijgt. Het kan zijn dat u zich moet houden aan bepaalde regels, zoals een maximum aantal personen of een bepaalde begin- en eindtijd.
Checklist evenementen
Aan de hand van de checklist kunt u zelf beoordelen wanneer er slechts een melding nodig is en wanneer er een evenementenvergunning noodzakelijk is.""", []),
 ("Langedijk", "https://www.gemeentelangedijk.nl/Ondernemers/Evenementen", "iprox", True, "DIGITAL", "Evenementen",
  """Aanvraagformulier A-, B- en C-evenement
Meldingsformulier A-evenement
Als u een evenement wilt organiseren, moet u dit altijd melden bij de gemeente. Soms is een melding voldoende en soms hebt u een vergunning nodig.
De bezoekers
Het gaat hierbij om het aantal bezoekers en het soort bezoekers.
Categorieën
De gemeente deelt evenementen in onder 4 categorieën.""",
  [("Aanvraagformulier A-, B- en C-evenement", "https://formulieren.langedijk.nl/evenement-aanvraag", "form"),
   ("Meldingsformulier A-evenement", "https://formulieren.langedijk.nl/evenement-melding", "form")]),
 ("Medemblik", "https://www.medemblik.nl/aanvragen-en-regelen/verhuizing-doorgeven", "path", True, "DIGITAL",
  "Verhuizing doorgeven",
  """• u geeft uw verhuizing door aan de gemeente waar u gaat wonen
• dit kan via ons webformulier met Digid of persoonlijk aan de balie
• geef uw verhuizing door tussen 28 dagen vóór tot uiterlijk 5 dagen ná uw verhuizing
Inloggen met DigiD Verhuizing doorgeven
Gaat u bij iemand inwonen?
Gaat u bij iemand anders in huis wonen? Dan heeft u toestemming nodig van deze persoon.""",
  [("Inloggen met DigiD Verhuizing doorgeven", "https://medemblik.mijnverhuizing.nl/", "digid")]),
 ("Raalte", "https://www.raalte.nl/leven-reizen-papieren/verhuizing-doorgeven", "path", True, "DIGITAL", "Verhuizing doorgeven",
  """Gaat u verhuizen?
Digitaal
Geef uw nieuwe adres door aan de gemeente waar u gaat wonen, maximaal 4 weken vóór de verhuisdatum en binnen 5 dagen na de verhuisdatum.
U kunt de verhuizing direct online doorgeven met uw DigiD. Heeft u nog geen DigiD? Dan kunt u die aanvragen op www.digid.nl.
Bevestiging
U krijgt van ons een bevestiging van uw verhuizing.
Kosten
Het doorgeven van uw verhuizing is gratis.""",
  [("direct online doorgeven", "https://raalte.eloket.nl/verhuizing", "digid"),
   ("www.digid.nl", "https://www.digid.nl/", "digid-info")]),
 ("Vianen", "https://www.vianen.nl/wonen/verhuizing", "path", True, "DIGITAL", "Verhuizing",
  """Algemene informatie
Als u gaat verhuizen doet u aangifte van verhuizing in de nieuwe gemeente. Doe dit uiterlijk 5 dagen nadat u verhuisd bent.
Digitaal doorgeven
U kunt online uw verhuizing doorgeven. Hiervoor hebt u uw DigiD met SMS verificatie nodig.
U kunt ook een afspraak maken.
Kosten
Doorgeven verhuizing: gratis.""",
  [("online uw verhuizing doorgeven", "https://e-diensten.vianen.nl/verhuizing", "digid"),
   ("een afspraak maken", "https://www.vianen.nl/afspraak", "appointment")]),
 ("Bronckhorst", "https://www.bronckhorst.nl/verhuizing-doorgeven", "path", True, "DIGITAL", "Verhuizing doorgeven",
  """Uw verhuizing moet u doorgeven aan de gemeente waar u gaat (of blijft) wonen. Doe dit uiterlijk 5 dagen nadat u verhuisd bent.
Geef uw verhuizing door
U kunt uw verhuizing online doorgeven. Na een correcte aanlevering van de benodigde informatie, nemen wij uw aangifte in behandeling.
DigiD linkVerhuizing doorgeven
Bij het doorgeven van uw verhuizing heeft u DigiD nodig.
Welke stukken heeft u nodig voor het doorgeven van uw verhuizing?
Uw huur- of koopcontract van uw nieuwe woning.""",
  [("DigiD linkVerhuizing doorgeven", "https://mijn.bronckhorst.nl/verhuizen", "digid")]),
 ("Ede", "https://www.ede.nl/aanvragen-en-regelen/verhuizing-doorgeven", "path", True, "DIGITAL", "Verhuizing doorgeven",
  """• U geeft uw verhuizing door aan de gemeente waar u gaat wonen.
• Dat kan online met DigiD.
• Geef uw verhuizing door vanaf 28 dagen vóór uw verhuizing tot uiterlijk vijf dagen na uw verhuizing.
• Aan het doorgeven van een verhuizing zijn geen kosten verbonden.
Uw verhuizing doorgeven per post of aan de balie:
Uw verhuizing doorgeven via de post, ons contactformulier of aan de balie publiekszaken? Neem of stuur een ingevuld verhuisformulier mee.""",
  [("online met DigiD", "https://digitaal.ede.nl/verhuizing", "digid"),
   ("ons contactformulier", "https://www.ede.nl/contactformulier", "form")]),
 ("Cranendonck", "https://www.cranendonck.nl/verhuizing-doorgeven", "path", True, "DIGITAL", "Verhuizing doorgeven",
  """Wat is het?
• Als u naar of binnen deze gemeente verhuist, moet u dat doorgeven aan deze gemeente.
• Doe dit uiterlijk 5 dagen nadat u verhuisd bent.
DigiD linkVerhuizing doorgeven
Verhuizen naar het buitenland
Als u vanuit de gemeente naar het buitenland verhuist, moet u dit uiterlijk 5 dagen vóór uw vertrek doorgeven.
Hoe werkt het?
Iedereen van 16 jaar en ouder geeft de verhuizing voor zichzelf door.""",
  [("DigiD linkVerhuizing doorgeven", "https://loket.cranendonck.nl/verhuizing", "digid")]),
 ("Rijswijk", "https://www.rijswijk.nl/hulp-bij-wonen-en-gezondheid", "path", True, "DIGITAL", "Hulp bij wonen en gezondheid",
  """Algemeen
De gemeente vindt het belangrijk dat iedere inwoner zo lang mogelijk in zijn eigen omgeving kan blijven wonen. Lukt dit niet? Dan kunt u de gemeente om hulp vragen door een melding te doen op grond van de Wet maatschappelijke ondersteuning (Wmo). Dit kunt u doen door een WMO meldformulier in te vullen.
Omschrijving
Kunt u niet meer zonder hulp thuis wonen? Of kunt u niet meer zelf het huishouden doen?
Aanvragen
Zo meldt u uw hulpvraag bij de gemeente: u neemt contact op met de gemeente of iemand anders doet dat voor u.""",
  [("WMO meldformulier", "https://formulieren.rijswijk.nl/wmo-melding", "form")]),
 ("Zeewolde", "http://www.ondersteuningshuiszeewolde.nl/hulp-en-ondersteuning/onderwerpen-a-z_42212/product/hulp-bij-het-huishouden-wmo_1179.html",
  "sdu", True, "DIGITAL", "Hulp bij het huishouden (Wmo)",
  """Wat is het?
Wanneer u vanwege een beperking moeilijkheden heeft met het huishouden, kan de gemeente u hulp aanbieden.
Hulp bij het huishouden is een maatwerkvoorziening in de Wet maatschappelijke ondersteuning (Wmo).
Online meldformulier Wmo (Wet maatschappelijke ondersteuning)
Hoe werkt het?
Via het meldformulier meldt u zich bij de gemeente wanneer u hulp zoekt bij de gemeente.""",
  [("Online meldformulier Wmo (Wet maatschappelijke ondersteuning)", "https://zeewolde.e-inwoner.nl/wmo-melding", "digid")]),
 ("Sloterburg", "https://sloterburg.nl/melding-woon-en-leefomgeving", "path", True, "DIGITAL", "Melding woon- en leefomgeving",
  """Wat is het?
Uw woon- en leefomgeving bestaan uit plekken waar iedereen toegang tot heeft. Denk aan pleinen, wegen, parken, speeltuinen of sportvelden.
Hoe werkt het?
Voorbeelden van zaken die u kunt melden bij de gemeente: een losse stoeptegel, een gat in de weg, kapotte straatverlichting.
Wat moet ik doen?
Doe uw melding bij de gemeente en omschrijf duidelijk waar de melding over gaat.
Direct uw melding of klacht doen
Hoe lang duurt het?
De gemeente behandelt uw melding meestal binnen 5 werkdagen.""",
  [("Direct uw melding of klacht doen", "https://sloterburg.nl/formulier/melding", "form")]),
 # pages that are no product page: a form itself, an overview of products
 ("Horst aan de Maas", "https://www.horstaandemaas.nl/evenementenvergunning-aanvraag/formulier", "path", False, "NONE",
  "Evenementenvergunning aanvraag",
  """Step 1 of 12: Begin
Met dit formulier kunt u een aanvraag doen ter verkrijging van een vergunning voor het houden van een evenement.
Invulhulp
Bij dit formulier dienen een aantal bijlagen te worden meegezonden. Invultijd: ongeveer 20 tot 30 minuten.""", []),
 ("Leiderdorp", "https://www.leiderdorp.nl/formulieren/melding-klein-evenement", "path", False, "NONE",
  "Melding klein evenement",
  """Velden met een * zijn verplicht.
Als u een klein evenement wilt organiseren, dan dient u dit uiterlijk 14 dagen vóór de datum van het te houden evenement te melden.
Let op! Tussentijds opslaan is momenteel niet mogelijk.""", []),
 ("Landerd", "https://www.landerd.nl/portal/producten-en-diensten_42213/klantvraag/verhuizen_155.html", "sdu", False, "NONE",
  "Verhuizen",
  """Producten waar de gemeente u mee kan helpen
Emigratie doorgeven
Adresonderzoek, verzoek tot
Geheimhouding persoonsgegevens
Verhuizing doorgeven""",
  [("Emigratie doorgeven", "https://www.landerd.nl/portal/producten-en-diensten_42213/product/emigratie_150.html", "info"),
   ("Adresonderzoek, verzoek tot", "https://www.landerd.nl/portal/producten-en-diensten_42213/product/adresonderzoek_151.html", "info"),
   ("Geheimhouding persoonsgegevens", "https://www.landerd.nl/portal/producten-en-diensten_42213/product/geheimhouding_152.html", "info"),
   ("Verhuizing doorgeven", "https://www.landerd.nl/portal/producten-en-diensten_42213/product/verhuizing-doorgeven_153.html", "info")]),
 # more municipalities: product pages of several CMSs and URL shapes, with the pages that are no product page
 # and the pages whose only "channel" is not one (a PDF to print, a check, an information link) among them
 ("Koggenland", "https://www.koggenland.nl/verhuizing-doorgeven", "path", True, "DIGITAL", "Verhuizing doorgeven",
  """Gaat u verhuizen binnen Koggenland? Of komt u in Koggenland wonen? Geef uw verhuizing en adreswijziging dan aan ons door. Dat kan vanaf 4 weken voor de verhuizing tot 5 dagen na de verhuizing.
DigiD linkGeef online uw verhuizing door
Komt u liever naar het gemeentehuis om uw verhuizing en adreswijziging door te geven? Maak dan online een afspraak.
Wat moet ik doen?
• U geeft uw verhuizing door vanaf 4 weken vóór de verhuizing tot 5 dagen ná de verhuizing.
• De gemeente verwerkt uw verhuizing op de door u aangegeven verhuisdatum.
Verhuizing te laat doorgeven
Als u te laat bent met het doorgeven, kan dit gevolgen hebben voor bijvoorbeeld huurtoeslag, studiefinanciering, uw parkeervergunning, gemeentelijke belastingen of uitkering.
Wat heb ik nodig?
Bij verhuizing online doorgeven
• Hiervoor hebt u DigiD nodig. Hebt u nog geen DigiD? Dan vraagt u die aan via DigiD.nl(externe link).
• U moet het huurcontract of koopcontract uploaden
• Als u bij iemand gaat inwonen, moet de hoofdbewoner ook met DigiD inloggen""",
  [("DigiD linkGeef online uw verhuizing door", "https://loket.koggenland.nl/verhuizing", "digid"),
   ("Maak dan online een afspraak", "https://afspraken.koggenland.nl/", "appointment"),
   ("DigiD.nl", "https://www.digid.nl/", "digid-info")]),
 ("Nijkerk", "https://www.nijkerk.eu/bijzondere-bijstand", "path", True, "DIGITAL", "Bijzondere bijstand",
  """Soms staat u voor noodzakelijke uitgaven, waar u niet op had gerekend en die u niet kunt betalen. Het gaat dan om extra kosten die u moet maken en die door geen enkele instantie worden vergoed. In dit soort situaties kunt u overwegen om bijzondere bijstand aan te vragen.
Ontvangt u een uitkering voor levensonderhoud en wilt u bijzondere bijstand?
Wilt u bijzondere bijstand en ontvangt u een uitkering voor levensonderhoud op grond van de Participatiewet dan hoeft u voor een aantal kosten geen bijzondere bijstand aan te vragen. U kunt voor deze kosten volstaan met het inleveren van een declaratieformulier en bewijsstukken van de betreffende kosten.
Dit kunt u doen door online het formulier 'Declaratie bijzondere bijstand zonder aanvraag' in te vullen, bewijsstukken te uploaden en te verzenden (u heeft hiervoor DigiD nodig).
U kunt ook het 'papieren' formulier hieronder uitprinten en deze geheel ingevuld en ondertekend samen met de bewijsstukken inleveren bij of opsturen naar het Loket Maatschappelijke Ondersteuning.
LET OP: Dien de declaratie in binnen drie maanden na de datum die op de nota staat.""",
  [("online het formulier 'Declaratie bijzondere bijstand zonder aanvraag' in te vullen",
    "https://nijkerk.mijnformulieren.nl/declaratie-bijzondere-bijstand", "digid"),
   ("'papieren' formulier", "https://www.nijkerk.eu/file/declaratie-bijzondere-bijstand.pdf", "pdf")]),
 ("Castricum", "https://www.castricum.nl/index.php?id=1123&MP=1123-1296", "query", True, "NOT_DIGITAL", "Bijzondere bijstand",
  """• U hebt kosten die u moet maken.
• U kunt de kosten niet (geheel) zelf betalen.
• De kosten worden niet vergoed door een andere instantie (bijvoorbeeld door uw zorgverzekeraar).
• U hebt geen of weinig spaargeld of ander vermogen (bijvoorbeeld een huis of auto).
Aanvragen
Ontvangt u een bijstandsuitkering? Vul dan het formulier 'aanvragen als u een uitkering ontvangt' in. Ontvangt u geen bijstandsuitkering? Vul dan het formulier 'aanvragen als u geen uitkering ontvangt' in.
als u bijstandsuitkering ontvangt (pdf, 253 KB)
als u geen bijstandsuitkering ontvangt (pdf, 473 KB)
Voorbeelden van noodzakelijke kosten
• Eigen bijdrage voor thuiszorg.
• Maatschappelijke participatie.
• Kosten voor schoolgaande kinderen.""",
  [("als u bijstandsuitkering ontvangt (pdf, 253 KB)", "https://www.castricum.nl/fileadmin/bijzondere-bijstand-met-uitkering.pdf", "pdf"),
   ("als u geen bijstandsuitkering ontvangt (pdf, 473 KB)", "https://www.castricum.nl/fileadmin/bijzondere-bijstand-zonder-uitkering.pdf", "pdf")]),
 ("Beuningen", "https://www.beuningen.nl/vergunningen/evenement_organiseren", "path", True, "DIGITAL", "Evenement organiseren",
  """Wilt u een evenement organiseren? Of wilt u een loterij of kansspel organiseren? Hiervoor heeft u toestemming van de gemeente nodig. Daarom doet u een melding van uw evenement of vraagt u een evenementenvergunning aan. Let op! Zorg ervoor dat u minimaal 8 weken voordat uw evenement plaatsvindt een evenementenvergunning aanvraagt.
Klein evenement (minder dan 250 personen)
Voor evenementen met minder dan 250 personen doet u een melding. Denk bijvoorbeeld aan een straatfeest of buurtbarbecue. Wij toetsen deze melding.
Regelen zonder DigiD
Groot evenement (meer dan 250 personen)
Voor evenementen met meer dan 250 personen vraagt een u een evenementenvergunning aan. Denk bijvoorbeeld aan een braderie, concert of wedstrijd. Ook dit toetsen we.
Download aanvraagformulier
Kosten
Een melding voor een klein evenement is meestal gratis. Voor een vergunning voor een evenement brengt de gemeente kosten in rekening.""",
  [("Regelen zonder DigiD", "https://www.beuningen.nl/formulieren/melding-klein-evenement", "form"),
   ("Download aanvraagformulier", "https://www.beuningen.nl/documents/aanvraagformulier-evenementenvergunning.pdf", "pdf")]),
 ("Lingewaard", "https://www.lingewaard.nl/evenement-organiseren", "path", True, "DIGITAL", "Evenement organiseren",
  """Omschrijving
Een evenement is een "verrichting van vermaak" die voor het publiek toegankelijk is. Wilt u een evenement organiseren, zoals een braderie, optocht, feest, festival, popconcert of sportwedstrijd op de openbare weg? Dan vraagt u een evenementenvergunning aan bij de gemeente.
Een klein evenement, zoals een straatfeest of barbecue, hoeft u alleen te melden bij de gemeente.
Kosten
Voor het in behandeling nemen van uw aanvraag worden leges in rekening gebracht. In bepaalde gevallen is vrijstelling mogelijk.
Tarieven gemeentelijke belastingen en leges
Wat u moet doen
Als u voor het eerst een evenementenvergunning aanvraagt, doet u er verstandig aan om telefonisch contact op te nemen met afdeling Veiligheid, Toezicht en Handhaving om uw plannen door te spreken. U kunt hiervoor het algemene telefoonnummer bellen (026-3260111).
Na het doorspreken van uw plannen kunt u uw aanvraag online indienen. Als gebruiker dient u met DigiD of eHerkenning in te loggen.
Dien uw aanvraag voor een evenementenvergunning minimaal 12 weken van tevoren in.""",
  [("Tarieven gemeentelijke belastingen en leges", "https://www.lingewaard.nl/tarieven-belastingen-en-leges", "info"),
   ("uw aanvraag online indienen", "https://eformulieren.lingewaard.nl/evenementenvergunning", "digid")]),
 ("Midden-Groningen", "https://www.midden-groningen.nl/evenement-organiseren", "path", True, "DIGITAL", "Evenement organiseren",
  """Een evenement is bijvoorbeeld een braderie, carnavalsoptocht, kermis, concert of festival. Het evenement is open voor publiek en trekt (veel) mensen. Dit zorgt voor veel plezier, maar kan ook overlast voor de omgeving veroorzaken. Daarom moet u in de meeste gevallen een vergunning aanvragen bij de gemeente.
Melden
Melding klein evenement
Voor een klein evenement, zoals een straat- of wijkfeest heeft u geen vergunning (toestemming) nodig, maar kunt u volstaan met een melding.
De voorwaarden zijn:
• er zijn niet meer dan 300 personen aanwezig
• het evenement (op- en afbouw meegerekend) wordt gehouden tussen 9.00 en 24.00 uur en duurt maximaal 1 dag
• er is sprake van een aanwijsbare organisator
Gebruik dit meldingsformulier voor kleine evenementen.
Meldingvrij evenement
In een aantal gevallen is een evenement vrij van vergunning (toestemming) of melding.""",
  [("dit meldingsformulier", "https://formulieren.midden-groningen.nl/melding-klein-evenement", "form")]),
 ("Voorschoten", "https://www.voorschoten.nl/melding-woon-en-leefomgeving", "path", True, "DIGITAL", "Melding woon- en leefomgeving",
  """Wat is het?
Uw woon- en leefomgeving bestaan uit plekken waar iedereen toegang tot heeft. Denk aan pleinen, wegen, parken, speeltuinen of sportvelden. Het is belangrijk dat deze plekken veilig en netjes zijn.
Ziet u iets dat stuk is of opgeruimd mag worden? Dan kunt u een melding doen bij de gemeente. Gebruik daarvoor de meldingsknop hieronder.
Melding openbare ruimte (externe link)
U kunt een melding ook direct doorgeven via de MijnGemeente APP. Deze app kunt u downloaden op uw smartphone vanuit de Apple Store of Google Play.
Spoed
Bij gevaar voor mens, dier en milieu kunt u 24 uur per dag de politie bellen. Bel 112 bij spoed. In andere gevallen belt u 0900-8844.
Wat moet ik doen?
• Doe uw melding bij de gemeente.
• Omschrijf duidelijk waar de melding over gaat.
• Geef aan op welke plek er iets moet gebeuren.""",
  [("Melding openbare ruimte (externe link)", "https://voorschoten.mijngemeente.app/melding", "form")]),
 ("Drechterland", "https://www.drechterland.nl/direct-regelen/ondernemen/vergunningen-algemeen/kapvergunning/", "path", True,
  "DIGITAL", "Kapvergunning",
  """Een kapvergunning is alleen nodig voor bomen:
• in de lintbebouwing
• het buitengebied
• in de dorpskernen
• overige gebieden zijn vergunningsvrij
• aanvraag gaat via het Omgevingsloket
Voor het kappen van overige bomen heeft u geen vergunning nodig. Een kapvergunning vraagt u aan bij het Omgevingsloket.
Een omgevingsvergunning voor kappen kost € 26,95""",
  [("Omgevingsloket", "https://omgevingswet.overheid.nl/aanvragen", "digid")]),
 ("Son en Breugel", "https://www.sonenbreugel.nl/boom-kappen", "path", True, "DIGITAL", "Boom kappen",
  """Direct regelen
Wat is het?
Als u een of meer bomen wilt kappen, verplanten of flink snoeien, hebt u soms een omgevingsvergunning nodig van de gemeente.
Advies: overleg met de buren of zij problemen hebben met kappen van de boom.
Hoe werkt het?
Via Omgevingsloket online kunt u uw omgevingsvergunning online regelen. Hiervoor heeft u DigiD (particulieren) of eHerkenning (bedrijven) nodig. Heeft u nog geen DigiD, dan kunt deze aanvragen via DigiD. Een eHerkennings-middel vraagt u aan via eHerkenning
Vraag op tijd uw vergunning aan
Eenvoudige aanvragen verlopen via de reguliere procedure in maximaal acht weken.
Wat kost het?
De kosten voor het aanvragen van een omgevingsvergunning Kappen bedragen € 28,80.""",
  [("Omgevingsloket online", "https://www.omgevingsloket.nl/", "digid")]),
 ("Noordenveld", "https://loket.gemeentenoordenveld.nl/producten/hondenbelasting_hond_aanmelden_afmelden", "loket", True,
  "DIGITAL", "Hondenbelasting, hond aanmelden/afmelden",
  """Product informatie
Inleiding
Heeft u een hond, dan betaalt u elk jaar hondenbelasting aan de gemeente. U ontvangt hiervoor een aanslag.
Omschrijving
Hoeveel hondenbelasting u betaalt, hangt af van het aantal honden dat u heeft. Voor sommige honden hoeft u geen belasting te betalen. U moet wel elke hond aanmelden.
Aanpak
U kunt op 3 manieren aan de gemeente doorgeven dat er iets gewijzigd is in uw situatie rond de hondenbelasting.
• Met het digitale formulier Aan- of afmelden van een hond
• Neem telefonisch contact op met de gemeente.
• Meld de wijziging schriftelijk bij de gemeente. Stuur eventuele bewijsstukken mee.
Toelichting digitaal formulier
U kunt uw uw hond digitaal aan- of afmelden met het formulier Aan- of afmelden van een hond. Hiervoor heeft u DigiD nodig.""",
  [("Aan- of afmelden van een hond", "https://loket.gemeentenoordenveld.nl/formulieren/hond_aan_afmelden", "digid")]),
 ("De Bilt", "https://debilt.nl/bouwen-en-wonen/boom-kappen/", "path", True, "DIGITAL", "Boom kappen",
  """Wanneer u een boom wilt kappen, heeft u in sommige gevallen geen kapvergunning nodig.
Wat u moet weten
Op Omgevingsloket online kunt u de vergunningencheck doen, ook kunt u hier uw vergunningsaanvraag indienen.
Flora en fauna
De Flora- en faunawet verbiedt het kappen bomen waarin beschermde flora en fauna aanwezig zijn. In het broedseizoen, globaal tussen 15 maart en 15 juli, mogen geen kapwerkzaamheden worden verricht als dat broedende vogels verstoort.""",
  [("Omgevingsloket online", "https://www.omgevingsloket.nl/", "digid")]),
 ("Buren", "https://buren.nl/onderwerp/aan-of-afmelden-hond", "path", True, "DIGITAL", "Aan- of afmelden hond",
  """Heeft u één of meer honden, dan moet u hondenbelasting betalen. De gemeente controleert jaarlijks of hondenbezitters hun hond hebben aangemeld voor de belasting. Voor de volgende honden hoeft u geen belasting te betalen:
• voor een (blinden)geleidehond (of in opleiding hiervoor);
• voor een gehandicaptenhond (of in opleiding hiervoor);
• voor puppies jonger dan 3 maanden, die samen met de moederhond worden gehouden.
Meer informatie
Meld een nieuwe hond binnen 14 dagen aan voor de hondenbelasting. Houdt uw DigiD inloggevevens bij de hand.
Heeft u geen hond meer, geef dit dan direct online door. U hoeft dan niet meer te betalen voor de resterende hele maanden van het jaar.
Per hond € 42,-
Als u en uw hond naar een andere gemeente verhuizen, wordt de hondenbelasting vanzelf afgemeld. U hoeft niets te doen.""",
  [("Meld een nieuwe hond", "https://buren.mijnformulieren.nl/hond-aanmelden", "digid"),
   ("geef dit dan direct online door", "https://buren.mijnformulieren.nl/hond-afmelden", "digid")]),
 ("Hilversum", "https://www.hilversum.nl/Home/Inwoner/Burgerzaken/Belastingloket/Hondenbelasting", "iprox", True, "DIGITAL",
  "Hondenbelasting",
  """Aanmelden
Knop aan- of afmelden hondenbelasting
Vanaf het moment dat u 1 of meerdere honden heeft moet u hiervan aangifte doen. Hondenbelasting wordt geheven naar het aantal volle maanden in een jaar dat u de hond in bezit heeft.
Afmelden
Wanneer u in de loop van het jaar uit de gemeente verhuist of geen hond meer heeft, hoeft u vanaf de maand volgend op die van de wijziging geen hondenbelasting meer te betalen. Bij overlijden/euthanasie vragen wij om een verklaring of rekening van de dierenarts
Bezwaar
Bent u het niet eens met de aanslag, dan kunt u binnen 6 weken na de datum van het aanslagbiljet bezwaar maken. U kunt dit schriftelijk doen of via digitale reactieformulier. Voor meer informatie zie bezwaar tegen gemeentelijke belastingen""",
  [("Knop aan- of afmelden hondenbelasting", "https://www.hilversum.nl/Home/Inwoner/Burgerzaken/Belastingloket/Hondenbelasting/aanmelden", "digid"),
   ("bezwaar tegen gemeentelijke belastingen", "https://www.hilversum.nl/Home/Inwoner/Burgerzaken/Belastingloket/Bezwaar", "info")]),
 ("Noordwijkerhout", "https://www.noordwijkerhout.nl/inwoners/belastingen/product-detail-pagina/product/hondenbelasting.html",
  "path", True, "DIGITAL", "Hondenbelasting",
  """Als u (sinds kort) een hond heeft, bent u verplicht aangifte te doen. Dit kan direct online geregeld worden (via knop "Online regelen" hiernaast).
U dient aangifte te doen voor de hondenbelasting indien;
• u in de loop van het belastingjaar (=kalenderjaar) houder wordt van een of meer honden; of
• u geen houder meer bent van een hond; of
• er een wijziging heeft plaatsgevonden in het aantal honden waarvan u de houder bent.
De aangifte dient te worden gedaan binnen veertien dagen na het ontstaan van een van de bovenvermelde situaties.
Wie krijgt de aanslag hondenbelasting?
Degene die de hond verzorgt, moet de hondenbelasting betalen.
Wijziging doorgeven?
Als uw hond overleden is, dient u de hond af te melden (knop "Online regelen" rechtsboven). Voeg daarbij een bewijsstuk van de dierenarts.
U kunt uw wijzigingen ook schriftelijk doorgeven aan onze eenheid belastingen.""",
  [("Online regelen", "https://www.noordwijkerhout.nl/e-loket/hondenbelasting", "digid")]),
 ("Gouda", "https://gouda.parkeerservice.nl/vergunningen/vergunningen-bewoners-aanvragen/bewonersvergunning/", "path", True,
  "DIGITAL", "Bewonersvergunning",
  """Wat zijn de voorwaarden?
• U staat ingeschreven in de Basisregistratie personen op het adres in de sector waarvoor u de bewonersvergunning aanvraagt.
• Een bewonersvergunning wordt uitgegeven op één kenteken waarvan de vergunninghouder eigenaar of houder is.
• Uw voertuig mag, met inbegrip van de lading, niet groter zijn dan 6 meter lang en/of 2,4 meter hoog.
Bekijk de sectorenkaart voor meer informatie. U kunt hier ook zoeken op adres en inzoomen op de kaart.
Tarieven
Bekijk de actuele tarieven op de tarievenpagina
Looptijd vergunningjaar: 1 maart t/m 28 februari.
Aanvragen
Vraag uw vergunning aan via het online aanvraagformulier
Gebruik
Alle parkeervergunningen zijn digitaal en uw kenteken is opgeslagen in een register. De handhavers scannen de kentekens van de auto's.""",
  [("sectorenkaart", "https://gouda.parkeerservice.nl/sectorenkaart/", "info"),
   ("tarievenpagina", "https://gouda.parkeerservice.nl/tarieven/", "info"),
   ("het online aanvraagformulier", "https://gouda.parkeerservice.nl/loket/aanvragen/bewonersvergunning", "digid")]),
 ("Maasgouw", "https://www.gemeentemaasgouw.nl/aanvragen-wmo", "path", True, "DIGITAL", "Aanvragen Wmo",
  """De Wet maatschappelijke ondersteuning (Wmo) zorgt ervoor dat mensen kunnen deelnemen aan het dagelijkse leven en helpt mensen zo lang mogelijk zelfstandig te blijven wonen. Heeft u hierbij extra ondersteuning nodig? Dan bekijkt de gemeente samen met u welke hulp voor u nodig is.
Wmo aanvragen
Wilt u Wmo aanvragen? Dan neemt u de volgende stappen:
• U meldt dat u een hulpvraag heeft. Dat kan via onderstaand formulier (of via het Sociaal Wijkteam).
• De Wmo-klantmanager neemt vervolgens contact met u op om een (keukentafel)gesprek te plannen.
• Na dit gesprek wordt er een verslag gemaakt met daarin de gemaakte afspraak. U ondertekent dit verslag en stuurt dit terug. Pas dan heeft u de aanvraag ingediend.
Online meldformulier
Wilt u gebruik maken van de Wmo? Doe dan een melding via het online formulier. U kunt dit formulier ook opvragen bij het Sociaal wijkteam of bij Servicecentrum MER.
DigiD linkGa naar het meldingsformulier WMO
Keukentafelgesprek
Wij willen graag een goed beeld krijgen van uw situatie. Daarom maakt de Wmo-klantmanager na uw melding een afspraak met u voor een gesprek.""",
  [("DigiD linkGa naar het meldingsformulier WMO", "https://formulieren.gemeentemaasgouw.nl/wmo-melding", "digid")]),
 ("Kerkrade", "https://www.kerkrade.nl/home/onderwerpen_3349/product/hulp-voor-ouderen-zieken-mensen-met-een-beperking-wmo_652.html",
  "sdu", True, "DIGITAL", "Hulp voor ouderen, zieken, mensen met een beperking (Wmo)",
  """Wat is het?
Kunt u door een ziekte, een beperking of ouderdom niet meer alles zelf doen? Dan kan de gemeente u helpen. De gemeente zoekt samen met u naar een oplossing.
Wilt u hulp van de gemeente? Zie beneden hoe u zich kunt melden bij de gemeente.
Voor meer informatie, kijk op de Wmowijzer
Hoe werkt het?
Als dit niet voldoende is, dan kan de gemeente u individuele hulp geven, zoals:
• hulp in het huishouden
• een rolstoel of een aanpassing aan uw rolstoel
• hulpmiddelen of aanpassingen in uw woning
Direct regelen
Online melden
Als online melden niet lukt, dan kunt u:
• dit formulier printen, invullen en afgeven bij of opsturen naar de gemeente (pdf, 40KB).""",
  [("Wmowijzer", "https://www.wmowijzerkerkrade.nl/", "info"),
   ("Online melden", "https://www.kerkrade.nl/home/onderwerpen_3349/product/wmo-melding-formulier", "digid"),
   ("dit formulier printen, invullen en afgeven bij of opsturen naar de gemeente",
    "https://www.kerkrade.nl/document.php?m=1&fileid=wmo-meldingsformulier.pdf", "pdf")]),
 ("Wijk bij Duurstede", "https://www.wijkbijduurstede.nl/pdc/bezwaar-en-beroep.html", "path", True, "NOT_DIGITAL",
  "Bezwaar en beroep",
  """Als u het als inwoner, bedrijf of instelling niet eens bent met een beslissing van de gemeente, dan zijn er meerdere mogelijkheden om daar iets aan te doen. Ten eerste kunt u bezwaar maken tegen die beslissing (de "beschikking"). Als uw bezwaar geheel of gedeeltelijk wordt afgewezen, kunt u hier tegen in beroep gaan bij de Rechtbank.
Hoe moet ik een bezwaarschrift indien?
Wanneer u (als inwoner, bedrijf of instelling) het niet eens bent met een beslissing van de gemeente (beschikking), dan kunt u hiertegen bezwaar indienen. U kunt tegen bijna iedere beschikking van de gemeente bezwaar maken. De elektronische weg voor het indienen van een bezwaarschrift is niet opengesteld. Dat wil zeggen dat het niet mogelijk is om per email een bezwaarschrift in te dienen.
Wat is de termijn om een bezwaarschrift in te kunnen dienen?
De termijn voor het indienen van een bezwaarschrift bedraagt zes weken. Aan deze termijn wordt strikt de hand gehouden.
Wat moet er in een bezwaarschrift staan?
In een bezwaarschrift moet het volgende vermeld staan:
• naam en adres;
• de datum waarop het bezwaarschrift is geschreven;
• de datum van de beslissing waartegen het bezwaar is gericht;
• de reden van bezwaar;
• ondertekening;""", []),
 ("Bodegraven-Reeuwijk", "https://www.bodegraven-reeuwijk.nl/bezwaar-en-beroep", "path", True, "DIGITAL", "Bezwaar en beroep",
  """Bent u het niet eens met een besluit van het college, de gemeenteraad of de burgemeester dan kunt u bezwaar maken of in beroep gaan. Welke van deze twee mogelijkheden van toepassing is, staat bij het besluit vermeld.
Bezwaar maken
U moet binnen zes weken na de dag waarop het besluit is bekendgemaakt uw bezwaarschrift indienen bij het bestuursorgaan dat het besluit heeft genomen. U ontvangt altijd een ontvangstbevestiging van uw ingediende bezwaarschrift.
Bezwaar per brief
U kunt uw bezwaar ook per brief of per e-mail indienen. Vermeld in uw bezwaar:
• Uw naam
• Uw adres
• Tegen welk besluit u bezwaar maakt
• Waarom u tegen het besluit bezwaar maakt
U kunt uw bezwaar per post opsturen naar:
Gemeente Bodegraven-Reeuwijk, Postbus 401, 2410 AK BODEGRAVEN
U kunt uw bezwaar ook mailen naar: bezwaarschriften@bodegraven-reeuwijk.nl. Verdere communicatie verloopt via het door u opgegeven e-mailadres.""",
  [("bezwaarschriften@bodegraven-reeuwijk.nl", "mailto:bezwaarschriften@bodegraven-reeuwijk.nl", "mail")]),
 ("Laren", "https://www.laren.nl/Klacht_en_bezwaar/Bezwaar_maken", "iprox", True, "NOT_DIGITAL", "Bezwaar maken",
  """Bent u het niet eens met een besluit van de gemeente, dan kunt u bezwaar maken. Het bezwaarschrift moet binnen 6 weken nadat het besluit bekend is gemaakt opgestuurd zijn. Deze 6 weken gaan in op de dag waarop het besluit is verstuurd of bekendgemaakt.
Stuur uw bezwaarschrift naar: BEL Combinatie, T.a.v. Commissie bezwaarschriften, Postbus 71, 3755 ZH Eemnes
U moet in bezwaarschrift vermelden:
• Uw naam, adres en telefoonnummer
• Datum waarop u het bezwaar schrijft
• Tegen welk besluit u bezwaar maakt. Vermeld het liefst ook het zaaknummer
• Waarom u het niet eens bent met het besluit
• Uw handtekening
Let op: bent u het niet eens met uw belastingaanslag of WOZ-waarde, dan kunt u hier bezwaar tegen indienen.
Goed om te weten
• Een bezwaarschrift wordt door de Commissie bezwaarschriften behandeld
• Bent u het niet eens met de beslissing op het bezwaar, dan kunt u binnen 6 weken in beroep gaan.""",
  [("hier bezwaar tegen indienen", "https://www.laren.nl/Belastingen/Bezwaar_belastingaanslag", "info")]),
 ("Heusden", "https://www.heusden.nl/storage/pdc/klacht-tegen-ambtelijk-optreden/", "path", True, "DIGITAL",
  "Klacht tegen ambtelijk optreden",
  """Ben je ontevreden over de manier waarop een medewerker van de gemeente je heeft behandeld? Dan kun je een klacht indienen. Je kunt je klacht online, schriftelijk of telefonisch aan ons doorgeven. Het is belangrijk om in de klacht duidelijk te beschrijven wat er gebeurd is, wanneer en waar dit heeft plaats gevonden.
Klacht tegen ambtelijk optreden indienen
Wij nemen binnen vijf werkdagen contact met je op over je klacht. Samen overleggen we dan graag hoe we tot een goede oplossing kunnen komen. Indien nodig wordt er een formele klachtenprocedure gestart:
• De gemeente zal je klacht intern beoordelen. Het is mogelijk dat je jouw klacht mondeling moet toelichten.
• Je krijgt van de gemeente schriftelijk bericht van de uitspraak over de klacht.
• De klacht wordt binnen zes weken afgehandeld.""",
  [("Klacht tegen ambtelijk optreden indienen", "https://www.heusden.nl/formulieren/klacht-ambtelijk-optreden", "form")]),
 ("Emmen", "https://gemeente.emmen.nl/producten/klacht-over-de-gemeentelijke-organisatie", "path", True, "DIGITAL",
  "Klacht over de gemeentelijke organisatie",
  """Heeft u een klacht? Laat het ons weten!
Onze dienstverlening proberen wij goed af te stemmen op uw wensen. Bent u toch niet tevreden over het werk van de gemeente? Of bent u niet tevreden over de manier waarop u door onze medewerker te woord bent gestaan? Dan horen wij dat graag van u.
Snel en gemakkelijk: digitaal uw klacht indienen
U kunt eenvoudig online uw klacht indienen. U heeft hiervoor geen DigiD nodig. Wel hebben wij uw contactgegevens nodig, zoals naam, adres, telefoonnummer of email. Anonieme klachten kunnen wij helaas niet behandelen.
Wilt u een klachtenformulier per post opsturen, dat kan ook. In de klachtenbrochure zit het klachtenformulier die u kunt invullen en opsturen per post.
Niet tevreden?
Bent u ook niet tevreden over de afhandeling van uw klacht? Neem dan contact op met de Nationale Ombudsman, via telefoonnummer 0800 - 33 55 555 of www.nationaleombudsman.nl.""",
  [("online uw klacht indienen", "https://gemeente.emmen.nl/formulieren/klacht", "form"),
   ("klachtenbrochure", "https://gemeente.emmen.nl/sites/default/files/klachtenbrochure.pdf", "pdf"),
   ("www.nationaleombudsman.nl", "https://www.nationaleombudsman.nl/", "info")]),
 ("Heerde", "https://www.heerde.nl/Inwoners/Bezwaar_beroep_en_klachten/Bezwaar_maken_beroep_instellen_of_klacht_indienen/Klacht_indienen",
  "iprox", True, "DIGITAL", "Klacht indienen",
  """Het kan zijn dat u ontevreden bent over hoe u bent behandeld door een medewerker van de gemeente. U kunt dan een klacht indienen.
Dit moet u doen bij het college van burgemeester en wethouders. Zij kunnen u vragen om meer uitleg.
U kunt uw klacht online indienen U heeft hiervoor DigiD nodig.
Procedure
• Nadat de klacht is ingediend, ontvangt de aanvrager een ontvangstbevestiging waarin beschreven staat of de klacht wel of niet in behandeling wordt genomen.
• Uiterlijk 10 weken na datum van ontvangst wordt de klacht door het college afgedaan.
• Als u het niet eens bent met het college van burgemeester en wethouders, kunt u naar de Nationale ombudsman gaan.
Schriftelijk indienen
Wilt u uw klacht niet online indienen? U kunt uw klacht ook schriftelijk indienen. Vermeld dan in ieder geval de volgende gegevens:
• Uw burgerservicenummer, naam, adres en woonplaats.
• Gegevens over de concrete gedraging.""",
  [("uw klacht online indienen", "https://www.heerde.nl/Inwoners/Klacht_indienen/Formulier_klacht", "digid")]),
 ("Ameland", "https://www.ameland.nl/klacht-indienen", "path", True, "DIGITAL", "Klacht indienen",
  """Wat is het?
Als u vindt dat u niet netjes bent behandeld door een ambtenaar of bestuurder, dan kunt u een klacht indienen bij de gemeente. U kunt een klacht indienen over:
• de persoonlijke behandeling door medewerkers of bestuurders
• het krijgen van te weinig, onjuiste of misleidende informatie
• het niet reageren op uw vragen
Direct regelen
Online klacht indienen
Een klacht kunt u indienen tot 1 jaar na de gedraging waarover u een klacht heeft.
Indienen per brief?
Vermeld:
• uw naam en adres;
• een omschrijving van de gedraging waartegen de klacht gericht is;
• uw handtekening.
Hoelang duurt het?
• De gemeente behandelt uw klacht binnen 6 weken.""",
  [("Online klacht indienen", "https://www.ameland.nl/formulier/klacht-indienen", "form")]),
 ("Tubbergen", "https://www.tubbergen.nl/klacht-over-handelen-gemeente", "path", True, "NOT_DIGITAL", "Klacht over handelen gemeente",
  """Als u vindt dat u bent benadeeld door het optreden van een bestuurder of een medewerker van de gemeente, kunt u een klacht indienen. De gemeente handelt de klacht volgens een vastgestelde procedure (klachtenregeling) af.
Klacht indienen
Gang van zaken:
• U dient uw klacht schriftelijk in bij het college van burgemeester en wethouders.
• De gemeente beoordeelt uw klacht intern. Het is mogelijk dat u uw klacht mondeling moet toelichten.
• U krijgt van de gemeente schriftelijk bericht van de uitspraak over uw klacht.
U kunt hier het formulier downloaden:
Klachtenformulier
Meenemen
Bij het indienen van de klacht dienen vermeld te worden:
• naam en adres van de klager
• De datum waarop de gedraging heeft plaatsgevonden;""",
  [("Klachtenformulier", "https://www.tubbergen.nl/fileadmin/klachtenformulier.pdf", "pdf")]),
 ("Noordwijk", "https://noordwijk.nl/onderwerp/ondernemen-belastingen-en-subsidies/vergunningen-en-ontheffingen/marktstandplaats-aanvragen",
  "path", True, "DIGITAL", "Marktstandplaats aanvragen",
  """Als je een eenmalige of vaste standplaats op de markt wilt hebben, heb je een vergunning nodig. De gemeente controleert of er plaats beschikbaar is en of je in aanmerking komt voor de vergunning. Mogelijk plaatst de gemeente jou op een wachtlijst.
Marktstandplaatsvergunning aanvragen
Je vraagt een marktplaatsvergunning aan met een online formulier.
Online marktstandplaatsvergunning aanvragen als persoon (DigiD)
Online marktstandplaatsvergunning aanvragen als organisatie (eHerkenning)
Je geeft onder andere door:
• Een recent bewijs van inschrijving bij de Kamer van Koophandel (Handelsregister).
• Of je een eenmalige of vaste standplaats wilt hebben.
• Wat je gaat verkopen.
Kosten
Voor het in behandeling nemen van een aanvraag van een marktstandplaatsvergunning betaal je € 140,30.""",
  [("Online marktstandplaatsvergunning aanvragen als persoon (DigiD)", "https://formulieren.noordwijk.nl/marktstandplaats-digid", "digid"),
   ("Online marktstandplaatsvergunning aanvragen als organisatie (eHerkenning)", "https://formulieren.noordwijk.nl/marktstandplaats-eherkenning", "form")]),
 ("Barneveld", "https://www.barneveld.nl/belastingen-en-vergunningen/standplaatsvergunning-aanvragen/", "path", True, "DIGITAL",
  "Standplaatsvergunning aanvragen",
  """• U wilt goederen of etenswaren verkopen vanuit een kraam of wagen op/aan de openbare weg.
• U vraagt hiervoor een vergunning aan binnen 8 weken na uw aanvraag ontvangt u ons besluit.
• U betaalt voor een commerciële standplaatsvergunning.
• Het behandelen van een niet-commerciële standplaatsvergunning is kosteloos.
Standplaatsvergunning aanvragen
• Doorlopende standplaats: € 31,45 per meter, per uur per week, gedurende 1 jaar, plus € 63,-.
• Kortdurende standplaats: € 12,00 per meter per dag (maximale diepte 3 meter), plus € 63,-.
Hoe wij met uw gegevens omgaan voor het aanvragen van een standplaatsvergunning, leest u in het Privacyregister.""",
  [("Standplaatsvergunning aanvragen", "https://www.barneveld.nl/formulieren/standplaatsvergunning", "digid"),
   ("Privacyregister", "https://www.barneveld.nl/privacyregister", "info")]),
 ("Oldenzaal", "https://www.oldenzaal.nl/warenmarkt", "path", True, "DIGITAL", "Warenmarkt",
  """Als u een standplaats op de markt wilt, moet u hiervoor een vergunning aanvragen. Dat kan in de Vergunningenchecker.
Beschrijving
Er is twee keer per week markt op de Groote Markt:
• op maandag van 12.00 uur tot 17.00 uur en
• op zaterdag van 09.00 uur tot 17.00 uur.
Als u een standplaats op de markt wilt, moet u hiervoor een vergunning aanvragen. De kosten voor een standplaatsvergunning zijn € 75.
Aanvragen of wijzigen
De vergunning kunt u aanvragen met de Vergunningenchecker. Kies daar de tegel ‘Standplaats innemen’. Volg de vragen om te weten aan welke verplichtingen u moet voldoen.
Heeft u de Vergunningenchecker al gestart en ingevuld maar wilt u de aanvraag wijzigen of aanvullen? Dat kan met de Vergunningintaker
Voorwaarden
Om in aanmerking te komen voor een standplaatsvergunning moet u bij de aanvraag de volgende gegevens overleggen:
• Kopie uittreksel Kamer van Koophandel
• Kopie van een geldig legitimatiebewijs van de aanvrager""",
  [("Vergunningenchecker", "https://oldenzaal.vergunningenchecker.nl/", "form"),
   ("Vergunningintaker", "https://oldenzaal.vergunningintaker.nl/", "form")]),
 ("Oss", "https://loket.oss.nl/Loket/product/123e82896732c698520ded9c4298ff79", "loket", True, "NOT_DIGITAL",
  "Ondergrondse containers",
  """Beeldmerk DigiD
Aanmelden burgers
Beeldmerk eHerkenning
Aanmelden als organisatie
Omschrijving
Woont u in een flat of appartement? Dan gebruikt u een ondergrondse afvalcontainer voor uw restafval en GFT. Hiervoor hebt u een containerpas nodig. Heeft u een tuin en kunt een container kwijt op uw eigen terrein? Dan kunt u een eigen container aanvragen voor GFT.
Storing of ondergrondse container vol?
Als er een storing is of als de container vol is kunt u de container niet gebruiken. We vragen u dit telefonisch door te geven via telefoonnummer 14-0412. Meld hierbij het locatienummer van de container en om wat voor storing het gaat. Plaats géén afval naast de ondergrondse containers. Dit is strafbaar.
Vanaf 1 april 2021: ondergrondse containers maximaal 10x gebruiken per maand
Vanaf 1 april kunt u maximaal 10x per maand afvalzakken weggooien in de ondergrondse container. Dat komt neer op ongeveer 2x per week.""",
  [("Aanmelden burgers", "https://loket.oss.nl/Loket/login/digid", "digid"),
   ("Aanmelden als organisatie", "https://loket.oss.nl/Loket/login/eherkenning", "info")]),
 ("Druten", "https://www.druten.nl/gehandicaptenparkeerkaart", "path", True, "DIGITAL", "Gehandicaptenparkeerkaart",
  """Met een gehandicaptenparkeerkaart kunt u parkeren op de gehandicaptenparkeerplaatsen in Nederland en de meeste Europese landen. U moet zich wel houden aan de lokale parkeerregels.
Let op! Het aanvragen van een gehandicaptenparkeerkaart kost altijd geld. Ook als u de gehandicaptenparkeerkaart niet krijgt. Lees de informatie op deze pagina daarom goed door voordat u een aanvraag doet.
Bestuurderskaart
• U hebt een aantoonbare aandoening of gebrek.
• U bent niet in staat om met loophulpmiddelen zelfstandig meer dan 100 meter te lopen.
• De loopbeperking is langdurig van aard (minimaal 6 maanden).
Online aanvragen met DigiD
Aanvragen gehandicaptenparkeerkaart
Let op:
Bij het aanvragen van een Gehandicaptenparkeerkaart via DIGID hoeft u géén pasfoto mee te sturen. Er zal op een later tijdstip contact met u worden opgenomen over het inleveren van een pasfoto.
Schriftelijk aanvragen: uitprinten, invullen & opsturen
Aanvraagformulier gehandicaptenparkeerkaart (PDF)""",
  [("Aanvragen gehandicaptenparkeerkaart", "https://loket.druten.nl/gehandicaptenparkeerkaart", "digid"),
   ("Aanvraagformulier gehandicaptenparkeerkaart (PDF)", "https://www.druten.nl/media/aanvraagformulier-gpk.pdf", "pdf")]),
 ("Stede Broec", "https://www.stedebroec.nl/direct-regelen/wonen-verkeer-en-veiligheid/parkeren/gehandicaptenparkeerkaart-aanvragen-of-verlengen/",
  "path", True, "DIGITAL", "Gehandicaptenparkeerkaart aanvragen of verlengen",
  """Bent u gehandicapt? Kunt u daardoor niet meer dan 100 meter zelfstandig lopen? En is deze beperking minstens 6 maanden of langer? Dan kunt u een gehandicaptenparkeerkaart voor een bestuurder aanvragen.
Aanvragen of verlengen
U kunt de gehandicaptenparkeerkaart online aanvragen of verlengen via DigiD. De procedure voor een eerste aanvraag van de kaart of een verlenging verloopt hetzelfde.
U kunt de gehandicaptenparkeerkaart online aanvragen via DigiD.
Let op: Na de aanvraag stuurt u een recente pasfoto voorzien van naam en geboortedatum naar de gemeente of deponeert u deze in onze brievenbus.
Voorwaarden aanvragen gehandicaptenparkeerkaart
• de bestuurder of de passagier kan in ieder geval een half jaar lang niet meer dan 100 meter lopen met een hulpmiddel
• de bestuurder of passagier altijd in een rolstoel zit
Bij een eerste aanvraag of verlenging van uw gehandicaptenparkeerkaart betaalt u € 51,75.""",
  [("U kunt de gehandicaptenparkeerkaart online aanvragen via DigiD.", "https://stedebroec.mijnformulieren.nl/gehandicaptenparkeerkaart", "digid")]),
 ("Hollands Kroon", "https://www.hollandskroon.nl/inwoners/gehandicaptenparkeerkaart-en-plaats/gehandicaptenparkeerkaart", "path",
  True, "DIGITAL", "Gehandicaptenparkeerkaart",
  """Met een gehandicaptenparkeerkaart kunt u parkeren op de gehandicaptenparkeerplaatsen in Nederland en de meeste Europese landen. U dient zich wel overal te houden aan de lokale parkeerregels.
Aanpak
Er zijn drie soorten kaarten:
Bestuurderskaart
Passagierskaart
Instellingenkaart
U kunt ook een combinatie van een bestuurderskaart en een passagierskaart aanvragen. Bijvoorbeeld als u blijvend rolstoelgebonden bent.
• U kunt een gehandicaptenparkeerkaart online aanvragen met uw DigiD.
• Heeft nog geen DigiD? Deze kunt u online aanvragen.
• Uw pasfoto stuurt u met de post naar postbus 8, 1760 AA Anna Paulowna.
• Een medische instantie, aangewezen door de gemeente, onderzoekt uw lichamelijke beperking.""",
  [("online aanvragen met uw DigiD", "https://eloket.hollandskroon.nl/gehandicaptenparkeerkaart", "digid"),
   ("Deze kunt u online aanvragen", "https://www.digid.nl/aanvragen", "digid-info")]),
 ("Steenwijkerland", "https://www.steenwijkerland.nl/Inwoners/Leefomgeving/Verkeer_en_vervoer/Gehandicaptenparkeerkaart", "iprox",
  True, "DIGITAL", "Gehandicaptenparkeerkaart",
  """Bent u gehandicapt en kunt u daardoor moeilijk lopen? Dan kunt u een gehandicaptenparkeerkaart aanvragen. Met deze kaart kunt u parkeren op gehandicaptenparkeerplaatsen in de meeste Europese landen. De parkeerkaart is minimaal 6 maanden en maximaal 5 jaar geldig.
U kunt een gehandicaptenparkeerkaart online aanvragen of verlengen bij de gemeente. Houd hierbij uw huidige gehandicaptenparkeerkaart bij de hand.
Voorwaarden
Om in aanmerking te komen voor een gehandicaptenparkeerkaart
• moet u minder dan 100 meter kunnen lopen;
• moet de situatie minimaal een half jaar bestaan;
Verlies, diefstal of beschadiging
Bent u uw gehandicaptenparkeerkaart verloren, of is deze gestolen of beschadigd? Bel dan met ons Klantcontactcentrum, telefoonnummer 14 0521.
Kosten
€ 15,35""",
  [("online aanvragen of verlengen", "https://www.steenwijkerland.nl/Inwoners/Formulieren/Gehandicaptenparkeerkaart_aanvragen", "digid")]),
 ("Dalfsen", "https://dalfsen.nl/gehandicaptenparkeerkaart", "path", True, "NOT_DIGITAL", "Gehandicaptenparkeerkaart",
  """Wat is het?
Met een gehandicaptenparkeerkaart kunt u parkeren op de gehandicaptenparkeerplaatsen in alle EU-landen, Liechtenstein, Noorwegen, IJsland en Zwitserland. U moet zich wel houden aan de lokale parkeerregels.
Aanvraagformulier
Document download informatie:
Een pdf-bestand kunt u openen in verschillende PDF-lezers, zoals Adobe Reader.
Soorten
• Bestuurderskaart: u kunt minstens een half jaar niet verder dan 100 meter zelfstandig lopen.
• Passagierskaart: u kunt niet zelf auto rijden. U heeft continu de hulp van een bestuurder nodig.
Kosten
• Gehandicaptenparkeerkaart: € 118,35
Wat heb ik nodig?
• Uw geldige identiteitsbewijs
• Een recente pasfoto die voldoet aan de pasfoto-eisen
• Bewijs van medisch onderzoek""",
  [("Aanvraagformulier", "https://dalfsen.nl/sites/default/files/aanvraagformulier-gehandicaptenparkeerkaart.pdf", "pdf"),
   ("Adobe Reader", "https://get.adobe.com/nl/reader/", "info")]),
 ("Aa en Hunze", "https://www.aaenhunze.nl/Bestuur/Nieuws/Nieuws_april_2019/Heeft_u_een_gehandicapten_parkeerkaart_nodig", "iprox",
  False, "NONE", "Heeft u een gehandicapten parkeerkaart nodig?",
  """Met ingang van 1 mei 2019 kan gelden dat voor een gehandicapten parkeerkaart een medische beoordeling nodig is. Als dat van toepassing is wordt de aanvrager opgeroepen op het spreekuur van een arts. De medische beoordeling van de arts bepaalt of een gehandicapten parkeerkaart wordt toegewezen.
Inwoners die al in het bezit zijn van een gehandicapten parkeerkaart zijn per brief geïnformeerd over de wijzigingen.""", []),
 ("Valkenswaard", "https://www.valkenswaard.nl/kwijtschelding", "path", True, "NONE", "Kwijtschelding",
  """Wat is het?
Kwijtschelding houdt in dat u de gemeentelijke belastingen en heffingen of een deel daarvan niet hoeft te betalen.
Het kan zijn dat u niet in staat bent om belasting te betalen. Als het om een tijdelijke situatie gaat, kan het aanvragen van uitstel van betaling of een betalingsregeling een oplossing zijn. Dit kunt u schriftelijk aanvragen bij de gemeente. Is het een blijvende situatie, dan is het mogelijk om kwijtschelding aan te vragen. Wij beoordelen of u hiervoor in aanmerking komt. Daarbij kijken wij naar uw vermogen, inkomen en uitgaven.
Wat moet ik doen?
Het digitaal indienen van een aanvraag kwijtschelding is op dit moment niet mogelijk. Deze mogelijkheid komt snel beschikbaar. Nog even geduld.""", []),
 ("Staphorst", "https://www.staphorst.nl/belastingen-en-heffingen-kwijtschelding", "path", True, "DIGITAL",
  "Belastingen en heffingen, kwijtschelding",
  """Wat is het?
Kwijtschelding houdt in dat u de gemeentelijke belastingen en heffingen of een deel daarvan niet hoeft te betalen.
Formulier:
DigiD linkAanvraagformulier kwijtschelding gemeentelijke belastingen
Het formulier is hieronder ook als pdf-bestand te downloaden. Gebruikt u het verkort formulier, dan geeft u ons direct toestemming om gegevens bij derden op te vragen. Neem voor informatie contact op met team Belastingen/WOZ: (0522) 46 74 34.
Hoe werkt het?
U kunt kwijtschelding aanvragen voor de volgende gemeentelijke belastingen:
• rioolheffing
• afvalstoffenheffing (vast recht)
• onroerendezaakbelasting (OZB)
Wilt u ook voor waterschapsbelastingen kwijtschelding aanvragen? Dit moet u zelf regelen bij het GBLT. Zie voor meer informatie www.gblt.nl.""",
  [("DigiD linkAanvraagformulier kwijtschelding gemeentelijke belastingen", "https://loket.staphorst.nl/kwijtschelding", "digid"),
   ("www.gblt.nl", "https://www.gblt.nl/", "info")]),
 ("Duiven", "https://www.duiven.nl/kwijtschelding-gemeentelijke-belastingen", "path", True, "NOT_DIGITAL",
  "Kwijtschelding gemeentelijke belastingen",
  """Goed om te weten
• U kunt kwijtschelding aanvragen als uw inkomen gelijk is aan de bijstandsnorm, of lager.
• De gemeente onderzoekt of u in aanmerking komt voor kwijtschelding. Daarbij kijken wij naar uw financiële situatie en die van uw medebewoners.
Aanvragen
• Vraagt u voor de eerste keer kwijtschelding aan? Vul dan het aanvraagformulier in en lever dit met de gevraagde bewijsstukken bij ons in. Hiervoor maakt u eerst online een afspraak.
• Is uw belastingaanslag vorig jaar volledig kwijtgescholden en is uw situatie niet veranderd? Dan onderzoekt de gemeente automatisch of u dit jaar weer voor kwijtschelding in aanmerking komt.
Antwoord van de gemeente
De gemeente beoordeelt of u voor kwijtschelding in aanmerking komt. U krijgt een brief met het antwoord.
Betalingsregeling via automatische incasso
• Komt u niet in aanmerking voor kwijtschelding? En heeft u moeite met het betalen van de aanslag? Dan kunt u vragen om een betalingsregeling via automatische incasso.
• U kunt hier online een betalingsregeling aanvragen.
• U kunt ook een afspraak maken op het gemeentehuis. Bel hiervoor met ons Klant Contact Centrum, telefoon (0316) 279 111.""",
  [("het aanvraagformulier", "https://www.duiven.nl/sites/default/files/aanvraagformulier-kwijtschelding.pdf", "pdf"),
   ("online een afspraak", "https://afspraak.duiven.nl/", "appointment"),
   ("hier online een betalingsregeling aanvragen", "https://loket.duiven.nl/betalingsregeling", "digid")]),
 ("Nunspeet", "https://www.nunspeet.nl/inwoner/overzicht-van-alle-gemeentelijke-producten-en-diensten_44021/product/belastingen-en-heffingen-kwijtschelding_59.html",
  "sdu", True, "NOT_DIGITAL", "Belastingen en heffingen, kwijtschelding",
  """Wat is het?
U kunt de gemeente vragen om gemeentelijke belastingen niet te hoeven betalen. Bijvoorbeeld omdat u een laag inkomen of laag vermogen hebt. Kunt u de belasting niet betalen? Dan vraagt u de gemeente om kwijtschelding.
Hoe werkt het?
Bijdrageregeling minima/kwijtschelding
Of u in aanmerking komt voor een tegemoetkoming op grond van de Bijdrageregeling minima voor de betaling van de aanslag afvalstoffenheffing hangt af van persoonlijke omstandigheden zoals woonsituatie, inkomen en vermogen.
Wat moet ik doen?
Zowel een bijdrage als kwijtschelding vraagt u aan via een speciaal daarvoor bestemd aanvraagformulier. Nadat u dit formulier volledig ingevuld en voorzien van de gevraagde bewijsstukken hebt teruggestuurd, beoordeelt de gemeente uw aanvraag. Een verzoek om kwijtschelding moet u overigens wel binnen drie maanden na dagtekening van het aanslagbiljet indienen.
Aanvraagformulier pdf""",
  [("Aanvraagformulier pdf", "https://www.nunspeet.nl/document.php?fileid=aanvraagformulier-kwijtschelding.pdf", "pdf")]),
 ("Elburg", "https://www.elburg.nl/Inwoners/Werk_en_inkomen/Extra_s_bij_laag_inkomen/Kwijtschelding_belastingen_en_heffingen",
  "iprox", True, "DIGITAL", "Kwijtschelding belastingen en heffingen",
  """Als u de gemeentebelasting niet kunt betalen, kan de gemeente misschien uw belasting kwijtschelden. U hoeft de belasting dan niet te betalen. Soms krijgt u alleen kwijtschelding voor een deel van de belasting. De gemeente houdt rekening met uw inkomen, uitgaven en bezittingen.
Kwijtschelding aanvragen
Heeft u vragen over de belastingen, dan kunt u deze stellen.
Vraag over belastingen
Voorwaarden
• Kwijtschelding kan pas worden aangevraagd als u daadwerkelijk een aanslag heeft ontvangen.
• Uw inkomen is minimaal en u heeft geen vermogen
Aanvraag
Na ontvangst van uw aanslag kunt u de kwijtschelding binnen 6 weken aanvragen.
Termijn
De gemeente beslist binnen 8 weken na ontvangst van uw aanvraag. Deze termijn mag de gemeente eenmaal verlengen.""",
  [("Kwijtschelding aanvragen", "https://www.elburg.nl/Inwoners/Formulieren/Kwijtschelding_aanvragen", "digid"),
   ("Vraag over belastingen", "https://www.elburg.nl/Inwoners/Formulieren/Vraag_over_belastingen", "form")]),
 ("Brielle", "https://www.brielle.nl/aanvragen-regelen/geboorte_42926/", "path", True, "NONE", "Geboorte",
  """Als er een kind geboren wordt dient hiervan aangifte gedaan te worden. Deze aangifte moet gedaan worden in de plaats waar het kind geboren is.
De geboortegemeente stuurt de gegevens door naar de woongemeente.
Door de aangifte wordt het kind opgenomen in de basisregistratie personen (BRP) en worden de officiële instanties (Sociale Verzekeringsbank, Belastingdienst etc. etc.) hiervan in kennis gesteld.""", []),
 ("Heiloo", "https://www.heiloo.nl/aanvragen-en-regelen/geboorte/", "path", True, "NOT_DIGITAL", "Geboorte",
  """Geboorte aangeven
• het is verplicht om de geboorte van uw kind aan te geven
• u geeft de geboorte aan in de gemeente waar uw kind is geboren
• u doet aangifte bij de Publieksbalie
• voor het aangeven van een geboorte maakt u een afspraak.
• u moet de aangifte doen binnen 3 werkdagen na de geboorte. Als de geboorte in het weekend of op een feestdag is, heeft u aansluitend 2 werkdagen om aangifte te doen
• de aangifte en een afschrift van de geboorteakte zijn gratis.
afspraak maken""",
  [("afspraak maken", "https://afspraken.heiloo.nl/", "appointment")]),
 ("Waddinxveen", "https://www.waddinxveen.nl/direct-regelen/levensgebeurtenissen/geboorte/geboorte-aangifte/", "path", True,
  "DIGITAL", "Geboorte, aangifte",
  """Aangifte doen van de geboorte van een kind is verplicht. U doet aangifte van geboorte van uw kind in de gemeente waar uw kind geboren is binnen 3 werkdagen.
DigiD Logo
Log in met DigiD en uw persoonsgegevens zijn al ingevuld. Lees meer over DigiD.
Geboorteaangifte doen
U kunt ook aan de balie van het gemeentehuis terecht. U moet dan eerst een afspraak maken.
Maak een afspraak
• Doe aangifte bij de gemeente waar uw kind is geboren. Doe dit binnen 3 dagen.
• Op zaterdag, zondag of een nationale feestdag kunt u geen aangifte doen. In dat geval krijgt u een extra werkdag de tijd.
Aangifte van geboorte is gratis.""",
  [("Lees meer over DigiD", "https://www.digid.nl/", "digid-info"),
   ("Geboorteaangifte doen", "https://loket.waddinxveen.nl/geboorteaangifte", "digid"),
   ("Maak een afspraak", "https://afspraak.waddinxveen.nl/", "appointment")]),
 ("Lochem", "https://www.lochem.nl/digitaal-loket/onderwerp/geboorte-aangifte/", "path", True, "DIGITAL", "Geboorte aangifte",
  """Beschrijving
Als u een kind heeft gekregen en het is in Nederland geboren dan moet u binnen 3 dagen aangifte doen van de geboorte. De aangifte moet plaats vinden bij de ambtenaar van de burgerlijke stand van de gemeente waarin het kind is geboren.
U kunt de geboorte van uw kind ook digitaal aangeven. Hiervoor heeft u beide DigiD nodig. De verklaring van de verloskundige dient hierbij geupload te worden. Ook als u digitaal aangifte doet, moet u nog wel naar het gemeentehuis om uw handtekening te zetten op de geboorteakte.
U kunt ook aan de publieksbalie de aangifte doen. De aangifte moet altijd binnen 3 werkdagen gebeuren.
Wat kost het?
Gratis
Hoe vraag ik het aan?
U kunt direct online een geboorte aangifte invullen.
Uw identiteit moet goed en veilig vastgesteld kunnen worden. Daarom heeft u beide een DigiD (digitale identiteitscode) nodig. Heeft u online aangifte gedaan, dan krijgt u een bevestiging via mail.""",
  [("direct online een geboorte aangifte invullen", "https://www.lochem.nl/digitaal-loket/formulier/geboorteaangifte", "digid")]),
 ("Montfoort", "https://www.montfoort.nl/Alle_onderwerpen/Burgerzaken/Geboorte_en_kinderen", "iprox", False, "NONE",
  "Geboorte en kinderen",
  """Hier leest u alles over het aangeven of erkennen van een kind dat geboren is of wordt.
Aangifte van geboorte
Gefeliciteerd met de geboorte van uw kind! Om dit officieel bekend te maken, doet u binnen drie dagen aangifte van geboorte.
Kind erkennen
Erkenning doet u bij de burgerlijke stand van de gemeente of via een notaris. U kunt dit doen vóór, tijdens of ná de aangifte van geboorte.
Achternaam kind kiezen
Een eerste kind krijgt de achternaam van vader of moeder. Dit wordt bepaald door de ouders of de wet. Er bestaan verschillende scenario's.""",
  [("Aangifte van geboorte", "https://www.montfoort.nl/Alle_onderwerpen/Burgerzaken/Geboorte_en_kinderen/Aangifte_van_geboorte", "info"),
   ("Kind erkennen", "https://www.montfoort.nl/Alle_onderwerpen/Burgerzaken/Geboorte_en_kinderen/Kind_erkennen", "info"),
   ("Achternaam kind kiezen", "https://www.montfoort.nl/Alle_onderwerpen/Burgerzaken/Geboorte_en_kinderen/Achternaam_kind_kiezen", "info")]),
 ("De Fryske Marren", "https://www.defryskemarren.nl/regels-en-beleid/woo-verzoeken/", "path", True, "DIGITAL", "Woo-verzoeken",
  """Met de Wet open overheid (Woo) kan iedereen publieke informatie in documenten opvragen, die nog niet openbaar zijn gemaakt. Het gaat om informatie over de voorbereiding, vaststelling en uitvoering van het beleid van de organisatie.
Woo-verzoek digitaal indienen
U kunt digitaal een Woo-verzoek indienen. U logt hiervoor in met DigiD.
Woo-verzoek op een andere manier indienen
Een Woo-verzoek kunt u ook schiftelijk (per post) of mondeling indienen. Kijk voor onze contactgegevens op de pagina contact.
Voorwaarden Woo-verzoek
U kunt een Woo-verzoek indienen als:
• De informatie ergens al is vastgelegd. De manier waarop maakt niet uit. Het kan dus gaan om documenten, geluidsbanden, foto’s of video’s.
• Wij de informatie in bezit hebben.
• Het verzoek duidelijk omschreven is.""",
  [("digitaal een Woo-verzoek indienen", "https://formulieren.defryskemarren.nl/woo-verzoek", "digid"),
   ("de pagina contact", "https://www.defryskemarren.nl/contact/", "info")]),
 ("Opmeer", "https://www.opmeer.nl/nieuwjaarstoespraak-burgemeester-van-den-hengel-blijf-elkaar-stevig-vasthouden", "path", False,
  "NONE", "Nieuwjaarstoespraak burgemeester Van den Hengel: blijf elkaar stevig vasthouden",
  """"Beste inwoners van onze prachtige gemeente Opmeer,
Wat fijn dat u in groten getale naar wijkcentrum de Lindehof bent gekomen. We hebben binnen onze gemeente zóveel om trots op te zijn, te beginnen met de jaarwisseling: deze is binnen Opmeer voorbeeldig verlopen. Zo was er in de aanloop naar oud en nieuw veel minder vuurwerkoverlast.
Zo vroeg in het jaar valt er al heel wat te vertellen over onze gemeente in aantallen:
• Aantal inwoners 1-1-2023: 12.180
• Aantal inwoners 1-1-2024: 12.222 (is een voorlopig cijfer)
• Geboren in 2023: 127 kinderen
• Overleden in 2023: 110 inwoners
Als ik terugkijk op 2023 valt veel moois op. Neem bijvoorbeeld de duizend jaar oude schat, die afgelopen maart op een weiland in Hoogwoud werd gevonden. We werden wereldnieuws!
Mooi natuurlijk, maar wij hebben binnen onze gemeente een veel grotere schat om te koesteren. Nee, die komt niet in de krant of op het journaal: ik heb het over de saamhorigheid binnen onze gemeente.""", []),
 ("Beverwijk", "http://www.beverwijk.nl/internet/servicenormen_3145/", "path", False, "NONE", "Servicenormen",
  """Als inwoner krijgt u altijd wel een keer te maken met de gemeente. Wij willen u zo goed mogelijk helpen. Er zijn normen opgesteld voor onze service waaraan wij willen voldoen.
Het Stadhuis is zonder afspraak voor iedereen vrij- en goed toegankelijk. Gedurende de openingstijden kunt u terecht voor informatie, (aan)vragen en folders. Op deze website vindt u een goed overzicht van onze diensten. Voor diverse diensten kunt u een afspraak maken waardoor de wachttijd inhet stadhuis kort is.
Onze normen
• Bellen met de gemeente kan op werkdagen tussen 8.30 en 17.00 uur (0251) 256 256. U krijgt een van onze medewerkers aan de telefoon.
• Een reisdocument aanvragen moet u minimaal een maand voordat het voorlopen is, doen. U ontvangt altijd ruim van tevoren een een bericht van ons.
• Een parkeervergunning vraagt u aan bij de balie van het stadhuis. Na betaling krijgt u deze direct mee.
• Een gehandicaptenparkeerkaart heeft een afhandelingstermijn van maximaal 8 weken. Is er advies nodig, dan duurt het langer.
• Een kopie van uw taxatierapport onroerend goed (WOZ) kunt u direct online opvragen (website gemeentelijke belastingen).
• Een verklaring omtrent gedrag (VOG) kunt u online aanvragen.""",
  [("een afspraak maken", "https://afspraken.beverwijk.nl/", "appointment"),
   ("website gemeentelijke belastingen", "https://belastingen.beverwijk.nl/", "info"),
   ("online aanvragen", "https://www.beverwijk.nl/internet/vog-aanvragen", "info")]),
 ("Haarlemmermeer", "https://haarlemmermeergemeente.nl/dakkapel", "path", True, "NONE", "Dakkapel",
  """Controleer op de website van het omgevingsloket of een omgevingsvergunning nodig is. Is een omgevingsvergunning nodig? Zorg dan dat u de checklist doorneemt en de juiste documenten toevoegt.
Voor een dakkapel vervalt de toets aan de bouwtechnische regelgeving. Uw aanvraag kan dan nóg sneller afgehandeld worden. De dakkapel moet wel altijd aan het Bouwbesluit voldoen. Hiervoor bent u als aanvrager zelf verantwoordelijk. Welke documenten u aanlevert, staat hieronder vermeld.
Bij de aanvraag voor een omgevingsvergunning heeft u de volgende documenten nodig:
• Plattegrond (schaal 1:100) van de verdieping waar de dakkapel komt met en zonder de dakkapel.
• Gevelaanzichten (schaal 1:100) van het gebouw met en zonder de dakkapel.
• Langsdoorsnede (schaal 1:100) van het gebouw met en zonder de dakkapel.
Maatvoering
Maatvoering (in millimeters) van:
• Het hoogteverschil tussen de onderzijde van de dakkapel en de dakvoet/goot.
• De breedte van de dakkapel.""",
  [("website van het omgevingsloket", "https://omgevingswet.overheid.nl/checken", "info")]),
 ("Amersfoort", "https://www.amersfoort.nl/omgevingsvergunning-voor-een-dakkapel", "path", True, "DIGITAL",
  "Omgevingsvergunning voor een dakkapel",
  """Algemeen
Voor een dakkapel is het soms mogelijk om snel een vergunning te ontvangen. Voldoet je aanvraag aan alle onderstaande voorwaarden? Dan kunnen we de vergunning binnen 14 dagen afhandelen.
Voorwaarden
• Je hebt een vergunning nodig voor de dakkapel.
• Het pand waar je de dakkapel op wilt plaatsen heeft geen beschermde status.
• De dakkapel voldoet aan de criteria die staan in bladzijde 9 tot en met 14 vande Welstandnota (pdf, 9 mb).
• Je aanvraag is volledig ingevuld. Daar zitten ook de benodigde stukken bij.
Wel of geen vergunning
Via de vergunningcheck in het Digitale Omgevingsloket controleer je of je één of meer vergunningen nodig hebt voor de dakkapel. Heb je één of meer vergunningen nodig? Dan kan je die meteen in het Digitale Omgevingsloket aanvragen.
Na je aanvraag
Wij kijken eerst of je aanvraag volledig is. Als dat zo is, beoordelen we je aanvraag inhoudelijk.""",
  [("Welstandnota (pdf, 9 mb)", "https://www.amersfoort.nl/sites/default/files/welstandsnota.pdf", "pdf"),
   ("vergunningcheck", "https://omgevingswet.overheid.nl/checken", "info"),
   ("meteen in het Digitale Omgevingsloket aanvragen", "https://omgevingswet.overheid.nl/aanvragen", "digid")]),
 ("Dantumadiel", "https://www.dantumadiel.frl/informatie-over-de-vergunningcheck-van-omgevingsloket-0", "path", False, "NONE",
  "Informatie over de vergunningcheck van Omgevingsloket",
  """Algemeen
In de regels van de verschillende overheden, zoals het Rijk, de provincie, het waterschap of de gemeente is bepaald of en hoe u een activiteit mag uitvoeren. Of u daar eerst een vergunning voor moet hebben. Of dat u de activiteit alleen maar hoeft te melden.
Om erachter te komen of u voor een activiteit of werkzaamheid een omgevingsvergunning of een andere vergunning nodig bent, kunt u een Vergunningcheck doen.
Die vindt u in het (nieuwe) landelijke, digitale Omgevingsloket.
Wat is het Omgevingsloket?
In het Omgevingsloket kunt u online checken of u voor het doen van een activiteit een vergunning nodig heeft, een melding moet doen of informatie moet aanleveren aan de overheid. Als dat zo is, dan kunt u ook via het loket de vergunning aanvragen, de melding doen of de aanvullende informatie doorgeven.
Waar kan ik het vinden?
Het Omgevingsloket vindt u op omgevingswet.overheid.nl.""",
  [("omgevingswet.overheid.nl", "https://omgevingswet.overheid.nl/", "info")]),
 ("Twenterand", "https://www.twenterand.nl/bereken-uw-recht", "path", False, "NONE", "Bereken uw recht",
  """Hier kunt u zelf eenvoudig nagaan of u in aanmerking komt voor een gemeentelijke voorziening zoals bijzondere bijstand, minimaregeling of kwijtschelding van gemeentelijke belastingen.
Voor wie is het programma bedoeld?
Voor alle Twenteranders die op basis van hun inkomen en vermogen aanspraak denken te kunnen maken op een financiële vergoeding van de gemeente.
Gebruiksvriendelijk
'Bereken Uw Recht' is een gebruiksvriendelijk internetprogramma. U kunt er anoniem en vrijblijvend checken of u in aanmerking komt voor een mogelijke financiële tegemoetkoming. Het kost hooguit tien minuten om de complete vragenlijst te doorlopen.
Hoe werkt het?
Op de website bereken uw recht staan vragen over onder andere uw gezinssamenstelling, inkomen en vermogen. Er worden geen persoonsgegevens gevraagd, dus u blijft anoniem. Het programma berekent vervolgens uw eventuele recht op vergoedingen. U kunt het eindrapport uitprinten en meenemen naar een gesprek met een medewerker van Sociale Zaken van de gemeente.
Naar de website 'bereken uw recht'""",
  [("Naar de website 'bereken uw recht'", "https://www.berekenuwrechtplus.nl/twenterand", "info")]),
 ("Heerhugowaard", "https://www.heerhugowaard.nl/zorg-werk-en-jeugd/onderwijs-en-jeugd/leerlingenvervoer", "path", True,
  "NOT_DIGITAL", "Leerlingenvervoer",
  """Leerlingenvervoer is er voor kinderen die niet zelfstandig naar school kunnen gaan. Bijvoorbeeld vanwege ziekte, een beperking of gedragsproblemen. Of omdat de school te ver weg is. U kunt dan vergoeding voor leerlingenvervoer aanvragen. De gemeente bepaalt of uw kind recht heeft op deze vergoeding.
Voor elk schooljaar moet u een nieuwe aanvraag indienen. Voor het basisonderwijs moet het gaan om een school met een godsdienstige of levensbeschouwelijke grondslag.
Op het aanvraagformulier en eventuele verklaringen staan persoonlijke gegevens. Daarom is de informatie hiervan niet openbaar. Het aanvraagformulier heeft betrekking op het huidige schooljaar.
Aanvraagformulier 2019 - 2020 (pdf, 91 KB)
Aanvraagformulier 2020 - 2021 (pdf, 86 KB)""",
  [("Aanvraagformulier 2019 - 2020 (pdf, 91 KB)", "https://www.heerhugowaard.nl/document/aanvraagformulier-leerlingenvervoer-2019-2020.pdf", "pdf"),
   ("Aanvraagformulier 2020 - 2021 (pdf, 86 KB)", "https://www.heerhugowaard.nl/document/aanvraagformulier-leerlingenvervoer-2020-2021.pdf", "pdf")]),
 ("Moerdijk", "https://www.moerdijk.nl/web/Meest-gestelde-vragen-leerlingenvervoer/Wat-is-leerlingenvervoer.html", "path", False,
  "NONE", "Wat is leerlingenvervoer?",
  """Leerlingenvervoer is een gehele of gedeeltelijke vergoeding van de gemeente voor de vervoerskosten van en naar school.""", []),
 ("De Bilt", "https://www.debilt.nl/zorg-werk-en-jeugd/onderwijs/leerlingenvervoer-1/hoe-vraagt-u-leerlingenvervoer-aan", "path",
  True, "DIGITAL", "Hoe vraagt u leerlingenvervoer aan?",
  """Voor de toekenning van een vervoersvoorziening kijkt de gemeente naar de mogelijkheden van de leerling. Wanneer een leerling niet met begeleiding in het openbaar vervoer kan reizen vanwege een handicap of beperking, komt hij/zij in aanmerking voor taxivervoer. In alle andere gevallen wordt een vergoeding berekend op basis van eigen vervoer of openbaar vervoer.
Inloggen met DigiD Aanvragen particulier
Inloggen met eHerkenning Niveau 2 Aanvragen organisatie
Nodig
• Uw DigiD of eHerkenning als u de aanvraag doet als organisatie.
Start uw kind in het nieuwe schooljaar?
Vraag dan leerlingenvervoer vóór 1 juni aan.
Is de aanvraag niet compleet?
Dan nemen wij dit niet in behandeling en brengen u hiervan op de hoogte. U ontvangt binnen 8 weken een besluit op uw aanvraag.""",
  [("Inloggen met DigiD Aanvragen particulier", "https://www.debilt.nl/formulieren/leerlingenvervoer-digid", "digid"),
   ("Inloggen met eHerkenning Niveau 2 Aanvragen organisatie", "https://www.debilt.nl/formulieren/leerlingenvervoer-eherkenning", "form")]),
 ("Buren", "https://formulieren.buren.nl/aanvraagformulier-leerlingenvervoer/", "form", False, "NONE",
  "Aanvraagformulier leerlingenvervoer 2024-2025",
  """Stap 1 van 17
Let op: zorg dat u alle gegevens en bijlagen bij de hand heeft voor het invullen van deze aanvraag
Zie informatie voor leerlingenvervoer op onze website www.buren.nl.
Inloggen met uw DigiD
Heeft u nog geen DigiD? U kunt uw DigiD aanvragen via deze link: aanvragen via de site DigiD
Lukt het niet om uw aanvraag digitaal in te vullen?
U kunt een bericht sturen naar llv@buren.nl. Dan nemen we contact met u op om dit formulier samen in te vullen. Of bel naar 14 0344.
Gegevens aanvrager
Met de ‘aanvrager’ bedoelen we: ouders, voogden of verzorgers van leerlingen. Wanneer de leerling meerderjarig en handelingsbekwaam is, kan de leerling zelf het aanvraagformulier invullen.""",
  [("www.buren.nl", "https://www.buren.nl/onderwerp/leerlingenvervoer", "info"),
   ("aanvragen via de site DigiD", "https://www.digid.nl/aanvragen", "digid-info")]),
 ("Veenendaal", "https://www.veenendaal.nl/inwonerszaken/geboorte-trouwen-en-overlijden/trouwen-geregistreerd-partnerschap-en-scheiden/scheiden-of-uit-elkaar-gaan",
  "path", True, "NONE", "Scheiden of uit elkaar gaan",
  """Ga je scheiden? De originele scheidingsovereenkomst of beschikking moet binnen 3 maanden opgestuurd worden aan de gemeente waar je getrouwd bent. Meestal regelt je advocaat dit. Pas als de overeenkomst of beschikking is ingeschreven in het register van de burgerlijke stand, ben jij officieel gescheiden en is je geregistreerd partnerschap of huwelijk beëindigd.
Hoe verloopt de scheiding?
Als je getrouwd bent, moet je scheiden via de rechtbank. Als je een geregistreerd partnerschap hebt, kun je het ontbinden via een notaris of advocaat, maar alleen als jullie het beiden eens zijn en geen kinderen hebben.
Als er wel minderjarige kinderen zijn of als een van jullie het partnerschap niet wil beëindigen, dan moet je het geregistreerd partnerschap ontbinden via de rechter.""", []),
 # the channel below answers 404 (the form was taken down): a digital channel that does not work is BROKEN
 ("Ridderkerk", "https://www.ridderkerk.nl/subsidies-1", "path", True, "BROKEN", "Subsidies",
  """Zet uw organisatie of vereniging zich in voor de bevordering van onderwijs, sport, welzijn, jeugd, zorg, sport, cultuur of maatschappelijk werk? Of draagt uw organisatie bij aan het realiseren van gemeentelijke doelstellingen? Dan kunt u subsidie aanvragen.
Doel van subsidie:
• Ondersteunen en stimuleren van activiteiten die worden georganiseerd voor inwoners van de gemeente
• Realiseren van een breed aanbod van voorzieningen voor inwoners.
Waarvoor geen subsidie?
• Die niet passen binnen de gemeentelijke beleidsdoelen.
• Die niet ten goede komen aan de inwoners.
Aanpak
Wilt u subsidie aanvragen? Dit gaat zo:
• Vul het online aanvraagformulier in voor een jaarlijkse subsidie.
• Doet u een aanvraag namens een organisatie of vereniging? Maak dan gebruik van eHerkenning.
Jaarlijkse subsidie aanvragen
• Houd de volgende gegevens bij de hand: KVK-nummer van uw organisatie, IBAN-nummer, ledenaantal per leeftijdscategorie bij sport- en culturele verenigingen""",
  [("online aanvraagformulier", "https://ridderkerk.mijnformulieren.nl/subsidie-jaarlijks", "broken")]),
 ("Zandvoort", "https://www.zandvoort.nl/producten-en-diensten-op-alfabet/subsidie-algemeen/", "path", True, "DIGITAL",
  "Subsidie algemeen",
  """U kunt een subsidie aanvragen voor bijvoorbeeld activiteiten op het gebied van kunst en cultuur, welzijn en zorg, jeugd en onderwijs, sport en recreatie. Zowel particulieren als organisaties (sportverenigingen, de bibliotheek, peuterspeelzalen etc.) kunnen een aanvraag doen.
Stuur uw aanvraag vóór 1 september in.
Subsidie algemeen aanvragen U logt in met DigiD of eHerkenning.
Bij uw aanvraag moet u een aantal documenten uploaden (.pdf, .jpg/.jpeg of .doc/.docx met een maximale grootte van 10 MB per document):
• prestatieplan
• begroting
• balans en
• financiële jaarstukken
Aanvraagformulieren waarbij de bijlagen ontbreken worden niet in behandeling genomen.""",
  [("Subsidie algemeen aanvragen", "https://zandvoort.mijnformulieren.nl/subsidie-algemeen", "digid")]),
 ("Roerdalen", "https://www.roerdalen.nl/incidentele-subsidie", "path", True, "DIGITAL", "Incidentele subsidie",
  """Wij willen inwoners en vrijwilligersorganisaties aanmoedigen een bijdrage te leveren aan de samenleving. Incidentele subsidie is bedoeld voor initiatieven, projecten of activiteiten van inwoners of vrijwilligersorganisaties. Wilt u als vrijwilligersorganisatie een activiteit organiseren voor buurt of dorp, waar ook niet-leden aan mee mogen doen? Dan kunt u deze subsidie aanvragen.
Wat moet ik doen?
1. Subsidieregel lezen
Lees eerst de subsidieregel (klik op de link met de rechter muisknop en kies "openen in nieuw tabblad"). Zo weet u of u in aanmerking komt en waar u rekening mee moet houden.
2. Stel een project- of activiteitenplan en begroting op
Maak ook een begroting, waarin u een schatting geeft van de kosten en inkomsten.
3. Formulier invullen
Vul het formulier online in door hieronder op de knop te drukken. Doet u de aanvraag voor een organisatie, stichting of vereniging (rechtspersoon)? Dan""",
  [("subsidieregel", "https://www.roerdalen.nl/documenten/subsidieregel-incidentele-subsidie.pdf", "pdf"),
   ("Vul het formulier online in", "https://formulieren.roerdalen.nl/incidentele-subsidie", "form")]),
 ("Hellevoetsluis", "https://www.hellevoetsluis.nl/Formulieren/Digitale_formulieren_subsidieaanvragen/Aanvraagformulier_waarderingssubsidie",
  "iprox", False, "NONE", "Aanvraagformulier waarderingssubsidie",
  """Door dit online formulier in te vullen, kunt u subsidie aanvragen. U doet dit door met eHerkenning voor bedrijven in te loggen en de gevraagde gegevens op te geven. Volg a.u.b. de volgende instructies.
Inleverdatum subsidieformulier, jaarverslag en overige bijlagen
Het aanvraagformulier, jaarverslag en overige bijlagen voor de jaarlijkse subsidieaanvraag, dienen vóór 1 april aan de gemeente gezonden te worden.
Nog aan te leveren stukken (uploaden)
Tijdens het invullen van het online formulier zal u worden gevraagd deze bij te voegen middels een uploadknop.
Als u de bijlagen heeft verzameld en ingevuld, bent u klaar om het online formulier in te vullen. Kies 'Volgende Pagina'.""", []),
 # an expired fund whose application form is gone (404): BROKEN
 ("Zwartewaterland", "https://www.zwartewaterland.nl/coronacultuurfonds", "path", True, "BROKEN", "Coronacultuurfonds",
  """Hoe werkt het?
U kunt uw aanvraag online indienen. Let op: in het aanvraagformulier moet u een aantal bijlagen uploaden. Denkt u er aan deze documenten van tevoren te verzamelen en in te scannen:
• Bewijs van inschrijving bij de Kamer van Koophandel (KvK)
• Vastgestelde jaarrekening over 2020 met specificatie van eigen vermogen, nader onderverdeeld in algemene reserve en bestemmingsreserve.
• De begroting van uw vereniging of stichting van 2021, met daarin opgenomen de eventuele te verwachten bijdragen vanuit noodsteunmaatregelen van overheden of fondsen.
Uw aanvraag indienen
Voorwaarden
Als aanvrager dient u aan voorwaarden te voldoen. Deze vindt u in de nadere regels.""",
  [("Uw aanvraag indienen", "https://formulieren.zwartewaterland.nl/coronacultuurfonds", "broken"),
   ("nadere regels", "https://www.zwartewaterland.nl/documenten/nadere-regels-coronacultuurfonds.pdf", "pdf")]),
 ("Geldrop-Mierlo", "https://www.geldrop-mierlo.nl/begraafplaatsen", "path", True, "DIGITAL", "Begraafplaatsen",
  """Wat is het?
Grafrechten
Een graf op een begraafplaats huurt u voor een bepaald termijn. U bent dan rechthebbende van het graf. Als rechthebbende van een graf kunt u:
• De grafrechten verlengen of er afstand van doen.
• De grafrechten overschrijven naar iemand anders. Dit noemen wij ook wel wijziging van de tenaamstelling.
Voor het verlengen, beëindigen of het wijzigen van de tenaamstelling kunt u het formulier via onderstaande knop invullen.
Formulier grafrechten
Vergunning Opgraven, herbegraven en cremeren
U kunt een stoffelijk overschot laten opgraven als u de overledene in een ander graf wilt begraven. Voor het opgraven van een stoffelijk overschot hebt u een vergunning nodig. De burgemeester beoordeelt de aanvraag. Voor een vergunning tot opgraving kunt u of uw uitvaartondernemer het formulier invullen via onderstaande knop.
Formulier opgraven""",
  [("Formulier grafrechten", "https://formulieren.geldrop-mierlo.nl/grafrechten", "digid"),
   ("Formulier opgraven", "https://formulieren.geldrop-mierlo.nl/opgraven", "digid")]),
 ("Staphorst", "https://www.staphorst.nl/grafrechten", "path", True, "NOT_DIGITAL", "Grafrechten",
  """De verlenging vangt altijd aan op de datum dat de termijn is afgelopen. U kunt de termijn met 10 of 20 jaar verlengen. Heeft u 10 jaar geleden de termijn verlengd, dan kunt u nu opnieuw verlenging aanvragen met 10 of 20 jaar.
Als u geen verlenging aanvraagt vervallen de grafrechten van de grafruimte weer aan de gemeente. U bent dan geen rechthebbende meer!
Mocht de rechthebbende inmiddels zijn overleden, dan verzoeken wij de erfgenamen of andere familieleden om zo spoedig mogelijk contact op te nemen met de gemeente, team Burgerzaken. De grafrechten moeten dan worden overgeschreven op naam van één van de erfgenamen of op naam van iemand anders.
Aanvraagformulieren voor termijnverlenging of voor overschrijving van de grafrechten zijn verkrijgbaar aan de balie in het gemeentehuis.""", []),
 ("Heemskerk", "https://www.heemskerk.nl/ondersteuning-werk-en-inkomen/hulp-bij-schulden/", "path", True, "NOT_DIGITAL",
  "Hulp bij schulden",
  """Wanneer u niet meer aan uw financiële verplichtingen kunt voldoen, kunt u misschien in aanmerking komen voor schuldhulpverlening.
• U meldt zich in eerste instantie bij de gemeente. Maak hiervoor telefonisch (14 0251) of online een afspraak.
• Een medewerker van de gemeente maakt voor u een afspraak bij Socius. Deze medewerker geeft u het aanvraagformulier voor schuldhulpverlening mee.
• Socius bereidt samen met u de aanvraag voor schuldhulpverlening voor.
• Tijdens dit gesprek wordt de aanvraag daadwerkelijk door u ingediend.
Maak een afspraak
De spelregels van schuldhulpverlening
• Een professionele hulpverlener bemiddelt tussen u en de schuldeiser(s) om afspraken te maken over de betaling van de schuld.
• U vermindert uw maandelijkse uitgaven zoveel mogelijk.""",
  [("Maak een afspraak", "https://afspraken.heemskerk.nl/", "appointment")]),
 ("Steenwijkerland", "http://steenwijkerland.nl/Inwoners/Leefomgeving/Verkeer_en_vervoer/Verkeersmaatregelen_voor_gemeentelijke_wegen",
  "iprox", True, "BROKEN", "Verkeersmaatregelen voor gemeentelijke wegen",
  """Moet u voor bepaalde werkzaamheden of evenementen gebruikmaken van de openbare ruimte of weg en kunt u zich dan niet aan de verkeersregels houden? Wilt u, bijvoorbeeld voor een verbouwing of verhuizing, de weg of een parkeervak tijdelijk (deels) afsluiten? Neem dan contact op met de gemeente. Het kan zijn dat er tijdelijke verkeersmaatregelen genomen moeten worden.
U kunt online een tijdelijke verkeersmaatregel voor gemeentelijke wegen aanvragen bij de gemeente.
Tijdelijke verkeersmaatregel voor gemeentelijke wegen aanvragen
Beschrijving en tekening van de aangevraagde maatregel(en), waarbij u aangeeft welk bedrijf of organisatie welke maatregel uitvoert.
Uw aanvraag moet minimaal 4 weken voor de geplande (gedeeltelijke) wegafsluiting bij de gemeente bekend te zijn. Deze tijd is nodig voor de procedure en de mogelijkheid om de maatregel tijdig te kunnen publiceren.
Neem dan contact met ons op via telefoonnummer 14 0521.""",
  [("Tijdelijke verkeersmaatregel voor gemeentelijke wegen aanvragen",
    "http://steenwijkerland.nl/Inwoners/Formulieren/Tijdelijke_verkeersmaatregel_aanvragen", "broken")]),
 ("Wormerland", "https://wormerland.nl/hulp-en-ondersteuning/hulp-bij-een-laag-inkomen/individuele-inkomenstoeslag", "path", True,
  "DIGITAL", "Individuele inkomenstoeslag",
  """De individuele inkomenstoeslag is een bijdrage voor mensen die lange tijd van een laag inkomen moeten leven. Vraag de toeslag aan bij de gemeente.
Als u een laag inkomen heeft moet u proberen om uw inkomen te verhogen. Heeft u er alles aan gedaan om uw inkomen te verbeteren? En toch heeft u geen uitzicht op een hoger inkomen? Dan kunt u een individuele inkomenstoeslag aanvragen.
De individuele inkomenstoeslag wordt jaarlijks uitbetaald. U kunt de toeslag niet met terugwerkende kracht krijgen.
In alle andere gevallen doe je eenvoudig online een aanvraag.
• Vul het aanvraagformulier duidelijk en volledig in.
• Zorg ervoor dat u alle bewijsstukken aanlevert.
direct online aanvragen
Wilt u graag schriftelijk een aanvraag doen? Dan geeft u het aanvraagformulier en de bewijsstukken af bij de gemeente.""",
  [("direct online aanvragen", "https://wormerland.mijnformulieren.nl/individuele-inkomenstoeslag", "digid")]),
 ("Scherpenzeel", "https://www.scherpenzeel.nl/individuele-inkomenstoeslag", "path", True, "NOT_DIGITAL",
  "Individuele inkomenstoeslag",
  """Voor uw aanvraag maakt u een afspraak met een van de klantmanagers van de afdeling Gemeentewinkel.
Openingstijden
Het inlichtingenformulier vult u alleen in, als u géén bijstandsuitkering krijgt.
Wat is het?
De individuele inkomenstoeslag is er voor mensen die voor lange tijd een laag inkomen hebben. U krijgt deze uitkering als u geen uitzicht hebt op verbetering van uw inkomen.
Hoe werkt het?
• U bent ouder dan 21 jaar en heeft de pensioengerechtigde leeftijd nog niet bereikt
• U heeft 3 jaar een inkomen tot 101% van het sociaal minimum gehad
• U heeft geen uitzicht op inkomensverbetering
Wat moet ik doen?
U vraagt de individuele inkomenstoeslag aan bij de gemeente.
Wat heb ik nodig?
• Het ingevulde en ondertekende aanvraagformulier""",
  [("maakt u een afspraak", "https://www.scherpenzeel.nl/afspraak-maken", "appointment"),
   ("Openingstijden", "https://www.scherpenzeel.nl/openingstijden", "info"),
   ("inlichtingenformulier", "https://www.scherpenzeel.nl/documents/inlichtingenformulier.pdf", "pdf")]),
 # the digital application is off for a while and its link leads nowhere: BROKEN
 ("Maashorst", "https://gemeentemaashorst.nl/inwoners/hulp-en-ondersteuning/hulp-bij-laag-inkomen/individuele-inkomenstoeslag/?zoek=inkomenstoe",
  "query", True, "BROKEN", "Individuele inkomenstoeslag",
  """De individuele inkomenstoeslag is een geldbedrag dat gemeenten kunnen geven aan mensen die drie jaar of langer van een laag inkomen leven. Je kunt één keer per jaar deze toeslag ontvangen.
Aanvragen individuele inkomenstoeslag
Er zijn twee manieren om een aanvraag in te dienen: digitaal of op papier.
1. Digitaal aanvragen
Vanaf 1 januari 2025 kun je de individuele inkomenstoeslag tijdelijk niet digitaal aanvragen. We werken aan een nieuwe digitale aanvraag, die eind januari online staat. Tot die tijd kun je een papieren aanvraag indienen.
Aanvragen individuele inkomenstoeslag (Deze link gaat naar een andere website)
DigiD
Je moet inloggen met DigiD als je dit formulier gaat invullen. Heb je nog geen DigiD? Ga dan naar www.digid.nl (Deze link gaat naar een andere website). Heb je een partner? Dan moet jouw partner ook inloggen met DigiD.""",
  [("Aanvragen individuele inkomenstoeslag (Deze link gaat naar een andere website)", "https://maashorst.smartformulieren.nl/iit", "broken"),
   ("www.digid.nl", "https://www.digid.nl/", "digid-info")]),
 ("Oisterwijk", "https://oisterwijk.nl/sociaal/laag-inkomen/individuele-inkomenstoeslag.html", "path", True, "NOT_DIGITAL",
  "Individuele inkomenstoeslag",
  """Heeft u al lange tijd weinig inkomsten? Misschien heeft u recht op de individuele inkomenstoeslag. Dit is een geldbedrag dat de gemeente u 1 keer per 12 maanden geeft. U mag het geld vrij besteden.
Voorwaarden
• U bent 21 jaar of ouder, maar niet ouder dan de pensioengerechtigde leeftijd
• Uw inkomen is de afgelopen 36 maanden niet hoger dan 120% van de voor u geldende norm. De norm vindt u in het overzicht normen minimaregeling 2019 (PDF, 351 kb)
• Het lukt u niet een hoger inkomen te krijgen
Aanvragen
U vraagt de toeslag aan met het aanvraagformulier Individuele inkomenstoeslag. (PDF, 86 kb) Geef het ingevulde en ondertekende aanvraagformulier af aan de balie van het gemeentekantoor of stuur het op naar de gemeente. Let op dat u alle gevraagde bijlagen meestuurt, deze staan op het formulier.""",
  [("overzicht normen minimaregeling 2019 (PDF, 351 kb)", "https://oisterwijk.nl/documenten/normen-minimaregeling-2019.pdf", "pdf"),
   ("aanvraagformulier Individuele inkomenstoeslag. (PDF, 86 kb)", "https://oisterwijk.nl/documenten/aanvraagformulier-iit.pdf", "pdf")]),
 ("Borsele", "https://www.borsele.nl/bezwaar-maken", "path", True, "NOT_DIGITAL", "Bezwaar maken",
  """Als u het niet eens bent met een besluit van de gemeente, kunt u binnen 6 weken bezwaar maken. Klik op de knop hieronder voor uitgebreide informatie over de beroepsprocedure bestuursrecht.
Beroepsprocedure bestuursrecht
Bezwaar maken
In het besluit van de gemeente staat of u bezwaar kunt maken. Ook staat in dat besluit naar welk adres u uw bezwaarschrift moet sturen. Uw bezwaarschrift moet binnen 6 weken bij de gemeente zijn. De gemeente kan u vragen langs te komen om uw bezwaar te bespreken.
Hoe werkt het?
Vraag voordat u bezwaar maakt het Juridisch Loket, uw rechtsbijstandsverzekeraar of een advocaat om advies.
U maakt bezwaar door een bezwaarschrift te sturen naar de gemeente. Zet in uw bezwaarschrift de volgende informatie:
• uw naam en adres
• de datum van uw bezwaar
• om welk besluit het gaat
• waarom u het niet eens bent met het besluit
• uw handtekening""",
  [("Beroepsprocedure bestuursrecht", "https://www.rechtspraak.nl/Naar-de-rechter/Bestuursrecht", "info"),
   ("Juridisch Loket", "https://www.juridischloket.nl/", "info")]),
 ("Westvoorne", "https://www.westvoorne.nl/bezwaar-maken", "path", True, "DIGITAL", "Bezwaar maken",
  """Toelichting
Als u het niet eens bent met een besluit van de gemeente, kunt u binnen 6 weken bezwaar maken.
Online regelen
Hoe werkt het?
• Vraag voordat u bezwaar maakt het Juridisch Loket, uw rechtsbijstandsverzekeraar of een advocaat om advies.
• U maakt bezwaar door een bezwaarschrift te sturen naar de gemeente.
Wat zijn de voorwaarden?
• In het besluit van de gemeente staat of u bezwaar kunt maken. Ook staat in dat besluit naar welk adres u uw bezwaarschrift moet sturen.
• Uw bezwaarschrift moet binnen 6 weken bij de gemeente zijn. Deze periode begint op de dag ná de datum waarop het besluit aan u is gestuurd.
Meer informatie
• De gemeente beslist binnen 6 weken op uw bezwaar.
• De gemeente kan deze termijn verlengen. U krijgt hiervan altijd bericht.""",
  [("Online regelen", "https://eloket.westvoorne.nl/bezwaarschrift", "digid"),
   ("Juridisch Loket", "https://www.juridischloket.nl/", "info")]),
]

HIDDEN = [("DigiD link", "DigiD link"), ("Logo DigiD", "Logo DigiD"), ("Regelen zonder inloggen", "Regelen zonder inloggen"),
          ("DigiD", "DigiD"), ("eHerkenning", "eHerkenning")]


def anchor(text):
    # a visually hidden label glued to the link text, as real pages render it ("DigiD linkVerhuizing doorgeven")
    for prefix, label in HIDDEN:
        if text.startswith(prefix) and len(text) > len(prefix) and text[len(prefix)].isupper():
            return '<span class="visually-hidden">%s</span>%s' % (html.escape(label), html.escape(text[len(prefix):]))
    return html.escape(text)


def line_html(line, links):
    for text, href, kind in links:
        if line.strip().lstrip('>').strip() == text or line.strip().startswith(">> " + text):
            cls = ' class="button"'  # a link on a line of its own: styled as a call to action, whatever it leads to
            return '<p><a%s href="%s">%s</a></p>' % (cls, html.escape(href), anchor(text))
    escaped = html.escape(line.strip().lstrip('•').strip())
    for text, href, kind in links:
        # every link text on the line becomes a link once, outside the links made already
        t = html.escape(text)
        parts = re.split(r'(<a [^>]*>.*?</a>)', escaped)
        for j, part in enumerate(parts):
            if not part.startswith('<a ') and t in part:
                parts[j] = part.replace(t, '<a href="%s">%s</a>' % (html.escape(href), t), 1)
                break
        escaped = ''.join(parts)
    stripped = line.strip()
    if stripped.startswith('•'):
        return '<li>%s</li>' % escaped
    if len(stripped) < 70 and not stripped.endswith('.') and not stripped.endswith(':') and '<a ' not in escaped:
        return '<h2>%s</h2>' % escaped
    return '<p>%s</p>' % escaped


def page(m, url, title, text, links):
    body = "\n".join(line_html(l, links) for l in text.split("\n") if l.strip())
    body = re.sub(r'(<li>.*?</li>\n?)+', lambda g: '<ul>\n' + g.group(0) + '</ul>\n', body, flags=re.S)
    host = url.split('/')[2]
    return """<!DOCTYPE html>
<!-- Fixture: the text of %s's real page %s, from the team's page corpus; the HTML around it (chrome, tags,
     link targets) is written by us. -->
<html lang="nl"><head><meta charset="utf-8"><title>%s | Gemeente %s</title></head>
<body>
<header><a href="https://%s/">Gemeente %s</a>
<nav><ul><li><a href="https://%s/inwoners">Inwoners</a></li><li><a href="https://%s/ondernemers">Ondernemers</a></li>
<li><a href="https://%s/contact">Contact</a></li><li><a href="https://%s/zoeken">Zoeken</a></li></ul></nav></header>
<main>
<h1>%s</h1>
%s
</main>
<footer><p>Gemeente %s, bel 14 0%s</p><a href="https://%s/privacy">Privacy</a></footer>
</body></html>
""" % (m, url, html.escape(title), m, host, m, host, host, host, host, html.escape(title), body, m,
       sum(map(ord, m)) % 1000, host)


def main():
    rows = []
    for i, (m, url, cms, product, status, title, text, links) in enumerate(PAGES, 1):
        plain = unicodedata.normalize("NFD", m.lower()).encode("ascii", "ignore").decode()
        name = "%02d-%s.html" % (i, re.sub(r'[^a-z]+', '-', plain).strip('-'))
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(page(m, url, title, text, links))
        # an e-mail address is a channel the checker does not visit: no target to serve
        targets = "|".join("%s=%s" % (href, kind) for _, href, kind in links if not href.startswith("mailto:"))
        rows.append([name, url, m, cms, "true" if product else "false", status, targets])
    with open(os.path.join(HERE, "labels.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=';')
        w.writerow(["file", "url", "municipality", "cms", "product", "status", "targets"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
