#!/usr/bin/env python3
"""A local SMTP server for tests: prints every received mail as one JSON line on stdout,
with the subject and body decoded. Usage: smtp-sink.py PORT (needs aiosmtpd)."""
import asyncio
import email
import email.policy
import json
import sys

from aiosmtpd.controller import Controller


class Sink:
    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        body = message.get_body(preferencelist=("plain",))
        print(json.dumps({
            "to": envelope.rcpt_tos,
            "from": envelope.mail_from,
            "subject": str(message["subject"]),
            "reply_to": str(message["reply-to"] or ""),
            "body": body.get_content() if body else "",
        }), flush=True)
        return "250 OK"


async def main(port):
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1])))
