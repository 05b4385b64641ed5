#!/usr/bin/env python3
"""Writes tests/letters/en/NNN.eml and NNN.json: English school letters
written for issue 17 as a held-out check, in the format of
../shared/corpus/SPEC.md. Their wordings are in neither dev/ nor more/.

usage: python3 gen.py   (from this folder; rewrites every pair)
"""
import email.utils
import json
import os
import quopri

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = []


def letter(num, date, frm, subject, body, items, kind='plain', notes='', html=None, crlf=False, ics=''):
    LETTERS.append(dict(num=num, date=date, frm=frm, subject=subject,
                        body=body, items=items, kind=kind, notes=notes, html=html, crlf=crlf, ics=ics))


def C(key, actor, due, vague=None):
    if vague is None:
        vague = actor is None or due is None
    return ('commitments', dict(key=key, actor=actor or 'none (passive)', due=due,
                                due_time=None, vague=vague))


def D(key, kind):
    return ('deflections', dict(key=key, kind=kind))


def M(key, date, time=None):
    return ('meetings', dict(key=key, date=date, time=time))


def to_html(body):
    out = []
    for para in body.strip('\n').split('\n\n'):
        lines = para.split('\n')
        if all(l.startswith('- ') for l in lines):
            out.append('<ul>' + ''.join('<li>%s</li>' % l[2:] for l in lines)
                       + '</ul>')
        else:
            out.append('<p>' + '<br>\n'.join(lines) + '</p>')
    return ('<html><body style="font-family:Calibri,sans-serif">\n'
            + '\n'.join(out).replace('\u2019', '&rsquo;') + '\n</body></html>\n')


def qp(text):
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def write(l):
    mid = '<en%s.%s@letters.ptrail.test>' % (l['num'], l['date'][5:16]
                                              .replace(' ', '').replace(':', ''))
    name, addr = l['frm']
    head = ('From: %s <%s>\nTo: parent.family@example.com\nSubject: %s\n'
            'Date: %s\nMessage-ID: %s\nMIME-Version: 1.0\n'
            % (name, addr, l['subject'], l['date'], mid))
    body = l['body'].lstrip('\n')
    if l['kind'] == 'plain':
        msg = head + ('Content-Type: text/plain; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n'
                      + qp(body))
    elif l['kind'] == 'plain64':
        import base64
        msg = head + ('Content-Type: text/plain; charset=utf-8\n'
                      'Content-Transfer-Encoding: base64\n\n'
                      + base64.encodebytes(body.encode('utf-8')).decode('ascii'))
    elif l['kind'] == 'rawhtml':
        msg = head + ('Content-Type: text/html; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n'
                      + qp(body))
    elif l['kind'] == 'html':
        msg = head + ('Content-Type: text/html; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n'
                      + qp(to_html(body)))
    elif l['kind'] == 'alt64':
        import base64
        b64 = lambda t: base64.encodebytes(t.encode('utf-8')).decode('ascii')
        b = '=_alt64_%s' % l['num']
        msg = head + ('Content-Type: multipart/alternative; boundary="%s"\n\n'
                      '--%s\nContent-Type: text/plain; charset=utf-8\n'
                      'Content-Transfer-Encoding: base64\n\n%s\n'
                      '--%s\nContent-Type: text/html; charset=utf-8\n'
                      'Content-Transfer-Encoding: base64\n\n%s\n'
                      '--%s--\n' % (b, b, b64(body), b, b64(l['html'] or to_html(body)), b))
    elif l['kind'] == 'altcal':
        b = '=_alt_%s' % l['num']
        m = '=_mix_%s' % l['num']
        msg = head + ('Content-Type: multipart/mixed; boundary="%s"\n\n'
                      '--%s\nContent-Type: multipart/alternative; boundary="%s"\n\n'
                      '--%s\nContent-Type: text/plain; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n%s\n'
                      '--%s\nContent-Type: text/html; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n%s\n'
                      '--%s--\n\n'
                      '--%s\nContent-Type: text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"\n'
                      'Content-Disposition: attachment; filename="invite.ics"\n'
                      'Content-Transfer-Encoding: 7bit\n\n%s\n'
                      '--%s--\n' % (m, m, b, b, qp(body), b, qp(l['html'] or to_html(body)), b,
                                     m, l['ics'].strip('\n'), m))
    else:
        b = '=_alt_%s' % l['num']
        msg = head + ('Content-Type: multipart/alternative; boundary="%s"\n\n'
                      '--%s\nContent-Type: text/plain; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n%s\n'
                      '--%s\nContent-Type: text/html; charset=utf-8\n'
                      'Content-Transfer-Encoding: quoted-printable\n\n%s\n'
                      '--%s--\n' % (b, b, qp(body), b, qp(l['html'] or to_html(body)), b))
    gold = dict(message_id=mid, notes=l['notes'], commitments=[],
                deflections=[], meetings=[])
    for kind, it in l['items']:
        gold[kind].append(it)
    base = os.path.join(HERE, l['num'])
    with open(base + '.eml', 'w', encoding='ascii', newline='\r\n' if l['crlf'] else '\n') as fh:
        fh.write(msg)
    with open(base + '.json', 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, indent=2, ensure_ascii=False)
        fh.write('\n')


exec(open(os.path.join(HERE, 'letters.py'), encoding='utf-8').read())

if __name__ == '__main__':
    for l in LETTERS:
        write(l)
    print('%d letters' % len(LETTERS))
