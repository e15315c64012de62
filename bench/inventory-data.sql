-- Benchmark inventory (bench/inventory-bench.sh): generated with generate_series into a migrated database
-- in which the municipality :'muni' was registered through the API (site and the 7 default clusters with
-- their rules). Not a test fixture. psql -v muni=Benchstad -v products=5000 -v runs=10 -f inventory-data.sql
--
--   page              :products product pages, each with a page analysis like the crawler's (product,
--                     channels with evidence and check, sections, readability), about 1.5 KB of JSON
--   crawl_run         :runs finished crawls, one a week
--   page_observation  :runs x :products: a 200 with the analysis at the first crawl and whenever the page
--                     changed (1 in 10 later observations), else 304 without analysis (conditional fetch)
--   product           one per page: 3 % without cluster, detector verdicts DIGITAL 45 %, NOT_DIGITAL 28 %,
--                     NONE 20 %, BROKEN 7 %; a person's override on 12 %; scope undecided 40 %; 2 % new,
--                     8 % flagged for review, 1 % gone; 1 in 20 changed channel at crawl 7
--   action            about 5,000 on 2 products in 3 (open / in progress / done)
--   audit_event       about 20,000: created (crawler), channel changed (crawler), a person's updates,
--                     actions created and done
--   cluster_session   2 per cluster (one done with its decisions, one planned)
\set ON_ERROR_STOP on
SELECT m.id AS mid, s.id AS sid FROM municipality m JOIN site s ON s.municipality_id = m.id WHERE m.name = :'muni' \gset
SELECT base_url AS base FROM municipality WHERE id = :mid \gset

BEGIN;
CREATE TEMP TABLE words ON COMMIT DROP AS
SELECT ARRAY['Paspoort', 'Identiteitskaart', 'Rijbewijs', 'Uittreksel BRP', 'Verhuizing', 'Geboorteaangifte',
  'Huwelijk', 'Naamswijziging', 'Parkeervergunning', 'Bezoekersvergunning', 'Gehandicaptenparkeerkaart',
  'Omgevingsvergunning', 'Kapvergunning', 'Evenementenvergunning', 'Standplaatsvergunning', 'Horecavergunning',
  'Drank- en horecavergunning', 'Exploitatievergunning', 'Terrasvergunning', 'Uitritvergunning',
  'Bijstandsuitkering', 'Individuele inkomenstoeslag', 'Bijzondere bijstand', 'Schuldhulpverlening',
  'Wmo-voorziening', 'Huishoudelijke hulp', 'Rolstoel', 'Woningaanpassing', 'Leerlingenvervoer',
  'Kinderopvangtoeslag', 'Kwijtschelding gemeentelijke belastingen', 'Bezwaar WOZ-waarde', 'Hondenbelasting',
  'Afvalstoffenheffing', 'Rioolheffing', 'Toeristenbelasting', 'Grofvuil', 'Afvalpas', 'Container',
  'Melding openbare ruimte', 'Boom', 'Straatverlichting', 'Gevonden voorwerpen', 'Klacht', 'Subsidie',
  'Sportsubsidie', 'Cultuursubsidie', 'Ontheffing geluid', 'Ontheffing sluitingstijden', 'Inzameling',
  'Bedrijfsafval', 'Reclamebelasting', 'Marktplaats', 'Ligplaats', 'Begraafplaats', 'Urnengraf',
  'Verklaring omtrent het gedrag', 'Nederlanderschap', 'Inburgering', 'Huisnummer'] AS subject,
  ARRAY['aanvragen', 'verlengen', 'wijzigen', 'opzeggen', 'melden', 'doorgeven', 'bezwaar maken',
  'inzien', 'kwijtschelding', 'informatie'] AS verb,
  ARRAY['', ' voor ondernemers', ' voor inwoners', ' in de binnenstad', ' bij spoed', ' voor verenigingen',
  ' voor 65-plussers', ' voor jongeren', ' tijdelijk', ' met machtiging'] AS qualifier;

