// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/rdf/NQuads.h"

#include <QTest>

using namespace ler;
using namespace ler::rdf;

class TestNQuads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseTerms_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<Quad>("expected");
        const Term s = Term::iri(QStringLiteral("urn:ex:s"));
        const Term p = Term::iri(QStringLiteral("urn:ex:p"));
        QTest::newRow("iris") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> .")
                              << Quad { s, p, Term::iri(QStringLiteral("urn:ex:o")), Term::defaultGraph() };
        QTest::newRow("blank nodes and graph") << QByteArray("_:b0 <urn:ex:p> _:x.y-z <urn:ex:g> .")
                                               << Quad { Term::blank(QStringLiteral("b0")),
                                                      p,
                                                      Term::blank(QStringLiteral("x.y-z")),
                                                      Term::iri(QStringLiteral("urn:ex:g")) };
        QTest::newRow("blank graph, no spaces")
            << QByteArray("<urn:ex:s><urn:ex:p>\"v\"_:g.")
            << Quad { s, p, Term::literal(QStringLiteral("v")), Term::blank(QStringLiteral("g")) };
        QTest::newRow("label ending before dot") << QByteArray(
            "<urn:ex:s> <urn:ex:p> _:o.") << Quad { s, p, Term::blank(QStringLiteral("o")), Term::defaultGraph() };
        QTest::newRow("language") << QByteArray("<urn:ex:s> <urn:ex:p> \"chat\"@fr-BE .")
                                  << Quad { s,
                                         p,
                                         Term::literal(QStringLiteral("chat"), {}, QStringLiteral("fr-BE")),
                                         Term::defaultGraph() };
        QTest::newRow("datatype") << QByteArray(
            "<urn:ex:s> <urn:ex:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .")
                                  << Quad { s,
                                         p,
                                         Term::literal(QStringLiteral("1"),
                                             QStringLiteral("http://www.w3.org/2001/XMLSchema#integer")),
                                         Term::defaultGraph() };
        QTest::newRow("xsd:string dropped")
            << QByteArray("<urn:ex:s> <urn:ex:p> \"a\"^^<" + nquads::kXsdString.toUtf8() + "> .")
            << Quad { s, p, Term::literal(QStringLiteral("a")), Term::defaultGraph() };
        QTest::newRow("echar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\t\\b\\n\\r\\f\\\"\\'\\\\\" .")
                               << Quad { s, p, Term::literal(QStringLiteral("\t\b\n\r\f\"'\\")), Term::defaultGraph() };
        QTest::newRow("uchar") << QByteArray("<urn:ex:s> <urn:ex:\\u0070> \"\\u00e9\\U0001F303\\ud83c\\udf03\" .")
                               << Quad { s,
                                      p,
                                      Term::literal(QString::fromUtf8("\xc3\xa9\xf0\x9f\x8c\x83\xf0\x9f\x8c\x83")),
                                      Term::defaultGraph() };
        QTest::newRow("comment after") << QByteArray("<urn:ex:s> <urn:ex:p> \"#\" . # note")
                                       << Quad { s, p, Term::literal(QStringLiteral("#")), Term::defaultGraph() };
    }

    void parseTerms()
    {
        QFETCH(QByteArray, line);
        QFETCH(Quad, expected);
        const Result<Dataset> ds = nquads::parse(line);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().message.untranslated()));
        QCOMPARE(ds->size(), 1);
        QVERIFY2(ds->first() == expected, qPrintable(nquads::quadToString(ds->first())));
    }

    void parseDocument()
    {
        const QByteArray text = "# header\r\n\n"
                                "<urn:ex:s> <urn:ex:p> _:a .\r"
                                "  \t<urn:ex:s> <urn:ex:p> _:a . \n"
                                "<urn:ex:s> <urn:ex:p> _:b .";
        const Result<Dataset> ds = nquads::parse(text);
        QVERIFY2(ds.ok(), qPrintable(ds.ok() ? QString() : ds.error().message.untranslated()));
        QCOMPARE(ds->size(), 2); // the duplicate quad is dropped
        QCOMPARE(nquads::serialize(*ds), QByteArray("<urn:ex:s> <urn:ex:p> _:a .\n<urn:ex:s> <urn:ex:p> _:b .\n"));
        QVERIFY2(nquads::parse(QByteArray()).ok(), "empty text is an empty dataset");
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing dot") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o>")
                                     << QStringLiteral("rdf/nquads-expected-dot");
        QTest::newRow("relative IRI") << QByteArray("<s> <urn:ex:p> <urn:ex:o> .")
                                      << QStringLiteral("rdf/nquads-iri-not-absolute");
        QTest::newRow("space in IRI") << QByteArray("<urn:ex:a b> <urn:ex:p> <urn:ex:o> .")
                                      << QStringLiteral("rdf/nquads-iri-character");
        QTest::newRow("unterminated IRI")
            << QByteArray("<urn:ex:s <urn:ex:p> <urn:ex:o> .") << QStringLiteral("rdf/nquads-iri-character");
        QTest::newRow("literal subject") << QByteArray("\"s\" <urn:ex:p> <urn:ex:o> .")
                                         << QStringLiteral("rdf/nquads-expected-iri-or-blank");
        QTest::newRow("blank predicate") << QByteArray("<urn:ex:s> _:p <urn:ex:o> .")
                                         << QStringLiteral("rdf/nquads-expected-iri");
        QTest::newRow("unterminated literal")
            << QByteArray("<urn:ex:s> <urn:ex:p> \"abc .") << QStringLiteral("rdf/nquads-literal-unterminated");
        QTest::newRow("bad echar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\q\" .")
                                   << QStringLiteral("rdf/nquads-escape-invalid");
        QTest::newRow("short uchar") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\u12\" .")
                                     << QStringLiteral("rdf/nquads-escape-hex-invalid");
        QTest::newRow("lone surrogate") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\ud800\" .")
                                        << QStringLiteral("rdf/nquads-escape-not-scalar");
        QTest::newRow("out of range") << QByteArray("<urn:ex:s> <urn:ex:p> \"\\U00110000\" .")
                                      << QStringLiteral("rdf/nquads-escape-not-scalar");
        QTest::newRow("bad language") << QByteArray("<urn:ex:s> <urn:ex:p> \"a\"@ .")
                                      << QStringLiteral("rdf/nquads-language-tag-invalid");
        QTest::newRow("extra term") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> <urn:ex:g> <urn:ex:x> .")
                                    << QStringLiteral("rdf/nquads-expected-dot");
        QTest::newRow("text after dot") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> . x")
                                        << QStringLiteral("rdf/nquads-text-after-dot");
        QTest::newRow("literal graph") << QByteArray("<urn:ex:s> <urn:ex:p> <urn:ex:o> \"g\" .")
                                       << QStringLiteral("rdf/nquads-expected-iri-or-blank");
        QTest::newRow("invalid UTF-8") << QByteArray("<urn:ex:s> <urn:ex:p> \"\xc3\" .")
                                       << QStringLiteral("rdf/nquads-not-utf8");
    }

    void badInput()
    {
        QFETCH(QByteArray, text);
        const Result<Dataset> ds = nquads::parse(text);
        QVERIFY2(!ds.ok(), "malformed N-Quads must be rejected");
        QCOMPARE(ds.error().code, ErrorCode::InvalidInput);
        QVERIFY2(!ds.error().message.isEmpty(), "errors must explain themselves");
        QFETCH(QString, reason);
        QCOMPARE(ds.error().reason, reason);
    }

    void serializeLiteral_data()
    {
        QTest::addColumn<Term>("term");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mandatory escapes")
            << Term::literal(QStringLiteral("\"\\\n\r")) << QStringLiteral("\"\\\"\\\\\\n\\r\"");
        QTest::newRow("echar controls") << Term::literal(QStringLiteral("\t\b\f")) << QStringLiteral("\"\\t\\b\\f\"");
        QTest::newRow("other controls") << Term::literal(QString::fromLatin1("\x01\x1f\x7f"))
                                        << QStringLiteral("\"\\u0001\\u001F\\u007F\"");
        QTest::newRow("non-ASCII literal")
            << Term::literal(QString::fromUtf8("\xe2\x88\x9e'")) << QString::fromUtf8("\"\xe2\x88\x9e'\"");
        QTest::newRow("language wins over datatype") << Term::literal(QStringLiteral("a"),
            QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"),
            QStringLiteral("en")) << QStringLiteral("\"a\"@en");
        QTest::newRow("explicit xsd:string omitted")
            << Term::literal(QStringLiteral("a"), nquads::kXsdString) << QStringLiteral("\"a\"");
        QTest::newRow("typed") << Term::literal(QStringLiteral("1"), QStringLiteral("urn:ex:t"))
                               << QStringLiteral("\"1\"^^<urn:ex:t>");
        QTest::newRow("blank") << Term::blank(QStringLiteral("c14n0")) << QStringLiteral("_:c14n0");
        QTest::newRow("non-ASCII IRI") << Term::iri(QString::fromUtf8("urn:ex:caf\xc3\xa9/\xf0\x9f\x8c\x83"))
                                       << QString::fromUtf8("<urn:ex:caf\xc3\xa9/\xf0\x9f\x8c\x83>");
        QString lone = QStringLiteral("a?b?");
        lone[1] = QChar(0xD800); // unpaired high surrogate before ASCII
        lone[3] = QChar(0xDC00); // unpaired low surrogate at the end
        QTest::newRow("unpaired surrogates") << Term::literal(lone) << QLatin1Char('"') + lone + QLatin1Char('"');
    }

    void serializeLiteral()
    {
        QFETCH(Term, term);
        QFETCH(QString, expected);
        QCOMPARE(nquads::termToString(term), expected);
        // The byte writer that canonicalization uses gives exactly the UTF-8 of the text form.
        QByteArray bytes("x");
        nquads::appendTerm(bytes, term);
        QCOMPARE(bytes, "x" + expected.toUtf8());
        const Quad quad { Term::iri(QStringLiteral("urn:ex:s")),
            Term::iri(QStringLiteral("urn:ex:p")),
            term,
            Term::iri(QStringLiteral("urn:ex:g")) };
        QByteArray line;
        nquads::appendQuad(line, quad);
        QCOMPARE(line, nquads::quadToString(quad).toUtf8() + '\n');
        QCOMPARE(nquads::serialize({ quad, quad }), line + line);
    }
};

QTEST_GUILESS_MAIN(TestNQuads)
#include "TestNQuads.moc"
