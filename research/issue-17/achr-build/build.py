"""Build src/refugeelaw/data/participation/achr-1969.json from the third research pass
(research/issue-17/pass3/achr.json) and the sources re-read in this session (2026-12-02).

Run from the repository root: python research/issue-17/achr-build/build.py
"""

import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
PASS3 = json.loads((ROOT / "research/issue-17/pass3/achr.json").read_text())
OUT = ROOT / "src/refugeelaw/data/participation/achr-1969.json"

OAS_MEMBERS = sorted(
    "ATG ARG BHS BRB BLZ BOL BRA CAN CHL COL CRI CUB DMA DOM ECU SLV GRD GTM GUY HTI HND JAM MEX "
    "NIC PAN PRY PER KNA LCA VCT SUR TTO USA URY VEN".split()
)
assert len(OAS_MEMBERS) == 35

sources = {
    k: {f: v[f] for f in ("title", "url", "date") if f in v}
    for k, v in PASS3["sources"].items()
    if k != "corteidh-abc-2020 (pass 1)"
}
sources["corteidh-abc-2020"] = {
    "title": "Inter-American Court of Human Rights, 'ABC of the Inter-American Court of Human Rights 2020', as recorded by the first research pass (/work/sources17/achr-1969.json); not re-read",
    "date": "2020",
}
sources["factbook-oas"] = {
    "title": "CIA World Factbook, 'Organization of American States (OAS)', as served by relief.unboundmedicine.com: 'members - (35) Antigua and Barbuda, Argentina, The Bahamas, Barbados, Belize, Bolivia, Brazil, Canada, Chile, Colombia, Costa Rica, Cuba (suspended), Dominica, Dominican Republic, Ecuador, El Salvador, Grenada, Guatemala, Guyana, Haiti, Honduras, Jamaica, Mexico, Nicaragua, Panama, Paraguay, Peru, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Suriname, Trinidad and Tobago, US, Uruguay, Venezuela'. Undated page.",
    "url": "https://relief.unboundmedicine.com/relief/view/The-World-Factbook/563656/0/Organization_of_American_States__OAS_",
}
sources["oas-faq-members"] = {
    "title": "OAS, FAQ 'How many countries are members of the OAS? Which ones are they?' (archived copy on archive.iwlearn.net): 35 member states; the 21 original members of 1948 and the later members with their years (Barbados, Trinidad and Tobago 1967; Jamaica 1969; Grenada 1975; Suriname 1977; Dominica, Saint Lucia 1979; Antigua and Barbuda, Saint Vincent and the Grenadines 1981; The Bahamas 1982; St. Kitts and Nevis 1984; Canada 1990; Belize, Guyana 1991); 'Cuba remains a member, but its government has been excluded from participation in the OAS since 1962'. Undated copy.",
    "url": "http://archive.iwlearn.net/oas.org/en/faq_detailff6f.html?sec=38",
}
sources["wiki-achr-2010"] = {
    "title": "Wikipedia, 'American Convention on Human Rights - Ratifications', as copied by liquisearch.com: 'As of 2010, 24 of the 35 OAS's member states have ratified the Convention' (Argentina, Barbados, Bolivia, Brazil, Chile, Colombia, Costa Rica, Dominica, Dominican Republic, Ecuador, El Salvador, Grenada, Guatemala, Haiti, Honduras, Jamaica, Mexico, Nicaragua, Panama, Paraguay, Peru, Suriname, Uruguay, Venezuela); 'Trinidad and Tobago suspended its ratification on 26 May 1998 (effective 26 May 1999)'; 'it has not been ratified by Canada or several of the English-speaking Caribbean nations; the United States signed it in 1977 but has not proceeded with ratification'. Secondary; its ratification dates are domestic-instrument dates, not used.",
    "url": "https://www.liquisearch.com/american_convention_on_human_rights/ratifications",
    "date": "2010-01-01",
}
sources["iachr-2004-annex1"] = {
    "title": "IACHR Annual Report 2004, Annex 1, 'Signatures and current status of ratifications - American Convention on Human Rights' (same columns as the 2003 annex; only its rows Argentina to the Dominican Republic were readable in the stored copy)",
    "url": "https://www.cidh.oas.org/annualrep/2004eng/annex1.htm",
    "date": "2004",
}
sources["asil-2013"] = {
    "title": "Diego German Mejia-Lemos, 'Venezuela's Denunciation of the American Convention on Human Rights', ASIL Insights 17(1), 9 January 2013: notice given on 6 September 2012; 'Pursuant to Article 78 of the Convention, the denunciation will take effect one year later, on September 6, 2013. The instrument was received on September 10, 2012, by the Secretary General'; 'The Convention had previously been denounced only by Trinidad and Tobago.' Secondary.",
    "url": "http://www.asil.org/insights/volume/17/issue/1/venezuelas-denunciation-american-convention-human-rights",
    "date": "2013-01-09",
}
sources["hls-rcc-2016"] = {
    "title": "Harvard University, Weatherhead Center (rcc.harvard.edu), event 'The United States and the Inter-American System of Human Rights: Is There a Way Forward?', 23 March 2016: 'The United States is one of the few OAS Member States that has not yet ratified the American Convention on Human Rights'. Secondary.",
    "url": "https://rcc.harvard.edu/event/united-states-and-inter-american-system-human-rights-there-way-forward",
    "date": "2016-03-23",
}
sources["sjsj-2020"] = {
    "title": "Justin M. Loveland, '40 Years Later: It's Time for U.S. Ratification of the American Convention on Human Rights', Seattle Journal for Social Justice 18(2) (June 2020), Article 9 (docslib.org copy; its title and argument are that the United States has not ratified the Convention). Secondary.",
    "url": "https://digitalcommons.law.seattleu.edu/sjsj/vol18/iss2/9",
    "date": "2020-06-01",
}
sources["rqdi-2018"] = {
    "title": "Revue quebecoise de droit international 31(1) (2018), erudit 1065036ar: 'depuis que le Canada s'est joint a l'Organisation des Etats americains en 1990, il n'a pas encore adhere a la Convention americaine relative aux droits de l'homme' (the article counts petitions 'en date de septembre 2017'). Secondary.",
    "url": "http://www.erudit.org/en/journals/rqdi/2018-v31-n1-rqdi04909/1065036ar/",
    "date": "2017-09-01",
}