-- the crawls, one a week; the last finished a day ago
INSERT INTO crawl_run (site_id, status, started_at, finished_at, pages)
SELECT :sid, 'FINISHED', now() - make_interval(days => 7 * (:runs - r) + 1),
       now() - make_interval(days => 7 * (:runs - r) + 1) + interval '2 hours', :products
FROM generate_series(1, :runs) AS r;

-- the product pages with their latest analysis
CREATE TEMP TABLE gen ON COMMIT DROP AS
SELECT i,
       w.subject[1 + i % 60] || ' ' || w.verb[1 + (i / 60) % 10] || w.qualifier[1 + (i / 600) % 10]
         || CASE WHEN i > 6000 THEN ' ' || (i / 6000)::text ELSE '' END AS name,
       lower(w.subject[1 + i % 60]) AS uniform,
       CASE WHEN i % 100 < 45 THEN 'DIGITAL' WHEN i % 100 < 73 THEN 'NOT_DIGITAL'
            WHEN i % 100 < 93 THEN 'NONE' ELSE 'BROKEN' END AS status,
       -- 1 in 20 pages had another verdict before crawl 7 (a channel came or went)
       CASE WHEN i % 20 = 0 THEN CASE WHEN i % 100 < 45 THEN 'NOT_DIGITAL' ELSE 'DIGITAL' END END AS old_status
FROM generate_series(1, :products) AS i CROSS JOIN words w;

CREATE TEMP TABLE analysis ON COMMIT DROP AS
SELECT g.i, v.old, jsonb_build_object(
  'product', jsonb_build_object('name', g.name, 'uniformName', g.uniform,
      'uplUri', 'http://standaarden.overheid.nl/owms/terms/' || replace(initcap(g.uniform), ' ', '_'),
      'audience', (ARRAY['particulier', 'ondernemer', 'particulier,ondernemer'])[1 + g.i % 3],
      'evidence', 'meta:DCTERMS.type'),
  'channels', CASE s
    WHEN 'DIGITAL' THEN jsonb_build_array(
      jsonb_build_object('type', 'EFORM_DIGID', 'target', 'https://formulieren.benchstad.nl/' || g.i,
        'anchorText', 'Direct aanvragen', 'section', 'Aanvragen', 'rule', 'link text ''Direct aanvragen'' + DigiD login text',
        'check', jsonb_build_object('ok', true, 'status', 200, 'finalUrl', 'https://formulieren.benchstad.nl/' || g.i,
                                    'millis', 80 + g.i % 300, 'error', null)),
      jsonb_build_object('type', 'APPOINTMENT_PHONE_VISIT', 'target', 'tel:14000', 'anchorText', 'Bel 14 000',
        'section', 'Contact', 'rule', 'phone number in contact section', 'check', null))
    WHEN 'BROKEN' THEN jsonb_build_array(
      jsonb_build_object('type', 'EFORM_OPEN', 'target', 'https://formulieren.benchstad.nl/oud/' || g.i,
        'anchorText', 'Formulier invullen', 'section', 'Aanvragen', 'rule', 'link to a form host',
        'check', jsonb_build_object('ok', false, 'status', 404, 'finalUrl', 'https://formulieren.benchstad.nl/oud/' || g.i,
                                    'millis', 120, 'error', 'HTTP 404')))
    WHEN 'NOT_DIGITAL' THEN jsonb_build_array(
      jsonb_build_object('type', 'PRINT_FORM', 'target', :'base' || '/documenten/formulier-' || g.i || '.pdf',
        'anchorText', 'Download het formulier (pdf)', 'section', 'Aanvragen', 'rule', 'link to a PDF form',
        'check', null),
      jsonb_build_object('type', 'APPOINTMENT_PHONE_VISIT', 'target', :'base' || '/afspraak-maken',
        'anchorText', 'Maak een afspraak', 'section', 'Aanvragen', 'rule', 'appointment wording', 'check', null))
    ELSE '[]'::jsonb END,
  'channelStatus', s,
  'messageTypes', jsonb_build_array('aanvraag') || CASE WHEN g.i % 4 = 0 THEN '["bezwaar"]'::jsonb ELSE '[]' END,
  'sections', '["Wat is het?", "Voorwaarden", "Aanvragen", "Kosten", "Contact"]'::jsonb,
  'missingSections', CASE WHEN g.i % 6 = 0 THEN '["Hoe lang duurt het?"]'::jsonb ELSE '[]' END,
  'outOfOrderSections', '[]'::jsonb,
  'readability', jsonb_build_object('words', 180 + g.i % 400, 'sentences', 14 + g.i % 30,
      'syllables', 300 + g.i % 700, 'fleschDouma', 55 + g.i % 30, 'longSentenceShare', (g.i % 40) / 100.0,
      'b1', g.i % 3 <> 0)) AS doc
