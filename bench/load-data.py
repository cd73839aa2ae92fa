#!/usr/bin/env python3
"""Loads a realistic data set for bench/load.sh into an empty SQLite or PostgreSQL database.

The demo (`tandem demo`) brings the organisations, their staff accounts, programmes, people,
tandems and events through Tandem's own code. Then a fast bulk path in plain SQL multiplies it:
each organisation's programme is copied until it runs `--programmes-per-organisation` programmes,
and the demo's people are copied into every programme of their organisation (fresh ids and
e-mails) until there are at least `--people` people. Copies keep every column the schema has,
read from the database, so the loader follows new migrations without changes.

Prints one JSON object: the coordinator's log-in, the published programmes and the programmes
of the coordinator's organisation. Writes, per published programme, the form body of a
registration that its rules accept (`--writes`) for the 90/10 mix.  Standard library only (sqlite3 module, `psql` for PostgreSQL).
"""

import argparse
import datetime
import json
import os
import sqlite3
import subprocess
import urllib.parse
import sys


class Database:
    def __init__(self, url):
        self.url = url
        self.sqlite = url.startswith("sqlite://")
        if self.sqlite:
            path = url[len("sqlite://"):].split("?", 1)[0]
            self.connection = sqlite3.connect(path, timeout=30)

    def query(self, sql):
        if self.sqlite:
            return [list(row) for row in self.connection.execute(sql).fetchall()]
        out = subprocess.run(["psql", self.url, "-v", "ON_ERROR_STOP=1", "-AtqX", "-F", "\t",
                              "-c", sql], check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def execute(self, sql):
        if self.sqlite:
            self.connection.execute(sql)
            self.connection.commit()
        else:
            subprocess.run(["psql", self.url, "-v", "ON_ERROR_STOP=1", "-qX", "-c", sql],
                           check=True, capture_output=True, text=True)

    def columns(self, table):
        if self.sqlite:
            return [row[1] for row in self.connection.execute(f"PRAGMA table_info({table})")]
        return [row[0] for row in self.query(
            "SELECT column_name FROM information_schema.columns "
            f"WHERE table_name = '{table}' ORDER BY ordinal_position")]

    def new_id(self):
        """An SQL expression for a fresh random text id."""
        if self.sqlite:
            return "lower(hex(randomblob(16)))"
        return "gen_random_uuid()::text"


def series(count):
    """A recursive CTE `g(n)` of 1..count; the same text on both backends."""
    return (f"WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < {count}) ")


def copy_statement(database, table, replacements, source, count):
    columns = database.columns(table)
    select = ", ".join(replacements.get(column, f"p.{column}") for column in columns)
    return (series(count) + f"INSERT INTO {table} ({', '.join(columns)}) "
            f"SELECT {select} FROM {source}")


def side_and_age(rules):
    """A side and age that the programme's limits admit, adult so no guardian is asked: the
    mentee side where an adult may join, else the mentor side; None when neither fits."""
    for side, default in (("mentee", 30), ("mentor", 25)):
        limits = rules.get(f"{side}_age")
        if not limits:
            return side, default
        # A birth year leaves two possible ages; keep both inside the limits and over 18.
        low, high = max(limits["min"] + 1, 19), limits["max"] - 1
        if low <= high:
            return side, min(max(default, low), high)
    return None


def answer(question):
    """A valid answer to one intake question, as (field, value) pairs."""
    field = "q_" + question["id"]
    kind = question["kind"]
    if kind in ("choice", "multiple_choice"):
        return [(field, question["choices"][0]["id"])] if question.get("choices") else []
    return [(field, {"text": "Lasttest", "number": "3", "date": "2020-01-15"}[kind])]


def registration(rules_text, year):
    """The form body (without e-mail and name) of a registration the programme accepts: age
    and German level inside its limits (German at C2 passes any minimum) and every intake
    question of that side answered; None when no adult may register."""
    rules = json.loads(rules_text) if rules_text and rules_text.strip() else {}
    chosen = side_and_age(rules)
    if chosen is None:
        return None
    side, age = chosen
    fields = [("side", side), ("postal_code", "30159"), ("language_0", "de"), ("level_0", "C2"),
              ("language_1", "ar"), ("level_1", "C1"), ("birth_year", str(year - age)),
              ("consent", "yes")]
    for question in rules.get("questions", []):
        if question.get("side") in (None, side):
            fields += answer(question)
    return "&".join(f"{name}={urllib.parse.quote(value, safe='')}" for name, value in fields)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the release `tandem` binary")
    parser.add_argument("--database", required=True, help="sqlite://FILE or postgres://…")
    parser.add_argument("--people", type=int, default=20000)
    parser.add_argument("--programmes-per-organisation", type=int, default=10)
    parser.add_argument("--password", default="bench-load-password-2026")
    parser.add_argument("--writes", required=True,
                        help="file for the registrations: programme id TAB form body, per line")
    args = parser.parse_args()

    env = dict(os.environ, TANDEM_DEMO_PASSWORD=args.password)
    subprocess.run([args.binary, "demo", "--database", args.database], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    database = Database(args.database)
    originals = [row[0] for row in database.query("SELECT id FROM programmes")]
    extra = args.programmes_per_organisation - 1
    if extra > 0:
        database.execute(copy_statement(
            database, "programmes",
            {"id": database.new_id(), "name": "p.name || ' ' || (g.n + 1)"},
            "programmes p CROSS JOIN g", extra))
    programmes = int(database.query("SELECT COUNT(*) FROM programmes")[0][0])
    base = int(database.query("SELECT COUNT(*) FROM people")[0][0])
    # Every person is copied once per programme of their organisation (their own included), per
    # round; the e-mail gets the round and the programme's position so it stays unique.
    per_round = int(database.query(
        "SELECT COUNT(*) FROM people p JOIN programmes q ON q.organisation_id = p.organisation_id"
    )[0][0])
    rounds = max(0, -(-(args.people - base) // per_round))
    if rounds > 0:
        database.execute(copy_statement(
            database, "people",
            {
                "id": database.new_id(),
                "programme_id": "q.id",
                "email": "'c' || g.n || '.' || substr(q.id, 1, 8) || '.' || p.email",
                "email_key": "'c' || g.n || '.' || substr(q.id, 1, 8) || '.' || p.email_key",
                "registered_at": "p.registered_at - g.n * 86400",
            },
            "people p JOIN programmes q ON q.organisation_id = p.organisation_id CROSS JOIN g",
            rounds))
    database.execute("ANALYZE")
    people = int(database.query("SELECT COUNT(*) FROM people")[0][0])
    organisations = int(database.query("SELECT COUNT(*) FROM organisations")[0][0])
    coordinator = database.query(
        "SELECT u.email, u.organisation_id FROM users u WHERE u.role = 'coordinator' "
        "ORDER BY u.email LIMIT 1")[0]
    own = [row[0] for row in database.query(
        f"SELECT id FROM programmes WHERE organisation_id = '{coordinator[1]}' ORDER BY name")]
    published = [row[0] for row in database.query(
        "SELECT id FROM programmes WHERE published = TRUE AND seeks_mentees = TRUE ORDER BY id")]
    year = datetime.date.today().year
    writes = []
    for programme, rules_text in database.query(
            "SELECT id, rules FROM programmes WHERE published = TRUE AND seeks_mentees = TRUE "
            "ORDER BY id"):
        body = registration(rules_text, year)
        if body is not None:
            writes.append(f"{programme}\t{body}")
    with open(args.writes, "w", encoding="utf-8") as out:
        out.write("\n".join(writes) + "\n")
    json.dump({
        "organisations": organisations, "writable_programmes": len(writes), "programmes": programmes, "people": people,
        "coordinator": coordinator[0], "password": args.password,
        "own_programmes": own, "published_programmes": published,
    }, sys.stdout)
    print()


if __name__ == "__main__":
    main()
