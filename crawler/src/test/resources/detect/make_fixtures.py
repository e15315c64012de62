#!/usr/bin/env python3
"""Writes the page-analysis fixtures: static HTML pages in the styles of seven municipal CMSs, each with
its own site chrome, plus labels.csv. Run once from this directory; the HTML files are the fixtures."""
import os, html as H

LABELS = []

def page_file(site, name, url, body, product, status, types):
    os.makedirs(f"sites/{site}", exist_ok=True)
    with open(f"sites/{site}/{name}.html", "w", encoding="utf-8") as f:
        f.write(body)
    LABELS.append((f"sites/{site}/{name}.html", url, "true" if product else "false", status,
                   " ".join(sorted(types)) if types else "-"))

def secs(sections, h="h2", wrap=lambda h2, body: h2 + body):
    out = []
    for head, body in sections:
        if h == "b":
            hd = f"<p><b>{head}</b></p>"
        elif h == "strong":
            hd = f"<p><strong>{head}</strong></p>"
        else:
            hd = f"<{h}>{head}</{h}>"
        out.append(wrap(hd, body))
    return "\n".join(out)

LOREM = ("U leest hier wat u moet weten. De gemeente helpt u graag. Lees de informatie goed door voordat u begint. "
         "Heeft u vragen over uw situatie, dan kijken we samen naar een oplossing.")

# ---------------------------------------------------------------- A: Drupal-like, semantic, /producten/
def drupal(title, content, meta="", crumbs="Producten"):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title} | Gemeente Aadorp</title>{meta}
<link rel="stylesheet" href="/themes/custom/aadorp/css/style.css"></head>
<body class="path-node page-node-type-product">
<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>
<header role="banner" class="site-header"><div class="region region-header"><a href="/" rel="home"><img src="/logo.svg" alt="Gemeente Aadorp"></a>
<form action="/zoeken" method="get" class="search-block-form" role="search"><input type="search" name="keys"><input type="submit" value="Zoeken"></form></div></header>
<nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/producten">Producten en diensten</a></li><li><a href="/nieuws">Nieuws</a></li><li><a href="/bestuur">Bestuur</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/producten">{crumbs}</a></li></ol></div>
<div class="region region-content"><article class="node node--type-product"><h1 class="page-title"><span class="field field--name-title">{title}</span></h1>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{content}
</div></article>
<div class="block-feedback"><h2>Was deze informatie nuttig?</h2><form action="/feedback" method="post" class="webform-submission-feedback-form"><label>Ja <input type="radio" name="nuttig" value="ja"></label><label>Nee <input type="radio" name="nuttig" value="nee"></label><textarea name="toelichting"></textarea><button type="submit">Verstuur</button></form></div>
</div></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><h2>Contact</h2><p>Gemeente Aadorp<br>Marktplein 1, 7001 AA Aadorp</p>
<p>Bel 14 0570 of mail naar <a href="mailto:info@aadorp.nl">info@aadorp.nl</a></p>
<ul><li><a href="/contact/formulier">Contactformulier</a></li><li><a href="/privacy">Privacy</a></li><li><a href="https://twitter.com/aadorp">Twitter</a></li></ul></div></footer>
</body></html>"""

A = "www.aadorp.nl"
def meta_dc(uniform=None, audience="particulier"):
    m = '<meta name="DCTERMS.type" content="productbeschrijving" scheme="OVERHEID.Informatietype">'
    if uniform:
        m += f'<meta name="OVERHEID.uniformeProductnaam" content="{uniform}">'
    m += f'<meta name="DCTERMS.audience" content="{audience}">'
    return m

page_file("drupal", "paspoort-aanvragen", f"https://{A}/producten/paspoort-aanvragen", drupal("Paspoort aanvragen", secs([
 ("Wat is het?", f"<p>Een paspoort is een reisdocument. U heeft het nodig als u naar een land buiten Europa reist. {LOREM}</p>"),
 ("Voorwaarden", "<ul><li>U staat ingeschreven in de gemeente Aadorp.</li><li>U heeft de Nederlandse nationaliteit.</li></ul>"),
 ("Aanvragen", '<p>U vraagt een paspoort aan bij de balie in het gemeentehuis. Daarvoor maakt u eerst een afspraak.</p><p><a class="button" href="https://afspraken.aadorp.nl/">Maak een afspraak</a></p>'),
 ("Wat moet ik meenemen?", "<ul><li>Een goedgelijkende pasfoto</li><li>Uw oude paspoort</li></ul>"),
 ("Kosten", "<p>Een paspoort voor volwassenen kost € 84,35.</p>"),
 ("Hoe lang duurt het?", "<p>U kunt uw paspoort na 5 werkdagen ophalen.</p>")]), meta_dc("paspoort")),
 True, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

page_file("drupal", "verhuizing-doorgeven", f"https://{A}/producten/verhuizing-doorgeven", drupal("Verhuizing doorgeven", secs([
 ("Wat is het?", f"<p>Gaat u verhuizen? Dan geeft u uw nieuwe adres door aan de gemeente. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>U geeft uw verhuizing online door. U logt in met DigiD.</p><p class="cta"><img src="/digid.svg" alt="DigiD"> <a class="button button--primary" href="/form/verhuizing">Direct regelen</a></p>'),
 ("Wat kost het?", "<p>Verhuizing doorgeven is gratis.</p>"),
 ("Hoe lang duurt het?", "<p>Wij verwerken uw verhuizing binnen 5 werkdagen.</p>")])),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("drupal", "melding-openbare-ruimte", f"https://{A}/producten/melding-openbare-ruimte", drupal("Melding openbare ruimte", secs([
 ("Omschrijving", f"<p>Ziet u een losse stoeptegel, zwerfvuil of een kapotte lantaarnpaal? Meld het ons. {LOREM}</p>"),
 ("Hoe meldt u het?", '<p>U heeft geen DigiD nodig. Vul het formulier in en voeg een foto toe.</p><p><a class="button" href="/form/melding-openbare-ruimte">Melding doen</a></p><p>Is het gevaarlijk? Bel dan direct 14 0570.</p>'),
 ("Hoe lang duurt het?", "<p>Wij lossen de meeste meldingen binnen 2 weken op.</p>")])),
 True, "DIGITAL", ["EFORM_OPEN", "APPOINTMENT_PHONE_VISIT"])

page_file("drupal", "kapvergunning", f"https://{A}/producten/kapvergunning", drupal("Omgevingsvergunning voor het kappen van een boom", secs([
 ("Wat is het?", f"<p>Wilt u een boom kappen? Dan heeft u soms een omgevingsvergunning nodig. {LOREM}</p>"),
 ("Voorwaarden", "<p>U heeft een vergunning nodig voor bomen met een stamomtrek van meer dan 90 centimeter.</p>"),
 ("Aanvragen", '<p>U vraagt de vergunning aan via het <a href="https://www.omgevingsloket.nl/">Omgevingsloket</a>. U logt daar in met DigiD of eHerkenning.</p>'),
 ("Kosten", "<p>De kosten zijn € 120,00.</p>"),
 ("Bezwaar en beroep", "<p>Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken.</p>")]), meta_dc()),
 True, "DIGITAL", ["NATIONAL_PORTAL"])

page_file("drupal", "bijzondere-bijstand", f"https://{A}/producten/bijzondere-bijstand", drupal("Bijzondere bijstand", secs([
 ("Wat is het?", f"<p>Heeft u onverwachte kosten die u niet kunt betalen? Dan kunt u bijzondere bijstand aanvragen. {LOREM}</p>"),
 ("Voorwaarden", "<p>Uw inkomen en vermogen zijn laag.</p>"),
 ("Aanvragen", '<p>Download het <a href="/sites/default/files/2023-01/aanvraagformulier-bijzondere-bijstand.pdf">aanvraagformulier bijzondere bijstand (PDF, 210 kB)</a>. Vul het in en stuur het met de bewijsstukken naar Postbus 1, 7000 AA Aadorp.</p>'),
 ("Hoe lang duurt het?", "<p>U krijgt binnen 8 weken een besluit.</p>")])),
 True, "NOT_DIGITAL", ["PRINT_FORM"])

page_file("drupal", "hondenbelasting", f"https://{A}/producten/hondenbelasting", drupal("Hond aanmelden voor hondenbelasting", secs([
 ("Wat is het?", f"<p>Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan bij de gemeente. {LOREM}</p>"),
 ("Aanmelden", '<p>Log in met DigiD en meld uw hond aan.</p><p><a class="button" href="/form/hond-aanmelden-2019">Direct regelen</a></p>'),
 ("Kosten", "<p>Voor de eerste hond betaalt u € 98,40 per jaar.</p>")])),
 True, "BROKEN", ["EFORM_DIGID"])

page_file("drupal", "home", f"https://{A}/", drupal("Welkom bij gemeente Aadorp", """
<div class="tiles"><h2>Direct naar</h2><ul><li><a href="/producten/paspoort-aanvragen">Paspoort aanvragen</a></li><li><a href="/producten/verhuizing-doorgeven">Verhuizing doorgeven</a></li><li><a href="/producten/melding-openbare-ruimte">Melding openbare ruimte</a></li><li><a href="/producten/bijzondere-bijstand">Bijzondere bijstand</a></li><li><a href="/producten">Alle producten</a></li></ul></div>
<div class="news"><h2>Nieuws</h2><ul><li><a href="/nieuws/2024/03/nieuwe-paspoorten">Nieuw model paspoort</a> <time datetime="2024-03-04">4 maart 2024</time></li><li><a href="/nieuws/2024/02/raad">Raad besluit over begroting</a> <time datetime="2024-02-20">20 februari 2024</time></li></ul></div>""", crumbs="Home"),
 False, "NONE", [])

page_file("drupal", "nieuws-paspoort", f"https://{A}/nieuws/2024/03/nieuwe-paspoorten", drupal("Vanaf maart een nieuw model paspoort", """
<p class="meta">Nieuwsbericht | <time datetime="2024-03-04">4 maart 2024</time></p>
<p>Vanaf 4 maart krijgt u een paspoort van een nieuw model als u een paspoort gaat aanvragen. Het nieuwe model is beter beveiligd. Uw oude paspoort blijft geldig tot de einddatum.</p>
<p>Wilt u een paspoort aanvragen? Lees dan <a href="/producten/paspoort-aanvragen">hoe u een paspoort aanvraagt</a>.</p>""", crumbs="Nieuws"),
 False, "NONE", [])

page_file("drupal", "zoeken", f"https://{A}/zoeken?keys=aanvragen", drupal("Zoeken", """
<p>Zoekresultaten voor <em>aanvragen</em>: 3 resultaten</p>
<ol class="search-results"><li><h3><a href="/producten/paspoort-aanvragen">Paspoort aanvragen</a></h3><p>U vraagt een paspoort aan bij de balie...</p></li>
<li><h3><a href="/producten/bijzondere-bijstand">Bijzondere bijstand aanvragen</a></h3><p>Heeft u onverwachte kosten...</p></li>
<li><h3><a href="/producten/kapvergunning">Kapvergunning aanvragen</a></h3><p>Wilt u een boom kappen...</p></li></ol>""", crumbs="Zoeken"),
 False, "NONE", [])

# ---------------------------------------------------------------- B: Smartsite/iprox-like, divs and tables, /pdc/
def iprox(title, content, meta=""):
    return f"""<!DOCTYPE html><html lang="nl"><head><title>{title} - Gemeente Beekveld</title>{meta}<script src="/aspx/js/iprox.js"></script></head>
