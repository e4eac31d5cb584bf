"""Times `bitext view` on a large JSONL file inside tmux (100x30): open, moves, search, merge, undo, save.

Usage: python3 Benchmarks/viewer/bench.py .build/release/bitext FILE.jsonl
Make FILE with: python3 Benchmarks/viewer/bench.py --make FILE (seed 004's 19 pairs x 5,300 and a needle:
100,701 pairs, 44 MB). The file is overwritten by the save step: pass a copy.
"""
import subprocess, time, sys, os
if sys.argv[1] == "--make":
    here = os.path.dirname(os.path.abspath(__file__))
    lines = open(os.path.join(here, "../../fixtures/viewer/004.jsonl")).read().splitlines()
    with open(sys.argv[2], "w") as out:
        for _ in range(5300):
            for line in lines: out.write(line + "\n")
        out.write('{"zh":"針頭","en":"needle in the haystack","zh_ids":[0],"en_ids":[0],"confidence":0.9}\n')
    sys.exit(0)
binary=sys.argv[1]; f=sys.argv[2]
S="vbench"
def cap(): return subprocess.run(["tmux","-L",S,"capture-pane","-p","-t","v"],capture_output=True,text=True).stdout
def wait(pred,timeout=120):
    t=time.time()
    while time.time()-t<timeout:
        c=cap()
        if pred(c): return time.time()-t
        time.sleep(0.005)
    raise SystemExit("timeout:\n"+cap())
def keys(*k): subprocess.run(["tmux","-L",S,"send-keys","-t","v",*k])
t0=time.time()
subprocess.run(["tmux","-L",S,"-f","/dev/null","new-session","-d","-s","v","-x","100","-y","30",f"{binary} view {f}"])
try:
    print("open (%s): %.2fs"%(f.split('/')[-1], wait(lambda c:"pairs · ? for the keys" in c)))
    keys("G"); print("G: %.3fs"%wait(lambda c:"100701/100701" in c))
    keys("g"); print("g: %.3fs"%wait(lambda c:" 1/100701" in c))
    keys("/","needle","Enter"); print("search to the end: %.3fs"%wait(lambda c:"100701/100701" in c and "needle" in c))
    keys("g"); wait(lambda c:" 1/100701" in c)
    keys("m"); print("merge: %.3fs"%wait(lambda c:"merged pairs 1 and 2" in c))
    keys("u"); print("undo: %.3fs"%wait(lambda c:"undid" in c))
    keys("m"); wait(lambda c:"merged" in c)
    keys("w"); print("save: %.3fs"%wait(lambda c:"saved 100700 pairs" in c))
    keys("j"); print("j: %.3fs"%wait(lambda c:" 2/100700" in c))
finally:
    subprocess.run(["tmux","-L",S,"kill-server"])
