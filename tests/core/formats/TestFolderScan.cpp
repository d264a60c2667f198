// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FolderScan.h"
#include "core/formats/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::formats;

/// The one folder scan behind "Import a folder" in the app and `import FOLDER` on the command line.
class TestFolderScan : public QObject
{
    Q_OBJECT

    static void touch(const QString& path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
    }

private Q_SLOTS:
    void scansWhatEveryImporterDeclares()
    {
        // The scan and the file dialogs offer exactly the importers' suffixes, so no readable file type is left out.
        const FormatRegistry registry;
        QStringList scanned = credentialFileSuffixes();
        QStringList declared;
        for (const Importer* importer : registry.importers()) {
            const QStringList own = importer->fileSuffixes();
            QVERIFY2(!own.isEmpty(), qPrintable(importer->formatId() + QStringLiteral(" declares no file suffix")));
            for (const QString& suffix : own) {
                QVERIFY2(!suffix.isEmpty() && suffix == suffix.toLower() && !suffix.contains(QLatin1Char('.')),
                    qPrintable(importer->formatId() + QStringLiteral(": ") + suffix));
                declared.append(suffix);
            }
        }
        declared.removeDuplicates();
        QCOMPARE(scanned, declared);
        QCOMPARE(scanned.removeDuplicates(), 0);
        for (const char* suffix : { "json", "jwt", "sdjwt", "vc", "png", "svg", "xml", "csv" })
            QVERIFY2(scanned.contains(QLatin1String(suffix)), suffix);
    }

    void findsCredentialFilesInEveryVisibleSubfolder()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        for (const char* name : { "a.json",
                 "b/c.PNG",
                 "b/d/e.jwt",
                 "b/d/f.sdjwt",
                 "g.vc",
                 "h.xml",
                 "i.csv",
                 "j.svg",
                 "k.jsonld",
                 "l.txt",
                 "notes.md",
                 "photo.jpg",
                 "noext",
                 ".hidden.json",
                 ".git/config.json",
                 "b/.cache/x.json",
                 "b/d/.y.png" }) {
            touch(root + QLatin1Char('/') + QLatin1String(name));
        }
        // A link back to the top must not make the scan go round.
        QVERIFY(QFile::link(root, root + QStringLiteral("/b/loop")));
        auto found = credentialFilesIn(root);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message.untranslated()));
        QStringList relative;
        for (const QString& path : *found) {
            relative.append(QDir(root).relativeFilePath(path));
        }
        const QStringList expected { QStringLiteral("a.json"),
            QStringLiteral("b/c.PNG"),
            QStringLiteral("b/d/e.jwt"),
            QStringLiteral("b/d/f.sdjwt"),
            QStringLiteral("g.vc"),
            QStringLiteral("h.xml"),
            QStringLiteral("i.csv"),
            QStringLiteral("j.svg"),
            QStringLiteral("k.jsonld"),
            QStringLiteral("l.txt") };
        QCOMPARE(relative, expected);
    }

    void emptyFolderGivesNoFiles()
    {
        QTemporaryDir tmp;
        touch(tmp.filePath(QStringLiteral(".only-hidden.json")));
        auto found = credentialFilesIn(tmp.path());
        QVERIFY(found);
        QVERIFY(found->isEmpty());
    }

    void refusesWhatIsNotAFolder()
    {
        QTemporaryDir tmp;
        touch(tmp.filePath(QStringLiteral("file.json")));
        auto missing = credentialFilesIn(tmp.filePath(QStringLiteral("nope")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QCOMPARE(missing.error().reason, QStringLiteral("formats/folder-not-found"));
        auto file = credentialFilesIn(tmp.filePath(QStringLiteral("file.json")));
        QVERIFY(!file);
        QCOMPARE(file.error().code, ErrorCode::InvalidInput);
        QCOMPARE(file.error().reason, QStringLiteral("formats/not-a-folder"));
    }

    void refusesMoreFilesThanTheLimit()
    {
        QTemporaryDir tmp;
        for (int i = 0; i < 4; ++i) {
            touch(tmp.filePath(QStringLiteral("sub/%1.json").arg(i)));
        }
        touch(tmp.filePath(QStringLiteral("sub/readme.md"))); // not counted
        QVERIFY(credentialFilesIn(tmp.path(), 4));
        auto over = credentialFilesIn(tmp.path(), 3);
        QVERIFY(!over);
        QCOMPARE(over.error().code, ErrorCode::LimitExceeded);
        QCOMPARE(over.error().reason, QStringLiteral("formats/folder-too-many-files"));
    }
};

QTEST_GUILESS_MAIN(TestFolderScan)
#include "TestFolderScan.moc"
