import json, copy, sys
R='research/issue-17/pass3/'
KEEP=('state','signature','action','deposited','in_force','status','source','reservations','notes','withdrawal','in_doubt_from')
def clean(r):
    out={k:copy.deepcopy(r[k]) for k in KEEP if k in r}
    notes=list(out.get('notes',[]))
    if 'name_in_source' in r: notes.insert(0, f"Name in the source: {r['name_in_source']}.")
    if 'carried_over_from' in r: notes.append(f"Carried over by the third research pass from the second ({r.get('how_verified','')}).")
    if out.get('status')=='disputed':
        out['status']='secondary'
        notes.append("The research marks this record 'disputed' for its signature date only (left null); deposit and entry into force agree in the sources: status secondary.")
    out['notes']=notes
    out.setdefault('reservations',[])
    if out.get('withdrawal'):
        w=out['withdrawal']; out['withdrawal']={k:w[k] for k in ('notified','effective','accepted','summary','status','source','in_doubt_from') if k in w}
    return out
def srcs(d):
    out={}
    for k,s in d['sources'].items():
        t={f:v for f,v in s.items() if f in ('title','url','repo','path','commit','date')}
        if len(str(t.get('date','')))==4:
            t['title']+=f" (dated {t.pop('date')})"
        if k=='verdragen-p13':
            t['date']='2024-02-01'
            t['title']+=" The page shows no date; it is dated here by its latest entry (Armenia, in force 1 February 2024), the date the research takes as the horizon."
        out[k]=t
    return out

ROSTER=sorted("ALB AND ARM AUT AZE BEL BGR BIH CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC HRV HUN IRL ISL ITA LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT ROU SMR SRB SVK SVN SWE TUR UKR RUS".split())
assert len(ROSTER)==47
roster_sources={
 "wiki-coe-members":{"title":"Wikipedia, 'Member states of the Council of Europe' (stored copy read 2026-12-02 through the search tool's pages corpus): 'It now has 46 member states, with Montenegro being the latest to join'; map caption 'Council of Europe member states as of 16 March 2022'; the exceptions named are Belarus, Kazakhstan, Russia and Vatican City. Only the opening rows of its table (Netherlands to Germany) were seen. Secondary.","url":"https://en.wikipedia.org/wiki/Member_states_of_the_Council_of_Europe"},
 "ecotaf-coe-members":{"title":"nz.ecotaf.net 'Council of Europe' (an undated copy of Wikipedia's article from when Montenegro was the 47th member, 2007-2022): the full table of the 47 members with the dates they joined, Belgium (founder) to Montenegro (2007-05-11), Russia 1996-02-28 included. Secondary.","url":"https://nz.ecotaf.net/2054-council-of-europe.html"},
}
def build(key, research, roster_basis=None, roster_src=(), drop=(), extra_notes=(), provision='59(1)'):
    d=json.load(open(R+research))
    recs=[clean(r) for r in d['records'] if r['state'] not in drop]
    for s in d.get('signatories_not_parties',[]):
        recs.append({'state':s['state'],'signature':s['signature'],'action':'signature-only','deposited':None,'status':s['status'],'source':s['source'],'reservations':[],'notes':s.get('notes',[])})
    sources=srcs(d)
    h=d['horizon']
    out={'instrument':key,'horizon':{'date':h['date'],'complete':False,'basis':h['basis'],'source':h['source']},'sources':sources}
    if roster_basis:
        sources.update(roster_sources)
        out['eligible']={'provision':provision,'states':ROSTER,'basis':roster_basis,'status':'secondary','source':list(roster_src)}
    out['records']=sorted(recs,key=lambda r:r['state'])
    out['notes']=list(extra_notes)+[f"Built for refugeelaw from research/issue-17/pass3/{research} (issue 17)."]
    return out

ECHR_BASIS_P4=("Only the members of the Council of Europe may become parties (art. 59(1): 'This Convention shall be open to the signature of the Members of the Council of Europe', text held). "
 "The 46 members: the fourth research pass's list (research/issue-17/pass4/echr-parties.json, coe_members: hrea.org's 43 members of about 2001, less the Russian Federation, expelled on 16 March 2022, plus Bosnia and Herzegovina, Serbia, Monaco and Montenegro; 46, the count Wikipedia and the Secretary General's speech of 25 October 2022 give), which is also the list of the ecotaf.net copy of Wikipedia's table (47 in 2007-2022) less the Russian Federation; and the Russian Federation, whose record ends its participation on 16 September 2022. "
 "Secondary sources; no Council of Europe list of all 46 was read. A state outside the list cannot be a party on any date the list speaks for (a later admission would not be recorded); former states (Czechoslovakia, Serbia and Montenegro) are not ruled out by it.")
