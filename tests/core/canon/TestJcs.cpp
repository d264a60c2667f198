// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/canon/Jcs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <bit>
#include <cmath>
#include <limits>

using namespace ler;

namespace {

const QString kVectors = QStringLiteral(LER_TEST_DATA "/vectors/jcs/");

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestJcs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : { "arrays", "french", "structures", "unicode", "values", "weird" })
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void vectors()
    {
        QFETCH(QString, name);
        const QByteArray input = readFile(kVectors + QStringLiteral("input/") + name + QStringLiteral(".json"));
        const QByteArray expected = readFile(kVectors + QStringLiteral("output/") + name + QStringLiteral(".json"));
        const QByteArray hex = readFile(kVectors + QStringLiteral("outhex/") + name + QStringLiteral(".txt"));
        QVERIFY2(!input.isEmpty() && !expected.isEmpty() && !hex.isEmpty(), "test vector files are missing");
        const Result<QByteArray> out = jcs::canonicalize(input);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message.untranslated()));
        QVERIFY2(*out == expected, qPrintable(QStringLiteral("got %1").arg(QString::fromUtf8(*out))));
        QCOMPARE(out->toHex(' '), hex.simplified().toLower());
        ++m_vectorsPassed;
        if (m_vectorsPassed == 6)
            qInfo("JCS vectors: 6/6 passed");
    }

    void es6Numbers()
    {
        const QList<QByteArray> lines
            = readFile(kVectors + QStringLiteral("es6-numbers/es6testfile-first-10000-lines.txt")).split('\n');
        int total = 0, passed = 0;
        QString firstFailure;
        for (const QByteArray& line : lines) {
            if (line.isEmpty())
                continue;
            ++total;
            const qsizetype comma = line.indexOf(',');
            bool ok = false;
            const double value = std::bit_cast<double>(line.left(comma).toULongLong(&ok, 16));
            const QString expected = QString::fromLatin1(line.mid(comma + 1));
            const QString got = jcs::formatNumber(value);
            if (ok && got == expected)
                ++passed;
            else if (firstFailure.isEmpty())
                firstFailure = QStringLiteral("%1: got %2").arg(QString::fromLatin1(line), got);
        }
        qInfo("ES6 number serialization: %d/%d passed", passed, total);
        QVERIFY2(total == 10000, "the ES6 number file should hold 10000 lines");
        QVERIFY2(passed == total, qPrintable(firstFailure));
    }

    void formatNumber_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("integer") << 56.0 << QStringLiteral("56");
        QTest::newRow("negative") << -4.5 << QStringLiteral("-4.5");
        QTest::newRow("1e20 fixed") << 1e20 << QStringLiteral("100000000000000000000");
        QTest::newRow("1e21 exponent") << 1e21 << QStringLiteral("1e+21");
        QTest::newRow("1e-6 fixed") << 1e-6 << QStringLiteral("0.000001");
        QTest::newRow("1e-7 exponent") << 1e-7 << QStringLiteral("1e-7");
        QTest::newRow("mantissa exponent") << 1.5e-9 << QStringLiteral("1.5e-9");
        QTest::newRow("shortest digits") << 0.1 + 0.2 << QStringLiteral("0.30000000000000004");
        QTest::newRow("max double") << std::numeric_limits<double>::max() << QStringLiteral("1.7976931348623157e+308");
        QTest::newRow("min subnormal") << std::numeric_limits<double>::denorm_min() << QStringLiteral("5e-324");
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << QString();
        QTest::newRow("Infinity") << std::numeric_limits<double>::infinity() << QString();
    }

    void formatNumber()
    {
        QFETCH(double, value);
        QFETCH(QString, expected);
        QCOMPARE(jcs::formatNumber(value), expected);
    }

    void goodInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("scalar number") << QByteArray(" 1E2 ") << QByteArray("100");
        QTest::newRow("scalar string") << QByteArray("\"\\u00e9\\u001f\\/\"") << QByteArray("\"\xc3\xa9\\u001f/\"");
        QTest::newRow("negative zero") << QByteArray("-0.0") << QByteArray("0");
        QTest::newRow("exponent one") << QByteArray("[1.0e+0]") << QByteArray("[1]");
        QTest::newRow("literals") << QByteArray("[true , false,null]") << QByteArray("[true,false,null]");
        QTest::newRow("brackets in strings") << QByteArray("{\"[[[{\":\"]]}}\"}") << QByteArray("{\"[[[{\":\"]]}}\"}");
        QTest::newRow("same key in sibling objects")
            << QByteArray("[{\"a\":1},{\"a\":2}]") << QByteArray("[{\"a\":1},{\"a\":2}]");
        // Qt cannot look such a name up again; its member must still be written.
        QTest::newRow("name holding U+0000")
            << QByteArray("{\"b\":2,\"a\\u0000\":1}") << QByteArray("{\"a\\u0000\":1,\"b\":2}");
        QTest::newRow("big integer becomes double") << QByteArray("9007199254740993") << QByteArray("9007199254740992");
        QTest::newRow("depth at the limit") << QByteArray(jcs::kMaxDepth, '[') + QByteArray(jcs::kMaxDepth, ']')
                                            << QByteArray(jcs::kMaxDepth, '[') + QByteArray(jcs::kMaxDepth, ']');
    }

    void goodInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, expected);
        const Result<QByteArray> out = jcs::canonicalize(json);
        QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().message.untranslated()));
        QCOMPARE(*out, expected);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << ErrorCode::InvalidInput << QStringLiteral("canon/json-not-one-value");
        QTest::newRow("truncated") << QByteArray("{\"a\":[1,2") << ErrorCode::InvalidInput
                                   << QStringLiteral("canon/json-malformed");
        QTest::newRow("truncated string")
            << QByteArray("{\"a\":\"b") << ErrorCode::InvalidInput << QStringLiteral("canon/json-malformed");
        QTest::newRow("NaN") << QByteArray("[NaN]") << ErrorCode::InvalidInput
                             << QStringLiteral("canon/json-malformed");
        QTest::newRow("Infinity") << QByteArray("{\"x\":Infinity}") << ErrorCode::InvalidInput
                                  << QStringLiteral("canon/json-malformed");
        QTest::newRow("overflowing number")
            << QByteArray("[1E400]") << ErrorCode::InvalidInput << QStringLiteral("canon/json-malformed");
        QTest::newRow("two values") << QByteArray("1 2") << ErrorCode::InvalidInput
                                    << QStringLiteral("canon/json-malformed");
        QTest::newRow("values with comma")
            << QByteArray("1,2") << ErrorCode::InvalidInput << QStringLiteral("canon/json-not-one-value");
        QTest::newRow("escape from wrapper")
            << QByteArray("1],[2") << ErrorCode::InvalidInput << QStringLiteral("canon/json-malformed");
        QTest::newRow("trailing garbage")
            << QByteArray("{} x") << ErrorCode::InvalidInput << QStringLiteral("canon/json-malformed");
        QTest::newRow("duplicate key") << QByteArray("{\"a\":1,\"a\":2}") << ErrorCode::InvalidInput
                                       << QStringLiteral("canon/json-duplicate-key");
        QTest::newRow("duplicate escaped key") << QByteArray("{\"a\":1,\"\\u0061\":2}") << ErrorCode::InvalidInput
                                               << QStringLiteral("canon/json-duplicate-key");
        // Qt's parser reads "\0" as "0" and lets raw control characters through; RFC 8259 allows neither.
        QTest::newRow("undefined escape")
            << QByteArray("{\"\\0u00a\":1}") << ErrorCode::InvalidInput << QStringLiteral("canon/json-bad-escape");
        QTest::newRow("escape of a letter")
            << QByteArray("[\"\\a\"]") << ErrorCode::InvalidInput << QStringLiteral("canon/json-bad-escape");
        QTest::newRow("short \\u escape")
            << QByteArray("[\"\\u12\"]") << ErrorCode::InvalidInput << QStringLiteral("canon/json-malformed");
        QTest::newRow("raw NUL in a key")
            << QByteArray("{\"a\0\":1}", 7) << ErrorCode::InvalidInput << QStringLiteral("canon/json-malformed");
        QTest::newRow("raw newline in a value")
            << QByteArray("[\"a\nb\"]") << ErrorCode::InvalidInput << QStringLiteral("canon/json-control-character");
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud800\"]") << ErrorCode::InvalidInput
                                        << QStringLiteral("canon/json-lone-surrogate");
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << ErrorCode::InvalidInput
                                       << QStringLiteral("canon/json-malformed");
        QTest::newRow("too deep") << QByteArray(jcs::kMaxDepth + 1, '[') + QByteArray(jcs::kMaxDepth + 1, ']')
                                  << ErrorCode::LimitExceeded << QStringLiteral("canon/json-too-deep");
        QTest::newRow("very deep unterminated")
            << QByteArray(1000000, '[') << ErrorCode::LimitExceeded << QStringLiteral("canon/json-too-deep");
        QTest::newRow("deep objects") << QByteArray("{\"a\":").repeated(300) << ErrorCode::LimitExceeded
                                      << QStringLiteral("canon/json-too-deep");
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        const Result<QByteArray> out = jcs::canonicalize(json);
        QVERIFY2(!out.ok(),
            qPrintable(QStringLiteral("accepted, gave %1").arg(QString::fromUtf8(out.ok() ? *out : QByteArray()))));
        QVERIFY2(out.error().code == code,
            qPrintable(errorCodeName(out.error().code) + QStringLiteral(": ") + out.error().message.untranslated()));
        QVERIFY2(!out.error().message.isEmpty(), "errors must explain themselves");
        QFETCH(QString, reason);
        QCOMPARE(out.error().reason, reason);
    }

    void valueApi()
    {
        QJsonObject o;
        o.insert(QStringLiteral("b"), QJsonArray { 1.5, QStringLiteral("x"), QJsonValue::Null });
        o.insert(QStringLiteral("a"), true);
        const Result<QByteArray> out = jcs::canonicalize(QJsonDocument(o));
        QVERIFY2(out.ok(), "a plain object should canonicalize");
        QCOMPARE(*out, QByteArray("{\"a\":true,\"b\":[1.5,\"x\",null]}"));

        const Result<QByteArray> nan = jcs::canonicalize(QJsonValue(std::numeric_limits<double>::quiet_NaN()));
        QVERIFY2(!nan.ok() && nan.error().code == ErrorCode::InvalidInput, "NaN must be rejected");

        QJsonValue deep = QJsonArray();
        for (int i = 0; i < jcs::kMaxDepth + 2; ++i)
            deep = QJsonArray { deep };
        const Result<QByteArray> tooDeep = jcs::canonicalize(deep);
        QVERIFY2(!tooDeep.ok() && tooDeep.error().code == ErrorCode::LimitExceeded, "deep values must be refused");
    }

private:
    int m_vectorsPassed = 0;
};

QTEST_GUILESS_MAIN(TestJcs)
#include "TestJcs.moc"