<body><div id="wrapper"><div id="top"><div class="logo"><a href="/"><img src="/publish/pages/logo.png" alt="Logo gemeente Beekveld"></a></div>
<div class="zoekbox"><form action="/zoeken" method="get"><input type="text" name="zoeken_term"><button>Zoek</button></form></div>
<div class="topmenu"><a href="/inwoners">Inwoners</a> | <a href="/ondernemers">Ondernemers</a> | <a href="/bestuur-en-organisatie">Bestuur en organisatie</a></div></div>
<div id="container"><div class="grid-blok type-navigatie"><ul><li><a href="/onderwerpen/afval">Afval</a></li><li><a href="/onderwerpen/wonen">Wonen</a></li><li><a href="/onderwerpen/parkeren">Parkeren</a></li><li><a href="/pdc">Alle producten</a></li></ul></div>
<div class="grid-blok type-inhoud"><div class="iprox-content"><h1>{title}</h1>
{content}
</div></div>
<div class="grid-blok type-zijbalk"><div class="iprox-content"><h3>Direct naar</h3><ul><li><a href="/afvalkalender">Afvalkalender</a></li><li><a href="/contact">Contactformulier</a></li></ul></div></div></div>
<div id="footer"><table class="footer"><tr><td><strong>Gemeente Beekveld</strong><br>Postbus 20, 5000 BB Beekveld<br>Telefoon 14 0413</td>
<td><a href="mailto:info@beekveld.nl">info@beekveld.nl</a><br><a href="/contact">Contact</a></td><td><a href="/proclaimer">Proclaimer</a><br><a href="/toegankelijkheid">Toegankelijkheid</a></td></tr></table></div></div></body></html>"""

B = "www.beekveld.nl"
def ixsec(sections):
    return secs(sections, "h2", lambda h, b: f'<div class="grid-element"><div class="grid-title">{h}</div><div class="grid-inside">{b}</div></div>')

page_file("iprox", "omgevingsvergunning-bouwen", f"https://{B}/pdc/omgevingsvergunning-bouwen", iprox("Omgevingsvergunning bouwen", ixsec([
 ("Wat is het?", f"<p>Voor veel bouwwerken heeft u een omgevingsvergunning nodig. {LOREM}</p>"),
 ("Hoe vraag ik het aan?", '<p>U vraagt de omgevingsvergunning digitaal aan. Log in met DigiD of eHerkenning op het <a href="https://omgevingswet.overheid.nl/home">Omgevingsloket</a> en doe de vergunningcheck.</p><p><a href="https://aanvragen.omgevingsloket.nl/">Naar het Omgevingsloket</a></p>'),
 ("Wat kost het?", '<table><tr><th>Bouwkosten</th><th>Leges</th></tr><tr><td>tot € 10.000</td><td>€ 250</td></tr><tr><td>meer dan € 10.000</td><td>2,5%</td></tr></table>'),
 ("Termijn", "<p>De gemeente beslist binnen 8 weken.</p>")])),
 True, "DIGITAL", ["NATIONAL_PORTAL"])

page_file("iprox", "parkeervergunning", f"https://{B}/pdc/parkeervergunning-bewoners", iprox("Parkeervergunning voor bewoners", ixsec([
 ("Omschrijving", f"<p>Woont u in het centrum? Met een parkeervergunning parkeert u in uw eigen wijk. {LOREM}</p>"),
 ("Voorwaarden", "<p>U staat ingeschreven op een adres in het vergunninggebied.</p>"),
 ("Aanvragen", '<div class="digid-blok"><img src="/digid-logo.png" alt="Inloggen met DigiD"><p><a href="https://dloket.beekveld.nl/loket/startform?id=PARKBEW">Parkeervergunning aanvragen</a></p></div>'),
 ("Kosten", '<table><tr><td>Eerste vergunning</td><td>€ 45 per jaar</td></tr><tr><td>Tweede vergunning</td><td>€ 120 per jaar</td></tr></table>')]),
 meta_dc("parkeervergunning")),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("iprox", "uittreksel-brp", f"https://{B}/pdc/uittreksel-brp", iprox("Uittreksel BRP aanvragen", secs([
 ("Wat is het?", f"<p>Een uittreksel BRP is een bewijs van uw inschrijving. {LOREM}</p>"),
 ("Hoe vraagt u het aan?", '<p>U vraagt het uittreksel online aan met uw DigiD.</p><p><a href="https://iburgerzaken.beekveld.nl/gaas-web/burger/uittreksel">Online aanvragen</a></p>'),
 ("Kosten", "<p>Een uittreksel kost € 15,10.</p>")], "strong")),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("iprox", "kwijtschelding", f"https://{B}/pdc/kwijtschelding", iprox("Kwijtschelding gemeentelijke belastingen", ixsec([
 ("Wat is het?", f"<p>Kunt u de gemeentelijke belastingen niet betalen? Dan kunt u kwijtschelding aanvragen. {LOREM}</p>"),
 ("Voorwaarden", "<p>U heeft een laag inkomen en weinig vermogen.</p>"),
 ("Aanvragen", '<p><a href="https://www.e-inwoner.nl/beekveld/kwijtschelding">Kwijtschelding aanvragen</a> (inloggen met DigiD). Lukt dat niet? Mail dan naar <a href="mailto:belastingen@beekveld.nl">belastingen@beekveld.nl</a>.</p>'),
 ("Hoe lang duurt het?", "<p>U krijgt binnen 8 weken bericht.</p>")])),
 True, "DIGITAL", ["EFORM_DIGID", "EMAIL"])

page_file("iprox", "evenementenvergunning", f"https://{B}/pdc/evenementenvergunning", iprox("Evenementenvergunning", ixsec([
 ("Wat is het?", f"<p>Organiseert u een evenement? Dan heeft u vaak een vergunning nodig. {LOREM}</p>"),
 ("Aanvragen", '<p>Vraag de vergunning aan met eHerkenning.</p><p><a href="https://formulieren.beekveld.nl/evenementenvergunning/">Aanvragen met eHerkenning</a></p>'),
 ("Termijn", "<p>Vraag de vergunning minimaal 8 weken voor het evenement aan.</p>")]),
 meta_dc("evenementenvergunning", "ondernemer")),
 True, "BROKEN", ["EFORM_EHERKENNING"])

page_file("iprox", "grofvuil", f"https://{B}/onderwerpen/afval/grofvuil-ophalen", iprox("Grofvuil laten ophalen", ixsec([
 ("Wat is het?", f"<p>Grofvuil is afval dat niet in de container past, zoals meubels. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>U hoeft niet in te loggen. <a href="https://beekveld.mozard.nl/mozard/!suite86.scherm1007?mPag=1004&amp;mLok=1">Vul het formulier in</a> en kies een ophaaldag.</p>'),
 ("Wat kost het?", "<p>Het ophalen kost € 25 per keer.</p>")])),
 True, "DIGITAL", ["EFORM_OPEN"])

page_file("iprox", "afval", f"https://{B}/onderwerpen/afval", iprox("Afval", """
<p>Alles over afval in Beekveld.</p>
<ul class="iprox-lijst"><li><a href="/onderwerpen/afval/grofvuil-ophalen">Grofvuil laten ophalen</a></li><li><a href="/onderwerpen/afval/afvalpas">Afvalpas aanvragen</a></li><li><a href="/onderwerpen/afval/container-kapot">Container kapot melden</a></li><li><a href="/onderwerpen/afval/milieustraat">Milieustraat</a></li><li><a href="/onderwerpen/afval/afvalkalender">Afvalkalender</a></li><li><a href="/onderwerpen/afval/tarieven">Tarieven afval</a></li></ul>"""),
 False, "NONE", [])

page_file("iprox", "contact", f"https://{B}/contact", iprox("Contact", """
<p>U kunt ons op verschillende manieren bereiken. Bel ons op telefoonnummer 14 0413 of stuur ons een bericht met het formulier hieronder.</p>
<form action="/contact/verzenden" method="post"><label>Naam <input type="text" name="naam"></label><label>E-mailadres <input type="email" name="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Versturen</button></form>"""),
 False, "DIGITAL", ["EFORM_OPEN", "APPOINTMENT_PHONE_VISIT"])