ECHR_BASIS=("Only the members of the Council of Europe may become parties (art. 59(1): 'This Convention shall be open to the signature of the Members of the Council of Europe', text held). "
 "The 47 states listed are the members the ecotaf.net copy of Wikipedia's table names (Belgium to Montenegro, 2007), which are the 46 the current Wikipedia article counts after the Russian Federation's expulsion on 16 March 2022 plus the Russian Federation, whose record ends its participation on 16 September 2022; the research's own enumeration of the 46 member states (research/issue-17/pass3/echr-parties.json: its 15 records and 32 missing states) is the same list. "
 "Both are secondary sources; no Council of Europe list was read. A state outside the list cannot be a party on any date: a later admission would not be recorded. Former states that were parties (Czechoslovakia from 1992; the State Union of Serbia and Montenegro) are not in the list and the data holds no record for them.")
echr=build('echr-1950','echr-parties.json',ECHR_BASIS,('ecotaf-coe-members','wiki-coe-members'),
  extra_notes=["No deposit date was found for 31 of the 46 member states (research/issue-17/pass3/echr-parties.json, 'missing'): for them the data says UNKNOWN, never 'not a party', though every member of the Council of Europe is a party."])
P6_BASIS=("Only the member States of the Council of Europe that have signed the Convention may sign the Protocol (art. 7, its signature clause, whose number Tractatenblad 1998, 91 gives; its text is not held, and that it is limited to the Convention's signatories is the library's reading, as for Protocol No. 13, whose summary by the Council of Europe says so). "
 "The states listed are the Council of Europe's members as for the Convention (data/participation/echr-1950.json: secondary sources, the Russian Federation, expelled in 2022, included).")
P13_BASIS=("Open for signature 'by the member States of the Council of Europe Signatories to the Convention' (Council of Europe Treaty Office summary of ETS No. 187; the Protocol's own signature clause is not held, hence no article number). "
 "The states listed are the Council of Europe's members as for the Convention (data/participation/echr-1950.json: secondary sources, the Russian Federation, expelled in 2022, included).")
p6=build('echr-protocol-6-1983','echr-p6-parties.json',P6_BASIS,('trb-1998-91','ecotaf-coe-members','wiki-coe-members'),provision='7',drop=('IRL','LIE','MDA','MKD','MLT','ROU','SVN'),
  extra_notes=["Deposits recorded in Tractatenblad 1998, 91 (official) for Ireland (1994-06-24), Liechtenstein (1990-11-15), the Republic of Moldova (1997-09-12), North Macedonia (1997-04-10), Malta (1991-03-26), Romania (1994-06-20) and Slovenia (1994-06-28) give no date of entry into force, and the Protocol's rule for later parties (art. 8) is not held: no record is made for them (UNKNOWN), rather than a date of entry into force the sources do not give.",
   "The Russian Federation signed on 16 April 1997 and did not ratify (humanrights.ch: ratified by all member states except Russia, as at 4 July 2019)."])
# -- pass 4 (research17d): 29 more records, the 46 members' list, Czechoslovakia ---------------
P4=json.load(open('research/issue-17/pass4/echr-parties.json'))
RENAME={'coe-cm-2022':'coe-cm-2022-p4','fdfa-ch':'fdfa-ch-p4'}
for k,v in srcs(P4).items():
    if len(str(v.get('date','')))==7:
        v['title']+=f" (dated {v.pop('date')})"
    echr['sources'][RENAME.get(k,k)]=v
def p4clean(r):
    r=dict(r)
    r['source']=[RENAME.get(k,k) for k in r['source']]
    fs=r.pop('field_status',None)
    r['reservations']=[{'kind':'text','provisions':[],'summary':f"reservation to art. {x['article']}"+(f", withdrawn {x['withdrawn']}" if x.get('withdrawn') else '')+" (as the research transcribes it; not classified: it excludes no obligation)",'text':x['text_excerpt'],'status':'secondary','source':[RENAME.get(k,k) for k in x['source']]} for x in r.get('reservations',[])]
    out=clean(r)
    if fs:
        out['notes'].append("Status of each date in the research: "+", ".join(f"{k} {v}" for k,v in fs.items())+" (research/issue-17/pass4/echr-parties.json).")
    out['notes'].append("Fourth research pass (research17d, 2026-12-02).")
    return out
have={r['state'] for r in echr['records']}
for r in P4['records']:
    assert r['state'] not in have, r['state']
    echr['records'].append(p4clean(r))
    pre=r.get('predecessor')
    if pre and pre['state']=='Czech and Slovak Federal Republic':
        echr['records'].append({'state':'CSK','signature':pre['signature'],'action':'ratification','deposited':pre['deposited'],'status':pre['status'],'source':[RENAME.get(k,k) for k in pre['source']],'reservations':[],'notes':["The Czech and Slovak Federal Republic signed on 21 February 1991 and deposited its instrument on 18 March 1992 (Collection of Laws 209/1992, official; read in the Slovak and Czech texts), as the fourth research pass records under Slovakia's predecessor.","Fourth research pass (research17d, 2026-12-02).","A former state: its participation ended with it at the end of 31 December 1992 (TASR: after the dissolution of the CSFR the Convention bound Slovakia from 1 January 1993)."],'withdrawal':{'notified':None,'effective':'1993-01-01','accepted':True,'summary':'the Czech and Slovak Federal Republic ceased to exist at the end of 31 Dec 1992','status':'secondary','source':['teraz-sk-2023']}})
