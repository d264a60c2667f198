// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// The core modules whose every error names a stable reason ("module/what"): tools and tests tell refusals apart
/// by it, never by the words.
const QStringList kModules { QStringLiteral("jose"),
    QStringLiteral("did"),
    QStringLiteral("crypto"),
    QStringLiteral("codec"),
    QStringLiteral("canon"),
    QStringLiteral("cborld"),
    QStringLiteral("rdf"),
    QStringLiteral("jsonld"),
    QStringLiteral("backup"),
    QStringLiteral("export"),
    QStringLiteral("model"),
    QStringLiteral("store"),
    QStringLiteral("util"),
    QStringLiteral("verify"),
    QStringLiteral("present"),
    QStringLiteral("formats"),
    QStringLiteral("session"),
    QStringLiteral("records"),
    QStringLiteral("net"),
    QStringLiteral("qr") };

/// Whether the quote at `i` separates digits (86'400'000): the word before it starts with a digit.
bool isDigitSeparator(const QString& text, qsizetype i)
{
    qsizetype start = i;
    while (start > 0 && (text.at(start - 1).isLetterOrNumber() || text.at(start - 1) == QLatin1Char('\'')))
        --start;
    return start < i && text.at(start).isDigit();
}

/// The source with comments and the insides of string and character literals blanked, offsets kept.
QString codeOnly(const QString& source)
{
    QString out = source;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c == QLatin1Char('/') && i + 1 < out.size() && out.at(i + 1) == QLatin1Char('/')) {
            while (i < out.size() && out.at(i) != QLatin1Char('\n'))
                out[i++] = QLatin1Char(' ');
        } else if (c == QLatin1Char('/') && i + 1 < out.size() && out.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = out.indexOf(QLatin1String("*/"), i + 2);
            const qsizetype stop = end < 0 ? out.size() : end + 2;
            for (; i < stop; ++i)
                if (out.at(i) != QLatin1Char('\n'))
                    out[i] = QLatin1Char(' ');
            --i;
        } else if (c == QLatin1Char('"') && i > 0 && out.at(i - 1) == QLatin1Char('R')) {
            // A raw string, R"(...)" or with a delimiter (the store writes its SQL as R"SQL(...)SQL").
            const qsizetype open = out.indexOf(QLatin1Char('('), i + 1);
            QString closing = QStringLiteral(")\"");
            if (open > i)
                closing.insert(1, out.mid(i + 1, open - i - 1));
            const qsizetype end = out.indexOf(closing, open > i ? open + 1 : i + 1);
            const qsizetype stop = end < 0 ? out.size() : end + closing.size() - 1;
            for (++i; i < stop; ++i)
                if (out.at(i) != QLatin1Char('\n'))
                    out[i] = QLatin1Char(' ');
        } else if (c == QLatin1Char('\'') && isDigitSeparator(out, i)) {
            continue;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            for (++i; i < out.size() && out.at(i) != c; ++i) {
                if (out.at(i) == QLatin1Char('\\') && i + 1 < out.size())
                    out[i++] = QLatin1Char(' ');
                out[i] = QLatin1Char(' ');
            }
        }
    }
    return out;
}

/// The top-level arguments of the call whose opening bracket is at `open`, as written in `source`.
QStringList arguments(const QString& code, const QString& source, qsizetype open)
{
    const QChar closer = code.at(open) == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(')');
    QStringList args;
    int depth = 0;
    qsizetype start = open + 1;
    for (qsizetype i = open + 1; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
            ++depth;
        } else if (depth == 0 && (c == closer || c == QLatin1Char(','))) {
            args.append(source.mid(start, i - start).simplified());
            if (c == closer)
                break;
            start = i + 1;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
            --depth;
        }
    }
    return args;
}

/// Every invalidInput(...), Error(ErrorCode::...) and { ErrorCode::... } in `source` that gives no reason, or a
/// literal reason not of the form "module/kebab-case", as "line N: call".
QStringList unnamedErrors(const QString& source, const QString& module)
{
    static const QRegularExpression call(
        QStringLiteral(R"((?<![A-Za-z0-9_])(?:(invalidInput)\s*\(|Error\s*(\()\s*ErrorCode::|(\{)\s*ErrorCode::))"));
    static const QRegularExpression empty(QStringLiteral(R"(^(\{\}|QString\(\)|QStringLiteral\(""\))$)"));
    static const QRegularExpression literal(QStringLiteral("^QStringLiteral\\(\"([^\"]*)\"\\)$"));
    const QRegularExpression wellFormed(
        QStringLiteral("^%1/[a-z0-9]+(-[a-z0-9]+)*$").arg(QRegularExpression::escape(module)));
    const QString code = codeOnly(source);
    QStringList found;
    for (auto it = call.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool isInvalidInput = !m.captured(1).isEmpty();
        const qsizetype open = isInvalidInput ? code.indexOf(QLatin1Char('('), m.capturedStart(1))
                                              : (m.capturedStart(2) >= 0 ? m.capturedStart(2) : m.capturedStart(3));
        const QStringList args = arguments(code, source, open);
        if (isInvalidInput && !args.isEmpty() && args.constFirst().startsWith(QLatin1String("Text ")))
            continue; // the declaration itself
        const qsizetype wanted = isInvalidInput ? 2 : 3;
        const QString reason = args.size() >= wanted ? args.at(wanted - 1) : QString();
        const QRegularExpressionMatch lit = literal.match(reason);
        const bool bad = reason.isEmpty() || empty.match(reason).hasMatch()
            || (lit.hasMatch() && !wellFormed.match(lit.captured(1)).hasMatch());
        if (bad) {
            const qsizetype line = code.left(m.capturedStart()).count(QLatin1Char('\n')) + 1;
            found.append(QStringLiteral("line %1: %2").arg(line).arg(source.mid(m.capturedStart(), 100).simplified()));
        }
    }
    return found;
}