# ---------------------------------------------------------------- C: WordPress-like, /diensten/
def wordpress(title, content, ptype="page", date=None):
    time = f'<div class="entry-meta"><span class="posted-on">Geplaatst op <time class="entry-date published" datetime="{date}">{date}</time></span></div>' if date else ""
    return f"""<!DOCTYPE html><html lang="nl-NL"><head><meta charset="UTF-8"><title>{title} &#8211; Gemeente Crommedijk</title>
<link rel='stylesheet' href='https://www.crommedijk.nl/wp-content/themes/crommedijk/style.css'></head>
<body class="{ptype}-template-default {ptype}"><div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="https://www.crommedijk.nl/" rel="home">Gemeente Crommedijk</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://www.crommedijk.nl/diensten/">Diensten</a></li><li class="menu-item"><a href="https://www.crommedijk.nl/nieuws/">Nieuws</a></li><li class="menu-item"><a href="https://www.crommedijk.nl/contact/">Contact</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article class="{ptype} type-{ptype} status-publish hentry"><header class="entry-header"><h1 class="entry-title">{title}</h1>{time}</header>
<div class="entry-content">
{content}
</div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_nav_menu"><h2 class="widget-title">Veel gevraagd</h2><ul><li><a href="https://www.crommedijk.nl/diensten/afvalpas-aanvragen/">Afvalpas</a></li><li><a href="https://www.crommedijk.nl/contact/">Stel uw vraag</a></li></ul></section>
<section class="widget widget_text"><div class="textwidget"><p>Heeft u een vraag? Mail naar <a href="mailto:gemeente@crommedijk.nl">gemeente@crommedijk.nl</a> of bel 14 0321.</p></div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://www.crommedijk.nl/contact/contactformulier/">Contactformulier</a> | <a href="https://www.crommedijk.nl/privacyverklaring/">Privacyverklaring</a> | Gemeente Crommedijk, Dorpsstraat 1</div></footer></div></body></html>"""