echr['records'].sort(key=lambda r:r['state'])
cm=P4['coe_members']
assert sorted(cm['states'])==sorted(set(ROSTER)-{'RUS'}), set(ROSTER)^set(cm['states'])
echr['eligible']['basis']=(ECHR_BASIS_P4 if 'ECHR_BASIS_P4' in globals() else echr['eligible']['basis'])
echr['eligible']['source']=sorted(set(echr['eligible']['source'])|{RENAME.get(k,k) for k in cm['source']})
echr['horizon']['basis']=("Partial: 44 of the 46 member states dated, and the Russian Federation (a party until 16 September 2022) and Czechoslovakia (the Czech and Slovak Federal Republic, 18 March 1992 to the end of 31 December 1992). Third research pass (research/issue-17/pass3/echr-parties.json): 15 records; fourth (research/issue-17/pass4/echr-parties.json, research17d): 29 more, and Czechoslovakia's; fifth (research/issue-17/pass5/echr-parties.json): Czechia, from the chart of signatures and ratifications at 31 December 1994 appended to Loizidou v. Turkey (preliminary objections, 1995). Still without a dated record: Cyprus and Greece (Cyprus ratified in 1962; Greece's current deposit, after its denunciation of 1969, not found) - UNKNOWN for them, never 'not a party'. Russia: ratification in force 5 May 1998, ceased to be a party 16 September 2022 (Council of Europe impact page; Committee of Ministers press release of 23 March 2022).")
echr['horizon']['source']=sorted(set(echr['horizon']['source'])|{'coe-sg-2022'})
echr['notes']=[n for n in echr['notes'] if not n.startswith('No deposit date was found for 31')]+[
 "No dated record for Cyprus and Greece (research/issue-17/pass4/echr-parties.json, 'partial' and 'missing'; pass5, 'still_missing'): UNKNOWN for them, though every member of the Council of Europe is a party.",
 "Montenegro: in force from 6 June 2006 by succession (Council of Europe); the European Court of Human Rights treats it as bound from 3 March 2004 (Bijelic v Montenegro and Serbia, per hraction.org): the data keeps the Council of Europe's date.",
 "Built for refugeelaw also from research/issue-17/pass4/echr-parties.json (fourth research pass, research17d)."]
# -- pass 5 (2 December 2026, evening): Czechia, from the chart appended to Loizidou v. Turkey ------
P5=json.load(open('research/issue-17/pass5/echr-parties.json'))
echr['sources'].update(P5['sources'])
have={r['state'] for r in echr['records']}
for r in P5['records']:
    assert r['state'] not in have, r['state']
    out=clean(dict(r))
    echr['records'].append(out)
for r in echr['records']:
    c=P5['corroborated'].get(r['state'])
    if c:
        r['source']=r['source']+['loizidou-chart-1994']
        r['status']=c['status']
        r['notes'].append(c['note'])
echr['records'].sort(key=lambda r:r['state'])
echr['notes'].append(P5['chart_agreement_note']+" Fifth research pass (research/issue-17/pass5/echr-parties.json).")
for r in echr['records']:
    if r['status']=='verified' and not any(echr['sources'][k].get('date') for k in r['source']):
        r['status']='secondary'
        r['notes'].append("Verified by the research (an official source, or two that agree), but no source it cites states the date it speaks for: 'secondary' here, as the library keeps 'verified' for what a dated source states.")
for r in p6['records']:
    if r['status']=='verified':
        r['status']='secondary'
        r['notes'].append("Verified by the research against the official Tractatenblad 1998, 91, which the data cannot date more closely than 1998: 'secondary' here, as the library keeps 'verified' for what a dated source states.")
p13=build('echr-protocol-13-2002','echr-p13-parties.json',P13_BASIS,('coe-summary-187','ecotaf-coe-members','wiki-coe-members'),provision='final clauses',
  extra_notes=["Azerbaijan: signature only (8 March 2023), per verdragen.nl and europeancourt.org."])
for r in p13['records']:
    if r['state']=='MNE':
        r.pop('in_force',None)
        r['notes'].append("The source gives entry into force on 6 June 2006, before the notification of 14 June 2006 (from the date of succession); with one source only the data keeps the notification date, and the time before it is unknown (as for every succession whose date a second source does not confirm).")
for k,d in (('echr-1950',echr),('echr-protocol-6-1983',p6),('echr-protocol-13-2002',p13)):
    with open(f'src/refugeelaw/data/participation/{k}.json','w') as f:
        json.dump(d,f,ensure_ascii=False,indent=2); f.write('\n')
    print(k,len(d['records']))