FROM gen g CROSS JOIN LATERAL (VALUES (false, g.status), (true, g.old_status)) AS v(old, s)
WHERE v.s IS NOT NULL;

INSERT INTO page (site_id, url, final_url, http_status, content_type, title, depth, content_hash, etag,
                  last_modified, is_product, channel_status, analysis, first_seen_at, last_seen_at, last_crawl_run_id)
SELECT :sid, :'base' || '/producten/' || g.i || '-' || lower(regexp_replace(g.name, '[^A-Za-z0-9]+', '-', 'g')),
       NULL, 200, 'text/html', g.name || ' | Gemeente ' || :'muni', 2 + g.i % 3, md5('page' || g.i),
       '"' || md5('etag' || g.i) || '"', 'Mon, 02 Nov 2026 10:00:00 GMT', true, g.status, a.doc,
       (SELECT min(started_at) FROM crawl_run WHERE site_id = :sid), (SELECT max(started_at) FROM crawl_run WHERE site_id = :sid),
       (SELECT max(id) FROM crawl_run WHERE site_id = :sid)
FROM gen g JOIN analysis a ON a.i = g.i AND NOT a.old
ORDER BY g.i;

-- what every crawl saw of every page
INSERT INTO page_observation (page_id, crawl_run_id, http_status, content_hash, changed, channel_status, analysis,
                              observed_at)
SELECT pg.id, r.id,
       CASE WHEN full_fetch THEN 200 ELSE 304 END, md5('page' || g.i || CASE WHEN r.n < 7 AND g.old_status IS NOT NULL THEN 'old' ELSE '' END),
       full_fetch AND r.n > 1, CASE WHEN r.n < 7 THEN COALESCE(g.old_status, g.status) ELSE g.status END,
       CASE WHEN full_fetch THEN a.doc END, r.started_at + make_interval(secs => g.i % 7000)
FROM (SELECT id, started_at, row_number() OVER (ORDER BY id) AS n FROM crawl_run WHERE site_id = :sid) AS r
CROSS JOIN gen g
JOIN page pg ON pg.site_id = :sid AND pg.content_hash = md5('page' || g.i)
CROSS JOIN LATERAL (SELECT r.n = 1 OR (r.n = 7 AND g.old_status IS NOT NULL) OR (g.i * 7 + r.n) % 10 = 0 AS full_fetch) AS f
JOIN analysis a ON a.i = g.i AND a.old = (r.n < 7 AND g.old_status IS NOT NULL);

-- the products: the detector's verdicts and what persons decided
INSERT INTO product (municipality_id, cluster_id, page_id, name, uniform_name, upl_uri, audience, in_scope,
                     detected_channel_status, message_types, channel_status_override, text_status, notes,
                     cluster_set_by_person, is_new, needs_review, is_gone, review_reason, version, created_at, updated_at)
