#!/usr/bin/env python3
"""Writes Sources/PuenteLexicon/Resources/*.json from the tables in this folder.

Run from the repository root: python3 scripts/gen_lexicon.py
"""
import json, os, re, sys, unicodedata
sys.path.insert(0, os.path.dirname(__file__))
from bodies import BODIES, BLOCKERS
from people import CLASSES, ROLES, P
from mechanisms import MECHANISMS

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "PuenteLexicon", "Resources")

def slug(name):
    s = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    s = s.replace(".", "").replace("'", "").replace("\u2019", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()

def es_forms(adj):
    f = fold(adj)
    if f.endswith("o"):
        b = adj[:-1]; return [adj, b + "a", b + "os", b + "as"]
    if f.endswith("e") or f.endswith("a"):
        return [adj, adj + "s"]
    if f.endswith("i"):
        return [adj, adj + "es"]
    # consonant: drop the accent on the last vowel for the longer forms
    plain = adj
    for a, p in (("á","a"),("é","e"),("í","i"),("ó","o"),("ú","u")):
        if a in adj[-4:]:
            plain = adj[:-4] + adj[-4:].replace(a, p)
    if f.endswith("z"):
        return [adj, plain[:-1] + "ces"]
    return [adj, plain + "a", plain + "es", plain + "as"]

ADJ_OWNER = {"dominican": "DOM", "congolese": "COD", "dominicano": "DOM", "congoleno": "COD"}

def countries():
    out = []
    seen_adj = {}
    for line in open(os.path.join(os.path.dirname(__file__), "countries.txt"), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        iso, en, es, adj_en, adj_es, caps = line.split("|")
        en = [x for x in en.split(";") if x]; es = [x for x in es.split(";") if x]
        adjs = [x for x in adj_en.split(";") if x]
        for a in [x for x in adj_es.split(";") if x]:
            adjs += es_forms(a)
        keep = []
        for a in adjs:
            owner = ADJ_OWNER.get(fold(a))
            if owner and owner != iso:
                continue
            if fold(a) in seen_adj and seen_adj[fold(a)] != iso:
                continue
            seen_adj[fold(a)] = iso
            keep.append(a)
        names = []
        aliases = []
        for n in en + es:
            (aliases if (n.replace(".", "").replace(" ", "").isupper() and len(n) <= 8) else names).append(n)
        entry = {"id": iso, "name": en[0], "name_es": es[0], "kind": "country", "country": iso, "sector": None,
                 "names": names, "aliases": aliases, "adjectives": keep,
                 "metonyms": [x for x in caps.split(";") if x]}
        out.append(entry)
    return out

def bodies():
    out = []
    for (id_, kind, sector, name, names, aliases) in BODIES:
        country = None if id_.startswith(("IGO.", "NGO.")) else id_.split(".")[0]
        parent = ".".join(id_.split(".")[:-1]) if id_.count(".") >= 2 else (country if country else None)
        out.append({"id": id_, "name": name, "kind": kind, "country": country, "sector": sector,
                    "parent": parent, "names": names, "aliases": aliases})
    return out

def people():
    out = []
    ids = set()
    for (name, country, extra, surnames, alone, roles) in P:
        pid = "person:" + slug(name)
        assert pid not in ids, pid
        ids.add(pid)
        names = [name] + [e for e in extra if not (e.replace(".", "").isupper() and len(e) <= 5)]
        aliases = [e for e in extra if e.replace(".", "").isupper() and len(e) <= 5]
        sector = ROLES[roles[0][0]][3] if roles else "GOV"
        out.append({"id": pid, "name": name, "kind": "person", "country": country, "sector": sector,
                    "names": names, "aliases": aliases, "surnames": surnames, "by_surname": alone,
                    "roles": [{"role": r, "from": f, "to": t} for (r, f, t) in roles]})
    return out

TITLES = [
 # (phrase, sector or None)
 ("Secretary",None),("Secretary General",None),("Secretary-General",None),("secretario general",None),("secretaria general",None),("Deputy Secretary",None),("Under Secretary",None),("Undersecretary",None),("Assistant Secretary",None),
 ("Minister",None),("Deputy Minister",None),("Ambassador",None),("President",None),("Vice President",None),("Senator","LEG"),("Sen.","LEG"),
 ("Representative","LEG"),("Rep.","LEG"),("Congressman","LEG"),("Congresswoman","LEG"),("Governor",None),("Gov.",None),
 ("Attorney General","JUD"),("Commissioner",None),("Administrator",None),("Director",None),("General","MIL"),("Gen.","MIL"),
 ("Admiral","MIL"),("Adm.","MIL"),("Adviser",None),("Advisor",None),("Special Envoy",None),("Envoy",None),("Prime Minister",None),
 ("Foreign Minister",None),("Chancellor",None),("Judge","JUD"),("Justice","JUD"),("Mr.",None),("Ms.",None),("Mrs.",None),("Dr.",None),
 ("secretario",None),("secretaria",None),("subsecretario",None),("subsecretaria",None),("canciller",None),("embajador",None),
 ("embajadora",None),("presidente",None),("presidenta",None),("vicepresidente",None),("vicepresidenta",None),("senador","LEG"),
 ("senadora","LEG"),("diputado","LEG"),("diputada","LEG"),("gobernador",None),("gobernadora",None),("fiscal","JUD"),
 ("comisionado",None),("comisionada",None),("general","MIL"),("almirante","MIL"),("ministro",None),("ministra",None),
 ("director",None),("directora",None),("titular",None),("enviado",None),("enviada",None),("jueza","JUD"),("juez","JUD"),
 ("ministro de la Corte","JUD"),("ministra de la Corte","JUD"),("Sr.",None),("Sra.",None),("don",None),("doña",None),
]

# Words after a country adjective (English) or before it (Spanish) that make the country an actor.
GROUP_NOUNS = {
 "country": ["official","officials","authorities","delegation","delegations","side","counterpart","counterparts","negotiators","negotiator",
             "diplomats","diplomat","lawmakers","legislators","leaders","leader","officers","agents","troops","forces","military","envoy","envoys",
             "team","cabinet","embassy","consulate","consulates","ministers","prosecutors","regulators",
             "funcionarios","funcionario","funcionarias","autoridades","delegación","delegaciones","contraparte","contrapartes","negociadores",
             "diplomáticos","diplomacia","legisladores","líderes","agentes","tropas","fuerzas","militares","enviados","equipo","gabinete","embajada",
             "consulado","consulados","cancillería","representantes","mandatarios"],
 "government": ["government","administration","gobierno","administración","Executive","Ejecutivo","federal government","gobierno federal"],
}

def mechanisms():
    out = []
    for (id_, kind, en, es, aliases, members, est, rel, cad) in MECHANISMS:
        out.append({"id": id_, "name": en, "name_es": es, "kind": kind, "aliases": aliases, "members": members,
                    "established": est, "relaunched": rel, "cadence": cad})
    return out

def roles():
    return [{"id": k, "country": c, "org": org, "title": t, "sector": sec, "class": cl, "host": host, "phrases": ph}
            for k, (c, org, t, sec, cl, host, ph) in ROLES.items()]

def write(name, obj):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")

if __name__ == "__main__":
    write("countries.json", {"format": "puente.lexicon/1", "actors": countries(), "blockers": BLOCKERS})
    write("bodies.json", {"format": "puente.lexicon/1", "actors": bodies()})
    write("people.json", {"format": "puente.lexicon/1", "actors": people(), "roles": roles(),
                          "role_classes": [{"id": k, "phrases": v} for k, v in CLASSES.items()],
                          "titles": [{"phrase": p, "sector": s} for p, s in TITLES],
                          "group_nouns": [{"kind": k, "phrases": v} for k, v in GROUP_NOUNS.items()]})
    write("mechanisms.json", {"format": "puente.lexicon/1", "mechanisms": mechanisms()})
    print("countries", len(countries()), "bodies", len(bodies()), "people", len(people()), "roles", len(ROLES), "mechanisms", len(MECHANISMS))
