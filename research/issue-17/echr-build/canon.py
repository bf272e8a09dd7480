import json, sys
import refugeelaw as rl
from refugeelaw import untc, states
from refugeelaw.sources import Source, SOURCE_FIELDS
for key in sys.argv[1:]:
    path=f'src/refugeelaw/data/participation/{key}.json'
    raw=json.load(open(path))
    recs=states._load_file(raw)
    sources={k: Source(**{f: s[f] for f in SOURCE_FIELDS if f in s}) for k,s in raw['sources'].items()}
    data=untc.to_data_file(recs, instrument=key, sources=sources)
    raw['records']=data['records']
    with open(path,'w') as f:
        json.dump(raw,f,ensure_ascii=False,indent=2); f.write('\n')
    print(key, len(raw['records']))