SELECT :mid,
       CASE WHEN g.i % 33 = 0 THEN NULL ELSE (SELECT id FROM cluster WHERE municipality_id = :mid ORDER BY position OFFSET (g.i * 7 / 13) % 7 LIMIT 1) END,
       pg.id, g.name, g.uniform, pg.analysis #>> '{product,uplUri}', pg.analysis #>> '{product,audience}',
       CASE WHEN g.i % 10 < 4 THEN NULL ELSE g.i % 10 <> 9 END, g.status,
       CASE WHEN g.i % 4 = 0 THEN ARRAY['aanvraag', 'bezwaar'] ELSE ARRAY['aanvraag'] END,
       CASE WHEN g.i % 25 = 3 THEN 'DIGITAL' WHEN g.i % 25 = 7 THEN 'NOT_COMPLIANT' WHEN g.i % 25 = 11 THEN 'ABSENT' END,
       (ARRAY['NOT_REVIEWED', 'NOT_REVIEWED', 'NEEDS_REWRITING', 'REWRITTEN', 'APPROVED'])[1 + g.i % 5],
       CASE WHEN g.i % 11 = 0 THEN 'Besproken in de clustersessie; het team maakt een e-formulier.' END,
       g.i % 17 = 0, g.i > :products - :products / 50, g.old_status IS NOT NULL OR g.i % 50 = 1 OR g.i > :products - :products / 50,
       g.i % 100 = 99,
       CASE WHEN g.old_status IS NOT NULL THEN 'Kanaal gewijzigd: ' || g.old_status || ' → ' || g.status
            WHEN g.i % 100 = 99 THEN 'Pagina verdwenen: HTTP 404 bij 2 crawls na elkaar'
            WHEN g.i > :products - :products / 50 THEN 'Nieuw product gevonden' END,
       1 + g.i % 5, pg.first_seen_at, pg.first_seen_at + make_interval(mins => g.i % 90000)
FROM gen g JOIN page pg ON pg.site_id = :sid AND pg.content_hash = md5('page' || g.i);
UPDATE page SET http_status = 404, missing_count = 2
WHERE id IN (SELECT page_id FROM product WHERE municipality_id = :mid AND is_gone);

-- actions on two products in three
INSERT INTO action (product_id, type, description, owner, deadline, status, created_at, updated_at)
SELECT p.id, (ARRAY['CREATE_EFORM', 'ADD_DIGID', 'REPLACE_PDF_FORM', 'REPAIR_LINK', 'REWRITE_TEXT', 'DESIGNATE_EMAIL'])[1 + (p.id + k) % 6],
       'Actie ' || k || ' voor ' || p.name, 'Team ' || (ARRAY['Burgerzaken', 'Web', 'Belastingen', 'Sociaal'])[1 + p.id % 4],
       DATE '2027-01-01' + ((p.id * 3 + k) % 300)::int, (ARRAY['OPEN', 'IN_PROGRESS', 'DONE'])[1 + (p.id + k) % 3],
       p.created_at + interval '3 days', p.created_at + interval '5 days'
FROM product p CROSS JOIN generate_series(1, 2) AS k
WHERE p.municipality_id = :mid AND p.id % 3 <> 0 AND (k = 1 OR p.id % 2 = 0);

-- the audit trail
INSERT INTO audit_event (municipality_id, product_id, entity_type, entity_id, event, actor, changes, at)
SELECT :mid, p.id, 'product', p.id, 'product.created', 'crawler',
       jsonb_build_object('name', jsonb_build_object('from', null, 'to', p.name),
                          'detectedChannelStatus', jsonb_build_object('from', null, 'to', p.detected_channel_status)),
       p.created_at