import re

for (
    v
) in sources.values():  # a source's date must be a full ISO date; a year alone stays in its title
    if "date" in v and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v["date"]):
        v["title"] += f" ({v.pop('date')})"

ACTION = {
    "ratification": "ratification",
    "accession": "accession",
    None: "ratification-or-accession",
}

records = []
for r in PASS3["records"]:
    src = [("corteidh-abc-2020" if s.startswith("corteidh") else s) for s in r["source"]]
    rec = {
        "state": r["state"],
        "signature": r["signature"],
        "action": ACTION[r["action"]],
        "deposited": r["deposited"],
        "status": r["status"],
        "source": src,
        "reservations": [],
        "withdrawal": None,
        "notes": list(r["notes"]),
    }
    d = r.get("denunciation")
    if d:
        dsrc = [("corteidh-abc-2020" if s.startswith("corteidh") else s) for s in d["source"]]
        if r["state"] == "TTO":
            rec["withdrawal"] = {
                "notified": d["notified"],
                "effective": "1999-05-28",
                "in_doubt_from": "1999-05-26",
                "accepted": True,
                "summary": "Trinidad and Tobago denounced the Convention (notified 26 May 1998); the sources disagree whether the denunciation took effect on 26 May 1999 (an IACHR annex, and the Wikipedia text) or 28 May 1999 (the Inter-American Court's ABC, first research pass): unknown between the two dates, not bound from 28 May 1999",
                "status": "secondary",
                "source": dsrc + ["wiki-achr-2010"],
            }
            rec["notes"].append(
                "DISPUTED end of participation: 26 May 1999 (IRI copy of an IACHR annex; Wikipedia as copied by liquisearch) or 28 May 1999 (Court's ABC, pass 1). Between the two dates the answer is unknown; from 28 May 1999 not bound."
            )
        else:
            rec["withdrawal"] = {
                "notified": d["notified"],
                "effective": d["effective"],
                "in_doubt_from": "2013-09-06",
                "accepted": True,
                "summary": "Venezuela denounced the Convention (notice of 6 September 2012, received by the OAS Secretary General on 10 September 2012); the sources disagree whether the denunciation took effect on 6 September 2013 (ASIL Insights, 2013: 'one year later', art. 78) or on 10 September 2013 (the Inter-American Court's ABC, first research pass): unknown between the two dates, not bound from 10 September 2013",
                "status": "secondary",
                "source": dsrc + ["asil-2013"],
            }
            rec["notes"].append(
                "DISPUTED end of participation: 6 September 2013 (ASIL Insights 17(1), 9 January 2013: notice given on 6 September 2012, 'the denunciation will take effect one year later, on September 6, 2013'; 'The instrument was received on September 10, 2012, by the Secretary General') or 10 September 2013 (Court's ABC, pass 1). Between the two dates the answer is unknown; from 10 September 2013 not bound."
            )
        rec["notes"].extend(d["notes"])
    records.append(rec)

