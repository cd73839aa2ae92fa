#!/usr/bin/env python3
"""Runs `tandem match solve` and the peer solvers on the same instances and prints ratios.

Each measurement runs in its own process; the median of --repeat runs is reported. Solve time is
the solver call alone (the peers' `solve_s`, Tandem's `solve_seconds`); for stable matching the
comparison is end to end (load + build + solve), as the issue asks. Objectives must agree exactly,
otherwise the row is marked MISMATCH.
"""
import argparse
import json
import statistics
import subprocess
import sys
import time


def run_json(cmd):
    started = time.perf_counter()
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - started
    line = [x for x in out.splitlines() if x.startswith("{")][-1]
    result = json.loads(line)
    result["wall_s"] = wall
    return result


def median_run(cmd, repeat):
    runs = [run_json(cmd) for _ in range(repeat)]
    key = "solve_seconds" if "solve_seconds" in runs[0] else "solve_s"
    runs.sort(key=lambda r: r[key])
    return runs[len(runs) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tandem", required=True)
    ap.add_argument("--peers", required=True)
    ap.add_argument("--instances", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--sizes", default="small,medium,large")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--slow-peers", action="store_true")
    args = ap.parse_args()

    def tandem(instance, objective):
        cmd = [args.tandem, "match", "solve", "--instance", f"{args.instances}/{instance}.bin",
               "--objective", objective]
        return median_run(cmd, repeat_for(instance))

    def peer(name, instance):
        cmd = [sys.executable, args.peers, name, f"{args.instances}/{instance}.bin"]
        return median_run(cmd, repeat_for(instance))

    def repeat_for(instance):
        return 1 if instance == "large" else args.repeat

    rows = []

    def compare(instance, what, ours, theirs, peer_name, end_to_end=False):
        if end_to_end:
            t_ours = ours["load_seconds"] + ours["solve_seconds"]
            t_theirs = theirs["load_s"] + theirs["build_s"] + theirs["solve_s"]
        else:
            t_ours, t_theirs = ours["solve_seconds"], theirs["solve_s"]
        if "cost" in theirs:
            same = ours.get("cost") == theirs["cost"]
            objective = f"cost {ours.get('cost')}"
        else:
            same = (ours["matched"], ours["total_score"]) == (theirs["matched"], theirs["score"])
            if "mscore" in theirs:
                same = same and ours["mentor_total"] == theirs["mscore"]
            objective = f"{ours['total_score']} ({ours['matched']})"
            if not same and what == "A" and ours["total_score"] == theirs["score"]:
                same = True  # equal optimum; the matched count may differ on score-0 ties
        row = {
            "instance": instance, "objective": what, "peer": peer_name,
            "tandem_s": round(t_ours, 4), "peer_s": round(t_theirs, 4),
            "ratio": round(t_ours / t_theirs, 3) if t_theirs > 0 else None,
            "tandem_mb": round(ours.get("peak_mb") or 0, 1),
            "peer_mb": theirs.get("rss_solve_mb"),
            "same_result": same, "result": objective,
        }
        rows.append(row)
        print(f"  {instance:7} {what:6} vs {peer_name:20} tandem {t_ours:8.3f}s  peer {t_theirs:8.3f}s"
              f"  ratio {row['ratio']}  {'ok' if same else 'MISMATCH'}", file=sys.stderr, flush=True)

    for instance in [s for s in args.sizes.split(",") if s]:
        best = tandem(instance, "best")
        compare(instance, "A", best, peer("ortools_mcf", instance), "OR-Tools MCF")
        if instance != "large" or args.slow_peers:
            compare(instance, "A", best, peer("scipy_lapjvsp", instance), "scipy LAPJVsp")
        most = tandem(instance, "most")
        compare(instance, "B", most, peer("ortools_mcf_maxflow", instance), "OR-Tools MCF+maxflow")
        if instance != "large" or args.slow_peers:
            stable = tandem(instance, "stable")
            compare(instance, "stable", stable, peer("matching_hr", instance), "matching HR",
                    end_to_end=True)
    for instance in ["lap2000", "lap5000", "lap5000w"]:
        ours = tandem(instance, "best")
        compare(instance, "dense", ours, peer("lap_lapjv", instance), "lap.lapjv")

    with open(args.out, "w") as f:
        json.dump(rows, f, indent=1)
    print("| instance | objective | peer | Tandem s | peer s | ratio | Tandem MB | peer MB | same result |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['instance']} | {r['objective']} | {r['peer']} | {r['tandem_s']} | {r['peer_s']} | "
              f"{r['ratio']} | {r['tandem_mb']} | {r['peer_mb']} | {'yes' if r['same_result'] else 'NO'} "
              f"({r['result']}) |")


if __name__ == "__main__":
    main()
