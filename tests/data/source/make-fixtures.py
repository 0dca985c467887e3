#!/usr/bin/env python3
"""Writes the byte-exact fixtures of tests/unit/test_source.c into this folder.

The files are committed; this script only documents how each was made and
regenerates them: python3 tests/data/source/make-fixtures.py
"""
import os

os.chdir(os.path.dirname(os.path.abspath(__file__)))


def w(name, data):
    with open(name, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


# Delimiters and their sniffing.
w('comma.csv', 'id,comment,nps\n1,Fast delivery,10\n2,"Slow, rude support",3\n')
w('semicolon.csv', 'id;comment;nps\n1;Быстро, спасибо;9\n2;"Долго; грубо";2\n')
w('tab.tsv', 'id\tcomment\tnps\n1\tGood, fast\t9\n2\t"Bad\tslow"\t1\n')
w('tab_sniff.txt', 'id\tcomment\tnps\n1\tGood; fast, cheap\t9\n')
w('tie.csv', 'a;b,c\n1;2,3\n')
# BOM, line ends.
w('bom.csv', '\ufeffid,Комментарий,Оценка\n7,Всё отлично,10\n')
w('crlf.csv', b'id,comment,nps\r\n1,first,9\r\n2,second,7\n3,third,0\r\n')
w('cr_only.csv', b'id,comment,nps\r1,old mac,9\r2,"two\rlines",8\r')
w('lone_cr.csv', b'id,comment,nps\n1,foo\rbar,9\n2,next,8\n')
w('trailing.csv', 'id,comment,nps\n1,no newline at end,9')
# Lines: 1 header, 2 record, 3-5 one record, 6 blank, 7 record, 8-9 record.
w('multiline.csv', b'id,comment,nps\n'
  b'1,one line,9\n'
  b'2,"first\nsecond\nthird",8\n'
  b'\n'
  b'3,"He said ""hi""",7\n'
  b'4,"crlf\r\ninside",6\r\n')
# Encodings.
ru = 'id;комментарий;оценка\n1;Менеджер Ёжиков не перезвонил, №5 «плохо»;3\n2;Спасибо за отличную работу!;10\n'
w('cp1251.csv', ru.encode('cp1251'))
ko = 'id;комментарий;оценка\n1;Менеджер Ёжиков не перезвонил, ужас;3\n2;Спасибо за отличную работу!;10\n'
w('koi8r.csv', ko.encode('koi8_r'))
w('cp1251_undefined.csv', b'id;comment;nps\n1;\xcf\xf0\xe8\xe2\xe5\xf2 \x98;9\n2;ok;8\n')
w('invalid_utf8.csv', b'id,comment,nps,extra\n1,ok,9,x\n2,bad \xff byte \xe2\x82,5,x\n3,fine,7,\xc3(\n')
w('utf16.csv', '\ufeffid,comment\n1,x\n'.encode('utf-16-le'))
# Bad rows.
w('malformed.csv', b'id,comment,nps\n1,good,9\n2,bad "quote" here,5\n3,"closed" junk,4\n4,after,8\n')
w('unclosed.csv', b'id,comment,nps\n1,good,9\n2,"never closed,5\n3,swallowed,4\n')
w('short.csv', 'id,comment,nps\n1,good,9\n2,only two\n3\n4,fine,10,extra\n')
w('long.csv', 'id,comment,nps\n1,' + 'x' * 300 + ',9\n2,short,5\n')
# JSON Lines.
w('data.jsonl', b'{"id": 1, "comment": "\xd0\x9e\xd1\x82\xd0\xbb\xd0\xb8\xd1\x87\xd0\xbd\xd0\xbe", "nps": 10, "extra": {"a": 1}}\n'
  b'\n'
  b'{"id": "r2", "comment": null, "nps": 7.5}\n'
  b'{"id": 3, "nps": 1e2}\n'
  b'not json at all\n'
  b'[1, 2]\n'
  b'{"id": 4, "comment": {"nested": true}, "nps": 0}\n'
  b'{"id": 5, "comment": "ok", "nps": true, "weight": 2.0}\n'
  b'{"id": 6, "comment": "bad \xff", "nps": 3}\r\n'
  b'{"id": -7, "comment": "last", "nps": 0.1}')
w('array.json', '[{"id": 1, "comment": "x"}]\n')
w('sniffed_jsonl', '  {"text": "hello", "score": 9}\n')
# Whole-file errors.
w('empty.csv', b'')
w('blank_only.csv', b'\n\r\n  \n')
# Columns.
w('ambiguous.csv', 'id,comment,feedback,nps\n1,a,b,9\n')
w('no_text.csv', 'id,product,nps\n1,seo,9\n')
w('recognise.csv', 'Respondent,Review Text,Positive Feedback Count,Rating,Review Score\n1,Nice,3,5,4\n')
w('ru_headers.csv', 'Номер заявки;Текст отзыва;Оценка NPS;Дата\n17;Всё хорошо;9;2026-01-10\n')
w('camel.csv', 'ResponseId,reviewText,npsScore\n1,ok,9\n')
w('dup.csv', 'id,comment,comment,nps\n1,a,b,9\n')
w('two_text.csv', 'id,subject,body,nps\n1,Invoice,Wrong amount,3\n2,,Only body,5\n3,Only subject,,6\n4,,,7\n')
