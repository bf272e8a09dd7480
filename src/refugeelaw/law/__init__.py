"""The rules, and nothing but the rules: each beside the words it implements.

=====================  ===========================================================================
module                 what it applies
=====================  ===========================================================================
``terms``              citations and names the Art 1 rules share
``inclusion``          Art 1A(2): outside the country, and every element together
``fear``               Art 1A(2): well-founded fear of being persecuted for a Convention reason
``persecution``        Art 1A(2): "being persecuted" (Handbook paras 51-60)
``nexus``              Art 1A(2): "for reasons of" a Convention ground
``protection``         Art 1A(2): unable or unwilling to avail of the country's protection
``limits``             Art 1B and Protocol art. I: the dateline and the geographic limitation
``art_1c``             Art 1C: cessation
``art_1d``             Art 1D: other UN protection or assistance
``art_1e``             Art 1E: the rights of a national in the country of residence
``art_1f``             Art 1F: exclusion
``recognition``        a refugee already recognised stays one until a clause ends it
``status``             Art 1 put together: inclusion, then the table of displacing clauses
``obligations``        what a state owes on a date (the catalogue of duties is data)
``peremptory``         which obligations state a peremptory norm, on which contested position
``removal``            what every bar on return shares: reach, being bound, risk on return
``art_33``             Refugee Convention art. 33(1) and its art. 33(2) exceptions
``cat_3``              CAT art. 3
``iccpr``              ICCPR arts 6(1) and 7
``abolition``          whether the returning state has abolished the death penalty (ICCPR art. 6)
``custom``             customary non-refoulement
``refoulement``        return put together: the table of bars
``conflict``           what every precedence rule reads and states
``jus_cogens``         VCLT arts 53 and 64: peremptory norms
``charter_103``        UN Charter Art. 103
``vclt_30``            VCLT art. 30(2)–(5): successive treaties
``lex_specialis``      lex specialis
``precedence``         which norm prevails: the ordered list of precedence rules
=====================  ===========================================================================

A rule reads facts and returns a :class:`~refugeelaw.Finding`; ``@reads(...)`` declares what its
finding depends on. Nothing here remembers, renders or serialises anything: the speed layer
(``refugeelaw._speed``) wraps these rules from outside, and never changes a result.
"""