FROM product p WHERE p.municipality_id = :mid
UNION ALL
SELECT :mid, p.id, 'product', p.id, 'product.channel_changed', 'crawler',
       jsonb_build_object('detectedChannelStatus', jsonb_build_object('from', g.old_status, 'to', g.status)),
       (SELECT started_at FROM crawl_run WHERE site_id = :sid ORDER BY id OFFSET 6 LIMIT 1) + interval '1 hour'
FROM product p JOIN page pg ON pg.id = p.page_id JOIN gen g ON pg.content_hash = md5('page' || g.i)
WHERE p.municipality_id = :mid AND g.old_status IS NOT NULL
UNION ALL
SELECT :mid, p.id, 'product', p.id, 'product.updated', (ARRAY['anna', 'bram', 'consultant', 'dewi'])[1 + (p.id + k) % 4],
       jsonb_build_object((ARRAY['inScope', 'clusterId', 'textStatus', 'notes'])[1 + k % 4],
                          jsonb_build_object('from', null, 'to', 'waarde ' || k)),
       p.created_at + make_interval(days => k * 3)
FROM product p CROSS JOIN generate_series(1, 3) AS k
WHERE p.municipality_id = :mid AND p.id % 10 < 10 - k * 2
UNION ALL
SELECT :mid, a.product_id, 'action', a.id, CASE WHEN a.status = 'DONE' THEN 'action.updated' ELSE 'action.created' END,
       'consultant', jsonb_build_object('status', jsonb_build_object('from', null, 'to', a.status)), a.updated_at
FROM action a JOIN product p ON p.id = a.product_id WHERE p.municipality_id = :mid;

-- cluster sessions: per cluster one done (with a decision on 25 products) and one planned
INSERT INTO cluster_session (municipality_id, cluster_id, planned_at, participants, status, started_at, finished_at,
                             created_by)
SELECT :mid, c.id, now() + make_interval(days => CASE WHEN d THEN -14 ELSE 7 END) + make_interval(hours => c.position),
       'Anna (consultant), Bram (Burgerzaken), Dewi (web)', CASE WHEN d THEN 'DONE' ELSE 'PLANNED' END,
       CASE WHEN d THEN now() - interval '14 days' END, CASE WHEN d THEN now() - interval '14 days' + interval '2 hours' END,
       'consultant'
FROM cluster c CROSS JOIN (VALUES (true), (false)) AS v(d) WHERE c.municipality_id = :mid;
INSERT INTO session_decision (session_id, product_id, decided_by, decided_at, decision)
SELECT s.id, p.id, 'consultant', s.started_at + make_interval(mins => p.rn::int),
       jsonb_build_object('clusterId', p.cluster_id, 'clusterName', c.name, 'inScope', p.in_scope,
         'messageTypes', to_jsonb(p.message_types), 'channelStatusOverride', p.channel_status_override,
         'channelStatus', p.detected_channel_status, 'textStatus', p.text_status, 'notes', p.notes,
         'action', null, 'productVersion', p.version)
FROM cluster_session s JOIN cluster c ON c.id = s.cluster_id
JOIN LATERAL (SELECT pr.*, row_number() OVER (ORDER BY pr.id) AS rn FROM product pr
              WHERE pr.cluster_id = s.cluster_id ORDER BY pr.id LIMIT 25) AS p ON true
WHERE s.status = 'DONE' AND s.municipality_id = :mid;
COMMIT;
ANALYZE;

SELECT (SELECT count(*) FROM product WHERE municipality_id = :mid) AS products,
       (SELECT count(*) FROM page_observation o JOIN page pg ON pg.id = o.page_id WHERE pg.site_id = :sid) AS observations,
       (SELECT count(*) FROM action a JOIN product p ON p.id = a.product_id WHERE p.municipality_id = :mid) AS actions,
       (SELECT count(*) FROM audit_event WHERE municipality_id = :mid) AS audit_events,
       (SELECT count(*) FROM cluster WHERE municipality_id = :mid) AS clusters,
       (SELECT count(*) FROM session_decision) AS session_decisions;