/// How many error constructions the scan sees in `source`, so a module that moved cannot pass by having none.
int errorSites(const QString& source)
{
    static const QRegularExpression call(
        QStringLiteral(R"((?<![A-Za-z0-9_])(?:invalidInput\s*\(|Error\s*\(\s*ErrorCode::|\{\s*ErrorCode::))"));
    int n = 0;
    for (auto it = call.globalMatch(codeOnly(source)); it.hasNext(); it.next())
        ++n;
    return n;
}

/// The source tree: the test data lives in its tests/data.
QString sourceRoot()
{
    return QDir::cleanPath(QStringLiteral(LER_TEST_DATA "/../.."));
}

} // namespace

class TestErrorReasons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// The check itself: it finds what it must and nothing else.
    void scanFindsErrorsWithoutAReason_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("unnamed");
        QTest::newRow("invalidInput without reason")
            << QStringLiteral(R"(return invalidInput(tx("ler::x", "a, b"));)") << 1;
        QTest::newRow("invalidInput with reason")
            << QStringLiteral(R"(return invalidInput(tx("ler::x", "a"), QStringLiteral("x/a-b"));)") << 0;
        QTest::newRow("Error on two lines")
            << QStringLiteral("return Error(\n    ErrorCode::Io, tx(\"c\", \"s\"));") << 1;
        QTest::newRow("Error with reason")
            << QStringLiteral(R"(return Error(ErrorCode::Io, tx("c", "s").arg(f(a, b)), QStringLiteral("x/io"));)")
            << 0;
        QTest::newRow("Error with a passed-on reason")
            << QStringLiteral(R"(return Error(ErrorCode::Io, tx("c", "s"), cause.reason);)") << 0;
        QTest::newRow("Error with an empty reason")
            << QStringLiteral(R"(return Error(ErrorCode::Io, tx("c", "s"), {});)") << 1;
        QTest::newRow("braces without reason") << QStringLiteral(R"(return { ErrorCode::Io, tx("c", "s") };)") << 1;
        QTest::newRow("braces with reason")
            << QStringLiteral(R"(return { ErrorCode::Io, tx("c", "s"), QStringLiteral("x/io") };)") << 0;
        QTest::newRow("reason of another module")
            << QStringLiteral(R"(return invalidInput(tx("c", "s"), QStringLiteral("y/io"));)") << 1;
        QTest::newRow("reason not in kebab case")
            << QStringLiteral(R"(return invalidInput(tx("c", "s"), QStringLiteral("x/Bad Reason"));)") << 1;
        QTest::newRow("in a comment") << QStringLiteral("// return invalidInput(tx(\"c\", \"s\"));") << 0;
        QTest::newRow("in a string") << QStringLiteral("const char* s = \"invalidInput(x)\";") << 0;
        QTest::newRow("digit separators and raw strings") << QStringLiteral(
            "int d = 86'400'000; auto r = R\"(a\" invalidInput(x))\"; return invalidInput(tx(\"c\", \"s\"));")
                                                          << 1;
        QTest::newRow("raw string with a delimiter") << QStringLiteral(
            "auto q = R\"SQL(SELECT \")\" invalidInput(x))SQL\"; return invalidInput(tx(\"c\", \"s\"));")
                                                     << 1;
        QTest::newRow("another function") << QStringLiteral(R"(return myinvalidInput(tx("c", "s"));)") << 0;
    }
    void scanFindsErrorsWithoutAReason()
    {
        QFETCH(QString, source);
        QFETCH(int, unnamed);
        const QStringList found = unnamedErrors(source, QStringLiteral("x"));
        QVERIFY2(found.size() == unnamed, qPrintable(found.join(QLatin1Char('\n'))));
    }

    void everyErrorHasAReason_data()
    {
        QTest::addColumn<QString>("module");
        for (const QString& module : kModules)
            QTest::newRow(qPrintable(module)) << module;
    }
    void everyErrorHasAReason()
    {
        QFETCH(QString, module);
        const QString dir = sourceRoot() + QStringLiteral("/core/") + module;
        QVERIFY2(QDir(dir).exists(), qPrintable(dir));
        QStringList problems;
        int sites = 0;
        QDirIterator it(
            dir, { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);

            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const QString source = QString::fromUtf8(f.readAll());
            sites += errorSites(source);
            for (const QString& p : unnamedErrors(source, module))
                problems.append(QDir(sourceRoot()).relativeFilePath(path) + QStringLiteral(", ") + p);
        }
        QVERIFY2(sites > 0, "no errors found: has the module moved?");
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("errors without a stable reason \"%1/...\":\n").arg(module)
                + problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestErrorReasons)
#include "TestErrorReasons.moc"