C = "www.crommedijk.nl"
def wpbtn(href, text):
    return f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="{href}">{text}</a></div></div>'

page_file("wordpress", "afvalpas", f"https://{C}/diensten/afvalpas-aanvragen/", wordpress("Afvalpas aanvragen", secs([
 ("Wat is het?", f"<p>Met de afvalpas opent u de ondergrondse containers. {LOREM}</p>"),
 ("Wie kan het aanvragen?", "<p>Iedereen die in Crommedijk woont.</p>"),
 ("Hoe vraag ik het aan?", "<p>U vraagt de pas online aan. U heeft geen DigiD nodig.</p>" + wpbtn("https://crommedijk.formdesk.nl/crommedijk/afvalpas", "Online aanvragen")),
 ("Kosten", "<p>De eerste pas is gratis. Een nieuwe pas kost € 10.</p>")], "h3")),
 True, "DIGITAL", ["EFORM_OPEN"])

page_file("wordpress", "klacht", f"https://{C}/diensten/klacht-indienen/", wordpress("Klacht indienen", secs([
 ("Wat is het?", f"<p>Bent u niet tevreden over hoe een medewerker u behandelde? Dan kunt u een klacht indienen. {LOREM}</p>"),
 ("Hoe werkt het?", "<p>Vul het klachtformulier in. U kunt uw klacht ook mailen naar klachten@crommedijk.nl.</p>" + wpbtn("https://www.crommedijk.nl/f/4711", "Vul het formulier in")),
 ("Hoe lang duurt het?", "<p>Wij reageren binnen 6 weken.</p>")], "h3")),
 True, "DIGITAL", ["EFORM_OPEN", "EMAIL"])

