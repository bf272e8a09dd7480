import json, copy
R='research/issue-17/'
src=json.load(open(R+'echr-1950.json'))
echr=copy.deepcopy(src)
p6p=[p for p in echr['provisions'] if p['pinpoint']=='P6-1'][0]
p13p=[p for p in echr['provisions'] if p['pinpoint']=='P13-1'][0]
echr['provisions']=[p for p in echr['provisions'] if not p['pinpoint'].startswith('P')]
echr['notes']=[n for n in echr['notes'] if not n.startswith('Protocol No. 6 art 1 and Protocol No. 13')]+[
 "Protocols No. 6 and No. 13 (abolition of the death penalty) are separate treaties with their own parties: data/instruments/echr-protocol-6-1983.json and echr-protocol-13-2002.json.",
 "Built for refugeelaw from research/issue-17/echr-1950.json (issue 17)."]
json.dump(echr, open('src/refugeelaw/data/instruments/echr-1950.json','w'), ensure_ascii=False, indent=2); open('src/refugeelaw/data/instruments/echr-1950.json','a').write('\n')
p6s=json.load(open(R+'pass3/echr-p6-parties.json'))['sources']
p13s=json.load(open(R+'pass3/echr-p13-parties.json'))['sources']
def prov(p, heading):
    q=copy.deepcopy(p); q['pinpoint']='1'; return q
p6={
 "key":"echr-protocol-6-1983","kind":"treaty",
 "title":"Protocol No. 6 to the Convention for the Protection of Human Rights and Fundamental Freedoms concerning the Abolition of the Death Penalty",
 "short_title":"ECHR Protocol No. 6","pinpoint_label":"art.",
 "adopted":"1983-04-28","place":"Strasbourg","citation":"ETS No. 114",
 "entry_into_force":"1985-03-01",
 "late_party_rule":{"kind":"none","provision":None},
 "status":"secondary",
 "source":p6p['source'],
 "notes":[
  "Signed at Strasbourg on 28 April 1983: Tractatenblad 1998, 91 (official; 'Zesde Protocol ... inzake de afschaffing van de doodstraf; Straatsburg, 28 april 1983') and the recital of Protocol No. 13 in the BWB mirror. Entry into force 1 March 1985: humanrights.ch (secondary, "+p6s['humanrights-ch']['url']+"). 'ETS No. 114' is the Council of Europe's number as the research records it (CETS 114).",
  "Art 1 is held (verbatim, BWB mirror). Art 2 (death penalty in time of war or imminent threat of war) and the final clauses (art. 7 signature, art. 8 entry into force for later parties) are not held: the late-party rule is recorded as 'none', and records whose entry into force the sources do not state are not made (see the participation file).",
  "Built for refugeelaw from research/issue-17/echr-1950.json and pass3/echr-p6-parties.json (issue 17)."],
 "provisions":[prov(p6p,''),{"pinpoint":"7","heading":"Signature and ratification","text":None,"verbatim":True,"status":"not_found","notes":["Text not found in any source read (issue 17 research); the library holds no words for it. That art. 7 is the signature clause rests on Tractatenblad 1998, 91 (official), which lists 'further signatures and deposits (Art 7)'. The heading is the researchers' label, not the treaty's words.","Search tried: the research passes read the Protocol's art. 1 in the BWB mirror (statengeneraal/laws-markdown, BWBV0001037) but hold no text of its final clauses; pages-corpus searches for the Protocol's parties (research/issue-17/pass3/echr-p6-parties.json, searches_tried) surfaced no text of art. 7."]}]}
p13={
 "key":"echr-protocol-13-2002","kind":"treaty",
 "title":"Protocol No. 13 to the Convention for the Protection of Human Rights and Fundamental Freedoms, concerning the abolition of the death penalty in all circumstances",
 "short_title":"ECHR Protocol No. 13","pinpoint_label":"art.",
 "adopted":"2002-05-03","place":"Vilnius","citation":"ETS No. 187",
 "entry_into_force":"2003-07-01",
 "late_party_rule":{"kind":"none","provision":None},
 "status":"secondary",
 "source":p13p['source'],
 "notes":[
  "Opened for signature at Vilnius on 3 May 2002 'by the member States of the Council of Europe Signatories to the Convention'; entry into force 1 July 2003: Council of Europe Treaty Office summary of ETS No. 187 ("+p13s['coe-summary-187']['url']+"), as read by the research (secondary copy); the entry-into-force date also in World Coalition (22 March 2024).",
  "Art 1 is held (verbatim, BWB mirror). Arts 2 (no derogation under Convention art. 15) and 3 (no reservation under art. 57) were read in the mirror but are not held; the final clauses (entry into force for later parties) are not held: the late-party rule is recorded as 'none' and each record carries the date of entry into force its source gives.",
  "Built for refugeelaw from research/issue-17/echr-1950.json and pass3/echr-p13-parties.json (issue 17)."],
 "provisions":[prov(p13p,''),{"pinpoint":"final clauses","heading":"Signature, ratification and entry into force","text":None,"verbatim":True,"status":"not_found","notes":["Text not found in any source read (issue 17 research); the library holds no words for it and does not know the articles' numbers, hence the label 'final clauses' (the library's, not the treaty's). The Council of Europe Treaty Office summary of ETS No. 187 says the Protocol was opened for signature 'by the member States of the Council of Europe Signatories to the Convention'.","Search tried: the fourth research pass searched for the text of the Protocol's final clause and did not find it (research/issue-17/pass4/README.md, 'Lower bounds'); a pages-corpus search for its signature clause (2026-12-02, issue 17) returned the Council of Europe summary, Wikipedia copies and a Russian text of art. 1 only."]}]}
for k,d in (('echr-protocol-6-1983',p6),('echr-protocol-13-2002',p13)):
    with open(f'src/refugeelaw/data/instruments/{k}.json','w') as f:
        json.dump(d,f,ensure_ascii=False,indent=2); f.write('\n')
