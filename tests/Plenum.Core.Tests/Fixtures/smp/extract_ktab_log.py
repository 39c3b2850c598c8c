"""Extracts the per-turn vectors Plenum's SMP tests compare against from a KTAB 2017 reference log.

Usage: python3 extract_ktab_log.py 20170530_ref-dummyData_3Dim.txt > ktab-dummyData_3Dim.json
Reads only what smpc printed: 'postn i , t :' rows (positions after turn t, 0-100 scale, 4 decimals),
'Inferred risk attitudes' columns, 'In turn t actor i has most advantageous target j worth v' lines,
'Bargains involving actor k' queues with 'Chosen bargain' lines, and the final 'prob :' history.
"""
import json, re, sys

path = sys.argv[1]
lines = open(path, encoding="utf-8").read().splitlines()
turns = []          # one dict per turn (state transition)
risk = []           # risk attitudes per state (the first block belongs to state 0)
probs = {}
names = []
queues = {}
cur = None
pce_actor = -1
i = 0
while i < len(lines):
    line = lines[i].strip()
    if line.startswith("Starting Model::run iteration"):
        cur = {"turn": len(turns), "targets": [], "chosen": [], "positions": {}}
        turns.append(cur)
        queues = {}
    elif line.startswith("Inferred risk attitudes"):
        vals = []
        i += 1
        while i < len(lines) and re.match(r"^\s*[+-]\d", lines[i]):
            vals.append(float(lines[i].split()[0]))
            i += 1
        risk.append(vals)
        continue
    elif m := re.match(r"In turn (\d+) actor (\d+) has most advantageous target (\d+) worth ([-\d.]+)", line):
        cur["targets"].append({"actor": int(m[2]), "target": int(m[3]), "worth": float(m[4])})
    elif m := re.match(r"Bargains involving actor\s+(\d+): (.*)", line):
        queues[int(m[1])] = [(int(a), int(b), int(c)) for a, b, c in re.findall(r"\[(\d+), (\d+):(\d+)\]", m[2])]
    elif m := re.match(r"Doing scalarPCE for the (\d+) bargains of actor (\d+)", line):
        pce_actor = int(m[2])
    elif m := re.match(r"Chosen bargain \( ?\w+ ?\): (\d+) (\d+) out of (\d+)", line):
        # Threads interleave in the log and bargain ids repeat, so take the queue position
        # within the queue of the actor named by the preceding 'Doing scalarPCE' line.
        k = pce_actor
        q = queues[k]
        pair = q[int(m[2]) - 1][1:]
        cur["chosen"].append({"actor": k, "initiator": pair[0], "receiver": pair[1], "index": int(m[2]) - 1,
                              "queue": [[a, b] for (_, a, b) in q]})
    elif m := re.match(r"postn\s+(\d+)\s*,\s*(\d+)\s*:", line):
        cur["positions"][int(m[1])] = [float(x) for x in lines[i + 1].split()]
    elif m := re.match(r"(.+), prob :(.*)", line):
        names.append(m[1])
        probs[m[1]] = [float(x) for x in m[2].split()]
    i += 1

out = {
    "origin": f"Extracted by extract_ktab_log.py from KTAB's reference log examples/smp/doc/{path.split('/')[-1]} (KTAB, MIT licence, KAPSARC 2015-2017)",
    "states": len(turns) + 1,
    "actors": names,
    "riskAttitudes": risk,
    "turns": [{"turn": t["turn"], "targets": t["targets"], "chosen": t["chosen"],
               "positions": [t["positions"][k] for k in sorted(t["positions"])]} for t in turns],
    "probabilities": [probs[n] for n in names],
}
json.dump(out, sys.stdout, indent=1)