for r in PASS3["not_parties"]:
    rec = {
        "state": r["state"],
        "signature": None,
        "action": "none",
        "status": "verified" if r["state"] != "USA" else "secondary",
        "source": list(r["source"]),
        "reservations": [],
        "withdrawal": None,
        "notes": list(r["notes"]),
    }
    if r["state"] == "USA":
        rec["action"] = "signature-only"
        rec["source"] += ["wiki-achr-2010", "hls-rcc-2016", "sjsj-2020"]
        rec["as_of"] = "2020-06-01"
        rec["notes"].append(
            "Signed (Wikipedia: 'signed it in 1977'; the date of signature was not seen in a primary source, so it is left null); not ratified as of 23 March 2016 (Harvard RCC event page, secondary) nor in June 2020 (Seattle Journal for Social Justice, June 2020, '40 Years Later: It's Time for U.S. Ratification of the American Convention on Human Rights'; secondary): as_of 2020-06-01, the first day of the month of publication."
        )
    if r["state"] == "CAN":
        rec["source"] += ["wiki-achr-2010", "rqdi-2018"]
        rec["as_of"] = "2017-09-01"
        rec["notes"].append(
            "Not a party in September 2017 (RQDI 2018: 'il n'a pas encore adhere a la Convention americaine'; secondary): as_of 2017-09-01."
        )
    records.append(rec)

records.append(
    {
        "state": "CUB",
        "signature": None,
        "action": "none",
        "status": "secondary",
        "source": ["iachr-2003-annex2", "wiki-achr-2010", "factbook-oas"],
        "reservations": [],
        "withdrawal": None,
        "notes": [
            "An OAS member (its government excluded from participation from 1962; Factbook: 'Cuba (suspended)') that appears neither among the IACHR 2003 annex's signatory countries nor among the 24 ratifying states Wikipedia lists as of 2010. The stored OAS B-32 rows (Antigua to Trinidad & Tobago, alphabetical) do not list Cuba; the rows after Trinidad & Tobago were not readable."
        ],
    }
)
for rec in records:  # 'verified' only for what a dated source states (issue 14)
    if rec["status"] == "verified" and not any("date" in sources[k] for k in rec["source"]):
        rec["status"] = "secondary"
        rec["notes"].append(
            "Verified by the research against the depositary's page, which is undated: secondary here."
        )
records.sort(key=lambda r: r["state"])
assert sorted(r["state"] for r in records) == OAS_MEMBERS, sorted(
    set(OAS_MEMBERS) ^ {r["state"] for r in records}
)

