"""Common English words that a loose Latin spelling of a short name could match ("Nor"
for نور, "Hasn" for حسن, "Near" for نور) when a sentence starts with them. Words that are
also names ("Said", "May", "Amir") are not in it: over-withholding beats a leak.

Only the spelling-variant matchers consult this list: a word written exactly as a
recorded Latin name is withheld even when it is here. Pure data.
"""

from __future__ import annotations

COMMON = frozenset("""
a about above after again against all almost alone along also always am among an and
another any anyone are around as at away back be became because been before behind
being below beside between both but by came can cannot come could did didn do does
doing done down during each early either else even ever every far few for from gave get
go goes going gone good got had hasn has have having he her here hers him himself his
home how however i if in inside instead into is it its just keep kept last later least
left less let like little long made many maybe me mean men might mine more most
much must my near nearly never new next no none nor not now of off often on once one
only onto or other our ours out over own same saw say says see seen shall she
should since so some soon still such take than that the their them then there these
they this those though through thus till to today together told too took toward under
until up upon us very was we well went were what when where whether which while who
whom whose why will with within without would yet you your
mother father brother sister son sons daughter uncle aunt cousin wife husband family
house houses home street road door roof room army police soldier soldiers plane planes
bomb bombs leaflet leaflets morning evening night day days week month year years
mosque market hospital school sheikh sheik haji hajji ally alley
allah god lord mister miss missus sir madam
""".split())
