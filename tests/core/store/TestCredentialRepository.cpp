// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: LER Wallet contributors
#include "core/formats/FormatRegistry.h"
#include "core/session/ImportService.h"
#include "core/store/CredentialRepository.h"
#include "core/store/Wallet.h"
#include "support/TestWalletHelpers.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace ler;
using namespace ler::store;
using session::ImportInput;
using session::ImportService;

namespace {

const QByteArray kPass("tulip-harbor-ninety-seven");

QString dataPath(const QString& relative)
{
    return QStringLiteral(LER_TEST_DATA "/formats/") + relative;
}

QByteArray readData(const QString& relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("missing test data %s", qPrintable(relative));
    }
    return f.readAll();
}

/// Every file in tests/data/formats/*/valid, relative to tests/data/formats.
QStringList validSamples()
{
    QStringList files;
    const QDir root(dataPath({}));
    for (const QString& format : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir valid(root.filePath(format + QStringLiteral("/valid")));
        for (const QString& name : valid.entryList(QDir::Files, QDir::Name)) {
            files.append(format + QStringLiteral("/valid/") + name);
        }
    }
    return files;
}

/// The Open Badges 3.0 sample with another credential id and name: a distinct credential.
QByteArray ob3Variant(int n, const QString& name = {})
{
    QJsonObject o = QJsonDocument::fromJson(readData(QStringLiteral("openbadges3/valid/simple.json"))).object();
    o.insert(
        QStringLiteral("id"), QStringLiteral("urn:uuid:00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    o.insert(QStringLiteral("name"), name.isEmpty() ? QStringLiteral("Teamwork Badge %1").arg(n) : name);
    return QJsonDocument(o).toJson();
}

std::unique_ptr<Wallet> makeWallet(const QString& dir)
{
    auto created = Wallet::create(dir, kPass, crypto::KdfParams::cheapForTests());
    if (!created) {
        qFatal("wallet: %s", qPrintable(created.error().message.untranslated()));
    }
    return std::move(created->wallet);
}

QString describe(const Error& e)
{
    return errorCodeName(e.code) + QStringLiteral(": ") + e.message.untranslated();
}

} // namespace

class TestCredentialRepository : public QObject
{
    Q_OBJECT

    formats::FormatRegistry m_registry;

    formats::ImportBatch parse(const QByteArray& bytes, const QString& name = {})
    {
        auto batch = m_registry.import(bytes, name);
        if (!batch) {
            qFatal("parse %s: %s", qPrintable(name), qPrintable(batch.error().message.untranslated()));
        }
        return *batch;
    }

private Q_SLOTS:
    void remembersWhatWasNotDownloaded()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.filePath(QStringLiteral("w")));
        CredentialRepository repo(wallet->database());
        QFile f(QStringLiteral(LER_TEST_DATA "/formats/openbadges2/valid/basic-assertion.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const formats::ImportBatch batch = parse(f.readAll(), QStringLiteral("basic-assertion.json"));
        QVERIFY2(!batch.items.first().notFetched.isEmpty(), "without a fetcher the linked badge is not downloaded");
        auto stored = repo.storeBatch(batch, QStringLiteral("basic-assertion.json"));
        QVERIFY(stored);
        auto c = repo.get(stored->first().id);
        QVERIFY(c);
        QCOMPARE(c->notFetched, batch.items.first().notFetched);
        // The same offline import again is recognised as the same credential.
        auto again = repo.storeBatch(batch, QStringLiteral("basic-assertion.json"));
        QCOMPARE(again->first().status, ImportStatus::Duplicate);
    }

    void storesEveryValidSample_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = validSamples();
        QVERIFY(files.size() >= 20);
        for (const QString& f : files) {
            QTest::newRow(qPrintable(f)) << f;
        }
    }

    void storesEveryValidSample()
    {
        QFETCH(QString, file);
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        CredentialRepository repo(wallet->database());
        const QByteArray bytes = readData(file);
        const formats::ImportBatch batch = parse(bytes, file);
        auto stored = repo.storeBatch(batch, QFileInfo(file).fileName());
        QVERIFY2(stored, stored ? "" : qPrintable(describe(stored.error())));
        QCOMPARE(stored->size(), batch.items.size());
        int expectedRows = 0;
        for (int i = 0; i < batch.items.size(); ++i) {
            const ImportOutcome& o = stored->at(i);
            const formats::ImportItem& item = batch.items.at(i);
            QCOMPARE(o.status, ImportStatus::Imported);
            QCOMPARE(o.children, item.children.size());
            expectedRows += 1 + o.children;
            auto got = repo.get(o.id);
            QVERIFY2(got, got ? "" : qPrintable(describe(got.error())));
            QCOMPARE(got->record, item.record);
            QCOMPARE(got->original, item.original);
            QCOMPARE(got->childIds.size(), item.children.size());
            QCOMPARE(got->summary.title, item.record.title);
            QCOMPARE(got->summary.format, model::sourceFormatName(item.record.sourceFormat));
            QCOMPARE(got->summary.source, QFileInfo(file).fileName());
            QCOMPARE(*repo.exportOriginal(o.id), item.original);
        }
        if (batch.formatId != QLatin1String("csv")) { // a CSV row's original is the header and that row
            QCOMPARE(*repo.exportOriginal(stored->first().id), bytes); // exact bytes, byte for byte
        }
        QCOMPARE(*repo.count(), expectedRows);
        QCOMPARE(repo.list()->size(), expectedRows);
        QVERIFY(wallet->checkIntegrity().passed());

        // The same file again: nothing new.
        auto again = repo.storeBatch(batch, QStringLiteral("again"));
        QVERIFY(again);
        for (int i = 0; i < again->size(); ++i) {
            QCOMPARE(again->at(i).status, ImportStatus::Duplicate);
            QCOMPARE(again->at(i).id, stored->at(i).id);
            QVERIFY(!again->at(i).note.isEmpty());
        }
        QCOMPARE(*repo.count(), expectedRows);
    }

    void allSamplesInOneWallet()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        ImportService service(wallet->database());
        QList<ImportInput> inputs;
        for (const QString& f : validSamples()) {
            inputs.append(ImportInput::file(dataPath(f)));
        }
        auto report = service.run(inputs);
        QVERIFY2(report, report ? "" : qPrintable(describe(report.error())));
        QCOMPARE(report->inputsDone, inputs.size());
        QCOMPARE(report->count(ImportStatus::Rejected), 0);
        QVERIFY(report->count(ImportStatus::Imported) >= 15);
        // The samples share credential ids: the same badge baked into a PNG and an SVG is one credential
        // (duplicate); the same id with other content (JWT form, other version) is an update.
        const auto statusOf = [&](const char* file) {
            for (const ImportOutcome& o : report->outcomes) {
                if (o.file.endsWith(QLatin1String(file))) {
                    return o.status;
                }
            }
            return ImportStatus::Rejected;
        };
        QCOMPARE(statusOf("baked/valid/simple-json.svg"), ImportStatus::Duplicate);
        QCOMPARE(statusOf("openbadges3/valid/simple.json"), ImportStatus::Duplicate);
        QCOMPARE(statusOf("openbadges3/valid/simple_v1.json"), ImportStatus::UpdateAvailable);
        QVERIFY(wallet->checkIntegrity().passed());
    }

    void updateAvailableAndReplace()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        CredentialRepository repo(wallet->database());
        auto first = repo.storeBatch(parse(ob3Variant(1)), QStringLiteral("a.json"));
        QVERIFY(first);
        const QString id = first->first().id;
        QVERIFY(wallet->database()
                    .exec(QStringLiteral("INSERT INTO verification_results (credential_id, verified_at, outcome, "
                                         "report) VALUES (?1, '2024-01-01T00:00:00Z', 'verified', '{}')"),
                        { id })
                    .ok());
        QCOMPARE(repo.get(id)->summary.verification, QStringLiteral("verified"));

        const formats::ImportBatch changed = parse(ob3Variant(1, QStringLiteral("Renamed Badge")));
        auto offered = repo.storeBatch(changed, QStringLiteral("b.json"));
        QVERIFY(offered);
        QCOMPARE(offered->first().status, ImportStatus::UpdateAvailable);
        QCOMPARE(offered->first().id, id);
        QCOMPARE(*repo.count(), 1);
        QCOMPARE(repo.get(id)->record.title, QStringLiteral("Teamwork Badge 1"));

        QTest::qWait(5); // updated_at must differ from added_at
        auto replaced = repo.storeBatch(changed, QStringLiteral("b.json"), UpdatePolicy::Replace);
        QVERIFY(replaced);
        QCOMPARE(replaced->first().status, ImportStatus::Updated);
        QCOMPARE(replaced->first().id, id);
        QCOMPARE(*repo.count(), 1);
        auto now = repo.get(id);
        QCOMPARE(now->record.title, QStringLiteral("Renamed Badge"));
        QCOMPARE(now->summary.source, QStringLiteral("b.json"));
        QCOMPARE(now->summary.verification, QStringLiteral("unchecked"));
        QVERIFY(now->summary.updatedAt > now->summary.addedAt);
        QCOMPARE(*repo.exportOriginal(id), changed.items.first().original);
        QCOMPARE(repo.search(QStringLiteral("renamed"))->size(), 1);
        QCOMPARE(repo.search(QStringLiteral("teamwork badge 1"))->size(), 0);
        QVERIFY(wallet->checkIntegrity().passed());
    }

    void clrChildrenAndDelete()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        CredentialRepository repo(wallet->database());
        const formats::ImportBatch clr = parse(readData(QStringLiteral("clr2/valid/complex.json")));
        QCOMPARE(clr.items.first().children.size(), 6);
        auto stored = repo.storeBatch(clr, QStringLiteral("complex.json"));
        QVERIFY(stored);
        const QString parent = stored->first().id;
        QCOMPARE(stored->first().children, 6);
        auto list = repo.list();
        QCOMPARE(list->size(), 7);
        QCOMPARE(list->first().id, parent);
        for (int i = 1; i < 7; ++i) {
            QCOMPARE(list->at(i).parentId, parent);
        }
        const QString childTitle = clr.items.first().children.first().record.title;
        const QString childId = list->at(1).id;
        QVERIFY(repo.search(childTitle)->size() >= 1);

        QCOMPARE(repo.remove(childId).ok(), true);
        QCOMPARE(*repo.count(), 6);
        QCOMPARE(repo.remove(parent).ok(), true);
        QCOMPARE(*repo.count(), 0);
        QCOMPARE(repo.search(childTitle)->size(), 0);
        QCOMPARE(repo.search(clr.items.first().record.title)->size(), 0);
        auto fts = wallet->database().scalar(QStringLiteral("SELECT count(*) FROM credentials_fts"));
        QCOMPARE(fts->toInt(), 0);
        QCOMPARE(repo.remove(parent).error().code, ErrorCode::NotFound);
        QVERIFY(wallet->checkIntegrity().passed());
    }

    void untitledRecordIsFoundByIssuerAndFormat()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        CredentialRepository repo(wallet->database());
        QVERIFY(
            repo.storeBatch(parse(readData(QStringLiteral("pesc/valid/SampleHighSchoolTranscript.xml"))), QString()));
        QVERIFY(repo.storeBatch(parse(readData(QStringLiteral("openbadges3/valid/simple.json"))), QString()));
        auto listed = repo.list();
        QVERIFY(listed);
        QString transcript;
        for (const CredentialSummary& s : *listed) {
            if (s.format == QLatin1String("pesc-highschool-transcript")) {
                QVERIFY2(s.title.isEmpty(), "a PESC transcript stores no title of its own");
                transcript = s.id;
            }
        }
        QVERIFY(!transcript.isEmpty());
        const auto ids = [&](const QString& text) {
            QStringList out;
            const auto found = repo.search(text);
            if (!found) {
                return QStringList { QStringLiteral("<error>") };
            }
            for (const CredentialSummary& s : *found) {
                out.append(s.id);
            }
            return out;
        };
        QCOMPARE(ids(QStringLiteral("Austin High")), QStringList { transcript });
        QCOMPARE(ids(QStringLiteral("high school transcript")), QStringList { transcript });
        QVERIFY2(!ids(QStringLiteral("transcript")).isEmpty(), "the format's words find it");
    }

    void search()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        CredentialRepository repo(wallet->database());
        QVERIFY(repo.storeBatch(parse(readData(QStringLiteral("openbadges3/valid/simple.json"))), QString()));
        QVERIFY(repo.storeBatch(parse(readData(QStringLiteral("openbadges3/valid/complete.json"))), QString()));
        QVERIFY(repo.storeBatch(parse(readData(QStringLiteral("csv/valid/entries.csv"))), QString()));
        const auto titles = [&](const QString& text) {
            QStringList out;
            auto found = repo.search(text);
            if (!found) {
                qWarning() << found.error().message;
                return QStringList { QStringLiteral("<error>") };
            }
            for (const auto& s : *found) {
                out.append(s.title);
            }
            return out;
        };
        QCOMPARE(titles(QStringLiteral("teamw")), QStringList { QStringLiteral("Teamwork Badge") }); // title prefix
        QCOMPARE(titles(QStringLiteral("Example Corp")), QStringList { QStringLiteral("Teamwork Badge") }); // issuer
        QVERIFY(titles(QStringLiteral("final project"))
                    .contains(QStringLiteral("1EdTech University Degree for Example Student"))); // skill alignment
        QCOMPARE(titles(QStringLiteral("nothing-like-this")), QStringList());
        // The limit cuts the ranked list: the first of all the matches is the one a limit of one keeps.
        auto all = repo.search(QStringLiteral("example"));
        auto first = repo.search(QStringLiteral("example"), 1);
        QVERIFY(all.ok() && first.ok());
        QVERIFY2(all->size() > 1, "several records mention the word");
        QCOMPARE(first->size(), 1);
        QCOMPARE(first->constFirst().id, all->constFirst().id);
        // Search syntax typed by the user is taken as words, never as an error.
        for (const char* odd : { "\"", "teamwork OR", "NEAR(", "*", "-", "title:x", "a\"b", "(((", "^" }) {
            QVERIFY2(!titles(QString::fromLatin1(odd)).contains(QStringLiteral("<error>")), odd);
        }
        QCOMPARE(titles(QStringLiteral("  ")), QStringList());
    }

    void badInputRollsBackEverything()
    {
        QTemporaryDir tmp;
        {
            auto wallet = makeWallet(tmp.path());
            CredentialRepository repo(wallet->database());
            QVERIFY(repo.storeBatch(parse(ob3Variant(1)), QStringLiteral("one.json")));
        }
        const auto before = test::snapshot(tmp.path());
        {
            auto wallet = Wallet::open(tmp.path(), kPass);
            QVERIFY(wallet);
            CredentialRepository repo((*wallet)->database());
            formats::ImportBatch batch = parse(readData(QStringLiteral("csv/valid/entries.csv")));
            QVERIFY(batch.items.size() >= 3);
            batch.items[2].original += "tampered"; // no longer matches its fingerprint
            auto stored = repo.storeBatch(batch, QStringLiteral("entries.csv"));
            QVERIFY(!stored);
            QCOMPARE(stored.error().code, ErrorCode::InvalidInput);
            QCOMPARE(*repo.count(), 1);

            formats::ImportBatch clr = parse(readData(QStringLiteral("clr2/valid/simple.json")));
            clr.items.first().children.first().contentHash = QStringLiteral("00");
            QVERIFY(!repo.storeBatch(clr, QStringLiteral("clr.json")));
            QCOMPARE(*repo.count(), 1);
        }
        QCOMPARE(test::snapshot(tmp.path()), before);
    }

    void selfAssertedEntry()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        ImportService service(wallet->database());
        model::SelfAssertedEntry entry;
        entry.kind = model::RecordKind::Work;
        entry.title = QStringLiteral("Volunteer tutor");
        entry.organization = QStringLiteral("Riverside Library");
        entry.start = QDate(2021, 9, 1);
        auto stored = service.addEntry(entry);
        QVERIFY2(stored, stored ? "" : qPrintable(describe(stored.error())));
        QCOMPARE(stored->status, ImportStatus::Imported);
        auto flag = wallet->database().scalar(
            QStringLiteral("SELECT self_asserted FROM credentials WHERE id = ?1"), { stored->id });
        QCOMPARE(flag->toInt(), 1);
        auto got = service.repository().get(stored->id);
        QVERIFY(got->summary.selfAsserted);
        QCOMPARE(got->summary.source, QStringLiteral("form"));
        QCOMPARE(got->summary.verification, QStringLiteral("unverifiable"));
        QCOMPARE(service.repository().search(QStringLiteral("riverside"))->size(), 1);
        QCOMPARE(service.addEntry(entry)->status, ImportStatus::Duplicate);

        model::SelfAssertedEntry untitled;
        auto refused = service.addEntry(untitled);
        QVERIFY(!refused);
        QCOMPARE(*service.repository().count(), 1);
    }

    void manyInputsCommitInBatchesAndCancel()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        ImportService service(wallet->database());
        QList<ImportInput> inputs;
        for (int i = 0; i < 40; ++i) {
            inputs.append(ImportInput::data(ob3Variant(i), QStringLiteral("clipboard")));
        }
        inputs.insert(3, ImportInput::file(dataPath(QStringLiteral("openbadges3/broken/truncated.json"))));
        inputs.insert(5, ImportInput::file(tmp.filePath(QStringLiteral("missing.json"))));

        std::atomic<bool> cancel = false;
        QList<int> seen;
        ImportManyOptions options;
        options.commitEvery = 10;
        options.cancel = &cancel;
        options.progress = [&](int done, int total) {
            QCOMPARE(total, 42);
            seen.append(done);
            if (done == 27) {
                cancel = true;
            }
        };
        auto report = service.run(inputs, options);
        QVERIFY2(report, report ? "" : qPrintable(describe(report.error())));
        QVERIFY(report->cancelled);
        QCOMPARE(report->inputs, 42);
        QCOMPARE(report->inputsDone, 27);
        QCOMPARE(seen.size(), 27);
        QCOMPARE(report->count(ImportStatus::Rejected), 2);
        QCOMPARE(report->count(ImportStatus::Imported), 25);
        QCOMPARE(report->commits, 3); // after 10 and 20 credentials, and what was done when cancelled
        // The summary's second part says how far the import went: 27 of the 42 inputs.
        const ler::Text stopped = report->summary().args().value(1);
        QCOMPARE(stopped.args(),
            (QList<ler::Text> {
                ler::Text::verbatim(QStringLiteral("27")), ler::Text::verbatim(QStringLiteral("42")) }));
        QCOMPARE(report->outcomes.at(3).file, inputs.at(3).label);
        QVERIFY(!report->outcomes.at(3).error.isEmpty());
        QCOMPARE(report->outcomes.at(3).status, ImportStatus::Rejected);
        QCOMPARE(*service.repository().count(), 25);

        // What was stored is really committed: it is there after closing and opening again.
        wallet.reset();
        auto reopened = Wallet::open(tmp.path(), kPass);
        QVERIFY(reopened);
        QCOMPARE(*CredentialRepository((*reopened)->database()).count(), 25);

        // Running again finishes the job: the first 25 are duplicates now.
        ImportService again((*reopened)->database());
        auto rest = again.run(inputs);
        QVERIFY(rest);
        QVERIFY(!rest->cancelled);
        QCOMPARE(rest->count(ImportStatus::Duplicate), 25);
        QCOMPARE(rest->count(ImportStatus::Imported), 15);
        QCOMPARE(*again.repository().count(), 40);
    }

    void committedReportsOnlyWhatIsDurable()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        ImportService service(wallet->database());
        QList<ImportInput> inputs;
        for (int i = 0; i < 25; ++i) {
            inputs.append(ImportInput::data(ob3Variant(i), QStringLiteral("clipboard")));
        }
        inputs.insert(12, ImportInput::data("not a credential", QStringLiteral("clipboard")));

        QList<int> sizes;
        QStringList announced;
        ImportManyOptions options;
        options.commitEvery = 10;
        options.committed = [&](const QList<ImportOutcome>& outcomes) {
            sizes.append(int(outcomes.size()));
            // A second connection sees every credential announced: it was committed, not just written.
            auto reader = Wallet::open(tmp.path(), kPass);
            QVERIFY(reader);
            CredentialRepository other((*reader)->database());
            for (const ImportOutcome& o : outcomes) {
                if (o.status == ImportStatus::Imported) {
                    QVERIFY2(other.get(o.id).ok(), qPrintable(o.id));
                    announced.append(o.id);
                }
            }
        };
        auto report = service.run(inputs, options);
        QVERIFY(report);
        // Commits after 10 and 20 credentials and at the end; the rejected input is announced with its batch.
        QCOMPARE(sizes, (QList<int> { 10, 11, 5 }));
        QCOMPARE(announced.size(), 25);
        QCOMPARE(report->count(ImportStatus::Imported), 25);
    }

    void runOneIsAllOrNothing()
    {
        QTemporaryDir tmp;
        auto wallet = makeWallet(tmp.path());
        ImportService service(wallet->database());
        auto bad = service.runOne(ImportInput::data("not a credential", QStringLiteral("clipboard")));
        QVERIFY(!bad);
        QVERIFY(!bad.error().message.isEmpty());
        auto good = service.runOne(ImportInput::data(readData(QStringLiteral("baked/valid/simple-json.png")),
            QStringLiteral("url"),
            QStringLiteral("badge.png")));
        QVERIFY(good);
        QCOMPARE(good->first().file, QStringLiteral("badge.png"));
        QCOMPARE(service.repository().get(good->first().id)->summary.source, QStringLiteral("url"));
        QCOMPARE(service.repository().get(QStringLiteral("no-such-id")).error().code, ErrorCode::NotFound);
        QCOMPARE(service.repository().exportOriginal(QStringLiteral("no-such-id")).error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCredentialRepository)
#include "TestCredentialRepository.moc"