page_file("wordpress", "bezwaar", f"https://{C}/diensten/bezwaar-maken/", wordpress("Bezwaar maken", secs([
 ("Wat is het?", f"<p>Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken. {LOREM}</p>"),
 ("Voorwaarden", "<p>U maakt binnen 6 weken na de datum van het besluit bezwaar.</p>"),
 ("Hoe werkt het?", "<p>U maakt online bezwaar. U logt in met uw DigiD.</p>" + wpbtn("https://mijn.crommedijk.nl/aanvragen/bezwaar", "Bezwaar maken")),
 ("Hoe lang duurt het?", "<p>U krijgt binnen 12 weken een beslissing.</p>")], "h3")),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("wordpress", "gehandicaptenparkeerkaart", f"https://{C}/diensten/gehandicaptenparkeerkaart/", wordpress("Gehandicaptenparkeerkaart", secs([
 ("Wat is het?", f"<p>Met een gehandicaptenparkeerkaart mag u parkeren op een invalidenparkeerplaats. {LOREM}</p>"),
 ("Voorwaarden", "<p>U kunt niet verder lopen dan 100 meter.</p>"),
 ("Aanvragen", wpbtn("https://www.crommedijk.nl/f/gpk-2019", "Direct aanvragen")),
 ("Kosten", "<p>De kaart kost € 75.</p>")], "h3")),
 True, "BROKEN", ["EFORM_OPEN"])

page_file("wordpress", "huwelijk", f"https://{C}/diensten/huwelijk-of-partnerschap/", wordpress("Trouwen of geregistreerd partnerschap", secs([
 ("Wat is het?", f"<p>Gaat u trouwen of een geregistreerd partnerschap aangaan? {LOREM}</p>"),
 ("Hoe werkt het?", '<p>U meldt uw voorgenomen huwelijk ten minste 2 weken van tevoren. Kom daarvoor langs bij de balie in het gemeentehuis. Bel <a href="tel:140321">14 0321</a> om een afspraak te maken.</p>'),
 ("Wat heb ik nodig?", "<ul><li>Een geldig identiteitsbewijs</li><li>Gegevens van uw getuigen</li></ul>"),
 ("Kosten", "<p>Een huwelijk op maandagochtend is gratis.</p>")], "h3")),
 True, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

page_file("wordpress", "uittreksel-burgerlijke-stand", f"https://{C}/diensten/uittreksel-burgerlijke-stand/", wordpress("Uittreksel burgerlijke stand", secs([
 ("Wat is het?", f"<p>Een uittreksel uit de burgerlijke stand is een kopie van een akte. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>Om dit online te regelen heeft u DigiD nodig. Heeft u nog geen DigiD? <a href="https://www.digid.nl/aanvragen-en-activeren/digid-aanvragen">Vraag DigiD aan op digid.nl</a>.</p>'),
 ("Kosten", "<p>Een uittreksel kost € 14,40.</p>")], "h3")),
 True, "NONE", [])

page_file("wordpress", "nieuws-loket", f"https://{C}/nieuws/nieuw-loket-open/", wordpress("Nieuw loket voor vergunningen open", """
<p>Vanaf maandag kunt u in het nieuwe loket aan de Dorpsstraat terecht om vergunningen aan te vragen. Wethouder De Vries opende het loket vrijdag.</p>
<p>Wilt u een vergunning aanvragen? Dat kan nog steeds online via de pagina van het product.</p>""", ptype="post", date="2024-05-12"),
 False, "NONE", [])

page_file("wordpress", "zoeken", f"https://{C}/?s=vergunning", wordpress("Zoekresultaten voor: vergunning", """
<p>4 resultaten gevonden.</p><ul><li><a href="https://www.crommedijk.nl/diensten/gehandicaptenparkeerkaart/">Gehandicaptenparkeerkaart aanvragen</a></li><li><a href="https://www.crommedijk.nl/diensten/bezwaar-maken/">Bezwaar maken tegen een vergunning</a></li><li><a href="https://www.crommedijk.nl/nieuws/nieuw-loket-open/">Nieuw loket voor vergunningen open</a></li><li><a href="https://www.crommedijk.nl/diensten/">Alle diensten</a></li></ul>"""),
 False, "NONE", [])

# ---------------------------------------------------------------- D: Open Formulieren / NL Design System, /product/
def ndd(title, content, jsonld=None):
    ld = f'<script type="application/ld+json">{jsonld}</script>' if jsonld else ""
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title} | Dalwijk</title>{ld}
<script src="https://formulieren.dalwijk.nl/static/sdk/open-forms-sdk.js"></script></head>
<body class="utrecht-document"><div class="utrecht-page">
<header class="utrecht-page-header"><a class="utrecht-link" href="/"><img src="/logo-dalwijk.svg" alt="Gemeente Dalwijk, naar de homepage"></a>
<nav aria-label="Hoofdmenu"><ul class="utrecht-navbar"><li><a href="/product">Producten</a></li><li><a href="/actueel">Actueel</a></li><li><a href="/contact">Contact</a></li><li><a href="/inloggen">Mijn Dalwijk</a></li></ul></nav></header>
<main id="main" class="utrecht-page-content"><div class="utrecht-breadcrumb"><a href="/">Home</a> / <a href="/product">Producten</a></div>
<h1 class="utrecht-heading-1">{title}</h1>
<div class="utrecht-rich-text">
{content}
</div>
<section class="utrecht-contact-card"><h2 class="utrecht-heading-2">Contact</h2><p>Heeft u een vraag? Neem contact op met de gemeente via <a href="/contact">het contactformulier</a> of bel 14 0123.</p></section>
</main>
<footer class="utrecht-page-footer"><div><h2>Gemeente Dalwijk</h2><p>Stationsweg 5, Dalwijk</p><p><a href="mailto:gemeente@dalwijk.nl">gemeente@dalwijk.nl</a></p></div>
<ul><li><a href="/contact">Contactformulier</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/privacy">Privacy</a></li></ul></footer></div></body></html>"""

D = "www.dalwijk.nl"
def of_embed(form_id, base="https://formulieren.dalwijk.nl/api/v2/"):
    b = f' data-base-url="{base}"' if base else ""
    return f'<div id="openforms-container" data-form-id="{form_id}"{b} data-sdk-base-url="https://formulieren.dalwijk.nl/static/sdk/"></div>'
def ld(name, aud="Particulier"):
    return '{"@context":"https://schema.org","@type":"GovernmentService","name":"%s","audience":{"@type":"Audience","audienceType":"%s"},"provider":{"@type":"GovernmentOrganization","name":"Gemeente Dalwijk"}}' % (name, aud)

page_file("openforms", "afvalcontainer", f"https://{D}/product/afvalcontainer-aanvragen", ndd("Extra afvalcontainer aanvragen", secs([
 ("Wat is het?", f"<p>Heeft u meer ruimte nodig voor uw afval? Vraag dan een extra container aan. {LOREM}</p>"),
 ("Aanvragen", "<p>Log in met DigiD en vul het formulier in.</p>" + of_embed("afvalcontainer")),
 ("Kosten", "<p>Een extra container kost € 60 per jaar.</p>")]), ld("Extra afvalcontainer aanvragen")),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("openforms", "subsidie-duurzaamheid", f"https://{D}/product/subsidie-duurzaamheid", ndd("Subsidie duurzaamheid", secs([
 ("Wat is het?", f"<p>Wilt u uw huis of bedrijfspand verduurzamen? Dan krijgt u misschien subsidie. {LOREM}</p>"),
 ("Voorwaarden", "<p>De maatregel is nog niet uitgevoerd.</p>"),
 ("Hoe vraagt u de subsidie aan?", '<ul><li><a href="https://open-formulieren.dalwijk.nl/subsidie-duurzaamheid-inwoners/">Aanvragen als inwoner</a> (met DigiD)</li><li><a href="https://open-formulieren.dalwijk.nl/subsidie-duurzaamheid-ondernemers/">Aanvragen als ondernemer</a> (met eHerkenning)</li></ul>'),
 ("Hoe lang duurt het?", "<p>U krijgt binnen 8 weken een besluit.</p>")]), ld("Subsidie duurzaamheid", "Particulier, Ondernemer")),
 True, "DIGITAL", ["EFORM_DIGID", "EFORM_EHERKENNING"])

page_file("openforms", "melding-overlast", f"https://{D}/product/melding-overlast", ndd("Overlast melden", secs([
 ("Wat is het?", f"<p>Heeft u last van geluid, stank of hangjongeren? Meld het ons. {LOREM}</p>"),
 ("Melden", "<p>U hoeft niet in te loggen om een melding te doen.</p>" + of_embed("melding-overlast", base=None))])),
 True, "DIGITAL", ["EFORM_OPEN"])

page_file("openforms", "ligplaatsvergunning", f"https://{D}/product/ligplaatsvergunning", ndd("Ligplaatsvergunning", secs([
 ("Wat is het?", f"<p>Wilt u een boot afmeren in de gracht? Dan heeft u een ligplaatsvergunning nodig. {LOREM}</p>"),
 ("Voorwaarden", "<p>Uw boot is niet langer dan 12 meter.</p>"),
 ("Aanvragen", "<p>U vraagt de vergunning aan met DigiD.</p>" + of_embed("ligplaats-oud")),
 ("Kosten", "<p>De vergunning kost € 250 per jaar.</p>")])),
 True, "BROKEN", ["EFORM_DIGID"])

page_file("openforms", "standplaatsvergunning", f"https://{D}/product/standplaatsvergunning", ndd("Standplaatsvergunning", secs([
 ("Wat is het?", f"<p>Wilt u met een kraam of foodtruck op een vaste plek staan? Dan heeft u een standplaatsvergunning nodig. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>Deze vergunning valt onder de Dienstenwet. U vraagt hem aan via de <a href="https://ondernemersplein.kvk.nl/berichtenbox-voor-bedrijven/">Berichtenbox voor Bedrijven</a>.</p>'),
 ("Wat kost het?", "<p>De vergunning kost € 110.</p>")]), ld("Standplaatsvergunning", "Ondernemer")),
 True, "DIGITAL", ["NATIONAL_PORTAL"])

page_file("openforms", "rijbewijs", f"https://{D}/product/rijbewijs-verlengen", ndd("Rijbewijs verlengen", secs([
 ("Wat is het?", f"<p>Is uw rijbewijs bijna verlopen? Dan vraagt u een nieuw rijbewijs aan. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>U vraagt het rijbewijs aan bij de balie. <a href="https://dalwijk.mijnafspraakmaken.nl/">Maak online een afspraak</a>.</p>'),
 ("Wat heb ik nodig?", "<ul><li>Uw oude rijbewijs</li><li>Een pasfoto</li></ul>"),
 ("Kosten", "<p>Een rijbewijs kost € 52,90.</p>")])),
 True, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

page_file("openforms", "producten", f"https://{D}/product", ndd("Producten en diensten", """
<p>Alle producten van de gemeente van A tot Z.</p><ul><li><a href="/product/afvalcontainer-aanvragen">Afvalcontainer</a></li><li><a href="/product/ligplaatsvergunning">Ligplaatsvergunning</a></li><li><a href="/product/melding-overlast">Overlast melden</a></li><li><a href="/product/rijbewijs-verlengen">Rijbewijs verlengen</a></li><li><a href="/product/standplaatsvergunning">Standplaatsvergunning</a></li><li><a href="/product/subsidie-duurzaamheid">Subsidie duurzaamheid</a></li></ul>"""),
 False, "NONE", [])

page_file("openforms", "formulier-melding", f"https://{D}/formulier/melding-openbare-ruimte", ndd("Formulier melding openbare ruimte", """
<form action="/formulier/melding-openbare-ruimte/verzenden" method="post"><fieldset><legend>Uw melding</legend>
<label>Onderwerp <select name="onderwerp"><option>Straatverlichting</option><option>Zwerfafval</option></select></label>
<label>Omschrijving <textarea name="omschrijving"></textarea></label><label>Locatie <input type="text" name="locatie"></label>
<label>Foto <input type="file" name="foto"></label><label>E-mailadres <input type="email" name="email"></label></fieldset>
<button type="submit">Melding versturen</button></form>"""),
 False, "DIGITAL", ["EFORM_OPEN"])

# ---------------------------------------------------------------- E: no semantic tags at all (tables, font, b)
def oldsite(title, content, date="12-03-2021"):
    return f"""<html><head><title>Gemeente Eemsterhout - {title}</title></head>
<body bgcolor="#ffffff"><table width="900" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/img/kop.gif" alt="Gemeente Eemsterhout"><br><font size="1"><a href="/pagina/welkom.html">Home</a> | <a href="/pagina/producten.html">Producten</a> | <a href="/pagina/nieuws.html">Nieuws</a> | <a href="/pagina/contact.html">Contact</a></font></td></tr>
<tr><td width="180" valign="top" bgcolor="#eeeeee"><font size="2"><b>Menu</b><br><a href="/pagina/burgerzaken.html">Burgerzaken</a><br><a href="/pagina/bouwen-en-wonen.html">Bouwen en wonen</a><br><a href="/pagina/zorg.html">Zorg en welzijn</a><br><a href="/pagina/afval.html">Afval</a></font>
<p><font size="1"><a href="/pagina/zoeken.html">Zoeken</a></font></p></td>
<td width="720" valign="top"><font face="Arial" size="3"><font size="5"><b>{title}</b></font><br>
{content}
</font></td></tr>
<tr><td colspan="2" bgcolor="#003366"><font color="#ffffff" size="1">Gemeente Eemsterhout | Kerkstraat 3 | bel 14 0599 | <a href="mailto:info@eemsterhout.nl"><font color="#ffffff">info@eemsterhout.nl</font></a> | <a href="/pagina/contactformulier.html"><font color="#ffffff">Contactformulier</font></a> | laatst gewijzigd: {date}</font></td></tr>
</table></body></html>"""

E = "www.eemsterhout.nl"
def bsec(sections):
    return "\n".join(f"<p><b>{h}</b></p>{b}" for h, b in sections)

page_file("nosemantic", "parkeervergunning", f"https://{E}/pagina/parkeervergunning.html", oldsite("Parkeervergunning aanvragen", bsec([
 ("Wat is het?", f"<p>Met een parkeervergunning mag u in uw straat parkeren. {LOREM}</p>"),
 ("Voorwaarden", "<p>U woont in het vergunninggebied en heeft een auto op uw naam.</p>"),
 ("Hoe vraag ik het aan?", '<p><a href="https://eemsterhout.burgerberichten.nl/parkeervergunning">Direct aanvragen met DigiD</a></p>'),
 ("Kosten", "<p>De vergunning kost € 40 per jaar.</p>")]), "02-02-2022"),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("nosemantic", "afvalcontainer", f"https://{E}/pagina/afvalcontainer.html", oldsite("Extra afvalcontainer", bsec([
 ("Wat is het?", f"<p>U kunt een extra container voor papier of groente-afval krijgen. {LOREM}</p>"),
 ("Aanvragen", '<p>Stuur een e-mail naar <a href="mailto:afval@eemsterhout.nl">afval@eemsterhout.nl</a> met uw naam en adres.</p>'),
 ("Kosten", "<p>Een extra container kost € 35 per jaar.</p>")]), "15-06-2020"),
 True, "DIGITAL", ["EMAIL"])

page_file("nosemantic", "geboorte", f"https://{E}/pagina/geboorte.html", oldsite("Aangifte geboorte", bsec([
 ("Wat is het?", f"<p>Is uw kind geboren? Dan doet u binnen 3 dagen aangifte. {LOREM}</p>"),
 ("Hoe werkt het?", "<p>Kom langs bij de balie in het gemeentehuis. U kunt ook bellen naar 0599-123456 voor een afspraak.</p>"),
 ("Wat heb ik nodig?", "<p>Uw identiteitsbewijs.</p>")]), "01-01-2023"),
 True, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

page_file("nosemantic", "bouwen", f"https://{E}/pagina/bouwen.html", oldsite("Omgevingsvergunning aanvragen", bsec([
 ("Wat is het?", f"<p>Voor het bouwen of verbouwen heeft u vaak een omgevingsvergunning nodig. {LOREM}</p>"),
 ("Aanvragen", '<p>Dat doet u via het Omgevingsloket: <a href="https://omgevingsloket.nl/">www.omgevingsloket.nl</a>.</p>'),
 ("Kosten", "<p>Zie de legesverordening.</p>")])),
 True, "DIGITAL", ["NATIONAL_PORTAL"])

page_file("nosemantic", "kwijtschelding", f"https://{E}/pagina/kwijtschelding.html", oldsite("Kwijtschelding aanvragen", bsec([
 ("Wat is het?", f"<p>Als u een laag inkomen heeft, hoeft u misschien geen gemeentelijke belastingen te betalen. {LOREM}</p>"),
 ("Voorwaarden", "<p>Uw inkomen is niet hoger dan de bijstandsnorm.</p>"),
 ("Aanvragen", '<form method="post" action="/cgi-bin/kwijtschelding.pl"><p>Naam: <input type="text" name="naam"></p><p>Adres: <input type="text" name="adres"></p><p>Toelichting: <textarea name="toelichting"></textarea></p><p><input type="submit" value="Verzenden"></p></form>')]), "09-09-2019"),
 True, "DIGITAL", ["EFORM_OPEN"])

page_file("nosemantic", "bijstand", f"https://{E}/pagina/bijstand.html", oldsite("Bijstandsuitkering", bsec([
 ("Wat is het?", f"<p>Heeft u niet genoeg geld om van te leven? Dan kunt u een bijstandsuitkering aanvragen. {LOREM}</p>"),
 ("Voorwaarden", "<p>U bent 18 jaar of ouder en woont in Eemsterhout.</p>"),
 ("Aanvragen", '<p>Vul het <a href="/documenten/aanvraagformulier-bijstand.docx">aanvraagformulier (Word)</a> in en stuur het op.</p>')])),
 True, "NOT_DIGITAL", ["PRINT_FORM"])

page_file("nosemantic", "welkom", f"https://{E}/pagina/welkom.html", oldsite("Welkom", """
<p>Welkom op de website van gemeente Eemsterhout.</p><p><b>Snel naar</b></p><p><a href="/pagina/parkeervergunning.html">Parkeervergunning</a><br><a href="/pagina/geboorte.html">Geboorte</a><br><a href="/pagina/bouwen.html">Bouwen</a><br><a href="/pagina/bijstand.html">Bijstand</a><br><a href="/pagina/afvalcontainer.html">Afvalcontainer</a><br><a href="/pagina/kwijtschelding.html">Kwijtschelding</a></p>"""),
 False, "NONE", [])

page_file("nosemantic", "nieuws-kermis", f"https://{E}/pagina/nieuws-kermis.html", oldsite("Kermis op het Marktplein", """
<p><i>Nieuwsbericht, 3 juli 2023</i></p><p>Van 10 tot en met 14 juli staat de kermis op het Marktplein. Wilt u een standplaats aanvragen voor volgend jaar? Dat kan vanaf januari.</p><p>Het Marktplein is in deze week afgesloten voor verkeer.</p>"""),
 False, "NONE", [])

page_file("nosemantic", "gemeentehuis", f"https://{E}/pagina/gemeentehuis.html", oldsite("Contact en openingstijden", """
<p>Het gemeentehuis is open van maandag tot en met vrijdag van 9.00 tot 12.30 uur. Voor de meeste zaken komt u op afspraak.</p><p>U kunt ons bellen op telefoonnummer 0599-123456.</p>"""),
 False, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

# ---------------------------------------------------------------- F: Simsite/Stipter-like, /Inwoners/Producten_en_diensten/
def simsite(title, content):
    return f"""<!DOCTYPE html><html lang="nl"><head><title>{title} - Gemeente Fokkinge</title><meta name="generator" content="Simsite"></head>
<body><div id="container"><div id="header"><a href="/" id="logo"><img src="/Afbeeldingen/logo.png" alt="Gemeente Fokkinge"></a>
<div id="zoeken"><form action="/Zoeken" method="get"><input type="text" name="q"><input type="submit" value="Zoeken"></form></div></div>
<div id="menu"><ul class="menu"><li><a href="/Inwoners">Inwoners</a></li><li><a href="/Ondernemers">Ondernemers</a></li><li><a href="/Actueel">Actueel</a></li><li><a href="/Contact">Contact</a></li></ul></div>
<div id="content"><div class="content_left"><ul class="submenu"><li><a href="/Inwoners/Producten_en_diensten">Producten en diensten</a></li><li><a href="/Inwoners/Afval">Afval</a></li><li><a href="/Inwoners/Zorg">Zorg</a></li></ul></div>
<div class="content_main"><h1 class="kop">{title}</h1>
{content}
<div class="deelknoppen">Deel deze pagina: <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a></div></div></div>
<div id="footer"><div class="footer_kolom"><h3>Contact</h3><p>Telefoon: 14 0521<br>E-mail: <a href="mailto:gemeente@fokkinge.nl">gemeente@fokkinge.nl</a></p></div>
<div class="footer_kolom"><h3>Bezoekadres</h3><p>Raadhuisplein 1, Fokkinge</p><p><a href="/Contact/Contactformulier">Contactformulier</a></p></div></div></div></body></html>"""

F = "www.fokkinge.nl"
P = f"https://{F}/Inwoners/Producten_en_diensten"
def h3sec(sections):
    return secs(sections, "h3")

page_file("simsite", "rijbewijs", f"{P}/Rijbewijs_aanvragen", simsite("Rijbewijs aanvragen", h3sec([
 ("Wat is het?", f"<p>U heeft een rijbewijs nodig om auto te rijden. {LOREM}</p>"),
 ("Hoe vraagt u het aan?", '<p>U vraagt uw rijbewijs aan in het gemeentehuis. <a href="https://fokkinge.qmatic.cloud/qwebbook/">Maak een afspraak</a>.</p>'),
 ("Wat neemt u mee?", "<ul><li>Een pasfoto</li><li>Uw oude rijbewijs</li></ul>"),
 ("Wat kost het?", "<p>€ 52,90.</p>")])),
 True, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

page_file("simsite", "gehandicaptenparkeerplaats", f"{P}/Gehandicaptenparkeerplaats", simsite("Gehandicaptenparkeerplaats aanvragen", h3sec([
 ("Omschrijving", f"<p>Een gehandicaptenparkeerplaats is een parkeerplaats bij uw huis, alleen voor uw auto. {LOREM}</p>"),
 ("Voorwaarden", "<p>U heeft een gehandicaptenparkeerkaart.</p>"),
 ("Aanvragen", '<p><a class="knop" href="https://fokkinge.eloket.nl/gpp"><img src="/Afbeeldingen/digid.png" alt="Inloggen met DigiD"> Direct regelen</a></p>')])),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("simsite", "bezwaar-woz", f"{P}/Bezwaar_WOZ", simsite("Bezwaar maken tegen de WOZ-waarde", h3sec([
 ("Wat is het?", f"<p>Vindt u de WOZ-waarde van uw woning te hoog? Dan kunt u bezwaar maken. {LOREM}</p>"),
 ("Hoe werkt het?", '<p><a href="https://fokkinge.mijnbelastingen.nl/digid/bezwaar">Bezwaar indienen</a></p>'),
 ("Termijn", "<p>U maakt binnen 6 weken na de dagtekening van de aanslag bezwaar.</p>")])),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("simsite", "zienswijze", f"{P}/Zienswijze_indienen", simsite("Zienswijze indienen", h3sec([
 ("Wat is het?", f"<p>Met een zienswijze geeft u uw mening over een ontwerpbesluit van de gemeente. {LOREM}</p>"),
 ("Hoe werkt het?", "<p>Stuur uw zienswijze per e-mail naar zienswijze@fokkinge.nl of per post naar het college.</p>"),
 ("Termijn", "<p>U heeft 6 weken de tijd.</p>")])),
 True, "DIGITAL", ["EMAIL"])

page_file("simsite", "ontheffing-geluid", f"{P}/Ontheffing_geluid", simsite("Ontheffing geluid", h3sec([
 ("Wat is het?", f"<p>Maakt u tijdelijk meer geluid dan mag, bijvoorbeeld bij een feest of verbouwing? Dan vraagt u een ontheffing aan. {LOREM}</p>"),
 ("Aanvragen", '<p><a href="https://formulieren.fokkinge.nl/ontheffing-geluid/">Vul het formulier in</a></p>'),
 ("Kosten", "<p>De ontheffing kost € 35.</p>")])),
 True, "BROKEN", ["EFORM_OPEN"])

page_file("simsite", "producten", P, simsite("Producten en diensten", """
<ul class="pdc_lijst"><li><a href="/Inwoners/Producten_en_diensten/Rijbewijs_aanvragen">Rijbewijs aanvragen</a></li><li><a href="/Inwoners/Producten_en_diensten/Gehandicaptenparkeerplaats">Gehandicaptenparkeerplaats</a></li><li><a href="/Inwoners/Producten_en_diensten/Bezwaar_WOZ">Bezwaar WOZ</a></li><li><a href="/Inwoners/Producten_en_diensten/Zienswijze_indienen">Zienswijze indienen</a></li><li><a href="/Inwoners/Producten_en_diensten/Ontheffing_geluid">Ontheffing geluid</a></li></ul>"""),
 False, "NONE", [])

page_file("simsite", "nieuws-afvalkalender", f"https://{F}/Actueel/Nieuws/Nieuwe_afvalkalender", simsite("Nieuwe afvalkalender 2025", """
<p class="datum">12 december 2024</p><p>De nieuwe afvalkalender staat online. U kunt ook een papieren kalender aanvragen.</p><p>Bekijk de kalender op de <a href="/Inwoners/Afval">afvalpagina</a>.</p>"""),
 False, "NONE", [])

# ---------------------------------------------------------------- G: TYPO3-like, /onderwerpen/<topic>/<slug>
def typo3(title, content, meta=""):
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}: Gemeente Gaasterveen</title>{meta}<meta name="generator" content="TYPO3 CMS"></head>
<body id="p123"><header class="page-header"><div class="container"><a class="navbar-brand" href="/"><img src="/typo3conf/ext/gaasterveen/Resources/Public/Images/logo.svg" alt="Gaasterveen"></a>
<nav class="navbar-main"><ul><li><a href="/onderwerpen">Onderwerpen</a></li><li><a href="/actueel">Actueel</a></li><li><a href="/bestuur">Bestuur</a></li></ul></nav>
<form class="tx-solr-search-form" action="/zoeken" method="get"><input type="text" name="tx_solr[q]"><button type="submit">Zoeken</button></form></div></header>
<main id="content"><div class="container">
<div id="c101" class="frame frame-default frame-type-header"><header><h1 class="element-header">{title}</h1></header></div>
{content}
<div id="c999" class="frame frame-default frame-type-text"><div class="ce-bodytext"><p>Heeft u een vraag? Bel de gemeente op 14 0514.</p></div></div>
</div></main>
<footer class="page-footer"><div class="container"><div class="frame frame-type-text"><header><h2>Contact</h2></header><p>Gemeente Gaasterveen, Postbus 8</p><p><a href="mailto:info@gaasterveen.nl">info@gaasterveen.nl</a> | <a href="/contact/contactformulier">Contactformulier</a></p></div></div></footer></body></html>"""

G = "www.gaasterveen.nl"
def frames(sections, start=200):
    out = []
    for i, (h, b) in enumerate(sections):
        out.append(f'<div id="c{start+i}" class="frame frame-default frame-type-textmedia"><header><h2 class="element-header">{h}</h2></header><div class="ce-bodytext">{b}</div></div>')
    return "\n".join(out)

page_file("typo3", "verhuizing", f"https://{G}/onderwerpen/burgerzaken/verhuizing-doorgeven", typo3("Verhuizing doorgeven", frames([
 ("Wat is het?", f"<p>Verhuist u naar of binnen Gaasterveen? Geef dit dan door. {LOREM}</p>"),
 ("Hoe werkt het?", '<p><a class="btn btn-primary" href="https://mijn.gaasterveen.nl/aanvragen/verhuizing">Direct regelen met DigiD</a></p>'),
 ("Wat kost het?", "<p>Gratis.</p>")])),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("typo3", "woonvergunning", f"https://{G}/onderwerpen/wonen/woonvergunning", typo3("Woonvergunning aanvragen", frames([
 ("Wat is het?", f"<p>In sommige wijken heeft u een woonvergunning nodig. {LOREM}</p>"),
 ("Voorwaarden", "<p>U heeft een economische of maatschappelijke binding met de regio.</p>"),
 ("Aanvragen", '<p>Inloggen met DigiD: <a href="https://loket.gaasterveen.nl/woonvergunning">woonvergunning online aanvragen</a>. Liever op papier? Download het <a href="/fileadmin/formulieren/aanvraagformulier-woonvergunning.pdf">aanvraagformulier (PDF)</a>.</p>'),
 ("Kosten", "<p>€ 58.</p>")])),
 True, "DIGITAL", ["EFORM_DIGID", "PRINT_FORM"])

page_file("typo3", "alcoholvergunning", f"https://{G}/onderwerpen/ondernemen/alcoholvergunning", typo3("Alcoholvergunning", frames([
 ("Wat is het?", f"<p>Schenkt u alcohol in uw horecabedrijf? Dan heeft u een alcoholvergunning nodig. {LOREM}</p>"),
 ("Voorwaarden", "<p>De leidinggevenden hebben een Verklaring Sociale Hygiëne.</p>"),
 ("Aanvragen", '<p><a href="https://gaasterveen.e-inwoner.nl/eherkenning/alcoholvergunning">Vergunning aanvragen</a></p>'),
 ("Hoe lang duurt het?", "<p>8 weken.</p>")])),
 True, "DIGITAL", ["EFORM_EHERKENNING"])

page_file("typo3", "wmo-melding", f"https://{G}/onderwerpen/zorg/wmo-melding", typo3("Wmo-melding doen", frames([
 ("Wat is het?", f"<p>Heeft u hulp nodig om thuis te blijven wonen? Doe een melding bij het Wmo-loket. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>Log in met DigiD. <a href="https://www.gaasterveen.nl/form/wmo-melding">Melding doen</a></p>'),
 ("Hoe lang duurt het?", "<p>Binnen 6 weken krijgt u een verslag van het gesprek.</p>")])),
 True, "DIGITAL", ["EFORM_DIGID"])

page_file("typo3", "id-kaart", f"https://{G}/onderwerpen/burgerzaken/id-kaart-aanvragen", typo3("ID-kaart aanvragen", frames([
 ("Wat is het?", f"<p>Een identiteitskaart is een officieel identiteitsbewijs. {LOREM}</p>"),
 ("Aanvragen", '<p>Maak eerst een afspraak: <a href="https://afspraken.gaasterveen.nl/?product=idkaart">afspraak maken</a>.</p>'),
 ("Wat moet ik meenemen?", "<p>Een pasfoto en uw oude ID-kaart.</p>"),
 ("Wat kost het?", "<p>€ 70,35.</p>")]), meta_dc("identiteitskaart")),
 True, "NOT_DIGITAL", ["APPOINTMENT_PHONE_VISIT"])

page_file("typo3", "ozb-bezwaar", f"https://{G}/onderwerpen/belastingen/bezwaar-ozb", typo3("Bezwaar maken tegen de aanslag OZB", frames([
 ("Wat is het?", f"<p>Bent u het niet eens met uw aanslag onroerendezaakbelasting? Maak dan bezwaar. {LOREM}</p>"),
 ("Hoe werkt het?", '<p>Mail uw bezwaar naar <a href="mailto:belastingen@gaasterveen.nl?subject=Bezwaar%20OZB">belastingen@gaasterveen.nl</a> of stuur een brief.</p>'),
 ("Hoe lang duurt het?", "<p>U krijgt binnen 12 weken een besluit.</p>")])),
 True, "DIGITAL", ["EMAIL"])

page_file("typo3", "burgerzaken", f"https://{G}/onderwerpen/burgerzaken", typo3("Burgerzaken", """
<div id="c300" class="frame frame-default frame-type-menu_subpages"><ul><li><a href="/onderwerpen/burgerzaken/verhuizing-doorgeven">Verhuizing doorgeven</a></li><li><a href="/onderwerpen/burgerzaken/id-kaart-aanvragen">ID-kaart aanvragen</a></li><li><a href="/onderwerpen/burgerzaken/paspoort-aanvragen">Paspoort aanvragen</a></li><li><a href="/onderwerpen/burgerzaken/rijbewijs">Rijbewijs</a></li><li><a href="/onderwerpen/burgerzaken/uittreksel">Uittreksel</a></li></ul></div>"""),
 False, "NONE", [])

page_file("typo3", "zoeken", f"https://{G}/zoeken?tx_solr%5Bq%5D=paspoort", typo3("Zoeken", """
<div class="tx-solr"><p>Zoekresultaten voor "paspoort"</p><ol class="results-list"><li><a href="/onderwerpen/burgerzaken/paspoort-aanvragen">Paspoort aanvragen</a><p>Een paspoort vraagt u aan...</p></li><li><a href="/actueel/2024/06/nieuw-paspoort">Nieuw paspoort</a></li></ol></div>"""),
 False, "NONE", [])

page_file("typo3", "nieuws-wegwerkzaamheden", f"https://{G}/actueel/2024/06/wegwerkzaamheden", typo3("Wegwerkzaamheden Dorpsstraat", """
<div class="frame frame-type-news"><p><time datetime="2024-06-03">3 juni 2024</time></p><p>Vanaf 10 juni werkt de gemeente aan de Dorpsstraat. Bewoners kunnen een ontheffing aanvragen om toch met de auto bij hun huis te komen.</p></div>"""),
 False, "NONE", [])

with open("labels.csv", "w", encoding="utf-8") as f:
    f.write("file;url;product;status;types\n")
    for row in LABELS:
        f.write(";".join(row) + "\n")
print(len(LABELS), "fixtures,", sum(1 for r in LABELS if r[2] == "true"), "products")