out = {
    "instrument": "achr-1969",
    "horizon": {
        "date": "2010-01-01",
        "complete": True,
        "basis": "Complete as of 1 January 2010 for the 35 OAS member states (art. 74(1): only they may become parties). Three lists agree: the IACHR's 'Signatures and current status of ratifications' (Annual Report 2003, Annex 2; official, its compilation date not printed) names every signatory and party (24 ratifying states, Trinidad and Tobago, and the United States as signatory); Wikipedia's table 'as of 2010' (secondary, liquisearch copy) names the same 24 ratifying states and Trinidad and Tobago's denunciation; the OAS depositary's page B-32 (undated; readable from Antigua to Trinidad & Tobago) gives 23 of the deposits and 'no action' for Antigua and Barbuda, the Bahamas, Belize, Canada, Guyana, St Kitts and Nevis, St Lucia and St Vincent. Later facts held: Venezuela's denunciation (effective 6 or 10 September 2013, the sources disagree; ASIL Insights of January 2013 also says that only Trinidad and Tobago had denounced the Convention before), and dated statements that the United States (June 2020) and Canada (September 2017) had still not ratified (their records' as_of). After 1 January 2010 an OAS member without a ratification is UNKNOWN unless its record speaks for a later date. No dated status table of 2014-2025 could be read: the IACHR's 2014 report on universal ratification (approved 14 August 2014) has an annex on the status of ratification, but only its opening was stored. Built by research/issue-17/achr-build/build.py from research/issue-17/pass3/achr.json.",
        "source": ["iachr-2003-annex2", "wiki-achr-2010", "oas-b32"],
    },
    "sources": sources,
    "eligible": {
        "provision": "74(1)",
        "states": OAS_MEMBERS,
        "basis": "Only member states of the Organization of American States may become parties (art. 74(1): 'This Convention shall be open for signature and ratification by or adherence of any member state of the Organization of American States', English text as quoted in AJIL 1983). The 35 members as the CIA World Factbook lists them (undated page, secondary) and the OAS's own FAQ (archived copy, undated) names them. Cuba is listed although its government was excluded from participation (1962); Nicaragua's and Venezuela's later moves on the OAS Charter are not modelled: they do not by themselves end a party's participation in this Convention. A state outside this list cannot be a party on any date the list speaks for; a later admission to the OAS would not be recorded.",
        "status": "secondary",
        "source": ["factbook-oas", "oas-faq-members"],
    },
    "records": records,
    "notes": [
        "Built for refugeelaw from research/issue-17/pass3/achr.json (third research pass) and the sources re-read on 2026-12-02 (issue 17, point 3).",
        "Entry into force for each state: art. 74(2), in force for a later party on the date of deposit (data/instruments/achr-1969.json, late_party_rule on_deposit); in force generally on 18 July 1978 (OAS B-32; IACHR annexes), so a deposit before then takes effect on that day.",
        "Mexico: deposit 24 March 1981 per the depositary (OAS B-32); IACHR copies give 2 April 1982 and 2 March 1981. The depositary is preferred.",
        "Trinidad and Tobago: the RA/AD column of its OAS row was not seen; the action is recorded as ratification-or-accession.",
        "Uruguay and Venezuela: deposit dates from the IACHR 2003 annex (the OAS rows after Trinidad & Tobago were not readable); signature dates not seen.",
        "Reservations and declarations (the OAS page lists several, e.g. Argentina's to art. 21) are not recorded: none bears on art. 22(8) in what was read, and they were not all read.",
    ],
}
OUT.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
print("wrote", OUT, len(records), "records")

# The records in the library's canonical form (as refugeelaw.untc.to_data_file writes them), where
# the library can be imported (run with the project's virtual environment).
try:
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from refugeelaw import untc
    from refugeelaw.sources import SOURCE_FIELDS, Source
    from refugeelaw.states import _load_file
except ImportError:
    print("refugeelaw not importable: records left as built")
else:
    participations = _load_file(out)
    canonical = untc.to_data_file(
        participations,
        instrument=out["instrument"],
        sources={
            k: Source(**{f: s[f] for f in SOURCE_FIELDS if f in s}) for k, s in sources.items()
        },
    )
    out["records"] = json.loads(json.dumps(canonical["records"]))
    OUT.write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n")
    print("records written in the canonical form")
